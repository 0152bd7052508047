"""Spiders on saved listings and the sample mirror: links, paging, feeds, and the judge."""

import json
import logging
import re
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError
from twisted.python.failure import Failure

from crawler.cli import described_sites, spider_loader
from crawler.discovery import read_feed
from crawler.items import ArticleItem, RejectedPage
from crawler.spider import ARTICLE_PRIORITY, ERROR_STATUSES
from tests.crawl_fakes import BASE, make_crawler, make_response, mirror_response

SITES_DIR = Path(__file__).parent / "sites"
# Every described site's spider by slug: the saved listings cover every site.
SPIDERS = {slug: spider_loader().load(slug) for slug in described_sites()}
LISTINGS = sorted(SITES_DIR.glob("*/listing_*.json"))


def spider_for(slug, base_url=BASE):
    settings = {"ARCHIVE_BASE_URLS": {slug: base_url}} if base_url else {}
    return make_crawler(SPIDERS[slug], settings).spider


def saved_listing(path: Path):
    fixture = json.loads(path.read_text(encoding="utf-8"))
    body = path.with_suffix(".html").read_bytes()
    url = fixture["url"]
    headers = {"Content-Type": "text/html; charset=utf-8"}
    return fixture, HtmlResponse(url, body=body, headers=headers, request=Request(url))


@pytest.mark.parametrize("path", LISTINGS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_saved_listing_links_and_next_page(path):
    fixture, response = saved_listing(path)
    spider = spider_for(fixture["site"], base_url=None)
    # The site module's exclude_urls are deliberate (e-magazines, print views): not followed.
    excluded = [re.compile(p) for p in spider.site.exclude_urls]
    expected = [u for u in fixture["article_links"] if not any(p.search(u) for p in excluded)]
    assert spider.listing_article_links(response) == expected
    assert spider.next_page(response) == fixture["next_page"]


def requests_of(results):
    return [r for r in results if isinstance(r, Request)]


def test_laodongthudo_listing_yields_articles_then_next_page():
    spider = spider_for("laodongthudo_vn")
    requests = requests_of(spider.parse(mirror_response("laodongthudo_vn", "/cong-doan")))
    *articles, next_page = requests
    assert [r.url.rsplit("-", 1)[1] for r in articles] == [
        "186001.html",
        "186002.html",
        "186003.html",
        "186010.html",
        "186012.html",
    ]
    assert all(r.callback == spider.parse_article for r in articles)
    assert next_page.url == BASE + "/cong-doan&s_cond=&BRSR=16"
    assert next_page.cb_kwargs == {"depth": 2}


def test_laodongthudo_last_listing_page_stops():
    spider = spider_for("laodongthudo_vn")
    response = mirror_response("laodongthudo_vn", "/cong-doan&s_cond=&BRSR=16")
    assert spider.next_page(response) == response.url
    assert all(r.callback == spider.parse_article for r in requests_of(spider.parse(response)))


def test_listing_depth_limit():
    spider = spider_for("laodongthudo_vn")
    spider.max_listing_pages = 1
    requests = requests_of(spider.parse(mirror_response("laodongthudo_vn", "/cong-doan")))
    assert all(r.callback == spider.parse_article for r in requests)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/lao-dong/cong-doan-cong-nhan.htm", "/timelinelist/1961029/2.htm"),
        ("/timelinelist/1961029/2.htm", "/timelinelist/1961029/3.htm"),
        ("/timelinelist/1961029/3.htm", None),  # the empty page after the last one
    ],
)
def test_nld_timeline_paging(target, expected):
    spider = spider_for("nld_com_vn")
    next_url = spider.next_page(mirror_response("nld_com_vn", target))
    assert next_url == (BASE + expected if expected else None)


def test_article_requests_outrank_listing_pages():
    spider = spider_for("laodongthudo_vn")
    requests = requests_of(spider.parse(mirror_response("laodongthudo_vn", "/cong-doan")))
    articles = [r for r in requests if r.callback == spider.parse_article]
    listing = [r for r in requests if r.callback == spider.parse]
    assert {r.priority for r in articles} == {ARTICLE_PRIORITY}
    assert {r.priority for r in listing} == {0}
    # Error statuses reach the callback; redirects are still followed.
    assert articles[0].meta["handle_httpstatus_list"] == ERROR_STATUSES
    assert "handle_httpstatus_all" not in articles[0].meta


async def collect(agen):
    return [x async for x in agen]


