"""Rankings of unions by a deed: the counts of the ranked units, each a figure of that deed.

Year-end and six-month summaries rank the units under them, naming the deed once and the count of
each unit after its name, often with no verb of its own: "Dẫn đầu về phát triển đoàn viên là Công
đoàn các KCN Bắc Ninh với 7.820 đoàn viên mới, tiếp đến là LĐLĐ thành phố Từ Sơn (1.146 đoàn viên)
và LĐLĐ huyện Yên Phong (905 đoàn viên)"; "Về thành lập CĐCS, LĐLĐ thị xã Quế Võ đứng đầu với 9 đơn
vị; xếp thứ hai là LĐLĐ huyện Tiên Du với 7 CĐCS"; "… lần lượt đứng ba vị trí đầu với 1.420, 865
và 702 đoàn viên mới" (a ranking the real sets hold too: "… dẫn đầu với 3.120 đoàn viên mới, tiếp
đến là …", heldout34). The other rules read the counts that have a verb; this reads the rest."""

from __future__ import annotations

import re

from . import wording as w
from .figure import (
    YEARS_RE,
    Figure,
    counted_figure,
    percent_after,
    plan_or_result,
    qualifiers_of,
    take_percent,
)
from .indicators import percent_figures
from .numbers import Quantity, quantities

