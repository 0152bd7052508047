"""Counts of the other indicators said in speech with the indicator put first, as the topic.

Chairs answering a reporter name the indicator, then "thì", then what was done of it: "Đối
thoại thì năm nay các xí nghiệp làm được 14 cuộc", "Còn thỏa ước nhóm thì tháng 5 vừa rồi mới có
7 doanh nghiệp dệt may … cùng ký", "Hội nghị người lao động thì 100% xí nghiệp tổ chức xong trước
tháng 4" (probes323). No other rule reads them: the indicator's name stands before the count, and
the count's noun is a bare "cuộc" or the units that held it. (Members and unions founded said so
are read by targets.counts_of_their_topic.) And ratings put first, then the units rated so: "Xuất
sắc thì 74 cơ sở, hoàn thành tốt thì hơn 150 cơ sở".
"""

from __future__ import annotations

import re

from . import wording as w
from .figure import Figure, counted_figure, percent_after, qualifiers_of, take_percent, within
from .indicators import grade_label, lowest_grade
from .numbers import quantities

_TOPIC_RE = re.compile(
    r"(?:^|[,;:“\"(–-])\s*(?:còn\s+|về\s+)?"
    # (with what kind of dialogue it is: "còn đối thoại khi có yêu cầu thì có 11 cuộc", probes323)
    r"(?P<noun>(?:hội nghị\s+)?đối thoại(?:\s+[^\s,;.:\d]+){0,5}?"
    r"|hội nghị (?:người lao động|NLĐ|CNVCLĐ|cán bộ,? công chức(?:,?\s*viên chức)?|CBCC(?:VC)?)"
    r"|(?:thỏa ước|thoả ước)(?:\s+lao động tập thể)?(?:\s+nhóm)?)"
    # (the rest of its clause, up to a full stop or a semicolon: "Còn đối thoại thì tôi nói thẳng,
    # năm ngoái mình làm 4 cuộc định kỳ, 2 cuộc đột xuất …", probes323)
    r"\s+thì\s+(?P<rest>[^;.!?]{1,120})",
    re.IGNORECASE,
)
# What the count is of: the meetings themselves, or the units that held or signed them.
# (times met, and agreements: "… đã ngồi với nhau 6 lần", "ký lại khi hết hạn 118 bản", probes327)
_MEETINGS_RE = re.compile(r"\s*(?:cuộc|buổi|hội nghị|lần|bản)\b", re.IGNORECASE)
_UNITS_DID_RE = re.compile(
    rf"\s*(?:{w.ENTERPRISE_UNIT.pattern})[^,;\d]{{0,40}}?\b(?:tổ chức|ký|ký kết|thực hiện)\b",
    re.IGNORECASE,
)
_PARTS_RE = re.compile(r"\b(?:gồm|bao gồm|trong đó)\b", re.IGNORECASE)
# Not done: what is still to do, or what was not done.
_NOT_DONE_RE = re.compile(r"\b(?:chưa|không|còn thiếu)\b", re.IGNORECASE)
# Nor how much the count rose: "…, tăng hơn 100 cuộc so với cùng kỳ" (probes231).
_A_RISE_RE = re.compile(r"\b(?:tăng|giảm|nhiều hơn|ít hơn)(?:\s+(?:thêm|được))?\s*$", re.I)


def _label_of(noun: str) -> str | None:
    return next((label for label, pattern in w.OTHER_LABELS if pattern.search(noun)), None)


