"""`congdoan unionstats`: union-development figures of a text or page as JSON, recomputed for
every archived article, or a sample of the archive's sentences to annotate by hand."""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ..extraction import extract_article
from ..progress import (
    DEFAULT_PROGRESS_SECONDS,
    LIVE_REFRESH_SECONDS,
    LiveBlock,
    clock_time,
    is_terminal,
)
from ..unionstats import article_figures, with_figures
from ..unionstats_sample import annotation_set, candidate_sentences, draw
from .common import (
    EXIT_FAILED,
    EXIT_OK,
    UsageError,
    check_page_url,
    page_site,
    project_settings,
    read_html,
    read_page,
    require_archive,
)
from .locking import locked

NAME = "unionstats"
# Articles per transaction: an interrupted run keeps every batch before the one it was in.
BATCH_SIZE = 200


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        NAME,
        help="union-development figures of a text (JSON), or recomputed for the whole archive",
        description="With FILE (or - for standard input): print the union-development figures "
        "of the plain text (with --html --url URL: of the article of the HTML page) as one JSON "
        "list, in the order they appear. With --db: read the figures of every archived article "
        "again into the union_stats table, showing progress on standard error, and print a "
        "summary. With --db and --sample N: print N sentences of the archive drawn at random, "
        "as an evaluation set to annotate by hand (tests/unionstats/CONVENTIONS.md) and score "
        "with python -m tests.bench_unionstats --file. Exit 0: done; 1: some articles' figures "
        "could not be read; 2: bad arguments.",
    )
    parser.add_argument("source", nargs="?", help="a text file, or - for standard input")
    parser.add_argument("--html", action="store_true", help="the input is an HTML page")
    parser.add_argument("--url", help="with --html: the URL the page was fetched from")
    parser.add_argument("--db", help="recompute the figures of every article of this archive")
    parser.add_argument(
        "--site",
        help="with --db: only this site's articles; with --html: "
        "the site slug (default: found from the URL)",
    )
    parser.add_argument("--quiet", action="store_true", help="with --db: no progress")
    parser.add_argument(
        "--sample",
        type=int,
        metavar="N",
        help="with --db: print N candidate sentences drawn at random, to annotate by hand",
    )
    parser.add_argument(
        "--seed", type=int, default=1, help="with --sample: the draw's seed (default: 1)"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    check_arguments(args)
    if args.sample is not None:
        return sample(Path(args.db), args.site, args.sample, args.seed)
    if args.db:
        return recompute(Path(args.db), args.site, quiet=args.quiet)
    figures = page_figures(args) if args.html else text_figures(args.source)
    json.dump(figures, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def check_arguments(args: argparse.Namespace) -> None:
    """UsageError for a combination of arguments that means nothing."""
    if args.db and args.source:
        raise UsageError("give a FILE (or -) or --db, not both")
    if not args.db and not args.source:
        raise UsageError("give a text FILE, - for standard input, or --db DB")
    if args.db and (args.html or args.url):
        raise UsageError("--html and --url read one page; --db reads the archive")
    if args.html and not args.url:
        raise UsageError("--html needs --url URL (the address the page was fetched from)")
    if args.url and not args.html:
        raise UsageError("--url goes with --html")
    if args.site and not (args.db or args.html):
        raise UsageError("--site goes with --db or --html")
    if args.quiet and not args.db:
        raise UsageError("--quiet goes with --db")
    if args.sample is not None and not args.db:
        raise UsageError("--sample N draws from an archive: give --db DB")
    if args.sample is not None and args.sample < 1:
        raise UsageError(f"--sample {args.sample}: give a number of sentences, 1 or more")
    if args.seed != 1 and args.sample is None:
        raise UsageError("--seed goes with --sample")


def read_text(name: str) -> str:
    """A plain-text file (or standard input) as NFC text; UsageError when it is not UTF-8 text."""
    data = read_page(name)
    label = "standard input" if name == "-" else name
    if b"\x00" in data[:65536]:
        raise UsageError(f"{label}: binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(f"{label}: not UTF-8 text (byte {error.start})") from None
    return unicodedata.normalize("NFC", text)


def text_figures(name: str) -> list[dict]:
    text = read_text(name)
    return article_figures({"body": text})


def page_figures(args: argparse.Namespace) -> list[dict]:
    """The figures of the article of an HTML page, read with its headline and sa-pô."""
    check_page_url(args.url)
    html = read_html(args.source)
    record = extract_article(html, args.url, page_site(args.site, args.url))
    return article_figures(record)


def recompute(path: Path, site: str | None, quiet: bool) -> int:
    from storage import Archive

    settings = project_settings()
    require_archive(path)

    def run_locked() -> int:
        # Under the archive lock: a crawl cannot write meanwhile; Datasette may keep reading.
        with Archive(path) as archive:
            if site:
                check_site(archive, site)
            total = archive.count_articles(site)
            every = settings.getfloat("ARCHIVE_PROGRESS_SECONDS", DEFAULT_PROGRESS_SECONDS)
            progress = Progress.for_stream(sys.stderr, total, every, quiet)
            progress.start(str(path))
            try:
                tally = recompute_archive(archive, site, progress.advance)
            finally:
                progress.close()
        print(summary(path, tally))
        return EXIT_FAILED if tally["failed"] else EXIT_OK

    return locked(path, NAME, run_locked)


def sample(path: Path, site: str | None, size: int, seed: int) -> int:
    """Print `size` candidate sentences of the archive as an evaluation set to annotate; say on
    standard error how many there were to draw from and what to do next."""
    from storage import Archive

    require_archive(path)
    with Archive(path) as archive:
        if site:
            check_site(archive, site)
        candidates = (
            candidate
            for article in archive.union_stats_articles(site)
            for candidate in candidate_sentences(article)
        )
        chosen, seen = draw(candidates, size, seed)
    where = f"{path}" + (f", site {site}" if site else "")
    about = (
        f"{len(chosen)} of {seen:,} candidate sentences (a number and a union word) of {where}, "
        f"drawn at random (seed {seed}) by congdoan unionstats --sample. Annotate each by "
        "tests/unionstats/CONVENTIONS.md without running the extractor on it; then set "
        '"annotated" to true.'
    )
    json.dump(annotation_set(chosen, about), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    print(
        f"unionstats: {len(chosen)} of {seen:,} candidate sentences drawn (seed {seed}); "
        "annotate them, then: python -m tests.bench_unionstats --file FILE",
        file=sys.stderr,
    )
    return EXIT_OK


def check_site(archive, site: str) -> None:
    """UsageError unless the archive has articles of `site` or knows it."""
    known = {row["site"] for row in archive.db.query("select distinct site from articles")}
    known |= {row["slug"] for row in archive.db.query("select slug from sites")}
    if site not in known:
        names = ", ".join(sorted(filter(None, known))) or "none"
        raise UsageError(f"no site {site!r} in the archive; its sites: {names}")


def recompute_archive(
    archive, site: str | None, advance: Callable[[int, int], None] = lambda n, f: None
) -> Counter:
    """Read every article's figures again and store them, BATCH_SIZE articles per transaction.

    Counts: "articles" read, "figures" stored, "failed" articles (their stored figures are
    kept), and figures per metric under "metric:<name>".
    """
    from storage.transactions import immediate

    tally: Counter = Counter()
    batch: list[dict] = []

    def write() -> None:
        with immediate(archive.db):
            for article in batch:
                carried = article["union_stats"]
                archive.replace_union_stats(article, carried["figures"], carried["version"])
        batch.clear()

    for article in archive.union_stats_articles(site):
        carried = with_figures(article)["union_stats"]
        tally["articles"] += 1
        if carried is None:
            tally["failed"] += 1
        else:
            batch.append({**article, "union_stats": carried})
            tally["figures"] += len(carried["figures"])
            tally.update(f"metric:{figure['metric']}" for figure in carried["figures"])
        if len(batch) >= BATCH_SIZE:
            write()
        advance(tally["articles"], tally["figures"])
    if batch:
        write()
    return tally


def summary(path: Path, tally: Counter) -> str:
    """One line: articles read, figures stored, per metric, and failures if any."""
    metrics = sorted((key.split(":", 1)[1], n) for key, n in tally.items() if ":" in key)
    per_metric = ", ".join(f"{name} {n:,}" for name, n in metrics)
    line = f"union statistics of {path}: {tally['articles']:,} articles read, "
    line += f"{tally['figures']:,} figures stored" + (f" ({per_metric})" if per_metric else "")
    if tally["failed"]:
        line += f"; {tally['failed']:,} articles failed (their stored figures kept, see the log)"
    return line


class Progress:
    """How far a recomputation is, on standard error: a line redrawn in place on a terminal,
    else a line every `every` seconds (ARCHIVE_PROGRESS_SECONDS, as a crawl's), plus the first
    and the last; nothing when quiet."""

    def __init__(self, stream, total: int, live: bool, every: float | None, clock=time.monotonic):
        self.stream = stream
        self.total = total
        self.block = LiveBlock(stream) if live else None
        self.every = every
        self.clock = clock
        self.started = self.last = clock()
        self.done = self.figures = 0

    @classmethod
    def for_stream(cls, stream, total: int, every: float, quiet: bool) -> Progress:
        if quiet:
            return cls(stream, total, live=False, every=None)
        live = is_terminal(stream)
        return cls(stream, total, live=live, every=None if live else max(every, 0.0))

    def line(self, now: float) -> str:
        share = f" ({100 * self.done // self.total}%)" if self.total else ""
        elapsed = clock_time(now - self.started)
        return (
            f"unionstats: {self.done:,}/{self.total:,} articles{share}, "
            f"{self.figures:,} figures, {elapsed}"
        )

    def start(self, path: str) -> None:
        if self.every is not None:
            self.print(f"unionstats: reading the figures of {self.total:,} articles of {path}")

    def advance(self, done: int, figures: int) -> None:
        self.done, self.figures = done, figures
        now = self.clock()
        if self.block is not None and now - self.last >= LIVE_REFRESH_SECONDS:
            self.last = now
            self.block.show([self.line(now)])
        elif self.every is not None and self.every > 0 and now - self.last >= self.every:
            self.last = now
            self.print(self.line(now))

    def close(self) -> None:
        if self.block is not None:
            self.block.close()
        elif self.every is not None:
            self.print(self.line(self.clock()))

    def print(self, text: str) -> None:
        print(text, file=self.stream, flush=True)
