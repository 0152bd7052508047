"""Quantities as Vietnamese news writes them: "1.400", "60,5%", "2,2 triệu", "hơn 300", "11/20",
"8 trên 25", "8.000 – 11.000", "từ 2.000 đến 2.500", "một".

A quantity is found by `quantities(sentence)`; what it counts (its unit) is decided elsewhere.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

# Vietnamese writes the thousands separator as a dot and the decimal mark as a comma. Some pages
# write a percent's decimals after a dot ("đạt 116.4%", "315.63%"): a dot before one or two digits
# is never a thousands separator, which groups three.
_DIGITS = r"\d{1,3}\.\d{1,2}(?=\s*%)|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_DECIMAL_POINT_RE = re.compile(r"\d+\.\d{1,2}")
# Number words are only read when a counted noun follows (checked by the caller): "năm" is
# also "year", "ba" a name. Up to 999, as written out: "hai", "mười lăm", "hai mươi mốt", "ba trăm
# linh năm" (after the tens, 5 is "lăm"/"nhăm" and 1 "mốt", so "mười năm" stays ten years).
NUMBER_WORDS = {
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
}
UNIT_WORDS = r"một|hai|ba|bốn|năm|sáu|bảy|tám|chín"
# The units after a ten, or tenths of a magnitude said after it in speech (see _one); "năm" is "lăm"
# or "nhăm" there, and left out: far more often the year ("hai nghìn năm 2025" is no 2.500).
TENTHS = "một|mốt|hai|ba|bốn|tư|lăm|nhăm|sáu|bảy|tám|chín"
_TENS = rf"(?:mười|(?:{UNIT_WORDS})\s+mươi)(?:\s+(?:{TENTHS})\b)?"
# (the tens of speech too: "một trăm tám chục" 180, probes318)
# (four after "linh" is "tư" too: "hai trăm linh tư cán bộ", probes368)
_HUNDREDS = (
    rf"(?:{UNIT_WORDS})\s+trăm(?:\s+(?:linh|lẻ)\s+(?:{UNIT_WORDS}|tư)\b|\s+{_TENS}"
    rf"|\s+(?:{UNIT_WORDS})\s+chục\b)?"
)
# ("nửa triệu đoàn viên": half, before a magnitude only; "nửa đầu năm" is a time)
_WORDS = rf"{_HUNDREDS}|{_TENS}|(?:{UNIT_WORDS})|nửa(?=\s+(?:triệu|nghìn|ngàn|vạn)\b)"
# A number in words up to 999, as a rewrite may read it (see sentences.with_percent_signs).
NUMBER_IN_WORDS = rf"{_HUNDREDS}|{_TENS}|(?:{UNIT_WORDS})"
# A count said in words as speech runs it on, magnitudes and all ("hai trăm rưỡi", "mười nghìn"),
# for the rules that read a bare target or plan in words (quantities() reads its value).
SPOKEN_NUMBER = (
    rf"(?:{NUMBER_IN_WORDS})"
    rf"(?:\s+(?:nghìn|ngàn|vạn|triệu|trăm|mươi|mốt|lăm|linh|lẻ|rưỡi|{NUMBER_IN_WORDS})\b)*"
)
# ... where a bare "năm" is the year, not five: "vượt kế hoạch năm, …".
NOT_THE_YEAR = r"(?!năm\b(?!\s+(?:trăm|mươi|nghìn|ngàn|vạn|triệu)\b))"
# After a thousand, the hundreds may be none: "một nghìn không trăm năm mươi" (1.050), "hai nghìn
# linh năm" (2.005).
_AFTER_THOUSAND = (
    rf"(?:{UNIT_WORDS}|không)\s+trăm(?:\s+(?:linh|lẻ)\s+(?:{UNIT_WORDS}|tư)\b|\s+{_TENS})?"
    rf"|(?:linh|lẻ)\s+(?:{UNIT_WORDS}|tư)\b"
)
# ("gần năm chục cán bộ", "gần hai chục CĐCS": tens; "hàng chục" has no number and stays vague)
MAGNITUDES = {
    "triệu": 1_000_000,
    "nghìn": 1_000,
    "ngàn": 1_000,
    "vạn": 10_000,
    "trăm": 100,
    "chục": 10,
}
_MAGNITUDE = r"triệu|nghìn|ngàn|vạn|trăm|chục"
# Before a number: "hơn 300", "gần 2.000", "trên 90%", "ít nhất 50", "khoảng 1.000".
# (and the hedges of speech: "tầm 900 đoàn viên", "vượt chừng 4%", "cỡ 1.500 lượt", probes138)
# ("ngót" is nearly: "anh em làm được ngót 7.800 người", probes210; "trên dưới" about: "năm 2023
# trên dưới 700", probes293)
# A count in digits as Vietnamese writes it, thousands apart by dots: "1.400", "86".
COUNT_IN_DIGITS = r"\d{1,3}(?:\.\d{3})+|\d+"
QUALIFIER = (
    r"ít nhất|tối thiểu|không dưới|không ít hơn|xấp xỉ|khoảng(?: chừng)?|gần|hơn|trên dưới|trên|"
    r"chừng|tầm|cỡ"
    r"|ngót(?: nghét)?"
    # (or short of it, in speech: "năm ngoái thị xã kết nạp được chưa tới 900 đoàn viên", "tới giờ
    # mới được chưa tới 1.100", probes469, probes475)
    r"|chưa (?:tới|đến|đầy)"
    # (speech's hedges too: "năm ngoái chỉ độ 150", "năm ngoái chỉ quanh 70%", probes372)
    r"|(?<!nhiệt )(?<!mức )độ|(?<!xung )quanh"
)


_AFTER_A_MAGNITUDE = "|".join(f"(?<={word})" for word in MAGNITUDES)
# The hedges of speech (see also _spoken_ranges).
HEDGES = ("chừng", "khoảng", "tầm", "độ", "cỡ", "ước")
# The hedges a magnitude alone may follow in speech (one lookbehind each: Python's are fixed-width;
# the pattern ignores case, so "Hơn trăm người" too).
_AFTER_A_HEDGE = (
    "(?:" + "|".join(f"(?<={hedge} )" for hedge in ("hơn", "gần", "trên", "ngót", *HEDGES)) + ")"
)
_BARE_MAGNITUDE = "trăm|nghìn|ngàn|vạn|triệu"


def _one(name: str) -> str:
    """One number, digits or words, with its magnitude word; groups prefixed by `name`."""
    return (
        # ("một" of a likeness is no count: "một công nhân như mình", probes105)
        rf"(?:(?P<{name}_num>{_DIGITS})|(?P<{name}_word>{_WORDS})\b"
        # (nor "một" of any: "không có một đảng viên nào được kết nạp", "một công nhân may như em",
        # probes143, 144)
        r"(?!(?<=một)(?:\s+[^\W\d_]+){1,3}\s+(?:như|nào)\b)"
        # (or, in speech, a magnitude alone after a hedge, one of it: "hơn trăm người", "gần
        # nghìn", probes272; "cả trăm", "hàng nghìn" stay vague)
        rf"|{_AFTER_A_HEDGE}(?P<{name}_bare>{_BARE_MAGNITUDE})\b)"
        rf"(?:\s+(?P<{name}_mag>{_MAGNITUDE})\b"
        # (words go on past a thousand with hundreds: "một nghìn hai trăm đoàn viên")
        rf"(?:(?:(?<=nghìn)|(?<=ngàn))\s+(?P<{name}_more>{_AFTER_THOUSAND})"
        # (and past ten thousands or millions with thousands: "hai vạn một nghìn ba trăm" 21.300,
        # probes318)
        rf"|(?:(?<=vạn)|(?<=triệu))\s+(?P<{name}_below>(?:{NUMBER_IN_WORDS})\s+(?:nghìn|ngàn)\b"
        rf"(?:\s+(?:{_AFTER_THOUSAND}))?))?)?"
        # (and a half of the last magnitude: "ba trăm rưỡi" 350, "2 nghìn rưỡi" 2.500, probes203)
        rf"(?P<{name}_half>(?:{_AFTER_A_MAGNITUDE})\s+rưỡi\b)?"
        # (or, in speech, so many tenths of it: "năm vạn hai" 52.000, "một nghìn hai" 1.200, "hai
        # nghìn mốt" 2.100, "ba trăm tư" 340; "hai" alone was read as the count, "năm" stays year)
        rf"(?:(?:{_AFTER_A_MAGNITUDE})(?<!chục)\s+(?P<{name}_tenths>{TENTHS})\b(?!\s*[/%\d])"
        rf"(?!\s+(?:{_MAGNITUDE}|mươi|rưỡi)\b))?"
    )


# Between the two numbers of a pair: "11/20", "11/tổng số 20", "8 trên (tổng số) 25", "1.302
# trong tổng số 1.464 cơ quan", a range.
# (x of the plan's y too: "Thành lập CĐCS: 9 trên kế hoạch 8, đạt 112,5%", probes364)
_SEPARATOR = (
    r"/\s*tổng\s+số\b|/|[-–—]|\bđến\b|\btới\b|\btrên\s+tổng\s+số\b|\btrên\s+tổng\b"
    r"|\btrên\s+(?:kế hoạch|chỉ tiêu)(?:\s+(?:được\s+)?giao)?\b|\btrên\b"
    r"|\btrong\s+(?:tổng\s+)?số\b"
)
QUANTITY_RE = re.compile(
    # (a count after another's unit and a slash is its own: "17 CĐCS/1.428 đoàn viên", "62
    # lớp/5.480 lượt cán bộ"; a number after a digit's slash is a date's or a pair's)
    rf"(?:(?<![\w.,/%-])|(?<=[^\W\d_]/))"
    rf"(?:(?P<qual>{QUALIFIER})\s+)?"
    rf"(?:(?P<from>từ)\s+)?"
    + _one("a")
    # (a range of percents with its sign twice: "từ 90% đến 95% CĐCS", probes63)
    + rf"(?P<pct_a>\s*%(?=\s*(?:[-–—]|đến\b|tới\b)\s*(?:(?:{QUALIFIER})\s+)?\d))?"
    + rf"(?:\s*(?P<sep>{_SEPARATOR})\s*"
    rf"(?:(?P<qual_b>{QUALIFIER})\s+)?" + _one("b") + r")?"
    r"(?P<pct>\s*%|\s+phần\s+trăm\b)?"
    r"(?![\w/]|[.,]\d)",
    re.IGNORECASE,
)


@dataclass
class Quantity:
    """One number (or pair) in a sentence, with where it stands."""

    start: int
    end: int
    value: float | int | None
    second: float | int | None = None
    relation: str | None = None  # "of" (x/y, x trên y) or "range" (a – b, từ a đến b)
    percent: bool = False
    in_words: bool = False
    qualifiers: dict = field(default_factory=dict)

    @property
    def text_value(self):
        """The figure as the schema writes it: a number, or {"min", "max"} for a range."""
        if self.relation == "range":
            return {"min": self.value, "max": self.second}
        return self.value


def parse_number(digits: str) -> float | int:
    """ "1.400" -> 1400, "60,5" -> 60.5, "12" -> 12 (and "60.5" -> 60.5: see _DIGITS)."""
    if _DECIMAL_POINT_RE.fullmatch(digits):
        return float(digits)
    whole, _, decimals = digits.partition(",")
    whole = whole.replace(".", "")
    if decimals:
        return float(f"{whole}.{decimals}")
    return int(whole)


def _tidy(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 6)


def _value(match: re.Match, name: str) -> tuple[float | int | None, bool]:
    digits = match.group(f"{name}_num")
    words = match.group(f"{name}_word")
    bare = match.group(f"{name}_bare")
    if bare:
        value: float | int = MAGNITUDES[bare.lower()]
        in_words = True
    elif digits:
        value = parse_number(digits)
        in_words = False
    else:
        value = words_value(words)
        in_words = True
    magnitude = match.group(f"{name}_mag")
    if magnitude:
        value = value * MAGNITUDES[magnitude.lower()]
    more = match.group(f"{name}_more")
    if more and in_words:
        value += words_value(more)
    below = match.group(f"{name}_below")
    if below and in_words:
        thousands, _, rest = re.split(r"\s+(nghìn|ngàn)\b", below, maxsplit=1, flags=re.I)
        value += words_value(thousands) * 1000 + (words_value(rest) if rest.strip() else 0)
    if match.group(f"{name}_half"):
        value += _half_of_the_last_magnitude(match.group(0)[: match.end(f"{name}_half")])
    tenths = match.group(f"{name}_tenths")
    if tenths:
        said = match.string[match.start() : match.start(f"{name}_tenths")]
        value += NUMBER_WORDS[tenths.lower()] * _last_magnitude(said) / 10
    return _tidy(value), in_words


def _last_magnitude(said: str) -> int:
    last = re.findall(rf"\b(?:{_MAGNITUDE})\b", said, re.IGNORECASE)[-1]
    return MAGNITUDES[last.lower()]


def _half_of_the_last_magnitude(said: str) -> float:
    """ "hai nghìn ba trăm rưỡi": half of a hundred, the last magnitude said before "rưỡi"."""
    return _last_magnitude(said) / 2


def _the_second_alone(match: re.Match, percent: bool = True) -> Quantity:
    """The pair's second number on its own, its "trên" a qualifier (a count's starts with it)."""
    start = match.start("b_num") if match.group("b_num") else match.start("b_word")
    if not percent:
        start = match.start("sep")
    value, in_words = _value(match, "b")
    separator = match.group("sep").lower()
    qualifiers = {"achieved": "trên"} if separator.startswith("trên") else {}
    if match.group("qual_b"):
        qualifiers = {"achieved": match.group("qual_b").lower()}
    return Quantity(
        start=start,
        end=match.end(),
        value=value,
        percent=percent,
        in_words=in_words,
        qualifiers=qualifiers,
    )


def _a_year_then_over(match: re.Match, first) -> bool:
    """ "năm 2014 trên 800 đoàn viên" (heldout32): a year, then more than a count; no pair."""
    return (
        match.group("sep").lower() == "trên"
        and isinstance(first, int)
        and 1900 <= first <= 2100
        and "." not in (match.group("a_num") or ".")
        and bool(_YEAR_WORD_BEFORE_RE.search(match.string, 0, match.start()))
    )


_YEAR_WORD_BEFORE_RE = re.compile(r"\bnăm\s*$", re.IGNORECASE)


_ROUND_HUNDREDS_RE = re.compile(rf"(?:{UNIT_WORDS})\s+trăm", re.IGNORECASE)


def _magnitude_shared(match: re.Match, first, relation: str):
    """ "từ 8 đến 11 nghìn đoàn viên": the second number's magnitude is the first's too, when the
    first has none and is no greater ("8 – 11 nghìn" is 8.000 – 11.000)."""
    magnitude = match.group("b_mag")
    # (in words too: "từ bảy mươi đến tám mươi nghìn", and hundreds, which the words of the second
    # hold: "từ bảy đến tám trăm người", probes318)
    second_words = match.group("b_word") if match.group("a_word") else None
    if not magnitude and second_words and _ROUND_HUNDREDS_RE.fullmatch(second_words):
        magnitude, second_words = "trăm", second_words.split()[0]
    if relation != "range" or not magnitude or match.group("a_mag"):
        return first
    if match.group("b_num"):
        second_alone = parse_number(match.group("b_num"))
    elif second_words:
        second_alone = words_value(second_words)
    else:
        second_alone = None
    if second_alone is None or first > second_alone:
        return first
    return _tidy(first * MAGNITUDES[magnitude.lower()])


def words_value(words: str) -> int | float:
    """ "mười lăm" -> 15, "hai mươi mốt" -> 21, "ba trăm linh năm" -> 305, "nửa" -> 0.5."""
    hundreds = value = 0
    for word in words.lower().split():
        if word == "nửa":
            return 0.5
        if word == "trăm":
            hundreds, value = value * 100, 0
        elif word in ("mươi", "chục"):
            value *= 10
        elif word == "mười":
            value = 10
        elif word not in ("linh", "lẻ", "không"):
            value += NUMBER_WORDS[word]
    return hundreds + value


def _relation(sep: str | None) -> str | None:
    if not sep:
        return None
    sep = sep.lower()
    if sep.startswith(("/", "trên", "trong")):  # "11/20", "11 trên (tổng số) 20", "11 trong số 20"
        return "of"
    return "range"


def _is_year_pair(first, second, relation) -> bool:
    """ "2020-2021", "6/2022": periods and dates, not quantities."""
    if not isinstance(first, int) or not isinstance(second, int):
        return False
    if relation == "range":
        return 1900 <= first <= 2100 and 1900 <= second <= 2100
    return 1 <= first <= 12 and 1900 <= second <= 2100


# "năm" is the year, not five, after a word of time or before a stop: "Mỗi năm công ty đối thoại
# định kỳ 1 lần", "hoàn thành chỉ tiêu kết nạp đoàn viên năm, 2 đơn vị còn lại …" (probes153).
_YEAR_WORD_AFTER_RE = re.compile(
    r"\b(?:mỗi|hằng|hàng|cả|trong|đầu|cuối|giữa|của|các|những|nhiều|mấy|từng|qua|sang|suốt|"
    r"chỉ tiêu|kế hoạch|đoàn viên|lần)\s*$",
    re.IGNORECASE,
)


def _the_year_word(sentence: str, match: re.Match) -> bool:
    if (match.group("a_word") or "").lower() != "năm" or match.group("sep") or match.group("a_mag"):
        return False
    # (five of a spoken range after a hedge: "chừng năm, sáu công đoàn cơ sở", probes252)
    if match.group("qual") and re.match(rf"\s*,\s*(?:{UNIT_WORDS})\b", sentence[match.end() :]):
        return False
    # (five done, said short in speech: "Chỉ tiêu là sáu, chúng tôi làm được năm, còn một cái …",
    # probes365)
    if re.search(r"\bđược\s+$", sentence[: match.start("a_word")]):
        return False
    return bool(
        _YEAR_WORD_AFTER_RE.search(sentence, 0, match.start("a_word"))
        or re.match(r"\s*[,;.:]", sentence[match.end() :])
    )


# A number word that is part of a place's name, capitalised next to another capitalised word of
# it: "LĐLĐ huyện Thanh Ba – 5 CĐCS" (a list of probes307's kind read "Ba – 5" as a range), "quận
# Hai Bà Trưng", "huyện Ba Vì", "Năm Căn"; not a count opening a sentence ("Ba CĐCS …", "Hai công
# đoàn cơ sở …", "Năm 2024 …", "Ba Công ty …").
_A_NUMBER_WORD_RE = re.compile(r"\b(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\b")
_A_NAMES_WORD_BEFORE_RE = re.compile(r"(?:^|\s)[^\W\d_][^\W\d_]*\s$")
_A_NAMES_WORD_AFTER_RE = re.compile(
    r"\s(?!(?:Công|Tổng|Nghiệp|Liên|Doanh|Đoàn|Cán|Lớp|Người|Đơn|Chi|Đảng)\b)"
    r"[^\W\d_][^\W\d_A-ZĐ]"
)


def _names_masked(sentence: str) -> str:
    """`sentence` with the number words of names made letters that are no number (offsets kept)."""
    masked = sentence
    for word in _A_NUMBER_WORD_RE.finditer(sentence):
        before = _A_NAMES_WORD_BEFORE_RE.search(sentence, 0, word.start())
        after = _A_NAMES_WORD_AFTER_RE.match(sentence, word.end())
        named_before = before is not None and before.group(0).strip()[0].isupper()
        named_after = after is not None and after.group(0).strip()[0].isupper()
        if named_before or named_after:
            masked = masked[: word.start()] + "X" * len(word.group(0)) + masked[word.end() :]
    return masked


def quantities(sentence: str) -> list[Quantity]:
    """Every number in `sentence`, with x/y, ranges, magnitudes, percent and qualifiers read."""
    # (each a copy: the rules ask for a sentence's numbers many times over and may change what
    # they are given)
    return [replace(q, qualifiers=dict(q.qualifiers)) for q in _quantities(sentence)]


@functools.lru_cache(maxsize=256)
def _quantities(sentence: str) -> tuple[Quantity, ...]:
    found = []
    for match in QUANTITY_RE.finditer(_names_masked(sentence)):
        if _the_year_word(sentence, match):
            continue
        first, in_words = _value(match, "a")
        second = None
        relation = _relation(match.group("sep"))
        if relation == "of" and match.group("pct"):
            # "hằng năm trên 80% CĐCS": no pair ends in a percent ("năm" is the year); the percent
            # alone, its "trên" a qualifier
            found.append(_the_second_alone(match))
            continue
        if relation == "of" and _a_year_then_over(match, first):
            found.append(_the_second_alone(match, percent=False))
            continue
        if relation:
            second, _ = _value(match, "b")
            first = _magnitude_shared(match, first, relation)
            # "từ" only makes a range with "đến"/"tới"/a dash; "a/b" of a date stays a date.
            if _is_year_pair(first, second, relation):
                continue
        elif (
            match.group("from")
            and isinstance(first, int)
            and 1900 <= first <= 2100
            and "." not in (match.group("a_num") or "")
        ):
            # "từ 2022" alone is a start date ("từ 2.000 đoàn viên", written with its thousands
            # dot, is no year); "từ 10.000 đoàn viên trở lên" counts.
            continue
        qualifiers = {}
        if match.group("qual"):
            qualifiers["achieved"] = match.group("qual").lower()
        if match.group("qual_b"):
            qualifiers["target"] = match.group("qual_b").lower()
        found.append(
            Quantity(
                start=match.start(),
                end=match.end(),
                value=first,
                second=second,
                relation=relation,
                percent=bool(match.group("pct") or match.group("pct_a")),
                in_words=in_words,
                qualifiers=qualifiers,
            )
        )
    return tuple(_spoken_ranges(sentence, found))


# A range said as two numbers in a row after a hedge: "thành lập thêm chừng 5, 6 công đoàn cơ sở"
# (spoken, five or six; probes182). Not a list: the second is the next number up.
# (or after what was managed, with no hedge: "Có tháng chúng tôi thành lập được 10, 11 công đoàn cơ
# sở", probes252)
_MANAGED_RE = re.compile(r"\bđược\s*$", re.IGNORECASE)


def _the_next_round_number(first: int, second) -> bool:
    """`second` is the number after `first` ("năm, sáu trăm", "10, 11 công đoàn cơ sở") or the
    round number after it (in digits, "chừng 500, 600 đoàn viên", probes376): a rough range in
    speech."""
    step = 1
    while first and first % (step * 10) == 0:
        step *= 10
    return second in (first + 1, first + step)


def _spoken_ranges(sentence: str, found: list[Quantity]) -> list[Quantity]:
    merged: list[Quantity] = []
    for quantity in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.relation is None
            and quantity.relation is None
            and not (last.percent or quantity.percent)
            and isinstance(last.value, int)
            and _the_next_round_number(last.value, quantity.value)
            and (
                last.qualifiers.get("achieved") in HEDGES
                or _MANAGED_RE.search(sentence, 0, last.start)
            )
            and not quantity.qualifiers
            and re.fullmatch(r"\s*,\s*", sentence[last.end : quantity.start])
        ):
            merged[-1] = replace(last, end=quantity.end, second=quantity.value, relation="range")
            continue
        merged.append(quantity)
    return merged


_A_YEAR_RE = re.compile(
    r"\b(?P<first>(?:19|20)\d\d)(?:\s*[-–]\s*(?P<last>(?:19|20)\d\d))?\b"
    # (this year or last set against another with "còn": "“Mục tiêu năm 2025 là 12 CĐCS, còn năm
    # nay chúng tôi đã làm được 10”", probes423; not "Năm nay, … được giao …; tính đến hết tháng
    # 9/2024 …", probes638, where it is the year named)
    r"|\bcòn\s+(?:trong\s+)?năm\s+(?P<relative>nay|ngoái|trước|qua)\b",
    re.IGNORECASE,
)


_EVERY_YEAR_RE = re.compile(r"\b(?:mỗi|hằng|hàng)\s+năm\b", re.IGNORECASE)


def _years_said(sentence: str, start: int, end: int, every_year: bool = False) -> set[str]:
    """The years named between `start` and `end` (every year of a term, "2023-2028", with
    `every_year`, else its first and last), and this year or last as said against another ("còn
    năm nay")."""
    years: set[str] = set()
    for said in _A_YEAR_RE.finditer(sentence, start, end):
        if said["relative"]:
            years.add(said["relative"].lower())
            continue
        first, last = int(said["first"]), int(said["last"] or said["first"])
        if every_year and first < last <= first + 10:
            years.update(str(y) for y in range(first, last + 1))
        else:
            years.update({str(first), str(last)})
    return years


def of_another_year(sentence: str, targets_end: int, values_start: int) -> bool:
    """What is said done between `targets_end` and `values_start` is of a year the targets before
    are not: "… đặt mục tiêu năm 2025 thành lập 40 CĐCS, kết nạp 20.000 đoàn viên; năm 2024 đơn vị
    đạt tương ứng 38 CĐCS và 21.450 đoàn viên" (probes642), "Chỉ tiêu giai đoạn 2023-2025 là thành
    lập 60 CĐCS; riêng năm 2024, LĐLĐ tỉnh … đã thành lập 23 CĐCS" (probes659); not of a year of
    the targets' term set for every year ("Chỉ tiêu nhiệm kỳ 2023-2028 … là mỗi năm kết nạp ít
    nhất 300 đoàn viên …; năm 2024, kết quả tương ứng là 326 …", probes642)."""
    # (both years said: "được giao … ; đến hết tháng 11/2024 đã kết nạp …" is of the targets'
    # year, probes533)
    years = _years_said(sentence, targets_end, values_start)
    every_year = bool(_EVERY_YEAR_RE.search(sentence, 0, targets_end))
    before = _years_said(sentence, 0, targets_end, every_year)
    return bool(years and before) and not years & before


def within_the_targets_term(sentence: str, targets_end: int, values_start: int) -> bool:
    """Every year said between `targets_end` and `values_start` lies within a term the targets
    before name ("Nghị quyết Đại hội nhiệm kỳ 2023 – 2028 đề ra …, nhưng hết năm 2025, …",
    probes958): what is done so far of the whole term's target, not another year's."""
    years = _years_said(sentence, targets_end, values_start)
    a_term = any(
        said["last"] and int(said["first"]) < int(said["last"])
        for said in _A_YEAR_RE.finditer(sentence, 0, targets_end)
    )
    return bool(years) and a_term and years <= _years_said(sentence, 0, targets_end, True)
