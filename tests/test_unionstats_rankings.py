"""Rankings of unions by a deed (crawler/extraction/unionstats/rankings.py), through union_stats:
each ranked unit's count is a figure of the deed named once."""

from __future__ import annotations

import pytest

from crawler.extraction.unionstats import union_stats


def _read(text: str) -> list[tuple]:
    return [(f["metric"], f["stage"], f["achieved"], f["percent"]) for f in union_stats(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the next ones in brackets, the deed named before the first
        (
            "Dẫn đầu về phát triển đoàn viên năm 2026 là LĐLĐ huyện Đông Anh với 2.310 đoàn viên "
            "mới, tiếp theo là LĐLĐ huyện Gia Lâm (1.722 đoàn viên) và LĐLĐ huyện Mê Linh (1.208 "
            "đoàn viên).",
            [
                ("doan_vien_ket_nap", None, 2310, None),
                ("doan_vien_ket_nap", None, 1722, None),
                ("doan_vien_ket_nap", None, 1208, None),
            ],
        ),
        # the deed in a lead-in, the units counted as "đơn vị", the next with no "với"
        (
            "Về thành lập CĐCS, LĐLĐ huyện Bình Xuyên đứng đầu với 8 đơn vị; xếp thứ hai là LĐLĐ "
            "thành phố Phúc Yên với 6 CĐCS, tiếp theo là LĐLĐ huyện Tam Dương 4 CĐCS.",
            [
                ("cdcs_thanh_lap", None, 8, None),
                ("cdcs_thanh_lap", None, 6, None),
                ("cdcs_thanh_lap", None, 4, None),
            ],
        ),
        # one noun for a list of numbers, in turn
        (
            "Về kết nạp đoàn viên, Công đoàn các KCN tỉnh, LĐLĐ thị xã Quảng Yên và LĐLĐ huyện "
            "Đông Triều lần lượt xếp ba vị trí đầu với 1.905, 733 và 512 đoàn viên mới.",
            [
                ("doan_vien_ket_nap", None, 1905, None),
                ("doan_vien_ket_nap", None, 733, None),
                ("doan_vien_ket_nap", None, 512, None),
            ],
        ),
        # the percent of each one's plan stays its own
        (
            "Dẫn đầu khối huyện là LĐLĐ huyện Vụ Bản với 164 đoàn viên mới, đạt 117% chỉ tiêu; "
            "tiếp đến là LĐLĐ huyện Ý Yên (139 đoàn viên).",
            [
                ("doan_vien_ket_nap", None, 164, 117),
                ("doan_vien_ket_nap", None, 139, None),
            ],
        ),
        # officials trained, dialogues held, agreements signed
        (
            "Về tập huấn, Công đoàn Công ty Than Hà Tu dẫn đầu với 318 lượt cán bộ; Công đoàn Công "
            "ty Than Núi Béo đứng thứ hai với 246 lượt.",
            [("can_bo_tap_huan", None, 318, None), ("can_bo_tap_huan", None, 246, None)],
        ),
        (
            "Về đối thoại, nhiều nhất là LĐLĐ huyện Thuận Thành với 87 cuộc, tiếp theo là LĐLĐ "
            "huyện Gia Bình (64 cuộc).",
            [("other", None, 87, None), ("other", None, 64, None)],
        ),
        # a ranking by introductions to the Party
        (
            "Về giới thiệu đoàn viên ưu tú cho Đảng, đứng đầu là Công đoàn ngành Y tế với 54 "
            "người, tiếp đến là Công đoàn ngành Giáo dục (41 người).",
            [
                ("dang_vien_gioi_thieu", "introduced", 54, None),
                ("dang_vien_gioi_thieu", "introduced", 41, None),
            ],
        ),
    ],
)
def test_each_ranked_units_count_is_a_figure_of_the_deed(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a delegation someone leads
        "Đoàn công tác của Công đoàn Viên chức tỉnh do ông Trần Văn Lâm dẫn đầu đã thăm và tặng "
        "quà cho 12 đoàn viên công đoàn có hoàn cảnh khó khăn.",
        # the Party's own ranking and the Youth Union's
        "Về kết nạp đảng viên, dẫn đầu là Đảng bộ phường Hải Châu với 38 đảng viên mới.",
        "Về kết nạp đoàn viên, dẫn đầu là Đoàn Thanh niên xã Hòa Vang với 126 đoàn viên mới.",
        # an ordinal of a meeting; a time after "chỉ sau"
        "Tại hội nghị lần thứ hai, LĐLĐ tỉnh thông qua kế hoạch tuyên truyền cho 40 báo cáo viên.",
        "Chỉ sau nửa năm, LĐLĐ tỉnh đã kết nạp thêm đoàn viên ở 25 doanh nghiệp.",
        # a ranking with no deed of the union's
        "Công đoàn ngành Giáo dục dẫn đầu phong trào văn nghệ với 14 tiết mục đạt giải.",
    ],
)
def test_what_is_no_ranking_of_a_union_deed(text):
    assert union_stats(text) == []


