"""The members of several unions founded, said in turn (crawler.extraction.unionstats.
founded_members), read through union_stats as a crawl stores them."""

from __future__ import annotations

from crawler.extraction.unionstats import union_stats


def _members(text: str, title: str | None = None) -> list[tuple]:
    return [
        (f["achieved"], f["kind"])
        for f in union_stats(text, title=title)
        if f["metric"] == "doan_vien_ket_nap"
    ]


def test_each_union_founded_brings_in_its_members():
    assert _members(
        "Tháng 9/2025, LĐLĐ huyện Tiên Du thành lập 2 CĐCS là CĐCS Công ty TNHH Điện tử Vĩnh Phát "
        "và CĐCS Công ty CP Bao bì Minh Khang, với số đoàn viên lần lượt là 356 và 48 người."
    ) == [(356, "result"), (48, "result")]
    assert _members(
        "Ba CĐCS được thành lập tại Công ty TNHH Hansol, Công ty TNHH Youngone và Công ty CP May "
        "Sông Hồng với số đoàn viên tương ứng 2.040, 915 và 380 người."
    ) == [(2040, "result"), (915, "result"), (380, "result")]


def test_unions_named_bare_under_a_launch_headline():
    title = "Ra mắt Nghiệp đoàn Bốc xếp chợ Đầm và Nghiệp đoàn Xe ôm phường Vĩnh Hải"
    assert _members("Hai nghiệp đoàn quy tụ lần lượt 36 và 51 thành viên.", title) == [
        (36, "result"),
        (51, "result"),
    ]
    # (with no such headline, nothing says they were founded)
    assert _members("Hai nghiệp đoàn quy tụ lần lượt 36 và 51 thành viên.") == []


def test_not_the_communes_unions_of_the_reorganisation():
    assert (
        _members(
            "Sau sắp xếp, Công đoàn xã Yên Thế và Công đoàn phường Bắc Giang được thành lập với "
            "lần lượt 840 và 2.310 đoàn viên."
        )
        == []
    )
