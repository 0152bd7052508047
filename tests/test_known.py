"""What the archive knows of URLs: the read-only question a crawl asks per listing page."""

import sqlite3
from datetime import UTC, datetime

from storage import Archive
from storage.archive import sha256_hex
from storage.known import KnownUrl, known_urls, last_ended_run, parse_time
from tests.test_archive import make_article, make_page

BASE = "https://laodong.vn/cong-doan/"
SAVED = BASE + "cong-doan-trao-qua-cho-cong-nhan-1612001.ldo"
CANONICAL = BASE + "dai-hoi-cong-doan-co-so-1611002.ldo"
MOVED_FROM = BASE + "dai-hoi-cd-co-so-1611002.ldo"
REJECTED = BASE + "tin-da-go-1611003.ldo"
NEVER = BASE + "bai-chua-tai-1611004.ldo"


def filled_archive(path):
    with Archive(path) as archive:
        archive.save_article(
            make_article(url=SAVED, canonical_url=SAVED),
            make_page(requested_url=SAVED, url=SAVED),
            seen_at="2026-05-29T18:00:00+07:00",
        )
        # Fetched at one URL, redirected, and archived under its canonical URL.
        archive.save_article(
            make_article(
                url=CANONICAL,
                canonical_url=CANONICAL,
                title="Đại hội Công đoàn cơ sở",
                published_at="2026-05-20T09:00:00+07:00",
            ),
            make_page(body=b"<html>moved</html>", requested_url=MOVED_FROM, url=MOVED_FROM),
            seen_at="2026-05-29T18:00:00+07:00",
        )
        archive.save_page(make_page(body=b"404", url=REJECTED, status=404, rejected="http_404"))


def test_archived_articles_by_url_and_by_fetched_url(tmp_path):
    path = tmp_path / "archive.db"
    filled_archive(path)
    known = known_urls(path, [SAVED, MOVED_FROM, CANONICAL, REJECTED, NEVER, SAVED])
    archived = {url: k.published_at for url, k in known.items() if k.archived}
    assert archived == {
        SAVED: "2022-07-18T14:30:00+07:00",
        MOVED_FROM: "2026-05-20T09:00:00+07:00",
        CANONICAL: "2026-05-20T09:00:00+07:00",
    }
    assert set(known) == {SAVED, MOVED_FROM, CANONICAL, REJECTED}  # never fetched: unknown


def test_many_urls_are_asked_at_once(tmp_path):
    path = tmp_path / "archive.db"
    filled_archive(path)
    urls = [f"{BASE}bai-{n}-{n}.ldo" for n in range(2000)] + [SAVED]
    assert set(known_urls(path, urls)) == {SAVED}


def test_no_archive_knows_nothing(tmp_path):
    assert known_urls(tmp_path / "none.db", [SAVED]) == {}
    assert known_urls(tmp_path / "none.db", []) == {}
    assert not (tmp_path / "none.db").exists()  # never created by asking
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert known_urls(empty, [SAVED]) == {}


def test_the_archive_is_not_written(tmp_path):
    path = tmp_path / "archive.db"
    filled_archive(path)
    before = path.read_bytes()
    known_urls(path, [SAVED])
    assert path.read_bytes() == before


# --- What a re-check needs: validators, the latest response, when it was checked -------------

ETAG = '"5f2b-1612001"'
MODIFIED = "Fri, 29 May 2026 11:00:00 GMT"


def test_known_urls_give_the_validators_and_body_of_the_last_accepted_response(tmp_path):
    path = tmp_path / "archive.db"
    filled_archive(path)
    with Archive(path) as archive:
        # A re-fetch of SAVED: the same article, a newer response with validators.
        headers = {"Content-Type": "text/html", "Etag": ETAG, "Last-Modified": MODIFIED}
        archive.save_article(
            make_article(url=SAVED, canonical_url=SAVED),
            make_page(
                body=b"<html>v2</html>",
                requested_url=SAVED,
                url=SAVED,
                headers=headers,
                fetched_at="2026-05-30T06:00:00+07:00",
            ),
            seen_at="2026-05-30T06:00:05+07:00",
        )
    known = known_urls(path, [SAVED, MOVED_FROM, NEVER])
    assert set(known) == {SAVED, MOVED_FROM}
    saved = known[SAVED]
    assert (saved.article_url, saved.etag, saved.last_modified) == (SAVED, ETAG, MODIFIED)
    assert saved.sha256 == sha256_hex(b"<html>v2</html>")
    assert saved.archived and saved.rejected is None
    assert saved.last_seen_at == "2026-05-30T06:00:05+07:00"
    assert saved.last_checked == datetime(2026, 5, 29, 23, 0, 5, tzinfo=UTC)
    moved = known[MOVED_FROM]
    assert moved.article_url == CANONICAL  # fetched there, archived under its canonical URL
    assert (moved.etag, moved.last_modified) == (None, None)
    assert moved.sha256 == sha256_hex(b"<html>moved</html>")


