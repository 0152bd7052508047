import unicodedata

import pytest

from crawler.extraction.text import fold_for_search, normalize_text, unescape_references


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Seed 1 (laodongthudo.vn) writes Latin eth for Đ.
        ("LÐLÐ huyện đã vận động 11/20 CÐCS", "LĐLĐ huyện đã vận động 11/20 CĐCS"),
        ("\u00f0oàn viên", "đoàn viên"),
        ("\u0189ại hội \u0256ại biểu", "Đại hội đại biểu"),
        # Decomposed input is composed.
        (unicodedata.normalize("NFD", "Công đoàn Việt Nam"), "Công đoàn Việt Nam"),
        # Zero-width characters and the soft hyphen disappear.
        ("Công\u200b đoàn\u200c\u200d \u2060Việt\ufeff Nam", "Công đoàn Việt Nam"),
        ("Liên\u00ad đoàn", "Liên đoàn"),
        ("\ufeffLao động", "Lao động"),
        # Non-breaking and other Unicode spaces become one plain space.
        ("Công\u00a0đoàn\u2007cơ\u202fsở", "Công đoàn cơ sở"),
        ("Lao\u2000\u2003\u200ađộng\u3000Thủ Đô", "Lao động Thủ Đô"),
        ("  Công đoàn \t\n\n  Việt Nam  ", "Công đoàn Việt Nam"),
        # Tone placement stays as written: old and new style are both kept.
        ("hòa bình", "hòa bình"),
        ("hoà bình", "hoà bình"),
        ("khỏe mạnh, thúy", "khỏe mạnh, thúy"),
        ("khoẻ mạnh, thuý", "khoẻ mạnh, thuý"),
        # Already clean text comes back unchanged.
        ("Công đoàn Việt Nam", "Công đoàn Việt Nam"),
        ("plain ascii  text ", "plain ascii text"),
        ("", ""),
        ("\u00a0\u200b ", ""),
    ],
)
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


def test_normalize_text_zero_width_joiner_inside_nfd_letter():
    # A joiner between a letter and its combining mark would block composition if left in.
    raw = "Vi\u0065\u200d\u0323\u0302t"
    assert normalize_text(raw) == "Việt"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Công đoàn Lao động", "cong doan lao dong"),
        ("ĐẠI HỘI CÔNG ĐOÀN VIỆT NAM", "dai hoi cong doan viet nam"),
        ("Đà Nẵng", "da nang"),
        ("hòa hoà khỏe khoẻ", "hoa hoa khoe khoe"),
        (unicodedata.normalize("NFD", "Người Lao Động"), "nguoi lao dong"),
        ("LÐLÐ", "ldld"),
        ("CDCS 2024", "cdcs 2024"),
        ("", ""),
    ],
)
def test_fold_for_search(raw, expected):
    assert fold_for_search(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Left by pages that escape twice (issue 6): numeric, hexadecimal and named references.
        ("NH&#7852;T XUÂN", "NHẬT XUÂN"),
        ("Th&#225;ng C&ocirc;ng nh&acirc;n", "Tháng Công nhân"),
        ("&#x110;&#x1ED7; Trung", "Đỗ Trung"),
        ("m&amp;#7897;t", "một"),
        ("&quot;phần mềm quốc d&#226;n&quot;", '"phần mềm quốc dân"'),
        ("Nhịp sống kinh tế Việt Nam &amp; Thế giới", "Nhịp sống kinh tế Việt Nam & Thế giới"),
        # An ampersand that starts no complete reference stays.
        ("R&D, Q&A, AT&T", "R&D, Q&A, AT&T"),
        ("?a=1&b=2&copy=3", "?a=1&b=2&copy=3"),
        ("&nosuchname; &", "&nosuchname; &"),
        # Escaped three times is still read; beyond that the passes stop (bounded, no loop).
        ("&amp;amp;#7897;", "ộ"),
        ("&amp;amp;amp;#7897;", "&#7897;"),
    ],
)
def test_unescape_references(raw, expected):
    assert unescape_references(raw) == expected


def test_normalize_text_decodes_references_then_composes():
    # A reference to a combining mark composes with the letter before it.
    assert normalize_text("Vi&#x1EC7;t Nam&nbsp;&#8203;m&amp;#7899;i") == "Việt Nam mới"
    assert normalize_text("a&#769;") == "á"
