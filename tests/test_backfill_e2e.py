"""Backfill end to end: `congdoan crawl --since` in a subprocess against sites generated on
127.0.0.1, every request counted on the server side."""

import json
import subprocess
import sys
import threading
from collections import Counter
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from crawler.mirror import MirrorHandler, has_cookie, start_server

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0"]
FAST += ["-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "LOG_LEVEL=INFO"]
# One D1N cookie for the whole host, as laodong.vn sets one per client (research/sites.md §2).
COOKIE = "D1N=5b1e9c3a7d2f4e6a8c0b1d3f5a7e9c2b"
FIRST_DAY = date(2025, 6, 1)


class CountingHandler(MirrorHandler):
    """The mirror's handler, recording each request's target and whether the page was served
    (a challenged route is served only to a request carrying its cookie)."""

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        server = self.server
        route = server.routes.get(self.path) or server.routes.get(self.path.split("?")[0])
        challenged = route is not None and route.challenge is not None
        served = not challenged or has_cookie(self.headers["Cookie"], route.challenge)
        with server.lock:
            server.hits[self.path] += served
            server.challenges[self.path] += not served
        super().do_GET()


@contextmanager
def counting_server(site_dir: Path):
    server = start_server(site_dir)
    server.RequestHandlerClass = CountingHandler
    server.lock = threading.Lock()
    server.hits, server.challenges = Counter(), Counter()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def crawl(names, base_urls: dict, db_path: Path, *options: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "crawler", "crawl", *names, "--db", str(db_path)]
    command += ["-s", "ARCHIVE_BASE_URLS=" + json.dumps(base_urls), *FAST, *options]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result


def write(root: Path, path: str, text: str) -> None:
    target = root / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def vn_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


PARAGRAPHS = (
    "<p>Ngày {d}, công đoàn cơ sở đã tổ chức thăm hỏi, tặng quà cho đoàn viên có hoàn cảnh khó "
    "khăn và trao học bổng cho con công nhân học giỏi.</p>"
    "<p>Chủ tịch công đoàn cho biết hoạt động sẽ được duy trì hằng năm.</p>"
)


# --- A laodong.vn-shaped site (tests/backfill_spiders.py) -------------------------------------

LD_ARTICLE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
</head><body><div class="wrapper page-chi-tiet-tin">
<div itemprop="articleBody"><article class="article-detail">
<div class="wrapper-01"><h1 class="title">{title}</h1></div>
<div class="wrapper-02"><div class="art-info"><span class="authors">Hà An</span>
<span class="time">Thứ hai, {d} 17:00 (GMT+7)</span></div>
<div class="chappeau"><p>Tin về {title}.</p></div>
<div id="gallery-ctt" class="art-body">{body}</div></div></article></div></div></body></html>"""
LD_LISTING = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Công đoàn</title>
</head><body><div class="p-lst-articles">{items}</div>
<ul class="pagination">{pager}</ul>
<div class="right-category"><h3>Đọc nhiều</h3></div></body></html>"""
LD_ITEM = """<article class="v4"><a class="link-title" href="{url}"><h2 class="title">{title}</h2>
</a><div class="info"><span class="time">{d} 17:00</span></div>
<div class="chapeau"><p>Tin công đoàn.</p></div></article>"""


def ld_article(root: Path, url: str, day: date) -> None:
    title = "Bài " + url.rsplit("-", 1)[1].removesuffix(".ldo")
    text = LD_ARTICLE.format(title=title, d=vn_date(day), body=PARAGRAPHS.format(d=vn_date(day)))
    write(root, url, text)


def ld_pager(page: int, last: int) -> str:
    links = [
        f'<li class="page-item{" active" if n == page else ""}">'
        f'<a class="page-link" href="?page={n}">{n}</a></li>'
        for n in range(max(1, page - 2), min(last, page + 2) + 1)
    ]
    links.append(f'<li class="page-item"><a class="page-link" href="?page={last}">Last</a></li>')
    return "".join(links)


def ld_section(root: Path, stories: list[tuple[str, date]], per_page: int = 3) -> list[list[str]]:
    """The section /cong-doan, `per_page` stories a page (newest first); returns the pages."""
    pages = [stories[i : i + per_page] for i in range(0, len(stories), per_page)]
    routes = (
        json.loads((root / "_routes.json").read_text()) if (root / "_routes.json").exists() else {}
    )
    for number, page in enumerate(pages, 1):
        items = "".join(
            LD_ITEM.format(url=url, title="Bài " + url[-9:-4], d=vn_date(day)) for url, day in page
        )
        html = LD_LISTING.format(items=items, pager=ld_pager(number, len(pages)))
        if number == 1:
            write(root, "/cong-doan/index.html", html)
        else:
            write(root, f"/_pages/{number}.html", html)
            routes[f"/cong-doan?page={number}"] = {"file": f"_pages/{number}.html"}
        for url, day in page:
            ld_article(root, url, day)
    write(root, "/_routes.json", json.dumps(routes))
    return [[url for url, _ in page] for page in pages]


def story(page: int, item: int) -> tuple[str, date]:
    """Story `item` of listing page `page`: ten days a page, a day an item, back from 1 June."""
    day = FIRST_DAY - timedelta(days=10 * (page - 1) + item)
    return f"/cong-doan/cong-doan-tham-hoi-doan-vien-{page}{item}{page:02d}{item}.ldo", day


NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{entries}</urlset>"""
NEWS_ENTRY = """<url><loc>{{{{base_url}}}}{url}</loc><news:news>
<news:publication><news:name>Báo mẫu</news:name><news:language>vi</news:language></news:publication>
<news:publication_date>{day}T08:00:00+07:00</news:publication_date>
<news:title>Bài {url}</news:title></news:news></url>"""
# The news sitemap's stories: (URL, date, archived by a backfill since 2025-04-21?).
SITEMAP_STORIES = [
    ("/cong-doan-toan-quoc/hoi-nghi-cong-doan-toan-quoc-5001.ldo", date(2025, 5, 15), True),
    ("/cong-doan-toan-quoc/tong-ket-nam-cu-5002.ldo", date(2025, 3, 1), False),  # older
    ("/the-thao/bong-da-cuoi-tuan-5003.ldo", date(2025, 5, 20), False),  # not a union section
    ("/cong-doan/ban-nhap-bai-chua-duyet-5004.ldo", date(2025, 5, 21), False),  # robots.txt
]
FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Công đoàn</title>
<link>{{base_url}}/cong-doan</link>
<item><title>Mới</title><link>{{base_url}}/ldld-tphn/ldld-ha-noi-trao-qua-5006.ldo</link>
<pubDate>Sun, 25 May 2025 08:00:00 +07</pubDate></item>
<item><title>Cũ</title><link>{{base_url}}/ldld-tphn/ldld-ha-noi-tin-cu-5007.ldo</link>
<pubDate>Thu, 02 Jan 2025 08:00:00 +07</pubDate></item></channel></rss>"""


def write_example_site(root: Path) -> list[list[str]]:
    """Seven listing pages of three stories; robots.txt, a sitemap index, a news sitemap and a
    feed, all four behind laodong.vn's cookie challenge."""
    pages = ld_section(root, [story(p, i) for p in range(1, 8) for i in range(3)])
    write(
        root,
        "/robots.txt",
        "User-agent: *\nDisallow: /cong-doan/ban-nhap-\n\nSitemap: /sitemaps/index.xml\n",
    )
    write(
        root,
        "/sitemaps/index.xml",
        """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{{base_url}}/sitemaps/news.xml</loc><lastmod>2025-06-01</lastmod></sitemap>
<sitemap><loc>{{base_url}}/sitemaps/2024-12.xml</loc><lastmod>2024-12-31</lastmod></sitemap>
</sitemapindex>""",
    )
    entries = "".join(NEWS_ENTRY.format(url=u, day=d) for u, d, _ in SITEMAP_STORIES)
    write(root, "/sitemaps/news.xml", NEWS_SITEMAP.format(entries=entries))
    write(
        root,
        "/sitemaps/2024-12.xml",
        NEWS_SITEMAP.format(
            entries=NEWS_ENTRY.format(
                url="/cong-doan/bai-thang-muoi-hai-5005.ldo", day="2024-12-20"
            )
        ),
    )
    write(root, "/rss/cong-doan.rss", FEED)
    for url, day, _ in SITEMAP_STORIES:
        ld_article(root, url, day)
    ld_article(root, "/cong-doan/bai-thang-muoi-hai-5005.ldo", date(2024, 12, 20))
    ld_article(root, "/ldld-tphn/ldld-ha-noi-trao-qua-5006.ldo", date(2025, 5, 25))
    ld_article(root, "/ldld-tphn/ldld-ha-noi-tin-cu-5007.ldo", date(2025, 1, 2))
    routes = json.loads((root / "_routes.json").read_text())
    for path in ("/robots.txt", "/sitemaps/index.xml", "/sitemaps/news.xml", "/rss/cong-doan.rss"):
        routes[path] = {"challenge": COOKIE}
    write(root, "/_routes.json", json.dumps(routes))
    return pages


def listing_target(page: int) -> str:
    return "/cong-doan" if page == 1 else f"/cong-doan?page={page}"


EXAMPLE = ["backfill_example", "-s", "SPIDER_MODULES=tests.backfill_spiders"]


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    root = tmp_path_factory.mktemp("example")
    pages = write_example_site(root)
    with counting_server(root) as server:
        yield root, pages, server, tmp_path_factory.mktemp("db") / "archive.db"


def run_example(example, *options):
    root, pages, server, db_path = example
    server.hits.clear()
    server.challenges.clear()
    names, settings = EXAMPLE[:1], EXAMPLE[1:]
    return crawl(names, {"backfill_example": server.base_url}, db_path, *settings, *options)


def test_backfill_walks_back_to_its_date_and_fetches_everything_once(example):
    _, pages, server, db_path = example
    run_example(example, "--since", "2025-04-21")
    hits = server.hits
    # Pages 1-5 hold stories since 21/04 (page 5: 22/04, 21/04, 20/04); page 6 is all older,
    # so page 7 is never asked for. No page cap (ARCHIVE_MAX_LISTING_PAGES is 5).
    assert [hits[listing_target(p)] for p in range(1, 8)] == [1, 1, 1, 1, 1, 1, 0]
    newer = [url for page in pages[:4] for url in page] + pages[4][:2]
    older = pages[4][2:] + pages[5] + pages[6]
    assert {url: hits[url] for url in newer} == {url: 1 for url in newer}
    assert {url: hits[url] for url in older} == {url: 0 for url in older}
    # robots.txt, the sitemap index, the news sitemap and the feed were served once the
    # challenge was answered; robots.txt's rules held (the draft was never fetched).
    assert server.challenges["/robots.txt"] >= 1
    assert hits["/robots.txt"] >= 1
    assert hits["/sitemaps/index.xml"] == hits["/sitemaps/news.xml"] == 1
    assert hits["/rss/cong-doan.rss"] == 1
    # The news sitemap: only its union story since the date; the older monthly sitemap is not read.
    assert {url: hits[url] for url, _, _ in SITEMAP_STORIES} == {
        url: int(wanted) for url, _, wanted in SITEMAP_STORIES
    }
    assert hits["/sitemaps/2024-12.xml"] == 0
    assert hits["/ldld-tphn/ldld-ha-noi-trao-qua-5006.ldo"] == 1
    assert hits["/ldld-tphn/ldld-ha-noi-tin-cu-5007.ldo"] == 0
    archived = {row["url"] for row in Database(db_path)["articles"].rows}
    expected = newer + [SITEMAP_STORIES[0][0], "/ldld-tphn/ldld-ha-noi-trao-qua-5006.ldo"]
    assert archived == {server.base_url + url for url in expected}


def test_a_deeper_backfill_fetches_only_what_is_missing(example):
    _, pages, server, db_path = example
    run_example(example, "--since", "2020-01-01")
    hits = server.hits
    assert [hits[listing_target(p)] for p in range(1, 8)] == [1] * 7
    missing = pages[4][2:] + pages[5] + pages[6]
    archived_before = [url for page in pages[:4] for url in page] + pages[4][:2]
    assert {url: hits[url] for url in missing} == {url: 1 for url in missing}
    assert {url: hits[url] for url in archived_before} == {url: 0 for url in archived_before}
    assert hits["/cong-doan/bai-thang-muoi-hai-5005.ldo"] == 1
    assert hits[SITEMAP_STORIES[1][0]] == 1
    assert hits[SITEMAP_STORIES[0][0]] == 0
    assert hits["/ldld-tphn/ldld-ha-noi-tin-cu-5007.ldo"] == 1
    # 21 listed stories, 5001, 5002, the December story 5005, the feed's 5006 and 5007.
    assert Database(db_path)["articles"].count == 7 * 3 + 5


def test_a_regular_run_stops_at_the_first_page_all_archived(example):
    root, pages, server, db_path = example
    # Two stories published since: page 1 shows them, and the pages after it shift by two.
    fresh = [
        (f"/cong-doan/tin-moi-cong-doan-so-{n}-600{n}.ldo", FIRST_DAY + timedelta(n))
        for n in (2, 1)
    ]
    shifted = ld_section(root, fresh + [story(p, i) for p in range(1, 8) for i in range(3)])
    assert shifted[1] == pages[0][1:] + pages[1][:1]
    run_example(example)
    hits = server.hits
    # Page 2 holds only archived stories: the walk stops there, well before the page cap.
    assert [hits[listing_target(p)] for p in range(1, 9)] == [1, 1, 0, 0, 0, 0, 0, 0]
    # Incremental: the two new stories are the only article pages fetched, from the listing,
    # the feed or the sitemaps (the archived ones are from 2025, past any re-check).
    articles = {target: n for target, n in hits.items() if target.endswith(".ldo") and n}
    assert articles == {url: 1 for url, _ in fresh}


# --- laodongthudo.vn's own module: a MasterCMS listing without dates --------------------------

LDTD_LISTING = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Công đoàn</title></head><body><div class="col_category clearfix">{items}</div>
<div class="__MB_ARTICLE_PAGING paging">{pager}</div></body></html>"""
LDTD_ITEM = """<div class="list_news clearfix"><div class="list_news_title clearfix">
<h2><a href="{url}">{title}</a></h2><p>Tin công đoàn Thủ đô.</p></div></div>"""
LDTD_ARTICLE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
</head><body><h1 class="article-detail-title">{title}</h1>
<div class="article-detail-info"><span class="format_time">15:10 | {d}</span></div>
<div class="article-detail-desc">(LĐTĐ) Tin về {title}.</div>
<div class="category article-content __MASTERCMS_CONTENT">{body}</div></body></html>"""


def ldtd_page_target(page: int) -> str:
    return "/cong-doan" if page == 1 else f"/cong-doan&s_cond=&BRSR={16 * (page - 1)}"


def write_laodongthudo(root: Path, pages: int = 5) -> list[list[str]]:
    """/cong-doan with `pages` pages of three stories, dated only on the article pages."""
    section = []
    for page in range(1, pages + 1):
        stories = []
        for item in range(3):
            day = FIRST_DAY - timedelta(days=10 * (page - 1) + item)
            url = f"/cong-doan-ha-noi-tham-hoi-doan-vien-so-{page}{item}-18{page}{item}00.html"
            title = f"Công đoàn Hà Nội thăm hỏi đoàn viên số {page}{item}"
            write(
                root,
                url,
                LDTD_ARTICLE.format(
                    title=title, d=vn_date(day), body=PARAGRAPHS.format(d=vn_date(day))
                ),
            )
            stories.append((url, title))
        last = ldtd_page_target(min(page + 1, pages))
        pager = (
            f'<a class="active" href="{ldtd_page_target(page)}">{page}</a><a href="{last}">›</a>'
        )
        items = "".join(LDTD_ITEM.format(url=u, title=t) for u, t in stories)
        write(
            root,
            ldtd_page_target(page) + ("/index.html" if page == 1 else ""),
            LDTD_LISTING.format(items=items, pager=pager.replace("&", "&amp;")),
        )
        section.append([u for u, _ in stories])
    for path in (
        "/cong-doan/hoat-dong",
        "/cong-doan/vi-loi-ich-doan-vien",
        "/cong-doan/thang-cong-nhan",
    ):
        write(root, path + "/index.html", LDTD_LISTING.format(items="", pager=""))
    return section


def test_backfill_of_an_undated_listing_reads_the_articles_dates(tmp_path):
    root = tmp_path / "site"
    pages = write_laodongthudo(root)
    with counting_server(root) as server:
        crawl(
            ["laodongthudo_vn"],
            {"laodongthudo_vn": server.base_url},
            tmp_path / "a.db",
            "--since",
            "2025-05-05",
        )
    hits = server.hits
    # Page 4's stories (2/5 to 30/4) are all older: it is the last page read; page 5 is not.
    assert [hits[ldtd_page_target(p)] for p in range(1, 6)] == [1, 1, 1, 1, 0]
    read = [url for page in pages[:4] for url in page]
    assert {url: hits[url] for url in read} == {url: 1 for url in read}
    assert sum(hits[url] for url in pages[4]) == 0


# --- The generic spider: sitemaps named by robots.txt -----------------------------------------

GENERIC_HOME = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Công đoàn Khu công nghiệp</title></head><body><main><h1>Tin tức</h1>
<p>Trang thông tin của Công đoàn Khu công nghiệp.</p></main></body></html>"""
GENERIC_ARTICLE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{title}</title></head><body><article><h1>{title}</h1><p>Ngày đăng: {d}</p>
{body}</article></body></html>"""
GENERIC_STORIES = [
    ("/tin-tuc/cong-doan-khu-cong-nghiep-trao-qua-7001.html", date(2025, 5, 30), True),
    ("/tin-tuc/hoi-thao-cong-nhan-chao-mung-thang-5-7002.html", date(2025, 5, 2), True),
    ("/tin-tuc/dai-hoi-cong-doan-nhiem-ky-moi-7003.html", date(2025, 3, 10), False),
    ("/tin-tuc/tong-ket-cong-tac-cong-doan-nam-7004.html", date(2024, 12, 28), False),
]


def test_generic_spider_reads_the_sitemaps_robots_txt_names(tmp_path):
    root = tmp_path / "site"
    write(root, "/index.html", GENERIC_HOME)
    write(root, "/robots.txt", "User-agent: *\nDisallow: /quan-tri/\nSitemap: /so-do/index.xml\n")
    write(
        root,
        "/so-do/index.xml",
        """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{{base_url}}/so-do/tin-moi.xml</loc></sitemap></sitemapindex>""",
    )
    entries = "".join(NEWS_ENTRY.format(url=u, day=d) for u, d, _ in GENERIC_STORIES)
    write(root, "/so-do/tin-moi.xml", NEWS_SITEMAP.format(entries=entries))
    for url, day, _ in GENERIC_STORIES:
        title = "Tin " + url.rsplit("-", 1)[1][:4]
        write(
            root,
            url,
            GENERIC_ARTICLE.format(
                title=title, d=vn_date(day), body=PARAGRAPHS.format(d=vn_date(day))
            ),
        )
    with counting_server(root) as server:
        crawl(
            ["generic"],
            {},
            tmp_path / "g.db",
            "--start-url",
            server.base_url + "/",
            "--since",
            "2025-04-21",
        )
    hits = server.hits
    assert hits["/so-do/index.xml"] == hits["/so-do/tin-moi.xml"] == 1
    assert {url: hits[url] for url, _, _ in GENERIC_STORIES} == {
        url: int(wanted) for url, _, wanted in GENERIC_STORIES
    }
    archived = {row["url"] for row in Database(tmp_path / "g.db")["articles"].rows}
    assert archived == {server.base_url + url for url, _, wanted in GENERIC_STORIES if wanted}
