"""CMS-family layouts: their markers, the order layouts are tried in, and each family at work."""

import json
import unicodedata
from pathlib import Path

import pytest

from crawler.cli import described_sites
from crawler.extraction import extract_article, parse_html, pick_layout
from crawler.extraction.dom import as_tuple, compile_selector
from crawler.families import FAMILIES, LAODONG, MASTERCMS, PORTAL, VCCORP, WORDPRESS
from crawler.site import Layout, Site
from crawler.spider import ArticleJudge, FetchedPage

REAL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real"
GENERIC = Path(__file__).parent / "sites" / "generic"
needs_real = pytest.mark.skipif(not REAL.exists(), reason="../shared/fixtures/real is absent")
TEXT = (
    "Liên đoàn Lao động quận đã tuyên truyền, vận động thành lập 8 Công đoàn cơ sở, kết nạp "
    "thêm 470 đoàn viên và tổ chức tập huấn Bộ luật Lao động cho 215 cán bộ công đoàn."
)
MORE = (
    "Thời gian tới, công đoàn sẽ phối hợp với Bảo hiểm xã hội và Chi cục Thuế đẩy mạnh phát "
    "triển đoàn viên tại các doanh nghiệp ngoài nhà nước trên địa bàn."
)


def page(body: str, head: str = "") -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


MASTERCMS_PAGE = page(
    "<h1 class='post-title'>Công đoàn quận nỗ lực phát triển đoàn viên</h1>"
    "<div class='meta'><span class='format_time'>09:00</span> | "
    "<span class='format_date'>10/03/2021</span></div>"
    "<div class='post-content __MASTERCMS_CONTENT'>"
    "<table class='__MB_ARTICLE_A'><tr><td><a href='/a-1.html'><img src='/t.jpg'></a></td>"
    "<td><a href='/a-1.html'>Tin liên quan trong bảng</a></td></tr></table>"
    "<table class='MASTERCMS_TPL_TABLE'><tr><td><img src='/stores/anh.jpg'></td></tr>"
    "<tr><td>Chú thích dưới ảnh</td></tr></table>"
    f"<p>{TEXT}</p><p>{MORE}</p><p>Theo Laodongthudo</p></div>"
    "<div class='list'><span class='format_time'>20:53</span> "
    "<span class='format_date'>23/01/2025</span></div>"
)
VCCORP_PAGE = page(
    "<h1 class='detail-title' data-role='title'>Công đoàn đưa công nhân về quê đón Tết</h1>"
    "<div class='detail-author'><p class='name' data-role='author'>Minh Anh</p></div>"
    "<div class='detail-content' data-role='content'>"
    f"<p>{TEXT}</p>"
    "<div class='VCSortableInPreviewMode' type='RelatedNewsBox'><ul><li>"
    "<a href='/b-196.htm'>Tin trong hộp liên quan</a></li></ul></div>"
    "<figure class='VCSortableInPreviewMode' type='Photo'><img src='/p.jpg'>"
    "<figcaption class='PhotoCMS_Caption'>Chú thích ảnh</figcaption></figure>"
    f"<p>{MORE}</p></div>"
)
WORDPRESS_PAGE = page(
    "<article><h1 class='entry-title'>Trao học bổng cho con đoàn viên</h1>"
    "<time class='entry-date published' datetime='2024-08-05T10:30:00+07:00'>05/08/2024</time>"
    f"<div class='entry-content'><p>{TEXT}</p>"
    "<div class='wp-caption'><img src='/wp-content/uploads/a.jpg'>"
    "<p class='wp-caption-text'>Chú thích ảnh</p></div>"
    f"<p>{MORE}</p>"
    "<div id='jp-relatedposts' class='jp-relatedposts'><a href='/c/'>Bài liên quan</a></div>"
    "<div class='sharedaddy'><h3>Chia sẻ:</h3><a href='#'>Facebook</a></div></div></article>",
    head="<link rel='stylesheet' href='/wp-content/themes/x/style.css'>",
)
PORTAL_PAGE = page(
    "<div class='menu'><a href='/'>Trang chủ</a> | <a href='/gioi-thieu'>Giới thiệu</a></div>"
    "<table><tr><td class='left'><a href='/a'>Hoạt động</a><a href='/b'>Văn bản</a></td><td>"
    "<div class='path'><a href='/'>Trang chủ</a> » <a href='/tin-tuc'>Tin tức</a> » "
    "<a href='/tin-tuc/cong-doan'>Hoạt động Công đoàn</a></div>"
    "<table class='detail'><tr><td><h2>Công đoàn quận chú trọng phát triển đoàn viên</h2></td></tr>"
    "<tr><td><b>Ngày đăng:</b> 22/07/2021</td></tr>"
    f"<tr><td><div>{TEXT}</div><p>{MORE}</p><p>Theo Laodongthudo</p></td></tr>"
    "<tr><td><ul><li>Chia sẻ trên <a href='#'><img src='/fb.gif'></a></li></ul></td></tr>"
    "<tr><td><b>Xem nhiều nhất:</b><div><a href='/x'>Tin xem nhiều</a></div></td></tr>"
    "</table></td></tr></table>"
)


