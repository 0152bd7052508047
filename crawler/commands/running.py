"""Running spiders in this process, shared by `congdoan crawl` and `congdoan demo`: the crawl,
its progress, the summary that ends it, and the exit status its sites' stats decide.

The exit status of a run (the README's table states the same rules):

- 130 when it was interrupted (Ctrl-C or SIGTERM: Scrapy closes its sites with "shutdown");
- 3 when no site got a single answer, robots.txt included, and requests failed: no network;
- 1 when a site failed (crawl_outcome): it stopped before its end, or nothing but robots.txt
  answered with a page (start pages unreachable or all errors, robots.txt disallowing
  everything), or none of its fetched articles could be saved;
- 0 otherwise: a site with nothing new is done, not failed.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping

from ..progress import PAGES_FETCHED, PAGES_HTTP_STATUS, ROBOTS_TXT, ProgressBoard
from ..report import crawl_rows, last_crawl_id, outcome_line, summary_table
from .common import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_NO_NETWORK, EXIT_OK
from .locking import locked

PROGRESS_EXTENSION = "crawler.progress.CrawlProgress"
# Answers at places a site need not serve (the conventional /sitemap.xml): not a failure's cause.
MISSING_STATUSES = {404, 410}
# A request robots.txt forbade ends as this exception: a rule obeyed, not a failed connection.
IGNORED = "scrapy.exceptions.IgnoreRequest"
DOWNLOAD_FAILURES = "downloader/exception_type_count/"

Stats = Mapping[str, object]


class OneLineErrors(logging.Filter):
    """Drops the traceback from a log record: a failed robots.txt fetch is one line, not 30."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info:
            record.msg = f"{record.msg} ({record.exc_info[0].__name__})"
            record.exc_info = record.exc_text = None
        return True


def http_errors(stats: Stats) -> dict[int, int]:
    """The pages (robots.txt aside) that answered with an HTTP error, by status."""
    return {
        int(key.removeprefix(PAGES_HTTP_STATUS)): count
        for key, count in sorted(stats.items())
        if key.startswith(PAGES_HTTP_STATUS)
    }


def download_failures(stats: Stats) -> dict[str, int]:
    """Requests that got no answer (refused, timed out, no such host), by exception name."""
    return {
        key.rsplit(".", 1)[-1]: count
        for key, count in sorted(stats.items())
        if key.startswith(DOWNLOAD_FAILURES) and not key.endswith(IGNORED)
    }


def counted(counts: Mapping, label=str) -> str:
    return ", ".join(f"{label(key)} x{count}" for key, count in counts.items())


def urls(count: int) -> str:
    return f"{count} URL" if count == 1 else f"{count} URLs"


def nothing_fetched(stats: Stats) -> str:
    """Why a site whose crawl fetched no page (robots.txt aside) failed, in one line."""
    forbidden = stats.get("robotstxt/forbidden", 0)
    answers = http_errors(stats)
    failures = download_failures(stats)
    if forbidden and not failures and set(answers) <= MISSING_STATUSES:
        return f"robots.txt disallows everything it was to fetch ({urls(forbidden)} forbidden)"
    if unreached(stats):
        return f"unreachable: no answer ({counted(failures)})"
    what = "nothing fetched but robots.txt" if stats.get(ROBOTS_TXT) else "nothing fetched"
    details = []
    if answers:
        details.append("answers " + counted(answers, lambda status: f"HTTP {status}"))
    if failures:
        details.append("no answer " + counted(failures))
    if forbidden:
        details.append(f"robots.txt forbade {urls(forbidden)}")
    return f"{what}: {'; '.join(details) or 'no page was requested'}"


