"""Page metadata from JSON-LD, OpenGraph and article:* meta tags, the first evidence we read."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from urllib.parse import urljoin, urlsplit

from lxml import etree

from .authors import name_key, parse_credit, site_keys
from .text import normalize_text

logger = logging.getLogger(__name__)

# `type` is matched loosely: "application/ld+json; charset=utf-8" and upper case occur.
_JSONLD = etree.XPath(
    "//script[contains(translate(@type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
    "'abcdefghijklmnopqrstuvwxyz'), 'ld+json')]"
)
_META = etree.XPath("//meta[@content]")
_CANONICAL = etree.XPath("//link[@rel='canonical']/@href")
_HTML_LANG = etree.XPath("/html/@lang")
_TITLE = etree.XPath("//title/text()")
# Microdata bylines: <span itemprop="author"><span itemprop="name">X</span></span> or <a
# itemprop="author">X</a>; meta elements with itemprop are read with the other meta tags.
_ITEMPROP_AUTHOR = etree.XPath("//*[@itemprop='author' and not(self::meta)]")
_ITEMPROP_NAME = etree.XPath(".//*[@itemprop='name']")
_ELEMENT_TEXT = etree.XPath("string()")

ARTICLE_TYPES = frozenset({"BlogPosting", "LiveBlogPosting", "Report"})
# Types of a JSON-LD author that are not a person (vnexpress.net: author {"@type":
# "Organization", "name": "VnExpress"}).
_NOT_PERSON_TYPES = frozenset({"Corporation", "NGO", "WebSite", "WebPage", "Brand", "Project"})
_SITE_TYPES = frozenset({"WebSite", "NewsMediaOrganization", "Organization"})
# Bounds on what a hostile page can make us walk: nesting of lists and objects, and nodes.
MAX_DEPTH = 8
MAX_NODES = 2000
MAX_TEXT_ITEMS = 200


def read_metadata(tree: etree._Element, url: str) -> dict:
    """Collect title, lead, dates, author, section, tags, canonical URL and language.

    `site_names` are the outlet's own names (og:site_name, JSON-LD publisher, hosts): a byline
    equal to one of them names no person.
    """
    meta = _meta_tags(tree)
    nodes = list(jsonld_nodes(tree))
    ld = _jsonld_article(nodes)
    title_tag = _TITLE(tree)
    canonical = _CANONICAL(tree) or [meta.get("og:url", "")]
    title = _first(_get(ld, "headline"), meta.get("og:title"), title_tag[0] if title_tag else None)
    sites = _site_names(meta, nodes, ld, (url, canonical[0], meta.get("og:url")))
    return {
        "title": title,
        "lead": _first(
            _get(ld, "description"), meta.get("og:description"), meta.get("description")
        ),
        "author": _byline(tree, meta, nodes, ld, sites),
        "published": _first(
            meta.get("article:published_time"),
            _get(ld, "datePublished"),
            meta.get("datepublished"),
            meta.get("pubdate"),
        ),
        "modified": _first(
            meta.get("article:modified_time"), _get(ld, "dateModified"), meta.get("datemodified")
        ),
        "category": _first(
            meta.get("article:section"),
            _ld_breadcrumb_last(nodes, title),
            _get(ld, "articleSection"),
        ),
        "tags": _keywords(
            meta.get("article:tag") or meta.get("keywords") or _get(ld, "keywords"),
        ),
        "canonical_url": _canonical(url, canonical[0]),
        "language": _language(_HTML_LANG(tree), meta.get("og:locale")),
        "site_name": _first(meta.get("og:site_name")),
        "site_names": sites,
    }


def _meta_tags(tree: etree._Element) -> dict[str, str | list[str]]:
    """Meta content by property/name/itemprop (lower case); the first wins, tags accumulate."""
    found: dict = {}
    for el in _META(tree):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content", "")
        if key == "article:tag":
            # One article:tag element per tag (znews.vn writes seven).
            found.setdefault(key, []).append(content)
        elif key and key not in found:
            found[key] = content
    return found


def _canonical(url: str, href: str | None) -> str | None:
    if not href or not href.strip():
        return None
    try:
        return urljoin(url, href.strip())
    except ValueError:
        # A malformed href ("http://[::1") is no canonical URL.
        return None


# --- JSON-LD -------------------------------------------------------------------------------

# Repairs for hand-written JSON-LD, tried only when strict parsing fails: HTML comment and
# CDATA wrappers, /* */ comments, control characters outside strings, trailing commas.
_WRAPPERS_RE = re.compile(r"<!--|-->|/\*\s*<!\[CDATA\[\s*\*/|/\*\s*\]\]>\s*\*/|<!\[CDATA\[|\]\]>")
_BLOCK_COMMENT_RE = re.compile(r"/\*.*?\*/", re.S)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TRAILING_COMMA_RE = re.compile(r",\s*([}\]])")
_DECODER = json.JSONDecoder(strict=False)


def parse_jsonld(raw: str) -> list:
    """Every JSON value in one script block, after a lenient repair if strict parsing fails.

    Sites write several objects in one block ("{...}{...}" or "{...},{...}"), raw newlines in
    strings (bongdaplus.vn, 2024), trailing commas and HTML comments around the JSON.
    """
    values, complete = _decode_all(raw)
    if complete:
        return values
    repaired = _WRAPPERS_RE.sub(" ", raw)
    repaired = _BLOCK_COMMENT_RE.sub(" ", repaired)
    repaired = _TRAILING_COMMA_RE.sub(r"\1", _CONTROL_RE.sub(" ", repaired))
    fixed, fixed_complete = _decode_all(repaired)
    if fixed_complete or len(fixed) > len(values):
        return fixed
    if not values:
        logger.debug("unparseable JSON-LD block skipped")
    return values


def _decode_all(text: str) -> tuple[list, bool]:
    """(values decoded one after another, whether the whole text was read)."""
    values: list = []
    position, end = 0, len(text)
    while True:
        while position < end and (text[position].isspace() or text[position] in ",;"):
            position += 1
        if position >= end:
            return values, True
        try:
            value, position = _DECODER.raw_decode(text, position)
        except (ValueError, RecursionError):
            # RecursionError: a JSON array nested thousands deep (a hostile page).
            return values, False
        values.append(value)


def jsonld_nodes(tree: etree._Element) -> Iterator[dict]:
    """Every JSON-LD object that may describe the page, in document order.

    Objects at the top level, in top-level arrays and arrays of arrays, in `@graph`, and the
    `mainEntity` of a WebPage (dantri.com.vn nests BreadcrumbList items in lists of lists).
    """
    count = 0
    for script in _JSONLD(tree):
        for value in parse_jsonld(script.text or ""):
            for node in _walk(value, 0):
                count += 1
                if count > MAX_NODES:
                    return
                yield node


def _walk(value, depth: int) -> Iterator[dict]:
    if depth > MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value[:MAX_NODES]:
            yield from _walk(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity"):
            inner = _get(value, key)
            if isinstance(inner, (list, dict)):
                yield from _walk(inner, depth + 1)


def _get(obj, key: str):
    """obj[key], matching the key without regard to case (vneconomy.vn writes "Name")."""
    if not isinstance(obj, dict):
        return None
    if key in obj:
        return obj[key]
    lowered = key.lower()
    for name, value in obj.items():
        if isinstance(name, str) and name.lower() == lowered:
            return value
    return None


def _types(obj: dict) -> set[str]:
    """The node's @type names, without a schema.org prefix ("http://schema.org/NewsArticle")."""
    return {t.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in _texts(_get(obj, "@type"))}


