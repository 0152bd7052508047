"""What each of several bodies named together did: one figure a body.

"LĐLĐ huyện Mộc Châu và LĐLĐ huyện Mai Sơn mỗi đơn vị thành lập 3 CĐCS" says two counts of 3, one
each, not one count of the pair; so do "Hai huyện Tam Nông và Thanh Thủy mỗi huyện thành lập được 4
CĐCS" (the kind said once) and "LĐLĐ các huyện Mai Sơn, Thuận Châu và Yên Châu mỗi đơn vị phấn đấu
kết nạp từ 150 đến 200 đoàn viên" (a target each). The probe writers read them so, nine files of ten
(probes74, 474, 492, 511, 666, 690, 703, 714, 723; CONVENTIONS.md). A target the bodies were each
given, then what they did of it in turn ("… mỗi đơn vị được giao chỉ tiêu kết nạp 500 đoàn viên, đến
nay đã kết nạp lần lượt 468 và 530 người", probes690) is each result's target, and each result its
body's."""

from __future__ import annotations

import dataclasses
import re

from . import wording as w
from .figure import Figure, all_numbers, counted_figure
from .numbers import COUNT_IN_DIGITS, QUALIFIER, quantities

# (a count of the bodies, or "các", said before their kind: "Hai huyện …", "Ba công đoàn ngành …")
_HOW_MANY = r"(?:(?:Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười|Các|Cả)\s+)"
# The kind of bodies said once, before the first name: "LĐLĐ các huyện", "công đoàn ngành", "huyện".
_KIND = (
    rf"(?:(?:{w.UNIONS_NAMED})\s+)?(?:các\s+)?(?:{w.TERRITORIES}|ngành|{w.ZONES})"
    rf"|(?:{w.UNIONS_NAMED})"
)
# What a body asks of or gives each unit under it: "LĐLĐ thành phố yêu cầu mỗi công đoàn cấp trên
# cơ sở phải thành lập ít nhất 2 CĐCS" is one body's target for each (probes224, 354, 631)
_ASKS = (
    r"yêu cầu|giao|đề nghị|chỉ đạo|hướng dẫn|cho|tặng|hỗ trợ|trao|phân bổ|đề ra|đặt|cử|đề xuất"
    r"|thưởng|quy định|phân công|chọn|dành|cấp"
)
# One item of the list: words with no digit, the first capitalised, no "và" or "mỗi" inside.
_WORD = r"[^\s,;:\d()%/]+"
_ITEM = (
    rf"(?-i:[{w.UPPER}]){_WORD}"
    rf"(?:\s+(?!(?:và|mỗi|phấn đấu|đều|cũng|đã|được|trong|năm|quý|{_ASKS})\b){_WORD}){{0,11}}"
)
# What may stand between the list and "mỗi": a striving and the year it is for ("LĐLĐ thành phố Yên
# Bái và LĐLĐ huyện Văn Yên phấn đấu năm 2024 mỗi đơn vị thành lập ít nhất 3 CĐCS", probes511).
_BETWEEN = r"(?:\s+(?:phấn đấu|đều|cũng|đã))?(?:\s+(?:trong\s+)?(?:năm|quý)\s+[\dIV/]+)?"
_EACH_RE = re.compile(
    rf"(?P<bodies>{_ITEM}(?:\s*,\s*{_ITEM})*(?:\s*,\s*|\s*,?\s+và\s+){_ITEM})"
    rf"{_BETWEEN}"
    rf"\s+mỗi\s+(?P<unit>{w.EACH_UNIT})\b",
    re.IGNORECASE,
)
_EACH_WORD_RE = re.compile(r"\bmỗi\s", re.IGNORECASE)
_ITEMS_APART_RE = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")
_A_BODY_RE = re.compile(rf"(?:{_HOW_MANY})?(?P<kind>{_KIND})\s+(?P<name>\S.*)", re.IGNORECASE)
_A_KIND_OPENS_RE = re.compile(rf"\b{_HOW_MANY}?(?:{_KIND})\s", re.IGNORECASE)
# (a place named bare: every word capitalised, "Gia Lộc", "Thanh Hà"; not a connective, "Cụ thể",
# nor a time, "Quý IV, LĐLĐ thành phố …", nor a quarter's number read alone, "Tính chung quý III,
# LĐLĐ huyện Bàu Bàng và …", probes857)
_A_PLACE_RE = re.compile(
    r"(?!(?:Quý|Tháng|Năm|Trong|Đến|Từ|Sau|Ngày|Giai đoạn|[IVX]+)\b)"
    rf"(?-i:[{w.UPPER}])\S*(?:\s+(?-i:[{w.UPPER}])\S*){{0,4}}"
)
# Where the clause of the deed each did stops: a semicolon, another subject's "trong khi", "còn", or
# another body's name after a comma ("…, LĐLĐ thành phố Sơn La thành lập 4 CĐCS", probes492), or a
# running total of the whole they raise ("…, nâng kết quả 6 tháng đầu năm của toàn thành phố lên 98
# CĐCS", probes767).
_CLAUSE_ENDS_RE = re.compile(
    rf";|,\s*(?:trong khi|còn|riêng|nâng|đưa)\b|,\s*(?-i:{w.UNIONS_NAMED})\b|\.(?![\d\w])",
    re.IGNORECASE,
)


