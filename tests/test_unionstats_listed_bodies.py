"""Bodies listed after what they reached, each with its pair or percent (listed_bodies.py)."""

from __future__ import annotations

import pytest

from crawler.extraction.unionstats import union_stats

KEYS = ("metric", "achieved", "target", "percent", "percent_kind", "organisation")


def read(text: str, title: str | None = None) -> list[tuple]:
    return [tuple(f[key] for key in KEYS) for f in union_stats(text, title=title)]


@pytest.mark.parametrize(
    "text, title, expected",
    [
        (
            "Hai đơn vị về đích sớm chỉ tiêu kết nạp đoàn viên là LĐLĐ huyện Hải Hậu (520/500) và "
            "LĐLĐ huyện Nghĩa Hưng (455/450).",
            "Nam Định: 9 tháng năm 2025",
            [
                ("doan_vien_ket_nap", 520, 500, None, None, "LĐLĐ huyện Hải Hậu"),
                ("doan_vien_ket_nap", 455, 450, None, None, "LĐLĐ huyện Nghĩa Hưng"),
            ],
        ),
        (
            "Các đơn vị hoàn thành sớm chỉ tiêu gồm: LĐLĐ thành phố Vinh 14/12 CĐCS (116,7%), "
            "LĐLĐ huyện Nghi Lộc 6/6 (100%).",
            "Nghệ An: thành lập mới 52 CĐCS trong 10 tháng",
            [
                ("cdcs_thanh_lap", 14, 12, 116.7, "of_target", "LĐLĐ thành phố Vinh"),
                ("cdcs_thanh_lap", 6, 6, 100, "of_target", "LĐLĐ huyện Nghi Lộc"),
            ],
        ),
        (
            "Nhiều đơn vị vượt chỉ tiêu thành lập CĐCS (LĐLĐ huyện Yên Phong (vượt 50%), Công đoàn "
            "các KCN tỉnh (vượt 20%)).",
            None,
            [
                ("cdcs_thanh_lap", None, None, 50, "over_target", "LĐLĐ huyện Yên Phong"),
                ("cdcs_thanh_lap", None, None, 20, "over_target", "Công đoàn các KCN tỉnh"),
            ],
        ),
    ],
)
def test_each_listed_body_is_a_figure_of_what_they_reached(text, title, expected):
    assert read(text, title) == expected


@pytest.mark.parametrize(
    "text, title",
    [
        # (bodies given something: no result of theirs)
        (
            "Các đơn vị được hỗ trợ kinh phí gồm: LĐLĐ huyện Hải Hậu (30%), LĐLĐ huyện Giao Thủy "
            "(25%).",
            "Nam Định kết nạp 2.100 đoàn viên",
        ),
        # (the list's share is of another thing, no unit's plan)
        (
            "Tỷ lệ đoàn viên tham gia bảo hiểm đạt cao gồm: LĐLĐ huyện Hải Hậu (98%), LĐLĐ huyện "
            "Giao Thủy (97%).",
            "Nam Định kết nạp 2.100 đoàn viên",
        ),
    ],
)
def test_no_listed_figures_of_other_things(text, title):
    assert union_stats(text, title=title) == []


def test_bare_counts_in_brackets_under_words_that_name_the_indicator():
    assert read(
        "Bảy CĐCS mới thành lập trong tháng 5 thuộc các đơn vị: LĐLĐ huyện Ứng Hòa (3), LĐLĐ "
        "huyện Mỹ Đức (4)."
    ) == [
        ("cdcs_thanh_lap", 3, None, None, None, "LĐLĐ huyện Ứng Hòa"),
        ("cdcs_thanh_lap", 4, None, None, None, "LĐLĐ huyện Mỹ Đức"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # (years in brackets)
        "Các CĐCS mới thành lập: LĐLĐ huyện Ứng Hòa (2024), LĐLĐ huyện Mỹ Đức (2025).",
        # (words that name no indicator)
        "Các đơn vị trao quà: LĐLĐ huyện Ứng Hòa (40), LĐLĐ huyện Mỹ Đức (35).",
    ],
)
def test_bare_counts_in_brackets_of_no_indicator_are_none(text):
    assert union_stats(text) == []


