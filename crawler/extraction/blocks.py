"""Turning a body container into paragraphs ("blocks") and its images into {url, caption}."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from .dom import as_tuple, drop, select_all, select_first, text_of
from .text import normalize_text

# Elements that start a new paragraph. trafilatura's XML output uses head/item/list/row/quote.
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "aside",
        "nav",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "caption",
        "figure",
        "figcaption",
        "center",
        "form",
        "hr",
        "br",
        "address",
        "details",
        "summary",
        "head",
        "item",
        "list",
        "row",
        "quote",
        "doc",
    ]
)
CELL_TAGS = frozenset({"td", "th", "cell"})
# Never text: code, widgets, embeds, and the ad slots of VCCorp sites (<zone>, nld.com.vn).
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "svg",
        "iframe",
        "object",
        "embed",
        "button",
        "input",
        "select",
        "textarea",
        "template",
        "zone",
        "video",
        "audio",
        "canvas",
        "map",
    ]
)
IMAGE_SOURCE_ATTRS = ("data-original", "data-src", "data-lazy-src", "src")


@dataclass(frozen=True)
class Block:
    """One paragraph of a body, with what the cleaner needs to judge it."""

    text: str
    tag: str
    link_chars: int = 0

    @property
    def link_ratio(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


class _Writer:
    """Accumulates inline text and emits a Block at every block boundary."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_parts: list[str] = []
        self.tag = "p"
        self.in_link = 0

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)
            if self.in_link:
                self.link_parts.append(text)

    def flush(self, next_tag: str = "p") -> None:
        if self.parts:
            text = normalize_text("".join(self.parts))
            if text:
                links = len(normalize_text("".join(self.link_parts)))
                self.blocks.append(Block(text, self.tag, min(links, len(text))))
        self.parts, self.link_parts = [], []
        self.tag = next_tag


def to_blocks(container: etree._Element) -> list[Block]:
    """Serialise a container to paragraphs: every block element starts a new one."""
    writer = _Writer()
    _write(container, writer, is_root=True)
    writer.flush()
    return writer.blocks


# Deeper than this below the container, the rest is written as one flat run of text: the HTML
# parser stops nesting at 256 levels, but a tree built in code can outgrow Python's stack
# (tests/test_fuzz.py).
MAX_NESTING = 200


# A table cell up to this long is a cell of data, its paragraphs one run of text: a table pasted
# from a word processor wraps every cell in <p> ("<td><p>LĐLĐ huyện Kỳ Anh</p></td><td><p>5</p>
# </td>"), which would scatter a row over as many paragraphs, its numbers apart from what they
# count. A longer cell, or one holding a table, is a layout table's: its paragraphs stay apart.
DATA_CELL_CHARS = 300


def _a_data_cell(el: etree._Element) -> bool:
    if any(True for _ in el.iter("table")):
        return False
    return len("".join(el.itertext()).strip()) <= DATA_CELL_CHARS


def _write(
    el: etree._Element,
    writer: _Writer,
    is_root: bool = False,
    depth: int = 0,
    in_cell: bool = False,
) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if depth > MAX_NESTING:
        writer.add(" ".join(el.itertext()) if tag and tag not in SKIP_TAGS else "")
        writer.add(el.tail)
        return
    if tag and tag not in SKIP_TAGS:
        block = tag in BLOCK_TAGS
        if block and in_cell:
            # (a paragraph inside a cell of data is a word of the row's cell)
            writer.add(" ")
            block = False
        elif block:
            writer.flush(tag)
        elif tag in CELL_TAGS and not is_root and el.getprevious() is not None:
            writer.add(" | ")
        if tag == "a":
            writer.in_link += 1
        writer.add(el.text)
        cell = in_cell or (tag in CELL_TAGS and not is_root and _a_data_cell(el))
        for child in el:
            _write(child, writer, depth=depth + 1, in_cell=cell)
        if tag == "a":
            writer.in_link -= 1
        if block:
            writer.flush()
        elif tag in CELL_TAGS or tag == "img":
            writer.add(" ")
    if not is_root:
        writer.add(el.tail)


def image_url(img: etree._Element, page_url: str) -> str | None:
    """The absolute URL of an image, preferring the full-size lazy-load attributes."""
    for attr in IMAGE_SOURCE_ATTRS:
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            try:
                return urljoin(page_url, value)
            except ValueError:
                continue  # "http://[::1": a malformed URL names no image (tests/test_fuzz.py)
    return None


def take_images(
    container: etree._Element,
    page_url: str,
    boxes: tuple[str, ...] = ("figure",),
    caption: str | tuple[str, ...] = ("figcaption",),
) -> list[dict]:
    """Remove image boxes (and lone images) from the container; return {url, caption} dicts."""
    images: list[dict] = []
    for selector in boxes:
        for box in select_all(container, selector):
            if box.getparent() is None or box is container:
                continue
            images.extend(_box_images(box, page_url, caption))
            drop(box)
    for img in container.iter("img"):
        url = image_url(img, page_url)
        if url:
            images.append({"url": url, "caption": None})
    for img in list(container.iter("img")):
        drop(img)
    return _unique_images(images)


def _box_images(box: etree._Element, page_url: str, caption_selectors) -> list[dict]:
    urls = [u for img in box.iter("img") if (u := image_url(img, page_url))]
    if not urls:
        return []
    caption = None
    for selector in as_tuple(caption_selectors):
        found = select_first(box, selector)
        if found is not None:
            caption = found if isinstance(found, str) else text_of(found)
            if caption:
                break
    caption = normalize_text(caption or "") or None
    return [{"url": url, "caption": caption} for url in urls]


def _unique_images(images: list[dict]) -> list[dict]:
    seen: dict[str, dict] = {}
    for image in images:
        known = seen.get(image["url"])
        if known is None:
            seen[image["url"]] = image
        elif not known["caption"] and image["caption"]:
            known["caption"] = image["caption"]
    return list(seen.values())
