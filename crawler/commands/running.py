"""Running spiders in this process, shared by `congdoan crawl` and `congdoan demo`."""

from __future__ import annotations

import logging
import sys

from .locking import locked


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
    """Crawl the named spiders in one process holding the archive's lock; 1 when one of them
    did not finish cleanly, 75 when another run holds the archive."""
    db_path = settings.get("ARCHIVE_DB_PATH", "data/archive.db")
    return locked(db_path, "crawl", lambda: _run_crawl(names, settings, start_url))


def _run_crawl(names: list[str], settings, start_url: str | None = None) -> int:
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
