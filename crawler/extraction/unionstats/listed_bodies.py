"""Bodies listed after what they reached, each with its own result and no deed of its own.

A report names the indicator once, then the units that did best at it, each with what it did of its
plan: "Ba đơn vị hoàn thành sớm chỉ tiêu thành lập CĐCS là LĐLĐ huyện A (6/5), LĐLĐ TP B (4/4) và
LĐLĐ huyện C (7/6)"; "Nhiều đơn vị vượt chỉ tiêu kết nạp đoàn viên (LĐLĐ huyện A 315/280, LĐLĐ
huyện B 296/250, …)"; "Các đơn vị vượt chỉ tiêu gồm: LĐLĐ huyện A (vượt 12%), …" under a headline
that counts the indicator (probes424, probes432, probes436); or each with its count alone, under
words that name the indicator (probes445). Each item is its body's figure of the
indicator the words before the list name, else of the one the headline or the sentence before
counts. Two items at least, each a body named in full (w.BODY_NAME) with a pair or a percent and
nothing else, so that a list of anything else (gifts by body, workers by firm) is never read."""

from __future__ import annotations

import re

from . import wording as w
from .figure import Figure
from .headed_tables import indicator_named, the_one_indicator_counted
from .numbers import COUNT_IN_DIGITS, parse_number

_COUNT = COUNT_IN_DIGITS
_PERCENT = r"\d{1,3}(?:,\d+)?"
# (the noun a pair may carry: "715/650 đoàn viên")
# (or the units that held another indicator's: "… 78/78 trường", "… 46/46 cơ quan", probes468)
_UNIT = (
    r"(?:\s+(?:đoàn viên|ĐVCĐ|CĐCS|công đoàn cơ sở|người|cán bộ|lượt|đơn vị|doanh nghiệp|trường"
    r"|cơ quan))?"
)
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
    # (or its count alone in brackets, under words that name the indicator: "Chín CĐCS mới thành
    # lập trong quý I thuộc các đơn vị: LĐLĐ thành phố Hạ Long (4), LĐLĐ thành phố Cẩm Phả (3)",
    # probes445; no year)
    r"|\(\s*(?!(?:19|20)\d\d\b)(?P<n4>\d{1,3}(?:\.\d{3})*)\s*\)"
    # (or its percent bare: "nhiều đơn vị đã vượt chỉ tiêu (LĐLĐ thành phố Pleiku 118%, LĐLĐ thị xã
    # An Khê 105%)", probes457)
    rf"|(?:(?P<verb5>đạt|vượt)\s+)?(?P<pct5>{_PERCENT})\s*%"
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


def _items_from(
    pattern: re.Pattern, sentence: str, at: int, in_turn: bool = False
) -> list[re.Match]:
    """The bodies `pattern` reads one after another from `at`, each named as bodies are (and, with
    `in_turn`, up to one said in turn with others, "A và B lần lượt …")."""
    items: list[re.Match] = []
    while (item := pattern.match(sentence, at)) is not None:
        if w.NOT_A_NAME_RE.search(item["name"]) or (in_turn and _IN_TURN_RE.search(item["name"])):
            break
        items.append(item)
        apart = _ITEMS_APART_RE.match(sentence, item.end())
        if apart is None:
            break
        at = apart.end()
    return items


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
    achieved, target = item["n"] or item["n2"] or item["n4"], item["t"] or item["t2"]
    percent = item["pct"] or item["pct2"] or item["pct3"] or item["pct5"]
    over = (item["verb"] or item["verb5"] or "").lower() == "vượt"
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


# Members said admitted with no union named, under a headline or sa-pô of the union's introductions
# to the Party (`party_source`), are the Party's (CONVENTIONS.md): "Các đơn vị có nhiều đoàn viên
# được kết nạp nhất: Sở Y tế (11), …" under "… giới thiệu 128 đoàn viên ưu tú cho Đảng" (probes223).
_ADMITTED_BARE_RE = re.compile(r"\bđược\s+kết nạp\b(?!\s+(?:mới|vào\s+công đoàn))", re.IGNORECASE)


