"""Parse Vietnamese news date strings (day-first) into ISO 8601 in Vietnam time, +07:00."""

import re
import unicodedata
from datetime import date, datetime, timedelta, timezone

from crawler.extraction.text import normalize_text

# Asia/Ho_Chi_Minh has had no DST since 1975, so a fixed offset avoids tz-database lookups.
VN_TZ = timezone(timedelta(hours=7))

# A news archive has no dates outside this range; it also keeps astimezone() from overflowing.
_MIN_YEAR, _MAX_YEAR = 1900, 2100
# How far before a date we look for a leading time ("14:30 | ") or label ("Ngày đăng: Thứ Hai, ").
_LEAD_WINDOW = 48

_SP = r"[^\S\n]"  # whitespace that does not cross a line (find_date scans multi-line text)

# "10:30", "10:30:15", "10h30", "10h", "10 giờ 30", "10 giờ 30 phút", "3 giờ chiều", and the
# 12-hour clock of English-locale CMSs, "01:39 PM" (cafebiz.vn), with the Vietnamese locale's
# "SA"/"CH" (sáng/chiều) for AM/PM. The "h" must not start a word, or "2 huyện" would read
# as 02:00.
_TIME = (
    r"(?<![\d:])(?P<h>\d{1,2})"
    r"(?::(?P<m>\d{2})(?::(?P<s>\d{2}))?"
    rf"|{_SP}*(?:h|giờ)(?![^\W\d_])(?:{_SP}*(?P<m2>\d{{2}})(?:{_SP}*phút)?)?)"
    rf"(?!\d)(?:{_SP}*(?P<period>sáng|trưa|chiều|tối|đêm|[ap]\.?m\.?|SA|CH)(?![^\W\d_]))?"
)
# nld.com.vn writes "07/03/2026 08:06 GMT+7", congdoanvietnam.vn "29/01/2026 15:59 (GMT+7)".
_GMT7 = rf"(?:{_SP}*\(?{_SP}*GMT{_SP}*\+{_SP}*0?7(?::?00)?{_SP}*\)?)?"
# Separators seen between a date and its time: " | " (MasterCMS print view), ", " and " - ".
_SEP = rf"(?:[|,\-–—]{_SP}*)?"

# dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, always day-first. The 4-digit year keeps out fractions such
# as "11/20 CĐCS" (seed 1); the slash guards keep out document numbers such as "12/2024/NĐ-CP".
_NUMERIC_DATE_RE = re.compile(
    r"(?<![\d/])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<mo>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/])"
)
# "5 tháng 8 năm 2024", "5 tháng 8, 2024" (the "ngày" before it is picked up as a lead).
_LONG_DATE_RE = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}}){_SP}*tháng{_SP}*(?P<mo>\d{{1,2}}){_SP}*(?:,|năm)?{_SP}*"
    r"(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)
_TRAIL_TIME_RE = re.compile(
    rf"{_SP}*{_SEP}(?:(?:vào{_SP}*)?lúc{_SP}*)?{_TIME}{_GMT7}", re.IGNORECASE
)
# "14:30 | 18/07/2022" (MasterCMS print), "10:30 ngày 5 tháng 8 năm 2024", "10h30 ngày 5/8/2024".
_LEAD_TIME_RE = re.compile(rf"{_TIME}{_SP}*{_SEP}(?:(?:ngày|lúc){_SP}*)?\Z", re.IGNORECASE)
_ANY_TIME_RE = re.compile(_TIME, re.IGNORECASE)
# 12-hour clock hours that a period word moves past noon: "1 giờ trưa" is 13:00 but "11 giờ trưa"
# is 11:00; "7 giờ tối" is 19:00; "10 giờ đêm" is 22:00 but "2 giờ đêm" is 02:00.
_PM_HOURS = {
    "trưa": range(1, 3), "chiều": range(1, 12), "tối": range(1, 12), "đêm": range(7, 12),
    "pm": range(1, 12), "ch": range(1, 12),
}  # fmt: skip
# 12 AM is midnight.
_AM_WORDS = frozenset({"am", "sa"})

