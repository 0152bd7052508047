"""Clean article extraction: one entry point, `extract_article`, for spiders, tests and CLI."""

from __future__ import annotations

import re
from copy import deepcopy
from datetime import datetime

from lxml import etree

from ..families import FAMILIES
from ..site import Layout, Site
from .authors import is_site_name, parse_credit
from .blocks import Block, take_images, to_blocks
from .body import generic_body
from .clean import (
    BOILERPLATE_HEADINGS,
    clean_author,
    clean_blocks,
    parse_source,
    strip_agency_prefix,
)
from .dates import find_date, parse_date, same_day_with_time
from .dom import (
    PARSER_MAX_DEPTH,
    drop,
    parse_html,
    reaches_parser_depth,
    select_all,
    select_first,
    select_text,
    select_texts,
)
from .headline import (
    breadcrumb_category,
    byline_near,
    dateline,
    find_headline,
    headline_text,
    lead_near,
    section_label,
)
from .meta import read_metadata
from .text import normalize_text

__all__ = ["FIELDS", "extract_article", "pick_layout", "parse_html"]

# The record every extraction returns, in this order (it is also the column order).
FIELDS = (
    "url",
    "canonical_url",
    "site",
    "title",
    "lead",  # sa-pô
    "body",
    "author",
    "published_at",
    "published_raw",
    "modified_at",
    "category",
    "tags",
    "images",
    "source",
    "language",
    "layout",
    "warnings",
)
SHORT_BODY_CHARS = 300
# A hostile or broken page nesting past the parser's depth loses its end (dom.PARSER_MAX_DEPTH).
DEPTH_WARNING = (
    f"page nests deeper than the parser reads ({PARSER_MAX_DEPTH} levels): the rest is missing"
)
# Markup conventions for pages nobody described: WordPress's rel=category / rel=tag links
# (breadcrumbs are read in headline.py).
GENERIC_CATEGORY = ("a[rel~='category']",)
GENERIC_TAGS = ("a[rel='tag']",)
_TIME_DATETIME = etree.XPath("//time[@datetime]/@datetime")
_ELLIPSIS = re.compile(r"\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)\s*$")
_VIETNAMESE_LETTERS = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")


def extract_article(
    html: str | bytes | etree._Element,
    url: str,
    site: Site | None = None,
    fetched_at: str | None = None,
) -> dict:
    """Extract one clean article record (see FIELDS) from a page.

    :param html: the page, as text, raw bytes (decoded by its declared charset) or a parsed tree
    :param site: the site description; None takes the generic path (metadata + trafilatura)
    :param fetched_at: ISO time of the fetch, anchor for relative dates ("2 giờ trước")
    """
    tree = html if isinstance(html, etree._Element) else parse_html(html)
    meta = read_metadata(tree, url)
    layout = pick_layout(site, tree)
    if layout is not None:
        record = _from_layout(tree, url, meta, layout)
    else:
        record = _from_generic(tree, url, meta)
    record["url"] = url
    record["site"] = site.slug if site else "generic"
    record["canonical_url"] = meta["canonical_url"]
    record["language"] = meta["language"] or _guess_language(record)
    now = _fetch_time(fetched_at)
    record["published_at"], record["published_raw"] = _date_fields(record, tree, meta, now)
    record["warnings"] = warnings_for(record) + _layout_warnings(
        site, layout, record["published_at"]
    )
    if reaches_parser_depth(tree):
        record["warnings"].append(DEPTH_WARNING)
    return {name: record.get(name) for name in FIELDS}


def _fetch_time(fetched_at: str | None) -> datetime | None:
    """The fetch time as a datetime, the anchor of relative dates; None when absent or bad."""
    try:
        return datetime.fromisoformat(fetched_at) if fetched_at else None
    except ValueError:
        return None


def pick_layout(site: Site | None, tree: etree._Element) -> Layout | None:
    """The layout to read the page with; None means the generic path.

    The site's own layouts first, then the CMS families whose markers are on the page
    (crawler/families.py), for described and undescribed sites alike.
    """
    own = site.layouts if site else ()
    for layout in (*own, *FAMILIES):
        if layout_applies(layout, tree):
            return layout
    return None


