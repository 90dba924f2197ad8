"""Create an organization API key from Python with a service account: a client generated from
openapi.yaml by openapi-python-client, on Authlib's OAuth 2.0 httpx client (client
credentials). .ci/run runs it against the emulator; set BASE to point it elsewhere (Atlas by
default).
"""
import os

from authlib.integrations.httpx_client import OAuth2Client
from mongo_db_atlas_and_ops_manager_api_keys_client import Client
from mongo_db_atlas_and_ops_manager_api_keys_client.api.programmatic_api_keys import create_org_api_key
from mongo_db_atlas_and_ops_manager_api_keys_client.models import CreateOrgApiKeyRequest, OrgRole

base = os.environ.get("BASE", "https://cloud.mongodb.com/api/atlas/v1.0")
origin = base.split("/api/")[0]  # the token endpoint is at the host root
oauth = OAuth2Client(os.environ["MONGODB_ATLAS_CLIENT_ID"], os.environ["MONGODB_ATLAS_CLIENT_SECRET"],
                     token_endpoint=f"{origin}/api/oauth/token", base_url=base)
oauth.fetch_token(grant_type="client_credentials")  # one token, renewed when it expires
client = Client(base_url=base)
client.set_httpx_client(oauth)
key = create_org_api_key.sync(
    org_id="5980cfc70b6d97029d82e3f6",
    client=client,
    body=CreateOrgApiKeyRequest(desc="CI deployer", roles=[OrgRole.ORG_MEMBER]),
)
print(key.public_key, key.private_key)
