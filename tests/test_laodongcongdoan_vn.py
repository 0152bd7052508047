"""laodongcongdoan.vn's pager: the "Sau" link, else the MasterCMS offset URL it would load."""

from pathlib import Path

from scrapy.http import HtmlResponse, Request

from spiders.laodongcongdoan_vn import LaodongcongdoanVnSpider, brsr_next_page
from tests.crawl_fakes import make_crawler

SECTION = "https://laodongcongdoan.vn/cong-doan/hoat-dong-cong-doan"
SITE_DIR = Path(__file__).parent / "sites" / "laodongcongdoan_vn"
LISTING = SITE_DIR / "listing_hoat-dong-cong-doan.html"


def response(html: str | bytes, url: str = SECTION) -> HtmlResponse:
    body = html.encode() if isinstance(html, str) else html
    return HtmlResponse(url, body=body, request=Request(url))


def spider():
    return make_crawler(LaodongcongdoanVnSpider).spider


def test_brsr_next_page_counts_14_a_page():
    assert brsr_next_page(SECTION) == SECTION + "&s_cond=&BRSR=14"
    assert brsr_next_page(SECTION + "&s_cond=&BRSR=14") == SECTION + "&s_cond=&BRSR=28"


def test_a_pager_whose_next_is_a_script_pages_by_offset():
    # The public crawler clicked "Sau" in a browser: its href may be a script.
    html = LISTING.read_bytes().replace(
        b'href="https://laodongcongdoan.vn/cong-doan/hoat-dong-cong-doan&amp;s_cond=&amp;BRSR=14">Sau',
        b'href="javascript:void(0);">Sau',
    )
    assert b"javascript:void(0);" in html
    page = response(html, SECTION + "&s_cond=&BRSR=14")
    assert spider().next_page(page) == SECTION + "&s_cond=&BRSR=28"


def test_no_next_page_without_sau_or_without_items():
    item = '<div class="article"><a href="/a-123.html">A</a></div>'
    last = f'<div class="bx-cat-content">{item}</div>'
    last += '<div class="__PC_ARTICLE_PAGING"><a href="javascript:;">Trước</a></div>'
    assert spider().next_page(response(f"<html><body>{last}</body></html>")) is None
    empty = '<div class="bx-cat-content"></div><div class="__PC_ARTICLE_PAGING"><a>Sau</a></div>'
    assert spider().next_page(response(f"<html><body>{empty}</body></html>")) is None
