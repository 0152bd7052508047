"""The figures of one sentence: which number counts what, done or planned, against which target."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from . import wording as w
from .comparisons import counts_of_the_time_after, earlier_counts_in_turn, referred_back
from .each_body import each_of_the_bodies
from .figure import (
    COUNTS_AFTER_RE,
    POTENTIAL_DUOC_RE,
    RIGHT_REACH,
    Counted,
    Figure,
    after_its_list,
    all_numbers,
    as_planned,
    count_at,
    counted_figure,
    counted_quantities,
    is_its_share_of,
    is_ratio,
    number_at,
    numbers_of,
    percent_after,
    plan_or_result,
    qualifiers_of,
    right_context,
    rightmost,
    take_percent,
    take_plans_percent,
    take_the_target_named_after,
    unit_of,
    within,
    written_percent,
)
from .founded_members import members_of_unions_founded_in_turn
from .indicators import (
    PERCENTS_TOGETHER_RE,
    agreements_said_short,
    counts_in_turn_of_indicators_in_turn,
    grades_in_turn,
    grades_listed_first,
    indicators_before,
    other_counts_listed_by_body,
    other_figure,
    other_label,
    other_pairs_listed_before,
    other_plans_said_after,
    other_targets_done_after,
    pairs_named_after,
    percent_figures,
    says_grades_in_turn,
    second_indicator,
    targets_given_before,
    units_that_did_the_share_planned,
)
from .legends import lists_under_a_legend
from .listed_bodies import bodies_listed_with_results, bodies_under_a_topic
from .numbers import (
    COUNT_IN_DIGITS,
    HEDGES,
    NOT_THE_YEAR,
    NUMBER_IN_WORDS,
    QUANTITY_RE,
    SPOKEN_NUMBER,
    Quantity,
    parse_number,
    quantities,
)
from .party import (
    ALL_OF_THEM_ADMITTED,
    admitted_as_a_share_of_the_introduced,
    admitted_out_of_introduced,
    admitted_said_bare,
    admitted_shares,
    all_of_them_admitted,
    union_members_among_admitted,
    union_members_among_the_partys_new_members,
)
from .percents import (
    distant_ratio_percents,
    leading_percent,
    leading_rate,
    percent_done_of_a_target,
    percent_of_the_count_with,
    percent_past_its_parts,
    percent_reached_with,
    percent_to_the_indicator_it_names,
    percents_done_of_targets_in_turn,
    percents_named_by_their_deeds,
    rated_out_of_their_whole,
    ratio_in_brackets_after,
    respective_percents,
    share_of_a_whole_after,
    share_planned_after,
    shared_percent,
    shares_aimed_for_passed,
    shares_with_their_counts,
    whole_of_the_list,
    whole_said_after,
)
from .rankings import ranked_figures, ranked_shares
from .tables import rows_of_the_indicator, table_figures
from .tallies import (
    counts_by_time_said_bare,
    counts_of_bodies_in_turn,
    next_bodies_percents,
    pairs_by_place,
    parts_of_a_whole,
    parts_own_percents,
    percents_by_body,
    tallied_classes,
    tallied_places,
    tallied_shares,
    tallied_times,
    times_in_brackets,
    times_in_turn,
)
from .targets import (
    bare_plans_of_a_count_done,
    bare_targets_after,
    bare_targets_before,
    bare_targets_in_turn,
    bare_targets_said_met,
    counts_of_a_time,
    counts_of_their_topic,
    counts_said_first,
    founded_and_recruited,
    joined_bare,
    named_as_targets,
    next_deeds_done_bare,
    own_targets_in_brackets,
    plans_met_by_their_results,
    plans_said_short,
    ratios_of_targets_named,
    results_headed_after_targets,
    results_in_turn_after_targets_in_turn,
    results_in_turn_of_targets_by_body,
    results_in_turn_of_targets_in_turn,
    results_of_their_bodies_targets,
    results_said_short,
    shares_set_then_done,
    targets_in_brackets_after_the_plan,
    targets_in_brackets_of_earlier,
    targets_listed_after,
    targets_listed_after_a_target,
    targets_named_after_their_percents,
    targets_named_later_by_their_share,
    targets_said_after_results,
    targets_said_again_in_a_pair,
    targets_set_against_after,
    targets_set_against_first,
    wholes_plans_said_short,
)
from .topics import (
    other_counts_in_their_cells,
    other_counts_of_their_topic,
    ratings_of_their_topic,
)

# How far left of a number its verb may stand ("LĐLĐ huyện đã tuyên truyền, vận động thành lập
# được 11/20 CĐCS": a few words; "tổ chức tập huấn các nội dung của Bộ luật Lao động sửa đổi, bổ
# sung năm 2019 cho 215 đồng chí" (seed 2): a long object in between).
_LEFT_REACH = 160


# How far after its count's noun its verb may stand (see _PASSIVE_RE).
_PASSIVE_REACH = 120

# The verb after its count: "25 CĐCS được thành lập", "1.500 đoàn viên đã được kết nạp", and
# joining, which is being recruited: "6.378 CNLĐ gia nhập tổ chức Công đoàn".
# The training's other names and its subject after its first verb: "tập huấn, bồi dưỡng nghiệp vụ".
_TRAINING_TAIL = (
    r"(?:(?:,\s*|\s+và\s+)(?:đào tạo|bồi dưỡng|tập huấn))*"
    r"(?:\s+(?:nghiệp vụ|kỹ năng|chuyên môn)(?:,?\s+(?:nghiệp vụ|kỹ năng))?)?"
)
_PASSIVE_RE = re.compile(
    # "Có 8 CĐCS thành lập mới trong năm": right after the count, "mới" makes it a deed (a count
    # with "thành lập" alone may name what the unions are: "5 CĐCS thành lập năm 2020")
    # ("Trong số 2.450 đoàn viên mới kết nạp năm 2025": members only; "19 CĐCS mới thành lập chưa
    # đủ điều kiện xếp loại" names what the unions are)
    # ("Với 3.182 đoàn viên kết nạp thêm và 15 công đoàn cơ sở phát triển mới, …": "thêm" and
    # "phát triển" make a deed the same way)
    # (or a time of the deed after it: "Cùng với 27 CĐCS thành lập trong 6 tháng cuối năm, …",
    # probes291)
    # (or of those assigned, done in full: "Có 21 trên 25 công đoàn cơ sở được giao đã thành lập
    # xong", probes571)
    r"^\s*(?:(?:được\s+giao\s+)?(?:(?:đã|vừa)\s+)?(?P<bare>thành lập|kết nạp|phát triển)\s+"
    r"(?:(?:mới|thêm|xong)\b|"
    r"(?=trong\s+(?:\d+\s+tháng|năm|quý|tháng|thời gian|đợt|dịp|giai đoạn)\b|từ đầu năm\b))|"
    # (or newly founded in a time said after: "Với 8 CĐCS mới thành lập trong tháng 9/2024, Công
    # đoàn KKT Nghi Sơn và các KCN nâng tổng số CĐCS trực thuộc lên 331 đơn vị", probes969; not
    # "19 CĐCS mới thành lập chưa đủ điều kiện …", what the unions are)
    r"mới\s+(?P<bare2>kết nạp\b|thành lập(?=\s+trong\s+(?:\d+\s+tháng|năm|quý|tháng|thời gian|đợt"
    r"|dịp|giai đoạn)\b|\s+từ đầu năm\b))|"
    # (past a long subject: "Hơn 1.000 cán bộ công đoàn phụ trách công tác đời sống văn hóa cơ sở
    # đã được LĐLĐ tỉnh Đồng Nai tập huấn"; never past a purpose or a time of its own: "… cho hơn
    # 90.000 đoàn viên khi mua hàng, …, góp phần thu hút người lao động gia nhập công đoàn")
    # (nor past another count's own clause: "trong số 96 viên chức mới tuyển dụng, có 91 người
    # đã được …")
    # (nor into a part of it with a verb of its own: "13 đoàn viên ưu tú, trong đó 7 người đã
    # được kết nạp vào Đảng"; a part said between commas is passed: "Hơn 2.300 cán bộ công đoàn
    # cơ sở, trong đó có 640 chủ tịch CĐCS mới được bầu, đã được LĐLĐ tỉnh … tập huấn")
    # (nor past a count of other people: "5.712 chị đạt danh hiệu cấp cơ sở và 604 nữ đoàn viên
    # được kết nạp vào Đảng")
    # ("giúp việc" is a trade: "21 lao động giúp việc nhà được LĐLĐ quận Tân Phú, TP HCM vận động
    # gia nhập NĐ Giúp việc gia đình", H42-001)
    # (nor past a share of them, or a wish: "Qua khảo sát 1.200 công nhân, 83% cho biết sẵn sàng
    # gia nhập Công đoàn nếu được vận động", probes73)
    # (nor past what they were told of it: "30.000 lao động được tiếp cận thông tin về quyền gia
    # nhập công đoàn", probes156)
    r"(?:(?!(?:góp phần|nhằm|để|khi|thu hút|khuyến khích|giúp(?!\s+việc)|sẵn sàng|mong muốn|muốn|"
    r"nếu|quyền|thông tin|tìm hiểu|lợi ích|ý nghĩa|tuyên truyền|về việc|của việc)\b|"
    r"\d[\d.,]*\s*%|trong đó\b(?![^,;]*,)"
    # (but past the members of unions founded: "4 công đoàn cơ sở với 255 đoàn viên đã được …
    # thành lập")
    # (nor into the next tally named: "… kết nạp là 936 người, số đã được kết nạp là 702 người",
    # probes574)
    r"|(?<=,\s)(?:có|số)\b|(?<!với )\d[\d.,]*\s+(?:nữ\s+)?(?:đoàn viên|ĐVCĐ|ĐV\b|người|công nhân|"
    r"CNLĐ|NLĐ|lao động|cán bộ|quần chúng)\b)[^\s;]+\s+){0,14}?"
    # ("742 nhà giáo đã vinh dự đứng vào hàng ngũ của Đảng", probes81)
    # ("vừa": "Hai CĐCS Công ty TNHH Điện tử Sơn Thành và Công ty TNHH May Yên Bình vừa được thành
    # lập", probes524)
    r"(?:(?:đã|vừa)\s+)?(?:(?:chính thức|cũng|đều|lần lượt|vinh dự)\s+)?"
    r"(?:được\s+(?:(?:trao|nhận)\s+)?(?:quyết định\s+)?"
    # "1.300 đoàn viên CĐ ưu tú được lựa chọn, giới thiệu để Đảng xem xét"
    r"(?:(?:lựa chọn|bồi dưỡng)(?:,\s*|\s+và\s+))?"
    # (decided on: "…, trong đó 759 đoàn viên ưu tú được xét kết nạp Đảng" were admitted)
    r"(?:xét\s+(?=kết nạp))?"
    # "11.597 ĐV mới được phát triển": recruited
    # ("88 cán bộ CĐCS … được trang bị kiến thức lý luận chính trị và nghiệp vụ công đoàn")
    # ("Hơn 7.000 lượt cán bộ công đoàn được đào tạo, bồi dưỡng")
    r"(?P<verb>thành lập|kết nạp|phát triển|giới thiệu|tập huấn|trang bị kiến thức|"
    r"đào tạo(?! nghề)|"
    # (the training's other names and its subject: "4.820 lượt cán bộ công đoàn được tập huấn,
    # bồi dưỡng nghiệp vụ, đạt 120,5% kế hoạch")
    # (not those still being groomed for the Party: "… giới thiệu 84 đoàn viên ưu tú cho Đảng,
    # trong đó 57 đồng chí được kết nạp, 27 đồng chí đang được bồi dưỡng", probes624)
    r"(?<!đang được )(?<!tiếp tục được )bồi dưỡng)(?:(?:(?<=tập huấn)|(?<=bồi dưỡng)|(?<=đào tạo))"
    + _TRAINING_TAIL
    + r")?"
    # ("261 ngư dân Phổ Quang gia nhập Nghiệp đoàn nghề cá")
    r"|(?P<join>(?:tự nguyện\s+)?(?:(?:xin|đăng ký)\s+)?gia nhập\s+(?:tổ chức\s+)?"
    r"(?:Công đoàn|CĐ|nghiệp đoàn|NĐ\b)"
    # (signing up to a nghiệp đoàn: "hơn 180 tài xế Grab bike đăng ký tham gia Nghiệp đoàn lái xe
    # công nghệ Grab", H39-031)
    # ("Hơn 500 tài xế công nghệ đăng ký vào nghiệp đoàn", probes355)
    r"|(?:(?:tự nguyện\s+)?đăng ký|tự nguyện)\s+(?:tham gia|vào)\s+(?:tổ chức\s+)?"
    r"(?:Công đoàn|nghiệp đoàn|NĐ\b)"
    # ("Hơn 2,5 nghìn người lao động trở thành đoàn viên công đoàn trong 6 tháng")
    r"|trở thành\s+(?:đoàn viên|ĐVCĐ)(?!\s+(?:thanh niên|Đoàn|hội)\b)"
    # ("418 công nhân … được công nhận là đoàn viên công đoàn")
    r"|được\s+(?:trao\s+quyết định\s+)?công nhận\s+(?:là\s+)?đoàn viên"
    # ("70 công nhân lao động đã nhận quyết định kết nạp vào tổ chức Công đoàn")
    r"|nhận\s+quyết định\s+(?:kết nạp|công nhận)(?:\s+(?:là\s+)?đoàn viên)?"
    r"(?=[^,;]{0,40}(?:công đoàn|CĐ\b|nghiệp đoàn|đoàn viên)))"
    # (their list handed on by a union: "33 đoàn viên công đoàn ưu tú được CĐ Tổng công ty trao cho
    # Đảng ủy để bồi dưỡng, kết nạp")
    r"|(?P<handed>được\s+(?:các\s+)?(?:Công đoàn|CĐCS|CĐ\b|LĐLĐ)[^;\d]{0,60}?\s"
    r"(?:trao|chuyển|gửi)\s+(?:danh sách\s+)?(?:cho|đến|tới)\s+(?:các\s+)?"
    r"(?:chi bộ|đảng bộ|Đảng ủy|Đảng uỷ|cấp ủy|cấp uỷ|tổ chức Đảng|Đảng)"
    # (or with no "được": "612 đoàn viên ưu tú giới thiệu cho Đảng", an infographic's line)
    r"|giới thiệu\s+(?:cho|vào)\s+(?:tổ chức\s+)?(?:Đảng|chi bộ|cấp ủy|cấp uỷ|Đảng ủy|Đảng uỷ)\b)"
    # "300 công nhân được tổ chức Công đoàn (CĐ) và cấp ủy Đảng địa phương giới thiệu cho Đảng":
    # the passive with its agent, a union or a Party committee
    # ("135 CĐCS đã được LĐLĐ tỉnh Bình Dương thành lập", "900 CNVCLĐ ưu tú đã được các CĐCS giới
    # thiệu cho chi bộ")
    # ("được các cấp CĐ giới thiệu cho Đảng")
    # (or said by a relative clause: "5.000 đoàn viên ưu tú mà CĐ các cấp giới thiệu")
    # (unless the people then did more: "1.500 đoàn viên ưu tú mà công đoàn giới thiệu đã được
    # kết nạp vào Đảng" were admitted)
    # ("26.471 đoàn viên ưu tú do các cấp CĐ thành phố Hải Phòng giới thiệu")
    r"|(?:được|(?P<rel>mà|do))\s+(?:các\s+)?(?:cấp\s+)?(?:tổ chức\s+)?"
    r"(?:Công đoàn|CĐCS|CĐ\b|LĐLĐ|Liên đoàn Lao động|cấp ủy|"
    # (a place's number may be in the agent's name: "được LĐLĐ quận 1 thành lập")
    # ("173 người đã được các chi, đảng bộ cơ sở kết nạp vào Đảng", probes96)
    r"cấp uỷ|chi,\s*đảng bộ|chi bộ|đảng bộ|Đảng ủy|Đảng uỷ"
    # ("312 đoàn viên công đoàn đã được các tổ chức đảng kết nạp")
    r"|(?<=tổ chức )(?:cơ sở\s+)?[Đđ]ảng\b)"
    r"(?:[^;\d]|(?<=quận )\d+|(?<=phường )\d+){0,60}?\s"
    # ("5.830 người lao động đã được các cấp công đoàn tỉnh vận động gia nhập tổ chức Công đoàn")
    # (the training's other names after its agents too: "1.240 lượt cán bộ … đã được LĐLĐ tỉnh và
    # các LĐLĐ huyện tập huấn, bồi dưỡng nghiệp vụ, đạt 82,7% kế hoạch")
    r"(?P<agent_verb>giới thiệu|kết nạp|thành lập|(?:tập huấn|bồi dưỡng)" + _TRAINING_TAIL + "|"
    r"vận động\s+(?:[^\s,;]+\s+){0,2}?gia nhập)"
    # (the next count's own, past a number or "thì": "Trong 1.236 người do công đoàn giới thiệu thì
    # đã có 702 người được kết nạp", probes318)
    r"(?(rel)(?!(?:(?!\bthì\b)[^,;\d])*\bđược\s+(?:kết nạp|đứng|xem xét)))"
    # "3.000 đoàn viên công đoàn ưu tú trở lên được xem xét kết nạp vào Đảng": introduced
    r"|(?P<considered>được\s+(?:Đảng\s+)?xem xét(?:,\s*|\s+)(?:bồi dưỡng(?:,\s*|\s+)(?:và\s+)?)?"
    r"kết nạp)"
    # "140 đoàn viên ưu tú được đứng trong hàng ngũ của Đảng", "… đã trở thành đảng viên":
    # admitted
    r"|(?P<ranks>(?:được\s+)?đứng\s+(?:vào|trong)\s+hàng ngũ(?:\s+của)?\s+Đảng|"
    r"trở thành đảng viên)"
    # "đã có 12 CĐCS mới ra đời với 640 đoàn viên": founded
    r"|(?P<born>ra đời|ra mắt)))",
    re.IGNORECASE,
)

# "4.215 đoàn viên/4.000 chỉ tiêu": the target after the counted noun, or in brackets after it,
# "kết nạp mới 5.200 đoàn viên (KH 5.000), đạt 104%".
_TARGET_AFTER_UNIT = (
    # ("31 CĐCS/kế hoạch 30"; "3.640 đoàn viên mới/7.000 kế hoạch năm", probes59)
    # (a comma after it is no decimal one: "7.925 người/chỉ tiêu 9.000, mới bằng 88%", probes598)
    r"(?:\s+mới)?\s*/\s*" + w.PLAN_NOUN + r"\s*:?\s*(?P<n3>\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?![\d%]|[.,]\d)|"
    r"(?:\s+mới)?\s*/\s*(?P<n>\d{1,3}(?:\.\d{3})+|\d+)\s*(?:" + w.PLAN_NOUN + r"|(?P<unit>{unit}))"
    r"(?(unit)(?:\s+(?:theo\s+)?(?:kế hoạch|chỉ tiêu)(?:\s+(?:năm|được giao|giao|đề ra))?)?)"
    # ("1.200 đoàn viên trên tổng số 2.000 đoàn viên được giao")
    # ("kết nạp được 1.365 đoàn viên mới trên chỉ tiêu 1.300, đạt 105%")
    # (or the whole target, or in it: "kết nạp 1.512 đoàn viên trên tổng chỉ tiêu 1.800 đoàn viên",
    # "kết nạp 1.356 đoàn viên trong tổng chỉ tiêu cả năm 1.500 đoàn viên", probes379)
    # (or after a comma: "kết nạp trên 1.100 đoàn viên, trên chỉ tiêu 1.000 đoàn viên Thành phố
    # giao", probes411)
    r"|(?:\s+mới)?\s*,?\s*(?:trên|trong)\s+(?:tổng\s+(?:số\s+)?)?(?:chỉ tiêu|kế hoạch)"
    r"(?:\s+(?:cả\s+)?năm(?:\s+(?:19|20)\d\d)?)?(?:\s+(?:được\s+)?giao)?\s+(?:là\s+)?"
    r"(?P<n5>\d{1,3}(?:\.\d{3})+|\d+)(?!\d|[.,]\d|\s*%)"
    # ("310 đoàn viên trên tổng số 512 đoàn viên Thành phố giao")
    # (or by the target: "kết nạp 1.012 đoàn viên trên 1.000 đoàn viên theo chỉ tiêu", "thành lập
    # 6 CĐCS trên tổng số 8 CĐCS theo chỉ tiêu", probes305, probes310)
    # (or the count over its target in brackets: "thành lập 12 CĐCS (12/12 chỉ tiêu), kết nạp 1.410
    # đoàn viên (1.410/1.350 chỉ tiêu)", probes385)
    r"|\s*\(\s*\d{1,3}(?:\.\d{3})*\s*/\s*(?P<n6>\d{1,3}(?:\.\d{3})+|\d+)\s*"
    + w.PLAN_NOUN
    + r"(?:\s+(?:năm|được giao|giao))?\s*\)"
    r"|\s*trên\s+(?:tổng\s+số\s+)?(?P<n4>\d{1,3}(?:\.\d{3})+|\d+)(?:\s+[^\s,;\d]+){0,4}?"
    r"\s+(?:được giao|giao|kế hoạch|theo\s+(?:chỉ tiêu|kế hoạch))"
    # (past those it goes to: "giới thiệu 215 đoàn viên ưu tú cho Đảng (chỉ tiêu 180)", probes385)
    # (or past the rest of the officials' name: "tập huấn cho 1.874 cán bộ công đoàn (kế hoạch năm
    # 2.500 người), đạt 75%", "… cho 480 cán bộ công đoàn (chỉ tiêu 400)", probes413)
    # (or to a Party committee or cell: "… giới thiệu 64 đoàn viên ưu tú cho cấp ủy (chỉ tiêu 50)",
    # probes878)
    r"|(?:\s+(?:ưu tú|công đoàn(?:\s+cơ sở)?|cơ sở|CĐCS))?"
    r"(?:\s+(?:cho|vào)\s+(?:tổ chức\s+|các\s+)?(?:Đảng|cấp ủy|cấp uỷ|chi bộ|đảng bộ|đảng ủy))?"
    # (or past where they were: "thành lập 6 CĐCS tại các phòng khám, bệnh viện tư nhân (kế hoạch
    # 5)", probes914)
    r"(?:\s+(?:tại|ở)\s+[^()\d;]{1,60}?)?"
    # (of the term or set by the congress, or passed: "kết nạp 14.720 đoàn viên (chỉ tiêu cả nhiệm
    # kỳ 25.000)", "giới thiệu 842 đoàn viên ưu tú … (vượt chỉ tiêu Đại hội đề ra là 700 người)",
    # probes687)
    r"\s*\(\s*(?:vượt\s+)?(?:"
    + w.PLAN_NOUN
    + r"(?:\s+(?:(?:cả\s+)?(?:năm|nhiệm kỳ)|được giao|giao|đề ra|Đại hội|Nghị quyết))*"
    + r"(?:\s+\d{4})?"
    # (or the body that gave it named after: "thành lập mới 32 CĐCS (chỉ tiêu Tổng LĐLĐ Việt Nam
    # giao là 28)", probes839)
    + r"(?:\s+(?!\d)[^()\d,;]{1,40}?\s+(?:giao|đề ra)(?=\s*(?:là\s*|:\s*)?\d))?"
    # (or the body that gave it: "kết nạp 2.146 người (Tổng LĐLĐ Việt Nam giao 2.000)", probes505)
    r"|(?:Tổng\s+(?:LĐLĐ|Liên đoàn)[^()\d,;]{0,30}?|(?:LĐLĐ|Liên đoàn Lao động|Công đoàn)"
    r"[^()\d,;]{0,40}?|[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Qq]uận|cấp trên|TLĐ)\s+giao"
    # (or the resolution or congress that set it: "kết nạp 78.450 đoàn viên (Nghị quyết đề ra
    # 60.000 đoàn viên)", probes839)
    r"|(?:Nghị quyết|Đại hội)(?:\s+(?:Đại hội|Nghị quyết))?(?:\s+[^()\d,;]{1,30}?)?"
    r"\s+(?:đề ra|giao))"
    r"\s*(?:là\s*|:\s*)?(?P<n2>\d{1,3}(?:\.\d{3})+|\d+)"
    # (not another indicator's target: "kết nạp 412 đoàn viên (chỉ tiêu 6 CĐCS)", probes187)
    rf"(?!\s+(?!{{unit}})(?:đoàn viên|ĐVCĐ|{w.CDCS_WORDS}|cán bộ|đảng viên)\b)"
    r"(?:(?:\s+[^\s()\d]+){0,3}\s*\)"
    # (with the percent inside: "Số CĐCS thành lập mới: 27 (kế hoạch 25, đạt 108%)", read next;
    # "kết nạp 5.340 đoàn viên (KH năm: 10.000; đạt 53,4%)", probes369)
    rf"|(?=\s*[,;]\s*{w.PERCENT_VERB}\s+(?:(?:{w.QUALIFIER})\s+)?\d[\d,.]*\s*%\s*\)))"
)


# The plan a count is compared with, after it: "kết nạp 6.540 đoàn viên, vượt 1.540 đoàn viên so với
# chỉ tiêu 5.000 đoàn viên".
# (or passed or reached by name: "phát triển được 551 đoàn viên, vượt chỉ tiêu 530 đoàn viên (đạt
# 103,96%)", "thành lập 32 CĐCS, vượt xa chỉ tiêu 21 CĐCS cả năm")
_TARGET_COMPARED_RE = re.compile(
    # (past the rest of the count's noun: "10 CĐCS doanh nghiệp, gấp đôi chỉ tiêu 5 CĐCS")
    # (or of its Party: "giới thiệu 97 đoàn viên ưu tú cho Đảng, vượt chỉ tiêu 80 người …")
    # (or its year: "Sau khi thành lập 12 nghiệp đoàn trong năm 2024, vượt chỉ tiêu 10 nghiệp đoàn
    # được giao", probes715; or what the units did, "76 doanh nghiệp ký kết thỏa ước lao động tập
    # thể, vượt chỉ tiêu 70 doanh nghiệp")
    r"(?:\s+(?:(?!(?:vượt|đạt|bằng|gấp|gần|so|thiếu|còn)\b)[^\s,;\d]+|(?:19|20)\d\d(?![\d.,]))){0,8}?"
    # ("…, thấp xa so với chỉ tiêu 120 người", probes131)
    r"\s*,?\s*(?:(?:(?:vượt|thiếu|còn thiếu)\s+\d[\d.]*(?:\s+[^\s,;\d]+){1,3}?\s+"
    # ("…, vẫn thấp so với chỉ tiêu 250 đoàn viên", probes352)
    r"|(?:(?:vẫn|còn|đã|rất)\s+)?(?:thấp|cao|ít|nhiều)(?:\s+(?:xa|hơn|nhiều))?\s+"
    # ("…, nhưng so với chỉ tiêu 7.000 đoàn viên cả năm thì vẫn còn xa", probes135)
    r"|(?:nhưng|song|tuy nhiên),?\s+"
    # ("…, vượt chút ít so với kế hoạch hai trăm của năm nay", probes365)
    r"|vượt(?:\s+(?:chút ít|một chút|đôi chút|một ít))?\s+)?so với\s+"
    # ("thành lập 10 CĐCS doanh nghiệp, gấp đôi chỉ tiêu 5 CĐCS được giao")
    # (or short of it: "kết nạp 2.150 đoàn viên, chưa đạt chỉ tiêu 2.500 được giao", probes448)
    # (or "out of" it, in speech: "mới làm được 4 công đoàn cơ sở trên chỉ tiêu 10 của cả năm",
    # probes595)
    # (or far from it: "mới được 870 đoàn viên, còn xa mới tới chỉ tiêu 1.500 mà thành phố giao",
    # probes602)
    r"|(?:còn xa\s+)?(?:mới|chưa)\s+(?:tới|đến)\s+"
    # (or so many short of it: "mới thành lập được 6 công đoàn cơ sở, còn thiếu 2 cái nữa mới đủ
    # chỉ tiêu 8", probes959)
    r"|(?:còn\s+)?thiếu\s+\d[\d.]*(?:\s+[^\s,;\d]+){0,3}?\s+(?:thì\s+)?(?:mới\s+)?đủ\s+"
    # (or conceded: "…, tuy chưa đạt chỉ tiêu 1.500 đoàn viên được giao nhưng …", probes675)
    r"|(?:(?:tuy|dù|mặc dù)\s+)?(?:(?:chưa|không)\s+)?"
    # (or met, early: "…, tỉnh đã kết nạp 4.900 đoàn viên, về đích sớm chỉ tiêu 4.500 đoàn viên",
    # probes935)
    r"(?:vượt|đạt|bằng|trên|hoàn thành|về đích|(?:gần\s+)?gấp\s+(?:đôi|ba|rưỡi|[\d,]+\s+lần))"
    r"(?:\s+(?:xa|sớm|vượt))?\s+)"
    # ("vượt chỉ tiêu cả năm (21 CĐCS)", "vượt mục tiêu 300 đoàn viên trở lên mà Ban Thường vụ đề
    # ra")
    # (or the number set, said "con số": "…, vượt con số 900 mà LĐLĐ tỉnh giao", probes497)
    r"(?:chỉ tiêu|kế hoạch|mục tiêu|con số)(?:\s+(?:được\s+)?giao|\s+đề ra|\s+năm|\s+cả năm)?"
    # (not the plan's year: "Gần 200.000 đoàn viên mới, vượt kế hoạch năm 2025", probes332)
    r"\s*(?:là\s+)?\(?\s*(?!(?<=năm )(?:19|20)\d\d(?!\d))"
    r"(?:(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?!\d|[.,]\d|\s*%)"
    # (or in words, as people say it: "…, vượt chút ít so với kế hoạch hai trăm của năm nay",
    # probes365; not the plan's year, "vượt kế hoạch năm, …")
    rf"|{NOT_THE_YEAR}(?P<words>{SPOKEN_NUMBER}))"
    # (the unions said short: "gần gấp đôi chỉ tiêu 9 công đoàn mà Liên đoàn tỉnh giao",
    # probes595)
    rf"(?=\s+(?:đoàn viên|ĐVCĐ|ĐV\b|{w.CDCS_WORDS}|công đoàn|nghiệp đoàn|người|cán bộ|lượt"
    r"|doanh nghiệp|bản|cuộc|đảng viên"
    # (or a quote's end: "“… mới làm được 7 công đoàn cơ sở trên chỉ tiêu 12”", this file's
    # _done_said_short)
    r"|đơn vị)|\s*[,;.)”\"]|\s*$"
    # (or what it makes of it, in speech: "…, so với chỉ tiêu ba nghìn thì vẫn còn thiếu",
    # probes943)
    r"|\s+thì\b"
    # (whose plan, a count no year: "kế hoạch 200 của năm nay")
    r"|(?<!\b(?:19|20)\d\d)\s+của\b"
    # (or who set it, after: "chưa đạt chỉ tiêu 2.500 được giao", probes448; "vượt con số 900 mà
    # LĐLĐ tỉnh giao", "vượt chỉ tiêu 80 người huyện ủy giao", probes497)
    r"|\s+(?:được\s+)?giao\b|\s+đề ra\b|\s+(?:mà|do)\s+[^,;.\d]{1,40}?\b(?:giao|đề ra|đặt ra)\b"
    # (or who set it, named right before "giao": "được 412 đoàn viên trên chỉ tiêu 400 tỉnh giao",
    # probes966)
    r"|\s+(?:[^\s,;.\d]+\s+){1,4}?giao\b"
    # (its percent in brackets: "thành lập 16 CĐCS so với chỉ tiêu 12 (133%)")
    rf"|\s*\(\s*(?:{w.PERCENT_VERB}\s+)?\d[\d,.]*\s*%)",
    re.IGNORECASE,
)


_PASSED_BY_UNITS_RE = re.compile(
    rf"\D*?\bvượt\s+(?:chỉ tiêu|kế hoạch)\s+(?:\d+|{SPOKEN_NUMBER})$", re.IGNORECASE
)
# (or by so many said bare at a quote's end, in speech: "“Hai nghìn ba trăm đoàn viên, vượt chỉ
# tiêu ba trăm”", probes454)
_UNITS_AFTER_RE = re.compile(r"\s+đơn vị\b|\s*[”\"]", re.IGNORECASE)
_SET_BY_AFTER_RE = re.compile(
    r"\s+(?:(?:được|mà|do)\s+)?(?:[^,;.\d]{1,40}?\s+)?(?:giao|đề ra|đặt ra)\b", re.IGNORECASE
)


def _target_compared(sentence: str, at: int) -> re.Match | None:
    """_TARGET_COMPARED_RE at `at`; a number named "con số" only when a body set it (not "vượt con
    số 900 của năm trước", a year before's count)."""
    compared = _TARGET_COMPARED_RE.match(sentence, at)
    # (passed by so many units, not a target of so many: "làm được 9 công đoàn cơ sở, vượt chỉ
    # tiêu 2 đơn vị", "vượt kế hoạch 12 đơn vị", probes307, probes372, probes410; a target set
    # says who set it, "vượt chỉ tiêu 15 đơn vị được LĐLĐ tỉnh giao", probes252)
    if compared is not None and _PASSED_BY_UNITS_RE.match(compared.group(0)):
        units = _UNITS_AFTER_RE.match(sentence, compared.end())
        if units and not _SET_BY_AFTER_RE.match(sentence, units.end()):
            return None
    if compared is None or not re.search(r"\bcon số\s+\d", compared.group(0), re.IGNORECASE):
        return compared
    clause = sentence[compared.end() : end_of_clause(sentence, compared.end())]
    return compared if re.search(r"\b(?:giao|đề ra|đặt ra)\b", clause, re.IGNORECASE) else None


# Members named with an association's: "phát triển 13.320 đoàn viên, hội viên thanh niên" (the
# Youth Union's and the Youth Federation's, not the trade union's).
# ... or the Youth Union's by name: "kết nạp 120 đoàn viên thanh niên mới".
# ... or the Youth Union's officials said short: "… tập huấn cho 96 cán bộ công đoàn cơ sở và 60
# cán bộ đoàn" (this file's tests).
# ... or named the Youth Union's members by its name: "lễ kết nạp 56 đoàn viên Đoàn TNCS Hồ Chí Minh
# là công nhân trẻ", the union taking part (probes898).
_YOUTH_MEMBERS_AFTER_RE = re.compile(
    r"\s*(?:,|và)\s*hội viên\b|\s+thanh niên\b|(?<=cán bộ)\s+đoàn(?=\s*(?:[,.;)]|và\b|$))"
    # (or where they serve: "… phối hợp với Thành đoàn mở 2 lớp kỹ năng cho 180 cán bộ đoàn trong
    # doanh nghiệp", probes934)
    r"|(?<=cán bộ)\s+đoàn(?=\s+(?:trong|tại|ở|cơ sở|các)\b)"
    r"|\s+(?:của\s+)?(?-i:Đoàn)\s+(?:TNCS|Thanh niên)\b",
    re.IGNORECASE,
)
_UNION_MEMBER_WORD_RE = re.compile(w.UNION_MEMBER_WORDS, re.I)
_JOIN_THE_UNION_AFTER_RE = re.compile(
    r"\s+thanh niên\s+(?:(?:đã|được)\s+)?(?:gia nhập|vào)\s+(?:tổ chức\s+)?công đoàn\b",
    re.IGNORECASE,
)


# People said not to be members, or to leave: "… với khoảng 38.000 lao động chưa là đoàn viên"
# (probes931), "cứ kết nạp được 10 đoàn viên thì lại có 6, 7 người nghỉ việc" (probes930).
_NO_MEMBERS_RE = re.compile(
    r"\s+(?:vẫn\s+)?(?:chưa|không)\s+(?:là|phải là|tham gia|gia nhập|vào|được kết nạp)\b"
    r"|\s+(?:đã\s+)?(?:nghỉ việc|bỏ việc|thôi việc|xin ra khỏi|ra khỏi)\b",
    re.IGNORECASE,
)


def _said_no_members(sentence: str, item: Counted) -> bool:
    """`item`'s people are said not to be members, or to leave (_NO_MEMBERS_RE); not the whole a
    count done is out of: "… kết nạp 312 trên tổng số 450 công nhân chưa vào công đoàn, đạt
    69,3%" (probes362)."""
    whole_of_a_count = item.quantity.relation == "of"
    return not whole_of_a_count and bool(_NO_MEMBERS_RE.match(sentence, item.unit_end))


_SET_OVER_RE = re.compile(r"(?:\s+mới)?\s*/", re.IGNORECASE)
_FOUNDED_OR_MEMBERS_AFTER_RE = re.compile(
    rf"\s+(?:(?P<cdcs>{w.CDCS_WORDS})|{w.MEMBER_WORDS})", re.IGNORECASE
)


def _a_target_of_the_other_indicator(sentence: str, stated: re.Match, metric: str) -> bool:
    """The target stated after a count names by its noun the other of founding and recruiting:
    "kết nạp được hơn 700 đoàn viên, tuy chưa bằng chỉ tiêu 12 CĐCS" (probes930) is no target
    of the members."""
    noun = _FOUNDED_OR_MEMBERS_AFTER_RE.match(sentence, stated.end())
    if noun is None or metric not in ("cdcs_thanh_lap", "doan_vien_ket_nap"):
        return False
    return (metric == "cdcs_thanh_lap") != bool(noun["cdcs"])


def _target_stated(stated: re.Match, sentence: str) -> float | int | None:
    """The target a match of _TARGET_AFTER_UNIT or _TARGET_COMPARED_RE read, digits or words."""
    said = stated.groupdict()
    if said.get("words"):
        number = count_at(sentence, stated.start("words"))
        return None if number is None else number.value
    return parse_number(next(said[g] for g in ("n", "n2", "n3", "n4", "n5", "n6") if said.get(g)))


def _target_after_unit(sentence: str, at: int, unit_word: str) -> re.Match | None:
    """The target after the count's noun: "4.215 đoàn viên/4.000 chỉ tiêu", "17 CĐCS/25 CĐCS theo
    kế hoạch" (the same noun again)."""
    return _target_after_unit_re(unit_word).match(sentence, at)


@functools.lru_cache(maxsize=64)
def _target_after_unit_re(unit_word: str) -> re.Pattern:
    unit = re.escape(unit_word) if unit_word else "(?!)"
    return re.compile(_TARGET_AFTER_UNIT.replace("{unit}", unit), re.IGNORECASE)


_SAID_NEW_RE = re.compile(r"\s+mới\b", re.IGNORECASE)

_EXCESS_BEFORE_RE = re.compile(rf"\b(?:vượt|thiếu|hụt)\s+(?:(?:{w.QUALIFIER})\s+)?$", re.IGNORECASE)

_A_RISE_RE = re.compile(
    rf"\b(?:tăng|giảm)(?:\s+(?:thêm|lên))?\s+(?:(?:{w.QUALIFIER})\s+)?$", re.IGNORECASE
)
_THE_COUNT_OF_RE = re.compile(r"\bsố(?:\s+lượng)?(?:\s+[^\s\d,;]+){1,4}\s+$", re.IGNORECASE)
_WORKERS_RE = re.compile(
    r"(?:người\s+)?lao động|công nhân(?:\s+(?:lao động|viên chức))?|CNLĐ|NLĐ|CNVCLĐ|người",
    re.IGNORECASE,
)
_A_FIRM_HAS_RE = re.compile(
    # (the firms', not those their managers helped: "… ủng hộ của ban lãnh đạo công ty đã có 9
    # công nhân lao động xin gia nhập", H29-022)
    r"\b(?:doanh nghiệp|DN|công ty|nhà máy|xí nghiệp)(?:\s+(?:này|đó|trên))?\s+(?:có|sử dụng)\s+"
    rf"(?:tổng cộng\s+|tổng số\s+)?(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


_PARTY_MEMBERS_COUNTED_RE = re.compile(
    r"\bsố\s+(?:lượng\s+)?đảng viên(?:\s+mới)?\s+(?:được\s+)?(?:kết nạp|phát triển)(?:\s+mới)?$",
    re.IGNORECASE,
)


def _a_firms_workforce(sentence: str, item: Counted) -> bool:
    """The workers firms have, whatever was done there: "thành lập CĐCS tại 7 doanh nghiệp có tổng
    cộng 4.300 lao động, kết nạp 3.860 đoàn viên" (probes353)."""
    quantity = item.quantity
    return bool(
        _WORKERS_RE.fullmatch(sentence[quantity.end : item.unit_end].strip())
        and _A_FIRM_HAS_RE.search(sentence, max(0, quantity.start - 80), quantity.start)
    )


_THE_COUNT_OF_A_DEED_RE = re.compile(
    r"\bsố(?:\s+lượng)?(?:\s+[^\s\d,;]+){1,3}?\s+(?:kết nạp|phát triển|thành lập)\b[^\d,;]{0,50}$",
    re.IGNORECASE,
)
_AGAINST_A_YEAR_BEFORE_RE = re.compile(
    r"\s*so với\s+(?:cùng kỳ|năm trước|năm ngoái|năm 20\d\d|cùng thời điểm)", re.IGNORECASE
)

# A clause of its own that says what a place has: "Với 8 CĐCS thành lập mới, toàn huyện có 120
# CĐCS" (a stock, not founded; "thành lập 8 CĐCS, có 200 đoàn viên" names no subject and is left).
_OWN_SUBJECT_HAS_RE = re.compile(
    rf"[,;]\s*[^\W\d][^,;\d]*\s(?:đã\s+|đang\s+)?có\s*(?:(?:{w.QUALIFIER})\s+)?$", re.IGNORECASE
)

_RECOGNISED_AS_MEMBERS_RE = re.compile(
    rf"công nhận\s+(?:là\s+)?{w.MEMBER_WORDS}\s+cho\s", re.IGNORECASE
)


_NO_UNION_YET_RE = re.compile(
    r"\bchưa\s+có\s+(?:tổ chức\s+)?(?:công đoàn|CĐCS|CĐ)\b(?=[^;]*\bđã\b)", re.IGNORECASE
)
_SAID_TO_JOIN_RE = re.compile(
    r"\bđược\s+kết nạp\b(?!\s+(?:vào\s+)?Đảng)"
    r"|\bgia nhập\s+(?:tổ chức\s+)?(?:công đoàn|nghiệp đoàn)"
    # (or with no verb but "into": "có thêm 125 công nhân vào tổ chức công đoàn"; "tham gia" the
    # union itself, not its doings: "có thêm 200 người tham gia công đoàn")
    # (or "vô", as the South says it: "“… vận động mới được 230 người vô công đoàn …”", probes953)
    r"|\b(?:vào|vô|tham gia)\s+(?:tổ chức\s+)?(?:công đoàn|nghiệp đoàn)\b"
    r"(?!\s+(?:\w+\s+){0,2}?(?:tổ chức|phát động|hoạt động|phong trào|giải|hội thi|"
    r"chương trình)\b)",
    re.IGNORECASE,
)
_THEN_ADMITTED_AMONG_RE = re.compile(
    r"\bgiới thiệu\s+[^;]{0,60}?,\s*trong (?:đó|số đó)\b[^;]{0,40}?\bđược\s+kết nạp\s+"
    r"(?:vào\s+)?Đảng\b"
    # (or with the Party left unsaid, admitted being all it can mean after an introduction: "giới
    # thiệu 1.087 người, đạt 108,7% kế hoạch, trong đó 402 người đã được kết nạp", "giới thiệu
    # được 2.316 người và 1.049 người đã được kết nạp", probes99; not into the union)
    r"|\bgiới thiệu\b(?![^;]{0,80}?\b(?:vào|tham gia|gia nhập)\s+(?:tổ chức\s+)?"
    r"(?:công đoàn|CĐ|nghiệp đoàn))[^;]{0,80}?(?:[,;]|\bvà\b)[^;]{0,50}?\bđược\s+kết nạp\b"
    r"(?!\s+(?:vào\s+)?(?:tổ chức\s+)?(?:công đoàn|CĐ|nghiệp đoàn|đoàn viên))"
    # (or a Party organ admitting some in the next clause: "Công đoàn Công ty giới thiệu 9 đoàn
    # viên, Chi bộ đã kết nạp 6 người", probes144)
    r"|\bgiới thiệu\b[^;]{0,60}?,\s*(?:các\s+)?(?:chi bộ|đảng bộ|đảng ủy|đảng uỷ|cấp ủy|cấp uỷ)"
    r"[^,;\d]{0,30}?\s(?:đã\s+)?kết nạp\b",
    re.IGNORECASE,
)
_TO_A_PARTY_BODY_RE = re.compile(
    r"\b(?:cho|với)\s+(?:các\s+)?(?:chi bộ|đảng ủy|đảng uỷ|cấp ủy|cấp uỷ|tổ chức đảng)\b",
    re.IGNORECASE,
)
_OTHER_DEED_AFTER_RE = re.compile(
    r"\b(?:tổ chức|tiến hành|hoàn thành)\s+(?:xong\s+)?(?:đại hội|hội nghị)"
    r"|\bđạt\s+(?:danh hiệu\s+)?vững mạnh|\bxếp loại\b",
    re.IGNORECASE,
)
_INTRODUCED_TO_A_JOB_RE = re.compile(r"\bviệc làm\b|\bhọc nghề\b|\bđi làm\b", re.IGNORECASE)
# The union's work for the Party, what a course for its officials may teach.
_PARTY_WORK_TAUGHT_RE = re.compile(
    r"\bvề\s+(?:công tác\s+(?:tạo nguồn\s+)?(?:phát triển\s+)?|(?:tạo nguồn\s+)?phát triển\s+)"
    r"(?:đảng viên|Đảng)\b"
    r"(?![^,;]*\b(?:cho|đối với)\s+(?:các\s+)?(?:đoàn viên|quần chúng|người lao động)\b)",
    re.IGNORECASE,
)
_NOMINATED_RE = re.compile(
    # (or chosen to attend a congress: "Hội nghị đã bầu và giới thiệu 12 đoàn viên ưu tú đi dự Đại
    # hội Công đoàn tỉnh lần thứ XVI", probes886)
    r"\b(?:bổ sung vào|ứng cử|đề cử|bầu vào|quy hoạch|bổ nhiệm|tham gia Ban Chấp hành"
    r"|(?:đi\s+)?(?:tham\s+)?dự\s+Đại hội|làm đại biểu)\b",
    re.IGNORECASE,
)
_PARTY_ITEM_BEFORE_RE = re.compile(r"\d[\d.]*\s+đảng viên(?:\s+mới)?\s*(?:,|và)\s*", re.I)


# (or "qua đó" after the union's introductions: "… giới thiệu 215 đoàn viên, qua đó các tổ chức đảng
# đã kết nạp 168 đảng viên mới", probes206)
_FROM_THIS_SOURCE_RE = re.compile(r"\b(?:từ\s+nguồn\s+(?:này|đó|trên)|qua\s+đó)\b", re.IGNORECASE)


def _introduced_then_this_source(sentence: str) -> bool:
    source = _FROM_THIS_SOURCE_RE.search(sentence)
    return bool(
        source
        and re.search(r"\bgiới thiệu\b", sentence[: source.start()], re.IGNORECASE)
        and w.UNION.search(sentence, 0, source.start()) is not None
    )


_ADMITTED_FROM_THE_SOURCE_RE = re.compile(
    r"\bkết nạp\s+(?:vào\s+Đảng\s+)?từ\s+(?:nguồn|số)\s+(?:đoàn viên|ĐVCĐ|công đoàn|CĐ\b)",
    re.IGNORECASE,
)


def _matches_at_the_word(
    pattern: re.Pattern, local: str, word: str, *, after: bool = False
) -> bool:
    """`pattern` matches where `word` is written in `local` (or right after it with `after`);
    never when `word` is not written there."""
    at = local.lower().find(word.lower())
    return at >= 0 and bool(pattern.match(local, at + (len(word) if after else 0)))


# A clause after a count with a deed and a count of its own (_metric; the text it reads ends
# before the next count).
_ANOTHER_DEEDS_CLAUSE_RE = re.compile(
    rf"[,;]\s*(?=[^,;]*?\b(?:{w.DEED_VERBS})\b(?:[^,;]*?\d|\s*$))", re.IGNORECASE
)


def _metric(
    verb: str,
    unit: str,
    unit_word: str,
    local: str,
    youth: bool,
    sentence: str = "",
    party_source: bool = False,
) -> tuple[str, str | None] | None:
    """(metric, stage) of a number counted by `unit` (written `unit_word`) under `verb`, or None.

    `local` is the verb, the count and what follows it in its clause; `youth` says the sentence
    is about the Youth Union (its "đoàn viên" are not union members); `sentence` is the whole
    sentence; `party_source`: the headline or sa-pô tells the union's introductions to the Party,
    so those it introduces go to the Party."""
    verb = verb.lower()
    if youth:
        return None
    if verb.startswith(w.FOUND_VERBS):
        return ("cdcs_thanh_lap", None) if unit == "cdcs" else None
    if verb.startswith(w.INTRODUCE_VERBS):
        return (
            ("dang_vien_gioi_thieu", "introduced")
            # "giới thiệu 557 đoàn viên công đoàn ưu tú": the union's best go to the Party.
            if unit == "member"
            and (
                w.is_party(local)
                or w.OUTSTANDING.search(local)
                # (to a Party cell or committee: "giới thiệu 27 đoàn viên cho chi bộ", probes61)
                or _TO_A_PARTY_BODY_RE.search(local)
                # (or those of them the Party admitted said next: "đã giới thiệu 9 đoàn viên, trong
                # đó 7 người được kết nạp Đảng trong năm", probes65)
                or _THEN_ADMITTED_AMONG_RE.search(sentence)
                # (or all of them: "giới thiệu 9 người, cả 9 đều đã được Chi bộ kết nạp")
                or ALL_OF_THEM_ADMITTED.search(local)
                # (or the Party named elsewhere in the sentence: "Công tác tạo nguồn phát triển Đảng
                # có chuyển biến: giới thiệu 305 đoàn viên", probes81; not a job found for them)
                or (w.is_party(sentence) and not _INTRODUCED_TO_A_JOB_RE.search(local))
                # (or by the headline or sa-pô: "Riêng năm 2024, Công đoàn đã giới thiệu 26 đoàn
                # viên, …" under "Công đoàn Bệnh viện …: Điểm sáng trong tạo nguồn đảng viên")
                # (not who those introduced are: "Trong đó, 58/93 đoàn viên được giới thiệu là điều
                # dưỡng, kỹ thuật viên, hộ lý", probes94)
                or (
                    party_source
                    and not _INTRODUCED_TO_A_JOB_RE.search(local)
                    and not re.search(r"\bgiới thiệu\s+là\b", local, re.I)
                )
            )
            and not w.PARTY_COURSE.search(local)
            # (a nomination for office is no introduction to the Party: "giới thiệu 3 đồng chí để
            # Tỉnh ủy xem xét, bổ sung vào Ban Chấp hành Đảng bộ tỉnh", probes81)
            and not _NOMINATED_RE.search(local)
            else None
        )
    if verb.startswith(w.TRAIN_VERBS):
        # "lớp bồi dưỡng nhận thức về Đảng cho 158 đoàn viên ưu tú": a Party course (not union
        # officials taught the union's part in it: "tập huấn nghiệp vụ cho tầm 150 cán bộ công đoàn
        # cơ sở về công tác phát triển đảng viên", probes203)
        if w.is_party(local) and not (
            unit == "official"
            and _PARTY_WORK_TAUGHT_RE.search(local)
            and not w.PARTY_COURSE.search(local)
        ):
            return None
        # A trade taught is no union training: "đào tạo nghề cho 1.450 học viên là con em CNLĐ".
        if w.VOCATIONAL.match(local):
            return None
        return ("can_bo_tap_huan", None) if unit == "official" else None
    # kết nạp, phát triển, thu hút, vận động
    if unit == "cdcs":
        # "phát triển mới ... 12 CĐCS", "tăng thêm 2.790 CĐ cơ sở": growth in unions is founding;
        # so is recognising unions just founded: "trao quyết định công nhận 5 công đoàn cơ sở mới
        # thành lập với tổng số 1.320 đoàn viên"
        # ("trao quyết định công nhận 4 CĐCS mới với tổng số 255 đoàn viên")
        founding = verb.startswith(
            ("phát triển", "tăng thêm", "có thêm", "thêm", "thực hiện được")
        ) or (
            verb.startswith("công nhận")
            and re.search(rf"\bmới\s+thành lập\b|\d\s+(?:{w.CDCS_WORDS})\s+mới\b", local, re.I)
        )
        # (unions gained at a deed of another indicator: "sẽ có thêm 47 công đoàn cơ sở còn lại
        # tiến hành đại hội", probes85)
        if founding and verb.startswith(("có thêm", "thêm")) and _OTHER_DEED_AFTER_RE.search(local):
            return None
        return ("cdcs_thanh_lap", None) if founding else None
    if unit != "member":
        return None
    # (new Party members gained from the union's source: "Từ nguồn do công đoàn giới thiệu, Hà Nam
    # có thêm 186 đảng viên mới là công nhân", probes94)
    if (
        verb.startswith(("có thêm", "thêm"))
        and unit_word.lower().startswith("đảng viên")
        and w.FROM_THE_UNIONS_SOURCE.search(sentence)
    ):
        return ("dang_vien_gioi_thieu", "admitted")
    # (members gained are union members by name: not "có thêm 500 người lao động được tăng lương";
    # or said to join: "thêm 18 tài xế được kết nạp", probes60)
    if (
        verb.startswith(("có thêm", "thêm", "thực hiện được"))
        and not re.match(w.MEMBER_WORDS, unit_word, re.I)
        and not _SAID_TO_JOIN_RE.search(local)
    ):
        return None
    if (
        verb.startswith("công nhận")
        and not re.match(w.MEMBER_WORDS, unit_word, re.IGNORECASE)
        # "quyết định công nhận đoàn viên cho 26 công nhân, nhân viên"
        and not _RECOGNISED_AS_MEMBERS_RE.match(local)
    ):
        # "quyết định công nhận 78 đoàn viên mới"; not "công nhận ..., tặng Giấy khen cho 70 ..."
        return None
    # (not a Party organ the union introduced people to: "giới thiệu 33 đoàn viên ưu tú để tổ chức
    # Đảng xem xét, ... và đã kết nạp mới 20 Đảng viên mới")
    # (unless they came from the union's source: "từ nguồn đoàn viên do LĐLĐ tỉnh … giới thiệu, các
    # tổ chức cơ sở đảng trong tỉnh đã kết nạp 702 đảng viên mới", probes94)
    # (or are union members by name: "Chi bộ Công ty … kết nạp 5 đảng viên mới là đoàn viên công
    # đoàn", "các cấp ủy trên địa bàn đã kết nạp 97 đảng viên là đoàn viên công đoàn", probes102;
    # not "… là công nhân", workers the Party found itself)
    # (or "from this source" under a headline or sa-pô of the union's: "Từ nguồn này, … các tổ
    # chức đảng của thành phố đã kết nạp 261 đảng viên mới", probes124)
    from_the_union = (
        w.FROM_THE_UNIONS_SOURCE.search(sentence)
        or _WHO_ARE_UNION_MEMBERS_RE.search(local)
        or (party_source and _FROM_THIS_SOURCE_RE.search(sentence))
        # (or after the union's introductions in the sentence itself: "LĐLĐ tỉnh đã giới thiệu
        # 1.865 đoàn viên ưu tú cho cấp ủy Đảng …; từ nguồn này, các tổ chức cơ sở đảng đã kết nạp
        # 1.102 đảng viên mới", probes184)
        or _introduced_then_this_source(sentence)
    )
    if (
        unit_word.lower().startswith("đảng viên")
        and w.PARTY_BODY.search(w.PARTY_RECIPIENT.sub(" ", sentence))
        and not from_the_union
    ):
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
    # ("quần chúng ưu tú" are the Party's candidates: "tổ chức 5 đợt lễ kết nạp cho 31 quần chúng ưu
    # tú là công nhân" is an admission to the Party)
    # (union members by name after the Party's own item of one list are the union's: "kết nạp 60
    # đảng viên và 3.000 đoàn viên công đoàn", probes53)
    if _UNION_MEMBER_WORD_RE.match(unit_word):
        local = _PARTY_ITEM_BEFORE_RE.sub(" ", local)
    # (admitted "from the source" of union members is the Party's word: "có 127 người được kết nạp
    # từ nguồn đoàn viên do Công đoàn các KCN tỉnh Bắc Giang giới thiệu", probes296)
    if verb.startswith("kết nạp") and _ADMITTED_FROM_THE_SOURCE_RE.search(local):
        return ("dang_vien_gioi_thieu", "admitted")
    # (nor are "đồng chí" admitted, the Party's word for its own: "đã có 684 đồng chí được các chi
    # bộ, đảng bộ kết nạp", probes94; not into the union, nor made union members: "tổ chức Lễ kết
    # nạp đoàn viên công đoàn cho 16 đồng chí là công nhân", dev-151, h9-029)
    comrades = (
        unit_word.lower().startswith("đồng chí")
        and not _INTO_THE_UNION_ANYWHERE_RE.search(local)
        and not w.UNION.search(re.split(r"\d", local, maxsplit=1)[0])
        and not re.search(w.MEMBER_WORDS, re.split(r"\d", local, maxsplit=1)[0], re.I)
    )
    # (nor are union members "ưu tú" admitted, the Party's candidates: "Đảng ủy Khối Doanh nghiệp
    # tỉnh năm 2024 đã kết nạp 28 đoàn viên công đoàn ưu tú, đều do các CĐCS giới thiệu",
    # probes442; the union admits no member it already has)
    # (the Party, or the best, named in a clause of its own after, with its own deed and count, are
    # that clause's: "… kết nạp 1.412 đoàn viên, vượt 12% chỉ tiêu được giao, đồng thời phối hợp
    # với Đảng ủy phường giới thiệu 9 đoàn viên công đoàn ưu tú …", probes938)
    own = _ANOTHER_DEEDS_CLAUSE_RE.split(local, maxsplit=1)[0]
    outstanding = verb.startswith("kết nạp") and _OUTSTANDING_MEMBERS_RE.search(own)
    if w.is_party(own) or unit_word.lower().startswith("quần chúng") or comrades or outstanding:
        return (
            ("dang_vien_gioi_thieu", "admitted")
            if verb.startswith(("kết nạp", "phát triển"))
            # (but "Đảng ủy khối doanh nghiệp quận đã kết nạp 123 đoàn viên Công đoàn ưu tú vào
            # Đảng" reports the union's own members admitted: they count; "Chi bộ … tổ chức lễ kết
            # nạp Đảng cho 3 đoàn viên công đoàn ưu tú" is the cell's ceremony)
            and (
                not w.PARTY_SUBJECT.match(sentence)
                or (_UNION_MEMBER_WORD_RE.match(unit_word) and "lễ kết nạp" not in sentence.lower())
                # (a committee over the cells holding one for union members by name, where they
                # work: "Đảng ủy Khối Doanh nghiệp tỉnh … tổ chức lễ kết nạp đảng viên mới cho 47
                # đoàn viên công đoàn ưu tú tại các doanh nghiệp", probes131; not a cell's own)
                or (
                    _UNION_MEMBER_WORD_RE.match(unit_word)
                    and not w.PARTY_SUBJECT.match(sentence).group(0).lower().endswith("chi bộ")
                    and _matches_at_the_word(_AT_THE_WORKPLACES_RE, local, unit_word)
                )
                # (a ceremony the union holds with the Party organ: "Đảng ủy Công ty phối hợp (với)
                # Công đoàn Công ty tổ chức lễ kết nạp đảng viên mới cho 12 đoàn viên công đoàn ưu
                # tú", probes102, probes115)
                or (
                    (_UNION_MEMBER_WORD_RE.match(unit_word) or _SAID_UNION_MEMBERS_RE.search(local))
                    and _UNION_HOLDS_THE_CEREMONY_RE.search(sentence)
                )
                # (nor when the union is said to have introduced them: "Đảng ủy Công ty … tổ chức
                # lễ kết nạp đảng viên mới cho 11 quần chúng ưu tú là đoàn viên công đoàn do Công
                # đoàn Công ty giới thiệu", probes58)
                or _INTRODUCED_BY_THE_UNION_RE.search(sentence)
                # (or from the union's source: "từ nguồn công đoàn giới thiệu, các chi bộ đã kết
                # nạp 57 đồng chí", probes99)
                or w.FROM_THE_UNIONS_SOURCE.search(sentence)
                # (or people said right after to be union members, as CONVENTIONS.md reads "đều
                # là đoàn viên công đoàn": "Đảng ủy xã Tân Hòa … đã kết nạp 6 quần chúng là đoàn
                # viên công đoàn các hợp tác xã trên địa bàn vào Đảng", probes929)
                # (not those at a course: "Đảng ủy Khối … mở 4 lớp bồi dưỡng kết nạp Đảng cho 320
                # quần chúng ưu tú là đoàn viên công đoàn", probes654)
                or (
                    unit_word.lower().startswith("quần chúng")
                    and not re.search(r"\b(?:lớp|khóa|khoá)\b", sentence, re.IGNORECASE)
                    # (nor a cell's ceremony, as for union members by name above: "các chi bộ …
                    # đã tổ chức lễ kết nạp cho 6 đoàn viên công đoàn ưu tú", H41-024)
                    and "lễ kết nạp" not in sentence.lower()
                    and _matches_at_the_word(
                        _UNION_MEMBERS_SAID_RIGHT_AFTER_RE, local, unit_word, after=True
                    )
                )
            )
            else None
        )
    # "tập hợp được hơn 52.000 CNLĐ tham gia tổ chức Công đoàn": gathered into the union
    # (not "thu hút hơn 9,2 triệu đoàn viên", how many it has, nor "thu hút hơn 5.000 đoàn viên,
    # công nhân tham gia", at an event)
    if verb.startswith(("vận động", "thu hút", "tập hợp")) and not w.JOINING.search(local):
        return None
    # People brought into something else: "Cơ quan BHXH đã phát triển mới 3.500 người tham gia
    # BHXH tự nguyện" (not "kết nạp 40 lao động tự do tham gia Nghiệp đoàn")
    if not _UNION_MEMBER_WORD_RE.match(unit_word) and _joins_another_re(unit_word).search(local):
        return None
    # (or bare people "developed" after the target of people joining something else: "Được giao
    # chỉ tiêu phát triển 5.200 người tham gia bảo hiểm xã hội tự nguyện, 9 tháng năm 2025 BHXH
    # tỉnh … đã phát triển được 4.016 người", probes927)
    if (
        w.is_bare_people(unit_word)
        and verb.startswith("phát triển")
        and _PEOPLE_JOINING_ANOTHER_RE.search(sentence)
        and not w.JOINING.search(sentence)
    ):
        return None
    return ("doan_vien_ket_nap", None)


_INTRODUCED_BY_THE_UNION_RE = re.compile(w.INTRODUCED_BY_A_UNION, re.IGNORECASE)
_AT_THE_WORKPLACES_RE = re.compile(
    r"[^,;.]{0,40}?(?:\s+ưu tú)?\s+(?:tại|ở|thuộc|của)\s+(?:các\s+)?(?:doanh nghiệp|công ty|"
    r"đơn vị|cơ sở|CĐCS|khu công nghiệp|KCN)",
    re.IGNORECASE,
)
# People said to be union members: "… cho 21 công nhân lao động ưu tú là đoàn viên công đoàn".
# ("tất cả đều là": "… đã kết nạp 27 đảng viên mới, tất cả đều là đoàn viên công đoàn được CĐCS
# giới thiệu", probes583)
_ARE_UNION_MEMBERS = (
    r"(?:(?:tất cả|cả|100%)\s+)?(?:đều\s+)?là\s+(?:đoàn viên công đoàn|ĐVCĐ|đoàn viên CĐ)"
)
_SAID_UNION_MEMBERS_RE = re.compile(rf"\b{_ARE_UNION_MEMBERS}", re.IGNORECASE)
_UNION_MEMBERS_SAID_RIGHT_AFTER_RE = re.compile(
    rf"(?:\s+ưu tú)?\s*,?\s*{_ARE_UNION_MEMBERS}", re.IGNORECASE
)
_UNION_HOLDS_THE_CEREMONY_RE = re.compile(
    # (a partner: not the union's name inside a Party cell's, "Chi bộ Công đoàn cơ quan tổ chức lễ
    # kết nạp Đảng cho 3 đoàn viên công đoàn ưu tú")
    r"\b(?:phối hợp|cùng)(?:\s+với)?\s+(?:Công đoàn|CĐ|LĐLĐ|Liên đoàn Lao động)\b[^,;.\d]{0,60}?"
    r"\btổ chức\s+lễ kết nạp"
    # (or the Party organ and the union named together before it: "Đảng ủy và Công đoàn Công ty
    # Cổ phần Thép Hòa Phát Dung Quất phối hợp tổ chức lễ kết nạp Đảng cho 12 đoàn viên công đoàn
    # ưu tú", probes548)
    # ("phối hợp" before "tổ chức" is blanked, w.IDLE_WORD)
    r"|\b(?:Đảng ủy|Đảng bộ|Chi bộ)\s+và\s+(?:Công đoàn|CĐ)\b[^,;.\d]{0,80}?"
    r"\s+(?:(?:phối hợp|cùng)\s+)?(?:tổ chức\s+)?(?:lễ\s+)?kết nạp",
    re.IGNORECASE,
)
# (not with the Youth Union's: "… kết nạp 37 đảng viên mới, là đoàn viên công đoàn và đoàn viên
# thanh niên ưu tú", no union-only count, probes102)
_NOT_WITH_YOUTH = r"(?!\s*(?:,|và|hoặc)\s*(?:đoàn viên\s+)?(?:thanh niên|Đoàn\b))"
# Said right after a count to be union members ("… 5 đảng viên mới, đều là đoàn viên công đoàn"):
# they are the union's (figures here, and __init__'s Party filters).
UNION_MEMBERS_RIGHT_AFTER_RE = re.compile(
    rf"(?:\s+mới)?\s*,?\s*{_ARE_UNION_MEMBERS}\b{_NOT_WITH_YOUTH}", re.IGNORECASE
)
_WHO_ARE_UNION_MEMBERS_RE = re.compile(
    rf"\d[\d.]*\s+đảng viên(?:\s+mới)?\s*,?\s*{_ARE_UNION_MEMBERS}", re.IGNORECASE
)


@functools.lru_cache(maxsize=64)
def _joins_another_re(unit_word: str) -> re.Pattern:
    return re.compile(re.escape(unit_word) + _JOINS_ANOTHER, re.IGNORECASE)


_JOINS_ANOTHER = (
    r"(?:\s+[^\s,;]+){0,4}?\s+tham gia\s+(?!(?:vào\s+)?(?:tổ chức\s+)?"
    r"(?:công đoàn|CĐ\b|CĐCS|nghiệp đoàn|NĐ\b|sinh hoạt))"
)


_UNION_AS_PARTNER_RE = re.compile(
    r"\b(?:phối hợp|kết hợp|cùng)(?:\s+với)?\s+(?:Công đoàn|CĐ)\b(?:\s+[^\s,;]+){0,3}",
    re.IGNORECASE,
)


def _youth_named(clause: str) -> bool:
    """The Youth Union named in a clause that names no union."""
    return bool(w.YOUTH.search(clause)) and not w.UNION.search(clause)


_UNION_IN_A_YOUTH_NAME_RE = re.compile(
    r"(?:(?<=Đoàn Thanh niên )|(?<=Đoàn cơ sở ))(?:cơ quan\s+)?(?:LĐLĐ|Liên đoàn Lao động)\b"
)


@functools.lru_cache(maxsize=256)
def _youth_only(sentence: str) -> bool:
    """The sentence speaks of the Youth Union, another mass association, or a Party cell of its
    own members, and of no trade union: the people it counts are not union members. A union
    named as the Youth Union's partner does not count: "Đoàn Thanh niên Công ty … phối hợp với Công
    đoàn công ty tổ chức lễ kết nạp 46 đoàn viên mới"."""
    # (a union in the Youth Union's own name is no union: "Đoàn Thanh niên LĐLĐ tỉnh kết nạp 60
    # đoàn viên mới", "Đoàn cơ sở LĐLĐ tỉnh Hà Tĩnh tổ chức lễ kết nạp …", probes82)
    sentence = _UNION_IN_A_YOUTH_NAME_RE.sub(" ", sentence)
    partner = _UNION_AS_PARTNER_RE.search(sentence)
    if partner and w.YOUTH.search(sentence, 0, partner.start()):
        sentence = sentence[: partner.start()] + " " + sentence[partner.end() :]
    if w.UNION.search(sentence):
        return False
    # A Party organ the people are introduced to is no Party organ counting its own: "Đã giới
    # thiệu 78 đoàn viên ưu tú cho cấp ủy xem xét, kết nạp".
    # (nor is one that acts on others: "…; 58 đồng chí đã được kết nạp, số còn lại đang được cấp ủy
    # các chi bộ tiếp tục bồi dưỡng", "…; trong số này, 6.811 người đã được cấp ủy các cấp xem xét
    # kết nạp vào Đảng")
    # (nor one that set the target: "Được Ban Thường vụ Tỉnh ủy giao chỉ tiêu giới thiệu 400 đoàn
    # viên ưu tú cho Đảng trong năm 2024, LĐLĐ tỉnh … đã giới thiệu được 436 người", probes939)
    speaking = _PARTY_AS_AGENT_RE.sub(" ", w.PARTY_RECIPIENT.sub(" ", sentence))
    speaking = _PARTY_SETTING_THE_TARGET_RE.sub(" ", speaking)
    return bool(
        w.YOUTH.search(sentence)
        or w.YOUTH_MEMBERS_CAPITALISED.search(sentence)
        or w.ASSOCIATION.search(sentence)
        or w.PARTY_BODY.search(speaking)
    )


# (the target of introductions: not "Kết quả này đạt 63% chỉ tiêu cả năm được Tỉnh ủy giao là 200
# đoàn viên", the Party's own count, probes239)
_PARTY_SETTING_THE_TARGET_RE = re.compile(
    rf"\bđược\s+(?:Ban Thường vụ\s+)?(?:{w.PARTY_BODY.pattern})[^,;\d]{{0,30}}?\s+giao"
    r"(?=\s+(?:chỉ tiêu\s+)?giới thiệu\b)",
    re.IGNORECASE,
)
# (a Party organ's own, with no one introducing them, are still told apart: _PARTY_AGENT_RE)
_PARTY_ORGANS = (
    r"(?:cấp ủy|cấp uỷ|chi,\s*đảng bộ|chi bộ|đảng bộ|đảng ủy|đảng uỷ|tổ chức (?:cơ sở )?đảng)"
)
_PARTY_AS_AGENT_RE = re.compile(
    rf"\bđược\s+(?:các\s+)?{_PARTY_ORGANS}"
    # (several named: "đã có 684 đồng chí được các chi bộ, đảng bộ kết nạp", probes94)
    rf"(?:\s+các\s+(?:chi bộ|đảng bộ|cấp)|\s*(?:,|và)\s*(?:các\s+)?{_PARTY_ORGANS})*",
    re.IGNORECASE,
)


def _party_clause_after_introduced(clause: str, previous: Figure | None) -> bool:
    """A clause of a Party organ's admissions, right after a figure of those introduced."""
    return (
        previous is not None
        and previous.stage == "introduced"
        and previous.kind == "result"
        and not w.YOUTH.search(clause)
        and not w.ASSOCIATION.search(clause)
        and bool(w.PARTY_BODY.search(clause))
    )


def _a_party_organ_after_its_own_clause(
    sentence: str, clause: str, clause_start: int, item: Counted
) -> bool:
    """A Party organ named only after the count's own comma clause, no Youth Union or association
    in the clause: what it does after is not whose the count is ("…; giới thiệu 468 đoàn viên ưu
    tú cho Đảng, Đảng bộ các bệnh viện đã kết nạp 301 đồng chí", probes456)."""
    if w.YOUTH.search(clause) or w.YOUTH_MEMBERS_CAPITALISED.search(clause):
        return False
    if w.ASSOCIATION.search(clause):
        return False
    # (the count's own clause names the union's people: not "Ít nhất 12 người đã được kết nạp, số
    # còn lại chúng tôi chưa có thông tin từ các chi bộ", the Party's admissions, probes383)
    own = sentence[clause_start : end_of_clause(sentence, item.unit_end)]
    return bool(w.UNION_PEOPLE.search(own)) and not _youth_only(own)


_UNIONS_NOUN_GOES_ON_RE = re.compile(rf"\s+(?:{w.UNION.pattern})", re.IGNORECASE)


def _youth_goes_on(sentence: str, start: int, at: int) -> bool:
    """The Youth Union is the subject of the deeds listed from `start` up to a count whose noun
    ends at `at`, no union named since nor by the count's noun: "Cùng với hoạt động công đoàn, Đoàn
    Thanh niên công ty trong nhiệm kỳ đã kết nạp 95 đoàn viên thanh niên, giới thiệu 24 đoàn viên
    ưu tú cho Đảng" (not "…, hoàn thành chỉ tiêu thành lập 6 tổ chức công đoàn cơ sở")."""
    youth = rightmost(w.YOUTH, sentence[start:at])
    # (from a little before it: "công đoàn cơ sở", "nghiệp đoàn cơ sở" hold a "Đoàn cơ sở", and a
    # union may be named after the Youth Union's office: "Công đoàn cơ sở Tỉnh đoàn Gia Lai")
    # (or the count's noun goes on with the union's: "… phối hợp Huyện đoàn mở lớp tập huấn cho
    # 150 cán bộ công đoàn cơ sở và 80 cán bộ đoàn thanh niên", probes620)
    return (
        youth is not None
        and not w.UNION.search(sentence, max(start, start + youth.start() - 25), at)
        and not _UNIONS_NOUN_GOES_ON_RE.match(sentence, at)
    )


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


def _in_an_aside(left: str, verb: re.Match) -> bool:
    """The verb is said in brackets closed before a comma that comes before the count: "Qua đánh
    giá, xếp loại theo hướng dẫn mới (…, gắn với kết quả phát triển đoàn viên …), có 3 CĐCS bị xếp
    loại …" (probes528)."""
    opened = left.rfind("(", 0, verb.start())
    return opened > left.rfind(")", 0, verb.start()) and bool(
        re.search(r"^[^()]*\)\s*[,;]", left[verb.end() :])
    )


_FOR_THOSE_IT_FOUNDS_RE = re.compile(
    r"\bquyết định\s+(?:công nhận\s+)?thành lập(?:\s+mới)?$", re.IGNORECASE
)


# A quote a speaker opens after a colon, still open at the count, that names a target of its own
# before it: "Trả lời câu hỏi của phóng viên về kết quả phát triển đoàn viên, ông … cho hay: “Chỉ
# tiêu Tổng Liên đoàn giao cho tỉnh năm 2024 là 25.000 đoàn viên, …”" (probes860): the reporter's
# deed before it is the topic, and the target the speaker names is no count of it (a count said
# bare is, "Hỏi chuyện kết nạp đoàn viên năm nay, ông Trí trả lời: “Cả năm được 6.480 người, …”",
# probes327).
_SPEECH_OPENED_RE = re.compile(
    r":\s*[“\"][^”\"]*?\b(?:chỉ tiêu|kế hoạch|mục tiêu|giao)\b[^”\"]*$", re.IGNORECASE
)


def _before_the_speech(left: str, verb: re.Match) -> bool:
    return ":" in left and _SPEECH_OPENED_RE.search(left, verb.end()) is not None


def _verb_before(left: str) -> re.Match | None:
    best = None
    for pattern in (w.FOUND_VERB, w.RECRUIT_VERB, w.INTRODUCE_VERB, w.TRAIN_VERB):
        matches = [
            m
            for m in pattern.finditer(left)
            if not _in_a_name(left, m)
            and not _in_an_aside(left, m)
            and not _before_the_speech(left, m)
        ]
        match = matches[-1] if matches else None
        if match and (best is None or match.start() > best.start()):
            best = match
    return best


# A course for union officials, as a headline or sa-pô tells it (_COURSE_FOR_OFFICIALS_RE reads one
# in the count's own sentence): "Liên đoàn Lao động (LĐLĐ) tỉnh tổ
# chức lớp tập huấn … dành cho cán bộ Công đoàn (CĐ) cấp trên trực tiếp cơ sở" (H41-010).
OFFICIALS_COURSE_HEADLINE = re.compile(
    rf"(?:{w.COURSE.pattern})[^.;]{{0,160}}?\b(?:cho|dành cho)\s+(?:các\s+)?"
    rf"(?:{w.OFFICIALS_NAMED.pattern})",
    re.IGNORECASE,
)


# An interview's question that asks for the count, and its answer in the same line: "PV: 6 tháng
# đầu năm toàn tỉnh kết nạp được bao nhiêu đoàn viên? – Ông …: Được 3.710 người, mới đạt 41,2%
# chỉ tiêu năm" (probes18, 104, 116, 123). The answer's number is read in the question's place.
_ANSWERED_BY = r"(?:[–—-]\s*)?(?:(?:Ông|Bà|Anh|Chị)\b[^:]{0,80}:\s*|[^\W\d][^:]{0,60}:\s*)?"
_QUESTION_RE = re.compile(
    r"(?P<asked>\bbao nhiêu\b)(?P<noun>[^?,]*?)(?:,\s*thưa\s+[^?]{1,30})?\s*\?[\"”’)\]]*\s*"
    + _ANSWERED_BY,
    re.IGNORECASE,
)
# ... or one that only names the indicator, as a topic: "PV: Còn đoàn viên? – Bà Lan: Được 6.870,
# đạt 114,5% kế hoạch" (probes355), read as "… kết nạp được 6.870 đoàn viên, …".
# (or its count named, the deed after the noun: "PV: Số đoàn viên kết nạp thì sao ạ?", "PV: Còn số
# đoàn viên, thưa bà?", probes365)
_TOPIC_QUESTION_RE = re.compile(
    r"(?P<asked>\b(?:còn|về|số)\s+)(?:số\s+)?(?:(?:kết nạp|phát triển|thành lập)(?:\s+mới)?\s+)?"
    rf"(?P<noun>{w.CDCS_WORDS}|đoàn viên|ĐVCĐ)"
    r"(?:\s+(?:được\s+)?(?:kết nạp|phát triển|thành lập)(?:\s+mới)?)?"
    r"(?:\s+(?:mới|thì sao|thế nào|ạ))*"
    r"(?:,\s*thưa\s+[^?]{1,30})?\s*\?[\"”’)\]]*\s*" + _ANSWERED_BY,
    re.IGNORECASE,
)
# ... or asked in the reporter's words before the answer's quote: "Hỏi năm nay đã thành lập được
# bao nhiêu công đoàn cơ sở, bà …, trả lời ngắn gọn: “Được 14, còn 3 doanh nghiệp đang vận
# động”" (probes448).
_INDIRECT_QUESTION_RE = re.compile(
    r"\b(?:hỏi|được hỏi)\b[^?“”\"]{0,80}?(?P<asked>\bbao nhiêu\b)(?P<noun>[^?,“”\"]*?)\s*,"
    r"[^:“”\"?]{0,160}?\b(?:trả lời|đáp|cho biết|nói)\b[^:“”\"]{0,30}:\s*[“\"]",
    re.IGNORECASE,
)
# the answer's count, the first number that is no year ("Năm 2023 được …" answers with its time)
_ANSWER_COUNT_RE = re.compile(
    rf"(?:(?:{w.QUALIFIER}|độ)\s+)?(?<![\d.,/])(?!(?:19|20)\d\d\b)"
    # (nor a time: "Trong 6 tháng qua, …", "Đến tháng 12 là được 173 người")
    r"(?<!tháng )(?<!ngày )(?<!quý )(?<!năm )"
    r"(?P<n>\d[\d.,]*)(?![\d.,]*\s*(?:tháng|năm|quý|ngày|tuần|giờ)\b)(?:\s*%)?",
    re.IGNORECASE,
)


# (or a count in words that opens the answer: "… thành lập được bao nhiêu CĐCS? – Dạ, mười ba,
# trong đó 4 doanh nghiệp vốn Hàn Quốc", probes327)
_ANSWER_IN_WORDS_RE = re.compile(
    rf"[\"“‘]?\s*(?:(?:dạ|vâng|ừ|à)\s*,?\s*)?"
    # (after a few words of time or hedge and "được": "Đến giờ là được hơn một nghìn rưỡi đoàn viên
    # rồi", "Cũng được hai trăm bốn mươi người", probes365)
    r"(?:(?:[^\W\d]+\s+){0,3}?(?:là\s+)?được\s+)?"
    rf"(?:(?:{w.QUALIFIER})\s+)?"
    # (tens too: "Cỡ hai chục công đoàn cơ sở thôi anh ạ", probes418; and a magnitude's next
    # digit as speech says it, "hai ngàn tư", "ba mươi mốt")
    rf"(?P<n>(?:{NUMBER_IN_WORDS})(?:\s+(?:{NUMBER_IN_WORDS}|mươi|chục|trăm|nghìn|ngàn|vạn|triệu"
    r"|linh|lẻ|rưỡi|mốt|lăm|tư))*)"
    # (then a stop or what it counts: not "Năm nay khó, …", "Một số đơn vị …")
    r"(?=\s*[,.;”\"]|\s+(?:người|đồng chí|đoàn viên|CĐCS|công đoàn|đơn vị|doanh nghiệp|cuộc|bản"
    r"|anh em|chị em|bạn|lao động|công nhân)\b)",
    re.IGNORECASE,
)


def sentence_figures(sentence: str, *flags: bool, **named: bool) -> list[Figure]:
    """Every union-development figure `sentence` states, in order (see _sentence_figures). An
    interview's question and its answer in one line: a figure the question's words would give a
    number of the answer (its span across the "?") is read from the answer alone, as planned when
    the question asks the plan; and the answer's count the answer alone says nothing of is read in
    the place of the question's "bao nhiêu". Values said in turn after a label are each read as the
    label said of it alone (_values_in_turn), and a quote whose indicator only the words after it
    name as the answer to a question asking that count (_quote_told_about)."""
    whole = _values_in_turn(sentence, _sentence_figures(sentence, *flags, **named), flags, named)
    whole = _labels_in_turn(sentence, whole, flags, named)
    whole = _deeds_in_turn(sentence, whole, flags, named)
    whole = _values_before_their_deeds(sentence, whole, flags, named)
    whole = _earlier_values_read_as_the_last(sentence, whole)
    whole = _admissions_in_turn_alike(sentence, whole)
    whole = _target_and_result_in_turn(sentence, whole)
    whole = counts_in_turn_of_indicators_in_turn(sentence, whole)
    _bodies_of_percents_in_turn(sentence, whole)
    # (and the percents in turn of values the steps above have just set apart: "LĐLĐ huyện Cần
    # Giuộc và LĐLĐ huyện Bến Lức lần lượt thành lập 7 và 9 CĐCS, đạt 140% và 128,6% chỉ tiêu năm
    # 2024", probes754)
    if "%" in sentence:
        respective_percents(sentence, whole)
    # (again, for the targets the labels in turn have just set apart: "Chỉ tiêu kết nạp đoàn viên
    # và thành lập CĐCS … lần lượt là 3.000 người và 25 đơn vị; đến hết tháng 6 mới đạt tương ứng
    # 41,2% và 36%", probes634)
    if any(f.kind == "plan" for f in whole):
        percents_done_of_targets_in_turn(sentence, whole)
        # (and their results in turn, the values after them: "Các chỉ tiêu thành lập CĐCS, kết
        # nạp đoàn viên và giới thiệu đoàn viên ưu tú cho Đảng … lần lượt là 5 đơn vị, 600 người
        # và 25 người; kết quả đạt tương ứng 6 đơn vị, 648 người và 31 người", probes807)
        whole = results_in_turn_after_targets_in_turn(sentence, whole)
    whole = _xy_of_other_units(sentence, whole)
    whole = each_of_the_bodies(sentence, whole)
    question = (
        _QUESTION_RE.search(sentence)
        or _TOPIC_QUESTION_RE.search(sentence)
        or _INDIRECT_QUESTION_RE.search(sentence)
    )
    if question is None:
        return _quote_told_about(sentence, whole, flags, named)
    answer_start = question.end()
    count = _ANSWER_IN_WORDS_RE.match(sentence, answer_start) or _ANSWER_COUNT_RE.search(
        sentence, answer_start
    )
    across = [f for f in whole if f.start < question.start("asked") < answer_start <= f.end]
    if not across:
        if count is None or within(whole, count.start("n")):
            return whole
        found = whole
    else:
        answered = [
            dataclasses.replace(f, start=f.start + answer_start, end=f.end + answer_start)
            for f in _sentence_figures(sentence[answer_start:], *flags, **named)
        ]
        if answers_a_plan_question(sentence[:answer_start], sentence[answer_start:]):
            answered = [f if f.target is not None else as_planned(f) for f in answered]
        found = [f for f in whole if f.end <= question.start("asked")] + answered
    # (only for an answer that says nothing of it itself: a target and what was done of it said
    # in the answer are read there)
    said = _answer_in_the_question(sentence, question, count, flags, named)
    if said is not None and not any(
        (f.metric, f.stage) == (said.metric, said.stage) and f.end > answer_start for f in found
    ):
        found.append(said)
        # (and those of them admitted, said after it: "PV: … giới thiệu bao nhiêu đoàn viên cho
        # Đảng? – Ông …: 1.126 đoàn viên ưu tú, trong đó 734 người đã được kết nạp", probes437)
        found = admitted_said_bare(sentence, sorted(found, key=lambda f: f.start))
    return sorted(found, key=lambda f: f.start)


# A quote that opens the sentence, whose indicator only the words after it name: "“Ba ngàn rưỡi
# đoàn viên, gấp đôi năm ngoái”, ông …, nói về kết quả kết nạp năm 2024", "“Mười một”, ông …,
# trả lời ngắn gọn khi được hỏi năm 2023 có bao nhiêu CĐCS được thành lập mới" (probes418). It is
# the answer to a question asking for that count, and read so.
_OPENING_QUOTE_RE = re.compile(r"\s*[“\"](?P<quote>[^“”\"]{2,300})[”\"]")
_DEED_OR_NOUN = (
    r"(?:(?P<deed>kết nạp|phát triển|thành lập)(?:\s+mới)?\s*)?"
    r"(?P<noun>đoàn viên|ĐVCĐ|CĐCS|công đoàn cơ sở|công đoàn|nghiệp đoàn)?"
)
_TOLD_ABOUT_RE = re.compile(
    # "… nói về số đoàn viên kết nạp mới", "… nói về kết quả kết nạp năm 2024", "… nói về việc
    # thành lập công đoàn ở doanh nghiệp"
    r"\b(?:nói|trả lời|cho biết|chia sẻ|kể|tóm tắt)\s+(?:[^\W\d]+\s+){0,2}?về\s+"
    r"(?:(?:kết quả|việc|số lượng|số|con số)\s+)+"
    + _DEED_OR_NOUN
    # "… khi được hỏi năm 2023 thành phố thành lập được bao nhiêu CĐCS", "… khi được hỏi về số
    # đoàn viên kết nạp"
    + r"|\bkhi được hỏi\b[^“”\".;]{0,80}?\b(?:bao nhiêu|mấy|(?:về\s+)?(?:số|kết quả))\s+"
    + _DEED_OR_NOUN.replace("?P<deed>", "?P<deed2>").replace("?P<noun>", "?P<noun2>"),
    re.IGNORECASE,
)


_NOT_THE_COUNT_ASKED_RE = re.compile(
    r"\b(?:có|gồm)\s+(?:(?:tổng cộng|tổng số|hơn|gần|khoảng|trên)\s+)?\d"
    r"|\b(?:lao động|công nhân|người lao động|NLĐ|doanh nghiệp|công ty)\s*$",
    re.IGNORECASE,
)


def _quote_told_about(sentence, whole, flags, named) -> list[Figure]:
    quote = _OPENING_QUOTE_RE.match(sentence)
    told = quote and _TOLD_ABOUT_RE.search(sentence, quote.end())
    if not told:
        return whole
    deed = (told["deed"] or told["deed2"] or "").lower()
    noun = (told["noun"] or told["noun2"] or "").lower()
    if not (deed or noun) or (noun.startswith(("đoàn viên", "đvcđ")) and deed == "thành lập"):
        return whole
    unions = deed == "thành lập" or noun.startswith(("công đoàn", "cđcs", "nghiệp đoàn"))
    asked = "Còn CĐCS? – " if unions else "Còn đoàn viên? – "
    shift = quote.start("quote") - len(asked)
    # (with its closing mark, which ends a count in words: "“Mười một”")
    read = asked + sentence[quote.start("quote") : quote.end()]
    added = []
    for figure in sentence_figures(read, *flags, **named):
        start = max(figure.start, len(asked)) + shift
        if figure.end <= len(asked) or within(whole, start):
            continue
        # (not how many workers there are: "“Công ty có 2.000 lao động”, ông … nói về kết quả kết
        # nạp đoàn viên")
        if _NOT_THE_COUNT_ASKED_RE.search(sentence, quote.start("quote"), figure.end + shift):
            continue
        added.append(dataclasses.replace(figure, start=start, end=figure.end + shift))
    return sorted(whole + added, key=lambda f: f.start) if added else whole


# Values said in turn after the label their bodies share: "Số CĐCS thành lập mới của LĐLĐ huyện A
# và LĐLĐ huyện B lần lượt là 12 và 9", "Tại các KCN Nhơn Trạch, Long Thành và Biên Hòa II, số
# đoàn viên kết nạp mới lần lượt là 2.410, 1.985 và 1.320 người", "… so với kế hoạch lần lượt là
# 18/20, 5/6 và 4/4 CĐCS" (probes419, probes424). Each value is the label said of it alone ("… là
# 1.985 người"), read so, with the body of its turn when the bodies are as many as the values, and
# its percent of the percents said in turn after them ("…, tương ứng 84,3% và 88,1%").
_VALUE_IN_TURN = (
    rf"(?:(?:{w.QUALIFIER})\s+)?\d+(?:\.\d{{3}})*(?:,\d+)?"
    # (x/y, or "x trên y": "… lần lượt là 96 trên 130 và 108 trên 134 doanh nghiệp có công đoàn",
    # probes558)
    r"(?:\s*/\s*\d+(?:\.\d{3})*|\s+trên\s+(?:tổng số\s+)?\d+(?:\.\d{3})*(?![.,]\d))?(?:\s*%)?"
    # (the last one's noun or yardstick: "96% chỉ tiêu thành lập CĐCS", probes451; its year too:
    # "… và 96% kế hoạch năm 2024", probes462)
    r"(?:\s+(?!và\b)(?:[^\W\d][^\s,;.]*|(?:19|20)\d\d(?!\d))){0,8}?"
)
_IN_TURN_RE = re.compile(
    # (or "đạt lần lượt": "Về thành lập CĐCS, LĐLĐ thành phố Huế và LĐLĐ thị xã Hương Thủy đạt lần
    # lượt 5/6 và 3/3 chỉ tiêu", probes445)
    # (or "vượt", "bằng": "LĐLĐ thành phố Vị Thanh và LĐLĐ thị xã Long Mỹ lần lượt vượt 50% và
    # 33,3% chỉ tiêu thành lập CĐCS được giao", probes462)
    # (or what each had or did, the deed's words read with each value: "LĐLĐ TP Hạ Long, LĐLĐ TP
    # Cẩm Phả và LĐLĐ TP Uông Bí lần lượt có 186/190, 97/97 và 88/92 CĐCS đã tổ chức xong đại
    # hội", "… lần lượt kết nạp được 412, 386 và 240 đoàn viên", probes468, probes474)
    # (or "theo thứ tự": "… vượt theo thứ tự 24% và 17%", probes511)
    # (or the parts of a whole they make up: "…, trong đó LĐLĐ thành phố Vĩnh Yên và LĐLĐ thành
    # phố Phúc Yên đóng góp lần lượt 1.120 và 865 đoàn viên", "… tương ứng đóng góp 512, 406 và
    # 378 người", "… chiếm lần lượt 420 và 310 người", probes690, probes703)
    r"\s(?:(?:lần lượt|tương ứng|theo thứ tự)\s+(?P<verb>là|đạt|vượt|bằng|có|đóng góp|chiếm|"
    r"(?:kết nạp|thành lập|giới thiệu|tập huấn|tổ chức|ký kết|ký)(?:\s+(?:mới|thêm|được|cho))*)"
    # (or "hoàn thành": "… đã hoàn thành lần lượt 105%, 98,6% và 121% chỉ tiêu phát triển đoàn viên
    # năm", probes533)
    # (or "ứng với": "Các chỉ tiêu kết nạp đoàn viên, thành lập CĐCS và giới thiệu đoàn viên ưu tú
    # cho Đảng … đạt ứng với 112%, 105% và 130% kế hoạch", probes558)
    r"|(?P<verb2>đạt|vượt|hoàn thành|đóng góp|chiếm)\s+(?:lần lượt|tương ứng|theo thứ tự|ứng với))"
    r"\s+"
    rf"(?P<values>{_VALUE_IN_TURN}(?:\s*,\s*{_VALUE_IN_TURN})*\s*,?\s+và\s+{_VALUE_IN_TURN})"
    # (not before a decimal comma: "… và 33,3% chỉ tiêu", probes462)
    r"(?=\s*(?:[;.)]|,(?!\d)|$))",
    re.IGNORECASE,
)
_ONE_VALUE_RE = re.compile(_VALUE_IN_TURN, re.IGNORECASE)
# Counts or x/y values listed together before a noun ("27/30 và 18/22 doanh nghiệp"), and each.
_A_VALUE = r"(?<![\d,.])\d[\d.]*(?:/\d[\d.]*)?(?![\d,.%])"
_A_VALUE_RE = re.compile(_A_VALUE)
_VALUES_LISTED_RE = re.compile(rf"{_A_VALUE}(?:\s*(?:,|và)\s*{_A_VALUE})+(?=\s+[^\W\d])")
_PERCENTS_IN_TURN_RE = re.compile(
    r"\s*,\s*(?:lần lượt\s+|tương ứng\s+)(?:(?:là|đạt|bằng)\s+)?"
    r"(?P<percents>\d[\d,]*\s*%(?:\s*(?:,|và)\s*\d[\d,]*\s*%)+)",
    re.IGNORECASE,
)
# (or counted, or named bare before them: "ba LĐLĐ huyện Thanh Sơn, Tam Nông và Cẩm Khê lần lượt
# đạt 96%, 104% và 88% chỉ tiêu …", probes659)
_OF_ONE_KIND = (
    r"(?:(?:các|hai|ba|bốn|năm|sáu|bảy|tám|\d)\s+(?:LĐLĐ\s+|Liên đoàn Lao động\s+|Công đoàn\s+)?"
    r"|(?:LĐLĐ|Liên đoàn Lao động)\s+(?:các\s+)?)"
    rf"(?:{w.TERRITORIES}|KCN|khu công nghiệp)(?:\s*,\s*(?:{w.TERRITORIES}))*"
)
# the bodies the values are of: "của LĐLĐ huyện A, LĐLĐ huyện B và …", "Tại A, B và C, …"
# (or named as the subject: "…, LĐLĐ thành phố Huế và LĐLĐ thị xã Hương Thủy đạt lần lượt …")
_BODIES_IN_TURN_RE = re.compile(
    r"(?:^\s*(?:Tại|Ở)\s+(?P<lead>[^,;:]+(?:,\s*[^,;:]+)*?\s+và\s+[^,;:]+?)\s*,"
    # (the last of them: "Ở khối doanh nghiệp, số CĐCS xếp loại khá của Công đoàn KKT Dung Quất,
    # LĐLĐ TP Quảng Ngãi và LĐLĐ huyện Bình Sơn lần lượt là 14, 9 và 6", probes474)
    r"|\b(?:của|ở|tại)\s+(?P<after>(?:(?!\b(?:của|ở|tại)\s)[^;:])+?)"
    r"(?=\s+(?:so với|năm|trong)\b|\s*$)"
    # (or as the parts of a whole: "…, trong đó LĐLĐ huyện Tân Yên và LĐLĐ huyện Yên Thế lần lượt
    # kết nạp 720 và 410 đoàn viên", probes524)
    rf"|(?:^|[,;])\s*(?:(?:trong đó|riêng)\s+)?"
    rf"(?P<subject>{w.BODY_NAME}(?:\s*,\s*{w.BODY_NAME})*\s+và\s+{w.BODY_NAME})"
    # (what they have said after them: "LĐLĐ huyện Nhơn Trạch và LĐLĐ huyện Long Thành có tỷ lệ
    # doanh nghiệp tổ chức đối thoại định kỳ lần lượt đạt 78% và 82%", probes511)
    # (and the words of time before their verb: "… và Công đoàn các KCN Hà Nội đã hoàn thành lần
    # lượt …", probes533)
    r"(?:\s+(?:đã|đều|cũng|mới|vừa))*"
    r"(?:\s+có\s+(?:tỷ lệ|tỉ lệ|số)\b[^,;:]{0,80})?\s*$"
    # (or places of one kind named once before their names: "các LĐLĐ huyện Đắk Hà, Ngọc Hồi và Sa
    # Thầy lần lượt đạt …", "LĐLĐ các huyện …", probes492)
    rf"|(?:^|,)\s*{_OF_ONE_KIND}\s+(?P<shared>{w.PLACE_NAME}(?:\s*,\s*{w.PLACE_NAME})*"
    rf"\s+và\s+{w.PLACE_NAME})\s*$)",
    re.IGNORECASE,
)


_TWO_LABELS_RE = re.compile(
    rf"\bvà\s+(?:số|tỷ lệ|tỉ lệ|{w.DEED_VERBS}|ký|tổ chức|đạt|hội nghị|đối thoại|thỏa ước"
    # ("Số CĐCS và đoàn viên được phát triển mới … lần lượt là 16 và 2.890", probes21)
    rf"|{w.MEMBER_WORDS}|{w.CDCS_WORDS})\b",
    re.IGNORECASE,
)


_A_YEARS_NUMBER_RE = re.compile(r"\bnăm\s+$", re.IGNORECASE)


# Where the next of the bodies named in turn opens: a comma or "và" before a body's word, not the
# "và" inside a name ("Công đoàn ngành Nông nghiệp và PTNT tỉnh Sóc Trăng", probes511).
_NEXT_BODY_IN_TURN_RE = re.compile(
    rf"\s*,\s*(?:và\s+)?(?=(?:{w.BODY_WORDS})\b)|\s+và\s+(?=(?:{w.BODY_WORDS})\b)", re.IGNORECASE
)


# (a union's, not a place's: "Hai lớp tập huấn tại TP Pleiku và thị xã An Khê lần lượt có 120 và 95
# cán bộ" are the organiser's, probes499)
_A_BODYS_WORD_RE = re.compile(rf"(?:{w.UNIONS_NAMED})\b", re.IGNORECASE)


def _names_in_turn(said: str, which: str) -> list[str]:
    """The names of the bodies said in turn in `said` (the group `which` of _BODIES_IN_TURN_RE)."""
    split = re.split(r"\s*,\s*(?:và\s+)?|\s+và\s+", said)
    if which == "shared":
        return split
    by_body = _NEXT_BODY_IN_TURN_RE.split(said)
    return by_body if len(by_body) > 1 else split


def _value_said(text: str) -> Quantity | None:
    """The number a value said in turn is (its first quantity)."""
    said = quantities(text)
    return said[0] if said else None


def _reads_the_value(figure: Figure, said: Quantity | None, counts_only: bool = False) -> bool:
    """`figure` states the number `said` (a value in turn, _value_said), not only spans it, as a
    figure read across a list of values in turn does: "tập huấn cho trên 2.300 và gần 1.800 lượt
    cán bộ" (probes511); of its counts alone with `counts_only`."""
    if said is None:
        return True
    fields = [figure.achieved, figure.target] + ([] if counts_only else [figure.percent])
    return bool({said.value, said.second} & numbers_of(*fields))


_YEARS_IN_TURN_RE = re.compile(
    r"\b(?:(?:trong|các)\s+)?(?:(?:\d|hai|ba|bốn|năm)\s+)?năm\s+"
    # (the last joined by a comma too: "trong hai năm 2023, 2024 lần lượt là 90,2% và 93,5%",
    # probes906)
    r"(?P<years>(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*(?:\s*,?\s+và\s+|\s*,\s*)(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _years_in_turn(head: str, count: int) -> list[str]:
    """The `count` years `head` names in turn (_YEARS_IN_TURN_RE), in order, or none."""
    said = _YEARS_IN_TURN_RE.search(head)
    years = re.findall(r"(?:19|20)\d\d", said["years"]) if said else []
    return years if len(years) == count else []


def _with_the_year_alone(head: str, year: str) -> str:
    """`head` with the years it names in turn said as `year` alone."""
    said = _YEARS_IN_TURN_RE.search(head)
    return f"{head[: said.start()]}năm {year}{head[said.end() :]}"


def _values_in_turn(sentence, whole, flags, named) -> list[Figure]:
    turn = _IN_TURN_RE.search(sentence)
    # (not two labels in turn: "Số cuộc đối thoại … và số bản thỏa ước … lần lượt là 1.045 cuộc
    # và 136 bản", "số doanh nghiệp tổ chức hội nghị người lao động và ký thỏa ước lao động tập
    # thể lần lượt là 148 và 121" (probes381), each value its own label's)
    if turn is None or _TWO_LABELS_RE.search(sentence, 0, turn.start()):
        return whole
    # (nor ratings in turn, grades_in_turn's)
    if says_grades_in_turn(sentence):
        return whole
    values = [
        v
        for v in _ONE_VALUE_RE.finditer(sentence, turn.start("values"), turn.end("values"))
        # (not the year of the last one's yardstick: "… và 96% kế hoạch năm 2024")
        if not _A_YEARS_NUMBER_RE.search(sentence, 0, v.start())
        or not re.fullmatch(r"(?:19|20)\d\d", v.group(0))
    ]
    # (nor values each with a noun of its own: "… con số này lần lượt là 858.886 đoàn viên và
    # 3.296 CĐCS", probes24)
    ends = [v.start() for v in values[1:]] + [turn.end("values")]
    nouns = {
        re.sub(r"\s*(?:,|\bvà\b)\s*$", "", sentence[v.end() : end]).strip().lower()
        for v, end in zip(values, ends, strict=True)
    }
    if len(nouns - {""}) > 1:
        return whole
    # (nor the shares of counts said in turn before them, respective_percents': "Đã có 27/30 và
    # 18/22 doanh nghiệp tại KCN Phố Nối A và KCN Thăng Long II tổ chức đối thoại định kỳ, lần
    # lượt đạt 90% và 81,8%", probes858)
    head, after = sentence[: turn.start()], sentence[turn.end() :]
    if all(v.group(0).endswith("%") for v in values) and any(
        len(_A_VALUE_RE.findall(listed.group(0))) == len(values)
        for listed in _VALUES_LISTED_RE.finditer(head)
    ):
        return whole
    percents = _PERCENTS_IN_TURN_RE.match(after)
    shares = re.findall(r"\d[\d,]*\s*%", percents["percents"]) if percents else []
    if shares and len(shares) != len(values):
        return whole
    # (or years named in turn, each value its year's: "Số CĐCS thành lập mới … trong 3 năm 2021,
    # 2022 và 2023 lần lượt là 45, 52 và 61 đơn vị", probes666)
    years = _years_in_turn(head, len(values))
    bodies = None if years else _BODIES_IN_TURN_RE.search(head)
    which = next((g for g in ("lead", "after", "subject", "shared") if bodies and bodies[g]), None)
    names = _names_in_turn(bodies[which], which) if which else []
    # (what bodies reached in turn, only of the bodies named: not "… hai đơn vị đạt lần lượt 3.450
    # và 1.180 đoàn viên" of targets given before, probes393)
    verb = (turn["verb"] or turn["verb2"]).lower()
    verb = "đạt" if verb == "bằng" else verb
    if verb != "là" and len(names) != len(values):
        return whole
    # (the noun the last one is said with is the others' too: "312/348, 86/102 và 64/75 doanh
    # nghiệp có CĐCS")
    noun = sentence[values[-1].end() : turn.end("values")].strip() if values else ""
    saids = [_value_said(value.group(0)) for value in values]
    added = []
    for index, value in enumerate(values):
        said = _with_the_year_alone(head, years[index]) if years else head
        if len(names) == len(values):
            said = head[: bodies.start(which)] + names[index] + head[bodies.end(which) :]
        told = value.group(0)
        # (the verb they share: "… đạt lần lượt 118%, 102% và 96% chỉ tiêu thành lập CĐCS" reads
        # "… đạt 118% chỉ tiêu thành lập CĐCS", probes451)
        read = f"{said} {verb} {told}" + (f" {noun}" if told[-1] in "0123456789%" and noun else "")
        at = len(said) + len(verb) + 2
        rest = after[percents.end() :] if percents else after
        read += f", đạt {shares[index]}{rest}" if shares else rest
        # (each body its own figure's organisation, when all are named as bodies are)
        # (or places of one kind named once, each its name as written: "các LĐLĐ huyện Đắk Hà,
        # Ngọc Hồi và Sa Thầy", whose first the sentence's organisation takes, probes492)
        shared = which == "shared" and len(names) == len(values)
        # (or each opening with a body's word: "Công đoàn Sở Y tế, Công đoàn Sở Tư pháp và Công đoàn
        # Sở Nông nghiệp và PTNT lần lượt có …", probes474)
        named_bodies = shared or (
            len(names) == len(values)
            and all(w.ORGANISATION.fullmatch(n) or _A_BODYS_WORD_RE.match(n) for n in names)
        )
        # (a value another rule read is its body's too: "… lần lượt kết nạp 186, 97 và 88 đoàn
        # viên", whose last two a tally reads, probes474)
        # (each name as the sentence writes it, the issue's rule: the writers of probes492 and
        # probes498 read them so, those of probes405 and probes465 with the kind said once)
        own = names[index] if shared else None
        spanning = [f for f in whole if f.start <= value.start() < f.end]
        mine = [f for f in spanning if _reads_the_value(f, saids[index])]
        for figure in mine:
            if named_bodies:
                figure.organisation = own or figure.organisation or names[index]
            if years:
                figure.period = f"năm {years[index]}"
            # (its words from its own count, not past the ones before it it spans)
            earlier = [v for v in values[:index] if figure.start <= v.start()]
            if (
                earlier
                and _reads_the_value(figure, saids[index], counts_only=True)
                and not any(_reads_the_value(figure, saids[values.index(v)]) for v in earlier)
            ):
                figure.start = value.start()
        # (a value another figure reads is none to add: "… kết nạp 8.946 đoàn viên, đạt lần lượt
        # 70% và 74,5% kế hoạch năm", whose first the CĐCS' figure reads, probes114)
        read_already = mine or (spanning and any(_reads_the_value(f, saids[index]) for f in whole))
        for figure in _sentence_figures(read, *flags, **named):
            if figure.start <= at < figure.end and not read_already:
                added.append(
                    dataclasses.replace(
                        figure,
                        start=value.start(),
                        end=value.end(),
                        organisation=(own or names[index]) if named_bodies else figure.organisation,
                        period=f"năm {years[index]}" if years else figure.period,
                    )
                )
                break
    return sorted(whole + added, key=lambda f: f.start) if added else whole


# Labels said in turn, then their values in turn: "Năm 2024, số CĐCS thành lập mới và số đoàn viên
# kết nạp lần lượt là 12 và 1.500", "Giai đoạn 2019-2023, số đoàn viên được giới thiệu và được kết
# nạp vào Đảng lần lượt là 367 và 241 người" (probes465), "… tỷ lệ CĐCS doanh nghiệp tổ chức hội
# nghị người lao động, đối thoại định kỳ và ký kết thỏa ước lần lượt đạt 92,5%, 88% và 71,3%"
# (probes334): each value is its own label's, read as that label said of it alone ("số đoàn viên
# kết nạp là 1.500"). A label that leaves out what the first one opens with takes it ("được kết
# nạp vào Đảng" is "số đoàn viên được kết nạp vào Đảng"); one with no deed takes the last one's
# ("số CĐCS và đoàn viên được phát triển mới"); an introduction paired with the Party's admission
# is to the Party ("được giới thiệu và được kết nạp vào Đảng").
# (or the targets' own: "… chỉ tiêu phát triển đoàn viên và thành lập CĐCS của LĐLĐ tỉnh Bình Định
# lần lượt đạt 112% và 125% kế hoạch", probes533)
_A_LABELS_OPENER_RE = re.compile(r"(?<!\bcon )\b(?:số|tỷ lệ|tỉ lệ|chỉ tiêu)\b", re.IGNORECASE)
_A_LABELS_DEED_RE = re.compile(
    rf"\b(?:được|đã|mới|{w.DEED_VERBS}|tổ chức|ký|xếp loại|đạt|có|hội nghị|đối thoại|thỏa ước"
    # (a grade said by the task done: "tỷ lệ CĐCS đạt vững mạnh và tỷ lệ CĐCS hoàn thành xuất sắc
    # nhiệm vụ … lần lượt là 84,7% và 22%", probes906)
    r"|TƯLĐTT|đại hội|hoàn thành(?=\s+(?:tốt|xuất sắc)?\s*nhiệm vụ))\b",
    re.IGNORECASE,
)
# (not at the comma inside the civil servants' conference's name: "tỷ lệ tổ chức hội nghị cán bộ,
# công chức … và hội nghị người lao động … tương ứng là 100% và 98,6%", probes634)
_LABELS_APART_RE = re.compile(r"\s*,(?!\s*(?:công chức|viên chức)\b)\s*(?:và\s+)?|\s+và\s+")
_LABELS_EACH_OPENED_RE = re.compile(
    r"\s*(?:,|\bvà\b)\s*(?=(?:số|tỷ lệ|tỉ lệ|chỉ tiêu)\b)", re.IGNORECASE
)
_TO_THE_PARTY_RE = re.compile(r"\b(?:vào|cho)\s+Đảng\b|\bĐảng\b", re.IGNORECASE)
_INTRODUCED_RE = re.compile(r"\bgiới thiệu\b", re.IGNORECASE)
_ADMITTED_RE = re.compile(r"\bkết nạp\b", re.IGNORECASE)
_MEMBERS_NAMED_RE = re.compile(rf"\b(?:{w.MEMBER_WORDS})\b", re.IGNORECASE)


# (and their shares in turn after them: "… lần lượt là 148 và 121, đạt 90,2% và 73,8%", "… lần
# lượt là 1.045 cuộc và 136 bản, vượt 4,5% và 13,3% kế hoạch", probes381, probes419)
_SHARES_IN_TURN_RE = re.compile(
    r"\s*,\s*(?:(?:lần lượt|tương ứng)\s+)?(?P<verb>đạt|vượt|chiếm|bằng)?\s*"
    # (their rate named: "…, đạt tỷ lệ tương ứng 90,7% và 88,6%", probes590)
    r"(?:(?:tỷ lệ|tỉ lệ)\s+)?(?:(?:lần lượt|tương ứng)\s+)?"
    r"(?P<percents>\d[\d,]*\s*%(?:\s*(?:,|và)\s*\d[\d,]*\s*%)+)"
    r"(?P<yardstick>\s+(?:so với\s+)?(?:kế hoạch|chỉ tiêu)\b[^,;.]*)?",
    re.IGNORECASE,
)


def _percents_of(shares: re.Match) -> list[str]:
    return re.findall(r"\d[\d,]*\s*%", shares["percents"])


def _value_read_alone(said, told, rest, shares, index, flags, named) -> Figure | None:
    """The figure of a value said in turn (`told`, the `index`th) read alone after `said`, with its
    own share of the shares in turn after the values (_SHARES_IN_TURN_RE) when there are."""
    read = f"{said}{told}{rest}"
    if shares is not None:
        percent = _percents_of(shares)[index]
        share = f", {shares['verb'] or 'đạt'} {percent}{shares['yardstick'] or ''}"
        read = f"{said}{told}{share}{rest[shares.end() :]}"
    number = _value_said(told)
    return next(
        (
            f
            for f in _sentence_figures(read, *flags, **named)
            if f.start <= len(said) < f.end and _reads_the_value(f, number)
        ),
        None,
    )


def _each_its_own_indicator(whole, added, start, end) -> list[Figure]:
    """`whole` with the figures read between `start` and `end` given way to `added`, the values in
    turn read one by one, when each is of an indicator of its own; else `whole` as it was."""
    if len({(f.metric, f.stage, f.label) for f in added}) < len(added):
        return whole
    kept = [f for f in whole if not start <= f.start < end]
    return sorted(kept + added, key=lambda f: f.start)


def _labels_said(head: str, how_many: int) -> tuple[int, list[str]] | None:
    """Where the labels said in turn at the end of `head` open, and each as said alone, when
    there are `how_many` of them (see _A_LABELS_OPENER_RE)."""
    clause_start = max((m.end() for m in re.finditer(r"[;:]", head)), default=0)
    # (or the deeds a "Về …" heading names, whose body the clause after it says: "Về phát triển đoàn
    # viên và thành lập CĐCS, Công đoàn ngành Công Thương tỉnh Đắk Lắk đạt tương ứng 104,5% và
    # 150%", probes730)
    about = _ABOUT_THE_DEEDS_RE.match(head, clause_start)
    if about is not None:
        labels = _LABELS_APART_RE.split(about["labels"].strip())
        if len(labels) == how_many and all(_A_LABELS_DEED_RE.match(lb) for lb in labels):
            return about.start("labels"), labels
    for opener in reversed(list(_A_LABELS_OPENER_RE.finditer(head, clause_start))):
        labels = _LABELS_APART_RE.split(head[opener.start() :].strip())
        # (the commas inside a label are no list's when each label opens with its own word: "tỷ
        # lệ cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức và tỷ lệ doanh nghiệp nhà nước tổ
        # chức hội nghị người lao động … lần lượt là 100% và 97,8%", probes906)
        if len(labels) > how_many:
            labels = _LABELS_EACH_OPENED_RE.split(head[opener.start() :].strip())
        if len(labels) > how_many:
            return None
        if len(labels) < how_many:
            continue
        first_deed = _A_LABELS_DEED_RE.search(labels[0])
        last_deed = _A_LABELS_DEED_RE.search(labels[-1])
        if last_deed is None:
            return None
        opens_with = labels[0][: first_deed.start() if first_deed else None].strip()
        alone = []
        for label in labels:
            deed = _A_LABELS_DEED_RE.search(label)
            if deed is not None and deed.start() == 0:
                label = f"{opens_with} {label}"
            elif not _A_LABELS_OPENER_RE.match(label):
                label = f"{opener.group(0)} {label}"
            if deed is None:
                label = f"{label} {labels[-1][last_deed.start() :]}"
            alone.append(label)
        if any(_TO_THE_PARTY_RE.search(label) for label in alone):
            alone = [
                f"{label} cho Đảng"
                if _INTRODUCED_RE.search(label) and not _TO_THE_PARTY_RE.search(label)
                else label
                for label in alone
            ]
            # (and an admission said bare, paired with introductions to the Party, is into it:
            # "Số đoàn viên ưu tú giới thiệu cho Đảng và số được kết nạp theo thứ tự là 64 và 41
            # người", probes605; not "số đoàn viên kết nạp", the union's)
            if any(_INTRODUCED_RE.search(label) for label in alone):
                alone = [
                    _ADMITTED_RE.sub("kết nạp vào Đảng", label, count=1)
                    if not _TO_THE_PARTY_RE.search(label) and not _MEMBERS_NAMED_RE.search(label)
                    else label
                    for label in alone
                ]
        return opener.start(), alone
    return None


_ABOUT_THE_DEEDS_RE = re.compile(
    r"\s*(?:Về|Đối với)\s+(?P<labels>[^,;:\d]+?)\s*,\s*[^,;:\d]*$", re.IGNORECASE
)
_COURSES_LABEL_RE = re.compile(r"\W*(?:tổng\s+)?số\s+(?:lớp|khóa|khoá|đợt|buổi)\b", re.IGNORECASE)


def _labels_in_turn(sentence, whole, flags, named) -> list[Figure]:
    turn = _IN_TURN_RE.search(sentence)
    if turn is None or (turn["verb"] or turn["verb2"]).lower() not in ("là", "đạt", "bằng"):
        return whole
    values = list(_ONE_VALUE_RE.finditer(sentence, turn.start("values"), turn.end("values")))
    labels = _labels_said(sentence[: turn.start()], len(values))
    if labels is None:
        return whole
    opens, alone = labels
    verb = (turn["verb"] or turn["verb2"]).lower()
    verb = "là" if verb == "bằng" else verb
    ends = [v.start() for v in values[1:]] + [turn.end("values")]
    rest = sentence[turn.end("values") :]
    shares = _SHARES_IN_TURN_RE.match(rest)
    if shares and len(_percents_of(shares)) != len(values):
        return whole
    added = []
    # (the last value's noun may be theirs all when the others say none: "số đoàn viên ưu tú được
    # các cấp công đoàn tỉnh … giới thiệu cho tổ chức đảng và số được kết nạp vào Đảng lần lượt
    # là 2.350 và 1.210 người", probes574; read with it when a value is read of nothing alone)
    shared = re.sub(r"^\S+\s*", "", sentence[values[-1].start() : ends[-1]].strip())
    for index, (label, value, end) in enumerate(zip(alone, values, ends, strict=True)):
        # (a label of those not yet done counts none: "số đã được kết nạp và số đang chờ kết nạp
        # tương ứng là 268 và 157 người", probes574)
        if _NOT_YET_DONE_RE.search(label):
            continue
        # (nor one of the courses, beside the officials at them: "số lớp tập huấn và số cán bộ
        # công đoàn được tập huấn … lần lượt là 18 lớp và 1.350 người", probes634)
        if _COURSES_LABEL_RE.match(label):
            continue
        told = re.sub(r"\s*(?:,|\bvà\b)\s*$", "", sentence[value.start() : end])
        said = f"{sentence[:opens]}{label} {verb} "
        figure = _value_read_alone(said, told, rest, shares, index, flags, named)
        if figure is None and shared and re.fullmatch(r"\S+", told.strip()):
            told = f"{told} {shared}"
            figure = _value_read_alone(said, told, rest, shares, index, flags, named)
        if figure is None:
            return whole
        added.append(dataclasses.replace(figure, start=value.start(), end=value.end()))
    # (labels of one indicator are bodies' or times' in turn, _values_in_turn's)
    return _each_its_own_indicator(whole, added, opens, turn.end("values"))


# Deeds said in turn, each value with its own noun: "Công đoàn các KCN Bắc Ninh thành lập mới và
# kết nạp mới tương ứng 7 CĐCS và 2.940 đoàn viên" (probes533): each value is read as its own deed
# said of it alone.
_A_DEED_IN_TURN = rf"(?:{w.DEED_VERBS})(?:\s+(?:mới|được))*"
_DEEDS_IN_TURN_RE = re.compile(
    rf"(?P<deeds>{_A_DEED_IN_TURN}(?:\s*,\s*{_A_DEED_IN_TURN})*\s+và\s+{_A_DEED_IN_TURN})"
    rf"\s+(?:{w.IN_TURN.pattern})\s+(?:(?:được|là)\s+)?"
    rf"(?P<values>{_VALUE_IN_TURN}\s+[^\W\d][^,;\d]*?"
    rf"(?:\s*,\s*{_VALUE_IN_TURN}\s+[^\W\d][^,;\d]*?)*\s*,?\s+và\s+{_VALUE_IN_TURN}\s+[^\W\d][^,;.\d]*?)"
    r"(?=\s*(?:[,;.]|$))",
    re.IGNORECASE,
)


def _deeds_in_turn(sentence, whole, flags, named) -> list[Figure]:
    """See _DEEDS_IN_TURN_RE."""
    turn = _DEEDS_IN_TURN_RE.search(sentence)
    if turn is None:
        return whole
    deeds = re.split(r"\s*,\s*|\s+và\s+", turn["deeds"])
    values = list(_ONE_VALUE_RE.finditer(sentence, turn.start("values"), turn.end("values")))
    if len(values) != len(deeds):
        return whole
    ends = [v.start() for v in values[1:]] + [turn.end("values")]
    head, rest = sentence[: turn.start("deeds")], sentence[turn.end("values") :]
    # (and shares in turn after them: "…, đạt 125% và 110% kế hoạch")
    shares = _SHARES_IN_TURN_RE.match(rest)
    if shares and len(_percents_of(shares)) != len(values):
        return whole
    added = []
    for index, (deed, value, end) in enumerate(zip(deeds, values, ends, strict=True)):
        told = re.sub(r"\s*(?:,|\bvà\b)\s*$", "", sentence[value.start() : end])
        said = f"{head}{deed} "
        figure = _value_read_alone(said, told, rest, shares, index, flags, named)
        if figure is None:
            return whole
        added.append(
            dataclasses.replace(figure, start=value.start(), end=value.start() + len(told))
        )
    # (deeds of one indicator are no deeds in turn)
    return _each_its_own_indicator(whole, added, turn.start(), turn.end())


# Values said in turn right after their marker, the last with its noun: "… có lần lượt 215 và 168
# CĐCS thuộc …", "… tập huấn cho lần lượt hơn 420 và gần 1.100 lượt cán bộ công đoàn", "… thành lập
# được lần lượt hai và ba CĐCS", "… tương ứng cho hơn 350 và gần 300 lượt cán bộ" (probes514): the
# figure the last one is read as is each earlier one's, with its own number.
_VALUE_OF_A_TURN = (
    rf"(?:(?:{w.QUALIFIER})\s+)?(?:(?:{COUNT_IN_DIGITS})(?:,\d+)?|{NOT_THE_YEAR}(?:{NUMBER_IN_WORDS}))"
    rf"(?:\s*(?:/|[–-])\s*(?:{COUNT_IN_DIGITS}))?(?:\s*%)?"
)
_MARKED_VALUES_RE = re.compile(
    # (or "ứng với": "… đã bồi dưỡng ứng với 1.250 và 2.680 lượt cán bộ công đoàn", probes558)
    r"(?:\b(?:lần lượt|tương ứng|theo thứ tự|(?<!tương )ứng với)"
    # (or those a course drew: "… lần lượt thu hút 160 và 215 cán bộ công đoàn tham dự", probes634)
    r"(?:\s+(?:là|cho|có|với|đạt|được|thu hút|quy tụ))?"
    # (or more of them: "… lần lượt có thêm 24 và 19 doanh nghiệp ký kết mới thỏa ước lao động tập
    # thể", probes932)
    r"(?:\s+thêm)?"
    # (or the deed after the marker: "… lần lượt thành lập mới hai và ba công đoàn cơ sở",
    # probes558)
    rf"(?:\s+(?:{w.DEED_VERBS})(?:\s+(?:mới|thêm|được))*)?\s+"
    # (or x/y values bare, their shared noun after the last: "hai LĐLĐ huyện Tiên Lãng và Vĩnh
    # Bảo có 96/104 và 118/130 doanh nghiệp tổ chức hội nghị người lao động", probes438)
    rf"|(?<=\s)(?=(?:{COUNT_IN_DIGITS})\s*/\s*(?:{COUNT_IN_DIGITS})\s*(?:,|\s+và\s))"
    # (or after "với", the marker said before their deed: "CĐCS Công ty A và CĐCS Công ty B lần
    # lượt được thành lập trong tháng 9 và tháng 10/2024 với 420 và 1.150 đoàn viên", "… thành
    # lập lần lượt 3 và 4 CĐCS với 210 và 356 đoàn viên", probes590, probes582; _marker_before)
    r"|(?<=\bvới\s))"
    rf"(?P<values>{_VALUE_OF_A_TURN}(?:\s*,\s*{_VALUE_OF_A_TURN})*\s*,?\s+và\s+{_VALUE_OF_A_TURN})",
    re.IGNORECASE,
)


# Values said in turn before the deeds they are of, the marker between: "có 286/342 và 301/342
# CĐCS doanh nghiệp lần lượt ký kết thỏa ước lao động tập thể và tổ chức hội nghị người lao động,
# đạt tỷ lệ tương ứng 83,6% và 88%", "có 386 và 214 doanh nghiệp có tổ chức công đoàn lần lượt tổ
# chức hội nghị người lao động và ký kết thỏa ước lao động tập thể" (probes582, probes590): each
# value is read with the units they share and its own deed.
# (or the indicator named bare, its deed the first one's: "… lần lượt tổ chức hội nghị người lao
# động và đối thoại định kỳ", probes590)
# (or grades: "68 và 11 CĐCS lần lượt được xếp loại hoàn thành xuất sắc nhiệm vụ và hoàn thành
# tốt nhiệm vụ", probes605)
_A_DEED_AFTER_ITS_VALUE = (
    r"(?:tổ chức|ký kết|ký|thực hiện|hội nghị|đối thoại|thỏa ước|thoả ước|xếp loại|hoàn thành"
    rf"|{w.DEED_VERBS})\b"
)
# (the marker may come with the shares after them instead: "Đã có 112/115 và 46/46 cơ quan, đơn
# vị tổ chức hội nghị cán bộ, công chức và hội nghị người lao động, đạt tỷ lệ tương ứng 97,4% và
# 100%", probes605)
_VALUES_BEFORE_THEIR_DEEDS_RE = re.compile(
    rf"(?<!\S)(?!(?:19|20)\d\d\s*,)(?P<values>{_VALUE_IN_TURN}(?:\s*,\s*{_VALUE_IN_TURN})*"
    rf"\s*,?\s+và\s+{_VALUE_IN_TURN})\s+(?P<units>[^\W\d][^;:\d]{{0,60}}?)\s+"
    rf"(?:(?:đã|đều)\s+)?(?:(?P<marker>{w.IN_TURN.pattern})\s+)?(?:(?:đã|được)\s+)?"
    rf"(?P<deeds>(?:{_A_DEED_AFTER_ITS_VALUE})"
    r"(?:(?!\b(?:lần lượt|tương ứng|theo thứ tự)\b)[^;:\d])*?)"
    # (past the commas inside a deed's name, "hội nghị cán bộ, công chức", up to their shares)
    r"(?=\s*(?:[;.]|$)|\s*,\s*(?:(?:lần lượt|tương ứng|theo thứ tự)\s+)?"
    r"(?:đạt|vượt|chiếm|bằng|lần lượt|tương ứng|theo thứ tự)\b)",
    re.IGNORECASE,
)
_NEXT_DEED_RE = re.compile(
    rf"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?=(?:{_A_DEED_AFTER_ITS_VALUE}))",
    re.IGNORECASE,
)


# Grades listed after one rating verb, each the deed of its value in turn: "… có 412 và 186 CĐCS
# lần lượt được xếp loại vững mạnh và khá", "68% và 21% số CĐCS … lần lượt được xếp loại hoàn thành
# tốt và hoàn thành xuất sắc nhiệm vụ" (probes898), the task said once for both.
_GRADES_RATED_RE = re.compile(
    r"(?P<verb>(?:xếp loại|đạt|được công nhận|công nhận)(?:\s+(?:là|đạt))?)\s+(?P<grades>.+?)"
    r"(?P<task>\s+nhiệm vụ)?\s*$",
    re.IGNORECASE,
)
_A_GRADE_RE = re.compile(
    r"(?:vững mạnh(?:\s+xuất sắc)?|khá|hoàn thành(?:\s+(?:tốt|xuất sắc))?(?:\s+nhiệm vụ)?)",
    re.IGNORECASE,
)


def _grades_each_rated(said: str) -> list[str]:
    """The deeds of grades listed after one rating verb (_GRADES_RATED_RE), or []."""
    rated = _GRADES_RATED_RE.fullmatch(said.strip())
    if rated is None:
        return []
    grades = re.split(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)", rated["grades"])
    if len(grades) < 2 or not all(_A_GRADE_RE.fullmatch(g) for g in grades):
        return []
    task = rated["task"] or ""
    return [
        f"{rated['verb']} {g}{task if g.lower().startswith('hoàn thành') else ''}" for g in grades
    ]


def _values_before_their_deeds(sentence, whole, flags, named) -> list[Figure]:
    """See _VALUES_BEFORE_THEIR_DEEDS_RE."""
    turn = _VALUES_BEFORE_THEIR_DEEDS_RE.search(sentence)
    if turn is None:
        return whole
    values = list(_ONE_VALUE_RE.finditer(sentence, turn.start("values"), turn.end("values")))
    # (the deeds up to the first comma that leaves as many as the values: not the clause after
    # them, "…, được LĐLĐ biểu dương")
    all_said = turn["deeds"]
    ends = [m.start() for m in re.finditer(r"\s*,", all_said)] + [len(all_said)]
    # (or the grades after one rating verb, each with the task said once after the last)
    end, deeds = next(
        (
            (e, deeds)
            for e in ends
            for deeds in (_grades_each_rated(all_said[:e]), _NEXT_DEED_RE.split(all_said[:e]))
            if len(deeds) == len(values)
        ),
        (None, None),
    )
    if end is None or len(values) < 2:
        return whole
    head, rest = sentence[: turn.start("values")], sentence[turn.start("deeds") + end :]
    shares = _SHARES_IN_TURN_RE.match(rest)
    if shares and len(_percents_of(shares)) != len(values):
        return whole
    if not turn["marker"] and not (shares and w.IN_TURN.search(shares.group(0))):
        return whole
    if shares and not _shares_fit_their_values(values, _percents_of(shares)):
        return whole
    added = []
    for index, (value, deed) in enumerate(zip(values, deeds, strict=True)):
        told = f"{value.group(0)} {turn['units']} {deed}"
        figure = _value_read_alone(head, told, rest, shares, index, flags, named)
        if figure is None:
            return whole
        added.append(dataclasses.replace(figure, start=value.start(), end=value.end()))
    return _each_its_own_indicator(whole, added, turn.start(), turn.start("deeds") + end)


def _admissions_in_turn_alike(sentence: str, whole: list[Figure]) -> list[Figure]:
    """Values said in turn after one label of admissions are all of its kind: "… giới thiệu 38 và
    45 đoàn viên ưu tú, trong đó số được kết nạp vào Đảng tương ứng là 29 và 33 người", "Số đoàn
    viên ưu tú giới thiệu cho Đảng và số được kết nạp theo thứ tự là 64 và 41 người" (probes605,
    probes597, probes590): the first, read with the label, is to the Party; so are the rest, which
    a count of people after "kết nạp" alone would read as joining the union."""
    # (most sentences read no admission to the Party: nothing to look for in them)
    if not any(f.stage == "admitted" for f in whole):
        return whole
    for marked in _MARKED_VALUES_RE.finditer(sentence):
        if not w.IN_TURN.match(marked.group(0)):
            continue
        at = marked.start("values")
        values = list(re.finditer(_VALUE_OF_A_TURN, marked.group("values"), re.IGNORECASE))
        readings = []
        for value in values:
            said = _value_said(value.group(0))
            reading = [
                f
                for f in whole
                if f.start <= at + value.start() < f.end and _reads_the_value(f, said)
            ]
            readings.append(reading[0] if len(reading) == 1 else None)
        first, rest = readings[0], readings[1:]
        if first is None or first.metric != "dang_vien_gioi_thieu" or first.stage != "admitted":
            continue
        for reading in rest:
            if reading is not None and reading.metric == "doan_vien_ket_nap":
                reading.metric, reading.stage = first.metric, first.stage
    return whole


# A target and its result named as labels in turn, then their two values: "Chỉ tiêu và kết quả
# kết nạp đoàn viên năm 2024 của LĐLĐ quận … lần lượt là 1.800 và 2.046 người" (probes618), "Kế
# hoạch và kết quả thành lập CĐCS … tương ứng là 12 và 9 đơn vị".
_TARGET_AND_RESULT_IN_TURN_RE = re.compile(
    r"\b(?:(?P<plan_first>chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:được\s+)?giao)?\s+và\s+"
    r"(?:kết quả(?:\s+thực hiện)?|(?:số\s+)?thực hiện)"
    r"|(?:kết quả(?:\s+thực hiện)?|(?:số\s+)?thực hiện)\s+và\s+(?:chỉ tiêu|kế hoạch|mục tiêu))\b"
    r"[^;:]{0,120}?\b(?:lần lượt|tương ứng|theo thứ tự)(?:\s+(?:là|đạt))?\s+",
    re.IGNORECASE,
)


def _target_and_result_in_turn(sentence: str, whole: list[Figure]) -> list[Figure]:
    """The two values after labels of a target and its result in turn are one result's target and
    achieved (_TARGET_AND_RESULT_IN_TURN_RE), not two counts."""
    if len(whole) < 2:
        return whole
    for labels in _TARGET_AND_RESULT_IN_TURN_RE.finditer(sentence):
        pair = [f for f in whole if f.end > labels.end() and f.start < labels.end() + 60]
        if len(pair) != 2 or pair[0].metric != pair[1].metric:
            continue
        values = [f.achieved if f.achieved is not None else f.target for f in pair]
        # (the first value's percent, if any, would be the second's: "… 1.800 và 2.046 người,
        # vượt 13,7% kế hoạch" gives it to the last)
        if None in values or pair[0].percent is not None:
            continue
        plan, done = (0, 1) if labels["plan_first"] else (1, 0)
        merged = dataclasses.replace(
            pair[0],
            kind="result",
            achieved=values[done],
            target=values[plan],
            percent=pair[1].percent,
            percent_kind=pair[1].percent_kind,
            qualifiers={
                role: said
                for role, figure in (("achieved", pair[done]), ("target", pair[plan]))
                for said in filter(None, [_value_qualifier(figure)])
            },
            start=min(f.start for f in pair),
            end=max(f.end for f in pair),
        )
        whole = [merged if f is pair[0] else f for f in whole if f is not pair[1]]
    return whole


def _bodies_of_percents_in_turn(sentence: str, whole: list[Figure]) -> None:
    """Percents of one indicator said in turn are each of a body named in turn before it: "LĐLĐ
    huyện Hoằng Hóa, LĐLĐ huyện Quảng Xương và LĐLĐ thị xã Bỉm Sơn là ba đơn vị dẫn đầu, kết nạp
    đoàn viên đạt lần lượt 148%, 135% và 126% kế hoạch" (probes618; PERCENTS_TOGETHER_RE)."""
    if len(whole) < 2 or "%" not in sentence:
        return
    for together in PERCENTS_TOGETHER_RE.finditer(sentence):
        run = [
            f
            for f in whole
            if together.start("percents") <= f.start
            and f.end <= together.end("percents")
            and f.achieved is None
            and f.target is None
        ]
        if len(run) < 2 or len({f.metric for f in run}) != 1:
            continue
        indicators = indicators_before(sentence, together.start())
        if len(indicators) != 1:
            continue
        head = sentence[: indicators[0].start()].rstrip(" ,")
        # (past what the bodies are said to be: "… là ba đơn vị dẫn đầu, kết nạp …")
        names = _bodies_named_before(head, len(run)) or _bodies_named_before(
            head[: max(head.rfind(","), 0)], len(run)
        )
        for figure, name in zip(run, names, strict=False):
            figure.organisation = name


def _value_qualifier(figure: Figure) -> str | None:
    """The qualifier said of the value a figure read, achieved or target."""
    return figure.qualifiers.get("achieved" if figure.achieved is not None else "target")


def _shares_fit_their_values(values: list[re.Match], percents: list[str]) -> bool:
    """Each x/y value said in turn is the percent of its turn, to a rounding (a share in turn that
    is another's would pair them wrong)."""
    for value, percent in zip(values, percents, strict=True):
        said = _value_said(value.group(0))
        if said is None or said.relation != "of" or not said.second:
            continue
        if abs(said.value / said.second * 100 - parse_number(percent.rstrip("% "))) > 0.6:
            return False
    return True


def _earlier_values_read_as_the_last(sentence: str, whole: list[Figure]) -> list[Figure]:
    """See _MARKED_VALUES_RE."""
    added: list[Figure] = []
    for marked in _MARKED_VALUES_RE.finditer(sentence):
        # (x/y values bare after a marker said before their verb: "… lần lượt giới thiệu 64/60 và
        # 41/40 đoàn viên ưu tú", probes447, whose bodies other rules name)
        bare = not w.IN_TURN.match(marked.group(0))
        marked_before = bare and w.IN_TURN.search(
            sentence, max(0, marked.start() - 60), marked.start()
        )
        clause = sentence.rfind(";", 0, marked.start()) + 1
        with_said = bare and sentence[: marked.start()].lower().endswith("với ")
        if with_said:
            marked_before = _marker_before(sentence, clause, marked.start())
            if marked_before is None:
                continue
        # (not after labels of which one counts those not yet done, _labels_in_turn's: "số đã
        # được kết nạp và số đang chờ kết nạp tương ứng là 268 và 157 người", probes574)
        if _NOT_YET_DONE_RE.search(sentence, clause, marked.start()):
            continue
        values = list(re.finditer(_VALUE_OF_A_TURN, marked.group("values"), re.IGNORECASE))
        saids = [_value_said(value.group(0)) for value in values]
        at, last, said_last = marked.start("values"), values[-1], saids[-1]
        if said_last is None:
            continue
        readings = [
            f
            for f in whole
            if f.start <= at + last.start() < f.end and _reads_the_value(f, said_last)
        ]
        # (counts only: percents in turn are each their own figure's, respective_percents; but
        # shares of units in turn are each a share of its own, as the last one is read: "Công
        # đoàn A và Công đoàn B lần lượt có 96% và 100% CĐCS trực thuộc tổ chức hội nghị người lao
        # động", probes634)
        # (one reading only: shares in turn of deeds in turn are each their deed's, not each
        # deed's, "có lần lượt 88% và 10% CĐCS … được đánh giá vững mạnh và khá", probes613)
        if said_last.percent and not (len(readings) == 1 and _a_bare_share(readings[0])):
            continue
        read_as = len(values) - 1
        # (or the first, when only it is read: "… kết nạp lần lượt 126 và 98 đoàn viên là viên chức
        # mới tuyển dụng", "… lần lượt kết nạp 23 và 17 đảng viên mới", probes558)
        if (
            not readings
            and saids[0] is not None
            and not any(
                f.start <= at + value.start() < f.end for f in whole for value in values[1:]
            )
        ):
            readings = [
                f
                for f in whole
                if f.start <= at + values[0].start() < f.end and _reads_the_value(f, saids[0])
            ]
            read_as = 0
        said_as = saids[read_as]
        # (the last one's words from its own count, not past the earlier ones it spans, so their
        # percents in turn after them go in order: "kết nạp lần lượt hơn 5.200 và trên 6.800 đoàn
        # viên, tương ứng đạt 104% và 113% kế hoạch", probes605)
        if read_as == len(values) - 1:
            for reading in readings:
                if reading.start <= at + values[0].start():
                    reading.start = at + last.start()
        # (each its body's, when the bodies named before are as many: "Công đoàn Công ty Than Hà
        # Lầm và Công đoàn Công ty Than Mạo Khê có lần lượt 31 và 27 đoàn viên được kết nạp vào
        # Đảng", probes498)
        # (or the unions the deed names before "với": "… lần lượt thành lập Nghiệp đoàn nghề cá
        # Sông Đốc và Nghiệp đoàn nghề cá Đất Mũi với 132 và 96 đoàn viên", probes590)
        names = (
            _unions_named_in_turn(sentence[clause : marked.start()], len(values))
            or _bodies_named_before(sentence[: marked_before.start()], len(values))
            if with_said
            else []
            if marked_before
            else _bodies_named_before(sentence[: marked.start()], len(values))
        )
        for reading in readings if names else []:
            reading.organisation = names[read_as]
        for index, (value, said) in enumerate(zip(values, saids, strict=True)):
            start = at + value.start()
            if index == read_as or said is None or not _said_alike(said, said_as):
                continue
            already = [f for f in whole if f.start <= start < f.end and _reads_the_value(f, said)]
            for figure in already if names else []:
                figure.organisation = names[index]
            if already:
                continue
            # (nor one the results in turn of targets in turn read already, each its own target's:
            # "… giao cho huyện 10 công đoàn cơ sở và 1.000 đoàn viên, đến nay đã thực hiện được lần
            # lượt 6 và 720, đạt 60% và 72%", probes703)
            if any(
                f.achieved == said.value and f.metric != reading.metric
                for f in whole
                for reading in readings
            ):
                continue
            for reading in readings:
                figure = dataclasses.replace(
                    reading, start=start, end=at + value.end(), qualifiers={}
                )
                figure.organisation = names[index] if names else reading.organisation
                for field in ("achieved", "target", "percent"):
                    setattr(figure, field, _its_own(field, getattr(reading, field), said_as, said))
                if said.qualifiers:
                    key = "target" if reading.kind == "plan" else "achieved"
                    figure.qualifiers[key] = next(iter(said.qualifiers.values()))
                added.append(figure)
    if not added:
        return whole
    figures = sorted(whole + added, key=lambda f: f.start)
    # (their percents said in turn after them: "… có lần lượt 45/52 và 38/47 doanh nghiệp ký kết
    # thỏa ước lao động tập thể, tương ứng 86,5% và 80,9%", probes445)
    respective_percents(sentence, figures)
    return figures


# x/y of one kind of units before x/y of another that the indicator after both is said of: "có
# 1.028/1.096 doanh nghiệp và 286/286 đơn vị sự nghiệp có CĐCS trên địa bàn tỉnh tổ chức hội nghị
# người lao động, đạt tỷ lệ lần lượt 93,8% và 100%" (probes533): the first is read as the second.
_XY_OF_OTHER_UNITS_RE = re.compile(
    rf"(?<=\s)(?P<first>(?:{COUNT_IN_DIGITS})\s*/\s*(?:{COUNT_IN_DIGITS}))\s+"
    r"(?:doanh nghiệp|DN|CĐCS|công đoàn cơ sở|cơ quan|đơn vị|trường)(?:\s+[^\W\d]+){0,3}?\s+và\s+"
    rf"(?P<last>(?:{COUNT_IN_DIGITS})\s*/\s*(?:{COUNT_IN_DIGITS}))\s",
    re.IGNORECASE,
)


def _xy_of_other_units(sentence: str, whole: list[Figure]) -> list[Figure]:
    """See _XY_OF_OTHER_UNITS_RE."""
    added = []
    for pair in _XY_OF_OTHER_UNITS_RE.finditer(sentence):
        first, last = _value_said(pair["first"]), _value_said(pair["last"])
        if (
            first is None
            or last is None
            or any(f.start <= pair.start("first") < f.end for f in whole)
        ):
            continue
        reading = next(
            (
                f
                for f in whole
                if f.metric == "other"
                and f.start == pair.start("last")
                and _reads_the_value(f, last, counts_only=True)
            ),
            None,
        )
        if reading is None:
            continue
        figure = dataclasses.replace(reading, start=pair.start("first"), qualifiers={})
        figure.end = pair.start("last") - len(" và ")
        figure.achieved, figure.target = first.value, first.second
        added.append(figure)
    if not added:
        return whole
    figures = sorted(whole + added, key=lambda f: f.start)
    respective_percents(sentence, figures)
    return figures


def _marker_before(sentence: str, clause: int, at: int) -> re.Match | None:
    """The last marker of values in turn ("lần lượt", "tương ứng", "theo thứ tự") said between
    `clause` and `at`, at most 120 characters before `at`, or None."""
    markers = list(w.IN_TURN.finditer(sentence, max(clause, at - 120), at))
    return markers[-1] if markers else None


def _bodies_named_before(head: str, count: int) -> list[str]:
    """The `count` union bodies named in turn at the end of `head`, past up to six words of what
    they did ("… có", "… tổ chức đã thu hút"), or none."""
    words = head.split()
    found = []
    for cut in range(0, min(7, len(words))):
        said = " ".join(words[: len(words) - cut])
        bodies = _BODIES_IN_TURN_RE.search(said)
        if bodies is None or not bodies["subject"]:
            continue
        names = _names_in_turn(bodies["subject"], "subject")
        if len(names) == count and all(_A_BODYS_WORD_RE.match(n) for n in names):
            found.append(names)
    # (the cut that leaves whole names, not "… Than Mạo Khê có")
    whole = [names for names in found if all(w.ORGANISATION.fullmatch(n) for n in names)]
    return whole[0] if whole else []


def _a_bare_share(figure: Figure) -> bool:
    """`figure` is a share of units with no count: "100% CĐCS tổ chức hội nghị người lao động"."""
    return figure.percent_kind == "rate" and figure.achieved is None and figure.target is None


def _said_alike(said: Quantity, last: Quantity) -> bool:
    """Two values in turn said alike: both percents or both counts, both x/y or ranges or not."""
    return said.percent == last.percent and said.relation == last.relation


def _its_own(field: str, read, last: Quantity, said: Quantity):
    """What a figure's `field`, read as `read` from the last value `last`, reads from `said`."""
    if read is None:
        return None
    if last.relation == "of":
        return said.value if field == "achieved" else said.second
    return said.text_value if read == last.text_value else read


def _answer_in_the_question(sentence, question, count, flags, named) -> Figure | None:
    """The answer's count read in the place of the question's "bao nhiêu": "PV: … kết nạp được bao
    nhiêu đoàn viên? – Ông …: Được 3.710 người, mới đạt 41,2% chỉ tiêu năm" reads "… kết nạp được
    3.710 đoàn viên, mới đạt 41,2% chỉ tiêu năm" (the answer past its count and noun goes on)."""
    # (the number's quantity, its hedge read with it: "Tầm 1.100 anh chị em")
    number = (
        next((q for q in quantities(sentence) if q.start <= count.start("n") < q.end), None)
        if count
        else None
    )
    if number is None:
        return None
    unit = unit_of(sentence, number)
    said_end = unit[1] if unit else number.end
    if re.match(r"\s*%", sentence[number.end :]):
        said_end = sentence.index("%", number.end) + 1
    asked = sentence[: question.start("asked")]
    noun = question["noun"].rstrip()
    if question.re is _TOPIC_QUESTION_RE:
        # (an answer that says it passed something by a count may answer the plan as well as the
        # result: "– Còn đoàn viên? – Sáu nghìn, vượt hơn một trăm", probes333, is none)
        # (but "vượt chút ít so với kế hoạch hai trăm" names the plan it passed, probes365)
        if re.match(
            r"\s*,?\s*(?:vượt|hụt|thiếu)\b(?![^,;.]*(?:%|kế hoạch|chỉ tiêu))",
            sentence[said_end:],
            re.I,
        ):
            return None
        # (the deed its noun names, said before the count)
        asked += "thành lập được " if w.CDCS_UNIT.fullmatch(noun) else "kết nạp được "
        noun = " " + noun
    told = sentence[count.start("n") : number.end] + ("%" if "%" in count.group(0) else "")
    read = asked + told + noun + sentence[said_end:]
    at = len(asked)
    for figure in _sentence_figures(read, *flags, **named):
        if figure.start <= at < figure.end:
            past = figure.end - (at + len(told) + len(noun))
            figure.start = number.start
            figure.end = said_end + past if past > 0 else said_end
            return figure
    return None


def _sentence_figures(
    sentence: str,
    youth_context: bool = False,
    course_context: bool = False,
    founding_context: bool = False,
    officials_course: bool = False,
    party_source: bool = False,
    tallied_results: tuple[tuple[str, str], ...] = (),
) -> list[Figure]:
    """Every union-development figure `sentence` states, in order. `youth_context`: the headline
    or sa-pô is the Youth Union's; `course_context`: they (or the sentence before) name a course,
    the one union officials said to attend something attend; `founding_context`: the headline
    tells a union founded, whose members a sentence may give (`FOUNDED_HEADLINE`);
    `officials_course`: they name a course for union officials (`OFFICIALS_COURSE_HEADLINE`), whose
    attendance a sentence may count as people; `party_source`: they tell the union's
    introductions to the Party (see _metric); `tallied_results`: the metrics (and kind) the
    headline, sa-pô or sentence before counted as done or set as targets, which a breakdown line's
    bare counts go on with."""
    # Company-size thresholds are blanked out (same length, so offsets hold): they count nothing
    # and stand between a count and its percent or rating ("60% CĐ cơ sở khu vực ngoài nhà nước
    # (có từ 30 lao động trở lên) đạt danh hiệu CĐ cơ sở vững mạnh").
    sentence = w.THRESHOLD.sub(lambda m: " " * len(m.group(0)), sentence)
    sentence = w.IDLE_WORD.sub(lambda m: " " * len(m.group(0)), sentence)
    sentence = w.CAMPAIGN_NAME.sub(lambda m: " " * len(m.group(0)), sentence)
    figures: list[Figure] = []
    counted = counted_quantities(sentence)
    boundary = 0
    for index, item in enumerate(counted):
        quantity = item.quantity
        if quantity.start < boundary:
            continue  # part of the figure before ("so với chỉ tiêu giao là 6.000 đoàn viên")
        # (those lost are no count done: "kết nạp 2.415 đoàn viên nhưng đồng thời giảm 3.060 đoàn
        # viên do doanh nghiệp cắt giảm lao động", probes84)
        if _LOST_BEFORE_RE.search(sentence, max(0, quantity.start - 30), quantity.start):
            continue
        if _REFERRED_BACK_RE.match(sentence, item.unit_end):
            continue
        # ("một" after a word of place, before the size of what it names, is an article: "đối
        # thoại với chủ doanh nghiệp ở một công ty hơn 4.000 công nhân", probes299; not "tổ chức
        # hội nghị người lao động tại một doanh nghiệp nhà nước và 112 doanh nghiệp …", heldout)
        if (
            quantity.in_words
            and quantity.value == 1
            and _AN_ARTICLE_BEFORE_RE.search(sentence, max(0, quantity.start - 12), quantity.start)
            and _ITS_SIZE_AFTER_RE.match(sentence, item.unit_end)
        ):
            continue
        next_start = (
            counted[index + 1].quantity.start if index + 1 < len(counted) else len(sentence)
        )
        clause_start = max(
            (m.end() for m in re.finditer(r";", sentence[: quantity.start])), default=0
        )
        window_start = max(boundary, clause_start, quantity.start - _LEFT_REACH)
        left = sentence[window_start : quantity.start]
        right = right_context(sentence, item.unit_end, next_start)
        previous = figures[-1] if figures else None
        # (the whole right after a count, "trên" before it, is that count's, no count of its own:
        # "kết nạp 1.012 đoàn viên trên 1.300 lao động")
        if (
            previous is not None
            and quantity.qualifiers.get("achieved") == "trên"
            and previous.end <= quantity.start
            and not sentence[previous.end : quantity.start].strip()
        ):
            continue
        head = _list_head(sentence, item, left, window_start, figures)
        # a clause of its own about the Youth Union: "...; 250 tổ chức Đoàn, hội thanh niên, phát
        # triển 13.320 đoàn viên, hội viên thanh niên"
        clause_end = sentence.find(";", quantity.end)
        # The Youth Union's sentences, or one with no union word under a Youth Union headline or
        # lead, read up to the end of the count's own clause: a union word after it ("…, góp phần
        # … công đoàn") says nothing of whose members were counted.
        said = sentence[: end_of_clause(sentence, item.unit_end)]
        youth = _youth_only(said) or (youth_context and not w.UNION.search(said))
        # (or "from this source", the union's, under its headline or sa-pô, or those it introduced:
        # "Từ nguồn này, … các tổ chức đảng của thành phố đã kết nạp 261 đảng viên mới", "chúng
        # tôi giới thiệu được 34 đoàn viên, Đảng ủy kết nạp được 22 người", probes124)
        source_told = (
            party_source
            and (_FROM_THIS_SOURCE_RE.search(said) or re.search(r"\bgiới thiệu\b", said, re.I))
            and not w.YOUTH.search(said)
        )
        if source_told:
            youth = False
        # (unless the union is said after it to have introduced them: "Chi bộ … tổ chức lễ kết nạp
        # đảng viên cho 5 quần chúng ưu tú, đều là đoàn viên công đoàn được Công đoàn Công ty …
        # giới thiệu", probes102)
        # (or said right after to be union members: "Chi bộ Công ty … kết nạp 5 đảng viên mới, đều
        # là đoàn viên công đoàn", probes410; CONVENTIONS.md)
        if (
            youth
            and not w.YOUTH.search(said)
            and (
                _INTRODUCED_BY_THE_UNION_RE.search(sentence, item.unit_end)
                or UNION_MEMBERS_RIGHT_AFTER_RE.match(sentence, item.unit_end)
            )
        ):
            youth = False
        # (or of its comma's: "Công đoàn công ty kết nạp 530 đoàn viên, trong khi Đoàn Thanh niên
        # công ty kết nạp 96 đoàn viên mới")
        comma_start = max(
            (m.end() for m in re.finditer(r"[,;]", sentence[: quantity.start])), default=0
        )
        clause = sentence[clause_start : clause_end if clause_end > 0 else None]
        clause_youth = (
            # (a Party organ's clause after those the union introduced admits of them: "…, giới
            # thiệu 126 đoàn viên ưu tú …; Đảng ủy Bệnh viện đã kết nạp 88 đồng chí", probes99)
            (
                _youth_only(clause)
                and not _party_clause_after_introduced(clause, previous)
                and not source_told
                and not _a_party_organ_after_its_own_clause(sentence, clause, clause_start, item)
            )
            or _youth_named(sentence[comma_start : end_of_clause(sentence, item.unit_end)])
            # (unless they are said to join the union: "vận động được 230 đoàn viên thanh niên gia
            # nhập tổ chức công đoàn", probes293)
            or (
                bool(_YOUTH_MEMBERS_AFTER_RE.match(sentence, item.unit_end))
                and not _JOIN_THE_UNION_AFTER_RE.match(sentence, item.unit_end)
            )
            or _youth_goes_on(sentence, clause_start, item.unit_end)
        )
        # (the next of targets named is a target, not members of the unions before it: "Thành phố
        # giao 25 Công đoàn cơ sở và 1.400 đoàn viên")
        figure = _next_named_target(sentence, item, left, youth, previous)
        figure = (
            figure
            or _admitted_through_the_union(sentence, item)
            # (before a deed further left claims it: "…, năm nào công đoàn cũng có người được
            # giới thiệu, riêng năm 2024 đã đưa được 11 công nhân vào Đảng", probes523)
            or (None if youth or clause_youth else _brought_into_the_party(sentence, item, left))
            or _development_figure(
                sentence,
                item,
                left,
                window_start,
                right,
                head or previous,
                youth or clause_youth,
                bool(head),
                party_source,
            )
        )
        if figure is None and not (youth or clause_youth):
            figure = (
                _companies_founding(sentence, item)
                or _done_said_short(sentence, item, left)
                or _new_ones_tallied(sentence, item)
                or _new_ones_said(sentence, item, previous)
                or _more_planned(sentence, item, left, previous)
            )
        if figure is None:
            figure = _target_named(sentence, item, left, youth, previous)
        # (nor the Youth Union's officials at a course: "… phối hợp với Thành đoàn mở 2 lớp kỹ năng
        # cho 180 cán bộ đoàn trong doanh nghiệp", probes934)
        if figure is None and not _YOUTH_MEMBERS_AFTER_RE.match(sentence, item.unit_end):
            figure = (
                _trainee_figure(sentence, item, course_context, officials_course)
                or _officials_at_courses(sentence, item)
                or _officials_sent(sentence, item)
            )
        if figure is None and figures:
            figure = _members_of_founded(sentence, item, figures[-1])
        if figure is None:
            figure = _members_in_brackets(sentence, item) or _guild_members_admitted(sentence, item)
        if figure is None:
            figure = _members_of_named_union(sentence, item, left, founding_context)
        if figure is None:
            figure = other_figure(sentence, item, left, right)
        if figure is None:
            figure = _counted_against_its_plan(sentence, item)
        if figure is None:
            figure = _named_as_a_result(sentence, item) or _tallied_under_results(
                sentence, item, tallied_results
            )
        if figure is None and previous is not None:
            figure = _listed_indicator(
                sentence, item, left, window_start, previous
            ) or _the_periods_running_total(sentence, item, left, previous, figures)
        if (
            figure is None
            or _the_partys_own_set_against(sentence, figure, item)
            or _delegates_at_an_event(sentence, figure, item)
        ):
            continue
        if previous is not None and any(
            _a_part_of(figure, f, sentence[f.end : figure.start]) for f in figures
        ):
            boundary = figure.end
            continue
        figures.append(figure)
        boundary = figure.end
        also = second_indicator(sentence, figure)
        if also is not None and _counts_take_labels_in_turn(sentence, figures, also):
            figure.label, figure.end = also.label, also.end
            also = None
        if also is not None:
            figures.append(also)
            boundary = also.end
    # the units a ranking counts with no verb of their own
    counted_before = tuple(metric for metric, kind in tallied_results if kind == "result")
    ranked = ranked_figures(sentence, figures, counted_before, youth_context)
    if ranked:
        figures = sorted(figures + ranked, key=lambda f: f.start)
    figures = tallied_classes(sentence, tallied_places(sentence, figures))
    figures = times_in_turn(sentence, tallied_times(sentence, figures))
    figures = counts_of_bodies_in_turn(sentence, figures)
    figures = pairs_by_place(sentence, figures)
    figures = counts_by_time_said_bare(sentence, figures)
    figures = bodies_under_a_topic(sentence, figures)
    figures = lists_under_a_legend(sentence, figures)
    figures = times_in_brackets(sentence, parts_of_a_whole(sentence, figures))
    # what would happen if: "Nếu mỗi CĐCS vận động được thêm 5 người thì cả ngành sẽ có thêm hơn
    # 1.000 đoàn viên" ("nếu như …, thì …" compares what was done, and stays)
    figures = [f for f in figures if not _hypothetical(sentence, f)]
    figures = [
        f
        for f in figures
        if not _a_rise_of_the_count(sentence, f)
        and not _A_STOCK_RISEN_TO_RE.search(sentence, 0, f.start)
    ]
    figures = [
        f
        for f in figures
        if not _an_average_done_per_unit(sentence, f)
        and not _the_size_of_each_course(sentence, f)
        and not _now_and_then(sentence, f)
        and not _AWARDED_AT_RE.search(sentence, max(0, f.start - 80), f.start)
        and not _praised_for_it(sentence, f)
        and not _more_than_a_year_before(sentence, f)
        and not _another_number_risen(sentence, f)
    ]
    # (how much the count rose on a year before is no count recruited: "So với cùng kỳ năm 2023, số
    # đoàn viên tăng 3.150 người, số CĐCS tăng 21 đơn vị", probes226)
    # (nor how many more: "So với cùng kỳ, Công đoàn KCN Yên Phong kết nạp nhiều hơn 540 đoàn viên,
    # Công đoàn KCN Quế Võ nhiều hơn 210", probes307)
    if _ON_A_YEAR_BEFORE_RE.search(sentence):
        figures = [
            f
            for f in figures
            if (f.verb or "").lower() != "tăng"
            and not _HOW_MANY_MORE_RE.search(sentence, max(0, f.start - 30), f.end)
            # (nor a count of units by how much it rose: "…, số doanh nghiệp ký thỏa ước tăng 14
            # đơn vị", probes540)
            and not _RISEN_BY_RE.search(sentence, max(0, f.start - 60), f.start)
        ]
    # (a band of a classification is no count: "…, 27 CĐCS kết nạp từ 100 đến dưới 200 đoàn viên",
    # probes540, probes548, as the bar before it, "12 CĐCS kết nạp từ 200 đoàn viên trở lên")
    figures = [f for f in figures if not _A_BAND_RE.search(sentence, f.start, f.end)]
    figures = [
        f
        for f in figures
        if not _A_DIFFERENCE_BEFORE_RE.search(sentence, max(0, f.start - 60), f.start)
    ]
    figures = [f for f in figures if not _one_of_the_units_honoured(sentence, f)]
    figures = [f for f in figures if not _units_that_have_done_it_so_far(sentence, f)]
    # (and what the condition leads to: "Kết nạp 10 người thì có tới 14 người nghỉ việc",
    # probes134)
    conditions = [f for f in figures if _a_conditional_count(sentence, f)]
    figures = [
        f
        for f in figures
        if not any(f is c or c.end <= f.start < end_of_clause(sentence, c.end) for c in conditions)
    ]
    figures = [f for f in figures if not _an_upper_bound_done(sentence, f)]
    figures = [f for f in figures if not _each_units_floor(sentence, f)]
    figures = [f for f in figures if not _a_ratio(sentence, f)]
    # (nor are those admitted or introduced before made full members now: "37 đoàn viên công đoàn
    # được kết nạp từ năm trước đã được công nhận đảng viên chính thức", probes99; "34 đoàn viên
    # công đoàn được giới thiệu từ năm trước …", probes458)
    figures = [
        f
        for f in figures
        if not (
            f.metric == "dang_vien_gioi_thieu"
            and (
                _MADE_FULL_MEMBERS_RE.match(sentence, f.end)
                or _A_PART_OF_THOSE_MADE_FULL_MEMBERS_RE.search(sentence, 0, f.start)
            )
        )
    ]
    respective_percents(sentence, figures)
    shared_percent(sentence, figures)
    leading_percent(sentence, figures)
    leading_rate(sentence, figures)
    percent_reached_with(sentence, figures)
    distant_ratio_percents(sentence, figures)
    share_of_a_whole_after(sentence, figures)
    percent_of_the_count_with(sentence, figures)
    percent_to_the_indicator_it_names(sentence, figures)
    whole_of_the_list(sentence, figures)
    # (shares too are no figures of what would be or is only proposed: "Dự thảo Kế hoạch năm 2026
    # …, chưa được thông qua, nêu phương án phấn đấu 70% doanh nghiệp ký thỏa ước", probes155)
    # (nor the Youth Union's shares of members introduced or admitted to the Party, under its
    # headline with no union named)
    youths = (youth_context and not w.UNION.search(sentence)) or _youth_only(sentence)
    figures.extend(
        f
        for f in percent_figures(sentence, figures)
        if not _hypothetical(sentence, f)
        and not (youths and f.metric == "dang_vien_gioi_thieu")
        and not _each_units_floor(sentence, f)
        and not _POLLED_RE.match(sentence, f.start)
    )
    # (the units' percents a ranking by a share lists)
    figures.extend(ranked_shares(sentence, figures, counted_before))
    figures = agreements_said_short(sentence, figures)
    figures = other_counts_listed_by_body(sentence, figures)
    figures = other_pairs_listed_before(sentence, figures)
    figures = pairs_named_after(sentence, figures)
    # a report table's rows read whole, in place of what their numbers said one by one (a row of
    # a body's, its indicator the one development count its context gives)
    # (not a table of the Youth Union's, naming no union, under its headline: "Thành Đoàn Hải
    # Phòng: Kết quả công tác Đoàn năm 2024", probes21)
    youth_table = bool(youth_context or w.YOUTH.search(sentence)) and not w.UNION.search(sentence)
    rows = [] if youth_table else list(table_figures(sentence))
    context_counts = {
        metric
        for metric, kind in tallied_results
        if kind == "result" and metric in DEVELOPMENT_COUNTS
    }
    targets_set = {
        metric
        for metric, kind in tallied_results
        if kind == "plan" and metric in DEVELOPMENT_COUNTS
    }
    if not rows and not youth_table and len(context_counts) == 1:
        (indicator,) = context_counts
        rows = list(rows_of_the_indicator(sentence, indicator))
        referred = _percent_of_the_count_before(sentence, indicator)
        if referred is not None and not figures:
            rows.append(referred)
    elif not rows and not youth_table and not context_counts and len(targets_set) == 1:
        (indicator,) = targets_set
        referred = _percent_of_the_count_before(sentence, indicator, targets_only=True)
        if referred is not None and not figures:
            rows.append(referred)
    if not rows and not youth_table:
        # (bodies each with its percent of the plan, of the one indicator counted around them)
        one = next(iter(context_counts)) if len(context_counts) == 1 else None
        rows = percents_by_body(sentence, one, figures)
        # (or each with its pair or percent, after what they reached)
        rows = rows or bodies_listed_with_results(sentence, one, party_source)
    if rows:
        figures = [f for f in figures if all(f.end <= r.start or f.start >= r.end for r in rows)]
        figures.extend(rows)
    figures = shares_with_their_counts(sentence, figures)
    figures = next_bodies_percents(sentence, figures)
    figures = parts_own_percents(sentence, figures)
    # (another time's count after a share's count, which only the line above reads: "Gần 90%
    # doanh nghiệp … tổ chức hội nghị người lao động …, tức 178 doanh nghiệp, năm ngoái chỉ độ
    # 150", probes372)
    figures = tallied_times(sentence, figures)
    figures = tallied_shares(sentence, figures)
    figures = share_planned_after(sentence, figures)
    figures = rated_out_of_their_whole(sentence, figures)
    figures = grades_in_turn(sentence, grades_listed_first(sentence, figures))
    figures = whole_said_after(sentence, figures)
    figures = bare_plans_of_a_count_done(sentence, figures, counted_before)
    targets_listed_after_a_target(sentence, figures)
    read_before = {id(f) for f in figures}
    figures = results_said_short(sentence, figures)
    said_short = [f for f in figures if id(f) not in read_before]
    figures = _members_of_units_said_short(sentence, figures, said_short, counted)
    figures = next_deeds_done_bare(sentence, figures)
    figures = results_headed_after_targets(sentence, figures)
    figures = results_in_turn_after_targets_in_turn(sentence, figures)
    figures = results_in_turn_of_targets_by_body(sentence, figures)
    figures = targets_said_again_in_a_pair(figures)
    figures = ratios_of_targets_named(sentence, figures)
    figures = counts_of_their_topic(sentence, figures)
    # (and another time's count after a topic's: "…, còn công đoàn cơ sở thì được 5, năm ngoái chỉ
    # có 3", probes407)
    figures = tallied_times(sentence, figures)
    figures = other_counts_of_their_topic(sentence, figures)
    figures = ratings_of_their_topic(sentence, figures)
    figures = other_counts_in_their_cells(sentence, figures)
    figures = counts_of_the_time_after(sentence, figures)
    figures = counts_said_first(sentence, figures)
    figures = referred_back(sentence, figures)
    figures = earlier_counts_in_turn(sentence, figures)
    told = [
        f
        for f in counts_of_a_time(sentence)
        if not any(g.start <= f.start < g.end or f.start <= g.start < f.end for g in figures)
    ]
    figures = sorted(figures + told, key=lambda f: f.start)
    targets_given_before(sentence, figures)
    figures = other_targets_done_after(sentence, figures)
    figures = units_that_did_the_share_planned(sentence, figures)
    figures = other_plans_said_after(sentence, figures)
    percents_named_by_their_deeds(sentence, figures)
    percents_done_of_targets_in_turn(sentence, figures)
    percent_done_of_a_target(sentence, figures)
    percent_past_its_parts(sentence, figures)
    ratio_in_brackets_after(sentence, figures)
    shares_aimed_for_passed(sentence, figures)
    figures = trained_out_of_a_whole(sentence, figures)
    # (again, for the figures the tallies read after the first time: "… có 312 trên tổng số 340
    # doanh nghiệp …, LĐLĐ thành phố Vĩnh Yên có 95 trên 118 doanh nghiệp, đạt tỷ lệ lần lượt
    # 91,8% và 80,5%", probes514)
    respective_percents(sentence, figures)
    figures = founded_and_recruited(sentence, figures)
    figures = joined_bare(sentence, figures)
    figures = results_of_their_bodies_targets(sentence, figures)
    figures = plans_met_by_their_results(sentence, figures)
    figures = shares_set_then_done(sentence, figures)
    figures = members_of_unions_founded_in_turn(sentence, figures, founding_context)
    figures = targets_said_after_results(sentence, figures)
    figures = bare_targets_said_met(sentence, figures)
    figures = named_as_targets(sentence, figures)
    figures = admitted_out_of_introduced(sentence, figures)
    figures = all_of_them_admitted(sentence, figures)
    figures = admitted_said_bare(sentence, figures)
    figures = union_members_among_admitted(sentence, figures)
    figures = union_members_among_the_partys_new_members(sentence, figures)
    figures = admitted_shares(sentence, figures)
    figures = admitted_as_a_share_of_the_introduced(sentence, figures)
    figures = bare_targets_after(sentence, figures)
    figures = targets_listed_after(sentence, figures)
    figures = targets_in_brackets_after_the_plan(sentence, figures)
    figures = own_targets_in_brackets(sentence, figures)
    figures = targets_set_against_first(sentence, figures)
    figures = targets_set_against_after(sentence, figures)
    figures = targets_named_later_by_their_share(sentence, figures)
    _results_take_the_targets_compared(sentence, figures)
    _targets_take_the_counts_their_percents_say(sentence, figures)
    _counts_take_the_units_required_to_do_it(sentence, figures)
    _units_directed_take_those_that_did_it(sentence, figures)
    figures = bare_targets_in_turn(sentence, figures)
    figures = results_in_turn_of_targets_in_turn(sentence, figures)
    figures = targets_named_after_their_percents(sentence, figures)
    figures = targets_in_brackets_of_earlier(sentence, figures)
    figures = bare_targets_before(sentence, figures)
    figures = plans_said_short(sentence, figures)
    figures = wholes_plans_said_short(sentence, figures)
    figures = [f for f in figures if not _a_ratio_said_every_so_many(sentence, f)]
    total = w.RUNNING_TOTAL.match(sentence)
    if total and not w.SAID_NEW.search(sentence) and not w.RECRUITED.search(sentence):
        # (but for a clause with a time of its own: "Tính đến nay, toàn huyện Tân Châu có tất cả 28
        # công đoàn doanh nghiệp, riêng năm 2017 đã thành lập được 4 công đoàn cơ sở", H42-015)
        figures = [
            f
            for f in figures
            if f.metric not in DEVELOPMENT_COUNTS
            or _timed_clause(sentence, f, total.end())
            or _done_up_to_a_reports_end(f, total)
        ]
    # a sentence of the Youth Union's, naming no union, has no union's figures, shares included:
    # "Tỉnh đoàn Nam Định: 92% cơ sở đoàn xếp loại vững mạnh"
    if _youth_only(sentence) and w.YOUTH.search(sentence):
        figures = []
    # (what is not yet done is none: "72% cán bộ CĐCS chưa được đào tạo bài bản về kỹ năng thương
    # lượng", a survey's share, probes282)
    # (nor a count with a fraction, an average: "Bình quân mỗi doanh nghiệp … tổ chức lần lượt 3,2
    # và 2,4 cuộc đối thoại định kỳ mỗi năm", probes582)
    figures = [f for f in figures if not _a_fraction_of_a_count(f)]
    # (or said right before its deed's span: "số đã được kết nạp và số đang chờ kết nạp tương ứng
    # là 268 và 157 người", "Số chưa được kết nạp là 157 người", probes574)
    figures = [
        f
        for f in figures
        if not _NOT_YET_DONE_RE.search(sentence, f.start, f.end)
        and not _NOT_YET_RIGHT_BEFORE_RE.search(sentence, max(0, f.start - 24), f.start)
    ]
    # (nor an age: "Độ tuổi bình quân của đoàn viên mới kết nạp là 27", probes402)
    # (nor those a plan was sent to: "… ban hành Kế hoạch số 125/KH-LĐLĐ về phát triển đoàn viên,
    # thành lập CĐCS năm 2024 và gửi tới 42 CĐCS trực thuộc", probes876, probes643)
    figures = [
        f
        for f in figures
        if not _AN_AGE_BEFORE_RE.search(sentence, 0, number_at(sentence, f))
        and not _SENT_TO_RE.search(sentence, max(0, f.start - 30), f.end)
    ]
    # (nor the rest, who are yet to: "kết nạp 42 trên tổng số 50 công nhân mới vào làm, đạt 84%,
    # tám người còn lại đang thử việc", probes392)
    figures = [
        f for f in figures if not (f.kind == "result" and _THE_REST_RE.match(sentence, f.end))
    ]
    figures = _targets_set_out(sentence, figures)
    figures = [f for f in figures if not _a_mark_passed(sentence, f)]
    figures = [f for f in figures if not _units_saying_where(sentence, f)]
    return _without_repeats(sentence, sorted(figures, key=lambda f: f.start))


# A mark passed is no count: "Đến nay, 9 công đoàn xã, phường trong tỉnh đã vượt mốc 150 đoàn viên
# kết nạp mới kể từ khi thành lập" (probes929).
# (not a mark aimed at: "… hướng tới mốc 2,2 triệu đoàn viên kết nạp mới trong nhiệm kỳ",
# probes338)
_A_MARK_BEFORE_RE = re.compile(
    r"\bvượt\s+(?:qua\s+)?mốc\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$", re.IGNORECASE
)


def _a_mark_passed(sentence: str, figure: Figure) -> bool:
    return bool(
        _A_MARK_BEFORE_RE.search(sentence, max(0, figure.start - 20), number_at(sentence, figure))
    )


# Units that only say where what the sentence tells happened: "Tại 320 doanh nghiệp đã ký thỏa ước
# lao động tập thể ở TP Cần Thơ, 98,2% người lao động được đóng bảo hiểm xã hội …" (probes923).
_WHERE_OPENS_RE = re.compile(r"\W*(?:Tại|Ở|Trong)\s+(?:(?:các|những|số)\s+)?$", re.IGNORECASE)


def _units_saying_where(sentence: str, figure: Figure) -> bool:
    return (
        figure.metric == "other"
        and figure.kind == "result"
        and figure.target is None
        and figure.percent is None
        and bool(_WHERE_OPENS_RE.fullmatch(sentence, 0, figure.start))
        and "," in sentence[figure.end :]
    )


# Targets set out after a colon, body by body: "Chỉ tiêu năm 2025 được phân bổ như sau: LĐLĐ thị xã
# An Nhơn kết nạp 350 đoàn viên; LĐLĐ huyện Phù Cát 280 đoàn viên; …" (probes393). What follows
# the colon is planned when it says nothing done.
# (not the plan reached or passed: "Các đơn vị vượt chỉ tiêu kết nạp đoàn viên gồm: LĐLĐ thành phố
# Pleiku (118%), …")
_TARGETS_SET_OUT_RE = re.compile(
    r"^\W*(?:[^:;]{0,60}?\s)?(?<!vượt )(?<!đạt )(?<!thành )(?<!về đích )"
    r"(?:chỉ tiêu|kế hoạch|mục tiêu)\b[^:;]{0,80}?"
    r"\b(?:như sau|cụ thể(?:\s+là)?|gồm|phân bổ|giao)\s*:",
    re.IGNORECASE,
)


def _targets_set_out(sentence: str, figures: list[Figure]) -> list[Figure]:
    set_out = _TARGETS_SET_OUT_RE.match(sentence)
    if set_out is None or w.RESULT_MARKERS.search(sentence, set_out.end()):
        return figures
    return [
        as_planned(f) if f.start >= set_out.end() and f.kind == "result" and f.target is None else f
        for f in figures
    ]


# A share of those a survey asked is no share of units that did a thing: "Qua khảo sát 120 doanh
# nghiệp, 64% số doanh nghiệp được hỏi cho biết sẵn sàng tạo điều kiện để thành lập công đoàn"
# (probes968).
_POLLED_RE = re.compile(
    r"[^%;]{0,12}%\s*(?:số\s+)?(?:[^\s,;\d%]+\s+){1,4}?"
    r"(?:được\s+(?:hỏi|khảo sát|phỏng vấn)|tham gia\s+khảo sát|trả lời)\b",
    re.IGNORECASE,
)


# A Party organ's own admissions set against those the union introduced are not of that source:
# "Qua giới thiệu của Công đoàn các KCN …, các chi bộ doanh nghiệp đã kết nạp 74 đoàn viên công đoàn
# ưu tú vào Đảng, trong khi toàn Đảng bộ các KCN kết nạp tổng cộng 233 đảng viên mới" (probes968).
_THE_PARTYS_OWN_SET_AGAINST_RE = re.compile(
    r"\b(?:trong khi|còn)(?:\s+đó)?\s+(?:toàn\s+)?(?:Đảng bộ|Đảng ủy|chi bộ|các tổ chức đảng)\b"
    r"[^,;]*$",
    re.IGNORECASE,
)


_AT_OR_FOR_RE = re.compile(rf"\b(?:tại|ở|cho|của|đến|tới|về)\s+(?:(?:{w.QUALIFIER})\s+)?$", re.I)


def _delegates_at_an_event(sentence: str, figure: Figure, item: Counted) -> bool:
    """`figure`, members recruited or brought to the Party, counts delegates attending an event
    whose name says the deed: "Hội nghị biểu dương “Đoàn viên công đoàn ưu tú được kết nạp vào
    Đảng” năm 2025 của LĐLĐ tỉnh Thái Nguyên có 150 đại biểu tham dự" (probes963)."""
    return (
        figure.metric in ("doan_vien_ket_nap", "dang_vien_gioi_thieu")
        and sentence[item.quantity.end : item.unit_end].strip().lower() == "đại biểu"
        and bool(w.ATTENDING.match(sentence[item.unit_end : item.unit_end + RIGHT_REACH]))
    )


def _the_partys_own_set_against(sentence: str, figure: Figure, item: Counted) -> bool:
    """`figure`, new Party members admitted, is a Party organ's own count set against the union's
    (_THE_PARTYS_OWN_SET_AGAINST_RE)."""
    return (
        figure.stage == "admitted"
        and sentence[item.quantity.end : item.unit_end].strip().lower().startswith("đảng viên")
        and bool(
            _THE_PARTYS_OWN_SET_AGAINST_RE.search(
                sentence, max(0, item.quantity.start - 80), item.quantity.start
            )
        )
    )


_AN_AGE_BEFORE_RE = re.compile(r"\btuổi\b[^,;\d]{0,60}$", re.IGNORECASE)


_SENT_TO_RE = re.compile(
    r"\bgửi\s+(?:về|tới|đến|cho)\s+(?:(?:các|tất cả|toàn bộ)\s+)?(?:(?:gần|hơn|trên)\s+)?\d",
    re.IGNORECASE,
)
_THE_REST_RE = re.compile(r"\s*còn lại\s+(?:đang|chưa|sẽ|vẫn|thì)\b", re.IGNORECASE)


def _a_fraction_of_a_count(figure: Figure) -> bool:
    """`figure` counts units or people with a fraction, which no count done or planned has (a
    magnitude's is whole: "2,2 triệu" is read as 2.200.000)."""
    values = []
    for value in (figure.achieved, figure.target):
        values += list(value.values()) if isinstance(value, dict) else [value]
    return any(isinstance(v, float) and not v.is_integer() for v in values)


_NOT_YET_DONE_RE = re.compile(
    r"\b(?:chưa\s+(?:từng\s+)?|(?:đang\s+)?chờ\s+)(?:được\s+)?(?:xét\s+)?"
    r"(?:đào tạo|tập huấn|bồi dưỡng|kết nạp|thành lập|giới thiệu)\b",
    re.IGNORECASE,
)
_NOT_YET_RIGHT_BEFORE_RE = re.compile(
    r"\b(?:chưa(?:\s+từng)?|(?:đang\s+)?chờ)(?:\s+được)?(?:\s+xét)?\s+$", re.IGNORECASE
)


_PARTY_AGENT_RE = re.compile(
    rf"\b(?:được|mà|do)\s+(?:các\s+)?(?:cấp\s+)?{_PARTY_ORGANS}\b", re.IGNORECASE
)

# Those introduced to the Party somewhere before in the sentence, for a count introduced again
# with no Party of its own ("…; năm 2023, quận phấn đấu giới thiệu 1.300 đoàn viên").
_INTRODUCED_EARLIER_RE = re.compile(
    r"giới thiệu\s+[^;]{0,60}?(?:cho|vào|với)\s+(?:tổ chức\s+)?"
    # (in lower case too: "giới thiệu … cho đảng", not "đảng viên")
    r"(?:[Đđ]ảng(?!\s+viên)|chi bộ|cấp ủy|cấp uỷ|[Đđ]ảng ủy|[Đđ]ảng uỷ)\b"
)

# The Party named with the deed just before those introduced: "dẫn đầu về giới thiệu đoàn viên ưu tú
# cho Đảng, với 218 đoàn viên được giới thiệu" (or admitted to it just before, out of a whole:
# "18.124 đoàn viên công đoàn được kết nạp Đảng trong số 26.471 người được các cấp công đoàn thành
# phố giới thiệu")
_INTRODUCED_TO_THE_PARTY_RE = re.compile(
    r"(?:giới thiệu\s+[^;\d]{0,40}?(?:cho|vào)\s+(?:tổ chức\s+)?[Đđ]ảng(?!\s+viên)"
    r"|kết nạp\s+(?:vào\s+)?[Đđ]ảng(?!\s+viên))"
    r"\b[^;\d]{0,40}$"
)


# (or supposed: "Giả sử 30% số doanh nghiệp chưa có công đoàn thành lập được CĐCS, tỉnh sẽ có thêm
# gần 400 tổ chức công đoàn cơ sở", probes84)
# (or only proposed: "đề xuất Tổng LĐLĐ cho phép thí điểm thu hút khoảng 500 lao động tự do …
# vào nghiệp đoàn", "kiến nghị giao chỉ tiêu thành lập từ 3 đến 5 CĐCS/năm", probes84)
# (the proposal's verb, not the noun: "có 500 ý kiến, kiến nghị được giải đáp", h7-019)
# ... whose new level is no count done: "Số đoàn viên tăng từ 98.000 người đầu nhiệm kỳ lên 152.000
# người hiện nay" (probes157).
_A_STOCK_RISEN_TO_RE = re.compile(
    # (or grown: "Sau 30 năm thành lập, Công đoàn Khu chế xuất Tân Thuận đã phát triển từ 3 CĐCS
    # ban đầu lên hơn 150 CĐCS", probes570)
    rf"\b(?:tăng|giảm|phát triển)\s+từ\s+\d[^;]{{0,60}}?\s(?:lên|xuống|còn)\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?$"
    # (or the members of the total raised to: "…, nâng tổng số nghiệp đoàn trên địa bàn lên 21 với
    # hơn 1.900 đoàn viên", probes219)
    rf"|\bnâng\s+tổng\s+số\b[^;]{{0,60}}?\blên\s+\d[\d.]*(?:\s+[^\W\d]+){{0,3}}\s+"
    rf"(?:với|gồm)\s+(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
_HYPOTHETICAL_RE = re.compile(
    # (an "if" that frames a comparison is none: "Kết quả năm 2024 … tuy khiêm tốn nếu đặt cạnh các
    # tỉnh đồng bằng, nhưng …: thành lập 3 CĐCS, …", probes573)
    r"\b(?:nếu\b(?!\s+(?:như|so\s+(?:với|sánh)|đặt\s+(?:bên\s+)?cạnh)\b)|giả sử\b|giả định\b"
    # (a request to consider one too: "đề nghị Tổng LĐLĐ Việt Nam xem xét giao chỉ tiêu … ở mức
    # 12.000 người", probes376; not "đề nghị các CĐCS kết nạp …", a directive)
    r"|(?:đề xuất|kiến nghị|đề nghị(?=[^,;.]{0,60}?\bxem xét\b))\b"
    r"(?=[^,;.]{0,60}?\b(?:giao|chỉ tiêu|cho phép|thành lập|kết nạp|"
    # (or the means for a deed: "kiến nghị UBND tỉnh bố trí 500 triệu đồng mỗi năm để đào tạo cho
    # khoảng 300 cán bộ công đoàn chuyên trách", probes360)
    # (or that the deed be ordered: "kiến nghị UBND tỉnh chỉ đạo 100% doanh nghiệp … phải thành lập
    # công đoàn", probes379)
    r"phát triển|thu hút|bố trí|hỗ trợ kinh phí|chỉ đạo|yêu cầu)\b)"
    # (or the authorities asked to order it, past a list of them: "Đề nghị các cấp ủy, chính quyền
    # chỉ đạo 100% cơ quan, đơn vị tổ chức hội nghị …", "kiến nghị UBND tỉnh yêu cầu 100% doanh
    # nghiệp nhà nước tổ chức đối thoại định kỳ", probes415)
    r"|(?:đề nghị|kiến nghị)\b(?=[^;.]{0,60}?\b(?:chỉ đạo|yêu cầu)\b)"
    # (or the deed proposed right after it, a time between: "đề xuất mỗi năm giới thiệu 100 đoàn
    # viên ưu tú cho Đảng", probes409; not "các CĐCS chủ động đề xuất tổ chức 65 cuộc đối thoại
    # đột xuất", held, probes362)
    r"|(?:đề xuất|kiến nghị)"
    r"(?:\s+(?:mỗi|hằng|hàng)\s+năm|\s+(?:trong\s+)?năm\s+(?:tới|sau|20\d\d))+\s*$"
    # (or what should be done, proposed: "Nhiều đại biểu đề xuất mỗi năm nên tổ chức ít nhất 2 lớp
    # tập huấn chuyên sâu cho khoảng 300 chủ tịch CĐCS", probes575)
    # (not "nên" after a comma, "so": "Khi công nhân đề nghị, tôi ủng hộ ngay, nên chỉ sau hai
    # tuần, công đoàn cơ sở … đã ra mắt với 146 đoàn viên", probes523)
    r"|(?:đề xuất|kiến nghị|đề nghị)\b[^;.,]{0,40}?\bnên\b"
    # (or options yet to be chosen between: "Ban Thường vụ đang cân nhắc hai phương án: kết nạp
    # 1.200 hoặc 1.500 đoàn viên", the README's known gap "a draft plan's option")
    r"|(?:hai|ba|các|những)\s+phương án\b|cân nhắc\b)[^;]*$",
    re.IGNORECASE,
)

_ON_A_YEAR_BEFORE_RE = re.compile(
    r"\bso với\s+(?:cùng kỳ|năm (?:trước|ngoái|(?:19|20)\d\d))", re.IGNORECASE
)
_HOW_MANY_MORE_RE = re.compile(r"\b(?:nhiều|ít)\s+hơn\s+\d", re.IGNORECASE)
# By how much one count is above or below another, said after "là": "kết nạp 6.000 đoàn viên (cao
# hơn chỉ tiêu năm 2025 là 500 đoàn viên)" (probes903) is a difference, no count.
_A_DIFFERENCE_BEFORE_RE = re.compile(
    r"\b(?:cao|thấp|nhiều|ít)\s+hơn\s+(?:so với\s+)?(?:[^,;:\d()]|(?:19|20)\d\d){0,40}?\s+là\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
# Units honoured, listed after the first one's count: "LĐLĐ tỉnh khen thưởng 15 CĐCS có thành tích
# xuất sắc trong phát triển đoàn viên, 8 CĐCS thực hiện tốt đối thoại và 6 CĐCS tiêu biểu trong ký
# kết thỏa ước" (probes548): each is a count of units praised, as the first one is
# (w.HONOUR_BEFORE), no count of an indicator.
_HONOURED_LIST_RE = re.compile(
    # (or several in turn: "LĐLĐ tỉnh Phú Thọ trao bằng khen cho 20 và 15 doanh nghiệp lần lượt
    # thực hiện tốt đối thoại … và ký kết thỏa ước …", probes898)
    r"(?:tuyên dương|khen thưởng|\bkhen|biểu dương|tặng (?:bằng|giấy) khen|(?:trao|tặng) thưởng)"
    r"(?:\s+(?:lần lượt|tương ứng|theo thứ tự))?(?:\s+cho)?\s+(?:\d[\d.]*\s*(?:,|và)\s*)*"
    r"(?:\d[\d.]*"
    rf"\s+(?:{w.CDCS_WORDS}|đơn vị|tập thể|doanh nghiệp)\b[^;]*)?$",
    re.IGNORECASE,
)
_UNITS_COUNT_RE = re.compile(
    rf"\d[\d.]*\s+(?:{w.CDCS_WORDS}|đơn vị|tập thể|doanh nghiệp)\b", re.IGNORECASE
)


# The units a whole territory or sector has that have done a deed by now, a stock: "Toàn tỉnh có
# 1.120 doanh nghiệp đã thành lập CĐCS, chiếm 64% …", "Lũy kế đến nay, toàn tỉnh Quảng Ngãi có 486
# doanh nghiệp đã ký thỏa ước lao động tập thể, …" (probes155, 173, 190, 241, 268, 522, 525, 638,
# 773 and 777 read every one as none, as CONVENTIONS.md reads "toàn tỉnh có N CĐCS"); not those that
# did it in a time the clause names after the deed ("… đã ký mới trong năm 2024").
_UNITS_THAT_HAVE_DONE_IT_RE = re.compile(
    rf"\btoàn\s+(?:{w.TERRITORIES}|ngành|{w.ZONES})(?:\s+[^\s,;\d]+){{0,4}}?\s+(?:hiện\s+)?có\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?(?P<n>\d[\d.]*)\s+(?:doanh nghiệp|DN|đơn vị|cơ quan)\s+đã\s+"
    r"(?P<deed>[^,;.]*)",
    re.IGNORECASE,
)
_A_TIME_OF_THE_DEED_RE = re.compile(
    r"\b(?:mới|trong năm|từ đầu|năm (?:19|20)\d\d|quý|tháng)\b", re.IGNORECASE
)


def _units_that_have_done_it_so_far(sentence: str, figure: Figure) -> bool:
    if figure.metric not in ("cdcs_thanh_lap", "other") or "toàn" not in sentence.lower():
        return False
    # (the figure whose words hold the stock's number, not another count of the sentence)
    return any(
        figure.start < stock.end("n") and stock.start("n") < figure.end
        for stock in _UNITS_THAT_HAVE_DONE_IT_RE.finditer(sentence)
        if not _A_TIME_OF_THE_DEED_RE.search(stock["deed"])
    )


# (or the items of a list headed by the honours: "Danh sách khen thưởng gồm: 15 CĐCS vững mạnh xuất
# sắc tiêu biểu; 24 cán bộ công đoàn có thành tích xuất sắc; 6 doanh nghiệp thực hiện tốt đối
# thoại", probes902)
_HONOURS_HEADING_RE = re.compile(
    r"\b(?:khen thưởng|tuyên dương|biểu dương|vinh danh|(?:trao|tặng) (?:bằng|giấy) khen)\b"
    # (not a report after the honours: "… biểu dương 30 chủ tịch CĐCS tiêu biểu và công bố kết quả
    # năm 2024: vận động thành lập 21 CĐCS, …", probes72)
    r"(?![^:;.]*\b(?:kết quả|công bố|báo cáo)\b)[^:;.\d]{0,40}:",
    re.IGNORECASE,
)


def _one_of_the_units_honoured(sentence: str, figure: Figure) -> bool:
    clause_start = sentence.rfind(";", 0, figure.start) + 1
    return bool(
        (
            _HONOURED_LIST_RE.search(sentence, clause_start, figure.start)
            or _HONOURS_HEADING_RE.search(sentence, 0, figure.start)
        )
        and _UNITS_COUNT_RE.search(sentence, figure.start, figure.end)
    )


_A_BAND_RE = re.compile(r"\btừ\s+\d[\d.]*\s*(?:đến|[–-])\s*dưới\s+\d", re.IGNORECASE)
_RISEN_BY_RE = re.compile(
    # (or the rises in turn, this one after the first: "… tăng lần lượt 210 và 45 người", probes784)
    rf"\b(?:tăng|giảm)\s+(?:(?:{w.IN_TURN.pattern})\s+"
    rf"(?:(?:(?:{w.QUALIFIER})\s+)?\d[\d.,]*(?:\s+[^\W\d,;]+){{0,2}}?\s*(?:,|và)\s*)*)?"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
# A draft not adopted, in the figure's clause, said so before or after it: "Dự thảo Kế hoạch năm
# 2026 …, hiện đang được lấy ý kiến và chưa được thông qua, nêu phương án phát triển 25.000 đoàn
# viên" (probes84), "Dự thảo kế hoạch còn nêu phương án tổ chức 500 cuộc đối thoại chuyên đề, đang
# lấy ý kiến, chưa được thông qua" (probes220).
_A_DRAFT_RE = re.compile(r"\bdự thảo\b", re.IGNORECASE)
# (or a draft's option, no target set yet: "Dự thảo kế hoạch năm 2026 … nêu phương án kết nạp 1.200
# đoàn viên", CONVENTIONS.md)
_NOT_ADOPTED_RE = re.compile(
    r"\b(?:chưa\s+(?:được\s+)?thông qua|lấy ý kiến|góp ý|phương án)\b", re.I
)


# A deed named as what is needed or wished for: "Trước nhu cầu thành lập một tổ chức công đoàn
# thống nhất, …, Công đoàn Dầu khí Việt Nam chính thức được thành lập" (H54-004).
_WISHED_FOR_RE = re.compile(
    r"\b(?:nhu cầu|mong muốn|nguyện vọng|mong mỏi|khát vọng|ước mong)\s+(?:được\s+)?$",
    re.IGNORECASE,
)


# "Nếu … thì …" that compares what two times brought, not what would be: "Nếu cùng kỳ năm trước
# Công đoàn các Khu chế xuất và công nghiệp TP.HCM mới kết nạp được 9.450 đoàn viên thì 6 tháng đầu
# năm nay con số này là 13.206 đoàn viên" (probes317), "Nếu cả năm 2024 LĐLĐ thành phố Hải Phòng
# (cũ) chỉ kết nạp được 6.912 đoàn viên thì năm 2025, …, con số này là 18.640 người" (probes324):
# a time gone by and a deed done before "thì", nothing to come after it.
_TWO_TIMES_COMPARED_RE = re.compile(
    r"nếu\s+(?:như\s+)?(?=[^;]{0,80}?\b(?:năm\s+(?:19|20)\d\d|cùng kỳ|năm\s+(?:trước|ngoái)|"
    r"tháng\s+trước|quý\s+trước)\b)"
    # (done, or another time after "thì": "Nếu năm 2022, LĐLĐ tỉnh kết nạp 5.400 đoàn viên thì
    # năm 2023 con số này là 8.120", probes377)
    r"(?=[^;]{0,160}?\b(?:được|đã)\s|[^;]{0,200}?\bthì\s+(?:đến\s+)?(?:năm|quý|tháng)\s+"
    r"(?:nay|này|(?:19|20)\d\d|[IV]+\b|\d))"
    r"(?P<before>[^;]{0,200}?)\bthì\b(?![^;]*\b(?:sẽ|phải|cần|có thể)\b)",
    re.IGNORECASE,
)


_SPOKEN_IF_RE = re.compile(rf"\bmà\s+(?:(?:{w.DEED_VERBS}|làm|ký)\b[^,;]{{0,20}})?$", re.I)
_THEN_RE = re.compile(r"[^,;.]{0,30}?\bthì\b", re.IGNORECASE)


_PROPOSED_RIGHT_BEFORE_RE = re.compile(r"\b(?:đề xuất|kiến nghị)\s*$", re.IGNORECASE)


def _hypothetical(sentence: str, figure: Figure) -> bool:
    """What would be, or is only proposed, drafted or wished for, said of `figure`."""
    # (its lookahead may see into the figure's words, which may open on the deed proposed: "LĐLĐ
    # huyện Thanh Liêm đề xuất thành lập CĐCS tại 6 doanh nghiệp …", probes526)
    supposed = _HYPOTHETICAL_RE.search(sentence, 0, figure.start)
    if supposed is None and _PROPOSED_RIGHT_BEFORE_RE.search(sentence, 0, figure.start):
        supposed = _HYPOTHETICAL_RE.search(sentence, 0, figure.end)
    if supposed and not _TWO_TIMES_COMPARED_RE.match(sentence, supposed.start()):
        return True
    if _WISHED_FOR_RE.search(sentence, 0, figure.start):
        return True
    clause_start = sentence.rfind(";", 0, figure.start) + 1
    # (an "if" said "mà … thì" in speech: "Năm nay mà kết nạp được năm, sáu trăm đoàn viên thì đã
    # mừng rồi", probes361)
    if _SPOKEN_IF_RE.search(sentence, clause_start, figure.start) and _THEN_RE.match(
        sentence, figure.end
    ):
        return True
    draft = _A_DRAFT_RE.search(sentence, clause_start, figure.start)
    clause_end = sentence.find(";", figure.start)
    return bool(
        draft
        and _NOT_ADOPTED_RE.search(
            sentence, draft.end(), clause_end if clause_end >= 0 else len(sentence)
        )
    )


# The counts a running total states as how many there are (see RUNNING_TOTAL).
DEVELOPMENT_COUNTS = ("cdcs_thanh_lap", "doan_vien_ket_nap")


_CLAUSE_END_RE = re.compile(r"[,;]|\.\s")


def end_of_clause(sentence: str, at: int) -> int:
    """Where the clause that goes on at `at` ends: the next comma, semicolon or full stop."""
    end = _CLAUSE_END_RE.search(sentence, at)
    return end.start() if end else len(sentence)


# (each item of a list of parts after "trong đó:", its body named first: "…, trong đó: huyện A
# thành lập 4 CĐCS, kết nạp 700 đoàn viên; huyện B thành lập 3 CĐCS, …")
_BODY_NAMED_AS_A_PART_RE = re.compile(
    rf"(?:{w.AMONG_THEM}|\briêng|[:;])\s*[,:]?\s*(?:(?:{w.BODY_WORDS})(?!\w))[^;:]{{0,100}}$"
)


def _a_part_of(figure: Figure, previous: Figure, left: str) -> bool:
    """ "Đã có 555 đoàn viên Công đoàn ưu tú được kết nạp vào Đảng, trong đó có 251 đoàn viên ưu tú
    là công nhân lao động được kết nạp": a part of the figure before, no figure of its own. A part
    with another label is a figure: "33 CĐCS hoàn thành tốt nhiệm vụ (trong đó 6 CĐCS hoàn thành
    xuất sắc nhiệm vụ)" (two annotators read the rating within the rating as its own)."""
    # (the part may be named and do it itself: "…; trong đó riêng KCN Lộc An – Bình Sơn thành lập
    # 3 CĐCS với 560 đoàn viên")
    # ("…; trong đó khu vực ngoài nhà nước chiếm 87%, riêng 5 địa phương … đã kết nạp trên
    # 410.000 đoàn viên": "riêng" alone names a part, not a time: "riêng năm 2024, …")
    # ("…, trong đó Công ty CP Lọc hóa dầu Bình Sơn kết nạp 212", and each item of a list of parts
    # after "trong đó:": "…; trong đó: LĐLĐ thành phố Phủ Lý thành lập 4 CĐCS, …; LĐLĐ thị xã Duy
    # Tiên thành lập 5 CĐCS, …")
    # (a part a body or place did is that body's own figure, CONVENTIONS.md: "…, trong đó Công đoàn
    # Bệnh viện Đa khoa Xanh Pôn kết nạp 186 đoàn viên", probes381)
    if _BODY_NAMED_AS_A_PART_RE.search(left):
        return False
    return bool(
        (
            re.search(rf"{w.AMONG_THEM},?\s*(?:có\s+)?[^\d;]{{0,100}}$", left, re.I)
            or re.search(r"\briêng\s+(?!năm|tháng|quý|trong)[^;]{0,100}$", left, re.I)
            or re.search(rf"{w.AMONG_THEM}\s*:", left, re.I)
        )
        and (
            (figure.metric, figure.stage, figure.kind, figure.label)
            == (previous.metric, previous.stage, previous.kind, previous.label)
            # (its "được kết nạp" the Party's, named before it far off: "… được kết nạp vào Đảng
            # Cộng sản Việt Nam, trong đó có 251 đoàn viên ưu tú … được kết nạp")
            or (
                previous.metric == "dang_vien_gioi_thieu"
                and figure.metric == "doan_vien_ket_nap"
                and (figure.verb or "").lower().startswith("kết nạp")
            )
        )
        and isinstance(figure.achieved, (int, float))
        and isinstance(previous.achieved, (int, float))
        and figure.achieved <= previous.achieved
    )


# A bound said of what was done is no count of it: "Một số huyện vùng cao … mỗi năm chỉ giới thiệu
# được dưới 10 đoàn viên" (probes117); a plan's "không dưới" is its least ("ít nhất"). ("chưa tới",
# "chưa đến" hedge a count done, a qualifier: "năm nay chỉ được chưa tới 7.000", as the writers of
# probes259, probes469 and probes475 read it.)
_UPPER_BOUND_RE = re.compile(
    r"(?<!không )(?<!trên )\b(?:dưới|không (?:đến|tới|quá))\s*$", re.IGNORECASE
)


# How many units did at least so much, each: "Có 18 công đoàn xã, phường kết nạp từ 50 đoàn viên
# trở lên" (probes354), "Có 12 CĐCS kết nạp được trên 100 đoàn viên": a floor, no count done.
_UNITS_COUNTED_BEFORE_RE = re.compile(
    # (so many of all, or the next units listed: "mới có 3/9 LĐLĐ quận, huyện kết nạp từ 400 đoàn
    # viên trở lên", "… và 7 đơn vị thành lập từ 10 CĐCS trở lên", probes362)
    # (in words too: "Có chín công đoàn cơ sở kết nạp từ một trăm đoàn viên trở lên", probes365)
    # (or opening the sentence or a headline's part: "Nghệ An: 12 công đoàn huyện kết nạp từ 300
    # đoàn viên trở lên", probes377)
    # (or after a semicolon: "Có 7 LĐLĐ quận, huyện kết nạp từ 1.000 đoàn viên trở lên; 3 đơn vị
    # thành lập được từ 10 CĐCS trở lên", probes419)
    # (or so many in turn: "Có 6 và 4 CĐCS lần lượt kết nạp từ 100 và 200 đoàn viên trở lên",
    # probes590; or the number of units, their count said after: "số công đoàn cấp trên cơ sở kết
    # nạp từ 300 đoàn viên trở lên và thành lập từ 5 CĐCS trở lên lần lượt là 6 và 3 đơn vị",
    # probes574)
    # (or said with a result, how many: "…, đạt 115,8% kế hoạch, với ít nhất 40 CĐCS kết nạp từ 50
    # đoàn viên trở lên", probes903)
    # (or "có tới": "“Năm ngoái có tới 9 công đoàn phường kết nạp từ 200 đoàn viên trở lên, …”",
    # probes933)
    rf"(?:(?:(?:\bcó|\bvà|\bvới)\s+(?:(?:ít nhất|hơn|gần|trên|khoảng|tới|đến)\s+)?|^\s*"
    r"|(?<=[:;])\s*)"
    rf"(?:\d+(?:\s*/\s*\d+)?|{NUMBER_IN_WORDS})"
    rf"(?:\s*,\s*\d+)*(?:\s+và\s+\d+)?\s+|\bsố\s+(?:lượng\s+)?)"
    # (or places: "“Có 4 huyện kết nạp từ 300 đoàn viên trở lên”", probes414)
    r"(?:công đoàn|CĐCS|CĐ\b|nghiệp đoàn|đơn vị|doanh nghiệp|xã|phường|huyện|quận|thị xã|"
    r"thành phố|tỉnh|địa phương|LĐLĐ|"
    # ("Có 9 LĐLĐ huyện kết nạp từ 300 đoàn viên trở lên", probes355)
    r"liên đoàn lao động)"
    # (their own verb, not a clause on: "có 114 Công đoàn cơ sở trực thuộc, đã phát triển hơn
    # 3.000 đoàn viên", h8-040)
    # (or sectors and places: "Có 6 công đoàn ngành, địa phương kết nạp từ 1.000 đoàn viên trở
    # lên", probes402)
    # (provinces too: "Có 18 LĐLĐ tỉnh, thành phố kết nạp từ 3.000 đoàn viên trở lên trong quý",
    # probes425)
    # (or unions of another level: "Có 6 công đoàn ngành, công đoàn cấp trên cơ sở kết nạp từ 500
    # đoàn viên trở lên", probes446)
    # (or shortened: "có 12 LĐLĐ huyện, thành, thị kết nạp từ 300 đoàn viên trở lên", probes596)
    r"(?:\s*,?\s+(?:xã|phường|thị trấn|quận|huyện|thị xã|thành phố|thành|thị|tỉnh|ngành|địa phương|"
    r"công đoàn(?:\s+cấp\s+trên(?:\s+(?:trực tiếp\s+)?cơ sở)?|\s+ngành)?)\b)*"
    # (a dot inside a word is a name's: "Có 9 công đoàn phường, xã của TP.HCM kết nạp từ 1.000
    # đoàn viên trở lên", probes945)
    r"(?:[^,;.\d]|(?<=\w)\.(?=\w)){0,60}"
    # (past the floors said before in turn: "… kết nạp từ 100 và ", "… trên 300 và trên ", "… từ
    # 300 đoàn viên trở lên và thành lập từ ")
    r"(?:(?<=\s)\d+(?:\.\d{3})*(?:\s+[^\W\d]+){0,4}?\s*(?:,|\svà)\s+[^,;.\d]{0,30})?$",
    re.IGNORECASE,
)
# (the next units after a comma, past units each over a floor: "Có 12 CĐCS kết nạp từ 50 đoàn viên
# trở lên, 5 CĐCS kết nạp trên 100 đoàn viên", probes441)
# (or some of them, past the time: "Có 9 CĐCS … kết nạp từ 100 đoàn viên trở lên trong năm, trong
# đó 3 đơn vị kết nạp trên 300 người", probes898)
_NEXT_UNITS_COUNTED_RE = re.compile(
    r"\btrở lên(?:\s+(?:trong|năm|quý|tháng)\b(?:[^,;.\d]|(?:19|20)\d\d){0,25})?"
    r"\s*,\s*(?:trong đó\s+(?:có\s+)?)?"
    rf"(?:\d+|{NUMBER_IN_WORDS})\s+(?:công đoàn|CĐCS|đơn vị|doanh nghiệp|LĐLĐ)"
    r"[^,;.\d]{0,60}$",
    re.IGNORECASE,
)
_FLOORS = ("trở lên", "trên", "hơn", "ít nhất", "từ")
_OF_A_WHOLE_OPENS_RE = re.compile(r"\s*Trong (?:tổng )?số\s+\d", re.IGNORECASE)
_UNITS_OF_THE_WHOLE_RE = re.compile(
    r"(?<=,)\s*\d+\s+(?:công đoàn|CĐCS|đơn vị|doanh nghiệp|LĐLĐ)\b[^,;.\d]{0,60}$", re.IGNORECASE
)
_A_MARK_PASSED_RE = re.compile(r"\b(?:vượt|đạt|cán)\s+(?:qua\s+)?mốc\s+\d", re.IGNORECASE)
_EACH_OF_THEM_BEFORE_RE = re.compile(r"\bđều\s+(?:đã\s+)?$", re.IGNORECASE)


# The floor of values in turn said after the last of them: "… kết nạp từ 100 và 200 đoàn viên trở
# lên" (probes590), where the first value reads no qualifier of its own.
_FLOOR_AFTER_THE_NEXT_VALUES_RE = re.compile(
    r"(?:\s*,|\s+và)\s+(?:(?:từ|trên|hơn)\s+)?\d+(?:\.\d{3})*"
    r"(?:(?:\s*,|\s+và)\s+(?:(?:từ|trên|hơn)\s+)?\d+(?:\.\d{3})*)*"
    r"\s+[^\W\d][^,;.\d]{0,30}?\btrở lên\b",
    re.IGNORECASE,
)


def _each_units_floor(sentence: str, figure: Figure) -> bool:
    # (a share of the plan too: "có 14/27 LĐLĐ huyện, thị xã, thành phố … đã hoàn thành trên 70%
    # chỉ tiêu kết nạp đoàn viên cả năm", probes381)
    qualifiers = figure.qualifiers
    floor = qualifiers.get("achieved") or qualifiers.get("target") or qualifiers.get("percent")
    if floor is None and _FLOOR_AFTER_THE_NEXT_VALUES_RE.match(sentence, figure.end):
        floor = "trở lên"
    # (a mark passed is a floor: "Trong số 58 công đoàn xã, phường, 9 đơn vị đã vượt mốc 100 đoàn
    # viên kết nạp mới", probes902)
    if floor is None and _A_MARK_PASSED_RE.search(sentence, max(0, figure.start - 30), figure.end):
        floor = "trở lên"
    # (units named, each: "LĐLĐ TP.Hải Dương, LĐLĐ TP.Chí Linh và LĐLĐ huyện Cẩm Giàng đều kết
    # nạp từ 300 đoàn viên trở lên", probes381)
    if floor in ("trở lên", "từ", "ít nhất") and _EACH_OF_THEM_BEFORE_RE.search(
        sentence, max(0, figure.start - 20), figure.start
    ):
        return True
    units = _UNITS_COUNTED_BEFORE_RE.search(sentence, max(0, figure.start - 80), figure.start)
    # (or some of a whole the sentence opens on, after a comma: "Trong số 58 công đoàn xã, phường,
    # 9 đơn vị đã vượt mốc 100 đoàn viên kết nạp mới, 4 đơn vị thành lập được 3 CĐCS trở lên",
    # probes902)
    if units is None and _OF_A_WHOLE_OPENS_RE.match(sentence):
        units = _UNITS_OF_THE_WHOLE_RE.search(sentence, max(0, figure.start - 80), figure.start)
    if units is None and floor in _FLOORS:
        units = _NEXT_UNITS_COUNTED_RE.search(sentence, max(0, figure.start - 100), figure.start)
        if units is not None:
            return figure.metric != "other"
    # (not the members the unions founded have: "có 12 CĐCS được thành lập với hơn 1.000 đoàn
    # viên")
    # (another indicator's meetings each unit held, at least so many: "Có 27 doanh nghiệp tổ chức
    # từ 3 cuộc đối thoại trở lên trong năm", probes370)
    meetings = re.search(r"\b(?:cuộc|lần|buổi)\b", sentence[figure.start : figure.end], re.I)
    return (
        (figure.metric != "other" or meetings is not None)
        and floor in _FLOORS
        and units is not None
        # (but the units may open with it: "…, với ít nhất 40 CĐCS kết nạp từ 50 đoàn viên trở lên")
        and not re.search(
            r"\b(?:với|gồm)\b", re.sub(r"^\s*với\s", "", units.group(0), flags=re.I), re.I
        )
        # (units listed after others, only with a floor said as one: not "… và 7 doanh nghiệp
        # kết nạp hơn 300 đoàn viên", what they did together)
        and (units.group(0)[:2].lower() == "có" or floor in ("trở lên", "từ", "ít nhất"))
    )


def _an_upper_bound_done(sentence: str, figure: Figure) -> bool:
    said = sentence[figure.start : figure.end]
    number = re.search(r"\d", said)
    return (
        figure.kind == "result"
        and number is not None
        and bool(_UPPER_BOUND_RE.search(said, 0, number.start()))
    )


# (or a place named by its kind and name: "LĐLĐ huyện Năm Căn (2 CĐCS), huyện Trần Văn Thời (2
# CĐCS)", probes279)
_PLACE_NAMED_RE = re.compile(rf"(?:[,;]\s*|\bvà\s+)(?:{w.TERRITORIES})\s+[{w.UPPER}]")


_A_TIME_OPENS_RE = re.compile(
    rf"(?:năm|quý|tháng|cùng kỳ|(?:\d+|(?:{NUMBER_IN_WORDS}))\s+tháng)\b", re.IGNORECASE
)


_OPENS_ON_A_BODY_RE = re.compile(rf"(?:{w.BODY_WORDS})(?!\w)|{w.NUMBERED_WARD}")


def _without_repeats(sentence: str, figures: list[Figure]) -> list[Figure]:
    """A count said twice in one sentence is one figure: "thành lập 8/25 CĐCS ...; tổ chức lễ ra mắt
    và trao quyết định thành lập 8 Công đoàn cơ sở" (seed 2). Not when another organisation is
    named in between: "LĐLĐ huyện Long Hồ thành lập mới 1 CĐCS ...; LĐLĐ huyện Mang Thít thành lập
    mới 1 CĐCS"."""
    kept: list[Figure] = []
    for figure in figures:
        # (up to its count: a part's span opens on its body's name, "…, LĐLĐ huyện Tiền Hải 3 CĐCS,
        # LĐLĐ TP.Thái Bình 3 CĐCS", probes381)
        until = number_at(sentence, figure)
        repeat = any(
            earlier.metric == figure.metric
            and earlier.stage == figure.stage
            and earlier.label == figure.label
            and earlier.achieved is not None
            and earlier.achieved == figure.achieved
            and figure.target is None
            and not w.ORGANISATION.search(sentence, earlier.end, until)
            and not _PLACE_NAMED_RE.search(sentence, earlier.end, until)
            # (nor a part that opens on its own body: "…, phường 26 có 3 CĐCS, phường 13 có 3 CĐCS",
            # probes398)
            and not _OPENS_ON_A_BODY_RE.match(sentence, figure.start)
            # (nor another time's, its words opening on the time: "Cả năm 2023 chúng tôi thành lập
            # được 6 công đoàn cơ sở, sáu tháng nay cũng đã được sáu", probes380)
            and not _A_TIME_OPENS_RE.match(sentence, figure.start)
            # (nor one given another percent: values in turn, "… thành lập mới 5, 4 và 4 CĐCS, theo
            # thứ tự đạt 125%, 100% và 80% chỉ tiêu", probes932)
            and (None in (earlier.percent, figure.percent) or earlier.percent == figure.percent)
            # (nor parts whose rules gave each its own body: "… thành lập 17 CĐCS (Ý Yên 5, Hải
            # Hậu 4, Giao Thủy 3, Nghĩa Hưng 5)", probes532)
            and not (
                figure.organisation
                and earlier.organisation
                and figure.organisation != earlier.organisation
            )
            for earlier in kept
        )
        if not repeat:
            kept.append(figure)
    return kept


# A predicate that is no development verb's, after a count: "109 trường hợp được đề nghị nâng
# lương", "12 đoàn viên nhận quà", "20 đoàn viên tham gia hội thi".
_OWN_PREDICATE_RE = re.compile(
    r"\s*(?:đã\s+|đang\s+|sẽ\s+)?(?:(?:được|bị)\s+"
    r"(?!(?:(?:Đảng\s+)?xem xét|kết nạp|thành lập|phát triển|giới thiệu|tập huấn|bồi dưỡng|đào tạo|"
    r"công nhận|đứng)\b)[^\W\d]|(?:nhận|tham dự|hưởng)\b"
    # (still being groomed, the _PASSIVE_RE's "bồi dưỡng" it is not: "…, 57 đồng chí được kết nạp,
    # 27 đồng chí đang được bồi dưỡng", probes624)
    r"|(?:đang|tiếp tục)\s+được\s+bồi dưỡng\b"
    # (joining the union is what is counted: "120 công nhân tham gia tổ chức công đoàn")
    r"|tham gia\b(?!\s+(?:tổ chức\s+)?(?:công đoàn|CĐ\b|nghiệp đoàn))"
    # who they are: "giới thiệu 45 công nhân ưu tú cho Chi bộ …, trong đó 18 người là tổ trưởng"
    r"|là\b)",
    re.IGNORECASE,
)


_PLACE_WORD_RE = re.compile(r"\b(?:tại|ở|trong|của|thuộc|cho|với|từ)\s*$", re.IGNORECASE)


def _goes_on_a_list(left: str, words: int) -> bool:
    """`left`, between a figure and the next number, holds only the last words of the figure's
    noun and a comma or "và": the number is the list's next item. A word of place or belonging
    ends no noun: "phát triển 44 đoàn viên mới tại 2 Công đoàn cơ sở" (where they were recruited,
    not 2 unions more)."""
    # (each item with its own year: "kết nạp 3.412 đoàn viên trong năm 2023 và 4.087 đoàn viên
    # trong năm 2024", probes634; the "trong" of a time is no place)
    left = _ITEMS_OWN_YEAR_RE.sub("", left)
    if _PLACE_WORD_RE.search(left):
        return False
    # (an item of another time: "đã phát triển mới 885 đoàn viên, năm 2014 trên 800 đoàn viên")
    left = _ITEMS_TIME_RE.sub(", ", left)
    # (the communes and wards of a noun are one noun: "tập huấn cho 280 cán bộ công đoàn xã, phường
    # và 120 ủy viên ủy ban kiểm tra công đoàn", probes291)
    left = _COMMUNES_AND_WARDS_RE.sub(" ", left)
    return bool(re.fullmatch(rf"(?:\s*[^\W\d][\w-]*){{0,{words}}}\s*,?\s*(?:và\s+)?", left))


_COMMUNES_AND_WARDS_RE = re.compile(
    r"(?:(?<=\bxã)|(?<=\bphường))\s*,\s*(?=(?:xã|phường|thị trấn|đặc khu)\b)", re.IGNORECASE
)
_ITEMS_OWN_YEAR_RE = re.compile(
    r"^\s+(?:trong\s+)?(?:năm|quý\s+[IV]+\s*/?)\s*(?:19|20)\d\d(?=\s*(?:,|và\b))", re.IGNORECASE
)
_ITEMS_TIME_RE = re.compile(r",\s*(?:năm|quý\s+[IV]+\s*/?)\s*(?:19|20)\d\d\s*$", re.IGNORECASE)


_UNIT_OF_METRIC = {
    "cdcs_thanh_lap": ("cdcs",),
    "doan_vien_ket_nap": ("member",),
    "can_bo_tap_huan": ("official_or_member", "trainee"),
}


def _list_head(sentence, item, left, window_start, figures: list[Figure]) -> Figure | None:
    """The figure whose verb a clause with no verb of its own goes on with, after a semicolon:
    "thành lập 14 CĐCS doanh nghiệp ngoài quốc doanh với 681 đoàn viên; 7 CĐCS trong các cơ quan
    hành chính sự nghiệp; 1 CĐCS Y tế Dự phòng" (the same noun again, so the same verb)."""
    before = sentence[:window_start].rstrip()
    # (or a comma after the members of the unions founded: "thành lập 14 CĐCS … với 681 đoàn viên,
    # 7 CĐCS trong các cơ quan …", the members said in passing)
    after_members = (
        left.strip() == ","
        and len(figures) >= 2
        and figures[-1].metric == "doan_vien_ket_nap"
        and figures[-1].verb is None
        and figures[-2].metric == "cdcs_thanh_lap"
    )
    # ... and on from such an item, past what it says of itself: "…, 7 CĐCS trong các cơ quan hành
    # chính sự nghiệp, 1 CĐCS Y tế Dự phòng"
    after_an_item = (
        bool(figures)
        and sentence[figures[-1].start : figures[-1].start + 1].isdigit()
        and figures[-1].verb is not None
        and re.fullmatch(r"[^\d;,]*,\s*", left) is not None
        and _verb_before(left) is None
    )
    if not (after_members or after_an_item) and (left.strip() or not before.endswith(";")):
        return None
    # not an item with a predicate of its own: "120 đoàn viên được kết nạp, 45 đoàn viên được tặng
    # quà"
    if _OWN_PREDICATE_RE.match(sentence, item.unit_end):
        return None
    head = next(
        (f for f in reversed(figures) if f.verb and item.kind in _UNIT_OF_METRIC.get(f.metric, ())),
        None,
    )
    if head is None:
        return None
    # the list runs on from the head: no other verb in between
    if _verb_before(sentence[head.end : window_start]):
        return None
    return head


_THEN_SAYS_RE = re.compile(
    r"[,;]\s*(?:[^\s,;\d]+\s+){0,2}?(?:cho biết|chia sẻ|bày tỏ|tâm sự|kể lại|khẳng định)\b",
    re.IGNORECASE,
)


def _development_figure(
    sentence,
    item,
    left,
    window_start,
    right,
    previous: Figure | None,
    youth: bool,
    heads_a_list: bool = False,
    party_source: bool = False,
) -> Figure | None:
    """`heads_a_list`: `previous` is the head of a list this item goes on with (_list_head);
    `party_source`: see _metric."""
    quantity = item.quantity
    # (a time or an age is no count: "người nước ngoài làm việc tại Việt Nam từ 12 tháng trở lên
    # được gia nhập công đoàn", probes107)
    if _A_TIME_OR_AGE_RE.match(sentence, quantity.end):
        return None
    # (nor a stock's aim passed, whatever deed came before the stock: "… kết nạp thêm đoàn viên tại
    # 3 đơn vị thành viên, nâng tổng số đoàn viên lên 8.450 người, vượt mục tiêu 8.000 đoàn viên đặt
    # ra cho năm 2024", probes891)
    if _A_STOCKS_AIM_PASSED_RE.search(left):
        return None
    # (nor units rewarded, the deed named before them the reward's reason: "… khen thưởng các CĐCS
    # hoàn thành vượt chỉ tiêu phát triển đoàn viên, trong đó thưởng 30 CĐCS, …", probes891)
    if w.HONOUR_BEFORE.search(left) or _REWARDED_BEFORE_RE.search(left):
        return None
    verb = _verb_before(left)
    # officials "cho" whom a course was held, past the course's subject: "tổ chức lớp tập huấn kỹ
    # năng tuyên truyền, vận động thành lập công đoàn cơ sở cho gần một trăm cán bộ công đoàn"
    if (
        verb is not None
        and item.kind in ("official_or_member", "trainee")
        and not verb.group(0).lower().startswith(w.TRAIN_VERBS)
        and _HANDED_TO_RE.search(left)
    ):
        verb = rightmost(w.TRAIN_VERB, left) or verb
    # "giới thiệu cho Đảng xem xét kết nạp 3.718 đoàn viên": the Party is to consider them; they
    # are introduced (the Party's "phát triển" too: "giới thiệu cho Đảng xem xét phát triển 47
    # đoàn viên ưu tú")
    if (
        verb is not None
        and verb.group(0).lower().startswith(("kết nạp", "phát triển"))
        and re.search(r"xem xét,?\s*$", left[: verb.start()], re.I)
    ):
        verb = rightmost(w.INTRODUCE_VERB, left[: verb.start()]) or verb
    passive = _PASSIVE_RE.match(sentence[item.unit_end : item.unit_end + _PASSIVE_REACH])
    if passive and passive.group("join") and w.APPLYING.search(passive.group(0)):
        passive = None
    # (unions newly founded where something else was done are no count of the founding: "300 suất
    # quà được trao tận tay đoàn viên tại 6 CĐCS mới thành lập trong quý IV/2024", probes319)
    # (nor a count in words heading the bodies listed after it, each one's count its own: "Bảy CĐCS
    # mới thành lập trong tháng 5 thuộc các đơn vị: LĐLĐ huyện Ứng Hòa (3), …", listed_bodies)
    if (
        passive
        and (passive.group("bare2") or "").startswith("thành lập")
        and (
            item.quantity.in_words
            or _AT_OR_FOR_RE.search(sentence, max(0, item.quantity.start - 20), item.quantity.start)
        )
    ):
        passive = None
    # (nor is one that "với" leads away from: "tổ chức 3 đợt kết nạp tập trung với tổng cộng 264
    # công nhân được kết nạp vào tổ chức công đoàn")
    # (or "và": "có thêm 15 CĐCS được thành lập và 3.182 đoàn viên mới được kết nạp"; or the
    # whole they are out of: "… đã được kết nạp Đảng trong tổng số hơn 5.000 đoàn viên ưu tú mà CĐ
    # các cấp giới thiệu")
    if (
        verb
        and passive
        and (
            re.search(r",|\bvới\b|\bvà\b|\btrong (?:tổng )?số\b", left[verb.end() :])
            # (or the verb before names the whole they are out of: "Trong số đoàn viên được giới
            # thiệu có 312 người đã được tổ chức đảng kết nạp")
            or re.search(r"\btrong (?:tổng )?số\b[^,;\d]*$", left[: verb.start()], re.I)
        )
    ):
        # the verb after the count is its own; the one before is another clause's: "Qua công tác
        # giới thiệu của Công đoàn, trong năm có 125 đoàn viên công đoàn được kết nạp vào Đảng"
        verb = None
    listed = heads_a_list or (
        previous is not None
        and previous.verb is not None
        and previous.end == window_start
        # the words that end the last noun ("15 Nghiệp đoàn Nghề cá cơ sở, 2.178 đoàn viên")
        and _goes_on_a_list(left, words=4)
        # not an item with a predicate of its own: "23 đoàn viên công đoàn được kết nạp vào Đảng,
        # 109 trường hợp được đề nghị nâng lương"
        and not _OWN_PREDICATE_RE.match(sentence, item.unit_end)
    )
    # the next union of a ranking, its verb left to the first: "… CĐCS Công ty CP Dược Hậu Giang
    # kết nạp 236 đoàn viên và CĐCS Công ty CP Xuất nhập khẩu Thủy sản Cần Thơ 118 đoàn viên"
    if (
        not listed
        and verb is None
        and passive is None
        and previous is not None
        and previous.verb is not None
        and item.kind in _UNIT_OF_METRIC.get(previous.metric, ())
        and _NEXT_OF_A_RANKING_RE.fullmatch(sentence, previous.end, quantity.start)
        and not _OWN_PREDICATE_RE.match(sentence, item.unit_end)
    ):
        listed = True
    # (people who join, said after them, whatever weaker verb stands before: "Ngay sau buổi ra mắt
    # đã có 30 tài xế đăng ký tham gia nghiệp đoàn", "có thêm hơn 30 tài xế đăng ký tham gia
    # nghiệp đoàn", probes238, 242)
    if (
        verb is not None
        and passive is not None
        and passive.group("join")
        and item.kind in ("member", "official_or_member")
        and verb.group(0).lower().startswith((*w.FOUND_VERBS, "có thêm"))
    ):
        verb = None
    if verb is None and passive is None and not listed and item.kind == "cdcs":
        # the founding heads a list whose items before are other bodies' (_FOUNDED_BEFORE_RE)
        head = _FOUNDING_LIST_HEAD_RE.search(sentence, 0, quantity.start)
        if head is not None:
            window_start, left = head.start(), sentence[head.start() : quantity.start]
            verb = _verb_before(left)
    if verb is None and passive is None and not listed:
        return None
    # a change against a year before is no count done: "…, bằng 95,9% kế hoạch năm và tăng 2.100
    # người so với cùng kỳ"
    if _AGAINST_A_YEAR_BEFORE_RE.match(sentence, item.unit_end):
        return None
    # nor is what the plan was passed or missed by: "…, vượt 1 CĐCS so với kế hoạch"
    if _EXCESS_BEFORE_RE.search(left):
        return None
    # nor how much the count of a deed rose: "So với năm 2016, số đoàn viên kết nạp mới năm 2017
    # của LĐLĐ huyện Văn Lâm tăng 356 người" (probes351)
    # (or "số đoàn viên kết nạp mới tăng thêm 356 người", the rise its verb)
    if verb is not None and (
        (
            _A_RISE_RE.search(left, verb.end())
            and _THE_COUNT_OF_RE.search(left, max(0, verb.start() - 40), verb.start())
        )
        or (
            re.match(r"tăng\b", verb.group(0), re.IGNORECASE)
            and _THE_COUNT_OF_A_DEED_RE.search(left, max(0, verb.start() - 80), verb.start())
        )
    ):
        return None
    if verb is None and passive is None:
        # A list under one verb: "đã phát triển thêm 15 Nghiệp đoàn ..., 2.178 đoàn viên"; the
        # members listed with unions founded joined them: "thành lập 174 CĐCS và 16.754 đoàn viên".
        verb_text, span_start = previous.verb, quantity.start
        if previous.metric == "cdcs_thanh_lap" and item.kind in ("member", "official_or_member"):
            verb_text = "kết nạp"
        # (and unions after members done said short, with no deed of their own: "đến giờ mình
        # được 1.620 đoàn viên và 19 CĐCS rồi", probes355)
        elif (
            previous.metric == "doan_vien_ket_nap"
            and item.kind == "cdcs"
            and not w.RECRUIT_VERB.search(sentence, previous.start, previous.end)
        ):
            verb_text = "thành lập"
        local = sentence[quantity.start : item.unit_end] + right + after_its_list(sentence, item)
    elif verb is not None:
        between = left[verb.end() :]
        # another count between the verb and this one was the verb's: "phấn đấu tập huấn cho 100%
        # cán bộ …, sau khi năm 2024 đã mở 26 lớp cho 2.150 lượt cán bộ"; "hướng dẫn thành lập 12
        # tổ công đoàn …, đồng thời chỉ đạo 3 CĐCS …"
        # (but a share said first in a list of the same deed is no other count: "tập huấn cho 100%
        # chủ tịch CĐCS mới được bầu và ít nhất 250 lượt cán bộ công đoàn")
        share_first = _SHARE_LISTED_FIRST_RE.match(between)
        # (nor is another body's organisation founded first in a list of one founding: "thành lập
        # mới được 64 tổ chức đảng với 698 đảng viên; 121 công đoàn cơ sở …", heldout30)
        founded_first = (
            verb.group(0).lower().startswith(w.FOUND_VERBS)
            and item.kind == "cdcs"
            and _FOUNDED_BEFORE_RE.fullmatch(between)
        )
        if founded_first:
            between = " "
        counted_between = _PARTS_IN_AN_ASIDE_RE.sub(" ", w.DURATION.sub(" ", between))
        if _ANOTHER_COUNT_RE.search(counted_between) and not share_first:
            return None
        # (those a company hires, past the deed's place: "… kết nạp mới chủ yếu tại các doanh
        # nghiệp FDI …, nơi nhiều doanh nghiệp tuyển thêm từ 300 đến 500 lao động", probes71)
        if _HIRED_RE.search(between):
            return None
        # (a clause of its own past another count: "… đã kết nạp được 4 đảng viên mới, Có 4 quần
        # chúng ưu tú là đoàn viên công đoàn đi học lớp cảm tình Đảng", H49-037 with a comma)
        if re.search(r"\d[^,;]*,\s*có\s+(?:(?:" + w.QUALIFIER + r")\s+)?$", between, re.I):
            return None
        # (nor past what someone says, a clause of its own: "Anh Hùng, tổ trưởng sản xuất, được
        # kết nạp Đảng tháng 3/2025, cho biết anh luôn cố gắng làm gương cho 40 công nhân trong
        # tổ", probes172)
        if _THEN_SAYS_RE.search(between):
            return None
        # "hoàn thành vượt mức chỉ tiêu phát triển đoàn viên với 5.230 đoàn viên mới": with "với",
        # the new ones the deed brought, not what there is
        new_ones = re.search(r"\bvới\s*$", between, re.I) and _SAID_NEW_RE.match(
            sentence, item.unit_end
        )
        # ("trang bị kiến thức cho tổng cộng 176 cán bộ": the deed's whole; so is one right after
        # its verb, "giao chỉ tiêu cho … giới thiệu tổng cộng 330 đoàn viên ưu tú", probes117)
        stock_words = re.sub(
            r"(?:\bcho|^\s*(?:được)?)\s+tổng cộng\s*$", " cho ", between, flags=re.I
        )
        # (but the fishermen with the boats a guild took in are its members: "kết nạp thêm 23 tàu cá
        # với 261 ngư dân")
        with_boats = _WITH_THEIR_BOATS_RE.match(between)
        # (a total of the new ones raised by this count is the period's count when its percent of
        # the plan follows, as with "là" below: "nâng tổng số đoàn viên kết nạp mới từ đầu năm
        # lên 5.912 người, đạt 98,5% kế hoạch năm", probes17)
        new_ones_raised = (
            _RAISED_TO_RE.search(left, max(0, verb.start() - 50), verb.start())
            # (its period may hold numbers: "nâng tổng số CĐCS thành lập mới 10 tháng năm 2024 lên
            # 71 đơn vị", probes317)
            and re.fullmatch(r"(?:[^,;\d]|\d{1,2}\s+tháng\b|(?:19|20)\d\d\b)*\blên\s*", between)
            and _PLAN_PERCENT_NEXT_RE.match(sentence, item.unit_end)
        )
        if (
            not new_ones
            and not with_boats
            and not new_ones_raised
            and (w.STOCK_BEFORE.search(stock_words) or _OWN_SUBJECT_HAS_RE.search(between))
        ):
            return None
        # "tổ chức thành công 22 hội nghị ra mắt Công đoàn, 88 Công đoàn cơ sở tổ chức Đại hội": a
        # count past a comma that its own indicator follows is that indicator's
        if item.kind == "cdcs" and "," in between and other_label(right, "cdcs", reach=2):
            return None
        # "Trong số đảng viên mới kết nạp: có 930 đảng viên nữ, chiếm 48,14%": the verb names the
        # whole the count is a part of
        # ("Trong tổng số 1.850 đoàn viên được kết nạp, có 1.230 đoàn viên ở khu vực ngoài nhà
        # nước": a part of that whole)
        # (not a clause after it: "thành lập CĐCS tại 2 doanh nghiệp trong số này, kết nạp 1.150")
        # (not "trong số đó", among them: "Đại hội thông qua các chỉ tiêu …, trong số đó phát triển
        # mới 40.000 đoàn viên")
        # ("Trong tổng số đoàn viên kết nạp mới có 1.520 lao động nữ", probes452)
        if re.search(
            r"\btrong (?:tổng )?số\s+(?!(?:đó|này)\b)[^:;,\d]{0,60}$", left[: verb.start()], re.I
        ) or (
            re.search(
                r"\btrong (?:tổng )?số\s+[\d.,]+\s+[^,:;\d]{0,40}?(?:đã\s+)?(?:được\s+)?$",
                left[: verb.start()],
                re.I,
            )
        ):
            return None
        # "Tổ chức Công đoàn CAND được phát triển sâu rộng ..., với 25 tổ chức công đoàn cấp trên
        # trực tiếp, 299 công đoàn cơ sở": what it has, not what it did.
        # (the Party organ introduced to is no "với" of what it has: "giới thiệu với Đảng ủy 13
        # đoàn viên ưu tú")
        # (nor past a predicate the subject has of its own: "mỗi đoàn viên được giới thiệu đều
        # được phân công 1 đảng viên theo dõi", probes117)
        if re.search(
            r"\b(?:đều|cũng)\s+được\s+(?!(?:kết nạp|giới thiệu|thành lập|tập huấn)\b)",
            between,
            re.I,
        ):
            return None
        unpartied = _WITH_THE_PARTY_RE.sub(" ", between)
        if re.search(r"\b(?:với|gồm)\b", unpartied, re.I) and not new_ones and not with_boats:
            return None
        # Grown into is no count done: "tổ chức Công đoàn CAND đã phát triển thành 299 công đoàn
        # cơ sở" (its size)
        if re.match(r"\s*thành\b", between, re.I):
            return None
        # Unions merged are not founded: "được thành lập trên cơ sở sáp nhập 4 NĐ xe ôm".
        # Nor a union made of others: "Công đoàn phường Thanh Miếu được thành lập trên cơ sở của
        # 33 công đoàn cơ sở ... hợp thành".
        # "xem xét kết nạp" is what those introduced are for, not a deed for a count after it:
        # "giới thiệu 45 công nhân ưu tú cho Chi bộ xem xét kết nạp Đảng, trong đó 18 người là …"
        if "," in between and re.search(
            r"xem xét,?\s*(?:bồi dưỡng,?\s*)?$", left[: verb.start()], re.I
        ):
            return None
        # A reward's condition is no count: "thưởng 500.000 đồng cho mỗi CĐCS kết nạp được từ 50
        # đoàn viên trở lên".
        # (a target handed to each is a plan: "giao chỉ tiêu cho mỗi công đoàn cấp trên cơ sở kết
        # nạp từ 150–200 đoàn viên")
        if re.search(r"(?<!chỉ tiêu )\bcho\s+mỗi\s+[^\d,;]{0,30}$", left[: verb.start()], re.I):
            return None
        # Nor is the bar that units counted passed: "Số CĐCS kết nạp trên 300 đoàn viên năm 2024:
        # Đức Hòa 4; …" (probes505), as "Có 12 CĐCS kết nạp trên 300 đoàn viên" is not.
        # (nor units said bare before a floor: "Đơn vị kết nạp từ 300 đoàn viên trở lên: 5 (Kỳ
        # Anh, …)", probes512)
        units = re.search(
            rf"(?:^|\bsố\s+(?:lượng\s+)?|[,;:(]\s*)(?:{w.CDCS_WORDS}|đơn vị|doanh nghiệp)"
            r"\s+(?:đã\s+)?$",
            left[: verb.start()],
            re.I,
        )
        floor = re.match(r"[^,;:\d]{0,30}?\btrở lên\b", sentence[item.unit_end :], re.I)
        if units and (floor or (quantity.qualifiers and "số" in units.group(0).lower())):
            return None
        # A programme's name is no count: "thực hiện Chương trình phát triển 1 triệu đoàn viên
        # của Tổng Liên đoàn".
        # (a deed's name: not "năm đầu thực hiện chương trình có thêm 655,3 nghìn đoàn viên mới")
        if (
            # (its name in quotes too: "Chương trình ‘Phát triển 1 triệu đoàn viên’", probes414)
            re.search(
                r"\b(?:chương trình|đề án|cuộc vận động)\s*[“‘\"']?\s*$", left[: verb.start()], re.I
            )
            and not re.search(r"[,;]", left[verb.end() :])
            and not verb.group(0).lower().startswith("có thêm")
        ):
            return None
        # Nor unions taken over or handed on: "hoàn thành việc thành lập 129 công đoàn xã, phường,
        # đồng thời tiếp nhận 1.847 CĐCS với gần 112.000 đoàn viên".
        if re.search(
            r"sáp nhập|hợp nhất|giải thể|trên cơ sở|hợp thành|tiếp nhận|chuyển giao|bàn giao|"
            r"điều chuyển|chuyển về",
            between,
            re.I,
        ):
            return None
        # "nâng tổng số đoàn viên mới kết nạp trong 6 tháng đầu năm là 93": a total again (the
        # sum of the sentence's counts, h2-006); but the period's count when its percent of the
        # plan follows, "nâng tổng số Công đoàn cơ sở thành lập mới là 15 đơn vị, đạt 93,75 % chỉ
        # tiêu giao trong năm 2023" (H31-055), whatever the noun's length.
        # ("Tổng số đoàn viên kết nạp mới là 3.456 người" is the count recruited)
        if _RAISED_TOTAL_RE.search(
            left, max(0, verb.start() - 50), verb.start()
        ) and not _PLAN_PERCENT_NEXT_RE.match(sentence, item.unit_end):
            return None
        verb_text, span_start = verb.group(0), window_start + verb.start()
        if share_first:
            span_start = quantity.start  # (the share keeps its own words)
        local = (
            left[verb.start() :]
            + sentence[quantity.start : item.unit_end]
            + right
            + after_its_list(sentence, item)
        )
        # "số được giới thiệu cho Đảng là 450 người, số được kết nạp là 312 người" (a tally of
        # those admitted; not "..., kết nạp 320 đoàn viên mới", the union's recruits)
        # (or "trong đó được kết nạp 61 người"; or the Party that admits them named: "giới thiệu
        # 567 Đoàn viên ưu tú cho Đảng và được Đảng xem xét, kết nạp 331 Đoàn viên", H40-021;
        # "…, đã được kết nạp 285 đồng chí")
        if (
            _ADMITTED_FROM_THE_INTRODUCED_RE.search(left[: verb.start()])
            and verb_text.lower().startswith("kết nạp")
            and _among(quantity, previous)
            and _admitted_among(sentence, item, previous, window_start, 0)
        ):
            local = "vào Đảng " + local
        # (those introduced again, the Party named earlier in the sentence: "giới thiệu 1.270 đoàn
        # viên ưu tú cho Đảng; năm 2023, quận phấn đấu giới thiệu 1.300 đoàn viên")
        if verb_text.lower().startswith("giới thiệu") and _INTRODUCED_EARLIER_RE.search(
            sentence, 0, window_start + verb.start()
        ):
            local = local + " cho Đảng"
        # what a body founded has, not what it founded: "Công đoàn phường Long Bình được thành lập
        # ngày 1/7/2025 trên cơ sở sắp xếp lại tổ chức, khi ra mắt có 64 CĐCS trực thuộc" (probes57)
        if verb_text.lower().startswith(w.FOUND_VERBS) and re.fullmatch(
            r"\s*,?\s*(?:đã\s+)?(?:có|gồm)\s*(?:tổng số\s*)?", between, re.I
        ):
            return None
        located = re.search(r"\b(?:ở|tại|của|cho)\s*$", between)
        if located and verb_text.lower().startswith(w.FOUND_VERBS):
            # "thành lập công đoàn cơ sở tại 13 doanh nghiệp" ("… của 02 Công ty", "trao quyết
            # định thành lập CĐCS cho 3 doanh nghiệp"): 13 founded;
            # "thành lập mới Ban Nữ công quần chúng ở 9 công đoàn cơ sở": something else founded
            # at 9 unions.
            # (the decision founding them handed "cho" them: "trao quyết định thành lập cho 5
            # CĐCS với 1.214 đoàn viên", probes621, probes623)
            handed = item.kind == "cdcs" and _FOR_THOSE_IT_FOUNDS_RE.search(left[: verb.end()])
            if not handed:
                if not (w.CDCS_UNIT.search(between) and item.kind == "enterprise"):
                    return None
                item = Counted(quantity, "cdcs", item.unit_end)
        # "... được các cấp ủy Đảng xem xét, bồi dưỡng, kết nạp 6.811 người": the Party admits
        # (the Party admits, it does not train: "…, giới thiệu 1.312 đoàn viên ưu tú cho Đảng xem
        # xét, đào tạo, bồi dưỡng cho 1.200 cán bộ công đoàn" trains union officials).
        admitter = w.PARTY_ADMITTER.search(left, max(0, verb.start() - 60), verb.start())
        admits = verb_text.lower().startswith("kết nạp")
        # (not past a clause with a subject of its own: "…, mỗi CĐCS giới thiệu ít nhất 1 đoàn viên
        # ưu tú cho Đảng, toàn tỉnh kết nạp mới 35.000 đoàn viên")
        # (members plainly, with no Party and nothing outstanding said of them, are the union's
        # own: "giới thiệu 1.312 đoàn viên ưu tú cho Đảng, kết nạp 6.800 đoàn viên")
        # (a Party that considers them right before admits them: "được Đảng xem xét kết nạp 138 ĐV")
        # ("giới thiệu ít nhất 60 đoàn viên ưu tú cho Đảng và kết nạp 250 đoàn viên mới")
        plain_members = (
            admitter is not None
            and re.search(r",|\bvà\b", left[admitter.end() : verb.start()])
            and admitter.group(0).lower().startswith(("cho", "để", "vào"))
            and re.match(w.MEMBER_WORDS, sentence[quantity.end : item.unit_end].strip(), re.I)
            and not w.OUTSTANDING.search(local)
            and not w.is_party(local)
        )
        # (or a Party committee the subject of the deed, no union's between: "Năm 2017, Đảng ủy
        # Khối các cơ quan tỉnh đã kết nạp 63 đoàn viên công đoàn ưu tú", probes99; whose they are,
        # the union's or its own, _metric tells by the noun)
        committee = _PARTY_COMMITTEE_ADMITS_RE.search(left[: verb.start()])
        if admits and (
            (
                admitter
                and not plain_members
                and ";" not in left[admitter.end() : verb.start()]
                and not _ANOTHER_SUBJECT_RE.search(left, admitter.end(), verb.start())
            )
            or (committee and not w.UNION.search(committee.group(0)))
        ):
            local = "vào Đảng " + local
    else:
        # "Kết quả, có 1.500 đoàn viên được kết nạp" is done; "hiện cả nước đã có 50 Nghiệp đoàn
        # ... được thành lập" is a stock.
        near = left[-40:]
        stock = w.STOCK_BEFORE.search(near)
        done = re.search(r"\bcó\s*$", near) and "hiện" not in near.lower()
        # "..., với 11.597 ĐV mới được kết nạp": newly admitted, said with "với"
        newly = (
            stock
            # "Trong tổng số 1.850 đoàn viên được kết nạp, có 1.230 …": the whole of those done;
            # "3 đợt kết nạp tập trung với tổng cộng 264 công nhân được kết nạp"
            and re.fullmatch(
                # ("Trong 25 quần chúng ưu tú được Công đoàn cơ quan … giới thiệu, 19/25 người …")
                # (or those represented at the ceremony: "đại diện cho 418 công nhân lao động trong
                # Công ty được kết nạp vào tổ chức Công đoàn", heldout31)
                r"(?:với(?:\s+tổng (?:số|cộng))?|trong(?: (?:tổng )?số)?|tổng cộng"
                r"|đại diện cho)\s*",
                stock.group(0),
                re.I,
            )
            and (
                passive.group("verb")
                or passive.group("bare")
                or passive.group("bare2")
                or passive.group("agent_verb")
                # (unions born: "Với 3 CĐCS vừa ra mắt, Công đoàn Khu kinh tế Vân Phong nâng tổng
                # số CĐCS trực thuộc lên 87 đơn vị", probes378)
                or passive.group("born")
            )
        )
        # "… là một trong 5 CĐCS được thành lập tại KCN trong năm 2024": the five were founded
        one_of = re.search(r"\bmột trong(?: số)?\s*$", near, re.I)
        if stock and not done and not newly and not one_of:
            return None
        # "Tính đến nay, có 62 công đoàn cơ sở ... được thành lập", "đến nay đã có 160 nghiệp đoàn
        # được thành lập với gần 18.000 đoàn viên": how many there are, with no start of a period
        # ("Từ đầu năm đến nay, đã có 560 công nhân ... gia nhập" is the period's)
        # Those who need to be, must be or are not yet are no count done: "trong tổng số 1.150 cán
        # bộ công đoàn cơ sở cần được bồi dưỡng theo kế hoạch", "số lao động chưa được kết nạp".
        # (nor those who may: "khoảng 150.000 lao động nước ngoài … có thể gia nhập công đoàn")
        # (in lower case: a name is no need, "Nhà máy Cần Thơ")
        # (a place with no union yet is no count undone: "1.380 CNLĐ tại các doanh nghiệp chưa có
        # công đoàn đã tự nguyện gia nhập", probes61)
        if re.search(
            r"\b(?:cần|phải|chưa|có thể|được phép)\b",
            _NO_UNION_YET_RE.sub(" ", passive.group(0)),
        ):
            return None
        # (not those admitted among the introduced: "giới thiệu 96 công nhân ưu tú …; đến nay đã
        # có 71 người được kết nạp")
        # (or among those introduced named with no number: "trong số đoàn viên được giới thiệu có
        # 1.389 người đã được chi bộ, đảng bộ cơ sở kết nạp", probes102)
        introduced = _admitted_among(sentence, item, previous, window_start, passive.end()) or bool(
            _AMONG_THE_INTRODUCED_RE.search(left)
        )
        # (nor union members admitted to the Party so far, no stock: "Đến nay, đã có 29 đoàn viên
        # công đoàn được kết nạp vào Đảng", probes96)
        if (
            _CUMULATIVE_RE.search(left)
            and not introduced
            and not re.search(r"\btừ\b[^,;]*(?:đến|tới) nay", sentence[: quantity.start], re.I)
            and not _INTO_THE_PARTY_AFTER_RE.match(sentence, item.unit_end)
        ):
            return None
        verb_text = (
            passive.group("verb")
            or passive.group("bare")
            or passive.group("bare2")
            or passive.group("agent_verb")
            or ("thành lập" if passive.group("born") else None)
            or ("giới thiệu" if passive.group("considered") or passive.group("handed") else None)
            or "kết nạp"
        )
        # A Party organ admitting those it found itself: "10 công nhân, kỹ sư ưu tú tại CCN Diên Phú
        # đã được Chi bộ nòng cốt kết nạp vào Đảng sau thời gian được chi bộ trực tiếp phát hiện,
        # bồi dưỡng" (not union members by name, and no union introduced them)
        if (
            passive.group("agent_verb")
            and _PARTY_AGENT_RE.search(passive.group(0))
            and not _UNION_MEMBER_WORD_RE.match(sentence[quantity.end : item.unit_end].strip())
            and not re.search(r"giới thiệu", sentence, re.I)
            # (not those of the ones said before: "Trong số này, 173 người đã được các chi, đảng bộ
            # cơ sở kết nạp vào Đảng", probes96; "đã có 35 người trong số này được các chi bộ …")
            and not re.match(rf"\W*{w.AMONG_THEM}\b", sentence, re.I)
            and not re.search(rf"\b{w.AMONG_THEM}\b", passive.group(0), re.I)
            # (nor under a headline or sa-pô of the union's introductions, whose people they are,
            # probes124)
            and not party_source
        ):
            return None
        span_start = quantity.start
        local = sentence[quantity.start : item.unit_end] + right
        # "giới thiệu 1.027 quần chúng ưu tú để Đảng bồi dưỡng kết nạp, trong đó 229 quần chúng
        # được kết nạp": admitted among those introduced, if nothing else is counted in between.
        # (or admitted by a Party organ, of those a union introduced: "5 giáo viên trẻ của trường
        # được Chi bộ kết nạp, đều là đoàn viên do Công đoàn trường giới thiệu", probes99)
        party_agent = passive.group("agent_verb") and _PARTY_AGENT_RE.search(passive.group(0))
        if passive.group("ranks") or introduced or party_agent:
            # "giới thiệu 28.309 đoàn viên ưu tú cho Đảng và có 7.340 người được kết nạp"
            local = "vào Đảng " + local
        # the Party named with the deed just before: "dẫn đầu về giới thiệu đoàn viên ưu tú cho
        # Đảng, với 218 đoàn viên được giới thiệu"
        elif verb_text.lower().startswith("giới thiệu") and _INTRODUCED_TO_THE_PARTY_RE.search(
            sentence, max(0, quantity.start - 120), quantity.start
        ):
            local = "cho Đảng " + local
    unit = item.kind
    if unit == "official_or_member":
        unit = "official" if verb_text.lower().startswith(w.TRAIN_VERBS) else "member"
    # people said to be officials: "tập huấn … cho 215 người là Ủy viên Ban Chấp hành, …"
    if (
        unit == "member"
        and verb_text.lower().startswith(w.TRAIN_VERBS)
        and _said_to_be_officials(sentence, item)
    ):
        unit = "official"
    if (
        unit == "trainee"
        and quantity.relation != "of"
        and verb_text.lower().startswith(w.TRAIN_VERBS)
        and (
            re.search(rf"\bcho\s+(?:(?:{w.QUALIFIER})\s+)?$", left)
            # (or attendances alone after a training of officials: "… bồi dưỡng 640 lượt",
            # figure.unit_of)
            or sentence[quantity.end : item.unit_end].strip().lower() == "lượt"
        )
        # not "cho 450 học viên là đoàn viên, người lao động về pháp luật lao động"
        and not w.RANK_AND_FILE.match(sentence, item.unit_end)
    ):
        unit = "official"  # "tập huấn, bồi dưỡng ... cho gần 1.980 lượt học viên"
    unit_word = sentence[quantity.end : item.unit_end].strip()
    if _a_firms_workforce(sentence, item):
        return None
    # (unions that have not yet done something, counted after a founding said of them: "Hoạt động
    # của các CĐCS mới thành lập còn nhiều khó khăn, có 7 CĐCS chưa tổ chức được hội nghị người
    # lao động", probes887)
    if unit == "cdcs" and _NOT_YET_DONE_AFTER_RE.match(sentence, item.unit_end):
        return None
    # (unions a members' deed is handed to, none founded: "… tổ chức hội nghị giao chỉ tiêu phát
    # triển đoàn viên năm 2024 cho 46 CĐCS trực thuộc", probes843; a founding's decision handed to
    # them is one, "trao quyết định thành lập cho 5 CĐCS")
    if (
        unit == "cdcs"
        and not verb_text.lower().startswith(("thành lập", "ra mắt", "công nhận"))
        and _HANDED_TO_RE.search(left)
    ):
        return None
    # (a quote's verb reaches no further than the quote: not who said it, "“… năm nay mới kết nạp
    # lại được hơn hai nghìn”, một cán bộ LĐLĐ tỉnh nói", probes355)
    if verb is not None and re.search(r"”\s*,", left[verb.end() :]):
        return None
    # (the Party's new members counted by name, no union's: "số đảng viên mới được kết nạp trong
    # khối doanh nghiệp tư nhân của tỉnh Bắc Giang là 230 người", probes358)
    if (
        verb is not None
        and _PARTY_MEMBERS_COUNTED_RE.search(left, 0, verb.end())
        and not w.UNION.search(sentence)
    ):
        return None
    found = _metric(verb_text, unit, unit_word, local, youth, sentence, party_source)
    if found is None or (found[0] == "doan_vien_ket_nap" and w.ANOTHER_BODY.search(local)):
        return None
    if found[0] == "can_bo_tap_huan" and (
        w.ANOTHER_BODYS_OFFICIALS.match(sentence, item.unit_end)
        # (those graded at a course's end are some of those trained: "Kết thúc khóa học, 127 cán
        # bộ công đoàn đạt loại khá, giỏi")
        or _GRADED_AFTER_RE.match(sentence, item.unit_end)
    ):
        return None
    metric, stage = found
    # people persuaded who only applied have not joined yet (CONVENTIONS.md): "chỉ sau hai tuần
    # vận động đã có hơn 300 người tự nguyện viết đơn gia nhập" (probes182, as H17-009 and H17-018)
    # (an item of a list too, whatever the list's verb: "64 công nhân đăng ký gia nhập công đoàn,
    # 12 người khác viết đơn xin gia nhập", probes353)
    if (
        metric == "doan_vien_ket_nap"
        and (
            not verb_text.lower().startswith(("kết nạp", "phát triển"))
            or (verb is None and passive is None)
        )
        and _APPLIED_RE.match(sentence, item.unit_end)
    ):
        return None
    # "18 CĐCS được thành lập lại sau khi sáp nhập đơn vị": founded again, not new
    after_verb = (
        left[verb.end() :]
        if verb is not None
        else sentence[item.unit_end + passive.end() :]
        if passive is not None
        else ""
    )
    if metric == "cdcs_thanh_lap" and re.match(r"\s*lại\b", after_verb):
        return None
    # "19 CĐCS mới thành lập ..., có 700 CĐCS đạt vững mạnh": a rating after the count makes it
    # an indicator, unless the founding verb stands right before the count.
    adjacent = verb is not None and len(left[verb.end() :].split()) <= 2
    if (
        metric == "cdcs_thanh_lap"
        and other_label(right, "cdcs")
        # ("phấn đấu kết nạp 2.500 đoàn viên, phát triển 8 CĐCS, 85% CĐCS đạt vững mạnh",
        # probes145: unions "developed" are founded)
        and not (verb_text.lower().startswith((*w.FOUND_VERBS, "phát triển")) and adjacent)
    ):
        return None
    # People admitted, said bare after the sentence's admissions to the Party, are the Party's:
    # "… đã có 61 người được kết nạp vào Đảng, chiếm 63,5%; Nông trường Bình Sơn và Nông trường
    # An Viễng lần lượt có 14 và 11 người được kết nạp" (probes457)
    if (
        metric == "doan_vien_ket_nap"
        and verb is None
        and passive is not None
        and sentence[item.quantity.end : item.unit_end].strip().lower() == "người"
        and re.match(r"\s*(?:[.;,]|$)", sentence[item.unit_end + passive.end() :])
        and _ADMITTED_TO_THE_PARTY_RE.search(sentence, 0, item.quantity.start)
    ):
        metric, stage = "dang_vien_gioi_thieu", "admitted"
    # (people said not to be members, or to leave: see _NO_MEMBERS_RE)
    if _said_no_members(sentence, item):
        return None
    kind = plan_or_result(sentence, span_start, quantity)
    # what will be done, said after the count: "Khoảng 400 chủ tịch, phó chủ tịch CĐCS sẽ được tập
    # huấn về Luật Công đoàn"
    if verb is None and passive is not None and re.search(r"\bsẽ\b", passive.group(0), re.I):
        kind = "plan"
    # the verb after its count is part of what states it: "86 quần chúng ưu tú là đoàn viên công
    # đoàn được kết nạp vào Đảng, đạt 143% chỉ tiêu"
    # (not past another count on the way to the verb: "4 CĐCS mới với 387 đoàn viên đã ra mắt")
    end = (
        item.unit_end + passive.end()
        if verb is None and passive and not re.search(r"\d", passive.group(0))
        else item.unit_end
    )
    figure = counted_figure(metric, kind, span_start, end, quantity, stage=stage, verb=verb_text)
    stated = _target_after_unit(sentence, end, unit_word) or _target_compared(sentence, end)
    if stated and _a_target_of_the_other_indicator(sentence, stated, metric):
        stated = None
    # (a count set over its target with "/" is what was done of it, whatever heads the list: "Các
    # chỉ tiêu chủ yếu năm 2024 của LĐLĐ tỉnh Vĩnh Long: thành lập 14 CĐCS/chỉ tiêu 12, đạt
    # 116,7%; …", probes935)
    if stated and kind == "plan" and _SET_OVER_RE.match(stated.group(0)):
        kind = "result"
        figure = counted_figure(
            metric, kind, span_start, end, quantity, stage=stage, verb=verb_text
        )
    if stated and quantity.relation is None and kind == "result":
        # "phát triển mới được 4.215 đoàn viên/4.000 chỉ tiêu, đạt 105,4%"
        figure.target, end = _target_stated(stated, sentence), stated.end()
        figure.end = end
    percent = percent_after(sentence, end, quantity, metric)
    if (
        percent
        and verb is None
        and passive is None
        and previous.percent is None
        # a list of one thing, "thành lập mới 02 CĐCS và 01 Nghiệp đoàn nghề cá, đạt 150%", leaves
        # it to the count it follows
        and previous.metric != metric
        # (a share of the workforce stays the members': "… với tổng số 640 đoàn viên (đạt tỷ lệ
        # 80% số lao động)")
        and not (metric == "doan_vien_ket_nap" and percent[1] == "rate")
    ):
        # A percent after a list under one verb is the list's head's: "Phát triển 858.886 đoàn
        # viên, 3.296 công đoàn cơ sở, đạt 53,55%"; "thành lập 18 CĐCS với 3.000 đoàn viên,
        # vượt 30% kế hoạch tỉnh giao".
        previous.percent, previous.percent_kind, qualifier, _ = percent
        if qualifier:
            previous.qualifiers["percent"] = qualifier
        percent = None
    if percent:
        take_percent(figure, percent)
        # a bare percent in brackets after the plan's number is what was done of it: "thành lập
        # 16 CĐCS so với chỉ tiêu 12 (133%)"
        if stated and figure.percent_kind == "rate" and _BARE_PERCENT_RE.match(sentence, end):
            figure.percent_kind = "of_target"
        # (or the count over the target in brackets: "đạt 117,7% chỉ tiêu nghị quyết (412/350)")
        pair = _PAIR_AFTER_THE_PERCENT_RE.match(sentence, figure.end)
        if (
            pair
            and figure.target is None
            and kind == "result"
            and parse_number(pair["a"]) == figure.achieved
        ):
            figure.target, figure.end = parse_number(pair["b"]), pair.end()
        if kind == "result":
            take_the_target_named_after(sentence, figure)
    figure.qualifiers.update(qualifiers_of(quantity, kind, sentence, item.unit_end))
    if passive is not None and verb is None and not re.search(r"\d", passive.group(0)):
        figure.end = max(figure.end, item.unit_end + passive.end())
    # (the count right after the deed: not "hoàn thành 100% chỉ tiêu thành lập CĐCS với 6 CĐCS mới")
    if verb is not None and not left[verb.end() :].strip(" ,"):
        _the_plans_target(sentence, figure, window_start + verb.start())
    return figure


_PAIR_AFTER_THE_PERCENT_RE = re.compile(r"(?:\s+[^\s(),;\d]+){0,3}?" + COUNTS_AFTER_RE.pattern)
_BARE_PERCENT_RE = re.compile(r"\s*\(\s*\d[\d,.]*\s*%\s*\)")


# The count is the plan's, reached by a percent said before it: "đã đạt 64,06% chỉ tiêu kết nạp
# 8.000 đoàn viên năm 2022" (the target, with the percent of it done).
_PERCENT_OF_THE_PLAN_BEFORE_RE = re.compile(
    rf"(?P<verb>{w.PERCENT_VERB})\s+(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<num>{w.PERCENT_NUMBER})"
    rf"\s*%\s*{w.PLAN_NOUN}\s*$",
    re.IGNORECASE,
)


def _the_plans_target(sentence: str, figure: Figure, verb_start: int) -> None:
    before = _PERCENT_OF_THE_PLAN_BEFORE_RE.search(sentence, max(0, verb_start - 60), verb_start)
    if before is None or figure.kind != "result" or figure.percent is not None:
        return
    if figure.target is not None or not all_numbers(figure.achieved):
        return
    figure.target, figure.achieved = figure.achieved, None
    if "achieved" in figure.qualifiers:
        figure.qualifiers["target"] = figure.qualifiers.pop("achieved")
    take_plans_percent(figure, before)
    figure.start = before.start()


_ITS_OWN_DEED_RE = re.compile(
    r"\s*(?:[^\s,;\d]+\s+){0,4}?(?:đã\s+|mới\s+)?"
    # ("…, 1.971 doanh nghiệp nâng mức bữa ăn ca lên 15.000 đồng/suất")
    r"(?:tổ chức|hoàn thành|tiến hành|ký|xếp loại|đạt|được|chưa|không|nâng|tăng|hỗ trợ|chi|trả|"
    # ("52 doanh nghiệp ký kết mới, 18 doanh nghiệp sửa đổi, bổ sung nội dung thỏa ước", probes148)
    # (or still at it: "Thỏa ước: 12 bệnh viện tư nhân ký kết, 3 đơn vị đang thương lượng",
    # probes187)
    r"thực hiện|ban hành|xây dựng|sửa đổi|bổ sung|đang|sẽ)\b",
    re.IGNORECASE,
)


# The period's running total after its last part: "Trong quý III/2025, LĐLĐ tỉnh Gia Lai đã kết
# nạp 2.136 đoàn viên, lũy kế 9 tháng đạt 5.870 đoàn viên, bằng 83,9% kế hoạch năm" (probes66;
# not "lũy kế từ khi tái lập tỉnh", all there ever was: w.RUNNING_TOTAL).
# (or the term's, after a semicolon, of several indicators: "…, thành lập 102 CĐCS; lũy kế từ đầu
# nhiệm kỳ đạt 68.900 đoàn viên và 521 CĐCS", probes307)
_THE_PERIODS_RUNNING_TOTAL_RE = re.compile(
    r"(?:,|^|;)\s*(?:lũy|luỹ) kế\s+(?:\d{1,2}\s+tháng(?:\s+đầu\s+năm)?"
    r"|từ đầu (?:năm|nhiệm kỳ)(?:\s+(?:đến|tới) nay)?"
    r"|cả năm|năm\s+(?:19|20)\d\d)\s*,?\s*(?:đạt|là|được)?\s*"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
_AND_THE_NEXT_RE = re.compile(r"\s*(?:,|và)\s*$")


# ... or what was reached of a plan just named: "được giao chỉ tiêu kết nạp 1.800 đoàn viên; đến
# hết tháng 5 đã đạt 1.214 đoàn viên, bằng 67,4%" (probes70).
_REACHED_SO_FAR_RE = re.compile(
    r"(?:^|[,;])\s*(?:(?:đến|tới|tính đến)\s+(?:nay|hết|cuối|ngày)[^,;\d]{0,30}?"
    r"(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{4})?|\d{1,2})?\s*,?\s*)?(?:đã|mới|chỉ)\s+(?:đạt|được)\s*"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


def _the_periods_running_total(
    sentence, item, left, previous: Figure, figures: list[Figure]
) -> Figure | None:
    if item.kind in _UNIT_OF_METRIC.get(previous.metric, ()) and (
        (previous.kind == "result" and _THE_PERIODS_RUNNING_TOTAL_RE.search(left))
        or (previous.kind == "plan" and _REACHED_SO_FAR_RE.search(left))
    ):
        figure = _figure_at(sentence, item, previous.metric)
        return _with_percent_after(sentence, figure, item, item.unit_end)
    # (of another indicator the period's results counted: the total's first count, or the next
    # one after it)
    said = _THE_PERIODS_RUNNING_TOTAL_RE.search(left)
    if said is None and _AND_THE_NEXT_RE.fullmatch(left):
        said = _THE_PERIODS_RUNNING_TOTAL_RE.search(sentence, 0, previous.start)
        figures = [f for f in figures if f.metric != previous.metric]
    if said is None:
        return None
    metric = next(
        (
            f.metric
            for f in reversed(figures)
            if f.kind == "result" and item.kind in _UNIT_OF_METRIC.get(f.metric, ())
        ),
        None,
    )
    if metric is None:
        return None
    return _with_percent_after(sentence, _figure_at(sentence, item, metric), item, item.unit_end)


_LOWEST_RATING_AFTER_RE = re.compile(
    r"\s+(?:(?:đạt|xếp loại|được xếp loại|loại)\s+)?(?:trung bình|yếu|kém)\b", re.IGNORECASE
)


def _listed_indicator(sentence, item, left, window_start, previous: Figure) -> Figure | None:
    """The next place an indicator was held, in a list: "tổ chức hội nghị người lao động tại 1
    doanh nghiệp nhà nước và 112 doanh nghiệp ngoài khu vực nhà nước"."""
    if previous.metric != "other" or previous.end != window_start or previous.kind != "result":
        return None
    if item.kind not in ("cdcs", "enterprise") or item.quantity.relation == "of":
        return None
    if not _goes_on_a_list(left, words=5):
        return None
    # not an item that says what it did itself: "161 công đoàn cơ sở hoàn thành tổ chức đại hội và
    # 4 công đoàn cơ sở tổ chức hội nghị vì mới thành lập"
    if _ITS_OWN_DEED_RE.match(sentence, item.unit_end):
        return None
    # nor the rest that did not: "38 trên tổng số 41 CĐCS tổ chức hội nghị …, 3 đơn vị còn lại …"
    if re.match(r"\s*còn lại\b", sentence[item.unit_end :], re.I):
        return None
    # nor one of the lowest ratings, no indicator reached: "Có 118 cơ sở đạt vững mạnh, 20 cơ sở
    # khá, 3 cơ sở trung bình" (probes123)
    if _LOWEST_RATING_AFTER_RE.match(sentence, item.unit_end):
        return None
    quantity = item.quantity
    figure = counted_figure("other", "result", quantity.start, item.unit_end, quantity)
    figure.label = previous.label
    return figure


# (the tally's noun named: "…; số đoàn viên được kết nạp: 131 người", probes81; or the Party's
# organs admitting them: "…; qua xem xét, các chi bộ đã kết nạp 39 đồng chí", probes81)
_ADMITTED_FROM_THE_INTRODUCED_RE = re.compile(
    rf"(?:(?:\bsố(?:\s+(?:đoàn viên|ĐVCĐ|ĐV|người)(?:\s+công đoàn)?)?|{w.AMONG_THEM})\s+"
    # (the clause opening on it: "…: 215 người (đạt 107,5%); được kết nạp: 126 người", probes94)
    r"(?:đã\s+)?(?:được\s+)?|(?:[,;]|^)\s*(?:và\s+)?(?:đã\s+)?được\s+"
    r"|\bđược\s+(?:các\s+)?(?:Đảng|cấp ủy|cấp uỷ|chi bộ|đảng bộ|Đảng ủy|Đảng uỷ|tổ chức Đảng)"
    r"(?:\s+[^\W\d]+){0,3}?\s+xem xét,?\s+(?:và\s+)?"
    r"|[,;]\s*(?:[^,;\d]{0,30},\s*)?(?:các\s+)?(?:cấp ủy|cấp uỷ|chi bộ|đảng bộ|Đảng ủy|Đảng uỷ|"
    r"tổ chức Đảng)(?:\s+[^\W\d]+){0,3}?\s+(?:đã\s+)?)$",
    re.IGNORECASE,
)


_HIRED_RE = re.compile(
    rf"\btuyển(?:\s+dụng)?(?:\s+(?:mới|thêm|được))*\s+(?:(?:{w.QUALIFIER}|từ)\s+)?$", re.IGNORECASE
)
_PER_UNIT_AVERAGE_RE = re.compile(
    r"\b(?:bình quân|trung bình)\s+(?:mỗi|một)\s+(?!(?:năm|tháng|quý|tuần|ngày|đợt|kỳ)\b)",
    re.IGNORECASE,
)
# (or "one" unit: "Bình quân mỗi năm, một CĐCS doanh nghiệp … tổ chức 2 cuộc đối thoại",
# probes456)
# (or worked out, in a quote: "“Tính ra mỗi công đoàn cơ sở trong ngành kết nạp chừng 12 người một
# năm, …”", probes943)
_EACH_UNIT_OPENS_RE = re.compile(
    r"\s*[“\"]?\s*(?:(?:tính ra|tính ra thì|như vậy)\s*,?\s+)?"
    r"(?P<each>mỗi|một)\s+(?!(?:năm|tháng|quý|tuần|ngày|đợt|kỳ)\b)",
    re.IGNORECASE,
)
# (not a rating: "xếp loại trung bình")
# (or of each year: "Bình quân mỗi năm, mỗi CĐCS trong ngành giới thiệu từ 1 đến 2 đoàn viên ưu
# tú", probes312)
_AN_AVERAGE_SAID_RE = re.compile(
    r"\b(?:bình quân|(?<!loại )trung bình)(?:\s+(?:mỗi|hằng|hàng)\s+(?:năm|tháng|quý))?\s*,",
    re.IGNORECASE,
)


# What happens now and then is no count of a time: "“Có tháng chúng tôi thành lập được 10, 11 công
# đoàn cơ sở”" (probes252), "có năm Đảng ủy kết nạp tới 20 người" (probes106), "Có nơi chúng tôi
# vận động kết nạp 10 người thì …" (probes123).
_NOW_AND_THEN_RE = re.compile(
    # (or after a word of speech: "Thật ra có tháng chúng tôi thành lập được 3, 4 CĐCS", probes308)
    r"(?:^|[,;:“\"(]|\b(?:và|nhưng|vì|mà|thì|cũng|[Tt]hật ra|[Tt]hực ra|[Tt]hực tế)\b)"
    # ("những" before it: "Có những tháng cao điểm, Công đoàn các KCN Long An kết nạp được 3.000
    # đoàn viên, nhưng …", probes929)
    r"\s*[Cc]ó\s+(?:những\s+)?(?:tháng|năm|nơi|lúc|đợt|hôm|tuần|quý|kỳ|"
    # (or some unit, no number said: "“Có doanh nghiệp đầu năm kết nạp được 200 người thì cuối
    # năm nghỉ việc mất một nửa”", probes280)
    r"khi|dịp|doanh nghiệp|đơn vị|công ty|chỗ)\b"
    # (a count said as two in speech too: "“Có tuần chúng tôi kết nạp được 200, 300 người”",
    # probes277)
    # (its subject after a comma: "Có tháng, LĐLĐ tỉnh thành lập được 6, 7 CĐCS", probes348)
    # (the second of two counts said as one: "Có tháng, LĐLĐ thành phố Long Xuyên kết nạp được
    # 100, 120 đoàn viên", probes369)
    # (not past a contrast or a colon: "Có nơi phải ba lần mời giám đốc mới ngồi vào bàn, nhưng kết
    # quả cuối năm cho thấy …: 412/437 doanh nghiệp …", probes555)
    # (or said in turn: "Có tháng, Công đoàn phường Tân Uyên và Công đoàn phường Tân Khánh kết nạp
    # lần lượt tới 300 và 250 đoàn viên", probes932)
    r"[^,;.%:]*(?:,\s*(?!nhưng\b|song\b|tuy nhiên\b)[^,;.%\d:]*)?(?:\d[\d.]*\s*(?:,|và)\s*)?$"
    # (or "whichever": "“Tháng nào vận động được 5, 7 người vào công đoàn là mừng lắm rồi”",
    # probes291)
    # (after "thì" too: "Công nhân mới vào thì tháng nào mình cũng kết nạp, …", probes196)
    r"|(?:^|[,;:“\"(]|\bthì\b)\s*(?:[Tt]háng|[Nn]ăm|[Tt]uần|[Qq]uý|[Đđ]ợt|[Hh]ôm)\s+nào\b"
    r"[^,;.%]*(?:,\s*)?$"
    # (or the months with few and with many: "tháng ít thì vài chục, tháng nhiều thì một, hai
    # trăm người", probes196)
    r"|(?:^|[,;:“\"(])\s*(?:[Tt]háng|[Nn]ăm|[Tt]uần|[Qq]uý|[Đđ]ợt|[Hh]ôm|[Nn]ơi|[Cc]hỗ)\s+"
    r"(?:ít|nhiều|cao|thấp|đông|vắng)(?:\s+nhất)?\s+thì\s*(?:(?:[^,;.%\d\s]+\s+){0,3})?$",
)


# How many more than a year before is no count done: "Số đoàn viên kết nạp năm nay cao hơn năm
# trước 1.200 người" (the difference).
_MORE_THAN_A_YEAR_BEFORE_RE = re.compile(
    r"\b(?:cao|nhiều|thấp|ít)\s+hơn\s+(?:so với\s+)?(?:cùng kỳ(?:\s+năm\s+(?:trước|ngoái))?|"
    rf"năm\s+(?:trước|ngoái|20\d\d))\s+(?:(?:là|khoảng|{w.QUALIFIER})\s+)?\d",
    re.IGNORECASE,
)


def _more_than_a_year_before(sentence: str, figure: Figure) -> bool:
    """`figure`'s count is how many more than a year before (_MORE_THAN_A_YEAR_BEFORE_RE), not a
    count said with it before its percent ("kết nạp 6.815 đoàn viên, nhiều hơn cùng kỳ năm ngoái
    chừng 900 người, đạt 85,2% kế hoạch năm", probes493)."""
    return any(
        not _set_off_after_the_count(sentence, figure, found)
        for found in _MORE_THAN_A_YEAR_BEFORE_RE.finditer(
            sentence, max(0, figure.start - 80), figure.end
        )
    )


def _set_off_after_the_count(sentence: str, figure: Figure, found: re.Match) -> bool:
    """`found` is a clause of its own after `figure`'s count, which took the percent past it."""
    return (
        figure.percent is not None
        and found.start() > figure.start
        and sentence[figure.start : found.start()].rstrip().endswith(",")
    )


# A count that wins units an award is its bar, no count done: "khen thưởng các đơn vị kết nạp từ
# 500 đoàn viên trở lên trong năm" (probes297).
_AWARDED_AT_RE = re.compile(
    r"\b(?:khen thưởng|biểu dương|tuyên dương|tặng\s+(?:bằng|giấy)\s+khen)\s+(?:cho\s+)?"
    r"(?:các|những)\s+(?:đơn vị|CĐCS|công đoàn(?:\s+cơ sở)?|tập thể|LĐLĐ|cá nhân)\s+"
    r"(?:(?:có|đã)\s+)?$",
    re.IGNORECASE,
)


# ... or praised after it, for doing well at the indicator: "10 CĐCS doanh nghiệp thực hiện tốt
# thỏa ước lao động tập thể được biểu dương" (probes328): units praised, no count of the indicator.
_PRAISED_AFTER_RE = re.compile(rf"[^,;.\d]{{0,40}}?\b{w.PRAISED}", re.IGNORECASE)


def _praised_for_it(sentence: str, figure: Figure) -> bool:
    return figure.metric == "other" and bool(_PRAISED_AFTER_RE.match(sentence, figure.end))


def _now_and_then(sentence: str, figure: Figure) -> bool:
    said = _NOW_AND_THEN_RE.search(sentence, 0, figure.start)
    # (not said in an aside the dash closes before the figure: "… – nơi công nhân làm việc theo
    # con nước, có hôm bắt đầu ca từ 2 giờ sáng – năm 2023 Công đoàn ngành đã …", probes528)
    return bool(said) and not (
        _ASIDE_DASH_RE.search(sentence, 0, said.start())
        and _ASIDE_DASH_RE.search(sentence, said.start(), figure.start)
    )


_ASIDE_DASH_RE = re.compile(r"\s[–—]\s")
# The number of others risen, named before it: "số lao động tham gia bảo hiểm xã hội bắt buộc tại
# các doanh nghiệp … tăng thêm 4.800 người" (probes905) counts no members recruited.
_ANOTHER_NUMBER_NAMED_RE = re.compile(
    r"\bsố\s+(?:lượng\s+)?(?:lao động|người|công nhân|CNLĐ|NLĐ|hội viên|học viên|thanh niên)\b"
    r"(?![^,;]*\b(?:đoàn viên|công đoàn|ĐVCĐ)\b)[^;]*$",
    re.IGNORECASE,
)


def _another_number_risen(sentence: str, figure: Figure) -> bool:
    if figure.metric != "doan_vien_ket_nap" or not (figure.verb or "").lower().startswith("tăng"):
        return False
    clause_start = max(
        (m.end() for m in w.CLAUSE_STOP.finditer(sentence, 0, figure.start)), default=0
    )
    return bool(_ANOTHER_NUMBER_NAMED_RE.search(sentence, clause_start, figure.start))


_EACH_COURSE_RE = re.compile(r"\bmỗi\s+(?:lớp|khóa|khoá|buổi|đợt)\b", re.IGNORECASE)


def _the_size_of_each_course(sentence: str, figure: Figure) -> bool:
    """How many officials each course has is no count trained: "Mỗi lớp tập huấn do Công đoàn KKT
    Nghi Sơn tổ chức trong tháng 7/2025 có từ 60 đến 70 cán bộ công đoàn tham gia" (probes898),
    "mở 4 lớp, mỗi lớp 60 cán bộ". (Not each course's length in brackets: "mở 2 lớp tập huấn (mỗi
    lớp 2 ngày) cho 185 cán bộ công đoàn cơ sở", probes293.)"""
    # (most training figures say no "mỗi lớp": nothing to blank out in them)
    if figure.metric != "can_bo_tap_huan" or not _EACH_COURSE_RE.search(sentence):
        return False
    said = _BRACKETS_RE.sub(lambda m: " " * len(m.group(0)), sentence)
    part = max(said.rfind(",", 0, figure.start), said.rfind(";", 0, figure.start))
    return bool(_EACH_COURSE_RE.search(said, part + 1, figure.end))


def _an_average_done_per_unit(sentence: str, figure: Figure) -> bool:
    """What each unit did on average is no count done: "Bình quân mỗi doanh nghiệp có tổ chức công
    đoàn tổ chức 4 cuộc đối thoại mỗi năm" (probes85). What each is to do is a target: "bình quân
    mỗi CĐCS giới thiệu ít nhất 1 đoàn viên ưu tú cho Đảng" (dev-090); an average per month is the
    period's (probes74)."""
    if figure.kind != "result":
        return False
    # (the comma of communes and wards ends no part: "Bình quân mỗi công đoàn xã, phường kết nạp 38
    # đoàn viên trong năm 2025", probes384)
    said = _COMMUNES_AND_WARDS_RE.sub(lambda m: " " * len(m.group(0)), sentence[: figure.start])
    part = max(said.rfind(","), said.rfind(";"))
    if _PER_UNIT_AVERAGE_RE.search(sentence, part + 1, figure.end):
        return True
    # (the average said in a clause before, each unit in the figure's: "Tính bình quân, mỗi CĐCS
    # khu vực doanh nghiệp kết nạp được 6 đoàn viên", "…, mỗi cán bộ công đoàn chuyên trách phụ
    # trách phát triển 96 đoàn viên", probes307)
    # (or each unit of a kind said with no average: "Mỗi CĐCS thuộc Công đoàn ngành … bình quân
    # kết nạp 6 đoàn viên/năm", "…, mỗi doanh nghiệp ngoài nhà nước kết nạp 15 đoàn viên",
    # probes572; not each of the bodies just named, whose count the probes read as said once,
    # "…, mỗi đơn vị thành lập được 4 CĐCS", probes57; "một" alone is one unit, "một CĐCS mới được
    # thành lập")
    opens = _EACH_UNIT_OPENS_RE.match(sentence, part + 1)
    return bool(
        opens
        and (
            (
                opens["each"].lower() == "mỗi"
                and not _EACH_OF_THOSE_NAMED_RE.match(sentence, opens.end())
            )
            or _AN_AVERAGE_SAID_RE.search(sentence, 0, part + 1)
        )
    )


_EACH_OF_THOSE_NAMED_RE = re.compile(r"(?:đơn vị|nơi|địa phương|bên)\b", re.IGNORECASE)


# Those counted before, referred back to, are no new count: "Khi thành lập, 12 CĐCS này có 468
# đoàn viên", "Sau khi thành lập, 12 CĐCS nói trên đã kết nạp thêm 200 đoàn viên" (gaps the probes
# of 2026-12-03 named; "trên" alone is a place: "12 CĐCS trên địa bàn").
_REFERRED_BACK_RE = re.compile(
    r"(?:\s+(?:công đoàn|CĐ|mới|vừa thành lập|mới thành lập))?\s+(?:này|nói trên|kể trên)\b", re.I
)
_AN_ARTICLE_BEFORE_RE = re.compile(r"\b(?:ở|tại|của|với|cho|từ)\s+$", re.IGNORECASE)
_ITS_SIZE_AFTER_RE = re.compile(
    r"[^,;\d]{0,40}?(?:có\s+)?(?:(?:hơn|gần|trên|khoảng)\s+)?\d[\d.]*\s+"
    r"(?:công nhân|lao động|người lao động|CNLĐ|NLĐ|người)\b",
    re.IGNORECASE,
)
_LOST_BEFORE_RE = re.compile(
    rf"\b(?:giảm|sụt giảm|mất|thôi sinh hoạt|chuyển đi)\s+(?:(?:{w.QUALIFIER})\s+)?$", re.IGNORECASE
)
# The count's rise on a year before, not the count: "So với năm 2021, …, số đoàn viên kết nạp tăng
# 1.068 người" (probes74; "tăng thêm" counts those added: "phát triển tăng thêm 7.500 đoàn viên").
# (nor a stock's change: "số đoàn viên tăng từ 162.000 người năm 2020 lên hơn 187.000 người",
# probes77)
# (past a few words of whose: "số đảng viên được kết nạp từ nguồn công đoàn tăng 41 người",
# probes154)
_RISE_OF_THE_COUNT_RE = re.compile(
    # (or said in turn: "số CĐCS thành lập mới và số đoàn viên kết nạp của LĐLĐ tỉnh Long An năm
    # 2024 tăng lần lượt 12 đơn vị và 1.705 người", probes533)
    # (whose, two bodies named: "Số đoàn viên kết nạp mới năm 2024 của hai huyện Đức Hòa và Bến
    # Lức tăng lần lượt 320 và 215 người so với năm 2023", probes800)
    rf"(?:{w.DEED_VERBS})(?:\s+mới)?(?:\s+(?:[^\s,;\d]+|(?:19|20)\d\d)){{0,12}}?\s+(?:tăng|giảm)\s+"
    rf"(?!thêm\b)(?:(?:{w.IN_TURN.pattern})\s+)?"
    # (in words too: "số kết nạp tăng chừng bốn nghìn người", probes318)
    rf"(?:(?:{w.QUALIFIER})\s+)?(?:\d|(?:{NUMBER_IN_WORDS})\b)"
    rf"|(?:tăng|giảm|phát triển)\s+từ\s+\d[^;]{{0,60}}?\s(?:lên|xuống|còn)\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?\d",
    re.IGNORECASE,
)


def _a_rise_of_the_count(sentence: str, figure: Figure) -> bool:
    """The figure's words say how much its count rose (_RISE_OF_THE_COUNT_RE), its own count the
    rise: not "số đoàn viên kết nạp năm 2023 của huyện tăng 215 người, đạt 1.015 đoàn viên"
    (probes431), whose count is said after the rise."""
    rise = _RISE_OF_THE_COUNT_RE.match(sentence, figure.start)
    if rise is None:
        return False
    # (rises said in turn are all rises: "… tăng lần lượt 12 đơn vị và 1.705 người")
    if w.IN_TURN.search(rise.group(0)):
        return True
    said = re.match(r"[\d.,]*", sentence[rise.end() :])
    return not re.search(r"\d", sentence[rise.end() + said.end() : figure.end])


_ASIDE_NUMBERS_RE = re.compile(
    # (or where they work: "…, trong đó 1.980 người làm việc tại doanh nghiệp FDI; 2.317 người đã
    # được kết nạp", probes94)
    rf"\b(?:{w.AMONG_THEM}),?\s*(?:có\s+)?\d[\d.,]*(?=\s+[^\W\d]+(?:\s+[^\W\d]+)*?\s+"
    r"(?:là|làm việc|công tác|thuộc|đang)\b)"
    rf"|\b(?:bằng|tăng|giảm)\s+(?:(?:{w.QUALIFIER})\s+)?\d[\d.,]*\s*"
    r"(?:%|người|đồng chí|đoàn viên)?\s*so với",
    re.IGNORECASE,
)


def _admitted_among(
    sentence: str, item: Counted, previous: Figure | None, window_start: int, verb_end: int
) -> bool:
    """`item` counts some of those the figure before introduced to the Party: nothing else is
    counted in between, and after a semicolon no more than were introduced, not into the union
    (`verb_end`: where the verb after the count ends, from the count's noun)."""
    if previous is None or previous.stage not in ("introduced", "admitted"):
        return False
    between = sentence[previous.end : item.quantity.start]
    if previous.stage == "admitted":
        # "... được kết nạp vào Đảng, trong đó có 251 đoàn viên ... được kết nạp" (a part of them)
        return bool(re.fullmatch(rf"[^\d;]{{0,20}}{w.AMONG_THEM},?\s*(?:có\s+)?", between, re.I))
    if previous.end == window_start or re.fullmatch(r"[^\d;]{0,80}", between):
        return True
    # "giới thiệu 312 đoàn viên ưu tú cho Đảng; 285 đồng chí đã được kết nạp" (where they were
    # introduced may be said long: "… tại các doanh nghiệp chưa có tổ chức Đảng để Đảng ủy cấp trên
    # xem xét, kết nạp; đến nay đã có 71 người được kết nạp")
    # (past a part of them named, or a comparison with a year before: "…, trong đó có 92 đoàn viên
    # là người dân tộc thiểu số; 241 người đã được kết nạp", "…, bằng 115% so với năm 2018; số được
    # kết nạp là 197 người", probes74)
    between = _ASIDE_NUMBERS_RE.sub(" ", w.DURATION.sub(" ", between))
    return bool(
        re.fullmatch(r"[^\d]{0,160}", between)
        and _among(item.quantity, previous)
        and not _INTO_THE_UNION_RE.match(sentence, item.unit_end + verb_end)
    )


# (whose, however long its name: "Đến nay, CĐCS Công ty TNHH Nidec Việt Nam (Khu Công nghệ cao TP
# Hồ Chí Minh) có 7.950/8.120 lao động tự nguyện gia nhập công đoàn")
_ANOTHER_SUBJECT_RE = re.compile(
    # (the admitter's next deed, "đã" or not: "được các cấp ủy Đảng xem xét, bồi dưỡng, đã kết nạp
    # 6.811 người")
    # (read up to the verb: "đã" is all that stands before it)
    r",\s*(?!(?:và\s+)?(?:đã\s*$|(?:đã\s+)?(?:xem xét|bồi dưỡng|kết nạp|giới thiệu|đào tạo|"
    r"chăm bồi)\b))[^\W\d_]",
    re.IGNORECASE,
)
# (case-sensitive: the next item names a union, capitalised, not "công đoàn" in a phrase)
_NEXT_OF_A_RANKING_RE = re.compile(
    r"[^,;\d()]{0,20}?(?:\s*\([^()]*\))?\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)"
    r"(?:tiếp (?:đến|theo) là\s+)?"
    # (a name, not a clause of its own: "…, LĐLĐ huyện cũng hỗ trợ 20 đoàn viên")
    r"(?:CĐCS|LĐLĐ|Công đoàn|Nghiệp đoàn|Liên đoàn Lao động)\b"
    rf"(?:(?!\b(?:{w.OWN_CLAUSE_WORDS})\b)[^,;\d]){{0,100}}?\s(?:với\s+)?"
)
_WITH_THE_PARTY_RE = re.compile(
    r"\bvới\s+(?:các\s+)?(?:tổ chức\s+)?(?:Đảng|chi bộ|cấp ủy|cấp uỷ|Đảng ủy|Đảng uỷ)\b"
    r"[^,;\d]{0,30}"
)
_WITH_THEIR_BOATS_RE = re.compile(
    r"\s*(?:thêm\s+)?\d[\d.]*\s+(?:tàu|thuyền|phương tiện)\b[^,;\d]{0,20}\bvới\s*$", re.IGNORECASE
)
_SHARE_LISTED_FIRST_RE = re.compile(
    rf"\s*cho\s+(?:(?:{w.QUALIFIER})\s+)?\d+(?:,\d+)?\s*%[^,;%\d]{{0,60}}\svà\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
# Organisations of other bodies founded, listed before a union's: "64 tổ chức đảng với 698 đảng
# viên; ", "5 chi bộ, ".
_FOUNDED_BEFORE_RE = re.compile(
    r"(?:\s*(?:mới\s+)?(?:được\s+)?\d[\d.]*\s+(?:tổ chức|chi bộ|đảng bộ|chi đoàn|chi hội|hội)\b"
    r"[^;,\d]{0,40}?(?:\s+với\s+\d[\d.]*\s+[^;,\d]{1,30}?)?\s*[;,])+\s*",
    re.IGNORECASE,
)
# A total raised, said before the deed its noun names: "nâng tổng số đoàn viên kết nạp mới …".
_RAISED_TOTAL_RE = re.compile(r"nâng\s+tổng số(?:\s+\S+){0,5}\s*$", re.IGNORECASE)
# (raised "lên" a count, "đưa" too, or "số" alone: "… đưa số kết nạp 5 tháng đầu năm lên 1.042
# đoàn viên, đạt 69,5% chỉ tiêu", "nâng số đoàn viên kết nạp quý I lên 2.210 người, …", probes663)
_RAISED_TO_RE = re.compile(r"(?:nâng|đưa)\s+(?:tổng\s+)?số(?:\s+\S+){0,5}\s*$", re.IGNORECASE)
# The plan's percent right after a count: "…, đạt 93,75 % chỉ tiêu giao".
_PLAN_PERCENT_NEXT_RE = re.compile(
    rf"(?:\s+[^\s,;\d]+){{0,2}}\s*,?\s*{w.PERCENT_VERB}\s+(?:(?:{w.QUALIFIER})\s+)?"
    rf"\d[\d,.]*\s*%\s*(?:so với\s+)?{w.PLAN_NOUN}",
    re.IGNORECASE,
)
_FOUNDING_LIST_HEAD_RE = re.compile(
    rf"\b(?:thành lập|ra mắt)(?:\s+mới)?(?:\s+được)?{_FOUNDED_BEFORE_RE.pattern}$", re.IGNORECASE
)
_ANOTHER_COUNT_RE = re.compile(
    r"\b\d[\d.,]*\s*%|\b\d[\d.]*\s+(?:lớp|khóa|khoá|tổ|đợt|buổi|cuộc)\b", re.IGNORECASE
)

# (but the parts of the courses said in an aside are no other count: "đã mở 9 lớp tập huấn (trong
# đó 4 lớp trực tuyến) cho 1.036 lượt cán bộ công đoàn cơ sở", probes949)
_PARTS_IN_AN_ASIDE_RE = re.compile(r"\(\s*(?:trong đó|gồm|bao gồm)\b[^()]*\)", re.IGNORECASE)
_INTO_THE_PARTY_AFTER_RE = re.compile(r"[^,;]{0,60}?\bkết nạp\s+(?:vào\s+)?Đảng\b")
# A count that states a condition, no time of its own: "kết nạp 10 người thì mất 14 người", "kết
# nạp 10 người thì có khi 6–7 người đã nghỉ việc" (probes73, probes116); not a comparison of
# times, "Năm 2023 kết nạp 500 đoàn viên thì năm 2024 đã lên 800".
# ("Kết nạp 10 người mà mất 14 người thì rất đáng lo", probes138)
_THEN_AFTER_RE = re.compile(
    # ("kết nạp một người mà người ta bỏ đi thì cũng như không", "kết nạp 100 người mà năm sau 50
    # người bỏ thì không được", probes146, probes153)
    r"\s*(?:mà\s+(?:[^\s,;.]+\s+){0,4}?(?:mất|giảm|nghỉ|bỏ)\b[^,;.]{0,40}?\s)?"
    r"(?:[^\s,;\d]+\s+)?thì\b",
    re.IGNORECASE,
)
_A_TIME_BEFORE_RE = re.compile(
    # (any year is no time: "Có tỉnh một năm kết nạp 10 người thì mất tới 14 người", probes376)
    r"(?<!một )(?<!mỗi )(?<!hằng )(?<!hàng )"
    r"\b(?:năm|tháng|quý|nhiệm kỳ|đợt|tuần|hôm|hiện|nay)\b|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)


# (or opened by whoever, its "thì" further on: "Ai vận động được một người vào công đoàn thì được
# thưởng 100.000 đồng", probes428; not "Nếu như năm 2022 … thì năm 2023 …", which sets times
# against each other, probes17)
_CONDITION_OPENS_RE = re.compile(r"(?:^|[,;:“\"])\s*(?:ai|hễ)\b[^,;:.\d]*$", re.IGNORECASE)
_THEN_FURTHER_RE = re.compile(r"[^,;.]{0,60}?\bthì\b", re.IGNORECASE)
_TARGET_NAMED_IN_ITS_CLAUSE_RE = re.compile(
    r"\b(?:chỉ tiêu|kế hoạch|mục tiêu)\b[^,;:.\d]*$", re.IGNORECASE
)
# (a count done after it, not a share: not "So với chỉ tiêu một triệu đoàn viên thì vượt 5%",
# probes327)
_A_COUNT_AFTER_THEN_RE = re.compile(r"\s+thì\b[^,;.\d%]{0,40}?\d[\d.]*(?!\s*%|[\d.,])")


def _a_conditional_count(sentence: str, figure: Figure) -> bool:
    # (introductions too: "“Giới thiệu 10 người thì chỉ 3, 4 người được kết nạp”", probes288)
    counts = (*DEVELOPMENT_COUNTS, "dang_vien_gioi_thieu")
    if (
        figure.metric in counts
        and _CONDITION_OPENS_RE.search(sentence, 0, figure.start)
        and _THEN_FURTHER_RE.match(sentence, figure.end)
    ):
        return True
    if figure.metric not in counts or not _THEN_AFTER_RE.match(sentence, figure.end):
        return False
    # (a whole, not a condition: "Trong số 58 đồng chí được giới thiệu thì đến nay đã có 21 đồng
    # chí được kết nạp", probes116)
    # (or "trong" alone: "Trong 1.236 người do công đoàn giới thiệu thì đã có 702 người được kết
    # nạp", probes318)
    if re.search(r"\btrong(?: (?:tổng )?số)?\s*$", sentence[: figure.start], re.IGNORECASE):
        return False
    # (nor a target named, what was done set against it after "thì": "chỉ tiêu thành lập 150 CĐCS
    # thì mới đạt 131", probes966)
    if (
        figure.kind == "plan"
        and _TARGET_NAMED_IN_ITS_CLAUSE_RE.search(sentence, max(0, figure.start - 60), figure.start)
        and _A_COUNT_AFTER_THEN_RE.match(sentence, figure.end)
    ):
        return False
    # ("cứ" before the deed says it happens each time, whatever time the clause names: "Có tháng
    # chúng tôi kết nạp được 50, 60 đoàn viên, nhưng cứ kết nạp 10 người thì mất 8 người", "Chỉ tiêu
    # năm nào chúng tôi cũng vượt, nhưng cứ kết nạp 10 người thì lại mất 14 người", probes771, 778)
    if _EACH_TIME_RE.search(sentence, 0, figure.start):
        return True
    clause_start = max((m.end() for m in re.finditer(r"[;:]", sentence[: figure.start])), default=0)
    return not _A_TIME_BEFORE_RE.search(sentence, clause_start, figure.start)


_EACH_TIME_RE = re.compile(r"\bcứ\s+(?:(?:là|mỗi|hễ)\s+)?$", re.IGNORECASE)


# A ratio said with "cứ … thì …" is no count done: "Cứ 10 đoàn viên mình giới thiệu thì gần 5
# người được kết nạp" (probes128, 135); one of a count is ("Bà Búp là một trong 21 lao động giúp
# việc nhà được … vận động gia nhập NĐ …", H42-001, and every probe writer but one).
_RATIO_RE = re.compile(
    rf"\bcứ\s+(?:(?:{w.QUALIFIER})\s+)?\d[\d.]*\b[^,;.]{{0,60}}?\bthì\b[^,;.]{{0,60}}",
    re.IGNORECASE,
)


def _a_ratio(sentence: str, figure: Figure) -> bool:
    number = re.search(r"\d", sentence[figure.start : figure.end])
    if number is None:
        return False
    at = figure.start + number.start()
    return any(ratio.start() <= at < ratio.end() for ratio in _RATIO_RE.finditer(sentence))


# (or a part of those made full members: "… công nhận đảng viên chính thức cho 37 đồng chí, trong đó
# 21 đồng chí được kết nạp từ nguồn đoàn viên công đoàn", probes911)
_A_PART_OF_THOSE_MADE_FULL_MEMBERS_RE = re.compile(
    r"\bcông nhận\s+(?:là\s+)?đảng viên chính thức\b[^;.]{0,40}?,\s*trong đó\s*$", re.IGNORECASE
)
_MADE_FULL_MEMBERS_RE = re.compile(
    # (not others, counted apart: "27 đoàn viên được kết nạp vào Đảng và 19 đảng viên được công
    # nhận chính thức", probes353)
    # (past the year they were introduced in: "… được giới thiệu năm 2023 đã được chuyển đảng
    # viên chính thức")
    r"(?:[^,;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,50}?\b(?:được\s+)?(?:công nhận|chuyển)\s+"
    r"(?:là\s+|sang\s+)?(?:đảng viên\s+)?chính thức\b",
    re.IGNORECASE,
)
_A_TIME_OR_AGE_RE = re.compile(r"\s*(?:tháng|năm|ngày|tuần|quý|giờ|tuổi)\b", re.IGNORECASE)
_AMONG_THE_INTRODUCED_RE = re.compile(
    rf"{w.AMONG_THE_INTRODUCED}[^,;\d]{{0,40}}?,?\s*(?:đã\s+)?(?:có\s+)?$", re.IGNORECASE
)
_PARTY_COMMITTEE_ADMITS_RE = re.compile(
    # (or the Party organs of a clause after an introduction: "…; các tổ chức cơ sở đảng đã kết
    # nạp được 256 người", "…; Đảng bộ huyện đã kết nạp 33 người trong số này", probes115)
    rf"\b(?:(?:huyện|tỉnh|thành|quận|thị)\s+(?:ủy|uỷ)|{_PARTY_ORGANS})\b"
    r"[^,;\d]{0,60}?\s(?:đã\s+|vừa\s+)?(?:xem xét,?\s+)?$",
    re.IGNORECASE,
)
_CUMULATIVE_RE = re.compile(
    r"(?:đến|tới) nay,?\s+(?:[^,;\d]{0,100}?\s)?(?:đã\s+)?có\s*$", re.IGNORECASE
)
_OUTSTANDING_MEMBERS_RE = re.compile(
    rf"\d[\d.]*\s+{w.MEMBER_WORDS}(?:\s+công đoàn)?\s+ưu tú\b", re.IGNORECASE
)
_INTO_THE_UNION = r"(?:vào|làm)\s+(?:tổ chức\s+)?(?:công đoàn|CĐ\b|nghiệp đoàn|đoàn viên)"
_INTO_THE_UNION_ANYWHERE_RE = re.compile(rf"\b{_INTO_THE_UNION}", re.IGNORECASE)
_INTO_THE_UNION_RE = re.compile(rf"\s*{_INTO_THE_UNION}", re.IGNORECASE)


def _among(quantity: Quantity, introduced: Figure) -> bool:
    """`quantity` can count some of those `introduced`: no more than they."""
    return (
        introduced is not None
        and isinstance(quantity.value, (int, float))
        and isinstance(introduced.achieved, (int, float))
        and quantity.value <= introduced.achieved
    )


_NUMBERED_PLACE_RE = re.compile(
    r"\b(?:phường|quận|khu phố|khu|tổ|ấp|xóm|thôn|số)\s+\d+\b"
    # (a name's number: "trong KCN Tân Đức, Hải Sơn, Đức Hòa 1, với 1.826 đoàn viên", probes77)
    rf"|\b(?-i:[{w.UPPER}])\w*\s+\d{{1,2}}\b(?=\s*(?:,|\bvà\b|\bvới\b|\)))",
    re.IGNORECASE,
)


_BRACKETS_RE = re.compile(r"\([^()]*\)")


_WITH_MEMBERS_AFTER_RE = re.compile(
    r"(?:\s*,\s*(?:đạt|bằng|vượt)\s+[\d,]+\s*%(?:\s+(?:kế hoạch|chỉ tiêu))?)?\s*,?\s*(?:với|gồm)"
    r"(?:\s+tổng số)?\s+(?:(?:hơn|gần|trên|khoảng)\s+)?",
    re.IGNORECASE,
)


def _members_of_units_said_short(
    sentence: str, figures: list[Figure], said_short: list[Figure], counted: list[Counted]
) -> list[Figure]:
    """The members of the unions founded of a target, said short after it (`said_short`, read by
    results_said_short after the pass over the counts, which could not read them as theirs): "…
    được giao chỉ tiêu thành lập 15 công đoàn cơ sở năm 2025, đến ngày 30/11 đã thành lập được 13
    đơn vị, đạt 86,7%, với 1.042 đoàn viên" (probes934)."""
    added = []
    for item in counted:
        if not said_short or within(figures, item.quantity.start):
            continue
        before = [f for f in figures if f.end <= item.quantity.start]
        founded = max(before, key=lambda f: f.end, default=None)
        if founded is None or not any(founded is f for f in said_short):
            continue
        # (right after it, past its percent at most: not "… chỉ làm được 2, vì doanh nghiệp nhỏ
        # quá, mới có 6, 7 người", probes143)
        if not _WITH_MEMBERS_AFTER_RE.fullmatch(sentence, founded.end, item.quantity.start):
            continue
        figure = _members_of_founded(sentence, item, founded)
        if figure is not None:
            added.append(figure)
    return sorted(figures + added, key=lambda f: f.start) if added else figures


def _members_of_founded(sentence: str, item: Counted, founded: Figure) -> Figure | None:
    """ "thành lập 25 CĐCS với 1.500 đoàn viên": the members of unions just founded are recruits."""
    # (past the parts in brackets the founded ones are listed in: "thành lập 28 CĐCS (Công đoàn
    # các KCN tỉnh 11, LĐLĐ huyện Sơn Tịnh 6, …) với 3.612 đoàn viên", probes456)
    between = _BRACKETS_RE.sub(" ", sentence[founded.end : item.quantity.start])
    # a Nghiệp đoàn's members are its "thành viên": "thành lập thêm 3 nghiệp đoàn cơ sở với 210
    # thành viên"
    of_guilds = item.kind == "founder" and re.search(
        r"nghiệp đoàn|\bNĐ\b", sentence[founded.start : founded.end], re.I
    )
    if founded.metric != "cdcs_thanh_lap" or not (
        item.kind in ("member", "official_or_member") or of_guilds
    ):
        return None
    # (Party members are no union's recruits: "121 công đoàn cơ sở với 8673 đảng viên", a Party
    # summary's words, heldout30)
    if re.match(r"\s*đảng viên", sentence[item.quantity.end : item.unit_end], re.I):
        return None
    # (nor the Youth Union's members of the firms: "… thành lập 13 CĐCS, với 1.042 đoàn viên thanh
    # niên")
    if _YOUTH_MEMBERS_AFTER_RE.match(sentence, item.unit_end):
        return None
    # (nor a part of the members counted before: "kết nạp mới 1.480 đoàn viên và thành lập mới 5
    # CĐCS, với 712 đoàn viên trong số đó thuộc các CĐCS mới", probes66)
    if re.match(
        r"\s*(?:[^\s,;\d]+\s+){0,2}?trong (?:số )?(?:đó|này)\b", sentence[item.unit_end :], re.I
    ):
        return None
    # "thành lập được 1 CĐCS ngoài nhà nước đó là: Công ty TNHH Toyota Lào Cai với 44 đoàn viên"
    # (a place's number is no count: "2 nghiệp đoàn xe ôm ở phường 1 với tổng cộng 105 đoàn viên")
    unnumbered = _NUMBERED_PLACE_RE.sub(" ", between)
    if len(between) > 140 or re.search(r"[\d;]", unnumbered):
        return None
    # (or gathered by them: "đã ra mắt 16 nghiệp đoàn, tập hợp 757 đoàn viên là lao động tự do")
    if not re.search(
        r"(?:\bvới|\bgồm|\bcó|,\s*(?:tập hợp|thu hút|quy tụ))(?:\s+tổng (?:số|cộng))?"
        # (the members' noun said before their number: "thành lập 2 nghiệp đoàn … với số ĐVCĐ hơn
        # 200 người", heldout32)
        rf"(?:\s+số(?:\s+lượng)?\s+{w.MEMBER_WORDS}(?:\s+(?:là|lên đến|lên tới))?)?\s*$"
        # (a report's short form: "phát triển mới 17 CĐCS/1.428 đoàn viên")
        r"|^\s*/\s*$",
        between,
        re.I,
    ):
        return None
    # (what a place has: "… tập trung vào các doanh nghiệp ở KCN, nơi có gần 20.000 lao động")
    if re.search(r"\bnơi\s+(?:đang\s+)?có\s*$", between, re.I):
        return None
    if _a_firms_workforce(sentence, item):
        return None
    # (what the firms have is their workforce, not members: "Ba doanh nghiệp mới thành lập công
    # đoàn có tổng cộng chừng năm trăm lao động", probes368)
    if re.search(r"\bcó(?:\s+tổng (?:số|cộng))?\s*$", between, re.I) and _WORKERS_RE.fullmatch(
        sentence[item.quantity.end : item.unit_end].strip()
    ):
        return None
    quantity = item.quantity
    figure = counted_figure(
        "doan_vien_ket_nap", founded.kind, quantity.start, item.unit_end, quantity
    )
    # "thành lập 18 CĐCS với 3.000 đoàn viên, vượt 30% kế hoạch": the members are said in passing,
    # the percent is the founding's.
    percent = percent_after(sentence, item.unit_end, item.quantity, "cdcs_thanh_lap")
    # (a share of the workforce is the members': "ra mắt 5 CĐCS … với tổng số 1.870 đoàn viên (đạt
    # tỷ lệ 86% số lao động tại các doanh nghiệp này)")
    owner = figure if percent and percent[1] == "rate" else founded
    if percent and owner.percent is None:
        take_percent(owner, percent, figure)
    return figure


# The bodies that assign a union's targets, as the news names them.
_ASSIGNING_BODY = (
    # (a district's too, to its communes or wards: "“Thị xã giao cho phường Tân Mai 6 công đoàn cơ
    # sở và 450 đoàn viên; …”")
    r"(?:Tổng Liên đoàn|TLĐ|[Tt]hành phố|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị xã|cấp trên|LĐLĐ|"
    r"Liên đoàn Lao động|Công đoàn|"
    r"Ban Thường vụ|Ban Chấp hành|UBND|Ủy ban nhân dân|Huyện ủy|Tỉnh ủy|Thành ủy)"
    r"(?:\s+[^\s,;\d]+){0,6}?"
)
# A target named, its number given with the noun alone: "Với chỉ tiêu được giao là 20 CĐCS và
# 1.000 đoàn viên, đến nay ...".
# Or right after it: "Công đoàn các KCN … nhận chỉ tiêu 2.500 đoàn viên", "với chỉ tiêu 4.000 đoàn
# viên" (not a plan met or passed: "vượt chỉ tiêu 1.540 đoàn viên").
_TARGET_NAMED_RE = re.compile(
    # (who assigned it to whom, and when, may lie between: "Chỉ tiêu LĐLĐ tỉnh Tây Ninh giao cho
    # Công đoàn xã Tân Trụ năm 2025 là 3 CĐCS và 200 đoàn viên", probes172)
    # (and a span of months: "Chỉ tiêu 6 tháng cuối năm 2025 của Công đoàn phường … là 600 đoàn
    # viên", probes914; or a long name: "Chỉ tiêu năm 2025 Tổng Liên đoàn giao cho Công đoàn Nông
    # nghiệp và Phát triển nông thôn Việt Nam là 2.300 đoàn viên", probes930)
    rf"chỉ tiêu(?:(?:\s+(?:[^\s,;\d]+|(?:19|20)\d\d|\d{{1,2}}(?=\s+tháng\b))){{0,22}}?\s*(?:là|:)"
    # ("Chỉ tiêu giao 25 công đoàn cơ sở mà chúng tôi mới làm được 21", probes128)
    # (or the body that assigned it before "giao": "chỉ tiêu quận giao 5 CĐCS và 400 đoàn viên")
    rf"|(?:\s+[^\s,;\d]+){{0,4}}?\s+(?:được\s+)?giao(?:\s+cho(?:\s+[^\s,;\d]+){{1,4}}?)?"
    rf"|(?<!vượt chỉ tiêu)(?<!đạt chỉ tiêu)(?<!thành chỉ tiêu))\s*(?:(?:{w.QUALIFIER})\s+)?$"
    # ... or a plan named so: "Kế hoạch năm 2018: 2.000 đoàn viên và 10 CĐCS", "Kế hoạch năm
    # 2020 đặt ra là 150 đoàn viên" (probes149)
    # (not a percent's yardstick: "mới đạt 55,6% kế hoạch năm là 15.000 đoàn viên")
    rf"|(?<!theo )(?<!vượt )(?<!đạt )(?<!%)(?<!% )kế hoạch"
    rf"(?:\s+(?:[^\s,;\d]+|(?:19|20)\d\d)){{0,12}}?\s*(?:là|:)\s*(?:(?:{w.QUALIFIER})\s+)?$"
    # (or its count right after it, in a report's short form: "Kế hoạch 15 CĐCS, 2.000 đoàn viên;
    # thực hiện 17 CĐCS …", "đặt kế hoạch năm 2025 là …" aside, probes471)
    rf"|(?<!theo )(?<!vượt )(?<!đạt )(?<!thành )(?<!%)(?<!% )(?<!xa )\bkế hoạch"
    rf"(?:\s+năm(?:\s+(?:19|20)\d\d)?)?\s+(?:(?:{w.QUALIFIER})\s+)?$"
    # (or "chỉ tiêu" of the year, its count right after it, as people say it: "“Chỉ tiêu cả năm
    # 1.800 đoàn viên mà tới cuối tháng 10/2025, Công đoàn xã Hải Hậu mới được 1.260, tức 70%”",
    # probes967)
    rf"|(?<!vượt )(?<!đạt )(?<!thành )(?<!với )(?<!trên )\bchỉ tiêu"
    rf"\s+(?:cả\s+)?năm(?:\s+nay|\s+(?:19|20)\d\d)?\s+(?:(?:{w.QUALIFIER})\s+)?$"
    # ... or striven for, its deed left to the noun: "Năm 2020, phấn đấu 1.000 đoàn viên, 6 CĐCS
    # mới", "năm sau phấn đấu 250 đoàn viên" (probes181, probes392; see _striven_for_alone)
    rf"|\bphấn đấu\s+(?:(?:{w.QUALIFIER})\s+)?$"
    # ... or an aim: "Long An đặt mục tiêu 50.000 đoàn viên mới trong nhiệm kỳ 2023–2028"
    rf"|mục tiêu(?:\s+(?:là|đến năm \d{{4}}|năm \d{{4}})"
    # ("Mục tiêu cả năm là 6.000 đoàn viên", probes77)
    rf"|(?:\s+(?:[^\s,;\d]+|(?:19|20)\d\d)){{1,6}}?\s+là"
    # (or its words before a colon: "… và năm 2025 đặt mục tiêu cao hơn: 15.000 đoàn viên, 60 CĐCS
    # thành lập mới", probes555)
    rf"|(?:\s+[^\s,;:\d]+){{1,4}}?(?=\s*:))?\s*:?\s*(?:(?:{w.QUALIFIER})\s+)?$"
    # ... or assigned: "khu vực ngoài nhà nước được giao 240 CĐCS và 32.000 đoàn viên mới", "được
    # LĐLĐ tỉnh giao 25 CĐCS" (probes53; not "giao kết", a contract entered into)
    # (or in turn, the last read so, the earlier ones as it: "LĐLĐ quận Ninh Kiều và LĐLĐ quận Cái
    # Răng được giao lần lượt 500 và 300 đoàn viên", probes533)
    rf"|\b(?:được|(?<!tiếp )nhận)(?:\s+[^\s,;\d]+){{0,4}}?\s+(?<!bàn )(?<!chuyển )giao\s*:?\s*"
    r"(?:(?:lần lượt|tương ứng|theo thứ tự)\s+(?:\d[\d.]*\s*(?:,|và)\s*)*)?"
    rf"(?:(?:{w.QUALIFIER})\s+)?$"
    # ... or registered by the body itself, its deed left to the noun: "“Đầu năm chúng tôi đăng ký
    # 15 công đoàn cơ sở, tới giờ làm được 11 …”", "Năm 2025 chúng tôi đăng ký với Tổng Liên đoàn
    # 500 đoàn viên" (probes958)
    r"|\bđăng ký(?:\s+với(?:\s+[^\s,;\d]+){1,5}?)?\s+(?:chỉ tiêu\s+)?"
    rf"(?:(?:{w.QUALIFIER})\s+)?$"
    # ... or to be assigned: "Tỉnh dự kiến giao 16.000 đoàn viên và 50 CĐCS cho các công đoàn cấp
    # trên" (probes77)
    rf"|\b(?:dự kiến|sẽ)\s+giao(?:\s+cho\s+[^,;\d]{{1,40}}?)?\s+(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
# ... or assigned by the body that assigns it, named, of unions or union members only (not "Công
# đoàn giao 200 công nhân cho tổ may"): "Thành phố giao 25 Công đoàn cơ sở và 1.400 đoàn viên; …",
# "Tổng Liên đoàn giao cho LĐLĐ tỉnh 35.000 đoàn viên"
_ASSIGNED_BY_A_BODY_RE = re.compile(
    # (or to a union body named with no "cho": "Thành phố giao LĐLĐ huyện 12 CĐCS và 1.500 đoàn
    # viên", probes301)
    rf"\b{_ASSIGNING_BODY}\s+(?:đã\s+)?(?<!chuyển )(?<!bàn )giao"
    # (a sector union's long name: "Tổng Liên đoàn giao Công đoàn ngành Nông nghiệp và Phát triển
    # nông thôn 300 đoàn viên, 3 CĐCS", probes931)
    r"(?:\s+cho\s+[^,;\d]{1,70}?|\s+(?:LĐLĐ|Liên đoàn Lao động|Công đoàn|CĐCS)\b[^,;\d]{0,70}?"
    # (or a territory with no "cho": "Thành phố giao quận 1.000 đoàn viên, mình làm được 1.136",
    # probes469)
    r"|\s+(?:quận|huyện|thị xã|phường|xã|tỉnh|thành phố)\b[^,;\d]{0,30}?"
    # (or to the speaker's body: "“Tổng Liên đoàn giao chúng tôi 1.000 đoàn viên, mà đến nay mới
    # được 640 …”", "“Tỉnh giao chúng tôi 4 CĐCS, chúng tôi làm được 5 …”", probes860, probes843)
    rf"|\s+{w.DOERS}\b)?"
    # (not unions and members handed over to manage, a stock: "Quyết định … giao LĐLĐ tỉnh Quảng
    # Ngãi quản lý 1.640 CĐCS và 96.300 đoàn viên chuyển về từ LĐLĐ tỉnh Kon Tum cũ", probes903)
    r"(?<!quản lý)(?<!tiếp nhận)\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
_UNION_UNIT_RE = re.compile(
    rf"\s*(?:đoàn viên|ĐVCĐ|ĐV|CĐCS|công đoàn|nghiệp đoàn|{w.CDCS_SPOKEN_UNIT.pattern})", re.I
)
_VERB_OF_UNIT = {"cdcs": "thành lập", "member": "kết nạp"}


# (the next target of its list: "chỉ tiêu … là 3.500 đoàn viên và 25 CĐCS")
_NEXT_TARGET_RE = re.compile(r"\s*(?:mới\s*)?(?:,\s*(?:và\s+)?|và\s+)$", re.IGNORECASE)


_RATED_OR_HOLDING_RE = re.compile(
    r"(?:\s+(?:đạt|được|xếp loại|công nhận|trực thuộc|khu vực|doanh nghiệp)){0,3}\s+"
    r"(?:vững mạnh|hoàn thành|xuất sắc|khá\b|trong sạch|tổ chức|đại hội|ký|đối thoại)",
    re.IGNORECASE,
)
_MEMBERS_DEED_RE = re.compile(
    r"\b(?:kết nạp|phát triển|vận động|gia nhập|đoàn viên|công đoàn)\b", re.IGNORECASE
)


_MEMBERS_RECRUITED_RE = re.compile(
    r"\b(?:kết nạp|phát triển|vận động|gia nhập|giới thiệu)\b", re.IGNORECASE
)
_MEMBERS_BY_NAME_RE = re.compile(r"đoàn viên|ĐVCĐ|CĐ viên|công đoàn viên", re.IGNORECASE)
_A_STOCKS_AIM_PASSED_RE = re.compile(
    # (or the stock said as had: "Công đoàn Bệnh viện … hiện có 1.284 đoàn viên, vượt mục tiêu 1.250
    # đoàn viên mà Đại hội … đề ra", "… thì đến nay con số này đã là 176.300 người, vượt mục tiêu
    # 170.000 đoàn viên", probes917)
    # (or the unions had and their members: "… toàn tỉnh Quảng Trị có 2.730 CĐCS với 168.000 đoàn
    # viên, vượt mục tiêu 165.000 đoàn viên mà Đại hội … đặt ra", probes931)
    # (or had so far: "… được thành lập năm 1996 với 45 đoàn viên, đến nay đã có 1.320 đoàn viên,
    # vượt mục tiêu 1.200 đoàn viên mà đại hội nhiệm kỳ đề ra", probes942)
    rf"(?:\b(?:lên|hiện có|hiện nay có|(?:đã|nay)\s+là|đến nay\s+(?:đã\s+)?có)"
    rf"|\bcó\s+\d[\d.]*\s+{w.CDCS_WORDS}\s+với)\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?\d[\d.]*(?:\s+[^\s,;\d]+){{0,4}}\s*,\s*"
    # (its share of it said: "… tăng từ 162.000 lên 187.400 người, đạt 93,7% mục tiêu 200.000 đoàn
    # viên vào năm 2028", probes927)
    # (or how far it still is: "… có 412 CĐCS với hơn 286.000 đoàn viên, còn cách mục tiêu 300.000
    # đoàn viên mà Đại hội … đề ra chưa đầy 14.000 người", probes942)
    r"(?:vượt|đạt|hoàn thành|còn cách)\s+(?:\d{1,3}(?:,\d+)?\s*%\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch)"
    # (its maker named, "là" before the number: "số đoàn viên … tăng từ 118.400 lên 131.760 người,
    # vượt mục tiêu Nghị quyết Đại hội đề ra là 130.000 đoàn viên", probes907)
    r"(?:\s+(?:Nghị quyết|Đại hội|đề ra|đặt ra|nhiệm kỳ|cả nhiệm kỳ|năm|của\s+[^\s,;\d]+)){0,4}"
    r"(?:\s+là)?\s*$"
    # (or a total reached, the aim for the end of the year set against it: "Sau 9 tháng, tổng số
    # đoàn viên của Công đoàn các KCN tỉnh Bắc Ninh đạt 215.700 người, trong khi chỉ tiêu đặt ra
    # cho cuối năm là 220.000 đoàn viên", probes907)
    rf"|\btổng số\b[^;]{{0,80}}?\b(?:đạt|là|lên)\s+(?:(?:{w.QUALIFIER})\s+)?\d[\d.]*"
    r"(?:\s+[^\s,;\d]+){0,3}\s*,\s*(?:trong khi|còn|so với)\s+(?:mục tiêu|chỉ tiêu|kế hoạch)"
    r"[^,;\d]{0,40}?(?:\s+là)?\s*$",
    re.IGNORECASE,
)
_TARGET_OF_ANOTHER_THING_RE = re.compile(
    r"\b(?:chỉ tiêu|kế hoạch|mục tiêu)\b(?:[^,;\d]|(?:19|20)\d\d){0,30}?\svề\s+(?:số\s+)?"
    r"(?!(?:công tác\s+)?(?:kết nạp|phát triển|thành lập|giới thiệu|tập huấn|bồi dưỡng|đoàn viên|"
    r"CĐCS|công đoàn|cán bộ|nghiệp đoàn)\b)(?:người|lao động|lượt)\b"
    r"(?![^,;\d]{0,30}?\b(?:kết nạp|gia nhập|phát triển|giới thiệu|tập huấn|bồi dưỡng)\b)",
    re.IGNORECASE,
)
_A_WORKFORCES_AIM_RE = re.compile(
    r"\bsố\s+(?:người\s+)?(?:lao động|công nhân|CNLĐ|NLĐ)\b[^;]{0,80}?\b(?:đạt|là|lên)\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?\d[\d.]*(?:\s+[^\s,;\d]+){{0,3}}\s*,\s*"
    r"(?:vượt|đạt|hoàn thành|gần bằng|thấp hơn|cao hơn)\s+(?:mục tiêu|chỉ tiêu|kế hoạch)\s*$",
    re.IGNORECASE,
)
_PER_UNIT_RE = re.compile(
    r"\s*/\s*(?:CĐCS|công đoàn|đơn vị|doanh nghiệp|DN|cơ sở|xã|phường)\b", re.IGNORECASE
)
_ASSIGNED_AFTER_ITS_NOUN_RE = re.compile(
    r"\s+được\s+giao(?=\s+(?:cho|trong)\s+(?:cả\s+)?(?:năm|quý|nhiệm kỳ|giai đoạn)\b|\s*,)",
    re.IGNORECASE,
)
_WITH_OPENS_RE = re.compile(r"\W*Với\s+", re.IGNORECASE)
_TAKING_PART_RE = re.compile(
    # (or "dự" an event: "Công ty đăng ký 600 đoàn viên dự giải chạy", this file's tests)
    r"\s+(?:tham gia|tham dự|dự(?!\s+(?:kiến|án|toán|thảo)\b))\b"
    r"(?!\s+(?:vào\s+)?(?:tổ chức\s+)?(?:công đoàn|CĐ\b|nghiệp đoàn|NĐ\b))",
    re.IGNORECASE,
)
_PEOPLE_JOINING_ANOTHER_RE = re.compile(r"\b(?:người|lao động)" + _JOINS_ANOTHER, re.IGNORECASE)
# (or registered: not "đăng ký 45 CĐCS đạt tiêu chuẩn “vững mạnh”", a rating, probes771)
_NO_DEED_NAMED_RE = re.compile(
    r"phấn đấu|đăng ký|kế hoạch(?:\s+năm(?:\s+\d{4})?)?\s*$", re.IGNORECASE
)
# What may follow such a count: its list, its time or its end ("phấn đấu 1.000 đoàn viên, 6 CĐCS
# mới", "phấn đấu 800 đoàn viên trong năm 2025", "kế hoạch 500 đoàn viên mà LĐLĐ tỉnh đặt ra").
_COUNT_ALONE_ENDS_RE = re.compile(
    r"(?:\s+(?:mới|công đoàn|ưu tú))*\s*(?:[,;.:)”\"]|$|\s(?:và|trong|trở lên|năm|nhiệm kỳ|"
    r"giai đoạn|đến|từ|mà|nhưng|thì|cho|vào|ở|tại|khu vực)\b)",
    re.IGNORECASE,
)


def _striven_for_alone(sentence: str, item: Counted) -> bool:
    return bool(_COUNT_ALONE_ENDS_RE.match(sentence, item.unit_end))


def _named_as_a_target(left: str, sentence: str, unit_start: int) -> bool:
    return bool(
        _TARGET_NAMED_RE.search(left)
        or (_ASSIGNED_BY_A_BODY_RE.search(left) and _UNION_UNIT_RE.match(sentence, unit_start))
    )


def _next_named_target(
    sentence: str, item: Counted, left: str, youth: bool, previous: Figure | None
) -> Figure | None:
    """The next in a list of targets named the way `_target_named` reads them."""
    if (
        previous is None
        or previous.kind != "plan"
        or previous.achieved is not None
        or not (
            _TARGET_NAMED_RE.search(sentence[: previous.start])
            or _ASSIGNED_BY_A_BODY_RE.search(sentence[: previous.start])
        )
    ):
        return None
    return _target_named(sentence, item, left, youth, previous)


def _target_named(
    sentence: str, item: Counted, left: str, youth: bool, previous: Figure | None
) -> Figure | None:
    """A plan's target written as a count of unions or members after "chỉ tiêu ... là"."""
    if youth or item.kind not in _VERB_OF_UNIT or item.quantity.relation is not None:
        return None
    # (a stock's aim passed, after the stock raised to: "…, nâng tổng số CĐCS trực thuộc lên 86,
    # vượt mục tiêu 80 CĐCS đề ra cho nhiệm kỳ", "số đoàn viên toàn tỉnh tăng từ 162.000 lên
    # 187.000 người, vượt mục tiêu 180.000 người đề ra", probes867)
    if _A_STOCKS_AIM_PASSED_RE.search(left):
        return None
    # (nor a target of another thing people do: "Chỉ tiêu năm 2024 về số người tham gia bảo hiểm
    # xã hội trên địa bàn là 98.500 người", probes867)
    if _TARGET_OF_ANOTHER_THING_RE.search(left):
        return None
    # (nor of people, after people joining another thing were named: "chỉ tiêu phát triển người
    # tham gia BHXH của phường … là 4.200 người", "… có 21.300 người tham gia BHXH tự nguyện thì
    # năm 2025 chỉ tiêu được nâng lên 25.000 người", probes917)
    unit_word = sentence[item.quantity.end : item.unit_end].strip().lower()
    if w.is_bare_people(unit_word) and _PEOPLE_JOINING_ANOTHER_RE.search(
        sentence, 0, item.quantity.start
    ):
        return None
    # (nor the aim a count of workers passed: "số lao động làm việc trong các KCN tỉnh … đạt
    # 312.000 người, vượt mục tiêu 300.000 người", probes958)
    if w.is_bare_people(unit_word) and _A_WORKFORCES_AIM_RE.search(left):
        return None
    # (nor a number per union, an average's aim: "Mỗi CĐCS hiện có bình quân 68 đoàn viên, thấp
    # hơn mục tiêu 80 đoàn viên/CĐCS …", probes958)
    if _PER_UNIT_RE.match(sentence, item.unit_end):
        return None
    # (nor members to take part in an event: "Giải chạy … năm 2025 đặt mục tiêu 5.000 đoàn viên
    # tham gia, thực tế có hơn 6.200 người đăng ký chạy", probes927)
    if _TAKING_PART_RE.match(sentence, item.unit_end):
        return None
    listed = (
        previous is not None
        and previous.kind == "plan"
        and previous.verb in _VERB_OF_UNIT.values()
        and _NEXT_TARGET_RE.match(sentence[previous.end : item.quantity.start])
    )
    # (or said assigned right after its noun: "Với 6.000 đoàn viên được giao cho cả năm 2025, đến
    # hết quý III Công đoàn Khu kinh tế … mới thực hiện được 61,5%", probes929)
    assigned_after = _ASSIGNED_AFTER_ITS_NOUN_RE.match(sentence, item.unit_end)
    if (
        not listed
        and not _named_as_a_target(left, sentence, item.quantity.end)
        and not (assigned_after and _WITH_OPENS_RE.fullmatch(sentence, 0, item.quantity.start))
    ):
        return None
    verb = _VERB_OF_UNIT[item.kind]
    metric = "cdcs_thanh_lap" if item.kind == "cdcs" else "doan_vien_ket_nap"
    stage = None
    # (the deed the target names: "chỉ tiêu giới thiệu là 250 đoàn viên", probes81)
    named = _TARGET_NAMED_RE.search(left)
    # (a plan named so counts members by name, not people, whom the plan may have been to introduce:
    # "Kế hoạch đầu năm là 400 người, anh em làm được 412 người" under the union's introductions to
    # the Party, probes144)
    if named and named.group(0).lower().startswith("kế hoạch") and w.is_bare_people(unit_word):
        return None
    # (a count striven for or planned with no deed named is the noun's own deed only when nothing
    # else is said of it: not "phấn đấu 5.000 đoàn viên tham gia giải chạy")
    if named and _NO_DEED_NAMED_RE.match(named.group(0)) and not _striven_for_alone(sentence, item):
        return None
    # (nor of people, whom the plan may be to introduce: "mỗi CĐCS phải giới thiệu ít nhất 2 đoàn
    # viên ưu tú cho Đảng, toàn Tổng công ty phấn đấu ít nhất 40 người", probes469)
    if (
        named
        and _NO_DEED_NAMED_RE.match(named.group(0))
        and item.kind == "member"
        and not _MEMBERS_BY_NAME_RE.match(unit_word)
    ):
        return None
    # (unions rated or holding something, not founded: "đặt chỉ tiêu 70 CĐCS đạt vững mạnh",
    # "được giao chỉ tiêu 45 CĐCS vững mạnh", probes415)
    if item.kind == "cdcs" and _RATED_OR_HOLDING_RE.match(sentence, item.unit_end):
        return None
    # (workers, not members, with no deed of the union's named: a target of jobs, "Chỉ tiêu giải
    # quyết việc làm mới năm 2025 của tỉnh là 32.000 lao động", probes411)
    if re.fullmatch(r"(?:người\s+)?lao động", unit_word) and not _MEMBERS_DEED_RE.search(left):
        return None
    # (or the members are the outstanding ones, whom the union introduces: "Chỉ tiêu năm 2025 Thành
    # ủy giao cho LĐLĐ thành phố là 2.000 đoàn viên ưu tú", probes228)
    outstanding = bool(w.OUTSTANDING.match(sentence[item.unit_end :].lstrip()))
    if item.kind == "member" and (
        outstanding or (named and re.search(r"\bgiới thiệu\b", named.group(0), re.I))
    ):
        verb, metric, stage = "giới thiệu", "dang_vien_gioi_thieu", "introduced"
    # (or people, after the officials a training reached, with no deed named: "… đã bồi dưỡng cho
    # 186 cán bộ công đoàn; chỉ tiêu năm 2025 là 200 người", probes559)
    if (
        item.kind == "member"
        and w.is_bare_people(unit_word)
        and previous is not None
        and previous.metric == "can_bo_tap_huan"
        and not _MEMBERS_RECRUITED_RE.search(sentence, 0, item.quantity.start)
    ):
        verb, metric, stage = "tập huấn", "can_bo_tap_huan", None
    quantity = item.quantity
    figure = counted_figure(metric, "plan", quantity.start, item.unit_end, quantity, verb=verb)
    figure.stage = stage
    figure.qualifiers.update(qualifiers_of(quantity, "plan", sentence, item.unit_end))
    return figure


# Courses opened for officials, with no training verb: "năm 2024 đã mở 26 lớp cho 2.150 lượt cán
# bộ, đạt 107,5% kế hoạch".
# (and the next in a list: "2 lớp tập huấn cho 168 chủ tịch …và 6 lớp cho 710 cán bộ CĐCS")
# (the courses counted after the training verb: "tổ chức tập huấn 62 lớp cho 5.480 lượt cán
# bộ"; and a report's short form, "Tập huấn: 62 lớp/5.480 lượt cán bộ công đoàn")
_COURSES_FOR_RE = re.compile(
    # (their number in words or none: "tổ chức hai lớp tập huấn cho 168 chủ tịch … và sáu lớp cho
    # 710 cán bộ CĐCS", "mở các lớp … cho")
    # ("sẽ mở tiếp 3 lớp cho khoảng 600 cán bộ công đoàn mới được bầu", probes237)
    # (or set out in a plan: "Riêng công tác tập huấn, kế hoạch đặt ra 20 lớp cho 1.600 cán bộ
    # công đoàn cơ sở, …", probes958)
    r"(?:\b(?:mở|tổ chức|tập huấn|bồi dưỡng|đặt ra)\s*:?\s+(?:được\s+)?(?:thêm\s+|tiếp\s+)?"
    r"|\bvà\s+"
    # (or "với" after the training named: "Công tác tập huấn cũng được chú trọng, với 18 lớp cho
    # 1.260 lượt cán bộ công đoàn", probes207)
    r"|\b(?:tập huấn|bồi dưỡng)\b[^;\d]{0,60}?\bvới\s+"
    # (or a list of courses that a sentence before opened: "Cụ thể, 9 lớp dành cho 812 chủ tịch,
    # phó chủ tịch CĐCS mới được bầu; 6 lớp về kỹ năng thương lượng tập thể cho 428 cán bộ")
    r"|(?:^|[;:])\s*(?:[^\W\d][^,;:\d]{0,20},\s*)?)"
    r"(?:\d[\d.]*|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|nhiều)\s+"
    r"(?:lớp|khóa|khoá)\b(?:[^;\d]{0,60}?\bcho\s+|\s*/\s*)"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


# ... or a report's heading of its courses, then how many and the officials at them: "Tập huấn
# cán bộ: 3 lớp, 415 lượt cán bộ CĐCS" (probes356; "… 2.618 lượt cán bộ" ending the line, of
# probes364, is still read as no count, its noun taken for members').
_COURSES_HEADED_RE = re.compile(
    r"(?:^|[;\n])\W*(?:tập huấn|bồi dưỡng)\b[^;:\d]{0,30}:\s*"
    r"(?:\d[\d.]*|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:lớp|khóa|khoá)\s*(?:,|với)\s*"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


# (or one course opened for trainees: "khai giảng lớp lý luận và nghiệp vụ công đoàn trình độ đại
# học cho 49 học viên")
_COURSE_FOR_TRAINEES_RE = re.compile(
    # (their number said: "sẽ tổ chức 2 lớp tập huấn với nội dung trên cho 162 học viên")
    r"\b(?:khai giảng|mở|tổ chức)\s+"
    r"(?:các\s+|\d{1,3}\s+|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)?"
    r"(?:lớp|khóa|khoá)\b[^;\d]{0,80}?\bcho\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


def _after_a_party_course(sentence: str, item: Counted) -> bool:
    """Learners counted after a Party course the sentence named, no union officials named: "Kế
    hoạch năm 2024 mở 4 lớp bồi dưỡng nhận thức về Đảng cho 300 đoàn viên công đoàn ưu tú, LĐLĐ
    huyện … đã phối hợp mở 5 lớp cho 356 học viên", "… mở lớp cảm tình Đảng cho 120 công nhân; ngày
    18/6 lớp học đã khai giảng với 136 học viên" (probes883)."""
    return bool(
        w.PARTY_COURSE.search(sentence, 0, item.quantity.start)
        and not w.OFFICIALS_NAMED.search(sentence)
    )


# People counted at courses, said "người" after a training of officials was named before the
# courses: "“Kế hoạch là tập huấn cho 500 chủ tịch công đoàn cơ sở, tới giờ đã mở được bốn lớp cho
# 320 người, đạt 64%”" (probes918), "… được giao tập huấn nghiệp vụ cho 90 cán bộ công đoàn bộ
# phận, …, đến tháng 6 đã tổ chức 2 lớp cho 96 người" (probes907).
_COURSES_FOR_PEOPLE_RE = re.compile(
    r"\b(?:mở|tổ chức)\s+(?:được\s+)?(?:thêm\s+)?"
    r"(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:lớp|khóa|khoá)\b"
    r"(?:\s+[^\W\d]+){0,4}?\s+(?:cho|với)\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
_OFFICIALS_TRAINING_NAMED_RE = re.compile(
    rf"\b(?:tập huấn|bồi dưỡng)\b[^;\d]{{0,40}}?\bcho\s+(?:(?:{w.QUALIFIER})\s+)?"
    rf"(?:\d[\d.]*|[^\W\d]+(?:\s+[^\W\d]+)?)\s+{w.OFFICIAL_UNIT.pattern}",
    re.IGNORECASE,
)


def _people_at_courses_for_officials(sentence: str, item: Counted) -> bool:
    """See _COURSES_FOR_PEOPLE_RE."""
    if item.kind != "member" or item.quantity.relation is not None:
        return False
    if not w.is_bare_people(sentence[item.quantity.end : item.unit_end]):
        return False
    courses = _COURSES_FOR_PEOPLE_RE.search(sentence, 0, item.quantity.start)
    return bool(
        courses
        and _OFFICIALS_TRAINING_NAMED_RE.search(sentence, 0, courses.start())
        and not _after_a_party_course(sentence, item)
    )


def _officials_at_courses(sentence: str, item: Counted) -> Figure | None:
    if item.quantity.relation == "of":
        return None
    if item.kind == "trainee":
        # a union's course, not the Party's nor a trade's
        course = _COURSE_FOR_TRAINEES_RE.search(sentence, 0, item.quantity.start)
        # (a union's: named in the course or as who holds it, "LĐLĐ TP Hà Nội sẽ tổ chức 2 lớp …",
        # heldout34)
        if course is None or w.is_party(course.group(0)):
            return None
        if _after_a_party_course(sentence, item):
            return None
        if not w.UNION.search(sentence, 0, course.end()):
            return None
        if w.VOCATIONAL.search(course.group(0)) or w.RANK_AND_FILE.match(sentence, item.unit_end):
            return None
        figure = _figure_at(sentence, item, "can_bo_tap_huan")
        return _with_percent_after(sentence, figure, item, item.unit_end)
    if _people_at_courses_for_officials(sentence, item):
        figure = _figure_at(sentence, item, "can_bo_tap_huan")
        return _with_percent_after(sentence, figure, item, item.unit_end)
    if item.kind != "official_or_member":
        return None
    if not (
        _COURSES_FOR_RE.search(sentence, 0, item.quantity.start)
        or _COURSES_HEADED_RE.search(sentence, 0, item.quantity.start)
    ):
        return None
    if not w.OFFICIAL_UNIT.match(sentence[item.quantity.end :].lstrip()):
        return None
    # (another body's: "Hội đã tổ chức 112 lớp tập huấn cho 5.870 lượt cán bộ hội cơ sở")
    if w.ANOTHER_BODYS_OFFICIALS.match(sentence, item.unit_end):
        return None
    figure = _figure_at(sentence, item, "can_bo_tap_huan")
    return _with_percent_after(sentence, figure, item, item.unit_end)


# Officials sent to be trained: "cử 304 lượt cán bộ đi học các lớp chuyên đề", "đã cử trên 7.350
# lượt cán bộ công đoàn từ tổ trưởng trở lên đi tập huấn nghiệp vụ".
_SENDING_RE = re.compile(rf"\bcử\s+(?:(?:{w.QUALIFIER})\s+)?$", re.IGNORECASE)
_SENT_TO_LEARN_RE = re.compile(
    r"[^,;.\d]{0,60}?\bđi\s+(?:học|tập huấn|bồi dưỡng|đào tạo)\b", re.IGNORECASE
)


def _officials_sent(sentence: str, item: Counted) -> Figure | None:
    if item.kind != "official_or_member" or item.quantity.relation == "of":
        return None
    if not _SENDING_RE.search(sentence, 0, item.quantity.start):
        return None
    if not w.OFFICIAL_UNIT.match(sentence[item.quantity.end :].lstrip()):
        return None
    sent = _SENT_TO_LEARN_RE.match(sentence, item.unit_end)
    if sent is None:
        return None
    figure = _figure_at(sentence, item, "can_bo_tap_huan")
    figure.end = sent.end()
    return _with_percent_after(sentence, figure, item, figure.end)


# The companies or unions of a target, right after their count: "5 trên 7 doanh nghiệp được giao
# vận động", "21/25 CĐCS theo kế hoạch".
_ASSIGNED_RE = re.compile(
    r"\s+(?:được\s+giao(?:\s+(?:vận động|thành lập))?|theo kế hoạch|trong kế hoạch)(?=[\s,])",
    re.IGNORECASE,
)
# Companies that founded their union: "năm 2025 có 34 doanh nghiệp trên địa bàn tỉnh thành lập công
# đoàn cơ sở, vượt 13% so với kế hoạch" (not those that could, or have not: "đủ điều kiện thành
# lập", "chưa thành lập").
_COMPANIES_FOUNDING_RE = re.compile(
    # (nor those to be won for one: "sẽ khảo sát 5 doanh nghiệp … để vận động thành lập CĐCS")
    # (nor those that only promised or agreed to: "Có 3 doanh nghiệp đã hứa thành lập công đoàn,
    # đến cuối năm lại đổi ý", probes168)
    # (nor units that met a target of it: "Có 4 đơn vị vượt chỉ tiêu thành lập CĐCS là Việt Trì, …",
    # probes206)
    # (nor those that only registered to: "Có 17 doanh nghiệp đã đăng ký thành lập CĐCS nhưng chưa
    # hoàn tất thủ tục", probes295)
    # (nor units ranked by it: "Ba đơn vị đứng đầu về thành lập CĐCS năm 2024 là …", probes413)
    # (nor those ready to let one be founded: "… 64 doanh nghiệp cho biết sẵn sàng tạo điều kiện
    # thành lập CĐCS", probes944)
    r"(?:\s+(?!(?:chưa|không|đủ|cần|phải|sẽ|được|để|nhằm|hứa|đồng ý|cam kết|chỉ tiêu|kế hoạch|"
    r"đăng ký|đứng|dẫn|xếp|về|sẵn sàng|tạo điều kiện|muốn|mong muốn|có nhu cầu)\b)"
    r"[^\s;,\d]+){0,8}?\s+"
    r"(?:đã\s+|vừa\s+|mới\s+)?"
    r"thành lập(?:\s+(?:mới|được))*\s+(?:tổ chức\s+)?(?:CĐCS|công đoàn cơ sở|CĐ cơ sở|công đoàn)\b",
    re.IGNORECASE,
)


_COMPANIES_THERE_ARE_RE = re.compile(
    r"\b(?:hiện(?: nay)?|toàn (?:tỉnh|huyện|quận|thành phố|thị xã|ngành))\s+(?:đang\s+)?có\b",
    re.IGNORECASE,
)


def _companies_founding(sentence: str, item: Counted) -> Figure | None:
    if item.kind != "enterprise":
        return None
    # (x/y of the companies assigned is what was done of a target, not a share of those that have
    # one: "Quý II, 5 trên 7 doanh nghiệp được giao vận động đã thành lập CĐCS", probes570)
    assigned = _ASSIGNED_RE.match(sentence, item.unit_end)
    if item.quantity.relation == "of" and assigned is None:
        return None
    founding = _COMPANIES_FOUNDING_RE.match(sentence, assigned.end() if assigned else item.unit_end)
    if founding is None:
        return None
    # how many have a union, not how many founded one: "toàn tỉnh có 1.896 doanh nghiệp …, trong
    # đó có 1.026 doanh nghiệp đã thành lập được tổ chức Công đoàn cơ sở (tỷ lệ 54%)"
    near = sentence[max(0, item.quantity.start - 40) : item.quantity.start]
    # (but among companies said to have none, those that founded one did so anew: "… tiếp cận 215
    # doanh nghiệp chưa có tổ chức công đoàn, trong đó 19 doanh nghiệp đã thành lập được CĐCS",
    # probes367)
    among_those_without = re.search(
        r"\bchưa\s+có\s+(?:tổ chức\s+)?(?:công đoàn|CĐCS)", sentence[: item.quantity.start], re.I
    )
    if w.STOCK_BEFORE.search(near) or (
        re.search(w.AMONG_THEM, near, re.I) and not among_those_without
    ):
        return None
    # only so many have one: "… tại 1.050 doanh nghiệp, song mới có 412 doanh nghiệp thành lập CĐCS"
    # (or against the companies there are: "hiện có khoảng 3.200 doanh nghiệp đang hoạt động nhưng
    # mới chỉ 410 doanh nghiệp đã thành lập CĐCS", probes84)
    if re.search(r"\b(?:mới|chỉ|vẫn còn)\s+có\s*$", near, re.I) or (
        re.search(r"\b(?:mới|chỉ)\s*$", near, re.I)
        and _COMPANIES_THERE_ARE_RE.search(sentence, 0, item.quantity.start)
    ):
        return None
    if _CUMULATIVE_RE.search(sentence[: item.quantity.start]):
        return None
    # the companies are where something else is counted: "Kết quả: Tại 40 DN đã thành lập CĐ cơ
    # sở, có 11 DN có đảng viên đang làm việc" (nld.com.vn, Party building in private companies)
    if _PLACE_WORD_RE.search(near):
        return None
    figure = _figure_at(sentence, item, "cdcs_thanh_lap")
    figure.end = founding.end()
    return _with_percent_after(sentence, figure, item, figure.end)


# (the number may have no noun after it: "Đoàn viên mới: 312; CĐCS mới: 4", see figure._unit_before)
_KINDS_OF_NEW = {"member": ("member", "official_or_member"), "cdcs": ("cdcs", "enterprise")}

# A line of a breakdown: a body or place, its colon, then its counts with no verb ("Riêng LĐLĐ TP
# Hạ Long: 12 CĐCS, 1.380 đoàn viên", "– LĐLĐ huyện Núi Thành: 7/5 CĐCS; 388 đoàn viên", "Hạng 1 –
# LĐLĐ huyện Trảng Bom: 3.420 đoàn viên (114% kế hoạch)", probes187). Its counts are what the
# headline, sa-pô or sentence before counted as done; read only then (see `tallied_results`).
# (no verb of a stock or a deed in the label: "Toàn tỉnh hiện có: 1.200 CĐCS" is a stock)
TALLY_LINE_RE = re.compile(
    r"\s*(?:[–•+*-]\s*|\d{1,2}[.)]\s+|\d{1,2}\s*\|\s*|Hạng\s+\d{1,2}\s*[–-]\s*)?(?:Riêng\s+)?"
    # (or a table's row as our pages flatten it, cells apart by pipes: "LĐLĐ thị xã Hoàng Mai | 6
    # CĐCS | 1.024 đoàn viên", probes251)
    # (a body's name may hold a comma: "Công đoàn Khu kinh tế Đông Nam, các KCN tỉnh", "Công đoàn
    # các KCN, KKT", "các LĐLĐ quận, huyện", probes244, probes251; not an opening's, "Theo đó,")
    # (a year in a heading of targets or results: "Chỉ tiêu năm 2024 giao cho các đơn vị: LĐLĐ
    # thành phố Vinh 1.200 đoàn viên, 10 CĐCS; …", probes408)
    r"(?P<label>[^\W\d_](?:[^\d:;,()|]|(?<=năm )(?:19|20)\d\d(?!\d)"
    r"|,(?=\s+(?:các\b|(?:huyện|quận|thị xã|thành phố|KCN|KKT|KCX)\b|[^\W\d_]+\s*[:|,])))"
    r"{2,80}?)\s*[:|]\s*",
)
# (nor an interview's speaker: "Đáp: 15.000 đoàn viên, và đến ngày 30/11 đã có …", probes77)
_LABEL_NOT_A_BODY_RE = re.compile(
    r"\b(?:hỏi|đáp|trả lời|PV|phóng viên|ông|bà|anh|chị|có|gồm|tổng|hiện|còn|giao|chỉ tiêu|"
    # ("Công đoàn Viên chức tỉnh" is a body, no "đoàn viên")
    rf"kế hoạch|mục tiêu|phấn đấu|dự kiến|năm|tháng|quý|(?<!công )đoàn viên|{w.DEED_VERBS}|"
    r"tập huấn|tổ chức|đạt|vượt)\b",
    re.IGNORECASE,
)
# ... or a heading of the breakdown, its places named in it: "Kết quả cụ thể theo từng đơn vị: LĐLĐ
# huyện Quỳnh Phụ 812 đoàn viên; LĐLĐ huyện Thái Thụy 760 đoàn viên; …"; of targets, when it names
# them: "Chỉ tiêu giao cho từng đơn vị: thành phố Cà Mau 650 đoàn viên; …" (probes209)
_BREAKDOWN_HEADING_RE = re.compile(
    r"^(?:kết quả|cụ thể|chỉ tiêu|kế hoạch|theo)\b(?!.*\b(?:có|gồm|tổng|hiện|còn)\b)", re.I
)
_PLAN_HEADING_RE = re.compile(r"\b(?:chỉ tiêu|kế hoạch|mục tiêu|phấn đấu|dự kiến)\b", re.I)
# (each count may follow its place: "LĐLĐ huyện Quỳnh Phụ 812 đoàn viên")
# (a dash in it too: "Công đoàn KKT Đình Vũ – Cát Hải: 876 đoàn viên", probes230)
_TALLY_PLACE = (
    rf"(?:(?:các\s+)?(?:{w.PLACE_WORDS})"
    r"(?:\s+(?:[^\W\d_][^\s\d,;:()]*|[–-])){0,6}\s*:?\s+)?"
)
# (between the colon and a count, only the tally's counts before it: "12 CĐCS, ", "7/5 CĐCS; ")
_TALLIED_BEFORE_RE = re.compile(
    rf"(?:{_TALLY_PLACE}\d[\d.,/]*\s+[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}?(?:\s+mới)?\s*"
    rf"(?:\([^()]*\)\s*)?[,;/|]\s*)*{_TALLY_PLACE}",
)
_TALLY_ITEM_END_RE = re.compile(r"(?:\s+mới)?\s*(?:[,;/(–.|]|$)")
_METRIC_OF_TALLIED = {"cdcs": "cdcs_thanh_lap", "member": "doan_vien_ket_nap"}


# A count of members or unions against its target, its percent of the plan after it, with no verb:
# "Với 5.236/5.000 đoàn viên, đạt 104,7% kế hoạch, Phú Thọ nằm trong nhóm dẫn đầu khối thi đua"
# (probes202): what was done of a development target (not what there is: "hiện có").
_PERCENT_OF_PLAN_AFTER_RE = re.compile(
    rf"\s*,?\s*(?:đạt|vượt|bằng)\s+(?:(?:{w.QUALIFIER})\s+)?\d[\d,.]*\s*%\s*"
    r"(?:so với\s+)?(?:kế hoạch|chỉ tiêu)\b",
    re.IGNORECASE,
)
# ... or the target it was counted against named after it: "Toàn tỉnh đạt 47/60 CĐCS theo chỉ tiêu
# Tổng Liên đoàn giao, bằng 78,3%" (probes328).
# (reached: not where work was done as planned, "làm việc tại 12/15 CĐCS theo kế hoạch", probes1)
_AGAINST_ITS_TARGET_RE = re.compile(
    r"\s+(?:theo|so với|trên)\s+(?:chỉ tiêu|kế hoạch)\b(?P<whose>[^,;.()]{0,40})", re.IGNORECASE
)
# (or done, in speech: "“Đến tháng 10/2024 mình mới làm được 1.030/1.200 đoàn viên theo kế
# hoạch”", probes547)
_REACHED_BEFORE_RE = re.compile(
    r"\b(?:đạt(?:\s+được)?|(?:làm|thực hiện)\s+được)\s*$", re.IGNORECASE
)
_HAS_BEFORE_RE = re.compile(r"\b(?:có|gồm|tổng số|là)\s+(?:(?:\S+\s+){0,2})?$", re.IGNORECASE)


def _counted_against_its_plan(sentence: str, item: Counted) -> Figure | None:
    metric = _METRIC_OF_TALLIED.get(item.kind)
    if metric is None or item.quantity.relation != "of":
        return None
    shared = _THE_NEXT_REACHED_TOO_RE.match(sentence, item.unit_end)
    against = _AGAINST_ITS_TARGET_RE.match(sentence, shared.end() if shared else item.unit_end)
    if against and not _REACHED_BEFORE_RE.search(sentence, 0, item.quantity.start):
        against = None
    if not (_PERCENT_OF_PLAN_AFTER_RE.match(sentence, item.unit_end) or against):
        return None
    if _HAS_BEFORE_RE.search(sentence, max(0, item.quantity.start - 30), item.quantity.start):
        return None
    figure = _figure_at(sentence, item, metric)
    end = against.end() if against and not shared else item.unit_end
    return _with_percent_after(sentence, figure, item, end)


# (the target named once after the next body's count reached: "LĐLĐ TP Đà Lạt đạt 412/450 đoàn viên
# và LĐLĐ TP Bảo Lộc đạt 376/400 đoàn viên theo chỉ tiêu được giao", probes533)
_THE_NEXT_REACHED_TOO_RE = re.compile(
    r"\s+và\s+[^,;.()\d]{1,60}?\s+đạt\s+\d[\d.]*\s*/\s*\d[\d.]*(?:\s+[^\W\d]+){0,3}?"
    r"(?=\s+(?:theo|so với|trên)\s+(?:chỉ tiêu|kế hoạch)\b)",
    re.IGNORECASE,
)


# A count named as the result of its deed after it: "4.126 đoàn viên là kết quả kết nạp mới của các
# cấp công đoàn thành phố trong năm 2022" (probes209; as "là chỉ tiêu" names targets).
_NAMED_AS_A_RESULT_RE = re.compile(
    r"(?:\s+mới)?\s*(?:[-–—]\s*(?:đó\s+)?)?\blà\s+(?:những\s+|các\s+)?kết quả\s+(?:của\s+)?"
    r"(?:công tác\s+)?(?P<deed>kết nạp|phát triển|thành lập)\b",
    re.IGNORECASE,
)


def _named_as_a_result(sentence: str, item: Counted) -> Figure | None:
    metric = _METRIC_OF_TALLIED.get(item.kind)
    named = _NAMED_AS_A_RESULT_RE.match(sentence, item.unit_end)
    if metric is None or named is None or item.quantity.percent:
        return None
    if (named["deed"].lower() == "thành lập") != (metric == "cdcs_thanh_lap"):
        return None
    figure = _figure_at(sentence, item, metric)
    return figure if figure.kind == "result" else None


# The count just said referred back to, with its percent of the plan and no indicator named: "Con
# số này đạt 31% kế hoạch năm và là mức cao nhất trong ba năm trở lại đây" after "1.862 – đó là số
# đoàn viên mà LĐLĐ tỉnh Nghệ An kết nạp được trong quý I/2024" (probes181, 209, 216).
REFERS_BACK_RE = re.compile(
    r"^\W*(?:con số|số lượng|kết quả|số)\s+(?:này|trên|đó)\b[^%;]{0,20}?\s"
    rf"(?P<verb>đạt|vượt|bằng)\s+(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<num>\d{{1,3}}(?:,\d+)?)\s*%\s*"
    r"(?:so với\s+)?(?:kế hoạch|chỉ tiêu)\b(?!\s+(?:về|của)?\s*(?:phát triển|kết nạp|thành lập|"
    r"giới thiệu|tập huấn|đoàn viên|CĐCS|công đoàn cơ sở)\b)",
    re.IGNORECASE,
)


# ... or only the percent done, the subject left out, after the target or the count the context set:
# "Tuy nhiên, đến nay mới đạt 64,3%." after "Chỉ tiêu năm 2024 của LĐLĐ tỉnh Kiên Giang là kết nạp
# 2.800 đoàn viên." (probes377; CONVENTIONS.md: the percent done of a target just named). "mới" or
# "chỉ" says it falls short of a plan; a sentence that names anything else is no such line.
_PERCENT_DONE_SAID_BARE_RE = re.compile(
    r"^\W*(?:(?:tuy nhiên|nhưng|song|hiện nay|hiện|đến nay|tới nay|tính đến nay|"
    r"(?:tính\s+)?đến\s+(?:hết|cuối)\s+(?:tháng|quý)\s+[\dIV]+(?:/\d{4}|\s+năm\s+\d{4})?)"
    r"\s*,?\s*)*(?:mới|chỉ)\s+(?P<verb>đạt|được)\s+"
    rf"(?:(?P<qual>{w.QUALIFIER})\s+)?(?P<num>\d{{1,3}}(?:,\d+)?)\s*%"
    r"(?:\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu)(?:\s+(?:cả\s+)?năm)?)?(?=\s*[.!…]?\s*$)",
    re.IGNORECASE,
)


def refers_back(sentence: str, targets_only: bool = False) -> re.Match | None:
    """The match of a sentence that only gives the percent of the count or target before it
    (REFERS_BACK_RE, _PERCENT_DONE_SAID_BARE_RE; after a target alone, only the latter)."""
    bare = _PERCENT_DONE_SAID_BARE_RE.match(sentence)
    return bare if targets_only else (REFERS_BACK_RE.match(sentence) or bare)


def _percent_of_the_count_before(
    sentence: str, metric: str, targets_only: bool = False
) -> Figure | None:
    referred = refers_back(sentence, targets_only)
    if referred is None:
        return None
    figure = Figure(
        metric=metric,
        kind="result",
        start=referred.start("verb"),
        end=referred.end(),
        percent=parse_number(referred["num"]),
        percent_kind="over_target" if referred["verb"].lower() == "vượt" else "of_target",
    )
    if referred["qual"]:
        figure.qualifiers["percent"] = referred["qual"].lower()
    return figure


def _tallied_under_results(
    sentence: str, item: Counted, tallied: tuple[tuple[str, str], ...]
) -> Figure | None:
    """A breakdown line's bare count read as the result its context counted (TALLY_LINE_RE), or as
    the target its heading names or its context set."""
    metric = _METRIC_OF_TALLIED.get(item.kind)
    line = TALLY_LINE_RE.match(sentence)
    if metric is None or line is None or item.quantity.percent:
        return None
    heading = _BREAKDOWN_HEADING_RE.match(line["label"])
    if heading is None and _LABEL_NOT_A_BODY_RE.search(line["label"]):
        return None
    # (new unions and their members go together: a breakdown of either counts both, "Quảng Ninh: 9
    # tháng, 38 CĐCS, 4.126 đoàn viên mới" then "Riêng LĐLĐ TP Hạ Long: 12 CĐCS, 1.380 đoàn viên")
    kinds = {kind for told, kind in tallied if told in DEVELOPMENT_COUNTS}
    if heading and _PLAN_HEADING_RE.search(line["label"]):
        kind = "plan"
    elif kinds:
        kind = "result" if "result" in kinds else "plan"
    else:
        return None
    if not _TALLIED_BEFORE_RE.fullmatch(sentence, line.end(), item.quantity.start):
        return None
    if not _TALLY_ITEM_END_RE.match(sentence, item.unit_end):
        return None
    # (members counted in times are those a union helped, never those it recruited: "Bình Dương:
    # Hơn 1 triệu lượt đoàn viên, người lao động được hỗ trợ trong mùa dịch", probes332)
    if metric == "doan_vien_ket_nap" and re.match(
        r"\s*lượt\b", sentence[item.quantity.end : item.unit_end], re.IGNORECASE
    ):
        return None
    figure = _figure_at(sentence, item, metric)
    # (the heading's words are no item's: "Chỉ tiêu được phân bổ: Công đoàn Khu kinh tế tỉnh 1.800
    # đoàn viên, …", probes230)
    if (
        kind == "plan"
        and figure.kind == "result"
        and not _TALLY_DONE_RE.search(sentence, line.end())
    ):
        figure = as_planned(figure)
    if figure.kind != kind:
        return None
    cell = _TARGET_CELL_RE.match(sentence, item.unit_end)
    if cell and kind == "result" and figure.target is None:
        return _with_its_target_cell(figure, cell)
    return _with_percent_after(sentence, figure, item, item.unit_end)


# A breakdown line's target said after its count, as a cell of its own, and the percent done of it:
# "3. Công đoàn các KCN-CX Hà Nội | 4.580 đoàn viên | kế hoạch 4.500 | 101,8%" (probes187).
_TARGET_CELL_RE = re.compile(
    r"\s*[|,;–]\s*(?:kế hoạch|KH|chỉ tiêu)\s*:?\s*(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d,.]*\s*%)"
    r"(?:\s*[|,;–]\s*(?:đạt\s+)?(?P<num>\d{1,3}(?:,\d+)?)\s*%)?",
    re.IGNORECASE,
)


def _with_its_target_cell(figure: Figure, cell: re.Match) -> Figure:
    target = parse_number(cell["n"])
    if cell["num"] and target and all_numbers(figure.achieved):
        if abs(100 * figure.achieved / target - parse_number(cell["num"])) > 1.01:
            return figure
        figure.percent, figure.percent_kind = parse_number(cell["num"]), "of_target"
    figure.target = target
    figure.end = cell.end()
    return figure


# (a line that says it was done is no target: "đạt", "vượt", "được")
_TALLY_DONE_RE = re.compile(r"\b(?:đạt|vượt|được|đã)\b", re.IGNORECASE)


def _new_ones_tallied(sentence: str, item: Counted) -> Figure | None:
    tallied = w.NEW_ONES.search(sentence, 0, item.quantity.start)
    if tallied is None or tallied.end() != item.quantity.start:
        return None
    noun = "member" if tallied["member"] or tallied["member2"] else "cdcs"
    if item.kind not in _KINDS_OF_NEW[noun] or item.quantity.relation == "of":
        return None
    metric = "doan_vien_ket_nap" if noun == "member" else "cdcs_thanh_lap"
    figure = _figure_at(sentence, item, metric)
    figure.start = tallied.start() + len(tallied.group(0)) - len(tallied.group(0).lstrip(";,.:–- "))
    # (with its percent: "Số đoàn viên mới đạt 5.126 người, bằng 85,4% kế hoạch năm")
    return _with_percent_after(sentence, figure, item, item.unit_end)


# New ones said with no verb, leading their clause or after "có"/"thêm"/"với": "Trà Vinh: 31.158
# đoàn viên mới sau 4 năm", "Với 3.579 ĐVCĐ mới, …", "toàn thành phố có 93 đoàn viên mới" (not
# "hiện có", a stock, nor "tặng quà cho 50 đoàn viên mới", who they are).
# (or a ranking's: "LĐLĐ huyện Yên Thế dẫn đầu với 3.120 đoàn viên mới")
_NEW_ONES_LEAD_RE = re.compile(
    # (or gained: "Năm nay công đoàn được 190 đoàn viên mới", probes365)
    # (not money collected from them: "Kinh phí công đoàn thu được từ 14 CĐCS mới đạt 1,2 tỷ
    # đồng", probes381)
    # (or opening a quote: "“Chừng 150 đoàn viên mới, chủ yếu là giáo viên mầm non tư thục”, bà
    # …, nói về kết quả quý III", probes418)
    rf"(?:^|[,;:–“\"]|\bvà)\s*(?:(?:với|thêm|(?:[^,;:\d]{{0,40}}?\s)??(?<!hiện )(?<!nơi )(?:đã\s+)?"
    rf"(?:có|(?<!thu )được)(?:\s+thêm)?"
    rf"|(?:[^,;:\d]{{0,60}}?\s)??(?:dẫn đầu|đứng đầu)(?:\s+[^,;:\d\s]+){{0,6}}?\s+với)\s+)?"
    rf"(?:(?:{w.QUALIFIER})\s+)?$"
    # (the new ones an admission held took in, or given their cards: "tổ chức 3 đợt kết nạp với
    # tổng cộng 645 đoàn viên mới", "trao thẻ cho 210 đoàn viên mới", probes77)
    rf"|\b(?:(?:đợt|lễ)\s+kết nạp\b[^,;:\d]{{0,30}}?\s+với(?:\s+tổng\s+(?:cộng|số))?"
    rf"|(?:trao|phát)\s+thẻ(?:\s+đoàn viên)?(?:\s+công đoàn)?\s+cho)\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
_NEW_AFTER_RE = re.compile(
    r"\s+mới\b(?!\s+(?:được|đã|thành lập|kết nạp|ra mắt|tuyển|vào))", re.IGNORECASE
)


# (or past a comma, in words too: "Hai mươi CĐCS, gần bốn nghìn đoàn viên mới – đó là kết quả …",
# probes202)
_NEXT_IN_THE_LIST_RE = re.compile(r"(?:\s+và|\s*,)\s+", re.IGNORECASE)
_NEW_NOUN_RE = re.compile(rf"\s+(?:{w.CDCS_WORDS}|đoàn viên|ĐVCĐ|ĐV)\s+mới\b", re.IGNORECASE)


def _new_with_the_next(sentence: str, at: int) -> bool:
    """ "177.459 đoàn viên và 2.790 CĐCS mới": the next count of the list, said new."""
    link = _NEXT_IN_THE_LIST_RE.match(sentence, at)
    number = link and QUANTITY_RE.match(sentence, link.end())
    return bool(number) and bool(_NEW_NOUN_RE.match(sentence, number.end()))


_ADMITTED_TO_THE_PARTY_RE = re.compile(r"\bkết nạp\s+(?:vào\s+)?Đảng\b", re.IGNORECASE)


# A rate per unit or time under an average: "Bình quân mỗi CĐCS: 1,8 lần sinh hoạt/quý; 4,6 đoàn
# viên mới/năm" (probes512).
_PER_A_TIME_OR_UNIT_RE = re.compile(
    rf"(?:\s+mới)?\s*/\s*(?:năm|quý|tháng|{w.CDCS_WORDS}|đơn vị)\b", re.IGNORECASE
)


def _new_ones_said(sentence: str, item: Counted, previous: Figure | None) -> Figure | None:
    if item.quantity.relation == "of":
        return None
    if _PER_A_TIME_OR_UNIT_RE.match(sentence, item.unit_end) and re.search(
        r"\b(?:bình quân|trung bình)\b", sentence[: item.quantity.start], re.IGNORECASE
    ):
        return None
    # (the next of a list of new ones may leave "mới" to the first: "Với 627 đoàn viên mới (đạt
    # 104,5%) và 2 CĐCS khu vực ngoài nhà nước (đạt 100%)")
    # (not another indicator's "mới": "có 38 CĐCS ký mới thỏa ước và 51 CĐCS ký sửa đổi, …")
    goes_on = (
        previous is not None
        and previous.metric in ("cdcs_thanh_lap", "doan_vien_ket_nap")
        and re.search(r"\bmới\b", sentence[previous.start : previous.end])
        and re.fullmatch(
            r"\s*\)?\s*(?:\([^()]*\))?\s*(?:,|và)\s*", sentence[previous.end : item.quantity.start]
        )
    )
    # (or to the last: "177.459 đoàn viên và 2.790 CĐCS mới")
    if not (
        goes_on
        or _NEW_AFTER_RE.match(sentence, item.unit_end)
        or _new_with_the_next(sentence, item.unit_end)
    ):
        return None
    unit_word = sentence[item.quantity.end : item.unit_end].strip()
    if item.kind == "cdcs":
        metric = "cdcs_thanh_lap"
    elif item.kind == "member" and re.fullmatch(w.MEMBER_WORDS, unit_word, re.I):
        metric = "doan_vien_ket_nap"
    else:
        return None
    before = sentence[max(0, item.quantity.start - 40) : item.quantity.start]
    lead = _NEW_ONES_LEAD_RE.search(before)
    if lead is None:
        return None
    # ("… đoàn viên mới và 225 công đoàn cơ sở mới": "và" goes on from new ones just said)
    if re.match(r"\s*và\b", lead.group(0)) and not (
        previous is not None and previous.end >= item.quantity.start - len(lead.group(0)) - 6
    ):
        return None
    figure = _figure_at(sentence, item, metric)
    # (the next of a ranking goes on under its deed: "… dẫn đầu với 3.120 đoàn viên mới, tiếp đến
    # là LĐLĐ huyện Lạng Giang với 2.450 đoàn viên")
    figure.verb = "kết nạp" if metric == "doan_vien_ket_nap" else "thành lập"
    said_new = _NEW_AFTER_RE.match(sentence, item.unit_end)
    figure.end = said_new.end() if said_new else item.unit_end
    # ("26 CĐCS mới so với chỉ tiêu 20")
    _take_the_target_compared(sentence, figure)
    return _with_percent_after(sentence, figure, item, figure.end)


# "cứ … thì …" says a ratio, not a count: "Ở nhiều doanh nghiệp, cứ tổ chức được 2 cuộc đối thoại
# thì có 1 cuộc mang tính hình thức" (probes940).
_EVERY_SO_MANY_RE = re.compile(r"\bcứ\s+(?:[^\s,;\d]+\s+){0,4}$", re.IGNORECASE)
_THEN_SO_MANY_RE = re.compile(r"[^,;.]{0,60}?\bthì\b", re.IGNORECASE)
_A_DIGIT_RE = re.compile(r"\d")
_THEN_WORD_RE = re.compile(r"\bthì\b", re.IGNORECASE)
_A_NUMBER_RE = re.compile(r"(?<![\d.,])\d")


# (the count after its "thì" too: "“Cứ giới thiệu 10 người thì chỉ 3, 4 người được kết nạp vì công
# nhân hay nghỉ việc”", probes947)
_EVERY_SO_MANY_THEN_RE = re.compile(
    rf"\bcứ\s+(?:[^\s,;\d]+\s+){{0,4}}?(?:\d|{SPOKEN_NUMBER}\s)[^,;.]{{0,40}}?\bthì\s+"
    r"[^;.\d]{0,20}(?:\d+\s*,\s*)?$",
    re.IGNORECASE,
)


def _a_ratio_said_every_so_many(sentence: str, figure: Figure) -> bool:
    """The figure's count follows "cứ" and a "thì" follows it (_EVERY_SO_MANY_RE), or follows
    them both (_EVERY_SO_MANY_THEN_RE)."""
    # (a count in words starts the figure: "“… cứ mười người giới thiệu thì sáu người được kết
    # nạp”", probes951)
    digit = _A_DIGIT_RE.search(sentence, figure.start, figure.end)
    first = digit.start() if digit else figure.start
    if _EVERY_SO_MANY_RE.search(sentence, max(0, first - 40), first) and (
        _THEN_SO_MANY_RE.match(sentence, figure.end)
        or _THEN_WORD_RE.search(sentence, first, figure.end)
    ):
        return True
    return any(
        _EVERY_SO_MANY_THEN_RE.search(sentence, max(0, d.start() - 100), d.start())
        for d in _A_NUMBER_RE.finditer(sentence, figure.start, figure.end)
    )


def _results_take_the_targets_compared(sentence: str, figures: list[Figure]) -> None:
    """Gives each result read by a rule that looks no further than its count the target it is
    compared with right after it, which no other figure holds: "… thì năm 2024 con số này là 1.540,
    vượt xa chỉ tiêu 1.000 mà Công đoàn các KCN giao" (probes942)."""
    for figure in figures:
        if not all_numbers(figure.achieved):
            continue
        compared = _target_compared(sentence, figure.end)
        if compared is None or any(
            other is not figure and figure.end <= other.start < compared.end() for other in figures
        ):
            continue
        # (a number after a plan passed is its target only when near what was done, below it:
        # "con số này là 1.540, vượt xa chỉ tiêu 1.000", not "… 712 cán bộ, vượt kế hoạch 12
        # người", probes859, or "… 236 đoàn viên, vượt kế hoạch 1 nghiệp đoàn", probes907)
        target = _target_stated(compared, sentence)
        if _PASSED_THEN_A_NUMBER_RE.search(compared.group(0)) and not (
            all_numbers(target) and figure.achieved / 2 <= target < figure.achieved
        ):
            continue
        # (nor when the count's percent of its plan says another target: "kết nạp 84 đoàn viên,
        # đạt 105%, vượt chỉ tiêu 70 đoàn viên được giao", probes859)
        if figure.percent is not None and not is_its_share_of(figure, target):
            continue
        _give_the_target_compared(figure, target, compared)


def _take_the_target_compared(sentence: str, figure: Figure) -> None:
    """Gives a result the target it is compared with right after it (_target_compared)."""
    compared = _target_compared(sentence, figure.end)
    if compared:
        _give_the_target_compared(figure, _target_stated(compared, sentence), compared)


def _give_the_target_compared(figure: Figure, target, compared: re.Match) -> None:
    """Gives a result with no target yet `target`, stated by `compared`, which it ends with."""
    if figure.kind == "result" and figure.target is None:
        figure.target, figure.end = target, compared.end()


# (a time is no count, though its number may be the share: "Chỉ tiêu thành lập CĐCS năm 2024 …
# là 20 đơn vị; đến hết tháng 9 mới đạt 45%", probes515)
_TIME_WORD_BEFORE_RE = re.compile(r"\b(?:tháng|quý|ngày|năm|tuần|kỳ)\s*$", re.IGNORECASE)
_PART_OF_A_NUMBER_RE = re.compile(r"\d[.,]$")
_TIME_WORD_AFTER_RE = re.compile(r"\s*(?:/|(?:tháng|năm|ngày|quý|tuần|giờ)\b)", re.IGNORECASE)


def _no_count_of_its_own(sentence: str, quantity: Quantity) -> bool:
    """`quantity` is a time's number (_TIME_WORD_BEFORE_RE, _TIME_WORD_AFTER_RE), or a part of
    another number ("62,5%": its 5)."""
    return bool(
        _PART_OF_A_NUMBER_RE.search(sentence, max(0, quantity.start - 2), quantity.start)
        or _TIME_WORD_BEFORE_RE.search(sentence, max(0, quantity.start - 8), quantity.start)
        or _TIME_WORD_AFTER_RE.match(sentence, quantity.end)
    )


def _targets_take_the_counts_their_percents_say(sentence: str, figures: list[Figure]) -> None:
    """Gives a target that holds the percent of it done, and no count, the one number said between
    it and that percent whose share of it the percent is: "được giao kết nạp 5.000 đoàn viên,
    thành lập 28 CĐCS, song kết quả chỉ đạt 3.912 đoàn viên và 19 CĐCS, lần lượt bằng 78,2% và
    67,9% chỉ tiêu", "… đối thoại tại 60 doanh nghiệp; 8 tháng đầu năm đã tổ chức được tại 41
    doanh nghiệp, đạt 68,3% kế hoạch" (probes950): the count was said with no deed or noun a
    rule reads, and the percent says whose it is (no other figure holding that number)."""
    found = None  # (parsed only once a figure asks: this runs on every sentence)
    for figure in figures:
        if figure.achieved is not None or not all_numbers(figure.target, figure.percent):
            continue
        if not figure.target or figure.percent_kind not in ("of_target", "over_target"):
            continue
        found = quantities(sentence) if found is None else found
        percents = (q for q in found if q.percent and q.start > figure.start)
        said = next((q for q in percents if q.value == figure.percent), None)
        if said is None:
            continue
        counts = [
            q
            for q in found
            if figure.start < q.start < said.start
            and not q.percent
            and q.second is None
            # (digits only: "năm" is five as well as a year, "năm 2024 … 8 đơn vị; … đạt 62,5%")
            and not q.in_words
            and q.value != figure.target
            and not _no_count_of_its_own(sentence, q)
            and is_its_share_of(dataclasses.replace(figure, achieved=q.value), figure.target)
            and not any(q.value in (g.achieved, g.target) for g in figures)
        ]
        if len(counts) == 1:
            figure.kind, figure.achieved = "result", counts[0].value
            if "achieved" in counts[0].qualifiers:
                figure.qualifiers["achieved"] = counts[0].qualifiers["achieved"]
            figure.end = max(figure.end, counts[0].end)


# The units required to do a thing, then how many did it and their share: "Theo kế hoạch …, năm
# 2025 có 236 CĐCS phải tổ chức đại hội; đến 30/9 đã có 221 CĐCS đại hội xong, đạt 93,6%",
# "… năm 2025 có 60 doanh nghiệp trên địa bàn phải ký kết thỏa ước lao động tập thể; đến nay, … đã
# hỗ trợ 54 doanh nghiệp ký kết, đạt 90% kế hoạch" (probes956, probes958).
_REQUIRED_AFTER_RE = re.compile(
    rf"\s+(?:{w.UNIONS_OR_COMPANIES})(?:\s+[^\s,;\d]+){{0,5}}?\s+(?:thuộc diện\s+)?(?:phải|cần)"
    r"\s+(?:tổ chức|ký|thực hiện|đại hội)",
    re.IGNORECASE,
)


def _counts_take_the_units_required_to_do_it(sentence: str, figures: list[Figure]) -> None:
    """An indicator's count done with its share and no whole takes the units said before it to be
    required to do it (_REQUIRED_AFTER_RE) whose share of them the percent is."""
    found = None  # (parsed only once a figure asks)
    for figure in figures:
        if figure.metric != "other" or figure.kind != "result" or figure.target is not None:
            continue
        if figure.percent_kind not in ("of_target", "rate"):
            continue
        if not all_numbers(figure.achieved, figure.percent):
            continue
        found = quantities(sentence) if found is None else found
        wholes = [
            q
            for q in found
            if q.end <= figure.start
            and not q.percent
            and q.second is None
            and _REQUIRED_AFTER_RE.match(sentence, q.end)
            and is_ratio(figure.percent, written_percent(figure.percent), figure.achieved, q.value)
        ]
        if len(wholes) == 1:
            figure.target = wholes[0].value


# The units a body directed or guided to do a thing, then how many did it and their share: the
# units directed are the whole, those that did it the count ("Đơn vị đã chỉ đạo 141 CĐCS trực
# thuộc tổ chức đại hội, đến nay đã có 129 đơn vị hoàn thành, đạt 91,5%", "hướng dẫn, giám sát 74
# doanh nghiệp tổ chức hội nghị người lao động; kết quả 71 đơn vị tổ chức đúng quy trình, đạt
# 95,9%", probes948).
_DIRECTED_BEFORE_RE = re.compile(
    r"\b(?:chỉ đạo|hướng dẫn|giám sát|đôn đốc)(?:\s*(?:,|và)\s*(?:chỉ đạo|hướng dẫn|giám sát"
    r"|đôn đốc))*\s+(?:(?:cho|các|toàn bộ|tất cả)\s+)?$",
    re.IGNORECASE,
)
_THOSE_THAT_DID_IT_RE = re.compile(
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)\s+(?:đơn vị|doanh nghiệp|CĐCS|công đoàn cơ sở|cơ quan"
    r"|trường|bệnh viện)\b[^;%\d]{0,60}?\bđạt\s+(?:t[ỷỉ] lệ\s+)?(?P<p>\d+(?:,\d+)?)\s*%",
    re.IGNORECASE,
)


def _units_directed_take_those_that_did_it(sentence: str, figures: list[Figure]) -> None:
    """Gives a count of units directed to do a thing (_DIRECTED_BEFORE_RE), of an indicator,
    those that did it as its count and itself as the whole, when their percent says so."""
    for index, figure in enumerate(figures):
        if figure.metric != "other" or figure.target is not None or figure.percent is not None:
            continue
        number = _A_NUMBER_RE.search(sentence, figure.start, figure.end)
        if number is None or not all_numbers(figure.achieved) or not figure.achieved:
            continue
        if not _DIRECTED_BEFORE_RE.search(sentence, max(0, number.start() - 40), number.start()):
            continue
        stop = figures[index + 1].start if index + 1 < len(figures) else len(sentence)
        did = _THOSE_THAT_DID_IT_RE.search(sentence, figure.end, stop)
        if did is None:
            continue
        done, percent = parse_number(did["n"]), parse_number(did["p"])
        if not done < figure.achieved or not is_ratio(percent, did["p"], done, figure.achieved):
            continue
        figure.achieved, figure.target = done, figure.achieved
        figure.percent, figure.percent_kind, figure.end = percent, "rate", did.end()


# A plan passed, then a number: the target, or by how much it was passed ("vượt kế hoạch 12
# người", probes859).
_PASSED_THEN_A_NUMBER_RE = re.compile(
    r"\bvượt(?:\s+xa)?\s+(?:chỉ tiêu|kế hoạch|mục tiêu)\s+\d", re.IGNORECASE
)


# Two counts of units joined by "và", then two indicators joined by "và": each count is of the
# indicator of its turn, not of both ("có 312/318 cơ quan, đơn vị và 186/240 doanh nghiệp tổ chức
# hội nghị cán bộ, công chức, viên chức và hội nghị người lao động, tương ứng đạt 98,1% và 77,5%",
# probes842).
_JOINED_BY_AND_RE = re.compile(r"[^\d;]{0,40}?\svà\s+$", re.IGNORECASE)


def _counts_take_labels_in_turn(sentence: str, figures: list[Figure], also: Figure) -> bool:
    """Whether the last of `figures` and the one before it take the two labels in turn, `also`
    (the last one's second label) being the second's."""
    if len(figures) < 2:
        return False
    first, second = figures[-2], figures[-1]
    return (
        first.metric == second.metric == "other"
        and first.label == second.label != also.label
        and first.end <= second.start
        and bool(_JOINED_BY_AND_RE.fullmatch(sentence, first.end, second.start))
        and (first.target is None) == (second.target is None)
    )


def _with_percent_after(sentence: str, figure: Figure, item: Counted, at: int) -> Figure:
    """`figure` with the percent said after its words (which end at `at`), if it is a result's."""
    percent = percent_after(sentence, at, item.quantity, figure.metric)
    if percent and figure.kind == "result":
        take_percent(figure, percent)
        # (and the target named after it: "…; lũy kế 9 tháng là 1.230 đoàn viên, đạt 82% chỉ tiêu
        # 1.500 đoàn viên được giao", probes786)
        take_the_target_named_after(sentence, figure)
    return figure


# Those a Party organ admitted whom the union introduced: "Chi bộ Công ty … tổ chức lễ kết nạp 6
# đảng viên mới …, trong đó 4 người do Công đoàn Công ty … giới thiệu", "Đảng bộ Công ty … kết nạp
# 12 đảng viên mới, đều là đoàn viên ưu tú do Công đoàn Công ty … giới thiệu" (probes63; the Party
# organ's own admissions are none, _metric).
_BY_THE_UNION_INTRODUCED_RE = re.compile(
    r"(?:\s+(?:mới|người|đồng chí))?(?:\s*,?\s*(?:đều\s+)?là\s+[^,;\d]{0,40}?)?\s+"
    + w.INTRODUCED_BY_A_UNION,
    re.IGNORECASE,
)
_PARTY_ADMISSION_RE = re.compile(
    r"\bkết nạp\b[^;]{0,60}?(?:đảng viên|\bĐảng\b)|đảng viên mới", re.IGNORECASE
)


# The whole of those the union introduced, some of whom a clause after says were admitted: "Trong số
# 620 người công đoàn giới thiệu, đã có 418 người được kết nạp" (probes146).
_AMONG_RE = re.compile(rf"\btrong\s+(?:tổng\s+)?số\s+(?:(?:{w.QUALIFIER})\s+)?$", re.IGNORECASE)
_THE_UNION_INTRODUCED_RE = re.compile(
    rf"(?:\s+(?:người|đồng chí))?\s+(?:(?:do|được)\s+)?(?:các\s+)?(?:cấp\s+)?(?:tổ chức\s+)?"
    rf"(?:{w.UNION_BODY})\b[^;.,]{{0,60}}?\s+giới thiệu\b",
    re.IGNORECASE,
)


def _admitted_through_the_union(sentence: str, item: Counted) -> Figure | None:
    if item.kind not in ("member", "official_or_member"):
        return None
    if _AMONG_RE.search(sentence, 0, item.quantity.start) and _THE_UNION_INTRODUCED_RE.match(
        sentence, item.unit_end
    ):
        figure = _figure_at(sentence, item, "dang_vien_gioi_thieu")
        figure.stage, figure.verb = "introduced", "giới thiệu"
        return figure
    if not _BY_THE_UNION_INTRODUCED_RE.match(sentence, item.unit_end):
        return None
    if not _PARTY_ADMISSION_RE.search(sentence):
        return None
    figure = _figure_at(sentence, item, "dang_vien_gioi_thieu")
    figure.stage = "admitted"
    return figure


# People the union brought into the Party: "Công đoàn KCN tỉnh Bình Dương đã đưa được 312 công
# nhân vào Đảng" (probes94); not people brought anywhere else ("đưa 1.500 công nhân về quê").
# (in turn too: "… đã đưa được lần lượt 312 và 205 công nhân vào Đảng", probes533; those brought
# named in a list, "đã đưa được 96 công nhân, đoàn viên vào Đảng", probes526, probes534)
_BROUGHT_RE = re.compile(
    r"\bđưa\s+(?:được\s+)?(?:(?:lần lượt|tương ứng|theo thứ tự)\s+"
    r"(?:\d[\d.]*\s*(?:,|và)\s*)*)?"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
_INTO_THE_PARTY_RE = re.compile(
    r"(?:\s*,?\s+[^\s,;.\d]+){0,5}?\s+vào\s+(?:hàng ngũ(?:\s+của)?\s+)?Đảng\b"
)


def _brought_into_the_party(sentence: str, item: Counted, left: str) -> Figure | None:
    if item.kind not in ("member", "official_or_member") or item.quantity.relation is not None:
        return None
    if not (_BROUGHT_RE.search(left) and _INTO_THE_PARTY_RE.match(sentence, item.unit_end)):
        return None
    figure = _figure_at(sentence, item, "dang_vien_gioi_thieu")
    figure.stage, figure.verb = "admitted", "kết nạp"
    brought = _BROUGHT_RE.search(left)
    # (the last of values in turn from its own count, the earlier ones read as it is)
    in_turn = re.search(r"\d", brought.group(0))
    figure.start = (
        item.quantity.start if in_turn else brought.start() + item.quantity.start - len(left)
    )
    figure.end = _INTO_THE_PARTY_RE.match(sentence, item.unit_end).end()
    # (its percent after: "đã đưa được 56 đoàn viên vào Đảng, vượt chỉ tiêu 12%", probes358)
    return _with_percent_after(sentence, figure, item, figure.end)


# What was done said short in speech, the deed left to "được" and the noun: "Cả năm được 286 đoàn
# viên", "năm nay chúng tôi mới được 4.180 đoàn viên", "cả năm học chúng tôi mới làm được 4 công
# đoàn cơ sở", "6 tháng anh em vẫn được hơn một nghìn đoàn viên" (probes104). Only after who or when
# (not "hỗ trợ được 300 đoàn viên", a deed of its own), and not those who took part in something.
_DONE_SHORT_LEFT_RE = re.compile(
    rf"(?:^|[,;:“\"(]|\b(?:{w.DOERS}|cả năm"
    # ("riêng tháng 8 đã được hơn 3.100 đoàn viên", probes146)
    r"(?:\s+học)?|năm(?:\s+(?:nay|ngoái|qua|\d{4}))?|quý\s+[IV\d]+|tháng\s+\d{1,2}|"
    # (months in words too: "“Chín tháng được 1.720 đoàn viên, …”", probes407)
    rf"(?:\d+|{NUMBER_IN_WORDS})\s+tháng(?:\s+đầu năm)?"
    # (and the times of speech: "Từ đầu năm đến giờ mới làm được ba công đoàn cơ sở", "…
    # tháng trước làm được hai công đoàn cơ sở", probes318)
    r"|(?:đến|tới)\s+(?:giờ|nay)|(?:tháng|quý|năm)\s+(?:trước|rồi|này|vừa rồi|vừa qua)"
    # (or a place named: "Quận Long Biên thì mới được 900 đoàn viên, đạt 48%", probes266)
    rf"|(?:{w.PLACE_WORDS})(?:\s+[^\W\d][^\s,;:]*){{1,4}}?(?=\s+(?:thì|mới|chỉ|cũng)\b)"
    # (or before what it made: "quận Ngô Quyền làm được 6 công đoàn cơ sở, quận Lê Chân làm được 5
    # công đoàn cơ sở", probes564)
    rf"|(?:{w.PLACE_WORDS})(?:\s+[^\W\d][^\s,;:]*){{1,4}}?"
    r"(?=\s+(?:(?:đã|mới|chỉ|cũng)\s+)?làm\s+được\b)"
    # (or how hard it was: "“Năm nay chúng tôi cố gắng lắm mới làm được 7 công đoàn cơ sở, …”",
    # probes961)
    r"|\blắm(?=\s+mới\b)))"
    # (or what the speaker believes it was: "“Quý I chắc cũng được khoảng 150 đoàn viên, tôi chưa
    # cộng kỹ”", probes469)
    r"\s*(?:(?:thì|mà|mới|chỉ|vẫn|đã|cũng|đều|chắc|có lẽ|hẳn)\s+)*(?:làm\s+)?"
    rf"được\s+(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
_DONE_SHORT_UNIT_RE = re.compile(
    rf"(?:{w.MEMBER_WORDS}|{w.CDCS_WORDS}|nghiệp đoàn|cơ sở)$", re.IGNORECASE
)
_PLANS_PERCENT_AFTER_RE = re.compile(
    rf"\s*,?\s*(?:(?:đã|mới|chỉ)\s+)?(?:đạt|vượt|bằng)\s+(?:(?:{w.QUALIFIER})\s+)?"
    rf"\d[\d.,]*\s*%\s*(?:so với\s+)?{w.PLAN_NOUN}",
    re.IGNORECASE,
)
_REWARDED_BEFORE_RE = re.compile(r"\bthưởng(?:\s+cho)?\s+$", re.IGNORECASE)
_NOT_YET_DONE_AFTER_RE = re.compile(r"\s+(?:vẫn\s+)?chưa\s+(?!được\s+thành lập)", re.IGNORECASE)
_HANDED_TO_RE = re.compile(rf"\bcho\s+(?:(?:{w.QUALIFIER})\s+)?$", re.IGNORECASE)
_TOOK_PART_AFTER_RE = re.compile(
    # ("được 1.200 đoàn viên ở 46 CĐCS đăng ký thi đấu", probes106)
    # (after other people listed with them too: "Giải chạy … được hơn 2.000 đoàn viên, người lao
    # động tham gia", probes378)
    rf"(?:\s*(?:,|và)\s*(?:{w.UNION_PEOPLE.pattern})\b)*"
    r"[^,;]{0,40}?\b(?:tham gia|tham dự|nhận|hưởng|hỗ trợ|tặng|dự|thi đấu|tranh tài|có mặt|"
    # (or signed up for anything but joining: "được 300 đoàn viên đăng ký làm cổ động viên",
    # probes268)
    r"đăng ký\s+(?!(?:tham gia|gia nhập|vào|kết nạp)\b)\w+)\b",
    re.IGNORECASE,
)


def _done_said_short(sentence: str, item: Counted, left: str) -> Figure | None:
    # (a range is said short too, hedged: "đến giờ mới được chừng 500, 600 đoàn viên thôi",
    # probes376; bare, it is what a unit does now and then, "có tháng anh em làm được 5, 6 công
    # đoàn cơ sở", or on average, "mỗi huyện làm được 3-4 công đoàn cơ sở mỗi năm")
    quantity = item.quantity
    hedged = quantity.qualifiers.get("achieved") in HEDGES
    if quantity.relation == "of" or (quantity.relation and not hedged):
        return None
    if item.kind not in ("member", "cdcs"):
        return None
    unit_word = sentence[item.quantity.end : item.unit_end].strip()
    # (people, when a percent of the plan says what they are: "Năm ngoái chúng tôi được 3.600
    # người, vượt 20% kế hoạch công đoàn đề ra", probes153)
    if not _DONE_SHORT_UNIT_RE.fullmatch(unit_word) and not (
        unit_word.lower() == "người" and _PLANS_PERCENT_AFTER_RE.match(sentence, item.unit_end)
    ):
        return None
    if not _DONE_SHORT_LEFT_RE.search(left) or _TOOK_PART_AFTER_RE.match(sentence, item.unit_end):
        return None
    # (after a target named, what was done of it is read with it: results_said_short; a plan
    # that only measures a count before, "vượt 8% kế hoạch, làm được 31 công đoàn cơ sở", names
    # none, probes143)
    if re.search(
        rf"\b(?:{w.PLAN_NOUN}|mục tiêu)\b",
        w.YARDSTICK_RE.sub(" ", sentence[: item.quantity.start]),
        re.I,
    ):
        return None
    metric = "cdcs_thanh_lap" if item.kind == "cdcs" else "doan_vien_ket_nap"
    figure = _figure_at(sentence, item, metric)
    figure.verb = "thành lập" if metric == "cdcs_thanh_lap" else "kết nạp"
    # (what is hoped for by the end of the time is a plan: "Cố gắng lắm thì đến cuối năm được
    # khoảng 450 đến 480 đoàn viên, chứ 500 thì khó", probes323)
    if _HOPED_BY_THE_END_RE.search(left):
        return as_planned(figure)
    # (and the target it is out of, as other counts take it: "“Năm nay chúng tôi làm được 4 công
    # đoàn cơ sở trên chỉ tiêu 10, …”", the README's known gap of the twelfth part)
    compared = _target_compared(sentence, item.unit_end)
    if compared:
        figure.target, figure.end = _target_stated(compared, sentence), compared.end()
    # ("cả tỉnh cũng chỉ được hơn 9.400 đoàn viên, đạt khoảng 78% chỉ tiêu", probes116)
    return _with_percent_after(sentence, figure, item, figure.end)


_HOPED_BY_THE_END_RE = re.compile(
    r"\b(?:cố gắng|phấn đấu|may ra|chắc)\b[^,;.]{0,30}?\b(?:đến|tới)\s+cuối\s+(?:năm|tháng|quý)\b"
    r"(?!\s+(?:\d|này\b))[^,;.\d]{0,20}$",
    re.IGNORECASE,
)


# More unions or members set out to add, the deed left to "thêm": "năm 2025 phấn đấu thêm 10 CĐCS
# và 2.000 đoàn viên nữa" (probes475), the next of its list too.
_MORE_PLANNED_RE = re.compile(
    r"\b(?:phấn đấu|dự kiến|mục tiêu(?:\s+là)?|sẽ|cố gắng)\s+(?:có\s+)?thêm\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


_MORE_ENDS_RE = re.compile(
    r"(?:\s+mới)?(?=\s*(?:[,.;”\")]|$|\s+(?:nữa|và|với|trong|vào|ở|tại)\b))", re.IGNORECASE
)


def _more_planned(
    sentence: str, item: Counted, left: str, previous: Figure | None
) -> Figure | None:
    if item.kind not in ("cdcs", "member") or item.quantity.relation is not None:
        return None
    unit_word = sentence[item.quantity.end : item.unit_end].strip()
    if item.kind == "member" and not re.fullmatch(w.MEMBER_WORDS, unit_word, re.I):
        return None
    listed = (
        previous is not None
        and previous.kind == "plan"
        and _MORE_PLANNED_RE.search(sentence, 0, previous.start)
        and re.fullmatch(r"\s*(?:,|và)\s*", sentence[previous.end : item.quantity.start])
    )
    if not listed and not _MORE_PLANNED_RE.search(left):
        return None
    # (the units or members alone, with nothing said of them after: not "phấn đấu có thêm 30 đoàn
    # viên ưu tú được kết nạp Đảng", probes53, nor "sẽ có thêm 47 công đoàn cơ sở còn lại tiến
    # hành đại hội", probes85)
    if not _MORE_ENDS_RE.match(sentence, item.unit_end):
        return None
    metric = "cdcs_thanh_lap" if item.kind == "cdcs" else "doan_vien_ket_nap"
    figure = as_planned(_figure_at(sentence, item, metric))
    figure.verb = "thành lập" if item.kind == "cdcs" else "kết nạp"
    return figure


def _figure_at(sentence: str, item: Counted, metric: str) -> Figure:
    """A figure whose words are its count and noun alone (no verb before it)."""
    quantity = item.quantity
    kind = plan_or_result(sentence, quantity.start, quantity)
    figure = counted_figure(metric, kind, quantity.start, item.unit_end, quantity)
    figure.qualifiers.update(qualifiers_of(quantity, kind, sentence, item.unit_end))
    return figure


_UNION_NAMED = rf"(?:[Nn]ghiệp đoàn|(?i:{w.CDCS_WORDS})|NĐ)\b"
# ... or a company's union by its name ("Công đoàn Công ty TNHH khoai mì Phước Vân", H42-014)
# (or the speaker's own, in speech: "“Công đoàn chúng tôi được thành lập tháng 8/2024 với 1.240 đoàn
# viên …”", probes547)
_UNION_OR_COMPANYS = (
    rf"(?:{_UNION_NAMED}|Công đoàn\s+(?:Công ty|Tổng công ty|Bệnh viện|Trường|Nhà máy|"
    r"Xí nghiệp|Chi nhánh)\b"
    r"|(?i:công đoàn)\s+(?:của\s+)?(?:chúng tôi|chúng em|chúng mình|bọn mình|mình)\b)"
)
# Unions named in turn, each by its own name: "Nghiệp đoàn nghề cá Sông Đốc và Nghiệp đoàn nghề cá
# Đất Mũi", "CĐCS Công ty TNHH Lites Vina và CĐCS Công ty TNHH Sumitomo Electric" (probes590).
_A_UNIONS_NAME = (
    rf"(?:{_UNION_OR_COMPANYS})"
    r"(?:\s+(?!(?:và|với|lần lượt|tương ứng|theo thứ tự|được|đã|vừa|mới|ra mắt|thành lập)\b)"
    r"[^\s,;:()]+)+"
)
_UNIONS_IN_TURN_RE = re.compile(
    rf"{_A_UNIONS_NAME}(?:\s*,\s*{_A_UNIONS_NAME})*\s*,?\s+và\s+{_A_UNIONS_NAME}"
)


def _unions_named_in_turn(text: str, count: int) -> list[str]:
    """The last `count` unions named in turn in `text` (_UNIONS_IN_TURN_RE), or none."""
    found = list(_UNIONS_IN_TURN_RE.finditer(text))
    if not found:
        return []
    names = re.findall(_A_UNIONS_NAME, found[-1].group(0))
    return names if len(names) == count else []


# A character of a union's name: a small number may be part of it ("CĐCS Công ty TNHH Goertek Vina
# 2 với 1.084 đoàn viên", "Công đoàn Công ty May 10"), not a year, a date or a count of anything.
_NAME_CHAR = (
    r"(?:[^\d;]|(?<=[^\W\d_] )(?<!tháng )(?<!ngày )(?<!năm )(?<!quý )(?<!với )(?<!tại )(?<!có )"
    # (with a dot too: "Công đoàn Công ty CP Sông Đà 10.1", probes293; one or two digits after
    # it are no thousands)
    r"(?<!gồm )\d{1,2}(?:\.\d{1,2})?(?![\d.,/%])"
    r"(?!\s+(?:đoàn viên|người|CĐCS|công đoàn|thành viên|lao động|đơn vị)))"
)
_NAMED_UNION_FOUNDED = re.compile(
    # (a headline may start with its verb: "Ra mắt Công đoàn cơ sở Công ty TNHH … với 350 đoàn
    # viên")
    # (or the decision recognising it handed over: "trao quyết định công nhận CĐCS Công ty TNHH
    # Seojin Vina với 1.327 đoàn viên", probes101; a union rated names no members with "với")
    # (or several named: "lễ ra mắt Nghiệp đoàn xe ôm phường Mỹ Long, Nghiệp đoàn bốc xếp phường Mỹ
    # Phước và Nghiệp đoàn tiểu thương chợ Long Xuyên với 126 đoàn viên", probes108)
    # (or gathering them: "lễ ra mắt Nghiệp đoàn xe ôm công nghệ huyện, quy tụ 42 thành viên",
    # probes166, probes172)
    # (not an anniversary's name: "lễ kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam với hơn 300
    # đoàn viên tham dự", probes368)
    r"(?<![Nn]gày )"
    rf"(?i:thành lập|ra mắt|quyết định công nhận)\s+(?:mới\s+)?{_UNION_NAMED}{_NAME_CHAR}{{0,160}}?"
    r"(?:\bvới|,\s*(?:quy tụ|tập hợp|thu hút))\s*"
    # (or their number named: "… ra mắt Nghiệp đoàn nghề cá xã Xuân Hội với số đoàn viên 42
    # người", probes634)
    r"(?:tổng số\s*|số\s+(?:đoàn viên|thành viên)\s+(?:là\s+)?)?$"
    # (a company's union, bare: "rồi mới thành lập được công đoàn với 45 đoàn viên", probes361)
    r"|(?<!chưa )(?<!không )(?<![Nn]gày )(?i:thành lập|ra mắt)\s+(?:được\s+)?"
    r"(?i:công đoàn|nghiệp đoàn)\b"
    r"[^\d;,]{0,40}?\bvới\s*$"
    # (or the union said bare, its launch told in speech, that day's: "Hôm nay công đoàn ra mắt với
    # 1.150 đoàn viên", "Nghiệp đoàn ra mắt hôm nay quy tụ 57 tiểu thương", probes571; not one of
    # several counted, "12 nghiệp đoàn ra mắt với …")
    r"|(?<!chưa )(?<!không )(?<!\d )\b(?i:công đoàn(?:\s+cơ sở)?|CĐCS|nghiệp đoàn)\s+"
    r"(?:(?:vừa|mới|đã)\s+)?(?i:ra mắt|ra đời)(?:\s+(?i:hôm nay|sáng nay|chiều nay|tối nay))?"
    r"\s*,?\s*(?:với|quy tụ|tập hợp)\s*$"
    # "Công đoàn cơ sở Công ty TNHH ABC được thành lập với 450 đoàn viên" (not "được thành lập
    # năm 2010 với ...": a union's history)
    # (one union, named: not "có 13 NĐ nghề cá được thành lập với ...", a count of them)
    # ("Nghiệp đoàn xe ôm phường Bến Thành ra mắt với 46 đoàn viên")
    rf"|(?<!\d )(?<!\d){_UNION_NAMED}{_NAME_CHAR}{{0,80}}?\b(?:vừa\s+|đã\s+|mới\s+)?"
    r"(?:được\s+thành lập(?:\s+(?:và\s+)?ra mắt)?|ra mắt|ra đời)\s+với\s*(?:tổng số\s*)?$"
    # "Theo quyết định thành lập, CĐCS Công ty TNHH May túi xách Thái Dương … gồm 168 Công đoàn
    # viên": the founding decision names its members
    # (with "có": "Công đoàn Công ty TNHH khoai mì Phước Vân bước đầu thành lập có tất cả 7 đoàn
    # viên", H42-014; past the groups it has: "Nghiệp đoàn Xích lô du lịch được thành lập, có 6
    # tổ, với 264 đoàn viên", H42-021)
    rf"|(?<!\d )(?<!\d){_UNION_OR_COMPANYS}{_NAME_CHAR}{{0,80}}?\b(?:(?:bước đầu|vừa|mới|đã)\s+)*"
    r"(?:được\s+)?(?:thành lập|ra mắt|ra đời)\s*,?\s*"
    r"(?:có\s+\d{1,2}\s+(?:tổ|nhóm|chi nhánh)\b[^,;\d]{0,20},\s*)?"
    r"(?:với|có|gồm)\s*(?:(?:tất cả|tổng số|tổng cộng)\s*)?$"
    rf"|(?i:quyết định|nghị quyết)\s+thành lập,?\s+{_UNION_NAMED}{_NAME_CHAR}{{0,80}}?\b"
    r"(?:gồm|có|với)\s*"
    r"(?:tổng số\s*)?$"
    # its founding told, then its members then: "Công đoàn cơ sở TNHH J-Star Vina Tuyên Quang được
    # thành lập vào tháng 10/2023, khi thành lập có 530 đoàn viên, đến nay kết nạp thêm 418 …"
    # (H31-052)
    # ("Công đoàn cơ sở Công ty … , thành lập hồi tháng 8 vừa rồi, khi thành lập đã có 315 đoàn
    # viên", probes318)
    # (or its founding told verb first, the time referred back to: "Hồi tháng 3 công ty mới
    # thành lập công đoàn, khi đó có 86 đoàn viên, đến nay là 140", probes355)
    # (or the union first, bare: "Hôm công đoàn ra mắt, khi đó có 530 đoàn viên", probes361)
    # (a company's union by its name, at its launch: "Công đoàn Công ty TNHH Phát triển Cao su Tân
    # Biên – Kampong Thom được thành lập vào tháng 8/2024, khi thành lập có 342 đoàn viên", "CĐCS
    # Công ty … được thành lập tháng 3/2024, khi ra mắt có 1.148 đoàn viên", probes534, probes535)
    rf"|(?:{_UNION_OR_COMPANYS}[^;]{{0,80}}?\b(?:được\s+)?(?i:thành lập)"
    r"|(?i:công đoàn|nghiệp đoàn)\s+(?:(?:mới|vừa|được)\s+)*(?i:thành lập|ra mắt)"
    r"|(?i:thành lập|ra mắt)\s+(?:được\s+)?(?i:công đoàn|CĐCS|nghiệp đoàn)\b)[^;]{0,40}?,\s*"
    r"(?i:(?:ngay\s+)?(?:khi|lúc|hôm)\s+(?:mới\s+)?(?:thành lập|ra mắt)|ban đầu"
    r"|thời điểm (?:thành lập|ra mắt)"
    r"|(?:khi|lúc)\s+(?:đó|ấy))\s*,?\s*(?:đã\s+)?"
    r"(?:có|gồm)\s*(?:tổng số\s*)?$"
    # or the sentence after the founding, the unions referred back to: "Khi thành lập, các CĐCS
    # này có 468 đoàn viên" (a gap the probes of 2026-12-03 named; "Khi thành lập, công đoàn có 45
    # đoàn viên" with no "này" is a union's history)
    r"|^\W*(?i:khi|lúc)\s+(?:mới\s+)?(?i:thành lập|ra mắt)\s*,?\s*(?i:các\s+|\d{1,4}\s+)?"
    rf"{_UNION_OR_COMPANYS}\s+(?:mới\s+)?(?:này|trên|nói trên|vừa thành lập|mới thành lập)\s+"
    r"(?:có|gồm)\s*(?:(?:tổng số|tất cả|tổng cộng)\s*)?$"
)


# A union founded in a month, with its members then: "CĐCS Công ty TNHH Rau hoa Đà Lạt Xanh thành
# lập tháng 8/2025 với 42 đoàn viên, đến nay kết nạp thêm 35 người" (H31-052 read its members at
# the founding as recruited), "CĐCS công ty được thành lập tháng 12/2021 với 2.860 đoàn viên, sau
# gần một năm … vận động" (probes60: every founding dated to its month in the sets is read so; one
# dated to a bare year is a union's history, "được thành lập năm 1998 với 45 đoàn viên").
# (or the sentence opens on it, the union named after: "Thành lập tháng 3/2022 với 27 đoàn viên,
# đến nay Nghiệp đoàn xe ôm công nghệ quận Ninh Kiều đã có 86 thành viên")
# (not long ago: "… được thành lập tháng 5/1965 với 320 đoàn viên" is the union's history)
_FOUNDED_IN_A_MONTH_RE = re.compile(
    # (a company's union by its name too: "Công đoàn Công ty TNHH Kỹ thuật Nhựa An Dương, được
    # thành lập tháng 2/2025 với 318 đoàn viên", probes293)
    rf"(?:{_UNION_OR_COMPANYS}[^\d;]{{0,80}}?\b|^\W*)(?:được\s+)?(?i:thành lập|ra mắt)\s+"
    # (the marker of unions in turn between: "… được thành lập lần lượt vào tháng 3 và tháng 5/2024
    # với 1.240 và 860 đoàn viên", probes582)
    r"(?:(?i:lần lượt|tương ứng|theo thứ tự)\s+)?"
    # (or on a day: "được thành lập ngày 20/8/2023 với 47 thành viên", probes148)
    # (or "trong tháng": "… được thành lập trong tháng 2/2026 với 1.120 đoàn viên", probes291)
    r"(?:vào\s+|hồi\s+|trong\s+)?(?:(?:cuối|đầu|giữa)\s+)?"
    # (or on a day named by its part: "Nghiệp đoàn Lái xe công nghệ quận Thanh Xuân, ra mắt sáng
    # 12/10/2024, quy tụ 58 thành viên", probes573)
    # (or in the months of unions founded in turn: "… lần lượt được thành lập trong tháng 9 và
    # tháng 10/2024 với 420 và 1.150 đoàn viên", probes590)
    r"(?:(?i:tháng)\s+(?:\d{1,2}\s*(?:,|\s(?i:và))\s*(?:(?i:tháng)\s+)?)*"
    r"|(?:(?i:sáng|chiều|tối)\s+)?(?i:ngày)\s+\d{1,2}[/.-]"
    r"|(?i:sáng|chiều|tối)\s+\d{1,2}[/.-])\d{1,2}"
    # (or this year's, its year unsaid: "Nghiệp đoàn nghề cá xã Phước Thể … được thành lập cuối
    # tháng 5 với 58 đoàn viên", probes321)
    r"(?:[/.-](?P<year>(?:19|20)\d\d)|(?:\s+(?:vừa rồi|vừa qua|này))?(?![/.\d]))"
    # (or gathering them: "… ra mắt vào tháng 3/2026, quy tụ 112 thành viên", probes320)
    r"\s*(?:,?\s+(?:với|có)|,\s*(?:quy tụ|tập hợp))\s*"
    # (the first of their members in turn: "… ra mắt trong tháng 8/2024, quy tụ lần lượt 86 và 64
    # đoàn viên", probes605)
    r"(?:tổng số\s*|(?i:lần lượt|tương ứng|theo thứ tự)\s+)?$"
)
_YEAR_RE = re.compile(r"(?<![\d.,/])(?:19|20)\d\d(?![\d.,])")
# How many years before the newest year its sentence names a founding is still news.
_RECENT_YEARS = 3


def _founded_lately(sentence: str, left: str) -> bool:
    """A union founded in a month named, not long before the newest year the sentence names (or
    this century's when it names none)."""
    founded = _FOUNDED_IN_A_MONTH_RE.search(left)
    if founded is None:
        return False
    if founded["year"] is None:
        return True
    year = int(founded["year"])
    newest = max((int(y) for y in _YEAR_RE.findall(sentence)), default=year)
    return year >= 2000 and newest - year <= _RECENT_YEARS


# (a year before a comma too: "thành lập năm 1998, khi đó có …")
_A_YEAR_RE = re.compile(r"(?<![\d.,/])(?:19|20)\d\d(?!\d|[.,]\d)")


def _long_past(sentence: str, founding: str) -> bool:
    """The founding told names a year long before the newest year its sentence names (or one of
    the last century)."""
    years = [int(y) for y in _A_YEAR_RE.findall(founding)]
    if not years:
        return False
    newest = max([*years, *(int(y) for y in _A_YEAR_RE.findall(sentence))])
    return min(years) < 2000 or newest - min(years) > _RECENT_YEARS


# A union founded, as a headline tells it: "Thành lập CĐCS Công ty cổ phần công nghệ môi trường Tây
# Ninh", "Quận 2, TP HCM: ra mắt nghiệp đoàn giữ trẻ".
# (with how many: "Trao quyết định thành lập 3 công đoàn cơ sở tại Khu công nghiệp Quang Châu",
# probes205)
# (or the union first, born: "Thêm 2 nghiệp đoàn nghề cá ra đời ở Cà Mau", probes293)
# (how many in words too: "Thành lập hai nghiệp đoàn xe công nghệ tại Đà Nẵng", probes377)
_FEW = rf"(?:\d{{1,3}}|(?:{NUMBER_IN_WORDS})\b)"
FOUNDED_HEADLINE = re.compile(
    rf"(?:thành lập|ra mắt)\s+(?:mới\s+)?(?:thêm\s+)?(?:{_FEW}\s+)?{_UNION_OR_COMPANYS}"
    rf"|(?:^|\bthêm\s+)(?:{_FEW}\s+)?{_UNION_OR_COMPANYS}[^:;,\d]{{0,60}}?\b"
    r"(?:ra đời|ra mắt|được thành lập)\b",
    re.IGNORECASE,
)
# ... then the union its sentence opens on, and its members: "CĐCS Công ty cổ phần công nghệ môi
# trường Tây Ninh có 79 đoàn viên công đoàn" (H42-017), "NĐ quy tụ 37 thành viên là giáo viên mầm
# non, bảo mẫu …" (H39-023); not what it has now ("hiện có").
_WHAT_IT_HAS_NOW_OPENS_RE = re.compile(rf"\W*{w.OPENING}hiện(?:\s+(?:nay|tại|giờ))?\b", re.I)
_THE_UNION_HAS_RE = re.compile(
    # (a name, no verb of its own: not the rule "CĐCS được thành lập khi có ít nhất 05 đoàn viên")
    # (the first of a list detailed, or all the new ones: "Cụ thể, CĐCS Công ty TNHH Fuhong … có 620
    # đoàn viên; …", "Các CĐCS mới có tổng cộng 1.875 đoàn viên", probes205)
    rf"\W*{w.OPENING}(?:cụ thể\s*,\s*)?(?:các\s+)?"
    # (not the companies it is in, which have: "Các CĐCS vừa ra mắt đều thuộc doanh nghiệp có từ 20
    # đến 150 lao động", probes77)
    rf"{_UNION_OR_COMPANYS}(?:(?!\b(?:được|khi|nếu|phải|sẽ|cần|đủ|(?-i:doanh nghiệp))\b)[^\d;,])"
    r"{0,80}?"
    r"\s(?<!hiện )(?<!nay )"
    # ("with": "Các CĐCS mới gồm CĐCS Công ty TNHH May Tam Nông Việt với 215 đoàn viên, …",
    # probes381)
    r"(?:(?:chính thức|ban đầu|bước đầu)\s+)?(?:có|gồm|quy tụ|với)\s+"
    r"(?:(?:tất cả|tổng số|tổng cộng)\s+)?"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


# The next union of a list of ones founded, its verb said with the first: "Nghiệp đoàn tiểu thương
# chợ Thủ Dầu Một ra mắt với 96 đoàn viên, Nghiệp đoàn xe ôm công nghệ phường Thủ Dầu Một với 58
# đoàn viên"; "thành lập Nghiệp đoàn bán vé số Tân An với 64 đoàn viên và Nghiệp đoàn bán vé số Cái
# Khế với 51 đoàn viên" (probes70).
_NEXT_UNION_LISTED_RE = re.compile(
    # (or a company's union by its name: "Công đoàn Công ty CP Sông Đà 10.1 được thành lập với 37
    # đoàn viên, Công đoàn Công ty TNHH Xây lắp Nậm Na với 29 đoàn viên", probes293)
    rf"(?:,|\bvà)\s+{_UNION_OR_COMPANYS}{_NAME_CHAR}{{0,80}}?\bvới\s*(?:tổng số\s*)?$"
)
_FIRST_UNION_FOUNDED_RE = re.compile(
    r"(?:thành lập|ra mắt|ra đời)[^;]{0,120}?\bvới\s+\d", re.IGNORECASE
)


def _next_union_founded(before: str) -> bool:
    listed = _NEXT_UNION_LISTED_RE.search(before)
    return bool(listed) and bool(_FIRST_UNION_FOUNDED_RE.search(before, 0, listed.start()))


def _members_of_named_union(
    sentence: str, item: Counted, left: str, founding_context: bool = False
) -> Figure | None:
    """ "thành lập Nghiệp đoàn Xe ôm phường Thới Hòa với 14 thành viên": one union founded, its
    founding members recruited (a committee "thành lập với 5 thành viên" names no union); or,
    under a headline of its founding, the union the sentence opens on and its members."""
    if item.kind not in ("member", "founder"):
        return None
    named = _NAMED_UNION_FOUNDED.search(left)
    if named is not None and _long_past(sentence, left[left.rfind(";", 0, named.start()) + 1 :]):
        # (a union's history: "CĐCS nhà trường được thành lập năm 1998, khi đó có 45 đoàn viên",
        # CONVENTIONS.md)
        return None
    if (
        named is None
        and not _founded_lately(sentence, left)
        and not _next_union_founded(sentence[: item.quantity.start])
        and not (
            founding_context
            # (not a breakdown of the members the headline gave: "Trong đó, Nghiệp đoàn xã Vị Tân
            # có 52 đoàn viên, …" under "Ra mắt 2 nghiệp đoàn … với 98 đoàn viên", probes44)
            and not _A_BREAKDOWN_OPENS_RE.match(sentence)
            # (nor what a body has now, said first: "Hiện Công đoàn phường Cầu Giấy có 46 CĐCS và
            # nghiệp đoàn trực thuộc với khoảng 6.800 đoàn viên" under "Ra mắt Nghiệp đoàn …",
            # probes960)
            and not _WHAT_IT_HAS_NOW_OPENS_RE.match(sentence)
            and _THE_UNION_HAS_RE.fullmatch(
                sentence, _clause_start(sentence, item.quantity.start), item.quantity.start
            )
        )
    ):
        return None
    # (those who applied in writing have not joined yet: "Nghiệp đoàn … đã có 184 người lao động
    # viết đơn gia nhập", H17-009)
    if w.APPLYING.search(sentence, item.unit_end, end_of_clause(sentence, item.unit_end)):
        return None
    # (nor have those said not to be members: "… chưa thành lập CĐCS, với khoảng 38.000 lao động
    # chưa là đoàn viên", probes931)
    if _said_no_members(sentence, item):
        return None
    # (its committee is no count of members: "… Quyết định thành lập CĐCS đồng thời chỉ định Ban
    # Chấp hành CĐCS lâm thời gồm 03 người", H14-028)
    if _COMMITTEE_RE.search(left[-80:]):
        return None
    return _figure_at(sentence, item, "doan_vien_ket_nap")


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause `at` is in starts: past the last ";" before it (each union of "CĐCS Công ty
    A có 620 đoàn viên; CĐCS Công ty B có 410 đoàn viên" opens its own, probes205), or past a comma
    before a union ("Khi thành lập, CĐCS Công ty … có 245 đoàn viên"; "…, Nghiệp đoàn xe taxi công
    nghệ có 74 thành viên", probes377; not after "hiện", "Hiện, Nghiệp đoàn … đã có 184 người",
    what it has now, H17-009), or past "và" after a count ("… với 42 đoàn viên và CĐCS Công ty
    …", probes381)."""
    return max((m.end() for m in _NEXT_UNIONS_CLAUSE_RE.finditer(sentence, 0, at)), default=0)


_NEXT_UNIONS_CLAUSE_RE = re.compile(
    rf";|(?:(?<!hiện)(?<!nay),|(?<=\d)[^\d,;]*?\svà)\s*(?={_UNION_OR_COMPANYS})", re.IGNORECASE
)
_A_BREAKDOWN_OPENS_RE = re.compile(rf"\W*{w.AMONG_THEM}\b", re.IGNORECASE)


_COMMITTEE_RE = re.compile(
    r"\b(?:Ban Chấp hành|BCH|Ban Thường vụ|chỉ định)\b[^\d;,]*\b(?:gồm|có|với)\s*$", re.I
)


def _members_in_brackets(sentence: str, item: Counted) -> Figure | None:
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
    return _figure_at(sentence, item, "doan_vien_ket_nap")


# A Nghiệp đoàn's members are its "thành viên", admitted as union members are: "Riêng Nghiệp đoàn
# xe công nghệ phường Cầu Giấy, trong quý I/2026 đã kết nạp thêm 318 thành viên" (probes320; a
# cooperative's or a club's members are not).
_GUILD_ADMITS_RE = re.compile(
    r"(?:\b[Nn]ghiệp đoàn\b|\bNĐ\b)[^;]{0,120}?\bkết nạp\s+(?:(?:thêm|mới|được)\s+)*$"
)


_GUILD_TARGET_RE = re.compile(
    r"[^;\d]{0,20}\d[\d,]*\s*%\s*(?:chỉ tiêu|kế hoạch)\s+(?P<n>\d{1,3}(?:\.\d{3})+|\d+)"
    r"\s+thành viên\b"
)


def _guild_members_admitted(sentence: str, item: Counted) -> Figure | None:
    if item.kind != "founder" or not _GUILD_ADMITS_RE.search(
        sentence, _clause_start(sentence, item.quantity.start), item.quantity.start
    ):
        return None
    figure = _with_percent_after(
        sentence, _figure_at(sentence, item, "doan_vien_ket_nap"), item, item.unit_end
    )
    # (its target after the plan's percent: "…, vượt 77% chỉ tiêu 100 thành viên", probes337)
    given = _GUILD_TARGET_RE.match(sentence, item.unit_end) if figure.percent is not None else None
    if given and figure.target is None:
        figure.target = parse_number(given["n"])
    return figure


# Officials said so right after their noun: "215 người là Ủy viên Ban Chấp hành", "38 người tham
# gia, là cán bộ cơ quan Công đoàn Công ty", "8.000 lượt người tham dự là cán bộ công đoàn".
_OFFICIALS_AFTER_RE = re.compile(
    r"(?:\s+(?:đã\s+)?(?:tham gia|tham dự|dự))?\s*,?\s*(?:đều\s+)?là\s+(?:các\s+)?"
    r"(?:đồng chí\s+)?" + w.OFFICIAL_UNIT.pattern,
    re.IGNORECASE,
)


# What people did who only applied to join: "… công nhân (đã) tự nguyện viết đơn (xin) gia nhập".
_APPLIED_RE = re.compile(
    r"(?:\s+[^\W\d]+){0,8}?\s+(?:đã\s+)?(?:tự nguyện\s+)?(?:viết|làm|nộp)\s+đơn\b", re.IGNORECASE
)


def _said_to_be_officials(sentence: str, item: Counted) -> bool:
    """People ("người", "lượt người") said to be union officials right after: not another body's."""
    said = _OFFICIALS_AFTER_RE.match(sentence, item.unit_end)
    return bool(
        said
        and w.is_bare_people(sentence[item.quantity.end : item.unit_end])
        and not w.ANOTHER_BODYS_OFFICIALS.match(sentence, said.end())
    )


_COURSE_THEN_ITS_SIZE_RE = re.compile(
    rf"\b(?:lớp|khóa|khoá)(?:\s+(?:học|tập huấn|bồi dưỡng))?\s+(?:dành\s+)?cho\s+[^;]{{0,120}}?,\s*"
    rf"có\s+(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
# A course, then how many it had, the course named at length or several in turn: "Các lớp tập huấn
# kỹ năng thương lượng tập thể cho cán bộ CĐCS tại KCN Thăng Long, KCN Quang Minh và KCN Nội Bài
# có theo thứ tự 86, 64 và 52 học viên" (probes582), "Ba lớp tập huấn … có số học viên theo thứ tự
# 74, 68 và 81 người" (probes574: those counted are its learners, whatever noun follows).
_COURSE_HAS_RE = re.compile(
    r"\b(?:lớp|khóa|khoá)(?:\s+(?:học|tập huấn|bồi dưỡng|đào tạo))"
    # (past the months they were held in: "… 2 khóa bồi dưỡng trực tuyến … vào tháng 3 và tháng 8,
    # thu hút tương ứng hơn 1.150 và gần 1.320 cán bộ công đoàn", probes658)
    r"(?:\s*,?\s+(?!có\b)(?:[^\s,;\d]+|(?<=tháng )\d{1,2}(?:/\d{4})?(?!\d|[.,]\d)))"
    r"{0,32}?"
    # (or "với", "thu hút": "… 3 lớp bồi dưỡng cán bộ chủ chốt, với số học viên tương ứng là 1.120
    # và 186 lượt cán bộ", "Hai lớp tập huấn tổ chức tại … lần lượt thu hút 160 và 215 cán bộ công
    # đoàn tham dự", probes634)
    r"\s*,?\s+(?:(?:lần lượt|tương ứng|theo thứ tự)\s+)?(?:có|với|thu hút|quy tụ)\s+"
    r"(?:(?:lần lượt|tương ứng|theo thứ tự)\s+(?=\D))?"
    # (who came said: "…, với số học viên tham dự tương ứng là 145 và 68 người", probes703)
    r"(?:số\s+(?:lượng\s+)?(?P<learners>học viên)(?:\s+(?:tham dự|tham gia|dự học))?\s+)?"
    r"(?:(?:lần lượt|tương ứng|theo thứ tự)\s+)?(?:là\s+)?"
    rf"(?:(?:(?:{w.QUALIFIER})\s+)?\d+(?:\.\d{{3}})*\s*(?:,|\svà)\s*)*"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
_FOR_WORKERS_RE = re.compile(
    rf"\bcho\s+(?:các\s+)?(?:{_WORKERS_RE.pattern}|con em|đoàn viên)\b", re.IGNORECASE
)
_OTHER_EVENT_RE = re.compile(
    # (not officials said newly elected: "Gần 120 cán bộ CĐCS mới được bầu, chỉ định tham dự"
    # under a course's headline, probes352)
    r"\b(?:(?<!được )bầu|quán triệt|triển khai|sơ kết|tổng kết|giao ban|đại hội|lễ|hội thi|"
    r"cuộc thi|hội diễn|giải)\b",
    re.IGNORECASE,
)
_BRIEFED_RE = re.compile(
    r"[^;]{0,80}?\b(?:đã\s+)?được\s+(?:nghe\s+)?(?:[^\s,;]+\s+){0,3}?"
    r"(?:phổ biến|hướng dẫn|quán triệt|trang bị|truyền đạt)\b",
    re.IGNORECASE,
)
# A course for union officials, then its attendance: "đã tổ chức 68 lớp bảo hộ lao động cho cán bộ
# công đoàn cơ sở, có trên 8.365 lượt người tham dự" (heldout30).
_COURSE_FOR_OFFICIALS_RE = re.compile(
    r"\b(?:mở|tổ chức|khai giảng)\s+(?:[^\s;]+\s+)?(?:lớp|khóa|khoá)\b[^;]{0,80}?\bcho\s+"
    rf"(?:các\s+)?(?:{w.OFFICIALS_NAMED.pattern})[^;\d]{{0,60}}?,?\s*(?:có|với)\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


_QUALIFIER_LAST_RE = re.compile(rf"(?:{w.QUALIFIER})\s*$", re.IGNORECASE)
_GUESTS_THEN_ATTENDANCE_RE = re.compile(
    rf"\W*{w.OPENING}(?:Đến\s+|Về\s+)?(?:tham\s+)?dự\b[^;\d]{{0,200}}?\s(?:cùng(?:\s+với)?|và)\s+"
    rf"(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


_THERE_ARE_NOW_RE = re.compile(
    rf"\b(?:hiện|hiện nay|hiện đang)\s+có\s+(?:(?:{w.QUALIFIER})\s+)?$", re.IGNORECASE
)


# (nor the officials of the unions there are: "Sau sắp xếp, toàn tỉnh có 99 công đoàn xã, phường
# với hơn 1.100 ủy viên ban chấp hành", under a course's headline, probes312)
_UNIONS_THERE_ARE_WITH_RE = re.compile(
    rf"\bcó\s+(?:(?:{w.QUALIFIER})\s+)?\d[\d.]*\s+(?:công đoàn|CĐCS|nghiệp đoàn|đơn vị)\b"
    rf"[^;\d]{{0,50}}?\bvới\s+(?:(?:{w.QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
_HELD_FOR_RE = re.compile(r"\btổ chức\s+cho\s*$", re.IGNORECASE)
_GRADED_AFTER_RE = re.compile(
    r"\s*(?:[^\s,;]+\s+){0,4}?(?:(?:đều|được)\s+)?(?:đạt|xếp)\s+loại\b", re.IGNORECASE
)
_TRAINED_AFTER_RE = re.compile(
    r"\s*(?:[^\s,;]+\s+){0,6}?(?:học tập\s*(?:,|và)\s*)?"
    r"(?:tập huấn|bồi dưỡng|đào tạo|học\s+(?:lớp|khóa|khoá|nghiệp vụ|kỹ năng))\b",
    re.IGNORECASE,
)


# Officials trained, some of a whole said first: "trong số 52 chủ tịch công đoàn cơ sở mới được
# bầu, đã có 48 người được bồi dưỡng nghiệp vụ" (probes957) is 48 of 52 trained, as "48/52" is;
# the whole is none trained.
# (or "trong" alone, a plan's number between, those who finished the course: "Trong 910 cán bộ
# công đoàn cơ sở … cần bồi dưỡng theo Kế hoạch số 36/KH-CĐKCN, đã có 845 người hoàn thành khóa
# học, đạt 92,9%", probes965)
_TRAINED_OUT_OF_A_WHOLE_RE = re.compile(
    rf"\btrong\s+(?:tổng\s+)?(?:số\s+)?(?:(?:{w.QUALIFIER})\s+)?"
    r"(?P<whole>\d{1,3}(?:\.\d{3})+|\d+)"
    rf"\s+(?:{w.OFFICIAL_UNIT.pattern}|{w.OFFICER_UNIT.pattern}|kế toán)[^;]{{0,120}}?,\s*"
    r"(?:thì\s+)?(?:đã\s+)?(?:có\s+)?(?P<part>\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?:\s+(?:người|đồng chí|cán bộ|chủ tịch|(?:ủy|uỷ) viên|kế toán|học viên))?"
    r"\s+(?:đã\s+)?(?:(?:được\s+|qua\s+)?(?:tham gia\s+)?(?:tập huấn|bồi dưỡng)\b"
    r"|hoàn thành\s+(?:các\s+)?(?:lớp|khóa|khoá|chương trình\s+(?:tập huấn|bồi dưỡng)))",
    re.IGNORECASE,
)


def trained_out_of_a_whole(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Officials trained out of a whole said first (`_TRAINED_OUT_OF_A_WHOLE_RE`): one figure, the
    part trained of the whole, in place of whatever the two counts were read as."""
    for said in _TRAINED_OUT_OF_A_WHOLE_RE.finditer(sentence):
        whole, part = parse_number(said["whole"]), parse_number(said["part"])
        quantity = count_at(sentence, said.start("part"))
        if quantity is None or not whole or part > whole:
            continue
        figures = [
            f
            for f in figures
            if not (f.metric == "can_bo_tap_huan" and said.start() <= f.start < said.end())
        ]
        kind = plan_or_result(sentence, quantity.start, quantity)
        figure = counted_figure("can_bo_tap_huan", kind, said.start("whole"), said.end(), quantity)
        figure.achieved, figure.target = part, whole
        percent = percent_after(sentence, said.end(), quantity, "can_bo_tap_huan")
        if percent is not None:
            take_percent(figure, percent)
        figures = sorted([*figures, figure], key=lambda f: f.start)
    return figures


# Officials x/y said trained with a bare "được", past their union's long name: "đã có 1.148/1.216
# chủ tịch công đoàn cơ sở thuộc Công đoàn các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh
# được tập huấn về Luật Công đoàn năm 2024" (probes965; w.ATTENDING wants "đã được", as a count
# with no whole may be those trained at some other time).
_TRAINED_PAST_THEIR_NAME_RE = re.compile(
    r"^\s*(?:(?!\d[\d.]*\s)[^\s;,]+\s+){0,28}?(?:đã\s+)?được\s+"
    r"(?:(?:các\s+)?(?:lớp|khóa|khoá)\s+)?(?:tập huấn|bồi dưỡng)\b",
    re.IGNORECASE,
)


def _trainee_figure(
    sentence: str, item: Counted, course_context: bool = False, officials_course: bool = False
) -> Figure | None:
    """Those at a union course, counted without a training verb before them: "với 76 học viên là
    cán bộ CĐ cơ sở", "mở 120 lớp với 11.699 lượt cán bộ CĐCS tham dự", "hơn 150 cán bộ Công
    đoàn ... đã tham gia hội nghị tập huấn"; the course may be named before the sentence, in the
    headline ("Bồi dưỡng kiến thức, kỹ năng cho cán bộ Công đoàn", then "Hơn 80 cán bộ Công đoàn
    cơ sở … tham dự hội nghị", heldout31) or the sentence before."""
    quantity = item.quantity
    if _after_a_party_course(sentence, item):
        return None
    # (people said to be officials right after: "đã có 38 người tham gia, là cán bộ cơ quan Công
    # đoàn Công ty, …", H22-040 with "người" for "đồng chí")
    if item.kind == "member" and _said_to_be_officials(sentence, item):
        item = Counted(quantity, "trainee", item.unit_end)
    # (people at the courses the sentence names, held for officials: "Tổng số 7 lớp tập huấn, với
    # 1.229 người tham dự", under a sa-pô of a course "dành cho cán bộ Công đoàn", H41-010)
    if (
        item.kind == "member"
        and officials_course
        and w.is_bare_people(sentence[quantity.end : item.unit_end])
        and w.COURSE.search(sentence, 0, quantity.start)
        and w.ATTENDING.match(sentence[item.unit_end :])
    ):
        item = Counted(quantity, "trainee", item.unit_end)
    # (people trained, the deed right before them, where the sentence or its headline's course
    # names union officials: "Chúng tôi ưu tiên cán bộ CĐCS mới được bầu, riêng đối tượng này đã
    # tập huấn cho gần 1 nghìn người", probes308)
    trained = (
        item.kind == "member"
        and w.is_bare_people(sentence[quantity.end : item.unit_end])
        and w.TRAINED_RIGHT_BEFORE.search(sentence, max(0, quantity.start - 40), quantity.start)
        and (officials_course or w.OFFICIALS_NAMED.search(sentence))
    )
    if trained:
        item = Counted(quantity, "trainee", item.unit_end)
    course_has = _COURSE_HAS_RE.search(sentence, max(0, quantity.start - 240), quantity.start)
    # (not a course for workers: "Các lớp đào tạo kỹ năng cho công nhân … lần lượt có 360 và 410
    # học viên", probes590)
    if course_has and _FOR_WORKERS_RE.search(course_has.group(0)):
        course_has = None
    if (
        course_has
        and course_has["learners"]
        and item.kind == "member"
        and re.fullmatch(r"người", sentence[quantity.end : item.unit_end].strip(), re.I)
    ):
        item = Counted(quantity, "trainee", item.unit_end)
    if item.kind not in ("trainee", "official_or_member"):
        return None
    # (learners x/y are those who passed of those who sat a course, the issue's "127/142 học
    # viên"; officials x/y are those trained of all there are: "Đã có 61 trên tổng số 63 chủ tịch
    # CĐCS … hoàn thành chương trình tập huấn năm 2024, đạt 96,8%", probes575)
    if quantity.relation == "of" and item.kind == "trainee":
        return None
    # (nor those graded at its end, some of those trained: "Kết thúc khóa học, 127 cán bộ công
    # đoàn đạt loại khá, giỏi")
    if _GRADED_AFTER_RE.match(sentence, item.unit_end):
        return None
    if w.RANK_AND_FILE.match(sentence, item.unit_end):
        return None
    # (how many officials there are is no count of those trained: "Toàn tỉnh hiện có 2.480 ủy viên
    # ủy ban kiểm tra CĐCS, trong đó gần 60% là cán bộ mới tham gia lần đầu", probes136)
    if _THERE_ARE_NOW_RE.search(sentence[max(0, quantity.start - 30) : quantity.start]):
        return None
    if _UNIONS_THERE_ARE_WITH_RE.search(sentence, max(0, quantity.start - 100), quantity.start):
        return None
    if w.VOCATIONAL.search(sentence, 0, quantity.start):
        return None
    named_here = bool(w.COURSE.search(sentence))
    # (a union named in the sentence, or in the course for officials its headline or sa-pô names)
    if not ((named_here or course_context) and (w.UNION.search(sentence) or officials_course)):
        return None
    # (a course named before is not what a sentence names of its own: "… đã dự hội nghị quán triệt,
    # triển khai Nghị quyết" (a briefing), "bầu 31 đại biểu đi dự Đại hội" (delegates elected))
    if not named_here and _OTHER_EVENT_RE.search(
        sentence, 0, end_of_clause(sentence, item.unit_end)
    ):
        return None
    # (nor is another event the count's own clause names, a course named elsewhere in the sentence:
    # "tổ chức cuộc thi “Cán bộ công đoàn giỏi” thu hút 1.320 lượt cán bộ tham gia, đồng thời mở 15
    # lớp tập huấn cho 980 cán bộ", probes76)
    own = sentence[
        max(sentence.rfind(",", 0, quantity.start), sentence.rfind(";", 0, quantity.start))
        + 1 : end_of_clause(sentence, item.unit_end)
    ]
    if named_here and _OTHER_EVENT_RE.search(own) and not w.COURSE.search(own):
        return None
    # "Tham gia lớp bồi dưỡng có 70 học viên đến từ các Đảng bộ, Chi bộ …": a Party course (in
    # the count's part of the sentence: not "… giới thiệu 1.046 đoàn viên ưu tú cho Đảng …; tổ chức
    # 124 lớp tập huấn với trên 9.000 lượt cán bộ công đoàn tham gia", probes56)
    part = sentence.rfind(";", 0, quantity.start) + 1
    if w.is_party(sentence[part : end_of_clause(sentence, item.unit_end)]):
        return None
    after = sentence[item.unit_end : item.unit_end + RIGHT_REACH]
    # (attending read further, past the long name of their union: w.ATTENDING)
    further = sentence[item.unit_end : item.unit_end + 2 * RIGHT_REACH]
    attends = w.ATTENDING.match(further) or (
        quantity.relation == "of" and _TRAINED_PAST_THEIR_NAME_RE.match(further)
    )
    # "lớp học thu hút hơn 60 học viên là đối tượng kết nạp Đảng": candidates for the Party at
    # its course
    if re.match(r"\s*là\s+(?:các\s+)?(?:đối tượng|quần chúng)[^,;]{0,20}Đảng", after):
        return None
    # "180 học viên là cán bộ Hội Nông dân các tỉnh": another body's officials
    officials = re.match(r"\s*là\s+(?:các\s+)?cán bộ", after)
    if officials and w.ANOTHER_BODYS_OFFICIALS.match(after, officials.end()):
        return None
    # (attendances counted as people: after a course for officials, or said to be officials,
    # "có trên 8.000 lượt người tham dự là cán bộ công đoàn các cấp")
    if re.match(r"lượt\s+người", sentence[quantity.end : item.unit_end].strip(), re.I) and not (
        _COURSE_FOR_OFFICIALS_RE.search(sentence, 0, quantity.start)
        or _said_to_be_officials(sentence, item)
    ):
        return None
    # (a course's size is no count of those trained: "Mỗi lớp có từ 60 đến 80 học viên")
    if re.search(
        r"\bmỗi\s+(?:lớp|khóa|khoá)(?:\s+học)?\s+(?:có\s+)?$", sentence[: quantity.start], re.I
    ):
        return None
    # (what a qualifier says is no matter here: "thu hút sự tham gia của hơn 300 cán bộ")
    before = _QUALIFIER_LAST_RE.sub("", sentence[max(0, quantity.start - 40) : quantity.start])
    attending = (
        trained
        or attends
        or re.search(r"\bvới\s*(?:sự tham gia của\s*)?$", before, re.I)
        # ("Đợt tập huấn đã thu hút hơn 110 đại biểu là ủy viên Ban Chấp hành, …", heldout32)
        or re.search(r"\b(?:thu hút|quy tụ)\s*(?:sự tham gia của\s*)?$", before, re.I)
        # (those at it named after its guests: "Đến dự có bà …, Trưởng ban Tuyên giáo - Nữ công,
        # LĐLĐ tỉnh cùng 100 đại biểu là cán bộ công đoàn …", H40-042)
        or _GUESTS_THEN_ATTENDANCE_RE.match(sentence, 0, quantity.start)
        # "Tham dự lớp học có 49 học viên" (or "Tham dự có 196 đồng chí là …", probes559)
        or re.search(r"\b(?:tham dự|tham gia|dự)\s+(?:[^\s,;]+\s+){0,4}?có\s*$", before, re.I)
        # ("Lớp học có 49 học viên", "Khóa học có gần 30 học viên"; "Lớp tập huấn kỹ năng đối
        # thoại có 74 học viên", probes574)
        or re.search(
            r"\b(?:lớp|khóa|khoá)(?:\s+(?:học|tập huấn|bồi dưỡng|đào tạo)(?:\s+[^\s,;\d]+){0,5}?)?"
            r"\s+có\s*$",
            before,
            re.I,
        )
        # ("Riêng lớp dành cho chủ tịch CĐCS doanh nghiệp ngoài nhà nước, tổ chức ngày 12-13/6 tại
        # TP Biên Hòa, có 96 học viên", probes77)
        or _COURSE_THEN_ITS_SIZE_RE.search(sentence, 0, quantity.start)
        or course_has
        # (briefed at the course the headline names: "Hơn 80 cán bộ CĐ … đã được nghe báo cáo
        # viên phổ biến, hướng dẫn …")
        or (course_context and _BRIEFED_RE.match(after))
        # (a course held for them, said after them: "tổ chức cho trên 900 cán bộ CĐCS học tập,
        # tập huấn nghiệp vụ công tác công đoàn", probes458)
        or (_HELD_FOR_RE.search(before) and _TRAINED_AFTER_RE.match(after))
    )
    if item.kind == "official_or_member":
        # "cán bộ", "chủ tịch": at the course only when said to attend it
        if not attending or not w.OFFICIAL_UNIT.match(sentence[quantity.end :].lstrip()):
            return None
    elif not (attending or re.match(r"\s*là\b", after)):
        return None
    # "43 học viên là cán bộ CĐ, trong đó có 32 học viên ... và 11 học viên ...": the parts.
    if re.search(
        rf"{w.AMONG_THEM}|trong số", sentence[max(0, quantity.start - 120) : quantity.start], re.I
    ):
        return None
    figure = _figure_at(sentence, item, "can_bo_tap_huan")
    # its percent after the attending: "mở 6 lớp tập huấn với 1.245 lượt cán bộ công đoàn tham
    # dự, đạt 103,7% kế hoạch"
    # (or after who they are: "… với 1.450 học viên là cán bộ công đoàn cơ sở, đạt 120,8% kế hoạch")
    attended = attends or re.match(r"\s*là\s+[^,;()%\d]{0,60}", after)
    if attended:
        _with_percent_after(sentence, figure, item, item.unit_end + attended.end())
    elif trained:
        _with_percent_after(sentence, figure, item, item.unit_end)
    return figure


# A sentence that adds something to the one before: "Ngoài ra", "Bên cạnh đó", "Đồng thời".
_ADDED = rf"^\W*{w.OPENING}(?:ngoài ra|bên cạnh đó|đồng thời)"
_ADDED_WITH_ITSOWN_TIME_RE = re.compile(
    rf"{_ADDED},?\s+(?:trong\s+)?"
    r"(?:năm\s+(?:(?:19|20)\d\d|qua|nay)|(?:6|sáu|9|chín)\s+tháng|quý\s+[IV\d]+|tháng\s+\d)",
    re.IGNORECASE,
)


_ADDED_RE = re.compile(rf"{_ADDED}\b", re.IGNORECASE)
_THERE_ARE_SO_MANY_DONE_RE = re.compile(
    rf"\bcó\s+(?:(?:{w.QUALIFIER})\s+)?\d[\d.,]*\s+[^,;\d]{{1,40}}?\bđược\s+"
    r"(?:thành lập|kết nạp|giới thiệu|tập huấn|bồi dưỡng)\b",
    re.IGNORECASE,
)


_A_RATING_RE = re.compile(r"\bhoàn thành (?:tốt |xuất sắc )?nhiệm vụ\b", re.IGNORECASE)


_A_PLAN_ITEM_AS_A_SENTENCE_RE = re.compile(
    rf"^\W*(?:{w.DEED_VERBS})(?:\s+(?:mới|thêm|cho))*\s+(?:(?:{w.QUALIFIER})\s+)?\d",
    re.IGNORECASE,
)


def continues_a_plan(before: str, sentence: str, before_figures: Sequence[Figure] = ()) -> bool:
    """ "Năm 2024, LĐLĐ tỉnh phấn đấu: ... . Cụ thể, kết nạp 6.800 đoàn viên; ...": a sentence that
    goes on with the plan of the sentence before it (or of the headline and sa-pô, for the first)
    and says nothing done. `before_figures`, what the text before states, decide it when they are
    all results: "Theo đó, …" then details what was done."""
    if before_figures and all(figure.kind == "result" for figure in before_figures):
        return False
    # (a plan's "kết nạp được 6.800 đoàn viên" says what is to be managed, as in plan_or_result)
    # (an item of a list set out as lines goes on with what introduced the list, or with the item
    # before: "Đại hội … đã thông qua Nghị quyết với 12 nhóm chỉ tiêu chủ yếu." then "- Phát triển
    # mới 150.000 đoàn viên; thành lập 250 CĐCS trở lên.", probes187)
    # (or as a sentence of its own, opening on its deed and count: "Phát triển 2.000 đoàn viên mới;
    # 100% cán bộ …" after "Đại hội đề ra mục tiêu nhiệm kỳ 2023–2028: …", probes253, as 20 items
    # of plan lists in the sets are read)
    # (only after a sentence whose figures are all planned: a headline or a sa-pô that only
    # speaks of a plan may be followed by what was done, "Thành lập mới 37 CĐCS ở …", probes253)
    bullet = w.BULLET.match(sentence)
    if bullet is None and before_figures and all(f.kind == "plan" for f in before_figures):
        bullet = _A_PLAN_ITEM_AS_A_SENTENCE_RE.match(sentence)
    # (a rating's "hoàn thành tốt nhiệm vụ" says nothing done: "- Hằng năm có trên 80% CĐCS được
    # xếp loại hoàn thành tốt nhiệm vụ trở lên.")
    said = _A_RATING_RE.sub(" ", POTENTIAL_DUOC_RE.sub(" ", sentence))
    if not (w.CONTINUATION.match(sentence) or bullet) or w.RESULT_MARKERS.search(said):
        return False
    # "Trong đó, khu vực ngoài nhà nước kết nạp 148.739 đoàn viên, chiếm 84,75% tổng số đoàn viên
    # mới kết nạp": a share of what was done breaks down a result
    if re.search(rf"\bchiếm\s+(?:(?:{w.QUALIFIER})\s+)?\d", sentence, re.I):
        return False
    # ("Ngoài ra", "Bên cạnh đó", "Đồng thời" add something, with a time of its own: "Ngoài ra, năm
    # 2018, các cấp công đoàn giới thiệu 4.726 đoàn viên ưu tú cho cấp ủy Đảng" under a headline
    # about 2019's targets; "Cụ thể", "Theo đó" detail the plan whatever the time)
    if _ADDED_WITH_ITSOWN_TIME_RE.match(sentence):
        return False
    # (a sentence with plan words of its own says itself which of its figures are planned:
    # "Ngoài ra, năm 2025, … kết nạp 12.460 đoàn viên; năm 2026 phấn đấu kết nạp 13.000 đoàn viên")
    if w.PLAN_MARKERS.search(sentence):
        return False
    # (what there is, done: "Thành phố giao … chỉ tiêu 1.200 đoàn viên và 8 CĐCS trong năm 2019.
    # Trong đó, có 2 CĐCS được thành lập ở doanh nghiệp có vốn đầu tư nước ngoài", probes137 read
    # as a whole article)
    if _THERE_ARE_SO_MANY_DONE_RE.search(sentence):
        return False
    # (a list of plans goes on past one sentence: "Cụ thể, kết nạp 6.800 đoàn viên; …" under a
    # headline of the year's targets, then "Ngoài ra, tổ chức hội nghị cán bộ, công chức tại 1.124
    # cơ quan, đơn vị; …", heldout-071/072 read as a whole article; a detail, "Cụ thể", of a
    # sentence with no plan word of its own is not planned by it); after a sentence that mixes
    # what was done with a plan at its end, what is added is done: "… số đoàn viên kết nạp là
    # 2.146/2.200, đạt 97,5%; dự kiến đến hết năm sẽ có thêm khoảng 15 CĐCS với 400 đoàn viên.
    # Bên cạnh đó, LĐLĐ quận tổ chức 5 lớp tập huấn …" (probes69 read as a whole article)
    if (_ADDED_RE.match(sentence) or bullet) and before_figures:
        return all(figure.kind == "plan" for figure in before_figures)
    # (a future said of people, no deed planned: "… tin rằng khi chính thức tham gia tổ chức công
    # đoàn, họ sẽ được chăm lo tốt hơn về đời sống", H32-006's sa-pô)
    last = rightmost(w.PLAN_MARKERS, before)
    if (
        last is not None
        and last.group(0).lower() == "sẽ"
        and not _A_DEED_RE.search(before, last.end())
    ):
        return False
    return plan_or_result(before, len(before), Quantity(0, 0, None)) == "plan"


# A question about what is planned, in an interview: "PV: Mục tiêu của công đoàn tỉnh năm 2025
# là gì?", "Thời gian tới, LĐLĐ tỉnh sẽ tập trung vào những việc gì?"
_QUESTION_LABEL_RE = re.compile(r"\b(?:Hỏi|PV|Phóng viên)\s*:", re.IGNORECASE)
_PLAN_QUESTION_RE = re.compile(
    rf"(?:{w.PLAN_MARKERS.pattern}|\bkế hoạch\b|\bchỉ tiêu\b|\b(?:sắp|thời gian|năm|giai đoạn|"
    r"nhiệm kỳ)\s+tới\b)[^?]*\?[\s”\"]*$",
    re.IGNORECASE,
)


def answers_a_plan_question(before: str, sentence: str) -> bool:
    """The answer to a question about the plan, saying nothing done: "PV: Mục tiêu của công đoàn
    tỉnh năm 2025 là gì? Ông Trần Văn B: Thành lập thêm 15 CĐCS, kết nạp 3.000 đoàn viên." (an
    interview's question and answer, often one line on the page)."""
    # (not one about how the plan went: "Kết quả thực hiện kế hoạch năm qua thế nào?")
    question = before[before.rfind(".", 0, len(before) - 1) + 1 :]
    # (the question alone, from its label: not a headline before it, "…: “Chỉ tiêu đoàn viên
    # không đáng lo” Hỏi: Ngành giáo dục có khó phát triển đoàn viên không?", probes380)
    label = rightmost(_QUESTION_LABEL_RE, question)
    if label is not None:
        question = question[label.start() :]
    return (
        bool(_PLAN_QUESTION_RE.search(question))
        and not w.RESULT_MARKERS.search(question)
        and not re.search(r"\b(?:năm|quý|tháng) qua\b", question, re.I)
        and not w.RESULT_MARKERS.search(POTENTIAL_DUOC_RE.sub(" ", sentence))
    )


_A_DEED_RE = re.compile(
    rf"\b(?:{w.DEED_VERBS}|đoàn viên|CĐCS|công đoàn cơ sở|hội nghị|đối thoại|thỏa ước"
    r"|vững mạnh)\b|\d",
    re.IGNORECASE,
)


# A time of its own, anywhere in the sentence: what it counts is that time's, not the total's.
OWN_TIME_RE = re.compile(
    r"\b(?:năm\s+(?:(?:19|20)\d\d|qua|nay)|(?:6|sáu|9|chín)\s+tháng|quý\s+[IV\d]+"
    r"|tháng\s+\d|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def continues_a_total(before: str, sentence: str) -> bool:
    """ "Đến nay, toàn tỉnh có 93 doanh nghiệp thành lập tổ chức đảng …" then "Bên cạnh đó, có 232
    doanh nghiệp đã thành lập tổ chức công đoàn với 36.766 đoàn viên …" (heldout30): a sentence
    that goes on with a running total, with no time of its own and nothing said new, states how
    many there are too. `before` is the sentence before (or the headline's and sa-pô's last)."""
    return bool(
        w.CONTINUATION.match(sentence)
        and w.RUNNING_TOTAL.match(before)
        and not w.SAID_NEW.search(sentence)
        and not OWN_TIME_RE.search(sentence)
    )


# Up to the end of a report's quarter or months of a year, with the year: the year's count so far,
# no running total, when a deed of its own states it ("Đến hết quý III/2024, toàn tỉnh thành lập 31
# CĐCS", probes479; not "Tính đến đầu tháng 7-2012, cả nước thành lập 22 nghiệp đoàn nghề cá", all
# there are, H18-009, nor "Tính đến nay, toàn tỉnh Hà Tĩnh đã thành lập được 1.632 CĐCS").
_A_REPORTS_END_RE = re.compile(
    r"đến\s+hết\s+(?:quý\s+[IV]+|(?:\d+|sáu|chín)\s+tháng(?:\s+đầu)?(?:\s+năm)?|tháng\s+\d{1,2})"
    r"\s*/?\s*(?:năm\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _done_up_to_a_reports_end(figure: Figure, total: re.Match) -> bool:
    """`figure`, done with a deed of its own, counts the year up to the end of the report's time
    the running total `total` names (_A_REPORTS_END_RE)."""
    return bool(
        _A_REPORTS_END_RE.search(total.group(0))
        and (figure.verb or "").lower().startswith(("thành lập", "kết nạp", "phát triển"))
    )


def _timed_clause(sentence: str, figure: Figure, after: int) -> bool:
    """`figure`'s clause, past `after`, opens on a time of its own (its comma's, or its semicolon's:
    "Đến tháng 6/2025, toàn tỉnh có 2.618 CĐCS …; riêng 6 tháng đầu năm, LĐLĐ tỉnh thành lập 32
    CĐCS", probes76)."""
    semicolon = sentence.rfind(";", 0, figure.start) + 1
    start = max(sentence.rfind(",", 0, figure.start) + 1, semicolon)
    return any(
        at >= after and OWN_TIME_RE.search(sentence, at, figure.start)
        for at in (start, semicolon)
        if at > 0
    )


def without_development_counts(figures: list[Figure]) -> list[Figure]:
    """The figures that are no count of what was done (shares and ratings stay)."""
    return [f for f in figures if f.metric not in DEVELOPMENT_COUNTS]
