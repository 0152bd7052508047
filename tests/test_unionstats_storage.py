"""storage.unionstats and the union_stats table: rows from hand-built figures, replaced with
their article in one transaction, NFC, ranges; and the migration of an older archive."""

import json
import sqlite3
import unicodedata

import pytest
from sqlite_utils import Database

from storage import Archive
from storage.migrations import migrations
from storage.unionstats import (
    ARTICLE_KEY,
    COLUMNS,
    figure_rows,
    figure_year,
    replace_figures,
    stored_rows,
)
from storage.vietnamese import register_sql_functions

URL = "https://laodongthudo.vn/hoai-duc-phat-trien-doan-vien-144873.html"
SENTENCE = (
    "6 tháng đầu năm 2022 LĐLĐ huyện đã tuyên truyền, vận động thành lập được 11/20 CĐCS, "
    "đạt 55% kế hoạch, kết nạp được 310/512 đoàn viên, đạt 60,5% kế hoạch Thành phố giao."
)
ARTICLE = {
    "url": URL,
    "site": "laodongthudo_vn",
    "title": "Hoài Đức: Nỗ lực phát triển đoàn viên",
    "body": "Mở đầu.\n" + SENTENCE,
    "published_at": "2022-07-18T09:15:00+07:00",
}


def figure(**fields) -> dict:
    """A figure as the extractor returns it (UNIONSTATS schema), members recruited by default."""
    return {
        "metric": "doan_vien_ket_nap",
        "stage": None,
        "label": None,
        "kind": "result",
        "achieved": 310,
        "target": 512,
        "percent": 60.5,
        "percent_kind": "of_target",
        "qualifiers": {},
        "organisation": "LĐLĐ huyện Hoài Đức",
        "organisation_from": "title",
        "period": "6 tháng đầu năm 2022",
        "period_from": "sentence",
        "text_span": "kết nạp được 310/512 đoàn viên, đạt 60,5% kế hoạch",
        "sentence": SENTENCE,
        **fields,
    }


FOUNDED = figure(
    metric="cdcs_thanh_lap",
    achieved=11,
    target=20,
    percent=55,
    text_span="thành lập được 11/20 CĐCS, đạt 55% kế hoạch",
)


@pytest.fixture
def archive():
    archive = Archive(Database(memory=True))
    archive.upsert_sites([{"slug": "laodongthudo_vn", "name": "Lao Động Thủ đô"}])
    archive.save_article(ARTICLE, None, "2022-07-19T08:00:00+07:00")
    return archive


def rows_of(archive, url=URL):
    return list(
        archive.db.query("select * from union_stats where url = ? order by position", [url])
    )


def test_rows_follow_the_figures_in_order_with_the_articles_date_and_site():
    rows = figure_rows(ARTICLE, [FOUNDED, figure()], "v1")
    assert [r["position"] for r in rows] == [1, 2]
    assert [r["metric"] for r in rows] == ["cdcs_thanh_lap", "doan_vien_ket_nap"]
    first = rows[0]
    assert (first["url"], first["site"], first["published_month"], first["year"]) == (
        URL,
        "laodongthudo_vn",
        "2022-07",
        2022,
    )
    assert (first["achieved"], first["achieved_min"], first["achieved_max"]) == (11, 11, 11)
    assert first["extractor_version"] == "v1"
    assert list(first) == [c for c in COLUMNS if c != "id"]


def test_a_range_keeps_its_bounds_and_no_single_number():
    rows = figure_rows(
        ARTICLE, [figure(achieved={"min": 8000, "max": 11000}, target=None, percent=None)], None
    )
    row = rows[0]
    assert (row["achieved"], row["achieved_min"], row["achieved_max"]) == (None, 8000, 11000)
    assert (row["target"], row["target_min"], row["target_max"]) == (None, None, None)


@pytest.mark.parametrize(
    "bad",
    [
        {"achieved": "310"},
        {"achieved": True},
        {"achieved": {"min": 5, "max": 2}},
        {"target": {"low": 1, "high": 2}},
        {"percent": "60,5"},
        {"metric": ""},
        {"qualifiers": ["hơn"]},
        {"organisation": 12},
        {"unknown_field": 1},
    ],
)
def test_a_figure_of_another_shape_is_refused(bad):
    with pytest.raises(ValueError):
        figure_rows(ARTICLE, [figure(**bad)], None)


