"""SiteSpider: crawls a site's listings, feeds and sitemaps, and turns article pages into items."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import count
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from storage.known import KnownUrl, known_urls, last_ended_run

from .backfill import (
    PageWatch,
    RecheckWindow,
    day_of,
    ended_cleanly,
    is_recent,
    listing_dates,
    listing_step,
    parse_since,
    pick_sitemap_articles,
    pick_sitemaps,
)
from .discovery import read_feed, read_sitemap, robots_sitemap_urls, sitemap_body
from .extraction import extract_article, parse_html
from .families import FAMILIES
from .items import ArticleItem, ArticleSeen, RejectedPage
from .listing import absolute_url, is_site_article, on_site, site_article_links, site_next_page
from .responses import (
    UndecodablePage,
    challenge_cookie,
    decode_page,
    is_home_page,
    is_html,
    looks_like_listing,
)
from .site import Site

MIN_BODY_CHARS = 80
# Error statuses reach parse_article so they are counted as rejected. Not
# handle_httpstatus_all: that also stops RedirectMiddleware, and a redirect must be followed
# to be judged (a dead article redirected to the home page).
ERROR_STATUSES = tuple(range(400, 600))
# A re-check of an archived article is a conditional GET: its 304 must reach parse_article
# (HttpErrorMiddleware drops every status outside 200-299 that the request does not allow).
NOT_MODIFIED = 304
# Articles outrank listing pages, so a crawl drains each listing's articles before paging on
# and the scheduler's queue stays short however many pages the site has.
ARTICLE_PRIORITY = 10
# Layouts that are not a site's own: the page matched none of the site's markups (it was read
# by a CMS family's layout or the generic path, so it may be a listing).
GENERIC_LAYOUTS = (None, "generic", *(family.name for family in FAMILIES))


def user_agent(contact_url: str) -> str:
    """The User-Agent crawls send: the project's name and where to reach its operator."""
    return f"congdoan-archive/0.1 (+{contact_url})"


def follow_contact_url(settings) -> None:
    """Make USER_AGENT name ARCHIVE_CONTACT_URL when that was set and USER_AGENT was not."""
    contact_priority = settings.getpriority("ARCHIVE_CONTACT_URL") or 0
    if contact_priority > (settings.getpriority("USER_AGENT") or 0):
        settings.set(
            "USER_AGENT", user_agent(settings.get("ARCHIVE_CONTACT_URL")), contact_priority
        )


def now_iso() -> str:
    """The current UTC time as ISO 8601, the stamp of every fetch."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def conditional_headers(known: KnownUrl) -> dict[str, str]:
    """The validators of the URL's last response, as a conditional GET sends them back."""
    headers = {"If-None-Match": known.etag, "If-Modified-Since": known.last_modified}
    return {name: value for name, value in headers.items() if value}


def is_unchanged(response: Response, known: KnownUrl) -> bool:
    """Whether a re-check found the page as the archive has it: a 304, or the same bytes."""
    if response.status == NOT_MODIFIED:
        return True
    sha256 = hashlib.sha256(response.body).hexdigest()
    return response.status == 200 and sha256 == known.sha256


@dataclass
class FetchedPage:
    """What the judge needs of a response, as plain data (it can cross to a worker process)."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    redirect_urls: list[str]
    fetched_at: str

    @classmethod
    def from_response(cls, response: Response) -> FetchedPage:
        return cls(
            url=response.url,
            status=response.status,
            headers={
                k.decode("latin-1"): b", ".join(v).decode("latin-1")
                for k, v in response.headers.items()
            },
            body=response.body,
            redirect_urls=list(response.meta.get("redirect_urls") or []),
            fetched_at=response.meta.get("fetched_at") or now_iso(),
        )

    @property
    def content_type(self) -> str:
        return next((v for k, v in self.headers.items() if k.lower() == "content-type"), "")


def page_record(page: FetchedPage, site: str) -> dict:
    """The archive's record of a fetched response: requested and final URL, headers, raw body."""
    return {
        "requested_url": page.redirect_urls[0] if page.redirect_urls else page.url,
        "url": page.url,
        "fetched_at": page.fetched_at,
        "status": page.status,
        "headers": page.headers,
        "body": page.body,
        "site": site,
    }


class SiteArticleUrls:
    """Whether a URL is one of a described site's articles (a picklable rule, for workers)."""

    def __init__(self, site: Site) -> None:
        self.site = site

    def __call__(self, url: str) -> bool:
        return is_site_article(self.site, url)


