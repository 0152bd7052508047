"""What several commands share: project settings, the described sites, input pages and archives,
and the errors a command reports in one line."""

from __future__ import annotations

import argparse
import difflib
import logging
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from storage.checks import (
    ARCHIVE,
    CORRUPT,
    DIRECTORY,
    EMPTY,
    LOCKED,
    MISSING,
    NOT_A_FILE,
    NOT_SQLITE,
    OTHER_SQLITE,
    UNREADABLE,
    archive_status,
    write_problem,
)

from ..site import Site

# Exit statuses, documented in the README's table. 70 and 75 are sysexits.h's EX_SOFTWARE and
# EX_TEMPFAIL; 130 and 141 are what a shell reports for a process ended by SIGINT and SIGPIPE.
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NO_NETWORK = 3
EXIT_SOFTWARE = 70
EXIT_LOCKED = 75
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


class CommandError(Exception):
    """A failure reported in one line, `congdoan: <message>`, with exit status `exit_code`.

    Any exception with an integer `exit_code` attribute is reported the same way by the
    dispatcher, so lower layers can say how they failed without importing this module.
    """

    exit_code = EXIT_FAILED

    def __init__(self, message: str, exit_code: int | None = None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class UsageError(CommandError):
    """A bad argument or input: exit status 2."""

    exit_code = EXIT_USAGE


class NoNetwork(CommandError):
    """Nothing could be reached (a host that does not resolve, a refused connection): exit 3."""

    exit_code = EXIT_NO_NETWORK


def project_settings(overrides: dict | None = None):
    """Scrapy's project settings (crawler.settings) with command-line overrides applied.

    An override whose value the setting's type cannot take, or whose name is one letter away from
    a known setting, is a UsageError here, not a traceback from deep inside the crawl.
    """
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    if not settings.get("SPIDER_MODULES"):
        settings.setmodule("crawler.settings", priority="project")
    for key, value in (overrides or {}).items():
        check_setting_name(key, settings)
        current = settings.get(key)
        settings.set(key, value, priority="cmdline")
        check_setting_value(key, value, current, settings)
    return settings


def check_setting_name(name: str, settings) -> None:
    """UsageError for a name that is not a setting but looks like a typo of one.

    Unknown names that resemble none are let through: Scrapy add-ons read settings of their own.
    """
    known = {key for key, _ in settings.items()}
    if name in known:
        return
    close = difflib.get_close_matches(name.upper(), known, n=1, cutoff=0.85)
    if close:
        raise UsageError(f"-s {name}: no such setting; did you mean {close[0]}?")


# What each typed getter accepts, for the one-line message.
_EXPECTED = {"getbool": "true or false", "getint": "a whole number", "getfloat": "a number"}
_EXPECTED["getdict"] = 'a JSON object such as {"key": "value"}'


def check_setting_value(name: str, value, current, settings) -> None:
    """UsageError unless the setting's typed getter (chosen by its current value) reads `value`."""
    from scrapy.settings import BaseSettings

    if name == "LOG_LEVEL":
        if not isinstance(logging.getLevelName(str(value).upper()), int):
            raise UsageError(f"-s LOG_LEVEL={value}: not a level (DEBUG, INFO, WARNING, ERROR)")
        return
    if isinstance(current, bool):
        getter = "getbool"
    elif isinstance(current, int):
        getter = "getint"
    elif isinstance(current, float):
        getter = "getfloat"
    elif isinstance(current, dict | BaseSettings):
        getter = "getdict"
    else:
        return
    try:
        getattr(settings, getter)(name)
    except (ValueError, TypeError):
        raise UsageError(f"-s {name}={value}: expected {_EXPECTED[getter]}") from None


def spider_loader(settings=None):
    """Scrapy's SpiderLoader: how crawler code finds sites by slug without importing spiders/."""
    from scrapy.spiderloader import SpiderLoader

    return SpiderLoader.from_settings(settings or project_settings())


def described_sites(settings=None) -> dict[str, Site]:
    """Every described site, by slug, in name order."""
    loader = spider_loader(settings)
    sites = {}
    for name in sorted(loader.list()):
        site = getattr(loader.load(name), "site", None)
        if site is not None:
            sites[name] = site
    return sites


def load_site(slug: str | None) -> Site | None:
    """The description of `slug`; None for "generic" or no slug; UsageError when unknown."""
    if not slug or slug == "generic":
        return None
    sites = described_sites()
    if slug not in sites:
        raise UsageError(f"unknown site {slug!r}; described sites: {', '.join(sites)}")
    return sites[slug]


def site_for_url(url: str) -> Site | None:
    """The described site whose host serves `url`, if any."""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    for site in described_sites().values():
        site_host = (urlsplit(site.base_url).hostname or "").removeprefix("www.")
        if host == site_host:
            return site
    return None


def page_site(slug: str | None, url: str) -> Site | None:
    """The site named by --site, else the described site serving `url` (None: generic)."""
    return load_site(slug) if slug else site_for_url(url)


def check_http_url(url: str, what: str) -> None:
    """UsageError unless `url` is an http(s) address with a host and a valid port."""
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018 - raises ValueError for a port outside 0-65535
    except ValueError:
        raise UsageError(f"{what}: bad port in {url!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{what} must be an http(s) address, got {url!r}")


def check_page_url(url: str) -> None:
    """UsageError unless `url` is an http(s) address (the --url of a saved page)."""
    check_http_url(url, "--url")


def port_number(text: str) -> int:
    """An argparse type: a TCP port to listen on, 1 to 65535."""
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"a port is a number from 1 to 65535, got {text!r}")
    return int(text)


