"""The percents of a sentence given to the counts they belong to, across its clauses."""

from __future__ import annotations

import re

from . import wording as w
from .figure import (
    PLAN_REACHED_WITH_RE,
    Figure,
    all_numbers,
    is_ratio,
    take_plans_percent,
    written_percent,
)
from .numbers import parse_number

# A share said with its count, in brackets or after "tức"/"tương đương": "trên 69% công đoàn cơ sở
# trong ngành (32 đơn vị) được xếp loại vững mạnh", "100% CĐCS thuộc LĐLĐ tỉnh, tức 1.663 đơn vị,
# đã hoàn thành đại hội" (the count is read as the figure; the share before it is its percent) …
_SHARE_BEFORE_ITS_COUNT_RE = re.compile(
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<num>{w.PERCENT_NUMBER})\s*%\s+[^%;\d()]{{0,80}}?"
    rf"(?:\(\s*|,?\s*(?:tức|tương đương|tương ứng)(?:\s+(?:với|là))?\s+)"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
# … or after it: "tỷ lệ công đoàn cơ sở đã tổ chức đại hội đạt gần 65%, tương đương gần 80.000 đơn
# vị", "đạt 68,08% (1.011/1.485 DN)".
_COUNT_AFTER_ITS_SHARE_RE = re.compile(
    rf"\s*(?:\(\s*|,?\s*(?:tức|tương đương|tương ứng)(?:\s+(?:với|là))?\s+)"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<a>\d{{1,3}}(?:\.\d{{3}})+|\d+)"
    r"(?:\s*/\s*(?P<b>\d{1,3}(?:\.\d{3})+|\d+))?(?![\d,%])"
    rf"\s*(?:(?:{w.UNIONS_OR_COMPANIES})\b[^()%;,\d]{{0,20}}?)?\s*(?:\)|,|$)",
    re.IGNORECASE,
)

# … or at the end of its clause, after "với": "bồi dưỡng nghiệp vụ cho 100% chủ tịch CĐCS mới được
# bầu, với 275 người" (probes360).
_COUNT_OF_THE_SHARE_AFTER_RE = re.compile(
    r"[^;,\d%]{0,60}?,\s*(?:với|gồm|tức(?:\s+là)?|tương đương(?:\s+với)?|tương ứng(?:\s+với)?)\s+"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<a>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?![\d,%/])\s+"
    r"(?:(?P<people>người|cán bộ|đồng chí|lượt(?:\s+người)?)"
    r"|(?P<units>đơn vị|CĐCS|công đoàn cơ sở|doanh nghiệp|DN|cơ quan))\b"
    r"(?=\s*(?:[.;,)]|$))",
    re.IGNORECASE,
)


def shares_with_their_counts(sentence: str, figures: list[Figure]) -> list[Figure]:
    """A share and the count of the same units said with it are one figure (see
    _SHARE_BEFORE_ITS_COUNT_RE)."""
    merged = []
    for figure in figures:
        if figure.metric != "other" or figure.achieved is None or figure.percent is not None:
            continue
        clause_start = max(
            (m.end() for m in re.finditer(r";", sentence[: figure.start])), default=0
        )
        share = _SHARE_BEFORE_ITS_COUNT_RE.search(sentence, clause_start, figure.start)
        if share is None:
            continue
        figure.percent, figure.percent_kind = parse_number(share["num"]), "rate"
        if share["qual"]:
            figure.qualifiers["percent"] = share["qual"].lower()
        figure.start = min(figure.start, share.start())
        merged.append(figure)
    for figure in figures:
        if figure.metric != "other" or figure.achieved is not None or figure.percent is None:
            continue
        sign = sentence.find("%", figure.start)
        counted = _COUNT_AFTER_ITS_SHARE_RE.match(sentence, sign + 1) if sign >= 0 else None
        if counted is None:
            continue
        figure.achieved = parse_number(counted["a"])
        if counted["b"]:
            figure.target = parse_number(counted["b"])
        if counted["qual"]:
            figure.qualifiers["achieved"] = counted["qual"].lower()
        figure.end = max(figure.end, counted.end())
    for figure in figures:
        if figure.achieved is not None or figure.percent_kind != "rate":
            continue
        counted = _COUNT_OF_THE_SHARE_AFTER_RE.match(sentence, figure.end)
        if counted is None or any(f.start <= counted.start("a") < f.end for f in figures):
            continue
        # (units for a share of units, people for a share of people)
        if bool(counted["units"]) != (figure.metric == "other"):
            continue
        figure.achieved = parse_number(counted["a"])
        if counted["qual"]:
            figure.qualifiers["achieved"] = counted["qual"].lower()
        figure.end = counted.end()
    # the share read on its own besides its count is the same figure
    return [
        f
        for f in figures
        if not (
            f.achieved is None
            and any(
                m is not f and m.label == f.label and m.percent == f.percent and m.start <= f.start
                for m in merged
            )
        )
    ]


_QUALIFIED_NUMBER_RE = re.compile(
    rf"(?:({w.QUALIFIER})\s+)?(\d[\d.]*(?:,\d+)?)(?=\s*%)", re.IGNORECASE
)


# Percents said bare after as many x/y figures, at the end of their clause: "… có lần lượt 88/92
# và 57/57 CĐCS tổ chức xong đại hội nhiệm kỳ 2023-2028, đạt 95,7% và 100%" (probes533), each the
# ratio of the figure of its turn (which alone says whose they are).
# (or over the targets they are of: "… kết quả lần lượt đạt 1.623 đoàn viên và 11 CĐCS, vượt 8,2%
# và 10%", probes666)
# (or said again as what they come to, "tức" or "tương đương": "…, đến giờ mới được lần lượt 6 và
# 720, tức 60% và 72%", probes703)
_RATIOS_IN_TURN_RE = re.compile(
    r"(?P<verb>(?:(?:tức(?:\s+là)?|tương đương(?:\s+với)?)\s+)?(?:đạt|chiếm|bằng|vượt)"
    r"|tức(?:\s+là)?|tương đương(?:\s+với)?)\s+(?:t[ỷỉ] lệ\s+)?"
    rf"(?P<numbers>{w.QUALIFIED_PERCENT}(?:\s*(?:,|và)\s*{w.QUALIFIED_PERCENT})+)"
    r"(?=\s*(?:[.;”\"]|$))",
    re.IGNORECASE,
)


def _ratios_of(figures: list[Figure], numbers: list[tuple[str, str]], over: bool) -> bool:
    """Each of `numbers` (qualifier, percent) is the ratio of the figure of its turn (what it is
    over its target by, with `over`)."""
    return all(
        all_numbers(f.achieved, f.target)
        and f.target
        and is_ratio(parse_number(number) + (100 if over else 0), number, f.achieved, f.target)
        for f, (_, number) in zip(figures, numbers, strict=True)
    )


