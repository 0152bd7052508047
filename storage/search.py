"""Ranked, Vietnamese-aware search of the archive's articles (the CLI and Datasette share it)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

# A run of text in a snippet or title: (text, True when it is a matched word).
Fragment = tuple[str, bool]


@dataclass(frozen=True)
class Result:
    """One article found, best first in the list `search` returns.

    `score` orders results: its integer part is how the words were found (2: as a phrase,
    1: near each other, 0: anywhere in the article), its fraction the bm25 relevance (title
    above lead above body). `snippet` and `title_fragments` are the article's own text, cut
    into runs, the matched words flagged, so every caller escapes and marks them its own way.
    """

    url: str
    title: str
    site: str | None
    published_at: str | None
    score: float
    snippet: tuple[Fragment, ...]
    title_fragments: tuple[Fragment, ...]
    lead: str | None = None
    author: str | None = None
    category: str | None = None

    def snippet_text(self, before: str = "«", after: str = "»") -> str:
        """The snippet as one string, each matched word between `before` and `after`."""
        return marked(self.snippet, before, after)

    def as_record(self) -> dict[str, Any]:
        """The result as `congdoan search --json` prints it."""
        return {
            "url": self.url,
            "title": self.title,
            "site": self.site,
            "published_at": self.published_at,
            "snippet": self.snippet_text(),
            "score": self.score,
        }


def marked(fragments: tuple[Fragment, ...], before: str = "«", after: str = "»") -> str:
    """Join fragments, each matched one between `before` and `after`."""
    return "".join(f"{before}{text}{after}" if hit else text for text, hit in fragments)


def search(
    db: Any,
    query: str,
    site: str | None = None,
    category: str | None = None,
    author: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> list[Result]:
    """The articles matching `query`, best first (see Result.score).

    :param db: a ``sqlite_utils.Database`` or a ``sqlite3.Connection`` (Datasette's, read-only).
    :param since: first day or time (ISO 8601) of published_at; ``until`` the last, inclusive.
    Any text is a valid query: quotes, operators, ``*`` or nothing at all never raise; a query
    without a word gives ``[]``.
    """
    raise NotImplementedError  # first version: the signature others build on


def count(
    db: Any,
    query: str,
    site: str | None = None,
    category: str | None = None,
    author: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> int:
    """How many articles `search` would find with these filters, all pages together."""
    raise NotImplementedError


def _connection(db: Any) -> sqlite3.Connection:
    return getattr(db, "conn", db)
