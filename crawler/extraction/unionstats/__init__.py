"""Union-development statistics read out of Vietnamese union news (issue #10).

`union_stats(text, title=..., lead=...)` finds, sentence by sentence, the figures of membership
development: grassroots unions founded, members recruited, members introduced to or admitted to the
Party, officials trained, and other indicators; FIELDS is the shape of one figure. Rules over the
Vietnamese wording (wording.py), no model: every decision can be read and argued with.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..text import normalize_text
from .context import Mentions, organisation_and_period
from .courses import Courses, course_rows, read_courses_header
from .figure import Figure, all_numbers, as_planned
from .figures import (
    DEVELOPMENT_COUNTS,
    FOUNDED_HEADLINE,
    OFFICIALS_COURSE_HEADLINE,
    OWN_TIME_RE,
    POTENTIAL_DUOC_RE,
    TALLY_LINE_RE,
    UNION_MEMBERS_RIGHT_AFTER_RE,
    answers_a_plan_question,
    continues_a_plan,
    continues_a_total,
    end_of_clause,
    refers_back,
    sentence_figures,
    without_development_counts,
)
from .headed_tables import (
    Header,
    a_line_of_cells,
    breakdown_counts,
    captions_indicator,
    continues_a_table,
    count_before_its_label,
    counts_nothing,
    header_rows,
    indicator_named,
    label_value_pairs,
    listed_counts,
    read_header,
    reads_results,
    sets_targets,
    with_a_sub_header,
    with_the_indicator,
)
from .listed_bodies import lists_bodies_results
from .numbers import quantities
from .rankings import ranks
from .sentences import (
    moved_through,
    split_sentences,
    with_counts_before_their_shares,
    with_deeds_of_counts_done_said,
    with_deeds_written_out,
    with_halves_as_percents,
    with_introducers_said,
    with_magnitudes_in_digits,
    with_only_so_many_said_plainly,
    with_percent_ranges_floored,
    with_percent_signs,
    with_ranges_in_words,
    with_regular_thousands,
    with_results_raised_to_said_as_totals,
    with_self_corrections,
    with_shares_of_the_target_said_reached,
    with_spaces,
    with_targets_raised_to_said_plainly,
    with_tones_placed,
    with_turn_said_before_its_preposition,
    with_years_of_chart_cells,
    without_abbreviations,
)
from .tables import looks_like_a_row
from .tallies import lists_percents_by_body
from .targets import says_a_bare_plan_done
from .wording import (
    AMONG_THEM,
    CONTINUATION,
    COURSE,
    DEED_VERBS,
    DEVELOPMENT_DONE,
    FROM_THE_UNIONS_SOURCE,
    INTRODUCED_BY_A_UNION,
    PARTY_ADMISSION,
    PARTY_CASED,
    PARTY_ORGAN_HEADLINE,
    PLAN_MARKERS,
    RESULT_MARKERS,
    UNION,
    UNION_INTRODUCES,
    UNION_PEOPLE,
    YOUTH,
)

METRICS = (
    "cdcs_thanh_lap",
    "doan_vien_ket_nap",
    "dang_vien_gioi_thieu",
    "can_bo_tap_huan",
    "other",
)
KINDS = ("result", "plan")
PERCENT_KINDS = ("of_target", "over_target", "rate")
STAGES = ("introduced", "admitted")
FIELDS = (
    "metric",
    "stage",
    "label",
    "kind",
    "achieved",
    "target",
    "percent",
    "percent_kind",
    "qualifiers",
    "organisation",
    "organisation_from",
    "period",
    "period_from",
    "text_span",
    "sentence",
)


# "ĐV" is either body's member: "5.551 ĐV đủ điều kiện được kết nạp vào hàng ngũ của Đảng" are
# union members (the Party admits no Party members), so it counts as naming the union's people.
_MEMBERS_SHORT = re.compile(r"\bĐV\b")


_DEED_RE = re.compile(rf"\b(?:{DEED_VERBS})\b", re.IGNORECASE)
# Those admitted counted as Party members ("kết nạp 4 đảng viên mới"), not as people who became
# ones ("13.258 người đã trở thành đảng viên": those the union introduced).
_PARTY_MEMBERS_RE = re.compile(r"\d\s+đảng viên\b", re.IGNORECASE)


def _said_of(figure: Figure, sentence: str) -> str:
    """What the sentence says of whose a Party figure is: the sentence up to the figure's clause
    end; for new Party members named so, only its subject (up to its first deed) and the figure's
    own item of a list, not an earlier item's object ("Năm 2021, huyện đề ra mục tiêu thành lập
    mới 3 tổ chức công đoàn, …; kết nạp 4 đảng viên mới, …" under a Huyện ủy's review,
    heldout30). Those admitted named otherwise may be the ones a clause before introduced
    ("giới thiệu 64/50 đoàn viên ưu tú cho Đảng …; 41 đồng chí được kết nạp Đảng")."""
    if not _PARTY_MEMBERS_RE.search(sentence, figure.start, figure.end):
        return sentence[: end_of_clause(sentence, figure.end)]
    first_deed = _DEED_RE.search(sentence)
    subject = sentence[: first_deed.start() if first_deed else figure.start]
    own_start = max(sentence.rfind(mark, 0, figure.start) for mark in ";,") + 1
    own_clause = sentence[own_start : figure.end]
    return f"{subject} {own_clause}{sentence[figure.end : end_of_clause(sentence, figure.end)]}"


# (or "đồng chí", "người": "6.131 đồng chí được vinh dự đứng vào hàng ngũ của Đảng (trong đó có
# 990 đồng chí là công nhân trực tiếp sản xuất)", H56-045)
_PARTY_MEMBERS_WHO_ARE_WORKERS_RE = re.compile(
    r"\b(?:đảng viên(?:\s+mới)?|đồng chí|người)\s+là\s+(?:công nhân|người lao động|CNLĐ|NLĐ)\b",
    re.IGNORECASE,
)
_INTRODUCED_BY_A_UNION_AFTER = re.compile(r"[^;]{0,60}?" + INTRODUCED_BY_A_UNION, re.IGNORECASE)


def _no_union_people_admitted(
    figure: Figure, sentence: str, figures: Sequence[Figure] = ()
) -> bool:
    """With no union and none of its people named up to the figure's clause end, Party members
    admitted are the Party's own, whatever the headline: "Trong nhiệm kỳ đã kết nạp 7 đảng viên
    mới, vượt chỉ tiêu đề ra" (a union's own Party committee at its congress), "Trong buổi lễ, 8
    quần chúng ưu tú được kết nạp Đảng" (a union word further on says nothing of them)."""
    # (a value said in turn after another is read as that one is: "Qua giới thiệu của công đoàn, …
    # Đảng bộ A và Đảng bộ B lần lượt kết nạp 23 và 17 đảng viên mới", probes558)
    before = [
        f
        for f in figures
        if f is not figure
        and (f.metric, f.stage) == (figure.metric, figure.stage)
        and f.end <= figure.start
        and re.fullmatch(r"\s*(?:,|và)\s*", sentence[f.end : figure.start])
    ]
    if before:
        return _no_union_people_admitted(before[-1], sentence, figures)
    said = _said_of(figure, sentence)
    # (those introduced to the Party are a mass organisation's, the union's in a union text; the
    # Youth Union's and associations' are read apart: "đơn vị phấn đấu giới thiệu 250 quần chúng ưu
    # tú cho Đảng" under a union's headline)
    if figure.stage == "introduced":
        return False
    # (nor those admitted of the ones the sentence says were introduced before them: "Trong số
    # 1.236 quần chúng ưu tú được giới thiệu, đã có 684 đồng chí được các chi bộ, đảng bộ kết nạp")
    if any(f.stage == "introduced" and f.end <= figure.start for f in figures):
        return False
    # (nor those the union's introduction is said before them to have given: "Qua giới thiệu của
    # công đoàn, 10 tháng năm 2024 các tổ chức cơ sở đảng … đã kết nạp 46 đảng viên mới", probes930)
    if FROM_THE_UNIONS_SOURCE.search(sentence, 0, figure.start):
        return False
    # (nor those the sentence says the union introduced: "… kết nạp 12 đảng viên mới, đều là đoàn
    # viên ưu tú do Công đoàn Công ty … giới thiệu", probes63)
    if _INTRODUCED_BY_A_UNION_AFTER.match(sentence, figure.end):
        return False
    # (nor those said right after to be union members: "…, đều là đoàn viên công đoàn", probes410)
    if UNION_MEMBERS_RIGHT_AFTER_RE.match(sentence, figure.end):
        return False
    # (new Party members who are workers are the Party's own finding, no union's people: "Phấn
    # đấu mỗi năm kết nạp 1.000 đảng viên là công nhân", probes117; unless from the union's
    # source: "từ nguồn giới thiệu của công đoàn, các đảng bộ … đã kết nạp 97 đảng viên mới là
    # công nhân trực tiếp sản xuất", probes81)
    if not FROM_THE_UNIONS_SOURCE.search(sentence, 0, figure.start):
        said = _PARTY_MEMBERS_WHO_ARE_WORKERS_RE.sub(" ", said)
    return figure.metric == "dang_vien_gioi_thieu" and not (
        UNION.search(said) or UNION_PEOPLE.search(said) or _MEMBERS_SHORT.search(said)
    )


