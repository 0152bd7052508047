"""The `congdoan` command: builds the parser from the command modules and dispatches."""

from __future__ import annotations

import argparse
import sys

from .commands import COMMANDS
from .commands.common import (
    UsageError,
    described_sites,
    load_site,
    project_settings,
    read_page,
    site_for_url,
    spider_loader,
)
from .commands.running import crawl_outcome, run_crawl

# build_parser and main, and the shared helpers tests and scripts have long imported from here.
__all__ = [
    "UsageError",
    "build_parser",
    "crawl_outcome",
    "described_sites",
    "load_site",
    "main",
    "project_settings",
    "read_page",
    "run_crawl",
    "site_for_url",
    "spider_loader",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="congdoan", description="Crawl and archive Vietnamese trade-union news."
    )
    subparsers = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.add_parser(subparsers).set_defaults(run=command.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except UsageError as error:
        print(f"congdoan: {error}", file=sys.stderr)
        return 2
