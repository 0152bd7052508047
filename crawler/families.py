"""Shared layouts for the CMS families of the Vietnamese press, tried on any host by their markers.

A family layout is used when a page shows its CMS's markers, whether or not a spider describes
the site: after the site's own layouts, before the generic path. Its selectors say only what
the CMS itself writes (its class names, data attributes, editor boxes), never one host's theme.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from .site import Layout, Site


def _class(name: str) -> str:
    """An XPath test for one class token (CSS `.name` in XPath)."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _spellings(*words: str) -> tuple[str, ...]:
    """Each word as pages write it: precomposed (NFC) and decomposed (NFD) Vietnamese."""
    forms = (unicodedata.normalize(nf, w) for w in words for nf in ("NFC", "NFD"))
    return tuple(dict.fromkeys(forms))


# A breadcrumb trail, in every family: its last link is the article's section.
BREADCRUMB = ("[class*='breadcrumb'] a", "[itemtype*='BreadcrumbList'] a")


@dataclass(frozen=True)
class Family:
    """What every layout of one CMS shares, whatever the theme: the boxes its editor puts in the
    body that are not text (pruned), and where it keeps images and their captions."""

    prune: tuple[str, ...]
    image_boxes: tuple[str, ...]
    caption: tuple[str, ...]

    def layout(
        self,
        name: str,
        body: str | tuple[str, ...],
        fields: dict[str, str | tuple[str, ...]],
        prune: tuple[str, ...] = (),
        valid_until: date | None = None,
        match: str | tuple[str, ...] | None = None,
    ) -> Layout:
        """A Layout of a site (or theme) on this CMS, with the family's rules added."""
        return Layout(
            name=name,
            body=body,
            fields=fields,
            prune=self.prune + prune,
            image_boxes=self.image_boxes,
            caption=self.caption,
            valid_until=valid_until,
            match=match,
        )


# --- MasterCMS -----------------------------------------------------------------------------
# laodongthudo.vn, laodongcongdoan.vn, congthuong.vn, baoquocte.vn and thoibaonganhang.vn run
# MasterCMS (research/sites.md §1, §5): the body div carries __MASTERCMS_CONTENT, its items
# __MB_MASTERCMS_EL, tag pages end in ".tag" and the dateline is span.format_time/format_date.

# The inline related-news box MasterCMS puts inside the body right after the sapo, and its
# image variant; crawlers of other MasterCMS sites delete both (research/sites.md §1).
MASTERCMS_PRUNE = ("table.__MB_ARTICLE_A", "table.__mb_article_in_image")
# Images sit in a table with the caption in the next row.
MASTERCMS_IMAGE_BOXES = ("table.MASTERCMS_TPL_TABLE", "figure")
MASTERCMS_CAPTION = ("tr:not(:first-child) td", "figcaption", "td.image_desc")
MASTERCMS_BODY = ("div.__MASTERCMS_CONTENT", "div.__MASTERCMS_CONTENT_BODY")
_MASTERCMS_BODY_X = (
    f"//div[{_class('__MASTERCMS_CONTENT')} or {_class('__MASTERCMS_CONTENT_BODY')}]"
)
_DATE_SPAN = f"span[{_class('format_time')} or {_class('format_date')}]"


MASTERCMS_FAMILY = Family(MASTERCMS_PRUNE, MASTERCMS_IMAGE_BOXES, MASTERCMS_CAPTION)
# A Layout with MasterCMS's in-body related boxes and captioned image tables handled.
mastercms_layout = MASTERCMS_FAMILY.layout


MASTERCMS = mastercms_layout(
    name="mastercms",
    body=MASTERCMS_BODY,
    fields={
        # Themes name the headline differently (article-detail-title on laodongcongdoan,
        # detail-title on thoibaonganhang, post-title elsewhere); it is the last h1 before
        # the body in all of them.
        "title": (
            "h1.article-detail-title",
            "h1.detail-title",
            "h1.post-title",
            f"({_MASTERCMS_BODY_X}/preceding::h1)[last()]",
        ),
        "lead": ("div.article-detail-desc", "p.detail-sapo", "div.detail-sapo"),
        # The dateline closest above the body: "14:30 | 18/07/2022" in one span, or
        # "09:00 | 10/03/2021" as span.format_time + span.format_date in one parent. The
        # "Tin khác" items further down use the same spans, hence "closest above the body".
        "published": (f"({_MASTERCMS_BODY_X}/preceding::{_DATE_SPAN})[last()]/..",),
        "author": ("div.author-title a", "div.article-detail-author"),
        "category": (
            f"({_MASTERCMS_BODY_X})[1]/preceding::*[contains(@class, 'breadcrumb')]//a",
            f"({_MASTERCMS_BODY_X})[1]/preceding::a[{_class('article-catname')}]",
        ),
        "tags": ("div.article-detail-tags a", "div.tags a", "a[href$='.tag']"),
        # A reprint names its source in its own box ("Theo Laodongthudo").
        "source": ("div.article-detail-source", "#theo .artSource"),
    },
    prune=(
        "div.__MB_SHARE",
        "div.article-detail-tags",
        "div.tags",
        "div.article-detail-source",
    ),
)