# The words of a ranking; the counts ranked stand after the first.
_RANKING_RE = re.compile(
    # (an ordinal alone is no ranking: "hội nghị hiệp thương lần thứ hai")
    r"\b(?:dẫn đầu|đứng đầu|xếp (?:thứ|vị trí)|đứng thứ|"
    # ("chỉ sau" a union, not "chỉ sau nửa năm")
    # (the next places: "Xếp sau lần lượt là …", "Ba vị trí tiếp theo thuộc về …", probes328)
    r"tiếp (?:đến|theo) là|kế (?:đến|tiếp) là|xếp sau(?:\s+lần lượt)? là|"
    r"(?:vị trí|hạng) tiếp theo (?:thuộc về|là)|chỉ sau(?=\s+(?:LĐLĐ|Công đoàn|CĐCS|Liên đoàn))|"
    r"(?:đứng|xếp) \S+ vị trí đầu|"
    r"nhiều\s+(?:\S+\s+){0,3}?nhất|"
    # ("Cao nhất là LĐLĐ huyện Gia Lâm với 612 đoàn viên mới")
    r"(?:cao|đông|lớn)\s+nhất|"
    # (or the units with many or high counts, listed: "Các đơn vị thành lập được nhiều CĐCS là …",
    # "… có kết quả cao", "Các đơn vị có số kết nạp cao gồm: …", "Các đơn vị có nhiều đoàn viên
    # được giới thiệu: …", probes244, 251, 258)
    # ("Các đơn vị có số đoàn viên kết nạp cao gồm: …", probes408)
    r"(?:có|đạt)\s+(?:số\s+(?:\S+\s+){0,4}?|kết quả\s+)?cao\b(?!\s+(?:hơn|nhất))|"
    # (or nothing between: "Một số đơn vị kết nạp nhiều: …", probes307)
    r"nhiều(?:\s+(?:[^\s\d,;:]+\s+){0,4}?[^\s\d,;:]+)?\s*(?::|\s(?:là|gồm)\b))",
    re.IGNORECASE,
)
# The deed the units are ranked by, most specific first (the Party's admissions say "kết nạp"
# too; unions founded are counted with their members).
_DEEDS = (
    ("admitted", re.compile(r"kết nạp\s+(?:vào\s+)?Đảng\b|kết nạp đảng viên", re.IGNORECASE)),
    # (to the Party: not "giới thiệu 4 cán bộ … ứng cử đại biểu Quốc hội")
    # (or a union's ranking by introductions with the Party left unsaid: "Dẫn đầu về số lượng giới
    # thiệu là Công đoàn các KCN Thái Nguyên với 118 người", probes99; not jobs found)
    (
        "introduced",
        re.compile(
            r"\bgiới thiệu\b(?=.*\b(?:Đảng|cấp ủy|cấp uỷ)\b)"
            r"|(?:số lượng|về)\s+giới thiệu\b(?!\s+(?:việc làm|sản phẩm))"
            r"|\bđược\s+giới thiệu\b(?=.*\b(?:dẫn đầu|tiếp (?:theo|đến)|kế (?:đến|tiếp))\b)"
            # (union members introduced are the Party's: "Các đơn vị có nhiều đoàn viên được
            # giới thiệu: …", probes258)
            r"|\bđoàn viên\s+(?:ưu tú\s+)?được\s+giới thiệu\b",
            re.IGNORECASE,
        ),
    ),
    # officials trained, dialogues held, agreements signed: "Về tập huấn, … dẫn đầu với 286 lượt
    # cán bộ; … đứng thứ hai với 214 lượt", "Về đối thoại, nhiều nhất là … với 214 cuộc" (probes57)
    ("can_bo_tap_huan", re.compile(r"\b(?:tập huấn|bồi dưỡng|đào tạo)\b", re.IGNORECASE)),
    ("đối thoại", re.compile(r"\bđối thoại\b", re.IGNORECASE)),
    (
        "thỏa ước lao động tập thể",
        re.compile(r"\b(?:thỏa ước|thoả ước|TƯLĐTT)\b", re.IGNORECASE),
    ),
    (
        "cdcs_thanh_lap",
        re.compile(rf"thành lập|ra mắt|(?:{w.CDCS_WORDS})\s+mới", re.IGNORECASE),
    ),
    (
        "doan_vien_ket_nap",
        re.compile(
            r"phát triển\s+(?:mới\s+)?đoàn viên|kết nạp|(?:đoàn viên|ĐVCĐ)\s+mới", re.IGNORECASE
        ),
    ),
)
_CDCS_AFTER_RE = re.compile(rf"\s*(?:{w.CDCS_WORDS}|đơn vị|nghiệp đoàn)\b", re.IGNORECASE)
_MEMBERS_AFTER_RE = re.compile(r"\s*(?:đoàn viên|ĐVCĐ|ĐV\b|công đoàn viên)", re.IGNORECASE)
_PEOPLE_AFTER_RE = re.compile(r"\s*người\b", re.IGNORECASE)
_TRAINEES_AFTER_RE = re.compile(r"\s*(?:lượt|cán bộ|học viên)", re.IGNORECASE)
# What an indicator's ranking counts: dialogues or the companies holding them, agreements.
_HELD_AFTER_RE = re.compile(r"\s*(?:cuộc|buổi|bản|doanh nghiệp|DN\b)", re.IGNORECASE)
# A number with no noun stands in brackets after its unit's name ("Bến Cát (12)"), after "với",
# or in a list of numbers whose last has the noun ("với 1.420, 865 và 702 đoàn viên mới").
_BARE_IN_BRACKETS_RE = re.compile(r"\s*\)")
_LIST_GOES_ON_RE = re.compile(r"(?:\s*,\s*\d[\d.]*)*\s*(?:,|và)\s*\d[\d.]*")
_WITH_BEFORE_RE = re.compile(r"\bvới\s*$", re.IGNORECASE)
# Where a ranked count stands: after "với", in brackets, or right after its unit's name, the
# clause's first words ("…, tiếp theo là LĐLĐ huyện Tiền Hải 96 đoàn viên"); not "… và 05 đoàn
# viên công đoàn là đảng viên mới kết nạp" of a delegation someone "dẫn đầu" (H12-015).
_RANKED_AT_RE = re.compile(
    # (or after another count of the same item: "… xếp thứ hai với 4 CĐCS, 390 đoàn viên", "dẫn
    # đầu với 6 CĐCS và 512 đoàn viên mới")
    # ("Xếp thứ hai: LĐLĐ huyện Gia Lâm (1.985 đoàn viên; 14 CĐCS)", probes237)
    r"(?:\bvới(?:\s+lần lượt)?|\()\s*(?:\d[\d.]*\s+[^\W\d][^,;:()\d]{0,25}?(?:\s*[,;]|\s+và)\s*)?$"
    # (or after the ranking's next words: "…, tiếp đến Công đoàn ngành Giáo dục 64 người và LĐLĐ TP
    # Phổ Yên 51 người", probes99)
    # (or a place's name: "Thành phố Biên Hòa dẫn đầu với 14 CĐCS mới, tiếp đến là huyện Nhơn
    # Trạch 11 CĐCS, huyện Trảng Bom 9 CĐCS", probes215)
    r"|(?:^|[,;:]|\blà|\btiếp (?:đến|theo)|\bkế (?:đến|tiếp)|\bvà)\s*"
    rf"(?:{w.PLACE_WORDS})\b"
    # (its count after a comma: "LĐLĐ thị xã Nghi Sơn, 615 đoàn viên; …", probes251)
    # (a note in brackets in its name: "Công ty TNHH Daewon Vina (Hàn Quốc) 455 người", probes349)
    r"(?:[^,;:()\d]|\([^()\d]{1,40}\)){0,90}(?:,\s*)?$"
)
_LEFT_REACH = 160
_UNITS_NUMBERS_RE = re.compile(r"(?:\d[\d.]*\s*,\s*)*(?:\d[\d.]*\s*(?:,|và)\s*)$")
_UNION_NAME_RE = re.compile(r"\b(?:Công đoàn|Liên đoàn)\s+", re.IGNORECASE)
_ORDINAL_BEFORE_RE = re.compile(r"\b(?:thứ|top|hạng)\s*$", re.IGNORECASE)


