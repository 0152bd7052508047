"""The `congdoan` command: extract a saved page, list sites, crawl into the archive."""

from __future__ import annotations

import argparse
import json
import logging
import socket
import sys
from pathlib import Path
from urllib.parse import urlsplit

from .extraction import extract_article
from .site import Site

logger = logging.getLogger(__name__)


class UsageError(Exception):
    """A bad argument: reported in one line, exit status 2."""


def project_settings(overrides: dict | None = None):
    """Scrapy's project settings (crawler.settings) with command-line overrides applied."""
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    if not settings.get("SPIDER_MODULES"):
        settings.setmodule("crawler.settings", priority="project")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def spider_loader(settings=None):
    """Scrapy's SpiderLoader: how crawler code finds sites by slug without importing spiders/."""
    from scrapy.spiderloader import SpiderLoader

    return SpiderLoader.from_settings(settings or project_settings())


def described_sites(settings=None) -> dict[str, Site]:
    """Every described site, by slug, in name order."""
    loader = spider_loader(settings)
    sites = {}
    for name in sorted(loader.list()):
        site = getattr(loader.load(name), "site", None)
        if site is not None:
            sites[name] = site
    return sites


def load_site(slug: str | None) -> Site | None:
    """The description of `slug`; None for "generic" or no slug; UsageError when unknown."""
    if not slug or slug == "generic":
        return None
    sites = described_sites()
    if slug not in sites:
        raise UsageError(f"unknown site {slug!r}; described sites: {', '.join(sites)}")
    return sites[slug]


def site_for_url(url: str) -> Site | None:
    """The described site whose host serves `url`, if any."""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    for site in described_sites().values():
        site_host = (urlsplit(site.base_url).hostname or "").removeprefix("www.")
        if host == site_host:
            return site
    return None


