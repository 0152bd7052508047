"""ArchivePipeline: writes articles and raw pages to the SQLite archive, and counts the run."""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path

from scrapy.exceptions import DropItem, NotConfigured

from storage import Archive

from .items import ArticleItem, RejectedPage
from .spider import now_iso

logger = logging.getLogger(__name__)


def archive_row(article: dict) -> dict:
    """The archive row of an extraction record: keyed by its canonical URL."""
    row = dict(article)
    row["url"] = article.get("canonical_url") or article["url"]
    return row


class RunCounts:
    """The counts of one crawl run, as the `crawls` table stores them."""

    def __init__(self) -> None:
        self.outcomes: Counter[str] = Counter()
        self.rejected: Counter[str] = Counter()
        self.errors = 0

    def as_record(self) -> dict:
        return {
            "fetched": sum(self.outcomes.values()) + sum(self.rejected.values()),
            "new": self.outcomes["new"],
            "updated": self.outcomes["updated"],
            "unchanged": self.outcomes["unchanged"],
            "rejected_reasons": dict(self.rejected),
            "errors": self.errors,
        }


class ArchivePipeline:
    """Batches ArticleItems into the archive; RejectedPages are counted, never stored as articles.

    Settings: ``ARCHIVE_ENABLED`` (default True), ``ARCHIVE_DB_PATH`` (default
    data/archive.db), ``ARCHIVE_BATCH_SIZE`` (articles per transaction, default 50).
    """

    def __init__(self, db_path: str, batch_size: int = 50, crawler=None) -> None:
        self.db_path = db_path
        self.batch_size = batch_size
        self.crawler = crawler
        self.batch: list[tuple[dict, dict]] = []
        self.counts = RunCounts()
        self.archive: Archive | None = None
        self.crawl_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("ARCHIVE_ENABLED", True):
            raise NotConfigured("ARCHIVE_ENABLED is off")
        return cls(
            db_path=settings.get("ARCHIVE_DB_PATH", "data/archive.db"),
            batch_size=settings.getint("ARCHIVE_BATCH_SIZE", 50),
            crawler=crawler,
        )

    @property
    def site(self) -> str:
        spider = self.crawler.spider
        return getattr(getattr(spider, "site", None), "slug", None) or spider.name

    def open_spider(self) -> None:
        Path(self.db_path).parent.mkdir(parents=True, exist_ok=True)
        self.archive = Archive(self.db_path)
        site = getattr(self.crawler.spider, "site", None)
        if site is not None:
            self.archive.upsert_sites([site.as_record()])
        self.crawl_id = self.archive.start_crawl(self.site, now_iso())

    def process_item(self, item):
        if isinstance(item, RejectedPage):
            self.counts.rejected[item.reason] += 1
            self._stat(f"archive/rejected/{item.reason}")
            raise DropItem(f"rejected {item.url}: {item.reason}")
        if isinstance(item, ArticleItem):
            article, page = item.as_dicts()
            page["crawl_id"] = self.crawl_id
            self.batch.append((archive_row(article), page))
            if len(self.batch) >= self.batch_size:
                self.flush()
        return item

    def flush(self) -> None:
        """Write the pending batch in one transaction; a failure loses the batch, not the file."""
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        try:
            outcomes = self.archive.save_articles(batch, now_iso(), self.crawl_id)
        except Exception:
            logger.exception("could not save %d articles; the batch was rolled back", len(batch))
            self.counts.errors += len(batch)
            return
        for outcome in outcomes:
            self.counts.outcomes[outcome] += 1
            self._stat(f"archive/articles_{outcome}")

    def close_spider(self) -> None:
        self.flush()
        stats = self.crawler.stats
        self.counts.errors += stats.get_value("spider_exceptions/count", 0) or 0
        self.counts.errors += stats.get_value("downloader/exception_count", 0) or 0
        self.archive.finish_crawl(self.crawl_id, self.counts.as_record(), now_iso())
        self.archive.close()

    def _stat(self, key: str) -> None:
        self.crawler.stats.inc_value(key)