# Longest first, so "Ngày đăng" wins over the bare "Ngày".
_LABEL_WORDS = (
    "ngày đăng", "ngày cập nhật", "ngày xuất bản", "cập nhật lúc", "cập nhật", "đăng lúc",
    "đăng ngày", "đăng tải", "xuất bản lúc", "xuất bản", "thời gian đăng", "ngày",
)  # fmt: skip
_LABELS = "|".join(label.replace(" ", f"{_SP}+") for label in _LABEL_WORDS)
_WEEKDAYS = rf"thứ{_SP}+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ{_SP}+nhật|CN|T[2-7]"
# Seed 2 writes "Ngày đăng: 22/07/2021"; laodongcongdoan.vn "Chủ nhật 19/05/2024 02:00".
_LEAD_LABEL_RE = re.compile(
    rf"(?<![^\W\d_])(?:(?:{_LABELS}){_SP}*:?{_SP}*)?(?:(?:{_WEEKDAYS}){_SP}*[,\-]?{_SP}*)?"
    rf"(?:ngày{_SP}*)?\Z",
    re.IGNORECASE,
)

# "+07" (NLĐ RSS), "+0700", "+07:00", "Z", "GMT+7" (which must not be read as plain GMT).
_ZONE = r"(?:UTC|GMT)?[+\-]\d{1,2}(?::?\d{2})?(?!\d)|Z|UTC|GMT"
# time[datetime], article:published_time, JSON-LD, sitemaps.
_ISO_RE = re.compile(
    r"(?<![\d/.\-])(?P<y>\d{4})(?P<sep>[\-/.])(?P<mo>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"
    r"(?:[T ](?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?"
    rf" ?(?P<tz>{_ZONE})?(?!\d))?"
)
# RSS pubDate: "Sat, 07 Mar 2026 08:06:00 +0700".
_RFC822_RE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+(?P<y>\d{4})(?:\s+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    rf"(?:\s*(?P<tz>{_ZONE}|[a-z]{{1,5}}(?![^\W\d_])))?)?",
    re.IGNORECASE,
)
_MONTHS = {
    name: i
    for i, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
# RFC 822 named zones, plus ICT (Indochina Time) which Vietnamese feeds sometimes write.
_NAMED_ZONES = {
    "Z": 0, "UT": 0, "UTC": 0, "GMT": 0, "ICT": 7,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}  # fmt: skip

# "2 giờ trước", "30 phút trước", "3 ngày trước"; "hôm qua (lúc 10:30)"; "vừa xong".
_RELATIVE_RE = re.compile(
    r"(?<!\d)(?P<n>\d{1,3})\s*(?P<unit>giây|phút|giờ|tiếng|ngày|tuần)\s*trước", re.IGNORECASE
)
_DAY_WORD_RE = re.compile(r"hôm\s+(?P<w>nay|qua|kia)", re.IGNORECASE)
_JUST_NOW_RE = re.compile(r"vừa\s+(?:xong|mới)", re.IGNORECASE)
_DAYS_AGO = {"nay": 0, "qua": 1, "kia": 2}
_UNIT_SECONDS = {"giây": 1, "phút": 60, "giờ": 3600, "tiếng": 3600}
_UNIT_DAYS = {"ngày": 1, "tuần": 7}

# dateparser fills missing parts from today ("tháng 8/2024" came back as 2024-08-07), so it must
# find day, month and year (REQUIRE_PARTS), and only its absolute parser runs: relative strings
# must never be resolved against the clock of whoever runs the parser. The year pre-check is a
# cheap way to skip it for text that cannot hold a full date.
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TIMEZONE": "Asia/Ho_Chi_Minh",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],
}