class ArticleJudge:
    """Turns one article response into an ArticleItem or a RejectedPage, with no Scrapy state."""

    def __init__(self, site: Site | None, slug: str, is_article_url: Callable[[str], bool]):
        self.site = site
        self.slug = slug
        self.is_article_url = is_article_url

    def judge(self, response: Response | FetchedPage) -> ArticleItem | RejectedPage:
        """An ArticleItem for an article page, else a RejectedPage saying why not."""
        if not isinstance(response, FetchedPage):
            response = FetchedPage.from_response(response)
        return self.judge_page(response)

    def judge_page(self, response: FetchedPage) -> ArticleItem | RejectedPage:
        reject = self._reject_before_parsing(response)
        if reject:
            return reject
        try:
            html, charset_note = decode_page(response.body, response.content_type or None)
        except UndecodablePage as error:
            return self._rejected(response, "bad_charset", str(error))
        tree = parse_html(html)
        record = extract_article(tree, response.url, self.site, fetched_at=response.fetched_at)
        body_chars = len(record["body"] or "")
        # A page in one of the site's own layouts is an article whatever links it carries;
        # only a page matching none (a tag or topic page at an article-shaped URL) may be a
        # listing, e.g. laodongthudo's /chuyen-de-...-<id>.html topic pages.
        if record["layout"] in GENERIC_LAYOUTS:
            links = self.article_links(tree, response.url)
            if looks_like_listing(len(links), body_chars):
                return self._rejected(response, "listing_page", f"{len(links)} article links")
        if body_chars < MIN_BODY_CHARS:
            return self._rejected(response, "no_body", f"{body_chars} chars")
        if charset_note:
            record["warnings"].append(charset_note)
        return ArticleItem(article=record, page=page_record(response, self.slug))

    def article_links(self, tree, base_url: str) -> set[str]:
        """The other article-shaped URLs a page links to."""
        links = {absolute_url(base_url, href) for href in tree.xpath("//a/@href")}
        links.discard(base_url)
        return {u for u in links if self.is_article_url(u)}

    def _reject_before_parsing(self, response: FetchedPage) -> RejectedPage | None:
        if response.status >= 400:
            return self._rejected(response, f"http_{response.status}")
        if not is_html(response.content_type, response.body):
            return self._rejected(response, "not_html", response.content_type)
        if challenge_cookie(response.body):
            return self._rejected(response, "cookie_challenge")
        redirects = response.redirect_urls
        if redirects and is_home_page(response.url):
            return self._rejected(response, "redirected_home", f"from {redirects[0]}")
        if redirects and not self.is_article_url(response.url):
            return self._rejected(response, "redirected_off_article", f"from {redirects[0]}")
        return None

    def _rejected(self, response: FetchedPage, reason: str, detail: str = "") -> RejectedPage:
        page = {**page_record(response, self.slug), "rejected": reason}
        return RejectedPage(
            site=self.slug,
            url=response.url,
            reason=reason,
            status=response.status,
            detail=detail,
            page=page,
        )


