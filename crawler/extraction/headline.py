"""What a reader finds around the headline: the headline itself, its dateline, sa-pô, byline
and the breadcrumb above it. Pure functions over a parsed page, for pages nobody described.

Every rule here is a markup or wording convention of the Vietnamese press, not one site's
selectors (those live in spiders/<site>.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from .clean import clean_author
from .dates import find_date
from .dom import text_of
from .text import normalize_text

# Longest text node read as a dateline or byline; a longer one is a sentence (a sa-pô, a
# paragraph, a teaser), and "từ ngày 1-1-2027" in a sentence is not a publication date.
DATELINE_CHARS = 100
# Text nodes read after the headline (and before it) when looking for the dateline.
_LINES_AFTER = 60
_LINES_BEFORE = 8
# Text nodes read after the headline when looking for its sa-pô or section label.
_TEXTS_BEFORE_BODY = 200
# The article has begun once this many sentences have passed under the headline: the sa-pô is
# the first, the body's first paragraph the second. Short lines further down (captions,
# "Tin khác" items with their dates) are not the dateline.
_SENTENCES_BEFORE_BODY = 2
# Headlines and titles shorter than this are section names ("Thời sự"), not headlines.
_MIN_HEADLINE_CHARS = 10

# " - Site name", " | Section", " – Site" after a headline in <title> and og:title.
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
_CLASS_ATTRS = etree.XPath(".//@class")
# Class names that mark a headline, matched as substrings of the class attribute because CMSs
# compose them: detail__title, title-detail, the-article-title, ArticleTitle, tieude, tieu-de.
_TITLE_CLASS_PARTS = ("title", "tieude", "tieu-de", "tieu_de", "headline")
_H2_H3 = etree.XPath("//body//*[self::h2 or self::h3]")
_H1 = etree.XPath("//body//h1")
_TEXT_WITH = etree.XPath("//body//text()[contains(., $w) or contains(., $d)]")


_INVISIBLE = frozenset({"script", "style", "noscript", "template"})
_INLINE_TAGS = frozenset(
    {"a", "b", "strong", "em", "i", "u", "span", "font", "small", "sup", "sub", "mark", "time"}
)
_OG_TITLE = etree.XPath("//meta[@property='og:title']/@content")
_TITLE_TAG = etree.XPath("//title/text()")
_SITE_NAME = etree.XPath("//meta[@property='og:site_name']/@content")
# Where a headline never is: the document head, navigation, and the link lists of a page.
_NOT_HEADLINE_TAGS = frozenset({"html", "head", "title", "meta", "script", "style", "a", "li"})
_NAV_TAGS = frozenset({"nav", "footer", "aside"})

# Sa-pô class vocabulary (the lead: "sa-pô" from French "chapeau"). Stems nobody uses for
# anything else match anywhere in a class token (detail-sapo, e-magazine__sapo, newsapo,
# chappeau); common English words must be a whole word of the class (summary in
# the-article-summary and detail__summary, lead in ArticleLead, description in p.description),
# so "leader" or "headline-lead-in" stay out.
_LEAD_STEMS = ("sapo", "chapeau", "chappeau", "tomtat", "tom-tat")
_LEAD_WORDS = frozenset(
    {"lead", "summary", "description", "desc", "excerpt", "intro", "abstract", "teaser"}
)
# A class with one of these words is a caption, a title or a byline even if it says "desc":
# vietnamnet's photo captions are td.image_desc; bongdaplus wraps its h1 in div.lead-title.
_NOT_LEAD_WORDS = frozenset(
    {"title", "caption", "image", "img", "photo", "pic", "figure", "thumb", "author", "date"}
)
# Shortest sa-pô worth the name (one clause).
_MIN_LEAD_CHARS = 30

# Byline class vocabulary: byline, author, author-name, tac-gia, tacgia, writer; rel=author
# and schema.org itemprop=author; and links to an author page (/tac-gia/…, /author/…).
_BYLINE_CLASS_PARTS = ("byline", "author", "tac-gia", "tacgia", "tac_gia", "writer")
_BYLINE_MARKUP = etree.XPath(
    ".//@rel[contains(concat(' ', ., ' '), ' author ')]/.. | .//@itemprop[. = 'author']/.."
    " | .//a/@href[contains(., '/tac-gia/') or contains(., '/author/')]/.."
)
_NAME_XPATH = etree.XPath(
    ".//*[@itemprop='name' or contains(concat(' ', @class, ' '), ' name ')"
    " or contains(@class, 'author-name') or contains(@class, 'author_name')]"
)
# Class words that are not a byline even with "author" in them: comment authors, avatars,
# author boxes' descriptions, follow buttons, and the author page menu entry.
_NOT_BYLINE_WORDS = frozenset(
    {"comment", "comments", "avatar", "img", "image", "desc", "description", "follow", "bio"}
    | {"related", "relate", "lienquan", "tinlienquan", "tinkhac", "other"}
)
# An item of a list of articles is a small box (a headline link, a teaser, its byline).
_ITEM_CHARS = 300
# "Đăng bởi Ban Tuyên giáo", "Người đăng: admin", "Posted by": WordPress and portal themes name
# the account that uploaded the post there, not the writer, who signs the end of the text.
_POSTER_RE = re.compile(r"^(?:đăng bởi|người đăng|posted by|người cập nhật|cập nhật bởi)\b", re.I)
# An attribution ("Theo VOV", "Nguồn: TTXVN") is the source, not the author.
_SOURCE_LINE_RE = re.compile(r"^\(?\s*(?:theo|nguồn)\b", re.I)
_MAX_BYLINE_CHARS = 80

# Breadcrumb markup conventions: a class or id with "breadcrumb" (breadcrumb, breadcrumbs,
# title-breadcrumbs) or its Vietnamese name "đường dẫn" (duongdan, duong-dan: homegrown portals),
# schema.org BreadcrumbList microdata, ARIA breadcrumb navigation.
_BREADCRUMB_MARKUP = etree.XPath(
    "//body//@id[contains(., 'readcrumb')]/.. | //body//@itemtype[contains(., 'BreadcrumbList')]/.."
    " | //body//@aria-label[contains(., 'readcrumb')]/.."
)
_BREADCRUMB_CLASS_PARTS = ("breadcrumb", "duongdan", "duong-dan")
# Drop-down menus inside a breadcrumb bar list the sibling sections, not the trail.
_SUBMENU_WORDS = ("sub", "dropdown", "menu", "child")
_HOME_WORDS = frozenset({"trang chủ", "trang nhất", "home", "trang chu", "homepage"})
_RELATED_LINK_CHARS = 20


def title_variants(title: str | None) -> list[str]:
    """The title and its prefixes without " - Section - Site name" suffixes, longest first.

    "Thanh tra vụ chặt cây xanh - Chính trị - Xã hội - Tuổi Trẻ Online" gives the whole
    title, then without " - Tuổi Trẻ Online", ... down to "Thanh tra vụ chặt cây xanh".
    Variants shorter than a headline are left out.
    """
    title = normalize_text(title or "")
    if not title:
        return []
    variants = [title]
    for m in reversed(list(_TITLE_SEPARATOR.finditer(title))):
        variants.append(title[: m.start()])
    return [v for v in variants if len(v) >= _MIN_HEADLINE_CHARS]


def headline_part(title: str | None, site_names: Iterable[str] = ()) -> str | None:
    """The headline in a "<headline> - <site>" or "<site> | <headline>" title: its longest
    part that is not the site's name (`site_names`, folded)."""
    title = normalize_text(title or "")
    if not title:
        return None
    names = set(site_names)
    parts = [p for p in _TITLE_SEPARATOR.split(title) if p.casefold() not in names]
    return max(parts, key=len) if parts else title


