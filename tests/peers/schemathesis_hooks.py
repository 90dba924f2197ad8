"""Schemathesis hooks for a server of this contract (the emulator, or MongoDB itself).

- HTTP Digest on every request, as MongoDB requires: Schemathesis 4 has no digest flag;
  `requests`' HTTPDigestAuth does the handshake. The credentials come from the emulator's JSON
  line, passed in the environment by `contract-test`.
- An enveloped error (`envelope=true`) is read as the status it stands for.
- Roles the product under test lacks are left out of generated bodies (the spec's role enums are
  both products' union).
- The access-list operation adds entries to a key of this run's own (`EMULATOR_KEY_ID`), and to
  a new one before that key's list could fill (the emulator keeps 500 entries per key), so that
  fuzzing never exhausts what the next case needs.
- Three kinds of answer that the contract allows are not counted as failures, each for a reason
  given below: a role of the other product refused; a boolean query parameter that MongoDB
  reads leniently; a limit of the server's state (`MAX_...`) reached. With
  `CONTRACT_TEST_SHOW_FILTERED=1` in the environment, each one is printed with its reason.
"""
import json
import os
import sys
import threading

import requests
import schemathesis
from schemathesis.core import NOT_SET
from schemathesis.core.parameters import ParameterLocation
from requests.auth import HTTPDigestAuth

CREDENTIALS = (os.environ["EMULATOR_USERNAME"], os.environ["EMULATOR_API_KEY"])
schemathesis.auth.set_from_requests(HTTPDigestAuth(*CREDENTIALS))

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

# `pretty`, `envelope` and `includeCount` are booleans in the contract, as in MongoDB's own spec,
# but MongoDB's Java back end (Jersey) reads them with Java's `Boolean.valueOf`: `true` in any
# case is true, any other value false, none refused (the contract's parameter descriptions and
# the README say so). A request whose only schema violation is such a value is therefore
# answered like any other, not refused.
LENIENT_QUERY = {"pretty", "envelope", "includeCount"}
# The other query parameters, as the contract bounds them.
BOUNDED_QUERY = {"pageNum": (1, 2**31 - 1), "itemsPerPage": (1, 500)}


def names_a_role_not_offered(case):
    roles = case.body.get("roles") if isinstance(case.body, dict) else None
    return isinstance(roles, list) and any(r in NOT_OFFERED for r in roles if isinstance(r, str))


def in_bounds(name, value):
    """Whether `value` (as generated; sent as text) is a valid `pageNum` or `itemsPerPage`."""
    low, high = BOUNDED_QUERY[name]
    if isinstance(value, bool):
        return False
    try:
        number = int(str(value), 10)
    except ValueError:
        return False
    return low <= number <= high and str(value) == str(number)


def negative_only_in_lenient_query(case):
    """Whether the case is schema-violating only through `pretty`, `envelope` or
    `includeCount`: nothing negative in the body, path or headers, and every other query
    parameter valid."""
    meta = case.meta
    if meta is None or not meta.is_negative_at(ParameterLocation.QUERY):
        return False
    others = (ParameterLocation.BODY, ParameterLocation.PATH, ParameterLocation.HEADER, ParameterLocation.COOKIE)
    if any(meta.is_negative_at(location) for location in others):
        return False
    query = case.query or {}
    return all(name in LENIENT_QUERY or (name in BOUNDED_QUERY and in_bounds(name, value))
               for name, value in query.items())


def error_code(response):
    """The `errorCode` of an error answer (enveloped or not), or None."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    if isinstance(body, dict) and isinstance(body.get("content"), dict):
        body = body["content"]
    return body.get("errorCode") if isinstance(body, dict) else None


def is_limit(code):
    """Whether an `errorCode` says a limit of the server's state is reached."""
    code = str(code or "")
    return code.startswith("MAX_") or (code.startswith("EMULATOR_") and code.endswith("_LIMIT"))


@schemathesis.hook
def filter_body(context, body):
    """Generated bodies: keep those whose roles the product under test offers."""
    roles = body.get("roles") if isinstance(body, dict) else None
    return not (isinstance(roles, list) and any(r in NOT_OFFERED for r in roles if isinstance(r, str)))


