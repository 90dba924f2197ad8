"""Crowds of hostile connections that hold the emulator's connection slots while a
well-behaved client creates keys (issue 20, item 7).

- idle: 1,024 connections (the whole table) each send an unauthenticated create, read its
  whole 401, and sit idle (keep-alive);
- trickle: 1,030 connections each send a head announcing `Content-Length: 1000`, one byte of
  body, and stall.

A crowd comes from many addresses (each connection from its own 127.1.x.y: Linux routes all of
127.0.0.0/8 to loopback, so each looks like another client) or from one address (127.0.0.2;
the well-behaved client is 127.0.0.1). Whenever the server closes one of its connections, the
crowd opens it again within 50 ms, so the pressure stays while the client works.
"""
import selectors
import socket
import threading

from hostile_lib import curl_creates, host_port, serve, stats

# The tester's 1,030 trickled bodies (six more than the cap of 1,024), and one more idle
# connection than its 1,023: the whole table, so that every create must make room.
IDLE, TRICKLE = 1_024, 1_030


def many(i):
    return f"127.1.{i // 250}.{1 + i % 250}"


def one(_):
    return "127.0.0.2"


def read_answer(sock):
    """Reads one whole HTTP answer (head and Content-Length body); False if cut."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return False
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return False
        body += chunk
    return True


class Crowd:
    """`n` hostile connections from `source(i)` doing `kind`, kept open by a thread."""

    def __init__(self, f, n, source, kind):
        self.f, self.source, self.kind, self.reopened = f, source, kind, 0
        path = f"/api/atlas/v1.0/orgs/{f['orgId']}/apiKeys"
        body = '{"desc":"hostile","roles":["ORG_MEMBER"]}'
        if kind == "idle":
            self.request = (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            f"Content-Length: {len(body)}\r\n\r\n{body}").encode()
        else:
            self.request = (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            "Content-Length: 1000\r\n\r\n{").encode()
        self.watch, self.stop = selectors.DefaultSelector(), threading.Event()
        for i in range(n):
            self.open(i)
        self.thread = threading.Thread(target=self.keep)
        self.thread.start()

    def open(self, i):
        try:
            sock = socket.create_connection(host_port(self.f), timeout=10, source_address=(self.source(i), 0))
            sock.sendall(self.request)
            if self.kind == "idle" and not read_answer(sock):
                sock.close()
                return
        except OSError:
            return
        self.watch.register(sock, selectors.EVENT_READ, i)

    def keep(self):
        while not self.stop.is_set():
            for key, _ in self.watch.select(timeout=0.05):
                # Readable: closed by the server (or a 408 on its way): open it again.
                self.watch.unregister(key.fileobj)
                key.fileobj.close()
                self.open(key.data)
                self.reopened += 1

    def close(self):
        self.stop.set()
        self.thread.join()
        for key in list(self.watch.get_map().values()):
            key.fileobj.close()
        self.watch.close()


def scenario(kind, n, source):
    """Holds the crowd, makes 20 creates with curl --digest (at most 10 s each): the counts."""
    with serve() as (_, f):
        crowd = Crowd(f, n, source, kind)
        try:
            held = stats(f)["connections"]["open"] - 1  # this stats request's own connection
            created, slowest = curl_creates(f)
            connections = stats(f)["connections"]
        finally:
            crowd.close()
    return {"hostile": n, "from": "many addresses" if source is many else "one address",
            "heldBeforeCreates": held, "created": created, "of": 20, "slowestSeconds": slowest,
            "reopenedByCrowd": crowd.reopened, "evicted": connections["evicted"],
            "evictedPerAddress": connections["evictedPerAddress"], "refused": connections["refused"]}


def crowds():
    return {
        "idleManyAddresses": scenario("idle", IDLE, many),
        "trickleManyAddresses": scenario("trickle", TRICKLE, many),
        "idleOneAddress": scenario("idle", IDLE, one),
        "trickleOneAddress": scenario("trickle", TRICKLE, one),
    }


def bounds(report):
    out = {}
    for name, r in report.items():
        out[f"{name}: at least 19 of 20 creates within 10 s each"] = r["created"] >= 19
    for name in ("idleOneAddress", "trickleOneAddress"):
        out[f"{name}: one address holds at most 256 connections"] = report[name]["heldBeforeCreates"] <= 256
    return out
