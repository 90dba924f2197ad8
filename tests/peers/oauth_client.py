"""Drives the emulator with a service account through Authlib, an OAuth 2.0 client this
project did not write: the client-credentials grant with HTTP Basic client authentication,
then the bearer token on every call.

Usage: oauth_client.py FIXTURES_JSON
Creates an organization key and a project key under the Atlas base path (service accounts
cannot create personal keys, and Ops Manager has no service accounts), each answered 200 with
its secret, and checks that Ops Manager's base path refuses the token with a digest challenge.
"""
import json
import sys

from authlib.integrations.requests_client import OAuth2Session

fixtures = json.loads(sys.argv[1])
origin = fixtures["baseUrl"].split("/api/")[0]
session = OAuth2Session(fixtures["clientId"], fixtures["clientSecret"],
                        token_endpoint_auth_method="client_secret_basic")
token = session.fetch_token(f"{origin}/api/oauth/token", grant_type="client_credentials")
assert token["token_type"].lower() == "bearer" and token["expires_in"] > 0, token

atlas = fixtures["baseUrl"]
for path, body in [
    (f"/orgs/{fixtures['orgId']}/apiKeys", {"desc": "from authlib", "roles": ["ORG_MEMBER"]}),
    (f"/groups/{fixtures['projectId']}/apiKeys", {"desc": "from authlib", "roles": ["GROUP_READ_ONLY"]}),
]:
    response = session.post(atlas + path, json=body, timeout=10)
    assert response.status_code == 200, (path, response.status_code, response.text)
    assert "privateKey" in response.json(), response.text
    print(path, response.status_code)

ops_manager = f"{fixtures['opsManagerUrl']}/orgs/{fixtures['orgId']}/apiKeys"
refused = session.post(ops_manager, json={"desc": "x", "roles": ["ORG_MEMBER"]}, timeout=10)
assert refused.status_code == 401, refused.text
assert refused.headers["WWW-Authenticate"].startswith("Digest "), refused.headers
print("ops manager", refused.status_code)
