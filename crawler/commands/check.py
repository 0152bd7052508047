"""`congdoan check`: which of a site's selectors match a page, layout by layout."""

from __future__ import annotations

import argparse
import sys

from .common import UsageError, fetch_page, load_site, not_html_reason, project_settings, read_html

NAME = "check"


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(NAME, help="show which selectors match a page")
    parser.add_argument("--site", required=True, help="site slug")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--page", help="a saved HTML file")
    source.add_argument("--url", help="a live article URL (network)")
    return parser


def run(args: argparse.Namespace) -> int:
    from ..fixtures import selector_report

    site = load_site(args.site)
    if site is None:
        raise UsageError("check needs a described site (--site SLUG)")
    if args.page:
        html = read_html(args.page)
    else:
        html = fetch_page(args.url, project_settings().get("USER_AGENT"))
        if reason := not_html_reason(html):
            raise UsageError(f"{args.url}: not an HTML page ({reason})")
    rows = selector_report(html, site)
    for layout, field, selector, value in rows:
        print(f"{layout:26} {field:10} {selector[:50]:50} {value}")
    if not any(layout.endswith("(chosen)") for layout, *_ in rows):
        print(
            "congdoan: no layout of this site matches the page: describe a new one", file=sys.stderr
        )
        return 1
    return 0
