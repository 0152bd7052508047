"""What each of several bodies named together did, one figure a body (crawler.extraction.
unionstats.each_body), read through union_stats as a crawl stores them. The sentences are new,
none of the probe files' the rule was written from."""

from __future__ import annotations

from crawler.extraction.unionstats import union_stats
from crawler.extraction.unionstats.each_body import bodies_named


def _read(text: str) -> list[tuple]:
    return [
        (f["metric"], f["kind"], f["achieved"], f["target"], f["organisation"])
        for f in union_stats(text)
    ]


def test_bodies_named_in_full_each_did_the_count():
    assert _read(
        "Trong tháng 5/2025, LĐLĐ huyện Đông Anh và LĐLĐ huyện Sóc Sơn mỗi đơn vị kết nạp được "
        "120 đoàn viên."
    ) == [
        ("doan_vien_ket_nap", "result", 120, None, "LĐLĐ huyện Đông Anh"),
        ("doan_vien_ket_nap", "result", 120, None, "LĐLĐ huyện Sóc Sơn"),
    ]


def test_the_kind_said_once_is_each_names():
    assert _read(
        "Ba quận Hải Châu, Thanh Khê và Sơn Trà mỗi quận thành lập mới 2 công đoàn cơ sở trong "
        "quý II/2024."
    ) == [
        ("cdcs_thanh_lap", "result", 2, None, "quận Hải Châu"),
        ("cdcs_thanh_lap", "result", 2, None, "quận Thanh Khê"),
        ("cdcs_thanh_lap", "result", 2, None, "quận Sơn Trà"),
    ]


def test_a_target_each_is_to_reach():
    read = _read(
        "Năm 2026, Công đoàn ngành Giáo dục và Công đoàn ngành Y tế mỗi đơn vị phấn đấu giới "
        "thiệu ít nhất 20 đoàn viên ưu tú cho Đảng."
    )
    assert [(m, k, a, t) for m, k, a, t, _o in read] == [
        ("dang_vien_gioi_thieu", "plan", None, 20),
        ("dang_vien_gioi_thieu", "plan", None, 20),
    ]
    assert [o for *_rest, o in read] == ["Công đoàn ngành Giáo dục", "Công đoàn ngành Y tế"]


def test_results_in_turn_each_of_the_target_each_was_given():
    assert _read(
        "Công đoàn Khu kinh tế tỉnh và LĐLĐ thị xã Điện Bàn mỗi đơn vị được giao chỉ tiêu kết nạp "
        "800 đoàn viên; hết tháng 11, hai đơn vị đã kết nạp tương ứng 845 và 612 người."
    ) == [
        ("doan_vien_ket_nap", "result", 845, 800, "Công đoàn Khu kinh tế tỉnh"),
        ("doan_vien_ket_nap", "result", 612, 800, "LĐLĐ thị xã Điện Bàn"),
    ]


def test_a_body_that_asks_each_unit_under_it_is_one_body():
    # (the federation's target for each union under it, not a list of bodies)
    assert _read(
        "Tháng 3, LĐLĐ quận Cầu Giấy giao mỗi công đoàn cơ sở khu vực doanh nghiệp kết nạp ít "
        "nhất 10 đoàn viên."
    ) == [("doan_vien_ket_nap", "plan", None, 10, "LĐLĐ quận Cầu Giấy")]


def test_what_each_body_was_given_in_money_is_no_figure():
    assert (
        _read(
            "LĐLĐ huyện Gia Lâm và LĐLĐ huyện Thanh Trì mỗi đơn vị được hỗ trợ 50 triệu đồng để "
            "tổ chức Tháng Công nhân."
        )
        == []
    )


def test_the_list_of_bodies():
    assert bodies_named("LĐLĐ các huyện Quế Võ, Yên Phong và Lương Tài") == [
        "LĐLĐ huyện Quế Võ",
        "LĐLĐ huyện Yên Phong",
        "LĐLĐ huyện Lương Tài",
    ]
    # (a connective before the first body is no body)
    assert bodies_named("Cụ thể, Công đoàn Viên chức tỉnh và Công đoàn ngành Xây dựng") == [
        "Công đoàn Viên chức tỉnh",
        "Công đoàn ngành Xây dựng",
    ]
    # (a body whose name has "các" in it keeps it when each is named in full)
    assert bodies_named("Công đoàn các KCN tỉnh Bắc Ninh và LĐLĐ thành phố Từ Sơn") == [
        "Công đoàn các KCN tỉnh Bắc Ninh",
        "LĐLĐ thành phố Từ Sơn",
    ]
    # (one body is no list)
    assert bodies_named("Cụ thể, LĐLĐ huyện Thuận Thành") == []