def _admitted_by_the_context(figure: Figure, sentence: str) -> Figure:
    """Under a headline of the union's introductions to the Party, those said admitted with no
    union named in the clause are admitted to the Party ("11/260 người đã được kết nạp; số còn lại
    đang học lớp cảm tình Đảng"); those joining the union by name stay recruits."""
    if figure.metric != "doan_vien_ket_nap" or not (figure.verb or "").lower().startswith(
        "kết nạp"
    ):
        return figure
    said = sentence[: end_of_clause(sentence, figure.end)]
    if (
        UNION.search(said)
        or _MEMBER_NOUN_RE.search(sentence, figure.start, figure.end)
        or _MEMBERS_TOPIC_RE.search(sentence, 0, figure.start)
    ):
        return figure
    return _admitted(figure)


# (union members by name: "kết nạp 120 đoàn viên")
_MEMBER_NOUN_RE = re.compile(r"\d\s+(?:đoàn viên|ĐVCĐ|ĐV)\b", re.IGNORECASE)
# (or put first, as the topic: "Còn đoàn viên thì kết nạp được năm nghìn bốn trăm mười hai người"
# under a sa-pô that also tells introductions to the Party, probes339)
_MEMBERS_TOPIC_RE = re.compile(r"\bđoàn viên(?:\s+mới)?\s+thì\b", re.IGNORECASE)
_ADMITTED_LABEL_RE = re.compile(r"^\W*(?:đã\s+)?được\s+kết nạp\s*:", re.IGNORECASE)
_AMONG_THEM_START = re.compile(rf"^\W*{AMONG_THEM}\b", re.IGNORECASE)
# A headline of results: the body's first lines tell them, whatever target its sa-pô recalls
# ("LĐLĐ tỉnh Đồng Nai: Kết quả thực hiện Chương trình phát triển đoàn viên năm 2024" over "…
# giao chỉ tiêu kết nạp 30.000 đoàn viên …", then "+ Giới thiệu 412 đoàn viên ưu tú cho Đảng; …",
# probes295); not a congress's, whose results are its targets.
_RESULTS_HEADLINE_RE = re.compile(
    r"\bkết quả\b(?![^:]*\b(?:đại hội|phương hướng|mục tiêu|nghị quyết)\b)", re.IGNORECASE
)


