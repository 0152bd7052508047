"""How far a run walks and what it fetches: listing and sitemap dates, `--since`, and what
the archive already has.

Runs are incremental: a URL the archive knows is "settled" (RecheckWindow) and not fetched
again, except an article published in the last ARCHIVE_RECHECK_DAYS and not checked for
ARCHIVE_RECHECK_HOURS (re-checked with a conditional GET), and a rejected URL once
ARCHIVE_RECHECK_HOURS have passed (at once after a transient failure). A regular run reads the
newest listing pages of each section and stops at the first page whose items are all settled
(or at ARCHIVE_MAX_LISTING_PAGES). A backfill (`--since DATE`) walks each section back, with
no page cap, until a page's items are all older than DATE. Dates come from the listing (a
site's `listing_date` selector, a <time> or date-classed element in the item, a date in the
item's URL), from the archive, from a sitemap's `lastmod` / `news:publication_date`, from a
feed's `pubDate`, and for a page with none of these, from the articles themselves once fetched
(PageWatch). Pure: lxml, no Scrapy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from lxml import etree
from parsel.csstranslator import HTMLTranslator

from storage.known import KnownUrl

from .discovery import SitemapEntry
from .extraction.dates import VN_TZ, parse_date
from .extraction.dom import as_tuple
from .listing import absolute_url
from .site import Site

# How far above an article link its listing item may reach: a card is a few levels deep
# (laodong.vn article.v4 > div > a.link-title > h2), a page header's date is further away.
MAX_ITEM_LEVELS = 5
# Class words of the element holding a listing item's date: laodong.vn `span.time`,
# MasterCMS `span.format_time` / `format_date`, "publish-date", "post-date", "ngay-dang".
_DATE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:time|date|datetime|pubdate|publish(?:ed)?|ngay-?dang)(?:$|[\s_-])",
    re.IGNORECASE,
)
_PAGE_TAGS = frozenset(("body", "html"))


def parse_since(text: str) -> date:
    """The date of `--since` (YYYY-MM-DD); ValueError saying what is wrong otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"--since takes a date as YYYY-MM-DD, got {text!r}") from None


def day_of(iso: str | None) -> date | None:
    """The calendar day of an ISO date or datetime (in the time zone it was written in)."""
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


# --- Dates of a listing's items --------------------------------------------------------------


@lru_cache(maxsize=128)
def _compiled(selector: str) -> etree.XPath:
    """A CSS selector (with ::text / ::attr()) or XPath, evaluated inside a listing item."""
    if selector.lstrip().startswith(("/", "(", "./")):
        return etree.XPath(selector)
    return etree.XPath(HTMLTranslator().css_to_xpath(selector))


def _text(value) -> str:
    if isinstance(value, str):
        return value
    return value.text_content() if hasattr(value, "text_content") else ""


def _marked_dates(item) -> Iterable[str]:
    """Date texts by markup convention: <time datetime>, then date- or time-classed elements."""
    for element in item.iter(etree.Element):
        if element.tag == "time":
            yield element.get("datetime") or _text(element)
        elif _DATE_CLASS.search(element.get("class") or ""):
            yield _text(element)


def item_date(item, selectors: tuple[str, ...], now: datetime) -> date | None:
    """The first date the item's `selectors` (or, without any, its date markup) give."""
    if selectors:
        texts = (_text(v) for s in selectors for v in _compiled(s)(item))
    else:
        texts = _marked_dates(item)
    for text in texts:
        day = day_of(parse_date(text, now=now))
        if day:
            return day
    return None


def listing_items(tree, page_url: str, urls: Sequence[str]) -> dict[str, etree._Element]:
    """Each listed URL's item: the largest element above its link holding no other listed URL."""
    wanted = set(urls)
    links: dict[str, list] = {}
    for a in tree.iter("a"):
        url = absolute_url(page_url, a.get("href") or "")
        if url in wanted:
            links.setdefault(url, []).append(a)
    # Which listed URLs each ancestor (up to MAX_ITEM_LEVELS) holds.
    holds: dict[etree._Element, set[str]] = {}
    for url, anchors in links.items():
        for a in anchors:
            for element in _ancestors(a):
                holds.setdefault(element, set()).add(url)
    items = {}
    for url, anchors in links.items():
        item = anchors[0]
        for element in _ancestors(anchors[0]):
            if holds[element] != {url}:
                break
            item = element
        items[url] = item
    return items


