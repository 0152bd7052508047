"""What a crawl shows while it runs, and the page counts its exit status is judged by.

`CrawlProgress` is a Scrapy extension (`congdoan crawl` and `demo` enable it). For each site it
counts the pages that answered, robots.txt apart, into the crawler's stats, and reports on a
`ProgressBoard` shared by the sites of one run:

- on a terminal (standard error a tty), a live line per site, redrawn in place under the log:
  pages read, articles new / updated / rejected, errors, pages per minute, time since it began;
- in a log (standard error not a tty, or LOG_FILE), the same figures as one INFO line per site
  every ``ARCHIVE_PROGRESS_SECONDS`` (default 60) seconds, and once more when the site ends;
- with ``--quiet``, nothing (the counts are still kept).

Scrapy is imported where it is used: the command-line tool reads the stats keys without it.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

# Stats keys this extension keeps. A "page" is any answer but robots.txt's: a site that gave
# nothing but its robots.txt fetched nothing (issue 8), whoever asked for the file (the
# robots.txt middleware, or a spider reading its Sitemap: lines).
PAGES_FETCHED = "archive/pages/fetched"  # answered below 400 (304 included)
PAGES_HTTP_ERRORS = "archive/pages/http_errors"  # answered 400 or above, after retries
PAGES_HTTP_STATUS = "archive/pages/http_status/"  # + the status: those answers by status
ROBOTS_TXT = "archive/pages/robots_txt"  # robots.txt read: answered below 400

DEFAULT_PROGRESS_SECONDS = 60.0
# A live line is redrawn this often; its rate is taken over the last RATE_WINDOW seconds.
LIVE_REFRESH_SECONDS = 0.5
RATE_WINDOW = 60.0


def is_robots_txt(url: str) -> bool:
    return urlsplit(url).path.endswith("/robots.txt")


def first_url(request) -> str:
    """The URL a request was made for, before redirects (a robots.txt moved to https stays one)."""
    return (request.meta.get("redirect_urls") or [request.url])[0]


@dataclass(frozen=True)
class Figures:
    """A site's counts so far, read from its crawler's stats."""

    pages: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    errors: int = 0


def site_figures(stats: Mapping[str, object]) -> Figures:
    """The progress counts in a crawler's stats (the pipeline's archive/* keys and ours).

    Articles count once written: up to ARCHIVE_FLUSH_SECONDS after their page was read.
    """
    rejected = sum(v for k, v in stats.items() if k.startswith("archive/rejected/"))
    return Figures(
        pages=stats.get(PAGES_FETCHED, 0) + stats.get(PAGES_HTTP_ERRORS, 0),
        new=stats.get("archive/articles_new", 0),
        updated=stats.get("archive/articles_updated", 0),
        unchanged=stats.get("archive/articles_unchanged", 0),
        rejected=rejected,
        errors=stats.get("archive/request_errors", 0) + stats.get("archive/save_errors", 0),
    )


def clock_time(seconds: float) -> str:
    """Elapsed time as m:ss, or h:mm:ss from an hour on."""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Rate:
    """Pages per minute over the last RATE_WINDOW seconds, from (time, pages) samples."""

    def __init__(self, started: float) -> None:
        self.samples: deque[tuple[float, int]] = deque([(started, 0)])

    def add(self, now: float, pages: int) -> float | None:
        """Record a sample; the rate since the oldest one in the window (None: too soon)."""
        self.samples.append((now, pages))
        while len(self.samples) > 2 and now - self.samples[1][0] >= RATE_WINDOW:
            self.samples.popleft()
        then, before = self.samples[0]
        if now - then < 1.0:
            return None
        return (pages - before) * 60.0 / (now - then)


def live_line(site: str, width: int, figures: Figures, rate: float | None, elapsed: float) -> str:
    """A site's line on the terminal, its name padded to `width` so the columns line up."""
    per_minute = "-" if rate is None else f"{rate:.0f}"
    return (
        f"{site:<{width}}  pages {figures.pages:>4}  new {figures.new:>3}  "
        f"updated {figures.updated:>3}  rejected {figures.rejected:>3}  "
        f"errors {figures.errors:>3}  {per_minute:>4}/min  {clock_time(elapsed)}"
    )


def log_line(site: str, figures: Figures, rate: float | None, elapsed: float) -> str:
    """A site's progress as one log line."""
    per_minute = "" if rate is None else f" ({rate:.0f} pages/min)"
    pages = "1 page" if figures.pages == 1 else f"{figures.pages} pages"
    return (
        f"{site}: {pages}{per_minute}, {figures.new} new, "
        f"{figures.updated} updated, {figures.unchanged} unchanged, {figures.rejected} rejected, "
        f"{figures.errors} errors in {clock_time(elapsed)}"
    )


@dataclass
class SiteProgress:
    name: str
    stats: object  # the crawler's StatsCollector
    started: float
    rate: Rate
    per_minute: float | None = None
    finished: bool = False

    def figures(self) -> Figures:
        return site_figures(self.stats.get_stats())


class LiveBlock:
    """Lines kept at the bottom of a terminal, redrawn in place; log records scroll above them.

    Plain ANSI (cursor up, erase to the end of the screen), which every terminal emulator in use
    understands; `rich` would do the same at the cost of a dependency. Each log handler writing
    to the same terminal is given a stream that erases the block before a record and redraws
    it after, so the two never mix.
    """

    def __init__(self, stream) -> None:
        self.stream = stream
        self.lines: list[str] = []
        self.drawn = 0
        self.lock = threading.RLock()  # the archive writer's thread logs too
        self.wrapped: list[tuple[logging.StreamHandler, object]] = []

    def show(self, lines: list[str]) -> None:
        # Outside self.lock: setStream takes the handler's lock, and a thread logging holds
        # that one while it waits for ours.
        self.adopt_handlers()
        with self.lock:
            self.lines = lines
            self.erase()
            self.draw()
            self.stream.flush()

    def draw(self) -> None:
        columns = terminal_columns(self.stream)
        # A line wider than the terminal wraps, and the erase would miss its second half.
        for line in self.lines:
            self.stream.write(line[: max(columns - 1, 20)] + "\n")
        self.drawn = len(self.lines)

    def erase(self) -> None:
        if self.drawn:
            self.stream.write(f"\x1b[{self.drawn}A\r\x1b[J")
            self.drawn = 0

    def write_above(self, stream, text: str) -> None:
        """A log record's text, written above the block by `stream` (flushed in turn: another
        file object on the same terminal has its own buffer)."""
        with self.lock:
            self.erase()
            self.stream.flush()
            stream.write(text)
            stream.flush()
            if text.endswith("\n"):
                self.draw()
                self.stream.flush()

    def adopt_handlers(self) -> None:
        """Route the root logger's handlers that write to this terminal through the block.

        Scrapy replaces its root handler when each crawler is created, so this is checked at
        every redraw, not once.
        """
        for handler in logging.getLogger().handlers:
            stream = getattr(handler, "stream", None)
            if isinstance(handler, logging.FileHandler) or isinstance(stream, BlockStream):
                continue
            if stream is not None and same_terminal(stream, self.stream):
                self.wrapped.append((handler, stream))
                handler.setStream(BlockStream(self, stream))

    def close(self) -> None:
        """Erase the block (the run's summary follows) and give the handlers their streams."""
        with self.lock:
            self.erase()
            self.lines = []
            self.stream.flush()
        for handler, stream in self.wrapped:
            if isinstance(handler.stream, BlockStream):
                handler.setStream(stream)
        self.wrapped = []


class BlockStream:
    """A log handler's stream that writes above a LiveBlock."""

    def __init__(self, block: LiveBlock, stream) -> None:
        self.block = block
        self.stream = stream

    def write(self, text: str) -> None:
        self.block.write_above(self.stream, text)

    def flush(self) -> None:
        self.stream.flush()


def terminal_columns(stream, default: int = 100) -> int:
    """The width of the terminal `stream` writes to (a pty may say 0: then `default`)."""
    try:
        return os.get_terminal_size(stream.fileno()).columns or default
    except (AttributeError, OSError, ValueError):
        return default


def same_terminal(stream, terminal) -> bool:
    try:
        return os.path.sameopenfile(stream.fileno(), terminal.fileno())
    except (AttributeError, OSError, ValueError):
        return False


def is_terminal(stream) -> bool:
    """Whether a live block can be drawn on `stream`: a tty, and not a TERM=dumb one."""
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        return False
    return tty and os.environ.get("TERM") != "dumb"


class ProgressBoard:
    """The progress of every site of one run: live lines, periodic log lines, or nothing.

    :param stream: the terminal for live lines (None: no live lines).
    :param log_every: seconds between log lines (None: no log lines).
    """

    def __init__(
        self,
        stream=None,
        log_every: float | None = DEFAULT_PROGRESS_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.block = LiveBlock(stream) if stream is not None else None
        self.log_every = log_every
        self.clock = clock
        self.sites: dict[str, SiteProgress] = {}
        self.last_logged = 0.0
        self.timer = None

    @classmethod
    def for_run(cls, settings, quiet: bool = False, stream=None) -> ProgressBoard:
        """The board a command's run shows: nothing when quiet; live lines on a terminal;
        log lines when standard error is not one, or when the log goes to LOG_FILE."""
        stream = sys.stderr if stream is None else stream
        if quiet:
            return cls(stream=None, log_every=None)
        live = is_terminal(stream)
        every = settings.getfloat("ARCHIVE_PROGRESS_SECONDS", DEFAULT_PROGRESS_SECONDS)
        log_every = every if every > 0 and (not live or settings.get("LOG_FILE")) else None
        return cls(stream=stream if live else None, log_every=log_every)

    @property
    def active(self) -> bool:
        return self.block is not None or self.log_every is not None

    def join(self, name: str, stats) -> None:
        now = self.clock()
        if not self.sites:
            self.last_logged = now
        self.sites[name] = SiteProgress(name, stats, now, Rate(now))
        if self.timer is None and self.active:
            from scrapy.utils.asyncio import create_looping_call

            interval = LIVE_REFRESH_SECONDS if self.block else self.log_every
            self.timer = create_looping_call(self.tick)
            self.timer.start(interval, now=False)

    def leave(self, name: str) -> None:
        site = self.sites[name]
        self.sample(site)
        site.finished = True
        if self.log_every is not None:
            logger.info("finished %s", self.log_line(site))
        if all(s.finished for s in self.sites.values()):
            self.close()
        elif self.block:
            self.block.show(self.live_lines())

    def close(self) -> None:
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        self.timer = None
        if self.block:
            self.block.close()

    def tick(self) -> None:
        for site in self.sites.values():
            if not site.finished:
                self.sample(site)
        if self.block:
            self.block.show(self.live_lines())
        now = self.clock()
        # Half a refresh early is on time: the timer's ticks drift by a few milliseconds.
        if self.log_every is not None and self.log_due(now):
            self.last_logged = now
            for site in self.sites.values():
                if not site.finished:
                    logger.info(self.log_line(site))

    def log_due(self, now: float) -> bool:
        return now - self.last_logged >= self.log_every - LIVE_REFRESH_SECONDS / 2

    def sample(self, site: SiteProgress) -> None:
        site.per_minute = site.rate.add(self.clock(), site.figures().pages)

    def elapsed(self, site: SiteProgress) -> float:
        return site.rate.samples[-1][0] - site.started

    def live_lines(self) -> list[str]:
        width = max(len(name) for name in self.sites)
        lines = []
        for site in self.sites.values():
            line = live_line(site.name, width, site.figures(), site.per_minute, self.elapsed(site))
            lines.append(line + ("  done" if site.finished else ""))
        return lines

    def log_line(self, site: SiteProgress) -> str:
        return log_line(site.name, site.figures(), site.per_minute, self.elapsed(site))


class CrawlProgress:
    """Counts a site's answers into its stats and shows its progress on the run's board.

    The command that runs the crawl attaches the board all its sites share as the crawler's
    ``progress_board`` attribute; without one (``scrapy crawl`` with the extension enabled),
    the crawl gets a board of its own, as a non-quiet command would.
    Setting: ``ARCHIVE_PROGRESS_SECONDS`` (default 60), the interval of the log lines.
    """

    def __init__(self, crawler, board: ProgressBoard) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.board = board

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy import signals

        board = getattr(crawler, "progress_board", None)
        if board is None:
            board = ProgressBoard.for_run(crawler.settings)
        extension = cls(crawler, board)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def response_received(self, response, request) -> None:
        if is_robots_txt(first_url(request)):
            if response.status < 400:
                self.stats.inc_value(ROBOTS_TXT)
        elif response.status < 400:
            self.stats.inc_value(PAGES_FETCHED)
        else:
            self.stats.inc_value(PAGES_HTTP_ERRORS)
            self.stats.inc_value(f"{PAGES_HTTP_STATUS}{response.status}")

    def spider_opened(self, spider) -> None:
        self.board.join(spider.name, self.stats)

    def spider_closed(self, spider) -> None:
        self.board.leave(spider.name)
