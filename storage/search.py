"""Ranked, Vietnamese-aware search of the archive's articles (the CLI and Datasette share it).

A query is cut into words. A word typed with marks matches that spelling only, tone placed the
old way ("hòa" finds hòa and hoà, never hóa or hoa); a word typed without them matches every
spelling that folds to it ("doan" finds đoàn, đoán, doãn). Several words find the articles
holding all of them: first those where they stand as typed (the phrase), then those where they
stand within NEAR_DISTANCE words of each other, then the rest. A part in double quotes must
stand as a phrase. The union's abbreviations find their long forms and back
(storage.vietnamese.ABBREVIATIONS).

Words stand together when their folded forms do (the index keeps every pair of adjacent words,
folded); a word typed with marks must also be spelt so in the article. So "Ba Đình" as a
phrase never matches "ba năm … gia đình", and matches "ba định" only in an article that also
writes "đình" elsewhere: the index keeps spellings, not where each stands.

Within each of these tiers, articles are ranked by bm25 (title above lead above body), the
newest first among equal scores. A tier with more than WINDOW matches is ranked WINDOW articles
at a time, newest first, so the cost of a search is bounded however common its words are: the
first page of "công đoàn" over 200,000 articles ranks its 2,000 most recent ones.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from storage.migrations import (
    DAY_BITS,
    SEARCH_COLUMNS,
    SEARCH_KEYS,
    SEARCH_TABLE,
    UNDATED_DAY,
)
from storage.vietnamese import (
    ABBREVIATIONS,
    WORD_RE,
    has_marks,
    repair,
    spelling_pattern,
    word_keys,
)

# Articles ranked together: reading a match costs a few microseconds (more for a phrase), and
# ranking it as much again, so this bounds a search whatever its words.
WINDOW = 2000
# Words "near each other": at most this many words between them (FTS5 NEAR).
NEAR_DISTANCE = 10
# bm25 weights of title, lead and body.
FIELD_WEIGHTS = (10.0, 3.0, 1.0)
# A word in more than this share of articles weighs nothing in bm25 (FTS5 clamps its idf to
# 1e-6), so it is left out of the scoring, which would otherwise read its whole posting list.
COMMON_SHARE = 0.5
# How many of the newest articles the share of a word is estimated from.
SHARE_SAMPLE = 5000
# Bounds on what a query may ask, so no input makes an expression without end.
MAX_UNITS = 16
MAX_COMBINATIONS = 16
# Characters in a snippet, around its best passage; matches tried as the passage's anchor.
SNIPPET_CHARS = 220
SNIPPET_ANCHORS = 200

_WORDS = "{title lead body}"
_PAIRS = "{title_pairs lead_pairs body_pairs}"
_MARKED = "{title_marked lead_marked body_marked}"
_QUOTES = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]')

# A run of text in a snippet or title: (text, True when it is a matched word).
Fragment = tuple[str, bool]


@dataclass(frozen=True)
class Result:
    """One article found, best first in the list `search` returns.

    `score` orders results: its integer part is how the words were found (2: as a phrase,
    1: near each other, 0: anywhere in the article, and 0 for a one-word query), its fraction
    the bm25 relevance, r / (1 + r). `snippet` and `title_fragments` are the article's own text
    cut into runs, the matched words flagged, so every caller escapes and marks them its own way.
    """

    url: str
    title: str
    site: str | None
    published_at: str | None
    score: float
    snippet: tuple[Fragment, ...]
    title_fragments: tuple[Fragment, ...]
    lead: str | None = None
    author: str | None = None
    category: str | None = None

    def snippet_text(self, before: str = "«", after: str = "»") -> str:
        """The snippet as one string, each matched word between `before` and `after`."""
        return marked(self.snippet, before, after)

    def as_record(self) -> dict[str, Any]:
        """The result as `congdoan search --json` prints it."""
        return {
            "url": self.url,
            "title": self.title,
            "site": self.site,
            "published_at": self.published_at,
            "snippet": self.snippet_text(),
            "score": self.score,
        }


def marked(fragments: Iterable[Fragment], before: str = "«", after: str = "»") -> str:
    """Join fragments, each matched one between `before` and `after`."""
    return "".join(f"{before}{text}{after}" if hit else text for text, hit in fragments)


# ---------------------------------------------------------------------------------------------
# The query: units, each a choice of alternatives, each a run of words.


@dataclass(frozen=True)
class Word:
    """A query word: its folded form, and its canonical spelling when typed with marks."""

    folded: str
    spelt: str | None  # None: typed without marks, so any spelling folding to `folded` matches


Alternative = tuple[Word, ...]


@dataclass(frozen=True)
class Unit:
    """What must be in a matching article: one of `alternatives` (each a phrase when longer than
    one word): a word, a quoted phrase, or an abbreviation and its long form."""

    alternatives: tuple[Alternative, ...]


@dataclass(frozen=True)
class Query:
    units: tuple[Unit, ...]


def parse_query(text: str) -> Query:
    """Read any text as a query: words, "quoted phrases", abbreviations; never raises."""
    units: list[Unit] = []
    for i, part in enumerate(_QUOTES.split(repair(text or ""))):
        words = _words(part)
        if not words:
            continue
        if i % 2:  # inside quotes: one unit, the whole phrase
            units.append(Unit(_phrase_alternatives(_expand(words))))
        else:
            units.extend(_expand(words))
    return Query(tuple(units[:MAX_UNITS]))


def _words(text: str) -> list[Word]:
    words = []
    for token in WORD_RE.findall(text):
        folded, spelt = word_keys(token)
        if folded:
            words.append(Word(folded, spelt if has_marks(token) else None))
    return words


def _abbreviation_forms() -> list[tuple[str, tuple[tuple[str, str | None], ...]]]:
    """Each abbreviation folded, with its long form's words as (folded, canonical spelling)."""
    forms = []
    for short, long in ABBREVIATIONS.items():
        [folded_short] = [word_keys(word)[0] for word in WORD_RE.findall(short)]
        forms.append((folded_short, tuple(word_keys(word) for word in WORD_RE.findall(long))))
    return forms


