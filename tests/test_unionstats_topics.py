"""Counts of the other indicators said with the indicator put first, as the topic (topics.py)."""

from __future__ import annotations

import pytest

from crawler.extraction.unionstats import union_stats


def read(text: str) -> list[tuple]:
    return [
        (f["metric"], f["label"], f["kind"], f["achieved"], f["target"], f["percent"])
        for f in union_stats(text)
    ]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Ông Hoàng Văn Lâm cho biết: Đối thoại thì năm nay các phân xưởng làm được 23 cuộc.",
            [("other", "đối thoại", "result", 23, None, None)],
        ),
        # (each count of its clause, a kind of dialogue named with it)
        (
            "“Còn đối thoại thì nói thật, năm rồi chúng tôi làm 6 cuộc định kỳ, 3 cuộc đột xuất”, "
            "chị Lan kể.",
            [
                ("other", "đối thoại", "result", 6, None, None),
                ("other", "đối thoại", "result", 3, None, None),
            ],
        ),
        (
            "Còn đối thoại khi công nhân kiến nghị thì quý III có 5 cuộc.",
            [("other", "đối thoại", "result", 5, None, None)],
        ),
        # (the units that held or signed it)
        (
            "Thỏa ước nhóm thì đầu năm nay mới có 9 doanh nghiệp may ở Đức Hòa cùng ký.",
            [("other", "thỏa ước lao động tập thể", "result", 9, None, None)],
        ),
        (
            "Hội nghị người lao động thì 96% doanh nghiệp đã tổ chức xong trong quý I.",
            [("other", "hội nghị người lao động", "result", None, None, 96)],
        ),
        # (a plan said in the clause)
        (
            "Đối thoại thì năm 2026 chúng tôi phấn đấu 30 cuộc.",
            [("other", "đối thoại", "plan", None, 30, None)],
        ),
    ],
)
def test_a_count_after_its_indicator_put_first_with_thì(text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    "text",
    [
        # what was not done, and how much the count rose, are no counts done
        "Đối thoại thì chưa có doanh nghiệp nào tổ chức, 4 cuộc dời sang quý sau.",
        "Đối thoại thì năm nay tăng 12 cuộc so với năm trước.",
        # money is no count
        "Thỏa ước thì mức ăn ca đã lên 30.000 đồng.",
        # a meeting of another kind, or a topic no indicator names
        "Tập huấn thì năm nay có 4 cuộc thi tìm hiểu pháp luật.",
    ],
)
def test_no_count_after_a_topic(text):
    assert [f for f in read(text) if f[0] == "other"] == []


def test_the_times_met_and_the_agreements_of_a_topic():
    assert read("Thỏa ước thì năm nay ký mới 12 bản, ký lại khi hết hạn 30 bản.") == [
        ("other", "thỏa ước lao động tập thể", "result", 12, None, None),
        ("other", "thỏa ước lao động tập thể", "result", 30, None, None),
    ]
    # (the parts of a count already read are no counts of their own)
    assert read(
        "Đối thoại thì năm rồi hai bên ngồi với nhau 9 lần, gồm 6 lần định kỳ và 3 lần đột xuất."
    ) == [("other", "đối thoại", "result", 9, None, None)]


