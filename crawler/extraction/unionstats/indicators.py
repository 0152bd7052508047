"""Other indicators (ratings, workers' conferences, dialogues, collective agreements) and the
figures a percent states alone ("phát triển đoàn viên đạt 105% kế hoạch", "85% CĐCS đạt vững
mạnh")."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator

from . import wording as w
from .figure import (
    COUNTS_AFTER_RE,
    RIGHT_REACH,
    YEARS_RE,
    Figure,
    counted_figure,
    is_ratio,
    percent_after,
    plan_or_result,
    qualifiers_of,
    right_context,
    rightmost,
    take_percent,
    take_plans_percent,
    take_the_target_named_after,
    within,
)
from .numbers import QUALIFIER, Quantity, of_another_year, parse_number, quantities

METRIC_GROUPS = ("doan_vien_ket_nap", "cdcs_thanh_lap", "dang_vien_gioi_thieu", "can_bo_tap_huan")


_ONE_NOUN_RE = re.compile(
    r"người lao động|công nhân lao động|doanh nghiệp|công đoàn cơ sở|Liên đoàn Lao động|"
    r"ban chấp hành|"
    # (two verbs of one deed: "284/309 doanh nghiệp có CĐCS thương lượng, ký kết thỏa ước lao
    # động tập thể", probes61)
    r"thương lượng,?\s+ký kết|sửa đổi,?\s+bổ sung",
    re.IGNORECASE,
)


def lowest_grade(grade: str) -> bool:
    """The lowest ratings are no indicator reached ("trung bình", "yếu"; h2-026)."""
    return re.fullmatch(r"trung bình|yếu", grade, re.IGNORECASE) is not None


def grade_label(grade: str) -> str:
    """ "vững mạnh xuất sắc" -> "cđcs vững mạnh xuất sắc"; "hoàn thành tốt" (its noun said once,
    after the next grade: "hoàn thành tốt và hoàn thành xuất sắc nhiệm vụ") -> "cđcs hoàn thành
    tốt nhiệm vụ"."""
    words = " ".join(grade.lower().replace(",", "").split())
    if words.startswith("hoàn thành") and not words.endswith("nhiệm vụ"):
        words += " nhiệm vụ"
    return "cđcs " + words


_THE_NEXT_ITEMS_GRADE_RE = re.compile(r"\s*(?::|\s+là\b)?\s*\(?\s*\d")
_A_PART_RATED_RE = re.compile(rf"\s*,\s*{w.AMONG_THEM}\b", re.IGNORECASE)

_NOT_REACHED_RE = re.compile(
    # ("2 CĐCS bị xếp loại không hoàn thành nhiệm vụ", probes85)
    r"[\s,]*(?:(?:đã|bị)\s+)?(?:(?:bị\s+)?xếp loại\s+)?(?:không|chưa)\s+(?:được\s+)?"
    r"(?:hoàn thành|đạt|xếp loại)",
    re.IGNORECASE,
)


_NEW_OR_AGAIN_RE = re.compile(r"\bký\s+(?:mới|lại)\s*,\s*ký\s+(?:mới|lại)\b", re.IGNORECASE)


def other_label(
    text: str, unit: str, reach: int = 8, commas: bool = False
) -> tuple[str, int] | None:
    """The indicator a count of unions or enterprises belongs to, and where its words end, when
    it stands within `reach` words (across commas with `commas`)."""
    # (the units said to have a union first: "3.960/4.150 doanh nghiệp có tổ chức công đoàn trên địa
    # bàn TP.HCM đã tổ chức hội nghị người lao động", "… và 62% doanh nghiệp có tổ chức công đoàn
    # ngoài nhà nước đã tổ chức …", probes98, probes101)
    # (or further on: "64% doanh nghiệp ngoài nhà nước có tổ chức công đoàn thuộc Công đoàn Khu kinh
    # tế … đã tổ chức hội nghị người lao động", probes109; blanked, its words not counted)
    text = _HAVING_A_UNION_RE.sub(lambda m: " " * len(m.group(0)), text)
    # (nor whose they are: "1.286/1.290 CĐCS trường học thuộc Công đoàn Giáo dục tỉnh Thanh Hóa
    # tổ chức hội nghị cán bộ, công chức, viên chức", probes351)
    text = _WHOSE_THEY_ARE_RE.sub(lambda m: " " * len(m.group(0)), text)
    # (nor the sector they are of: "1.032 CĐCS khu vực hành chính sự nghiệp hoàn thành tốt nhiệm
    # vụ", probes360)
    text = _THEIR_SECTOR_RE.sub(lambda m: " " * len(m.group(0)), text, count=1)
    # (signed anew or again is one deed: "46 trên 52 CĐCS doanh nghiệp ký mới, ký lại thỏa ước lao
    # động tập thể", probes548)
    text = _NEW_OR_AGAIN_RE.sub(lambda m: m.group(0).replace(",", " "), text)
    # a rating not reached is none reached: "46 CĐCS không hoàn thành nhiệm vụ" (probes57)
    if _NOT_REACHED_RE.match(text):
        return None
    glued = w.GLUED_STRONG.match(text) if unit == "cdcs" else None  # "Có 37 CĐCSVM"
    if glued:
        return "cđcs vững mạnh", glued.end()
    grade = w.GRADE.match(text) or (w.GRADE_FAR_COMMAS if commas else w.GRADE_FAR).match(text)
    if grade and _THE_NEXT_ITEMS_GRADE_RE.match(text, grade.end()) and re.match(r"\s*,", text):
        # (a grade past a comma with its own count after it is the next item's: "Số CĐCS hoàn
        # thành xuất sắc nhiệm vụ là 138, hoàn thành tốt nhiệm vụ là 329", probes273)
        grade = None
    if grade and _A_PART_RATED_RE.match(text):
        # (the whole a part of which is rated: "cụm … có 12 đơn vị, trong đó số CĐCS đạt vững mạnh
        # là 09 đơn vị", H51-024)
        grade = None
    # "trên 45% đơn vị đạt vững mạnh xuất sắc": units rated are unions; "khá" of a company is not.
    # (the lowest ratings are no indicator reached: "8 công đoàn cơ sở xếp loại trung bình", "…
    # yếu", left out by the annotators of the real sets, h2-026)
    if grade and lowest_grade(grade["grade"]):
        return None
    # (nor one said to be only that: "ba đơn vị chỉ hoàn thành nhiệm vụ", as probes299 and
    # probes361 read it, beside the better ratings)
    if grade and re.search(
        r"\bchỉ\s+(?:được\s+)?(?:xếp loại\s+)?(?:đạt\s+)?$", text[: grade.start("grade")], re.I
    ):
        return None
    if grade and (unit == "cdcs" or "vững mạnh" in grade.group("grade").lower()):
        return grade_label(grade["grade"]), grade.end()
    # The indicator follows its count closely ("95 doanh nghiệp tổ chức hội nghị người lao
    # động"); further on, it is another clause ("khảo sát 50 doanh nghiệp cho thấy, nơi có thỏa
    # ước ...").
    comma = ",?" if commas else ""
    # (a noun of several words counts as one, however it is written: "người lao động" as "NLĐ")
    words = _ONE_NOUN_RE.sub(lambda m: re.sub(r"[\s,]", "_", m.group(0)), text)
    near = re.match(rf"[\s,]*(?:[^\s,;\d]+{comma}\s+){{0,{reach}}}", words)  # not past a number
    # the first label said (the list's order breaks ties only): "100% CĐCS tổ chức hội nghị người
    # lao động, hội nghị cán bộ công chức" is first the workers' conference
    found = ((pattern.search(text), label) for label, pattern in w.OTHER_LABELS)
    for match, label in sorted(
        ((m, label) for m, label in found if m is not None), key=lambda pair: pair[0].start()
    ):
        if match.start() > near.end():
            continue
        # "64% doanh nghiệp chưa có tổ chức công đoàn, gần như không tổ chức hội nghị người lao
        # động": what they did not do; nor what they must do ("15.296 CĐ cơ sở phải tổ chức đại
        # hội, hội nghị"), nor what they agreed to do ("1 doanh nghiệp đồng ý thực hiện ký kết thỏa
        # ước lao động tập thể"). What they will do is planned ("1.250 công đoàn cơ sở … sẽ tổ chức
        # đại hội", probes85, probes109: plan_or_result reads "sẽ"); what they will be made to do,
        # or what something is done for, is not ("30 doanh nghiệp sẽ được khảo sát để ký thỏa
        # ước").
        if re.search(
            # ("đang hướng dẫn 45 doanh nghiệp chuẩn bị thương lượng, ký kết …", probes116)
            # (nor what they were praised for: "26 doanh nghiệp được biểu dương vì tổ chức tốt đối
            # thoại định kỳ", probes165)
            r"\b(?:không|chưa|phải|cần|đồng ý|nhất trí|cam kết|sẽ được|để|chuẩn bị|biểu dương|"
            r"khen thưởng|tuyên dương|vinh danh)\b",
            text[: match.start()],
            re.I,
        ):
            return None
        # (nor an agreement amended, which none signed: "18 doanh nghiệp sửa đổi, bổ sung nội dung
        # thỏa ước", probes148)
        if re.search(r"\b(?:sửa đổi|bổ sung)\b", text[: match.start()], re.I) and not re.search(
            r"\bký\b", text[: match.start()], re.I
        ):
            return None
        if (
            unit == "cdcs"
            or not label.startswith("cđcs")
            or (label == "cđcs tổ chức đại hội" and w.CONGRESS_OF_UNIONS.match(text, match.end()))
        ):
            return label, match.end()
    return None


_LABEL_PATTERNS = dict(w.OTHER_LABELS)

# Where a count's subject ends and its predicate begins, however long the name between: "9/9 công
# đoàn cơ sở trực thuộc EVNNPT gồm các Công ty Truyền tải điện, Ban Quản lý dự án và Cơ quan Tổng
# công ty đã hoàn thành tổ chức Đại hội" (no clause mark on the way, and no number but a count of
# places: "1.663 Công đoàn cơ sở tại 17 huyện, thị xã, thành phố trực thuộc LĐLĐ tỉnh … đã tiến
# hành xong đại hội").
_PREDICATE_RE = re.compile(
    r"(?:[^\d;:.]|\d+(?=\s+(?:huyện|quận|thị xã|thành phố|tỉnh|xã|phường|địa phương)\b))"
    r"{0,240}?\s(?:đều\s+)?đã\s+",
    re.IGNORECASE,
)


def predicate_label(sentence: str, unit_end: int, unit: str) -> tuple[str, int] | None:
    """The indicator a count's predicate names after "đã", past a long name; its end is counted
    from `unit_end`."""
    predicate = _PREDICATE_RE.match(sentence, unit_end)
    if predicate is None:
        return None
    found = other_label(sentence[predicate.end() :], unit, reach=3)
    if found is None:
        return None
    return found[0], predicate.end() - unit_end + found[1]


def _a_breakdown(sentence: str, at: int, label: str) -> bool:
    """A share or count after "trong đó" that parts a count of the same indicator said before it:
    "117 đơn vị hoàn thành việc tổ chức đại hội, trong đó 100% công đoàn cơ sở khối giáo dục ... tổ
    chức thành công đại hội", "83 DN ... đã ký thỏa ước lao động tập thể, trong đó có 26 DN ký kết
    thỏa ước mới" (a share with no count before it is the news itself: "... vượt chỉ tiêu, trong đó
    hơn 95% CĐ ... đạt vững mạnh")."""
    among = re.search(rf"{w.AMONG_THEM}(?:\s+có)?\s*$", sentence[:at], re.I)
    if among is None:
        return False
    before = sentence[: among.start()]
    pattern = _LABEL_PATTERNS.get(label)
    named = pattern.search(before) if pattern else label.removeprefix("cđcs ") in before.lower()
    return bool(named) and bool(re.search(r"\d", YEARS_RE.sub("", before)))


# The whole a count is part of, said before it: "trong tổng số 171 công đoàn cơ sở đã có 117 đơn vị
# hoàn thành việc tổ chức đại hội" (the units are those unions, and 171 the count of all).
_WHOLE_BEFORE_RE = re.compile(
    # (or "Trong 45 công đoàn trực thuộc, có 39 đơn vị …": no "số", the units named)
    rf"(?:trong|trên)\s+(?:(?:tổng\s+)?số\s+)?(?:(?:{w.QUALIFIER})\s+)?(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)\s+(?:(?P<cdcs>"
    + w.CDCS_UNIT.pattern
    + ")|"
    + w.ENTERPRISE_UNIT.pattern
    # (a year and the body they belong to between: "Trong 512 CĐCS được đánh giá năm 2024, Công
    # đoàn ngành Xây dựng TP.HCM có 421 đơn vị xếp loại …", probes964)
    + r")(?:[^;\d]|\b(?:19|20)\d\d\b){0,80}?(?:đã\s+)?(?:có\s+)?$",
    re.IGNORECASE,
)


# A report's heading that names the indicator, then its tally: "- Hội nghị người lao động:
# 312/340 doanh nghiệp có CĐCS tổ chức, đạt 91,8%" (the heading is all there is before the count).
_HEADING_RE = re.compile(r"[\s\-–—•+*]*(?P<rest>[^\W\d][^;:\d]{2,80}?)\s*:\s*")


# ... and the tally says nothing else of them: a held verb at most ("- Hội nghị người lao động:
# 312 doanh nghiệp đã ký cam kết tài trợ" is no count of conferences)
_TALLY_ONLY_RE = re.compile(
    r"(?:\s+(?:có\s+)?(?:CĐCS|công đoàn cơ sở|tổ chức công đoàn))?"
    r"(?:\s+(?:đã\s+)?(?:được\s+)?(?P<verb>tổ chức|ký kết|ký|thực hiện))?"
    r"(?:\s+xong)?\s*(?:[,;.)(]|$)",
    re.IGNORECASE,
)


# ... or the topic a sentence opens on, then what the units did of it: "Về thỏa ước lao động tập
# thể, đến nay toàn quận có 462/577 đơn vị ký kết (tỉ lệ 81%)" (heldout38; only where they are
# said to have it, so "Về đối thoại, LĐLĐ phối hợp với 20 doanh nghiệp ký kết …" is not)
_TOPIC_RE = re.compile(
    # (at the sentence's start, past its opening words: "Ông … cho biết: Về thỏa ước …", "Bên
    # cạnh đó, về …")
    rf"^\W*{w.OPENING}(?:Về|Đối với|Riêng)\s+(?:công tác\s+|việc\s+)?"
    r"(?P<rest>[^\W\d][^;:,\d]{2,80}?)\s*,"
    r"(?:(?:[^;:\d]|(?<=năm\s)\d{4}){0,60}?\s(?:đã\s+)?có)?\s*$",
    re.IGNORECASE,
)


def _headed_label(left: str, right: str, unit: str) -> tuple[str, int] | None:
    heading = _HEADING_RE.fullmatch(left)
    tally = _TALLY_ONLY_RE.match(right)
    if heading is None and (topic := _TOPIC_RE.match(left)):
        # (a topic's units must be said to have done it: "Về hội nghị người lao động, có 1.200
        # doanh nghiệp có tổ chức công đoàn" is no count of conferences)
        heading, tally = topic, tally and tally["verb"]
    if heading is None or not tally:
        return None
    found = other_label(heading["rest"], unit, reach=10)
    return (found[0], 0) if found else None


def _fronted_label(left: str) -> tuple[str, int] | None:
    """The indicator a tally names before its count (w.FRONTED_INDICATOR)."""
    fronted = w.FRONTED_INDICATOR.search(left)
    if fronted is None:
        return None
    unit = "cdcs" if fronted["cdcs"] else "enterprise"
    found = other_label(fronted["rest"], unit, reach=10, commas=True)
    return (found[0], 0) if found else None


# Unions, then how many "units" of them did something: "khối công đoàn cơ sở trực thuộc LĐLĐ tỉnh
# có 29/76 đơn vị đã tổ chức đại hội" (the units are those unions).
_UNIONS_HAVE_UNITS_RE = re.compile(
    rf"(?:{w.CDCS_UNIT.pattern})[^;,\d]{{0,60}}?\bcó\s+$", re.IGNORECASE
)

_OUT_OF_UNIONS_RE = re.compile(
    # ("Trong 214 CĐCS được đánh giá, 176 đơn vị …", probes360)
    rf"(?:(?:trong|trên)\s+(?:tổng\s+)?số|\btrong)\s+\d[\d.]*\s+(?:{w.CDCS_UNIT.pattern})[^;]*$"
    # (or the part of unions counted before: "cả 128 CĐCS … được xếp loại hoàn thành tốt nhiệm vụ
    # trở lên, trong đó 97 đơn vị hoàn thành xuất sắc nhiệm vụ", probes120)
    rf"|\d\s+(?:{w.CDCS_UNIT.pattern})[^;\d]*,\s*{w.AMONG_THEM}(?:\s+có)?\s*$",
    re.IGNORECASE,
)

# ... or the next item of a list of unions rated: "278 công đoàn cơ sở được xếp loại hoàn thành
# xuất sắc nhiệm vụ, 412 đơn vị hoàn thành tốt nhiệm vụ", "… có 298 đơn vị hoàn thành xuất sắc
# nhiệm vụ, chiếm 22,6%; 787 đơn vị hoàn thành tốt nhiệm vụ" (probes169)
_RATED_UNIONS_LISTED_RE = re.compile(
    rf"(?:{w.CDCS_UNIT.pattern}|\bđơn vị)[^\d;]{{0,60}}?(?:vững mạnh|nhiệm vụ)"
    # (or joined by "và" alone: "176 đơn vị đạt vững mạnh và 30 đơn vị xếp loại khá", probes360)
    r"(?:\s*,?\s*(?:chiếm|đạt)?\s*(?:tỷ lệ|tỉ lệ)?\s*\d[\d,.]*\s*%)?"
    r"\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)$",
    re.IGNORECASE,
)

