"""`congdoan reextract`: re-extract the archived pages with the current code (no fetching)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import described_sites, load_site, project_settings, require_archive
from .locking import locked

NAME = "reextract"


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        NAME, help="re-extract archived pages with the current code (no fetching)"
    )
    parser.add_argument("--db", help="archive path (default: setting ARCHIVE_DB_PATH)")
    parser.add_argument("--site", help="only this site's articles")
    return parser


def run(args: argparse.Namespace) -> int:
    from storage import Archive

    from ..reextract import reextract

    path = Path(args.db or project_settings().get("ARCHIVE_DB_PATH"))
    # Never turn someone else's SQLite file, an empty file or a directory into an archive.
    require_archive(path)
    if args.site:
        load_site(args.site)
    sites = described_sites()

    def run_locked() -> int:
        # Under the archive lock: a crawl cannot write meanwhile; Datasette may keep reading.
        with Archive(path) as archive:
            outcomes = reextract(archive, sites, args.site)
        summary = ", ".join(f"{n} {k}" for k, n in sorted(outcomes.items())) or "no articles"
        print(f"re-extracted {path}: {summary}")
        return 1 if outcomes["failed"] else 0

    return locked(path, NAME, run_locked)
