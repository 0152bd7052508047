"""The dashboard: articles per month and site, and each site's crawl health."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlite_utils import Database

from storage.health import archive_health

from . import present
from .reading import rows, table_names

# Months shown one by one; earlier articles are counted together.
MONTHS_SHOWN = 12
# The window `congdoan health` judges by default.
HEALTH_DAYS = 30
NO_DATE = ""


async def dashboard_context(database, family_layouts: list[str]) -> dict[str, Any]:
    """What the dashboard shows of one archive."""
    counts = await rows(
        database,
        "select coalesce(published_month, '') as month, site, count(*) as n "
        "from articles group by 1, 2",
    )
    names = {
        row["slug"]: row["name"] or row["slug"]
        for row in await rows(database, "select slug, name from sites")
    }
    tables = await table_names(database)
    latest_runs = []
    if "site_health" in tables:
        latest_runs = await rows(database, "select * from site_health")
    findings = await database.execute_fn(lambda conn: site_findings(conn, family_layouts))
    runs = [
        {**run, "name": names.get(run["site"]) or run["site"], **findings.get(run["site"], {})}
        for run in latest_runs
    ]
    return {
        "per_month": month_table(counts, names),
        "runs": sorted(runs, key=lambda run: run["name"] or ""),
        "health_days": HEALTH_DAYS,
        # Served by plain `datasette serve`: the CMS-family layouts' names are unknown here.
        "families_known": bool(family_layouts),
        "total": sum(row["n"] for row in counts),
    }


def site_findings(conn, family_layouts: list[str]) -> dict[str, dict[str, Any]]:
    """Each crawled site's verdict as `congdoan health` gives it over the last 30 days."""
    report = archive_health(Database(conn), HEALTH_DAYS, family_layouts=family_layouts)
    verdicts = {}
    for site in report:
        if not site.runs:
            verdict, mark = "not crawled lately", "idle"
        else:
            verdict, mark = ("needs a person", "drift") if site.findings else ("ok", "ok")
        verdicts[site.site] = {
            "verdict": verdict,
            "verdict_class": mark,
            "findings": [finding.message for finding in site.findings],
        }
    return verdicts


def heat_cell(count: int, largest: int) -> dict[str, int]:
    return {"n": count, "heat": present.bar_width(count, largest)}


def month_sequence(last: str, count: int) -> list[str]:
    """The `count` months up to and including `last` ("YYYY-MM"), oldest first."""
    year, month = (int(part) for part in last.split("-"))
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def month_table(counts: list[dict[str, Any]], names: dict[str, str]) -> dict[str, Any]:
    """Articles per site (rows) and month (columns): the last MONTHS_SHOWN months up to the
    latest article's, from the first article's at the earliest, every month between them (a
    gap is a zero, which is what a dashboard is for), one column for everything earlier and one
    for articles without a date.

    :param counts: rows of {month ("" without a date), site, n}.
    """
    dated = sorted({row["month"] for row in counts if row["month"] != NO_DATE})
    # Never months before the first article: they would only be empty columns.
    months = [m for m in month_sequence(dated[-1], MONTHS_SHOWN) if m >= dated[0]] if dated else []
    shown = set(months)
    cells: dict[str, Counter] = defaultdict(Counter)
    for row in counts:
        month = row["month"]
        key = month if month in shown or month == NO_DATE else "earlier"
        cells[row["site"]][key] += row["n"]
    columns = (
        [{"key": "earlier", "label": "earlier"}]
        if any(cells[site]["earlier"] for site in cells)
        else []
    )
    columns += [{"key": month, "label": present.month_label(month)} for month in months]
    if any(cells[site][NO_DATE] for site in cells):
        columns.append({"key": NO_DATE, "label": "no date"})
    largest = max((n for site in cells.values() for n in site.values()), default=0)
    table_rows = [
        {
            "site": site,
            "name": names.get(site, site),
            "total": sum(cells[site].values()),
            "cells": [heat_cell(cells[site][c["key"]], largest) for c in columns],
        }
        for site in sorted(cells, key=lambda s: names.get(s, s) or "")
    ]
    totals = [sum(cells[site][c["key"]] for site in cells) for c in columns]
    most = max(totals, default=0)
    return {
        "columns": columns,
        "rows": table_rows,
        "totals": [{"n": n, "bar": present.bar_width(n, most)} for n in totals],
    }