# --- VCCorp ----------------------------------------------------------------------------------
# The CMS behind nld.com.vn, cafebiz, cafef, kenh14, soha, genk (research/sites.md §3; real
# pages nld_article.html 2026 and dev/cafebiz_article_1.html 2022): its editor wraps every
# embedded object in .VCSortableInPreviewMode[type=Photo|RelatedNewsBox|link|content], photos
# carry .PhotoCMS_Caption, and the Admicro ad slots mark the body with data-check-position.
# Both pages put the text in div.detail-content; the 2024 template adds data-role attributes.

VCCORP_PRUNE = (
    "[type='RelatedNewsBox']",
    ".kbwscwl-relatedbox",
    "[data-role='newsrelation']",
    "div[data-check-position]",
    # A "link" object is a related headline the editor dropped into the text (cafebiz, 2022).
    ".VCSortableInPreviewMode[type='link']",
    # Hidden fields the template leaves in the text (the page's own URL in span#hdExclusive).
    "[style*='display:none']",
)
VCCORP_IMAGE_BOXES = ("figure", ".VCSortableInPreviewMode[type='Photo']", "div[type='Photo']")
VCCORP_CAPTION = (".PhotoCMS_Caption", "figcaption")


VCCORP_FAMILY = Family(VCCORP_PRUNE, VCCORP_IMAGE_BOXES, VCCORP_CAPTION)
# A Layout with VCCorp's related boxes dropped and its photo boxes read as images.
vccorp_layout = VCCORP_FAMILY.layout


_VCCORP_GENERATOR = "//meta[@name='generator'][contains(@content, 'VCCorp')]"

VCCORP = vccorp_layout(
    name="vccorp",
    body=("div.detail-content[data-role='content']", "div.detail-content"),
    # div.detail-content alone is no marker (tuoitre.vn used the class in 2015): the VCCorp
    # editor's boxes or its ad markers must be there too, or the generator meta kenh14 and
    # cafebiz carry (<meta name="generator" content="VCCorp.vn">). One pass over the page.
    match=(
        f"//div[{_class('detail-content')}][@data-role='content'"
        f" or .//*[{_class('VCSortableInPreviewMode')} or {_class('PhotoCMS_Caption')}"
        " or @data-check-position]"
        " or preceding-sibling::*[@data-check-position='body_start']"
        f" or {_VCCORP_GENERATOR}]"
    ),
    fields={
        # og:title is often a shorter or different headline: the h1 is the title.
        "title": ("h1.detail-title", "h1[data-role='title']", "h1.title"),
        "lead": ("h2.detail-sapo", "[data-role='sapo']", "h2.sapo", "p.sapo"),
        "published": (
            "[data-role='publishdate']::attr(datetime)",
            "div.detail-time time::attr(datetime)",
            "[data-role='publishdate']",
            "div.detail-time",
        ),
        "author": ("[data-role='author']", ".detail-author .name", ".detail-author"),
        "category": ("[data-role='cate-name']", "div.detail-cate a"),
        # No tags selector: the family's meta keywords are the article's own keywords.
    },
)


# --- Báo Lao Động's CMS -----------------------------------------------------------------------
# laodong.vn (`.ldo` URLs) and the union portals Báo Lao Động runs on the same system
# (congdoanvietnam.vn, `.tld` URLs; research/sites.md §2, §4). Read off real laodong.vn pages
# (May 2026): the article sits in an AngularJS wrapper div[itemprop=articleBody]
# [ng-controller="ChiTietTinCtrl as vm"][articleid=<id>], which holds article.article-detail;
# its text is div.art-body, its sa-pô div.chappeau (teasers of other stories on the same page
# use div.chapeau: never the lead), its byline span.authors and span.time in .art-info, its
# trail div.breadcrums (sic), its tags div.art-footer .lst-tags. Related stories
# (div.tin-lien-quan), comments and the "Cùng chuyên mục" box follow the body, outside it.

