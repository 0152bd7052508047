"""ArchiveWriter: the archive on a thread of its own, so storage overlaps with crawling."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from storage import Archive
from storage.lock import acquire, release

T = TypeVar("T")


class ArchiveWriter:
    """Runs archive work on one background thread, in submission order.

    The thread owns the SQLite connection (sqlite3 connections stay on the thread that opened
    them). zlib, sha256 and SQLite release the GIL, so on two cores the writes of one batch run
    while Scrapy fetches and extracts the next (tests/bench.py, "Crawl"). Spiders of one
    process that write to the same file share one writer (`for_path`): two connections
    writing at once would fail with "database is locked". The writer holds the archive lock
    (storage.lock) while open: a second process writing to the same archive, even through
    `scrapy crawl`, is refused with ArchiveBusy instead of interleaving with this one.
    """

    _shared: dict[str, ArchiveWriter] = {}
    _lock = threading.Lock()

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self.users = 0
        # The crawls rows its users opened: a new run marks every other `running` row killed.
        self.open_crawls: set[int] = set()
        # Before opening: migrations, too, run under the lock. Re-entrant: a command that
        # took it already (congdoan crawl, demo) keeps its own record in the lock file.
        acquire(db_path, "crawl")
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive")
        self._archive: Archive | None = None
        try:
            # Opened on the writer thread: the connection belongs to the thread that opens it.
            self._executor.submit(self._open).result()
        except BaseException:
            self._executor.shutdown(wait=True)
            release(db_path)
            raise

    @classmethod
    def for_path(cls, db_path: str) -> ArchiveWriter:
        """The process's writer for `db_path`, opened on first use; `release()` when done."""
        key = str(Path(db_path).resolve())
        with cls._lock:
            writer = cls._shared.get(key)
            if writer is None:
                writer = cls._shared[key] = cls(db_path)
            writer.users += 1
            return writer

    def _open(self) -> None:
        self._archive = Archive(self.db_path)

    def submit(self, job: Callable[[Archive], T]) -> Future:
        """Queue `job(archive)` after everything queued before it."""
        return self._executor.submit(lambda: job(self._archive))

    def call(self, job: Callable[[Archive], T]) -> T:
        """Run `job(archive)` after everything queued, and wait for its result."""
        return self.submit(job).result()

    def release(self) -> None:
        """One user less; the last one closes the archive and stops the thread."""
        with self._lock:
            self.users -= 1
            if self.users > 0:
                return
            self._shared.pop(str(Path(self.db_path).resolve()), None)
        try:
            self.call(lambda archive: archive.close())
            self._executor.shutdown(wait=True)
        finally:
            release(self.db_path)


class PendingWrites:
    """One user's queued writes, at most `limit` of them waiting (memory stays flat when the
    disk is slower than the crawl): submitting more waits for the oldest."""

    def __init__(self, writer: ArchiveWriter, limit: int = 2) -> None:
        self.writer = writer
        self.limit = limit
        self._queue: deque[tuple[Future, Any]] = deque()

    def submit(self, job: Callable[[Archive], Any], tag: Any) -> list[tuple[Any, Future]]:
        """Queue `job`; return the (tag, future) pairs finished meanwhile, oldest first."""
        self._queue.append((self.writer.submit(job), tag))
        finished = []
        while self._queue and (self._queue[0][0].done() or len(self._queue) > self.limit):
            future, old_tag = self._queue.popleft()
            future.exception()  # waits for it when the queue is over its limit
            finished.append((old_tag, future))
        return finished

    def drain(self) -> list[tuple[Any, Future]]:
        """Wait for every queued write; return all their (tag, future) pairs."""
        finished = []
        while self._queue:
            future, tag = self._queue.popleft()
            future.exception()
            finished.append((tag, future))
        return finished
