"""A site described for the backfill tests only (tests/test_backfill_e2e.py loads it through
SPIDER_MODULES): laodong.vn's 2026 section and article markup (research/sites.md §2) on an
example host, with its discovery fields set, so the tests do not hang on a site module's
choices."""

from crawler.site import Layout, Site
from crawler.spider import SiteSpider

SITE = Site(
    slug="backfill_example",
    name="Báo mẫu",
    organisation="Công đoàn mẫu",
    base_url="https://baomau.example.vn",
    description="A laodong.vn-shaped site for the backfill tests.",
    start_paths=("/cong-doan",),
    article_url=r"/[a-z0-9-]+/[a-z0-9-]+-\d{4,}\.ldo$",
    listing_links="div.p-lst-articles article.v4 a.link-title::attr(href)",
    next_page="ul.pagination li.active + li a.page-link::attr(href)",
    feeds=("/rss/cong-doan.rss",),
    sitemaps=("/robots.txt",),
    # The union sections; the sitemap lists the whole paper.
    sitemap_filter=r"/(?:cong-doan|cong-doan-toan-quoc|ldld-[a-z-]+|cd-[a-z-]+)/",
    listing_date=".info span.time",
    layouts=(
        Layout(
            name="laodong-2026",
            body="div.art-body",
            fields={
                "title": "article.article-detail h1.title",
                "lead": "article.article-detail div.chappeau",
                "published": "article.article-detail span.time",
                "author": "article.article-detail span.authors",
            },
        ),
    ),
)


class BackfillExampleSpider(SiteSpider):
    name = SITE.slug
    site = SITE
