"""Tallies by place after a count, the deed and the noun left out (tallies.py)."""

from __future__ import annotations

import pytest

from crawler.extraction.unionstats import union_stats


def read(text: str) -> list[tuple]:
    return [(f["metric"], f["kind"], f["achieved"], f["target"]) for f in union_stats(text)]


def test_the_next_places_counts_are_figures_of_the_first_ones_deed():
    assert read(
        "Năm 2025, LĐLĐ huyện Mê Linh kết nạp 812 đoàn viên, LĐLĐ huyện Sóc Sơn 640 và LĐLĐ huyện "
        "Đông Anh 1.105."
    ) == [
        ("doan_vien_ket_nap", "result", 812, None),
        ("doan_vien_ket_nap", "result", 640, None),
        ("doan_vien_ket_nap", "result", 1105, None),
    ]


def test_a_planned_tally_is_planned():
    assert read(
        "Năm 2026, phường Tân Định phấn đấu thành lập 6 CĐCS, phường Bến Thành 4, phường Sài Gòn 5."
    ) == [
        ("cdcs_thanh_lap", "plan", None, 6),
        ("cdcs_thanh_lap", "plan", None, 4),
        ("cdcs_thanh_lap", "plan", None, 5),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a clause with a deed of its own (heldout-022's shape)
        "Công đoàn ngành Y tế kết nạp 320 đoàn viên, Công đoàn ngành Giáo dục giảm 145 đoàn viên.",
        # a place not named like the first: no tally of it
        "LĐLĐ huyện Gia Lâm kết nạp 320 đoàn viên, xã Kim Sơn 45 hộ.",
        # a money amount after a place
        "LĐLĐ huyện Gia Lâm kết nạp 320 đoàn viên, LĐLĐ huyện trao 45 triệu đồng.",
    ],
)
def test_no_tally_past_another_clause(text):
    assert len(read(text)) == 1


def test_another_times_count_said_with_được_is_of_the_same_deed():
    assert read(
        "“Năm 2024 công đoàn giới thiệu được 64 người cho Đảng, năm nay tới giờ mới được 29 "
        "người”, ông Tâm nói."
    ) == [
        ("dang_vien_gioi_thieu", "result", 64, None),
        ("dang_vien_gioi_thieu", "result", 29, None),
    ]


def test_another_times_money_is_no_tally():
    assert len(read("Năm ngoái huyện kết nạp được 410 đoàn viên, năm nay được 20 triệu đồng.")) == 1


def test_a_tally_goes_on_with_places_of_the_same_kind_and_the_noun_said_again():
    assert read(
        "Trong đó, quận Long Biên kết nạp 1.240 đoàn viên, huyện Thanh Trì 980 đoàn viên."
    ) == [
        ("doan_vien_ket_nap", "result", 1240, None),
        ("doan_vien_ket_nap", "result", 980, None),
    ]
    # (another noun is another thing counted)
    assert len(read("Quận Long Biên kết nạp 1.240 đoàn viên, huyện Thanh Trì 980 hộ dân.")) == 1


def test_a_tally_by_time_with_a_colon_or_còn():
    assert [f[2] for f in read("Năm 2022 thành lập 11 CĐCS, năm 2023 được 8, năm 2024 còn 5.")] == [
        11,
        8,
        5,
    ]
    assert [f[2] for f in read("Quý I kết nạp 900 đoàn viên; quý II: 1.150; quý III: 640.")] == [
        900,
        1150,
        640,
    ]


def test_another_times_count_after_thì_and_a_month_named():
    assert [
        f[2]
        for f in read("Năm 2024 huyện thành lập 12 CĐCS thì năm nay đến hết tháng 9 mới được 7.")
    ] == [
        12,
        7,
    ]


def test_a_tally_by_time_with_the_noun_said_again_and_no_verb():
    assert [
        f[2]
        for f in read("Quý I kết nạp 820 đoàn viên, quý II 1.140 đoàn viên, quý III 960 đoàn viên.")
    ] == [
        820,
        1140,
        960,
    ]


def test_each_place_of_a_tally_is_its_figures_organisation():
    found = union_stats(
        "Năm 2025, LĐLĐ huyện Mê Linh kết nạp 812 đoàn viên, LĐLĐ huyện Sóc Sơn 640 và LĐLĐ huyện "
        "Đông Anh 1.105."
    )
    assert [f["organisation"] for f in found] == [
        "LĐLĐ huyện Mê Linh",
        "LĐLĐ huyện Sóc Sơn",
        "LĐLĐ huyện Đông Anh",
    ]


def test_a_tally_of_sectors_past_a_share():
    figures = union_stats(
        "Trong đó, khu vực ngoài nhà nước kết nạp 31.086 đoàn viên, chiếm 85,4%; khu vực nhà nước "
        "5.326 đoàn viên."
    )
    assert [(f["achieved"], f["percent"]) for f in figures] == [(31086, 85.4), (5326, None)]


@pytest.mark.parametrize(
    "text, counts",
    [
        (
            "Năm 2023, Công đoàn ngành kết nạp 1.218 đoàn viên; năm 2022, 964 đoàn viên.",
            [1218, 964],
        ),
        (
            "Năm 2024, toàn tỉnh tập huấn cho 5.230 lượt cán bộ công đoàn; năm 2023, 4.870 lượt.",
            [5230, 4870],
        ),
        ("Năm 2022 giới thiệu 176 đoàn viên cho Đảng, năm 2023 là 231 người.", [176, 231]),
        ("Năm 2024 kết nạp 500 đoàn viên, năm 2023 là năm khó khăn.", [500]),
    ],
)
def test_another_times_count_after_a_comma_or_la(text, counts):
    assert [f["achieved"] for f in union_stats(text)] == counts


@pytest.mark.parametrize(
    "text, counts",
    [
        ("Năm ngoái huyện kết nạp được 350 đoàn viên, năm nay hơn 420.", [350, 420]),
        ("Quý I thành lập 5 CĐCS, quý II thêm 7.", [5, 7]),
        # (a share of the next time's members is no count of it)
        ("Năm 2024 kết nạp 1.250 đoàn viên, năm 2023 trên 50% là nữ.", [1250]),
    ],
)
def test_another_times_count_after_thêm_or_a_hedge(text, counts):
    assert [f["achieved"] for f in union_stats(text)] == counts


@pytest.mark.parametrize(
    "text, counts",
    [
        (
            "Quý I/2025, LĐLĐ TP Hải Phòng kết nạp 1.250 đoàn viên, cùng kỳ năm 2024 là 980 "
            "đoàn viên.",
            [1250, 980],
        ),
        ("Số CĐCS thành lập mới: 6 (quý I/2024: 4).", [6, 4]),
        ("Huyện kết nạp 500 đoàn viên (năm 2023 là 450).", [500, 450]),
    ],
)
def test_another_times_count_a_year_before_or_in_brackets(text, counts):
    assert [f["achieved"] for f in union_stats(text)] == counts


def test_another_times_counts_of_several_indicators_in_turn():
    found = union_stats(
        "Năm 2024, Công đoàn các KCN tỉnh Bắc Giang kết nạp 2.346 đoàn viên, thành lập 14 CĐCS; "
        "năm 2023 lần lượt là 1.980 đoàn viên và 9 CĐCS."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 2346),
        ("cdcs_thanh_lap", 14),
        ("doan_vien_ket_nap", 1980),
        ("cdcs_thanh_lap", 9),
    ]
    # (a noun no result before counts is left alone)
    found = union_stats("Năm 2024, huyện kết nạp 300 đoàn viên; năm 2023 lần lượt là 12 CĐCS.")
    assert [f["achieved"] for f in found] == [300]


def test_another_times_count_in_words_and_a_place_tally_closing_a_quote():
    # (probes368)
    found = union_stats(
        "“Năm nay chúng tôi thành lập được chín công đoàn cơ sở, năm ngoái chỉ được bốn, nên anh "
        "em phấn khởi lắm”, ông Lực chia sẻ."
    )
    assert [(f["achieved"], f["period"]) for f in found] == [(9, "Năm nay"), (4, "năm ngoái")]
    found = union_stats(
        "“Năm nay Công đoàn xã Cẩm Giàng kết nạp được 248 đoàn viên, Công đoàn xã Lương Điền được "
        "190”, ông Long cho biết."
    )
    assert [(f["achieved"], f["organisation"]) for f in found] == [
        (248, "Công đoàn xã Cẩm Giàng"),
        (190, "Công đoàn xã Lương Điền"),
    ]


def test_another_times_hedged_count_in_words():
    # (probes365)
    found = union_stats(
        "Công đoàn huyện năm ngoái chỉ tập huấn được sáu mươi cán bộ, năm nay gần chín mươi."
    )
    assert [(f["achieved"], f["qualifiers"]) for f in found] == [
        (60, {}),
        (90, {"achieved": "gần"}),
    ]


def test_a_running_total_after_a_months_deed_with_its_percent_of_the_plan():
    # (probes369)
    found = union_stats("Tháng 10: kết nạp 214 ĐV; lũy kế 10 tháng: 2.967 ĐV – 98,9% KH năm.")
    assert [(f["achieved"], f["percent"], f["period"]) for f in found] == [
        (214, None, "Tháng 10"),
        (2967, 98.9, "10 tháng"),
    ]


def test_a_running_total_since_the_year_began_or_said_with_tính_chung():
    # (probes841; these sentences were written for this test)
    found = union_stats(
        "Tháng 9, Công đoàn ngành Giáo dục thành lập 2 CĐCS, cộng dồn từ đầu năm đạt 11 CĐCS, bằng "
        "91,7% kế hoạch năm."
    )
    assert [(f["achieved"], f["percent"], f["period"]) for f in found] == [
        (2, None, "Tháng 9"),
        (11, 91.7, "từ đầu năm"),
    ]
    found = union_stats(
        "Quý II, LĐLĐ huyện Gia Lâm kết nạp 640 đoàn viên, tính chung 6 tháng đạt 1.210 đoàn viên, "
        "bằng 55% kế hoạch."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(640, None), (1210, 55)]