def _admitted(figure: Figure) -> Figure:
    """A recruit counted among those introduced to the Party is one the Party admitted."""
    if figure.metric != "doan_vien_ket_nap" or not (figure.verb or "").lower().startswith(
        "kết nạp"
    ):
        return figure
    return dataclasses.replace(figure, metric="dang_vien_gioi_thieu", stage="admitted")


def _percent_kind(figure: Figure) -> str | None:
    """No share is over 100%: "Tỉ lệ ký kết thỏa ước lao động tập thể đạt 104,4%" is of the plan
    (h3-054; no annotated share in any set is over 100%)."""
    # (a range of percents is kept by its lower bound, so a percent is always one number)
    if figure.percent_kind == "rate" and figure.percent is not None and figure.percent > 100:
        return "of_target"
    return figure.percent_kind


def _span(sentence: str, figure: Figure) -> str:
    """The figure's words, with the bracket its percent opened closed: "kết nạp 74/120 đoàn viên
    (61,7%)", not "… (61,7%"."""
    span = sentence[figure.start : figure.end].strip(" ,;(")
    end = sentence.find(span, figure.start) + len(span)
    if span.count("(") > span.count(")") and sentence[end : end + 1] == ")":
        span += ")"
    return span


def _record(figure: Figure, mentions: Mentions, figures: list[Figure], title, lead) -> dict:
    sentence = mentions.sentence
    others = [(f.start, f.end) for f in figures if f is not figure]
    where = organisation_and_period(mentions, (figure.start, figure.end), others, title, lead)
    for name in ("organisation", "period"):
        if getattr(figure, name):
            # (not the dash or colon a list's item ends its name with: "LĐLĐ huyện Lâm Thao – 4
            # CĐCS", probes307)
            said = getattr(figure, name).rstrip(" –—-:")
            where[name], where[f"{name}_from"] = said, "sentence"
    record = {
        "metric": figure.metric,
        "stage": figure.stage,
        "label": figure.label,
        "kind": figure.kind,
        "achieved": figure.achieved,
        "target": figure.target,
        "percent": figure.percent,
        "percent_kind": _percent_kind(figure),
        "qualifiers": figure.qualifiers,
        **where,
        "text_span": _span(sentence, figure),
        "sentence": sentence,
    }
    return {key: record[key] for key in FIELDS}


def _count_of(figure: Figure) -> tuple:
    """What a figure counts and how many (a range's bounds are a dict: compared, not hashed)."""
    return figure.metric, figure.kind, figure.achieved


def _the_list_reads_more(figures: list[Figure], listed: list[Figure]) -> bool:
    """Whether a headed list's figures (listed_counts) read more than the rules did of the line:
    one figure of the list's first indicator at most, or only counts the list reads too (a line of
    several headed lists, "Thành lập CĐCS: …; giới thiệu đoàn viên ưu tú cho Đảng: huyện Kỳ Sơn
    14 người, …", whose one item the rules read alone)."""
    said = [_count_of(f) for f in listed]
    # (as many, the same counts, the list naming more of their bodies: "Thành lập CĐCS mới …: TP
    # Vinh 7 đơn vị, Hoàng Mai 4 đơn vị, Quỳnh Lưu 3 đơn vị, Diễn Châu 3 đơn vị", probes279)
    if len(listed) == len(figures):
        named = sum(bool(f.organisation) for f in listed) > sum(
            bool(f.organisation) for f in figures
        )
        return named and all(_count_of(f) in said for f in figures)
    if len(listed) < len(figures):
        return False
    if len(figures) <= 1 and all(
        (f.metric, f.kind) == (listed[0].metric, listed[0].kind) for f in figures
    ):
        return True
    return all(_count_of(f) in said for f in figures)


