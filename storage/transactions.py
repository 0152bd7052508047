"""Write transactions that take SQLite's write lock when they begin (BEGIN IMMEDIATE)."""

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

# How long a writer waits for another connection's write transaction before "database is
# locked". One writer at a time is the rule (storage.lock); this only covers the rare overlap
# with a hand-run `sqlite-utils` command or a migration.
BUSY_TIMEOUT_MS = 30_000


def set_busy_timeout(db: Database, milliseconds: int = BUSY_TIMEOUT_MS) -> None:
    """Make the connection wait up to `milliseconds` for another writer instead of failing."""
    db.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")


def enable_wal(db: Database, seconds: float = BUSY_TIMEOUT_MS / 1000) -> None:
    """Turn on WAL, waiting up to `seconds` for connections that hold the file meanwhile.

    Switching a new file's journal mode needs it alone, and SQLite answers "database is locked"
    at once, whatever the busy timeout, when another connection opening the same new archive is
    switching it or migrating it (tests/test_migrations.py: four at once failed about one time
    in fifteen). Once one of them has switched, the others find WAL on and write nothing.
    """
    deadline = time.monotonic() + seconds
    while True:
        try:
            db.enable_wal()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


@contextmanager
def immediate(db: Database) -> Iterator[Database]:
    """A write transaction that holds the write lock from its first statement: all or nothing.

    sqlite-utils' `atomic()` begins with a plain BEGIN, which starts as a reader: in WAL mode
    its first write fails at once with "database is locked" when another connection committed
    after its first read, whatever the busy timeout (SQLITE_BUSY_SNAPSHOT). BEGIN IMMEDIATE
    instead waits, up to the busy timeout, for the other writer, and then reads the latest
    rows, so a read-then-write (an upsert that compares hashes) never works on stale data.
    Inside an open transaction it is a savepoint, like `atomic()`.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        # rollback() does nothing when the error already ended the transaction.
        db.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise
