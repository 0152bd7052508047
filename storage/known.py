"""Which URLs the archive already holds an article for: the crawl's question, read-only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

# SQLite before 3.32 allows 999 variables in one statement; a listing page or a sitemap
# chunk stays well under it.
MAX_VARIABLES = 900
# A crawl's writer may hold the database for a moment; a reader waits rather than failing.
BUSY_TIMEOUT_SECONDS = 5.0

# An article is known by its archive URL (the canonical one) or by the URL its page was
# fetched at (`pages.url`, indexed), since a listing links to the URL as the site writes it.
_QUERY = """
select a.url as url, a.published_at as published_at
  from articles a where a.url in ({marks})
union
select p.url as url, a.published_at as published_at
  from pages p join articles a on a.page_sha256 = p.sha256
 where p.url in ({marks}) and p.rejected is null
"""


def archived_articles(db_path: str | Path, urls: Iterable[str]) -> dict[str, str | None]:
    """The URLs among `urls` the archive at `db_path` has an article for, with its published_at.

    Opens the file read-only for the query; an archive that does not exist yet (or has no
    tables yet) knows no URL.
    """
    wanted = list(dict.fromkeys(urls))
    if not wanted or not Path(db_path).is_file():
        return {}
    found: dict[str, str | None] = {}
    uri = Path(db_path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        for start in range(0, len(wanted), MAX_VARIABLES // 2):
            chunk = wanted[start : start + MAX_VARIABLES // 2]
            sql = _QUERY.format(marks=", ".join("?" * len(chunk)))
            for url, published_at in conn.execute(sql, chunk + chunk):
                found[url] = found.get(url) or published_at
    except sqlite3.OperationalError as error:
        if "no such table" not in str(error):
            raise
    finally:
        conn.close()
    return found
