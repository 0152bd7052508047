"""Finding articles on an undescribed site: URL shapes, feeds, sitemaps, the generic spider."""

import asyncio
import gzip
from datetime import date

import pytest
from scrapy.http import Request

from crawler.discovery import (
    FeedEntry,
    SitemapEntry,
    looks_like_article_url,
    page_feed_links,
    page_sitemap_links,
    read_feed,
    read_sitemap,
    robots_sitemap_urls,
    same_host,
    site_of,
    sitemap_body,
)
from spiders.generic import GenericSpider
from tests.crawl_fakes import BASE, MIRROR, make_crawler, make_response, mirror_response


@pytest.mark.parametrize(
    "url",
    [
        "https://laodongthudo.vn/phan-dau-ket-nap-1000-doan-vien-moi-46537.html",
        "https://laodong.vn/cong-doan/mua-do-den-tiep-suc-cho-1800-lao-dong-1234134.ldo",
        "https://nld.com.vn/nhung-sai-sot-ho-kinh-doanh-196260307071308923.htm",
        "https://congdoanvietnam.vn/tin-tuc/dai-hoi-cong-doan-nganh-12345.tld",
        "https://congdoan.example.vn/tin-tuc/hoi-nghi-can-bo-cong-doan-nam-2026",
        "https://congdoan.example.vn/news/123456.html",
        # shapes of the Vietnamese press (shared/fixtures/real/dev)
        "https://cafebiz.vn/cha-de-phan-mem-unikey-lo-dien-20220120123728536.chn",
        "https://znews.vn/znews-post1528657.html",
        "https://tienphong.vn/cong-nhan-duoc-ho-tro-tien-thue-nha-post1234567.html",
        "https://vnexpress.net/viet-nam-du-kien-mo-lai-duong-bay-quoc-te-4426992.html",
        "https://dantri.com.vn/the-gioi/chien-thuat-cua-nga-20221224083224103.htm",
        "http://tuoitre.vn/tin/chinh-tri-xa-hoi/20150323/chat-cay-xanh-ha-noi/724115.html",
        "https://e.vnexpress.net/infographics/ben-thanh--can-gio-metro-project-4987331.html",
        "https://www.vietnamplus.vn/cong-doan-viet-nam-post123456.vnp",
        # "Sự kiện" is a news section on dantri.com.vn (2013), not only an event page
        "http://dantri.com.vn/su-kien/mien-bac-sap-vao-dot-nang-nong-nhe-774395.htm",
        # a last segment "video-…" is an article with a video
        "https://nld.com.vn/video-ngoai-chien-su-trung-dong-196260305175419776.htm",
    ],
)
def test_article_shaped_urls(url):
    assert looks_like_article_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://congdoan.example.vn/",
        "https://congdoan.example.vn/tin-tuc/",
        "https://congdoan.example.vn/gioi-thieu",
        "https://congdoan.example.vn/tag/doan-vien-cong-doan-co-so-2024",
        "https://laodongthudo.vn/tag/dai-hoi-cong-doan-thanh-pho-ha-noi-8351.tag",
        "https://congdoan.example.vn/static/bao-cao-tong-ket-cong-doan-2025-1234.pdf",
        "https://congdoan.example.vn/images/anh-dai-hoi-cong-doan-nam-2026.jpg",
        "https://congdoan.example.vn/rss.xml",
        "mailto:congdoan@example.vn",
        "javascript:void(0)",
        # topic, event, tag and video pages, whatever their ids
        "https://tuoitre.vn/dai-hoi-dang-toan-quoc-lan-thu-14-e2029.htm",
        "https://e.vnexpress.net/sea-games-33/topic-28312.html",
        "https://vnexpress.net/topic/ha-noi-26482",
        "https://dantri.com.vn/event/giam-doc-doanh-nghiep-nhan-luong-2315.htm",
        "https://laodong.vn/tags/cong-doan-viet-nam-12345.ldo",
        "http://tuoitre.vn/chu-de/danh-nhau/11995.html",
        "http://dantri.com.vn/video-10498/phao-hoa-bung-sang-trong-ngay-quoc-khanh.htm",
        # a yearly section, and MasterCMS paging written as a path
        "https://dantri.com.vn/the-thao/aff-cup-2018.htm",
        "https://laodongthudo.vn/cong-doan/vi-loi-ich-doan-vien&s_cond=&BRSR=16",
    ],
)
def test_not_article_shaped_urls(url):
    assert not looks_like_article_url(url)


def test_same_host_counts_the_port():
    assert site_of("http://www.Example.vn:8080/a") == "example.vn:8080"
    assert same_host("http://example.vn:8080/b", "example.vn:8080")
    assert not same_host("http://example.vn:8081/b", "example.vn:8080")


