"""Tallies by place: after one place's count, the next places' counts with the deed and the noun
left out.

Reports break a result down place by place and say the deed and the noun once: "Theo từng địa
bàn, LĐLĐ huyện Bình Xuyên kết nạp 540 đoàn viên, LĐLĐ thành phố Phúc Yên 410, LĐLĐ huyện Tam
Dương 265"; "thị xã Thuận An thành lập 14 CĐCS, thị xã Dĩ An 11, thị xã Bến Cát 17" (probes149).
Each next count is a figure of the first one's deed. Only places named like the first (the same
kind of body or territory opens both), so that another clause's count is never taken for one."""

from __future__ import annotations

import dataclasses
import re

from . import wording as w
from .figure import Figure
from .numbers import parse_number

# The words a place or body of a tally opens with.
_PLACE_WORDS = (
    r"LĐLĐ|Liên đoàn Lao động|Công đoàn|CĐCS|CĐ|Nghiệp đoàn|huyện|thị xã|quận|thành phố|TP\.?|"
    r"tỉnh|xã|phường|thị trấn|KCN|khu công nghiệp|khu chế xuất|ngành"
)
_NEXT_PLACE_RE = re.compile(
    r"(?:\s*[,;]\s*(?:và\s+|còn\s+)?|\s+và\s+)"
    rf"(?P<name>(?P<opens>{_PLACE_WORDS})(?:\s+(?:[^\s,;:\d()%]+|[–-])){{1,7}}?)\s+"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?![\d%/]|[.,]\d)"
    r"(?=\s*(?:[,;.)]|và\b|$))",
)
# A name with a word of a deed or a link in it is a clause of its own, not a place's tally:
# "…, LĐLĐ thành phố Vinh giảm 1.064 đoàn viên" (heldout-022), "…, Đảng bộ tỉnh kết nạp 7 …".
_NOT_A_NAME_RE = re.compile(
    r"\b(?:giảm|tăng|đạt|vượt|có|với|được|là|kết nạp|thành lập|phát triển|tổ chức|hỗ trợ|trao|"
    r"tặng|chiếm|gồm|trong|đứng|xếp|dẫn|còn lại|mới|đã|chỉ|trên|dưới|gần|hơn)\b",
    re.IGNORECASE,
)
_TALLIED_METRICS = (
    "cdcs_thanh_lap",
    "doan_vien_ket_nap",
    "dang_vien_gioi_thieu",
    "can_bo_tap_huan",
)


def tallied_places(sentence: str, figures: list[Figure]) -> list[Figure]:
    added: list[Figure] = []
    for figure in figures:
        if figure.metric not in _TALLIED_METRICS or figure.percent is not None:
            continue
        value = figure.target if figure.kind == "plan" else figure.achieved
        if not isinstance(value, (int, float)) or (figure.kind == "result" and figure.target):
            continue
        # (the first place's own words, before its deed: the clause the figure opens)
        clause_start = max(
            (m.end() for m in re.finditer(r"[,;:]", sentence[: figure.start])), default=0
        )
        subject = sentence[clause_start : figure.start]
        at = figure.end
        while (item := _NEXT_PLACE_RE.match(sentence, at)) is not None:
            if _NOT_A_NAME_RE.search(item["name"]) or not re.search(
                rf"\b{re.escape(item['opens'])}\b", subject, re.IGNORECASE
            ):
                break
            if any(f.start < item.end() and item.start("name") < f.end for f in figures):
                break
            number = parse_number(item["n"])
            tally = dataclasses.replace(
                figure,
                start=item.start("name"),
                end=item.end(),
                achieved=None if figure.kind == "plan" else number,
                target=number if figure.kind == "plan" else None,
                qualifiers={},
            )
            if item["qual"]:
                tally.qualifiers["target" if figure.kind == "plan" else "achieved"] = item[
                    "qual"
                ].lower()
            added.append(tally)
            at = item.end()
    return sorted(figures + added, key=lambda f: f.start) if added else figures
