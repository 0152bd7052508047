"""A one-file HTTP server on 127.0.0.1 for tests of commands that fetch: fixed answers by path."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# path -> (status, content type, body)
Routes = dict[str, tuple[int, str, bytes]]


class _Handler(BaseHTTPRequestHandler):
    routes: Routes = {}

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        status, content_type, body = self.routes.get(self.path, (404, "text/html", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        pass


@contextmanager
def serve(routes: Routes) -> Iterator[str]:
    """Serve `routes` on a free port of 127.0.0.1; yields the base URL (no trailing slash)."""
    handler = type("Handler", (_Handler,), {"routes": routes})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def closed_port_url() -> str:
    """The URL of a port on 127.0.0.1 nobody listens on: connecting to it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"
