"""What the archive already knows of URLs a crawl is about to fetch: the crawl's question,
asked read-only, in one query per listing page, feed or sitemap."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

# A crawl's writer may hold the database for a moment; a reader waits rather than failing.
BUSY_TIMEOUT_SECONDS = 5.0

# The URLs go in as one JSON array (json_each), so a sitemap of 50,000 entries is one statement
# with one variable, whatever SQLite's variable limit.
#
# A URL is known as an article by its archive URL (the canonical one), or through a stored page
# fetched at it (`pages.url`) or redirected from it (`pages.requested_url`): a listing links to
# the URL as the site writes it. Its latest response (accepted or rejected) says when it was
# last fetched; its latest accepted one gives the validators (ETag, Last-Modified) and the
# sha256 of the body a re-check compares with. Every lookup goes through an index (`+rejected`
# keeps SQLite off the index on `rejected`, which would scan every accepted page), and
# `materialized` computes each asked URL's row once.
_QUERY = """
with asked(url) as (select distinct value from json_each(:urls)),
latest as materialized (
  select asked.url as url,
    (select p.id from pages p where p.url = asked.url or p.requested_url = asked.url
      order by p.id desc limit 1) as page_id,
    (select p.id from pages p
      where (p.url = asked.url or p.requested_url = asked.url) and +p.rejected is null
      order by p.id desc limit 1) as accepted_id,
    coalesce(
      (select a.url from articles a where a.url = asked.url),
      (select a.url from pages p join articles a on a.page_sha256 = p.sha256
        where (p.url = asked.url or p.requested_url = asked.url) and +p.rejected is null
        order by p.id desc limit 1)
    ) as article_url
  from asked
)
select l.url, l.article_url, a.published_at, a.first_seen_at, a.last_seen_at,
  lp.fetched_at, lp.rejected, ap.sha256, ap.etag, ap.last_modified
from latest l
left join articles a on a.url = l.article_url
left join pages lp on lp.id = l.page_id
left join pages ap on ap.id = l.accepted_id
where l.article_url is not null or l.page_id is not null
"""


@dataclass(frozen=True)
class KnownUrl:
    """What the archive holds for one URL: the article it gave (if any) and its last response."""

    url: str  # as asked
    article_url: str | None = None  # the archive's key of its article; None: no article
    published_at: str | None = None
    first_seen_at: str | None = None
    last_seen_at: str | None = None
    # The latest stored response for the URL, accepted or rejected.
    fetched_at: str | None = None
    rejected: str | None = None  # its reason, when the latest response was not an article
    # The latest accepted response: its body's sha256 and its validators.
    sha256: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def archived(self) -> bool:
        return self.article_url is not None

    @property
    def last_checked(self) -> datetime | None:
        """When the site was last asked for it: the article last seen, or its last response."""
        times = [t for t in map(parse_time, (self.last_seen_at, self.fetched_at)) if t]
        return max(times) if times else None


def parse_time(text: str | None) -> datetime | None:
    """An ISO 8601 timestamp as an aware datetime (UTC when it names no zone), else None."""
    try:
        moment = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def known_urls(db_path: str | Path, urls: Iterable[str]) -> dict[str, KnownUrl]:
    """What the archive at `db_path` knows of each of `urls`, for those it knows at all.

    One read-only query; an archive that does not exist yet (or has no tables yet) knows no
    URL, and asking never creates the file.
    """
    wanted = list(dict.fromkeys(urls))
    if not wanted:
        return {}
    rows = _read(db_path, _QUERY, {"urls": json.dumps(wanted)})
    return {row[0]: KnownUrl(*row) for row in rows}


_LAST_RUN = """
select status, errors, rejected_reasons from crawls
 where site = ? and status != 'running' order by id desc limit 1
"""


def last_ended_run(db_path: str | Path, site: str) -> dict | None:
    """The status, errors and rejected_reasons (decoded) of the site's latest run that is not
    `running` (a run killed before is `killed` by then: the writer marks it on opening)."""
    rows = _read(db_path, _LAST_RUN, [site])
    if not rows:
        return None
    status, errors, reasons = rows[0]
    try:
        reasons = json.loads(reasons or "{}")
    except ValueError:
        reasons = {}
    return {"status": status, "errors": errors or 0, "rejected_reasons": reasons}


def _read(db_path: str | Path, sql: str, params) -> list[tuple]:
    """The rows of one read-only query; none when the file or its tables do not exist yet."""
    if not Path(db_path).is_file():
        return []
    uri = Path(db_path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as error:
        # No tables yet, or an archive from before the validators' columns (migrated when a
        # crawl opens it for writing, before it asks).
        if "no such table" not in str(error) and "no such column" not in str(error):
            raise
        return []
    finally:
        conn.close()