def test_the_public_sectors_conference_put_first():
    assert read("Hội nghị cán bộ, công chức thì 100% cơ quan tổ chức xong trong quý I.") == [
        ("other", "hội nghị cán bộ công chức", "result", None, None, 100)
    ]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Bà Lan: Xuất sắc thì 31 cơ sở, hoàn thành tốt thì gần 90 cơ sở.",
            [
                ("other", "cđcs xuất sắc", "result", 31, None, None),
                ("other", "cđcs hoàn thành tốt nhiệm vụ", "result", 90, None, None),
            ],
        ),
        (
            "Xếp loại khá là 64 đơn vị.",
            [("other", "cđcs khá", "result", 64, None, None)],
        ),
        (
            "Vững mạnh thì năm nay có 212 CĐCS.",
            [("other", "cđcs vững mạnh", "result", 212, None, None)],
        ),
        # (the lowest ratings are no indicator reached, and a rating said of no units is none)
        ("Trung bình thì 6 cơ sở.", []),
        ("Khá là tốt, năm nay có 5 đơn vị xin thêm kinh phí.", []),
    ],
)
def test_the_units_of_a_rating_put_first(text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        # (the count straight after "là", bare where its clause ends)
        (
            "“Hội nghị người lao động là 2.318, còn đối thoại là hơn 900 cuộc”, ông Tuấn nói.",
            [
                ("other", "hội nghị người lao động", "result", 2318, None, None),
                ("other", "đối thoại", "result", 900, None, None),
            ],
        ),
        # (the next indicator named in the next clause, its count of units past a hedge)
        (
            "Thỏa ước thì ký được 41 bản, hội nghị người lao động cũng gần như đủ, chừng 640 "
            "doanh nghiệp.",
            [
                ("other", "thỏa ước lao động tập thể", "result", 41, None, None),
                ("other", "hội nghị người lao động", "result", 640, None, None),
            ],
        ),
        # (thousands with a dot stay in their clause: "1.150 bản")
        (
            "Thỏa ước thì năm nay các doanh nghiệp ký lại 1.150 bản.",
            [("other", "thỏa ước lao động tập thể", "result", 1150, None, None)],
        ),
    ],
)
def test_a_topic_with_là_and_the_next_indicator_in_its_clause(text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    "text",
    [
        # "là" with what it is, not a count; a count not straight after "là"
        "Đối thoại là 1 trong 3 việc trọng tâm của năm 2026.",
        "Hội nghị người lao động là dịp để 300 công nhân nêu kiến nghị.",
        # the next clause's count is of something else, or not done
        "Đối thoại thì có 12 cuộc, thỏa ước thì chưa có doanh nghiệp nào ký.",
    ],
)
def test_no_count_after_là_or_in_the_next_clause(text):
    assert [f for f in read(text) if f[0] == "other" and f[3] not in (12,)] == []


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "CĐCS hoàn thành xuất sắc nhiệm vụ: 214/1.060 (20,2%)",
            [("other", "cđcs hoàn thành xuất sắc nhiệm vụ", "result", 214, 1060, 20.2)],
        ),
        (
            "Đối thoại định kỳ: 812 DN (71,3%); thỏa ước ký mới: 96 bản",
            [
                ("other", "đối thoại", "result", 812, None, 71.3),
                ("other", "thỏa ước lao động tập thể", "result", 96, None, None),
            ],
        ),
        # a stock, a plan, the lowest rating, visits, and units said to do something else
        ("TƯLĐTT còn hiệu lực: 2.310 bản", []),
        ("Chỉ tiêu đối thoại: 400 cuộc", []),
        ("CĐCS xếp loại trung bình: 12", []),
        ("Thăm hỏi, tặng quà: 8.940 lượt đoàn viên", []),
        ("- Hội nghị người lao động: 40 doanh nghiệp đã đăng ký tài trợ giải.", []),
    ],
)
def test_an_infographic_cell_of_another_indicator(text, found):
    assert read(text) == found


def test_a_cells_share_with_its_count_of_all_in_brackets():
    # (probes364)
    found = union_stats("- CĐCS đạt vững mạnh: 96,4% (215/223 CĐCS).")
    assert [(f["label"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("cđcs vững mạnh", 215, 223, 96.4)
    ]


def test_a_topic_opened_by_riêng_or_về_and_a_comma():
    # (probes940; these sentences were written for this test)
    assert read(
        "Riêng công tác đối thoại, Công đoàn các KCN tỉnh Bắc Giang đã phối hợp tổ chức 214 cuộc, "
        "đạt 107% kế hoạch năm 2025."
    ) == [("other", "đối thoại", "result", 214, None, 107)]
    assert read("Về thỏa ước lao động tập thể, năm 2025 các CĐCS ký mới 31 bản.") == [
        ("other", "thỏa ước lao động tập thể", "result", 31, None, None)
    ]
    # (a list after a comma with no "riêng" or "về" opens no topic)
    assert read("Công đoàn tổ chức đối thoại, tập huấn cho 40 cuộc họp tổ.") == []


def test_a_topic_opened_with_a_comma_counts_only_after_its_deed():
    # (probes162, probes872, probes727; these sentences were written for this test)
    # what there is, and a plan, are no counts of it
    assert read("Về thỏa ước, đến nay toàn huyện có 96 bản còn hiệu lực.") == []
    assert read("Về đối thoại, chỉ tiêu năm 2025 của LĐLĐ huyện là 40 cuộc.") == []
    # (nor are the parts of a count read before it)
    assert read(
        "Riêng thỏa ước thì năm nay có thêm 35 doanh nghiệp ký kết, trong đó 9 bản được đánh giá "
        "loại A."
    ) == [("other", "thỏa ước lao động tập thể", "result", 35, None, None)]


def test_a_topic_opened_by_về_and_thì_counts_as_before():
    # (probes651; this sentence was written for this test)
    assert read(
        "“Về hội nghị người lao động thì năm nay 100% doanh nghiệp nhà nước đã tổ chức”, bà Lan "
        "nói."
    ) == [("other", "hội nghị người lao động", "result", None, None, 100)]
