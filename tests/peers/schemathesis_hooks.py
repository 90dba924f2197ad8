"""Schemathesis hooks: authenticate every request with HTTP Digest, as MongoDB requires.

Schemathesis 4 has no digest flag; `requests`' HTTPDigestAuth does the handshake. The
credentials come from the emulator's JSON line, passed in the environment.
"""
import json
import os

import schemathesis
from schemathesis.core import NOT_SET
from requests.auth import HTTPDigestAuth

schemathesis.auth.set_from_requests(
    HTTPDigestAuth(os.environ["EMULATOR_USERNAME"], os.environ["EMULATOR_API_KEY"])
)


@schemathesis.hook
def after_call(context, case, response):
    """Read the real status of an enveloped error, as MongoDB's envelope means it.

    With `envelope=true` MongoDB answers every request with HTTP 200 and puts the real status
    in the body: `{"status": 400, "content": {...ApiError...}}`. Schemathesis judges whether a
    request was rejected by the HTTP status alone, so it would count an enveloped 400 as an
    accepted request. This hook turns such a response back into the response it stands for
    (status 400, body the ApiError), which the checks then validate against the 400 response
    of the spec. Successful envelopes are left alone and validated against the 200 `oneOf`.
    """
    query = case.query or {}
    if str(query.get("envelope")).lower() != "true" or response.status_code != 200:
        return
    body = json.loads(response.content)
    if isinstance(body, dict) and set(body) == {"status", "content"} and body["status"] >= 400:
        response.status_code = body["status"]
        response.content = json.dumps(body["content"]).encode()
        response.content_size = len(response.content)
        response._deserialized = NOT_SET
        response._encoded_body = None
