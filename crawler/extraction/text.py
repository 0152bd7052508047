"""Unicode clean-up for Vietnamese text: NFC, look-alike letters, invisible characters, spaces."""

import html
import re
import unicodedata
from html.entities import html5

# Seed 1 (laodongthudo.vn) writes "LÐLÐ" and "CÐCS" with U+00D0 (Latin capital eth) where Đ is
# meant; Ɖ/ɖ (African D) are the other common look-alikes (avim#34). Zero-width characters and the
# soft hyphen are invisible but split words for FTS, so they are deleted.
_REPAIR_TABLE = str.maketrans(
    {
        "\u00d0": "\u0110",  # Ð eth -> Đ
        "\u00f0": "\u0111",  # ð eth -> đ
        "\u0189": "\u0110",  # Ɖ African D -> Đ
        "\u0256": "\u0111",  # ɖ African d -> đ
        "\u200b": None,  # zero width space
        "\u200c": None,  # zero width non-joiner
        "\u200d": None,  # zero width joiner
        "\u2060": None,  # word joiner
        "\ufeff": None,  # BOM / zero width no-break space
        "\u00ad": None,  # soft hyphen
    }
)
# One C-level scan decides whether the (slower) translate pass is needed at all.
_NEEDS_REPAIR_RE = re.compile("[\u00d0\u00f0\u0189\u0256\u200b\u200c\u200d\u2060\ufeff\u00ad]")

# Folding for the diacritic-free search column: combining marks go, and đ/Đ (which has no
# decomposition, so SQLite's unicode61 never folds it) becomes d; eth/African-d too, in case the
# input was not repaired first.
_FOLD_TABLE = str.maketrans(
    {
        **dict.fromkeys(range(0x0300, 0x0370)),
        "\u0111": "d",
        "\u00f0": "d",
        "\u0256": "d",
    }
)


def _repair(s: str) -> str:
    """Fix look-alike letters, drop invisible characters, then compose to NFC."""
    if _NEEDS_REPAIR_RE.search(s):
        # Before NFC: a zero-width joiner between a letter and its mark would block composition.
        s = s.translate(_REPAIR_TABLE)
    if not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    return s


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
    return _collapse(_repair(s))


def fold_for_search(s: str) -> str:
    """Lower-case, strip all diacritics and map đ to d: "Công đoàn" -> "cong doan"."""
    if s.isascii():
        return s.lower()
    return unicodedata.normalize("NFD", s.lower()).translate(_FOLD_TABLE)
