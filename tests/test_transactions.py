"""storage.transactions: write transactions begin IMMEDIATE, so a second writer waits."""

import sqlite3
import threading
import time

import pytest
from sqlite_utils import Database

from storage import Archive
from storage.transactions import enable_wal, immediate

URL = "https://laodong.vn/cong-doan/doan-vien-don-tet-1064033.ldo"
ARTICLE = {
    "url": URL,
    "site": "laodong_vn",
    "title": "Đoàn viên đón Tết sum vầy",
    "body": "Công đoàn cơ sở trao quà cho người lao động khó khăn.",
}


@pytest.fixture
def two_connections(tmp_path):
    path = tmp_path / "archive.db"
    first, second = Archive(path), Archive(path)
    yield first, second
    first.close()
    second.close()


def test_second_writer_waits_and_reads_what_the_first_committed(tmp_path):
    path = tmp_path / "archive.db"
    outcome = []

    def second_writer():
        # A connection of its own, on its own thread, as a second process would have.
        with Archive(path) as second:
            outcome.append(second.save_article(ARTICLE, None, "2026-11-22T02:05:00+00:00"))

    with Archive(path) as first:
        with immediate(first.db):
            first.save_article(ARTICLE, None, "2026-11-22T02:00:00+00:00")
            writer = threading.Thread(target=second_writer)
            writer.start()
            time.sleep(0.3)
            # Waiting on BEGIN IMMEDIATE (the busy timeout), not failed with "database is locked".
            assert writer.is_alive() and outcome == []
        writer.join(10)
        # It began after the first committed and saw its row: not a second "new".
        assert outcome == ["unchanged"]
        assert first.get_article(URL)["last_seen_at"] == "2026-11-22T02:05:00+00:00"


def test_a_plain_begin_fails_at_once_where_immediate_waits(two_connections):
    # Why every write begins IMMEDIATE: a deferred transaction that read before another
    # connection committed cannot write at all in WAL mode, busy timeout or not.
    first, second = two_connections
    with pytest.raises(sqlite3.OperationalError, match="locked"), second.db.atomic():
        second.db.execute("select count(*) from articles").fetchone()
        first.save_article(ARTICLE, None, "2026-11-22T02:00:00+00:00")
        second.db["sites"].insert({"slug": "laodong_vn"})
    assert second.db["sites"].count == 0


def test_immediate_rolls_back_on_error_and_nests_as_a_savepoint(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        db = archive.db
        with immediate(db):
            db["sites"].insert({"slug": "laodong_vn"})
            with pytest.raises(RuntimeError), immediate(db):
                db["sites"].insert({"slug": "nld_com_vn"})
                raise RuntimeError("inner")
        assert [row["slug"] for row in db["sites"].rows] == ["laodong_vn"]
        with pytest.raises(RuntimeError), immediate(db):
            db["sites"].insert({"slug": "nld_com_vn"})
            raise RuntimeError("outer")
        assert db["sites"].count == 1
        assert not db.conn.in_transaction


def test_enable_wal_waits_for_a_connection_that_holds_the_new_file(tmp_path):
    path = tmp_path / "new.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")  # as another process migrating the new archive would
    threading.Timer(0.3, lambda: holder.execute("COMMIT")).start()
    db = Database(sqlite3.connect(path, timeout=0, check_same_thread=False))
    enable_wal(db, seconds=5)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    holder.close()
    db.close()


def test_enable_wal_gives_up_after_its_time(tmp_path):
    path = tmp_path / "new.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    db = Database(sqlite3.connect(path, timeout=0))
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        enable_wal(db, seconds=0.2)
    holder.execute("COMMIT")
    holder.close()
    db.close()
