"""Report tables flattened into text (crawler.extraction.unionstats.tables)."""

from __future__ import annotations

import pytest

from crawler.extraction.unionstats import union_stats
from crawler.extraction.unionstats.tables import table_figures


def _read(text: str) -> list[tuple]:
    return [(f.metric, f.achieved, f.target, f.percent) for f in table_figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # dashes, the plan first
        ("Thành lập CĐCS – 20 – 15 – 75%", [("cdcs_thanh_lap", 15, 20, 75)]),
        # the columns named, in either order
        (
            "Kết nạp ĐV: KH 3.000 – TH 3.150 – đạt 105%; Thành lập CĐCS: TH 9 – KH 12 – đạt 75%",
            [("doan_vien_ket_nap", 3150, 3000, 105), ("cdcs_thanh_lap", 9, 12, 75)],
        ),
        # pipes, the percent column with no sign
        (
            "Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%) Kết nạp đoàn viên mới | 2.000 | 1.500 "
            "| 75 Tập huấn cán bộ công đoàn | 400 lượt | 420 lượt | 105",
            [("doan_vien_ket_nap", 1500, 2000, 75), ("can_bo_tap_huan", 420, 400, 105)],
        ),
    ],
)
def test_rows_read_as_done_against_the_plan(text, expected):
    assert _read(text) == expected


def test_numbers_that_only_look_like_a_row_are_not_read():
    # the percent is no share of the plan either way round
    assert _read("Kết nạp đoàn viên – 1.200 – 845 – 50%") == []
    # no indicator of development
    assert _read("Trao quà – 1.200 – 845 – 70,4%") == []


def test_a_row_replaces_what_its_numbers_said_one_by_one():
    found = union_stats("Năm 2025: Thành lập CĐCS – 12 – 7 – 58,3%; Kết nạp ĐV – 1.000 – 800 – 80%")
    assert [(f["metric"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", 7, 12, 58.3),
        ("doan_vien_ket_nap", 800, 1000, 80),
    ]


def test_a_row_with_named_columns_counts_its_contexts_indicator():
    row = "1. Công đoàn Khu kinh tế Đông Nam: chỉ tiêu 1.500 – thực hiện 1.032 – đạt 68,8%."
    (found,) = union_stats(row, title="Nghệ An: 6 tháng kết nạp 4.360 đoàn viên")
    assert (found["metric"], found["achieved"], found["target"], found["percent"]) == (
        "doan_vien_ket_nap",
        1032,
        1500,
        68.8,
    )
    # (no indicator counted around it, or two: no row)
    assert union_stats(row) == []
    assert (
        union_stats(row, title="Nghệ An: 6 tháng kết nạp 4.360 đoàn viên, thành lập 21 CĐCS") == []
    )


def test_a_row_with_unnamed_columns_the_plan_first():
    (found,) = union_stats(
        "LĐLĐ huyện Thọ Xuân: 740 – 580 – 78,4%.",
        title="Thanh Hóa: 9 tháng kết nạp 6.000 đoàn viên",
    )
    assert (found["achieved"], found["target"], found["percent"]) == (580, 740, 78.4)
    # (numbers that are no row: the percent is not the second of the first)
    title = "Thanh Hóa: 9 tháng kết nạp 6.000 đoàn viên"
    assert union_stats("LĐLĐ huyện Thọ Xuân: 740 – 580 – 60%.", title=title) == []


def test_a_row_copied_with_spaces_for_cells():
    title = "Kết quả phát triển đoàn viên năm 2023 của các công đoàn cấp trên cơ sở"
    (found,) = union_stats("2 LĐLĐ TP. Dĩ An 4.200 3.960 94,3%", title=title)
    assert (found["achieved"], found["target"], found["percent"]) == (3960, 4200, 94.3)
    # (a year and two numbers that are no row of it)
    assert union_stats("Năm 2023 LĐLĐ TP. Dĩ An 4.200 3.960 50%", title=title) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # each cell named, in any order, the indicator named by what was done or by the plan
        ("Kết nạp: 1.124 | Kế hoạch: 1.000 | Tỷ lệ: 112,4%", [("doan_vien_ket_nap", 1124, 1000)]),
        ("Thành lập CĐCS: 12 – Chỉ tiêu: 15 – Đạt: 80%", [("cdcs_thanh_lap", 12, 15)]),
        ("Kế hoạch kết nạp: 1.000; Kết quả: 1.124", [("doan_vien_ket_nap", 1124, 1000)]),
        ("Đoàn viên kết nạp mới: 860 | Chỉ tiêu: 1.000", [("doan_vien_ket_nap", 860, 1000)]),
    ],
)
def test_a_row_of_named_cells(text, expected):
    assert [(f.metric, f.achieved, f.target) for f in table_figures(text)] == expected