def crawl_outcome(stats: Stats) -> str | None:
    """Why a site's crawl failed, from its stats; None when it is done.

    Done means it ended by itself or at a set limit (closespider_*) having fetched at least
    one page other than robots.txt; a listing that shows nothing new is done. The
    `archive/pages/*` counts are kept by crawler.progress.CrawlProgress.
    """
    reason = stats.get("finish_reason") or "unknown"
    if reason != "finished" and not reason.startswith("closespider_"):
        return f"stopped ({reason})"
    if not stats.get(PAGES_FETCHED):
        return nothing_fetched(stats)
    saved = sum(stats.get(f"archive/articles_{o}", 0) for o in ("new", "updated", "unchanged"))
    if stats.get("archive/save_errors") and not saved:
        return f"none of its {stats['archive/save_errors']} articles could be saved"
    return None


def unreached(stats: Stats) -> bool:
    """Whether a site never answered at all, not even robots.txt, because requests failed."""
    return not stats.get("response_received_count") and bool(download_failures(stats))


def run_status(stats_by_site: Mapping[str, Stats]) -> int:
    """The exit status of a run, from each site's stats (the rules in this module's docstring)."""
    stats = list(stats_by_site.values())
    if any(s.get("finish_reason") == "shutdown" for s in stats):
        return EXIT_INTERRUPTED
    if stats and all(unreached(s) for s in stats):
        return EXIT_NO_NETWORK
    if any(crawl_outcome(s) for s in stats):
        return EXIT_FAILED
    return EXIT_OK


def run_crawl(names: list[str], settings, start_url: str | None = None) -> int:
    """Crawl the named spiders in one process holding the archive's lock, then print the
    per-site summary (not when ARCHIVE_QUIET) and the outcome line; the exit status by
    run_status, 75 when another run holds the archive."""
    db_path = settings.get("ARCHIVE_DB_PATH", "data/archive.db")
    return locked(db_path, "crawl", lambda: _run_crawl(names, settings, start_url))


def _run_crawl(names: list[str], settings, start_url: str | None) -> int:
    db_path = settings.get("ARCHIVE_DB_PATH", "data/archive.db")
    quiet = settings.getbool("ARCHIVE_QUIET")
    before = last_crawl_id(db_path)
    board = ProgressBoard.for_run(settings, quiet)
    stats = crawl_sites(names, with_progress(settings), start_url, board)
    failures = {name: why for name in names if (why := crawl_outcome(stats[name]))}
    for name, why in failures.items():
        print(f"congdoan: {name}: {why}", file=sys.stderr, flush=True)
    rows = crawl_rows(db_path, after_id=before)
    if not quiet:
        print()
        print(summary_table(rows))
        print()
    print(outcome_line(rows, db_path, len(names), list(failures)), flush=True)
    return run_status(stats)


def with_progress(settings):
    """The settings with CrawlProgress on; Scrapy's own "Crawled N pages" line, which it
    replaces, off unless set on the command line."""
    settings = settings.copy()
    extensions = {**settings.getdict("EXTENSIONS"), PROGRESS_EXTENSION: 0}
    settings.set("EXTENSIONS", extensions, priority="cmdline")
    settings.set("LOGSTATS_INTERVAL", 0, priority="project")
    return settings


def crawl_sites(names: list[str], settings, start_url, board: ProgressBoard) -> dict:
    """Run the named spiders together; each one's final stats, by name."""
    from scrapy.crawler import CrawlerProcess

    process = CrawlerProcess(settings)
    logging.getLogger("scrapy.downloadermiddlewares.robotstxt").addFilter(OneLineErrors())
    # process.crawlers forgets a crawler when it finishes: keep them to read their stats.
    crawlers = {name: process.create_crawler(name) for name in names}
    for name, crawler in crawlers.items():
        crawler.progress_board = board  # read by CrawlProgress.from_crawler
        kwargs = {"start_url": start_url} if name == "generic" else {}
        process.crawl(crawler, **kwargs)
    try:
        process.start()
    finally:
        board.close()
    return {name: crawler.stats.get_stats() for name, crawler in crawlers.items()}
