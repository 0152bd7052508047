"""The extraction entry point: the real nld.com.vn page, the generic path and bad input."""

from pathlib import Path

import pytest

from crawler.cli import described_sites
from crawler.extraction import FIELDS, extract_article

REAL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real"
NLD_URL = (
    "https://nld.com.vn/nhung-sai-sot-ho-kinh-doanh-thuong-gap-khi-thuc-hien-quy-dinh-moi-ve-thue"
    "-196260307071308923.htm"
)
needs_real = pytest.mark.skipif(
    not (REAL / "nld_article.html").exists(), reason="../shared/fixtures/real is absent"
)


@pytest.fixture(scope="module")
def nld_record() -> dict:
    html = (REAL / "nld_article.html").read_bytes()
    return extract_article(html, NLD_URL, described_sites()["nld_com_vn"])


@needs_real
def test_real_nld_fields(nld_record):
    assert nld_record["title"] == (
        "Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định mới về thuế"
    )
    assert nld_record["author"] == "Minh Chiến"
    assert nld_record["published_at"] == "2026-03-07T08:06:00+07:00"
    assert nld_record["modified_at"] == "2026-03-07T08:40:59+07:00"
    assert nld_record["category"] == "Kinh tế"
    assert nld_record["lead"].startswith("Không ít hộ kinh doanh")
    assert nld_record["layout"] == "vccorp-2024"
    assert nld_record["warnings"] == []


@needs_real
def test_real_nld_body_has_no_related_box_and_no_captions(nld_record):
    body = nld_record["body"]
    assert body.startswith("Chính phủ vừa ban hành Nghị định 68/2026/NĐ-CP")
    # The inline RelatedNewsBox headlines.
    assert "Hộ kinh doanh phải kê khai tất cả tài khoản" not in body
    assert "Cách kê khai, nộp thuế cho cá nhân" not in body
    # The [type=content] info box is real content.
    assert "Trước khi tính thuế, hộ kinh doanh, cá nhân được trừ" in body
    for image in nld_record["images"]:
        assert image["caption"] and image["caption"] not in body
    assert [i["caption"][:22] for i in nld_record["images"]] == [
        "Chuyên gia về thuế đã ",
        "TS Nguyễn Hồng Trang, ",
    ]
    assert "Minh Chiến" not in body
    assert "(NLĐO)" not in nld_record["lead"]


@needs_real
def test_real_nld_page_on_the_generic_path_still_finds_metadata():
    html = (REAL / "nld_article.html").read_bytes()
    record = extract_article(html, NLD_URL, None)
    # Without its spider, the page is still read by its CMS family's layout.
    assert record["layout"] == "vccorp"
    assert record["published_at"] == "2026-03-07T08:06:00+07:00"
    assert "Chính phủ vừa ban hành Nghị định 68" in record["body"]


def test_record_has_every_field_in_order():
    record = extract_article("<html><body><h1>Tiêu đề</h1></body></html>", "https://x.vn/a")
    assert tuple(record) == FIELDS


def test_empty_page_gives_warnings_not_errors():
    record = extract_article(b"", "https://x.vn/a")
    assert record["body"] == ""
    assert "no title" in record["warnings"]
    assert "no date" in record["warnings"]


def test_nfd_page_comes_out_nfc():
    import unicodedata

    title = unicodedata.normalize("NFD", "Công đoàn Việt Nam")
    html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>"
    record = extract_article(html, "https://x.vn/a")
    assert record["title"] == "Công đoàn Việt Nam"


SEED1 = (
    Path(__file__).parent / "sites" / "laodongthudo_vn" / "2022-07-18_hoai-duc-phat-trien-doan-vien"
)
RELATED_BOXES = ("div.article-detail-similar", "div.box-nen-xem", "div.article-detail-other")


