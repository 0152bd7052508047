"""Finding the articles of a site nobody described: URL shapes, feed and sitemap links."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Extensions article URLs end with on Vietnamese news sites: laodong.vn `.ldo`,
# congdoanvietnam.vn `.tld`, MasterCMS `.html`, VCCorp `.htm`, and `.chn` on the VCCorp sites
# cafef.vn, cafebiz.vn and kenh14.vn (research/sites.md §1–§4; shared/fixtures/real/dev).
ARTICLE_EXTENSIONS = ("", ".html", ".htm", ".ldo", ".tld", ".aspx", ".php", ".vnp", ".chn")
# Files that are never articles.
STATIC_EXTENSIONS = frozenset(
    (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".css", ".js", ".json")
    + (".xml", ".rss", ".atom", ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx")
    + (".zip", ".rar", ".mp3", ".mp4", ".avi", ".txt")
)
# Path segments of pages that list articles rather than being one (tag, topic, event, search,
# author), in Vietnamese and English: laodong.vn /tags/ and /event/ (research/sites.md §2),
# dantri.com.vn /event/, tuoitre.vn /chu-de/, vnexpress.net /topic/. Not "su-kien": it is an
# event page on some sites but a news section ("Sự kiện") on others, e.g. dantri.com.vn
# /su-kien/<slug>-774400.htm (2013), so the listing's markup decides there.
LISTING_SEGMENTS = frozenset(
    ("tag", "tags", "chu-de", "topic", "topics", "event", "events", "tim-kiem", "search")
    + ("category", "categories", "danh-muc", "chuyen-muc", "author", "tac-gia", "page", "trang")
    + ("login", "dang-nhap", "rss", "feed", "static", "assets", "media", "video", "videos")
)
# ".../<slug>-12345.html": a slug ending in a numeric id, the commonest article shape.
# Words may be Vietnamese: a few sites keep diacritics in their slugs ("công-đoàn-…-1234").
_SLUG_WITH_ID = re.compile(r"^[^\W_]+(?:-+[^\W_]+)+-\d{3,}$")
# ".../12345.html", ".../news-12345" or ".../znews-post1528657.html": a bare id, or the
# "post<id>" of znews.vn, thanhnien.vn and many CMSs.
_BARE_ID = re.compile(r"^(?:[a-z]+-)?(?:post)?\d{4,}$")
_POST_ID = re.compile(r"-post\d{4,}$")
# A segment that starts with a listing word is a topic, tag or video page whatever its id:
# e.vnexpress.net `/sea-games-33/topic-28312.html` (2025), dantri.com.vn
# `/video-10498/<slug>.htm` (2013). A last segment "video-<slug>" is an article with a video.
_LISTING_PREFIX = re.compile(r"^(?:topic|tag|tags|event|chu-de)-")
_LISTING_PARENT = re.compile(r"^(?:topic|tag|tags|event|chu-de|video|videos)-")
# A slug's last number that is a year names a yearly section or event, not an article:
# dantri.com.vn `/the-thao/aff-cup-2018.htm` (2019).
_YEAR = re.compile(r"-(?:19[5-9]\d|20[0-4]\d)$")
# ".../<slug>-e2029.htm": a slug ending in a letter and a number is a CMS's code for a page
# that is no article: tuoitre.vn events `-e2029.htm` (2026).
_CODED_LISTING = re.compile(r"-[a-z]\d+$")
# A slug is words and digits (percent-escaped or not); "&", "=" or "," in a last segment are a
# query written as a path, e.g. MasterCMS paging `/cong-doan/hoat-dong&s_cond=&BRSR=16`
# (research/sites.md §1).
_SLUG = re.compile(r"^[\w.%-]+$")
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
    if not segments or any(
        s in LISTING_SEGMENTS or _LISTING_PARENT.match(s) for s in segments[:-1]
    ):
        return False
    stem, ext = split_extension(segments[-1])
    if ext in STATIC_EXTENSIONS or ext not in ARTICLE_EXTENSIONS or stem in LISTING_SEGMENTS:
        return False
    if _LISTING_PREFIX.match(stem) or not _SLUG.match(stem):
        return False
    if has_article_id(url):
        return True
    if _CODED_LISTING.search(stem):
        return False
    return stem.count("-") + 1 >= MIN_SLUG_WORDS


def has_article_id(url: str) -> bool:
    """Whether the URL's last segment ends in a numeric article id (not a year)."""
    segments = [s for s in urlsplit(url).path.lower().split("/") if s]
    stem = split_extension(segments[-1])[0] if segments else ""
    if _YEAR.search(stem) and not _BARE_ID.match(stem):
        return False
    return bool(_SLUG_WITH_ID.match(stem) or _BARE_ID.match(stem) or _POST_ID.search(stem))


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
    # Imported here so the URL rules above stay usable without Scrapy (crawler/listing.py).
    from scrapy.utils.sitemap import Sitemap

    try:
        sitemap = Sitemap(body)
        return sitemap.type or "", [entry["loc"] for entry in sitemap if entry.get("loc")]
    except Exception:  # lxml raises several types on a page that is not XML at all
        return "", []
