#!/usr/bin/env python3
"""Side-by-side benchmark, in one run against emulators on loopback:

- this crate's client (bench/client), sequential and with 8 and 64 calls in flight, with an
  API key (digest) and with a service account (bearer tokens);
- the same requests with plain reqwest and no authentication (the ceiling), same concurrency,
  against a second emulator started with `serve --no-auth` (the emulator, like MongoDB,
  refuses unauthenticated requests);
- Python requests with HTTPDigestAuth on one Session, sequential;
- curl --digest, one process per call, and one process for many calls;
- lists: every key of an organization holding 10,000, by this client's stream and by plain
  reqwest paging the same way (500 a page until totalCount), requests counted by the emulator;
- rotation: `org-key rotate` by the CLI, its requests counted and its wall time;
- start-up: one `org-key create` by this crate's CLI against one `curl --digest` doing the same
  request, alternately, over HTTP against the emulator and over HTTPS against Apache httpd
  (mod_ssl and mod_auth_digest, a certificate from a private CA given to both with --ca-cert /
  --cacert, proxying to an emulator), as tests/apache.rs sets it up.

Two cores are shared by the client, the server and the rest of the machine, so one timing is
noisy: each client/ceiling pair is measured ROUNDS times, alternating which goes first, and the
table shows medians (the ratio column is the median of the per-round ratios, with its range).
Then the CPU work per call is counted exactly, in instructions, with valgrind's callgrind, for
this client and the ceiling, client and server side: a figure that does not move with the load
of the machine, and the bound on the ratio when both cores are saturated.

Prints the tables and, last, one JSON line with every figure. Installs its peers the way
.ci/run does (curl and valgrind from Debian, requests into .ci/venv).
Usage: python3 bench/compare.py [--quick]
"""
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import apache  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUICK = "--quick" in sys.argv
ROUNDS = 2 if QUICK else 5
N_SEQ, N_CONC, N_PY, N_CURL, N_CURL_MANY, N_COUNT = (
    (300, 600, 200, 40, 100, 200) if QUICK else (3000, 6000, 1000, 200, 600, 1000))
N_STARTUP = 10 if QUICK else 30
N_KEYS, N_LISTS, N_ROTATIONS = (10_000, 2, 5) if QUICK else (10_000, 10, 30)
BIN = os.path.join(ROOT, "target/release/mongodb-api-keys")
BENCH = os.path.join(ROOT, "target/release/bench-client")


def sh(*args, **kw):
    return subprocess.run(args, check=True, cwd=ROOT, **kw)


def peers():
    missing = [p for p, cmd in (("curl", "curl"), ("valgrind", "callgrind_control"), ("apache2", "apache2"),
                                ("apache2-utils", "htdigest"), ("openssl", "openssl")) if not shutil.which(cmd)]
    if missing:
        sh("apt-get", "update", "-qq")
        sh("apt-get", "install", "-y", "-qq", *missing)
    venv = os.path.join(ROOT, ".ci/venv")
    if not os.path.exists(os.path.join(venv, "bin/python")):
        sh(sys.executable, "-m", "venv", venv)
    sh(os.path.join(venv, "bin/pip"), "install", "--quiet", "--disable-pip-version-check", "-r", ".ci/requirements.txt")
    sh("cargo", "build", "--release", "--quiet", "--locked", "-p", "mongodb-api-keys-cli", "-p", "mongodb-api-keys-bench")
    return os.path.join(venv, "bin/python")


