"""Author names from bylines and metadata: labels, credits, outlets and share buttons taken off."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .text import fold_for_search, normalize_text

# Role words of Vietnamese bylines. A label is one or more roles joined by "," / "và" / "-" / "&"
# / "/" and ended by ":" ("Bài và ảnh:", "Bài, ảnh:", "Tin - ảnh:", "Nhóm PV:", "Tác giả:").
# Roles that name the writer make the text after them an author; the others (photo, video,
# graphics, editing) credit someone who is not the author (Fundus's VnExpress parser drops the
# same "Ảnh:" credits; nld.com.vn's dable:author reads "Tác giả: Hoàng Lan" on 2021 pages).
_WRITER_ROLES = (
    "bài viết",
    "bài",
    "tin",
    "tác giả",
    "người viết",
    "phóng viên",
    "nhóm phóng viên",
    "nhóm pv",
    "pv",
    "ctv",
    "cộng tác viên",
    "nhóm thực hiện",
    "thực hiện",
    "ghi chép",
    "ghi",
    "nội dung",
    "biên soạn",
    "by",
    "author",
)
_CREDIT_ROLES = (
    "ảnh",
    "video",
    "clip",
    "đồ họa",
    "đồ hoạ",
    "infographic",
    "thiết kế",
    "trình bày",
    "minh họa",
    "minh hoạ",
    "biên tập",
    "kỹ thuật",
    "dựng",
    "quay phim",
    "photo",
)
_SOURCE_ROLES = ("nguồn", "theo")
_ROLE = "|".join(
    re.escape(r)
    for r in sorted(_WRITER_ROLES + _CREDIT_ROLES + _SOURCE_ROLES, key=len, reverse=True)
)
_LABEL_RE = re.compile(
    rf"(?<!\w)(?P<label>(?:{_ROLE})(?:\s*(?:,|\bvà\b|-|–|&|/|\+)\s*(?:{_ROLE}))*)\s*:\s*", re.I
)
# A role written before a name without a colon: "PV Minh Anh", "Phóng viên Hà Thu", "By John".
_ROLE_PREFIX_RE = re.compile(
    r"^(?:pv|ctv|phóng viên|cộng tác viên|tác giả|người viết|by)\s+(?=\S)", re.I
)
# A line that is only a desk or a role, never a person: "PV", "Nhóm PV", "Ban Biên tập".
_ANONYMOUS = frozenset(
    {
        "pv",
        "ctv",
        "btv",
        "pv/ctv",
        "phóng viên",
        "cộng tác viên",
        "biên tập viên",
        "ban biên tập",
        "tòa soạn",
        "toà soạn",
        "admin",
        "administrator",
        "quản trị viên",
    }
)
_GROUP_RE = re.compile(r"^nhóm\s+(?:pv|phóng viên|ctv|thực hiện|tác giả)\b", re.I)

# Attribution inside a byline: "(theo VnExpress)", "Theo VTV", "Nguồn: TTXVN". The outlet is a
# source, not an author. congdoanvietnam.vn writes "Bảo Hân (báo lao động)" (research §4).
_SOURCE_TAIL_RE = re.compile(
    r"(?:^|(?<=[\s,;(\-–—|]))(?:theo|nguồn)\b\s*:?\s*(?P<source>.*)$", re.I
)
_OUTLET_RE = re.compile(
    r"^(?:báo|tạp chí|đài|thông tấn xã|ttxvn|cổng thông tin|trang tin|kênh)\b", re.I
)
_PARENTHESES_RE = re.compile(r"[(\[][^()\[\]]*[)\]]")
# Work notes after a name: "Hà Thu tổng hợp", "Minh Anh (lược dịch)", "Lan Anh - st".
_WORK_NOTE_RE = re.compile(
    r"(?:^|\s+|\s*[-–—]\s*)(?:tổng hợp|lược dịch|biên dịch|dịch|lược thuật|sưu tầm|st|"
    r"thực hiện|ghi|chuyển ngữ)\s*$",
    re.I,
)
# Share and copy buttons that sit in the byline box of VCCorp and laodong.vn pages and come along
# with its text: "Theo VTV Copy link", "Hà Thu Chia sẻ Facebook Zalo".
_SHARE_TAIL_RE = re.compile(
    r"(?:\s*[-|·•]?\s*(?:copy link|copy|sao chép(?: liên kết| link)?|chia sẻ|share|facebook|"
    r"zalo|twitter|tweet|e-?mail|messenger|linkedin|telegram|in bài(?: viết)?|lưu bài|lưu tin|"
    r"theo dõi|follow|bình luận|gửi bài|gửi góp ý))+\s*$",
    re.I,
)
# Several people in one byline: "Hà Anh - Minh Chiến", "A, B và C", "A; B", "A & B".
_NAME_SEPARATOR_RE = re.compile(r"\s+[-–—]\s+|\s*[,;|]\s*|\s+(?:và|and|&)\s+", re.I)
# Values that name a web address, never a person (nld.com.vn writes meta author "NLD.COM.VN").
_ADDRESS_RE = re.compile(r"https?:|www\.|\.(?:com|vn|net|org|info|edu|gov)\b", re.I)
_TRIM = " .,:;-–—|*·•/\\\"'“”‘’"
# Dates, times and counts in a byline line ("Bảo Hân (báo lao động) 29/01/2026 15:59") end a name.
_DIGIT_TOKEN_RE = re.compile(r"\S*\d\S*")
MAX_NAME_WORDS = 7
MAX_NAME_CHARS = 60

# Words around an outlet's name that do not make it another name: "Báo điện tử Dân Trí",
# "VietNamNet News", "Tuổi Trẻ Online", "vnexpress.net".
_SITE_PREFIXES = (
    "bao dien tu",
    "tap chi dien tu",
    "trang thong tin dien tu",
    "trang tin dien tu",
    "cong thong tin dien tu",
    "bao",
    "tap chi",
    "dai",
)
_SITE_SUFFIXES = ("online", "news", "dien tu", "tv", "com vn", "vn", "net", "com", "org")


@dataclass(frozen=True)
class Credit:
    """What one byline says: the people who wrote it and the outlet it was taken from."""

    authors: tuple[str, ...] = ()
    source: str | None = None


def clean_author(text: str | None, site_name: str | Iterable[str] | None = None) -> str | None:
    """The author names in a byline or metadata value, joined with ", ", or None.

    "Hà Thu (tổng hợp)" -> "Hà Thu"; "Bài và ảnh: Nguyễn Văn A" -> "Nguyễn Văn A";
    "Theo VTV Copy link" -> None; "Hà Anh - Minh Chiến" -> "Hà Anh, Minh Chiến".

    :param site_name: the outlet's name(s) or host; a byline equal to one is no author
    """
    names = parse_credit(text, site_name).authors
    return ", ".join(names) if names else None


def parse_credit(text: str | None, site_name: str | Iterable[str] | None = None) -> Credit:
    """Split a byline into its authors (in order, deduplicated) and its source outlet."""
    if not isinstance(text, str):
        return Credit()
    text = normalize_text(text)
    if not text:
        return Credit()
    sites = site_name if isinstance(site_name, frozenset) else site_keys(site_name)
    authors: list[str] = []
    source: str | None = None
    for segment in _writer_segments(text):
        names, found_source = _names_in(segment, sites)
        authors.extend(names)
        source = source or found_source
    if source is None:
        source = _labelled_source(text)
    return Credit(tuple(_unique(authors)), source)


def _writer_segments(text: str) -> list[str]:
    """The parts of a byline credited to writers: unlabelled text and "Bài:" / "Tác giả:" parts."""
    segments = []
    position, writer = 0, True
    for match in _LABEL_RE.finditer(text):
        if writer:
            segments.append(text[position : match.start()])
        position, writer = match.end(), _is_writer_label(match.group("label"))
    if writer:
        segments.append(text[position:])
    return [s for s in segments if s.strip(_TRIM)]


def _is_writer_label(label: str) -> bool:
    roles = re.split(r"\s*(?:,|\bvà\b|-|–|&|/|\+)\s*", label.casefold())
    return any(role in _WRITER_ROLES for role in roles)


def _labelled_source(text: str) -> str | None:
    for match in _LABEL_RE.finditer(text):
        if match.group("label").casefold() in _SOURCE_ROLES:
            return _source_name(text[match.end() :])
    return None


def _names_in(segment: str, sites: frozenset[str]) -> tuple[list[str], str | None]:
    """The person names of one writer segment, and an outlet it credits."""
    source = None
    for inner in _PARENTHESES_RE.findall(segment):
        # "(theo VnExpress)", "(báo lao động)": the outlet; "(tổng hợp)", "(Hà Nội)": notes.
        body = inner[1:-1].strip()
        if source is None and (_SOURCE_TAIL_RE.match(body) or _OUTLET_RE.match(body)):
            source = _source_name(body)
    while True:
        stripped = _PARENTHESES_RE.sub(" ", segment)
        if stripped == segment:
            break
        segment = stripped
    segment = segment.replace("(", " ").replace(")", " ").replace("[", " ").replace("]", " ")
    segment = _SHARE_TAIL_RE.sub("", segment)
    if match := _SOURCE_TAIL_RE.search(segment):
        source = source or _source_name(match.group("source"))
        segment = segment[: match.start()]
    segment = _DIGIT_TOKEN_RE.sub(" | ", segment)
    # "Thanh Hà/TTXVN", "Đức Anh/VOV": the outlet after a slash (MasterCMS author boxes).
    if "/" in segment:
        segment, _, outlet = segment.partition("/")
        source = source or _source_name(outlet)
    names = []
    for part in _NAME_SEPARATOR_RE.split(segment):
        name = _clean_name(part)
        if name is None:
            continue
        if _OUTLET_RE.match(name) or is_site_name(name, sites):
            source = source or (name if _OUTLET_RE.match(name) else None)
            continue
        names.append(name)
    return names, source


def _clean_name(part: str) -> str | None:
    """One person's name without trailing notes and role words, or None when it is no name."""
    name = _SHARE_TAIL_RE.sub("", part.strip(_TRIM)).strip(_TRIM)
    previous = None
    while previous != name:
        previous = name
        name = _WORK_NOTE_RE.sub("", name).strip(_TRIM)
    if _GROUP_RE.match(name) or name.casefold() in _ANONYMOUS:
        return None
    name = _ROLE_PREFIX_RE.sub("", name).strip(_TRIM)
    if not _looks_like_name(name):
        return None
    return name