_ABBREVIATIONS = _abbreviation_forms()


def _expand(words: list[Word]) -> list[Unit]:
    """One unit per word, an abbreviation or its long form becoming a unit of both."""
    units, i = [], 0
    while i < len(words):
        unit, used = _abbreviation_at(words, i)
        units.append(unit)
        i += used
    return units


def _abbreviation_at(words: list[Word], i: int) -> tuple[Unit, int]:
    """The unit starting at words[i] and how many words it takes."""
    word = words[i]
    for short, long in _ABBREVIATIONS:
        if word.folded == short:
            # The short form is matched folded (pages write "LDLD" too); the long form keeps
            # marks only if the abbreviation was typed with them, so "LĐLĐ" finds no more than
            # "ldld", as for any word.
            typed = word.spelt is not None
            expansion = tuple(Word(f, spelt if typed else None) for f, spelt in long)
            return Unit(((Word(short, None),), expansion)), 1
        if tuple(w.folded for w in words[i : i + len(long)]) == tuple(f for f, _ in long):
            return Unit((tuple(words[i : i + len(long)]), (Word(short, None),))), len(long)
    return Unit(((word,),)), 1


def _phrase_alternatives(units: list[Unit]) -> tuple[Alternative, ...]:
    """Every way of writing a run of units as one phrase (each unit one of its alternatives)."""
    choices = itertools.islice(
        itertools.product(*(unit.alternatives for unit in units)), MAX_COMBINATIONS
    )
    return tuple(tuple(itertools.chain.from_iterable(choice)) for choice in choices)


