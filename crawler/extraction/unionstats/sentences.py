"""Splitting an article body into sentences without breaking Vietnamese numbers or abbreviations."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence

from ..text import normalize_text
from .numbers import (
    MAGNITUDES,
    NUMBER_IN_WORDS,
    NUMBER_WORDS,
    TENTHS,
    UNIT_WORDS,
    Quantity,
    parse_number,
    quantities,
    words_value,
)
from .wording import FAR_FROM_THE_TARGETS, LOWER, UPPER

# A sentence ends at . ! ? … (with closing quotes/brackets) before a space and a capital letter or
# an opening quote. Dots inside "1.400" or "TP.HCM" have no space after them and never split.
_END_RE = re.compile(rf"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[{UPPER}0-9])")
# Two paragraphs jammed together by a lost break: "năm học 2020-2021.Ban Chấp hành" (seed 2).
_JAMMED_RE = re.compile(rf"(?<=[{LOWER}0-9)])\.(?=[{UPPER}][{LOWER}])")
# A dot that ends these words does not end a sentence: "TP. Hồ Chí Minh", "ThS. Nguyễn".
_ABBREVIATIONS = frozenset(
    {"tp", "th.s", "ths", "ts", "pgs", "gs", "bs", "q", "p", "tx", "ông", "bà"}
)


# The longest sentence of the annotated sets is ~700 characters. Past this, a "sentence" is a
# table flattened or a hostile page: it is cut at clause marks, then at spaces, so that the rules
# (which read a sentence several times) stay linear in the size of the text.
MAX_SENTENCE = 2000


def _bounded(sentence: str) -> list[str]:
    if len(sentence) <= MAX_SENTENCE:
        return [sentence]
    pieces, current = [], ""
    for clause in re.split(r"(?<=;)\s+", sentence):
        while len(clause) > MAX_SENTENCE:
            cut = clause.rfind(" ", 0, MAX_SENTENCE)
            cut = cut if cut > 0 else MAX_SENTENCE
            pieces.append(clause[:cut])
            clause = clause[cut:].lstrip()
        if current and len(current) + len(clause) + 1 > MAX_SENTENCE:
            pieces.append(current)
            current = ""
        current = f"{current} {clause}" if current else clause
    if current:
        pieces.append(current)
    return pieces


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)$", text[:dot])
    return bool(word) and word.group(1).lower() in _ABBREVIATIONS


# An infographic's line of cells, each a label and its count: "CĐCS thành lập mới: 428 | Đoàn viên
# tại các CĐCS mới: 19.806" (probes334): each cell is a sentence of its own. Not a row whose cells
# are a plan, what was done and the percent of one indicator ("Kết nạp đoàn viên: 12.450 | Kế
# hoạch: 12.000 | Đạt: 103,8%"), nor a table row with a cell that is no label and count.
_CELL_RE = re.compile(r"\s*(?P<label>[^\W\d][^|:]{1,80}?)\s*:\s*[^|:]*\d[^|:]*")
_ONE_INDICATORS_CELL_RE = re.compile(
    r"(?:chỉ tiêu|kế hoạch|KH|thực hiện|đạt|tỷ lệ|tỉ lệ|kết quả|so với|vượt)\b", re.IGNORECASE
)


def _cells(sentence: str) -> list[tuple[int, str]]:
    pieces, start = [], 0
    for piece in sentence.split("|"):
        pieces.append((start, piece))
        start += len(piece) + 1
    if len(pieces) < 2:
        return [(0, sentence)]
    for _start, piece in pieces:
        cell = _CELL_RE.fullmatch(piece)
        if cell is None or _ONE_INDICATORS_CELL_RE.match(cell["label"]):
            return [(0, sentence)]
    return [(start + len(piece) - len(piece.lstrip()), piece.strip()) for start, piece in pieces]


def split_sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of `text` (paragraphs split by newlines), each with its paragraph number."""
    sentences = []
    for number, paragraph in enumerate(p for p in text.split("\n") if p.strip()):
        paragraph = _JAMMED_RE.sub(". ", normalize_text(paragraph))
        start = 0
        for match in _END_RE.finditer(paragraph):
            dot = match.start()
            if _is_abbreviation(paragraph, dot - 1):
                continue
            sentences.append((number, paragraph[start : match.start()].strip()))
            start = match.end()
        tail = paragraph[start:].strip()
        if tail:
            sentences.append((number, tail))
    return [
        (number, piece)
        for number, s in sentences
        if s
        for _start, cell in _cells(s)
        for piece in _bounded(cell)
    ]


# An abbreviation in brackets after its long form says nothing more, and it stands between a
# count's words: "thành lập công đoàn cơ sở (CĐCS) được 3/7", "kết nạp 7.074 đoàn viên (ĐV) công
# đoàn", "100% các công đoàn cơ sở (CĐCS) trực thuộc … tổ chức Hội nghị cán bộ công chức". ALL CAPS
# only: "(đạt 55%)" and "(Hà Nội)" say something.
_ABBREVIATION_ASIDE_RE = re.compile(r"\s*\(\s*([^\W\d_][^\s()]{1,14})\s*\)")


