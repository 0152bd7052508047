"""The Báo Lao Động CMS sites: laodong.vn's copies, pager and boxes; the CMS family elsewhere."""

import json
import re
from pathlib import Path

import pytest
from lxml import etree

from crawler.extraction import extract_article, parse_html
from crawler.families import LAODONG
from crawler.listing import is_site_article, listing_links
from crawler.mirror import load_routes
from crawler.spider import FetchedPage
from spiders.congdoanvietnam_vn import SITE as CDVN
from spiders.congdoanvietnam_vn import CongdoanvietnamVnSpider
from spiders.laodong_vn import COPY_HOSTS, SITE, LaodongVnSpider
from tests.crawl_fakes import BASE, MIRROR, make_crawler, make_response, mirror_response

SITES = Path(__file__).parent / "sites"
ARTICLE_2026 = SITES / "laodong_vn" / "2026-05-29_cong-nhan-kcn-quang-minh-kham-suc-khoe"
LISTING = SITES / "laodong_vn" / "listing_cong-doan"
CDVN_ARTICLE = SITES / "congdoanvietnam_vn" / "2026-01-29_tang-ve-xe-doan-vien-ve-que-don-tet"
STORY = "/cong-doan/cong-doan-co-so-dong-hanh-cung-cong-nhan-bi-giam-gio-lam-1710052.ldo"
COOKIE = load_routes(MIRROR / "laodong_vn")["/cong-doan"].challenge


def laodong_spider():
    settings = {"ARCHIVE_BASE_URLS": {"laodong_vn": BASE}}
    return make_crawler(LaodongVnSpider, settings).spider


def saved(stem: Path) -> tuple[dict, bytes]:
    return json.loads(stem.with_suffix(".json").read_text("utf-8")), stem.with_suffix(
        ".html"
    ).read_bytes()


# --- Copies on other hosts --------------------------------------------------------------------


@pytest.mark.parametrize("host", COPY_HOSTS)
def test_language_and_amp_copies_are_never_articles(host):
    assert is_site_article(SITE, f"https://laodong.vn{STORY}")
    assert not is_site_article(SITE, f"https://{host}{STORY}")


def test_a_feed_item_on_a_language_host_is_not_fetched():
    spider = laodong_spider()
    feed = mirror_response("laodong_vn", "/rss/cong-doan.rss", cookie=COOKIE)
    assert "ja.laodong.vn" in feed.text
    urls = [r.url for r in spider.parse_feed(feed)]
    assert len(urls) == 2
    assert not [u for u in urls if "ja.laodong.vn" in u]


def test_an_article_redirected_to_its_language_copy_is_rejected():
    spider = laodong_spider()
    copy = f"https://ja.laodong.vn{STORY}"
    html = (MIRROR / "laodong_vn" / STORY.lstrip("/")).read_bytes()
    page = FetchedPage(
        url=copy,
        status=200,
        headers={"Content-Type": "text/html; charset=utf-8"},
        body=html,
        redirect_urls=[BASE + STORY],
        fetched_at="2026-06-02T08:00:00+00:00",
    )
    assert spider.judge.judge(page).reason == "redirected_off_article"


@pytest.mark.parametrize(
    "url",
    [
        "https://laodong.vn/event/huong-toi-dai-hoi-xiv-cong-doan-viet-nam-1510.ldo",
        "https://laodong.vn/tags/thang-cong-nhan-128471.ldo",
        "https://laodong.vn/cong-doan",
        "https://laodong.vn/cong-doan?page=2",
    ],
)
def test_topic_tag_and_section_pages_are_not_articles(url):
    assert not is_site_article(SITE, url)


# --- The section's pager ----------------------------------------------------------------------


def test_the_next_page_is_the_relative_page_link_made_absolute():
    spider = laodong_spider()
    first = mirror_response("laodong_vn", "/cong-doan", cookie=COOKIE)
    assert spider.next_page(first) == BASE + "/cong-doan?page=2"
    second = mirror_response("laodong_vn", "/cong-doan?page=2")
    assert spider.next_page(second) is None  # "Last" points at the page itself


