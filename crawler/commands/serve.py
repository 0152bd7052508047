"""`congdoan serve`: explore an archive in Datasette, with the project's plugin (search, reading
view, dashboard) and metadata, whatever the archive's file is called."""

from __future__ import annotations

import argparse
import json
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from storage import Archive
from storage.checks import ARCHIVE, LOCKED, archive_status
from storage.datasette_plugin.routes import PLUGIN_NAME

from ..families import FAMILIES
from .common import _ARCHIVE_PROBLEMS, UsageError, port_number, project_settings

NAME = "serve"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
# Datasette's suggested facets try every column of the 100,000s of articles on each table page
# (0.4 s of 0.5 s on 3,000 articles) for a line of links nobody needs next to the described
# facets (storage/metadata.yml).
DATASETTE_SETTINGS = ("--setting", "suggest_facets", "off")


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        NAME,
        help="explore an archive in Datasette: ranked search, articles, dashboard",
        description="Serve an archive with Datasette and the project's plugin: a ranked search "
        "page (/DB/-/search), articles that read as articles, a dashboard (/DB/-/dashboard), "
        "raw pages as text. Stops with Ctrl-C.",
    )
    parser.add_argument("db", nargs="?", help="archive path (default: setting ARCHIVE_DB_PATH)")
    parser.add_argument(
        "--host", default=DEFAULT_HOST, help="address to listen on (default %(default)s)"
    )
    parser.add_argument(
        "--port", type=port_number, default=DEFAULT_PORT, help="port (default %(default)s)"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    path = servable_archive(args.db or project_settings().get("ARCHIVE_DB_PATH"))
    check_listen(args.host, args.port)
    base = f"http://{url_host(args.host)}:{args.port}"
    name = path.stem  # Datasette names a database after its file
    print(
        f"Serving {path} at {base}/{name}: search {base}/{name}/-/search, "
        f"dashboard {base}/{name}/-/dashboard (Ctrl-C stops)",
        flush=True,
    )
    with plugin_settings() as metadata:
        arguments = [str(path), "-h", args.host, "-p", str(args.port), "-m", metadata]
        return datasette_serve(arguments + list(DATASETTE_SETTINGS))


def servable_archive(path: str | Path) -> Path:
    """`path` once it is an archive Datasette can read, brought up to the current schema
    (the search page needs the latest index); a one-line UsageError otherwise."""
    path = Path(path)
    status = archive_status(path)
    if status not in (ARCHIVE, LOCKED):
        raise UsageError(f"{path}: {_ARCHIVE_PROBLEMS[status]}")
    if status == ARCHIVE:
        with Archive(path):  # applies pending migrations, a no-op otherwise
            pass
    return path


def check_listen(host: str, port: int) -> None:
    """UsageError when nothing can listen on host:port (taken, or not an address of ours),
    said in one line before Datasette starts, not as a server's traceback."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.create_server((host, port), family=family):
            pass
    except OSError as error:
        reason = error.strerror or str(error)
        raise UsageError(f"cannot listen on {host}:{port}: {reason}") from None


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


@contextmanager
def plugin_settings() -> Iterator[str]:
    """A metadata file with the plugin's settings for the time Datasette runs: the CMS-family
    layouts' names, which the dashboard's health verdicts need and storage cannot import."""
    settings = {"family_layouts": [family.name for family in FAMILIES]}
    with tempfile.TemporaryDirectory(prefix="congdoan-serve-") as folder:
        path = Path(folder) / "metadata.json"
        path.write_text(json.dumps({"plugins": {PLUGIN_NAME: settings}}), encoding="utf-8")
        yield str(path)


def datasette_serve(arguments: list[str]) -> int:
    """Run `datasette serve ARGUMENTS` in this process until it stops; its exit status."""
    import click
    from datasette.cli import cli

    try:
        cli.main(["serve", *arguments], prog_name="datasette", standalone_mode=False)
    except click.ClickException as error:
        raise UsageError(f"datasette: {error.format_message()}") from None
    except SystemExit as stopped:  # uvicorn exits when it cannot start
        return stopped.code if isinstance(stopped.code, int) else 1
    return 0