# The metrics a ranking's first item may have been read as by the other rules, whose deed then
# holds for the items after it (see ranked_figures).
_SAID_BEFORE = ("cdcs_thanh_lap", "doan_vien_ket_nap")


def _deed_of(figure: Figure) -> str | None:
    """The deed of a ranking a figure of its first item names (a stage for the Party's)."""
    if figure.metric == "dang_vien_gioi_thieu":
        return figure.stage
    return figure.metric if figure.metric in _SAID_BEFORE else None


def _deeds(sentence: str) -> list[str]:
    return [deed for deed, pattern in _DEEDS if pattern.search(sentence)]


_NOUNS_AFTER = (
    ("cdcs", _CDCS_AFTER_RE),
    ("member", _MEMBERS_AFTER_RE),
    ("person", _PEOPLE_AFTER_RE),
    ("trainee", _TRAINEES_AFTER_RE),
    ("held", _HELD_AFTER_RE),
)
_OPEN_BRACKET_BEFORE_RE = re.compile(r"\(\s*$")
_ITEM_ENDS_RE = re.compile(r"\s*(?:[,;)]|$)")


def _noun_after(sentence: str, at: int) -> tuple[str, int] | None:
    """What the noun at `at` counts ("cdcs", "member", "person", "trainee" or "held") and where it
    ends."""
    for kind, pattern in _NOUNS_AFTER:
        match = pattern.match(sentence, at)
        if match:
            return kind, match.end()
    return None


def _unit(sentence: str, quantity: Quantity) -> tuple[str, int] | None:
    """What the number counts (a noun's kind, or "bare" with none) and where its words end."""
    noun = _noun_after(sentence, quantity.end)
    if noun:
        return noun
    start = max(0, quantity.start - 10)
    if _BARE_IN_BRACKETS_RE.match(sentence, quantity.end) and _OPEN_BRACKET_BEFORE_RE.search(
        sentence, start, quantity.start
    ):
        return "bare", quantity.end
    # (the list's last number has the noun: "1.420, 865 và 702 đoàn viên mới")
    listed = _LIST_GOES_ON_RE.match(sentence, quantity.end)
    noun = listed and _noun_after(sentence, listed.end())
    if noun:
        return noun[0], quantity.end
    if _WITH_BEFORE_RE.search(sentence, start, quantity.start) and _ITEM_ENDS_RE.match(
        sentence, quantity.end
    ):
        return "bare", quantity.end
    return None


