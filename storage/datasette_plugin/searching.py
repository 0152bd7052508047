"""The search page: storage.search's ranked results, filters and facets for one archive."""

from __future__ import annotations

import calendar
import os
import re
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any
from urllib.parse import urlencode

from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from storage.migrations import SEARCH_TABLE

from . import present
from .reading import rows

PAGE_SIZE = 20
# Queries whose facet counts are kept (CountsCache).
COUNTS_KEPT = 256
# Categories offered in the filter's suggestions, the most used first.
CATEGORY_SUGGESTIONS = 200
MAX_QUERY_CHARS = 500
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True)
class Form:
    """The search form as submitted: every field a string, "" when empty."""

    q: str = ""
    site: str = ""
    category: str = ""
    author: str = ""
    since: str = ""
    until: str = ""
    page: int = 1

    def filters(self) -> dict[str, str | None]:
        """The keyword arguments of storage.search for the filters."""
        return {
            "site": self.site or None,
            "category": self.category or None,
            "author": self.author or None,
            "since": self.since or None,
            "until": self.until or None,
        }

    def link(self, **changes: Any) -> str:
        """The query string of this form with `changes` (a change to a filter goes to page 1)."""
        changed = replace(self, **{"page": 1, **changes})
        pairs = [
            (f.name, getattr(changed, f.name))
            for f in fields(changed)
            if getattr(changed, f.name) and not (f.name == "page" and changed.page == 1)
        ]
        return "?" + urlencode(pairs)


def read_form(args) -> tuple[Form, list[str]]:
    """The form from a request's arguments, and what was wrong with it (dates that are not
    YYYY-MM-DD are dropped with a message, not an error page)."""
    problems = []
    values = {}
    for name in ("q", "site", "category", "author"):
        values[name] = " ".join((args.get(name) or "").split())[:MAX_QUERY_CHARS]
    for name in ("since", "until"):
        value = (args.get(name) or "").strip()
        if value and not valid_day(value):
            problems.append(f"{name}: {value!r} is not a date (YYYY-MM-DD); ignored")
            value = ""
        values[name] = value
    page = args.get("page") or "1"
    values["page"] = int(page) if page.isdigit() and 0 < int(page) <= 10_000 else 1
    return Form(**values), problems


def valid_day(text: str) -> bool:
    if not _DAY.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def month_range(month: str) -> tuple[str, str]:
    """The first and last day of a "YYYY-MM" month, for the since and until filters."""
    year, number = (int(part) for part in _MONTH.fullmatch(month).groups())
    last = calendar.monthrange(year, number)[1]
    return f"{month}-01", f"{month}-{last:02d}"


def marked_html(fragments) -> Markup:
    """Fragments of stored text (text, matched) as HTML: escaped, the matched ones in <mark>."""
    return Markup("").join(
        Markup("<mark>{}</mark>").format(text) if hit else escape(text) for text, hit in fragments
    )


def search_engine():
    """storage.search, imported when a search runs: Datasette imports every plugin as it starts,
    so a search module that fails to import breaks the search page only, not Datasette."""
    from storage import search

    return search


def run_search(conn, form: Form, version: Any = None) -> dict[str, Any]:
    """One page of results and the facet counts (in Datasette's thread).

    :param version: what identifies the archive's content (file_version); the counts of a
        query are reused while it is the same.
    """
    engine = search_engine()
    if not form.q:
        return {"results": [], "counts": []}
    offset = (form.page - 1) * PAGE_SIZE
    results = engine.search(conn, form.q, **form.filters(), limit=PAGE_SIZE, offset=offset)
    if version is None:
        return {"results": results, "counts": match_counts(conn, form)}
    key = (version, replace(form, page=1, site=""))
    return {"results": results, "counts": _counts.get(key, lambda: match_counts(conn, form))}


class CountsCache:
    """The facet counts of the latest queries, by archive version and form.

    Counting reads every match (0.4 s for the commonest words of 200,000 articles) where a
    page of results ranks a window: kept counts make the next pages, and the same search
    again, cost their results alone.
    """

    def __init__(self, size: int = COUNTS_KEPT):
        self.size = size
        self._kept: OrderedDict = OrderedDict()
        self._lock = threading.Lock()  # Datasette runs searches in several threads

    def get(self, key, compute):
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                return self._kept[key]
        value = compute()
        with self._lock:
            self._kept[key] = value
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return value


