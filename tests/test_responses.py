"""Response checks: cookie challenges, HTML sniffing, home pages, charset repair, listings."""

from pathlib import Path

import pytest

from crawler.mirror import CHALLENGE_PAGE
from crawler.responses import (
    MAX_BAD_BYTES,
    UndecodablePage,
    challenge_cookie,
    decode_page,
    is_home_page,
    is_html,
    looks_like_listing,
)
from tests.crawl_fakes import MIRROR

# The shape laodong.vn answers plain clients with (research/sites.md §2).
LAODONG_CHALLENGE = (
    b'<html><body><script>document.cookie="D1N=0123456789abcdef0123456789abcdef"+"; '
    b'expires=Fri, 01 Jan 2100 00:00:00 GMT; path=/";window.location.reload(true);'
    b"</script></body></html>"
)
ARTICLE = "<html><head><meta charset='utf-8'></head><body><p>Công đoàn Việt Nam</p></body></html>"


def test_challenge_cookie_reads_the_cookie():
    assert challenge_cookie(LAODONG_CHALLENGE) == ("D1N", "0123456789abcdef0123456789abcdef")


def test_challenge_cookie_of_the_mirror_page():
    page = CHALLENGE_PAGE.format(cookie="D1N=abc123").encode()
    assert challenge_cookie(page) == ("D1N", "abc123")


def test_real_page_is_not_a_challenge():
    assert challenge_cookie(ARTICLE.encode()) is None


def test_big_page_with_a_cookie_script_is_not_a_challenge():
    # An article that happens to set a cookie and reload (an ad script) is still an article.
    assert challenge_cookie(LAODONG_CHALLENGE + b"<p>" + b"x" * 5000 + b"</p>") is None


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("text/html; charset=utf-8", b"<p>", True),
        ("application/xhtml+xml", b"<p>", True),
        ("application/pdf", b"%PDF-1.4", False),
        ("", b"<!DOCTYPE html><html>", True),
        ("", b"%PDF-1.4", False),
    ],
)
def test_is_html(content_type, body, expected):
    assert is_html(content_type, body) is expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://laodongthudo.vn/", True),
        ("https://laodongthudo.vn", True),
        ("https://nld.com.vn/index.html", True),
        ("https://nld.com.vn/lao-dong.htm", False),
    ],
)
def test_is_home_page(url, expected):
    assert is_home_page(url) is expected


def test_decode_page_trusts_a_right_declaration():
    text, note = decode_page(ARTICLE.encode("utf-8"), "text/html; charset=utf-8")
    assert "Công đoàn" in text
    assert note is None


def test_decode_page_repairs_utf8_declared_as_windows_1252():
    page = MIRROR / "laodongthudo_vn" / "nguoi-lao-dong-duoc-tu-van-phap-luat-mien-phi-186017.html"
    text, note = decode_page(page.read_bytes(), "text/html; charset=windows-1252")
    assert "Người lao động được tư vấn pháp luật miễn phí" in text
    assert note == "charset: declared cp1252, decoded as utf-8"


def test_decode_page_rejects_mixed_encodings():
    # UTF-8 with a paragraph pasted from a TCVN3 document: no single charset reads it.
    page = MIRROR / "nld_com_vn" / "luong-huu-thang-6-tang-bao-nhieu-196260601090000666.htm"
    with pytest.raises(UndecodablePage):
        decode_page(page.read_bytes(), "text/html; charset=iso-8859-1")


def test_decode_page_reads_a_declared_legacy_charset():
    body = "<html><body><p>Công đoàn</p></body></html>".encode("cp1258")
    text, note = decode_page(body, "text/html; charset=windows-1258")
    assert note is None
    assert "Công đoàn" in text


@pytest.mark.parametrize(
    ("links", "body_chars", "expected"),
    [(10, 300, True), (10, 3000, False), (3, 100, False)],
)
def test_looks_like_listing(links, body_chars, expected):
    assert looks_like_listing(links, body_chars) is expected


REAL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real"


def test_decode_page_replaces_a_few_bad_bytes_with_a_warning():
    # A letter cut inside its UTF-8 sequence ("ộ" losing its last byte), a stray 0xFF.
    body = ARTICLE.replace("Việt Nam", "Việt Nam hội nghị").encode("utf-8")
    body = body.replace("ộ".encode(), "ộ".encode()[:-1]) + b"\xff"
    text, note = decode_page(body, "text/html; charset=utf-8")
    assert "Công đoàn Việt Nam h\ufffdi nghị" in text
    assert text.count("\ufffd") == 2  # one per undecodable sequence
    assert note == "undecodable characters: 3 byte(s) replaced reading it as utf-8"


def test_decode_page_replaces_bad_bytes_in_an_undeclared_page():
    body = ARTICLE.replace("<meta charset='utf-8'>", "").encode("utf-8") + b"\xc3"
    text, note = decode_page(body, None)
    assert "Công đoàn Việt Nam" in text
    assert note.startswith("undecodable characters: 1 byte(s)")


def test_decode_page_rejects_a_page_mostly_undecodable():
    body = ARTICLE.encode("utf-8") + b"<p>" + b"C\xf4ng \xae\xb5\xb5n " * (MAX_BAD_BYTES) + b"</p>"
    with pytest.raises(UndecodablePage, match="undecodable as utf-8"):
        decode_page(body, "text/html; charset=utf-8")


@pytest.mark.skipif(not REAL.exists(), reason="real fixtures absent")
def test_decode_page_keeps_a_real_page_with_two_bad_bytes():
    body = (REAL / "nld_article.html").read_bytes()
    middle = len(body) // 2
    while body[middle] < 0x80:  # the lead byte of a Vietnamese letter
        middle += 1
    damaged = body[:middle] + body[middle + 1 :] + b"\x80"
    text, note = decode_page(damaged, "text/html; charset=utf-8")
    assert note is not None and note.startswith("undecodable characters")
    assert 1 <= text.count("\ufffd") <= 3
    assert len(text) > 0.9 * len(body.decode("utf-8"))