def without_abbreviations(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` without its bracketed abbreviations, and for each position of that text (and
    its end) the position it has in `sentence`."""
    pieces, where, kept_from = [], [], 0
    for match in _ABBREVIATION_ASIDE_RE.finditer(sentence):
        if not match.group(1).isupper():
            continue
        pieces.append(sentence[kept_from : match.start()])
        where.extend(range(kept_from, match.start()))
        kept_from = match.end()
    if not pieces:
        return sentence, range(len(sentence) + 1)
    pieces.append(sentence[kept_from:])
    where.extend(range(kept_from, len(sentence) + 1))
    return "".join(pieces), where


# A percent written out: "đạt 52 phần trăm kế hoạch năm" reads as "đạt 52% kế hoạch năm".
_PERCENT_WORDS_RE = re.compile(r"(?<=\d)\s*phần\s+trăm\b", re.IGNORECASE)
# (its number in words too, as speech is written down: "“… mình làm được mười hai, vượt hai mươi
# phần trăm”", probes196)
# (and its decimals read digit by digit after "phẩy": "chín mươi bảy phẩy tám phần trăm", 97,8%)
_PERCENT_IN_WORDS_RE = re.compile(
    rf"(?<!\w)(?P<words>{NUMBER_IN_WORDS})"
    rf"(?:\s+phẩy\s+(?P<decimals>(?:{UNIT_WORDS}|không)(?:\s+(?:{UNIT_WORDS}|không))?))?"
    r"\s+phần\s+trăm\b",
    re.IGNORECASE,
)
# A space lost after a comma or between a count and its noun: "thành lập 23 CĐCS,kết nạp
# 2.874đoàn viên" reads as "thành lập 23 CĐCS, kết nạp 2.874 đoàn viên".
# (and after a word's comma before a number: "Một là,96,2 % CĐCS …", probes80)
_LOST_SPACE_RE = re.compile(
    rf"(?<=[,;])(?=[{UPPER}{LOWER}])|(?<=\d)(?=[{UPPER}{LOWER}])|(?<=[{UPPER}{LOWER}][,;])(?=\d)"
)


def _unchanged(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` as a rewrite that changed nothing gives it (see _rewritten)."""
    return sentence, list(range(len(sentence) + 1))


def _rewritten(
    sentence: str,
    pattern: re.Pattern,
    replacement: str | Callable[[re.Match], str],
    group: int | str = 0,
) -> tuple[str, Sequence[int]]:
    """`sentence` with each match of `pattern` (or its `group`, the rest read as its context)
    replaced, and for each position of the new text (and its end) the position it has in
    `sentence`: a one-character replacement stands for the last character of what it replaces
    (so a span ending at it ends after that), an insertion for the next one; a longer one starts
    where the match starts and stands for its last character after that (so a span may start or
    end with it)."""
    pieces, where, kept_from = [], [], 0
    for match in pattern.finditer(sentence):
        written = replacement(match) if callable(replacement) else replacement
        start, end = match.span(group)
        pieces.append(sentence[kept_from:start] + written)
        where.extend(range(kept_from, start))
        last = max(end - 1, start)
        where.extend(([start] + [last] * (len(written) - 1)) if len(written) > 1 else [last])
        kept_from = end
    if not pieces:
        # (nothing rewritten, as in most sentences for most rewrites: a range is a text unmoved,
        # which `moved_through` need not read)
        return sentence, range(len(sentence) + 1)
    pieces.append(sentence[kept_from:])
    where.extend(range(kept_from, len(sentence) + 1))
    return "".join(pieces), where


def moved_through(where: Sequence[int], moved: Sequence[int]) -> Sequence[int]:
    """Where each position of a text rewritten twice was before both: `where` (the first
    rewrite's positions) read at `moved` (the second's); a range is a rewrite that moved nothing
    (see _rewritten)."""
    if isinstance(moved, range):
        return where
    if isinstance(where, range):
        return moved
    return [where[i] for i in moved]


# Half of the plan, said in words: "mới đạt gần một nửa chỉ tiêu phát triển đoàn viên", "bằng một
# nửa chỉ tiêu năm" (probes123, 196, 203) is 50% of it; not "chưa bằng một nửa" (less than half).
_HALF_OF_THE_PLAN_RE = re.compile(
    r"\b(?:đạt|bằng|được)\s+(?:(?:gần|hơn|khoảng|chừng|xấp xỉ)\s+)?(?P<half>một\s+nửa)"
    r"(?=\s+(?:chỉ tiêu|kế hoạch)\b)",
    re.IGNORECASE,
)


_AGAINST_A_TARGET_RE = re.compile(r"\d\s*/\s*\d|\btrên\s+(?:tổng\s+số|chỉ tiêu|kế hoạch)\b", re.I)


def with_halves_as_percents(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with half of a plan written "50%" (see _rewritten)."""

    def written(match: re.Match) -> str:
        if re.search(r"\bchưa\s*$", sentence[max(0, match.start() - 8) : match.start()], re.I):
            return match.group(0)
        # (after counts against their targets, a rough reading of them: "kết nạp 725/1.300 đoàn
        # viên và thành lập 7/18 CĐCS …, chỉ đạt hơn một nửa kế hoạch", probes12)
        if _AGAINST_A_TARGET_RE.search(sentence, 0, match.start()):
            return match.group(0)
        return match.group(0)[: match.start("half") - match.start()] + "50%"

    return _rewritten(sentence, _HALF_OF_THE_PLAN_RE, written)


# A share said before its count against its whole, in brackets, the noun after them, opening its
# clause: "91,2% (412/452) doanh nghiệp … đã ký kết thỏa ước" (probes290) reads as the same count
# said first, "412/452 (91,2%) doanh nghiệp", as the rules read it (not a share a verb or "tỷ lệ"
# said before: "tỷ lệ … đạt 91,3% (812/889 doanh nghiệp)" is read as it is).
_SHARE_BEFORE_ITS_COUNT_RE = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\d{4}\s))(?P<percent>\d{1,3}(?:,\d{1,2})?\s*%)\s*\(\s*"
    r"(?P<count>\d{1,3}(?:\.\d{3})*\s*/\s*\d{1,3}(?:\.\d{3})*)\s*\)(?=\s+[^\W\d])"
)


