"""SiteSpider: crawls a described site's listings and feeds, and turns article pages into items."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from .extraction import extract_article, parse_html
from .families import FAMILIES
from .items import ArticleItem, RejectedPage
from .listing import absolute_url, is_site_article, site_article_links, site_next_page
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
# Articles outrank listing pages, so a crawl drains each listing's articles before paging on
# and the scheduler's queue stays short however many pages the site has.
ARTICLE_PRIORITY = 10
# Layouts that are not a site's own: the page matched none of the site's markups (it was read
# by a CMS family's layout or the generic path, so it may be a listing).
GENERIC_LAYOUTS = (None, "generic", *(family.name for family in FAMILIES))
_FEED_LINKS = "//item/link/text() | //entry/link/@href"


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


def feed_links(response: Response) -> list[str]:
    """The entry links of an RSS or Atom feed, absolute, in feed order, without duplicates."""
    selector = scrapy.Selector(text=response.text, type="xml")
    selector.remove_namespaces()
    hrefs = selector.xpath(_FEED_LINKS).getall()
    return list(dict.fromkeys(absolute_url(response.url, h) for h in hrefs if h.strip()))


class ArchiveSpider(scrapy.Spider):
    """What every archiving spider shares: article requests, judging, feeds, failed requests."""

    judge: ArticleJudge

    @classmethod
    def update_settings(cls, settings) -> None:
        super().update_settings(settings)
        follow_contact_url(settings)

    @property
    def site_record(self) -> dict:
        """This spider's row in the archive's `sites` table."""
        raise NotImplementedError

    def is_article_url(self, url: str) -> bool:
        raise NotImplementedError

    def article_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.request_failed,
            priority=ARTICLE_PRIORITY,
            meta={"handle_httpstatus_list": ERROR_STATUSES},
        )

    def feed_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_feed,
            errback=self.request_failed,
            meta={"handle_httpstatus_list": ERROR_STATUSES},
        )

    def parse_feed(self, response: Response):
        """An RSS/Atom feed: every <link> that has the site's article shape."""
        if response.status >= 400 or not hasattr(response, "text"):
            self.logger.warning("feed %s answered %s; skipped", response.url, response.status)
            return
        for link in feed_links(response):
            if self.is_article_url(link):
                yield self.article_request(link)

    def parse_article(self, response: Response):
        """An article page: one ArticleItem, or one RejectedPage saying why not."""
        # The pipeline logs and counts a RejectedPage, and never stores it as an article.
        yield self.judge.judge(response)

    def request_failed(self, failure: Failure) -> None:
        """One log line per failed request (no traceback), counted as a crawl error."""
        request = failure.request
        if failure.check(HttpError):
            self.logger.warning("%s answered HTTP %d", request.url, failure.value.response.status)
        elif failure.check(IgnoreRequest):
            # robots.txt forbade it, or the offsite filter: counted in stats, not an error.
            self.logger.info("%s not fetched: %s", request.url, failure.getErrorMessage())
            return
        else:
            reason = failure.getErrorMessage() or failure.type.__name__
            self.logger.warning("%s failed: %s", request.url, reason)
        self.crawler.stats.inc_value("archive/request_errors")


class SiteSpider(ArchiveSpider):
    """Base spider: start from the site's sections and feeds, follow listings to articles.

    Arguments (``-a``): ``base_url`` points the crawl at a mirror (as ``make demo`` does);
    the setting ``ARCHIVE_BASE_URLS`` (JSON object slug → URL) does the same for many sites.
    Setting ``ARCHIVE_MAX_LISTING_PAGES``: listing pages followed per start section.
    """

    site: Site

    def __init__(self, *args, base_url: str | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.base_url = base_url
        self.max_listing_pages = 5
        self.judge = ArticleJudge(self.site, self.site.slug, SiteArticleUrls(self.site))

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        overrides = crawler.settings.getdict("ARCHIVE_BASE_URLS")
        spider.base_url = spider.base_url or overrides.get(spider.site.slug)
        spider.max_listing_pages = crawler.settings.getint("ARCHIVE_MAX_LISTING_PAGES", 5)
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

    def listing_request(self, url: str, depth: int) -> scrapy.Request:
        return scrapy.Request(
            url, callback=self.parse, errback=self.request_failed, cb_kwargs={"depth": depth}
        )

    def is_article_url(self, url: str) -> bool:
        return self.judge.is_article_url(url)

    def listing_article_links(self, response: Response) -> list[str]:
        """Article URLs of a listing page, in page order, without duplicates."""
        return site_article_links(response.selector.root, response.url, self.site)

    def next_page(self, response: Response) -> str | None:
        """The next listing page, from the site's `next_page` selector."""
        return site_next_page(response.selector.root, response.url, self.site)

    def parse(self, response: Response, depth: int = 1):
        """A listing page: every article on it, then the next page up to the depth limit."""
        for url in self.listing_article_links(response):
            yield self.article_request(url)
        next_url = self.next_page(response)
        if next_url and depth < self.max_listing_pages and next_url != response.url:
            yield self.listing_request(next_url, depth + 1)


def iter_hrefs(response: Response) -> Iterator[str]:
    """Every <a href> of an HTML page, absolute, without fragments."""
    for href in response.xpath("//a/@href").getall():
        yield absolute_url(response.url, href)
