"""Lists under a legend in brackets that says what each item's numbers are (legends.py)."""

from __future__ import annotations

import pytest

from crawler.extraction.unionstats import union_stats

KEYS = ("metric", "kind", "achieved", "target", "percent", "percent_kind", "organisation")


def read(text: str) -> list[tuple]:
    return [tuple(f[key] for key in KEYS) for f in union_stats(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            # two counts by place, the places named bare
            "Kết quả thành lập CĐCS và kết nạp đoàn viên quý III của các huyện (CĐCS/đoàn viên): "
            "Đức Thọ 3/412, Hương Sơn 2/265, Can Lộc 4/530.",
            [
                ("cdcs_thanh_lap", "result", 3, None, None, None, "Đức Thọ"),
                ("doan_vien_ket_nap", "result", 412, None, None, None, "Đức Thọ"),
                ("cdcs_thanh_lap", "result", 2, None, None, None, "Hương Sơn"),
                ("doan_vien_ket_nap", "result", 265, None, None, None, "Hương Sơn"),
                ("cdcs_thanh_lap", "result", 4, None, None, None, "Can Lộc"),
                ("doan_vien_ket_nap", "result", 530, None, None, None, "Can Lộc"),
            ],
        ),
        (
            # the halves apart by a dash, in the legend's order
            "Kết quả 6 tháng của các LĐLĐ huyện (đoàn viên kết nạp – CĐCS thành lập): Krông Pắc "
            "640 – 4, Cư M'gar 385 – 2.",
            [
                ("doan_vien_ket_nap", "result", 640, None, None, None, "Krông Pắc"),
                ("cdcs_thanh_lap", "result", 4, None, None, None, "Krông Pắc"),
                ("doan_vien_ket_nap", "result", 385, None, None, None, "Cư M'gar"),
                ("cdcs_thanh_lap", "result", 2, None, None, None, "Cư M'gar"),
            ],
        ),
        (
            # what was done against the plan, of the indicator the heading names
            "Kết quả kết nạp đoàn viên năm 2024 của các công đoàn ngành (thực hiện/kế hoạch): "
            "Công đoàn ngành Giáo dục 820/800, Công đoàn ngành Y tế 455/500.",
            [
                ("doan_vien_ket_nap", "result", 820, 800, None, None, "Công đoàn ngành Giáo dục"),
                ("doan_vien_ket_nap", "result", 455, 500, None, None, "Công đoàn ngành Y tế"),
            ],
        ),
        (
            # another indicator's share of the units, with its percent after a comma
            "Tiến độ đại hội CĐCS tính đến ngày 30/5/2023 (đã đại hội/tổng số, tỷ lệ): Hòa Vang "
            "61/64, 95,3%; Liên Chiểu 48/48, 100%.",
            [
                ("other", "result", 61, 64, 95.3, "rate", "Hòa Vang"),
                ("other", "result", 48, 48, 100, "rate", "Liên Chiểu"),
            ],
        ),
        (
            # targets set by unit
            "Chỉ tiêu giao năm 2026 (CĐCS – đoàn viên): Yên Lạc 3 – 350, Vĩnh Tường 4 – 420.",
            [
                ("cdcs_thanh_lap", "plan", None, 3, None, None, "Yên Lạc"),
                ("doan_vien_ket_nap", "plan", None, 350, None, None, "Yên Lạc"),
                ("cdcs_thanh_lap", "plan", None, 4, None, None, "Vĩnh Tường"),
                ("doan_vien_ket_nap", "plan", None, 420, None, None, "Vĩnh Tường"),
            ],
        ),
        (
            # the courses read past, those trained counted
            "Số lớp và học viên bồi dưỡng cán bộ công đoàn (lớp/học viên): Mộc Châu 2/180; Sông "
            "Mã 3/236.",
            [
                ("can_bo_tap_huan", "result", 180, None, None, None, "Mộc Châu"),
                ("can_bo_tap_huan", "result", 236, None, None, None, "Sông Mã"),
            ],
        ),
    ],
)
def test_each_items_numbers_are_what_the_legend_says(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what the units have, not what they did
        "Số đoàn viên hiện có (nam/nữ): Đức Thọ 5.120/3.200, Hương Sơn 4.100/2.950.",
        # gifts and money
        "Quà Tết trao cho đoàn viên (suất/triệu đồng): Đức Thọ 520/260, Hương Sơn 410/205.",
        # one item is no list
        "Kết quả của huyện (CĐCS/đoàn viên): Đức Thọ 3/412.",
        # a legend of nothing the rules count
        "Số vụ tranh chấp lao động (vụ/người): Đức Thọ 3/120, Hương Sơn 2/85.",
    ],
)
def test_no_figures_from_legends_of_other_things(text):
    assert read(text) == []