def test_start_points_at_the_mirror():
    import asyncio

    spider = spider_for("laodongthudo_vn")
    urls = [r.url for r in asyncio.run(collect(spider.start()))]
    assert urls == [
        BASE + "/cong-doan",
        BASE + "/cong-doan/hoat-dong",
        BASE + "/cong-doan/vi-loi-ich-doan-vien",
        BASE + "/cong-doan/thang-cong-nhan",
        BASE + "/rss/cong-doan.rss",
    ]
    assert spider.allowed_domains == ["127.0.0.1"]


def test_feed_links_are_absolute_article_requests():
    spider = spider_for("laodongthudo_vn")
    response = mirror_response("laodongthudo_vn", "/rss/cong-doan.rss")
    assert len(read_feed(response.body, response.url)) == 2  # items only, not the channel link
    urls = [r.url for r in spider.parse_feed(response)]
    assert urls == [
        BASE + "/chuong-trinh-tet-sum-vay-2027-du-kien-ho-tro-20000-doan-vien-186006.html",
        BASE + "/cong-doan-ha-noi-trao-200-suat-qua-cho-cong-nhan-kho-khan-186001.html",
    ]


def test_missing_feed_is_skipped():
    spider = spider_for("nld_com_vn")
    assert list(spider.parse_feed(mirror_response("nld_com_vn", "/rss/khong-co.rss"))) == []


# --- The judge, on the mirror's good and bad pages ----------------------------------------

LDTD_ARTICLE = "/cong-doan-ha-noi-trao-200-suat-qua-cho-cong-nhan-kho-khan-186001.html"


def judge(slug, target, **kwargs):
    return spider_for(slug).judge.judge(mirror_response(slug, target, **kwargs))


def test_article_page_becomes_an_item_with_its_raw_page():
    item = judge("laodongthudo_vn", LDTD_ARTICLE)
    assert isinstance(item, ArticleItem)
    assert item.article["title"].startswith("Công đoàn Hà Nội trao 200 suất quà")
    assert item.article["layout"] == "mastercms-2022"
    assert item.page["url"] == item.page["requested_url"] == BASE + LDTD_ARTICLE
    assert item.page["status"] == 200
    assert item.page["headers"]["Content-Type"].startswith("text/html")
    assert item.page["body"].startswith(b"<!DOCTYPE html>")


def test_repaired_charset_is_stored_with_a_warning():
    item = judge("laodongthudo_vn", "/nguoi-lao-dong-duoc-tu-van-phap-luat-mien-phi-186017.html")
    assert isinstance(item, ArticleItem)
    assert "Người lao động" in item.article["title"]
    assert "charset: declared cp1252, decoded as utf-8" in item.article["warnings"]


def test_answered_challenge_serves_the_article():
    target = "/cong-doan-nganh-giao-duc-ha-noi-tong-ket-nam-hoc-186012.html"
    assert isinstance(judge("laodongthudo_vn", target), RejectedPage)
    cookie = "D1N=3f6c2a9e8b1d4c7f9a0e5b2d6c8f1a34"
    assert isinstance(judge("laodongthudo_vn", target, cookie=cookie), ArticleItem)


@pytest.mark.parametrize(
    ("slug", "target", "reason"),
    [
        ("laodongthudo_vn", "/tin-da-go-bo-186010.html", "http_404"),
        ("nld_com_vn", "/thong-tin-dang-duoc-cap-nhat-196260320000000500.htm", "http_500"),
        (
            "laodongthudo_vn",
            "/thong-bao-lich-tiep-doan-vien-cua-chu-tich-cong-doan-186013.html",
            "cookie_challenge",
        ),
        ("laodongthudo_vn", "/chuyen-de-thang-cong-nhan-2026-186014.html", "listing_page"),
        ("nld_com_vn", "/chu-de-thang-cong-nhan-2026-196260501000000000.htm", "listing_page"),
        ("laodongthudo_vn", "/video-le-phat-dong-thang-cong-nhan-186015.html", "no_body"),
        (
            "laodongthudo_vn",
            "/bao-cao-tong-ket-cong-tac-cong-doan-nam-2025-186016.html",
            "not_html",
        ),
        ("nld_com_vn", "/luong-huu-thang-6-tang-bao-nhieu-196260601090000666.htm", "bad_charset"),
    ],
)
def test_bad_pages_are_rejected_with_their_reason(slug, target, reason):
    rejected = judge(slug, target)
    assert isinstance(rejected, RejectedPage)
    assert (rejected.reason, rejected.site, rejected.url) == (reason, slug, BASE + target)