def layout_name(html: str, site: Site | None = None) -> str | None:
    layout = pick_layout(site, parse_html(html))
    return layout.name if layout else None


@pytest.mark.parametrize(
    ("html", "family"),
    [
        (MASTERCMS_PAGE, "mastercms"),
        (VCCORP_PAGE, "vccorp"),
        (WORDPRESS_PAGE, "wordpress"),
        (PORTAL_PAGE, "portal"),
    ],
)
def test_markers_detect_the_family(html, family):
    assert layout_name(html) == family


@pytest.mark.parametrize(
    "html",
    [
        # div.detail-content alone (tuoitre.vn, 2015) is no VCCorp page.
        page(f"<h1>Tiêu đề bài báo</h1><div class='detail-content'><p>{TEXT}</p></div>"),
        # entry-content without any WordPress trace.
        page(f"<h1>Tiêu đề bài báo</h1><div class='entry-content'><p>{TEXT}</p></div>"),
        # "Ngày đăng" inside a sentence is no dateline, nor a form's "Ngày đăng ký".
        page(f"<h1>Tiêu đề bài báo</h1><p>Ngày đăng ký cuối cùng là 22/07/2021. {TEXT}</p>"),
        page(f"<h1>Tiêu đề bài báo</h1><label>Ngày đăng ký: 22/07/2021</label><p>{TEXT}</p>"),
    ],
)
def test_no_family_without_its_markers(html):
    assert layout_name(html) is None


def test_every_family_selector_compiles():
    for layout in FAMILIES:
        selectors = [layout.body, layout.match, *layout.fields.values(), *layout.prune]
        for selector in (s for group in selectors for s in as_tuple(group)):
            compile_selector(selector)


def example_site(*layouts: Layout) -> Site:
    return Site(
        slug="example_vn",
        name="Ví Dụ",
        organisation="LĐLĐ",
        base_url="https://example.vn",
        description="",
        start_paths=("/cong-doan",),
        article_url=r"-\d+\.html$",
        listing_links=("h2 a::attr(href)",),
        layouts=layouts,
    )


OWN = Layout(name="own-2024", body="div.own-body")


def test_the_site_layouts_come_before_the_families():
    html = MASTERCMS_PAGE.replace("<h1 ", f"<div class='own-body'><p>{TEXT}</p></div><h1 ", 1)
    record = extract_article(html, "https://example.vn/a-1.html", example_site(OWN))
    assert record["layout"] == "own-2024"
    assert not [w for w in record["warnings"] if w.startswith("no layout")]


def test_a_described_site_whose_layouts_miss_falls_to_its_family_and_warns():
    record = extract_article(MASTERCMS_PAGE, "https://example.vn/a-1.html", example_site(OWN))
    assert record["layout"] == "mastercms"
    assert record["site"] == "example_vn"
    assert "no layout of example_vn matched: site changed?" in record["warnings"]


def test_then_to_the_generic_path_still_warning():
    html = page(f"<h1>Tiêu đề bài báo về công đoàn</h1><article><p>{TEXT}</p><p>{MORE}</p>")
    record = extract_article(html, "https://example.vn/a-1.html", example_site(OWN))
    assert record["layout"] == "generic"
    assert "no layout of example_vn matched: site changed?" in record["warnings"]


def test_an_undescribed_page_gets_its_family_without_a_site_warning():
    record = extract_article(MASTERCMS_PAGE, "https://example.vn/a-1.html", None)
    assert (record["site"], record["layout"]) == ("generic", "mastercms")
    assert not [w for w in record["warnings"] if w.startswith("no layout")]


def test_laodongthudo_in_another_mastercms_theme_says_so():
    path = GENERIC / "2022-07-18_mastercms-hoai-duc-phat-trien-doan-vien"
    fixture = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    site = described_sites()["laodongthudo_vn"]
    record = extract_article(path.with_suffix(".html").read_bytes(), fixture["url"], site)
    assert record["layout"] == "mastercms"
    assert "no layout of laodongthudo_vn matched: site changed?" in record["warnings"]
    assert record["body"].split("\n\n") == fixture["body_paragraphs"]


