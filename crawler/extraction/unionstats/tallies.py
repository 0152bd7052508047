"""Tallies by place or time: after one place's or time's count, the next ones' counts with the deed
(and often the noun) left out.

Reports break a result down place by place and say the deed and the noun once: "Theo từng địa
bàn, LĐLĐ huyện Bình Xuyên kết nạp 540 đoàn viên, LĐLĐ thành phố Phúc Yên 410, LĐLĐ huyện Tam
Dương 265"; "thị xã Thuận An thành lập 14 CĐCS, thị xã Dĩ An 11, thị xã Bến Cát 17" (probes149).
Each next count is a figure of the first one's deed. Only places named like the first (the same
kind of body or territory opens both), so that another clause's count is never taken for one.
Speech does the same by time: "Năm ngoái, chúng tôi giới thiệu được 87 người cho Đảng, năm nay đến
giờ mới được 35 người" (probes147)."""

from __future__ import annotations

import dataclasses
import re

from . import wording as w
from .figure import (
    METRICS_OF_UNIT,
    Figure,
    all_numbers,
    is_ratio,
    take_the_target_named_after,
    unit_of,
)
from .numbers import (
    COUNT_IN_DIGITS,
    NUMBER_IN_WORDS,
    SPOKEN_NUMBER,
    Quantity,
    parse_number,
    quantities,
)

# (and Party bodies, as the first: "… từ nguồn đoàn viên do công đoàn giới thiệu, Đảng bộ Khối
# doanh nghiệp tỉnh kết nạp 142 đảng viên, Đảng bộ huyện Yên Mỹ 37 đảng viên", probes441)
_TALLY_PLACE_KINDS = (*w.PLACE_KINDS, r"Đảng ủy|Đảng bộ|[Cc]hi bộ")
_TALLY_PLACE_WORDS = "|".join(_TALLY_PLACE_KINDS)
# A tally goes on with places of the kind the first one opens with (w.PLACE_KINDS: "quận Hoàng Mai
# kết nạp 3.120 đoàn viên, huyện Gia Lâm 2.870 …").
_NEXT_PLACE_RE = re.compile(
    # (past the rest of the first count's noun: "tập huấn cho 1.860 lượt cán bộ công đoàn, Công
    # đoàn ngành Y tế 420 lượt", probes408)
    # (or of its introduction: "giới thiệu 60 đoàn viên ưu tú cho Đảng xem xét kết nạp, Công
    # đoàn ngành Giáo dục 120", probes441)
    r"(?:(?:\s+[^\W\d][^\s,;()]*){1,10}?(?=\s*[,;]))?"
    r"(?:\s*[,;]\s*(?:và\s+|còn\s+)?|\s+và\s+)"
    # (where it was, as the first place's: "Tại Công ty TNHH Samsung Electronics Việt Nam Thái
    # Nguyên, công đoàn kết nạp 1.850 đoàn viên; tại Công ty TNHH Trax Việt Nam là 320 đoàn viên",
    # probes405; or whose: "Số đoàn viên kết nạp mới của Công đoàn KCN Phú Bài là 512 người, của
    # Công đoàn ngành Giao thông vận tải là 218 người", probes447)
    r"(?:(?:tại|ở|của)\s+)?"
    # (a district or ward named by its number too: "…, LĐLĐ quận 12 gần 1.900 đoàn viên",
    # probes432)
    rf"(?P<name>(?P<opens>{_TALLY_PLACE_WORDS})"
    # (long names too: "Công đoàn ngành Nông nghiệp và Phát triển nông thôn 2 lớp cho 180 cán bộ",
    # probes441)
    # (a bank's: "…; Công đoàn Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam – 1.587",
    # probes524)
    rf"(?:\s+(?:[^\s,;:\d()%]+|[–-]|(?i:{w.NUMBERED_WARD})(?![\d.,/%]))){{1,13}}?"
    # (or a place named bare, as the first one is: "Hạ Long kết nạp 1.125/1.400 đoàn viên, đạt
    # 80,4% chỉ tiêu; Cẩm Phả 760/900, đạt 84,4%", probes486)
    rf"|(?P<bare>{w.PLACE_NAME}))\s+"
    # (or with "được": "LĐLĐ quận Bình Thủy năm 2022 lập được 5 CĐCS, LĐLĐ quận Ô Môn được 3",
    # probes203; or "là", "có")
    # (or "đạt", as the first place's: "LĐLĐ huyện Bình Xuyên đạt 9/8 CĐCS theo chỉ tiêu, LĐLĐ TP
    # Phúc Yên đạt 6/7", probes459)
    # (or "cho", those trained for: "LĐLĐ thị xã Bình Minh tập huấn cho 1.120 lượt cán bộ công
    # đoàn, LĐLĐ huyện Long Hồ cho 960 lượt", probes500)
    r"(?:(?:cũng\s+|chỉ\s+|mới\s+)?được\s+|là\s+|có\s+|chỉ\s+(?:có\s+)?|đạt\s+|(?P<for>cho)\s+)?"
    # (or in brackets, as the first place's: "LĐLĐ huyện Xuân Trường (hơn 800 đoàn viên), LĐLĐ
    # huyện Giao Thủy (gần 600)", "… (kết nạp 980 trên chỉ tiêu 900 đoàn viên), LĐLĐ thành phố
    # Cẩm Phả (615 trên 550)", probes381)
    r"(?:(?<=\s)(?P<open>\()\s*)?"
    # (its classes before its officials, as the first's: "Công đoàn ngành Công Thương tổ chức 3 lớp
    # tập huấn cho 250 cán bộ; Công đoàn ngành Nông nghiệp … 2 lớp cho 180 cán bộ", probes441)
    r"(?P<classes>\d+\s+lớp(?:\s+tập huấn)?\s+(?:cho|với)\s+)?"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+"
    # (or in words, its noun said: "Huyện Kỳ Sơn thành lập được hai CĐCS, huyện Tương Dương ba
    # CĐCS, còn huyện Quế Phong chỉ một CĐCS", probes405)
    rf"|{SPOKEN_NUMBER}(?=\s+(?:{w.CDCS_WORDS}|nghiệp đoàn|đoàn viên|người)\b)"
    # (or bare, after a first count in words: "LĐLĐ huyện Yên Thế thành lập được ba CĐCS, LĐLĐ
    # huyện Lục Nam bốn, LĐLĐ huyện Tân Yên năm", probes441)
    rf"|(?P<words>{SPOKEN_NUMBER})(?=\s*[,;.]|\s*$|\s+và\b))"
    # (x/y as the first place's: "LĐLĐ huyện Yên Dũng thành lập 7/6 CĐCS (đạt 116,7% kế hoạch);
    # LĐLĐ huyện Lạng Giang 5/6 CĐCS (đạt 83,3%)", probes408)
    # (or "trên": "LĐLĐ huyện Diễn Châu thành lập 6 trên 4 CĐCS được giao, LĐLĐ huyện Nghi Lộc 5
    # trên 4", probes393)
    # (its target named: "… 318 đoàn viên trên chỉ tiêu 300, vượt 6%; Công đoàn Tổng công ty Sông
    # Đà 205 trên chỉ tiêu 250, đạt 82%", probes441)
    r"(?:(?:/|\s+trên\s+(?:(?:tổng số|chỉ tiêu|kế hoạch)\s+)?(?=\d[\d.]*\s*(?:[,;.]|$)))"
    r"(?P<xy>\d{1,3}(?:\.\d{3})+|\d+))?"
    r"(?![\d%/]|[.,]\d)"
    r"(?(open)(?:\s+trên\s+(?P<t>\d{1,3}(?:\.\d{3})+|\d+)(?![\d%/]|[.,]\d))?)"
    # (the noun said again: "quận Hoàng Mai kết nạp 3.120 đoàn viên, huyện Gia Lâm 2.870 đoàn viên",
    # probes156)
    r"(?:\s+(?P<unit>[^\W\d]+(?:\s+[^\W\d]+)?))??"
    r"(?(open)\s*\))"
    # (and its percent of its target in brackets, as the first place's: "… kết nạp 38.200 đoàn viên
    # (đạt 109%), LĐLĐ TP Thủ Đức 12.640 đoàn viên (đạt 101%)", probes307)
    # (or bare, of x/y: "… 5/6 CĐCS (83,3%)"; or "tương ứng": "LĐLĐ thị xã Quảng Yên đạt 642/600
    # đoàn viên, tương ứng 107% kế hoạch; LĐLĐ thành phố Uông Bí 515/550 đoàn viên, tương ứng
    # 93,6%", probes408)
    rf"(?:\s*\(\s*(?:(?:chỉ tiêu|kế hoạch)\s+(?P<bt>\d{{1,3}}(?:\.\d{{3}})+|\d+)\s*,\s*)?"
    rf"(?:(?P<verb>đạt|vượt)\s+)?(?:(?P<pqual>{w.QUALIFIER})\s+)?"
    r"(?P<pct>\d{1,3}(?:,\d+)?)\s*%\s*\)"
    # (or after a comma with its verb, as the first place's: "LĐLĐ quận Ninh Kiều thành lập 6
    # CĐCS, vượt 20% kế hoạch; quận Cái Răng 4 CĐCS, vượt 33,3%", "… kết nạp 484 trên 800 đoàn
    # viên kế hoạch, đạt 60,5%; Công đoàn ngành Xây dựng 270 trên 300, đạt 90%", probes432, 436)
    # ("bằng" too: "…; LĐLĐ thị xã Ba Đồn đạt 205/200, bằng 102,5%", probes459)
    rf"|\s*,\s*(?:tương ứng(?:\s+với)?|(?P<verb2>đạt|vượt|bằng))\s+"
    rf"(?:(?P<pqual2>{w.QUALIFIER})\s+)?"
    r"(?P<pct2>\d{1,3}(?:,\d+)?)\s*%(?:\s*(?:kế hoạch|chỉ tiêu))?"
    # (or its share of the whole, as the first place's: "LĐLĐ huyện Đức Trọng kết nạp 612 đoàn
    # viên, chiếm 28% số đoàn viên kết nạp mới của toàn tỉnh; LĐLĐ thành phố Bảo Lộc 405 đoàn
    # viên, chiếm 18,5%", probes405)
    r"|\s*,\s*chiếm\s+(?P<share>\d{1,3}(?:,\d+)?)\s*%)?"
    # (or a quote's end: "“… kết nạp được 248 đoàn viên, Công đoàn xã Lương Điền được 190”",
    # probes368)
    r"(?=\s*(?:[,;.)”\"]|và\b|$))",
)
# A figure whose percent of its target is said in brackets after its count (see _NEXT_PLACE_RE).
# (its target too: "kết nạp 326 đoàn viên (chỉ tiêu 300, đạt 108,7%)", probes408)
_PERCENT_IN_BRACKETS_END_RE = re.compile(
    # (or bare: "kết nạp 1.020/1.000 đoàn viên (102%), LĐLĐ huyện Sóc Sơn 815/800 (101,9%)")
    r"\(\s*(?:(?:chỉ tiêu|kế hoạch)\s+[\d.]+\s*,\s*)?(?:(?:đạt|vượt)\s+)?[^()]*%"
    r"(?:\s*(?:kế hoạch|chỉ tiêu)(?:\s+năm)?)?$",
    re.IGNORECASE,
)
# … or after "tương ứng": "đạt 642/600 đoàn viên, tương ứng 107% kế hoạch" (probes408).
# (or its verb: "… thành lập 6 CĐCS, vượt 20% kế hoạch", probes436)
_CORRESPONDING_PERCENT_END_RE = re.compile(
    r",\s*(?:tương ứng(?:\s+với)?|đạt|vượt|bằng)\s+(?:[^,;()]|,\d)*%(?:\s*(?:kế hoạch|chỉ tiêu))?$",
    re.IGNORECASE,
)
_TALLIED_METRICS = (
    "cdcs_thanh_lap",
    "doan_vien_ket_nap",
    "dang_vien_gioi_thieu",
    "can_bo_tap_huan",
)


