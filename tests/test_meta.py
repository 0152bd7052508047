"""Metadata from JSON-LD, OpenGraph and article:* tags."""

import lxml.html

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