def test_a_running_totals_target_named_after_its_percent_is_its_own():
    # (probes786: the plan's number is the running total's target, no plan of its own)
    found = union_stats(
        "Quý III, LĐLĐ quận kết nạp 410 đoàn viên; lũy kế 9 tháng là 1.230 đoàn viên, đạt 82% chỉ "
        "tiêu 1.500 đoàn viên được giao."
    )
    assert [(f["kind"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("result", 410, None, None),
        ("result", 1230, 1500, 82),
    ]


def test_a_running_totals_bare_percent_of_the_plan_given_before_it():
    # (probes857; these sentences were written for this test)
    found = union_stats(
        "Năm 2025, LĐLĐ huyện Mê Linh được giao chỉ tiêu thành lập 30 CĐCS; quý I thành lập 6, quý "
        "II thành lập 9, tính chung 6 tháng đạt 15 CĐCS, bằng 50%."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [
        (6, None, None),
        (9, None, None),
        (15, 30, 50),
    ]
    # (a percent that is not its share of the plan is no percent of it)
    found = union_stats(
        "Năm 2025, LĐLĐ huyện Mê Linh được giao chỉ tiêu thành lập 30 CĐCS; quý I thành lập 6, quý "
        "II thành lập 9, tính chung 6 tháng đạt 15 CĐCS, bằng 125%."
    )
    assert [f["percent"] for f in found if f["achieved"] == 15] == [None]


def test_another_school_years_count_of_another_indicator():
    # (probes372)
    found = union_stats(
        "“Có 58/64 công đoàn cơ sở đạt vững mạnh, chừng 90,6%, năm học trước được 55 đơn vị”, bà "
        "Hằng cho biết."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("cđcs vững mạnh", 58),
        ("cđcs vững mạnh", 55),
    ]
    found = union_stats(
        "“Năm học này khối giới thiệu 42 giảng viên trẻ cho Đảng xem xét kết nạp, năm học trước "
        "chỉ 30”, ông Thịnh nói."
    )
    assert [f["achieved"] for f in found] == [42, 30]


def test_another_times_count_after_a_shares_count():
    # (probes372: the tallies of times are read again once shares have their counts)
    found = union_stats(
        "“Gần 90% doanh nghiệp có công đoàn đã tổ chức hội nghị người lao động trong quý I, "
        "tức 178 doanh nghiệp, năm ngoái chỉ độ 150”, bà Thoa cho biết."
    )
    assert [(f["achieved"], f["percent"], f["period"]) for f in found] == [
        (178, 90, "quý I"),
        (150, None, "năm ngoái"),
    ]


def test_places_with_their_counts_in_brackets_after_the_first():
    # (probes381)
    found = union_stats(
        "Các đơn vị có số đoàn viên kết nạp cao là LĐLĐ huyện Xuân Trường (hơn 800 đoàn viên), "
        "LĐLĐ huyện Giao Thủy (gần 600) và LĐLĐ huyện Nghĩa Hưng (trên 450)."
    )
    assert [(f["achieved"], f["qualifiers"]) for f in found] == [
        (800, {"achieved": "hơn"}),
        (600, {"achieved": "gần"}),
        (450, {"achieved": "trên"}),
    ]
    found = union_stats(
        "Các đơn vị vượt chỉ tiêu gồm LĐLĐ thành phố Hạ Long (kết nạp 980 trên chỉ tiêu 900 đoàn "
        "viên), LĐLĐ thành phố Cẩm Phả (615 trên 550) và LĐLĐ thị xã Quảng Yên (432 trên 400)."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(980, 900), (615, 550), (432, 400)]
    # (a bare count does not go on with a pair, nor a pair with a bare count)
    found = union_stats(
        "LĐLĐ huyện Xuân Trường kết nạp 800 đoàn viên, LĐLĐ huyện Giao Thủy (615 trên 550)."
    )
    assert [f["achieved"] for f in found] == [800]


def test_a_wholes_parts_by_body_after_trong_đó_are_the_bodies_figures():
    assert read(
        "Năm 2025, LĐLĐ tỉnh Hà Tĩnh thành lập 21 CĐCS, trong đó LĐLĐ huyện Kỳ Anh 6 CĐCS, LĐLĐ "
        "huyện Can Lộc 5 CĐCS và LĐLĐ thị xã Hồng Lĩnh 5 CĐCS."
    ) == [
        ("cdcs_thanh_lap", "result", 21, None),
        ("cdcs_thanh_lap", "result", 6, None),
        ("cdcs_thanh_lap", "result", 5, None),
        ("cdcs_thanh_lap", "result", 5, None),
    ]


def test_a_planned_wholes_part_is_planned_and_a_part_may_be_said_with_có():
    assert read(
        "Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp 3.000 đoàn viên, trong đó Công đoàn các KCN có 1.800 "
        "đoàn viên."
    ) == [
        ("doan_vien_ket_nap", "plan", None, 3000),
        ("doan_vien_ket_nap", "plan", None, 1800),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a sector's share is a part of the whole, no figure of its own
        "Năm 2025, LĐLĐ tỉnh kết nạp 4.300 đoàn viên, trong đó khu vực ngoài nhà nước 3.900 người.",
        # a stock's parts: no whole was counted
        "Hiện toàn tỉnh có 1.250 CĐCS, trong đó LĐLĐ huyện Kỳ Anh 96 CĐCS.",
        # more than the whole is no part of it
        "Năm 2025, LĐLĐ tỉnh kết nạp 430 đoàn viên, trong đó LĐLĐ huyện Kỳ Anh 3.900 đoàn viên.",
        # another thing counted
        "Năm 2025, LĐLĐ tỉnh kết nạp 430 đoàn viên, trong đó LĐLĐ huyện Kỳ Anh 39 suất quà.",
    ],
)
def test_no_part_of_a_sector_a_stock_or_another_thing(text):
    assert len(read(text)) <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2025, LĐLĐ huyện Krông Pắc kết nạp 418 đoàn viên, gấp đôi năm 2024 (209 đoàn "
            "viên).",
            [
                ("doan_vien_ket_nap", "result", 418, None),
                ("doan_vien_ket_nap", "result", 209, None),
            ],
        ),
        (
            "Quý I, LĐLĐ tỉnh thành lập 8 CĐCS (cùng kỳ 5), kết nạp 960 đoàn viên (cùng kỳ 1.020).",
            [
                ("cdcs_thanh_lap", "result", 8, None),
                ("cdcs_thanh_lap", "result", 5, None),
                ("doan_vien_ket_nap", "result", 960, None),
                ("doan_vien_ket_nap", "result", 1020, None),
            ],
        ),
        # (each count to the indicator its noun counts, the earlier ones planned)
        (
            "Năm 2026, LĐLĐ tỉnh phấn đấu thành lập 12 CĐCS, kết nạp 2.000 đoàn viên, cao hơn kết "
            "quả năm 2025 (9 CĐCS, 1.640 đoàn viên).",
            [
                ("cdcs_thanh_lap", "plan", None, 12),
                ("doan_vien_ket_nap", "plan", None, 2000),
                ("cdcs_thanh_lap", "result", 9, None),
                ("doan_vien_ket_nap", "result", 1640, None),
            ],
        ),
    ],
)
def test_another_times_counts_in_brackets(text, expected):
    # (probes390)
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no comparison with that time: the brackets say something else
        "Năm 2025, LĐLĐ huyện kết nạp 418 đoàn viên tại năm 2024 (209 hộ).",
        # the percent of the plan in brackets
        "Năm 2025, LĐLĐ huyện kết nạp 418 đoàn viên (đạt 104% kế hoạch).",
    ],
)
def test_no_other_times_count_in_other_brackets(text):
    assert len(read(text)) == 1


def test_a_part_of_the_time_or_up_to_a_month_is_another_times_count():
    # (probes390)
    assert [
        f[2] for f in read("Năm 2025 huyện kết nạp 730 đoàn viên, riêng tháng 12 là 85 đoàn viên.")
    ] == [
        730,
        85,
    ]
    assert [
        f[2]
        for f in read(
            "“Năm ngoái được 300 đoàn viên, năm nay mới hết tháng 9 đã được 340”, ông Lực nói."
        )
    ] == [300, 340]
    # (the count referred back to)
    assert [
        f[2]
        for f in read("Năm 2024 huyện kết nạp 610 đoàn viên; năm 2025 con số này là 702 người.")
    ] == [
        610,
        702,
    ]
    # (and its percent over the plan)
    assert (
        union_stats("Năm 2024 được 300 đoàn viên, năm nay đã lên 360 người, vượt 20% kế hoạch.")[1][
            "percent_kind"
        ]
        == "over_target"
    )


def test_a_part_of_another_indicator_or_out_of_its_own_whole():
    # (probes393)
    assert read(
        "Đến hết tháng 5, có 412/430 CĐCS tổ chức đại hội; trong đó LĐLĐ huyện Yên Thành 58/60 "
        "CĐCS, LĐLĐ huyện Đô Lương 47/47 CĐCS."
    ) == [("other", "result", 412, 430), ("other", "result", 58, 60), ("other", "result", 47, 47)]


def test_each_part_goes_to_the_whole_its_noun_counts():
    # (probes393)
    assert read(
        "Năm 2025, LĐLĐ tỉnh thành lập 9 nghiệp đoàn với 356 đoàn viên, trong đó huyện Cần Giờ 4 "
        "nghiệp đoàn, huyện Nhà Bè 3 nghiệp đoàn."
    ) == [
        ("cdcs_thanh_lap", "result", 9, None),
        ("doan_vien_ket_nap", "result", 356, None),
        ("cdcs_thanh_lap", "result", 4, None),
        ("cdcs_thanh_lap", "result", 3, None),
    ]