def _party_admits_its_own(figure: Figure, sentence: str) -> bool:
    """Under a headline about the Party's own admissions, a Party figure that names none of the
    union's people, in a sentence that names no union in what it says of them (_said_of): "Trong
    buổi lễ, 8 quần chúng ưu tú được kết nạp Đảng" (a union word further on, "…, góp phần … công
    đoàn", says nothing of whom the Party admitted)."""
    if figure.metric != "dang_vien_gioi_thieu" or UNION_PEOPLE.search(
        sentence[figure.start : figure.end]
    ):
        return False
    # (nor those said right after to be union members or the union's introductions: "Chi bộ Công
    # ty kết nạp 5 đảng viên mới, đều là đoàn viên công đoàn được Công đoàn Công ty giới thiệu"
    # under a Party cell's headline, probes412; CONVENTIONS.md)
    if UNION_MEMBERS_RIGHT_AFTER_RE.match(
        sentence, figure.end
    ) or _INTRODUCED_BY_A_UNION_AFTER.match(sentence, figure.end):
        return False
    return not UNION.search(_said_of(figure, sentence))


def _may_repeat_a_plan(figure: Figure) -> bool:
    """A count that may be a target the headline or sa-pô set, said again with nothing done:
    "Phấn đấu kết nạp mới 1.000 đoàn viên công đoàn …", then "Đặc biệt, các cấp công đoàn trong
    tỉnh thi đua phát triển, kết nạp mới 1.000 đoàn viên công đoàn" (H33-024)."""
    return (
        figure.kind == "result"
        and figure.target is None
        and isinstance(figure.achieved, (int, float))
    )


def _says_nothing_done(sentence: str) -> bool:
    """No word of a deed done, and no time of its own to say when: "Năm 2022, LĐLĐ tỉnh … thành
    lập mới 5 …" was done then."""
    return not (
        RESULT_MARKERS.search(POTENTIAL_DUOC_RE.sub(" ", sentence)) or OWN_TIME_RE.search(sentence)
    )


def _names_a_course(text: str) -> bool:
    """Does `text` name a course, not the Party's?"""
    return bool(COURSE.search(text)) and not PARTY_CASED.search(text)


def _against_its_target(figure: Figure) -> bool:
    return figure.kind == "result" and figure.achieved is not None and figure.target is not None


def _a_part_of_a_result(figure: Figure, sentence: str, before: Sequence[Figure]) -> bool:
    """ "Trong đó, khu vực doanh nghiệp FDI kết nạp hơn 6.000 đoàn viên mới" after 8.215 members
    recruited (probes210): a part of what was done before it, no plan, whatever plan is near."""
    if not _AMONG_THEM_START.match(sentence) or not all_numbers(figure.achieved):
        return False
    return any(
        f.kind == "result"
        and (f.metric, f.stage, f.label) == (figure.metric, figure.stage, figure.label)
        and all_numbers(f.achieved)
        and f.achieved >= figure.achieved
        for f in before
    )


_SQUARE_BRACKETS = str.maketrans("[]", "()")


_DIGIT_RE = re.compile(r"\d")


def _as_read(sentence: str) -> tuple[str, Sequence[int]]:
    """The sentence as the rules read it (abbreviations in brackets out, percent signs, spaces and
    magnitudes made regular), and where each of its characters was in the sentence as written."""
    read, where = without_abbreviations(sentence)
    # (square brackets as round ones, one character for one: "Thành lập CĐCS: 28 đơn vị [đạt 140%
    # KH]", probes275)
    read = read.translate(_SQUARE_BRACKETS)
    for rewrite in (
        with_years_of_chart_cells,
        with_tones_placed,
        with_regular_thousands,
        with_percent_signs,
        with_percent_ranges_floored,
        with_counts_before_their_shares,
        with_halves_as_percents,
        with_spaces,
        with_ranges_in_words,
        with_deeds_written_out,
        with_magnitudes_in_digits,
        with_self_corrections,
        with_introducers_said,
        with_only_so_many_said_plainly,
        with_turn_said_before_its_preposition,
        with_targets_raised_to_said_plainly,
        with_shares_of_the_target_said_reached,
        with_results_raised_to_said_as_totals,
        with_deeds_of_counts_done_said,
    ):
        read, moved = rewrite(read)
        where = moved_through(where, moved)
    return read, where