def test_without_a_marked_current_page_the_pager_link_to_page_n_plus_1_is_next():
    # li.active is a guess (research/sites.md §2 names only a.page-link and "?page=N").
    spider = laodong_spider()
    html = LISTING.with_suffix(".html").read_bytes().replace(b"page-item active", b"page-item")
    url = "https://laodong.vn/cong-doan?page=3"
    response = make_response(url, html, headers={"Content-Type": "text/html; charset=utf-8"})
    assert spider.next_page(response) == "https://laodong.vn/cong-doan?page=4"


def test_the_mirror_section_walks_two_pages_and_each_story_once():
    spider = laodong_spider()
    first = spider.listing_article_links(mirror_response("laodong_vn", "/cong-doan", cookie=COOKIE))
    second = spider.listing_article_links(mirror_response("laodong_vn", "/cong-doan?page=2"))
    # The featured story is shown on both pages: the crawl's duplicate filter takes it once.
    assert first[0] == second[0]
    assert len(set(first) | set(second)) == 8


def test_the_section_page_needs_the_cookie_in_the_mirror():
    assert b"D1N=" in mirror_response("laodong_vn", "/cong-doan").body
    assert b"p-lst-articles" in mirror_response("laodong_vn", "/cong-doan", cookie=COOKIE).body


def test_the_right_column_and_event_strip_are_not_the_sections_items():
    fixture, html = saved(LISTING)
    tree = parse_html(html)
    found = listing_links(tree, fixture["url"], SITE)["articles"]
    for box in ("right-category", "blk-su-kien", "sticky-box"):
        hrefs = tree.xpath(f"//div[contains(@class, '{box}')]//a/@href")
        assert not set(hrefs) & set(found), box
    read_most = tree.xpath("//div[contains(@class, 'right-category')]//a/@href")
    assert read_most and all(is_site_article(SITE, u) for u in read_most)


# --- The article's boxes ----------------------------------------------------------------------


def headlines_outside_the_body(tree: etree._Element) -> list[str]:
    """Every headline and teaser of another story on the page (related, same section, most read)."""
    texts = tree.xpath(
        "//a[contains(@class, 'link-title')]//text()"
        " | //div[contains(@class, 'chapeau')][not(contains(@class, 'chappeau'))]//text()"
    )
    return [t.strip() for t in texts if len(t.strip()) > 20]


def test_no_headline_of_the_pages_other_boxes_reaches_the_body():
    fixture, html = saved(ARTICLE_2026)
    record = extract_article(html, fixture["url"], SITE)
    others = headlines_outside_the_body(parse_html(html))
    assert len(others) >= 20  # the page is as crowded as a real one
    assert not [h for h in others if h in record["body"]]


def test_the_lead_is_never_a_teasers_chapeau():
    fixture, html = saved(ARTICLE_2026)
    without_lead = re.sub(rb'<div class="chappeau">.*?</div>', b"", html, count=1)
    assert without_lead != html
    record = extract_article(without_lead, fixture["url"], SITE)
    teasers = headlines_outside_the_body(parse_html(html))
    assert record["lead"] not in teasers
    # The metadata's description is the sa-po the page lost.
    assert record["lead"] == fixture["expected"]["lead"]


# --- The CMS family on other hosts ------------------------------------------------------------


def another_theme(html: bytes) -> bytes:
    """The page with the theme's own classes gone, the CMS's markers kept."""
    html = html.replace(b' id="gallery-ctt"', b"").replace(b'class="art-info"', b'class="meta"')
    return html.replace(b"wrapper-01", b"head").replace(b"wrapper-02", b"main")


def test_a_congdoanvietnam_page_in_another_theme_falls_to_the_family_and_warns():
    fixture, html = saved(CDVN_ARTICLE)
    record = extract_article(another_theme(html), fixture["url"], CDVN)
    assert record["layout"] == LAODONG.name
    assert "no layout of congdoanvietnam_vn matched: site changed?" in record["warnings"]
    assert record["body"].split("\n\n") == fixture["body_paragraphs"]
    expected = fixture["expected"]
    assert (record["title"], record["lead"]) == (expected["title"], expected["lead"])
    assert record["images"] == expected["images"]