def _youth_named(sentence: str, start: int, end: int) -> bool:
    """The Youth Union is the one the count's part of the list names ("Thị đoàn Phú Mỹ dẫn đầu …
    với 1.450 đoàn viên mới; LĐLĐ thị xã đứng thứ hai với 1.120 đoàn viên công đoàn", probes57);
    a ward's union is no ward's Youth Union ("Công đoàn phường …")."""
    part = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    return bool(w.YOUTH.search(_UNION_NAME_RE.sub(" ", sentence[part:end])))


def _metric(deed: str, unit: str) -> tuple[str, str | None, str | None] | None:
    """(metric, stage, label) of a count of `unit` in a ranking by `deed`, if it counts that."""
    if deed in ("admitted", "introduced"):
        counts = unit in ("member", "person", "bare")
        return ("dang_vien_gioi_thieu", deed, None) if counts else None
    if deed == "can_bo_tap_huan":
        return ("can_bo_tap_huan", None, None) if unit in ("trainee", "person", "bare") else None
    if deed in ("đối thoại", "thỏa ước lao động tập thể"):
        return ("other", None, deed) if unit in ("held", "bare") else None
    if deed == "cdcs_thanh_lap" and unit in ("cdcs", "bare"):
        return "cdcs_thanh_lap", None, None
    # (the members of the unions founded are recruited: "41 CĐCS, 9.612 đoàn viên")
    return ("doan_vien_ket_nap", None, None) if unit in ("member", "person", "bare") else None


def _ranked_as(deeds: list[str], unit: str) -> tuple[str, str | None, str | None] | None:
    """The metric of the first deed the sentence names that counts `unit` ("Về phát triển đoàn
    viên, … dẫn đầu với 512 đoàn viên mới, … đối thoại" is a ranking of members recruited)."""
    return next((m for m in (_metric(deed, unit) for deed in deeds) if m), None)


_WHAT_THERE_IS_RE = re.compile(
    r"\b(?:có|hiện nay|bình quân|trung bình|tổng số|quy mô)\b"
    # (or the members there are, the ranking's yardstick: "Dẫn đầu về số đoàn viên là Công đoàn
    # các KCN tỉnh với 325.400 đoàn viên", probes413)
    r"|\bvề\s+số\s+(?:lượng\s+)?(?:đoàn viên|ĐVCĐ|CĐCS|công đoàn cơ sở)\b"
    r"(?!\s+(?:được\s+)?(?:kết nạp|phát triển|thành lập|mới|giới thiệu))",
    re.IGNORECASE,
)


# Units named before "là những địa phương / các đơn vị … (nhiều … nhất)", the ranking's words last.
_RANKED_BEFORE_RE = re.compile(
    r"\s(?:đều\s+)?là\s+(?:những|các|\S+)\s+(?:địa phương|đơn vị|nơi|doanh nghiệp|công đoàn|"
    r"LĐLĐ)\b[^,;()\d]*$",
    re.IGNORECASE,
)


def ranks(sentence: str) -> bool:
    return bool(_RANKING_RE.search(sentence))


