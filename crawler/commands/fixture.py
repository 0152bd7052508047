"""`congdoan fixture`: save a live page and a draft of its expected JSON as a test fixture."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import UsageError, fetch_page, load_site, not_html_reason, project_settings

NAME = "fixture"


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(NAME, help="save a live page as a test fixture (network)")
    parser.add_argument("site", help="site slug, or 'generic'")
    parser.add_argument("url", help="the article URL to capture")
    parser.add_argument("--name", help="file stem (default: <date>_<url slug>)")
    parser.add_argument("--dir", default="tests/sites", help="fixture root (tests/sites)")
    parser.add_argument("--note", help="what the page is, for the JSON 'note'")
    return parser


def run(args: argparse.Namespace) -> int:
    from ..fixtures import save_fixture

    site = load_site(args.site)
    if args.name and Path(args.name).name != args.name:
        raise UsageError(f"--name is a file stem without folders, got {args.name!r}")
    user_agent = project_settings().get("USER_AGENT")
    html = fetch_page(args.url, user_agent)
    if reason := not_html_reason(html):
        raise UsageError(f"{args.url}: not an HTML page ({reason})")
    directory = Path(args.dir) / (site.slug if site else "generic")
    note = args.note or "Captured live; expected JSON drafted from the code: review it by eye."
    try:
        path = save_fixture(directory, args.url, html, site, note, args.name)
    except FileExistsError as error:
        raise UsageError(str(error)) from None
    except OSError as error:
        raise UsageError(f"cannot write {error.filename}: {error.strerror}") from None
    print(f"saved {path} and {path.with_suffix('.json').name}: check every expected field")
    return 0