_A_RATE_NAMED_RE = re.compile(
    r"\bt[ỷỉ] lệ\s+(?!(?:lần lượt|tương ứng|theo thứ tự|là|đạt|bằng)\b)[^\W\d]", re.IGNORECASE
)


_PLAN_NAMED_LAST_RE = re.compile(rf"{w.PLAN_NOUN}\s*$", re.IGNORECASE)


_COUNTS_DONE_BETWEEN_RE = re.compile(
    r"\d[\d.]*\s+(?:đoàn viên|ĐVCĐ|CĐCS|công đoàn cơ sở|người|đơn vị|cán bộ|lượt)\b", re.IGNORECASE
)


# Units counted in a list, each with what it did or how it was rated (figures or not).
_UNITS_COUNTED_RE = re.compile(
    r"(?<![\d.,/])(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d%/]|[.,]\d)\s+"
    r"(?:đơn vị|CĐCS|công đoàn cơ sở|doanh nghiệp|cơ quan)\b",
    re.IGNORECASE,
)


def _paired_by_the_counts_listed(
    sentence: str, before: list[Figure], numbers: list, at: int
) -> tuple[list[Figure], list] | None:
    """The figures and their percents in turn when the list counts units that are no figure too:
    "có 186 đơn vị đạt vững mạnh, 42 đơn vị hoàn thành tốt nhiệm vụ và 9 đơn vị xếp loại trung
    bình, chiếm theo thứ tự 78,5%, 17,7% và 3,8%" (probes834; the lowest rating is none)."""
    clause_start = max((m.end() for m in w.CLAUSE_STOP.finditer(sentence, 0, at)), default=0)
    counts = list(_UNITS_COUNTED_RE.finditer(sentence, clause_start, at))
    if len(counts) != len(numbers):
        return None
    listed = [f for f in before if f.start >= counts[0].start() - 40]
    taken, kept = [], []
    for count, number in zip(counts, numbers, strict=True):
        owner = [f for f in listed if f.start <= count.start() < f.end]
        if len(owner) > 1 or (owner and owner[0].achieved != parse_number(count["n"])):
            return None
        if owner:
            taken.append(owner[0])
            kept.append(number)
    if len(taken) < 2 or len(taken) != len(listed):
        return None
    return taken, kept


def respective_percents(sentence: str, figures: list[Figure]) -> None:
    """ "thành lập được 18 CĐCS, kết nạp 1.350 đoàn viên, đạt lần lượt 60% và 67,5% kế hoạch":
    the percents go, in order, to the figures right before them that have none."""
    matches = [
        *w.RESPECTIVE_PERCENTS.finditer(sentence),
        *w.LISTED_PERCENTS.finditer(sentence),
        *w.LISTED_PERCENTS_AFTER_THE_PLAN.finditer(sentence),
        *_RATIOS_IN_TURN_RE.finditer(sentence),
    ]
    for match in matches:
        # (not against last year: "lần lượt bằng 126,7% và 115,3% so với cùng kỳ năm trước"; the
        # year after the plan named is the plan's, "đạt 140% và 128,6% chỉ tiêu năm 2024",
        # probes754)
        if w.YEAR_ON_YEAR.match(sentence[match.end() :]) and not _PLAN_NAMED_LAST_RE.search(
            match.group(0)
        ):
            continue
        numbers = _QUALIFIED_NUMBER_RE.findall(match["numbers"])
        # (the other indicators' too, as shares unless of a plan: "Có 396 doanh nghiệp tổ chức hội
        # nghị người lao động, 388 doanh nghiệp tổ chức đối thoại định kỳ, đạt lần lượt 97,3% và
        # 95,3% số doanh nghiệp có CĐCS", probes155)
        before = [f for f in figures if f.end <= match.start()]
        taken = before[-len(numbers) :]
        if len(taken) != len(numbers):
            paired = _paired_by_the_counts_listed(sentence, before, numbers, match.start())
            if paired is None:
                continue
            taken, numbers = paired
        if any(f.percent is not None for f in taken):
            continue
        # (or, bare at the clause's end, of counts with no target said: "Năm 2024, Công đoàn Cao
        # su Việt Nam kết nạp 3.150 đoàn viên, thành lập 4 CĐCS, đạt 105% và 100%", probes754)
        if (
            match.re is _RATIOS_IN_TURN_RE
            and not _ratios_of(taken, numbers, match["verb"].lower().endswith("vượt"))
            and not all(
                f.kind == "result" and f.target is None and all_numbers(f.achieved) for f in taken
            )
        ):
            continue
        # (nor the rates of others named between: "… phấn đấu thành lập mới 15 CĐCS, kết nạp 4.000
        # đoàn viên, với tỷ lệ doanh nghiệp có CĐCS tổ chức hội nghị người lao động và đối thoại
        # định kỳ lần lượt đạt 90% và 85%", probes658; labels_in_turn's)
        if _A_RATE_NAMED_RE.search(sentence, taken[-1].end, match.start()):
            continue
        others = {f.metric == "other" for f in taken}
        if len(others) > 1:
            continue
        of_a_plan = re.search(w.PLAN_NOUN, match.group(0), re.I) or w.OF_THE_PLAN_AFTER.match(
            sentence, match.end()
        )
        verb = (
            next(
                match.groupdict()[g]
                for g in ("verb", "verb2", "verb3", "verb4")
                if match.groupdict().get(g)
            )
            .lower()
            .split()[-1]
        )
        # (what was done of the plans, in a clause of its own after them: "Kế hoạch cả năm 2024:
        # kết nạp 7.500 đoàn viên, thành lập 28 CĐCS; 9 tháng đạt lần lượt 78,7% và 78,6%",
        # probes364)
        done_of_plans = (
            verb != "tăng"
            and ";" in sentence[taken[-1].end : match.start()]
            and not w.FUTURE.search(match.group(0))
        )
        # (not past the counts done of them, said in turn first: "… được giao chỉ tiêu thành lập
        # 40 CĐCS, kết nạp 4.500 đoàn viên; kết quả đạt tương ứng 46 CĐCS và 4.872 đoàn viên, bằng
        # 115% và 108,3% chỉ tiêu", probes792; results_in_turn_after_targets_in_turn's, whose
        # results take the percents after)
        if (
            done_of_plans
            and any(f.kind == "plan" for f in taken)
            and _COUNTS_DONE_BETWEEN_RE.search(sentence, taken[-1].end, match.start())
        ):
            continue
        for figure, (qualifier, number) in zip(taken, numbers, strict=True):
            if done_of_plans and figure.kind == "plan" and all_numbers(figure.target):
                figure.kind = "result"
            figure.percent = parse_number(number)
            figure.percent_kind = (
                "over_target"
                if verb == "vượt"
                else "rate"
                if (figure.metric == "other" or verb == "chiếm") and not of_a_plan
                else "of_target"
            )
            if qualifier:
                figure.qualifiers["percent"] = qualifier.lower()
        taken[-1].end = match.end()


