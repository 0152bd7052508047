"""Headlines linked elsewhere on a page: the evidence that a paragraph belongs to a link list.

Related boxes, tickers and most-read lists repeat the headlines of other articles. Whether
the extractor kept them as links or as plain text, each such paragraph is (mostly) the text
of an anchor that points to another page. A laodong.vn article (May 2026) read by the
generic path ended with about 30 such headlines; every one of them was linked somewhere on
the page.
"""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin

from lxml import etree

from .blocks import Block
from .images import paragraph_key
from .text import normalize_text

# Shorter anchor texts ("Kinh tế", "Xem thêm", a name) also occur inside real sentences.
MIN_HEADLINE_CHARS = 16
# Longer paragraphs are article text even when they quote a linked headline.
MAX_LIST_ITEM_CHARS = 260

_ANCHORS = etree.XPath("//a[@href]")
_NOT_PAGES = ("javascript:", "mailto:", "tel:", "#")


def linked_headlines(tree: etree._Element, url: str) -> frozenset[str]:
    """The texts of anchors on the page that point to another page (not to this one)."""
    here = urldefrag(url)[0]
    texts: set[str] = set()
    for anchor in _ANCHORS(tree):
        raw = "".join(anchor.itertext())
        if len(raw) < MIN_HEADLINE_CHARS:
            continue
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(_NOT_PAGES):
            continue
        text = normalize_text(raw)
        if len(text) < MIN_HEADLINE_CHARS or text in texts:
            continue
        try:
            target = urldefrag(urljoin(url, href))[0]
        except ValueError:
            continue
        if target != here:
            texts.add(text)
    return frozenset(texts)


def linked_chars(text: str, headlines: frozenset[str]) -> int:
    """How many characters of a paragraph are headlines linked elsewhere on the page."""
    if len(text) > MAX_LIST_ITEM_CHARS or len(text) < MIN_HEADLINE_CHARS:
        return 0
    if text in headlines:
        return len(text)
    covered = sum(len(h) for h in headlines if len(h) < len(text) and h in text)
    return min(covered, len(text))


def mark_linked(blocks: list[Block], headlines: frozenset[str]) -> list[Block]:
    """Blocks whose link share counts the headlines linked elsewhere, not only their own links."""
    marked = []
    for block in blocks:
        chars = linked_chars(block.text, headlines)
        if chars > block.link_chars:
            block = Block(block.text, block.tag, chars)
        marked.append(block)
    return marked


# A teaser box (headline link + one-sentence summary + thumbnail) holds little text; the
# body container holds the article. vietnamnet.vn (2020) puts "inner-article" boxes of this
# kind inside the body: trafilatura drops their headline links but keeps the summaries.
MAX_TEASER_BOX_CHARS = 400
_TEASER_BOX_LEVELS = 3


def mark_teasers(
    blocks: list[Block],
    owners: dict[str, list[etree._Element]],
    container: etree._Element | None,
    headlines: frozenset[str],
) -> list[Block]:
    """Blocks that sit in a small box next to a headline linked elsewhere count as links."""
    if container is None or not headlines:
        return blocks
    marked = []
    for block in blocks:
        key = paragraph_key(block.text)
        inside = [el for el in owners.get(key, ()) if container in el.iterancestors()]
        if inside and in_teaser_box(inside[0], container, headlines):
            block = Block(block.text, block.tag, len(block.text))
        marked.append(block)
    return marked


def in_teaser_box(
    element: etree._Element, container: etree._Element, headlines: frozenset[str]
) -> bool:
    """Whether a small box around the element (below the container) links another headline."""
    box = element
    for _ in range(_TEASER_BOX_LEVELS):
        box = box.getparent()
        if box is None or box is container:
            return False
        if len(normalize_text("".join(box.itertext()))) > MAX_TEASER_BOX_CHARS:
            return False
        for anchor in box.iter("a"):
            if element in anchor.iterancestors() or anchor in element.iter("a"):
                continue
            if normalize_text("".join(anchor.itertext())) in headlines:
                return True
    return False
