"""Lists under a legend in brackets that says what each item's numbers are.

A report sets out many bodies' results in one sentence, the legend a table's header said in a line
and each item a row: "Số CĐCS thành lập mới và đoàn viên kết nạp qua thành lập (CĐCS/đoàn viên)
của một số địa phương: Bình Tân 12/1.416, Tân Phú 9/684, …"; "Kết quả 9 tháng của các LĐLĐ huyện
(đoàn viên kết nạp – CĐCS thành lập): Trảng Bàng 1.284 – 6, …"; "… (đơn vị đã đại hội/tổng số, tỷ
lệ): Đông Hà 96/96, 100%; Hải Lăng 88/91, 96,7%"; "Chỉ tiêu năm 2025 (CĐCS – đoàn viên) giao các
đơn vị: Chí Linh 5 – 600, …" (probes486); "Kết quả theo đơn vị (giới thiệu/được kết nạp): Công
đoàn Sở Y tế 24/17, …", "(CĐCS/đoàn viên: TP Đông Hà 4/410, …)" (probes474). The legend's parts
are read as a table's columns (headed_tables), each item as a row: its body's name, then exactly
as many numbers as the legend has parts, apart as the legend's are. Two items at least, and a
heading that names what was done or planned, never what bodies have."""

from __future__ import annotations

import re

from . import wording as w
from .figure import Figure, as_planned
from .headed_tables import (
    Column,
    Header,
    column_of,
    header_of,
    indicator_named,
    makes_a_header,
    number_of,
    reads_results,
    row_figures,
    sets_targets,
)

# The heading, its legend in brackets and the words up to the colon that opens the list.
_HEADING_RE = re.compile(
    r"(?:^|(?<=[\s,]))(?P<heading>(?:[^:;()\d]|(?:19|20)\d\d|\b\d{1,2}\s+tháng\b"
    r"|\b(?:\d{1,2}/){1,2}(?:19|20)\d\d\b){3,200}?)"
    # (a legend may name its years: "(kết quả năm 2024 – chỉ tiêu năm 2025)", probes496)
    # (or a dash for the colon: "Thành lập CĐCS (thực hiện/chỉ tiêu năm) – TP Buôn Ma Thuột 5/12;
    # …", probes512)
    r"\s*\((?P<legend>(?:[^()\d]|(?:19|20)\d\d){1,60}?)\)(?P<tail>[^:;()\d]{0,60}?)"
    r"(?::|\s[–-])\s*",
    re.IGNORECASE,
)
# ... or the legend opening the bracket the list is in, after the words of what was done: "…
# thành lập 11 CĐCS, kết nạp 1.320 đoàn viên (CĐCS/đoàn viên: TP Đông Hà 4/410, huyện Hải Lăng
# 3/265, …)" (probes474).
_IN_ITS_BRACKET_RE = re.compile(
    r"(?P<heading>[^;()]{3,200}?)\s*\(\s*(?P<legend>(?:[^():;\d]|(?:19|20)\d\d){1,60}?)"
    r"(?P<tail>)\s*:\s*",
    re.IGNORECASE,
)
_DASH_AFTER_A_BRACKET_RE = re.compile(r"\)\s*[–-]\s")
_PARTS_APART_RE = re.compile(r"\s*(?:/|\s[–-]\s|,)\s*")
# The bare nouns a legend names its counts by, which a table's header would name with their deed.
# (not headed_tables' nouns of a count: in a legend "đơn vị" is the units that did something of a
# whole, "(đơn vị/tổng số)", and "người" says nothing of what they are)
_NOUN_COLUMNS = (
    (
        re.compile(r"CĐCS|công đoàn cơ sở|CĐ cơ sở|nghiệp đoàn", re.I),
        ("cdcs_thanh_lap", None, None),
    ),
    (re.compile(r"đoàn viên|ĐV|ĐVCĐ|thành viên", re.I), ("doan_vien_ket_nap", None, None)),
    (re.compile(r"học viên|(?:lượt\s+)?cán bộ", re.I), ("can_bo_tap_huan", None, None)),
)
# (what a legend counts besides, read past: "(lớp/học viên)")
_READ_PAST_RE = re.compile(r"lớp|cuộc|buổi|đợt", re.IGNORECASE)
_WHOLE_RE = re.compile(
    r"tổng(?:\s+số)?(?:\s+(?:đơn vị|CĐCS|doanh nghiệp))?"
    # (the units bound to do it: "(doanh nghiệp đã tổ chức/doanh nghiệp có CĐCS)")
    r"|(?:doanh nghiệp|DN|đơn vị|cơ quan)\s+có\s+(?:CĐCS|công đoàn|tổ chức công đoàn)",
    re.IGNORECASE,
)
# The deed alone, what was done of the heading's indicator: "Thành lập CĐCS năm 2023 (thành lập/chỉ
# tiêu, tỷ lệ)" (probes505).
_A_DEED_BARE_RE = re.compile(
    r"(?:đã\s+)?(?:thành lập|tập huấn|phát triển|bồi dưỡng)(?:\s+(?:mới|được))*", re.IGNORECASE
)
# The units that did it, named bare before the whole: "(đơn vị/tổng số, tỷ lệ)".
_UNITS_RE = re.compile(r"đơn vị|doanh nghiệp|DN|cơ quan|trường", re.IGNORECASE)
# What a part opens with that says nothing of its role: "(số lớp/số cán bộ)", "(doanh nghiệp đã
# tổ chức/…)" (probes496).
_PART_OPENS_RE = re.compile(
    r"^(?:số(?:\s+lượng)?\s+)?(?:(?:doanh nghiệp|DN|đơn vị|cơ quan)\s+(?=đã\b))?", re.IGNORECASE
)
# A heading of what bodies have, not of what they did: "Số đoàn viên hiện có (…)".
# (nor of what they lost: "CĐCS giải thể năm 2023 (đơn vị/đoàn viên): Thanh Oai 6/412; …",
# probes505)
_NOTHING_DONE_RE = re.compile(
    r"\b(?:hiện có|đang có|quản lý|hiện nay|giải thể|ngừng hoạt động|chấm dứt hoạt động|"
    r"thôi sinh hoạt|giảm|ra khỏi|rút khỏi)\b",
    re.IGNORECASE,
)
_NUMBER = r"(?:(?:khoảng|gần|hơn|trên)\s+)?\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_ITEMS_APART_RE = re.compile(r"\s*[,;]\s*(?:và\s+)?|\s+và\s+")