def _kind_said_once(item: str) -> str | None:
    """The kind the first item says for the bare names after it: "LĐLĐ huyện" of "LĐLĐ các huyện
    Kim Thành", "Công đoàn ngành" of "Ba công đoàn ngành Công Thương"."""
    body = _A_BODY_RE.fullmatch(item)
    if body is None:
        return None
    kind = re.sub(r"\s+các\s+", " ", body["kind"], flags=re.IGNORECASE).strip()
    return kind[:1].upper() + kind[1:] if kind.lower().startswith("công đoàn") else kind


def _without_the_count(item: str) -> str:
    """A body as the sentence names it, without the count said before its kind ("Hai huyện Tam
    Nông" is "huyện Tam Nông")."""
    return re.sub(rf"^{_HOW_MANY}", "", item, flags=re.IGNORECASE)


def bodies_named(bodies: str) -> list[str]:
    """The bodies of a list, each named in full ("huyện Tam Nông", "huyện Thanh Thủy" of "Hai huyện
    Tam Nông và Thanh Thủy"; "LĐLĐ huyện Thanh Miện" of "LĐLĐ các huyện Kim Thành, Thanh Miện"), or
    [] when the list is no list of bodies. Words before the first body that name none are no item
    ("Cụ thể, Công đoàn Viên chức thành phố, …")."""
    items = _ITEMS_APART_RE.split(bodies.strip())
    # (the first item from its kind on: "Trong khi đó LĐLĐ huyện A" is "LĐLĐ huyện A")
    while items:
        opens = _A_KIND_OPENS_RE.search(items[0] + " ")
        if opens is not None:
            items[0] = items[0][opens.start() :]
            break
        if _A_PLACE_RE.fullmatch(items[0]):
            break
        items = items[1:]
    if len(items) < 2:
        return []
    kind = _kind_said_once(items[0])
    bare = [not _A_BODY_RE.fullmatch(item) for item in items[1:]]
    if any(bare) and kind is not None:
        # (the kind said once is each name's: the first's too, without "các")
        first = _A_BODY_RE.fullmatch(items[0])
        names = [f"{kind} {first['name']}"]
    else:
        names = [_without_the_count(items[0])]
    for item, is_bare in zip(items[1:], bare, strict=True):
        if not is_bare:
            names.append(_without_the_count(item))
        elif kind is not None and len(item.split()) <= 5:
            names.append(f"{kind} {item}")
        elif _A_PLACE_RE.fullmatch(item):
            names.append(item)
        else:
            return []
    return names


def _clause_end(sentence: str, start: int) -> int:
    stop = _CLAUSE_ENDS_RE.search(sentence, start)
    return stop.start() if stop else len(sentence)