def _results_counted(
    read: str, before: list[Figure] | None, context: str, context_figures, asked: str = ""
) -> tuple[tuple[str, str], ...]:
    """What a sentence that goes on with the counts around it (a breakdown line, TALLY_LINE_RE; a
    table row; a ranking; "con số này", REFERS_BACK_RE) may count, as (metric, kind): the
    development results the sentence before counted, or, when it counted none, the headline's and
    sa-pô's, counted or named (a breakdown often follows a line of its own: "Kết quả cụ thể như
    sau:"); or the targets they set, when they count nothing done ("Cụ thể: Công đoàn các KCN:
    9.500 đoàn viên, 30 CĐCS; …" under "… phấn đấu kết nạp 15.000 đoàn viên, thành lập 50 CĐCS",
    probes216)."""
    if not (
        TALLY_LINE_RE.match(read)
        or refers_back(read)
        or ranks(read)
        or looks_like_a_row(read)
        or says_a_bare_plan_done(read)
        or lists_percents_by_body(read)
        or lists_bodies_results(read)
    ):
        return ()
    done = {f.metric for f in before or () if f.kind == "result" and f.metric in DEVELOPMENT_COUNTS}
    if not done and asked.rstrip().endswith("?"):
        # (an interview's answer goes on with the indicator its question named, with no number:
        # "PV: Còn thành lập công đoàn cơ sở, thưa ông?" then "– Ông Hùng: Chỉ tiêu giao 18, mình
        # làm được 21", probes272)
        named = indicator_named(asked)
        if named is not None and named[0] in DEVELOPMENT_COUNTS:
            return ((named[0], "result"),)
    said = before or context_figures()
    if not done:
        # (the sentence before counted something else: the headline's and sa-pô's, probes223 read
        # as a whole article)
        done = {f.metric for f in context_figures() if f.kind == "result"}
        # (the deed each names: "… vừa công bố kết quả thành lập CĐCS năm 2025, với 5 đơn vị dẫn
        # đầu toàn tỉnh" ranks unions founded, probes328)
        for named in DEVELOPMENT_DONE.finditer(context):
            founding = re.search(r"thành lập", named.group(0), re.IGNORECASE)
            done.add("cdcs_thanh_lap" if founding else "doan_vien_ket_nap")
    planned = [f for f in said if f.kind == "plan" and f.metric in DEVELOPMENT_COUNTS]
    bare_plan_done = not done and says_a_bare_plan_done(read)
    if bare_plan_done and planned:
        # (a target said bare, then what was done of it, under a sa-pô that set targets: of the
        # one whose number it says again, or of the only one: "“Chỉ tiêu 15.000 mà đến giờ mới
        # được chừng 9.800, tức là khoảng 65%, …”" under "… giao chỉ tiêu kết nạp 15.000 đoàn
        # viên, thành lập 60 CĐCS", probes407)
        numbers = {q.value for q in quantities(read) if not q.percent}
        echoed = {f.metric for f in planned if repr(f.target) in map(repr, numbers)}
        metrics = {f.metric for f in planned}
        done = echoed if len(echoed) == 1 else metrics if len(metrics) == 1 else set()
    if bare_plan_done and not planned:
        # (or the one development deed the headline and sa-pô name with no count: "“LĐLĐ huyện
        # Krông Pắc được giao 150, đến nay đã làm được 162, …”" under "… giao chỉ tiêu phát triển
        # đoàn viên năm 2024 cho 22 công đoàn cấp trên cơ sở", probes414)
        named = {metric for metric, words in _DEVELOPMENT_NAMED if words.search(context)}
        done = named if len(named) == 1 else set()
    if not done and _RESULTS_LINE_RE.match(read):
        # (a line of results, under a sa-pô that set only targets: the results of those targets,
        # "Kết quả cụ thể: LĐLĐ huyện Yên Dũng 7/6 CĐCS (đạt 116,7% kế hoạch); …" under "…
        # được giao chỉ tiêu thành lập mới 60 CĐCS, kết nạp 6.000 đoàn viên", probes408)
        done = {f.metric for f in planned}
    if done:
        return tuple((metric, "result") for metric in sorted(done))
    return tuple(sorted({(f.metric, "plan") for f in said if f.kind == "plan"}))


_DEVELOPMENT_NAMED = (
    (
        "doan_vien_ket_nap",
        re.compile(r"\b(?:kết nạp|phát triển)\s+(?:mới\s+)?(?:đoàn viên|ĐVCĐ)\b", re.I),
    ),
    ("cdcs_thanh_lap", re.compile(r"\bthành lập\s+(?:mới\s+)?(?:CĐCS|công đoàn)\b", re.I)),
)
_RESULTS_LINE_RE = re.compile(r"\W*kết quả(?:\s+(?:cụ thể|như sau))?\s*:", re.IGNORECASE)


def _table_rows(
    read: str, table: tuple[Header, bool] | None, before: str, counted_before
) -> tuple[list[Figure] | None, tuple[Header, bool] | None, int]:
    """The figures of a table's rows in a line, read by the header the line opens with or by the
    header of the lines before it (None when the line is no rows of it); the table the next line
    may go on with (its header, and whether it sets targets, as the words before its header say:
    `before`, the line before it or the headline and sa-pô); where the table begins in the line.
    `counted_before()`: the figures the text before the table states, whose one indicator is that
    of rows that name none."""
    found = read_header(read)
    if found is not None:
        header, rows_at = found
        # (the one indicator the text before counts, or a caption before names)
        caption = captions_indicator(read[: header.start] or before)
        counted = (
            {caption}
            if caption is not None
            else {(f.metric, f.stage, f.label) for f in counted_before() if f.kind == "result"}
        )
        header = with_the_indicator(header, counted)
        table = (
            header,
            sets_targets(read[: header.start] + " " + before) and not reads_results(header),
        )
        start = header.start
    elif table is not None and (sub := with_a_sub_header(table[0], read)) is not None:
        return [], (sub, table[1]), len(read)
    elif table is not None and continues_a_table(read, table[0]):
        rows_at = start = 0
    else:
        return None, None, len(read)
    header, targets = table
    rows = header_rows(read, header, rows_at)
    # (a row of what was done, under a table of targets, is done: "Thực hiện năm 2024 (để tham
    # khảo) | 36.820 | 98" under "TT | Công đoàn cấp trên cơ sở | Chỉ tiêu kết nạp đoàn viên
    # (người) | Chỉ tiêu thành lập CĐCS (đơn vị)", probes373)
    done = bool(_A_ROW_OF_WHAT_WAS_DONE_RE.match(read, rows_at))
    if rows and targets and not done:
        rows = [as_planned(f) if f.kind == "result" and f.target is None else f for f in rows]
    if rows and done:
        rows = [
            dataclasses.replace(f, kind="result", achieved=f.target, target=None)
            if f.kind == "plan" and f.achieved is None
            else f
            for f in rows
        ]
    return rows, table, start


