//! Personal user API keys (deprecated by MongoDB).

use reqwest::Method;

use super::operation::Operation;
use super::product::Api;
use super::validate::object_id;
use super::{Client, Error, built};
use crate::generated::types;

const CREATE: Operation = Operation {
    id: "createUserApiKey",
    name: "create_user_api_key",
    method: Method::POST,
    api: Api::AtlasV1,
    success: 200,
    creates_secret: true,
};

impl Client {
    /// Creates a personal API key for the user `user_id`; the credentials must be that user's.
    #[deprecated(
        note = "personal API keys are deprecated by MongoDB (Atlas stopped creating them in 2021); use create_org_api_key"
    )]
    pub async fn create_user_api_key(
        &self,
        user_id: impl AsRef<str>,
        description: impl AsRef<str>,
    ) -> Result<types::UserApiKey, Error> {
        let user_id = object_id("user", user_id.as_ref())?;
        let body: types::CreateUserApiKeyRequest = built(
            types::CreateUserApiKeyRequest::builder().description(description.as_ref().to_owned()),
        )?;
        let user_id = user_id.to_string();
        self.call(&CREATE, &["users", &user_id, "keys"], Some(&body))
            .await
    }
}
