"""`congdoan fixture`: save a live page and a draft of its expected JSON as a test fixture."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import load_site, project_settings

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
    from ..fixtures import fetch, save_fixture

    site = load_site(args.site)
    user_agent = project_settings().get("USER_AGENT")
    html = fetch(args.url, user_agent)
    directory = Path(args.dir) / (site.slug if site else "generic")
    note = args.note or "Captured live; expected JSON drafted from the code: review it by eye."
    path = save_fixture(directory, args.url, html, site, note, args.name)
    print(f"saved {path} and {path.with_suffix('.json').name}: check every expected field")
    return 0