def title_evidence(tree: etree._Element, titles: Iterable[str | None]) -> list[str]:
    """The titles to compare elements with: those given, then og:title and <title>."""
    found = [*titles, *_OG_TITLE(tree)[:1], *_TITLE_TAG(tree)[:1]]
    own_names = site_names(tree)
    seen: dict[str, None] = {}
    for title in found:
        for variant in title_variants(title):
            if variant.casefold() not in own_names:
                seen.setdefault(variant, None)
    return list(seen)


def site_names(tree: etree._Element) -> set[str]:
    """What a logo h1 says, folded: og:site_name, and the last part of a "<headline> - <site>"
    <title> when it is not the longest part (in "<site> | <headline>" the last is the headline)."""
    names = {normalize_text(n).casefold() for n in _SITE_NAME(tree)}
    for title in _TITLE_TAG(tree)[:1]:
        parts = _TITLE_SEPARATOR.split(normalize_text(title))
        if len(parts) > 1 and len(parts[-1]) < max(len(p) for p in parts):
            names.add(parts[-1].casefold())
    return names - {""}


def find_headline(tree: etree._Element, *titles: str | None) -> etree._Element | None:
    """The element that carries the headline, whatever its tag.

    In order: an h1 that agrees with the title evidence (the meta title, og:title, <title>
    without its " - Site name"); an h2/h3 or an element with a title class (title, tieu-de,
    headline...) whose text is that title or most of it; any element whose text is exactly the
    title; a lone h1 that does not name the site. Small portals wrap their logo or site name in
    an h1 and write the headline in an h2 (issue 6: "a portal whose headline is an h2").
    """
    evidence = title_evidence(tree, titles)
    folded = [e.casefold() for e in evidence]
    own_names = site_names(tree)
    h1s = [h for h in _H1(tree) if _headline_like(h, own_names)]
    for h1 in h1s:
        if _agrees(text_of(h1).casefold(), folded, loose=True):
            return h1
    if folded:
        candidates = [*_H2_H3(tree), *_with_class(tree, _TITLE_CLASS_PARTS)]
        agreeing = [
            el
            for el in candidates
            if el.tag != "h1" and _agrees(text_of(el).casefold(), folded) and _can_be_headline(el)
        ]
        if agreeing:
            return _in_page_order(agreeing)[0]
        if (el := _element_with_text(tree, evidence)) is not None:
            return el
    return h1s[0] if len(h1s) == 1 else None