def test_bodies_results_under_the_indicator_put_first():
    assert read(
        "Về giới thiệu đoàn viên ưu tú cho Đảng, Công đoàn ngành Y tế đạt 28/30 chỉ tiêu, Công "
        "đoàn ngành Giáo dục 45/40."
    ) == [
        ("dang_vien_gioi_thieu", 28, 30, None, None, "Công đoàn ngành Y tế"),
        ("dang_vien_gioi_thieu", 45, 40, None, None, "Công đoàn ngành Giáo dục"),
    ]
    assert union_stats("Về trao quà Tết, LĐLĐ huyện Ứng Hòa đạt 400/450 suất.") == []


def test_bodies_bare_counts_under_the_indicator_put_first():
    assert [
        (f["achieved"], f["organisation"])
        for f in union_stats(
            "Về thành lập CĐCS, LĐLĐ huyện Lập Thạch 4, LĐLĐ huyện Sông Lô 2, LĐLĐ huyện Tam Đảo 1."
        )
    ] == [(4, "LĐLĐ huyện Lập Thạch"), (2, "LĐLĐ huyện Sông Lô"), (1, "LĐLĐ huyện Tam Đảo")]
    # (one body's bare count alone is no list of them)
    assert union_stats("Về thành lập CĐCS, LĐLĐ huyện Lập Thạch có 4 doanh nghiệp chờ.") == []


def test_bodies_past_the_plan_of_the_one_deed_counted_before_them_each_with_its_bare_percent():
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh Kon Tum kết nạp 3.140 đoàn viên, đạt 104% kế hoạch; nhiều đơn vị đã "
        "vượt chỉ tiêu (LĐLĐ thành phố Kon Tum 121%, LĐLĐ huyện Đắk Hà 112%)."
    )
    assert [(f["metric"], f["kind"], f["percent"], f["organisation"]) for f in found] == [
        ("doan_vien_ket_nap", "result", 104, "LĐLĐ tỉnh Kon Tum"),
        ("doan_vien_ket_nap", "result", 121, "LĐLĐ thành phố Kon Tum"),
        ("doan_vien_ket_nap", "result", 112, "LĐLĐ huyện Đắk Hà"),
    ]
    # (two deeds counted before: whose plan is unsaid)
    found = union_stats(
        "Năm 2025, tỉnh thành lập 31 CĐCS, kết nạp 3.140 đoàn viên; nhiều đơn vị đã vượt chỉ tiêu "
        "(LĐLĐ thành phố Kon Tum 121%, LĐLĐ huyện Đắk Hà 112%)."
    )
    assert [f["achieved"] for f in found] == [31, 3140]


def test_units_that_passed_the_plan_listed_after_gom_are_results():
    found = union_stats(
        "Các đơn vị vượt chỉ tiêu thành lập CĐCS gồm: LĐLĐ huyện Đắk Hà (150%), LĐLĐ huyện Sa Thầy "
        "(125%)."
    )
    assert [(f["metric"], f["kind"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", "result", 150),
        ("cdcs_thanh_lap", "result", 125),
    ]


def test_members_said_admitted_under_a_headline_of_the_partys_are_the_partys():
    found = union_stats(
        "Các đơn vị có nhiều đoàn viên được kết nạp nhất: Sở Y tế (14), Sở Nội vụ (8).",
        title="Công đoàn Viên chức tỉnh Ninh Bình giới thiệu 96 đoàn viên ưu tú cho Đảng",
    )
    assert [(f["metric"], f["stage"], f["achieved"]) for f in found] == [
        ("dang_vien_gioi_thieu", "admitted", 14),
        ("dang_vien_gioi_thieu", "admitted", 8),
    ]
    # (with no such headline, those admitted are the union's)
    assert {
        f["metric"]
        for f in union_stats(
            "Các đơn vị có nhiều đoàn viên được kết nạp nhất: Sở Y tế (14), Sở Nội vụ (8)."
        )
    } == {"doan_vien_ket_nap"}


def test_a_list_items_name_without_the_dash_it_ends_with():
    found = union_stats(
        "Các đơn vị thành lập được nhiều CĐCS: LĐLĐ huyện Thanh Ba – 5 CĐCS, LĐLĐ huyện Hạ Hòa – 3 "
        "CĐCS, LĐLĐ huyện Đoan Hùng – 2 CĐCS."
    )
    assert [f["organisation"] for f in found] == [
        "LĐLĐ huyện Thanh Ba",
        "LĐLĐ huyện Hạ Hòa",
        "LĐLĐ huyện Đoan Hùng",
    ]
