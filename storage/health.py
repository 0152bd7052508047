"""Health figures of crawl runs: how complete the articles a run extracted were, per site."""

from __future__ import annotations

import json
import statistics
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import asdict, dataclass, replace
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
    "notes",
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


# Drift: the latest runs of a site against its recent history (`congdoan health`).
#
# Thresholds. A fill rate 20 points under its median: beyond the noise of one article in five
# missing a field, well short of what a selector that stopped matching does (the share drops
# to about 0).
FILL_DROP = 0.20
# A median body 40% shorter: a body reader that lost its container falls back to a teaser or a
# first block; ordinary days (long features against briefs) move the median far less.
BODY_DROP = 0.40
# Shares of pages (rejected, errors) or of articles (read by no layout, leaked markers) up by
# 20 points: the same scale as FILL_DROP.
SHARE_RISE = 0.20
# "Longer than usual" without a new article or without a run: twice the median gap, and never
# under a floor, so an hourly crawl of a site that posts a few stories a day does not mail on a
# quiet afternoon or a weekend (two days), nor on one missed night of runs (one day).
QUIET_FACTOR = 2
QUIET_FLOOR_HOURS = 48.0
STALE_FLOOR_HOURS = 24.0
# A run still `running` after a day has hung, or died with no later run to mark it killed.
STUCK_HOURS = 24.0
# Consecutive runs are pooled until they read this many pages: an incremental hourly run reads
# 0 to 3 article pages, whose shares (0% or 100%) say nothing on their own.
MIN_PAGES = 10
# Fill rates, body length, layouts and leaked markers are judged on at least this many articles.
MIN_ARTICLES = 5
# A median stands for "usual" only over this many earlier samples, or gaps between runs.
MIN_HISTORY = 3
MIN_GAPS = 2
# A run that ended by itself or at a limit it was given (CLOSESPIDER_*), not stopped or killed.
FINISHED = "finished"
LIMIT_PREFIX = "closespider_"
RUNNING = "running"
RUN_COUNTS = ("fetched", "new", "updated", "unchanged", "rejected", "errors")
# What a check's `last` and `usual` are measured in (a share of 0 to 1 when not listed).
UNITS = {
    "new_articles": "hours",
    "runs": "hours",
    "last_run": "status",
    "body": "characters",
    "leaked": "per article",
}


@dataclass(frozen=True)
class Finding:
    """Something about a site that needs a person, on one line of its health table."""

    figure: str
    message: str


@dataclass(frozen=True)
class Check:
    """One line of a site's health: a figure of its latest runs against its recent median.

    `last` and `usual` are in the figure's unit (a share 0 to 1, characters, hours, a status);
    a check that had too little to go on is not `judged` and never drifts.
    """

    figure: str
    label: str
    last: Any
    usual: Any
    judged: bool = True
    finding: Finding | None = None

    @property
    def verdict(self) -> str:
        if self.finding:
            return "drift"
        return "ok" if self.judged else "not judged"


@dataclass(frozen=True)
class Rule:
    """How one pooled figure drifts: a fall or a rise beyond `threshold` from its median."""

    figure: str
    label: str
    falls: bool
    threshold: float
    # The threshold is a fraction of the median (body length), not points of a share.
    relative: bool = False
    # What the figure is a share of, and so what a sample needs enough of to be judged.
    basis: str = "extracted"


FIGURE_RULES = (
    Rule("title", "title", True, FILL_DROP),
    Rule("time", "date with time", True, FILL_DROP),
    Rule("author", "author", True, FILL_DROP),
    Rule("lead", "lead", True, FILL_DROP),
    Rule("body", "body (median chars)", True, BODY_DROP, relative=True),
    Rule("site_layouts", "site's own layouts", True, SHARE_RISE),
    Rule("generic", "no layout matched", False, SHARE_RISE),
    Rule("leaked", "leaked markers per article", False, SHARE_RISE),
    Rule("rejected", "rejected pages", False, SHARE_RISE, basis="pages"),
    Rule("errors", "errors", False, SHARE_RISE, basis="pages"),
)
FIGURES = tuple(rule.figure for rule in FIGURE_RULES)


def parse_time(value: str) -> datetime:
    """A crawls timestamp (UTC ISO 8601) as an aware datetime."""
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def hours_between(earlier: str, later: str | datetime) -> float:
    later = later if isinstance(later, datetime) else parse_time(later)
    return (later - parse_time(earlier)).total_seconds() / 3600


