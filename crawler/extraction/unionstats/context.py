"""Who a figure belongs to and for when: from its sentence, else from the headline or the lead."""

from __future__ import annotations

import re

from . import wording as w

Span = tuple[int, int]
# A mention after the figure counts only when it closes the same clause: "kết nạp 300 đoàn viên
# trong 6 tháng đầu năm", not "...; đề nghị LĐLĐ tỉnh khen 4 tập thể".
_AFTER_REACH = 40
# An organisation written without its name: "LĐLĐ huyện", "Liên đoàn Lao động thị xã".
_UNNAMED = re.compile(
    r"^(?:các cấp\s+)?(?:LĐLĐ|Liên đoàn Lao động|Liên đoàn lao động|Công đoàn|công đoàn|CĐ|CĐVC)"
    r"(?:\s*\(\w+\))?"
    r"(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|ngành|khối|TP\.?|thủ đô))?$"
)


def _clean(value: str) -> str:
    return value.strip(" ,.;:-–")


def _without_person(name: str) -> str:
    """Cut a person's name that follows the organisation's own name (see wording.SURNAMES): a
    family name after two capitalised words of a run starts the person."""
    words = name.split(" ")
    run = 0
    for index, word in enumerate(words):
        if not word[:1].isupper():
            run = 0
            continue
        # (a person's name goes on after the family name; one that ends the name is a place's
        # last word: "Công đoàn Trường Cao đẳng Nghề Hải Dương")
        given = words[index + 1] if index + 1 < len(words) else ""
        if run >= 2 and word in w.SURNAMES and given[:1].isupper():
            return " ".join(words[:index])
        # (an abbreviation is no word of a place's name: "LĐLĐ TP Hà Nội", "Công đoàn các KCN
        # Bình Dương" keep their Hà and Dương, probes' writers)
        if not word.isupper():
            run += 1
    return name


_GIVES_RE = re.compile(r"\s+giao\b")
# (a part's body right after the words that name parts, or the next after "và")
_PARTS_NAMED_RE = re.compile(
    r"\b(?:trong đó|riêng)\s*,?\s*(?:có\s+)?(?:[^,;\d]*?\svà\s+)?$", re.IGNORECASE
)
_ITS_OWN_COUNT_RE = re.compile(r"[^,;]{0,60}?\d")


def _outside(match: re.Match, spans: list[Span]) -> bool:
    return all(match.end() <= a or match.start() >= b for a, b in spans)


def in_sentence(found: list[re.Match], sentence: str, own: Span, others: list[Span]) -> str | None:
    """Of the mentions `found` in `sentence`, the one for the figure at `own`: the nearest before
    it, else one inside its own words, else one that closes its clause right after it."""
    mentions = [m for m in found if _outside(m, others)]
    start, end = own
    # (a name may run into the count after it: "LĐLĐ huyện Quỳnh Phụ 812 đoàn viên", a breakdown's
    # place and its count, probes209)
    before = [m for m in mentions if m.end() <= start or _runs_into(m, start, end)]
    # (not the body that gave its target, in its words: "kết nạp 2.146 người (Tổng LĐLĐ Việt Nam
    # giao 2.000)", probes505)
    inside = [
        m
        for m in mentions
        if m.start() >= start and m.end() <= end and not _GIVES_RE.match(sentence, m.end())
    ]
    after = [
        m
        for m in mentions
        if m.start() >= end
        and m.start() - end <= _AFTER_REACH
        and not re.search(r"[;:]", sentence[end : m.start()])
        # (nor a part named after its whole with a count of its own: "toàn tỉnh kết nạp 1.900 đoàn
        # viên, trong đó LĐLĐ huyện Tân Yên và LĐLĐ huyện Yên Thế lần lượt …", probes524, "…,
        # riêng Công đoàn giáo dục TP Thủ Đức bồi dưỡng 540 lượt", probes559; one whose deed says no
        # count right after it is the body the real sets give the whole, "…, trong đó, CĐ KKT
        # thương lượng, ký kết thành công thỏa ước …", h3-054)
        and not (
            _PARTS_NAMED_RE.search(sentence[end : m.start()])
            and _ITS_OWN_COUNT_RE.match(sentence, m.end())
        )
    ]
    # (a figure whose words open with its own organisation is that one's: a tally's next place,
    # "…, LĐLĐ thành phố Phúc Yên 410", probes149)
    opening = [m for m in inside if m.start() == start]
    if opening:
        # (its count, which a name may run into, is no part of the name; a period's year is: "năm
        # 2024 đã lên 800" is in "năm 2024")
        return _clean(re.sub(r"(?<!năm)(?<!Năm)\s+\d[\d.]*$", "", opening[0].group(0)))
    chosen = (before[-1:] or inside[:1] or after[:1] or [None])[0]
    if chosen is None:
        return None
    if _runs_into(chosen, start, end):
        return _clean(chosen.string[chosen.start() : start])
    return _clean(chosen.group(0))