def test_pairs_under_a_legend_of_unions_and_members_or_introduced_and_admitted():
    found = union_stats(
        "Kết quả phát triển đoàn viên năm 2025 (CĐCS/đoàn viên): LĐLĐ huyện Tân Yên 4/520, LĐLĐ "
        "huyện Hiệp Hòa 6/1.040."
    )
    assert [(f["metric"], f["achieved"], f["organisation"]) for f in found] == [
        ("cdcs_thanh_lap", 4, "LĐLĐ huyện Tân Yên"),
        ("doan_vien_ket_nap", 520, "LĐLĐ huyện Tân Yên"),
        ("cdcs_thanh_lap", 6, "LĐLĐ huyện Hiệp Hòa"),
        ("doan_vien_ket_nap", 1040, "LĐLĐ huyện Hiệp Hòa"),
    ]
    found = union_stats(
        "Kết quả giới thiệu đoàn viên ưu tú cho Đảng (giới thiệu/được kết nạp): Công đoàn ngành "
        "Xây dựng 15/9, Công đoàn ngành Công Thương 22/14."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [
        ("introduced", 15),
        ("admitted", 9),
        ("introduced", 22),
        ("admitted", 14),
    ]
    # (what bodies have is no result)
    assert (
        union_stats(
            "Tổng số CĐCS và đoàn viên hiện có (CĐCS/đoàn viên): LĐLĐ huyện Tân Yên 96/6.200, LĐLĐ "
            "huyện Hiệp Hòa 140/11.300."
        )
        == []
    )


def test_a_legend_of_the_deed_its_target_and_percent_reads_results():
    assert read(
        "Thành lập CĐCS năm 2024 (thành lập/chỉ tiêu, tỷ lệ): Long Xuyên 5/4 (125%); Châu Đốc "
        "3/3 (100%); Tân Châu 1/2 (50%)."
    ) == [
        ("cdcs_thanh_lap", "result", 5, 4, 125, "of_target", "Long Xuyên"),
        ("cdcs_thanh_lap", "result", 3, 3, 100, "of_target", "Châu Đốc"),
        ("cdcs_thanh_lap", "result", 1, 2, 50, "of_target", "Tân Châu"),
    ]


def test_a_legend_that_names_its_unit_first():
    assert [
        (f["achieved"], f["target"], f["percent"])
        for f in union_stats(
            "Kết nạp đoàn viên (đơn vị tính: người; thực hiện/kế hoạch/tỷ lệ): Buôn Hồ "
            "230/200/115%; Krông Búk 140/200/70%."
        )
    ] == [(230, 200, 115), (140, 200, 70)]


@pytest.mark.parametrize(
    "text",
    [
        "CĐCS giải thể năm 2024 (đơn vị/đoàn viên): Mỹ Hào 3/245; Văn Lâm 2/130.",
        "Lớp cảm tình Đảng năm 2024 (lớp/học viên): Công đoàn ngành Giáo dục 2/140; LĐLĐ huyện "
        "Khoái Châu 1/60.",
    ],
)
def test_no_figures_under_a_legend_of_losses_or_of_the_partys_course(text):
    assert union_stats(text) == []


def test_a_legend_before_a_dash_for_the_colon():
    assert read(
        "Kết nạp đoàn viên (thực hiện/chỉ tiêu) – TP Hưng Yên 410/400; huyện Kim Động 280/320."
    ) == [
        ("doan_vien_ket_nap", "result", 410, 400, None, None, "TP Hưng Yên"),
        ("doan_vien_ket_nap", "result", 280, 320, None, None, "huyện Kim Động"),
    ]
