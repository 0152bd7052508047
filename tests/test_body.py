"""The generic body: trafilatura's main text, narrowed to the headline, with its images."""

from crawler.extraction.body import generic_body
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


def test_images_come_from_the_page_with_absolute_urls_and_captions():
    _, images = generic_body(
        parse_html(TABLE_PORTAL),
        "https://ldld.example.vn/tin/a.html",
        "Chú trọng phát triển đoàn viên",
    )
    assert images == [
        {"url": "https://ldld.example.vn/anh/a.jpg", "caption": "Quang cảnh hội nghị"}
    ]


RELATED_HEADLINES = [
    "Công đoàn Khu công nghiệp Thăng Long kết nạp 1.500 đoàn viên mới",
    "Người lao động được tư vấn pháp luật miễn phí dịp Tháng Công nhân",
    "Hội nghị đối thoại giữa lãnh đạo thành phố và công nhân lao động",
]
# A real-shaped article page: the related headlines sit inside the body without a heading
# (as plain text, links removed by a theme) and again as links in a sidebar.
SIDEBAR = "".join(
    f'<li><a href="/tin/{i}.html">{h}</a></li>' for i, h in enumerate(RELATED_HEADLINES)
)
UNHEADED_RELATED = f"""<html><body>
<div class="sidebar"><ul>{SIDEBAR}</ul></div>
<article><h1>Tiêu đề bài viết về công đoàn cơ sở</h1><div class="content">
{"".join(f"<p>{PARAGRAPH} Đoạn {i}.</p>" for i in range(3))}
{"".join(f"<p>{h}</p>" for h in RELATED_HEADLINES)}
{"".join(f"<p>{PARAGRAPH} Đoạn cuối {i}.</p>" for i in range(3))}
<p>“Chúng tôi rất vui”, chị Lan nói.</p>
</div></article></body></html>"""


def test_headlines_linked_elsewhere_are_marked_as_links():
    blocks, _ = generic_body(parse_html(UNHEADED_RELATED), "https://ldld.example.vn/tin/a.html")
    ratios = {b.text: b.link_ratio for b in blocks}
    for headline in RELATED_HEADLINES:
        if headline in ratios:
            assert ratios[headline] == 1.0
    assert ratios["“Chúng tôi rất vui”, chị Lan nói."] == 0.0


def test_no_main_text_gives_nothing():
    assert generic_body(parse_html("<html><body></body></html>"), "https://x.vn/a") == ([], [])


def test_body_headings_stay_as_paragraphs():
    page = f"""<html><body><article><h1>Công đoàn chăm lo Tết cho công nhân năm 2026</h1>
    <div class="content"><p>{PARAGRAPH}</p><h2>Hỗ trợ vé xe về quê</h2><p>{PARAGRAPH} Hai.</p>
    <p><strong>Chợ Tết Công đoàn</strong></p><p>{PARAGRAPH} Ba.</p></div></article></body></html>"""
    blocks, _ = generic_body(
        parse_html(page), "https://ldld.example.vn/a.html", "Công đoàn chăm lo Tết cho công nhân"
    )
    texts = [b.text for b in blocks]
    assert "Hỗ trợ vé xe về quê" in texts
    assert "Chợ Tết Công đoàn" in texts


def test_only_huge_trees_are_read_without_trafilaturas_fallbacks(monkeypatch):
    import trafilatura

    calls = []
    real = trafilatura.bare_extraction

    def spy(*args, **kwargs):
        calls.append(kwargs["fast"])
        return real(*args, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", spy)
    paragraphs = "".join(f"<div><p>{PARAGRAPH} {i}.</p></div>" for i in range(4000))
    huge = parse_html(f"<html><body><h1>Tiêu đề của bài viết</h1>{paragraphs}</body></html>")
    blocks, _ = generic_body(huge, "https://ldld.example.vn/a.html")
    generic_body(parse_html(TABLE_PORTAL), "https://ldld.example.vn/b.html")
    assert calls == [True, False]
    assert len(blocks) > 1000
