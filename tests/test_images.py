"""Body images and captions by the conventions of Vietnamese CMSs; no icons or teasers."""

from crawler.extraction.dom import parse_html
from crawler.extraction.images import body_container, body_images, caption_of, is_decoration

PAGE = "https://congdoan.example.vn/tin/bai-viet-1.html"
P1 = "Sáng 4/8, Công đoàn Công ty tổ chức lễ trao học bổng cho con đoàn viên có thành tích tốt."
P2 = "Chương trình học bổng được duy trì liên tục trong mười năm qua với sự đóng góp của đoàn viên."
P3 = "Mỗi suất học bổng dù không lớn nhưng là lời động viên để các cháu cố gắng học tốt hơn nữa."


def images_of(html: str) -> list[dict]:
    tree = parse_html(html)
    return body_images(body_container(tree, [P1, P2, P3]), PAGE)


def test_container_is_the_element_holding_most_paragraphs():
    tree = parse_html(
        f"<html><body><div id='side'><p>{P1}</p></div>"
        f"<div id='main'><div id='body'><p>{P1}</p><p>{P2}</p><p><b>Chú ý:</b> {P3}</p></div></div>"
        "</body></html>"
    )
    container = body_container(tree, [P1, P2, P3])
    assert container.get("id") == "body"


def test_figcaption():
    html = (
        f"<html><body><div><p>{P1}</p><figure><img src='/a.jpg'>"
        f"<figcaption>Trao học bổng. Ảnh: H.A</figcaption></figure>"
        f"<p>{P2}</p><p>{P3}</p></div></body></html>"
    )
    assert images_of(html) == [
        {"url": "https://congdoan.example.vn/a.jpg", "caption": "Trao học bổng. Ảnh: H.A"}
    ]


def test_caption_in_the_table_row_under_the_image():
    # MasterCMS MASTERCMS_TPL_TABLE and portals: the caption is the next row of the table.
    html = (
        f"<html><body><div><p>{P1}</p><table class='x'><tr><td><img data-src='/b.jpg'></td></tr>"
        "<tr><td>Quang cảnh lễ trao học bổng</td></tr></table>"
        f"<p>{P2}</p><p>{P3}</p></div></body></html>"
    )
    assert images_of(html) == [
        {"url": "https://congdoan.example.vn/b.jpg", "caption": "Quang cảnh lễ trao học bổng"}
    ]


def test_caption_classed_element_in_the_image_box():
    # VCCorp: div.VCSortableInPreviewMode > img + div.PhotoCMS_Caption.
    html = (
        f"<html><body><div><p>{P1}</p><div class='box'><div><img src='/c.jpg'></div>"
        f"<div class='PhotoCMS_Caption'><p>Các cháu nhận học bổng</p></div></div>"
        f"<p>{P2}</p><p>{P3}</p></div></body></html>"
    )
    assert images_of(html)[0]["caption"] == "Các cháu nhận học bổng"


def test_italic_line_after_the_image_paragraph():
    html = (
        f"<html><body><div><p>{P1}</p><p><img srcset='/d-800.jpg 800w, /d-400.jpg 400w'></p>"
        f"<p><em>Đại diện công đoàn phát biểu</em></p><p>{P2}</p><p>{P3}</p></div></body></html>"
    )
    assert images_of(html) == [
        {"url": "https://congdoan.example.vn/d-800.jpg", "caption": "Đại diện công đoàn phát biểu"}
    ]


def test_icons_logos_pixels_and_teaser_thumbnails_are_not_body_images():
    html = (
        f"<html><body><div><p>{P1}</p><img src='/icons/share.png'><img src='/x.gif' width='1'"
        " height='1'><img src='/static/logo-bao.png'><img src='/arrow.svg'>"
        "<a href='/tin/bai-khac.html'><img src='/thumb.jpg'></a>"
        "<a href='/anh/lon.jpg'><img src='/anh/nho.jpg'></a>"
        f"<p>{P2}</p><p>{P3}</p></div></body></html>"
    )
    assert [i["url"] for i in images_of(html)] == ["https://congdoan.example.vn/anh/nho.jpg"]


def test_is_decoration_by_size():
    tree = parse_html("<html><body><img src='/a.jpg' width='60px'><img src='/b.jpg' width='600'>")
    small, large = tree.iter("img")
    assert is_decoration(small) and not is_decoration(large)


def test_no_caption_when_none_is_marked():
    tree = parse_html(f"<html><body><div><p>{P1}</p><img src='/a.jpg'><p>{P2}</p></div>")
    assert caption_of(next(tree.iter("img"))) is None