# A percent said far from its x/y, past what the units did: "245/260 chủ tịch công đoàn cơ sở …
# đã được bồi dưỡng nghiệp vụ về Luật Công đoàn và Điều lệ Công đoàn Việt Nam khóa XII, đạt tỷ lệ
# 94,2%" (the words in between are too many for percent_after).
_DISTANT_PERCENT_RE = re.compile(
    rf"[^;%]{{0,240}}?(?P<verb>{w.PERCENT_VERB})\s+(?:(?P<qual>{w.QUALIFIER})\s+)?"
    rf"(?P<num>\d{{1,3}}(?:,\d+)?)\s*%"
    rf"(?P<yard>\s*(?:so với\s+)?{w.PLAN_NOUN})?",
    re.IGNORECASE,
)


def distant_ratio_percents(sentence: str, figures: list[Figure]) -> None:
    """A figure with its achieved and target and no percent takes the next percent said before
    any other figure when the percent is their ratio: the numbers themselves say whose it is."""
    for index, figure in enumerate(figures):
        if figure.percent is not None or figure.kind != "result":
            continue
        if not all_numbers(figure.achieved, figure.target) or not figure.target:
            continue
        # (a figure sharing the count is no other figure: "tổ chức hội nghị cán bộ, công chức,
        # viên chức và hội nghị người lao động tại 127/131 cơ quan, đơn vị, đạt 96,9%")
        stop = next(
            (f.start for f in figures[index + 1 :] if f.start > figure.start), len(sentence)
        )
        match = _DISTANT_PERCENT_RE.match(sentence[:stop], figure.end)
        if match is None:
            continue
        value = parse_number(match["num"])
        if not is_ratio(value, match["num"], figure.achieved, figure.target):
            continue
        verb = match["verb"].lower()
        figure.percent = value
        # (another indicator's bare percent is a share, as percent_after reads it)
        figure.percent_kind = (
            "over_target"
            if verb == "vượt"
            else "of_target"
            if match["yard"] or ("lệ" not in verb and figure.metric != "other")
            else "rate"
        )
        if match["qual"]:
            figure.qualifiers["percent"] = match["qual"].lower()
        figure.end = match.end()


# The whole a list of indicators is counted out of: "trong số 118 công đoàn cơ sở trực thuộc …, có
# 84 đơn vị hoàn thành tốt nhiệm vụ, 21 đơn vị hoàn thành xuất sắc nhiệm vụ".
# (or with no "số": "Trong 34 công đoàn bưu điện tỉnh, thành phố, có 31 đơn vị tổ chức đối thoại
# định kỳ, đạt 91%"; a span of time is no whole, and the ratio must hold)
# (or the units rated, their parts after "trong đó": "xếp loại 468 CĐCS, trong đó 412 CĐCS đạt
# vững mạnh, chiếm 88%", probes118)
_WHOLE_RE = re.compile(
    # (or "tại" the units: "Tại 17 doanh nghiệp có tổ chức công đoàn trên địa bàn, 15 đơn vị đã tổ
    # chức hội nghị người lao động (đạt 88,2%)", probes279; the ratio must hold)
    rf"\b(?:trong (?:(?:tổng )?số\s+)?|tại\s+(?=[\d.]+\s+(?:{w.UNIONS_OR_COMPANIES})\b)|"
    r"(?:xếp loại|đánh giá|chấm điểm)\s+"
    rf"(?=[\d.]+\s+(?:{w.CDCS_WORDS}|đơn vị)\b[^;\d]{{0,40}}?,\s*{w.AMONG_THEM}\b))"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)\s"
    r"(?!(?:năm|tháng|ngày|quý|tuần)\b)",
    re.IGNORECASE,
)


def whole_of_the_list(sentence: str, figures: list[Figure]) -> None:
    """Every indicator of units counted after "trong số N …" in one clause is out of those N, as
    the first one is: each takes N as its target (unless its percent says otherwise)."""
    for whole in _WHOLE_RE.finditer(sentence):
        total = parse_number(whole["n"])
        _whole_by_ratio(sentence, whole, total, figures)
        inside = [
            f
            for f in figures
            if f.start > whole.end() and ";" not in sentence[whole.end() : f.start]
        ]
        if not inside or inside[0].metric != "other" or inside[0].target != total:
            continue
        for figure in inside[1:]:
            if figure.metric != "other" or figure.kind != "result" or figure.target is not None:
                continue
            if not all_numbers(figure.achieved) or figure.achieved > total:
                continue
            # (the rest of them, as probes38 reads "…, 6 đơn vị còn lại đạt loại khá")
            if re.search(r"\bcòn lại\b", sentence[figure.start : figure.end], re.IGNORECASE):
                continue
            if figure.percent is not None and not is_ratio(
                figure.percent, written_percent(figure.percent), figure.achieved, total
            ):
                continue
            figure.target = total


# The whole an indicator's count is out of, said after it: "ký kết 1.080 bản thỏa ước lao động tập
# thể trên tổng số 1.317 doanh nghiệp có tổ chức công đoàn", "486 doanh nghiệp tổ chức hội nghị
# người lao động trên tổng số 690 doanh nghiệp có công đoàn, tức khoảng 70%" (probes183, probes189).
_WHOLE_AFTER_RE = re.compile(
    r"[^;%\d]{0,80}?\btrên\s+tổng\s+số\s+(?:(?:các|hơn|gần|trên)\s+)?(?P<n>\d[\d.]*)\s+"
    rf"(?:{w.UNIONS_OR_COMPANIES})\b"
    rf"(?:[^;%\d]{{0,60}}?,\s*(?:tức là|tức|bằng|đạt|chiếm)\s+(?:(?P<qual>{w.QUALIFIER})\s+)?"
    rf"(?P<pct>{w.PERCENT_NUMBER})\s*%)?",
    re.IGNORECASE,
)


# (or the workers those recruited are out of: "kết nạp được 1.050 đoàn viên trên tổng số 1.300 lao
# động mới tuyển", probes299)
_WORKERS_WHOLE_AFTER_RE = re.compile(
    r"\s*(?:mới\s+)?trên\s+tổng\s+số\s+(?:(?:các|hơn|gần|trên)\s+)?(?P<n>\d[\d.]*)\s+"
    r"(?:người lao động|lao động|công nhân(?:\s+lao động)?|CNLĐ|NLĐ|CNVCLĐ)\b"
    rf"(?:[^;%\d]{{0,60}}?,\s*(?:tức là|tức|bằng|đạt|chiếm)\s+(?:(?P<qual>{w.QUALIFIER})\s+)?"
    rf"(?P<pct>{w.PERCENT_NUMBER})\s*%)?",
    re.IGNORECASE,
)


