"""Incremental runs: what the archive knows is not fetched again, and an article in its re-check
window is asked for with a conditional GET. The rules (crawler.backfill.RecheckWindow), the
spider's requests and answers in-process, then real crawls in subprocesses against a site on
127.0.0.1 that serves ETag / Last-Modified and answers 304, every request counted server-side."""

import email.utils
import hashlib
import json
import os
import sqlite3
import threading
import time
from collections import Counter
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Response
from sqlite_utils import Database

from crawler.backfill import (
    ListingStep,
    RecheckWindow,
    ended_cleanly,
    is_transient,
    listing_step,
    published_within,
)
from crawler.extraction.dates import VN_TZ
from crawler.items import ArticleItem, ArticleSeen
from crawler.mirror import MirrorHandler, file_for, load_routes, resolve, start_server
from storage import Archive
from storage.known import KnownUrl
from storage.transactions import immediate
from tests.crawl_fakes import BASE
from tests.test_backfill_e2e import crawl, ld_section
from tests.test_spider import walking_spider

NOW = datetime(2026, 6, 1, 5, 0, tzinfo=UTC)  # 12:00 in Vietnam


def hours_ago(hours: float) -> str:
    return (NOW - timedelta(hours=hours)).isoformat()


def archived(published="2026-05-31T09:00:00+07:00", last_seen=None, **fields) -> KnownUrl:
    return KnownUrl(
        "u",
        article_url="u",
        published_at=published,
        first_seen_at=hours_ago(30),
        last_seen_at=last_seen or hours_ago(7),
        **fields,
    )


# --- The rules --------------------------------------------------------------------------------


def test_an_unknown_url_is_always_fetched():
    assert RecheckWindow().wants(None, NOW)


def test_an_archived_article_is_rechecked_only_in_its_window():
    window = RecheckWindow(days=3, hours=6)
    assert window.wants(archived(), NOW)  # published yesterday, checked 7 hours ago
    assert not window.wants(archived(last_seen=hours_ago(5)), NOW)  # checked 5 hours ago
    assert not window.wants(archived(published="2026-05-20T09:00:00+07:00"), NOW)  # too old
    # A bare date counts as its whole Vietnamese day; no date: when the archive first saw it.
    assert window.wants(archived(published="2026-05-29"), NOW)
    assert not window.wants(archived(published="2026-05-28"), NOW)
    assert window.wants(archived(published=None), NOW)
    assert not window.wants(archived(published="không rõ"), NOW)


def test_a_later_response_of_an_archived_article_counts_as_a_check():
    # The article answered 404 an hour ago: it was checked then, whatever last_seen_at says.
    gone = archived(fetched_at=hours_ago(1), rejected="http_404")
    assert not RecheckWindow().wants(gone, NOW)
    assert RecheckWindow(hours=0.5).wants(gone, NOW)


def test_the_window_settings_turn_rechecks_off_or_on_every_run():
    assert not RecheckWindow(days=0, hours=0).wants(archived(), NOW)
    assert RecheckWindow(days=3, hours=0).wants(archived(last_seen=hours_ago(0.01)), NOW)
    assert RecheckWindow(days=36500, hours=6).wants(archived(published="2001-01-01"), NOW)
    # "Whatever the date" and "never again" need no exact number.
    everything = RecheckWindow(days=float("inf"), hours=0)
    assert everything.wants(archived(published="1900-01-01", last_seen=hours_ago(0.01)), NOW)
    assert not RecheckWindow(hours=float("inf")).wants(archived(last_seen=hours_ago(1e5)), NOW)


def test_a_rejected_url_waits_unless_its_failure_may_pass():
    window = RecheckWindow(days=3, hours=6)

    def rejected(reason, hours):
        return KnownUrl("u", fetched_at=hours_ago(hours), rejected=reason)

    assert not window.wants(rejected("http_404", 1), NOW)
    assert not window.wants(rejected("listing_page", 5), NOW)
    assert window.wants(rejected("listing_page", 7), NOW)
    for reason in ("http_500", "http_503", "http_429", "cookie_challenge"):
        assert window.wants(rejected(reason, 0.1), NOW), reason
    assert window.settled({"a": rejected("not_html", 1), "b": archived()}, NOW) == {"a"}