def seed1_with_boxes_inside_body(middle: bool) -> bytes:
    """Seed 1's page with its related-news boxes moved INSIDE the body container."""
    import lxml.html
    from lxml.cssselect import CSSSelector

    tree = lxml.html.document_fromstring(SEED1.with_suffix(".html").read_bytes())
    body = CSSSelector("div.__MASTERCMS_CONTENT")(tree)[0]
    paragraphs = [p for p in body.iter("p")]
    for selector in RELATED_BOXES:
        box = CSSSelector(selector)(tree)[0]
        box.getparent().remove(box)
        if middle:
            paragraphs[len(paragraphs) // 2].addnext(box)
        else:
            body.append(box)
    return lxml.html.tostring(tree, encoding="utf-8")


@pytest.mark.parametrize("middle", [False, True], ids=["at-the-end", "in-the-middle"])
def test_related_boxes_inside_the_body_container_are_removed(middle):
    import json

    fixture = json.loads(SEED1.with_suffix(".json").read_text(encoding="utf-8"))
    html = seed1_with_boxes_inside_body(middle)
    record = extract_article(html, fixture["url"], described_sites()["laodongthudo_vn"])
    assert record["body"].split("\n\n") == fixture["body_paragraphs"]


def test_generic_path_on_seed1_keeps_no_related_headlines():
    import json

    fixture = json.loads(SEED1.with_suffix(".json").read_text(encoding="utf-8"))
    record = extract_article(seed1_with_boxes_inside_body(False), fixture["url"], None)
    for paragraph in fixture["body_paragraphs"]:
        assert paragraph in record["body"]
    for leaked in ("Tin khác", "Nên xem", "Ấm áp chợ Tết Công đoàn", "Khởi tố Tiktoker"):
        assert leaked not in record["body"]


def test_old_layout_on_a_new_page_warns():
    import json

    path = Path(__file__).parent / "sites" / "nld_com_vn" / "2021-04-28_doi-thoai-cong-nhan"
    fixture = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    html = path.with_suffix(".html").read_text(encoding="utf-8")
    site = described_sites()["nld_com_vn"]
    assert extract_article(html, fixture["url"], site)["warnings"] == []
    newer = html.replace("2021-04-28T07:30:00+07:00", "2026-04-28T07:30:00+07:00")
    assert (
        "layout nld-2023 is dated until 2024-12-31"
        in extract_article(newer, fixture["url"], site)["warnings"]
    )


@pytest.mark.parametrize(
    ("description", "lead"),
    [
        ("Sáng 5/8, Công đoàn Công ty trao 120 suất học bổng cho con đoàn viên […]", None),
        ("Sáng 5/8, Công đoàn Công ty trao 120 suất học bổng...", None),
        (
            "Công đoàn tiếp sức con đoàn viên đến trường.",
            "Công đoàn tiếp sức con đoàn viên đến trường.",
        ),
    ],
)
def test_a_description_that_cuts_the_first_paragraph_short_is_no_lead(description, lead):
    first = (
        "Sáng 5/8, Công đoàn Công ty trao 120 suất học bổng cho con đoàn viên"
        " có thành tích học tập tốt."
    )
    html = (
        f'<html><head><meta name="description" content="{description}"></head><body>'
        f"<h1>Trao học bổng cho con đoàn viên</h1><article><p>{first}</p>"
        + "<p>Đoạn hai của bài viết về học bổng, đủ dài để là nội dung thật của bài báo.</p>" * 4
        + "</article></body></html>"
    )
    record = extract_article(html, "https://congdoan.example.vn/trao-hoc-bong-con-doan-vien.html")
    assert record["lead"] == lead
    assert record["body"].startswith(first)


def test_a_date_inside_a_sentence_under_the_headline_is_not_the_publication_date():
    html = (
        "<html><body><h1>Kiến nghị điều chỉnh lương tối thiểu vùng</h1>"
        "<p>Liên đoàn Lao động TP HCM kiến nghị điều chỉnh lương tối thiểu vùng từ ngày"
        " 1-1-2027 để bù đắp mức trượt giá và bảo đảm đời sống người lao động.</p></body></html>"
    )
    record = extract_article(html, "https://congdoan.example.vn/kien-nghi-luong-toi-thieu.html")
    assert record["published_at"] is None and "no date" in record["warnings"]


def test_a_dateline_under_the_headline_is_the_publication_date():
    html = (
        "<html><body><h1>Kiến nghị điều chỉnh lương tối thiểu vùng</h1>"
        "<div class='meta'><span>Ngày đăng:</span> <span>22/07/2021</span></div>"
        "<p>Liên đoàn Lao động kiến nghị điều chỉnh lương từ ngày 1-1-2027.</p></body></html>"
    )
    record = extract_article(html, "https://congdoan.example.vn/kien-nghi-luong-toi-thieu.html")
    assert record["published_at"] == "2021-07-22"


def test_undecodable_bytes_are_a_warning():
    # Bytes a wrong charset could not decode come out as U+FFFD replacement characters.
    html = "<html><body><h1>C\ufffdng \ufffdo\ufffdn</h1><p>Lao \ufffd\ufffdng</p></body></html>"
    record = extract_article(html, "https://congdoan.example.vn/bai-viet-1.html")
    assert "undecodable characters (wrong charset?)" in record["warnings"]