def _to_vn(dt: datetime) -> datetime:
    """Express `dt` in Vietnam time; a naive datetime is taken to be Vietnam time already."""
    if dt.tzinfo is None:
        return dt.replace(tzinfo=VN_TZ, microsecond=0)
    return dt.astimezone(VN_TZ).replace(microsecond=0)


def _zone_offset(tz: str | None) -> timedelta | None:
    """Offset for "Z", "+07", "+0700", "GMT+7"...; None for no zone; ValueError if unknown."""
    if not tz:
        return None
    tz = tz.upper()
    named = _NAMED_ZONES.get(tz)
    if named is not None:
        return timedelta(hours=named)
    if tz[:3] in ("UTC", "GMT"):
        tz = tz[3:]
    if tz[0] not in "+-":
        raise ValueError(f"unknown time zone {tz!r}")
    digits = tz[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
    return timedelta(minutes=-minutes if tz[0] == "-" else minutes)


def _build(
    year: str | int,
    month: str | int,
    day: str | int,
    hour: str | int | None = None,
    minute: str | int | None = None,
    second: str | int | None = None,
    tz: str | None = None,
) -> str | None:
    """ISO string for the parts, date-only without an hour; None if the parts are invalid."""
    try:
        y, mo, d = int(year), int(month), int(day)
        if not _MIN_YEAR <= y <= _MAX_YEAR:
            return None
        if hour is None:
            return date(y, mo, d).isoformat()
        offset = _zone_offset(tz)
        zone = VN_TZ if offset is None else timezone(offset)
        dt = datetime(y, mo, d, int(hour), int(minute or 0), int(second or 0), tzinfo=zone)
    except ValueError:
        return None
    return _to_vn(dt).isoformat()


def _clock(time_m: re.Match[str]) -> tuple[int, int, int]:
    """(hour, minute, second) of a _TIME match; "3 giờ chiều" is 15:00, "10 giờ đêm" 22:00."""
    hour = int(time_m["h"])
    period = (time_m["period"] or "").lower().replace(".", "")
    if hour in _PM_HOURS.get(period, ()):
        hour += 12
    elif hour == 12 and period in _AM_WORDS:
        hour = 0
    return hour, int(time_m["m"] or time_m["m2"] or 0), int(time_m["s"] or 0)


def _from_vn_parts(date_m: re.Match[str], time_m: re.Match[str] | None) -> str | None:
    """ISO string from a day-first date match and an optional adjacent time match."""
    if time_m is None:
        return _build(date_m["y"], date_m["mo"], date_m["d"])
    return _build(date_m["y"], date_m["mo"], date_m["d"], *_clock(time_m))


def _adjacent_time(text: str, date_m: re.Match[str]) -> re.Match[str] | None:
    """The time right after the date ("29/01/2026 15:59") or, failing that, right before it."""
    trail = _TRAIL_TIME_RE.match(text, date_m.end())
    if trail:
        return trail
    return _LEAD_TIME_RE.search(text, max(0, date_m.start() - _LEAD_WINDOW), date_m.start())


def _from_iso(m: re.Match[str]) -> str | None:
    return _build(m["y"], m["mo"], m["d"], m["h"], m["mi"], m["s"], m["tz"])


def _from_rfc822(m: re.Match[str]) -> str | None:
    # An unknown named zone makes _build return None: better no date than a wrong one.
    month = _MONTHS[m["mon"][:3].lower()]
    return _build(m["y"], month, m["d"], m["h"], m["mi"], m["s"], m["tz"])


def _from_relative(s: str, now: datetime) -> str | None:
    """Resolve "2 giờ trước", "3 ngày trước", "hôm qua lúc 10:30" against the fetch time."""
    anchor = _to_vn(now)
    m = _RELATIVE_RE.search(s)
    if m:
        n, unit = int(m["n"]), m["unit"].lower()
        if unit in _UNIT_SECONDS:
            return (anchor - timedelta(seconds=n * _UNIT_SECONDS[unit])).isoformat()
        # "3 ngày trước" says nothing about the time of day, so it stays a date.
        return (anchor.date() - timedelta(days=n * _UNIT_DAYS[unit])).isoformat()
    m = _DAY_WORD_RE.search(s)
    if m:
        day = anchor.date() - timedelta(days=_DAYS_AGO[m["w"].lower()])
        t = _ANY_TIME_RE.search(s)
        if t is None:
            return day.isoformat()
        return _build(day.year, day.month, day.day, *_clock(t))
    if _JUST_NOW_RE.search(s):
        return anchor.isoformat()
    return None


def _from_dateparser(s: str) -> str | None:
    """Last resort for word months ("5 tháng Tám 2024", "5 Thg 8 2024"); keeps date-only dates."""
    if not _YEAR_RE.search(s):
        return None
    import dateparser  # lazy: importing it costs ~0.1 s and most pages never get here

    try:
        dt = dateparser.parse(s, languages=["vi"], settings=_DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises assorted errors on junk; junk simply has no date
        return None
    if dt is None or not _MIN_YEAR <= dt.year <= _MAX_YEAR:
        return None
    # dateparser fills a missing time with 00:00; only trust its time if the text has one.
    if _ANY_TIME_RE.search(s):
        return _to_vn(dt).isoformat()
    return dt.date().isoformat()


def parse_date(raw: str | None, now: datetime | None = None) -> str | None:
    """Parse a date string to "YYYY-MM-DDTHH:MM:SS+07:00", or "YYYY-MM-DD" if it has no time.

    Day-first always. Relative forms ("2 giờ trước", "hôm qua") need `now`, the fetch time;
    without it they give None. Returns None, never raises, when nothing valid parses.
    """
    if not raw:
        return None
    s = normalize_text(raw)
    # The first known shape that matches decides: "31/02/2024" is None, not a dateparser guess.
    m = _ISO_RE.search(s)
    if m:
        return _from_iso(m)
    m = _RFC822_RE.search(s)
    if m:
        return _from_rfc822(m)
    for date_re in (_NUMERIC_DATE_RE, _LONG_DATE_RE):
        m = date_re.search(s)
        if m:
            return _from_vn_parts(m, _adjacent_time(s, m))
    if now is not None:
        try:
            relative = _from_relative(s, now)
        except OverflowError:
            relative = None  # a fetch time at year 1 or 9999 (tests/test_fuzz.py)
        if relative:
            return relative
    return _from_dateparser(s)


def find_date(text: str) -> tuple[str, str] | None:
    """Find the first valid dd/mm/yyyy date (with its time, if adjacent) in a longer text.

    Returns (raw, iso). `raw` is the substring of the NFC text that was read: any label and
    weekday in front ("Ngày đăng: ", "Thứ Hai, "), a leading time ("14:30 | "), the date, a
    trailing time and "(GMT+7)". Keeping the label shows later where the value came from. Only
    numeric dates are searched: the long "ngày 28 tháng 7 năm 1929" form turns up in titles
    about anniversaries far more often than in bylines. Invalid dates are skipped.
    """
    if not text:
        return None
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    for m in _NUMERIC_DATE_RE.finditer(text):
        start, end = m.span()
        time_m = _adjacent_time(text, m)
        if time_m is not None:
            if time_m.start() >= end:
                end = time_m.end()
            else:
                start = time_m.start()
        iso = _from_vn_parts(m, time_m)
        if iso is None:
            continue
        label = _LEAD_LABEL_RE.search(text, max(0, start - _LEAD_WINDOW), start)
        if label:
            start = label.start()
        return text[start:end].strip(), iso
    return None


def same_day_with_time(day: str, candidate: str | None) -> str | None:
    """`candidate` when it is a time on the date-only `day` ("2024-08-05"); else None.

    Metadata often gives the date alone while the page prints the time next to it; the time
    is taken from the page, never made up.
    """
    if not candidate or len(candidate) <= len(day) or len(day) != len("YYYY-MM-DD"):
        return None
    return candidate if candidate.startswith(day + "T") else None