def _legend_column(part: str) -> Column | None:
    column = column_of(part)
    if column is not None:
        return column
    part = _PART_OPENS_RE.sub("", part)
    column = column_of(part)
    if column is not None:
        return column
    if _UNITS_RE.fullmatch(part) or _A_DEED_BARE_RE.fullmatch(part):
        return Column("done", written=part)
    for words, indicator in _NOUN_COLUMNS:
        if words.fullmatch(part):
            return Column("count", indicator=indicator, written=part)
    if _READ_PAST_RE.fullmatch(part):
        return Column("other", written=part)
    if _WHOLE_RE.fullmatch(part):
        return Column("whole", written=part)
    return None


# The unit a legend names first, apart from its parts: "(đơn vị: người; kết nạp/chỉ tiêu giao/tỷ
# lệ)" (probes505).
_UNIT_SAID_FIRST_RE = re.compile(r"^\s*đơn vị(?:\s+tính)?\s*:\s*[^;/]{1,20};\s*", re.IGNORECASE)


def _header(heading: re.Match) -> Header | None:
    legend = _UNIT_SAID_FIRST_RE.sub("", heading["legend"])
    parts = _PARTS_APART_RE.split(legend.strip())
    columns = [_legend_column(part) for part in parts]
    if len(columns) < 1 or None in columns:
        return None
    said = heading["heading"] + " " + heading["tail"]
    name = Column("name", written="đơn vị")
    header = header_of([name, *columns], heading.start(), indicator_named(said))
    return header if makes_a_header(header) or _a_share_by_body(header) else None


def _a_share_by_body(header: Header) -> bool:
    """A legend of one percent under a heading of another indicator's share: "Tỷ lệ doanh
    nghiệp tổ chức đối thoại định kỳ (%): Phúc Yên 94; …"."""
    roles = [c.role for c in header.columns[1:]]
    return roles == ["percent"] and header.heading is not None and header.heading[0] == "other"