def test_a_family_whose_body_is_empty_leaves_the_page_to_the_generic_path():
    html = page(
        "<h1>Tiêu đề bài báo về công đoàn</h1><div class='__MASTERCMS_CONTENT'></div>"
        f"<article><p>{TEXT}</p><p>{MORE}</p></article>"
    )
    record = extract_article(html, "https://example.vn/a-1.html", None)
    assert record["layout"] == "generic"
    assert TEXT in record["body"]


def test_mastercms_page():
    record = extract_article(MASTERCMS_PAGE, "https://example.vn/a-1.html", None)
    assert record["title"] == "Công đoàn quận nỗ lực phát triển đoàn viên"
    assert record["body"].split("\n\n") == [TEXT, MORE]
    # The dateline above the body, its time in a node of its own; not the list's below.
    assert record["published_at"] == "2021-03-10T09:00:00+07:00"
    assert record["images"] == [
        {"url": "https://example.vn/stores/anh.jpg", "caption": "Chú thích dưới ảnh"}
    ]
    assert record["source"] == "Laodongthudo"


def test_vccorp_page():
    record = extract_article(VCCORP_PAGE, "https://example.vn/b-196.htm", None)
    assert record["title"] == "Công đoàn đưa công nhân về quê đón Tết"
    assert record["author"] == "Minh Anh"
    assert record["body"].split("\n\n") == [TEXT, MORE]
    assert record["images"] == [{"url": "https://example.vn/p.jpg", "caption": "Chú thích ảnh"}]


def test_wordpress_page():
    record = extract_article(WORDPRESS_PAGE, "https://example.vn/hoc-bong/", None)
    assert record["title"] == "Trao học bổng cho con đoàn viên"
    assert record["published_at"] == "2024-08-05T10:30:00+07:00"
    assert record["body"].split("\n\n") == [TEXT, MORE]
    assert record["images"] == [
        {"url": "https://example.vn/wp-content/uploads/a.jpg", "caption": "Chú thích ảnh"}
    ]


def test_portal_page():
    record = extract_article(PORTAL_PAGE, "https://example.vn/tin-tuc/a-1.html", None)
    assert record["title"] == "Công đoàn quận chú trọng phát triển đoàn viên"
    assert (record["published_at"], record["published_raw"]) == (
        "2021-07-22",
        "Ngày đăng: 22/07/2021",
    )
    assert record["body"].split("\n\n") == [TEXT, MORE]
    assert record["source"] == "Laodongthudo"
    # The trail found by its shape (no breadcrumb class); not the "|" menu above it.
    assert record["category"] == "Hoạt động Công đoàn"
    # The text ends at the share row: its icons and the most-read list stay out.
    assert record["images"] == []


def test_a_portal_page_in_decomposed_unicode():
    html = unicodedata.normalize("NFD", PORTAL_PAGE)
    record = extract_article(html, "https://example.vn/tin-tuc/a-1.html", None)
    assert record["layout"] == "portal"
    assert record["category"] == "Hoạt động Công đoàn"
    assert record["body"].split("\n\n") == [TEXT, MORE]


def test_a_share_bar_under_the_portal_dateline_does_not_end_the_text():
    html = PORTAL_PAGE.replace(
        "<tr><td><b>Ngày đăng:</b> 22/07/2021</td></tr>",
        "<tr><td><b>Ngày đăng:</b> 22/07/2021</td></tr><tr><td>Chia sẻ</td></tr>",
    )
    record = extract_article(html, "https://example.vn/tin-tuc/a-1.html", None)
    assert record["body"].split("\n\n") == [TEXT, MORE]


def test_a_long_sapo_under_the_portal_dateline_is_not_the_whole_text():
    html = page(
        "<div class='news'><div class='head'><h1>Công đoàn quận chú trọng phát triển đoàn viên</h1>"
        f"<p class='date'>Ngày đăng: 22/07/2021</p><p class='sapo'>{MORE} {TEXT}</p></div>"
        f"<div class='content'><p>{TEXT}</p><p>{TEXT[:90]}.</p></div></div>"
    )
    record = extract_article(html, "https://example.vn/tin-tuc/a-1.html", None)
    assert record["layout"] == "portal"
    assert record["body"].split("\n\n") == [f"{MORE} {TEXT}", TEXT, TEXT[:90] + "."]


def test_every_family_is_exercised_by_a_saved_page():
    seen = set()
    for path in GENERIC.glob("*.json"):
        fixture = json.loads(path.read_text(encoding="utf-8"))
        html = path.with_suffix(".html").read_bytes()
        seen.add(extract_article(html, fixture["url"], None)["layout"])
    assert {f.name for f in FAMILIES} <= seen


