"""Người Lao Động (nld.com.vn), newspaper of the Ho Chi Minh City Federation of Labour."""

import re
from datetime import date

from crawler.families import vccorp_layout
from crawler.site import Site
from crawler.spider import SiteSpider

# The 2024+ VCCorp-style template, verified on a real page captured 07/03/2026
# (research/sites.md §3; ../shared/fixtures/real/nld_article.html).
V2024 = vccorp_layout(
    name="vccorp-2024",
    body="div.detail-content[data-role='content']",
    fields={
        # og:title and the JSON-LD headline are a shortened variant: the h1 is the title.
        "title": ("h1.detail-title",),
        "lead": ("h2.detail-sapo",),
        "category": ("div.detail-cate a[data-role='cate-name']",),
        "published": ("div.detail-time time::attr(datetime)", "div.detail-time time"),
        # meta author is just "NLD.COM.VN"; the byline sits outside the body.
        "author": ("div.detail-author p.name[data-role='author']",),
        "tags": ("div.detail-tab a.item",),
    },
)

# The pre-2024 template (Tran-Quang-Phuc/Project_I-Data_Crawling nguoilaodong.py, 2023).
V2023 = vccorp_layout(
    name="nld-2023",
    body="div.content-news-detail",
    fields={
        "title": (".title-content", "h1"),
        "lead": (".sapo-detail",),
        "published": ("meta[itemprop='datePublished']::attr(content)",),
        "author": ("meta[property='dable:author']::attr(content)",),
    },
    # Related links sat in a list under the text; photos were the family's div[type=Photo] boxes.
    prune=("div.news-relation-bottom", ".news-relation"),
    # Redesigned "around 2024" (research/sites.md §0); approximate, a later page only warns.
    valid_until=date(2024, 12, 31),
)

SITE = Site(
    slug="nld_com_vn",
    name="Người Lao Động",
    organisation="Liên đoàn Lao động TP Hồ Chí Minh (Ho Chi Minh City Federation of Labour)",
    base_url="https://nld.com.vn",
    description="Daily of the Ho Chi Minh City Federation of Labour; its union section.",
    start_paths=("/lao-dong/cong-doan-cong-nhan.htm",),
    # 2024+: /<slug>-196<yyMMddHHmmssSSS>.htm; <=2023: /cong-doan/<slug>-<yyyyMMddHHmmssSSS>.htm
    article_url=r"/[a-z0-9-]+-\d{15,}\.htm(?:$|\?)",
    # A stream item can carry an older story under it (box-category-related-link-title).
    listing_links=(
        "a.box-category-link-title::attr(href), a.box-category-related-link-title::attr(href)",
        "h3 a::attr(href)",
    ),
    feeds=("/rss/lao-dong.rss",),
    # /sitemap.xml and /sitemaps.xml are listed by 2024-26 crawlers (research/sites.md §3), but
    # 2024+ article URLs carry no section: a sitemap of the whole paper cannot be narrowed to
    # the union section, which the listing and the feed cover.
    sitemaps=(),
    # Listing items show no date (nld_list.html, 2026), but the id does: 196<yyMMddHHmmssSSS>
    # (2024+) and <yyyyMMddHHmmssSSS> (<=2023).
    url_date=r"-(?:196)?(?P<y>(?:20)?\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)\d{9}\.htm(?:$|\?)",
    layouts=(V2024, V2023),
)

# The section page has no page links, only a "Xem thêm" button; its script loads
# /timelinelist/<zoneId>/<N>.htm with the zone id from input#hdZoneId (nld_list.html, 2026).
_TIMELINE_PAGE = re.compile(r"/timelinelist/(\d+)/(\d+)\.htm")


def next_page_url(url: str, zone_id: str | None) -> str | None:
    """The next timeline page after a section page or a timeline page."""
    match = _TIMELINE_PAGE.search(url)
    if match:
        zone, page = match.group(1), int(match.group(2))
        return url[: match.start()] + f"/timelinelist/{zone}/{page + 1}.htm"
    if zone_id:
        root = url.split("/", 3)
        return f"{root[0]}//{root[2]}/timelinelist/{zone_id}/2.htm"
    return None


class NldComVnSpider(SiteSpider):
    name = SITE.slug
    site = SITE

    def next_page(self, response):
        zone_id = response.css("input#hdZoneId::attr(value)").get()
        if _TIMELINE_PAGE.search(response.url) and not self.listing_article_links(response):
            return None
        return next_page_url(response.url, zone_id)