def test_redirect_to_home_page_is_rejected():
    redirected = {"redirect_urls": [BASE + "/bai-viet-da-chuyen-chuyen-muc-186011.html"]}
    rejected = judge("laodongthudo_vn", "/", meta=redirected)
    assert rejected.reason == "redirected_home"
    assert rejected.detail == "from " + BASE + "/bai-viet-da-chuyen-chuyen-muc-186011.html"


def test_redirect_to_a_section_is_rejected():
    meta = {"redirect_urls": [BASE + "/bai-cu-186111.html"]}
    rejected = judge("laodongthudo_vn", "/cong-doan", meta=meta)
    assert rejected.reason == "redirected_off_article"


def test_redirect_to_another_article_is_archived_under_the_new_url():
    meta = {"redirect_urls": [BASE + "/ten-cu-cua-bai-186001.html"]}
    item = judge("laodongthudo_vn", LDTD_ARTICLE, meta=meta)
    assert item.page["requested_url"] == BASE + "/ten-cu-cua-bai-186001.html"
    assert item.page["url"] == BASE + LDTD_ARTICLE


# --- Failed requests ---------------------------------------------------------------------


def failure_of(exception, url):
    failure = Failure(exception)
    failure.request = Request(url)
    return failure


def test_failed_request_is_one_log_line_and_an_error(caplog):
    spider = spider_for("laodongthudo_vn")
    url = BASE + "/cong-doan"
    with caplog.at_level(logging.INFO):
        spider.request_failed(failure_of(ConnectionRefusedError("refused"), url))
    assert [r.getMessage() for r in caplog.records] == [
        f"{url} failed: Connection was refused by other side: refused."
    ]
    assert not caplog.records[0].exc_info
    assert spider.crawler.stats.get_value("archive/request_errors") == 1


def test_listing_http_error_is_logged_with_its_status(caplog):
    spider = spider_for("laodongthudo_vn")
    response = make_response(BASE + "/cong-doan", b"", status=404)
    with caplog.at_level(logging.INFO):
        spider.request_failed(failure_of(HttpError(response), response.url))
    assert caplog.records[0].getMessage() == f"{BASE}/cong-doan answered HTTP 404"


REAL_LIST = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real" / "nld_list.html"


@pytest.mark.skipif(not REAL_LIST.exists(), reason="../shared/fixtures/real is absent")
def test_real_nld_listing_page():
    # The real /kinh-te.htm section (March 2026): 24 box-category-item, #hdZoneId 1961014.
    url = "https://nld.com.vn/kinh-te.htm"
    response = HtmlResponse(url, body=REAL_LIST.read_bytes(), request=Request(url))
    spider = spider_for("nld_com_vn", base_url=None)
    links = spider.listing_article_links(response)
    assert len(links) >= 20
    assert all(re.search(r"^https://nld\.com\.vn/[a-z0-9-]+-\d{15,}\.htm$", u) for u in links)
    assert spider.next_page(response) == "https://nld.com.vn/timelinelist/1961014/2.htm"


def test_user_agent_follows_the_contact_url_unless_set_itself():
    from scrapy.settings import Settings

    from crawler.spider import follow_contact_url

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    follow_contact_url(settings)
    assert "congdoan-archive" in settings["USER_AGENT"]
    settings.set("ARCHIVE_CONTACT_URL", "https://ldld.example.vn/lien-he", priority="cmdline")
    follow_contact_url(settings)
    assert settings["USER_AGENT"] == "congdoan-archive/0.1 (+https://ldld.example.vn/lien-he)"
    settings.set("USER_AGENT", "my-archive/1.0", priority="cmdline")
    follow_contact_url(settings)
    assert settings["USER_AGENT"] == "my-archive/1.0"


# --- The generic spider, end to end, on a paged listing served from 127.0.0.1 ----------------

