"""The cleaner: drops related-news blocks, bylines, credits and agency prefixes from paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .authors import clean_author  # moved to authors.py; callers import it from here too
from .blocks import Block
from .dates import find_date
from .text import fold_for_search

# Headings that open a block of links to other articles, on every union site seen so far
# (seed 1: "Có thể bạn quan tâm", "Nên xem", "Tin khác"; seed 2: "Chia sẻ trên",
# "Xem nhiều nhất:", "Các tin khác"; laodong.vn: "BẠN CÓ THỂ QUAN TÂM", "Lên top").
# Matched on the whole paragraph, case-insensitively, with or without a trailing colon.
BOILERPLATE_HEADINGS = (
    "tin khác",
    "các tin khác",
    "tin liên quan",
    "tin cùng chuyên mục",
    "tin mới",
    "tin mới nhất",
    "tin nổi bật",
    "bài liên quan",
    "bài viết liên quan",
    "có thể bạn quan tâm",
    "bạn có thể quan tâm",
    "nên xem",
    "xem nhiều nhất",
    "đọc nhiều nhất",
    "đọc thêm",
    "xem thêm",
    "chia sẻ",
    "chia sẻ trên",
    "chia sẻ bài viết",
    "bình luận",
    "ý kiến bạn đọc",
    "lên top",
    "về đầu trang",
    "từ khóa",
    "từ khoá",
    "tags",
    "tag",
)
_HEADING_RE = re.compile(
    r"^(?:" + "|".join(re.escape(h) for h in BOILERPLATE_HEADINGS) + r")\s*:?\s*$", re.I
)
# "Xem thêm: <headline>" / "Đọc thêm >> <headline>" / "Tin liên quan: <headline>" in one line.
_INLINE_RELATED_RE = re.compile(
    r"^(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|xem tiếp|mời xem)\s*(?::|>>|»|-)\s*\S",
    re.I,
)
# "Từ khóa: a, b, c" / "Tags: a, b": a tag list written as a paragraph.
_TAG_LINE_RE = re.compile(r"^(?:từ khóa|từ khoá|tags?|chủ đề)\s*:", re.I)
# An item line of MasterCMS "Tin khác" lists: "<category> dd/mm/yyyy HH:MM" (seed 1).
_LIST_DATE_LINE_RE = re.compile(r"^.{0,60}\d{1,2}/\d{1,2}/\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2})?$")
_SENTENCE_END = tuple('.!?…:;"”»)')

# Attribution lines: "Theo Laodongthudo", "Nguồn: Báo Lao Động", "(Theo VOV)".
_SOURCE_RE = re.compile(r"^\(?\s*(?:theo|nguồn)\s*:?\s+(?P<source>[^()]{2,80}?)\s*\)?\.?$", re.I)
# Byline prefixes: "Bài và ảnh: X", "Tin, ảnh: X", "PV".
_BYLINE_PREFIX_RE = re.compile(
    r"^(?:(?:bài|tin|ảnh|video|clip)(?:\s*(?:,|và|-|&)\s*(?:bài|ảnh|video|clip))*\s*:\s*)", re.I
)
_NAME_WORD_RE = re.compile(r"^[A-ZĐÀ-ỸÂĂÊÔƠƯ][\w.'-]*$|^\(.*\)$|^-$|^–$|^và$|^,$")
# Agency tags at the start of a sapo or first paragraph: "(LĐTĐ)", "(NLĐO)-", "(Dân trí) -",
# "(Chinhphu.vn) –". At most 25 characters inside, letters first; "(1)" or "(ảnh)" are not tags.
# Without parentheses, an upper-case tag and a dash: "TT - " (tuoitre.vn, 2015), "TTO - ",
# "VOV.VN - ", "PLO- ": one word of capitals, so "TP HCM - " (a place) is not one.
_AGENCY_PREFIX_RE = re.compile(
    r"^(?:\(\s*[A-ZĐÐ][^()\n]{1,24}\)\s*[-–—:]?|[A-ZĐ][A-ZĐ.]{1,9}\s*[-–—])\s*"
)


@dataclass
class Cleaned:
    """The result of cleaning: the body paragraphs and what was lifted out of them."""

    paragraphs: list[str]
    author: str | None = None
    source: str | None = None
    removed: list[str] = field(default_factory=list)


def is_boilerplate_heading(text: str) -> bool:
    """True for a paragraph that only says "Tin khác", "Xem nhiều nhất:" and the like."""
    return len(text) <= 40 and bool(_HEADING_RE.match(text))


def strip_agency_prefix(text: str) -> str:
    """Remove a leading "(LĐTĐ)" / "(NLĐO)-" style agency tag."""
    match = _AGENCY_PREFIX_RE.match(text)
    if not match or not any(c.isalpha() for c in match.group(0)):
        return text
    return text[match.end() :].lstrip()


def parse_source(text: str) -> str | None:
    """The attribution in "Theo Laodongthudo" / "Nguồn: Báo Lao Động", else None."""
    match = _SOURCE_RE.match(text.strip())
    if not match:
        return None
    source = match.group("source").strip(" .")
    # "Theo báo cáo của Liên đoàn, năm 2021 …" is a sentence, not an attribution.
    if "," in source or len(source.split()) > 8 or len(source) > 60:
        return None
    return source


def parse_byline(text: str) -> str | None:
    """The author name in a short trailing byline ("Minh Chiến", "Bài, ảnh: Hà Anh"), else None."""
    text = text.strip()
    if len(text) > 60 or text.endswith((".", "!", "?", ":")):
        return None
    name = _BYLINE_PREFIX_RE.sub("", text).strip()
    words = name.replace(",", " , ").split()
    if not 1 <= len(words) <= 8:
        return None
    if not all(_NAME_WORD_RE.match(w) for w in words):
        # "Hà Thu (tổng hợp)", "Minh Anh Copy link": a name with a note or buttons after it.
        cleaned = clean_author(text)
        if cleaned and all(_NAME_WORD_RE.match(w) for w in cleaned.replace(",", " , ").split()):
            return cleaned
        return None
    return name


def _is_list_item(block: Block | None) -> bool:
    """A headline link, a "<category> dd/mm/yyyy HH:MM" line or a short unpunctuated title."""
    if block is None:
        return False
    text = block.text
    if block.link_ratio >= 0.5 or _LIST_DATE_LINE_RE.match(text) or is_boilerplate_heading(text):
        return True
    return len(text) <= 160 and not text.endswith(_SENTENCE_END)


def _is_teaser(block: Block, previous: Block | None, following: Block | None) -> bool:
    """Whether a block that follows a related-news heading still belongs to that list."""
    if _is_list_item(block):
        return True
    # A one-sentence teaser between two headline links (anchors.md §5.1, variant 2). Under
    # the last headline it cannot be told from the article's next paragraph, so it stays.
    return (
        len(block.text) <= 300
        and previous is not None
        and previous.link_ratio >= 0.5
        and following is not None
        and following.link_ratio >= 0.5
    )


def drop_related_blocks(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Drop headed related-news blocks, inline "Xem thêm:" links and tag lines."""
    kept: list[Block] = []
    removed: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        text = block.text
        if is_boilerplate_heading(text):
            removed.append(text)
            i += 1
            while i < len(blocks):
                following = blocks[i + 1] if i + 1 < len(blocks) else None
                if not _is_teaser(blocks[i], blocks[i - 1], following):
                    break
                removed.append(blocks[i].text)
                i += 1
            continue
        if (
            _INLINE_RELATED_RE.match(text)
            and (block.link_ratio >= 0.4 or len(text) <= 200)
            or _TAG_LINE_RE.match(text)
            and len(text) <= 300
        ):
            removed.append(text)
        else:
            kept.append(block)
        i += 1
    return kept, removed


