"""Unicode clean-up for Vietnamese text: NFC, look-alike letters, invisible characters, spaces."""

import html
import re
from html.entities import html5

# The look-alike repairs (Ð for Đ), the invisible characters dropped and the folding are
# storage.vietnamese's: the text stored and the text searched are normalised by one module.
from storage.vietnamese import fold, repair

# Character references left in text the HTML parser has already decoded once. Only complete
# references count: a number ("&#7852;", "&#x1ED7;") or a known name ("&amp;", "&quot;"), each
# ending in ";"; "R&D", "Q&A" or "?a=1&b=2" are left alone.
_REFERENCE_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A reference escaped twice ("&amp;#7897;") needs two passes; three bounds a pathological chain.
_UNESCAPE_PASSES = 3


def _known_reference(match: re.Match) -> str:
    ref = match.group(0)
    if ref[1] == "#" or ref[1:] in html5:
        return html.unescape(ref)
    return ref


def unescape_references(s: str) -> str:
    """Decode character references still present in already-parsed text, also escaped twice.

    Why every text and not only metadata: whatever reaches here was decoded once by the HTML
    parser (or, for JSON-LD, is script text the parser never decodes), so a reference that
    remains is one the page escaped twice ("NH&#7852;T XUÂN", "Th&#225;ng", "&amp;#7897;" on
    real pages: the CMS stores escaped text and the template escapes it again); the reader of
    such a page sees the bug, not the article. A paragraph meant to show "&amp;" as such
    (a tutorial on HTML) is the only loss, and this archive keeps news, not tutorials.
    """
    for _ in range(_UNESCAPE_PASSES):
        if "&" not in s:
            break
        decoded = _REFERENCE_RE.sub(_known_reference, s)
        if decoded == s:
            break
        s = decoded
    return s


def _collapse(s: str) -> str:
    """Collapse every run of Unicode whitespace (NBSP, U+2007, U+202F, U+3000, ...) to one space."""
    # str.split() with no argument splits on all str.isspace() characters and drops the ends.
    return " ".join(s.split())


def normalize_text(s: str) -> str:
    """Return `s` as NFC on one line, with look-alikes repaired and whitespace collapsed.

    Tone placement is left as written (hòa and hoà are different code points even in NFC).
    Character references the page escaped twice are decoded (see `unescape_references`).
    """
    if "&" in s:
        s = unescape_references(s)
    if s.isascii():
        return _collapse(s)
    return _collapse(repair(s))


def fold_for_search(s: str) -> str:
    """Lower-case, strip all diacritics and map đ to d: "Công đoàn" -> "cong doan"."""
    return fold(s)
