"""`congdoan check-live`: fetch each site's first section and article, report what matches."""

from __future__ import annotations

import argparse
import sys

from .common import UsageError, described_sites, project_settings, spider_loader

NAME = "check-live"


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        NAME, help="(network) check each site's listing and article selectors live"
    )
    parser.add_argument("sites", nargs="*", help="site slugs (default: every described site)")
    parser.add_argument("--base-url", help="check a mirror of the one named site instead")
    return parser


def run(args: argparse.Namespace) -> int:
    from ..fixtures import fetch
    from ..livecheck import check_site, format_check

    settings = project_settings()
    sites = described_sites(settings)
    names = args.sites or list(sites)
    unknown = [n for n in names if n not in sites]
    if unknown:
        raise UsageError(f"unknown site(s) {unknown}; described sites: {', '.join(sites)}")
    if args.base_url and len(names) != 1:
        raise UsageError("--base-url points one site at a mirror: name that one site")
    user_agent = settings.get("USER_AGENT")
    loader = spider_loader(settings)
    failed = unreachable = 0
    for name in names:
        spider = loader.load(name)(base_url=args.base_url)
        try:
            check = check_site(spider, lambda url: fetch(url, user_agent))
        except OSError as error:
            print(f"== {name}\nPROBLEM  cannot fetch: {error}")
            unreachable += 1
            continue
        print("\n".join(format_check(check)))
        failed += bool(check.problems)
    if unreachable == len(names):
        print("congdoan: no site could be fetched: no network?", file=sys.stderr)
        return 3
    return 1 if failed or unreachable else 0