# A paragraph that is mostly headlines linked elsewhere is an item of a link list
# (links.py); a related box without a heading is a run of them, anywhere in the body.
LINK_ITEM_RATIO = 0.6
_MAX_LINK_ITEM_CHARS = 260
# A teaser is one sentence; a longer paragraph between two links is the article's own.
_MAX_TEASER_CHARS = 200


def _is_link_item(block: Block | None) -> bool:
    return (
        block is not None
        and len(block.text) <= _MAX_LINK_ITEM_CHARS
        and block.link_ratio >= LINK_ITEM_RATIO
    )


def drop_link_lists(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Drop paragraphs that are (mostly) headlines of other articles, with their teasers.

    A one-sentence teaser between two such headlines belongs to the list (anchors.md §5.1,
    variant 2). Real quotes and short paragraphs of the article link nowhere, so they stay.
    """
    kept: list[Block] = []
    removed: list[str] = []
    for i, block in enumerate(blocks):
        previous = blocks[i - 1] if i else None
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        teaser = (
            len(block.text) <= _MAX_TEASER_CHARS
            and _is_link_item(previous)
            and _is_link_item(following)
        )
        if _is_link_item(block) or teaser:
            removed.append(block.text)
        else:
            kept.append(block)
    return kept, removed


# Share and tool buttons whose text leaks under the body ("Copy link" after vnexpress-style
# attributions, "Chia sẻ", "In bài"), alone on a line or glued to the end of the last one.
_BUTTON_WORDS = (
    r"copy link|sao chép liên kết|sao chép link|chia sẻ|in bài|lưu bài|lưu|gửi bài"
    r"|báo lỗi|góp ý|bình luận|theo dõi|quay lại|về đầu trang|facebook|zalo|twitter|email"
)
_BUTTON_LINE_RE = re.compile(rf"^(?:(?:{_BUTTON_WORDS})[\s|,/·:]*)+$", re.I)
_TRAILING_BUTTONS_RE = re.compile(
    r"(?:\s+(?:copy link|sao chép liên kết|sao chép link))+\s*$", re.I
)
_OUTLET_PREFIX_RE = re.compile(r"^(?:báo|tạp chí|trang|cổng thông tin|theo)\s+", re.I)


def is_button_line(text: str) -> bool:
    """A line made only of share/tool button labels."""
    return len(text) <= 60 and bool(_BUTTON_LINE_RE.match(text))


def _squash(text: str) -> str:
    return "".join(ch for ch in fold_for_search(text) if ch.isalnum())


def is_outlet_line(text: str, outlets: tuple[str, ...]) -> bool:
    """A bare outlet name after the body ("VnExpress", "Báo Lao Động", "Dân trí")."""
    if len(text) > 40 or not outlets:
        return False
    name = _squash(_OUTLET_PREFIX_RE.sub("", text))
    return bool(name) and any(name == _squash(_outlet_label(o)) for o in outlets if o)


def _outlet_label(name: str) -> str:
    """A host stands for its outlet by its first label: "dantri.com.vn" -> "dantri"."""
    if "." in name and " " not in name.strip():
        return name.strip().removeprefix("www.").split(".")[0]
    return name


def lift_trailing_credits(
    paragraphs: list[str], author: str | None, outlets: tuple[str, ...] = ()
) -> tuple[list[str], str | None, str | None]:
    """Take byline and attribution lines off the end of the body: (paragraphs, author, source).

    Credits sit in the last lines ("Minh Anh" / "Theo Laodongthudo"), possibly followed by
    leaked button text or a bare outlet name, which leave with them.
    """
    source = None
    found_author = None
    known_author = (author or "").casefold()
    paragraphs = list(paragraphs)
    if paragraphs:
        paragraphs[-1] = _TRAILING_BUTTONS_RE.sub("", paragraphs[-1])
    for _ in range(5):
        if not paragraphs:
            break
        last = paragraphs[-1]
        if known_author and last.casefold().strip(" .") == known_author:
            paragraphs = paragraphs[:-1]
            continue
        if is_button_line(last) or is_outlet_line(last, outlets):
            paragraphs = paragraphs[:-1]
            continue
        if source is None and (parsed := parse_source(_TRAILING_BUTTONS_RE.sub("", last))):
            source, paragraphs = parsed, paragraphs[:-1]
            continue
        if found_author is None and (name := parse_byline(last)):
            found_author, paragraphs = name, paragraphs[:-1]
            continue
        break
    if source is None:
        paragraphs, source = _source_above_leaks(paragraphs)
    return paragraphs, found_author, source


def _source_above_leaks(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """An attribution a line or two above the end, under which only short lines leaked in."""
    for back in (2, 3):
        if len(paragraphs) <= back:
            break
        source = parse_source(paragraphs[-back])
        leaks = paragraphs[-back + 1 :]
        if source and all(len(p) <= 120 and not p.endswith(_SENTENCE_END) for p in leaks):
            return paragraphs[:-back], source
    return paragraphs, None


def drop_slug_echo(paragraphs: list[str], url: str) -> list[str]:
    """Drop a leading line that starts with the article's own URL slug written with spaces.

    MasterCMS related boxes carry the host article's unaccented slug as image alt text, so
    text dumps show "tet sum vay da tro thanh ... Bài 1: ..." (research/sites.md §1).
    """
    slug = re.sub(r"-\d+\.\w+$", "", url.rstrip("/").rsplit("/", 1)[-1])
    words = slug.replace("-", " ").strip()
    if len(words) < 12:
        return paragraphs
    return [p for p in paragraphs[:3] if not fold_for_search(p).startswith(words)] + paragraphs[3:]


# A photo or video credit on a line of its own ("Ảnh: Hà Anh", "Video: PV"): it names the
# photographer, not the author, and is not article text (Fundus's VnExpress parser drops the
# same "Ảnh:" credits).
_CREDIT_RE = re.compile(
    r"^\(?\s*(?:ảnh|video|clip|đồ họa|đồ hoạ|infographic)\s*:\s*[^.]{1,50}\)?$", re.I
)


def is_media_credit(text: str) -> bool:
    """A line that only credits a photo or video."""
    return len(text) <= 60 and bool(_CREDIT_RE.match(text))


# A caption that ends with its photo credit: "Một xe tăng T-90 (Ảnh: Sputnik).",
# "Ngoại trưởng Mỹ. Ảnh: Skynews". Vietnamese captions close with the credit. Photo stories
# (dantri.com.vn, 2022) write their text as longer paragraphs under each photo, each closing
# with "(Ảnh: X)": those are the article, so only short lines count as stray captions.
_CAPTION_CREDIT_RE = re.compile(
    r"(?:^|[\s.(\-–—])\(?\s*(?:ảnh|video|clip|đồ họa|đồ hoạ|nguồn ảnh|ảnh minh họa|photo)"
    r"\s*:\s*[^.()]{1,50}\)?\.?\s*$",
    re.I,
)
_MAX_CAPTION_CHARS = 100


def is_caption_line(text: str) -> bool:
    """A short line ending with a photo or video credit: a caption left in the text."""
    return len(text) <= _MAX_CAPTION_CHARS and bool(_CAPTION_CREDIT_RE.search(text))


def is_caption_of(text: str, captions: tuple[str, ...]) -> bool:
    """A paragraph that repeats (or is cut from) one of the images' captions."""
    if len(text) < 15:
        return False
    return any(text in c or (c in text and len(c) >= 0.8 * len(text)) for c in captions)


def is_residue(text: str) -> bool:
    """A line with no letter or digit: table borders ("| |"), bullets, separators."""
    return not any(c.isalnum() for c in text)


def is_dateline(text: str) -> bool:
    """A short line that is only a date, labelled or not ("Ngày đăng: 22/07/2021")."""
    if len(text) > 80:
        return False
    found = find_date(text)
    return found is not None and len(found[0]) >= len(text) - 3


def dedupe(paragraphs: list[str], drop_texts: set[str]) -> list[str]:
    """Drop paragraphs equal to the title, lead or a caption, and consecutive repeats."""
    out: list[str] = []
    for text in paragraphs:
        if text in drop_texts or (out and out[-1] == text):
            continue
        out.append(text)
    return out


def clean_blocks(
    blocks: list[Block],
    url: str,
    *,
    title: str | None = None,
    lead: str | None = None,
    author: str | None = None,
    captions: tuple[str, ...] = (),
    outlets: tuple[str, ...] = (),
) -> Cleaned:
    """Run every paragraph-level rule, in order, and say what was lifted out."""
    kept, removed = drop_related_blocks(blocks)
    kept, links_removed = drop_link_lists(kept)
    removed += links_removed
    paragraphs = [
        b.text
        for b in kept
        if not (
            is_residue(b.text)
            or is_dateline(b.text)
            or is_media_credit(b.text)
            or is_caption_line(b.text)
            or is_caption_of(b.text, captions)
        )
    ]
    paragraphs = drop_slug_echo(paragraphs, url)
    # A line that is only the known author (a byline left above a promo block) is no text.
    drop_texts = {t for t in (title, lead, author, *captions) if t}
    paragraphs = dedupe(paragraphs, drop_texts)
    paragraphs, found_author, source = lift_trailing_credits(paragraphs, author, outlets)
    if paragraphs:
        paragraphs[0] = strip_agency_prefix(paragraphs[0])
        if lead and paragraphs[0] == lead:
            paragraphs = paragraphs[1:]
    return Cleaned([p for p in paragraphs if p], found_author, source, removed)