def test_named_cells_that_are_no_row_are_not_read():
    # what there is is no deed; money is no indicator; the percent is no share of the plan
    assert _read("Hiện có: 5.000 | Kế hoạch: 1.000 | Tỷ lệ: 12%") == []
    assert _read("Số tiền: 1.124 | Kế hoạch: 1.000 | Tỷ lệ: 112,4%") == []
    assert _read("Kết nạp: 1.124 | Kế hoạch: 1.000 | Tỷ lệ: 50%") == []
    # two plans or none
    assert _read("Kết nạp: 1.124 | Kết quả: 1.000") == []


def test_named_cells_that_name_no_indicator_count_their_contexts():
    title = "Bắc Ninh: kết quả kết nạp đoàn viên năm 2025 của các LĐLĐ huyện"
    row = "LĐLĐ huyện Yên Phong: Thực hiện: 312 | KH: 300 | Tỷ lệ: 104%"
    (found,) = union_stats(row, title=title)
    assert (found["metric"], found["achieved"], found["target"], found["percent"]) == (
        "doan_vien_ket_nap",
        312,
        300,
        104,
    )
    # (no percent to check them by, and no indicator named: no row)
    assert union_stats("LĐLĐ huyện Yên Phong: Thực hiện: 312 | KH: 300", title=title) == []


def test_rows_of_introductions_to_the_party_and_of_officials_of_grassroots_unions():
    found = list(table_figures("Giới thiệu đoàn viên ưu tú cho Đảng | 150 | 163 | 108,7%"))
    assert [(f.metric, f.stage, f.achieved, f.target) for f in found] == [
        ("dang_vien_gioi_thieu", "introduced", 163, 150)
    ]
    assert _read("Tập huấn cán bộ công đoàn cơ sở | 1.000 lượt | 1.240 lượt | 124%") == [
        ("can_bo_tap_huan", 1240, 1000, 124)
    ]


def test_a_row_with_pipes_and_no_percent_sign():
    title = "Hải Phòng: kết quả phát triển đoàn viên năm 2024 của các đơn vị"
    (found,) = union_stats("2 | LĐLĐ huyện Thủy Nguyên | 900 | 812 | 90,2", title=title)
    assert (found["achieved"], found["target"], found["percent"]) == (812, 900, 90.2)
    # (the last cell no share of the plan: no row)
    assert union_stats("2 | LĐLĐ huyện Thủy Nguyên | 900 | 812 | 50", title=title) == []


def test_a_table_of_the_youth_unions_is_none_of_the_unions():
    row = "Giới thiệu đoàn viên ưu tú cho Đảng | 150 | 172 | 114,7%"
    assert union_stats(row, title="Thành Đoàn Hải Phòng: Kết quả công tác Đoàn năm 2024") == []


def test_a_row_that_names_its_own_indicator_is_of_that_one():
    lead = "Năm 2025, Công đoàn các KCN hoàn thành vượt chỉ tiêu, phát triển đoàn viên đạt 118%."
    title = "Công đoàn các KCN vượt 5/7 chỉ tiêu năm 2025"
    found = [
        (f["metric"], f["achieved"], f["target"], f["percent"])
        for f in union_stats(
            "4 | Thành lập CĐCS | Chỉ tiêu giao: 20 | Thực hiện: 23 | Tỷ lệ: 115%",
            title=title,
            lead=lead,
        )
    ]
    assert found == [("cdcs_thanh_lap", 23, 20, 115)]
    # (another indicator's row is no row of members)
    assert [
        f["metric"]
        for f in union_stats(
            "5 | Doanh nghiệp ký mới TƯLĐTT | Chỉ tiêu giao: 8 | Thực hiện: 9 | Tỷ lệ: 112,5%",
            title=title,
            lead=lead,
        )
    ] != ["doan_vien_ket_nap"]