def _headline_like(el: etree._Element, site_names: set[str]) -> bool:
    text = text_of(el)
    return len(text) >= _MIN_HEADLINE_CHARS and text.casefold() not in site_names


def _agrees(text: str, titles: list[str], loose: bool = False) -> bool:
    """Whether an element's (folded) text is the title, or most of it.

    `loose` (for h1s) also accepts an h1 that contains the title: og:title is often a
    shortened variant of the h1.
    """
    if len(text) < _MIN_HEADLINE_CHARS:
        return False
    for title in titles:
        if text == title:
            return True
        if text in title and len(text) * 2 >= len(title):
            return True
        if loose and title in text:
            return True
    return False


def _can_be_headline(el: etree._Element) -> bool:
    """Not in the head, a link, a list item, navigation or a breadcrumb."""
    for node in (el, *el.iterancestors()):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "body":
            return True
        if tag in _NOT_HEADLINE_TAGS or tag in _NAV_TAGS:
            return False
        if "breadcrumb" in (node.get("class") or "").lower():
            return False
    return True


def _element_with_text(tree: etree._Element, evidence: list[str]) -> etree._Element | None:
    """The innermost element whose whole text is one of the titles (first in the page)."""
    titles = [e.casefold() for e in evidence]
    # libxml2 finds the few text nodes holding a title's first word (as written, or
    # decomposed on NFD pages) faster than Python reads them all.
    words = dict.fromkeys(e.split(maxsplit=1)[0] for e in evidence)
    for word in words:
        if (el := _first_element_with_text(tree, word, titles)) is not None:
            return el
    return None


def _first_element_with_text(
    tree: etree._Element, word: str, titles: list[str]
) -> etree._Element | None:
    for node in _TEXT_WITH(tree, w=word, d=unicodedata.normalize("NFD", word)):
        el = node.getparent()
        if node.is_tail:
            el = el.getparent()
        text = normalize_text(node).casefold()
        if el is None or not any(t.startswith(text) for t in titles):
            continue
        for _ in range(3):
            if el is None:
                break
            if text_of(el).casefold() in titles:
                if _can_be_headline(el):
                    return el
                break
            el = el.getparent()
    return None


def headline_text(
    tree: etree._Element, meta_title: str | None, head: etree._Element | None = None
) -> str | None:
    """The headline: from its element (`head`, else found), else the meta title without its
    " - Site name" suffix."""
    if head is None:
        head = find_headline(tree, meta_title)
    if head is not None:
        return text_of(head)
    return headline_part(meta_title, site_names(tree))


# -- walking the page -----------------------------------------------------------------------


def _with_class(root: etree._Element, parts: Iterable[str]) -> list[etree._Element]:
    """Elements under `root` whose class attribute contains one of `parts`, case-insensitively.

    One pass over the class strings: cheaper than an XPath with a contains() per part.
    """
    return [c.getparent() for c in _CLASS_ATTRS(root) if any(p in c.lower() for p in parts)]


