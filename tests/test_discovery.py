"""Finding articles on an undescribed site: URL shapes, feeds, sitemaps, the generic spider."""

import asyncio

import pytest
from scrapy.http import Request

from crawler.discovery import (
    looks_like_article_url,
    page_feed_links,
    page_sitemap_links,
    same_host,
    site_of,
    sitemap_entries,
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


def test_sitemap_entries():
    body = (MIRROR / "generic" / "sitemap.xml").read_bytes().replace(b"{{base_url}}", b"http://x")
    kind, locations = sitemap_entries(body)
    assert kind == "urlset"
    assert len(locations) == 4
    index = b"<sitemapindex><sitemap><loc>http://x/s1.xml</loc></sitemap></sitemapindex>"
    assert sitemap_entries(index) == ("sitemapindex", ["http://x/s1.xml"])
    assert sitemap_entries(b"<html><body>not a sitemap")[1] == []


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
    assert [u.rsplit("-", 1)[1] for u in urls] == ["1202.html", "1204.html"]


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