def test_a_part_a_body_did_with_its_own_deed_is_its_figure():
    # (CONVENTIONS.md, probes381; a part by kind is still none)
    assert [
        f[2]
        for f in read(
            "Năm 2025, Công đoàn ngành Giáo dục kết nạp 940 đoàn viên, trong đó Công đoàn Trường "
            "THPT Chu Văn An kết nạp 61 đoàn viên."
        )
    ] == [940, 61]
    assert [
        f[2]
        for f in read(
            "Năm 2025, Công đoàn ngành Giáo dục kết nạp 940 đoàn viên, trong đó có 610 đoàn viên "
            "nữ được kết nạp."
        )
    ] == [940]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "“Năm nay kết nạp được 410 đoàn viên, năm ngoái cùng kỳ chỉ hơn 300”, ông Tâm nói.",
            [410, 300],
        ),
        ("“Năm nay thành lập được ba CĐCS, năm ngoái thì được đúng một”, bà Hoa kể.", [3, 1]),
        ("“Năm nay giới thiệu 9 đoàn viên cho Đảng, năm ngoái mới bốn”, ông Lâm nói.", [9, 4]),
        ("“Năm 2025 kết nạp 520 đoàn viên, năm 2024 thì hơn 600”, ông Lâm nói.", [520, 600]),
        (
            "“Năm ngoái cả năm được 150 đoàn viên, chín tháng năm nay đã 170”, anh Phú nói.",
            [150, 170],
        ),
        (
            "Năm 2024 huyện kết nạp 900 đoàn viên thì đến hết tháng 9 năm nay đã được 960 người.",
            [900, 960],
        ),
        (
            "“Năm nay giới thiệu 8 đoàn viên cho Đảng, thì năm ngoái chỉ có ba”, ông Lâm nói.",
            [8, 3],
        ),
        ("“Làm được năm CĐCS, vượt 25% kế hoạch, mà năm ngoái chỉ có hai”, bà Sa nói.", [5, 2]),
    ],
)
def test_another_times_count_as_speech_says_it(text, counts):
    # (probes392)
    assert [f[2] for f in read(text)] == counts


def test_no_other_times_count_of_something_else():
    # ("mới 5 tháng" is a time, not a count)
    assert [
        f[2] for f in read("Năm nay huyện kết nạp 300 đoàn viên, năm ngoái mới 5 tháng đã xong.")
    ] == [300]
    # (numbers of a name are no part's count)
    assert [
        f[2]
        for f in read(
            "Có 640 doanh nghiệp tổ chức đối thoại định kỳ, trong đó KCN Nhơn Trạch 1, 2 có 96 "
            "doanh nghiệp."
        )
    ] == [640]


def test_bodies_each_with_its_percent_of_the_plan():
    # (probes381, probes393: the indicator named by the first one's yardstick, or by the headline)
    found = union_stats(
        "Hết tháng 6, LĐLĐ huyện Kỳ Anh đạt 48% chỉ tiêu thành lập, LĐLĐ huyện Can Lộc đạt 40%, "
        "LĐLĐ thị xã Hồng Lĩnh đạt 35%."
    )
    assert [(f["metric"], f["percent"], f["percent_kind"]) for f in found] == [
        ("cdcs_thanh_lap", 48, "of_target"),
        ("cdcs_thanh_lap", 40, "of_target"),
        ("cdcs_thanh_lap", 35, "of_target"),
    ]
    found = union_stats(
        "LĐLĐ huyện Hải Hậu vượt 21% kế hoạch; LĐLĐ huyện Giao Thủy vượt 9%.",
        title="Nam Định: Nhiều đơn vị vượt chỉ tiêu kết nạp đoàn viên năm 2025",
    )
    assert [(f["metric"], f["percent"], f["percent_kind"]) for f in found] == [
        ("doan_vien_ket_nap", 21, "over_target"),
        ("doan_vien_ket_nap", 9, "over_target"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no indicator named anywhere
        "LĐLĐ huyện Hải Hậu vượt 21% kế hoạch; LĐLĐ huyện Giao Thủy vượt 9%.",
        # one body alone is no list
        "LĐLĐ huyện Hải Hậu vượt 21% kế hoạch.",
    ],
)
def test_no_bodies_percents_without_their_indicator_or_a_list(text):
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in brackets
        (
            "Năm 2025, LĐLĐ tỉnh kết nạp 2.400 đoàn viên (trong đó LĐLĐ huyện Tam Dương 310 đoàn "
            "viên, LĐLĐ huyện Lập Thạch 270 đoàn viên).",
            [2400, 310, 270],
        ),
        # after "riêng", a long name and a hedge
        (
            "Cả năm, Công đoàn ngành kết nạp trên 900 đoàn viên, riêng Công đoàn Tổng công ty Cơ "
            "khí Xây dựng Thăng Long trên 200 đoàn viên.",
            [900, 200],
        ),
        # wards named by their numbers, two with the same count
        (
            "Năm 2025, quận thành lập 9 CĐCS; trong đó phường 4 có 3 CĐCS, phường 7 có 3 CĐCS.",
            [9, 3, 3],
        ),
    ],
)
def test_parts_in_brackets_after_riêng_or_of_wards_by_number(text, expected):
    # (probes398)
    assert [f[2] for f in read(text)] == expected


def test_a_planned_parts_range():
    # (probes398)
    assert read(
        "Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp từ 1.500 đến 1.800 đoàn viên, trong đó LĐLĐ TP Buôn "
        "Ma Thuột từ 300 đến 350 đoàn viên."
    ) == [
        ("doan_vien_ket_nap", "plan", None, {"min": 1500, "max": 1800}),
        ("doan_vien_ket_nap", "plan", None, {"min": 300, "max": 350}),
    ]


def test_bodies_percents_as_parts_of_the_wholes_or_set_against_each_other():
    # (probes398)
    found = union_stats(
        "Tỷ lệ phát triển đoàn viên toàn tỉnh đạt 91% kế hoạch, trong đó Công đoàn các KCN đạt "
        "108%, LĐLĐ TP Bắc Giang đạt 95%."
    )
    assert [(f["metric"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", 91),
        ("doan_vien_ket_nap", 108),
        ("doan_vien_ket_nap", 95),
    ]
    found = union_stats(
        "Công đoàn Viên chức tỉnh đạt 100% chỉ tiêu giới thiệu đoàn viên ưu tú cho Đảng, trong khi "
        "Công đoàn ngành Y tế chỉ đạt 80%."
    )
    assert [(f["metric"], f["stage"], f["percent"]) for f in found] == [
        ("dang_vien_gioi_thieu", "introduced", 100),
        ("dang_vien_gioi_thieu", "introduced", 80),
    ]


def read_percent(text: str, **context) -> list[tuple]:
    return [
        (f["metric"], f["kind"], f["achieved"], f["target"], f["percent"], f["percent_kind"])
        for f in union_stats(text, **context)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # x/y after each body, as the first's, its percent in brackets
        (
            "LĐLĐ huyện Thọ Xuân thành lập 9/8 CĐCS (đạt 112,5% kế hoạch); LĐLĐ huyện Triệu Sơn "
            "6/8 CĐCS (đạt 75%).",
            [
                ("cdcs_thanh_lap", "result", 9, 8, 112.5, "of_target"),
                ("cdcs_thanh_lap", "result", 6, 8, 75, "of_target"),
            ],
        ),
        # its percent after "tương ứng"
        (
            "LĐLĐ huyện Ba Vì kết nạp 730/700 đoàn viên, tương ứng 104,3% kế hoạch; LĐLĐ huyện "
            "Phúc Thọ 410/500 đoàn viên, tương ứng 82%.",
            [
                ("doan_vien_ket_nap", "result", 730, 700, 104.3, "of_target"),
                ("doan_vien_ket_nap", "result", 410, 500, 82, "of_target"),
            ],
        ),
        # its target and percent in brackets
        (
            "Công đoàn ngành Giáo dục kết nạp 415 đoàn viên (chỉ tiêu 400, đạt 103,8%), Công đoàn "
            "ngành Y tế 190 đoàn viên (chỉ tiêu 250, đạt 76%).",
            [
                ("doan_vien_ket_nap", "result", 415, 400, 103.8, "of_target"),
                ("doan_vien_ket_nap", "result", 190, 250, 76, "of_target"),
            ],
        ),
        # where it was, "là" before the count
        (
            "Tại Công ty TNHH Pou Yuen, công đoàn kết nạp 2.100 đoàn viên; tại Công ty TNHH "
            "Changshin là 940 đoàn viên.",
            [
                ("doan_vien_ket_nap", "result", 2100, None, None, None),
                ("doan_vien_ket_nap", "result", 940, None, None, None),
            ],
        ),
        # the first word of the first count's noun said again
        (
            "Năm 2025, Công đoàn ngành Xây dựng tập huấn cho 640 lượt cán bộ công đoàn, Công đoàn "
            "ngành Công thương 380 lượt.",
            [
                ("can_bo_tap_huan", "result", 640, None, None, None),
                ("can_bo_tap_huan", "result", 380, None, None, None),
            ],
        ),
    ],
)
def test_the_next_bodies_go_on_as_the_first(text, expected):
    assert read_percent(text) == expected


def test_a_bare_percent_of_a_count_with_no_target_is_its_share():
    assert read_percent(
        "LĐLĐ huyện Gia Lâm kết nạp 320 đoàn viên, LĐLĐ huyện Đông Anh 210 đoàn viên (35%)."
    ) == [
        ("doan_vien_ket_nap", "result", 320, None, None, None),
        ("doan_vien_ket_nap", "result", 210, None, 35, "rate"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "“Năm kia giới thiệu được 14 người cho Đảng, năm ngoái 11, năm nay chỉ 8 thôi”, bà "
            "Lan nói.",
            [14, 11, 8],
        ),
        (
            "“Năm 2023 kết nạp được 650 đoàn viên, năm nay đã hơn một nghìn hai trăm”, ông Tú nói.",
            [650, 1200],
        ),
    ],
)
def test_other_years_counts_said_bare_or_in_words(text, expected):
    assert [f["achieved"] for f in union_stats(text)] == expected


def test_a_year_after_a_month_is_no_count():
    assert [
        f["achieved"] for f in union_stats("Quý I kết nạp 500 đoàn viên, tháng 10 2024 hội nghị.")
    ] == [500]


