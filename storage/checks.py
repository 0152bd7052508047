"""Read-only checks of a path before it is opened as the archive: what it holds, whether it can be
written. Nothing here creates, changes or locks a file."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Migrations

from storage.migrations import migrations

# What archive_status answers.
ARCHIVE = "archive"  # a SQLite file with our migrations applied
EMPTY = "empty"  # a zero-byte file, or SQLite without a single table: safe to make an archive
MISSING = "missing"
DIRECTORY = "directory"
NOT_A_FILE = "not-a-file"  # a FIFO, a device, a socket: reading it could block or consume it
UNREADABLE = "unreadable"
NOT_SQLITE = "not-sqlite"
CORRUPT = "corrupt"  # the SQLite header, but SQLite cannot read the schema
LOCKED = "locked"  # another process holds an exclusive lock (rollback-journal mode)
OTHER_SQLITE = "other-sqlite"  # somebody else's database: never add our tables to it

# The first 16 bytes of every SQLite 3 database file (https://sqlite.org/fileformat.html).
SQLITE_HEADER = b"SQLite format 3\x00"


def archive_status(path: str | Path) -> str:
    """What `path` holds, as one of the constants above; reads at most the schema."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return MISSING
    except PermissionError:
        return UNREADABLE
    if stat.S_ISDIR(mode):
        return DIRECTORY
    if not stat.S_ISREG(mode):
        return NOT_A_FILE
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError:
        return UNREADABLE
    if not header:
        return EMPTY
    if header != SQLITE_HEADER:
        return NOT_SQLITE
    return _sqlite_status(Path(path))


def _sqlite_status(path: Path) -> str:
    try:
        with _read_only(path) as db:
            tables = {row[0] for row in db.execute("select name from sqlite_master")}
            if not tables:
                return EMPTY
            if Migrations.migrations_table not in tables:
                return OTHER_SQLITE
            ours = db.execute(
                f"select count(*) from [{Migrations.migrations_table}] where migration_set = ?",
                [migrations.name],
            ).fetchone()[0]
    except sqlite3.OperationalError as error:
        return LOCKED if "locked" in str(error) else CORRUPT
    except sqlite3.DatabaseError:
        return CORRUPT
    return ARCHIVE if ours else OTHER_SQLITE


class _read_only:
    """A read-only connection that leaves no files behind and is always closed.

    A read-only connection to a WAL database creates the -wal and -shm files when they are
    missing and leaves them there; with no -wal file nobody is writing, so the file is opened
    `immutable` (no locks, no side files) instead.
    """

    def __init__(self, path: Path):
        wal = path.with_name(path.name + "-wal")
        option = "mode=ro" if wal.exists() else "immutable=1"
        uri = f"file:{quote(str(path.resolve()))}?{option}"
        self.db = sqlite3.connect(uri, uri=True, timeout=1)

    def __enter__(self) -> sqlite3.Connection:
        return self.db

    def __exit__(self, *exc_info: object) -> None:
        self.db.close()


def write_problem(path: str | Path) -> str | None:
    """Why a process could not write the archive at `path` (None: it can).

    SQLite writes the -wal and -shm files next to the archive, so its folder must be writable
    too; a missing archive is created in its nearest existing folder (the crawl makes the rest).
    """
    path = Path(path)
    if path.exists() and not os.access(path, os.W_OK):
        return "read-only file"
    folder = path.parent
    while not folder.exists():
        folder = folder.parent
    if not folder.is_dir():
        return f"{folder} is not a folder"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot write its folder {folder} (SQLite writes -wal and -shm files there)"
    return None
