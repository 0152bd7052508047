"""`congdoan check-live`: does a site's description still fit its live pages?"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from scrapy.http import HtmlResponse, Request

from .fixtures import selector_report

Fetch = Callable[[str], bytes]


@dataclass
class SiteCheck:
    """What one site's start page and first article showed."""

    slug: str
    listing_url: str
    article_links: list[str] = field(default_factory=list)
    next_page: str | None = None
    article_url: str | None = None
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def as_response(url: str, body: bytes) -> HtmlResponse:
    """A Scrapy response for fetched bytes, so the spider's own listing code reads them."""
    return HtmlResponse(url=url, body=body, request=Request(url))


def check_site(spider, fetch: Fetch) -> SiteCheck:
    """Fetch the site's first section and its first article; report what the description finds.

    :param spider: an instance of the site's spider (its ``root_url`` may point at a mirror)
    :param fetch: URL -> page bytes (raises OSError when the page can't be had)
    """
    listing_url = spider.site.start_urls(spider.root_url)[0]
    check = SiteCheck(spider.site.slug, listing_url)
    listing = as_response(listing_url, fetch(listing_url))
    check.article_links = spider.listing_article_links(listing)
    check.next_page = spider.next_page(listing)
    if not check.article_links:
        check.problems.append(f"no article links on {listing_url}: check listing_links")
        return check
    if spider.site.next_page and not check.next_page:
        check.problems.append(f"no next page on {listing_url}: check next_page")
    check.article_url = check.article_links[0]
    check.rows = selector_report(fetch(check.article_url), spider.site)
    if not any(layout.endswith("(chosen)") for layout, *_ in check.rows):
        check.problems.append(f"no layout matches {check.article_url}: describe a new one")
    return check


def format_check(check: SiteCheck) -> list[str]:
    """The report of one site, as printed lines."""
    lines = [
        f"== {check.slug}",
        f"listing  {check.listing_url}: {len(check.article_links)} article links,"
        f" next page {check.next_page or 'none'}",
    ]
    if check.article_url:
        lines.append(f"article  {check.article_url}")
    lines += [f"  {lay:26} {fld:10} {sel[:48]:48} {val}" for lay, fld, sel, val in check.rows]
    lines += [f"PROBLEM  {p}" for p in check.problems]
    return lines