def emulator(*flags, wrapper=()):
    # Every call creates a key: the organization's limit (500 by default, as Cloud Manager's)
    # would make the bench measure refusals after the first 500.
    flags = ("--max-api-keys-per-org", "1000000", *flags)
    proc = subprocess.Popen([*wrapper, BIN, "serve", "--addr", "127.0.0.1:0", *flags],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return proc, json.loads(proc.stdout.readline())


def stop(proc):
    proc.terminate()
    proc.wait()


def stats(f):
    request = urllib.request.Request(f"http://{f['addr']}/_emulator/stats",
                                     headers={"Authorization": f"Bearer {f['controlToken']}"})
    with urllib.request.urlopen(request) as r:
        return json.load(r)


def bench(f, calls, concurrency, mode="client", wrapper=(), operation="org"):
    out = subprocess.run(
        [*wrapper, BENCH, "--fixtures", json.dumps(f), "--calls", str(calls),
         "--concurrency", str(concurrency), "--mode", mode, "--operation", operation],
        check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def timed(f, calls, run):
    before = stats(f)["requests"]
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    return {"callsPerSecond": calls / seconds, "requestsPerCall": (stats(f)["requests"] - before) / calls}


def org_url(f, origin=None):
    """Where the client creates an organization key: the Atlas Admin API v2."""
    return f"{origin or f['origin']}/api/atlas/v2/orgs/{f['orgId']}/apiKeys"


BODY = '{"desc":"bench","roles":["ORG_MEMBER"]}'
V2 = "application/vnd.atlas.2023-01-01+json"
V2_HEADERS = ["-H", f"Accept: {V2}", "-H", f"Content-Type: {V2}"]


def python_requests(python, f, calls):
    script = f"""
import requests
from requests.auth import HTTPDigestAuth
s = requests.Session()
s.auth = HTTPDigestAuth({f['username']!r}, {f['apiKey']!r})
for _ in range({calls}):
    r = s.post({org_url(f)!r}, data={BODY!r}, headers={{"Accept": {V2!r}, "Content-Type": {V2!r}}}, timeout=10)
    assert r.status_code == 200, r.text
"""
    return timed(f, calls, lambda: subprocess.run([python, "-c", script], check=True))


def curl_per_call(f, calls):
    def run():
        for _ in range(calls):
            subprocess.run(["curl", "-sS", "-o", "/dev/null", "--fail", "--digest", "-u", f"{f['username']}:{f['apiKey']}",
                            *V2_HEADERS, "-d", BODY, org_url(f)], check=True)
    return timed(f, calls, run)


def curl_many(f, calls):
    def run():
        subprocess.run(["curl", "-sS", "--fail", "--digest", "-u", f"{f['username']}:{f['apiKey']}",
                        *V2_HEADERS, "-d", BODY] + [org_url(f)] * calls,
                       check=True, stdout=subprocess.DEVNULL)
    return timed(f, calls, run)


def process(command, env=None):
    """Wall and CPU (user + system) seconds of one run of `command`, which must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def startup_pair(name, ours, curl, env):
    """Runs the CLI and curl alternately N_STARTUP times each; medians."""
    runs = {"ours": [], "curl": []}
    for i in range(N_STARTUP):
        order = [("ours", ours), ("curl", curl)]
        for key, command in (order if i % 2 == 0 else order[::-1]):
            runs[key].append(process(command, env))
    med = lambda key, i: statistics.median(r[i] for r in runs[key]) * 1000
    return {"name": name, "cliMs": med("ours", 0), "curlMs": med("curl", 0),
            "cliCpuMs": med("ours", 1), "curlCpuMs": med("curl", 1),
            "ratio": med("ours", 0) / med("curl", 0)}


SYSTEM_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"


def startup(f, g):
    """One org-key create per process: the CLI against curl --digest, over HTTP and HTTPS."""
    env = {"PATH": os.environ.get("PATH", ""), "MONGODB_ATLAS_PUBLIC_API_KEY": f["username"],
           "MONGODB_ATLAS_PRIVATE_API_KEY": f["apiKey"]}
    cli = [BIN, "--output", "json", "org-key", "create", "--org-id", f["orgId"], "--desc", "bench",
           "--role", "ORG_MEMBER"]
    curl = ["curl", "-sS", "-o", "/dev/null", "--fail", "--digest", *V2_HEADERS, "-d", BODY]
    http = ([*cli[:1], "--base-url", f["origin"], *cli[1:]],
            [*curl, "-u", f"{f['username']}:{f['apiKey']}", org_url(f)])
    # CI images, Nix shells and corporate machines set SSL_CERT_FILE (to the system bundle here).
    bundle = {"SSL_CERT_FILE": SYSTEM_BUNDLE} if os.path.isfile(SYSTEM_BUNDLE) else {}
    rows = [startup_pair("HTTP, against the emulator", *http, env)]
    if bundle:
        rows.append(startup_pair("HTTP, against the emulator, SSL_CERT_FILE set", *http, {**env, **bundle}))
    front = apache.Apache(g["addr"])  # digest and TLS in Apache, the create in a --no-auth emulator
    try:
        env = {**env, "MONGODB_ATLAS_PUBLIC_API_KEY": apache.USER, "MONGODB_ATLAS_PRIVATE_API_KEY": apache.PASSWORD}
        url = org_url(f, front.base_url)
        https = ([*cli[:1], "--base-url", front.base_url, "--ca-cert", front.ca, *cli[1:]],
                 [*curl, "--cacert", front.ca, "-u", f"{apache.USER}:{apache.PASSWORD}", url])
        rows.append(startup_pair("HTTPS, Apache mod_ssl + mod_auth_digest, private CA", *https, env))
        if bundle:
            # Trust as a CI image sets it up: SSL_CERT_FILE names a bundle (the system's, with
            # the private CA added), which both read whole: the CLI from the variable, curl
            # given it as --cacert (curl reads its own compiled-in path, not the variable).
            with tempfile.NamedTemporaryFile("w", suffix=".pem", delete=False) as pem:
                pem.write(open(SYSTEM_BUNDLE).read() + open(front.ca).read())
            try:
                https = ([*cli[:1], "--base-url", front.base_url, *cli[1:]],
                         [*curl, "--cacert", pem.name, "-u", f"{apache.USER}:{apache.PASSWORD}", url])
                rows.append(startup_pair("HTTPS, SSL_CERT_FILE set (system bundle + private CA)",
                                         *https, {**env, "SSL_CERT_FILE": pem.name}))
            finally:
                os.unlink(pem.name)
    finally:
        front.stop()
    return rows


def pairs(f, g):
    """This client against the authenticating emulator and plain reqwest against the open one,
    ROUNDS times per concurrency, alternating which runs first."""
    rows = []
    for c, n in [(1, N_SEQ), (8, N_CONC), (64, N_CONC)]:
        ours, plain, sa = [], [], []
        for r in range(ROUNDS):
            runs = [(ours, f, "client"), (plain, g, "plain"), (sa, f, "service-account")]
            rotation = runs[r % 3:] + runs[:r % 3]
            for into, fixtures, mode in rotation:
                into.append(bench(fixtures, n, c, mode))
        ratios = [p["callsPerSecond"] / o["callsPerSecond"] for o, p in zip(ours, plain)]
        sa_ratios = [s["callsPerSecond"] / o["callsPerSecond"] for o, s in zip(ours, sa)]
        for name, runs, vs in ((f"this client, concurrency {c}", ours, [1.0]),
                               (f"plain reqwest, no auth (ceiling), concurrency {c}", plain, ratios),
                               (f"this client, service account, concurrency {c}", sa, sa_ratios)):
            med = lambda k: statistics.median(x[k] for x in runs)
            rows.append({"name": name, "concurrency": c, "callsPerSecond": med("callsPerSecond"),
                         "requestsPerCall": med("requestsPerCall"), "p50Ms": med("p50Ms"), "p99Ms": med("p99Ms"),
                         "vsThisClient": statistics.median(vs), "vsRange": [min(vs), max(vs)],
                         "challenges": sum(x["challenges"] for x in runs),
                         "tokenRequests": sum(x.get("tokenRequests", 0) for x in runs)})
    return rows


def lists():
    """Listing N_KEYS keys, every page: this client's stream against plain reqwest paging the
    same way (itemsPerPage 500 until totalCount), each against its own emulator holding
    exactly N_KEYS keys; ROUNDS runs each, alternating."""
    auth_proc, f = emulator()
    open_proc, g = emulator("--no-auth")
    try:
        bench(f, N_KEYS, 64, "client")
        bench(g, N_KEYS, 64, "plain")
        ours, plain = [], []
        for r in range(ROUNDS):
            order = [(ours, f, "client"), (plain, g, "plain")]
            for into, fixtures, mode in (order if r % 2 == 0 else order[::-1]):
                into.append(bench(fixtures, N_LISTS, 1, mode, operation="list"))
    finally:
        stop(auth_proc)
        stop(open_proc)
    rows = []
    for name, runs in (("this client, list_org_api_keys", ours), ("plain reqwest, no auth, same pages", plain)):
        med = lambda k: statistics.median(x[k] for x in runs)
        rows.append({"name": name, "keys": med("itemsPerCall"), "requestsPerList": med("requestsPerCall"),
                     "msPerList": 1000 / med("callsPerSecond"), "challenges": sum(x["challenges"] for x in runs)})
    return rows


def rotations():
    """`org-key rotate` by the CLI, one process each, of a key with two access-list entries
    and a project assignment: HTTP requests (the emulator's count) and wall time, medians."""
    proc, f = emulator()
    env = {"PATH": os.environ.get("PATH", ""), "MONGODB_ATLAS_PUBLIC_API_KEY": f["username"],
           "MONGODB_ATLAS_PRIVATE_API_KEY": f["apiKey"], "MONGODB_ATLAS_BASE_URL": f["origin"],
           "MONGODB_ATLAS_ORG_ID": f["orgId"], "MONGODB_ATLAS_PROJECT_ID": f["projectId"]}
    run = lambda *a: json.loads(subprocess.run([BIN, "--output", "json", *a], env=env, check=True,
                                               capture_output=True, text=True).stdout)
    try:
        key = run("project-key", "create", "--desc", "rotated", "--role", "GROUP_READ_ONLY",
                  "--access-list", "127.0.0.1", "--access-list", "198.51.100.0/24")
        walls, requests = [], []
        for _ in range(N_ROTATIONS):
            before = stats(f)["requests"]
            started = time.perf_counter()
            key = run("org-key", "rotate", "--key-id", key["id"])
            walls.append(time.perf_counter() - started)
            requests.append(stats(f)["requests"] - before)
    finally:
        stop(proc)
    return {"rotations": N_ROTATIONS, "requests": statistics.median(requests),
            "requestsRange": [min(requests), max(requests)], "wallMs": statistics.median(walls) * 1000}


def secret_rotations():
    """`service-account secret rotate` by the CLI, one process each (create, a token and a
    read made with the new secret, delete the old): HTTP requests and token requests (the
    emulator's counts) and wall time, medians; then `--expiring-within 72h` on a fresh
    secret, which must write nothing."""
    proc, f = emulator("--token-rate-limit", "1000/60")
    env = {"PATH": os.environ.get("PATH", ""), "MONGODB_ATLAS_PUBLIC_API_KEY": f["username"],
           "MONGODB_ATLAS_PRIVATE_API_KEY": f["apiKey"], "MONGODB_ATLAS_BASE_URL": f["origin"],
           "MONGODB_ATLAS_ORG_ID": f["orgId"]}
    run = lambda *a: subprocess.run([BIN, "--output", "json", *a], env=env, check=True,
                                    capture_output=True, text=True).stdout
    try:
        account = json.loads(run("service-account", "create", "--name", "rotated", "--desc", "bench",
                                 "--role", "ORG_MEMBER"))
        rotate = ("service-account", "secret", "rotate", "--client-id", account["clientId"])
        walls, requests, tokens = [], [], []
        for _ in range(N_ROTATIONS):
            before = stats(f)
            started = time.perf_counter()
            run(*rotate)
            walls.append(time.perf_counter() - started)
            after = stats(f)
            requests.append(after["requests"] - before["requests"])
            tokens.append(after["tokenRequests"] - before["tokenRequests"])
        before = stats(f)
        run(*rotate, "--expiring-within", "72h")
        idle_writes = stats(f)["writes"] - before["writes"]
    finally:
        stop(proc)
    return {"rotations": N_ROTATIONS, "requests": statistics.median(requests),
            "requestsRange": [min(requests), max(requests)], "tokenRequests": statistics.median(tokens),
            "wallMs": statistics.median(walls) * 1000, "writesWhenNothingExpires": idle_writes}


def callgrind_total(path):
    with open(path) as f:
        for line in f:
            if line.startswith("totals:"):
                return int(line.split()[1])
    raise RuntimeError(f"no totals in {path}")


def instructions(tmp, mode, *flags):
    """Instructions per call, client side and server side, counted by callgrind: the server's
    counting is switched on after a warm-up call; the client's per-call figure is the
    difference between a run of 2N calls and a run of N, which cancels start-up."""
    server_out = os.path.join(tmp, f"server-{mode}.out")
    proc, f = emulator(*flags, wrapper=("valgrind", "--tool=callgrind", "--instr-atstart=no",
                                       f"--callgrind-out-file={server_out}"))
    try:
        bench(f, 1, 1, mode)  # the handshake and the first connection, not counted
        subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True, capture_output=True)
        client = {}
        for calls in (N_COUNT, 2 * N_COUNT):
            out = os.path.join(tmp, f"client-{mode}-{calls}.out")
            bench(f, calls, 1, mode, wrapper=("valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"))
            client[calls] = callgrind_total(out)
    finally:
        stop(proc)
    return {"client": (client[2 * N_COUNT] - client[N_COUNT]) / N_COUNT,
            "server": callgrind_total(server_out) / (3 * N_COUNT)}


def main():
    python = peers()
    # Every service-account row starts a new client, so one run makes about 15 token requests
    # in a minute; Atlas's limit (10 a minute per client, the emulator's default, tested in
    # tests/emulator_oauth.rs) would make the bench measure its 429 waits instead of calls.
    auth_proc, f = emulator("--token-rate-limit", "1000/60")
    open_proc, g = emulator("--no-auth")
    try:
        rows = pairs(f, g)
        starts = startup(f, g)
        listed = lists()
        rotated = rotations()
        secrets_rotated = secret_rotations()
        others = [("Python requests HTTPDigestAuth, one Session", python_requests(python, f, N_PY)),
                  ("curl --digest, one process per call", curl_per_call(f, N_CURL)),
                  ("curl --digest, one process, many calls", curl_many(f, N_CURL_MANY))]
    finally:
        stop(auth_proc)
        stop(open_proc)
    sequential = rows[0]["callsPerSecond"]
    for name, r in others:
        rows.append({"name": name, "concurrency": 1, **r, "p50Ms": None, "p99Ms": None,
                     "vsThisClient": r["callsPerSecond"] / sequential, "vsRange": None})
    for row in rows:
        if row["name"].startswith("this client, concurrency"):
            row["vsThisClient"] = 1.0

    print(f"{ROUNDS} rounds per client/ceiling pair; medians; 'vs this client' is the median "
          f"of the per-round ratios (range in brackets)")
    print(f"{'':52} {'calls/s':>8} {'req/call':>8} {'p50 ms':>7} {'p99 ms':>7}  vs this client")
    fmt = lambda v: f"{v:7.2f}" if v is not None else f"{'':>7}"
    for r in rows:
        spread = f" [{r['vsRange'][0]:.2f}-{r['vsRange'][1]:.2f}]" if r["vsRange"] and r["vsRange"][0] != r["vsRange"][1] else ""
        print(f"{r['name']:52} {r['callsPerSecond']:8.0f} {r['requestsPerCall']:8.2f} {fmt(r['p50Ms'])} "
              f"{fmt(r['p99Ms'])}  {r['vsThisClient']:5.2f}x{spread}")

    print(f"\nStart-up: one org-key create per process, {N_STARTUP} runs each, alternating; medians")
    print(f"{'':52} {'CLI ms':>7} {'curl ms':>7} {'CLI cpu':>7} {'curl cpu':>8}  CLI / curl")
    for r in starts:
        print(f"{r['name']:52} {r['cliMs']:7.1f} {r['curlMs']:7.1f} {r['cliCpuMs']:7.1f} {r['curlCpuMs']:8.1f}  {r['ratio']:5.2f}x")

    print(f"\nLists: every key of an organization holding {N_KEYS}, {N_LISTS} lists a round, "
          f"{ROUNDS} rounds; medians")
    print(f"{'':52} {'keys':>6} {'req/list':>8} {'ms/list':>8} {'challenges':>10}")
    for r in listed:
        print(f"{r['name']:52} {r['keys']:6.0f} {r['requestsPerList']:8.2f} {r['msPerList']:8.1f} {r['challenges']:10}")
    print(f"\nRotation: org-key rotate by the CLI (a key with 2 access-list entries and a project), "
          f"{rotated['rotations']} runs: {rotated['requests']} requests "
          f"(range {rotated['requestsRange'][0]}-{rotated['requestsRange'][1]}), {rotated['wallMs']:.1f} ms median")

    r = secrets_rotated
    print(f"Secret rotation: service-account secret rotate by the CLI, {r['rotations']} runs: "
          f"{r['requests']} requests (range {r['requestsRange'][0]}-{r['requestsRange'][1]}), of them "
          f"{r['tokenRequests']} token request, {r['wallMs']:.1f} ms median; --expiring-within 72h on a "
          f"fresh secret: {r['writesWhenNothingExpires']} write requests")
    if r["writesWhenNothingExpires"] != 0:
        sys.exit("--expiring-within wrote although nothing expires soon")

    with tempfile.TemporaryDirectory() as tmp:
        ours = instructions(tmp, "client")
        ceiling = instructions(tmp, "plain", "--no-auth")
    total = lambda x: x["client"] + x["server"]
    print(f"\nCPU work per call, instructions counted by callgrind ({N_COUNT} and {2 * N_COUNT} sequential calls):")
    print(f"{'':52} {'client':>8} {'server':>8} {'total':>8}")
    for name, x in (("this client, authenticated", ours), ("plain reqwest, no auth (ceiling)", ceiling)):
        print(f"{name:52} {x['client']:8.0f} {x['server']:8.0f} {total(x):8.0f}")
    print(f"{'ceiling / this client (the ratio at saturation)':52} {ceiling['client'] / ours['client']:8.2f} "
          f"{ceiling['server'] / ours['server']:8.2f} {total(ceiling) / total(ours):8.2f}")
    print(json.dumps({"rounds": ROUNDS, "rows": rows, "startup": starts, "lists": listed, "rotation": rotated, "secretRotation": secrets_rotated,
                      "instructionsPerCall": {"client": ours, "ceiling": ceiling}}))


if __name__ == "__main__":
    main()
