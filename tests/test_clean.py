"""The paragraph-level cleaner: related blocks, credits, agency prefixes."""

import pytest

from crawler.extraction.blocks import Block
from crawler.extraction.clean import (
    clean_blocks,
    drop_link_lists,
    drop_related_blocks,
    drop_slug_echo,
    is_boilerplate_heading,
    is_caption_line,
    is_caption_of,
    lift_trailing_credits,
    parse_byline,
    parse_source,
    strip_agency_prefix,
)

PROSE = (
    "Liên đoàn Lao động quận Ba Đình đã tổ chức tập huấn các nội dung của Bộ luật Lao động "
    "sửa đổi cho 215 đồng chí là Ủy viên Ban Chấp hành, Ủy viên Ủy ban Kiểm tra."
)


def link(text: str) -> Block:
    return Block(text, "li", link_chars=len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tin khác",
        "Các tin khác",
        "CÓ THỂ BẠN QUAN TÂM",
        "Có thể bạn quan tâm",
        "Nên xem",
        "Xem nhiều nhất:",
        "Tin liên quan",
        "Đọc thêm",
        "Xem thêm:",
        "Chia sẻ trên",
        "Bình luận",
        "BẠN CÓ THỂ QUAN TÂM",
    ],
)
def test_boilerplate_headings(text):
    assert is_boilerplate_heading(text)


@pytest.mark.parametrize("text", ["Tin khác biệt giữa các công đoàn", PROSE, "Công đoàn"])
def test_not_boilerplate_headings(text):
    assert not is_boilerplate_heading(text)


def test_headed_block_inside_body_is_dropped_and_prose_after_it_kept():
    blocks = [
        Block(PROSE, "p"),
        Block("Tin liên quan:", "p"),
        link("LĐLĐ huyện Chương Mỹ thăm, tặng quà người lao động có hoàn cảnh khó khăn"),
        link("Ấm áp chợ Tết Công đoàn"),
        Block(PROSE + " Tiếp theo.", "p"),
    ]
    kept, removed = drop_related_blocks(blocks)
    assert [b.text for b in kept] == [PROSE, PROSE + " Tiếp theo."]
    assert "Ấm áp chợ Tết Công đoàn" in removed


def test_trailing_list_with_category_date_lines_is_dropped():
    # Seed 1: "Tin khác" items are a headline then "Vì lợi ích đoàn viên 23/01/2025 20:53".
    blocks = [
        Block(PROSE, "p"),
        Block("Tin khác", "h3"),
        link("Rộn ràng Hội thi gói bánh chưng và bày mâm cỗ, mâm quả ngày Tết"),
        Block("Vì lợi ích đoàn viên 21/01/2025 21:49", "span"),
        link("Ấm áp chợ Tết Công đoàn"),
        Block("Vì lợi ích đoàn viên 21/01/2025 17:56", "span"),
    ]
    kept, _ = drop_related_blocks(blocks)
    assert [b.text for b in kept] == [PROSE]


def test_headline_teasers_without_links_are_dropped():
    # Seed 2: "Xem nhiều nhất:" items are short titles with no final full stop.
    blocks = [
        Block(PROSE, "p"),
        Block("Xem nhiều nhất:", "p"),
        Block("Đổi mới, hướng tới sự hài lòng của người bệnh", "p"),
        Block("Tăng cường thực thi quyền công đoàn của NLĐ", "p"),
        Block("Các tin khác", "p"),
    ]
    kept, _ = drop_related_blocks(blocks)
    assert [b.text for b in kept] == [PROSE]