def whole_said_after(sentence: str, figures: list[Figure]) -> list[Figure]:
    """An indicator's count takes the whole named after it as its target (the whole is no count
    of its own), and the share said of it as its rate; members recruited take the workers they
    are out of (_WORKERS_WHOLE_AFTER_RE)."""
    dropped = []
    for figure in figures:
        if figure.target is not None or figure.kind != "result":
            continue
        if not all_numbers(figure.achieved):
            continue
        if figure.metric == "doan_vien_ket_nap":
            whole = _WORKERS_WHOLE_AFTER_RE.match(sentence, figure.end)
        elif figure.metric == "other":
            whole = _WHOLE_AFTER_RE.match(sentence, figure.end)
        else:
            continue
        if whole is None:
            continue
        total = parse_number(whole["n"])
        if total < figure.achieved:
            continue
        figure.target = total
        if whole["pct"] and figure.percent is None:
            figure.percent, figure.percent_kind = parse_number(whole["pct"]), "rate"
            if whole["qual"]:
                figure.qualifiers["percent"] = whole["qual"].lower()
        figure.end = whole.end()
        dropped.extend(
            f for f in figures if f is not figure and whole.start("n") <= f.start < whole.end()
        )
    return [f for f in figures if all(f is not d for d in dropped)] if dropped else figures


def _whole_by_ratio(sentence: str, whole: re.Match, total: float, figures: list[Figure]) -> None:
    """The first figure after "trong số N …" whose percent is its count of those N takes N as its
    target: "Trong số 25.000 đoàn viên phải kết nạp theo chỉ tiêu cả năm, …, các cấp công đoàn tỉnh
    mới kết nạp được 17.380 đoàn viên, đạt 69,5%" (a whole that is a figure itself stays apart)."""
    # (its number counted as a figure: "Trong số 118 đoàn viên được giới thiệu, đã có 73 người
    # được kết nạp vào Đảng, chiếm 61,9%", those introduced and those admitted, probes73)
    if any(f.start <= at < f.end for f in figures for at in (whole.start(), whole.start("n"))):
        return
    for figure in figures:
        if figure.start < whole.end() or ";" in sentence[whole.end() : figure.start]:
            continue
        if (
            figure.kind == "result"
            and figure.target is None
            and figure.percent_kind in ("of_target", "rate")
            and all_numbers(figure.achieved, figure.percent)
            and is_ratio(figure.percent, written_percent(figure.percent), figure.achieved, total)
        ):
            figure.target = total
        return


# A count said first with "Với", the percent of the plan in the clause it leads to: "Với 3.579 ĐVCĐ
# mới, Công đoàn Khu công nghiệp Việt Nam - Singapore đã đạt 89,47% kế hoạch năm".
_LEADING_WITH_RE = re.compile(rf"^\W*{w.OPENING}(?:[^,;]{{0,40}},\s*)?với\s+", re.IGNORECASE)
_MAIN_CLAUSES_PERCENT_RE = re.compile(
    rf",[^;%\d]{{0,100}}?\b(?P<verb>vượt|đạt|hoàn thành|thực hiện được)(?:\s+(?:vượt|mức))*\s+"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<num>{w.PERCENT_NUMBER})\s*%"
    rf"\s*(?:so với\s+)?{w.PLAN_NOUN}",
    re.IGNORECASE,
)


def percent_of_the_count_with(sentence: str, figures: list[Figure]) -> None:
    leading = _LEADING_WITH_RE.match(sentence)
    if leading is None or not figures:
        return
    figure = figures[0]
    if figure.percent is not None or figure.kind != "result" or figure.start > leading.end() + 5:
        return
    main = _MAIN_CLAUSES_PERCENT_RE.search(sentence, figure.end)
    if main is None or re.search(r"[,;]", sentence[figure.end : main.start()]):
        return
    # (nothing else counted in between)
    if len(figures) > 1 and figures[1].start < main.start("num"):
        return
    take_plans_percent(figure, main)
    figure.end = main.end()


# The share a count is of a whole named after it: "1.062 CĐCS đã tiến hành đại hội, hội nghị, bằng
# 29% tổng số 3.667 CĐCS toàn tỉnh".
_SHARE_OF_A_WHOLE_RE = re.compile(
    r"\b(?:đạt|bằng|chiếm)\s+(?:t[ỷỉ] lệ\s+)?(?P<num>\d{1,3}(?:,\d+)?)\s*%\s+"
    # ("bằng 32% trong số 25 CĐCS Thành phố giao")
    r"(?:trên\s+|của\s+|trong\s+)?(?:tổng\s+)?số\s+(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?!\d|[.,]\d)",
    re.IGNORECASE,
)


def share_of_a_whole_after(sentence: str, figures: list[Figure]) -> None:
    """The percent and the whole after a count, when the percent is the count's share of it (the
    whole read as a count of its own is no figure)."""
    for figure in list(figures):
        if figure.target is not None or figure.kind != "result" or figure not in figures:
            continue
        if not all_numbers(figure.achieved):
            continue
        later = [
            f
            for f in figures
            if f.start > figure.start
            and f is not figure
            and not re.search(r"\bsố\s+$", sentence[max(0, f.start - 8) : f.start])
        ]
        stop = min(later[0].start if later else len(sentence), figure.end + 100)
        share = _SHARE_OF_A_WHOLE_RE.search(sentence, figure.start, stop)
        if share is None or ";" in sentence[figure.start : share.start()]:
            continue
        value, whole = parse_number(share["num"]), parse_number(share["n"])
        if figure.percent is not None and figure.percent != value:
            continue
        if not whole or not is_ratio(value, share["num"], figure.achieved, whole):
            continue
        figure.percent, figure.percent_kind, figure.target = value, "rate", whole
        figure.end = max(figure.end, share.end())
        figures[:] = [
            f
            for f in figures
            if f is figure
            or not (share.start("n") <= f.start < share.end() + 40)
            or f.achieved != whole
        ]


# The percents done of targets listed before them, each named by its deed: "Chỉ tiêu năm 2025 là
# 6.000 đoàn viên và 30 CĐCS; kết quả kết nạp đạt 114% và thành lập đạt 123,3% kế hoạch"
# (probes145).
_DEED_PERCENT_RE = re.compile(
    # (or the target's noun: "…, riêng chỉ tiêu đoàn viên vượt 18%", probes151)
    # (or the count named: "…, kết nạp 812 đoàn viên; số đoàn viên kết nạp đạt 67,7% kế hoạch năm,
    # số CĐCS thành lập mới đạt 66,7%", probes298)
    rf"\b(?:số\s+(?P<counted>đoàn viên|{w.CDCS_WORDS})(?:\s+(?:mới\s+)?(?:được\s+)?"
    r"(?:kết nạp|thành lập|phát triển)(?:\s+mới)?)?"
    rf"|(?P<deed>{'|'.join(w.METRIC_OF_DEED)})"
    rf"|(?:chỉ tiêu|kế hoạch)\s+(?:về\s+)?(?P<noun>đoàn viên|{w.CDCS_WORDS}))"
    r"(?:\s+[^\W\d]+){0,3}?\s+"
    r"(?:(?:đã|mới|chỉ)\s+)?(?P<verb>đạt|vượt)\s+"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<num>{w.PERCENT_NUMBER})\s*%"
    rf"(?:\s*(?:{w.PLAN_NOUN})(?:\s+(?:năm|cả năm|được giao|giao|đề ra))?\b)?",
    re.IGNORECASE,
)


