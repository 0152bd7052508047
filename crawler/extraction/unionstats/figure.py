"""What every union-development figure is read with: the record, the counted nouns, plan or
result, the percent and the qualifiers around a number."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from . import wording as w
from .numbers import HEDGES, NUMBER_IN_WORDS, Quantity, parse_number, quantities

# How far right of the counted noun a percent, a passive verb or the Party may stand.
RIGHT_REACH = 90

_PLAN_REACH = 600

# "Kế hoạch số 243", "ngày 12", "khóa XIII": numbers that name, not count ("tổng số 1.725 đoàn
# viên" counts).
# (not a period said per year: "phát triển mỗi năm ít nhất 100 đoàn viên mới")
_DOCUMENT_BEFORE = re.compile(
    # ("Trong số 3.120 đoàn viên kết nạp mới, …" counts among them, no number of a document)
    # (an ordinal counts nothing: "lần thứ 3", "là năm thứ 10 đơn vị …")
    r"(?:(?<!tổng )(?<!con )(?<!trong )\bsố|\bngày|\bthứ|"
    r"(?<!mỗi )(?<!hằng )(?<!hàng )\b(?:tháng|năm|quý)|\bkhóa|\bkhoá)\s*$",
    re.I,
)

_A_PLANS_YEAR_RE = re.compile(r"\b(?:chỉ tiêu|kế hoạch|mục tiêu)\s+(?:cả\s+)?năm\s+$", re.I)

_PERCENT_IN_BRACKETS_RE = re.compile(
    rf"\s*\(\s*(?:(?:{w.PERCENT_VERB})\s+)?(?:t[ỷỉ] lệ\s+)?(?:(?:{w.QUALIFIER})\s+)?"
    r"\d[\d.,]*\s*%\s*\)",
    re.IGNORECASE,
)

_CLASSIFIER_RE = re.compile(r"\s*(?:đơn vị|lượt người|lượt|người)", re.IGNORECASE)

_CLAUSE_BREAK = re.compile(r"[;:]|\.\s")

_TOTAL_CLAUSE_RE = re.compile(
    r"\s*,\s*nâng\s+(?:tổng\s+)?số(?:\s+[^\s,;]+){0,4}?\s+lên\s+(?:\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?:\s+[^\s\d,;]+){0,4}?(?=\s*[,(])",
    re.IGNORECASE,
)

# "giới thiệu 2.925 đoàn viên ưu tú cho Đảng xem xét, kết nạp, đạt 100% kế hoạch": where the
# people went is said before the percent (the comma before it may be left out, and "cho Đảng" may
# come before the count: "giới thiệu cho Đảng 2.925 đoàn viên ưu tú xem xét, kết nạp, đạt 100%").
_PARTY_TAIL_RE = re.compile(
    # (or a Party committee: "giới thiệu 438 đoàn viên ưu tú cho cấp ủy xem xét, bồi dưỡng, đạt
    # 73%")
    # (past who they are: "giới thiệu 2.925 quần chúng ưu tú là đoàn viên công đoàn cho Đảng xem
    # xét, kết nạp, đạt 100% kế hoạch")
    r"\s*(?:[^\s,;\d]+\s+){0,7}?(?:(?:cho|"
    r"để)\s+(?:các\s+)?(?:(?:cấp ủy\s+|tổ chức\s+|chi bộ\s+)?Đảng(?!\s+viên)|cấp ủy|cấp uỷ|"
    r"chi bộ|đảng bộ|Đảng ủy|Đảng uỷ)|xem xét)[^%;\d]{0,40}?"
    rf"(?=\s*[,(]?\s*{w.PERCENT_VERB}\b)",
    re.IGNORECASE,
)
# A percent of the plan ("đạt 107,5% kế hoạch năm"), and one after a comma, which the clauses below
# may stand before.
# (or the plan named first: "vượt chỉ tiêu 26%")
_PLANS_PERCENT = (
    rf"(?:(?:{w.PERCENT_VERB})\s+(?:(?:{w.QUALIFIER})\s+)?\d[\d.,]*\s*%\s*(?:so với\s+)?"
    rf"{w.PLAN_NOUN}|(?:{w.PERCENT_VERB})\s+{w.PLAN_NOUN}\s+(?:(?:{w.QUALIFIER})\s+)?\d[\d.,]*\s*%)"
)
# (after a comma, a dash or in brackets: "…, tăng 18% so với cùng kỳ – đạt 80,4% chỉ tiêu")
# (or "và": "…, tăng 37 đoàn viên so với cùng kỳ năm 2024 và đạt 58% kế hoạch năm", probes904)
_BEFORE_THE_PLANS_PERCENT = rf"(?=\s*(?:,|[–—]|\(|\bvà\b)\s*{_PLANS_PERCENT})"
# A breakdown said before the count's percent of the plan: "kết nạp 215 đoàn viên mới, trong đó 138
# lao động nữ (chiếm 64,2%), đạt 107,5% kế hoạch năm".
# (or what they are made of, or the breakdown in brackets: "thành lập mới 3 tổ chức công đoàn, gồm 2
# CĐCS và 1 nghiệp đoàn nghề cá, đạt 150% chỉ tiêu"; "26 CĐCS (trong đó 14 CĐCS ở doanh nghiệp …),
# đạt 104% kế hoạch")
_BREAKDOWN_CLAUSE_RE = re.compile(
    rf"(?:\s+mới)?\s*(?:,\s*(?:{w.AMONG_THEM}|gồm)\s[^;%()]{{0,60}}?(?:\([^()]*\))?"
    rf"|\(\s*{w.AMONG_THEM}[^()%]*\))" + _BEFORE_THE_PLANS_PERCENT,
    re.IGNORECASE,
)
_THEN_THE_PLANS_RE = re.compile(
    r"\s*(?:so với\s+)?(?:(?:kết quả|con số)\s+(?:của\s+)?)?(?:cả\s+)?"
    r"(?:(?:cùng kỳ|năm trước|năm ngoái)\s*)?(?:năm\s+\d{4})?"
    r"\s*(?:,|\bvà\b|[–—]|\()\s*"
    rf"(?={_PLANS_PERCENT})",
    re.IGNORECASE,
)
# A change against last year said before the percent of the plan: "kết nạp 418 đoàn viên, tăng 56
# đoàn viên so với cùng kỳ năm 2025, đạt 52,3% kế hoạch năm".
_CHANGE_CLAUSE_RE = re.compile(
    r"\s*,\s*(?:(?:tăng|giảm)\s+\d[\d.]*\s+[^,;%\d]{0,30}?so với\s+(?:cùng kỳ|năm trước|năm ngoái)?"
    r"(?:\s*năm\s+\d{4})?"
    + _BEFORE_THE_PLANS_PERCENT
    # (or how many times last year's: "kết nạp 3.205 đoàn viên, gấp đôi năm 2021 và vượt 60,3% chỉ
    # tiêu tỉnh giao", probes67)
    # (or the same time a year before: "…, gấp 2,3 lần cùng kỳ, đạt 61,7% chỉ tiêu năm", probes390)
    + r"|(?:(?:gần|hơn)\s+)?gấp\s+(?:đôi|ba|rưỡi|[\d,]+\s+lần)\s+(?:so với\s+)?"
    + r"(?:cùng kỳ(?:\s+năm\s+(?:\d{4}|trước|ngoái))?|năm\s+(?:\d{4}|trước|ngoái))"
    + rf"(?=\s*(?:,|và)\s*{_PLANS_PERCENT})"
    # (or more or fewer than a year before, by how many: "kết nạp 6.815 đoàn viên, nhiều hơn cùng
    # kỳ năm ngoái chừng 900 người, đạt 85,2% kế hoạch năm", probes493)
    + r"|(?:nhiều|cao|tăng|ít|thấp)\s+hơn\s+(?:so với\s+)?(?:cùng kỳ|năm trước|năm ngoái)"
    + r"(?:\s+năm\s+(?:\d{4}|trước|ngoái))?\s+(?:(?:chừng|khoảng|gần|hơn|trên)\s+)?\d[\d.]*"
    + r"(?:\s+[^,;%\d]{1,20}?)?"
    + _BEFORE_THE_PLANS_PERCENT
    # (or the best yet: "kết nạp 1.650 đoàn viên, nhiều nhất từ trước đến nay, vượt 37,5% chỉ tiêu
    # 1.200 đoàn viên", probes390)
    + r"|(?:nhiều|cao|lớn)\s+nhất\s+(?:từ trước (?:đến|tới) (?:nay|giờ)|từ khi thành lập)"
    + _BEFORE_THE_PLANS_PERCENT
    # (or the plan said in words before its percent in brackets: "phát triển được 4.261 đoàn viên,
    # gấp hơn 3 lần kế hoạch (đạt 315,63%)", "…, gần gấp đôi chỉ tiêu Tổng LĐLĐ Việt Nam giao
    # (đạt 190%)", "…, vượt xa kế hoạch (đạt 315,63%)")
    + r"|(?:[^,;()%\d]{0,30}?gấp\s+(?:(?:hơn|gần|trên)\s+)?[\d,]+\s+lần\s+|[^,;()%\d]{0,40}?)"
    r"(?:kế hoạch|chỉ tiêu)[^,;()%\d]{0,40}?"
    r"(?=\s*\(\s*(?:(?:đạt|bằng|hoàn thành)\s+)?(?:t[ỷỉ] lệ\s+)?[\d.,]+\s*%))",
    re.IGNORECASE,
)
# Where it was done, said before the percent of the plan: "1.015 ĐVCĐ mới được kết nạp tại các doanh
# nghiệp logistics, kho bãi quanh cảng Đình Vũ và Nam Đình Vũ, đạt 67,7% chỉ tiêu".
_PLACE_CLAUSE_RE = re.compile(
    # (places counted too: "kết nạp 378 đoàn viên tại 27 hộ kinh doanh, 4 làng nghề, vượt chỉ tiêu
    # 26%", probes72)
    # (but never past another deed: "thành lập mới 6 CĐCS tại các ngân hàng …, phát triển 5.812 đoàn
    # viên, đạt 116,2% kế hoạch")
    rf"\s*(?:tại|ở)\s+(?:(?!\b(?:{w.DEED_VERBS})\b)(?:[^;%\d]|\d[\d.]*(?=\s+[^\W\d])))*?"
    + _BEFORE_THE_PLANS_PERCENT,
    re.IGNORECASE,
)
# ... or what kind of units, after a comma: "thành lập mới 211 công đoàn cơ sở, doanh nghiệp khu vực
# kinh tế ngoài Nhà nước, đạt 125,5% chỉ tiêu kế hoạch đề ra" (H44-005).
# (or the other kind of union counted with them: "thành lập được 52 CĐCS, nghiệp đoàn (đạt 104% kế
# hoạch)", probes70)
_KIND_CLAUSE_RE = re.compile(
    r"\s*,\s*(?:doanh nghiệp|DN\b|đơn vị|khu vực|khối|nghiệp đoàn|NĐ\b)[^;%\d]{0,80}?"
    + _BEFORE_THE_PLANS_PERCENT,
    re.IGNORECASE,
)
# ... or who they are: "giới thiệu 31 đoàn viên là bác sĩ, điều dưỡng trẻ, đạt 155% chỉ tiêu được
# Đảng ủy giao" (probes191)
# (told at length, where they work too: "kết nạp 186 đoàn viên là công nhân người Dao, người Mông
# làm việc tại mỏ đồng Sin Quyền và các HTX chế biến chè, vượt 24% kế hoạch năm", probes321)
_WHO_THEY_ARE_RE = re.compile(
    r"\s*(?:ưu tú\s+)?(?:đều\s+)?là\s+[^;%\d]{1,150}?" + _BEFORE_THE_PLANS_PERCENT, re.IGNORECASE
)
# ... or the next indicators of one count, before their share: "1.145 CĐCS tổ chức hội nghị người
# lao động, hội nghị cán bộ, công chức, viên chức, chiếm 98% tổng số CĐCS" (probes86).
_LABELS_LISTED_RE = re.compile(
    # (or the rest of one's name after its commas: "… đã tổ chức xong hội nghị cán bộ, công chức,
    # viên chức, đạt 100% số đơn vị", probes938)
    r"\s*(?:,|và)\s*(?:hội nghị|đối thoại|ký kết|thỏa ước|thoả ước|công chức|viên chức)"
    r"[^;%\d]{0,60}?"
    rf"(?=\s*,\s*(?:đạt|chiếm|bằng)\s+(?:t[ỷỉ] lệ\s+)?(?:(?:{w.QUALIFIER})\s+)?\d[\d,.]*\s*%)",
    re.IGNORECASE,
)
# ... or, of officials trained, the levels they serve at and what they were taught: "mở 31 lớp
# tập huấn cho 2.684 lượt cán bộ công đoàn xã, phường và cơ sở, bằng 89,5% kế hoạch năm", "…
# cho 4.725 lượt cán bộ công đoàn cơ sở về kỹ năng thương lượng, đối thoại, đạt 94,5% kế hoạch
# năm" (probes941)
_LEVEL = (
    r"(?:xã|phường|đặc khu|thị trấn|cơ sở|cấp trên(?:\s+trực tiếp)?(?:\s+cơ sở)?|doanh nghiệp"
    r"|trường học|CĐCS)"
)
_LEVELS_AND_TOPIC_CLAUSE_RE = re.compile(
    rf"(?:\s+(?:công đoàn|CĐ)\b)?(?:\s+{_LEVEL}\b)?(?:\s*(?:,|và)\s*{_LEVEL}\b)*"
    r"(?:\s+về\s+[^;%\d()]{1,100}?)?" + _BEFORE_THE_PLANS_PERCENT,
    re.IGNORECASE,
)

_DEFINED_RE = re.compile(r"\s*\([^()\d]{1,12}\)")

YEARS_RE = re.compile(r"\b(?:19|20)\d\d\b")

# The counts a percent is of, in brackets after it: "đạt tỷ lệ 113,9% (14.804/13.000)", with their
# noun or not: "đạt 32% kế hoạch thành lập Công đoàn cơ sở (8/25 đơn vị)".
COUNTS_AFTER_RE = re.compile(
    r"\s*\(\s*(?P<a>\d[\d.]*(?:,\d+)?)\s*/\s*(?P<b>\d[\d.]*(?:,\d+)?)(?:\s+[^\s()\d]+){0,3}\s*\)"
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
    # (who and when, when the figure says so itself rather than its sentence's words: a table
    # row's unit and a period's column, headed_tables.py)
    organisation: str | None = None
    period: str | None = None


@dataclass
class Counted:
    quantity: Quantity
    kind: str  # cdcs, member, official, enterprise, agreement, dialogue
    unit_end: int


# The metrics a count's noun (unit_of's kind) may be of.
METRICS_OF_UNIT = {
    "cdcs": {"cdcs_thanh_lap"},
    "member": {"doan_vien_ket_nap", "dang_vien_gioi_thieu"},
    "official_or_member": {"doan_vien_ket_nap", "dang_vien_gioi_thieu", "can_bo_tap_huan"},
    "trainee": {"can_bo_tap_huan"},
}


def unit_of(sentence: str, quantity: Quantity) -> tuple[str, int] | None:
    """What the number counts, by the noun right after it, and where that noun ends."""
    # (past its percent in brackets: "1.062/3.667 (đạt 29%) công đoàn cơ sở đã tổ chức đại hội")
    bracket = _PERCENT_IN_BRACKETS_RE.match(sentence, quantity.end)
    start = bracket.end() if bracket else quantity.end
    rest = sentence[start:]
    stripped = rest.lstrip()
    offset = start + len(rest) - len(stripped)
    if w.MONEY_UNIT.match(stripped):
        return None
    for kind, pattern in (
        ("trainee", w.TRAINEES),
        ("dialogue", w.DIALOGUE_UNIT),
        ("conference", w.CONFERENCE_UNIT),
        ("agreement", w.AGREEMENT_UNIT),
        ("cdcs", w.CDCS_UNIT),
        ("cdcs", w.CDCS_SPOKEN_UNIT),
        ("section", w.SECTION_UNIT),
        ("member", w.MEMBER_UNIT),
        ("official_or_member", w.OFFICER_UNIT),
        ("enterprise", w.ENTERPRISE_UNIT),
        # founding members of a union ("Nghiệp đoàn ... với 14 thành viên"); nothing else reads them
        ("founder", w.FOUNDERS),
    ):
        match = pattern.match(stripped)
        # "37 CĐCSVM": a union's rating glued to its unit (read by other_label)
        glued = kind == "cdcs" and match and w.GLUED_STRONG.match(stripped, match.end())
        if match and (_word_ends(stripped, match.end()) or glued):
            # "18 công đoàn cơ sở (CĐCS) với 3.000 đoàn viên": the abbreviation belongs to it.
            defined = _DEFINED_RE.match(stripped, match.end())
            return kind, offset + (defined.end() if defined else match.end())
    # (attendances alone, right after a training of officials: "… bồi dưỡng cho 4.215 lượt cán bộ
    # công đoàn; trong đó Công đoàn ngành Giáo dục bồi dưỡng 640 lượt", probes559)
    alone = _ATTENDANCES_ALONE_RE.match(stripped)
    if (
        alone
        and w.TRAINED_RIGHT_BEFORE.search(sentence, max(0, quantity.start - 40), quantity.start)
        and w.OFFICIALS_NAMED.search(sentence)
    ):
        return "trainee", offset + alone.end()
    return None


_ATTENDANCES_ALONE_RE = re.compile(r"lượt(?=\s*(?:[,;.)]|$|\s+(?:và|cán bộ)\b))", re.IGNORECASE)


# How far before a number its fronted noun may stand: "Số cán bộ công đoàn cơ sở được Công đoàn
# Viên chức tỉnh Quảng Ngãi tập huấn nghiệp vụ trong năm 2024 là 584 lượt người" (the agent and the
# period in between).
_FRONTED_REACH = 130


_RAISED_TO_RE = re.compile(r"\blên\s*$", re.IGNORECASE)
_NEW_ONES_RE = re.compile(r"\bmới\b", re.IGNORECASE)


_OF_THE_PLAN_RE = re.compile(r"\s+(?:chỉ tiêu|kế hoạch)(?:\s+(?:được\s+)?giao)?\b", re.IGNORECASE)


def _unit_before(
    sentence: str, quantity: Quantity, end: int | None = None
) -> tuple[str, int] | None:
    """What a number counts when its noun stands before it, in a tally: "phát triển đoàn viên
    được 551/530 đạt 103,96%" (`end`: where the number's words end, past a classifier)."""
    end = quantity.end if end is None else end
    # (x/y of the target named after it: "Thành lập CĐCS: 7/10 chỉ tiêu", "…: 9/20 chỉ tiêu (45%)",
    # probes356)
    of_the_plan = _OF_THE_PLAN_RE.match(sentence, end) if quantity.relation == "of" else None
    if of_the_plan:
        end = of_the_plan.end()
    if not w.NOUN_FRONTED_END.match(sentence[end:]):
        return None
    # (a year, written with no thousands dot, names a campaign: "“Năm phát triển đoàn viên 2016”")
    if re.fullmatch(r"(?:19|20)\d\d", sentence[quantity.start : quantity.end]):
        return None
    before = sentence[max(0, quantity.start - _FRONTED_REACH) : quantity.start]
    fronted = w.NOUN_FRONTED.search(before) or w.NOUN_FRONTED_PASSIVE.search(before)
    # (a total raised to it only of the new ones: not "nâng tổng số cán bộ được tập huấn từ đầu năm
    # lên 3.950 lượt", a total, probes5)
    # (unless its percent of the plan says it is the period's count, as CONVENTIONS.md reads the
    # members' "nâng tổng số … lên 5.912 người, đạt 98,5% kế hoạch năm": "nâng số cán bộ được tập
    # huấn từ đầu năm lên 1.036 lượt người, đạt 94% kế hoạch", probes777)
    if (
        fronted
        and _RAISED_TO_RE.search(fronted.group(0))
        and not _NEW_ONES_RE.search(fronted.group(0))
        and not _ITS_PERCENT_OF_THE_PLAN_RE.match(sentence, end)
    ):
        fronted = None
    if fronted is None:
        new_ones = w.NEW_ONES.search(before)
        if new_ones:
            return ("member" if new_ones["member"] or new_ones["member2"] else "cdcs"), end
        indicator = w.FRONTED_INDICATOR.search(before)
        if indicator is None:
            return None
        if indicator["dialogue"]:
            return "dialogue", end
        if indicator["agreement"]:
            return "agreement", end
        return ("cdcs" if indicator["cdcs"] else "enterprise"), end
    kind = next(k for k in ("member", "cdcs", "official", "admitted") if fronted.groupdict().get(k))
    kind = {"official": "official_or_member", "admitted": "member"}.get(kind, kind)
    return kind, end