ARTICLE_PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>Ngày 12/03/2026, Công đoàn khu công nghiệp đã tổ chức thăm hỏi, tặng quà cho đoàn viên
có hoàn cảnh khó khăn và trao học bổng cho con công nhân học giỏi.</p>
<p>Chủ tịch công đoàn cho biết hoạt động sẽ được duy trì hằng năm.</p></article></body></html>"""
PAGED_LISTING = """<html><body><nav><a href="/">Trang chủ</a></nav>
<main><ul class="list-news">{items}</ul>
<div class="paging"><a href="/tin-tuc/trang-{next}/">Trang sau</a></div></main>
<aside class="box-doc-nhieu"><h3>Đọc nhiều</h3>
<a href="/tin-tuc/bai-doc-nhieu-ve-cong-doan-9001.html">Bài đọc nhiều</a></aside></body></html>"""


def write_paged_site(root: Path) -> dict[int, list[str]]:
    """Three listing pages of two articles each, and a most-read article on every page."""
    paths = {}
    for page in (1, 2, 3):
        paths[page] = [f"/tin-tuc/cong-doan-tham-hoi-doan-vien-so-{page}{i}01.html" for i in (1, 2)]
        items = "".join(f'<li><h3><a href="{p}">Tin {p[-9:-5]}</a></h3></li>' for p in paths[page])
        folder = root / "tin-tuc" / (f"trang-{page}" if page > 1 else "")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_text(PAGED_LISTING.format(items=items, next=page + 1))
    for path in [*sum(paths.values(), []), "/tin-tuc/bai-doc-nhieu-ve-cong-doan-9001.html"]:
        title = f"Công đoàn thăm hỏi đoàn viên {path[-9:-5]}"
        (root / path.lstrip("/")).write_text(ARTICLE_PAGE.format(title=title), encoding="utf-8")
    return paths


def test_generic_crawl_follows_the_listing_and_its_next_page(tmp_path):
    import subprocess
    import sys

    from sqlite_utils import Database

    from crawler.mirror import start_server

    site = tmp_path / "site"
    paths = write_paged_site(site)
    server = start_server(site)
    db_path = tmp_path / "generic.db"
    command = [sys.executable, "-m", "scrapy", "crawl", "generic"]
    command += ["-a", f"start_url={server.base_url}/tin-tuc/", "-s", f"ARCHIVE_DB_PATH={db_path}"]
    command += ["-s", "ARCHIVE_MAX_LISTING_PAGES=2", "-s", "AUTOTHROTTLE_ENABLED=False"]
    command += ["-s", "DOWNLOAD_DELAY=0"]
    try:
        result = subprocess.run(
            command, cwd=Path(__file__).parents[1], capture_output=True, text=True, timeout=60
        )
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.stderr[-2000:]
    archived = {row["url"] for row in Database(db_path)["articles"].rows}
    # Pages 1 and 2 of the listing (the limit), never the most-read box nor page 3.
    assert archived == {server.base_url + p for p in paths[1] + paths[2]}


# --- Walking listings, feeds and sitemaps: regular runs and backfills (crawler/backfill.py) ---


def walking_spider(slug="laodongthudo_vn", since=None, db_path=None, spidercls=None):
    settings = {"ARCHIVE_BASE_URLS": {slug: BASE}}
    if since:
        settings["ARCHIVE_SINCE"] = since
    if db_path:
        settings["ARCHIVE_DB_PATH"] = str(db_path)
    return make_crawler(spidercls or SPIDERS[slug], settings).spider


def archive_with(db_path, urls, published_at="2026-03-12T10:00:00+07:00"):
    from storage import Archive
    from tests.test_archive import make_article, make_page

    with Archive(db_path) as archive:
        for n, url in enumerate(urls):
            archive.save_article(
                make_article(url=url, canonical_url=url, published_at=published_at),
                make_page(body=f"<p>{n}</p>".encode(), requested_url=url, url=url),
                seen_at="2026-03-20T00:00:00+07:00",
            )


LDTD_PAGE_ONE = [
    BASE + "/cong-doan-ha-noi-trao-200-suat-qua-cho-cong-nhan-kho-khan-186001.html",
    BASE + "/ket-nap-1500-doan-vien-moi-tai-khu-cong-nghiep-thang-long-186002.html",
    BASE + "/hoi-nghi-doi-thoai-giua-lanh-dao-thanh-pho-va-cong-nhan-lao-dong-186003.html",
    BASE + "/tin-da-go-bo-186010.html",
    BASE + "/cong-doan-nganh-giao-duc-ha-noi-tong-ket-nam-hoc-186012.html",
]


def test_regular_run_stops_at_a_listing_page_all_archived(tmp_path):
    db_path = tmp_path / "archive.db"
    archive_with(db_path, LDTD_PAGE_ONE[:4])
    spider = walking_spider(db_path=db_path)
    requests = requests_of(spider.parse(mirror_response("laodongthudo_vn", "/cong-doan")))
    # One item is not archived yet: only it is fetched, and the walk goes on to page 2.
    *articles, next_page = requests
    assert [r.url for r in articles] == LDTD_PAGE_ONE[4:]
    assert next_page.callback == spider.parse
    archive_with(db_path, LDTD_PAGE_ONE[4:])
    spider = walking_spider(db_path=db_path)
    requests = requests_of(spider.parse(mirror_response("laodongthudo_vn", "/cong-doan")))
    # All archived, long ago (March 2026): nothing is fetched again, page 2 is not read.
    assert requests == []


def test_backfill_of_an_undated_listing_waits_for_its_articles_dates(tmp_path):
    spider = walking_spider(since="2026-03-13")
    listing = mirror_response("laodongthudo_vn", "/cong-doan")
    articles = requests_of(spider.parse(listing))
    # No date on the page: only articles; the next page waits for their dates.
    assert [r.url for r in articles] == LDTD_PAGE_ONE
    assert {r.callback for r in articles} == {spider.parse_article}
    assert len({r.meta["listing_watch"] for r in articles}) == 1
    outputs = []
    for request in articles[:-1]:
        target = request.url.removeprefix(BASE)
        response = mirror_response("laodongthudo_vn", target, meta=request.meta)
        response.request.meta.update(request.meta)
        outputs += requests_of(spider.parse_article(response))
    assert outputs == []  # one article still awaited
    # The last one failed: it still counts as done, and an article dated 13/03 walks on.
    last = articles[-1]
    failure = failure_of(ConnectionRefusedError("refused"), last.url)
    failure.request = last
    [next_page] = spider.request_failed(failure)
    assert next_page.url == BASE + "/cong-doan&s_cond=&BRSR=16"
    assert next_page.cb_kwargs == {"depth": 2}
    assert spider.watches == {}


def test_backfill_of_an_undated_listing_stops_after_older_articles():
    spider = walking_spider(since="2026-06-01")
    articles = requests_of(spider.parse(mirror_response("laodongthudo_vn", "/cong-doan")))
    outputs = []
    for request in articles:
        target = request.url.removeprefix(BASE)
        response = mirror_response("laodongthudo_vn", target, meta=request.meta)
        outputs += requests_of(spider.parse_article(response))
    # Every dated article of the page is older than 01/06/2026: page 2 is never asked for.
    assert outputs == []
    assert spider.watches == {}


def test_backfill_skips_listed_articles_already_archived(tmp_path):
    db_path = tmp_path / "archive.db"
    archive_with(db_path, LDTD_PAGE_ONE[:2])
    spider = walking_spider(since="2020-01-01", db_path=db_path)
    requests = requests_of(spider.parse(mirror_response("laodongthudo_vn", "/cong-doan")))
    *articles, next_page = requests
    assert [r.url for r in articles] == LDTD_PAGE_ONE[2:]
    # The archive dates the two it has (12/03/2026): the page is newer than the date.
    assert next_page.callback == spider.parse


def test_backfill_by_the_dates_in_nld_ids():
    spider = walking_spider("nld_com_vn", since="2026-03-13")
    listing = mirror_response("nld_com_vn", "/lao-dong/cong-doan-cong-nhan.htm")
    requests = requests_of(spider.parse(listing))
    # 12/03 and 16/01 are older than the date; the topic page's id says 01/05.
    assert [r.url.removeprefix(BASE) for r in requests] == [
        "/hon-3000-cong-nhan-duoc-kham-suc-khoe-mien-phi-196260314091530456.htm",
        "/nha-luu-tru-cong-nhan-duoc-cong-doan-ho-tro-tien-dien-196260410143000003.htm",
        "/chu-de-thang-cong-nhan-2026-196260501000000000.htm",
        "/timelinelist/1961029/2.htm",
    ]
    assert requests[-1].callback == spider.parse


def test_backfill_feed_entries_since_the_date_and_not_archived(tmp_path):
    db_path = tmp_path / "archive.db"
    fresh = BASE + "/nha-luu-tru-cong-nhan-duoc-cong-doan-ho-tro-tien-dien-196260410143000003.htm"
    archive_with(db_path, [fresh])
    feed = mirror_response("nld_com_vn", "/rss/lao-dong.rss")
    urls = [r.url for r in walking_spider("nld_com_vn").parse_feed(feed)]
    assert len(urls) == 3  # a regular run reads the whole feed
    spider = walking_spider("nld_com_vn", since="2026-03-13", db_path=db_path)
    # 10/04 is archived already, 12/03 is older than the date: only 14/03 is left.
    assert [r.url for r in spider.parse_feed(feed)] == [
        BASE + "/hon-3000-cong-nhan-duoc-kham-suc-khoe-mien-phi-196260314091530456.htm"
    ]


def example_spider(since=None):
    from tests.backfill_spiders import BackfillExampleSpider

    return walking_spider("backfill_example", since, spidercls=BackfillExampleSpider)


def xml_response(path, body):
    return make_response(BASE + path, body, headers={"Content-Type": "application/xml"})


def test_start_reads_the_sitemaps_robots_txt_names():
    import asyncio

    spider = example_spider()
    requests = asyncio.run(collect(spider.start()))
    [robots] = [r for r in requests if r.url.endswith("/robots.txt")]
    assert robots.callback == spider.parse_robots
    body = b"User-agent: *\nSitemap: /sitemaps/index.xml\nSitemap: https://other.example/s.xml\n"
    response = make_response(robots.url, body, headers={"Content-Type": "text/plain"})
    [sitemap] = spider.parse_robots(response)
    assert (sitemap.url, sitemap.callback) == (BASE + "/sitemaps/index.xml", spider.parse_sitemap)


SITEMAP_INDEX = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>http://127.0.0.1:8999/sitemaps/2025-01.xml</loc><lastmod>2025-01-31</lastmod></sitemap>
<sitemap><loc>http://127.0.0.1:8999/sitemaps/news.xml</loc><lastmod>2025-06-01</lastmod></sitemap>
<sitemap><loc>https://other.example/sitemaps/news.xml</loc></sitemap>
</sitemapindex>"""