# (or the percent first, then the target it is of, named by its deed and noun: "…; kết thúc năm,
# huyện đạt 141,7% chỉ tiêu thành lập CĐCS và 124% chỉ tiêu kết nạp đoàn viên", probes301)
_PERCENT_OF_A_NAMED_TARGET_RE = re.compile(
    rf"(?:\b(?P<verb>đạt|vượt)\s+|\bvà\s+)(?:(?P<qual>{w.QUALIFIER})\s+)?"
    rf"(?P<num>{w.PERCENT_NUMBER})\s*%\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch)\s+(?:về\s+)?"
    rf"(?:(?:{'|'.join(w.METRIC_OF_DEED)})(?:\s+mới)?\s+)?"
    rf"(?P<noun>đoàn viên|{w.CDCS_WORDS})",
    re.IGNORECASE,
)


def _metric_named(match: re.Match) -> str:
    said = match.groupdict()
    if said.get("deed"):
        return w.METRIC_OF_DEED[said["deed"].lower()]
    noun = (said.get("noun") or said.get("counted")).lower()
    return "doan_vien_ket_nap" if noun == "đoàn viên" else "cdcs_thanh_lap"


def percents_named_by_their_deeds(sentence: str, figures: list[Figure]) -> None:
    """Each target listed with no percent takes the percent its own deed (or noun) is said to
    reach after the last figure (_DEED_PERCENT_RE), in a clause of its own: the percent done of
    that target; a count done takes it the same way ("Năm 2024, LĐLĐ tỉnh kết nạp 5.912 đoàn viên,
    thành lập 27 CĐCS, riêng chỉ tiêu đoàn viên vượt 18%")."""
    # (past the percents alone the other rules read there: they are these counts')
    counts = [f for f in figures if f.achieved is not None or f.target is not None]
    if not counts:
        return
    last = max(f.end for f in counts)
    turn = re.compile(r"[,;]|\.(?!\d)|\bkết quả\b", re.IGNORECASE).search(sentence, last)
    if turn is None:
        return
    said = sorted(
        [
            *_DEED_PERCENT_RE.finditer(sentence, turn.start()),
            *_PERCENT_OF_A_NAMED_TARGET_RE.finditer(sentence, turn.start()),
        ],
        key=lambda m: m.start(),
    )
    taken: list[re.Match] = []
    for plan in counts:
        if plan.percent is not None:
            continue
        if plan.kind == "plan" and not all_numbers(plan.target):
            continue
        ends = [m.end() for m in w.CLAUSE_STOP.finditer(sentence, 0, plan.start)]
        own = [m for m in said if _metric_named(m) == plan.metric]
        if len(own) != 1 or w.FUTURE.search(sentence, max(ends, default=0), own[0].start("num")):
            continue
        # (a percent of a target named after it is the targets' listed before, not a count's: "…,
        # kết nạp 2.340 đoàn viên; lũy kế 9 tháng đạt 78% chỉ tiêu phát triển đoàn viên năm",
        # probes190)
        if plan.kind == "result" and own[0].re is _PERCENT_OF_A_NAMED_TARGET_RE:
            continue
        if plan.kind == "result" and not (
            all_numbers(plan.achieved)
            and plan.target is None
            and (own[0]["noun"] or own[0]["counted"] or said[0]["noun"])
        ):
            continue
        _the_percent_done(plan, own[0])
        taken.append(own[0])
    figures[:] = [
        f
        for f in figures
        if not (
            f.achieved is None
            and f.target is None
            and any(f.start < m.end() and m.start() < f.end for m in taken)
        )
    ]


# The percent done of a target just named, with no count of its own: "Chỉ tiêu … năm 2024 là 2.500
# đoàn viên …; đến hết tháng 6 mới đạt 52,7%", "So với chỉ tiêu 20.000 đoàn viên LĐLĐ TP HCM giao,
# đơn vị mới đạt 61,7%" (probes67, probes71: a result with its target and percent, no count).
_PERCENT_DONE_OF_IT_RE = re.compile(
    # (or said: "Chỉ tiêu … năm nay là 500 người, mình mới được cỡ 80%", probes196)
    # (or completed: "được giao chỉ tiêu thành lập 20 CĐCS, đến nay đã hoàn thành 85%", probes351)
    # (past a reason set against it: "Chỉ tiêu năm 2024 của LĐLĐ tỉnh Kiên Giang là kết nạp
    # 3.600 đoàn viên, nhưng vì nhiều doanh nghiệp thủy sản, du lịch ở Phú Quốc hoạt động cầm
    # chừng, đến hết tháng 8 mới đạt 48,6%", probes585, probes573; or "làm được", in speech,
    # "… là 3.000 đoàn viên; hết tháng 8 mới làm được khoảng 61%", probes579)
    r"(?P<gap>[^%.]{0,160}?)\b(?:(?:đã|mới|chỉ)\s+)?(?P<verb>đạt|vượt|thực hiện được|làm được|"
    r"(?P<done>hoàn thành)(?:\s+được)?|"
    r"(?P<said>(?<=mới )được|(?<=đã )được|(?<=chỉ )được))\s+"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<num>{w.PERCENT_NUMBER})\s*%"
    # (not one of percents each naming its own: "quý I mới được khoảng 20% về đoàn viên, hơn 26%
    # về CĐCS", probes68)
    r"(?(said)(?!\s*về\b))(?(done)(?!\s*về\b))"
    rf"(?:\s*(?:{w.PLAN_NOUN})(?:\s+(?:năm|cả năm|được giao|giao|đề ra))?\b)?",
    re.IGNORECASE,
)
_CLAUSE_TURN_RE = re.compile(r"[,;–]|\b(?:và|nhưng|mà)\b", re.IGNORECASE)
_COUNT_IN_GAP_RE = re.compile(r"\d[\d.,]*\s*(?:%|[^\W\d]+\s+(?:đoàn viên|CĐCS|người)\b)", re.I)


# The percents done of targets listed before them, in turn, with no word for it: "Chỉ tiêu năm
# 2025 Tổng Liên đoàn giao là 6.000 đoàn viên và 40 CĐCS; đến ngày 30/6 mới thực hiện được 54% và
# 47%" (probes300).
_DONE_IN_TURN_RE = re.compile(
    # (the marker of a turn before or after the verb: "…; đến hết tháng 6 mới đạt tương ứng 41,2%
    # và 36%", probes634)
    r"[,;]\s*(?P<gap>[^%,;.]{0,60}?)\b(?:đã|mới|chỉ|lần lượt|tương ứng|theo thứ tự)\s+"
    r"(?P<verb>đạt|vượt|thực hiện được|hoàn thành)\s+(?:(?:lần lượt|tương ứng|theo thứ tự)\s+)?"
    rf"(?P<numbers>{w.QUALIFIED_PERCENT}(?:\s*(?:,|và)\s*{w.QUALIFIED_PERCENT})+)"
    rf"(?:\s*(?:{w.PLAN_NOUN})(?:\s+(?:năm|cả năm|được giao|giao|đề ra))?\b)?",
    re.IGNORECASE,
)