def test_a_bracket_of_parts_by_body_breaks_the_whole_down():
    assert read(
        "Năm 2025, toàn tỉnh thành lập 23 CĐCS (Khu kinh tế Vũng Áng 9, huyện Kỳ Anh 6, thị xã "
        "Hồng Lĩnh 3)."
    ) == [
        ("cdcs_thanh_lap", "result", 23, None),
        ("cdcs_thanh_lap", "result", 9, None),
        ("cdcs_thanh_lap", "result", 6, None),
        ("cdcs_thanh_lap", "result", 3, None),
    ]


def test_a_bracket_of_one_body_or_of_more_than_the_whole_is_no_breakdown():
    assert len(read("Năm 2025, toàn tỉnh thành lập 23 CĐCS (huyện Kỳ Anh 6).")) == 1
    assert (
        len(read("Năm 2025, toàn tỉnh thành lập 23 CĐCS (huyện Kỳ Anh 60, huyện Can Lộc 6).")) == 1
    )


def test_counts_in_words_by_place():
    assert read(
        "Huyện Mường Lát thành lập được một CĐCS, huyện Quan Sơn hai CĐCS, còn huyện Quan Hóa chỉ "
        "một CĐCS."
    ) == [
        ("cdcs_thanh_lap", "result", 1, None),
        ("cdcs_thanh_lap", "result", 2, None),
        ("cdcs_thanh_lap", "result", 1, None),
    ]


def test_the_next_places_share_of_the_whole():
    assert read_percent(
        "LĐLĐ huyện Phú Thiện kết nạp 450 đoàn viên, chiếm 30% số đoàn viên mới của toàn tỉnh; "
        "LĐLĐ huyện Ayun Pa 210 đoàn viên, chiếm 14%."
    ) == [
        ("doan_vien_ket_nap", "result", 450, None, 30, "rate"),
        ("doan_vien_ket_nap", "result", 210, None, 14, "rate"),
    ]


def test_x_out_of_y_said_with_trên_by_place():
    assert read(
        "LĐLĐ huyện Quỳnh Lưu thành lập 7 trên 6 CĐCS được giao, LĐLĐ huyện Yên Thành 4 trên 5."
    ) == [("cdcs_thanh_lap", "result", 7, 6), ("cdcs_thanh_lap", "result", 4, 5)]


def test_the_next_place_named_as_the_first_within_its_span():
    assert read(
        "Số đoàn viên kết nạp mới tại TP Uông Bí là 430 người, tại TP Móng Cái là 215 người."
    ) == [("doan_vien_ket_nap", "result", 430, None), ("doan_vien_ket_nap", "result", 215, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "LĐLĐ huyện Thường Tín kết nạp 940/900 đoàn viên (104,4%), LĐLĐ huyện Phú Xuyên "
            "610/700 (87,1%).",
            [
                ("doan_vien_ket_nap", "result", 940, 900, 104.4, "of_target"),
                ("doan_vien_ket_nap", "result", 610, 700, 87.1, "of_target"),
            ],
        ),
        (
            "LĐLĐ huyện Thường Tín kết nạp 420 đoàn viên (30%), LĐLĐ huyện Phú Xuyên 280 đoàn viên "
            "(20%).",
            [
                ("doan_vien_ket_nap", "result", 420, None, 30, "rate"),
                ("doan_vien_ket_nap", "result", 280, None, 20, "rate"),
            ],
        ),
    ],
)
def test_bare_percents_in_brackets_by_place_are_as_the_firsts(text, expected):
    assert read_percent(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "LĐLĐ tỉnh Gia Lai kết nạp 2.410 đoàn viên trong 6 tháng đầu năm 2025, trong đó LĐLĐ "
            "TP Pleiku 530 đoàn viên, LĐLĐ huyện Chư Sê 214 đoàn viên.",
            [2410, 530, 214],
        ),
        (
            "Công đoàn các KCN thành lập 19 CĐCS trong năm 2024, trong đó LĐLĐ huyện Bến Cát 5 "
            "CĐCS, LĐLĐ thị xã Tân Uyên 4 CĐCS.",
            [19, 5, 4],
        ),
        # a count of something else between the whole and its parts: no parts of it
        (
            "LĐLĐ tỉnh kết nạp 2.410 đoàn viên tại 35 doanh nghiệp, trong đó LĐLĐ TP Pleiku 530 "
            "đoàn viên.",
            [2410],
        ),
    ],
)
def test_parts_by_body_after_the_wholes_time(text, expected):
    assert [f["achieved"] for f in union_stats(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # officials listed before their noun are officials, as the last one is
        (
            "Năm 2025, LĐLĐ huyện Yên Dũng, LĐLĐ huyện Lục Ngạn và LĐLĐ huyện Sơn Động đã tổ chức "
            "tập huấn cho 312, 207 và 145 cán bộ công đoàn cơ sở.",
            [
                ("can_bo_tap_huan", 312, None),
                ("can_bo_tap_huan", 207, None),
                ("can_bo_tap_huan", 145, None),
            ],
        ),
        # those introduced to a Party committee named after the list's noun, each with its percent
        (
            "Công đoàn ngành Y tế, Công đoàn ngành Giáo dục và Công đoàn Viên chức tỉnh đã giới "
            "thiệu lần lượt 42, 65 và 18 đoàn viên ưu tú cho cấp ủy xem xét, kết nạp, tương ứng "
            "đạt 105%, 93% và 90% kế hoạch.",
            [
                ("dang_vien_gioi_thieu", 42, 105),
                ("dang_vien_gioi_thieu", 65, 93),
                ("dang_vien_gioi_thieu", 18, 90),
            ],
        ),
        # workers listed for a job are introduced to no Party
        (
            "Trung tâm đã giới thiệu lần lượt 120, 85 và 60 lao động cho các doanh nghiệp may.",
            [],
        ),
    ],
)
def test_numbers_listed_before_their_noun_read_as_the_last(text, expected):
    found = union_stats(text)
    assert [(f["metric"], f["achieved"], f["percent"]) for f in found] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # meetings listed before their noun, in turn
        (
            "Năm 2025, LĐLĐ huyện Krông Pắc, LĐLĐ huyện Ea Kar và LĐLĐ TP Buôn Ma Thuột đã tổ "
            "chức lần lượt 64, 51 và 120 cuộc đối thoại định kỳ.",
            [64, 51, 120],
        ),
        # the next bodies' counts hedged, one named by its number
        (
            "LĐLĐ quận Bình Tân tổ chức gần 200 cuộc đối thoại, LĐLĐ quận 8 hơn 90 cuộc, LĐLĐ "
            "huyện Hóc Môn 75 cuộc.",
            [200, 90, 75],
        ),
    ],
)
def test_other_indicators_counts_listed_by_body(text, expected):
    found = union_stats(text)
    assert [f["achieved"] for f in found] == expected
    assert {f["label"] for f in found} == {"đối thoại"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # one label, the bodies after it, the values in turn
        (
            "Số CĐCS thành lập mới năm 2025 của LĐLĐ huyện Tân Yên, LĐLĐ huyện Hiệp Hòa và LĐLĐ "
            "huyện Việt Yên lần lượt là 7, 11 và 9.",
            [
                ("cdcs_thanh_lap", 7, None, None, "LĐLĐ huyện Tân Yên"),
                ("cdcs_thanh_lap", 11, None, None, "LĐLĐ huyện Hiệp Hòa"),
                ("cdcs_thanh_lap", 9, None, None, "LĐLĐ huyện Việt Yên"),
            ],
        ),
        # the bodies before it, x/y in turn with percents in turn
        (
            "Tại LĐLĐ huyện Phụng Hiệp và LĐLĐ TP Ngã Bảy, số CĐCS đạt vững mạnh tương ứng là "
            "64/75 và 40/52, lần lượt 85,3% và 76,9%.",
            [
                ("other", 64, 75, 85.3, "LĐLĐ huyện Phụng Hiệp"),
                ("other", 40, 52, 76.9, "LĐLĐ TP Ngã Bảy"),
            ],
        ),
    ],
)
def test_values_in_turn_after_the_label_their_bodies_share(text, expected):
    found = union_stats(text)
    assert [
        (f["metric"], f["achieved"], f["target"], f["percent"], f["organisation"]) for f in found
    ] == expected