def _is_article(obj: dict) -> bool:
    return any(t.endswith("Article") or t in ARTICLE_TYPES for t in _types(obj))


def _is_organization(obj: dict) -> bool:
    return any("organization" in t.lower() or t in _NOT_PERSON_TYPES for t in _types(obj))


def _jsonld_article(nodes: list[dict]) -> dict:
    """The article node: the first of an article type with a headline, else the first one."""
    articles = [node for node in nodes if _is_article(node)]
    with_headline = [node for node in articles if _text(_get(node, "headline"))]
    return (with_headline or articles or [{}])[0]


def _text(value, depth: int = 0) -> str | None:
    """A string from what JSON-LD holds where a string is expected (number, list, @value)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if depth < MAX_DEPTH and isinstance(value, list):
        for item in value[:MAX_TEXT_ITEMS]:
            if text := _text(item, depth + 1):
                return text
    if depth < MAX_DEPTH and isinstance(value, dict):
        return _text(_get(value, "@value"), depth + 1) or _text(_get(value, "name"), depth + 1)
    return None


def _texts(value, depth: int = 0) -> list[str]:
    """Every string in a value that may be a string, a number or (nested) lists of them."""
    if depth > MAX_DEPTH:
        return []
    if isinstance(value, list):
        return [t for item in value[:MAX_TEXT_ITEMS] for t in _texts(item, depth + 1)]
    text = _text(value, depth)
    return [text] if text else []


def _ld_breadcrumb_last(nodes: list[dict], title: str | None) -> str | None:
    for node in nodes:
        if "BreadcrumbList" in _types(node):
            names = [_crumb_name(item) for item in _flatten(_get(node, "itemListElement"))]
            names = [n for n in names if n and n != title]
            # The first crumb is the home page ("Trang chủ"), never a category; a crumb equal
            # to the headline is the article itself.
            return names[-1] if len(names) > 1 else None
    return None


def _flatten(value, depth: int = 0) -> list[dict]:
    """The dicts in a value that is a dict, a list, or lists of lists of them."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list) and depth < MAX_DEPTH:
        return [d for item in value[:MAX_NODES] for d in _flatten(item, depth + 1)]
    return []