def test_page_feed_and_sitemap_links():
    response = mirror_response("generic", "/")
    assert page_feed_links(response) == [BASE + "/rss.xml"]
    assert page_sitemap_links(response) == [BASE + "/sitemap.xml"]


def test_read_sitemap_urlset():
    body = (MIRROR / "generic" / "sitemap.xml").read_bytes().replace(b"{{base_url}}", b"http://x")
    kind, entries = read_sitemap(body)
    assert kind == "urlset"
    assert [e.url for e in entries] == [
        "http://x/",
        "http://x/gioi-thieu",
        "http://x/tin-tuc/chi-dan-quyen-loi-bao-hiem-xa-hoi-cho-cong-nhan-1202.html",
        "http://x/tin-tuc/cong-doan-ho-tro-cong-nhan-bi-mat-viec-lam-1204.html",
    ]
    assert [e.date for e in entries] == [None, None, "2026-03-08", "2026-04-25"]


def test_read_sitemap_index_with_lastmod():
    index = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>http://x/sitemaps/news.xml</loc><lastmod>2026-05-29T17:05:00+07:00</lastmod></sitemap>
  <sitemap><loc> http://x/sitemaps/2024-12.xml </loc></sitemap>
</sitemapindex>"""
    assert read_sitemap(index) == (
        "sitemapindex",
        [
            SitemapEntry("http://x/sitemaps/news.xml", modified="2026-05-29T17:05:00+07:00"),
            SitemapEntry("http://x/sitemaps/2024-12.xml"),
        ],
    )


# A Google News sitemap as ko.laodong.vn serves one (research/sites.md §2): the date and the
# title sit one level down, in <news:news>; an <image:image> has its own <image:loc>.
NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url>
    <loc>http://x/cong-doan/cong-doan-trao-qua-cho-cong-nhan-1612345.ldo</loc>
    <image:image><image:loc>http://x/anh/qua.jpg</image:loc><image:title>Ảnh</image:title></image:image>
    <news:news>
      <news:publication>
        <news:name>Lao Động</news:name><news:language>vi</news:language>
      </news:publication>
      <news:publication_date>2026-05-29T08:30:00+07:00</news:publication_date>
      <news:title>Công đoàn trao quà cho công nhân</news:title>
    </news:news>
  </url>
  <url><loc>http://x/cong-doan/bai-khong-ngay-1612346.ldo</loc></url>
</urlset>""".encode()


def test_read_google_news_sitemap():
    kind, entries = read_sitemap(NEWS_SITEMAP)
    assert kind == "urlset"
    assert entries == [
        SitemapEntry(
            "http://x/cong-doan/cong-doan-trao-qua-cho-cong-nhan-1612345.ldo",
            published="2026-05-29T08:30:00+07:00",
            title="Công đoàn trao quà cho công nhân",
        ),
        SitemapEntry("http://x/cong-doan/bai-khong-ngay-1612346.ldo"),
    ]
    # The publication date wins over lastmod when both are given.
    both = NEWS_SITEMAP.replace(b"</loc>\n    <image", b"</loc><lastmod>2026-06-01</lastmod><image")
    assert read_sitemap(both)[1][0].date == "2026-05-29T08:30:00+07:00"


def test_read_sitemap_rejects_pages_that_are_not_sitemaps():
    assert read_sitemap(b"<html><body>not a sitemap") == ("", [])
    assert read_sitemap(b"") == ("", [])
    assert read_sitemap(b"<rss><channel></channel></rss>") == ("", [])
    # A truncated sitemap keeps the entries read before the cut.
    kind, entries = read_sitemap(
        NEWS_SITEMAP[: NEWS_SITEMAP.index(b"<url><loc>http://x/cong-doan/bai")]
    )
    assert (kind, len(entries)) == ("urlset", 1)


def test_gzipped_sitemap_body():
    url = BASE + "/sitemap.xml.gz"
    response = make_response(url, gzip.compress(NEWS_SITEMAP), headers={})
    assert sitemap_body(response) == NEWS_SITEMAP
    plain = make_response(BASE + "/sitemap.xml", NEWS_SITEMAP, headers={})
    assert sitemap_body(plain) == NEWS_SITEMAP


def test_robots_sitemap_lines():
    robots = (
        b"User-agent: *\nDisallow: /preview/\n\nSitemap: /sitemaps/index.xml\n"
        b"sitemap: https://laodong.vn/sitemap-news.xml\n# Sitemap: /commented.xml\n"
    )
    assert robots_sitemap_urls(robots, "https://laodong.vn/robots.txt") == [
        "https://laodong.vn/sitemaps/index.xml",
        "https://laodong.vn/sitemap-news.xml",
    ]
    assert robots_sitemap_urls(b"User-agent: *\nDisallow: /quan-tri/\n", BASE + "/robots.txt") == []