def test_sitemap_index_regular_run_and_backfill():
    regular = [r.url for r in example_spider().parse_sitemap(xml_response("/s.xml", SITEMAP_INDEX))]
    assert regular == [BASE + "/sitemaps/news.xml", BASE + "/sitemaps/2025-01.xml"]
    spider = example_spider(since="2025-03-01")
    backfill = [r.url for r in spider.parse_sitemap(xml_response("/s.xml", SITEMAP_INDEX))]
    assert backfill == [BASE + "/sitemaps/news.xml"]


def test_news_sitemap_gives_the_union_sections_articles():
    from tests.test_discovery import NEWS_SITEMAP

    body = NEWS_SITEMAP.replace(b"http://x/", BASE.encode() + b"/").replace(
        b"</urlset>",
        b"<url><loc>" + BASE.encode() + b"/the-thao/bong-da-1612347.ldo</loc></url></urlset>",
    )
    spider = example_spider(since="2026-05-29")
    requests = list(spider.parse_sitemap(xml_response("/sitemaps/news.xml", body)))
    # The sports story is not in a union section; the undated one may be recent: kept.
    assert [r.url.removeprefix(BASE) for r in requests] == [
        "/cong-doan/cong-doan-trao-qua-cho-cong-nhan-1612345.ldo",
        "/cong-doan/bai-khong-ngay-1612346.ldo",
    ]
    assert {r.callback for r in requests} == {spider.parse_article}
    later = example_spider(since="2026-05-30")
    assert [r.url for r in later.parse_sitemap(xml_response("/n.xml", body))] == [
        BASE + "/cong-doan/bai-khong-ngay-1612346.ldo"
    ]


def test_unreadable_discovery_responses_are_skipped(caplog):
    from tests.test_responses import LAODONG_CHALLENGE

    spider = example_spider()
    missing = xml_response("/sitemap.xml", b"")
    with caplog.at_level(logging.INFO):
        assert list(spider.parse_sitemap(missing.replace(status=404))) == []
    # A sitemap looked for at its conventional place and absent is no warning.
    assert [r.levelname for r in caplog.records] == ["INFO"]
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        assert list(spider.parse_sitemap(xml_response("/sitemap.xml", LAODONG_CHALLENGE))) == []
        assert list(spider.parse_feed(make_response(BASE + "/rss/x.rss", b"", status=404))) == []
        assert list(spider.parse_sitemap(xml_response("/sitemap.xml", b"<html>no</html>"))) == []
    assert [r.getMessage() for r in caplog.records] == [
        f"sitemap {BASE}/sitemap.xml is still a cookie challenge; skipped",
        f"feed {BASE}/rss/x.rss answered HTTP 404; skipped",
        f"{BASE}/sitemap.xml is not a sitemap; skipped",
    ]