_JOINING_AFTER_RE = re.compile(
    # (papers are no people, nor is a written application joining: "200 tờ đơn gia nhập công đoàn
    # in sẵn", probes60; "30 công nhân làm đơn xin gia nhập", CONVENTIONS.md)
    # (a bracket's words among them: "12 chuyên gia người Đài Loan (Trung Quốc) đã đăng ký tham
    # gia công đoàn", probes320)
    # (nor are boats: "261 đoàn viên của 23 tàu cá vừa đăng ký tham gia Nghiệp đoàn nghề cá", h11)
    r"(?:\s+(?!(?:đơn|tờ|lá|phiếu|mẫu|hồ sơ|tàu|thuyền|ghe|phương tiện)\b)\(?[^\W\d]+\)?){1,7}?"
    r"(?=\s+(?:đã\s+)?(?:được\s+kết nạp\s+(?:vào|làm)\s+"
    # ("40 tài xế taxi tự do gia nhập công đoàn")
    r"|(?:tự nguyện\s+)?gia nhập\s+"
    # (taking part, of their own will or signed up: "37 lao động là chuyên gia người Trung Quốc
    # tự nguyện tham gia công đoàn", probes320)
    r"|(?:tự nguyện|đăng ký)\s+tham gia\s+)(?:tổ chức\s+)?"
    r"(?:công đoàn|nghiệp đoàn|CĐ\b|NĐ\b|đoàn viên))",
    re.IGNORECASE,
)