def test_read_rss_feed_with_dates():
    # nld.com.vn writes ISO dates in pubDate, and some feeds the "+07" zone (research/sites.md §3).
    body = (MIRROR / "nld_com_vn" / "rss" / "lao-dong.rss").read_bytes()
    entries = read_feed(body.replace(b"{{base_url}}", b"https://nld.com.vn"), "https://nld.com.vn/")
    assert entries[0] == FeedEntry(
        "https://nld.com.vn/nha-luu-tru-cong-nhan-duoc-cong-doan-ho-tro-tien-dien-196260410143000003.htm",
        "2026-04-10T14:30:00+07:00",
    )
    assert len(entries) == 3
    rfc822 = b"""<rss version="2.0"><channel><link>https://x.vn/</link>
<item><title>A</title><link>/tin/bai-a-1001.html</link>
<pubDate>Fri, 29 May 2026 08:30:00 +07</pubDate></item>
<item><title>B</title><guid>https://x.vn/tin/bai-b-1002.html</guid></item>
<item><title>A again</title><link>https://x.vn/tin/bai-a-1001.html#top</link></item>
</channel></rss>"""
    assert read_feed(rfc822, "https://x.vn/rss.xml") == [
        FeedEntry("https://x.vn/tin/bai-a-1001.html", "2026-05-29T08:30:00+07:00"),
        FeedEntry("https://x.vn/tin/bai-b-1002.html", None),
    ]


