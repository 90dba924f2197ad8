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

# The spec's OrgRole and ProjectRole enums are the union of both products' roles (their
# descriptions say which product has which); each product answers the other's roles with an
# error. A request naming a role the product under test lacks is not a valid request for it.
NOT_OFFERED = {
    "atlas": {"GROUP_AUTOMATION_ADMIN", "GROUP_BACKUP_ADMIN", "GROUP_MONITORING_ADMIN", "GROUP_USER_ADMIN"},
    "ops-manager": {
        "ORG_BILLING_ADMIN", "ORG_BILLING_READ_ONLY", "ORG_STREAM_PROCESSING_ADMIN",
        "GROUP_CLUSTER_MANAGER", "GROUP_SEARCH_INDEX_EDITOR", "GROUP_STREAM_PROCESSING_OWNER",
        "GROUP_BACKUP_MANAGER", "GROUP_OBSERVABILITY_VIEWER", "GROUP_DATABASE_ACCESS_ADMIN",
    },
}[os.environ["EMULATOR_PRODUCT"]]


def names_a_role_not_offered(case):
    roles = case.body.get("roles") if isinstance(case.body, dict) else None
    return isinstance(roles, list) and any(r in NOT_OFFERED for r in roles if isinstance(r, str))


@schemathesis.hook
def filter_body(context, body):
    """Generated bodies: keep those whose roles the product under test offers."""
    roles = body.get("roles") if isinstance(body, dict) else None
    return not (isinstance(roles, list) and any(r in NOT_OFFERED for r in roles if isinstance(r, str)))


@schemathesis.hook
def filter_failure(context, failure, case, response):
    """The coverage phase does not go through `filter_body`: there, a schema-valid request
    refused because it names a role of the other product is not a failure (ST202 only)."""
    return not (getattr(failure, "code", None) == "ST202" and names_a_role_not_offered(case))


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