def read_page(name: str) -> bytes:
    """The raw bytes of a saved page, or of standard input for "-" (any file that reads: a pipe
    from `<(curl …)` too); UsageError naming the path when it cannot be read."""
    if name == "-":
        if sys.stdin is None:
            raise UsageError("standard input is closed")
        return sys.stdin.buffer.read()
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise UsageError(f"no such file: {name}") from None
    except IsADirectoryError:
        raise UsageError(f"{name}: is a directory, not a page") from None
    except OSError as error:
        raise UsageError(f"{name}: cannot read: {error.strerror or error}") from None


# The leading bytes of what is most often saved or piped in place of a page.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an Office document"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data: gunzip it first"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"(\xb5/\xfd", "zstd-compressed data"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x7fELF", "a program"),
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_TAG = re.compile(rb"<[A-Za-z!?/]")
SNIFF_BYTES = 65536


def not_html_reason(data: bytes) -> str | None:
    """What `data` is when it is plainly not an HTML page (None: it may be one).

    Only sure signs count: a known file signature, NUL bytes (binary data; UTF-16 pages have
    them but start with a byte-order mark), no tag at all. A fragment without <html> is HTML.
    """
    head = data[:SNIFF_BYTES]
    if not head.strip():
        return "empty"
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            return what
    if head[8:12] == b"WEBP" and head.startswith(b"RIFF"):
        return "a WebP image"
    if head.startswith(_UTF16_BOMS):
        return None
    if b"\x00" in head:
        return "binary data"
    if not _TAG.search(head):
        return "text without a single HTML tag"
    return None


def read_html(name: str) -> bytes:
    """read_page, and a UsageError when the bytes are plainly not an HTML page."""
    data = read_page(name)
    reason = not_html_reason(data)
    if reason:
        label = "standard input" if name == "-" else name
        raise UsageError(f"{label}: not an HTML page ({reason})")
    return data


def fetch_page(url: str, user_agent: str) -> bytes:
    """A live page's bytes (crawler.fixtures.fetch); NoNetwork when nothing answered, a
    CommandError (exit 1) when the server answered with an error, UsageError for a bad URL."""
    from ..fixtures import FetchError, fetch

    check_http_url(url, "URL")
    try:
        return fetch(url, user_agent)
    except FetchError as error:
        raise (CommandError if error.reached else NoNetwork)(str(error)) from error


# Why a path cannot be used as the archive, by archive_status.
_ARCHIVE_PROBLEMS = {
    MISSING: "no archive there",
    EMPTY: "an empty file, not an archive",
    DIRECTORY: "a directory, not an archive file",
    NOT_A_FILE: "not a regular file",
    UNREADABLE: "cannot be read (permission denied)",
    NOT_SQLITE: "not a SQLite database, so not an archive",
    CORRUPT: "a damaged SQLite database",
    OTHER_SQLITE: "a SQLite database that is not an archive (no congdoan_archive migrations): "
    "its tables stay untouched",
}


def require_archive(path: str | Path, may_create: bool = False) -> Path:
    """The path of an archive a command is about to write; a one-line error when it cannot be.

    :param may_create: a crawl may start an archive in a missing or empty file; `reextract`
        only works on an existing archive.
    """
    path = Path(path)
    status = archive_status(path)
    if status == LOCKED:
        raise CommandError(f"{path}: locked by another process", EXIT_LOCKED)
    if status != ARCHIVE and not (may_create and status in (MISSING, EMPTY)):
        raise UsageError(f"{path}: {_ARCHIVE_PROBLEMS[status]}")
    problem = write_problem(path)
    if problem:
        raise UsageError(f"{path}: {problem}")
    return path
