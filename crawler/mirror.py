"""A static mirror of union-news sites served on 127.0.0.1, for the demo, tests and bench."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

logger = logging.getLogger(__name__)

# Per site: `<mirror>/<slug>/` holds files laid out by URL path, and this file the exceptions.
ROUTES_FILE = "_routes.json"
BASE_URL_MARK = b"{{base_url}}"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
}
NOT_FOUND_PAGE = (
    "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>404</title></head>"
    "<body><h1>Không tìm thấy trang</h1><p><a href='/'>Về trang chủ</a></p></body></html>"
).encode()
# The page laodong.vn answers plain clients with (research/sites.md §2, 2026).
CHALLENGE_PAGE = (
    '<html><body><script>document.cookie="{cookie}"+"; expires=Fri, 01 Jan 2100 00:00:00 GMT;'
    ' path=/";window.location.reload(true);</script></body></html>'
)


@dataclass(frozen=True)
class Route:
    """How the mirror answers one URL that is not a plain file.

    ``challenge`` is a ``NAME=VALUE`` cookie the page demands before serving ``file``;
    with ``always_challenge`` it never accepts it (a challenge the crawler cannot pass).
    """

    status: int = 200
    file: str | None = None
    location: str | None = None
    content_type: str | None = None
    challenge: str | None = None
    always_challenge: bool = False


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def load_routes(site_dir: Path) -> dict[str, Route]:
    """The site's special routes, keyed by URL path (with its query string when it has one)."""
    path = site_dir / ROUTES_FILE
    if not path.is_file():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {target: Route(**spec) for target, spec in raw.items() if not target.startswith("_")}


def file_for(site_dir: Path, url_path: str, routed: bool = False) -> Path | None:
    """The file serving `url_path`: the file itself, or `index.html` in its folder.

    Files named ``_*`` are served only through a route (`routed`), never at their own path.
    """
    relative = unquote(url_path).lstrip("/")
    candidate = (site_dir / relative).resolve()
    if not candidate.is_relative_to(site_dir.resolve()):
        return None
    if candidate.is_dir():
        candidate = candidate / "index.html"
    if candidate.is_file() and (routed or not candidate.name.startswith("_")):
        return candidate
    return None


def content_type_of(path: Path) -> str:
    return CONTENT_TYPES.get(path.suffix.lower(), "text/html; charset=utf-8")


def has_cookie(cookie_header: str | None, expected: str) -> bool:
    """Whether the request's Cookie header carries the ``NAME=VALUE`` pair `expected`."""
    name, _, value = expected.partition("=")
    jar = SimpleCookie()
    try:
        jar.load(cookie_header or "")
    except CookieError:
        return False
    return name in jar and jar[name].value == value


def resolve(
    site_dir: Path,
    routes: Mapping[str, Route],
    target: str,
    cookie_header: str | None = None,
    base_url: str = "",
) -> Reply:
    """The mirror's answer to a GET of `target` (path and query): pure, no sockets.

    ``{{base_url}}`` in a text file becomes `base_url`, so feeds and sitemaps can hold the
    absolute URLs real ones have, whatever port the mirror is served on.
    """
    parts = urlsplit(target)
    route = routes.get(target) or routes.get(parts.path) or Route()
    passed = route.challenge and has_cookie(cookie_header, route.challenge)
    if route.challenge and (route.always_challenge or not passed):
        body = CHALLENGE_PAGE.format(cookie=route.challenge).encode()
        return Reply(200, body, {"Content-Type": "text/html; charset=utf-8"})
    if route.location:
        return Reply(route.status, b"", {"Location": route.location})
    path = file_for(site_dir, route.file or parts.path, routed=bool(route.file))
    if path is None:
        status = route.status if route.status != 200 else 404
        return Reply(status, NOT_FOUND_PAGE, {"Content-Type": "text/html; charset=utf-8"})
    content_type = route.content_type or content_type_of(path)
    body = path.read_bytes()
    if content_type.startswith(("text/", "application/rss", "application/xml")):
        body = body.replace(BASE_URL_MARK, base_url.encode("ascii"))
    return Reply(route.status, body, {"Content-Type": content_type})


class MirrorHandler(BaseHTTPRequestHandler):
    """Answers GETs from the server's site folder and routes."""

    server: MirrorServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        server = self.server
        reply = resolve(
            server.site_dir, server.routes, self.path, self.headers["Cookie"], server.base_url
        )
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        logger.debug("%s " + format, self.server.site_dir.name, *args)


class MirrorServer(ThreadingHTTPServer):
    """One mirrored site on one port; `base_url` is what ARCHIVE_BASE_URLS points at."""

    daemon_threads = True

    def __init__(self, site_dir: Path, port: int = 0) -> None:
        self.site_dir = Path(site_dir)
        self.routes = load_routes(self.site_dir)
        super().__init__(("127.0.0.1", port), MirrorHandler)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


def site_dirs(mirror_dir: Path) -> dict[str, Path]:
    """The mirrored sites in `mirror_dir`, by slug (folder name), in name order."""
    return {p.name: p for p in sorted(Path(mirror_dir).iterdir()) if p.is_dir()}


def start_server(site_dir: Path, port: int = 0) -> MirrorServer:
    """Serve one site folder in a background thread; port 0 picks a free port."""
    server = MirrorServer(site_dir, port)
    thread = threading.Thread(target=server.serve_forever, name=f"mirror-{site_dir.name}")
    thread.daemon = True
    thread.start()
    return server


def start_server_near(site_dir: Path, port: int) -> MirrorServer:
    """Serve on `port` when it is free, else on any free port (and say so)."""
    try:
        return start_server(site_dir, port)
    except OSError:
        logger.warning("port %d is busy; serving %s on a free port instead", port, site_dir.name)
        return start_server(site_dir, 0)


@contextmanager
def serving(mirror_dir: Path, first_port: int = 0) -> Iterator[dict[str, str]]:
    """Serve every site of the mirror, one port each; yields {slug: base URL}.

    With `first_port`, sites get consecutive ports from it in slug order, so their URLs
    (the archive's keys) stay the same from one run to the next.
    """
    with ExitStack() as stack:
        urls = {}
        for offset, (slug, site_dir) in enumerate(site_dirs(mirror_dir).items()):
            port = first_port + offset if first_port else 0
            server = start_server_near(site_dir, port) if port else start_server(site_dir)
            stack.callback(server.server_close)
            stack.callback(server.shutdown)
            urls[slug] = server.base_url
        yield urls
