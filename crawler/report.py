"""The per-site summary of a crawl run, read back from the archive's `crawls` rows, and the
one line that ends every run."""

from __future__ import annotations

import json
from pathlib import Path

from sqlite_utils import Database

COLUMNS = ("site", "status", "fetched", "new", "updated", "unchanged", "rejected", "errors")


def last_crawl_id(db_path: str | Path) -> int:
    """The id of the newest `crawls` row (0 for a new archive): rows after it are a new run."""
    if not Path(db_path).exists():
        return 0
    db = Database(db_path)
    try:
        if "crawls" not in db.table_names():
            return 0
        return db.execute("select coalesce(max(id), 0) from crawls").fetchone()[0]
    finally:
        db.close()


def crawl_rows(db_path: str | Path, after_id: int = 0) -> list[dict]:
    """The `crawls` rows newer than `after_id`, rejected_reasons decoded, in site order.

    No rows when there is no archive (a crawl with ARCHIVE_ENABLED off writes none); the file
    is not created by asking.
    """
    if not Path(db_path).is_file():
        return []
    db = Database(db_path)
    try:
        if "crawls" not in db.table_names():
            return []
        rows = list(db["crawls"].rows_where("id > ?", [after_id], order_by="site, id"))
    finally:
        db.close()
    for row in rows:
        row["rejected_reasons"] = json.loads(row["rejected_reasons"] or "{}")
    return rows


def format_reasons(reasons: dict[str, int]) -> str:
    return ", ".join(f"{reason} {count}" for reason, count in sorted(reasons.items())) or "-"


def summary_table(rows: list[dict]) -> str:
    """A plain-text table: one line per site, counts, then the rejections by reason."""
    header = [*COLUMNS, "rejected by reason"]
    lines = [
        [str(row.get(c) if row.get(c) is not None else "-") for c in COLUMNS]
        + [format_reasons(row["rejected_reasons"])]
        for row in rows
    ]
    widths = [max(len(r[i]) for r in [header, *lines]) for i in range(len(COLUMNS))]
    out = []
    for cells in [header, *lines]:
        fixed = [
            cell.ljust(w) if i < 2 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(cells, widths, strict=False))
        ]
        out.append("  ".join([*fixed, cells[-1]]).rstrip())
    out.insert(1, "-" * len(out[0]))
    notes = [f"  {row['site']}: {row['notes']}" for row in rows if row.get("notes")]
    if notes:
        out += ["", "Notes:", *notes]
    return "\n".join(out)


TOTALS = ("new", "updated", "unchanged", "rejected", "errors")


def outcome_line(rows: list[dict], db_path: str | Path, sites: int, failed=()) -> str:
    """The run's outcome in one line: what the archive gained, and which sites failed.

    :param sites: how many sites were crawled (a site whose run left no row counts too).
    :param failed: the slugs of the sites that failed (their reasons are on standard error).
    """
    totals = {key: sum(row.get(key) or 0 for row in rows) for key in TOTALS}
    counts = ", ".join(f"{totals[key]} {key}" for key in TOTALS)
    line = f"Crawled {sites} site{'s' if sites != 1 else ''} into {db_path}: {counts}"
    if failed:
        return f"{line}; failed: {', '.join(failed)}."
    return f"{line}."
