"""Schemathesis hooks for a server of this contract (the emulator, or MongoDB itself).

- HTTP Digest on every request, as MongoDB requires: Schemathesis 4 has no digest flag;
  `requests`' HTTPDigestAuth does the handshake. The credentials come from the emulator's JSON
  line, passed in the environment by `contract-test`.
- The Atlas Admin API v2 wants its version named in `Accept`, which the spec cannot declare as
  a parameter (OpenAPI ignores an `Accept` parameter): every v2 request sends it.
- An enveloped answer (`envelope=true`) is read as the answer it stands for, by the rule the
  spec states on the `envelope` parameter (`x-envelope`).
- The resources operations act on stay there: the key, entry and agent key that
  schemathesis.toml names are stand-ins for live ones, made again (as the fixture user) once
  one is deleted, unassigned, or could fill its access list, so that fuzzing never exhausts
  what the next case needs.
- Three kinds of answer that the contract allows are not counted as failures, each for a reason
  given below: a boolean query parameter that MongoDB reads leniently; a limit of the server's
  state (`MAX_...`, a service account's two secrets) reached; a service account's name or
  description outside MongoDB's pattern, which the contract states as `x-pattern` (JSON
  Schema's patterns have no `\p{L}`), so that Schemathesis generates it as valid. With `CONTRACT_TEST_SHOW_FILTERED=1` in the environment, each one
  is printed with its reason.
"""
import json
import os
import sys
import threading
import unicodedata

import requests
import schemathesis
from schemathesis.core import NOT_SET
from schemathesis.core.parameters import ParameterLocation
from requests.auth import HTTPDigestAuth

CREDENTIALS = (os.environ["EMULATOR_USERNAME"], os.environ["EMULATOR_API_KEY"])
schemathesis.auth.set_from_requests(HTTPDigestAuth(*CREDENTIALS))

ORIGIN = os.environ["EMULATOR_ORIGIN"]
PRODUCT = os.environ["EMULATOR_PRODUCT"]
ORG, PROJECT = os.environ["EMULATOR_ORG_ID"], os.environ["EMULATOR_PROJECT_ID"]
V2 = "application/vnd.atlas.2023-01-01+json"
V2_SERVICE_ACCOUNTS = "application/vnd.atlas.2024-08-05+json"


def media(path):
    """The media type of a path's API: the Admin API v2's version of its resource (service
    accounts' or keys'), else JSON."""
    if not path.startswith("/api/atlas/v2/"):
        return "application/json"
    return V2_SERVICE_ACCOUNTS if "/serviceAccounts" in path else V2

# `pretty`, `envelope`, `includeCount` and `includeSystemManaged` (the service-account lists')
# are booleans in the contract, as in MongoDB's own spec,
# but MongoDB's Java back end (Jersey) reads them with Java's `Boolean.valueOf`: `true` in any
# case is true, any other value false, none refused (the contract's parameter descriptions and
# the README say so). A request whose only schema violation is such a value is therefore
# answered like any other, not refused.
LENIENT_QUERY = {"pretty", "envelope", "includeCount", "includeSystemManaged"}
# The other query parameters, as the contract bounds them.
BOUNDED_QUERY = {"pageNum": (1, 2**31 - 1), "itemsPerPage": (1, 500)}


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
    """The `errorCode` of an error answer, or None."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    return body.get("errorCode") if isinstance(body, dict) else None


def is_limit(code):
    """Whether an `errorCode` says a limit of the server's state is reached."""
    code = str(code or "")
    return code.startswith("MAX_") or (code.startswith("EMULATOR_") and code.endswith("_LIMIT"))