def test_is_transient():
    assert [is_transient(r) for r in ("http_502", "http_408", "cookie_challenge")] == [True] * 3
    assert [is_transient(r) for r in ("http_404", "http_403", "no_body", "http_x", None)] == [
        False
    ] * 5


def test_published_within():
    assert published_within("2026-05-29T12:00:01+07:00", 3, NOW)
    assert not published_within("2026-05-29T11:59:59+07:00", 3, NOW)
    assert published_within("2026-05-29T12:00:01", 3, NOW)  # no zone: Vietnamese time
    assert not published_within(None, 3, NOW)


def test_a_run_that_did_not_end_cleanly_makes_the_next_one_catch_up():
    assert ended_cleanly(None)  # the first run: nothing to catch up
    clean = {"status": "finished", "errors": 0, "rejected_reasons": {"http_404": 2}}
    assert ended_cleanly(clean)
    assert not ended_cleanly({**clean, "status": "killed"})
    assert not ended_cleanly({**clean, "status": "shutdown"})
    assert not ended_cleanly({**clean, "errors": 1})
    assert not ended_cleanly({**clean, "rejected_reasons": {"http_503": 1}})
    links = ["u1", "u2"]
    # Every item archived: a clean history stops here, a catch-up walks on to the cap.
    assert listing_step(links, {}, links, None, 1, 5) == ListingStep([], False, "all items known")
    assert listing_step(links, {}, links, None, 1, 5, catch_up=True) == ListingStep([], True)
    assert listing_step(links, {}, links, None, 5, 5, catch_up=True).follow is False


# --- The spider: conditional requests, and what a re-check yields ------------------------------

ARTICLE = BASE + "/cong-doan-ha-noi-trao-200-suat-qua-cho-cong-nhan-kho-khan-186001.html"
PAGE = "<html><body><h1>Tin</h1><p>" + "Công đoàn cơ sở thăm hỏi đoàn viên. " * 20 + "</p>"
PAGE_BYTES = PAGE.encode()


def recheck_of(spider, known):
    spider.now = lambda: NOW
    [request] = list(spider.article_requests([ARTICLE], known={ARTICLE: known}))
    return request


def answer(request, status=200, body=b"") -> Response:
    headers = {"Content-Type": "text/html; charset=utf-8"} if body else {}
    cls = HtmlResponse if body else Response
    return cls(request.url, status=status, body=body, headers=headers, request=request)


def test_an_archived_article_in_its_window_is_asked_for_conditionally():
    spider = walking_spider()
    known = archived(
        published=NOW.isoformat(),
        last_seen=hours_ago(24 * 400),
        sha256=hashlib.sha256(PAGE_BYTES).hexdigest(),
        etag='"abc"',
        last_modified="Sun, 31 May 2026 02:00:00 GMT",
    )
    request = recheck_of(spider, known)
    assert request.headers["If-None-Match"] == b'"abc"'
    assert request.headers["If-Modified-Since"] == b"Sun, 31 May 2026 02:00:00 GMT"
    assert 304 in request.meta["handle_httpstatus_list"]
    assert 404 in request.meta["handle_httpstatus_list"]
    # 304, or the very bytes archived: only "seen", for the pipeline to move last_seen_at.
    for response in (answer(request, 304), answer(request, 200, PAGE_BYTES)):
        assert list(spider.parse_article(response)) == [ArticleSeen("laodongthudo_vn", "u")]
    # A changed page is judged again: an article (saved as a new version) or a rejection.
    changed = PAGE.replace("thăm hỏi", "tặng quà").encode()
    [item] = list(spider.parse_article(answer(request, 200, changed)))
    assert isinstance(item, ArticleItem)
    assert spider.crawler.stats.get_value("archive/recheck/304") == 1


def test_without_validators_a_recheck_is_a_plain_get():
    spider = walking_spider()
    request = recheck_of(spider, archived(published=NOW.isoformat(), last_seen=hours_ago(1e4)))
    assert "If-None-Match" not in request.headers
    assert "If-Modified-Since" not in request.headers
    assert "known" in request.meta