def _runs_into(mention: re.Match, start: int, end: int) -> bool:
    """`mention` starts before the figure at `start` and ends in its count."""
    if not mention.start() < start < mention.end() <= end:
        return False
    return re.fullmatch(r"\s*\d[\d.]*", mention.string[start : mention.end()]) is not None


def first_in(pattern: re.Pattern, text: str | None) -> str | None:
    if not text:
        return None
    match = pattern.search(text)
    return _clean(match.group(0)) if match else None


# A union named as what was founded or recognised is no body a figure belongs to: "LĐLĐ TP Nha
# Trang thành lập CĐCS Công ty CP Du lịch Biển Xanh với 96 đoàn viên" counts LĐLĐ TP Nha Trang's
# (the real sets and the probes' writers read them so: H31, h5, h7, SYN103, SYN125).
_FOUNDED_BEFORE_RE = re.compile(
    r"(?:thành lập|ra mắt|công nhận|phê duyệt)(?:\s+(?:mới|thêm|được))?\s*$", re.IGNORECASE
)


def is_founded_there(match: re.Match) -> bool:
    """Whether the organisation `match` found is named as the union founded or recognised."""
    return bool(_FOUNDED_BEFORE_RE.search(match.string, max(0, match.start() - 40), match.start()))


def first_body_in(text: str | None) -> str | None:
    """The first organisation `text` names that is no union founded there."""
    if not text:
        return None
    match = next((m for m in w.ORGANISATION.finditer(text) if not is_founded_there(m)), None)
    return _clean(match.group(0)) if match else None


def _named_more_fully(written: str, title: str | None, lead: str | None) -> tuple[str, str] | None:
    """The headline's or lead's organisation that goes on from the one the sentence writes, and
    where it came from: "Công đoàn các KCN" under "Công đoàn các KCN Bắc Giang: …"."""
    for source, text in (("title", title), ("lead", lead)):
        for match in w.ORGANISATION.finditer(text or ""):
            fuller = _clean(match.group(0))
            if fuller.startswith(written + " "):
                return _without_person(fuller), source
    return None


def _organisation(sentence, found, own, others, title, lead) -> tuple[str | None, str | None]:
    written = in_sentence(found, sentence, own, others)
    if written and not _UNNAMED.match(written):
        written = _without_person(written)
        return _named_more_fully(written, title, lead) or (written, "sentence")
    if written:
        # "Theo báo cáo của LĐLĐ quận Hồng Bàng, ... các CĐCS thuộc LĐLĐ quận giới thiệu ...":
        # the sentence named it before.
        for mention in (m for m in found if m.end() <= own[0]):
            named = _clean(mention.group(0))
            if named.startswith(written) and not _UNNAMED.match(named):
                return _without_person(named), "sentence"
    # "LĐLĐ huyện đã ..." under the headline "LĐLĐ huyện Hoài Đức: ...": the headline names it
    # (even as the union launched: "Công đoàn phường đã …" under "Ra mắt Công đoàn phường Hoàn
    # Kiếm", probes311)
    if written and (fuller := _named_more_fully(written, title, lead)):
        return fuller
    unnamed = [("sentence", written)] if written else []
    for source, text in (("title", title), ("lead", lead)):
        body = first_body_in(text)
        if body and not _UNNAMED.match(body):
            return _without_person(body), source
        if body:
            unnamed.append((source, body))
    if unnamed:
        source, value = unnamed[0]
        return value, source
    # (said in a quote that names no body, under a headline that names none: the body of the one
    # quoted, "“Thỏa ước nhóm lần này có 9 doanh nghiệp cùng ký, …”, bà Huỳnh Thị Thu, Chủ tịch
    # LĐLĐ TP Biên Hòa nói", as the probes' writers read it, probes454, 460, 519, 523, 556, 571)
    speaker = _the_speakers(found, sentence, own)
    if speaker is not None:
        return speaker, "sentence"
    return None, None