def _its_nouns(span: str) -> set[str | None]:
    """The words a list's next place may say the first figure's noun as: the last words of its
    span ("đoàn viên", "CĐCS"), or past a share said after it the words after its count; the first
    word after its count ("tập huấn cho 1.860 lượt cán bộ công đoàn, Công đoàn ngành Y tế 420
    lượt", probes408); its last word ("thành lập được hai CĐCS", the count in words)."""
    noun = re.search(r"([^\W\d]+(?:\s+[^\W\d]+)?)\s*$", span) or re.search(
        r"\d[\d.,]*\s+([^\W\d]+(?:\s+[^\W\d]+)?)", span
    )
    said_after = re.search(r"\d[\d.,]*\s+(([^\W\d]+)(?:\s+[^\W\d]+)?)", span)
    words = span.split()
    return {
        noun.group(1).lower() if noun else None,
        said_after.group(2).lower() if said_after else None,
        # (its two words too, past a percent said after it: "kết nạp 410 đoàn viên, đạt 102% kế
        # hoạch; huyện Vũ Quang 180 đoàn viên")
        said_after.group(1).lower() if said_after else None,
        words[-1].lower() if words else None,
    }


# A federation and the territory it covers, as a tally's first place is named: "LĐLĐ quận Ninh Kiều
# thành lập 6 CĐCS, …; quận Cái Răng 4 CĐCS" (probes436: the next place, named bare, is its own
# federation's, as its writer names it; other writers keep the bare name, none the first place's,
# which is what was read before).
_FEDERATION_OF_A_TERRITORY_RE = re.compile(
    rf"(?P<body>LĐLĐ|Liên đoàn Lao động)\s+(?P<kind>{w.TERRITORIES})\s", re.IGNORECASE
)
# (of one level: a province's federation working in its districts is no district's, "LĐLĐ tỉnh
# Quảng Nam tổ chức 3 lớp tập huấn: tại TP Tam Kỳ cho 620 cán bộ, tại thị xã Điện Bàn cho 510 cán
# bộ", probes438)
_LEVELS = (r"huyện|quận|thị xã|thành phố|TP\.?", r"xã|phường|thị trấn")


def _its_federation(name: str, subject: str) -> str | None:
    """The federation a tally's next place `name` stands for, when it is named as a bare territory
    of the level of a first place named with its federation (`subject`, the first place's own
    words before its deed), else None."""
    named = list(_FEDERATION_OF_A_TERRITORY_RE.finditer(subject))
    if not named:
        return None
    level = next((lv for lv in _LEVELS if re.fullmatch(lv, named[-1]["kind"], re.I)), None)
    if level is None or not re.match(rf"(?:{level})\s", name, re.IGNORECASE):
        return None
    return f"{named[-1]['body']} {name}"


def _take_its_percent(tally: Figure, item: re.Match, first: Figure) -> None:
    """The percent a place's item says after its count (_NEXT_PLACE_RE): its share of the whole
    ("chiếm 18,5%"), or what it did of its plan; a bare one is what the first's bare one is."""
    if item["share"]:
        tally.percent, tally.percent_kind = parse_number(item["share"]), "rate"
    percent, hedge = item["pct"] or item["pct2"], item["pqual"] or item["pqual2"]
    if not percent:
        return
    tally.percent = parse_number(percent)
    verb = (item["verb"] or item["verb2"] or "").lower()
    bare_share = not verb and first.percent_kind == "rate"
    tally.percent_kind = "over_target" if verb == "vượt" else "rate" if bare_share else "of_target"
    if hedge:
        tally.qualifiers["percent"] = hedge.lower()


def _kind_of(item: re.Match) -> str:
    """The kind of place the item opens with, matched where it stands (a kind may look past it:
    "Sở" only before a name, w.FIRMS)."""
    start, end = item.span("opens")
    return next(
        k
        for k in _TALLY_PLACE_KINDS
        if (m := re.compile(k, re.IGNORECASE).match(item.string, start)) and m.end() == end
    )


# The first place named bare before its deed, as the clause opens (its time before a comma).
_NAMED_BARE_RE = re.compile(rf"\s*{w.PLACE_NAME}\s*")


def _counts_for(sentence: str, item: re.Match, metric: str) -> bool:
    """Whether the noun after the item's count counts what `metric` does."""
    unit = unit_of(sentence, Quantity(item.start("n"), item.end("n"), None))
    return unit is not None and metric in METRICS_OF_UNIT.get(unit[0], ())


def tallied_places(sentence: str, figures: list[Figure]) -> list[Figure]:
    added: list[Figure] = []
    for figure in figures:
        # (a share of the whole the first place's count is, said after it, keeps the tally going)
        if figure.metric not in _TALLIED_METRICS:
            continue
        span = sentence[figure.start : figure.end]
        corresponding = _CORRESPONDING_PERCENT_END_RE.search(span) is not None
        if (
            figure.percent_kind not in (None, "rate")
            and not _PERCENT_IN_BRACKETS_END_RE.search(span)
            and not corresponding
        ):
            continue
        value = figure.target if figure.kind == "plan" else figure.achieved
        # (a count done of its target goes on only with pairs in brackets: "(615 trên 550)")
        paired = figure.kind == "result" and figure.target is not None
        if not isinstance(value, (int, float)) or (paired and not all_numbers(figure.target)):
            continue
        # (the first place's own words, before its deed: the clause the figure opens)
        clause_start = max(
            (m.end() for m in re.finditer(r"[,;:]", sentence[: figure.start])), default=0
        )
        subject = sentence[clause_start : figure.start]
        nouns = _its_nouns(span)
        # (the first count said bare, the noun said once for all at the list's end: "LĐLĐ huyện
        # Chơn Thành đã kết nạp 412, LĐLĐ thị xã Bình Long 287, LĐLĐ huyện Lộc Ninh 305 đoàn
        # viên", probes771)
        bare_first = re.search(r"\d\s*$", span) is not None
        at = figure.end
        # (past the bracket the first place's count or its percent is said in)
        # (its place may be named in its words, before the bracket: "kết nạp cao là LĐLĐ huyện
        # Xuân Trường (hơn 800 đoàn viên)")
        in_brackets = re.search(r"\([^()]*$", sentence[clause_start : figure.end]) is not None
        # ("… (đạt 84% kế hoạch năm), …", probes564)
        closed = re.match(r"(?:\s+năm(?:\s+\d{4})?)?\s*\)", sentence[at:])
        its_percent = _PERCENT_IN_BRACKETS_END_RE.search(span) is not None
        if its_percent or (in_brackets and closed):
            if closed is None:
                continue
            at += closed.end()
        bracketed = in_brackets and closed is not None and not its_percent
        its_percent = its_percent or corresponding
        if bracketed:
            subject = sentence[clause_start : figure.end]
        # (the first place may open the sentence or the list's first item, before a comma: "Tại
        # Công ty …, công đoàn kết nạp 1.850 đoàn viên; tại Công ty … là 320", probes405)
        # (or within its span: "Số đoàn viên kết nạp mới tại TP Hạ Long là 612 người, tại TP Cẩm
        # Phả là 405 người", probes413; not past a heading's colon, a list that headed_tables'
        # listed_counts reads with each place's name)
        within_span = span if ":" not in span else ""
        opening = sentence[sentence.rfind(";", 0, clause_start) + 1 : clause_start] + subject
        opening += within_span
        shared = figure.percent_kind == "rate" and span.endswith("%")
        if shared:
            # (past the whole its share is of: "…, chiếm 28% số đoàn viên kết nạp mới của toàn
            # tỉnh")
            whole = re.match(r"[^,;\d()]{0,80}(?=[,;])", sentence[at:])
            at += whole.end() if whole else 0
        while (item := _NEXT_PLACE_RE.match(sentence, at)) is not None:
            if w.NOT_A_NAME_RE.search(item["name"]):
                break
            if item["bare"]:
                if not _NAMED_BARE_RE.fullmatch(subject):
                    break
            elif not re.search(rf"\b(?:{_kind_of(item)})(?!\w)", opening, re.IGNORECASE):
                break
            # ("người" for any people counted: "… đã đưa được 1.240 đoàn viên vào Đảng, Công đoàn
            # VietinBank 1.105 người", probes532)
            people = (
                item["unit"]
                and item["unit"].lower() == "người"
                and figure.metric != "cdcs_thanh_lap"
            )
            if (
                item["unit"]
                and item["unit"].lower() not in nouns
                and not people
                and not (bare_first and _counts_for(sentence, item, figure.metric))
            ):
                break
            if item["for"] and figure.metric != "can_bo_tap_huan":
                break
            if item["classes"] and not (
                figure.metric == "can_bo_tap_huan"
                and re.search(r"\blớp\b", sentence[clause_start : figure.end])
            ):
                break
            if item["words"] and re.search(r"\d", span):
                break
            # (not a year: "…, LĐLĐ huyện Lục Nam năm 2023")
            if re.search(r"\bnăm$", item["name"], re.IGNORECASE):
                break
            out_of = item["t"] or item["xy"] or item["bt"]
            if bool(item["open"]) != bracketed or paired != bool(out_of):
                break
            # (a bare percent is x/y's, or of a figure whose percent is of its target)
            if item["pct"] and not item["verb"] and not (paired or its_percent):
                break
            if any(f.start < item.end() and item.start("name") < f.end for f in figures):
                break
            number = _count_of(item["n"])
            tally = dataclasses.replace(
                figure,
                start=item.start("name"),
                end=item.end(),
                achieved=None if figure.kind == "plan" else number,
                target=number if figure.kind == "plan" else out_of and parse_number(out_of),
                percent=None,
                percent_kind=None,
                qualifiers={},
                # (a place named bare is named as written)
                organisation=item["name"].strip()
                if item["bare"]
                else _its_federation(item["name"], subject) or figure.organisation,
            )
            if item["qual"]:
                tally.qualifiers["target" if figure.kind == "plan" else "achieved"] = item[
                    "qual"
                ].lower()
            if item["share"] and not shared:
                break
            if figure.kind == "result":
                _take_its_percent(tally, item, figure)
            added.append(tally)
            at = item.end()
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# A whole's parts by body, their deed and often their noun left to the whole: "…, toàn tỉnh mới
# thành lập được 14 CĐCS, đạt 56% chỉ tiêu, trong đó LĐLĐ huyện Thái Thụy 4 CĐCS, LĐLĐ huyện Tiền
# Hải 3 CĐCS", "… dự kiến … kết nạp 2.000 - 2.500 đoàn viên, trong đó LĐLĐ TP.Vĩnh Long 600 đoàn
# viên", "38/64 quần chúng đã được kết nạp vào Đảng, trong đó Công ty TNHH Doosan Vina có 12 người"
# (probes381), "… có 1.245/1.262 CĐCS tổ chức đại hội, đạt 98,65%; trong đó LĐLĐ TP Cao Lãnh
# 124/124 CĐCS" (probes393). Each part is the body's own figure of the whole whose noun it says
# (or of the whole just before). Only bodies and places (w.BODY_WORDS): a sector's share ("trong
# đó khu vực ngoài nhà nước 1.740 người") is the same whole counted again, no figure of its own
# (CONVENTIONS.md); nor are a stock's parts, which have no whole figure.
# (in brackets too, or "riêng": "kết nạp 2.000 đoàn viên (trong đó LĐLĐ huyện Yên Lạc 300 đoàn
# viên, …)", "…, riêng Công đoàn Tổng công ty Cơ khí Giao thông vận tải Sài Gòn trên 400 đoàn viên",
# probes398)
# (or a bracket of parts alone: "toàn tỉnh thành lập 41 CĐCS (Khu kinh tế Dung Quất 14, huyện Bình
# Sơn 9, thành phố Quảng Ngãi 11, huyện Sơn Tịnh 7)", probes405, two parts at least)
# (or "gồm", "cụ thể": "toàn ngành kết nạp 2.184 đoàn viên, gồm: Công đoàn Tổng công ty Điện lực
# miền Bắc 1.120 đoàn viên, …", "… 2.140 lượt cán bộ công đoàn, cụ thể: LĐLĐ huyện Đông Sơn 310
# lượt, …", probes424, probes447)
_AMONG_THEM_RE = re.compile(
    # (or "tại", "ở" before the part's place: "… thành lập 34 CĐCS, trong đó tại KCN Yên Phong là
    # 12 CĐCS", probes596)
    rf"(?:[,;]\s*(?:(?:{w.AMONG_THEM}|(?:bao\s+)?gồm|cụ thể)\s*[,:]?\s*(?:riêng\s+)?"
    r"(?:(?:tại|ở)\s+)?|riêng\s+)"
    rf"|\(\s*{w.AMONG_THEM}\s*[,:]?\s*"
    # (or a colon, the parts adding up to the whole, with the rest if it ends the list: "dự kiến
    # thành lập mới 35 CĐCS: LĐLĐ huyện Thái Thụy 8, …, các đơn vị còn lại 9", probes480)
    r"|(?P<colon>\s*:\s*)"
    r"|(?P<bare>\(\s*))",
    re.IGNORECASE,
)
# (the whole's clause may go on past its span: "… đã được kết nạp vào Đảng, trong đó …")
# (its time too: "… đã kết nạp 3.150 đoàn viên trong 9 tháng năm 2023, trong đó LĐLĐ TP Bảo Lộc 412
# đoàn viên, …", probes420)
# (or whom they were introduced to: "… giới thiệu 486 đoàn viên công đoàn ưu tú cho cấp ủy các cấp
# xem xét kết nạp, trong đó Công đoàn các KCN Đồng Nai 178 người, …", probes955)
_WHOLES_CLAUSE_RE = re.compile(rf"[^,;\d()]{{0,60}}?(?:(?i:{w.PERIOD.pattern})[^,;\d()]{{0,20}}?)?")
# (the next item of a list, or one set against it: "…, LĐLĐ huyện Bến Lức vượt 12%, trong khi LĐLĐ
# huyện Cần Giuộc chỉ đạt 74% kế hoạch", probes398)
_ITEMS_APART_RE = re.compile(r"\s*[,;]\s*(?:(?:và|còn|trong khi)\s+)?|\s+và\s+")
_PART_RE = re.compile(
    # (a ward named by its number: "trong đó phường 25 có 4 CĐCS", probes398)
    # (or a place named bare, when the parts add up to the whole: "thành lập 39 CĐCS (Hạ Long 14,
    # Cẩm Phả 9, Uông Bí 7, Móng Cái 5, Đông Triều 4)", probes498)
    # (or by what it was before the provinces merged, a name as plain as a body's: "(khu vực Bình
    # Định cũ 12, Gia Lai cũ 7)", "trong đó khu vực tỉnh Quảng Bình (cũ) 11 CĐCS", probes576, 581)
    # (or a body whose name ends on a number, before its deed: "…, trong đó Công đoàn Tổng Công ty
    # May 10 tập huấn cho 120 người", the README's known gap of the twelfth part)
    rf"(?P<name>{w.NUMBERED_WARD}|{w.BODY_NAME}\s+(?-i:[{w.UPPER}])\S*\s+\d{{1,3}}"
    r"(?=\s+(?:(?:đã|cũng|chỉ|mới)\s+)*(?:kết nạp|thành lập|giới thiệu|tập huấn)\b)"
    # (an area named so, "khu vực" before it: "tập huấn cho 540 cán bộ công đoàn cơ sở (khu vực Quy
    # Nhơn 210, khu vực Pleiku 190, khu vực An Khê 140)", probes957; the parts must add up, as a
    # sector's "khu vực FDI" never does alone)
    # (or a zone named so: "giới thiệu 93 đoàn viên ưu tú cho Đảng (Khu công nghiệp Hòa Khánh 31,
    # Khu công nghiệp Điện Nam - Điện Ngọc 40, Khu công nghệ cao 22)", probes963)
    rf"|{w.BODY_NAME}|{w.FORMER_PLACE}|(?P<named_bare>(?:khu vực\s+|địa bàn\s+|(?:{w.ZONES})\s+)?"
    rf"{w.PLACE_NAME}|[Kk]hu công nghệ cao))\s+"
    # (the whole's deed said again, in speech too: "Toàn ngành kết nạp 1.900 đoàn viên, riêng Công
    # đoàn Bệnh viện Đa khoa tỉnh kết nạp 210", "…, riêng Công đoàn Công ty … đã được 380 người",
    # probes423, probes431)
    r"(?:(?:đã|cũng|chỉ|mới)\s+)*"
    # (trained "for" them: "…, trong đó Công đoàn Tổng Công ty May 10 tập huấn cho 120 người",
    # probes607)
    r"(?:(?P<deed>kết nạp|thành lập|giới thiệu|tập huấn)(?:\s+được)?(?:(?<=tập huấn)\s+cho)?\s+)?"
    # (or "chiếm": "…, riêng Công đoàn các KCN đã chiếm 15 đơn vị", probes460)
    rf"(?:(?:có|được|chiếm|là)\s+)?"
    # (its classes before the trainees: "mở 3 lớp tập huấn cho 380 cán bộ công đoàn, trong đó huyện
    # A 2 lớp với 260 học viên", the README's known gap "parts by body with classes")
    r"(?:(?:mở|tổ chức)\s+)?(?:\d+\s+lớp\s*(?:,\s*|\s+(?:với|cho)\s+))?"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?"
    # (or a range: "trong đó LĐLĐ TP Đà Lạt từ 400 đến 500 đoàn viên", probes398)
    r"(?:từ\s+(?=\d[\d.]*\s*(?:đến|[–-])\s*\d))?"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?:/(?P<t>\d{1,3}(?:\.\d{3})+|\d+)"
    r"|\s*(?:đến|[–-])\s*(?P<max>\d{1,3}(?:\.\d{3})+|\d+))?(?![\d%/]|[.,]\d)"
    # (not a number of the name: "KCN Sóng Thần 1, 2, 3 có 186 doanh nghiệp", probes393)
    r"(?!\s*,\s*\d)"
    r"(?:\s+(?P<unit>[^\W\d]+(?:\s+[^\W\d]+)?))??"
    r"(?=\s*(?:[,;.)”\"]|và\b|$))"
)