def refused_field(response):
    """The field a `400 VALIDATION_ERROR` names (its first parameter), or None."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    if not isinstance(body, dict) or body.get("errorCode") != "VALIDATION_ERROR":
        return None
    parameters = body.get("parameters")
    return parameters[0] if isinstance(parameters, list) and parameters else None


def outside_x_pattern(text):
    """Whether `text` breaks MongoDB's `^[\\p{L}\\p{N}\\-_.,' ]*$` (a letter or digit of any
    script, a space, or one of - _ . , ')."""
    return not isinstance(text, str) or any(
        unicodedata.category(c)[0] not in "LN" and c not in "-_.,' " for c in text)


def breaks_x_pattern(case, response):
    """Whether the request was refused for a name or description that breaks the contract's
    `x-pattern`, which Schemathesis cannot read."""
    field = refused_field(response)
    body = case.body if isinstance(case.body, dict) else {}
    return field in ("name", "description") and field in body and outside_x_pattern(body[field])


@schemathesis.hook
def filter_failure(context, failure, case, response):
    """Failures that are not: each a refusal or an acceptance the contract itself allows.

    - ST201 for a request whose only schema violation is a boolean query parameter: MongoDB reads
      it as Java does (see LENIENT_QUERY), and so does the emulator.
    - ST202 for a limit reached (`errorCode` `MAX_...`, such as the organization's 500 API
      keys or a user's 10 personal keys, or the emulator's own `EMULATOR_..._LIMIT`, such as a
      project's 500 agent keys; or `VALIDATION_ERROR` naming `secrets`, a service account's two
      secrets, which the stateful phase reaches by following both secret-making links of one
      account): the request is valid, the server's state is full. A run that creates keys for
      minutes fills what MongoDB caps, and the contract declares these refusals.
    - ST202 for a service account's `name` or `description` refused (`400 VALIDATION_ERROR`
      naming it) that breaks MongoDB's pattern, `^[\\p{L}\\p{N}\\-_.,' ]*$`: the contract
      states it as `x-pattern`, since JSON Schema's patterns have no `\\p{L}`, so Schemathesis
      generates any string as valid. The value is checked here with Python's Unicode categories.
    """
    code = getattr(failure, "code", None)
    reason = None
    if code == "ST201" and negative_only_in_lenient_query(case):
        reason = "only a boolean query parameter, read as Java reads it"
    elif code == "ST202" and is_limit(error_code(response)):
        reason = f"a limit reached ({error_code(response)})"
    elif code == "ST202" and refused_field(response) == "secrets":
        reason = "a limit reached (a service account's two secrets)"
    elif code == "ST202" and breaks_x_pattern(case, response):
        reason = "a name or description outside the contract's x-pattern"
    if reason is not None and os.environ.get("CONTRACT_TEST_SHOW_FILTERED"):
        print(f"contract-test: not a failure ({reason}): {code} {case.operation.label} "
              f"query={case.query!r} -> {response.status_code}", file=sys.stderr, flush=True)
    return reason is None


def call(method, path, body=None):
    """A request of the fixture user, with the media types of the path's API; its JSON."""
    kind = media(path)
    answer = requests.request(method, ORIGIN + path, json=body, timeout=30,
                              headers={"Accept": kind, "Content-Type": kind},
                              auth=HTTPDigestAuth(*CREDENTIALS))
    if answer.status_code not in (200, 201):
        code = error_code(answer)
        hint = (": the server's organization is full (start the emulator with a larger cap)"
                if is_limit(code) else "")
        raise RuntimeError(f"contract-test: {method} {path}: HTTP {answer.status_code} {code or ''}{hint}")
    return answer.json()


class Resources:
    """The live key, entry, agent key, service account and secret that stand-in IDs name. The key is a project key (so
    that the project operations have one assigned) with the entry on its access list; each
    entry sent to it is counted, an upper bound of what its list holds, and a new key is made
    before it could pass the emulator's 500 entries. What a success uses up is made anew, under
    a new ID: a new key (with the entry) for one deleted, unassigned or whose entry was
    removed, a new agent key for one deleted. Never again under the same ID: in the stateful
    phase a deleted resource must stay deleted (Schemathesis checks that the next request for
    it is a 404)."""

    LIMIT = 500

    def __init__(self):
        self.lock = threading.Lock()
        self.key_stand_in = os.environ["EMULATOR_KEY_ID"]
        self.agent_stand_in = os.environ["EMULATOR_AGENT_KEY_ID"]
        self.entry = os.environ["EMULATOR_ENTRY"]
        self.key, self.agent, self.sent = None, None, 0
        self.account_stand_in = os.environ["EMULATOR_CLIENT_ID"]
        self.secret_stand_in = os.environ["EMULATOR_SECRET_ID"]
        # The live service account: its client ID, its first secret's ID, entries sent to it.
        self.account, self.secret, self.account_sent = None, None, 0

    def api(self):
        return "/api/atlas/v2" if PRODUCT == "atlas" else "/api/public/v1.0"

    def new_key(self):
        key = call("POST", f"{self.api()}/groups/{PROJECT}/apiKeys",
                   {"desc": "contract-test", "roles": ["GROUP_READ_ONLY"]})["id"]
        self.add_entry(key)
        return key

    def add_entry(self, key):
        call("POST", f"{self.api()}/orgs/{ORG}/apiKeys/{key}/accessList", [{"ipAddress": self.entry}])

    def new_account(self):
        """A service account of the project (so of its organization too), with the entry on
        its access list: its client ID and first secret's ID."""
        made = call("POST", f"/api/atlas/v2/groups/{PROJECT}/serviceAccounts",
                    {"name": "contract-test", "description": "contract-test",
                     "roles": ["GROUP_READ_ONLY"], "secretExpiresAfterHours": 8})
        client_id = made["clientId"]
        call("POST", f"/api/atlas/v2/orgs/{ORG}/serviceAccounts/{client_id}/accessList",
             [{"ipAddress": self.entry}])
        return client_id, made["secrets"][0]["id"]

    def before_account(self, case, path):
        """The live service account and secret for their stand-ins (under the lock)."""
        if path.get("clientId") != self.account_stand_in:
            return
        entries = len(case.body) if isinstance(case.body, list) else 1
        if self.account is None or self.account_sent + entries > self.LIMIT:
            (self.account, self.secret), self.account_sent = self.new_account(), 1
        self.account_sent += entries
        path["clientId"] = self.account
        if path.get("secretId") == self.secret_stand_in:
            path["secretId"] = self.secret

    def before(self, case):
        path = case.path_parameters or {}
        with self.lock:
            self.before_account(case, path)
            if path.get("apiUserId") == self.key_stand_in:
                entries = len(case.body) if isinstance(case.body, list) else 1
                if self.key is None or self.sent + entries > self.LIMIT:
                    self.key, self.sent = self.new_key(), 1
                self.sent += entries
                path["apiUserId"] = self.key
            if path.get("agentApiKeyId") == self.agent_stand_in:
                if self.agent is None:
                    self.agent = call("POST", f"/api/public/v1.0/groups/{PROJECT}/agentapikeys",
                                      {"desc": "contract-test"})["_id"]
                path["agentApiKeyId"] = self.agent

    def after(self, case, status):
        """What a success used up: a deleted or unassigned key, a removed entry, a deleted agent key."""
        if not 200 <= status < 300:
            return
        path, operation = case.path_parameters or {}, case.operation.definition.raw.get("operationId", "")
        with self.lock:
            used_up = ("deleteOrgApiKey", "deleteOpsManagerOrgApiKey", "removeGroupApiKey",
                       "deleteOrgApiKeyAccessListEntry", "deleteOpsManagerOrgApiKeyAccessListEntry")
            if path.get("apiUserId") == self.key and operation in used_up:
                self.key = None
            if operation == "deleteAgentApiKey" and path.get("agentApiKeyId") == self.agent:
                self.agent = None
            if path.get("clientId") == self.account and operation in self.ACCOUNT_USED_UP:
                self.account = None

    # What uses up the live service account: deleted, unassigned, its entry or its first secret
    # removed, or a second secret made (a third would be refused).
    ACCOUNT_USED_UP = {
        f"{verb}{api}{what}"
        for api in ("Org", "CloudManagerOrg")
        for verb, what in (("delete", "ServiceAccount"), ("delete", "ServiceAccountAccessListEntry"),
                           ("delete", "ServiceAccountSecret"), ("create", "ServiceAccountSecret"))
    } | {"deleteGroupServiceAccount"}


RESOURCES = Resources()


@schemathesis.hook
def before_call(context, case, kwargs):
    """The live resources for their stand-ins; the Admin API v2's version of the resource in
    `Accept`."""
    RESOURCES.before(case)
    if case.path.startswith("/api/atlas/v2/"):
        if case.headers is None:
            case.headers = {}
        if not any(name.lower() == "accept" for name in case.headers):
            case.headers["Accept"] = media(case.path)


def first(value):
    """A query parameter's value as the server reads it: the first, if repeated."""
    return (value[0] if value else None) if isinstance(value, list) else value


@schemathesis.hook
def after_call(context, case, response):
    """Read an enveloped answer as the answer it stands for, as MongoDB's envelope means it.

    With `envelope=true` MongoDB answers every request with HTTP 200 and puts the real status
    in the body. Schemathesis judges an answer by its HTTP status and the schema of that status,
    and the spec describes answers without the envelope, so this hook turns an enveloped answer
    back into the one it stands for, by the spec's `x-envelope` rule: `{"status", "content"}` is
    that status with that body; `{"status"}` alone, that status without a body (a 204); a list
    keeps its shape and gains `status`. `envelope` is read as the server reads it (its first
    value; `true` in any letter case). Then the resources a success used up are made again.
    """
    if str(first((case.query or {}).get("envelope"))).lower() == "true" and response.status_code == 200:
        unwrap(response)
    RESOURCES.after(case, response.status_code)


def unwrap(response):
    """`response`, an enveloped answer, as the answer it stands for."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return
    if not isinstance(body, dict) or not isinstance(body.get("status"), int):
        return
    status = body.pop("status")
    if set(body) == {"content"}:
        content = json.dumps(body["content"]).encode()
    elif not body:
        content = b""
        response.headers.pop("content-type", None)
    else:
        content = json.dumps(body).encode()  # a list, without its `status`
    response.status_code = status
    response.content = content
    response.content_size = len(content)
    response._deserialized = NOT_SET
    response._encoded_body = None
