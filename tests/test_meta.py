"""Metadata from JSON-LD, OpenGraph and article:* tags."""

import json
from pathlib import Path

import lxml.html
import pytest

from crawler.extraction.dom import parse_html
from crawler.extraction.meta import read_metadata

PAGE = """<html lang="vi"><head>
<title>Tiêu đề trong thẻ title</title>
<link rel="canonical" href="/bai-viet-196260320091500123.htm">
<meta property="og:title" content="Tiêu đề rút gọn">
<meta name="description" content="(NLĐO)- Sa-pô bài viết">
<meta name="author" content="NLD.COM.VN">
<meta property="article:published_time" content="2026-03-20T09:15:00+07:00">
<meta property="article:section" content="Công đoàn">
<meta name="keywords" content="công đoàn, đoàn viên,công đoàn">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tiêu đề JSON-LD",
 "author": {"@type": "Person", "name": ""}, "dateModified": "2026-03-20T10:00:00+07:00"}</script>
<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": [
 {"@type": "ListItem", "position": 1, "item": {"@id": "/", "name": "Trang chủ"}},
 {"@type": "ListItem", "position": 2, "item": {"@id": "/lao-dong.htm", "name": "Lao động"}}]}
</script>
<script type="application/ld+json">{"broken": ,}</script>
</head><body></body></html>"""


def meta() -> dict:
    return read_metadata(lxml.html.document_fromstring(PAGE), "https://nld.com.vn/x")


def test_jsonld_headline_before_og_title():
    assert meta()["title"] == "Tiêu đề JSON-LD"


def test_outlet_names_are_not_authors():
    # nld.com.vn: meta author "NLD.COM.VN" and an empty JSON-LD author (research §3).
    assert meta()["author"] is None


def test_dates_section_canonical_language():
    m = meta()
    assert m["published"] == "2026-03-20T09:15:00+07:00"
    assert m["modified"] == "2026-03-20T10:00:00+07:00"
    assert m["category"] == "Công đoàn"
    assert m["canonical_url"] == "https://nld.com.vn/bai-viet-196260320091500123.htm"
    assert m["language"] == "vi"


def test_keywords_split_and_deduplicated():
    assert meta()["tags"] == ["công đoàn", "đoàn viên"]


def test_breadcrumb_when_no_section_meta():
    page = PAGE.replace('<meta property="article:section" content="Công đoàn">', "")
    m = read_metadata(lxml.html.document_fromstring(page), "https://nld.com.vn/x")
    assert m["category"] == "Lao động"


# --- JSON-LD in the shapes real pages use -------------------------------------------------

URL = "https://baomau.vn/thoi-su/bai-viet-123.html"
META_AUTHOR = '<meta name="author" content="Minh Anh">'


def page(*jsonld: str, head: str = "", body: str = "") -> str:
    scripts = "".join(f'<script type="application/ld+json">{block}</script>' for block in jsonld)
    return f"<html><head>{head}{scripts}</head><body>{body}</body></html>"


def read(html: str, url: str = URL) -> dict:
    return read_metadata(lxml.html.document_fromstring(html), url)


def article(**fields) -> str:
    return json.dumps({"@type": "NewsArticle", **fields}, ensure_ascii=False)


def test_graph_with_author_reference():
    # WordPress/Yoast: the article points at a Person node of the @graph by @id.
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": "https://baomau.vn/#webpage", "name": "Trang"},
            {
                "@type": "Article",
                "headline": "Hội nghị người lao động",
                "author": {"@id": "https://baomau.vn/#/schema/person/1"},
            },
            {"@type": "Person", "@id": "https://baomau.vn/#/schema/person/1", "name": "Hà Thu"},
        ],
    }
    m = read(page(json.dumps(graph, ensure_ascii=False)))
    assert (m["title"], m["author"]) == ("Hội nghị người lao động", "Hà Thu")


def test_top_level_array_and_type_list_with_schema_prefix():
    block = json.dumps(
        [
            {"@type": "Organization", "name": "Báo Mẫu"},
            {"@type": ["http://schema.org/NewsArticle", "Thing"], "headline": "Tin chính"},
        ],
        ensure_ascii=False,
    )
    assert read(page(block))["title"] == "Tin chính"


def test_main_entity_of_a_webpage():
    block = {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "Bài chính"}}
    assert read(page(json.dumps(block, ensure_ascii=False)))["title"] == "Bài chính"


def test_breadcrumb_items_in_lists_of_lists():
    # dantri.com.vn (2022): each ListItem sits in a list of its own.
    crumbs = [
        [{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "https://x.vn"}],
        [{"@type": "ListItem", "position": 2, "name": "Bất động sản", "item": "https://x.vn/b"}],
        [{"@type": "ListItem", "position": 3, "name": "Thị trường", "item": "https://x.vn/t"}],
    ]
    block = json.dumps({"@type": "BreadcrumbList", "itemListElement": crumbs}, ensure_ascii=False)
    assert read(page(block))["category"] == "Thị trường"


