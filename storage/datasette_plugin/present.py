"""Pure presentation helpers of the Datasette plugin: stored text in, escaped HTML out."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup, escape

# The article fields a reader compares between two versions, in reading order.
VERSION_FIELDS = (
    "title",
    "lead",
    "body",
    "author",
    "published_at",
    "category",
    "tags",
    "images",
    "source",
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
# An empty JSON list or object: an empty cell (not "" itself, which Datasette would take for
# "no rendering" and show the raw "[]").
EMPTY = Markup('<span class="congdoan-empty"></span>')


def paragraphs(text: str | None) -> list[str]:
    """The paragraphs of a stored body: the extractor keeps one newline (or a blank line) between
    paragraphs, so every run of line breaks is a break; empty paragraphs are dropped."""
    return [part.strip() for part in _PARAGRAPH_BREAK.split(text or "") if part.strip()]


def json_value(value: Any) -> Any:
    """A JSON column's value decoded, or None for NULL, "" and text that is not JSON."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return json.loads(value)
    except ValueError:
        return None


def web_url(url: Any) -> str | None:
    """`url` when it is an http(s) address, else None: stored links come from the pages read,
    and a `javascript:` or `data:` one must never become a live link on Datasette's origin."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def images(value: Any) -> list[dict[str, str | None]]:
    """The images of an `images` column (a JSON list of {url, caption}) with a safe url each;
    an item without one keeps its caption."""
    decoded = json_value(value) if isinstance(value, str) else value
    result = []
    for item in decoded if isinstance(decoded, list) else []:
        if isinstance(item, Mapping):
            url, caption = web_url(item.get("url")), item.get("caption")
        else:
            url, caption = web_url(item), None
        caption = caption if isinstance(caption, str) and caption.strip() else None
        if url or caption:
            result.append({"url": url, "caption": caption})
    return result


def link(url: Any, text: Any = None) -> Markup:
    """An escaped link to an http(s) `url`, or the escaped text alone when `url` is not one."""
    text = url if text is None else text
    safe = web_url(url)
    if not safe:
        return escape(text)
    return Markup('<a href="{}" rel="noopener noreferrer nofollow">{}</a>').format(safe, text)


def json_cell(value: Any) -> Markup | None:
    """A JSON list or object column as an HTML list (None: not JSON, leave it to Datasette).

    Lists of strings become a comma-separated list of items, lists of {url, caption} the
    captions linked to their urls, objects "key: value" items; everything escaped.
    """
    decoded = json_value(value)
    if isinstance(decoded, list):
        if not decoded:
            return EMPTY
        items = [list_item(item) for item in decoded]
        return Markup('<ul class="congdoan-list">{}</ul>').format(Markup("").join(items))
    if isinstance(decoded, dict):
        if not decoded:
            return EMPTY
        items = [
            Markup("<li><span>{}</span>: {}</li>").format(key, scalar(item))
            for key, item in decoded.items()
        ]
        return Markup('<ul class="congdoan-list congdoan-pairs">{}</ul>').format(
            Markup("").join(items)
        )
    return None


def list_item(item: Any) -> Markup:
    """One item of a JSON list column, escaped; an image is its caption linked to its url."""
    if isinstance(item, Mapping) and "url" in item:
        caption = item.get("caption") or item.get("url")
        return Markup("<li>{}</li>").format(link(item.get("url"), caption))
    return Markup("<li>{}</li>").format(scalar(item))


def scalar(item: Any) -> str:
    """A JSON value as short text: strings as they are, anything else as compact JSON."""
    if isinstance(item, str):
        return item
    return json.dumps(item, ensure_ascii=False)


def changed_fields(older: Mapping[str, Any], newer: Mapping[str, Any]) -> list[str]:
    """The fields of VERSION_FIELDS whose stored values differ between two versions."""
    return [field for field in VERSION_FIELDS if older.get(field) != newer.get(field)]


def month_label(month: str | None) -> str:
    """ "2026-03" as "03/2026", the way Vietnamese papers write a month; "no date" for None."""
    if not month or not re.fullmatch(r"\d{4}-\d{2}", month):
        return "no date"
    year, number = month.split("-")
    return f"{number}/{year}"


def bar_width(count: int, largest: int) -> int:
    """The width in percent of a count's bar against the largest count (at least 1 when > 0)."""
    if count <= 0 or largest <= 0:
        return 0
    return max(1, round(100 * count / largest))
