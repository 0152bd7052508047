"""Counts of two times compared in one sentence, the second said as "con số này".

"Nếu cùng kỳ năm trước Công đoàn các Khu chế xuất và công nghiệp TP.HCM mới kết nạp được 9.450
đoàn viên thì 6 tháng đầu năm nay con số này là 13.206 đoàn viên" (probes317): the second count is
of what the first one counts, done in the time said after "thì".
"""

from __future__ import annotations

import re

from .figure import (
    METRICS_OF_UNIT,
    Figure,
    counted_figure,
    qualifiers_of,
    quantity_at,
    unit_of,
    within,
)
from .numbers import quantities

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
        added.append(figure)
    return sorted(figures + added, key=lambda f: f.start) if added else figures
