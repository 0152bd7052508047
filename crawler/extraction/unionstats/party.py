"""Those introduced to the Party and those admitted of them, read across a sentence's figures."""

from __future__ import annotations

import dataclasses
import re

from . import wording as w
from .figure import (
    Figure,
    all_numbers,
    counted_figure,
    plan_or_result,
    qualifiers_of,
    quantity_at,
    within,
)
from .numbers import NUMBER_IN_WORDS, Quantity, parse_number, quantities, words_value

# Some of those introduced to the Party, admitted, said as x of y: "138 trong số 278 đoàn viên được
# giới thiệu đã được kết nạp vào Đảng" is 278 introduced and 138 admitted (the conventions' two
# figures), not 138 of a target of 278.
_INTRODUCED_THEN_ADMITTED_RE = re.compile(
    r"[^;]{0,80}?\bgiới thiệu\b[^;]{0,80}?(?:được\s+kết nạp|đứng\s+(?:vào|trong)\s+hàng ngũ|"
    r"trở thành đảng viên)",
    re.IGNORECASE,
)


# The share of those introduced who are (to be) admitted, said after them: "giới thiệu 3.000 đoàn
# viên ưu tú cho Đảng, phấn đấu có ít nhất 40% số được giới thiệu được kết nạp", "…, trong đó ít
# nhất 60% được kết nạp" (probes48, 73, 74, 94, 95).
# (or with those introduced named in it: "ít nhất 70% đoàn viên được giới thiệu được kết nạp";
# or as a rate: "Tỷ lệ đoàn viên được kết nạp trên số được giới thiệu đạt gần 60%", "… giới thiệu
# 80 đoàn viên và tỷ lệ được kết nạp đạt trên 65%", probes117)
_ADMITTED_SHARE_RE = re.compile(
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<num>\d{{1,3}}(?:,\d+)?)\s*%\s*(?:trở lên\s+)?"
    # (of those said just before: "… giới thiệu hơn 2 nghìn đoàn viên cho các tổ chức đảng, khoảng
    # 55% trong số đó đã được kết nạp", probes955)
    r"(?:trong\s+số\s+(?:đó|này)\s+)?"
    r"(?:(?:(?:của\s+)?(?:số|tổng số)(?:\s+(?:đoàn viên|người|quần chúng))?(?:\s+(?:ưu tú\s+)?được"
    r"\s+giới thiệu|\s+này|\s+đó)"
    r"|(?P<named>đoàn viên|người|quần chúng)(?:\s+ưu tú)?\s+được\s+giới thiệu)\s+)?"
    r"(?:trở lên\s+)?(?:(?:sẽ|đã)\s+)?(?:được\s+)?"
    r"(?:(?:xem xét\s*,?\s*)?kết nạp(?:\s+(?:vào\s+)?Đảng)?|đứng vào hàng ngũ(?:\s+của)?\s+Đảng|"
    r"trở thành đảng viên)\b"
    # (those introduced named before the deed: "Tỷ lệ đoàn viên công đoàn được giới thiệu đã được
    # kết nạp vào Đảng đạt 64,3%", "Tỷ lệ đoàn viên được giới thiệu đã được kết nạp của tỉnh là hơn
    # 63%", probes307, probes308)
    r"|\bt[ỷỉ] lệ\s+(?:(?:đoàn viên(?:\s+công đoàn)?|người|quần chúng)(?:\s+ưu tú)?\s+)?"
    # (or "do công đoàn giới thiệu", by whom, and where: "tỷ lệ đoàn viên do công đoàn giới thiệu
    # được kết nạp vào Đảng ở Công đoàn ngành Công Thương tỉnh Thanh Hóa đạt 68,4%", probes955)
    r"(?P<introduced_first>(?:(?:đã\s+)?được|do)\s+(?:công đoàn\s+)?giới thiệu\s+)?"
    r"(?:(?:đã|sẽ)\s+)?(?:được\s+)?kết nạp"
    r"(?:\s+(?:vào\s+)?Đảng)?(?P<of_introduced>\s+(?:trên|so với)\s+(?:tổng\s+)?số\s+"
    r"(?:(?:đoàn viên|người|quần chúng)\s+)?(?:được\s+)?giới thiệu)?"
    r"(?:\s+(?:của|ở|tại)\s+[^\W\d][^,;%\d]{0,60}?)?"
    rf"\s+(?:đạt|là|chiếm)\s+(?:(?P<qual2>{w.QUALIFIER})\s+)?(?P<num2>\d{{1,3}}(?:,\d+)?)\s*%",
    re.IGNORECASE,
)