def test_a_row_of_another_indicator_with_its_units():
    found = union_stats("Tổ chức đối thoại định kỳ | 300 DN | 318 DN | 106%")
    assert [(f["label"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("đối thoại", 318, 300, 106)
    ]
    # (a stock's row, and a percent that is not what was done of the plan, are none)
    assert union_stats("Tổng số đoàn viên | 64.000 | 65.215 | 101,9") == []
    assert union_stats("Tổ chức đối thoại định kỳ | 300 DN | 318 DN | 94%") == []


def test_named_cells_whose_units_name_the_indicator():
    # (no percent, the labels naming no indicator: the units do, a gap probes340 named)
    (found,) = union_stats("Chỉ tiêu năm: 4.000 ĐV | Đã thực hiện: 3.218 ĐV")
    assert (found["metric"], found["kind"], found["achieved"], found["target"]) == (
        "doan_vien_ket_nap",
        "result",
        3218,
        4000,
    )
    # units of two indicators name neither
    found = union_stats("Kế hoạch: 25 CĐCS – Thực hiện: 310 ĐV")
    assert [(f["kind"], f["achieved"]) for f in found if f["achieved"] == 310] == []


def test_a_row_with_its_number_and_a_cell_of_its_units():
    # (probes364; the plan first, as report tables set it)
    assert _read("1 | Kết nạp đoàn viên mới | Người | 3.200 | 1.846 | 57,7") == [
        ("doan_vien_ket_nap", 1846, 3200, 57.7)
    ]
    assert _read(
        "6 | Số lượt cán bộ công đoàn được tập huấn nghiệp vụ | Lượt người | 2.000 | 1.355 | 67,8"
    ) == [("can_bo_tap_huan", 1355, 2000, 67.8)]
    # (glued to a header naming the plan and what was done, in its order)
    assert _read("Chỉ tiêu | KH | TH | % Kết nạp đoàn viên (người) | 1.500 | 1.620 | 108") == [
        ("doan_vien_ket_nap", 1620, 1500, 108)
    ]
    assert _read("Chỉ tiêu | TH | KH | % Kết nạp đoàn viên (người) | 1.620 | 1.500 | 108") == [
        ("doan_vien_ket_nap", 1620, 1500, 108)
    ]
    # (a unit of money makes no row; nor two years compared with no plan named)
    assert _read("5 | Chi hỗ trợ đoàn viên khó khăn | Triệu đồng | 1.500 | 1.212 | 80,8") == []
    assert _read("Đoàn viên kết nạp mới (người) | 7.104 | 8.311 | 117,0") == []


def test_report_shorthand_with_the_percent_between_the_counts():
    assert _read("Kết nạp ĐV (người): TH 4.130 – 103,3% – KH 4.000") == [
        ("doan_vien_ket_nap", 4130, 4000, 103.3)
    ]
    assert _read("Thành lập CĐCS (đơn vị): KH 20 – 105% – TH 21") == [
        ("cdcs_thanh_lap", 21, 20, 105)
    ]
    # (money's row, and a percent that is not what was done of the plan, are none)
    assert _read("Thu kinh phí công đoàn (tỷ đồng): TH 61 – 102% – KH 60") == []
    assert _read("Kết nạp ĐV (người): TH 4.130 – 96% – KH 4.000") == []
    # (one figure where two readers see the row)
    assert len(_read("Kết nạp ĐV: KH 95 – TH 98 – 103,2%")) == 1


def test_named_cells_with_a_percent_cell_of_no_unit():
    (found,) = union_stats("KH: 5.200 ĐV – TH: 5.617 ĐV – Tỷ lệ: 108%.")
    assert (found["metric"], found["achieved"], found["target"], found["percent"]) == (
        "doan_vien_ket_nap",
        5617,
        5200,
        108,
    )


def test_shorthand_with_the_body_named_and_cells_apart_by_semicolons():
    # (probes373)
    assert _read("Kết nạp đoàn viên – huyện Bình Xuyên: TH 820; KH 800; đạt 102,5%") == [
        ("doan_vien_ket_nap", 820, 800, 102.5)
    ]