def run_pages(run: Mapping[str, Any]) -> int:
    """Article pages a run tried: read (new, updated, unchanged, rejected) or failed."""
    counts = ("new", "updated", "unchanged", "rejected", "errors")
    return sum(run.get(count) or 0 for count in counts)


def share(part: float, whole: float) -> float | None:
    return round(part / whole, 3) if whole else None


def weighted_median(pairs: list[tuple[float | None, int]]) -> float | None:
    """The median of values each standing for `weight` items (a run's median body, its articles).

    Exact for one run; for pooled runs, close enough for a 40% threshold.
    """
    pairs = sorted((value, weight) for value, weight in pairs if value is not None and weight)
    half, seen = sum(weight for _, weight in pairs) / 2, 0
    for value, weight in pairs:
        seen += weight
        if seen >= half:
            return value
    return None


def pool(runs: list[Mapping[str, Any]], family_layouts: Collection[str] = ()) -> dict[str, Any]:
    """The figures of consecutive runs taken together (one run: that run's figures).

    :param family_layouts: names of the CMS-family layouts, which are not a site's own.
    """
    pages = sum(run_pages(run) for run in runs)
    extracted = sum(run.get("extracted") or 0 for run in runs)
    layouts: Counter[str] = Counter()
    for run in runs:
        layouts.update(run.get("layouts") or {})
    read = sum(layouts.values())
    not_own = {GENERIC_LAYOUT, *family_layouts}
    own = {name: count for name, count in layouts.items() if name not in not_own}
    figures = {
        "runs": len(runs),
        "run_ids": [run["id"] for run in runs],
        "from": runs[0]["started_at"] if runs else None,
        "to": runs[-1]["started_at"] if runs else None,
        "pages": pages,
        "extracted": extracted,
    }
    for field in ("title", "time", "author", "lead"):
        weighed = [(run[f"{field}_share"], run.get("extracted") or 0) for run in runs]
        weighed = [(value, weight) for value, weight in weighed if value is not None and weight]
        figures[field] = share(sum(v * w for v, w in weighed), sum(w for _, w in weighed))
    body = [(run.get("median_body_chars"), run.get("extracted") or 0) for run in runs]
    figures["body"] = weighted_median(body)
    figures["site_layouts"] = share(sum(own.values()), read)
    figures["generic"] = share(layouts[GENERIC_LAYOUT], read)
    figures["leaked"] = share(sum(run.get("leaked_markers") or 0 for run in runs), extracted)
    figures["rejected"] = share(sum(run.get("rejected") or 0 for run in runs), pages)
    figures["errors"] = share(sum(run.get("errors") or 0 for run in runs), pages)
    figures["layouts"] = dict(sorted(layouts.items()))
    figures["own_layouts"] = sorted(own)
    return figures


def samples(runs: list[Mapping[str, Any]], min_pages: int = MIN_PAGES) -> list[list]:
    """Consecutive runs (oldest first) grouped so each group read at least `min_pages` pages.

    Groups are closed from the newest run back, so the last group always ends with the last
    run; an oldest group that never reached `min_pages` is dropped, unless it is the only one.
    """
    groups: list[list] = []
    current: list = []
    for run in reversed(runs):
        current.insert(0, run)
        if sum(run_pages(r) for r in current) >= min_pages:
            groups.insert(0, current)
            current = []
    if current and not groups:
        groups.append(current)
    return groups


def judge(rule: Rule, last: Mapping[str, Any], history: list[Mapping[str, Any]]) -> Check:
    """The check of one figure: the last sample against the median of the earlier ones."""
    minimum = MIN_ARTICLES if rule.basis == "extracted" else MIN_PAGES
    value = last[rule.figure]
    past = [
        sample[rule.figure]
        for sample in history
        if sample[rule.basis] >= minimum and sample[rule.figure] is not None
    ]
    usual = statistics.median(past) if len(past) >= MIN_HISTORY else None
    if value is None or usual is None or last[rule.basis] < minimum:
        return Check(rule.figure, rule.label, value, usual, judged=False)
    if rule.relative:
        drifted = value < usual * (1 - rule.threshold)
    elif rule.falls:
        drifted = value < usual - rule.threshold
    else:
        drifted = value > usual + rule.threshold
    finding = Finding(rule.figure, figure_message(rule, value, usual)) if drifted else None
    return Check(rule.figure, rule.label, value, usual, finding=finding)


