"""The generic body: trafilatura on the whole page, for sites nobody has described."""

from __future__ import annotations

import logging

import trafilatura
from lxml import etree

from .blocks import Block, image_url, to_blocks
from .dom import drop, text_of

logger = logging.getLogger(__name__)

_FIGURES = etree.XPath("//figure[.//img]")
_FIGCAPTION = etree.XPath(".//figcaption")
_GRAPHICS = etree.XPath(".//graphic")


def figure_captions(tree: etree._Element, url: str) -> dict[str, str]:
    """Map each figure image's absolute URL to its caption, read from the original page."""
    captions: dict[str, str] = {}
    for figure in _FIGURES(tree):
        caption_el = _FIGCAPTION(figure)
        caption = text_of(caption_el[0]) if caption_el else ""
        for img in figure.iter("img"):
            src = image_url(img, url)
            if src and caption:
                captions[src] = caption
    return captions


def generic_body(
    tree: etree._Element, url: str, title: str | None = None
) -> tuple[list[Block], list[dict]]:
    """Paragraph blocks and images of the main text as trafilatura finds it (tree is copied).

    When trafilatura keeps a layout table (small portals lay pages out in tables, so the side
    menu comes along: seed 2's portal), the text is narrowed to what follows the headline.
    """
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        output_format="xml",
        include_comments=False,
        include_tables=True,
        include_images=True,
        include_links=True,
        with_metadata=False,
    )
    body = getattr(document, "body", None)
    if body is None:
        logger.debug("trafilatura found no main text in %s", url)
        return [], []
    # trafilatura marks links as <ref>; the writer counts link text under <a> only.
    for ref in body.iter("ref"):
        ref.tag = "a"
    head = _headline_in(body, title)
    if head is not None:
        body = _narrow_to_headline(body, head)
    captions = figure_captions(tree, url)
    images = []
    for graphic in _GRAPHICS(body):
        src = graphic.get("src")
        if src:
            src = image_url(graphic, url) or src
            images.append({"url": src, "caption": captions.get(src)})
        drop(graphic)
    return to_blocks(body), images


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