@pytest.mark.parametrize(
    "text",
    [
        # two labels in turn, each value its own
        "Số CĐCS và đoàn viên phát triển mới năm 2025 của LĐLĐ huyện Tân Yên lần lượt là 6 và 410.",
        # values each with a noun of its own after "con số này"
        "Năm 2025 huyện kết nạp 900 đoàn viên và thành lập 7 CĐCS; năm 2024 con số này lần lượt "
        "là 760 đoàn viên và 5 CĐCS.",
    ],
)
def test_values_in_turn_of_two_labels_are_not_read_under_one(text):
    found = union_stats(text)
    assert all((f["metric"] == "cdcs_thanh_lap") == (f["achieved"] in (6, 7, 5)) for f in found), (
        found
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tỷ lệ CĐCS đạt vững mạnh năm 2025 ở LĐLĐ huyện Hải Hậu đạt 88,4%, LĐLĐ huyện Giao "
            "Thủy 84%, LĐLĐ huyện Nghĩa Hưng 79,5%.",
            [88.4, 84, 79.5],
        ),
        (
            "Tỷ lệ doanh nghiệp tổ chức hội nghị người lao động ở LĐLĐ quận Hà Đông là 96%, ở LĐLĐ "
            "huyện Chương Mỹ là 91%.",
            [96, 91],
        ),
        # a count's percent is no percent alone: the next bodies' percents are none of it
        (
            "Năm 2025, LĐLĐ huyện Hải Hậu kết nạp 512 đoàn viên, đạt 102%, LĐLĐ huyện Giao Thủy "
            "97%.",
            [102],
        ),
    ],
)
def test_the_next_bodies_percents_after_a_percent_alone(text, expected):
    assert [f["percent"] for f in union_stats(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part with the whole's deed said again
        (
            "“Cả huyện kết nạp 980 đoàn viên, riêng Công đoàn Công ty TNHH Sao Vàng đã kết nạp "
            "được 240 người”, ông Tùng nói.",
            [("doan_vien_ket_nap", 980), ("doan_vien_ket_nap", 240)],
        ),
        # another deed is no part of the whole
        (
            "Năm 2025, LĐLĐ huyện kết nạp 980 đoàn viên, riêng LĐLĐ thị trấn thành lập 3.",
            [("doan_vien_ket_nap", 980), ("cdcs_thanh_lap", 3)],
        ),
    ],
)
def test_parts_by_body_with_the_wholes_deed_said_again(text, expected):
    assert [(f["metric"], f["achieved"]) for f in union_stats(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a district named by its number in a tally
        (
            "LĐLĐ quận Bình Thạnh kết nạp hơn 1.500 đoàn viên, LĐLĐ quận 10 gần 900 đoàn viên.",
            [(1500, None), (900, None)],
        ),
        # a name's number before a pair said with "trên"
        (
            "Đến nay, LĐLĐ huyện Thạch Thất đã có 88 trên tổng số 90 CĐCS tổ chức đại hội, LĐLĐ "
            "huyện Quốc Oai 70 trên 76 CĐCS.",
            [(88, 90), (70, 76)],
        ),
    ],
)
def test_tallies_past_numbered_places_and_names(text, expected):
    assert [(f["achieved"], f["target"]) for f in union_stats(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "LĐLĐ huyện Thanh Chương thành lập 5 CĐCS, vượt 25% kế hoạch; huyện Anh Sơn 3 CĐCS, "
            "đạt 100% kế hoạch; huyện Đô Lương 2 CĐCS, vượt 10,5%.",
            [(5, None, 25), (3, None, 100), (2, None, 10.5)],
        ),
        (
            "Công đoàn ngành Giao thông kết nạp 312 trên 400 đoàn viên theo chỉ tiêu, đạt 78%; "
            "Công đoàn ngành Công Thương 455 trên 500, đạt 91%.",
            [(312, 400, 78), (455, 500, 91)],
        ),
        (
            "LĐLĐ thị xã Kỳ Anh thành lập 9/10 CĐCS, đạt 90%; LĐLĐ huyện Cẩm Xuyên 6/6, đạt 100%.",
            [(9, 10, 90), (6, 6, 100)],
        ),
    ],
)
def test_the_next_places_percent_after_a_comma_with_its_verb(text, expected):
    assert [(f["achieved"], f["target"], f["percent"]) for f in union_stats(text)] == expected


def test_a_bare_territorys_tally_is_its_own_federations():
    figures = union_stats(
        "LĐLĐ huyện Hương Sơn kết nạp 410 đoàn viên, đạt 102% kế hoạch; huyện Vũ Quang 180 đoàn "
        "viên, đạt 90%."
    )
    assert [f["organisation"] for f in figures] == ["LĐLĐ huyện Hương Sơn", "LĐLĐ huyện Vũ Quang"]


def test_districts_where_a_provinces_federation_worked_are_not_their_federations():
    figures = union_stats(
        "LĐLĐ tỉnh Hà Tĩnh tổ chức tập huấn: tại huyện Can Lộc cho 210 cán bộ, tại huyện Thạch Hà "
        "cho 185 cán bộ công đoàn."
    )
    assert "LĐLĐ huyện Thạch Hà" not in [f["organisation"] for f in figures]


def test_the_next_place_with_a_percent_of_another_thing_is_no_tally():
    # (the percent after the next place's count is its workers' share, no plan's)
    text = (
        "LĐLĐ huyện Hương Sơn kết nạp 410 đoàn viên, đạt 102% kế hoạch; huyện Vũ Quang 180 hộ "
        "nghèo, chiếm 12%."
    )
    assert len(union_stats(text)) == 1


def test_parts_in_brackets_past_the_rest_each_of_its_own_place():
    figures = union_stats(
        "Năm 2025, LĐLĐ tỉnh Bắc Giang kết nạp 6.210 đoàn viên (huyện Việt Yên 1.840, TP Bắc Giang "
        "960, huyện Lạng Giang 705, còn lại là các địa phương khác)."
    )
    assert [(f["achieved"], f["organisation"]) for f in figures] == [
        (6210, "LĐLĐ tỉnh Bắc Giang"),
        (1840, "huyện Việt Yên"),
        (960, "TP Bắc Giang"),
        (705, "huyện Lạng Giang"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Đợt tập huấn có 120 cán bộ công đoàn của LĐLĐ huyện Tân Yên, 96 của LĐLĐ huyện Yên "
            "Thế và 74 của Công đoàn ngành Giáo dục.",
            [
                (120, None),
                (96, "LĐLĐ huyện Yên Thế"),
                (74, "Công đoàn ngành Giáo dục"),
            ],
        ),
        (
            "Năm 2025 kết nạp được 2.400 đoàn viên mới thuộc Công đoàn các KCN tỉnh, 530 "
            "thuộc LĐLĐ thành phố Phủ Lý.",
            [(2400, None), (530, "LĐLĐ thành phố Phủ Lý")],
        ),
    ],
)
def test_counts_each_of_the_body_said_after_it(text, expected):
    figures = union_stats(text)
    assert [(f["achieved"], f["organisation"]) for f in figures][1:] == expected[1:]
    assert [f["achieved"] for f in figures] == [n for n, _ in expected]


def test_counts_of_bodies_in_turn_of_another_noun_are_no_tally():
    text = (
        "LĐLĐ tỉnh kết nạp 420 đoàn viên của Công đoàn Công ty Hòa Phát, 300 công nhân của Công "
        "đoàn Công ty Sao Vàng nhận quà."
    )
    assert [f["achieved"] for f in union_stats(text)] == [420]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "“Năm 2024 được 9, năm nay mới có 4 công đoàn cơ sở thôi”, ông Hải thừa nhận.",
            [("cdcs_thanh_lap", 9), ("cdcs_thanh_lap", 4)],
        ),
        (
            "“Quý I được hơn 500, quý II chắc khoảng 800 đoàn viên”, bà Hoa nói.",
            [("doan_vien_ket_nap", 500), ("doan_vien_ket_nap", 800)],
        ),
        (
            "“Năm ngoái 640 lượt, năm nay chúng tôi bồi dưỡng được 910 lượt cán bộ công đoàn”, "
            "ông Nam nói.",
            [("can_bo_tap_huan", 640), ("can_bo_tap_huan", 910)],
        ),
        (
            "“Tháng 1 chưa có, quý I được 3, sang quý II thì được thêm 5 công đoàn cơ sở nữa”, "
            "ông Tâm nói.",
            [("cdcs_thanh_lap", 3), ("cdcs_thanh_lap", 5)],
        ),
    ],
)
def test_counts_by_time_said_bare_with_the_noun_last(text, expected):
    assert [(f["metric"], f["achieved"]) for f in union_stats(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # (no "được", nothing gained: counts of a stock by year)
        "“Năm 2023 là 41.200, năm nay là 43.900 đoàn viên”, ông Hải nói.",
        # (money)
        "“Năm ngoái được 30 triệu, năm nay được 45 triệu đồng”, ông Hải nói.",
    ],
)
def test_counts_by_time_of_a_stock_or_money_are_none(text):
    assert union_stats(text) == []


def test_another_times_count_the_speaker_believes():
    assert [
        f["achieved"]
        for f in union_stats(
            "“Năm ngoái thành lập được 5 công đoàn cơ sở, năm nay chắc chắn được 8”, ông Hải nói."
        )
    ] == [5, 8]


@pytest.mark.parametrize(
    "text, expected",
    [
        # (past the introduction's words: "… cho Đảng xem xét kết nạp")
        (
            "Năm 2026, Công đoàn ngành Y tế phấn đấu giới thiệu 40 đoàn viên ưu tú cho cấp ủy xem "
            "xét kết nạp, Công đoàn ngành Xây dựng 25, Công đoàn Viên chức tỉnh 30.",
            [(None, 40), (None, 25), (None, 30)],
        ),
        # (counts in words, the next ones bare)
        (
            "Quý II, LĐLĐ huyện Mường Khương thành lập được hai CĐCS, LĐLĐ huyện Bát Xát ba.",
            [(2, None), (3, None)],
        ),
        # (Party bodies, from the union's source)
        (
            "Từ nguồn đoàn viên do công đoàn giới thiệu, Đảng bộ huyện Lương Tài kết nạp 26 đảng "
            "viên, Đảng bộ huyện Gia Bình 19 đảng viên.",
            [(26, None), (19, None)],
        ),
        # (its classes before its officials, as the first's)
        (
            "LĐLĐ huyện Hương Khê mở 2 lớp tập huấn cho 160 cán bộ công đoàn; LĐLĐ huyện Vũ Quang "
            "1 lớp cho 75 cán bộ.",
            [(160, None), (75, None)],
        ),
        # (its target named after "trên")
        (
            "Công đoàn Tổng công ty Hóa chất kết nạp 410 đoàn viên trên chỉ tiêu 400, vượt 2,5%; "
            "Công đoàn Tổng công ty Giấy 180 trên chỉ tiêu 200, đạt 90%.",
            [(410, 400), (180, 200)],
        ),
    ],
)
def test_tallies_of_longer_shapes(text, expected):
    assert [(f["achieved"], f["target"]) for f in union_stats(text)] == expected


def test_a_year_after_the_next_place_is_no_count():
    text = "Trong quý I, LĐLĐ huyện Yên Thế kết nạp 300 đoàn viên, LĐLĐ huyện Lục Nam năm 2023."
    assert [f["achieved"] for f in union_stats(text)] == [300]


def test_a_count_of_a_body_before_the_one_its_verb_reads():
    figures = union_stats(
        "Năm 2025, 36 đoàn viên ưu tú của Công đoàn ngành Giao thông và 22 đoàn viên ưu tú của "
        "Công đoàn ngành Công Thương được giới thiệu cho Đảng."
    )
    assert [(f["achieved"], f["organisation"]) for f in figures] == [
        (36, "Công đoàn ngành Giao thông"),
        (22, "Công đoàn ngành Công Thương"),
    ]
    # (workers of a firm before members given gifts: no figure of either)
    assert (
        union_stats(
            "Có 300 công nhân của Công ty TNHH Sao Mai và 120 đoàn viên của Công đoàn Công ty Hòa "
            "Bình được tặng quà."
        )
        == []
    )