def _looks_like_name(name: str) -> bool:
    if not name or len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
        return False
    if name.casefold() in _ANONYMOUS or _ADDRESS_RE.search(name):
        return False
    # Digits are dates, times or counts ("Nguyên Minh - 07/03/2026 08:47"), never names.
    if any(c.isdigit() for c in name) or not any(c.isalpha() for c in name):
        return False
    # Names are written capitalised (or in capitals); an all-lowercase part is a phrase.
    return any(word[0].isupper() for word in name.split())


def _source_name(text: str) -> str | None:
    text = normalize_text(text)
    if match := _SOURCE_TAIL_RE.match(text):
        text = match.group("source")
    source = _SHARE_TAIL_RE.sub("", text).strip(_TRIM)
    source = _PARENTHESES_RE.sub("", source).strip(_TRIM)
    if not source or len(source) > MAX_NAME_CHARS or not any(c.isalpha() for c in source):
        return None
    return source


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


def name_key(text: str) -> str:
    """A name folded for comparison: lower case, no diacritics, letters and digits only."""
    folded = fold_for_search(normalize_text(text))
    return " ".join(re.findall(r"[^\W_]+", folded))


def _site_variants(key: str) -> set[str]:
    """`key` with the outlet words around a site name taken off, each variant without spaces."""
    variants = {key}
    for prefix in _SITE_PREFIXES:
        if key.startswith(prefix + " "):
            variants.add(key[len(prefix) + 1 :])
    for variant in list(variants):
        for suffix in _SITE_SUFFIXES:
            if variant.endswith(" " + suffix):
                variants.add(variant[: -len(suffix) - 1])
    return {v.replace(" ", "") for v in variants if len(v.replace(" ", "")) >= 3}


def site_keys(site_name: str | Iterable[str] | None) -> frozenset[str]:
    """Comparison keys of an outlet's names and hosts ("vnexpress.net" -> "vnexpress").

    `parse_credit`, `clean_author` and `is_site_name` take the result in place of the names, so
    a page's many bylines are compared without folding the names again.
    """
    if not site_name:
        return frozenset()
    names = [site_name] if isinstance(site_name, str) else list(site_name)
    keys: set[str] = set()
    for name in names:
        if not isinstance(name, str) or not name.strip():
            continue
        name = normalize_text(name)
        parts = [name, *re.split(r"\s*[-–—|:]\s*", name)]
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", name.casefold()).split("/")[0]
        if "." in host and " " not in host:
            parts.append(host.split(".")[0])
        for part in parts:
            keys |= _site_variants(name_key(part))
    return frozenset(keys)


def is_site_name(name: str, sites: str | Iterable[str] | None) -> bool:
    """Whether `name` is the outlet itself ("Dân Trí" on dantri.com.vn, "VnExpress")."""
    if not sites:
        return False
    keys = sites if isinstance(sites, frozenset) else site_keys(sites)
    return bool(_site_variants(name_key(name)) & keys)
