"""Tests for storage.archive: schema, upserts, page bodies, crawl runs and full-text search."""

import os
import socket
import unicodedata
import zlib

import pytest
from sqlite_utils import Database

from storage import Archive
from storage.archive import ARTICLE_FIELDS, content_hash, published_month
from storage.migrations import migrations

URL = "https://laodong.vn/cong-doan/cong-doan-cham-lo-tet-cho-nguoi-lao-dong-1064033.ldo"
BODY = (
    "Công đoàn Việt Nam đã trao 1.000 suất quà Tết cho đoàn viên.\n\n"
    "Chủ tịch Công đoàn ngành Dệt may Đà Nẵng cho biết người lao động rất phấn khởi."
)
HTML = f"<html><body><h1>Công đoàn chăm lo Tết</h1><p>{BODY}</p></body></html>".encode()

ARTICLE_COLUMNS = [
    *ARTICLE_FIELDS,
    "published_month",
    "requested_url",
    "page_sha256",
    "first_seen_at",
    "last_seen_at",
    "content_hash",
    "crawl_id",
    "version_first_seen_at",
]


def make_article(**changes):
    article = {
        "url": URL,
        "canonical_url": URL,
        "site": "laodong_vn",
        "title": "Công đoàn chăm lo Tết cho người lao động",
        "lead": "Tổng Liên đoàn Lao động Việt Nam dành 2.000 tỉ đồng chăm lo Tết.",
        "body": BODY,
        "author": "Nguyễn Thị Hà",
        "published_at": "2022-07-18T14:30:00+07:00",
        "published_raw": "Thứ Hai, 18/07/2022 14:30",
        "modified_at": None,
        "category": "Công đoàn",
        "tags": ["công đoàn", "Tết sum vầy"],
        "images": [{"url": "https://laodong.vn/a.jpg", "caption": "Ảnh: Hải Nguyễn"}],
        "source": "json-ld",
        "language": "vi",
        "layout": "v1",
        "warnings": [],
    }
    return {**article, **changes}


def make_page(body=HTML, **changes):
    page = {
        "requested_url": URL + "?utm_source=rss",
        "url": URL,
        "fetched_at": "2024-08-12T10:30:00+07:00",
        "status": 200,
        "headers": {"Content-Type": "text/html; charset=utf-8"},
        "body": body,
        "site": "laodong_vn",
        "crawl_id": None,
    }
    return {**page, **changes}


@pytest.fixture
def archive():
    with Archive(Database(memory=True)) as archive:
        yield archive


def row_counts(archive):
    return {name: archive.db[name].count for name in ("articles", "pages", "page_bodies")}


def search(archive, query):
    return [row["url"] for row in archive.db["articles"].search(query)]


def test_migrations_create_the_schema(archive):
    assert set(archive.db.table_names()) >= {"sites", "crawls", "pages", "page_bodies", "articles"}
    assert [column.name for column in archive.db["articles"].columns] == ARTICLE_COLUMNS
    assert archive.db["articles"].pks == ["url"]
    assert archive.db["articles"].detect_fts() == "articles_fts"


def test_opening_twice_is_idempotent(tmp_path):
    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        archive.save_article(make_article(), make_page(), "2024-08-12T10:30:00+07:00")
        schema = archive.db.schema
    with Archive(path) as archive:
        assert archive.db.schema == schema
        assert archive.db["_sqlite_migrations"].count == len(
            migrations.pending(Database(memory=True))
        )
        assert archive.count_articles() == 1