def each_of_the_bodies(sentence: str, figures: list[Figure]) -> list[Figure]:
    """`figures` with each figure the bodies named together before "mỗi <unit>" each did said once
    for each body, named; and results said in turn after a target each was given, in that clause
    or the next ("…; đến hết năm, ba đơn vị đã kết nạp lần lượt 162, 171 và 149 người",
    probes674), each its body's and with that target; or said body by body after it, each by its
    name ("…; đến nay ngành Y tế đã kết nạp 324, ngành Giáo dục kết nạp 276", probes763)."""
    # (most sentences say no "mỗi": the list's pattern is not asked of them)
    if not _EACH_WORD_RE.search(sentence):
        return figures
    for each in _EACH_RE.finditer(sentence):
        names = bodies_named(each["bodies"])
        if not names:
            continue
        end = _clause_end(sentence, each.end())
        turn = w.IN_TURN.search(sentence, each.end(), _clause_end(sentence, end + 1))
        in_turn = []
        if turn is not None:
            turn_end = _clause_end(sentence, turn.end())
            in_turn = [
                f for f in figures if turn.start() < f.end <= turn_end and f.start >= each.start()
            ]
        shared = [
            f
            for f in figures
            if each.end() <= f.end <= end
            and f.start >= each.start()
            and f.organisation is None
            and not any(f is t for t in in_turn)
        ]
        if turn is not None and not in_turn:
            in_turn = _bare_results_in_turn(sentence, turn, shared, len(names))
            figures = sorted(figures + in_turn, key=lambda f: f.start)
        gone = _the_given_target_paired(sentence, each, names, end, figures, shared, in_turn)
        if gone is not None:
            shared = [f for f in shared if f is not gone]
            figures = [f for f in figures if f is not gone]
        elif len(in_turn) == len(names):
            _results_of_each(in_turn, names, _target_said_before(in_turn, turn.start()))
        if not shared:
            continue
        copies = [
            dataclasses.replace(figure, organisation=name) for figure in shared for name in names
        ]
        figures = sorted(
            [f for f in figures if not any(f is s for s in shared)] + copies,
            key=lambda f: f.start,
        )
    return figures


def _the_given_target_paired(
    sentence: str,
    each: re.Match,
    names: list[str],
    end: int,
    figures: list[Figure],
    shared: list[Figure],
    in_turn: list[Figure],
) -> Figure | None:
    """The figure of the target each body was given, once its results (in turn, or by name after
    the bodies' clause) have each taken it, or None when none did."""
    given = _the_target_each_was_given(sentence, each, shared, in_turn or figures)
    if given is None:
        return None
    if len(in_turn) == len(names):
        return given[0] if _results_of_each(in_turn, names, given[1]) else None
    named = _results_named_by_body(sentence, figures, given[0], names, end)
    for result in named:
        result.target = given[1]
    return given[0] if named else None


# (the bodies given their targets: "LĐLĐ tỉnh giao các huyện Krông Pắc, Cư M'gar và Ea Kar mỗi
# huyện thành lập 2 CĐCS, kết quả lần lượt …", probes763)
_GIVEN_BEFORE_RE = re.compile(r"\bgiao(?:\s+cho)?\s+(?:[^\W\d]+\s+){0,2}$", re.IGNORECASE)


def _the_target_each_was_given(
    sentence: str, each: re.Match, shared: list[Figure], results: list[Figure]
) -> tuple[Figure, object] | None:
    """The one figure of the bodies' clause that is the target each was given, and that target: a
    plan, or a count said after "giao" before the bodies, of the results' indicator."""
    kinds = {(f.metric, f.stage, f.label) for f in results if f.kind == "result"}
    alike = [f for f in shared if (f.metric, f.stage, f.label) in kinds]
    if len(alike) != 1:
        return None
    figure = alike[0]
    if figure.kind == "plan" and figure.achieved is None and all_numbers(figure.target):
        return figure, figure.target
    if (
        figure.kind == "result"
        and figure.target is None
        and all_numbers(figure.achieved)
        and _GIVEN_BEFORE_RE.search(sentence, 0, each.start("bodies"))
    ):
        return figure, figure.achieved
    return None


