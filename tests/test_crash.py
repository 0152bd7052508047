"""Crash safety: real crawls killed at random moments leave a sound archive that the next run
completes (the loop is tests/bench_crash.py; `python -m tests.bench_crash` runs more kills)."""

import os
import random

import pytest

from tests.bench_crash import archive_problems, kill_loop, takeovers_seen

# Bounded for the suite (about 20 s); CRASH_KILLS and CRASH_SEED reproduce or widen a run.
KILLS = int(os.environ.get("CRASH_KILLS", "8"))
SEED = int(os.environ.get("CRASH_SEED", random.randrange(1_000_000)))


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return kill_loop(tmp_path_factory.mktemp("crash"), KILLS, SEED)


def test_no_kill_damaged_the_archive(report):
    # Integrity, the FTS index against the articles, half-written and orphan rows, duplicates.
    assert report.problems == [], f"seed {SEED}"


def test_the_next_run_completes_what_the_killed_ones_lost(report):
    assert report.final.returncode == 0, report.final.log[-2000:]
    assert report.final_articles == report.clean_articles > 0
    assert report.identical, f"seed {SEED}"
    # The mirror did not change: a kill must never turn into a revision.
    assert report.revisions == 0


def test_no_crawl_is_left_running(report):
    assert report.kills > 0, f"seed {SEED}: every run ended before its kill"
    assert "running" not in report.statuses
    assert set(report.statuses) <= {"finished", "killed"}


def test_every_lock_left_by_a_kill_is_taken_over(report):
    assert takeovers_seen(report) == report.takeovers_expected


def test_archive_problems_sees_a_half_written_row(tmp_path):
    # The checker itself must be able to fail.
    import sqlite3

    from storage import Archive
    from storage.vietnamese import register_sql_functions

    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        archive.save_article(
            {"url": "https://nld.com.vn/a-196.htm", "title": "Công đoàn", "body": "Đoàn viên."},
            None,
            "2026-11-22",
        )
    with sqlite3.connect(path) as db:
        # The search index's triggers call a Python function (storage.vietnamese).
        register_sql_functions(db)
        db.execute("drop trigger articles_au")
        db.execute("update articles set body = 'Người lao động', page_sha256 = 'x'")
    problems = archive_problems(path)
    assert any("content_hash" in p for p in problems)
    assert any("page body is missing" in p for p in problems)
    assert any("articles_fts differs" in p for p in problems)
