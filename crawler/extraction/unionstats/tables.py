"""Figures of report tables flattened into text: a row names its indicator, then the plan, what was
done and the percent, joined by dashes or pipes ("Thành lập CĐCS – 12 – 7 – 58,3%", "Kết nạp ĐV: KH
2.000 – TH 2.236 – đạt 111,8%", "Kết nạp đoàn viên mới | 1.200 | 845 | 70,4"), as pages copy the
tables of union reports. The percent must be what was done of the plan, so no row is read from
numbers that only look like one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .figure import Figure
from .headed_tables import indicator_named
from .numbers import COUNT_IN_DIGITS, QUALIFIER, parse_number

_INDICATORS = {
    "cdcs_thanh_lap": r"thành lập(?:\s+mới)?\s+(?:CĐCS|công đoàn cơ sở|CĐ cơ sở)(?:\s+mới)?",
    "doan_vien_ket_nap": r"(?:kết nạp|phát triển)(?:\s+mới)?\s+(?:đoàn viên|ĐVCĐ|ĐV)(?:\s+mới)?",
    # ("Tập huấn cán bộ công đoàn cơ sở | 1.000 lượt | 1.240 lượt | 124%", probes265)
    "can_bo_tap_huan": r"tập huấn\s+cán bộ(?:\s+(?:công đoàn(?:\s+cơ sở)?|CĐ|CĐCS))?",
    # ("Giới thiệu đoàn viên ưu tú cho Đảng | 150 | 163 | 108,7%", probes265: read as members)
    "dang_vien_gioi_thieu": r"giới thiệu(?:\s+đoàn viên)?(?:\s+(?:công đoàn|CĐ))?(?:\s+ưu tú)?"
    r"\s+(?:cho|vào)\s+(?:tổ chức\s+)?Đảng",
}
_DONE_LABELS = ("th", "thực hiện")
# One column: its name may come first ("KH 15", "TH 18"), a unit after ("1.200 lượt").
_COLUMN = (
    rf"(?:(?P<{{name}}_label>KH|TH|kế hoạch|thực hiện)\s*:?\s*)?(?P<{{name}}>{COUNT_IN_DIGITS})"
    r"(?:\s+(?:lượt|người|đơn vị|CĐCS|ĐV))?"
)
# (or the pipes of a table copied as text: "Thành lập CĐCS mới | 12 | 7 | 58,3")
_DASH = r"\s*[–—|-]\s*"
_ROW_RE = re.compile(
    r"(?<![^\W\d_])(?P<indicator>"
    + "|".join(f"(?P<{metric}>{words})" for metric, words in _INDICATORS.items())
    + r")(?:\s*:\s*|"
    + _DASH
    + r")"
    + _COLUMN.replace("{name}", "first")
    + _DASH
    + _COLUMN.replace("{name}", "second")
    + _DASH
    + rf"(?:(?:đạt|hoàn thành)\s+(?:t[ỷỉ] lệ\s+)?)?(?:(?:{QUALIFIER})\s+)?"
    # (decimals after a dot too: "58.3%")
    # (with no "%", the row's last cell: not a month of "Kết nạp đoàn viên | 64 | 58 | 91 | 213"
    # under "Chỉ tiêu | Tháng 7 | Tháng 8 | Tháng 9 | Cộng", probes356)
    + r"(?P<percent>\d{1,3}(?:,\d+|\.\d{1,2}(?=\s*%))?)(?:\s*%|(?![\d.,])(?!\s*\|\s*\d))",
    re.IGNORECASE,
)


def table_figures(sentence: str) -> Iterator[Figure]:
    """Each flattened table row of a development indicator, as a figure of what was done against
    the plan. The plan comes first unless the columns say otherwise ("TH … – KH …"); the percent
    must be what was done of the plan, so a row read the wrong way round is not given."""
    taken: list[Figure] = []
    for row in _ROW_RE.finditer(sentence):
        metric = next(m for m in _INDICATORS if row[m])
        first, second = parse_number(row["first"]), parse_number(row["second"])
        done_first = (row["first_label"] or "").lower() in ("th", "thực hiện")
        target, achieved = (second, first) if done_first else (first, second)
        percent = parse_number(row["percent"])
        if _is_done_of_plan(achieved, target, percent):
            taken.append(
                _row_figure(
                    metric,
                    row.start("indicator"),
                    row.end(),
                    achieved,
                    target,
                    percent,
                    stage="introduced" if metric == "dang_vien_gioi_thieu" else None,
                )
            )
    for start, end, row in _labelled_rows(sentence):
        if row["metric"]:
            taken.append(_labelled_figure(start, end, row, row["metric"]))
    taken.extend(_rows_of_named_indicators(sentence, taken))
    taken.extend(
        row
        for row in _shorthand_rows(sentence)
        if not any(f.start < row.end and row.start < f.end for f in taken)
    )
    yield from sorted(taken, key=lambda f: f.start)


# A row whose first cell names its indicator, then the plan, what was done and the percent, each
# count with its units: "Tổ chức đối thoại định kỳ | 420 DN | 447 DN | 106,4%" (probes340); after
# the row's number and a cell of its units of measure, as report tables set them: "1 | Kết nạp đoàn
# viên mới | Người | 3.200 | 1.846 | 57,7" (probes364); or glued to the header above it: "Chỉ tiêu |
# KH | TH | % Kết nạp đoàn viên (người) | 1.500 | 1.620 | 108" (probes364). A unit of money makes
# no row ("Chi hỗ trợ … | Triệu đồng | 1.500 | 1.212,5 | 80,8"). Which count is the plan is what
# the percent says, as the columns are not named.
_UNITS = r"(?:\s+(?:DN|doanh nghiệp|đơn vị|cơ quan|CĐCS|cuộc|bản|hội nghị|người|lượt|ĐV))?"
_UNIT_CELL = (
    r"(?:(?:lượt\s+)?người|lượt|đơn vị|CĐCS|cơ sở|ĐV|đoàn viên|cuộc|bản|hội nghị|doanh nghiệp|DN)"
)
_CELL_ROW_RE = re.compile(
    r"(?:^|[|%])\s*(?P<index>\d{1,2}\s*\|\s*)?(?P<label>[^\W\d_][^|\d%]{2,80}?)\s*\|\s*"
    rf"(?P<unit>{_UNIT_CELL}\s*\|\s*)?"
    rf"(?P<first>{COUNT_IN_DIGITS}){_UNITS}\s*\|\s*(?P<second>{COUNT_IN_DIGITS}){_UNITS}\s*\|\s*"
    r"(?P<percent>\d{1,3}(?:,\d+)?)(?:\s*%(?=\s*(?:\||$))|(?=\s*(?:$|\|\s*[^\W\d_])))",
    re.IGNORECASE,
)


# (the header glued before the row names both columns: "Chỉ tiêu | KH | TH | % …")
# ("Chỉ tiêu" names the column of indicators there, no plan's)
_PLAN_AND_DONE_NAMED_RE = re.compile(
    r"\b(?:KH|kế hoạch)\b.*\b(?:TH|thực hiện|kết quả)\b"
    r"|\b(?:TH|thực hiện|kết quả)\b.*\b(?:KH|kế hoạch)\b",
    re.IGNORECASE,
)


def _rows_of_named_indicators(sentence: str, taken: list[Figure]) -> Iterator[Figure]:
    for row in _CELL_ROW_RE.finditer(sentence):
        start = row.start("label")
        if any(f.start < row.end() and start < f.end for f in taken):
            continue
        named = indicator_named(row["label"])
        if named is None:
            continue
        # (a development count with no number or unit cell, nor a header naming the plan, may be
        # of two years compared: "Đoàn viên kết nạp mới (người) | 7.104 | 8.311 | 117,0" under
        # "Nội dung | Năm 2022 | Năm 2023 | So sánh 2023/2022 (%)", probes274)
        if (
            named[0] != "other"
            and not (row["index"] or row["unit"])
            and not _PLAN_AND_DONE_NAMED_RE.search(sentence, 0, start)
        ):
            continue
        first, second = parse_number(row["first"]), parse_number(row["second"])
        percent = parse_number(row["percent"])
        # (the plan first, as report tables set it, unless the header glued before says not)
        header = _PLAN_AND_DONE_NAMED_RE.search(sentence, 0, start)
        done_first = header is not None and bool(
            re.match(r"TH\b|thực hiện|kết quả", header.group(0), re.IGNORECASE)
        )
        achieved, target = (first, second) if done_first else (second, first)
        if not _is_done_of_plan(achieved, target, percent):
            continue
        metric, stage, label = named
        yield _row_figure(
            metric, start, row.end(), achieved, target, percent, stage=stage, label=label
        )


# A row of report shorthand, its indicator before a colon and its cells named, in any order:
# "Kết nạp ĐV (người): TH 4.130 – 103,3% – KH 4.000", "Thành lập CĐCS (đơn vị): TH 21 – 105% – KH
# 20" (probes364; the percent between the counts was read in no order before).
# (or its body named after the indicator, the cells apart by semicolons, the percent after "đạt":
# "Kết nạp đoàn viên – huyện Bình Xuyên: TH 820; KH 800; đạt 102,5%", probes373)
_SHORT_CELL = (
    rf"(?:(?P<{{name}}_label>KH|TH|kế hoạch|thực hiện|chỉ tiêu)\s*:?\s*"
    rf"(?P<{{name}}>{COUNT_IN_DIGITS})"
    r"|(?:đạt\s+)?(?P<{name}_percent>\d{1,3}(?:,\d+)?)\s*%)"
)
_SHORT_CELLS_APART = r"\s*[–—|;-]\s*"
_SHORTHAND_ROW_RE = re.compile(
    r"(?<![^\W\d_])(?P<label>[^\W\d_][^:|\d]{2,80}?)\s*:\s*"
    + _SHORT_CELLS_APART.join(_SHORT_CELL.replace("{name}", name) for name in ("a", "b", "c"))
    + r"(?![\d.,%])",
    re.IGNORECASE,
)


def _shorthand_rows(sentence: str) -> Iterator[Figure]:
    # (a row has its colon and its percent: most sentences have neither, and the pattern is long)
    if ":" not in sentence or "%" not in sentence:
        return
    for row in _SHORTHAND_ROW_RE.finditer(sentence):
        named = indicator_named(row["label"])
        done = [row[c] for c in "abc" if (row[f"{c}_label"] or "").lower() in _DONE_LABELS]
        plan = [row[c] for c in "abc" if row[c] and row[f"{c}_label"].lower() not in _DONE_LABELS]
        percent = [row[f"{c}_percent"] for c in "abc" if row[f"{c}_percent"]]
        if named is None or len(done) != 1 or len(plan) != 1 or len(percent) != 1:
            continue
        achieved, target = parse_number(done[0]), parse_number(plan[0])
        share = parse_number(percent[0])
        if _is_done_of_plan(achieved, target, share):
            metric, stage, label = named
            yield _row_figure(
                metric,
                row.start("label"),
                row.end(),
                achieved,
                target,
                share,
                stage=stage,
                label=label,
            )


def _is_done_of_plan(achieved: int, target: int, percent: float) -> bool:
    """Whether a row's percent is what was done of its plan (to a point of rounding), so numbers
    that only look like a row are not read as one."""
    return bool(target) and abs(100 * achieved / target - percent) <= 1.01


def _row_figure(
    metric: str,
    start: int,
    end: int,
    achieved: int,
    target: int,
    percent: float,
    *,
    stage: str | None = None,
    label: str | None = None,
) -> Figure:
    return Figure(
        metric=metric,
        stage=stage,
        label=label,
        kind="result",
        start=start,
        end=end,
        achieved=achieved,
        target=target,
        percent=percent,
        percent_kind="of_target",
    )


# A row whose indicator is its table's, named by the headline, sa-pô or sentence before, with each
# column named: "1. Công đoàn Khu kinh tế Đông Nam: chỉ tiêu 1.500 – thực hiện 1.032 – đạt 68,8%"
# under "Nghệ An: 6 tháng kết nạp 4.360 đoàn viên" (probes209).
_NAMED_COLUMN = (
    rf"(?P<{{name}}_label>KH|TH|chỉ tiêu|kế hoạch|thực hiện)\s*:?\s*(?P<{{name}}>{COUNT_IN_DIGITS})"
    r"(?:\s+(?:lượt|người|đơn vị|CĐCS|ĐV|đoàn viên))?"
)
_COLUMN_SEPARATOR = r"\s*[–—|;,-]\s*"
_NAMED_ROW_RE = re.compile(
    r"(?<![^\W\d_])"
    + _NAMED_COLUMN.replace("{name}", "first")
    + _COLUMN_SEPARATOR
    + _NAMED_COLUMN.replace("{name}", "second")
    + _COLUMN_SEPARATOR
    + r"(?:(?:đạt|hoàn thành)\s+(?:t[ỷỉ] lệ\s+)?)?"
    + r"(?P<percent>\d{1,3}(?:,\d+|\.\d{1,2}(?=\s*%))?)\s*%",
    re.IGNORECASE,
)
# (or its columns unnamed, the plan first as report tables set them: "STT 3 – LĐLĐ huyện Thái Thụy
# – 540 – 497 – 92,0%", probes216)
# (or spaces alone, as a table copied from a page: "STT Đơn vị Kế hoạch Thực hiện Tỷ lệ 1 LĐLĐ TP.
# Thủ Dầu Một 3.500 3.812 108,9%", probes230)
_CELL_SEPARATOR = r"(?:\s*[–—|]\s*|\s+)"
_BARE_ROW_RE = re.compile(
    rf"(?<![\d.,/])(?P<first>{COUNT_IN_DIGITS}){_CELL_SEPARATOR}(?P<second>{COUNT_IN_DIGITS}){_CELL_SEPARATOR}"
    r"(?P<percent>\d{1,3}(?:,\d+)?)\s*%",
)


# (or, cells apart by pipes, the percent's column named in a header and its sign left out: "2 |
# LĐLĐ huyện Thủy Nguyên | 900 | 812 | 90,2", probes265)
_PIPED_ROW_RE = re.compile(
    rf"(?<![\d.,/])(?P<first>{COUNT_IN_DIGITS})\s*\|\s*(?P<second>{COUNT_IN_DIGITS})\s*\|\s*"
    # (with no "%", the row's last cell: not a month of "Kết nạp đoàn viên | 64 | 58 | 91 | 213",
    # probes356)
    r"(?P<percent>\d{1,3}(?:,\d+)?)(?:\s*%(?=\s*(?:\||$))|(?=\s*(?:$|\|\s*[^\W\d_])))",
)


def looks_like_a_row(sentence: str) -> bool:
    """Two numbers and a percent in a row, as a table's cells."""
    return bool(
        _BARE_ROW_RE.search(sentence)
        or _PIPED_ROW_RE.search(sentence)
        or _NAMED_ROW_RE.search(sentence)
        or any(True for _ in _labelled_rows(sentence))
    )


