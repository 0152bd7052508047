"""Parsing once and the Scrapy-style selector language of site descriptions."""

import pytest

from crawler.extraction.dom import (
    compile_selector,
    drop,
    parse_html,
    select_all,
    select_first,
    select_text,
    select_texts,
)

PAGE = """<html><head><meta property="og:title" content="Tiêu đề OG"></head><body>
<h1 class="title"> Công đoàn <b>Việt Nam</b> </h1>
<div class="tags"><a href="/tag/a">đoàn viên</a><a href="/tag/b">công nhân</a></div>
<p id="x">Một<script>var a = 1;</script> đoạn</p>
</body></html>"""


@pytest.fixture
def tree():
    return parse_html(PAGE)


def test_element_text_is_its_visible_text(tree):
    assert select_text(tree, "h1.title") == "Công đoàn Việt Nam"
    assert select_text(tree, "p#x") == "Một đoạn"


def test_attr_and_text_suffixes(tree):
    assert select_all(tree, "meta[property='og:title']::attr(content)") == ["Tiêu đề OG"]
    assert select_all(tree, ".tags a::attr(href)") == ["/tag/a", "/tag/b"]
    assert select_texts(tree, ".tags a::text") == ["đoàn viên", "công nhân"]


def test_xpath_selectors(tree):
    assert select_text(tree, "//h1") == "Công đoàn Việt Nam"


def test_a_tuple_is_tried_in_order(tree):
    assert select_text(tree, ("h2.missing", ".tags a", "h1")) == "đoàn viên"
    assert select_first(tree, ("h2.missing",)) is None
    assert select_text(tree, None) is None


def test_selectors_compile_once():
    assert compile_selector(".tags a::attr(href)") is compile_selector(".tags a::attr(href)")


def test_bytes_are_decoded_by_their_declared_charset():
    html = '<html><head><meta charset="windows-1258"></head><body><h1>Lao đ</h1></body></html>'
    tree = parse_html(html.encode("cp1258"))
    assert select_text(tree, "h1") == "Lao đ"


def test_empty_pages_parse():
    assert select_first(parse_html(b""), "h1") is None
    assert select_first(parse_html("   "), "h1") is None


def test_drop_keeps_the_tail(tree):
    [script] = tree.xpath("//script")
    drop(script)
    assert select_text(tree, "p#x") == "Một đoạn"