def bodies_listed_with_results(
    sentence: str, metric: str | None, party_source: bool = False
) -> list[Figure]:
    """Each listed body's figure (see the module's docstring), of the development indicator the
    words before the list name, else of `metric`; none when nothing before the list says the
    bodies reached something. (What else was read in the list, its first body's percent as the
    indicator's, gives way to them.)"""
    items = _items(sentence)
    if not items:
        return []
    before = sentence[: items[0].start()]
    named = indicator_named(before)
    # (bare counts only under words that name their indicator)
    counts_alone = any(item["n4"] for item in items)
    if counts_alone and (named is None or not all(item["n4"] for item in items)):
        return []
    if not counts_alone and not _REACHED_RE.search(before):
        return []
    if named is None and not _UNITS_THAT_RE.search(before):
        return []
    # (units that passed the plan of the one deed counted before them: "… kết nạp 2.870 đoàn viên,
    # đạt 82% kế hoạch năm; nhiều đơn vị đã vượt chỉ tiêu (LĐLĐ thành phố Pleiku 118%, …)",
    # probes457)
    if named is None and not counts_alone:
        named = the_one_indicator_counted(before)
    metric = named[0] if named is not None else metric
    if metric not in _DEVELOPMENT_COUNTS:
        return []
    admitted = (
        party_source
        and metric == "doan_vien_ket_nap"
        and _ADMITTED_BARE_RE.search(before)
        and not w.UNION.search(before)
    )
    if admitted:
        figures = [_figure(item, "dang_vien_gioi_thieu") for item in items]
        for figure in figures:
            figure.stage = "admitted"
        return figures
    return [_figure(item, metric) for item in items]


# Bodies' results under the indicator put first as the topic: "Về thành lập CĐCS, LĐLĐ quận Bình
# Tân đạt 14/12 chỉ tiêu, LĐLĐ quận Tân Phú 9/10, LĐLĐ huyện Bình Chánh 11/15" (probes432,
# probes445). Each is its body's figure of the topic's indicator.
# (or the topic a heading before a colon, its time in it: "Tổ chức hội nghị cán bộ, công chức, viên
# chức năm học 2024–2025: Công đoàn giáo dục TP Thanh Hóa 78/78 trường; …"; or past the words that
# open the list: "Về tổ chức hội nghị người lao động, kết quả tại các đơn vị như sau: LĐLĐ TP Thái
# Bình 118/121 doanh nghiệp, …", probes468)
_TOPIC_RE = re.compile(
    r"^\s*(?:(?:Về|Đối với)\s+(?P<topic>[^,;:\d]{3,80}?)\s*[,:]"
    r"|(?P<heading>[^,;:\d]{3,80}?(?:,[^,;:\d]{1,30}?){0,2}"
    r"(?:\s+(?:năm(?:\s+học)?|quý|\d+\s+tháng(?:\s+đầu)?(?:\s+năm)?)\s+"
    r"(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?"
    # (and whose, after its time: "Kết quả phát triển đoàn viên 6 tháng đầu năm 2024 của các khu
    # công nghiệp (kết quả/chỉ tiêu năm):", probes486)
    r"(?:\s+(?:của|ở|tại)\s+[^,;:\d()]{1,40}?)?)?(?P<legend>\s*\([^()\d]{1,40}\))?)\s*:)\s*"
    r"(?:[^,;:\d]{0,60}?\b(?:như sau|gồm|cụ thể)\s*:\s*)?",
    re.IGNORECASE,
)
_UNDER_A_TOPIC_RE = re.compile(
    rf"(?P<name>{w.LISTED_NAME})\s+(?:(?:mới|đã|cũng|chỉ|đều)\s+)*(?:(?:đạt|được|có|là)\s+)?"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<n>{_COUNT})"
    # (or its count alone, two bodies at least: "Về thành lập CĐCS, Công đoàn các KCN tỉnh 3, LĐLĐ
    # thị xã Phú Mỹ 2, …", probes451)
    rf"(?:(?:\s*/\s*|\s+trên\s+(?:tổng số\s+)?)(?P<t>{_COUNT}))?{_UNIT}"
    r"(?:\s+(?:chỉ tiêu|kế hoạch)(?:\s+(?:được\s+)?giao)?)?"
    rf"(?:\s*\(\s*(?:đạt\s+)?(?P<pct>{_PERCENT})\s*%\s*\)"
    rf"|\s*,\s*(?P<verb>đạt|vượt)\s+(?P<pct2>{_PERCENT})\s*%(?:\s*(?:kế hoạch|chỉ tiêu))?)?"
    r"(?![\d/%])(?=\s*(?:[,;.)]|và\b|$))",
    re.IGNORECASE,
)


