"""Tables of training courses (crawler.extraction.unionstats.courses)."""

from __future__ import annotations

from crawler.extraction.unionstats import union_stats
from crawler.extraction.unionstats.courses import read_courses_header

_TABLE = """Năm 2024, LĐLĐ tỉnh tổ chức các lớp tập huấn như sau:
STT | Lớp | Thời gian | Đối tượng | Số học viên
1 | Tập huấn nghiệp vụ công tác công đoàn | Tháng 3/2024 | Chủ tịch CĐCS | 120
2 | Kỹ năng thương lượng tập thể | Tháng 5/2024 | Cán bộ công đoàn cơ sở | 85
3 | An toàn vệ sinh lao động | Tháng 6/2024 | Công nhân lao động | 300
4 | Bồi dưỡng nhận thức | Tháng 7/2024 | Đoàn viên thanh niên | 90
5 | Tài chính công đoàn | Tháng 8/2024 | Kế toán công đoàn | 64"""


def test_a_course_header_names_its_course_audience_and_attended_columns():
    header = read_courses_header("STT | Lớp | Thời gian | Đối tượng | Số học viên (người)", "")
    assert (header.width, header.course, header.audience, header.attended) == (5, 1, 3, 4)
    assert read_courses_header("STT | Đơn vị | Kết nạp đoàn viên", "") is None
    assert read_courses_header("1 | Lớp nghiệp vụ | Tháng 3 | 120", "") is None


def test_rows_of_union_officials_are_officials_trained():
    figures = union_stats(_TABLE)
    assert [(f["metric"], f["kind"], f["achieved"]) for f in figures] == [
        ("can_bo_tap_huan", "result", 120),
        ("can_bo_tap_huan", "result", 85),
        ("can_bo_tap_huan", "result", 64),
    ]
    assert figures[0]["text_span"].startswith("Tập huấn nghiệp vụ")


def test_with_no_audience_column_the_words_before_say_who_attended():
    text = (
        "LĐLĐ huyện mở các lớp tập huấn cho cán bộ công đoàn cơ sở:\n"
        "TT | Nội dung tập huấn | Thời gian | Số học viên (người)\n"
        "1 | Nghiệp vụ công tác công đoàn | 2 ngày | 150\n"
        "2 | Kỹ năng đối thoại | 1 ngày | –"
    )
    assert [f["achieved"] for f in union_stats(text)] == [150]
    # (workers' courses train no union official)
    text = (
        "Công đoàn Công ty mở các lớp cho công nhân:\n"
        "TT | Nội dung tập huấn | Thời gian | Số học viên (người)\n"
        "1 | An toàn lao động | 2 ngày | 450"
    )
    assert union_stats(text) == []


def test_a_line_that_is_no_row_ends_the_table():
    text = _TABLE.split("\n3 |")[0] + "\nNgoài ra, Công đoàn tặng 300 suất quà."
    assert [f["achieved"] for f in union_stats(text)] == [120, 85]


def test_the_headline_may_say_who_the_courses_are_for():
    text = (
        "Kết quả các lớp tập huấn được tổng hợp như sau:\n"
        "STT | Nội dung lớp tập huấn | Thời gian | Địa điểm | Số học viên\n"
        "1 | Công tác kiểm tra, giám sát | 22–23/5/2023 | Thành phố Hà Tĩnh | 168\n"
        # (a course on the Party trains no union official)
        "2 | Bồi dưỡng nhận thức về Đảng cho đoàn viên ưu tú | 10–14/7/2023 | Cẩm Xuyên | 64"
    )
    title = "LĐLĐ tỉnh Hà Tĩnh mở 9 lớp tập huấn cho hơn 1.000 cán bộ công đoàn cơ sở"
    assert [f["achieved"] for f in union_stats(text, title=title)] == [168]
    assert union_stats(text) == []


def test_a_heading_of_courses_then_how_many_and_the_officials_at_them():
    # (probes356)
    found = union_stats("Tập huấn cán bộ: 3 lớp, 415 lượt cán bộ CĐCS")
    assert [(f["metric"], f["achieved"]) for f in found] == [("can_bo_tap_huan", 415)]
    found = union_stats("- Tập huấn nghiệp vụ: 5 lớp với 620 cán bộ công đoàn")
    assert [(f["metric"], f["achieved"]) for f in found] == [("can_bo_tap_huan", 620)]
    # (workers at a course on safety are no officials trained)
    assert union_stats("Tập huấn an toàn vệ sinh lao động: 3 lớp, 415 lượt người lao động") == []