def _crumb_name(item: dict) -> str | None:
    inner = _get(item, "item")
    name = _text(_get(inner, "name")) if isinstance(inner, dict) else None
    return normalize_text(name or _text(_get(item, "name")) or "") or None


# --- Bylines and the outlet's own names ------------------------------------------------------


def _byline(tree, meta: dict, nodes: list[dict], ld: dict, sites: list[str]) -> str | None:
    """The authors, from the first source that names a person: JSON-LD, then meta, microdata."""
    keys = site_keys(sites)
    candidates = (
        lambda: _ld_authors(_get(ld, "author"), nodes),
        lambda: [meta.get("dable:author")],
        lambda: [meta.get("article:author")],
        lambda: [meta.get("author")],
        lambda: [meta.get("parsely-author")],
        lambda: _itemprop_authors(tree),
    )
    for values in candidates:
        names = _unique(n for v in values() for n in parse_credit(v, keys).authors)
        if names:
            return ", ".join(names)
    return None


def _ld_authors(value, nodes: list[dict]) -> list[str]:
    """Author names of a JSON-LD `author` in any shape; organisations are left out.

    bongdaplus.vn types its writers Organization in the article and describes the same name
    as a Person elsewhere on the page: a name the page calls a Person stays.
    """
    ids = {_text(_get(n, "@id")): n for n in nodes if _text(_get(n, "@id"))}
    people = {
        name_key(name)
        for node in nodes
        if "Person" in _types(node)
        for name in _texts(_get(node, "name"))
    }
    names = []
    for item in _flatten_people(value):
        if isinstance(item, dict):
            # WordPress/Yoast writes {"@id": ".../#/schema/person/…"} and the Person in @graph.
            if _get(item, "name") is None and (ref := _text(_get(item, "@id"))) in ids:
                item = ids[ref]
            item_names = _texts(_get(item, "name"))
            if _is_organization(item):
                item_names = [n for n in item_names if name_key(n) in people]
            names.extend(item_names)
        else:
            names.extend(_texts(item))
    return names


def _flatten_people(value, depth: int = 0) -> list:
    if isinstance(value, list):
        if depth >= MAX_DEPTH:
            return []
        return [p for item in value[:MAX_TEXT_ITEMS] for p in _flatten_people(item, depth + 1)]
    return [value] if value is not None else []


def _itemprop_authors(tree: etree._Element) -> list[str]:
    values = []
    for el in _ITEMPROP_AUTHOR(tree)[:5]:
        named = _ITEMPROP_NAME(el)
        target = named[0] if named else el
        text = target.get("content") or _ELEMENT_TEXT(target)
        # An itemprop="author" wrapping a whole author box is no byline.
        if isinstance(text, str) and len(text) <= 200:
            values.append(text)
    return values


def _site_names(meta: dict, nodes: list[dict], ld: dict, urls: Iterable[str | None]) -> list[str]:
    """The outlet's own names: og:site_name, application-name, publisher, site nodes, hosts."""
    names = [meta.get("og:site_name"), meta.get("application-name")]
    publisher = _get(ld, "publisher")
    names.extend(_text(_get(p, "name")) for p in _flatten(publisher))
    names.extend(p for p in _flatten_people(publisher) if isinstance(p, str))
    for node in nodes:
        if _types(node) & _SITE_TYPES and not _is_article(node):
            names.extend(_texts(_get(node, "name")))
    for url in urls:
        host = _host(url)
        if host:
            names.append(host)
    return _unique(normalize_text(n) for n in names if isinstance(n, str) and n.strip())


def _host(url: str | None) -> str | None:
    if not isinstance(url, str) or not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


# --- Plain values ---------------------------------------------------------------------------


def _first(*values) -> str | None:
    for value in values:
        value = _text(value)
        if value:
            value = normalize_text(value)
            if value:
                return value
    return None


def _keywords(value) -> list[str]:
    if isinstance(value, str):
        parts = value.split(",")
    else:
        parts = [p for text in _texts(value) for p in text.split(",")]
    seen: dict[str, None] = {}
    for part in parts:
        tag = normalize_text(part)
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value.casefold(), value)
    return list(seen.values())


def _language(html_lang: list[str], locale: str | None) -> str | None:
    raw = (html_lang[0] if html_lang else "") or (locale or "")
    raw = raw.strip().replace("_", "-").lower()
    return raw.split("-")[0] or None if raw else None
