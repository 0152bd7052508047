"""Page metadata from JSON-LD, OpenGraph and article:* meta tags, the first evidence we read."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from urllib.parse import urljoin

from lxml import etree

from .text import normalize_text

logger = logging.getLogger(__name__)

_JSONLD = etree.XPath("//script[@type='application/ld+json']/text()")
_META = etree.XPath("//meta[@content]")
_CANONICAL = etree.XPath("//link[@rel='canonical']/@href")
_HTML_LANG = etree.XPath("/html/@lang")
_TITLE = etree.XPath("//title/text()")

ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle"})

# Values of meta author / JSON-LD author that name the outlet, not a person
# (nld.com.vn writes meta author "NLD.COM.VN" and an empty JSON-LD author: research §3).
_NOT_A_PERSON = ("http://", "https://", ".com", ".vn", "admin", "ban biên tập")


def read_metadata(tree: etree._Element, url: str) -> dict:
    """Collect title, lead, dates, author, section, tags, canonical URL and language."""
    meta = _meta_tags(tree)
    objects = list(_jsonld_objects(tree))
    ld = _jsonld_article(objects)
    title_tag = _TITLE(tree)
    canonical = _CANONICAL(tree) or [meta.get("og:url", "")]
    return {
        "title": _first(
            ld.get("headline"), meta.get("og:title"), title_tag[0] if title_tag else None
        ),
        "lead": _first(ld.get("description"), meta.get("og:description"), meta.get("description")),
        "author": _person(_ld_author(ld))
        or _person(meta.get("author"))
        or _person(meta.get("article:author")),
        "published": _first(
            meta.get("article:published_time"),
            ld.get("datePublished"),
            meta.get("datepublished"),
            meta.get("pubdate"),
        ),
        "modified": _first(
            meta.get("article:modified_time"), ld.get("dateModified"), meta.get("datemodified")
        ),
        "category": _first(meta.get("article:section"), _ld_breadcrumb_last(objects)),
        "tags": _keywords(meta.get("article:tag") or meta.get("keywords") or ld.get("keywords")),
        "canonical_url": urljoin(url, canonical[0].strip()) if canonical[0] else None,
        "language": _language(_HTML_LANG(tree), meta.get("og:locale")),
        "site_name": meta.get("og:site_name"),
    }


def _meta_tags(tree: etree._Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in _META(tree):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key and key not in found:
            found[key] = el.get("content", "")
    return found


def _jsonld_objects(tree: etree._Element) -> Iterator[dict]:
    for raw in _JSONLD(tree):
        try:
            data = json.loads(raw)
        except ValueError:
            # Sites hand-write JSON-LD with trailing commas; such a block is skipped.
            logger.debug("unparseable JSON-LD block skipped")
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data])
        yield from (item for item in items if isinstance(item, dict))


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type", [])
    return set(kind if isinstance(kind, list) else [kind])


def _jsonld_article(objects: list[dict]) -> dict:
    for obj in objects:
        if _types(obj) & ARTICLE_TYPES:
            return obj
    return {}


def _ld_breadcrumb_last(objects: list[dict]) -> str | None:
    for obj in objects:
        if "BreadcrumbList" in _types(obj):
            items = obj.get("itemListElement") or []
            names = [_crumb_name(i) for i in items if isinstance(i, dict)]
            names = [n for n in names if n]
            # The first crumb is the home page ("Trang chủ"), never a category.
            return names[-1] if len(names) > 1 else None
    return None


def _crumb_name(item: dict) -> str | None:
    inner = item.get("item")
    if isinstance(inner, dict) and inner.get("name"):
        return inner["name"]
    return item.get("name")


def _ld_author(ld: dict) -> str | None:
    author = ld.get("author")
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        return author.get("name")
    return author if isinstance(author, str) else None


def _person(value: str | None) -> str | None:
    value = normalize_text(value or "")
    if not value or any(marker in value.lower() for marker in _NOT_A_PERSON):
        return None
    return value


def _first(*values) -> str | None:
    for value in values:
        if isinstance(value, str):
            value = normalize_text(value)
            if value:
                return value
    return None


def _keywords(value) -> list[str]:
    if isinstance(value, list):
        parts = value
    elif isinstance(value, str):
        parts = value.split(",")
    else:
        return []
    seen: dict[str, None] = {}
    for part in parts:
        tag = normalize_text(str(part))
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


def _language(html_lang: list[str], locale: str | None) -> str | None:
    raw = (html_lang[0] if html_lang else "") or (locale or "")
    raw = raw.strip().replace("_", "-").lower()
    return raw.split("-")[0] or None if raw else None
