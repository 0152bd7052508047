"""Báo Lao Động (laodong.vn), newspaper of the Vietnam General Confederation of Labour."""

from datetime import date

from crawler.families import laodong_layout
from crawler.listing import next_page_url, page_number
from crawler.site import Site
from crawler.spider import SiteSpider

# The current layout, read off real pages captured 29/05/2026 (research/sites.md §2, "The 2026
# layout"): every selector below was seen there, except where a comment says otherwise.
# div.wrapper-01 holds the headline, div.wrapper-02 the byline, the sa-pô and the text.
V2026 = laodong_layout(
    name="laodong-2026",
    body=("article.article-detail div#gallery-ctt.art-body", "article.article-detail div.art-body"),
    match="article.article-detail",
    fields={
        "title": ("article.article-detail .wrapper-01 h1.title", "article.article-detail h1.title"),
        # div.chappeau (double p): the teasers of other stories are div.chapeau, never the lead.
        "lead": ("article.article-detail div.chappeau",),
        # "Thanh Chân - Anh Tú": two people (JSON-LD author[] names the same two).
        "author": ("article.article-detail .art-info span.authors",),
        # "Thứ sáu, 29/05/2026 14:46 (GMT+7)"; JSON-LD datePublished has the seconds and wins.
        "published": ("article.article-detail .art-info span.time",),
        # "Thời sự › Sự kiện Bình luận": the last crumb is the section (spelt "breadcrums").
        "category": ("div.breadcrums a",),
        "tags": ("div.art-footer .lst-tags a",),
    },
)

# The 2023 markup (Tran-Quang-Phuc/Project_I-Data_Crawling laodong.py, commits 2023-01..02):
# the same AngularJS wrapper and div.art-body, read there through meta tags (og:title,
# og:description, article:section, JSON-LD datePublished) and span.authors. Whether
# article.article-detail already existed then is not known; a page without it lands here.
# The end date is approximate (next sighting of the markup: 2026): a later page only warns.
V2023 = laodong_layout(
    name="laodong-2023",
    body="div[ng-controller='ChiTietTinCtrl as vm'] div.art-body",
    fields={
        "title": ("meta[property='og:title']::attr(content)", "h1"),
        "lead": ("meta[property='og:description']::attr(content)",),
        "author": ("span.authors",),
        "category": ("meta[property='article:section']::attr(content)",),
    },
    valid_until=date(2024, 12, 31),
)

# The 2020-2022 markup (nguyenducduy/scrapy-vietnamese-news-spiders laodong.py, 2020-06, and
# tcnam/news-aggregator, 2021-12..2022-04): body div.article-content, dateline .time time
# (time.f-datetime), trail .breadcrumb (spelt right then), tags .keywords. Gone by 2023-01.
V2020 = laodong_layout(
    name="laodong-2020",
    body="div.article-content",
    fields={
        "title": ("h1", "meta[property='og:title']::attr(content)"),
        "lead": ("meta[property='og:description']::attr(content)",),
        "published": (".time time", "time.f-datetime"),
        "category": ("div.breadcrumb a",),
        "tags": (".keywords a",),
    },
    prune=(".keywords",),
    valid_until=date(2022, 12, 31),
)

# The union sections of the 2026 menu (Mặt trận › Công đoàn): the confederation's own news,
# the provincial federations (/ldld-<province>) and the sector unions (/cd-<sector>). Add a
# federation or a sector union here when the menu shows a new one.
UNION_SECTIONS = ("/cong-doan", "/cong-doan-toan-quoc")
PROVINCIAL_FEDERATIONS = (
    "/ldld-tphn",
    "/ldld-lao-cai",
    "/ldld-nghe-an",
    "/ldld-quang-tri",
    "/ldld-ca-mau",
    "/ldld-vinh-long",
    "/ldld-phu-tho",
)
SECTOR_UNIONS = ("/cd-dien-luc", "/cd-xay-dung", "/cd-y-te")

# Any union section's article path, those not in the lists above too.
UNION_PATHS = r"^https?://[^/]+/(?:cong-doan|cong-doan-toan-quoc|ldld-[a-z0-9-]+|cd-[a-z0-9-]+)/"

# Machine-translated copies (ja. ko. zh. fr. es. ru., news. in English) and the AMP copy of
# every article, at the same path on another host: never archived as articles of their own.
COPY_HOSTS = tuple(
    f"{sub}.laodong.vn" for sub in ("ja", "ko", "zh", "fr", "es", "ru", "news", "amp")
)

SITE = Site(
    slug="laodong_vn",
    name="Báo Lao Động",
    organisation="Tổng Liên đoàn Lao động Việt Nam (Vietnam General Confederation of Labour)",
    base_url="https://laodong.vn",
    description="Daily of the Vietnam General Confederation of Labour; its union sections, "
    "provincial federations and sector unions.",
    start_paths=UNION_SECTIONS + PROVINCIAL_FEDERATIONS + SECTOR_UNIONS,
    # /<section>/<slug>-<id>.ldo (ids ~1.6M in 2026); the regex several 2024-26 crawlers use.
    article_url=r"/[a-z0-9-]+/[a-z0-9-]+-\d{4,}\.ldo(?:$|\?)",
    # Topic pages (/event/<slug>-<n>.ldo, the event strip) and tag pages (/tags/<slug>-<n>.ldo)
    # have the article shape.
    exclude_urls=(r"/event/", r"/tags?/"),
    exclude_hosts=COPY_HOSTS,
    # The featured cards (div.block-covers) are the section's own stories, then its list
    # (div.p-lst-articles article.v4); the right column ("Đọc nhiều", div.sticky-box) and the
    # event strip (div.blk-su-kien) are not. The covers' card markup was not read off the
    # page: any story link in them counts (thumbnail and headline are one URL).
    listing_links=(
        "div.block-covers a[href*='.ldo']::attr(href),"
        " div.p-lst-articles article.v4 a.link-title::attr(href)",
        "div.p-lst-articles a.link-title::attr(href)",
    ),
    # Relative links "?page=N"; the current page's marker (li.active, Bootstrap's, as the
    # page-link class is) is a GUESS: the spider falls back to the link to page N+1.
    next_page=(
        "ul.pagination li.active + li a.page-link::attr(href)",
        "ul.pagination a.page-link[rel='next']::attr(href)",
    ),
    # /rss/<section>.rss, behind the same D1N cookie challenge as the pages: /rss/cong-doan.rss
    # is known; the other union section's feed follows the pattern (a GUESS: a missing feed is
    # skipped with a warning). Whether /ldld-* and /cd-* sections have feeds is not known.
    feeds=tuple(f"/rss{path}.rss" for path in UNION_SECTIONS),
    # sitemap.xml is read by 2024-26 sitemap crawlers (its content unseen); ko.laodong.vn's is a
    # Google News sitemap. It lists every section: the archive takes the union sections', new
    # federations and sector unions included.
    sitemap_filter=UNION_PATHS,
    # A list card's date: ".info span.time" reads "29/05/2026 17:00".
    listing_date=(".info span.time",),
    layouts=(V2026, V2023, V2020),
)


class LaodongVnSpider(SiteSpider):
    name = SITE.slug
    site = SITE

    def next_page(self, response):
        """The site's pager selectors, else the pager's link to this section's page N+1."""
        found = super().next_page(response)
        # On the last page the marker's neighbour is "Last", the page itself.
        if found and page_number(found)[1] > page_number(response.url)[1]:
            return found
        return next_page_url(response.selector.root, response.url)
