"""Finding articles: URL shapes, and the feeds, sitemaps and robots.txt lines that list them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from io import BytesIO
from urllib.parse import urljoin, urlsplit

from lxml import etree
from parsel import Selector

from .extraction.dates import parse_date

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


# --- Sitemaps -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SitemapEntry:
    """One <url> of a sitemap, or one <sitemap> of a sitemap index; dates in ISO 8601."""

    url: str
    modified: str | None = None  # <lastmod>
    published: str | None = None  # Google News <news:publication_date>
    title: str | None = None  # Google News <news:title>

    @property
    def date(self) -> str | None:
        """When the entry's article appeared: its publication date, else its last change."""
        return self.published or self.modified


def local_name(tag) -> str:
    """An XML tag without its namespace ("{http://...}loc" -> "loc"); "" for comments."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def read_sitemap(body: bytes) -> tuple[str, list[SitemapEntry]]:
    """(kind, entries) of a sitemap: kind is "urlset" or "sitemapindex" ("" if not a sitemap).

    Scrapy's Sitemap (scrapy.utils.sitemap) keeps only the direct children of <url>, so a
    Google News sitemap's <news:news><news:publication_date> is lost there; this reads it,
    streaming with the same parser options (no entities, no network, recover from bad XML).
    """
    events = etree.iterparse(
        BytesIO(body),
        events=("start", "end"),
        recover=True,
        resolve_entities=False,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )
    try:
        _, root = next(events)
    except (etree.XMLSyntaxError, StopIteration):
        return "", []
    kind = local_name(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        return "", []
    entries = []
    try:
        for event, element in events:
            if event == "end" and local_name(element.tag) in ("url", "sitemap"):
                entry = _sitemap_entry(element)
                if entry:
                    entries.append(entry)
                # Free what was read, as Scrapy's Sitemap does: memory stays flat on 50,000 URLs.
                element.clear()
                parent = element.getparent()
                while parent is not None and element.getprevious() is not None:
                    del parent[0]
    except etree.XMLSyntaxError:
        pass  # a truncated sitemap: the entries read so far stand
    return kind, entries


def _sitemap_entry(element) -> SitemapEntry | None:
    """The entry of one <url> or <sitemap> element, or None when it has no <loc>."""
    fields: dict[str, str] = {}
    for child in element.iter():
        name, parent = local_name(child.tag), child.getparent()
        # <loc> and <lastmod> of the entry itself, not of an <image:image> inside it.
        own = parent is element and name in ("loc", "lastmod")
        news = parent is not None and local_name(parent.tag) == "news"
        if (own or (news and name in ("publication_date", "title"))) and name not in fields:
            fields[name] = (child.text or "").strip()
    if not fields.get("loc"):
        return None
    return SitemapEntry(
        url=fields["loc"],
        modified=parse_date(fields.get("lastmod")),
        published=parse_date(fields.get("publication_date")),
        title=fields.get("title") or None,
    )


def sitemap_body(response, max_size: int = 0) -> bytes:
    """A sitemap response's XML: gunzipped when it is a .xml.gz file (as SitemapSpider does)."""
    from scrapy.utils.gz import gunzip, gzip_magic_number

    if gzip_magic_number(response):
        try:
            return gunzip(response.body, max_size=max_size)
        except Exception:  # too large, or not gzip after all: no sitemap
            return b""
    return response.body


def robots_sitemap_urls(body: bytes, url: str) -> list[str]:
    """The sitemaps a robots.txt names in its "Sitemap:" lines, absolute."""
    from scrapy.utils.sitemap import sitemap_urls_from_robots

    return list(dict.fromkeys(sitemap_urls_from_robots(body, base_url=url)))


# --- Feeds -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedEntry:
    """One RSS <item> or Atom <entry>: its article's URL and, when given, its date (ISO)."""

    url: str
    published: str | None = None


# RSS 2.0 <link> text (else a permalink <guid>), Atom <link rel="alternate"> (or no rel);
# dates: RSS <pubDate>, Dublin Core <dc:date>, Atom <published> then <updated>.
_ENTRY_LINK = (
    "link/text() | guid[not(@isPermaLink='false')]/text()"
    " | link[@rel='alternate' or not(@rel)]/@href"
)
_ENTRY_DATE = "pubDate/text() | date/text() | published/text() | updated/text()"


def read_feed(body: bytes, base_url: str) -> list[FeedEntry]:
    """The entries of an RSS or Atom feed, in feed order, one per URL, absolute.

    Read with parsel (Scrapy's selectors) rather than feedparser: only links and dates are
    needed, and NLĐ's "+07" zones are read by crawler.extraction.dates, not by feedparser.
    """
    selector = Selector(body=body, type="xml")
    selector.remove_namespaces()
    entries: dict[str, FeedEntry] = {}
    for node in selector.xpath("//item | //entry"):
        hrefs = [h.strip() for h in node.xpath(_ENTRY_LINK).getall() if h.strip()]
        urls = [urljoin(base_url, h).split("#", 1)[0] for h in hrefs]
        urls = [u for u in urls if urlsplit(u).scheme in ("http", "https")]
        if urls and urls[0] not in entries:
            raw = node.xpath(_ENTRY_DATE).get()
            entries[urls[0]] = FeedEntry(urls[0], parse_date(raw.strip()) if raw else None)
    return list(entries.values())