# A ranking of members recruited that names no union, of zones or places: "Dẫn đầu về số đoàn viên
# kết nạp mới là KCN Quang Châu với 1.126 người", "Các địa phương có số đoàn viên kết nạp mới lớn
# nhất là TP.HCM (148.230), …" (probes317); not the Youth Union's (see _youth_named).
_MEMBERS_RECRUITED_RE = re.compile(
    r"\b(?:số\s+)?đoàn viên\s+(?:được\s+)?(?:kết nạp|phát triển)(?:\s+mới)?\b"
    r"|\b(?:kết nạp|phát triển)\s+(?:mới\s+)?đoàn viên\b"
    # ("KCN Quế Võ dẫn đầu với 1.904 đoàn viên mới, tiếp đến KCN Yên Phong 1.210 người", probes349)
    r"|\bđoàn viên\s+mới\b",
    re.IGNORECASE,
)


# (or of those introduced, by units that name no union: "Tập đoàn Viettel dẫn đầu với 412 người
# được giới thiệu, kế đến là Tổng Công ty Xây dựng Trường Sơn (156)", probes350)
_INTRODUCED_RE = re.compile(
    r"\bđược\s+giới thiệu\b(?!\s+(?:việc làm|sản phẩm|đi làm|vào làm))", re.IGNORECASE
)


def _a_union_ranking(sentence: str, youth_context: bool) -> bool:
    return bool(
        w.UNION.search(sentence)
        or (
            not youth_context
            and (_MEMBERS_RECRUITED_RE.search(sentence) or _INTRODUCED_RE.search(sentence))
            and not w.YOUTH.search(sentence)
        )
    )


def ranked_figures(
    sentence: str,
    figures: list[Figure],
    counted_before: tuple[str, ...] = (),
    youth_context: bool = False,
) -> list[Figure]:
    """The figures of the units a union sentence ranks that `figures` has not read already;
    `counted_before`: what the headline, sa-pô or sentence before counted as done, the deed of a
    ranking that names none ("Dẫn đầu toàn tỉnh là LĐLĐ TP Phổ Yên (512 đoàn viên, 4 CĐCS), …"
    under "Thái Nguyên kết nạp 2.100 đoàn viên", probes223)."""
    ranking = _RANKING_RE.search(sentence)
    if ranking is None or not _a_union_ranking(sentence, youth_context):
        return []
    # (and what the first item's counts were read as: "… dẫn đầu với 6 CĐCS và 512 đoàn viên mới;
    # Công đoàn xã Nhơn Trạch xếp thứ hai với 4 CĐCS, 390 đoàn viên" ranks unions founded too)
    # (and those introduced: "… đứng đầu với 134 người được giới thiệu, kế đến là Công đoàn ngành
    # Giáo dục (121 người)", probes317)
    deeds = _deeds(sentence)
    deeds += [
        deed
        for deed in dict.fromkeys(_deed_of(f) for f in figures)
        if deed is not None and deed not in deeds
    ]
    # (not a ranking of what there is: "Về số CĐCS hiện có, quận 1 đứng đầu với 1.245 CĐCS",
    # "Bình quân mỗi CĐCS có 186 đoàn viên, đông nhất là …", probes216, probes74)
    if not deeds and not _WHAT_THERE_IS_RE.search(sentence):
        deeds = [metric for metric in _SAID_BEFORE if metric in counted_before]
    if not deeds:
        return []
    # (a ranking of the parts of a whole just said is its breakdown: "… đã thành lập mới 42
    # CĐCS, …, trong đó Công đoàn phường Mỹ Tho dẫn đầu với 7 CĐCS")
    if figures and re.search(rf"\b{w.AMONG_THEM}\b", sentence[figures[0].end : ranking.start()]):
        return []
    # (the ranking said after the units it ranks: "LĐLĐ huyện Năm Căn (2 CĐCS), huyện Trần Văn Thời
    # (2 CĐCS) và TP Cà Mau (3 CĐCS) là những địa phương thành lập được nhiều CĐCS nhất",
    # probes279)
    after = not re.search(r"\d", sentence[ranking.end() :]) and _RANKED_BEFORE_RE.search(
        sentence, 0, ranking.start()
    )
    low, high = (0, after.start()) if after else (ranking.start(), len(sentence))
    found = []
    for quantity in quantities(sentence):
        if (
            not low <= quantity.start < high
            or quantity.percent
            # (x/y, done of its target, as a count ranked: "Các đơn vị đạt kết quả cao: LĐLĐ
            # huyện Thạch Hà (312/280 đoàn viên), …", probes408)
            or quantity.relation not in (None, "of")
            or any(f.start <= quantity.start < f.end for f in figures)
            or _ORDINAL_BEFORE_RE.search(sentence, 0, quantity.start)
            or YEARS_RE.fullmatch(sentence[quantity.start : quantity.end])
        ):
            continue
        # (what stands before it within a clause's reach: a table's long row stays linear)
        reach = max(0, quantity.start - _LEFT_REACH)
        left = ("\x00" if reach else "") + sentence[reach : quantity.start]
        if not _RANKED_AT_RE.search(_UNITS_NUMBERS_RE.sub("", left)):
            continue
        unit = _unit(sentence, quantity)
        metric = unit and _ranked_as(deeds, unit[0])
        # (a bare count goes on with the item before it: "… đứng đầu với 1.134 đoàn viên, tiếp đến
        # là thị xã Nghĩa Lộ (862)", probes156)
        before = [f for f in figures + found if f.end <= quantity.start]
        if unit and unit[0] == "bare" and before:
            last = max(before, key=lambda f: f.end)
            metric = (last.metric, last.stage, last.label)
        if not metric or _youth_named(sentence, quantity.start, unit[1]):
            continue
        # (not the Party's own members: "Đảng bộ quận Ninh Kiều với 203 đảng viên mới")
        if re.match(r"\s*đảng viên", sentence[quantity.end :], re.IGNORECASE):
            continue
        kind = plan_or_result(sentence, quantity.start, quantity)
        figure = counted_figure(
            metric[0], kind, quantity.start, unit[1], quantity, stage=metric[1], label=metric[2]
        )
        figure.qualifiers.update(qualifiers_of(quantity, kind, sentence, unit[1]))
        # its share of its plan: "… với 186 đoàn viên mới, đạt 124% chỉ tiêu"
        percent = percent_after(sentence, unit[1], quantity, metric[0])
        if percent and kind == "result":
            take_percent(figure, percent)
        found.append(figure)
    return found


