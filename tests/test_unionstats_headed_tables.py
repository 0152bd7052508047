"""Tables whose header row names the columns (crawler.extraction.unionstats.headed_tables)."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_article
from crawler.extraction.unionstats import union_stats
from crawler.extraction.unionstats.headed_tables import indicator_named, read_header, sets_targets


def _read(text: str, **context) -> list[tuple]:
    return [
        (f["metric"], f["kind"], f["achieved"], f["target"], f["percent"], f["percent_kind"])
        for f in union_stats(text, **context)
    ]


def test_a_row_per_unit_a_column_per_indicator_copied_as_one_run():
    # (the line breaks lost: each row's index runs into the cell before it)
    text = (
        "STT | Đơn vị | CĐCS thành lập mới | Đoàn viên kết nạp 1 | LĐLĐ huyện Mê Linh | 4 | "
        "517 2 | LĐLĐ huyện Sóc Sơn | 2 | 386"
    )
    figures = union_stats(text)
    assert [(f["metric"], f["achieved"], f["organisation"]) for f in figures] == [
        ("cdcs_thanh_lap", 4, "LĐLĐ huyện Mê Linh"),
        ("doan_vien_ket_nap", 517, "LĐLĐ huyện Mê Linh"),
        ("cdcs_thanh_lap", 2, "LĐLĐ huyện Sóc Sơn"),
        ("doan_vien_ket_nap", 386, "LĐLĐ huyện Sóc Sơn"),
    ]
    assert {f["organisation_from"] for f in figures} == {"sentence"}


def test_rows_on_lines_of_their_own_are_read_by_the_header_above():
    # (blocks.py writes a table row a line; the percent column names the plan and follows the
    # members' column)
    text = (
        "Kết quả tại một số đơn vị như sau:\n"
        "Đơn vị | CĐCS thành lập mới | Đoàn viên kết nạp | Tỷ lệ so với kế hoạch (%)\n"
        "LĐLĐ thị xã Sơn Tây | 3 | 412 | 103\n"
        "Công đoàn các KCN Thăng Long | 7 | 1.930 | 96,5\n"
        "Hội nghị tiếp tục với phần thảo luận."
    )
    assert _read(text) == [
        ("cdcs_thanh_lap", "result", 3, None, None, None),
        ("doan_vien_ket_nap", "result", 412, None, 103, "of_target"),
        ("cdcs_thanh_lap", "result", 7, None, None, None),
        ("doan_vien_ket_nap", "result", 1930, None, 96.5, "of_target"),
    ]


def test_a_row_per_indicator_against_the_plan_and_what_was_done():
    text = (
        "Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%)\n"
        "Doanh nghiệp tổ chức đối thoại định kỳ | 240 | 228 | 95\n"
        "Tổng số đoàn viên | 52.000 | 53.040 | 102\n"
        "Kết nạp đoàn viên mới | 3.000 | 2.850 | 95"
    )
    # (a stock's row gives nothing, whatever its numbers)
    assert _read(text) == [
        ("other", "result", 228, 240, 95, "of_target"),
        ("doan_vien_ket_nap", "result", 2850, 3000, 95, "of_target"),
    ]


def test_the_done_column_may_come_before_the_plan():
    text = "Nội dung | Thực hiện | Kế hoạch\nTập huấn cán bộ công đoàn | 1.320 lượt | 1.100 lượt"
    assert _read(text) == [("can_bo_tap_huan", "result", 1320, 1100, None, None)]


def test_a_column_of_all_units_is_the_whole_of_a_share():
    text = (
        "Khối | Tổng số CĐCS | Đã đại hội | Tỷ lệ | Y tế | 64 | 60 | 93,8% | Doanh nghiệp | 210 "
        "| 189 | 90%"
    )
    assert _read(text) == [
        ("other", "result", 60, 64, 93.8, "rate"),
        ("other", "result", 189, 210, 90, "rate"),
    ]


def test_a_column_per_period():
    text = "Năm | 2023 | 2024 | 2025 | Đoàn viên kết nạp | 8.120 | 9.004 | 10.215"
    figures = union_stats(text)
    assert [(f["achieved"], f["period"]) for f in figures] == [
        (8120, "năm 2023"),
        (9004, "năm 2024"),
        (10215, "năm 2025"),
    ]
    assert {f["metric"] for f in figures} == {"doan_vien_ket_nap"}


def test_a_heading_names_the_indicator_of_rows_of_units():
    text = "Về kết nạp đoàn viên: Đơn vị | Chỉ tiêu | Thực hiện | LĐLĐ quận Lê Chân | 600 | 655"
    figures = union_stats(text)
    assert [(f["metric"], f["achieved"], f["target"], f["organisation"]) for f in figures] == [
        ("doan_vien_ket_nap", 655, 600, "LĐLĐ quận Lê Chân")
    ]


def test_a_table_under_words_that_assign_targets_sets_them():
    lead = "LĐLĐ tỉnh ban hành kế hoạch giao chỉ tiêu phát triển đoàn viên năm 2027 cho các đơn vị."
    text = "Đơn vị | Kết nạp đoàn viên | Thành lập CĐCS\nCông đoàn ngành Giáo dục | 350 | 2"
    assert _read(text, lead=lead) == [
        ("doan_vien_ket_nap", "plan", None, 350, None, None),
        ("cdcs_thanh_lap", "plan", None, 2, None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # money and gifts
        "Nội dung | Số lượt | Số tiền (triệu đồng)\nThăm hỏi đoàn viên ốm đau | 860 | 430",
        # a percent that is no share of the plan
        "Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%)\nKết nạp đoàn viên mới | 1.000 | 900 | 45",
        # the Youth Union's table
        "Chỉ tiêu | Kế hoạch | Thực hiện\nKết nạp đoàn viên Đoàn TNCS Hồ Chí Minh | 500 | 620",
    ],
)
def test_tables_that_state_no_figure(text):
    assert union_stats(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "LĐLĐ huyện Mê Linh | 4 | 517",  # a row, not a header
        "Ảnh: Hải Nam | Báo Lao Động",  # a caption's credits
        "Đơn vị | LĐLĐ huyện Mê Linh",  # no column of numbers named
    ],
)
def test_lines_that_are_no_header(line):
    assert read_header(line) is None


def test_the_words_before_a_table_set_targets_only_when_nothing_done_is_said():
    assert sets_targets("Chỉ tiêu giao cho từng đơn vị như sau:")
    assert not sets_targets("Kết quả thực hiện chỉ tiêu của từng đơn vị như sau:")
    assert not sets_targets("Bảng tổng hợp số liệu năm 2025:")


def test_a_pages_table_is_read_through_the_extractor():
    # (a word processor's table, every cell wrapped in <p>: blocks.py keeps each row a line)
    page = (
        "<html><head><title>Thái Bình: 6 tháng kết nạp 2.140 đoàn viên</title></head><body>"
        "<article><h1>Thái Bình: 6 tháng kết nạp 2.140 đoàn viên</h1>"
        "<p>Kết quả phát triển đoàn viên 6 tháng đầu năm 2026 của một số đơn vị như sau.</p>"
        "<table><tr><td><p>Đơn vị</p></td><td><p>Đoàn viên kết nạp</p></td></tr>"
        "<tr><td><p>LĐLĐ huyện Hưng Hà</p></td><td><p>412</p></td></tr>"
        "<tr><td><p>LĐLĐ huyện Vũ Thư</p></td><td><p>305</p></td></tr></table>"
        "<p>Các đơn vị tiếp tục rà soát doanh nghiệp chưa có tổ chức công đoàn để vận động.</p>"
        "</article></body></html>"
    )
    record = extract_article(page, "https://example.vn/thai-binh-1.html")
    figures = union_stats(record["body"], title=record["title"])
    assert [(f["organisation"], f["achieved"]) for f in figures] == [
        ("LĐLĐ huyện Hưng Hà", 412),
        ("LĐLĐ huyện Vũ Thư", 305),
    ]


def test_a_totals_row_with_its_cells_merged():
    text = (
        "STT | Đơn vị | Đoàn viên kết nạp | Thành lập CĐCS\n"
        "1 | LĐLĐ huyện Gia Lâm | 840 | 6\n"
        "Tổng cộng | | 840 | 6\n"
        "Cộng toàn huyện | 840 | 6"
    )
    assert [(f["achieved"], f["organisation"]) for f in union_stats(text)][2:] == [
        (840, None),
        (6, None),
        (840, None),
        (6, None),
    ]


def test_a_table_of_ratings_names_its_indicator_in_each_row():
    text = (
        "Xếp loại | Số CĐCS | Tỷ lệ (%)\n"
        "Hoàn thành xuất sắc nhiệm vụ | 215 | 31,2\n"
        "Hoàn thành tốt nhiệm vụ | 402 | 58,3\n"
        "Không hoàn thành nhiệm vụ | 12 | 1,7"
    )
    figures = union_stats(text)
    assert [(f["label"], f["achieved"], f["percent"], f["percent_kind"]) for f in figures] == [
        ("cđcs hoàn thành xuất sắc nhiệm vụ", 215, 31.2, "rate"),
        ("cđcs hoàn thành tốt nhiệm vụ", 402, 58.3, "rate"),
    ]


def test_the_units_bound_to_do_something_are_the_whole_of_what_was_done():
    text = (
        "Đơn vị | Số CĐCS phải tổ chức đại hội | Đã tổ chức | Tỷ lệ (%)\n"
        "LĐLĐ huyện Krông Ana | 88 | 80 | 90,9"
    )
    assert [
        (f["label"], f["achieved"], f["target"], f["percent"], f["percent_kind"])
        for f in union_stats(text)
    ] == [("cđcs tổ chức đại hội", 80, 88, 90.9, "rate")]


def test_the_whole_of_companies_is_the_target_of_what_companies_did_not_of_members():
    text = (
        "Khu công nghiệp | Số DN có CĐCS | Số DN đã ký TƯLĐTT | Đoàn viên kết nạp\n"
        "KCN Đình Trám | 96 | 51 | 1.240"
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in union_stats(text)] == [
        ("other", 51, 96),
        ("doan_vien_ket_nap", 1240, None),
    ]


def test_columns_of_quarters():
    text = "Chỉ tiêu | Quý I | Quý II | Cả năm\nThành lập CĐCS | 3 | 5 | 8"
    assert [(f["achieved"], f["period"]) for f in union_stats(text)] == [
        (3, "Quý I"),
        (5, "Quý II"),
        (8, "Cả năm"),
    ]


def test_rows_of_units_against_the_plan_take_the_indicator_the_text_before_counts():
    text = (
        "9 tháng đầu năm 2026, các cấp công đoàn trong tỉnh đã kết nạp 2.918 đoàn viên, đạt 83,4% "
        "kế hoạch năm.\n"
        "Đơn vị | Kế hoạch năm | Thực hiện 9 tháng | Tỷ lệ (%)\n"
        "LĐLĐ huyện Tân Hiệp | 400 | 352 | 88"
    )
    assert _read(text)[1:] == [("doan_vien_ket_nap", "result", 352, 400, 88, "of_target")]


def test_columns_of_the_plan_and_of_what_was_done_that_name_their_indicator():
    text = (
        "STT | Đơn vị | Chỉ tiêu kết nạp đoàn viên (người) | Kết nạp được (người) | "
        "Tỷ lệ so với chỉ tiêu (%) | Thành lập mới CĐCS (đơn vị) | Ghi chú\n"
        "1 | LĐLĐ huyện Tân Yên | 900 | 954 | 106 | 3 | \n"
        "2 | Công đoàn ngành Y tế | 120 | 96 | 80 | 0 | Chưa đạt"
    )
    assert _read(text) == [
        ("cdcs_thanh_lap", "result", 3, None, None, None),
        ("doan_vien_ket_nap", "result", 954, 900, 106, "of_target"),
        # (a cell of 0 is none done: no figure)
        ("doan_vien_ket_nap", "result", 96, 120, 80, "of_target"),
    ]


def test_columns_of_an_indicator_after_a_dash():
    text = (
        "TT | Khu vực, đơn vị | CĐCS thành lập mới - Kế hoạch | CĐCS thành lập mới - Thực hiện | "
        "Đoàn viên kết nạp - Kế hoạch | Đoàn viên kết nạp - Thực hiện\n"
        "1 | LĐLĐ thị xã Duyên Hải | 5 | 6 | 700 | 688"
    )
    assert _read(text) == [
        ("cdcs_thanh_lap", "result", 6, 5, None, None),
        ("doan_vien_ket_nap", "result", 688, 700, None, None),
    ]


def test_a_row_per_year_with_a_share_of_another_column():
    text = (
        "Năm | Số đoàn viên được giới thiệu (người) | Số được kết nạp Đảng (người) | Tỷ lệ (%)\n"
        "2024 | 320 | 200 | 62,5"
    )
    figures = union_stats(text, title="Công đoàn thành phố giới thiệu 320 đoàn viên ưu tú cho Đảng")
    assert [(f["stage"], f["achieved"], f["percent"], f["period"]) for f in figures] == [
        ("introduced", 320, None, "năm 2024"),
        ("admitted", 200, 62.5, "năm 2024"),
    ]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("4.215: số đoàn viên kết nạp mới.", [("doan_vien_ket_nap", 4215, None, None)]),
        (
            "2,3 triệu: số đoàn viên kết nạp mới, vượt 15% kế hoạch.",
            [("doan_vien_ket_nap", 2300000, 15, "over_target")],
        ),
        ("38: CĐCS thành lập mới", [("cdcs_thanh_lap", 38, None, None)]),
        # a stock, gifts, a year: no figure
        ("186.240: số đoàn viên hiện có.", []),
        ("28.650: suất quà Tết.", []),
        ("2025: CĐCS thành lập mới tăng mạnh.", []),
    ],
)
def test_an_infographics_count_before_its_label(line, expected):
    assert [
        (f["metric"], f["achieved"], f["percent"], f["percent_kind"]) for f in union_stats(line)
    ] == expected


def test_square_brackets_read_as_round_ones():
    figures = union_stats("Thành lập CĐCS: 28 đơn vị [đạt 140% KH].")
    assert [(f["achieved"], f["percent"], f["percent_kind"]) for f in figures] == [
        (28, 140, "of_target")
    ]


def test_a_list_of_units_each_with_its_count_under_a_heading():
    text = (
        "Số đoàn viên kết nạp theo từng đơn vị: LĐLĐ huyện Đô Lương: 512; Công đoàn ngành Y tế: 96."
    )
    figures = union_stats(text)
    assert [(f["metric"], f["achieved"], f["organisation"]) for f in figures] == [
        ("doan_vien_ket_nap", 512, "LĐLĐ huyện Đô Lương"),
        ("doan_vien_ket_nap", 96, "Công đoàn ngành Y tế"),
    ]
    # (or the heading on the line before; targets when it assigns them)
    text = "Chỉ tiêu thành lập CĐCS giao cho các đơn vị:\nLĐLĐ huyện Đô Lương: 3; LĐLĐ TP Vinh: 5."
    assert [(f["kind"], f["target"]) for f in union_stats(text)] == [("plan", 3), ("plan", 5)]


@pytest.mark.parametrize(
    "text",
    [
        "Quà Tết theo từng đơn vị: LĐLĐ TP Vinh: 612; LĐLĐ thị xã Hoàng Mai: 408.",
        "Số đoàn viên hiện có: LĐLĐ TP Vinh: 12.612; LĐLĐ thị xã Hoàng Mai: 9.408.",
    ],
)
def test_a_list_of_units_under_a_heading_of_no_indicator_gives_nothing(text):
    assert union_stats(text) == []


def test_a_list_of_units_each_with_its_bare_count_and_noun():
    text = "Thành lập CĐCS: TP Vinh 7 đơn vị, Hoàng Mai 4 đơn vị, Quỳnh Lưu 3 đơn vị."
    figures = union_stats(text)
    assert [(f["metric"], f["achieved"], f["organisation"], f["text_span"]) for f in figures] == [
        ("cdcs_thanh_lap", 7, "TP Vinh", "TP Vinh 7 đơn vị"),
        ("cdcs_thanh_lap", 4, "Hoàng Mai", "Hoàng Mai 4 đơn vị"),
        ("cdcs_thanh_lap", 3, "Quỳnh Lưu", "Quỳnh Lưu 3 đơn vị"),
    ]
    # (the first item, which the sentence rules read alone, gives way to the whole list)
    text = (
        "Kết nạp đoàn viên mới: huyện Yên Thành 312 người, huyện Đô Lương 208 người và "
        "thị xã Thái Hòa 150 người."
    )
    assert [(f["achieved"], f["organisation"]) for f in union_stats(text)] == [
        (312, "huyện Yên Thành"),
        (208, "huyện Đô Lương"),
        (150, "thị xã Thái Hòa"),
    ]


def test_headed_lists_apart_by_semicolons_each_of_its_headings_indicator():
    text = (
        "Thành lập CĐCS: huyện Kỳ Sơn 2, huyện Con Cuông 3; giới thiệu đoàn viên ưu tú cho Đảng: "
        "huyện Kỳ Sơn 14 người, huyện Con Cuông 9 người, huyện Tương Dương 11 người."
    )
    assert [(f["metric"], f["achieved"], f["organisation"]) for f in union_stats(text)] == [
        ("cdcs_thanh_lap", 2, "huyện Kỳ Sơn"),
        ("cdcs_thanh_lap", 3, "huyện Con Cuông"),
        ("dang_vien_gioi_thieu", 14, "huyện Kỳ Sơn"),
        ("dang_vien_gioi_thieu", 9, "huyện Con Cuông"),
        ("dang_vien_gioi_thieu", 11, "huyện Tương Dương"),
    ]
    # (one of them of no indicator: none of its counts is read as a list's)
    text = (
        "Thành lập CĐCS: huyện Kỳ Sơn 2, huyện Con Cuông 3; hỗ trợ nhà ở: huyện Kỳ Sơn 14 hộ, "
        "huyện Con Cuông 9 hộ."
    )
    assert [
        f["achieved"] for f in union_stats(text) if f["organisation"] == "huyện Con Cuông"
    ] == []


@pytest.mark.parametrize(
    "text",
    [
        "Trao quà: huyện Yên Thành 312 suất, huyện Đô Lương 208 suất.",
        "Toàn tỉnh hiện có: huyện Yên Thành 4.312 đoàn viên, huyện Đô Lương 3.208 đoàn viên.",
        # (common nouns are no units' names)
        "Kết nạp đoàn viên: nam giới 312 người, nữ giới 208 người.",
    ],
)
def test_a_list_of_bare_counts_of_no_indicator_or_no_units_gives_no_list(text):
    assert len(union_stats(text)) <= 1


def test_rows_of_label_and_value_pairs():
    text = "Kết quả năm 2024:\nSố CĐCS thành lập mới | 27\nSố đoàn viên kết nạp mới | 1.450"
    assert _read(text) == [
        ("cdcs_thanh_lap", "result", 27, None, None, None),
        ("doan_vien_ket_nap", "result", 1450, None, None, None),
    ]
    # (a heading cell first, then pairs; targets when it assigns them)
    text = "Chỉ tiêu năm 2018 | Kết nạp đoàn viên | 3.500 | Thành lập CĐCS | 25"
    assert _read(text) == [
        ("doan_vien_ket_nap", "plan", None, 3500, None, None),
        ("cdcs_thanh_lap", "plan", None, 25, None, None),
    ]
    # (rows go on with the line before the first of them)
    text = "Chỉ tiêu giao năm 2026:\nKết nạp đoàn viên | 3.500\nThành lập CĐCS | 25"
    assert [f[1] for f in _read(text)] == ["plan", "plan"]


@pytest.mark.parametrize(
    "text",
    [
        "Tổng số đoàn viên | 64.000",
        "Quà Tết cho đoàn viên mới | 1.200",
        # (a third cell is no pair: a rating's count and its share, read by its header only)
        "Hoàn thành xuất sắc nhiệm vụ | 412 | 28,5",
    ],
)
def test_rows_that_are_no_label_and_value_pairs_give_nothing(text):
    assert union_stats(text) == []


def test_rows_of_periods_give_the_period():
    text = (
        "Kết quả theo quý:\n"
        "Quý | CĐCS thành lập mới | Đoàn viên kết nạp mới\n"
        "Quý I | 9 | 2.140\n"
        "Tháng 4/2019 | 6 | 1.848"
    )
    figures = union_stats(text)
    assert [(f["achieved"], f["period"], f["organisation"]) for f in figures] == [
        (9, "Quý I", None),
        (2140, "Quý I", None),
        (6, "Tháng 4/2019", None),
        (1848, "Tháng 4/2019", None),
    ]


def test_a_name_column_of_a_kind_of_union_and_a_column_of_members_at_founding():
    text = (
        "Kết quả:\nCông đoàn phường, xã | CĐCS thành lập mới | Đoàn viên kết nạp mới\n"
        "Công đoàn phường Hòa Khánh | 4 | 512"
    )
    assert [(f["achieved"], f["organisation"]) for f in union_stats(text)] == [
        (4, "Công đoàn phường Hòa Khánh"),
        (512, "Công đoàn phường Hòa Khánh"),
    ]
    text = (
        "Danh sách:\nTên CĐCS | Ngày quyết định thành lập | Số đoàn viên khi thành lập\n"
        "CĐCS Công ty TNHH May Tinh Lợi | 12/01/2026 | 215"
    )
    assert _read(text) == [("doan_vien_ket_nap", "result", 215, None, None, None)]


def test_a_column_of_the_unit_of_measure():
    text = (
        "Kết quả thực hiện một số chỉ tiêu chủ yếu:\n"
        "Chỉ tiêu | ĐVT | Kế hoạch giao | Thực hiện | Đạt %\n"
        "Phát triển đoàn viên mới | Người | 8.000 | 9.215 | 115,2\n"
        # (a row measured in percents holds no counts)
        "Doanh nghiệp có thỏa ước lao động tập thể | % | 75 | 79,4 | 105,9"
    )
    assert _read(text) == [("doan_vien_ket_nap", "result", 9215, 8000, 115.2, "of_target")]


def test_a_header_of_two_lines():
    text = (
        "Kết quả như sau:\n"
        "STT | Đơn vị | Kết nạp đoàn viên mới | Thành lập CĐCS mới\n"
        "Kế hoạch | Thực hiện | Đạt % | Kế hoạch | Thực hiện | Đạt %\n"
        "1 | LĐLĐ thị xã Hoàng Mai | 950 | 1.012 | 106,5 | 4 | 5 | 125\n"
        "2 | Công đoàn ngành Giáo dục | 600 | 631 | 105,2 | – | – | –"
    )
    assert _read(text) == [
        ("doan_vien_ket_nap", "result", 1012, 950, 106.5, "of_target"),
        ("cdcs_thanh_lap", "result", 5, 4, 125, "of_target"),
        ("doan_vien_ket_nap", "result", 631, 600, 105.2, "of_target"),
    ]
    # (with no plan: what was done is the count, the percent its share of all units)
    text = (
        "Kết quả:\n"
        "Khối doanh nghiệp | Số doanh nghiệp có CĐCS | Hội nghị người lao động | "
        "Đối thoại định kỳ\n"
        "Số DN tổ chức | Tỷ lệ % | Số DN tổ chức | Tỷ lệ %\n"
        "Doanh nghiệp ngoài nhà nước | 146 | 139 | 95,2 | 131 | 89,7"
    )
    assert _read(text) == [
        ("other", "result", 139, 146, 95.2, "rate"),
        ("other", "result", 131, 146, 89.7, "rate"),
    ]


def test_a_pair_of_x_of_y():
    assert _read("Doanh nghiệp ký kết thỏa ước lao động tập thể | 9/11") == [
        ("other", "result", 9, 11, None, None)
    ]
    assert union_stats("Ngày tổ chức | 12/2025") == []


def test_a_breakdown_by_unit_with_no_verb_of_what_the_text_before_counted():
    text = (
        "Trong đó, TP Hạ Long 724 đoàn viên, TP Cẩm Phả 503 đoàn viên, "
        "thị xã Quảng Yên 388 đoàn viên."
    )
    figures = union_stats(text, title="Quảng Ninh: Kết nạp 2.108 đoàn viên, vượt 5,4% kế hoạch")
    assert [(f["metric"], f["achieved"], f["organisation"]) for f in figures] == [
        ("doan_vien_ket_nap", 724, "TP Hạ Long"),
        ("doan_vien_ket_nap", 503, "TP Cẩm Phả"),
        ("doan_vien_ket_nap", 388, "thị xã Quảng Yên"),
    ]
    # (nothing counted before of what the items count)
    assert union_stats(text, title="Quảng Ninh: trao 2.108 suất quà Tết") == []
    # (a name ending in a verb is a clause, a stock)
    text = (
        "Trong đó, Nghiệp đoàn xã Vị Tân có 52 đoàn viên, Nghiệp đoàn xã Hỏa Lựu có 46 đoàn viên."
    )
    assert union_stats(text, title="Hậu Giang: thành lập 2 nghiệp đoàn, kết nạp 98 đoàn viên") == []


def test_a_target_column_named_by_its_noun_makes_the_count_what_was_done():
    text = (
        "Kết quả:\nĐơn vị | CĐCS thành lập mới | Đoàn viên kết nạp mới | Chỉ tiêu đoàn viên | "
        "Tỷ lệ so với chỉ tiêu (%)\nLĐLĐ huyện Yên Dũng | 6 | 1.245 | 1.200 | 103,8"
    )
    assert _read(text) == [
        ("cdcs_thanh_lap", "result", 6, None, None, None),
        ("doan_vien_ket_nap", "result", 1245, 1200, 103.8, "of_target"),
    ]


def test_two_years_side_by_side_with_their_change():
    text = (
        "Bảng so sánh một số chỉ tiêu chủ yếu giữa hai năm:\n"
        "Chỉ tiêu | Năm 2024 | Năm 2025 | Tăng/giảm\n"
        "Kết nạp đoàn viên mới (người) | 10.214 | 12.530 | +2.316"
    )
    assert [(f[1], f[2]) for f in _read(text)] == [("result", 10214), ("result", 12530)]


def test_what_was_done_in_a_year_and_the_next_years_plan_are_two_figures():
    text = (
        "Kết quả và kế hoạch:\nChỉ tiêu | Thực hiện năm 2025 | Kế hoạch năm 2026\n"
        "Kết nạp đoàn viên mới (người) | 215 | 250"
    )
    assert _read(text) == [
        ("doan_vien_ket_nap", "result", 215, None, None, None),
        ("doan_vien_ket_nap", "plan", None, 250, None, None),
    ]


def test_a_header_of_results_under_words_of_the_plan():
    text = (
        "Theo kế hoạch, cả năm 2024 LĐLĐ Thành phố phải kết nạp 63.000 đoàn viên.\n"
        "Khu vực | Đoàn viên kết nạp | Đạt % kế hoạch năm\n"
        "Khu vực nhà nước | 1.240 | 41,3"
    )
    assert _read(text)[1:] == [("doan_vien_ket_nap", "result", 1240, None, 41.3, "of_target")]


def test_introduced_and_admitted_columns_and_a_party_course_column():
    text = (
        "Kết quả:\nDoanh nghiệp | Quần chúng học lớp nhận thức về Đảng | Đoàn viên được công đoàn "
        "giới thiệu | Đã được kết nạp\nCông ty TNHH Giày Mỹ Phong | 42 | 18 | 9"
    )
    figures = union_stats(text, title="Công đoàn giới thiệu 120 đoàn viên ưu tú cho Đảng")
    assert [(f["metric"], f["stage"], f["achieved"]) for f in figures] == [
        ("dang_vien_gioi_thieu", "introduced", 18),
        ("dang_vien_gioi_thieu", "admitted", 9),
    ]


def test_the_lowest_rating_and_a_whole_after_the_count():
    text = "Xếp loại:\nKhu vực | Vững mạnh | Khá | Trung bình\nKhối doanh nghiệp | 27 | 19 | 7"
    assert [f[2] for f in _read(text)] == [27, 19]
    text = (
        "Kết quả:\nLoại hình doanh nghiệp | Đã tổ chức hội nghị người lao động | Tổng số doanh "
        "nghiệp có CĐCS | Tỷ lệ (%)\nDoanh nghiệp nhà nước | 48 | 48 | 100"
    )
    assert _read(text) == [("other", "result", 48, 48, 100, "rate")]


def test_a_heading_of_one_indicator_over_a_list_of_times_and_counts():
    found = union_stats(
        "Số đoàn viên được giới thiệu qua từng năm: năm 2021 – 22 người; năm 2022 – 31; "
        "9 tháng năm 2025 – 54.",
        title="Công đoàn các KCN TP Cần Thơ: Tạo nguồn phát triển đảng viên trong công nhân",
    )
    assert [(f["metric"], f["achieved"], f["period"]) for f in found] == [
        ("dang_vien_gioi_thieu", 22, "năm 2021"),
        ("dang_vien_gioi_thieu", 31, "năm 2022"),
        ("dang_vien_gioi_thieu", 54, "9 tháng năm 2025"),
    ]
    found = union_stats(
        "Số lượt cán bộ công đoàn được tập huấn: năm 2024 là 986, năm 2023 trên dưới 700."
    )
    assert [(f["achieved"], f["qualifiers"]) for f in found] == [
        (986, {}),
        (700, {"achieved": "trên dưới"}),
    ]


def test_a_column_of_the_count_and_a_column_of_the_unit_of_measure():
    # (an infographic's table pasted with tabs: "Số lượng" is what was done)
    text = "Nội dung\tSố lượng\tĐơn vị tính\nKết nạp đoàn viên\t1.356\tngười"
    assert _read(text) == [("doan_vien_ket_nap", "result", 1356, None, None, None)]
    # (a unit's row has no indicator to count)
    assert _read("Đơn vị | Số lượng\nLĐLĐ huyện Gia Lâm | 14") == []


def test_a_column_of_results_written_x_of_y_with_the_share():
    text = (
        "Nội dung | Kết quả\n"
        "CĐCS tổ chức đại hội nhiệm kỳ 2023-2028 | 318/320 (99,4%)\n"
        "Kết nạp đoàn viên mới | 1.210/1.200 (100,8%)\n"
        "Thành lập CĐCS | 9/12"
    )
    assert _read(text) == [
        ("other", "result", 318, 320, 99.4, "rate"),
        ("doan_vien_ket_nap", "result", 1210, 1200, 100.8, "of_target"),
        ("cdcs_thanh_lap", "result", 9, 12, None, None),
    ]
    # (a share that does not agree with its x/y is no reading of them)
    assert _read("Nội dung | Kết quả\nCĐCS tổ chức đại hội | 318/320 (89,4%)") == []
    # (nor more units sharing in it than there are)
    assert _read("Nội dung | Kết quả\nCĐCS tổ chức đại hội | 320/318") == []


def test_a_column_per_month_and_the_rows_sum_after_them():
    text = (
        "Chỉ tiêu | Tháng 7 | Tháng 8 | Tháng 9 | Cộng\n"
        "Kết nạp đoàn viên | 64 | 58 | 91 | 213\n"
        "Tập huấn nghiệp vụ cho cán bộ công đoàn | 45 | 145 | 60 | 250"
    )
    found = union_stats(text)
    assert [(f["metric"], f["achieved"], f["period"]) for f in found] == [
        ("doan_vien_ket_nap", 64, "Tháng 7"),
        ("doan_vien_ket_nap", 58, "Tháng 8"),
        ("doan_vien_ket_nap", 91, "Tháng 9"),
        ("can_bo_tap_huan", 45, "Tháng 7"),
        ("can_bo_tap_huan", 145, "Tháng 8"),
        ("can_bo_tap_huan", 60, "Tháng 9"),
    ]


def test_a_tally_of_times_with_their_sum_last_and_months_written_short():
    found = union_stats(
        "Kết nạp đoàn viên (người): Quý I – 1.312; Quý II – 2.405; Quý III – 2.183; cộng 9 tháng "
        "– 5.900"
    )
    assert [(f["achieved"], f["period"]) for f in found] == [
        (1312, "Quý I"),
        (2405, "Quý II"),
        (2183, "Quý III"),
    ]
    found = union_stats("Số CĐCS thành lập mới theo tháng (đơn vị): T7 – 2; T8 – 1; T9 – 3.")
    assert [(f["metric"], f["achieved"], f["period"]) for f in found] == [
        ("cdcs_thanh_lap", 2, "T7"),
        ("cdcs_thanh_lap", 1, "T8"),
        ("cdcs_thanh_lap", 3, "T9"),
    ]
    found = union_stats("Số đoàn viên kết nạp mới theo năm (người): 2019 – 2.105; 2020 – 1.870.")
    assert [(f["achieved"], f["period"]) for f in found] == [(2105, "năm 2019"), (1870, "năm 2020")]


def test_rows_of_indicators_take_no_indicator_from_the_text_before():
    text = (
        "Năm 2023, công đoàn ký kết mới 36 bản thỏa ước lao động tập thể.\n"
        "Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ\n"
        "Hoàn thành nhà “Mái ấm Công đoàn” | 5 | 6 | 120%"
    )
    assert [f["achieved"] for f in union_stats(text)] == [36]


def test_a_line_of_times_whose_indicator_only_the_headline_names():
    # (probes364, probes369)
    found = union_stats(
        "Tháng 7: 263 ĐV; Tháng 8: 301 ĐV; Tháng 9: 322 ĐV.",
        title="Quận Hoàng Mai: Kết nạp gần 900 đoàn viên trong quý III",
    )
    assert [(f["metric"], f["achieved"], f["period"]) for f in found] == [
        ("doan_vien_ket_nap", 263, "Tháng 7"),
        ("doan_vien_ket_nap", 301, "Tháng 8"),
        ("doan_vien_ket_nap", 322, "Tháng 9"),
    ]
    found = union_stats(
        "Quý I: 3 – Quý II: 5 – Quý III: 4.",
        title="Thành lập CĐCS mới năm 2023 ở Quảng Ninh: quý IV về đích",
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 3),
        ("cdcs_thanh_lap", 5),
        ("cdcs_thanh_lap", 4),
    ]
    # (bare counts under a headline that names a count of members, not the deed alone: none;
    # nor nouns the headline's indicator does not count)
    title = "Quận Hoàng Mai: Kết nạp gần 900 đoàn viên trong quý III"
    assert union_stats("Tháng 7: 263; Tháng 8: 301; Tháng 9: 322.", title=title) == []
    assert union_stats("Tháng 7: 26 CĐCS; Tháng 8: 30 CĐCS.", title=title) == []


def test_a_place_named_dong_is_no_money():
    found = union_stats(
        "Năm 2023: 2.410 ĐV – Năm 2024: 2.985 ĐV.",
        title="LĐLĐ tỉnh Đồng Tháp: Kết nạp đoàn viên năm 2024 tăng 23,9%",
    )
    assert [f["achieved"] for f in found] == [2410, 2985]
    assert union_stats("Hỗ trợ đoàn viên (đồng) | 5.000.000") == []


def test_what_is_raised_at_the_meetings_is_no_count_of_them():
    title = "Công đoàn Ninh Bình: Đối thoại định kỳ tại doanh nghiệp quý III/2024"
    assert (
        union_stats("Kiến nghị của NLĐ được giải quyết ngay tại đối thoại: 462/510.", title=title)
        == []
    )


def test_an_infographics_cells_under_a_headline_of_targets_are_planned():
    # (probes369)
    text = "Phát triển đoàn viên: 2.500 | Thành lập CĐCS: 15"
    found = union_stats(text, title="LĐLĐ tỉnh Kiên Giang: Chỉ tiêu chủ yếu năm 2025")
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 2500), ("plan", 15)]
    # (and the next line of them, read as an article; under a headline of results, done)
    found = union_stats(
        f"{text}\nGiới thiệu đoàn viên ưu tú cho Đảng: 400 người",
        title="LĐLĐ tỉnh Kiên Giang: Chỉ tiêu chủ yếu năm 2025",
    )
    assert [f["kind"] for f in found] == ["plan", "plan", "plan"]
    found = union_stats(text, title="LĐLĐ tỉnh Kiên Giang: Kết quả năm 2024")
    assert [(f["kind"], f["achieved"]) for f in found] == [("result", 2500), ("result", 15)]


def _rows(text: str, **context) -> list[tuple]:
    return [
        (f["metric"], f["kind"], f["achieved"], f["target"], f["percent"], f["percent_kind"])
        for f in union_stats(text, **context)
    ]


def test_a_tables_indicator_named_by_its_caption():
    # (probes373: the text before counts two indicators; the caption names one)
    text = (
        "Toàn thành phố kết nạp 41.260 đoàn viên, thành lập 356 CĐCS.\n"
        "Bảng 1: Kết quả kết nạp đoàn viên 9 tháng đầu năm 2024 của các LĐLĐ quận, huyện\n"
        "STT | Đơn vị | Kế hoạch năm | Thực hiện 9 tháng | Tỷ lệ so kế hoạch (%)\n"
        "1 | LĐLĐ huyện Đông Anh | 2.400 | 2.615 | 109"
    )
    assert _rows(text)[-1] == ("doan_vien_ket_nap", "result", 2615, 2400, 109, "of_target")


def test_units_that_did_it_against_all_and_ratings_with_their_units_named():
    # (probes373)
    text = (
        "Chỉ tiêu | Số đơn vị thực hiện | Tổng số đơn vị | Tỷ lệ (%)\n"
        "Đơn vị tổ chức đối thoại định kỳ | 58 | 62 | 93,5\n"
        "CĐCS xếp loại hoàn thành xuất sắc nhiệm vụ | 47 | 186 | 25,3\n"
        "CĐCS xếp loại không hoàn thành nhiệm vụ | 2 | 186 | 1,1"
    )
    found = union_stats(text, title="Công đoàn Viên chức tỉnh Nghệ An: kết quả năm 2023")
    assert [(f["label"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("đối thoại", 58, 62, 93.5),
        ("cđcs hoàn thành xuất sắc nhiệm vụ", 47, 186, 25.3),
    ]


def test_a_column_of_how_far_the_plan_was_passed():
    text = (
        "Kết quả kết nạp đoàn viên năm 2023 của một số CĐCS trực thuộc.\n"
        "Đơn vị | Kết nạp (người) | Vượt kế hoạch (%)\n"
        "CĐCS Bệnh viện Chợ Rẫy | 215 | 7,5"
    )
    assert _rows(text) == [("doan_vien_ket_nap", "result", 215, None, 7.5, "over_target")]


def test_a_row_of_what_was_done_under_a_table_of_targets():
    text = (
        "TT | Công đoàn cấp trên cơ sở | Chỉ tiêu kết nạp đoàn viên (người) | Chỉ tiêu thành lập "
        "CĐCS (đơn vị)\n"
        "1 | LĐLĐ TP Thủ Dầu Một | 3.500 | 12\n"
        "Thực hiện năm 2024 (để tham khảo) | 36.820 | 98"
    )
    assert [(metric, kind, done, plan) for metric, kind, done, plan, *_ in _rows(text)] == [
        ("doan_vien_ket_nap", "plan", None, 3500),
        ("cdcs_thanh_lap", "plan", None, 12),
        ("doan_vien_ket_nap", "result", 36820, None),
        ("cdcs_thanh_lap", "result", 98, None),
    ]


def test_cells_of_what_is_not_done_or_the_youth_unions_name_no_indicator():
    for label in (
        "Số doanh nghiệp có từ 25 lao động trở lên chưa thành lập CĐCS",
        "Phối hợp Tỉnh đoàn kết nạp đoàn viên thanh niên trong doanh nghiệp",
    ):
        assert indicator_named(label) is None, label


@pytest.mark.parametrize(
    "text, expected",
    [
        # bare counts by body under a heading that names the indicator
        (
            "Số CĐCS thành lập mới 9 tháng năm 2025: LĐLĐ huyện Mỹ Hào 6, LĐLĐ huyện Văn Lâm 4, "
            "LĐLĐ huyện Yên Mỹ 9.",
            [("cdcs_thanh_lap", 6), ("cdcs_thanh_lap", 4), ("cdcs_thanh_lap", 9)],
        ),
        # an other indicator's copies by body
        (
            "Kết quả ký kết thỏa ước lao động tập thể năm 2025: Công đoàn các KCN 31 bản; LĐLĐ "
            "huyện Thuận Thành 9 bản.",
            [("other", 31), ("other", 9)],
        ),
        # a heading of gifts names no indicator; counts bare and with a noun are no one list
        ("Quà Tết năm 2025: LĐLĐ huyện Mỹ Hào 412, LĐLĐ huyện Văn Lâm 380.", []),
    ],
)
def test_bare_counts_by_body_under_a_heading(text, expected):
    assert [(f["metric"], f["achieved"]) for f in union_stats(text)] == expected


def test_units_listed_each_with_its_percent_under_a_heading_of_the_share():
    found = union_stats(
        "Tỷ lệ CĐCS đạt vững mạnh năm 2025: LĐLĐ huyện Krông Pắc 86,4%, LĐLĐ huyện Ea Kar 90,2%, "
        "Công đoàn ngành Giáo dục 95%."
    )
    assert [(f["label"], f["percent"], f["percent_kind"], f["organisation"]) for f in found] == [
        ("cđcs vững mạnh", 86.4, "rate", "LĐLĐ huyện Krông Pắc"),
        ("cđcs vững mạnh", 90.2, "rate", "LĐLĐ huyện Ea Kar"),
        ("cđcs vững mạnh", 95, "rate", "Công đoàn ngành Giáo dục"),
    ]
    # (a rating the heading names after the units, whatever words come after it)
    found = union_stats(
        "Tỷ lệ CĐCS hoàn thành xuất sắc nhiệm vụ ở các huyện khá đồng đều: huyện Lắk 31%, huyện "
        "Cư Kuin 28,5%."
    )
    assert [(f["label"], f["percent"]) for f in found] == [
        ("cđcs hoàn thành xuất sắc nhiệm vụ", 31),
        ("cđcs hoàn thành xuất sắc nhiệm vụ", 28.5),
    ]
    # (what was done of the plan, when the heading says so)
    found = union_stats(
        "Tỷ lệ thực hiện chỉ tiêu kết nạp đoàn viên 6 tháng: LĐLĐ thị xã Buôn Hồ 64%, LĐLĐ huyện "
        "Cư M'gar 71%."
    )
    assert [(f["metric"], f["kind"], f["percent"], f["percent_kind"]) for f in found] == [
        ("doan_vien_ket_nap", "result", 64, "of_target"),
        ("doan_vien_ket_nap", "result", 71, "of_target"),
    ]
    # (no indicator's, nor money's)
    assert union_stats("Mức hỗ trợ học phí: huyện Lắk 50%, huyện Cư Kuin 30%.") == []
    assert union_stats("Kinh phí hỗ trợ: huyện Lắk 50%, huyện Cư Kuin 30%.") == []


def test_a_district_named_by_its_number_in_a_list_of_percents():
    found = union_stats(
        "Tỷ lệ doanh nghiệp tổ chức hội nghị người lao động năm 2025: quận 12 84%, quận Gò Vấp 90%."
    )
    assert [(f["percent"], f["organisation"]) for f in found] == [
        (84, "quận 12"),
        (90, "quận Gò Vấp"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # (each with its percent of the plan)
        (
            "Kết nạp đoàn viên 9 tháng năm 2025: thị xã Sông Cầu 640, đạt 71,1%; huyện Tuy An 388, "
            "đạt 64,7%; huyện Đồng Xuân 215, đạt 86%.",
            [
                (640, None, 71.1, "of_target", "thị xã Sông Cầu"),
                (388, None, 64.7, "of_target", "huyện Tuy An"),
                (215, None, 86, "of_target", "huyện Đồng Xuân"),
            ],
        ),
        # (each with its target in brackets)
        (
            "Thành lập CĐCS năm 2025: huyện Tây Hòa 4 (chỉ tiêu 3), huyện Sơn Hòa 2 (chỉ tiêu "
            "giao 3).",
            [(4, 3, None, None, "huyện Tây Hòa"), (2, 3, None, None, "huyện Sơn Hòa")],
        ),
        # (the noun said once, at the end)
        (
            "Số đoàn viên kết nạp mới năm 2025: huyện Phú Hòa 312, huyện Đông Hòa 275, thị xã "
            "Đông Hòa 198 đoàn viên.",
            [
                (312, None, None, None, "huyện Phú Hòa"),
                (275, None, None, None, "huyện Đông Hòa"),
                (198, None, None, None, "thị xã Đông Hòa"),
            ],
        ),
    ],
)
def test_a_headed_lists_items_with_their_percent_target_or_last_noun(text, expected):
    found = union_stats(text)
    assert [
        (f["achieved"], f["target"], f["percent"], f["percent_kind"], f["organisation"])
        for f in found
    ] == expected


def test_a_headed_list_of_gifts_with_percents_is_none():
    assert (
        union_stats(
            "Quà Tết Công đoàn năm 2025: huyện Tuy An 640 suất, đạt 71,1%; huyện Sơn Hòa 388 suất, "
            "đạt 64,7%."
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        # (a rise, an average, dates, the Youth Union's members, Party cells)
        "So với năm 2024, số đoàn viên kết nạp tăng: huyện Tuy An tăng 120 người, huyện Sơn Hòa "
        "tăng 85 người.",
        "Số đoàn viên kết nạp bình quân mỗi CĐCS năm 2025: huyện Tuy An 12, huyện Sơn Hòa 9.",
        "Lịch ra quân kết nạp đoàn viên: KCN Hòa Hiệp ngày 10/5, KCN An Phú ngày 17/5.",
        "Kết nạp đoàn viên Đoàn TNCS Hồ Chí Minh năm 2025: Công ty TNHH Hải Vương 86, Công ty CP "
        "Tôm Phú Yên 54.",
        "Kết nạp đảng viên năm 2025 của các chi bộ: Chi bộ Văn phòng 2, Chi bộ Ban Tổ chức 1.",
    ],
)
def test_headed_lists_of_no_count_done(text):
    assert union_stats(text) == []


def test_a_headed_list_of_targets_with_ranges_and_floors():
    found = union_stats(
        "Chỉ tiêu kết nạp đoàn viên năm 2026: LĐLĐ huyện Phú Hòa 300 – 350, LĐLĐ huyện Đông Hòa "
        "từ 250 đến 300, LĐLĐ thị xã Sông Cầu 200 trở lên."
    )
    assert [(f["kind"], f["target"], f["qualifiers"]) for f in found] == [
        ("plan", {"min": 300, "max": 350}, {}),
        ("plan", {"min": 250, "max": 300}, {}),
        ("plan", 200, {"target": "trở lên"}),
    ]
    # (a range in a list of results is none the rules can tell)
    assert (
        union_stats(
            "Kết quả kết nạp đoàn viên năm 2025: huyện Phú Hòa 300 – 350, huyện Đông Hòa 250."
        )
        == []
    )


def test_units_named_bare_after_a_dash_heading_each_with_a_colon():
    assert _read(
        "Kết nạp đoàn viên 9 tháng năm 2024 – Kiến An: 412/500 (82,4%); Đồ Sơn: 236/250 (94,4%); "
        "An Lão: 318/300 (106%)."
    ) == [
        ("doan_vien_ket_nap", "result", 412, 500, 82.4, "of_target"),
        ("doan_vien_ket_nap", "result", 236, 250, 94.4, "of_target"),
        ("doan_vien_ket_nap", "result", 318, 300, 106, "of_target"),
    ]


def test_counts_in_words_listed_and_a_deed_whose_noun_the_items_say():
    assert [
        f["achieved"]
        for f in union_stats("Thành lập CĐCS (đơn vị) – Ba Vì: 3; Sóc Sơn: hai; Mê Linh: một.")
    ] == [3, 2, 1]
    assert _read("Thành lập mới năm 2025 – Lục Ngạn: bốn CĐCS; Sơn Động: năm CĐCS.") == [
        ("cdcs_thanh_lap", "result", 4, None, None, None),
        ("cdcs_thanh_lap", "result", 5, None, None, None),
    ]


def test_no_figures_from_a_dash_heading_of_other_things():
    assert union_stats("Quà Tết năm 2025 – Ba Vì: 320 suất; Sóc Sơn: 280 suất.") == []
    assert union_stats("Lịch tập huấn – Ba Vì: ngày 5/6; Sóc Sơn: ngày 7/6.") == []


def test_a_heading_of_targets_whose_items_name_unions_or_members():
    assert _read("Chỉ tiêu năm 2026 – huyện Tân Uyên: bốn CĐCS; huyện Than Uyên: ba CĐCS.") == [
        ("cdcs_thanh_lap", "plan", None, 4, None, None),
        ("cdcs_thanh_lap", "plan", None, 3, None, None),
    ]
    # (nor any figure from a heading of neither deed nor targets)
    assert union_stats("Năm 2024 – huyện Tân Uyên: bốn CĐCS; huyện Than Uyên: ba CĐCS.") == []


def test_units_listed_each_with_x_tren_y_of_its_target():
    assert _read(
        "Kết nạp đoàn viên quý II/2024: KCN Quế Võ 842 trên 900 chỉ tiêu, KCN Yên Phong 1.015 "
        "trên 1.000 chỉ tiêu."
    ) == [
        ("doan_vien_ket_nap", "result", 842, 900, None, None),
        ("doan_vien_ket_nap", "result", 1015, 1000, None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Số CĐCS thành lập mới năm 2025 (đơn vị: CĐCS): KCN Quang Châu 4; KCN Đình Trám 3.",
        "Số đoàn viên kết nạp 6 tháng (ĐVT: người): huyện Lục Nam 412; huyện Yên Thế 236.",
    ],
)
def test_a_lists_heading_says_its_unit_in_brackets_with_a_colon(text):
    assert len(_read(text)) == 2 and all(row[1] == "result" for row in _read(text))


def test_a_lists_heading_with_a_long_legend_in_brackets():
    assert _read(
        "Đối thoại định kỳ năm 2025 (đơn vị đã tổ chức/đơn vị thuộc diện phải tổ chức): Lục Ngạn "
        "58/61 (95,1%); Sơn Động 22/22 (100%)."
    ) == [
        ("other", "result", 58, 61, 95.1, "rate"),
        ("other", "result", 22, 22, 100, "rate"),
    ]


def test_a_tables_number_before_a_dash_then_the_lists_heading():
    assert _read(
        "Bảng 3 – Kết quả thành lập CĐCS năm 2025: LĐLĐ huyện Hương Khê 4/3 (133,3%); LĐLĐ huyện "
        "Vũ Quang 2/2 (100%)."
    ) == [
        ("cdcs_thanh_lap", "result", 4, 3, 133.3, "of_target"),
        ("cdcs_thanh_lap", "result", 2, 2, 100, "of_target"),
    ]


def test_the_rest_of_a_kind_closes_a_list_of_ranges():
    assert [
        row[3]
        for row in _read(
            "Chỉ tiêu kết nạp đoàn viên năm 2026 giao cho các đơn vị: Đà Nẵng từ 300 đến 350 "
            "người, các tỉnh còn lại từ 40 đến 60 người."
        )
    ] == [{"min": 300, "max": 350}, {"min": 40, "max": 60}]
