"""Bodies listed after what they reached, each with its own result and no deed of its own.

A report names the indicator once, then the units that did best at it, each with what it did of its
plan: "Ba đơn vị hoàn thành sớm chỉ tiêu thành lập CĐCS là LĐLĐ huyện A (6/5), LĐLĐ TP B (4/4) và
LĐLĐ huyện C (7/6)"; "Nhiều đơn vị vượt chỉ tiêu kết nạp đoàn viên (LĐLĐ huyện A 315/280, LĐLĐ
huyện B 296/250, …)"; "Các đơn vị vượt chỉ tiêu gồm: LĐLĐ huyện A (vượt 12%), …" under a headline
that counts the indicator (probes424, probes432, probes436). Each item is its body's figure of the
indicator the words before the list name, else of the one the headline or the sentence before
counts. Two items at least, each a body named in full (w.BODY_NAME) with a pair or a percent and
nothing else, so that a list of anything else (gifts by body, workers by firm) is never read."""

from __future__ import annotations

import re

from . import wording as w
from .figure import Figure
from .headed_tables import indicator_named
from .numbers import parse_number

_COUNT = r"\d{1,3}(?:\.\d{3})+|\d+"
_PERCENT = r"\d{1,3}(?:,\d+)?"
# (the noun a pair may carry: "715/650 đoàn viên")
_UNIT = r"(?:\s+(?:đoàn viên|ĐVCĐ|CĐCS|công đoàn cơ sở|người|cán bộ|lượt|đơn vị|doanh nghiệp))?"
_LISTED_BODY_RE = re.compile(
    rf"(?P<name>{w.BODY_NAME})\s*(?:"
    # (a pair in brackets: "LĐLĐ huyện Châu Thành A (6/5)", its percent after it too)
    rf"\(\s*(?P<n>{_COUNT})/(?P<t>{_COUNT}){_UNIT}"
    rf"(?:\s*[,;–-]\s*(?:đạt\s+)?(?P<pct>{_PERCENT})\s*%)?\s*\)"
    # (or bare, its percent in brackets after it: "LĐLĐ thị xã Duy Tiên 715/650 đoàn viên (110%)")
    rf"|(?P<n2>{_COUNT})/(?P<t2>{_COUNT}){_UNIT}"
    rf"(?:\s*\(\s*(?:đạt\s+)?(?P<pct2>{_PERCENT})\s*%\s*\))?"
    # (or its percent alone in brackets: "LĐLĐ huyện Đức Trọng (125%)", "(vượt 12%)")
    rf"|\(\s*(?:(?P<verb>đạt|vượt)\s+)?(?P<pct3>{_PERCENT})\s*%(?:\s*(?:kế hoạch|chỉ tiêu))?\s*\)"
    r")(?![\d/%])(?=\s*(?:[,;.)]|và\b|$))",
    re.IGNORECASE,
)
# What opens the list: "là", "gồm:", a colon or a bracket, right before its first body.
_LIST_OPENS_RE = re.compile(rf"(?:\b(?:là|gồm|như)\s*:?|:|\()\s*(?={w.BODY_WORDS})", re.IGNORECASE)
_ITEMS_APART_RE = re.compile(r"\s*[,;]\s*(?:và\s+)?|\s+và\s+")
# (the units named as those that reached it: "Ba đơn vị …", "Các đơn vị …", "Nhiều LĐLĐ huyện …";
# a list of bodies counted for anything else has no such words before it)
_REACHED_RE = re.compile(
    r"\b(?:hoàn thành|vượt|đạt|về đích|dẫn đầu|cao nhất|tỷ lệ cao|tỉ lệ cao)\b", re.IGNORECASE
)
# (the bodies named as units, when the words before the list name no indicator: "Các đơn vị đạt tỷ
# lệ cao gồm: …" lists the headline's; "Tỷ lệ đoàn viên đóng đoàn phí đạt cao gồm: …" does not)
_UNITS_THAT_RE = re.compile(
    r"\b(?:đơn vị|địa phương)\s+(?:[^\s,;:]+\s+){0,5}?(?:là|gồm|như)?\s*:?\s*\(?\s*$",
    re.IGNORECASE,
)
_DEVELOPMENT_COUNTS = ("cdcs_thanh_lap", "doan_vien_ket_nap", "dang_vien_gioi_thieu")


def _items(sentence: str) -> list[re.Match]:
    opened = (_LISTED_BODY_RE.match(sentence, m.end()) for m in _LIST_OPENS_RE.finditer(sentence))
    first = next((m for m in opened if m and not w.NOT_A_NAME_RE.search(m["name"])), None)
    if first is None:
        return []
    items = [first]
    while (apart := _ITEMS_APART_RE.match(sentence, items[-1].end())) is not None:
        item = _LISTED_BODY_RE.match(sentence, apart.end())
        if item is None or w.NOT_A_NAME_RE.search(item["name"]):
            break
        items.append(item)
    return items if len(items) >= 2 else []


def lists_bodies_results(sentence: str) -> bool:
    """Whether `sentence` lists bodies each with its result and no deed (cheap: most have no
    bracket nor pair)."""
    return ("/" in sentence or "%" in sentence) and bool(_items(sentence))


def _figure(item: re.Match, metric: str) -> Figure:
    achieved, target = item["n"] or item["n2"], item["t"] or item["t2"]
    percent = item["pct"] or item["pct2"] or item["pct3"]
    over = (item["verb"] or "").lower() == "vượt"
    return Figure(
        metric=metric,
        kind="result",
        start=item.start("name"),
        end=item.end(),
        achieved=achieved and parse_number(achieved),
        target=target and parse_number(target),
        percent=percent and parse_number(percent),
        percent_kind=("over_target" if over else "of_target") if percent else None,
        stage="introduced" if metric == "dang_vien_gioi_thieu" else None,
        organisation=item["name"].strip(),
    )


def bodies_listed_with_results(sentence: str, metric: str | None) -> list[Figure]:
    """Each listed body's figure (see the module's docstring), of the development indicator the
    words before the list name, else of `metric`; none when nothing before the list says the
    bodies reached something. (What else was read in the list, its first body's percent as the
    indicator's, gives way to them.)"""
    items = _items(sentence)
    if not items:
        return []
    before = sentence[: items[0].start()]
    if not _REACHED_RE.search(before):
        return []
    named = indicator_named(before)
    if named is None and not _UNITS_THAT_RE.search(before):
        return []
    metric = named[0] if named is not None else metric
    if metric not in _DEVELOPMENT_COUNTS:
        return []
    return [_figure(item, metric) for item in items]