_A_ROW_OF_WHAT_WAS_DONE_RE = re.compile(
    r"[\s|]*(?:\d{1,2}\s*\|\s*)?(?:thực hiện|kết quả|đã thực hiện)\b", re.IGNORECASE
)


def _course_rows(
    read: str, courses: Courses | None, before: str
) -> tuple[list[Figure] | None, Courses | None]:
    """The officials a line of a table of courses says were trained (None when the line is none
    of it), and the table the next line may go on with."""
    header = read_courses_header(read, before)
    if header is not None:
        return [], header
    if courses is None:
        return None, None
    rows = course_rows(read, courses)
    return rows, courses if rows is not None else None


_TAB_RE = re.compile(r"[ \u00a0]*\t+[ \u00a0]*")


def _tabs_as_bars(text: str) -> str:
    """A table pasted with tabs between its cells, read as one with bars ("STT\tNội dung\tKế
    hoạch\tThực hiện", probes356): each line with a tab is a row, its cells what the tabs part
    (sentences are read with their spaces made regular, so the tabs would be lost)."""
    if "\t" not in text:
        return text
    return "\n".join(
        _TAB_RE.sub(" | ", line.strip("\t ")) if "\t" in line.strip("\t ") else line
        for line in text.split("\n")
    )


def _a_heading_of_targets(text: str) -> bool:
    """Words that set targets and count none themselves: "LĐLĐ tỉnh Kiên Giang: Chỉ tiêu chủ yếu
    năm 2025", "Các chỉ tiêu năm 2026:" (not "… đặt mục tiêu 3.000 đoàn viên mới trong năm 2025",
    whose cells may be of the year before, probes181)."""
    return sets_targets(text) and counts_nothing(text)