def test_the_family_reads_an_undescribed_host():
    fixture, html = saved(ARTICLE_2026)
    url = fixture["url"].replace("laodong.vn", "congdoan.example.vn").replace(".ldo", ".tld")
    record = extract_article(another_theme(html), url, None)
    assert record["layout"] == LAODONG.name
    assert record["body"].split("\n\n") == fixture["body_paragraphs"]
    assert record["author"] == "Thanh Chân, Anh Tú"
    assert record["category"] == "Công đoàn"


def test_no_family_without_the_cms_wrapper():
    fixture, html = saved(ARTICLE_2026)
    bare = html.replace(b'itemprop="articleBody" ng-controller="ChiTietTinCtrl as vm"', b"")
    assert bare != html
    url = fixture["url"].replace("laodong.vn", "example.vn")
    assert extract_article(another_theme(bare), url, None)["layout"] != LAODONG.name


# --- congdoanvietnam.vn -----------------------------------------------------------------------


def test_congdoanvietnam_copies_and_url_shape():
    story = "/cham-lo-doan-vien/tang-ve-xe-cho-doan-vien-24538.tld"
    assert is_site_article(CDVN, "https://congdoanvietnam.vn" + story)
    assert not is_site_article(CDVN, "https://ja.congdoanvietnam.vn" + story)
    assert not is_site_article(CDVN, "https://congdoanvietnam.vn/cham-lo-doan-vien")


def test_congdoanvietnam_listing_falls_back_to_the_generic_rules():
    # Its listing selectors are guesses: a list in other markup is read by the generic rules.
    items = "".join(
        f'<li class="story"><h3><a href="/thoi-su/tin-so-{n}-{24500 + n}.tld">Tin công đoàn số {n} '
        "về chăm lo đoàn viên</a></h3></li>"
        for n in range(1, 6)
    )
    html = (
        "<html><body><div class='most-read'><h3>Đọc nhiều</h3>"
        "<a href='/thoi-su/tin-doc-nhieu-24001.tld'>Tin đọc nhiều nhất trong tuần này</a></div>"
        f"<ul class='news'>{items}</ul>"
        "<div class='paging'><a href='?page=1'>1</a><a href='?page=2'>2</a></div></body></html>"
    )
    spider = make_crawler(CongdoanvietnamVnSpider).spider
    url = "https://congdoanvietnam.vn/thoi-su"
    response = make_response(url, html.encode(), headers={"Content-Type": "text/html"})
    links = spider.listing_article_links(response)
    assert links == [
        f"https://congdoanvietnam.vn/thoi-su/tin-so-{n}-{24500 + n}.tld" for n in range(1, 6)
    ]
    assert spider.next_page(response) == "https://congdoanvietnam.vn/thoi-su?page=2"


def test_congdoanvietnam_mirror_section_has_its_stories_and_no_next_page():
    settings = {"ARCHIVE_BASE_URLS": {"congdoanvietnam_vn": BASE}}
    spider = make_crawler(CongdoanvietnamVnSpider, settings).spider
    cookie = load_routes(MIRROR / "congdoanvietnam_vn")["/thoi-su"].challenge
    response = mirror_response("congdoanvietnam_vn", "/thoi-su", cookie=cookie)
    links = spider.listing_article_links(response)
    assert len(links) == 2 and all(u.startswith(BASE + "/thoi-su/") for u in links)
    # Its pager's only other link is "Last" (?page=1): the page itself, not a next page.
    assert spider.next_page(response) is None


@pytest.mark.parametrize(
    ("path", "wanted"),
    [
        ("/cong-doan/cong-nhan-duoc-kham-suc-khoe-1704218.ldo", True),
        ("/cong-doan-toan-quoc/thoa-uoc-nganh-det-may-1704001.ldo", True),
        # A federation or sector union the start lists do not name yet.
        ("/ldld-ha-giang/trao-mai-am-cong-doan-1704002.ldo", True),
        ("/cd-giao-duc/khen-thuong-nha-giao-1704003.ldo", True),
        ("/xa-hoi/lich-nghi-he-nam-2026-1703700.ldo", False),
        ("/event/thang-cong-nhan-2026-1522.ldo", False),
    ],
)
def test_the_sitemap_gives_the_union_sections_stories(path, wanted):
    spider = make_crawler(LaodongVnSpider).spider
    assert spider.is_sitemap_article("https://laodong.vn" + path) is wanted
    assert not spider.is_sitemap_article("https://ja.laodong.vn" + path)
