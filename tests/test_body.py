"""The generic body: trafilatura's main text, narrowed to the headline, with its images."""

from crawler.extraction.body import figure_captions, generic_body
from crawler.extraction.dom import parse_html

PARAGRAPH = (
    "Liên đoàn Lao động quận đã tổ chức tập huấn các nội dung của Bộ luật Lao động cho 215"
    " đồng chí là Ủy viên Ban Chấp hành, Ủy viên Ủy ban Kiểm tra và Chủ tịch công đoàn cơ sở."
)
TABLE_PORTAL = f"""<html><body><table><tr>
<td class="left"><p>DANH MỤC</p><p>LIÊN KẾT WEBSITE</p><p>Đang online: 12</p></td>
<td class="main"><h1>Chú trọng phát triển đoàn viên</h1>
<figure><img src="/anh/a.jpg"><figcaption>Quang cảnh hội nghị</figcaption></figure>
{"".join(f"<p>{PARAGRAPH} Đoạn {i}.</p>" for i in range(5))}</td></tr></table></body></html>"""


def test_a_layout_table_is_narrowed_to_the_headline_cell():
    blocks, _ = generic_body(
        parse_html(TABLE_PORTAL), "https://ldld.example.vn/a.html", "Chú trọng phát triển đoàn viên"
    )
    texts = [b.text for b in blocks]
    assert texts[0].startswith("Liên đoàn Lao động quận")
    assert not any(t in ("DANH MỤC", "LIÊN KẾT WEBSITE", "Đang online: 12") for t in texts)


def test_figure_captions_map_absolute_image_urls():
    tree = parse_html(TABLE_PORTAL)
    assert figure_captions(tree, "https://ldld.example.vn/tin/a.html") == {
        "https://ldld.example.vn/anh/a.jpg": "Quang cảnh hội nghị"
    }


def test_no_main_text_gives_nothing():
    assert generic_body(parse_html("<html><body></body></html>"), "https://x.vn/a") == ([], [])
