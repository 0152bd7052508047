"""The figures of one sentence: which number counts what, done or planned, against which target."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import wording as w
from .numbers import Quantity, parse_number, quantities

# How far left of a number its verb may stand ("LĐLĐ huyện đã tuyên truyền, vận động thành lập
# được 11/20 CĐCS": a few words; "tổ chức tập huấn các nội dung của Bộ luật Lao động sửa đổi, bổ
# sung năm 2019 cho 215 đồng chí" (seed 2): a long object in between).
_LEFT_REACH = 160
# How far right of the counted noun a percent, a passive verb or the Party may stand.
_RIGHT_REACH = 90
_PLAN_REACH = 600
# The verb after its count: "25 CĐCS được thành lập", "1.500 đoàn viên đã được kết nạp", and
# joining, which is being recruited: "6.378 CNLĐ gia nhập tổ chức Công đoàn".
_PASSIVE_RE = re.compile(
    r"^\s*(?:[^\s;]+\s+){0,7}?(?:đã\s+)?(?:được\s+(?:(?:trao|nhận)\s+)?(?:quyết định\s+)?"
    r"(?P<verb>thành lập|kết nạp|giới thiệu|tập huấn|"
    r"bồi dưỡng)|(?P<join>(?:tự nguyện\s+)?gia nhập\s+(?:tổ chức\s+)?(?:Công đoàn|CĐ))"
    # "140 đoàn viên ưu tú được đứng trong hàng ngũ của Đảng": admitted
    r"|(?P<ranks>(?:được\s+)?đứng\s+(?:vào|trong)\s+hàng ngũ(?:\s+của)?\s+Đảng))",
    re.IGNORECASE,
)
# "Kế hoạch số 243", "ngày 12", "khóa XIII": numbers that name, not count ("tổng số 1.725 đoàn
# viên" counts).
_DOCUMENT_BEFORE = re.compile(
    r"(?:(?<!tổng )(?<!con )\bsố|\bngày|\btháng|\bnăm|\bquý|\bkhóa|\bkhoá|\blần thứ)\s*$", re.I
)
_CLAUSE_BREAK = re.compile(r"[;:]|\.\s")
_TOTAL_CLAUSE_RE = re.compile(
    r"\s*,\s*nâng\s+(?:tổng\s+)?số(?:\s+[^\s,;]+){0,4}?\s+lên\s+(?:\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?:\s+[^\s\d,;]+){0,4}?(?=\s*[,(])",
    re.IGNORECASE,
)
# "(đạt 147% so với chỉ tiêu giao là 6.000 đoàn viên)": the target, given with the percent.
_TARGET_IN_YARDSTICK_RE = re.compile(
    r"[^();\d]{0,30}?\s(?:là|:)\s*(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d%])",
    re.IGNORECASE,
)
METRIC_GROUPS = ("doan_vien_ket_nap", "cdcs_thanh_lap", "dang_vien_gioi_thieu", "can_bo_tap_huan")
# "đạt 89,47% kế hoạch (kết nạp mới 4.000 ĐVCĐ)": the plan, in brackets after the percent.
_TARGET_IN_BRACKETS_RE = re.compile(
    r"\s*\((?:[^()\d]{0,30}?)(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?=\s+(?:đoàn viên|ĐVCĐ|CĐCS|"
    r"công đoàn cơ "
    r"sở|cán bộ|người)[^()]{0,20}\))",
    re.IGNORECASE,
)
_DEFINED_RE = re.compile(r"\s*\([^()\d]{1,12}\)")
_YEARS_RE = re.compile(r"\b(?:19|20)\d\d\b")
_COUNTS_AFTER_RE = re.compile(
    r"\s*\(\s*(?P<a>\d[\d.]*(?:,\d+)?)\s*/\s*(?P<b>\d[\d.]*(?:,\d+)?)\s*\)"
)


@dataclass
class Figure:
    metric: str
    kind: str
    start: int
    end: int
    achieved: object = None
    target: object = None
    percent: float | int | None = None
    percent_kind: str | None = None
    stage: str | None = None
    label: str | None = None
    qualifiers: dict = field(default_factory=dict)
    verb: str | None = None


@dataclass
class _Counted:
    quantity: Quantity
    kind: str  # cdcs, member, official, enterprise, agreement, dialogue
    unit_end: int


def _unit(sentence: str, quantity: Quantity) -> tuple[str, int] | None:
    """What the number counts, by the noun right after it, and where that noun ends."""
    rest = sentence[quantity.end :]
    stripped = rest.lstrip()
    offset = quantity.end + len(rest) - len(stripped)
    if w.MONEY_UNIT.match(stripped):
        return None
    for kind, pattern in (
        ("trainee", w.TRAINEES),
        ("dialogue", w.DIALOGUE_UNIT),
        ("agreement", w.AGREEMENT_UNIT),
        ("cdcs", w.CDCS_UNIT),
        ("member", w.MEMBER_UNIT),
        ("enterprise", w.ENTERPRISE_UNIT),
    ):
        match = pattern.match(stripped)
        if match and _word_ends(stripped, match.end()):
            # "18 công đoàn cơ sở (CĐCS) với 3.000 đoàn viên": the abbreviation belongs to it.
            defined = _DEFINED_RE.match(stripped, match.end())
            return kind, offset + (defined.end() if defined else match.end())
    return None


def _word_ends(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalnum()


def _rightmost(pattern: re.Pattern, text: str) -> re.Match | None:
    last = None
    for match in pattern.finditer(text):
        last = match
    return last


def _right_context(sentence: str, start: int, stop: int) -> str:
    text = sentence[start : min(stop, start + _RIGHT_REACH)]
    cut = _CLAUSE_BREAK.search(text)
    return text[: cut.start()] if cut else text


def _is_party(text: str) -> bool:
    return bool(w.PARTY_CASED.search(text))


def _metric(
    verb: str, unit: str, unit_word: str, local: str, youth: bool, local_sentence: str = ""
) -> tuple[str, str | None] | None:
    """(metric, stage) of a number counted by `unit` (written `unit_word`) under `verb`, or None.

    `local` is the verb, the count and what follows it in its clause; `youth` says the sentence
    is about the Youth Union (its "đoàn viên" are not union members)."""
    verb = verb.lower()
    if youth:
        return None
    if verb.startswith("thành lập"):
        return ("cdcs_thanh_lap", None) if unit == "cdcs" else None
    if verb.startswith("giới thiệu"):
        return (
            ("dang_vien_gioi_thieu", "introduced")
            # "giới thiệu 557 đoàn viên công đoàn ưu tú": the union's best go to the Party.
            if unit == "member" and (_is_party(local) or w.OUTSTANDING.search(local))
            else None
        )
    if verb.startswith(("tập huấn", "bồi dưỡng", "đào tạo", "huấn luyện")):
        # "lớp bồi dưỡng nhận thức về Đảng cho 158 đoàn viên ưu tú": a Party course.
        if _is_party(local):
            return None
        return ("can_bo_tap_huan", None) if unit == "official" else None
    # kết nạp, phát triển, thu hút, vận động
    if unit == "cdcs":
        # "phát triển mới ... 12 CĐCS", "tăng thêm 2.790 CĐ cơ sở": growth in unions is founding.
        return ("cdcs_thanh_lap", None) if verb.startswith(("phát triển", "tăng thêm")) else None
    if unit != "member":
        return None
    if verb.startswith("công nhận") and not unit_word.lower().startswith(("đoàn viên", "đvcđ")):
        # "quyết định công nhận 78 đoàn viên mới"; not "công nhận ..., tặng Giấy khen cho 70 ..."
        return None
    if unit_word.lower().startswith("đảng viên") and w.PARTY_BODY.search(local_sentence):
        return (
            None  # a Party cell's own admissions: "Chi bộ ... tổ chức lễ kết nạp 6 đảng viên mới"
        )
    if unit_word.lower().startswith("đảng viên"):
        # "giới thiệu 25.470 đoàn viên ưu tú cho Đảng chăm bồi, kết nạp 13.258 đảng viên mới"
        # (a Party cell's own admissions never get here: see _youth_only).
        return (
            ("dang_vien_gioi_thieu", "admitted")
            if verb.startswith(("kết nạp", "phát triển"))
            else None
        )
    if _is_party(local):
        return (
            ("dang_vien_gioi_thieu", "admitted")
            if verb.startswith(("kết nạp", "phát triển"))
            else None
        )
    if verb.startswith(("vận động", "thu hút")) and not w.JOINING.search(local):
        return None
    return ("doan_vien_ket_nap", None)


@functools.lru_cache(maxsize=256)
def _youth_only(sentence: str) -> bool:
    """The sentence speaks of the Youth Union, or a Party cell of its own members, and of no
    trade union: the people it counts are not union members."""
    if w.UNION.search(sentence):
        return False
    return bool(w.YOUTH.search(sentence) or w.PARTY_BODY.search(sentence))


def _in_a_name(left: str, match: re.Match) -> bool:
    """A capitalised verb after a word is part of a name: "Công đoàn ngành Nông nghiệp và Phát
    triển Nông thôn" (a sentence's first word, or one after punctuation, is a verb); one before a
    closing quote ends a slogan: "“Đổi mới – Dân chủ – Đoàn kết – Phát triển”"."""
    if re.match(r"\s*[”\"»]", left[match.end() :]):
        return True
    text = match.group(0)
    # ALL CAPS is a headline's shouting, not a name: "TỔ CHỨC LỄ KẾT NẠP 657 CÔNG NHÂN".
    return (
        text[:1].isupper()
        and not text.isupper()
        and bool(re.search(r"\w\s+$", left[: match.start()]))
    )


def _verb_before(left: str) -> re.Match | None:
    best = None
    for pattern in (w.FOUND_VERB, w.RECRUIT_VERB, w.INTRODUCE_VERB, w.TRAIN_VERB):
        matches = [m for m in pattern.finditer(left) if not _in_a_name(left, m)]
        match = matches[-1] if matches else None
        if match and (best is None or match.start() > best.start()):
            best = match
    return best


def _kind(sentence: str, at: int, quantity: Quantity) -> str:
    """ "result" unless a plan word governs the number: "phấn đấu kết nạp 5.000 đoàn viên".

    Strong plan words are read across the whole sentence before the number ("lớp thứ hai dự kiến
    khai giảng ..., đối tượng gồm: ...; xã, thị trấn ... với 72 học viên" is still planned), weak
    ones (kế hoạch, chỉ tiêu) only within the number's clause. A result word after the plan word
    ("chỉ tiêu 3.000, đến nay đã kết nạp 2.100") makes it done, unless the plan is still spoken of
    in the future ("phấn đấu ... sẽ").
    """
    if quantity.relation == "of":
        return "result"
    # "chỉ tiêu phát triển 1.700 đoàn viên": the number is the target itself.
    if re.search(r"chỉ tiêu\s*(?:là\s*|:\s*)?$", sentence[max(0, at - 30) : at], re.I):
        return "plan"
    # Plan words stand within a few clauses of their number (the farthest in the annotated sets
    # is ~250 characters before it); reading no further keeps long sentences linear.
    before = w.YARDSTICK_RE.sub(" ", sentence[max(0, at - _PLAN_REACH) : at])
    clause_start = max((m.end() for m in re.finditer(r";", before)), default=0)
    strong = _rightmost(w.PLAN_MARKERS, before)
    weak = _rightmost(w.CLAUSE_PLAN_MARKERS, before[clause_start:])
    plan_end = max(strong.end() if strong else -1, clause_start + weak.end() if weak else -1)
    if plan_end < 0:
        return "result"
    after_plan = before[plan_end:]
    if w.RESULT_MARKERS.search(after_plan) and not re.search(r"\bsẽ\b|phấn đấu", after_plan, re.I):
        return "result"
    return "plan"


def _percent_after(sentence: str, at: int, quantity: Quantity, metric: str):
    # "thành lập được 57 CĐCS, nâng tổng số lên 1.985 CĐCS, vượt hơn 11,7% kế hoạch năm": the
    # total is said in passing; the percent is the founded count's.
    total = _TOTAL_CLAUSE_RE.match(sentence, at)
    if total:
        at = total.end()
    match = w.PERCENT_AFTER.match(sentence[at : at + _RIGHT_REACH])
    if not match:
        return None
    value = parse_number(match.group("num"))
    verb = (match.group("verb") or "").lower()
    if verb == "tăng" and (
        not match.group("yard")
        or w.YEAR_ON_YEAR.match(sentence[at + match.end() : at + match.end() + 30])
    ):
        return None
    if verb == "vượt" or verb == "tăng":
        kind = "over_target"
    elif "tỷ lệ" in verb or "tỉ lệ" in verb or verb == "chiếm":
        kind = "rate"
    elif match.group("yard") or verb in ("đạt", "bằng"):
        kind = "of_target"
    else:
        # A bare "(91,4%)": a share of the total when the figure is not a plan's.
        kind = "of_target" if metric != "other" and quantity.relation == "of" else "rate"
    return value, kind, (match.group("qual") or "").lower() or None, at + match.end()


def _counted(sentence: str) -> list[_Counted]:
    counted = []
    for quantity in quantities(sentence):
        if quantity.percent:
            continue
        if _DOCUMENT_BEFORE.search(sentence[max(0, quantity.start - 12) : quantity.start]):
            continue
        unit = _unit(sentence, quantity)
        if unit is None:
            continue
        kind, unit_end = unit
        if kind == "member" and w.OFFICIAL_UNIT.match(sentence[quantity.end :].lstrip()):
            kind = "official_or_member"
        counted.append(_Counted(quantity, kind, unit_end))
    return counted


def _qualifiers(quantity: Quantity, kind: str, sentence: str, unit_end: int) -> dict:
    qualifiers = dict(quantity.qualifiers)
    after = w.AFTER_QUALIFIER.match(sentence[unit_end : unit_end + 30])
    if after:
        qualifiers.setdefault("achieved", after.group(1).lower())
    if kind == "plan" and "achieved" in qualifiers:
        qualifiers["target"] = qualifiers.pop("achieved")
    return qualifiers


def _other_label(text: str, unit: str) -> tuple[str, int] | None:
    """The indicator a count of unions or enterprises belongs to, and where its words end."""
    grade = w.GRADE.match(text)
    # "trên 45% đơn vị đạt vững mạnh xuất sắc": units rated are unions; "khá" of a company is not.
    if grade and (unit == "cdcs" or "vững mạnh" in grade.group("grade").lower()):
        return "cđcs " + " ".join(
            grade.group("grade").lower().replace(",", "").split()
        ), grade.end()
    # The indicator follows its count closely ("95 doanh nghiệp tổ chức hội nghị người lao
    # động"); further on, it is another clause ("khảo sát 50 doanh nghiệp cho thấy, nơi có thỏa
    # ước ...").
    near = re.match(r"[\s,]*(?:[^\s,;]+\s+){0,8}", text)
    for label, pattern in w.OTHER_LABELS:
        match = pattern.search(text)
        if match is None or match.start() > near.end():
            continue
        if unit == "cdcs" or not label.startswith("cđcs"):
            return label, match.end()
    return None


def sentence_figures(sentence: str, youth_context: bool = False) -> list[Figure]:
    """Every union-development figure `sentence` states, in order."""
    # The Youth Union's sentences, or one with no union word under a Youth Union headline/lead.
    youth = _youth_only(sentence) or (youth_context and not w.UNION.search(sentence))
    # Company-size thresholds are blanked out (same length, so offsets hold): they count nothing
    # and stand between a count and its percent or rating ("60% CĐ cơ sở khu vực ngoài nhà nước
    # (có từ 30 lao động trở lên) đạt danh hiệu CĐ cơ sở vững mạnh").
    sentence = w.THRESHOLD.sub(lambda m: " " * len(m.group(0)), sentence)
    figures: list[Figure] = []
    counted = _counted(sentence)
    boundary = 0
    for index, item in enumerate(counted):
        quantity = item.quantity
        if quantity.start < boundary:
            continue  # part of the figure before ("so với chỉ tiêu giao là 6.000 đoàn viên")
        next_start = (
            counted[index + 1].quantity.start if index + 1 < len(counted) else len(sentence)
        )
        clause_start = max(
            (m.end() for m in re.finditer(r";", sentence[: quantity.start])), default=0
        )
        window_start = max(boundary, clause_start, quantity.start - _LEFT_REACH)
        left = sentence[window_start : quantity.start]
        right = _right_context(sentence, item.unit_end, next_start)
        previous = figures[-1] if figures else None
        figure = _development_figure(sentence, item, left, window_start, right, previous, youth)
        if figure is None:
            figure = _trainee_figure(sentence, item)
        if figure is None and figures:
            figure = _members_of_founded(sentence, item, figures[-1])
        if figure is None:
            figure = _members_in_brackets(sentence, item)
        if figure is None:
            figure = _other_figure(sentence, item, left, right)
        if figure is None:
            continue
        figures.append(figure)
        boundary = figure.end
        also = _second_indicator(sentence, figure)
        if also is not None:
            figures.append(also)
            boundary = also.end
    figures.extend(_percent_figures(sentence, figures))
    return _without_repeats(sentence, sorted(figures, key=lambda f: f.start))


def _without_repeats(sentence: str, figures: list[Figure]) -> list[Figure]:
    """A count said twice in one sentence is one figure: "thành lập 8/25 CĐCS ...; tổ chức lễ ra mắt
    và trao quyết định thành lập 8 Công đoàn cơ sở" (seed 2). Not when another organisation is
    named in between: "LĐLĐ huyện Long Hồ thành lập mới 1 CĐCS ...; LĐLĐ huyện Mang Thít thành lập
    mới 1 CĐCS"."""
    kept: list[Figure] = []
    for figure in figures:
        repeat = any(
            earlier.metric == figure.metric
            and earlier.stage == figure.stage
            and earlier.achieved is not None
            and earlier.achieved == figure.achieved
            and figure.target is None
            and not w.ORGANISATION.search(sentence, earlier.end, figure.start)
            for earlier in kept
        )
        if not repeat:
            kept.append(figure)
    return kept


def _development_figure(
    sentence, item, left, window_start, right, previous: Figure | None, youth: bool
) -> Figure | None:
    quantity = item.quantity
    verb = _verb_before(left)
    passive = _PASSIVE_RE.match(sentence[item.unit_end : item.unit_end + 60])
    listed = (
        previous is not None
        and previous.verb is not None
        and previous.end == window_start
        # the words that end the last noun ("15 Nghiệp đoàn Nghề cá cơ sở, 2.178 đoàn viên")
        and re.fullmatch(r"(?:\s*[^\W\d][\w-]*){0,4}\s*,?\s*(?:và\s+)?", left)
    )
    if verb is None and passive is None and not listed:
        return None
    if verb is None and passive is None:
        # A list under one verb: "đã phát triển thêm 15 Nghiệp đoàn ..., 2.178 đoàn viên"; the
        # members listed with unions founded joined them: "thành lập 174 CĐCS và 16.754 đoàn viên".
        verb_text, span_start = previous.verb, quantity.start
        if previous.metric == "cdcs_thanh_lap" and item.kind in ("member", "official_or_member"):
            verb_text = "kết nạp"
        local = sentence[quantity.start : item.unit_end] + right
    elif verb is not None:
        between = left[verb.end() :]
        if w.STOCK_BEFORE.search(between):
            return None
        # Unions merged are not founded: "được thành lập trên cơ sở sáp nhập 4 NĐ xe ôm".
        if re.search(r"sáp nhập|hợp nhất|giải thể", between, re.I):
            return None
        # "nâng tổng số đoàn viên mới kết nạp trong 6 tháng đầu năm là 93": a total again.
        if re.search(
            r"tổng số(?:\s+\S+){0,3}\s*$", left[max(0, verb.start() - 40) : verb.start()], re.I
        ):
            return None
        verb_text, span_start = verb.group(0), window_start + verb.start()
        local = left[verb.start() :] + sentence[quantity.start : item.unit_end] + right
        located = re.search(r"\b(?:ở|tại)\s*$", between)
        if located and verb_text.lower().startswith("thành lập"):
            # "thành lập công đoàn cơ sở tại 13 doanh nghiệp": 13 founded; "thành lập mới Ban
            # Nữ công quần chúng ở 9 công đoàn cơ sở": something else founded at 9 unions.
            if not (w.CDCS_UNIT.search(between) and item.kind == "enterprise"):
                return None
            item = _Counted(quantity, "cdcs", item.unit_end)
        # "... được các cấp ủy Đảng xem xét, bồi dưỡng, kết nạp 6.811 người": the Party admits.
        admitter = w.PARTY_ADMITTER.search(left[max(0, verb.start() - 60) : verb.start()])
        if admitter and ";" not in left[admitter.end() : verb.start()]:
            local = admitter.group(0) + " " + local
    else:
        # "Kết quả, có 1.500 đoàn viên được kết nạp" is done; "hiện cả nước đã có 50 Nghiệp đoàn
        # ... được thành lập" is a stock.
        near = left[-40:]
        if w.STOCK_BEFORE.search(near) and not (
            re.search(r"\bcó\s*$", near) and "hiện" not in near
        ):
            return None
        verb_text, span_start = passive.group("verb") or "kết nạp", quantity.start
        local = sentence[quantity.start : item.unit_end] + right
        if passive.group("ranks"):
            local = "vào Đảng " + local
    unit = item.kind
    if unit == "official_or_member":
        unit = "official" if verb_text.lower().startswith(w.TRAIN_VERBS) else "member"
    if (
        unit == "trainee"
        and quantity.relation != "of"
        and verb_text.lower().startswith(w.TRAIN_VERBS)
        and re.search(r"\bcho\s+(?:(?:gần|hơn|trên|khoảng)\s+)?$", left)
    ):
        unit = "official"  # "tập huấn, bồi dưỡng ... cho gần 1.980 lượt học viên"
    unit_word = sentence[quantity.end : item.unit_end].strip()
    found = _metric(verb_text, unit, unit_word, local, youth, sentence)
    if found is None:
        return None
    metric, stage = found
    # "19 CĐCS mới thành lập ..., có 700 CĐCS đạt vững mạnh": a rating after the count makes it
    # an indicator, unless the founding verb stands right before the count.
    adjacent = verb is not None and len(left[verb.end() :].split()) <= 2
    if (
        metric == "cdcs_thanh_lap"
        and _other_label(right, "cdcs")
        and not (verb_text.lower().startswith("thành lập") and adjacent)
    ):
        return None
    kind = _kind(sentence, span_start, quantity)
    end = item.unit_end
    figure = Figure(
        metric=metric, kind=kind, start=span_start, end=end, stage=stage, verb=verb_text
    )
    _fill_numbers(figure, quantity, kind)
    percent = _percent_after(sentence, end, quantity, metric)
    if percent:
        figure.percent, figure.percent_kind, qualifier, figure.end = percent
        if qualifier:
            figure.qualifiers["percent"] = qualifier
        given = _TARGET_IN_YARDSTICK_RE.match(sentence, figure.end) or _TARGET_IN_BRACKETS_RE.match(
            sentence, figure.end
        )
        if given and figure.target is None and kind == "result":
            figure.target = parse_number(given["n"])
            unit = re.match(
                r"\s+(?:đoàn viên|CĐCS|công đoàn cơ sở|người|cán bộ)", sentence[given.end() :]
            )
            figure.end = given.end() + (unit.end() if unit else 0)
    figure.qualifiers.update(_qualifiers(quantity, kind, sentence, item.unit_end))
    if passive is not None and verb is None:
        figure.end = max(figure.end, item.unit_end + passive.end())
    return figure


def _members_of_founded(sentence: str, item: _Counted, founded: Figure) -> Figure | None:
    """ "thành lập 25 CĐCS với 1.500 đoàn viên": the members of unions just founded are recruits."""
    between = sentence[founded.end : item.quantity.start]
    if founded.metric != "cdcs_thanh_lap" or item.kind not in ("member", "official_or_member"):
        return None
    # "thành lập được 1 CĐCS ngoài nhà nước đó là: Công ty TNHH Toyota Lào Cai với 44 đoàn viên"
    if len(between) > 90 or re.search(r"[\d;]", between):
        return None
    if not re.search(r"(?:\bvới|\bgồm|\bcó)(?:\s+tổng số)?\s*$", between, re.I):
        return None
    figure = Figure(
        metric="doan_vien_ket_nap",
        kind=founded.kind,
        start=item.quantity.start,
        end=item.unit_end,
    )
    _fill_numbers(figure, item.quantity, founded.kind)
    # "thành lập 18 CĐCS với 3.000 đoàn viên, vượt 30% kế hoạch": the members are said in passing,
    # the percent is the founding's.
    percent = _percent_after(sentence, item.unit_end, item.quantity, "cdcs_thanh_lap")
    if percent and founded.percent is None:
        founded.percent, founded.percent_kind, qualifier, figure.end = percent
        if qualifier:
            founded.qualifiers["percent"] = qualifier
    return figure


def _members_in_brackets(sentence: str, item: _Counted) -> Figure | None:
    """ "vừa ra mắt Nghiệp đoàn Xe ôm truyền thống (79 đoàn viên)": a union launched and its
    members."""
    quantity = item.quantity
    if item.kind != "member" or not sentence[: quantity.start].rstrip().endswith("("):
        return None
    if not re.match(r"\s*\)", sentence[item.unit_end :]):
        return None
    if not re.search(
        r"thành lập|ra mắt", sentence[max(0, quantity.start - 200) : quantity.start], re.I
    ):
        return None
    kind = _kind(sentence, quantity.start, quantity)
    figure = Figure(metric="doan_vien_ket_nap", kind=kind, start=quantity.start, end=item.unit_end)
    _fill_numbers(figure, quantity, kind)
    return figure


def _trainee_figure(sentence: str, item: _Counted) -> Figure | None:
    """Those at a union course, counted without a training verb before them: "với 76 học viên là
    cán bộ CĐ cơ sở", "mở 120 lớp với 11.699 lượt cán bộ CĐCS tham dự", "hơn 150 cán bộ Công
    đoàn ... đã tham gia hội nghị tập huấn"."""
    quantity = item.quantity
    if quantity.relation == "of" or item.kind not in ("trainee", "official_or_member"):
        return None
    if not (w.COURSE.search(sentence) and w.UNION.search(sentence)):
        return None
    after = sentence[item.unit_end : item.unit_end + _RIGHT_REACH]
    before = sentence[max(0, quantity.start - 30) : quantity.start]
    attending = w.ATTENDING.match(after) or re.search(r"\bvới\s*$", before, re.I)
    if item.kind == "official_or_member":
        # "cán bộ", "chủ tịch": at the course only when said to attend it
        if not attending or not w.OFFICIAL_UNIT.match(sentence[quantity.end :].lstrip()):
            return None
    elif not (attending or re.match(r"\s*là\b", after)):
        return None
    # "43 học viên là cán bộ CĐ, trong đó có 32 học viên ... và 11 học viên ...": the parts.
    if re.search(
        r"trong đó|trong số", sentence[max(0, quantity.start - 120) : quantity.start], re.I
    ):
        return None
    kind = _kind(sentence, quantity.start, quantity)
    figure = Figure(metric="can_bo_tap_huan", kind=kind, start=quantity.start, end=item.unit_end)
    _fill_numbers(figure, quantity, kind)
    figure.qualifiers.update(_qualifiers(quantity, kind, sentence, item.unit_end))
    return figure


def _fill_numbers(figure: Figure, quantity: Quantity, kind: str) -> None:
    if quantity.relation == "of":
        figure.achieved, figure.target = quantity.value, quantity.second
    elif kind == "plan":
        figure.target = quantity.text_value
    else:
        figure.achieved = quantity.text_value


def _other_figure(sentence, item, left, right) -> Figure | None:
    """Other indicators: "320 CĐCS xếp loại vững mạnh", "1.200 cuộc đối thoại", "250 bản TƯLĐTT"."""
    quantity = item.quantity
    if item.kind == "dialogue":
        label = "đối thoại"
    elif item.kind == "agreement":
        label = "thỏa ước lao động tập thể"
    elif item.kind in ("cdcs", "enterprise") and w.LABEL_BEFORE_PLACE.search(left):
        found = _other_label(w.LABEL_BEFORE_PLACE.search(left).group(0), "enterprise")
        label, label_end = found[0], 0
    elif item.kind in ("cdcs", "enterprise"):
        found = _other_label(right, item.kind) or (
            _sibling_label(sentence, item.unit_end, item.kind)
            if quantity.relation == "of"
            else None
        )
        if found is None:
            return None
        label, label_end = found
    else:
        return None
    if w.STOCK_BEFORE.search(left[-25:]):
        return None
    if item.kind in ("dialogue", "agreement") and not w.HELD_VERB.search(left):
        return None
    if w.HONOUR_BEFORE.search(left):
        return None
    start = quantity.start
    verb = re.search(r"(?:tổ chức|ký kết|ký|xếp loại|đạt)\s*$", left, re.I)
    if verb:
        start = quantity.start - (len(left) - verb.start())
    kind = "result"
    figure = Figure(metric="other", kind=kind, start=start, end=item.unit_end, label=label)
    _fill_numbers(figure, quantity, kind)
    if item.kind in ("cdcs", "enterprise"):
        figure.end = item.unit_end + label_end
    percent = _percent_after(sentence, figure.end, quantity, "other")
    if percent:
        figure.percent, figure.percent_kind, qualifier, figure.end = percent
    figure.qualifiers.update(_qualifiers(quantity, kind, sentence, item.unit_end))
    return figure


def _second_indicator(sentence: str, figure: Figure) -> Figure | None:
    """One count, two indicators: "31/31 đơn vị tổ chức hội nghị người lao động và ký kết thỏa
    ước lao động tập thể" is a figure for each."""
    if figure.metric != "other":
        return None
    after = re.match(r"\s*(?:,|và)\s*", sentence[figure.end :])
    if after is None:
        return None
    rest = sentence[figure.end + after.end() :]
    verb = re.match(r"(?:[^\s,;]+\s+){0,2}", rest)
    for label, pattern in w.OTHER_LABELS:
        match = pattern.search(rest, 0, verb.end() + 40)
        if (
            match
            and match.start() <= verb.end()
            and label != figure.label
            and not label.startswith("cđcs")
        ):
            end = figure.end + after.end() + match.end()
            tail = re.match(r"[^,;.()]*", sentence[end:])
            return dataclasses.replace(figure, label=label, end=end + tail.end())
    return None


_SIBLING_RE = re.compile(
    r"(?:,|\bvà\b)\s*(?:có\s+)?(?:(?:hơn|gần|trên)\s+)?\d[\d.,]*\s*(?:%|/\s*\d[\d.]*)\s*"
    r"(?:số\s+|các\s+)?(?:" + w.CDCS_UNIT.pattern + "|" + w.ENTERPRISE_UNIT.pattern + ")",
    re.IGNORECASE,
)


def _sibling_label(sentence: str, unit_end: int, unit: str) -> tuple[str, int] | None:
    """The indicator that a list of shares names once, after the last: "100% công đoàn cơ sở khu
    vực hành chính, sự nghiệp và 94% công đoàn cơ sở doanh nghiệp tổ chức đối thoại"; "có 3/3 DN
    nhà nước, 12/12 DN khối ngoài nhà nước tổ chức hội nghị người lao động"."""
    clause = sentence[unit_end : unit_end + 250].split(";")[0]
    sibling = _SIBLING_RE.search(clause)
    if sibling is None or re.search(r"\d", clause[: sibling.start()]):
        return None
    labelled = _other_label(clause[sibling.end() :], unit)
    if labelled is None:
        return None
    # The figure's words end with its own noun: the sibling is a figure of its own.
    return labelled[0], 0


def _share(sentence: str, match: re.Match, metric: str, **fields) -> Figure:
    """A figure stated by a percent alone (achieved and target unknown), from `match`."""
    # a pattern of two wordings names its second number and qualifier num2, qual2
    name = "num" if match["num"] else "num2"
    number, at = match[name], match.start(name)
    qualifier = match.groupdict().get("qual") or match.groupdict().get("qual2")
    figure = Figure(
        metric=metric,
        kind=_kind(sentence, at, Quantity(at, at, None)),
        start=match.start(),
        end=match.end(),
        percent=parse_number(number),
        percent_kind="rate",
        **fields,
    )
    if qualifier:
        figure.qualifiers["percent"] = qualifier.lower()
    return figure


def _progress_shares(sentence: str) -> Iterator[Figure]:
    """ "phát triển đoàn viên đạt 105% kế hoạch", "đạt tỷ lệ 113,9% (14.804/13.000)"."""
    for match in w.PERCENT_ONLY.finditer(sentence):
        # Only years may stand between the indicator and its percent ("nhiệm kỳ 2013 - 2018").
        if re.search(r"\d", _YEARS_RE.sub("", match["gap"])):
            continue
        metric = next(m for m in METRIC_GROUPS if match[m])
        figure = _share(sentence, match, metric)
        figure.kind = "result"
        figure.percent_kind = "over_target" if match["verb"].lower() == "vượt" else "of_target"
        if metric == "dang_vien_gioi_thieu":
            figure.stage = "introduced"
        counts = _COUNTS_AFTER_RE.match(sentence[match.end() :])
        if counts:
            figure.achieved, figure.target = parse_number(counts["a"]), parse_number(counts["b"])
            figure.end = match.end() + counts.end()
        yield figure


def _named_shares(sentence: str) -> Iterator[Figure]:
    """A share named before its percent: "tỉ lệ doanh nghiệp tổ chức hội nghị người lao động đạt
    gần 43%", "hội nghị người lao động đạt 67%/năm", "công đoàn cơ sở vững mạnh chiếm 85%"."""
    for match in w.RATE_BEFORE.finditer(sentence):
        unit = "cdcs" if w.CDCS_UNIT.fullmatch(match["unit"]) else "enterprise"
        labelled = _other_label(match["rest"], unit)
        if labelled:
            yield _share(sentence, match, "other", label=labelled[0])
    for match in w.LABEL_RATE.finditer(sentence):
        labelled = _other_label(match["rest"], "enterprise")
        if labelled:
            yield _share(sentence, match, "other", label=labelled[0])


def _founding_shares(sentence: str) -> Iterator[Figure]:
    """ "thành lập CĐCS ở 100% doanh nghiệp ...", "90% số doanh nghiệp ... thành lập được CĐCS"."""
    for match in w.FOUND_SHARE.finditer(sentence):
        yield _share(sentence, match, "cdcs_thanh_lap")


def _counted_shares(sentence: str) -> Iterator[Figure]:
    """A percent of unions or companies and what they did: "85% CĐCS đạt vững mạnh", "100% công
    đoàn cơ sở khu vực hành chính, sự nghiệp và 94% ... tổ chức đối thoại"."""
    noun = re.compile(
        r"\s*(?:số\s+|các\s+)?(?:" + w.CDCS_UNIT.pattern + "|" + w.ENTERPRISE_UNIT.pattern + ")",
        re.IGNORECASE,
    )
    for quantity in quantities(sentence):
        if not quantity.percent:
            continue
        rest = sentence[quantity.end : quantity.end + _RIGHT_REACH]
        unit = noun.match(rest)
        if not unit:
            continue
        unit_end = quantity.end + unit.end()
        clause = _right_context(sentence, unit_end, len(sentence))
        kind = (
            "cdcs"
            if w.CDCS_UNIT.match(re.sub(r"^(?:số|các)\s+", "", rest.strip()))
            else "enterprise"
        )
        labelled = _other_label(clause, kind) or _sibling_label(sentence, unit_end, kind)
        if labelled is None:
            continue
        figure = Figure(
            metric="other",
            kind=_kind(sentence, quantity.start, quantity),
            start=quantity.start,
            end=unit_end + labelled[1],
            percent=quantity.value,
            percent_kind="rate",
            label=labelled[0],
        )
        if quantity.qualifiers:
            figure.qualifiers["percent"] = quantity.qualifiers["achieved"]
        yield figure


def _percent_figures(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Figures stated by a percent with no count, where no counted figure stands already."""
    taken = [(f.start, f.end) for f in figures]
    found = []
    for finder in (_progress_shares, _named_shares, _founding_shares, _counted_shares):
        for figure in finder(sentence):
            if all(figure.end <= a or figure.start >= b for a, b in taken):
                found.append(figure)
                taken.append((figure.start, figure.end))
    return found
