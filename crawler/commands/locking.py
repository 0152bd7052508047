"""Commands that write to an archive hold its lock; another run's lock ends them with exit 75."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from storage.lock import EX_TEMPFAIL, ArchiveBusy, acquire, lock_path, release

from .common import UsageError


def locked(db_path: str | Path, command: str, run: Callable[[], int]) -> int:
    """`run()` while holding the archive's lock; one line and EX_TEMPFAIL (75) when another
    run holds it, so a cron wrapper or systemd timer just tries again next time."""
    try:
        acquire(db_path, command)
    except ArchiveBusy as busy:
        print(f"congdoan: {busy}", file=sys.stderr)
        return EX_TEMPFAIL
    except OSError as error:
        # The folder is read-only, or --db names something under a file.
        raise UsageError(f"cannot lock {lock_path(db_path)}: {error.strerror}") from None
    try:
        return run()
    finally:
        release(db_path)
