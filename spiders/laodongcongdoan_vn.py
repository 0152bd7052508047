"""Tạp chí Lao động và Công đoàn (laodongcongdoan.vn), magazine of the Vietnam General
Confederation of Labour, on MasterCMS (the CMS of laodongthudo.vn)."""

import re

from crawler.families import mastercms_layout
from crawler.site import Site
from crawler.spider import SiteSpider

# Facts (research/sites.md §5) are [code]: the selectors of a public crawler of this site
# (lantuan2205/crawler_news tapchilaodongcongdoan.py, 2025-04..05), plus archived page text
# (2024). No saved page of the site exists: re-check with `congdoan check-live laodongcongdoan_vn`.

# The dateline closest above the body: the "Tin khác" items further down repeat span.format_time.
_BODY_X = "//div[contains(concat(' ', normalize-space(@class), ' '), ' __MASTERCMS_CONTENT ')]"
_DATELINE = f"({_BODY_X}/preceding::span[contains(@class, 'format_time')])[last()]"

CURRENT = mastercms_layout(
    name="mastercms-2024",
    body="div.__MASTERCMS_CONTENT",  # [code]
    match=("h1.article-detail-title",),  # [code]
    fields={
        "title": ("h1.article-detail-title", "meta[property='og:title']::attr(content)"),  # [code]
        "lead": ("div.article-detail-desc",),  # [code]
        # [code] "Chủ nhật 19/05/2024 02:00 |": the crawler strips the trailing "|"; the
        # date parser reads past it. Archived text also shows "09/02/2024 07:00".
        "published": (_DATELINE, "span.format_time"),
        # [code] "Name / …": the crawler keeps the text before "/", as clean_author does.
        "author": ("div.author-title a",),
        # GUESS: the section link of the meta line ("Cà phê tối - 09/02/2024 07:00 …" in
        # archived text) with MasterCMS's article-catname class, else a breadcrumb.
        "category": (
            f"({_BODY_X})[1]/preceding::*[contains(@class, 'breadcrumb')]//a",
            f"({_BODY_X})[1]/preceding::a[contains(@class, 'article-catname')]",
        ),
        # GUESS: MasterCMS tag boxes (laodongthudo's classes); tag pages end in ".tag".
        "tags": ("div.article-detail-tags a", "a[href$='.tag']"),
    },
    prune=("div.article-detail-tags", "div.tags", "div.__MB_SHARE"),
)

# Union sections (lantuan2205, 2025) [code]; topic pages `chuyen-de/<slug>.topic` are
# collections of these sections' articles, so they are not start sections.
UNION_SECTIONS = (
    "/cong-doan/hoat-dong-cong-doan",
    "/cong-doan/phuc-loi-doan-vien",
    "/cong-doan/nghien-cuu",
    "/cong-doan/vong-tay-cong-doan",
    "/phat-trien-doan-vien",
    "/dang-voi-cong-nhan",
    "/nguoi-lao-dong/doi-tho",
    "/dien-dan",
)

# A listing page holds 14 items; page N is "<section>&s_cond=&BRSR=<(N-1)*14>" [code].
PER_PAGE = 14
_BRSR = re.compile(r"&s_cond=[^&]*&BRSR=(\d+)$")

SITE = Site(
    slug="laodongcongdoan_vn",
    name="Tạp chí Lao động và Công đoàn",
    organisation="Tổng Liên đoàn Lao động Việt Nam (Vietnam General Confederation of Labour)",
    base_url="https://laodongcongdoan.vn",
    description="Magazine of the Vietnam General Confederation of Labour: union activity, "
    "members' welfare, research and workers' lives.",
    start_paths=UNION_SECTIONS,
    # /<slug>-<id>.html at the root [code]+[text]: /nho-cai-tet-sum-vay-dau-tien-103228.html
    article_url=r"^https?://[^/]+/[a-z0-9-]+-\d{3,}\.html(?:$|[?#])",
    # Tag pages (bk.laodongcongdoan.vn/tags/<slug>-<id>.tag), topics (.topic), print views.
    exclude_urls=(r"/tags?/", r"\.tag$", r"\.topic$", r"print_article"),
    exclude_hosts=("bk.laodongcongdoan.vn",),
    listing_links=("div.bx-cat-content div.article a::attr(href)",),  # [code]
    # [code] the pager's link whose text holds "sau" ("Sau", "Trang sau") is the next page.
    next_page=(
        "//div[contains(@class, '__PC_ARTICLE_PAGING')]//a"
        "[contains(translate(normalize-space(), 'SAU', 'sau'), 'sau')]/@href",
    ),
    # GUESS: the sister MasterCMS site congthuong.vn serves /rss/home.rss (research §1).
    feeds=("/rss/home.rss",),
    layouts=(CURRENT,),
)


def brsr_next_page(url: str) -> str:
    """The listing page after `url` in MasterCMS's offset form (`<section>&s_cond=&BRSR=14`)."""
    match = _BRSR.search(url)
    if match:
        return url[: match.start()] + f"&s_cond=&BRSR={int(match.group(1)) + PER_PAGE}"
    return url.rstrip("/") + f"&s_cond=&BRSR={PER_PAGE}"


class LaodongcongdoanVnSpider(SiteSpider):
    name = SITE.slug
    site = SITE

    def next_page(self, response):
        """The pager's "Sau" link; when it has no usable href (the public crawler clicked it
        in a browser), the offset URL the pager would load, while the page still has items."""
        found = super().next_page(response)
        if found:
            return found
        pager_next = response.xpath(self.site.next_page[0].removesuffix("/@href"))
        if pager_next and self.listing_article_links(response):
            return brsr_next_page(response.url)
        return None