# ---------------------------------------------------------------------------------------------
# FTS5 expressions. Every token is a quoted string made of word characters (and "_"), so no
# user input ever reaches FTS5's syntax.


def _string(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _pair_tokens(words: Sequence[Word]) -> list[str]:
    return [f"{a.folded}_{b.folded}" for a, b in itertools.pairwise(words)]


def _marked_terms(words: Iterable[Word]) -> list[str]:
    return [f"{_MARKED} : {_string(w.spelt)}" for w in dict.fromkeys(words) if w.spelt]


def _phrase_expr(words: Sequence[Word]) -> str:
    """Articles where `words` stand in this order: one word, or a phrase."""
    if len(words) == 1:
        word = words[0]
        return (
            f"{_MARKED} : {_string(word.spelt)}"
            if word.spelt
            else f"{_WORDS} : {_string(word.folded)}"
        )
    # The pairs find the articles fast; from three words on, the words' positions make it exact.
    terms = [f"{_PAIRS} : {_string(pair)}" for pair in dict.fromkeys(_pair_tokens(words))]
    if len(words) > 2:
        terms.append(f"{_WORDS} : {_string(' '.join(w.folded for w in words))}")
    terms += _marked_terms(words)
    return "(" + " AND ".join(terms) + ")"


def _any(expressions: Iterable[str]) -> str:
    return "(" + " OR ".join(dict.fromkeys(expressions)) + ")"


def all_words_expr(query: Query) -> str:
    """Articles holding every unit of the query, anywhere."""
    return " AND ".join(
        _any(_phrase_expr(alt) for alt in unit.alternatives) for unit in query.units
    )


def phrase_expr(query: Query) -> str:
    """Articles holding the whole query as one phrase."""
    return _any(_phrase_expr(alt) for alt in _phrase_alternatives(list(query.units)))


def near_expr(query: Query) -> str:
    """Articles holding every unit within NEAR_DISTANCE words of each other (in one field)."""
    groups = []
    choices = itertools.product(*(unit.alternatives for unit in query.units))
    for choice in itertools.islice(choices, MAX_COMBINATIONS):
        phrases = " ".join(_string(" ".join(w.folded for w in alt)) for alt in choice)
        near = f"{_WORDS} : NEAR({phrases}, {NEAR_DISTANCE})"
        terms = [near] + _marked_terms(itertools.chain.from_iterable(choice))
        groups.append("(" + " AND ".join(terms) + ")")
    return _any(groups)


@dataclass(frozen=True)
class Tier:
    """How the words were found: its match expression, and its rank (higher first)."""

    rank: int
    match: str


def tiers(query: Query) -> list[Tier]:
    """The tiers of a query, best first, each excluding the ones before it."""
    everything = all_words_expr(query)
    if len(query.units) < 2:
        return [Tier(0, everything)]
    phrase, near = phrase_expr(query), near_expr(query)
    return [
        Tier(2, phrase),
        Tier(1, f"({near}) NOT {phrase}"),
        Tier(0, f"({everything}) NOT ({near})"),
    ]


def score_tokens(query: Query, rank: int) -> list[list[list[str]]]:
    """For bm25: per unit, per alternative, the single tokens that stand for it.

    Single tokens (a folded word, a pair) and not the phrases themselves: bm25 first counts the
    articles holding each of its terms, and counting a phrase of common words means reading
    their positions in every article that holds them.
    """
    units = list(query.units)
    if rank == 2:  # the phrase tier: the pairs of the whole query weigh its phrase
        units = [Unit(_phrase_alternatives(units))]
    tokens = []
    for unit in units:
        alternatives = []
        for alt in unit.alternatives:
            words = [f"{_WORDS} : {_string(w.folded)}" for w in alt]
            pairs = [f"{_PAIRS} : {_string(p)}" for p in _pair_tokens(alt)]
            alternatives.append(pairs if rank == 2 and pairs else words + pairs)
        tokens.append(alternatives)
    return tokens


# ---------------------------------------------------------------------------------------------
# Filters


@dataclass(frozen=True)
class Filters:
    """Site, category, author and publication days: SQL on the matches' keys `k`, which keep
    these columns (storage.migrations.SEARCH_KEPT), and a range of keys (days)."""

    sites: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    author: str | None = None
    low: int = -(2**63)
    high: int = 2**63 - 1

    @property
    def clauses(self) -> list[tuple[str, tuple[str, ...]]]:
        clauses = []
        for column, values in (("site", self.sites), ("category", self.categories)):
            if values:
                clauses.append((f"k.{column} IN ({', '.join('?' * len(values))})", values))
        if self.author:
            # Part of the byline as printed ("Hà Anh" in "Hà Anh - Minh Phương").
            clauses.append(("instr(k.author, ?) > 0", (self.author,)))
        return clauses

    @property
    def where(self) -> str:
        return "".join(f" AND {clause}" for clause, _ in self.clauses)

    @property
    def params(self) -> tuple[str, ...]:
        return tuple(itertools.chain.from_iterable(values for _, values in self.clauses))


def make_filters(
    site: str | Sequence[str] | None = None,
    category: str | Sequence[str] | None = None,
    author: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
) -> Filters:
    """Filters from search's arguments; ValueError for a date that is not YYYY[-MM[-DD]]."""
    low, high = -(2**63), 2**63 - 1
    if since or until:
        # Undated articles have no place in a date range.
        low = (UNDATED_DAY + 1) << DAY_BITS
    if since:
        low = max(low, day_number(since, first=True) << DAY_BITS)
    if until:
        high = ((day_number(until, first=False) + 1) << DAY_BITS) - 1
    return Filters(_values(site), _values(category), author or None, low, high)


def _values(value: str | Sequence[str] | None) -> tuple[str, ...]:
    if not value:
        return ()
    return (value,) if isinstance(value, str) else tuple(v for v in value if v)


_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:$|[T ])")


