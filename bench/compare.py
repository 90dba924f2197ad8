#!/usr/bin/env python3
"""Side-by-side benchmark, in one run against emulators on loopback:

- this crate's client (examples/bench.rs), sequential and with 8 and 64 calls in flight;
- the same requests with plain reqwest and no authentication (the ceiling), same concurrency,
  against an emulator started with `serve --no-auth`;
- Python requests with HTTPDigestAuth on one Session, sequential;
- curl --digest, one process per call, and one process for many calls.

Prints a table: calls per second, HTTP requests per call (from the emulator's stats) and the
ratio of each to this client at the same concurrency. Installs its peers the way .ci/run does
(curl from Debian, requests into .ci/venv). Usage: python3 bench/compare.py [--quick]
"""
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUICK = "--quick" in sys.argv
N_SEQ, N_CONC, N_PY, N_CURL, N_CURL_MANY = (300, 600, 200, 40, 100) if QUICK else (3000, 6000, 1000, 200, 600)


def sh(*args, **kw):
    return subprocess.run(args, check=True, cwd=ROOT, **kw)


def peers():
    if not shutil.which("curl"):
        sh("apt-get", "install", "-y", "-qq", "curl")
    venv = os.path.join(ROOT, ".ci/venv")
    if not os.path.exists(os.path.join(venv, "bin/python")):
        sh(sys.executable, "-m", "venv", venv)
    sh(os.path.join(venv, "bin/pip"), "install", "--quiet", "--disable-pip-version-check", "-r", ".ci/requirements.txt")
    sh("cargo", "build", "--release", "--quiet", "--bin", "mongodb-api-keys", "--example", "bench")
    return os.path.join(venv, "bin/python")


def emulator(*flags):
    proc = subprocess.Popen(
        [os.path.join(ROOT, "target/release/mongodb-api-keys"), "serve", "--addr", "127.0.0.1:0", *flags],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return proc, json.loads(proc.stdout.readline())


def stats(f):
    with urllib.request.urlopen(f"http://{f['addr']}/_emulator/stats") as r:
        return json.load(r)


def bench(f, calls, concurrency, mode="client"):
    out = subprocess.run(
        [os.path.join(ROOT, "target/release/examples/bench"), "--fixtures", json.dumps(f),
         "--calls", str(calls), "--concurrency", str(concurrency), "--mode", mode],
        check=True, capture_output=True, text=True).stdout
    r = json.loads(out)
    return r["callsPerSecond"], r["requestsPerCall"], r["p50Ms"], r["p99Ms"]


def timed(f, calls, run):
    before = stats(f)["requests"]
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    return calls / seconds, (stats(f)["requests"] - before) / calls, None, None


def org_url(f):
    return f"{f['baseUrl']}/orgs/{f['orgId']}/apiKeys"


BODY = '{"desc":"bench","roles":["ORG_MEMBER"]}'


def python_requests(python, f, calls):
    script = f"""
import requests
from requests.auth import HTTPDigestAuth
s = requests.Session()
s.auth = HTTPDigestAuth({f['username']!r}, {f['apiKey']!r})
for _ in range({calls}):
    r = s.post({org_url(f)!r}, data={BODY!r}, headers={{"Content-Type": "application/json"}}, timeout=10)
    assert r.status_code == 200, r.text
"""
    return timed(f, calls, lambda: subprocess.run([python, "-c", script], check=True))


def curl_per_call(f, calls):
    def run():
        for _ in range(calls):
            subprocess.run(["curl", "-sS", "-o", "/dev/null", "--fail", "--digest", "-u", f"{f['username']}:{f['apiKey']}",
                            "-H", "Content-Type: application/json", "-d", BODY, org_url(f)], check=True)
    return timed(f, calls, run)


def curl_many(f, calls):
    def run():
        subprocess.run(["curl", "-sS", "--fail", "--digest", "-u", f"{f['username']}:{f['apiKey']}",
                        "-H", "Content-Type: application/json", "-d", BODY] + [org_url(f)] * calls,
                       check=True, stdout=subprocess.DEVNULL)
    return timed(f, calls, run)


def main():
    python = peers()
    auth_proc, f = emulator()
    open_proc, g = emulator("--no-auth")
    try:
        rows = []
        for c, n in [(1, N_SEQ), (8, N_CONC), (64, N_CONC)]:
            rows.append((f"this client, concurrency {c}", c, *bench(f, n, c)))
            rows.append((f"plain reqwest, no auth (ceiling), concurrency {c}", c, *bench(g, n, c, "plain")))
        rows.append(("Python requests HTTPDigestAuth, one Session", 1, *python_requests(python, f, N_PY)))
        rows.append(("curl --digest, one process per call", 1, *curl_per_call(f, N_CURL)))
        rows.append(("curl --digest, one process, many calls", 1, *curl_many(f, N_CURL_MANY)))
    finally:
        for p in (auth_proc, open_proc):
            p.terminate()
            p.wait()
    ours = {c: cps for name, c, cps, *_ in rows if name.startswith("this client")}
    print(f"{'':56} {'calls/s':>9} {'req/call':>9} {'p50 ms':>7} {'p99 ms':>7} {'vs this client':>15}")
    for name, c, cps, rpc, p50, p99 in rows:
        fmt = lambda v: f"{v:7.2f}" if v is not None else f"{'':>7}"
        print(f"{name:56} {cps:9.0f} {rpc:9.2f} {fmt(p50)} {fmt(p99)} {cps / ours[c]:14.2f}x")
    print(json.dumps([dict(zip(["name", "concurrency", "callsPerSecond", "requestsPerCall", "p50Ms", "p99Ms"], r)) for r in rows]))


if __name__ == "__main__":
    main()
