"""The vocabulary sites are described in: a Site with its crawl facts and dated Layouts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from urllib.parse import urljoin

# Fields a layout may give a selector for; anything else is a typo in a site module.
FIELD_NAMES = frozenset(
    {"title", "lead", "author", "published", "modified", "category", "tags", "source"}
)


@dataclass(frozen=True)
class Layout:
    """One dated markup of a site's article pages.

    Selectors are CSS, optionally ending in ``::text`` or ``::attr(name)`` as in Scrapy;
    a tuple means "try these in order". A selector starting with ``/`` or ``(`` is XPath.
    The layout applies to a page when its ``match`` selector (default: ``body``) matches.
    """

    name: str
    body: str | tuple[str, ...]
    fields: dict[str, str | tuple[str, ...]] = field(default_factory=dict)
    # Removed from the body container before it is read (related boxes, share bars, ads).
    prune: tuple[str, ...] = ()
    # Containers holding an image and its caption; they leave the body for `images`.
    image_boxes: tuple[str, ...] = ("figure",)
    caption: str | tuple[str, ...] = ("figcaption",)
    valid_until: date | None = None
    # What tells this markup apart when several layouts share a body class.
    match: str | tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        unknown = set(self.fields) - FIELD_NAMES
        if unknown:
            raise ValueError(f"layout {self.name!r}: unknown field(s) {sorted(unknown)}")


@dataclass(frozen=True)
class Site:
    """A described union-news site: where to crawl and how its pages are built."""

    slug: str
    name: str
    organisation: str
    base_url: str
    description: str
    start_paths: tuple[str, ...]
    article_url: str  # regex searched in absolute article URLs
    listing_links: str | tuple[str, ...]
    layouts: tuple[Layout, ...]
    next_page: str | tuple[str, ...] | None = None
    feeds: tuple[str, ...] = ()
    # URL regexes that look like articles but are not (tag pages, e-magazines, print views).
    exclude_urls: tuple[str, ...] = ()
    # Hosts that carry copies of this site (translations, mirrors): never archived.
    exclude_hosts: tuple[str, ...] = ()
    # --- Discovery and backfill (all optional) ---
    # Sitemaps to read: XML sitemaps, sitemap indexes or Google News sitemaps, as paths or URLs.
    # A robots.txt among them stands for the sitemaps its "Sitemap:" lines name (the convention
    # of Scrapy's SitemapSpider). () reads none.
    sitemaps: tuple[str, ...] = ("/robots.txt", "/sitemap.xml")
    # A regex a sitemap's article URL must match as well as `article_url`: a newspaper's
    # sitemap lists every section, and the archive wants its union sections (None: all).
    sitemap_filter: str | None = None
    # Selector of a listing item's date, read inside the item around each article link, e.g.
    # laodong.vn's ".info span.time"; None reads a <time> or a date/time-classed element.
    listing_date: str | tuple[str, ...] | None = None
    # A regex whose groups y, m and d read an article's date off its URL (VCCorp ids carry it),
    # for listings that show no dates.
    url_date: str | None = None

    def __post_init__(self) -> None:
        if not self.layouts:
            raise ValueError(f"site {self.slug!r} has no layout")
        if not re.fullmatch(r"[a-z0-9_]+", self.slug):
            raise ValueError(f"site slug {self.slug!r}: use the domain with dots as underscores")
        if isinstance(self.sitemaps, str):
            raise ValueError(f"site {self.slug!r}: sitemaps is a tuple of paths, not one string")
        if self.url_date and not {"y", "m", "d"} <= set(re.compile(self.url_date).groupindex):
            raise ValueError(f"site {self.slug!r}: url_date needs the groups y, m and d")

    @cached_property
    def _article_re(self) -> re.Pattern[str]:
        return re.compile(self.article_url)

    @cached_property
    def _exclude_res(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p) for p in self.exclude_urls)

    def is_article_url(self, url: str) -> bool:
        """True when `url` has this site's article shape and no exclusion matches."""
        if not self._article_re.search(url):
            return False
        return not any(p.search(url) for p in self._exclude_res)

    @cached_property
    def _sitemap_filter_re(self) -> re.Pattern[str] | None:
        return re.compile(self.sitemap_filter) if self.sitemap_filter else None

    @cached_property
    def _url_date_re(self) -> re.Pattern[str] | None:
        return re.compile(self.url_date) if self.url_date else None

    def is_sitemap_article(self, url: str) -> bool:
        """True when a sitemap's `url` is one of this site's articles the archive wants."""
        wanted = self._sitemap_filter_re
        return self.is_article_url(url) and (wanted is None or bool(wanted.search(url)))

    def date_in_url(self, url: str) -> date | None:
        """The date `url_date` reads off an article URL (a two-digit year is 20yy), or None."""
        match = self._url_date_re.search(url) if self._url_date_re else None
        if not match:
            return None
        year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
        try:
            return date(year, int(match["m"]), int(match["d"]))
        except ValueError:
            return None

    def sitemap_urls(self, base_url: str | None = None) -> list[str]:
        """The sitemaps (and robots.txt) a crawl reads, against `base_url` (a mirror) if given."""
        root = (base_url or self.base_url).rstrip("/") + "/"
        return [urljoin(root, p.lstrip("/")) if p.startswith("/") else p for p in self.sitemaps]

    def start_urls(self, base_url: str | None = None) -> list[str]:
        """The listing URLs a crawl starts from, against `base_url` (a mirror) if given."""
        root = (base_url or self.base_url).rstrip("/") + "/"
        return [urljoin(root, p.lstrip("/")) for p in self.start_paths]

    def as_record(self) -> dict[str, str]:
        """The row describing this site in the archive's `sites` table."""
        return {
            "slug": self.slug,
            "name": self.name,
            "organisation": self.organisation,
            "base_url": self.base_url,
            "description": self.description,
        }