def figure_message(rule: Rule, value: float, usual: float) -> str:
    if rule.relative:
        return f"{rule.label}: {value:.0f}, {1 - value / usual:.0%} under the median {usual:.0f}"
    if rule.figure == "leaked":
        return f"{rule.label}: {value:.2f}, median {usual:.2f}"
    direction = "under" if rule.falls else "over"
    points = abs(value - usual) * 100
    return f"{rule.label}: {value:.0%}, {points:.0f} points {direction} the median {usual:.0%}"


def stopped_layouts(last: Mapping[str, Any], history: list[Mapping[str, Any]]) -> list[str]:
    """The site's own layouts that read articles in most earlier samples and none in the last."""
    judged = [sample for sample in history if sample["extracted"] >= MIN_ARTICLES]
    seen = Counter(name for sample in judged for name in sample["own_layouts"])
    usual = {name for name, count in seen.items() if count * 2 > len(judged)}
    return sorted(usual - set(last["own_layouts"]))


def figure_checks(last: Mapping[str, Any], history: list[Mapping[str, Any]]) -> list[Check]:
    """The checks of every pooled figure (fill rates, body, layouts, markers, rejected, errors)."""
    checks = [judge(rule, last, history) for rule in FIGURE_RULES]
    stopped = stopped_layouts(last, history)
    for index, check in enumerate(checks):
        if check.figure == "site_layouts" and check.finding and stopped:
            message = f"{check.finding.message} ({', '.join(stopped)} stopped matching)"
            checks[index] = replace(check, finding=Finding(check.figure, message))
    return checks


def drift(last: Mapping[str, Any], history: list[Mapping[str, Any]]) -> list[Finding]:
    """What moved in the last sample of pooled figures against the earlier samples' medians."""
    return [check.finding for check in figure_checks(last, history) if check.finding]


def stamp(value: str) -> str:
    """A crawls timestamp for people: "2026-11-22 06:00 UTC"."""
    return parse_time(value).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def span(hours: float | None) -> str:
    """A duration for people: "40 min", "5 h", "2.5 days"."""
    if hours is None:
        return "–"
    if hours < 1:
        return f"{hours * 60:.0f} min"
    if hours < 48:
        return f"{hours:.0f} h"
    return f"{hours / 24:.1f} days"


def gap_check(
    figure: str, label: str, times: list[str], since: str, now: datetime, floor: float
) -> Check:
    """Hours from `since` to `now` against twice the median gap between `times` (and `floor`)."""
    gaps = [hours_between(a, b) for a, b in zip(times, times[1:], strict=False)]
    usual = statistics.median(gaps) if len(gaps) >= MIN_GAPS else None
    limit = max(QUIET_FACTOR * usual, floor) if usual is not None else floor
    age = round(hours_between(since, now), 2)
    if age <= limit:
        return Check(figure, label, age, usual)
    usually = f"usually every {span(usual)}" if usual is not None else "too few to know the usual"
    message = (
        f"{label}: none for {span(age)}, since {stamp(since)} ({usually}; limit {span(limit)})"
    )
    return Check(figure, label, age, usual, finding=Finding(figure, message))


def new_article_check(closed: list[Mapping[str, Any]], now: datetime) -> Check:
    """Time since the last run that found a new article, against the usual gap between such runs.

    With none in the window, the time since its first run: that long at least.
    """
    found = [run["started_at"] for run in closed if (run.get("new") or 0) > 0]
    since = found[-1] if found else closed[0]["started_at"]
    return gap_check("new_articles", "new articles", found, since, now, QUIET_FLOOR_HOURS)


def runs_check(runs: list[Mapping[str, Any]], now: datetime) -> Check:
    """Time since the last run started (of any status), against the usual gap between runs."""
    times = [run["started_at"] for run in runs]
    return gap_check("runs", "runs", times, times[-1], now, STALE_FLOOR_HOURS)


def run_problem(run: Mapping[str, Any]) -> str | None:
    """Why a closed run needs a look: killed, stopped early, or nothing read but errors."""
    status = run.get("status") or "unknown"
    if status == "killed":
        return f"run #{run['id']} was killed ({run.get('notes') or 'its process ended'})"
    if status != FINISHED and not status.startswith(LIMIT_PREFIX):
        return f"run #{run['id']} stopped early ({status})"
    errors = run.get("errors") or 0
    if errors and run_pages(run) == errors:
        return f"run #{run['id']} read nothing: {errors} error(s)"
    return None


