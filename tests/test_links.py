"""Headlines linked elsewhere on a page mark link-list paragraphs."""

from crawler.extraction.blocks import Block
from crawler.extraction.dom import parse_html
from crawler.extraction.links import linked_chars, linked_headlines, mark_linked

PAGE = "https://congdoan.example.vn/tin/bai-viet-1.html"
HTML = """<html><body>
<a href="/tin/bai-khac-2.html">Công đoàn ngành Giáo dục tổng kết năm học</a>
<a href="/tin/bai-khac-3.html"><span>Người lao động được</span> tư vấn pháp luật</a>
<a href="#binh-luan">Bình luận về bài viết này ở cuối trang</a>
<a href="javascript:void(0)">Chia sẻ bài viết lên mạng xã hội</a>
<a href="https://congdoan.example.vn/tin/bai-viet-1.html#top">Tiêu đề của chính bài viết này</a>
<a href="/chuyen-muc">Kinh tế</a>
</body></html>"""


def test_only_links_to_other_pages_count():
    assert linked_headlines(parse_html(HTML), PAGE) == {
        "Công đoàn ngành Giáo dục tổng kết năm học",
        "Người lao động được tư vấn pháp luật",
    }


def test_a_paragraph_equal_to_a_linked_headline_is_all_link():
    headlines = linked_headlines(parse_html(HTML), PAGE)
    text = "Công đoàn ngành Giáo dục tổng kết năm học"
    assert linked_chars(text, headlines) == len(text)


def test_a_headline_with_a_date_is_mostly_link():
    headlines = linked_headlines(parse_html(HTML), PAGE)
    text = "Công đoàn ngành Giáo dục tổng kết năm học (15/3/2026)"
    assert linked_chars(text, headlines) / len(text) > 0.7


def test_a_long_paragraph_quoting_a_headline_is_text():
    headlines = linked_headlines(parse_html(HTML), PAGE)
    text = "Theo bài Công đoàn ngành Giáo dục tổng kết năm học, " + "nhiều đoàn viên. " * 20
    assert linked_chars(text, headlines) == 0


def test_mark_linked_keeps_the_larger_share():
    headlines = frozenset({"Người lao động được tư vấn pháp luật"})
    blocks = [
        Block("Người lao động được tư vấn pháp luật", "p"),
        Block("Chị Lan nói về việc làm.", "p", link_chars=5),
    ]
    marked = mark_linked(blocks, headlines)
    assert marked[0].link_ratio == 1.0
    assert marked[1].link_chars == 5


TEASER_PAGE = """<html><body><div id="body">
<p>Sáng 4/8, Công đoàn Công ty tổ chức lễ trao học bổng cho con đoàn viên có thành tích tốt.</p>
<p>Chương trình học bổng được duy trì liên tục trong mười năm qua với sự đóng góp của đoàn viên.</p>
<div class="inner-article"><a href="/tin/bai-khac-9.html"><img src="/t.jpg"></a>
<h4><a href="/tin/bai-khac-9.html">Công đoàn ngành Giáo dục tổng kết năm học</a></h4>
<p class="summary">Năm học vừa qua, công đoàn ngành đã tổ chức nhiều hoạt động ý nghĩa.</p></div>
<p>Mỗi suất học bổng dù không lớn nhưng là lời động viên để các cháu cố gắng học tốt hơn nữa.</p>
</div></body></html>"""


def test_a_summary_beside_a_headline_link_in_a_small_box_is_a_teaser():
    from crawler.extraction.images import container_of, paragraph_elements
    from crawler.extraction.links import mark_teasers

    tree = parse_html(TEASER_PAGE)
    texts = [
        "Sáng 4/8, Công đoàn Công ty tổ chức lễ trao học bổng cho con đoàn viên có thành tích tốt.",
        "Chương trình học bổng được duy trì liên tục trong mười năm qua"
        " với sự đóng góp của đoàn viên.",
        "Năm học vừa qua, công đoàn ngành đã tổ chức nhiều hoạt động ý nghĩa.",
        "Mỗi suất học bổng dù không lớn nhưng là lời động viên"
        " để các cháu cố gắng học tốt hơn nữa.",
    ]
    owners = paragraph_elements(tree, texts)
    headlines = linked_headlines(tree, PAGE)
    marked = mark_teasers([Block(t, "p") for t in texts], owners, container_of(owners), headlines)
    assert [b.link_ratio for b in marked] == [0.0, 0.0, 1.0, 0.0]