# ... or named before it: "Trong số đoàn viên được giới thiệu, phấn đấu có ít nhất 70% được kết nạp
# vào Đảng" (probes170)
_AMONG_THE_INTRODUCED_RE = re.compile(rf"{w.AMONG_THE_INTRODUCED}[^;%\d]*$", re.IGNORECASE)
# ... or as the subject the share is had of: "Số đoàn viên được Công đoàn Tổng công ty … giới thiệu
# năm 2024 có 72% đã được kết nạp vào Đảng" (probes955)
_THE_INTRODUCED_HAVE_RE = re.compile(
    r"(?:^|[,;:“\"]\s*)Số\s+(?:đoàn viên|người|quần chúng)\b[^,;%]{0,90}?\bgiới thiệu\b"
    r"[^,;%\d]{0,12}(?:\s+(?:19|20)\d\d)?\s+có\s*(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$",
    re.IGNORECASE,
)
_REFERS_BACK_RE = re.compile(r";\s*trong\s+(?:đó|số\s+(?:đó|này))\s*,?\s*(?:có\s+)?$", re.I)


def admitted_shares(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The share of those introduced (a figure before it) who are admitted, said with no count."""
    if "%" not in sentence:
        return figures
    added = []
    for match in _ADMITTED_SHARE_RE.finditer(sentence):
        number = "num" if match["num"] else "num2"
        at = match.start(number)
        if any(f.start <= at < f.end for f in figures):
            continue
        introduced = [f for f in figures if f.stage == "introduced" and f.end <= match.start()]
        # (those introduced named in the share itself need no figure of theirs before it)
        named = (
            match["named"]
            or match["of_introduced"]
            or match["introduced_first"]
            or _AMONG_THE_INTRODUCED_RE.search(sentence, 0, match.start())
            or _THE_INTRODUCED_HAVE_RE.search(sentence, 0, match.start())
        )
        # ("trong đó" refers back past a semicolon: "…; giới thiệu ít nhất 1.000 đoàn viên ưu tú
        # cho Đảng xem xét; trong đó ít nhất 60% được kết nạp", probes149)
        apart = bool(introduced) and ";" in sentence[introduced[-1].end : match.start()]
        if apart and _REFERS_BACK_RE.search(sentence, 0, match.start()):
            apart = False
        if not named and (not introduced or apart):
            continue
        if introduced and not (named and ";" in sentence[introduced[-1].end : match.start()]):
            kind = introduced[-1].kind
        else:
            kind = plan_or_result(sentence, match.start(), Quantity(at, at, None))
        figure = Figure(
            metric="dang_vien_gioi_thieu",
            kind=kind,
            start=match.start(),
            end=match.end(),
            percent=parse_number(match[number]),
            percent_kind="rate",
            stage="admitted",
            verb="kết nạp",
        )
        qualifier = match["qual"] or match["qual2"]
        if qualifier or "trở lên" in match.group(0).lower():
            figure.qualifiers["percent"] = (qualifier or "trở lên").lower()
        added.append(figure)
    return sorted(figures + added, key=lambda f: f.start)


_X_OF_Y_RE = re.compile(r"\d\s*(?:/|\btrên\b|\btrong\s+(?:tổng\s+)?số\b)\s*\d", re.IGNORECASE)


def admitted_out_of_introduced(sentence: str, figures: list[Figure]) -> list[Figure]:
    read = []
    for figure in figures:
        if (
            figure.metric == "dang_vien_gioi_thieu"
            and figure.kind == "result"
            and all_numbers(figure.achieved, figure.target)
            and figure.percent is None
            and _INTRODUCED_THEN_ADMITTED_RE.match(sentence, figure.start)
            # (said as x of y: not a count given a target said apart, "Chỉ tiêu năm 2025 là giới
            # thiệu 200 đoàn viên ưu tú; đến nay đã giới thiệu 156 người, trong đó 92 người đã được
            # kết nạp", probes228)
            and _X_OF_Y_RE.search(sentence, figure.start, figure.end)
        ):
            read.append(dataclasses.replace(figure, stage="admitted", target=None))
            read.append(
                dataclasses.replace(
                    figure, stage="introduced", achieved=figure.target, target=None, qualifiers={}
                )
            )
            continue
        read.append(figure)
    return read


# All of those just introduced admitted, their count said again with "cả": "công đoàn trường đã
# giới thiệu 4 giáo viên trẻ cho Chi bộ, cả 4 đã được kết nạp", "… giới thiệu 9 người, cả 9 đều
# đã được Chi bộ kết nạp" (probes117).
ALL_OF_THEM_ADMITTED = re.compile(
    # (or "và" alone: "giới thiệu 3 đoàn viên và cả 3 đã được Chi bộ kết nạp", probes154)
    # (in words too: "giới thiệu ba đoàn viên ưu tú và cả ba đã được kết nạp", probes331)
    rf"[^;.\d]{{0,60}}?(?:[,;]\s*(?:và\s+)?|\s+và\s+)(?:tất\s+)?cả\s+"
    rf"(?P<n>\d+|(?:{NUMBER_IN_WORDS}))\s+"
    r"(?:người\s+|đồng chí\s+)?"
    r"(?:đều\s+)?(?:đã\s+)?(?:đều\s+)?được\s+(?:[^,;.\d]{0,40}?\s)?kết nạp\b"
    r"(?:\s+(?:vào\s+)?(?:hàng ngũ(?:\s+của)?\s+)?Đảng\b)?",
    re.IGNORECASE,
)


def _count_said(said: str):
    return parse_number(said) if said[0].isdigit() else words_value(said)


def all_of_them_admitted(sentence: str, figures: list[Figure]) -> list[Figure]:
    added = []
    for figure in figures:
        if figure.stage != "introduced" or figure.kind != "result":
            continue
        match = ALL_OF_THEM_ADMITTED.match(sentence, figure.end)
        if match is None or _count_said(match["n"]) != figure.achieved:
            continue
        start = sentence.rfind("cả", figure.end, match.start("n"))
        added.append(
            dataclasses.replace(
                figure, stage="admitted", start=start, end=match.end(), qualifiers={}
            )
        )
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# Union members among the new Party members a Party organ admitted: "toàn Đảng bộ Khối đã kết nạp
# 1.286 đảng viên mới, trong đó có 903 đoàn viên công đoàn ưu tú" (probes117; the whole is the
# Party's own, the part the union's people).
_UNION_MEMBERS_AMONG_ADMITTED_RE = re.compile(
    rf"\bkết nạp\s+(?:được\s+)?(?:(?:{w.QUALIFIER})\s+)?[\d.]+\s+đảng viên(?:\s+mới)?\s*,\s*"
    rf"trong đó(?:\s+có)?\s+(?:(?:{w.QUALIFIER})\s+)?(?P<n>\d[\d.]*)\s+"
    rf"(?:(?:đảng viên|người|đồng chí)\s+)?(?:là\s+)?{w.UNION_MEMBER_WORDS}(?:\s+ưu tú)?",
    re.IGNORECASE,
)


def union_members_among_admitted(sentence: str, figures: list[Figure]) -> list[Figure]:
    added: list[Figure] = []
    if "đảng viên" not in sentence.lower():
        return figures
    found = quantities(sentence)
    for match in _UNION_MEMBERS_AMONG_ADMITTED_RE.finditer(sentence):
        quantity = quantity_at(found, match.start("n"))
        if quantity is None or within(figures, quantity.start):
            continue
        kind = plan_or_result(sentence, match.start(), quantity)
        figure = counted_figure(
            "dang_vien_gioi_thieu",
            kind,
            sentence.rfind("trong đó", match.start(), quantity.start),
            match.end(),
            quantity,
            stage="admitted",
            verb="kết nạp",
        )
        figure.qualifiers.update(qualifiers_of(quantity, kind, sentence, match.end()))
        added.append(figure)
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# ... or said after a Party organ's new members counted as people, some of whom are union members:
# "Lớp đảng viên mới được kết nạp dịp 3/2 của Đảng bộ phường Dĩ An có 28 người, 16 người trong số
# đó là đoàn viên công đoàn được Công đoàn phường Dĩ An giới thiệu" (probes955): the whole is the
# Party's own, the part the union's people admitted.
_THEIR_UNION_MEMBERS_AFTER_RE = re.compile(
    rf"\s*,\s*(?:trong đó(?:\s+có)?\s+)?(?:(?:{w.QUALIFIER})\s+)?(?P<n>\d[\d.]*)\s+"
    r"(?:người|đồng chí|đảng viên)\s+(?:trong số (?:đó|này)\s+)?(?:đều\s+)?là\s+"
    rf"(?:{w.UNION_MEMBER_WORDS}|đoàn viên\s+do\s+công đoàn\b)",
    re.IGNORECASE,
)


def union_members_among_the_partys_new_members(
    sentence: str, figures: list[Figure]
) -> list[Figure]:
    """The part of those admitted said to be union members, in place of their whole."""
    for whole in [f for f in figures if f.stage == "admitted" and f.kind == "result"]:
        said = _THEIR_UNION_MEMBERS_AFTER_RE.match(sentence, whole.end)
        if said is None or re.search(w.UNION_MEMBER_WORDS, sentence[whole.start : whole.end]):
            continue
        part = next((f for f in figures if f.start <= said.start("n") < f.end), None)
        if part is None or part.achieved != parse_number(said["n"]):
            continue
        part.stage, part.verb = "admitted", "kết nạp"
        figures = [f for f in figures if f is not whole]
    return figures


# Those said recruited whose share is of those introduced are admitted to the Party: "Kết quả, đã
# có 298 đoàn viên được kết nạp, đạt tỷ lệ 83,7% số được giới thiệu" (probes147).
_OF_THE_INTRODUCED_RE = re.compile(
    r"\s*(?:so với\s+|trên\s+|của\s+)?(?:tổng\s+)?số\s+(?:đoàn viên\s+|người\s+|quần chúng\s+)?"
    r"(?:đã\s+)?được\s+(?:công đoàn\s+)?giới thiệu\b",
    re.IGNORECASE,
)


def admitted_as_a_share_of_the_introduced(sentence: str, figures: list[Figure]) -> list[Figure]:
    """… and their percent is a share of those introduced (a rate), whatever its verb ("bằng
    58,4% số được giới thiệu", probes94)."""
    read = []
    for figure in figures:
        if figure.stage in (None, "admitted") and _OF_THE_INTRODUCED_RE.match(sentence, figure.end):
            verb = (figure.verb or "").lower()
            if figure.metric == "doan_vien_ket_nap" and verb.startswith("kết nạp"):
                figure = dataclasses.replace(
                    figure, metric="dang_vien_gioi_thieu", stage="admitted"
                )
            if figure.stage == "admitted" and figure.percent is not None:
                figure.percent_kind = "rate"
        read.append(figure)
    return read


# Those admitted of the ones just introduced, said with the bare deed: "Công đoàn Sở Y tế giới
# thiệu 11 người, kết nạp 8; Công đoàn Sở Giáo dục và Đào tạo giới thiệu 9 người, kết nạp 7"
# (probes154).
# (or by the Party, or as a report's fragment: "giới thiệu sang Đảng 520 người, Đảng kết nạp 361,
# tỷ lệ gần 70%", probes162; "Giới thiệu cho Đảng: 19 đoàn viên ưu tú; được kết nạp: 11",
# probes156, probes165)
_ADMITTED_BARE_RE = re.compile(
    r"(?:\s+ưu tú)?(?:\s+cho\s+(?:Đảng|chi bộ|cấp ủy)\b[^,;\d]{0,30}?)?\s*[,;]\s*"
    # (or of them: "phấn đấu giới thiệu 50 đoàn viên ưu tú cho Đảng, trong đó kết nạp ít nhất 35
    # người", probes211)
    r"(?:trong\s+(?:số\s+)?đó\s*,?\s*)?"
    # (the organ named in full: "các CĐCS giới thiệu 41 người, Đảng ủy Tổng công ty kết nạp được
    # 28, …", probes331)
    # (any Party organ, with "các" too: "…, các đảng bộ trường học đã kết nạp 140 đồng chí")
    r"(?:(?:[Cc]ác\s+)?(?:Đảng|[Cc]hi bộ|[Đđ]ảng (?:ủy|uỷ|bộ)|[Cc]ấp (?:ủy|uỷ)|"
    r"tổ chức (?:cơ sở )?đảng)"
    r"(?:\s+(?!(?:đã|được|kết)\b)[^\s,;\d]+){0,6}?\s+)?"
    r"(?:(?:đã|được)\s+){0,2}"
    # (a floor too: "phấn đấu giới thiệu 70 đoàn viên ưu tú cho Đảng, kết nạp từ 45 người trở lên",
    # probes191)
    r"kết nạp(?:\s+được)?\s*:?\s+(?:(?P<floor>từ|ít nhất)\s+)?(?P<n>\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?:\s+(?:người|đồng chí))?(?(floor)(?:\s+trở lên)?)"
    rf"(?:\s*,\s*(?:đạt\s+)?t[ỷỉ] lệ\s+(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<pct>\d+(?:,\d+)?)\s*%)?"
    r"(?=\s*(?:[,;]|\.(?!\d)|$))",
)


# (or those of them admitted, said with their count first and the Party left unsaid: "– Ông …:
# 1.126 đoàn viên ưu tú, trong đó 734 người đã được kết nạp", the answer to how many the union
# introduced, probes437)
_ADMITTED_AMONG_THEM_RE = re.compile(
    r"(?:\s+ưu tú)?(?:\s+cho\s+(?:Đảng|chi bộ|cấp ủy)\b[^,;\d]{0,30}?)?\s*[,;]\s*"
    r"trong\s+(?:số\s+)?đó\s*,?\s*(?:có\s+)?"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)\s+(?:người|đồng chí|đoàn viên)\s+"
    r"(?:(?:đã|đều|được)\s+){1,3}(?<=được\s)kết nạp(?:\s+(?:vào\s+)?Đảng)?"
    # (the groups _ADMITTED_BARE_RE's readers look up, never said here)
    r"(?P<floor>)?(?P<qual>)?(?P<pct>)?"
    r"(?=\s*(?:[,;]|\.(?!\d)|$))",
    re.IGNORECASE,
)


def admitted_said_bare(sentence: str, figures: list[Figure]) -> list[Figure]:
    added, replaced = [], []
    for figure in figures:
        if figure.stage != "introduced" or not all_numbers(figure.achieved or figure.target):
            continue
        admitted = _ADMITTED_BARE_RE.match(sentence, figure.end)
        among = None if admitted else _ADMITTED_AMONG_THEM_RE.match(sentence, figure.end)
        admitted = admitted or among
        if admitted is None:
            continue
        # (people counted there as members recruited are those the Party admitted: "đã giới thiệu
        # được 9 người, kết nạp được 7 người", probes191)
        there = [f for f in figures if f.start <= admitted.start("n") < f.end]
        if there and not all(f.metric == "doan_vien_ket_nap" for f in there):
            continue
        if admitted["floor"] and figure.kind != "plan":
            continue
        replaced.extend(there)
        percent = parse_number(admitted["pct"]) if admitted["pct"] else None
        number = parse_number(admitted["n"])
        qualifiers = {"percent": admitted["qual"].lower()} if admitted["qual"] else {}
        if admitted["floor"]:
            qualifiers["target"] = admitted["floor"].lower()
        added.append(
            dataclasses.replace(
                figure,
                stage="admitted",
                start=admitted.start("n")
                if among
                else admitted.start() + admitted.group(0).lower().index("kết"),
                end=admitted.end(),
                achieved=number if figure.kind == "result" else None,
                target=number if figure.kind == "plan" else None,
                percent=percent,
                percent_kind="rate" if percent is not None else None,
                qualifiers=qualifiers,
                verb="kết nạp",
            )
        )
    if not added:
        return figures
    kept = [f for f in figures if not any(f is r for r in replaced)]
    return sorted(kept + added, key=lambda f: f.start)
