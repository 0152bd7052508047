"""storage.lock and the commands that take it: one writing run per archive, exit 75 for the next."""

import logging
import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from crawler.cli import main
from crawler.commands.common import UsageError
from crawler.commands.locking import locked
from storage import Archive
from storage.lock import (
    EX_TEMPFAIL,
    ArchiveBusy,
    acquire,
    archive_lock,
    format_holder,
    holds,
    lock_path,
    parse_holder,
    read_holder,
    release,
)
from tests.test_reextract import archive_with_stale_article

ROOT = Path(__file__).resolve().parent.parent
HOLD = """
import sys, time
from storage.lock import acquire
acquire(sys.argv[1], sys.argv[2])
print("holding", flush=True)
time.sleep(120)
"""


@contextmanager
def held_by_another_process(db_path, command="crawl"):
    """A separate process holding the archive's lock until the block ends (it is killed)."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db_path), command],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout.readline().strip() == "holding"
        yield process
    finally:
        process.kill()
        process.wait()
        process.stdout.close()


def test_lock_file_names_its_holder_and_is_emptied_on_release(tmp_path):
    db_path = tmp_path / "archive.db"
    with archive_lock(db_path, "reextract") as holder:
        assert lock_path(db_path) == tmp_path / "archive.db.lock"
        assert read_holder(db_path) == holder
        assert holder["pid"] == str(os.getpid()) and holder["command"] == "reextract"
        assert holder["host"] and holder["started_at"].endswith("+00:00")
        assert holds(db_path)
    assert not holds(db_path)
    # Emptied, never deleted: a deleted flock file lets two processes lock two files.
    assert lock_path(db_path).exists() and read_holder(db_path) == {}


def test_the_lock_is_reentrant_within_a_process(tmp_path):
    db_path = tmp_path / "archive.db"
    first = acquire(db_path, "demo")
    # The pipeline's writer takes it again under the command that took it first.
    assert acquire(str(db_path), "crawl") == first
    release(db_path)
    assert holds(db_path) and read_holder(db_path)["command"] == "demo"
    release(db_path)
    assert not holds(db_path)
    with pytest.raises(RuntimeError, match="does not hold"):
        release(db_path)


def test_holder_text_round_trip():
    holder = {"pid": "4242", "host": "máy-chủ", "started_at": "2026-11-22T02:00:00+00:00"}
    holder["command"] = "crawl"
    assert parse_holder(format_holder(holder)) == holder
    assert parse_holder("") == {}
    assert parse_holder("garbage\npid=7\n") == {"pid": "7"}


def test_another_process_is_refused_with_its_holder_named(tmp_path):
    db_path = tmp_path / "archive.db"
    with held_by_another_process(db_path) as holder, pytest.raises(ArchiveBusy) as busy:
        acquire(db_path, "crawl")
    assert busy.value.exit_code == EX_TEMPFAIL == 75
    assert f"pid {holder.pid} on " in str(busy.value)
    assert str(busy.value).startswith(f"{db_path} is in use by another run (crawl, pid")
    assert not holds(db_path)


def test_a_dead_holders_lock_is_taken_over_with_a_warning(tmp_path, caplog):
    db_path = tmp_path / "archive.db"
    with held_by_another_process(db_path) as holder:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    # kill -9 gave it no chance to clear the file; the kernel released its flock.
    assert read_holder(db_path)["pid"] == str(holder.pid)
    with caplog.at_level(logging.WARNING, logger="storage.lock"), archive_lock(db_path):
        assert read_holder(db_path)["pid"] == str(os.getpid())
    [warning] = [r.getMessage() for r in caplog.records]
    assert "taking over the lock" in warning and f"pid {holder.pid} on" in warning


def test_locked_returns_75_in_one_line_and_runs_nothing(tmp_path, capsys):
    db_path = tmp_path / "archive.db"
    ran = []
    with held_by_another_process(db_path):
        assert locked(db_path, "crawl", lambda: ran.append(1) or 0) == EX_TEMPFAIL
    assert ran == []
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"congdoan: {db_path} is in use")
    assert locked(db_path, "crawl", lambda: 0) == 0


def test_locked_reports_a_lock_file_it_cannot_create(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(UsageError, match="cannot lock"):
        locked(not_a_folder / "archive.db", "crawl", lambda: 0)


def test_reextract_exits_75_while_another_run_holds_the_archive(tmp_path, capsys):
    archive, _ = archive_with_stale_article(tmp_path / "a.db")
    archive.close()
    with held_by_another_process(tmp_path / "a.db"):
        assert main(["reextract", "--db", str(tmp_path / "a.db")]) == 75
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1 and "in use by another run" in err
    with Archive(tmp_path / "a.db") as archive:
        [row] = archive.db["articles"].rows
        assert "Tin khác" in row["body"]  # untouched


@pytest.mark.parametrize(
    "command",
    [
        ["crawl", "laodongthudo_vn", "--skip-network-check"],
        ["demo", "--port", "0"],
    ],
    ids=["crawl", "demo"],
)
def test_crawl_and_demo_exit_75_before_crawling(tmp_path, command):
    db_path = tmp_path / "archive.db"
    with held_by_another_process(db_path):
        result = subprocess.run(
            [sys.executable, "-m", "crawler", *command, "--db", str(db_path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 75, result.stderr[-2000:]
    assert result.stderr.splitlines() == [
        line for line in result.stderr.splitlines() if "in use by another run" in line
    ]
    assert len(result.stderr.splitlines()) == 1
    assert not db_path.exists()  # not even created: the lock comes before anything else


def test_reextract_runs_while_a_reader_holds_a_snapshot(tmp_path, capsys):
    # Datasette reads in transactions of its own; in WAL mode they never block the writer.
    archive, _ = archive_with_stale_article(tmp_path / "a.db")
    archive.close()
    reader = sqlite3.connect(tmp_path / "a.db")
    try:
        reader.execute("BEGIN")
        [(before,)] = reader.execute("select body from articles").fetchall()
        assert main(["reextract", "--db", str(tmp_path / "a.db")]) == 0
        assert reader.execute("select body from articles").fetchone()[0] == before
        reader.execute("COMMIT")
        assert "Tin khác" not in reader.execute("select body from articles").fetchone()[0]
    finally:
        reader.close()
    assert "1 updated" in capsys.readouterr().out