def other_counts_of_their_topic(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Each count of the clause after an indicator put first with "thì" (_TOPIC_RE) that counts
    meetings or the units that held them: one figure of that indicator, a plan where the clause
    says one (w.PLAN_MARKERS)."""
    added: list[Figure] = []
    for said in _TOPIC_RE.finditer(sentence):
        label = _label_of(said["noun"])
        if label is None:
            continue
        rest_start = said.start("rest")
        found: list = []
        for quantity in quantities(sentence):
            if not rest_start <= quantity.start < said.end("rest"):
                continue
            if within(figures + added, quantity.start):
                continue
            before = sentence[rest_start : quantity.start]
            # (the parts of a count already read: "… 6 lần, gồm 4 lần định kỳ và 2 lần đột xuất")
            if found and _PARTS_RE.search(sentence, found[-1][1], quantity.start):
                break
            if (
                _NOT_DONE_RE.search(before)
                or _A_RISE_RE.search(before)
                or w.MONEY_UNIT.match(sentence[quantity.end :].lstrip())
            ):
                continue
            counted = _MEETINGS_RE.match(sentence, quantity.end) or _UNITS_DID_RE.match(
                sentence, quantity.end
            )
            if counted is None or (quantity.percent and counted.re is _MEETINGS_RE):
                continue
            found.append((quantity, counted.end()))
        kind = "plan" if w.PLAN_MARKERS.search(said["rest"]) else "result"
        for quantity, end in found:
            figure = counted_figure("other", kind, quantity.start, end, quantity, label=label)
            if quantity.percent:
                figure.achieved = figure.target = None
                figure.percent, figure.percent_kind = quantity.value, "rate"
            figure.qualifiers.update(qualifiers_of(quantity, kind, sentence, end))
            # (and its percent of the plan: "… ký mới và ký lại được bảy mươi tư bản, đạt một trăm
            # linh năm phần trăm kế hoạch", probes318)
            percent = None if quantity.percent else percent_after(sentence, end, quantity, "other")
            if percent and kind == "result":
                take_percent(figure, percent)
            added.append(figure)
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# A rating put first, then the units rated so: "Xuất sắc thì 74 cơ sở, hoàn thành tốt thì hơn 150
# cơ sở" (probes323), "Xếp loại khá là 81 đơn vị" (probes327).
_RATING_TOPIC_RE = re.compile(
    r"(?:^|[,;:“\"(–-])\s*(?:còn\s+)?(?:xếp loại\s+)?(?:loại\s+)?"
    rf"(?:{w.GRADE_WORDS}|(?P<good>hoàn thành tốt|hoàn thành xuất sắc))"
    r"\s+(?:thì|là)\s+",
    re.IGNORECASE,
)
_GAP_RE = re.compile(r"(?:[^,;.\d]{0,30}?\s)?(?:(?:có|được)\s+)?", re.IGNORECASE)
_RATED_UNITS_RE = re.compile(r"\s*(?:cơ sở|đơn vị|CĐCS|công đoàn(?:\s+cơ sở)?)\b", re.IGNORECASE)


def ratings_of_their_topic(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The count of units after a rating put first with "thì" or "là" (_RATING_TOPIC_RE)."""
    added: list[Figure] = []
    found: list | None = None
    for said in _RATING_TOPIC_RE.finditer(sentence):
        grade = said["grade"] or said["good"]
        # (the grade in full where a question before names it: "Ngành có bao nhiêu CĐCS hoàn
        # thành xuất sắc nhiệm vụ? – …: Xuất sắc thì có 486 cơ sở", probes272)
        if re.search(rf"hoàn thành\s+{re.escape(grade)}", sentence[: said.start()], re.I):
            grade = f"hoàn thành {grade}"
        if lowest_grade(grade):
            continue
        found = quantities(sentence) if found is None else found
        # (past a time and "có/được": "Vững mạnh thì năm nay có 120 CĐCS")
        quantity = next(
            (
                q
                for q in found
                if q.start >= said.end()
                and _GAP_RE.fullmatch(sentence, said.end(), q.start)
                and _RATED_UNITS_RE.match(sentence, q.end)
            ),
            None,
        )
        if quantity is None or quantity.relation or within(figures + added, quantity.start):
            continue
        if quantity.percent:
            continue
        units = _RATED_UNITS_RE.match(sentence, quantity.end)
        figure = counted_figure(
            "other",
            "result",
            said.start("grade" if said["grade"] else "good"),
            units.end(),
            quantity,
            label=grade_label(grade),
        )
        figure.qualifiers.update(qualifiers_of(quantity, "result", sentence, units.end()))
        added.append(figure)
    return sorted(figures + added, key=lambda f: f.start) if added else figures
