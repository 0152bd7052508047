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
# UnicodeDammit logs a WARNING when it falls back to replacement characters; decode_page then
# reads the page itself (or rejects it) and says so once, so bs4's line is noise.
logging.getLogger("bs4.dammit").setLevel(logging.ERROR)
# A real page may carry a few bytes its charset cannot decode: a teaser cut inside a UTF-8
# sequence by a CMS that counts bytes, a stray Windows-1252 quote pasted into a UTF-8 page.
# Up to MAX_BAD_BYTES of them, each is read as U+FFFD and the article warns; more is a page
# in a charset nothing here reads, rejected as bad_charset: the mirror's nld.com.vn page with
# one paragraph in TCVN3 (a legacy Vietnamese encoding) inside UTF-8 has 26.
MAX_BAD_BYTES = 16
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
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
    article's warnings. A few undecodable bytes are read as U+FFFD, with a note saying
    "undecodable characters" (decode_with_replacement). Raises UndecodablePage when no charset
    gives sensible text (a UTF-8 page with a paragraph pasted in a legacy Vietnamese encoding
    such as TCVN3).
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
        # bs4 warns when it falls back to replacement characters; that case is handled below.
        warnings.simplefilter("ignore")
        dammit = UnicodeDammit(body, known_definite_encodings=["utf-8"], is_html=True)
    found = dammit.original_encoding
    sniffed = dammit.unicode_markup
    if sniffed is None or dammit.contains_replacement_characters or _MOJIBAKE.search(sniffed):
        return decode_with_replacement(body, declared)
    found = resolve_encoding(found or "") or found
    if found == declared and text is not None:
        return text, None
    return sniffed, f"charset: declared {declared}, decoded as {found}"


def decode_with_replacement(body: bytes, declared: str) -> tuple[str, str]:
    """The page read as UTF-8 or as its declared charset, whichever leaves fewer undecodable
    bytes, when there are at most MAX_BAD_BYTES and the text shows no mojibake; else
    UndecodablePage. Each undecodable sequence becomes one U+FFFD, as Python's "replace"
    (and so w3lib, which re-extraction decodes stored pages with) does."""
    best = None
    for encoding in dict.fromkeys(("utf-8", declared)):
        try:
            escaped = body.decode(encoding, "surrogateescape")
        except LookupError:
            continue
        bad = len(_ESCAPED_BYTE.findall(escaped))
        if _MOJIBAKE.search(escaped) or (best is not None and bad >= best[1]):
            continue
        best = (encoding, bad)
    if best is None:
        raise UndecodablePage(f"declared {declared}; no charset decodes it cleanly")
    encoding, bad = best
    if bad > MAX_BAD_BYTES:
        raise UndecodablePage(f"declared {declared}; {bad} bytes undecodable as {encoding}")
    note = f"undecodable characters: {bad} byte(s) replaced reading it as {encoding}"
    return body.decode(encoding, "replace"), note


def looks_like_listing(article_links: int, body_chars: int) -> bool:
    """A page with many article links and little text of its own is a listing or tag page."""
    return article_links >= LISTING_MIN_LINKS and body_chars < LISTING_MAX_BODY_CHARS
