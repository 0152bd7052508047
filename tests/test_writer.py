"""ArchiveWriter and PendingWrites: archive work on one background thread."""

import threading

import pytest

from crawler.writer import ArchiveWriter, PendingWrites
from storage.lock import ArchiveBusy, holds, read_holder
from tests.test_lock import held_by_another_process


def test_one_writer_per_database_file(tmp_path):
    first = ArchiveWriter.for_path(str(tmp_path / "a.db"))
    second = ArchiveWriter.for_path(str(tmp_path / "a.db"))
    other = ArchiveWriter.for_path(str(tmp_path / "b.db"))
    assert first is second and first is not other
    assert first.users == 2
    first.release()
    second.release()
    other.release()
    assert ArchiveWriter.for_path(str(tmp_path / "a.db")) is not first


def test_jobs_run_in_order_on_one_thread(tmp_path):
    writer = ArchiveWriter.for_path(str(tmp_path / "a.db"))
    threads, order = set(), []

    def job(n):
        def run(archive):
            threads.add(threading.current_thread().name)
            order.append(n)
            return archive.count_articles()

        return run

    futures = [writer.submit(job(n)) for n in range(5)]
    assert [f.result() for f in futures] == [0] * 5
    assert order == list(range(5))
    assert len(threads) == 1 and threading.current_thread().name not in threads
    writer.release()


def test_pending_writes_wait_past_the_limit_and_keep_errors(tmp_path):
    writer = ArchiveWriter.for_path(str(tmp_path / "a.db"))
    pending = PendingWrites(writer, limit=1)
    release = threading.Event()
    pending.submit(lambda archive: release.wait(5), "slow")
    release.set()
    finished = pending.submit(lambda archive: 1 / 0, "broken")
    finished += pending.drain()
    tags = [tag for tag, _ in finished]
    assert tags == ["slow", "broken"]
    assert isinstance(finished[1][1].exception(), ZeroDivisionError)
    writer.release()


def test_released_writer_is_closed(tmp_path):
    writer = ArchiveWriter.for_path(str(tmp_path / "a.db"))
    writer.release()
    with pytest.raises(RuntimeError):
        writer.submit(lambda archive: None)


def test_writer_holds_the_archive_lock_while_open(tmp_path):
    db_path = str(tmp_path / "a.db")
    writer = ArchiveWriter.for_path(db_path)
    assert holds(db_path) and read_holder(db_path)["command"] == "crawl"
    writer.release()
    assert not holds(db_path)


def test_writer_is_refused_while_another_process_holds_the_lock(tmp_path):
    db_path = tmp_path / "a.db"
    with held_by_another_process(db_path), pytest.raises(ArchiveBusy):
        ArchiveWriter.for_path(str(db_path))
    assert not holds(db_path) and not db_path.exists()
    ArchiveWriter.for_path(str(db_path)).release()