# (a list after a colon may end with the rest by kind and its count, then the sentence's or clause's
# end)
_REST_ENDS_THE_LIST_RE = re.compile(
    r"\s*,\s*(?:và\s+)?các\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:còn lại|khác)\s+(?:là\s+)?"
    r"(?P<rest>\d{1,3}(?:\.\d{3})*)(?=\s*(?:[.;]|$))",
    re.IGNORECASE,
)
# (the bracket may end with the rest, no body of its own: "kết nạp 1.652 đoàn viên (TP Phổ Yên 610,
# TP Thái Nguyên 384, huyện Phú Bình 221, còn lại là các đơn vị khác)", probes438)
# (or the rest named by their kind, with a count: "(thành phố Phổ Yên 8, …, các huyện còn lại 4)",
# "(KCN Long Đức 6, …, các KCN khác 3)", probes471, probes472)
# (or an ellipsis, the rest unsaid: "(Công đoàn các KCN 22, Công đoàn phường Điện Bàn 8, …)",
# probes529)
_PARTS_IN_BRACKETS_END_RE = re.compile(
    r"\s*(?:,\s*(?:…|\.{3})\s*(?=\))"
    r"|,\s*(?:còn lại|các (?:đơn vị|địa phương|địa bàn) khác"
    r"|các\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:còn lại|khác))\b"
    # (its count, which the parts add up to the whole with: "(…, các huyện còn lại 12)")
    r"(?:\s+(?:là\s+)?(?P<rest>\d{1,3}(?:\.\d{3})*)(?=\s*\)))?[^()]*)?\)",
    re.IGNORECASE,
)


def parts_of_a_whole(sentence: str, figures: list[Figure]) -> list[Figure]:
    added: list[Figure] = []
    for opened in _AMONG_THEM_RE.finditer(sentence):
        # (the wholes of the clause the parts follow, the nearest first)
        clause = sentence.rfind(";", 0, opened.start()) + 1
        wholes = [
            f
            for f in figures
            if clause <= f.start
            and f.end <= opened.start()
            and f.metric in _UNITS_OF_METRIC
            and f.kind in ("result", "plan")
        ][::-1]
        if not wholes:
            continue
        parts = _parts_at(sentence, opened.end())
        end = _PARTS_IN_BRACKETS_END_RE.match(sentence, parts[-1].end()) if parts else None
        if opened["bare"] and (len(parts) < 2 or not end):
            continue
        rest = parse_number(end["rest"]) if end and end["rest"] else 0
        if opened["colon"]:
            told = _REST_ENDS_THE_LIST_RE.match(sentence, parts[-1].end()) if parts else None
            rest = parse_number(told["rest"]) if told else 0
            if not any(_adds_up_to(parts, whole, rest) for whole in wholes[:1]):
                continue
        # (or fall short of it, the bracket closing on the rest unsaid: "thành lập 28 công đoàn cơ
        # sở (TP Hạ Long 11, Cẩm Phả 7, Móng Cái 5, còn lại các địa phương khác)", probes571)
        unsaid = bool(end and end.group(0).strip() != ")" and not end["rest"])
        if any(part["named_bare"] for part in parts) and not any(
            _adds_up_to(parts, whole, rest, short=unsaid) for whole in wholes
        ):
            continue
        wholes = _the_whole_they_add_up_to(parts, wholes, rest)
        # (past more than the whole's clause when the bare parts add up to it: "kết nạp 346 đoàn
        # viên tại 3 doanh nghiệp (Công ty TNHH Xây lắp Kỳ Lợi 152, …, Công ty TNHH Thép Kỳ Trinh
        # 76)", probes457)
        if not _WHOLES_CLAUSE_RE.fullmatch(sentence, wholes[0].end, opened.start()) and not (
            _adds_up_to(parts, wholes[0], rest) and opened.start() - wholes[0].end <= 60
        ):
            continue
        for part in parts:
            unit = (part["unit"] or "").lower()
            deed = (part["deed"] or "").lower()
            whole = next(
                (
                    f
                    for f in wholes
                    if (not unit or unit in _UNITS_OF_METRIC[f.metric])
                    and (not deed or w.METRIC_OF_DEED.get(deed) == f.metric)
                ),
                None,
            )
            if whole is None or any(f.start < part.end() and part.start() < f.end for f in figures):
                break
            tally = _part(whole, part)
            if tally is None:
                break
            added.append(tally)
    return sorted(figures + added, key=lambda f: f.start) if added else figures


def _adds_up_to(
    parts: list[re.Match], whole: Figure, rest: int | float = 0, short: bool = False
) -> bool:
    """Two or more bare parts (no noun, deed or x/y of their own) whose counts add up to the
    whole's, with the `rest` the list ends with (`short`: or to less, the rest unsaid)."""
    if len(parts) < 2 or any(part["unit"] or part["deed"] or part["t"] for part in parts):
        return False
    total = sum(parse_number(part["n"]) for part in parts) + rest
    value = whole.target if whole.kind == "plan" else whole.achieved
    if short and isinstance(value, (int, float)):
        return total < value
    return value == total


def _the_whole_they_add_up_to(
    parts: list[re.Match], wholes: list[Figure], rest: int | float = 0
) -> list[Figure]:
    """`wholes` with the one bare parts add up to first: "thành lập 38 CĐCS với 2.915 đoàn viên
    (Công đoàn KKT Dung Quất 15, LĐLĐ huyện Bình Sơn 8, …)" are the unions' (probes459), not the
    members' said nearer."""
    summed = [f for f in wholes if _adds_up_to(parts, f, rest)]
    return summed + [f for f in wholes if f not in summed] if len(summed) == 1 else wholes