def test_wal_is_on(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        assert archive.db.journal_mode == "wal"


def test_upsert_sites_is_idempotent(archive):
    site = {"slug": "laodong_vn", "name": "Báo Lao Động", "base_url": "https://laodong.vn"}
    archive.upsert_sites([site])
    archive.upsert_sites([{**site, "organisation": "Tổng Liên đoàn Lao động Việt Nam"}])
    assert list(archive.db["sites"].rows) == [
        {
            "slug": "laodong_vn",
            "name": "Báo Lao Động",
            "organisation": "Tổng Liên đoàn Lao động Việt Nam",
            "base_url": "https://laodong.vn",
            "description": None,
        }
    ]


def test_unchanged_article_only_moves_last_seen_at(archive):
    assert archive.save_article(make_article(), make_page(), "2024-08-12T10:30:00+07:00") == "new"
    before = archive.get_article(URL)

    later = make_page(fetched_at="2024-08-13T10:30:00+07:00")
    assert archive.save_article(make_article(), later, "2024-08-13T10:30:00+07:00") == "unchanged"

    after = archive.get_article(URL)
    assert after == {**before, "last_seen_at": "2024-08-13T10:30:00+07:00"}
    assert row_counts(archive) == {"articles": 1, "pages": 2, "page_bodies": 1}


def test_changed_article_is_updated_and_keeps_first_seen_at(archive):
    archive.save_article(make_article(), make_page(), "2024-08-12T10:30:00+07:00")
    changed = make_article(title="Công đoàn chăm lo Tết sum vầy cho người lao động")
    edited = HTML + "<!-- sửa -->".encode()
    page = make_page(body=edited, fetched_at="2024-08-13T10:30:00+07:00")

    assert archive.save_article(changed, page, "2024-08-13T10:30:00+07:00") == "updated"

    row = archive.get_article(URL)
    assert row["title"] == "Công đoàn chăm lo Tết sum vầy cho người lao động"
    assert row["first_seen_at"] == "2024-08-12T10:30:00+07:00"
    assert row["last_seen_at"] == "2024-08-13T10:30:00+07:00"
    assert row["content_hash"] == content_hash(changed)
    assert archive.page_body(row["page_sha256"]) == edited


def test_field_that_becomes_empty_is_cleared(archive):
    archive.save_article(make_article(), make_page(), "2024-08-12")
    assert archive.save_article(make_article(author=None), make_page(), "2024-08-13") == "updated"
    assert archive.get_article(URL)["author"] is None


def test_warnings_are_not_content(archive):
    archive.save_article(make_article(), make_page(), "2024-08-12")
    again = make_article(warnings=["no author"])
    assert archive.save_article(again, make_page(), "2024-08-13") == "unchanged"
    assert archive.get_article(URL)["warnings"] == []


def test_identical_refetch_stores_the_body_once(archive):
    first = archive.save_page(make_page())
    second = archive.save_page(make_page(fetched_at="2024-08-13T10:30:00+07:00"))
    assert first == second
    assert archive.db["page_bodies"].count == 1
    assert archive.db["pages"].count == 2


def test_page_body_round_trip(archive):
    body = HTML * 50
    sha256 = archive.save_page(make_page(body=body))
    stored = archive.db["page_bodies"].get(sha256)
    assert stored["size"] == len(body)
    assert len(stored["body"]) < len(body)
    assert zlib.decompress(stored["body"]) == body
    assert archive.page_body(sha256) == body


def test_page_body_of_unknown_sha256_raises_key_error(archive):
    with pytest.raises(KeyError):
        archive.page_body("0" * 64)


def test_pages_row_keeps_headers_and_provenance(archive):
    crawl_id = archive.start_crawl("laodong_vn", "2024-08-12T10:00:00+07:00")
    archive.save_article(make_article(), make_page(crawl_id=crawl_id), "2024-08-12")
    page = next(archive.db["pages"].rows)
    assert page["headers"] == '{"Content-Type": "text/html; charset=utf-8"}'
    assert page["crawl_id"] == crawl_id
    article = archive.get_article(URL)
    assert article["crawl_id"] == crawl_id
    assert article["requested_url"] == URL + "?utm_source=rss"
    assert article["page_sha256"] == page["sha256"]


def test_article_without_page_keeps_earlier_provenance(archive):
    archive.save_article(make_article(), make_page(), "2024-08-12")
    sha256 = archive.get_article(URL)["page_sha256"]
    archive.save_article(make_article(title="Tết sum vầy"), None, "2024-08-13")
    assert archive.get_article(URL)["page_sha256"] == sha256


def test_get_article_decodes_json_columns(archive):
    archive.save_article(make_article(), make_page(), "2024-08-12")
    article = archive.get_article(URL)
    assert article["tags"] == ["công đoàn", "Tết sum vầy"]
    assert article["images"] == [{"url": "https://laodong.vn/a.jpg", "caption": "Ảnh: Hải Nguyễn"}]
    assert article["published_month"] == "2022-07"
    assert archive.get_article(URL + "-khac") is None


def test_json_columns_keep_vietnamese_readable(archive):
    archive.save_article(make_article(), make_page(), "2024-08-12")
    raw = archive.db.execute("select tags from articles").fetchone()[0]
    assert "công đoàn" in raw


def test_count_articles_by_site(archive):
    archive.save_articles(
        [
            (make_article(), None),
            (make_article(url=URL + "-2"), None),
            (make_article(url="https://nld.com.vn/a-196.htm", site="nld_com_vn"), None),
        ],
        "2024-08-12",
    )
    assert archive.count_articles() == 3
    assert archive.count_articles("laodong_vn") == 2


def test_crawl_row_records_counts(archive):
    crawl_id = archive.start_crawl("laodong_vn", "2024-08-12T10:00:00+07:00")
    assert archive.db["crawls"].get(crawl_id)["status"] == "running"
    counts = {
        "fetched": 12,
        "new": 7,
        "updated": 2,
        "unchanged": 1,
        "errors": 1,
        "rejected_reasons": {"không có tiêu đề": 1, "not_article": 1},
    }
    archive.finish_crawl(crawl_id, counts, "2024-08-12T10:05:00+07:00")
    row = archive.db["crawls"].get(crawl_id)
    assert row["status"] == "finished"
    assert row["finished_at"] == "2024-08-12T10:05:00+07:00"
    assert (row["fetched"], row["new"], row["updated"], row["unchanged"]) == (12, 7, 2, 1)
    assert (row["rejected"], row["errors"]) == (2, 1)
    assert row["rejected_reasons"] == '{"không có tiêu đề": 1, "not_article": 1}'


def test_finish_crawl_rejects_unknown_counts(archive):
    crawl_id = archive.start_crawl("laodong_vn", "2024-08-12T10:00:00+07:00")
    with pytest.raises(ValueError, match="saved"):
        archive.finish_crawl(crawl_id, {"saved": 3}, "2024-08-12T10:05:00+07:00")


@pytest.mark.parametrize(
    ("article", "page", "message"),
    [
        (make_article(url=None), make_page(), "has no url"),
        (make_article(title="  "), make_page(), "has no title"),
        ({k: v for k, v in make_article().items() if k != "body"}, make_page(), "has no body"),
        (make_article(html="<p>x</p>"), make_page(), "no column: html"),
        (make_article(), make_page(body=HTML.decode()), "must be bytes"),
    ],
    ids=["no-url", "blank-title", "no-body", "unknown-field", "str-body"],
)
def test_bad_input_raises_and_writes_nothing(archive, article, page, message):
    with pytest.raises(ValueError, match=message):
        archive.save_article(article, page, "2024-08-12")
    assert row_counts(archive) == {"articles": 0, "pages": 0, "page_bodies": 0}


def test_failing_batch_rolls_back(archive, monkeypatch):
    save_page = archive.save_page
    calls = []

    def crash_on_second_page(page):
        calls.append(page)
        if len(calls) == 2:
            raise RuntimeError("crawler killed mid-batch")
        return save_page(page)

    monkeypatch.setattr(archive, "save_page", crash_on_second_page)
    batch = [
        (make_article(), make_page()),
        (make_article(url=URL + "-2"), make_page(url=URL + "-2", body=b"<p>hai</p>")),
    ]
    with pytest.raises(RuntimeError):
        archive.save_articles(batch, "2024-08-12")
    assert row_counts(archive) == {"articles": 0, "pages": 0, "page_bodies": 0}
    assert search(archive, "viet") == []


def test_batch_reports_one_outcome_per_article(archive):
    archive.save_article(make_article(), make_page(), "2024-08-12")
    batch = [
        (make_article(), make_page()),
        (make_article(url=URL + "-2"), make_page(url=URL + "-2")),
        (make_article(url=URL + "-2", lead="Sa-pô mới."), make_page(url=URL + "-2")),
    ]
    assert archive.save_articles(batch, "2024-08-13") == ["unchanged", "new", "updated"]


def test_text_is_stored_as_nfc(archive):
    nfd = make_article(title=unicodedata.normalize("NFD", "Công đoàn Việt Nam"))
    archive.save_article(nfd, make_page(), "2024-08-12")
    assert archive.get_article(URL)["title"] == unicodedata.normalize("NFC", "Công đoàn Việt Nam")
    assert archive.save_article(make_article(title="Công đoàn Việt Nam"), None, "2024-08-13") == (
        "unchanged"
    )


@pytest.mark.parametrize(
    ("published_at", "month"),
    [("2022-07-18T14:30:00+07:00", "2022-07"), ("2021-07-22", "2021-07"), (None, None)],
)
def test_published_month(published_at, month):
    assert published_month(published_at) == month


def test_fts_finds_words_without_tone_marks(archive):
    archive.save_article(make_article(), make_page(), "2024-08-12")
    assert search(archive, "viet") == [URL]
    assert search(archive, "nang") == [URL]


def test_fts_phrase_matches_cong_doan_only_as_a_phrase(archive):
    other = URL + "-2"
    archive.save_articles(
        [
            (make_article(), None),
            (
                make_article(
                    url=other,
                    title="Công ty may mặc tuyển dụng",
                    lead="Đoàn kiểm tra làm việc với doanh nghiệp.",
                    body="Công nhân được đoàn thanh niên hỗ trợ.",
                ),
                None,
            ),
        ],
        "2024-08-12",
    )
    assert sorted(search(archive, "công đoàn")) == [URL, other]
    assert search(archive, '"công đoàn"') == [URL]


def test_fts_does_not_yet_fold_d_with_stroke(archive):
    # Known gap (research/anchors.md §4.3): unicode61 never maps đ to d. A later issue adds a
    # folded search column; until then this documents current behaviour.
    archive.save_article(make_article(), make_page(), "2024-08-12")
    assert search(archive, "đoàn") == [URL]
    assert search(archive, "doan") == []


def test_fts_follows_updates(archive):
    archive.save_article(make_article(), make_page(), "2024-08-12")
    archive.save_article(make_article(body="Người lao động đón Tết."), None, "2024-08-13")
    assert search(archive, "nang") == []
    assert search(archive, "tet") == [URL]


def test_article_pages_and_replace_extraction(archive):
    archive.save_article(make_article(), make_page(), "2026-11-22T10:00:00+07:00")
    [row] = list(archive.article_pages())
    assert row["page_sha256"] and row["fetched_at"]
    before = archive.get_article(row["url"])
    changed = make_article(body="Đoạn mới của bài viết về Công đoàn Việt Nam.")
    assert archive.replace_extraction(changed) == "updated"
    after = archive.get_article(row["url"])
    assert after["body"].startswith("Đoạn mới")
    assert after["last_seen_at"] == before["last_seen_at"]
    assert archive.replace_extraction(changed) == "unchanged"


def test_replace_extraction_of_unknown_article_raises_key_error(archive):
    with pytest.raises(KeyError):
        archive.replace_extraction(make_article(url="https://nld.com.vn/khong-co-1.htm"))


def test_a_changed_article_keeps_its_previous_version(archive):
    archive.save_article(make_article(), make_page(), "2024-08-12T10:00:00+07:00")
    archive.save_article(make_article(), make_page(), "2024-08-12T16:00:00+07:00")
    changed = make_article(title="Công đoàn chăm lo Tết sum vầy", tags=["Tết"])
    page = make_page(body=HTML + "<!-- sửa -->".encode())
    assert archive.save_article(changed, page, "2024-08-13T10:00:00+07:00") == "updated"

    [revision] = archive.revisions(URL)
    first = make_article()
    assert {k: revision[k] for k in ARTICLE_FIELDS} == {k: first[k] for k in ARTICLE_FIELDS}
    assert revision["content_hash"] == content_hash(first)
    assert archive.page_body(revision["page_sha256"]) == HTML
    assert (revision["seen_from"], revision["seen_until"]) == (
        "2024-08-12T10:00:00+07:00",
        "2024-08-12T16:00:00+07:00",
    )
    current = archive.get_article(URL)
    assert current["title"] == "Công đoàn chăm lo Tết sum vầy"
    assert current["version_first_seen_at"] == "2024-08-13T10:00:00+07:00"
    assert current["first_seen_at"] == "2024-08-12T10:00:00+07:00"


def test_each_change_adds_one_revision_in_order(archive):
    for day, title in enumerate(["Bản một", "Bản hai", "Bản ba"], start=12):
        page = make_page(body=HTML + title.encode())
        archive.save_article(make_article(title=title), page, f"2024-08-{day}")
    assert [r["title"] for r in archive.revisions(URL)] == ["Bản một", "Bản hai"]
    assert [(r["seen_from"], r["seen_until"]) for r in archive.revisions(URL)] == [
        ("2024-08-12", "2024-08-12"),
        ("2024-08-13", "2024-08-13"),
    ]
    assert archive.get_article(URL)["title"] == "Bản ba"


def test_no_revision_when_nothing_changed_or_only_the_extractor_did(archive):
    archive.save_article(make_article(), make_page(), "2024-08-12")
    archive.save_article(make_article(warnings=["no author"]), make_page(), "2024-08-13")
    # The same page bytes read differently: newer extraction code, not an edited article.
    assert archive.save_article(make_article(author=None), make_page(), "2024-08-14") == "updated"
    assert archive.replace_extraction(make_article(lead=None)) == "updated"
    assert archive.revisions(URL) == []
    assert archive.get_article(URL)["version_first_seen_at"] == "2024-08-12"


def test_a_change_without_any_page_is_kept_as_a_revision(archive):
    # Without a page there is no proof the source is the same: keep the old text.
    archive.save_article(make_article(), None, "2024-08-12")
    archive.save_article(make_article(body="Người lao động đón Tết."), None, "2024-08-13")
    assert [r["body"] for r in archive.revisions(URL)] == [BODY]


def test_start_crawl_records_the_process(archive):
    crawl_id = archive.start_crawl("laodong_vn", "2024-08-12T10:00:00+00:00")
    row = archive.db["crawls"].get(crawl_id)
    assert row["pid"] == os.getpid() and row["host"] == socket.gethostname()


def test_running_crawls_of_other_processes_are_marked_killed(archive):
    archive.db["crawls"].insert_all(
        [
            {"site": "laodong_vn", "started_at": "2024-08-12T09:00:00+00:00", "status": "running"},
            {"site": "nld_com_vn", "status": "running", "pid": 1, "host": "may-khac"},
            {"site": "nld_com_vn", "status": "finished", "pid": 1, "host": "may-khac"},
        ]
    )
    own = archive.start_crawl("laodong_vn", "2024-08-12T10:00:00+00:00")
    killed = archive.mark_killed_crawls("2024-08-12T10:00:00+00:00", keep=[own])
    assert [row["id"] for row in killed] == [1, 2]
    statuses = {row["id"]: row["status"] for row in archive.db["crawls"].rows}
    assert statuses == {1: "killed", 2: "killed", 3: "finished", own: "running"}
    assert archive.db["crawls"].get(2)["notes"] == (
        "process gone (pid 1 on may-khac); marked killed at 2024-08-12T10:00:00+00:00"
    )
    assert archive.mark_killed_crawls("2024-08-12T11:00:00+00:00", keep=[own]) == []
    # Once this process no longer runs it, its own row is a dead run too.
    assert [row["id"] for row in archive.mark_killed_crawls("2024-08-12T12:00:00+00:00")] == [own]


def test_finish_crawl_records_health_figures(archive):
    crawl_id = archive.start_crawl("laodong_vn", "2024-08-12T10:00:00+00:00")
    figures = {
        "extracted": 4,
        "title_share": 1.0,
        "time_share": 0.75,
        "author_share": 0.5,
        "lead_share": 1.0,
        "median_body_chars": 1200,
        "leaked_markers": 1,
        "layouts": {"generic": 1, "mastercms-2022": 3},
    }
    archive.finish_crawl(crawl_id, {"new": 4, **figures}, "2024-08-12T10:05:00+00:00")
    assert archive.db["crawls"].get(crawl_id)["layouts"] == '{"generic": 1, "mastercms-2022": 3}'
    [run] = archive.crawl_health()
    assert {k: run[k] for k in figures} == figures
    assert (run["site"], run["status"], run["new"], run["rejected_reasons"]) == (
        "laodong_vn",
        "finished",
        4,
        {},
    )
