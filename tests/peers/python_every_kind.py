"""Every kind of key from Python with the generated client, typed end to end (`mypy --strict`
in .ci/run): an organization key and a project key on the Atlas Admin API v2, an agent key on
Ops Manager's API, a personal key on the deprecated Atlas v1.0; each checked and the first
three deleted again. Run by .ci/run against the emulator: `python python_every_kind.py
FIXTURES.json` (the JSON line `serve` prints).
"""
import json
import sys
from typing import TypeVar

import httpx
from mongodb_api_keys_client import AuthenticatedClient
from mongodb_api_keys_client.api.agent_api_keys import create_agent_api_key, delete_agent_api_key
from mongodb_api_keys_client.api.atlas_admin_api_v_1_0_deprecated import create_user_api_key
from mongodb_api_keys_client.api.organization_api_keys import create_org_api_key, delete_org_api_key
from mongodb_api_keys_client.api.project_api_keys import create_group_api_key
from mongodb_api_keys_client.models import (
    ApiError, CreateAgentApiKeyRequest, CreateOrgApiKeyRequest, CreateProjectApiKeyRequest,
    CreateUserApiKeyRequest, OrgRole, ProjectRole)

T = TypeVar("T")


def ok(answer: T | ApiError | None) -> T:
    """The success an operation declares, or an exception carrying MongoDB's error."""
    if answer is None or isinstance(answer, ApiError):
        raise RuntimeError(f"MongoDB refused: {answer}")
    return answer


def client(base: str, user: str, password: str, accept: str) -> AuthenticatedClient:
    """A generated client whose httpx client signs with digest and asks for `accept`."""
    api = AuthenticatedClient(base_url=base, token="")  # token unused: the httpx client signs
    api.set_httpx_client(httpx.Client(base_url=base, auth=httpx.DigestAuth(user, password),
                                      headers={"Accept": accept}))
    return api


f = json.load(open(sys.argv[1], encoding="utf-8"))
v2 = client(f["origin"], f["username"], f["apiKey"], "application/vnd.atlas.2023-01-01+json")
v1 = client(f["origin"], f["username"], f["apiKey"], "application/json")

org = ok(create_org_api_key.sync(org_id=f["orgId"], client=v2, body=CreateOrgApiKeyRequest(
    desc="Python organization key", roles=[OrgRole.ORG_MEMBER])))
project = ok(create_group_api_key.sync(group_id=f["projectId"], client=v2, body=CreateProjectApiKeyRequest(
    desc="Python project key", roles=[ProjectRole.GROUP_READ_ONLY])))
agent = ok(create_agent_api_key.sync(group_id=f["projectId"], client=v1, body=CreateAgentApiKeyRequest(
    desc="Python agent key")))
user = ok(create_user_api_key.sync(user_id=f["userId"], client=v1, body=CreateUserApiKeyRequest(
    description="Python personal key")))
for kind, secret in (("organization", org.private_key), ("project", project.private_key),
                     ("agent", agent.key), ("personal", user.key)):
    assert secret and "*" not in secret, f"the {kind} key's secret is shown once, unmasked"
    print(f"python: {kind} key created")
assert delete_org_api_key.sync_detailed(org_id=f["orgId"], api_user_id=org.id, client=v2).status_code == 204
assert delete_org_api_key.sync_detailed(org_id=f["orgId"], api_user_id=project.id, client=v2).status_code == 204
assert delete_agent_api_key.sync_detailed(
    group_id=f["projectId"], agent_api_key_id=agent.field_id, client=v1).status_code == 200
print("python: organization, project and agent keys deleted")