def _part(whole: Figure, part: re.Match) -> Figure | None:
    """`whole`'s part that `part` says, or None when it cannot be one (more than the whole, or x/y
    of a whole that is no x/y)."""
    planned = whole.kind == "plan"
    count = whole.target if planned else whole.achieved
    if isinstance(count, dict):
        count = count["max"]
    number, out_of = parse_number(part["n"]), part["t"] and parse_number(part["t"])
    if not isinstance(count, (int, float)) or number > count or (out_of and planned):
        return None
    most = part["max"] and parse_number(part["max"])
    if most and not (planned and number < most <= count):
        return None
    if out_of and not (isinstance(whole.target, (int, float)) and out_of <= whole.target):
        return None
    qualified = "target" if planned else "achieved"
    return dataclasses.replace(
        whole,
        start=part.start("name"),
        end=part.end(),
        achieved=None if planned else number,
        target=({"min": number, "max": most} if most else number) if planned else out_of or None,
        percent=None,
        percent_kind=None,
        qualifiers={qualified: part["qual"].lower()} if part["qual"] else {},
        # (the part's own body or place, named bare too: "(TP Phổ Yên 610, …)", probes438)
        organisation=part["name"].strip(),
    )


def _parts_at(sentence: str, at: int) -> list[re.Match]:
    """The parts named one after another from `at`, each a body with its count."""
    parts: list[re.Match] = []
    while (part := _PART_RE.match(sentence, at)) is not None:
        if w.NOT_A_NAME_RE.search(part["name"]):
            break
        parts.append(part)
        apart = _ITEMS_APART_RE.match(sentence, part.end())
        if apart is None:
            break
        at = apart.end()
    # (a lone bare number the list goes on past is a name's: "trong đó Tổng công ty May 10, Tổng
    # công ty Việt Tiến và … lần lượt có 6, 5 và 4 đơn vị", probes381)
    lone = len(parts) == 1 and not parts[0]["unit"]
    if lone and not re.match(r"\s*(?:[.;)”\"]|$)", sentence[parts[0].end() :]):
        return []
    return parts


# Bodies listed each with its percent of the plan, the indicator named by the first one's yardstick
# or by the headline alone: "Hết quý I, LĐLĐ huyện Văn Lâm mới đạt 18,5% chỉ tiêu kết nạp, LĐLĐ
# thị xã Mỹ Hào đạt 22%, …" (probes381), "LĐLĐ huyện Tiền Hải vượt 32% kế hoạch; LĐLĐ huyện Thái
# Thụy vượt 18%; …" under "… Nhiều LĐLĐ huyện vượt chỉ tiêu kết nạp đoàn viên năm 2024"
# (probes393). Each percent is what its body did of its own plan.
_PERCENT_OF_A_BODY_RE = re.compile(
    rf"(?P<name>{w.BODY_NAME})\s+"
    r"(?:(?:mới|đã|cũng|chỉ|đều)\s+)*(?P<verb>đạt|vượt)\s+"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<pct>\d{{1,3}}(?:,\d+)?)\s*%"
    r"(?:\s*(?:kế hoạch|chỉ tiêu)"
    r"(?:\s+(?P<named>kết nạp|phát triển|thành lập|giới thiệu)\b[^,;\d]{0,40})?)?"
    r"(?=\s*(?:[,;.]|và\b|$))",
    re.IGNORECASE,
)
# (nothing counted or shared before the list: "… kết nạp 9.126 đoàn viên, đạt 60,8%; …", unless
# the list breaks down the whole's percent: "Tỷ lệ kết nạp đoàn viên toàn tỉnh đạt 87,4% kế hoạch,
# trong đó Công đoàn các KCN tỉnh đạt 104%, LĐLĐ TP Hải Dương đạt 96,5%", probes398)
_COUNTED_OR_SHARED_BEFORE_RE = re.compile(
    r"%|\d[\d.]*\s+(?:đoàn viên|ĐVCĐ|CĐCS|công đoàn|người)\b", re.I
)
_PARTS_OPEN_RE = re.compile(rf"[,;]\s*{w.AMONG_THEM}\s*[,:]?\s*$", re.IGNORECASE)


def _bodies_percents(sentence: str) -> list[re.Match]:
    if "%" not in sentence:  # (read for every sentence, twice: most have no percent)
        return []
    items: list[re.Match] = []
    for item in _PERCENT_OF_A_BODY_RE.finditer(sentence):
        if items and not _ITEMS_APART_RE.fullmatch(sentence, items[-1].end(), item.start()):
            break
        counted = _COUNTED_OR_SHARED_BEFORE_RE.search(sentence, 0, item.start())
        if not items and counted and not _PARTS_OPEN_RE.search(sentence, 0, item.start()):
            return []
        if w.NOT_A_NAME_RE.search(item["name"]):
            break
        items.append(item)
    return items if len(items) >= 2 else []


def lists_percents_by_body(sentence: str) -> bool:
    return bool(_bodies_percents(sentence))


def percents_by_body(sentence: str, metric: str | None, figures: list[Figure]) -> list[Figure]:
    """Each body's percent of its plan (_PERCENT_OF_A_BODY_RE), of the indicator the first one
    names, or of the whole's whose parts they are, or of `metric`, the one the headline or the
    sentence before counts."""
    items = _bodies_percents(sentence)
    if not items:
        return []
    whole = [f for f in figures if f.end <= items[0].start() and f.percent is not None]
    if items[0]["named"]:
        named = items[0]["named"].lower()
        metric = w.METRIC_OF_DEED[named]
    elif whole and _PARTS_OPEN_RE.search(sentence, 0, items[0].start()):
        metric = whole[-1].metric
    if metric is None:
        return []
    return [
        Figure(
            metric=metric,
            kind="result",
            start=item.start("name"),
            end=item.end(),
            percent=parse_number(item["pct"]),
            percent_kind="over_target" if item["verb"].lower() == "vượt" else "of_target",
            qualifiers={"percent": item["qual"].lower()} if item["qual"] else {},
            stage="introduced" if metric == "dang_vien_gioi_thieu" else None,
        )
        for item in items
    ]


# The next bodies' percents after a first body's figure that is a percent alone, each the same
# indicator's: "Tỷ lệ CĐCS xếp loại hoàn thành tốt nhiệm vụ trở lên ở LĐLĐ huyện Thọ Xuân đạt
# 92,5%, LĐLĐ huyện Triệu Sơn 90%, …", "Công đoàn ngành Y tế có 94,6% CĐCS đạt vững mạnh, Công
# đoàn Viên chức tỉnh 92%, …", "… của LĐLĐ huyện Văn Giang đạt 108% kế hoạch, của LĐLĐ huyện Khoái
# Châu đạt 95%" (probes424).
# (the last after "và" too, and ranked: "đứng đầu là LĐLĐ thị xã Trảng Bàng đạt 186% chỉ tiêu, tiếp
# theo là LĐLĐ huyện Gò Dầu đạt 152% và LĐLĐ thị xã Hòa Thành đạt 131%", probes457)
_NEXT_BODYS_PERCENT_RE = re.compile(
    r"[^,;\d%]{0,40}?(?:\s*[,;]\s*(?:và\s+|còn\s+)?|\s+và\s+)"
    r"(?:(?:tiếp (?:theo|đến)|kế (?:đến|tiếp)|sau đó|thấp nhất|cuối cùng)\s+là\s+)?"
    r"(?:(?:của|ở|tại)\s+)?"
    # (or by how much each passed it: "…, trong đó Công đoàn ngành Giáo dục vượt 12%, Công đoàn
    # ngành Y tế vượt 8,5% và Công đoàn ngành Công Thương vượt hơn 20%", probes925)
    rf"(?P<name>{w.BODY_NAME})\s+(?:(?P<verb>là|đạt|có|chiếm|với|vượt)\s+)?"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<pct>\d{{1,3}}(?:,\d+)?)\s*%"
    r"(?=\s*(?:[,;.]|và\b|$))",
    re.IGNORECASE,
)


def _percent_kind_of(verb: str | None, first: str | None) -> str | None:
    """The kind of a next body's percent: by its own verb of the plan, else the first's."""
    if verb and verb.lower() == "vượt":
        return "over_target"
    if verb and verb.lower() == "đạt" and first == "over_target":
        return "of_target"
    return first


def next_bodies_percents(sentence: str, figures: list[Figure]) -> list[Figure]:
    added: list[Figure] = []
    for figure in figures:
        if figure.percent is None or figure.achieved is not None or figure.target is not None:
            continue
        at = figure.end
        while (item := _NEXT_BODYS_PERCENT_RE.match(sentence, at)) is not None:
            if w.NOT_A_NAME_RE.search(item["name"]) or any(
                item.start("name") < f.end and f.start < item.end() for f in figures + added
            ):
                break
            added.append(
                dataclasses.replace(
                    figure,
                    start=item.start("name"),
                    end=item.end(),
                    percent=parse_number(item["pct"]),
                    percent_kind=_percent_kind_of(item["verb"], figure.percent_kind),
                    qualifiers={"percent": item["qual"].lower()} if item["qual"] else {},
                    organisation=None,
                )
            )
            at = item.end()
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# A body's own percent, set apart after the whole's: "… kết nạp 1.712 đoàn viên, đạt 85,6% chỉ
# tiêu năm; riêng LĐLĐ huyện Cao Lộc đã đạt 126% chỉ tiêu", "…, đạt 97,9%, trong đó Công đoàn Sở
# Nội vụ và Công đoàn Văn phòng UBND tỉnh đạt 100%" (probes462): the same indicator's, of the
# named body (two named with "và" share it, one figure as the writers read it).
_PART_PERCENT_RE = re.compile(
    rf"[^,;\d%]{{0,20}}?\s*[,;]\s*(?:{w.AMONG_THEM}\s*,?\s*|riêng\s+)"
    rf"(?P<name>{w.BODY_NAME}(?:\s+và\s+{w.BODY_NAME})?)\s+(?:(?:đã|cũng|đều)\s+)*"
    rf"(?P<verb>đạt|vượt|hoàn thành)\s+(?:(?P<qual>{w.QUALIFIER})\s+)?"
    r"(?P<pct>\d{1,3}(?:,\d+)?)\s*%(?:\s*(?:kế hoạch|chỉ tiêu)(?:\s+năm)?)?(?=\s*(?:[,;.]|$))",
    re.IGNORECASE,
)


def parts_own_percents(sentence: str, figures: list[Figure]) -> list[Figure]:
    added: list[Figure] = []
    for figure in figures:
        if figure.percent is None or figure.percent_kind is None:
            continue
        item = _PART_PERCENT_RE.match(sentence, figure.end)
        if item is None or w.NOT_A_NAME_RE.search(item["name"]):
            continue
        if any(item.start("name") < f.end and f.start < item.end() for f in figures + added):
            continue
        over = item["verb"].lower() == "vượt"
        added.append(
            dataclasses.replace(
                figure,
                start=item.start("name"),
                end=item.end(),
                achieved=None,
                target=None,
                percent=parse_number(item["pct"]),
                percent_kind="over_target" if over else figure.percent_kind,
                qualifiers={"percent": item["qual"].lower()} if item["qual"] else {},
                organisation=item["name"].strip(),
            )
        )
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# Another time's count, said with "được" and no deed: "…, năm nay đến giờ mới được 35 người".
# What the regular expressions below share: a count in digits that is no percent, x/y or decimal;
# the nouns a tally's count may carry; a count's noun said again; the same time a year before.
# (in words too, as speech says it: "Năm nay chúng tôi thành lập được chín công đoàn cơ sở, năm
# ngoái chỉ được bốn", probes368)
_COUNT = (
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+"
    # (thousands too: "…, năm nay hơn một ngàn một trăm", probes404)
    rf"|{SPOKEN_NUMBER})(?![\d%/]|[.,]\d)"
)
_TALLIED_UNIT = (
    r"người|đồng chí|đoàn viên|ĐVCĐ|ĐV|CĐCS|công đoàn cơ sở|cơ sở|nghiệp đoàn|"
    r"lượt(?:\s+cán bộ)?|cán bộ|doanh nghiệp|đơn vị|bản|cuộc"
)
_NOUN_AGAIN = r"\d[\d.]*\s+(?:đoàn viên|CĐCS|công đoàn cơ sở|người|đồng chí|lượt)\b"
_A_YEAR_BEFORE = r"cùng kỳ(?:\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d))?"

