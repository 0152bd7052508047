"""Author names from bylines: labels, credits, sources, share buttons, several people, outlets."""

import pytest

from crawler.extraction import clean as clean_module
from crawler.extraction.authors import clean_author, is_site_name, parse_credit, site_keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minh Chiến", "Minh Chiến"),
        # Work notes and attributions after the name.
        ("Hà Thu (tổng hợp)", "Hà Thu"),
        ("Hà Thu tổng hợp", "Hà Thu"),
        ("Lan Anh (lược dịch)", "Lan Anh"),
        ("Hà Thu (theo VnExpress)", "Hà Thu"),
        ("Hà Thu - Theo VnExpress", "Hà Thu"),
        ("Theo VTV", None),
        ("Theo VTV Copy link", None),
        ("(Theo Báo Lao Động)", None),
        ("Bảo Hân (báo lao động) 29/01/2026 15:59 (GMT+7)", "Bảo Hân"),
        ("Thanh Hà/TTXVN", "Thanh Hà"),
        # Share buttons that come along with the byline box's text.
        ("Minh Chiến Copy link", "Minh Chiến"),
        ("Hà Thu Chia sẻ Facebook Zalo", "Hà Thu"),
        ("Hà Thu | Chia sẻ", "Hà Thu"),
        # Labels.
        ("Tác giả: Hoàng Lan", "Hoàng Lan"),
        ("Bài và ảnh: Nguyễn Văn A", "Nguyễn Văn A"),
        ("Bài, ảnh: Hà Anh", "Hà Anh"),
        ("Tin - ảnh: Minh Hoa", "Minh Hoa"),
        ("Người viết: Phương Anh", "Phương Anh"),
        ("Phóng viên Hà Thu", "Hà Thu"),
        ("PV Minh Anh", "Minh Anh"),
        ("Nhóm PV: Hà Anh, Minh Chiến", "Hà Anh, Minh Chiến"),
        ("PV", None),
        ("Nhóm PV", None),
        ("Nhóm phóng viên", None),
        ("Ban Biên tập", None),
        # Photo and video credits name someone who is not the author.
        ("Ảnh: Minh Anh", None),
        ("Video: PV", None),
        ("Bài: Hà Thu - Ảnh: Minh Anh", "Hà Thu"),
        ("Hà Thu - Ảnh: Minh Anh", "Hà Thu"),
        ("Bài: Hà Thu; Đồ họa: Tuấn Anh", "Hà Thu"),
        # Capitals stay as displayed.
        ("NGUYỄN VĂN A", "NGUYỄN VĂN A"),
        ("BÀI VÀ ẢNH: TRẦN DUY PHƯƠNG", "TRẦN DUY PHƯƠNG"),
        # Several people: ", " between them, each once, in order.
        ("Hà Anh - Minh Chiến", "Hà Anh, Minh Chiến"),
        ("Thanh Chân – Anh Tú", "Thanh Chân, Anh Tú"),
        ("Hà Anh, Minh Chiến và Lan Anh", "Hà Anh, Minh Chiến, Lan Anh"),
        ("Hà Anh; Minh Chiến", "Hà Anh, Minh Chiến"),
        ("Hà Anh, Hà Anh - HÀ ANH", "Hà Anh"),
        # Dates, addresses and phrases are no names.
        ("Nguyên Minh - 07/03/2026 08:47", "Nguyên Minh"),
        ("Bình Minh - ", "Bình Minh"),
        ("NLD.COM.VN", None),
        ("https://www.facebook.com/baomau", None),
        ("đang cập nhật", None),
        ("", None),
        (None, None),
        ("  ", None),
        # Character references escaped twice.
        ("Nguy&amp;#7877;n V&#259;n A", "Nguyễn Văn A"),
    ],
)
def test_clean_author(text, expected):
    assert clean_author(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Hà Thu (theo VnExpress)", "VnExpress"),
        ("Theo VTV Copy link", "VTV"),
        ("Bảo Hân (báo lao động)", "báo lao động"),
        ("Thanh Hà/TTXVN", "TTXVN"),
        ("Nguồn: TTXVN", "TTXVN"),
        ("Hà Thu (tổng hợp)", None),
    ],
)
def test_parse_credit_source(text, source):
    assert parse_credit(text).source == source


@pytest.mark.parametrize(
    ("author", "site_name"),
    [
        ("VnExpress", "vnexpress.net"),
        ("VNEXPRESS", ["Báo VnExpress"]),
        ("Dân Trí", ["Báo điện tử Dân Trí"]),
        ("Dân Trí", "https://dantri.com.vn/xa-hoi/a.htm"),
        ("dantri", "dantri.com.vn"),
        ("VietNamNet News", "VietNamNet"),
        ("Báo Người Lao Động", "Báo Người Lao Động Online"),
        ("Bongdaplus", "Bongdaplus-Báo Bóng đá"),
        ("Tuổi Trẻ Online", "Tin tức thời sự - Báo Tuổi Trẻ"),
    ],
)
def test_the_site_itself_is_no_author(author, site_name):
    assert is_site_name(author, site_name)
    assert clean_author(author, site_name) is None


@pytest.mark.parametrize(
    ("author", "site_name"),
    [
        ("Hà Thu", "vnexpress.net"),
        ("Minh Anh", ["Báo Người Lao Động Online", "nld.com.vn"]),
        ("Trung", "Bongdaplus-Báo Bóng đá"),
    ],
)
def test_people_are_not_the_site(author, site_name):
    assert clean_author(author, site_name) == author


def test_site_names_among_people_are_dropped():
    assert clean_author("Hà Thu - Dân Trí", "dantri.com.vn") == "Hà Thu"


def test_site_keys_are_reused():
    keys = site_keys(["vnexpress.net", "Báo VnExpress"])
    assert clean_author("VnExpress", keys) is None
    assert clean_author("Đoàn Loan", keys) == "Đoàn Loan"


@pytest.mark.parametrize(
    "text", ["Hà Thu (tổng hợp)", "Bài, ảnh: Hà Anh - Minh Chiến", "NGUYỄN VĂN A và Lê B"]
)
def test_clean_author_is_idempotent(text):
    once = clean_author(text)
    assert clean_author(once) == once


def test_clean_module_still_exports_clean_author():
    assert clean_module.clean_author is clean_author


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Hà Thu (tổng hợp)", "Hà Thu"),
        ("HÀ THU (TỔNG HỢP)", "HÀ THU"),
        ("Minh Anh Copy link", "Minh Anh"),
        ("Lan Anh (lược dịch)", "Lan Anh"),
        ("Theo VTV Copy link", None),
        ("Tin liên quan Chia sẻ", None),
        ("Ảnh minh họa (nguồn Internet)", None),
    ],
)
def test_trailing_byline_with_a_note_or_buttons(line, expected):
    # The cleaner's trailing-byline reader falls back on clean_author for such lines.
    assert clean_module.parse_byline(line) == expected