class ArchiveSpider(scrapy.Spider):
    """What every archiving spider shares: article requests and judging, feeds, sitemaps and
    robots.txt, walking listings (crawler/backfill.py), failed requests.

    Runs are incremental: an article URL the archive knows is not fetched again unless
    ``ARCHIVE_RECHECK_DAYS`` / ``ARCHIVE_RECHECK_HOURS`` make it due for a re-check, a
    conditional GET (backfill.RecheckWindow); a 304 or the same body only moves the article's
    last_seen_at (an ArticleSeen item), a changed body is judged and saved again.

    Settings: ``ARCHIVE_SINCE`` (YYYY-MM-DD, set by ``congdoan crawl --since``) makes the run a
    backfill; ``ARCHIVE_MAX_LISTING_PAGES`` caps a regular run's listing pages per section and
    sitemaps per sitemap index; ``ARCHIVE_MAX_SITEMAP_ARTICLES`` its articles per sitemap.
    """

    judge: ArticleJudge
    since: date | None = None
    max_listing_pages = 5
    max_sitemap_articles = 100
    recheck = RecheckWindow()
    # The archive asked which URLs it already has (None: no archive, so none).
    db_path: str | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Article URLs requested in this run, those the archive settled, and the listing
        # pages waiting for their articles.
        self.requested: set[str] = set()
        self.settled: set[str] = set()
        self._catch_up: bool | None = None
        self.watches: dict[int, PageWatch] = {}
        self.watch_keys = count()

    @classmethod
    def update_settings(cls, settings) -> None:
        super().update_settings(settings)
        follow_contact_url(settings)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        since = settings.get("ARCHIVE_SINCE")
        spider.since = parse_since(since) if since else None
        spider.max_listing_pages = settings.getint("ARCHIVE_MAX_LISTING_PAGES", 5)
        spider.max_sitemap_articles = settings.getint("ARCHIVE_MAX_SITEMAP_ARTICLES", 100)
        spider.recheck = RecheckWindow(
            days=settings.getfloat("ARCHIVE_RECHECK_DAYS", 3.0),
            hours=settings.getfloat("ARCHIVE_RECHECK_HOURS", 6.0),
        )
        if settings.getbool("ARCHIVE_ENABLED", True):
            spider.db_path = settings.get("ARCHIVE_DB_PATH")
        if spider.since:
            spider.logger.info(
                "backfill since %s: listings walked back to that date with no page cap",
                spider.since,
            )
        return spider

    @property
    def site_record(self) -> dict:
        """This spider's row in the archive's `sites` table."""
        raise NotImplementedError

    def is_article_url(self, url: str) -> bool:
        raise NotImplementedError

    def is_sitemap_article(self, url: str) -> bool:
        return self.is_article_url(url)

    def known(self, urls: Iterable[str]) -> dict[str, KnownUrl]:
        """What the archive knows of `urls` (one query; nothing without an archive)."""
        return known_urls(self.db_path, urls) if self.db_path else {}

    def now(self) -> datetime:
        return datetime.now(UTC)

    def settled_among(self, known: dict[str, KnownUrl]) -> set[str]:
        """The URLs of `known` this run does not fetch (backfill.RecheckWindow)."""
        return self.recheck.settled(known, self.now())

    @property
    def catch_up(self) -> bool:
        """Whether this regular run walks every section to its page cap, because the site's
        last run did not end cleanly (backfill.ended_cleanly). Asked at the first listing,
        when the pipeline has marked killed runs."""
        if self._catch_up is None:
            slug = self.site_record["slug"]
            last = last_ended_run(self.db_path, slug) if self.db_path else None
            self._catch_up = self.since is None and not ended_cleanly(last)
            if self._catch_up:
                self.logger.info(
                    "the last run of %s ended %s with %d error(s) and rejections %s: every "
                    "section is walked to ARCHIVE_MAX_LISTING_PAGES to catch up",
                    *(slug, last["status"], last["errors"], last["rejected_reasons"]),
                )
        return self._catch_up

    # --- Articles -----------------------------------------------------------------------

    def may_request_more(self) -> bool:
        """Whether the run may request another article (the generic spider has a limit)."""
        return True

    def article_requests(
        self, urls, watch: int | None = None, known: dict[str, KnownUrl] | None = None
    ) -> Iterator[scrapy.Request]:
        """Requests for the article URLs among `urls` not yet requested in this run and not
        settled in the archive; `known` is what the archive knows of them (else asked here)."""
        urls = [
            url
            for url in dict.fromkeys(urls)
            if url not in self.requested and url not in self.settled and self.is_article_url(url)
        ]
        if known is None:
            known = self.known(urls)
        settled = self.settled_among({url: known[url] for url in urls if url in known})
        for url in urls:
            if url in settled:
                self.settled.add(url)
                self.crawler.stats.inc_value("archive/known_not_fetched")
                continue
            if not self.may_request_more():
                return
            self.requested.add(url)
            if watch is not None:
                self.watches[watch].expect(url)
            seen = known.get(url)
            yield self.article_request(url, watch, seen if seen and seen.archived else None)

    def article_request(
        self, url: str, watch: int | None = None, known: KnownUrl | None = None
    ) -> scrapy.Request:
        """A request for an article page; for an archived one (`known`), a conditional GET."""
        meta = {"handle_httpstatus_list": ERROR_STATUSES}
        headers = {}
        if known is not None:
            meta = {"handle_httpstatus_list": (*ERROR_STATUSES, NOT_MODIFIED), "known": known}
            headers = conditional_headers(known)
        if watch is not None:
            meta["listing_watch"] = watch
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.request_failed,
            priority=ARTICLE_PRIORITY,
            headers=headers,
            meta=meta,
        )

    def parse_article(self, response: Response):
        """An article page: one ArticleItem, or one RejectedPage saying why not; a re-check
        that found the page unchanged, one ArticleSeen."""
        known: KnownUrl | None = response.meta.get("known")
        if known is not None and is_unchanged(response, known):
            self.crawler.stats.inc_value(f"archive/recheck/{response.status}")
            yield ArticleSeen(site=self.judge.slug, url=known.article_url)
            yield from self.settle(response.request, day_of(known.published_at))
            return
        # The pipeline logs and counts a RejectedPage, and never stores it as an article.
        item = self.judge.judge(response)
        yield item
        published = item.article.get("published_at") if isinstance(item, ArticleItem) else None
        yield from self.settle(response.request, day_of(published))

    # --- Listings -----------------------------------------------------------------------

    def listing_request(self, url: str, depth: int) -> scrapy.Request:
        return scrapy.Request(
            url, callback=self.parse, errback=self.request_failed, cb_kwargs={"depth": depth}
        )

    def walk_listing(self, response: Response, links: list[str], next_url, depth: int):
        """A listing page's articles, then its next page if the walk goes on (backfill.py)."""
        known = self.known(links)
        site = getattr(self, "site", None)  # the generic spider describes no site
        dates = listing_dates(response.selector.root, response.url, links, site)
        for url, seen in known.items():
            dates[url] = dates.get(url) or day_of(seen.published_at)
        settled = self.settled_among(known)
        step = listing_step(
            links, dates, settled, self.since, depth, self.max_listing_pages, self.catch_up
        )
        if next_url == response.url:
            next_url = None  # the last page of a MasterCMS listing links to itself
        if step.follow is None and next_url:
            yield from self.watched_articles(step.fetch, next_url, depth, known)
            return
        yield from self.article_requests(step.fetch, known=known)
        if not next_url or not self.may_request_more():
            return  # no next page, or the generic spider's limit: later pages give nothing
        if step.follow:
            yield self.listing_request(next_url, depth + 1)
        else:
            self.logger.info("%s: not walking on (%s)", response.url, step.reason)

    def watched_articles(self, urls: list[str], next_url: str, depth: int, known=None):
        """A backfill on a page with no dates: the next page waits for its articles' dates."""
        key = next(self.watch_keys)
        self.watches[key] = PageWatch(self.since, next_page=(next_url, depth + 1))
        yield from list(self.article_requests(urls, watch=key, known=known))
        if not self.watches[key].pending:
            yield from self.next_of_watch(key)

    def settle(self, request: scrapy.Request, day: date | None):
        """One awaited article is done: the last one decides on its listing's next page."""
        key = request.meta.get("listing_watch")
        url = (request.meta.get("redirect_urls") or [request.url])[0]
        if key is not None and self.watches[key].settle(url, day):
            yield from self.next_of_watch(key)

    def next_of_watch(self, key: int):
        watch = self.watches.pop(key)
        next_url, depth = watch.next_page
        if watch.walk_on and self.may_request_more():
            yield self.listing_request(next_url, depth)
        else:
            self.logger.info("%s not read: articles older than %s", next_url, self.since)

    # --- Feeds, sitemaps, robots.txt ----------------------------------------------------

    def feed_request(self, url: str) -> scrapy.Request:
        return self.discovery_request(url, self.parse_feed)

    def sitemap_request(self, url: str) -> scrapy.Request:
        """A sitemap, or a robots.txt standing for the sitemaps it names."""
        is_robots = urlsplit(url).path.endswith("/robots.txt")
        return self.discovery_request(url, self.parse_robots if is_robots else self.parse_sitemap)

    def discovery_request(self, url: str, callback) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.request_failed,
            meta={"handle_httpstatus_list": ERROR_STATUSES},
        )

    def readable(self, response: Response, what: str) -> bool:
        """Whether a feed, sitemap or robots.txt response can be read (else one log line)."""
        level = logging.WARNING
        if response.status >= 400:
            problem = f"answered HTTP {response.status}"
            # Sitemaps are read at conventional places (robots.txt, /sitemap.xml) that many
            # sites do not serve: their absence is no news. A declared feed's is.
            if response.status in (404, 410) and what != "feed":
                level = logging.INFO
        elif challenge_cookie(response.body):
            problem = "is still a cookie challenge"
        else:
            return True
        self.logger.log(level, "%s %s %s; skipped", what, response.url, problem)
        return False

    def parse_feed(self, response: Response):
        """An RSS/Atom feed: its entries with the site's article shape that the archive has
        not settled (a backfill's: not older than --since either)."""
        if not self.readable(response, "feed"):
            return
        entries = [e for e in read_feed(response.body, response.url) if self.is_article_url(e.url)]
        if self.since:
            entries = [e for e in entries if is_recent(e.published, self.since)]
        known = self.known(e.url for e in entries)
        yield from self.article_requests((e.url for e in entries), known=known)

    def parse_robots(self, response: Response):
        """robots.txt: the sitemaps its "Sitemap:" lines name, on this site."""
        if not self.readable(response, "robots.txt"):
            return
        for url in robots_sitemap_urls(response.body, response.url):
            if self.is_site_url(url):
                yield self.sitemap_request(url)

    def parse_sitemap(self, response: Response):
        """A sitemap index: its newest sitemaps (a backfill's: all since --since by lastmod);
        a sitemap or news sitemap: its articles, chosen the same way (backfill.py)."""
        if not self.readable(response, "sitemap"):
            return
        settings = getattr(self, "settings", None)
        max_size = settings.getint("DOWNLOAD_MAXSIZE") if settings else 0
        kind, entries = read_sitemap(sitemap_body(response, max_size))
        if kind == "sitemapindex":
            entries = [e for e in entries if self.is_site_url(e.url)]
            for url in pick_sitemaps(entries, self.since, self.max_listing_pages):
                yield self.sitemap_request(url)
        elif kind == "urlset":
            entries = [e for e in entries if self.is_sitemap_article(e.url)]
            known = self.known(e.url for e in entries)
            settled = self.settled_among(known)
            limit = self.max_sitemap_articles
            picked = pick_sitemap_articles(entries, settled, self.since, limit)
            yield from self.article_requests(picked, known=known)
        else:
            self.logger.warning("%s is not a sitemap; skipped", response.url)

    def is_site_url(self, url: str) -> bool:
        """A URL on the crawled site (sitemaps on other hosts are not followed)."""
        raise NotImplementedError

    # --- Failures -----------------------------------------------------------------------

    def request_failed(self, failure: Failure) -> list[scrapy.Request]:
        """One log line per failed request (no traceback), counted as a crawl error; an
        awaited article that failed still counts as done for its listing's walk."""
        request = failure.request
        if failure.check(HttpError):
            self.logger.warning("%s answered HTTP %d", request.url, failure.value.response.status)
            self.crawler.stats.inc_value("archive/request_errors")
        elif failure.check(IgnoreRequest):
            # robots.txt forbade it, or the offsite filter: counted in stats, not an error.
            self.logger.info("%s not fetched: %s", request.url, failure.getErrorMessage())
        else:
            reason = failure.getErrorMessage() or failure.type.__name__
            self.logger.warning("%s failed: %s", request.url, reason)
            self.crawler.stats.inc_value("archive/request_errors")
        return list(self.settle(request, None))