@pytest.mark.parametrize(
    "period, published_at, year",
    [
        ("6 tháng đầu năm 2022", "2022-07-18", 2022),
        ("nhiệm kỳ 2023-2028", "2023-05-02T10:00:00+07:00", 2023),
        ("năm 2024", "2023-12-20", 2024),  # a plan for the coming year
        ("từ đầu năm đến nay", "2023-09-01T08:00:00+07:00", 2023),
        (None, None, None),
        ("quý III", "", None),
    ],
)
def test_the_year_is_the_periods_else_the_articles(period, published_at, year):
    assert figure_year(period, published_at) == year


def test_stored_text_is_nfc_and_qualifiers_are_readable_json(archive):
    decomposed = unicodedata.normalize("NFD", "LĐLĐ quận Ba Đình")
    fig = figure(
        organisation=decomposed, qualifiers={"achieved": unicodedata.normalize("NFD", "hơn")}
    )
    archive.replace_union_stats(ARTICLE, [fig], "v1")
    [row] = rows_of(archive)
    assert row["organisation"] == "LĐLĐ quận Ba Đình"
    assert unicodedata.is_normalized("NFC", row["organisation"])
    assert row["qualifiers"] == '{"achieved": "hơn"}'  # ensure_ascii=False
    assert json.loads(row["qualifiers"]) == {"achieved": "hơn"}


def test_numbers_read_back_as_written(archive):
    archive.replace_union_stats(ARTICLE, [figure(achieved=1400, target=2.5, percent=60.5)], "v1")
    [row] = rows_of(archive)
    assert row["achieved"] == 1400 and isinstance(row["achieved"], int)
    assert (row["target"], row["percent"]) == (2.5, 60.5)


def test_replacing_an_articles_figures_drops_the_old_ones(archive):
    assert archive.replace_union_stats(ARTICLE, [FOUNDED, figure()], "v1")
    assert archive.replace_union_stats(ARTICLE, [figure(achieved=320)], "v2")
    rows = rows_of(archive)
    assert [(r["position"], r["achieved"], r["extractor_version"]) for r in rows] == [
        (1, 320, "v2")
    ]
    assert archive.replace_union_stats(ARTICLE, [], "v2")
    assert rows_of(archive) == []


def test_the_same_figures_again_write_nothing(archive):
    archive.replace_union_stats(ARTICLE, [FOUNDED, figure()], "v1")
    ids = [r["id"] for r in rows_of(archive)]
    assert not archive.replace_union_stats(ARTICLE, [FOUNDED, figure()], "v1")
    assert [r["id"] for r in rows_of(archive)] == ids


def test_a_bad_figure_leaves_the_stored_ones(archive):
    archive.replace_union_stats(ARTICLE, [FOUNDED], "v1")
    with pytest.raises(ValueError):
        archive.replace_union_stats(ARTICLE, [figure(), figure(achieved="nhiều")], "v2")
    assert [r["metric"] for r in rows_of(archive)] == ["cdcs_thanh_lap"]


