"""Tables whose header row names the columns: "STT | Đơn vị | CĐCS thành lập mới | Đoàn viên kết
nạp", then "1 | LĐLĐ huyện Việt Yên | 7 | 1.842". A row alone does not say what its numbers count;
its header does, in the same line (a table copied as one run of text) or in a line before it (the
extractor writes every table row as a paragraph of its own, cells apart by " | ", blocks.py).

Three shapes of report tables (the known gap of probes21, probes244, probes258 and probes265):
- a row per unit, a column per indicator ("Đơn vị | CĐCS thành lập mới | Đoàn viên kết nạp | Tỷ lệ
  so với kế hoạch (%)"), the unit the row's organisation;
- a row per indicator, columns of the plan, what was done and the percent ("Chỉ tiêu | Kế hoạch |
  Thực hiện | Tỷ lệ (%)"), or a row per unit under a heading naming the indicator ("Về thành lập
  CĐCS: Đơn vị | Chỉ tiêu | Thực hiện");
- a row per indicator, a column per period ("Năm | 2022 | 2023 | 2024").
A percent must be what was done of the plan (or of the whole, for a column of all units), so no row
is read from columns read the wrong way round."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import wording as w
from .figure import Figure
from .indicators import grade_label
from .numbers import (
    COUNT_IN_DIGITS,
    QUALIFIER,
    SPOKEN_NUMBER,
    parse_number,
    quantities,
)

# --- What a header cell names --- -----------------------------------------------------------------

_INDEX_RE = re.compile(r"(?:STT|TT|Số TT|Số thứ tự)", re.IGNORECASE)
# The column of the row's names: units or indicators ("Tiêu chí", "Nội dung"), a closed list (a
# unit's own name, "LĐLĐ huyện Kỳ Anh", is a row's cell, never a header's).
_NAME_WORDS = (
    r"đơn vị|địa phương|địa bàn|khối(?:\s+(?:doanh nghiệp|DN|đơn vị|cơ quan))?|ngành|nội dung|"
    r"chỉ tiêu|tiêu chí|lĩnh vực|huyện|quận|"
    r"thị xã|thành phố|xã|phường|cụm(?:\s+thi đua)?|loại hình(?:\s+doanh nghiệp)?|năm|kỳ|"
    r"thời gian|hạng mục|nhiệm vụ|công đoàn cấp trên(?:\s+cơ sở)?|CĐ cấp trên(?:\s+cơ sở)?|"
    # (probes271: "CĐCS | Số đoàn viên ưu tú được giới thiệu | …", "Xếp loại | Số CĐCS | Tỷ lệ
    # (%)", "Khu công nghiệp | Số DN có CĐCS | …")
    r"CĐCS|công đoàn cơ sở|xếp loại|loại|mức xếp loại|khu công nghiệp|KCN|khu kinh tế|khu vực|"
    # (periods as rows: "Quý | CĐCS thành lập mới | …", "Tháng | CĐCS thành lập | Đoàn viên kết
    # nạp", probes278)
    r"quý|tháng|đợt|"
    # ("Doanh nghiệp | … | Đoàn viên được công đoàn giới thiệu | Đã được kết nạp", probes287)
    r"doanh nghiệp|công ty"
)
_NAME_RE = re.compile(
    # (the kind of union before the kind of place: "Công đoàn phường, xã | CĐCS thành lập mới",
    # probes278)
    rf"(?:tên\s+)?(?:(?:LĐLĐ|Liên đoàn Lao động|công đoàn|CĐ)\s+(?=(?:{_NAME_WORDS})\b))?"
    rf"(?:{_NAME_WORDS})(?:\s*[,/]\s*(?:{_NAME_WORDS}))*"
    r"(?:\s+(?:chủ yếu|trực thuộc|cơ sở))?",
    re.IGNORECASE,
)
_TARGET_RE = re.compile(
    r"(?:kế hoạch|KH|chỉ tiêu|mục tiêu)(?:\s+(?:giao|được giao|đề ra|năm|cả năm|nhiệm kỳ)"
    r"(?:\s+20\d\d)?)?(?:\s+20\d\d)?",
    re.IGNORECASE,
)
_DONE_RE = re.compile(
    r"(?:thực hiện|TH|kết quả|đạt được|đã thực hiện|thực hiện được|"
    # (what was done of a whole said in the column before: "Số CĐCS phải tổ chức đại hội | Đã
    # tổ chức", probes271)
    r"đã\s+(?:tổ chức|ký(?:\s+kết)?|đại hội|hoàn thành)(?:\s+(?:xong|đại hội))?"
    # (the count of a row of an indicator, in a table of a report's figures: "Nội dung | Số
    # lượng | Đơn vị tính", probes356)
    r"|số lượng"
    # (the units that did it, against all of them after: "Chỉ tiêu | Số đơn vị thực hiện | Tổng
    # số đơn vị | Tỷ lệ (%)", probes373)
    r"|số\s+(?:đơn vị|CĐCS|công đoàn cơ sở|doanh nghiệp|DN|cơ quan)\s+(?:đã\s+)?(?:thực hiện|đạt))"
    r"(?:\s+(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+(?:đầu\s+)?năm)?|\s+năm(?:\s+20\d\d)?|\s+20\d\d)?",
    re.IGNORECASE,
)
# ("Tỷ lệ (%)", "Đạt so với KH (%)", "So với KH (%)"; "Vượt kế hoạch (%)", probes373)
_PERCENT_RE = re.compile(r"(?:t[ỷỉ] lệ|%|đạt|so với|so sánh|vượt)(?:[^|]*)", re.IGNORECASE)
_OVER_THE_PLAN_RE = re.compile(r"vượt\b", re.IGNORECASE)
_OF_THE_PLAN_RE = re.compile(r"kế hoạch|chỉ tiêu|KH\b", re.IGNORECASE)
# The column of all units in scope (its share done is a rate): "Số CĐCS", "Tổng số đơn vị".
_WHOLE_RE = re.compile(
    r"(?:(?:tổng\s+)?số|tổng)\s+(?:CĐCS|công đoàn cơ sở|đơn vị|doanh nghiệp|DN|cơ quan)"
    # (or those of them bound to do something, or that have a union: "Số CĐCS phải tổ chức đại
    # hội", "Số DN có CĐCS", probes271)
    r"(?:\s+(?:hiện có|trực thuộc|(?:phải|cần|thuộc diện)\s+[^|]+|có\s+(?:CĐCS|công đoàn)))?",
    re.IGNORECASE,
)
# A period as a column: "2023", "Năm 2024", "6 tháng đầu năm 2025".
_PERIOD_RE = re.compile(
    r"(?:năm\s+)?20\d\d|(?:(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối))?\s+năm(?:\s+20\d\d)?)"
    # ("Chỉ tiêu | Quý I | Quý II | Quý III | Quý IV | Cả năm", probes271)
    r"|quý\s+(?:I{1,3}|IV|[1-4])(?:\s*(?:/|năm)\s*20\d\d)?|cả năm(?:\s+20\d\d)?"
    # ("Cộng 9 tháng", "Lũy kế 6 tháng", probes274)
    r"|(?:cộng|lũy kế|luỹ kế|tổng)\s+(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+(?:đầu\s+)?năm)?"
    # ("Chỉ tiêu | Tháng 7 | Tháng 8 | Tháng 9 | Cộng", probes356)
    r"|tháng\s+(?:\d{1,2}|[IVX]{1,4})(?:\s*/\s*20\d\d)?",
    re.IGNORECASE,
)
# Notes: "Ghi chú" (probes274).
_NOTES_RE = re.compile(
    r"ghi chú|chú thích|ghi chú/\s*đề xuất"
    # (the unit of measure, a date, a place: "Chỉ tiêu | ĐVT | Kế hoạch giao | Thực hiện | Đạt
    # %", "Tên CĐCS | Ngày quyết định thành lập | Số đoàn viên khi thành lập", probes278)
    r"|ĐVT|đơn vị tính|địa điểm|ngày(?:\s+[^|\d]{1,40})?"
    # (the change between two years' columns: "Chỉ tiêu | Năm 2024 | Năm 2025 | Tăng/giảm",
    # probes287)
    r"|tăng\s*/\s*giảm|tăng,\s*giảm|tăng\s*\(\+\)\s*/?\s*giảm\s*\(-\)|chênh lệch"
    # (the sum of a row's periods, no figure of its own: "… | Tháng 9 | Cộng", probes356, as the
    # totals of h2-006)
    r"|cộng|tổng cộng|tổng",
    re.IGNORECASE,
)
# Money, gifts and houses are never figures (a table of them is no table of ours).
# (the currency written small, or a unit's cell of its own: not "Đồng Tháp", "Đồng Nai", whose
# headlines named no indicator, probes369)
_MONEY_RE = re.compile(
    # (not a word "đồng" opens: "khá đồng đều", "đồng chí", "đồng thời", probes457)
    r"tiền|(?-i:đồng)\b(?!\s+(?:đều|chí|thời|bộ|loạt|hành|nghiệp|bào|ý)\b)|\bĐồng\s*(?:[|)]|$)|"
    r"quà|suất|mái ấm|kinh phí|tỷ\b(?!\s+lệ)|triệu\b",
    re.IGNORECASE,
)

_DEVELOPMENT_CELLS = (
    # ("Được kết nạp Đảng", "Kết nạp đảng viên mới", "ĐV ưu tú được kết nạp vào Đảng")
    (
        ("dang_vien_gioi_thieu", "admitted", None),
        re.compile(r"kết nạp\s+(?:vào\s+)?Đảng|kết nạp\s+đảng viên|đảng viên mới", re.I),
    ),
    (("dang_vien_gioi_thieu", "introduced", None), re.compile(r"giới thiệu", re.I)),
    (
        ("can_bo_tap_huan", None, None),
        # (before a founding's words, as the officials may be of unions newly founded: "Tập huấn cho
        # cán bộ CĐCS mới thành lập", probes364)
        re.compile(
            # (what about and for whom: "Tập huấn nghiệp vụ cho cán bộ công đoàn", probes356)
            r"(?:tập huấn|bồi dưỡng|đào tạo)(?:,?\s+(?:bồi dưỡng|đào tạo))?"
            r"(?:\s+(?:nghiệp vụ|kỹ năng|kiến thức)[^|\d]{0,30}?)?(?:\s+cho)?\s+cán bộ"
            r"|cán bộ(?:\s+(?:công đoàn(?:\s+cơ sở)?|CĐ|CĐCS))?\s+(?:được\s+)?"
            r"(?:tập huấn|bồi dưỡng|đào tạo)",
            re.I,
        ),
    ),
    (
        ("cdcs_thanh_lap", None, None),
        re.compile(
            rf"(?:thành lập|ra mắt)(?:\s+mới)?\s+(?:{w.CDCS_WORDS}|nghiệp đoàn)"
            rf"|(?:{w.CDCS_WORDS}|nghiệp đoàn)\s+(?:được\s+)?(?:thành lập|mới)",
            re.I,
        ),
    ),
    (
        ("doan_vien_ket_nap", None, None),
        re.compile(
            r"(?:kết nạp|phát triển)(?:\s+mới)?\s+(?:đoàn viên|ĐVCĐ|ĐV)\b"
            r"|(?:đoàn viên|ĐVCĐ|ĐV)\s+(?:công đoàn\s+)?(?:được\s+)?(?:kết nạp|phát triển|mới)"
            # (those a union had when it was founded, CONVENTIONS.md: "Số đoàn viên khi thành
            # lập", probes278)
            r"|(?:đoàn viên|ĐVCĐ|ĐV)\s+(?:khi|lúc|ban đầu khi)\s+thành lập",
            re.I,
        ),
    ),
)
_STRONG_RE = re.compile(r"vững mạnh", re.IGNORECASE)
_RATED_UNITS_RE = re.compile(
    r"^(?:số\s+)?(?:CĐCS|công đoàn cơ sở|đơn vị)\s+(?:được\s+)?xếp loại\s+", re.IGNORECASE
)
_GRADE_RE = re.compile(rf"(?:đạt\s+|loại\s+)?{w.GRADE_WORDS}", re.IGNORECASE)


@dataclass(frozen=True)
class Column:
    """What a column holds: "index", "name", "count" (of an indicator), "target", "done",
    "percent", "whole", "period", or "other" (read past)."""

    role: str
    indicator: tuple[str, str | None, str | None] | None = None
    of_the_plan: bool = False
    written: str = ""


@dataclass(frozen=True)
class Header:
    columns: tuple[Column, ...]
    # (where the header begins in its line, past a heading)
    start: int = 0
    # (the indicator a heading before the header names: "Về thành lập CĐCS: Đơn vị | Chỉ tiêu |
    # Thực hiện", probes265)
    heading: tuple[str, str | None, str | None] | None = None

    @property
    def width(self) -> int:
        return len(self.columns)

    def has(self, role: str) -> bool:
        return any(column.role == role for column in self.columns)


# Units surveyed for an indicator or rewarded for it did nothing counted: "Doanh nghiệp được trao
# thưởng vì thực hiện tốt đối thoại | 20", "Doanh nghiệp được khảo sát để thương lượng, ký kết thỏa
# ước: 35" (probes356; CONVENTIONS.md, units rewarded).
_NOT_DONE_BY_THEM_RE = re.compile(
    rf"\bđược\s+khảo sát\b|\b{w.PRAISED}"
    # (what is raised at an indicator's meetings, not the meetings: "Kiến nghị của NLĐ được giải
    # quyết ngay tại đối thoại: 462/510", probes369)
    r"|^\W*(?:số\s+(?:lượng\s+)?)?(?:kiến nghị|ý kiến|vấn đề|vụ việc|nội dung)\b"
    # (nor what is not done yet, nor the Youth Union's members: "Số doanh nghiệp có từ 25 lao động
    # trở lên chưa thành lập CĐCS | 146", "Phối hợp Tỉnh đoàn kết nạp đoàn viên thanh niên … |
    # 185", probes373)
    r"|\b(?:chưa|không)\s+(?:được\s+)?(?:thành lập|kết nạp|tổ chức|ký|giới thiệu|tập huấn)\b"
    r"|\bđoàn viên thanh niên\b|\b(?-i:Tỉnh đoàn|Thành đoàn|Huyện đoàn)\b",
    re.IGNORECASE,
)


def indicator_named(text: str) -> tuple[str, str | None, str | None] | None:
    """The indicator a cell or heading names, as (metric, stage, label), or None."""
    if _MONEY_RE.search(text) or _NOT_DONE_BY_THEM_RE.search(text):
        return None
    for indicator, words in _DEVELOPMENT_CELLS:
        if words.search(text):
            return indicator
    for label, words in w.OTHER_LABELS:
        if words.search(text):
            return "other", None, label
    if _STRONG_RE.search(text):
        return "other", None, "cđcs vững mạnh"
    # (a rating as a row's name: "Hoàn thành xuất sắc nhiệm vụ | 412 | 28,5" under "Xếp loại |
    # Số CĐCS | Tỷ lệ (%)", probes271; the lowest are no indicator reached)
    # (or the units so rated named first: "CĐCS xếp loại hoàn thành xuất sắc nhiệm vụ | 47 | 186 |
    # 25,3", probes373)
    grade = _GRADE_RE.fullmatch(_RATED_UNITS_RE.sub("", text.strip()))
    if grade and not re.fullmatch(r"trung bình|yếu", grade["grade"], re.IGNORECASE):
        return "other", None, grade_label(grade["grade"])
    return None


def the_one_indicator_counted(text: str) -> tuple[str, str | None, str | None] | None:
    """The one development indicator whose deed `text` counts (its counts left out: "kết nạp 2.870
    đoàn viên" names "kết nạp đoàn viên"), or None when it counts none or several."""
    said = _COUNTS_RE.sub("", text)
    found = {indicator for indicator, words in _DEVELOPMENT_CELLS if words.search(said)}
    return found.pop() if len(found) == 1 else None


# A header's unit in brackets says nothing of the column's role: "Kết nạp được (người)", "Thành
# lập mới CĐCS (đơn vị)" (probes274).
_UNIT_IN_BRACKETS_RE = re.compile(
    r"\s*\((?:người|đơn vị|lượt(?:\s+người)?|cuộc|bản|CĐCS|ĐV|cơ sở|doanh nghiệp)\)", re.IGNORECASE
)
# The plan or what was done of an indicator the cell names: "Chỉ tiêu kết nạp đoàn viên", "CĐCS
# thành lập mới - Kế hoạch", "Đoàn viên kết nạp - Thực hiện", "Kết nạp được" (probes274).
_PLAN_OF_RE = re.compile(
    r"(?:(?P<plan>chỉ tiêu|kế hoạch|KH)(?:\s+giao)?\s+(?P<what>[^|]+)"
    r"|(?P<what2>[^|]+?)\s*[-–:]\s*(?:(?P<plan2>kế hoạch|KH|chỉ tiêu)|thực hiện|TH|kết quả))",
    re.IGNORECASE,
)
_DONE_OF_A_DEED_RE = re.compile(
    r"(?P<deed>kết nạp|thành lập|giới thiệu|tập huấn)(?:\s+mới)?\s+được", re.IGNORECASE
)


# What a count's noun says it counts: a plan's column named by it ("Chỉ tiêu đoàn viên",
# probes287), a breakdown's items ("TP Hạ Long 724 đoàn viên", probes279).
_NOUN_METRICS = (
    ("doan_vien_ket_nap", re.compile(r"đoàn viên|ĐVCĐ|ĐV|người", re.IGNORECASE)),
    ("cdcs_thanh_lap", re.compile(rf"{w.CDCS_WORDS}|đơn vị|cơ sở", re.IGNORECASE)),
    ("can_bo_tap_huan", re.compile(r"cán bộ|lượt(?:\s+người)?", re.IGNORECASE)),
)


def _column_of_an_indicator(cell: str) -> Column | None:
    """A column of the plan or of what was done that names its indicator."""
    found = _PLAN_OF_RE.fullmatch(cell)
    if found is not None and found["plan"]:
        what = re.sub(r"^số\s+", "", found["what"], flags=re.IGNORECASE)
        metric = next((m for m, noun in _NOUN_METRICS if noun.fullmatch(what)), None)
        if metric is not None:
            return Column("target", indicator=(metric, None, None), written=cell)
    if found is not None:
        indicator = indicator_named(found["what"] or found["what2"])
        if indicator is not None:
            role = "target" if found["plan"] or found["plan2"] else "done"
            return Column(role, indicator=indicator, written=cell)
    deed = _DONE_OF_A_DEED_RE.fullmatch(cell)
    if deed is not None:
        metric = w.METRIC_OF_DEED[deed["deed"].lower()]
        stage = "introduced" if metric == "dang_vien_gioi_thieu" else None
        return Column("done", indicator=(metric, stage, None), written=cell)
    return None


def _column(cell: str, first: bool) -> Column | None:
    """The column a header cell names, or None when the cell is no header's."""
    cell = _UNIT_IN_BRACKETS_RE.sub("", cell).strip()
    if _INDEX_RE.fullmatch(cell):
        return Column("index", written=cell)
    if first and _NAME_RE.fullmatch(cell):
        return Column("name", written=cell)
    if _MONEY_RE.search(cell) or _NOTES_RE.fullmatch(cell):
        return Column("other", written=cell)
    # (the lowest ratings, which no one reached for, and a Party course's learners: "Khu vực |
    # Vững mạnh | Khá | Trung bình", "Quần chúng học lớp nhận thức về Đảng", probes287)
    if re.fullmatch(r"(?:loại\s+)?(?:trung bình|yếu)|[^|]*nhận thức về Đảng[^|]*", cell, re.I):
        return Column("other", written=cell)
    if (of_an_indicator := _column_of_an_indicator(cell)) is not None:
        return of_an_indicator
    if _TARGET_RE.fullmatch(cell):
        return Column("target", written=cell)
    if _ADMITTED_RE.fullmatch(cell):
        return Column("done", written=cell)
    if _DONE_RE.fullmatch(cell):
        # (one that names its indicator counts it: "Đã đại hội" after "Tổng số CĐCS")
        indicator = indicator_named(cell)
        if indicator is not None:
            return Column("count", indicator=indicator, written=cell)
        return Column("done", written=cell)
    if _PERIOD_RE.fullmatch(cell):
        return Column("period", written=cell)
    if _WHOLE_RE.fullmatch(cell):
        # (the indicator the whole is bound to: "Số CĐCS phải tổ chức đại hội")
        return Column("whole", indicator=indicator_named(cell), written=cell)
    if re.search(r"\d", re.sub(r"\(\s*%\s*\)|20\d\d|\b\d{1,2}\s+tháng\b", "", cell)):
        return None
    if _PERCENT_RE.match(cell):
        return Column("percent", of_the_plan=bool(_OF_THE_PLAN_RE.search(cell)), written=cell)
    indicator = indicator_named(cell)
    if indicator is not None:
        return Column("count", indicator=indicator, written=cell)
    return None


# --- Cells --- ------------------------------------------------------------------------------------

Cell = tuple[int, int, str]
_BAR_RE = re.compile(r"\|")
_NUMBER_CELL_RE = re.compile(
    rf"(?:(?P<qualifier>{QUALIFIER})\s+)?(?P<number>\d{{1,3}}(?:\.\d{{3}})+|\d+)"
    r"(?P<decimals>,\d+|\.\d{1,2}(?=\s*%))?\s*(?P<percent>%)?"
    r"(?:\s+(?:lượt(?:\s+người)?|người|đơn vị|CĐCS|ĐV|đoàn viên|cán bộ|bản|cuộc|doanh nghiệp))?",
    re.IGNORECASE,
)
_EMPTY_CELL_RE = re.compile(r"[-–—x/]?|0+(?:,0+)?", re.IGNORECASE)
# A row's number and the next row's index, when a table copied as one run lost its line breaks:
# "… | 634 2 | LĐLĐ huyện An Dương | …" (probes21).
_VALUE_THEN_INDEX_RE = re.compile(r"(?P<value>.*\S)\s+(?P<index>\d{1,3})")


def _cells(sentence: str, start: int, end: int) -> list[Cell]:
    cells, at = [], start
    for bar in _BAR_RE.finditer(sentence, start, end):
        cells.append(_cell(sentence, at, bar.start()))
        at = bar.end()
    cells.append(_cell(sentence, at, end))
    return cells


def cells_of(line: str) -> list[Cell]:
    """The cells of a line of a table, apart by bars, as (start, end, text)."""
    return _cells(line, 0, len(line))


def _cell(sentence: str, start: int, end: int) -> Cell:
    text = sentence[start:end]
    stripped = text.strip().rstrip(".;")
    left = start + len(text) - len(text.lstrip())
    return left, left + len(stripped), stripped


def _split_index(cell: Cell) -> list[Cell]:
    """A cell that ends in the next row's index, as two cells."""
    start, _end, text = cell
    found = _VALUE_THEN_INDEX_RE.fullmatch(text)
    if found is None:
        return [cell]
    return [
        (start, start + found.end("value"), found["value"]),
        (start + found.start("index"), start + found.end("index"), found["index"]),
    ]


# --- The header --- -------------------------------------------------------------------------------

# Where a header may start: the line's start, or past a heading and its colon.
_HEADING_RE = re.compile(r"(?P<heading>[^|:]{0,120}):\s*(?=[^|:]{1,60}\|)")


def read_header(sentence: str) -> tuple[Header, int] | None:
    """The header a line opens with (past a heading), and where its rows begin in the line (its
    end when none follows)."""
    if "|" not in sentence:
        return None
    heading = _HEADING_RE.match(sentence)
    start = heading.end() if heading else 0
    cells = _cells(sentence, start, len(sentence))
    columns: list[Column] = []
    rows_at = len(sentence)
    for position, cell in enumerate(cells):
        first = not any(c.role != "index" for c in columns)
        column = _column(cell[2], first)
        if column is None and columns and columns[0].role == "index":
            # ("Đoàn viên kết nạp 1 | LĐLĐ huyện Thủy Nguyên | …": the first row's index)
            value, *index = _split_index(cell)
            column = _column(value[2], first) if index else None
            if column is not None:
                columns.append(column)
                rows_at = index[0][0]
                break
        if column is not None and column.role == "count" and _of_a_row(columns):
            # (an indicator's name after the plan's columns is the first row's: "Chỉ tiêu | Kế
            # hoạch | Thực hiện | Tỷ lệ (%) | Doanh nghiệp tổ chức đối thoại định kỳ | 320 | …")
            column = None
        if column is None:
            rows_at = cell[0]
            break
        columns.append(column)
        if position == len(cells) - 1:
            rows_at = len(sentence)
    header = header_of(columns, start, indicator_named(heading["heading"]) if heading else None)
    return (header, rows_at) if makes_a_header(header) else None


def column_of(cell: str) -> Column | None:
    """What a header's cell (not its first) names, or None."""
    return _column(cell, False)


def header_of(columns: list[Column], start: int, heading) -> Header:
    """A header of `columns` read apart (a legend's parts, legends.py), as read_header makes one:
    what each column counts taken from the columns beside it."""
    return Header(
        _with_indicators_inherited(_admitted_after_introduced(_done_of_a_target(columns))),
        start,
        heading,
    )


def _with_indicators_inherited(columns: list[Column]) -> tuple[Column, ...]:
    """In a header whose columns of the plan or of what was done name their indicator, the
    columns after one that name none (what was done, the percent) are of the same indicator:
    "Chỉ tiêu kết nạp đoàn viên | Kết nạp được | Tỷ lệ so với chỉ tiêu (%)" (probes274)."""
    if not any(c.role in ("target", "done") and c.indicator for c in columns):
        return tuple(columns)
    inherited, last = [], None
    for column in columns:
        if column.indicator is not None:
            last = column.indicator
        elif column.role in ("target", "done", "percent") and last is not None:
            column = dataclasses.replace(column, indicator=last)
        inherited.append(column)
    return tuple(inherited)


def _done_of_a_target(columns: list[Column]) -> list[Column]:
    """A count's column whose indicator a target's column names too is what was done of it:
    "Đoàn viên kết nạp mới | Chỉ tiêu đoàn viên | Tỷ lệ so với chỉ tiêu (%)" (probes287)."""
    planned = {c.indicator for c in columns if c.role == "target" and c.indicator}
    return [
        dataclasses.replace(c, role="done") if c.role == "count" and c.indicator in planned else c
        for c in columns
    ]


def _admitted_after_introduced(columns: list[Column]) -> list[Column]:
    """ "Đã được kết nạp" after a column of those introduced to the Party counts those admitted
    among them: "Đoàn viên được công đoàn giới thiệu | Đã được kết nạp" (probes287)."""
    read = []
    for column in columns:
        introduced = read and read[-1].indicator == ("dang_vien_gioi_thieu", "introduced", None)
        if introduced and _ADMITTED_RE.fullmatch(column.written):
            column = Column(
                "count", ("dang_vien_gioi_thieu", "admitted", None), False, column.written
            )
        read.append(column)
    return read


_ADMITTED_RE = re.compile(r"(?:đã\s+)?(?:được\s+)?kết nạp(?:\s+(?:vào\s+)?Đảng)?", re.IGNORECASE)


def grouped(header: Header) -> bool:
    """The header's columns of the plan or of what was done name their indicators."""
    return any(c.role in ("target", "done") and c.indicator for c in header.columns)


def _of_a_row(columns: list[Column]) -> bool:
    """The columns so far are those a row of an indicator is read against (the plan, what was
    done, periods): a count's column can no longer follow."""
    # (not columns of the plan or of what was done that name their indicator: "Chỉ tiêu kết nạp
    # đoàn viên | Kết nạp được | Tỷ lệ | Thành lập mới CĐCS", probes274)
    return any(
        column.role == "period" or (column.role in ("target", "done") and column.indicator is None)
        for column in columns
    )


def makes_a_header(header: Header) -> bool:
    roles = [column.role for column in header.columns]
    if roles and roles[0] == "index":
        roles = roles[1:]
    if len(roles) < 2 or roles[0] != "name" or "name" in roles[1:] or "index" in roles[1:]:
        return False
    if "count" in roles:
        return True
    if "whole" in roles:
        # (rows that name their indicator, the whole their count: a table of ratings)
        return True
    if roles.count("period") >= 2:
        return True
    return "done" in roles or "target" in roles


# --- The rows --- ---------------------------------------------------------------------------------


def header_rows(sentence: str, header: Header, start: int) -> list[Figure] | None:
    """Every figure of the rows in `sentence` from `start`, read by `header`: each row's cells in
    the header's order, each row as many cells as the header has columns. None when the cells are
    no rows of it (rows run together with no bar between them, "… | Tỷ lệ (%) Thành lập CĐCS mới
    | 12 | 7 | 58,3 Kết nạp đoàn viên mới | …", which tables.py reads a row at a time)."""
    if start >= len(sentence):
        return []
    cells = _cells(sentence, start, len(sentence))
    if header.columns[0].role == "index":
        cells = [part for cell in cells for part in _split_index(cell)]
    if header.columns[0].role == "index" and len(cells) == header.width - 1:
        # (a totals row, its index and name merged: "Cộng toàn thành phố | 100.000 | 450 | 2.000")
        cells = [(cells[0][0], cells[0][0], ""), *cells]
    if len(cells) % header.width:
        return None
    figures: list[Figure] = []
    for at in range(0, len(cells), header.width):
        row = cells[at : at + header.width]
        read = row_figures(header, row)
        if read is None:
            return None
        figures.extend(read)
    return figures


def number_of(cell: Cell) -> tuple[float | int, bool, str | None] | None:
    """A cell's number, whether it is a percent, and its qualifier; None for an empty cell."""
    found = _NUMBER_CELL_RE.fullmatch(cell[2])
    if found is None:
        return None
    number = parse_number(found["number"] + (found["decimals"] or ""))
    if number == 0 and not found["percent"]:
        # (none done is no figure: "Công đoàn Viên chức tỉnh | 150 | 162 | 108,0 | 0", probes274)
        return None
    return number, bool(found["percent"]), found["qualifier"]


_YEAR_CELL_RE = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?")
_BY_YEAR_RE = re.compile(r"năm|kỳ|giai đoạn|thời gian", re.IGNORECASE)
_INDEX_CELL_RE = re.compile(r"\d{1,3}\.?|[IVX]+\.?|[a-z]\)?")


def row_figures(header: Header, row: list[Cell]) -> list[Figure] | None:
    """A row's figures, or None when it is no row of this header (a name where a number should
    be, a number where the name is)."""
    values: dict[int, tuple[float | int, bool, str | None]] = {}
    shares: dict[int, tuple[float | int, float | int | None]] = {}
    name_cell = None
    if header.columns[0].role == "index" and not _INDEX_CELL_RE.fullmatch(row[0][2] or "0"):
        if row[1][2]:
            return None
        # (a totals row, its name across the index's cell: "Tổng cộng | | 52 | 9.046 | 101,6")
        row = [(row[0][0], row[0][0], ""), row[0], *row[2:]]
    for position, (column, cell) in enumerate(zip(header.columns, row, strict=True)):
        if column.role == "other" and _MEASURE_RE.fullmatch(column.written) and "%" in cell[2]:
            # (a row measured in percents holds no counts: "Doanh nghiệp có thỏa ước lao động tập
            # thể | % | 75 | 79,4 | 105,9" under "Chỉ tiêu | ĐVT | Kế hoạch giao | …", probes278)
            return []
        if column.role == "index":
            if cell[2] and not _INDEX_CELL_RE.fullmatch(cell[2]):
                return None
        elif column.role == "name":
            year_row = _YEAR_CELL_RE.fullmatch(cell[2]) and _BY_YEAR_RE.match(column.written)
            if not cell[2] or (_NUMBER_CELL_RE.fullmatch(cell[2]) and not year_row):
                return None
            name_cell = cell
        elif column.role == "done" and (share := _share_cell(cell)) is not None:
            # (what was done of a whole, with its share, in the one column of results: "Nội dung |
            # Kết quả" then "CĐCS tổ chức đại hội nhiệm kỳ 2023-2028 | 318/320 (99,4%)", probes356)
            values[position], shares[position] = (share[0], False, None), share[1:]
        elif column.role != "other":
            number = number_of(cell)
            if number is None and not _EMPTY_CELL_RE.fullmatch(cell[2]):
                return None
            if number is not None:
                values[position] = number
    if name_cell is None:
        return None
    figures = _unit_counts(header, row, name_cell, values)
    figures += _grouped_figures(header, row, name_cell, values)
    figures += _plan_and_done(header, row, name_cell, values, shares)
    figures += _by_period(header, row, name_cell, values)
    figures += _of_their_indicator(header, row, name_cell, values)
    if _YEAR_CELL_RE.fullmatch(name_cell[2]):
        # (a row of a year: "Năm | Số đoàn viên được giới thiệu | …" then "2021 | 248 | 139 | 56,0")
        for figure in figures:
            figure.period, figure.organisation = f"năm {name_cell[2]}", None
    elif _PERIOD_RE.fullmatch(name_cell[2]) or _MONTH_RE.fullmatch(name_cell[2]):
        # (a row of a quarter or a month: "Quý I | 9 | 2.140 | 320", "Tháng 1/2019 | 2 | 640")
        for figure in figures:
            figure.period, figure.organisation = name_cell[2], None
    return figures


_MEASURE_RE = re.compile(r"ĐVT|đơn vị tính", re.IGNORECASE)
_MONTH_RE = re.compile(r"tháng\s+\d{1,2}(?:\s*/\s*20\d\d)?|đợt\s+\d{1,2}", re.IGNORECASE)


def _organisation(name: str) -> str | None:
    """A unit's name as written when it names a union body or a place ("LĐLĐ TP Vinh", "Huyện Yên
    Thành", "TP Vinh": the place's federation, as a report's rows and lists name them)."""
    found = w.ORGANISATION.match(name)
    if found and found.end() == len(name):
        return name
    return name if re.match(rf"(?:{w.PLACE_WORDS})\.?\s", name, re.IGNORECASE) else None


def _unit_counts(header, row, name_cell, values) -> list[Figure]:
    """A row of a unit: a figure for each column of an indicator, with the percent column after it
    and the column of all units before it."""
    counts = [i for i, c in enumerate(header.columns) if c.role == "count"]
    wholes = [i for i, c in enumerate(header.columns) if c.role == "whole"]
    figures = []
    own = indicator_named(name_cell[2])
    for position in counts:
        if position not in values:
            continue
        number, is_percent, qualifier = values[position]
        metric, stage, label = header.columns[position].indicator
        figure = Figure(
            metric=metric,
            stage=stage,
            label=label,
            kind="result",
            start=name_cell[0],
            end=row[position][1],
            percent=number if is_percent else None,
            percent_kind="rate" if is_percent else None,
            achieved=None if is_percent else number,
            organisation=None if own else _organisation(name_cell[2]),
        )
        if qualifier:
            figure.qualifiers["percent" if is_percent else "achieved"] = qualifier.lower()
        # (the units of a whole before the count did something: the whole is every such count's
        # target, "Khu công nghiệp | Số DN có CĐCS | Số DN đã ký TƯLĐTT | Số DN tổ chức đối thoại
        # định kỳ", probes271; never the target of members recruited or unions founded)
        # (or, with none before, the whole said after it: "Đã tổ chức hội nghị người lao động |
        # Tổng số doanh nghiệp có CĐCS | Tỷ lệ (%)", probes287)
        whole = next((i for i in reversed(wholes) if i < position), None)
        if whole is None:
            whole = next((i for i in wholes if i > position), None)
        if metric == "other" and whole in values and not is_percent:
            figure.target = values[whole][0]
        percent = _percent_after(header, position, values)
        if percent is not None and not is_percent:
            kind = "rate" if figure.target is not None else percent[2]
            if kind is None and _a_share_of_another(number, percent[1], values, position):
                # (a share of another count of the row: "Số được giới thiệu | Số được kết nạp Đảng
                # | Tỷ lệ (%)" then "248 | 139 | 56,0", probes274)
                kind = "rate"
            if kind is not None:
                figure.percent, figure.percent_kind = percent[1], kind
                figure.end = row[percent[0]][1]
            if not _agrees(figure):
                continue
        figures.append(figure)
    return figures


def _a_share_of_another(number, percent, values, position) -> bool:
    return any(
        at != position and not is_percent and value and abs(100 * number / value - percent) <= 1.01
        for at, (value, is_percent, _qualifier) in values.items()
    )


def _grouped_figures(header, row, name_cell, values) -> list[Figure]:
    """A row of a unit under columns of the plan, what was done and the percent of each indicator
    (grouped): a figure for each indicator, of what was done against its plan, or of the plan
    alone ("TT | Khu vực, đơn vị | CĐCS thành lập mới - Kế hoạch | CĐCS thành lập mới - Thực hiện
    | Đoàn viên kết nạp - Kế hoạch | …", probes274)."""
    if not grouped(header) or indicator_named(name_cell[2]) is not None:
        return []
    groups: dict[tuple, dict[str, int]] = {}
    for position, column in enumerate(header.columns):
        if column.role in ("target", "done", "percent") and column.indicator is not None:
            groups.setdefault(column.indicator, {}).setdefault(column.role, position)
    figures = []
    for (metric, stage, label), at in groups.items():
        target = values.get(at["target"]) if "target" in at else None
        done = values.get(at["done"]) if "done" in at else None
        if (target and target[1]) or (done and done[1]) or (target is None and done is None):
            continue
        used = [i for i in at.values() if i in values]
        figure = Figure(
            metric=metric,
            stage=stage,
            label=label,
            kind="result" if done is not None else "plan",
            start=name_cell[0],
            end=max(row[i][1] for i in used),
            achieved=done[0] if done else None,
            target=target[0] if target else None,
            organisation=_organisation(name_cell[2]),
        )
        if "percent" in at and at["percent"] in values and done is not None and target:
            figure.percent, figure.percent_kind = values[at["percent"]][0], "of_target"
            if not _agrees(figure):
                continue
        figures.append(figure)
    return figures


def _percent_after(header, position, values) -> tuple[int, float | int, str | None] | None:
    """The percent column that follows a column of an indicator, before the next one, with its
    value and kind ("of_target" when it names the plan)."""
    for after in range(position + 1, header.width):
        column = header.columns[after]
        # (nor past another indicator's columns: "CĐCS thành lập mới | Đoàn viên kết nạp mới |
        # Chỉ tiêu đoàn viên | Tỷ lệ so với chỉ tiêu (%)", probes287)
        if column.role == "count" or (column.indicator and column.role in ("done", "target")):
            return None
        if column.role == "percent" and after in values:
            kind = "of_target" if column.of_the_plan else None
            if kind and _OVER_THE_PLAN_RE.match(column.written):
                kind = "over_target"
            return after, values[after][0], kind
    return None


def _agrees(figure: Figure) -> bool:
    """A percent is what was done of the target, when both are given."""
    if figure.percent is None or not figure.target or figure.achieved is None:
        return True
    return abs(100 * figure.achieved / figure.target - figure.percent) <= 1.01


def _plan_and_done(header, row, name_cell, values, shares=None) -> list[Figure]:
    """A row of an indicator (or of a unit, under a heading naming the indicator), against the
    columns of the plan, what was done and the percent."""
    roles = {c.role: i for i, c in enumerate(header.columns) if c.role in ("target", "done")}
    if not roles or header.has("count") or grouped(header):
        return []
    if shares and "target" in roles:
        return []
    whole = next((i for i, c in enumerate(header.columns) if c.role == "whole"), None)
    if "target" not in roles and "done" in roles and whole is not None:
        # (what was done of the units bound to do it: "Đơn vị | Số CĐCS phải tổ chức đại hội |
        # Đã tổ chức | Tỷ lệ (%)", a share of them)
        roles["target"] = whole
    own = indicator_named(name_cell[2])
    indicator = own or header.heading or (header.columns[whole].indicator if whole else None)
    if indicator is None:
        return []
    target = values.get(roles["target"]) if "target" in roles else None
    done = values.get(roles["done"]) if "done" in roles else None
    if (target and target[1]) or (done and done[1]):
        return []
    if target is None and done is None:
        return []
    percent_at = next(
        (i for i, c in enumerate(header.columns) if c.role == "percent" and i in values), None
    )
    metric, stage, label = indicator
    if done is not None and target is not None and _a_later_years_plan(header, roles):
        # (what was done in one year and the plan of the next are two figures: "Chỉ tiêu | Thực
        # hiện năm 2025 | Kế hoạch năm 2026", probes287)
        return [
            Figure(
                metric=metric,
                stage=stage,
                label=label,
                kind=kind,
                start=name_cell[0] if kind == "result" else row[at][0],
                end=row[at][1],
                achieved=value[0] if kind == "result" else None,
                target=value[0] if kind == "plan" else None,
                organisation=None if own else _organisation(name_cell[2]),
            )
            for kind, at, value in (
                ("result", roles["done"], done),
                ("plan", roles["target"], target),
            )
        ]
    figure = Figure(
        metric=metric,
        stage=stage,
        label=label,
        kind="result" if done is not None else "plan",
        start=name_cell[0],
        end=max(row[i][1] for i in (*roles.values(), percent_at) if i is not None and i in values),
        achieved=done[0] if done else None,
        target=target[0] if target else None,
        organisation=None if own else _organisation(name_cell[2]),
    )
    for field_name, value in (("achieved", done), ("target", target)):
        if value and value[2]:
            figure.qualifiers[field_name] = value[2].lower()
    if shares and roles.get("done") in shares:
        figure.target, figure.percent = shares[roles["done"]]
        # (x/y of a development indicator is what was done of its plan; of another, a share of
        # the units, as the sentences read them)
        kind = "rate" if figure.metric == "other" else "of_target"
        figure.percent_kind = kind if figure.percent is not None else None
        # (a share is of no more units than there are; a plan can be passed)
        beyond = kind == "rate" and figure.achieved > figure.target
        return [figure] if _agrees(figure) and not beyond else []
    if percent_at is not None and done is not None:
        figure.percent = values[percent_at][0]
        planned = target and header.columns[roles["target"]].role == "target"
        figure.percent_kind = "of_target" if planned else "rate"
        # (by how much the plan was passed: "Đơn vị | Kết nạp (người) | Vượt kế hoạch (%)",
        # probes373)
        if _OVER_THE_PLAN_RE.match(header.columns[percent_at].written):
            figure.percent_kind = "over_target"
        if not _agrees(figure):
            return []
    return [figure]


def _a_later_years_plan(header: Header, roles: dict[str, int]) -> bool:
    """The plan's column names a later year than the column of what was done."""
    years = [
        re.search(r"20\d\d", header.columns[roles[role]].written) for role in ("done", "target")
    ]
    return all(years) and int(years[1][0]) > int(years[0][0])


def _of_their_indicator(header, row, name_cell, values) -> list[Figure]:
    """A row that names its indicator, its count in the column of units and its share in the
    percent column: "Hoàn thành xuất sắc nhiệm vụ | 412 | 28,5" under "Xếp loại | Số CĐCS | Tỷ lệ
    (%)" (probes271)."""
    if header.has("count") or header.has("target") or header.has("done"):
        return []
    wholes = [i for i, c in enumerate(header.columns) if c.role == "whole"]
    indicator = indicator_named(name_cell[2])
    if len(wholes) != 1 or indicator is None or wholes[0] not in values:
        return []
    number, is_percent, qualifier = values[wholes[0]]
    if is_percent:
        return []
    figure = _counted(indicator, "result", name_cell[0], row[wholes[0]][1], number, qualifier)
    percent = _percent_after(header, wholes[0], values)
    if percent is not None:
        figure.percent, figure.percent_kind, figure.end = percent[1], "rate", row[percent[0]][1]
    return [figure]


def _by_period(header, row, name_cell, values) -> list[Figure]:
    """A row of an indicator, a figure for each period column."""
    periods = [i for i, c in enumerate(header.columns) if c.role == "period"]
    if len(periods) < 2:
        return []
    indicator = indicator_named(name_cell[2])
    if indicator is None:
        return []
    metric, stage, label = indicator
    figures = []
    for position in periods:
        if position not in values or values[position][1]:
            continue
        column = header.columns[position]
        period = column.written if not column.written.isdigit() else f"năm {column.written}"
        figures.append(
            Figure(
                metric=metric,
                stage=stage,
                label=label,
                kind="result",
                start=name_cell[0] if position == periods[0] else row[position][0],
                end=row[position][1],
                achieved=values[position][0],
                period=period,
            )
        )
    return figures


_SUB_PLAN_RE = re.compile(r"kế hoạch(?:\s+giao)?|KH|chỉ tiêu(?:\s+giao)?", re.IGNORECASE)
_SUB_PERCENT_RE = re.compile(r"(?:t[ỷỉ] lệ|đạt)?\s*\(?%\)?|t[ỷỉ] lệ(?:\s*\(%\))?", re.I)
_SUB_DONE_RE = re.compile(
    r"thực hiện|TH|kết quả|đạt được|số\s+(?:DN|doanh nghiệp|CĐCS|đơn vị)\s+[^|\d]{2,30}|số lượng",
    re.IGNORECASE,
)


def with_a_sub_header(header: Header, line: str) -> Header | None:
    """`header` with the line under it, when the line names the sub-columns of each of its
    indicators' columns (a header of two lines: "STT | Đơn vị | Kết nạp đoàn viên mới | Thành
    lập CĐCS mới" then "Kế hoạch | Thực hiện | Đạt % | Kế hoạch | Thực hiện | Đạt %"; "Khối
    doanh nghiệp | Số doanh nghiệp có CĐCS | Hội nghị người lao động | …" then "Số DN tổ chức |
    Tỷ lệ % | …", probes278). None when it is no such line."""
    if "|" not in line:
        return None
    cells = [cell[2] for cell in _cells(line, 0, len(line))]
    groups = [i for i, column in enumerate(header.columns) if column.role == "count"]
    if not groups or len(cells) % len(groups) or any(re.search(r"\d", c) for c in cells):
        return None
    span = len(cells) // len(groups)
    roles = [_sub_role(cell) for cell in cells]
    if span < 2 or None in roles or roles[:span] * len(groups) != roles:
        return None
    planned = "target" in roles[:span]
    columns: list[Column] = []
    for position, column in enumerate(header.columns):
        if position not in groups:
            columns.append(column)
            continue
        for role, written in zip(roles[:span], cells[:span], strict=True):
            # (with no plan, what was done is the count, the percent its share of the whole)
            role = role if planned or role != "done" else "count"
            columns.append(
                Column(role, indicator=column.indicator, of_the_plan=planned, written=written)
            )
    return dataclasses.replace(header, columns=tuple(columns))


def _sub_role(cell: str) -> str | None:
    if _SUB_PLAN_RE.fullmatch(cell):
        return "target"
    if _SUB_PERCENT_RE.fullmatch(cell):
        return "percent"
    if _SUB_DONE_RE.fullmatch(cell):
        return "done"
    return None


def continues_a_table(sentence: str, header: Header) -> bool:
    """A line that is rows of `header`: as many cells as its columns (or a whole number of times
    as many)."""
    if "|" not in sentence:
        return False
    cells = len(_cells(sentence, 0, len(sentence)))
    # (or a totals row, its index and name merged)
    merged = header.columns[0].role == "index" and cells == header.width - 1
    return cells % header.width == 0 or merged


def captions_indicator(caption: str) -> tuple[str, str | None, str | None] | None:
    """The one indicator a table's caption names, counting nothing itself: "Bảng 1: Kết quả kết
    nạp đoàn viên 9 tháng đầu năm 2024 của các LĐLĐ quận, huyện" over "STT | Đơn vị | Kế hoạch
    năm | Thực hiện 9 tháng | Tỷ lệ so kế hoạch (%)" (probes373)."""
    return indicator_named(caption) if counts_nothing(caption) else None


def counts_nothing(text: str) -> bool:
    """`text` gives no count nor percent (a heading or a caption; a year is no count)."""
    return not _A_COUNT_RE.search(text)


_A_COUNT_RE = re.compile(
    r"\d[\d.,]*\s*(?:%|(?:đoàn viên|ĐVCĐ|ĐV|CĐCS|công đoàn|người|cán bộ|lượt|doanh nghiệp|bản"
    r"|cuộc|đơn vị)\b)",
    re.IGNORECASE,
)


def with_the_indicator(header: Header, counted: set[tuple[str, str | None, str | None]]) -> Header:
    """`header` with the indicator of its rows of units against the plan and what was done, when
    no heading names it, taken from the one indicator the text before it counts ("…, các cấp công
    đoàn trong tỉnh đã kết nạp 3.214 đoàn viên, đạt 80,4% kế hoạch năm." then "Đơn vị | Kế hoạch
    năm | Thực hiện 9 tháng | Tỷ lệ (%)", probes271)."""
    if header.heading is not None or header.has("count") or len(counted) != 1:
        return header
    if not (header.has("target") or header.has("done")):
        return header
    # (not rows of indicators, each naming its own: "Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ" then
    # "Hoàn thành nhà “Mái ấm Công đoàn” | 5 | 6 | 120%" is no row of the count before, probes356
    # read as an article)
    if any(c.role == "name" and _OF_INDICATORS_RE.search(c.written) for c in header.columns):
        return header
    return dataclasses.replace(header, heading=next(iter(counted)))


_OF_INDICATORS_RE = re.compile(
    r"chỉ tiêu|nội dung|tiêu chí|hạng mục|nhiệm vụ|lĩnh vực", re.IGNORECASE
)


def sets_targets(text: str) -> bool:
    """The words before a table say it sets targets, and nothing done: "… ban hành Kế hoạch số
    12/KH-LĐLĐ giao chỉ tiêu phát triển đoàn viên, thành lập CĐCS năm 2026 cho các công đoàn cấp
    trên trực tiếp cơ sở", then "Đơn vị | Kết nạp đoàn viên | Thành lập CĐCS" (probes258)."""
    # ("chỉ tiêu" may name the indicators, not targets: "Bảng so sánh một số chỉ tiêu chủ yếu giữa
    # hai năm:", probes287)
    text = w.INDICATORS_NAMED_RE.sub(" ", text)
    said = bool(w.PLAN_MARKERS.search(text) or w.CLAUSE_PLAN_MARKERS.search(text))
    return said and not w.RESULT_MARKERS.search(text)


# A line of cells each a label and its count, as an infographic sets out targets under a headline
# that names them: "Phát triển đoàn viên: 2.500 | Thành lập CĐCS: 15 | CĐCS vững mạnh: từ 85% trở
# lên." under "LĐLĐ tỉnh Kiên Giang: Chỉ tiêu chủ yếu năm 2025" (probes369: read as done).
_CELL_OF_A_COUNT = (
    rf"[^\W\d][^:|;\d]{{2,80}}:\s*(?:(?:{QUALIFIER})\s+)?\d[\d.,]*(?:\s*%)?"
    r"(?:\s+(?:trở lên|người|đơn vị|CĐCS|đoàn viên|ĐV|lượt|cán bộ|bản|doanh nghiệp|cuộc))*"
)
_CELLS_LINE_RE = re.compile(
    rf"\s*(?:[-–•+]\s*)?{_CELL_OF_A_COUNT}(?:\s*[|;]\s*{_CELL_OF_A_COUNT})*\s*[.;]?\s*",
    re.IGNORECASE,
)


# (a cell of a time gone by is done, whatever the headline sets: "Số CĐCS thành lập mới năm ngoái:
# 22." under "Quảng Ninh đặt mục tiêu 3.000 đoàn viên mới trong năm 2025", probes181)
_A_TIME_GONE_BY_RE = re.compile(
    r"\b(?:năm|quý|tháng|kỳ)\s+(?:ngoái|trước|qua|rồi)\b|\bcùng kỳ\b|\bđã\b", re.IGNORECASE
)


def a_line_of_cells(sentence: str) -> bool:
    """`sentence` is a line of cells, each a label and its count (_CELLS_LINE_RE), of no time gone
    by."""
    return bool(_CELLS_LINE_RE.fullmatch(sentence)) and not (
        _A_TIME_GONE_BY_RE.search(sentence) or w.RESULT_MARKERS.search(sentence)
    )


def reads_results(header: Header) -> bool:
    """A header with a column of what was done, or of its percent of the plan, is of results,
    whatever the words before it say: "Khu vực | Đoàn viên kết nạp | Đạt % kế hoạch năm" under
    "Theo kế hoạch, cả năm 2024 LĐLĐ Thành phố phải kết nạp 63.000 đoàn viên" (probes287)."""
    return any(c.role == "done" or (c.role == "percent" and c.of_the_plan) for c in header.columns)


# An infographic's line, the count first and what it counts after a colon, as a table's cell
# pair written the other way round: "7.100: số CĐCS thành lập mới", "1,01 triệu: số đoàn viên
# kết nạp mới, vượt 1% chỉ tiêu" (probes275; the magnitude is in digits by then).
_COUNT_BEFORE_ITS_LABEL_RE = re.compile(
    rf"\W*(?:(?P<qualifier>{QUALIFIER})\s+)?(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)\s*:\s*"
    r"(?P<label>(?:số\s+)?[^\W\d][^,;:.()\d]{3,80}?)"
    r"(?:\s*,\s*(?P<verb>đạt|vượt|bằng)\s+(?P<percent>\d{1,3}(?:,\d+)?)\s*%\s*"
    r"(?:so với\s+)?(?:kế hoạch|chỉ tiêu|KH)\b[^,;.]*)?\s*[.;]?\s*",
    re.IGNORECASE,
)


def count_before_its_label(sentence: str) -> list[Figure]:
    """The figure of a line that is a count, a colon and what it counts (nothing else)."""
    found = _COUNT_BEFORE_ITS_LABEL_RE.fullmatch(sentence)
    if found is None or _MONEY_RE.search(found["label"]) or _YEAR_CELL_RE.fullmatch(found["n"]):
        return []
    indicator = indicator_named(found["label"])
    if indicator is None:
        return []
    figure = _counted(
        indicator,
        "result",
        found.start("n"),
        found.end("label"),
        parse_number(found["n"]),
        found["qualifier"],
    )
    if found["percent"]:
        figure.percent = parse_number(found["percent"])
        figure.percent_kind = "over_target" if found["verb"].lower() == "vượt" else "of_target"
        figure.end = found.end("percent") + 1
    return [figure]


# An item's percent in brackets after its count: "Kim Bôi: 310/400 (77,5%)", "… 245 (đạt 98%)".
_ITS_PERCENT_IN_BRACKETS = r"\s*\(\s*(?:(?P<verb2>đạt|vượt)\s+)?(?P<pct2>\d{1,3}(?:,\d+)?)\s*%\s*\)"


# A list of units each with its count after a colon, under a heading that names the indicator in
# the line (before the first unit) or in the line before, as a table's column written as text:
# "Số đoàn viên kết nạp theo từng đơn vị: LĐLĐ TP Vinh: 612; LĐLĐ thị xã Hoàng Mai: 408; Công đoàn
# KKT Đông Nam: 1.104" (probes275).
# (or a place named bare, a dash before its count, its count in words, what was done of its target
# and its percent in brackets: "Kết nạp đoàn viên năm 2024 – Lương Sơn: 640/600 (106,7%); Kim Bôi:
# 310/400 (77,5%)", "Thành lập CĐCS (đơn vị) – Chơn Thành: 4; Đồng Xoài: 3; Bình Long: hai",
# probes505)
_LISTED_COUNT_RE = re.compile(
    rf"\s*(?P<name>(?:{w.PLACE_WORDS})\b[^:;|\d]{{1,80}}?|{w.PLACE_NAME})\s*(?::|\s[–-])\s*"
    rf"(?:(?P<qualifier>{QUALIFIER})\s+)?"
    # (the word "năm" before a year's digits is no five)
    rf"(?P<n>{COUNT_IN_DIGITS}|(?!năm\s+\d)(?:{SPOKEN_NUMBER})(?![^\W\d]))"
    rf"(?:\s*/\s*(?P<t>{COUNT_IN_DIGITS}))?(?![\d%/]|[.,]\d)"
    r"(?:\s+(?P<noun>đoàn viên|ĐVCĐ|người|CĐCS|công đoàn cơ sở|đơn vị|cơ sở|"
    r"lượt(?:\s+(?:người|cán bộ))?|cán bộ|doanh nghiệp|bản|cuộc))?"
    rf"(?:{_ITS_PERCENT_IN_BRACKETS})?"
    r"\s*(?:[;.]|$)",
    re.IGNORECASE,
)
# (or each with its bare count and what it counts after the name, apart by commas: "Thành lập
# CĐCS: TP Vinh 7 đơn vị, Hoàng Mai 4 đơn vị, Quỳnh Lưu 3 đơn vị", a report's text; the noun after
# the count keeps a year or a list of other things out)
_LISTED_BARE_COUNT_RE = re.compile(
    rf"\s*(?:và\s+)?(?P<name>(?:(?:{w.PLACE_WORDS})\.?\s+)?[^\W\d][^:;,|\d]{{1,60}}?)\s+"
    rf"(?:(?P<qualifier>{QUALIFIER})\s+)?(?:từ\s+(?=\d[\d.]*\s*(?:đến|[–-])\s*\d))?"
    rf"(?P<n>{COUNT_IN_DIGITS})"
    # (or what was done of its target: "Kết quả đại hội CĐCS …: Công đoàn Cảng Hải Phòng 14/14 đơn
    # vị, …", probes496)
    # (or a range, planned: "Chỉ tiêu kết nạp đoàn viên năm 2025: LĐLĐ TP. Phủ Lý 400 – 450, …")
    # (or "x trên y chỉ tiêu": "Kết nạp đoàn viên quý I/2024: KCN Đình Vũ 1.126 trên 1.500 chỉ
    # tiêu, …", probes505)
    rf"(?:(?:\s*/\s*|\s+trên\s+)(?P<t>{COUNT_IN_DIGITS})(?:\s+chỉ tiêu)?"
    rf"|\s*(?:đến|[–-])\s*(?P<max>{COUNT_IN_DIGITS}))?"
    r"(?![\d%/]|[.,]\d)"
    r"(?:\s+(?P<noun>đoàn viên|người|CĐCS|đơn vị|cơ sở|công đoàn cơ sở|lượt(?:\s+(?:người|cán bộ))?"
    # (or an other indicator's copies and meetings: "Kết quả ký kết TƯLĐTT năm 2024: Công đoàn
    # các KCN tỉnh 48 bản; LĐLĐ TP. Vĩnh Yên 12 bản", probes424)
    # (or the units that held it: "Hội nghị NLĐ năm 2024: KCN Cái Lân 24 doanh nghiệp, …")
    r"|cán bộ|bản|cuộc|doanh nghiệp|DN|trường|cơ quan))?"
    # (a floor: "Công ty Cao su Đồng Nai 200 trở lên")
    r"(?:\s+(?P<floor>trở lên))?"
    # (with its percent of the plan or its target after it: "Kết nạp đoàn viên 6 tháng đầu năm
    # 2024: Khu kinh tế Nghi Sơn 1.820, đạt 60,7%; …", "thị xã An Khê 245 (chỉ tiêu giao 200)",
    # probes496)
    r"(?:\s*,\s*(?P<verb>đạt|vượt)\s+(?P<pct>\d{1,3}(?:,\d+)?)\s*%(?:\s*(?:kế hoạch|chỉ tiêu))?"
    rf"|{_ITS_PERCENT_IN_BRACKETS}"
    rf"|\s*\(\s*(?:chỉ tiêu|kế hoạch)(?:\s+(?:được\s+)?giao)?\s+(?P<t2>{COUNT_IN_DIGITS})\s*\))?"
    # (or bare, the heading's noun: "Số đoàn viên ưu tú được giới thiệu cho Đảng năm 2024: Công
    # đoàn ngành Giáo dục 156, Công đoàn ngành Y tế 48, LĐLĐ TP. Hà Tĩnh 37", probes424)
    r"\s*(?:[;,.]|(?=\s+và\s)|$)",
    re.IGNORECASE,
)
# (a unit said in brackets in it, with its own colon: "Kết quả kết nạp đoàn viên năm 2024 (đơn vị:
# người): KCN Tiền Hải 1.085; KCN Phúc Khánh 642; …", probes524)
_LIST_HEADING_RE = re.compile(
    r"(?P<heading>(?:[^:;|(]|\([^():;|]*(?::[^():;|]*)?\)|\(){4,120}?)\s*:\s*"
)
# (or a dash, the first unit's colon after it: "Kết nạp đoàn viên năm 2024 – Lương Sơn: 640/600
# (106,7%); …", probes505)
_DASH_HEADING_RE = re.compile(r"(?P<heading>[^:;|]{4,120}?)\s+[–-]\s+(?=[^:;|]{1,60}:)")
# (or each with its percent under a heading of a share or of the plan: "Tỷ lệ CĐCS đạt vững mạnh
# năm 2023: Công đoàn các KCX và Công nghiệp Đà Nẵng 72,4%, Công đoàn Viên chức thành phố 91,6%",
# "Tỷ lệ doanh nghiệp … tổ chức hội nghị người lao động … như sau: huyện Ý Yên 92%, …", probes457,
# probes459)
_LISTED_PERCENT_RE = re.compile(
    # (a district named by its number too: "…: thành phố Thủ Đức 91,2%, quận 7 88%", probes462)
    rf"\s*(?:và\s+)?(?P<name>(?i:{w.NUMBERED_WARD})(?![\d.,])"
    rf"|(?:(?:{w.PLACE_WORDS})\.?\s+)?[^\W\d][^:;,|\d%]{{1,60}}?)\s+"
    rf"(?:(?:đạt|là)\s+)?(?:(?P<qualifier>{QUALIFIER})\s+)?(?P<pct>\d{{1,3}}(?:,\d+)?)\s*%"
    r"\s*(?:[;,.]|(?=\s+và\s)|$)",
    re.IGNORECASE,
)
_DONE_OF_THE_PLAN_RE = re.compile(
    r"\b(?:thực hiện|đạt|hoàn thành|so với)\b[^:]*?\b(?:kế hoạch|chỉ tiêu)\b", re.IGNORECASE
)
# (or each a time with its count: "Số lượt cán bộ được tập huấn: năm 2024 là 986, năm 2023 trên
# dưới 700", "Số đoàn viên được giới thiệu qua từng năm: năm 2021 – 22 người; năm 2022 – 31; …",
# probes293)
_LISTED_TIME_COUNT_RE = re.compile(
    # (apart by dashes or pipes too: "Tháng 1: 1.204 – Tháng 2: 386 – Tháng 3: 2.115", probes369)
    r"\s*(?:[–—|]\s*)?(?:và\s+)?(?P<name>(?:năm|quý|tháng)\s+(?:\d{4}|[IV]+(?:/\d{4})?|\d{1,2}(?:/\d{4})?)"
    # (a month written short: "Số CĐCS thành lập mới theo tháng (đơn vị): T7 – 2; T8 – 1",
    # probes364)
    r"|(?-i:T)\d{1,2}(?:/\d{4})?"
    r"|\d{1,2}\s+tháng(?:\s+(?:đầu\s+)?năm\s+\d{4})?)\s*(?:là|[–:-])?\s*"
    rf"(?:(?P<qualifier>{QUALIFIER})\s+)?(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?![\d%/]|[.,]\d)"
    r"(?:\s+(?P<noun>đoàn viên|ĐVCĐ|ĐV|người|CĐCS|đơn vị|cơ sở|công đoàn cơ sở|"
    r"lượt(?:\s+người)?|cán bộ))?"
    r"\s*(?:[;,.]|(?=\s+và\s)|(?=[–—|]\s*(?:tháng|quý|năm)\s)|$)",
    re.IGNORECASE,
)
# The sum of the times listed, said last, no figure of its own: "Kết nạp đoàn viên (người): Quý I –
# 1.312; Quý II – 2.405; Quý III – 2.183; cộng 9 tháng – 5.900" (probes364, as the totals of
# h2-006).
_LISTED_SUM_RE = re.compile(
    r"\s*(?:cộng|tổng cộng|tổng|lũy kế|luỹ kế)\b[^;:\d]{0,20}?(?:\d{1,2}\s+tháng[^;:\d]{0,12})?"
    r"\s*(?:là|[–:-])?\s*\d{1,3}(?:\.\d{3})*(?:\s+[^\W\d]+)?\s*[.;]?\s*",
    re.IGNORECASE,
)


def _said_on_the_last_only(nouns: list[bool]) -> bool:
    """Only the last item says its noun (`nouns`: whether each does)."""
    return nouns == [False] * (len(nouns) - 1) + [True]


def _listed_items(sentence: str, start: int) -> list[re.Match]:
    """The items of a list from start to the end of the line, each a unit with its count after a
    colon, or each with its bare count (all one way); none unless two or more fill the line."""
    for item_re in (_LISTED_COUNT_RE, _LISTED_BARE_COUNT_RE, _LISTED_TIME_COUNT_RE):
        items, at = [], start
        while (item := item_re.match(sentence, at)) is not None and item.end() > at:
            items.append(item)
            at = item.end()
        named = item_re is _LISTED_TIME_COUNT_RE or all(map(_a_units_name, items))
        # (units' counts all bare or all with a noun, one way, or the noun said once at the end:
        # "…: huyện Hải Hậu 186, huyện Giao Thủy 142, TP. Nam Định 205 lượt cán bộ", probes496)
        nouns = [bool(i["noun"]) for i in items]
        mixed = len(set(nouns)) > 1 and not _said_on_the_last_only(nouns)
        if item_re is _LISTED_BARE_COUNT_RE and mixed:
            continue
        summed = (
            _LISTED_SUM_RE.fullmatch(sentence, at) if item_re is _LISTED_TIME_COUNT_RE else None
        )
        if len(items) >= 2 and (not sentence[at:].strip() or summed) and named:
            return items
    return []


# (the units' rating whose share a heading names: "Tỷ lệ CĐCS hoàn thành tốt nhiệm vụ trở lên ở
# các đơn vị khá đồng đều:", probes457)
_RATING_SHARED_RE = re.compile(
    rf"\b(?:{w.CDCS_WORDS}|đơn vị)\s+(?:(?:được\s+)?(?:đạt|xếp loại)\s+)?{w.GRADE_WORDS}",
    re.IGNORECASE,
)


# (the share that has an agreement is a stock, as the probes' writers read "có thỏa ước":
# "Tỷ lệ doanh nghiệp có thỏa ước lao động tập thể: Biên Hòa 62%, …", probes209)
_HAVING_ONE_RE = re.compile(r"\bcó\s+(?:bản\s+)?(?:thỏa ước|thoả ước|TƯLĐTT)", re.IGNORECASE)


def _rating_shared(heading: str) -> tuple[str, None, str] | None:
    grade = _RATING_SHARED_RE.search(heading)
    if grade is None or re.fullmatch(r"trung bình|yếu", grade["grade"], re.IGNORECASE):
        return None
    return "other", None, grade_label(grade["grade"])


def _listed_percents(sentence: str, start: int, named: str) -> list[Figure]:
    """The figures of a list of two or more units each with its percent, filling the line from
    `start`, under a heading (`named`) that names the share's indicator: what was done of the
    plan when the heading names the plan, else a share."""
    items, at = [], start
    while (item := _LISTED_PERCENT_RE.match(sentence, at)) is not None and item.end() > at:
        items.append(item)
        at = item.end()
    if len(items) < 2 or sentence[at:].strip() or not all(map(_a_units_name, items)):
        return []
    indicator = indicator_named(named) or _rating_shared(named)
    if indicator is None or _MONEY_RE.search(named) or _HAVING_ONE_RE.search(named):
        return []
    metric, stage, label = indicator
    of_the_plan = bool(_DONE_OF_THE_PLAN_RE.search(named))
    if metric != "other" and not of_the_plan:
        return []
    kind = "plan" if sets_targets(named) and not of_the_plan else "result"
    figures = []
    for item in items:
        figure = Figure(
            metric=metric,
            stage=stage,
            label=label,
            kind=kind,
            start=item.start("name"),
            end=item.end("pct") + 1,
            percent=parse_number(item["pct"]),
            percent_kind="of_target" if of_the_plan else "rate",
            organisation=_organisation(item["name"].strip()) or item["name"].strip(),
        )
        if item["qualifier"]:
            figure.qualifiers["percent"] = item["qualifier"].lower()
        figures.append(figure)
    return figures


def _a_units_name(item: re.Match) -> bool:
    """A unit is named by a place's kind or a capitalised name, not by a common noun."""
    name = item["name"].strip()
    # (a name that ends in a verb is a clause: "Nghiệp đoàn xã Vị Tân có 52 đoàn viên", a stock)
    # (or in a rise or a time: "TP. Đà Lạt tăng 215 người", "KCN Tam Thăng ngày 19/4", probes496)
    if re.search(r"\s(?:có|gồm|với|là|đạt|còn|tăng|giảm|ngày|tháng|năm|quý)$", name, re.I):
        return False
    # (nor is a Party cell a union's unit: "Chi bộ Văn phòng 1", probes496)
    if re.match(r"(?:Chi bộ|Đảng bộ|Đảng ủy)\b", name, re.IGNORECASE):
        return False
    # (or the rest of them, of a kind: "…, các tỉnh còn lại từ 30 đến 80 người", probes554)
    return (
        name[:1].isupper()
        or re.match(rf"(?:{w.PLACE_WORDS})\b", name, re.I) is not None
        or re.fullmatch(rf"(?:các|những)\s+(?:{w.PLACE_WORDS})\s+còn lại", name, re.I) is not None
    )


def listed_counts(sentence: str, before: str) -> list[Figure]:
    """The figures of a line that is (past its heading) a list of two or more units each with
    its count, of the one indicator its heading, or the line before ending in a colon, names; or
    of a line of such headed lists apart by semicolons."""
    # (read on every line that states nothing else: a heading's colon, or a heading line before)
    if ":" not in sentence and not before.rstrip().endswith(":"):
        return []
    return _one_list(sentence, before) or _headed_lists(sentence)


# (a list's heading after a semicolon: "Kết nạp đoàn viên: huyện Hữu Lũng 215 người, huyện Chi
# Lăng 168 người; thành lập CĐCS: huyện Hữu Lũng 3, thành phố Lạng Sơn 5", probes438)
_NEXT_HEADING_RE = re.compile(r";\s*(?=[^:;|\d]{4,80}:)")


def _headed_lists(sentence: str) -> list[Figure]:
    """The figures of each headed list of a line of several, none unless each is one."""
    cuts = [0, *(m.start() for m in _NEXT_HEADING_RE.finditer(sentence))]
    if len(cuts) < 2:
        return []
    figures: list[Figure] = []
    for start, end in zip(cuts, [*cuts[1:], len(sentence)], strict=True):
        at = start + 1 if start else 0
        listed = _one_list(sentence[at:end], "")
        if not listed:
            return []
        figures += [dataclasses.replace(f, start=f.start + at, end=f.end + at) for f in listed]
    return figures


# A heading of what is not each unit's count done: an average, or the Youth Union's members
# ("Số đoàn viên kết nạp bình quân trên mỗi CĐCS năm 2024:", "Kết nạp đoàn viên Đoàn TNCS Hồ Chí
# Minh trong công nhân năm 2024:", probes496).
_AN_AVERAGE_RE = re.compile(r"\b(?:bình quân|trung bình)\b", re.IGNORECASE)


def _not_done_counts(heading: str) -> bool:
    youth = w.YOUTH.search(heading) and not w.UNION.search(heading)
    return bool(_AN_AVERAGE_RE.search(heading) or youth)


def _one_list(sentence: str, before: str) -> list[Figure]:
    heading = _LIST_HEADING_RE.match(sentence)
    dashed = _DASH_HEADING_RE.match(sentence)
    # (the dash heading first, then the colon's when the dash only numbers a table: "Bảng 2 – Kết
    # quả phát triển đoàn viên năm 2024: LĐLĐ huyện Cẩm Xuyên 168/150 (112%); …", probes554)
    heads = [h for h in (dashed, heading) if h is not None]
    if dashed and heading and heading.end() < dashed.end():
        heads = [heading]
    starts = [h.end() for h in heads]
    # (or a line of times alone, each with its count and noun, whose indicator only the headline
    # or the line before names: "Tháng 7: 263 ĐV; Tháng 8: 301 ĐV; Tháng 9: 322 ĐV." under "Quận
    # Hoàng Mai: Kết nạp gần 900 đoàn viên trong quý III", probes364)
    times_alone = bool(_LISTED_TIME_COUNT_RE.match(sentence))
    if before.rstrip().endswith(":") or times_alone:
        starts.insert(0, 0)
    for start in starts:
        items = _listed_items(sentence, start)
        named = sentence[:start] if start else before
        if not items:
            percents = _listed_percents(sentence, start, named)
            if percents:
                return percents
            continue
        under_a_count = start == 0 and not before.rstrip().endswith(":")
        indicator = indicator_named(named)
        # (the headline's deed with its count left out, "Kết nạp gần 900 đoàn viên", when the
        # items' nouns say the same: a count's words name no heading of a list)
        if indicator is None and under_a_count:
            indicator = indicator_named(_COUNTS_RE.sub("", named))
            if indicator is not None and not _nouns_of(items, indicator):
                continue
        # (a deed with no noun, the items' nouns its: "Thành lập mới năm 2024 – Cao Lộc: ba CĐCS;
        # Hữu Lũng: hai CĐCS; …", probes505)
        # (or a heading of targets, the noun a union's or a member's: "Chỉ tiêu 2025 – huyện Bến
        # Lức: sáu CĐCS; huyện Đức Hòa: tám CĐCS; …", probes512)
        nouns = {(item["noun"] or "").lower() for item in items}
        if indicator is None and len(nouns) == 1 and "" not in nouns:
            indicator = _indicator_of_the_items_noun(named, items[0]["noun"])
            if indicator is not None and not _nouns_of(items, indicator):
                return []
        if indicator is None or _MONEY_RE.search(named) or _not_done_counts(named):
            return []
        if None in map(_count_of, items):
            return []
        nouns_said = any(item["noun"] for item in items)
        if under_a_count and nouns_said and not _nouns_of(items, indicator):
            continue
        # (what was done of a target, each item's x/y, is a result whatever the heading says:
        # "Thành lập CĐCS năm 2024 (so với chỉ tiêu): huyện Đắk R’lấp 4 trên 3, …", probes496)
        of_targets = any(item.groupdict().get("t") for item in items)
        kind = "plan" if sets_targets(named) and not of_targets else "result"
        # (a range is planned; one in a list of results is no count the rules can tell)
        if kind == "result" and any(item.groupdict().get("max") for item in items):
            return []
        return [_item_figure(indicator, kind, item) for item in items]
    return []


# The deed a target's bare noun is of: "Chỉ tiêu 2025 – …: sáu CĐCS".
_DEED_OF_A_TARGETS_NOUN = (
    (re.compile(r"đoàn viên|ĐVCĐ", re.IGNORECASE), "kết nạp"),
    (re.compile(rf"{w.CDCS_WORDS}", re.IGNORECASE), "thành lập"),
)


def _indicator_of_the_items_noun(named: str, noun: str):
    """The indicator of a heading's deed said with its items' noun, or of a heading of targets
    with the noun of unions or members."""
    deed = re.search(rf"\b(?:{w.DEED_VERBS})\b", named, re.IGNORECASE)
    if deed is not None:
        return indicator_named(f"{deed.group(0)} {noun}")
    if not sets_targets(named):
        return None
    words = next((d for pattern, d in _DEED_OF_A_TARGETS_NOUN if pattern.fullmatch(noun)), None)
    return indicator_named(f"{words} {noun}") if words else None


def _item_figure(indicator, kind: str, item: re.Match) -> Figure:
    """A listed item's figure, with what was done of its target and its percent when given."""
    figure = _counted(
        indicator,
        kind,
        item.start("name"),
        item.end(),
        _count_of(item),
        item["qualifier"],
        **_whose(item),
    )
    figure.end = item.start() + len(item.group(0).rstrip().rstrip(";,."))
    target = item.groupdict().get("t") or item.groupdict().get("t2")
    if target and kind == "result":
        figure.target = parse_number(target)
    if item.groupdict().get("floor"):
        figure.qualifiers["target" if kind == "plan" else "achieved"] = "trở lên"
    most = item.groupdict().get("max")
    if most and kind == "plan":
        figure.target = {"min": parse_number(item["n"]), "max": parse_number(most)}
    percent = item.groupdict().get("pct") or item.groupdict().get("pct2")
    if percent and kind == "result":
        verb = item.groupdict().get("verb") or item.groupdict().get("verb2") or ""
        over = verb.lower() == "vượt"
        figure.percent = parse_number(percent)
        figure.percent_kind = (
            "rate" if figure.metric == "other" else "over_target" if over else "of_target"
        )
    return figure


def _count_of(item: re.Match):
    """An item's count, in digits or in words ("Bình Long: hai")."""
    if item["n"][:1].isdigit():
        return parse_number(item["n"])
    said = [q for q in quantities(item.string) if q.start <= item.start("n") < q.end]
    return said[0].value if said else None


_COUNTS_RE = re.compile(rf"(?:(?:{QUALIFIER})\s+)?\d[\d.,]*\s*")


def _nouns_of(items: list[re.Match], indicator: tuple[str, str | None, str | None]) -> bool:
    """Whether every item's noun is one of what `indicator` counts."""
    nouns = [item["noun"] for item in items]
    return None not in nouns and all(
        any(metric == indicator[0] and noun.fullmatch(n) for metric, noun in _NOUN_METRICS)
        for n in nouns
    )


def _whose(item: re.Match) -> dict:
    """An item's name as the figure's organisation, or as its period when it names a time."""
    name = item["name"].strip()
    if item.re is _LISTED_TIME_COUNT_RE:
        return {"period": name}
    return {"organisation": _organisation(name) or name}


def _counted(indicator, kind: str, start: int, end: int, number, qualifier, **said) -> Figure:
    """A figure of `indicator` whose number is what was done (a result) or the target (a plan)."""
    metric, stage, label = indicator
    field = "achieved" if kind == "result" else "target"
    figure = Figure(metric=metric, stage=stage, label=label, kind=kind, start=start, end=end)
    setattr(figure, field, number)
    for name, value in said.items():
        setattr(figure, name, value)
    if qualifier:
        figure.qualifiers[field] = qualifier.lower()
    return figure


def label_value_pairs(sentence: str, before: str) -> list[Figure]:
    """The figures of a row of label and value pairs, with no header to read it by: "Số CĐCS
    thành lập mới | 27", "Chỉ tiêu năm 2026 | Kết nạp đoàn viên | 3.500 | Thành lập CĐCS | 25" (a
    heading cell first, then each indicator's cell and its count; a two-column table of a report,
    or such a row copied whole), "Doanh nghiệp ký kết thỏa ước lao động tập thể | 9/11" (x of y).
    Targets when the heading or the line before assigns them."""
    if "|" not in sentence:
        return []
    cells = _cells(sentence, 0, len(sentence))
    heading = ""
    if len(cells) % 2 and number_of(cells[0]) is None and indicator_named(cells[0][2]) is None:
        heading, cells = cells[0][2], cells[1:]
    if len(cells) % 2:
        return []
    pairs = [(cells[i], cells[i + 1]) for i in range(0, len(cells), 2)]
    values = [_value_of_a_pair(value) for _label, value in pairs]
    indicators = [indicator_named(label[2]) for label, _value in pairs]
    if not pairs or None in values or None in indicators:
        return []
    kind = "plan" if sets_targets(heading or before) else "result"
    if kind == "plan" and any(whole is not None for _number, whole, _qualifier in values):
        return []
    figures = []
    for (label, value), (number, whole, qualifier), indicator in zip(
        pairs, values, indicators, strict=True
    ):
        figure = _counted(indicator, kind, label[0], value[1], number, qualifier)
        if whole is not None:
            figure.target = whole
        figures.append(figure)
    return figures


_X_OF_Y_CELL_RE = re.compile(
    r"(?P<x>\d{1,3}(?:\.\d{3})+|\d+)\s*/\s*(?P<y>\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?:\s+(?:đơn vị|CĐCS|doanh nghiệp|DN|cơ sở|người|đoàn viên))?"
)


_SHARE_CELL_RE = re.compile(
    rf"{_X_OF_Y_CELL_RE.pattern}(?:\s*\(\s*(?P<percent>\d+(?:,\d+)?)\s*%\s*\))?"
)


def _share_cell(cell: Cell) -> tuple[float | int, float | int, float | int | None] | None:
    """A cell of x done of y, with its share in brackets: "318/320 (99,4%)"."""
    found = _SHARE_CELL_RE.fullmatch(cell[2])
    if found is None:
        return None
    x, y = parse_number(found["x"]), parse_number(found["y"])
    percent = parse_number(found["percent"]) if found["percent"] else None
    return (x, y, percent) if x > 0 and y > 0 else None


def _value_of_a_pair(cell: Cell) -> tuple[float | int, float | int | None, str | None] | None:
    """A pair's count, the whole it is of (x/y), and its qualifier; None when it is no count."""
    x_of_y = _share_cell(cell)
    if x_of_y is not None:
        x, y, percent = x_of_y
        return (x, y, None) if x <= y and percent is None else None
    number = number_of(cell)
    if number is None or number[1]:
        return None
    return number[0], None, number[2]


# A breakdown by unit of what the text before counted, opening on "Trong đó" with no verb: "Trong
# đó, TP Hạ Long 724 đoàn viên, TP Cẩm Phả 503 đoàn viên, thị xã Quảng Yên 388 đoàn viên" after a
# headline of members recruited (probes279). The items' noun says which of its counts it breaks
# down (a breakdown is a figure, CONVENTIONS.md).
_BREAKDOWN_OPENING_RE = re.compile(r"\s*(?:trong đó|trong số đó|cụ thể)\s*[,:]\s*", re.IGNORECASE)


def breakdown_counts(sentence: str, counted: Callable[[], list[Figure]]) -> list[Figure]:
    """The figures of a line breaking down by unit a count the text before made (`counted()`,
    asked only of such a line: the headline's figures cost a reading), or none."""
    opening = _BREAKDOWN_OPENING_RE.match(sentence)
    if opening is None:
        return []
    items = _listed_items(sentence, opening.end())
    nouns = {item["noun"] for item in items}
    if not items or None in nouns:
        return []
    metrics = {metric for metric, noun in _NOUN_METRICS if any(noun.fullmatch(n) for n in nouns)}
    results = [f for f in counted() if f.kind == "result" and f.metric in metrics]
    if len(metrics) != 1 or not results:
        return []
    of = results[0]
    return [
        _counted(
            (of.metric, of.stage, of.label),
            "result",
            item.start("name"),
            item.end("noun"),
            parse_number(item["n"]),
            None,
            organisation=_organisation(item["name"].strip()) or item["name"].strip(),
        )
        for item in items
    ]
