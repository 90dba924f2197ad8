#!/usr/bin/env python3
"""Hostile traffic against the release `serve`, with a well-behaved client alongside; prints
one JSON object with the figures and exits non-zero when a bound is broken.

1. Flood: unauthenticated POSTs over 32 keep-alive connections with h2load (nghttp2, a load
   tool this project did not write), 1,000,000 of them (--quick: 100,000). Bound: resident
   memory ends within 16 MB of where it started, and no nonce is on record.
2. Stalled connections: 2,000 sockets (--quick: 500) that send half a request head and stop.
   Bounds: a create through `curl --digest` still succeeds within 2 s while they stall, and
   the server closes every one of them within its header timeout (10 s; the script waits
   that long and 3 s more).
3. Control-plane abuse: faults and nonce expiry without the control token, an unbounded
   fault with it. Bounds: 401 without the token, 400 for the unbounded fault, and creates
   still succeed afterwards.
4. Alongside the flood, `curl --digest` creates a key every half second. Bound: every one
   succeeds.
5. Crowds holding the connection slots (hostile_crowds.py): 1,024 idle keep-alives that got
   their 401, and 1,030 bodies trickled one byte, from many addresses and from one, opened
   again whenever the server closes them. Bounds: at least 19 of 20 creates within 10 s
   each; one address holds at most 256 connections.
6. Authenticated traffic (hostile_state.py): 1,000,000 creates with a bearer token (--quick:
   100,000), thousands of public keys, a service account asking for tokens from 10,000
   addresses (--quick: 1,200), and the cost of a token among 300,000 live tokens (--quick:
   30,000). Bounds: 500 keys held and memory within 16 MB of the start; no public key twice,
   letters uniform; at most 100 tokens per service account.

Installs its peers the way .ci/run does (curl and h2load from Debian) and builds the release
binary. Usage: python3 bench/hostile.py [--quick]
"""
import json
import os
import re
import resource
import selectors
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hostile_crowds  # noqa: E402
import hostile_state  # noqa: E402
from hostile_lib import BODY, QUICK, ROOT, curl_create, org_url, rss_mb, serve, stats  # noqa: E402

FLOOD = 100_000 if QUICK else 1_000_000
STALLED = 500 if QUICK else 2_000
HEADER_TIMEOUT = 10


def peers():
    missing = [p for p, cmd in (("curl", "curl"), ("nghttp2-client", "h2load")) if not shutil.which(cmd)]
    if missing:
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True)
    subprocess.run(["cargo", "build", "--release", "--quiet", "--locked", "-p", "mongodb-api-keys-cli"],
                   check=True, cwd=ROOT)
    # The stalled sockets and the server's own need more than the usual 1,024 descriptors.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def flood(proc, f):
    for _ in range(3):  # warm the allocator and the connection path before the first reading
        curl_create(f)
    before = rss_mb(proc.pid)
    alongside, stop = [], threading.Event()

    def well_behaved():
        while not stop.is_set():
            alongside.append(curl_create(f))
            stop.wait(0.5)

    thread = threading.Thread(target=well_behaved)
    thread.start()
    with tempfile.NamedTemporaryFile("w", suffix=".json") as body:
        body.write(BODY)
        body.flush()
        started = time.monotonic()
        out = subprocess.run(["h2load", "--h1", "-n", str(FLOOD), "-c", "32", "-m", "1", "-d", body.name,
                              "-H", "Content-Type: application/json", org_url(f)],
                             capture_output=True, text=True, check=True).stdout
        seconds = time.monotonic() - started
    stop.set()
    thread.join()
    after = rss_mb(proc.pid)
    answered = re.search(r"status codes: (\d+) 2xx, (\d+) 3xx, (\d+) 4xx, (\d+) 5xx", out)
    unauthorized = int(answered.group(3)) if answered else 0
    return {
        "requests": FLOOD, "answered401": unauthorized, "seconds": round(seconds, 1),
        "requestsPerSecond": round(FLOOD / seconds), "rssStartMB": round(before, 1),
        "rssEndMB": round(after, 1), "rssGrowthMB": round(after - before, 1),
        "noncesOnRecord": stats(f)["noncesOnRecord"],
        "wellBehavedCalls": len(alongside), "wellBehavedFailures": sum(not ok for ok, _ in alongside),
        "wellBehavedMaxSeconds": round(max((s for _, s in alongside), default=0), 3),
    }


