"""Authenticated traffic against what the emulator keeps (issue 20, items 8 to 10):

- a million authenticated creates (bearer token, h2load): the organization holds 500 keys,
  the rest are refused, resident memory stays where it was;
- public keys: thousands of keys created (the organization's limit raised for it), none twice,
  the letters uniform (chi-square over 26 letters, 25 degrees of freedom);
- a service account asking for tokens from ever new addresses, 10 requests each (the tester's
  99,350 tokens from 9,935 addresses): 100 tokens at most, memory bounded;
- the cost of a token at 100 live tokens and at 100 per account for thousands of accounts.
"""
import base64
import collections
import http.client
import json

from hostile_lib import QUICK, bearer_token, h2load, host_port, org_url, rss_mb, serve, stats

MILLION = 100_000 if QUICK else 1_000_000
KEYS = 5_000 if QUICK else 20_000
ADDRESSES = 1_200 if QUICK else 10_000
ACCOUNTS = 300 if QUICK else 3_000
BODY = '{"desc":"hostile","roles":["ORG_MEMBER"]}'


def million():
    with serve() as (proc, f):
        token = bearer_token(f)
        # Warm the connection path with unauthenticated requests (they create nothing).
        h2load(org_url(f), 10_000, BODY, "application/json")
        before = rss_mb(proc.pid)
        ok, refused, seconds, _ = h2load(org_url(f), MILLION, BODY, "application/json",
                                         f"Authorization: Bearer {token}")
        after = rss_mb(proc.pid)
        kept = stats(f)["keysCreated"]["org"]
    return {"creates": MILLION, "created": ok, "refused": refused, "keysHeld": kept, "seconds": round(seconds, 1),
            "rssStartMB": round(before, 1), "rssEndMB": round(after, 1), "rssGrowthMB": round(after - before, 1)}


def public_keys():
    with serve("--max-api-keys-per-org", str(KEYS)) as (_, f):
        headers = {"Authorization": f"Bearer {bearer_token(f)}", "Content-Type": "application/json"}
        conn = http.client.HTTPConnection(*host_port(f), timeout=10)
        path = org_url(f).split(f["addr"], 1)[1]
        keys = []
        for _ in range(KEYS):
            conn.request("POST", path, BODY, headers)
            keys.append(json.loads(conn.getresponse().read())["publicKey"])
        conn.close()
    letters = collections.Counter("".join(keys))
    expected = 8 * len(keys) / 26
    chi_square = sum((letters.get(chr(c), 0) - expected) ** 2 / expected for c in range(97, 123))
    return {"keys": len(keys), "distinct": len(set(keys)), "chiSquare": round(chi_square, 1)}


def token_crowd():
    """Ten token requests from each of ADDRESSES loopback addresses, one connection each."""
    with serve() as (proc, f):
        basic = base64.b64encode(f"{f['clientId']}:{f['clientSecret']}".encode()).decode()
        headers = {"Authorization": f"Basic {basic}", "Content-Type": "application/x-www-form-urlencoded"}
        before, answers = rss_mb(proc.pid), collections.Counter()
        for i in range(ADDRESSES):
            conn = http.client.HTTPConnection(*host_port(f), timeout=10,
                                              source_address=(f"127.2.{i // 250}.{1 + i % 250}", 0))
            for _ in range(10):
                conn.request("POST", "/api/oauth/token", "grant_type=client_credentials", headers)
                answer = conn.getresponse()
                answer.read()  # whole, so that the next request goes on the same connection
                answers[answer.status] += 1
            conn.close()
        after = rss_mb(proc.pid)
    return {"addresses": ADDRESSES, "requests": 10 * ADDRESSES, "tokens": answers[200],
            "refused403": answers[403], "limited429": answers[429], "rssGrowthMB": round(after - before, 1)}


def token_cost():
    """Mean time of 100 token requests at 100 live tokens, then with ACCOUNTS accounts of 100."""
    flags = ["--token-rate-limit", "1000000/60"]
    for _ in range(ACCOUNTS):
        flags += ["--service-account", "ORG_MEMBER"]
    with serve(*flags) as (_, f):
        url = f"http://{f['addr']}/api/oauth/token"

        def fill(client_id, secret):
            basic = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
            return h2load(url, 100, "grant_type=client_credentials", "application/x-www-form-urlencoded",
                          f"Authorization: Basic {basic}", clients=1)

        accounts = f["serviceAccounts"]
        first, *others = accounts
        at_100 = fill(first["clientId"], first["clientSecret"])[3]
        for account in others:
            fill(account["clientId"], account["clientSecret"])
        at_all = fill(f["clientId"], f["clientSecret"])[3]
        refused = fill(first["clientId"], first["clientSecret"])[1]
    return {"accounts": len(accounts) + 1, "liveTokens": 100 * (len(accounts) + 1),
            "meanMsPerIssueAt100Live": at_100, "meanMsPerIssueAtAllLive": at_all,
            "a101stTokenRefused": refused == 100}


def state():
    return {"million": million(), "publicKeys": public_keys(), "tokenCrowd": token_crowd(),
            "tokenCost": token_cost()}


def bounds(report):
    m, k, t, c = report["million"], report["publicKeys"], report["tokenCrowd"], report["tokenCost"]
    return {
        "authenticated creates: the organization holds 500 keys": (m["created"], m["keysHeld"]) == (500, 500),
        "authenticated creates: the rest refused": m["refused"] == m["creates"] - 500,
        "authenticated creates: resident memory within 16 MB of the start": m["rssGrowthMB"] <= 16,
        "public keys: none twice": k["distinct"] == k["keys"],
        # 25 degrees of freedom: a fair draw exceeds 80 about once in ten million runs.
        "public keys: letters uniform (chi-square under 80)": k["chiSquare"] < 80,
        "token crowd: at most 100 tokens": t["tokens"] == 100,
        "token crowd: resident memory within 16 MB of the start": t["rssGrowthMB"] <= 16,
        "token cost: the 101st token of an account refused": c["a101stTokenRefused"],
    }