def test_inline_see_also_link_is_dropped():
    blocks = [Block(PROSE, "p"), Block("Xem thêm: Ấm áp chợ Tết Công đoàn", "p", 24)]
    kept, _ = drop_related_blocks(blocks)
    assert [b.text for b in kept] == [PROSE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(LĐTĐ) Ngay từ đầu năm 2022, LĐLĐ huyện", "Ngay từ đầu năm 2022, LĐLĐ huyện"),
        ("(NLĐO)- Không ít hộ kinh doanh", "Không ít hộ kinh doanh"),
        ("(Dân trí) - Sáng 5/8, Công đoàn", "Sáng 5/8, Công đoàn"),
        ("(Chinhphu.vn) – Thủ tướng", "Thủ tướng"),
        ("(1) Tổ chức đại hội", "(1) Tổ chức đại hội"),
        ("(ảnh minh họa) Người lao động", "(ảnh minh họa) Người lao động"),
        ("Không có tiền tố", "Không có tiền tố"),
        ("TT - Trao đổi với Tuổi Trẻ, ông Sơn", "Trao đổi với Tuổi Trẻ, ông Sơn"),
        ("VOV.VN - Sáng nay", "Sáng nay"),
        ("TP HCM - Công nhân", "TP HCM - Công nhân"),
        ("HÀ NỘI - Sáng nay", "HÀ NỘI - Sáng nay"),
    ],
)
def test_strip_agency_prefix(text, expected):
    assert strip_agency_prefix(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo Laodongthudo", "Laodongthudo"),
        ("Nguồn: Báo Lao Động", "Báo Lao Động"),
        ("(Theo VOV)", "VOV"),
        ("Theo báo cáo của Liên đoàn, năm 2021 có 198 đoàn viên được kết nạp Đảng.", None),
    ],
)
def test_parse_source(text, expected):
    assert parse_source(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minh Chiến", "Minh Chiến"),
        ("Bài, ảnh: Hà Anh", "Hà Anh"),
        ("Bài và ảnh: Nguyễn Văn A", "Nguyễn Văn A"),
        ("PV", "PV"),
        ("Hà Anh - Minh Chiến", "Hà Anh - Minh Chiến"),
        ("Đặc biệt, công đoàn đã kết nạp 97 đoàn viên.", None),
        ("tổng kết năm", None),
    ],
)
def test_parse_byline(text, expected):
    assert parse_byline(text) == expected


def test_trailing_credits_are_lifted():
    paragraphs, author, source = lift_trailing_credits(
        [PROSE, "Phương Anh", "Theo Laodongthudo"], None
    )
    assert (paragraphs, author, source) == ([PROSE], "Phương Anh", "Laodongthudo")


def test_known_author_line_is_removed():
    paragraphs, author, _ = lift_trailing_credits([PROSE, "Minh Chiến"], "Minh Chiến")
    assert paragraphs == [PROSE]


def test_slug_echo_of_mastercms_related_box():
    url = "https://laodongthudo.vn/tet-sum-vay-da-tro-thanh-ngay-hoi-cua-nguoi-lao-dong-87395.html"
    paragraphs = ["tet sum vay da tro thanh ngay hoi cua nguoi lao dong Bài 1: Dồn sức", PROSE]
    assert drop_slug_echo(paragraphs, url) == [PROSE]


def test_clean_blocks_drops_caption_title_and_lead_repeats():
    caption = "LĐLĐ huyện Hoài Đức tổ chức kết nạp người lao động."
    blocks = [Block("Tiêu đề bài", "h1"), Block("Sa-pô bài", "p"), Block(caption, "p")]
    blocks.append(Block(PROSE, "p"))
    cleaned = clean_blocks(
        blocks, "https://x.vn/a-1.html", title="Tiêu đề bài", lead="Sa-pô bài", captions=(caption,)
    )
    assert cleaned.paragraphs == [PROSE]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Ảnh: Hà Anh", True),
        ("(Ảnh: Minh Chiến)", True),
        ("Video: PV", True),
        ("Đồ họa: Ngọc Anh", True),
        ("Bài và ảnh: Nguyễn Văn A", False),
        ("Ảnh hưởng của dịch bệnh khiến nhiều công nhân mất việc.", False),
    ],
)
def test_media_credit_lines(text, credit):
    from crawler.extraction.clean import is_media_credit

    assert is_media_credit(text) is credit


