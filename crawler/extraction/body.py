"""The generic body: trafilatura on the whole page, for pages no layout describes."""

from __future__ import annotations

import logging
from itertools import islice

import trafilatura
from lxml import etree

from .blocks import Block, to_blocks
from .dom import drop, text_of
from .images import body_images, container_of, paragraph_elements
from .links import linked_headlines, mark_linked, mark_teasers

logger = logging.getLogger(__name__)

# trafilatura's fallbacks (jusText above all) are quadratic in the number of paragraphs: a
# hostile 0.5 MB page of nested divs took 38 s (tests/test_hostile.py's pages). Real article
# pages have a few hundred to two thousand elements (../shared/fixtures/real/dev: 364-1,864);
# far larger trees are read without the fallbacks.
MAX_ELEMENTS_FOR_FALLBACKS = 6000


def generic_body(
    tree: etree._Element, url: str, title: str | None = None
) -> tuple[list[Block], list[dict]]:
    """Paragraph blocks of the main text as trafilatura finds it, and the body's images.

    trafilatura runs with its own defaults for links and images (both left out): asked to
    keep links, it brings related boxes, tickers and "CÙNG CHUYÊN MỤC" lists back in as
    paragraphs. Which paragraphs were links is read from the page instead (links.py), and
    images with their captions from the element holding the paragraphs (images.py).

    When trafilatura keeps a layout table (small portals lay pages out in tables, so the side
    menu comes along: seed 2's portal), the text is narrowed to what follows the headline.
    """
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        fast=_is_huge(tree),
        output_format="xml",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=False,
    )
    body = getattr(document, "body", None)
    if body is None:
        logger.debug("trafilatura found no main text in %s", url)
        return [], []
    head = _headline_in(body, title)
    if head is not None:
        body = _narrow_to_headline(body, head)
    blocks = to_blocks(body)
    owners = paragraph_elements(tree, [b.text for b in blocks])
    container = container_of(owners)
    headlines = linked_headlines(tree, url)
    blocks = mark_teasers(mark_linked(blocks, headlines), owners, container, headlines)
    return blocks, body_images(container, url)


def _is_huge(tree: etree._Element) -> bool:
    """More elements than any real article page has (see MAX_ELEMENTS_FOR_FALLBACKS)."""
    return next(islice(tree.iter(), MAX_ELEMENTS_FOR_FALLBACKS, None), None) is not None


def _headline_in(body: etree._Element, title: str | None) -> etree._Element | None:
    if not title:
        return None
    for head in body.iter("head"):
        if text_of(head) == title:
            return head
    return None


def _narrow_to_headline(body: etree._Element, head: etree._Element) -> etree._Element:
    """The table cell holding the headline, without what precedes the headline in it."""
    cells = list(head.iterancestors("cell"))
    container = cells[0] if cells else body
    for element in list(container.iter()):
        if element is head:
            break
        if element is not container and head not in element.iterdescendants():
            parent = element.getparent()
            if parent is not None and element in parent:
                parent.remove(element)
    drop(head)
    return container