def _own_words(name: str) -> str:
    """A body's name without its kind: "Y tế" of "Công đoàn ngành Y tế", "Bảo Yên" of "Bảo Yên"."""
    body = _A_BODY_RE.fullmatch(name)
    return body["name"] if body else name


def _results_named_by_body(
    sentence: str, figures: list[Figure], given: Figure, names: list[str], end: int
) -> list[Figure]:
    """The results after the bodies' clause, one a body, each after its own name, of the given
    target's indicator and none of their own; or [] unless every body has one."""
    results = [
        f
        for f in figures
        if f.start >= end
        and f.kind == "result"
        and f.target is None
        and (f.metric, f.stage, f.label) == (given.metric, given.stage, given.label)
    ]
    found = []
    start = end
    for result in results:
        said = [
            name
            for name in names
            if re.search(rf"\b{re.escape(_own_words(name))}\b", sentence[start : result.start])
        ]
        if len(said) != 1:
            return []
        result.organisation = said[0]
        found.append(result)
        start = result.end
    return found if len(found) == len(names) else []


# Values said bare in turn after the marker, at their clause's end, each with the unit of the target
# or none: "…; kết quả lần lượt đạt 236, 214 và 187 người" (probes898).
_VALUE_SAID = (
    rf"(?:(?:{QUALIFIER})\s+)?(?:{COUNT_IN_DIGITS})(?![.,]\d)"
    r"(?:\s+(?:người|đoàn viên|cán bộ|CĐCS|công đoàn cơ sở|đơn vị|lượt(?:\s+cán bộ)?))?"
)
_BARE_VALUES_AFTER_THE_TURN_RE = re.compile(
    rf"\s+(?:(?:là|đạt|được)\s+)?(?P<values>{_VALUE_SAID}(?:\s*(?:,|và)\s*{_VALUE_SAID})+)"
    r"(?=\s*(?:[.;”\"]|$))",
    re.IGNORECASE,
)


def _bare_results_in_turn(
    sentence: str, turn: re.Match, shared: list[Figure], count: int
) -> list[Figure]:
    """The results said bare in turn, one a body, after the one target each body was given:
    "… mỗi đơn vị được giao chỉ tiêu kết nạp 200 đoàn viên; kết quả lần lượt đạt 236, 214 và 187
    người" (probes898); [] unless there are as many as bodies."""
    plans = [f for f in shared if f.kind == "plan" and all_numbers(f.target)]
    said = _BARE_VALUES_AFTER_THE_TURN_RE.match(sentence, turn.end())
    if len(plans) != 1 or said is None:
        return []
    values = [
        q
        for q in quantities(sentence)
        if said.start("values") <= q.start < said.end("values") and not q.percent
    ]
    if len(values) != count or any(q.relation for q in values):
        return []
    results = []
    for quantity in values:
        result = counted_figure(plans[0].metric, "result", quantity.start, quantity.end, quantity)
        result.stage, result.label = plans[0].stage, plans[0].label
        result.qualifiers.update(quantity.qualifiers)
        results.append(result)
    return results


def _target_said_before(in_turn: list[Figure], turn: int) -> object:
    """The target the first result said in turn took, said before the turn, or None."""
    given = [f.target for f in in_turn if f.target is not None and f.start < turn]
    return given[0] if len(given) == 1 else None


def _results_of_each(in_turn: list[Figure], names: list[str], target: object) -> bool:
    """Results said in turn, one a body: each its body's, and each of `target` (the one the bodies
    were each given) when they are all alike; whether they took it."""
    alike = len({(f.metric, f.stage, f.kind) for f in in_turn}) == 1
    took = alike and target is not None and all(f.kind == "result" for f in in_turn)
    for figure, name in zip(in_turn, names, strict=True):
        figure.organisation = name
        if took and figure.target is None:
            figure.target = target
    return took