# A row of cells each named before a colon, in any order, as an infographic or a table copied
# with its heading in every cell: "Kết nạp: 1.124 | Kế hoạch: 1.000 | Tỷ lệ: 112,4%", "Đoàn viên
# kết nạp mới: 1.124 – Chỉ tiêu: 1.000 – Đạt: 112,4%" (the known gap of probes216 and probes230:
# none of these was read). One cell of the plan, one of what was done, at most one percent, which
# must be what was done of the plan.
_CELL_RE = re.compile(
    r"(?<![\w.,])(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,5})[ \t]*:[ \t]*"
    rf"(?:(?:{QUALIFIER})\s+)?(?P<number>{COUNT_IN_DIGITS})(?P<decimals>,\d+|\.\d{{1,2}}(?=\s*%))?"
    r"(?P<percent>\s*%)?"
    r"(?:[ \t]+(?P<unit>lượt|người|đơn vị|CĐCS|ĐV|đoàn viên|cán bộ)(?![\w]))?",
    re.IGNORECASE,
)
# (units of one indicator name it where the labels do not: "Chỉ tiêu năm: 4.000 ĐV | Đã thực hiện:
# 3.218 ĐV", a gap probes340 named)
_METRIC_OF_UNIT = {
    "đv": "doan_vien_ket_nap",
    "đoàn viên": "doan_vien_ket_nap",
    "cđcs": "cdcs_thanh_lap",
}
# (cells apart by pipes, dashes, semicolons, commas, or only the spaces of a copied table)
_CELLS_APART_RE = re.compile(r"\s*[|;–—-]\s*|,\s*|\s+")
_PLAN_LABEL_RE = re.compile(r"(?:kế hoạch|KH|chỉ tiêu|mục tiêu)\b", re.IGNORECASE)
_DONE_LABEL_RE = re.compile(
    r"\b(?:kết nạp|thành lập|tập huấn|thực hiện|TH|kết quả|đạt(?: được)?)\b"
    r"|\b(?:đoàn viên|CĐCS|công đoàn cơ sở)(?:\s+được\s+\w+)?\s+mới\b",
    re.IGNORECASE,
)
_LABEL_METRICS = (
    ("cdcs_thanh_lap", re.compile(r"\bthành lập\b|\bCĐCS\b|\bcông đoàn cơ sở\b", re.I)),
    ("doan_vien_ket_nap", re.compile(r"\bkết nạp\b|\bđoàn viên\b|\bĐV(?:CĐ)?\b", re.I)),
    ("can_bo_tap_huan", re.compile(r"\btập huấn\b|\bcán bộ\b", re.I)),
)


