"""Counts of two times compared in one sentence, the second one "con số này" (comparisons.py)."""

from __future__ import annotations

import pytest

from crawler.extraction.unionstats import union_stats


def read(text: str) -> list[tuple]:
    return [(f["metric"], f["kind"], f["achieved"], f["target"]) for f in union_stats(text)]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Nếu năm 2023 LĐLĐ tỉnh Quảng Trị mới kết nạp được 1.420 đoàn viên thì năm 2024 con "
            "số này đã là 2.115 đoàn viên.",
            [
                ("doan_vien_ket_nap", "result", 1420, None),
                ("doan_vien_ket_nap", "result", 2115, None),
            ],
        ),
        (
            "Nếu như cùng kỳ năm trước toàn tỉnh chỉ thành lập được 12 CĐCS thì 9 tháng năm nay, "
            "con số này lên tới 31 đơn vị.",
            [("cdcs_thanh_lap", "result", 12, None), ("cdcs_thanh_lap", "result", 31, None)],
        ),
    ],
)
def test_the_count_of_the_time_after_thì_is_of_the_count_before(text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    "text",
    [
        # what would be: a time to come after "thì"
        "Nếu năm 2025 mỗi CĐCS kết nạp được 10 đoàn viên thì cả huyện sẽ có thêm 1.200 đoàn viên.",
        # no time gone by before "thì": a condition
        "Nếu doanh nghiệp có từ 25 lao động trở lên thì phải thành lập 1 CĐCS.",
    ],
)
def test_what_would_be_is_still_no_count(text):
    assert read(text) == []


def test_this_count_of_another_unit_is_not_the_first_ones():
    # (the second count is of companies, which no count of members is)
    assert read(
        "Nếu năm 2024 huyện kết nạp được 640 đoàn viên thì năm 2025 con số này là 35 doanh nghiệp."
    ) == [("doan_vien_ket_nap", "result", 640, None)]


def test_this_count_fallen_to():
    assert read(
        "Nếu năm 2023 công đoàn các KCN kết nạp được 5.100 đoàn viên thì năm 2024 con số này chỉ "
        "còn hơn 3.900."
    ) == [("doan_vien_ket_nap", "result", 5100, None), ("doan_vien_ket_nap", "result", 3900, None)]