def union_stats(text: str, *, title: str | None = None, lead: str | None = None) -> list[dict]:
    """The figures stated in `text` (one sentence or an article body), in the order they appear."""
    title = normalize_text(title) if title else None
    lead = normalize_text(lead) if lead else None
    records = []
    context = " ".join(filter(None, (title, lead)))
    # (a course the headline or sa-pô names is what union officials said to attend something are
    # at; not the Party's course: "mở lớp bồi dưỡng nhận thức về Đảng cho 120 đoàn viên công đoàn
    # ưu tú")
    course_context = _names_a_course(context)
    founding_context = bool(title and FOUNDED_HEADLINE.search(title))
    officials_course = course_context and bool(OFFICIALS_COURSE_HEADLINE.search(context))
    # (not a Party organ's headline over a sa-pô of the union's introductions: "Huyện ủy Thuận
    # Thành: Công đoàn là cầu nối đưa công nhân vào Đảng", then "… các CĐCS … đã giới thiệu 96
    # đoàn viên ưu tú cho Đảng", probes124)
    # (or those admitted from the union's source: "… đã kết nạp 1.050 đảng viên là công nhân lao
    # động, trong đó 726 người từ nguồn đoàn viên do các cấp công đoàn giới thiệu", probes124)
    unions_introductions = bool(
        UNION_INTRODUCES.search(context) or FROM_THE_UNIONS_SOURCE.search(context)
    ) and bool(UNION.search(context))
    party_context = (bool(PARTY_ADMISSION.search(context)) and not UNION.search(context)) or bool(
        title and PARTY_ORGAN_HEADLINE.search(title) and not unions_introductions
    )
    # (under a headline or sa-pô of a union's introductions to the Party, those said admitted with
    # no body named are the ones it introduced: "Kết quả, 5.244/9.612 người đã được kết nạp vào
    # Đảng" under "… 9.600 đoàn viên được giới thiệu cho Đảng", probes94)
    introduced_context = not party_context and unions_introductions
    # What a sentence may continue: the sentence before it, even across a paragraph break (a
    # list of targets often follows its "… phấn đấu:" line), and, for the first, the headline and
    # sa-pô ("LĐLĐ tỉnh Đồng Tháp tập trung thực hiện 12 chỉ tiêu nhiệm vụ năm 2021", then "Cụ thể,
    # kết nạp 6.800 đoàn viên công đoàn; …").
    # Officials trained are a union's only in a text that names a union somewhere (its headline,
    # its sa-pô, any sentence): "Sở Y tế tập huấn cho 200 cán bộ" in general news is no union's,
    # while a union article's "tổ chức 1 lớp tập huấn cho 215 cán bộ" (seed 1) need not say so.
    text = _tabs_as_bars(text or "")
    sentences = [sentence for _paragraph, sentence in split_sentences(text)]
    union_text = bool(UNION.search(context) or any(UNION.search(s) for s in sentences))
    # The Youth Union's "đoàn viên" are a text's whole way through when its headline and sa-pô
    # name the Youth Union and no union, or when the text names the Youth Union somewhere and no
    # union anywhere (headline, sa-pô, any sentence): "Kết quả, năm 2009, đã có 2.355 đoàn viên
    # được kết nạp đảng" in a Youth Union article (H13-007, tienphong.vn) names neither, and an
    # article no union is named in reports no union's members.
    youth_context = not UNION.search(context) and (
        bool(YOUTH.search(context)) or (not union_text and any(YOUTH.search(s) for s in sentences))
    )
    previous = context
    results_headline = bool(
        title and _RESULTS_HEADLINE_RE.search(title) and not PLAN_MARKERS.search(title)
    )
    # What the sentence before states: a detail of a result is no plan, whatever words the plan
    # check finds before it (h2-004's headline "6 tháng đầu năm Liên đoàn lao động thành phố kết
    # nạp 93 đoàn viên", then "Theo đó, …"); for the first, the headline's and sa-pô's, read only
    # when a sentence needs them (None until then).
    previous_figures: list[Figure] | None = None
    # (what a breakdown line goes on with: the last figures, past a heading of the breakdown with
    # none, "Kết quả cụ thể như sau:")
    tallied_before: list[Figure] | None = None
    read_context: list[list[Figure]] = []

    def context_figures() -> list[Figure]:
        if not read_context:
            # (the headline apart from the sa-pô: a headline has no stop to end it, "…: năm 2025 về
            # đích sớm, năm 2026 đặt mục tiêu cao hơn" would plan the sa-pô's results, probes210)
            read_context.append(
                [
                    figure
                    for text in (title, lead)
                    if text
                    for _paragraph, sentence in split_sentences(text)
                    for figure in sentence_figures(_as_read(sentence)[0], youth_context)
                ]
            )
        return read_context[0]

    # (the last of them, for a running total it goes on with)
    previous_sentence = next(
        (split_sentences(text)[-1][1] for text in (lead, title) if text and text.strip()), ""
    )
    previous_youth = False
    pairs_under = context
    # (the header of the table of courses the lines go on with)
    courses: Courses | None = None
    previous_introduced = False
    # (the line before was an infographic's cells of targets, which the next goes on with)
    cells_planned = False
    # (the header of the table the lines go on with: blocks.py writes a table row a line)
    table: tuple[Header, bool] | None = None
    for sentence in sentences:
        read, where = _as_read(sentence)
        rows, table, table_start = _table_rows(
            read,
            table,
            previous,
            lambda said=previous_figures: context_figures() if said is None else said,
        )
        # (a sentence with no number states no figure, and most of a news archive's sentences
        # have none: the rules are not asked of it, though a heading it is still heads what
        # follows; any digit is a number, though no quantity may be read from it, as a legend's
        # cells "Gia Nghĩa 412/400/103%", probes505)
        counts = _DIGIT_RE.search(read) is not None or bool(quantities(read))
        # The Youth Union named in the sentence before and no union since: "Từ năm 2009, các cơ sở
        # đoàn thuộc Đoàn khối Doanh nghiệp T.Ư đã giới thiệu … . Kết quả, năm 2009, đã có 2.355
        # đoàn viên được kết nạp đảng."
        figures = (
            sentence_figures(
                read,
                youth_context or previous_youth,
                course_context or _names_a_course(previous),
                founding_context,
                officials_course,
                introduced_context,
                tallied_results=_results_counted(
                    read, tallied_before, context, context_figures, previous
                ),
            )
            if counts
            else []
        )
        # (who the courses are for may be said by the headline or sa-pô: "LĐLĐ tỉnh Hà Tĩnh mở 9
        # lớp tập huấn cho hơn 1.000 cán bộ công đoàn cơ sở", probes278)
        course_figures, courses = _course_rows(read, courses, f"{previous} {context}")
        if rows is None and course_figures is not None:
            # (a course table's rows, in place of what their numbers said one by one)
            figures = course_figures
        if counts and rows is None and all(f.achieved is None for f in figures):
            # (an infographic's count before its label, which the rules read as a percent alone)
            figures = count_before_its_label(read) or figures
        if counts and rows is None:
            # (a list's first item the rules read alone gives way to the whole list: "Kết nạp
            # đoàn viên mới: huyện Yên Thành 312 người, huyện Đô Lương 208 người")
            listed = listed_counts(read, previous)
            if _the_list_reads_more(figures, listed):
                figures = listed
        if counts and rows is None and not figures:
            figures = breakdown_counts(
                read, lambda said=previous_figures: said or context_figures()
            )
        # (rows of label and value pairs go on with the line before the first of them: "Chỉ
        # tiêu giao năm 2026:" then "Kết nạp đoàn viên | 3.500", "Thành lập CĐCS | 25")
        paired = (
            label_value_pairs(read, pairs_under) if counts and rows is None and not figures else []
        )
        figures = paired or figures
        pairs_under = pairs_under if paired else read
        youth_table = (youth_context or YOUTH.search(read)) and not UNION.search(read)
        if rows is not None and not youth_table:
            # (a table's rows read by its header, in place of what their numbers said one by one;
            # a row its header gives nothing of is none, "Tổng số đoàn viên | 64.000 | 65.215 |
            # 101,9", a stock, under "Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%)", probes258)
            figures = [f for f in figures if f.end <= table_start] + rows
        previous_youth = bool(YOUTH.search(read)) and not UNION.search(read)
        if party_context:
            figures = [f for f in figures if not _party_admits_its_own(f, read)]
        elif introduced_context:
            figures = [_admitted_by_the_context(f, read) for f in figures]
        elif not (
            CONTINUATION.match(read) and (UNION.search(previous) or UNION_PEOPLE.search(previous))
        ):
            # (a sentence going on with one that names them: "… giới thiệu 250 đoàn viên ưu tú cho
            # Đảng. Trong số đó, 178 đồng chí đã được kết nạp vào Đảng")
            figures = [f for f in figures if not _no_union_people_admitted(f, read, figures)]
        if not union_text:
            figures = [f for f in figures if f.metric != "can_bo_tap_huan"]
        if previous_introduced and _AMONG_THEM_START.match(read):
            # "… giới thiệu 90 đoàn viên ưu tú cho Đảng. Trong số đó, 61 đồng chí đã được kết nạp."
            figures = [_admitted(f) for f in figures]
        elif previous_introduced and _ADMITTED_LABEL_RE.match(read):
            # (an infographic's next cell: "Giới thiệu đoàn viên ưu tú cho Đảng: 1.126 người |
            # Được kết nạp: 614 người", probes334)
            figures = [_admitted_by_the_context(f, read) for f in figures]
        # ("Trong đó" goes on with the last thing counted: not with introductions a list named
        # before its conferences, "… giới thiệu 38 đoàn viên ưu tú cho Đảng, đạt 76% …; 92/110 CĐCS
        # … tổ chức hội nghị người lao động …" then "Trong đó, LĐLĐ huyện Vĩnh Bảo dẫn đầu Cụm với
        # 182 đoàn viên mới", probes42 read as a whole article)
        previous_introduced = bool(figures) and figures[-1].metric == "dang_vien_gioi_thieu"
        # (the targets the headline and sa-pô set, which a sentence may say again: H33-024)
        repeats = {id(f) for f in figures if _may_repeat_a_plan(f)} if context else set()
        if repeats and _says_nothing_done(read):
            # (a target may be a range, a dict: "Mỗi năm kết nạp 1.500–1.700 đoàn viên" in the
            # headline stopped the whole article's reading, probes165)
            plans = {(f.metric, repr(f.target)) for f in context_figures() if f.kind == "plan"}
            figures = [
                as_planned(f) if id(f) in repeats and (f.metric, repr(f.achieved)) in plans else f
                for f in figures
            ]
        # (not after a sentence that said what was done, whatever its opening: "Đến hết ngày
        # 31/10/2016, toàn tỉnh đã thành lập được 05 CĐCS, kết nạp mới 127 đoàn viên." then "Trong
        # đó: LĐLĐ thành phố Cao Bằng thành lập 2 CĐCS với 46 đoàn viên; …", probes47 read as a
        # whole article)
        if not previous_figures and continues_a_total(previous_sentence, read):
            figures = without_development_counts(figures)
        before = previous_figures
        if before is None:
            before = context_figures() if CONTINUATION.match(read) else []
        if (
            figures
            and previous
            and not (previous is context and results_headline)
            and (
                continues_a_plan(previous, read, before) or answers_a_plan_question(previous, read)
            )
        ):
            # (a count against its target is what was done of it: "Theo đó, 61/63 Công đoàn cơ sở
            # trực thuộc đạt vững mạnh" after a lead that also sets the next year's tasks)
            figures = [
                f
                if _against_its_target(f) or _a_part_of_a_result(f, read, before)
                else as_planned(f)
                for f in figures
            ]
        cells = a_line_of_cells(read)
        if cells and (cells_planned or _a_heading_of_targets(previous)):
            # (an infographic's cells under a headline of targets: "Phát triển đoàn viên: 2.500 |
            # Thành lập CĐCS: 15" under "… Chỉ tiêu chủ yếu năm 2025", probes369; and the next
            # line of them)
            figures = [
                as_planned(f) if f.kind == "result" and f.target is None else f for f in figures
            ]
        cells_planned = cells and bool(figures) and all(f.kind == "plan" for f in figures)
        previous, previous_sentence, previous_figures = read, read, figures
        if figures or not read.rstrip().endswith(":"):
            tallied_before = figures
        for figure in figures:
            # back to the sentence as written (its spans keep the abbreviations; a span is never
            # past the sentence's end)
            end = min(max(figure.end - 1, 0), len(read) - 1)
            figure.start, figure.end = where[min(figure.start, end)], where[end] + 1
        if figures:
            mentions = Mentions(sentence)
            records.extend(_record(f, mentions, figures, title, lead) for f in figures)
    return records
