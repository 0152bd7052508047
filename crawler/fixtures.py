"""Capturing live pages as test fixtures, and checking a site's selectors against a page."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

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


def fetch(url: str, user_agent: str, timeout: float = 30) -> bytes:
    """GET a page as the crawler would, answering a cookie challenge once (laodong.vn)."""
    headers = {"User-Agent": user_agent}
    for _ in range(2):
        request = urllib.request.Request(url, headers=headers)
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
        cookie = challenge_cookie(body)
        if cookie is None:
            return body
        headers["Cookie"] = f"{cookie[0]}={cookie[1]}"
    return body


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
