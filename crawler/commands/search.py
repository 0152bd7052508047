"""`congdoan search`: the archive's articles ranked for a query, with highlighted snippets."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from storage import Archive
from storage.migrations import SEARCH_TABLE
from storage.search import Fragment, Result, day_number, marked, parse_query, search

from .common import EXIT_FAILED, EXIT_OK, UsageError, project_settings, require_archive

NAME = "search"
DEFAULT_LIMIT = 20
MAX_LIMIT = 1000
# A matched word on a terminal: bold yellow; the title is bold, its matches bold yellow too.
ANSI_MATCH = ("\x1b[1;33m", "\x1b[0m")
ANSI_TITLE = ("\x1b[1m", "\x1b[0m")
# Elsewhere (a pipe, a file, NO_COLOR): guillemets, which Vietnamese text does not use.
PLAIN_MATCH = ("«", "»")


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        NAME,
        help="search the archive: ranked articles with highlighted snippets",
        description="Search the archive's articles. Words typed with marks match that spelling "
        '(hòa finds hòa and hoà, not hóa); without marks, every spelling ("cong doan" finds '
        '"Công đoàn"). Several words: phrase matches first, then words near each other, then '
        'the rest; "quoted words" must stand as a phrase; LĐLĐ, CĐCS, NLĐ, CNVCLĐ and ĐVCĐ '
        "also find their long forms and back. Exit 0: found; 1: nothing found; 2: bad arguments.",
    )
    parser.add_argument("query", nargs="+", help="words to look for (several are joined)")
    parser.add_argument("--db", help="archive path (default: setting ARCHIVE_DB_PATH)")
    parser.add_argument("--site", action="append", help="only this site (slug); repeatable")
    parser.add_argument("--category", action="append", help="only this category; repeatable")
    parser.add_argument("--author", help="only articles whose byline contains this")
    parser.add_argument(
        "--since", type=date_argument, metavar="DATE", help="published on or after (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--until", type=date_argument, metavar="DATE", help="published on or before (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--limit",
        type=limit_argument,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"at most N results (default {DEFAULT_LIMIT}, at most {MAX_LIMIT})",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="one JSON list of {url, title, site, published_at, snippet, score}, best first",
    )
    return parser


def date_argument(text: str) -> str:
    """An argparse type: a day, month or year (YYYY-MM-DD, YYYY-MM, YYYY)."""
    try:
        day_number(text, first=True)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return text


def limit_argument(text: str) -> int:
    """An argparse type: a number of results from 1 to MAX_LIMIT."""
    if not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"a number from 1 to {MAX_LIMIT}, got {text!r}")
    return int(text)


def run(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    if not parse_query(query).units:
        raise UsageError(f"no word to search for in {query!r}")
    if args.since and args.until and args.since > args.until and len(args.since) == len(args.until):
        raise UsageError(f"--since {args.since} is after --until {args.until}")
    path = require_archive(args.db or project_settings().get("ARCHIVE_DB_PATH"))
    if not has_search_index(path):
        # Opening the archive builds it (migration m010): minutes on a large archive.
        print(f"congdoan: building the search index of {path} (once)…", file=sys.stderr)
    with Archive(path) as archive:
        results = search(
            archive.db,
            query,
            site=args.site,
            category=args.category,
            author=args.author,
            since=args.since,
            until=args.until,
            limit=args.limit,
        )
    if args.json:
        print(json.dumps([r.as_record() for r in results], ensure_ascii=False, indent=2))
    elif results:
        print(text_report(results, styled=use_ansi(sys.stdout)))
    else:
        print(f"no article matches {query!r}", file=sys.stderr)
    return EXIT_OK if results else EXIT_FAILED


def has_search_index(path: Path) -> bool:
    """True if the archive at `path` has its search index (read without writing to it)."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        sql = "SELECT 1 FROM sqlite_master WHERE name = ?"
        return conn.execute(sql, (SEARCH_TABLE,)).fetchone() is not None


def use_ansi(stream) -> bool:
    """Bold and colour only on a terminal, and not when NO_COLOR is set (no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def text_report(results: list[Result], styled: bool) -> str:
    """One block per result: rank and title, site and date, snippet, URL."""
    return "\n\n".join(result_block(i, r, styled) for i, r in enumerate(results, 1))


def result_block(rank: int, result: Result, styled: bool) -> str:
    title = highlighted(result.title_fragments, styled, title=True)
    when = (result.published_at or "undated")[:16].replace("T", " ")
    details = " · ".join(filter(None, [result.site, when, f"score {result.score:.3f}"]))
    lines = [f"{rank}. {title}", f"   {details}"]
    if result.snippet:
        lines.append(f"   {highlighted(result.snippet, styled)}")
    lines.append(f"   {result.url}")
    return "\n".join(lines)


def highlighted(fragments: tuple[Fragment, ...], styled: bool, title: bool = False) -> str:
    """Fragments with their matched words marked: ANSI bold on a terminal, «» elsewhere."""
    if not styled:
        return marked(fragments, *PLAIN_MATCH)
    if not title:
        return marked(fragments, *ANSI_MATCH)
    # Back to bold after each match, so the rest of the title stays bold.
    on, off = ANSI_TITLE
    return on + marked(fragments, ANSI_MATCH[0], off + on) + off
