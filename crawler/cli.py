"""The `congdoan` command: builds the parser from the command modules and dispatches."""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
import traceback

from .commands import COMMANDS
from .commands.common import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_LOCKED,
    EXIT_SOFTWARE,
    EXIT_USAGE,
    UsageError,
    described_sites,
    load_site,
    project_settings,
    read_page,
    site_for_url,
    spider_loader,
)
from .commands.running import crawl_outcome, run_crawl

# build_parser and main, and the shared helpers tests and scripts have long imported from here.
__all__ = [
    "UsageError",
    "build_parser",
    "crawl_outcome",
    "described_sites",
    "load_site",
    "main",
    "project_settings",
    "read_page",
    "run_crawl",
    "site_for_url",
    "spider_loader",
]
# A message longer than this is cut: one line on a terminal, one line in a cron mail.
MAX_MESSAGE_CHARS = 400
DEBUG_HINT = "rerun with --debug for the traceback"
DEBUG_HELP = "on an error, show the traceback too"


class OneLineParser(argparse.ArgumentParser):
    """argparse, with a bad argument reported like every other failure: one line, exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        command = self.prog.removeprefix("congdoan").strip()
        where = f"{command}: " if command else ""
        self.exit(EXIT_USAGE, f"congdoan: {where}{message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="congdoan", description="Crawl and archive Vietnamese trade-union news."
    )
    parser.add_argument("--debug", action="store_true", help=DEBUG_HELP)
    subparsers = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        subparser = command.add_parser(subparsers)
        # Also after the command name (`congdoan extract --debug …`); SUPPRESS keeps the
        # subcommand from resetting a --debug given before it.
        subparser.add_argument(
            "--debug", action="store_true", default=argparse.SUPPRESS, help=DEBUG_HELP
        )
        subparser.set_defaults(run=command.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as done:  # --help, or a bad argument already reported in one line
        return done.code if isinstance(done.code, int) else EXIT_USAGE
    try:
        status = args.run(args)
        # A reader that went away (`| head`) shows here, not in the interpreter's final flush.
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        return reader_gone()
    except KeyboardInterrupt:
        return report("interrupted", EXIT_INTERRUPTED)
    except Exception as error:
        message, status = describe_failure(error)
        if args.debug:
            if status == EXIT_SOFTWARE:
                raise
            traceback.print_exception(error)
        return report(message, status)


def describe_failure(error: Exception) -> tuple[str, int]:
    """The one line and the exit status for an exception a command let through."""
    code = getattr(error, "exit_code", None)
    if isinstance(code, int):  # CommandError, and the errors of lower layers that say their code
        return str(error), code
    if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
        return f"the archive is busy: {error} (another process is writing it)", EXIT_LOCKED
    if isinstance(error, sqlite3.DatabaseError):
        return f"archive: {error}", EXIT_USAGE
    if isinstance(error, OSError) and error.filename:
        return f"{error.filename}: {error.strerror or error}", EXIT_USAGE
    if isinstance(error, OSError):
        return str(error.strerror or error), EXIT_FAILED
    return f"unexpected error ({type(error).__name__}: {error}); {DEBUG_HINT}", EXIT_SOFTWARE


def report(message: str, status: int) -> int:
    """Print `congdoan: <message>` as one line on standard error; returns `status`."""
    line = " ".join(message.split())
    if len(line) > MAX_MESSAGE_CHARS:
        line = line[: MAX_MESSAGE_CHARS - 1] + "…"
    # Standard error closed too: the status still says it.
    with contextlib.suppress(BrokenPipeError, ValueError):
        print(f"congdoan: {line}", file=sys.stderr, flush=True)
    return status


def reader_gone() -> int:
    """The end of a run whose standard output was closed by its reader (`congdoan … | head`).

    Quiet, as `cat` or `grep` are; the status is 141, the shell's for a process ended by SIGPIPE
    as they are, so `set -o pipefail` scripts treat us like them and a cut-off output is never
    reported as done (0). Standard output is pointed at /dev/null, the Python documentation's
    idiom (signal module, "Note on SIGPIPE"), so the interpreter's last flush cannot fail again.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout replaced by an object without a descriptor (tests)
        pass
    return EXIT_BROKEN_PIPE
