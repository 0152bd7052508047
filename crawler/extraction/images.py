"""The body's images and their captions, read from the page itself, for the generic path.

The text extractor never sees links or images (letting link text in is how related lists
reached the body); images come from the element that holds the extracted paragraphs.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml import etree

from .blocks import image_url
from .text import normalize_text

# A paragraph is found in the page by its opening characters.
_KEY_CHARS = 30
# The body container is the deepest element holding this share of the found paragraphs.
_BODY_SHARE = 0.7
_SKIP = frozenset({"script", "style", "noscript", "template"})
# Markup words of caption elements: figcaption, "PhotoCMS_Caption" (VCCorp), "image_desc"
# (MasterCMS), "chuthich"/"chu-thich" (Vietnamese: caption), "desc_image", "Image" + "note".
_CAPTION_CLASS_RE = re.compile(r"caption|desc|chu-?thich|legend|note", re.I)
# Teaser thumbnails and site furniture, told by the words in their file name or class.
_DECORATION_RE = re.compile(
    r"logo|icon|avatar|pixel|blank|spacer|loading|placeholder|emoji|sprite|banner|badge"
    r"|button|/ads?/|qrcode|1x1",
    re.I,
)
_SMALLEST_SIDE = 100  # pixels: smaller images are icons, buttons, avatars, ad pixels
_MAX_CAPTION_CHARS = 400
_BOX_LEVELS = 4


def paragraph_key(text: str) -> str | None:
    """What a paragraph is found by in the page: its opening characters (None: too short)."""
    return text[:_KEY_CHARS] if len(text) >= _KEY_CHARS else None


def paragraph_elements(
    tree: etree._Element, paragraphs: list[str]
) -> dict[str, list[etree._Element]]:
    """The page elements whose text starts like each paragraph, by paragraph key."""
    wanted = {key for p in paragraphs if (key := paragraph_key(p))}
    found: dict[str, list[etree._Element]] = {}
    if not wanted:
        return found
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            continue
        for text, owner in ((el.text, el), (el.tail, el.getparent())):
            if text and len(text) >= _KEY_CHARS and owner is not None:
                key = _key(text)
                if key in wanted:
                    found.setdefault(key, []).append(owner)
    return found


def body_container(tree: etree._Element, paragraphs: list[str]) -> etree._Element | None:
    """The deepest element of the page holding most of the extracted paragraphs."""
    return container_of(paragraph_elements(tree, paragraphs))


def container_of(found: dict[str, list[etree._Element]]) -> etree._Element | None:
    """The deepest element holding most of the found paragraph elements."""
    elements = [el for els in found.values() for el in els]
    return _deepest_common(elements) if elements else None


def _key(text: str) -> str:
    """The opening characters of a text node, normalised as paragraphs are (cheaply: most
    text nodes are not paragraphs, and this runs on every one of them)."""
    return normalize_text(" ".join(text.split()[:12]))[:_KEY_CHARS]


def _deepest_common(elements: list[etree._Element]) -> etree._Element:
    """The deepest ancestor shared by at least _BODY_SHARE of the elements."""
    counts: dict[etree._Element, int] = {}
    depth: dict[etree._Element, int] = {}
    for el in elements:
        chain = [el, *el.iterancestors()]
        for level, ancestor in enumerate(reversed(chain)):
            counts[ancestor] = counts.get(ancestor, 0) + 1
            depth[ancestor] = level
    needed = max(1, int(len(elements) * _BODY_SHARE + 0.5))
    shared = [a for a, n in counts.items() if n >= needed]
    return max(shared, key=lambda a: depth[a])


def body_images(container: etree._Element | None, page_url: str) -> list[dict]:
    """Every content image in the container with its caption: no icons, logos or teasers."""
    if container is None:
        return []
    images: dict[str, dict] = {}
    for img in container.iter("img"):
        if is_decoration(img) or _in_link_to_elsewhere(img, page_url):
            continue
        url = image_url(img, page_url) or _srcset_url(img, page_url)
        if not url:
            continue
        caption = caption_of(img)
        known = images.get(url)
        if known is None:
            images[url] = {"url": url, "caption": caption}
        elif not known["caption"]:
            known["caption"] = caption
    return list(images.values())


def is_decoration(img: etree._Element) -> bool:
    """Icons, logos, avatars, buttons and tracking pixels: by size, file name or class."""
    for side in ("width", "height"):
        value = (img.get(side) or "").strip().removesuffix("px")
        # isdecimal, not isdigit: int() refuses "²" (tests/test_fuzz.py).
        if value.isdecimal() and int(value) < _SMALLEST_SIDE:
            return True
    src = " ".join(img.get(a) or "" for a in ("src", "data-src", "data-original", "class"))
    return src.strip().lower().endswith(".svg") or bool(_DECORATION_RE.search(src))


def _in_link_to_elsewhere(img: etree._Element, page_url: str) -> bool:
    """An image inside a link to another page is a teaser thumbnail, not an illustration.

    A link to the image file itself (a lightbox) keeps it.
    """
    for ancestor in img.iterancestors("a"):
        href = (ancestor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            return False
        try:
            target = urljoin(page_url, href)
        except ValueError:
            target = href  # "http://[::1": malformed, judged as written (tests/test_fuzz.py)
        return not re.search(r"\.(?:jpe?g|png|gif|webp|avif)(?:$|\?)", target, re.I)
    return False


def _srcset_url(img: etree._Element, page_url: str) -> str | None:
    srcset = (img.get("srcset") or img.get("data-srcset") or "").strip()
    first = srcset.split(",")[0].strip().split(" ")[0] if srcset else ""
    if not first or first.startswith("data:"):
        return None
    try:
        return urljoin(page_url, first)
    except ValueError:
        return None  # "http://[::1 1x": a malformed URL names no image (tests/test_fuzz.py)


def caption_of(img: etree._Element) -> str | None:
    """The caption of an image, by the conventions Vietnamese CMSs use to place it.

    In order: a <figure>'s figcaption; a caption-classed element in the image's own box
    (VCCorp PhotoCMS_Caption, MasterCMS image_desc); the rows under the image in a layout
    table (MasterCMS_TPL_TABLE, portals); an italic line right after the image's paragraph
    (WordPress and hand-edited portals).
    """
    for finder in (_figure_caption, _box_caption, _table_caption, _italic_line_after):
        caption = finder(img)
        if caption and len(caption) <= _MAX_CAPTION_CHARS:
            return caption
    return None


def _text(el: etree._Element) -> str:
    return normalize_text(" ".join(el.itertext()))


def _figure_caption(img: etree._Element) -> str | None:
    for figure in img.iterancestors("figure"):
        for caption in figure.iter("figcaption"):
            if text := _text(caption):
                return text
        return None
    return None


def _box_caption(img: etree._Element) -> str | None:
    box = img.getparent()
    for _ in range(_BOX_LEVELS):
        if box is None or len(list(box.iter("img"))) > 1:
            return None
        for el in box.iter():
            if el is img or not isinstance(el.tag, str):
                continue
            if _CAPTION_CLASS_RE.search(el.get("class") or "") and (text := _text(el)):
                return text
        box = box.getparent()
    return None


def _table_caption(img: etree._Element) -> str | None:
    row = next(img.iterancestors("tr"), None)
    if row is None:
        return None
    table = next(row.iterancestors("table"), None)
    if table is None or len(list(table.iter("img"))) > 1:
        return None
    texts = [_text(r) for r in row.itersiblings("tr")]
    own = _text(row)
    return normalize_text(" ".join([own, *texts])) or None


def _italic_line_after(img: etree._Element) -> str | None:
    holder = img
    while holder.getparent() is not None and not _text(holder.getparent()):
        holder = holder.getparent()
    following = holder.getnext()
    if following is None or following.tag not in ("p", "div", "em", "i"):
        return None
    text = _text(following)
    if not text:
        return None
    italic = "".join(
        "".join(el.itertext()) for el in following.iter("em", "i") if el is not following
    )
    if following.tag in ("em", "i") or len(normalize_text(italic)) >= len(text) - 2:
        return text
    return None
