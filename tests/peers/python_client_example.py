"""Create, list and delete organization API keys from Python, with a client generated from
openapi.yaml by openapi-python-client and httpx's digest auth. .ci/run runs it against the
emulator and checks it with `mypy --strict`; set BASE to point it elsewhere (Atlas by default).
The Atlas Admin API v2 wants its version in `Accept`: the client sends it with every request.
"""
import os
from typing import TypeVar

import httpx
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
auth = httpx.DigestAuth(os.environ["MONGODB_ATLAS_PUBLIC_API_KEY"], os.environ["MONGODB_ATLAS_PRIVATE_API_KEY"])
client = AuthenticatedClient(base_url=base, token="")  # token unused: the httpx client below signs
client.set_httpx_client(httpx.Client(base_url=base, auth=auth,
                                     headers={"Accept": "application/vnd.atlas.2023-01-01+json"}))
key = ok(create_org_api_key.sync(
    org_id=ORG,
    client=client,
    body=CreateOrgApiKeyRequest(desc="CI deployer", roles=[OrgRole.ORG_MEMBER]),
))
print(key.public_key, key.private_key)  # the private key, shown this once
page = ok(list_org_api_keys.sync(org_id=ORG, client=client, items_per_page=500))
assert key.id in [k.id for k in page.results], "the new key is listed"
assert all(k.private_key.startswith("********-****-****-") for k in page.results), "listed masked"
deleted = delete_org_api_key.sync_detailed(org_id=ORG, api_user_id=key.id, client=client)
assert deleted.status_code == 204, deleted.status_code
page = ok(list_org_api_keys.sync(org_id=ORG, client=client, items_per_page=500))
assert key.id not in [k.id for k in page.results], "deleted"
print(f"listed {page.total_count} keys after deleting {key.id}")
