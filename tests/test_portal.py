"""PortalSpider and portal_site: union portals described by guesses, with generic fallbacks."""

import logging
import re

import pytest
from scrapy.http import HtmlResponse, Request

from crawler.families import (
    PORTAL,
    PORTAL_ARTICLE_URL,
    PORTAL_EXCLUDE_URLS,
    PORTAL_LISTING_LINKS,
    portal_site,
)
from crawler.portal import PortalSpider, fallback_article_links
from tests.crawl_fakes import make_crawler

SECTION = "http://congdoan.example.vn/tin-tuc/hoat-dong-cong-doan"
SITE = portal_site(
    slug="congdoan_example_vn",
    name="Công đoàn mẫu",
    organisation="Liên đoàn Lao động tỉnh mẫu",
    base_url="http://congdoan.example.vn",
    description="A portal for tests.",
    start_paths=("/tin-tuc/hoat-dong-cong-doan",),
)


class ExamplePortalSpider(PortalSpider):
    name = SITE.slug
    site = SITE


def article(n: int) -> str:
    return f"http://congdoan.example.vn/tin-tuc/cong-doan-tham-hoi-cong-nhan-so-{n}-{1800 + n}.html"


def item(n: int) -> str:
    return (
        f'<div class="item"><a href="{article(n)}"><img src="/anh/{n}.jpg"></a>'
        f'<h3><a href="{article(n)}">Công đoàn thăm hỏi công nhân số {n}</a></h3>'
        "<p>Đoàn viên có hoàn cảnh khó khăn được tặng quà.</p></div>"
    )


def sidebar() -> str:
    return (
        '<div class="col-right"><h3>Xem nhiều nhất</h3><ul>'
        f'<li><a href="{article(90)}">Bài xem nhiều</a></li>'
        f'<li><a href="{article(91)}">Bài xem nhiều khác</a></li></ul></div>'
    )


def response(body: str, url: str = SECTION) -> HtmlResponse:
    html = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"
    return HtmlResponse(url, body=html.encode(), request=Request(url))


@pytest.fixture
def spider():
    return make_crawler(ExamplePortalSpider).spider


# --- portal_site -------------------------------------------------------------------------------


def test_a_portal_site_is_read_by_the_portal_family_with_the_conventions():
    assert SITE.layouts == (PORTAL,)
    assert SITE.listing_links == PORTAL_LISTING_LINKS
    assert SITE.exclude_urls == PORTAL_EXCLUDE_URLS


@pytest.mark.parametrize(
    "url",
    [
        "http://congdoanbinhduong.org.vn/tin-tuc/cong-doan-tham-hoi-cong-nhan-1875.html",
        "http://congdoan.example.vn/cong-doan-tham-hoi-cong-nhan-1875",
        "https://congdoanyte.hanoi.gov.vn/tin-tuc/2317/lien-doan-lao-dong-quan-ba-dinh.aspx",
        "https://congdoan.most.gov.vn/congdoan/Pages/ChiTietTin.aspx?IDNews=1473&groupID=1",
        "http://congdoan.example.vn/tin-tuc.php?id=55",
        "http://congdoan.example.vn/News/Detail.aspx?ItemID=812&CatID=3",
    ],
)
def test_portal_article_shapes(url):
    assert re.search(PORTAL_ARTICLE_URL, url)


@pytest.mark.parametrize(
    "url",
    [
        "http://congdoan.example.vn/",
        "http://congdoan.example.vn/lien-doan-lao-dong-binh-duong",
        "http://congdoan.example.vn/tin-tuc/hoat-dong-cong-doan?page=2",
        "http://congdoan.example.vn/tin-tuc/trang-2",
        "https://congdoan.most.gov.vn/congdoan/Pages/DanhSachTin.aspx?groupID=1",
    ],
)
def test_portal_listing_shapes_are_not_articles(url):
    assert not re.search(PORTAL_ARTICLE_URL, url)


@pytest.mark.parametrize(
    "url",
    [
        "http://congdoan.example.vn/tag/doan-vien-1234.html",
        "http://congdoan.example.vn/Uploads/bao-cao-tong-ket.pdf?id=12",
    ],
)
def test_tag_pages_and_files_are_excluded(url):
    assert re.search(PORTAL_ARTICLE_URL, url)
    assert not SITE.is_article_url(url)


# --- Listings ----------------------------------------------------------------------------------


def test_the_conventional_news_list_is_the_listing(spider):
    page = response(f'<div class="list-news">{item(1)}{item(2)}</div>{sidebar()}')
    assert spider.listing_article_links(page) == [article(1), article(2)]
    assert not spider.fell_back


def test_without_a_conventional_list_the_generic_rules_read_it_once_warned(spider, caplog):
    page = response(f'<div class="noi-dung">{item(1)}{item(2)}{item(3)}</div>{sidebar()}')
    with caplog.at_level(logging.WARNING):
        first = spider.listing_article_links(page)
        again = spider.listing_article_links(page)
    assert first == again == [article(1), article(2), article(3)]
    warnings = [r for r in caplog.records if "generic listing rules" in r.getMessage()]
    assert len(warnings) == 1
    assert "congdoan check-live congdoan_example_vn" in warnings[0].getMessage()


def test_the_fallback_keeps_only_the_sites_article_shapes():
    page = response(
        f'<div class="noi-dung">{item(1)}{item(2)}'
        '<div class="item"><h3><a href="/tag/cong-doan-co-so-1234.html">Công đoàn cơ sở</a></h3>'
        "</div></div>"
    )
    root = page.selector.root
    assert fallback_article_links(root, SECTION, SITE.is_article_url) == [article(1), article(2)]


def test_next_page_by_the_pager_convention(spider):
    pager = '<div class="pagination"><a href="?page=1">1</a><a href="?page=2">Trang sau</a></div>'
    page = response(f'<div class="list-news">{item(1)}</div>{pager}')
    assert spider.next_page(page) == SECTION + "?page=2"


def test_next_page_falls_back_to_the_generic_rules(spider):
    # No pager class and no "next" word: a link to this listing's page 2 is its next page.
    links = '<p><a href="/tin-tuc/hoat-dong-cong-doan/trang-2">2</a></p>'
    page = response(f'<div class="list-news">{item(1)}</div>{links}')
    assert spider.next_page(page) == SECTION + "/trang-2"


def test_no_next_page_on_a_last_page(spider):
    assert spider.next_page(response(f'<div class="list-news">{item(1)}</div>')) is None