_counts = CountsCache()


def file_version(path: str | None) -> tuple | None:
    """What changes whenever the archive is written: size and time of the file and its WAL
    (None: not a file, nothing is kept)."""
    if not path:
        return None
    stamps: list[Any] = [str(path)]
    for name in (str(path), f"{path}-wal"):
        try:
            stat = os.stat(name)
        except OSError:
            stamps.append(None)
        else:
            stamps.append((stat.st_size, stat.st_mtime_ns))
    return tuple(stamps)


def match_counts(conn, form: Form) -> list[tuple[str | None, str, int]]:
    """(site, "YYYY-MM" or "", articles) of every article storage.search finds for the form,
    all filters applied but the site's: the site facet keeps the other sites one click away,
    and the counts of the chosen site give the month facet and the total."""
    filters = {**form.filters(), "site": None}
    return search_engine().facet_counts(conn, form.q, **filters)


def facets(form: Form, counts, names: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """Site and month facets of the matches: label, count, link, selected (a click on a
    selected value removes it)."""
    by_site: Counter = Counter()
    by_month: Counter = Counter()
    for site, month, n in counts:
        by_site[site] += n
        if not form.site or site == form.site:
            by_month[month] += n
    sites = [
        {
            "label": names.get(site, site),
            "count": n,
            "link": form.link(site=None if site == form.site else site),
            "selected": site == form.site,
        }
        for site, n in by_site.most_common()
        if site
    ]
    months = []
    for month, n in sorted(by_month.items(), reverse=True):
        if not _MONTH.fullmatch(month):
            continue
        since, until = month_range(month)
        selected = (form.since, form.until) == (since, until)
        link = (
            form.link(since=None, until=None) if selected else form.link(since=since, until=until)
        )
        months.append(
            {"label": present.month_label(month), "count": n, "link": link, "selected": selected}
        )
    return {"site": sites, "month": months}


def total(form: Form, counts) -> int:
    """The number of matches with every filter, the site's too."""
    return sum(n for site, _, n in counts if not form.site or site == form.site)


async def search_context(datasette, database, request) -> dict[str, Any]:
    """Everything the search page shows."""
    form, problems = read_form(request.args)
    indexed = SEARCH_TABLE in await database.table_names()
    if not indexed:
        # An archive last opened by an older version: Datasette only reads, so the index the
        # search needs is built by the next `congdoan serve` (or any command) that opens it.
        problems.append(
            "This archive has no search index yet: serve it with `congdoan serve` (or run "
            "`make migrate DB=…`) once to build it."
        )
    searched = form if indexed else replace(form, q="")
    version = None if database.is_memory else file_version(database.path)
    found = await database.execute_fn(lambda conn: run_search(conn, searched, version))
    site_rows = await rows(database, "select slug, name from sites order by name")
    names = {row["slug"]: row["name"] or row["slug"] for row in site_rows}
    categories = await rows(
        database,
        "select category, count(*) as n from articles where category is not null "
        "group by category order by n desc limit ?",
        [CATEGORY_SUGGESTIONS],
    )
    matches = total(form, found["counts"])
    results = [result_view(datasette, database.name, r, names) for r in found["results"]]
    first = (form.page - 1) * PAGE_SIZE
    return {
        "form": form,
        "indexed": indexed,
        "problems": problems,
        "results": results,
        "total": matches,
        "first": first + 1,
        "last": first + len(results),
        "previous": form.link(page=form.page - 1) if form.page > 1 else None,
        "next": form.link(page=form.page + 1) if first + len(results) < matches else None,
        "facets": facets(form, found["counts"], names),
        "sites": site_rows,
        "categories": [row["category"] for row in categories],
        "site_names": names,
    }


def result_view(datasette, name: str, result, names: dict[str, str]) -> dict[str, Any]:
    """One result as the page shows it: marked title and snippet, links, where and when."""
    return {
        "path": datasette.urls.row(name, "articles", tilde_encode(result.url)),
        "url": present.web_url(result.url),
        "title": marked_html(result.title_fragments) if result.title_fragments else result.title,
        "snippet": marked_html(result.snippet),
        "site": names.get(result.site, result.site),
        "published_at": result.published_at,
        "category": result.category,
        "author": result.author,
        "score": result.score,
    }