def test_family_names_and_order():
    assert FAMILIES == (MASTERCMS, VCCORP, LAODONG, WORDPRESS, PORTAL)
    assert [f.name for f in FAMILIES] == ["mastercms", "vccorp", "laodong", "wordpress", "portal"]


NLD_URL = (
    "https://nld.com.vn/nhung-sai-sot-ho-kinh-doanh-thuong-gap-khi-thuc-hien-quy-dinh-moi-ve-thue"
    "-196260307071308923.htm"
)
CAFEBIZ_URL = (
    "https://cafebiz.vn/cha-de-phan-mem-quoc-dan-viet-nam-unikey-lo-dien-roi-bo-vi-tri-giam-doc"
    "-zalo-ai-sau-8-nam-gan-bo-va-dau-quan-sang-momo-20220120123728536.chn"
)


@needs_real
def test_real_nld_page_without_its_spider():
    record = extract_article((REAL / "nld_article.html").read_bytes(), NLD_URL, None)
    assert record["layout"] == "vccorp"
    assert record["author"] == "Minh Chiến"
    assert "Hộ kinh doanh phải kê khai tất cả tài khoản" not in record["body"]
    assert "Trước khi tính thuế, hộ kinh doanh, cá nhân được trừ" in record["body"]
    assert [i["caption"][:22] for i in record["images"]] == [
        "Chuyên gia về thuế đã ",
        "TS Nguyễn Hồng Trang, ",
    ]


@needs_real
def test_real_cafebiz_page_another_vccorp_template():
    html = (REAL / "dev" / "cafebiz_article_1.html").read_bytes()
    record = extract_article(html, CAFEBIZ_URL, None)
    assert record["layout"] == "vccorp"
    assert record["title"].startswith('Cha đẻ "phần mềm quốc dân Việt Nam" Unikey lộ diện')
    assert record["author"] == "Bảo Bảo"
    assert record["source"] == "Doanh nghiệp và Tiếp thị"
    body = record["body"]
    assert body.startswith("Bến đỗ mới của cha đẻ bộ gõ tiếng Việt Unikey")
    # The editor's [type=link] headline and the hidden copy of the page's URL.
    assert "Vũ Minh Trí" not in body
    assert "https://" not in body
    assert len(record["images"]) == 2


def test_a_portal_listing_read_by_the_family_is_still_judged_a_listing():
    items = "".join(
        f"<div class='item'><a href='/tin-tuc/tin-so-{n}-12{n:02d}.html'>Tin hoạt động công đoàn"
        f" số {n} của quận</a><span>Ngày đăng: {n + 1:02d}/07/2021</span>"
        f"<p>{TEXT[:120]}</p></div>"
        for n in range(10)
    )
    html = page(f"<h2>Hoạt động Công đoàn của quận</h2>{items}")
    url = "https://example.vn/tin-tuc/hoat-dong-cong-doan-1000.html"
    judge = ArticleJudge(None, "generic", lambda u: u.endswith(".html"))
    fetched = FetchedPage(url, 200, {"Content-Type": "text/html"}, html.encode(), [], "")
    assert extract_article(html, url, None)["layout"] == "portal"
    assert judge.judge_page(fetched).reason == "listing_page"


def test_a_wholly_bold_first_paragraph_under_the_portal_dateline_is_the_lead():
    html = PORTAL_PAGE.replace(f"<div>{TEXT}</div>", f"<p><strong>{TEXT}</strong></p>")
    record = extract_article(html, "https://example.vn/tin-tuc/a-1.html", None)
    assert record["lead"] == TEXT
    assert record["body"].split("\n\n") == [MORE]


def test_a_partly_bold_first_paragraph_is_text_not_a_lead():
    opening, rest = TEXT.split(" ", 1)
    html = PORTAL_PAGE.replace(f"<div>{TEXT}</div>", f"<p><b>{opening}</b> {rest}</p>")
    record = extract_article(html, "https://example.vn/tin-tuc/a-1.html", None)
    assert record["lead"] is None
    assert record["body"].split("\n\n") == [TEXT, MORE]


def test_a_view_counter_by_the_portal_dateline_is_not_text():
    html = PORTAL_PAGE.replace(
        "<tr><td><b>Ngày đăng:</b> 22/07/2021</td></tr>",
        "<tr><td><span><b>Ngày đăng:</b> 22/07/2021</span> <span>Lượt xem: 1.024</span></td></tr>",
    )
    record = extract_article(html, "https://example.vn/tin-tuc/a-1.html", None)
    assert record["published_raw"] == "Ngày đăng: 22/07/2021"
    assert record["body"].split("\n\n") == [TEXT, MORE]