def _label_metric(label: str) -> str | None:
    named = {metric for metric, words in _LABEL_METRICS if words.search(label)}
    return named.pop() if len(named) == 1 else None


def _labelled_rows(sentence: str) -> Iterator[tuple[int, int, dict]]:
    """Each run of named cells with one of the plan, one of what was done and at most one percent,
    as (start, end, {"done", "plan", "percent", "metric"}); the metric as the cells name it, or
    None."""
    if sentence.count(":") < 2:
        return
    cells = list(_CELL_RE.finditer(sentence))
    runs: list[list[re.Match]] = []
    for cell in cells:
        if runs and _CELLS_APART_RE.fullmatch(sentence, runs[-1][-1].end(), cell.start()):
            runs[-1].append(cell)
        else:
            runs.append([cell])
    for run in runs:
        row = _read_the_cells(run)
        if row is not None:
            yield run[0].start(), run[-1].end(), row


def _read_the_cells(run: list[re.Match]) -> dict | None:
    done, plan, percent, metrics, units = [], [], [], set(), set()
    for cell in run:
        label = cell["label"]
        number = parse_number(cell["number"] + (cell["decimals"] or ""))
        if cell["percent"]:
            percent.append(number)
        elif _PLAN_LABEL_RE.match(label):
            plan.append(number)
        elif _DONE_LABEL_RE.search(label):
            done.append(number)
        else:
            return None
        if not cell["percent"] and (named := _label_metric(label)):
            metrics.add(named)
        # (a percent's cell has no unit: "KH: 5.200 ĐV – TH: 5.617 ĐV – Tỷ lệ: 108%", probes369)
        if not cell["percent"]:
            units.add(_METRIC_OF_UNIT.get((cell["unit"] or "").lower()))
    if len(done) != 1 or len(plan) != 1 or len(percent) > 1 or len(metrics) > 1 or not plan[0]:
        return None
    if percent and not _is_done_of_plan(done[0], plan[0], percent[0]):
        return None
    if not metrics and len(units) == 1 and None not in units:
        metrics = units
    if not percent and not metrics:
        return None
    return {
        "done": done[0],
        "plan": plan[0],
        "percent": percent[0] if percent else None,
        "metric": metrics.pop() if metrics else None,
    }