# (a quote's close, then who said it: "”, ông …, Chủ tịch LĐLĐ tỉnh Nam Định nói")
_QUOTE_CLOSED_RE = re.compile(r"[”\"]\s*,\s*")
_SAID_RE = re.compile(rf"\b(?:{w.SAY_VERBS})\b")


def _the_speakers(found: list[re.Match], sentence: str, own: Span) -> str | None:
    """The body of the one who said the quote the figure at `own` is in, named after it."""
    opened = max(sentence.rfind("“", 0, own[0]), sentence.rfind('"', 0, own[0]))
    closed = _QUOTE_CLOSED_RE.search(sentence, own[1])
    if opened < 0 or closed is None or not _SAID_RE.search(sentence, closed.end()):
        return None
    named = next((m for m in found if m.start() >= closed.end()), None)
    if named is None:
        return None
    # (a name runs on into the word of saying: "…, chị Vũ Thị Lan, Chủ tịch CĐCS Công ty CP May
    # Sông Hồng nói")
    said = _SAID_RE.search(named.group(0))
    name = _clean(named.group(0)[: said.start()] if said else named.group(0))
    return None if _UNNAMED.match(name) else _without_person(name)


_TRONG_RE = re.compile(
    r"^trong\s+(?!(?:\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười|những)\s+năm\b)", re.IGNORECASE
)


def _period(sentence, found, own, others, title, lead) -> tuple[str | None, str | None]:
    for source, value in (
        ("sentence", in_sentence(found, sentence, own, others)),
        ("title", first_in(w.PERIOD, title)),
        ("lead", first_in(w.PERIOD, lead)),
    ):
        if value:
            # "trong năm 2022" -> "năm 2022": the preposition is the sentence's, not the period's;
            # but a count of years keeps it ("Trong 5 năm qua", "trong 2 năm", as the real sets
            # write them: h8, H28, H54)
            return _TRONG_RE.sub("", value), source
    return None, None


# A body named as the one that set a target ("trên chỉ tiêu 4.000 được Tổng LĐLĐ Việt Nam giao",
# probes439) is no body a figure belongs to.
def _sets_the_target(match: re.Match) -> bool:
    sentence = match.string
    return bool(
        re.search(r"\bđược\s*$", sentence[max(0, match.start() - 10) : match.start()])
        and re.match(r"\s+giao\b", sentence[match.end() :])
    )


class Mentions:
    """The organisations and periods a sentence names, found once for all its figures."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        # "Liên đoàn Lao động tỉnh (LĐLĐ)": the bracketed abbreviation is a definition, not a
        # second organisation.
        self.organisations = [
            m
            for m in w.ORGANISATION.finditer(sentence)
            if not (
                sentence[m.start() - 1 : m.start()] == "("
                and sentence[m.end() : m.end() + 1] == ")"
            )
            and not is_founded_there(m)
            and not _sets_the_target(m)
        ]
        self.periods = list(w.PERIOD.finditer(sentence))


def organisation_and_period(
    mentions: Mentions,
    own: Span,
    others: list[Span],
    title: str | None,
    lead: str | None,
) -> dict:
    """organisation / period with where each came from ("sentence", "title", "lead" or None)."""
    sentence = mentions.sentence
    organisation, organisation_from = _organisation(
        sentence, mentions.organisations, own, others, title, lead
    )
    period, period_from = _period(sentence, mentions.periods, own, others, title, lead)
    return {
        "organisation": organisation,
        "organisation_from": organisation_from,
        "period": period,
        "period_from": period_from,
    }