def with_counts_before_their_shares(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with a share's count against its whole, in brackets after it, said first."""
    return _rewritten(
        sentence,
        _SHARE_BEFORE_ITS_COUNT_RE,
        lambda match: f"{match['count']} ({match['percent']})",
    )


def _percent_in_digits(match: re.Match) -> str:
    decimals = "".join(
        str(NUMBER_WORDS.get(word, 0)) for word in (match["decimals"] or "").lower().split()
    )
    return f"{words_value(match['words'])}{',' + decimals if decimals else ''}%"


def with_percent_signs(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with "phần trăm" after a number written "%", a number in words before it in
    digits (see _rewritten)."""
    read, where = _rewritten(sentence, _PERCENT_IN_WORDS_RE, _percent_in_digits)
    read, moved = _rewritten(read, _PERCENT_WORDS_RE, "%")
    return read, moved_through(where, moved)


# Two neighbouring numbers in words before one magnitude are a range, as speech says a rough count:
# "chừng hai, ba trăm anh em đăng ký tham gia nghiệp đoàn" is 200–300, "năm, sáu trăm đoàn viên"
# 500–600 (probes355, probes361; the second alone was read).
_RANGE_IN_WORDS_RE = re.compile(
    rf"(?<!\w)(?P<first>{UNIT_WORDS})\s*,\s*(?P<second>{UNIT_WORDS})\s+"
    r"(?P<magnitude>trăm|nghìn|ngàn|chục)(?!\s+(?:năm|tháng|ngày|tuần|tuổi|" + UNIT_WORDS + r")\b)",
    re.IGNORECASE,
)
_OF_A_RANGE = {"trăm": 100, "nghìn": 1000, "ngàn": 1000, "chục": 10}


def _range_in_digits(match: re.Match) -> str:
    first, second = (NUMBER_WORDS[match[g].lower()] for g in ("first", "second"))
    if second != first + 1:
        return match.group(0)
    times = _OF_A_RANGE[match["magnitude"].lower()]
    return " – ".join(f"{n * times:,}".replace(",", ".") for n in (first, second))


def with_ranges_in_words(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with a rough range said in words written in digits: "hai, ba trăm" as "200 –
    300" (see _rewritten)."""
    return _rewritten(sentence, _RANGE_IN_WORDS_RE, _range_in_digits)


# The deeds a report's bullets write short before their counts: "– KCX Tân Thuận: TL 2 CĐCS, KN 318
# ĐV" (thành lập, kết nạp; probes364), only right before a count of their own noun.
_DEED_WRITTEN_SHORT_RE = re.compile(
    r"\b(?:(?P<found>TL)(?=\s+\d{1,3}\s+(?:CĐCS|CĐ cơ sở|công đoàn cơ sở|nghiệp đoàn|NĐ)\b)"
    r"|(?P<admit>KN)(?=\s+\d[\d.]*\s+(?:ĐV|ĐVCĐ|đoàn viên)\b))"
)


def with_deeds_written_out(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with "TL" and "KN" before their counts written "thành lập" and "kết nạp" (see
    _rewritten)."""
    if "TL" not in sentence and "KN" not in sentence:
        return _unchanged(sentence)
    return _rewritten(
        sentence,
        _DEED_WRITTEN_SHORT_RE,
        lambda match: "thành lập" if match["found"] else "kết nạp",
    )


# A count written with its magnitude in words: "6 nghìn đoàn viên", "2,2 triệu", "1,62 vạn" (every
# rule that reads a target or a whole after a plan's word reads digits: "đạt 147% so với chỉ tiêu
# giao là 6 nghìn đoàn viên", a rewrite of a real sentence).
_MAGNITUDE_WORD_RE = re.compile(
    # (a range says it once for both: "từ 8 đến 11 nghìn", "3–5 nghìn")
    r"(?<![\d.,])(?:(?P<first>\d{1,3}(?:,\d{1,3})?)(?P<to>\s*[-–]\s*|\s+(?:đến|tới)\s+))?"
    r"(?P<number>\d{1,3}(?:,\d{1,3})?)\s+(?P<magnitude>nghìn|ngàn|vạn|triệu)(?!\w)"
    # (and a half of it: "2 nghìn rưỡi" is 2.500, or tenths of it in speech: "1 nghìn hai" 1.200)
    rf"(?:(?P<half>\s+rưỡi\b)|\s+(?P<tenths>{TENTHS})\b(?!\s*[/%\d])"
    rf"(?!\s+(?:trăm|chục|nghìn|ngàn|vạn|triệu|mươi|rưỡi)\b))?",
    re.IGNORECASE,
)


def _times(number: str, magnitude: str) -> str | None:
    """ "2,5" nghìn in digits with thousands dots ("2.500"), or None when it is no whole number."""
    value = parse_number(number) * MAGNITUDES[magnitude.lower()]
    if abs(value - round(value)) > 1e-6:
        return None
    return f"{round(value):,}".replace(",", ".")


def _in_digits(match: re.Match) -> str:
    magnitude = match.group("magnitude")
    said = match.group("number")
    more = 0.5 if match.group("half") else 0
    if match.group("tenths"):
        more = NUMBER_WORDS[match.group("tenths").lower()] / 10
    if more:
        if match.group("first") or (match.group("tenths") and "," in said):
            return match.group(0)
        said = str(parse_number(said) + more).replace(".", ",").removesuffix(",0")
    number = _times(said, magnitude)
    if number is None:
        return match.group(0)
    first = match.group("first")
    if first is None:
        return number
    # (only a first number below the second shares its magnitude: "từ 200 đến 2 nghìn" does not)
    below = parse_number(first) <= parse_number(match.group("number"))
    shared = _times(first, magnitude) if below else None
    return f"{shared or first}{match.group('to')}{number}"


# A magnitude alone after a qualifier is one of it: "hơn trăm đoàn viên", "hơn chục CĐCS" (speech,
# probes104, probes110); not a time ("hơn chục năm") and not "hàng trăm", which says no number.
_BARE_MAGNITUDE_RE = re.compile(
    r"(?:(?<=\bhơn )|(?<=\bgần )|(?<=\btrên )|(?<=\bkhoảng )|(?<=\bngót ))"
    r"(?P<magnitude>trăm|chục|nghìn|ngàn)\b(?!\s+(?:năm|tháng|ngày|tuần|giờ|phút|tuổi)\b)",
    re.IGNORECASE,
)
_ONE_OF = {"trăm": "100", "chục": "10", "nghìn": "1.000", "ngàn": "1.000"}


def with_magnitudes_in_digits(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with "6 nghìn" written "6.000", "2,2 triệu" "2.200.000", "hơn trăm" "hơn 100"
    (see _rewritten)."""
    read, where = _rewritten(sentence, _MAGNITUDE_WORD_RE, _in_digits)
    if not _BARE_MAGNITUDE_RE.search(read):
        return read, where
    read, moved = _rewritten(read, _BARE_MAGNITUDE_RE, lambda m: _ONE_OF[m["magnitude"].lower()])
    return read, moved_through(where, moved)


# Thousands written another way than with a dot: a space ("kết nạp 10 000 đoàn viên", "1 426/1 512
# doanh nghiệp") or, before a count's noun, a comma ("kết nạp 1,150 đoàn viên": no count of people
# or unions has a decimal part; so is the first of an x/y of them: "1,310/1,512 đoàn viên")
# (probes80, the noise of pages).
_SPACED_THOUSANDS_RE = re.compile(
    r"(?<![\d.,])(?<!tháng )(?<!ngày )(?<!năm )(?<!quý )(?<!lần )(?<!khóa )(?<!khoá )(?<!điều )"
    # (nor a district or ward named by its number, then a count: "LĐLĐ quận 12 180 cuộc",
    # probes424)
    r"(?<!quận )(?<!phường )(?<!số )"
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]|[ \u00a0\u202f]\d)",
    re.IGNORECASE,
)
_COMMA_THOUSANDS_RE = re.compile(
    r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,])"
    r"(?=(?:\s*/\s*\d{1,3}(?:,\d{3})+)?"
    r"\s*(?:đoàn viên|ĐVCĐ|ĐV\b|người|lao động|công nhân|CNLĐ|NLĐ|CNVCLĐ|CĐCS|công đoàn|"
    r"cán bộ|lượt|học viên|doanh nghiệp|đơn vị|hội nghị|cuộc|bản)\b)",
    re.IGNORECASE,
)