def stalled(f):
    host, port = f["addr"].rsplit(":", 1)
    sockets = []
    for _ in range(STALLED):
        s = socket.create_connection((host, int(port)))
        s.sendall(b"POST /api/atlas/v1.0/orgs/" + f["orgId"].encode() + b"/apiKeys HTTP/1.1\r\nHost: x\r\n")
        sockets.append(s)
    opened = time.monotonic()
    ok, seconds = curl_create(f)
    # Every stalled socket must see the server close it (EOF or reset) within the header timeout.
    deadline, open_ = opened + HEADER_TIMEOUT + 3, set(sockets)
    watch = selectors.DefaultSelector()
    for s in sockets:
        watch.register(s, selectors.EVENT_READ)
    while open_ and time.monotonic() < deadline:
        for key, _ in watch.select(timeout=0.5):
            try:
                data = key.fileobj.recv(4096)
            except OSError:
                data = b""
            if not data:
                open_.discard(key.fileobj)
                watch.unregister(key.fileobj)
    watch.close()
    closed_after = time.monotonic() - opened
    for s in sockets:
        s.close()
    connections = stats(f)["connections"]
    return {"connections": STALLED, "createSucceeded": ok, "createSeconds": round(seconds, 3),
            "closedByServer": STALLED - len(open_), "allClosedWithinSeconds": round(closed_after, 1),
            "headerTimeouts": connections["headerTimeouts"], "evicted": connections["evicted"],
            "evictedPerAddress": connections["evictedPerAddress"]}


def control(f):
    def call(method, path, body=None, token=None):
        request = urllib.request.Request(f"http://{f['addr']}/_emulator/{path}", method=method,
                                         data=json.dumps(body).encode() if body is not None else None,
                                         headers={"Content-Type": "application/json"})
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(request, timeout=10) as r:
                return r.status if method != "GET" else (r.status, r.read())
        except urllib.error.HTTPError as e:
            return e.code

    everything = {"status": 500, "count": 4294967295}
    token = f["controlToken"]
    # The fault queue: 1,000 wait at most, so the listing is bounded too.
    queued = [call("POST", "faults", {"status": 503, "count": 1000, "operation": "createUserApiKey"}, token)
              for _ in range(1001)]
    listing = call("GET", "faults", token=token)
    call("DELETE", "faults", token=token)
    return {
        "statsWithoutToken": call("GET", "stats"),
        "faultListWithoutToken": call("GET", "faults"),
        "faultsQueued": queued.count(204),
        "faultRefusedPastTheQueue": queued[-1],
        "faultListBytes": len(listing[1]),
        "faultWithoutToken": call("POST", "faults", everything),
        "expireWithoutToken": call("POST", "expire-nonces"),
        "clearWithoutToken": call("DELETE", "faults"),
        "unboundedFaultWithToken": call("POST", "faults", everything, f["controlToken"]),
        "hourLongDelayWithToken": call("POST", "faults", {"delayMs": 3_600_000, "count": 1}, f["controlToken"]),
        "createAfterwards": curl_create(f)[0],
    }


def main():
    peers()
    started = time.monotonic()
    with serve() as (proc, f):
        report = {"quick": QUICK, "flood": flood(proc, f), "stalled": stalled(f), "control": control(f)}
    report["crowds"] = hostile_crowds.crowds()
    report["state"] = hostile_state.state()
    report["seconds"] = round(time.monotonic() - started)
    fl, st, co = report["flood"], report["stalled"], report["control"]
    bounds = {
        "flood: every request answered 401": fl["answered401"] == FLOOD,
        "flood: resident memory within 16 MB of the start": fl["rssGrowthMB"] <= 16,
        # Only the well-behaved creates (curl takes a fresh nonce for each) leave a record.
        "flood: nothing kept for unauthenticated traffic": fl["noncesOnRecord"] <= 3 + fl["wellBehavedCalls"],
        "flood: every well-behaved create succeeded": fl["wellBehavedCalls"] > 0 and fl["wellBehavedFailures"] == 0,
        "stalled: a create succeeds within 2 s": st["createSucceeded"] and st["createSeconds"] <= 2,
        "stalled: every stalled connection closed within the header timeout": st["closedByServer"] == STALLED,
        "control: 401 without the token": (co["statsWithoutToken"], co["faultListWithoutToken"], co["faultWithoutToken"],
                                            co["expireWithoutToken"], co["clearWithoutToken"]) == (401,) * 5,
        "control: at most 1,000 faults queued and listed": (co["faultsQueued"], co["faultRefusedPastTheQueue"]) == (1000, 400)
                                                            and co["faultListBytes"] <= 1000 * 100,
        "control: unbounded faults refused": (co["unboundedFaultWithToken"], co["hourLongDelayWithToken"]) == (400, 400),
        "control: creates still succeed": co["createAfterwards"],
        **hostile_crowds.bounds(report["crowds"]),
        **hostile_state.bounds(report["state"]),
    }
    report["bounds"] = bounds
    report["ok"] = all(bounds.values())
    print(json.dumps(report, indent=2))
    sys.exit(0 if report["ok"] else 1)


if __name__ == "__main__":
    main()