# ... or brought into it: "kết nạp 1.250 tài xế xe công nghệ vào tổ chức công đoàn".
# (or "vô", as the South says it: "“… vận động mới được 230 người vô công đoàn …”", probes953)
_BROUGHT_IN_RE = re.compile(
    r"(?:\s+[^\W\d]+){1,6}?(?=\s+(?:vào|vô)\s+(?:tổ chức\s+)?(?:công đoàn|nghiệp đoàn|CĐ\b"
    r"|NĐ\b))",
    re.IGNORECASE,
)
_BRINGING_IN_RE = re.compile(
    r"\b(?:kết nạp|thu hút|vận động|tập hợp)(?:\s+(?:mới|thêm|được))*\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


def _unit_joining(sentence: str, quantity: Quantity) -> tuple[str, int] | None:
    """People of any trade said to be admitted to a union are members recruited: "20 lái xe ôm
    tiêu biểu được kết nạp vào nghiệp đoàn". Not "năm" in words, far more often the year than
    five ("ngay năm đầu đã được kết nạp vào tổ chức công đoàn", probes117)."""
    if quantity.in_words and sentence[quantity.start : quantity.end].lower() == "năm":
        return None
    joining = _JOINING_AFTER_RE.match(sentence, quantity.end)
    if joining is None and _BRINGING_IN_RE.search(sentence, 0, quantity.start):
        joining = _BROUGHT_IN_RE.match(sentence, quantity.end)
    return ("member", joining.end()) if joining else None


# A number with no noun at all, right after the verb that says what it counts, ends its clause: a
# list of plans in shorthand, "Năm 2024, tỉnh phấn đấu kết nạp 4.500, thành lập mới 40.",
# "Nhiệm vụ 6 tháng cuối năm: kết nạp thêm ít nhất 200; thành lập mới 4; …" (probes181).
_BARE_AFTER_ITS_VERB_RE = re.compile(
    # (or those introduced, read as people are: "Khối doanh nghiệp: giới thiệu 612, kết nạp 187."
    # under a sa-pô of introductions to the Party, probes346)
    r"\b(?:(?P<member>kết nạp)|(?P<cdcs>thành lập)|(?P<introduced>giới thiệu))"
    # (or the whole of it: "Được giao 800 đoàn viên, … chúng tôi đã kết nạp đủ 800, hoàn thành 100%
    # chỉ tiêu", probes571)
    r"(?:\s+(?:mới|thêm|được|đủ))*\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
_PARTY_BEFORE_RE = re.compile(r"\bgiới thiệu\b|\bĐảng\b", re.IGNORECASE)
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:được|ngày)\s+$", re.IGNORECASE)
# (or a reason or a turn after it: "công ty chỉ kết nạp được năm trăm rưỡi vì đơn hàng giảm",
# probes272)
_NO_NOUN_AFTER_RE = re.compile(
    r"\s*(?:[,;]|\.(?!\d)|$|\s(?:và|[–-])\s|\s(?:vì|do|nhưng|nên|mà|rồi)\b)", re.IGNORECASE
)
# Number words with a magnitude are no year ("năm trăm rưỡi", "một nghìn hai"); "năm" alone is.
_WORDS_WITH_A_MAGNITUDE_RE = re.compile(r"\b(?:trăm|nghìn|ngàn|vạn|triệu)\b", re.IGNORECASE)


def _unit_of_its_verb(sentence: str, quantity: Quantity) -> tuple[str, int] | None:
    # (a pair too, what was done of the plan: "đã thành lập được 18 trên 31, số còn lại chủ doanh
    # nghiệp vẫn đang hẹn", "thành lập được 19 trên tổng số 26, đạt 73%", probes414)
    if quantity.relation not in (None, "of"):
        return None
    said = sentence[quantity.start : quantity.end]
    if quantity.in_words and not _WORDS_WITH_A_MAGNITUDE_RE.search(said):
        return None
    # (not a year: "thành lập 2015")
    if re.fullmatch(r"(?:19|20)\d\d", said):
        return None
    verb = _BARE_AFTER_ITS_VERB_RE.search(sentence, max(0, quantity.start - 40), quantity.start)
    if verb is None or not _NO_NOUN_AFTER_RE.match(sentence, quantity.end):
        return None
    # (nor one listed before the noun of its list, which is that noun's: "… thành lập 126 và 129
    # công đoàn xã, phường", no grassroots unions, probes533)
    if _LISTED_BEFORE_ITS_NOUN_RE.match(sentence, quantity.end):
        return None
    # (a pair after a union said to be founded is its date: "Công đoàn được thành lập 20/11")
    if quantity.relation == "of" and _PASSIVE_BEFORE_RE.search(sentence, 0, verb.start()):
        return None
    # (after the introduced, those the Party admitted of them: "giới thiệu 11 người, kết nạp 8",
    # "giới thiệu sang Đảng 520 người, Đảng kết nạp 361", read by the Party's rules)
    if verb["member"] and _PARTY_BEFORE_RE.search(sentence, 0, quantity.start):
        return None
    return ("cdcs" if verb["cdcs"] else "member"), quantity.end


def _word_ends(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalnum()


# Numbers listed before the one their noun follows: "lần lượt kết nạp 370, 103 và 48 đoàn viên".
# (pairs too: "kết nạp lần lượt 640/700, 410/500 và 385/400 đoàn viên", probes381)
_LISTED_NUMBER = r"\d[\d.]*(?:,\d+)?(?:/\d[\d.]*)?"
_LISTED_BEFORE_ITS_NOUN_RE = re.compile(
    rf"(?:\s*,\s*{_LISTED_NUMBER}(?!\s*%))*\s*,?\s*(?:và|,)\s+(?={_LISTED_NUMBER}\s+\D)"
)


_PEOPLE_IN_OFFICE_RE = re.compile(rf"người\s+(?:{w.OFFICER_UNIT.pattern})", re.IGNORECASE)


def counted_quantities(sentence: str) -> list[Counted]:
    counted = []
    found = [q for q in quantities(sentence) if not q.percent]
    for index, quantity in enumerate(found):
        document = _DOCUMENT_BEFORE.search(sentence[max(0, quantity.start - 12) : quantity.start])
        # (a count in thousands after a plan's year is no year: "“Chỉ tiêu cả năm 1.800 đoàn viên
        # mà …”", probes967)
        if document and not (
            _A_PLANS_YEAR_RE.search(sentence, max(0, quantity.start - 30), quantity.start)
            and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", sentence[quantity.start : quantity.end])
        ):
            continue
        unit = (
            unit_of(sentence, quantity)
            or _unit_before(sentence, quantity)
            or _unit_joining(sentence, quantity)
            or _unit_of_the_list(sentence, found, index)
            or _unit_of_its_verb(sentence, quantity)
        )
        if unit is None:
            continue
        kind, unit_end = unit
        if kind in ("enterprise", "member", "official_or_member") and _CLASSIFIER_RE.fullmatch(
            sentence[quantity.end : unit_end]
        ):
            # "Số CĐCS thành lập mới trong năm là 42 đơn vị": "đơn vị" repeats the noun before
            # (people never repeat unions: "Số lao động trong các CĐCS mới thành lập: 1.870 người",
            # probes223)
            fronted = _unit_before(sentence, quantity, unit_end)
            people = w.is_bare_people(sentence[quantity.end : unit_end])
            if fronted and not (people and fronted[0] == "cdcs"):
                kind, unit_end = fronted
        counted.append(Counted(quantity, _in_office(sentence, quantity.end, kind), unit_end))
    return counted


def _in_office(sentence: str, end: int, kind: str) -> str:
    """People named by their union office are officials: "hơn 400 người Chủ tịch Công đoàn cơ
    sở", as "400 đồng chí Chủ tịch …" (H40-050); `end` is where their count ends."""
    written = sentence[end:].lstrip()
    if kind == "member" and (w.OFFICIAL_UNIT.match(written) or _PEOPLE_IN_OFFICE_RE.match(written)):
        return "official_or_member"
    return kind


# What numbers listed before their noun may count: people, unions, and meetings and agreements
# ("tổ chức lần lượt 215, 142 và 96 cuộc đối thoại định kỳ", probes424).
_LISTED_KINDS = frozenset(
    ("member", "cdcs", "official_or_member", "trainee", "dialogue", "agreement", "conference")
)


def _unit_of_the_list(sentence: str, found: list[Quantity], index: int) -> tuple[str, int] | None:
    """A number with no noun of its own, listed before the last number of its list, counts what
    that one counts (its words are its own number)."""
    quantity = found[index]
    listed = _LISTED_BEFORE_ITS_NOUN_RE.match(sentence, quantity.end)
    if listed is None or quantity.relation not in (None, "of") or quantity.in_words:
        return None
    # (a pair is listed only with pairs: not "đạt 12/15, 300 và 400 đoàn viên")
    if (quantity.relation == "of") != ("/" in sentence[listed.end() : listed.end() + 12]):
        return None
    last = next((q for q in found[index + 1 :] if q.start == listed.end()), None)
    if last is None:
        return None
    unit = unit_of(sentence, last)
    # (numbers only: not a year or a date before a count)
    if unit is None or unit[0] not in _LISTED_KINDS:
        return None
    if isinstance(quantity.value, int) and 1900 <= quantity.value <= 2100:
        return None
    # (officials as the last one's are: "tập huấn cho 245, 198 và 160 cán bộ công đoàn cơ sở",
    # probes419)
    return _in_office(sentence, last.end, unit[0]), quantity.end


def rightmost(pattern: re.Pattern, text: str) -> re.Match | None:
    last = None
    for match in pattern.finditer(text):
        last = match
    return last


# The next item of a list, a deed with a number of its own: "phát triển 55.363 đoàn viên (đạt 100%
# chỉ tiêu), giới thiệu cho Đảng 1.915 đoàn viên ưu tú" (its Party is not the members').
# (after "và" too: "phát triển 3.500 đoàn viên và giới thiệu cho Đảng 120 đoàn viên ưu tú", whose
# Party is not the 3.500's)
_NEXT_DEED_RE = re.compile(rf"(?:,|\bvà\b)\s*(?:{w.DEED_VERBS})\b[^,;\d]{{0,40}}\d", re.IGNORECASE)


def right_context(sentence: str, start: int, stop: int, reach: int = RIGHT_REACH) -> str:
    text = sentence[start : min(stop, start + reach)]
    cut = _CLAUSE_BREAK.search(text)
    text = text[: cut.start()] if cut else text
    # (the deed's number may lie past `stop`, the next count)
    deed = _NEXT_DEED_RE.search(sentence, start, start + len(text) + 60)
    return text[: deed.start() - start] if deed and deed.start() < start + len(text) else text


def after_its_list(sentence: str, item: Counted) -> str:
    """What follows the noun of the list a number with no noun of its own is listed in, read as
    its own: 86's in "giới thiệu lần lượt 86, 54 và 31 đoàn viên ưu tú cho cấp ủy xem xét, kết
    nạp" (probes419) is "31 đoàn viên ưu tú cho cấp ủy xem xét"; "" for any other number."""
    if item.unit_end != item.quantity.end:
        return ""
    listed = _LISTED_BEFORE_ITS_NOUN_RE.match(sentence, item.quantity.end)
    return right_context(sentence, listed.end(), len(sentence)) if listed else ""


_SET_BEFORE_ITS_NUMBER_RE = re.compile(
    rf"\b(?:đặt ra|đề ra)(?:\s+là)?\s+(?:(?:{w.QUALIFIER})\s+)?$", re.IGNORECASE
)
_PLAN_NAMED_BEFORE_ITS_DEED_RE = re.compile(r"\b(?:kế hoạch|chỉ tiêu|mục tiêu)\s+$", re.IGNORECASE)
_SAID_WITH_LA_RE = re.compile(
    rf"(?:[^,;:.\d]|\.(?=\w)|\b(?:19|20)\d\d\b)*?\slà\s+(?:(?:{w.QUALIFIER})\s+)?", re.IGNORECASE
)
_EACH_YEAR_REACHED_RE = re.compile(r"\b(?:hằng|hàng) năm(?=,?\s+(?:đạt|chiếm)\b)", re.I)
# ... and right before a share: "Hằng năm, trên 95% công đoàn cơ sở được xếp loại …"
_EACH_YEAR_BEFORE_A_SHARE_RE = re.compile(
    r"\b(?:hằng|hàng) năm(?=,?\s+(?:có\s+)?(?:(?:trên|hơn|gần|khoảng)\s+)?$)", re.I
)


def plan_or_result(sentence: str, at: int, quantity: Quantity) -> str:
    """ "result" unless a plan word governs the number: "phấn đấu kết nạp 5.000 đoàn viên".

    Strong plan words are read across the whole sentence before the number ("lớp thứ hai dự kiến
    khai giảng ..., đối tượng gồm: ...; xã, thị trấn ... với 72 học viên" is still planned), weak
    ones (kế hoạch, chỉ tiêu) only within the number's clause. A result word after the plan word
    ("chỉ tiêu 3.000, đến nay đã kết nạp 2.100") makes it done, unless the plan is still spoken of
    in the future ("phấn đấu ... sẽ").
    """
    if quantity.relation == "of":
        return "result"
    # a target set, its verb between the deed and the number: "Kế hoạch tập huấn năm 2024 đặt ra
    # 1.200 lượt cán bộ công đoàn, thực hiện được 1.315 lượt" (probes850)
    if _SET_BEFORE_ITS_NUMBER_RE.search(sentence, at, quantity.start):
        return "plan"
    # (or the plan named before its deed, its number said with "là": "Kế hoạch tập huấn cán bộ
    # công đoàn năm 2025 của LĐLĐ TP.HCM là 18.000 lượt; …", probes966)
    if _PLAN_NAMED_BEFORE_ITS_DEED_RE.search(
        sentence, max(0, at - 20), at
    ) and _SAID_WITH_LA_RE.fullmatch(sentence, at, quantity.start):
        return "plan"
    # a plan said reached before its count: "chỉ tiêu phát triển đoàn viên đạt 118%, với 7.080
    # đoàn viên được kết nạp mới" (probes246: the count was read as the target)
    if PLAN_REACHED_WITH_RE.search(sentence, max(0, at - 80), at):
        return "result"
    # Plan words stand within a few clauses of their number (the farthest in the annotated sets
    # is ~250 characters before it); reading no further keeps long sentences linear.
    # (a share reached each year is what was done each year: "số CĐCS vững mạnh hằng năm đạt trên
    # 95%", heldout27; the plan's "Hằng năm phát triển 500 đoàn viên" names a deed)
    # (and so is a share of each year: "Hằng năm, trên 95% công đoàn cơ sở được xếp loại …")
    before = _EACH_YEAR_REACHED_RE.sub(" ", sentence[max(0, at - _PLAN_REACH) : at])
    if quantity.percent:
        before = _EACH_YEAR_BEFORE_A_SHARE_RE.sub(" ", before)
    # (nor are indicators said met or not: "Các chỉ tiêu vượt kế hoạch: phát triển đoàn viên
    # (15.420 người, đạt 128,5%), …", "Hai chỉ tiêu chưa đạt là …", probes317)
    before = _INDICATORS_MET_RE.sub(" ", before)
    # (nor the main indicators, when what they reached of the plan is said: "Một số chỉ tiêu chính
    # năm 2023: kết nạp đoàn viên: 1.845 người (vượt 23% kế hoạch); thành lập CĐCS: 6 đơn vị",
    # probes524)
    if w.INDICATORS_NAMED_RE.search(before) and _PLAN_REACHED_RE.search(sentence):
        before = w.INDICATORS_NAMED_RE.sub(" ", before)
    before = w.YARDSTICK_RE.sub(" ", before)
    # (nor does a target said in brackets with its own count, closed before the number: "… kết
    # nạp 14.720 đoàn viên (chỉ tiêu cả nhiệm kỳ 25.000), thành lập 38 CĐCS", probes687)
    before = _AN_ASIDE_WITH_ITS_COUNT_RE.sub(lambda aside: " " * len(aside[0]), before)
    # a quote opened after a speech verb starts what its speaker says: "Trả lời câu hỏi vì sao phải
    # đóng đoàn phí, ông Tư nói: “Năm rồi, … kết nạp được gần 9 ngàn đoàn viên …”" (probes252)
    quoted = rightmost(_QUOTE_OPENS_RE, before)
    if quoted:
        before = " " * quoted.end() + before[quoted.end() :]
    # a contrast ends what the plan governs: "chúng tôi được giao 500 đoàn viên nhưng mới kết nạp
    # được 312 người"
    contrast = rightmost(_CONTRAST_RE, before)
    if contrast:
        before = " " * contrast.end() + before[contrast.end() :]
    # "chỉ tiêu phát triển 1.700 đoàn viên": the number is the target itself ("Kết quả thực hiện
    # chỉ tiêu: kết nạp 5.200 ..." reports what was done, and "hoàn thành vượt mức chỉ tiêu phát
    # triển đoàn viên với 5.230 đoàn viên mới" a plan met; "Để hoàn thành chỉ tiêu phát triển
    # 1.700 đoàn viên" is still one to meet).
    tail = sentence[max(0, at - 40) : at]
    if (
        re.search(r"chỉ tiêu\s*(?:là\s*|:\s*)?$", tail, re.I)
        and not _PLAN_MET_RE.search(tail)
        and not _PLANS_COUNTED_RE.search(tail)
    ) and not (re.search(w.REPORT_ON_A_PLAN + r"\s*:?\s*$", sentence[:at], re.I)):
        return "plan"
    clause_start = max((m.end() for m in re.finditer(r";", before)), default=0)
    strong = rightmost(w.PLAN_MARKERS, before)
    if strong is not None and _plan_closed_before_the_next_body(
        before, strong.start(), strong.end()
    ):
        strong = None
    weak = rightmost(w.CLAUSE_PLAN_MARKERS, before[clause_start:])
    # (a target referred to is no plan: "thành lập được 9 trên 10 CĐCS theo chỉ tiêu được giao, kết
    # nạp 1.400 đoàn viên", probes303)
    # (but one that heads its clause frames what follows as planned: "Theo kế hoạch năm 2024, LĐLĐ
    # tỉnh Đắk Lắk tập huấn cho 1.200 cán bộ công đoàn cơ sở; đến hết tháng 10 …", probes683)
    if (
        weak is not None
        and _BY_THE_TARGET_RE.search(before, clause_start, clause_start + weak.start())
        and not _BY_THE_PLAN_HEADS_RE.fullmatch(before, clause_start, clause_start + weak.start())
    ):
        weak = None

    plan_end = max(strong.end() if strong else -1, clause_start + weak.end() if weak else -1)
    if weak is None:
        plan_end = max(plan_end, _plan_heading_end(before, clause_start))
        plan_end = max(plan_end, _plan_list_end(before + sentence[at : at + 40], clause_start))
    # what must at least be done: "CĐ các KCN hướng dẫn đảm bảo có ít nhất 1 DN có bản TƯLĐTT
    # thực hiện … và đạt chất lượng" (heldout38; a floor in a clause with "đạt" is otherwise done)
    if _a_floor(sentence, quantity) and _ENSURED_RE.search(before):
        return "plan"
    # (a count with its own percent of the plan after it is what was done of the plan, under a
    # heading of the targets too: "… bám sát chỉ tiêu được giao: Công đoàn Dầu khí Việt Nam kết
    # nạp 1.240 đoàn viên, đạt 124% kế hoạch; …", probes667)
    if strong is None and _ITS_PERCENT_OF_THE_PLAN_RE.match(sentence, quantity.end):
        return "result"
    if plan_end < 0:
        return "plan" if _worded_as_a_target(sentence, quantity) else "result"
    after_plan = before[plan_end:]
    if _a_floor(sentence, quantity):
        return "plan"  # "đề ra những chỉ tiêu: ...; mỗi CĐCS giới thiệu ít nhất 1 đoàn viên ưu tú"
    # ... but only so much managed is done: "đặt mục tiêu … thành lập mới 18 CĐCS …; đến ngày 30/6
    # mới thành lập được 5 CĐCS" (probes72)
    if _DONE_SO_FAR_RE.search(after_plan + sentence[at : max(at, quantity.start)]):
        return "result"
    if strong is None and _SPEAKERS_DID_RE.search(after_plan + sentence[at : quantity.start]):
        return "result"
    # "phấn đấu kết nạp được 1.000 đoàn viên và thành lập 10 CĐCS": under a plan word, "được" after
    # a deed says what is to be managed, not what was
    # (not under a target assigned alone, which says nothing of what is to come: "Tổng Liên đoàn
    # giao chỉ tiêu 90 CĐCS, cả năm tỉnh thành lập được 96 CĐCS", probes127)
    # (past a clause of its own, not the next target of its list: "giao chỉ tiêu phát triển mới
    # 4.300 đoàn viên và thành lập được 180 CĐCS" is still assigned, H32-001)
    assigned_only = (
        strong is None
        and weak is not None
        and re.search(r"\bgiao\s*$", before[clause_start : clause_start + weak.start()], re.I)
        and re.search(rf",\s*(?!(?:và\s+)?(?:{w.DEED_VERBS})\b)", after_plan, re.I)
    )
    # (nor under a target said with its count, whose clause ends before the deed: "chỉ tiêu 500 đoàn
    # viên, kết nạp được 624 người", probes304)
    said_then = strong is None and _TARGET_SAID_THEN_RE.match(after_plan)
    # (the deed said bare after the target's count is what was done of it: "được giao 600, kết
    # nạp 645")
    if said_then and re.match(
        rf"\s*(?:(?:đã|mới|chỉ|đến nay|hiện)\s+)*(?:{w.DEED_VERBS})\b",
        after_plan[said_then.end() :] + sentence[at:],
        re.IGNORECASE,
    ):
        return "result"
    if said_then and _DONE_AFTER_ITS_TARGET_RE.search(
        after_plan[said_then.end() :] + sentence[at : max(at, quantity.start)]
    ):
        return "result"
    if assigned_only or said_then:
        after_plan += sentence[at : max(at, quantity.start)]
    else:
        after_plan = POTENTIAL_DUOC_RE.sub(" ", after_plan)
    # (nor does "newly elected" say anything done: "phấn đấu tập huấn cho 100% cán bộ CĐCS mới được
    # bầu và kết nạp 4.000 đoàn viên")
    after_plan = _NEWLY_RE.sub(" ", after_plan)
    # (nor does a share rated, a target of its own: "phấn đấu 85–90% CĐCS được đánh giá đạt vững
    # mạnh; thành lập từ 35 đến 40 CĐCS", probes384)
    after_plan = _RATED_AS_RE.sub(" ", after_plan)
    if w.RESULT_MARKERS.search(after_plan) and not re.search(r"\bsẽ\b|phấn đấu", after_plan, re.I):
        return "result"
    return "plan"


# The next body of a list of what each did and then plans: "LĐLĐ thị xã Duy Tiên kết nạp 1.650
# đoàn viên, năm 2025 phấn đấu kết nạp 1.800 đoàn viên; LĐLĐ huyện Kim Bảng kết nạp 720 đoàn viên,
# năm 2025 phấn đấu 800 đoàn viên" (probes483): the plan said after its body's result governs that
# body's clause, not the next body's deeds. (Plans listed by body with one plan word stay plans:
# "LĐLĐ TP Thủ Dầu Một phấn đấu kết nạp 3.500 đoàn viên; LĐLĐ TP Thuận An 4.200 đoàn viên",
# probes398.)
_NEXT_BODY_AFTER_A_PLAN_RE = re.compile(
    r";\s*(?:còn\s+|riêng\s+)?(?:LĐLĐ|Liên đoàn Lao động|Công đoàn|CĐ)\s", re.IGNORECASE
)
_DONE_BEFORE_THE_PLAN_RE = re.compile(rf"\b(?:{w.DEED_VERBS})\b[^;]*?\d", re.IGNORECASE)


def _plan_closed_before_the_next_body(before: str, plan_start: int, plan_end: int) -> bool:
    """Whether the plan word at `plan_start`-`plan_end`, said after its body's result, had its count
    before the next body's clause."""
    next_body = _NEXT_BODY_AFTER_A_PLAN_RE.search(before, plan_end)
    if next_body is None:
        return False
    clause_start = before.rfind(";", 0, plan_start) + 1
    return bool(
        _DONE_BEFORE_THE_PLAN_RE.search(before, clause_start, plan_start)
        and re.search(r"\d", before[plan_end : next_body.start()])
        and ":" not in before[plan_end : next_body.start()]
    )


_AN_ASIDE_WITH_ITS_COUNT_RE = re.compile(r"\((?=[^()]*\d)[^()]*\)")
_RATED_AS_RE = re.compile(
    r"\bđược\s+(?:đánh giá|xếp loại|công nhận)(?:,?\s+(?:đánh giá|xếp loại))?(?:\s+đạt)?\b",
    re.IGNORECASE,
)
_BY_THE_TARGET_RE = re.compile(r"\btheo\s+(?:chỉ tiêu\s+)?$", re.IGNORECASE)
_BY_THE_PLAN_HEADS_RE = re.compile(r"\s*[“\"]?\s*theo\s+", re.IGNORECASE)
_INDICATORS_MET_RE = re.compile(
    # (what they are of may come between: "Các chỉ tiêu về phát triển tổ chức đều vượt kế hoạch
    # (thành lập mới 38 CĐCS, đạt 126,7%; …)", probes324)
    r"(?<!\d\s)chỉ tiêu(?:\s+về(?:\s+[^\W\d]+){1,5}?)?\s+(?:(?:đều|đã|chưa|không)\s+)*"
    r"(?:đạt|vượt|hoàn thành)(?:\s+(?:và|hoặc)\s+vượt)?"
    r"(?:\s+(?:mức|kế hoạch))?\s*(?::|là\b|\()",
    re.IGNORECASE,
)
# (its noun left to the deed after it too: "LĐLĐ thị xã Mỹ Hào được giao 600, kết nạp 645",
# probes432, probes436, probes447)
_TARGET_SAID_THEN_RE = re.compile(
    # (its year too, and "thì" as the comma: "Trong khi chỉ tiêu năm 2024 là 4 CĐCS thì LĐLĐ huyện
    # Cao Lộc mới thành lập 1 CĐCS", probes791)
    r"\s*(?:(?:năm(?:\s+(?:19|20)\d\d)?|cả năm|giao|là|được giao)\s+)*\d[\d.]*"
    r"(?:\s+[^\W\d]+(?:\s+[^\W\d]+)?)?(?:\s*,|\s+thì\b)"
    r"\s*(?!(?:và\s+)?\d)",
    re.IGNORECASE,
)
# What was done of a target said then, a subject of its own before it: "… là 4 CĐCS, LĐLĐ huyện Cao
# Lộc mới thành lập 1 CĐCS" ("mới" before the deed is "only so far", as "đã" is done).
_DONE_AFTER_ITS_TARGET_RE = re.compile(rf"\b(?:đã|mới|chỉ)\s+(?:{w.DEED_VERBS})\b", re.IGNORECASE)
_QUOTE_OPENS_RE = re.compile(
    rf"\b(?:{w.SAY_VERBS})\s*:\s*[“\"]",
    re.IGNORECASE,
)

# (also "trong khi", "song", "tuy nhiên": "phấn đấu kết nạp ít nhất 1.500 đoàn viên, … trong khi
# nhiệm kỳ trước mới kết nạp được 1.126 đoàn viên"; not "song song")
# (or what a time before brought: "đặt mục tiêu kết nạp từ 3.000 đến 3.500 đoàn viên, …, sau khi
# năm 2024 kết nạp được 2.876 đoàn viên", probes304)
_CONTRAST_RE = re.compile(
    r"\bnhưng\b|\btrong khi\b|(?<!song )\bsong\b(?!\s+song)|\btuy nhiên\b"
    r"|\bsau khi\b(?=\s+(?:năm|cả năm|nhiệm kỳ|giai đoạn)\s+(?:(?:19|20)\d\d|trước|qua|vừa qua)\b)",
    re.IGNORECASE,
)

# A percent reached, then the count it was reached with: "… đạt 118%, với 7.080 đoàn viên", "…
# hoàn thành, đạt 106,7% với 32 CĐCS được thành lập" (probes246).
PLAN_REACHED_WITH_RE = re.compile(
    rf"\b(?P<verb>đạt|vượt|hoàn thành)(?:\s+vượt)?(?:\s+mức)?\s+(?:(?P<qual>{w.QUALIFIER})\s+)?"
    rf"(?P<num>{w.PERCENT_NUMBER})\s*%(?P<plan>\s*(?:so với\s+)?{w.PLAN_NOUN}[^,;\d%]{{0,40}}?)?"
    r"\s*,?\s*với\s*$",
    re.IGNORECASE,
)

_PLAN_MET_RE = re.compile(
    # ("đã hoàn thành 100% chỉ tiêu thành lập CĐCS với 8 CĐCS mới")
    r"(?<!để )(?<!nhằm )\b(?:hoàn thành|vượt|đạt)(?:\s+vượt)?(?:\s+mức)?(?:\s+\d[\d.,]*\s*%)?"
    r"\s+chỉ tiêu\s*$",
    re.IGNORECASE,
)

# The plans met, counted: "vượt kế hoạch ở cả hai chỉ tiêu: 379.448 đoàn viên được kết nạp mới".
_PLANS_COUNTED_RE = re.compile(
    r"\b(?:vượt|đạt|hoàn thành)\b[^,;:]{0,20}\s(?:ở|về)\s+(?:cả\s+)?(?:hai|ba|bốn|các|\d)\s+"
    r"chỉ tiêu\s*:?\s*$",
    re.IGNORECASE,
)

_NEWLY_RE = re.compile(
    r"\bmới\s+được\s+(?:bầu|bổ nhiệm|tuyển dụng|kiện toàn)\b"
    # (nor what the units where it is to be done already have: "phấn đấu kết nạp mới 200 đoàn viên
    # ở các đơn vị đã có tổ chức công đoàn và kết nạp mới 150 đoàn viên …", H44-033)
    r"|\b(?:đơn vị|doanh nghiệp|DN|cơ quan|trường|nơi)\s+đã\s+(?:có|thành lập)\b",
    re.IGNORECASE,
)

_DONE_SO_FAR_RE = re.compile(
    rf"\b(?:mới|chỉ)\s+(?:{w.DEED_VERBS})(?:\s+(?:mới|thêm))?\s+được\b"
    # (or managed in a year of its own, a clause on: "giao cho công đoàn mỗi năm giới thiệu ít nhất
    # 40 đoàn viên ưu tú …, năm 2025 chúng tôi giới thiệu được 52 người", probes18)
    rf"|[,;]\s*năm\s+(?:19|20)\d\d\b[^,;]{{0,40}}?\b(?:{w.DEED_VERBS})(?:\s+(?:mới|thêm))?\s+được\b"
    # (or in a past time said so: "Có xưởng anh em phải đến bốn, năm lần …, tháng rồi anh em vận
    # động được 37 thợ vào công đoàn", probes313)
    r"|[,;]\s*(?:tháng|năm|quý|tuần)\s+(?:rồi|ngoái|trước|vừa qua)\b[^,;]{0,40}?"
    rf"\b(?:{w.DEED_VERBS}|vận động)(?:\s+(?:mới|thêm))?\s+được\b",
    re.IGNORECASE,
)
# ... or by the speakers, a clause on, under a target only (not a wish: "Tôi chỉ mong sao sang năm
# 2026, …, mình kết nạp được ít nhất ba mươi nghìn đoàn viên", probes318): "Chỉ tiêu tỉnh giao 45
# bản thỏa ước, chúng tôi ký được 47 bản, đạt 104,4%" (probes361).
_SPEAKERS_DID_RE = re.compile(
    rf"[,;]\s*(?:chúng tôi|chúng em|bọn tôi)\s+(?:đã\s+)?(?:{w.DEED_VERBS}|ký|lập|vận động)"
    r"(?:\s+(?:mới|thêm))?\s+được\b",
    re.IGNORECASE,
)
POTENTIAL_DUOC_RE = re.compile(rf"\b(?:{w.DEED_VERBS})(?:\s+(?:mới|thêm))?\s+được\b", re.IGNORECASE)


_BARE_DEED_CLAUSE_RE = re.compile(rf"\s*(?:{w.DEED_VERBS})\b", re.IGNORECASE)


def _plan_list_end(before: str, clause_start: int) -> int:
    """Where the plan word of a clause before ends, when the clauses since are items of its list,
    each opening on its deed: "được giao chỉ tiêu thành lập 50 CĐCS, kết nạp 3.000 đoàn viên;
    giới thiệu 100 đoàn viên ưu tú cho Đảng" (a known gap); -1 when there is none."""
    starts = [m.end() for m in re.finditer(";", before[:clause_start])]
    for index in range(len(starts) - 1, -1, -1):
        if not _BARE_DEED_CLAUSE_RE.match(before, starts[index]):
            return -1
        begin = starts[index - 1] if index else 0
        clause = before[begin : starts[index]]
        # (a clause that says anything done is no plan's: "kết nạp được 1.365 đoàn viên mới trên
        # chỉ tiêu 1.300, đạt 105%; thành lập 16 CĐCS …", probes24)
        # (nor one with a count against its target: "thành lập 3/7 CĐCS, đạt 42,85%; giới thiệu
        # 38 đoàn viên ưu tú cho Đảng", probes42)
        # (or a count against its target said in words: "kết nạp 9.362 đoàn viên trên chỉ tiêu
        # 15.000 đoàn viên, đạt 62,4%; thành lập 41 CĐCS", probes304)
        if w.RESULT_MARKERS.search(POTENTIAL_DUOC_RE.sub(" ", clause)) or re.search(
            r"\d\s*/\s*\d|\d[^;]*\btrên\s+(?:tổng\s+)?chỉ tiêu\b", clause
        ):
            return -1
        weak = rightmost(w.CLAUSE_PLAN_MARKERS, clause)
        if weak is not None:
            return begin + weak.end()
    return -1


_TASKS_HEADING_RE = re.compile(
    r"\W*(?:(?:phương hướng|mục tiêu),?\s+(?:và\s+)?)?nhiệm vụ\b[^.:;]*$", re.IGNORECASE
)


def _plan_heading_end(before: str, clause_start: int) -> int:
    """Where the plan word of a heading ends, when the clause is an item of a list after it:
    "Chỉ tiêu năm 2025: Kết nạp 5.000 đoàn viên; thành lập 30 CĐCS; ..." (each item a clause of its
    own); -1 when there is none. What the heading says done after naming the plan does not count:
    "Đại hội đã thông qua Nghị quyết với nhiều chỉ tiêu, như: ..." adopts a plan."""
    # (the list's first item is in the heading's clause)
    heading_end = before.rfind(":", 0, clause_start) if clause_start else before.rfind(":")
    if heading_end < 0:
        return -1
    heading_start = max((m.end() for m in re.finditer(r";", before[:heading_end])), default=0)
    heading = rightmost(w.CLAUSE_PLAN_MARKERS, before[heading_start:heading_end])
    if heading is None:
        # (the tasks ahead, a heading of their own: "Nhiệm vụ 6 tháng cuối năm: kết nạp thêm ít
        # nhất 200 đoàn viên; thành lập mới 4 CĐCS; …", probes181)
        tasks = _TASKS_HEADING_RE.match(before, heading_start, heading_end)
        return heading_end if tasks else -1
    if w.RESULT_MARKERS.search(before, heading_start + heading.end(), heading_end):
        return -1
    return heading_start + heading.end()


_ITS_PERCENT_OF_THE_PLAN_RE = re.compile(
    r"(?:\s+[^\s,;\d%]+){0,4}?\s*,?\s*(?:đạt|vượt|bằng)\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?\d[\d,]*\s*%\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu)",
    re.IGNORECASE,
)
_PLAN_REACHED_RE = re.compile(
    r"\b(?:đạt|vượt|bằng)\s+\d{1,3}(?:,\d+)?\s*%\s*(?:kế hoạch|chỉ tiêu)", re.IGNORECASE
)


_ENSURED_RE = re.compile(r"\b(?:đảm bảo|bảo đảm)(?:\s+có)?\s*$", re.IGNORECASE)


# "ước" (estimated) as reports put it before what was done: "ước kết nạp", "ước thực hiện",
# "ước tính", "ước cả năm"; not "ước mong" (a wish), "thỏa ước" (an agreement) nor "nước".
_ESTIMATED_RE = re.compile(
    r"(?<![\w])(?<!thỏa )(?<!thoả )(?<!Thỏa )[Ưư]ớc\s+"
    r"(?:tính|thực hiện|đạt|cả năm|kết nạp|thành lập|phát triển|giới thiệu)\b"
)


_AVERAGE_RE = re.compile(r"\b(?:bình quân|trung bình)\b", re.IGNORECASE)


_AN_AIM_RE = re.compile(
    r"\b(?:để|nhằm)\s+(?:hoàn thành|đạt|thực hiện|về đích)\b[^,;\d]*", re.IGNORECASE
)


def _worded_as_a_target(sentence: str, quantity: Quantity) -> bool:
    """A number only a target is written as, in a clause that says nothing done: a range ("bồi
    dưỡng, giới thiệu 400-500 đoàn viên CĐ ưu tú cho Đảng"), a floor ("kết nạp mới từ 10.000 đoàn
    viên CĐ trở lên", "mỗi công đoàn cơ sở giới thiệu ít nhất 1 đoàn viên ưu tú")."""
    clause_start = max((m.end() for m in re.finditer(r";", sentence[: quantity.start])), default=0)
    clause_end = sentence.find(";", quantity.end)
    clause = sentence[clause_start : clause_end if clause_end >= 0 else len(sentence)]
    # (an aim is nothing done: "Để hoàn thành chỉ tiêu, LĐLĐ tỉnh … giao mỗi LĐLĐ huyện, thành phố
    # thành lập ít nhất 2 CĐCS", probes746)
    clause = _AN_AIM_RE.sub(" ", clause)
    if (
        w.RESULT_MARKERS.search(clause)
        or w.STOCK_BEFORE.search(sentence[clause_start : quantity.start])
        or w.PAST.search(sentence[: quantity.start])
        # (an average of what was done: "Bình quân mỗi tháng, Công đoàn các KCN kết nạp từ 700 đến
        # 1.000 đoàn viên", probes74)
        or _AVERAGE_RE.search(sentence, clause_start, quantity.start)
    ):
        return False
    # (a share of each year in a range is what was done each year: "Nhiệm kỳ 2017-2023, …; hằng
    # năm có từ 90% đến 95% CĐCS được xếp loại vững mạnh", probes63)
    if quantity.percent and re.search(r"\b(?:hằng|hàng|mỗi)\s+năm\b", clause, re.IGNORECASE):
        return _a_floor(sentence, quantity)
    # (a range said to be about so many is an estimate of what was done: "Năm 2023, các CĐCS
    # trong ngành giới thiệu khoảng 450 – 500 đoàn viên ưu tú cho Đảng", probes120)
    # (or as people hedge it: "quận thành lập chừng năm, sáu công đoàn cơ sở", probes252)
    estimated = quantity.qualifiers.get("achieved") in ("khoảng", "xấp xỉ", "chừng", "tầm", "cỡ")
    # (and so is one a report estimates, "ước" before the deed: "Năm 2025, Công đoàn Công ty …
    # ước kết nạp thêm 1.200 – 1.300 đoàn viên", probes323)
    estimated = estimated or bool(_ESTIMATED_RE.search(sentence, clause_start, quantity.start))
    return _a_floor(sentence, quantity) or (quantity.relation == "range" and not estimated)


def _a_floor(sentence: str, quantity: Quantity) -> bool:
    """ "ít nhất 1", "tối thiểu 50", and "từ N" alone ("Giới thiệu từ 350 đoàn viên Công đoàn ưu
    tú để Đảng xem xét")."""
    return (
        quantity.qualifiers.get("achieved") in ("ít nhất", "tối thiểu")
        or bool(
            quantity.relation is None
            and re.match(r"từ\b", sentence[quantity.start : quantity.end], re.I)
        )
        # ("b) Thành lập 10 CĐCS trở lên tại các DN …", an item of a list of targets, probes80)
        or bool(_OR_MORE_RE.match(sentence, quantity.end))
    )


_OR_MORE_RE = re.compile(r"(?:\s+[^\W\d]+){1,4}?\s+trở lên\b", re.IGNORECASE)


# (not a word of speech that ends the clause: "đến giờ mới được 9 CĐCS, chừng 60% thôi",
# probes380)
_OWN_NOUN_RE = re.compile(r"\s*(?!(?:thôi|rồi|nữa|ạ)\b)[^\W\d_]", re.IGNORECASE)
# What a share counts, right after its percent: "100% CĐCS …", "90% doanh nghiệp …".
_SHARE_NOUN_RE = re.compile(
    rf"\s*(?:số\s+|các\s+)?(?:{w.UNIONS_OR_COMPANIES}|CĐ\b|công đoàn|đoàn viên|cán bộ|"
    r"người lao động|NLĐ\b)",
    re.IGNORECASE,
)


# (or kept, its verb left out: "… và giữ tỷ lệ thu đoàn phí trên 100% kế hoạch", "duy trì tỷ lệ
# đoàn viên trên 95%")
_SHARE_NAMED_BEFORE_RE = re.compile(
    # (not the share of the deed counted: "tỉ lệ ký kết đạt 113,3% kế hoạch", w.PERCENT_AFTER)
    r"\bt[ỷỉ] lệ\s+(?!(?:ký kết|kết nạp|thành lập|phát triển|giới thiệu|tập huấn)\s+"
    r"(?:tương ứng\s+)?đạt\b)"
    rf"[^\W\d][^\d%;]*\s(?:đạt|là|lên)\s+(?:(?:{w.QUALIFIER})\s+)?$"
    rf"|\b(?:giữ|duy trì)(?:\s+vững)?\s+t[ỷỉ] lệ\s+[^\W\d][^\d%;]*\s(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


# Words glossed in brackets, no number in them: "ký kết mới TƯLĐTT (thỏa ước lao động tập thể),
# vượt 7,5% chỉ tiêu" (probes9).
_GLOSS_RE = re.compile(r"\s*\([^()\d%;]{1,60}\)")


_COUNT_IN_WORDS_RE = re.compile(
    rf"\b(?:{NUMBER_IN_WORDS})\s+(?:{w.MEMBER_WORDS}|{w.CDCS_WORDS}|cán bộ|lượt)\b", re.IGNORECASE
)


def _percent_after_match(window: str) -> re.Match | None:
    # (no percent sign, no percent: most counts have none, and the pattern is long)
    return w.PERCENT_AFTER.match(window) if "%" in window else None


def percent_after(sentence: str, at: int, quantity: Quantity, metric: str):
    gloss = _GLOSS_RE.match(sentence, at)
    if gloss:
        at = gloss.end()
    # "thành lập được 57 CĐCS, nâng tổng số lên 1.985 CĐCS, vượt hơn 11,7% kế hoạch năm": the
    # total is said in passing; the percent is the founded count's.
    total = (
        _TOTAL_CLAUSE_RE.match(sentence, at)
        or _PARTY_TAIL_RE.match(sentence, at)
        or _BREAKDOWN_CLAUSE_RE.match(sentence, at)
        or _CHANGE_CLAUSE_RE.match(sentence, at)
        or _PLACE_CLAUSE_RE.match(sentence, at)
        or _KIND_CLAUSE_RE.match(sentence, at)
        or _WHO_THEY_ARE_RE.match(sentence, at)
        or (_LABELS_LISTED_RE.match(sentence, at) if metric == "other" else None)
        or (
            _LEVELS_AND_TOPIC_CLAUSE_RE.match(sentence, at) if metric == "can_bo_tap_huan" else None
        )
    )
    if total:
        at = total.end()
    match = _percent_after_match(sentence[at : at + RIGHT_REACH])
    figure_end = at
    if not match and _PERCENT_IN_BRACKETS_RE.match(sentence, quantity.end, at):
        # the percent in brackets between the count and its noun (see unit_of)
        at = quantity.end
        match = _percent_after_match(sentence[at : at + RIGHT_REACH])
    if not match:
        return None
    # a share of its own named before it: "phát triển 3–5 nghìn đoàn viên và nâng tỷ lệ CNLĐ là đoàn
    # viên đạt trên 90%" (not "…, đạt tỷ lệ 94,2%", the count's)
    if _SHARE_NAMED_BEFORE_RE.search(sentence, at, at + match.start("num")):
        return None
    # (nor past another count in words, as one in digits stops it: "thành lập được ba công đoàn cơ
    # sở với một trăm bốn mươi đoàn viên, đạt sáu mươi phần trăm chỉ tiêu", probes368; the list's
    # head takes it back, as it does past digits)
    if _COUNT_IN_WORDS_RE.search(sentence, at, at + match.start("num")):
        return None
    # "đạt 101,75% và 116,67% kế hoạch": percents given in turn (see _respective_percents)
    after_sign = sentence.find("%", at + match.end("num")) + 1
    # (not a share of its own after it: "26/31 CĐCS ký kết TƯLĐTT, đạt tỷ lệ 83,9%, 100% CĐCS khối
    # hành chính sự nghiệp tổ chức hội nghị …")
    goes_on = w.PERCENT_LIST_GOES_ON.match(sentence[after_sign:])
    if goes_on and not _SHARE_NOUN_RE.match(sentence, after_sign + goes_on.end()):
        return None
    # "..., giới thiệu ít nhất 100.000 lượt đoàn viên ưu tú cho Đảng, 60% công đoàn cơ sở đạt danh
    # hiệu ... vững mạnh", "thành lập mới 5 công đoàn cơ sở, 90% đoàn viên được phổ biến ...": a
    # bare percent followed by what it counts is a share of its own
    if not match["verb"] and not match["yard"] and _OWN_NOUN_RE.match(sentence, after_sign):
        return None
    value = parse_number(match.group("num"))
    verb = (match.group("verb") or "").lower()
    # against last year, not the plan: "kết nạp 5.200 đoàn viên, bằng 130% so với cùng kỳ" (a
    # year after the plan is the plan's: "đạt 100,5% chỉ tiêu năm 2025")
    if not match.group("yard") and (
        w.YEAR_ON_YEAR.match(sentence[at + match.end() : at + match.end() + 30]) or verb == "tăng"
    ):
        # ... unless the plan's percent follows: "kết nạp 4.512 đoàn viên, bằng 112% so với cùng
        # kỳ năm 2023 và đạt 75,2% kế hoạch năm"
        then = _THEN_THE_PLANS_RE.match(sentence, at + match.end())
        if then is None:
            return None
        return percent_after(sentence, then.end(), quantity, metric)
    # (a plan named before a percent in brackets: "gấp hơn 3 lần chỉ tiêu (313,5%)", "(đạt tỷ lệ
    # 315,63%)")
    named_plan = total is not None and re.search(r"kế hoạch|chỉ tiêu", total.group(0), re.I)
    if w.OF_THE_WORKFORCE.match(sentence, at + match.end()):
        # (the total's share, not the count's: "kết nạp 31.200 đoàn viên, nâng tổng số đoàn viên
        # toàn tỉnh lên 152.000 người, chiếm 68% tổng số lao động", probes72)
        if total is not None and total.re is _TOTAL_CLAUSE_RE:
            return None
        kind = "rate"
    elif verb == "vượt" or verb == "tăng":
        kind = "over_target"
    # ("đạt tỷ lệ 100% chỉ tiêu": the plan named after it)
    elif ("tỷ lệ" in verb or "tỉ lệ" in verb or verb == "chiếm") and not (
        match.group("yard") or named_plan
    ):
        kind = "rate"
    elif match.group("yard") or named_plan:
        kind = "of_target"
    elif verb in ("đạt", "bằng", "hoàn thành") or "lệ" in verb:
        # a bare "đạt 96,9%" after another indicator's count is the share of the units that did it
        # ("127/131 cơ quan, đơn vị, đạt 96,9%": so every such x/y of the sets is annotated);
        # after members or unions it is of their plan (a share over 100% is of the plan anyway)
        kind = "rate" if metric == "other" else "of_target"
    else:
        # A bare "(91,4%)": a share of the total when the figure is not a plan's; hedged as people
        # say it, of the plan ("đến giờ mới được 9 CĐCS, chừng 60% thôi", probes380).
        hedged = (match["qual"] or "").lower() in HEDGES
        kind = (
            "of_target"
            if metric != "other" and (quantity.relation == "of" or named_plan or hedged)
            else "rate"
        )
    return (
        value,
        kind,
        (match.group("qual") or match.group("near") or "").lower() or None,
        max(figure_end, at + match.end()),
    )


# "(đạt 147% so với chỉ tiêu giao là 6.000 đoàn viên)": the target, given with the percent.
# (not a time said after it: "…, đạt 103,2% kế hoạch năm, mà đây mới là 11 tháng", probes339)
# (not another time's count it is set against: "…, tức vượt 20,8% kế hoạch, so với cùng kỳ năm
# ngoái là 1.530", probes407)
_TARGET_IN_YARDSTICK_RE = re.compile(
    r"(?![^();\d]{0,30}?\b(?:cùng kỳ|năm ngoái|năm trước)\b)"
    r"[^();\d]{0,30}?\s(?:là|:)\s*(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d%])"
    r"(?!\s+(?:tháng|năm|quý|tuần|ngày)\b)",
    re.IGNORECASE,
)

# "đạt 33,6% chỉ tiêu 1.400 đoàn viên Thành phố giao", "mới bằng 32% kế hoạch 25 CĐCS": the target
# right after the plan's name.
_TARGET_AFTER_THE_PLAN_RE = re.compile(
    # (its deed may be named: "bằng 89,55% so với kế hoạch kết nạp 4.000 ĐVCĐ cả năm")
    # (or its term's years: "… kết nạp 14.260 đoàn viên, vượt 14,1% chỉ tiêu cả nhiệm kỳ 2023-2028
    # là 12.500 đoàn viên", probes907)
    # (or its year: "… nâng kết quả từ đầu năm lên 3.286 đoàn viên, đạt 65,7% chỉ tiêu năm 2025 là
    # 5.000 đoàn viên", probes937)
    # (or its quarter: "… đạt 81,9% chỉ tiêu quý IV/2025 là 4.000 đoàn viên", probes942)
    rf"(?:\s+(?:(?:cả\s+)?năm(?:\s+(?:19|20)\d\d)?|được giao|giao|đề ra"
    r"|quý\s+[IV]+(?:\s*/\s*(?:19|20)\d\d|\s+năm\s+(?:19|20)\d\d)?"
    r"|(?:cả\s+)?nhiệm kỳ(?:\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)?))?"
    rf"(?:\s+(?:kết nạp|phát triển|thành lập)(?:\s+mới)?)?\s*(?:là\s+)?"
    rf"(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?![\d%,])"
    # (or another indicator's units: "… ký kết thỏa ước lao động tập thể, đạt 76,7% kế hoạch năm là
    # 30 doanh nghiệp", probes904)
    rf"(?=\s+(?:đoàn viên|ĐVCĐ|ĐV\b|{w.CDCS_WORDS}|người|cán bộ|lượt|đơn vị|doanh nghiệp|cuộc"
    r"|bản|cơ quan))",
    re.IGNORECASE,
)
_ENDS_WITH_THE_PLAN_RE = re.compile(rf"{w.PLAN_NOUN}\s*$", re.IGNORECASE)


# ... or named in the percent's own words, which run on to the body that set it: "vượt 3,9% so với
# chỉ tiêu 900 người Tổng Liên đoàn giao" (probes946), "đạt 59,5% chỉ tiêu 400 đoàn viên được
# giao" (probes952).
_TARGET_COMPARED_IN_THE_PERCENT_RE = re.compile(
    rf"%\s+(?:so với\s+)?{w.PLAN_NOUN}\s+(?:là\s+)?(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?![\d%,])"
    rf"(?=\s+(?:đoàn viên|ĐVCĐ|{w.CDCS_WORDS}|người|cán bộ|lượt|đơn vị|doanh nghiệp)\b)",
    re.IGNORECASE,
)


def _target_after_the_plan(sentence: str, at: int) -> re.Match | None:
    if not _ENDS_WITH_THE_PLAN_RE.search(sentence, max(0, at - 30), at):
        return None
    return _TARGET_AFTER_THE_PLAN_RE.match(sentence, at)


# "đạt 89,47% kế hoạch (kết nạp mới 4.000 ĐVCĐ)": the plan, in brackets after the percent (its
# year named, "kế hoạch năm (…)", or the percent in brackets itself, "(đạt 89,47% kế hoạch) (…)").
# (or the plan's name: "vượt 4,6% chỉ tiêu Nghị quyết (50.000 đoàn viên)")
_TARGET_IN_BRACKETS_RE = re.compile(
    # (or the congress's: "đạt 71,3% chỉ tiêu Nghị quyết Đại hội (30.000 đoàn viên)", probes411)
    rf"\s*(?:(?:năm(?:\s+\d{{4}})?|Nghị quyết|Đại hội|đề ra|được giao|giao|cả năm)\s*){{0,3}}"
    r"\)?\s*\("
    rf"(?:[^()\d]{{0,30}}?)(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)"
    rf"(?=\s+(?:đoàn viên|ĐVCĐ|ĐV\b|{w.CDCS_WORDS}|"
    # ("tập huấn cho 8.430 lượt cán bộ, đạt 70,3% kế hoạch năm (12.000 lượt)", probes98)
    rf"cán bộ|người|đảng viên|lượt|học viên)[^()]{{0,20}}\)|\s*\))",
    re.IGNORECASE,
)


# ... or passed, named after a bare percent that is the count's share of it: "… kết nạp 57 đoàn
# viên, đạt 114%, vượt chỉ tiêu 50 đoàn viên được giao" (probes859).
_TARGET_PASSED_AFTER_RE = re.compile(
    rf"\s*,\s*(?:vượt|hoàn thành(?:\s+vượt)?)\s+(?:mức\s+)?{w.PLAN_NOUN}"
    r"(?:\s+(?:năm|cả năm|được giao|giao|đề ra))?\s+(?:là\s+)?"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d%,])"
    rf"(?=\s+(?:đoàn viên|ĐVCĐ|ĐV\b|{w.CDCS_WORDS}|người|cán bộ|lượt|đơn vị))",
    re.IGNORECASE,
)


def _target_passed_after(sentence: str, figure: Figure) -> re.Match | None:
    passed = _TARGET_PASSED_AFTER_RE.match(sentence, figure.end)
    if passed is None or not all_numbers(figure.achieved, figure.percent):
        return None
    target = parse_number(passed["n"])
    if not target or not is_ratio(
        figure.percent, written_percent(figure.percent), figure.achieved, target
    ):
        return None
    return passed


def take_the_target_named_after(sentence: str, figure: Figure) -> None:
    """Gives a result the target named right after its percent of the plan: "(đạt 147% so với
    chỉ tiêu giao là 6.000 đoàn viên)", "đạt 33,6% chỉ tiêu 1.400 đoàn viên Thành phố giao"."""
    if figure.target is not None:
        return
    given = (
        _TARGET_IN_YARDSTICK_RE.match(sentence, figure.end)
        or _TARGET_IN_BRACKETS_RE.match(sentence, figure.end)
        or _target_after_the_plan(sentence, figure.end)
        or _target_passed_after(sentence, figure)
        or _TARGET_COMPARED_IN_THE_PERCENT_RE.search(sentence, figure.start, figure.end)
    )
    if given is None:
        return
    if figure.percent_kind == "rate":
        figure.percent_kind = "of_target"
    figure.target = parse_number(given["n"])
    unit = re.match(
        rf"\s+(?:đoàn viên|{w.CDCS_WORDS}|người|cán bộ|đảng viên|doanh nghiệp|cuộc|bản|cơ quan)\)?",
        sentence[given.end() :],
    )
    figure.end = max(figure.end, given.end() + (unit.end() if unit else 0))


def take_percent(owner: Figure, percent: tuple, moved: Figure | None = None) -> None:
    """Give `owner` the percent percent_after found, and end `moved` (the owner by default) after
    it."""
    value, kind, qualifier, end = percent
    owner.percent, owner.percent_kind = value, kind
    (moved or owner).end = end
    if qualifier:
        owner.qualifiers["percent"] = qualifier


def take_plans_percent(figure: Figure, match: re.Match) -> None:
    """Give `figure` the percent of the plan `match` read (its groups: verb, qual, num)."""
    figure.percent = parse_number(match["num"])
    figure.percent_kind = "over_target" if match["verb"].lower() == "vượt" else "of_target"
    if match["qual"]:
        figure.qualifiers["percent"] = match["qual"].lower()


def qualifiers_of(quantity: Quantity, kind: str, sentence: str, unit_end: int) -> dict:
    qualifiers = dict(quantity.qualifiers)
    after = w.AFTER_QUALIFIER.match(sentence[unit_end : unit_end + 30])
    if after:
        qualifiers.setdefault("achieved", after.group(1).lower())
    if kind == "plan" and "achieved" in qualifiers:
        qualifiers["target"] = qualifiers.pop("achieved")
    return qualifiers


def counted_figure(
    metric: str, kind: str, start: int, end: int, quantity: Quantity, **fields
) -> Figure:
    """A figure stating `quantity`: x/y is achieved of target, a plan's number is its target,
    a result's is what was achieved."""
    figure = Figure(metric=metric, kind=kind, start=start, end=end, **fields)
    if quantity.relation == "of":
        figure.achieved, figure.target = quantity.value, quantity.second
    elif kind == "plan":
        figure.target = quantity.text_value
    else:
        figure.achieved = quantity.text_value
    return figure


def done_of_targets(targets: list[Figure], done: list[Figure], another_year: bool) -> list[Figure]:
    """What was done of `targets`, said in turn right after them (`done`, each a result of its
    target's indicator, in order): each target becomes its result, in its place, and nothing is
    left to add; done in another year than the targets' ("… phấn đấu trong năm 2025 …; năm 2024,
    hai chỉ tiêu này lần lượt đạt …", probes642), the targets stay and each done is a result of
    its own, returned to be added."""
    if another_year:
        return list(done)
    for target, result in zip(targets, done, strict=True):
        target.kind, target.achieved = "result", result.achieved
        target.qualifiers.update(result.qualifiers)
    return []


def written_percent(number: float) -> str:
    """How a percent is written, for its digits: 49.8 -> "49,8"."""
    return f"{number:g}".replace(".", ",")


def quantity_at(found: list[Quantity], start: int) -> Quantity | None:
    """The number of `found` (quantities(sentence)) that starts at `start`."""
    return next((q for q in found if q.start == start), None)


def count_at(sentence: str, start: int) -> Quantity | None:
    """The count (no percent) of `sentence` that starts at `start`, in digits or in words: what
    the rules that match a count said in words (`SPOKEN_NUMBER`) read its value from."""
    said = quantity_at(quantities(sentence), start)
    return None if said is None or said.percent else said


def number_at(sentence: str, figure: Figure) -> int:
    """Where `figure`'s first number is said, past a ward's or district's number in its name
    ("phường 13 có 3 CĐCS"); its span's start when it says none."""
    number = re.search(r"(?<!phường )(?<!quận )\d", sentence[figure.start : figure.end])
    return figure.start + (number.start() if number else 0)


def within(figures: list[Figure], at: int) -> bool:
    """`at` falls within the words of one of `figures`."""
    return any(f.start <= at < f.end for f in figures)


def numbers_of(*values) -> set:
    """The numbers `values` hold (a range's bounds for a range), None left out."""
    found = set()
    for value in values:
        found |= set(value.values()) if isinstance(value, dict) else {value}
    return found - {None}


def all_numbers(*values) -> bool:
    """Each of `values` is a single number (neither missing nor a range)."""
    return all(isinstance(v, (int, float)) for v in values)


def share_of_the_plan(figure: Figure) -> float:
    """`figure`'s percent as its count's share of the plan: "vượt 5%" is 105%."""
    return figure.percent + (100 if figure.percent_kind == "over_target" else 0)


def is_its_share_of(figure: Figure, target) -> bool:
    """`figure`'s percent of the plan ("đạt x%", "vượt x%") is its count's share of `target`, to the
    digits it is written with."""
    if figure.percent_kind not in ("of_target", "over_target"):
        return False
    if not all_numbers(figure.achieved, figure.percent, target) or not target:
        return False
    share = share_of_the_plan(figure)
    return is_ratio(share, written_percent(figure.percent), figure.achieved, target)


def is_ratio(percent: float, written: str, achieved: float, target: float) -> bool:
    """`percent` (written `written`) is `achieved` of `target`, to the digits it is written with."""
    # (rounded or cut: 8.865 of 6.000 is written "147%")
    decimals = len(written.partition(",")[2])
    return abs(percent - 100 * achieved / target) <= 10**-decimals + 0.01


def as_planned(figure: Figure) -> Figure:
    """`figure` as a target of the plan it belongs to."""
    if figure.kind == "plan" or figure.target is not None or figure.achieved is None:
        return dataclasses.replace(figure, kind="plan")
    qualifiers = dict(figure.qualifiers)
    if "achieved" in qualifiers:
        qualifiers["target"] = qualifiers.pop("achieved")
    return dataclasses.replace(
        figure, kind="plan", target=figure.achieved, achieved=None, qualifiers=qualifiers
    )
