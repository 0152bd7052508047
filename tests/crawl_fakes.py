"""Responses built from the sample mirror, and crawlers, for the crawl-side unit tests."""

from pathlib import Path

from scrapy.http import HtmlResponse, Request, Response, TextResponse
from scrapy.utils.test import get_crawler

from crawler.mirror import load_routes, resolve

MIRROR = Path(__file__).parent / "mirror"
BASE = "http://127.0.0.1:8999"


def make_response(url: str, body: bytes, status: int = 200, headers=None, meta=None) -> Response:
    """A response as Scrapy would hand it to a callback, typed by its Content-Type."""
    headers = dict(headers or {})
    content_type = headers.get("Content-Type", "")
    cls = Response
    if "html" in content_type:
        cls = HtmlResponse
    elif content_type.startswith(("text/", "application/rss", "application/xml")):
        cls = TextResponse
    request = Request(url, meta=dict(meta or {}))
    return cls(url=url, body=body, status=status, headers=headers, request=request)


def mirror_response(slug: str, target: str, cookie: str | None = None, meta=None) -> Response:
    """What the mirror of `slug` answers at `target` (path and query), with no server."""
    site_dir = MIRROR / slug
    reply = resolve(site_dir, load_routes(site_dir), target, cookie, BASE)
    return make_response(BASE + target, reply.body, reply.status, reply.headers, meta)


def make_crawler(spidercls, settings=None, **spider_kwargs):
    """A crawler with its spider created, as Scrapy sets them up before a crawl."""
    crawler = get_crawler(spidercls, settings)
    crawler.spider = crawler._create_spider(**spider_kwargs)
    return crawler
