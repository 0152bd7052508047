"""Counts of two times or places compared in one sentence, the second said as "con số này".

"Nếu cùng kỳ năm trước Công đoàn các Khu chế xuất và công nghiệp TP.HCM mới kết nạp được 9.450
đoàn viên thì 6 tháng đầu năm nay con số này là 13.206 đoàn viên" (probes317): the second count is
of what the first one counts, done in the time said after "thì". So is a count or share referred
back to in a clause of another time or place: "…; năm ngoái tỷ lệ này mới được khoảng 80%", "…;
năm 2025 chúng tôi phấn đấu con số này là 100%", "…; ở KCN Vân Trung, con số này là 38 trên 42".
"""

from __future__ import annotations

import re

from . import wording as w
from .figure import (
    METRICS_OF_UNIT,
    Figure,
    all_numbers,
    counted_figure,
    done_of_targets,
    numbers_of,
    percent_after,
    qualifiers_of,
    quantity_at,
    take_percent,
    unit_of,
    within,
)
from .numbers import COUNT_IN_DIGITS, QUALIFIER, of_another_year, parse_number, quantities

_THIS_COUNT_THEN_RE = re.compile(
    r"\bthì\b[^;]{0,80}?\b(?P<this>con số\s+(?:này|đó|ấy)\s+(?:(?:đã|lại|chỉ|mới|cũng)\s+)?"
    # (or fallen to: "… thì năm nay con số này chỉ còn hơn 6.800", probes327)
    r"(?:là|lên tới|lên đến|lên|tăng lên|đạt|còn|giảm còn|xuống còn))\s+",
    re.IGNORECASE,
)


def _fits(sentence: str, quantity, unit: tuple[str, int], metric: str) -> bool:
    # (unions counted as "đơn vị": "… thì 9 tháng năm nay, con số này lên tới 31 đơn vị")
    said = sentence[quantity.end : unit[1]].strip().lower()
    fits = metric in METRICS_OF_UNIT.get(unit[0], set())
    return fits or (metric == "cdcs_thanh_lap" and said == "đơn vị")