# A ranking by a share names the share once and each unit's percent after the unit, in brackets
# or after "với": "Dẫn đầu về tỷ lệ CĐCS hoàn thành tốt nhiệm vụ là Công đoàn Viên chức tỉnh
# (97,1%), kế đó là Công đoàn ngành Giáo dục (94,8%); thấp nhất là Công đoàn các KCN Quảng Ngãi
# với 61,3%" (probes57, probes85); "Dẫn đầu về tỷ lệ hoàn thành chỉ tiêu kết nạp là LĐLĐ huyện
# Long Hồ (146%), …" (probes307). A share of what there is names no indicator ("Tỷ lệ đoàn viên
# trên tổng số người lao động cao nhất thuộc về …").
_RANKED_SHARE_RE = re.compile(
    r"\bt[ỷỉ] lệ\s+(?P<what>[^\d%;:(),]{3,120}?)\s*"
    r"(?:\s(?:là|thuộc về|cao nhất|thấp nhất)\b|:)",
    re.IGNORECASE,
)
# ("hoàn thành chỉ tiêu kết nạp": the deed's share of its plan)
_SHARE_OF_A_PLAN_RE = re.compile(
    r"(?:hoàn thành|thực hiện|đạt)\s+(?:chỉ tiêu|kế hoạch)\s+(?P<deed>\S.*)", re.IGNORECASE
)
_BARE_PERCENT_BEFORE_RE = re.compile(
    rf"(?:\(|\bvới|\bchỉ đạt|\bđạt)\s*(?:(?:{w.QUALIFIER})\s+)?$", re.IGNORECASE
)
_BARE_PERCENT_AFTER_RE = re.compile(r"\s*%\s*(?:\)|[,;.]|\s+(?:và|kế|tiếp|thấp|cao)\b|$)")


