"""`congdoan demo`: crawl the bundled sample mirror on 127.0.0.1 with the real spiders."""

from __future__ import annotations

import argparse
import logging
import shlex
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..mirror import serving
from .common import UsageError, port_number, project_settings, require_archive
from .locking import locked
from .running import run_crawl

NAME = "demo"
# The sample mirror `congdoan demo` serves: tests/mirror/<slug>/ in the source tree.
MIRROR_DIR = Path(__file__).resolve().parents[2] / "tests" / "mirror"
DEMO_FIRST_PORT = 8701

# The live crawl's politeness is for real servers; against our own 127.0.0.1 it only waits.
DEMO_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    # The demo logs through demo_log_handler instead of Scrapy's handler.
    "LOG_ENABLED": False,
}
GENERIC = "generic"


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        NAME, help="offline demo: crawl the bundled sample mirror on 127.0.0.1"
    )
    parser.add_argument("--db", default="data/demo.db", help="archive path (default %(default)s)")
    parser.add_argument("--mirror", default=str(MIRROR_DIR), help="the sample mirror's folder")
    parser.add_argument(
        "--port",
        type=listen_port,
        default=DEMO_FIRST_PORT,
        help="first of the mirror's ports, one per site (default %(default)s); fixed ports "
        "keep article URLs, and so the archive, the same from run to run",
    )
    return parser


def listen_port(text: str) -> int:
    """An argparse type: a port to listen on; 0 lets the system pick free ports (the tests do)."""
    return 0 if text == "0" else port_number(text)


def run(args: argparse.Namespace) -> int:
    mirror = Path(args.mirror)
    if not mirror.is_dir():
        raise UsageError(f"no sample mirror at {mirror} (expected {mirror}/<slug>/ folders)")
    require_archive(args.db, may_create=True)
    return locked(args.db, NAME, lambda: run_demo(mirror, args.db, args.port))


class ArchiveLinesOnly(logging.Filter):
    """The archive's own INFO lines (each rejected page, each cookie challenge) and every
    warning; Scrapy's INFO lines (settings, middleware lists, stats dumps) would bury them."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or not record.name.startswith(
            ("scrapy", "twisted", "py.warnings")
        )


@contextmanager
def demo_logging() -> Iterator[None]:
    """Log INFO and up to stderr, one short line each, through ArchiveLinesOnly."""
    handler = logging.StreamHandler()
    handler.setLevel(logging.INFO)
    handler.addFilter(ArchiveLinesOnly())
    handler.setFormatter(logging.Formatter("%(levelname)-7s %(name)s: %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def demo_settings(db_path: str, base_urls: dict[str, str]) -> dict:
    """Settings overrides that point the described sites' spiders at the mirror."""
    return {**DEMO_SETTINGS, "ARCHIVE_DB_PATH": db_path, "ARCHIVE_BASE_URLS": base_urls}


def serve_commands(db_path: str) -> list[str]:
    """The commands that open the archive in Datasette."""
    db = shlex.quote(db_path)
    return [
        f"make serve DB={db}",
        f".venv/bin/datasette serve {db} --metadata storage/metadata.yml -h 127.0.0.1 -p 8001",
    ]


def run_demo(mirror: Path, db_path: str, first_port: int) -> int:
    """Serve the mirror, crawl every mirrored site into `db_path` (run_crawl prints the
    run's summary), say how to explore the archive."""
    with serving(mirror, first_port) as urls, demo_logging():
        generic_url = urls.pop(GENERIC, None)
        settings = project_settings(demo_settings(db_path, urls))
        names = list(urls) + ([GENERIC] if generic_url else [])
        where = ", ".join(f"{n} at {urls.get(n, generic_url)}" for n in names)
        print(f"Crawling the sample mirror: {where}", flush=True)
        status = run_crawl(names, settings, start_url=f"{generic_url}/" if generic_url else None)
    print()
    print(f"Archive written to {db_path}. Explore it in Datasette (http://127.0.0.1:8001):")
    for command in serve_commands(db_path):
        print(f"  {command}")
    return status