LAODONG_PRUNE = (
    ".tin-lien-quan",
    ".related",
    ".art-footer",
    ".box-binh-luan",
    ".blk-cung-chuyen-muc",
)
LAODONG_IMAGE_BOXES = ("figure",)
LAODONG_CAPTION = ("figcaption.image-caption", "figcaption")
_LAODONG_WRAPPER = "[@itemprop='articleBody' or contains(@ng-controller, 'ChiTietTinCtrl')]"


LAODONG_FAMILY = Family(LAODONG_PRUNE, LAODONG_IMAGE_BOXES, LAODONG_CAPTION)
# A Layout with the Lao Động CMS's related, comment and tag boxes kept out of the body.
laodong_layout = LAODONG_FAMILY.layout


LAODONG = laodong_layout(
    name="laodong",
    body=("article.article-detail div.art-body",),
    # All three together: article-detail and art-body alone are common class names.
    match=(
        f"//*{_LAODONG_WRAPPER}//article[{_class('article-detail')}]//div[{_class('art-body')}]"
    ),
    fields={
        "title": ("article.article-detail h1.title", "article.article-detail h1"),
        "lead": ("article.article-detail div.chappeau",),
        # Teasers of other stories carry span.time too (.info span.time): only the article's.
        "author": (
            "article.article-detail .art-info span.authors",
            "article.article-detail span.authors",
        ),
        "published": ("article.article-detail .art-info span.time",),
        "category": ("div.breadcrums a", *BREADCRUMB),
        "tags": ("div.art-footer .lst-tags a", ".lst-tags a"),
    },
)


# --- WordPress -------------------------------------------------------------------------------
# Company and sector unions often run WordPress (research/sites.md §6): the post sits in
# .entry-content (.post-content, .td-post-content in some themes), which only counts with a
# WordPress trace on the page (wp-content paths, the generator tag, body class postid-N).

_WP_TRACE = (
    "//link[contains(@href, '/wp-content/') or contains(@href, '/wp-includes/')]"
    " or //script[contains(@src, '/wp-content/') or contains(@src, '/wp-includes/')]"
    " or //meta[@name='generator'][starts-with(@content, 'WordPress')]"
    " or //body[contains(@class, 'postid-')]"
)
WORDPRESS_BODY = ("div.entry-content", "div.post-content", "div.td-post-content")

WORDPRESS = Layout(
    name="wordpress",
    body=WORDPRESS_BODY,
    match=(
        f"//div[{_class('entry-content')} or {_class('post-content')}"
        f" or {_class('td-post-content')}][{_WP_TRACE}]"
    ),
    fields={
        "title": ("h1.entry-title", "h1.post-title", "h1.td-post-title", ".entry-title"),
        "published": (
            "time.entry-date.published::attr(datetime)",
            "time.entry-date::attr(datetime)",
            ".posted-on time::attr(datetime)",
            ".posted-on",
            ".entry-date",
        ),
        # No author selector: the "Đăng bởi" account of a union site is whoever typed the post
        # in (an admin, "Ban Tuyên giáo"); the writer is in the meta data or the last line.
        "category": (*BREADCRUMB, ".cat-links a", "a[rel~='category']"),
        "tags": ("a[rel='tag']", ".tags-links a"),
    },
    # Jetpack's share buttons, and related posts: WordPress plugins and themes all put
    # "related" in the class of the box they add to the post (jp-relatedposts, yarpp-related,
    # crp_related, related-posts, box-related).
    prune=(
        ".sharedaddy",
        ".addtoany_share_save_container",
        "#jp-relatedposts",
        "[class*='related']",
    ),
    image_boxes=("figure", ".wp-caption"),
    caption=("figcaption", ".wp-caption-text"),
)


# --- Government and union portals ----------------------------------------------------------
# Small portal CMSs (district and sector union sites, ward portals) share no class names, but
# they share a shape (research/sites.md §6, seed 2): a headline (h1, h2 or a "title" class),
# a short line "Ngày đăng: dd/mm/yyyy", then the text, often in layout tables, followed by
# "Chia sẻ trên", "Xem nhiều nhất:" and "Các tin khác" boxes. The dateline anchors everything.

