"""Counts of the other indicators said in speech with the indicator put first, as the topic.

Chairs answering a reporter name the indicator, then "thì", then what was done of it: "Đối
thoại thì năm nay các xí nghiệp làm được 14 cuộc", "Còn thỏa ước nhóm thì tháng 5 vừa rồi mới có
7 doanh nghiệp dệt may … cùng ký", "Hội nghị người lao động thì 100% xí nghiệp tổ chức xong trước
tháng 4" (probes323). No other rule reads them: the indicator's name stands before the count, and
the count's noun is a bare "cuộc" or the units that held it. (Members and unions founded said so
are read by targets.counts_of_their_topic.) And ratings put first, then the units rated so: "Xuất
sắc thì 74 cơ sở, hoàn thành tốt thì hơn 150 cơ sở". And an infographic's cells, the indicator
named before a colon: "CĐCS hoàn thành tốt nhiệm vụ: 1.187/1.342 (88,4%)".
"""

from __future__ import annotations

import re

from . import wording as w
from .figure import Figure, counted_figure, percent_after, qualifiers_of, take_percent, within
from .headed_tables import indicator_named
from .indicators import grade_label, lowest_grade
from .numbers import QUALIFIER, parse_number, quantities

_TOPIC_RE = re.compile(
    # (or opened by "riêng" or "về" and a comma, in reports too: "Riêng công tác đối thoại, Công
    # đoàn Khu kinh tế … đã phối hợp tổ chức 126 cuộc, đạt 105% kế hoạch năm 2024", probes940)
    r"(?:^|[,;:“\"(–-])\s*(?:(?P<topic>riêng|về)\s+(?:công tác\s+)?|còn\s+)?"
    # (with what kind of dialogue it is: "còn đối thoại khi có yêu cầu thì có 11 cuộc", probes323)
    r"(?P<noun>(?:hội nghị\s+)?đối thoại(?:\s+[^\s,;.:\d]+){0,5}?"
    r"|hội nghị (?:người lao động|NLĐ|CNVCLĐ|cán bộ,? công chức(?:,?\s*viên chức)?|CBCC(?:VC)?)"
    r"|(?:thỏa ước|thoả ước)(?:\s+lao động tập thể)?(?:\s+nhóm)?)"
    # (the rest of its clause, up to a full stop or a semicolon: "Còn đối thoại thì tôi nói thẳng,
    # năm ngoái mình làm 4 cuộc định kỳ, 2 cuộc đột xuất …", probes323; or "là" and its count
    # straight after: "Hội nghị người lao động là 1.052, …", probes327)
    r"(?:\s+(?:thì|(?P<is>là))\s+|(?(topic)\s*(?P<comma>,)\s+|(?!)))(?P<rest>(?:[^;.!?]|\.(?=\d)){1,120})",
    re.IGNORECASE,
)
# After "là", the count comes first, bare or with its noun (not "là dịp", "là 1 trong 3 …").
_IS_GAP_RE = re.compile(r"(?:(?:được|có)\s+)?(?:(?:khoảng|hơn|gần|trên|xấp xỉ)\s+)?", re.IGNORECASE)
_BARE_END_RE = re.compile(r"\s*(?:[,;.!?”\")]|$)")
# The next indicator named in the clause after one put first, with its count of units: "Hội nghị
# người lao động là 1.052, đối thoại định kỳ cũng xấp xỉ, khoảng 1.030 doanh nghiệp" (probes327).
_NEXT_TOPIC_RE = re.compile(
    r"[,;]\s*(?:còn\s+)?(?P<noun>(?:hội nghị\s+)?đối thoại(?:\s+định kỳ|\s+đột xuất)?"
    r"|hội nghị (?:người lao động|NLĐ)|(?:thỏa ước|thoả ước)(?:\s+lao động tập thể)?)"
    r"\s+(?P<rest>(?:[^;.!?“”\"]|\.(?=\d)){1,80})",
    re.IGNORECASE,
)
# What the count is of: the meetings themselves, or the units that held or signed them.
# (times met, and agreements: "… đã ngồi với nhau 6 lần", "ký lại khi hết hạn 118 bản", probes327)
_MEETINGS_RE = re.compile(r"\s*(?:cuộc|buổi|hội nghị|lần|bản)\b", re.IGNORECASE)
_UNITS_DID_RE = re.compile(
    rf"\s*(?:{w.ENTERPRISE_UNIT.pattern})[^,;\d]{{0,40}}?\b(?:tổ chức|ký|ký kết|thực hiện)\b",
    re.IGNORECASE,
)
_UNITS_RE = re.compile(rf"\s*(?:{w.ENTERPRISE_UNIT.pattern})", re.IGNORECASE)
_PARTS_RE = re.compile(r"\b(?:gồm|bao gồm|trong đó)\b", re.IGNORECASE)
# After a topic opened with a comma, a count is the topic's only right after its deed: not what
# there is ("Về thỏa ước, đến giờ có 842 bản còn hiệu lực", probes162), nor a plan ("…, chỉ tiêu
# năm 2024 … là 60 bản ký mới", probes872).
_DEED_BEFORE_RE = re.compile(
    r"\b(?:tổ chức|ký(?:\s+kết)?|thực hiện)(?:\s+(?:được|mới|lại))*\s+"
    rf"(?:(?:{QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
# Not done: what is still to do, or what was not done.
_NOT_DONE_RE = re.compile(r"\b(?:chưa|không|còn thiếu)\b", re.IGNORECASE)
# Nor how much the count rose: "…, tăng hơn 100 cuộc so với cùng kỳ" (probes231).
_A_RISE_RE = re.compile(r"\b(?:tăng|giảm|nhiều hơn|ít hơn)(?:\s+(?:thêm|được))?\s*$", re.I)


def _label_of(noun: str) -> str | None:
    return next((label for label, pattern in w.OTHER_LABELS if pattern.search(noun)), None)


def _counted_end(sentence: str, quantity, bare: bool) -> int | None:
    """Where the count ends with what it counts: meetings, or the units that held them (not a
    percent of meetings), or, where `bare`, the count alone that ends its clause."""
    meetings = _MEETINGS_RE.match(sentence, quantity.end)
    if meetings:
        return None if quantity.percent else meetings.end()
    units = _UNITS_DID_RE.match(sentence, quantity.end)
    if units:
        return units.end()
    if bare and not quantity.percent and _BARE_END_RE.match(sentence, quantity.end):
        return quantity.end
    return None


def _next_topic_counts(sentence: str, after: int, figures: list[Figure]) -> list[tuple]:
    """(count, its end, label) of each other indicator named after `after` in the next clauses
    of one put first (_NEXT_TOPIC_RE), counted in units or meetings past at most a hedge."""
    found: list[tuple] = []
    for said in _NEXT_TOPIC_RE.finditer(sentence, after):
        label = _label_of(said["noun"])
        quantity = next(
            (q for q in quantities(sentence) if said.start("rest") <= q.start < said.end("rest")),
            None,
        )
        if label is None or quantity is None or quantity.percent or within(figures, quantity.start):
            continue
        before = sentence[said.start("rest") : quantity.start]
        if _NOT_DONE_RE.search(before) or _A_RISE_RE.search(before):
            continue
        counted = _MEETINGS_RE.match(sentence, quantity.end) or _UNITS_RE.match(
            sentence, quantity.end
        )
        if counted:
            found.append((quantity, counted.end(), label))
    return found


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
        counted_end = None
        for quantity in quantities(sentence):
            if not rest_start <= quantity.start < said.end("rest"):
                continue
            # (after "là", only the count said straight after it, bare where its clause ends)
            if said["is"] and (
                found or not _IS_GAP_RE.fullmatch(sentence, rest_start, quantity.start)
            ):
                break
            # (the parts of a count already read: "… 6 lần, gồm 4 lần định kỳ và 2 lần đột xuất";
            # or read before: "Riêng thỏa ước thì năm nay có thêm 47 doanh nghiệp ký kết, trong đó
            # 12 bản được đánh giá loại A", probes727)
            if counted_end is not None and _PARTS_RE.search(sentence, counted_end, quantity.start):
                break
            if within(figures + added, quantity.start):
                counted_end = quantity.end
                continue
            before = sentence[rest_start : quantity.start]
            if said["comma"] and not _DEED_BEFORE_RE.search(before):
                continue
            if (
                _NOT_DONE_RE.search(before)
                or _A_RISE_RE.search(before)
                or w.MONEY_UNIT.match(sentence[quantity.end :].lstrip())
            ):
                continue
            end = _counted_end(sentence, quantity, bare=bool(said["is"]))
            if end is None:
                continue
            found.append((quantity, end))
            counted_end = end
        found += _next_topic_counts(sentence, found[-1][1], figures + added) if found else []
        kind = "plan" if w.PLAN_MARKERS.search(said["rest"]) else "result"
        for quantity, end, *next_label in found:
            figure = counted_figure(
                "other",
                kind,
                quantity.start,
                end,
                quantity,
                label=next_label[0] if next_label else label,
            )
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


# An infographic's cell, another indicator named before a colon and its count, units or percent
# after: "CĐCS hoàn thành tốt nhiệm vụ: 1.187/1.342 (88,4%)", "Số CĐCS đã tổ chức đại hội nhiệm
# kỳ 2023–2028: 1.930/2.410 (80,1%)", "Ký mới TƯLĐTT: 286 bản, vượt 14,4% kế hoạch 6 tháng"
# (probes340).
_CELL_RE = re.compile(
    r"(?:^|[|;])\s*(?:[–•+*-]\s*|\d{1,2}[.)]\s+)?(?P<label>[^\W\d_][^:|;]{2,80}?)\s*:\s*"
    rf"(?:(?:{QUALIFIER})\s+)?(?=\d)",
    re.IGNORECASE,
)
# (the units rated, who held one or signed one; not people, visits, money)
_CELL_UNITS_RE = re.compile(
    # (the cell ends there: "Hội nghị người lao động: 40 doanh nghiệp đã đăng ký tài trợ giải" says
    # something else of them)
    rf"(?:\s*(?:{w.ENTERPRISE_UNIT.pattern}|CĐCS|cuộc|bản|hội nghị)\b)?(?=\s*(?:[(,;|.]|$))",
    re.IGNORECASE,
)
_SHARE_IN_BRACKETS_RE = re.compile(
    r"\s*\(\s*(?:đạt\s+|chiếm\s+)?(?P<pct>\d{1,3}(?:,\d+)?)\s*%\s*\)", re.IGNORECASE
)
_COUNT_IN_BRACKETS_RE = re.compile(
    # (past what they did: "98% doanh nghiệp có CĐCS đã tổ chức (1.294 đơn vị)", probes181)
    # (or of all of them: "CĐCS đạt vững mạnh: 96,4% (215/223 CĐCS)", probes364)
    r"[^();|\d]{0,50}?\(\s*(?P<n>\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?:\s*/\s*(?P<of>\d{1,3}(?:\.\d{3})+|\d+))?\s+"
    rf"(?:{w.ENTERPRISE_UNIT.pattern}|CĐCS)[^()]*\)",
    re.IGNORECASE,
)
_TARGET_IN_BRACKETS_RE = re.compile(
    r"\s*\(\s*(?:chỉ tiêu|kế hoạch|KH)\s*:?\s*(?P<n>\d{1,3}(?:\.\d{3})+|\d+)[^()]*\)",
    re.IGNORECASE,
)
# (a rating named with the units it rates: "CĐCS hoàn thành tốt nhiệm vụ", "CĐCS khối … đạt")
_RATED_BEFORE_RE = re.compile(r"^(?:số\s+)?(?:CĐCS|công đoàn cơ sở)\s+(?:(?:đạt|được)\s+)?", re.I)
# (not a plan, a rise, what was not done, nor what there is: "TƯLĐTT còn hiệu lực: 4.120 bản")
_NOT_A_RESULT_RE = re.compile(
    # (nor those that have one, "Số doanh nghiệp có thỏa ước: 1.015", probes244; nor unscheduled
    # dialogues, which writers read either way, probes187 and probes339)
    r"\b(?:chỉ tiêu|kế hoạch|mục tiêu|tăng|giảm|chưa|không|hiệu lực|hiện có|tổng số|đột xuất)\b"
    r"|\bcó\s+(?:thỏa ước|thoả ước|TƯLĐTT)",
    re.IGNORECASE,
)


def _cell_indicator(label: str) -> str | None:
    """The other indicator's label a cell's name gives, or None."""
    named = indicator_named(label) or indicator_named(_RATED_BEFORE_RE.sub("", label))
    if named is None or named[0] != "other" or _NOT_A_RESULT_RE.search(label):
        return None
    return named[2]


def other_counts_in_their_cells(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The count of each infographic cell that names another indicator before its colon
    (_CELL_RE): x/y of all units with their share, a count of units or meetings with its percent
    of the plan, or a share alone."""
    added: list[Figure] = []
    found: list | None = None
    for cell in _CELL_RE.finditer(sentence):
        label = _cell_indicator(cell["label"])
        if label is None:
            continue
        found = quantities(sentence) if found is None else found
        quantity = next((q for q in found if q.start == cell.end()), None)
        if quantity is None or within(figures + added, quantity.start):
            continue
        units = None if quantity.percent else _CELL_UNITS_RE.match(sentence, quantity.end)
        if not quantity.percent and units is None:
            continue
        end = quantity.end if quantity.percent else units.end()
        figure = counted_figure("other", "result", cell.start("label"), end, quantity, label=label)
        figure.qualifiers.update(qualifiers_of(quantity, "result", sentence, end))
        if quantity.percent:
            figure.achieved = figure.target = None
            figure.percent, figure.percent_kind = quantity.value, "rate"
            # (its count in brackets: "Đối thoại định kỳ: 97,3% (440 doanh nghiệp)", probes290)
            if counted := _COUNT_IN_BRACKETS_RE.match(sentence, end):
                figure.achieved, figure.end = parse_number(counted["n"]), counted.end()
                if counted["of"]:
                    figure.target = parse_number(counted["of"])
        elif share := _SHARE_IN_BRACKETS_RE.match(sentence, end):
            # (a share of all units, or, past 100, the percent of the plan)
            percent = parse_number(share["pct"])
            figure.percent, figure.percent_kind = percent, "rate" if percent <= 100 else "of_target"
            figure.end = share.end()
        elif percent := percent_after(sentence, end, quantity, "other"):
            take_percent(figure, percent)
        # (its target in brackets: "ký mới: 812 bản (chỉ tiêu: 750 bản)", probes230)
        if figure.target is None and (target := _TARGET_IN_BRACKETS_RE.match(sentence, figure.end)):
            figure.target, figure.end = parse_number(target["n"]), target.end()
        added.append(figure)
    return sorted(figures + added, key=lambda f: f.start) if added else figures
