"""Create an organization API key from Python, with a client generated from openapi.yaml by
openapi-python-client and httpx's digest auth. .ci/run runs it against the emulator; set
BASE to point it elsewhere (Atlas by default).
"""
import os

import httpx
from mongo_db_atlas_and_ops_manager_api_keys_client import Client
from mongo_db_atlas_and_ops_manager_api_keys_client.api.programmatic_api_keys import create_org_api_key
from mongo_db_atlas_and_ops_manager_api_keys_client.models import CreateOrgApiKeyRequest, OrgRole

auth = httpx.DigestAuth(os.environ["MONGODB_ATLAS_PUBLIC_API_KEY"], os.environ["MONGODB_ATLAS_PRIVATE_API_KEY"])
client = Client(base_url=os.environ.get("BASE", "https://cloud.mongodb.com/api/atlas/v1.0"), httpx_args={"auth": auth})
key = create_org_api_key.sync(
    org_id="5980cfc70b6d97029d82e3f6",
    client=client,
    body=CreateOrgApiKeyRequest(desc="CI deployer", roles=[OrgRole.ORG_MEMBER]),
)
print(key.public_key, key.private_key)
