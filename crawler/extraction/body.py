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


def generic_body(tree: etree._Element, url: str) -> tuple[list[Block], list[dict]]:
    """Paragraph blocks and images of the main text as trafilatura finds it (tree is copied)."""
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
    captions = figure_captions(tree, url)
    images = []
    for graphic in _GRAPHICS(body):
        src = graphic.get("src")
        if src:
            src = image_url(graphic, url) or src
            images.append({"url": src, "caption": captions.get(src)})
        drop(graphic)
    # trafilatura marks links as <ref>; the writer counts link text under <a> only.
    for ref in body.iter("ref"):
        ref.tag = "a"
    return to_blocks(body), images