def test_a_times_count_planned_among_counts_by_time():
    found = union_stats("“Năm 2025 được 860, năm 2026 phấn đấu 1.000 đoàn viên”, bà Hoa nói.")
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("result", 860, None),
        ("plan", None, 1000),
    ]


def test_another_times_count_with_its_percent_of_the_plan_named_first():
    found = union_stats(
        "“Năm 2024 kết nạp được 760 đoàn viên, năm nay được 905, tức là vượt kế hoạch gần 6%”, "
        "bà Hoa nói."
    )
    assert [(f["achieved"], f["percent"], f["percent_kind"]) for f in found] == [
        (760, None, None),
        (905, 6, "over_target"),
    ]


def test_counts_by_time_with_the_noun_said_first():
    found = union_stats("“Năm ngoái bọn em làm được 520 đoàn viên, năm nay mới được 310 thôi”.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 520),
        ("doan_vien_ket_nap", 310),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Năm 2025, toàn khối kết nạp 1.460 đoàn viên, gồm: Công đoàn Tổng công ty Viglacera "
            "820 đoàn viên và Công đoàn Tổng công ty Sông Đà 640 đoàn viên.",
            [1460, 820, 640],
        ),
        (
            "Năm 2025 có 1.300 lượt cán bộ được tập huấn, cụ thể: LĐLĐ huyện Tiên Du 420 lượt, "
            "LĐLĐ huyện Quế Võ 380 lượt.",
            [1300, 420, 380],
        ),
        # (a whole's kinds after "gồm" are no parts)
        ("LĐLĐ tỉnh kết nạp 3.000 đoàn viên, gồm 1.200 nữ và 1.800 nam.", [3000]),
    ],
)
def test_parts_by_body_after_gồm_or_cụ_thể(text, expected):
    assert [f["achieved"] for f in union_stats(text)] == expected


def test_the_next_place_said_whose():
    found = union_stats(
        "Số đoàn viên kết nạp mới của LĐLĐ huyện Đô Lương là 412 người, của LĐLĐ huyện Nam Đàn là "
        "305 người."
    )
    assert [(f["achieved"], f["organisation"]) for f in found] == [
        (412, "LĐLĐ huyện Đô Lương"),
        (305, "LĐLĐ huyện Nam Đàn"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Gần 900 đoàn viên được kết nạp tại Công đoàn KCN Tràng Duệ, hơn 400 tại LĐLĐ huyện An "
            "Dương.",
            [(900, "Công đoàn KCN Tràng Duệ"), (400, "LĐLĐ huyện An Dương")],
        ),
        (
            "Năm 2025, 318 doanh nghiệp thuộc Công đoàn các KCN và 145 doanh nghiệp thuộc LĐLĐ "
            "huyện Nhơn Trạch đã tổ chức đối thoại định kỳ.",
            [(318, "Công đoàn các KCN"), (145, "LĐLĐ huyện Nhơn Trạch")],
        ),
    ],
)
def test_counts_each_of_the_body_or_place_said_after_it(text, expected):
    assert [(f["achieved"], f["organisation"]) for f in union_stats(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Năm 2025, LĐLĐ huyện Thanh Chương kết nạp 430 đoàn viên, thành lập 4 CĐCS; LĐLĐ huyện "
            "Anh Sơn 215 đoàn viên, 2 CĐCS.",
            [
                ("doan_vien_ket_nap", 430, "LĐLĐ huyện Thanh Chương"),
                ("cdcs_thanh_lap", 4, "LĐLĐ huyện Thanh Chương"),
                ("doan_vien_ket_nap", 215, "LĐLĐ huyện Anh Sơn"),
                ("cdcs_thanh_lap", 2, "LĐLĐ huyện Anh Sơn"),
            ],
        ),
        (
            "LĐLĐ thị xã Hoàng Mai thành lập 3 CĐCS với 260 đoàn viên, LĐLĐ huyện Quỳnh Lưu 2 CĐCS "
            "với 140 đoàn viên.",
            [
                ("cdcs_thanh_lap", 3, "LĐLĐ thị xã Hoàng Mai"),
                ("doan_vien_ket_nap", 260, "LĐLĐ thị xã Hoàng Mai"),
                ("cdcs_thanh_lap", 2, "LĐLĐ huyện Quỳnh Lưu"),
                ("doan_vien_ket_nap", 140, "LĐLĐ huyện Quỳnh Lưu"),
            ],
        ),
    ],
)
def test_the_next_places_each_with_the_first_ones_two_counts(text, expected):
    assert [(f["metric"], f["achieved"], f["organisation"]) for f in union_stats(text)] == expected


def test_the_next_place_with_two_counts_of_other_things_is_no_pair():
    text = (
        "LĐLĐ huyện Thanh Chương kết nạp 430 đoàn viên, thành lập 4 CĐCS; LĐLĐ huyện Anh Sơn 215 "
        "suất quà, 2 nhà."
    )
    assert [f["achieved"] for f in union_stats(text)] == [430, 4]


@pytest.mark.parametrize(
    "text, expected",
    [
        # ("và" before the last time)
        (
            "Ông Hải cho biết năm 2023 đơn vị kết nạp 1.210, năm 2024 là 1.380 và năm 2025 là "
            "1.460 đoàn viên.",
            [1210, 1380, 1460],
        ),
        # (new ones, no "được")
        ("“Năm 2024 gần 500, năm 2025 hơn 640 đoàn viên mới”, bà Thu nói.", [500, 640]),
        # (the first time's count, the rules having read the others)
        (
            "“Quý I được 3, quý II được 5 công đoàn cơ sở, còn quý III đến giờ mới làm được 1”, "
            "ông Dũng nói.",
            [3, 5, 1],
        ),
    ],
)
def test_counts_by_time_in_more_shapes(text, expected):
    assert [f["achieved"] for f in union_stats(text)] == expected


def test_a_target_given_then_what_was_done_is_no_count_by_time():
    found = union_stats(
        "“Năm 2025 tỉnh được giao 12.000 đoàn viên, quý I mới làm được hơn 4.200, gần 35%”, bà "
        "Thúy nói."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [(4200, 12000, 35)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ("đã là" before the next time's count)
        (
            "“Năm 2024 công đoàn ngành giới thiệu được 44 đoàn viên ưu tú cho Đảng, năm nay đã là "
            "61”, ông Tâm nói.",
            [44, 61],
        ),
        # (how it compares, then the count)
        (
            "“Năm ngoái cả huyện kết nạp được 380 đoàn viên, năm nay nhiều hơn, đã được 512”, bà "
            "Hạnh cho biết.",
            [380, 512],
        ),
        # (up to a month named in words, no "hết")
        (
            "“Năm ngoái chúng tôi kết nạp được 640 người, năm nay mới tháng Tám đã được 590”, ông "
            "Lực cho biết.",
            [640, 590],
        ),
    ],
)
def test_the_next_times_count_in_more_spoken_shapes(text, expected):
    assert [f["achieved"] for f in union_stats(text)] == expected


def test_bare_parts_in_brackets_are_the_counts_they_add_up_to():
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh Phú Yên thành lập 21 CĐCS với 1.740 đoàn viên (LĐLĐ thành phố Tuy Hòa "
        "9, LĐLĐ thị xã Sông Cầu 7, LĐLĐ huyện Đông Hòa 5)."
    )
    assert [(f["metric"], f["achieved"]) for f in found][2:] == [
        ("cdcs_thanh_lap", 9),
        ("cdcs_thanh_lap", 7),
        ("cdcs_thanh_lap", 5),
    ]
    # (parts that add up to neither stay the nearest count's)
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh Phú Yên thành lập 21 CĐCS với 1.740 đoàn viên (LĐLĐ thành phố Tuy Hòa "
        "900, LĐLĐ thị xã Sông Cầu 600)."
    )
    assert [(f["metric"], f["achieved"]) for f in found][2:] == [
        ("doan_vien_ket_nap", 900),
        ("doan_vien_ket_nap", 600),
    ]


def test_the_next_places_with_the_first_ones_verb_and_bang_before_the_percent():
    found = union_stats(
        "Hết quý III, LĐLĐ huyện Kim Bảng đạt 7/6 CĐCS theo chỉ tiêu, LĐLĐ huyện Thanh Liêm đạt "
        "5/8, LĐLĐ thị xã Duy Tiên đạt 9/9."
    )
    assert [(f["achieved"], f["target"], f["organisation"]) for f in found] == [
        (7, 6, "LĐLĐ huyện Kim Bảng"),
        (5, 8, "LĐLĐ huyện Thanh Liêm"),
        (9, 9, "LĐLĐ thị xã Duy Tiên"),
    ]
    found = union_stats(
        "LĐLĐ huyện Lệ Thủy kết nạp 420/400 đoàn viên, bằng 105% chỉ tiêu; LĐLĐ huyện Quảng Ninh "
        "đạt 198/260, bằng 76,2%."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [
        (420, 400, 105),
        (198, 260, 76.2),
    ]


def test_the_next_bodies_percents_ranked_and_the_last_after_va():
    found = union_stats(
        "Về thành lập CĐCS, dẫn đầu là LĐLĐ huyện Đức Hòa đạt 160% chỉ tiêu, kế đến là LĐLĐ huyện "
        "Bến Lức đạt 125% và LĐLĐ huyện Cần Giuộc đạt 110%."
    )
    assert [(f["metric"], f["percent"], f["organisation"]) for f in found] == [
        ("cdcs_thanh_lap", 160, "LĐLĐ huyện Đức Hòa"),
        ("cdcs_thanh_lap", 125, "LĐLĐ huyện Bến Lức"),
        ("cdcs_thanh_lap", 110, "LĐLĐ huyện Cần Giuộc"),
    ]


def test_bare_parts_that_add_up_to_the_whole_past_where_it_was_done():
    found = union_stats(
        "Quý II, Công đoàn KCN Bình Xuyên kết nạp 410 đoàn viên tại 3 doanh nghiệp (Công ty TNHH "
        "Nidec 205, Công ty TNHH Khải Hoàn 130, Công ty CP Cơ khí Vĩnh Phúc 75)."
    )
    assert [(f["achieved"], f["organisation"]) for f in found][1:] == [
        (205, "Công ty TNHH Nidec"),
        (130, "Công ty TNHH Khải Hoàn"),
        (75, "Công ty CP Cơ khí Vĩnh Phúc"),
    ]
    # (parts that do not add up to it, past more than its clause, are no parts of it)
    found = union_stats(
        "Quý II, Công đoàn KCN Bình Xuyên kết nạp 410 đoàn viên tại 3 doanh nghiệp (Công ty TNHH "
        "Nidec 205, Công ty TNHH Khải Hoàn 130)."
    )
    assert [f["achieved"] for f in found] == [410]


def test_a_part_said_with_chiem_and_units_for_unions():
    found = union_stats(
        "Năm 2025, toàn tỉnh thành lập được 31 CĐCS, riêng Công đoàn các KCN đã chiếm 19 đơn vị."
    )
    assert [(f["metric"], f["achieved"], f["organisation"]) for f in found] == [
        ("cdcs_thanh_lap", 31, None),
        ("cdcs_thanh_lap", 19, "Công đoàn các KCN"),
    ]


def test_a_bodys_own_percent_set_apart_after_the_wholes():
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh Bắc Kạn kết nạp 940 đoàn viên, đạt 94% chỉ tiêu; riêng LĐLĐ huyện "
        "Chợ Mới đã đạt 131% chỉ tiêu."
    )
    assert [(f["percent"], f["percent_kind"], f["organisation"]) for f in found] == [
        (94, "of_target", "LĐLĐ tỉnh Bắc Kạn"),
        (131, "of_target", "LĐLĐ huyện Chợ Mới"),
    ]
    found = union_stats(
        "Năm 2025, 212/220 CĐCS đã tổ chức hội nghị người lao động, đạt 96,4%, trong đó Công đoàn "
        "ngành Y tế đạt 100%."
    )
    assert [(f["label"], f["percent"], f["percent_kind"]) for f in found] == [
        ("hội nghị người lao động", 96.4, "rate"),
        ("hội nghị người lao động", 100, "rate"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ("con số đã là")
        (
            "“Năm ngoái huyện kết nạp được 520 đoàn viên, năm nay con số đã là 780 người”, ông Tú "
            "cho biết.",
            [(520, "Năm ngoái"), (780, "năm nay")],
        ),
        # ("được thêm", the month as written)
        (
            "“Tháng 8 chúng tôi kết nạp được 1.240 đoàn viên, tháng 9 được thêm 1.610 người”, bà "
            "Lan cho biết.",
            [(1240, "Tháng 8"), (1610, "tháng 9")],
        ),
        # ("sang" the next month, and why after the count)
        (
            "“Quý I chúng tôi thành lập 3 CĐCS, sang quý II được 5 CĐCS vì nhiều doanh nghiệp mới "
            "vào”, ông Khoa cho biết.",
            [(3, "Quý I"), (5, "quý II")],
        ),
    ],
)
def test_the_next_times_count_told_with_its_time_as_written(text, expected):
    assert [(f["achieved"], f["period"]) for f in union_stats(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Năm 2024 tỷ lệ doanh nghiệp tổ chức đối thoại định kỳ mới khoảng 55%, năm nay đã "
            "tăng lên gần 68%”, ông Quang cho biết.",
            [(55, "Năm 2024"), (68, "năm nay")],
        ),
        (
            "Tỷ lệ CĐCS xếp loại hoàn thành tốt nhiệm vụ năm 2023 đạt 81,2%; năm 2024 là 84,6%.",
            [(81.2, "năm 2023"), (84.6, "năm 2024")],
        ),
    ],
)
def test_another_times_share_said_bare_after_a_share(text, expected):
    assert [(f["percent"], f["period"]) for f in union_stats(text)] == expected