_NEXT_TIME_RE = re.compile(
    # (or "thì": "thành lập 18 CĐCS thì năm nay đến hết tháng 6 mới được 9", probes153)
    # (or in brackets: "Số CĐCS thành lập mới: 6 (quý I/2024: 4)", probes293)
    # (or "thì", "mà" after the comma: "…, thì năm ngoái chỉ có bốn", "…, mà năm ngoái chỉ có hai",
    # probes392)
    # (or "và" before the last: "năm 2021 đơn vị kết nạp 3.420, năm 2022 là 4.105 và năm 2023 là
    # 5.012 đoàn viên", probes454)
    r"\s*(?:[^,;\d]{0,40}?)(?:[,;(]|\s+thì|\s+và(?=\s))\s*(?:(?:còn|nhưng|và|thì|mà)\s+)?"
    # (or the running total since the year began: "Tháng 10: kết nạp 214 ĐV; lũy kế 10 tháng:
    # 2.967 ĐV – 98,9% KH năm", probes369)
    # (or a part of that time: "…, đạt 98,2% kế hoạch; riêng tháng 11 là 9 đơn vị", probes390)
    # (or "tính chung": "…, tính chung 9 tháng đạt 3.908 đoàn viên, bằng 81,4% kế hoạch năm",
    # probes841)
    r"(?:(?:lũy kế|luỹ kế|cộng dồn|tính chung|riêng)\s+)?"
    # (or set against it: "…, tức vượt 20,8% kế hoạch, so với cùng kỳ năm ngoái là 1.530",
    # probes407)
    r"(?:so với\s+(?=cùng kỳ))?"
    # (or a school year: "…, năm học trước chỉ 30", probes372)
    # (or the next month "sang": "…, sang tháng 7 được 655 người", probes463)
    r"(?:sang\s+)?"
    r"(?P<time>năm(?:\s+học)?\s+(?:nay|này|ngoái|qua|trước|rồi|(?:19|20)\d\d)|"
    # (or since the year or the term began: "…, cộng dồn từ đầu năm đạt 8.552 đoàn viên, bằng 95%
    # kế hoạch năm", probes841)
    r"(?:tính\s+)?từ\s+đầu\s+(?:năm|nhiệm kỳ)(?:\s+(?:đến|tới)\s+(?:nay|giờ))?|"
    r"quý\s+(?:này|(?:[IV]+|\d)(?:/(?:19|20)\d\d)?)|"
    # (the same time a year before: "…, cùng kỳ năm 2024 là 980 đoàn viên", probes293)
    rf"{_A_YEAR_BEFORE}|"
    # (months in words, or up to now: "…, sáu tháng nay cũng đã được sáu, bằng 75% chỉ tiêu năm",
    # probes380)
    # (or of this year: "…, tám tháng năm nay đã 270", probes392)
    rf"(?:\d+|{NUMBER_IN_WORDS})\s+tháng(?:\s+(?:đầu|cuối)\s+năm|\s+(?:nay|qua)|\s+năm\s+nay)?"
    # (or up to a month of this year: "… thì đến hết tháng 10 năm nay đã được 2.615 người",
    # probes395)
    # (its year too: "…; tháng 8/2024, 3.106 đoàn viên", probes564)
    r"|(?:(?:đến|tới)\s+(?:hết\s+)?)?tháng\s+(?:này|\d{1,2}(?:/(?:19|20)\d\d)?)(?:\s+năm\s+nay)?)"
    # (the same months of it: "…, năm ngoái cùng kỳ chỉ hơn 900", probes392)
    r"(?:\s+cùng kỳ)?"
    # (or up to a month: "…, năm nay mới hết tháng 8 đã được 710", probes390)
    # (the month in words too, "hết" left out: "…, năm nay mới tháng Chín đã được 172")
    r"(?:\s+(?:(?:đến|tới)\s+(?:giờ|nay|bây giờ|hết\s+(?:tháng|quý)\s+[\dIV]+)"
    rf"|(?:mới\s+)?(?:hết\s+)?(?:tháng|quý)\s+(?:[\dIV]+|{NUMBER_IN_WORDS})\b))?"
    # (or how it compares before the count: "…, năm nay khá hơn, đã được chín", "…, năm nay nhiều
    # hơn, đã ba mươi mốt cuộc")
    r"(?:\s+(?:khá|nhiều|cao|tốt|đông|ít|thấp)\s+hơn(?:\s+(?:nhiều|chút|một chút))?\s*,)?"
    # (or the count referred back to: "…; năm nay con số này là 264 người", probes390)
    # (or "con số" bare, "đã" before "là": "…, năm nay con số đã là 1.120 người", probes463)
    r"(?:\s*,?\s+con số(?:\s+(?:này|đó))?(?:\s+(?:đã|cũng|mới))?(?=\s+là\b))?"
    # (or what the speaker believes it is: "…, năm nay chắc cũng gần 700 đoàn viên rồi", "…, năm
    # nay hẳn phải gần 3.600", probes442)
    r"(?:\s+(?:chắc(?:\s+chắn)?|hẳn(?:\s+là|\s+phải)?|có lẽ|có khi)(?=\s))?"
    # (or "còn", or a report's colon: "Năm 2019 thành lập 14 CĐCS, năm 2020 được 9, năm 2021 còn
    # 6", "tháng 1 kết nạp 4.200 đoàn viên; tháng 2: 3.150; tháng 3: 8.900", probes156)
    # (or nothing, the noun said again: "quý I kết nạp 1.120 đoàn viên, quý II 1.905 đoàn viên",
    # probes165)
    # (or "có", "lên", "chỉ còn": "…, năm 2022 mới có 7", "năm nay … đã lên 1.150 người",
    # probes372)
    # ("được thêm": "…, tháng 11 được thêm 2.910 người", probes463)
    r"(?:\s*:\s*|\s*,?\s+(?:(?:thì|mà|mới|chỉ|vẫn|đã|cũng|đều)\s+)*"
    # (or "đạt": "…; năm 2022 là 1.364 đoàn viên và năm 2023 đạt 1.587 đoàn viên", probes540)
    r"(?:(?:làm\s+)?được(?:\s+thêm)?|còn|có|lên|đạt)\s+"
    # (or a hedge after "chỉ": "năm ngoái chỉ độ 150")
    rf"|\s+(?:chỉ|mới|cũng)\s+(?=(?:{w.QUALIFIER})\s+(?:\d|(?:{NUMBER_IN_WORDS})\b))"
    # (or the bare count after "chỉ", "mới", "đã": "…, năm ngoái mới ba", probes392)
    # (or hedged: "…, năm nay đã hơn một nghìn hai trăm")
    rf"|\s+(?:chỉ|mới|đã)\s+(?=(?:(?:{w.QUALIFIER})\s+)?(?:\d|(?:{NUMBER_IN_WORDS})\b))"
    # (or bare, a count that ends its item: "Năm kia kết nạp được 11 người, năm ngoái 9, năm nay
    # chỉ 6 thôi", probes404; not a year)
    r"|\s+(?=\d{1,3}(?:\.\d{3})*(?![\d/%]|[.,]\d)(?:\s*[,;.”\"]|\s*$|\s+(?:thôi|nữa|rồi)\b))"
    rf"|\s+(?=[^,;]*?{_NOUN_AGAIN})"
    # (or a comma, the noun said again, or "là": "kết nạp 1.218 đoàn viên; năm 2022, 964 đoàn
    # viên", "giới thiệu 176 đoàn viên, năm 2023 là 231 người", probes290)
    rf"|\s*,\s*(?={_NOUN_AGAIN})"
    # (after "đã" too: "…, năm nay đã là 52")
    r"|\s+(?:(?:thì|mà|mới|chỉ|vẫn|đã|cũng)\s+)*là\s+"
    # (or "thêm", or a hedge before the bare count: "Năm ngoái huyện kết nạp được 350 đoàn viên,
    # năm nay hơn 420", "Quý I thành lập 5 CĐCS, quý II thêm 7": gaps the probes of 2026-12-03
    # named)
    # (the count in words too: "…, năm nay gần chín mươi", probes365)
    # (after "thì" too: "…, năm 2023 thì hơn 1.100", probes392)
    rf"|\s+(?:đã\s+)?thêm\s+|\s+(?:thì\s+)?(?=(?:{w.QUALIFIER})\s+(?:\d|(?:{NUMBER_IN_WORDS})\b)))"
    # ("đúng" a count exactly: "…, năm ngoái thì được đúng một", probes392)
    rf"(?:(?P<qual>{w.QUALIFIER})\s+|đúng\s+)?{_COUNT}(?:\s+(?P<unit>{_TALLIED_UNIT}))?"
    # (or why after it: "…, năm nay mới được hơn 700 lượt vì kinh phí eo hẹp", probes463)
    r"(?=\s*(?:[,.;”\"–)]|$|\s+(?:thôi|nữa|rồi|do|và|vì)\b))",
    re.IGNORECASE,
)
_UNITS_OF_METRIC = {
    # ("đơn vị" too: "…, riêng Công đoàn các KCN đã chiếm 15 đơn vị", probes460)
    "cdcs_thanh_lap": ("cđcs", "công đoàn cơ sở", "cơ sở", "nghiệp đoàn", "đơn vị"),
    "doan_vien_ket_nap": ("người", "đoàn viên", "đvcđ", "đv"),
    "dang_vien_gioi_thieu": ("người", "đồng chí", "đoàn viên", "đvcđ"),
    # (or their learners, "học viên": "… cho 380 cán bộ công đoàn, trong đó huyện A 2 lớp với 260
    # học viên")
    "can_bo_tap_huan": ("lượt", "lượt cán bộ", "cán bộ", "người", "học viên", "lượt học viên"),
    # (the units of another indicator: "… tức 178 doanh nghiệp, năm ngoái chỉ độ 150", probes372)
    "other": ("doanh nghiệp", "đơn vị", "cđcs", "công đoàn cơ sở", "cơ sở", "bản", "cuộc"),
}


_PERCENT_OF_THE_PLAN_AFTER_RE = re.compile(
    # (or over it: "…, năm nay mới hết quý III đã lên 1.150 người, vượt 15% kế hoạch", probes372)
    r"\s*(?:[–—-]|,)\s*(?:(?P<verb>đạt|bằng|vượt)\s+)?(?P<pct>\d{1,3}(?:,\d+)?)\s*%\s*"
    r"(?:KH|kế hoạch|chỉ tiêu)\b(?:\s+năm)?"
    # (or the plan named first, as speech says it: "…, năm nay được 1.320, tức là vượt kế hoạch
    # khoảng 10%", probes442)
    r"|\s*,\s*(?:tức(?:\s+là)?\s+)?(?P<verb2>đạt|vượt)\s+(?:KH|kế hoạch|chỉ tiêu)(?:\s+năm)?\s+"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<pct2>\d{{1,3}}(?:,\d+)?)\s*%",
    re.IGNORECASE,
)


# A running total's percent said bare, the plan given before it in the sentence: "Năm 2024, Thành
# phố giao LĐLĐ huyện Sóc Sơn chỉ tiêu kết nạp 1.600 đoàn viên; quý I huyện kết nạp 312, quý II
# kết nạp 498, tính chung 6 tháng đạt 810 đoàn viên, bằng 50,6%" (probes857).
_BARE_SHARE_AFTER_RE = re.compile(
    r"\s*,\s*(?:(?:đạt|bằng|tương đương|tức(?:\s+là)?)\s+)"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<pct>\d{{1,3}}(?:,\d+)?)\s*%(?=\s*(?:[.;]|$))",
    re.IGNORECASE,
)


