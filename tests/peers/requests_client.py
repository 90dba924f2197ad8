"""Drives the emulator with Python requests' HTTPDigestAuth, a digest client this project
did not write. It reuses the nonce across requests (nc 1, 2, 3, ...) and quotes
`algorithm` and `qop`.

Usage: requests_client.py ok|wrong FIXTURES_JSON
  ok:    the four operations on one Session; each must answer 200 with a key.
  wrong: the four operations with a wrong password; each must answer 401 with the Atlas
         challenge and a JSON body.
"""
import json
import sys

import requests
from requests.auth import HTTPDigestAuth

mode, fixtures = sys.argv[1], json.loads(sys.argv[2])
atlas, ops_manager = fixtures["baseUrl"], fixtures["opsManagerUrl"]
# Agent keys are Ops Manager's, personal keys Atlas's; one Session signs for both base paths.
operations = [
    (f"{atlas}/orgs/{fixtures['orgId']}/apiKeys", {"desc": "from python", "roles": ["ORG_MEMBER"]}, "privateKey"),
    (f"{atlas}/groups/{fixtures['projectId']}/apiKeys", {"desc": "from python", "roles": ["GROUP_READ_ONLY"]}, "privateKey"),
    (f"{ops_manager}/groups/{fixtures['projectId']}/agentapikeys", {"desc": "from python"}, "key"),
    (f"{atlas}/users/{fixtures['userId']}/keys", {"description": "from python"}, "key"),
]
password = fixtures["apiKey"] if mode == "ok" else "wrong"
session = requests.Session()
session.auth = HTTPDigestAuth(fixtures["username"], password)
for path, body, secret in operations:
    response = session.post(path, json=body, timeout=10)
    if mode == "ok":
        assert response.status_code == 200, (path, response.status_code, response.text)
        assert secret in response.json(), response.text
    else:
        assert response.status_code == 401, (path, response.status_code, response.text)
        challenge = response.headers["WWW-Authenticate"]
        assert challenge.startswith('Digest realm="MMS Public API", domain="", nonce="'), challenge
        assert challenge.endswith('", algorithm=MD5, qop="auth", stale=false'), challenge
        assert response.json()["error"] == 401, response.text
    print(path, response.status_code)
