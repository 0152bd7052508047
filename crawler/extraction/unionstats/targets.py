"""Targets and what was done of them, read across a sentence's figures."""

from __future__ import annotations

import dataclasses
import itertools
import re

from . import wording as w
from .figure import (
    METRICS_OF_UNIT,
    Figure,
    all_numbers,
    as_planned,
    count_at,
    counted_figure,
    done_of_targets,
    is_its_share_of,
    is_ratio,
    number_at,
    percent_after,
    plan_or_result,
    qualifiers_of,
    quantity_at,
    rightmost,
    share_of_the_plan,
    take_percent,
    take_plans_percent,
    unit_of,
    within,
    written_percent,
)
from .numbers import (
    COUNT_IN_DIGITS,
    NOT_THE_YEAR,
    NUMBER_IN_WORDS,
    SPOKEN_NUMBER,
    UNIT_WORDS,
    of_another_year,
    parse_number,
    quantities,
    within_the_targets_term,
)

# Counts said first and then named the targets: "53.000 đoàn viên mới là chỉ tiêu mà Ban Chỉ đạo
# phát triển đoàn viên tỉnh giao cho các đơn vị giai đoạn 2018-2023", "Từ 2 đến 3 CĐCS mới và 200 -
# 300 đoàn viên mới là chỉ tiêu LĐLĐ huyện phấn đấu đạt trong năm nay".
_NAMED_AS_TARGETS_RE = re.compile(
    r"(?:[-–—]\s*đó\s+)?\blà\s+(?:những\s+|các\s+|hai\s+|ba\s+|một\s+)?(?:trong\s+(?:số\s+)?"
    r"(?:những|các)\s+)?(?:chỉ tiêu|mục tiêu)\b",
    re.IGNORECASE,
)


def named_as_targets(sentence: str, figures: list[Figure]) -> list[Figure]:
    named = _NAMED_AS_TARGETS_RE.search(sentence)
    if named is None:
        return figures
    clause_start = max((m.end() for m in re.finditer(r";", sentence[: named.start()])), default=0)
    return [
        as_planned(f)
        if clause_start <= f.start
        and f.end <= named.start()
        and f.kind == "result"
        and f.percent is None
        # (a count against its target is what was done of it: "… và thành lập CĐCS (6/10) là hai
        # chỉ tiêu còn chậm", probes202)
        and f.target is None
        and not w.RESULT_MARKERS.search(sentence, f.end, named.start())
        else f
        for f in figures
    ]


# The target said bare after what was done: "Cả năm được 286 đoàn viên, trong đó 150 ở khu vực
# ngoài nhà nước, chỉ tiêu giao là 250" (probes104).
_BARE_TARGET_AFTER_RE = re.compile(
    # (or the body that assigned it named: "Thành lập được 17 cơ sở, chỉ tiêu tỉnh giao 15, vượt
    # hơn 13%", probes123)
    # (or set against it: "Năm qua thành lập mới được 12 công đoàn cơ sở, trong khi chỉ tiêu chỉ là
    # 8", a gap probes339 named)
    # (or "trong khi" with no comma: "… mới được 4.200 đoàn viên trong khi chỉ tiêu giao là
    # 12.000", probes374)
    # (or only the body that assigned it: "Cả năm mình được 312 đoàn viên mới, tỉnh giao có 280
    # thôi", probes372)
    rf"(?:[,;]\s*|\s+(?=trong (?:khi|lúc)\b))(?:(?:còn|trong khi|trong lúc|mà)\s+)?"
    # (or only "được giao" after "trong khi": "kết nạp 3,5 ngàn đoàn viên trong khi được giao 4
    # ngàn, đạt 87,5%", probes410)
    rf"(?:{w.PLAN_NOUN}|(?=(?:tỉnh|thành phố|huyện|quận|cấp trên|Tổng Liên đoàn|TLĐ)\s+giao\b)"
    r"|(?<=trong khi )(?=được giao\b))"
    r"(?:\s*(?:năm|cả năm|được giao|"
    # (or set for the period: "…, kế hoạch đặt ra cho quý là 700 người", probes931)
    r"đặt ra|cho\s+(?:cả\s+)?(?:năm|quý)|"
    # ("chỉ tiêu LĐLĐ thành phố giao là 450", probes386)
    # (or the Party committee, its introductions': "…, trong khi chỉ tiêu Đảng ủy giao là 20
    # người", probes931)
    r"giao|đề ra|(?:tỉnh|thành phố|huyện|quận|cấp trên|Tổng Liên đoàn|TLĐ"
    r"|Đảng ủy|cấp ủy|chi bộ|(?:Huyện|Tỉnh|Thành|Quận) ủy"
    r"|LĐLĐ(?:\s+(?:tỉnh|thành phố|huyện|quận))?"
    # (or the federation above by its word: "chỉ tiêu Liên đoàn tỉnh giao là 25", probes579)
    r"|Liên đoàn(?:\s+(?:tỉnh|thành phố|huyện|quận))?"
    # (or the union above named in full: "trong khi chỉ tiêu Công đoàn Cao su Việt Nam giao là 250
    # đoàn viên", probes387)
    r"|(?:Công đoàn|Liên đoàn Lao động)(?:\s+[^\s\d,;.:]+){1,6}?)"
    r"\s+giao))*\s*(?:(?:chỉ|cũng chỉ|mới)\s+(?=là\b))?(?:là|:|có)?\s*(?!(?:19|20)\d\d\b)"
    r"(?:(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]*\s*%)(?![.,]\d)"
    # (or in words, as people say it: "…, trong khi chỉ tiêu chỉ là mười nghìn", probes345)
    # ("chỉ tiêu giao là hai trăm rưỡi", probes368)
    rf"|(?<=là )(?P<words>{SPOKEN_NUMBER}))"
    r"(?:\s+(?!(?:thôi|nữa|rồi)\b)(?P<unit>[^\s,;.”]+(?:\s+[^\s,;.”]+)?))?"
    r"(?:\s+(?:thôi|nữa|rồi))?\s*(?:[.;,”\"]|$"
    # (or what it led to: "…, 3.100 đoàn viên, chỉ tiêu giao là 3.000 nên cũng vượt chút ít",
    # probes291)
    r"|(?=\s+(?:nên|nhưng|song|vậy là)\b))",
    re.IGNORECASE,
)
_ANOTHER_COUNT_DONE_RE = re.compile(
    rf"\b(?:được|kết nạp|thành lập|phát triển|giới thiệu)\s+(?:(?:{w.QUALIFIER})\s+)?\d",
    re.IGNORECASE,
)
_PERCENT_AFTER_A_BARE_TARGET_RE = re.compile(
    # ("…, trong khi chỉ tiêu là 35, mới đạt gần 89%", probes138)
    rf"\s*,?\s*(?:tức là\s+|tức\s+)?(?:(?:mới|chỉ|đã)\s+)?(?P<verb>vượt|đạt)\s+"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?"
    rf"(?P<num>{w.PERCENT_NUMBER})\s*%",
    re.IGNORECASE,
)
_UNIT_OF_A_BARE_TARGET = {
    "doan_vien_ket_nap": re.compile(rf"{w.MEMBER_WORDS}|người", re.I),
    "cdcs_thanh_lap": re.compile(rf"{w.CDCS_WORDS}|đơn vị", re.I),
    # ("Cả năm giới thiệu được 52 người cho Đảng, chỉ tiêu giao là 45", probes358)
    "dang_vien_gioi_thieu": re.compile(rf"{w.MEMBER_WORDS}|người|quần chúng|đồng chí", re.I),
    # ("Cả năm có 186 doanh nghiệp tổ chức đối thoại định kỳ, chỉ tiêu giao là 170", probes370)
    "other": re.compile(rf"{w.UNIONS_OR_COMPANIES}|cuộc|bản|hội nghị", re.I),
    # ("… tập huấn được 1.120 lượt cán bộ công đoàn, trong khi chỉ tiêu giao là 1.000 lượt",
    # probes924)
    "can_bo_tap_huan": re.compile(r"(?:lượt\s+)?(?:cán bộ|người|học viên)|lượt", re.I),
}


def _bare_target(match: re.Match, sentence: str) -> float | int | None:
    """The number _BARE_TARGET_AFTER_RE read, in digits or in words."""
    if match["n"]:
        return parse_number(match["n"])
    said = count_at(sentence, match.start("words"))
    return None if said is None else said.value


_THIS_OR_NEXT_YEAR_RE = re.compile(r"\bnăm\s+(?:nay|tới|sau)\b|\bsang năm\b", re.IGNORECASE)


def _of_another_year_than(sentence: str, result: Figure, at: int) -> bool:
    """Whether the words from `result` to `at` name a year other than the one said before it."""
    said_before = set(_YEAR_RE.findall(sentence, 0, result.end))
    if not said_before:
        return False
    between = sentence[result.end : at]
    other_years = set(_YEAR_RE.findall(between)) - said_before
    return bool(_THIS_OR_NEXT_YEAR_RE.search(between) or other_years)


def bare_targets_after(sentence: str, figures: list[Figure]) -> list[Figure]:
    """A result with no target takes the one said bare right after its clause (read as a plan of
    its own when it names its noun: "kết nạp được 86 bạn, chỉ tiêu cả năm là 200 người",
    probes138)."""
    for match in _BARE_TARGET_AFTER_RE.finditer(sentence):
        before = [f for f in figures if f.end <= match.start()]
        inside = [f for f in figures if match.start() <= f.start < match.end()]
        said_as_plan = bool(inside) and all(
            f.kind == "plan" and f.target == _bare_target(match, sentence) for f in inside
        )
        if not before or (inside and not said_as_plan) or _bare_target(match, sentence) is None:
            continue
        result = before[-1]
        # (a plan read of people said bare is the result's, whatever it was read as: "… mới giới
        # thiệu được 21 đoàn viên cho Đảng trong khi chỉ tiêu cả năm là 60 người", probes922)
        people = bool(match["unit"]) and w.is_bare_people(match["unit"])
        if said_as_plan and not people and any(f.metric != result.metric for f in inside):
            continue
        unit = _UNIT_OF_A_BARE_TARGET.get(result.metric)
        if (
            unit is None
            or result.kind != "result"
            or result.target is not None
            or not all_numbers(result.achieved)
            or (match["unit"] and not unit.match(match["unit"]))
            # (it is the target of the count right before it, not of one past another count done:
            # "… thành lập được 26 cơ sở, nhưng năm nay đến giờ mới được 11, trong khi chỉ tiêu cả
            # năm là 30", probes123; a part of it is passed, "trong đó 150 ở khu vực …")
            or _ANOTHER_COUNT_DONE_RE.search(sentence, result.end, match.start())
            # (nor the target of another year than the count's: "Năm 2023, Công đoàn các KCN …
            # kết nạp được 8.360 đoàn viên thì năm nay, chỉ tiêu được nâng lên 10.000 đoàn viên",
            # probes805)
            or _of_another_year_than(sentence, result, match.start())
        ):
            continue
        result.target = _bare_target(match, sentence)
        figures = [f for f in figures if not any(f is g for g in inside)]
        # (and the percent said after it is the count's: "…, chỉ tiêu tỉnh giao 15, vượt hơn 13%")
        percent = _PERCENT_AFTER_A_BARE_TARGET_RE.match(sentence, match.end())
        if percent and result.percent is None:
            result.percent = parse_number(percent["num"])
            kind = "over_target" if percent["verb"].lower() == "vượt" else "of_target"
            result.percent_kind = kind
            if percent["qual"]:
                result.qualifiers["percent"] = percent["qual"].lower()
            result.end = percent.end()
    return figures


# The targets of the period listed after what was done of them, each with its noun: "…, LĐLĐ
# tỉnh Gia Lai kết nạp được 3.215 đoàn viên, thành lập 14 CĐCS; chỉ tiêu cả năm là 5.000 đoàn
# viên và 25 CĐCS" (probes243). Not a plan of a year of its own ("chỉ tiêu năm 2026 là …").
# (the words that name the targets after a clause: "…; chỉ tiêu tỉnh giao", "…, còn kế hoạch năm")
# (or set against them: "…, so với chỉ tiêu tương ứng là 1.000 đoàn viên và 5 công đoàn cơ sở",
# probes590; the targets said of the deeds named: "chỉ tiêu Tổng Liên đoàn giao cho hai nội dung
# này lần lượt là 10 CĐCS và 700 đoàn viên", probes597)
# (or in brackets, passed or not: "…, thành lập 4 CĐCS mới (chỉ tiêu Tổng LĐLĐ Việt Nam giao là
# 2.500 đoàn viên và 3 CĐCS)", "kết nạp 15.470 đoàn viên (vượt chỉ tiêu cả nhiệm kỳ là 15.000 đoàn
# viên)", probes622)
_TARGETS_NAMED_AFTER = (
    # (or passed: "…, vượt chỉ tiêu cả năm được LĐLĐ Thành phố giao là 1.000 đoàn viên và 10
    # CĐCS", probes722)
    # (or set against them: "…; tuy nhiên so với chỉ tiêu cả năm là 35 CĐCS và 7.000 đoàn viên,
    # kết quả còn thấp", probes904)
    rf"(?:[,;]\s*(?:(?:tuy nhiên|nhưng|song),?\s+(?=so với))?"
    # (or the results said over them: "… thành lập 22 CĐCS và kết nạp 4.401 đoàn viên, trên chỉ
    # tiêu lần lượt là 20 đơn vị và 4.000 người", probes916)
    rf"(?:(?:còn|trong khi(?: đó)?|mà|so với|trên|vượt(?:\s+xa)?)\s+)?"
    rf"|(?P<bracket>\()\s*(?:vượt\s+)?"
    # (or with no comma: "… kết nạp được 312, 1.046 và 527 đoàn viên trên các chỉ tiêu được giao
    # tương ứng là 300, 1.000 và 500", probes916)
    rf"|\s+trên\s+(?:các\s+)?)"
    rf"{w.PLAN_NOUN}"
    # (set by whom is unsaid: "…; kế hoạch đặt ra là 6 CĐCS và 1.000 đoàn viên", probes917)
    # (or when: "…, trong khi kế hoạch đầu năm chỉ là 45 người", "…, trong khi chỉ tiêu Tổng Liên
    # đoàn giao cho năm 2025 là 100 CĐCS", probes927; a year other than the results' is not
    # theirs, targets_listed_after)
    r"(?:\s+(?:năm nay|năm|cả năm|đầu năm|cả nhiệm kỳ|được giao|giao|đề ra|đặt ra"
    r"|(?:cho|của)\s+năm\s+(?:19|20)\d\d"
    r"|(?:được\s+)?(?:tỉnh|thành phố|huyện|quận|cấp trên|Tổng Liên đoàn|TLĐ"
    r"|Tổng LĐLĐ(?:\s+Việt Nam)?"
    # (a federation of a level: "… trong khi chỉ tiêu LĐLĐ thành phố giao chỉ là 4 CĐCS và 600
    # đoàn viên", probes667)
    r"|LĐLĐ(?:\s+(?:tỉnh|thành phố|TP|huyện|quận))?)\s+giao))*"
    r"(?:\s+(?:cho|của|về)\s+(?:hai|ba|các)\s+(?:nội dung|chỉ tiêu|việc)(?:\s+(?:này|trên))?)?"
)
_TARGETS_LISTED_AFTER_RE = re.compile(
    # (said in turn: "…; chỉ tiêu cả năm lần lượt là 60 CĐCS và 9.000 đoàn viên", probes334)
    # (or "only": "…, trong khi chỉ tiêu giao tương ứng chỉ là 10 CĐCS và 3.000 đoàn viên",
    # probes597)
    _TARGETS_NAMED_AFTER + r"\s*(?:(?:lần lượt|tương ứng|theo thứ tự)\s+)?(?:(?:chỉ|cũng)\s+)?"
    r"(?:là|:)\s*",
    re.IGNORECASE,
)


# (or the targets named right after how far the results are from them: "…, nâng kết quả 9 tháng
# lên 4.410 đoàn viên, 21 CĐCS, song vẫn còn cách xa chỉ tiêu 7.000 đoàn viên và 35 CĐCS mà Tổng
# Liên đoàn giao", probes915)
_TARGETS_FAR_AFTER_RE = re.compile(rf"{w.FAR_FROM_THE_TARGETS}\s+(?=\d)", re.IGNORECASE)
# Targets of several indicators set against the results right before them, each named by its
# noun: "… kết nạp 1.025 đoàn viên, thành lập 5 CĐCS, so với chỉ tiêu cả năm 2.000 đoàn viên và 12
# CĐCS thì mới đạt khoảng một nửa" (probes931): each target is the result's of its indicator.
_TARGETS_SET_AGAINST_AFTER_RE = re.compile(
    r"[,;]\s*(?:(?:nhưng|song|tuy nhiên)\s*,?\s+)?"
    rf"(?:(?:nếu\s+)?so với\s+(?:{w.PLAN_NOUN}|mục tiêu)"
    # (or "trong khi", what was given: "Hết quý III/2025, Công đoàn Khu kinh tế … thành lập 9 CĐCS,
    # kết nạp 1.140 đoàn viên, trong khi cả năm được giao 12 CĐCS và 1.500 đoàn viên", probes958)
    rf"|trong khi\s+(?:(?:cả\s+)?năm(?:\s+nay)?\s+)?(?:(?:được\s+)?giao|{w.PLAN_NOUN}|mục tiêu))"
    r"(?:\s+(?:cả\s+)?năm(?:\s+(?:19|20)\d\d)?|\s+(?:được\s+)?giao|\s+đề ra"
    # (or the resolution's: "…, nhưng so với mục tiêu nghị quyết là 200 CĐCS và 30.000 đoàn viên
    # thì mới đạt chưa đến một nửa", probes930)
    r"|\s+(?:của\s+)?nghị quyết(?:\s+đại hội)?"
    # (or each year's, of the years' results in turn: "… các năm 2023, 2024 và 2025 lần lượt kết
    # nạp 4.120, 4.560 và 3.980 đoàn viên, so với chỉ tiêu mỗi năm 4.000 đoàn viên thì …",
    # probes942)
    r"|\s+(?P<each>mỗi|hằng|hàng)\s+năm)*\s+(?:là\s+)?",
    re.IGNORECASE,
)
# A number of grassroots unions or of members, named by its noun: the target these rules read.
_A_COUNT_OF_UNIONS_OR_MEMBERS = (
    rf"(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)\s+(?P<noun>{w.CDCS_WORDS}|{w.MEMBER_WORDS})"
)
_A_TARGET_NAMED_RE = re.compile(
    _A_COUNT_OF_UNIONS_OR_MEMBERS + r"(?P<next>\s*(?:,|và)\s*)?",
    re.IGNORECASE,
)


