"""Công đoàn Việt Nam (congdoanvietnam.vn), the union portal Báo Lao Động runs for the VGCL."""

from crawler.families import laodong_layout
from crawler.listing import is_site_article, next_page_url, own_article_links, page_number
from crawler.site import Site
from crawler.spider import SiteSpider

# No page of this site has been read (research/sites.md §4): what is known is its URL shape
# (/<category>/<slug>-<id>.tld, 2026), its byline line "Bảo Hân (báo lao động) 29/01/2026 15:59
# (GMT+7)", its machine-translated copy ja.congdoanvietnam.vn and that Báo Lao Động runs it
# (it replaced congdoanvietnam.laodong.vn in 2021). EVERY SELECTOR BELOW IS A GUESS: laodong.vn's
# 2026 theme (the same publisher's CMS). When the theme differs, the Lao Động CMS family
# (crawler/families.py LAODONG) reads a page that still has the CMS's markers, else the generic
# path does; `congdoan check-live congdoanvietnam_vn` shows which selectors miss.
V2026 = laodong_layout(
    name="congdoanvietnam-2026",
    body=("article.article-detail div#gallery-ctt.art-body",),
    match="article.article-detail .art-info",
    fields={
        "title": ("article.article-detail h1.title", "article.article-detail h1"),
        "lead": ("article.article-detail div.chappeau",),
        # The byline line reads "Bảo Hân (báo lao động) 29/01/2026 15:59 (GMT+7)": the name,
        # the outlet in brackets, then the date (no weekday, unlike laodong.vn). Whether name and
        # date sit in span.authors and span.time is the guess; the whole line reads as well.
        "author": (
            "article.article-detail .art-info span.authors",
            "article.article-detail .art-info",
        ),
        "published": (
            "article.article-detail .art-info span.time",
            "article.article-detail .art-info",
        ),
        "category": ("div.breadcrums a", "div.breadcrumb a"),
        "tags": ("div.art-footer .lst-tags a",),
    },
)

SITE = Site(
    slug="congdoanvietnam_vn",
    name="Công đoàn Việt Nam",
    organisation="Tổng Liên đoàn Lao động Việt Nam (Vietnam General Confederation of Labour), "
    "run by Báo Lao Động",
    base_url="https://congdoanvietnam.vn",
    description="The confederation's union portal, edited by Báo Lao Động: union news, care "
    "for union members, policy.",
    # Categories seen in its article URLs (2026); their pages as section listings are a GUESS.
    start_paths=("/thoi-su", "/cham-lo-doan-vien"),
    article_url=r"/[a-z0-9-]+/[a-z0-9-]+-\d{3,}\.tld(?:$|\?)",
    exclude_urls=(r"/event/", r"/tags?/"),
    # "LaoDongAI" machine translation (research/sites.md §4, §8.7).
    exclude_hosts=("ja.congdoanvietnam.vn",),
    # GUESS (laodong.vn's list); the spider falls back to the generic listing rules.
    listing_links=(
        "div.block-covers a.link-title::attr(href),"
        " div.p-lst-articles article a.link-title::attr(href)",
    ),
    # GUESS (laodong.vn's pager); the spider falls back to the link to page N+1.
    next_page=("ul.pagination li.active + li a.page-link::attr(href)",),
    # GUESS (laodong.vn's list cards): ".info span.time".
    listing_date=(".info span.time",),
    layouts=(V2026,),
)


class CongdoanvietnamVnSpider(SiteSpider):
    name = SITE.slug
    site = SITE

    def listing_article_links(self, response):
        """The guessed selectors, else the generic rules for a listing's own items."""
        found = super().listing_article_links(response)
        if found:
            return found
        links = own_article_links(response.selector.root, response.url)
        return [u for u in links if is_site_article(self.site, u)]

    def next_page(self, response):
        """The guessed pager selector, else the link to this listing's page N+1."""
        found = super().next_page(response)
        if found and page_number(found)[1] > page_number(response.url)[1]:
            return found
        return next_page_url(response.selector.root, response.url)