def counts_of_the_time_after(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The count "con số này" states after "thì", of the metric of the result just before it."""
    added: list[Figure] = []
    found: list | None = None
    for said in _THIS_COUNT_THEN_RE.finditer(sentence):
        before = [f for f in figures if f.end <= said.start() and f.kind == "result"]
        if not before or before[-1].metric == "other":
            continue
        first = before[-1]
        found = quantities(sentence) if found is None else found
        quantity = quantity_at(found, said.end())
        if quantity is None or quantity.percent or within(figures + added, quantity.start):
            continue
        unit = unit_of(sentence, quantity)
        if unit is not None and not _fits(sentence, quantity, unit, first.metric):
            continue
        end = unit[1] if unit else quantity.end
        figure = counted_figure(first.metric, "result", said.start("this"), end, quantity)
        figure.stage = first.stage
        figure.qualifiers.update(qualifiers_of(quantity, "result", sentence, end))
        # (and its percent of the plan, said after it: "… thì năm 2024 con số này đã tăng lên
        # 6.785 đoàn viên, vượt 13% kế hoạch", probes930)
        percent = percent_after(sentence, end, quantity, first.metric)
        if percent and percent[1] in ("of_target", "over_target"):
            take_percent(figure, percent)
        added.append(figure)
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# A count or share of the sentence referred back to: "con số này / đó / ấy", "tỷ lệ này" (or "con
# số" bare before "đã", "chỉ", "mới": "…, tính đến giữa tháng 11, con số đã là 1.105", probes504),
# said to be, reach, or be raised to a number ("phấn đấu nâng con số này lên 900 doanh nghiệp",
# probes508).
# (or "số này", "mức này", "con số tương ứng", the plan "chỉ tiêu này", its time or place said
# after it: "…, con số này năm 2022 là 5.130 đoàn viên", "…; số này ở LĐLĐ thị xã Hoàng Mai là
# 212 người", "…; năm 2025, ngành phấn đấu nâng mức này lên 110 người", "…; năm 2024, chỉ tiêu này
# được nâng lên 2.300", probes513)
_REFERRED_BACK_RE = re.compile(
    r"\b(?P<this>(?:nâng\s+)?(?:các\s+)?"
    r"(?:(?P<noun>con số|số|mức|t[ỷỉ] lệ|chỉ tiêu|kế hoạch|mục tiêu)\s+(?:này|đó|ấy|tương ứng)"
    r"|con số(?=\s+(?:đã|chỉ|mới)\b)))"
    r"(?:\s+(?:của\s+|ở\s+|tại\s+|trong\s+)?(?:năm|quý|tháng|cùng kỳ|kỳ|nhiệm kỳ|LĐLĐ|Công đoàn)\b"
    r"(?:[^,;:\d]|(?:19|20)\d\d|\b[IV]+/){0,40}?"
    r"|\s+(?:của|ở|tại)\s+[^,;:\d]{2,50}?)?"
    r"\s+(?:(?:đã|lại|chỉ|mới|cũng|vẫn|sẽ|được|dự kiến)\s+)*"
    r"(?:(?:là|lên tới|lên đến|nâng lên|lên|tăng lên|đạt|vượt|được|còn|giảm còn|xuống còn|"
    r"ở mức)\s+"
    rf"|(?=(?:{QUALIFIER})\s))",
    re.IGNORECASE,
)
# ... or a past count compared with the new one: "…, gần gấp đôi con số 380 cán bộ của năm 2022",
# "…, đạt 77%, cao hơn mức 69% của năm 2022", "…, gấp rưỡi con số 1.350 đoàn viên của cả năm
# 2023" (probes513).
_COMPARED_WITH_RE = re.compile(
    r"\b(?P<this>(?:gần\s+)?gấp\s+(?:đôi|rưỡi|ba|\d+(?:,\d+)?\s+lần)|cao hơn|thấp hơn|nhiều hơn|"
    r"ít hơn|tăng(?:\s+\S+)?\s+so với|so với)\s+(?:con số|mức|t[ỷỉ] lệ)\s+"
    r"(?=[\d.,]+\s*(?:%|[^\W\d][^,;\d]{0,20}?)?\s+(?:của\s+)?(?:cả\s+)?"
    r"(?:năm|cùng kỳ|quý|tháng|kỳ|nhiệm kỳ)\b)",
    re.IGNORECASE,
)
# What may stand between the figure referred to and its reference: times and places, no other
# count ("…, nâng tổng số đoàn viên lên 12.000; năm trước con số này là 11.000" is the total's).
_A_TIME_RE = re.compile(
    # (or so many months: "…; hết 9 tháng, các con số tương ứng mới đạt …", probes533)
    r"\b(?:(?:năm|tháng|quý|ngày|giữa tháng|cuối tháng|đầu tháng)\s+[\d/]+|(?:19|20)\d\d"
    r"|\d{1,2}\s+tháng)\b",
    re.IGNORECASE,
)


# Another time or place that the reference is said of: "…; năm ngoái tỷ lệ này …", "…; tại Công
# đoàn các KCN tỉnh Tây Ninh, tỷ lệ này là 186/240" (with none, "412 đoàn viên ưu tú được giới
# thiệu, 238 người đã đứng vào hàng ngũ của Đảng – tỷ lệ này đạt 57,8%" is the last figure's share,
# probes110).
_ANOTHER_TIME_OR_PLACE_RE = re.compile(
    # (or a part or a body named: "…; riêng Công đoàn Khu kinh tế tỉnh, tỷ lệ này đạt 72%", "…,
    # tỷ lệ này của LĐLĐ tỉnh Gia Lai là 91,2%", probes513)
    r"\b(?:năm|tháng|quý|kỳ|cùng kỳ|nhiệm kỳ|đến|hết|tại|ở|còn|riêng|LĐLĐ|Liên đoàn|Công đoàn)\b",
    re.IGNORECASE,
)
# What the count or share says with it: its percent ("186/240, đạt 77,5%") or its count of the
# whole in brackets ("96,4% (27/28 CĐCS)", probes459, probes500).
_ITS_PERCENT_RE = re.compile(
    r"\s*,\s*(?:đạt|bằng|chiếm)\s+(?:tỷ lệ\s+|tỉ lệ\s+)?(?P<p>\d{1,3}(?:,\d+)?)\s*%", re.I
)
_ITS_COUNT_RE = re.compile(
    rf"\s*\(\s*(?P<n>{COUNT_IN_DIGITS})\s*/\s*(?P<of>{COUNT_IN_DIGITS})(?:\s+[^\W\d][^)]{{0,20}})?\)"
)


# (or wished for, in speech: "…, năm nay chúng tôi muốn con số ấy lên 60", probes517)
_WISHED_RE = re.compile(r"\b(?:muốn|mong|hy vọng|hi vọng|kỳ vọng|dự kiến|sẽ)\b", re.IGNORECASE)
_ITS_TIME_AFTER_RE = re.compile(
    r"\s*(?:của\s+)?(?P<period>(?:cả\s+)?(?:năm|cùng kỳ|quý|tháng|nhiệm kỳ)\b[^,;.]{0,25}?)"
    r"(?=\s*(?:[,;.]|$))",
    re.IGNORECASE,
)
_A_TIME_SAID_RE = re.compile(
    r"\b(?P<period>(?:cùng kỳ\s+)?(?:năm|quý|tháng)\s+(?:(?:19|20)\d\d|[IV]+(?:/(?:19|20)\d\d)?|"
    r"trước|ngoái|nay)|cùng kỳ)\b",
    re.IGNORECASE,
)
_A_PLAN_NOUN_RE = re.compile(r"chỉ tiêu|kế hoạch|mục tiêu", re.IGNORECASE)
_ITS_PLACE_RE = re.compile(r"\b(?:tại|ở)\s+(?P<name>[^,;]{2,60}?)\s*,\s*$", re.IGNORECASE)
_CLAUSE_OF_ANOTHER_RE = re.compile(r";|\bthì\b|\btrong khi\b", re.IGNORECASE)


def _said_of_another_time_or_place(sentence: str, start: int, end: int) -> bool:
    """The reference at `end` opens a clause of its own time or place (after a semicolon, "thì" or
    "trong khi", or else in the words since the last comma: not "so với chỉ tiêu 14.000 đoàn viên
    cả năm, con số này mới đạt 45,1%", probes354)."""
    opened = [m.end() for m in _CLAUSE_OF_ANOTHER_RE.finditer(sentence, start, end)]
    since = opened[-1] if opened else sentence.rfind(",", start, end) + 1 or start
    return bool(_ANOTHER_TIME_OR_PLACE_RE.search(sentence, max(since, start), end))


# (the figure's target said after it, which a later rule gives it: "kết nạp được 1.020 đoàn viên,
# chỉ tiêu giao là 900; năm 2025, chỉ tiêu này …")
_A_TARGET_SAID_RE = re.compile(r"\b(?:chỉ tiêu|kế hoạch)\b[^,;\d]{0,20}?\d[\d.,]*", re.IGNORECASE)


def _blank(match: re.Match) -> str:
    """As many spaces as `match` has characters: offsets hold."""
    return " " * len(match.group(0))


def _another_count_between(
    sentence: str, start: int, end: int, found: list | None = None, first: Figure | None = None
) -> bool:
    """A number stands between `start` and `end` that is no time (nor one of `first`'s own, of
    `found`: "kết nạp được 2.315 đoàn viên, chỉ tiêu giao là 2.000; năm 2024, chỉ tiêu này …")."""
    text = _A_TARGET_SAID_RE.sub(_blank, _A_TIME_RE.sub(_blank, sentence[start:end]))
    if first is not None:
        own = numbers_of(first.achieved, first.target, first.percent)
        for quantity in found or []:
            if start <= quantity.start < end and quantity.value in own:
                a, b = quantity.start - start, quantity.end - start
                text = text[:a] + " " * (b - a) + text[b:]
    return bool(re.search(r"\d", text))


def referred_back(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The count or share "con số này" / "tỷ lệ này" states (_REFERRED_BACK_RE), of the metric,
    label and stage of the sentence's figure right before it, done or planned as its own clause
    says."""
    added: list[Figure] = []
    found: list | None = None
    referred = [*_REFERRED_BACK_RE.finditer(sentence), *_COMPARED_WITH_RE.finditer(sentence)]
    for said in sorted(referred, key=lambda m: m.start()):
        before = [f for f in figures if f.end <= said.start()]
        if not before:
            continue
        # (not values said in turn, each of its own figure: "…; năm 2025 phấn đấu các con số
        # tương ứng là 4.000 và 15", earlier_counts_in_turn's, probes514)
        done = [(f.metric, f.stage, f.label) for f in before if f.kind == "result"][-2:]
        if _VALUES_IN_TURN_AHEAD_RE.match(sentence, said.end()) and len(set(done)) == 2:
            continue
        first = before[-1]
        found = quantities(sentence) if found is None else found
        if _another_count_between(sentence, first.end, said.start(), found, first):
            continue
        quantity = quantity_at(found, said.end())
        if quantity is None or within(figures + added, quantity.start):
            continue
        compared = said.re is _COMPARED_WITH_RE
        if not compared and not _said_of_another_time_or_place(sentence, first.end, quantity.start):
            # (the figure's own share, said after it; of the plan when said so: "…; mức này vượt
            # 24% kế hoạch được giao", probes513)
            if quantity.percent and first.kind == "result" and first.percent is None:
                first.percent, first.percent_kind = quantity.value, "rate"
                yardstick = w.OF_THE_PLAN_AFTER.match(sentence, quantity.end)
                if yardstick:
                    over = re.search(r"\bvượt\s*$", sentence[: quantity.start], re.IGNORECASE)
                    first.percent_kind = "over_target" if over else "of_target"
                first.end = quantity.end
            continue
        # (planned or done as its own words say, not the figure's: "Năm 2024, … phấn đấu 100% CĐCS
        # doanh nghiệp tổ chức đối thoại …; năm 2023 tỷ lệ này mới đạt 78%", probes508)
        between = sentence[first.end : quantity.start]
        planned = (
            w.PLAN_MARKERS.search(between)
            or w.CLAUSE_PLAN_MARKERS.search(between)
            or _WISHED_RE.search(between)
        )
        noun = said["noun"] if said.re is _REFERRED_BACK_RE else None
        planned = planned or _A_PLAN_NOUN_RE.fullmatch(noun or "")
        kind = "result" if compared else "plan" if planned else "result"
        if quantity.percent:
            # (a share of what the figure before it counts: "tỷ lệ này mới được khoảng 80%")
            figure = Figure(first.metric, kind, said.start("this"), quantity.end)
            figure.percent, figure.percent_kind = quantity.value, first.percent_kind or "rate"
            hedge = next(iter(quantity.qualifiers.values()), None)
            figure.qualifiers = {"percent": hedge} if hedge else {}
            count = _ITS_COUNT_RE.match(sentence, quantity.end)
            if count:
                figure.achieved, figure.target = parse_number(count["n"]), parse_number(count["of"])
                figure.end = count.end()
        else:
            unit = unit_of(sentence, quantity)
            # (any noun for another indicator's count: "… lên 900 doanh nghiệp")
            # (or the noun the figure itself says: "… cho 720 cán bộ công đoàn cơ sở, gần gấp đôi
            # con số 380 cán bộ của năm 2022", probes513)
            fits = unit is None or first.metric == "other"
            said_as = sentence[quantity.end : unit[1]].strip().lower() if unit else ""
            fits = fits or (said_as and said_as in sentence[first.start : first.end].lower())
            if not (fits or _fits(sentence, quantity, unit, first.metric)):
                continue
            end = unit[1] if unit else quantity.end
            figure = counted_figure(first.metric, kind, said.start("this"), end, quantity)
            figure.qualifiers.update(qualifiers_of(quantity, kind, sentence, end))
            share = _ITS_PERCENT_RE.match(sentence, end)
            if share:
                figure.percent, figure.percent_kind = parse_number(share["p"]), first.percent_kind
                figure.percent_kind = figure.percent_kind or "rate"
                figure.end = share.end()
        figure.stage, figure.label = first.stage, first.label
        # (of the time said after a count compared, "… con số 380 cán bộ của năm 2022", or in the
        # reference's own words, "con số này năm 2023 là 402 đoàn viên")
        when = (
            _ITS_TIME_AFTER_RE.match(sentence, figure.end)
            if compared
            else _A_TIME_SAID_RE.search(said.group(0))
        )
        if when:
            figure.period = when["period"]
        # (of the place its clause names: "…; tại TP Đồng Xoài, con số này là 46 trên 51",
        # probes459)
        place = _ITS_PLACE_RE.search(sentence, first.end, said.start())
        if place and re.match(rf"(?:{w.BODY_WORDS})\b|(?-i:[A-ZĐ])", place["name"], re.I):
            figure.organisation = place["name"]
        added.append(figure)
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# Values said in turn, bare, of the figures of the clause before, in a clause of another time or
# place: "…, đơn vị đã kết nạp 67.318 đoàn viên và thành lập 163 CĐCS, trong khi cả nhiệm kỳ trước
# chỉ lần lượt là 31.000 và 95" (probes510), "…; năm 2023 các con số này lần lượt là 5.120 và 18".
# (each with its noun too: "…; năm 2023 con số này lần lượt là 858.886 đoàn viên và 3.296 CĐCS",
# probes24; or said done with "được" before the marker: "Năm 2023 chúng tôi mới được 210 đoàn viên
# và 1 công đoàn cơ sở, năm nay được tương ứng 365 và 4", probes514)
_A_VALUES_NOUN = (
    rf"(?:\s+(?:{w.MEMBER_WORDS}|{w.CDCS_WORDS}|người|đơn vị|nghiệp đoàn|lượt(?:\s+cán bộ)?"
    r"|cán bộ|doanh nghiệp|cuộc|bản))?"
)
_BARE_VALUES_IN_TURN_RE = re.compile(
    # (or referred back, with its place or time: "…; con số tương ứng ở Công đoàn Tổng công ty
    # Điện lực TP Hà Nội là 40 và 27", probes432)
    r"\b(?:(?:các\s+)?(?:con số|số|tỷ lệ|tỉ lệ)\s+(?:này|đó|ấy|tương ứng)"
    # (or what was done of targets: "…; hết 9 tháng, các con số tương ứng mới đạt 5 CĐCS và 721
    # đoàn viên", probes533)
    # (of a year named: "…; các con số tương ứng của năm 2022 là 5.870, 41 và 1.960", probes605)
    r"(?:\s+(?:của|ở|tại|năm|quý|trong)\b(?:[^,;:\d]|(?<=năm )(?:19|20)\d\d){0,60}?)?"
    r"\s+(?:(?:đều|mới|đã|chỉ|cũng)\s+)*"
    r"(?:là|đạt)"
    r"|(?:lần lượt|tương ứng|theo thứ tự)\s+(?:là|đạt|ở mức)"
    r"|(?:(?<=được )|(?<=đạt ))(?:lần lượt|tương ứng|theo thứ tự))\s+"
    rf"(?P<values>(?:(?:{QUALIFIER})\s+)?(?:{COUNT_IN_DIGITS}){_A_VALUES_NOUN}"
    rf"(?:\s*(?:,|và)\s*(?:(?:{QUALIFIER})\s+)?(?:{COUNT_IN_DIGITS}){_A_VALUES_NOUN})+)"
    # (or with the percents in turn they come to, which respective_percents gives them: "…, đến
    # giờ mới được lần lượt 6 và 720, tức 60% và 72%”", probes703)
    rf"(?=\s*(?:[.;”\"]|$|,\s*(?:tức(?:\s+là)?|tương đương(?:\s+với)?|bằng|đạt)\s+"
    rf"{w.QUALIFIED_PERCENT}(?:\s*(?:,|và)\s*{w.QUALIFIED_PERCENT})+\s*(?:[.;”\"]|$)))",
    re.IGNORECASE,
)
_VALUES_IN_TURN_AHEAD_RE = re.compile(
    # (not a decimal comma: "…, tỷ lệ này mới đạt 72,4%", probes528)
    rf"(?:(?:{QUALIFIER})\s+)?(?:{COUNT_IN_DIGITS})(?![.,]\d){_A_VALUES_NOUN}\s*(?:,|và)\s*"
    rf"(?:(?:{QUALIFIER})\s+)?\d",
    re.IGNORECASE,
)
# A plan said in the values' own clause: "…; năm 2025 phấn đấu các con số tương ứng là 4.000 và
# 15" (probes514) are targets of that year; a plan noun with no time of its own ("…, chỉ tiêu
# giao tương ứng là 600 và 300") names the targets of the figures before, which
# targets.bare_targets_in_turn gives them.
_PLANNED_IN_TURN_RE = re.compile(
    r"\b(?:phấn đấu|chỉ tiêu|kế hoạch|mục tiêu|dự kiến|muốn|mong|sẽ)\b", re.IGNORECASE
)
_A_TIME_OF_ITS_OWN_RE = re.compile(
    r"\b(?:(?:năm|quý|tháng)\s+(?:(?:19|20)\d\d|tới|sau|nay)|(?:19|20)\d\d|giai đoạn|nhiệm kỳ)\b",
    re.IGNORECASE,
)


def _done_of_targets_in_turn(
    sentence: str, said: re.Match, found: list, figures: list[Figure], added: list[Figure]
) -> bool:
    """Values said done in turn after as many targets given right before them are what was done
    of those targets: "Năm 2024, thành phố giao LĐLĐ huyện Bình Chánh 8 CĐCS và 2.600 đoàn viên;
    đến cuối tháng 11, huyện đã thực hiện được tương ứng 7 CĐCS và 2.412 đoàn viên" (probes514).
    Each target becomes its result, or, done in another year, each value a result of its target's
    indicator (put in `added`); True when they did."""
    targets = [f for f in figures if f.end <= said.start()][-len(found) :]
    if len(targets) != len(found) or any(
        f.kind != "plan" or f.achieved is not None or not all_numbers(f.target) for f in targets
    ):
        return False
    clause = sentence[targets[-1].end : said.start()]
    if _PLANNED_IN_TURN_RE.search(clause) or not re.search(r"\b(?:được|đạt)\b", clause + said[0]):
        return False
    if _another_count_between(sentence, targets[-1].end, said.start()):
        return False
    units = [unit_of(sentence, q) for q in found]
    if any(
        q.percent or q.relation or (unit is not None and not _fits(sentence, q, unit, f.metric))
        for q, unit, f in zip(found, units, targets, strict=True)
    ):
        return False
    done = [
        _count_of_its_indicator(target, "result", quantity, unit)
        for target, quantity, unit in zip(targets, found, units, strict=True)
    ]
    another_year = of_another_year(sentence, targets[-1].end, said.start("values"))
    added.extend(done_of_targets(targets, done, another_year))
    if not another_year:
        # (each its span the stretch from its target to what was done of it, so no value there
        # is read again)
        for target, result in zip(targets, done, strict=True):
            target.end = result.end
    return True


def _count_of_its_indicator(of: Figure, kind: str, quantity, unit) -> Figure:
    """The figure of `quantity` (its unit's end `unit`, or none) of the indicator of `of`."""
    end = unit[1] if unit else quantity.end
    figure = counted_figure(of.metric, kind, quantity.start, end, quantity)
    figure.stage, figure.label = of.stage, of.label
    figure.qualifiers.update(quantity.qualifiers)
    return figure


def earlier_counts_in_turn(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See _BARE_VALUES_IN_TURN_RE: each value a count of the metric of the figure before of its
    turn, done in the time or place its own clause says."""
    added: list[Figure] = []
    for said in _BARE_VALUES_IN_TURN_RE.finditer(sentence):
        if within(figures, said.start("values")):
            continue
        found = [
            q for q in quantities(sentence) if said.start("values") <= q.start < said.end("values")
        ]
        if len(found) >= 2 and _done_of_targets_in_turn(sentence, said, found, figures, added):
            continue
        before = [f for f in figures if f.end <= said.start() and f.kind == "result"]
        if len(found) < 2 or len(before) < len(found):
            continue
        before = before[-len(found) :]
        # (the values are already those results', read in their targets' place: "Được … giao chỉ
        # tiêu phát triển 1.800 đoàn viên và 15 CĐCS, đến ngày 30/11/2024, … đã thực hiện được
        # tương ứng 1.932 đoàn viên và 17 CĐCS", probes754)
        if all(f.achieved == q.value for f, q in zip(before, found, strict=True)):
            continue
        metrics = [(f.metric, f.stage, f.label) for f in before]
        if len(set(metrics)) != len(metrics) or any(q.percent or q.relation for q in found):
            continue
        if _another_count_between(sentence, before[-1].end, said.start()):
            continue
        if not _said_of_another_time_or_place(sentence, before[-1].end, said.start("values")):
            continue
        clause = sentence[before[-1].end : said.start("values")]
        planned = _PLANNED_IN_TURN_RE.search(clause)
        if planned and not _A_TIME_OF_ITS_OWN_RE.search(clause):
            continue
        units = [unit_of(sentence, q) for q in found]
        if any(
            unit is not None and not _fits(sentence, q, unit, first.metric)
            for q, unit, first in zip(found, units, before, strict=True)
        ):
            continue
        kind = "plan" if planned else "result"
        added.extend(
            _count_of_its_indicator(first, kind, quantity, unit)
            for quantity, first, unit in zip(found, before, units, strict=True)
        )
    return sorted(figures + added, key=lambda f: f.start) if added else figures