def test_breadcrumb_crumb_equal_to_headline_is_not_the_category():
    crumbs = [{"name": "Trang chủ"}, {"name": "Công đoàn"}, {"name": "Tin chính"}]
    block = json.dumps({"@type": "BreadcrumbList", "itemListElement": crumbs}, ensure_ascii=False)
    assert read(page(article(headline="Tin chính"), block))["category"] == "Công đoàn"


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Hà Thu", "Hà Thu"),
        ({"@type": "Person", "name": "Hà Thu"}, "Hà Thu"),
        ([{"@type": "Person", "name": "Hà Anh"}, {"name": "Minh Chiến"}], "Hà Anh, Minh Chiến"),
        (["Hà Anh", "Minh Chiến", "Hà Anh"], "Hà Anh, Minh Chiến"),
        ([[{"name": "Hà Anh"}], ["Minh Chiến"]], "Hà Anh, Minh Chiến"),
        # The real crash of issue 6: author.name was a list.
        ({"@type": "Person", "name": ["Hà Anh", "Minh Chiến"]}, "Hà Anh, Minh Chiến"),
        ({"@type": "Person"}, None),
        ({"@type": "Person", "name": ""}, None),
        ([None, 7, True, {"name": None}, "Hà Thu"], "Hà Thu"),
        ({"@type": "Person", "name": {"@value": "Hà Thu"}}, "Hà Thu"),
        # vneconomy.vn writes "Name" and a trailing dash.
        ({"@type": "Person", "Name": "Bình Minh - "}, "Bình Minh"),
        ("Thanh Chân - Anh Tú", "Thanh Chân, Anh Tú"),
        ({"@type": "Person", "name": "Hà Thu (tổng hợp)"}, "Hà Thu"),
    ],
)
def test_author_in_any_shape(author, expected):
    assert read(page(article(headline="Tin", author=author)))["author"] == expected


def test_organization_author_is_no_author():
    # vnexpress.net (2022, 2025): author {"@type": "Organization", "name": "VnExpress"}.
    author = {"@type": "Organization", "name": "Ban Thời sự"}
    m = read(page(article(headline="Tin", author=author), head=META_AUTHOR))
    assert m["author"] == "Minh Anh"


def test_organization_author_the_page_also_calls_a_person_is_kept():
    # bongdaplus.vn (2024) types its writers Organization and describes them as Person too.
    author = {"@type": "Organization", "name": "&#x110;&#x1ED7; Trung"}
    person = json.dumps({"@type": "Person", "name": "&#x110;&#x1ED7; Trung"})
    assert read(page(article(headline="Tin", author=author), person))["author"] == "Đỗ Trung"


@pytest.mark.parametrize(
    ("head", "url"),
    [
        ('<meta property="og:site_name" content="Báo điện tử Dân Trí">', URL),
        ("", "https://dantri.com.vn/xa-hoi/bai-viet-20221224200034706.htm"),
        ('<link rel="canonical" href="https://www.dantri.com.vn/a.htm">', URL),
    ],
)
def test_author_equal_to_the_site_is_no_author(head, url):
    # dantri.com.vn writes meta author "Dân Trí": the outlet, not a person.
    assert read(page(head=head + '<meta name="author" content="Dân Trí">'), url)["author"] is None


def test_author_equal_to_the_publisher_is_no_author():
    publisher = {"@type": "Organization", "name": "VnExpress"}
    block = article(headline="Tin", author="VNEXPRESS", publisher=publisher)
    assert read(page(block))["author"] is None
    assert "VnExpress" in read(page(block))["site_names"]


def test_byline_sources_in_order():
    dable = '<meta property="dable:author" content="Tác giả: Hoàng Lan">'
    url_author = '<meta property="article:author" content="https://www.facebook.com/baomau">'
    plain = '<meta name="author" content="Minh Anh">'
    assert read(page(head=dable + url_author + plain))["author"] == "Hoàng Lan"
    assert read(page(head=url_author + plain))["author"] == "Minh Anh"
    article_author = '<meta property="article:author" content="Phương Anh">'
    assert read(page(head=article_author + plain))["author"] == "Phương Anh"


def test_itemprop_author_microdata():
    body = (
        '<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="author" '
        'itemscope itemtype="https://schema.org/Person"><span itemprop="name">Lê Tuyết</span>'
        "</span></div>"
    )
    assert read(page(body=body))["author"] == "Lê Tuyết"
    assert read(page(body='<a itemprop="author" href="/tac-gia/x">Ngọc Ánh</a>'))["author"] == (
        "Ngọc Ánh"
    )


