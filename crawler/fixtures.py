"""Capturing live pages as test fixtures, and checking a site's selectors against a page."""

from __future__ import annotations

import http.client
import json
import re
import socket
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from w3lib.url import safe_url_string

from .extraction import extract_article, parse_html, pick_layout
from .extraction.clean import BOILERPLATE_HEADINGS
from .extraction.dom import as_tuple, select_all, select_texts
from .responses import challenge_cookie
from .site import Site

FIXTURE_FIELDS = (
    "title",
    "lead",
    "author",
    "source",
    "published_at",
    "published_raw",
    "modified_at",
    "category",
    "tags",
    "canonical_url",
    "language",
    "images",
    "layout",
)
_NOT_SLUG = re.compile(r"[^a-z0-9-]+")
# Larger than any article page: a bigger answer to `check` or `fixture` is not one, and a 50 MB
# page once took 2 GB of memory to parse.
MAX_PAGE_BYTES = 32 * 1024 * 1024


class FetchError(OSError):
    """A page that could not be had, in one line. `reached` says whether a server answered (with
    an error status or a broken reply) or nothing did (no network, a refused connection)."""

    def __init__(self, url: str, reason: str, reached: bool):
        super().__init__(f"cannot fetch {url}: {reason}")
        self.url, self.reason, self.reached = url, reason, reached


def fetch(url: str, user_agent: str, timeout: float = 30, max_bytes: int = MAX_PAGE_BYTES) -> bytes:
    """GET a page as the crawler would, answering a cookie challenge once (laodong.vn).

    Raises FetchError for anything that is not a page of at most `max_bytes`.
    """
    headers = {"User-Agent": user_agent}
    for _ in range(2):
        body = _get(url, headers, timeout, max_bytes)
        cookie = challenge_cookie(body)
        if cookie is None:
            return body
        headers["Cookie"] = f"{cookie[0]}={cookie[1]}"
    return body


def _get(url: str, headers: dict, timeout: float, max_bytes: int) -> bytes:
    # Vietnamese letters in a path ("/tin-tức/…") are percent-encoded as a browser would;
    # http.client takes ASCII only.
    request = urllib.request.Request(safe_url_string(url), headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
    except urllib.error.HTTPError as error:
        error.close()  # it holds the connection open
        raise FetchError(url, f"HTTP {error.code} {error.reason}", reached=True) from error
    except urllib.error.URLError as error:
        # Raised before any answer: the name did not resolve, the connection was refused.
        raise FetchError(url, _reason(error.reason), reached=False) from error
    except (OSError, http.client.HTTPException, ValueError) as error:
        # After the connection: a reset, a timeout while reading, a malformed reply or URL.
        raise FetchError(url, _reason(error), reached=True) from error
    if len(body) > max_bytes:
        raise FetchError(url, f"larger than {max_bytes} bytes", reached=True)
    return body


def _reason(error: BaseException | str) -> str:
    if isinstance(error, socket.gaierror):
        return f"cannot resolve the host ({error.strerror}): no network?"
    if isinstance(error, TimeoutError):
        return "timed out"
    return getattr(error, "strerror", None) or str(error) or type(error).__name__


def fixture_stem(record: dict, url: str) -> str:
    """`<YYYY-MM-DD>_<short-name>` from the article's date and its URL slug."""
    day = (record.get("published_at") or datetime.now(UTC).date().isoformat())[:10]
    slug = url.rstrip("/").rsplit("/", 1)[-1].split(".")[0]
    slug = _NOT_SLUG.sub("-", re.sub(r"-\d+$", "", slug.lower())).strip("-")
    return f"{day}_{'-'.join(slug.split('-')[:6]) or 'page'}"


def fixture_json(record: dict, fetched_at: str, note: str) -> dict:
    """Expected JSON for a page, from the current extraction: a draft for a human to check."""
    paragraphs = [p for p in (record["body"] or "").split("\n\n") if p]
    contains = [paragraphs[0][:80], paragraphs[-1][-80:]] if paragraphs else []
    return {
        "url": record["url"],
        "site": record["site"],
        "fetched_at": fetched_at,
        "note": note,
        "expected": {field: record[field] for field in FIXTURE_FIELDS},
        "body_contains": contains,
        "body_excludes": [h.capitalize() for h in BOILERPLATE_HEADINGS[:6]],
    }


def write_json(path: Path, data: dict) -> None:
    """Write JSON the way fixtures are kept: sorted keys, Vietnamese readable."""
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")


def save_fixture(
    directory: Path, url: str, html: bytes, site: Site | None, note: str, stem: str | None = None
) -> Path:
    """Save a page and its draft expected JSON under `directory`; returns the HTML path."""
    fetched_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    record = extract_article(html, url, site, fetched_at=fetched_at)
    directory.mkdir(parents=True, exist_ok=True)
    html_path = directory / f"{stem or fixture_stem(record, url)}.html"
    if html_path.exists():
        raise FileExistsError(f"{html_path} exists; pass another name")
    html_path.write_bytes(html)
    write_json(html_path.with_suffix(".json"), fixture_json(record, fetched_at, note))
    return html_path


def selector_report(html: bytes | str, site: Site) -> list[tuple[str, str, str, str]]:
    """For each layout and field: (layout, field, selector, first value or 'MISSING')."""
    tree = parse_html(html)
    chosen = pick_layout(site, tree)
    rows = []
    for layout in site.layouts:
        mark = " (chosen)" if layout is chosen else ""
        body_found = any(select_all(tree, s) for s in as_tuple(layout.body))
        rows.append(
            (layout.name + mark, "body", str(layout.body), "found" if body_found else "MISSING")
        )
        for field, selectors in layout.fields.items():
            for selector in as_tuple(selectors):
                values = select_texts(tree, selector)
                rows.append(
                    (layout.name + mark, field, selector, values[0][:60] if values else "MISSING")
                )
    return rows