def test_a_ranking_of_the_parts_of_a_whole_just_said_is_its_breakdown():
    found = _read(
        "Năm 2026, các công đoàn xã, phường đã thành lập mới 36 CĐCS, trong đó Công đoàn phường "
        "Thanh Khê dẫn đầu với 9 CĐCS, tiếp theo là Công đoàn phường Sơn Trà (7 CĐCS)."
    )
    assert found == [("cdcs_thanh_lap", None, 36, None)]


def test_a_ranking_across_bodies_keeps_the_unions_counts():
    found = _read(
        "Trong khối đoàn thể, Thị đoàn Hương Thủy dẫn đầu về phát triển đoàn viên với 980 đoàn "
        "viên mới; LĐLĐ thị xã đứng thứ hai với 640 đoàn viên công đoàn."
    )
    assert found == [("doan_vien_ket_nap", None, 640, None)]


def test_each_count_goes_to_the_deed_that_counts_its_noun():
    # members ranked in a sentence that names a dialogue too
    found = _read(
        "Về phát triển đoàn viên và tổ chức đối thoại, LĐLĐ huyện Lục Nam dẫn đầu với 615 đoàn "
        "viên mới và 42 cuộc đối thoại; tiếp đến là LĐLĐ huyện Lạng Giang (508 đoàn viên)."
    )
    members = [achieved for metric, _, achieved, _ in found if metric == "doan_vien_ket_nap"]
    assert members == [615, 508]
    # members are no officials trained, whatever else the sentence names
    found = _read(
        "Sau các lớp tập huấn, LĐLĐ thị xã Phú Thọ dẫn đầu về kết nạp với 233 đoàn viên mới, tiếp "
        "theo là LĐLĐ huyện Lâm Thao (190 đoàn viên)."
    )
    assert {metric for metric, _, _, _ in found} == {"doan_vien_ket_nap"}


def test_a_ranked_items_second_count_and_the_deed_its_first_was_read_as():
    found = _read(
        "Công đoàn phường Tân Hòa dẫn đầu với 5 CĐCS và 436 đoàn viên mới; Công đoàn xã Hòa Bình "
        "xếp thứ hai với 3 CĐCS, 298 đoàn viên."
    )
    assert [(metric, achieved) for metric, _, achieved, _ in found] == [
        ("cdcs_thanh_lap", 5),
        ("doan_vien_ket_nap", 436),
        ("cdcs_thanh_lap", 3),
        ("doan_vien_ket_nap", 298),
    ]


def test_a_ranking_by_the_highest():
    found = _read(
        "Về phát triển đoàn viên, cao nhất là LĐLĐ huyện Thạch Thất với 702 đoàn viên mới, tiếp "
        "theo là LĐLĐ huyện Quốc Oai với 561 đoàn viên."
    )
    assert [achieved for _, _, achieved, _ in found] == [702, 561]
    # "cao nhất" with no deed ranked is no ranking
    assert _read("Công đoàn Công ty có thu nhập bình quân cao nhất với 12 triệu đồng.") == []


def test_places_ranked_after_the_first_with_no_body_named():
    found = union_stats(
        "Thành phố Biên Hòa dẫn đầu với 14 CĐCS mới, tiếp đến là huyện Nhơn Trạch 11 CĐCS, huyện "
        "Trảng Bom 9 CĐCS."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 14),
        ("cdcs_thanh_lap", 11),
        ("cdcs_thanh_lap", 9),
    ]


def test_a_ranking_naming_no_deed_ranks_what_its_context_counted():
    text = (
        "Dẫn đầu toàn tỉnh là LĐLĐ TP Phổ Yên (512 đoàn viên, 4 CĐCS), tiếp đến LĐLĐ huyện Phú "
        "Bình (301 đoàn viên)."
    )
    lead = "6 tháng đầu năm 2024, LĐLĐ tỉnh Thái Nguyên kết nạp 2.315 đoàn viên, thành lập 14 CĐCS."
    found = union_stats(text, title="Thái Nguyên: 6 tháng, 2.315 đoàn viên mới", lead=lead)
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 512),
        ("cdcs_thanh_lap", 4),
        ("doan_vien_ket_nap", 301),
    ]
    # (nothing counted around it, or what there is ranked: no figure)
    assert union_stats(text) == []
    stock = "Về số CĐCS hiện có, quận 1 đứng đầu với 1.245 CĐCS, quận 3 đứng thứ hai với 980 CĐCS."
    assert union_stats(stock, title="TP.HCM thành lập 120 CĐCS mới") == []


