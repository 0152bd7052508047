"""`congdoan crawl`: crawl described sites (or one start page, generically) into the archive."""

from __future__ import annotations

import argparse
import logging
import socket
import sys
from pathlib import Path
from urllib.parse import urlsplit

from ..backfill import parse_since
from ..site import Site
from .common import (
    EXIT_NO_NETWORK,
    UsageError,
    described_sites,
    project_settings,
    require_archive,
)
from .running import run_crawl

logger = logging.getLogger(__name__)

NAME = "crawl"


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(NAME, help="crawl sites into the archive")
    parser.add_argument("sites", nargs="*", help="site slugs (default: every described site)")
    parser.add_argument("--start-url", help="start page for the 'generic' spider")
    parser.add_argument("--db", help="archive path (setting ARCHIVE_DB_PATH)")
    parser.add_argument(
        "--since",
        metavar="YYYY-MM-DD",
        help="backfill: walk listings and sitemaps back to this date, with no listing-page "
        "cap, skipping articles already archived (setting ARCHIVE_SINCE)",
    )
    parser.add_argument("-s", "--set", action="append", help="Scrapy setting NAME=VALUE")
    parser.add_argument(
        "--skip-network-check", action="store_true", help="don't resolve hosts before crawling"
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print only errors and the final one-line outcome: no progress, no summary table "
        "(setting ARCHIVE_QUIET)",
    )
    parser.add_argument(
        "--log-file",
        metavar="PATH",
        help="append the log to PATH instead of standard error (setting LOG_FILE); the "
        "summary still goes to standard output",
    )
    return parser


def run(args: argparse.Namespace) -> int:
    overrides = dict(parse_setting(s) for s in args.set or [])
    if args.db:
        overrides["ARCHIVE_DB_PATH"] = args.db
    if args.since:
        overrides["ARCHIVE_SINCE"] = args.since
    if args.log_file:
        overrides["LOG_FILE"] = args.log_file
    if args.quiet:
        overrides["ARCHIVE_QUIET"] = "true"
    if overrides.get("ARCHIVE_SINCE"):
        try:
            overrides["ARCHIVE_SINCE"] = parse_since(overrides["ARCHIVE_SINCE"]).isoformat()
        except ValueError as error:
            raise UsageError(str(error)) from None
    settings = project_settings(overrides)
    if settings.getbool("ARCHIVE_QUIET") and not settings.get("LOG_FILE"):
        # Only errors on the terminal; a log file keeps its level.
        settings.set("LOG_LEVEL", "ERROR", priority="cmdline")
    # A --db that is not an archive (another program's SQLite file, a directory, read-only)
    # is one line here, not Scrapy's 245 lines of traceback later.
    require_archive(settings.get("ARCHIVE_DB_PATH"), may_create=True)
    if settings.get("LOG_FILE"):
        check_log_file(settings.get("LOG_FILE"))
    sites = described_sites(settings)
    names = list(dict.fromkeys(args.sites)) or list(sites)
    unknown = [n for n in names if n not in sites and n != "generic"]
    if unknown:
        raise UsageError(f"unknown site(s) {unknown}; described sites: {', '.join(sites)}")
    if "generic" in names and not args.start_url:
        raise UsageError("the generic spider needs --start-url URL")
    if args.start_url and urlsplit(args.start_url).scheme not in ("http", "https"):
        raise UsageError(f"--start-url must be an http(s) URL, got {args.start_url!r}")
    targets = crawl_targets(names, sites, settings, args.start_url)
    if not args.skip_network_check:
        names = reachable_names(targets)
        if not names:
            hosts = ", ".join(dict.fromkeys(urlsplit(u).hostname or u for u in targets.values()))
            print(
                f"congdoan: cannot resolve {hosts}: no network? Nothing was crawled.",
                file=sys.stderr,
            )
            return EXIT_NO_NETWORK
    return run_crawl(names, settings, args.start_url)


def parse_setting(text: str) -> tuple[str, str]:
    """NAME=VALUE of a -s option as (name, value)."""
    if "=" not in text:
        raise UsageError(f"-s takes NAME=VALUE, got {text!r}")
    name, value = text.split("=", 1)
    return name.strip(), value


def check_log_file(path: str) -> None:
    """UsageError unless the log can be appended to `path` (it is created if missing), so a
    bad --log-file is one line, not Scrapy's traceback."""
    if Path(path).is_dir():
        raise UsageError(f"--log-file {path}: is a directory")
    try:
        with open(path, "a", encoding="utf-8"):
            pass
    except OSError as error:
        raise UsageError(f"--log-file {path}: cannot write: {error.strerror or error}") from None


def crawl_targets(names: list[str], sites: dict[str, Site], settings, start_url) -> dict:
    """The URL each named spider starts from (a mirror's when ARCHIVE_BASE_URLS says so)."""
    base_urls = settings.getdict("ARCHIVE_BASE_URLS")
    return {
        name: start_url if name == "generic" else base_urls.get(name) or sites[name].base_url
        for name in names
    }


def unreachable_hosts(urls: list[str]) -> list[str]:
    """Hosts among `urls` whose names do not resolve (no network, or a typo)."""
    missing = []
    for host in dict.fromkeys(urlsplit(u).hostname or "" for u in urls):
        try:
            socket.getaddrinfo(host, 443)
        except OSError:
            missing.append(host)
    return missing


def reachable_names(targets: dict[str, str]) -> list[str]:
    """The spiders whose start host resolves; says which were skipped."""
    missing = set(unreachable_hosts(list(targets.values())))
    skipped = [n for n, url in targets.items() if urlsplit(url).hostname in missing]
    if skipped and len(skipped) < len(targets):
        logger.warning("skipping %s: cannot resolve %s", ", ".join(skipped), ", ".join(missing))
    return [n for n in targets if n not in skipped]