def test_trailing_photo_credit_is_dropped_not_made_author():
    cleaned = clean_blocks([Block(PROSE, "p"), Block("Ảnh: Hà Anh", "p")], "https://x.vn/a-1.html")
    assert cleaned.paragraphs == [PROSE]
    assert cleaned.author is None


def test_runs_of_link_paragraphs_are_dropped_wherever_they_sit():
    text = "Công nhân nhận quà Tết từ công đoàn cơ sở trong năm nay tại nhà máy. " * 3
    blocks = [
        Block("Người lao động được tư vấn pháp luật miễn phí", "p", link_chars=44),
        Block(text, "p"),
        Block("Công đoàn ngành Giáo dục tổng kết năm học", "p", link_chars=41),
        Block("Một câu giới thiệu ngắn của bài liên quan.", "p"),
        Block("Kết nạp 1.500 đoàn viên mới tại khu công nghiệp", "p", link_chars=47),
        Block("“Chúng tôi rất vui”, chị Lan nói.", "p"),
    ]
    kept, removed = drop_link_lists(blocks)
    assert [b.text for b in kept] == [text, "“Chúng tôi rất vui”, chị Lan nói."]
    assert len(removed) == 4


def test_a_long_paragraph_with_links_stays():
    long_text = "Theo Nghị định 68/2026/NĐ-CP, hộ kinh doanh phải kê khai doanh thu. " * 5
    kept, _ = drop_link_lists([Block(long_text, "p", link_chars=len(long_text))])
    assert len(kept) == 1


def test_short_lines_ending_with_a_photo_credit_are_captions():
    assert is_caption_line("Một xe tăng T-90 (Ảnh: Sputnik).")
    assert is_caption_line("Ngoại trưởng Mỹ. Ảnh: Skynews")
    assert not is_caption_line("Ảnh hưởng của bão số 3 rất lớn: nhiều nhà bị tốc mái.")
    # A photo story's text paragraph closes with a credit too, but it is the article.
    assert not is_caption_line(
        "Tối 24/12, hàng nghìn người dân đổ về khu vực Nhà thờ Đức Bà TPHCM khiến giao lộ "
        "Nguyễn Du - Đồng Khởi ùn tắc nghiêm trọng (Ảnh: Hải Long)."
    )


def test_paragraphs_repeating_a_caption_leave_the_body():
    caption = "Đại diện Công đoàn công ty trao học bổng cho các em học sinh. Ảnh: H.A"
    assert is_caption_of(
        "Đại diện Công đoàn công ty trao học bổng cho các em học sinh.", (caption,)
    )
    assert not is_caption_of("Các em học sinh rất vui.", (caption,))


def test_source_is_found_above_leaked_buttons_and_outlet_lines():
    paragraphs, author, source = lift_trailing_credits(
        [PROSE, "Minh Anh", "Theo VnExpress Copy link", "Chia sẻ", "Dân trí"],
        None,
        outlets=("dantri.com.vn",),
    )
    assert (paragraphs, author, source) == ([PROSE], "Minh Anh", "VnExpress")


def test_source_above_a_short_leaked_line():
    paragraphs, _, source = lift_trailing_credits(
        [PROSE, "Theo Laodongthudo", "Nhiều hoạt động chào mừng Tháng Công nhân"], None
    )
    assert (paragraphs, source) == ([PROSE], "Laodongthudo")


def test_a_last_sentence_is_not_a_leak():
    last = "Công đoàn sẽ tiếp tục hỗ trợ người lao động trong thời gian tới."
    paragraphs, _, source = lift_trailing_credits([PROSE, "Theo Laodongthudo", last], None)
    assert (paragraphs, source) == ([PROSE, "Theo Laodongthudo", last], None)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [("VnExpress", True), ("Báo Lao Động", True), ("Lao Động", True), ("Lao động trẻ", False)],
)
def test_outlet_lines(text, outlet):
    from crawler.extraction.clean import is_outlet_line

    assert is_outlet_line(text, ("vnexpress.net", "Báo Lao Động", "laodong.vn")) is outlet
