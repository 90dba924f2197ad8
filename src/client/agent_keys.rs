//! Agent API keys (Ops Manager and Cloud Manager; Atlas has none).

use reqwest::Method;

use super::operation::Operation;
use super::product::Api;
use super::validate::object_id;
use super::{Client, Error, built};
use crate::generated::types;

const CREATE: Operation = Operation {
    id: "createAgentApiKey",
    name: "create_agent_api_key",
    method: Method::POST,
    api: Api::Public,
    success: 200,
    creates_secret: true,
};

impl Client {
    /// Creates an agent API key for the project `project_id` (Ops Manager and Cloud Manager;
    /// Atlas has none).
    pub async fn create_agent_api_key(
        &self,
        project_id: impl AsRef<str>,
        desc: impl AsRef<str>,
    ) -> Result<types::AgentApiKey, Error> {
        let project_id = object_id("project", project_id.as_ref())?;
        let body: types::CreateAgentApiKeyRequest =
            built(types::CreateAgentApiKeyRequest::builder().desc(desc.as_ref().to_owned()))?;
        let project_id = project_id.to_string();
        let path = ["groups", &project_id, "agentapikeys"];
        self.call(&CREATE, &path, Some(&body)).await
    }
}
