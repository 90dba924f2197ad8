//! Agent API keys (Ops Manager and Cloud Manager; Atlas has none): create, list, delete.

use reqwest::Method;

use super::operation::Operation;
use super::pages::Items;
use super::product::Api;
use super::validate::object_id;
use super::{Client, Deleted, Error, built};
use crate::generated::types;

const CREATE: Operation = Operation {
    id: "createAgentApiKey",
    name: "create_agent_api_key",
    method: Method::POST,
    api: Api::Public,
    success: 200,
    creates_secret: true,
};
const LIST: Operation = Operation {
    id: "listAgentApiKeys",
    name: "list_agent_api_keys",
    method: Method::GET,
    creates_secret: false,
    ..CREATE
};
/// Ops Manager answers a delete `200` with no body.
const DELETE: Operation = Operation {
    id: "deleteAgentApiKey",
    name: "delete_agent_api_key",
    method: Method::DELETE,
    ..LIST
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
        let path = ["groups", &project_id, "agentapikeys"];
        self.call(&CREATE, &path, Some(&body)).await
    }

    /// Every agent API key of the project `project_id`, page after page, each `key` masked
    /// to its last four characters.
    pub fn list_agent_api_keys(&self, project_id: impl AsRef<str>) -> Items<types::AgentApiKey> {
        match object_id("project", project_id.as_ref()) {
            Ok(id) => self.items(
                &LIST,
                vec!["groups".into(), id.to_string(), "agentapikeys".into()],
            ),
            Err(error) => super::pages::failed(error),
        }
    }

    /// Deletes the agent API key `key_id` (its `_id`) of the project `project_id`; the agents
    /// that use it are refused from then on. A key already gone is [`Deleted::AlreadyGone`].
    pub async fn delete_agent_api_key(
        &self,
        project_id: impl AsRef<str>,
        key_id: impl AsRef<str>,
    ) -> Result<Deleted, Error> {
        let project_id = object_id("project", project_id.as_ref())?;
        let key_id = object_id("agent API key", key_id.as_ref())?;
        let path = ["groups", &project_id, "agentapikeys", &key_id];
        self.delete(&DELETE, &path).await
    }
}