def _in_page_order(*groups: list[etree._Element]) -> list[etree._Element]:
    """The elements of several lists, once each, in page order."""
    return sorted({el for group in groups for el in group}, key=_page_position)


def _page_position(el: etree._Element) -> list[int]:
    """The element's path of child indexes from the root: sorts in page order."""
    path = []
    parent = el.getparent()
    while parent is not None:
        path.append(parent.index(el))
        el, parent = parent, parent.getparent()
    return path[::-1]


# Deeper than the HTML parser ever nests (256 levels), the rest is read as one flat text, so a
# tree built in code cannot outgrow Python's stack (tests/test_fuzz.py).
_MAX_NESTING = 200


def _texts_in(el: etree._Element, depth: int = 0) -> Iterator[tuple[str, etree._Element]]:
    """(text, element holding it) for the visible text inside `el`, in page order."""
    if depth > _MAX_NESTING:
        yield " ".join(el.itertext()), el
        return
    if el.text and isinstance(el.tag, str) and el.tag not in _INVISIBLE:
        yield el.text, el
    if isinstance(el.tag, str) and el.tag in _INVISIBLE:
        return
    for child in el:
        yield from _texts_in(child, depth + 1)
        if child.tail:
            yield child.tail, el


def _texts_after(el: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """(text, element holding it) for the text after `el` in page order, lazily: a headline
    needs the next few dozen lines, not the thousands below it."""
    node = el
    while node is not None and node.tag != "html":
        parent = node.getparent()
        if node.tail and parent is not None:
            yield node.tail, parent
        for sibling in node.itersiblings():
            yield from _texts_in(sibling)
            if sibling.tail and parent is not None:
                yield sibling.tail, parent
        node = parent


# -- dateline -----------------------------------------------------------------------------


def _lines_after(head: etree._Element) -> list[str]:
    """Short text lines under the headline, until the article's sentences have begun."""
    lines = []
    sentences = 0
    for node, owner in islice(_texts_after(head), _LINES_AFTER):
        line = normalize_text(node)
        if not line:
            continue
        if len(line) > DATELINE_CHARS:
            sentences += 1
            if sentences >= _SENTENCES_BEFORE_BODY:
                break
            continue
        if not _in_sentence(owner):
            lines.append(line)
    return lines


def _in_sentence(owner: etree._Element) -> bool:
    """Whether a short text is a piece of running text: "Sáng <b>5/8/2024</b>, Công đoàn…"
    splits a paragraph into short nodes, and its date is not the dateline."""
    el = owner
    while el is not None and el.tag in _INLINE_TAGS:
        el = el.getparent()
    return el is not None and el.tag == "p" and len(text_of(el)) > DATELINE_CHARS


def _outer(head: etree._Element) -> etree._Element:
    """The headline with the wrappers that hold nothing else (div.lead-title > h1)."""
    text = text_of(head)
    el = head
    while (parent := el.getparent()) is not None and parent.tag != "body":
        if text_of(parent) != text:
            break
        el = parent
    return el


def _lines_before(head: etree._Element) -> list[str]:
    """Short text lines just above the headline, in its container, nearest first.

    vnexpress.net and vneconomy.vn write the date above the headline ("span.date" between the
    breadcrumb and the h1, "div.detail__meta" in the article header). Only the headline's
    preceding siblings are read, so a clock in the site header is not taken for it.
    """
    lines: list[str] = []
    for sibling in _outer(head).itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        for text, owner in reversed(list(_texts_in(sibling))):
            line = normalize_text(text)
            if not line:
                continue
            if len(line) > DATELINE_CHARS or len(lines) >= _LINES_BEFORE:
                return lines
            if not _in_sentence(owner):
                lines.append(line)
    return lines


def _first_date(lines: list[str]) -> tuple[int, tuple[str, str]] | None:
    """(index of the line, (raw, iso)) of the first line that holds a date.

    A time written in its own node next to the date ("<span>09:00</span><span>10/03/2021</span>")
    is read with it: the neighbouring lines are joined with " | ", the separator MasterCMS
    prints between them ("09:00 | 10/03/2021").
    """
    for i, line in enumerate(lines):
        if find_date(line) is None:
            continue
        window = " | ".join(lines[max(0, i - 1) : i + 2])
        return i, find_date(window) or find_date(line)
    return None


def dateline(head: etree._Element | None) -> tuple[str, str] | None:
    """(raw, iso) of the date written in the short lines right after or right before the headline.

    The nearer one wins (after it on a tie). Long text is skipped, so a date in a sentence of
    the sa-pô or the body is never taken for the publication date.
    """
    if head is None:
        return None
    after = _first_date(_lines_after(head))
    # Lines before are nearest first; reading them in page order keeps "09:00 | 10/03/2021".
    before_lines = _lines_before(head)
    before = _first_date(list(reversed(before_lines)))
    if before is not None:
        before = (len(before_lines) - 1 - before[0], before[1])
    if after is not None and (before is None or after[0] <= before[0]):
        return after[1]
    return before[1] if before is not None else None


# -- sa-pô ----------------------------------------------------------------------------------


def _class_words(el: etree._Element) -> list[str]:
    """Words of the class attribute: split at spaces, "-", "_" and camelCase ("ArticleLead")."""
    raw = el.get("class") or ""
    raw = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", raw)
    return [w for w in re.split(r"[\s_\-]+", raw.lower()) if w]


def _is_lead_class(el: etree._Element) -> bool:
    words = _class_words(el)
    if not words or _NOT_LEAD_WORDS.intersection(words):
        return False
    tokens = (el.get("class") or "").lower().split()
    return bool(_LEAD_WORDS.intersection(words)) or any(
        stem in token for token in tokens for stem in _LEAD_STEMS
    )


def article_container(head: etree._Element, levels: int = 3) -> etree._Element:
    """The headline's article: its nearest ancestor (at most `levels` up) below <body>."""
    container = head
    for ancestor in head.iterancestors():
        if ancestor.tag in ("body", "html") or levels == 0:
            break
        container = ancestor
        levels -= 1
    return container


def _in_link_or_item(el: etree._Element, stop: etree._Element) -> bool:
    for node in (el, *el.iterancestors()):
        if node is stop:
            return False
        if node.tag in ("a", "li"):
            return True
    return False


def _is_teaser(el: etree._Element, container: etree._Element) -> bool:
    """A sa-pô of another article: inside a link or list item, mostly link text, or right after
    a headline link in the same item (h3 > a, then p.sapo)."""
    if _in_link_or_item(el, container):
        return True
    text = text_of(el)
    linked = sum(len(text_of(a)) for a in el.iter("a"))
    if text and linked * 2 >= len(text):
        return True
    for sibling in el.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        links = [sibling] if sibling.tag == "a" else list(sibling.iter("a"))
        if any(_article_link(a) for a in links):
            return True
    return False


def _article_link(a: etree._Element) -> bool:
    """A link with a headline's worth of text to somewhere else (not "#", not javascript:)."""
    href = (a.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return False
    return len(text_of(a)) >= _RELATED_LINK_CHARS


def _candidates_after(head: etree._Element, container: etree._Element) -> Iterator:
    """Elements after the headline in the container, until the body's first sentence.

    A sentence (a text node longer than a dateline) outside any sa-pô candidate, link or list
    item means the article body has begun.
    """
    for node, parent in islice(_texts_after(head), _TEXTS_BEFORE_BODY):
        if not _within(parent, container):
            return
        yield parent
        if len(normalize_text(node)) > DATELINE_CHARS and not _in_lead_or_link(parent, container):
            return


def _in_lead_or_link(el: etree._Element, container: etree._Element) -> bool:
    in_lead = any(_is_lead_class(a) for a in (el, *el.iterancestors()))
    return in_lead or _in_link_or_item(el, container)


def _within(el: etree._Element, container: etree._Element) -> bool:
    return any(a is container for a in el.iterancestors()) or el is container


def lead_near(head: etree._Element | None) -> str | None:
    """The sa-pô next to the headline: an element of the sa-pô class vocabulary after the
    headline, in the same article, before the body starts; never another article's teaser."""
    if head is None:
        return None
    container = article_container(head)
    # The set keeps the element proxies alive, so lxml hands back the same objects.
    seen: set[etree._Element] = set()
    for el in _candidates_after(head, container):
        for candidate in (el, *el.iterancestors()):
            if candidate is container or candidate in seen:
                break
            seen.add(candidate)
            if not _is_lead_class(candidate) or _is_teaser(candidate, container):
                continue
            text = text_of(candidate)
            if len(text) >= _MIN_LEAD_CHARS:
                return text
    return None


# -- byline ---------------------------------------------------------------------------------


def byline_near(head: etree._Element | None) -> str | None:
    """The author named by byline markup near the headline or at the end of the article.

    Byline markup: a class with byline, author, tac-gia or tacgia; rel=author;
    itemprop=author; a link to an author page (/tac-gia/..., /author/...). Searched in the
    article (the headline's ancestor, up to four levels), first match in page order, skipping
    comment authors, the bylines of other articles' teasers and uploader accounts ("Đăng bởi").
    """
    if head is None:
        return None
    container = article_container(head, levels=4)
    marked = _in_page_order(_with_class(container, _BYLINE_CLASS_PARTS), _BYLINE_MARKUP(container))
    for el in marked:
        if _skip_byline(el, container):
            continue
        if name := _byline_name(el):
            return name
    return None


def _skip_byline(el: etree._Element, container: etree._Element) -> bool:
    for depth, node in enumerate((el, *el.iterancestors())):
        if node is container:
            break
        if depth <= 2 and _POSTER_RE.match(text_of(node)):
            return True
        if node.tag in _NAV_TAGS or _NOT_BYLINE_WORDS.intersection(_class_words(node)):
            return True
        if node.tag == "li" and node.getparent() is not None and len(node.getparent()) > 1:
            # An item of a list of articles (each with its author), or of the site menu.
            return True
        if 1 <= depth <= 2 and _is_article_item(node, el):
            return True
    return False


def _is_article_item(box: etree._Element, byline: etree._Element) -> bool:
    """A small box holding a link to another article besides the byline: a teaser item."""
    if len(text_of(box)) > _ITEM_CHARS:
        return False
    inside = set(byline.iter("a"))
    return any(_article_link(a) for a in box.iter("a") if a not in inside)


def _byline_name(el: etree._Element) -> str | None:
    """The name in a byline element: its name child, its author links, else its text."""
    names = [text_of(n) for n in _NAME_XPATH(el)]
    if not names:
        links = [a for a in el.iter("a") if _author_link(a)]
        names = [text_of(a) for a in links] if len(links) > 1 else []
    text = ", ".join(n for n in names if n) or text_of(el)
    if not text or len(text) > _MAX_BYLINE_CHARS or _POSTER_RE.match(text):
        return None
    if _SOURCE_LINE_RE.match(text):
        return None
    if found := find_date(text):
        # "Bảo Hân 29/01/2026 15:59 (GMT+7)", "Đỗ Trung • 07:12 ngày 24/03/2024".
        text = text.split(found[0])[0]
    text = re.sub(r"[\s\-–—•|,:]+$", "", text)
    name = clean_author(text)
    if not name or not any(c.isalpha() for c in name) or name.casefold() in _BYLINE_LABELS:
        return None
    return name


def _author_link(a: etree._Element) -> bool:
    href = a.get("href") or ""
    return "/tac-gia/" in href or "/author/" in href or "author" in (a.get("rel") or "").split()


# A byline element that only holds its label.
_BYLINE_LABELS = frozenset({"tác giả", "tác giả:", "author", "by", "phóng viên", "bài viết"})


# -- breadcrumb and section label -----------------------------------------------------------


def breadcrumb_category(tree: etree._Element, *titles: str | None) -> str | None:
    """The last crumb of the page's breadcrumb that is neither the home page nor the article.

    Breadcrumbs are found by markup convention (class or id with "breadcrumb", BreadcrumbList
    microdata, aria-label="breadcrumb"). A crumb is a link of the trail; links in a drop-down of
    sibling sections are not. The first crumb is the home page when it links to the site root,
    has no text (an icon), has a "home" class or says "Trang chủ"; it is never the category.
    """
    folded = {t.casefold() for title in titles for t in title_variants(title)}
    trails = _in_page_order(_with_class(tree, _BREADCRUMB_CLASS_PARTS), _BREADCRUMB_MARKUP(tree))
    for trail in trails:
        if any(a in trails for a in trail.iterancestors()):
            continue  # an inner part of a trail already read
        crumbs = _crumbs(trail)
        if crumbs and _is_home(crumbs[0]):
            crumbs = crumbs[1:]
        names = [text_of(a) for a in crumbs]
        names = [n for n in names if n and n.casefold() not in folded]
        if names:
            return names[-1]
    return None


def section_label(head: etree._Element | None) -> str | None:
    """The section link printed over or under the headline, when the page has no breadcrumb.

    Article headers label the section with a link in an element whose class names it:
    p.the-article-category (znews.vn), div.detail-cate (nld.com.vn), span.cat (cafebiz.vn),
    div.top-cate-head-title (vietnamnet.vn), catego-title (tuoitre.vn). Read among the short
    lines under the headline and in the elements just before it or before its two nearest
    ancestors; never in a list (menus) or navigation.
    """
    if head is None:
        return None
    container = article_container(head)
    for el in _near_headline(head, container):
        if (label := _section_link_text(el)) is not None:
            return label
    return None


def _near_headline(head: etree._Element, container: etree._Element) -> Iterator[etree._Element]:
    """Elements just before the headline (and before its two nearest ancestors), nearest
    first, then those under it until the body starts."""
    el = head
    for _ in range(3):
        for sibling in list(el.itersiblings(preceding=True))[:_SIBLINGS_BEFORE]:
            if isinstance(sibling.tag, str):
                yield from sibling.iter("a")
        el = el.getparent()
        if el is None or el.tag == "body":
            break
    seen: set[etree._Element] = set()
    for parent in _candidates_after(head, container):
        if parent.tag == "a" and parent not in seen:
            seen.add(parent)
            yield parent


def _section_link_text(a: etree._Element) -> str | None:
    """The text of a section link: short, to a section's address, in a section-named box.

    Listing items are named after their section too (VCCorp's box-category-link-title), so a
    link to an article (a long slug or a numeric id) or in a title box is no label.
    """
    href = (a.get("href") or "").strip()
    if a.tag != "a" or not href or _ARTICLE_ADDRESS.search(urlsplit(href).path):
        return None
    text = text_of(a)
    if not text or len(text) > _MAX_SECTION_CHARS:
        return None
    nodes = [a, *a.iterancestors()][:3]
    if any(n.tag in ("li", "nav") for n in nodes):
        return None
    words = {w for n in nodes for w in _class_words(n)}
    if words & _NOT_SECTION_BOXES or _NOT_SECTION_LINKS.intersection(_class_words(a)):
        return None
    return text if any(_is_section_word(w) for w in words) else None


def _is_section_word(word: str) -> bool:
    return word.startswith(("cat", "chuyenmuc", "chuyen", "zone")) and not word.startswith(
        ("catch",)
    )


_SIBLINGS_BEFORE = 3
# An article's address: a slug of five words or more, or a long numeric id (nld.com.vn's
# -196260307071308923.htm, cafebiz's -20220120123728536.chn, laodong.vn's -1234567.ldo).
_ARTICLE_ADDRESS = re.compile(r"\d{6,}|(?:[^/-]+-){4,}[^/-]+/?$")
_NOT_SECTION_LINKS = frozenset({"title", "sapo", "avatar", "thumb"})
_NOT_SECTION_BOXES = frozenset({"item", "related"})
_MAX_SECTION_CHARS = 40


def _crumbs(trail: etree._Element) -> list[etree._Element]:
    """The links of a trail, without those in a drop-down of sibling sections."""
    crumbs = []
    for a in trail.iter("a"):
        between = []
        for node in a.iterancestors():
            if node is trail:
                break
            between.append(node)
        if not any(_is_submenu(node) for node in between):
            crumbs.append(a)
    return crumbs


def _is_submenu(el: etree._Element) -> bool:
    return any(w in _SUBMENU_WORDS or w.startswith("sub") for w in _class_words(el))


def _is_home(a: etree._Element) -> bool:
    text = text_of(a).casefold()
    if not text or text in _HOME_WORDS:
        return True
    parent = a.getparent()
    if any("home" in _class_words(el) for el in (a, parent) if el is not None):
        return True
    href = (a.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:")):
        return False
    try:
        parts = urlsplit(href)
    except ValueError:
        return False  # "http://[::1": malformed, no link to the root (tests/test_fuzz.py)
    return not parts.query and parts.path in _ROOT_PATHS


_ROOT_PATHS = frozenset(
    {"", "/", "./", "/index.html", "index.html", "./index.html", "../index.html"}
)
