"""`congdoan health`: each site's latest crawl runs against its recent history; exit 1 on drift."""

from __future__ import annotations

import argparse
import json
from typing import Any

from storage import Archive
from storage.health import SiteHealth, archive_health, span, stamp

from ..families import FAMILIES
from .common import EXIT_FAILED, EXIT_OK, UsageError, project_settings, require_archive

NAME = "health"
DEFAULT_DAYS = 30
# A century: any longer and the window's start is before the year 1 (an OverflowError).
MAX_DAYS = 36500
# A line's mark: fine, drifted (needs a person), or too little history to say.
MARKS = {"ok": "✓", "drift": "⚠", "not judged": "·"}
# Checks whose figures are hours since something, against the usual gap.
GAP_FIGURES = ("new_articles", "runs")
PERCENT_FIGURES = ("title", "time", "author", "lead", "site_layouts", "generic")
PERCENT_FIGURES += ("rejected", "errors")


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        NAME,
        help="compare each site's last crawl runs with its recent history; exit 1 on drift",
        description="Compare each site's last crawl runs with its runs of the last N days and "
        "say what drifted. Exit 0: nothing to look at; 1: something needs a person; "
        "2: bad arguments or not an archive.",
    )
    parser.add_argument("--db", help="archive path (default: setting ARCHIVE_DB_PATH)")
    parser.add_argument(
        "--days",
        type=positive_days,
        default=DEFAULT_DAYS,
        metavar="N",
        help=f"recent history: the runs of the last N days (default {DEFAULT_DAYS})",
    )
    parser.add_argument("--site", help="only this site")
    parser.add_argument(
        "--json", action="store_true", help="a JSON list, one object per site: figures, findings"
    )
    return parser


def positive_days(text: str) -> float:
    """An argparse type: a number of days above 0 (fractions allowed: 0.5 is twelve hours)."""
    try:
        days = float(text)
    except ValueError:
        days = 0.0
    if not 0 < days <= MAX_DAYS:
        why = f"a number of days above 0, at most {MAX_DAYS}, got {text!r}"
        raise argparse.ArgumentTypeError(why)
    return days


def run(args: argparse.Namespace) -> int:
    path = require_archive(args.db or project_settings().get("ARCHIVE_DB_PATH"))
    with Archive(path) as archive:
        report = archive_health(
            archive.db,
            args.days,
            site=args.site,
            family_layouts=[family.name for family in FAMILIES],
        )
    if args.site and not report:
        raise UsageError(f"{path}: no crawl run of {args.site!r}")
    if args.json:
        print(json.dumps([site.as_record() for site in report], ensure_ascii=False, indent=2))
    else:
        print(text_report(report, args.days, path))
    judged = [site for site in report if site.runs]
    # No site crawled within the window: the scheduled crawls are not running.
    needs_person = not judged or any(site.findings for site in judged)
    return EXIT_FAILED if needs_person else EXIT_OK


def text_report(report: list[SiteHealth], days: float, path) -> str:
    """Every judged site's table and findings, the sites no longer crawled, one summary line."""
    judged = [site for site in report if site.runs]
    blocks = [site_block(site) for site in judged]
    retired = [site for site in report if not site.runs]
    if retired:
        names = ", ".join(f"{s.site} (last run {stamp(s.last_started_at)})" for s in retired)
        blocks.append(f"not crawled in the last {days:g} days, not judged: {names}")
    blocks.append(summary_line(judged, days, path))
    return "\n\n".join(blocks)


def summary_line(judged: list[SiteHealth], days: float, path) -> str:
    if not judged:
        return f"no crawl run in the last {days:g} days in {path}: needs a person"
    drifted = [site for site in judged if site.findings]
    if not drifted:
        return f"{len(judged)} site(s), no drift against the last {days:g} days"
    findings = sum(len(site.findings) for site in drifted)
    return (
        f"{len(drifted)} of {len(judged)} site(s) need a person ({findings} finding(s)): "
        + ", ".join(site.site for site in drifted)
    )


def site_block(site: SiteHealth) -> str:
    """A site's heading, one line per check (mark, figure, latest, median), its findings."""
    lines = [heading(site)]
    rows = [("", "check", "latest", "median")]
    rows += [(MARKS[c.verdict], c.label, *cells(c)) for c in site.checks]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        padded = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        lines.append(("  " + "  ".join(padded)).rstrip())
    if site.latest and site.latest["runs"] > 1:
        lines.append(f"  latest figures pool {pooled(site.latest)}")
    lines += [f"  ⚠ {finding.message}" for finding in site.findings]
    return "\n".join(lines)


def heading(site: SiteHealth) -> str:
    last = site.last_run
    where = f"{site.site}: {len(site.runs)} run(s) in the last {site.window_days:g} days"
    if last is None:
        return f"{where}; none ended yet"
    counts = ", ".join(f"{last.get(k) or 0} {k}" for k in ("fetched", "new", "rejected", "errors"))
    started = stamp(last["started_at"])
    return f"{where}; last run #{last['id']} {started} {last['status']}: {counts}"


def pooled(latest: dict[str, Any]) -> str:
    """What the latest figures stand for when too few pages came from the last run alone."""
    ids = latest["run_ids"]
    return (
        f"{latest['runs']} runs (#{ids[0]}–#{ids[-1]}, from {stamp(latest['from'])}): "
        f"{latest['pages']} pages, {latest['extracted']} articles"
    )


def cells(check) -> tuple[str, str]:
    """The latest and median cells of a check, in the figure's unit."""
    if check.figure in GAP_FIGURES:
        return f"{span(check.last)} ago", f"every {span(check.usual)}" if check.usual else "–"
    if check.figure == "last_run":
        return str(check.last), ""
    return figure_text(check.figure, check.last), figure_text(check.figure, check.usual)


def figure_text(figure: str, value: float | None) -> str:
    if value is None:
        return "–"
    if figure in PERCENT_FIGURES:
        return f"{value:.0%}"
    if figure == "body":
        return f"{value:,.0f}".replace(",", " ")
    return f"{value:.2f}"