def test_read_atom_feed():
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Tin công đoàn</title>
<link rel="self" href="https://x.vn/atom.xml"/>
<entry><title>Đại hội</title><link rel="alternate" href="https://x.vn/tin/dai-hoi-1003.html"/>
<link rel="enclosure" href="https://x.vn/anh.jpg"/>
<published>2026-05-28T10:00:00+07:00</published><updated>2026-05-29T10:00:00+07:00</updated></entry>
</feed>""".encode()
    assert read_feed(atom, "https://x.vn/atom.xml") == [
        FeedEntry("https://x.vn/tin/dai-hoi-1003.html", "2026-05-28T10:00:00+07:00")
    ]
    assert read_feed(b"<html><body>Trang</body></html>", "https://x.vn/") == []


# --- The generic spider, on the mirror's undescribed union portal -------------------------


def generic_spider(max_pages=200):
    settings = {"ARCHIVE_GENERIC_MAX_PAGES": max_pages}
    return make_crawler(GenericSpider, settings, start_url=BASE + "/").spider


def test_generic_needs_a_start_url():
    with pytest.raises(ValueError, match="start_url"):
        GenericSpider()


def test_generic_start_page():
    spider = generic_spider()
    first = asyncio.run(anext(spider.start()))
    assert first.url == BASE + "/"
    requests = list(spider.parse(mirror_response("generic", "/")))
    by_callback = {}
    for request in requests:
        by_callback.setdefault(request.callback.__name__, []).append(request.url)
    assert by_callback == {
        "parse_article": [
            BASE
            + "/tin-tuc/dai-hoi-cong-doan-khu-cong-nghiep-song-hong-nhiem-ky-2026-2031-1201.html"
        ],
        "parse_feed": [BASE + "/rss.xml"],
        "parse_sitemap": [BASE + "/sitemap.xml"],
    }


def test_generic_follows_sitemap_articles_only():
    spider = generic_spider()
    urls = [r.url for r in spider.parse_sitemap(mirror_response("generic", "/sitemap.xml"))]
    # Newest first by lastmod: a regular run reads the newest ARCHIVE_MAX_SITEMAP_ARTICLES.
    assert [u.rsplit("-", 1)[1] for u in urls] == ["1204.html", "1202.html"]


def test_generic_never_leaves_the_host():
    spider = generic_spider()
    assert spider.allowed_domains == ["127.0.0.1"]
    assert not spider.is_article_url("https://congdoan.example.org/tin-tuc/bai-viet-dai-1234.html")
    # Another port on 127.0.0.1 is another site (the mirror serves one site per port).
    assert not spider.is_article_url("http://127.0.0.1:1/tin-tuc/bai-viet-dai-hoi-1234.html")


def test_generic_page_limit():
    spider = generic_spider(max_pages=2)
    urls = [f"{BASE}/tin-tuc/bai-viet-so-{n}-1{n:03d}.html" for n in range(5)]
    requests = list(spider.follow_articles(urls))
    assert len(requests) == 2
    assert list(spider.follow_articles(urls)) == []


def test_generic_article_is_judged_without_a_site_and_followed():
    spider = generic_spider()
    target = "/tin-tuc/dai-hoi-cong-doan-khu-cong-nghiep-song-hong-nhiem-ky-2026-2031-1201.html"
    item, *follow = spider.parse_article(mirror_response("generic", target))
    assert item.article["site"] == "generic"
    # The mirror's portal shape ("Ngày đăng:" under the headline) is read by the portal family.
    assert item.article["layout"] == "portal"
    assert item.page["site"] == "generic"
    assert [r.url.rsplit("-", 1)[1] for r in follow if isinstance(r, Request)] == ["1203.html"]


# --- The generic spider on a listing: its own items and its next pages ----------------------

LISTING = """<html><body>
<nav><a href="/tin-tuc/bai-trong-menu-cong-doan-2001.html">Bài trong menu</a></nav>
<main><div class="list-news">{items}</div>
<div class="paging"><a href="/tin-tuc?page={n}">{n}</a></div></main>
<aside><h3>Đọc nhiều</h3><a href="/tin-tuc/bai-doc-nhieu-cong-doan-2002.html">Đọc nhiều</a></aside>
</body></html>"""


def listing_response(page: int, next_page: int | None):
    items = "".join(
        f'<h3><a href="/tin-tuc/cong-doan-tham-hoi-cong-nhan-{page}{i}00.html">Tin {i}</a></h3>'
        for i in (1, 2)
    )
    paging = next_page or page  # the last page links only to itself
    body = LISTING.format(items=items, n=paging).encode()
    url = BASE + ("/tin-tuc" if page == 1 else f"/tin-tuc?page={page}")
    return make_response(url, body, headers={"Content-Type": "text/html; charset=utf-8"})


def test_generic_follows_the_listings_own_items_then_its_next_page():
    spider = generic_spider()
    requests = [r for r in spider.parse(listing_response(1, 2)) if isinstance(r, Request)]
    articles = [r.url for r in requests if r.callback == spider.parse_article]
    assert articles == [
        BASE + "/tin-tuc/cong-doan-tham-hoi-cong-nhan-1100.html",
        BASE + "/tin-tuc/cong-doan-tham-hoi-cong-nhan-1200.html",
    ]
    [next_page] = [r for r in requests if r.callback == spider.parse]
    assert next_page.url == BASE + "/tin-tuc?page=2"
    assert next_page.cb_kwargs == {"depth": 2}


def test_generic_stops_at_the_listing_page_limit():
    spider = generic_spider()
    spider.max_listing_pages = 2
    requests = list(spider.parse(listing_response(2, 3), depth=2))
    assert [r.callback for r in requests] == [spider.parse_article, spider.parse_article]
    # A later page gives no feeds or sitemaps again, and the last page has no next page.
    spider.max_listing_pages = 5
    requests = list(spider.parse(listing_response(3, None), depth=3))
    assert {r.callback for r in requests} == {spider.parse_article}


def test_generic_listing_settings():
    spider = make_crawler(
        GenericSpider, {"ARCHIVE_MAX_LISTING_PAGES": 3}, start_url=BASE + "/"
    ).spider
    assert spider.max_listing_pages == 3


def test_generic_follows_the_start_sites_subdomains_only():
    spider = make_crawler(GenericSpider, {}, start_url="https://congdoan.example.vn/").spider
    assert spider.is_article_url("https://tin.congdoan.example.vn/bai-viet-dai-hoi-1234.html")
    assert not spider.is_article_url("https://example.vn/bai-viet-dai-hoi-1234.html")


def test_generic_backfill_stops_walking_at_its_page_limit():
    spider = make_crawler(
        GenericSpider,
        {"ARCHIVE_GENERIC_MAX_PAGES": 2, "ARCHIVE_SINCE": "2020-01-01"},
        start_url=BASE + "/",
    ).spider
    requests = list(spider.parse(listing_response(2, 3), depth=2))
    # The page has no dates: its next page waits for its articles, which reach the limit.
    assert [r.callback for r in requests] == [spider.parse_article, spider.parse_article]
    later = [r for request in requests for r in spider.settle(request, date(2026, 1, 1))]
    assert later == []  # the next page would bring nothing to fetch
    assert spider.watches == {}
    # A dated page reaching the limit stops at once.
    spider.requested.clear()
    dated = listing_response(3, 4)
    dated = dated.replace(
        body=dated.body.replace(b"</a></h3>", b"</a><time>01/01/2026</time></h3>")
    )
    requests = list(spider.parse(dated, depth=3))
    assert [r.callback for r in requests] == [spider.parse_article, spider.parse_article]
