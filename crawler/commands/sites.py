"""`congdoan sites`: list the described sites and their layouts."""

from __future__ import annotations

import argparse

from .common import described_sites

NAME = "sites"


def add_parser(subparsers) -> argparse.ArgumentParser:
    return subparsers.add_parser(NAME, help="list the described sites")


def run(args: argparse.Namespace) -> int:
    for slug, site in described_sites().items():
        layouts = ", ".join(layout.name for layout in site.layouts)
        print(f"{slug:20} {site.base_url:28} {site.name} [{layouts}]")
    return 0