def with_regular_thousands(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with thousands written with a space or a comma written with a dot (see
    _rewritten; the text keeps its length)."""
    read, where = _rewritten(
        sentence, _SPACED_THOUSANDS_RE, lambda m: re.sub(r"[ \u00a0\u202f]", ".", m.group(0))
    )
    read, moved = _rewritten(read, _COMMA_THOUSANDS_RE, lambda m: m.group(0).replace(",", "."))
    return read, moved_through(where, moved)


# A tone mark typed on the first vowel of "oa", "oe", "uy" (or "ua") before a final consonant,
# where Vietnamese spelling, old or new, puts it on the second: "kết nạp được 412 đòan viên"
# (probes306; the typing mistake of real pages). Moved, one character for one.
_MISPLACED_TONE_RE = re.compile(
    r"(?P<first>[òóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤ])(?P<second>[aeyAEY])(?=(?:ch|ng|nh|[cmnpt])(?!\w))"
)


def _tone_moved(match: re.Match) -> str:
    first = unicodedata.normalize("NFD", match["first"])
    return first[0] + unicodedata.normalize("NFC", match["second"] + first[1:])


def with_tones_placed(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with tone marks typed on the wrong vowel put back (see _MISPLACED_TONE_RE)."""
    return _MISPLACED_TONE_RE.sub(_tone_moved, sentence), range(len(sentence) + 1)


# A chart's bare years said as years: "Số đoàn viên kết nạp mới: 2022: 9.820 | 2023: 11.240"
# (probes356) reads as "… năm 2022: 9.820 | năm 2023: 11.240".
_BARE_YEAR_CELL_RE = re.compile(
    r"(?:(?<=\|\s)|(?<=[:;]\s)|(?<=^))(?=(?:19|20)\d\d\s*:\s*\d"
    # (or a dash, in a tally's list: "Số đoàn viên kết nạp mới theo năm (người): 2019 – 2.105;
    # 2020 – 1.870", probes364; not a span of years, "2019 – 2023")
    r"|(?:19|20)\d\d\s+[–-]\s+(?!(?:19|20)\d\d\b)\d[\d.]*\s*(?:[;.]|$))",
    re.MULTILINE,
)


_BAR_BEFORE_A_YEAR_CELL_RE = re.compile(r"\s*\|\s*(?=(?:19|20)\d\d\s*:\s*\d)")


def with_years_of_chart_cells(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with a chart's bare years said as years (_BARE_YEAR_CELL_RE), its cells parted
    as a tally's items are, by semicolons."""
    if not _BARE_YEAR_CELL_RE.search(sentence):
        return sentence, list(range(len(sentence) + 1))
    parted, where = _rewritten(sentence, _BAR_BEFORE_A_YEAR_CELL_RE, "; ")
    said, moved = _rewritten(parted, _BARE_YEAR_CELL_RE, "năm ")
    return said, moved_through(where, moved)


# A range of percents is read as its lower bound (CONVENTIONS.md): "trong đó 40 - 50% được kết
# nạp", "đạt 105 - 110% kế hoạch" (probes369, a gap of probes364) read "40%", "105%"; the rules
# took the last number for the percent. Only a close range after a word: not a table's cells,
# "KH 95 – TH 98 – 103,2%", "Thành lập CĐCS – 12 – 7 – 58,3%".
_PERCENT_RANGE_RE = re.compile(
    r"(?<=[^\W\d_]\s)(?<!\bTH\s)(?<!\bKH\s)"
    r"(?P<low>\d{1,3}(?:,\d{1,2})?)(?P<sign>\s*%)?\s*[-–—]\s*(?P<high>\d{1,3}(?:,\d{1,2})?)\s*%"
)


def with_percent_ranges_floored(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with a close range of percents written as its lower bound."""

    def written(match: re.Match) -> str:
        low, high = parse_number(match["low"]), parse_number(match["high"])
        if not low < high <= 1.5 * low:
            return match.group(0)
        return f"{match['low']}%"

    return _rewritten(sentence, _PERCENT_RANGE_RE, written)


def with_spaces(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with the spaces put back that a comma or a count lost (see _rewritten)."""
    return _rewritten(sentence, _LOST_SPACE_RE, " ")


# A number corrected as it is said, in speech: "khoảng ba trăm rưỡi doanh nghiệp tổ chức đối thoại
# định kỳ, à tôi nói lại cho chính xác là ba trăm bốn mươi hai doanh nghiệp", "kết nạp khoảng sáu
# mươi hai nghìn đoàn viên, ừm, con số chính xác là sáu mươi hai nghìn bốn trăm", "còn hai mươi bảy
# đơn vị, à không, hai mươi sáu đơn vị thôi" (probes318): the words between the two numbers.
_CORRECTING = (
    r"(?:(?:tôi|em|mình)\s+)?(?:xin\s+)?"
    # (or "nói cho chính xác": "gần hai mươi nghìn đoàn viên, nói cho chính xác là 19.742 người",
    # probes327)
    # ("nói đúng ra": "… thành lập được 5 CĐCS, nói đúng ra là 4", probes463)
    r"(?:nói(?:\s+lại)?(?:\s+cho)?\s+(?:chính xác|đúng)(?:\s+ra)?|nói lại"
    r"|(?<=à )không\s*,|(?<=à, )không\s*,|xin lỗi"
    # (or "nhầm": "kết nạp 75 đoàn viên, à nhầm, 57 chứ", probes392)
    r"|(?<=à )nhầm(?:\s+rồi)?\s*,|(?<=à, )nhầm(?:\s+rồi)?\s*,"
    r"|(?:con số\s+)?(?:chính xác|đúng)(?:\s+ra)?|đính chính"
    # (or looked up again: "Giới thiệu được khoảng 30 – để tôi xem lại – 32 đoàn viên ưu tú",
    # probes428)
    r"|(?:để\s+)?(?:tôi|em|mình)\s+xem lại)"
)
_CORRECTION_RE = re.compile(
    # (the correction may open a quote: "… ngót 300 đoàn viên, “à, chính xác là 287 người",
    # probes392)
    # (or after a dash: "thành lập được 9 – à không, 10 công đoàn cơ sở", "17 công đoàn cơ sở –
    # xin nói lại là 16", probes428)
    r"(?P<between>[^,;.…\d–—]{0,60}?)\s*(?:(?:,|\s[–—])\s*“?\s*(?:(?:à|ừm|ờ|ơ|ồ)\s*,?\s*)*"
    # (past "nhưng mà", "chứ": "… là hơn 12.000, nhưng mà nói cho chính xác là 12.384 đoàn viên",
    # "gần 4.000 thì nói tròn thế thôi, chứ chính xác là 3.948"; and said twice: "25 nghiệp đoàn,
    # xin lỗi, tôi nói lại là 23 nghiệp đoàn", probes339)
    r"(?:(?:nhưng|chứ|mà)\s+)*"
    # (the second word after the first's comma: "chừng mười công đoàn cơ sở, à không, chính xác là
    # 9 công đoàn cơ sở", probes395)
    rf"{_CORRECTING}(?:\s*,?\s*{_CORRECTING})?"
    # (a comma before "là" too: "1.150 đoàn viên, à không, tôi nói lại, là 1.510 đoàn viên",
    # probes460)
    r"(?:\s*,?\s+(?:là|thì là|thì))?\s*[,–—]?\s*"
    # (or broken off, then corrected: "kết nạp được bốn nghìn... à, tôi nói lại cho chính xác,
    # bốn nghìn hai trăm ba mươi người", "sáu trăm… xin lỗi, sáu trăm bảy mươi hai người",
    # probes365)
    r"|(?:\.{3}|…)\s*(?:(?:(?:à|ừm|ờ|ơ|ồ)\s*,?\s*)+"
    rf"(?:{_CORRECTING}(?:\s*,\s*{_CORRECTING})?(?:\s+(?:là|thì là|thì))?\s*,?\s*)?"
    rf"|{_CORRECTING}(?:\s*,\s*{_CORRECTING})?(?:\s+(?:là|thì là|thì))?\s*,?\s*))",
    re.IGNORECASE,
)


_BARE_A_RE = re.compile(r"(?P<between>[^,;.…\d]{0,30}?)\s*,\s*(?:à|ờ)\s*,?\s*", re.IGNORECASE)
_CHU_AFTER_RE = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}chứ\b", re.IGNORECASE)


def _correction(sentence: str, first: Quantity, second: Quantity) -> tuple[str, int] | None:
    """(the words after the first number that stay, where the corrected number's words end) when
    `second` corrects `first`."""
    if first.relation or second.relation or first.percent != second.percent:
        return None
    said = _CORRECTION_RE.fullmatch(sentence, first.end, second.start)
    # (or a bare "à" before the number and "chứ" after it: "đạt 78%, à 87% chứ", probes392)
    if said is None and _CHU_AFTER_RE.match(sentence, second.end):
        said = _BARE_A_RE.fullmatch(sentence, first.end, second.start)
    if said is None or not first.value or not second.value:
        return None
    # (a correction is of the same order: not two counts of their own)
    if not 0.5 <= second.value / first.value <= 2:
        return None
    between = said["between"]
    # (the noun said again after the corrected number: "… ba trăm bốn mươi hai doanh nghiệp")
    end, words = second.end, between.split()
    for count in range(len(words), 0, -1):
        again = re.match(
            r"\s+" + r"\s+".join(map(re.escape, words[:count])) + r"\b",
            sentence[end:],
            re.IGNORECASE,
        )
        if again:
            end += again.end()
            break
    return between, end


# ... or said again, rounded, to be remembered: "kết nạp hai vạn một nghìn ba trăm đoàn viên, nói
# cho dễ nhớ là hơn hai mươi mốt nghìn, bằng khoảng 118% chỉ tiêu" (probes318): no count of its own.
_ROUNDED_AGAIN_RE = re.compile(
    r"(?P<between>[^,;.\d]{0,30}?)\s*,\s*(?:nói|tính|làm)\s+(?:cho\s+dễ\s+nhớ|tròn(?:\s+số)?)"
    r"(?:\s+(?:là|thì là|thì))?\s*(?:(?:hơn|gần|khoảng|chừng|trên|xấp xỉ)\s+)?",
    re.IGNORECASE,
)


_SAID_AGAIN_RE = re.compile(
    r"\b(?:nói lại|xem lại|không\s*,|nhầm|xin lỗi|chính xác|đúng ra|đính chính|dễ nhớ|tròn|chứ)"
    r"|\.{3}|…",
    re.IGNORECASE,
)


def with_self_corrections(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with a number corrected as it is said read as the corrected one, in the first
    one's place (_CORRECTION_RE); the corrected words' span ends past the correction."""
    if not _SAID_AGAIN_RE.search(sentence):  # (most sentences: their numbers are not parsed)
        return _unchanged(sentence)
    found = quantities(sentence)
    pieces, where, kept_from = [], [], 0
    for first, second in itertools.pairwise(found):
        if first.start < kept_from:
            continue
        rounded = _ROUNDED_AGAIN_RE.fullmatch(sentence, first.end, second.start)
        if rounded and not first.percent and not second.percent:
            # (the rounded words left out, the first count's noun kept)
            pieces.append(sentence[kept_from : rounded.end("between")])
            where.extend(range(kept_from, rounded.end("between")))
            kept_from = second.end
            continue
        corrected = _correction(sentence, first, second)
        if corrected is None:
            continue
        between, end = corrected
        number = sentence[second.start : second.end]
        pieces.append(sentence[kept_from : first.start] + number + between)
        where.extend(range(kept_from, first.start))
        where.extend([first.start] + [first.end - 1] * (len(number) - 1))
        where.extend(range(first.end, first.end + len(between)))
        where[-1] = end - 1
        kept_from = end
    if not pieces:
        return _unchanged(sentence)
    pieces.append(sentence[kept_from:])
    where.extend(range(kept_from, len(sentence) + 1))
    return "".join(pieces), where


# Those a union introduced, said with no "mà" or "do" before the union: "Trong 1.236 người công đoàn
# giới thiệu thì đã có 702 người được kết nạp", "Trong bốn mươi sáu người công đoàn giới thiệu thì
# Đảng ủy công ty đã kết nạp hai mươi chín đồng chí" (probes318, as speech says it), read with
# "do" ("… người do công đoàn giới thiệu …").
_INTRODUCED_BY_UNSAID_RE = re.compile(
    r"(?<=\b[Tt]rong\s)(?:(?:tổng\s+)?số\s+)?(?:[^,;.()]|(?<=\d)\.(?=\d)){1,60}?\s"
    # (or by their work: "Trong số 24 giảng viên trẻ công đoàn giới thiệu …", probes460)
    r"(?:người|đoàn viên|công nhân|quần chúng|CNLĐ|NLĐ|lao động|đồng chí|giáo viên|giảng viên|"
    r"viên chức|công chức|nhân viên|cán bộ|y,? bác sĩ|bác sĩ|điều dưỡng|kỹ sư)"
    r"(?:\s+(?:ưu tú|trẻ|tiêu biểu))?\s+"
    r"(?=(?:các\s+)?(?:cấp\s+)?(?:công đoàn|CĐCS|CĐ|LĐLĐ)\b[^,;.\d]{0,40}?\s"
    r"(?:đã\s+)?giới thiệu\b)",
    re.IGNORECASE,
)


def with_introducers_said(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with "do" before the union that introduced those counted, where it is unsaid
    (_INTRODUCED_BY_UNSAID_RE; see _rewritten)."""
    if "giới thiệu" not in sentence.lower():
        return _unchanged(sentence)
    return _rewritten(sentence, _INTRODUCED_BY_UNSAID_RE, lambda m: m.group(0) + "do ")


# "được có" before a count is speech's "only so many", the deed done: "Năm ngoái chỉ thành lập được
# có ba công đoàn cơ sở" (probes460), read as "thành lập được ba …" (not "có N CĐCS", a stock).
_ONLY_SO_MANY_RE = re.compile(
    rf"(?<=\bđược)\s+có\s+(?=(?:(?:khoảng|chừng|độ|gần|hơn|trên)\s+)?(?:\d|(?:{NUMBER_IN_WORDS})\b))",
    re.IGNORECASE,
)


def with_only_so_many_said_plainly(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with "được có" before a count read "được" (_ONLY_SO_MANY_RE; see _rewritten)."""
    if "được có" not in sentence.lower():
        return _unchanged(sentence)
    return _rewritten(sentence, _ONLY_SO_MANY_RE, " ")


# The turn's word said after "cho" before the values in turn is read before it: "mở lớp tập huấn
# kỹ năng vận động thành lập CĐCS cho lần lượt 64 và 52 cán bộ" (probes906) read as "lần lượt cho
# 64 và 52 …", the order the readers of values in turn know. (Not "với lần lượt 215, 148 và 96 đoàn
# viên" after unions founded: members_of_unions_founded_in_turn reads it as written.)
_TURN_AFTER_ITS_PREPOSITION_RE = re.compile(
    r"\b(?P<preposition>cho)\s+(?P<turn>lần lượt|tương ứng|theo thứ tự)(?=\s+\d)",
    re.IGNORECASE,
)


def with_turn_said_before_its_preposition(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with "cho lần lượt N …" read "lần lượt cho N …"
    (_TURN_AFTER_ITS_PREPOSITION_RE; see _rewritten)."""
    return _rewritten(
        sentence,
        _TURN_AFTER_ITS_PREPOSITION_RE,
        lambda m: f"{m['turn']} {m['preposition']}",
    )


# A target raised to a count is that count's target, as a plan says it: "…; năm nay chỉ tiêu lên
# 2.500 đoàn viên mà đến giờ mới được 1.600", "…, năm nay chỉ tiêu tăng lên 1.800 thì đến giờ mới
# được hơn 1.100" (probes835, probes836), read "chỉ tiêu 2.500 …" (not "lên N", a stock raised to).
_TARGET_RAISED_TO_RE = re.compile(
    # (raised by someone too: "năm 2026, tỉnh dự kiến nâng chỉ tiêu lên 4.500 đoàn viên",
    # probes312; though not what was only proposed, "nêu khả năng nâng chỉ tiêu lên 5.500 đoàn
    # viên, nhưng chưa được … thông qua", probes347, which it reads as a plan)
    r"(?<=\bchỉ tiêu)\s+(?:(?:đã|được|cũng)\s+)?(?:tăng|nâng)?\s*lên\s+"
    rf"(?=(?:(?:khoảng|chừng|gần|hơn|trên)\s+)?(?:\d|(?:{NUMBER_IN_WORDS})\b))",
    re.IGNORECASE,
)


def with_targets_raised_to_said_plainly(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with "chỉ tiêu (tăng) lên N" read "chỉ tiêu N" (_TARGET_RAISED_TO_RE)."""
    if "lên" not in sentence or "chỉ tiêu" not in sentence.lower():
        return _unchanged(sentence)
    return _rewritten(sentence, _TARGET_RAISED_TO_RE, " ")


# The share of a target completed, said "là" as a report's table heads it: "… cho biết tỷ lệ hoàn
# thành các chỉ tiêu thành lập CĐCS, kết nạp đoàn viên năm 2024 là 120% và 103%, theo thứ tự"
# (probes850), read "… đạt 120% …" as "chỉ tiêu kết nạp đoàn viên đạt 103%" is.
_SHARE_OF_THE_TARGET_IS_RE = re.compile(
    r"\bt[ỷỉ] lệ hoàn thành\s+(?:các\s+)?chỉ tiêu\b(?:[^\d%;:.]|\b(?:19|20)\d\d\b){1,80}?"
    # (not after the turn's word, which the readers of percents in turn read with "là": "…, với tỷ
    # lệ hoàn thành chỉ tiêu Đại hội tương ứng là 124%, 104,6% và 107%", probes605)
    r"(?<!lần lượt)(?<!tương ứng)(?<!theo thứ tự)\s(?P<is>là)\s+(?=(?:(?:khoảng|gần|hơn|trên)\s+)?"
    r"\d[\d.]*(?:,\d+)?\s*%)",
    re.IGNORECASE,
)


def with_shares_of_the_target_said_reached(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with "tỷ lệ hoàn thành chỉ tiêu … là N%" read "… đạt N%"
    (_SHARE_OF_THE_TARGET_IS_RE)."""
    if "hoàn thành" not in sentence.lower():
        return _unchanged(sentence)
    return _rewritten(sentence, _SHARE_OF_THE_TARGET_IS_RE, "đạt", group="is")


# The results since the start of a period raised to a count, the deed left to "kết quả": "…, nâng
# kết quả từ đầu năm lên 1.042 đoàn viên, đạt 94,7% chỉ tiêu năm", "… nâng kết quả 10 tháng năm
# 2024 lên 4.210 đoàn viên, đạt 105,3% kế hoạch năm" (probes630), read as the running total of
# new ones CONVENTIONS.md counts ("nâng tổng số đoàn viên kết nạp mới từ đầu năm lên …"); one
# noun only (not "lên 14 CĐCS và 6.540 đoàn viên"). The noun goes in before "kết quả" and the
# deed in its place, so a figure's words that start at the deed start at "kết quả".
_RAISED_TO_A_COUNT = (
    r"(?=[^,;:]{{0,60}}?\s+lên\s+(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d.]*\s+"
    r"(?:(?P<member{0}>đoàn viên|ĐVCĐ)|CĐCS|công đoàn cơ sở)\b(?!\s*(?:và|,)\s*\d))"
)
# (or "đưa": "…, đưa kết quả cả năm lên 512 đoàn viên, đạt 102,4% chỉ tiêu", probes663)
# (or the deed named after "kết quả", the count's noun bare: "…, nâng kết quả phát triển đoàn viên
# từ đầu năm 2025 lên 15.870 người, đạt 93,4% chỉ tiêu", "… nâng kết quả thành lập CĐCS năm 2025
# lên 118 đơn vị, đạt 107,3% chỉ tiêu", probes903: read "nâng tổng số đoàn viên kết nạp mới …",
# "nâng tổng số CĐCS thành lập mới …")
_A_DEED_RAISED_TO = (
    r"\s+(?:(?P<deed{0}>(?:phát triển|kết nạp)(?:\s+mới)?\s+(?:đoàn viên|ĐVCĐ))"
    r"|thành lập(?:\s+mới)?\s+(?:CĐCS|công đoàn cơ sở))"
    r"(?=[^,;:]{{0,60}}?\s+lên\s+(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d.]*\s+"
    r"(?:người|đơn vị|đoàn viên|ĐVCĐ|CĐCS|công đoàn cơ sở)\b(?!\s*(?:và|,)\s*\d))"
)
_RESULTS_RAISED_TO_RE = re.compile(
    r"(?:(?<=\bnâng\s)|(?<=\bđưa\s))(?:(?=kết quả" + _A_DEED_RAISED_TO.format("") + ")"
    r"|kết quả"
    + _A_DEED_RAISED_TO.format("2")
    + r"|(?=kết quả"
    + _RAISED_TO_A_COUNT.format("")
    + ")"
    r"|kết quả" + _RAISED_TO_A_COUNT.format("2") + ")",
    re.IGNORECASE,
)


def _total_of_new_ones(match: re.Match) -> str:
    if match["deed"] or match["deed2"]:
        members = True
    elif match.group(0).lower().startswith("kết quả "):
        members = False
    else:
        members = match["member"] or match["member2"]
    if not match.group(0):
        return "tổng số đoàn viên " if members else "tổng số CĐCS "
    return "kết nạp mới" if members else "thành lập mới"


def with_results_raised_to_said_as_totals(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with "nâng (đưa) kết quả … lên N đoàn viên" read "nâng tổng số đoàn viên kết nạp
    mới … lên N đoàn viên" (_RESULTS_RAISED_TO_RE; see _rewritten)."""
    if "nâng kết quả" not in sentence.lower() and "đưa kết quả" not in sentence.lower():
        return _unchanged(sentence)
    return _rewritten(sentence, _RESULTS_RAISED_TO_RE, _total_of_new_ones)


# ... and raised to counts of both deeds, their percents of the plan after them: "…, nâng kết quả
# từ đầu năm lên 41 CĐCS và 7.854 đoàn viên, lần lượt đạt 82% và 87,3% kế hoạch năm" (probes622,
# 653, 669, 687, 697, 699, 712, 718, 729, 735 and 777 read each as the period's count, as
# CONVENTIONS.md reads a running total with its percent of the plan); each count gets its deed
# written before it. With no percent of the plan they stay totals.
_RAISED_RESULT = (
    r"(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d.]*\s+(?:đoàn viên|ĐVCĐ|CĐCS|công đoàn cơ sở)\b"
)
_RESULTS_RAISED_TO_LISTED_RE = re.compile(
    r"(?:(?<=\bnâng\s)|(?<=\bđưa\s))kết quả[^,;:]{0,60}?\s+lên\s+"
    rf"(?P<items>{_RAISED_RESULT}(?:\s*(?:,|và)\s*{_RAISED_RESULT})+)"
    r"(?=[^;]*?\d\s*%\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|KH\b)"
    # (or set against the targets named after them: "…, nâng kết quả 9 tháng lên 4.410 đoàn viên,
    # 21 CĐCS, song vẫn còn cách xa chỉ tiêu 7.000 đoàn viên và 35 CĐCS …", probes915)
    rf"|\s*{FAR_FROM_THE_TARGETS}\s+\d)",
    re.IGNORECASE,
)
_A_RAISED_RESULT_RE = re.compile(_RAISED_RESULT, re.IGNORECASE)
# (or a target met with them, the deed left to the plan: "Thành phố giao 18 CĐCS và 1.100 đoàn
# viên, LĐLĐ huyện Thanh Trì đã hoàn thành với 20 CĐCS và 1.157 đoàn viên", "… được giao chỉ tiêu
# 600 đoàn viên và đã hoàn thành với 615 đoàn viên mới", probes791; not past a deed of its own,
# "hoàn thành vượt mức chỉ tiêu phát triển đoàn viên với 5.230 đoàn viên mới", read as it is)
_PLAN_MET_WITH_RE = re.compile(
    r"\b(?:hoàn thành|vượt)(?:\s+(?:vượt mức|mức|chỉ tiêu|kế hoạch|được giao|đề ra|năm|\d{4}))*"
    rf"\s+với\s+(?P<items>{_RAISED_RESULT}(?:\s*(?:,|và)\s*{_RAISED_RESULT})*)",
    re.IGNORECASE,
)


def _inserted(sentence: str, insertions: list[tuple[int, str]]) -> tuple[str, Sequence[int]]:
    """`sentence` with each text inserted at its position, and the positions as _rewritten gives
    them (an insertion stands for the character after it)."""
    pieces, where, kept_from = [], [], 0
    for at, text in insertions:
        pieces.append(sentence[kept_from:at] + text)
        where.extend(range(kept_from, at))
        where.extend([at] * len(text))
        kept_from = at
    pieces.append(sentence[kept_from:])
    where.extend(range(kept_from, len(sentence) + 1))
    return "".join(pieces), where


_ITS_DEED_AFTER_RE = re.compile(
    r"\s+(?:mới\s+)?(?:được\s+)?(?:kết nạp|thành lập|phát triển)\b", re.IGNORECASE
)


def with_deeds_of_counts_done_said(sentence: str) -> tuple[str, Sequence[int]]:
    """`sentence` with the deed written before each count done whose deed is left to a frame:
    "nâng kết quả … lên 41 CĐCS và 7.854 đoàn viên, … đạt 82% và 87,3% kế hoạch" read "… lên thành
    lập mới 41 CĐCS và kết nạp mới 7.854 đoàn viên, …" (_RESULTS_RAISED_TO_LISTED_RE), "đã hoàn
    thành với 20 CĐCS" read "đã hoàn thành với thành lập mới 20 CĐCS" (_PLAN_MET_WITH_RE)."""
    lowered = sentence.lower()
    frames = []
    if "kết quả" in lowered:
        frames.append(_RESULTS_RAISED_TO_LISTED_RE)
    if "với" in lowered and ("hoàn thành" in lowered or "vượt" in lowered):
        frames.append(_PLAN_MET_WITH_RE)
    insertions = []
    for frame in frames:
        for listed in frame.finditer(sentence):
            for item in _A_RAISED_RESULT_RE.finditer(sentence, listed.start("items"), listed.end()):
                # (not a count whose deed is said after it: "… vượt chỉ tiêu năm 2024 với 2.860
                # đoàn viên kết nạp mới (chỉ tiêu 2.500)", probes763)
                if _ITS_DEED_AFTER_RE.match(sentence, item.end()):
                    continue
                members = re.search(r"đoàn viên|ĐVCĐ", item.group(0), re.IGNORECASE)
                insertions.append((item.start(), "kết nạp mới " if members else "thành lập mới "))
    if not insertions:
        return _unchanged(sentence)
    return _inserted(sentence, sorted(insertions))