def layout_applies(layout: Layout, tree: etree._Element) -> bool:
    """Whether the layout's `match` (default: its body) and its body are both on the page."""
    if select_first(tree, layout.match or layout.body) is None:
        return False
    return layout.match is None or select_first(tree, layout.body) is not None


def _from_layout(tree: etree._Element, url: str, meta: dict, layout: Layout) -> dict:
    fields = layout.fields
    title = select_text(tree, fields.get("title")) or headline_text(tree, meta["title"])
    lead = select_text(tree, fields.get("lead")) or meta["lead"]
    # A breadcrumb may end with the article itself.
    categories = [c for c in select_texts(tree, fields.get("category")) if c != title]
    tags = select_texts(tree, fields.get("tags")) if "tags" in fields else meta["tags"]
    author = select_text(tree, fields.get("author")) or meta["author"]
    container = deepcopy(select_first(tree, layout.body))
    for selector in layout.prune:
        for el in select_all(container, selector):
            drop(el)
    images = take_images(container, url, layout.image_boxes, layout.caption)
    blocks = to_blocks(container)
    record = _finish(blocks, images, url, title, lead, author, meta.get("site_names", ()))
    if not record["body"] and layout in FAMILIES:
        # The CMS's markers were on the page but its text was not where the family keeps it.
        return _from_generic(tree, url, meta)
    record.update(
        category=categories[-1] if categories else meta["category"],
        tags=_unique(tags),
        layout=layout.name,
        _date_raw=select_text(tree, fields.get("published")),
        modified_at=parse_date(select_text(tree, fields.get("modified")) or meta["modified"]),
    )
    if source := select_text(tree, fields.get("source")):
        record["source"] = _source_text(source)
    return record


def _from_generic(tree: etree._Element, url: str, meta: dict) -> dict:
    head = find_headline(tree, meta["title"])
    title = headline_text(tree, meta["title"], head)
    blocks, images = generic_body(tree, url, title)
    record = _finish(
        blocks,
        images,
        url,
        title,
        # Metadata first; the page's own sa-pô and byline markup when it has none.
        meta["lead"] or lead_near(head),
        meta["author"] or byline_near(head),
        meta.get("site_names", ()),
    )
    record.update(
        category=meta["category"] or generic_category(tree, title, meta["title"], head=head),
        _headline=head,
        tags=meta["tags"] or select_texts(tree, GENERIC_TAGS),
        layout="generic",
        _date_raw=None,
        modified_at=parse_date(meta["modified"]),
    )
    return record


def generic_category(
    tree: etree._Element, *titles: str | None, head: etree._Element | None = None
) -> str | None:
    """The breadcrumb's last crumb that is neither home nor the article, else the section
    label by the headline, else a rel=category link."""
    return (
        breadcrumb_category(tree, *titles)
        or section_label(head)
        or select_text(tree, GENERIC_CATEGORY)
    )


def _finish(
    blocks: list[Block], images: list[dict], url: str, title, lead, author, outlets=()
) -> dict:
    title = normalize_text(title or "") or None
    lead = strip_agency_prefix(normalize_text(lead or "")) or None
    captions = tuple(i["caption"] for i in images if i["caption"])
    cleaned = clean_blocks(
        blocks,
        url,
        title=title,
        lead=lead,
        author=author,
        captions=captions,
        outlets=tuple(outlets),
    )
    if lead and cleaned.paragraphs and is_excerpt(lead, cleaned.paragraphs[0]):
        lead = None
    return {
        "title": title,
        "lead": lead,
        "body": "\n\n".join(cleaned.paragraphs),
        "author": clean_author(author) or cleaned.author,
        "source": cleaned.source or byline_source(author, outlets),
        "images": images,
    }


def byline_source(author: str | None, outlets=()) -> str | None:
    """The outlet a byline credits ("Bảo Hân (báo lao động)" on congdoanvietnam.vn), unless it
    is the site's own name ("Ngọc Lan / Tạp chí Lao động và Công đoàn" on that magazine)."""
    source = parse_credit(author).source
    return None if source is None or is_site_name(source, outlets) else source