def percents_done_of_targets_in_turn(sentence: str, figures: list[Figure]) -> None:
    """The targets right before a list of percents done (_DONE_IN_TURN_RE) each take theirs, in
    order, as results (respective_percents gives percents to counts; these are of targets)."""
    for done in _DONE_IN_TURN_RE.finditer(sentence):
        numbers = _QUALIFIED_NUMBER_RE.findall(done["numbers"])
        before = [f for f in figures if f.end <= done.start()]
        taken = before[-len(numbers) :]
        if (
            len(taken) != len(numbers)
            or any(f.kind != "plan" or f.percent is not None for f in taken)
            or not all(all_numbers(f.target) for f in taken)
            or _COUNT_IN_GAP_RE.search(w.DURATION.sub(" ", done["gap"]))
            or w.FUTURE.search(done.group(0))
        ):
            continue
        for figure, (qualifier, number) in zip(taken, numbers, strict=True):
            figure.kind = "result"
            figure.percent = parse_number(number)
            figure.percent_kind = "over_target" if done["verb"].lower() == "vượt" else "of_target"
            if qualifier:
                figure.qualifiers["percent"] = qualifier.lower()


def percent_done_of_a_target(sentence: str, figures: list[Figure]) -> None:
    for index, plan in enumerate(figures):
        if plan.kind != "plan" or plan.percent is not None or not all_numbers(plan.target):
            continue
        following = figures[index + 1].start if index + 1 < len(figures) else len(sentence)
        done = _PERCENT_DONE_OF_IT_RE.match(sentence, plan.end)
        if done is None or done.end() > following and following < done.start("num"):
            continue
        gap = done["gap"]
        if not _CLAUSE_TURN_RE.search(gap) or _COUNT_IN_GAP_RE.search(w.DURATION.sub(" ", gap)):
            continue
        ends = [m.end() for m in w.CLAUSE_STOP.finditer(sentence, 0, plan.start)]
        if w.FUTURE.search(sentence, max(ends, default=0), done.start("num")):
            continue
        # (not the target of another indicator than the one the percent names: "… kết nạp 7.500
        # đoàn viên, thành lập 45 CĐCS; như vậy sau một quý mới đạt 25,9% chỉ tiêu đoàn viên",
        # probes320)
        named = _PLAN_NAMING_ITS_INDICATOR_RE.match(
            sentence, sentence.index("%", done.start("num"))
        )
        if named and plan.metric in _NAMED_METRICS and _indicator_named(named) != plan.metric:
            continue
        _the_percent_done(plan, done)
        plan.end = done.end()


def _the_percent_done(plan: Figure, done: re.Match) -> None:
    """`plan` as the result its percent `done` ("đạt|vượt N% …") says was reached of it."""
    plan.kind = "result"
    plan.percent = parse_number(done["num"])
    # (a percent listed after "và" takes the verb of the one before: "đạt 141,7% … và 124% …")
    verb = done["verb"] or "đạt"
    plan.percent_kind = "over_target" if verb.lower() == "vượt" else "of_target"
    if done["qual"]:
        plan.qualifiers["percent"] = done["qual"].lower()


# A percent of the plan said first, for the one figure after it: "Đạt 112,5% kế hoạch, 9 tháng đầu
# năm 2025 Công đoàn Dệt May Việt Nam thành lập được 18 CĐCS mới."
_LEADING_PERCENT_RE = re.compile(
    rf"^\W*(?P<verb>đạt|vượt|hoàn thành)\s+(?:(?P<qual>{w.QUALIFIER})\s+)?"
    rf"(?P<num>\d[\d.]*(?:,\d+)?)\s*%\s*(?:so với\s+)?{w.PLAN_NOUN}[^,;\d]{{0,20}},",
    re.IGNORECASE,
)


# One percent said of every count of its clause: "kết nạp 11.460 đoàn viên, thành lập 38 CĐCS, cùng
# đạt trên 100% kế hoạch" (probes257), "…, đều vượt kế hoạch 10%".
_SHARED_PERCENT_RE = re.compile(
    rf"\s*,?\s*(?:cùng|đều)\s+(?P<verb>đạt|vượt|hoàn thành)(?:\s+mức)?\s+"
    rf"(?:{w.PLAN_NOUN}(?:\s+[^\s\d,;%]+){{0,3}}?\s+)?(?:(?P<qual>{w.QUALIFIER})\s+)?"
    rf"(?P<num>{w.PERCENT_NUMBER})\s*%",
    re.IGNORECASE,
)


def shared_percent(sentence: str, figures: list[Figure]) -> None:
    for match in _SHARED_PERCENT_RE.finditer(sentence):
        clause_start = sentence.rfind(";", 0, match.start()) + 1
        said = [f for f in figures if clause_start <= f.start < match.start()]
        percent = parse_number(match["num"])
        if len(said) < 2 or any(f.percent not in (None, percent) for f in said):
            continue
        if any(f.kind != "result" for f in said):
            continue
        for figure in said:
            take_plans_percent(figure, match)


def percent_reached_with(sentence: str, figures: list[Figure]) -> None:
    """A development count said after the percent of the plan it reached: "chỉ tiêu phát triển
    đoàn viên đạt 118%, với 7.080 đoàn viên được kết nạp mới" (a percent with no plan noun only
    after a plan word in its clause, else it may be a share)."""
    for figure in figures:
        if figure.percent is not None or figure.kind != "result" or figure.metric == "other":
            continue
        reached = PLAN_REACHED_WITH_RE.search(sentence, max(0, figure.start - 80), figure.start)
        if reached is None:
            continue
        clause_start = sentence.rfind(";", 0, reached.start()) + 1
        clause = sentence[clause_start : reached.start()]
        if not reached["plan"] and not re.search(w.PLAN_NOUN, clause, re.IGNORECASE):
            continue
        # (not a percent said of a count before it: "thành lập mới 27 CĐCS (đạt 108% chỉ tiêu)
        # với 3.915 đoàn viên", probes66)
        if any(clause_start <= f.start < reached.start() for f in figures if f is not figure):
            continue
        take_plans_percent(figure, reached)
        figure.start = reached.start()


# A share said first, before the x/y of another indicator it is: "Đạt tỷ lệ 94,6%, có 385/407 CĐCS
# tổ chức hội nghị người lao động, hội nghị cán bộ công chức đúng quy định" (probes110).
_LEADING_RATE_RE = re.compile(
    r"^\W*(?:đạt|với)\s+t[ỷỉ] lệ\s+(?P<num>\d{1,3}(?:,\d+)?)\s*%\s*,", re.IGNORECASE
)