def test_parts_by_body_with_their_classes_before_the_trainees():
    found = union_stats(
        "Năm 2025, Công đoàn ngành Giáo dục tổ chức tập huấn cho 640 cán bộ công đoàn, trong đó "
        "Công đoàn trường Đại học Vinh 3 lớp với 210 học viên, Công đoàn Sở Giáo dục 2 lớp, 150 "
        "học viên."
    )
    assert [(f["metric"], f["achieved"], f["organisation"]) for f in found] == [
        ("can_bo_tap_huan", 640, "Công đoàn ngành Giáo dục"),
        ("can_bo_tap_huan", 210, "Công đoàn trường Đại học Vinh"),
        ("can_bo_tap_huan", 150, "Công đoàn Sở Giáo dục"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ("sang" the next year)
        (
            "“Năm 2023 mới có 59% CĐCS xếp loại vững mạnh, sang năm 2024 tỷ lệ này đã là 66%”, ông "
            "Hiếu cho biết.",
            [(59, "rate"), (66, "rate")],
        ),
        # (a percent of the plan, up to a month)
        (
            "“Năm ngoái huyện chỉ đạt 80% chỉ tiêu kết nạp đoàn viên, năm nay đến hết tháng 9 đã "
            "được 97%”, chị Hạnh nói.",
            [(80, "of_target"), (97, "of_target")],
        ),
    ],
)
def test_another_times_share_or_percent_of_the_plan_after_sang_or_up_to_a_month(text, expected):
    assert [(f["percent"], f["percent_kind"]) for f in union_stats(text)] == expected


def test_parts_in_brackets_ending_with_the_rest_named_by_their_kind():
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh Hưng Yên kết nạp 4.310 đoàn viên (thị xã Mỹ Hào 1.120, huyện Yên Mỹ "
        "980, huyện Văn Lâm 760, các huyện khác 1.450)."
    )
    assert [(f["achieved"], f["organisation"]) for f in found] == [
        (4310, "LĐLĐ tỉnh Hưng Yên"),
        (1120, "thị xã Mỹ Hào"),
        (980, "huyện Yên Mỹ"),
        (760, "huyện Văn Lâm"),
    ]


def test_bracketed_parts_with_the_rest_are_the_whole_they_add_up_to_with_it():
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh Phú Thọ thành lập 33 CĐCS với 2.640 đoàn viên (thành phố Việt Trì 12, "
        "huyện Lâm Thao 9, thị xã Phú Thọ 5, các huyện còn lại 7)."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 33),
        ("doan_vien_ket_nap", 2640),
        ("cdcs_thanh_lap", 12),
        ("cdcs_thanh_lap", 9),
        ("cdcs_thanh_lap", 5),
    ]


def test_parts_after_a_colon_only_when_they_add_up_to_the_whole_with_the_rest():
    found = union_stats(
        "Năm 2026, LĐLĐ tỉnh dự kiến thành lập mới 20 CĐCS: LĐLĐ huyện Kim Bảng 6, LĐLĐ huyện "
        "Thanh Liêm 5, các đơn vị còn lại 9."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 20), ("plan", 6), ("plan", 5)]
    found = union_stats(
        "Năm 2026, LĐLĐ tỉnh dự kiến thành lập mới 20 CĐCS: LĐLĐ huyện Kim Bảng 6, LĐLĐ huyện "
        "Thanh Liêm 5."
    )
    assert [f["target"] for f in found] == [20]


def test_the_next_places_pairs_or_plans_after_two_of_the_firsts():
    assert read(
        "LĐLĐ huyện Yên Thế thành lập 3/2 CĐCS, kết nạp 310/300 đoàn viên; LĐLĐ huyện Tân Yên 2/3 "
        "CĐCS, 276/300 đoàn viên."
    ) == [
        ("cdcs_thanh_lap", "result", 3, 2),
        ("doan_vien_ket_nap", "result", 310, 300),
        ("cdcs_thanh_lap", "result", 2, 3),
        ("doan_vien_ket_nap", "result", 276, 300),
    ]
    assert read(
        "Năm 2026, LĐLĐ huyện Yên Thế phấn đấu kết nạp 350 đoàn viên, thành lập 3 CĐCS; LĐLĐ "
        "huyện Tân Yên 320 đoàn viên, 2 CĐCS."
    ) == [
        ("doan_vien_ket_nap", "plan", None, 350),
        ("cdcs_thanh_lap", "plan", None, 3),
        ("doan_vien_ket_nap", "plan", None, 320),
        ("cdcs_thanh_lap", "plan", None, 2),
    ]