def _take_a_share_of_the_plan(tally: Figure, share: re.Match, figures: list[Figure]) -> None:
    """`tally` takes the bare percent `share` says when it is its count's share of the target of a
    plan of its indicator said before it (the plan is then read as its target, by
    targets.plans_met_by_their_results); a share of anything else is left unread."""
    percent = parse_number(share["pct"])
    if not any(
        plan.kind == "plan"
        and plan.end <= tally.start
        and (plan.metric, plan.stage, plan.label) == (tally.metric, tally.stage, tally.label)
        and all_numbers(plan.target)
        and plan.target
        and is_ratio(percent, share["pct"], tally.achieved, plan.target)
        for plan in figures
    ):
        return
    tally.percent, tally.percent_kind, tally.end = percent, "rate", share.end()
    if share["qual"]:
        tally.qualifiers["percent"] = share["qual"].lower()


def _count_of(said: str) -> int | float:
    return parse_number(said) if said[0].isdigit() else quantities(said)[0].value


def _tally(figure: Figure, told: re.Match, start: int) -> Figure:
    """`figure`'s indicator with the count `told` says, from `start`: a result of its own, of
    the time it is told of, as written ("tháng 7", which the period reader, wary of dates, would
    cut to "tháng": "Tháng 6 chúng tôi kết nạp được 410 người, sang tháng 7 được 655 người")."""
    return dataclasses.replace(
        figure,
        start=start,
        end=told.end(),
        achieved=_count_of(told["n"]),
        target=None,
        percent=None,
        percent_kind=None,
        qualifiers={"achieved": told["qual"].lower()} if told["qual"] else {},
        period=(told.groupdict().get("time") or "").strip() or figure.period,
    )


# The officials a training's next classes were for, the deed left to the first: "LĐLĐ tỉnh mở 3
# lớp tập huấn: lớp tại Tam Kỳ cho 120 cán bộ CĐCS; lớp tại Hội An cho 85 cán bộ; …", "… mở 2
# lớp: lớp nghiệp vụ tài chính cho khoảng 90 cán bộ; lớp kỹ năng thương lượng cho hơn 70 chủ tịch
# CĐCS", or each place's classes and officials: "(Hà Nội 2 lớp, 248 lượt; Đà Nẵng 1 lớp, 117
# lượt)", "khu vực phía Bắc: 2 lớp, 230 học viên …; khu vực phía Nam: 1 lớp, 145 cán bộ"
# (probes524). Each is a figure of the first one's indicator, of union officials (not of workers:
# only an official's noun is read).
_NEXT_CLASS_RE = re.compile(
    # (past the rest of the first one's noun: "… cho 120 cán bộ CĐCS; …")
    r"(?:(?:\s+[^\W\d][^\s,;()]*){1,10}?(?=\s*[,;(]))?"
    # (or the parts of the whole: "… 42 lớp tập huấn cho 3.860 lượt cán bộ công đoàn, trong đó Công
    # đoàn ngành Giáo dục 12 lớp với 1.150 lượt cán bộ, …", probes564)
    r"(?:\s*[;,(]\s*(?:và\s+|còn\s+|(?P<part>trong đó|riêng)\s+)?|\s+và\s+)"
    # (a class named: "lớp tại Hội An cho 85 cán bộ"; or who it had: "Lớp tại huyện Bình Sơn có
    # 110 cán bộ CĐCS tham gia, lớp tại huyện Đức Phổ có 95 người, còn lớp tại TP Quảng Ngãi có
    # 140 người", probes559)
    r"(?:(?P<named>(?:một\s+)?lớp\b[^;,:()\d]{0,80}?)\s(?:cho|với|có)\s+"
    # (or a place with its count of classes: "Đà Nẵng 1 lớp, 117 lượt", "khu vực phía Nam: 1 lớp,
    # 145 cán bộ")
    r"|(?P<place>[^\W\d][^;,:()\d]{1,60}?)\s*:?\s+(?:\d+|một|hai|ba|bốn|năm)\s+lớp\s*"
    r"(?:,\s*|\s+(?:cho|với)\s+))"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<n>{COUNT_IN_DIGITS})(?![\d%/]|[.,]\d)\s+"
    r"(?P<noun>lượt(?:\s+(?:người|cán bộ|học viên))?|cán bộ|học viên|(?:phó\s+)?chủ tịch|"
    r"(?:ủy|uỷ) viên|người)\b"
    # (the rest of the noun: "cán bộ công đoàn khu vực doanh nghiệp", "chủ tịch CĐCS")
    r"(?P<rest>[^;,()\d]{0,60}?)(?=\s*(?:[;,.)]|$)|\s+và\s)",
    re.IGNORECASE,
)
_NAMED_PLACE_RE = re.compile(rf"[{w.UPPER}]|(?i:(?:{w.PLACE_WORDS})\b)")
_NOT_A_CLASS_NAME_RE = re.compile(
    r"\b(?:sẽ|dự kiến|kế hoạch|phấn đấu|chúng tôi|mở|tổ chức|thêm|nữa)\b", re.IGNORECASE
)
# (officials of another kind are no union's: "cho 85 công nhân", nor "đoàn viên" trained)
_NOT_OFFICIALS_RE = re.compile(r"\b(?:công nhân|người lao động|NLĐ|đoàn viên|học sinh)\b", re.I)


def tallied_classes(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Each next class's or place's officials after a training's figure (_NEXT_CLASS_RE)."""
    added: list[Figure] = []
    for figure in figures:
        if figure.metric != "can_bo_tap_huan" or not all_numbers(figure.achieved):
            continue
        if figure.kind != "result" or figure.target is not None:
            continue
        at = figure.end
        while (item := _NEXT_CLASS_RE.match(sentence, at)) is not None:
            if _NOT_OFFICIALS_RE.search(item["rest"]) or any(
                f.start < item.end() and item.start("n") < f.end for f in figures
            ):
                break
            # (a place's count of classes only after one said so: "2 lớp, 230 học viên"; a place
            # named, not a clause: "…, quý III chúng tôi sẽ mở thêm 1 lớp cho khoảng 90 người",
            # probes504)
            if item["place"] and (
                not re.search(r"\blớp\b", sentence[: figure.end])
                or not _NAMED_PLACE_RE.match(item["place"])
                or _NOT_A_CLASS_NAME_RE.search(item["place"])
            ):
                break
            # (nor a class planned: "…; lớp thứ hai sẽ mở cho 90 cán bộ")
            if _NOT_A_CLASS_NAME_RE.search(item["named"] or ""):
                break
            # (a class among the whole's is a part of the same officials, no figure: "…, trong
            # đó một lớp dành riêng cho 45 chủ tịch CĐCS", probes68; a body's classes are its own)
            if item["part"] and item["named"]:
                break
            tally = dataclasses.replace(
                figure,
                start=item.start("named") if item["named"] else item.start("place"),
                end=item.end("noun"),
                achieved=parse_number(item["n"]),
                percent=None,
                percent_kind=None,
                qualifiers={"achieved": item["qual"].lower()} if item["qual"] else {},
                # (a place named is named as written: "Đà Nẵng 1 lớp, 117 lượt")
                organisation=item["place"].strip() if item["place"] else figure.organisation,
            )
            added.append(tally)
            at = item.end()
    return sorted(figures + added, key=lambda f: f.start) if added else figures


def tallied_times(sentence: str, figures: list[Figure]) -> list[Figure]:
    added: list[Figure] = []
    read_as_a_plan: list[Figure] = []
    for figure in figures:
        if figure.kind != "result" or not isinstance(figure.achieved, (int, float)):
            continue
        units = _UNITS_OF_METRIC.get(figure.metric)
        at = figure.end
        while units and (told := _NEXT_TIME_RE.match(sentence, at)) is not None:
            if told["unit"] and told["unit"].lower() not in units:
                break
            if any(f.start < told.end() and told.start("time") < f.end for f in figures):
                break
            tally = _tally(figure, told, told.start("time"))
            # (its percent of the plan, said after it: "… 2.967 ĐV – 98,9% KH năm")
            if (share := _PERCENT_OF_THE_PLAN_AFTER_RE.match(sentence, told.end())) is not None:
                tally.percent = parse_number(share["pct"] or share["pct2"])
                if share["qual"]:
                    tally.qualifiers["percent"] = share["qual"].lower()
                over = (share["verb"] or share["verb2"] or "").lower() == "vượt"
                tally.percent_kind = "over_target" if over else "of_target"
                tally.end = share.end()
                # (and the plan's number after it: "…; cộng dồn từ đầu năm là 1.488 đoàn viên, đạt
                # 74,4% chỉ tiêu 2.000 đoàn viên được giao", probes786)
                # (or in brackets: "…, bằng 80,3% chỉ tiêu được giao (1.500 đoàn viên)", probes857)
                if tally.target is None:
                    take_the_target_named_after(sentence, tally)
                if tally.target is not None:
                    # (no plan of its own then: the number is this count's target)
                    read_as_a_plan.extend(
                        f
                        for f in figures
                        if f.kind == "plan" and share.end() <= f.start < tally.end
                    )
            elif (share := _BARE_SHARE_AFTER_RE.match(sentence, told.end())) is not None:
                _take_a_share_of_the_plan(tally, share, figures)
            added.append(tally)
            at = tally.end
    if not added:
        return figures
    kept = [f for f in figures if not any(f is p for p in read_as_a_plan)]
    return sorted(kept + added, key=lambda f: f.start)


# Another time's share after a share, said bare: "“Năm ngoái tỷ lệ CĐCS vững mạnh chỉ khoảng 70%,
# năm nay đã lên 85%”", "Tỷ lệ doanh nghiệp ký thỏa ước … năm 2023 là 62%, năm 2024 tăng lên 71,5%"
# (the README's known gap "shares of two years"). A share of that time, of the first one's
# indicator.
_NEXT_TIMES_SHARE_RE = re.compile(
    # (past the rest of its noun: "… tổ chức đối thoại định kỳ, năm 2024 con số này là 75%")
    r"(?:[^,;\d%()]{0,40}?)(?:[,;]|\s+(?:còn|nhưng|thì|và)(?=\s))\s*(?:(?:còn|nhưng|và|thì|mà)\s+)?"
    # (the next one "sang": "…, sang năm 2023 con số này đã là 81%", probes469)
    r"(?:sang\s+)?"
    r"(?P<time>năm(?:\s+học)?\s+(?:nay|này|ngoái|qua|trước|rồi|(?:19|20)\d\d)|"
    rf"quý\s+(?:này|(?:[IV]+|\d)(?:/(?:19|20)\d\d)?)|{_A_YEAR_BEFORE}|"
    rf"(?:\d+|{NUMBER_IN_WORDS})\s+tháng(?:\s+(?:đầu|cuối)\s+năm|\s+(?:nay|qua)|\s+năm\s+nay)?)"
    # (up to when: "…, năm nay đến tháng 10 đã được 91% rồi", probes469)
    r"(?:\s+(?:(?:đến|tới)\s+(?:nay|giờ|(?:hết\s+)?(?:tháng|quý)\s+[\dIV]+)))?"
    r"(?:\s*,?\s+(?:con số|tỷ lệ|tỉ lệ)(?:\s+(?:này|đó))?)?"
    r"(?:\s+(?:(?:thì|mà|mới|chỉ|vẫn|đã|cũng|đều)\s+)*"
    r"(?:(?:tăng|nâng|giảm|vọt)\s+)?(?:lên|là|đạt|được|có|còn|xuống)(?:\s+(?:mức|tới|đến))?)?\s+"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<pct>\d{{1,3}}(?:,\d+)?)\s*%"
    r"(?=\s*(?:[,.;”\"–)]|$|\s+(?:thôi|nữa|rồi|do|vì)\b))",
    re.IGNORECASE,
)


