"""A hostile web server on 127.0.0.1 for the crawl tests: routes are functions, every request
is recorded, and the server stops by itself after its lifetime."""

from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MB = 1024 * 1024


@dataclass
class Reply:
    """What a route answers: a status, headers and a body (bytes, or chunks streamed)."""

    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})
    # Send Content-Length (the length of `body`, or this many bytes when it is streamed).
    length: int | None = None


# A route gets the hit number of its path (1 for the first request) and returns its Reply.
Route = Callable[[int], Reply]


def html(body: str, status: int = 200, **headers: str) -> Route:
    """A route answering `body` as UTF-8 HTML, whatever the hit."""
    encoded = body.encode("utf-8")
    return lambda hit: Reply(status, encoded, {"Content-Type": "text/html", **headers})


def streamed(total: int, chunk: bytes, content_length: bool) -> Route:
    """A route answering `total` bytes made of `chunk`, generated as they are sent (a 50 MB page
    never sits in memory), with or without a Content-Length."""

    def chunks() -> Iterator[bytes]:
        sent = 0
        while sent < total:
            piece = chunk[: total - sent]
            sent += len(piece)
            yield piece

    return lambda hit: Reply(200, chunks(), length=total if content_length else None)


def gzip_bomb(decompressed: int, prefix: bytes = b"<html><body>") -> bytes:
    """`decompressed` bytes of HTML (mostly zeros) gzipped: 64 MB compress to about 64 KB."""
    out = gzip.compress(prefix + b"\0" * (decompressed - len(prefix)), compresslevel=9)
    return out


class _Handler(BaseHTTPRequestHandler):
    server: HostileServer

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        server = self.server
        with server.lock:
            server.hits[self.path] += 1
            hit = server.hits[self.path]
            server.log.append((time.monotonic(), self.headers.get("Host", ""), self.path))
        route = server.routes.get(self.path)
        reply = route(hit) if route else Reply(404, b"not found")
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if isinstance(reply.body, bytes):
            self.send_header("Content-Length", str(len(reply.body)))
        elif reply.length is not None:
            self.send_header("Content-Length", str(reply.length))
        self.end_headers()
        body = [reply.body] if isinstance(reply.body, bytes) else reply.body
        try:
            for piece in body:
                self.wfile.write(piece)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler hung up on a page too large for it: what the test wants

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        pass


class HostileServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, routes: dict[str, Route]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes = routes
        self.lock = threading.Lock()
        self.hits: Counter[str] = Counter()
        # (monotonic time, Host header, path) of every request, in order.
        self.log: list[tuple[float, str, str]] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def times(self, path: str) -> list[float]:
        return [when for when, _, target in self.log if target == path]


@contextmanager
def hostile_server(routes: dict[str, Route], lifetime: float = 120.0) -> Iterator[HostileServer]:
    """Serve `routes` on a free port of 127.0.0.1 until the block ends, or `lifetime` seconds
    at most: the server stops by itself, so a hung crawl cannot keep it up."""
    server = HostileServer(routes)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    watchdog = threading.Timer(lifetime, server.shutdown)
    watchdog.daemon = True
    watchdog.start()
    try:
        yield server
    finally:
        watchdog.cancel()
        server.shutdown()
        server.server_close()
