"""The members of several unions founded, said in turn after them.

A founding of two unions or more names each union's members in one run of values: "LĐLĐ huyện Nam
Trực trao quyết định thành lập 2 CĐCS là CĐCS Công ty … và CĐCS Công ty …, với số đoàn viên ban đầu
lần lượt là 214 và 57 người", "3 CĐCS được thành lập tại Công ty …, … và … với số đoàn viên tương
ứng 1.230, 680 và 415 người", "Hai nghiệp đoàn quy tụ lần lượt 42 và 65 thành viên" under a launch
headline (probes703). Each value is the members its union brought in, as a union founded "với 350
đoàn viên" is read (tests/unionstats/CONVENTIONS.md): a result of members admitted."""

from __future__ import annotations

import re

from .figure import Figure, within
from .numbers import COUNT_IN_DIGITS, parse_number

_MARKER = r"(?:lần lượt|tương ứng|theo thứ tự)"
_MEMBERS_IN_TURN_RE = re.compile(
    # (the founding said before, in the same clause; or the unions launched named by the headline)
    r"(?:\b(?:thành lập|ra mắt|ra đời)\b[^;.]{0,240}?|^(?P<bare>[^;.]{0,80}?))"
    r"\b(?:với|quy tụ|tập hợp|thu hút|gồm)\s+"
    r"(?:(?:tổng\s+)?số\s+(?:đoàn viên|thành viên)(?:\s+ban đầu)?\s+)?"
    rf"{_MARKER}\s+(?:là\s+)?"
    rf"(?P<values>(?:{COUNT_IN_DIGITS})(?:\s*,\s*(?:{COUNT_IN_DIGITS}))*\s*,?\s+và\s+"
    rf"(?:{COUNT_IN_DIGITS}))(?![.,]?\d)"
    r"\s*(?:người|đoàn viên|thành viên|ĐVCĐ)?",
    re.IGNORECASE,
)
_UNIONS_RE = re.compile(r"\b(?:công đoàn|CĐCS|nghiệp đoàn)\b", re.IGNORECASE)
# (not the unions of communes and wards the 2025 reorganisation set up, whose members were moved
# there, not admitted: "Công đoàn xã Thạch Khê và Công đoàn phường Thành Sen được thành lập với lần
# lượt 620 và 1.140 đoàn viên", probes605, probes613)
_GRASSROOTS_FOUNDED_RE = re.compile(
    r"(?:thành lập|ra mắt)(?:\s+(?:mới|được|thêm))*\s+(?:\d+|hai|ba|bốn|năm)\s+"
    r"(?:CĐCS|công đoàn cơ sở|nghiệp đoàn)\b",
    re.IGNORECASE,
)
_COMMUNES_UNIONS_RE = re.compile(r"\bcông đoàn\s+(?:các\s+)?(?:xã|phường|đặc khu)\b", re.IGNORECASE)


def members_of_unions_founded_in_turn(
    sentence: str, figures: list[Figure], founding_context: bool = False
) -> list[Figure]:
    """See the module's docstring: a result of members for each value, none of them read yet
    (`founding_context`: the headline tells the unions founded, which the sentence names bare)."""
    added: list[Figure] = []
    for said in _MEMBERS_IN_TURN_RE.finditer(sentence):
        if said["bare"] is not None and not (founding_context and _UNIONS_RE.search(said["bare"])):
            continue
        clause_start = sentence.rfind(";", 0, said.start()) + 1
        # (unless a commune's union founded grassroots unions, named after its verb: "Công đoàn
        # phường Long Biên thành lập 2 CĐCS tại Công ty … và Công ty … với lần lượt 86 và 142 đoàn
        # viên", probes932)
        grassroots = _GRASSROOTS_FOUNDED_RE.match(sentence, said.start())
        if _COMMUNES_UNIONS_RE.search(sentence, clause_start, said.end()) and not grassroots:
            continue
        found = list(re.finditer(COUNT_IN_DIGITS, said["values"]))
        at = said.start("values")
        if len(found) < 2 or any(within(figures, at + value.start()) for value in found):
            continue
        added.extend(
            Figure(
                metric="doan_vien_ket_nap",
                kind="result",
                start=at + value.start(),
                end=at + value.end(),
                achieved=parse_number(value[0]),
            )
            for value in found
        )
    return sorted(figures + added, key=lambda f: f.start) if added else figures
