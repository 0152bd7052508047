"""check_site: a site's listing and article selectors against fetched pages."""

import json
from pathlib import Path

from crawler.cli import spider_loader
from crawler.livecheck import check_site, format_check

SITES = Path(__file__).parent / "sites"


def saved_pages(slug: str) -> dict[str, bytes]:
    """The saved listing page and the first article it links to, by URL."""
    listing = next((SITES / slug).glob("listing_*.json"))
    fixture = json.loads(listing.read_text(encoding="utf-8"))
    article = next(p for p in (SITES / slug).glob("2*.html"))
    return {
        "listing": listing.with_suffix(".html").read_bytes(),
        "article": article.read_bytes(),
        "url": fixture["url"],
    }


def test_check_site_on_saved_pages():
    pages = saved_pages("nld_com_vn")
    spider = spider_loader().load("nld_com_vn")()

    def fetch(url: str) -> bytes:
        return pages["listing"] if url.endswith("cong-doan-cong-nhan.htm") else pages["article"]

    check = check_site(spider, fetch)
    assert len(check.article_links) >= 10
    assert check.next_page.endswith("/2.htm")
    assert check.problems == []
    report = "\n".join(format_check(check))
    assert "vccorp-2024 (chosen)" in report or "nld-2023 (chosen)" in report