def _ancestors(element):
    """The link itself and its ancestors, up to MAX_ITEM_LEVELS, never <body> or <html>."""
    for _ in range(MAX_ITEM_LEVELS + 1):
        if element is None or element.tag in _PAGE_TAGS:
            return
        yield element
        element = element.getparent()


def listing_dates(
    tree, page_url: str, urls: Sequence[str], site: Site | None = None, now=None
) -> dict[str, date | None]:
    """The day each listed article appeared, as the listing shows it; None when it does not.

    The site's `listing_date` selector, else a <time> or date-classed element in the item,
    else (for sites whose article URLs carry it, `Site.url_date`) the date in the URL.
    """
    now = now or datetime.now(VN_TZ)
    selectors = as_tuple(site.listing_date) if site else ()
    items = listing_items(tree, page_url, urls)
    dates = {}
    for url in urls:
        item = items.get(url)
        day = item_date(item, selectors, now) if item is not None else None
        dates[url] = day or (site.date_in_url(url) if site else None)
    return dates


# --- What to fetch, and whether to walk on ---------------------------------------------------


@dataclass(frozen=True)
class ListingStep:
    """A listing page's verdict: the articles to fetch and whether to follow its next page.

    ``follow`` is None when a backfill cannot tell from the page (no item has a date): the
    articles' own dates decide once they are fetched (PageWatch).
    """

    fetch: list[str]
    follow: bool | None
    reason: str = ""  # why the walk stops here, for the log


def listing_step(
    links: Sequence[str],
    dates: Mapping[str, date | None],
    settled: Iterable[str],
    since: date | None,
    depth: int,
    max_pages: int,
    catch_up: bool = False,
) -> ListingStep:
    """What to do with a listing page at `depth` (1 = the section's first page); `settled`
    are the URLs the archive knows and this run does not fetch (RecheckWindow.settled).
    A regular run that `catch_up`s (ended_cleanly) walks to its page cap whatever it finds."""
    settled = set(settled)
    if not links:
        return ListingStep([], False, "no items")
    if since is None:
        fetch = [url for url in links if url not in settled]
        # Sections list newest first: a page with nothing new ends what this run can learn.
        if not fetch and not catch_up:
            return ListingStep([], False, "all items known")
        if depth >= max_pages:
            return ListingStep(fetch, False, f"ARCHIVE_MAX_LISTING_PAGES={max_pages}")
        return ListingStep(fetch, True)
    fetch = [
        url
        for url in links
        if url not in settled and (dates.get(url) is None or dates[url] >= since)
    ]
    days = [dates[url] for url in links if dates.get(url)]
    if not days:
        return ListingStep(fetch, None)
    if any(day >= since for day in days):
        return ListingStep(fetch, True)
    return ListingStep(fetch, False, f"all items older than {since}")


def _newest_first(entries: Sequence[SitemapEntry]) -> list[SitemapEntry]:
    """Dated entries newest first, then the undated ones in document order."""
    return sorted(entries, key=lambda e: day_of(e.date) or date.min, reverse=True)


def is_recent(entry_date: str | None, since: date) -> bool:
    """Whether a dated entry is on or after `since`; an undated one may be, so it is kept."""
    day = day_of(entry_date)
    return day is None or day >= since


def pick_sitemaps(entries: Sequence[SitemapEntry], since: date | None, limit: int) -> list[str]:
    """The sitemaps of an index to read: a backfill's since its date (by lastmod), else the
    `limit` newest (an index of monthly sitemaps holds years of them)."""
    if since is not None:
        return [e.url for e in entries if is_recent(e.date, since)]
    return [e.url for e in _newest_first(entries)[:limit]]


def pick_sitemap_articles(
    entries: Sequence[SitemapEntry], settled: Iterable[str], since: date | None, limit: int
) -> list[str]:
    """The articles of a sitemap to fetch, but the `settled` ones: a backfill's since its
    date, else those among the `limit` newest (a regular run never reaches further back)."""
    settled = set(settled)
    if since is not None:
        return [e.url for e in entries if e.url not in settled and is_recent(e.date, since)]
    return [e.url for e in _newest_first(entries)[:limit] if e.url not in settled]