def targets_set_against_after(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See _TARGETS_SET_AGAINST_AFTER_RE."""
    for match in _TARGETS_SET_AGAINST_AFTER_RE.finditer(sentence):
        targets, at = {}, match.end()
        while (item := _A_TARGET_NAMED_RE.match(sentence, at)) is not None:
            metric = _noun_metric(item["noun"])
            if metric is None or metric in targets:
                break
            targets[metric] = (parse_number(item["n"]), item.start(), item.end())
            if not item["next"]:
                break
            at = item.end()
        part = sentence.rfind(";", 0, match.start()) + 1
        results = {
            metric: [
                f
                for f in figures
                if part <= f.start and f.end <= match.start() and f.metric == metric
            ]
            for metric in targets
        }
        each_year = match["each"] is not None and len(targets) == 1
        if (len(targets) < 2 and not each_year) or any(
            (len(done) != 1 and not (each_year and len(done) > 1))
            or any(
                f.kind != "result" or f.target is not None or not all_numbers(f.achieved)
                for f in done
            )
            for done in results.values()
        ):
            continue
        for metric, (target, _, _) in targets.items():
            for done in results[metric]:
                done.target = target
        figures = [
            f
            for f in figures
            if not any(start <= f.start < end for _, start, end in targets.values())
        ]
    return figures


# (its deed written before the count: sentences.with_deeds_of_counts_done_said)
_RAISED_TO_RE = re.compile(
    r"\b(?:nâng|đưa)\b[^;]{0,80}?\blên\s+(?:(?:kết nạp|thành lập) mới\s+)?\d", re.IGNORECASE
)


def targets_listed_after(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Results with no target take the targets listed right after them, one of each indicator."""
    listed = itertools.chain(
        _TARGETS_LISTED_AFTER_RE.finditer(sentence), _TARGETS_FAR_AFTER_RE.finditer(sentence)
    )
    for match in listed:
        bracket = match.re is _TARGETS_LISTED_AFTER_RE and match["bracket"]
        clause_end = sentence.find(")" if bracket else ";", match.end())
        clause_end = len(sentence) if clause_end < 0 else clause_end
        plans = [f for f in figures if match.end() <= f.start < clause_end]
        results = [f for f in figures if f.end <= match.start()]
        if not plans or any(
            f.kind != "plan" or f.achieved is not None or not all_numbers(f.target) for f in plans
        ):
            continue
        # (of the running total, when the clause before gave the month's: "…, kết nạp 392 đoàn
        # viên; lũy kế 9 tháng thành lập 27 CĐCS, kết nạp 3.915 đoàn viên, trong khi chỉ tiêu cả
        # năm Tổng Liên đoàn giao là 40 CĐCS và 6.000 đoàn viên", probes904)
        part = sentence.rfind(";", 0, match.start()) + 1
        # (or of the total raised to, the counts before it the month's: "… đã kết nạp 1.532 đoàn
        # viên và thành lập 8 CĐCS, nâng kết quả 9 tháng lên 4.410 đoàn viên, 21 CĐCS, song vẫn
        # còn cách xa chỉ tiêu 7.000 đoàn viên và 35 CĐCS …", probes915)
        raised = [m.start() for m in _RAISED_TO_RE.finditer(sentence, part, match.start())]
        part = max([part, *raised])
        pairs = []
        for plan in plans:
            done = [f for f in results if f.metric == plan.metric and f.kind == "result"]
            if len(done) > 1:
                done = [f for f in done if f.start >= part]
            if len(done) != 1 or done[0].target is not None or not all_numbers(done[0].achieved):
                break
            pairs.append((done[0], plan))
        if len(pairs) != len(plans) or len({id(r) for r, _ in pairs}) != len(pairs):
            continue
        # (nor of a year named for the targets other than the results': "Năm 2024, … kết nạp 1.020
        # đoàn viên, trong khi chỉ tiêu cho năm 2025 là 1.200 đoàn viên")
        if any(_of_another_year_than(sentence, r, match.end()) for r, _ in pairs):
            continue
        # (not past a total raised to, which the targets are of: "… đã kết nạp 1.532 đoàn viên và
        # thành lập 8 CĐCS, nâng kết quả 9 tháng lên 4.410 đoàn viên, 21 CĐCS, song vẫn còn cách xa
        # chỉ tiêu …", probes915)
        if _RAISED_TO_RE.search(sentence, max(r.end for r, _ in pairs), match.start()):
            continue
        for result, plan in pairs:
            result.target = plan.target
            if "target" in plan.qualifiers:
                result.qualifiers["target"] = plan.qualifiers["target"]
        figures = [f for f in figures if not any(f is plan for plan in plans)]
    return figures


# The targets of the results before them said bare in turn: "… kết nạp lần lượt 735 và 298 đoàn
# viên, chỉ tiêu giao tương ứng là 600 và 300" (probes514), "… thành lập 4 CĐCS, kết nạp 512 đoàn
# viên; kế hoạch năm theo thứ tự là 5 và 600": each the target of the result of its turn, the last
# as many results right before them, none with a target yet.
# (or each with a noun that names no indicator: "…, trên chỉ tiêu lần lượt là 20 đơn vị và 4.000
# người", probes916)
_A_BARE_TARGET = rf"(?:{COUNT_IN_DIGITS})(?:\s+(?:đơn vị|người|lượt))?"
_BARE_TARGETS_IN_TURN_RE = re.compile(
    # (or each year's, after results by year: "Các năm 2023, 2024 và 2025, LĐLĐ tỉnh … kết nạp lần
    # lượt 6.120, 7.045 và 8.390 đoàn viên, trong khi chỉ tiêu từng năm là 6.000, 6.500 và 8.000",
    # probes958)
    _TARGETS_NAMED_AFTER
    + r"\s+(?:lần lượt|tương ứng|theo thứ tự|(?:của\s+)?(?:từng|mỗi)\s+năm)\s+(?:là\s+)?"
    rf"(?P<values>{_A_BARE_TARGET}(?:\s*,\s*{_A_BARE_TARGET})*\s*,?\s+và\s+"
    rf"{_A_BARE_TARGET})(?=\s*(?:[.;”\"]|$))",
    re.IGNORECASE,
)


def bare_targets_in_turn(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See _BARE_TARGETS_IN_TURN_RE."""
    for match in _BARE_TARGETS_IN_TURN_RE.finditer(sentence):
        if within(figures, match.start("values")):
            continue
        targets = [
            q.value
            for q in quantities(sentence)
            if match.start("values") <= q.start < match.end("values")
        ]
        results = [f for f in figures if f.end <= match.start()][-len(targets) :]
        if len(results) != len(targets) or any(
            f.kind != "result" or f.target is not None or not all_numbers(f.achieved)
            for f in results
        ):
            continue
        if _ANOTHER_COUNT_DONE_RE.search(sentence, results[-1].end, match.start()):
            continue
        for result, target in zip(results, targets, strict=True):
            result.target = target
    return figures


# The targets listed in brackets right after the plan named, each with its noun, of the results
# before it: "… kết nạp 6.245 đoàn viên, thành lập 41 CĐCS, đạt lần lượt 104% và 102,5% chỉ tiêu
# Tổng Liên đoàn giao (6.000 đoàn viên, 40 CĐCS)", "…, vượt xa chỉ tiêu Thành phố giao (2.500 đoàn
# viên, 15 CĐCS)" (probes687): each the target of the result of its noun's indicator, or of its
# turn.
_ITS_NOUN = rf"(?:{w.MEMBER_WORDS}|{w.CDCS_WORDS}|người|đơn vị|lượt(?:\s+cán bộ)?|cán bộ)"
_A_TARGET_WITH_ITS_NOUN = rf"(?:{COUNT_IN_DIGITS})(?![.,]\d)\s+{_ITS_NOUN}"
_A_TARGET_WITH_ITS_NOUN_RE = re.compile(
    rf"(?P<n>{COUNT_IN_DIGITS})(?![.,]\d)\s+(?P<noun>{_ITS_NOUN})", re.IGNORECASE
)
_TARGETS_IN_BRACKETS_AFTER_THE_PLAN_RE = re.compile(
    rf"{w.PLAN_NOUN}(?:\s+[^\s()\d,;.:]+){{0,8}}?\s*\(\s*"
    # (or one: "Với 58 CĐCS được thành lập trong 9 tháng, LĐLĐ tỉnh Quảng Ngãi đã vượt 16% chỉ tiêu
    # cả năm (50 CĐCS)", probes915)
    rf"(?P<values>{_A_TARGET_WITH_ITS_NOUN}(?:\s*(?:,|và)\s*{_A_TARGET_WITH_ITS_NOUN})*)\s*\)",
    re.IGNORECASE,
)
# (what stands between the results and the plan named: nothing (their spans hold their percents),
# their percents of it or a verb of meeting it, no other count: "…, lần lượt đạt 87,7% và 103,3%
# kế hoạch năm (…)"; or met early: "…, tỉnh đã thành lập 49 CĐCS, về đích sớm chỉ tiêu cả năm (45
# CĐCS)", probes935)
_RESULTS_SET_AGAINST_RE = re.compile(
    rf"^\s*,?\s*(?:(?:lần lượt|tương ứng|theo thứ tự|đã|đều|mới|cùng)\s+)*"
    rf"(?:(?:đạt|vượt|bằng|so với|hoàn thành|về đích)"
    rf"(?:\s+(?:xa|mức|sớm|vượt|lần lượt|tương ứng))*)?"
    rf"(?:\s+(?:(?:{w.QUALIFIER})\s+)?[\d.,]+\s*%(?:\s*(?:,|và)\s*)?)*\s*$",
    re.IGNORECASE,
)


def _noun_metric(noun: str) -> str | None:
    """The indicator a target's noun says alone: a union founded or a member, else none."""
    if re.fullmatch(w.CDCS_WORDS, noun, re.IGNORECASE):
        return "cdcs_thanh_lap"
    if re.fullmatch(w.MEMBER_WORDS, noun, re.IGNORECASE):
        return "doan_vien_ket_nap"
    return None


def targets_in_brackets_after_the_plan(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See _TARGETS_IN_BRACKETS_AFTER_THE_PLAN_RE."""
    for match in _TARGETS_IN_BRACKETS_AFTER_THE_PLAN_RE.finditer(sentence):
        if within(figures, match.start("values")):
            continue
        values = list(_A_TARGET_WITH_ITS_NOUN_RE.finditer(match["values"]))
        # (the last one's span may hold the plan named, with its percent of it)
        results = [
            f for f in figures if f.start < match.start() and f.end <= match.start("values")
        ][-len(values) :]
        if len(results) != len(values) or any(
            f.kind != "result" or f.target is not None or not all_numbers(f.achieved)
            for f in results
        ):
            continue
        if not _RESULTS_SET_AGAINST_RE.search(sentence[results[-1].end : match.start()]):
            continue
        nouns = [_noun_metric(value["noun"]) for value in values]
        by_noun = [[r for r in results if r.metric == metric] if metric else [] for metric in nouns]
        pairs = [
            (found[0] if len(found) == 1 else result, parse_number(value["n"]))
            for value, found, result in zip(values, by_noun, results, strict=True)
        ]
        if len({id(r) for r, _ in pairs}) != len(pairs) or any(
            metric and result.metric != metric
            for (result, _), metric in zip(pairs, nouns, strict=True)
        ):
            continue
        for result, target in pairs:
            result.target = target
    return figures


# A count's own target in brackets after the rest of what it counts, its percent of it there too:
# "… năm 2024: 328 doanh nghiệp tổ chức hội nghị người lao động (kế hoạch 300), 215 doanh nghiệp
# ký thỏa ước lao động tập thể (kế hoạch 240, đạt 89,6%)" (probes920). The counts of unions and
# members take theirs as they are read (figures.py); this is for the other indicators' counts,
# whose labels stand between.
_OWN_TARGET_IN_BRACKETS_RE = re.compile(
    r"(?P<words>[^\d(),;.:]{0,80}?)\s*\(\s*"
    rf"{w.PLAN_NOUN}(?:\s+(?:năm|cả năm|được giao|giao|đề ra))*(?:\s+(?:19|20)\d\d)?"
    rf"\s*(?:là\s*|:\s*)?(?P<n>{COUNT_IN_DIGITS})(?![\d%]|[.,]\d)(?:\s+[^\W\d]+){{0,2}}?"
    rf"(?:\s*[,;]\s*(?P<verb>đạt|vượt)\s+(?P<percent>{w.PERCENT_NUMBER})\s*%)?\s*\)"
    # (or right after them, when it is the count's share of it: "… ký kết mới 64 bản thỏa ước lao
    # động tập thể (chỉ tiêu 50 bản), đạt 128%", probes735)
    rf"(?:\s*,\s*(?P<verb2>đạt|vượt)\s+(?P<percent2>{w.PERCENT_NUMBER})\s*%)?",
    re.IGNORECASE,
)


_TO_THE_PARTY_RE = re.compile(
    r"(?:ưu tú\s+)?(?:cho|để)\s+(?:các\s+)?(?:tổ chức\s+)?"
    r"(?:Đảng|cấp ủy|chi bộ|đảng bộ|Đảng ủy)\b[^()]*",
    re.IGNORECASE,
)


def own_targets_in_brackets(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See _OWN_TARGET_IN_BRACKETS_RE."""
    if "(" not in sentence:
        return figures
    for index, figure in enumerate(figures):
        if (
            figure.metric not in ("other", "dang_vien_gioi_thieu")
            or figure.kind != "result"
            or figure.target is not None
            or not all_numbers(figure.achieved)
        ):
            continue
        match = _OWN_TARGET_IN_BRACKETS_RE.match(sentence, figure.end)
        following = figures[index + 1].start if index + 1 < len(figures) else len(sentence)
        if match is None or match.start("n") >= following:
            continue
        # (members introduced take theirs past the Party they were introduced to: "… giới thiệu
        # 215 đoàn viên ưu tú để Đảng kết nạp (chỉ tiêu 400)", probes935)
        words = match["words"].strip()
        if figure.metric != "other" and words and not _TO_THE_PARTY_RE.fullmatch(words):
            continue
        figure.target = parse_number(match["n"])
        figure.end = match.end() if match["percent2"] is None else match.start("verb2") - 1
        verb, percent = match["verb"], match["percent"]
        if percent is None and match["percent2"] is not None:
            over = match["verb2"].lower() == "vượt"
            share = parse_number(match["percent2"]) + (100 if over else 0)
            if is_ratio(share, match["percent2"], figure.achieved, figure.target):
                verb, percent = match["verb2"], match["percent2"]
                figure.end = match.end()
        if percent and figure.percent is None:
            figure.percent = parse_number(percent)
            figure.percent_kind = "over_target" if verb.lower() == "vượt" else "of_target"
    return figures


# Targets listed in brackets after the plan they are set against, said first, then what was done
# of them: "So với chỉ tiêu Thành phố giao (10 CĐCS, 1.200 đoàn viên), năm 2024 LĐLĐ huyện Mê Linh
# thành lập được 9 CĐCS và kết nạp 1.146 đoàn viên" (probes920): each result takes the target of
# its noun's indicator.
_TARGETS_SET_AGAINST_FIRST_RE = re.compile(
    rf"^\W*so với\s+{w.PLAN_NOUN}[^()\d,;]{{0,40}}?\(\s*"
    rf"(?P<values>{_A_TARGET_WITH_ITS_NOUN}(?:\s*(?:,|và)\s*{_A_TARGET_WITH_ITS_NOUN})*)\s*\)\s*,",
    re.IGNORECASE,
)


def targets_set_against_first(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See _TARGETS_SET_AGAINST_FIRST_RE."""
    match = _TARGETS_SET_AGAINST_FIRST_RE.match(sentence)
    if match is None:
        return figures
    targets = {}
    for value in _A_TARGET_WITH_ITS_NOUN_RE.finditer(match["values"]):
        metric = _noun_metric(value["noun"])
        if metric is None or metric in targets:
            return figures
        targets[metric] = parse_number(value["n"])
    inside = [f for f in figures if f.start < match.end()]
    after = [f for f in figures if f.start >= match.end()]
    done = {f.metric: f for f in after if f.kind == "result"}
    if any(
        f.kind != "plan" or f.metric not in targets or f.target != targets[f.metric] for f in inside
    ) or len([f for f in after if f.metric in targets]) != len(targets):
        return figures
    if any(
        metric not in done
        or done[metric].target is not None
        or not all_numbers(done[metric].achieved)
        for metric in targets
    ):
        return figures
    for metric, target in targets.items():
        done[metric].target = target
    return after


# Targets given in turn, then what was done of them in turn, in a clause after: "LĐLĐ quận Ninh
# Kiều và LĐLĐ quận Cái Răng được giao lần lượt 500 và 300 đoàn viên; đến hết tháng 11/2024 đã
# kết nạp lần lượt 532 và 287 đoàn viên" (probes533): each result is of the target of its turn,
# the indicators alike in the same order, with the targets' bodies when those are each their own.


def _alike(a: Figure, b: Figure) -> bool:
    return (a.metric, a.stage, a.label) == (b.metric, b.stage, b.label)


def results_in_turn_of_targets_in_turn(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See the comment above: the longest run of targets followed by as many results."""
    # (most sentences say nothing in turn across a semicolon: no run to look for)
    if ";" not in sentence or not w.IN_TURN.search(sentence):
        return figures
    for n in range(len(figures) // 2, 1, -1):
        for i in range(len(figures) - 2 * n + 1):
            plans, results = figures[i : i + n], figures[i + n : i + 2 * n]
            if not all(
                p.kind == "plan" and p.achieved is None and all_numbers(p.target) for p in plans
            ) or not all(
                r.kind == "result" and r.target is None and all_numbers(r.achieved) for r in results
            ):
                continue
            if not all(_alike(p, r) for p, r in zip(plans, results, strict=True)):
                continue
            between = sentence[plans[-1].end : results[0].start]
            if ";" not in between or not w.IN_TURN.search(
                sentence, max(0, plans[0].start - 30), results[-1].end
            ):
                continue
            if of_another_year(sentence, plans[-1].end, results[0].start):
                continue
            bodies = [p.organisation for p in plans]
            own_bodies = all(bodies) and len(set(bodies)) == len(bodies)
            for plan, result in zip(plans, results, strict=True):
                result.target = plan.target
                if own_bodies:
                    result.organisation = plan.organisation
            return [f for f in figures if not any(f is p for p in plans)]
    return figures


# What was done of targets said in turn, said in turn right after them: "Công đoàn ngành Y tế Hà Nội
# và Công đoàn ngành Giáo dục Hà Nội được giao chỉ tiêu kết nạp 900 và 1.500 đoàn viên, kết quả
# thực hiện tương ứng là 1.012 và 1.488 người" (probes634): each value the result of its target.
# (after a time and who did them, each value with its noun or none, of targets of one indicator or
# several in order: "…; đến ngày 30/11, kết quả thực hiện lần lượt là 43 CĐCS và 7.910 đoàn
# viên", "…; hai đơn vị đã thành lập tương ứng 10 và 6 CĐCS", "… được giao lần lượt 400 và 350
# đoàn viên, đến giờ mới làm được 290 và 310", "…; đến 30/6, cả hệ thống đạt lần lượt 1.812 CĐCS
# và 486.000 đoàn viên", probes642)
# (or the units another indicator counts: "đặt chỉ tiêu 180 doanh nghiệp tổ chức hội nghị người lao
# động và 150 doanh nghiệp tổ chức đối thoại định kỳ, kết quả đạt lần lượt 192 và 147 doanh
# nghiệp", probes755)
_OTHERS_UNITS = r"doanh nghiệp|DN|cuộc|bản|cơ quan"
_A_VALUES_NOUN = (
    r"(?:người|đoàn viên|ĐVCĐ|CĐCS|công đoàn cơ sở|đơn vị|cán bộ|lượt(?:\s+(?:cán bộ|người))?"
    rf"|{_OTHERS_UNITS})"
)
_RESULTS_IN_TURN_AFTER_RE = re.compile(
    r"[,;]\s*(?:(?:đến|tính đến|hết|năm|trong năm|sau)\b[^,;]{0,30}?\s*,\s*)?"
    # (who did them, named in full, and the year: "…, LĐLĐ huyện Yên Mô và LĐLĐ huyện Kim Sơn đã
    # kết nạp được lần lượt 327 và 198 đoàn viên", "…, kết quả năm 2024 đã kết nạp 268, 341 và
    # 215 đoàn viên", probes771)
    # (or the month: "…; đến hết tháng 11 đã thực hiện được lần lượt 4.270 đoàn viên và 36 CĐCS,
    # đạt 85,4% và 90%", probes850)
    r"(?:[^,;\d]|\b(?:19|20)\d\d\b|(?<=tháng )\d{1,2}\b(?:/(?:19|20)\d\d)?){0,80}?"
    r"(?:\bkết quả(?:\s+thực hiện)?(?:\s+đạt(?:\s+được)?)?|(?:\bđã\s+)?\bthực hiện(?:\s+được)?"
    rf"|\blàm được|\bđạt(?:\s+được)?|\b(?:{w.DEED_VERBS})(?:\s+(?:mới|được))*)"
    r"(?:\s+(?P<marker>lần lượt|tương ứng|theo thứ tự))?(?:\s+(?:là|đạt))?\s+"
    rf"(?P<values>(?:(?:{w.QUALIFIER})\s+)?(?:{COUNT_IN_DIGITS})"
    rf"(?:\s+{_A_VALUES_NOUN})?"
    rf"(?:\s*(?:,|và)\s*(?:(?:{w.QUALIFIER})\s+)?(?:{COUNT_IN_DIGITS})(?:\s+{_A_VALUES_NOUN})?)+)"
    r"(?=\s*(?:[,;.)”\"]|$))",
    re.IGNORECASE,
)
_A_VALUE_RE = re.compile(
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<n>{COUNT_IN_DIGITS})(?![\d.])"
    rf"(?:\s+(?P<noun>{_A_VALUES_NOUN}))?",
    re.IGNORECASE,
)


def _fits_its_noun(plan: Figure, noun: str | None) -> bool:
    """A value's noun, when said, is of the target's indicator: a union founded its own, a member
    any but a union founded's."""
    metric = _noun_metric(noun or "")
    if metric == "cdcs_thanh_lap":
        return plan.metric == metric
    if re.fullmatch(_OTHERS_UNITS, noun or "", re.IGNORECASE):
        return plan.metric == "other"
    return metric is None or plan.metric != "cdcs_thanh_lap"


def _result_of_its_own(plan: Figure, value: re.Match) -> Figure:
    """The result `value` (of _A_VALUE_RE) says of the indicator of `plan`, no target."""
    qualifiers = {"achieved": value["qual"].lower()} if value["qual"] else {}
    return dataclasses.replace(
        plan,
        kind="result",
        achieved=parse_number(value["n"]),
        target=None,
        percent=None,
        percent_kind=None,
        start=value.start(),
        end=value.end(),
        qualifiers=qualifiers,
    )


def results_in_turn_after_targets_in_turn(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See _RESULTS_IN_TURN_AFTER_RE: the targets right before are each their value's, in order,
    as results (a value read alone there already gives way)."""
    for said in _RESULTS_IN_TURN_AFTER_RE.finditer(sentence):
        values = list(_A_VALUE_RE.finditer(sentence, said.start("values"), said.end("values")))
        before = [f for f in figures if f.end <= said.start()]
        plans = before[-len(values) :]
        if len(plans) != len(values) or not all(
            p.kind == "plan" and p.achieved is None and all_numbers(p.target) for p in plans
        ):
            continue
        # (said in turn, the targets or what was done of them: "… mới làm được 290 và 310")
        if not said["marker"] and not w.IN_TURN.search(
            sentence, max(0, plans[0].start - 40), said.start("values")
        ):
            continue
        if not all(_fits_its_noun(p, v["noun"]) for p, v in zip(plans, values, strict=True)):
            continue
        # (not what was done in another year than the targets': "… đặt mục tiêu năm 2025 thành
        # lập 40 CĐCS, kết nạp 20.000 đoàn viên; năm 2024 đơn vị đạt tương ứng 38 CĐCS và 21.450
        # đoàn viên", probes642)
        another_year = of_another_year(sentence, plans[-1].end, said.start("values"))
        read = [
            [
                f
                for f in figures
                if f.kind == "result"
                and f.start < v.end("n")
                and f.end > v.start("n")
                and f.achieved == parse_number(v["n"])
            ]
            for v in values
        ]
        # (each target becomes its result, in the targets' place, where a value was read alone
        # too: the values said in turn before are read as those targets, _values_in_turn's; done
        # in another year, each value is a result of its own of its target's indicator)
        done = [_result_of_its_own(plan, value) for plan, value in zip(plans, values, strict=True)]
        gone = [f for results in read for f in results]
        figures = sorted(
            [f for f in figures if not any(f is g for g in gone)]
            + done_of_targets(plans, done, another_year),
            key=lambda f: f.start,
        )
    return figures


# Targets named after the results' percents of them, in the results' order: "… kết nạp 1.980 đoàn
# viên và thành lập 7 CĐCS, ứng với 79,2% và 70% chỉ tiêu cả năm là 2.500 đoàn viên và 10 CĐCS"
# (probes533): each target is its result's, no plan of its own.
_TARGETS_NAMED_AS_RE = re.compile(
    r"(?:chỉ tiêu|kế hoạch)(?:\s+(?:cả\s+)?năm(?:\s+\d{4})?|\s+(?:được\s+)?giao|\s+đề ra)*"
    r"\s+(?:là|gồm)\s*:?\s*$",
    re.IGNORECASE,
)


def targets_named_after_their_percents(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See the comment above."""
    for i in range(len(figures) - 3):
        for n in range(2, (len(figures) - i) // 2 + 1):
            results, plans = figures[i : i + n], figures[i + n : i + 2 * n]
            if not all(
                r.kind == "result"
                and r.target is None
                and r.percent_kind == "of_target"
                and all_numbers(r.achieved)
                for r in results
            ) or not all(p.kind == "plan" and p.achieved is None for p in plans):
                continue
            if not all(_alike(r, p) for r, p in zip(results, plans, strict=True)):
                continue
            if not _TARGETS_NAMED_AS_RE.search(sentence, results[-1].start, plans[0].start):
                continue
            for result, plan in zip(results, plans, strict=True):
                result.target = plan.target
            return [f for f in figures if not any(f is p for p in plans)]
    return figures


# The next plan said short after a result, its deed and noun left to the result's: "tập huấn cho
# 2.100 lượt cán bộ công đoàn, năm 2018 phấn đấu đạt 2.300 lượt", "Phát triển 5.083 đoàn viên,
# năm 2020 phấn đấu 5.500", "…; năm 2020 dự kiến tập huấn 1.300 lượt".
_PLAN_SAID_SHORT_RE = re.compile(
    # (or joined by "và": "… năm 2024 tỉnh kết nạp được 10.200 đoàn viên và năm 2025 sẽ phấn đấu
    # đạt 11.000 đoàn viên trở lên", probes961)
    r"(?:\s+[^\s,;\d]+){0,6}?\s*(?:[,;]\s*(?:(?:và|còn)\s+)?|\s+và\s+(?=năm\s+\d{4}\b))"
    r"(?:(?:trong\s+)?năm\s+(?:\d{4}|tới|sau|nay)\s*,?\s*)?"
    # (the body named at length: "…, Công đoàn ngành Giao thông – Xây dựng tỉnh Ninh Bình phấn đấu
    # năm 2026 tăng lên 3.200 lượt", probes957)
    r"(?:[^\W\d][^,;\d]{0,60}?\s)??"
    # ("…, sang năm phải cố gắng lên 6.000”", probes104)
    # (or what will be raised: "…, năm 2025 sẽ nâng lên năm trăm lượt", probes368)
    # (or set, in speech: "…, năm nay thì đặt ra 2.600 lượt", probes959)
    r"(?:phấn đấu|dự kiến|đặt mục tiêu|tiếp tục|(?:phải\s+)?cố gắng|quyết tâm|(?:thì\s+)?đặt ra"
    r"|sẽ(?=\s+(?:tăng lên|nâng lên)))"
    # (the count raised named: "…; năm 2026, đơn vị dự kiến nâng con số này lên khoảng 4.000
    # người", probes957; or the year after the word, "phấn đấu năm 2026 tăng lên …")
    r"(?:\s+(?:con số này|tăng lên|nâng lên|nâng|tăng|năm\s+(?:19|20)\d\d|đạt|là|lên|tập huấn"
    r"|giới thiệu|kết nạp|phát triển|thành lập)(?:\s+(?:cho|lên|đạt))?)*"
    # (never the head of a number: "5" of "5.500 ĐV")
    # (or in words, as people say it: "năm nay đặt mục tiêu ba nghìn", probes368; not the year)
    rf"\s+(?:(?P<qual>{w.QUALIFIER}|từ)\s+)?(?:(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?![.,]\d)"
    rf"|{NOT_THE_YEAR}(?P<words>{SPOKEN_NUMBER}))"
    r"(?:\s*(?:[-–]|đến)\s*(?P<n2>\d{1,3}(?:\.\d{3})+|\d+)(?![.,]\d))?"
    r"(?:\s+(?:lượt(?:\s+người)?|người|đoàn viên|ĐVCĐ|ĐV|CĐ viên|cán bộ|CĐCS|công đoàn cơ sở|"
    r"đơn vị))?(?:\s+trở lên)?"
    # (a quote may end it: "…, năm nay đặt mục tiêu 2.500”, ông Đạt nói")
    r"(?=\s*(?:[,.;”\"»]|$))",
    re.IGNORECASE,
)


def _said_in_words(sentence: str, at: int) -> float | int | None:
    """The count in words that starts at `at`, or None."""
    said = count_at(sentence, at)
    return None if said is None or said.relation else said.value


def plans_said_short(sentence: str, figures: list[Figure]) -> list[Figure]:
    added = []
    for index, figure in enumerate(figures):
        if figure.kind != "result" or figure.metric == "other":
            continue
        following = figures[index + 1].start if index + 1 < len(figures) else len(sentence)
        plan = _PLAN_SAID_SHORT_RE.match(sentence[:following], figure.end)
        if plan is None:
            continue
        if plan["words"]:
            target = _said_in_words(sentence, plan.start("words"))
            if target is None:
                continue
        else:
            target = parse_number(plan["n"])
        if plan["n2"]:
            target = {"min": target, "max": parse_number(plan["n2"])}
        # (not the count's own target, read with it: "… tập huấn cho 1.120 lượt cán bộ công đoàn
        # cơ sở, kế hoạch đặt ra là 1.000 lượt", probes691)
        if figure.target == target:
            continue
        said = Figure(
            metric=figure.metric,
            kind="plan",
            start=plan.start("n" if plan["n"] else "words"),
            end=plan.end(),
            target=target,
            stage=figure.stage,
        )
        if plan["qual"] and plan["qual"].lower() != "từ":
            said.qualifiers["target"] = plan["qual"].lower()
        elif re.search(r"\btrở lên$", plan.group(0), re.IGNORECASE):
            said.qualifiers["target"] = "trở lên"
        added.append(said)
    return sorted(figures + added, key=lambda f: f.start)


# The whole's target said short after each unit's: "mỗi công đoàn cấp trên cơ sở phấn đấu giới
# thiệu ít nhất 15 đoàn viên ưu tú, toàn tỉnh ít nhất 350 người" (probes120).
_WHOLES_PLAN_SAID_SHORT_RE = re.compile(
    r"(?:\s+[^\s,;\d]+){0,3}?\s*,\s*(?:và\s+)?(?:toàn|cả)\s+"
    r"(?:tỉnh|huyện|thành phố|quận|thị xã|ngành|khối|hệ thống)"
    rf"\s+(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?![.,]\d)"
    r"(?:\s+(?:người|đoàn viên|ĐVCĐ|CĐCS|công đoàn cơ sở|đơn vị|lượt(?:\s+cán bộ)?))?"
    r"(?=\s*(?:[,.;”\"]|$))",
    re.IGNORECASE,
)


def wholes_plans_said_short(sentence: str, figures: list[Figure]) -> list[Figure]:
    added = []
    for figure in figures:
        if figure.kind != "plan" or figure.metric == "other":
            continue
        if not re.search(r"\bmỗi\b", sentence[max(0, figure.start - 80) : figure.start], re.I):
            continue
        plan = _WHOLES_PLAN_SAID_SHORT_RE.match(sentence, figure.end)
        if plan is None or within(figures, plan.start("n")):
            continue
        said = Figure(
            metric=figure.metric,
            kind="plan",
            start=plan.start("n"),
            end=plan.end(),
            target=parse_number(plan["n"]),
            stage=figure.stage,
        )
        if plan["qual"]:
            said.qualifiers["target"] = plan["qual"].lower()
        added.append(said)
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# What was done of a target said before, its deed and noun left to the target's, as people say it
# (interviews, probes68): "chỉ tiêu 1.100 đoàn viên mà đến giờ mới được 640", "được thành phố giao
# 9.000 đoàn viên, 10 tháng đã làm được 8.120, tức hơn 90%", "…; còn CĐCS thì được 5". The count
# stands alone after "(đã|mới|chỉ|thì) (làm|thực hiện) được", its noun the target's or none.
_DONE_OF_IT_RE = re.compile(
    # ("được giao 7.000 đoàn viên và đã làm được 8.150, vượt hơn 16%", probes138)
    # (past the rest of the target's noun: "được giao thành lập 12 CĐCS và nghiệp đoàn, đến nay đã
    # thành lập được 9 đơn vị", probes231)
    r"(?:\s+và\s+(?:nghiệp đoàn|công đoàn)(?:\s+[^\W\d,;]+)?(?=\s*[,;]))?"
    # ("Tỉnh giao 30 CĐCS thì làm được 32, …": "thì" joins them as people say it)
    # (past who tells it, their office between commas: "Mục tiêu năm nay của Công đoàn phường … là
    # 2.000 đoàn viên; bà Lê Thị Hạnh, Chủ tịch Công đoàn phường, cho biết đến nay đã kết nạp được
    # khoảng 1.600 người", probes907)
    r"(?:\s*[,;]|\s+(?:mà|nhưng|song|còn|và|thì)\b)"
    r"(?P<gap>(?:[^,;.%()]|,\s*(?:phó\s+)?(?:chủ tịch|trưởng ban)\b[^,;.%()\d]{0,60},){0,60}?)"
    # (or who did it: "…, tới giờ thì mình giới thiệu được 162 người", probes959)
    rf"(?:(?:\b(?:đã|mới|chỉ|thì)|\b{w.DOERS})\s+(?:(?:(?P<deed>làm|thực hiện|vận động|phát triển"
    r"|kết nạp|thành lập|tập huấn|bồi dưỡng|giới thiệu)\s+)?được"
    # (a deed of the metric's own needs no "được": "Tổng Liên đoàn giao chỉ tiêu 35.000 đoàn viên,
    # đến nay LĐLĐ Thành phố đã kết nạp 20.100, đạt 57,4%")
    r"|(?P<own>phát triển|kết nạp|thành lập|tập huấn|bồi dưỡng|giới thiệu))"
    # ("Tỉnh giao 7.000 đoàn viên, anh em làm được 7.850, tức là vượt hơn 12% kế hoạch": what was
    # made of it needs no "đã", probes123)
    r"|\b(?:làm|thực hiện)\s+được"
    # (a report's "thực hiện" alone: "Chỉ tiêu … là 200, thực hiện 241, vượt 20,5%", probes156;
    # "…, đến nay đã thực hiện 310 lượt, đạt 77,5%", probes226)
    r"|(?<=[,;] )thực hiện|\b(?:đã|mới|chỉ)\s+thực hiện"
    # (or held for them, a training target's: "Được Tổng Liên đoàn giao chỉ tiêu tập huấn 3.000
    # lượt cán bộ …, đến ngày 30/11, Công đoàn Dệt May Việt Nam đã tổ chức cho 3.214 lượt, vượt
    # 7,1% kế hoạch", probes965)
    r"|\b(?:đã|mới|chỉ)\s+tổ chức\s+cho"
    # (or reached, bare, a count: "Đoàn viên thì kế hoạch hai nghìn năm trăm, đạt hai nghìn bốn trăm
    # tám mươi", probes355)
    # (after a comma only: not "Tổng LĐLĐ giao 35 CĐCS ký mới thỏa ước lao động tập thể; đạt 29",
    # probes156)
    r"|(?<=, )đạt(?:\s+được)?"
    # (or who did it: "Chỉ tiêu năm 2021 là 5.000 đoàn viên, mình được 4.215, tức 84,3%", probes146)
    rf"|\b{w.DOERS}\s+(?:(?:cũng|vẫn)\s+)?được"
    # (or reached: "Chỉ tiêu giao là 14.500 đoàn viên, chúng tôi đạt 15.320", probes345)
    rf"|\b{w.DOERS}\s+(?:(?:đã|cũng|chỉ|mới)\s+)?đạt(?:\s+được)?"
    # (or had so far: "Công đoàn cơ sở thì giao 20, chúng tôi mới có 18", probes252)
    rf"|\b{w.DOERS}\s+(?:mới|chỉ)\s+có"
    # (or when: "Kế hoạch đầu năm là 9.000 đoàn viên, cuối năm được hơn 7.200", "chỉ tiêu cả năm
    # 25 đơn vị, đến nay được 11", probes162, probes165)
    r"|\b(?:cuối năm|đến nay|tới nay|đến giờ|tới giờ|hiện nay)\s+"
    r"(?:(?:cũng|vẫn|mới|chỉ|đã)\s+)?được"
    # (or reached, said of the whole year or with "chỉ", "mới", "đã": "Tổng Liên đoàn giao LĐLĐ
    # tỉnh Kiên Giang kết nạp 4.000 đoàn viên, nhưng cả năm chỉ đạt 2.964 đoàn viên, bằng 74,1%
    # chỉ tiêu", probes835)
    r"|\b(?:cả năm|cuối năm|đến nay|tới nay|đến giờ|tới giờ|hiện nay)\s+"
    r"(?:(?:cũng|vẫn|mới|chỉ|đã)\s+)?đạt(?:\s+được)?"
    r"|\b(?:đã|mới|chỉ)\s+đạt(?:\s+được)?"
    # (or "thì đạt", as people say it: "Chỉ tiêu … là 10.500 đoàn viên, tới ngày 15/11 thì đạt
    # 10.820, tức vượt khoảng 3%", probes959)
    r"|\bthì\s+(?:(?:cũng|vẫn|mới|chỉ|đã)\s+)?đạt(?:\s+được)?"
    # (or so far only had: "Thị xã được giao 900 đoàn viên, đến giờ mới có 410 người", probes299)
    r"|\b(?:đến nay|tới nay|đến giờ|tới giờ|hiện nay)\s+(?:mới|chỉ)\s+có"
    # (or had, a bare count: "giao chúng tôi thành lập 6 nghiệp đoàn, tới giờ đã có 4", probes931;
    # not people counted of another deed, "…, chỉ tiêu được giao là 350; đến nay đã có 236 người
    # được kết nạp", probes656)
    r"|\b(?:đến nay|tới nay|đến giờ|tới giờ|hiện nay)\s+đã\s+có(?=\s+\d[\d.]*\s*(?:[,;.”\"]|$))"
    # (or bare: "Chỉ tiêu 5, nhưng đến giờ chỉ mới 2", "Được giao 700, mới làm 420, tức 60%",
    # probes407)
    r"|\b(?:đến nay|tới nay|đến giờ|tới giờ|hiện nay)\s+(?:chỉ\s+)?mới"
    r"|\b(?:đã|mới|chỉ)\s+làm(?!\s+được)"
    # (or completed: "… được giao thành lập 6 CĐCS; đến nay đã hoàn thành 5 CĐCS, đạt 83,3%",
    # probes561)
    r"|\b(?:đã|mới|chỉ)\s+hoàn thành(?!\s+(?:vượt|kế hoạch|chỉ tiêu))"
    # ("…, nhưng đến ngày 15/11 con số đã là 78.340", probes17)
    # ("…; con số đạt được là 420 (105%)", probes149)
    r"|\bcon số(?:\s+này)?(?:\s+(?:đã|mới|chỉ))?\s+(?:là|đạt(?:\s+được)?(?:\s+là)?)"
    # (or the result said reached: "được giao 5.000 đoàn viên và 30 CĐCS, kết quả đạt 5.408 đoàn
    # viên và 31 CĐCS", probes312)
    r"|\bkết quả\s*,?\s*(?:(?:đã|chỉ|mới)\s+)?đạt(?:\s+được)?)"
    # (and "là" said after it: "chỉ tiêu … là 3.000 đoàn viên, thì đến giờ chúng tôi làm được là
    # 2.450 rồi ạ", a gap probes339 named)
    # (or a report's colon: "…; thực hiện: 2.468, đạt 112,2%", probes878)
    # (or all of the target's, "cả": "Chỉ tiêu … là 3 CĐCS thì năm 2024 đã làm được cả 3",
    # probes783)
    r"(?:\s*:)?(?:\s+là)?\s+(?:cả\s+)?"
    # (hedged as people say it: "chúng tôi làm được chừng 6.200", probes196; or in words with a
    # magnitude: "chúng tôi làm được hơn sáu nghìn", probes247)
    # (a count, not a share: "… giao là hai mươi lăm nghìn thì mới được tám mươi tư phần trăm",
    # probes318)
    rf"(?=(?:(?:{w.QUALIFIER})\s+)?(?:\d(?![\d.,]*\s*%)"
    rf"|(?:{UNIT_WORDS}|mười)\s+(?:nghìn|ngàn|vạn|trăm|triệu)\b"
    # (or a count in words that ends its clause: "được giao thành lập 12 CĐCS nhưng đến nay mới
    # được chín", a gap the probes of 2026-12-03 named)
    rf"|(?:{UNIT_WORDS}|mười)(?:\s+(?:mươi|mốt|lăm|tư|{UNIT_WORDS}))*\s*(?:[,.;)”\"–]|$)))",
    re.IGNORECASE,
)
_DONE_OF_IT_END_RE = re.compile(
    # ("làm được 1.350 là đạt 90%", probes128)
    # (or the spoken "cái" of unions: "Tỉnh giao cho xã tui 8 công đoàn cơ sở, tới giờ làm được 5
    # cái rồi", probes967)
    r"(?:\s+(?:người|đơn vị|đồng chí|lượt|cái))?"
    # (or the next count done, of another target: "kết quả đạt 5.408 đoàn viên và 31 CĐCS")
    # (hedged: "chúng tôi làm được 6 CĐCS và hơn 900 đoàn viên", probes328)
    rf"(?=\s*(?:[,.;)”\"–]|\(\s*\d|$|\s+(?:thôi|nữa|rồi|là)\b"
    # (or why no more: "… được giao tập huấn 600 lượt cán bộ … nhưng mới thực hiện được 410 lượt do
    # nhiều doanh nghiệp chưa bố trí được thời gian", probes941)
    r"|\s+(?:do|vì|bởi)\s+(?:nhiều|một số|các|có|chưa|không|doanh nghiệp)\b"
    # (or the members of the unions done, after "với": "… đến hôm nay đã làm được 6 công đoàn cơ sở
    # với 352 đoàn viên rồi", probes943)
    rf"|\s+(?:và|với)\s+(?:(?:{w.QUALIFIER})\s+)?(?:\d|(?:{NUMBER_IN_WORDS})\b)))",
    re.IGNORECASE,
)
# The next count done of the targets before, after "và" (see results_said_short).
_AND_THE_NEXT_DONE_RE = re.compile(
    # (in words too: "… làm được một nghìn ba trăm linh năm đoàn viên và mười bốn CĐCS",
    # probes376)
    # (or after a comma: "… tới giờ làm được 10 công đoàn cơ sở, hơn 1.250 đoàn viên", probes407)
    rf"(?P<join>\s+(?:và|với)|\s*,)\s+"
    rf"(?P<n>(?:(?:{w.QUALIFIER})\s+)?(?:\d{{1,3}}(?:\.\d{{3}})+|\d+|{SPOKEN_NUMBER}))\s+"
    rf"(?P<noun>{w.CDCS_WORDS}|nghiệp đoàn|đoàn viên|ĐVCĐ)\b"
    # (spoken: "đến giờ mình được 1.620 đoàn viên và 19 CĐCS rồi", probes355)
    r"(?=\s*(?:[,.;)”\"]|$|\s+(?:rồi|thôi|nữa)\b))",
    re.IGNORECASE,
)
# (or with its own deed and no noun: "Tỉnh giao cho huyện 10 CĐCS và 1.200 đoàn viên; đến giờ
# chúng tôi thành lập được 8 và kết nạp 1.350", the README's known gap "targets given, then results
# said bare")
_AND_THE_NEXT_DEED_RE = re.compile(
    rf"(?:\s+và|\s*,)\s+(?:(?:đã|cũng|còn)\s+)?(?P<deed>{'|'.join(w.METRIC_OF_DEED)})"
    r"(?:\s+(?:thêm|mới))?(?:\s+được)?\s+"
    rf"(?P<n>(?:(?:{w.QUALIFIER})\s+)?(?:\d{{1,3}}(?:\.\d{{3}})+|\d+|{SPOKEN_NUMBER}))"
    r"(?=\s*(?:[,.;)”\"]|$|\s+(?:rồi|thôi|nữa)\b))",
    re.IGNORECASE,
)
_UNIONS_SAID_SHORT_RE = re.compile(r"cơ sở", re.IGNORECASE)
_AND_A_BARE_NEXT_RE = re.compile(
    r"\s+và\s+(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?=\s*(?:[,.;)”\"]|$))", re.IGNORECASE
)
_NOUN_OF_METRIC = {
    "cdcs_thanh_lap": re.compile(rf"\b(?:{w.CDCS_WORDS}|nghiệp đoàn)\b", re.IGNORECASE),
    "doan_vien_ket_nap": re.compile(r"\b(?:đoàn viên|ĐVCĐ|ĐV)\b", re.IGNORECASE),
}


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_A_UNION_BY_NAME_RE = re.compile(rf"(?-i:Công đoàn|Nghiệp đoàn)(?=\s+(?-i:[{w.UPPER}]))")


# A target said bare, with no noun, right before what was done of it (_DONE_OF_IT_RE), as people
# say it: "Còn công đoàn cơ sở thì chỉ tiêu giao là 15 mà chúng tôi làm được 21", "Tỉnh giao 600,
# chúng tôi được 640", "Thành phố giao ba nghìn, anh em làm được ba nghìn bốn trăm mười"
# (probes252). Its indicator is the one its clause names, or else the one its context counts.
_BARE_PLAN_SAID_RE = re.compile(
    # (a year may stand in it: "Chỉ tiêu Tỉnh ủy giao năm 2020 là 500 người", probes263)
    # (or a report's colon right after its words: "Chỉ tiêu phát triển đoàn viên năm 2024: 2.200;
    # thực hiện: 2.468, đạt 112,2%", probes878)
    r"(?:\b(?:chỉ tiêu|kế hoạch|mục tiêu)\b(?:[^,;.:\d]|(?:19|20)\d\d){0,50}?(?:\s(?:là|:)|:)"
    r"|\bgiao(?:\s+cho\s+[^,;.\d]{1,30}?)?|\bđặt ra"
    # (or the number right after: "Còn CĐCS thì chỉ tiêu 8, làm được 9", probes272)
    # (or "kế hoạch", or a number in words: "Đoàn viên thì kế hoạch hai nghìn năm trăm, đạt hai
    # nghìn bốn trăm tám mươi", probes355)
    # (past its time: "Chỉ tiêu năm nay 10 công đoàn cơ sở, đến tháng 9 chúng tôi đã làm được 11",
    # probes372)
    r"|\b(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:năm nay|cả năm|năm\s+(?:19|20)\d\d|giao))?"
    rf"(?=\s+(?:\d|(?:{NUMBER_IN_WORDS})\s)))\s+",
    re.IGNORECASE,
)
_DEED_NAMED_RE = re.compile(r"\b(kết nạp|thành lập|giới thiệu)\b", re.IGNORECASE)
_CLAUSE_START_RE = re.compile(r"[,;:.“\"]\s*")


# A noun said as the topic ("Về CĐCS, …", "Còn đoàn viên thì …"); a noun of an office ("Chủ tịch
# CĐCS") names no indicator (probes266).
_TOPIC_NOUN_RE = re.compile(
    rf"\b(?:về|còn|riêng|với)\s+"
    rf"(?:(?P<cdcs>{w.CDCS_WORDS}|nghiệp đoàn)|(?P<member>đoàn viên|ĐVCĐ))\b",
    re.IGNORECASE,
)


# A heading the sentence opens on: "Phát triển đoàn viên: chỉ tiêu 2.000, làm được 2.150" (its
# indicator, not the one the sentence before counted).
# (the heading is the indicator's name, not who speaks: "Chủ tịch CĐCS cho biết: …")
_HEADING_RE = re.compile(
    r"^[\W_]*(?:(?:về|phát triển|kết nạp|thành lập)\s+)?(?P<head>[^\W\d][^:;.,\d]{1,24}?)"
    r"(?:\s+mới)?\s*:",
    re.IGNORECASE,
)


def _named_last(text: str) -> set[str]:
    """The development indicator named last in `text`, by its deed or as a topic (none or one)."""
    found = [(m.end(), w.METRIC_OF_DEED[m[1].lower()]) for m in _DEED_NAMED_RE.finditer(text)]
    found += [
        (m.end(), "cdcs_thanh_lap" if m["cdcs"] else "doan_vien_ket_nap")
        for m in _TOPIC_NOUN_RE.finditer(text)
    ]
    heading = _HEADING_RE.match(text)
    if heading:
        nouns = [m for m, noun in _NOUN_OF_METRIC.items() if noun.fullmatch(heading["head"])]
        if len(nouns) == 1:
            found.append((heading.end(), nouns[0]))
    return {max(found)[1]} if found else set()


def says_a_bare_plan_done(sentence: str) -> bool:
    """A target said bare before what was done of it (see bare_plans_of_a_count_done)."""
    if not _BARE_PLAN_SAID_RE.search(sentence):
        return False
    found = quantities(sentence)
    for said in _BARE_PLAN_SAID_RE.finditer(sentence):
        quantity = quantity_at(found, said.end())
        if quantity is None:
            continue
        unit = unit_of(sentence, quantity)
        if _DONE_OF_IT_RE.match(sentence, unit[1] if unit else quantity.end):
            return True
    return False


def _named_by_the_count_done(sentence: str, found: list, at: int) -> set[str]:
    """The development indicator the noun of the count done at `at` names (none or one)."""
    done = quantity_at(found, at)
    unit = unit_of(sentence, done) if done is not None and not done.percent else None
    if unit is None:
        return set()
    noun = sentence[done.end : unit[1]].strip()
    return {m for m, words in _NOUN_OF_METRIC.items() if words.fullmatch(noun)}


def bare_plans_of_a_count_done(
    sentence: str, figures: list[Figure], counted_before: tuple[str, ...] = ()
) -> list[Figure]:
    """The targets said bare before what was done of them, as plans of the indicator their clause
    names or, when it names none, the one development count the context gives (results_said_short
    then reads what was done of them)."""
    if not _BARE_PLAN_SAID_RE.search(sentence):
        return figures
    found = quantities(sentence)
    added: list[Figure] = []
    for said in _BARE_PLAN_SAID_RE.finditer(sentence):
        quantity = quantity_at(found, said.end())
        if quantity is None or quantity.percent or quantity.relation is not None:
            continue
        if _YEAR_RE.fullmatch(sentence[quantity.start : quantity.end]):
            continue
        unit = unit_of(sentence, quantity)
        done_of_it = _DONE_OF_IT_RE.match(sentence, unit[1] if unit else quantity.end)
        if done_of_it is None:
            continue
        # (inside the words of what was done of it, read from its deed before: "Về thành lập CĐCS
        # thì chúng tôi đặt ra 25, làm được 27 cơ sở", probes259)
        holder = next((f for f in figures if f.start <= quantity.start < f.end), None)
        if holder is not None:
            if (
                unit is None
                and holder.kind == "result"
                and holder.target is None
                and all_numbers(holder.achieved)
                and done_of_it.end() < holder.end
            ):
                holder.target = quantity.value
            continue
        # (its noun its own: "chúng tôi đặt ra 12.000 đoàn viên, kết quả làm được 13.480")
        noun = sentence[quantity.end : unit[1]] if unit else ""
        people = noun.strip().lower() == "người"
        own = [m for m, words in _NOUN_OF_METRIC.items() if words.match(noun.strip())]
        # (or "cơ sở" alone right after it, as people say it: "Chỉ tiêu 20 cơ sở mà mới được 17",
        # probes345; not "anh em cơ sở" in what follows, probes146)
        if _UNIONS_SAID_SHORT_RE.fullmatch(noun.strip()):
            own = ["cdcs_thanh_lap"]
        if unit is not None and not people and not own:
            continue
        clause_start = max(
            (m.end() for m in _CLAUSE_START_RE.finditer(sentence, 0, said.start())), default=0
        )
        clause = sentence[clause_start : said.end()]
        named = {m for m, noun in _NOUN_OF_METRIC.items() if noun.search(clause)}
        named |= {w.METRIC_OF_DEED[d.lower()] for d in _DEED_NAMED_RE.findall(clause)}
        if not named:
            # (else the indicator named last before it in the sentence, a clause or two back:
            # "Về thành lập CĐCS, chỉ tiêu 60, thực hiện 71", "Thành lập CĐCS thì năm nay mình
            # hụt, chỉ tiêu 45 mà làm được 41", probes167, probes231)
            named = _named_last(sentence[: said.start()])
        # (people are whom the clause or the context counts: "Kế hoạch đầu năm là 400 người, anh
        # em làm được 412 người" under a sa-pô of introductions to the Party, probes144)
        if not named and "”" in sentence[done_of_it.end() :]:
            # (or the deed the words after the quote name: "“Chỉ tiêu 5, nhưng đến giờ chỉ mới
            # 2, …”, ông … nói về việc thành lập CĐCS năm 2024", probes407)
            after = sentence[sentence.index("”", done_of_it.end()) :]
            named = {w.METRIC_OF_DEED[d.lower()] for d in _DEED_NAMED_RE.findall(after)}
        if own:
            named = set(own)
        # (else what was done of it says, its noun after it: "chỉ tiêu cả năm là 8, nhưng đến
        # tháng 10 huyện đã thành lập được 9 CĐCS", probes110; else the context)
        # (in its own clause: not "“Kế hoạch là 50, chúng tôi làm được 62, tức vượt 24%; đoàn viên
        # kết nạp được 6.870 người, …”" under "… Vượt chỉ tiêu thành lập CĐCS năm 2023",
        # probes407)
        done = next(
            (
                f
                for f in figures
                if f.start >= quantity.end and ";" not in sentence[quantity.end : f.start]
            ),
            None,
        )
        around = set(counted_before) & {*_NOUN_OF_METRIC, "dang_vien_gioi_thieu"}
        if not named and done is not None and not people:
            named = {done.metric}
        elif not named and done is None and not people:
            # (or its noun, when no rule read it yet: "Mục tiêu năm 2023 là 700, chúng tôi làm được
            # 728 đoàn viên, vượt 4%", probes380)
            named = _named_by_the_count_done(sentence, found, done_of_it.end())
        if not named and len(around) == 1:
            named = around
        if len(named) != 1:
            continue
        (metric,) = named
        plan = counted_figure(
            metric, "plan", quantity.start, unit[1] if unit else quantity.end, quantity
        )
        if metric == "dang_vien_gioi_thieu":
            plan.stage = "introduced"
        plan.qualifiers.update(qualifiers_of(quantity, "plan", sentence, quantity.end))
        added.append(plan)
    return sorted(figures + added, key=lambda f: f.start) if added else figures


def targets_listed_after_a_target(sentence: str, figures: list[Figure]) -> None:
    """A count with its deed listed after a target, followed by its own count done with no noun:
    "đặt ra chỉ tiêu thành lập 30 CĐCS, làm được 43; kết nạp 10.000 đoàn viên, làm được gần 12.900"
    (the README's known gaps of probes345–350). The plan word reaches it no more, but what was
    done of it says it was a target too: the figure becomes that count done of it."""
    found = quantities(sentence)
    for index, figure in enumerate(figures):
        if (
            figure.kind != "result"
            or figure.target is not None
            or figure.percent is not None
            or not all_numbers(figure.achieved)
            or not any(f.kind == "plan" or f.target is not None for f in figures[:index])
        ):
            continue
        done = _DONE_OF_IT_RE.match(sentence, figure.end)
        if (
            done is None
            or done["deed"]
            or done["own"]
            or not done.group(0).lstrip().startswith(",")
            # (nothing between: not "…, còn CĐCS thì mới được 7", another target's)
            or done["gap"].strip()
        ):
            continue
        quantity = quantity_at(found, done.end())
        if quantity is None or quantity.percent or unit_of(sentence, quantity) is not None:
            continue
        if within(figures, quantity.start):
            continue
        figure.qualifiers = {
            ("target" if key == "achieved" else key): word
            for key, word in figure.qualifiers.items()
        }
        figure.target, figure.achieved = figure.achieved, quantity.value
        figure.qualifiers.update(qualifiers_of(quantity, "result", sentence, quantity.end))
        figure.end = quantity.end


def results_said_short(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The counts done of the targets before them, said with no noun of their own and often no
    deed (_DONE_OF_IT_RE): of the metric the deed or the clause's noun names ("còn CĐCS thì được
    5"), else the nearest target's; a count whose noun is another metric's is left to the rules of
    its noun. "đặt chỉ tiêu tập huấn cho ít nhất 3.500 lượt cán bộ công đoàn; đến hết tháng 5 đã
    tập huấn được 1.614 lượt" (probes75)."""
    plans = [f for f in figures if f.kind == "plan" and f.metric != "other"]
    if not plans:
        return figures
    added: list[Figure] = []
    found = quantities(sentence)
    for done in _DONE_OF_IT_RE.finditer(sentence, plans[0].end):
        # (a target said in the words before the deed counts too: "…, còn công đoàn cơ sở thì
        # giao 8 mà mới được 5", probes931)
        before = [p for p in plans if p.end <= done.end("gap")]
        # (a union named by its name is the doer, no noun of the count: "…, tới cuối tháng 10 thì
        # Công đoàn Viên chức TP Hà Nội làm được 1.086 người", probes959)
        gap = _A_UNION_BY_NAME_RE.sub(" ", done["gap"])
        named = {m for m, noun in _NOUN_OF_METRIC.items() if noun.search(gap)}
        deed = done["deed"] or done["own"]
        if deed and deed.lower() in w.METRIC_OF_DEED:
            named.add(w.METRIC_OF_DEED[deed.lower()])
        if len(named) > 1 or not before:
            continue
        # (a count the year is to reach is no count done: "…, kết nạp 900 đoàn viên, phấn đấu cả
        # năm đạt 1.800 đoàn viên", probes638)
        if w.FUTURE.search(done["gap"]):
            continue
        quantity = quantity_at(found, done.end())
        if quantity is None or quantity.percent or within(figures + added, quantity.start):
            continue
        unit = unit_of(sentence, quantity)
        if unit is not None:
            fits = set(METRICS_OF_UNIT.get(unit[0], set()))
            # (people said as "người" or "lượt" may be the officials a target named: "đặt mục tiêu
            # tập huấn cho 1.000 tổ trưởng công đoàn, đến nay đã thực hiện được 640 người", "đã
            # tập huấn được 452 người", probes136)
            # (or officials and learners, said bare after a training target: "… được giao thành lập
            # 10 CĐCS, kết nạp 2.000 đoàn viên và tập huấn 300 cán bộ công đoàn; kết quả đạt lần
            # lượt 12 CĐCS, 2.185 đoàn viên và 326 cán bộ", probes875)
            if re.fullmatch(
                r"(?:lượt\s+)?(?:người|cán bộ|học viên)|lượt",
                sentence[quantity.end : unit[1]].strip(),
                re.IGNORECASE,
            ):
                fits.add("can_bo_tap_huan")
            # (and units, the unions a founding target named: "được giao thành lập 12 CĐCS và nghiệp
            # đoàn, đến nay đã thành lập được 9 đơn vị", probes231)
            if sentence[quantity.end : unit[1]].strip().lower() == "đơn vị":
                fits.add("cdcs_thanh_lap")
            named = (named & fits) if named else fits
            if not named:
                continue
        plan = next((p for p in reversed(before) if not named or p.metric in named), None)
        if plan is None:
            continue
        # (two counts done of the two targets before, in their order: "Kế hoạch năm là 3.000 đoàn
        # viên, 10 CĐCS, chúng tôi làm được 3.450 và 14", probes345)
        in_turn = _AND_A_BARE_NEXT_RE.match(sentence, quantity.end) if unit is None else None
        if (
            in_turn is not None
            and not named
            and len(before) >= 2
            and before[-2].metric != before[-1].metric
            and not within(figures + added, in_turn.start("n"))
        ):
            second = quantity_at(found, in_turn.start("n"))
            if second is not None and not second.percent:
                for each, said in ((before[-2], quantity), (before[-1], second)):
                    figure = counted_figure(each.metric, "result", said.start, said.end, said)
                    figure.stage = each.stage
                    added.append(figure)
                continue
        # (another year's count is none of this year's target: "Chúng tôi đặt chỉ tiêu … thành lập
        # 25 CĐCS, …, vì năm 2025 dù rất cố gắng cũng chỉ thành lập được 11 đơn vị", probes18)
        years = set(_YEAR_RE.findall(done["gap"]))
        planned_years = set(_YEAR_RE.findall(sentence, 0, plan.end))
        if planned_years and years - planned_years:
            continue
        tail = _DONE_OF_IT_END_RE.match(sentence, unit[1] if unit else quantity.end)
        if tail is None:
            continue
        start = done.start("own") if done["own"] else quantity.start
        figure = counted_figure(plan.metric, "result", start, tail.end(), quantity)
        figure.stage = plan.stage
        figure.qualifiers.update(qualifiers_of(quantity, "result", sentence, tail.end()))
        percent = percent_after(sentence, tail.end(), quantity, plan.metric)
        if percent:
            take_percent(figure, percent)
        added.append(figure)
        following = _AND_THE_NEXT_DONE_RE.match(sentence, tail.end())
        if following is not None and not within(figures + added, following.start("n")):
            metric = next(
                (m for m, noun in _NOUN_OF_METRIC.items() if noun.fullmatch(following["noun"])),
                None,
            )
            other = next((p for p in before if p.metric == metric and p is not plan), None)
            # ("với": the members of the unions done, not the other way round)
            if following["join"].strip() == "với" and (plan.metric, metric) != (
                "cdcs_thanh_lap",
                "doan_vien_ket_nap",
            ):
                other = None
            if other is not None:
                quantity = quantity_at(found, following.start("n"))
                if quantity is not None and not quantity.percent:
                    done_too = counted_figure(
                        metric, "result", quantity.start, following.end(), quantity
                    )
                    done_too.qualifiers.update(
                        qualifiers_of(quantity, "result", sentence, following.end())
                    )
                    added.append(done_too)
    return sorted(figures + added, key=lambda f: f.start)


def next_deeds_done_bare(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The count done after a result with its own deed and no noun (_AND_THE_NEXT_DEED_RE): a
    result of the deed's metric, when a target of that metric was given before."""
    added: list[Figure] = []
    found = quantities(sentence)
    for figure in figures:
        if figure.kind != "result" or figure.metric == "other":
            continue
        following = _AND_THE_NEXT_DEED_RE.match(sentence, figure.end)
        if following is None or within(figures + added, following.start("n")):
            continue
        metric = w.METRIC_OF_DEED.get(following["deed"].lower())
        if metric == figure.metric or not any(
            f.kind == "plan" and f.metric == metric and f.end <= figure.start for f in figures
        ):
            continue
        quantity = quantity_at(found, following.start("n"))
        if quantity is None or quantity.percent or quantity.relation:
            continue
        done = counted_figure(metric, "result", following.start("deed"), following.end(), quantity)
        done.qualifiers.update(qualifiers_of(quantity, "result", sentence, following.end()))
        added.append(done)
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# A report's targets, then its results headed "kết quả:" or "thực hiện" in the next clause, each a
# count with its noun and no deed: "Chỉ tiêu được giao: 8 CĐCS, 1.200 đoàn viên; kết quả: 11 CĐCS,
# 1.347 đoàn viên", "Kế hoạch 15 CĐCS, 2.000 đoàn viên; thực hiện 17 CĐCS, đạt 113%; 2.236 đoàn
# viên, đạt 111,8%" (probes471). Each is what was done of the target of its noun's metric.
# (up to a date, before a colon: "Thành phố giao 18 CĐCS và 2.400 đoàn viên; kết quả đến 15/12: 21
# CĐCS, 2.615 đoàn viên", probes505)
# (in turn: "…; kết quả thực hiện tương ứng là 17 CĐCS và 2.046 đoàn viên", probes597; or set
# against them after a comma, in speech: "tỉnh giao chúng tôi 1.500 đoàn viên, 10 CĐCS, còn kết
# quả đạt lần lượt 1.620 đoàn viên và 12 CĐCS", probes590)
_RESULTS_HEADED_RE = re.compile(
    r"(?:;|,\s*còn)\s*(?:kết quả(?:\s+thực hiện)?(?:\s+đạt(?:\s+được)?)?"
    r"|(?:đã\s+)?thực hiện(?:\s+được)?|đạt được"
    # (or after a time and who did it, said in turn: "…; đến hết tháng 9, đơn vị đã thực hiện lần
    # lượt 10 CĐCS và 2.130 đoàn viên", probes634)
    r"|(?:(?:đến|tới|tính đến|hết)\s[^;:,]{0,25},\s*)?(?:[^\W\d][^;:,\d]{0,30}?\s+)?"
    r"đã\s+thực hiện(?:\s+được)?(?=\s+(?:lần lượt|tương ứng|theo thứ tự)\b))"
    r"\s*(?::\s*|\s+(?:(?:lần lượt|tương ứng|theo thứ tự)\s+)?(?:là\s+)?(?=\d)"
    r"|\s+(?:(?:tính\s+)?đến|tới)\s+[^:;,]{1,25}?:\s*)",
    re.IGNORECASE,
)
_HEADED_RESULT_RE = re.compile(
    rf"\s*(?:(?:[,;]|và)\s*)?(?:(?P<qual>{w.QUALIFIER})\s+)?"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)\s+"
    rf"(?P<unit>{w.CDCS_WORDS}|nghiệp đoàn|đoàn viên|ĐVCĐ)\b"
    r"(?:\s*,\s*(?P<verb>đạt|vượt)\s+(?P<p>\d{1,3}(?:,\d+)?)\s*%"
    r"(?:\s*(?:kế hoạch|chỉ tiêu|KH)\b)?"
    # (or in brackets: "4 CĐCS (66,7%) và 812 đoàn viên (90,2%)", probes505)
    r"|\s*\(\s*(?:(?P<verb2>đạt|vượt)\s+)?(?P<p2>\d{1,3}(?:,\d+)?)\s*%\s*\))?"
    r"(?=\s*(?:[,;.]|và\b|$))",
    re.IGNORECASE,
)


def _metric_of_unit(unit: str) -> str:
    return next(m for m, noun in _NOUN_OF_METRIC.items() if noun.search(unit))


def results_headed_after_targets(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See _RESULTS_HEADED_RE: each count a result of the target before of its metric, which it
    takes in place of the plan's figure."""
    plans = [f for f in figures if f.kind == "plan" and f.metric in _NOUN_OF_METRIC]
    if not plans:
        return figures
    added: list[Figure] = []
    merged: list[Figure] = []
    found = quantities(sentence)
    for headed in _RESULTS_HEADED_RE.finditer(sentence, plans[0].end):
        at = headed.end()
        while (item := _HEADED_RESULT_RE.match(sentence, at)) is not None:
            at = item.end()
            metric = _metric_of_unit(item["unit"])
            plan = next(
                (p for p in reversed(plans) if p.metric == metric and p.end <= headed.start()),
                None,
            )
            quantity = quantity_at(found, item.start("n"))
            if plan is None or any(plan is m for m in merged) or quantity is None:
                break
            if quantity.percent:
                break
            if within(figures + added, quantity.start):
                break
            done = counted_figure(metric, "result", item.start("n"), item.end(), quantity)
            done.target = plan.target
            if item["qual"]:
                done.qualifiers["achieved"] = item["qual"].lower()
            if item["p"] or item["p2"]:
                done.percent = parse_number(item["p"] or item["p2"])
                verb = (item["verb"] or item["verb2"] or "").lower()
                done.percent_kind = "over_target" if verb == "vượt" else "of_target"
            added.append(done)
            merged.append(plan)
    if not added:
        return figures
    kept = [f for f in figures if not any(f is m for m in merged)]
    return sorted(kept + added, key=lambda f: f.start)


# Targets given body by body, then what each did in turn: "Chỉ tiêu giao năm 2023: LĐLĐ huyện
# Thái Thụy 600 đoàn viên, LĐLĐ huyện Tiền Hải 500 đoàn viên, …; kết quả thực hiện lần lượt là 712,
# 498 và 365 đoàn viên", "LĐLĐ tỉnh giao LĐLĐ TP Gia Nghĩa 250 đoàn viên, …; đến cuối năm, các đơn
# vị này kết nạp được lần lượt 268, 176 và 150 đoàn viên, đạt 107,2%, 88% và 100%" (probes474).
# Each value is its body's result of its target, as many values as bodies.
_TARGETS_BY_BODY_OPEN_RE = re.compile(
    r"(?:\b(?:chỉ tiêu|kế hoạch)\b[^;:\d]{0,40}?(?:(?:19|20)\d\d[^;:\d]{0,10}?)?:"
    r"|\bgiao(?:\s+cho)?)\s*",
    re.IGNORECASE,
)
_TARGET_BY_BODY_RE = re.compile(
    rf"(?P<org>{w.ORGANISATION.pattern}|{w.BODY_NAME})\s+(?:(?:là|có)\s+)?"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)\s+"
    rf"(?P<unit>{w.CDCS_WORDS}|nghiệp đoàn|đoàn viên|ĐVCĐ)\b"
    r"(?P<apart>\s*[,;]\s*(?:và\s+)?|\s+và\s+)?",
    w.ORGANISATION.flags,
)
_IN_TURN_PERCENT = r"\d{1,3}(?:,\d+)?\s*%"
_DONE_IN_TURN_RE = re.compile(
    r"[^;]{0,80}?\b(?:lần lượt(?:\s+(?:là|đạt|được|có))?"
    r"|(?:kết nạp|thành lập|giới thiệu|tập huấn|đạt|thực hiện)(?:\s+được)?\s+lần lượt)\s+"
    rf"(?P<values>(?:{COUNT_IN_DIGITS})(?:\s*,\s*(?:{COUNT_IN_DIGITS}))*\s*,?\s+và\s+"
    rf"(?:{COUNT_IN_DIGITS}))(?![\d%/]|[.,]\d)"
    rf"(?:\s+(?P<unit>{w.CDCS_WORDS}|nghiệp đoàn|đoàn viên|ĐVCĐ)\b)?"
    rf"(?:\s*,\s*(?:đạt\s+)?(?P<percents>{_IN_TURN_PERCENT}(?:\s*(?:,|và)\s*{_IN_TURN_PERCENT})+))?",
    re.IGNORECASE,
)


def results_in_turn_of_targets_by_body(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See _DONE_IN_TURN_RE: the results in place of what was read of the span."""
    for opened in _TARGETS_BY_BODY_OPEN_RE.finditer(sentence):
        items, at = [], opened.end()
        while (item := _TARGET_BY_BODY_RE.match(sentence, at)) is not None:
            items.append(item)
            at = item.end()
            if not item["apart"] or ";" in item["apart"]:
                break
        if len(items) < 2 or ";" not in (items[-1]["apart"] or ""):
            continue
        metrics = {_metric_of_unit(item["unit"]) for item in items}
        done = _DONE_IN_TURN_RE.match(sentence, at)
        if len(metrics) != 1 or done is None:
            continue
        (metric,) = metrics
        if done["unit"] and _metric_of_unit(done["unit"]) != metric:
            continue
        values = list(re.finditer(COUNT_IN_DIGITS, done["values"]))
        percents = re.findall(r"\d{1,3}(?:,\d+)?", done["percents"] or "")
        if len(values) != len(items) or (percents and len(percents) != len(values)):
            continue
        offset = done.start("values")
        results = [
            Figure(
                metric=metric,
                kind="result",
                start=offset + value.start(),
                end=offset + value.end(),
                achieved=parse_number(value.group(0)),
                target=parse_number(item["n"]),
                percent=parse_number(percents[index]) if percents else None,
                percent_kind="of_target" if percents else None,
                stage="introduced" if metric == "dang_vien_gioi_thieu" else None,
                organisation=item["org"].strip(),
            )
            for index, (item, value) in enumerate(zip(items, values, strict=True))
        ]
        span = (items[0].start(), done.end())
        kept = [f for f in figures if f.end <= span[0] or f.start >= span[1]]
        return sorted(kept + results, key=lambda f: f.start)
    return figures


# A count said in speech with its noun put first, as the topic: "“Đoàn viên thì cả năm được
# 2.730, chỉ tiêu tỉnh giao là 2.500 …”" (probes293), "Còn CĐCS thì năm nay mới được 5".
_TOPIC_DONE_RE = re.compile(
    # (its deed with it: "Còn thành lập công đoàn cơ sở thì được 9", probes323)
    r"(?:^|[,;:“\"(–-])\s*(?:còn\s+|về\s+)?(?:(?:thành lập|kết nạp|phát triển)(?:\s+mới)?\s+)?"
    r"(?P<noun>đoàn viên(?:\s+mới)?|ĐVCĐ|CĐCS|"
    # (or "là": "Thành lập CĐCS là được 46, chủ yếu ở …", probes327)
    r"công đoàn cơ sở|nghiệp đoàn)\s+(?:thì|là)\s+(?P<gap>[^,;\d]{0,30}?)\s*"
    r"(?:(?:mới|chỉ|cũng|đã|vẫn)\s+)*(?:làm\s+|kết nạp\s+|thành lập\s+|phát triển\s+)?được\s+"
    # (in words too: "Đoàn viên mới thì năm nay được khoảng ba nghìn hai trăm", probes318)
    rf"(?=(?:(?:{w.QUALIFIER})\s+)?(?:\d|(?:{NUMBER_IN_WORDS})\b))",
    re.IGNORECASE,
)


def counts_of_their_topic(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Counts done whose noun is the topic said before them, with "thì" (_TOPIC_DONE_RE)."""
    added: list[Figure] = []
    found: list | None = None  # (the sentence's numbers, parsed only when a topic is said)
    for said in _TOPIC_DONE_RE.finditer(sentence):
        found = quantities(sentence) if found is None else found
        quantity = quantity_at(found, said.end())
        if quantity is None or quantity.percent or within(figures, quantity.start):
            continue
        metric = "doan_vien_ket_nap" if said["noun"][0] in "đĐ" else "cdcs_thanh_lap"
        unit = unit_of(sentence, quantity)
        if unit is not None and metric not in METRICS_OF_UNIT.get(unit[0], set()):
            continue
        end = _DONE_OF_IT_END_RE.match(sentence, unit[1] if unit else quantity.end)
        if end is None:
            continue
        figure = counted_figure(metric, "result", said.start("noun"), end.end(), quantity)
        figure.qualifiers.update(qualifiers_of(quantity, "result", sentence, end.end()))
        # (with its percent after: "Thành lập CĐCS thì mới được 18/25, tức là đạt 72%",
        # probes376)
        percent = percent_after(sentence, end.end(), quantity, metric)
        if percent:
            take_percent(figure, percent)
        added.append(figure)
    return sorted(figures + added, key=lambda f: f.start) if added else figures


def ratios_of_targets_named(sentence: str, figures: list[Figure]) -> list[Figure]:
    """What was done of targets a clause before named, as x/y with y the target: "được LĐLĐ tỉnh
    giao thành lập 4 CĐCS và kết nạp 60 đoàn viên; đến nay mới đạt 2/4 CĐCS và 41/60 đoàn viên"
    (probes291): one figure each, done of its target, in place of the target alone."""
    plans = [f for f in figures if f.kind == "plan" and isinstance(f.target, (int, float))]
    if not plans:
        return figures
    kept, added = list(figures), []
    for quantity in quantities(sentence):
        if quantity.relation != "of" or quantity.percent or within(figures, quantity.start):
            continue
        unit = unit_of(sentence, quantity)
        fits = METRICS_OF_UNIT.get(unit[0], set()) if unit else set()
        plan = next(
            (
                p
                for p in reversed(plans)
                if p.end <= quantity.start and p.metric in fits and p.target == quantity.second
            ),
            None,
        )
        if plan is None or plan not in kept:
            continue
        figure = counted_figure(plan.metric, "result", quantity.start, unit[1], quantity)
        figure.stage = plan.stage
        percent = percent_after(sentence, unit[1], quantity, plan.metric)
        if percent:
            take_percent(figure, percent)
        kept.remove(plan)
        added.append(figure)
    return sorted(kept + added, key=lambda f: f.start) if added else figures


# A headline that tells what a time brought in a few words, with no verb: "4 tháng, 132 đoàn viên",
# "Một quý, 9 công đoàn cơ sở", "6 tháng, 12 CĐCS và 1.450 đoàn viên mới" (probes60, probes82): the
# whole sentence is the time and the counts. (After a place, and with each count's percent of the
# plan in brackets or other items of the time listed after them: "Hưng Yên: 10 tháng – 5.100
# đoàn viên (102%), 31 CĐCS (103%)", "Cần Thơ 6 tháng đầu năm 2021: 14 CĐCS, 1.630 đoàn viên mới,
# 86 lớp tập huấn", probes120.)
_NUMBER = r"(?:(?:" + w.QUALIFIER + r")\s+)?\d[\d.]*(?:,\d+)?"
_TIME_HEAD_RE = re.compile(
    # (a time gone by, not a date: "Năm 2024: hơn 9,2 triệu đoàn viên" may be a stock)
    r"^\W*(?:[A-ZĐ][^\W\d][^:,;\d]{0,40}?:?\s+)?(?:\d+|một|hai|ba|sáu|chín)\s+(?:tháng|quý|năm)"
    r"(?:\s+đầu\s+năm(?:\s+(?:19|20)\d\d)?)?\s*[,:–-]\s*",
    re.IGNORECASE,
)
_TIME_COUNT_RE = re.compile(
    rf"(?P<n>{_NUMBER})\s+(?P<unit>{w.CDCS_WORDS}|đoàn viên|ĐVCĐ)(?:\s+mới)?"
    r"(?:\s*\(\s*(?:đạt\s+)?(?P<percent>\d+(?:,\d+)?)\s*%\s*\))?",
    re.IGNORECASE,
)
# (another item of the time, not a development count: "86 lớp tập huấn")
_TIME_OTHER_ITEM_RE = re.compile(rf"{_NUMBER}\s+[^\W\d][^\d,;()]{{0,30}}", re.IGNORECASE)
_TIME_ITEM_SEPARATOR_RE = re.compile(r"\s*(?:,|\bvà\b)\s*", re.IGNORECASE)


def counts_of_a_time(sentence: str) -> list[Figure]:
    head = _TIME_HEAD_RE.match(sentence)
    if head is None:
        return []
    told, at, rest = [], head.end(), sentence.rstrip(" .!")
    while at < len(rest):
        count = _TIME_COUNT_RE.match(rest, at)
        if count is not None and _ends_an_item(rest, count.end()):
            told.append(count)
            at = count.end()
        elif (other := _TIME_OTHER_ITEM_RE.match(rest, at)) and _ends_an_item(rest, other.end()):
            at = other.end()
        else:
            return []
        separator = _TIME_ITEM_SEPARATOR_RE.match(rest, at)
        if separator is not None and separator.end() > at:
            at = separator.end()
        elif at < len(rest):
            return []
    numbers, found = quantities(sentence), []
    for count in told:
        quantity = quantity_at(numbers, count.start("n"))
        if quantity is None:
            continue
        unit = count["unit"].lower()
        metric = "doan_vien_ket_nap" if unit in ("đoàn viên", "đvcđ") else "cdcs_thanh_lap"
        figure = counted_figure(metric, "result", quantity.start, count.end(), quantity)
        figure.qualifiers.update(quantity.qualifiers)
        if count["percent"]:
            figure.percent = parse_number(count["percent"])
            figure.percent_kind = "of_target"
        found.append(figure)
    return found


def _ends_an_item(text: str, at: int) -> bool:
    return at >= len(text) or bool(_TIME_ITEM_SEPARATOR_RE.match(text, at))


# People who joined, the union they joined left to the sentence that names it: "Nghiệp đoàn nghề
# cá xã Lại Sơn … có 156 ngư dân gia nhập ngay trong ngày ra mắt" (probes73; a known gap).
_JOINED_BARE_RE = re.compile(
    rf"(?P<n>(?:(?:{w.QUALIFIER})\s+)?\d[\d.]*)\s+(?!(?:đơn|tờ|lá|phiếu|mẫu|hồ sơ)\b)"
    r"(?:[^\W\d]+\s+){1,6}?(?:đã\s+)?(?:tự nguyện\s+)?gia nhập"
    r"(?=\s*(?:[,.;”\"]|$)|\s+(?:ngay|trong|sau|từ|kể từ|khi)\b)",
    re.IGNORECASE,
)


def joined_bare(sentence: str, figures: list[Figure]) -> list[Figure]:
    if not w.UNION.search(sentence) or w.YOUTH.search(sentence) or w.is_party(sentence):
        return figures
    added, found = [], quantities(sentence)
    for joined in _JOINED_BARE_RE.finditer(sentence):
        quantity = quantity_at(found, joined.start("n"))
        if quantity is None or quantity.relation or quantity.percent:
            continue
        if within(figures, quantity.start):
            continue
        if w.APPLYING.search(joined.group(0)) or re.search(
            r"\b(?:chưa|sẽ|muốn|mong muốn|sẵn sàng|có thể|cần)\b", joined.group(0), re.I
        ):
            continue
        unit = unit_of(sentence, quantity)
        if unit is None or unit[0] not in ("member", "official_or_member"):
            continue
        kind = plan_or_result(sentence, quantity.start, quantity)
        figure = counted_figure("doan_vien_ket_nap", kind, quantity.start, joined.end(), quantity)
        figure.qualifiers.update(quantity.qualifiers)
        added.append(figure)
    return sorted(figures + added, key=lambda f: f.start)


# Unions and members said together, then founded and recruited in turn: "với 8 CĐCS tại các bệnh
# viện, phòng khám tư nhân và 1.120 đoàn viên được thành lập, kết nạp mới" (probes77).
_FOUNDED_AND_RECRUITED_RE = re.compile(
    rf"(?P<cdcs>(?:(?:{w.QUALIFIER})\s+)?\d[\d.]*)\s+(?:{w.CDCS_WORDS}|nghiệp đoàn)\b"
    r"[^;\d]{0,80}?"
    rf"\s+và\s+(?P<members>(?:(?:{w.QUALIFIER})\s+)?\d[\d.]*)\s+(?:đoàn viên|ĐVCĐ|ĐV)\b"
    r"(?:\s+công đoàn)?\s+(?:đã\s+)?(?:lần lượt\s+)?được\s+thành lập(?:\s+mới)?\s*(?:,|và)\s*"
    r"kết nạp(?:\s+mới)?"
    # (or members first: "5.430 đoàn viên mới và 17 CĐCS đã được kết nạp, thành lập", probes156)
    rf"|(?P<members2>(?:(?:{w.QUALIFIER})\s+)?\d[\d.]*)\s+(?:đoàn viên|ĐVCĐ|ĐV)\b[^;\d]{{0,80}}?"
    rf"\s+và\s+(?P<cdcs2>(?:(?:{w.QUALIFIER})\s+)?\d[\d.]*)\s+(?:{w.CDCS_WORDS}|nghiệp đoàn)\b"
    r"(?:\s+mới)?\s+(?:đã\s+)?(?:lần lượt\s+)?được\s+kết nạp(?:\s+mới)?\s*(?:,|và)\s*"
    r"thành lập(?:\s+mới)?",
    re.IGNORECASE,
)


def founded_and_recruited(sentence: str, figures: list[Figure]) -> list[Figure]:
    added, found = [], quantities(sentence)
    for pair in _FOUNDED_AND_RECRUITED_RE.finditer(sentence):
        for group, metric in (
            ("cdcs", "cdcs_thanh_lap"),
            ("members", "doan_vien_ket_nap"),
            ("cdcs2", "cdcs_thanh_lap"),
            ("members2", "doan_vien_ket_nap"),
        ):
            if pair[group] is None:
                continue
            quantity = quantity_at(found, pair.start(group))
            if quantity is None or quantity.relation or quantity.percent:
                continue
            if within(figures, quantity.start):
                continue
            figure = counted_figure(metric, "result", quantity.start, pair.end(), quantity)
            figure.qualifiers.update(quantity.qualifiers)
            added.append(figure)
    return sorted(figures + added, key=lambda f: f.start)


# (a city's "thành phố" is part of its name: "LĐLĐ tỉnh giao LĐLĐ thành phố Lạng Sơn 6 CĐCS và 550
# đoàn viên …; đến nay, thành phố đã thành lập 5 CĐCS, kết nạp 497 đoàn viên", probes507)
_TO_A_UNION_BODY = (
    # (or all of a kind, the kinds listed: "LĐLĐ tỉnh Ninh Bình giao các LĐLĐ huyện, thành phố thành
    # lập 35 CĐCS; kết quả, toàn tỉnh thành lập được 38 CĐCS", probes867)
    r"\s+(?:các\s+)?(?:LĐLĐ|Liên đoàn Lao động|Công đoàn)(?:(?:\s+|\s*,\s*(?=(?:thành phố|thị xã|"
    # (a deed's first word in small letters ends it; in capitals it is the name's: "giao Công đoàn
    # ngành Nông nghiệp và Phát triển nông thôn 300 đoàn viên, 3 CĐCS, …", probes931; as long as
    # a name after "cho")
    r"huyện|quận)\b))(?!(?-i:là|mỗi|giới|kết|thành\b(?!\s+phố)|phát|tập)\b)"
    r"(?:[^\s,;\d]+|(?:19|20)\d\d\b)){1,12}?"
)
_ASSIGNED_BEFORE_RE = re.compile(
    # ("Tổng Liên đoàn giao cho LĐLĐ tỉnh 35.000 đoàn viên nhưng …")
    # (not a deed assigned: "giao cho công đoàn mỗi năm giới thiệu ít nhất 40 …")
    # (but a city's "thành phố" is whom: "Tỉnh giao cho thành phố 10 công đoàn cơ sở và 1.200 đoàn
    # viên; …", probes460)
    # (its year between: "Thành phố giao cho LĐLĐ huyện Hóc Môn năm 2024 thành lập 12 CĐCS và kết
    # nạp 3.000 đoàn viên; đến ngày 15/11, huyện đã thành lập 13 CĐCS …", probes875)
    # (a long name with its year: "Thành phố giao cho Công đoàn ngành Du lịch Hà Nội năm 2025
    # thành lập 8 CĐCS …", probes914)
    r"\bgiao(?:\s+cho(?:\s+(?!là\b|mỗi\b|giới\b|kết\b|thành\b(?!\s+phố)|phát\b|tập\b)"
    r"(?:[^\s,;\d]+|(?:19|20)\d\d\b)){1,12}?"
    # (or to a union body named with no "cho": "Thành phố giao LĐLĐ huyện Thanh Oai 12 CĐCS và
    # 900 đoàn viên; …, huyện đã thành lập 14 CĐCS, …", probes351)
    rf"|{_TO_A_UNION_BODY}"
    # (or a territory: "Thành phố giao quận 1.000 đoàn viên, mình làm được 1.136", probes469)
    r"|\s+(?:quận|huyện|thị xã|phường|xã|tỉnh|thành phố)(?:\s+[^\s,;\d]+){0,4}?"
    # (or the speaker's body: "“Tổng Liên đoàn giao chúng tôi 1.000 đoàn viên, mà đến nay mới được
    # 640 …”", probes860)
    rf"|\s+{w.DOERS}\b"
    # (or each of a kind, the kinds listed: "LĐLĐ tỉnh giao mỗi LĐLĐ huyện, thành phố thành lập ít
    # nhất 3 CĐCS; đến nay …", probes816)
    r"|\s+mỗi(?:\s*,?\s+[^\s,;\d]+){1,8}?)?"
    r"\s*:?\s*"
    r"(?:(?:ít nhất|khoảng|gần|hơn|trên)\s+)?$"
    # (the next of the targets a body assigned, listed: "được giao 25 CĐCS và 1.400 đoàn viên; kết
    # quả …", probes122; a target named with "chỉ tiêu" is _TARGET_OF_THE_PERIOD_RE's)
    # (to whom named too: "LĐLĐ thành phố Hà Nội giao cho huyện 10 CĐCS và 1.500 đoàn viên; kết quả
    # …", probes201)
    # (each with its deed: "được Thành phố giao thành lập 10 CĐCS, kết nạp 1.000 đoàn viên; kết
    # quả, đơn vị đã thành lập 14 CĐCS, kết nạp 1.412 đoàn viên", probes308)
    rf"|\bgiao(?:\s+cho(?:\s+[^\s,;\d]+){{1,8}}?|{_TO_A_UNION_BODY})?"
    rf"\s+(?:(?:(?:{w.DEED_VERBS})(?:\s+mới)?\s+)?"
    # (the item's noun said with where: "được giao thành lập 4 CĐCS ngoài khu vực nhà nước, kết
    # nạp 400 đoàn viên; tính đến hết tháng 10 …", probes937)
    r"\d[\d.]*\s+[^\s,;\d]+(?:\s+[^\s,;\d]+){0,6}?\s*(?:,|và)\s*)+$",
    re.I,
)


_BY_THE_PLAN_RE = re.compile(
    # (or the aim it was done with: "Với mục tiêu thành lập 20 nghiệp đoàn trong năm 2025, đến nay
    # LĐLĐ tỉnh An Giang đã thành lập 17 nghiệp đoàn …", probes958)
    r"\b(?:theo kế hoạch|(?:với|theo) mục tiêu)\b",
    re.IGNORECASE,
)
# (a target registered by the body itself: "đăng ký giới thiệu 600 đoàn viên ưu tú cho Đảng")
# (with whom too: "công ty đăng ký với cấp trên kết nạp 1.200 đoàn viên", probes950)
_REGISTERED_RE = re.compile(
    # (or the count, its deed left to the noun: "“Đầu năm chúng tôi đăng ký 15 công đoàn cơ sở,
    # tới giờ làm được 11 …”", probes958)
    rf"\bđăng ký\s+(?:với\s+(?:[^\s,;\d]+\s+){{1,5}}?)?(?:chỉ tiêu\s+)?"
    rf"(?:(?:{w.DEED_VERBS})\b|(?=(?:(?:{w.QUALIFIER})\s+)?\d))",
    re.IGNORECASE,
)


def _registered_before(sentence: str, start: int, plan: Figure) -> bool:
    """`plan`, whose span opens with its deed, is what its body registered to do."""
    registered = _REGISTERED_RE.search(sentence, start, plan.end)
    return bool(registered) and registered.start() < plan.start


_SET_AGAINST_RE = re.compile(r"\b(?:nhưng|song|tuy nhiên|trong khi)\b", re.IGNORECASE)
_DONE_SO_FAR_AFTER_RE = re.compile(
    # (or at its end, or what was done in fact: "…; kết thúc năm, đơn vị kết nạp 1.032 đoàn viên",
    # "…; thực tế quận đã thành lập 15 CĐCS", probes704)
    # (or joined by "và", at the year's end: "… đăng ký kết nạp 500 đoàn viên trong năm 2024 và
    # đến cuối năm đã kết nạp trên 620 người", probes942)
    r"(?:[;,]|\bvà)\s*(?:kết quả,?\s*)?"
    r"(?:đến nay|tính đến|đến hết|đến cuối|hết|sau|kết thúc|thực tế"
    # (or so far, in speech: "“Năm nay chúng tôi đăng ký thành lập 10 nghiệp đoàn, đến giờ đã ra
    # mắt được 8 nghiệp đoàn …”", probes951)
    r"|(?:đến|tới)\s+(?:giờ|nay)|bây giờ|hiện giờ"
    # (or what was carried out of it: "kế hoạch đặt ra 20 lớp cho 1.600 cán bộ …, thực hiện được
    # 24 lớp với 1.985 lượt cán bộ tham gia", probes958)
    r"|(?:đã\s+)?thực hiện được)\b"
    # (or the result said: "…, kết quả đã giới thiệu 652 người", probes931)
    r"|[;,]\s*kết quả\b(?!\s+(?:đánh giá|xếp loại|khảo sát)\b)",
    re.IGNORECASE,
)
# (or the goal of this year: "Mục tiêu năm nay của HEPZA là 10 ngàn đoàn viên mới, mà bây giờ mới
# tháng 7 đã được ngót 5 ngàn rồi", probes252)
_TARGET_OF_THE_PERIOD_RE = re.compile(
    # (or a goal of a year named: "Mục tiêu năm 2023 của LĐLĐ quận … là kết nạp 1.500 đoàn viên,
    # thành lập 15 CĐCS; đến ngày 15/12, quận đã kết nạp 1.634 đoàn viên, …", "Năm 2023, LĐLĐ …
    # đặt mục tiêu thành lập 30 CĐCS, …; kết quả thành lập được 34 CĐCS", probes656)
    r"\b(?:chỉ tiêu|(?<!theo )kế hoạch|mục tiêu\s+(?:năm nay|cả năm|của năm nay|năm\s+\d{4}))\b"
    # (or of the term: "Mục tiêu cả nhiệm kỳ là 100 công đoàn cơ sở mới, đến giờ thì mới làm được
    # 38", probes748)
    r"|\bmục tiêu\s+(?:của\s+)?(?:cả\s+)?nhiệm kỳ\b"
    r"|\bđặt\s+(?:ra\s+)?mục tiêu\b"
    # (or set by the speaker right before it: "chúng tôi đặt ra 25, làm được 27 cơ sở", probes259)
    r"|\bđặt ra\s*$",
    re.IGNORECASE,
)


# How far a hedged percent or count may be from the ratio it says: "kế hoạch năm 2021 là 50.000
# đoàn viên, nhưng thành phố chỉ làm được hơn 31.000, tức chừng 60%" (probes217).
_HEDGED_RATIO_POINTS = 3


def _its_share_of(result: Figure, plan: Figure) -> bool:
    """`result`, a count done with no target, says its percent of `plan`'s target (a bare share
    too, when it is exactly that: "Chỉ tiêu kết nạp 1.500 đoàn viên …, đã đạt 1.162 người, tương
    đương 77,5%", probes21)."""
    if result.kind != "result" or result.target is not None:
        return False
    if result.percent_kind not in ("of_target", "over_target", "rate"):
        return False
    if not all_numbers(result.achieved, result.percent, plan.target) or not plan.target:
        return False
    share = share_of_the_plan(result)
    return _is_said_ratio(result, share, plan.target)


def _is_said_ratio(result: Figure, share: float, target: float) -> bool:
    """`share` (the result's percent of the plan) is its count of `target`: to the digits it is
    written with, or near it when the count or the percent is said loosely."""
    if is_ratio(share, written_percent(result.percent), result.achieved, target):
        return True
    hedged = result.qualifiers.get("percent") or result.qualifiers.get("achieved")
    return bool(hedged) and abs(share - 100 * result.achieved / target) <= _HEDGED_RATIO_POINTS


# The target said bare before what was done of it, in a clause of its own, no figure of its own:
# "Về thành lập CĐCS, kế hoạch năm là 25 đơn vị, đến nay thành lập được 11, đạt 44%", "Riêng CĐCS,
# chỉ tiêu 250 đơn vị, đến nay đã thành lập 312, vượt gần 25%" (probes217); the percent says
# the count is of it.
# (or assigned, the deed right after it: "LĐLĐ thị xã Mỹ Hào được giao 600, kết nạp 645", probes432,
# probes436, probes447)
_BARE_TARGET_BEFORE_RE = re.compile(
    r"\b(?:(?:kế hoạch|chỉ tiêu)(?:\s+(?:cả\s+)?năm)?(?:\s+(?:19|20)\d\d)?(?:\s+(?:được\s+)?giao)?"
    r"|(?P<assigned>(?:được\s+)?giao))\s*"
    r"(?:là\s+)?(?P<n>\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?:\s+(?:đơn vị|CĐCS|công đoàn cơ sở|đoàn viên|người|bản|doanh nghiệp|lượt))?\s*[,;]",
    re.IGNORECASE,
)


# (what may stand between a target assigned and the deed done of it)
_RIGHT_AFTER_RE = re.compile(r"\s*(?:(?:đến nay|hiện|đã|mới|chỉ|thì)\s+)*")


def bare_targets_before(sentence: str, figures: list[Figure]) -> list[Figure]:
    for figure in figures:
        if figure.kind != "result" or figure.target is not None:
            continue
        told = rightmost(_BARE_TARGET_BEFORE_RE, sentence[: figure.start])
        if told is None or any(told.end() <= f.start < figure.start for f in figures):
            continue
        if any(f.start <= told.start("n") < f.end for f in figures):
            continue
        target = parse_number(told["n"])
        # (assigned, the deed right after it, its percent said or not)
        if (
            told["assigned"]
            and all_numbers(figure.achieved)
            and _RIGHT_AFTER_RE.fullmatch(sentence, told.end(), figure.start)
            and figure.percent_kind in (None, "of_target", "over_target")
        ):
            figure.target = target
            continue
        if figure.percent_kind not in ("of_target", "over_target") or not all_numbers(
            figure.achieved, figure.percent
        ):
            continue
        share = share_of_the_plan(figure)
        if target and _is_said_ratio(figure, share, target):
            figure.target = target
    return figures


_A_DEED_BEFORE_RE = re.compile(rf"\b(?:{w.DEED_VERBS})\b", re.IGNORECASE)


def _done_read_as_planned(later: Figure, plan: Figure) -> bool:
    """`later`, read as planned, is what was done of `plan`'s target: its percent of it says so."""
    if later.kind != "plan" or later.achieved is not None or later.percent is None:
        return False
    if later.percent_kind not in ("of_target", "over_target"):
        return False
    if not all_numbers(later.target, plan.target) or not plan.target:
        return False
    share = share_of_the_plan(later)
    done = dataclasses.replace(later, achieved=later.target, qualifiers={})
    return _is_said_ratio(done, share, plan.target)


# A count said done, "được" right before it: "… giới thiệu được 162 người".
# (or the courses done before those at them: "…, thực hiện được 24 lớp với 1.985 lượt cán bộ tham
# gia", probes958)
_DONE_RIGHT_BEFORE_RE = re.compile(
    r"\bđược\s+(?:\d[\d.]*\s+(?:lớp|khóa|khoá|cuộc)\s+(?:với|cho)\s+)?"
    r"(?:(?:gần|hơn|trên|khoảng|chừng|tới)\s+)?$"
)


# (or "thì" right after the target, as people set what was done against it: "kế hoạch năm 2024 là
# 1.100 đoàn viên thì tỉnh kết nạp được 1.163", probes966)
_THEN_RIGHT_AFTER_RE = re.compile(r"\s+thì\b", re.IGNORECASE)


def _done_so_far_read_as_planned(sentence: str, later: Figure, plan: Figure) -> bool:
    """`later`, read as planned under the target's words, is what was done of `plan`'s target so
    far, said done in a clause after it ("Chỉ tiêu giới thiệu đoàn viên ưu tú cho Đảng năm nay là
    150, tới giờ thì mình giới thiệu được 162 người", probes959)."""
    if later.kind != "plan" or later.achieved is not None or later.percent is not None:
        return False
    if not all_numbers(later.target, plan.target) or w.FUTURE.search(sentence, plan.end, later.end):
        return False
    return bool(
        (
            _DONE_SO_FAR_AFTER_RE.search(sentence, plan.end, later.start)
            or _THEN_RIGHT_AFTER_RE.match(sentence, plan.end, later.start)
        )
        and _DONE_RIGHT_BEFORE_RE.search(
            sentence, max(0, later.start - 30), number_at(sentence, later)
        )
    )


def _a_target_of_members_alone(sentence: str, plan: Figure, clause_start: int) -> bool:
    """ "chỉ tiêu 150 đoàn viên": members as a target, with no deed of their own."""
    return (
        plan.metric == "doan_vien_ket_nap"
        and bool(_TARGET_OF_THE_PERIOD_RE.search(sentence, clause_start, plan.start))
        and not _A_DEED_BEFORE_RE.search(sentence, clause_start, plan.start)
    )


_TARGETS_JOINED_RE = re.compile(r"\s*(?:,|và)\s*", re.IGNORECASE)


def _first_of_its_list(sentence: str, plan: Figure, figures: list[Figure]) -> Figure:
    """The first plan of the list of targets `plan` ends ("10 CĐCS và 600 đoàn viên"), or itself."""
    first = plan
    while True:
        before = next(
            (
                f
                for f in figures
                if f.kind == "plan"
                and f.end <= first.start
                and _TARGETS_JOINED_RE.fullmatch(sentence, f.end, first.start)
            ),
            None,
        )
        if before is None:
            return first
        first = before


# A target each body of a kind was given ("Mỗi LĐLĐ huyện … được giao kết nạp 300 đoàn viên",
# "LĐLĐ tỉnh giao mỗi LĐLĐ huyện chỉ tiêu thành lập ít nhất 3 CĐCS"), then what each did, body by
# body: "…; đến ngày 15/12, LĐLĐ huyện Chơn Thành đã kết nạp 412, LĐLĐ thị xã Bình Long 287, LĐLĐ
# huyện Lộc Ninh 305 đoàn viên" (probes771): the target is each one's.
_EACH_BODY_RE = re.compile(rf"\bmỗi\s+{w.EACH_UNIT}\b", re.IGNORECASE)


def _the_others_given_it_too(
    sentence: str, plan: Figure, first: Figure, after: list[Figure]
) -> None:
    """Gives `plan`'s target to the results after `first`, in its clause, that a body's name opens
    (a tally's next places), none of their own."""
    clause_end = next(
        (m.start() for m in w.CLAUSE_STOP.finditer(sentence, first.end)), len(sentence)
    )
    previous_end = first.end
    # (or the values said in turn: "Mỗi LĐLĐ huyện được giao thành lập 4 CĐCS …; kết quả LĐLĐ các
    # huyện Tiên Lữ, Phù Cừ và Ân Thi lần lượt thành lập được 5, 4 và 6 CĐCS", probes842)
    # (the turn's word after the verb too, inside the first's words: "… thành lập lần lượt 7, 4
    # và 3 CĐCS", probes916)
    in_turn = w.IN_TURN.search(sentence, plan.end, first.end) is not None
    for result in after[after.index(first) + 1 :]:
        # (the body's name opens the result's words, or stands right before its count: "…, Công
        # đoàn ngành Y tế kết nạp 168 người, Công đoàn ngành Giáo dục 143 người", probes816)
        named = (
            _A_BODY_OPENS_RE.match(sentence, result.start)
            or _A_BODY_BEFORE_RE.match(sentence, previous_end, result.start)
            or (in_turn and _NEXT_IN_TURN_RE.fullmatch(sentence, previous_end, result.start))
        )
        if (
            result.start >= clause_end
            or result.kind != "result"
            or result.target is not None
            or result.percent is not None
            or not all_numbers(result.achieved)
            or not named
        ):
            continue
        result.target = plan.target
        previous_end = result.end


# A target given for each year of a span, then what was done in each year: "Giai đoạn 2023–2025,
# Công đoàn Cao su Việt Nam mỗi năm được giao kết nạp 1.500 đoàn viên; kết quả năm 2023 kết nạp
# 1.612, năm 2024 được 1.538 và năm 2025 là 1.447 đoàn viên" (probes966): each year's count is of
# that target.
_EACH_YEAR_RE = re.compile(r"\b(?:mỗi|hằng|hàng)\s+năm\b", re.IGNORECASE)
# (the year opens the words between, or the result's own: "…, năm 2024 được 1.538")
_THE_NEXT_IN_TURN_RE = re.compile(
    r"(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)(?:năm\s+(?:19|20)\d\d\b[^,;\d]*)?", re.IGNORECASE
)
_A_YEAR_OPENS_RE = re.compile(r"\W*(?:\w+\s+)?năm\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _the_other_years_given_it_too(sentence: str, first: Figure, after: list[Figure]) -> None:
    """Gives `first`'s target to the results right after it that a year of their own opens, each
    said in turn, none with a target or percent of its own."""
    previous_end = first.end
    for result in after[after.index(first) + 1 :]:
        if (
            result.kind != "result"
            or result.target is not None
            or result.percent is not None
            or not all_numbers(result.achieved)
            or not _THE_NEXT_IN_TURN_RE.fullmatch(sentence, previous_end, result.start)
            or not _A_YEAR_OPENS_RE.match(sentence, previous_end)
        ):
            break
        result.target = first.target
        previous_end = result.end


_NEXT_IN_TURN_RE = re.compile(r"(?:\s+[^\W\d]+){0,2}?\s*(?:,|và|,\s*và)\s*", re.IGNORECASE)
# (or said after the target: "Được giao chỉ tiêu thành lập 3 CĐCS mỗi đơn vị trong năm 2024, đến
# nay …", probes796, probes812)
_EACH_AFTER_RE = re.compile(rf"\s*(?:,\s*)?mỗi\s+{w.EACH_UNIT}\b", re.IGNORECASE)
_DONE_BY_MANY_RE = re.compile(
    rf"\d[\d.]*\s+(?:{w.CDCS_WORDS}|công đoàn|đơn vị|doanh nghiệp)\b[^,;:\d]*$", re.IGNORECASE
)
# (or a sector said short, "ngành" and its name: "…; đến tháng 10, ngành Y tế đã giới thiệu 98
# người, ngành Giáo dục 131 người", probes939)
_A_SECTOR_SAID_SHORT = rf"ngành\s+(?-i:[{w.UPPER}])"
_A_BODY_OPENS_RE = re.compile(
    rf"(?:{w.BODY_WORDS})\b|{_A_SECTOR_SAID_SHORT}|(?-i:[{w.UPPER}])", re.IGNORECASE
)
_A_BODY_BEFORE_RE = re.compile(
    # (or "còn" with no comma: "… Nhà Bè thành lập 5 CĐCS còn Cần Giờ mới thành lập 1 CĐCS",
    # probes822)
    rf"(?:\s*[,;]\s*(?:và\s+|còn\s+)?|\s+còn\s+)"
    rf"(?:(?:{w.BODY_WORDS})\b|{_A_SECTOR_SAID_SHORT}|(?-i:[{w.UPPER}]))"
    r"[^,;\d]*$",
    re.IGNORECASE,
)


# A time that opens a result's clause, the result's span in it or after it: "; quý I đơn vị kết
# nạp 12", ", năm 2024 được 22".
_OPENED_BY_A_TIME_RE = re.compile(
    r"(?:^|[;,]|\bvà\b)\s*(?P<time>quý\s+[IV]+\b|năm\s+(?:19|20)\d\d\b|tháng\s+\d{1,2}\b"
    r"|\d{1,2}\s+tháng(?:\s+đầu năm(?:\s+(?:19|20)\d\d)?)?)[^,;]*$",
    re.IGNORECASE,
)


def _first_of_results_by_time(
    sentence: str, plan: Figure, result: Figure, after: list[Figure]
) -> bool:
    """`result` and the next result after it are each opened by a time of their own, not the
    plan's: results by the parts of its time, none of them what was done of the whole."""
    following = next((f for f in after if f.start >= result.end and f.kind == "result"), None)
    if following is None:
        return False
    times = [
        _OPENED_BY_A_TIME_RE.search(sentence, max(plan.end, f.start - 60), f.end)
        for f in (result, following)
    ]
    return all(
        time is not None and time["time"].lower() not in sentence[: plan.end].lower()
        for time in times
    )


def plans_met_by_their_results(sentence: str, figures: list[Figure]) -> list[Figure]:
    """A target given and, after it, the count done with its percent of that very target are one
    figure: "được giao chỉ tiêu kết nạp 100 đoàn viên, đến nay đã thực hiện được 50 đoàn viên, đạt
    50%" (the percent is the count's share of the target, so the target is the count's)."""
    merged: list[Figure] = []
    for plan in figures:
        # (a range too: "đặt kế hoạch tập huấn cho 600–650 lượt cán bộ công đoàn; đến hết tháng 6
        # đã tập huấn được 340 lượt", probes149)
        if plan.kind != "plan" or plan.achieved is not None or plan.target is None:
            continue
        clause_start = max(
            (m.end() for m in w.CLAUSE_STOP.finditer(sentence, 0, plan.start)), default=0
        )
        # (a coming plan is no target of what is reported, even when a count done after it says
        # its share of it: "Thực hiện chỉ tiêu năm 2016 toàn tỉnh sẽ thành lập mới 21 công đoàn cơ
        # sở, phát triển thêm 8.000 đoàn viên công đoàn, đến nay … phát triển được 7.888 đoàn viên
        # công đoàn đạt 98,6% kế hoạch năm", as heldout3 reads it)
        if w.FUTURE.search(sentence, clause_start, plan.end):
            continue
        after = [
            f
            for f in figures
            if f.start >= plan.end
            and (f.metric, f.stage, f.label) == (plan.metric, plan.stage, plan.label)
        ]
        # (the one whose percent is its share of the target, when a count comes first that is
        # not: "… giao thành lập 20 CĐCS và kết nạp 5.000 đoàn viên; kết quả đã thành lập 23 CĐCS
        # với 2.108 đoàn viên, cả năm kết nạp 5.472 đoàn viên, đạt 109,4% chỉ tiêu", probes473)
        result = next((f for f in after if _its_share_of(f, plan)), after[0] if after else None)
        if result is None and _a_target_of_members_alone(sentence, plan, clause_start):
            # (members named by a target with no deed are those the deed done after it counts:
            # "Được giao chỉ tiêu 150 đoàn viên, công đoàn các đơn vị đã giới thiệu 187 người",
            # probes211)
            result = next(
                (f for f in figures if f.start >= plan.end and f.stage == "introduced"), None
            )
        # (not what was done in another year: "Chỉ tiêu năm 2024 là 700 đoàn viên, trong khi cả
        # năm 2023 LĐLĐ thị xã Sơn Tây chỉ kết nạp được 486 đoàn viên", probes656)
        # (unless it is a year of the target's term and its percent is its share of the target,
        # done so far of the term's: "Nghị quyết Đại hội nhiệm kỳ 2023 – 2028 đề ra chỉ tiêu kết
        # nạp 4.000 đoàn viên, nhưng hết năm 2025, … mới kết nạp được 2.315 người, đạt 57,9%",
        # probes958; not a year's count whose share of another year's target merely looks right,
        # probes859, probes942)
        if (
            result is not None
            and of_another_year(sentence, plan.end, result.end)
            and not (
                _its_share_of(result, plan)
                and within_the_targets_term(sentence, plan.end, result.end)
            )
        ):
            continue
        if result is not None and (
            _done_read_as_planned(result, plan)
            or _done_so_far_read_as_planned(sentence, result, plan)
        ):
            # (what was done of it, said "kết nạp được" as a plan may: "Chỉ tiêu thành phố giao cho
            # huyện năm 2022 là 1.200 đoàn viên, huyện kết nạp được 1.350, vượt 12,5%", probes231)
            result.kind, result.achieved, result.target = "result", result.target, None
            if "target" in result.qualifiers:
                result.qualifiers["achieved"] = result.qualifiers.pop("target")
        if result is None or result.kind != "result" or result.target is not None:
            continue
        # (a target assigned or named for the period, then what was done of it, with no percent:
        # "Năm nay chúng tôi được giao 500 đoàn viên nhưng mới kết nạp được 312 người", "Chỉ tiêu
        # giao năm 2016 là 700 đoàn viên, nhưng đến cuối năm mới kết nạp được 420 người", as every
        # probe writer since probes104 reads it, 25 sentences to none)
        # (or before the first of a list of targets: "“LĐLĐ tỉnh giao 10 công đoàn cơ sở và 600
        # đoàn viên, đến nay mới được 7 công đoàn cơ sở và 410 đoàn viên”", probes392)
        first = _first_of_its_list(sentence, plan, figures)
        # (or a range done: "… năm nay đơn vị được giao 1.200 đoàn viên, đã kết nạp khoảng 1.100 –
        # 1.150 người", probes917)
        if (
            result.percent is None
            and result.achieved is not None
            and (
                _ASSIGNED_BEFORE_RE.search(sentence, clause_start, first.start)
                or _TARGET_OF_THE_PERIOD_RE.search(sentence, clause_start, first.start)
                # (or "theo kế hoạch", when what was done is set against it: "Theo kế hoạch, năm
                # 2024 Công đoàn Khu kinh tế … thành lập mới 12 CĐCS …, nhưng đến hết tháng 9 mới
                # thành lập được 7 CĐCS", probes667; not a plan's parts, "Theo kế hoạch, LĐLĐ
                # tỉnh … tổ chức 10 lớp cho 1.000 cán bộ …; các công đoàn cấp trên … tập huấn cho
                # 11.000 lượt cán bộ", probes126)
                # (or what was done of it so far, in a clause of its own: "Theo kế hoạch, năm nay
                # Công đoàn ngành tập huấn cho 600 cán bộ; đến nay đã tổ chức 8 lớp với 642 cán bộ
                # …", probes683)
                # (or registered, what was done set against it: "Công đoàn Tập đoàn … đăng ký
                # giới thiệu 600 đoàn viên ưu tú cho Đảng xem xét kết nạp, kết quả đã giới thiệu
                # 652 người", probes931)
                or (
                    (
                        _BY_THE_PLAN_RE.search(sentence, clause_start, first.start)
                        or _registered_before(sentence, clause_start, first)
                    )
                    and (
                        _SET_AGAINST_RE.search(sentence, plan.end, result.start)
                        or _DONE_SO_FAR_AFTER_RE.search(sentence, plan.end, result.start)
                    )
                )
            )
        ):
            each = _EACH_BODY_RE.search(
                sentence, clause_start, first.start
            ) or _EACH_AFTER_RE.match(sentence, plan.end)
            # (a target each unit was given is not what many units did together: "… giao mỗi CĐCS
            # giới thiệu ít nhất 1 đoàn viên ưu tú cho Đảng; kết quả 63 CĐCS đã giới thiệu 81 đoàn
            # viên", probes738)
            if each and _DONE_BY_MANY_RE.search(sentence, 0, result.start):
                continue
            # (nor is the first of the results of the parts of its time, each said with its own:
            # "Chỉ tiêu năm 2025 … là kết nạp 90 đoàn viên; quý I đơn vị kết nạp 12, quý II kết nạp
            # 31, quý III thêm 27 người", probes942)
            if _first_of_results_by_time(sentence, plan, result, after):
                continue
            result.target = plan.target
            merged.append(plan)
            if each:
                _the_others_given_it_too(sentence, plan, result, after)
            elif _EACH_YEAR_RE.search(sentence, clause_start, first.start):
                _the_other_years_given_it_too(sentence, result, after)
            continue
        if not _its_share_of(result, plan):
            continue
        if result.percent_kind == "rate":
            result.percent_kind = "of_target"
        result.target = plan.target
        merged.append(plan)
    return [f for f in figures if not any(f is m for m in merged)]


# Targets given body by body, then what each of those bodies did, named again in a clause after:
# "LĐLĐ huyện Vĩnh Cửu được giao 600 đoàn viên, LĐLĐ huyện Trảng Bom được giao 900 đoàn viên trong
# năm 2024; đến cuối tháng 11, Vĩnh Cửu đã kết nạp 655 người, còn Trảng Bom mới được 710 người"
# (probes683): each result is of the target of the body its clause names, not the nearest.
# (a place's own name: its capitalised words, not a body's word)
_A_NAME = (
    rf"(?!(?:{w.UNIONS_NAMED})\b)(?-i:[{w.UPPER}])[^\s,;:\d()%/]*"
    rf"(?:\s+(?-i:[{w.UPPER}])[^\s,;:\d()%/]*){{0,4}}"
)
_A_NAME_RE = re.compile(_A_NAME)
_PLACES_LISTED_RE = re.compile(
    rf"\b(?:{w.TERRITORIES}|ngành|{w.ZONES})\s+"
    rf"(?P<names>{_A_NAME}(?:\s*,\s*{_A_NAME})*(?:\s*,?\s+và\s+{_A_NAME})?)",
    re.IGNORECASE,
)


def _places_named(sentence: str, start: int, end: int) -> list[str]:
    """The places a stretch of `sentence` names, in order, by their names' own words ("Vĩnh Cửu"),
    each with its kind or the kind said once ("Các LĐLĐ huyện Lục Ngạn, Lạng Giang …", "Hai Công
    đoàn ngành Y tế và Giáo dục …", probes715)."""
    return [
        name
        for listed in _PLACES_LISTED_RE.finditer(sentence, start, end)
        for name in _A_NAME_RE.findall(listed["names"])
    ]


def _its_own_name(sentence: str, start: int, end: int) -> str | None:
    """The one place a stretch of `sentence` names, or None."""
    names = set(_places_named(sentence, start, end))
    return names.pop() if len(names) == 1 else None


def _targets_of_bodies_named(sentence: str, figures: list[Figure]) -> tuple[list, list]:
    """The targets of bodies named each before its own, and their names; or, given in turn, those
    the clause names before them in order ("LĐLĐ huyện Thuận Thành và LĐLĐ huyện Gia Bình được
    giao chỉ tiêu thành lập lần lượt 5 và 4 CĐCS", probes683)."""
    plans, names = [], []
    for index, figure in enumerate(figures):
        if figure.kind != "plan" or figure.achieved is not None or not all_numbers(figure.target):
            continue
        start = figures[index - 1].end if index else 0
        name = _its_own_name(sentence, start, figure.start)
        if name is not None:
            plans.append(figure)
            names.append(name)
    if len(plans) >= 2:
        return plans, names
    plans = [
        f for f in figures if f.kind == "plan" and f.achieved is None and all_numbers(f.target)
    ]
    if len(plans) < 2 or not w.IN_TURN.search(
        sentence, max(0, plans[0].start - 30), plans[-1].start
    ):
        return [], []
    opens = max((m.end() for m in w.CLAUSE_STOP.finditer(sentence, 0, plans[0].start)), default=0)
    names = _places_named(sentence, opens, plans[0].start)
    return (plans, names) if len(names) == len(plans) else ([], [])


def results_of_their_bodies_targets(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See the comment above."""
    plans, names = _targets_of_bodies_named(sentence, figures)
    if len(plans) < 2 or len(set(names)) != len(names):
        return figures
    pairs = []
    for index, figure in enumerate(figures):
        if figure.start < plans[-1].end or figure.kind != "result" or figure.target is not None:
            continue
        if not all_numbers(figure.achieved):
            continue
        start = max(figures[index - 1].end, plans[-1].end)
        said = [
            plan
            for plan, name in zip(plans, names, strict=True)
            if re.search(rf"\b{re.escape(name)}\b", sentence[start : figure.start])
        ]
        if len(said) == 1 and _alike(said[0], figure):
            pairs.append((said[0], figure))
    if len(pairs) < 2 or len({id(plan) for plan, _ in pairs}) != len(pairs):
        return figures
    if ";" not in sentence[plans[-1].end : pairs[0][1].start] or of_another_year(
        sentence, plans[-1].end, pairs[0][1].start
    ):
        return figures
    for plan, result in pairs:
        result.target = plan.target
    return [f for f in figures if not any(f is plan for plan, _ in pairs)]


# A share set as the period's target, then what was done of it counted in a clause after: "Năm
# 2024, LĐLĐ huyện Hoằng Hóa đặt chỉ tiêu có ít nhất 85% CĐCS đạt vững mạnh; kết quả đánh giá cuối
# năm có 112/124 CĐCS đạt vững mạnh, chiếm 90,3%" (probes707; probes659, 683, 704 alike, as every
# writer reads them): one figure, what was done, as CONVENTIONS.md reads a target of the period and
# what was done of it; the share planned gives way. (A plan for a coming period, "phấn đấu", stays
# a figure of its own, as the conventions say.) The share is set in words _TARGET_OF_THE_PERIOD_RE
# knows ("đặt chỉ tiêu", "kế hoạch đề ra", "mục tiêu năm 2024").
def shares_set_then_done(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See the comment above."""
    gone, added = [], []
    for index, plan in enumerate(figures):
        if plan.kind != "plan" or plan.achieved is not None or plan.target is not None:
            continue
        if plan.percent is None or plan.percent_kind != "rate":
            continue
        clause_start = max(
            (m.end() for m in w.CLAUSE_STOP.finditer(sentence, 0, plan.start)), default=0
        )
        if not _TARGET_OF_THE_PERIOD_RE.search(sentence, clause_start, plan.start):
            continue
        if w.FUTURE.search(sentence, clause_start, plan.end):
            continue
        done = next(
            (
                f
                for f in figures[index + 1 :]
                if _alike(f, plan)
                and f.kind == "result"
                and all_numbers(f.achieved, f.target)
                and ";" in sentence[plan.end : f.start]
            ),
            None,
        )
        if done is None:
            done = _units_done_of_the_share(sentence, plan)
            if done is not None and not of_another_year(sentence, plan.end, done.start):
                added.append(done)
                gone.append(plan)
            continue
        if of_another_year(sentence, plan.end, done.start):
            continue
        gone.append(plan)
    if not gone:
        return figures
    kept = [f for f in figures if not any(f is g for g in gone)]
    return sorted(kept + added, key=lambda f: f.start) if added else kept


# ... or the units that did it counted out of all, the deed said bare, their share after: "đề ra
# chỉ tiêu 100% doanh nghiệp có công đoàn tổ chức hội nghị người lao động; kết quả có 412/436
# doanh nghiệp tổ chức, đạt 94,5%" (probes738): what was done of the share's indicator, which the
# share's clause names; the share after is x/y's.
# (past the date it was counted on, "; đến 30/11, có 318/342 doanh nghiệp đã tổ chức, đạt 93%",
# or after a comma that says what was done, x of all said "trên tổng số": "…, thực tế đến tháng 10
# mới có 87 trên tổng số 104 doanh nghiệp thực hiện, đạt tỷ lệ 83,7%", probes859, probes899)
_UNITS_DONE_OUT_OF_ALL_RE = re.compile(
    r"(?:;|,(?=\s*(?:thực tế|kết quả|đến|tính đến|hết)\b))"
    r"(?:[^;%\d]|\d{1,2}/\d{1,2}(?:/\d{4})?(?![\d/])|(?<=tháng )\d{1,2}\b){0,50}?(?:\bcó\s+)?"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?:/|\s+trên\s+(?:tổng số\s+)?)"
    r"(?P<t>\d{1,3}(?:\.\d{3})+|\d+)\s+"
    rf"(?:cơ quan\s*,\s*đơn vị|{_OTHERS_UNITS}|đơn vị|CĐCS|công đoàn cơ sở|trường)"
    r"(?:\s+[^\W\d][^\s,;%]*){0,6}?"
    r"\s*,\s*(?:đạt|chiếm)\s+(?:t[ỷỉ] lệ\s+)?(?P<p>\d{1,3}(?:,\d+)?)\s*%",
    re.IGNORECASE,
)


def _units_done_of_the_share(sentence: str, plan: Figure) -> Figure | None:
    """What was done of an other indicator's share set as the target, counted x/y after it."""
    if plan.metric != "other" or plan.label is None:
        return None
    told = _UNITS_DONE_OUT_OF_ALL_RE.search(sentence, plan.end)
    if told is None or w.CLAUSE_STOP.search(sentence, plan.end, told.start()):
        return None
    done, whole, share = (parse_number(told[name]) for name in ("n", "t", "p"))
    if not whole or abs(100 * done / whole - share) > 0.1:
        return None
    return dataclasses.replace(
        plan,
        kind="result",
        start=told.start("n"),
        end=told.end(),
        achieved=done,
        target=whole,
        percent=share,
        percent_kind="rate",
        qualifiers={},
    )


# A target in brackets at the end of a line, of an indicator counted earlier in it: "– LĐLĐ thị xã
# Điện Bàn: 9 CĐCS, 412 đoàn viên (chỉ tiêu 6 CĐCS)" (probes187): the CĐCS's target, not a plan.
# (of a time: "thành lập mới 7 CĐCS (kế hoạch cả năm là 10 CĐCS)", probes293)
_TARGET_IN_BRACKETS_BEFORE_RE = re.compile(
    rf"\(\s*{w.PLAN_NOUN}(?:\s+(?:cả năm|năm|(?:của\s+)?năm\s+(?:19|20)\d\d|đề ra|giao))?"
    r"\s*(?:là\s*|:\s*)?$",
    re.IGNORECASE,
)
_BRACKET_CLOSES_RE = re.compile(r"\s*\)")


def targets_in_brackets_of_earlier(sentence: str, figures: list[Figure]) -> list[Figure]:
    kept: list[Figure] = []
    for figure in figures:
        earlier = [f for f in kept if f.metric == figure.metric and f.stage == figure.stage]
        if (
            figure.kind == "plan"
            and figure.achieved is None
            and earlier
            and earlier[-1].kind == "result"
            and earlier[-1].target is None
            and earlier[-1].percent is None
            and _TARGET_IN_BRACKETS_BEFORE_RE.search(sentence, 0, figure.start)
            and _BRACKET_CLOSES_RE.match(sentence, figure.end)
        ):
            earlier[-1].target = figure.target
            continue
        kept.append(figure)
    return kept


# A count said first, its noun and deed after "là số": "1.104 là số đoàn viên được kết nạp trong
# năm", "93 là số CĐCS được các cấp công đoàn trong tỉnh thành lập mới", "Còn 1.128 là số đoàn viên
# được kết nạp ở 74 doanh nghiệp" (probes312: a feature's inverted order); or after a dash, the
# count standing alone first ("5.126 – đó là số đoàn viên mà LĐLĐ tỉnh kết nạp được").
# (or its noun said with it, "số lượng" after: "1.024 đoàn viên là số lượng LĐLĐ huyện Krông Pắc
# kết nạp được trong năm 2023", probes409)
_NOUN_SAID_FIRST = r"lượt\s+cán bộ|cán bộ|đoàn viên|ĐVCĐ|CĐCS|công đoàn cơ sở|nghiệp đoàn|đảng viên"
_COUNT_SAID_FIRST_RE = re.compile(
    r"(?:^|[,;:“\"(]|\b[Cc]òn\b)\s*(?P<n>\d{1,3}(?:\.\d{3})+|\d+)"
    rf"(?:\s+(?P<noun0>{_NOUN_SAID_FIRST})(?=\s+là\s))?"
    r"(?:\s+|\s*[–—-]\s*(?:đó|đây)\s+)là\s+(?:con\s+)?số(?:\s+lượng)?\s+"
    rf"(?(noun0)(?:(?P<noun_again>{_NOUN_SAID_FIRST})\b)?|(?P<noun>{_NOUN_SAID_FIRST})\b)"
    r"(?P<rest>[^,;.%\d]{0,80}?)\b(?P<deed>kết nạp|thành lập|giới thiệu|tập huấn|bồi dưỡng)\b"
    r"(?P<to_the_party>\s+(?:vào\s+)?Đảng\b)?",
    re.IGNORECASE,
)
# Those admitted to the Party counted as the union's: from its source or its introductions.
_FROM_THE_UNION_AFTER_RE = re.compile(
    r"[^,;.]{0,20}?\b(?:từ nguồn|do (?:các cấp\s+)?công đoàn|qua giới thiệu)", re.IGNORECASE
)


def _metric_said_first(said: re.Match, sentence: str) -> tuple[str, str | None] | None:
    """(metric, stage) of a count said first (_COUNT_SAID_FIRST_RE), if it is one of ours."""
    noun, deed = (said["noun"] or said["noun0"]).lower(), said["deed"].lower()
    if noun in ("cđcs", "công đoàn cơ sở", "nghiệp đoàn"):
        return ("cdcs_thanh_lap", None) if deed == "thành lập" else None
    if noun in ("lượt cán bộ", "cán bộ"):
        return ("can_bo_tap_huan", None) if deed in ("tập huấn", "bồi dưỡng") else None
    if noun == "đảng viên":
        if deed == "kết nạp" and _FROM_THE_UNION_AFTER_RE.match(sentence, said.end()):
            return "dang_vien_gioi_thieu", "admitted"
        return None
    if deed == "giới thiệu":
        return "dang_vien_gioi_thieu", "introduced"
    if deed == "kết nạp" and said["to_the_party"]:
        return "dang_vien_gioi_thieu", "admitted"
    if deed == "kết nạp":
        return "doan_vien_ket_nap", None
    return None


def counts_said_first(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Counts said before their noun and deed (_COUNT_SAID_FIRST_RE)."""
    added: list[Figure] = []
    found: list | None = None  # (the sentence's numbers, parsed only when such a count is said)
    for said in _COUNT_SAID_FIRST_RE.finditer(sentence):
        found = quantities(sentence) if found is None else found
        quantity = quantity_at(found, said.start("n"))
        if quantity is None or quantity.percent or within(figures, quantity.start):
            continue
        read = _metric_said_first(said, sentence)
        if read is None:
            continue
        metric, stage = read
        kind = plan_or_result(sentence, quantity.start, quantity)
        figure = counted_figure(metric, kind, quantity.start, said.end(), quantity, stage=stage)
        figure.qualifiers.update(qualifiers_of(quantity, kind, sentence, said.end()))
        end = re.match(r"[^,;.%]*", sentence[said.end() :])
        percent = percent_after(sentence, said.end() + end.end(), quantity, metric)
        if percent:
            take_percent(figure, percent)
        # (the rest of the deed's clause is the figure's own words)
        figures = [f for f in figures if not (said.start("n") <= f.start < said.end() + end.end())]
        added.append(figure)
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# A target named after what was done of it, then said met or not: "Năm nay quận mình kết nạp được
# một nghìn ba trăm linh năm đoàn viên, thành lập mười một công đoàn cơ sở, chỉ tiêu thành phố giao
# mười công đoàn cơ sở và một nghìn hai trăm đoàn viên là vượt cả hai" (probes318).
_SAID_MET_AFTER_RE = re.compile(
    r"[^,;.\d]{0,20}?\s*(?:là|thì|nên|,)\s+(?:đã\s+|đều\s+|cũng\s+)?"
    r"(?:vượt|đạt|hoàn thành|chưa đạt|không đạt)\b",
    re.IGNORECASE,
)
_TARGET_WORD_BEFORE_RE = re.compile(
    r"\b(?:chỉ tiêu|kế hoạch|mục tiêu)\b[^,;.\d]{0,40}$", re.IGNORECASE
)


def targets_said_after_results(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Targets named after the counts done of them, in one run ended by the word that says them
    met (_SAID_MET_AFTER_RE), are those counts' targets: each goes to the result of its metric
    before it that has none, and is no plan of its own."""
    plans = [
        f
        for f in figures
        if f.kind == "plan" and f.achieved is None and isinstance(f.target, (int, float))
    ]
    if not plans:
        return figures
    last = max(plans, key=lambda p: p.end)
    first = min(plans, key=lambda p: p.start)
    if not _SAID_MET_AFTER_RE.match(sentence, last.end) or not _TARGET_WORD_BEFORE_RE.search(
        sentence, 0, first.start
    ):
        return figures
    kept = list(figures)
    for plan in plans:
        result = next(
            (
                f
                for f in reversed(kept)
                if f.end <= first.start
                and f.kind == "result"
                and f.target is None
                and (f.metric, f.stage, f.label) == (plan.metric, plan.stage, plan.label)
            ),
            None,
        )
        if result is None:
            continue
        result.target = plan.target
        result.end = max(result.end, plan.end)
        kept.remove(plan)
    return kept


# A bare target said after a count done, against it, then said met: "năm nay chúng tôi kết nạp được
# 14.260 người, so với chỉ tiêu Tổng Liên đoàn giao là 12.000 thì vượt gần 19%", "Còn đoàn viên thì
# ước đến hết năm kết nạp khoảng 2.350 người, so với chỉ tiêu 2.000 là vượt" (probes327).
_AGAINST_A_BARE_TARGET_RE = re.compile(
    r"\bso với\s+(?:chỉ tiêu|kế hoạch|mục tiêu)[^,;\d]{0,40}?\s*(?:là\s+)?"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?:\s+(?P<noun>đoàn viên|người|CĐCS|công đoàn cơ sở))?"
    r"\s*,?\s*(?:thì|là)?\s*(?:đã\s+|đều\s+|cũng\s+)?(?P<verb>vượt|đạt|hoàn thành)\b"
    r"(?:\s+(?:(?P<qual>gần|hơn|khoảng|trên|chừng)\s+)?(?P<num>\d+(?:,\d+)?)\s*%)?",
    re.IGNORECASE,
)


_MEMBERS_METRICS = {"doan_vien_ket_nap", "dang_vien_gioi_thieu"}
# A bare target said right after a count done, past it or against it, with no percent: "… cho
# 3.150 lượt cán bộ công đoàn cơ sở, vượt chỉ tiêu đề ra là 2.500 lượt", "… kết nạp được 24.950
# người, so với chỉ tiêu 20.000" (probes345, as leaders say it in speeches).
_BEYOND_A_BARE_TARGET_RE = re.compile(
    # (past the rest of its noun: "3.150 lượt cán bộ công đoàn cơ sở, vượt …")
    r"[^\d,;.]{0,30}?\s*,\s*(?:(?:(?:tức là|tức|là|đã|cũng|đều)\s+)?(?:vượt|so với)\s+(?:cả\s+)?"
    r"(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:đề ra|được giao|giao|năm|cả năm|nhiệm kỳ|của\s+\S+"
    r"|tỉnh|thành phố|huyện|quận|cấp trên)){0,3}"
    # (or what a body assigned, set against it: "“… năm nay chúng tôi làm được 94 đoàn viên, trong
    # khi LĐLĐ tỉnh chỉ giao có 80 thôi”", probes950)
    # (a body named, not a plan or the period: those are _TARGET_COMPARED_RE's, "trong khi chỉ tiêu
    # Thành phố giao là 1.000, tức vượt 12,6%", probes891)
    r"|trong khi\s+(?!(?:[^\s,;\d]+\s+){0,6}?(?:chỉ tiêu|kế hoạch|mục tiêu|cả năm|được giao)\b)"
    r"(?:[^\s,;\d]+\s+){1,6}?(?:chỉ\s+)?giao(?:\s+có)?"
    # (or what the plan set, bare: "… với 41 công đoàn cơ sở được thành lập mới, trong khi kế
    # hoạch chỉ đặt ra 35", probes958)
    r"|trong khi\s+(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:năm|cả năm|năm nay))?\s+"
    r"(?:chỉ\s+)?(?:đặt ra|đề ra)(?:\s+có)?)\s*(?:là\s+)?"
    r"(?!(?:19|20)\d\d\b)(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]*\s*%)(?![.,]\d)"
    r"(?:\s+(?P<noun>đoàn viên|người|lượt|CĐCS|công đoàn cơ sở|đơn vị))?"
    r"(?=\s*(?:[,.;)”\"]|$)|\s+(?:mà|do|theo|thôi)\b)",
    re.IGNORECASE,
)
_METRICS_OF_A_TARGETS_NOUN = {
    "cđcs": {"cdcs_thanh_lap"},
    "công đoàn cơ sở": {"cdcs_thanh_lap"},
    "đơn vị": {"cdcs_thanh_lap"},
    "lượt": {"can_bo_tap_huan"},
}


def bare_targets_said_met(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The target of the count done just before "so với chỉ tiêu … N … vượt/đạt" (with the
    percent said after it), or right before "vượt chỉ tiêu … N" (_BEYOND_A_BARE_TARGET_RE), where
    that count has none: the target and percent go to it."""
    for said in _AGAINST_A_BARE_TARGET_RE.finditer(sentence):
        before = [f for f in figures if f.end <= said.start() and f.kind == "result"]
        if not before or before[-1].target is not None or within(figures, said.start("n")):
            continue
        done = before[-1]
        noun = (said["noun"] or "").lower()
        if noun and done.metric not in (
            {"cdcs_thanh_lap"} if noun in ("cđcs", "công đoàn cơ sở") else _MEMBERS_METRICS
        ):
            continue
        done.target = parse_number(said["n"])
        done.end = max(done.end, said.end())
        if said["num"] and done.percent is None:
            take_plans_percent(done, said)
    for done in figures:
        if done.kind != "result" or done.target is not None or not all_numbers(done.achieved):
            continue
        said = _BEYOND_A_BARE_TARGET_RE.match(sentence, done.end)
        if said is None or within(figures, said.start("n")):
            continue
        noun = (said["noun"] or "").lower()
        if noun and done.metric not in _METRICS_OF_A_TARGETS_NOUN.get(noun, _MEMBERS_METRICS):
            continue
        # (what it went past the target by, not the target, when it is less than half the count:
        # "làm được 9 công đoàn cơ sở, vượt chỉ tiêu 2 đơn vị", probes410)
        target = parse_number(said["n"])
        if re.search(r"\bvượt\b", said.group(0), re.I) and 2 * target <= done.achieved:
            continue
        done.target = target
        done.end = said.end()
    return figures


def targets_said_again_in_a_pair(figures: list[Figure]) -> list[Figure]:
    """A target set, then what was done of it said as a pair with the target again, is the one
    figure of the pair (CONVENTIONS.md: a target then what was done of it): "Chúng tôi được giao 15
    công đoàn cơ sở, làm được 12 trên 15" (probes428)."""
    return [
        f
        for f in figures
        if not (
            f.kind == "plan"
            and f.achieved is None
            and f.target is not None
            and any(
                g.kind == "result"
                and g.metric == f.metric
                and g.label == f.label
                and g.achieved is not None
                and g.target == f.target
                and g.start >= f.end
                for g in figures
            )
        )
    ]


# A target named later in the sentence, in a clause of its own, which the percent of a result
# before it says is its: "… kết nạp 1.342 đoàn viên, đạt 89,5% kế hoạch, …; tháng 12 phấn đấu kết
# nạp thêm 160 đoàn viên để hoàn thành chỉ tiêu 1.500 đoàn viên" (probes935; 1.342 is 89,5% of
# 1.500).
_A_TARGET_NAMED_LATER_RE = re.compile(
    rf"\b{w.PLAN_NOUN}(?:\s+(?:cả\s+)?năm(?:\s+(?:19|20)\d\d)?|\s+(?:được\s+)?giao|\s+đề ra)*"
    rf"\s+(?:là\s+)?{_A_COUNT_OF_UNIONS_OR_MEMBERS}",
    re.IGNORECASE,
)


def targets_named_later_by_their_share(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See _A_TARGET_NAMED_LATER_RE."""
    for named in _A_TARGET_NAMED_LATER_RE.finditer(sentence):
        metric = _noun_metric(named["noun"])
        target = parse_number(named["n"])
        shares = [
            f
            for f in figures
            if f.end <= named.start()
            and f.metric == metric
            and f.kind == "result"
            and f.target is None
            and f.percent_kind in ("of_target", "over_target")
            and all_numbers(f.achieved, f.percent)
        ]
        # (in a clause of its own, and no other count's target: not another year's, "…, đạt 60%
        # kế hoạch; năm nay chỉ tiêu 300 đoàn viên, đã kết nạp 276", probes704)
        if len(shares) != 1 or not target or any(f.target == target for f in figures):
            continue
        result = shares[0]
        if not w.CLAUSE_STOP.search(sentence, result.end, named.start()):
            continue
        if not is_its_share_of(result, target):
            continue
        result.target = target
        figures = [f for f in figures if not (named.start() <= f.start < named.end())]
    return figures