def _labelled_figure(start: int, end: int, row: dict, metric: str) -> Figure:
    return Figure(
        metric=metric,
        kind="result",
        start=start,
        end=end,
        achieved=row["done"],
        target=row["plan"],
        percent=row["percent"],
        percent_kind="of_target" if row["percent"] is not None else None,
    )


def _own_indicator(cells: str) -> str | None:
    """The metric the cells before a row's numbers name (headed_tables.indicator_named), if one
    alone."""
    named = {found[0] for cell in cells.split("|") if (found := indicator_named(cell))}
    return named.pop() if len(named) == 1 else None


def rows_of_the_indicator(sentence: str, metric: str) -> Iterator[Figure]:
    """Each row of `metric` (the indicator its context counts) with its columns named, one of the
    plan and one of what was done, or unnamed, the plan first; the percent must be what was done
    of the plan."""
    for start, end, row in _labelled_rows(sentence):
        own = _own_indicator(sentence[:start]) if row["metric"] is None else None
        if own is not None and own != metric:
            if own != "other":
                yield _labelled_figure(start, end, row, own)
        elif row["metric"] in (None, metric):
            yield _labelled_figure(start, end, row, metric)
    rows = (
        list(_NAMED_ROW_RE.finditer(sentence))
        or list(_BARE_ROW_RE.finditer(sentence))
        or list(_PIPED_ROW_RE.finditer(sentence))
    )
    for row in rows:
        # (a row that names its own indicator is of that one: "2 | Thành lập CĐCS | Chỉ tiêu giao:
        # 25 | Thực hiện: 31 | Tỷ lệ: 124%" under a sa-pô of members, probes334; another
        # indicator's row, "3 | Doanh nghiệp ký mới TƯLĐTT | …", is not read here)
        own = _own_indicator(sentence[: row.start()])
        if own is not None and own != metric:
            if own == "other":
                continue
            metric = own
        named = row.re is _NAMED_ROW_RE
        labels = (row["first_label"].lower(), row["second_label"].lower()) if named else ("", "")
        if named and (labels[0] in _DONE_LABELS) == (labels[1] in _DONE_LABELS):
            continue
        first, second = parse_number(row["first"]), parse_number(row["second"])
        achieved, target = (first, second) if labels[0] in _DONE_LABELS else (second, first)
        percent = parse_number(row["percent"])
        if _is_done_of_plan(achieved, target, percent):
            yield _row_figure(metric, row.start(), row.end(), achieved, target, percent)