_DONE_OF_THE_PLAN_RE = re.compile(
    r"\s*\(\s*(?:thực hiện|kết quả|đạt được)\s*/\s*(?:kế hoạch|chỉ tiêu)(?:\s+[^()]+)?\)",
    re.IGNORECASE,
)
_IN_TURN_RE = re.compile(r"\b(?:và|lần lượt|tương ứng)\b", re.IGNORECASE)


def bodies_under_a_topic(sentence: str, figures: list[Figure]) -> list[Figure]:
    topic = _TOPIC_RE.match(sentence)
    named = indicator_named(topic["topic"] or topic["heading"]) if topic else None
    if named is None or named[0] not in (*_DEVELOPMENT_COUNTS, "other"):
        return figures
    # (another indicator's by pairs only, each its body's share: "Về tổ chức hội nghị người lao
    # động, …: LĐLĐ TP Thái Bình 118/121 doanh nghiệp, LĐLĐ huyện Vũ Thư 64/66, …", probes468)
    other = named[0] == "other"
    # (a heading without "Về" only above another indicator's pairs, or above pairs its legend
    # says are done and planned: "Thành lập CĐCS (thực hiện/chỉ tiêu năm): Vũ Thư 5/6, Kiến Xương
    # 7/6, …", probes468)
    if topic["heading"] and not other and not _DONE_OF_THE_PLAN_RE.fullmatch(topic["legend"] or ""):
        return figures
    # (not bodies whose values are said in turn: "LĐLĐ thành phố Huế và LĐLĐ thị xã Hương Thủy lần
    # lượt đạt 5/6 và 3/3 chỉ tiêu", read by figures._values_in_turn)
    items = _items_from(_UNDER_A_TOPIC_RE, sentence, topic.end(), in_turn=True)
    if not items or any(f.start < items[-1].end() and items[0].start() < f.end for f in figures):
        return figures
    # (bare counts two bodies at least, of a development count; another indicator's pairs only)
    if any(item["t"] is None for item in items) and (len(items) < 2 or other):
        return figures
    if other and len(items) < 2:
        return figures
    added = []
    for item in items:
        percent = item["pct"] or item["pct2"]
        over = (item["verb"] or "").lower() == "vượt"
        # (another indicator's percent is its share: "… 62/68 CĐCS, đạt 91,2%")
        share_kind = "rate" if other else "over_target" if over else "of_target"
        added.append(
            Figure(
                metric=named[0],
                kind="result",
                start=item.start("name"),
                end=item.end(),
                achieved=parse_number(item["n"]),
                target=item["t"] and parse_number(item["t"]),
                percent=percent and parse_number(percent),
                percent_kind=share_kind if percent else None,
                qualifiers={"achieved": item["qual"].lower()} if item["qual"] else {},
                stage="introduced" if named[0] == "dang_vien_gioi_thieu" else None,
                label=named[2] if other else None,
                organisation=item["name"].strip(),
            )
        )
    return sorted(figures + added, key=lambda f: f.start)