def status_check(
    closed: list[Mapping[str, Any]], running: list[Mapping[str, Any]], now: datetime
) -> Check:
    """The last closed run's end, and any run `running` for longer than STUCK_HOURS."""
    problems = [run_problem(closed[-1])] if closed else []
    for run in running:
        hours = hours_between(run["started_at"], now)
        if hours > STUCK_HOURS:
            problems.append(
                f"run #{run['id']} still running after {span(hours)} "
                "(hung, or killed and not yet marked)"
            )
    problems = [problem for problem in problems if problem]
    last = closed[-1]["status"] if closed else RUNNING
    finding = Finding("last_run", "; ".join(problems)) if problems else None
    return Check("last_run", "last run", last, FINISHED, finding=finding)


@dataclass
class SiteHealth:
    """A site's health over a window of runs: its latest figures, their checks, its findings."""

    site: str
    window_days: float
    runs: list[dict[str, Any]]
    latest: dict[str, Any] | None
    checks: list[Check]
    # When the site's last run started, in the window or before it.
    last_started_at: str | None = None

    @property
    def last_run(self) -> dict[str, Any] | None:
        closed = [run for run in self.runs if run["status"] != RUNNING]
        return closed[-1] if closed else None

    @property
    def running(self) -> list[dict[str, Any]]:
        return [run for run in self.runs if run["status"] == RUNNING]

    @property
    def findings(self) -> list[Finding]:
        return [check.finding for check in self.checks if check.finding]

    def as_record(self) -> dict[str, Any]:
        """Plain data for JSON: the last run, the latest pooled figures, checks and findings."""
        keep = ("id", "started_at", "finished_at", "status", *RUN_COUNTS, "notes")
        last = self.last_run
        return {
            "site": self.site,
            "window_days": self.window_days,
            "runs": len(self.runs),
            "last_started_at": self.last_started_at,
            "last_run": {key: last.get(key) for key in keep} if last else None,
            "running": [{"id": r["id"], "started_at": r["started_at"]} for r in self.running],
            "latest": self.latest,
            "checks": [
                {
                    "figure": check.figure,
                    "label": check.label,
                    "last": check.last,
                    "median": check.usual,
                    "unit": UNITS.get(check.figure, "share"),
                    "verdict": check.verdict,
                }
                for check in self.checks
            ],
            "findings": [asdict(finding) for finding in self.findings],
            "needs_person": bool(self.findings),
        }


def site_health(
    site: str,
    runs: list[dict[str, Any]],
    now: datetime,
    window_days: float,
    family_layouts: Collection[str] = (),
) -> SiteHealth:
    """Judge one site from its runs of the window, oldest first (crawl_health's rows)."""
    closed = [run for run in runs if run["status"] != RUNNING]
    running = [run for run in runs if run["status"] == RUNNING]
    if not runs:
        return SiteHealth(site, window_days, runs, latest=None, checks=[])
    checks = [new_article_check(closed, now)] if closed else []
    checks += [runs_check(runs, now), status_check(closed, running, now)]
    latest = None
    if closed:
        figures = [pool(group, family_layouts) for group in samples(closed)]
        latest = figures[-1]
        checks += figure_checks(latest, figures[:-1])
    last_started_at = runs[-1]["started_at"]
    return SiteHealth(site, window_days, runs, latest, checks, last_started_at)


def crawled_sites(db: Database) -> list[dict[str, Any]]:
    """Every site with a crawl run, and when its last run started."""
    sql = "select site, max(started_at) as last_started_at from crawls group by site order by site"
    return list(db.query(sql))


def archive_health(
    db: Database,
    days: float,
    site: str | None = None,
    now: datetime | None = None,
    family_layouts: Collection[str] = (),
) -> list[SiteHealth]:
    """The health of every crawled site, in slug order, from its runs of the last `days` days.

    A site whose last run is older has no runs here and is not judged: it is no longer crawled
    (runs_check said so while its last run was in the window).

    :param site: only this site.
    """
    now = now or datetime.now(UTC)
    since = since_iso(days, now)
    report = []
    for row in crawled_sites(db):
        if site and row["site"] != site:
            continue
        recent = row["last_started_at"] >= since
        runs = crawl_health(db, site=row["site"], days=days, now=now) if recent else []
        health = site_health(row["site"], runs, now, days, family_layouts)
        health.last_started_at = row["last_started_at"]
        report.append(health)
    return report