class SiteSpider(ArchiveSpider):
    """Base spider: start from the site's sections, feeds and sitemaps, follow listings.

    Arguments (``-a``): ``base_url`` points the crawl at a mirror (as ``make demo`` does);
    the setting ``ARCHIVE_BASE_URLS`` (JSON object slug → URL) does the same for many sites.
    """

    site: Site

    def __init__(self, *args, base_url: str | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.base_url = base_url
        self.judge = ArticleJudge(self.site, self.site.slug, SiteArticleUrls(self.site))

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        overrides = crawler.settings.getdict("ARCHIVE_BASE_URLS")
        spider.base_url = spider.base_url or overrides.get(spider.site.slug)
        host = urlsplit(spider.root_url).hostname or ""
        spider.allowed_domains = [host.removeprefix("www.")]
        return spider

    @property
    def root_url(self) -> str:
        return (self.base_url or self.site.base_url).rstrip("/")

    @property
    def site_record(self) -> dict:
        return self.site.as_record()

    async def start(self):
        for url in self.site.start_urls(self.root_url):
            yield self.listing_request(url, depth=1)
        for path in self.site.feeds:
            yield self.feed_request(self.root_url + path)
        for url in self.site.sitemap_urls(self.root_url):
            yield self.sitemap_request(url)

    def is_article_url(self, url: str) -> bool:
        return self.judge.is_article_url(url)

    def is_sitemap_article(self, url: str) -> bool:
        return self.is_article_url(url) and self.site.is_sitemap_article(url)

    def is_site_url(self, url: str) -> bool:
        return on_site(url, self.root_url)

    def listing_article_links(self, response: Response) -> list[str]:
        """Article URLs of a listing page, in page order, without duplicates."""
        return site_article_links(response.selector.root, response.url, self.site)

    def next_page(self, response: Response) -> str | None:
        """The next listing page, from the site's `next_page` selector."""
        return site_next_page(response.selector.root, response.url, self.site)

    def parse(self, response: Response, depth: int = 1):
        """A listing page: its articles, then its next page while the walk goes on."""
        links = self.listing_article_links(response)
        yield from self.walk_listing(response, links, self.next_page(response), depth)


def iter_hrefs(response: Response) -> Iterator[str]:
    """Every <a href> of an HTML page, absolute, without fragments."""
    for href in response.xpath("//a/@href").getall():
        yield absolute_url(response.url, href)
