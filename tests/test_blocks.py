"""Serialising a body container to paragraphs, and lifting images with captions out of it."""

import lxml.html

from crawler.extraction.blocks import take_images, to_blocks

PAGE = "https://laodongthudo.vn/bai-viet-12345.html"


def html(fragment: str):
    return lxml.html.fragment_fromstring(fragment, create_parent="div")


def texts(fragment: str) -> list[str]:
    return [b.text for b in to_blocks(html(fragment))]


def test_block_elements_split_even_without_whitespace():
    # Seed 2: "…năm học 2020-2021.Ban Chấp hành…" is two paragraphs glued in the text dump.
    assert texts("<p>năm học 2020-2021.</p><p>Ban Chấp hành Liên đoàn</p>") == [
        "năm học 2020-2021.",
        "Ban Chấp hành Liên đoàn",
    ]


def test_inline_elements_join_and_br_splits():
    assert texts("<p>Báo <i>Người Lao Động</i> đưa tin<br>Dòng hai</p>") == [
        "Báo Người Lao Động đưa tin",
        "Dòng hai",
    ]


def test_scripts_and_ad_zones_are_not_text():
    assert texts("<p>Nội dung</p><script>var a='Tin khác';</script><zone id='x'>ad</zone>") == [
        "Nội dung"
    ]


def test_link_ratio_counts_anchor_text():
    [block] = to_blocks(html("<p><a href='/a'>Ấm áp chợ Tết Công đoàn</a></p>"))
    assert block.link_ratio == 1.0


def test_table_cells_join_with_bars():
    assert texts("<table><tr><td>Đơn vị</td><td>Số đoàn viên</td></tr></table>") == [
        "Đơn vị | Số đoàn viên"
    ]


def test_paragraphs_inside_a_table_cell_of_data_stay_in_its_row():
    # (a table pasted from a word processor wraps every cell in <p>: the row stays one line)
    table = (
        "<table><tr><th><p>Đơn vị</p></th><th><p>Đoàn viên kết nạp</p></th></tr>"
        "<tr><td><p>LĐLĐ huyện</p><p>Hưng Hà</p></td><td><p>1.204</p></td></tr></table>"
    )
    assert texts(table) == ["Đơn vị | Đoàn viên kết nạp", "LĐLĐ huyện Hưng Hà | 1.204"]


def test_paragraphs_of_a_layout_table_cell_stay_apart():
    long = "Công nhân lao động được tuyên truyền về pháp luật lao động và chính sách. " * 5
    table = f"<table><tr><td><p>{long.strip()}</p><p>Đoạn thứ hai.</p></td></tr></table>"
    assert texts(table) == [long.strip(), "Đoạn thứ hai."]


def test_mastercms_image_table_caption_goes_to_images():
    container = html(
        "<p>Đoạn một.</p>"
        "<table class='MASTERCMS_TPL_TABLE'><tr><td><img src='/stores/a.jpg'></td></tr>"
        "<tr><td>LĐLĐ huyện Hoài Đức tổ chức kết nạp</td></tr></table><p>Đoạn hai.</p>"
    )
    images = take_images(
        container, PAGE, ("table.MASTERCMS_TPL_TABLE",), ("tr:not(:first-child) td",)
    )
    assert images == [
        {
            "url": "https://laodongthudo.vn/stores/a.jpg",
            "caption": "LĐLĐ huyện Hoài Đức tổ chức kết nạp",
        }
    ]
    assert [b.text for b in to_blocks(container)] == ["Đoạn một.", "Đoạn hai."]


def test_figure_caption_and_lazy_source():
    container = html(
        "<figure><img src='data:image/gif;base64,xx' data-src='https://cdn.vn/b.jpg'>"
        "<figcaption>Chú thích ảnh</figcaption></figure><p>Nội dung bài.</p>"
    )
    assert take_images(container, PAGE) == [
        {"url": "https://cdn.vn/b.jpg", "caption": "Chú thích ảnh"}
    ]
    assert [b.text for b in to_blocks(container)] == ["Nội dung bài."]