def is_excerpt(lead: str, first_paragraph: str) -> bool:
    """Whether a meta description is the first paragraph cut short, not a sa-pô.

    WordPress and many portals fill og:description with the opening words of the body and
    an ellipsis; that is no lead, and the paragraph stays in the body.
    """
    stem = _ELLIPSIS.sub("", lead).rstrip()
    return len(stem) < len(first_paragraph) and first_paragraph.startswith(stem)


def _date_fields(
    record: dict, tree, meta: dict, now: datetime | None
) -> tuple[str | None, str | None]:
    """(published_at, published_raw): meta ISO, then the site's selector, then page text.

    A date without its time of day (meta "2024-08-05") takes the time the page shows next to
    the headline for that same day ("05/08/2024 10:30"); a time is never invented.
    """
    selected = record.pop("_date_raw", None)
    head = record.pop("_headline", None)

    def near() -> tuple[str, str] | None:
        return _date_near_title(tree, record.get("title"), meta["title"], head=head)

    for raw in (meta["published"], selected, *_TIME_DATETIME(tree)[:1]):
        if raw and (iso := parse_date(raw, now)):
            return _with_page_time(iso, normalize_text(raw), near)
    if selected and (found := find_date(selected)):
        return _with_page_time(found[1], normalize_text(selected), near)
    found = near()
    return (found[1], found[0]) if found else (None, None)


def _with_page_time(iso: str, raw: str, near) -> tuple[str, str]:
    """(iso, raw), or the dateline's when it gives the time of day of that same date."""
    if len(iso) > len("YYYY-MM-DD") or (found := near()) is None:
        return iso, raw
    timed = same_day_with_time(iso, found[1])
    return (timed, found[0]) if timed else (iso, raw)


def _date_near_title(
    tree, *titles: str | None, head: etree._Element | None = None
) -> tuple[str, str] | None:
    """(raw, iso) of the dateline next to the headline, whatever its tag (headline.dateline).

    Long text (a sapo, a paragraph, another article's teaser) is skipped: "từ ngày 1-1-2027"
    in a sentence is what the article is about, not when it was published.
    """
    if head is None:
        head = find_headline(tree, *titles)
    return dateline(head)


def _guess_language(record: dict) -> str | None:
    sample = (record.get("title") or "") + (record.get("body") or "")[:500]
    return "vi" if any(c in _VIETNAMESE_LETTERS for c in sample) else None


def warnings_for(record: dict) -> list[str]:
    """What looked wrong: missing title or date, a short body, a boilerplate marker left in."""
    warnings = []
    if not record.get("title"):
        warnings.append("no title")
    if not record.get("published_at"):
        warnings.append("no date")
    body = record.get("body") or ""
    if "\ufffd" in body or "\ufffd" in (record.get("title") or ""):
        # Bytes the declared charset could not decode: the page lies about its encoding.
        warnings.append("undecodable characters (wrong charset?)")
    if len(body) < SHORT_BODY_CHARS:
        warnings.append(f"short body ({len(body)} chars)")
    for paragraph in body.split("\n\n"):
        lowered = paragraph.casefold().rstrip(" :")
        if lowered in BOILERPLATE_HEADINGS:
            warnings.append(f"leaked marker: {paragraph}")
    return warnings


def _layout_warnings(
    site: Site | None, layout: Layout | None, published_at: str | None
) -> list[str]:
    """Signs the site may have changed: none of its layouts matched, or a page in an old
    layout is dated after that layout's end."""
    warnings = []
    if site and layout not in site.layouts:
        warnings.append(f"no layout of {site.slug} matched: site changed?")
    dated = layout and layout.valid_until and published_at
    if dated and published_at[:10] > layout.valid_until.isoformat():
        warnings.append(f"layout {layout.name} is dated until {layout.valid_until}")
    return warnings


def _source_text(text: str) -> str:
    return parse_source(text) or text


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))
