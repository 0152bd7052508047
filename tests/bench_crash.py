"""Crash safety: real crawls of the sample mirror killed (SIGKILL) at random moments.

Run: ``python -m tests.bench_crash [--kills 30] [--seed N] [--write]``. It prints the
"## Crash safety" section of BENCHMARKS.md (``--write`` puts it there); tests/test_crash.py
runs the same loop with a few kills.

After every kill the archive is checked (SQLite integrity, the full-text index against the
articles, rows that only a finished transaction writes whole); after a last, unkilled run it
must hold exactly the articles of a clean single run, and no crawl may still be `running`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from crawler.mirror import serving
from storage.archive import content_hash, decode_article
from storage.lock import read_holder
from storage.migrations import FTS_TOKENIZE

ROOT = Path(__file__).resolve().parent.parent
MIRROR = ROOT / "tests" / "mirror"
# Slowed down (one request at a time, 50 ms apart) and written in small batches and
# short flush intervals, so that kills land in the middle of fetching and of writing.
CRAWL_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_DELAY": "0.05",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "1",
    "ARCHIVE_BATCH_SIZE": "2",
    "ARCHIVE_FLUSH_SECONDS": "0.3",
    "LOG_LEVEL": "INFO",
}
# Two described sites of different CMSs and the generic spider: 18 articles and as many
# rejected pages, about two seconds of crawling at the pace above (the mirror's requests all
# share the one 127.0.0.1 download slot).
SITES = ("laodongthudo_vn", "nld_com_vn")
# Kills fall between these fractions of a clean run's duration (the first ~quarter is the
# interpreter starting, before the archive is touched).
KILL_WINDOW = (0.25, 1.0)
TAKEOVER = "taking over the lock"


def crawl_command(urls: dict[str, str], db_path: Path) -> list[str]:
    """`congdoan crawl` of the SITES (the generic one from its start page)."""
    base_urls = {slug: urls[slug] for slug in SITES}
    command = [sys.executable, "-m", "crawler", "crawl", *base_urls, "generic"]
    command += ["--start-url", urls["generic"] + "/", "--db", str(db_path)]
    command += ["-s", "ARCHIVE_BASE_URLS=" + json.dumps(base_urls)]
    for name, value in CRAWL_SETTINGS.items():
        command += ["-s", f"{name}={value}"]
    return command


@dataclass
class Run:
    seconds: float
    returncode: int
    killed: bool
    log: str
    # The lock file right after the kill: a holder named there must be taken over next time.
    left_lock: dict = field(default_factory=dict)


def crawl(urls: dict[str, str], db_path: Path, log_path: Path, kill_after: float | None) -> Run:
    """One crawl; SIGKILLed after `kill_after` seconds unless it ended first."""
    started = time.monotonic()
    with open(log_path, "w", encoding="utf-8") as log:
        process = subprocess.Popen(
            crawl_command(urls, db_path), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            process.wait(timeout=kill_after if kill_after is not None else 180)
            killed = False
        except subprocess.TimeoutExpired:
            if kill_after is None:
                process.kill()
                process.wait()
                raise
            process.send_signal(signal.SIGKILL)
            process.wait()
            killed = True
    seconds = time.monotonic() - started
    left = read_holder(db_path) if killed else {}
    text = log_path.read_text(encoding="utf-8", errors="replace")
    return Run(seconds, process.returncode, killed, text, left)


def archive_problems(db_path: Path) -> list[str]:
    """What is wrong with the archive: SQLite or FTS integrity, half-written or orphan rows."""
    if not db_path.exists():
        return []
    db = sqlite3.connect(db_path)
    db.row_factory = sqlite3.Row
    try:
        if "articles" not in {r[0] for r in db.execute("select name from sqlite_master")}:
            return []  # killed before the migrations committed: nothing was written
        problems = integrity_problems(db)
        problems += article_problems(db)
        problems += page_problems(db)
        return problems
    finally:
        db.close()


def integrity_problems(db: sqlite3.Connection) -> list[str]:
    problems = []
    result = [row[0] for row in db.execute("pragma integrity_check")]
    if result != ["ok"]:
        problems.append(f"integrity_check: {result[:3]}")
    try:
        db.execute("insert into articles_fts(articles_fts) values('integrity-check')")
        db.commit()
    except sqlite3.DatabaseError as error:
        problems.append(f"articles_fts integrity-check: {error}")
    return problems + fts_problems(db)


def fts_problems(db: sqlite3.Connection) -> list[str]:
    """Whether the full-text index holds exactly the words of the articles as they are now.

    SQLite 3.40's 'integrity-check' checks the index's own structure, not that it matches an
    external content table; so the index is compared, token by token (fts5vocab 'instance'),
    with one freshly built from the articles table.
    """
    db.execute(
        f"create virtual table temp.fresh_fts using fts5(title, lead, body, "
        f"tokenize='{FTS_TOKENIZE}')"
    )
    db.execute(
        "insert into temp.fresh_fts(rowid, title, lead, body)"
        " select rowid, title, lead, body from articles"
    )
    db.execute("create virtual table temp.live_vocab using fts5vocab(main, articles_fts, instance)")
    db.execute("create virtual table temp.fresh_vocab using fts5vocab(temp, fresh_fts, instance)")
    columns = "term, doc, col, offset"
    differences = sum(
        db.execute(
            f"select count(*) from (select {columns} from temp.{a} except"
            f" select {columns} from temp.{b})"
        ).fetchone()[0]
        for a, b in (("live_vocab", "fresh_vocab"), ("fresh_vocab", "live_vocab"))
    )
    for table in ("live_vocab", "fresh_vocab", "fresh_fts"):
        db.execute(f"drop table temp.{table}")
    return [f"articles_fts differs from the articles in {differences} words"] if differences else []


def article_problems(db: sqlite3.Connection) -> list[str]:
    problems = []
    bodies = {r[0] for r in db.execute("select sha256 from page_bodies")}
    crawls = {r[0] for r in db.execute("select id from crawls")}
    for row in db.execute("select * from articles"):
        article = decode_article(dict(row))
        url = article["url"]
        if not (article["title"] or "").strip() or not (article["body"] or "").strip():
            problems.append(f"{url}: empty title or body")
        if article["content_hash"] != content_hash(article):
            problems.append(f"{url}: content_hash does not match its fields")
        if article["page_sha256"] not in bodies:
            problems.append(f"{url}: its page body is missing")
        if article["crawl_id"] not in crawls:
            problems.append(f"{url}: its crawl row is missing")
    duplicates = db.execute(
        "select canonical_url, count(*) from articles where canonical_url is not null"
        " group by canonical_url having count(*) > 1"
    ).fetchall()
    problems += [f"{url}: stored {n} times" for url, n in duplicates]
    return problems


def page_problems(db: sqlite3.Connection) -> list[str]:
    problems = []
    orphans = db.execute(
        "select count(*) from pages where sha256 not in (select sha256 from page_bodies)"
    ).fetchone()[0]
    if orphans:
        problems.append(f"{orphans} pages rows without their body")
    for sha256, body, size in db.execute("select sha256, body, size from page_bodies"):
        raw = zlib.decompress(body)
        if len(raw) != size or hashlib.sha256(raw).hexdigest() != sha256:
            problems.append(f"page body {sha256[:12]}: not the body its key names")
    return problems


def article_versions(db_path: Path) -> dict[str, str]:
    """{url: content_hash} of every stored article: what two archives must agree on."""
    with sqlite3.connect(db_path) as db:
        return dict(db.execute("select url, content_hash from articles"))


def crawl_statuses(db_path: Path) -> dict[str, int]:
    with sqlite3.connect(db_path) as db:
        return dict(db.execute("select status, count(*) from crawls group by status"))


def revision_count(db_path: Path) -> int:
    with sqlite3.connect(db_path) as db:
        return db.execute("select count(*) from article_revisions").fetchone()[0]


@dataclass
class CrashReport:
    seed: int
    clean_seconds: float
    runs: list[Run]
    problems: list[str]
    final: Run
    clean_articles: int
    final_articles: int
    identical: bool
    statuses: dict[str, int]
    revisions: int

    @property
    def kills(self) -> int:
        return sum(run.killed for run in self.runs)

    @property
    def takeovers_expected(self) -> int:
        """Killed runs that left their name in the lock file (a run killed before taking the
        lock leaves the same name as the one before it)."""
        return len({run.left_lock.get("pid") for run in self.runs if run.left_lock})


def kill_loop(workdir: Path, kills: int, seed: int) -> CrashReport:
    """A clean run, `kills` killed runs into another archive, then one run left to finish."""
    rng = random.Random(seed)
    clean_db, db_path = workdir / "clean.db", workdir / "killed.db"
    with serving(MIRROR) as urls:
        clean = crawl(urls, clean_db, workdir / "clean.log", None)
        if clean.returncode != 0:
            raise RuntimeError(f"the clean run failed:\n{clean.log[-2000:]}")
        runs, problems = [], []
        low, high = (clean.seconds * f for f in KILL_WINDOW)
        for n in range(kills):
            run = crawl(urls, db_path, workdir / f"run{n}.log", rng.uniform(low, high))
            runs.append(run)
            problems += [f"after run {n}: {p}" for p in archive_problems(db_path)]
        final = crawl(urls, db_path, workdir / "final.log", None)
    problems += [f"after the final run: {p}" for p in archive_problems(db_path)]
    clean_versions, final_versions = article_versions(clean_db), article_versions(db_path)
    return CrashReport(
        seed=seed,
        clean_seconds=clean.seconds,
        runs=runs,
        problems=problems,
        final=final,
        clean_articles=len(clean_versions),
        final_articles=len(final_versions),
        identical=clean_versions == final_versions,
        statuses=crawl_statuses(db_path),
        revisions=revision_count(db_path),
    )


def takeovers_seen(report: CrashReport) -> int:
    """Runs that said they took over the lock of a killed run."""
    return sum(TAKEOVER in run.log for run in [*report.runs, report.final])


def crash_markdown(report: CrashReport) -> str:
    """The "## Crash safety" section of BENCHMARKS.md."""
    finished = len(report.runs) - report.kills
    verdict = (
        "met"
        if not report.problems
        and report.identical
        and "running" not in report.statuses
        and report.final.returncode == 0
        else "MISSED"
    )
    lines = [
        "## Crash safety",
        "",
        f"`python -m tests.bench_crash --kills {len(report.runs)} --seed {report.seed}`: the "
        f"sample mirror crawled (`congdoan crawl {' '.join(SITES)} generic`, one request at "
        "a time 50 ms apart, batches of 2, flushed every 0.3 s), each run SIGKILLed at a "
        "random moment between "
        f"{KILL_WINDOW[0]:.0%} and {KILL_WINDOW[1]:.0%} of a clean run's "
        f"{report.clean_seconds:.1f} s, the archive checked after every kill, then one run "
        "left to finish.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| runs killed | {report.kills} (another {finished} ended before their kill) |",
        f"| integrity, FTS or half-written-row failures | {len(report.problems)} |",
        f"| final archive = clean run | {'yes' if report.identical else 'NO'} "
        f"({report.final_articles} articles, clean {report.clean_articles}) |",
        f"| crawls rows still running | {report.statuses.get('running', 0)} |",
        f"| crawls rows marked killed (one per site of a killed run) "
        f"| {report.statuses.get('killed', 0)} |",
        f"| stale locks taken over | {takeovers_seen(report)} of {report.takeovers_expected} |",
        f"| spurious revisions | {report.revisions} |",
        "",
        f"Target (issue 8: 0 failures, 0 duplicates, 0 stuck rows, identical archive): {verdict}.",
    ]
    if report.problems:
        lines += ["", "Problems:", *(f"- {p}" for p in report.problems[:20])]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--write", action="store_true", help="put the section in BENCHMARKS.md")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(1_000_000)
    with tempfile.TemporaryDirectory(prefix="crash-") as workdir:
        report = kill_loop(Path(workdir), args.kills, seed)
    section = crash_markdown(report)
    print(section)
    if args.write:
        from tests.bench import write_section

        write_section(section)
    return 0 if "MISSED" not in section else 1


if __name__ == "__main__":
    sys.exit(main())