def test_another_body_after_a_comma_has_a_count_of_its_own():
    assert _read(
        "Năm 2025, LĐLĐ huyện Yên Thế và LĐLĐ huyện Tân Yên mỗi đơn vị thành lập 2 CĐCS, LĐLĐ "
        "huyện Lạng Giang thành lập 5 CĐCS."
    ) == [
        ("cdcs_thanh_lap", "result", 2, None, "LĐLĐ huyện Yên Thế"),
        ("cdcs_thanh_lap", "result", 2, None, "LĐLĐ huyện Tân Yên"),
        ("cdcs_thanh_lap", "result", 5, None, "LĐLĐ huyện Lạng Giang"),
    ]


def test_a_target_each_was_given_then_their_results_in_turn():
    assert _read(
        "Năm 2025, LĐLĐ tỉnh giao các huyện Lâm Hà, Đức Trọng và Di Linh mỗi huyện thành lập 3 "
        "CĐCS, kết quả lần lượt thành lập được 4, 3 và 2 CĐCS."
    ) == [
        ("cdcs_thanh_lap", "result", 4, 3, "Lâm Hà"),
        ("cdcs_thanh_lap", "result", 3, 3, "Đức Trọng"),
        ("cdcs_thanh_lap", "result", 2, 3, "Di Linh"),
    ]


def test_a_target_each_was_given_then_each_bodys_result_by_its_name():
    assert _read(
        "Năm 2025, LĐLĐ tỉnh giao Công đoàn ngành Xây dựng và Công đoàn ngành Công Thương mỗi nơi "
        "kết nạp 250 đoàn viên; đến nay ngành Xây dựng đã kết nạp 262, ngành Công Thương kết nạp "
        "231 đoàn viên."
    ) == [
        ("doan_vien_ket_nap", "result", 262, 250, "Công đoàn ngành Xây dựng"),
        ("doan_vien_ket_nap", "result", 231, 250, "Công đoàn ngành Công Thương"),
    ]


def test_a_running_total_of_the_whole_is_no_bodys():
    read = _read(
        "Trong quý III/2025, LĐLĐ huyện Kim Bảng và LĐLĐ huyện Thanh Liêm mỗi đơn vị thành lập 3 "
        "CĐCS, nâng kết quả 9 tháng của toàn tỉnh lên 41 CĐCS, đạt 82% kế hoạch năm."
    )
    assert [(a, o) for _m, _k, a, _t, o in read][:2] == [
        (3, "LĐLĐ huyện Kim Bảng"),
        (3, "LĐLĐ huyện Thanh Liêm"),
    ]
    assert [a for _m, _k, a, _t, _o in read].count(41) == 1


def test_a_quarters_number_before_the_bodies_is_no_body():
    # (probes857)
    found = union_stats(
        "Tính chung quý III, LĐLĐ huyện Tân Uyên và LĐLĐ huyện Phú Giáo mỗi đơn vị kết nạp được "
        "210 đoàn viên."
    )
    assert [(f["organisation"], f["achieved"]) for f in found] == [
        ("LĐLĐ huyện Tân Uyên", 210),
        ("LĐLĐ huyện Phú Giáo", 210),
    ]


def test_results_said_bare_in_turn_after_the_target_each_was_given():
    # (probes898; this sentence was written for this test)
    found = union_stats(
        "Năm 2025, ba công đoàn xã Tân Lập, Tân Hòa và Tân Phú mỗi đơn vị được giao chỉ tiêu kết "
        "nạp 150 đoàn viên; kết quả lần lượt đạt 172, 149 và 160 người."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("result", 172, 150),
        ("result", 149, 150),
        ("result", 160, 150),
    ]
    assert len({f["organisation"] for f in found}) == 3