@schemathesis.hook
def filter_failure(context, failure, case, response):
    """Failures that are not: each a refusal or an acceptance the contract itself allows.

    - ST202 for a role of the other product: the coverage phase does not go through
      `filter_body`.
    - ST201 for a request whose only schema violation is a boolean query parameter: MongoDB reads
      it as Java does (see LENIENT_QUERY), and so does the emulator.
    - ST202 for a limit reached (`errorCode` `MAX_...`, such as the organization's 500 API
      keys, or the emulator's own `EMULATOR_..._LIMIT`, such as a project's 500 agent keys):
      the request is valid, the server's state is full. A run that creates keys for minutes
      fills what MongoDB caps, and the contract declares these refusals.
    """
    code = getattr(failure, "code", None)
    reason = None
    if code == "ST202" and names_a_role_not_offered(case):
        reason = "a role of the other product"
    elif code == "ST201" and negative_only_in_lenient_query(case):
        reason = "only a boolean query parameter, read as Java reads it"
    elif code == "ST202" and is_limit(error_code(response)):
        reason = f"a limit reached ({error_code(response)})"
    if reason is not None and os.environ.get("CONTRACT_TEST_SHOW_FILTERED"):
        print(f"contract-test: not a failure ({reason}): {code} {case.operation.label} "
              f"query={case.query!r} -> {response.status_code}", file=sys.stderr, flush=True)
    return reason is None


class AccessListKeys:
    """The organization key the access-list operation adds entries to: this run's own, and a
    new one, created as the fixture user, before its list could pass 500 entries. Counts every
    entry sent to it, an upper bound of what it holds."""

    LIMIT = 500

    def __init__(self):
        self.lock = threading.Lock()
        self.configured = os.environ["EMULATOR_KEY_ID"]
        self.current = self.configured
        self.sent = 0

    def key_for(self, entries):
        with self.lock:
            if self.sent + entries > self.LIMIT:
                created = self.create()
                if created is not None:
                    self.current, self.sent = created, 0
            self.sent += entries
            return self.current

    @staticmethod
    def create():
        url = f"{os.environ['EMULATOR_BASE_URL']}/orgs/{os.environ['EMULATOR_ORG_ID']}/apiKeys"
        body = {"desc": "contract-test access list", "roles": ["ORG_MEMBER"]}
        answer = requests.post(url, json=body, auth=HTTPDigestAuth(*CREDENTIALS), timeout=30)
        # The organization may be full (its own limit): keep the key, whose answers stay declared.
        return answer.json().get("id") if answer.status_code == 200 else None


ACCESS_LIST_KEYS = AccessListKeys()


@schemathesis.hook
def before_call(context, case, kwargs):
    """The access-list operation's key: this run's, rotated before it fills."""
    path = case.path_parameters or {}
    if path.get("apiUserId") == ACCESS_LIST_KEYS.configured:
        entries = len(case.body) if isinstance(case.body, list) else 1
        path["apiUserId"] = ACCESS_LIST_KEYS.key_for(entries)


@schemathesis.hook
def after_call(context, case, response):
    """Read the real status of an enveloped error, as MongoDB's envelope means it.

    With `envelope=true` MongoDB answers every request with HTTP 200 and puts the real status
    in the body: `{"status": 400, "content": {...ApiError...}}`. Schemathesis judges whether a
    request was rejected by the HTTP status alone, so it would count an enveloped 400 as an
    accepted request. This hook turns such a response back into the response it stands for
    (status 400, body the ApiError), which the checks then validate against the 400 response
    of the spec. Successful envelopes are left alone and validated against the 200 `oneOf`.
    `envelope` is read as the server reads it (its first value; `true` in any letter case).
    """
    envelope = (case.query or {}).get("envelope")
    if isinstance(envelope, list):  # the first value counts, as Java reads it
        envelope = envelope[0] if envelope else None
    if str(envelope).lower() != "true" or response.status_code != 200:
        return
    body = json.loads(response.content)
    if isinstance(body, dict) and set(body) == {"status", "content"} and body["status"] >= 400:
        response.status_code = body["status"]
        response.content = json.dumps(body["content"]).encode()
        response.content_size = len(response.content)
        response._deserialized = NOT_SET
        response._encoded_body = None
