"""Health figures of crawl runs: how complete the articles a run extracted were, per site."""

from __future__ import annotations

import json
import statistics
from collections import Counter
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

# The `crawls` columns the figures fill, in schema order (migration m007).
SHARE_FIELDS = ("title_share", "time_share", "author_share", "lead_share")
HEALTH_FIELDS = (
    "extracted",
    *SHARE_FIELDS,
    "median_body_chars",
    "leaked_markers",
    "layouts",
)
# How the extractor words a boilerplate heading left in the body ("leaked marker: Tin liên
# quan", crawler/extraction warnings_for): the first sign that a site's markup moved.
LEAKED_MARKER_PREFIX = "leaked marker:"
# The layout of an article no site layout or CMS family read.
GENERIC_LAYOUT = "generic"
CRAWL_COLUMNS = (
    "id",
    "site",
    "started_at",
    "finished_at",
    "status",
    "fetched",
    "new",
    "updated",
    "unchanged",
    "rejected",
    "rejected_reasons",
    "errors",
    *HEALTH_FIELDS,
)


def has_time(published_at: str | None) -> bool:
    """Whether an ISO published_at carries a time of day, not just a date."""
    return bool(published_at) and "T" in published_at


def filled(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


class HealthTally:
    """Running figures over the article records a run extracted: stored, unchanged or lost
    in a failed batch alike, since they describe the extractor's reading of the site."""

    def __init__(self) -> None:
        self.extracted = 0
        self.with_field: Counter[str] = Counter()
        self.body_lengths: list[int] = []
        self.leaked_markers = 0
        self.layouts: Counter[str] = Counter()

    def add(self, article: Mapping[str, Any]) -> None:
        """Count one extraction record (the extractor's dict)."""
        self.extracted += 1
        for field in ("title", "author", "lead"):
            self.with_field[field] += filled(article.get(field))
        self.with_field["time"] += has_time(article.get("published_at"))
        self.body_lengths.append(len(article.get("body") or ""))
        warnings = article.get("warnings") or []
        self.leaked_markers += sum(str(w).startswith(LEAKED_MARKER_PREFIX) for w in warnings)
        self.layouts[article.get("layout") or GENERIC_LAYOUT] += 1

    def as_record(self) -> dict[str, Any]:
        """The figures as `Archive.finish_crawl` takes them; shares are None with no article."""
        shares = {
            f"{field}_share": round(self.with_field[field] / self.extracted, 3)
            if self.extracted
            else None
            for field in ("title", "time", "author", "lead")
        }
        return {
            "extracted": self.extracted,
            **shares,
            "median_body_chars": int(statistics.median(self.body_lengths))
            if self.body_lengths
            else None,
            "leaked_markers": self.leaked_markers,
            "layouts": dict(sorted(self.layouts.items())),
        }


def since_iso(days: float, now: datetime | None = None) -> str:
    """The UTC ISO time `days` before `now`, in the form crawls.started_at is stamped."""
    now = now or datetime.now(UTC)
    return (now - timedelta(days=days)).astimezone(UTC).replace(microsecond=0).isoformat()


def crawl_health(
    db: Database,
    site: str | None = None,
    days: float | None = None,
    now: datetime | None = None,
) -> list[dict[str, Any]]:
    """Every crawl run's counts and health figures, oldest first, JSON columns decoded.

    :param site: only this site's runs.
    :param days: only runs started in the last `days` days (started_at is UTC ISO 8601).
    """
    where, params = [], {}
    if site:
        where.append("site = :site")
        params["site"] = site
    if days is not None:
        where.append("started_at >= :since")
        params["since"] = since_iso(days, now)
    clause = f"where {' and '.join(where)}" if where else ""
    columns = ", ".join(f'"{column}"' for column in CRAWL_COLUMNS)
    sql = f"select {columns} from crawls {clause} order by started_at, id"
    runs = []
    for row in db.query(sql, params):
        row["rejected_reasons"] = json.loads(row["rejected_reasons"] or "{}")
        row["layouts"] = json.loads(row["layouts"] or "{}")
        runs.append(row)
    return runs