def day_number(value: str | date, first: bool) -> int:
    """Days since 1970-01-01 of a date, or of the first (or last) day of "YYYY" or "YYYY-MM";
    a time after the date is ignored (the index knows publication days)."""
    if isinstance(value, date):
        return value.toordinal() - date(1970, 1, 1).toordinal()
    match = _DATE.match(value.strip())
    if not match:
        raise ValueError(f"not a date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    try:
        if day:
            when = date(int(year), int(month), int(day))
        elif month:
            when = date(int(year), int(month), 1)
            if not first:
                when = date(int(year) + int(month) // 12, int(month) % 12 + 1, 1)
                when = date.fromordinal(when.toordinal() - 1)
        else:
            when = date(int(year), 1, 1) if first else date(int(year), 12, 31)
    except ValueError as error:
        raise ValueError(f"not a date: {value!r} ({error})") from None
    return when.toordinal() - date(1970, 1, 1).toordinal()


# ---------------------------------------------------------------------------------------------
# Search


def search(
    db: Any,
    query: str,
    site: str | Sequence[str] | None = None,
    category: str | Sequence[str] | None = None,
    author: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int = 20,
    offset: int = 0,
) -> list[Result]:
    """The articles matching `query`, best first (see the module docstring and Result.score).

    :param db: a ``sqlite_utils.Database`` or a ``sqlite3.Connection`` (Datasette's, read-only).
    :param site: a site slug, or several; ``category`` likewise; ``author`` part of the byline.
    :param since: first publication day, ``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``, a ``date``);
        ``until`` the last one, included.
    Any text is a valid query: quotes, operators, ``*`` or nothing at all never raise; a query
    without a word gives ``[]``. ValueError only for a malformed ``since`` or ``until``.
    """
    conn = _connection(db)
    parsed = parse_query(query)
    filters = make_filters(site, category, author, since, until)
    if not parsed.units or limit <= 0 or filters.low > filters.high:
        return []
    picked = list(itertools.islice(_ranked(conn, parsed, filters, max(offset, 0)), limit))
    return _results(conn, parsed, picked)


def count(
    db: Any,
    query: str,
    site: str | Sequence[str] | None = None,
    category: str | Sequence[str] | None = None,
    author: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
) -> int:
    """How many articles `search` finds with these filters, all pages together.

    It reads every match, so it costs more than a page of results on common words.
    """
    counts = facet_counts(db, query, site, category, author, since, until)
    return sum(n for _, _, n in counts)


def facet_counts(
    db: Any,
    query: str,
    site: str | Sequence[str] | None = None,
    category: str | Sequence[str] | None = None,
    author: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
) -> list[tuple[str | None, str, int]]:
    """(site, publication month "YYYY-MM" or "" when undated, articles) of every article
    `search` finds with these filters, for facets; read from the index alone."""
    conn = _connection(db)
    parsed = parse_query(query)
    filters = make_filters(site, category, author, since, until)
    if not parsed.units or filters.low > filters.high:
        return []
    month = (
        f"CASE WHEN m.key >> {DAY_BITS} = {UNDATED_DAY} THEN ''"
        f" ELSE strftime('%Y-%m', (m.key >> {DAY_BITS}) * 86400, 'unixepoch') END"
    )
    sql = f"SELECT m.site, {month}, count(*) FROM ({_match_sql(filters)}) m GROUP BY 1, 2"
    rows = conn.execute(sql, (all_words_expr(parsed), *_params(filters)))
    return [tuple(row) for row in rows.fetchall()]


class _Hit(NamedTuple):
    key: int
    article: int
    rank: int
    relevance: float


def _match_sql(filters: Filters, limit: bool = False) -> str:
    """Matching keys and article rowids, newest first, within the filters."""
    return (
        f"SELECT s.rowid AS key, k.article AS article, k.site AS site FROM {SEARCH_TABLE} s"
        f" JOIN {SEARCH_KEYS} k ON k.key = s.rowid"
        f" WHERE {SEARCH_TABLE} MATCH ? AND s.rowid BETWEEN ? AND ?{filters.where}"
        + (" ORDER BY s.rowid DESC LIMIT ?" if limit else "")
    )


def _params(filters: Filters, high: int | None = None) -> tuple[Any, ...]:
    return (filters.low, filters.high if high is None else high, *filters.params)


def _ranked(conn: sqlite3.Connection, query: Query, filters: Filters, skip: int) -> Iterator[_Hit]:
    """Every match, best first: tier by tier, WINDOW newest matches at a time, ranked."""
    for tier in tiers(query):
        high = filters.high
        while True:
            sql = _match_sql(filters, limit=True)
            window = conn.execute(sql, (tier.match, *_params(filters, high), WINDOW)).fetchall()
            if not window:
                break
            if skip >= len(window):
                skip -= len(window)  # a page further on: this window need not be ranked
            else:
                relevance = _relevance(conn, query, tier, window[-1][0], window[0][0])
                for key, article, _ in itertools.islice(
                    _by_relevance(window, relevance), skip, None
                ):
                    yield _Hit(key, article, tier.rank, relevance.get(key, 0.0))
                skip = 0
            if len(window) < WINDOW:
                break
            high = window[-1][0] - 1


def _by_relevance(window: list[tuple], relevance: dict[int, float]) -> list[tuple]:
    """The window's matches by bm25 relevance. The window comes newest first (keys order
    articles by publication day, then arrival) and the sort is stable: equal scores stay
    newest first."""
    if not relevance:
        return window
    return sorted(window, key=lambda row: relevance.get(row[0], 0.0), reverse=True)


def _json_list(values: Iterable[int]) -> str:
    return "[" + ",".join(str(int(v)) for v in values) + "]"


def _relevance(
    conn: sqlite3.Connection, query: Query, tier: Tier, low: int, high: int
) -> dict[int, float]:
    """bm25 relevance (higher is better) of the articles keyed low..high, for this tier."""
    sample = conn.execute(
        f"SELECT key FROM {SEARCH_KEYS} ORDER BY key DESC LIMIT 1 OFFSET ?", (SHARE_SAMPLE - 1,)
    ).fetchone()
    units = []
    for alternatives in score_tokens(query, tier.rank):
        kept = [[t for t in alt if not _common(conn, t, sample)] for alt in alternatives]
        if all(kept):  # an alternative made only of common words makes the unit weigh nothing
            units.append(_any("(" + " AND ".join(alt) + ")" for alt in kept))
    if not units:
        return {}
    weights = ", ".join(str(w) for w in FIELD_WEIGHTS * (len(SEARCH_COLUMNS) // 3))
    sql = (
        f"SELECT rowid, -bm25({SEARCH_TABLE}, {weights}) FROM {SEARCH_TABLE}"
        f" WHERE {SEARCH_TABLE} MATCH ? AND rowid BETWEEN ? AND ?"
    )
    return dict(conn.execute(sql, (" AND ".join(units), low, high)).fetchall())


def _common(conn: sqlite3.Connection, term: str, sample: tuple[int] | None) -> bool:
    """True if `term` is in more than COMMON_SHARE of the newest SHARE_SAMPLE articles (those
    keyed from `sample` on). A small archive has no sample: bm25 reads it all quickly."""
    if sample is None:
        return False
    sql = f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ? AND rowid >= ?"
    found = conn.execute(sql, (term, sample[0])).fetchone()[0]
    return found > COMMON_SHARE * SHARE_SAMPLE


# ---------------------------------------------------------------------------------------------
# Results and snippets


def _results(conn: sqlite3.Connection, query: Query, hits: list[_Hit]) -> list[Result]:
    if not hits:
        return []
    rows = conn.execute(
        "SELECT rowid, url, title, lead, body, site, published_at, author, category"
        " FROM articles WHERE rowid IN (SELECT value FROM json_each(?))",
        (_json_list(h.article for h in hits),),
    )
    articles = {row[0]: row[1:] for row in rows.fetchall()}
    results = []
    for hit in hits:
        if hit.article not in articles:  # deleted since the window was read
            continue
        url, title, lead, body, site, published_at, author, category = articles[hit.article]
        text = "\n\n".join(part for part in (lead, body) if part)
        results.append(
            Result(
                url=url,
                title=title,
                site=site,
                published_at=published_at,
                score=round(hit.rank + hit.relevance / (1 + hit.relevance), 6),
                snippet=snippet(text, query),
                title_fragments=highlight(title or "", query),
                lead=lead,
                author=author,
                category=category,
            )
        )
    return results


@functools.lru_cache(maxsize=256)
def _alternative_pattern(alt: Alternative) -> re.Pattern:
    """A regex over stored text for one alternative: any spelling of its words, whole, in
    order, anything but a word between them (FTS5 too reads "Hà Nội. Ba Đình" as a run of
    words). Spellings typed with marks are checked on the words found (`_matches`)."""
    words = r"[\W_]+".join(spelling_pattern(w.folded) for w in alt)
    return re.compile(rf"(?<![^\W_]){words}(?![^\W_])")


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    unit: int


def _matches(text: str, query: Query) -> tuple[list[_Span], list[tuple[int, int]]]:
    """Where the query's units stand in `text` (spans, by start), and the words to flag: a
    match typed without marks ("doan") flags the word as written ("đoàn"); a word typed with
    marks must also have that spelling."""
    spans, words = [], set()
    for u, unit in enumerate(query.units):
        for alt in unit.alternatives:
            for match in _alternative_pattern(alt).finditer(text):
                if len(alt) == 1:  # one word: the match is the word
                    if alt[0].spelt and alt[0].spelt != word_keys(match.group())[1]:
                        continue
                    spans.append(_Span(match.start(), match.end(), u))
                    words.add(match.span())
                    continue
                found = list(WORD_RE.finditer(text, match.start(), match.end()))
                if len(found) != len(alt):
                    continue
                pairs = zip(alt, found, strict=True)
                if any(w.spelt and w.spelt != word_keys(f.group())[1] for w, f in pairs):
                    continue
                spans.append(_Span(match.start(), match.end(), u))
                words.update((f.start(), f.end()) for f in found)
    spans.sort(key=lambda span: span.start)
    return spans, sorted(words)


def highlight(text: str, query: Query) -> tuple[Fragment, ...]:
    """All of `text`, each matched word flagged."""
    _, words = _matches(text, query)
    return tuple(_merge(_fragments(text, words, 0, len(text))))


def snippet(text: str, query: Query, size: int = SNIPPET_CHARS) -> tuple[Fragment, ...]:
    """The passage of `text` of about `size` characters holding most of the query, matched
    words flagged; "…" where it cuts the text, paragraph breaks as spaces."""
    if not text:
        return ()
    spans, words = _matches(text, query)
    start, end = _passage(text, spans, size)
    fragments = list(_fragments(text, words, start, end))
    if start > 0:
        fragments.insert(0, ("…", False))
    if end < len(text):
        fragments.append(("…", False))
    return tuple(_merge(fragments))


def _passage(text: str, spans: list[_Span], size: int) -> tuple[int, int]:
    """Start and end of the passage: the one with the most units, then the most matches,
    starting a little before a match so it reads in context; cut between words."""
    best, best_score = 0, (-1, -1)
    starts = [span.start for span in spans]
    for span in spans[:SNIPPET_ANCHORS]:
        first = max(0, span.start - size // 4)
        low, high = bisect.bisect_left(starts, first), bisect.bisect_right(starts, first + size)
        inside = [s for s in spans[low:high] if s.end <= first + size]
        score = (len({s.unit for s in inside}), len(inside))
        if score > best_score:
            best, best_score = first, score
    start, end = best, min(len(text), best + size)
    if start > 0:  # from the start of a word
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + size // 4 else start
    if end < len(text):  # to the end of a word
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end


def _fragments(text: str, words: list[tuple[int, int]], start: int, end: int) -> Iterator[Fragment]:
    position = start
    for word_start, word_end in words:
        if word_start < start or word_end > end:
            continue
        if word_start > position:
            yield (_one_line(text[position:word_start]), False)
        yield (text[word_start:word_end], True)
        position = word_end
    if end > position:
        yield (_one_line(text[position:end]), False)


_BREAKS = re.compile(r"\s*\n\s*")


def _one_line(text: str) -> str:
    """Paragraph breaks as one space: a snippet is a line."""
    return _BREAKS.sub(" ", text)


def _merge(fragments: Iterable[Fragment]) -> Iterator[Fragment]:
    """Adjacent runs of the same kind as one; matched words one space apart as one match."""
    pending: list[Fragment] = []
    for text, hit in fragments:
        if not text:
            continue
        if pending and pending[-1][1] == hit:
            pending[-1] = (pending[-1][0] + text, hit)
        elif hit and len(pending) >= 2 and pending[-1] == (" ", False) and pending[-2][1]:
            pending.pop()
            pending[-1] = (pending[-1][0] + " " + text, True)
        else:
            pending.append((text, hit))
    yield from pending


def rebuild_index(db: Any) -> None:
    """Rebuild the search index from the articles (after a change to storage.vietnamese's
    index_streams, or to repair it); one transaction."""
    from sqlite_utils import Database

    from storage.migrations import fill_search_index

    database = db if isinstance(db, Database) else Database(db)
    with database.conn:
        fill_search_index(database)


def _connection(db: Any) -> sqlite3.Connection:
    return getattr(db, "conn", db)
