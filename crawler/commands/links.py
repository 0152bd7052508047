"""`congdoan links`: what a crawl would follow from a listing page, as one JSON object."""

from __future__ import annotations

import argparse
import json
import sys

from ..listing import listing_links
from .common import check_page_url, page_site, read_html, spider_loader

NAME = "links"


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        NAME, help="print the article links and the next page a crawl follows from a listing"
    )
    parser.add_argument("page", help="a saved listing page, or - for standard input")
    parser.add_argument("--url", required=True, help="the URL the page was fetched from")
    parser.add_argument(
        "--site", help="site slug (default: found from the URL; 'generic' for the generic rules)"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    check_page_url(args.url)
    html = read_html(args.page)
    site = page_site(args.site, args.url)
    links = spider_links(site.slug, html, args.url) if site else listing_links(html, args.url)
    json.dump(links, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def spider_links(slug: str, html: bytes, url: str) -> dict:
    """A described site's links, read by its own spider (which may derive its next page,
    as nld.com.vn's does from the section's zone id)."""
    from scrapy.http import HtmlResponse, Request

    spider = spider_loader().load(slug)()
    response = HtmlResponse(url=url, body=html, request=Request(url))
    return {
        "articles": spider.listing_article_links(response),
        "next_page": spider.next_page(response),
    }
