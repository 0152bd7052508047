"""ArchivePipeline: writes articles and raw pages to the SQLite archive, and counts the run."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.asyncio import create_looping_call

from storage import Archive
from storage.health import HealthTally
from storage.transactions import immediate

from .items import ArticleItem, ArticleSeen, RejectedPage
from .keys import Hosts, keyed_article, site_hosts
from .limits import MAX_BODY_CHARS, capped_article
from .middlewares import rejected_while_downloading
from .spider import now_iso
from .unionstats import with_figures
from .writer import ArchiveWriter, PendingWrites

logger = logging.getLogger(__name__)


def archive_row(
    article: dict, hosts: Hosts = frozenset(), max_body_chars: int = MAX_BODY_CHARS
) -> dict:
    """The archive row of an extraction record: keyed by its canonical URL when the page may
    name it (crawler.keys: same origin, or one of the site's `hosts`), text within its caps
    (crawler.limits), with the union statistics of that text (crawler.unionstats)."""
    return with_figures(capped_article(keyed_article(article, hosts), max_body_chars))


def run_notes(stats: dict) -> str | None:
    """What else happened in a run, from Scrapy's stats, as one line for `crawls.notes`."""
    notes = []
    if forbidden := stats.get("robotstxt/forbidden"):
        notes.append(f"robots.txt forbade {forbidden} URL(s)")
    if answered := stats.get("cookie_challenge/retried"):
        notes.append(f"{answered} cookie challenge(s) retried with the cookie")
    return "; ".join(notes) or None


class RunCounts:
    """The counts of one crawl run, as the `crawls` table stores them."""

    def __init__(self) -> None:
        self.outcomes: Counter[str] = Counter()
        self.rejected: Counter[str] = Counter()
        self.errors = 0

    def as_record(self) -> dict:
        return {
            "fetched": sum(self.outcomes.values()) + sum(self.rejected.values()) + self.errors,
            "new": self.outcomes["new"],
            "updated": self.outcomes["updated"],
            "unchanged": self.outcomes["unchanged"],
            "rejected_reasons": dict(sorted(self.rejected.items())),
            "errors": self.errors,
        }


class ArchivePipeline:
    """Batches ArticleItems into the archive; RejectedPages are counted and their responses kept
    in `pages` with the reason, never stored as articles.

    Settings: ``ARCHIVE_ENABLED`` (default True), ``ARCHIVE_DB_PATH`` (default
    data/archive.db), ``ARCHIVE_BATCH_SIZE`` (articles per transaction, default 50),
    ``ARCHIVE_FLUSH_SECONDS`` (the longest an article waits for its batch, default 2),
    ``ARCHIVE_MAX_BODY_CHARS`` (an article's body is cut beyond it, with a warning; default
    200,000). An article is keyed by its canonical URL only when crawler.keys trusts it.
    Writes run on the ArchiveWriter's thread, overlapping with the crawl.
    A batch is written when it is full or when its oldest article has waited
    ARCHIVE_FLUSH_SECONDS, so a killed run loses only its last seconds of work.
    At the start, runs that were killed (`running` rows of processes that are gone) are
    marked `killed`. The run's `crawls` row is finished when the spider closes, with Scrapy's
    close reason ("finished", "closespider_pagecount", "shutdown", ...) as its status and the
    run's health figures (storage.health).
    """

    def __init__(
        self,
        db_path: str,
        batch_size: int = 50,
        crawler=None,
        flush_seconds: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
        max_body_chars: int = MAX_BODY_CHARS,
    ) -> None:
        self.db_path = db_path
        self.max_body_chars = max_body_chars
        self.batch_size = batch_size
        self.crawler = crawler
        self.flush_seconds = flush_seconds
        self.clock = clock
        self.batch: list[tuple[dict, dict]] = []
        # Archived articles a re-check found unchanged: their last_seen_at moves with the batch.
        self.seen: list[str] = []
        self.batch_started: float | None = None
        self.counts = RunCounts()
        self.health = HealthTally()
        self.writer: ArchiveWriter | None = None
        self.pending: PendingWrites | None = None
        self.crawl_id: int | None = None
        self.flusher = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("ARCHIVE_ENABLED", True):
            raise NotConfigured("ARCHIVE_ENABLED is off")
        pipeline = cls(
            db_path=settings.get("ARCHIVE_DB_PATH", "data/archive.db"),
            batch_size=settings.getint("ARCHIVE_BATCH_SIZE", 50),
            crawler=crawler,
            flush_seconds=settings.getfloat("ARCHIVE_FLUSH_SECONDS", 2.0),
            max_body_chars=settings.getint("ARCHIVE_MAX_BODY_CHARS", MAX_BODY_CHARS),
        )
        crawler.signals.connect(pipeline.spider_opened, signal=signals.spider_opened)
        # spider_closed comes after close_spider and carries the close reason.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    @property
    def site(self) -> str:
        return self.site_record["slug"]

    @property
    def site_record(self) -> dict:
        spider = self.crawler.spider
        return getattr(spider, "site_record", None) or {"slug": spider.name}

    @property
    def key_hosts(self) -> frozenset[str]:
        """Hosts whose canonical URLs may key this crawl's articles: the described site's
        base URL's (and www. variant), the generic spider's start page's (crawler.keys)."""
        start_url = getattr(self.crawler.spider, "start_url", None)
        return site_hosts(self.site_record.get("base_url"), start_url)

    def open_spider(self) -> None:
        Path(self.db_path).parent.mkdir(parents=True, exist_ok=True)
        self.writer = ArchiveWriter.for_path(self.db_path)
        self.pending = PendingWrites(self.writer)
        site, started_at = self.site_record, now_iso()

        open_crawls = self.writer.open_crawls

        def start(archive: Archive) -> tuple[list[dict], int]:
            # The writer holds the archive lock: runs still `running` but this process's are dead.
            killed = archive.mark_killed_crawls(started_at, keep=open_crawls)
            archive.upsert_sites([site])
            crawl_id = archive.start_crawl(site["slug"], started_at)
            open_crawls.add(crawl_id)
            return killed, crawl_id

        killed, self.crawl_id = self.writer.call(start)
        for row in killed:
            logger.warning(
                "crawl %d of %s (started %s, pid %s on %s) was left running by a process "
                "that is gone: marked killed",
                *(row[k] for k in ("id", "site", "started_at", "pid", "host")),
            )
        logger.info("archiving %s into %s (crawl %d)", self.site, self.db_path, self.crawl_id)

    def spider_opened(self) -> None:
        """Flush on a timer too: a slow crawl may fetch one article a minute."""
        self.flusher = create_looping_call(self.flush_if_due)
        self.flusher.start(min(1.0, self.flush_seconds / 2), now=False)

    def process_item(self, item):
        if isinstance(item, RejectedPage):
            self.counts.rejected[item.reason] += 1
            self._stat(f"archive/rejected/{item.reason}")
            detail = f" ({item.detail})" if item.detail else ""
            logger.info("rejected %s: %s%s", item.url, item.reason, detail)
            self.save_rejected(item)
            # Logged above in one line; Scrapy's own "Dropped:" line repeats the item.
            raise DropItem(f"rejected: {item.reason}", log_level="DEBUG")
        if isinstance(item, ArticleItem):
            article, page = item.as_dicts()
            page["crawl_id"] = self.crawl_id
            self.health.add(article)
            self._start_batch()
            self.batch.append((archive_row(article, self.key_hosts, self.max_body_chars), page))
        elif isinstance(item, ArticleSeen):
            self._start_batch()
            self.seen.append(item.url)
        else:
            return item
        if len(self.batch) + len(self.seen) >= self.batch_size or self.flush_due():
            self.flush()
        return item

    def _start_batch(self) -> None:
        if not self.batch and not self.seen:
            self.batch_started = self.clock()

    def flush_due(self) -> bool:
        """Whether the oldest article of the batch has waited ARCHIVE_FLUSH_SECONDS."""
        waiting = bool(self.batch or self.seen)
        return waiting and self.clock() - self.batch_started >= self.flush_seconds

    def flush_if_due(self) -> None:
        if self.flush_due():
            self.flush()

    def save_rejected(self, item: RejectedPage) -> None:
        """Keep the rejected response in `pages` (evidence of what the site answered)."""
        if item.page is None:
            return
        page = {**item.page, "crawl_id": self.crawl_id}
        self._record(self.pending.submit(lambda archive: archive.save_page(page), item.url))

    def flush(self) -> None:
        """Queue the pending batch: one transaction; a failure loses the batch, not the file."""
        if not self.batch and not self.seen:
            return
        batch, seen = self.batch, self.seen
        self.batch, self.seen, self.batch_started = [], [], None
        seen_at, crawl_id = now_iso(), self.crawl_id

        def job(archive: Archive) -> list[str]:
            with immediate(archive.db):
                saved = archive.save_articles(batch, seen_at, crawl_id) if batch else []
                return saved + archive.mark_seen(seen, seen_at)

        self._record(self.pending.submit(job, [*batch, *seen]))

    def wait(self) -> None:
        """Wait until everything queued is in the archive (and counted)."""
        self._record(self.pending.drain())

    def _record(self, finished) -> None:
        """Count the outcome of finished writes: articles saved, or a failed batch or page."""
        for tag, future in finished:
            error = future.exception()
            if isinstance(tag, str):  # a rejected page, by URL
                if error is not None:
                    logger.error("could not keep the rejected page %s: %s", tag, error)
                    self.counts.errors += 1
                continue
            if error is not None:
                logger.error(
                    "could not save %d articles; the batch was rolled back: %s", len(tag), error
                )
                self.counts.errors += len(tag)
                self._stat("archive/save_errors", len(tag))
                continue
            for outcome in future.result():
                self.counts.outcomes[outcome] += 1
                self._stat(f"archive/articles_{outcome}")

    def close_spider(self) -> None:
        if self.flusher is not None and self.flusher.running:
            self.flusher.stop()
        if self.writer is None:  # the archive never opened (another run holds it)
            return
        self.flush()
        self.wait()

    def spider_closed(self, spider, reason: str) -> None:
        if self.writer is None:
            return
        stats = self.crawler.stats.get_stats()
        # Responses the downloader turned away (crawler.middlewares) are rejections too.
        self.counts.rejected.update(rejected_while_downloading(stats))
        record = self.counts.as_record()
        # Failed requests (no response) and crashed callbacks are errors, not fetched pages.
        record["errors"] += stats.get("spider_exceptions/count", 0)
        record["errors"] += stats.get("archive/request_errors", 0)
        record["status"] = reason
        record["notes"] = run_notes(stats)
        record.update(self.health.as_record())
        finished_at, crawl_id, open_crawls = now_iso(), self.crawl_id, self.writer.open_crawls

        def finish(archive: Archive) -> None:
            try:
                archive.finish_crawl(crawl_id, record, finished_at)
            finally:
                open_crawls.discard(crawl_id)

        try:
            self.writer.call(finish)
        except Exception as error:
            # The row stays `running`; the next run marks it killed. The lock is released below.
            logger.error("could not close crawl %s in the archive: %s", self.crawl_id, error)
        finally:
            self.writer.release()
            self.writer = self.pending = None

    def _stat(self, key: str, count: int = 1) -> None:
        self.crawler.stats.inc_value(key, count)