# ... whose whole, the unions rated, is each item's: "trong tổng số 1.316 công đoàn cơ sở được đánh
# giá, có 298 đơn vị hoàn thành xuất sắc nhiệm vụ, chiếm 22,6%; 787 đơn vị hoàn thành tốt nhiệm
# vụ, chiếm 59,8%" (probes169)
_RATED_WHOLE_RE = re.compile(
    r"(?:(?:trong|trên)\s+(?:tổng\s+)?số|\btrong)\s+(?P<n>\d{1,3}(?:\.\d{3})+|\d+)\s+"
    rf"(?P<cdcs>{w.CDCS_UNIT.pattern})[^;\d]{{0,40}}?\b(?:được\s+)?{w.RATING_VERBS}\b",
    re.IGNORECASE,
)

_ITS_SHARE_RE = re.compile(r"[^;%\d]{0,60}?,\s*(?:chiếm|đạt)\s+(?:tỷ lệ\s+|tỉ lệ\s+)?\d[\d,]*\s*%")

_AUTHORITIES_DIALOGUE_RE = re.compile(
    r"[^,;\d]{0,20}?\bgiữa\s+(?:các\s+)?(?:(?:lãnh đạo|Chủ tịch|chính quyền|Thường trực|UBND|HĐND|"
    r"Ủy ban|Uỷ ban)[^,;\d]{0,30}?(?:quận|huyện|tỉnh|thành phố|thị xã|xã|phường|UBND|HĐND|"
    r"chính quyền)"
    # (or of other people with them: "12 hội nghị đối thoại giữa nông dân với chính quyền cấp xã",
    # probes85)
    r"|(?:nông dân|hội viên|người dân|nhân dân|thanh niên|cử tri)\b)"
    # (or with them, held by the authorities: "Chủ tịch UBND tỉnh Hưng Yên đã chủ trì 4 cuộc đối
    # thoại với nhân dân về công tác bồi thường", probes85, probes109)
    r"|[^,;\d]{0,20}?\bvới\s+(?:người dân|nhân dân|cử tri|nông dân|thanh niên)\b",
    re.IGNORECASE,
)
# Another body holds it: "Chủ tịch UBND thành phố tổ chức 2 hội nghị đối thoại với doanh nghiệp"
# (probes85).
# (or a department of the state: "Sở LĐ-TB&XH đã tổ chức 4 hội nghị đối thoại chính sách với 520
# doanh nghiệp", probes360; not one a union worked with, "LĐLĐ tỉnh phối hợp với Sở …")
_ANOTHER_BODY = (
    r"\b(?:Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội Phụ nữ|Hội Cựu chiến binh|Mặt trận|UBND|"
    r"Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Đoàn Thanh niên|"
    r"(?<!với )(?<!cùng )(?<!và )(?<!thuộc )(?:(?-i:Sở|Bộ)\s+(?-i:[A-ZĐ])|(?-i:Tỉnh ủy|Thành ủy|"
    r"Huyện ủy|Tỉnh uỷ|Thành uỷ|Huyện uỷ)))"
)
_ANOTHER_BODY_HOLDS_RE = re.compile(
    rf"{_ANOTHER_BODY}[^;,]{{0,60}}?\b(?:tổ chức|chủ trì)\s+(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
# ... or holds one with the units counted: "UBND tỉnh Long An vừa tổ chức hội nghị đối thoại với
# hơn 200 doanh nghiệp", "UBND TP Hải Phòng đối thoại với 300 doanh nghiệp FDI" (probes360)
_ANOTHER_BODYS_DIALOGUE_WITH_RE = re.compile(
    rf"{_ANOTHER_BODY}[^;,]{{0,60}}?\bđối thoại\b[^;,\d]{{0,30}}?\bvới\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)

# The units where it was checked, not held: "Thanh tra Sở … đã kiểm tra việc tổ chức đối thoại
# tại 86 doanh nghiệp" (probes370), "giám sát việc thực hiện thỏa ước tại 30 doanh nghiệp".
_ONLY_CHECKED_RE = re.compile(
    rf"\b(?:kiểm tra|giám sát|thanh tra|khảo sát)\s+(?:việc\s+)?[^;,\d]{{0,50}}?\btại\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
# What is being prepared is not done yet (CONVENTIONS.md): "Công đoàn Giáo dục thành phố đang chuẩn
# bị thương lượng, ký kết thỏa ước nhóm cho 11 trường mầm non tư thục" (probes422).
_ONLY_PREPARED_RE = re.compile(
    r"\bchuẩn bị\b(?:[^;,.\d]|,\s*(?=(?:ký|tổ chức|thương lượng|đối thoại)\b)){0,80}$",
    re.IGNORECASE,
)
_ITS_PLAN_OR_TOPIC_RE = re.compile(
    r"\b(?:kế hoạch|về việc|về)\s+(?:(?:tổ chức|thực hiện|triển khai|ký kết|ký)\s+)?"
    r"(?:đại hội|hội nghị|đối thoại|thỏa ước|thoả ước)",
    re.IGNORECASE,
)
_SHARE_OF_UNIONS_RE = re.compile(
    rf"%\s+(?:số\s+)?(?:{w.CDCS_UNIT.pattern})[^%;\d()]{{0,80}}?"
    rf"(?:\(\s*|,?\s*(?:tức|tương đương|tương ứng)(?:\s+(?:với|là))?\s+)(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)

# (past the words that say which they are: "312/312 CĐCS khối cơ quan, đơn vị sự nghiệp tổ chức
# hội nghị …", probes262)
_UNITS_LISTED_RE = re.compile(
    r"(?:\s+[^\W\d][^\s,;]*){0,3}?\s*,\s*(?:" + w.UNIONS_OR_COMPANIES + ")", re.IGNORECASE
)


# What the units counted will do is planned: "Trong tháng 04/2023, 8 Công đoàn cơ sở còn lại sẽ tổ
# chức Đại hội Công đoàn" (heldout38). Only "sẽ" as their own verb's, in their clause: past the
# rest of their name ("45 CĐCS thuộc Công đoàn ngành Công Thương Hà Nội sẽ tổ chức đại hội",
# probes351; "86 CĐCS khối trường học hợp nhất trên địa bàn tỉnh sẽ …", probes354; "57 CĐCS trực
# thuộc Công đoàn Tổng công ty Đường sắt Việt Nam sẽ tổ chức đại hội", probes387).
# (units listed with a comma too: "324 cơ quan, đơn vị sẽ tổ chức hội nghị cán bộ, công chức",
# probes370)
_THEY_WILL_RE = re.compile(
    rf"(?:\s*,\s*(?=(?:{w.UNIONS_OR_COMPANIES})\b)|\s*)(?:[^\s,;.\d]+(?:\s*,\s*"
    rf"(?=(?:{w.UNIONS_OR_COMPANIES})\b)|\s+)){{0,12}}?(sẽ)\s+(?!được\b)",
    re.IGNORECASE,
)


def _will_be_done(right: str) -> str | None:
    """`right` read as done when its units' verb is "sẽ …", else None ("sẽ" read as "đã", the same
    length: "812 CĐCS trực thuộc sẽ tiến hành đại hội" is planned as "đã tiến hành đại hội" is
    done, probes118)."""
    will = _THEY_WILL_RE.match(right)
    if will is None:
        return None
    return right[: will.start(1)] + "đã" + right[will.end(1) :]


# What a share of them must do is their indicator, planned (plan_or_result reads "phải"): "Theo
# kế hoạch, 100% CĐCS phải tổ chức xong đại hội trước ngày 31/3/2023" (probes138), "… 100% doanh
# nghiệp có công đoàn phải hoàn thành tổ chức hội nghị người lao động" (probes171). A count of
# them that must is how many are due, none done ("15.296 CĐ cơ sở phải tổ chức đại hội, hội
# nghị", a real set): other_label refuses it.
_A_SHARE_MUST_RE = re.compile(r"(?:\s*[^\s,;\d]+){0,6}?\s+(phải|cần)\s+(?!được\b)", re.IGNORECASE)


def _without_must(clause: str) -> tuple[str, bool]:
    """`clause` without the "phải/cần" of its units, and whether it had one."""
    must = _A_SHARE_MUST_RE.match(clause)
    if must is None:
        return clause, False
    return clause[: must.start(1)] + " " * len(must.group(1)) + clause[must.end(1) :], True


_OPENING_WITH_RE = re.compile(rf"\W*{w.OPENING}(?:[^,;\d]{{0,40}},\s*)?với\s*", re.IGNORECASE)


_PARTNERS_RE = re.compile(
    rf"\b(?:phối hợp|kết hợp)\s+(?:cùng\s+)?với\s+(?:các\s+)?(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
_PARTNERS_DID_RE = re.compile(r"[^,;\d]{0,30}?\s(?:tổ chức|ký kết|ký)\s", re.IGNORECASE)


_HAVE_AN_AGREEMENT = r"\b(?:đã\s+|đều\s+)?có\s+(?:bản\s+)?(?:thỏa ước|thoả ước|TƯLĐTT)"
# (past a long description of the units, its numbers too, never past a deed, another count's "và"
# or a share raised: "Hiện 46/52 doanh nghiệp có trên 500 lao động tại Khu công nghiệp Đình Vũ đã có
# thỏa ước lao động tập thể", probes964)
_HAS_AN_AGREEMENT_RE = re.compile(
    r"(?:(?!\b(?:ký|thương lượng|và|nâng)\b)[^,;]){0,90}?" + _HAVE_AN_AGREEMENT, re.IGNORECASE
)
_HAVE_AN_AGREEMENT_RE = re.compile(_HAVE_AN_AGREEMENT, re.IGNORECASE)


# Companies that signed, the agreement named once for the sentence: "Về thỏa ước lao động tập thể,
# có 52 doanh nghiệp ký kết mới, …", "có 17 doanh nghiệp ký kết mới và 6 doanh nghiệp ký lại thỏa
# ước lao động tập thể" (probes148).
_SIGNED_RE = re.compile(
    # (past the rest of the units' name, who signed together: "Thỏa ước nhóm lần này có 14 trường
    # mầm non tư thục cùng tham gia ký", probes571)
    r"(?:\s+(?!(?:chưa|không|sẽ|chuẩn bị|dự kiến)\b)[^\s\d,.;]+){0,4}?"
    r"\s*(?:đã\s+)?(?:cùng\s+)?(?:tham gia\s+)?(?:ký kết|ký)(?:\s+(?:mới|lại))?"
    r"(?=\s*(?:[,.;]|và\b|$))",
    re.IGNORECASE,
)


def _signed_with_the_agreement_named(sentence: str, item, unit: str) -> tuple[str, int] | None:
    signed = _SIGNED_RE.match(sentence, item.unit_end)
    # (unions sign too: "có 86 CĐCS ký mới, ký lại thỏa ước lao động tập thể", probes153)
    if unit not in ("enterprise", "cdcs") or signed is None:
        return None
    if not w.AGREEMENT_UNIT.search(sentence):
        return None
    return "thỏa ước lao động tập thể", signed.end() - item.unit_end


_RATED_BEFORE_RE = re.compile(
    rf"\b{w.RATING_VERBS}\s+(?:chất lượng\s+)?(?:cho\s+)?$", re.IGNORECASE
)
_PARTS_AFTER_RE = re.compile(
    r"[^,;:\d%]{0,60}?\s*[,:]\s*(?:trong đó\s*,?\s*)?(?:có\s+)?\d", re.IGNORECASE
)


_RATING_UNIONS_HEADING_RE = re.compile(
    rf"\b{w.RATING_VERBS}\s+(?:{w.CDCS_WORDS})\b[^:;\d]{{0,40}}:\s*$", re.IGNORECASE
)
_SHARE_IN_BRACKETS_RE = re.compile(
    r"\s*\(\s*(?:chiếm\s+)?(?P<num>\d{1,3}(?:,\d+)?)\s*%\s*\)(?=\s+(?:đạt|xếp loại|được))",
    re.IGNORECASE,
)


# Companies to be surveyed or persuaded are no indicator planned: "năm 2020 sẽ tiếp tục khảo sát,
# vận động khoảng 10 doanh nghiệp ngành da giày tham gia thương lượng thỏa ước nhóm" (probes166;
# as "sẽ tập trung vận động 12 doanh nghiệp … thành lập công đoàn" is no founding, probes161).
_TO_BE_PERSUADED_RE = re.compile(
    rf"\b(?:khảo sát|vận động)\s*(?:,\s*(?:khảo sát|vận động)\s+)?(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


def _units_of_unions(sentence: str, item, left: str) -> bool:
    """ "đơn vị" said of unions named before: "… CĐCS có 39 đơn vị …"."""
    quantity = item.quantity
    if sentence[quantity.end : item.unit_end].strip().lower() != "đơn vị":
        return False
    return bool(
        _UNIONS_HAVE_UNITS_RE.search(left)
        # (the next item of a list out of those unions: "trong số 118 công đoàn cơ sở …, có 84
        # đơn vị hoàn thành tốt nhiệm vụ, 21 đơn vị hoàn thành xuất sắc nhiệm vụ")
        or _OUT_OF_UNIONS_RE.search(sentence, 0, quantity.start)
        # (or the count of a share of unions: "100% CĐCS thuộc LĐLĐ tỉnh, tức 1.663 đơn vị")
        or _SHARE_OF_UNIONS_RE.search(sentence, 0, quantity.start)
        # (or the next item of a list of unions rated; not the rest of them, whose whole is the
        # list's: "…, 6 đơn vị còn lại đạt loại khá", probes38)
        or (
            _RATED_UNIONS_LISTED_RE.search(sentence, 0, quantity.start)
            and not re.match(r"\s*còn lại\b", sentence[item.unit_end :], re.I)
        )
    )


_AGREEMENTS_FRONTED_RE = re.compile(
    r"\bsố\s+bản\s+(?:thỏa ước|thoả ước|TƯLĐTT|TƯLĐ)\b(?:[^;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,30}?"
    r"\s(?:được\s+)?(?:ký kết|ký)\b(?:[^;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,80}?\s(?:là|đạt)\s*:?\s*"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
_DIALOGUES_FRONTED_RE = re.compile(
    # (past a year: "Số cuộc đối thoại định kỳ tổ chức được trong năm 2023 là 648 cuộc", probes370)
    rf"\bsố\s+cuộc\s+đối thoại\b(?:[^;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){{0,60}}?\s(?:là|đạt)\s*:?\s*"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


def other_figure(sentence, item, left, right) -> Figure | None:
    """Other indicators: "320 CĐCS xếp loại vững mạnh", "1.200 cuộc đối thoại", "250 bản TƯLĐTT"."""
    quantity = item.quantity
    if (
        item.kind == "enterprise"
        and _TO_BE_PERSUADED_RE.search(left)
        and plan_or_result(sentence, quantity.start, quantity) == "plan"
    ):
        return None
    placed = planned = share = None
    whole = _WHOLE_BEFORE_RE.search(left) if quantity.relation is None else None
    # (an item with its own share of them: not "…; 153 CĐCS hoàn thành nhiệm vụ; …", probes57)
    if (
        whole is None
        and quantity.relation is None
        and _RATED_UNIONS_LISTED_RE.search(sentence, 0, quantity.start)
        and _ITS_SHARE_RE.match(sentence, item.unit_end)
    ):
        whole = _RATED_WHOLE_RE.search(sentence, 0, quantity.start)
    if item.kind == "enterprise" and (
        (whole and whole["cdcs"]) or _units_of_unions(sentence, item, left)
    ):
        item = dataclasses.replace(item, kind="cdcs")
    if item.kind == "dialogue":
        # (a dialogue of the authorities with workers is no workplace dialogue: "4 cuộc đối thoại
        # giữa lãnh đạo quận với gần 600 đoàn viên, NLĐ về nhà ở")
        if _AUTHORITIES_DIALOGUE_RE.match(sentence, item.unit_end) or _ANOTHER_BODY_HOLDS_RE.search(
            left
        ):
            return None
        # (nor a pilot or a model, as a congress "mẫu" or "điểm" is none held, CONVENTIONS.md:
        # "tổ chức 30 cuộc đối thoại mẫu có sự tham gia của người lao động", probes362)
        if re.match(
            r"\s*(?:(?:định kỳ|chuyên đề)\s+)?(?:mẫu|điểm|thí điểm)\b",
            sentence[item.unit_end :],
            re.I,
        ):
            return None
        label = "đối thoại"
    elif item.kind == "conference":
        label = other_label(sentence[item.quantity.end : item.unit_end], "enterprise")[0]
    elif item.kind == "agreement":
        label = "thỏa ước lao động tập thể"
    elif item.kind == "cdcs" and w.CONGRESS_BEFORE.search(left):
        label, label_end = "cđcs tổ chức đại hội", 0
    elif item.kind in ("cdcs", "enterprise") and (
        (placed := w.LABEL_BEFORE_PLACE.search(left))
        # (or said in the passive, the units its agent: "Hội nghị cán bộ, công chức, viên chức
        # được 78/78 trường tổ chức", as its shares are read, _held_by_the_share)
        or (placed := _held_by_the_share(sentence, quantity.start, item.unit_end))
    ):
        found = other_label(placed.group(0), "enterprise")
        label, label_end = found[0], 0
    elif item.kind in ("cdcs", "enterprise", "section"):
        # a union's sections are read as its unions are: they hold congresses too
        unit = "cdcs" if item.kind == "section" else item.kind
        # (units under a heading that rates unions are unions: "Xếp loại CĐCS: 142 đơn vị hoàn
        # thành xuất sắc nhiệm vụ", probes165)
        if unit == "enterprise" and _RATING_UNIONS_HEADING_RE.search(sentence, 0, quantity.start):
            unit = "cdcs"
            item = dataclasses.replace(item, kind="cdcs")
        # (their share said in brackets before the rating: "2.104 CĐCS (77,5%) đạt vững mạnh",
        # probes149; read past it, its percent the figure's)
        share = _SHARE_IN_BRACKETS_RE.match(right)
        if share:
            right = " " * share.end() + right[share.end() :]
        # a list of units is read across its commas: "762/3353 doanh nghiệp, đơn vị sự nghiệp
        # ngoài công lập tổ chức được Hội nghị NLĐ"
        listed = bool(_UNITS_LISTED_RE.match(right))
        planned = _will_be_done(right)
        if planned is not None and other_label(planned, unit, reach=14):
            right = planned
        else:
            planned = None
        # read past `right` for a rating named further on with its verb (GRADE_FAR)
        found = (
            other_label(right, unit, reach=12 if listed else 10, commas=listed)
            or other_label(right_context(sentence, item.unit_end, len(sentence), reach=200), unit)
            or (sibling_label(sentence, item.unit_end, unit) if quantity.relation == "of" else None)
            or predicate_label(sentence, item.unit_end, unit)
            or _signed_with_the_agreement_named(sentence, item, unit)
            or _fronted_label(left)
            or _headed_label(left, right, unit)
        )
        if found is None:
            return None
        label, label_end = found
        # (a rating past a part counted of them is the part's: "xếp loại 468 CĐCS, trong đó 412
        # CĐCS đạt vững mạnh, chiếm 88%", the 468 its whole, probes118)
        said = sentence[item.unit_end : item.unit_end + label_end]
        if re.search(rf"\b{w.AMONG_THEM}\b[^;]*?\d", said, re.I):
            return None
        # (nor a plan of it or a topic, the units only guided or surveyed: "hướng dẫn 120 CĐCS xây
        # dựng kế hoạch tổ chức đại hội", "khảo sát 35 doanh nghiệp về việc thực hiện đối thoại",
        # probes415)
        if _ITS_PLAN_OR_TOPIC_RE.search(said):
            return None
        # (… or the whole rated, its parts after: "đánh giá 196 CĐCS, có 154 CĐCS đạt vững mạnh",
        # probes155)
        # (not when its own grade comes before the comma: "đánh giá 54 CĐCS hoàn thành xuất sắc
        # nhiệm vụ, 112 CĐCS hoàn thành tốt nhiệm vụ", probes456)
        if (
            _RATED_BEFORE_RE.search(left)
            and _PARTS_AFTER_RE.match(sentence, item.unit_end)
            and re.search(r"[,:]", said)
        ):
            return None
        # "08/13 Công đoàn bộ phận thuộc Công đoàn Công ty tổ chức thành công Đại hội" (their
        # congresses, as the shares of sections are read); a section is no union rated
        if item.kind == "section" and label != "cđcs tổ chức đại hội":
            return None
    else:
        return None
    # (nor a rating registered for, an emulation pledge: "trong đó 24 đơn vị đăng ký vững mạnh
    # xuất sắc")
    if item.kind in ("cdcs", "enterprise") and re.match(r"[^,;\d]{0,20}?\bđăng ký\b", right, re.I):
        return None
    # (what is in force is no deed: "2.610 trên tổng số 2.819 CĐCS … đang thực hiện thỏa ước lao
    # động tập thể")
    # ("Hiện 22/22 đơn vị thành viên … đã có TƯLĐTT còn hiệu lực", probes65)
    if re.match(
        r"[^,;\d]{0,60}?\b(?:đang\s+(?:thực hiện|áp dụng|duy trì)\b|[^,;\d]{0,20}?còn hiệu lực\b)",
        right,
        re.I,
    ):
        return None
    # ("với" names the other side of an agreement: "ký thỏa ước … với 3 doanh nghiệp")
    # (a sentence opening on it says what was done: "Với 52/60 đơn vị đã tổ chức hội nghị NLĐ …,
    # số đoàn viên … đã lên đến …", heldout27)
    # (but the partners a union worked with are the ones that did it: "đã phối hợp với 1.236
    # doanh nghiệp tổ chức gặp gỡ, đối thoại …", probes57)
    # (nor the units left, which will do it: "Còn 62 CĐCS sẽ tổ chức đại hội trước ngày 30/6",
    # probes118)
    if (
        w.STOCK_BEFORE.search(left[-25:])
        and not (planned is not None and re.search(r"\bcòn\s*$", left, re.I))
        and not placed
        and not _OPENING_WITH_RE.fullmatch(left)
        and not (_PARTNERS_RE.search(left) and _PARTNERS_DID_RE.match(right))
    ):
        return None
    # "83 DN ... đã ký thỏa ước lao động tập thể, đạt 50%, trong đó có 26 DN ký kết thỏa ước mới":
    # a part of the count before it
    if _a_breakdown(sentence, quantity.start, label):
        return None
    held_after = re.match(
        r"\s*(?:\S+\s+){0,6}?(?:mới\s+)?(?:đã\s+)?được\s+(?:ký kết|ký|tổ chức)", right
    )  # "có 125 bản thỏa ước lao động tập thể (TƯLĐTT) mới được ký kết"
    held = w.HELD_VERB.search(left) or w.HELD_LIST.search(sentence, 0, item.quantity.start)
    # (the dialogues named before their count are those held: "Số cuộc đối thoại định kỳ tại nơi
    # làm việc là 287 cuộc", probes204)
    if item.kind == "dialogue" and not held:
        held = _DIALOGUES_FRONTED_RE.search(left)
    # (or the agreements named before their count as signed: "số bản TƯLĐTT được ký mới ở Công
    # đoàn các KCX và CN Cần Thơ là 38 bản", probes480)
    if item.kind == "agreement" and not held:
        held = _AGREEMENTS_FRONTED_RE.search(left)
    if item.kind in ("dialogue", "agreement", "conference") and not (held or held_after):
        return None
    # (its whole clause read for an honour, past `right`'s reach)
    if w.HONOUR_BEFORE.search(left) or w.HONOUR_AFTER.match(sentence[item.unit_end :]):
        return None
    start = quantity.start
    verb = re.search(r"(?:tổ chức|ký kết|ký|xếp loại|đạt)\s*$", left, re.I)
    if verb:
        start = quantity.start - (len(left) - verb.start())
    kind = plan_or_result(sentence, start, quantity)
    if item.kind in ("cdcs", "enterprise", "section") and planned is not None:
        kind = "plan"
    # (how many have one is a stock, not a count signed: "có 1.043 doanh nghiệp có thỏa ước lao
    # động tập thể, chiếm 71% …", as every probe writer reads it, probes80, 109, 121; how many have
    # signed one by now is a figure, as the real H38-032 reads it: "đến nay toàn quận có 462/577
    # đơn vị ký kết (tỉ lệ 81%)", though probes155 and 164 read it a stock)
    if kind == "result" and _HAS_AN_AGREEMENT_RE.match(right):
        return None
    if label == "đối thoại" and _ANOTHER_BODYS_DIALOGUE_WITH_RE.search(left):
        return None
    if _ONLY_CHECKED_RE.search(left) or _ONLY_PREPARED_RE.search(left):
        return None
    figure = counted_figure("other", kind, start, item.unit_end, quantity, label=label)
    if item.kind in ("cdcs", "enterprise", "section"):
        figure.end = item.unit_end + label_end
    percent = percent_after(sentence, figure.end, quantity, "other")
    also = _ALSO_RATED_RE.match(sentence, figure.end) if item.kind == "cdcs" else None
    if percent is None and also is not None:
        # (the share of both grades said once, past the next: "1.245 CĐCS đạt vững mạnh, vững
        # mạnh xuất sắc, chiếm 86,2%", one figure as heldout-055 reads the pair, probes360)
        percent = percent_after(sentence, also.end(), quantity, "other")
    if percent:
        take_percent(figure, percent)
        # (and the target named after it: "… ký kết thỏa ước lao động tập thể, đạt 76,7% kế hoạch
        # năm là 30 doanh nghiệp", probes904)
        if kind == "result" and figure.percent_kind != "rate":
            take_the_target_named_after(sentence, figure)
    elif share:
        figure.percent, figure.percent_kind = parse_number(share["num"]), "rate"
    figure.qualifiers.update(qualifiers_of(quantity, kind, sentence, item.unit_end))
    if whole:
        figure.target = parse_number(whole["n"])
    _with_its_target_after(sentence, figure, quantity)
    return figure


# The target given for another indicator right before what was done of it: "được giao chỉ tiêu 150
# thỏa ước, thực hiện được 158 thỏa ước, đạt 105,3%", "được giao chỉ tiêu 120 bản, đến nay mới ký
# được 71 bản" (probes269: the count done was read as the target, or no target).
_TARGET_GIVEN_BEFORE_RE = re.compile(
    rf"\b{w.PLAN_NOUN}(?:\s+(?:năm|cả năm|được giao|giao))*\s*(?:là\s*)?"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]*\s*%)(?:\s+(?:bản|cuộc|doanh nghiệp|đơn vị))?"
    r"(?:\s+(?:thỏa ước|thoả ước|TƯLĐTT)(?:\s+lao động tập thể)?)?\s*,\s*"
    r"(?:(?:đến nay|tới nay|đến cuối năm|cuối năm)\s+)?(?:(?:đã|mới|chỉ)\s+)?"
    r"(?:(?:thực hiện|ký kết|ký|tổ chức)\s+)?(?:được\s+)?$",
    re.IGNORECASE,
)


_PLAN_NOUN_RE = re.compile(w.PLAN_NOUN, re.IGNORECASE)


def targets_given_before(sentence: str, figures: list[Figure]) -> None:
    """Another indicator's count takes the target given right before it (_TARGET_GIVEN_BEFORE_RE),
    when its percent, if any, is its share of it."""
    if not any(f.metric == "other" for f in figures) or not _PLAN_NOUN_RE.search(sentence):
        return
    found = quantities(sentence)
    for figure in figures:
        if figure.metric != "other" or (figure.kind == "result" and figure.target is not None):
            continue
        count = figure.achieved if figure.kind == "result" else figure.target
        quantity = next(
            (
                q
                for q in found
                if figure.start <= q.start < figure.end
                and q.relation is None
                and not q.percent
                and q.value == count
            ),
            None,
        )
        if quantity is None or not isinstance(count, (int, float)):
            continue
        reach = max(0, quantity.start - 120)
        given = _TARGET_GIVEN_BEFORE_RE.search(sentence, reach, quantity.start)
        if given is None or not parse_number(given["n"]):
            continue
        target = parse_number(given["n"])
        if figure.percent is not None and abs(100 * count / target - figure.percent) > 1.01:
            continue
        figure.kind, figure.achieved, figure.target = "result", count, target
        if figure.percent is not None and figure.percent_kind == "rate":
            figure.percent_kind = "of_target"
        figure.qualifiers.pop("target", None)


# Another indicator's target given, then what was done of it by a later time, its percent of that
# target said: "được giao chỉ tiêu 70 doanh nghiệp ký mới thỏa ước lao động tập thể, đến nay đã
# thực hiện được 52 doanh nghiệp, đạt 74,3%", "được giao 120 cuộc đối thoại; đến tháng 10 đã tổ
# chức 102 cuộc, đạt 85%", "Theo kế hoạch có 320 CĐCS tổ chức đại hội trong quý III; đến nay đã có
# 312 CĐCS hoàn thành, đạt 97,5%" (probes406). One figure: the count done of its target (the
# percent, its share of it, says they go together).
_NUMBERED_PLACE = r"(?:(?<=quận )|(?<=phường ))\d{1,2}\b"
_OTHER_TARGET_RE = re.compile(
    # (whose and for when may lie between: "Kế hoạch năm 2024 của Công đoàn các KCN tỉnh Thái
    # Nguyên là 120 cuộc đối thoại định kỳ; …", probes415)
    # (or the plan's year in a clause of its own: "Theo kế hoạch năm 2024, các CĐCS trực thuộc
    # LĐLĐ huyện Nhơn Trạch tổ chức 120 cuộc đối thoại định kỳ …; hết tháng 10, …", probes667)
    # (or "Theo kế hoạch," heading the clause: "Theo kế hoạch, trong năm 2024 có 320 CĐCS …
    # tổ chức đại hội …; đến hết tháng 6, đã có 284 đơn vị tổ chức xong, đạt 88,8%", probes731)
    # (or registered for an emulation: "đăng ký 95 CĐCS đạt vững mạnh, kết quả có 101 CĐCS …,
    # vượt 6,3% chỉ tiêu đăng ký", probes738)
    # (or an aim, or whose plan it is: "đặt mục tiêu có 55 CĐCS đạt vững mạnh; …", "Theo kế hoạch
    # của Công đoàn KCN Nam Cầu Kiền, năm 2024 có 85 doanh nghiệp phải tổ chức …", probes835,
    # probes843)
    r"\b(?:(?:được\s+)?giao|đăng ký"
    r"|(?:theo\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+năm\s+(?:19|20)\d\d)?"
    r"(?:\s+của\s+[^,;%\d]{1,60}?)?\s*,?)"
    # (a numbered district or ward of Ho Chi Minh City's may lie between: "LĐLĐ quận 7 phối hợp
    # tổ chức 20 cuộc đối thoại", probes731)
    rf"(?:[^,;%\d]|(?:19|20)\d\d|{_NUMBERED_PLACE}){{0,90}}?\s+"
    r"(?P<t>\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]*\s*%)"
    # (and what it is may name its term: "tổ chức đại hội nhiệm kỳ 2024-2029")
    r"(?P<what>\s+[^\W\d](?:[^,;%\d]|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?){0,80}?)"
    # (or set against it with "nhưng": "được giao 60 doanh nghiệp tổ chức hội nghị người lao động
    # nhưng mới thực hiện được 44 đơn vị", probes840)
    r"(?:\s*[,;]|(?=\s+(?:nhưng|song)\b))"
    # (by when: "đến nay", "đến tháng 10", "đến hết quý III"; "hết năm, các CĐCS")
    r"(?P<gap>[^;%]{0,40}?)"
    r"(?:\b(?:đã|mới|chỉ)\s+(?:có\s+)?"
    # (held jointly, and where: "…, kết quả đã phối hợp tổ chức tại 134 doanh nghiệp", probes843)
    r"(?:(?:phối hợp\s+)?(?:thực hiện|tổ chức|ký kết|ký|hoàn thành)(?:\s+(?:tại|ở))?\s+)?"
    r"(?:được\s+)?"
    # (or the result said: "…, kết quả có 74 CĐCS được công nhận, đạt 105,7%"; or what was done
    # with "được": "…; cả năm 2023 các cấp công đoàn ký được 34 bản, đạt 113%", probes415)
    # ("…, kết quả đạt 91 doanh nghiệp", probes755)
    # (or the rating's: "…; kết quả đánh giá cuối năm có 58 CĐCS đạt", probes843)
    r"|\b(?P<result>kết quả)(?:\s+(?:đánh giá|bình xét|xếp loại)(?:\s+cuối năm)?)?"
    r"\s*,?\s*(?:có\s+|đạt\s+)?"
    r"|\b(?:thực hiện|tổ chức|ký kết|ký|làm)\s+được\s+)"
    # (a whole number, not the first digit of one: "đã có 2.146/2.180 CĐCS hoàn thành", probes362)
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]*\s*%)(?![.,]?\d)"
    # (said over the target again: "… chỉ đạo 260 doanh nghiệp … tổ chức đối thoại định kỳ; đến hết
    # quý III, đã có 231/260 doanh nghiệp tổ chức, đạt 88,8%", probes907)
    r"(?:\s*/\s*(?P=t)(?![.,]?\d))?"
    r"(?:\s+(?:cuộc|bản|doanh nghiệp|DN|đơn vị|CĐCS|công đoàn cơ sở|hội nghị))?"
    # (what they did, a syllable a word: "205 CĐCS tổ chức xong đại hội", "101 CĐCS được đánh giá
    # vững mạnh", probes738)
    r"(?:\s+[^\W\d][^\s,;%]*){0,6}?"
    # (the plan named before its percent too: "vượt kế hoạch 8%", probes738)
    r"(?:\s*,\s*(?P<verb>đạt|vượt)\s+(?:t[ỷỉ] lệ\s+|(?:kế hoạch|chỉ tiêu)\s+)?"
    r"(?P<p>\d{1,3}(?:,\d+)?)\s*%"
    # (or with no percent, in a clause of its own, the target said met or passed or nothing more:
    # "được giao chỉ tiêu 120 doanh nghiệp tổ chức đối thoại định kỳ; kết quả có 148 doanh nghiệp
    # tổ chức, vượt chỉ tiêu", probes704)
    r"|(?<=\S)(?=\s*(?:,\s*(?:vượt|đạt|hoàn thành)\s+(?:chỉ tiêu|kế hoạch|mục tiêu)\b|[.;]|$)))",
    re.IGNORECASE,
)


def other_targets_done_after(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See _OTHER_TARGET_RE: the figure read of the target, or of either count, gives way to it."""
    for told in _OTHER_TARGET_RE.finditer(sentence):
        target, done = parse_number(told["t"]), parse_number(told["n"])
        if not target:
            continue
        if told["p"] is None:
            # (with no percent, only the target of the period and what was done of it in a clause
            # of its own, as CONVENTIONS.md reads them)
            # (or the result said so after a comma: "được Tổng Liên đoàn giao chỉ tiêu 85 doanh
            # nghiệp ký kết thỏa ước lao động tập thể mới, kết quả đạt 91 doanh nghiệp", probes755)
            between = sentence[told.start("t") : told.start("n")]
            apart = ";" in between or told["result"] or re.search(r"\b(?:nhưng|song)\b", between)
            if not apart or of_another_year(sentence, told.end("what"), told.start("n")):
                continue
            percent = None
        else:
            percent = parse_number(told["p"])
            share = percent + (100 if told["verb"].lower() == "vượt" else 0)
            if abs(100 * done / target - share) > 1.01:
                continue
        read = [
            f
            for f in figures
            if told.start("t") <= f.start < told.end() or (f.start <= told.start("t") < f.end)
        ]
        if any(f.metric != "other" for f in read):
            continue
        label = next((f.label for f in read if f.start <= told.start("t") < f.end), None)
        # (named by the target's words, else by what was done: "… tiến hành đại hội nhiệm kỳ
        # 2025-2030; … đã có 205 CĐCS tổ chức xong đại hội, đạt 65,7%", probes738)
        for what in (told["what"], sentence[told.start("n") : told.end()]):
            if label is None:
                label = next((lb for lb, pattern in w.OTHER_LABELS if pattern.search(what)), None)
        if label is None:
            continue
        figure = Figure(
            metric="other",
            kind="result",
            start=told.start("t"),
            end=told.end(),
            achieved=done,
            target=target,
            percent=percent,
            percent_kind=None
            if percent is None
            else "over_target"
            if told["verb"].lower() == "vượt"
            else "of_target",
            label=label,
        )
        figures = sorted([f for f in figures if f not in read] + [figure], key=lambda f: f.start)
    return figures


# Units out of a whole that did it, the indicator left to the share planned right before them:
# "… phấn đấu 100% doanh nghiệp có tổ chức công đoàn tổ chức đối thoại định kỳ; 9 tháng đầu năm đã
# có 412/468 doanh nghiệp tổ chức, đạt 88%" (probes917). The share's indicator is theirs.
_UNITS_THAT_DID_IT_RE = re.compile(
    r"\b(?:đã|mới|chỉ)\s+có\s+(?P<x>\d{1,3}(?:\.\d{3})+|\d+)\s*/\s*(?P<y>\d{1,3}(?:\.\d{3})+|\d+)"
    r"\s+(?:doanh nghiệp|DN|đơn vị|CĐCS|công đoàn cơ sở|cơ quan)\s+(?:đã\s+)?"
    r"(?:tổ chức|thực hiện|ký kết|ký|hoàn thành)(?:\s+xong)?"
    r"(?:\s*,\s*đạt\s+(?:t[ỷỉ] lệ\s+)?(?P<p>\d{1,3}(?:,\d+)?)\s*%)?(?=\s*(?:[,.;]|$))",
    re.IGNORECASE,
)


def units_that_did_the_share_planned(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See _UNITS_THAT_DID_IT_RE."""
    for match in _UNITS_THAT_DID_IT_RE.finditer(sentence):
        if within(figures, match.start("x")):
            continue
        before = [f for f in figures if f.end <= match.start()]
        if not before:
            continue
        plan = before[-1]
        if plan.metric != "other" or plan.kind != "plan" or plan.percent_kind != "rate":
            continue
        if plan.label is None or ";" not in sentence[plan.end : match.start()]:
            continue
        done, whole = parse_number(match["x"]), parse_number(match["y"])
        if not whole or done > whole:
            continue
        percent = parse_number(match["p"]) if match["p"] else None
        if percent is not None and not is_ratio(percent, match["p"], done, whole):
            continue
        figure = Figure(
            metric="other",
            kind="result",
            start=match.start("x"),
            end=match.end(),
            achieved=done,
            target=whole,
            percent=percent,
            percent_kind=None if percent is None else "rate",
            label=plan.label,
        )
        figures = sorted([*figures, figure], key=lambda f: f.start)
    return figures


def _said_in(sentence: str, figure: Figure, word: str) -> bool:
    """`word` is said in `figure`'s span, or right after it (the noun a list's next item says
    again: "… là 38 bản, LĐLĐ quận Ninh Kiều 12 bản", probes480)."""
    said = sentence[figure.start : figure.end] + sentence[figure.end : figure.end + 12]
    return bool(re.search(rf"\b{re.escape(word)}\b", said, re.I))


def _past_its_labels(figures: list[Figure], figure: Figure) -> int:
    """Where `figure`'s words end, past the second indicator its count is also of ("132 doanh
    nghiệp đã tổ chức hội nghị người lao động và đối thoại định kỳ")."""
    return max(f.end for f in figures if f.start == figure.start and f.metric == "other")


# The next period's target of the indicator just counted, its noun said bare: "Năm 2024, các CĐCS
# ký mới 45 bản thỏa ước lao động tập thể; năm 2025 phấn đấu ký mới thêm 50 bản", "… có 412 doanh
# nghiệp tổ chức đối thoại định kỳ; năm 2024, LĐLĐ tỉnh phấn đấu nâng lên 450 doanh nghiệp"
# (probes406): a plan of it.
_ITS_PLAN_AFTER_RE = re.compile(
    # (past the rest of its name: "thỏa ước lao động tập thể", "đối thoại định kỳ")
    r"(?:\s+[^\W\d][^\s,;]*){0,6}?"
    # (or after a comma, the next time named: "…, năm nay tụi tôi phấn đấu lên 450”", probes392)
    r"\s*(?:;|,(?=[^;%\d]{0,20}?\b(?:năm|quý)\b))\s*[^;%\d]{0,40}?(?:\b20\d\d\b[^;%\d]{0,40}?)?"
    r"\bphấn đấu\s+"
    r"(?:(?:ký mới|ký kết|ký|tổ chức|nâng lên|nâng|tăng lên|lên|đạt|có|được)\s+)*(?:thêm\s+)?"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?![\d.,]*\s*%)"
    r"(?:\s+(?P<unit>cuộc|bản|doanh nghiệp|DN|đơn vị|CĐCS|công đoàn cơ sở))?"
    r"(?=\s*(?:[,.;”\"]|$))",
    re.IGNORECASE,
)


# ... or of the share just given: "Năm 2024, 88% CĐCS đạt vững mạnh; năm 2025, LĐLĐ tỉnh phấn đấu
# nâng tỷ lệ này lên 90%", "… đạt tỷ lệ 95%; năm 2025, đơn vị phấn đấu đạt 100%" (probes422,
# probes430): a plan of the share.
_ITS_SHARE_PLANNED_AFTER_RE = re.compile(
    r"[^;%\d]{0,60}?\s*(?:;|,(?=[^;%\d]{0,20}?\b(?:năm|quý)\b))\s*[^;%\d]{0,40}?"
    r"(?:\b20\d\d\b[^;%\d]{0,40}?)?\bphấn đấu\s+"
    r"(?:(?:nâng|tăng)(?:\s+tỷ lệ|\s+tỉ lệ)?(?:\s+này)?\s+lên|đạt(?:\s+tỷ lệ|\s+tỉ lệ)?|lên)\s+"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<pct>\d{{1,3}}(?:,\d+)?)\s*%"
    r"(?=\s*(?:[,.;”\"]|$))",
    re.IGNORECASE,
)


def _share_planned_after(sentence: str, figure: Figure, figures: list[Figure]) -> Figure | None:
    said = _ITS_SHARE_PLANNED_AFTER_RE.match(sentence, _past_its_labels(figures, figure))
    if said is None or within(figures, said.start("pct")):
        return None
    return dataclasses.replace(
        figure,
        kind="plan",
        start=said.start("pct"),
        end=said.end(),
        achieved=None,
        target=None,
        percent=parse_number(said["pct"]),
        percent_kind="rate",
        qualifiers={"percent": said["qual"].lower()} if said["qual"] else {},
        organisation=None,
        period=None,
    )


def other_plans_said_after(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See _ITS_PLAN_AFTER_RE: the plan takes the label of the count before it, whose noun it is."""
    if "phấn đấu" not in sentence.lower():
        return figures
    added: list[Figure] = []
    for figure in figures:
        if figure.metric == "other" and figure.kind == "result" and figure.percent_kind == "rate":
            share = _share_planned_after(sentence, figure, figures + added)
            if share is not None:
                added.append(share)
                continue
        if figure.metric != "other" or figure.kind != "result" or figure.achieved is None:
            continue
        at = _past_its_labels(figures, figure)
        said = _ITS_PLAN_AFTER_RE.match(sentence, at)
        if said is None or within(figures + added, said.start("n")):
            continue
        # (its noun, if said, the count's before it)
        if said["unit"] and not _said_in(sentence, figure, said["unit"]):
            continue
        plan = Figure(
            metric="other",
            kind="plan",
            start=said.start("n"),
            end=said.end(),
            target=parse_number(said["n"]),
            label=figure.label,
        )
        if said["qual"]:
            plan.qualifiers["target"] = said["qual"].lower()
        added.append(plan)
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# The target a count of another indicator is set against right after it: "ký kết 162 bản thỏa ước
# lao động tập thể trên chỉ tiêu 150 bản được giao" (probes255), "… so với kế hoạch 40 cuộc".
_TARGET_AGAINST_AFTER_RE = re.compile(
    # (past the rest of its name: "thỏa ước lao động tập thể")
    rf"(?:\s+[^\W\d][^\s,;]*){{0,4}}?\s*,?\s*(?:trên|so với)\s+(?:{w.PLAN_NOUN})"
    r"(?:\s+(?:được\s+)?giao)?(?:\s+là)?\s+(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]*\s*%)"
    r"(?:\s+(?:bản|cuộc|hội nghị|doanh nghiệp|đơn vị))?(?:\s+(?:được\s+)?giao)?",
    re.IGNORECASE,
)


def _with_its_target_after(sentence: str, figure: Figure, quantity) -> None:
    if figure.kind != "result" or figure.target is not None or quantity.relation is not None:
        return
    stated = _TARGET_AGAINST_AFTER_RE.match(sentence, figure.end)
    if stated is None:
        return
    figure.target = parse_number(stated["n"])
    figure.end = stated.end()
    if figure.percent is None:
        percent = percent_after(sentence, figure.end, quantity, "other")
        if percent:
            take_percent(figure, percent)


# A document the deed follows counts nothing: "… tổ chức hội nghị người lao động và đối thoại
# định kỳ theo Nghị định 145/2020/NĐ-CP" (probes308).
_A_DOCUMENT_RE = re.compile(
    r"\b(?:Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch|Công văn|Hướng dẫn|Luật)"
    r"(?:\s+số)?\s+\d[\w/.-]*",
    re.IGNORECASE,
)


def second_indicator(sentence: str, figure: Figure) -> Figure | None:
    """One count, two indicators: "31/31 đơn vị tổ chức hội nghị người lao động và ký kết thỏa
    ước lao động tập thể" is a figure for each."""
    if figure.metric != "other":
        return None
    if (figure.label or "").startswith("cđcs "):
        return _next_grade(sentence, figure)
    before = _label_before_the_place(sentence, figure)
    if before is not None:
        return before
    # (read from the first label's end: the percent may already be the figure's, "164/172 CĐCS …
    # tổ chức hội nghị người lao động và đối thoại định kỳ, đạt tỷ lệ 95,3%" is for both)
    own = _LABEL_PATTERNS.get(figure.label)
    said = own.search(sentence, figure.start, figure.end) if own else None
    shared = bool(said) and said.end() < figure.end
    label_end = said.end() if shared else figure.end
    # (past the rest of the first label's name: "96% doanh nghiệp tổ chức đối thoại định kỳ và hội
    # nghị người lao động", probes308)
    # (or "vừa … vừa": "74 doanh nghiệp vừa tổ chức hội nghị người lao động vừa đối thoại định
    # kỳ", probes361)
    both = r",?\s*\bvừa\b|" if re.search(r"\bvừa\b", sentence[figure.start : label_end]) else ""
    after = re.match(rf"(?:\s+[^\W\d][^\s,;%]*){{0,6}}?\s*(?:{both},|và)\s*", sentence[label_end:])
    if after is None:
        return None
    rest = sentence[label_end + after.end() :]
    verb = re.match(r"(?:[^\s,;]+\s+){0,2}", rest)
    for label, pattern in w.OTHER_LABELS:
        match = pattern.search(rest, 0, verb.end() + 40)
        if (
            match
            and match.start() <= verb.end()
            and label != figure.label
            and not label.startswith("cđcs")
            # not another count's: "… và 156 bản thỏa ước lao động tập thể được ký kết mới"
            and not re.search(r"\d", rest[: match.start()])
        ):
            end = label_end + after.end() + match.end()
            if shared:
                return dataclasses.replace(figure, label=label, qualifiers=dict(figure.qualifiers))
            tail = re.match(r"[^,;.()]*", sentence[end:])
            if re.search(r"\d", _A_DOCUMENT_RE.sub("", YEARS_RE.sub("", tail.group(0)))):
                return None  # its own number: "..., tổ chức đối thoại đạt 130%" (not a year)
            return dataclasses.replace(figure, label=label, end=end + tail.end())
    return None


def _label_before_the_place(sentence: str, figure: Figure) -> Figure | None:
    """Two indicators named before where they were held: "tổ chức hội nghị cán bộ, công chức,
    viên chức và hội nghị người lao động tại 127/131 cơ quan, đơn vị" (probes59)."""
    placed = w.LABEL_BEFORE_PLACE.search(sentence, max(0, figure.start - 160), figure.start)
    if placed is None:
        return None
    # (the first named may stand before a comma the place's pattern does not cross: "tổ chức hội
    # nghị người lao động, đối thoại định kỳ tại 1.124 doanh nghiệp", probes148)
    text = sentence[max(0, placed.start() - 60) : placed.end()]
    said = sorted(
        (match.start(), match.end(), label)
        for label, pattern in w.OTHER_LABELS
        if (match := pattern.search(text)) and not label.startswith("cđcs")
    )
    # (the figure's own label among them, the two joined: not "tổ chức hội nghị người lao động
    # tại 100% đơn vị … và ký lại thỏa ước …", read elsewhere)
    for (_, first_end, first), (second_start, _, second) in zip(said, said[1:], strict=False):
        joined = re.fullmatch(r"\s*(?:,|và)\s*", text[first_end:second_start])
        if joined and figure.label in (first, second):
            other = second if figure.label == first else first
            return dataclasses.replace(figure, label=other, qualifiers=dict(figure.qualifiers))
    return None


def _next_grade(sentence: str, figure: Figure) -> Figure | None:
    # (after the figure, or inside it when the share is named before its percent: "số công đoàn
    # cơ sở xếp loại hoàn thành tốt và hoàn thành xuất sắc nhiệm vụ hằng năm đạt trên 95%")
    grade = w.NEXT_GRADE.match(sentence, figure.end) or w.NEXT_GRADE.search(
        sentence, figure.start, figure.end
    )
    if grade is None and w.IN_TURN.search(sentence, figure.start, figure.end):
        grade = w.NEXT_GRADE_LISTED.search(sentence, figure.start, figure.end)
    if grade is None or lowest_grade(grade["grade"]):
        return None
    label = grade_label(grade["grade"])
    if label == figure.label:
        return None
    # (the grades' shares said in turn after them: "số CĐCS hoàn thành xuất sắc và hoàn thành tốt
    # nhiệm vụ lần lượt chiếm 32% và 54%", the README's known gap of the seventeenth part; the next
    # grade's is the next percent, not the first one again)
    if grade.end() <= figure.end and w.IN_TURN.search(sentence, grade.end(), figure.end):
        following = _NEXT_PERCENT_RE.match(sentence, figure.end)
        if following is None:
            return None
        return dataclasses.replace(
            figure,
            label=label,
            start=following.start("num"),
            end=following.end(),
            percent=parse_number(following["num"]),
            qualifiers={},
        )
    return dataclasses.replace(
        figure, label=label, end=max(figure.end, grade.end()), qualifiers=dict(figure.qualifiers)
    )


_NEXT_PERCENT_RE = re.compile(r"\s*(?:,|và)\s*(?P<num>\d{1,3}(?:,\d+)?)\s*%")


_SIBLING_RE = re.compile(
    rf"(?:(?:,|\bvà\b)\s*(?:có\s+)?(?:(?:{w.QUALIFIER})\s+)?\d[\d.,]*\s*(?:%|/\s*\d[\d.]*)\s*"
    # (or a plain count joined by "và": "100% CĐCS khu vực nhà nước và 268 CĐCS doanh nghiệp
    # ngoài nhà nước phối hợp tổ chức hội nghị NLĐ", probes61)
    rf"|\bvà\s+(?:(?:{w.QUALIFIER})\s+)?\d[\d.]*\s+)"
    r"(?:số\s+|các\s+)?(?:" + w.CDCS_UNIT.pattern + "|" + w.ENTERPRISE_UNIT.pattern + ")",
    re.IGNORECASE,
)


_HAVING_A_UNION_RE = re.compile(
    r"(?<!chưa )(?<!không )\b(?:đã\s+)?có\s+(?:tổ chức\s+)?(?:công đoàn(?:\s+cơ sở)?|CĐCS|CĐ)\b"
    r"(?!\s+(?:tổ chức|ký|đối thoại))",
    re.IGNORECASE,
)
# (or "của" the body: "312 trên tổng số 325 CĐCS khối doanh nghiệp của LĐLĐ thành phố Thủ Dầu Một
# tổ chức hội nghị người lao động"; or where they are: "46/52 doanh nghiệp ngoài nhà nước trong
# Khu công nghiệp Giao Long tổ chức đối thoại", probes374)
_WHOSE_THEY_ARE_RE = re.compile(
    rf"\b(?:(?:trực\s+)?thuộc|của)\s+(?:{w.ORGANISATION.pattern})"
    r"|\b(?i:trong|tại)\s+(?i:các\s+)?(?i:khu công nghiệp|KCN|khu chế xuất|KCX|khu kinh tế|KKT"
    r"|cụm công nghiệp)(?:\s+[A-ZĐ][^\s,;]*)*",
    w.ORGANISATION.flags,
)
_ALSO_RATED_RE = re.compile(rf"\s*,\s*(?:đạt\s+)?{w.GRADE_WORDS}(?=\s*,)", re.IGNORECASE)
_THEIR_SECTOR_RE = re.compile(
    r"^\s*(?:khu vực|khối)\s+(?:hành chính,?\s+sự nghiệp|HCSN|(?:ngoài\s+)?nhà nước|sự nghiệp|"
    r"cơ quan(?:\s+nhà nước)?|doanh nghiệp(?:\s+(?:nhà nước|ngoài nhà nước|FDI|tư nhân))?)\b"
    # (right before their rating: not a list of shares by sector, "93% CĐCS khu vực nhà nước,
    # 55% CĐCS ngoài nhà nước đạt vững mạnh", which other rules read)
    r"(?=\s+(?:(?:đã|được|đều)\s+)*(?:(?:xếp loại|đạt|được đánh giá)\s+)?"
    rf"{w.GRADE_WORDS})",
    re.IGNORECASE,
)
_OWN_DEED_RE = re.compile(
    r"\b(?:đã|đang|được)\b|thành lập|tổ chức(?!\s+(?:công đoàn|CĐ))|ký kết|xây dựng|ban hành",
    re.IGNORECASE,
)


def sibling_label(
    sentence: str, unit_end: int, unit: str, commas: bool = False
) -> tuple[str, int] | None:
    """The indicator that a list of shares names once, after the last: "100% công đoàn cơ sở khu
    vực hành chính, sự nghiệp và 94% công đoàn cơ sở doanh nghiệp tổ chức đối thoại"; "có 3/3 DN
    nhà nước, 12/12 DN khối ngoài nhà nước tổ chức hội nghị người lao động"."""
    clause = sentence[unit_end : unit_end + 250].split(";")[0]
    sibling = _SIBLING_RE.search(clause)
    if sibling is None or re.search(r"\d", clause[: sibling.start()]):
        return None
    # (not past a deed of its own: "trên 68% số doanh nghiệp … đã thành lập được ban chỉ đạo quy chế
    # dân chủ ở cơ sở, gần 84% doanh nghiệp tổ chức đối thoại …", heldout30's list with commas)
    if _OWN_DEED_RE.search(clause, 0, sibling.start()):
        return None
    labelled = other_label(clause[sibling.end() :], unit, commas=commas)
    if labelled is None:
        return None
    # The figure's words end with its own noun: the sibling is a figure of its own.
    return labelled[0], 0


_COUNTED_BEFORE_RE = re.compile(
    rf"\d[\d.]*\s+(?:{w.UNIONS_OR_COMPANIES})(?:\s+[^\s,;\d]+){{0,3}}?\s+(?:đã\s+)?$", re.IGNORECASE
)

# (or a day or month of the calendar: "Đối với chỉ tiêu phát triển đoàn viên, đến hết tháng 10
# toàn tỉnh mới đạt 71,4% kế hoạch", probes388)
_MONTHS_RE = re.compile(
    r"\b\d{1,2}\s+tháng\b|\b(?:tháng|ngày)\s+\d{1,2}(?:/\d{1,4}){0,2}\b", re.IGNORECASE
)


def _share(sentence: str, match: re.Match, metric: str, **fields) -> Figure:
    """A figure stated by a percent alone (achieved and target unknown), from `match`."""
    # a pattern of several wordings names its other numbers and qualifiers num2, qual2, …
    groups = match.groupdict()
    suffix = next(n for n in ("", "2", "3", "4") if groups.get("num" + n))
    number, at = match["num" + suffix], match.start("num" + suffix)
    qualifier = groups.get("qual" + suffix)
    fields.setdefault("percent_kind", "rate")
    figure = Figure(
        metric=metric,
        kind=plan_or_result(sentence, at, Quantity(at, at, None)),
        start=match.start(),
        end=match.end(),
        percent=parse_number(number),
        **fields,
    )
    if qualifier:
        figure.qualifiers["percent"] = qualifier.lower()
    return figure


_YARDSTICK_BEFORE_RE = re.compile(
    rf"\d\s*%\s*(?:so với\s+)?{w.PLAN_NOUN}(?:\s+(?:về|của))?(?:\s+(?:công tác|nhiệm vụ))?\s*$",
    re.IGNORECASE,
)
_CLAUSE_TURN_RE = re.compile(r",|\b(?:nhưng|song|còn|trong khi|và)\b", re.IGNORECASE)


# Percents of the plan said together, for as many indicators named together before or after them
# ("kết nạp đoàn viên và thành lập CĐCS đạt lần lượt 148% và 135% kế hoạch", "vượt lần lượt 18% và
# 25% chỉ tiêu kết nạp đoàn viên và thành lập CĐCS", probes618), or for one indicator of several
# bodies in turn ("LĐLĐ huyện A, LĐLĐ huyện B và LĐLĐ thị xã C …, kết nạp đoàn viên đạt lần lượt
# 148%, 135% và 126% kế hoạch", probes618).
PERCENTS_TOGETHER_RE = re.compile(
    rf"(?P<verb>{w.PERCENT_VERB})\s+(?:(?P<marker>lần lượt|tương ứng|theo thứ tự)\s+(?:là\s+)?)?"
    r"(?P<percents>\d[\d.]*(?:,\d+)?\s*%(?:\s*(?:,|và)\s*\d[\d.]*(?:,\d+)?\s*%)+)"
    rf"\s*(?:so với\s+)?{w.PLAN_NOUN}(?:\s+(?:năm|được giao|giao|đề ra))?",
    re.IGNORECASE,
)
_A_PERCENT_RE = re.compile(r"\d[\d.]*(?:,\d+)?(?=\s*%)")
_BETWEEN_INDICATORS_RE = re.compile(r"\s*(?:,|và)\s*")
_BEFORE_THE_VERB_RE = re.compile(
    # (past whose or when they are: "… kết nạp đoàn viên của huyện đạt …", "… năm 2025 đạt …")
    # (or to whom the last were introduced: "… và giới thiệu đoàn viên ưu tú cho Đảng lần lượt đạt
    # 112%, 100% và 135% kế hoạch năm 2024", probes850)
    # (and what the Party does with them: "… và giới thiệu đoàn viên ưu tú cho Đảng xem xét, kết
    # nạp theo thứ tự đạt 82%, 91,5% và 104% kế hoạch năm", probes916)
    r"(?:\s+(?:cho|vào)\s+(?:tổ chức\s+)?Đảng(?:\s+xem xét(?:\s*,\s*|\s+và\s+)kết nạp)?)?"
    r"(?:\s+(?:của|ở|tại)\s+[^\d,;:%]{1,40}?|\s+(?:năm|quý|tháng)\s+[\dIVX/]+)*"
    r"\s*(?:(?:lần lượt|tương ứng|theo thứ tự|đều|đã|mới|chỉ|cũng)\s+)*$",
    re.IGNORECASE,
)


def _indicators_from(sentence: str, at: int) -> list[re.Match]:
    """The progress indicators listed from `at` on, "và" or commas between them."""
    found = []
    while (indicator := w.PROGRESS_INDICATOR.match(sentence, at)) is not None:
        found.append(indicator)
        between = _BETWEEN_INDICATORS_RE.match(sentence, indicator.end())
        if between is None:
            break
        at = between.end()
    return found


def indicators_before(sentence: str, end: int) -> list[re.Match]:
    """The progress indicators listed right before `end` (its clause's), "và" or commas between
    (the commas of the list no clause's end: "kết quả thành lập CĐCS, kết nạp đoàn viên của LĐLĐ
    huyện Phú Giáo đạt theo thứ tự 50% và 62,5% kế hoạch năm", probes666)."""
    clause = max(sentence.rfind(mark, 0, end) for mark in ";:") + 1
    for start in range(clause, end):
        if start > clause and not sentence[start - 1].isspace():
            continue
        listed = _indicators_from(sentence, start)
        if listed and _BEFORE_THE_VERB_RE.fullmatch(sentence, listed[-1].end(), end):
            return listed
    return []


def _percents_of_indicators_in_turn(sentence: str) -> Iterator[Figure]:
    """See PERCENTS_TOGETHER_RE."""
    for match in PERCENTS_TOGETHER_RE.finditer(sentence):
        percents = list(_A_PERCENT_RE.finditer(sentence, match.start("percents"), match.end()))
        after = re.match(r"\s+(?:(?:về|của)\s+)?", sentence[match.end() :])
        indicators = _indicators_from(sentence, match.end() + (after.end() if after else 0))
        if len(indicators) != len(percents):
            indicators = indicators_before(sentence, match.start())
        marked = match["marker"] or w.IN_TURN.search(
            sentence, max(0, match.start() - 25), match.start()
        )
        if len(indicators) == 1 and marked:
            indicators = indicators * len(percents)
        if len(indicators) != len(percents):
            continue
        kind = _kind_of_percents_reached(sentence, match, percents[0])
        over = match["verb"].lower() == "vượt"
        for indicator, percent in zip(indicators, percents, strict=True):
            yield _indicators_percent(sentence, indicator, percent, kind, over)


def _indicators_percent(
    sentence: str, indicator: re.Match, percent: re.Match, kind: str, over: bool, achieved=None
) -> Figure:
    """The figure of a progress indicator (PROGRESS_INDICATOR) stated by its percent of the plan,
    said apart from it (`percent` matches the number, the sign after it)."""
    metric = next(m for m in METRIC_GROUPS if indicator[m])
    end = percent.end() + len(re.match(r"\s*%", sentence[percent.end() :]).group(0))
    return Figure(
        metric=metric,
        kind=kind,
        start=percent.start(),
        end=end,
        achieved=achieved,
        percent=parse_number(percent.group(0)),
        percent_kind="over_target" if over else "of_target",
        stage=("admitted" if indicator["admitted"] else "introduced")
        if metric == "dang_vien_gioi_thieu"
        else None,
    )


# Percents in turn with no plan named after them, the plan said before them with the indicators:
# "Ba chỉ tiêu phát triển đoàn viên, thành lập CĐCS và giới thiệu đoàn viên ưu tú cho Đảng … đều
# vượt kế hoạch, lần lượt đạt 112%, 125% và 130%" (probes842), "Tỷ lệ kết nạp đoàn viên, thành lập
# CĐCS … so với kế hoạch năm 2024 … theo thứ tự là 101,5%, 120% và 95%".
_PERCENTS_IN_TURN_BARE_RE = re.compile(
    r"(?P<marker>lần lượt|tương ứng|theo thứ tự)\s+(?:(?P<verb>đạt|là|bằng|vượt)\s+)?"
    r"(?P<percents>\d[\d.]*(?:,\d+)?\s*%(?:\s*(?:,|và)\s*\d[\d.]*(?:,\d+)?\s*%)+)"
    rf"(?!\s*(?:so với\s+)?{w.PLAN_NOUN})",
    re.IGNORECASE,
)
# (or the turn's word after them, the plan named before the indicators: "… tỷ lệ hoàn thành các chỉ
# tiêu thành lập CĐCS, kết nạp đoàn viên năm 2024 là 120% và 103%, theo thứ tự", probes850)
_PERCENTS_THEN_IN_TURN_RE = re.compile(
    r"(?P<verb>đạt|là|bằng|vượt)\s+"
    r"(?P<percents>\d[\d.]*(?:,\d+)?\s*%(?:\s*(?:,|và)\s*\d[\d.]*(?:,\d+)?\s*%)+)"
    r"\s*,\s*(?P<marker>lần lượt|tương ứng|theo thứ tự)(?=\s*(?:[.;]|$))",
    re.IGNORECASE,
)
_PLAN_NAMED_FIRST_RE = re.compile(rf"{w.PLAN_NOUN}\s+(?:các\s+)?$", re.IGNORECASE)
_PLAN_SAID_BEFORE_RE = re.compile(
    r"\b(?:(?:(?:đều|cùng)\s+)?(?P<verb>đạt|vượt|hoàn thành)(?:\s+(?:và|hoặc)\s+vượt)?|so với)\s+"
    rf"{w.PLAN_NOUN}",
    re.IGNORECASE,
)


def _percents_in_turn_of_the_plan_said_before(sentence: str) -> Iterator[Figure]:
    """See _PERCENTS_IN_TURN_BARE_RE: the indicators listed first in the clause, as many as the
    percents, with the plan said between them and the percents."""
    in_turn = itertools.chain(
        _PERCENTS_IN_TURN_BARE_RE.finditer(sentence), _PERCENTS_THEN_IN_TURN_RE.finditer(sentence)
    )
    for match in in_turn:
        clause_start = max(sentence.rfind(mark, 0, match.start()) for mark in ";:") + 1
        if w.FUTURE.search(sentence, clause_start, match.start()):
            continue
        percents = list(_A_PERCENT_RE.finditer(sentence, match.start("percents"), match.end()))
        plan = _PLAN_SAID_BEFORE_RE.search(sentence, clause_start, match.start())
        indicators = _indicators_of_the_plan_before(sentence, clause_start, match, plan, percents)
        if indicators is None:
            continue
        # (by how much it was passed, when the plan's verb is said alone: "… đều vượt kế hoạch, lần
        # lượt 12% và 25%")
        # (or said before the turn's word: "…, đạt lần lượt 108,2%, 125% và 116,7%")
        said_before = re.search(r"\b(đạt|bằng|vượt)\s+$", sentence[: match.start()], re.I)
        verb = match["verb"] or (said_before and said_before[1]) or (plan and plan["verb"]) or ""
        over = verb.lower() == "vượt"
        # (and the counts they were reached with, in the same turn: "…, đạt lần lượt 108,2%, 125%
        # và 116,7%, với 5.410 đoàn viên, 15 CĐCS và 350 đoàn viên ưu tú được giới thiệu",
        # probes779)
        counts = _counts_said_with_in_turn(sentence, match.end(), len(percents))
        for at, (indicator, percent) in enumerate(zip(indicators, percents, strict=True)):
            achieved = counts[at] if counts else None
            yield _indicators_percent(sentence, indicator, percent, "result", over, achieved)


def _indicators_of_the_plan_before(
    sentence: str, clause_start: int, match: re.Match, plan: re.Match | None, percents: list
) -> list[re.Match] | None:
    """The indicators, one for each of `percents`, of the plan the percents in turn `match` reads
    are of: listed first in the clause with the plan said after them (`plan`, a match of
    _PLAN_SAID_BEFORE_RE), or listed right before the percents' verb with the plan named before
    them (_PLAN_NAMED_FIRST_RE); None when neither."""
    many = len(percents)
    if plan is not None:
        listed = next(
            (
                listed
                for start in range(clause_start, plan.start())
                if (start == clause_start or sentence[start - 1].isspace())
                and len(listed := _indicators_from(sentence, start)) == many
            ),
            None,
        )
        if listed is not None and listed[-1].end() <= plan.start():
            return listed
    if match.re is not _PERCENTS_THEN_IN_TURN_RE:
        return None
    listed = indicators_before(sentence, match.start())
    if len(listed) != many or not _PLAN_NAMED_FIRST_RE.search(sentence, 0, listed[0].start()):
        return None
    return listed


_WITH_COUNTS_RE = re.compile(r"\s*,?\s*với\s+", re.IGNORECASE)
_A_COUNT_LISTED_RE = re.compile(
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d%/]|[.,]\d)(?P<noun>(?:\s+[^\W\d]+){1,4}?)"
    r"(?P<next>\s*(?:,|và)\s*(?=\d)|(?=\s*(?:[,.;]|$|\s+(?:được|đã)\b)))",
    re.IGNORECASE,
)


def _counts_said_with_in_turn(sentence: str, at: int, many: int) -> list | None:
    """The `many` counts listed after "với" at `at`, in their turn, or None."""
    said = _WITH_COUNTS_RE.match(sentence, at)
    if said is None:
        return None
    counts, at = [], said.end()
    while len(counts) < many and (count := _A_COUNT_LISTED_RE.match(sentence, at)) is not None:
        counts.append(parse_number(count["n"]))
        at = count.end()
    return counts if len(counts) == many else None


def _kind_of_percents_reached(sentence: str, together: re.Match, first: re.Match) -> str:
    """Percents of the plan reached are done, under a heading that only names the plan's
    indicators too: "Chỉ tiêu kết nạp đoàn viên và thành lập CĐCS của LĐLĐ tỉnh đạt lần lượt 112%
    và 125% kế hoạch năm 2025" (the README's known gap of the sixteenth part; each alone reads as
    done). Only a word that sets a target ("phấn đấu", "mục tiêu", "sẽ") makes them planned."""
    end = first.end()
    kind = plan_or_result(sentence, first.start(), Quantity(end, end, None))
    if kind == "plan" and rightmost(w.PLAN_MARKERS, sentence[: together.start()]) is None:
        return "result"
    return kind


def _progress_shares(sentence: str) -> Iterator[Figure]:
    """ "phát triển đoàn viên đạt 105% kế hoạch", "đạt tỷ lệ 113,9% (14.804/13.000)"."""
    for match in w.PERCENT_ONLY.finditer(sentence):
        # a count said right before the deed is the share's own: "trong đó 146 doanh nghiệp đã
        # thành lập CĐCS, đạt tỷ lệ 67%" (how many have a union, not a plan's progress)
        if _COUNTED_BEFORE_RE.search(sentence, 0, match.start()):
            continue
        # Only years and months may stand between the indicator and its percent ("nhiệm kỳ 2013
        # - 2018", "Công tác phát triển đoàn viên 6 tháng mới đạt 51,75% kế hoạch").
        if re.search(r"\d", _MONTHS_RE.sub("", YEARS_RE.sub("", match["gap"]))):
            continue
        # "phấn đấu phát triển đoàn viên đạt hơn 85% tổng số lao động": how many of the workforce
        # are members, not how much of a plan was done
        if w.OF_THE_WORKFORCE.match(sentence, match.end()):
            continue
        # against a year before, not the plan: "Số đoàn viên kết nạp mới năm nay bằng 131% so với
        # năm 2023" (probes55)
        if not (match["yard"] or match["yard_before"]) and w.YEAR_ON_YEAR.match(
            sentence[match.end() :]
        ):
            continue
        # (nor the deed that is the yardstick of a percent before it, its own clause's: "Năm 2023,
        # LĐLĐ huyện đạt 76% chỉ tiêu kết nạp đoàn viên, năm 2024 đạt 103%", probes504)
        # (or past a conjunction set against it: "… đạt 112% chỉ tiêu về thành lập CĐCS nhưng chỉ
        # đạt 85% chỉ tiêu về kết nạp đoàn viên", the README's known gap of the twelfth part)
        if _YARDSTICK_BEFORE_RE.search(sentence, 0, match.start()) and _CLAUSE_TURN_RE.search(
            match["gap"]
        ):
            continue
        metric = next(m for m in METRIC_GROUPS if match[m])
        figure = _share(sentence, match, metric)
        figure.kind = "result"
        figure.percent_kind = "over_target" if match["verb"].lower() == "vượt" else "of_target"
        if metric == "dang_vien_gioi_thieu":
            figure.stage = "admitted" if match["admitted"] else "introduced"
        counts = COUNTS_AFTER_RE.match(sentence[match.end() :])
        if counts:
            figure.achieved, figure.target = parse_number(counts["a"]), parse_number(counts["b"])
            figure.end = match.end() + counts.end()
        # ("chỉ tiêu thành lập CĐCS mới đạt 67% với 10 đơn vị")
        _count_with(sentence, figure)
        yield figure
    for match in w.PERCENT_FIRST.finditer(sentence):
        yield from _plan_percent_first(sentence, match)
    for match in w.PLAN_THEN_PERCENT.finditer(sentence):
        kind = "over_target" if match["verb"].lower() == "vượt" else "of_target"
        metric = next(m for m in METRIC_GROUPS if match[m])
        figure = _share(sentence, match, metric, percent_kind=kind)
        if metric == "dang_vien_gioi_thieu":
            figure.stage = "admitted" if match["admitted"] else "introduced"
        yield figure
    for match in _OF_A_BARE_DEEDS_PLAN_RE.finditer(sentence):
        kind = "over_target" if match["verb"].lower() == "vượt" else "of_target"
        metric = "cdcs_thanh_lap" if match["deed"].lower() == "thành lập" else "doan_vien_ket_nap"
        yield _share(sentence, match, metric, percent_kind=kind)


# A percent of the plan of a deed said bare, its noun left out, as people say it: "“Năm ngoái chúng
# tôi chỉ đạt 76% chỉ tiêu kết nạp, năm nay đã đạt 103%”" (probes504); "kết nạp" alone is the
# union's (not "kết nạp Đảng"), "thành lập" alone its unions'.
_OF_A_BARE_DEEDS_PLAN_RE = re.compile(
    rf"(?P<verb>đạt|vượt|hoàn thành)\s+(?:(?P<qual>{w.QUALIFIER})\s+)?"
    r"(?P<num>\d{1,3}(?:,\d+)?)\s*%\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch)\s+"
    r"(?P<deed>kết nạp|thành lập|phát triển)(?=\s*(?:[,.;”\"]|$))",
    re.IGNORECASE,
)


def _plan_percent_first(sentence: str, match: re.Match) -> Iterator[Figure]:
    """ "đạt 100% chỉ tiêu về phát triển đoàn viên, thành lập công đoàn cơ sở": one percent of the
    plan for each indicator named after it."""
    kind = "over_target" if (match["verb"] or "").lower() == "vượt" else "of_target"
    figure = _share(sentence, match, _metric_named(match), percent_kind=kind)
    while True:
        if figure.metric == "dang_vien_gioi_thieu":
            figure.stage = "admitted" if match["admitted"] else "introduced"
        _count_with(sentence, figure)
        yield figure
        match = w.NEXT_PROGRESS_INDICATOR.match(sentence, match.end())
        if match is None:
            return
        figure = dataclasses.replace(
            figure,
            metric=_metric_named(match),
            start=match.start(),
            end=match.end(),
            percent=parse_number(match["num"]) if match["num"] else figure.percent,
        )


# The count a percent of the plan was reached with: "vượt 31% kế hoạch kết nạp đoàn viên với 7.074
# người và vượt hơn 11,7% kế hoạch thành lập công đoàn cơ sở với 57 đơn vị".
_COUNT_WITH_RE = re.compile(
    # (its year may come first: "hoàn thành 100% chỉ tiêu thành lập CĐCS năm 2023 với 12 CĐCS",
    # probes375)
    r"(?:\s+năm\s+(?:19|20)\d\d)?"
    rf"\s*,?\s*với\s+(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?![\d,%])\s+"
    r"(?:người|đơn vị|lượt|đoàn viên|ĐVCĐ|ĐV|CĐCS|công đoàn cơ sở|CĐ cơ sở|cán bộ)\b",
    re.IGNORECASE,
)


# The target right after the plan's indicator: "đã đạt 64,06% chỉ tiêu kết nạp 8.000 đoàn viên".
_TARGET_NAMED_AFTER_RE = re.compile(
    r"\s+(?:mới\s+)?(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?!\d|[.,]\d|\s*%)"
    r"\s+(?:đoàn viên|ĐVCĐ|ĐV|CĐCS|công đoàn cơ sở|CĐ cơ sở|cán bộ|lượt)\b",
    re.IGNORECASE,
)


def _count_with(sentence: str, figure: Figure) -> None:
    # ... or its counts in brackets: "đạt 32% kế hoạch thành lập Công đoàn cơ sở (8/25 đơn vị)"
    counts = COUNTS_AFTER_RE.match(sentence, figure.end)
    if counts and figure.achieved is None and figure.target is None:
        figure.achieved, figure.target = parse_number(counts["a"]), parse_number(counts["b"])
        figure.end = counts.end()
        return
    named = _TARGET_NAMED_AFTER_RE.match(sentence, figure.end)
    if named and figure.target is None and figure.achieved is None:
        figure.target, figure.end = parse_number(named["n"]), named.end()
        return
    counted = _COUNT_WITH_RE.match(sentence, figure.end)
    if counted is None or figure.achieved is not None:
        return
    figure.achieved, figure.end = parse_number(counted["n"]), counted.end()
    if counted["qual"]:
        figure.qualifiers["achieved"] = counted["qual"].lower()


def _metric_named(match: re.Match) -> str:
    return next(m for m in METRIC_GROUPS if match[m])


def _named_shares(sentence: str) -> Iterator[Figure]:
    """A share named before its percent: "tỉ lệ doanh nghiệp tổ chức hội nghị người lao động đạt
    gần 43%", "hội nghị người lao động đạt 67%/năm", "công đoàn cơ sở vững mạnh chiếm 85%"."""
    for match in w.RATE_BEFORE.finditer(sentence):
        unit = "cdcs" if w.CDCS_UNIT.fullmatch(match["unit"]) else "enterprise"
        labelled = other_label(match["rest"], unit)
        if labelled:
            yield _share(sentence, match, "other", label=labelled[0])
    for match in w.LABEL_RATE.finditer(sentence):
        # a share of people, not of places: "Tỷ lệ người lao động hài lòng về kết quả đối thoại
        # đạt trên 90%"
        clause_start = max(
            (m.end() for m in re.finditer(r"[;,]", sentence[: match.start()])), default=0
        )
        if _PEOPLES_RATE_RE.search(sentence, clause_start, match.start()):
            continue
        # ("là" only after its rate named: "tỷ lệ tổ chức hội nghị người lao động là 98,6%", not
        # "Mức tăng lương … sau đối thoại là sáu phần trăm", probes365)
        if _SAID_BARE_RE.search(sentence, match.end("rest"), match.start("num")) and not (
            _RATE_NAMED_RE.search(sentence, clause_start, match.start())
        ):
            continue
        labelled = other_label(match["rest"], "enterprise")
        if labelled:
            # (of the plan, when it says so: "… tổ chức đối thoại tại doanh nghiệp đạt 96% kế
            # hoạch", probes533)
            kind = "of_target" if w.OF_THE_PLAN_AFTER.match(sentence, match.end()) else "rate"
            yield _share(sentence, match, "other", label=labelled[0], percent_kind=kind)


def _raised_shares(sentence: str) -> Iterator[Figure]:
    """A planned share said as one to raise: "phấn đấu nâng tỷ lệ doanh nghiệp tổ chức đối thoại
    định kỳ lên 85% trở lên". (A share raised already is how many have it now, a total: "ký kết mới
    thỏa ước …, nâng tỷ lệ đơn vị có TƯLĐTT lên 95%", as the annotators of the sets read it.)"""
    for match in w.RAISED_RATE.finditer(sentence):
        rest = match["rest"].strip()
        if w.RAISED_TRAINED.match(rest):
            figure = _share(sentence, match, "can_bo_tap_huan")
        else:
            unit = (
                "cdcs" if match["unit"] and w.CDCS_UNIT.fullmatch(match["unit"]) else "enterprise"
            )
            labelled = other_label(rest, unit) if match["unit"] else None
            if not labelled:
                continue
            figure = _share(sentence, match, "other", label=labelled[0])
        if figure.kind == "plan":
            yield figure


_SAID_BARE_RE = re.compile(r"\slà\s")
_RATE_NAMED_RE = re.compile(r"\bt[ỷỉ] lệ\b", re.IGNORECASE)
_PEOPLES_RATE_RE = re.compile(
    r"t[ỷỉ] lệ\s+(?:người lao động|NLĐ|đoàn viên|công nhân|CNLĐ|lao động)\b", re.IGNORECASE
)


_OF_ANOTHER_BODY_RE = re.compile(
    r"\b(?:của|thuộc)" + w.ANOTHER_BODYS_OFFICIALS.pattern, w.ANOTHER_BODYS_OFFICIALS.flags
)


# Another mass organisation named: its officials, not a union's, are those a sentence that names no
# union says trained ("Hội LHPN tỉnh đã tổ chức 42 lớp tập huấn …; 100% cán bộ chuyên trách cấp
# tỉnh, cấp xã được bồi dưỡng kỹ năng chuyển đổi số", "100% cán bộ Hội chuyên trách … được bồi
# dưỡng …", probes56 read as a whole article, where another sentence names the union).
_ANOTHER_ORGANISATION_RE = re.compile(
    rf"{w.ASSOCIATION.pattern}|\bMặt trận\b|\bMTTQ\b|(?-i:(?:cán bộ|công tác) Hội\b)",
    w.ASSOCIATION.flags,
)


def _trained_shares(sentence: str) -> Iterator[Figure]:
    """ "phấn đấu 100% số CB CĐCS được tập huấn, đào tạo, bồi dưỡng chuyên môn nghiệp vụ"."""
    if _ANOTHER_ORGANISATION_RE.search(sentence) and not w.UNION.search(sentence):
        return
    for match in _overlapping(w.TRAINED_SHARE, sentence):
        # (another body's: "100% cán bộ chuyên trách của Mặt trận, Hội Nông dân, Hội CCB được bồi
        # dưỡng …", probes56)
        if _OF_ANOTHER_BODY_RE.search(match.group(0)):
            continue
        figure = _share(sentence, match, "can_bo_tap_huan")
        # a share of a list ends where the next begins (its span is its own)
        following = w.PERCENT_LIST_GOES_ON.search(sentence, match.end("num"), match.end())
        if following:
            figure.end = following.start()
        yield figure
    for match in w.TRAINED_SHARE_ACTIVE.finditer(sentence):
        yield _share(sentence, match, "can_bo_tap_huan")
        # (and the next share of its list: "tập huấn cho 100% cán bộ công đoàn chuyên trách và 90%
        # cán bộ CĐCS")
        following = w.NEXT_TRAINED_SHARE.match(sentence, match.end())
        if following:
            yield _share(sentence, following, "can_bo_tap_huan")


def _overlapping(pattern: re.Pattern, sentence: str) -> Iterator[re.Match]:
    """Every match of `pattern`, each starting after the last one's start (a share's match may
    run over the next share of its list)."""
    match = pattern.search(sentence)
    while match:
        yield match
        match = pattern.search(sentence, match.start() + 1)


def _founding_shares(sentence: str) -> Iterator[Figure]:
    """ "thành lập CĐCS ở 100% doanh nghiệp ...", "90% số doanh nghiệp ... thành lập được CĐCS"."""
    for match in w.FOUND_SHARE.finditer(sentence):
        # "Hiện chỉ có 5,3% đơn vị kinh tế tư nhân ... thành lập được tổ chức công đoàn": how many
        # have a union, not how many were founded
        before = sentence[max(0, match.start() - 30) : match.start()]
        if w.STOCK_BEFORE.search(before):
            continue
        # (only so many have one: "nhưng mới có 61% số doanh nghiệp … thành lập được tổ chức công
        # đoàn"; nor those without: "còn khoảng 30% doanh nghiệp … chưa có công đoàn")
        if re.search(
            r"\b(?:mới|chỉ|vẫn|còn)\s+(?:có\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?$", before, re.I
        ):
            continue
        if re.search(r"\bchưa\b", match.group(0), re.I):
            continue
        yield _share(sentence, match, "cdcs_thanh_lap")


def _recruited_shares(sentence: str) -> Iterator[Figure]:
    """ "kết nạp 100% cán bộ, công chức và người lao động vào tổ chức Công đoàn"."""
    for pattern in (w.RECRUITED_SHARE, w.RECRUITED_SHARE_PASSIVE):
        for match in pattern.finditer(sentence):
            yield _share(sentence, match, "doan_vien_ket_nap")
    # (the newly hired, in a sentence that names a union)
    if w.UNION.search(sentence):
        for match in w.RECRUITED_SHARE_OF_THE_HIRED.finditer(sentence):
            yield _share(sentence, match, "doan_vien_ket_nap")


def _introducing_shares(sentence: str) -> Iterator[Figure]:
    """ "100% CĐCS trực thuộc giới thiệu đoàn viên ưu tú cho Đảng"."""
    for match in w.INTRODUCING_SHARE.finditer(sentence):
        yield _share(sentence, match, "dang_vien_gioi_thieu", stage="introduced")
    for match in w.ADMITTED_SHARE.finditer(sentence):
        figure = _share(sentence, match, "dang_vien_gioi_thieu", stage="admitted")
        # (a floor of those to be admitted is a plan's: "Trong đó, ít nhất 65% số đoàn viên được
        # giới thiệu được kết nạp vào Đảng", under a plan's headline, probes211)
        if (match["qual"] or "").lower() == "ít nhất":
            figure.kind = "plan"
        yield figure


def _coverage_targets(sentence: str) -> Iterator[Figure]:
    """A plan's share of companies with a union: founding to be done."""
    for match in w.UNION_COVERAGE_SHARE.finditer(sentence):
        figure = _share(sentence, match, "cdcs_thanh_lap")
        if figure.kind == "plan":
            yield figure


# An indicator held by a share of units, said in the passive, its agent before its deed: "Hội nghị
# người lao động được 95% doanh nghiệp có CĐCS tổ chức" (probes350); not "… được 80% doanh nghiệp
# đánh giá cao".
_PASSIVE_LABEL_RE = re.compile(
    r"(?:hội nghị (?:người lao động|NLĐ|CNVCLĐ|cán bộ,? công chức(?:,? viên chức)?)|HNNLĐ|"
    r"đối thoại(?: định kỳ)?|thỏa ước lao động tập thể|thoả ước lao động tập thể|TƯLĐTT)"
    rf"(?:\s+(?:năm\s+)?(?:19|20)\d\d)?\s+được\s+(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
_HELD_BY_AGENT_RE = re.compile(
    # (the units may be listed: "Hội nghị người lao động được 100% cơ quan, đơn vị tổ chức")
    rf"(?:\s*,\s*{w.ENTERPRISE_UNIT.pattern})*"
    r"[^,;.\d]{0,60}?\b(?:tổ chức|ký kết|ký|thực hiện|triển khai)\b",
    re.IGNORECASE,
)


def _held_by_the_share(sentence: str, start: int, unit_end: int) -> re.Match | None:
    if not _HELD_BY_AGENT_RE.match(sentence, unit_end):
        return None
    return _PASSIVE_LABEL_RE.search(sentence, max(0, start - 80), start)


def _counted_shares(sentence: str) -> Iterator[Figure]:
    """A percent of unions or companies and what they did: "85% CĐCS đạt vững mạnh", "100% công
    đoàn cơ sở khu vực hành chính, sự nghiệp và 94% ... tổ chức đối thoại"."""
    noun = re.compile(
        # unions of the level above are rated too: "hơn 95% CĐ cấp trên trực tiếp cơ sở và CĐ cơ sở
        # đạt vững mạnh"
        # ... and a union's sections hold congresses: "100% các Công đoàn bộ phận đã tổ chức Đại
        # hội"
        # (a floor may come first: "80% trở lên số doanh nghiệp có CĐCS ký kết thỏa ước")
        r"(?:\s+trở lên)?\s*(?:số\s+|các\s+)?(?:(?:CĐ|công đoàn)\s+cấp trên(?:\s+trực tiếp cơ sở)?|"
        + w.SECTION_UNIT.pattern
        + "|"
        + w.CDCS_UNIT.pattern
        + "|"
        + w.ENTERPRISE_UNIT.pattern
        + ")",
        re.IGNORECASE,
    )
    for quantity in quantities(sentence):
        if not quantity.percent:
            continue
        rest = sentence[quantity.end : quantity.end + RIGHT_REACH]
        unit = noun.match(rest)
        if not unit:
            continue
        unit_end = quantity.end + unit.end()
        # (as far as its 18 words may reach: "100% Công đoàn cơ sở các đơn vị phường, hành chính
        # sự nghiệp, trường học công lập tổ chức hội nghị cán bộ, công chức, viên chức", heldout38)
        clause, must = _without_must(
            right_context(sentence, unit_end, len(sentence), reach=2 * RIGHT_REACH)
        )
        noun_written = re.sub(r"^(?:trở lên\s+)?(?:số|các)?\s*", "", rest.strip())
        kind = (
            "cdcs"
            if w.CDCS_UNIT.match(noun_written) or w.SECTION_UNIT.match(noun_written)
            else "enterprise"
        )
        # A share is read further than a count, up to 18 words and across commas: "100% các doanh
        # nghiệp trong Công an có tổ chức Công đoàn đã tổ chức Hội nghị người lao động", "ít nhất
        # 85% doanh nghiệp, đơn vị có tổ chức công đoàn đủ điều kiện được Công đoàn thương lượng,
        # ký kết thỏa ước ...".
        # (an indicator named before where it was held comes first: "tổ chức đối thoại định kỳ
        # tại 100% đơn vị, tiếp nhận 86 kiến nghị", probes62; "tổ chức hội nghị người lao động
        # tại 100% đơn vị thành viên và ký lại thỏa ước …", probes29)
        placed = w.LABEL_BEFORE_PLACE.search(
            sentence, max(0, quantity.start - 160), quantity.start
        ) or _held_by_the_share(sentence, quantity.start, unit_end)
        # (said before, the label ends nothing after the noun: "Đối thoại ở 100% doanh nghiệp",
        # probes132, once read past the sentence's end)
        before = other_label(placed.group(0), "enterprise") if placed else None
        labelled = (
            (before[0], 0)
            if before
            else (
                other_label(clause, kind, reach=18, commas=True)
                or sibling_label(sentence, unit_end, kind, commas=True)
                or predicate_label(sentence, unit_end, kind)
            )
        )
        if labelled is None or _a_breakdown(sentence, quantity.start, labelled[0]):
            continue
        # a union's sections hold congresses, but are no union rated: "100% công đoàn bộ phận được
        # xếp loại vững mạnh" (as their counts are read, in other_figure)
        if w.SECTION_UNIT.match(noun_written) and labelled[0] != "cđcs tổ chức đại hội":
            continue
        figure = Figure(
            metric="other",
            kind="plan" if must else plan_or_result(sentence, quantity.start, quantity),
            start=quantity.start,
            end=unit_end + labelled[1],
            percent=quantity.value,
            percent_kind="rate",
            label=labelled[0],
        )
        if quantity.qualifiers:
            figure.qualifiers["percent"] = quantity.qualifiers["achieved"]
        yield figure


_BACK_TO_ITS_PLAN_RE = re.compile(r";\s*riêng\s+(?:chỉ tiêu|kế hoạch)\b[^;]*$", re.IGNORECASE)


def _merged_into_its_count(sentence: str, figure: Figure, figures: list[Figure]) -> bool:
    """A percent of the plan said after the count it measures, in its clause: "thành lập được 32
    CĐCS với 1.452 đoàn viên, vượt 28% chỉ tiêu thành lập CĐCS và 45% chỉ tiêu phát triển đoàn
    viên" is no figure of its own. Gives the count that percent when it has none (so this changes
    `figures`); True when merged or a repeat of the count's own percent."""
    if figure.percent_kind not in ("of_target", "over_target"):
        return False
    # (or a count read inside the share's own words: "… và 33,6% kế hoạch phát triển đoàn viên
    # (470/1.400 người)")
    for counted in figures:
        if (
            figure.start <= counted.start < figure.end
            and (counted.metric, counted.kind) == (figure.metric, figure.kind)
            and counted.percent is None
        ):
            counted.percent, counted.percent_kind = figure.percent, figure.percent_kind
            counted.qualifiers.update(figure.qualifiers)
            return True
    for counted in reversed(figures):
        # ... or the count's own percent said first (given it by _percents_said_before): "đã hoàn
        # thành gần 97% chỉ tiêu …, với 31.158 ĐV mới được kết nạp"
        said_first = counted.start >= figure.end and counted.percent == figure.percent
        # (a clause after a semicolon may come back to it: "…, kết nạp được 18.236 đoàn viên, …;
        # riêng chỉ tiêu phát triển đoàn viên vượt 21,6% kế hoạch")
        between = sentence[counted.end : figure.start]
        apart = ";" in between and not _BACK_TO_ITS_PLAN_RE.search(between)
        if not said_first and (counted.start >= figure.start or apart):
            continue
        if (counted.metric, counted.stage, counted.kind) != (
            figure.metric,
            figure.stage,
            figure.kind,
        ):
            continue
        if counted.percent is None:
            counted.percent, counted.percent_kind = figure.percent, figure.percent_kind
            counted.qualifiers.update(figure.qualifiers)
            return True
        return counted.percent == figure.percent
    return False


# A percent of the plan said first, its count after "với": "đã hoàn thành gần 97% chỉ tiêu kế
# hoạch cả nhiệm kỳ 2013 - 2018 do Tổng LĐLĐVN giao, với 31.158 ĐV mới được kết nạp", or reached
# "khi" the count was done: "So với chỉ tiêu Tổng Liên đoàn giao, An Giang đã vượt 90% khi kết nạp
# 37.721 đoàn viên".
_PERCENT_BEFORE_ITS_COUNT_RE = re.compile(
    rf"(?P<verb>{w.PERCENT_VERB})\s+(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<num>{w.PERCENT_NUMBER})\s*%"
    rf"(?:\s*(?:so với\s+)?{w.PLAN_NOUN}[^;%]{{0,120}}?,\s*với"
    rf"|(?:\s*(?:so với\s+)?{w.PLAN_NOUN}[^,;\d]{{0,30}}?)?\s+khi)\s*$",
    re.IGNORECASE,
)


def _percents_said_before(sentence: str, figures: list[Figure]) -> None:
    """Gives a count after "với" (or a deed after "khi") the percent of the plan said before it
    (changes `figures`)."""
    for figure in figures:
        said = _PERCENT_BEFORE_ITS_COUNT_RE.search(sentence[: figure.start])
        if figure.percent is not None or figure.kind != "result" or said is None:
            continue
        # (not a percent the count before it states already: "thành lập 12 CĐCS, đạt 80% kế hoạch
        # năm, với 4.705 đoàn viên", the members said in passing, probes456)
        if any(other.start <= said.start("num") < other.end for other in figures):
            continue
        take_plans_percent(figure, said)


def percent_figures(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Figures stated by a percent with no count, where no counted figure stands already."""
    if "%" not in sentence:
        # (no percent, no share: the sentence as read has its percent words written as the sign,
        # "52 phần trăm", "một nửa", sentences.py)
        return []
    _percents_said_before(sentence, figures)
    taken = [(f.start, f.end) for f in figures]
    found = []
    finders = (
        _percents_of_indicators_in_turn,
        _percents_in_turn_of_the_plan_said_before,
        _progress_shares,
        _named_shares,
        _raised_shares,
        _founding_shares,
        _recruited_shares,
        _introducing_shares,
        _trained_shares,
        _counted_shares,
        _coverage_targets,
    )
    for finder in finders:
        for figure in finder(sentence):
            if finder is _progress_shares and _merged_into_its_count(sentence, figure, figures):
                continue
            # a share of those that have none is no founding: "còn khoảng 30% doanh nghiệp … chưa
            # có công đoàn"
            if figure.metric == "cdcs_thanh_lap" and re.search(
                r"\bchưa\b", sentence[figure.start : figure.end], re.I
            ):
                continue
            # the share of those that have an agreement is a stock, as the annotated sets read it
            # ("Hiện 78% doanh nghiệp có công đoàn đã có thỏa ước lao động tập thể còn hiệu lực",
            # probes109, 118, 120, 132, 145, 148); one raised to in a plan is a target
            if figure.kind == "result" and _HAVE_AN_AGREEMENT_RE.search(
                sentence, max(0, sentence.rfind(",", 0, figure.start)), figure.end
            ):
                continue
            if all(figure.end <= a or figure.start >= b for a, b in taken):
                found.append(figure)
                taken.append((figure.start, figure.end))
                # one share, two indicators: "75% Công đoàn cơ sở tổ chức Hội nghị người lao
                # động, đối thoại tại nơi làm việc"
                also = second_indicator(sentence, figure)
                if also is not None:
                    found.append(also)
                    taken.append((figure.end, also.end))
                _count_said_with(sentence, figure)
                last = also or figure
                while (short := _share_said_short(sentence, last)) is not None:
                    found.append(short)
                    taken.append((short.start, short.end))
                    last = short
    return found


# The count an indicator's percent of the plan was reached with, said after it: "tỷ lệ ký kết thỏa
# ước lao động tập thể … đạt 108,6% kế hoạch, với 76 doanh nghiệp ký mới thỏa ước" (probes839),
# "…, với 27 bản thỏa ước được ký mới so với chỉ tiêu 25 bản" (probes835), as the development
# counts are read (percents.percent_reached_with).
_COUNT_SAID_WITH_RE = re.compile(
    rf"(?:\s*(?:so với\s+)?{w.PLAN_NOUN}(?:\s+năm)?)?\s*,?\s*với\s+"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d%/]|[.,]\d)\s+"
    r"(?P<unit>doanh nghiệp|đơn vị|cơ quan|CĐCS|công đoàn cơ sở|bản|cuộc)\b"
    r"(?P<rest>(?:(?!\s+so với\b)[^,;.%\d]){0,50})",
    re.IGNORECASE,
)
_ITS_PLAN_SAID_AGAINST_RE = re.compile(
    rf"\s*so với\s+{w.PLAN_NOUN}\s+(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?![\d%/]|[.,]\d)",
    re.IGNORECASE,
)


def _count_said_with(sentence: str, figure: Figure) -> None:
    """Gives an indicator's percent of the plan the count said with it, of the same indicator."""
    if figure.metric != "other" or figure.percent_kind != "of_target":
        return
    if figure.achieved is not None or figure.label not in _LABEL_PATTERNS:
        return
    said = _COUNT_SAID_WITH_RE.match(sentence, figure.end)
    if said is None or not _LABEL_PATTERNS[figure.label].search(said["rest"]):
        return
    figure.achieved = parse_number(said["n"])
    figure.end = said.end()
    against = _ITS_PLAN_SAID_AGAINST_RE.match(sentence, said.end())
    if against is not None:
        figure.target = parse_number(against["n"])
        figure.end = against.end()


# A share with its noun left out, after a share of the same units: "96,5% CĐCS đạt vững mạnh,
# trong đó 41% vững mạnh xuất sắc" (probes59), "phấn đấu 100% doanh nghiệp … tổ chức đối thoại
# định kỳ tại nơi làm việc, 85% trở lên tổ chức hội nghị người lao động" (probes57).
_SHARE_SAID_SHORT_RE = re.compile(
    # (past the rest of the first indicator's name: "… đối thoại định kỳ tại nơi làm việc, 85% …")
    r"(?:\s+[^\s,;\d%]+){0,6}?\s*(?:,|;|và)\s*(?:trong (?:đó|số đó)\s*,?\s*(?:có\s+)?)?"
    # (a floor said with "từ": "…, trong đó có từ 70% hoàn thành xuất sắc nhiệm vụ", probes65)
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?:từ\s+)?"
    r"(?P<num>\d{1,3}(?:,\d+)?)\s*%(?P<floor>\s+trở lên)?(?=\s+[^\W\d])",
    re.IGNORECASE,
)


def _share_said_short(sentence: str, figure: Figure) -> Figure | None:
    """The share said right after `figure`'s with no noun of its own, for another indicator."""
    if figure.metric != "other" or figure.percent is None or figure.achieved is not None:
        return None
    match = _SHARE_SAID_SHORT_RE.match(sentence, figure.end)
    if match is None:
        return None
    unit = "cdcs" if (figure.label or "").startswith("cđcs") else "enterprise"
    labelled = other_label(sentence[match.end() : match.end() + RIGHT_REACH], unit, reach=3)
    if labelled is None or labelled[0] == figure.label:
        return None
    share = Figure(
        metric="other",
        kind=figure.kind,
        start=match.start("num"),
        end=match.end() + labelled[1],
        percent=parse_number(match["num"]),
        percent_kind="rate",
        label=labelled[0],
    )
    qualifier = match["qual"] or match["floor"]
    if qualifier:
        share.qualifiers["percent"] = qualifier.strip().lower()
    return share


# Ratings of unions listed each before its count, under a heading that rates unions: "Kết quả
# đánh giá, xếp loại CĐCS năm học 2023-2024: vững mạnh 486 (chiếm 81,3%), khá 94 (15,7%), trung
# bình 18 (3%)", "Xếp loại CĐCS: hoàn thành xuất sắc nhiệm vụ 21/87 (24,1%); hoàn thành tốt nhiệm vụ
# 52 (59,8%); …" (probes181; a report's table row read as text).
# (or a heading with no union named, each count then naming its unions: "Kết quả xếp loại: hoàn
# thành xuất sắc nhiệm vụ 962 CĐCS (83,8%); …", probes187)
# (or the list in brackets after it: "Kết quả xếp loại (hoàn thành xuất sắc nhiệm vụ: 128 CĐCS;
# hoàn thành tốt nhiệm vụ: 201 CĐCS; …)", probes324)
_RATINGS_HEADING_RE = re.compile(
    # (their count too: "Kết quả xếp loại 142 CĐCS: hoàn thành xuất sắc nhiệm vụ 38 đơn vị
    # (26,8%); …", probes524)
    rf"\b{w.RATING_VERBS}(?P<unions>\s+(?:\d{{1,3}}(?:\.\d{{3}})*\s+)?"
    rf"(?:{w.CDCS_WORDS}|công đoàn cơ sở)\b)?"
    # (no count before its bracket: "Kết quả đánh giá, 78,6% CĐCS (1.318 đơn vị) …", probes290)
    r"(?:[^:;(]{0,60}:|[^:;(\d]{0,60}\()",
    re.IGNORECASE,
)
_GRADE_FIRST_RE = re.compile(
    # (or its count in brackets: "hoàn thành xuất sắc nhiệm vụ (412 đơn vị), hoàn thành tốt nhiệm
    # vụ (796 đơn vị)", probes173)
    # (or "là" before it: "Số CĐCS hoàn thành xuất sắc nhiệm vụ là 138, hoàn thành tốt nhiệm vụ là
    # 329", probes273)
    rf"\s*(?:đạt\s+|loại\s+)?{w.GRADE_WORDS}\s*(?::|\s+là\b)?\s*(?P<bracket>\(\s*)?"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?"
    r"(?P<n>\d+(?:\.\d{3})*(?:\s*/\s*\d+(?:\.\d{3})*)?)"
    r"(?:\s+(?:(?P<named>CĐCS|công đoàn cơ sở)|đơn vị))?"
    r"(?(bracket)\s*\))"
    r"(?:\s*\(\s*(?:chiếm\s+)?(?P<pct>\d{1,3}(?:,\d+)?)\s*%\s*\)"
    # (or its share after a comma: "hoàn thành tốt nhiệm vụ 81 đơn vị, chiếm 57%; …")
    r"|\s*,\s*chiếm\s+(?P<pct2>\d{1,3}(?:,\d+)?)\s*%)?"
    r"\s*(?P<sep>[,;]|\.(?!\d)|$)",
    re.IGNORECASE,
)


# (or a list going on after a count of unions rated: "số CĐCS đạt vững mạnh là 09 đơn vị; khá 03
# đơn vị, không có đơn vị trung bình", H51-024)
_RATED_LABEL_RE = re.compile(r"cđcs (?:trong sạch )?(?:vững mạnh|khá|xuất sắc|hoàn thành)")
_NEXT_ITEM_RE = re.compile(r"\s*[,;]\s*")


def _lists_of_grades(sentence: str, figures: list[Figure]) -> Iterator[tuple[int, bool]]:
    """Where a list of ratings each before its count starts, and whether the units it counts are
    unions: past a heading that rates, or past a count of unions rated."""
    heading = _RATINGS_HEADING_RE.search(sentence)
    if heading is not None:
        yield heading.end(), bool(heading["unions"])
    for figure in figures:
        if figure.metric == "other" and _RATED_LABEL_RE.match(figure.label or ""):
            after = _NEXT_ITEM_RE.match(sentence, figure.end)
            if after is not None:
                yield after.end(), True


def grades_listed_first(sentence: str, figures: list[Figure]) -> list[Figure]:
    """`figures` with the ratings listed each before its count (_GRADE_FIRST_RE)."""
    added = []
    for start, unions in list(_lists_of_grades(sentence, figures)):
        added += _grades_from(sentence, start, unions, figures + added)
    return sorted(figures + added, key=lambda f: f.start) if added else figures


def _grades_from(sentence: str, start: int, unions: bool, figures: list[Figure]) -> list[Figure]:
    found = quantities(sentence)
    added = []
    item = _GRADE_FIRST_RE.match(sentence, start)
    while item is not None:
        quantity = next((q for q in found if q.start == item.start("n")), None)
        if (
            quantity is not None
            and not quantity.percent
            and not lowest_grade(item["grade"])
            and not any(f.start <= quantity.start < f.end for f in figures)
            and (unions or item["named"])
        ):
            at = item.start("grade")
            kind = plan_or_result(sentence, at, quantity)
            label = grade_label(item["grade"])
            end = len(sentence[: item.start("sep")].rstrip())
            figure = counted_figure("other", kind, at, end, quantity, label=label)
            if item["qual"]:
                figure.qualifiers["achieved"] = item["qual"].lower()
            if item["pct"] or item["pct2"]:
                figure.percent = parse_number(item["pct"] or item["pct2"])
                figure.percent_kind = "rate"
            added.append(figure)
        if item["sep"] in ("", "."):
            break
        item = _GRADE_FIRST_RE.match(sentence, item.end())
    return added


# Ratings said in turn with their counts: "số CĐCS được xếp loại vững mạnh, khá và trung bình của
# Công đoàn ngành Y tế TP Hồ Chí Minh lần lượt là 58, 31 và 6 đơn vị" (probes533). Each count is
# of its own rating (the lowest ones are none reached, lowest_grade).
_A_GRADE = w.GRADE_WORDS.replace("(?P<grade>", "(?:")
_GRADES_IN_TURN_RE = re.compile(
    rf"\b(?:{w.CDCS_WORDS}|công đoàn cơ sở|đơn vị)"
    # (whose they are may come first: "số CĐCS thuộc Công đoàn Giáo dục tỉnh Lâm Đồng được xếp loại
    # vững mạnh, khá và trung bình lần lượt là 286, 41 và 5 đơn vị", probes926)
    r"(?:\s+(?:thuộc|của)\s+[^,;:\d]{1,60}?(?=\s+(?:được\s+)?(?:xếp loại|đánh giá)))?"
    rf"\s+(?:được\s+)?(?:xếp loại|đánh giá|đạt)?\s*"
    rf"(?P<grades>{_A_GRADE}(?:\s*,\s*{_A_GRADE})*\s*,?\s+và\s+{_A_GRADE})"
    rf"[^;:\d]{{0,80}}?\s(?:{w.IN_TURN.pattern})\s+(?:là|có|đạt)\s+"
    r"(?P<values>\d[\d.]*(?:\s*,\s*\d[\d.]*)*\s*,?\s+và\s+\d[\d.]*)"
    r"(?:\s+(?:đơn vị|CĐCS|công đoàn cơ sở))?(?![\d%/,])",
    re.IGNORECASE,
)


def says_grades_in_turn(sentence: str) -> bool:
    return _GRADES_IN_TURN_RE.search(sentence) is not None


def grades_in_turn(sentence: str, figures: list[Figure]) -> list[Figure]:
    """`figures` with each count of ratings said in turn (_GRADES_IN_TURN_RE)."""
    turn = _GRADES_IN_TURN_RE.search(sentence)
    if turn is None:
        return figures
    grades = re.split(r"\s*,\s*(?:và\s+)?|\s+và\s+", turn["grades"])
    counted = [q for q in quantities(sentence) if turn.start("values") <= q.start < turn.end()]
    if len(grades) != len(counted) or any(q.percent or q.relation for q in counted):
        return figures
    # (in place of what the rules read of them one by one: "… và yếu … lần lượt là 112, 40 và 3
    # đơn vị" is no "3 đơn vị" rated as the first)
    figures = [f for f in figures if not any(f.start <= q.start < f.end for q in counted)]
    added = []
    for grade, quantity in zip(grades, counted, strict=True):
        if lowest_grade(grade):
            continue
        kind = plan_or_result(sentence, quantity.start, quantity)
        added.append(
            counted_figure(
                "other", kind, quantity.start, quantity.end, quantity, label=grade_label(grade)
            )
        )
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# Agreements counted as "bản" alone, the agreement named elsewhere in the sentence: "ký mới 64 bản
# và ký lại 112 bản thỏa ước đã hết hạn", "ký mới 41 bản thỏa ước …, đạt 68,3% kế hoạch năm; ký lại
# 65 bản" (probes155).
_SIGNED_COPIES_RE = re.compile(
    r"\bký(?:\s+kết)?(?:\s+(?:mới|lại))?(?:\s*,\s*ký\s+(?:mới|lại))?\s+(?:được\s+)?"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)\s+bản\b"
    r"(?!\s+(?:thỏa ước|thoả ước|TƯLĐTT|TƯLĐ))",
    re.IGNORECASE,
)


_COPIES_PLANNED_RE = re.compile(
    r"\s*,?\s*(?:kế hoạch|chỉ tiêu)(?:\s+(?:năm|là|đề ra|giao))?\s+"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?:\s+bản)?(?![\d%])",
    re.IGNORECASE,
)


_COPIES_PLANNED_BEFORE_RE = re.compile(
    r"\b(?:chỉ tiêu|kế hoạch)\b[^;%\d]{0,40}?\s(?P<n>\d{1,3}(?:\.\d{3})+|\d+)\s+(?:bản\s+)?"
    r"(?:thỏa ước|thoả ước|TƯLĐTT)\b[^;%\d]{0,60}?,\s*(?:(?:đến nay|hiện|nay)\s+)?"
    # (the speakers who signed: "Chỉ tiêu tỉnh giao 45 bản thỏa ước, chúng tôi ký được 47 bản",
    # probes361)
    r"(?:(?:chúng tôi|chúng em|bọn tôi)\s+)?(?:đã\s+)?$"
    # (or in a clause of its own before, and a time and who signed in between: "Chỉ tiêu năm 2022
    # là 30 bản thỏa ước; đến hết tháng 9, Công đoàn Khu kinh tế đã hướng dẫn ký được 28 bản",
    # probes214)
    r"|\b(?:chỉ tiêu|kế hoạch)\b(?:[^;%\d]|(?<=năm )\d{4}){0,40}?\s(?P<n2>\d{1,3}(?:\.\d{3})+|\d+)"
    r"\s+(?:bản\s+)?(?:thỏa ước|thoả ước|TƯLĐTT)\b[^;%\d]{0,40}?;\s*"
    r"(?:[^;%\d]|(?<=tháng )\d{1,2}\b|(?<=năm )\d{4}){0,80}?\s(?:đã\s+)?(?:hướng dẫn\s+)?$",
    re.IGNORECASE,
)


def agreements_said_short(sentence: str, figures: list[Figure]) -> list[Figure]:
    if "bản" not in sentence or not w.AGREEMENT_UNIT.search(sentence):
        return figures
    added = []
    found = quantities(sentence)
    for signed in _SIGNED_COPIES_RE.finditer(sentence):
        quantity = next((q for q in found if q.start == signed.start("n")), None)
        if quantity is None or quantity.relation or quantity.percent:
            continue
        if any(f.start <= quantity.start < f.end for f in figures):
            continue
        # (nor what a condition would lead to: "Thỏa ước mà chỉ chép lại luật thì ký 100 bản cũng
        # không có ý nghĩa gì", probes164)
        if re.search(r"\bthì\s*$", sentence[: signed.start()], re.I):
            continue
        kind = plan_or_result(sentence, signed.start(), quantity)
        figure = counted_figure(
            "other", kind, signed.start(), signed.end(), quantity, label="thỏa ước lao động tập thể"
        )
        figure.qualifiers.update(qualifiers_of(quantity, kind, sentence, signed.end()))
        # (its target said after it: "ký mới được 58 bản, kế hoạch 70 bản, đạt 83%", probes153)
        target = _COPIES_PLANNED_RE.match(sentence, figure.end)
        if target and kind == "result":
            figure.target, figure.end = parse_number(target["n"]), target.end()
        # (or before it: "được … giao chỉ tiêu 30 thỏa ước lao động tập thể, đến nay đã ký được 22
        # bản, đạt 73,3%", probes189)
        before = rightmost(_COPIES_PLANNED_BEFORE_RE, sentence[: signed.start()])
        if target is None and before and kind == "result":
            number = "n" if before["n"] else "n2"
            figure.target = parse_number(before[number])
            figure.start = before.start()
            target = before
            # (the target read on its own before is this figure's now)
            told = before.start(number)
            figures = [f for f in figures if not (f.kind == "plan" and f.start <= told < f.end)]
        percent = percent_after(sentence, figure.end, quantity, "other")
        if percent:
            take_percent(figure, percent)
            if target and figure.percent_kind == "rate":
                figure.percent_kind = "of_target"
        added.append(figure)
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# The next units listed by their body after a share of units that did something, the deed left to
# the first: "LĐLĐ Quận 12 có 420/455 doanh nghiệp tổ chức hội nghị người lao động, đạt 92,3%; LĐLĐ
# TP Thủ Đức 610/702 doanh nghiệp, đạt 86,9%; LĐLĐ huyện Bình Chánh 288/350 doanh nghiệp, đạt
# 82,3%" (probes362; members and unions listed so are read by their verb's list,
# _development_figure).
# (or a place or a zone, where it was, its count after "là" or "có", x out of y said "trên", its
# percent in brackets: "…; tại thành phố Bà Rịa là 58 doanh nghiệp", "LĐLĐ huyện Vĩnh Bảo có 46
# trên 52 CĐCS đạt tiêu chuẩn vững mạnh, LĐLĐ huyện Tiên Lãng có 39 trên 47 CĐCS", "…, KCN Yên
# Phong 135/140 doanh nghiệp (96,4%)", probes405)
_NEXT_BODYS_UNITS_RE = re.compile(
    # (past the bracket the first figure's percent closes)
    # (or past the rest of its label's name: "… ký mới thỏa ước lao động tập thể, huyện Bến Lức 21
    # doanh nghiệp, huyện Cần Giuộc 18 doanh nghiệp", probes408)
    r"(?:\s+[^\W\d][^\s,;()]*){0,6}?"
    rf"(?:\s*\))?\s*[;,]\s*(?:và\s+|còn\s+)?(?:(?:tại|ở)\s+)?"
    rf"(?P<org>{w.ORGANISATION.pattern}|{w.BODY_NAME})\s+(?:(?:có|là)\s+)?"
    # (hedged too: "LĐLĐ TP Thủ Đức đã phối hợp tổ chức trên 300 cuộc đối thoại, LĐLĐ quận Gò Vấp
    # hơn 180 cuộc", probes424)
    # (not the "trên" of a pair after a name's number: "LĐLĐ huyện Mỹ Đức 96 trên 101 CĐCS",
    # probes432)
    rf"(?:(?!(?<=\d )trên\b)(?P<qual>{QUALIFIER})\s+)?"
    r"(?P<x>\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?:(?:\s*/\s*|\s+trên\s+(?:tổng số\s+)?)(?P<y>\d{1,3}(?:\.\d{3})+|\d+))?"
    # (or the meetings or agreements themselves: "… phối hợp tổ chức 193 cuộc đối thoại, LĐLĐ TP
    # Đồng Xoài 74 cuộc, LĐLĐ huyện Hớn Quản 52 cuộc", probes413)
    # (or bare, a pair of the first one's units, other_counts_listed_by_body: "… có 27/29 CĐCS đạt
    # vững mạnh, Công đoàn Tổng công ty Điện lực miền Nam 25/27, …", probes468)
    r"(?:\s+(?P<unit>doanh nghiệp|DN|CĐCS|công đoàn cơ sở|đơn vị|cơ quan(?:,\s*đơn vị)?|cuộc|bản)"
    r"|(?=\s*(?:[;,.]|$)))"
    r"(?:\s*,\s*(?:đạt|chiếm)\s+(?:t[ỷỉ] lệ\s+)?(?P<p>\d{1,3}(?:,\d+)?)\s*%"
    r"|\s*\(\s*(?:đạt\s+|chiếm\s+)?(?P<pb>\d{1,3}(?:,\d+)?)\s*%\s*\))?"
    r"(?=\s*(?:[;.,]|$))",
    w.ORGANISATION.flags,
)


# A body's pair or count listed before the one its indicator is said after, the same unit each:
# "LĐLĐ huyện Ba Vì 112/115 CĐCS, LĐLĐ huyện Thạch Thất 80/80 CĐCS đã tổ chức xong đại hội" (the
# README's known gap "x/y lists whose label comes after the last item").
_COUNT_OF_UNITS = (
    r"(?P<x>\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?:(?:\s*/\s*|\s+trên\s+(?:tổng số\s+)?)(?P<y>\d{1,3}(?:\.\d{3})+|\d+))?\s+"
    r"(?P<unit>doanh nghiệp|DN|CĐCS|công đoàn cơ sở|đơn vị|trường|cơ quan)\b"
)
_BODY_BEFORE_ITS_COUNT = (
    rf"\s*(?:(?:tại|ở)\s+)?(?P<org>{w.ORGANISATION.pattern}|{w.BODY_NAME})\s+"
    r"(?:(?:có|là|đạt)\s+)?"
)
_LISTED_ITEM_RE = re.compile(
    _BODY_BEFORE_ITS_COUNT + _COUNT_OF_UNITS + r"\s*", w.ORGANISATION.flags
)
_ITS_BODY_RE = re.compile(_BODY_BEFORE_ITS_COUNT, w.ORGANISATION.flags)
_ITS_COUNT_RE = re.compile(_COUNT_OF_UNITS, w.ORGANISATION.flags)
_LIST_CUT_RE = re.compile(r"[,;:]|\s+và\s+")


def _items_back_from(sentence: str, end: int) -> list[tuple[int, int]]:
    """The stretches between list marks (_LIST_CUT_RE) before `end`, the nearest first."""
    cuts = [m.span() for m in _LIST_CUT_RE.finditer(sentence, 0, end)]
    starts = [0, *(cut_end for _, cut_end in cuts)]
    ends = [*(cut_start for cut_start, _ in cuts), end]
    return list(zip(starts, ends, strict=True))[::-1]


def _listed_before(sentence: str, figure: Figure) -> list[Figure]:
    """The items "<body> x/y <unit>" each after a comma, a semicolon or "và" before `figure`'s own
    body, its unit and form (pair or count) theirs, or bare pairs before its pair ("huyện Yên Dũng
    46/46, huyện Lạng Giang 58/60, thị xã Việt Yên 39/41 cơ quan, đơn vị đã tổ chức hội nghị …",
    probes471): figures of its indicator."""
    own = _ITS_COUNT_RE.match(sentence, figure.start)
    if own is None or (own["y"] is None) != (figure.target is None):
        return []
    own_body, *before = _items_back_from(sentence, figure.start)
    if not before or not _ITS_BODY_RE.fullmatch(sentence, *own_body):
        return []
    listed = []
    for begin, end in before:
        item = _LISTED_ITEM_RE.fullmatch(sentence, begin, end)
        if item is not None and item["unit"].lower() != own["unit"].lower():
            break
        if item is None and own["y"] is not None:
            item = _BARE_PAIR_ITEM_RE.fullmatch(sentence, begin, end)
        if item is None or (item["y"] is None) != (own["y"] is None):
            break
        if w.NOT_A_NAME_RE.search(item["org"]):
            break
        listed.append(
            dataclasses.replace(
                figure,
                start=item.start("x"),
                end=item.end("unit" if item.re is _LISTED_ITEM_RE else "y"),
                achieved=parse_number(item["x"]),
                target=parse_number(item["y"]) if item["y"] else None,
                percent=None,
                percent_kind=None,
                qualifiers={},
                organisation=None,
                period=None,
            )
        )
    return listed


# Bodies' pairs listed bare, then named as the count of what units did: "TP Quy Nhơn 96/102, thị xã
# An Nhơn 38/41, huyện Phù Cát 27/31 là số doanh nghiệp đã tổ chức đối thoại định kỳ trên tổng số
# doanh nghiệp có CĐCS" (probes468).
_NAMED_AFTER_RE = re.compile(
    r"\s+là\s+(?:số|tổng số)\s+"
    r"(?P<unit>doanh nghiệp|DN|CĐCS|công đoàn cơ sở|đơn vị|cơ quan(?:,\s*đơn vị)?|trường)\b",
    re.IGNORECASE,
)
_BARE_PAIR_ITEM_RE = re.compile(
    _BODY_BEFORE_ITS_COUNT
    + r"(?P<x>\d{1,3}(?:\.\d{3})+|\d+)\s*(?:/|\s+trên\s+)\s*(?P<y>\d{1,3}(?:\.\d{3})+|\d+)\s*",
    w.ORGANISATION.flags,
)


def pairs_named_after(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Two bodies' bare pairs at least, before _NAMED_AFTER_RE: figures of the indicator the
    words after the units name."""
    added = []
    for named in _NAMED_AFTER_RE.finditer(sentence):
        unit = "cdcs" if re.match(r"C|đơn", named["unit"], re.I) else "enterprise"
        label = other_label(sentence[named.end() :], unit)
        if label is None:
            continue
        items = []
        for begin, end in _items_back_from(sentence, named.start()):
            item = _BARE_PAIR_ITEM_RE.fullmatch(sentence, begin, end)
            if item is None or w.NOT_A_NAME_RE.search(item["org"]):
                break
            items.append(item)
        if len(items) < 2:
            continue
        added.extend(
            Figure(
                metric="other",
                kind="result",
                start=item.start("x"),
                end=item.end("y"),
                achieved=parse_number(item["x"]),
                target=parse_number(item["y"]),
                label=label[0],
            )
            for item in reversed(items)
            if not any(f.start < item.end("y") and item.start("x") < f.end for f in figures)
        )
    return sorted(figures + added, key=lambda f: f.start) if added else figures


def other_pairs_listed_before(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The bodies' pairs or counts listed before the one whose indicator is said after it
    (_listed_before): figures of that indicator, when no figure reads them yet."""
    added = []
    for figure in figures:
        if figure.kind != "result" or figure.achieved is None:
            continue
        added.extend(
            f
            for f in _listed_before(sentence, figure)
            if not any(g.start <= f.start < g.end or f.start <= g.start < f.end for g in figures)
        )
    return sorted(figures + added, key=lambda f: f.start) if added else figures


def other_counts_listed_by_body(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The units of each body listed after the first's figure (_NEXT_BODYS_UNITS_RE): figures of
    its indicator."""
    added = []
    for figure in figures:
        if figure.metric != "other" or figure.kind != "result" or figure.achieved is None:
            continue
        # ("…; tại thành phố Bà Rịa là 58 doanh nghiệp" after both indicators of one count)
        at = _past_its_labels(figures, figure)
        while (item := _NEXT_BODYS_UNITS_RE.match(sentence, at)) is not None:
            if any(item.start("org") <= f.start < item.end() for f in figures):
                break
            if w.NOT_A_NAME_RE.search(item["org"]):
                break
            # (a bare one only a pair after a pair)
            if item["unit"] is None and (item["y"] is None or figure.target is None):
                break
            # (meetings or copies only after a count of them: not "… 40 bản …, LĐLĐ huyện A 12
            # cuộc")
            if (item["unit"] or "").lower() in ("cuộc", "bản") and not _said_in(
                sentence, figure, item["unit"]
            ):
                break
            listed = Figure(
                metric="other",
                kind="result",
                start=item.start("org"),
                end=item.end(),
                achieved=parse_number(item["x"]),
                target=parse_number(item["y"]) if item["y"] else None,
                label=figure.label,
                qualifiers={"achieved": item["qual"].lower()} if item["qual"] else {},
            )
            if item["p"] or item["pb"]:
                listed.percent, listed.percent_kind = parse_number(item["p"] or item["pb"]), "rate"
            added.append(listed)
            at = item.end()
    return sorted(figures + added, key=lambda f: f.start) if added else figures


# Counts said in turn before the indicators they count, each read for every indicator: "…, lần
# lượt có 196 và 152 doanh nghiệp tổ chức hội nghị người lao động và đối thoại định kỳ tại nơi làm
# việc" (probes932): the first count is the first indicator's, the second the second's. Not when
# the turn is of another list the clause joins, bodies or times ("Công đoàn KCN Phố Nối A và Công
# đoàn KCN Thăng Long II lần lượt có 26 và 19 doanh nghiệp tổ chức hội nghị người lao động và đối
# thoại định kỳ", probes842; "Năm 2023 và 6 tháng đầu năm 2024, lần lượt có …", probes605), nor
# when the units did both ("… vừa tổ chức hội nghị người lao động vừa đối thoại định kỳ",
# probes823): the clause joins two lists only, the counts and the indicators.
_IN_TURN_RE = re.compile(r"\b(?:lần lượt|tương ứng|theo thứ tự)\b", re.IGNORECASE)
_JOINED_RE = re.compile(r"\svà\s", re.IGNORECASE)
_BOTH_RE = re.compile(r"\b(?:vừa|đồng thời|cùng lúc|cùng với)\b", re.IGNORECASE)


def counts_in_turn_of_indicators_in_turn(sentence: str, figures: list[Figure]) -> list[Figure]:
    """See _IN_TURN_RE."""
    counts: dict[int, list[Figure]] = {}
    for figure in figures:
        if figure.metric == "other" and figure.label and figure.kind == "result":
            counts.setdefault(figure.start, []).append(figure)
    starts = sorted(counts)
    labels = [[f.label for f in counts[start]] for start in starts]
    if len(starts) < 2 or any(each != labels[0] for each in labels):
        return figures
    if len(set(labels[0])) != len(starts):
        return figures
    clause_start = max((m.end() for m in w.CLAUSE_STOP.finditer(sentence, 0, starts[0])), default=0)
    if not _IN_TURN_RE.search(sentence, clause_start, starts[1]):
        return figures
    clause_end = next(
        (m.start() for m in w.CLAUSE_STOP.finditer(sentence, starts[-1])), len(sentence)
    )
    clause = sentence[clause_start:clause_end]
    if len(_JOINED_RE.findall(clause)) != 2 or _BOTH_RE.search(clause):
        return figures
    kept = [counts[start][index] for index, start in enumerate(starts)]
    dropped = [f for start in starts for f in counts[start] if not any(f is k for k in kept)]
    return [f for f in figures if not any(f is d for d in dropped)]
