"""The Vietnamese wording of union-development reports: what is counted, by which verb, for when.

Every pattern is matched case-insensitively on NFC text with Đ repaired (see ..text.normalize_text).
Tone placement varies between sites ("thỏa"/"thoả"), so both spellings are written where it does.
"""

from __future__ import annotations

import re

from .numbers import QUALIFIER

# Vietnamese capitals and small letters as regex classes ("À-Ỹ" would also take small letters).
UPPER = "".join(chr(c) for c in range(0x41, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
LOWER = "".join(chr(c) for c in range(0x61, 0x1EFA) if chr(c).islower() and chr(c).isalpha())


def _re(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


# A grassroots union by any of its names: "công đoàn cơ sở", "CĐCS", "CĐ cơ sở" ("công đoàn cấp cơ
# sở" in the 2025 statute's wording).
CDCS_WORDS = r"(?:công đoàn (?:cấp )?cơ sở|CĐCS|CĐ (?:cấp )?cơ sở)"

# A union member by any of the names: "đoàn viên (công đoàn)", "ĐV (công đoàn)", "ĐVCĐ"; and the
# names that say the union itself (a bare "đoàn viên" may be the Youth Union's).
# ("CĐ viên", công đoàn viên: "đã phát triển mới 2.037 CĐ viên", the rubber workers' union)
# ("công đoàn viên", its long form: "giới thiệu công đoàn viên ưu tú cho Đảng"; not the civil
# servants' union, "Công đoàn Viên chức")
_UNION_MEMBER_LONG = r"công đoàn viên\b(?!\s+chức)"
MEMBER_WORDS = (
    rf"(?:{_UNION_MEMBER_LONG}|(?:đoàn viên|ĐV\b)(?:\s+(?:công đoàn|CĐ)\b)?|ĐVCĐ\b|CĐ\s?viên\b)"
)
UNION_MEMBER_WORDS = (
    rf"(?:{_UNION_MEMBER_LONG}|(?:đoàn viên|ĐV)\s+(?:công đoàn|CĐ)\b|ĐVCĐ\b|CĐ\s?viên\b)"
)
# The number of a percent: "60,5", and "60.5" on pages that write decimals after a dot (see
# numbers._DIGITS); never the tail of another number ("5.3%" is not "3%").
PERCENT_NUMBER = r"(?<![\d.,])\d+(?:,\d+|\.\d{1,2}(?=\s*%))?"
# The verbs that measure a figure by its percent: "đạt 55%", "bằng 105%", "vượt 12%", "hoàn thành
# 221%" (the percent of the plan), "đạt tỉ lệ 68%".
PERCENT_VERB = r"(?:đạt t[ỷỉ] lệ|đạt|bằng|vượt|hoàn thành)"
# What a percent of the plan is measured against: "kế hoạch", "chỉ tiêu", "KH", "chỉ tiêu kế hoạch".
PLAN_NOUN = r"(?:chỉ tiêu\s+kế hoạch|kế hoạch|chỉ tiêu|KH\b)"
# The targets said right after the results to be far from them, the clause's own yardstick: "…,
# nâng kết quả 9 tháng lên 4.410 đoàn viên, 21 CĐCS, song vẫn còn cách xa chỉ tiêu 7.000 đoàn viên
# và 35 CĐCS mà Tổng Liên đoàn giao", probes915 (the numbers follow it).
FAR_FROM_THE_TARGETS = (
    r"[,;]\s*(?:(?:tuy nhiên|nhưng|song)\s*,?\s+)?(?:(?:vẫn|còn|đều)\s+)*"
    rf"(?:cách xa|còn xa|thấp hơn|chưa đạt)\s+(?:so với\s+)?{PLAN_NOUN}"
    r"(?:\s+(?:năm nay|năm|cả năm|được giao|giao|đề ra))*"
)
# The plan named as a yardstick right after a percent or count: "… 96% kế hoạch", "… so với chỉ
# tiêu".
OF_THE_PLAN_AFTER = _re(rf"\s*(?:so với\s+)?{PLAN_NOUN}")  # used with .match

# --- What a number counts: the noun right after it ------------------------------------------------

# Grassroots unions: "11/20 CĐCS", "8 Công đoàn cơ sở", "3 nghiệp đoàn". A bare "công đoàn" after a
# number is a grassroots union too ("thành lập 5 công đoàn"), unless it is a level or a fee.
CDCS_UNIT = _re(
    # "2.074 lượt CĐ cơ sở đạt danh hiệu vững mạnh": unions counted once a year each
    r"(?:lượt\s+)?(?:tổ chức\s+)?"
    r"(?:công đoàn (?:cấp )?cơ sở|CĐCS|CĐ (?:cấp )?cơ sở|CĐCS thành viên|"
    r"nghiệp đoàn(?: cơ sở)?(?!\s*viên)|NĐ\b"
    # not a level above ("Công đoàn ngành", and since the 2025 reorganisation "Công đoàn xã/phường")
    # ("công đoàn khu vực ngoài nhà nước" is a grassroots union of a sector, "Công đoàn Khu công
    # nghiệp" a level above)
    r"|(?:công đoàn|CĐ\b)(?!\s+(?:viên|phí|ngành|cấp|các|huyện|quận|tỉnh|thành phố|tp\b|"
    # (the regional unions of the 2025 reorganisation too: "quyết định thành lập 12 công đoàn khu
    # vực, thay thế các LĐLĐ quận, huyện", probes529)
    r"khu(?!\s+vực\s+(?:ngoài|nhà nước|doanh nghiệp|hành chính|sự nghiệp|FDI|có vốn|kinh tế tư))|"
    r"Việt Nam|bộ phận|xã|phường|đặc khu)))"
)
# ... and "cơ sở" alone, as union chairs say it, where no noun names another kind of place after it
# ("Năm ngoái mình thành lập được 26 cơ sở", "Có 118 cơ sở đạt vững mạnh", probes123; not "cơ sở
# lưu trú", "cơ sở sản xuất").
CDCS_SPOKEN_UNIT = _re(
    r"cơ sở(?=\s*(?:[,.;:”\"!?)–-]|$)|\s+(?:rồi|thôi|nữa|đạt|trên|mới|với|nhưng|và|khá|vững mạnh|"
    r"trung bình|yếu|hoàn thành|tổ chức|đã|được|là|trong|so với|còn|chưa|thì|xếp loại)\b)"
)
# People a union recruits or introduces: members, workers, employees.
MEMBER_UNIT = _re(
    r"(?:lượt\s+)?(?:nữ\s+)?"
    r"(?:(?:(?:nghiệp\s+|công\s+)?đoàn viên|ĐV\b)(?:\s+công đoàn|\s+CĐ\b)?|ĐVCĐ|CĐ\s?viên\b|"
    r"người lao động|NLĐ\b|"
    r"CNVC\s*-?\s*LĐ|"
    r"CNVCLĐ|VCLĐ\b|CNLĐ|CNVC\b|CBCCVCLĐ|CBCCVC|CB,\s*CC,\s*VC|CBGV|CB\.?\s*CNV\b|CBCNV|CBCĐ\b|CB\b|"
    # (the informal workers nghiệp đoàn gather: "180 tài xế Grab bike đăng ký tham gia Nghiệp đoàn",
    # H39-031)
    r"ngư dân|xã viên|chị\b|tài xế|lái xe|"
    # ("vận động 2.875 thanh niên công nhân gia nhập công đoàn": young workers)
    r"(?:thanh niên\s+)?công nhân(?:,?\s+viên chức)?(?:,?\s+lao động)?|"
    r"lao động|viên chức|quần chúng|đồng chí|cán bộ|người|đảng viên|trường hợp|nhân viên|đại biểu|"
    # (teachers and workers as the news and their chairs call them: "211 nhà giáo … đã được kết
    # nạp", "giới thiệu được 15 anh chị em", probes94)
    # ("anh em" too, the workers a chair means: "giới thiệu được 11 anh em công nhân cho chi bộ",
    # probes922)
    r"giáo viên|nhà giáo|anh chị em|anh em(?:\s+công nhân)?|"
    # (people named by their trade: "312 y bác sĩ, điều dưỡng vinh dự trở thành đảng viên",
    # "Đảng ủy Tổng công ty … đã kết nạp 26 kỹ sư, công nhân", probes99)
    r"kỹ sư|y,?\s*bác sĩ|bác sĩ|điều dưỡng|giảng viên|thợ lò|thợ mỏ|"
    # (and the other trades the union news names its people by: "kết nạp 86 tiểu thương vào
    # Nghiệp đoàn chợ", "47 thuyền viên gia nhập công đoàn", "giới thiệu 12 dược sĩ, kỹ thuật viên
    # cho Đảng")
    r"dược sĩ|y sĩ|kỹ thuật viên|hộ lý|tiểu thương|thuyền viên|shipper|công chức|"
    # (young workers as chairs call them: "tụi tôi kết nạp được 86 bạn", probes138)
    r"bạn(?!\s+(?:đọc|bè|học|nghe|xem))(?:\s+trẻ)?|"
    # (craftsmen of the craft villages, the nghiệp đoàn's people: "thành lập 2 nghiệp đoàn gốm sứ
    # tại làng nghề Bát Tràng, thu hút 64 thợ thủ công tham gia", probes936)
    r"(?:thầy|cô) giáo|thợ (?:may|hồ|xây|điện|cơ khí|hàn|mộc|cắt tóc|thủ công|gốm|mây tre|"
    r"sơn mài|chạm|đá)|nghệ nhân)"
)
# The counted noun written before its number, in tallies: "thực hiện phát triển đoàn viên được
# 551/530 đạt 103,96%, thành lập công đoàn cơ sở được 3/7 đạt 42,85%" (a number that a word follows
# counts that word instead: see NOUN_FRONTED_END).
NOUN_FRONTED = _re(
    r"(?:kết nạp|phát triển|thành lập|giới thiệu|tập huấn|bồi dưỡng)(?:\s+(?:mới|thêm))?\s+"
    # ("giới thiệu đoàn viên ưu tú cho Đảng 86/80", "tập huấn cán bộ CĐCS 540 người")
    rf"(?:(?P<member>{MEMBER_WORDS}(?:\s+ưu tú)?(?:\s+cho Đảng)?)|"
    rf"(?P<cdcs>{CDCS_WORDS})|(?P<official>cán bộ(?:\s+(?:công đoàn|{CDCS_WORDS}))?))"
    # (or in brackets after it: "Phát triển đoàn viên (1.204/2.000, đạt 60,2%) và thành lập CĐCS
    # (6/10) là hai chỉ tiêu còn chậm", probes202)
    rf"(?:\s+mới)?\s*(?:(?:(?:chỉ|mới)\s+)?(?:được|đạt|là)\s+|:\s*|\(\s*"
    # (a time or a body between the noun and its "là": "Chỉ tiêu kết nạp đoàn viên năm 2024 của
    # huyện là 1.200"; "… năm 2024 của LĐLĐ tỉnh Ninh Thuận là 15 đơn vị", probes378)
    # (a body of many words too: "Chỉ tiêu thành lập CĐCS năm 2024 của Công đoàn Khu kinh tế Hải
    # Phòng là 20 đơn vị", probes792)
    # (not past a question's end: "… phát triển đoàn viên nhiệm kỳ qua ra sao? – Chỉ tiêu đặt ra
    # là 90.000, …", probes345)
    r"|(?:\s+(?:[^\s,;\d?]+|(?:19|20)\d\d)){1,12}?\s+là\s+)?"
    rf"(?:(?:{QUALIFIER})\s+)?$"
)
# A union body that does a deed, as its agent ("được LĐLĐ tỉnh … tập huấn").
UNION_BODY = r"Công đoàn|CĐCS|CĐ\b|LĐLĐ|Liên đoàn Lao động"
# Said to have been introduced by a union: "… do Công đoàn Công ty … giới thiệu", "8 đồng chí do
# Công đoàn và 7 đồng chí do Đoàn Thanh niên giới thiệu" (the verb shared with the next part).
INTRODUCED_BY_A_UNION = (
    # (or "được": "đều là đoàn viên công đoàn được Công đoàn Công ty … giới thiệu", probes102)
    rf"\b(?:do|được)\s+(?:tổ chức\s+)?(?:{UNION_BODY}|BCH|Ban Chấp hành)\b[^;.]{{0,60}}?\s+"
    r"giới thiệu\b"
)
# ... or before its verb: "Số CĐCS thành lập mới: 25, số đoàn viên kết nạp mới: 3.456".
NOUN_FRONTED_PASSIVE = _re(
    rf"(?:(?P<member>{MEMBER_WORDS}(?:\s+(?:công đoàn\s+)?ưu tú)?)|"
    rf"(?P<cdcs>{CDCS_WORDS})|"
    r"(?P<official>cán bộ(?:\s+công đoàn)?))\s+(?:(?:được|đã được|mới)\s+)?"
    # (with the union that did it: "Số cán bộ công đoàn cơ sở được Công đoàn Viên chức tỉnh Quảng
    # Ngãi tập huấn nghiệp vụ trong năm 2024 là 584 lượt người")
    rf"(?:(?:các\s+)?(?:{UNION_BODY})[^,;:\d]{{0,60}}?\s+)?"
    r"(?:kết nạp|phát triển|thành lập|giới thiệu|tập huấn|bồi dưỡng)(?:\s+(?:mới|thêm|được))*"
    # (a tally's heading with its other words: "Số cán bộ công đoàn được tập huấn, bồi dưỡng
    # nghiệp vụ: 3.260 lượt", "Số đoàn viên ưu tú giới thiệu cho Đảng: 418")
    r"(?:(?:,\s*|\s+và\s+)(?:đào tạo|bồi dưỡng|tập huấn))*"
    r"(?:\s+(?:nghiệp vụ|kỹ năng|chuyên môn|cho Đảng|vào Đảng))?"
    # (online: "Số lượt cán bộ được tập huấn trực tuyến qua nền tảng E-learning của Tổng Liên đoàn
    # đạt gần 280.000 lượt", probes200)
    r"(?:\s+trực tuyến)?"
    # (with its period: "Số CĐCS thành lập mới trong năm là 42"; and whose, before a colon: "Số
    # ĐVCĐ kết nạp mới 6 tháng đầu năm 2024 của LĐLĐ tỉnh Hậu Giang: 1.027/2.200")
    # ("số CĐCS được thành lập mới năm nay là 11 đơn vị")
    r"(?:\s+(?:trong\s+)?(?:năm nay|năm \d{4}|quý [IV]+|\d{1,2} tháng)[^,;:]{0,30}?"
    r"(?=\s*(?:là|đạt|lên|:))"
    r"|\s+trong\s+[^,;:]{1,30}?(?=\s*(?:là|đạt|lên|:))"
    # ("Số lượt cán bộ công đoàn được tập huấn từ đầu năm đến nay là 1.370", probes59)
    r"|\s+(?:từ đầu\s+(?:năm|quý|nhiệm kỳ)(?:\s+\d{4})?(?:\s+(?:đến|tới)\s+nay)?|(?:đến|tới) nay)"
    # (and whose: "nâng tổng số CĐCS thành lập mới từ đầu năm 2024 của LĐLĐ tỉnh Yên Bái lên 22
    # đơn vị, đạt 110% chỉ tiêu", probes555)
    r"(?:\s+(?:tại|ở|của)\s+[^,;:\d]{1,60}?)?"
    r"(?=\s*(?:là|đạt|lên|:))"
    # (and where: "số công đoàn cơ sở mới thành lập tại Bắc Giang năm 2024 đạt 71")
    # (or whose, then since when: "nâng tổng số CĐCS thành lập mới của LĐLĐ tỉnh Tây Ninh từ đầu
    # năm lên 24 đơn vị, đạt 120% chỉ tiêu", probes532)
    r"|\s+(?:tại|ở|của|trên địa bàn|qua)\s+[^,;:\d]{1,60}?"
    r"(?:\s+(?:trong\s+)?(?:năm \d{4}|năm nay))?"
    r"(?=\s*(?:là|đạt)\s)"
    r"|\s+(?:tại|ở|của)\s+[^,;:\d]{1,60}?\s+từ đầu\s+(?:năm|quý|nhiệm kỳ)(?:\s+\d{4})?"
    r"(?=\s*lên\s)"
    # (not the plan's: "Đoàn viên kết nạp mới – chỉ tiêu giao: 9.000; thực hiện: 9.812")
    r"|\s+(?:(?!chỉ tiêu|kế hoạch)[^;:\d]|\b(?:19|20)\d\d\b|\b\d{1,2}\s+tháng\b){1,80}?(?=\s*:))?"
    # (or the total of the new ones raised to it: "nâng tổng số CĐCS thành lập mới trong 9 tháng
    # lên 39 đơn vị, đạt 78% kế hoạch", probes317; see figure._unit_before)
    rf"\s*(?:(?:là|đạt|lên)\s+|:\s*)?(?:(?:{QUALIFIER})\s+)?$"
    # the admitted among those introduced: "…: 418; số được kết nạp: 291"
    rf"|\bsố\s+(?:được\s+)?(?P<admitted>kết nạp)(?:\s+vào\s+Đảng)?\s*(?:là\s+|:\s*)"
    rf"(?:(?:{QUALIFIER})\s+)?$"
)
# New ones tallied with no verb: "Đoàn viên mới: 2.135 người; CĐCS mới: 18 đơn vị – đó là kết quả …"
NEW_ONES = _re(
    rf"(?:^|[;,.:–-])\s*(?:số\s+)?(?:(?P<member>{MEMBER_WORDS})\s+(?:kết nạp\s+|phát triển\s+)?|"
    rf"(?P<cdcs>{CDCS_WORDS})\s+(?:được\s+)?(?:thành lập\s+)?)mới\s*:\s*$"
    # (or the count of them said to be so much: "Số đoàn viên mới đạt 5.126 người, bằng 85,4% kế
    # hoạch năm", probes57)
    rf"|\bsố\s+(?:(?P<member2>{MEMBER_WORDS})|{CDCS_WORDS})\s+mới"
    # (whose and when too: "Số đoàn viên mới của LĐLĐ tỉnh Bến Tre trong 9 tháng năm 2024 là 2.318
    # người, đạt 92,7% kế hoạch", probes409)
    r"(?:\s+(?:của|tại|ở)\s+[^,;:\d]{1,60}?)?"
    r"(?:\s+(?:trong năm|năm nay|năm qua|trong kỳ)"
    r"|\s+(?:trong\s+)?(?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?|quý\s+[IV]+|năm)"
    r"(?:\s*/?\s*(?:19|20)\d\d)?)?\s+(?:đạt|là)\s*$"
)
# An indicator named before the count, with its units: "tổng số công đoàn cơ sở toàn tỉnh đã tổ
# chức đại hội là 215/679 đơn vị", "Số CĐCS được đánh giá, xếp loại “Hoàn thành xuất sắc nhiệm
# vụ”: 214/986" (what the indicator is, other_label reads in `rest`).
FRONTED_INDICATOR = _re(
    # (not a total raised, nor what the units have: "nâng tổng số đơn vị có thỏa ước lao động tập
    # thể là 360")
    # (or the dialogues themselves: "Số cuộc đối thoại định kỳ tại nơi làm việc là 287 cuộc",
    # probes204)
    rf"(?<!nâng )\b(?:tổng\s+)?số\s+(?:(?P<cdcs>{CDCS_WORDS})|(?P<dialogue>cuộc\s+đối thoại)|"
    r"(?P<agreement>bản\s+(?:thỏa ước|thoả ước|TƯLĐTT|TƯLĐ))|"
    r"(?:doanh nghiệp|DN\b|đơn vị|cơ quan))"
    # (a year may be in it: "Số doanh nghiệp tổ chức đối thoại định kỳ năm 2018 là 312", probes85;
    # or a date: "Số CĐCS hoàn thành đại hội trước ngày 31/3/2025 là 687 đơn vị", probes204)
    # (the firms that have a union are no stock: "số doanh nghiệp có CĐCS tổ chức hội nghị người
    # lao động và đối thoại định kỳ lần lượt là 1.532/1.690 và 1.498/1.690", probes590)
    r"(?!\s+(?:hiện\s+)?(?:có|đang)\b(?!\s+(?:tổ chức\s+)?(?:công đoàn|CĐCS)\b))"
    r"(?P<rest>(?:[^;\d]|(?<=năm )(?:19|20)\d\d"
    r"|(?<=ngày )\d{1,2}/\d{1,2}(?:/(?:19|20)\d\d)?){0,80}?)"
    r"\s*(?:\s(?:là|đạt)\s*:?|:)\s*$"
)
# (a classifier may follow: "số cán bộ công đoàn được tập huấn: 412 lượt.")
# (or the plan it is of: "thành lập CĐCS mới chỉ đạt 41/60 đơn vị theo kế hoạch, do …")
# (or a dialogue's: "Số cuộc đối thoại … là 287 cuộc")
NOUN_FRONTED_END = _re(
    # (or copies of agreements: "số bản TƯLĐTT được ký mới … là 38 bản, …", probes480)
    r"^(?:\s+lượt(?:\s+người)?|\s+(?:cuộc|buổi|bản)(?=\s*[,;.]))?"
    r"(?:\s+theo\s+(?:kế hoạch|chỉ tiêu)(?:\s+(?:được\s+)?giao)?)?"
    # (a closing quote ends it too: "“Số cán bộ … được tập huấn: 3.260 lượt người”, ông … cho biết")
    rf"\s*(?:[,;.)(–—”\"’-]|$|{PERCENT_VERB}\b)"
)
# Officials of another body or force, after a plain "cán bộ": "tập huấn cho 450 cán bộ hội nông
# dân cơ sở", "tập huấn cho 300 cán bộ, chiến sĩ về phòng cháy chữa cháy" (a police force).
ANOTHER_BODYS_OFFICIALS = _re(
    # (the Youth Union's: "cho 1.050 cán bộ đoàn cơ sở")
    r"\s*(?:,\s*)?(?:các\s+)?(?:(?-i:hội|Hội)\b(?!\s+nghị)|chi hội|chiến sĩ|chiến sỹ|"
    r"(?-i:đoàn|Đoàn)\s+(?:cơ sở|trường|xã|phường|thanh niên)\b|"
    r"Mặt trận|MTTQ|(?:đoàn\s+)?thanh niên|phụ nữ|nông dân|cựu chiến binh|CCB\b|công an|quân sự|"
    r"quân đội|dân quân|biên phòng|kiểm lâm|y tế|dân số|"
    # (or firms' staff by their work: "tập huấn cho 150 cán bộ làm công tác nhân sự của doanh
    # nghiệp", probes428)
    # (not union work, "cán bộ làm công tác kế toán CĐCS", "… nữ công", probes178, probes331)
    r"(?:làm công tác|phụ trách)\s+(?:nhân sự|quản lý|tuyển dụng)\b|quản lý\b|nhân sự\b)"
)
# Officials a union trains.
OFFICIAL_UNIT = _re(
    r"(?:lượt\s+)?(?:cán bộ|CBCĐ\b|CB\b|đồng chí|(?:phó\s+)?chủ tịch|ủy viên|uỷ viên|tổ trưởng|"
    r"tổ phó|trưởng ban|cán bộ công đoàn|"
    r"học viên là cán bộ|đại biểu là (?:chủ tịch|phó chủ tịch|cán bộ|ủy viên|uỷ viên))"
)
# Officials named by their office, with the union they serve: "tập huấn cho gần 300 chủ tịch, phó
# chủ tịch CĐCS", "ủy viên Ban chấp hành công đoàn" (a "chủ tịch UBND" is no union official).
_OFFICE = (
    # ("ủy viên ủy ban kiểm tra công đoàn", probes200)
    r"(?:phó\s+)?chủ tịch|(?:ủy|uỷ) viên(?:\s+(?:ban chấp hành|BCH|ban thường vụ|UBKT|"
    r"(?:ủy|uỷ) ban kiểm tra))?|"
    # ("tập huấn cho 112 tổ trưởng, tổ phó công đoàn", probes65)
    r"tổ trưởng|tổ phó|trưởng ban|kế toán|thủ quỹ"
)
_COMMITTEE = r"(?:ban chấp hành|BCH|(?:ủy|uỷ) ban kiểm tra|UBKT)"
OFFICER_UNIT = _re(
    rf"(?:lượt\s+)?(?:{_OFFICE})(?:\s*(?:,|và)\s*(?:{_OFFICE}))*\s+(?:các\s+)?(?:tổ\s+)?"
    r"(?:công đoàn|CĐCS|CĐ\b|nghiệp đoàn|NĐ\b|nữ công)"
    # (or the committees' members named by the committees alone, no other body's after them: "cử
    # mười hai ủy viên ban chấp hành khóa mới tham gia lớp bồi dưỡng nghiệp vụ", "tập huấn … cho
    # 45 ủy viên ban chấp hành và ủy ban kiểm tra công đoàn bộ phận", probes949)
    rf"|(?:lượt\s+)?(?:ủy|uỷ) viên\s+{_COMMITTEE}(?:\s*(?:,|và)\s*{_COMMITTEE})*"
    r"(?!\s+(?:(?:các\s+)?(?:Hội|Đoàn|Đảng|đảng|chi bộ|Mặt trận|MTTQ|hội|HTX|hợp tác xã|UBND"
    r"|Ủy ban|ủy ban nhân dân|chi đoàn|đoàn)\b))"
)
FOUNDERS = _re(r"thành viên")
# (places a union is founded at: "thành lập mới CĐCS tại 3 bệnh viện tư nhân")
ENTERPRISE_UNIT = _re(
    # (not another body's: "95% cơ sở hội và 80% chi hội đạt vững mạnh", an association's;
    # "cơ sở Đoàn", "cơ sở đảng")
    r"(?:doanh nghiệp|DN\b|đơn vị|cơ quan|công ty|cơ sở(?!\s+(?:hội|Đoàn|đảng)\b)|bệnh viện|"
    r"trường(?! hợp)|nhà máy|xí nghiệp|"
    # (a trade's own: "12 khách sạn ký thỏa ước lao động tập thể nhóm", probes168)
    r"khách sạn|nhà hàng|"
    # ("8 hãng taxi ký thỏa ước lao động tập thể nhóm", probes183)
    r"hãng|"
    r"hợp tác xã|HTX\b)"
)
# A union's sections (of a company's union): "08/13 Công đoàn bộ phận", "CĐBP".
SECTION_UNIT = _re(r"(?:CĐ|công đoàn)\s+bộ phận|CĐBP")
# Either: what shares and indicators count.
UNIONS_OR_COMPANIES = CDCS_UNIT.pattern + "|" + ENTERPRISE_UNIT.pattern
AGREEMENT_UNIT = _re(r"(?:bản\s+)?(?:thỏa ước|thoả ước|TƯLĐTT|TƯLĐ)")
# (meetings between the employer and the workers counted as dialogues are: "58 buổi gặp gỡ, trao
# đổi giữa chủ doanh nghiệp với công nhân", as the label reads "tổ chức gặp gỡ, trao đổi giữa …")
DIALOGUE_UNIT = _re(
    # ("tổ chức 142 hội nghị đối thoại tại nơi làm việc", probes75)
    # ("tổ chức 356 lượt đối thoại", probes109)
    r"(?:(?:cuộc|buổi|lượt)\s+(?:hội nghị\s+)?|hội nghị\s+)"
    r"(?:đối thoại|gặp gỡ(?:,\s*|\s+và\s+)(?:trao đổi|đối thoại)"
    r"(?=\s+giữa\s+(?:ban\s+)?(?:lãnh đạo|giám đốc|người sử dụng lao động|chủ doanh nghiệp|"
    r"NSDLĐ)))"
)
# Conferences counted: "tổ chức 287 hội nghị người lao động" (its label is the workers' or the
# civil servants' conference, OTHER_LABELS).
CONFERENCE_UNIT = _re(
    r"(?:cuộc\s+)?hội nghị (?:(?:viên chức,?\s*)?(?:người lao động|NLĐ\b|CNVCLĐ)|"
    r"cán bộ,? công chức(?:,?\s*viên chức)?|CBCC(?:,?\s*VC)?|CBCCVC)|HNNLĐ\b"
)
# Money and gifts are never figures: "200 suất quà", "500 triệu đồng", "2 tỷ".
MONEY_UNIT = _re(
    r"(?:đồng(?!\s+(?:chí|nghiệp|bào))\b|đ\b|VNĐ|VND|USD|tỷ\b|triệu\s+đồng|nghìn\s+đồng|"
    r"ngàn\s+đồng|suất|phần quà|phần\b|"
    r"món quà|quà\b|sổ tiết kiệm|căn|mái ấm|chiếc|tấn|kg)"
)

# --- The verbs of each metric (left of the number, or right of it in the passive) ---------------

# A union launched is founded: "tổ chức thành công Lễ ra mắt 3 công đoàn cơ sở mới".
# "lập thêm 1 công đoàn cơ sở" (short for thành lập)
# ("huyện đã lập được bốn CĐCS ở các hợp tác xã")
FOUND_VERB = _re(
    # (a headline's short "lập" right before the count too: "Lập 4 công đoàn hợp tác xã ở huyện
    # vùng cao Mường Khương", probes60)
    # (not an anniversary's: "kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam", probes77)
    r"(?:(?<![Nn]gày )thành lập|ra mắt|(?<!thành )\blập(?=\s+(?:mới|thêm|được))"
    r"|(?:^\W*|(?<=[:;,–-]\s))lập(?=\s*$))(?:\s+(?:mới|thêm|được))*"
)
FOUND_VERBS = ("thành lập", "ra mắt", "lập")
RECRUIT_VERB = _re(
    # ("Năm 2025, TP.HCM có thêm 342 công đoàn cơ sở và 61.700 đoàn viên": gained, not had)
    # (not "phát triển" of something else: "được vay 527 triệu đồng để phát triển kinh tế gia đình,
    # quỹ … hỗ trợ 475 triệu đồng cho 15 đoàn viên", H44-010)
    # (nor the union's own growth over its history: "Trải qua 70 năm xây dựng và phát triển, Công
    # đoàn … từ 1.200 đoàn viên ban đầu nay đã có gần 20.000 đoàn viên", probes374)
    r"(?:kết nạp|(?<!xây dựng và )phát triển(?!\s*,)"
    r"(?!\s+(?:kinh tế|sản xuất|kinh doanh|du lịch|nông nghiệp|chăn nuôi|"
    r"bền vững|thị trường|hạ tầng|văn hóa|văn hoá|nguồn nhân lực|nghề|kỹ năng|năng lực)\b)|"
    # (the net growth too, as the real sets read it: "số đoàn viên tăng thực tế là 7.733 người, đạt
    # 67,2% so chỉ tiêu", h10-032 and d2-046; probes207's writer reads it as none)
    r"thu hút|vận động|tập hợp|công nhận|tăng thêm|(?<=đoàn viên )tăng|"
    # (right before its count, which `left` texts end before)
    rf"có thêm(?=\s+(?:(?:{QUALIFIER})\s+)?(?:\d|$))"
    # (a count done against a plan named before: "Kế hoạch năm đặt ra là kết nạp mới 4.000 ĐVCĐ;
    # đến nay … đã thực hiện được 3.579 đoàn viên, bằng 89,47%"; its noun says what it counts)
    rf"|thực hiện được(?=\s+(?:(?:{QUALIFIER})\s+)?(?:\d|$))"
    # (a headline's "Thêm": "TP Thủ Đức: Thêm 2 nghiệp đoàn cho lao động tự do", "8 tháng, thêm
    # 20 công đoàn cơ sở và gần 2.600 đoàn viên")
    rf"|(?<=[:,]\s)thêm(?=\s+(?:(?:{QUALIFIER})\s+)?(?:\d|$)))"
    # ("kết nạp tổng cộng 1.034 đoàn viên": the deed's whole)
    r"(?:\s+(?:mới|thêm|được|mới được|thêm được|tổng số|tổng cộng))*"
)
# Handing the list over is introducing: "trao danh sách 161 đoàn viên Công đoàn ưu tú cho tổ chức
# Đảng".
INTRODUCE_VERB = _re(
    # ("trao cho Đảng ủy danh sách 33 đoàn viên ưu tú")
    r"(?:giới thiệu|(?:trao|chuyển|bàn giao|gửi)\s+(?:(?:cho|đến)\s+[^,;\d]{0,30}?\s)?danh sách)"
    r"(?:\s+(?:được|thêm|mới))*"
)
INTRODUCE_VERBS = (
    "giới thiệu",
    "trao danh sách",
    "chuyển danh sách",
    "bàn giao danh sách",
    "gửi danh sách",
    # (the list handed on, its recipient first: see INTRODUCE_VERB)
    "trao cho",
    "chuyển cho",
    "bàn giao cho",
    "gửi cho",
    "gửi đến",
    "chuyển đến",
)
# A course of study is training too: "tổ chức chương trình học như thế này cho 150 cán bộ CĐ cơ sở".
# ("đã trang bị kiến thức cho tổng cộng 176 cán bộ công đoàn")
# A trade taught, not union work: "đào tạo nghề cho 1.450 học viên là con em CNLĐ".
VOCATIONAL = _re(r"(?:tập huấn|bồi dưỡng|đào tạo|dạy)(?:,?\s+[^\s,;]+){0,2}?\s+nghề\b")
TRAIN_VERB = _re(
    r"tập huấn|bồi dưỡng|đào tạo|huấn luyện|trang bị kiến thức|"
    r"(?:chương trình|lớp|khóa|khoá)\s+học(?!\s+sinh)"
)

# The Party, in whose context "kết nạp" and "giới thiệu" count Party admissions.
# (small letters are the Party's too, as sloppy pages write it, but "đảng sâm" is a crop of the
# highlands: "bà con làm ở HTX ba kích, đảng sâm", probes321)
PARTY_CASED = re.compile(r"\bĐảng\b(?!\s+sâm)|đảng viên|kết nạp đảng|vào đảng", re.IGNORECASE)
# The Youth Union: its "đoàn viên" are not union members.
YOUTH = _re(
    r"Đoàn TNCS|Đoàn Thanh niên|Thanh niên Cộng sản|đoàn viên thanh niên|ĐVTN|chi đoàn|Tỉnh đoàn|"
    r"Thành đoàn|Huyện đoàn|Quận đoàn|Thị đoàn|Đoàn trường|Đoàn xã|Đoàn phường|Hội LHTN|Đội TNTP|"
    r"\bĐoàn\s+(?:cơ sở|khối)|"
    r"bộ Đoàn\b|tổ chức Đoàn\b|"
    # ("các cơ sở Đoàn trong tỉnh đã giới thiệu 152 đoàn viên ưu tú", "Tháng Thanh niên")
    r"(?-i:cơ sở Đoàn\b|Tháng Thanh niên\b)|"
    # (the Youth Union of the police and the army by the name it goes by: "Tuổi trẻ Công an tỉnh Hòa
    # Bình năm 2024 được giao chỉ tiêu giới thiệu 45 đoàn viên ưu tú cho Đảng", probes891)
    r"(?-i:Tuổi trẻ\s+(?:Công an|Quân đội|Biên phòng)\b)|"
    # "Toàn Đoàn đã tổ chức 16.414 lớp bồi dưỡng nhận thức về Đoàn", "giúp đỡ 560 thanh niên vào
    # Đoàn và rèn luyện 512 đoàn viên ưu tú được kết nạp Đảng"
    # ("Năm qua, toàn Đoàn đã kết nạp hơn một triệu đoàn viên mới": mid-sentence too)
    r"(?-i:[Tt]oàn Đoàn\b|về Đoàn\b|vào Đoàn\b)|"
    # "Tự nhiên anh em công nhân thích Đoàn": "Đoàn" alone at a clause's end (not a delegation,
    # "Đoàn công tác", nor a surname, "Đoàn Văn ...")
    r"(?-i:(?<![Cc]ông )(?<!Liên )\bĐoàn(?=\s*(?:$|[.,;:!?”\"])))|"
    # "Ban chấp hành T.Ư Đoàn cho biết, chương trình công tác Đoàn và phong trào thanh thiếu nhi"
    # (in capitals: "chín ngàn tư đoàn viên" is 9.400 union members, probes327)
    r"(?-i:T\.?\s?Ư\.?\s+Đoàn)|Trung ương Đoàn|thanh thiếu nhi|(?-i:công tác Đoàn\b)|"
    # "Nghị quyết Đại hội Đoàn tỉnh lần thứ XVIII" (capital Đ: "Công đoàn tỉnh" is a union)
    r"(?-i:Đại hội Đoàn\b|(?<![Cc]ông )(?<!Liên )Đoàn (?:tỉnh|huyện|thành phố|quận|xã|phường)\b)|"
    # pupils and students are the Youth Union's members, never a trade union's: "trường đã kết nạp
    # 120 đoàn viên mới cho học sinh khối 10", "50 sinh viên ưu tú được kết nạp vào Đoàn"
    r"đoàn viên(?:\s+mới)?\s+(?:cho|là)\s+(?:các\s+)?(?:em\s+)?(?:học sinh|sinh viên)|"
    r"(?:học sinh|sinh viên)(?:\s+[^\s,;]+){0,3}?\s+(?:được\s+)?kết nạp"
)
# Its members capitalised mid-sentence, as the Youth Union writes them: "đã giới thiệu 567 Đoàn
# viên ưu tú cho Đảng và được Đảng xem xét, kết nạp 331 Đoàn viên" (H40-021). Only in a sentence
# that names no union: a union's own may be so written ("Công đoàn trường … đã tổ chức kết nạp
# Đoàn viên mới cho 4 đồng chí giáo viên trẻ", h9-029).
YOUTH_MEMBERS_CAPITALISED = re.compile(r"(?<=[a-zà-ỹđ\d]\s)Đoàn viên\b(?!\s+(?:[Cc]ông đoàn|CĐ)\b)")
# The other mass associations, whose members are "hội viên": "Hội LHPN tỉnh giới thiệu 320 hội viên
# ưu tú cho Đảng, có 210 chị được kết nạp" (every such sentence with no union word in the 25 sets
# is a negative).
ASSOCIATION = _re(
    r"hội viên|(?-i:Hội|hội) (?:LHPN|Liên hiệp Phụ nữ|Phụ nữ|Nông dân|Cựu chiến binh|CCB|"
    r"Người cao tuổi|Chữ thập đỏ)|(?-i:Hội) (?:LHTN|ND\b)|\bcác cấp hội\b|(?-i:tổ chức Hội\b)"
)
# A headline or lead about the Party's own admissions ("Nghĩa Đàn: Tổ chức Lễ kết nạp đảng viên
# trong trường học"): with no union word, the people it admits are no union's.
PARTY_ADMISSION = _re(r"kết nạp đảng viên|lễ kết nạp Đảng|kết nạp Đảng cho")
# A headline or sa-pô of the union's part in the Party's growth: those it introduced, the Party's
# source it builds ("Công đoàn KCN Bắc Ninh: 5 năm giới thiệu hơn 1.200 quần chúng ưu tú cho Đảng",
# "Công đoàn ngành Giáo dục Nghệ An: Tạo nguồn phát triển đảng trong nhà giáo", probes94).
UNION_INTRODUCES = _re(
    # (past a count with its thousands dot: "… giới thiệu 1.150 đoàn viên cho Đảng", probes124)
    r"giới thiệu\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\b(?:cho|để)\s+(?:các\s+)?(?:cấp\s+)?"
    r"(?:Đảng|cấp ủy|cấp uỷ|chi bộ|đảng bộ|đảng ủy|đảng uỷ|tổ chức (?:cơ sở )?đảng)"
    r"|tạo nguồn(?:\s+phát triển)?\s+(?:đảng viên|đảng)\b|nguồn phát triển (?:đảng viên|đảng)\b"
    r"|phát triển đảng viên (?:từ|trong|là)\s+(?:công nhân|đoàn viên|CNLĐ|người lao động)"
)
# Those admitted said to come from the union's source of Party members: "từ nguồn đoàn viên do
# LĐLĐ tỉnh … giới thiệu, các tổ chức cơ sở đảng … đã kết nạp 702 đảng viên mới", "qua giới thiệu
# của công đoàn, đã có 6 đồng chí được kết nạp" (probes94).
FROM_THE_UNIONS_SOURCE = _re(
    # (or "từ số đoàn viên do công đoàn giới thiệu", probes191)
    r"\btừ\s+(?:nguồn|số)\b[^,;]{0,60}?(?:công đoàn|\bCĐ|LĐLĐ|Liên đoàn Lao động)"
    # (or of the grassroots unions: "qua giới thiệu của các CĐCS, Đảng ủy Khu công nghệ cao … đã
    # kết nạp 19 đảng viên", probes930)
    r"|\bqua\s+(?:sự\s+)?giới thiệu\s+của\s+(?:các\s+(?:cấp\s+)?)?(?:công đoàn|\bCĐ|LĐLĐ)"
    # (or thanks to it: "Nhờ công đoàn giới thiệu, Đảng ủy xã Hòa Vang đã kết nạp 9 đoàn viên …",
    # probes922)
    r"|\b(?:nhờ|qua|từ)\s+(?:(?:các\s+cấp\s+)?(?:công đoàn|\bCĐ|LĐLĐ)\b[^,;]{0,30}?\s+)"
    r"giới thiệu\b"
)
# Those a union introduces to the Party: its members and the workers it organises.
UNION_PEOPLE = _re(
    r"đoàn viên|ĐVCĐ|công nhân|CNLĐ|NLĐ\b|người lao động|CNVC|cán bộ công đoàn|CBCĐ|lao động"
)
# Joining another body is no union recruiting: "12 đoàn viên được kết nạp vào Hội Cựu chiến binh"
# (its name capitalised, so no "hội nghị").
ANOTHER_BODY = re.compile(r"(?i:kết nạp)[^;]{0,40}?\svào\s+(?:Hội|Mặt trận)\b")
# Applying in writing is not yet joining: "65/104 người lao động có đơn xin gia nhập tổ chức công
# đoàn", "30 công nhân … làm đơn xin gia nhập" (H17-018); nor being asked to: "đã từng được mời gia
# nhập công đoàn". (Asking or signing up to join is joining: "9 công nhân lao động xin gia nhập tổ
# chức công đoàn", H29-022; "126 người lao động tự nguyện xin gia nhập công đoàn", H39-027; "180
# tài xế … đăng ký tham gia Nghiệp đoàn", H39-031.)
# ("có 1.350 công nhân viết đơn tự nguyện gia nhập tổ chức công đoàn", probes205)
APPLYING = _re(r"đơn\s+(?:(?:xin|tự nguyện)\s+)*gia nhập|nguyện vọng\s+gia nhập|mời\s+gia nhập")
# "vận động", "thu hút" recruit only into the union: "vận động 300 công nhân gia nhập công đoàn",
# never "vận động 500 đoàn viên tham gia hiến máu".
JOINING = _re(
    # "vận động 10 lao động tự do tham gia Nghiệp đoàn vé số"
    # (not those who have not joined: "thu hút khoảng 30.000 lao động, phần lớn chưa tham gia tổ
    # chức công đoàn", probes439)
    r"(?<!chưa )(?<!không )"
    # (or "vô", as the South says it: "“… vận động mới được 230 người vô công đoàn …”", probes953)
    r"(?:gia nhập|(?:vào|vô|tham gia) (?:tổ chức )?(?:công đoàn|CĐ|nghiệp đoàn|NĐ\b))|kết nạp"
    # (the union's own news names it so: "thu hút thêm 8.650 người lao động vào tổ chức, đạt 108%
    # kế hoạch")
    r"|vào tổ chức(?=\s*(?:[,;.)]|$))"
)
# Sent to a course on the Party, not introduced to it: "giới thiệu 15 đoàn viên tham gia lớp bồi
# dưỡng nhận thức về Đảng", "lớp cảm tình Đảng".
PARTY_COURSE = _re(
    r"(?:lớp|khóa|khoá)\s+(?:học\s+)?(?:bồi dưỡng\s+)?(?:nhận thức về|cảm tình)\s+Đảng"
)
# Who admits to the Party, just before "kết nạp": "được các cấp ủy Đảng xem xét, kết nạp 6.811".
# "... để Đảng bồi dưỡng kết nạp, trong đó 229 quần chúng được kết nạp" as well.
# (Pages write the Party "đảng" too: "giới thiệu 11.250 đoàn viên ưu tú cho đảng"; never its
# members.)
PARTY_ADMITTER = _re(
    r"cấp ủy|cấp uỷ|chi bộ|(?:(?:cho|để|vào|ủy) Đảng|Đảng (?:xem xét|bồi dưỡng))(?!\s+viên)"
)
# "đoàn viên ưu tú", "quần chúng ưu tú": those a union introduces to the Party.
OUTSTANDING = _re(r"ưu tú")
# A Party organ speaking of its own members: "Chi bộ có 10 đảng viên chính thức, ... kết nạp mới
# 2 đồng chí".
PARTY_BODY = _re(
    r"\bchi bộ|\bđảng bộ|sinh hoạt đảng|đảng viên chính thức|đảng viên dự bị|tổ chức cơ sở đảng|"
    r"\bđảng ủy|\bđảng uỷ|\bcấp ủy|\bcấp uỷ|tổ chức đảng|"
    # the Party committees of places: "Huyện ủy Thuận Nam đã kết nạp 41 đảng viên mới"
    r"\b(?:tỉnh|thành|huyện|quận|thị|xã|phường)\s+(?:ủy|uỷ)\b(?!\s+viên)|"
    # the whole Party, or the army's, counting its own: "Toàn quân năm 2023 kết nạp hơn 21.000
    # đảng viên mới" (probes331, under the Defence union's headline)
    r"\btoàn\s+(?:quân|Đảng)\b(?!\s+viên)"
)
PARTY_RECIPIENT = _re(
    r"\b(?:cho|để)\s+(?:các\s+)?(?:cấp ủy|cấp uỷ|chi bộ|đảng bộ|đảng ủy|đảng uỷ|tổ chức đảng)"
)
# What a sentence's start reads past (the patterns anchored there insert it): a dateline, who
# says it, before what is said ("Theo báo cáo, …", "Theo số liệu của Ban Tổ chức, …", "Ông Nguyễn
# Văn A cho biết: …"), then the words that link it to the sentence before ("Bên cạnh đó, tính đến
# …", "Theo đó, 61/63 …"; rewrites of the real sets). "Cụ thể" and "Trong đó" are not among them:
# they say the sentence details the one before, and the patterns that care name them.
_LINKING = (
    r"(?:bên cạnh đó|ngoài ra|đồng thời|theo đó|như vậy|qua đó|nhờ (?:đó|vậy)|do (?:đó|vậy)"
    r"|vì vậy|từ đó|song song(?: với)? (?:đó|này)|nhìn chung|tóm lại)\s*,\s*"
)
OPENING = (
    # (a paper's dateline first: "(Báo Quảng Ngãi)- Đến nay, toàn tỉnh có …", "(QBĐT) - …"; the
    # "(" may be read already by the pattern's own "^\W*")
    r"(?:\(?[^()\d]{1,40}\)\s*[-–—:]?\s*)?"
    r"(?:(?:theo\s+[^,;:\d]{1,60}|[^,;:“\"\d]{3,80}?\s(?:cho biết|cho hay|thông tin))"
    rf"\s*[:,]\s*[“\"‘]?\s*)?(?:{_LINKING})*"
)
# A Party organ as the sentence's subject: its admissions are its own, even of union officials
# ("Chi bộ Công đoàn - Doanh nghiệp thuộc Đảng bộ Khu kinh tế Hải Phòng tổ chức lễ kết nạp Đảng cho
# 40 cán bộ công đoàn, công nhân lao động ưu tú").
# An opening phrase may come first: "Cụ thể, Chi bộ …", "Năm qua, Đảng bộ …".
PARTY_SUBJECT = _re(
    rf"^\W*{OPENING}(?:[^,;]{{1,40}},\s*)?(?:[^\s,]+\s+){{0,3}}?"
    r"(?:chi bộ|đảng bộ|đảng ủy|đảng uỷ|cấp ủy|cấp uỷ|(?:tỉnh|thành|huyện|quận|thị)\s+(?:ủy|uỷ))\b"
    r"(?!\s+viên)"
)
# A headline about a Party organ's own congress or work: "Đại hội Đảng bộ lần thứ X Liên đoàn Lao
# động tỉnh Hòa Bình" (its Party figures are its own admissions, though a union's name is in it).
PARTY_ORGAN_HEADLINE = _re(
    r"đại hội\s+(?:đại biểu\s+)?(?:đảng bộ|chi bộ)|^\W*(?:đảng bộ|chi bộ|đảng ủy|đảng uỷ)\b"
)
UNION = _re(r"công đoàn|\bCĐ|LĐLĐ|Liên đoàn Lao động|ĐVCĐ|nghiệp đoàn")

# Rating the units, as reports say it: "đánh giá, xếp loại 412 CĐCS", "Xếp loại CĐCS: …".
RATING_VERBS = r"(?:đánh giá|xếp loại)(?:\s*,\s*(?:đánh giá|xếp loại))?"
# Words that give a name a clause of its own (a deed, an adverb, a link): a tally's or a ranking's
# next place is named without them ("…, LĐLĐ huyện cũng hỗ trợ 20 đoàn viên" is no next place).
OWN_CLAUSE_WORDS = (
    # (not "chi", spent, which place names hold: "huyện Củ Chi", "Chi nhánh …")
    r"cũng|đã|đều|vẫn|sẽ|còn|chỉ|mới|được|hỗ trợ|tặng|trao|giảm|tăng|có|là"
)

# Who did it, as speakers and reports say it before a bare "được N": "mình được 6.215", "toàn tỉnh
# được 2.140" (probes146, probes149), "chúng tôi mới được 4.180 đoàn viên" (probes104).
DOERS = (
    r"(?:chúng tôi|chúng em|chúng ta|mình|bọn tôi|tụi tôi|anh em|"
    r"(?:toàn|cả)\s+(?:tỉnh|huyện|quận|thị xã|thành phố|ngành)|"
    r"huyện|tỉnh|thành phố|quận|ngành|đơn vị)"
)

# The verbs a quote's speaker is said with, after the quote or before its colon: "…”, bà Thu,
# Chủ tịch LĐLĐ TP Biên Hòa nói", "ông Nam cho biết: “…”".
SAY_VERBS = (
    r"nói|cho biết|chia sẻ|phát biểu|khẳng định|nhấn mạnh|kể|trả lời|thông tin|trao đổi|bày tỏ"
)

# A sentence summing up to a date for a whole territory, with nothing said new, gives how many
# there are: "Như vậy, tính đến nay toàn tỉnh đã thành lập được 1.632 công đoàn cơ sở với 140.650
# đoàn viên", "Tính đến đầu tháng 7-2012, cả nước thành lập 22 nghiệp đoàn nghề cá" (two sets;
# "Tính đến ngày 31/10/2016, toàn tỉnh đã thành lập được 05 CĐCS, phát triển mới 127 đoàn viên"
# says "mới" and is the year's).
RUNNING_TOTAL = _re(
    rf"^\W*{OPENING}(?:như vậy,?\s*)?(?:tính\s+)?"
    r"đến\s+(?:nay|hết|cuối|đầu|ngày|tháng|thời điểm)"
    r"[^,;]{0,30}?,?\s*(?:cả nước|toàn quốc|toàn tỉnh|toàn thành phố|toàn huyện|toàn ngành"
    # (or the whole number of them: "Tính đến nay, tổng số CĐCS được thành lập trên địa bàn tỉnh
    # đã đạt 1.632 đơn vị")
    r"|tổng\s+số)\b"
    # ... and all that was ever done: "Lũy kế từ khi tái lập tỉnh đến nay, LĐLĐ tỉnh đã thành lập
    # 1.632 CĐCS"
    r"|^\W*(?:lũy|luỹ) kế\s+từ khi"
)
# (a total "đạt" a number is no percent reached: "đạt" counts as new only before a percent)
SAID_NEW = _re(
    r"\bmới\b|\bthêm\b|\bđạt\b(?=[^,;]*%)|\bvượt\b|%|kế hoạch|chỉ tiêu|\btăng\b|\btừ\b(?! khi)"
)
# Members recruited are never how many there are: "Tính đến ngày 30/9/2025, toàn tỉnh đã kết nạp
# 2.615 đoàn viên, thành lập 19 CĐCS" is the year's so far (probes206), its running total no total.
RECRUITED = _re(r"\bkết nạp\b(?!\s+(?:vào\s+)?Đảng)")
# A number that is a stock, a total or a size, not the number done in the period.
STOCK_BEFORE = _re(
    r"(?:hiện có|hiện nay có|hiện đang có|(?<!thực )hiện\s+(?:nay\s+)?(?:\S+\s+){1,3}(?:đã\s+)?có|"
    # ("tổng số đoàn viên toàn tỉnh hiện là 65.719 người")
    r"(?<!thực )hiện\s+(?:nay\s+)?(?:đang\s+)?là|"
    r"có tổng(?:\s+số)?|tổng số|nơi (?:đang\s+)?có|"
    r"nâng(?:\s+tổng)?\s+số(?:\s+\S+){0,4}\s+lên|"
    # (its noun, place and time may come between: "nâng tổng số hội viên hiện nay hơn 29.000
    # người", "nâng tổng số công đoàn cơ sở trong toàn huyện là 82")
    r"nâng tổng(?:\s+số)?(?:\s+[^\s\d,;]+){0,10}?|lên(?:\s+con\s+số)?|quản lý|đang sinh hoạt|"
    # (or raised to in turn, past the values before: "… nâng tổng số đoàn viên lên lần lượt 9.215 và
    # 6.140 người", probes842)
    r"lên\s+(?:lần lượt|tương ứng|theo thứ tự)(?:\s+[\d.,]+(?:\s+[^\W\d]+)?\s*(?:,|và))*|"
    r"với(?:\s+tổng số)?|gồm|"
    r"tổng cộng|"
    # a net change of the stock: "trừ đi số giảm còn tăng thực tế gần 6.900 ĐV"
    r"tăng thực tế|thực tăng|"
    # a shortfall: "số đoàn viên kết nạp còn thiếu 264 người so với kế hoạch"
    r"(?:còn\s+)?thiếu|"
    r"còn|đại diện cho|trong số|trong tổng số|trong|trên tổng số|/)\s*(?:khoảng\s+|gần\s+|"
    r"hơn\s+|"
    r"trên\s+)?$"
)

# --- Plan or result ------------------------------------------------------------------------------

# The deeds a development figure is counted under, as a regex alternation (a list's next item, a
# plan's "kết nạp được …").
DEED_VERBS = "thành lập|ra mắt|kết nạp|phát triển|giới thiệu|tập huấn|bồi dưỡng|đào tạo|huấn luyện"
# The metric a deed names ("làm", "thực hiện", "vận động" name none).
METRIC_OF_DEED = {
    "phát triển": "doan_vien_ket_nap",
    "kết nạp": "doan_vien_ket_nap",
    "thành lập": "cdcs_thanh_lap",
    "tập huấn": "can_bo_tap_huan",
    "bồi dưỡng": "can_bo_tap_huan",
    "giới thiệu": "dang_vien_gioi_thieu",
}
# Words that make a whole sentence forward-looking ...
PLAN_MARKERS = _re(
    # "đưa ra những giải pháp để phát triển 53.000 đoàn viên, giai đoạn 2018-2023"
    r"phấn đấu|mục tiêu|dự kiến|đề ra|đặt ra|hướng tới|\bsẽ\b|giải pháp\s+(?:để|nhằm)"
    # (a target registered; not workers signing up to join, a deed done: "vận động 54 tài xế công
    # nghệ đăng ký tham gia nghiệp đoàn, nâng số đoàn viên phát triển mới từ đầu năm lên 233, đạt
    # 93,2% chỉ tiêu 250 đoàn viên", probes937)
    r"|đăng ký(?!\s+(?:tham gia|gia nhập|vào)\b)"
    # ("năm 2024 đơn vị lên kế hoạch bồi dưỡng 1.500 lượt cán bộ công đoàn", probes105)
    r"|lên kế hoạch"
    # (an emulation drive launched for a deed: "Các cấp công đoàn trong tỉnh phát động thi đua phát
    # triển, kết nạp mới 3.500 đoàn viên, thành lập 10 CĐCS", probes507; its name in quotes is
    # none, NAMED_CAMPAIGN's)
    # (or the bodies' own drive, "thi đua" their verb right before the deed: "Các cấp công đoàn
    # trong tỉnh thi đua phát triển, kết nạp mới 6.000 đoàn viên, thành lập 25 CĐCS", probes526;
    # not a drive's result, "Qua đợt thi đua, …", "Trong thi đua, … đã kết nạp")
    r"|(?:phát động(?:\s+(?:đợt|phong trào|chiến dịch|cao điểm))*\s+thi đua"
    r"(?=(?:\s+[^\s,;.\d“”\"]+){0,8}?\s*,?\s*(?:$|\s(?:kết nạp|thành lập|phát triển|giới thiệu|"
    r"tập huấn|vận động)\b))"
    r"|(?<!đợt )(?<!phong trào )(?<!qua )(?<!Qua )(?<!trong )(?<!Trong )(?<!cuộc )(?<!ứng )"
    r"\bthi đua(?=\s*(?:$|\s(?:phát triển,?\s+)?(?:kết nạp|thành lập|phát triển|giới thiệu)\b)))"
    # (a promise: "Đến cuối năm, phường cam kết với LĐLĐ Thành phố kết nạp thêm 250 đoàn viên
    # nữa", "Nghiệp đoàn hứa đến cuối năm 2025 sẽ vận động thêm khoảng 80 tài xế", probes313; not
    # pledges signed, "ký cam kết", nor "hứa hẹn", promising)
    # (of a deed of ours: not "cam kết hỗ trợ 500 triệu đồng", probes12)
    r"|(?:(?<!ký )(?<!bản )\bcam kết|\bhứa(?!\s+hẹn))\b"
    # (read up to the deed's verb, as "kế hoạch" below)
    r"(?=(?:\s+[^\s,;.\d]+){0,8}?\s*(?:$|\s(?:kết nạp|thành lập|phát triển|giới thiệu|"
    r"tập huấn|vận động)\b))"
    # (a wish, as union chairs say their aims in speech: "Tôi chỉ mong sao sang năm 2026, khi …,
    # mình kết nạp được ít nhất ba mươi nghìn đoàn viên", "Ước mong của tôi là … thêm được khoảng
    # hai mươi công đoàn cơ sở nữa", probes318; not "mong manh", nor what others hope for us)
    r"|\b(?:(?:tôi|chúng tôi|mình|em)\s+(?:chỉ\s+|rất\s+|cũng\s+)?mong(?:\s+muốn)?"
    r"|ước mong|mong muốn của (?:tôi|chúng tôi|mình))\b(?!\s+manh)"
    # ("Năm 2022, LĐLĐ tỉnh Cà Mau có kế hoạch mở 12 lớp tập huấn cho khoảng 1.100 lượt cán bộ",
    # probes121)
    # ("LĐLĐ thành phố đặt kế hoạch tập huấn cho 3.000 lượt cán bộ công đoàn", "ban hành kế hoạch
    # tổ chức hội nghị người lao động năm 2026", probes148, probes151)
    r"|(?:(?<!đã )có|đặt|xây dựng|ban hành)\s+kế hoạch"
    # (or named by its number and date, its subject after "về": "Ban Thường vụ LĐLĐ tỉnh … ban
    # hành Kế hoạch số 38/KH-LĐLĐ về phát triển 5.000 đoàn viên và thành lập 50 CĐCS", probes958)
    r"(?:\s+số\s+\d+[^\s,;]*(?:\s+ngày\s+\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)?"
    r"\s+về(?:\s+việc)?)?"
    # (read up to the deed's verb: the deed may be where the text read ends)
    r"(?=\s*$|\s+(?:mở|tổ chức|thành lập|kết nạp|phát triển|tập huấn|giới thiệu|"
    r"bồi dưỡng|vận động)\b)"
    # a resolution's aims: "Theo nghị quyết đại hội, đến năm 2023 toàn ngành phát triển thêm 350
    # đoàn viên", "Nghị quyết cũng xác định hằng năm …"
    r"|theo nghị quyết|nghị quyết[^,;.]{0,30}?(?:xác định|nêu rõ)"
    # a directive: "Thành ủy Nha Trang yêu cầu đến cuối năm 2022 … thành lập 6 CĐCS" (not the
    # noun: "theo yêu cầu", "đáp ứng yêu cầu của …")
    # (nor a request received: "tiếp nhận 56 đơn yêu cầu tư vấn pháp luật", probes72)
    # (nor requirements met: "Qua đó, 94% học viên đạt yêu cầu sau khóa học", which made the
    # next sentence of an article a plan, probes53 read as a whole article)
    # (nor what is held on demand: "đối thoại khi có yêu cầu", probes85)
    r"|(?<!theo )(?<!đáp ứng )(?<!các )(?<!những )(?<!đơn )(?<!phiếu )(?<!đạt )(?<!có )"
    r"\byêu cầu\b(?!\s+(?:của|về|đặt ra|công việc|tư vấn|hỗ trợ|giải quyết|bồi thường))"
    # a task set for a time to come: "Nhiệm vụ 6 tháng cuối năm là phát triển thêm ít nhất 1.900
    # đoàn viên, thành lập 3 CĐCS" (probes74)
    # (not a grade's: "… xếp loại hoàn thành xuất sắc, hoàn thành tốt nhiệm vụ năm 2023 lần lượt là
    # 21,4% và 63,9%", probes646)
    r"|(?<!tốt )(?<!sắc )(?<!thành )nhiệm vụ\s+(?:trọng tâm\s+)?(?:\d+\s+)?(?:tháng|quý|năm)\b"
    r"[^,;.:]{0,25}?\s(?:là|gồm)\b"
    # a deed to do each year is a standing target: "Hằng năm phát triển 500 đoàn viên mới; thành
    # lập ít nhất 2 nghiệp đoàn" (what was done each year says so: "Hằng năm, LĐLĐ đã kết nạp …").
    # Read on the text before the deed's verb, so the words must end it.
    r"|(?:hằng|hàng) năm,?\s*$"
    # what is set out to do from now on: "Từ nay đến cuối năm, LĐLĐ tỉnh tiếp tục vận động thành
    # lập 10 CĐCS"; "quyết tâm kết nạp 6.000 đoàn viên", "chương trình phối hợp nhằm thành lập 5
    # CĐCS" (the deed right after the word: "nhờ nỗ lực của …, đã kết nạp" is done)
    r"|từ nay đến|"
    # (read up to the deed, or across it for the list's next)
    # (or spoken: "anh em quyết vận động thêm chừng 100 tài xế nữa", "chúng tôi tính kết nạp cỡ
    # 6.000 người", probes188; not "tính đến", as of)
    # (not a resolution's, "Nghị quyết thành lập CĐCS …", H17-024)
    # (nor "chưa tính", "không tính", not counting: "Số này chưa tính 312 đoàn viên được kết nạp
    # tại các nghiệp đoàn", probes265)
    rf"(?:quyết tâm|cố gắng|nhằm|(?<!nghị )(?<!giải )\bquyết|(?<!chưa )(?<!không )\btính)"
    r"(?:\s+vận động)?"
    rf"(?:\s*$|\s+(?=(?:{DEED_VERBS})\b))"
)
# Assigned, with who assigned it or not: "được giao", "được Thành phố giao", "được LĐLĐ tỉnh giao"
# (not "được giao kết", a labour contract entered into; but "được Tổng Liên đoàn giao kết nạp
# 4.000 đoàn viên, thành lập 30 CĐCS" is assigned, probes308).
# (who, named in full: "được Liên đoàn Lao động TP Hồ Chí Minh giao thành lập 20 CĐCS", probes473;
# not a handover, "bàn giao", "chuyển giao")
# (a dot inside a word is the name's: "được Công đoàn ngành Y tế TP.HCM giao kết nạp 150 đoàn
# viên", probes942)
_ASSIGNED_TAIL = (
    r"(?:\s+[^\s,;:.\d]+(?:\.[^\s,;:.\d]+)*){0,8}?"
    r"\s+(?<!bàn )(?<!chuyển )giao\b(?!\s+kết(?!\s+nạp))"
)
_ASSIGNED_BY = "được" + _ASSIGNED_TAIL
# ... and words that only do within their clause: "LĐLĐ huyện đã xây dựng kế hoạch đào tạo cho
# cán bộ CĐCS; ... tổ chức 1 lớp tập huấn cho 215 cán bộ" (seed 1) is done.
CLAUSE_PLAN_MARKERS = _re(
    # (assigned by someone named: "Chỉ tiêu năm 2026 được Tổng Liên đoàn giao là phát triển 1
    # triệu đoàn viên")
    # ("Kế hoạch quý IV: thêm 6 CĐCS; 1.500 đoàn viên", probes156)
    # ("Kế hoạch cả năm 2024: kết nạp 7.500 đoàn viên, thành lập 28 CĐCS; …", probes364)
    # ("Kế hoạch giao tập huấn 600 cán bộ, chúng tôi đã làm được 540", probes428)
    r"chỉ tiêu|kế hoạch\s+(?:cả\s+năm|năm|nhiệm kỳ|giai đoạn|đến|là|phát triển|thành lập|quý|"
    r"(?:\d+\s+)?tháng|(?:được\s+)?giao)|"
    # ("Theo kế hoạch, năm 2025 Công đoàn Dầu khí Việt Nam tổ chức 6 lớp tập huấn cho khoảng 900
    # lượt cán bộ", probes65)
    # (opening the sentence: not "thành lập được 11/15 CĐCS theo kế hoạch, kết nạp 3.460 …")
    r"(?-i:Theo) kế hoạch\s*,|"
    rf"{_ASSIGNED_BY}|"
    r"giao cho|"
    # ("Liên đoàn Lao động tỉnh giao chúng tôi kết nạp 1.200 đoàn viên và thành lập 4 CĐCS")
    r"\bgiao\s+(?:cho\s+)?(?:chúng tôi|đơn vị|ngành|huyện|quận|tỉnh)\b|"
    # (or a union body named, then the deed: "Năm 2025, Tổng Liên đoàn giao LĐLĐ thành phố kết nạp
    # 65.000 đoàn viên, thành lập 400 CĐCS", probes277)
    # (a year between them: "Đoàn Chủ tịch Tổng Liên đoàn giao LĐLĐ tỉnh Long An năm 2025 thành
    # lập ít nhất 30 CĐCS và kết nạp 12.000 đoàn viên", probes506)
    # (or each of them: "LĐLĐ tỉnh giao mỗi công đoàn ngành kết nạp 150 đoàn viên", probes816)
    # (the kinds of them listed with a comma: "LĐLĐ tỉnh Ninh Bình giao các LĐLĐ huyện, thành phố
    # thành lập 35 CĐCS", probes867)
    r"\bgiao\s+(?:cho\s+)?(?:các\s+|mỗi\s+)?(?:LĐLĐ|Liên đoàn Lao động|Công đoàn|CĐ|CĐCS)\b"
    r"(?:[^,;:.\d]|,(?=\s*(?:thành phố|thị xã|huyện|quận|xã|phường)\b)|\b(?:19|20)\d\d\b){0,40}?"
    r"\s(?=(?:kết nạp|thành lập|phát triển|giới thiệu|tập huấn)\b|\s*$)|"
    # (or the deed given with no noun: "LĐLĐ huyện được giao kết nạp 1.200 đoàn viên và thành lập
    # 15 CĐCS", probes259)
    r"\bđược\s+giao\s+(?=(?:kết nạp|thành lập|phát triển|giới thiệu|tập huấn)\b)|"
    # lower case only: "CĐ Các Khu Chế xuất & CN Cần Thơ thành lập mới 5 CĐCS" names a city
    # (not the speaker's "phải nói là", "phải kể đến": "“Cũng phải nói là năm 2024 công đoàn các
    # cấp giới thiệu 1.214 đoàn viên ưu tú cho Đảng xem xét, …”", probes933)
    r"(?-i:\bcần\b|\bphải\b(?!\s+(?:nói|kể|thừa nhận|công nhận)\b))|định hướng|"
    # what is coming: "Trong “Tháng công nhân 2016” sắp đến LĐLĐ tỉnh đã chỉ đạo thành lập ít nhất
    # 10 CĐCS, phát triển thêm 500 đoàn viên công đoàn"
    # (not up to now: "Từ đầu năm tới giờ, tụi tôi kết nạp được khoảng 6.500 đoàn viên", probes469)
    r"sắp (?:tới|đến)|(?:thời gian|năm|tháng|quý) tới(?!\s+(?:giờ|nay|bây giờ|hôm nay|hết)\b)|"
    # a report's plan section, a heading before its colon: "Phương hướng quý IV/2019: tiếp tục vận
    # động thành lập …", "Nhiệm vụ tháng 6/2022: …" (not "hoàn thành nhiệm vụ", a rating, nor a
    # review's headline, "tổng kết công tác năm 2016, phương hướng nhiệm vụ năm 2017")
    r"(?:phương hướng|"
    r"(?<!thành )nhiệm vụ\s+(?:trọng tâm|thời gian|tháng|quý|năm|nhiệm kỳ|giai đoạn))"
    r"(?=[^,;:.]{0,40}:)"
)
# "Among them": a breakdown of the count said before ("trong đó có 251 …", "trong số đó 26 DN …").
AMONG_THEM = r"trong (?:số )?(?:đó|này)"
# Those introduced to the Party named as the whole of what follows: "Trong số đoàn viên được giới
# thiệu, …", "trong tổng số 620 người … giới thiệu" (figures.py and party.py read on from it).
AMONG_THE_INTRODUCED = (
    r"\btrong\s+(?:tổng\s+)?số\s+(?:(?:đoàn viên|người|quần chúng)\b[^,;\d]{0,30}?\s)?"
    r"(?:được\s+)?giới thiệu\b"
)
# A sentence that goes on with the one before: "Cụ thể, ...", "Trong đó, ...", "Đồng thời, ...",
# inside a quote too (an interview: "“Cụ thể, kết nạp 6.800 đoàn viên …”, ông … cho biết").
CONTINUATION = _re(
    rf"^[\s“\"‘'(]*{OPENING}(?:cụ thể|{AMONG_THEM}|đồng thời|ngoài ra|theo đó|bên cạnh đó)\b"
)
# The words a place or a body opens its name with, by kind (tallies, breakdowns, rankings and lists
# name their places so: "quận Hoàng Mai …, huyện Gia Lâm …", "LĐLĐ huyện Quỳnh Phụ 812 đoàn viên").
UNIONS_NAMED = r"LĐLĐ|Liên đoàn Lao động|Công đoàn|CĐCS|CĐ|Nghiệp đoàn"
TERRITORIES = r"huyện|thị xã|quận|thành phố|TP\.?|tỉnh|xã|phường|thị trấn"
# (capitalised as a name's first word too: "trong đó Khu công nghiệp Phố Nối A 17 doanh nghiệp",
# "(Khu kinh tế Dung Quất 14, huyện Bình Sơn 9, …)", probes405)
ZONES = r"KCN|KCX|KKT|[Kk]hu công nghiệp|[Kk]hu chế xuất|[Kk]hu kinh tế"
# (enterprises ranked or listed as units: "… với 612 người, Công ty TNHH Daewon Vina (Hàn Quốc) 455
# người", "kế đến là Tổng Công ty Xây dựng Trường Sơn (156)", probes349, probes350)
# (and public bodies by their name, capitalised: "(Bệnh viện Đa khoa tỉnh 210, Bệnh viện Sản - Nhi
# 145, còn lại là các trung tâm y tế)", "Sở Nội vụ 12 cán bộ; Trường Cao đẳng Bắc Kạn 18 cán bộ",
# probes531, probes505)
FIRMS = (
    r"[Cc]ông ty|[Tt]ổng [Cc]ông ty|[Tt]ập đoàn|[Nn]hà máy"
    rf"|(?-i:Bệnh viện|Trường|Xí nghiệp|Ngân hàng|Trung tâm|Sở)(?=\s+[{UPPER}])"
)
PLACE_KINDS = (
    UNIONS_NAMED,
    TERRITORIES,
    ZONES,
    r"ngành",
    # (sectors: "khu vực ngoài nhà nước kết nạp 31.086 đoàn viên, chiếm 85,4%; khu vực nhà nước
    # 5.326 đoàn viên", probes279)
    r"khu vực|khối",
    FIRMS,
)
PLACE_WORDS = "|".join(PLACE_KINDS)
# The bodies and places among them, which do what they are counted for (not a sector, "khu vực
# ngoài nhà nước", nor an industry said bare, "ngành Y tế"): a whole's parts are named so (tallies).
BODY_WORDS = "|".join((UNIONS_NAMED, TERRITORIES, ZONES, FIRMS))
# The unit "mỗi" takes when it means each body or unit, not a time ("mỗi năm" is per year): "X và Y
# mỗi đơn vị thành lập 3 CĐCS" (each_body), "LĐLĐ tỉnh giao mỗi công đoàn ngành kết nạp 150 đoàn
# viên" (targets).
EACH_UNIT = (
    rf"(?:đơn vị|nơi|bên|địa phương|{TERRITORIES}|ngành|{UNIONS_NAMED}|công đoàn\s+ngành|{ZONES}"
    r"|cơ sở|doanh nghiệp|trường|công ty)"
)
# The words that say values go in turn with what was named before them.
IN_TURN = _re(r"\b(?:lần lượt|tương ứng|theo thứ tự)\b")
# Where a clause stops: a semicolon, or a full stop that is no decimal point nor an abbreviation's
# ("TP.HCM", "TP.Vinh": "Thành phố giao Công đoàn các KCX-KCN TP.HCM 18 CĐCS …", probes416).
CLAUSE_STOP = re.compile(r";|\.(?![\d\w])")
# A body's name, as a part's or a list's item opens: "LĐLĐ huyện Yên Lạc", "Công đoàn Tổng công ty
# Cơ khí Giao thông vận tải Sài Gòn" (BODY_WORDS and up to twelve words with no number).
BODY_NAME = rf"(?:{BODY_WORDS})(?:\s+(?:[^\s,;:\d()%]+|[–-])){{1,12}}?"
# ... or, as the items under a heading that says what they are, a place named bare: one to five
# words that open with a capital ("(CĐCS/đoàn viên) của một số địa phương: Bình Tân 12/1.416, Tân
# Phú 9/684", "Phan Rang – Tháp Chàm", probes486; reports list their districts so).
_CAPITALISED_WORD = rf"(?-i:[{UPPER}])[^\s,;:\d()%/]*"
PLACE_NAME = rf"{_CAPITALISED_WORD}(?:\s+(?:{_CAPITALISED_WORD}|[–-])){{0,4}}?"
# ... or by what it was before the provinces and communes merged in 2025: "thành lập 19 CĐCS (khu
# vực Bình Định cũ 12, Gia Lai cũ 7)" (probes576).
# (its kind named too, "cũ" in brackets: "trong đó khu vực tỉnh Quảng Bình (cũ) 11 CĐCS", probes581)
FORMER_PLACE = (
    r"(?:khu vực\s+|địa bàn\s+)?(?:(?:tỉnh|thành phố|TP|huyện|quận|thị xã)\s+)?"
    rf"{PLACE_NAME}\s*(?:cũ|\(\s*cũ\s*\))"
)
LISTED_NAME = rf"(?:{BODY_NAME}|{PLACE_NAME})"
# A name with a word of a deed or a link in it is a clause of its own, not a place's tally:
# "…, LĐLĐ thành phố Vinh giảm 1.064 đoàn viên" (heldout-022), "…, Đảng bộ tỉnh kết nạp 7 …".
# (and, past those, the words a tally's bare count may stand after: "trên", "gần", "với", …)
NOT_A_NAME_RE = re.compile(
    rf"\b(?:{OWN_CLAUSE_WORDS}|{DEED_VERBS}|đạt|vượt|với|tổ chức|chiếm|gồm|trong|đứng|xếp|"
    # (or a total raised to: "…, Công đoàn KKT Nghi Sơn và các KCN nâng tổng số CĐCS trực thuộc lên
    # 312", probes969)
    r"dẫn|còn lại|trên|dưới|gần|hơn|phấn đấu|giao|đề ra|dự kiến|nâng|tổng số)\b",
    # (in lower case: a place's name is written with capitals, "huyện Giao Thủy", probes381)
)
# A ward or district named by its number ("phường 25 có 4 CĐCS", probes398).
NUMBERED_WARD = r"(?:phường|quận)\s+\d{1,2}"
# An item of a list set out as lines, opening on its deed or its number: "- Phát triển mới 150.000
# đoàn viên; …", "2) Thành lập …", "- 100% CĐCS …" (not an interview's answer after its dash: "–
# Năm 2023, tỉnh kết nạp được hơn 38.000 đoàn viên …", probes77).
# (or on the body it is of, before a colon: "- Công đoàn ngành Xây dựng: kết nạp 450 đoàn viên,
# thành lập 2 CĐCS;" under "Cụ thể, chỉ tiêu giao cho các đơn vị như sau:", probes205)
BULLET = _re(
    r"^\s*(?:[-–—•+*]|\d{1,2}[.)])\s+"
    r"(?:(?:các\s+)?(?:liên đoàn|công đoàn|nghiệp đoàn|huyện|thị xã|quận|thành phố|TP\.?|tỉnh|"
    r"xã|phường|khu|ngành)\b[^\d:;,()]{0,60}?:\s*)?"
    r"(?:(?:phấn đấu|hằng năm|hàng năm|mỗi năm)\s+(?:có\s+)?)?"
    rf"(?:(?:{DEED_VERBS})\b|(?:(?:{QUALIFIER})\s+)?\d)"
)
# A headline or sa-pô telling how development went, with no count of its own: "Đồng Nai: Top 3 đơn
# vị dẫn đầu phát triển đoàn viên 9 tháng năm 2024", "… hoàn thành sớm chỉ tiêu thành lập CĐCS"
# (probes187; what a breakdown line under it counts, see figures.TALLY_LINE_RE).
DEVELOPMENT_DONE = _re(
    r"\b(?:kết quả|hoàn thành|dẫn đầu|đứng đầu|vượt)\b[^.;:!?]{0,40}?\b"
    rf"(?:(?:phát triển|kết nạp)(?:\s+mới)?\s+(?:đoàn viên|ĐVCĐ)"
    rf"|thành lập(?:\s+mới)?\s+(?:{CDCS_WORDS}))"
)
# "Chỉ tiêu" that names the indicators, not targets: "Bảng so sánh một số chỉ tiêu chủ yếu giữa
# hai năm:" (probes287), "Một số chỉ tiêu chính năm 2023: …" (probes524).
INDICATORS_NAMED_RE = re.compile(
    r"\b(?:các|một số|những)\s+chỉ tiêu\s+(?:chủ yếu|chính|cơ bản|chủ chốt)\b", re.IGNORECASE
)
# "được" marks a result after a verb or before a number ("kết nạp được 300", "được 551/530"); before
# a verb it is a passive that plans use too ("90% đoàn viên được phổ biến chủ trương").
RESULT_MARKERS = _re(
    # (what was directed is not what was done: "… sắp đến LĐLĐ tỉnh đã chỉ đạo thành lập …")
    r"\bđã\b(?!\s+(?:chỉ đạo|giao|yêu cầu|phát động|đề nghị)\b)|"
    rf"\bđược\b(?!{_ASSIGNED_TAIL})(?!\s+(?:phổ biến|tuyên truyền|học tập|tham gia|hưởng|"
    r"chăm lo|bảo vệ|nâng|đào tạo|tập huấn|bồi dưỡng|giới thiệu|xem xét|kết nạp|công nhận|ký|"
    r"tổ chức|thành lập|xếp loại|giao kết))|"
    # "đạt" a rating is what a plan wants too: "phấn đấu …, 60% CĐ cơ sở … đạt loại vững mạnh, kết
    # nạp mới từ 10.000 đoàn viên CĐ trở lên"
    r"\bđạt\b(?!\s+(?:loại|danh hiệu|tiêu chuẩn|chuẩn|vững mạnh|trong sạch))|"
    r"kết quả|thực hiện được|đến nay|tới nay|hiện nay|\bvượt\b|hoàn thành|"
    # still done despite: "Dù … phải cho công nhân nghỉ luân phiên, năm 2024 LĐLĐ quận vẫn thành
    # lập được 14 CĐCS"
    r"\bvẫn\b|tính (?:đến|tới)\b|"
    # "chỉ tiêu … là kết nạp 8.000 đoàn viên, đến thời điểm này chúng tôi mới kết nạp được …"
    r"(?:đến|tới) thời điểm (?:này|hiện tại|hiện nay)|"
    # "vừa" before a deed is a recent past ("vừa tổ chức thành lập mới một Công đoàn cơ sở"); not
    # "vừa … vừa …" (both … and …)
    r"\bvừa\s+(?:tổ chức|thành lập|kết nạp|ra mắt|trao|công bố|phát triển|tiến hành|mở|khai giảng)"
    # a decision or resolution founding a union records it done: "Đại hội … đề ra phương hướng,
    # …, thống nhất thông qua Nghị quyết thành lập Công đoàn cơ sở … với 31 đoàn viên"
    r"|(?:quyết định|nghị quyết)\s+(?:về việc\s+)?thành lập"
    # what came of something done: "… đã rà soát lại chỉ tiêu …, nhờ đó trong 2 tháng 8 và 9 kết
    # nạp 1.312 đoàn viên", probes937
    r"|\bnhờ (?:đó|vậy|thế)\b"
)
# A time gone by: "Năm qua", "6 tháng qua", "nhiệm kỳ vừa qua".
PAST = _re(
    r"(?:năm|tháng|quý|nhiệm kỳ|thời gian|giai đoạn|tuần)(?:\s+[^\s,;]+){0,2}?\s+(?:vừa\s+)?qua\b"
    r"|vừa qua"
    # (the recent years: "Những năm gần đây, mỗi năm Công đoàn Cao su Việt Nam giới thiệu từ 150
    # đến 200 đoàn viên ưu tú cho Đảng", probes509)
    r"|(?:những|các|mấy|vài)\s+(?:năm|nhiệm kỳ)\s+(?:gần đây|trở lại đây)"
)
# "đạt 55% kế hoạch", "vượt 12% chỉ tiêu": the words are then the yardstick, not a plan.
# So are "hoàn thành chỉ tiêu cả năm", "đạt chỉ tiêu 200%", "so với chỉ tiêu giao là 6.000".
# A report on a plan says what was done: "Kết quả thực hiện chỉ tiêu: kết nạp 5.200 đoàn viên".
REPORT_ON_A_PLAN = r"kết quả\s+thực hiện\s+(?:các\s+)?(?:chỉ tiêu|kế hoạch)"
YARDSTICK_RE = _re(
    # (requirements met: "94% học viên đạt yêu cầu", probes53 read as a whole article)
    r"đạt\s+yêu cầu\b|"
    # "đạt tỷ lệ 113,51% chỉ tiêu kế hoạch"
    # "hoàn thành vượt mức chỉ tiêu phát triển đoàn viên"
    # ("gấp hơn 3,3 lần chỉ tiêu", "gấp đôi kế hoạch")
    rf"(?:đạt|vượt|bằng|hoàn thành|thực hiện được|"
    rf"gấp\s+(?:(?:hơn|gần|trên)\s+)?(?:đôi|ba|rưỡi|[\d,]+\s+lần))"
    rf"(?:\s+(?:và\s+)?vượt)?(?:\s+mức)?(?:\s+t[ỷỉ] lệ)?\s+"
    rf"(?:(?:{QUALIFIER})\s+)?"
    # (percents in turn too: "lần lượt đạt 106,7% và 124,6% chỉ tiêu Nghị quyết Đại hội đề ra",
    # probes362)
    rf"(?:\d[\d.,]*\s*%\s*(?:(?:,|và)\s*(?:(?:{QUALIFIER})\s+)?\d[\d.,]*\s*%\s*)*)?"
    # (how many of the plan's targets: "hoàn thành và vượt mức 14/16 chỉ tiêu Nghị quyết đại hội đề
    # ra", probes82)
    r"(?:\d{1,2}/\d{1,2}\s+)?"
    rf"(?:so với\s+)?(?:(?:(?:các|nhiều)\s+)?{PLAN_NOUN}"
    r"(?:\s+(?:năm|cả năm|"
    r"được giao|giao|đề ra|"
    # (who set it: "đạt 128,5% chỉ tiêu Đại hội đề ra")
    r"tỉnh giao|(?:[^\s,;%\d]+\s+){1,4}?(?:giao|đề ra)))?)?"
    r"|so với\s+(?:kế hoạch|chỉ tiêu|KH\b)(?:\s+(?:được giao|giao|đề ra))?"
    # a bare percent of the plan in brackets: "kết nạp 8.214 đoàn viên (51% kế hoạch năm) và thành
    # lập 17 CĐCS" (probes66)
    + rf"|\(\s*(?:(?:{QUALIFIER})\s+)?\d[\d.,]*\s*%\s*(?:so với\s+)?{PLAN_NOUN}[^()]{{0,30}}\)"
    # done as planned: "100% CĐCS đã tổ chức thành công đại hội … đảm bảo đúng kế hoạch đề ra;
    # giới thiệu 25 đoàn viên …" (heldout49)
    + rf"|đúng\s+(?:với\s+)?(?:tiến độ\s+)?{PLAN_NOUN}(?:\s+(?:đã\s+)?(?:đề ra|được giao|giao))?"
    # the plans met, counted: "vượt kế hoạch ở cả hai chỉ tiêu: 379.448 đoàn viên được kết nạp …"
    r"|(?<=kế hoạch )(?:ở|về)\s+(?:cả\s+)?(?:hai|ba|bốn|các|\d)\s+chỉ tiêu"
    # "Kết quả thực hiện chỉ tiêu: ..." reports what was done
    + r"|"
    + REPORT_ON_A_PLAN
    # the target as a whole: "phát triển được 1.200 đoàn viên trên tổng số 2.000 đoàn viên được
    # giao, đạt 60%"
    + r"|trên\s+tổng\s+số\s+\d[\d.,]*(?:\s+[^\s,;\d]+){0,2}?\s+(?:được giao|giao|kế hoạch)"
    # (or named before it: "thành lập 104 CĐCS trên chỉ tiêu 100, kết nạp 23.560 đoàn viên, đạt
    # 98,2% kế hoạch", probes312; "… trên 1.000 đoàn viên theo chỉ tiêu, thành lập 10 CĐCS")
    # (or the whole target, or in it: "kết nạp 1.356 đoàn viên trong tổng chỉ tiêu cả năm 1.500
    # đoàn viên, …, và có 38 đoàn viên ưu tú được kết nạp vào Đảng", probes379)
    + r"|(?:trên|trong)\s+(?:tổng\s+(?:số\s+)?)?(?:chỉ tiêu|kế hoạch)"
    + r"(?:\s+(?:cả\s+)?năm(?:\s+(?:19|20)\d\d)?)?(?:\s+(?:được\s+)?giao)?\s+(?:là\s+)?\d[\d.]*"
    # (and who set it: "kết nạp 4.020 đoàn viên trên chỉ tiêu 4.000 được Tổng LĐLĐ Việt Nam giao,
    # thành lập 18 CĐCS", probes439)
    + r"(?:(?:\s+[^\s,;\d]+){0,2}?\s+(?:được\s+)?(?:[^\s,;\d]+\s+){1,5}?(?:giao|đề ra)\b)?"
    + r"|trên\s+(?:tổng\s+số\s+)?\d[\d.]*(?:\s+[^\s,;\d]+){0,4}?\s+theo\s+(?:chỉ tiêu|kế hoạch)"
    + r"(?:\s+(?:được\s+)?giao|\s+đề ra)?"
    # the target after its count: "thành lập được 5 CĐCS/5 chỉ tiêu, kết nạp 450 đoàn viên/400",
    # "31 CĐCS/kế hoạch 30", "2.150 đoàn viên (chỉ tiêu 2.000)"
    + rf"|/\s*\d[\d.,]*\s*{PLAN_NOUN}|/\s*{PLAN_NOUN}\s*:?\s*\d[\d.,]*"
    + rf"|\(\s*{PLAN_NOUN}(?:\s+(?:năm|giao|được giao))?\s*(?:là\s*|:\s*)?\d[\d.,]*"
    + r"(?:\s+[^\s()\d]+){0,2}\s*\)"
)

# --- Percent after a figure ----------------------------------------------------------------------

# ", đạt 55% kế hoạch", " (đạt 33,6% kế hoạch Thành phố giao)", ", vượt 5% chỉ tiêu", " (91,4%)".
# A few words may qualify the noun first: "6 CĐCS doanh nghiệp (đạt 100%)", "1.011/1.485 doanh
# nghiệp tổ chức hội nghị người lao động theo quy định, đạt tỷ lệ 68,08%".
PERCENT_AFTER = _re(
    # (a term's years may be among those words: "… đã tiến hành xong đại hội nhiệm kỳ 2023-2028,
    # đạt 100%")
    # ("cho các chi, đảng bộ cơ sở, đạt 128% chỉ tiêu", probes102)
    # (units said to have a union count as one word: "tại 64/70 doanh nghiệp có tổ chức công đoàn
    # trên địa bàn thị xã, chiếm 91,4%", probes85)
    r"^(?:\s*(?:chi,\s*đảng bộ|(?:đã\s+)?có\s+tổ chức\s+công đoàn(?:\s+cơ sở)?|[^\s,;()%\d]+|"
    r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    r"(?!\d|[.,]\d|\s*%)|"
    # (a span of months: "17 CĐCS được thành lập mới trong 9 tháng, mới đạt 34% kế hoạch năm",
    # probes149)
    r"\d{1,2}\s+tháng\b))"
    # (the count referred back to: "…, trong số đó 118 người đã được kết nạp, số này chiếm 75,6%",
    # probes73; after a semicolon too: "đã vận động được 11.240 người lao động gia nhập công đoàn;
    # con số này là khoảng 75% chỉ tiêu cả năm", probes308)
    # (or inside the brackets of its target: "kết nạp 5.340 đoàn viên (KH năm: 10.000; đạt 53,4%)",
    # probes369)
    r"{0,9}?\s*(?:[,(–-]|;(?=\s*(?:số|con số|t[ỷỉ] lệ)\s+này\b)"
    r"|;(?=\s*(?:đạt|vượt)\s+[^;()]*%\s*\))"
    # (or a report's next item, the percent alone: "Thành lập CĐCS – chỉ tiêu giao: 40; thực hiện:
    # 43; đạt 107,5%", probes1)
    r"|;(?=\s*(?:đạt|vượt)\s+\d[\d.]*(?:,\d+)?\s*%\s*(?:[.;]|$)))?\s*(?:\(\s*)?"
    r"(?:(?:số|con số|t[ỷỉ] lệ)\s+này\s+)?"
    # (the share of the deed named: "ký kết mới 68 bản TƯLĐTT, tỉ lệ ký kết đạt 113,3% kế hoạch",
    # probes362)
    # (or its share said to go with it: "…, trong đó 31 đồng chí đã được kết nạp vào Đảng, tỷ lệ
    # kết nạp tương ứng đạt 53,4%", "…, tương ứng tỷ lệ 77,8%", probes690, probes703)
    r"(?:t[ỷỉ] lệ\s+(?:ký kết|kết nạp|thành lập|phát triển|giới thiệu|tập huấn)\s+"
    r"(?:tương ứng\s+)?(?=(?:đạt|vượt|hoàn thành)\s))?"
    # (or "tương ứng" bare before its verb: "…, thực hiện được 1.315 lượt, tương ứng đạt 109,6%",
    # probes850)
    # (one percent, not the first of percents in turn: "…, tương ứng đạt 91,4% và 52,9% số doanh
    # nghiệp …", probes582)
    r"(?:tương ứng\s+(?=(?:đạt|bằng|vượt|hoàn thành)\s+[^%;]{0,20}?%(?!\s*(?:,|và)\s*\d)))?"
    # "..., so với chỉ tiêu của Tổng Liên đoàn Lao động Việt Nam giao đạt 191% kế hoạch"
    r"(?:so với\s+(?:kế hoạch|chỉ tiêu|KH\b)[^,;%\d()]{0,60}?(?:giao|đề ra)\s*,?\s*)?"
    # ("mới thành lập được 4/10 CĐCS, chỉ đạt 40% kế hoạch")
    r"(?:(?:chỉ|mới|cũng|đều)\s+)?"
    # ("đến nay chúng tôi mới đạt 1.350 người, tức 67,5%", probes72; "… mới được khoảng 850, tức
    # là mới đạt hơn 70%", probes404)
    # (or reckoned: "tỉnh làm được 9, tính ra vượt 28,6%", probes414)
    r"(?:(?:tức(?:\s+là)?|tính ra)\s+(?:(?:chỉ|mới|cũng)\s+)?)?"
    # ("ra mắt được 35 CĐCS, tương đương khoảng 70% kế hoạch cả năm")
    # (hedged before it: "kết nạp hơn 5.600 đoàn viên, gần bằng 70% kế hoạch cả năm", probes390)
    r"(?:(?P<near>gần|xấp xỉ)\s+(?=bằng\s))?"
    r"(?:(?P<verb>đạt t[ỷỉ] lệ|đạt|bằng|vượt|tăng|chiếm t[ỷỉ] lệ|chiếm|t[ỷỉ] lệ|hoàn thành|"
    # ("mới được 640, mới được 58% thôi", probes68: only after "mới"/"chỉ")
    r"tương đương(?:\s+với)?|tương ứng(?:\s+với)?(?:\s+t[ỷỉ] lệ)?|(?<=mới )được|(?<=chỉ )được"
    r"|(?<=này )là"
    # (short of a share of the plan: "kết nạp mới được hơn 1.700 đoàn viên, chưa đến 9% chỉ
    # tiêu", probes376)
    rf"|chưa\s+(?:đến|tới|đạt|được)(?=\s+(?:(?:{QUALIFIER})\s+)?\d[\d.,]*\s*%\s*{PLAN_NOUN}))"
    # ("vượt kế hoạch cả năm chừng 10%", probes123)
    # (or who set it: "vượt chỉ tiêu tỉnh giao khoảng 16%", probes933)
    r"\s+(?:(?:kế hoạch|chỉ tiêu)(?:\s+(?:cả\s+)?năm(?:\s+(?:19|20)\d\d)?|\s+(?:được\s+)?giao"
    r"|\s+đề ra|(?:\s+[^\s\d,;%]+){1,4}?\s+(?:giao|đề ra))?\s+)?)?"
    rf"(?:(?P<qual>{QUALIFIER})\s+)?(?P<num>\d[\d.]*(?:,\d+)?)\s*%"
    rf"(?P<yard>\s*(?:so với\s+)?(?:{PLAN_NOUN}|CT\b)(?:\s+(?:năm|được|Thành phố|tỉnh|"
    r"huyện|Tổng)?"
    r"[^,;().]{0,40}?(?:giao|đề ra))?)?"
)
# A percent, a qualifier before it or not: "xấp xỉ 46,7%".
QUALIFIED_PERCENT = rf"(?:(?:{QUALIFIER})\s+)?\d[\d.]*(?:,\d+)?\s*%"
# Percents given in turn to the figures before them: "thành lập được 18 CĐCS, kết nạp 1.350 đoàn
# viên, đạt lần lượt 60% và 67,5% kế hoạch", "lần lượt vượt 5% và 12%", "tương ứng đạt 90%, 110%".
RESPECTIVE_PERCENTS = _re(
    # (the yardstick may come before the word: "vượt chỉ tiêu Thành phố giao lần lượt 12% và 24%")
    # (or the shares of a whole they take: "82 CĐCS đạt vững mạnh và 27 CĐCS đạt khá, chiếm lần
    # lượt 71,3% và 23,5%", probes690, probes703)
    r"(?:(?P<verb>đạt|bằng|vượt|hoàn thành|chiếm)\s+(?:t[ỷỉ] lệ\s+)?"
    # (or "theo thứ tự": "…, đạt theo thứ tự là 115% và 94% kế hoạch năm", probes514)
    # (who set it named in more words: "vượt chỉ tiêu Tổng Liên đoàn giao lần lượt 6% và 20%",
    # probes931)
    rf"(?:{PLAN_NOUN}(?:\s+[^\s\d,;%]+){{0,5}}?\s+)?(?:lần lượt|tương ứng|theo thứ tự)(?:\s+là)?"
    r"|(?:lần lượt|tương ứng|theo thứ tự)\s+(?P<verb2>đạt|bằng|vượt|hoàn thành|chiếm)"
    r"(?:\s+t[ỷỉ] lệ)?"
    r"(?:\s+là)?"
    # (or "tương ứng" bare: "có 18/18 và 42/45 doanh nghiệp tổ chức đối thoại định kỳ, tương ứng
    # 100% và 93,3%", probes393)
    # (or "ứng với": "… kết nạp 1.980 đoàn viên và thành lập 7 CĐCS, ứng với 79,2% và 70% chỉ
    # tiêu cả năm", probes533)
    r"|(?P<verb3>tương ứng(?:\s+với)?|ứng\s+với)"
    # (or the shares named: "…, tỷ lệ lần lượt là 96,3% và 90,7%", probes533)
    r"|(?P<verb4>t[ỷỉ] lệ)\s+(?:lần lượt|tương ứng|theo thứ tự)(?:\s+là)?)"
    rf"\s+(?P<numbers>{QUALIFIED_PERCENT}(?:\s*(?:,|và|;)\s*{QUALIFIED_PERCENT})+)"
)
# ... or with no word for it, the yardstick after the last: "phát triển được 2.035 đoàn viên, thành
# lập 14 CĐCS, đạt 101,75% và 116,67% kế hoạch".
# (or "tương ứng": "kết nạp 2.140 đoàn viên và thành lập 12 CĐCS, tương ứng 53,5% và 40% chỉ tiêu
# năm", probes408)
LISTED_PERCENTS = _re(
    # (or "tương đương": "… kết nạp ít nhất 800 đoàn viên, thành lập ít nhất 5 CĐCS, tương đương
    # 20% và 25% chỉ tiêu cả năm", probes574)
    # (or "chiếm", of the plan named after: "… kết nạp được tương ứng 1.240 và 530 đoàn viên
    # trong quý I/2025, chiếm 24,8% và 21,2% chỉ tiêu cả năm", probes807)
    rf"(?P<verb>{PERCENT_VERB}|chiếm|tương (?:ứng|đương)(?:\s+với)?|ứng\s+với)\s+"
    rf"(?P<numbers>{QUALIFIED_PERCENT}(?:\s*(?:,|và)\s*{QUALIFIED_PERCENT})+)"
    rf"\s*(?:so với\s+)?{PLAN_NOUN}"
)
# ... or the yardstick before them: "… kết nạp tương ứng 7,2 ngàn và 8,1 ngàn đoàn viên, vượt kế
# hoạch 20% và 35%" (probes558).
LISTED_PERCENTS_AFTER_THE_PLAN = _re(
    rf"(?P<verb>{PERCENT_VERB})\s+(?:so với\s+)?{PLAN_NOUN}(?:\s+năm)?\s+"
    rf"(?P<numbers>{QUALIFIED_PERCENT}(?:\s*(?:,|và)\s*{QUALIFIED_PERCENT})+)"
)
# A percent that begins a list of them (given in turn, not to the figure before).
_NEXT_PERCENT = rf"\s*(?:,|và)\s*(?:(?:{QUALIFIER})\s+)?{PERCENT_NUMBER}\s*%"
PERCENT_LIST_GOES_ON = _re(_NEXT_PERCENT)
# A share named before its percent: "tỉ lệ doanh nghiệp (DN) tổ chức hội nghị người lao động đạt
# gần 43%".
# (or "số …", the share of them: "số công đoàn cơ sở xếp loại hoàn thành tốt … nhiệm vụ hằng năm
# đạt trên 95%", heldout27; not a percent of the plan, "số CĐCS … đạt 95% kế hoạch")
RATE_BEFORE = _re(
    rf"(?:t[ỷỉ] lệ|\bsố(?=[^%]{{1,120}}%(?!\s*{PLAN_NOUN})))\s+"
    # (or the public bodies that hold the civil servants' conference: "tỷ lệ cơ quan, đơn vị tổ
    # chức hội nghị cán bộ, công chức là 100%", probes634)
    rf"(?P<unit>doanh nghiệp|DN|{CDCS_WORDS}|(?:cơ quan,?\s+)?đơn vị|cơ quan)"
    r"(?:\s*\([^)]{{1,10}}\))?"
    # (its year may be said: "… tổ chức hội nghị người lao động năm 2024 đạt 86,5%")
    # (or a report's colon: "Tỷ lệ CĐCS tổ chức hội nghị người lao động: gần 98%")
    # (past the comma inside the conference's name: "hội nghị cán bộ, công chức")
    # (or inside a list of grades: "Tỷ lệ CĐCS xếp loại vững mạnh, khá lần lượt đạt …", probes858)
    r"(?P<rest>(?:[^,;%\d]|,(?=\s*(?:công chức|viên chức)\b)|\b(?:19|20)\d\d\b"
    r"|,(?=\s*(?:loại\s+)?(?:khá|xuất sắc|hoàn thành)\b(?:[^;%\d]|(?:19|20)\d\d){0,40}?"
    r"\s(?:lần lượt|tương ứng|theo thứ tự)\b)){1,80}?)"
    r"(?:\s+(?:đạt|là|chiếm|bằng)\s+|\s*:\s*"
    # (or with no verb, its hedge right before it: "tỷ lệ CĐCS đạt vững mạnh trên 80%", probes185)
    rf"|\s+(?=(?:{QUALIFIER}|từ)\s+\d))"
    # (a floor from … up: "đạt từ 85% trở lên", probes180)
    rf"(?:(?P<qual>{QUALIFIER})\s+|từ\s+(?=\d[\d,]*\s*%\s+trở lên))?"
    rf"(?P<num>{PERCENT_NUMBER})\s*%"
)
# An indicator, then its share: "tổ chức hội nghị cán bộ công chức đạt 100%/năm, hội nghị người
# lao động đạt 67%/năm".
LABEL_RATE = _re(
    r"(?P<rest>hội nghị (?:người lao động|NLĐ|CNVCLĐ|cán bộ,? công chức(?:,? viên chức)?)|HNNLĐ|"
    r"đối thoại|thỏa ước lao động tập thể|thoả ước lao động tập thể|TƯLĐTT|"
    # "công đoàn cơ sở đạt vững mạnh chiếm 85%" (a rating's "công đoàn" is a grassroots union's:
    # "…, công đoàn vững mạnh xuất sắc đạt trên 11%", heldout34)
    rf"(?:{CDCS_WORDS}|công đoàn)\s+(?:đạt\s+)?(?:trong sạch,?\s+)?vững mạnh)"
    # "tổ chức hội nghị NLĐ trong các doanh nghiệp ngoài nhà nước đạt gần 70%"
    # (past a time said in it: "Tỉ lệ ký kết thỏa ước lao động tập thể 6 tháng đạt 106,2% kế
    # hoạch", "… năm 2025 đạt 92%", probes354)
    # (or past the body it is of: "Tỷ lệ ký kết thỏa ước lao động tập thể của Công đoàn các KCN
    # tỉnh Vĩnh Phúc năm 2023 đạt 106,2% kế hoạch", probes526, probes527, probes529)
    r"(?:\s+(?:[^\s,;%\d]+|\d{1,2}(?=\s+tháng\b)|(?<=năm )(?:19|20)\d\d\b)){0,12}?\s+"
    # ("là" after its rate named: "tỷ lệ tổ chức hội nghị người lao động là 98,6%", probes634)
    r"(?:đạt|chiếm|bằng|hoàn thành|là|"
    # held at a share of places: "Hội nghị người lao động được tổ chức ở 98% cơ quan, đơn vị"
    rf"được\s+(?:tổ chức|ký kết|ký|thực hiện)\s+(?:ở|tại|trong)(?=\s+(?:(?:{QUALIFIER})\s+)?"
    rf"{PERCENT_NUMBER}\s*%\s+(?:số\s+)?(?:{UNIONS_OR_COMPANIES})))\s+(?:t[ỷỉ] lệ\s+)?"
    rf"(?:(?P<qual>{QUALIFIER})\s+)?"
    rf"(?P<num>{PERCENT_NUMBER})\s*%"
)
# A share to be raised: "phấn đấu nâng tỷ lệ doanh nghiệp tổ chức đối thoại định kỳ lên 85% trở lên"
# (probes54), "nâng tỷ lệ CĐCS đạt vững mạnh lên 85%".
RAISED_RATE = _re(
    rf"\bnâng\s+(?:cao\s+)?t[ỷỉ] lệ\s+(?:số\s+|các\s+)?(?P<unit>{UNIONS_OR_COMPANIES})?"
    rf"(?P<rest>[^,;%\d]{{1,80}}?)\s+lên\s+(?:mức\s+|thành\s+)?(?:(?P<qual>{QUALIFIER})\s+)?"
    rf"(?P<num>{PERCENT_NUMBER})\s*%"
)
# ... of officials trained: "nâng tỷ lệ cán bộ công đoàn cơ sở được tập huấn lên 90%"
RAISED_TRAINED = _re(
    r"(?:cán bộ|CB\b|CBCĐ\b|(?:phó\s+)?chủ tịch|(?:ủy|uỷ) viên)[^,;%\d]*?"
    r"\bđược\s+(?:học tập,?\s+)?(?:tập huấn|đào tạo|bồi dưỡng)"
)
# A share of officials trained: "phấn đấu 100% số CB CĐCS được tập huấn, đào tạo, bồi dưỡng chuyên
# môn nghiệp vụ", "70% trở lên cán bộ CĐ không chuyên trách ... được học tập, bồi dưỡng".
TRAINED_SHARE = _re(
    rf"(?:(?P<qual>{QUALIFIER})\s+)?(?P<num>{PERCENT_NUMBER})\s*%(?:\s+trở lên)?\s+(?:số\s+)?"
    # officers too: "100% ủy viên Ban Chấp hành Công đoàn được bồi dưỡng, tập huấn nghiệp vụ"
    r"(?:các\s+)?(?:đồng chí\s+)?(?:cán bộ|CB\b|CBCĐ\b|(?:phó\s+)?chủ tịch|(?:ủy|uỷ) viên|"
    # (a union group\'s leaders: "100% tổ trưởng, tổ phó công đoàn được tập huấn", probes64)
    r"tổ (?:trưởng|phó)(?:,?\s+(?:và\s+)?tổ (?:trưởng|phó))?\s+(?:công đoàn|CĐ\b))"
    # past the next share of a list: "100% cán bộ công đoàn chuyên trách và 90% cán bộ công đoàn
    # cơ sở được tập huấn, bồi dưỡng" (each share is its own match: see indicators._trained_shares)
    rf"(?:[^;%\d]|{_NEXT_PERCENT}){{0,80}}?"
    r"(?:\bđược\s+(?:học tập,?\s+)?(?:tập huấn|đào tạo|bồi dưỡng)"
    # "... tham gia đầy đủ các lớp tập huấn"
    # (or no course named: "có 100% cán bộ công đoàn tham gia bồi dưỡng nghiệp vụ", H38-022)
    r"|\btham gia\s+(?:đầy đủ\s+)?(?:các\s+)?(?:(?:lớp|khóa|khoá|hội nghị)\s+)?"
    r"(?:tập huấn|bồi dưỡng|đào tạo))"
)
# ... or with the training verb first: "tập huấn cho 100% chủ tịch công đoàn cơ sở mới được bầu".
TRAINED_SHARE_ACTIVE = _re(
    r"\b(?:tập huấn|bồi dưỡng|đào tạo)(?:(?:,\s*|\s+và\s+)(?:tập huấn|bồi dưỡng|đào tạo))*"
    r"(?:\s+(?:nghiệp vụ|kỹ năng))?\s+cho\s+"
    rf"(?:(?P<qual>{QUALIFIER})\s+)?(?P<num>{PERCENT_NUMBER})\s*%\s+(?:số\s+)?(?:các\s+)?"
    r"(?:cán bộ|CB\b|CBCĐ\b|(?:phó\s+)?chủ tịch|(?:ủy|uỷ) viên|"
    r"tổ (?:trưởng|phó)(?:,?\s+(?:và\s+)?tổ (?:trưởng|phó))?\s+(?=công đoàn|CĐ\b))"
    r"(?:\s+(?:công đoàn|CĐCS|CĐ\b)(?:\s+cơ sở)?)?"
)
NEXT_TRAINED_SHARE = _re(
    rf"[^,;%\d]{{0,40}}?\s(?:và|,)\s*(?:(?P<qual>{QUALIFIER})\s+)?(?P<num>{PERCENT_NUMBER})\s*%\s+"
    r"(?:số\s+)?(?:các\s+)?(?:cán bộ|CB\b|CBCĐ\b|(?:phó\s+)?chủ tịch|(?:ủy|uỷ) viên)"
    r"(?:\s+(?:công đoàn|CĐCS|CĐ\b)(?:\s+cơ sở)?)?"
)
# A share of people recruited: "kết nạp 100% cán bộ, công chức và người lao động vào tổ chức Công
# đoàn".
RECRUITED_SHARE = _re(
    r"(?:kết nạp|phát triển|vận động)\s+(?:mới\s+|thêm\s+)?(?:được\s+)?"
    rf"(?:(?P<qual>{QUALIFIER})\s+)?"
    rf"(?P<num>{PERCENT_NUMBER})\s*%\s+(?:số\s+)?(?:" + MEMBER_UNIT.pattern + r")"
    r"[^;%\d]{0,60}?\b(?:vào|gia nhập|tham gia)\s+(?:tổ chức\s+)?(?:công đoàn|CĐ\b)"
)
# ... or said in the passive: "100% viên chức, người lao động mới tuyển dụng được kết nạp vào công
# đoàn" (probes63), "Than Mạo Khê: 100% thợ lò mới tuyển được kết nạp vào công đoàn" (any trade).
RECRUITED_SHARE_PASSIVE = _re(
    rf"(?:(?P<qual>{QUALIFIER})\s+)?(?P<num>{PERCENT_NUMBER})\s*%\s+(?:số\s+)?"
    r"(?:[^\W\d][^;%\d]{0,60}?)\bđược\s+kết nạp\s+vào\s+(?:tổ chức\s+)?"
    r"(?:công đoàn|CĐ\b|nghiệp đoàn)"
)
# ... or the newly hired, their union said by the sentence: "Năm 2026, Công đoàn phấn đấu kết nạp
# 100% người lao động mới tuyển dụng" (probes63).
RECRUITED_SHARE_OF_THE_HIRED = _re(
    r"(?:kết nạp|phát triển)\s+(?:mới\s+|thêm\s+)?"
    rf"(?:(?P<qual>{QUALIFIER})\s+)?(?P<num>{PERCENT_NUMBER})\s*%\s+(?:số\s+)?"
    r"(?:người lao động|NLĐ\b|lao động|viên chức|công nhân|CNLĐ|thợ)[^;%\d]{0,30}?\bmới\s+tuyển"
)
# A share of unions that introduce their best to the Party: "100% CĐCS trực thuộc giới thiệu đoàn
# viên ưu tú cho Đảng".
INTRODUCING_SHARE = _re(
    rf"(?:(?P<qual>{QUALIFIER})\s+)?(?P<num>{PERCENT_NUMBER})\s*%\s+(?:số\s+)?(?:"
    + CDCS_UNIT.pattern
    + r")[^;%\d]{0,40}?\bgiới thiệu\s+(?:được\s+)?(?:ít nhất\s+)?[^;%\d]{0,40}?"
    r"(?:cho|để)\s+(?:các\s+)?(?:cấp ủy\s+|tổ chức\s+|chi bộ\s+)?Đảng"
)
# ... and a share of those introduced who were admitted: "Phấn đấu có ít nhất 40% số đoàn viên được
# giới thiệu được kết nạp vào Đảng" (probes352, and probes351 with a range).
ADMITTED_SHARE = _re(
    # (not the end of a range: "35-40%")
    rf"(?:(?P<qual>{QUALIFIER})\s+)?(?<![\d,]\s[-–]\s)(?<![\d,][-–])(?P<num>{PERCENT_NUMBER})\s*%\s+(?:số\s+)?(?:{MEMBER_WORDS})"
    # (by whom may be said: "trên 90% đoàn viên được Công đoàn Công ty Nhiệt điện Phả Lại giới
    # thiệu đã được kết nạp vào Đảng", probes358)
    # (or "do" them, all admitted: "trên 68% số đoàn viên do các CĐCS ngành cao su giới thiệu đã
    # được kết nạp vào Đảng", "100% đoàn viên do Công đoàn … giới thiệu đều được kết nạp vào Đảng",
    # probes583)
    r"(?:\s+(?:công đoàn|ưu tú))*\s+(?:(?:đã\s+)?được|do)\s+(?:[^;%\d]{1,60}?\s)?giới thiệu"
    r"[^;%\d]{0,30}?\s(?:(?:đã|đều)\s+)?được\s+kết nạp\s+(?:vào\s+)?Đảng"
)
# A share of companies with a union, as a plan's target: "Đến hết nhiệm kỳ ...: 100% doanh nghiệp có
# 25 công nhân lao động trở lên có tổ chức công đoàn" (done, it is how many have one: a stock).
UNION_COVERAGE_SHARE = _re(
    rf"(?:(?P<qual>{QUALIFIER})\s+)?(?P<num>{PERCENT_NUMBER})\s*%\s+(?:số\s+)?(?:các\s+)?"
    r"(?:doanh nghiệp|DN\b)[^;%\d]{0,60}?\bcó\s+(?:tổ chức\s+)?(?:công đoàn|CĐ\b)"
    # (not what companies with a union do: "100% DN có tổ chức công đoàn ký kết thỏa ước")
    # ("để 100% doanh nghiệp có công đoàn hoàn thành tổ chức hội nghị", probes145)
    # ("95% doanh nghiệp có công đoàn phải tổ chức hội nghị người lao động", probes153)
    # ("trên 90% doanh nghiệp có tổ chức công đoàn xây dựng và thực hiện quy chế dân chủ ở cơ sở",
    # probes694)
    r"(?!\s*(?:cơ sở\s+)?(?:(?:phải|đều|cần)\s+)?"
    r"(?:đạt|ký|tổ chức|hoàn thành|thực hiện|duy trì|đối thoại|xây dựng|ban hành|công khai|"
    r"triển khai|phối hợp|thương lượng))"
)
# Founding in a share of companies: "thành lập CĐCS ở 100% doanh nghiệp có từ 15 lao động trở
# lên", "có 90% số doanh nghiệp ... thành lập được tổ chức công đoàn".
# The establishments of a sector a union is founded at: "thành lập CĐCS tại 100% cơ sở y tế tư
# nhân có từ 25 lao động trở lên", "100% cơ sở giáo dục ngoài công lập đủ điều kiện được thành lập
# công đoàn" (probes184, a sector union's term targets)
_SECTOR_ESTABLISHMENT = r"cơ sở\s+(?:y tế|giáo dục|sản xuất|kinh doanh)"
_FOUNDING_UNIT = (
    rf"(?:doanh nghiệp|DN\b|đơn vị|trường(?! hợp)|bệnh viện|cơ quan|{_SECTOR_ESTABLISHMENT})"
)
FOUND_SHARE = _re(
    # "thành lập cơ sở ở 100% đơn vị, doanh nghiệp trong ngành" (a sector union's target)
    rf"thành lập\s+(?:mới\s+)?(?:được\s+)?(?:tổ chức\s+)?(?:{CDCS_WORDS}|công đoàn|cơ sở)\s+"
    rf"(?:ở|tại|trong)\s+(?:(?P<qual>{QUALIFIER})\s+)?(?P<num>{PERCENT_NUMBER})\s*%\s+"
    # ("ở 100% các doanh nghiệp có đủ điều kiện", H33-004)
    rf"(?:số\s+|các\s+)?{_FOUNDING_UNIT}"
    # "thành lập 100% CĐCS doanh nghiệp có từ 20 lao động trở lên": the share of unions founded
    rf"|thành lập\s+(?:mới\s+)?(?:được\s+)?(?:(?P<qual3>{QUALIFIER})\s+)?"
    rf"(?P<num3>{PERCENT_NUMBER})\s*%\s+"
    rf"(?:số\s+)?{CDCS_WORDS}\s+(?:(?:ở|tại|trong)\s+)?(?:các\s+)?"
    r"(?:doanh nghiệp|DN\b|đơn vị)"
    # the first of two shares that found unions: "100% DN có từ 50 lao động và 90% DN có 30 lao
    # động trở lên thành lập CĐCS" (read ahead, so the second is matched too)
    rf"|(?:(?P<qual4>{QUALIFIER})\s+)?(?P<num4>{PERCENT_NUMBER})\s*%\s+(?:số\s+)?(?:doanh nghiệp|"
    rf"DN\b|đơn vị)(?=[^;%\d]{{0,60}}?\s(?:và|,)\s+(?:(?:{QUALIFIER})\s+)?{PERCENT_NUMBER}\s*%\s+"
    r"(?:số\s+)?(?:doanh nghiệp|DN\b|đơn vị)[^;%\d]{0,80}?thành lập\s+(?:mới\s+)?(?:được\s+)?"
    rf"(?:tổ chức\s+)?(?:{CDCS_WORDS}|công đoàn))"
    # ("70% trở lên doanh nghiệp có từ 25 lao động trở lên thành lập công đoàn cơ sở")
    rf"|(?:(?P<qual2>{QUALIFIER})\s+)?(?P<num2>{PERCENT_NUMBER})\s*%\s+(?:trở lên\s+)?(?:số\s+)?"
    rf"(?:doanh nghiệp|DN\b|đơn vị|{_SECTOR_ESTABLISHMENT})"
    rf"[^;%\d]{{0,80}}?thành lập\s+(?:mới\s+)?(?:được\s+)?(?:tổ chức\s+)?(?:{CDCS_WORDS}|"
    r"công đoàn)"
)
# An indicator named before where it was held: "tổ chức đối thoại định kỳ tại 1.200 doanh nghiệp",
# "ký mới thỏa ước lao động tập thể ở 10 doanh nghiệp".
LABEL_BEFORE_PLACE = _re(
    # (not supervised where it is in force: "giám sát việc thực hiện thỏa ước lao động tập thể ở 21
    # doanh nghiệp", H43-005)
    r"(?<!việc thực hiện )(?<!giám sát )(?<!kiểm tra )"
    r"(?:hội nghị (?:người lao động|NLĐ|CNVCLĐ|cán bộ,? công chức(?:,? viên chức)?)|HNNLĐ|"
    r"đối thoại|thỏa ước lao động tập thể|thoả ước lao động tập thể|TƯLĐTT)"
    # (its year may be said: "Hội nghị người lao động năm 2021 được tổ chức tại 187/203 doanh
    # nghiệp", probes198)
    r"(?:[^,;\d]|(?<=năm )(?:19|20)\d\d\b){0,40}?\s(?:tại|ở|"
    # the other side of an agreement or a dialogue: "ký kết thỏa ước lao động tập thể (TƯLĐTT) với
    # Giám đốc 3 doanh nghiệp"
    r"với(?:\s+(?:giám đốc|lãnh đạo|chủ|đại diện|người sử dụng lao động(?:\s+của)?))?)"
    rf"\s+(?:(?:{QUALIFIER})\s+)?$"
    # the companies that signed a group agreement: "tổ chức lễ ký kết Thỏa ước lao động tập thể
    # nhóm doanh nghiệp ngành dệt may lần thứ hai, với sự tham gia của 9 doanh nghiệp" (probes58,
    # H43-017; h3-054 reads it as no figure)
    # (signed: not "Hội thảo về thỏa ước nhóm diễn ra với sự tham gia của 40 doanh nghiệp")
    r"|(?P<signed>\bký(?:\s+kết)?\s+(?:[^;%\d]{1,20}?\s)?(?=thỏa ước|thoả ước|TƯLĐTT))?"
    r"(?:thỏa ước|thoả ước|TƯLĐTT)(?:\s+lao động tập thể)?\s+(?:nhóm|đa\s+(?:doanh nghiệp|DN))\b"
    r"(?(signed)|[^;%]{0,100}?\bký(?:\s+kết)?\b)"
    rf"[^;%]{{0,140}}?\svới sự tham gia của\s+(?:(?:{QUALIFIER})\s+)?$"
    # ... signed between the union and them, or for them: "lễ ký kết thỏa ước lao động tập thể
    # nhóm ngành vận tải taxi giữa đại diện tập thể lao động và 8 doanh nghiệp taxi", "ký thỏa ước
    # nhóm cho 9 doanh nghiệp ngành dệt may" (probes183)
    # ... or one agreement said signed with them, a group's by what it is: "Thỏa ước được ký kết
    # với sự tham gia của 7 doanh nghiệp may mặc", "Thỏa ước ngành dệt may lần thứ 5 được ký với
    # 121 doanh nghiệp tham gia" (probes376, probes377)
    r"|(?:thỏa ước|thoả ước|TƯLĐTT)\b(?:[^;%\d]|(?<=thứ )\d){0,60}?\sđược\s+ký(?:\s+kết)?\s+với\s+"
    rf"(?:sự tham gia của\s+)?(?:(?:{QUALIFIER})\s+)?$"
    r"|\bký(?:\s+kết)?\s+(?:thỏa ước|thoả ước|TƯLĐTT)(?:\s+lao động tập thể)?\s+nhóm\b"
    r"(?:[^;%\d]{0,80}?\sgiữa\s[^;%\d]{1,100}?\svà|[^;%\d,]{0,40}?\scho)"
    rf"\s+(?:(?:{QUALIFIER})\s+)?$"
)
# Unions' congresses named before the unions that held them: "Đại hội công đoàn của 1.009 công đoàn
# cấp cơ sở và 9 công đoàn cấp trên cơ sở được diễn ra theo kế hoạch".
CONGRESS_BEFORE = _re(
    r"đại hội(?:\s+(?:công đoàn|CĐ))?(?:\s+(?:cơ sở|cấp cơ sở))?\s+(?:của|tại|ở)\s+"
    rf"(?:các\s+)?(?:(?:{QUALIFIER})\s+)?$"
    # "chỉ đạo Đại hội xong 53 Công đoàn cơ sở"
    rf"|đại hội\s+(?:xong|thành công)(?:\s+(?:cho|ở|tại))?\s+(?:các\s+)?(?:(?:{QUALIFIER})\s+)?$"
    # (or held "cho" them: "Công đoàn ngành Giáo dục tổ chức đại hội cho 312 CĐCS", probes480; not
    # "hướng dẫn quy trình đại hội cho 45 CĐCS")
    r"|tổ chức\s+(?:xong\s+)?đại hội(?:\s+(?:công đoàn|CĐ))?(?:\s+(?:cơ sở|cấp cơ sở))?\s+cho\s+"
    rf"(?:các\s+)?(?:(?:{QUALIFIER})\s+)?$"
)
# A percent of the workforce is a share, not of a plan: "kết nạp 256 đoàn viên, đạt 85% tổng số lao
# động", "phát triển đoàn viên đạt ít nhất 95% trong các cơ quan, đơn vị nhà nước".
OF_THE_WORKFORCE = _re(
    r"\s*(?:trên\s+)?(?:tổng\s+)?số\s+(?:lao động|công nhân|CNLĐ|NLĐ\b|CNVCLĐ|người lao động|"
    r"CBCCVC|cán bộ)"
    r"|\s*(?:ở|tại|trong)\s+(?:các\s+)?(?:cơ quan|đơn vị|doanh nghiệp|DN\b|khu vực)"
    # (the workers bare, ending the clause: "nâng tổng số đoàn viên lên 14.890 người, chiếm 97% lao
    # động", probes376; not "90% lao động được ký hợp đồng", a share of its own)
    r"|\s*(?:lao động|công nhân|CNLĐ|NLĐ|CNVCLĐ|người lao động)\b"
    r"(?=\s*(?:[,.;)]|$|(?:của|trong|tại|ở|toàn)\b))"
)
# A change against last year is no yardstick: "kết nạp 1.200 đoàn viên, tăng 12% so với cùng kỳ".
# (or against another time of the same length: "kết nạp 412 đoàn viên, bằng 87% so với quý I/2024",
# probes390)
YEAR_ON_YEAR = _re(
    # (or against that time's result: "kết nạp 1.120 đoàn viên, bằng 45% kết quả cả năm 2024",
    # probes898)
    r"^\s*(?:so với\s+)?(?:(?:kết quả|con số)\s+(?:của\s+)?)?(?:cả\s+)?"
    r"(?:cùng kỳ|năm trước|năm ngoái|năm 20\d\d|"
    r"(?:quý|tháng)\s+(?:trước|[\dIV]+/(?:19|20)\d\d)|nhiệm kỳ trước|năm học trước)"
)
# Counts of dialogues and agreements are done by someone: "tổ chức 1.200 cuộc đối thoại", "ký kết
# 250 bản TƯLĐTT"; "trong 1.298 cuộc đối thoại có 1.220 cuộc ... định kỳ" is a breakdown.
HELD_VERB = _re(
    # ("đã ký mới và ký lại được 46 bản TƯLĐTT", probes85)
    # (and those the union took part in: "các CĐCS còn tham gia 65 cuộc đối thoại đột xuất",
    # probes109, probes118)
    # (or chaired: "LĐLĐ thành phố trực tiếp chủ trì 14 cuộc đối thoại", probes311)
    r"(?:tổ chức|ký kết|ký mới|ký|thương lượng|diễn ra|thực hiện|tham gia|chủ trì|tiến hành)"
    # (and how: "tổ chức thành công 5 hội nghị người lao động", "tổ chức xong", probes253)
    r"(?:\s+(?:và|,)\s+(?:ký lại|ký bổ sung|sửa đổi|bổ sung))?"
    # (and in turn, before a list: "phối hợp tổ chức lần lượt 215, 142 và 96 cuộc đối thoại",
    # probes424)
    r"(?:\s+(?:được|mới|thêm|lại|thành công|xong|lần lượt))*\s*$"
    # (those a count was reached through: "Qua 52 cuộc đối thoại, hơn 300 kiến nghị …", probes85)
    r"|^\W*(?:Thông\s+)?[Qq]ua\s*$"
    # (spoken: "Năm rồi chúng tôi làm được 1.180 cuộc đối thoại", probes189)
    r"|\blàm\s+được\s*$"
)
# ... or the list it heads: "tổ chức 287 hội nghị người lao động và 1.046 cuộc đối thoại định kỳ"
# (or whose first item has no count: "tổ chức đều đặn hội nghị người lao động hằng năm và 24 cuộc
# đối thoại định kỳ", probes198)
HELD_LIST = _re(
    r"(?:tổ chức|ký kết|ký mới|ký|tham gia)"
    r"(?:\s+(?:được|mới|thêm|đều đặn|thành công|xong|lần lượt))*\s+"
    r"(?:\d[\d.]*\s+[^;\d]{0,60}?|(?:hội nghị|đối thoại)[^;\d]{0,50}?)(?:,|\bvà)\s*$"
    # (or numbers listed before the noun they share: "tổ chức lần lượt 215, 142 và 96 cuộc đối
    # thoại", probes424)
    r"|(?:tổ chức|ký kết|ký mới|ký|tham gia)(?:\s+(?:được|mới|thêm|lần lượt))*\s+"
    r"(?:\d[\d.]*\s*(?:,|\bvà)\s*)+$"
)
# The indicators a percent can state alone, each in a group named by its metric.
_PROGRESS_INDICATORS = (
    # (or the tally's noun first: "số đoàn viên kết nạp mới đạt 112% kế hoạch, số CĐCS thành lập
    # mới đạt 95% kế hoạch")
    rf"(?:(?P<doan_vien_ket_nap>(?:kết nạp|phát triển)(?:\s+mới)?\s+{MEMBER_WORDS}|"
    rf"\bsố\s+{MEMBER_WORDS}(?:\s+mới)?\s+(?:được\s+)?(?:kết nạp|phát triển)"
    r"(?!\s+(?:vào\s+)?Đảng)|"
    # (new ones with no verb: "Thái Nguyên: Số đoàn viên mới 9 tháng đạt 85,4% kế hoạch", probes57)
    rf"\bsố\s+{MEMBER_WORDS}\s+mới\b(?!\s+(?:được\s+)?(?:kết nạp|phát triển|giới thiệu)))|"
    # ("vượt 50% chỉ tiêu về thành lập nghiệp đoàn", probes66)
    rf"(?P<cdcs_thanh_lap>thành lập(?:\s+mới)?\s+(?:{CDCS_WORDS}|nghiệp đoàn|NĐ\b)|"
    rf"\bsố\s+{CDCS_WORDS}(?:\s+mới)?\s+(?:được\s+)?thành lập|"
    rf"\bsố\s+{CDCS_WORDS}\s+mới\b(?!\s+(?:được\s+)?thành lập))|"
    # "Giới thiệu đoàn viên công đoàn ưu tú cho Đảng xem xét, bồi dưỡng kết nạp đạt 175%"
    rf"(?P<dang_vien_gioi_thieu>giới thiệu\s+{MEMBER_WORDS}[^%;]{{0,20}}?ưu tú|"
    # ("Giới thiệu đảng viên từ công nhân vượt 20% chỉ tiêu", a headline, probes94)
    r"giới thiệu\s+(?:đảng viên|quần chúng ưu tú)\s+từ\s+(?:công nhân|đoàn viên|người lao động)|"
    # ... and those admitted: "Kết nạp Đảng cho đoàn viên công đoàn đạt 112% kế hoạch", "Số đoàn
    # viên được kết nạp Đảng trong năm vượt 15,6% so với chỉ tiêu" (probes94, probes99)
    rf"(?P<admitted>kết nạp\s+Đảng\s+cho\s+{MEMBER_WORDS}|"
    rf"\bsố\s+{MEMBER_WORDS}(?:\s+công đoàn)?(?:\s+ưu tú)?\s+được\s+kết nạp\s+(?:vào\s+)?Đảng))|"
    # "Đào tạo, bồi dưỡng cán bộ công đoàn chủ chốt cấp cơ sở đạt 119%"
    r"(?P<can_bo_tap_huan>(?:đào tạo|bồi dưỡng|tập huấn)(?:,\s*(?:đào tạo|bồi dưỡng|tập huấn))*"
    r"(?:\s+cho)?\s+cán bộ|"
    # (the tally's noun first: "So với kế hoạch năm, số lượt cán bộ được tập huấn đạt 112,6%")
    r"\bsố\s+(?:lượt\s+)?(?:cán bộ|CBCĐ\b)(?:\s+[^\s%;\d]+){0,5}?\s+được\s+"
    r"(?:đào tạo|bồi dưỡng|tập huấn)))"
)
# One progress indicator alone, for lists of them (indicators.py, _percents_of_indicators_in_turn).
PROGRESS_INDICATOR = _re(_PROGRESS_INDICATORS)
# "... phát triển đoàn viên đạt 105% kế hoạch": a percent with no count before it.
PERCENT_ONLY = _re(
    # (not past a clause set against it: "… đã vượt chỉ tiêu cả nhiệm kỳ về thành lập CĐCS, song số
    # đoàn viên kết nạp mới chỉ đạt khoảng 55%", probes510)
    _PROGRESS_INDICATORS
    + r"(?P<gap>(?:(?!,\s*(?:song|nhưng|còn|trong khi|tuy nhiên)\b)[^%;]){0,60}?)"
    rf"(?P<verb>{PERCENT_VERB})\s+"
    # (the yardstick may come before the percent: "kết nạp đoàn viên vượt chỉ tiêu 12%")
    rf"(?:(?P<yard_before>{PLAN_NOUN})(?:\s+(?:năm|được giao|đề ra))?\s+)?"
    rf"(?:(?P<qual>{QUALIFIER})\s+)?"
    r"(?P<num>\d[\d.]*(?:,\d+)?)\s*%"
    rf"(?P<yard>\s*(?:so với\s+)?{PLAN_NOUN})?"
)
# ... or the percent of the plan first: "đạt 100% chỉ tiêu về phát triển đoàn viên, thành lập công
# đoàn cơ sở", "vượt 15% kế hoạch phát triển đoàn viên" (the yardstick must be named).
PERCENT_FIRST = _re(
    rf"(?:(?P<verb>đạt|vượt|bằng|thực hiện được|hoàn thành(?:\s+và\s+vượt)?)\s+"
    # (or, with no verb, opening a headline or its part: "60,5% kế hoạch phát triển đoàn viên sau
    # 6 tháng", probes377)
    r"|(?:^|(?<=:\s))(?=\d[\d.,]*\s*%\s*(?:kế hoạch|chỉ tiêu)))"
    # ("đạt tỷ lệ 76% kế hoạch phát triển đoàn viên", "vượt mức 15% …")
    rf"(?:(?:t[ỷỉ] lệ|mức)\s+)?(?:(?P<qual>{QUALIFIER})\s+)?"
    # (a range of percents by its lower bound: "đều đạt từ 95–100% kế hoạch phát triển đoàn viên")
    rf"(?:từ\s+)?(?P<num>\d[\d.]*(?:,\d+)?)(?:\s*%?\s*(?:[-–]|đến)\s*\d[\d.]*(?:,\d+)?)?\s*%"
    rf"\s*(?:so với\s+)?{PLAN_NOUN}"
    r"(?:\s+(?:năm|được giao|đề ra))?\s+(?:(?:về|của)\s+)?(?:(?:công tác|nhiệm vụ)\s+)?"
    + _PROGRESS_INDICATORS
)
# ... or the plan first, its indicator, then the percent: "Công đoàn Giao thông vận tải Việt Nam
# vượt chỉ tiêu kết nạp đoàn viên 12%" (probes574).
PLAN_THEN_PERCENT = _re(
    rf"(?P<verb>đạt|vượt|hoàn thành)\s+{PLAN_NOUN}(?:\s+(?:năm|được giao|đề ra))?\s+"
    r"(?:(?:về|của)\s+)?"
    + _PROGRESS_INDICATORS
    + rf"\s+(?:(?P<qual>{QUALIFIER})\s+)?(?P<num>\d[\d.]*(?:,\d+)?)\s*%(?!\s*(?:và|,)\s*\d)"
)
# The next indicator a percent of the plan is given for: "..., thành lập công đoàn cơ sở", or the
# next with its own percent: "vượt 28% chỉ tiêu thành lập CĐCS và 45% chỉ tiêu phát triển đoàn
# viên".
NEXT_PROGRESS_INDICATOR = _re(
    rf"\s*(?:,|và)\s*(?:(?P<num>\d[\d.]*(?:,\d+)?)\s*%\s*(?:so với\s+)?{PLAN_NOUN}"
    r"(?:\s+(?:năm|được giao|đề ra))?\s+(?:(?:về|của)\s+)?(?:(?:công tác|nhiệm vụ)\s+)?)?"
    + _PROGRESS_INDICATORS
)

# --- Other indicators: labels and how they are written -------------------------------------------

# A grassroots union's rating: "17 CĐCS đạt trong sạch vững mạnh", "6 công đoàn đạt khá".
# Matched at the start of what follows the count: "08 CĐCS hoàn thành xuất sắc nhiệm vụ".
# ("312 CĐCS được công nhận đạt tiêu chuẩn “CĐCS vững mạnh”": two verbs, the quote first)
_GRADE_VERB = (
    r"(?:đã\s+)?(?:(?:được\s+)?công nhận\s+(?=đạt\b))?"
    # ("25/27 CĐCS được đánh giá, xếp loại hoàn thành xuất sắc nhiệm vụ")
    r"(?:đạt|(?:được\s+)?đánh giá,?\s+xếp loại|được xếp loại|xếp loại|được đánh giá|đánh giá|"
    r"được công nhận|công nhận)"
    # ("… được đánh giá, xếp loại đạt vững mạnh, chiếm 86,2%", probes86)
    r"(?:(?<=xếp loại)\s+đạt)?"
    r"\s+(?:là\s+|loại\s+)?(?:danh hiệu\s+)?(?:tiêu chuẩn\s+)?[“\"]?"
    rf"(?:(?:{CDCS_WORDS}|công đoàn)\s+)?[“\"]?"
)
GRADE_WORDS = (
    # (deeds done well are no rating: "có thành tích xuất sắc trong phong trào …")
    # (nor "khá hơn", better: "Năm ngoái chỉ thành lập được có ba công đoàn cơ sở, năm nay khá
    # hơn, đã được chín", probes460)
    r"(?P<grade>(?:trong sạch,?\s+)?vững mạnh(?:\s+xuất sắc)?|khá(?!\s+hơn\b)|"
    r"(?<!thành tích )xuất sắc|"
    # (not "chủ yếu", mainly: "11 công đoàn cơ sở, chủ yếu trong các doanh nghiệp giày da")
    # (a task done at the average, the lowest grade: "… lần lượt có 8 và 6 CĐCS xếp loại hoàn thành
    # nhiệm vụ ở mức trung bình", probes866)
    # (nor one not done: "… có lần lượt 3 và 2 CĐCS không hoàn thành nhiệm vụ", probes890)
    r"(?<!không )(?<!chưa )"
    r"hoàn thành (?:tốt |xuất sắc )?nhiệm vụ(?!\s+(?:ở\s+)?mức\s+(?:trung bình|yếu|thấp))|"
    r"trung bình|(?<!chủ )yếu|"
    # (the first of two grades with their noun said once: "xếp loại hoàn thành tốt và hoàn thành
    # xuất sắc nhiệm vụ")
    r"hoàn thành tốt(?=\s+(?:và|,)\s+(?:hoàn thành\s+)?xuất sắc\s+nhiệm vụ))\b"
)
GRADE = _re(r"^[\s,]*(?:[^\s,;]+\s+){0,5}?(?:" + _GRADE_VERB + r")?" + GRADE_WORDS)
# The next grade named with "và" after the first, one share or count for both: "85% công đoàn cơ
# sở đạt công đoàn vững mạnh và vững mạnh xuất sắc", "xếp loại hoàn thành tốt và hoàn thành xuất
# sắc nhiệm vụ" (two figures, as heldout27 reads them; "vững mạnh, vững mạnh xuất sắc" with a comma
# is one, heldout-055).
NEXT_GRADE = _re(
    rf"\s+và\s+(?:đạt\s+)?(?:(?:{CDCS_WORDS}|công đoàn)\s+)?(?:loại\s+)?" + GRADE_WORDS
)
# ... or after a comma, in a list of grades said in turn: "Tỷ lệ CĐCS xếp loại vững mạnh, khá lần
# lượt đạt 78,5% và 15,2%" (probes858).
NEXT_GRADE_LISTED = _re(r"\s*,\s*(?:loại\s+)?" + GRADE_WORDS)
# ... and said further on, its verb named: "13/13 CĐCS trường học trên địa bàn huyện được Hội đồng
# Thi đua-Khen thưởng LĐLĐ huyện đánh giá hoàn thành tốt nhiệm vụ" (up to 18 words: the agent may be
# written long, "Liên đoàn Lao động huyện"); "95% CĐ cơ sở khu vực nhà nước,
# 60% CĐ cơ sở khu vực ngoài nhà nước, DN có vốn đầu tư nước ngoài đạt CĐ cơ sở vững mạnh" (with
# commas in a list of shares). Never past a number.
GRADE_FAR = _re(r"^[\s,]*(?:[^\s,;\d]+\s+){0,18}?" + _GRADE_VERB + GRADE_WORDS)
GRADE_FAR_COMMAS = _re(r"^[\s,]*(?:[^\s,;\d]+,?\s+){0,18}?" + _GRADE_VERB + GRADE_WORDS)
# The other indicators of union work a report counts, as labels and how they are written.
OTHER_LABELS = (
    # the public sector's counterpart of the workers' conference has its own name
    (
        "hội nghị cán bộ công chức",
        # "Hội nghị CBCC, VC"; a school's "hội nghị viên chức" (with its workers named, below, it
        # counts with theirs)
        _re(
            r"hội nghị (?:cán bộ,? công chức(?:,?\s*viên chức)?|CBCC(?:,?\s*VC)?|CBCCVC|"
            r"CB\.?\s*CNV|cán bộ,? viên chức|viên chức(?!,?\s*(?:người lao động|NLĐ|CNVCLĐ)))"
        ),
    ),
    # "hội nghị viên chức, người lao động" of public service units counts with the workers'
    (
        "hội nghị người lao động",
        _re(r"hội nghị (?:viên chức,?\s*)?(?:người lao động|NLĐ|CNVCLĐ)|HNNLĐ"),
    ),
    # not rules for dialogues ("xây dựng quy chế đối thoại")
    # (or a meeting between the employer and the workers: "8 đơn vị đã tổ chức gặp gỡ, trao đổi
    # giữa lãnh đạo doanh nghiệp với đoàn viên, người lao động", H29-035)
    (
        "đối thoại",
        _re(
            # (nor its content prepared: "hỗ trợ 47 CĐCS chuẩn bị nội dung đối thoại", probes67)
            r"(?<!quy chế )(?<!nội dung )đối thoại|gặp gỡ,?\s+trao đổi\s+giữa\s+(?:ban\s+)?"
            r"(?:lãnh đạo|giám đốc|"
            r"người sử dụng lao động|chủ doanh nghiệp|NSDLĐ)"
        ),
    ),
    # not what goes into agreements ("đưa nội dung tổ chức bữa ăn vào thỏa ước")
    (
        "thỏa ước lao động tập thể",
        _re(r"(?<!vào )(?<!trong )(?:(?:thỏa ước|thoả ước)(?:\s+lao động tập thể)?|TƯLĐTT)"),
    ),
    # "117 công đoàn cơ sở tổ chức thành công đại hội", "28/28 CĐCS ... đã Đại hội thành công",
    # "117 đơn vị hoàn thành việc tổ chức đại hội"
    (
        "cđcs tổ chức đại hội",
        _re(
            # "1.663 Công đoàn cơ sở … đã tiến hành xong đại hội nhiệm kỳ 2023-2028"
            # (to be guided to "tiến hành Đại hội" is not to have held it)
            # (not a pilot: "giao nhiệm vụ cho 02 Công đoàn đơn vị tổ chức Đại hội mẫu", H44-012;
            # "chọn 4 đơn vị CĐ cấp trên cơ sở tổ chức đại hội điểm", H16-003)
            r"(?:tổ chức|hoàn thành|kết thúc)(?:\s+(?:xong|thành công|việc tổ chức|tổ chức))?"
            r"\s+đại hội(?!\s+(?:mẫu|điểm|thí điểm)\b)|"
            # ("khoảng 6.400 CĐCS … đã tiến hành đại hội nhiệm kỳ 2023–2028")
            r"tiến hành\s+(?:xong|thành công)\s+đại hội|đã\s+(?:tiến hành\s+)?đại hội|"
            r"đại hội\s+(?:thành công|xong)"
        ),
    ),
    # "14/293 CĐCS tổ chức hội nghị giữa nhiệm kỳ": the mid-term conference of a union's term
    ("cđcs tổ chức hội nghị giữa nhiệm kỳ", _re(r"hội nghị (?:công đoàn )?giữa nhiệm kỳ")),
)
# A congress said to be of grassroots unions makes the units counted unions: "hướng dẫn 37 đơn vị
# tổ chức đại hội CĐ cơ sở", "7 đơn vị hoàn thành đại hội CĐCS".
CONGRESS_OF_UNIONS = _re(r"\s*(?:(?:công đoàn|CĐ)\s+(?:cấp\s+)?cơ sở|CĐCS)\b")  # used with .match

# "trở lên" after the counted noun: "100 đoàn viên trở lên".
AFTER_QUALIFIER = _re(r"^\s*(?:\S+\s+){0,3}?(trở lên)")

TRAIN_VERBS = (
    "tập huấn",
    "trang bị kiến thức",
    "bồi dưỡng",
    "đào tạo",
    "huấn luyện",
    "chương trình",
    "lớp",
    "khóa",
    "khoá",
)
# A company-size threshold is not a count: "doanh nghiệp có từ 25 công nhân lao động trở lên".
# (members too: "100% CĐCS có từ 30 đoàn viên trở lên ký kết thỏa ước"; and an age: "người lao
# động từ đủ 15 tuổi trở lên được kết nạp vào công đoàn")
_THRESHOLD_PEOPLE = r"(?:công nhân|lao động|CNLĐ|NLĐ|người)(?:\s+lao động)?"
# (not the floor of a count to be done: "kết nạp từ 45 người trở lên", probes191)
_NOT_AFTER_A_DEED = (
    r"(?<!kết nạp )(?<!kết nạp được )(?<!kết nạp thêm )(?<!phát triển )(?<!giới thiệu )"
    r"(?<!vận động )"
)
THRESHOLD = _re(
    rf"\(\s*(?:có\s+)?từ\s+\d+\s+{_THRESHOLD_PEOPLE}(?:\s+trở lên)?\s*\)|"
    rf"{_NOT_AFTER_A_DEED}(?:có\s+)?từ\s+\d+\s+{_THRESHOLD_PEOPLE}(?:\s+trở lên)?"
    rf"|{_NOT_AFTER_A_DEED}(?<!từ )(?<![\d.,])\d+\s+{_THRESHOLD_PEOPLE}\s+trở lên"
    # ("tỷ lệ doanh nghiệp trên 25 lao động đã có tổ chức công đoàn")
    rf"|(?<=doanh nghiệp )(?:có\s+)?(?:trên|dưới)\s+\d+\s+{_THRESHOLD_PEOPLE}"
    # (members only as the size of the units before: "kết nạp 35.000 đoàn viên trở lên", "có từ
    # 3000 đoàn viên công đoàn ưu tú trở lên được xem xét kết nạp vào Đảng" are counts)
    r"|(?:(?<=CĐCS )|(?<=cơ sở )|(?<=doanh nghiệp )|(?<=DN )|(?<=đơn vị ))"
    r"có\s+từ\s+\d+\s+đoàn viên(?:\s+trở lên)?"
    # ("mỗi CĐCS mới thành lập có từ 30 đoàn viên trở lên", a rule's condition, probes72)
    r"|(?<=thành lập )có\s+từ\s+\d+\s+đoàn viên\s+trở lên"
    r"|(?:từ\s+)?(?:đủ\s+)?\d+\s+tuổi(?:\s+trở lên)?"
)
# "37 CĐCSVM": the "vững mạnh" rating glued to its unit, as reports abbreviate it.
GLUED_STRONG = re.compile(r"VM\b")
# "được", "đến" or "mức" between a yardstick verb and its number adds nothing: "đạt được 55% kế
# hoạch", "vượt được 30% kế hoạch tỉnh giao", "hoàn thành đến 92% chỉ tiêu", "vượt mức 31%" read as
# "đạt 55%", "vượt 30%", "hoàn thành 92%", "vượt 31%" (the group is blanked, offsets hold).
# The name of a programme or a campaign in quotes counts nothing: "tổng kết Chương trình “Phát triển
# 1 triệu đoàn viên công đoàn”", "đợt cao điểm “100 ngày – 100 CĐCS”" (probes84).
CAMPAIGN_NAME = _re(
    r"(?:(?<=chương trình )|(?<=đợt cao điểm )|(?<=cuộc vận động )|(?<=chiến dịch )"
    r"|(?<=phong trào )|(?<=thi đua )"
    # (or a model's: "Mô hình “Mỗi CĐCS giới thiệu 2 đoàn viên ưu tú mỗi năm”", probes144)
    # (a long one too: "phát động đợt thi đua “Kết nạp 5.000 đoàn viên, thành lập 50 CĐCS chào mừng
    # Đại hội XIII Công đoàn Việt Nam”", probes293)
    r"|(?<=mô hình )|(?<=cuộc thi )"
    # (a peak named after "cao điểm", a slogan: "phát động đợt thi đua cao điểm “100 ngày phát
    # triển 5.000 đoàn viên”", probes353)
    r"|(?<=cao điểm )|(?<=khẩu hiệu )|(?<=chủ đề )"
    # (or a form's field: "Tên phong trào: “Mỗi CĐCS phát triển thêm 10 đoàn viên”; phạm vi: …",
    # "Tên chương trình: “Phát triển 1 triệu đoàn viên, thành lập 10.000 CĐCS”", probes505)
    r"|(?<=chương trình: )|(?<=phong trào: )|(?<=thi đua: )|(?<=khẩu hiệu: )|(?<=chủ đề: ))"
    # (in single quotes too, within a quote of speech: "“Cả hệ thống đang dồn sức cho phong trào
    # ‘Tháng phát triển 10.000 đoàn viên’, …”", probes571)
    r"[“\"«‘][^”\"»’]{1,120}[”\"»’]"
    # (or a name in quotes that says it is a campaign's: "Tên đợt thi đua là “Tháng phát triển 500
    # đoàn viên” cho dễ nhớ", probes372)
    # (not a quote of speech that opens on a month: "“Tháng 7 vừa rồi chúng tôi kết nạp …”")
    r"|(?:(?<=là )|(?<=tên )|(?<=mang tên )|(?<=hưởng ứng )|(?<=phát động )|(?<=triển khai ))"
    r"[“\"«‘](?:Tháng|Đợt|Chiến dịch|Phong trào|Chương trình)\s(?!\d)[^”\"»’,.;:]{1,80}[”\"»’]"
)
IDLE_WORD = _re(
    r"(?:(?<=\bđạt)|(?<=\bvượt)|(?<=\bhoàn thành))\s+(?:được|đến|mức)"
    rf"(?=\s+(?:(?:{QUALIFIER})\s+)?(?:\d|t[ỷỉ] lệ|chỉ tiêu|kế hoạch))"
    # ... nor "ứng với" between a deed and its values in turn: "… đã bồi dưỡng ứng với 1.250 và
    # 2.680 lượt cán bộ công đoàn" reads as "… đã bồi dưỡng 1.250 …" (probes558)
    rf"|(?<=\s)ứng với(?=\s+(?:(?:{QUALIFIER})\s+)?\d[\d.,]*(?:\s+[^\W\d]+){{0,3}}\s*(?:,|và)\s)"
    # ... nor does a partner in holding a conference: "236/240 CĐCS … đã phối hợp (với chuyên môn)
    # tổ chức hội nghị viên chức, người lao động" reads as "… đã tổ chức hội nghị …" (probes54)
    # (a union partner stays: whose ceremony it also is, "Đảng ủy Công ty phối hợp với Công đoàn
    # Công ty tổ chức lễ kết nạp đảng viên mới cho 12 đoàn viên công đoàn ưu tú", probes115)
    r"|\bphối hợp(?:\s+với\s+(?!(?:Công đoàn|CĐ|LĐLĐ|Liên đoàn Lao động)\b)[^\d,;]{1,40}?)?"
    r"(?=\s+tổ chức\b)"
    # ... nor a meeting said with its dialogue: "45 doanh nghiệp đã tổ chức gặp gỡ, đối thoại …"
    r"|(?<=tổ chức)\s+gặp gỡ(?:,\s*|\s+và\s+)(?=đối thoại\b)"
)
# Units praised for an indicator, said in the passive after them: "… được biểu dương", "được khen
# vì tổ chức tốt đối thoại" (probes328, probes355), "được trao thưởng" (probes356).
PRAISED = (
    r"được\s+(?:khen(?:\s+thưởng)?|biểu dương|tuyên dương|vinh danh|trao thưởng|"
    r"tặng\s+(?:bằng|giấy)\s+khen)\b"
)
# Units honoured are no count of an indicator: "tuyên dương 14 đơn vị tổ chức tốt ... đối thoại".
HONOUR_BEFORE = _re(
    # ("trao thưởng cho 20 doanh nghiệp thực hiện tốt đối thoại", probes109)
    # (or "khen" alone: "Năm nay tỉnh khen 15 doanh nghiệp làm tốt đối thoại", probes372)
    r"(?:tuyên dương|khen thưởng|\bkhen|biểu dương|tặng (?:bằng|giấy) khen(?: cho)?|"
    # (the counts in turn: "LĐLĐ tỉnh trao thưởng cho lần lượt 12 và 8 doanh nghiệp thực hiện tốt
    # đối thoại định kỳ và …", probes866)
    r"(?:trao|tặng) thưởng(?: cho)?|khen thưởng cho)(?:\s+(?:lần lượt|tương ứng|theo thứ tự))?"
    r"(?:\s+\d[\d.]*\s*(?:,|\s+và))*\s*$"
    # (the award named, its giver between: "trao Bằng khen, Cờ thi đua của Tổng Liên đoàn Lao động
    # Việt Nam và Liên đoàn Lao động thành phố cho 3 Công đoàn cơ sở có thành tích xuất sắc",
    # heldout31)
    r"|\b(?:trao|tặng)(?:\s+tặng)?\s+(?:bằng khen|giấy khen|cờ|cúp)\b[^;\d]{0,120}?\bcho\s*$"
)
# ... and units said to receive an award: "2 CĐCS được nhận cờ thi đua xuất sắc" (an honour, not
# the rating "xuất sắc").
HONOUR_AFTER = _re(
    r"^[\s,]*(?:[^\s,;\d]+\s+){0,6}?(?:được\s+)?(?:nhận|tặng|trao tặng|trao)\s+"
    r"(?:cờ|bằng khen|giấy khen|cúp|danh hiệu thi đua)"
    # (or praised for it: "Có 47 doanh nghiệp được khen vì tổ chức tốt đối thoại", probes355)
    rf"|^\s*(?:đã\s+)?{PRAISED}"
    # (or done well, then honoured by whoever gave it: "25 doanh nghiệp thực hiện tốt quy chế dân
    # chủ và đối thoại tại nơi làm việc được LĐLĐ tỉnh Hưng Yên trao thưởng", probes960)
    r"|^\s*(?:đã\s+)?(?:thực hiện|làm|tổ chức|triển khai)\s+(?:rất\s+)?(?:tốt|xuất sắc)\b"
    r"[^,;\d]{0,120}?\bđược\s+(?:[^,;\d]{1,50}?\s+)?"
    r"(?:khen(?:\s+thưởng)?|biểu dương|tuyên dương|vinh danh|trao thưởng"
    r"|tặng\s+(?:bằng|giấy)\s+khen)\b"
)
# Those at a union course: "lớp tập huấn ... với hơn 300 cán bộ công đoàn ... tham gia".
# Read across a clause with no comma: "hơn 150 cán bộ Công đoàn của gần 80 Công đoàn cơ sở trên địa
# bàn thành phố đã tham gia hội nghị tập huấn".
# (a list of who they are may come between: "thu hút 180 cán bộ công đoàn chuyên trách, chủ tịch
# CĐCS thuộc LĐLĐ tỉnh Quảng Bình tham dự")
ATTENDING = _re(
    # (past who they are: "Hơn 80 cán bộ phụ trách công tác tuyên giáo của các công đoàn cấp trên
    # cơ sở và CĐCS đã tham dự", probes559)
    # (never past another count of people: "Trong tổng số 800 cán bộ công đoàn cần được bồi dưỡng
    # theo kế hoạch, đã có 640 lượt cán bộ tham gia …"; the units they come from are passed, "Hơn
    # 120 cán bộ công đoàn đến từ 60 bệnh viện … tham dự lớp học")
    # (or past the long name of the union they belong to: "286/312 chủ tịch công đoàn cơ sở mới
    # được bầu thuộc Công đoàn các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh đã hoàn thành
    # chương trình bồi dưỡng nghiệp vụ", probes957: 20 words)
    r"^\s*(?:(?!\d[\d.]*\s+(?:lượt|cán bộ|người|đoàn viên|học viên|đồng chí)\b)[^\s;]+\s+)"
    r"{0,28}?(?:đã\s+)?"
    r"(?:tham gia|tham dự|dự(?!\s+(?:kiến|án|toán|thảo))"
    # (or finished it: "88 cán bộ CĐCS … vừa hoàn thành lớp bồi dưỡng lý luận chính trị")
    # (or its programme: "61 trên tổng số 63 chủ tịch CĐCS … hoàn thành chương trình tập huấn",
    # probes575)
    r"|hoàn thành\s+(?:các\s+)?(?=lớp|khóa|khoá|chương trình\s+(?:tập huấn|bồi dưỡng|đào tạo))"
    # ("70 cán bộ công đoàn ngành cao su vào lớp bồi dưỡng nghiệp vụ")
    r"|vào\s+(?=lớp|khóa|khoá)"
    # (or been through it: "96/110 chủ tịch công đoàn cơ sở mới … đã qua bồi dưỡng", probes957)
    # (or "đã được" trained, past their union's long name as well: probes957)
    # (not "đã qua đào tạo", a qualification held: "Toàn tỉnh có 2.150 cán bộ công đoàn cơ sở đã
    # qua đào tạo trình độ trung cấp lý luận chính trị", probes847)
    r"|(?<=đã )(?:qua\s+(?:(?:các\s+)?(?:lớp|khóa|khoá)\s+)?(?=tập huấn|bồi dưỡng)"
    r"|được\s+(?:(?:các\s+)?(?:lớp|khóa|khoá)\s+)?(?=tập huấn|bồi dưỡng|đào tạo))"
    # ("49 cán bộ theo học lớp lý luận, nghiệp vụ công đoàn", "30 cán bộ công đoàn … học kỹ năng
    # thương lượng tập thể")
    r"|(?:theo\s+)?học\s+(?=lớp|khóa|khoá|kỹ năng|nghiệp vụ))\b"
)
# Trainees said to be the rank and file, not officials: "450 học viên là đoàn viên, người lao động".
RANK_AND_FILE = _re(
    r"\s*(?:\(\s*)?là\s+(?:đoàn viên|ĐVCĐ|người lao động|NLĐ\b|công nhân|CNLĐ|nữ công nhân)"
)
# Trainees of a union course: "76 học viên là cán bộ CĐ cơ sở" (the course makes them officials in
# training); "127/142 học viên" passing a course is not a count of officials trained.
TRAINEES = _re(
    r"(?:lượt\s+)?học viên"
    # (attendances of a course counted as people: "68 lớp bảo hộ lao động cho cán bộ công đoàn cơ
    # sở, có trên 8.365 lượt người tham dự"; read only after a course for officials)
    r"|lượt\s+người(?=\s+(?:đã\s+)?(?:tham dự|tham gia|dự)\b)"
)
# The training deed right before a count of those trained: "tập huấn cho gần 1 nghìn người",
# "bồi dưỡng 640 lượt" (used with .search up to the count; not "Đào tạo" ending a name, "Công đoàn
# Sở Giáo dục và Đào tạo 450 người", probes486).
TRAINED_RIGHT_BEFORE = _re(
    rf"\b(?:tập huấn|bồi dưỡng|(?-i:đào tạo))(?:\s+(?:được|cho|thêm))*\s+(?:(?:{QUALIFIER})\s+)?$"
)
OFFICIALS_NAMED = _re(
    r"cán bộ(?:\s+\S+){0,3}\s+(?:công đoàn|CĐ)|cán bộ CĐCS|CBCĐ|Ban Chấp hành Công đoàn|"
    r"chủ tịch công đoàn|làm công tác công đoàn"
)
COURSE = _re(
    # "Sau thời gian 3 ngày học tập ..., 137 học viên là Chủ tịch, Phó Chủ tịch Công đoàn"
    r"tập huấn|bồi dưỡng|đào tạo|lớp học|lớp\b|khóa học|khoá học|khai giảng|"
    r"(?:ngày|đợt|buổi|khóa|khoá) học tập"
)


# --- Who and when ---------------------------------------------------------------------------------

# A union organisation: its level word, then its place or branch written with capitals
# ("LĐLĐ huyện Hoài Đức", "Liên đoàn Lao động quận Ba Đình", "Công đoàn ngành Giáo dục",
# "Công đoàn Khu kinh tế tỉnh", "Tổng Liên đoàn Lao động Việt Nam").
# (a place's word abbreviated may carry its name with no space after the dot: "LĐLĐ TP.HCM",
# "LĐLĐ TP.Thủ Đức", "Công đoàn Q.Bình Tân", probes306; the noise of real pages)
_PLACE = (
    r"(?:(?:tỉnh|thành phố|TP\.?|Tp\.?|huyện|quận|thị xã|thị trấn|xã|phường|ngành|khối|"
    # (the zones' unions, of two kinds of zone too: "Công đoàn các KCN và chế xuất Hà Nội",
    # "Công đoàn các Khu chế xuất và công nghiệp TP.HCM", probes306, probes307)
    # (in small letters too: "Công đoàn khu công nghiệp Biên Hòa", "Công đoàn KCX&CN Cần Thơ")
    r"(?:các\s+)?(?:[Kk]hu\s+(?:công nghiệp|kinh tế|chế xuất|Công nghiệp|Kinh tế|Chế xuất)"
    r"|KCN|KKT|KCX)"
    # ("Công đoàn các KCX-KCN TP HCM", "Công đoàn các KCN-CX Hà Nội", "các KCN&CX")
    r"(?:\s*[&-]\s*(?:CN|KCN|CX|KCX)|\s+(?:và|&)\s+(?:công nghiệp|chế xuất|Công nghiệp|Chế xuất"
    r"|KCN|KCX))?)"
    rf"|(?:TP|Tp|TX|Q|H|P)\.(?=[{UPPER}]))(?:(?<=\.)[{UPPER}][\w-]*)?"
)
_NAME = (
    # (a number of its name, "Công ty May 10", "Quận 3", not a time after it: "LĐLĐ tỉnh Hà Tĩnh
    # 6 tháng …")
    # (nor a count after it: "giao cho LĐLĐ huyện 12 CĐCS và 900 đoàn viên", probes351)
    rf"(?:\s+(?:[{UPPER}][\w.-]*|\d+\b(?!\s*(?:tháng|năm|ngày|quý|tuần|[%/.,]\d))"
    r"(?!\s+(?:CĐCS|CĐ\b|công đoàn|nghiệp đoàn|đoàn viên|ĐVCĐ|ĐV\b|người|lao động|doanh nghiệp|"
    r"đơn vị|cán bộ|lượt|cuộc|bản|lớp)\b)))*"
    # (a name of two parts joined by a dash: "Bà Rịa – Vũng Tàu", "Việt Nam - Singapore")
    rf"(?:\s+[–-]\s+[{UPPER}][\w.-]*(?:\s+[{UPPER}][\w.-]*){{0,2}})?"
)
# A zone's union with the zones added after its name: "Công đoàn Khu kinh tế Nghi Sơn và các KCN
# tỉnh Thanh Hóa".
_AND_ZONES = r"(?:\s+và\s+(?:các\s+)?(?:KCN|KKT|KCX|[Kk]hu công nghiệp|[Kk]hu kinh tế))?"
# An enterprise's, a hospital's or a school's union: "Công đoàn Công ty CP Chế tạo máy", "CĐCS
# Công ty TNHH Tân Đại Ngọc", "Công đoàn Tổng công ty Truyền tải điện Quốc gia", "Công đoàn Bệnh
# viện Đa khoa tỉnh Thanh Hóa" (the probes' writers name them so, 2,000 times).
_FIRM = (
    r"(?i:công ty|tổng công ty|tập đoàn|bệnh viện|trường|đại học|nhà máy|ngân hàng|chi nhánh|cty"
    r"|tcty)"
)
_FIRM_WORDS = (
    r"(?:TNHH|CP|cổ phần|một thành viên|MTV|trách nhiệm hữu hạn|đa khoa|may mặc|xây dựng|điện"
    r"|&|và)"
)
# (its name may go on in small letters, "Công ty CP Chế tạo máy", "Tổng công ty Truyền tải điện
# Quốc gia", up to a word that starts what is said of it)
_SAID_OF_IT = (
    r"(?:đã|đang|vừa|sẽ|được|đạt|kết|thành|phát|giới|có|là|với|cho|tại|trong|của|và|thì|cũng|luôn"
    r"|tổ|trao|nhận|hiện|vận|mới|đều|chỉ|ký|tham|thực|triển|tiếp|nay|này|đó|năm|tháng|ngày|từ"
    r"|đến|khi|sau|trước|đầu|cuối|qua|các|những|toàn|gồm|bao|người|lao|công|đoàn|viên|cơ|sở|hơn"
    r"|gần|trên|khoảng|cùng|nên|vì|do|bởi|để|nhằm|theo|về|ra|lên|số|hội|đối|tập|bồi|ban|chủ|phó"
    # ("Công đoàn Ngân hàng Việt Nam tổng kết công tác năm 2024", probes553; "… Công đoàn Công ty
    # Cổ phần Cảng Quy Nhơn phối hợp kết nạp …", probes548)
    r"|tổng\s+kết|phối\s+hợp"
    # ("… Công đoàn Công ty Than Núi Béo đưa được 58 người", probes492)
    r"|đưa"
    # ("Công đoàn Trường Cao đẳng Y tế Thanh Hóa đăng ký giới thiệu năm đoàn viên ưu tú cho Đảng",
    # probes931: registering, not its name's small words)
    r"|đăng\s+ký|phấn\s+đấu)"
)
_FIRM_NAME = (
    rf"\s+(?:[{UPPER}][\w.&-]*|\d+\b|{_FIRM_WORDS}(?=\s+[{UPPER}\d]))"
    rf"(?:\s+(?:[{UPPER}][\w.&-]*|\d+\b|{_FIRM_WORDS}(?=\s+[{UPPER}\d])"
    # ("Phát triển" in a name: "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam", "Công ty
    # TNHH Phát triển …", whose "triển" would else start what is said of it)
    # (not "triển khai", deploying: "Công đoàn Tập đoàn Hòa Phát triển khai …", probes508)
    rf"|(?<=Phát\s)triển\b(?!\s+khai)|(?!{_SAID_OF_IT}\b)[{LOWER}]+\b)){{0,8}}"
    rf"(?:\s*\([{UPPER}][\w&-]*\))?"
)
# "Liên đoàn Lao động (LĐLĐ) huyện": the abbreviation a page defines on first use.
_DEFINED = r"(?:\s*\((?:LĐLĐ|CĐ|CĐCS)\))?"
# Branch unions name their branch in small letters after its first: "Công đoàn ngành Giáo dục".
_BRANCHES = (
    "viên chức|giáo dục|y tế|công thương|đường sắt|cao su|dệt may|điện lực|xây dựng|nông nghiệp|"
    "ngân hàng|bưu điện|thông tin|tài chính|giao thông vận tải|giao thông|than|dầu khí|quốc phòng|"
    # ("Công đoàn ngành Thủy sản tỉnh Cà Mau", probes528)
    "thủy sản|thuỷ sản|"
    # (more branches named so: "Công đoàn ngành Du lịch Hà Nội", probes914; the branch unions of
    # the ministries)
    "du lịch|hàng không|hàng hải|tư pháp|hải quan|kho bạc|khoa học và công nghệ|"
    "tài nguyên và môi trường|"
    "công an|cơ quan|văn hóa|văn hoá|nông nghiệp và phát triển nông thôn|công an nhân dân|"
    # (the coal and minerals' union, its dash with spaces or none: probes of 2026-12-04)
    "than – khoáng sản|than - khoáng sản|than-khoáng sản"
)
# Longest first: "nông nghiệp và phát triển nông thôn" before "nông nghiệp".
# (in any letters: "Công đoàn Dệt May Việt Nam", "Công đoàn Công an Nhân dân")
_BRANCH = "(?i:" + "|".join(sorted(_BRANCHES.split("|"), key=len, reverse=True)) + ")"
ORGANISATION = re.compile(
    r"(?:Tổng Liên đoàn Lao động Việt Nam|Tổng LĐLĐ Việt Nam|Tổng LĐLĐVN|"
    rf"(?:LĐLĐ|Liên đoàn Lao động|Liên đoàn lao động|LĐ LĐ){_DEFINED}(?:\s+{_PLACE})?{_NAME}|"
    # (a bank's union, not the banks' branch union, its name going on in small letters: "Công đoàn
    # Ngân hàng TMCP Ngoại thương Việt Nam", probes524)
    rf"(?:Công đoàn|CĐ)\s+(?i:ngân hàng)(?!\s+Việt Nam\b)(?=\s+[{UPPER}]){_FIRM_NAME}|"
    rf"(?:Công đoàn|CĐ)\s+(?:ngành\s+)?{_BRANCH}\b{_NAME}(?:\s+{_PLACE}{_NAME})?|"
    # (the union of a province's offices or firms: "Công đoàn Khối các cơ quan tỉnh Lào Cai",
    # "Công đoàn Khối Doanh nghiệp tỉnh Hà Tĩnh", probes362)
    r"(?:Công đoàn|CĐ)\s+[Kk]hối\s+(?:các\s+)?(?:[Cc]ơ quan|[Dd]oanh nghiệp)"
    rf"(?:\s+(?:[Cc]hính quyền|[Đđ]ảng|[Tt]rung ương))?{_NAME}(?:\s+{_PLACE}{_NAME})?|"
    rf"(?:Công đoàn|CĐ)(?:\s+{_PLACE}){_NAME}{_AND_ZONES}(?:\s+{_PLACE}{_NAME})?|"
    rf"(?:Công đoàn(?:\s+cơ sở)?|CĐCS|CĐ)\s+{_FIRM}\b{_FIRM_NAME}(?:\s+{_PLACE}{_NAME})?|"
    # "Công đoàn CAND", "CĐVC tỉnh" (Công đoàn Viên chức): an acronym names the union.
    rf"(?:Công đoàn|CĐ)\s+[{UPPER}]{{2,}}\b(?:\s+{_PLACE}{_NAME})?|CĐVC(?:\s+{_PLACE}{_NAME})?|"
    # "các cấp CĐ thủ đô", "các cấp công đoàn trong tỉnh An Giang": every level of a place's unions.
    rf"các cấp (?:Công đoàn|công đoàn|CĐ)(?:\s+(?:(?:trong|của)\s+)?(?:[Tt]hủ đô|"
    rf"{_PLACE}){_NAME})?)"
)
# Family names that start a person's name after an organisation: "Chủ tịch LĐLĐ huyện Định Quán
# Nguyễn Chánh Bổn". Only cut after a place name of its own (quận Hoàng Mai keeps its Hoàng).
SURNAMES = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đinh",
        "Đoàn",
        "Trương",
        "Lương",
        "Mai",
        "Cao",
        "Tạ",
        "Hà",
        "Lâm",
        "Thái",
        "Chu",
        "Tô",
        "Quách",
        "Vương",
        "Trịnh",
        "Lưu",
        "Kiều",
        "Triệu",
        "Hứa",
        "Đào",
    ]
)
# The pieces of a period: a count of months or years in words or digits, a year, a day and month
# ("31/7/2017", "19.11", "13-11"), a month ("tháng 5/2018", "tháng 8-2024", "tháng 10 năm 2016").
_COUNT = r"(?:\d{1,2}|một|hai|ba|bốn|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai))?|những)"
_YEAR = r"(?:19|20)\d\d"
_YEARS = rf"\(?{_YEAR}\s*[-–]\s*{_YEAR}\)?"
_DATE = (
    rf"(?:\d{{1,2}}\s*[/-]\s*(?:0?[1-9]|1[0-2])(?:\s*[/.-]\s*{_YEAR})?|\d{{1,2}}\.\d{{1,2}}\.{_YEAR}"
    rf"|\d{{1,2}}\.(?:0?[1-9]|1[0-2])|\d{{1,2}}\s+tháng\s+\d{{1,2}}(?:\s+năm\s+{_YEAR})?)(?!\d|[.,]\d|\s*%)"
)
_MONTH = rf"tháng\s+\d{{1,2}}(?:\s*[/.-]\s*{_YEAR}|\s+năm\s+(?:{_YEAR}|nay))?(?!\d|[.,]\d)"
_TERM_NAMED = r"(?:[IVXL]+\b|mới|tới|trước|qua|này)"
_TERM = rf"nhiệm kỳ(?:\s+{_TERM_NAMED}?\s*{_YEARS}|\s+{_TERM_NAMED})?"
# "đến hết tháng 9/2025", "Tính đến ngày 31/7/2017", "đến cuối năm 2022", "Đến hết nhiệm kỳ",
# "tính đến thời điểm hiện tại", "đến nay" (the real sets write them so: heldout, h10, H37)
_UNTIL = (
    r"(?:tính\s+)?(?:đến|tới)\s+"
    rf"(?:(?:hết|cuối|đầu)\s+)?(?:ngày\s+{_DATE}|{_MONTH}|năm\s+(?:{_YEAR}|nay)|quý\s+(?:IV|I{{1,3}})"
    rf"|{_TERM})"
    r"|(?:tính\s+)?(?:đến|tới)\s+(?:hết|cuối)\s+năm\b"
    rf"|tính\s+(?:đến|tới)\s+(?:hết\s+)?{_DATE}"
    r"|(?:tính\s+)?(?:đến|tới)\s+(?:nay|thời điểm\s+(?:này|hiện tại|hiện nay))"
)
# "Từ năm 2010 đến tháng 6.2016", "Từ ngày 1/7 đến hết tháng 9/2025", "từ 2013-2018", "Từ nay đến
# cuối năm", "từ đầu năm đến nay"
_FROM = (
    rf"(?:nay|đầu năm(?:\s+{_YEAR})?|đầu\s+{_TERM}|ngày\s+{_DATE}|{_MONTH}|năm\s+{_YEAR}|{_YEAR})"
)
_TO = (
    rf"(?:(?:hết|cuối)\s+)?(?:nay|ngày\s+{_DATE}|{_DATE}|{_MONTH}|(?:năm\s+)?{_YEAR}|năm\b"
    rf"|quý\s+(?:IV|I{{1,3}})|{_TERM})"
)
PERIOD = _re(
    rf"(?:từ\s+{_FROM}(?:\s*(?:đến|tới|[-–])\s*{_TO})?"
    rf"|{_UNTIL}"
    # "9 tháng năm 2022", "8 tháng của năm 2013", "những tháng đầu năm 2024", "sau 9 tháng", "10
    # tháng qua"
    rf"|(?:(?:sau|qua)\s+)?{_COUNT}\s+tháng\s+(?:(?:đầu|cuối)\s+năm(?:\s+(?:{_YEAR}|nay|qua))?"
    rf"|(?:của\s+)?năm\s+(?:{_YEAR}|nay)|(?:vừa\s+)?qua)"
    rf"|(?:sau|qua)\s+{_COUNT}\s+tháng\b(?:\s+(?:thành lập|hoạt động|triển khai|thực hiện)\b)?"
    rf"|\b\d{{1,2}}\s+tháng(?=\s*[,:])"
    # "5 năm qua", "Hai năm qua", "những năm qua", "Qua 4 năm", "trong 5 năm (2008-2012)"
    rf"|(?:(?:trong|qua)\s+)?{_COUNT}\s+năm\s+(?:qua|gần đây|trở lại đây|vừa qua)"
    rf"|qua\s+{_COUNT}\s+năm\b|trong\s+{_COUNT}\s+năm\b(?:\s*\({_YEAR}\s*[-–]\s*{_YEAR}\))?"
    rf"|qu[ýí]\s+(?:IV|I{{1,3}}|[1-4])(?:\s*(?:năm\s+|[/.-]\s*)(?:{_YEAR}|nay))?"
    # "nhiệm kỳ 2023-2028", "nhiệm kỳ mới", "nhiệm kỳ XIII (2023 – 2028)"; never a bare "nhiệm kỳ"
    rf"|nhiệm kỳ\s+(?:{_TERM_NAMED}(?:\s*{_YEARS})?|{_YEARS})"
    rf"|giai đoạn\s+{_YEAR}\s*[-–]\s*{_YEAR}"
    rf"|năm học\s+{_YEAR}\s*[-–]\s*{_YEAR}"
    # (last year too, a time's tally: "…, năm ngoái chỉ được 4", probes368)
    rf"|(?:trong\s+)?năm\s+(?:{_YEAR}|qua|nay|tới|ngoái|trước)"
    # "Tháng Công nhân năm 2024", the union's May campaign
    # (not the campaign as a deed: "có 42 đơn vị tổ chức Tháng Công nhân", H27)
    rf"|(?<!tổ chức )tháng công nhân(?:\s+(?:năm\s+)?{_YEAR})?"
    rf"|(?:(?:cuối|đầu|giữa)\s+)?{_MONTH}(?<=\d)(?:\s+(?:vừa qua|này))?"
    r"|(?:bình quân\s+)?(?:mỗi|hằng|hàng)\s+năm)"
)


# People counted bare, the words after a count: "320 người", "1.000 lượt người".
_BARE_PEOPLE = _re(r"\s*(?:lượt\s+)?người\s*")


def is_bare_people(unit: str) -> bool:
    """`unit`, the words after a count, says people and nothing more."""
    return bool(_BARE_PEOPLE.fullmatch(unit))


def is_party(text: str) -> bool:
    return bool(PARTY_CASED.search(text))


# A plan said to be the coming one, not the target of what is reported: "toàn tỉnh sẽ thành lập mới
# 21 CĐCS, … đến nay … đã có 32 CĐCS" (two figures, as the annotated sets read it).
FUTURE = re.compile(
    r"\bsẽ\b|phấn đấu|dự kiến|hướng tới|năm tới(?!\s+(?:giờ|nay|bây giờ|hôm nay|hết)\b)|sắp tới"
    # (next year, said bare: "“Sang năm tỉnh giao chúng tôi 2.500 đoàn viên, trong khi năm nay mới
    # làm được 1.980”", probes727)
    r"|\bsang năm\b(?!\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)

# A span of time said in passing: "…, con số cao nhất trong 10 năm trở lại đây; 58 đồng chí …"
DURATION = re.compile(r"\b\d{1,3}\s+(?:năm|tháng|ngày)\b|\b(?:19|20)\d\d\b", re.IGNORECASE)
