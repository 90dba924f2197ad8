"""A service account's life from Python, with the client generated from openapi.yaml by
openapi-python-client: created with an API key (httpx's digest auth) on the Atlas Admin API v2
(its version, application/vnd.atlas.2024-08-05+json, in Accept; the client sends it as the
body's type), its first secret (shown this once) exchanged for a token by Authlib's OAuth 2.0
client (client credentials), the token used to read the service account (its secret masked),
then the service account deleted, after which its token is refused. .ci/run runs it against
the emulator; set BASE to point it elsewhere (Atlas by default).
"""
import os

import httpx
from authlib.integrations.httpx_client import OAuth2Client
from mongodb_api_keys_client import AuthenticatedClient
from mongodb_api_keys_client.api.service_accounts import (
    create_org_service_account, delete_org_service_account, get_org_service_account)
from mongodb_api_keys_client.models import OrgRole, OrgServiceAccount, OrgServiceAccountRequest

ORG = "5980cfc70b6d97029d82e3f6"
V2_SA = "application/vnd.atlas.2024-08-05+json"
base = os.environ.get("BASE", "https://cloud.mongodb.com")
auth = httpx.DigestAuth(os.environ["MONGODB_ATLAS_PUBLIC_API_KEY"], os.environ["MONGODB_ATLAS_PRIVATE_API_KEY"])
admin = AuthenticatedClient(base_url=base, token="")  # token unused: the httpx client signs
admin.set_httpx_client(httpx.Client(base_url=base, auth=auth, headers={"Accept": V2_SA}))
account = create_org_service_account.sync(
    org_id=ORG,
    client=admin,
    body=OrgServiceAccountRequest(name="CI robot", description="made by the Python peer",
                                  roles=[OrgRole.ORG_READ_ONLY], secret_expires_after_hours=8),
)
assert isinstance(account, OrgServiceAccount), account
assert account.secrets, "a new service account has its first secret"
secret = account.secrets[0].secret  # shown this once
assert isinstance(secret, str) and secret.startswith("mdb_sa_sk_"), "the first secret, in clear"

oauth = OAuth2Client(account.client_id, secret, token_endpoint=f"{base}/api/oauth/token",
                     base_url=base, headers={"Accept": V2_SA})
token = oauth.fetch_token(grant_type="client_credentials")
assert token["token_type"].lower() == "bearer" and token["expires_in"] > 0, token
as_itself = AuthenticatedClient(base_url=base, token="")  # token unused: Authlib's client sends it
as_itself.set_httpx_client(oauth)
read = get_org_service_account.sync(org_id=ORG, client_id=account.client_id, client=as_itself)
assert isinstance(read, OrgServiceAccount), read
assert read.client_id == account.client_id and read.name == "CI robot"
assert read.secrets and not read.secrets[0].secret, "a read never shows the secret"
assert read.secrets[0].masked_secret_value.endswith(secret[-4:]), read.secrets[0].masked_secret_value

deleted = delete_org_service_account.sync_detailed(org_id=ORG, client_id=account.client_id, client=admin)
assert deleted.status_code == 204, deleted.status_code
refused = get_org_service_account.sync_detailed(org_id=ORG, client_id=account.client_id, client=as_itself)
assert refused.status_code == 401, refused.status_code
print(f"service account {account.client_id}: created, token obtained, read with it, deleted, token refused")