def test_a_new_article_is_a_plain_get_that_does_not_accept_304():
    [request] = list(walking_spider().article_requests([ARTICLE], known={}))
    assert "known" not in request.meta
    assert 304 not in request.meta["handle_httpstatus_list"]
    assert "If-None-Match" not in request.headers


# --- End to end: real crawls against a site that answers conditional GETs ----------------------

TODAY = datetime.now(VN_TZ).date()
# Six stories on two listing pages, newest first: three in the re-check window, three not.
RECENT = [(f"/cong-doan/cong-doan-tham-hoi-doan-vien-moi-{n}-710{n}.ldo", n) for n in range(3)]
OLDER = [(f"/cong-doan/cong-doan-tong-ket-nam-cu-{n}-720{n}.ldo", 10 + n) for n in range(3)]
# Two stories published after the first runs.
FRESH = [(f"/cong-doan/tin-moi-nhat-cong-doan-so-{n}-730{n}.ldo", 0) for n in range(2)]
# How each recent story's validators are served: ETag and Last-Modified, one, or none.
LAST_MODIFIED_ONLY = RECENT[1][0]
NO_VALIDATORS = RECENT[2][0]
# What every served article's file was last changed at (its Last-Modified).
SERVED_MTIME = time.time() - 86400


class ConditionalHandler(MirrorHandler):
    """Serves articles (.ldo) with an ETag (a hash of the body) and Last-Modified (the file's
    time) as a CMS behind a cache does, answers 304 to a matching conditional GET (RFC 9110:
    If-None-Match first), and records every request."""

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        server = self.server
        path = self.path.split("?")[0]
        conditions = (self.headers["If-None-Match"], self.headers["If-Modified-Since"])
        with server.lock:
            server.hits[self.path] += 1
            server.conditions[self.path].append(conditions)
        if not path.endswith(".ldo"):
            return super().do_GET()
        reply = resolve(server.site_dir, server.routes, self.path, None, server.base_url)
        file = file_for(server.site_dir, path)
        validators = {}
        if file is not None and path != NO_VALIDATORS:
            if path != LAST_MODIFIED_ONLY:
                validators["ETag"] = '"' + hashlib.sha256(reply.body).hexdigest()[:16] + '"'
            mtime = int(file.stat().st_mtime)
            validators["Last-Modified"] = email.utils.formatdate(mtime, usegmt=True)
        status = reply.status
        if file is not None and self.not_modified(validators, file):
            status = 304
            with server.lock:
                server.not_modified[self.path] += 1
        self.send_response(status)
        headers = {**reply.headers, **validators}
        for name, value in headers.items():
            if status != 304 or name != "Content-Type":
                self.send_header(name, value)
        body = b"" if status == 304 else reply.body
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def not_modified(self, validators: dict, file: Path) -> bool:
        if_none_match = self.headers["If-None-Match"]
        if if_none_match is not None:
            return "ETag" in validators and if_none_match == validators["ETag"]
        since = self.headers["If-Modified-Since"]
        if since is None or "Last-Modified" not in validators:
            return False
        return int(file.stat().st_mtime) <= email.utils.parsedate_to_datetime(since).timestamp()


@contextmanager
def conditional_server(site_dir: Path):
    server = start_server(site_dir)
    server.RequestHandlerClass = ConditionalHandler
    server.lock = threading.Lock()
    server.hits, server.not_modified = Counter(), Counter()
    server.conditions = Hits()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


class Hits(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]


def write_site(root: Path, stories: list[tuple[str, int]]) -> None:
    """The backfill example site's section (tests/backfill_spiders.py): three stories a page;
    no feed, no sitemap (they answer 404)."""
    dated = [(url, TODAY - timedelta(days=age)) for url, age in stories]
    ld_section(root, dated)
    for url, _ in stories:
        os.utime(root / url.lstrip("/"), (SERVED_MTIME, SERVED_MTIME))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    write_site(root, RECENT + OLDER)
    with conditional_server(root) as server:
        yield root, server, tmp_path_factory.mktemp("db") / "archive.db"


def run(site, *options):
    root, server, db_path = site
    server.hits.clear()
    server.not_modified.clear()
    server.conditions = Hits()
    base_urls = {"backfill_example": server.base_url}
    settings = ["-s", "SPIDER_MODULES=tests.backfill_spiders", *options]
    return crawl(["backfill_example"], base_urls, db_path, *settings)


