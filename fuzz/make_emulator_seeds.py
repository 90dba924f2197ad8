#!/usr/bin/env python3
"""Writes fuzz/seeds/emulator/: inputs of the `emulator` target that decode (with the
`arbitrary` crate's rules, 1.x) into requests a client really sends. Run it after changing
the `Input` types in fuzz_targets/emulator/input.rs (variant order and field order matter), then
check what each seed does:

    for f in fuzz/seeds/emulator/*; do
      FUZZ_EMULATOR_LOG=1 fuzz/target/x86_64-unknown-linux-gnu/release/emulator "$f" 2>&1 | grep ' -> '
    done

How `arbitrary` reads bytes: an enum variant is a little-endian u32 `x`, variant
`(x * count) >> 32`; a bool is a byte's low bit; integers are little-endian; a String's length
is a byte taken from the *end* of the data (for inputs of at most 256 bytes), its bytes from
the front; a Vec is `1, element, 1, element, ..., 0`. Missing bytes read as zeros.
"""

import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "seeds", "emulator")


class Enc:
    def __init__(self):
        self.front = bytearray()
        self.back = []

    def variant(self, index, count):
        x = -(-(index << 32) // count)  # ceil(index * 2^32 / count)
        assert (x * count) >> 32 == index and x < 1 << 32
        self.front += struct.pack("<I", x)
        return self

    def bool(self, value):
        self.front.append(1 if value else 0)
        return self

    def u8(self, value):
        self.front.append(value)
        return self

    def u32(self, value):
        self.front += struct.pack("<I", value)
        return self

    def string(self, text):
        data = text.encode()
        self.back.append(len(data))
        self.front += data
        return self

    def bytes(self):
        data = bytes(self.front) + bytes(reversed(self.back))
        assert len(data) <= 256, "lengths would take more than one byte"
        return data


# Variant indices, in the order fuzz_targets/emulator/input.rs declares them.
METHOD = ["Post", "Get", "Put", "Delete", "Patch", "Head", "Options", "Other"]
PRODUCT = ["Atlas", "OpsManager", "AtlasV2"]
ID = ["Org", "Project", "User", "Unknown", "Raw"]
PATH = ["OrgKeys", "ProjectKeys", "AgentKeys", "UserKeys", "Control", "Suffixed", "Raw",
        "ServiceAccounts", "ProjectServiceAccounts"]
ACCOUNT = ["Fixture", "Unknown", "Raw"]
SA_TAIL = ["None", "Groups", "Secrets", "Secret", "AccessList", "Entry"]
VALUE8 = ["Null", "Bool", "Number", "Int", "Array", "Object"]
CONTROL = ["Stats", "Faults", "ExpireNonces", "Other", "Clock"]
QUERY = ["None", "Pairs", "Raw"]
QUERY_NAME = ["Envelope", "Pretty", "PageNum", "ItemsPerPage", "IncludeCount", "Other"]
QUERY_VALUE = ["True", "False", "Number", "Other"]
WHO = ["User", "FixtureKey", "Created", "Stranger"]
NONCE = ["Fresh", "Previous", "Raw"]
AUTH = ["None", "Raw", "Bearer", "Signed"]
CONTENT_TYPE = ["Json", "None", "Other"]
BODY = ["Empty", "Raw", "Key", "Agent", "User", "Fault", "ServiceAccount", "Clock"]
TEXT = ["Short", "Long", "Any", "NotAString"]
ROLE = ["Known", "Other", "NotAString"]
# fuzz_targets/emulator/input.rs's ROLES.
ROLES = [
    "ORG_OWNER", "ORG_MEMBER", "ORG_GROUP_CREATOR", "ORG_BILLING_ADMIN",
    "ORG_BILLING_READ_ONLY", "ORG_READ_ONLY", "GROUP_OWNER", "GROUP_READ_ONLY",
    "GROUP_DATA_ACCESS_ADMIN", "GROUP_AUTOMATION_ADMIN", "GROUP_SEARCH_INDEX_EDITOR",
]


def v(e, names, name):
    return e.variant(names.index(name), len(names))


def request(e, method="Post", path=("OrgKeys", "Atlas", "Org"), query=(), auth=("Signed", "User"),
            nonce="Fresh", nc=1, body=("Key", "Short", ["ORG_MEMBER"]), bearer=""):
    """One `Req`: method, path, query, auth, content_type, headers, body."""
    v(e, METHOD, method)
    kind = path[0]
    if kind == "Control":
        v(e, PATH, "Control")
        v(e, CONTROL, path[1])
    else:
        v(e, PATH, kind)
        v(e, PRODUCT, path[1])
        if isinstance(path[2], tuple):  # ("Raw", "text")
            v(e, ID, path[2][0])
            e.string(path[2][1])
        else:
            v(e, ID, path[2])
        if kind in ("ServiceAccounts", "ProjectServiceAccounts"):
            one = path[3] if len(path) > 3 else None
            e.bool(one is not None)
            if one is not None:
                v(e, ACCOUNT, "Fixture")
                if kind == "ProjectServiceAccounts":
                    e.bool(one == "invite")
                else:
                    v(e, SA_TAIL, one[0])
                    if one[0] in ("Secret", "Entry"):
                        e.string(one[1])
    if query:
        v(e, QUERY, "Pairs")
        for name, value in query:
            e.bool(True)
            v(e, QUERY_NAME, name)
            v(e, QUERY_VALUE, value)
            if value == "Number":
                e.front += struct.pack("<q", 50)
        e.bool(False)
    else:
        v(e, QUERY, "None")
    if auth[0] == "Signed":
        v(e, AUTH, "Signed")
        v(e, WHO, auth[1])
        if auth[1] in ("FixtureKey", "Created"):
            e.u8(auth[2])
        v(e, NONCE, nonce)
        e.u32(nc)
        e.string("0a4f113b")  # cnonce
        # method, uri: None; wrong_password: false; realm, algorithm: None; no_qop,
        # auth_int, userhash: false; opaque: None.
        for _ in range(9):
            e.bool(False)
    elif auth[0] == "Bearer":
        v(e, AUTH, "Bearer")
        e.string(bearer)
    else:
        v(e, AUTH, "None")
    v(e, CONTENT_TYPE, "Json")
    e.bool(False)  # no extra headers
    kind = body[0]
    v(e, BODY, kind)
    if kind == "Key":
        _, desc, roles = body
        text(e, desc)
        if roles is None:
            e.bool(False)
        else:
            e.bool(True)
            for role in roles:
                e.bool(True)
                v(e, ROLE, "Known")
                e.u8(ROLES.index(role))
            e.bool(False)
        e.bool(False)  # no extra attribute
    elif kind in ("Agent", "User"):
        text(e, body[1])
    elif kind == "ServiceAccount":
        _, name, description, roles, hours = body
        text(e, name)
        text(e, description)
        if roles is None:
            e.bool(False)
        else:
            e.bool(True)
            for role in roles:
                e.bool(True)
                v(e, ROLE, "Known")
                e.u8(ROLES.index(role))
            e.bool(False)
        if hours is None:
            e.bool(False)
        else:
            e.bool(True)
            v(e, VALUE8, "Int")
            e.front += struct.pack("<q", hours)
    elif kind == "Clock":
        e.front += struct.pack("<Q", body[1])
    return e


def text(e, desc):
    if desc is None:
        e.bool(False)
    else:
        e.bool(True)
        v(e, TEXT, desc)
        if desc == "Long":
            e.u8(11)  # 251 characters: one too many


def seed(*requests):
    """An `Input`: the first request, then `1, request` for each further one, then 0."""
    e = Enc()
    first, *more = requests
    request(e, **first)
    for r in more:
        e.bool(True)
        request(e, **r)
    e.bool(False)
    return e.bytes()


SEEDS = {
    "org-key": seed({}),
    "org-key-atlas-as-owner-then-project-key-as-that-key": seed(
        {"body": ("Key", "Short", ["ORG_OWNER"])},
        {"path": ("ProjectKeys", "Atlas", "Project"), "auth": ("Signed", "Created", 0),
         "body": ("Key", "Short", ["GROUP_READ_ONLY"])},
    ),
    "project-key-envelope-pretty": seed(
        {"path": ("ProjectKeys", "Atlas", "Project"),
         "query": [("Envelope", "True"), ("Pretty", "True")],
         "body": ("Key", "Short", ["GROUP_OWNER"])},
    ),
    "agent-key-ops-manager": seed(
        {"path": ("AgentKeys", "OpsManager", "Project"), "body": ("Agent", "Short")},
    ),
    "user-key": seed(
        {"path": ("UserKeys", "Atlas", "User"), "body": ("User", "Short")},
    ),
    "unsigned-then-replayed-nonce-count": seed(
        {"auth": ("None",)},
        {"nc": 7},
        {"nonce": "Previous", "nc": 7},
    ),
    "org-member-key-refused-long-description": seed(
        {"auth": ("Signed", "FixtureKey", 0)},
        {"body": ("Key", "Long", ["ORG_MEMBER"])},
    ),
    "project-owner-key-wrong-role-scope-envelope": seed(
        {"path": ("ProjectKeys", "OpsManager", "Project"), "auth": ("Signed", "FixtureKey", 1),
         "query": [("Envelope", "True"), ("ItemsPerPage", "Number")],
         "body": ("Key", "Short", ["ORG_OWNER"])},
    ),
    "unknown-org-and-missing-description": seed(
        {"path": ("OrgKeys", "Atlas", "Project")},
        {"body": ("Key", None, None)},
    ),
    "ids-that-do-not-decode": seed(
        {"path": ("OrgKeys", "Atlas", ("Raw", "%ff"))},
        {"path": ("AgentKeys", "OpsManager", ("Raw", "ab%c3%28")), "body": ("Agent", "Short")},
    ),
    "service-account-created-then-listed": seed(
        {"path": ("ServiceAccounts", "AtlasV2", "Org"),
         "body": ("ServiceAccount", "Short", "Short", ["ORG_MEMBER"], 24)},
        {"method": "Get", "path": ("ServiceAccounts", "AtlasV2", "Org"), "body": ("Empty",)},
    ),
    "service-account-secret-then-projects": seed(
        {"path": ("ServiceAccounts", "AtlasV2", "Org", ("Secrets",)),
         "body": ("ServiceAccount", None, None, None, 8)},
        {"method": "Get", "path": ("ServiceAccounts", "AtlasV2", "Org", ("Groups",)),
         "body": ("Empty",)},
    ),
    "service-account-access-list": seed(
        {"method": "Get", "path": ("ServiceAccounts", "AtlasV2", "Org", ("AccessList",)),
         "body": ("Empty",)},
        {"method": "Delete", "path": ("ServiceAccounts", "AtlasV2", "Org", ("Entry", "10.0.0.0%2F8")),
         "body": ("Empty",)},
    ),
    "service-account-invited-to-the-project": seed(
        {"path": ("ProjectServiceAccounts", "AtlasV2", "Project", "invite"),
         "body": ("ServiceAccount", None, None, ["GROUP_READ_ONLY"], None)},
        {"method": "Get", "path": ("ProjectServiceAccounts", "AtlasV2", "Project", "one"),
         "body": ("Empty",)},
    ),
    "cloud-manager-service-account-long-description": seed(
        {"path": ("ServiceAccounts", "OpsManager", "Org"),
         "body": ("ServiceAccount", "Short", "Long", ["ORG_BILLING_ADMIN"], 8766)},
    ),
    "control-plane": seed(
        {"method": "Get", "path": ("Control", "Stats"), "auth": ("None",), "body": ("Empty",)},
        {"method": "Post", "path": ("Control", "Faults"), "auth": ("Bearer",),
         "bearer": "not-the-token", "body": ("Empty",)},
        {"method": "Get", "path": ("Control", "Faults"), "auth": ("None",), "body": ("Empty",)},
        {"method": "Post", "path": ("Control", "Clock"), "auth": ("None",), "body": ("Clock", 3600)},
    ),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, data in SEEDS.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    print(f"{len(SEEDS)} seeds in {os.path.relpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