def cmd_extract(args: argparse.Namespace) -> int:
    path = Path(args.page)
    if not path.is_file():
        raise UsageError(f"no such file: {path}")
    site = load_site(args.site) if args.site else site_for_url(args.url)
    record = extract_article(path.read_bytes(), args.url, site, fetched_at=args.fetched_at)
    json.dump(record, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def cmd_fixture(args: argparse.Namespace) -> int:
    from .fixtures import fetch, save_fixture

    site = load_site(args.site)
    user_agent = project_settings().get("USER_AGENT")
    html = fetch(args.url, user_agent)
    directory = Path(args.dir) / (site.slug if site else "generic")
    note = args.note or "Captured live; expected JSON drafted from the code: review it by eye."
    path = save_fixture(directory, args.url, html, site, note, args.name)
    print(f"saved {path} and {path.with_suffix('.json').name}: check every expected field")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .fixtures import fetch, selector_report

    site = load_site(args.site)
    if site is None:
        raise UsageError("check needs a described site (--site SLUG)")
    if args.page:
        html = Path(args.page).read_bytes()
    else:
        html = fetch(args.url, project_settings().get("USER_AGENT"))
    rows = selector_report(html, site)
    for layout, field, selector, value in rows:
        print(f"{layout:26} {field:10} {selector[:50]:50} {value}")
    if not any(layout.endswith("(chosen)") for layout, *_ in rows):
        print(
            "congdoan: no layout of this site matches the page: describe a new one", file=sys.stderr
        )
        return 1
    return 0


def cmd_sites(args: argparse.Namespace) -> int:
    for slug, site in described_sites().items():
        layouts = ", ".join(layout.name for layout in site.layouts)
        print(f"{slug:20} {site.base_url:28} {site.name} [{layouts}]")
    return 0


def unreachable_hosts(urls: list[str]) -> list[str]:
    """Hosts among `urls` whose names do not resolve (no network, or a typo)."""
    missing = []
    for host in dict.fromkeys(urlsplit(u).hostname or "" for u in urls):
        try:
            socket.getaddrinfo(host, 443)
        except OSError:
            missing.append(host)
    return missing


def parse_setting(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise UsageError(f"-s takes NAME=VALUE, got {text!r}")
    name, value = text.split("=", 1)
    return name.strip(), value


def cmd_crawl(args: argparse.Namespace) -> int:
    overrides = dict(parse_setting(s) for s in args.set or [])
    if args.db:
        overrides["ARCHIVE_DB_PATH"] = args.db
    settings = project_settings(overrides)
    sites = described_sites(settings)
    names = args.sites or list(sites)
    unknown = [n for n in names if n not in sites and n != "generic"]
    if unknown:
        raise UsageError(f"unknown site(s) {unknown}; described sites: {', '.join(sites)}")
    if "generic" in names and not args.start_url:
        raise UsageError("the generic spider needs --start-url URL")
    base_urls = settings.getdict("ARCHIVE_BASE_URLS")
    targets = [args.start_url] if "generic" in names else []
    targets += [base_urls.get(n) or sites[n].base_url for n in names if n != "generic"]
    if not args.skip_network_check and (missing := unreachable_hosts(targets)):
        if len(missing) == len(targets):
            print(
                f"congdoan: cannot reach {', '.join(missing)} (name lookup failed): "
                "no network? Nothing was crawled.",
                file=sys.stderr,
            )
            return 3
        logger.warning("skipping unreachable hosts: %s", ", ".join(missing))
    return run_crawl(names, settings, args.start_url)


def run_crawl(names: list[str], settings, start_url: str | None = None) -> int:
    """Crawl the named spiders in one process; non-zero when a spider recorded errors."""
    from scrapy.crawler import CrawlerProcess

    process = CrawlerProcess(settings)
    for name in names:
        kwargs = {"start_url": start_url} if name == "generic" else {}
        process.crawl(name, **kwargs)
    process.start()
    failed = [c for c in process.crawlers if c.stats.get_value("finish_reason") != "finished"]
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="congdoan", description="Crawl and archive Vietnamese trade-union news."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="print the clean article of a saved page")
    extract.add_argument("page", help="a saved HTML file")
    extract.add_argument("--url", required=True, help="the URL the page was fetched from")
    extract.add_argument("--site", help="site slug (default: found from the URL; 'generic')")
    extract.add_argument("--fetched-at", help="ISO fetch time, anchor for relative dates")
    extract.set_defaults(func=cmd_extract)

    sites = commands.add_parser("sites", help="list the described sites")
    sites.set_defaults(func=cmd_sites)

    fixture = commands.add_parser("fixture", help="save a live page as a test fixture (network)")
    fixture.add_argument("site", help="site slug, or 'generic'")
    fixture.add_argument("url", help="the article URL to capture")
    fixture.add_argument("--name", help="file stem (default: <date>_<url slug>)")
    fixture.add_argument("--dir", default="tests/sites", help="fixture root (tests/sites)")
    fixture.add_argument("--note", help="what the page is, for the JSON 'note'")
    fixture.set_defaults(func=cmd_fixture)

    check = commands.add_parser("check", help="show which selectors match a page")
    check.add_argument("--site", required=True, help="site slug")
    source = check.add_mutually_exclusive_group(required=True)
    source.add_argument("--page", help="a saved HTML file")
    source.add_argument("--url", help="a live article URL (network)")
    check.set_defaults(func=cmd_check)

    crawl = commands.add_parser("crawl", help="crawl sites into the archive")
    crawl.add_argument("sites", nargs="*", help="site slugs (default: every described site)")
    crawl.add_argument("--start-url", help="start page for the 'generic' spider")
    crawl.add_argument("--db", help="archive path (setting ARCHIVE_DB_PATH)")
    crawl.add_argument("-s", "--set", action="append", help="Scrapy setting NAME=VALUE")
    crawl.add_argument(
        "--skip-network-check", action="store_true", help="don't resolve hosts before crawling"
    )
    crawl.set_defaults(func=cmd_crawl)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except UsageError as error:
        print(f"congdoan: {error}", file=sys.stderr)
        return 2