def article_hits(server) -> dict[str, int]:
    return {target: n for target, n in server.hits.items() if target.endswith(".ldo") and n}


def listing_hits(server) -> dict[str, int]:
    return {target: n for target, n in server.hits.items() if target.startswith("/cong-doan?")}


def last_run(db_path) -> dict:
    return list(Database(db_path)["crawls"].rows_where(order_by="-id", limit=1))[0]


def snapshot(db_path) -> dict:
    """Everything in the archive but the articles' last_seen_at and the runs' rows."""
    db = Database(db_path)
    articles = [
        {k: v for k, v in row.items() if k != "last_seen_at"}
        for row in db["articles"].rows_where(order_by="url")
    ]
    counts = {name: db[name].count for name in ("pages", "page_bodies", "article_revisions")}
    return {"articles": articles, **counts}


def wait_for_the_next_second(stamp: str) -> None:
    """Sleep until the clock has passed `stamp` (ISO 8601, to the second)."""
    while datetime.now(UTC).replace(microsecond=0).isoformat() <= stamp:
        time.sleep(0.1)


def last_seen(db_path) -> dict[str, str]:
    """Each article's last_seen_at, by its path on the site."""
    rows = Database(db_path)["articles"].rows
    return {"/" + row["url"].split("/", 3)[3]: row["last_seen_at"] for row in rows}


# The tests below run in order on one archive, as an hourly cron would.


def test_first_run_fetches_every_article_once(site):
    _, server, db_path = site
    run(site)
    assert article_hits(server) == {url: 1 for url, _ in RECENT + OLDER}
    assert Database(db_path)["articles"].count == 6
    assert Database(db_path)["pages"].count_where("etag is not null") == 4  # two without one


def test_a_second_run_over_an_unchanged_site_fetches_no_article(site):
    _, server, db_path = site
    before = snapshot(db_path)
    run(site)
    assert article_hits(server) == {}
    # The listing's first page only: every story on it is archived, so the walk stops there.
    assert server.hits["/cong-doan"] == 1
    assert listing_hits(server) == {}
    row = last_run(db_path)
    assert (row["fetched"], row["new"], row["unchanged"], row["rejected"]) == (0, 0, 0, 0)
    assert snapshot(db_path) == before


def test_a_run_with_new_articles_fetches_exactly_those(site):
    root, server, db_path = site
    write_site(root, FRESH + RECENT + OLDER)
    server.routes = load_routes(root)  # the listing has a third page now
    run(site)
    assert article_hits(server) == {url: 1 for url, _ in FRESH}
    assert server.hits["/cong-doan"] == 1
    # Page 1 had something new, so page 2 is read; it holds only archived stories: the walk
    # stops there (page 3 is not read).
    assert listing_hits(server) == {"/cong-doan?page=2": 1}
    row = last_run(db_path)
    assert (row["fetched"], row["new"], row["updated"], row["unchanged"]) == (2, 2, 0, 0)


def test_a_recheck_sends_the_validators_and_a_304_moves_only_last_seen(site):
    _, server, db_path = site
    before, seen_before = snapshot(db_path), last_seen(db_path)
    # Stamps are to the second: a run within the second of the last would move nothing.
    wait_for_the_next_second(max(seen_before.values()))
    # An hour later, say: 0 hours makes every article of the window due now.
    run(site, "-s", "ARCHIVE_RECHECK_HOURS=0")
    in_window = {url for url, _ in RECENT + FRESH}
    assert article_hits(server) == {url: 1 for url in in_window}
    conditions = {url: server.conditions[url][0] for url in in_window}
    etag, modified = conditions[RECENT[0][0]]
    assert etag and modified  # both validators of its last response
    assert conditions[LAST_MODIFIED_ONLY][0] is None and conditions[LAST_MODIFIED_ONLY][1]
    assert conditions[NO_VALIDATORS] == (None, None)  # a plain GET: the body is compared
    assert set(server.not_modified) == in_window - {NO_VALIDATORS}
    row = last_run(db_path)
    counts = (row["fetched"], row["new"], row["updated"], row["unchanged"], row["rejected"])
    assert counts == (len(in_window), 0, 0, len(in_window), 0)
    assert json.loads(row["rejected_reasons"]) == {}
    assert snapshot(db_path) == before
    seen_after = last_seen(db_path)
    moved = {url for url in seen_after if seen_after[url] != seen_before[url]}
    assert moved == in_window  # the old stories were never asked for