def test_a_failed_insert_rolls_the_delete_back(archive):
    archive.replace_union_stats(ARTICLE, [FOUNDED, figure()], "v1")
    # Make the second insert fail inside the transaction: the delete must be undone with it.
    archive.db.execute(
        "CREATE TRIGGER fail AFTER INSERT ON union_stats WHEN new.position = 2 "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(sqlite3.DatabaseError):
        archive.replace_union_stats(ARTICLE, [figure(achieved=1), figure(achieved=2)], "v2")
    assert [r["achieved"] for r in rows_of(archive)] == [11, 310]


def test_an_article_saved_with_figures_stores_them_in_its_transaction(archive):
    second = {**ARTICLE, "url": URL + "?v=2"}
    carried = {"version": "v1", "figures": [FOUNDED, figure()]}
    assert archive.save_article({**second, ARTICLE_KEY: carried}, None, "2022-07-20") == "new"
    assert [r["metric"] for r in rows_of(archive, second["url"])] == [
        "cdcs_thanh_lap",
        "doan_vien_ket_nap",
    ]
    # A bad figure fails the whole save: neither the article nor its figures are stored.
    third = {**ARTICLE, "url": URL + "?v=3", ARTICLE_KEY: {"version": "v1", "figures": [{}]}}
    with pytest.raises(ValueError):
        archive.save_articles([(third, None)], "2022-07-20")
    assert archive.get_article(third["url"]) is None
    assert rows_of(archive, third["url"]) == []


def test_a_batch_that_fails_stores_no_figure(archive):
    good = {**ARTICLE, "url": URL + "?a", ARTICLE_KEY: {"version": "v1", "figures": [figure()]}}
    bad = {"url": URL + "?b", "title": "", "body": "x"}  # no title: the batch fails
    with pytest.raises(ValueError):
        archive.save_articles([(good, None), (bad, None)], "2022-07-20")
    assert archive.db["union_stats"].count == 0


def test_without_figures_the_stored_ones_stay(archive):
    archive.replace_union_stats(ARTICLE, [FOUNDED], "v1")
    changed = {**ARTICLE, "body": ARTICLE["body"] + "\nThêm một đoạn."}
    assert archive.save_article(changed, None, "2022-07-21") == "updated"
    assert archive.save_article({**changed, ARTICLE_KEY: None}, None, "2022-07-22") == "unchanged"
    assert [r["metric"] for r in rows_of(archive)] == ["cdcs_thanh_lap"]


def test_unchanged_text_takes_the_figures_of_newer_rules(archive):
    carried = {"version": "v2", "figures": [figure()]}
    assert archive.save_article({**ARTICLE, ARTICLE_KEY: carried}, None, "2022-07-23") == (
        "unchanged"
    )
    assert [r["extractor_version"] for r in rows_of(archive)] == ["v2"]


def test_a_reextraction_replaces_the_figures_with_the_article(archive):
    archive.replace_union_stats(ARTICLE, [FOUNDED, figure()], "v1")
    record = {**ARTICLE, "published_at": "2022-07-18T10:00:00+07:00"}
    record[ARTICLE_KEY] = {"version": "v2", "figures": [figure(achieved=311)]}
    assert archive.replace_extraction(record) == "updated"
    [row] = rows_of(archive)
    assert (row["achieved"], row["published_at"], row["extractor_version"]) == (
        311,
        "2022-07-18T10:00:00+07:00",
        "v2",
    )


def test_recomputation_reads_every_article_in_batches(archive):
    for n in range(5):
        archive.save_article({**ARTICLE, "url": f"{URL}?n={n}", "site": "x"}, None, "2022-07-20")
    from storage.unionstats import articles_for_figures

    read = list(articles_for_figures(archive.db, batch=2))
    assert [a["url"] for a in read] == sorted(a["url"] for a in read)
    assert len(read) == 6 and set(read[0]) == {
        "url",
        "site",
        "published_at",
        "title",
        "lead",
        "body",
    }
    assert len(list(archive.union_stats_articles("x"))) == 5


def test_counts_per_metric(archive):
    archive.replace_union_stats(ARTICLE, [FOUNDED, figure(), figure(achieved=2)], "v1")
    assert archive.count_union_stats() == {"cdcs_thanh_lap": 1, "doan_vien_ket_nap": 2}
    assert archive.count_union_stats("nld_com_vn") == {}


def test_deleting_an_article_deletes_its_figures(archive):
    archive.replace_union_stats(ARTICLE, [FOUNDED], "v1")
    with archive.db.conn:
        archive.db.execute("delete from articles where url = ?", [URL])
    assert archive.db["union_stats"].count == 0


def test_stored_rows_are_what_was_built(archive):
    archive.replace_union_stats(ARTICLE, [FOUNDED, figure()], "v1")
    assert stored_rows(archive.db, URL) == figure_rows(ARTICLE, [FOUNDED, figure()], "v1")
    replace_figures(archive.db, ARTICLE, [], None)
    assert stored_rows(archive.db, URL) == []


def test_an_older_archive_gains_an_empty_union_stats_table(tmp_path):
    # Storage cannot run the extractor: the migration creates the table and leaves it empty;
    # `congdoan unionstats --db` (tests/test_commands_unionstats.py) fills it.
    path = tmp_path / "m010.db"
    db = Database(path)
    register_sql_functions(db.conn)
    migrations.apply(db, stop_before="m011_union_stats")
    assert "union_stats" not in db.table_names()
    seen = {"first_seen_at": "2022-07-19", "last_seen_at": "2022-07-19", "content_hash": "x"}
    db["articles"].insert({**ARTICLE, **seen})  # as the last release stored it
    db.close()
    # Re-open the file with today's code: m011 is applied, no figure is invented.
    with Archive(path) as archive:
        assert "union_stats" in archive.db.table_names()
        assert archive.db["union_stats"].count == 0
        assert archive.get_article(URL)["title"] == ARTICLE["title"]
        names = {index.name for index in archive.db["union_stats"].indexes}
        assert {"idx_union_stats_metric_year", "idx_union_stats_organisation_period"} <= names
