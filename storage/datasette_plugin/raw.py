"""An archived raw page as text: its source is shown, never rendered, on Datasette's origin."""

from __future__ import annotations

import json
from typing import Any

from w3lib.encoding import html_to_unicode

from storage.archive import decompress, header

from .reading import first

# Served with the plain text: no sniffing it into HTML, and a sandbox with nothing allowed
# in case a browser renders it anyway (a stored page is someone else's HTML and scripts).
PLAIN_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'",
}


async def raw_page(database, sha256: str) -> dict[str, Any] | None:
    """The page stored under `sha256`, decoded to text, with the latest fetch that returned it."""
    body = await first(
        database, "select body, compression, size from page_bodies where sha256 = ?", [sha256]
    )
    if body is None:
        return None
    fetch = await first(
        database,
        "select url, requested_url, fetched_at, status, headers, site from pages "
        "where sha256 = ? order by fetched_at desc limit 1",
        [sha256],
    )
    fetch = fetch or {}
    content_type = header(headers_of(fetch.get("headers")), "Content-Type")
    encoding, text = decode(decompress(body["body"], body["compression"]), content_type)
    articles = await database.execute(
        "select url, title from articles where page_sha256 = ? order by url", [sha256]
    )
    return {
        "sha256": sha256,
        "size": body["size"],
        "encoding": encoding,
        "text": text,
        "content_type": content_type,
        "articles": [dict(row) for row in articles.rows],
        **{key: fetch.get(key) for key in ("url", "requested_url", "fetched_at", "status")},
    }


def headers_of(stored: str | None) -> dict[str, str]:
    """A pages row's headers column (a JSON object) as a dict of strings."""
    try:
        decoded = json.loads(stored or "{}")
    except ValueError:
        return {}
    if not isinstance(decoded, dict):
        return {}
    return {str(key): value for key, value in decoded.items() if isinstance(value, str)}


def decode(body: bytes, content_type: str | None) -> tuple[str, str]:
    """(encoding, text) of a raw page, as a browser would decode it: the byte-order mark, the
    Content-Type header, the page's <meta charset>, then UTF-8 (Vietnamese sites' usual one);
    undecodable bytes become U+FFFD."""
    encoding, text = html_to_unicode(content_type, body)
    return encoding, text