def test_a_changed_article_becomes_a_new_version_and_keeps_the_old(site):
    root, server, db_path = site
    url = RECENT[0][0]
    before = Database(db_path)["articles"].get(server.base_url + url)
    page = root / url.lstrip("/")
    page.write_text(
        page.read_text(encoding="utf-8").replace("thăm hỏi, tặng quà", "tặng quà Tết"),
        encoding="utf-8",
    )
    run(site, "-s", "ARCHIVE_RECHECK_HOURS=0")
    assert url not in server.not_modified  # the ETag changed with the body
    db = Database(db_path)
    after = db["articles"].get(server.base_url + url)
    assert "tặng quà Tết" in after["body"] and "tặng quà Tết" not in before["body"]
    [revision] = db["article_revisions"].rows_where("url = ?", [server.base_url + url])
    assert (revision["body"], revision["content_hash"]) == (before["body"], before["content_hash"])
    row = last_run(db_path)
    assert (row["updated"], row["new"], row["rejected"]) == (1, 0, 0)
    assert db["article_revisions"].count == 1


def test_no_recheck_outside_the_window_or_with_days_zero(site):
    _, server, _ = site
    run(site, "-s", "ARCHIVE_RECHECK_HOURS=0", "-s", "ARCHIVE_RECHECK_DAYS=0")
    assert article_hits(server) == {}
    # Without the hours setting: every article was checked minutes ago.
    run(site)
    assert article_hits(server) == {}


def test_a_full_recheck_reaches_every_archived_article_since_a_date(site):
    _, server, db_path = site
    since = (TODAY - timedelta(days=30)).isoformat()
    run(site, "--since", since, "-s", "ARCHIVE_RECHECK_DAYS=36500", "-s", "ARCHIVE_RECHECK_HOURS=0")
    assert set(article_hits(server)) == set(last_seen(db_path))
    conditional = {url for url in article_hits(server) if server.conditions[url][0] != (None, None)}
    assert conditional == set(last_seen(db_path)) - {NO_VALIDATORS}


def test_what_a_run_knows_is_the_archive_file_alone(site, tmp_path):
    # No JOBDIR, no state file: a copy of the archive elsewhere knows as much.
    _, server, db_path = site
    copy = tmp_path / "copy.db"
    with sqlite3.connect(db_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    run((None, server, copy))
    assert article_hits(server) == {}
    assert server.hits["/cong-doan"] == 1


def test_the_run_after_a_killed_one_fetches_what_it_lost(tmp_path):
    # A run SIGKILLed after saving page 1's stories, before page 2's: page 1 is all archived
    # now. The next run must not stop there, or page 2's stories would never be archived.
    root = tmp_path / "site"
    write_site(root, RECENT + OLDER)
    db_path = tmp_path / "archive.db"
    lost = [url for url, _ in OLDER]  # page 2
    with conditional_server(root) as server:
        site = (root, server, db_path)
        run(site)
        with Archive(db_path) as archive, immediate(archive.db):
            for url in lost:
                archive.db.execute("delete from articles where url = ?", [server.base_url + url])
                archive.db.execute("delete from pages where url = ?", [server.base_url + url])
        # Had the run ended cleanly, the next would stop at page 1 and never see page 2.
        run(site)
        assert article_hits(server) == {}
        assert listing_hits(server) == {}
        with Archive(db_path) as archive, immediate(archive.db):
            last = "(select max(id) from crawls)"
            archive.db.execute(f"update crawls set status = 'killed' where id = {last}")
        result = run(site)
        assert article_hits(server) == {url: 1 for url in lost}
        assert listing_hits(server) == {"/cong-doan?page=2": 1}
        assert "to catch up" in result.stderr
        # Caught up and ended cleanly: the run after stops at page 1 again.
        run(site)
        assert (article_hits(server), listing_hits(server)) == ({}, {})
    assert Database(db_path)["articles"].count == 6
