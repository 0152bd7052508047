"""One normalisation of Vietnamese text for storing and querying: repair, tones, folding."""

import re
import unicodedata
from functools import lru_cache

# Seed 1 (laodongthudo.vn) writes "LÐLÐ" and "CÐCS" with U+00D0 (Latin capital eth) where Đ is
# meant; Ɖ/ɖ (African D) are the other common look-alikes (avim#34). Zero-width characters and the
# soft hyphen are invisible but split words for FTS, so they are deleted.
REPAIR_TABLE = str.maketrans(
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
NEEDS_REPAIR_RE = re.compile("[\u00d0\u00f0\u0189\u0256\u200b\u200c\u200d\u2060\ufeff\u00ad]")

# Folding for search without diacritics: combining marks go, and đ/Đ (which has no
# decomposition, so SQLite's unicode61 never folds it) becomes d; eth/African-d too, in case the
# input was not repaired first.
FOLD_TABLE = str.maketrans(
    {
        **dict.fromkeys(range(0x0300, 0x0370)),
        "\u0111": "d",
        "\u00f0": "d",
        "\u0256": "d",
    }
)

# The five tone marks (dấu thanh) as NFD writes them: huyền, sắc, ngã, hỏi, nặng. The other
# marks of Vietnamese (breve ă, circumflex â ê ô, horn ơ ư) belong to the vowel letter.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
VOWELS = frozenset("aăâeêioôơuưy")
# Vowels that carry a vowel mark take the tone whatever the style (tiếng, thuở, rượu).
MARKED_VOWELS = frozenset("ăâêôơư")
# Final consonants of a Vietnamese syllable; anything else after the vowels is not one syllable.
FINALS = frozenset({"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})

# A word as the index and the snippets see it: letters and digits (and stray combining marks),
# never the underscore, which the index keeps for itself.
WORD_RE = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")


def repair(s: str) -> str:
    """Fix look-alike letters (Ð for Đ), drop invisible characters, then compose to NFC."""
    if NEEDS_REPAIR_RE.search(s):
        # Before NFC: a zero-width joiner between a letter and its mark would block composition.
        s = s.translate(REPAIR_TABLE)
    if not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    return s


def fold(s: str) -> str:
    """Lower-case, strip all diacritics and map đ to d: "Công đoàn" -> "cong doan"."""
    if s.isascii():
        return s.lower()
    return unicodedata.normalize("NFD", s.lower()).translate(FOLD_TABLE)


def _letters(word: str) -> list[list[str]] | None:
    """The NFD letters of `word` as [base, vowel marks, tone]; None if a letter has two tones."""
    letters: list[list[str]] = []
    for ch in unicodedata.normalize("NFD", word):
        if not unicodedata.combining(ch):
            letters.append([ch, "", ""])
        elif not letters:
            return None
        elif ch in TONE_MARKS:
            if letters[-1][2]:
                return None
            letters[-1][2] = ch
        else:
            letters[-1][1] += ch
    return letters


def tone_position(letters: list[str]) -> int | None:
    """Where the old-style spelling puts the tone of the syllable spelt by `letters`.

    `letters` are lower-case, each with its vowel mark but no tone ("h", "o", "a"). The rules of
    the spelling most of the press keeps (hòa, khỏe, thủy, not hoà, khoẻ, thuỷ): a vowel with a
    vowel mark takes the tone (the last one, as in "ươ"); otherwise the last vowel when a final
    consonant follows (hoàn, quyết); otherwise the middle of three vowels (ngoài, khuỷu) or the
    first of two (hòa, mía, múa). "qu" and "gi" before a vowel are consonants (quý, già).
    None when `letters` do not spell one Vietnamese syllable (a foreign word: café, José).
    """
    start = 0
    while start < len(letters) and letters[start] not in VOWELS:
        start += 1
    initial = "".join(letters[:start])
    followed_by_vowel = start + 1 < len(letters) and letters[start + 1] in VOWELS
    if followed_by_vowel and (initial, letters[start]) in (("q", "u"), ("g", "i")):
        start += 1
    end = start
    while end < len(letters) and letters[end] in VOWELS:
        end += 1
    nucleus = end - start
    if not 1 <= nucleus <= 3 or "".join(letters[end:]) not in FINALS:
        return None
    marked = [i for i in range(start, end) if letters[i] in MARKED_VOWELS]
    if marked:
        return marked[-1]
    if end < len(letters) or nucleus == 1:
        return end - 1
    return start + 1 if nucleus == 3 else start


@lru_cache(maxsize=65536)
def canonical_word(word: str) -> str:
    """`word` in NFC with its tone mark where the old-style spelling puts it: "hoà" -> "hòa".

    Case is kept; a word with no tone, several tones or no Vietnamese syllable shape keeps
    its marks where they are.
    """
    letters = _letters(word)
    toned = [i for i, letter in enumerate(letters or []) if letter[2]]
    if letters is None or len(toned) != 1:
        return unicodedata.normalize("NFC", word)
    spelt = [unicodedata.normalize("NFC", base + marks).lower() for base, marks, _ in letters]
    target = tone_position(spelt)
    if target is not None and target != toned[0]:
        letters[target][2], letters[toned[0]][2] = letters[toned[0]][2], ""
    return unicodedata.normalize("NFC", "".join(base + marks + t for base, marks, t in letters))


def _canonical_match(match: re.Match) -> str:
    return canonical_word(match.group())


def canonical(s: str) -> str:
    """`s` repaired (NFC, Ð→Đ, invisible characters gone) with every word's tone in one place.

    "hoà" and "hòa", "thuỷ" and "thủy" come out the same, so indexing and querying through this
    function makes them one word. Stored text keeps the spelling of its page.
    """
    s = repair(s)
    if s.isascii():
        return s
    return WORD_RE.sub(_canonical_match, s)


def has_marks(word: str) -> bool:
    """True if `word` carries a tone or vowel mark or đ, i.e. folding changes more than case."""
    return fold(word) != word.lower()


# What the search index stores of each word: its folded form, and its canonical spelling in
# lower case when that carries marks. Bounded: an archive's vocabulary (syllables, names,
# numbers) grows slowly, but a pathological text must not grow memory without end.
_WORD_KEYS: dict[str, tuple[str, str | None]] = {}
_WORD_KEYS_MAX = 500_000


def word_keys(word: str) -> tuple[str, str | None]:
    """(folded, marked) for one word: "Hoà" -> ("hoa", "hòa"), "Ba" -> ("ba", None)."""
    keys = _WORD_KEYS.get(word)
    if keys is None:
        folded = fold(word)
        spelt = canonical_word(word).lower()
        keys = (folded, spelt if spelt != folded else None)
        if len(_WORD_KEYS) >= _WORD_KEYS_MAX:
            _WORD_KEYS.clear()
        _WORD_KEYS[word] = keys
    return keys


def index_streams(text: str | None) -> tuple[str, str, str]:
    """The three token streams the search index keeps of one text.

    - words: every word folded ("cong doan ba dinh"), in order: positions for NEAR and longer
      phrases, term frequencies for bm25, and the words typed without marks;
    - pairs: each distinct pair of adjacent folded words joined by "_" ("cong_doan doan_ba
      ba_dinh"), so a two-word phrase is one token to look up, not a position check on every
      article holding two common words;
    - marked: each distinct canonical spelling of a word with marks ("công đoàn đình"), for
      words typed with marks: "hòa" is a token of its own, apart from "hóa" and "hoa".

    Pairs and marked words are kept once per text: the index asks only whether they occur,
    and each repeat would cost as much as a word.
    Changing what this returns needs a migration that rebuilds the index (storage.search
    .rebuild_index): the index deletes an article's old entry by recomputing its tokens.
    """
    if not text:
        return "", "", ""
    keys = [word_keys(word) for word in WORD_RE.findall(repair(text))]
    words = [folded for folded, _ in keys if folded]
    pairs = dict.fromkeys(f"{a}_{b}" for a, b in zip(words, words[1:], strict=False))
    marked = dict.fromkeys(spelt for _, spelt in keys if spelt)
    return " ".join(words), " ".join(pairs), " ".join(marked)


# The SQL function the index triggers call (storage/migrations.py): stream n of index_streams.
SQL_STREAM_FUNCTION = "congdoan_search_stream"
_STREAMS_MEMO: dict[str, tuple[str, str, str]] = {}


def search_stream(text: str | None, stream: int) -> str:
    """Stream `stream` of `index_streams(text)`; a trigger's three calls per text share one pass."""
    if not text:
        return ""
    streams = _STREAMS_MEMO.get(text)
    if streams is None:
        if len(_STREAMS_MEMO) >= 8:
            _STREAMS_MEMO.clear()
        streams = _STREAMS_MEMO[text] = index_streams(text)
    return streams[stream]


def register_sql_functions(conn) -> None:
    """Make `congdoan_search_stream(text, n)` callable on a sqlite3 connection (its triggers)."""
    conn.create_function(SQL_STREAM_FUNCTION, 2, search_stream, deterministic=True)


# The union's abbreviations as its papers write them, each with what it stands for. A search
# for either finds both (storage.search); add a line to add one. Punctuation in the long form
# is ignored when matching.
ABBREVIATIONS = {
    "LĐLĐ": "Liên đoàn Lao động",
    "CĐCS": "Công đoàn cơ sở",
    "NLĐ": "người lao động",
    "CNVCLĐ": "công nhân, viên chức, lao động",
    "ĐVCĐ": "đoàn viên công đoàn",
}


def _spellings_by_fold() -> dict[str, str]:
    """For each folded letter, every letter of the Latin blocks Vietnamese uses that folds to
    it, both cases: "d" -> "dDđĐ…", "a" -> "aAàÀáÁ…ặẶ"."""
    spellings: dict[str, set[str]] = {}
    for code in (
        *range(0x41, 0x5B),
        *range(0x61, 0x7B),
        *range(0xC0, 0x250),
        *range(0x1E00, 0x1F00),
    ):
        folded = fold(chr(code))
        if len(folded) == 1:
            spellings.setdefault(folded, {folded}).add(chr(code))
    return {letter: "".join(sorted(chars)) for letter, chars in spellings.items()}


_SPELLINGS_BY_FOLD = _spellings_by_fold()


def spelling_pattern(folded: str) -> str:
    """A regex matching every spelling of the folded word `folded` in NFC text, whatever its
    case, tones and marks: "doan" matches "đoàn", "ĐOÀN", "doan", "Đoán". How a snippet finds
    in the stored text a word typed without marks."""
    return "".join(
        f"[{re.escape(_SPELLINGS_BY_FOLD[c])}]" if c in _SPELLINGS_BY_FOLD else re.escape(c)
        for c in folded
    )