def _share_ranked(what: str) -> tuple[str, str | None, str | None, str] | None:
    """(metric, stage, label, percent_kind) of a share named `what` in a ranking by it."""
    plan = _SHARE_OF_A_PLAN_RE.match(what)
    if plan:
        metric = _ranked_as(_deeds(plan["deed"]), "bare")
        return metric and (*metric, "of_target")
    # (the share's indicator read as a sentence of its own would read it)
    said = percent_figures(f"Tỷ lệ {what} đạt 50%.", [])
    if len(said) != 1:
        return None
    (figure,) = said
    return figure.metric, figure.stage, figure.label, figure.percent_kind


# A ranking by the percent of the plan whose deed only the headline or sa-pô names: "Dẫn đầu là
# Công đoàn phường Hồng Bàng đạt 96% kế hoạch năm, Công đoàn xã An Dương đạt 88%, …" under "…
# đạt 54% chỉ tiêu phát triển đoàn viên" (probes354).
_PERCENT_OF_THE_PLAN_RE = re.compile(
    rf"\bđạt\s+(?:(?:{w.QUALIFIER})\s+)?\d[\d,]*\s*%\s*(?:{w.PLAN_NOUN})\b", re.IGNORECASE
)


def _ranked_by_the_plan(
    sentence: str, ranking: re.Match, counted_before: tuple[str, ...]
) -> tuple[int, tuple[str, None, None, str]] | None:
    """Where the units' percents start and their indicator, for a ranking by the percent of the
    plan that names no deed, of the one development count its context gives."""
    said = [metric for metric in _SAID_BEFORE if metric in counted_before]
    if (
        len(said) != 1
        or _deeds(sentence)
        or not _PERCENT_OF_THE_PLAN_RE.search(sentence, ranking.start())
        or percent_figures(sentence, [])
    ):
        return None
    return ranking.start(), (said[0], None, None, "of_target")


def ranked_shares(
    sentence: str, figures: list[Figure], counted_before: tuple[str, ...] = ()
) -> list[Figure]:
    """The percents of the units a ranking by a share lists, each a figure of that share, where
    `figures` has not read them already."""
    ranking = _RANKING_RE.search(sentence) or re.search(r"\bthấp nhất\b", sentence, re.I)
    share = _RANKED_SHARE_RE.search(sentence)
    if ranking is None or not w.UNION.search(sentence):
        return []
    if share is not None:
        indicator = _share_ranked(share["what"].strip())
        start = share.end()
    else:
        by_the_plan = _ranked_by_the_plan(sentence, ranking, counted_before)
        start, indicator = by_the_plan if by_the_plan else (0, None)
    if indicator is None:
        return []
    metric, stage, label, percent_kind = indicator
    found = []
    for quantity in quantities(sentence):
        if (
            not quantity.percent
            or quantity.start < start
            # (x/y, done of its target, as a count ranked: "Các đơn vị đạt kết quả cao: LĐLĐ
            # huyện Thạch Hà (312/280 đoàn viên), …", probes408)
            or quantity.relation not in (None, "of")
            or any(f.start <= quantity.start < f.end for f in figures)
            or not _BARE_PERCENT_BEFORE_RE.search(
                sentence, max(0, quantity.start - 30), quantity.start
            )
            or not _BARE_PERCENT_AFTER_RE.match(sentence, sentence.find("%", quantity.start))
        ):
            continue
        kind = plan_or_result(sentence, quantity.start, quantity)
        figure = Figure(metric, kind, quantity.start, quantity.end, stage=stage, label=label)
        figure.percent, figure.percent_kind = quantity.value, percent_kind
        qualifier = quantity.qualifiers.get("achieved")
        if qualifier:
            figure.qualifiers["percent"] = qualifier
        found.append(figure)
    return found
