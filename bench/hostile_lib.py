"""What the parts of bench/hostile.py share: the release `serve` started and stopped, its
stats and resident memory, a well-behaved create with `curl --digest`, h2load's counts."""
import contextlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUICK = "--quick" in sys.argv
BIN = os.path.join(ROOT, "target/release/mongodb-api-keys")
BODY = '{"desc":"hostile","roles":["ORG_MEMBER"]}'


@contextlib.contextmanager
def serve(*flags):
    """A release `serve` on a free loopback port; yields (process, fixtures)."""
    proc = subprocess.Popen([BIN, "serve", "--addr", "127.0.0.1:0", *flags], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        yield proc, json.loads(proc.stdout.readline())
    finally:
        proc.terminate()
        proc.wait()


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def stats(f):
    request = urllib.request.Request(f"http://{f['addr']}/_emulator/stats",
                                     headers={"Authorization": f"Bearer {f['controlToken']}"})
    with urllib.request.urlopen(request, timeout=10) as r:
        return json.load(r)


def org_url(f):
    return f"{f['baseUrl']}/orgs/{f['orgId']}/apiKeys"


def host_port(f):
    host, port = f["addr"].rsplit(":", 1)
    return host, int(port)


def curl_create(f):
    """A well-behaved client: (succeeded, seconds)."""
    started = time.monotonic()
    done = subprocess.run(["curl", "-sS", "-o", "/dev/null", "--fail", "--max-time", "10", "--digest",
                           "-u", f"{f['username']}:{f['apiKey']}", "-H", "Content-Type: application/json",
                           "-d", BODY, org_url(f)], capture_output=True)
    return done.returncode == 0, time.monotonic() - started


def curl_creates(f, n=20):
    """`n` well-behaved creates one after the other: (succeeded, slowest seconds)."""
    results = [curl_create(f) for _ in range(n)]
    return sum(ok for ok, _ in results), round(max(s for _, s in results), 3)


def h2load(url, n, body, content_type, *headers, clients=32):
    """`n` POSTs of `body` over `clients` keep-alive connections with h2load (nghttp2, a load
    tool this project did not write): (2xx, 4xx, seconds, mean milliseconds per request)."""
    with tempfile.NamedTemporaryFile("w", suffix=".body") as file:
        file.write(body)
        file.flush()
        header_args = [a for h in ("Content-Type: " + content_type, *headers) for a in ("-H", h)]
        started = time.monotonic()
        out = subprocess.run(["h2load", "--h1", "-n", str(n), "-c", str(clients), "-m", "1", "-d", file.name,
                              *header_args, url], capture_output=True, text=True, check=True).stdout
        seconds = time.monotonic() - started
    codes = re.search(r"status codes: (\d+) 2xx, (\d+) 3xx, (\d+) 4xx, (\d+) 5xx", out)
    mean = re.search(r"time for request:\s+\S+\s+\S+\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1, "s": 1000}
    mean_ms = float(mean.group(1)) * scale[mean.group(2)] if mean else None
    return int(codes.group(1)), int(codes.group(3)), seconds, mean_ms


def bearer_token(f, client_id=None, secret=None):
    """An access token of the fixture service account (or of `client_id`)."""
    import base64
    basic = base64.b64encode(f"{client_id or f['clientId']}:{secret or f['clientSecret']}".encode()).decode()
    request = urllib.request.Request(f"http://{f['addr']}/api/oauth/token", data=b"grant_type=client_credentials",
                                     headers={"Authorization": f"Basic {basic}",
                                              "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=10) as r:
        return json.load(r)["access_token"]
