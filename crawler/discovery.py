"""Finding the articles of a site nobody described: URL shapes, feed and sitemap links."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from scrapy.utils.sitemap import Sitemap

# Extensions article URLs end with on Vietnamese news sites: laodong.vn `.ldo`,
# congdoanvietnam.vn `.tld`, MasterCMS `.html`, VCCorp `.htm` (research/sites.md §1–§4).
ARTICLE_EXTENSIONS = ("", ".html", ".htm", ".ldo", ".tld", ".aspx", ".php", ".vnp")
# Files that are never articles.
STATIC_EXTENSIONS = frozenset(
    (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".css", ".js", ".json")
    + (".xml", ".rss", ".atom", ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx")
    + (".zip", ".rar", ".mp3", ".mp4", ".avi", ".txt")
)
# Path segments of pages that list articles rather than being one (tag, topic, search, author).
LISTING_SEGMENTS = frozenset(
    ("tag", "tags", "chu-de", "su-kien", "tim-kiem", "search", "category", "categories")
    + ("danh-muc", "chuyen-muc", "author", "tac-gia", "page", "trang", "login", "dang-nhap")
    + ("rss", "feed", "static", "assets", "media", "video", "videos")
)
# ".../<slug>-12345.html": a slug ending in a numeric id, the commonest article shape.
_SLUG_WITH_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+-\d{3,}$")
# ".../12345.html" or ".../news-12345": a bare id.
_BARE_ID = re.compile(r"^(?:[a-z]+-)?\d{4,}$")
# A slug of at least five words is a headline, even without an id (WordPress portals).
MIN_SLUG_WORDS = 5
_FEED_TYPES = ("application/rss+xml", "application/atom+xml")


def split_extension(segment: str) -> tuple[str, str]:
    stem, dot, ext = segment.rpartition(".")
    return (stem, f".{ext.lower()}") if dot and stem else (segment, "")


def looks_like_article_url(url: str) -> bool:
    """Whether `url` has the shape of a single article rather than a section, tag or file."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    segments = [s for s in parts.path.lower().split("/") if s]
    if not segments or any(s in LISTING_SEGMENTS for s in segments[:-1]):
        return False
    stem, ext = split_extension(segments[-1])
    if ext in STATIC_EXTENSIONS or ext not in ARTICLE_EXTENSIONS or stem in LISTING_SEGMENTS:
        return False
    if _SLUG_WITH_ID.match(stem) or _BARE_ID.match(stem):
        return True
    return stem.count("-") + 1 >= MIN_SLUG_WORDS


def site_of(url: str) -> str:
    """The host (with its port, if any) a URL is on, lowercase, without a leading www."""
    return urlsplit(url).netloc.lower().removeprefix("www.")


def same_host(url: str, host: str) -> bool:
    """Whether `url` is on `host` (as `site_of` gives it): another port is another site."""
    return site_of(url) == host


def page_feed_links(response) -> list[str]:
    """The feeds a page announces: <link rel=alternate> of an RSS or Atom type."""
    hrefs = response.xpath("//link[@rel='alternate'][@type and @href]")
    found = [
        link.attrib["href"]
        for link in hrefs
        if link.attrib["type"].split(";")[0].strip().lower() in _FEED_TYPES
    ]
    return list(dict.fromkeys(response.urljoin(h.strip()) for h in found))


def page_sitemap_links(response) -> list[str]:
    """The sitemaps a page links to (a footer "Sơ đồ trang" pointing at /sitemap.xml)."""
    hrefs = response.xpath("//a/@href[contains(., 'sitemap')]").getall()
    urls = (response.urljoin(h.strip()) for h in hrefs)
    return list(dict.fromkeys(u for u in urls if urlsplit(u).path.lower().endswith(".xml")))


def sitemap_entries(body: bytes) -> tuple[str, list[str]]:
    """(kind, locations) of a sitemap: kind is "urlset" or "sitemapindex" ("" if not one)."""
    try:
        sitemap = Sitemap(body)
        return sitemap.type or "", [entry["loc"] for entry in sitemap if entry.get("loc")]
    except Exception:  # lxml raises several types on a page that is not XML at all
        return "", []
