"""`congdoan check-live`: fetch each site's first section and article, report what matches."""

from __future__ import annotations

import argparse
import sys

from .common import (
    EXIT_FAILED,
    EXIT_NO_NETWORK,
    UsageError,
    check_http_url,
    described_sites,
    project_settings,
    spider_loader,
)

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
    if args.base_url:
        check_http_url(args.base_url, "--base-url")
    user_agent = settings.get("USER_AGENT")
    loader = spider_loader(settings)
    failed = unreachable = 0
    for name in names:
        spider = loader.load(name)(base_url=args.base_url)
        try:
            check = check_site(spider, lambda url: fetch(url, user_agent))
        except OSError as error:
            # A server that answered with an error (FetchError.reached) is a site to look at;
            # no answer at all, from every site, is no network.
            reached = getattr(error, "reached", False)
            print(f"== {name}\nPROBLEM  {error}")
            failed += reached
            unreachable += not reached
            continue
        print("\n".join(format_check(check)))
        failed += bool(check.problems)
    if unreachable == len(names):
        print("congdoan: no site could be reached: no network?", file=sys.stderr)
        return EXIT_NO_NETWORK
    return EXIT_FAILED if failed or unreachable else 0
