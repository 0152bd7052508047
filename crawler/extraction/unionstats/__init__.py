"""Union-development statistics read out of Vietnamese union news (issue #10).

`union_stats(text, title=..., lead=...)` finds, sentence by sentence, the figures of membership
development: grassroots unions founded, members recruited, members introduced to or admitted to the
Party, officials trained, and other indicators; FIELDS is the shape of one figure. Rules over the
Vietnamese wording (wording.py), no model: every decision can be read and argued with.
"""

from __future__ import annotations

import dataclasses
import re

from ..text import normalize_text
from .context import Mentions, organisation_and_period
from .figure import Figure
from .figures import as_planned, continues_a_plan, end_of_clause, sentence_figures
from .sentences import split_sentences, with_percent_signs, with_spaces, without_abbreviations
from .wording import (
    AMONG_THEM,
    CONTINUATION,
    PARTY_ADMISSION,
    PARTY_ORGAN_HEADLINE,
    UNION,
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


def _no_union_people_admitted(figure: Figure, sentence: str) -> bool:
    """With no union and none of its people named up to the figure's clause end, Party members
    admitted are the Party's own, whatever the headline: "Trong nhiệm kỳ đã kết nạp 7 đảng viên
    mới, vượt chỉ tiêu đề ra" (a union's own Party committee at its congress), "Trong buổi lễ, 8
    quần chúng ưu tú được kết nạp Đảng" (a union word further on says nothing of them)."""
    said = sentence[: end_of_clause(sentence, figure.end)]
    # (those introduced to the Party are a mass organisation's, the union's in a union text; the
    # Youth Union's and associations' are read apart: "đơn vị phấn đấu giới thiệu 250 quần chúng ưu
    # tú cho Đảng" under a union's headline)
    if figure.stage == "introduced":
        return False
    return figure.metric == "dang_vien_gioi_thieu" and not (
        UNION.search(said) or UNION_PEOPLE.search(said) or _MEMBERS_SHORT.search(said)
    )


_AMONG_THEM_START = re.compile(rf"^\W*{AMONG_THEM}\b", re.IGNORECASE)


def _admitted(figure: Figure) -> Figure:
    """A recruit counted among those introduced to the Party is one the Party admitted."""
    if figure.metric != "doan_vien_ket_nap" or not (figure.verb or "").lower().startswith(
        "kết nạp"
    ):
        return figure
    return dataclasses.replace(figure, metric="dang_vien_gioi_thieu", stage="admitted")


def _record(figure: Figure, mentions: Mentions, figures: list[Figure], title, lead) -> dict:
    sentence = mentions.sentence
    others = [(f.start, f.end) for f in figures if f is not figure]
    where = organisation_and_period(mentions, (figure.start, figure.end), others, title, lead)
    record = {
        "metric": figure.metric,
        "stage": figure.stage,
        "label": figure.label,
        "kind": figure.kind,
        "achieved": figure.achieved,
        "target": figure.target,
        "percent": figure.percent,
        "percent_kind": figure.percent_kind,
        "qualifiers": figure.qualifiers,
        **where,
        "text_span": sentence[figure.start : figure.end].strip(" ,;("),
        "sentence": sentence,
    }
    return {key: record[key] for key in FIELDS}


def _party_admits_its_own(figure: Figure, sentence: str) -> bool:
    """Under a headline about the Party's own admissions, a Party figure that names none of the
    union's people, in a sentence with no union word up to the figure's clause end: "Trong buổi
    lễ, 8 quần chúng ưu tú được kết nạp Đảng" (a union word further on, "…, góp phần … công
    đoàn", says nothing of whom the Party admitted)."""
    return (
        figure.metric == "dang_vien_gioi_thieu"
        and not UNION_PEOPLE.search(sentence[figure.start : figure.end])
        and not UNION.search(sentence[: end_of_clause(sentence, figure.end)])
    )


def _against_its_target(figure: Figure) -> bool:
    return figure.kind == "result" and figure.achieved is not None and figure.target is not None


def _as_read(sentence: str) -> tuple[str, list[int]]:
    """The sentence as the rules read it (abbreviations in brackets out, percent signs and spaces
    made regular), and where each of its characters was in the sentence as written."""
    read, where = without_abbreviations(sentence)
    for rewrite in (with_percent_signs, with_spaces):
        read, moved = rewrite(read)
        where = [where[i] for i in moved]
    return read, where


def union_stats(text: str, *, title: str | None = None, lead: str | None = None) -> list[dict]:
    """The figures stated in `text` (one sentence or an article body), in the order they appear."""
    title = normalize_text(title) if title else None
    lead = normalize_text(lead) if lead else None
    records = []
    context = " ".join(filter(None, (title, lead)))
    youth_context = bool(YOUTH.search(context)) and not UNION.search(context)
    party_context = (bool(PARTY_ADMISSION.search(context)) and not UNION.search(context)) or bool(
        title and PARTY_ORGAN_HEADLINE.search(title)
    )
    # What a sentence may continue: the sentence before it, even across a paragraph break (a
    # list of targets often follows its "… phấn đấu:" line), and, for the first, the headline and
    # sa-pô ("LĐLĐ tỉnh Đồng Tháp tập trung thực hiện 12 chỉ tiêu nhiệm vụ năm 2021", then "Cụ thể,
    # kết nạp 6.800 đoàn viên công đoàn; …").
    # Officials trained are a union's only in a text that names a union somewhere (its headline,
    # its sa-pô, any sentence): "Sở Y tế tập huấn cho 200 cán bộ" in general news is no union's,
    # while a union article's "tổ chức 1 lớp tập huấn cho 215 cán bộ" (seed 1) need not say so.
    sentences = [sentence for _paragraph, sentence in split_sentences(text or "")]
    union_text = bool(UNION.search(context) or any(UNION.search(s) for s in sentences))
    previous = context
    # What the sentence before states: a detail of a result is no plan, whatever words the plan
    # check finds before it (h2-004's headline "6 tháng đầu năm Liên đoàn lao động thành phố kết
    # nạp 93 đoàn viên", then "Theo đó, …").
    previous_figures = [
        figure
        for _paragraph, sentence in split_sentences(context)
        for figure in sentence_figures(_as_read(sentence)[0], youth_context)
    ]
    previous_youth = False
    previous_introduced = False
    for sentence in sentences:
        read, where = _as_read(sentence)
        # The Youth Union named in the sentence before and no union since: "Từ năm 2009, các cơ sở
        # đoàn thuộc Đoàn khối Doanh nghiệp T.Ư đã giới thiệu … . Kết quả, năm 2009, đã có 2.355
        # đoàn viên được kết nạp đảng."
        figures = sentence_figures(read, youth_context or previous_youth)
        previous_youth = bool(YOUTH.search(read)) and not UNION.search(read)
        if party_context:
            figures = [f for f in figures if not _party_admits_its_own(f, read)]
        elif not (
            CONTINUATION.match(read) and (UNION.search(previous) or UNION_PEOPLE.search(previous))
        ):
            # (a sentence going on with one that names them: "… giới thiệu 250 đoàn viên ưu tú cho
            # Đảng. Trong số đó, 178 đồng chí đã được kết nạp vào Đảng")
            figures = [f for f in figures if not _no_union_people_admitted(f, read)]
        if not union_text:
            figures = [f for f in figures if f.metric != "can_bo_tap_huan"]
        if previous_introduced and _AMONG_THEM_START.match(read):
            # "… giới thiệu 90 đoàn viên ưu tú cho Đảng. Trong số đó, 61 đồng chí đã được kết nạp."
            figures = [_admitted(f) for f in figures]
        previous_introduced = any(f.stage == "introduced" for f in figures)
        if previous and continues_a_plan(previous, read, previous_figures):
            # (a count against its target is what was done of it: "Theo đó, 61/63 Công đoàn cơ sở
            # trực thuộc đạt vững mạnh" after a lead that also sets the next year's tasks)
            figures = [f if _against_its_target(f) else as_planned(f) for f in figures]
        previous, previous_figures = read, figures
        for figure in figures:
            # back to the sentence as written (its spans keep the abbreviations)
            figure.start, figure.end = where[figure.start], where[max(figure.end - 1, 0)] + 1
        if figures:
            mentions = Mentions(sentence)
            records.extend(_record(f, mentions, figures, title, lead) for f in figures)
    return records
