"""storage.checks: what a path holds before it is opened as the archive, and nothing changes."""

import os
import sqlite3

import pytest

from storage import Archive
from storage.checks import (
    ARCHIVE,
    CORRUPT,
    DIRECTORY,
    EMPTY,
    MISSING,
    NOT_A_FILE,
    NOT_SQLITE,
    OTHER_SQLITE,
    archive_status,
    write_problem,
)


def make_archive(path):
    Archive(path).close()
    return path


def snapshot(folder):
    """Every file under `folder` with its bytes: proof that a check wrote nothing."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_an_archive_is_an_archive(tmp_path):
    assert archive_status(make_archive(tmp_path / "a.db")) == ARCHIVE


def test_an_archive_being_written_is_still_an_archive(tmp_path):
    # A crawl holds a connection open in WAL mode: the -wal file exists, readers go through it.
    path = make_archive(tmp_path / "a.db")
    writer = Archive(path)
    try:
        writer.db.execute("begin immediate")
        writer.db.execute("insert into sites (slug) values ('x')")
        assert archive_status(path) == ARCHIVE
    finally:
        writer.db.conn.rollback()
        writer.close()


def test_a_missing_file_and_a_missing_folder_are_missing(tmp_path):
    assert archive_status(tmp_path / "none.db") == MISSING
    assert archive_status(tmp_path / "no" / "such" / "a.db") == MISSING
    (tmp_path / "file").write_text("x")
    assert archive_status(tmp_path / "file" / "a.db") == MISSING


def test_a_directory(tmp_path):
    assert archive_status(tmp_path) == DIRECTORY


def test_a_fifo_is_not_read(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert archive_status(fifo) == NOT_A_FILE  # returns at once: reading it would block


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n" + bytes(100), b"<html><body>tin</body></html>", b"SQLite format 2\x00"],
    ids=["png", "html", "almost-sqlite"],
)
def test_not_sqlite(tmp_path, content):
    path = tmp_path / "x.db"
    path.write_bytes(content)
    assert archive_status(path) == NOT_SQLITE


def test_an_empty_file_and_a_database_without_tables_are_empty(tmp_path):
    (tmp_path / "zero.db").write_bytes(b"")
    assert archive_status(tmp_path / "zero.db") == EMPTY
    db = sqlite3.connect(tmp_path / "bare.db")
    db.execute("pragma user_version = 7")  # writes the header, creates no table
    db.close()
    assert (tmp_path / "bare.db").stat().st_size > 0
    assert archive_status(tmp_path / "bare.db") == EMPTY


def test_someone_elses_database_is_other_sqlite(tmp_path):
    db = sqlite3.connect(tmp_path / "other.db")
    db.execute("create table customers (id integer primary key, name text)")
    db.commit()
    db.close()
    assert archive_status(tmp_path / "other.db") == OTHER_SQLITE


def test_another_projects_migrations_are_not_ours(tmp_path):
    db = sqlite3.connect(tmp_path / "other.db")
    db.execute("create table _sqlite_migrations (migration_set text, name text, applied_at text)")
    db.execute("insert into _sqlite_migrations values ('their_app', 'm001_init', '2026-01-01')")
    db.commit()
    db.close()
    assert archive_status(tmp_path / "other.db") == OTHER_SQLITE


def test_a_truncated_archive_is_corrupt(tmp_path):
    path = make_archive(tmp_path / "a.db")
    data = path.read_bytes()
    path.write_bytes(data[:100] + bytes(len(data) - 100))  # the header survives, the schema not
    assert archive_status(path) == CORRUPT


@pytest.mark.parametrize("kind", ["archive", "other", "empty", "not-sqlite"])
def test_the_check_writes_nothing(tmp_path, kind):
    path = tmp_path / "x.db"
    if kind == "archive":
        make_archive(path)
    elif kind == "other":
        sqlite3.connect(path).execute("create table t (x)").connection.close()
    elif kind == "not-sqlite":
        path.write_bytes(b"%PDF-1.7\n")
    else:
        path.write_bytes(b"")
    before = snapshot(tmp_path)
    archive_status(path)
    assert snapshot(tmp_path) == before  # no -wal, no -shm, not a byte changed


def test_a_writable_path_has_no_problem(tmp_path):
    assert write_problem(tmp_path / "a.db") is None
    assert write_problem(tmp_path / "new" / "deeper" / "a.db") is None  # the crawl makes folders
    assert write_problem(make_archive(tmp_path / "b.db")) is None


def test_a_folder_that_is_a_file(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    assert write_problem(notes / "a.db") == f"{notes} is not a folder"


def test_read_only_file_and_folder(tmp_path, monkeypatch):
    # Root writes read-only files, so the permission answer is os.access's, faked per path.
    path = make_archive(tmp_path / "a.db")
    denied = {path}
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, m: p not in denied and real_access(p, m))
    assert write_problem(path) == "read-only file"
    denied = {tmp_path}
    assert "cannot write its folder" in write_problem(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write read-only files")
def test_read_only_file_for_real(tmp_path):
    path = make_archive(tmp_path / "a.db")
    path.chmod(0o444)
    assert write_problem(path) == "read-only file"
    assert archive_status(path) == ARCHIVE  # reading it is fine
