"""Create, list and delete organization API keys from Python with a service account: a client
generated from openapi.yaml by openapi-python-client, on Authlib's OAuth 2.0 httpx client
(client credentials). .ci/run runs it against the emulator and checks it with `mypy --strict`;
set BASE to point it elsewhere (Atlas by default).
"""
import os
from typing import TypeVar

from authlib.integrations.httpx_client import OAuth2Client
from mongodb_api_keys_client import AuthenticatedClient
from mongodb_api_keys_client.api.organization_api_keys import (
    create_org_api_key, delete_org_api_key, list_org_api_keys)
from mongodb_api_keys_client.models import ApiError, CreateOrgApiKeyRequest, OrgRole

T = TypeVar("T")


def ok(answer: T | ApiError | None) -> T:
    """The success an operation declares, or an exception carrying MongoDB's error."""
    if answer is None or isinstance(answer, ApiError):
        raise RuntimeError(f"MongoDB refused: {answer}")
    return answer


ORG = "5980cfc70b6d97029d82e3f6"
base = os.environ.get("BASE", "https://cloud.mongodb.com")  # the origin: the contract's paths are whole
oauth = OAuth2Client(os.environ["MONGODB_ATLAS_CLIENT_ID"], os.environ["MONGODB_ATLAS_CLIENT_SECRET"],
                     token_endpoint=f"{base}/api/oauth/token", base_url=base,
                     headers={"Accept": "application/vnd.atlas.2023-01-01+json"})
oauth.fetch_token(grant_type="client_credentials")  # one token, renewed when it expires
client = AuthenticatedClient(base_url=base, token="")  # token unused: Authlib's client sends its own
client.set_httpx_client(oauth)
key = ok(create_org_api_key.sync(
    org_id=ORG,
    client=client,
    body=CreateOrgApiKeyRequest(desc="CI deployer", roles=[OrgRole.ORG_MEMBER]),
))
print(key.public_key, key.private_key)  # the private key, shown this once
page = ok(list_org_api_keys.sync(org_id=ORG, client=client, items_per_page=500))
assert key.id in [k.id for k in page.results], "the new key is listed"
assert delete_org_api_key.sync_detailed(org_id=ORG, api_user_id=key.id, client=client).status_code == 204
print(f"listed {page.total_count} keys, then deleted {key.id}")