def test_counts_of_a_ranked_unit_in_brackets_apart_by_semicolons():
    found = union_stats(
        "Xếp thứ hai: LĐLĐ huyện Gia Lâm (1.985 đoàn viên; 14 CĐCS).",
        title="Hà Nội: 9 tháng kết nạp 25.000 đoàn viên, thành lập 160 CĐCS",
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 1985),
        ("cdcs_thanh_lap", 14),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Các đơn vị thành lập được nhiều CĐCS là LĐLĐ TP Thủ Đức (11 CĐCS), huyện Bình Chánh "
            "(8 CĐCS), quận Tân Bình (7 CĐCS).",
            [11, 8, 7],
        ),
        (
            "Các đơn vị có số kết nạp cao gồm: Công đoàn Khu kinh tế Nghi Sơn, 2.480 đoàn viên; "
            "LĐLĐ thị xã Nghi Sơn, 615 đoàn viên; LĐLĐ huyện Thọ Xuân, 402 đoàn viên.",
            [2480, 615, 402],
        ),
    ],
)
def test_units_listed_with_many_or_high_counts_are_a_ranking(text, expected):
    assert [f["achieved"] for f in union_stats(text)] == expected


def test_a_high_count_compared_is_no_ranking():
    assert union_stats("Số đoàn viên kết nạp năm nay có số cao hơn năm trước 1.200 người.") == []


def test_a_ranking_said_after_the_units_it_ranks():
    text = (
        "LĐLĐ huyện Năm Căn (2 CĐCS), huyện Trần Văn Thời (2 CĐCS) và TP Cà Mau (3 CĐCS) là những "
        "địa phương thành lập được nhiều CĐCS nhất."
    )
    assert [(f["metric"], f["achieved"]) for f in union_stats(text)] == [
        ("cdcs_thanh_lap", 2),
        ("cdcs_thanh_lap", 2),
        ("cdcs_thanh_lap", 3),
    ]
    # (not when the counts follow the ranking's words)
    text = (
        "Trong đó, LĐLĐ huyện Đông Anh và Công đoàn các KCN-CX Hà Nội là hai đơn vị kết nạp nhiều "
        "nhất với lần lượt 3.920 và 5.146 đoàn viên."
    )
    assert [f["achieved"] for f in union_stats(text)] == [3920, 5146]


def test_a_ranking_of_zones_and_enterprises_that_name_no_union():
    # (members said new, notes in brackets after a name, probes349)
    text = (
        "Theo từng khu, KCN Quế Võ dẫn đầu với 1.904 đoàn viên mới, tiếp đến KCN Yên Phong 1.210 "
        "người, KCN Vân Trung (trước thuộc tỉnh Bắc Giang) 986 người."
    )
    assert [f[2] for f in _read(text)] == [1904, 1210, 986]
    text = (
        "Ba doanh nghiệp có số đoàn viên kết nạp mới nhiều nhất là Công ty TNHH Giày Vĩnh Thịnh "
        "(vốn Đài Loan) với 612 người, Công ty TNHH Daewon Vina (Hàn Quốc) 455 người."
    )
    assert [f[2] for f in _read(text)] == [612, 455]
    # (and of those introduced, the Party left unsaid, probes350)
    text = (
        "Tập đoàn Viettel dẫn đầu với 412 người được giới thiệu, kế đến là Tổng Công ty Xây dựng "
        "Trường Sơn (156) và Nhà máy Z121 (94)."
    )
    assert _read(text) == [("dang_vien_gioi_thieu", "introduced", n, None) for n in (412, 156, 94)]
    # (not jobs found)
    text = "Công ty X dẫn đầu với 412 người được giới thiệu việc làm, kế đến là Công ty Y (156)."
    assert _read(text) == []


def test_units_with_high_counts_named_at_length():
    assert _read(
        "Các đơn vị có số đoàn viên kết nạp cao gồm: LĐLĐ huyện Đông Anh với hơn 2.300 đoàn viên, "
        "LĐLĐ huyện Gia Lâm gần 1.700 đoàn viên."
    ) == [("doan_vien_ket_nap", None, 2300, None), ("doan_vien_ket_nap", None, 1700, None)]


def test_units_ranked_with_their_counts_out_of_their_targets():
    found = union_stats(
        "Các đơn vị đạt kết quả cao: LĐLĐ huyện Kỳ Sơn (215/200 đoàn viên), LĐLĐ huyện Con "
        "Cuông (180/170 đoàn viên).",
        title="Nghệ An: 6 tháng kết nạp hơn 3.000 đoàn viên",
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("doan_vien_ket_nap", 215, 200),
        ("doan_vien_ket_nap", 180, 170),
    ]


def test_units_ranked_by_the_members_they_have_are_no_recruits():
    assert (
        union_stats(
            "Dẫn đầu về số đoàn viên là Công đoàn các KCN tỉnh với 210.300 đoàn viên, tiếp đến là "
            "LĐLĐ TP Dĩ An với 98.100 đoàn viên.",
            title="Bình Dương: Kết quả phát triển đoàn viên năm 2025",
        )
        == []
    )


def test_the_number_of_units_ranked_is_no_count_founded():
    assert _read(
        "Hai đơn vị đứng đầu về thành lập CĐCS là LĐLĐ huyện Bến Cát (8 CĐCS) và LĐLĐ TP Tân Uyên "
        "(6 CĐCS)."
    ) == [("cdcs_thanh_lap", None, 8, None), ("cdcs_thanh_lap", None, 6, None)]
