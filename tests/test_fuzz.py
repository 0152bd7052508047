"""No input crashes the extractor: mutated real pages, random bytes and hostile pages.

Every case is generated from a fixed seed, so a failure names a case that can be rebuilt
(`mutants()[i]`, "index:page:mutations") and replayed.
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from crawler.cli import described_sites
from crawler.extraction import FIELDS, extract_article

REAL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real"
# Bounded so the whole file runs in seconds; fuzz harder locally with, for example,
# FUZZ_SEED=7 FUZZ_MUTANTS=500 pytest tests/test_fuzz.py
SEED = int(os.environ.get("FUZZ_SEED", "20260601"))
MUTANTS = int(os.environ.get("FUZZ_MUTANTS", "36"))
RANDOM_BLOBS = int(os.environ.get("FUZZ_RANDOM_BLOBS", "24"))
# Mutated pages are cut to this size: the generic path's time grows with the page, and the
# crashes worth finding sit in the markup shapes, not in the length.
MAX_MUTANT_BYTES = 60_000
URL = "https://example.com/chuyen-muc/bai-viet-thu-nghiem-123456.html"
SITES = [None, *described_sites().values()]
SITE_IDS = ["generic", *(site.slug for site in SITES[1:])]

# JSON-LD in every shape seen on real pages, and worse.
ODD_JSONLD = [
    "",
    "null",
    "1",
    '"NewsArticle"',
    "true",
    "[]",
    "{}",
    "[[[[]]]]",
    '{"@graph": null}',
    '{"@graph": "x"}',
    '{"@graph": [1, "a", null, [{"@type": "NewsArticle", "headline": ["A", "B"]}]]}',
    '{"@type": ["NewsArticle", 5, null], "headline": 123, "datePublished": 20240101,'
    ' "author": [[{"name": ["A", ["B"]]}], "C", 7, null, {"@type": "Organization", "name": "X"}],'
    ' "publisher": "Pub", "keywords": [["a", 1], {"x": 1}], "description": {"@value": "D"}}',
    '{"@type": {"nested": "dict"}, "headline": {"name": {"name": "deep"}}}',
    '{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "H",'
    ' "author": {"@id": "#p"}}}',
    '{"@id": "#p", "@type": "Person", "name": "H\u00e0 Thu"}',
    '{"@type": "NewsArticle", "author": {"@id": ["#p"]}, "publisher": [[{"name": 5}]]}',
    '{"@type": "BreadcrumbList", "itemListElement": "x"}',
    '{"@type": "BreadcrumbList", "itemListElement": [[["x"]], {"item": 5},'
    ' {"item": {"name": null}}, {"item": ["a"]}, {"name": ["Trang ch\u1ee7", 2]}]}',
    '{"@type": "NewsArticle", "author": {"name": {"name": {"name": "x"}}}, "headline": NaN,'
    ' "datePublished": -Infinity, "dateModified": 1e999}',
    '{"@type": "NewsArticle", "headline": "NH&#7852;T &amp;#7897;",'
    ' "author": "&#x110;&#x1ED7; Trung"}',
    '{"@type": "NewsArticle", "headline": "A",}',
    '<!-- {"@type": "NewsArticle", "headline": "B"} -->',
    '{"a": "\x01\x02"}',
    "{{{{",
    "]",
    "[" * 5000 + "]" * 5000,
    '{"a":' * 3000,
    '{"@type": "NewsArticle"}{"@type": "Person", "name": "X"},{"@type": 7}',
    '{"@type": "NewsArticle", "headline": "' + "x" * 100_000 + '"}',
    '{"@context": "https://schema.org", "@graph": [' + ",".join(["{}"] * 5000) + "]}",
    '{"@type": "NewsArticle", "datePublished": "9999-99-99T99:99:99+99:99", "author": ""}',
    '{"n": ' + "9" * 5000 + "}",
]

# Attributes that selectors, image and date code read, with values nobody should write.
ODD_ATTRIBUTES = [
    'class="sapo __MASTERCMS_CONTENT detail-content breadcrumb author"',
    'itemprop="author"',
    'itemprop="articleBody"',
    'rel="tag category next author"',
    'src="javascript:alert(1)"',
    'src="http://[::1"',
    'data-src="//"',
    'data-original=""',
    'srcset=",,, 99999w, x 2x,"',
    'srcset="http://[::1 1x"',
    'href="http://%zz%"',
    'href="http://[::1/x"',
    'datetime="9999-99-99"',
    'datetime="2026-02-30T25:61:00+99:00"',
    'content="&amp;#99999999;"',
    'lang="_"',
    'lang=""',
    'style="display:none"',
    'colspan="999999999" rowspan="-1"',
    'width="²" height="¹²px"',
    'width="-1" height="1e9"',
    'property="og:title" content=""',
    'property="article:published_time" content="\u0000"',
    'title="' + "\u1ec7" * 2000 + '"',
]

TAG_SOUP = [
    "</div>",
    "</p></p></td></tr></table>",
    "<table><tr><td>",
    "<p>",
    "<h1>",
    "<h1></h1>",
    "<h2>Tin kh\u00e1c</h2>",
    "<script>",
    "<!--",
    "<![CDATA[",
    "<svg><foreignObject><p>",
    "<math><mi>",
    "<br/><br/><br/>",
    "<img>",
    "<figure><img src=''><figcaption>",
    "<ul><li><a href='/x-1.html'>",
    "<time datetime='x'>",
    '<script type="application/ld+json">',
    "</script>",
    "<noscript><p>",
    "<html><head><body>",
    "\x00",
    "&#0;&#xD800;&amp;&",
]


def real_pages() -> list[Path]:
    if not REAL.is_dir():
        return []
    return sorted(REAL.glob("*.html")) + sorted((REAL / "dev").glob("*.html"))


def _range(rng: random.Random, data: bytes, longest: int) -> tuple[int, int]:
    start = rng.randrange(len(data) + 1)
    return start, min(len(data), start + rng.randint(1, longest))


def _truncate(rng, data):
    return data[: rng.randrange(len(data) + 1)]


def _delete(rng, data):
    start, end = _range(rng, data, 4000)
    return data[:start] + data[end:]


def _duplicate(rng, data):
    start, end = _range(rng, data, 4000)
    at = rng.randrange(len(data) + 1)
    return data[:at] + data[start:end] + data[at:]


def _swap(rng, data):
    a, b = sorted((_range(rng, data, 3000), _range(rng, data, 3000)))
    if a[1] > b[0]:
        return data
    return data[: a[0]] + data[b[0] : b[1]] + data[a[1] : b[0]] + data[a[0] : a[1]] + data[b[1] :]


def _tag_soup(rng, data):
    for _ in range(rng.randint(1, 12)):
        at = rng.randrange(len(data) + 1)
        data = data[:at] + rng.choice(TAG_SOUP).encode() + data[at:]
    return data


_LD_SCRIPT = re.compile(rb"(<script[^>]*ld\+json[^>]*>)(.*?)(</script>)", re.S | re.I)


def _odd_jsonld(rng, data):
    def replace(match):
        return match.group(1) + rng.choice(ODD_JSONLD).encode() + match.group(3)

    data, replaced = _LD_SCRIPT.subn(replace, data)
    if not replaced:
        script = f'<script type="application/ld+json">{rng.choice(ODD_JSONLD)}</script>'
        data = data.replace(b"</head>", script.encode() + b"</head>", 1)
    return data


_TAG_START = re.compile(rb"<[a-zA-Z][a-zA-Z0-9]*")


def _odd_attributes(rng, data):
    starts = [m.end() for m in _TAG_START.finditer(data)]
    for at in sorted(rng.sample(starts, min(len(starts), 20)), reverse=True):
        data = data[:at] + b" " + rng.choice(ODD_ATTRIBUTES).encode() + data[at:]
    return data


def _flip_bytes(rng, data):
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 50)):
        if buffer:
            buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    return bytes(buffer)


MUTATIONS = [
    _truncate,
    _delete,
    _duplicate,
    _swap,
    _tag_soup,
    _odd_jsonld,
    _odd_attributes,
    _flip_bytes,
]


def _window(rng: random.Random, data: bytes) -> bytes:
    """The head of the page and a window of its body, at most MAX_MUTANT_BYTES."""
    if len(data) <= MAX_MUTANT_BYTES:
        return data
    head_end = data.find(b"</head>")
    head = data[: head_end + 7] if 0 < head_end < MAX_MUTANT_BYTES // 2 else b""
    room = MAX_MUTANT_BYTES - len(head)
    start = rng.randrange(len(head), len(data) - room + 1)
    return head + data[start : start + room]


def mutants() -> list[tuple[str, bytes]]:
    """(description, page) pairs: real pages with one to three random mutations each."""
    pages = real_pages()
    if not pages:
        return []
    rng = random.Random(SEED)
    cases = []
    for index in range(MUTANTS):
        path = pages[index % len(pages)]
        data = _window(rng, path.read_bytes())
        ops = rng.sample(MUTATIONS, rng.randint(1, 3))
        for op in ops:
            data = op(rng, data)
        cases.append((f"{index}:{path.name}:{'+'.join(op.__name__ for op in ops)}", data))
    return cases


def random_blobs() -> list[tuple[str, bytes]]:
    rng = random.Random(SEED + 1)
    cases = []
    for index in range(RANDOM_BLOBS):
        blob = rng.randbytes(rng.randint(0, 4000))
        if index % 3 == 1:
            blob = b"<html><head><meta charset='utf-8'></head><body>" + blob
        elif index % 3 == 2:
            # Random tags around random text: the parser, not the byte decoder, is exercised.
            blob = b"".join(
                rng.choice(TAG_SOUP).encode() + rng.randbytes(rng.randint(0, 40))
                for _ in range(rng.randint(1, 80))
            )
        cases.append((f"random:{index}", blob))
    return cases


def _page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _article(extra_head: str = "", body_extra: str = "") -> str:
    paragraph = "<p>Công đoàn cơ sở đã tổ chức hội nghị người lao động năm 2026.</p>"
    return _page(
        '<meta charset="utf-8"><title>Tiêu đề bài viết thử nghiệm</title>' + extra_head,
        "<h1>Tiêu đề bài viết thử nghiệm</h1>" + paragraph * 5 + body_extra,
    )


# "http://[::1" makes urllib raise ValueError ("Invalid IPv6 URL") in urljoin and urlsplit.
_BAD_URL_HEAD = (
    '<link rel="canonical" href="http://[::1"><meta property="og:url" content="http://[::1">'
    '<meta property="og:image" content="http://[::1/a.jpg"><link rel="next" href="http://[::1">'
)
_BAD_URL_BODY = (
    '<ul class="breadcrumbs"><li><a href="http://[::1">Thời sự</a></li><li>'
    '<a href="http://[::1/y">Công đoàn</a></li></ul><div class="author">'
    '<a href="http://[::1">Hà Thu</a></div>'
    '<figure><a href="http://[::1/x"><img src="a.jpg"></a><figcaption>Ảnh 1</figcaption></figure>'
    '<figure><img srcset="http://[::1 1x, http://[::1/b.jpg 2x"><figcaption>Ảnh 2</figcaption>'
    '</figure><p><a href="http://[::1"><img data-src="http://[::1/c.jpg"></a></p>'
    '<table><tr><td><img data-original="http://[::1/d.jpg"></td></tr><tr><td>Chú thích</td>'
    '</tr></table><p><a rel="tag" href="http://[::1">tag</a> <a rel="next" href="http://[::1">'
    "Trang sau</a> <a href='http://[::1/x-1.html'>Bài liên quan</a></p>"
)


def hostile_pages() -> list[tuple[str, str | bytes]]:
    ld = "".join(f'<script type="application/ld+json">{v}</script>' for v in ODD_JSONLD)
    return [
        ("empty str", ""),
        ("empty bytes", b""),
        ("whitespace", " \n\t "),
        ("xml declaration only", '<?xml version="1.0" encoding="utf-8"?>'),
        ("lone <", "<"),
        ("comment only", "<!-- -->"),
        ("deep div nesting", _page(body="<div>" * 5000 + "Công đoàn" + "</div>" * 5000)),
        ("deep inline nesting", _page(body="<b><i><span>" * 5000 + "đoàn viên")),
        ("deep unclosed p/table", _page(body="<table><tr><td><p>" * 2000)),
        ("deep list nesting", _page(body="<ul><li>" * 5000 + "x")),
        ("huge attribute", _article(body_extra=f'<div class="{"a" * 500_000}">x</div>')),
        ("huge title", _page(f"<title>{'Công đoàn ' * 5_000}</title>")),
        ("many paragraphs", _page(body="<p>Đoàn viên công đoàn.</p>" * 2000)),
        ("many h1", _page(body="<h1>Tiêu đề giống nhau ở đây</h1>" * 500)),
        ("null bytes", _article(body_extra="<p>a\x00b</p><img src='x\x00.jpg' alt='\x00'>")),
        ("null bytes raw", b"<html><body><p>\x00\x00\x00</p>\x00</body></html>"),
        ("lone surrogate", _article(body_extra="<p>\ud800 đoàn \udfff</p>")),
        ("control characters", _article(body_extra="<p>\x01\x02\x1b[31m\x7f</p>")),
        (
            "invalid utf-8 declared utf-8",
            b'<html><head><meta charset="utf-8"><title>\xff\xfe\xc3</title></head>'
            b"<body><h1>\xe1\xbb</h1><p>C\xc3\xb4ng \x80\x81 \xed\xa0\x80</p></body></html>",
        ),
        (
            "utf-8 declared windows-1258",
            '<html><head><meta charset="windows-1258"></head><body><h1>Công đoàn Việt Nam</h1>'
            "<p>Người lao động</p></body></html>".encode(),
        ),
        (
            "ascii declared utf-16",
            b'<html><head><meta charset="utf-16"></head><body><p>plain</p></body></html>',
        ),
        (
            "unknown charset",
            b'<html><head><meta charset="x-no-such-charset"></head><body><p>\xe1</p></body></html>',
        ),
        ("utf-16 BOM then utf-8", b"\xff\xfe" + _article().encode()),
        ("utf-8 BOM in str", "\ufeff" + _article()),
        ("xml declaration lies", '<?xml version="1.0" encoding="utf-16"?>' + _article()),
        ("every odd JSON-LD", _article(ld)),
        *(
            (f"JSON-LD #{i}", _article(f'<script type="application/ld+json">{v}</script>'))
            for i, v in enumerate(ODD_JSONLD)
        ),
        (
            "odd attributes",
            _article(body_extra="".join(f"<img {a}><a {a}>x</a>" for a in ODD_ATTRIBUTES)),
        ),
        ("odd meta", _article("".join(f"<meta {a}>" for a in ODD_ATTRIBUTES))),
        ("bad canonical", _article('<link rel="canonical" href="http://[::1">')),
        ("malformed URLs everywhere", _article(_BAD_URL_HEAD, _BAD_URL_BODY)),
        ("bad og:url", _article('<meta property="og:url" content="http://[::1/x">')),
        ("frameset", "<html><frameset><frame src='x'></frameset></html>"),
        ("script only", "<script>" + "var a = 1;" * 1000),
        ("svg root", "<svg xmlns='http://www.w3.org/2000/svg'><text>x</text></svg>"),
        (
            "entities",
            _article(body_extra="<p>" + "&#xD800;&#0;&#99999999;&amp;amp;#7897;" * 50 + "</p>"),
        ),
    ]


def _check(html, site, fetched_at=None, url=URL):
    record = extract_article(html, url, site, fetched_at=fetched_at)
    assert list(record) == list(FIELDS)
    assert isinstance(record["body"], str)
    assert isinstance(record["tags"], list) and isinstance(record["images"], list)
    assert isinstance(record["warnings"], list)
    for field in ("title", "lead", "author", "category", "source"):
        assert record[field] is None or isinstance(record[field], str), field
    json.dumps(record, ensure_ascii=False)


def _run_all(cases, site) -> list[str]:
    failures = []
    for name, html in cases:
        try:
            _check(html, site)
        except Exception as error:  # noqa: BLE001  (the test reports every crash, not the first)
            failures.append(f"{name}: {type(error).__name__}: {str(error)[:200]}")
    return failures


@pytest.mark.skipif(not real_pages(), reason="../shared/fixtures/real is absent")
@pytest.mark.parametrize("site", SITES, ids=SITE_IDS)
def test_mutated_real_pages(site):
    assert _run_all(mutants(), site) == []


@pytest.mark.parametrize("site", SITES, ids=SITE_IDS)
def test_random_bytes(site):
    assert _run_all(random_blobs(), site) == []


@pytest.mark.parametrize("site", SITES, ids=SITE_IDS)
def test_hostile_pages(site):
    assert _run_all(hostile_pages(), site) == []


ODD_FETCH_TIMES = [
    None,
    "",
    "garbage",
    "2026-13-45T99:00:00",
    "0001-01-01T00:00:00",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-12:00",
]


@pytest.mark.parametrize("url", ["", "not a url", "http://[::1", "https://example.com/%zz", "//x"])
@pytest.mark.parametrize("fetched_at", ODD_FETCH_TIMES)
def test_odd_url_and_fetch_time(url, fetched_at):
    # Relative datelines are resolved against the fetch time, at the ends of the calendar too.
    page = _article(
        '<link rel="canonical" href="/a.html">'
        '<meta property="article:published_time" content="2 giờ trước">',
        "<time datetime='hôm qua lúc 10:30'>3 ngày trước</time>",
    )
    _check(page.replace("</h1>", "</h1><p>2 giờ trước</p>"), None, fetched_at, url)


# Body containers of the described sites and CMS families, so every path walks the deep tree.
DEEP_CONTAINERS = [
    "",
    "detail-content",
    "__MASTERCMS_CONTENT",
    "content-news-detail",
    "entry-content",
]


# Every container on the generic path; on described sites, theirs and the MasterCMS one.
DEEP_CASES = [(None, c) for c in DEEP_CONTAINERS] + [
    (site, c) for site in SITES[1:] for c in DEEP_CONTAINERS[:3]
]
# Past Python's recursion limit; not much further, as trafilatura's time grows with the square
# of the depth (5000 levels: 2 s a page).
DEEP_TREE_LEVELS = sys.getrecursionlimit() + 100


@pytest.mark.parametrize(
    ("site", "container"),
    DEEP_CASES,
    ids=[f"{site.slug if site else 'generic'}-{c or 'body'}" for site, c in DEEP_CASES],
)
def test_tree_nested_past_the_recursion_limit(site, container):
    # The HTML parser stops nesting at 256 levels (the hostile pages above nest 5000 deep); a
    # tree built in code (extract_article takes a parsed tree too) goes deeper.
    html = _article().replace("<h1>", '<h1 class="article-detail-title">')
    root = lxml.html.document_fromstring(html)
    element = etree.SubElement(
        root.find("body"), "div", {"class": container, "data-role": "content"}
    )
    for _ in range(DEEP_TREE_LEVELS):
        element = etree.SubElement(element, "div")
    element.text = "Công đoàn cơ sở đã tổ chức hội nghị người lao động. " * 10
    _check(root, site)
