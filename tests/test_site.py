"""The site vocabulary, and the site table in the README against the spiders."""

from pathlib import Path

import pytest

from crawler.site import Layout, Site

README = Path(__file__).parents[1] / "README.md"


def make_site(**overrides) -> Site:
    values = dict(
        slug="example_vn",
        name="Ví Dụ",
        organisation="LĐLĐ",
        base_url="https://example.vn",
        description="",
        start_paths=("/cong-doan",),
        article_url=r"/[a-z0-9-]+-\d+\.html$",
        listing_links=("h2 a::attr(href)",),
        layouts=(Layout(name="v1", body="div.body"),),
        exclude_urls=(r"/tag/",),
    )
    values.update(overrides)
    return Site(**values)


def test_article_urls_and_exclusions():
    site = make_site()
    assert site.is_article_url("https://example.vn/cong-doan-ha-noi-12345.html")
    assert not site.is_article_url("https://example.vn/tag/cong-doan-12345.html")
    assert not site.is_article_url("https://example.vn/cong-doan")


def test_start_urls_against_a_mirror():
    site = make_site()
    assert site.start_urls() == ["https://example.vn/cong-doan"]
    assert site.start_urls("http://127.0.0.1:8000") == ["http://127.0.0.1:8000/cong-doan"]


def test_bad_descriptions_fail_loudly():
    with pytest.raises(ValueError, match="unknown field"):
        Layout(name="v1", body="div", fields={"titel": "h1"})
    with pytest.raises(ValueError, match="no layout"):
        make_site(layouts=())
    with pytest.raises(ValueError, match="slug"):
        make_site(slug="example.vn")
