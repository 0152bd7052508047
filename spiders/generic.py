"""The generic spider: archives a site nobody described, from one start page."""

from urllib.parse import urljoin, urlsplit

import scrapy

from crawler.discovery import looks_like_article_url, page_feed_links, page_sitemap_links, site_of
from crawler.listing import listing_links, on_site
from crawler.spider import ArchiveSpider, ArticleJudge, iter_hrefs

# The `sites` row every generically crawled article points to.
GENERIC_SITE = {
    "slug": "generic",
    "name": "Undescribed sites",
    "organisation": None,
    "base_url": None,
    "description": "Pages archived by the generic spider (congdoan crawl generic --start-url "
    "URL), extracted without a site description; see each article's URL for its site.",
}
# Read on every start site, as a described site's default `sitemaps`: the sitemaps robots.txt
# names, and the conventional /sitemap.xml.
SITEMAP_PATHS = ("/robots.txt", "/sitemap.xml")


class GenericSpider(ArchiveSpider):
    """From a start page, follow its listing's own items and next pages, its feeds and sitemaps.

    ``-a start_url=URL`` (required). The start page is read as a listing (crawler/listing.py:
    the main list's article links, not most-read, picks, sponsored or topic boxes) and its
    next pages are followed like a described site's (crawler/backfill.py: up to
    ``ARCHIVE_MAX_LISTING_PAGES`` listing pages, or back to ``ARCHIVE_SINCE``). The sitemaps
    robots.txt names, /sitemap.xml and those the start page links to are read too.
    Setting ``ARCHIVE_GENERIC_MAX_PAGES``: article pages requested at most
    (``CLOSESPIDER_PAGECOUNT`` also works, counting every response). Article pages are judged
    like a described site's, with generic extraction (site=None), and their own article links
    are followed too, until the limit.
    """

    name = "generic"
    site_record = GENERIC_SITE

    def __init__(self, *args, start_url: str | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not start_url or urlsplit(start_url).scheme not in ("http", "https"):
            raise ValueError("the generic spider needs -a start_url=http(s)://...")
        self.start_url = start_url
        self.host = site_of(start_url)
        # The offsite filter knows host names only; is_article_url also checks the port.
        self.allowed_domains = [(urlsplit(start_url).hostname or "").removeprefix("www.")]
        self.max_pages = 200
        self.judge = ArticleJudge(None, "generic", self.is_article_url)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.max_pages = crawler.settings.getint("ARCHIVE_GENERIC_MAX_PAGES", 200)
        return spider

    async def start(self):
        yield scrapy.Request(self.start_url, callback=self.parse, errback=self.request_failed)
        for path in SITEMAP_PATHS:
            yield self.sitemap_request(urljoin(self.start_url, path))

    def is_article_url(self, url: str) -> bool:
        # The start site's subdomains are its sections (thethao.tuoitre.vn on tuoitre.vn).
        return on_site(url, self.start_url) and looks_like_article_url(url)

    def is_site_url(self, url: str) -> bool:
        return on_site(url, self.start_url)

    def may_request_more(self) -> bool:
        return len(self.requested) < self.max_pages

    def follow_articles(self, urls):
        """Requests for the article-shaped URLs among `urls` not yet requested, up to the limit."""
        return self.article_requests(urls)

    def parse(self, response, depth: int = 1):
        """A listing page: its own items, then its next page while the walk goes on;
        the start page also gives its feeds and sitemaps."""
        if not hasattr(response, "text"):
            self.logger.warning("%s is not a page; nothing to follow", response.url)
            return
        listing = listing_links(response.selector.root, response.url)
        if not listing["articles"]:
            self.logger.warning("%s: no list of articles found on the page", response.url)
        next_url = listing["next_page"]
        if next_url and not self.is_listing_url(next_url):
            next_url = None
        yield from self.walk_listing(response, listing["articles"], next_url, depth)
        if depth > 1:
            return
        for url in page_feed_links(response):
            if self.is_listing_url(url):
                yield self.feed_request(url)
        for url in page_sitemap_links(response):
            if self.is_listing_url(url):
                yield self.sitemap_request(url)

    def is_listing_url(self, url: str) -> bool:
        """A page of the start site's own host (listings, feeds and sitemaps are read there)."""
        return site_of(url) == self.host

    def parse_article(self, response):
        yield from super().parse_article(response)
        if response.status < 400 and hasattr(response, "text"):
            yield from self.follow_articles(iter_hrefs(response))
