"""Tables of training courses: "STT | Lớp | Thời gian | Đối tượng | Số học viên", then "1 | Tập
huấn nghiệp vụ công tác công đoàn | Tháng 3/2024 | Chủ tịch CĐCS | 120". A row is a course and its
count is of the people who attended; they are union officials trained when the row's audience
(or, with no such column, the course or the words before the table) names union officials. A
course of workers, of a trade, or on the Party trains no union official. (A known gap of the
session of 2026-12-03: report tables of courses were read as nothing.)"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import wording as w
from .figure import Figure
from .headed_tables import Cell, cells_of, number_of

_COURSE_RE = re.compile(
    r"(?:tên\s+)?(?:lớp|khóa|khoá)(?:\s+(?:học|tập huấn|bồi dưỡng|đào tạo))?"
    r"|nội dung(?:\s+(?:lớp|khóa|khoá))?(?:\s+(?:học|tập huấn|bồi dưỡng|đào tạo))?|chuyên đề",
    re.IGNORECASE,
)
_AUDIENCE_RE = re.compile(r"đối tượng(?:\s+(?:tham gia|tập huấn|học viên))?|thành phần", re.I)
_ATTENDED_RE = re.compile(
    r"(?:(?:tổng\s+)?số\s+(?:lượng\s+)?(?:lượt\s+)?(?:học viên|người|cán bộ|đại biểu)"
    r"|số lượng|số lượt|học viên)"
    r"(?:\s+(?:tham gia|tham dự|dự|học|được tập huấn|được bồi dưỡng))?",
    re.IGNORECASE,
)
_UNIT_IN_BRACKETS_RE = re.compile(r"\s*\((?:người|lượt(?:\s+người)?|học viên)\)", re.I)
# Union officials, by their office or as cán bộ of a union ("Chủ tịch CĐCS", "Cán bộ công đoàn
# cơ sở", "Ủy viên BCH công đoàn"); not the Youth Union's or another body's.
_UNION_OFFICIALS_RE = re.compile(
    rf"^\s*(?:các\s+)?(?:{w.OFFICER_UNIT.pattern}"
    r"|(?:lượt\s+)?(?:cán bộ|CBCĐ\b)(?:\s*,\s*[^,|]+)?\s+(?:công đoàn|CĐ\b|CĐCS)"
    r"|(?:phó\s+)?chủ tịch|(?:ủy|uỷ) viên|kế toán|thủ quỹ|tổ trưởng)",
    re.IGNORECASE,
)
_NO_UNION_TRAINING_RE = re.compile(
    rf"{w.PARTY_COURSE.pattern}|nhận thức về Đảng|cảm tình Đảng|\bnghề\b|"
    r"an toàn(?:,?\s+vệ sinh)? lao động|ATVSLĐ|công nhân|"
    r"người lao động|NLĐ\b|đoàn viên\b(?!\s+công đoàn)",
    re.IGNORECASE,
)
# The words before a table that name the officials its courses are for: "… mở 12 lớp tập huấn
# cho cán bộ công đoàn cơ sở như sau:".
_FOR_UNION_OFFICIALS_RE = re.compile(
    r"\bcho\s+(?:[^\s,;:]+\s+){0,3}?(?:cán bộ(?:\s+chủ chốt)?\s+(?:công đoàn|CĐ\b|CĐCS)"
    rf"|{w.OFFICER_UNIT.pattern})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Courses:
    """A course table's header: how many columns, and which hold the course, its audience (or
    -1) and the count of those who attended; `for_officials`: the words before it say so."""

    width: int
    course: int
    audience: int
    attended: int
    for_officials: bool


def read_courses_header(line: str, before: str) -> Courses | None:
    """The header of a table of courses the line is, or None."""
    if "|" not in line:
        return None
    cells = [_UNIT_IN_BRACKETS_RE.sub("", cell[2]).strip() for cell in cells_of(line)]
    course = _the_column(cells, _COURSE_RE)
    attended = _the_column(cells, _ATTENDED_RE)
    if course is None or attended is None:
        return None
    if any(re.search(r"\d", cell) for cell in cells):
        return None
    audience = _the_column(cells, _AUDIENCE_RE)
    return Courses(
        width=len(cells),
        course=course,
        audience=-1 if audience is None else audience,
        attended=attended,
        for_officials=bool(_FOR_UNION_OFFICIALS_RE.search(before)),
    )


def _the_column(cells: list[str], name: re.Pattern) -> int | None:
    found = [position for position, cell in enumerate(cells) if name.fullmatch(cell)]
    return found[0] if len(found) == 1 else None


def course_rows(line: str, header: Courses) -> list[Figure] | None:
    """The officials trained in a row of the table, or None when the line is no row of it."""
    cells = cells_of(line)
    if len(cells) != header.width:
        return None
    count = number_of(cells[header.attended])
    if count is None:
        # (an empty count is a row of the table that states nothing; words are no row of it)
        return [] if not re.search(r"[^\W\d_]", cells[header.attended][2]) else None
    number, percent, qualifier = count
    if percent or not _of_union_officials(cells, header):
        return []
    figure = Figure(
        metric="can_bo_tap_huan",
        kind="result",
        start=cells[header.course][0],
        end=cells[header.attended][1],
        achieved=number,
    )
    if qualifier:
        figure.qualifiers["achieved"] = qualifier.lower()
    return [figure]


def _of_union_officials(cells: list[Cell], header: Courses) -> bool:
    course = cells[header.course][2]
    if _NO_UNION_TRAINING_RE.search(course):
        return False
    if header.audience >= 0:
        audience = cells[header.audience][2]
        return bool(_UNION_OFFICIALS_RE.match(audience)) and not (
            _NO_UNION_TRAINING_RE.search(audience) or w.ANOTHER_BODYS_OFFICIALS.match(audience)
        )
    return header.for_officials or bool(_FOR_UNION_OFFICIALS_RE.search(course))