def test_the_next_places_named_bare_as_the_first_one_is():
    found = union_stats(
        "Đến hết tháng 9/2025, Tuy Hòa kết nạp 820/1.000 đoàn viên, đạt 82% chỉ tiêu; Sông Cầu "
        "455/500, đạt 91%; Đông Hòa 390/450, đạt 86,7%."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [
        (820, 1000, 82),
        (455, 500, 91),
        (390, 450, 86.7),
    ]
    assert [f["organisation"] for f in found[1:]] == ["Sông Cầu", "Đông Hòa"]
    # (not after a first place named by its kind, nor anything else named bare)
    assert read("Năm 2025, LĐLĐ huyện Tây Hòa kết nạp 820 đoàn viên, Sông Cầu 455.") == [
        ("doan_vien_ket_nap", "result", 820, None)
    ]


def test_parts_named_bare_only_when_they_add_up_to_the_whole():
    found = union_stats(
        "Năm 2025, toàn tỉnh thành lập 21 CĐCS (Tuy Hòa 9, Sông Cầu 5, Đông Hòa 4, Tây Hòa 3)."
    )
    assert [(f["achieved"], f["organisation"]) for f in found[1:]] == [
        (9, "Tuy Hòa"),
        (5, "Sông Cầu"),
        (4, "Đông Hòa"),
        (3, "Tây Hòa"),
    ]
    # (parts that do not add up are no parts of it)
    assert read("Năm 2025, toàn tỉnh thành lập 21 CĐCS (Tuy Hòa 9, Sông Cầu 5).") == [
        ("cdcs_thanh_lap", "result", 21, None)
    ]


def test_the_next_places_officials_trained_for_with_cho():
    assert read(
        "Năm 2025, LĐLĐ huyện Tuy An tập huấn cho 640 lượt cán bộ công đoàn, LĐLĐ huyện Sơn Hòa "
        "cho 420 lượt."
    ) == [("can_bo_tap_huan", "result", 640, None), ("can_bo_tap_huan", "result", 420, None)]
    # (not after another deed: gifts given "cho" are none)
    assert read(
        "Năm 2025, LĐLĐ huyện Tuy An kết nạp 640 đoàn viên, LĐLĐ huyện Sơn Hòa cho 420 suất quà."
    ) == [("doan_vien_ket_nap", "result", 640, None)]


def test_parts_in_brackets_ending_with_an_ellipsis():
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh Quảng Ngãi thành lập 41 CĐCS (Công đoàn các KCN 15, Công đoàn phường "
        "Trương Quang Trọng 6, Công đoàn xã Bình Sơn 4, …)."
    )
    assert [f["achieved"] for f in found] == [41, 15, 6, 4]


def test_parts_of_the_same_count_are_each_their_bodys_not_repeats():
    found = union_stats(
        "Năm 2024, LĐLĐ tỉnh Hà Nam thành lập 12 CĐCS (Duy Tiên 4, Kim Bảng 2, Thanh Liêm 2, Lý "
        "Nhân 4)."
    )
    assert [(f["achieved"], f["organisation"]) for f in found][1:] == [
        (4, "Duy Tiên"),
        (2, "Kim Bảng"),
        (2, "Thanh Liêm"),
        (4, "Lý Nhân"),
    ]


def test_parts_named_by_public_bodies():
    found = union_stats(
        "Năm 2024, Công đoàn ngành Y tế kết nạp 640 đoàn viên (Bệnh viện Đa khoa tỉnh 190, Bệnh "
        "viện Phụ sản 120, còn lại là các trung tâm y tế)."
    )
    assert [f["achieved"] for f in found] == [640, 190, 120]
    # (the words alone, before no name, are none: "Trường hợp …", "Sở dĩ …")
    assert union_stats("Trường hợp doanh nghiệp có 25 lao động thì vận động thành lập CĐCS.") == []


@pytest.mark.parametrize(
    "text, counts",
    [
        # each class named with the officials it was for, the deed said once
        (
            "Quý III/2025, LĐLĐ tỉnh Phú Thọ mở 3 lớp bồi dưỡng: lớp tại Việt Trì cho 140 cán bộ "
            "CĐCS; lớp tại Phù Ninh cho 75 cán bộ; lớp tại Thanh Sơn cho 88 chủ tịch CĐCS.",
            [140, 75, 88],
        ),
        # each place with its classes and officials, in brackets
        (
            "Năm 2025, Công đoàn Dệt May Việt Nam tổ chức 4 lớp tập huấn cho 530 lượt cán bộ công "
            "đoàn (Nam Định 2 lớp, 260 lượt; Bình Dương 2 lớp, 270 lượt).",
            [530, 260, 270],
        ),
        # workers are no officials: the class of workers is no tally
        (
            "LĐLĐ huyện tập huấn cho 95 cán bộ CĐCS; lớp tại xã Tân Lập cho 120 công nhân.",
            [95],
        ),
        # a class planned in a clause of its own is no class held
        (
            "“Đợt này có 2 lớp với 150 học viên là cán bộ công đoàn, tháng sau chúng tôi sẽ mở "
            "thêm 1 lớp cho 80 người nữa”.",
            [150],
        ),
    ],
)
def test_the_next_classes_officials_are_figures_of_the_first_training(text, counts):
    assert [f["achieved"] for f in union_stats(text) if f["metric"] == "can_bo_tap_huan"] == counts


def test_a_long_bank_name_goes_on_a_tally_with_its_name_whole():
    figures = union_stats(
        "Kết quả quý I: Công đoàn Ngân hàng TMCP Đầu tư và Phát triển Việt Nam – kết nạp 845 đoàn "
        "viên; Công đoàn Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam – 1.020."
    )
    assert [(f["achieved"], f["organisation"]) for f in figures] == [
        (845, "Công đoàn Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"),
        (1020, "Công đoàn Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam"),
    ]


def test_the_next_classes_joined_by_và():
    figures = union_stats(
        "Năm 2025, LĐLĐ tỉnh mở 3 lớp: lớp kỹ năng đối thoại cho 70 cán bộ, lớp nghiệp vụ kiểm tra "
        "cho 65 cán bộ và lớp nghiệp vụ nữ công cho 58 cán bộ CĐCS."
    )
    assert [f["achieved"] for f in figures] == [70, 65, 58]


def test_the_next_places_people_said_người_whatever_the_first_ones_noun():
    figures = union_stats(
        "Giai đoạn 2020-2025, Công đoàn ngành Y tế đã đưa được 312 đoàn viên vào Đảng, Công đoàn "
        "ngành Giáo dục 540 người."
    )
    assert [(f["metric"], f["achieved"]) for f in figures] == [
        ("dang_vien_gioi_thieu", 312),
        ("dang_vien_gioi_thieu", 540),
    ]


def test_another_times_count_after_đạt():
    assert read(
        "Năm 2023, LĐLĐ thị xã kết nạp 640 đoàn viên; năm 2024 là 702 đoàn viên và năm 2025 đạt "
        "815 đoàn viên."
    ) == [
        ("doan_vien_ket_nap", "result", 640, None),
        ("doan_vien_ket_nap", "result", 702, None),
        ("doan_vien_ket_nap", "result", 815, None),
    ]


def test_the_next_classes_said_with_có_and_còn():
    figures = union_stats(
        "Lớp tại thị xã Sơn Tây có 95 cán bộ CĐCS tham dự, lớp tại huyện Ba Vì có 80 người, còn "
        "lớp tại huyện Thạch Thất có 102 người.",
        title="LĐLĐ thành phố Hà Nội mở ba lớp tập huấn cho cán bộ công đoàn cơ sở",
    )
    assert [f["achieved"] for f in figures] == [95, 80, 102]


def test_the_next_places_after_a_percent_of_the_years_plan_in_brackets():
    figures = union_stats(
        "Kết quả 9 tháng của các đơn vị: Công đoàn ngành Giáo dục kết nạp 312 đoàn viên (đạt 78% "
        "kế hoạch năm), Công đoàn ngành Y tế 145 đoàn viên (đạt 72,5%)."
    )
    assert [(f["achieved"], f["percent"]) for f in figures] == [(312, 78), (145, 72.5)]


def test_another_months_count_with_its_year():
    figures = union_stats(
        "Tháng 4/2025, Công đoàn các KCN tỉnh kết nạp 1.210 đoàn viên; tháng 5/2025, 1.342 đoàn "
        "viên."
    )
    assert [f["achieved"] for f in figures] == [1210, 1342]


def test_the_parts_classes_after_trong_đó():
    figures = union_stats(
        "Năm 2025, LĐLĐ tỉnh mở 30 lớp tập huấn cho 2.700 lượt cán bộ công đoàn, trong đó Công "
        "đoàn ngành Y tế 6 lớp với 520 lượt cán bộ, LĐLĐ thành phố Pleiku 5 lớp với 430 lượt cán "
        "bộ."
    )
    assert [f["achieved"] for f in figures] == [2700, 520, 430]


def test_parts_named_by_the_units_they_were_before_the_merger():
    found = union_stats(
        "6 tháng đầu năm 2026, LĐLĐ tỉnh Đắk Lắk kết nạp 2.310 đoàn viên (khu vực Phú Yên cũ 940, "
        "Đắk Lắk cũ 1.370)."
    )
    assert [(f["achieved"], f["organisation"]) for f in found] == [
        (2310, "LĐLĐ tỉnh Đắk Lắk"),
        (940, "khu vực Phú Yên cũ"),
        (1370, "Đắk Lắk cũ"),
    ]


def test_parts_named_bare_falling_short_of_the_whole_the_rest_unsaid():
    found = union_stats(
        "Năm 2025, toàn tỉnh thành lập 31 CĐCS (Buôn Ma Thuột 12, Buôn Hồ 6, Ea Kar 4, còn lại là "
        "các huyện khác)."
    )
    assert [f["achieved"] for f in found] == [31, 12, 6, 4]
    # (parts named bare that add up to more than the whole are no parts of it)
    found = union_stats(
        "Năm 2025, toàn tỉnh thành lập 11 CĐCS (Buôn Ma Thuột 12, Buôn Hồ 6, còn lại là các huyện "
        "khác)."
    )
    assert [f["achieved"] for f in found] == [11]


def test_parts_named_by_the_province_they_were_after_trong_đó():
    found = union_stats(
        "9 tháng năm 2026, LĐLĐ tỉnh Tuyên Quang kết nạp 3.050 đoàn viên, trong đó khu vực tỉnh Hà "
        "Giang (cũ) 1.120 đoàn viên, khu vực tỉnh Tuyên Quang (cũ) 1.930 đoàn viên."
    )
    assert [(f["achieved"], f["organisation"]) for f in found] == [
        (3050, "LĐLĐ tỉnh Tuyên Quang"),
        (1120, "khu vực tỉnh Hà Giang (cũ)"),
        (1930, "khu vực tỉnh Tuyên Quang (cũ)"),
    ]


def test_the_noun_said_once_at_the_end_of_a_tally_whose_first_count_is_bare():
    assert read(
        "Năm 2025, LĐLĐ huyện Ba Vì thành lập 6, LĐLĐ huyện Mỹ Đức 3, LĐLĐ huyện Ứng Hòa 2 CĐCS."
    ) == [
        ("cdcs_thanh_lap", "result", 6, None),
        ("cdcs_thanh_lap", "result", 3, None),
        ("cdcs_thanh_lap", "result", 2, None),
    ]
    # (a noun of another indicator ends it)
    assert read(
        "Năm 2025, LĐLĐ huyện Ba Vì thành lập 6, LĐLĐ huyện Mỹ Đức 3, LĐLĐ huyện Ứng Hòa 2 cuộc "
        "đối thoại."
    )[:2] == [("cdcs_thanh_lap", "result", 6, None), ("cdcs_thanh_lap", "result", 3, None)]
