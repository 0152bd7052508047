"""The archive lock: one writing run (crawl, demo, reextract) per archive file at a time."""

# A lock file next to the database (`<db>.lock`) held with flock, rather than a lock row:
# - the kernel drops a flock when its process ends, however it ends (kill -9, out of memory,
#   power loss), so a run that died cannot leave the archive locked, and "stale" needs no
#   guess from a pid that another process may since have been given;
# - taking it writes nothing to the database: it works before the file exists or is migrated,
#   never waits on SQLite's own write lock, and Datasette's readers never see it.
# The file's text says who holds it (pid, host, start time, command), for the one-line refusal
# and for the warning when a run finds the text of one that died without clearing it. The file
# stays when released (emptied, not deleted): deleting a flock file lets two processes lock two
# different files under the same name.

from __future__ import annotations

import fcntl
import logging
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

logger = logging.getLogger(__name__)

# What cron wrappers and systemd read as "try again later" (sysexits.h EX_TEMPFAIL).
EX_TEMPFAIL = 75
HOLDER_FIELDS = ("pid", "host", "started_at", "command")


class ArchiveBusy(Exception):
    """Another process holds the archive's lock."""

    # A command's exit status when this ends it (the dispatcher reads `exit_code`).
    exit_code = EX_TEMPFAIL

    def __init__(self, db_path: str | Path, holder: dict[str, str]) -> None:
        self.db_path = str(db_path)
        self.holder = holder
        super().__init__(
            f"{db_path} is in use by another run ({describe_holder(holder)}); try again later"
        )


@dataclass
class _Held:
    fd: int
    count: int
    holder: dict[str, str]


# Locks this process holds, by lock file: a process takes each lock once (a second flock on
# a new descriptor of the same file would refuse its own holder), and counts its users.
_held: dict[str, _Held] = {}
_guard = threading.Lock()


def lock_path(db_path: str | Path) -> Path:
    """The lock file of the archive at `db_path`: `<db>.lock` beside it."""
    return Path(f"{db_path}.lock")


def holder_record(command: str) -> dict[str, str]:
    """Who takes the lock: this process, this host, now, and the command it runs."""
    return {
        "pid": str(os.getpid()),
        "host": socket.gethostname(),
        "started_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "command": command,
    }


def format_holder(holder: dict[str, str]) -> str:
    """The lock file's text: one `name=value` line per field, readable with `cat`."""
    return "".join(f"{field}={holder[field]}\n" for field in HOLDER_FIELDS if field in holder)


def parse_holder(text: str) -> dict[str, str]:
    """The fields of a lock file's text; {} for an empty (released) file."""
    holder = {}
    for line in text.splitlines():
        name, sep, value = line.partition("=")
        if sep and name.strip() in HOLDER_FIELDS:
            holder[name.strip()] = value.strip()
    return holder


def describe_holder(holder: dict[str, str]) -> str:
    """'crawl, pid 4242 on host-a, since 2026-11-22T02:00:00+00:00' (what is known of it)."""
    if not holder:
        return "holder unknown"
    parts = [holder.get("command", "a run")]
    parts.append(f"pid {holder.get('pid', '?')} on {holder.get('host', '?')}")
    if started := holder.get("started_at"):
        parts.append(f"since {started}")
    return ", ".join(parts)


def read_holder(db_path: str | Path) -> dict[str, str]:
    """Who the lock file says holds (or last held without releasing) the archive's lock."""
    try:
        return parse_holder(lock_path(db_path).read_text(encoding="utf-8", errors="replace"))
    except FileNotFoundError:
        return {}


def acquire(db_path: str | Path, command: str = "crawl") -> dict[str, str]:
    """Take the archive's lock, or raise ArchiveBusy when another process holds it.

    Re-entrant within a process (a command and the pipeline it starts both take it); the
    first taker's record is kept. When the file names a holder that is gone (the kernel gave
    us the lock), that run died without releasing it: it is taken over with a warning.
    :return: the holder record now in the file.
    """
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = os.path.realpath(path)
    with _guard:
        if held := _held.get(key):
            held.count += 1
            return held.holder
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = parse_holder(_read(fd))
            os.close(fd)
            raise ArchiveBusy(db_path, holder) from None
        except BaseException:
            os.close(fd)
            raise
        if previous := parse_holder(_read(fd)):
            logger.warning(
                "taking over the lock of %s from a run that is gone (%s)",
                db_path,
                describe_holder(previous),
            )
        holder = holder_record(command)
        _write(fd, format_holder(holder))
        _held[key] = _Held(fd, 1, holder)
        return holder


def release(db_path: str | Path) -> None:
    """Release one use of the archive's lock; the last one empties the file and unlocks it."""
    key = os.path.realpath(lock_path(db_path))
    with _guard:
        held = _held.get(key)
        if held is None:
            raise RuntimeError(f"this process does not hold the lock of {db_path}")
        held.count -= 1
        if held.count:
            return
        del _held[key]
        try:
            os.ftruncate(held.fd, 0)
        finally:
            fcntl.flock(held.fd, fcntl.LOCK_UN)
            os.close(held.fd)


def holds(db_path: str | Path) -> bool:
    """Whether this process holds the archive's lock."""
    return os.path.realpath(lock_path(db_path)) in _held


@contextmanager
def archive_lock(db_path: str | Path, command: str = "crawl") -> Iterator[dict[str, str]]:
    """Hold the archive's lock for the block (see `acquire`)."""
    holder = acquire(db_path, command)
    try:
        yield holder
    finally:
        release(db_path)


def _read(fd: int) -> str:
    return os.pread(fd, 4096, 0).decode("utf-8", errors="replace")


def _write(fd: int, text: str) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, text.encode("utf-8"), 0)