def test_a_url_known_only_by_the_url_it_was_redirected_from(tmp_path):
    path = tmp_path / "archive.db"
    short = BASE + "bai-1612009.ldo"
    final = BASE + "cong-doan-nganh-y-te-1612009.ldo"
    with Archive(path) as archive:
        archive.save_article(
            make_article(url=final, canonical_url=final),
            make_page(body=b"<html>y te</html>", requested_url=short, url=final),
            seen_at="2026-05-29T18:00:00+07:00",
        )
    assert known_urls(path, [short])[short].article_url == final


def test_a_rejected_url_is_known_by_its_last_response(tmp_path):
    path = tmp_path / "archive.db"
    filled_archive(path)
    with Archive(path) as archive:
        # The archived SAVED answers 404 now: still archived, but checked at that time.
        archive.save_page(
            make_page(
                body=b"gone",
                url=SAVED,
                requested_url=SAVED,
                status=404,
                rejected="http_404",
                fetched_at="2026-06-02T08:00:00+07:00",
            )
        )
    known = known_urls(path, [REJECTED, SAVED])
    rejected = known[REJECTED]
    assert (rejected.archived, rejected.rejected) == (False, "http_404")
    assert (rejected.sha256, rejected.etag) == (None, None)
    assert rejected.fetched_at == make_page()["fetched_at"]
    saved = known[SAVED]
    assert (saved.archived, saved.rejected) == (True, "http_404")
    assert saved.sha256 == sha256_hex(make_page()["body"])  # the body the archive holds
    assert saved.last_checked == datetime(2026, 6, 2, 1, 0, tzinfo=UTC)


def test_one_query_whatever_the_number_of_urls(tmp_path, monkeypatch):
    path = tmp_path / "archive.db"
    filled_archive(path)
    statements = []
    connect = sqlite3.connect

    def traced(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr("storage.known.sqlite3.connect", traced)
    urls = [f"{BASE}bai-{n}-{n}.ldo" for n in range(5000)] + [SAVED, MOVED_FROM]
    assert set(known_urls(path, urls)) == {SAVED, MOVED_FROM}
    assert len(statements) == 1


def test_parse_time():
    assert parse_time("2026-05-29T18:00:00+07:00") == datetime(2026, 5, 29, 11, tzinfo=UTC)
    assert parse_time("2026-05-29T11:00:00") == datetime(2026, 5, 29, 11, tzinfo=UTC)
    assert parse_time("hôm qua") is None
    assert parse_time(None) is None
    assert KnownUrl("u").last_checked is None


def test_last_ended_run_of_a_site(tmp_path):
    path = tmp_path / "archive.db"
    assert last_ended_run(path, "laodong_vn") is None  # no archive yet
    with Archive(path) as archive:
        archive.upsert_sites([{"slug": "laodong_vn"}, {"slug": "nld_com_vn"}])
        assert last_ended_run(path, "laodong_vn") is None  # no run yet
        first = archive.start_crawl("laodong_vn", "2026-05-29T10:00:00+00:00")
        counts = {"errors": 2, "rejected_reasons": {"http_503": 1}}
        archive.finish_crawl(first, counts, "2026-05-29T10:05:00+00:00")
        archive.start_crawl("nld_com_vn", "2026-05-29T11:00:00+00:00")
        killed = archive.start_crawl("laodong_vn", "2026-05-29T11:00:00+00:00")
        archive.mark_killed_crawls("2026-05-29T12:00:00+00:00", keep=[killed + 1])
        archive.start_crawl("laodong_vn", "2026-05-29T12:00:00+00:00")  # this run: running
    assert last_ended_run(path, "laodong_vn") == {
        "status": "killed",
        "errors": 0,
        "rejected_reasons": {},
    }
    with Archive(path) as archive:
        archive.db["crawls"].delete(killed)
    assert last_ended_run(path, "laodong_vn") == {
        "status": "finished",
        "errors": 2,
        "rejected_reasons": {"http_503": 1},
    }