# "Ngày đăng:" with its colon: "Ngày đăng ký" (registration date) is a form label.
PORTAL_DATE_LABELS = ("Ngày đăng:", "Ngày đăng :")
_LABELLED = " or ".join(
    f"starts-with(normalize-space(), '{lab}')" for lab in _spellings(*PORTAL_DATE_LABELS)
)
_DANG = " or ".join(f"contains(., '{w}')" for w in _spellings("đăng"))
# The first short element whose own text opens with the label (text nodes holding "đăng" are
# looked at first: one cheap pass over the page's text).
_DATELINE_X = (
    f"(//text()[{_DANG}][{_LABELLED}]/parent::*[string-length(normalize-space()) < 100])[1]"
)
# The whole dateline: the innermost short element around the label that holds the digits too
# ("<b>Ngày đăng:</b> 22/07/2021" is one line).
PORTAL_DATELINE = (
    f"({_DATELINE_X}/ancestor-or-self::*[string-length(normalize-space()) < 100]"
    "[translate(normalize-space(), '0123456789', '') != normalize-space()])[last()]"
)
# The headline: the closest heading-like element above the dateline.
PORTAL_HEADLINE = (
    f"{_DATELINE_X}/preceding::*[self::h1 or self::h2 or self::h3 or contains(@class, 'title')]"
    "[string-length(normalize-space()) >= 10][1]"
)
# The text: the box around the dateline whose part after it holds two paragraphs at least
# (text nodes over 60 characters), so a header with a long sa-pô under the date is not taken
# for the whole article. The headline and whatever else sits above the dateline are pruned
# from it: the body starts after the date.
_LONG_TEXT = "text()[string-length(normalize-space()) > 60]"
PORTAL_BODY = (
    f"{_DATELINE_X}/ancestor-or-self::*"
    f"[count(following-sibling::*//{_LONG_TEXT} | following-sibling::{_LONG_TEXT}) >= 2][1]/.."
)

# The sa-pô: the first paragraph after the dateline when the editor set all of it in bold
# (<p><strong>…</strong></p>), as Vietnamese portal editors mark the lead. A portal's meta
# description is often one text for the whole site, so the page's own bold lead comes first.
PORTAL_LEAD = (
    f"({_DATELINE_X}/following::*[self::p or self::div][not(.//p or .//div)]"
    "[string-length(normalize-space()) > 60])[1]"
    "[count(*) = 1][strong or b][normalize-space() = normalize-space(*)]"
)

# A view counter next to the dateline ("Lượt xem: 356"): page furniture, never text.
_COUNTER = " or ".join(
    f"starts-with(normalize-space(), '{w}')"
    for w in _spellings("Lượt xem", "Lượt đọc", "Số lượt xem", "Lượt truy cập")
)
PORTAL_COUNTER = f"//*[{_COUNTER}][string-length(normalize-space()) < 40]"

# A trail without a breadcrumb class ("Trang chủ » Tin tức » Hoạt động Công đoàn" in a
# div.duongdan): the last short line of links above the dateline that starts at the home page
# and separates its crumbs with », ›, > or /. Menus separate with "|" and do not qualify.
_HOME = " or ".join(
    f"normalize-space((.//a)[1]) = '{home}'" for home in _spellings("Trang chủ", "Trang nhất")
)
_CRUMB_SEPARATED = " or ".join(f"contains(., '{sep}')" for sep in ("»", "›", ">", "/"))
PORTAL_CRUMBS = (
    f"({_DATELINE_X}/preceding::*[count(.//a) >= 2][string-length(normalize-space()) < 200]"
    f"[{_HOME}][{_CRUMB_SEPARATED}])[last()]//a"
)

# Where the text ends: the first box heading under it (research/sites.md §8.4), the whole
# text of its element, after which come share buttons, most-read and other-news lists, never
# the article. A heading with no paragraph above it (a share bar under the dateline) is not
# the end.
PORTAL_END_HEADINGS = (
    "Chia sẻ",
    "Chia sẻ trên",
    "Xem nhiều nhất",
    "Đọc nhiều nhất",
    "Các tin khác",
    "Tin khác",
    "Tin liên quan",
    "Tin cùng chuyên mục",
    "Bài viết liên quan",
)
_ENDING = " or ".join(
    f"normalize-space(translate(., ':', '')) = '{h}'"
    for heading in PORTAL_END_HEADINGS
    for h in _spellings(heading, heading.upper())
)
# Matched on text nodes, whose string value is their own text: on elements, every ancestor's
# whole text would be normalised and compared (7 ms a page, most of a portal page's time).
PORTAL_END_X = (
    f"(//text()[{_ENDING}]/parent::*[preceding::*[string-length(normalize-space()) > 150]])[1]"
)

