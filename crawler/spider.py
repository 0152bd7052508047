"""SiteSpider: crawls a described site's listings and feeds, and turns article pages into items."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

from .extraction import extract_article, parse_html
from .extraction.dom import as_tuple
from .items import ArticleItem, RejectedPage
from .responses import (
    challenge_cookie,
    decode_page,
    is_home_page,
    is_html,
    looks_like_listing,
)
from .site import Site

MIN_BODY_CHARS = 80
FEED_LINKS = "//link[@rel='alternate'][contains(@type,'rss') or contains(@type,'atom')]/@href"


def now_iso() -> str:
    """The current UTC time as ISO 8601, the stamp of every fetch."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def page_record(response: Response, site: str) -> dict:
    """The archive's record of a fetched response: requested and final URL, headers, raw body."""
    redirects = response.meta.get("redirect_urls") or []
    return {
        "requested_url": redirects[0] if redirects else response.url,
        "url": response.url,
        "fetched_at": response.meta.get("fetched_at") or now_iso(),
        "status": response.status,
        "headers": {
            k.decode("latin-1"): b", ".join(v).decode("latin-1")
            for k, v in response.headers.items()
        },
        "body": response.body,
        "site": site,
    }


class ArticleJudge:
    """Turns one article response into an ArticleItem or a RejectedPage, with no Scrapy state."""

    def __init__(self, site: Site | None, slug: str, is_article_url) -> None:
        self.site = site
        self.slug = slug
        self.is_article_url = is_article_url

    def judge(self, response: Response) -> ArticleItem | RejectedPage:
        reject = self._reject_before_parsing(response)
        if reject:
            return reject
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        try:
            html, charset_note = decode_page(response.body, content_type)
        except UnicodeDecodeError:
            return self._rejected(response, "bad_charset")
        tree = parse_html(html)
        links = {u for u in _links(tree, response.url) if self.is_article_url(u)}
        links.discard(response.url)
        record = extract_article(tree, response.url, self.site, fetched_at=now_iso())
        if looks_like_listing(len(links), len(record["body"] or "")):
            return self._rejected(response, "listing_page", f"{len(links)} article links")
        if len(record["body"] or "") < MIN_BODY_CHARS:
            return self._rejected(response, "no_body", f"{len(record['body'] or '')} chars")
        if charset_note:
            record["warnings"].append(charset_note)
        return ArticleItem(article=record, page=page_record(response, self.slug))

    def _reject_before_parsing(self, response: Response) -> RejectedPage | None:
        if response.status >= 400:
            return self._rejected(response, f"http_{response.status}")
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        if not is_html(content_type, response.body):
            return self._rejected(response, "not_html", content_type)
        if challenge_cookie(response.body):
            return self._rejected(response, "cookie_challenge")
        if response.meta.get("redirect_urls") and is_home_page(response.url):
            return self._rejected(response, "redirected_home")
        if response.meta.get("redirect_urls") and not self.is_article_url(response.url):
            return self._rejected(response, "redirected_off_article")
        return None

    def _rejected(self, response: Response, reason: str, detail: str = "") -> RejectedPage:
        return RejectedPage(
            site=self.slug, url=response.url, reason=reason, status=response.status, detail=detail
        )


def _links(tree, base_url: str) -> Iterator[str]:
    for href in tree.xpath("//a/@href"):
        yield response_urljoin(base_url, href)


def response_urljoin(base_url: str, href: str) -> str:
    from urllib.parse import urljoin

    return urljoin(base_url, href.strip()).split("#", 1)[0]


class SiteSpider(scrapy.Spider):
    """Base spider: start from the site's sections and feeds, follow listings to articles.

    Arguments (``-a``): ``base_url`` points the crawl at a mirror (as ``make demo`` does);
    the setting ``ARCHIVE_BASE_URLS`` (JSON object slug → URL) does the same for many sites.
    """

    site: Site

    def __init__(self, *args, base_url: str | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.base_url = base_url
        self.judge = ArticleJudge(self.site, self.site.slug, self.is_article_url)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        overrides = crawler.settings.getdict("ARCHIVE_BASE_URLS")
        spider.base_url = spider.base_url or overrides.get(spider.site.slug)
        spider.max_listing_pages = crawler.settings.getint("ARCHIVE_MAX_LISTING_PAGES", 5)
        host = urlsplit(spider.base_url or spider.site.base_url).hostname or ""
        spider.allowed_domains = [host.removeprefix("www.")]
        return spider

    @property
    def root_url(self) -> str:
        return (self.base_url or self.site.base_url).rstrip("/")

    async def start(self):
        for url in self.site.start_urls(self.root_url):
            yield scrapy.Request(url, callback=self.parse, cb_kwargs={"depth": 1})
        for path in self.site.feeds:
            yield scrapy.Request(
                self.root_url + path, callback=self.parse_feed, meta={"handle_httpstatus_all": True}
            )

    def is_article_url(self, url: str) -> bool:
        host = urlsplit(url).hostname or ""
        if any(host.endswith(h) for h in self.site.exclude_hosts):
            return False
        return self.site.is_article_url(url)

    def listing_article_links(self, response: Response) -> list[str]:
        """Article URLs of a listing page, in page order, without duplicates."""
        for selector in as_tuple(self.site.listing_links):
            hrefs = response.css(selector).getall()
            urls = [response.urljoin(h.strip()).split("#", 1)[0] for h in hrefs]
            urls = [u for u in dict.fromkeys(urls) if self.is_article_url(u)]
            if urls:
                return urls
        return []

    def next_page(self, response: Response) -> str | None:
        """The next listing page, from the site's `next_page` selector."""
        for selector in as_tuple(self.site.next_page):
            href = response.css(selector).get()
            if href and not href.strip().startswith(("javascript:", "#")):
                return response.urljoin(href.strip())
        return None

    def parse(self, response: Response, depth: int = 1):
        """A listing page: every article on it, then the next page up to the depth limit."""
        for url in self.listing_article_links(response):
            yield self.article_request(url)
        next_url = self.next_page(response)
        if next_url and depth < self.max_listing_pages and next_url != response.url:
            yield scrapy.Request(next_url, callback=self.parse, cb_kwargs={"depth": depth + 1})

    def parse_feed(self, response: Response):
        """An RSS/Atom feed: every <link> that has the site's article shape."""
        if response.status >= 400:
            self.logger.info("feed %s answered %s", response.url, response.status)
            return
        selector = scrapy.Selector(text=response.text, type="xml")
        selector.remove_namespaces()
        links = selector.xpath("//item/link/text() | //entry/link/@href").getall()
        for link in dict.fromkeys(response.urljoin(u.strip()) for u in links):
            if self.is_article_url(link):
                yield self.article_request(link)

    def article_request(self, url: str) -> scrapy.Request:
        # handle_httpstatus_all: a 404 or 500 reaches parse_article, to be counted as rejected.
        return scrapy.Request(
            url, callback=self.parse_article, meta={"handle_httpstatus_all": True}
        )

    def parse_article(self, response: Response):
        """An article page: one ArticleItem, or one RejectedPage saying why not."""
        # A RejectedPage is logged and counted by the pipeline when it drops it.
        yield self.judge.judge(response)


def dumps(record: dict) -> str:
    """JSON as the archive writes it: Vietnamese kept readable."""
    return json.dumps(record, ensure_ascii=False, indent=2, sort_keys=False)
