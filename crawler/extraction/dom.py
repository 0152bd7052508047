"""Parsing a page once and querying it with compiled CSS/XPath selectors."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector
from w3lib.encoding import html_to_unicode

from .text import normalize_text

_SUFFIX = re.compile(r"::(text|attr\(([\w:-]+)\))\s*$")
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
# libxml2 reads HTML 255 elements deep (<html> is level 0) and drops everything after the point
# where a page nests deeper, the rest of the page included ("Excessive depth in document: 256").
# Lifting the limit (huge_tree) would hand a hostile page's depth to the recursive code below;
# a page that reaches it says so instead (reaches_parser_depth).
PARSER_MAX_DEPTH = 255
# The elements PARSER_MAX_DEPTH levels below <html>: one step per level, so libxml2 walks each
# level's elements once (0.06 ms on a 300 KB page).
_AT_PARSER_DEPTH = etree.XPath("/*" * (PARSER_MAX_DEPTH + 1))


def decode_html(content: bytes, content_type: str | None = None) -> str:
    """Decode raw page bytes using the header, the BOM and the page's own <meta charset>."""
    _encoding, text = html_to_unicode(content_type, content)
    return text


def parse_html(html: str | bytes) -> lxml.html.HtmlElement:
    """Parse a page into an lxml tree, once; bytes are decoded by their declared charset."""
    if isinstance(html, bytes):
        html = decode_html(html)
    # lxml refuses str input carrying an XML encoding declaration.
    if html.startswith("<?xml"):
        html = html.split("?>", 1)[-1]
    try:
        return lxml.html.document_fromstring(html, parser=_PARSER)
    except etree.ParserError:
        # An empty or whitespace-only page: an empty document, so extraction can warn.
        return lxml.html.document_fromstring("<html><body></body></html>", parser=_PARSER)


def reaches_parser_depth(tree: etree._Element) -> bool:
    """Whether the page nests as deep as the parser reads (PARSER_MAX_DEPTH): what lies deeper,
    and everything after it in the page, is missing from the tree."""
    return bool(_AT_PARSER_DEPTH(tree.getroottree()))


@lru_cache(maxsize=512)
def compile_selector(selector: str) -> tuple[etree.XPath, str | None, str | None]:
    """Compile a Scrapy-style selector to (xpath, mode, attribute); cached across pages."""
    mode = attr = None
    match = _SUFFIX.search(selector)
    if match:
        selector = selector[: match.start()]
        mode = "attr" if match.group(2) else "text"
        attr = match.group(2)
    if selector.lstrip().startswith(("/", "(", "./")):
        return etree.XPath(selector), mode, attr
    return etree.XPath(CSSSelector(selector).path), mode, attr


def as_tuple(selectors: str | Iterable[str] | None) -> tuple[str, ...]:
    """Normalise one selector or several into a tuple."""
    if not selectors:
        return ()
    if isinstance(selectors, str):
        return (selectors,)
    return tuple(selectors)


def select_all(node: etree._Element, selector: str) -> list:
    """Every match of one selector: elements, or strings for ::text / ::attr()."""
    xpath, mode, attr = compile_selector(selector)
    found = xpath(node)
    if mode == "attr":
        return [v for el in found if (v := el.get(attr)) is not None]
    if mode == "text":
        return [text_of(el) for el in found]
    return found


def select_first(node: etree._Element, selectors: str | Iterable[str] | None):
    """The first non-empty match of the first selector that matches anything."""
    for selector in as_tuple(selectors):
        for value in select_all(node, selector):
            if isinstance(value, str):
                value = normalize_text(value)
                if value:
                    return value
            else:
                return value
    return None


def select_text(node: etree._Element, selectors: str | Iterable[str] | None) -> str | None:
    """The normalised text of the first non-empty match (elements are read as visible text)."""
    texts = select_texts(node, selectors)
    return texts[0] if texts else None


def select_texts(node: etree._Element, selectors: str | Iterable[str] | None) -> list[str]:
    """The normalised texts of every match of the first selector that matches anything."""
    for selector in as_tuple(selectors):
        values = [
            normalize_text(v if isinstance(v, str) else text_of(v))
            for v in select_all(node, selector)
        ]
        values = [v for v in values if v]
        if values:
            return values
    return []


_VISIBLE_TEXT = etree.XPath(
    ".//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
)


def text_of(el: etree._Element) -> str:
    """An element's visible text, whitespace-normalised, without scripts and styles."""
    if el.tag in ("script", "style", "noscript"):
        return ""
    return normalize_text(" ".join(_VISIBLE_TEXT(el)))


def drop(el: etree._Element) -> None:
    """Remove an element from its tree but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)
