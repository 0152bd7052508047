"""Lao Động Thủ Đô (laodongthudo.vn), newspaper of the Hanoi Federation of Labour, on MasterCMS."""

from datetime import date

from crawler.families import mastercms_layout
from crawler.site import Site
from crawler.spider import SiteSpider

# The current markup is unverified (research/sites.md §1): these classes are those of the sister
# MasterCMS site laodongcongdoan.vn (2025), which the research says to try first.
CURRENT = mastercms_layout(
    name="mastercms-2022",
    body="div.__MASTERCMS_CONTENT",
    # The 2020 body div carries __MASTERCMS_CONTENT too; the headline class tells them apart.
    match=("h1.article-detail-title", "div.article-detail-desc"),
    fields={
        "title": ("h1.article-detail-title", "meta[property='og:title']::attr(content)"),
        "lead": ("div.article-detail-desc", "p.detail-sapo"),
        "published": ("span.format_time", "span.format_date"),
        "author": ("div.author-title a",),
        "category": ("div.breadcrumbs a", "div.breadcrumb a"),
        "tags": ("div.article-detail-tags a", "div.tags a"),
    },
    prune=("div.article-detail-tags", "div.tags", "div.__MB_SHARE"),
)

# The 2020 layout (nguyenducduy/scrapy-vietnamese-news-spiders laodongthudo.py, 2020-06);
# image paths changed format in 2022, which dates the redesign (approximately: a newer page in
# this layout gets a warning, a cue to check the site).
V2020 = mastercms_layout(
    name="mastercms-2020",
    body="div.detail_info",
    fields={
        "title": ("meta[property='og:title']::attr(content)", "h1::text"),
        "lead": ("meta[name='description']::attr(content)",),
        "published": (".content_detail .tool i",),
        "category": (".title_new_nav > span > a > span",),
        "tags": (".tags a",),
    },
    prune=(".tags",),
    valid_until=date(2022, 12, 31),
)

SITE = Site(
    slug="laodongthudo_vn",
    name="Lao Động Thủ Đô",
    organisation="Liên đoàn Lao động Thành phố Hà Nội (Hanoi Federation of Labour)",
    base_url="https://laodongthudo.vn",
    description="Newspaper of the Hanoi Federation of Labour; union news from the capital.",
    # Union sections from public crawler start_urls (2020); re-check against the live menu.
    start_paths=(
        "/cong-doan",
        "/cong-doan/hoat-dong",
        "/cong-doan/vi-loi-ich-doan-vien",
        "/cong-doan/thang-cong-nhan",
    ),
    article_url=r"/[a-z0-9-]+-\d{3,}\.html(?:$|\?)",
    exclude_urls=(r"/tag/", r"print_article", r"\.media$"),
    listing_links=(".list_news_title h2 a::attr(href)", "div.list_news h2 a::attr(href)"),
    next_page=("div.__MB_ARTICLE_PAGING a:last-child::attr(href)",),
    feeds=("/rss/cong-doan.rss",),
    # Its article URLs carry no section (/<slug>-<id>.html), so a sitemap of the whole paper
    # (/sitemap.xml is a guess, research/sites.md §1) cannot be narrowed to the union sections:
    # listings and the section feed find them. Listing items show no date that research has
    # seen: a backfill reads a <time> or date-classed element if one is there, else the
    # articles' own dates.
    sitemaps=(),
    # tinbong247news.net republishes laodongthudo wholesale (research/sites.md §1).
    exclude_hosts=("tinbong247news.net",),
    layouts=(CURRENT, V2020),
)


class LaodongthudoVnSpider(SiteSpider):
    name = SITE.slug
    site = SITE