def test_character_references_in_every_text_field():
    # Real pages escape twice: the parser leaves "&#7852;" of "&amp;#7852;" as text, and JSON-LD
    # text is never decoded by the parser (cafebiz.vn 2022: "quốc d&#226;n").
    head = (
        '<meta property="og:title" content="NH&amp;#7852;T XU&#194;N">'
        '<meta name="description" content="Th&amp;#225;ng C&amp;ocirc;ng nh&amp;acirc;n">'
        '<meta name="author" content="Nguy&amp;#7877;n V&amp;#259;n A">'
        '<meta property="article:section" content="Th&amp;#7901;i s&amp;#7921;">'
        '<meta name="keywords" content="c&amp;amp;#244;ng &amp;#273;o&amp;#224;n,'
        ' lao &#273;&#7897;ng">'
    )
    m = read(page(head=head))
    assert m["title"] == "NHẬT XUÂN"
    assert m["lead"] == "Tháng Công nhân"
    assert m["author"] == "Nguyễn Văn A"
    assert m["category"] == "Thời sự"
    assert m["tags"] == ["công đoàn", "lao động"]
    ld = article(headline="Rời VNG, &quot;phần mềm quốc d&#226;n&quot;", author="&amp;#272;ức")
    m = read(page(ld))
    assert (m["title"], m["author"]) == ('Rời VNG, "phần mềm quốc dân"', "Đức")


@pytest.mark.parametrize(
    "raw",
    [
        '{"@type": "NewsArticle", "headline": "Tin sửa",}',
        '<!-- {"@type": "NewsArticle", "headline": "Tin sửa"} -->',
        '/*<![CDATA[*/{"@type": "NewsArticle", "headline": "Tin sửa"}/*]]>*/',
        '{"@type": "NewsArticle",\n "headline": "Tin\nsửa"\x01}',
        '{"@type": "NewsArticle", "author": [{"name": "A",},], "headline": "Tin sửa",}',
    ],
)
def test_invalid_json_is_repaired(raw):
    assert read(page(raw))["title"] == "Tin sửa"


def test_several_objects_in_one_block():
    raw = '{"@type": "Organization", "name": "Báo"}{"@type": "NewsArticle", "headline": "Tin B"}'
    assert read(page(raw))["title"] == "Tin B"
    assert read(page(raw.replace("}{", "},\n{")))["title"] == "Tin B"


def test_hopeless_json_is_skipped_and_the_rest_read():
    m = read(page("{{{{", "[" * 5000, article(headline="Tin C"), head=META_AUTHOR))
    assert (m["title"], m["author"]) == ("Tin C", "Minh Anh")


def test_numbers_and_lists_where_strings_are_expected():
    ld = article(
        headline=2024,
        datePublished=["2026-03-20T09:15:00+07:00"],
        description={"@value": "Sa-pô"},
        keywords=[["công đoàn", 1], {"x": 1}, "đoàn viên, công đoàn"],
        articleSection=["Lao động"],
    )
    m = read(page(ld))
    assert m["title"] == "2024"
    assert m["published"] == "2026-03-20T09:15:00+07:00"
    assert m["lead"] == "Sa-pô"
    assert m["tags"] == ["công đoàn", "1", "đoàn viên"]
    assert m["category"] == "Lao động"


def test_every_article_tag_meta_is_a_tag():
    head = "".join(f'<meta property="article:tag" content="{t}">' for t in ("Apple", "AR", "XR"))
    assert read(page(head=head))["tags"] == ["Apple", "AR", "XR"]


@pytest.mark.parametrize(
    "raw",
    [
        "null",
        "1",
        '"x"',
        "true",
        "[]",
        "{}",
        '{"@graph": null}',
        '{"@graph": "x"}',
        '{"@type": {"a": 1}}',
        '{"@type": "BreadcrumbList", "itemListElement": "x"}',
        '{"@type": "NewsArticle", "author": {"name": {"name": {"name": "x"}}}}',
    ],
)
def test_odd_shapes_give_empty_fields(raw):
    m = read(page(raw))
    assert m["title"] is None and m["category"] is None and m["tags"] == []


# --- Real pages (skipped when ../shared is absent) -----------------------------------------

REAL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real" / "dev"


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/fixtures/real is absent")
@pytest.mark.parametrize(
    ("name", "field", "expected"),
    [
        ("vnexpress_article_1.html", "author", "Đoàn Loan"),
        ("vnexpress_article_2.html", "author", None),  # Organization "VnExpress"
        ("vnexpress_article_3.html", "author", None),
        ("bongdaplus_article_1.html", "author", "Đỗ Trung"),
        ("dantri_article_1.html", "author", None),  # meta author "Dân Trí"
        ("dantri_article_4.html", "author", "Hà Phong"),
        ("dantri_article_4.html", "category", "Thị trường"),
        ("vneconomy_article_1.html", "author", "Bình Minh"),
        ("vietnamnet_article_1.html", "author", "Nguyễn Đắc Vịnh"),
        (
            "cafebiz_article_1.html",
            "title",
            'Rời VNG, cha đẻ "phần mềm quốc dân Việt Nam" Unikey giờ ra sao?',
        ),
        (
            "znews_article_1.html",
            "tags",
            ["Apple", "Vision Pro", "AR", "XR", "Kính", "Dự án", "Hủy bỏ"],
        ),
    ],
)
def test_real_pages(name, field, expected):
    tree = parse_html((REAL / name).read_bytes())
    assert read_metadata(tree, "https://example.com/x")[field] == expected
