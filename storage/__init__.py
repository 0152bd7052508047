"""Storage layer: the SQLite archive that the crawler writes and Datasette reads."""

from storage.archive import Archive
from storage.migrations import migrate

__all__ = ["Archive", "migrate"]
