"""The plugin's pure parts: stored text to escaped HTML, the month table, the search form."""

import json

import pytest
from markupsafe import Markup

from storage.datasette_plugin import present
from storage.datasette_plugin.dashboard import month_sequence, month_table
from storage.datasette_plugin.searching import (
    Form,
    facets,
    marked_html,
    month_range,
    read_form,
    total,
)


def test_paragraphs_are_the_lines_of_a_body():
    body = "Đoạn một.\n\nĐoạn hai.\n  \nĐoạn ba.\n"
    assert present.paragraphs(body) == ["Đoạn một.", "Đoạn hai.", "Đoạn ba."]
    assert present.paragraphs(None) == []


@pytest.mark.parametrize(
    "url, safe",
    [
        ("https://laodong.vn/a.ldo", True),
        ("HTTP://nld.com.vn/", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("/relative/path", False),
        ("https://", False),
        (None, False),
        (42, False),
    ],
)
def test_only_http_urls_become_links(url, safe):
    assert (present.web_url(url) is not None) is safe
    html = present.link(url, "xem")
    assert ("<a href=" in html) is safe


def test_json_lists_become_escaped_lists():
    html = present.json_cell(json.dumps(["Công đoàn", "<b>x</b>"], ensure_ascii=False))
    assert html == '<ul class="congdoan-list"><li>Công đoàn</li><li>&lt;b&gt;x&lt;/b&gt;</li></ul>'
    images = json.dumps([{"url": "https://a.vn/1.jpg", "caption": "Ảnh <1>"}])
    assert present.json_cell(images) == (
        '<ul class="congdoan-list"><li><a href="https://a.vn/1.jpg" '
        'rel="noopener noreferrer nofollow">Ảnh &lt;1&gt;</a></li></ul>'
    )
    pairs = present.json_cell('{"http_404": 2, "listing_page": 1}')
    assert "<li><span>http_404</span>: 2</li>" in pairs
    assert present.json_cell("[]") == present.json_cell("{}") == present.EMPTY


@pytest.mark.parametrize("value", [None, "", "not json", "3", '"text"'])
def test_what_is_not_a_json_list_or_object_is_left_to_datasette(value):
    assert present.json_cell(value) is None


def test_images_keep_captions_and_drop_unsafe_urls():
    value = json.dumps(
        [
            {"url": "https://a.vn/1.jpg", "caption": "Một"},
            {"url": "javascript:x", "caption": "Hai"},
            {"url": "javascript:x", "caption": ""},
            "https://a.vn/3.jpg",
        ]
    )
    assert present.images(value) == [
        {"url": "https://a.vn/1.jpg", "caption": "Một"},
        {"url": None, "caption": "Hai"},
        {"url": "https://a.vn/3.jpg", "caption": None},
    ]


def test_changed_fields_compare_versions():
    older = {"title": "A", "body": "x", "tags": '["a"]', "warnings": "[]"}
    newer = {"title": "B", "body": "x", "tags": '["a", "b"]', "warnings": '["w"]'}
    assert present.changed_fields(older, newer) == ["title", "tags"]


def test_months_are_written_the_vietnamese_way():
    assert present.month_label("2026-03") == "03/2026"
    assert present.month_label(None) == "no date"
    assert month_sequence("2026-02", 4) == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_month_table_counts_sites_by_month_with_gaps_earlier_and_undated():
    counts = [
        {"month": "2024-05", "site": "a", "n": 3},
        {"month": "2026-01", "site": "a", "n": 2},
        {"month": "2026-03", "site": "b", "n": 4},
        {"month": "", "site": "b", "n": 1},
    ]
    table = month_table(counts, {"a": "Site A", "b": "Site B"})
    labels = [column["label"] for column in table["columns"]]
    assert labels[0] == "earlier" and labels[-1] == "no date"
    assert labels[1:-1] == [f"{m:02d}/2025" for m in range(4, 13)] + [
        "01/2026",
        "02/2026",
        "03/2026",
    ]
    a, b = table["rows"]
    assert (a["name"], a["total"], b["total"]) == ("Site A", 5, 5)
    assert a["cells"][0]["n"] == 3 and a["cells"][-4]["n"] == 2 and a["cells"][-3]["n"] == 0
    assert b["cells"][-2] == {"n": 4, "heat": 100}
    assert [t["n"] for t in table["totals"]][-4:] == [2, 0, 4, 1]
    assert month_table([], {}) == {"columns": [], "rows": [], "totals": []}


def test_the_search_form_reads_filters_and_drops_bad_dates():
    form, problems = read_form(
        {"q": "  công   đoàn ", "site": "laodong_vn", "since": "2026-02-30", "until": "2026-03-31"}
    )
    assert form == Form(q="công đoàn", site="laodong_vn", until="2026-03-31")
    assert problems == ["since: '2026-02-30' is not a date (YYYY-MM-DD); ignored"]
    assert read_form({"page": "-3"})[0].page == 1
    assert read_form({"page": "4"})[0].page == 4


def test_form_links_keep_the_query_and_go_back_to_page_one():
    form = Form(q="đoàn viên", site="nld_com_vn", page=3)
    assert form.link(site=None) == "?q=%C4%91o%C3%A0n+vi%C3%AAn"
    assert form.link(page=4) == "?q=%C4%91o%C3%A0n+vi%C3%AAn&site=nld_com_vn&page=4"


def test_month_range_covers_the_whole_month():
    assert month_range("2024-02") == ("2024-02-01", "2024-02-29")
    assert month_range("2026-12") == ("2026-12-01", "2026-12-31")


def test_facets_count_sites_and_months_and_toggle():
    counts = [("a", "2026-03", 1), ("a", "2026-02", 1), ("b", "2026-03", 1), ("b", "", 1)]
    form = Form(q="x", site="b")
    found = facets(form, counts, {"a": "Site A", "b": "Site B"})
    assert [(f["label"], f["count"], f["selected"]) for f in found["site"]] == [
        ("Site A", 2, False),
        ("Site B", 2, True),
    ]
    assert found["site"][1]["link"] == "?q=x"  # a click on the chosen site removes it
    assert [(f["label"], f["count"]) for f in found["month"]] == [("03/2026", 1)]
    assert found["month"][0]["link"] == "?q=x&site=b&since=2026-03-01&until=2026-03-31"
    assert total(form, counts) == 2 and total(Form(q="x"), counts) == 4
    chosen = facets(Form(q="x", since="2026-03-01", until="2026-03-31"), counts, {})
    assert chosen["month"][0]["selected"] and chosen["month"][0]["link"] == "?q=x"


def test_marked_html_escapes_text_and_marks_only_matches():
    fragments = (("<b>Công ", False), ("đoàn", True), (" & viên", False))
    html = marked_html(fragments)
    assert isinstance(html, Markup)
    assert html == "&lt;b&gt;Công <mark>đoàn</mark> &amp; viên"
    assert marked_html((("<script>", True),)) == "<mark>&lt;script&gt;</mark>"