def leading_rate(sentence: str, figures: list[Figure]) -> None:
    leading = _LEADING_RATE_RE.match(sentence)
    if leading is None:
        return
    percent = parse_number(leading["num"])
    for figure in figures:
        if (
            figure.metric == "other"
            and figure.percent is None
            and all_numbers(figure.achieved, figure.target)
            and is_ratio(percent, leading["num"], figure.achieved, figure.target)
        ):
            figure.percent, figure.percent_kind = percent, "rate"


def leading_percent(sentence: str, figures: list[Figure]) -> None:
    leading = _LEADING_PERCENT_RE.match(sentence)
    # (the one figure of its clause: "Vượt 30,7% chỉ tiêu, toàn tỉnh đã thành lập mới 200 CĐCS …;
    # số đoàn viên phát triển mới đạt 55.130 người, …")
    clause_end = sentence.find(";")
    clause_end = clause_end if clause_end >= 0 else len(sentence)
    counted = [f for f in figures if f.metric != "other" and f.start < clause_end]
    if leading is None or len(counted) != 1 or counted[0].percent is not None:
        return
    figure = counted[0]
    if figure.kind != "result":
        return
    take_plans_percent(figure, leading)


# A percent of the plan that names its indicator: "kết nạp 1.364 đoàn viên, thành lập mới 21 CĐCS,
# đạt 113,7% kế hoạch về phát triển đoàn viên" (the members', not the unions' it follows).
_NAMED_INDICATOR = (
    r"(?:kế hoạch|chỉ tiêu|KH\b)\s+(?:"
    # (whose plan it is may come first: "vượt 4,1% chỉ tiêu Đại hội về phát triển đoàn viên")
    r"(?:[^\s,;\d%]+\s+){0,4}?(?:về\s+)?(?:công tác\s+)?"
    r"(?:(?P<doan_vien_ket_nap>(?:phát triển|kết nạp)\s+(?:đoàn viên|ĐV|ĐVCĐ))"
    rf"|(?P<cdcs_thanh_lap>thành lập(?:\s+mới)?\s+(?:{w.CDCS_WORDS}|nghiệp đoàn|NĐ\b)))"
    # ... or only its noun, right after the plan: "đạt 133% chỉ tiêu về CĐCS", "vượt 7% chỉ tiêu
    # về đoàn viên và 13,3% chỉ tiêu về CĐCS" (probes180)
    r"|(?:năm\s+)?(?:về\s+)?(?:số\s+)?(?:(?P<members>đoàn viên|ĐVCĐ|ĐV)\b(?!\s+(?:ưu tú|vào Đảng))"
    rf"|(?P<unions>{w.CDCS_WORDS})))"
)
# (the metrics _NAMED_INDICATOR names)
_NAMED_METRICS = ("doan_vien_ket_nap", "cdcs_thanh_lap")
_PLAN_NAMING_ITS_INDICATOR_RE = re.compile(rf"%\s*(?:so với\s+)?{_NAMED_INDICATOR}", re.IGNORECASE)
# ... and the next percent of the list, naming another: "…, và 13,3% chỉ tiêu về CĐCS"
_NEXT_NAMING_ITS_INDICATOR_RE = re.compile(
    rf"\s*(?:,|\bvà)\s*(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<num>{w.PERCENT_NUMBER})\s*%\s*"
    rf"(?:so với\s+)?{_NAMED_INDICATOR}",
    re.IGNORECASE,
)


def _indicator_named(named: re.Match) -> str:
    if named["doan_vien_ket_nap"] or named["members"]:
        return "doan_vien_ket_nap"
    return "cdcs_thanh_lap"


def _owner_of(named: re.Match, figure: Figure, figures: list[Figure]) -> Figure | None:
    """The figure before `named` of the indicator it names, with no percent of its own, of the
    same kind as `figure`, whose percent names it."""
    metric = _indicator_named(named)
    owner = next(
        (
            f
            for f in reversed(figures)
            if f.start < named.start() and f.metric == metric and f.percent is None
        ),
        None,
    )
    return owner if owner is not None and owner.kind == figure.kind else None


def percent_to_the_indicator_it_names(sentence: str, figures: list[Figure]) -> None:
    for figure in figures:
        if figure.percent is None:
            continue
        named = _PLAN_NAMING_ITS_INDICATOR_RE.search(sentence, figure.start, figure.end + 60)
        if named is None:
            continue
        kind = figure.percent_kind
        if _indicator_named(named) != figure.metric:
            owner = _owner_of(named, figure, figures)
            if owner is None:
                continue
            owner.percent, owner.percent_kind = figure.percent, figure.percent_kind
            if "percent" in figure.qualifiers:
                owner.qualifiers["percent"] = figure.qualifiers.pop("percent")
            figure.percent = figure.percent_kind = None
        following = _NEXT_NAMING_ITS_INDICATOR_RE.match(sentence, named.end())
        if following is None:
            continue
        owner = _owner_of(following, figure, figures)
        if owner is not None:
            owner.percent, owner.percent_kind = parse_number(following["num"]), kind
            if following["qual"]:
                owner.qualifiers["percent"] = following["qual"].lower()


# The units rated, then the parts reaching each rating: "đánh giá, xếp loại 412 CĐCS khu vực doanh
# nghiệp, trong đó 350 CĐCS đạt vững mạnh", "đánh giá 196 CĐCS, có 154 CĐCS đạt vững mạnh, 35 CĐCS
# đạt khá" (probes155): each part is out of the whole (its target, as x/y of all units in scope),
# and the whole is no figure of a rating.
_RATED_WHOLE_RE = re.compile(
    rf"\b{w.RATING_VERBS}\s+(?:chất lượng\s+)?(?:cho\s+)?"
    rf"(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)\s+(?:{w.CDCS_WORDS}|đơn vị)\b[^,;:\d%]{{0,60}}?"
    r"\s*[,:]\s*(?:trong đó\s*,?\s*)?(?:có\s+)?(?=\d)",
    re.IGNORECASE,
)


def rated_out_of_their_whole(sentence: str, figures: list[Figure]) -> list[Figure]:
    whole = _RATED_WHOLE_RE.search(sentence)
    if whole is None:
        return figures
    # (not a count rated with its own grade before the comma: "xếp loại 87 CĐCS vững mạnh xuất
    # sắc, 140 CĐCS vững mạnh và 6 CĐCS khá", each its own figure)
    if any(
        f.start <= whole.start("n") < f.end and f.label and f.end <= whole.end() for f in figures
    ):
        return figures
    rated = parse_number(whole["n"])
    clause_end = sentence.find(";", whole.end())
    parts = [
        f
        for f in figures
        if f.start >= whole.end() - 1
        and (clause_end < 0 or f.start < clause_end)
        and f.metric == "other"
        and (f.label or "").startswith("cđcs ")
        and f.label != "cđcs tổ chức đại hội"
        and f.target is None
        and all_numbers(f.achieved)
        and f.achieved < rated
    ]
    if not parts:
        return figures
    for part in parts:
        part.target = rated
    return [f for f in figures if not (f.start <= whole.start("n") < f.end and f not in parts)]