PORTAL = Layout(
    name="portal",
    body=PORTAL_BODY,
    match=PORTAL_DATELINE,
    fields={
        "title": (PORTAL_HEADLINE,),
        "lead": (PORTAL_LEAD,),
        "published": (PORTAL_DATELINE,),
        "category": (*BREADCRUMB, PORTAL_CRUMBS),
        # Portal templates repeat one site-wide keywords meta on every page: no tags.
        "tags": (),
    },
    prune=(
        f"{_DATELINE_X}/preceding::*",
        PORTAL_DATELINE,
        _DATELINE_X,
        f"{PORTAL_END_X}/following::*",
        PORTAL_END_X,
        PORTAL_COUNTER,
        "[class*='share']",
        "[class*='print']",
    ),
)

# What union portals share besides their article shape, for sites described without a saved
# page (research/sites.md §6 names the portals, never their markup): each is a GUESS for any one
# portal, a convention of the small CMSs such portals run on.
# Article URLs: a slug ending in a numeric id ("/tin-tuc/<slug>-1234.html", ".aspx", ".php" or
# no extension), an id segment before a slug ("/tin-tuc/2317/<slug>.aspx"), or an id in the
# query ("ChiTietTin.aspx?IDNews=123", "?id=", "newsid=", "ArticleID=", "ItemID=").
PORTAL_ARTICLE_URL = (
    r"(?i)^https?://[^/?#]+/(?:[^?#]*/)?"
    r"(?:[a-z0-9%-]*[a-z%][a-z0-9%-]*-\d{3,}|\d{3,}/[a-z0-9%-]*[a-z][a-z0-9%-]*)"
    r"(?:\.(?:html?|aspx?|php))?/?(?:$|[?#])"
    r"|[?&](?:id|newsid|idnews|articleid|itemid|tinid|news_id)=\d+(?:$|[&#])"
)
# Tag, search and file links have article-like shapes on such portals.
PORTAL_EXCLUDE_URLS = (
    r"(?i)/(?:tag|tags|tim-kiem|search|lien-he|gioi-thieu)(?:/|\.|$)",
    r"(?i)\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|jpe?g|png|gif)(?:$|[?#])",
)
# The news list: a box named for a list of news in the template's class words.
PORTAL_LISTING_LINKS = (
    "[class*='list-news'] a::attr(href), [class*='news-list'] a::attr(href)",
    "[class*='listnews'] a::attr(href), [class*='list_news'] a::attr(href)",
    "[class*='danh-sach'] a::attr(href), [class*='dstin'] a::attr(href)",
)
# The next page: rel=next, else a pager link reading "Trang sau", "Sau", "Tiếp" or "»".
_NEXT_WORDS = " or ".join(
    f"normalize-space() = '{w}'" for w in _spellings("Trang sau", "Sau", "Tiếp", "»", "›")
)
PORTAL_NEXT_PAGE = (
    "link[rel='next']::attr(href)",
    "a[rel='next']::attr(href)",
    f"//*[contains(@class, 'pag') or contains(@class, 'trang')]//a[{_NEXT_WORDS}]/@href",
)


def portal_site(
    *,
    slug: str,
    name: str,
    organisation: str,
    base_url: str,
    description: str,
    start_paths: tuple[str, ...],
    article_url: str = PORTAL_ARTICLE_URL,
    listing_links: str | tuple[str, ...] = PORTAL_LISTING_LINKS,
    next_page: str | tuple[str, ...] | None = PORTAL_NEXT_PAGE,
    feeds: tuple[str, ...] = (),
    exclude_urls: tuple[str, ...] = PORTAL_EXCLUDE_URLS,
    exclude_hosts: tuple[str, ...] = (),
) -> Site:
    """A union portal whose article pages the PORTAL family reads ("Ngày đăng:" shape).

    For portals known by name and URL only: the crawl facts are the caller's, the listing and
    paging selectors default to the portal conventions above.
    """
    return Site(
        slug=slug,
        name=name,
        organisation=organisation,
        base_url=base_url,
        description=description,
        start_paths=start_paths,
        article_url=article_url,
        listing_links=listing_links,
        next_page=next_page,
        feeds=feeds,
        exclude_urls=exclude_urls,
        exclude_hosts=exclude_hosts,
        layouts=(PORTAL,),
    )


# In the order they are tried: the CMSs with their own class names first, the portal shape last.
FAMILIES: tuple[Layout, ...] = (MASTERCMS, VCCORP, LAODONG, WORDPRESS, PORTAL)
