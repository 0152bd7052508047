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
from .extraction.dates import parse_date
from .site import Site

logger = logging.getLogger(__name__)

# The sample mirror `congdoan demo` serves: tests/mirror/<slug>/ in the source tree.
MIRROR_DIR = Path(__file__).resolve().parent.parent / "tests" / "mirror"
DEMO_FIRST_PORT = 8701


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


def read_page(name: str) -> bytes:
    """The raw bytes of a saved page, or of standard input for "-"."""
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    if not path.is_file():
        raise UsageError(f"no such file: {path}")
    return path.read_bytes()


def cmd_extract(args: argparse.Namespace) -> int:
    if urlsplit(args.url).scheme not in ("http", "https"):
        raise UsageError(f"--url must be the page's http(s) address, got {args.url!r}")
    if args.fetched_at and parse_date(args.fetched_at) is None:
        raise UsageError(f"--fetched-at must be an ISO date-time, got {args.fetched_at!r}")
    html = read_page(args.page)
    site = load_site(args.site) if args.site else site_for_url(args.url)
    record = extract_article(html, args.url, site, fetched_at=args.fetched_at)
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


def cmd_check_live(args: argparse.Namespace) -> int:
    from .fixtures import fetch
    from .livecheck import check_site, format_check

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


def cmd_reextract(args: argparse.Namespace) -> int:
    from storage import Archive

    from .reextract import reextract

    path = Path(args.db or project_settings().get("ARCHIVE_DB_PATH"))
    if not path.is_file():
        raise UsageError(f"no archive at {path}")
    if args.site:
        load_site(args.site)
    with Archive(path) as archive:
        outcomes = reextract(archive, described_sites(), args.site)
    summary = ", ".join(f"{n} {k}" for k, n in sorted(outcomes.items())) or "no articles"
    print(f"re-extracted {path}: {summary}")
    return 1 if outcomes["failed"] else 0


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


def crawl_targets(names: list[str], sites: dict[str, Site], settings, start_url) -> dict:
    """The URL each named spider starts from (a mirror's when ARCHIVE_BASE_URLS says so)."""
    base_urls = settings.getdict("ARCHIVE_BASE_URLS")
    return {
        name: start_url if name == "generic" else base_urls.get(name) or sites[name].base_url
        for name in names
    }


def reachable_names(targets: dict[str, str]) -> list[str]:
    """The spiders whose start host resolves; says which were skipped."""
    missing = set(unreachable_hosts(list(targets.values())))
    skipped = [n for n, url in targets.items() if urlsplit(url).hostname in missing]
    if skipped and len(skipped) < len(targets):
        logger.warning("skipping %s: cannot resolve %s", ", ".join(skipped), ", ".join(missing))
    return [n for n in targets if n not in skipped]


def cmd_crawl(args: argparse.Namespace) -> int:
    overrides = dict(parse_setting(s) for s in args.set or [])
    if args.db:
        overrides["ARCHIVE_DB_PATH"] = args.db
    settings = project_settings(overrides)
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
            return 3
    return run_crawl(names, settings, args.start_url)


class OneLineErrors(logging.Filter):
    """Drops the traceback from a log record: a failed robots.txt fetch is one line, not 30."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info:
            record.msg = f"{record.msg} ({record.exc_info[0].__name__})"
            record.exc_info = record.exc_text = None
        return True


def crawl_outcome(stats: dict) -> str | None:
    """Why a crawl failed, from its stats; None when it ended by itself or at a set limit."""
    reason = stats.get("finish_reason") or "unknown"
    if reason != "finished" and not reason.startswith("closespider_"):
        return f"stopped ({reason})"
    if not stats.get("response_received_count"):
        return f"no page could be fetched ({stats.get('archive/request_errors', 0)} errors)"
    return None


def run_crawl(names: list[str], settings, start_url: str | None = None) -> int:
    """Crawl the named spiders in one process; 1 when one of them did not finish cleanly."""
    from scrapy.crawler import CrawlerProcess

    process = CrawlerProcess(settings)
    logging.getLogger("scrapy.downloadermiddlewares.robotstxt").addFilter(OneLineErrors())
    # process.crawlers forgets a crawler when it finishes: keep them to read their stats.
    crawlers = {name: process.create_crawler(name) for name in names}
    for name, crawler in crawlers.items():
        kwargs = {"start_url": start_url} if name == "generic" else {}
        process.crawl(crawler, **kwargs)
    process.start()
    outcomes = {name: crawl_outcome(c.stats.get_stats()) for name, c in crawlers.items()}
    failed = {name: outcome for name, outcome in outcomes.items() if outcome}
    for name, outcome in failed.items():
        print(f"congdoan: {name}: {outcome}", file=sys.stderr)
    return 1 if failed else 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import run_demo

    mirror = Path(args.mirror)
    if not mirror.is_dir():
        raise UsageError(f"no sample mirror at {mirror} (expected {mirror}/<slug>/ folders)")
    return run_demo(mirror, args.db, args.port)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="congdoan", description="Crawl and archive Vietnamese trade-union news."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="print the clean article of a saved page")
    extract.add_argument("page", help="a saved HTML file, or - for standard input")
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

    live = commands.add_parser(
        "check-live", help="(network) check each site's listing and article selectors live"
    )
    live.add_argument("sites", nargs="*", help="site slugs (default: every described site)")
    live.add_argument("--base-url", help="check a mirror of the one named site instead")
    live.set_defaults(func=cmd_check_live)

    again = commands.add_parser(
        "reextract", help="re-extract archived pages with the current code (no fetching)"
    )
    again.add_argument("--db", help="archive path (default: setting ARCHIVE_DB_PATH)")
    again.add_argument("--site", help="only this site's articles")
    again.set_defaults(func=cmd_reextract)

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

    demo = commands.add_parser(
        "demo", help="offline demo: crawl the bundled sample mirror on 127.0.0.1"
    )
    demo.add_argument("--db", default="data/demo.db", help="archive path (default %(default)s)")
    demo.add_argument("--mirror", default=str(MIRROR_DIR), help="the sample mirror's folder")
    demo.add_argument(
        "--port",
        type=int,
        default=DEMO_FIRST_PORT,
        help="first of the mirror's ports, one per site (default %(default)s); fixed ports "
        "keep article URLs, and so the archive, the same from run to run",
    )
    demo.set_defaults(func=cmd_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except UsageError as error:
        print(f"congdoan: {error}", file=sys.stderr)
        return 2