def _item_re(width: int, apart: str) -> re.Pattern:
    values = rf"(?P<v0>(?:{_NUMBER})(?:\s*%)?)" + "".join(
        rf"(?:{apart})(?P<v{i}>(?:{_NUMBER})(?:\s*%)?)" for i in range(1, width)
    )
    return re.compile(
        rf"(?P<name>{w.LISTED_NAME})\s+(?:\(\s*)?{values}(?:\s*\))?(?![\d/%]|[.,]\d)"
        r"(?=\s*(?:[,;.)]|và\b|$))",
        re.IGNORECASE,
    )


def _apart_of(legend: str) -> str:
    """How an item's numbers stand apart: as the legend's parts do ("/", " – "), a percent after a
    comma."""
    if "/" in legend:
        # (a percent in brackets too: "TP. Cà Mau 146/150 (97,3%)")
        return r"\s*/\s*|\s*,\s*(?=[\d.,]+\s*%)|,\s+|\s*\(\s*(?=[\d.,]+\s*%)"
    return r"\s+[–-]\s+|\s*,\s*"


def _rows(sentence: str, at: int, header: Header, apart: str) -> list[re.Match]:
    pattern = _item_re(header.width - 1, apart)
    items: list[re.Match] = []
    while (item := pattern.match(sentence, at)) is not None:
        if w.NOT_A_NAME_RE.search(item["name"]):
            break
        items.append(item)
        gap = _ITEMS_APART_RE.match(sentence, item.end())
        if gap is None:
            break
        at = gap.end()
    return items


def _row_of(item: re.Match, width: int) -> list[tuple[int, int, str]]:
    name = (item.start("name"), item.end("name"), item["name"].strip())
    values = [(item.start(f"v{i}"), item.end(f"v{i}"), item[f"v{i}"]) for i in range(width)]
    return [name, *values]


def lists_under_a_legend(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See the module's docstring: each item's figures, in place of what was read of the list."""
    # (cheap: a legend is a bracket with a colon after its opening, which few sentences have)
    bracket = sentence.find("(")
    if bracket < 0 or (
        sentence.find(":", bracket) < 0 and not _DASH_AFTER_A_BRACKET_RE.search(sentence)
    ):
        return figures
    headings = [*_HEADING_RE.finditer(sentence), *_IN_ITS_BRACKET_RE.finditer(sentence)]
    for heading in headings:
        said = heading["heading"] + " " + heading["tail"]
        # (nor the Party's course, whose learners are no officials trained: "Lớp bồi dưỡng nhận
        # thức về Đảng năm 2024 (lớp/học viên): …", probes505)
        if _NOTHING_DONE_RE.search(said) or w.PARTY_COURSE.search(said):
            continue
        header = _header(heading)
        if header is None:
            continue
        items = _rows(sentence, heading.end(), header, _apart_of(heading["legend"]))
        if len(items) < 2:
            continue
        read: list[Figure] = []
        for item in items:
            row = _row_of(item, header.width - 1)
            # (a percent alone is its unit's share of the heading's indicator)
            if _a_share_by_body(header):
                read.append(_share(header, row))
                continue
            figures_of_row = row_figures(header, row)
            if not figures_of_row:
                read = []
                break
            # (the row's place named bare is its unit, as the legend's list names them)
            for figure in figures_of_row:
                figure.organisation = figure.organisation or row[0][2]
            read.extend(figures_of_row)
        if not read:
            continue
        # (not a legend of what was done of the target: "Thành lập CĐCS năm 2023 (thành lập/chỉ
        # tiêu, tỷ lệ): Phú Quốc 9/8 (112,5%); …", probes505)
        if sets_targets(said) and not reads_results(header):
            read = [as_planned(figure) for figure in read]
        span = (items[0].start(), items[-1].end())
        kept = [f for f in figures if f.end <= span[0] or f.start >= span[1]]
        return sorted(kept + read, key=lambda f: f.start)
    return figures


def _share(header: Header, row: list[tuple[int, int, str]]) -> Figure:
    metric, stage, label = header.heading
    return Figure(
        metric=metric,
        stage=stage,
        label=label,
        kind="result",
        start=row[0][0],
        end=row[1][1],
        percent=number_of(row[1])[0],
        percent_kind="rate",
        organisation=row[0][2],
    )
