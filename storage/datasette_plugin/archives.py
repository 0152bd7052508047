"""Which databases Datasette serves are archives, and the metadata they get whatever their name."""

from __future__ import annotations

import copy
import functools
import weakref
from pathlib import Path
from typing import Any

import yaml

from storage.checks import ARCHIVE, LOCKED, archive_status

METADATA_PATH = Path(__file__).resolve().parent.parent / "metadata.yml"
# The block of metadata.yml that describes an archive's tables, under `databases:`.
ARCHIVE_BLOCK = "archive"
# A locked archive is one a crawl is writing (rollback-journal mode): still readable.
SERVABLE = (ARCHIVE, LOCKED)

# What archive_status said of each attached database, per Datasette instance: answering it
# opens the file, and Datasette asks for metadata many times per page.
_verdicts: weakref.WeakKeyDictionary[Any, dict[tuple[str, str], bool]] = weakref.WeakKeyDictionary()


@functools.cache
def project_metadata() -> dict[str, Any]:
    """storage/metadata.yml, parsed once."""
    return yaml.safe_load(METADATA_PATH.read_text(encoding="utf-8"))


def is_archive_path(path: str | Path | None) -> bool:
    """Whether the database file at `path` is an archive (our migrations applied)."""
    return bool(path) and archive_status(path) in SERVABLE


def archive_names(datasette) -> list[str]:
    """The names of the attached databases that are archives, in Datasette's order."""
    verdicts = _verdicts.setdefault(datasette, {})
    names = []
    for name, database in list(datasette.databases.items()):
        if database.is_memory or not database.path:
            continue
        key = (name, str(database.path))
        if key not in verdicts:
            verdicts[key] = is_archive_path(database.path)
        if verdicts[key]:
            names.append(name)
    return names


def is_archive(datasette, database: str | None) -> bool:
    """Whether the database named `database` is an attached archive."""
    return database is not None and database in archive_names(datasette)


def archive_metadata(names: list[str]) -> dict[str, Any]:
    """The project's metadata with its archive block under each of `names`.

    Datasette matches a database's metadata by its exact name, the file's stem; this is what
    makes facets, sort orders and descriptions apply to `make serve DB=anything.db`. A fresh copy
    every time: Datasette merges other metadata into what a plugin returns.
    """
    metadata = project_metadata()
    block = metadata["databases"][ARCHIVE_BLOCK]
    instance = {key: value for key, value in metadata.items() if key != "databases"}
    result = copy.deepcopy(instance)
    result["databases"] = {name: copy.deepcopy(block) for name in names}
    return result
