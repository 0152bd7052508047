"""storage.health: a run's figures from the articles it extracted, and reading them back."""

from datetime import UTC, datetime

from sqlite_utils import Database

from storage import Archive
from storage.health import HealthTally, crawl_health, has_time, since_iso


def article(**fields):
    record = {
        "title": "Công đoàn trao quà Tết",
        "lead": "Sa-pô về đoàn viên.",
        "author": "Hà Thu",
        "published_at": "2026-01-20T08:15:00+07:00",
        "body": "x" * 100,
        "layout": "mastercms-2022",
        "warnings": [],
    }
    return {**record, **fields}


def test_tally_shares_median_markers_and_layouts():
    tally = HealthTally()
    tally.add(article())
    tally.add(article(author=None, published_at="2026-01-20", body="x" * 300))
    tally.add(article(lead=" ", layout="generic", warnings=["leaked marker: Tin liên quan"]))
    tally.add(
        article(
            author="",
            layout=None,
            body="x" * 500,
            warnings=["no date", "leaked marker: Xem thêm", "leaked marker: Tin khác"],
        )
    )
    assert tally.as_record() == {
        "extracted": 4,
        "title_share": 1.0,
        "time_share": 0.75,
        "author_share": 0.5,
        "lead_share": 0.75,
        "median_body_chars": 200,
        "leaked_markers": 3,
        # An article no layout read counts as "generic".
        "layouts": {"generic": 2, "mastercms-2022": 2},
    }


def test_an_empty_run_has_no_shares():
    record = HealthTally().as_record()
    assert record["extracted"] == 0 and record["layouts"] == {}
    assert record["title_share"] is None and record["median_body_chars"] is None


def test_has_time():
    assert has_time("2026-01-20T08:15:00+07:00")
    assert not has_time("2026-01-20")
    assert not has_time(None)


def test_crawl_health_by_site_and_days():
    archive = Archive(Database(memory=True))
    now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    for site, started_at in [
        ("laodong_vn", "2026-11-01T10:00:00+00:00"),
        ("laodong_vn", "2026-11-21T10:00:00+00:00"),
        ("nld_com_vn", "2026-11-22T10:00:00+00:00"),
    ]:
        crawl_id = archive.start_crawl(site, started_at)
        archive.finish_crawl(crawl_id, HealthTally().as_record(), started_at)
    runs = crawl_health(archive.db, days=7, now=now)
    assert [(r["site"], r["started_at"][:10]) for r in runs] == [
        ("laodong_vn", "2026-11-21"),
        ("nld_com_vn", "2026-11-22"),
    ]
    assert [r["id"] for r in crawl_health(archive.db, site="laodong_vn")] == [1, 2]
    assert since_iso(1, now) == "2026-11-21T12:00:00+00:00"
