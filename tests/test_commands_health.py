"""`congdoan health`: the table, --json, --site, --days, and exit codes a cron job can mail on."""

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from crawler.cli import main
from storage import Archive

# Health figures of a clean run of laodong.vn's union section: 12 article pages read.
CLEAN = {
    "fetched": 12,
    "new": 4,
    "unchanged": 8,
    "extracted": 12,
    "title_share": 1.0,
    "time_share": 0.92,
    "author_share": 0.75,
    "lead_share": 1.0,
    "median_body_chars": 2400,
    "leaked_markers": 0,
    "layouts": {"laodong-2026": 12},
}


def add_runs(path, site, days=10, last=None, every_hours=24):
    """Runs of `site` every `every_hours` up to an hour ago; the last one's figures changed."""
    now = datetime.now(UTC).replace(microsecond=0)
    with Archive(path) as archive:
        for back in range(days - 1, -1, -1):
            started = now - timedelta(hours=every_hours * back + 1)
            crawl_id = archive.start_crawl(site, started.isoformat())
            counts = {**CLEAN, **(last or {})} if back == 0 else CLEAN
            finished = (started + timedelta(minutes=5)).isoformat()
            archive.finish_crawl(crawl_id, counts, finished)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "archive.db"
    add_runs(path, "laodong_vn")
    add_runs(path, "nld_com_vn", last={"layouts": {"generic": 10, "nld-2023": 2}})
    return path


def test_a_drifted_site_exits_1_with_its_findings(db, capsys):
    assert main(["health", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    laodong, nld, summary = out.strip().split("\n\n")
    assert laodong.startswith("laodong_vn: 10 run(s) in the last 30 days; last run #10 ")
    assert "⚠" not in laodong and laodong.count("✓") == 13
    assert "  ⚠  no layout matched           83%       0%" in nld.splitlines()
    assert "  ⚠ site's own layouts: 17%, 83 points under the median 100%" in nld
    assert summary == "1 of 2 site(s) need a person (2 finding(s)): nld_com_vn"


def test_a_healthy_site_exits_0(db, capsys):
    assert main(["health", "--db", str(db), "--site", "laodong_vn"]) == 0
    out = capsys.readouterr().out
    assert "nld_com_vn" not in out
    assert out.endswith("1 site(s), no drift against the last 30 days\n")


def test_json_is_one_object_per_site(db, capsys):
    assert main(["health", "--db", str(db), "--json"]) == 1
    records = json.loads(capsys.readouterr().out)
    assert [(r["site"], r["needs_person"]) for r in records] == [
        ("laodong_vn", False),
        ("nld_com_vn", True),
    ]
    nld = records[1]
    assert [f["figure"] for f in nld["findings"]] == ["site_layouts", "generic"]
    assert nld["latest"]["layouts"] == {"generic": 10, "nld-2023": 2}
    assert nld["last_run"]["id"] == 20 and nld["runs"] == 10
    [time] = [c for c in nld["checks"] if c["figure"] == "time"]
    assert time == {
        "figure": "time",
        "label": "date with time",
        "last": 0.92,
        "median": 0.92,
        "unit": "share",
        "verdict": "ok",
    }


def test_days_narrows_the_history(db, capsys):
    # Three days hold three runs: two earlier samples are too few for a median.
    assert main(["health", "--db", str(db), "--days", "2.5", "--site", "nld_com_vn"]) == 0
    out = capsys.readouterr().out
    assert "3 run(s) in the last 2.5 days" in out
    assert "  ·  no layout matched           83%       –" in out.splitlines()


def test_a_killed_last_run_needs_a_person(tmp_path, capsys):
    path = tmp_path / "archive.db"
    add_runs(path, "laodongthudo_vn", last={"status": "killed", "notes": "process gone"})
    assert main(["health", "--db", str(path), "--json"]) == 1
    [record] = json.loads(capsys.readouterr().out)
    assert record["findings"] == [
        {"figure": "last_run", "message": "run #10 was killed (process gone)"}
    ]


def test_sites_no_longer_crawled_are_listed_not_judged(tmp_path, capsys):
    path = tmp_path / "archive.db"
    add_runs(path, "laodong_vn")
    add_runs(path, "generic", days=1, every_hours=24 * 40, last={"new": 0})
    with Archive(path) as archive:  # the generic run started 40 days ago
        old = (datetime.now(UTC) - timedelta(days=40)).replace(microsecond=0).isoformat()
        archive.db["crawls"].update(11, {"started_at": old})
    assert main(["health", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "not crawled in the last 30 days, not judged: generic (last run " in out


def test_an_archive_without_runs_needs_a_person(tmp_path, capsys):
    path = tmp_path / "archive.db"
    Archive(path).close()
    assert main(["health", "--db", str(path)]) == 1
    assert (
        capsys.readouterr().out == f"no crawl run in the last 30 days in {path}: needs a person\n"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--days", "0"], "argument --days: a number of days above 0, at most 36500, got '0'"),
        (["--days", "a week"], "a number of days above 0"),
        (["--days", "1e9"], "at most 36500"),
        (["--site", "vnexpress_net"], "archive.db: no crawl run of 'vnexpress_net'"),
    ],
)
def test_bad_arguments_exit_2(db, capsys, argv, message):
    assert main(["health", "--db", str(db), *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_a_missing_or_foreign_database_exits_2(tmp_path, capsys):
    assert main(["health", "--db", str(tmp_path / "none.db")]) == 2
    assert capsys.readouterr().err == f"congdoan: {tmp_path / 'none.db'}: no archive there\n"
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("create table notes (text)")
    connection.close()
    assert main(["health", "--db", str(other)]) == 2
    assert "not an archive" in capsys.readouterr().err
    assert sqlite3.connect(other).execute("select name from sqlite_master").fetchall() == [
        ("notes",)
    ]