def tallied_shares(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Each share said of another time after a share (_NEXT_TIMES_SHARE_RE): a share of its own,
    of that time, as written."""
    added: list[Figure] = []
    for figure in figures:
        # (a share, or a percent of the plan said alone: "Năm ngoái thành phố chỉ đạt 72% chỉ
        # tiêu phát triển đoàn viên, năm nay … đã được 91% rồi", probes469)
        if figure.kind != "result" or figure.percent is None or figure.achieved is not None:
            continue
        at = figure.end
        while (told := _NEXT_TIMES_SHARE_RE.match(sentence, at)) is not None:
            if any(f.start < told.end() and told.start("time") < f.end for f in figures + added):
                break
            added.append(
                dataclasses.replace(
                    figure,
                    start=told.start("time"),
                    end=told.end(),
                    achieved=None,
                    target=None,
                    percent=parse_number(told["pct"]),
                    qualifiers={"percent": told["qual"].lower()} if told["qual"] else {},
                    period=told["time"],
                )
            )
            at = told.end()
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# Another time's counts in brackets, after a comparison with that time or opening on it: "…
# thành lập 24 CĐCS, gấp đôi năm 2023 (12 CĐCS)", "…, cao hơn kết quả năm 2024 (7 CĐCS, 1.180 đoàn
# viên)", "kết nạp 2.034 đoàn viên (cùng kỳ 1.650)" (probes390). Each is what was done in that time:
# a result of the indicator its noun counts, or, with no noun, of the figure just before.
_OTHER_TIME = (
    r"(?:cả\s+)?(?:năm(?:\s+học)?\s+(?:ngoái|trước|(?:19|20)\d\d)|"
    rf"{_A_YEAR_BEFORE}|quý\s+(?:trước|[IV]+(?:/(?:19|20)\d\d)?)|"
    rf"(?:\d+|{NUMBER_IN_WORDS})\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?(?:\s+(?:19|20)\d\d)?|"
    r"nhiệm kỳ\s+(?:trước|(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d))"
)
_COMPARED = r"\b(?:gấp|bằng|hơn|so với|kém|kết quả)\b"
_TIME_IN_BRACKETS_RE = re.compile(
    rf"(?P<gap>[^;\d()]{{0,50}}?)(?:(?P<time>{_OTHER_TIME})(?:\s+[^\W\d]+){{0,2}}?\s*)?"
    rf"\(\s*(?:(?P<inside>{_OTHER_TIME})\s*(?::|là)?\s*)?(?=[^()]*\))",
    re.IGNORECASE,
)
_COUNT_IN_BRACKETS_RE = re.compile(
    rf"\s*(?:[,;]|và)?\s*(?:(?P<qual>{w.QUALIFIER})\s+)?{_COUNT}"
    rf"(?:\s+(?P<unit>{_TALLIED_UNIT}))?(?=\s*(?:[,;)]|và\b))",
    re.IGNORECASE,
)


def times_in_brackets(sentence: str, figures: list[Figure]) -> list[Figure]:
    added: list[Figure] = []
    for figure in figures:
        if figure.metric not in _UNITS_OF_METRIC or figure.kind not in ("result", "plan"):
            continue
        said = _TIME_IN_BRACKETS_RE.match(sentence, figure.end)
        if said is None or not (
            (said["time"] and re.search(_COMPARED, said["gap"], re.IGNORECASE))
            or (said["inside"] and not said["gap"].strip() and not said["time"])
        ):
            continue
        before = [f for f in figures if f.end <= figure.end][::-1]
        told, at = [], said.end()
        while (count := _COUNT_IN_BRACKETS_RE.match(sentence, at)) is not None:
            told.append(count)
            at = count.end()
        if not told or not re.match(r"\s*\)", sentence[at:]):
            continue
        for count in told:
            unit = (count["unit"] or "").lower()
            of = (
                next((f for f in before if unit in _UNITS_OF_METRIC.get(f.metric, ())), None)
                if unit
                else figure
            )
            if of is not None and not any(
                f.start < count.end() and count.start() < f.end for f in figures
            ):
                added.append(
                    _tally(dataclasses.replace(of, kind="result"), count, count.start("n"))
                )
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# Another time's counts of several indicators in turn: "Năm 2024, … kết nạp 2.346 đoàn viên,
# thành lập 14 CĐCS; năm 2023 lần lượt là 1.980 đoàn viên và 9 CĐCS" (probes293).
_TIMES_IN_TURN_RE = re.compile(
    r"\s*[,;]\s*(?:còn\s+)?(?P<time>năm\s+(?:nay|ngoái|trước|(?:19|20)\d\d)|"
    rf"{_A_YEAR_BEFORE})\s*,?\s*(?:các con số\s+)?(?:lần lượt|tương ứng)\s+"
    r"(?:là\s+)?",
    re.IGNORECASE,
)
_COUNT_IN_TURN_RE = re.compile(
    rf"\s*(?:,|và)?\s*(?:(?P<qual>{w.QUALIFIER})\s+)?{_COUNT}\s+(?P<unit>{_TALLIED_UNIT})\b",
    re.IGNORECASE,
)


def times_in_turn(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Each count of another time said in turn (_TIMES_IN_TURN_RE) is a figure of the indicator
    its noun counts among the results before it."""
    added: list[Figure] = []
    for said in _TIMES_IN_TURN_RE.finditer(sentence):
        before = [f for f in figures if f.end <= said.start() and f.kind == "result"]
        at = said.end()
        while (count := _COUNT_IN_TURN_RE.match(sentence, at)) is not None:
            at = count.end()
            unit = count["unit"].lower()
            figure = next((f for f in before if unit in _UNITS_OF_METRIC.get(f.metric, ())), None)
            if figure is None or any(
                f.start < count.end() and count.start() < f.end for f in figures
            ):
                continue
            before.remove(figure)
            added.append(_tally(figure, count, count.start("n")))
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# Counts each said with the body it is of after it: "Lớp học thu hút 85 cán bộ công đoàn của Công
# đoàn ngành Xây dựng, 62 của Công đoàn ngành Giao thông vận tải và 47 của Công đoàn Khu kinh tế
# tỉnh", "Trong quý, 1.250 đoàn viên mới thuộc Công đoàn các KCN và KKT Dung Quất, 310 thuộc LĐLĐ
# thị xã Đức Phổ" (probes438). Each next count is the first one's indicator, of its own body.
# (or where: "Hơn 1.200 đoàn viên được kết nạp tại Công đoàn KCN Đình Vũ, gần 800 tại Công đoàn KKT
# Hải Phòng", probes447)
_OF_ITS_BODY_RE = re.compile(
    rf"(?:\s+[^\W\d]+){{0,3}}?\s+(?:của|thuộc|tại|ở)\s+(?:{w.BODY_WORDS})\b[^,;()]*?"
    r"(?=\s*[,;]|\s+và\s+\d)",
    re.IGNORECASE,
)
_NEXT_COUNT_OF_A_BODY_RE = re.compile(
    rf"(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)(?:(?P<qual>{w.QUALIFIER})\s+)?{_COUNT}"
    rf"(?:\s+(?P<unit>{_TALLIED_UNIT}))?\s+(?:của|thuộc|tại|ở)\s+"
    rf"(?P<name>(?:{w.BODY_WORDS})\b[^,;()]*?)"
    rf"(?=\s*(?:[,;.]|$)|\s+và\s+(?:(?:{w.QUALIFIER})\s+)?\d)",
    re.IGNORECASE,
)


# (or before the one the verb after it reads: "Trong năm, 42 đoàn viên ưu tú của Công đoàn ngành
# Giáo dục và 17 đoàn viên ưu tú của Công đoàn Viên chức tỉnh được giới thiệu cho Đảng", "Đã có
# 215 cán bộ công đoàn của LĐLĐ huyện Mỏ Cày Nam và 180 cán bộ của LĐLĐ huyện Giồng Trôm được tập
# huấn", probes445)
_COUNT_OF_A_BODY_BEFORE_RE = re.compile(
    rf"(?<![\w.,/])(?:(?P<qual>{w.QUALIFIER})\s+)?{_COUNT}\s+(?P<unit>{_TALLIED_UNIT})"
    r"(?:\s+(?:ưu tú|công đoàn|cơ sở|CĐCS))*\s+(?:của|thuộc)\s+"
    rf"(?P<name>(?:{w.BODY_WORDS})\b[^,;()\d]*?)\s*(?:,\s*(?:và\s+)?|\s+và\s+)$",
    re.IGNORECASE,
)


def _count_of_a_body_before(sentence: str, figure: Figure) -> Figure | None:
    if not sentence[figure.start : figure.start + 1].isdigit():
        return None
    item = _COUNT_OF_A_BODY_BEFORE_RE.search(sentence, max(0, figure.start - 160), figure.start)
    if item is None or item["unit"].lower() not in _UNITS_OF_METRIC[figure.metric]:
        return None
    # (its own count said of its body too: "17 đoàn viên ưu tú của Công đoàn Viên chức tỉnh")
    if not re.match(
        rf"\d[\d.]*\s+(?:[^\W\d]+\s+){{0,4}}?(?:của|thuộc)\s+(?:{w.BODY_WORDS})",
        sentence[figure.start : figure.end + 80],
        re.IGNORECASE,
    ):
        return None
    return dataclasses.replace(
        figure,
        start=item.start("n"),
        end=item.end("name"),
        achieved=_count_of(item["n"]),
        percent=None,
        percent_kind=None,
        qualifiers={"achieved": item["qual"].lower()} if item["qual"] else {},
        organisation=item["name"].strip(),
    )


def counts_of_bodies_in_turn(sentence: str, figures: list[Figure]) -> list[Figure]:
    added: list[Figure] = []
    for figure in figures:
        # (the other indicators' units too: "1.215 doanh nghiệp thuộc Công đoàn các KCN và 432
        # doanh nghiệp thuộc LĐLĐ thành phố Biên Hòa đã tổ chức đối thoại định kỳ", probes447)
        if figure.metric not in (*_TALLIED_METRICS, "other") or figure.kind != "result":
            continue
        if figure.target is not None or figure.achieved is None:
            continue
        before = _count_of_a_body_before(sentence, figure)
        if before is not None and not any(
            f.start < before.end and before.start < f.end for f in figures + added
        ):
            added.append(before)
        first = _OF_ITS_BODY_RE.match(sentence, figure.end)
        at = first.end() if first else None
        while at is not None and (item := _NEXT_COUNT_OF_A_BODY_RE.match(sentence, at)):
            unit = (item["unit"] or "").lower()
            if unit and unit not in _UNITS_OF_METRIC[figure.metric]:
                break
            if any(f.start < item.end() and item.start() < f.end for f in figures + added):
                break
            added.append(
                dataclasses.replace(
                    figure,
                    start=item.start("n"),
                    end=item.end(),
                    achieved=_count_of(item["n"]),
                    percent=None,
                    percent_kind=None,
                    qualifiers={"achieved": item["qual"].lower()} if item["qual"] else {},
                    organisation=item["name"].strip(),
                )
            )
            at = item.end()
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# Counts by time said bare, one after another, the noun said last and no deed but "được": "Năm
# 2023 được 14, năm nay mới 6 công đoàn cơ sở", "Năm ngoái được 3.240, năm nay hẳn phải gần 3.600
# đoàn viên" (speech, probes437, probes442). Each is the count of what was gained that time: CĐCS
# founded, members recruited, officials trained ("lượt cán bộ"), by the noun.
_SAID_TIME = (
    r"(?:năm(?:\s+học)?\s+(?:nay|này|ngoái|qua|trước|rồi|kia|(?:19|20)\d\d)"
    r"|quý\s+(?:này|trước|[IV]+(?:/(?:19|20)\d\d)?)|(?:6|sáu)\s+tháng(?:\s+đầu\s+năm)?)"
)
_SAID_TIME_RE = re.compile(_SAID_TIME, re.IGNORECASE)
_TIME_COUNT_RE = re.compile(
    rf"(?P<time>{_SAID_TIME})\s*,?"
    # (the words between: "chắc cũng", "hẳn phải", "tính đến tháng 9 đã", none a deed's; past
    # commas and months too: "năm nay, tính đến giờ, đã được 845 người", "còn năm nay mới 9 tháng
    # đã được 24", probes643, probes660)
    r"(?P<between>(?:\s*,?\s+(?:(?!\d)[^\s,;:.\d“”\"]+|\d{1,2}(?=\s+tháng\b))){0,8}?)\s+"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?{_COUNT}"
    # ("người" says no indicator: the list's is the first count's)
    rf"(?:\s+(?P<unit>{w.CDCS_WORDS}|nghiệp đoàn|{w.MEMBER_WORDS}|lượt(?:\s+cán bộ)?|cán bộ"
    r"|người)(?:\s+(?:công đoàn|CĐCS)(?:\s+cơ sở)?)?)?"
    # (or "thì" and the next time: "… 620 đoàn viên thì năm nay …"; not "… hơn 20.000 thì mới
    # xứng …", probes182)
    r"(?=\s*(?:[,;.”\"]|$|\s+(?:rồi|thôi|nữa|mới)\b|\s+thì\s+(?:năm|quý|tháng)\b))",
    re.IGNORECASE,
)
# (or on to the next: "Quý I được 2, quý II được 3, sang quý III thì được thêm 4 công đoàn cơ sở
# nữa", probes444)
_TIMES_APART_RE = re.compile(
    r"(?:\s*[,;]\s*(?:(?:còn|nhưng|và|mà|thì)\s+)?|\s+(?:còn|nhưng|thì)\s+)(?:(?:sang|đến|tới)\s+)?"
)
_GAINED_RE = re.compile(r"\bđược\b", re.IGNORECASE)
# (after a first count whose deed the rules read, what it rose or fell to as well: "… thì năm 2023
# tụt xuống còn 3.910, năm 2024 nhích lên 4.420", "năm nay tăng lên 780 lượt cán bộ công đoàn",
# "năm nay tính đến tháng 10 đã là 12", probes651, probes660; not after a stock, "Năm 2023 huyện
# có 13.000 đoàn viên thì năm 2024 đã lên 17.200", probes627)
_GAINED_SINCE_RE = re.compile(r"\b(?:được|lên|còn|là)\b", re.IGNORECASE)


def _metric_of_noun(unit: str) -> str | None:
    """The development indicator a count's noun says, or None ("người" says none alone)."""
    if re.fullmatch(w.CDCS_WORDS, unit, re.IGNORECASE) or unit.lower().startswith("nghiệp đoàn"):
        return "cdcs_thanh_lap"
    if re.fullmatch(w.MEMBER_WORDS, unit, re.IGNORECASE):
        return "doan_vien_ket_nap"
    return "can_bo_tap_huan" if unit.lower().startswith(("lượt", "cán bộ")) else None


def _times_counts_at(sentence: str, at: int) -> list[re.Match]:
    """The times' counts said one after another from `at`; the last may say its deed ("Năm ngoái
    1.100 lượt, năm nay chúng tôi tập huấn được 1.450 lượt cán bộ", probes442), or the first
    ("Năm 2023 chúng tôi kết nạp được 620 đoàn viên thì năm nay, tính đến giờ, đã được 845
    người", probes643)."""
    items: list[re.Match] = []
    while (item := _TIME_COUNT_RE.match(sentence, at)) is not None:
        items.append(item)
        apart = _TIMES_APART_RE.match(sentence, item.end())
        if (_DEED_RE.search(item["between"]) and len(items) > 1) or apart is None:
            break
        at = apart.end()
    return items


_DEED_RE = re.compile(rf"\b(?:{w.DEED_VERBS})\b", re.IGNORECASE)
_NEW_ONES_RE = re.compile(r"\s+mới\b", re.IGNORECASE)
_GIVEN_RE = re.compile(r"\b(?:giao|chỉ tiêu|kế hoạch)\b", re.IGNORECASE)


def _time_count(item: re.Match, metric: str, stage: str | None = None) -> Figure:
    """The figure of a time's count (_TIME_COUNT_RE): planned when the words between say so ("Năm
    ngoái được 1.030, năm nay phấn đấu 1.200 đoàn viên", probes437)."""
    planned = w.PLAN_MARKERS.search(item["between"]) is not None
    count = _count_of(item["n"])
    field = "target" if planned else "achieved"
    return Figure(
        metric=metric,
        kind="plan" if planned else "result",
        start=item.start(),
        end=item.end(),
        achieved=None if planned else count,
        target=count if planned else None,
        qualifiers={field: item["qual"].lower()} if item["qual"] else {},
        period=item["time"],
        stage=stage,
    )


def counts_by_time_said_bare(sentence: str, figures: list[Figure]) -> list[Figure]:
    for time in _SAID_TIME_RE.finditer(sentence):
        items = _times_counts_at(sentence, time.start())
        # (not a target given then what was done of it: "Năm 2020 tỉnh được giao 25.000 đoàn viên,
        # quý I mới làm được hơn 9.000, gần 37%", probes174)
        if len(items) < 2 or any(_GIVEN_RE.search(i["between"]) for i in items):
            continue
        last, first = items[-1], items[0]
        there = [f for f in figures if f.start < last.end() and last.start() < f.end]
        first_read = [f for f in figures if f.start < first.end() and first.start() < f.end]
        # (the first one's deed said, read by the rules: the times after are its indicator's)
        if _DEED_RE.search(first["between"]) and first_read:
            metrics = {(f.metric, f.stage) for f in first_read}
            (metric, stage), items = (
                (metrics.pop() if len(metrics) == 1 else (None, None)),
                items[1:],
            )
            gained = all(_GAINED_SINCE_RE.search(i["between"]) for i in items)
        # (the last one's deed said, read by the rules: the times before are its indicator's)
        elif _DEED_RE.search(last["between"]) and there:
            stage = None
            metrics = {f.metric for f in there}
            metric, items = (metrics.pop() if len(metrics) == 1 else None), items[:-1]
            gained = True
        else:
            # (the noun said last, or first: "Năm ngoái bên em làm được 640 đoàn viên, năm nay mới
            # được 380 thôi", probes448)
            said = [i["unit"] for i in items if i["unit"] and _metric_of_noun(i["unit"])]
            metric, stage = (_metric_of_noun(said[-1]) if said else None), None
            # (or new ones: "Năm 2022 hơn 600, năm 2023 hơn 750 đoàn viên mới", probes454; or a
            # deed the rules did not read: "…, còn quý III đến giờ mới làm được 2")
            gained = any(
                _GAINED_RE.search(i["between"]) or _DEED_RE.search(i["between"]) for i in items
            ) or bool(_NEW_ONES_RE.match(sentence, last.end()))
        # (each item's noun, said or not, is the list's one; "người" says none)
        nouns = {_metric_of_noun(i["unit"]) for i in items if i["unit"]} - {None}
        if metric is None or not gained or nouns - {metric}:
            continue
        # (the times' counts the rules read already, of the same indicator, stay as they are:
        # "Quý I được 4, quý II được 6 công đoàn cơ sở, …" reads the first alone)
        read = [f for f in figures if f.start < items[-1].end() and items[0].start() < f.end]
        if any(f.metric != metric for f in read):
            continue
        new = [i for i in items if not any(f.start < i.end() and i.start() < f.end for f in read)]
        if not new:
            continue
        added = [_time_count(item, metric, stage) for item in new]
        return sorted(figures + added, key=lambda f: f.start)
    return figures


# The next places each with the two counts the first one gave, the deeds left out: "LĐLĐ TP Buôn
# Ma Thuột kết nạp 612 đoàn viên, thành lập 5 CĐCS; LĐLĐ huyện Cư M'gar 204 đoàn viên, 2 CĐCS",
# "Công đoàn các KCN tỉnh thành lập 8 CĐCS với 1.360 đoàn viên; …; LĐLĐ huyện Núi Thành 3 CĐCS với
# 185 đoàn viên" (probes441, probes451). Each count is its place's figure of the first place's
# indicator its noun says.
# (past the rest of the first's noun: "thành lập 2 nghiệp đoàn nghề cá với 96 đoàn viên")
_TWO_JOINED_RE = re.compile(
    r"(?:\s+[^\W\d][^\s,;]*){0,3}?"
    rf"\s*(?:,|\s+với|\s+và)\s*(?:(?:{w.DEED_VERBS})(?:\s+(?:mới|được))*\s+)?",
    re.IGNORECASE,
)
_NOUN_OF_A_PAIR = (
    rf"{w.CDCS_WORDS}|nghiệp đoàn(?:\s+[^\W\d][^\s,;]*){{0,2}}?|{w.MEMBER_WORDS}|người|"
    r"lượt(?:\s+cán bộ)?|cán bộ"
)
_NEXT_PAIR_RE = re.compile(
    r"\s*[,;]\s*(?:và\s+|còn\s+)?"
    # (no heading's dash: "TP Buôn Ma Thuột – 5 CĐCS, 1.020 đoàn viên; …", a headed list's)
    rf"(?P<name>(?:{w.PLACE_WORDS})(?:\s+[^\s,;:\d()%–—-]+){{1,8}}?)\s+"
    rf"(?:(?P<q1>{w.QUALIFIER})\s+)?(?P<n1>{COUNT_IN_DIGITS})"
    rf"(?:\s*/\s*(?P<t1>{COUNT_IN_DIGITS}))?"
    rf"\s+(?P<u1>{_NOUN_OF_A_PAIR})\s*(?:,|\s+với|\s+và)\s*"
    rf"(?:(?P<q2>{w.QUALIFIER})\s+)?(?P<n2>{COUNT_IN_DIGITS})"
    rf"(?:\s*/\s*(?P<t2>{COUNT_IN_DIGITS}))?"
    rf"\s+(?P<u2>{_NOUN_OF_A_PAIR})"
    r"(?=\s*(?:[,;.]|$))",
    re.IGNORECASE,
)


def _of_the_metric(noun: str, metric: str) -> bool:
    return _metric_of_noun(noun) == metric or noun.lower() in _UNITS_OF_METRIC.get(metric, ())


def pairs_by_place(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See _NEXT_PAIR_RE. (Planned too, and what was done of a target said x/y when the first
    place's are: "LĐLĐ TP Phan Thiết thành lập 4/3 CĐCS, kết nạp 520/450 đoàn viên; LĐLĐ thị xã
    La Gi 2/2 CĐCS, 260/250 đoàn viên", "… phấn đấu kết nạp 800 đoàn viên, thành lập 4 CĐCS;
    LĐLĐ TP Tam Kỳ 500 đoàn viên, 3 CĐCS", probes491.)"""
    added: list[Figure] = []
    for first, second in zip(figures, figures[1:], strict=False):
        if not (first.kind == second.kind and first.metric != second.metric):
            continue
        planned = first.kind == "plan"
        if planned and (first.achieved is not None or second.achieved is not None):
            continue
        paired = first.target is not None and not planned
        if {first.metric, second.metric} - set(_TALLIED_METRICS):
            continue
        if not _TWO_JOINED_RE.fullmatch(sentence, first.end, second.start):
            continue
        at = second.end
        while (item := _NEXT_PAIR_RE.match(sentence, at)) is not None:
            if w.NOT_A_NAME_RE.search(item["name"]):
                break
            if not (
                _of_the_metric(item["u1"], first.metric)
                and _of_the_metric(item["u2"], second.metric)
            ):
                break
            if (item["t1"] is not None) != paired or (item["t2"] is not None) != paired:
                break
            # (read once, from the first pair of the list)
            if any(a.start <= item.start("n1") < a.end for a in added):
                break
            for figure, n, t, q, u in (
                (first, "n1", "t1", "q1", "u1"),
                (second, "n2", "t2", "q2", "u2"),
            ):
                value = parse_number(item[n])
                added.append(
                    dataclasses.replace(
                        figure,
                        start=item.start("name") if figure is first else item.start(n),
                        end=item.end(u),
                        achieved=None if planned else value,
                        target=value if planned else item[t] and parse_number(item[t]),
                        percent=None,
                        percent_kind=None,
                        qualifiers={"achieved": item[q].lower()} if item[q] else {},
                        organisation=item["name"].strip(),
                    )
                )
            at = item.end()
    if not added:
        return figures
    kept = [f for f in figures if not any(a.start < f.end and f.start < a.end for a in added)]
    return sorted(kept + added, key=lambda f: f.start)
