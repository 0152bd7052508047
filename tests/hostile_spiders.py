"""A site described for the hostile-input tests only (tests/test_hostile.py loads it through
SPIDER_MODULES): one listing of article links, articles in div.content, no feed or sitemap, so
every request the crawl makes is one the test served on purpose."""

from crawler.site import Layout, Site
from crawler.spider import SiteSpider

SITE = Site(
    slug="hostile_example",
    name="Báo thử nghiệm",
    organisation="Công đoàn thử nghiệm",
    base_url="https://hostile.example.vn",
    description="A described site whose pages attack the crawler (tests/test_hostile.py).",
    start_paths=("/tin-tuc",),
    article_url=r"/tin-tuc/[a-z0-9-]+-\d+\.html$",
    listing_links="ul.list a::attr(href)",
    sitemaps=(),
    layouts=(
        Layout(
            name="hostile-2026",
            body="div.content",
            fields={"title": "h1.title", "published": "span.time"},
        ),
    ),
)


class HostileExampleSpider(SiteSpider):
    name = SITE.slug
    site = SITE