@dataclass
class PageWatch:
    """A backfilled listing page without dates: its next page waits for its articles' dates."""

    since: date
    next_page: tuple[str, int] | None = None  # (url, depth) of the page that waits
    pending: set[str] = field(default_factory=set)
    days: list[date] = field(default_factory=list)

    def expect(self, url: str) -> None:
        self.pending.add(url)

    def settle(self, url: str, day: date | None) -> bool:
        """Record one article's outcome; True when it was the last one awaited."""
        if url not in self.pending:
            return False
        self.pending.discard(url)
        if day:
            self.days.append(day)
        return not self.pending

    @property
    def walk_on(self) -> bool:
        """Follow the next page unless every dated article is older than `since`."""
        return not self.days or any(day >= self.since for day in self.days)


# --- Incremental runs: what the archive knows is not fetched again ---------------------------

# HTTP statuses of a failure that may be gone by the next run: the server's (5xx), a request
# timeout, too many requests.
_TRANSIENT_STATUSES = frozenset((408, 429))


def is_transient(reason: str | None) -> bool:
    """Whether a rejection may not happen again: the site failed (http_5xx, http_429) or its
    cookie challenge did not clear. A 404, a listing at an article URL or a PDF stays."""
    if reason == "cookie_challenge":
        return True
    code = (reason or "").removeprefix("http_")
    if not (reason or "").startswith("http_") or not code.isdigit():
        return False
    return int(code) >= 500 or int(code) in _TRANSIENT_STATUSES


def time_before(now: datetime, **duration: float) -> datetime | None:
    """`now` minus a duration; None when that is before any date (`-s ARCHIVE_RECHECK_DAYS=inf`
    or 1e12 means "whatever the date")."""
    try:
        return now - timedelta(**duration)
    except (OverflowError, ValueError):
        return None


def published_within(published: str | None, days: float, now: datetime) -> bool:
    """Whether an ISO date or datetime is less than `days` before `now`; a bare date counts
    as its whole day in Vietnam, a datetime with no zone as Vietnamese time."""
    if not published:
        return False
    cutoff = time_before(now, days=days)
    if cutoff is None:
        return True
    if len(published) == 10:  # YYYY-MM-DD
        day = day_of(published)
        return day is not None and day >= cutoff.astimezone(VN_TZ).date()
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VN_TZ)
    return moment >= cutoff


def ended_cleanly(run: Mapping | None) -> bool:
    """Whether a site's last run (storage.known.last_ended_run) read every page it walked.

    A run killed or stopped part way, or one whose requests failed or met a transient
    rejection (a 503), may have left a section's later pages or articles unread behind a first
    page that is all archived now: the next regular run walks to its page cap to catch up,
    since stopping at that first page would lose them for good. No run yet: nothing to catch.
    """
    if run is None:
        return True
    transient = any(is_transient(reason) for reason in run.get("rejected_reasons") or {})
    return run.get("status") == "finished" and not run.get("errors") and not transient


@dataclass(frozen=True)
class RecheckWindow:
    """Whether a run fetches a URL the archive knows (ARCHIVE_RECHECK_DAYS / _HOURS).

    An archived article is fetched again only while it may still change: published in the
    last `days` (undated: first archived then) and not checked for `hours`; then with a
    conditional GET. A news story is corrected in its first hours or days, rarely after; an
    hourly run re-downloading the site's every listed story was the cost. A URL whose last
    response was rejected is retried once `hours` have passed, or on the next run when the
    failure was transient (is_transient). `days=0` turns re-checks off; `hours=0` re-checks
    the window on every run.
    """

    days: float = 3.0
    hours: float = 6.0

    def wants(self, known: KnownUrl | None, now: datetime) -> bool:
        """Whether to fetch a URL, given what the archive knows of it (None: nothing)."""
        if known is None:
            return True
        if known.archived:
            return self.due(known, now)
        if known.rejected is None or is_transient(known.rejected):
            return True  # a page with no article and no reason, or a failure worth a retry
        return self.checked_before(known, now)

    def due(self, known: KnownUrl, now: datetime) -> bool:
        """Whether an archived article is re-checked now."""
        if self.days <= 0:
            return False  # re-checks off (a story dated in the future is "within" 0 days)
        published = known.published_at or known.first_seen_at
        return published_within(published, self.days, now) and self.checked_before(known, now)

    def checked_before(self, known: KnownUrl, now: datetime) -> bool:
        """Whether the URL was last checked more than `hours` ago (or never)."""
        last = known.last_checked
        if last is None:
            return True
        cutoff = time_before(now, hours=self.hours)
        return cutoff is not None and last < cutoff

    def settled(self, known: Mapping[str, KnownUrl], now: datetime) -> set[str]:
        """The URLs of `known` this run does not fetch."""
        return {url for url, seen in known.items() if not self.wants(seen, now)}
