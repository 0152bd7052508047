"""Judging a fetched response before extraction: rejections, cookie challenges and charsets."""

from __future__ import annotations

import logging
import re
import warnings
from urllib.parse import urlsplit

from bs4.dammit import UnicodeDammit
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, resolve_encoding

# laodong.vn answers plain clients with HTTP 200 and a tiny page that sets a cookie by script
# and reloads (research/sites.md §2, seen 2026):
#   <script>document.cookie="D1N=<32 hex>"+"; expires=...; path=/";window.location.reload(true);
# Any small page setting a cookie and reloading is treated the same way.
CHALLENGE_MAX_BYTES = 4096
_CHALLENGE_COOKIE = re.compile(rb"""document\.cookie\s*=\s*["']([\w-]+)=([^"';]+)""")
_RELOAD = re.compile(rb"location\.(?:reload|href\s*=|replace)")
LISTING_MIN_LINKS = 8
LISTING_MAX_BODY_CHARS = 1500
HTML_TYPES = ("text/html", "application/xhtml+xml")
# UnicodeDammit logs a WARNING when it falls back to replacement characters; decode_page
# rejects that page as bad_charset and the crawl logs it once, so bs4's line is noise.
logging.getLogger("bs4.dammit").setLevel(logging.ERROR)
# Characters a Vietnamese page decoded with the wrong charset shows instead of letters:
# UTF-8 read as Windows-1252 gives "Cá»™ng Ä‘oÃ n" for "Công đoàn".
_MOJIBAKE = re.compile("[ÃÄáºá»Æ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u017d\u017e]")


def challenge_cookie(body: bytes) -> tuple[str, str] | None:
    """The (name, value) a JavaScript cookie-challenge page sets, or None for a real page."""
    if len(body) > CHALLENGE_MAX_BYTES or not _RELOAD.search(body):
        return None
    match = _CHALLENGE_COOKIE.search(body)
    if not match:
        return None
    return match.group(1).decode("ascii", "replace"), match.group(2).decode("ascii", "replace")


def is_html(content_type: str | None, body: bytes) -> bool:
    """Whether the response is an HTML page (by header, or by sniffing when there is none)."""
    if content_type:
        return content_type.split(";")[0].strip().lower() in HTML_TYPES
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def is_home_page(url: str) -> bool:
    """True for a site's front page: where dead article URLs often redirect."""
    path = urlsplit(url).path
    return path in ("", "/") or path.lower() in ("/index.html", "/index.htm", "/home")


def declared_encoding(content_type: str | None, body: bytes) -> str | None:
    """The charset the server or the page itself declares, normalised; None when silent."""
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
    return resolve_encoding(declared) if declared else None


class UndecodablePage(ValueError):
    """No charset turns the page's bytes into sensible text."""


def decode_page(body: bytes, content_type: str | None) -> tuple[str, str | None]:
    """Decode page bytes; when the declared charset is wrong, decode right and say so.

    Returns (text, note); note is None when the declaration was right, else a sentence for the
    article's warnings. Raises UndecodablePage when no charset gives sensible text (a UTF-8
    page with a paragraph pasted in a legacy Vietnamese encoding such as TCVN3).
    """
    declared = declared_encoding(content_type, body) or "utf-8"
    try:
        text = body.decode(declared)
    except (UnicodeDecodeError, LookupError):
        text = None
    # Bytes that decode as the UTF-8 they claim to be are UTF-8 (other encodings of Vietnamese
    # are almost never valid UTF-8), so only another declared charset is checked for the
    # mojibake a wrong one gives; the scan costs 0.75 ms on a 300 KB page (tests/bench.py).
    if text is not None and (declared == "utf-8" or not _MOJIBAKE.search(text)):
        return text, None
    # The declaration lies (or is missing): let bs4's UnicodeDammit sniff, UTF-8 first.
    with warnings.catch_warnings():
        # bs4 warns when it falls back to replacement characters; that case is rejected below.
        warnings.simplefilter("ignore")
        dammit = UnicodeDammit(body, known_definite_encodings=["utf-8"], is_html=True)
    found = dammit.original_encoding
    sniffed = dammit.unicode_markup
    if sniffed is None or dammit.contains_replacement_characters or _MOJIBAKE.search(sniffed):
        raise UndecodablePage(f"declared {declared}; no charset decodes it cleanly")
    found = resolve_encoding(found or "") or found
    if found == declared and text is not None:
        return text, None
    return sniffed, f"charset: declared {declared}, decoded as {found}"


def looks_like_listing(article_links: int, body_chars: int) -> bool:
    """A page with many article links and little text of its own is a listing or tag page."""
    return article_links >= LISTING_MIN_LINKS and body_chars < LISTING_MAX_BODY_CHARS