# The share planned next, said short after the share reached: "Năm 2023 có 81,6% CĐCS đạt vững
# mạnh; năm 2024 phấn đấu đạt trên 85%" (probes360), the clause naming nothing else.
_SHARE_PLANNED_AFTER_RE = re.compile(
    r"\s*[;,]\s*(?:(?:và\s+)?(?:năm|đến năm|đến hết năm|trong năm|giai đoạn|nhiệm kỳ)\s+"
    # ("năm nay" after a year before: "Năm vừa rồi 46/52 …, chiếm gần 88,5%; năm nay phấn đấu
    # trên 90%", probes460)
    r"(?:tới|sau|nay|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)\s*,?\s*)?"
    r"(?P<verb>phấn đấu|mục tiêu|chỉ tiêu|kế hoạch)(?:\s+(?:là|đạt|nâng lên|lên|tăng lên))*\s+"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<num>{w.PERCENT_NUMBER})\s*%"
    # (a floor after it: "…; năm 2024 phấn đấu đạt 95% trở lên", probes508)
    r"(?:\s+(?P<floor>trở lên))?"
    # (or a quote's end: "…, chiếm gần 88,5%; năm nay phấn đấu trên 90%”, ông … cho biết",
    # probes460)
    r"(?=\s*(?:[.;”\"]|$))",
    re.IGNORECASE,
)


def share_planned_after(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The plan of a share said short after the share reached (_SHARE_PLANNED_AFTER_RE): a
    figure of the same indicator, planned."""
    added = []
    for figure in figures:
        if figure.kind != "result" or figure.percent_kind != "rate":
            continue
        planned = _SHARE_PLANNED_AFTER_RE.match(sentence, figure.end)
        if planned is None or any(figure.end <= f.start < planned.end() for f in figures):
            continue
        plan = Figure(
            metric=figure.metric,
            kind="plan",
            # (from its verb, so that the time said before it is its period)
            start=planned.start("verb"),
            end=planned.end(),
            percent=parse_number(planned["num"]),
            percent_kind="rate",
            stage=figure.stage,
            label=figure.label,
        )
        if planned["qual"] or planned["floor"]:
            plan.qualifiers["percent"] = (planned["qual"] or planned["floor"]).lower()
        added.append(plan)
    return sorted([*figures, *added], key=lambda f: f.start)


# The percent of the plan said past the parts of a whole in brackets: "Thành lập mới CĐCS: 26 đơn
# vị (Điện Bàn 8, Núi Thành 7, Tam Kỳ 6, Duy Xuyên 5), đạt 118% chỉ tiêu", "kết nạp 6.214 đoàn
# viên (Công đoàn KCN Trảng Bàng 3.120, …), đạt 103,6% chỉ tiêu" (probes505): the whole's.
_PERCENT_PAST_ITS_PARTS_RE = re.compile(
    r"\s*\([^()%;]{3,240}\)\s*,\s*(?P<verb>đạt|vượt|bằng)\s+"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<pct>{w.PERCENT_NUMBER})\s*%"
    r"\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|KH)\b",
    re.IGNORECASE,
)


def percent_past_its_parts(sentence: str, figures: list[Figure]) -> None:
    """See _PERCENT_PAST_ITS_PARTS_RE: the count before the bracket takes the percent after it,
    when nothing else read it."""
    for figure in figures:
        if figure.kind != "result" or figure.percent is not None:
            continue
        past = _PERCENT_PAST_ITS_PARTS_RE.match(sentence, figure.end)
        if past is None or any(f.start <= past.start("pct") < f.end for f in figures):
            continue
        over = past["verb"].lower() == "vượt"
        figure.percent = parse_number(past["pct"])
        figure.percent_kind = "over_target" if over else "of_target"
        if past["qual"]:
            figure.qualifiers["percent"] = past["qual"].lower()
        figure.end = sentence.index("%", past.end("pct")) + 1


# A bare percent in brackets right after what was done of a target, the ratio of the two: "Năm
# 2024 – chỉ tiêu giao: 120 đoàn viên; đã kết nạp: 74 (61,7%)", "Hội nghị cán bộ, công chức, viên
# chức đầu năm: 84/86 cơ quan, đơn vị (97,7%)" (probes512).
_RATIO_IN_BRACKETS_AFTER_RE = re.compile(
    r"(?:\s*,\s*[^,;()\d%]{1,20}?)?\s*\(\s*(?:(?:đạt|chiếm|bằng)\s+)?"
    rf"(?P<pct>{w.PERCENT_NUMBER})\s*%\s*\)",
    re.IGNORECASE,
)


def ratio_in_brackets_after(sentence: str, figures: list[Figure]) -> None:
    """See _RATIO_IN_BRACKETS_AFTER_RE: the figure takes the percent its numbers make."""
    for figure in figures:
        if figure.kind != "result" or figure.percent is not None:
            continue
        if not all_numbers(figure.achieved, figure.target) or not figure.target:
            continue
        said = _RATIO_IN_BRACKETS_AFTER_RE.match(sentence, figure.end)
        if said is None or any(f.start <= said.start("pct") < f.end for f in figures):
            continue
        percent = parse_number(said["pct"])
        if not is_ratio(percent, said["pct"], figure.achieved, figure.target):
            continue
        figure.percent = percent
        figure.percent_kind = "rate" if figure.metric == "other" else "of_target"
        figure.end = said.end()


# A share aimed for, passed by units counted out of their whole: "… có 198 đơn vị xếp loại hoàn
# thành tốt và hoàn thành xuất sắc nhiệm vụ, vượt chỉ tiêu 80% mà ngành đề ra" (probes966). Some of
# a whole cannot pass the whole, so the percent is the target's share, no percent of the count.
_A_SHARE_AIMED_FOR_PASSED_RE = re.compile(
    rf"\bvượt\s+(?:{w.PLAN_NOUN})(?:\s+(?:đề ra|được giao|năm|cả năm))?\s+"
    rf"(?:là\s+)?{w.PERCENT_NUMBER}\s*%",
    re.IGNORECASE,
)


def shares_aimed_for_passed(sentence: str, figures: list[Figure]) -> None:
    """See _A_SHARE_AIMED_FOR_PASSED_RE: the count out of its whole keeps no such percent."""
    for figure in figures:
        if figure.percent_kind != "over_target" or not all_numbers(figure.achieved, figure.target):
            continue
        if figure.achieved > figure.target or figure.percent >= 100:
            continue
        passed = _A_SHARE_AIMED_FOR_PASSED_RE.search(sentence, figure.start, figure.end + 10)
        if passed is None or passed.end() > figure.end + 10:
            continue
        if 100 * figure.achieved / figure.target < figure.percent:
            continue
        figure.percent = figure.percent_kind = None
