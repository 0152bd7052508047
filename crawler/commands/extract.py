"""`congdoan extract`: print the clean article of a saved page as one JSON object."""

from __future__ import annotations

import argparse
import json
import sys

from ..extraction import extract_article
from ..extraction.dates import parse_date
from .common import UsageError, check_page_url, page_site, read_html

NAME = "extract"


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(NAME, help="print the clean article of a saved page")
    parser.add_argument("page", help="a saved HTML file, or - for standard input")
    parser.add_argument("--url", required=True, help="the URL the page was fetched from")
    parser.add_argument("--site", help="site slug (default: found from the URL; 'generic')")
    parser.add_argument("--fetched-at", help="ISO fetch time, anchor for relative dates")
    return parser


def run(args: argparse.Namespace) -> int:
    check_page_url(args.url)
    if args.fetched_at and parse_date(args.fetched_at) is None:
        raise UsageError(f"--fetched-at must be an ISO date-time, got {args.fetched_at!r}")
    html = read_html(args.page)
    site = page_site(args.site, args.url)
    record = extract_article(html, args.url, site, fetched_at=args.fetched_at)
    json.dump(record, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
