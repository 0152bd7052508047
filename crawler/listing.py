"""A listing page's own article links and its next page (pure: lxml, no Scrapy).

A described site says where its items and next page are (`Site.listing_links`, `next_page`).
A page nobody described is read by the conventions of news markup: its own items are the
article links of the main column, not those of the header, menus, sidebars, most-read,
editor-pick, sponsored, video, topic or event boxes, nor the related links under one item.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from lxml import etree
from parsel.csstranslator import HTMLTranslator

from .discovery import has_article_id, looks_like_article_url
from .extraction.dom import as_tuple, parse_html, text_of
from .extraction.text import normalize_text
from .responses import is_home_page
from .site import Site

# --- URLs ------------------------------------------------------------------------------------


def absolute_url(base_url: str, href: str) -> str:
    """`href` made absolute against `base_url`, without its #fragment."""
    return urljoin(base_url, href.strip()).split("#", 1)[0]


def host_and_port(url: str) -> tuple[str, int | None]:
    """A URL's host without a leading www., and its explicit port (None for the default)."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = -1
    return (parts.hostname or "").removeprefix("www."), port


def on_site(url: str, listing_url: str) -> bool:
    """Whether `url` is on the listing's site: the same host or a subdomain of it, same port.

    News sites keep sections on subdomains (thethao.tuoitre.vn, dulich.tuoitre.vn on the
    tuoitre.vn home page, 2015); another port is another site (the test mirror's rule).
    """
    host, port = host_and_port(url)
    site_host, site_port = host_and_port(listing_url)
    same = host == site_host or host.endswith("." + site_host)
    return port == site_port and bool(host) and same


def is_site_article(site: Site, url: str) -> bool:
    """Whether `url` is one of a described site's articles (its shape, not an excluded host)."""
    host = urlsplit(url).hostname or ""
    if any(host.endswith(h) for h in site.exclude_hosts):
        return False
    return site.is_article_url(url)


def _unique(urls) -> list[str]:
    return list(dict.fromkeys(urls))


# --- Described sites -------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _compiled(selector: str) -> etree.XPath:
    """A Scrapy-style selector (CSS with ::attr()/::text, or XPath) compiled once."""
    if selector.lstrip().startswith(("/", "(", "./")):
        return etree.XPath(selector)
    return etree.XPath(HTMLTranslator().css_to_xpath(selector))


def select_strings(tree, selector: str) -> list[str]:
    """The string values a selector gives on a page (attributes, texts), as `response.css`."""
    return [str(v) for v in _compiled(selector)(tree) if isinstance(v, str)]


def site_article_links(tree, url: str, site: Site) -> list[str]:
    """Article URLs of a described site's listing, from its first `listing_links` that finds any."""
    for selector in as_tuple(site.listing_links):
        urls = _unique(absolute_url(url, h) for h in select_strings(tree, selector))
        urls = [u for u in urls if is_site_article(site, u)]
        if urls:
            return urls
    return []


def site_next_page(tree, url: str, site: Site) -> str | None:
    """The next listing page by the site's `next_page` selectors."""
    for selector in as_tuple(site.next_page):
        for href in select_strings(tree, selector):
            if href.strip() and not href.strip().startswith(("javascript:", "#")):
                return absolute_url(url, href)
            break
    return None


# --- Undescribed sites: the page's own items -------------------------------------------------

# Elements that are page chrome by their tag or ARIA role, never the list.
CHROME_TAGS = frozenset(("nav", "aside", "menu", "select", "dialog"))
# Page header and footer, by tag or class word (header__top, kenh14-header-wrapper, dt-header);
# inside an <article> they are a teaser's own header (laodong.vn `article > header > h4 > a`,
# research/sites.md §2), not the page's.
_HEADER_TAGS = frozenset(("header", "footer"))
CHROME_ROLES = frozenset(
    ("navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "search")
)
# Class and id words of chrome and of boxes that are not the listing's own, as Vietnamese news
# templates name them. Matched against the words of a class or id (split at -, _ and case).
#   layout chrome: menu, nav, sidebar, breadcrumb, popups (header/footer: _HEADER_TAGS);
#   most-read: "most" (most-read, mostview: vnexpress, kenh14), "doc-nhieu", "xem-nhieu",
#   "top-view", "hot";
#   promoted: "pr", "sponsor", "tai-tro", "quang-cao"/"qc", "ads"/"adv"/"advertising", "admicro";
#   curated picks: "editor-pick", "trending" ("tieu-diem" is not: dantri.com.vn's own grid);
#   video boxes: "video" (dantri boxVideo/boxvideonews, kenh14 k14-videoUpdate), only for an
#   element around several stories (_BOX_ONLY_WORDS): one teaser marked "video" in the list
#   is an item of it.
# Not "event", "topic" or "tag": their pages are left out by URL (discovery.LISTING_SEGMENTS), and
# a box of articles about an event in the main column is the page's own (dantri.com.vn 2020
# dt-section--event, "Tin tức sự kiện" highlight-event).
_BOX_WORDS = frozenset(
    ("menu", "menus", "nav", "navbar", "navigation", "sidebar", "breadcrumb", "breadcrumbs")
    + ("breadcrums", "popup", "modal", "social", "share", "login", "comment", "comments")
    + ("most", "mostview", "mostviewed", "mostread", "docnhieu", "xemnhieu", "topview", "hot")
    + ("pr", "sponsor", "sponsored", "taitro", "quangcao", "qc", "ads", "adv", "advert")
    + ("advertising", "admicro", "banner", "editorpick", "trending", "trend", "ticker")
    + ("marquee", "video", "videos")
)
_BOX_ONLY_WORDS = frozenset(("video", "videos", "hot"))
# Related links under one item ("tin liên quan", "read more": nld.com.vn box-category-item-related,
# kenh14.vn knswli-readmore) are lines of text; a "related" container of teasers with thumbnails
# is a list (tuoitre.vn item-related holds a section's next top stories, 2026).
_RELATED_WORDS = frozenset(("related", "relate", "relation", "readmore", "lienquan"))
# Two-word names whose words alone are common ("doc nhieu" = most read, "tai tro" = sponsor).
_BOX_PAIRS = frozenset(
    ("doc nhieu", "xem nhieu", "top view", "tai tro", "quang cao", "editor pick", "most read")
    + ("most view", "trend ad")
)
# Headings of boxes that are not the list: most read, most viewed, sponsored, editor picks.
_BOX_HEADINGS = re.compile(
    r"đọc nhiều|xem nhiều|quan tâm nhiều|được quan tâm|nhiều người đọc|tin tài trợ|tài trợ"
    r"|quảng cáo|thông tin doanh nghiệp|most read|most viewed|most popular|editor'?s pick"
    r"|trending",
    re.IGNORECASE,
)
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_HEADING_WORDS = frozenset(("title", "heading", "header", "head", "tit", "name", "label"))
# A box is a few items under one heading; a bigger element is a column or the page.
MAX_BOX_LINKS = 24
# An element around this share of the page's article URLs (and more than one) is the page's
# wrapper, not a box.
WRAPPER_SHARE = 0.8
# When this share of a page's article links (at least MIN_URLS_FOR_ID_RULE) carry a numeric id,
# the site's articles all do.
ID_SHARE = 0.8
MIN_URLS_FOR_ID_RULE = 10
# A box's heading is its child, or the title inside its header row ("box-header > h2 > a").
BOX_HEADING_DEPTH = 3


def class_words(el) -> list[str]:
    """The words of an element's class and id ("box-mostView_2" -> box, most, view, 2)."""
    words = []
    for value in (el.get("class") or "", el.get("id") or ""):
        for name in value.split():
            words += _WORD_SPLIT.split(_CAMEL.sub("-", name).lower())
    return [w for w in words if w]


def is_chrome(el, stories: int = 2, wrapper: bool = False) -> bool:
    """Whether an element is page chrome or a box whose links are not the listing's items.

    :param stories: how many article URLs the element links to (for _BOX_ONLY_WORDS)
    :param wrapper: it holds (nearly) all the page's article links: its class words describe
        the page's layout (WordPress body classes "has-sidebar", "header-fixed"), not a box
    """
    if not isinstance(el.tag, str) or el.tag in ("html", "body"):
        return False
    if el.tag in CHROME_TAGS or (el.get("role") or "").lower() in CHROME_ROLES:
        return True
    if el.tag in _HEADER_TAGS:
        return next(el.iterancestors("article"), None) is None
    if wrapper:
        return False
    words = class_words(el)
    if _HEADER_TAGS.intersection(words):
        return next(el.iterancestors("article"), None) is None
    if any(w in _BOX_WORDS and (stories > 1 or w not in _BOX_ONLY_WORDS) for w in words):
        return True
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    if pairs & _BOX_PAIRS:
        return True
    return is_related_lines(el, words, pairs)


def is_related_lines(el, words: list[str], pairs: set[str]) -> bool:
    """A "related" or "read more" element of text links only (see _RELATED_WORDS)."""
    if not (_RELATED_WORDS.intersection(words) or pairs & {"lien quan", "read more"}):
        return False
    return not any(is_image_link(a) for a in el.iter("a"))


# Links that are thumbnails: they hold an image, or their class says so (lazy-loaded backgrounds).
_THUMB_WORDS = frozenset(("thumb", "thumbnail", "avatar", "img", "image", "photo", "pic"))
# Under one teaser, a few links to other stories are its related links ("tin liên quan", the
# ">>" lines in dantri.com.vn's sapo, 2013-2019); more than this is a box with a list.
MAX_RELATED = 3


def is_image_link(a) -> bool:
    """A thumbnail link: it holds an image, or its class says it is one."""
    if next(a.iter("img", "picture"), None) is not None:
        return True
    return any(w in _THUMB_WORDS for w in class_words(a))


class Page:
    """One listing page, parsed once, with what its rules share computed once."""

    def __init__(self, tree, url: str) -> None:
        self.tree = tree
        self.url = url
        self.is_home = is_home_page(url)
        self.order = {el: i for i, el in enumerate(tree.iter())}
        self.links = self._article_links()
        self.link_elements = {a for a, _ in self.links}
        self.page_urls = {url for _, url in self.links}
        # Every ancestor of an article link -> the URLs linked below it.
        self.urls_below: dict = {}
        for a, url in self.links:
            for el in a.iterancestors():
                self.urls_below.setdefault(el, set()).add(url)
        self._chrome: dict = {}
        self._foreign: dict = {}
        self.content_urls = {url for a, url in self.links if not self.in_chrome(a)}

    def _article_links(self) -> list[tuple[etree._Element, str]]:
        """(a, URL) of every link on the page to an article-shaped URL of its site."""
        found = []
        for a in self.tree.iter("a"):
            href = a.get("href")
            if not href or href.strip().startswith(("javascript:", "mailto:", "#")):
                continue
            url = absolute_url(self.url, href)
            if url != self.url and on_site(url, self.url) and looks_like_article_url(url):
                found.append((a, url))
        return found

    def in_chrome(self, el) -> bool:
        """Whether `el` or one of its ancestors is chrome."""
        return _on_path(el, self._chrome, self._is_chrome)

    def _is_chrome(self, el) -> bool:
        stories = len(self.urls_below.get(el, ()))
        return is_chrome(el, stories, wrapper=stories >= WRAPPER_SHARE * len(self.page_urls))

    def in_foreign_box(self, el) -> bool:
        """Whether `el` sits in a box whose heading says it is not the listing's own."""
        return _on_path(el, self._foreign, lambda e: e.tag != "body" and self.is_foreign_box(e))

    def is_foreign_box(self, el) -> bool:
        """A box headed "Đọc nhiều" (and the like), or, on a section page, by a link to another
        section: tuoitre.vn /thoi-su.htm (2026) shows its sub-sections' boxes in a side column.
        On a home page, boxes headed by sections are its content."""
        urls = self.urls_below.get(el)
        if not urls or len(urls) > MAX_BOX_LINKS:
            return False
        heading = self.box_heading(el)
        if heading is None:
            return False
        if _BOX_HEADINGS.search(text_of(heading)):
            return True
        if self.is_home or len(urls) > len(self.content_urls) / 2:
            return False  # a home page's section boxes, or the bulk of the page: the list
        return any(
            self.is_other_listing(absolute_url(self.url, href))
            for href in heading.xpath(".//a/@href")
        )

    def box_heading(self, el):
        """The heading of a box: the first heading before its first article link, at most
        BOX_HEADING_DEPTH levels down (deeper, it is some inner block's), outside chrome."""
        first_link = min(self.order[a] for a in el.iter("a") if a in self.link_elements)
        for child in el.iter():
            if self.order.get(child, 0) >= first_link:
                return None
            if child is el or not isinstance(child.tag, str) or not _is_heading(child):
                continue
            if any(a in self.link_elements for a in child.iter("a")):
                continue  # an item's headline, not the box's label
            if self.in_chrome(child) and not self.in_chrome(el):
                continue
            depth = sum(1 for _ in _ancestors_until(child, el))
            return child if depth <= BOX_HEADING_DEPTH else None
        return None

    def is_other_listing(self, url: str) -> bool:
        """A page of the site that is neither an article nor this listing (another section)."""
        return (
            on_site(url, self.url)
            and not looks_like_article_url(url)
            and listing_key(url) != listing_key(self.url)
            and not is_home_page(url)
        )

    def related_links(self) -> set:
        """The links to other stories under one teaser: the lowest element around a thumbnail
        link that also holds a headline link to the same URL is the teaser; a few text links to
        other URLs inside it are its related links (nld.com.vn, dantri.com.vn ">>" lines)."""
        url_of = dict(self.links)
        images_below: dict = {}
        texts_below: dict = {}
        for a, url in self.links:
            below = images_below if is_image_link(a) else texts_below
            for el in a.iterancestors():
                below.setdefault(el, set()).add(url)
        related = set()
        for a, url in self.links:
            if not is_image_link(a):
                continue
            teaser = next((el for el in a.iterancestors() if url in texts_below.get(el, ())), None)
            if teaser is None or images_below.get(teaser, set()) != {url}:
                continue  # no headline, or another teaser's thumbnail: a list, not one item
            others = self.urls_below[teaser] - {url}
            if 0 < len(others) <= MAX_RELATED:
                related.update(x for x in teaser.iter("a") if url_of.get(x) in others)
        return related


def _on_path(el, memo: dict, test) -> bool:
    """Whether `test` holds for `el` or an ancestor, memoised per element; a loop, not
    recursion, so a page nested thousands deep is read like any other."""
    path = []
    while el is not None and el not in memo:
        path.append(el)
        el = el.getparent()
    found = memo.get(el, False) if el is not None else False
    for node in reversed(path):
        found = found or test(node)
        memo[node] = found
    return found


def _is_heading(el) -> bool:
    if el.tag in _HEADING_TAGS:
        return True
    return el.tag in ("div", "span", "p", "strong", "b") and any(
        w in _HEADING_WORDS for w in class_words(el)
    )


def _ancestors_until(el, top):
    for parent in el.iterancestors():
        if parent is top:
            return
        yield parent


def own_article_links(tree, url: str) -> list[str]:
    """The listing's own items on a page nobody described, in page order, without repeats."""
    page = Page(tree, url)
    related = page.related_links()
    kept = [
        link_url
        for a, link_url in page.links
        if a not in related and not page.in_chrome(a) and not page.in_foreign_box(a)
    ]
    return without_idless(_unique(kept), {u for _, u in page.links})


def without_idless(urls: list[str], page_urls: set[str]) -> list[str]:
    """Drop the URLs without a numeric id when the site's article URLs carry one: most of the
    page's article-shaped links have an id, so a headline-like slug without one is a section or
    a landing page (dantri.com.vn /doi-song/bao-ve-gia-dinh-viet.htm, 2019)."""
    with_id = sum(1 for u in page_urls if has_article_id(u))
    if len(page_urls) < MIN_URLS_FOR_ID_RULE or with_id < ID_SHARE * len(page_urls):
        return urls
    return [u for u in urls if has_article_id(u)]


# --- Next page ---------------------------------------------------------------------------------

# Where a page number sits in a listing URL: ?page=2, &p=2, /trang-2, /page/2, -p2 (vnexpress.net
# /thoi-su-p2, 2026), /trang-2.htm (dantri.com.vn sections, 2013).
_PAGE_QUERY = frozenset(("page", "p", "trang", "pg", "paged", "pageindex", "pagenumber"))
_PAGE_IN_PATH = re.compile(
    r"(?:/(?:trang|page|p)[-/]?|-(?:trang|page)-|-p)(\d{1,5})(?=(?:\.[a-z]+)?/?$)", re.IGNORECASE
)
# Link texts that mean "next page", in Vietnamese and English.
_NEXT_TEXTS = frozenset(
    ("trang sau", "sau", "tiếp", "tiếp theo", "trang tiếp", "trang kế", "next", "next page")
    + ("»", "›", ">", ">>", "→", "tiếp »", "sau »", "next »", "›› ", "»»")
)
# "Xem thêm" ("see more") is a next page only when it is a static URL with a page number.
_MORE_TEXTS = frozenset(("xem thêm", "xem tiếp", "tải thêm", "xem thêm tin", "more"))


def page_number(url: str) -> tuple[tuple, int]:
    """(the listing's key, its page number): the key is the URL without its page number."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    number = 1
    kept = []
    for name, value in query:
        if name.lower() in _PAGE_QUERY and value.isdigit():
            number = int(value)
        else:
            kept.append((name, value))
    path = parts.path
    match = _PAGE_IN_PATH.search(path)
    if match:
        number = int(match.group(1))
        path = path[: match.start()] + path[match.end(1) :]
    path = re.sub(r"(?:/index)?(?:\.[a-z]+)?/?$", "", path, flags=re.IGNORECASE)
    host, port = host_and_port(url)
    return (host, port, path.lower(), urlencode(sorted(kept))), number


def listing_key(url: str) -> tuple:
    """What identifies a listing whatever its page number."""
    return page_number(url)[0]


def next_page_url(tree, url: str) -> str | None:
    """The next page of a listing nobody described, or None when nothing says there is one.

    Tried in order: rel=next; a link to this listing's page N+1 (a "2" in "1 2 3", "Trang sau",
    "»", a static "Xem thêm"); a "next" word linking further into this listing's own path
    (MasterCMS "»" to "<section>&s_cond=&BRSR=16").
    """
    key, number = page_number(url)
    for href in tree.xpath("//link[@rel='next']/@href | //a[contains(@rel, 'next')]/@href"):
        candidate = absolute_url(url, href)
        if _same_listing(candidate, url):
            return candidate
    by_text = []
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#", "mailto:")):
            continue
        candidate = absolute_url(url, href)
        if candidate == url or not on_site(candidate, url) or looks_like_article_url(candidate):
            continue
        candidate_key, candidate_number = page_number(candidate)
        if candidate_key == key and candidate_number == number + 1:
            return candidate
        text = normalize_text(text_of(a) or a.get("title") or "").lower()
        if text in _NEXT_TEXTS and _same_listing(candidate, url):
            by_text.append(candidate)
    return by_text[0] if by_text else None


def _same_listing(candidate: str, url: str) -> bool:
    """Whether `candidate` pages on through this listing: its key, or a path under the
    listing's own (never for a home page, whose path every section shares)."""
    if candidate == url or not on_site(candidate, url):
        return False
    key, number = page_number(url)
    candidate_key, candidate_number = page_number(candidate)
    if candidate_key == key:
        return candidate_number > number
    path = key[2]
    return bool(path) and candidate_key[2].startswith(path) and candidate_key[:2] == key[:2]


# --- Entry point -------------------------------------------------------------------------------


def listing_links(page, url: str, site: Site | None = None) -> dict:
    """What a crawl follows from a listing page: {"articles": [...], "next_page": URL or None}.

    :param page: the page as bytes, text or a parsed lxml tree
    :param site: a described site (its selectors decide), or None for the generic rules
    """
    tree = page if isinstance(page, etree._Element) else parse_html(page)
    if site is not None:
        return {
            "articles": site_article_links(tree, url, site),
            "next_page": site_next_page(tree, url, site),
        }
    return {"articles": own_article_links(tree, url), "next_page": next_page_url(tree, url)}
