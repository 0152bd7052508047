"""The union_stats table: union-development figures read out of archived articles, one row each.

The crawler computes the figures (crawler.extraction.unionstats) and hands them here as plain
dicts; this module only shapes, checks and stores them. An article's figures are replaced as a
whole, in the transaction that stores the article, so they always belong to its stored text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from sqlite_utils import Database

from storage.transactions import immediate

TABLE = "union_stats"
# The key of an article dict that carries its figures to Archive.save_articles and
# replace_extraction: {"version": extractor version, "figures": [figure, ...]}; None or absent
# leaves the stored figures as they are.
ARTICLE_KEY = "union_stats"

# The extractor's figure (UNIONSTATS schema), field by field.
TEXT_FIELDS = (
    "metric",
    "stage",
    "label",
    "kind",
    "percent_kind",
    "organisation",
    "organisation_from",
    "period",
    "period_from",
    "text_span",
    "sentence",
)
NUMBER_FIELDS = ("achieved", "target")
FIGURE_FIELDS = (*TEXT_FIELDS, *NUMBER_FIELDS, "percent", "qualifiers")

# The table's columns, in order (storage.migrations m011 creates them).
COLUMNS = (
    "id",
    "url",
    "site",
    "published_at",
    "published_month",
    "year",
    "position",
    "metric",
    "stage",
    "label",
    "kind",
    "achieved",
    "achieved_min",
    "achieved_max",
    "target",
    "target_min",
    "target_max",
    "percent",
    "percent_kind",
    "qualifiers",
    "organisation",
    "organisation_from",
    "period",
    "period_from",
    "text_span",
    "sentence",
    "extractor_version",
)
# A year a period names: "năm 2023", "6 tháng đầu năm 2022", "nhiệm kỳ 2023-2028" (its first).
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_MONTH = re.compile(r"^(\d{4})-(\d{2})")


def nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, Mapping):
        return {nfc(key): nfc(item) for key, item in value.items()}
    return value


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def number_columns(field: str, value: Any) -> dict[str, Any]:
    """`achieved` or `target` as three columns: the number, and its range (min = max = the
    number for a single one); a range {"min": a, "max": b} leaves the number itself empty."""
    if value is None:
        return {field: None, f"{field}_min": None, f"{field}_max": None}
    if is_number(value):
        return {field: value, f"{field}_min": value, f"{field}_max": value}
    if isinstance(value, Mapping) and set(value) == {"min", "max"}:
        low, high = value["min"], value["max"]
        if is_number(low) and is_number(high) and low <= high:
            return {field: None, f"{field}_min": low, f"{field}_max": high}
    raise ValueError(f"{field} must be a number, a {{min, max}} range or null, got {value!r}")


def figure_year(period: str | None, published_at: str | None) -> int | None:
    """The year a figure is about: the first year its period names, else the year the article
    was published ("từ đầu năm đến nay" in an article of 2023 is about 2023)."""
    found = _YEAR.search(period or "")
    if found:
        return int(found.group(1))
    month = _MONTH.match(published_at or "")
    return int(month.group(1)) if month else None


def check_figure(figure: Any) -> None:
    """ValueError unless `figure` has the extractor's shape: known keys only, a metric, text
    where text goes, numbers where numbers go, an object of qualifiers."""
    if not isinstance(figure, Mapping):
        raise ValueError(f"a figure must be an object, got {type(figure).__name__}")
    unknown = sorted(set(figure) - set(FIGURE_FIELDS))
    if unknown:
        # A new field needs a column first; dropping it silently would lose data.
        raise ValueError(f"figure has fields with no column: {', '.join(unknown)}")
    if not isinstance(figure.get("metric"), str) or not figure["metric"].strip():
        raise ValueError("figure has no metric")
    for field in TEXT_FIELDS:
        if figure.get(field) is not None and not isinstance(figure[field], str):
            raise ValueError(f"figure {field} must be text, got {figure[field]!r}")
    for field in NUMBER_FIELDS:
        number_columns(field, figure.get(field))
    if figure.get("percent") is not None and not is_number(figure["percent"]):
        raise ValueError(f"figure percent must be a number, got {figure['percent']!r}")
    qualifiers = figure.get("qualifiers")
    if qualifiers is not None and not isinstance(qualifiers, Mapping):
        raise ValueError(f"figure qualifiers must be an object, got {qualifiers!r}")


def figure_rows(
    article: Mapping[str, Any], figures: Iterable[Mapping[str, Any]], version: str | None
) -> list[dict[str, Any]]:
    """The union_stats rows (without id) of an article's figures, in order, NFC.

    :param article: the stored article's url, site and published_at.
    """
    if not article.get("url"):
        raise ValueError("figures need the url of their article")
    published_at = article.get("published_at")
    month = _MONTH.match(published_at or "")
    rows = []
    for position, figure in enumerate(figures, 1):
        check_figure(figure)
        figure = nfc(dict(figure))
        row = {
            "url": nfc(article["url"]),
            "site": nfc(article.get("site")),
            "published_at": published_at,
            "published_month": f"{month.group(1)}-{month.group(2)}" if month else None,
            "year": figure_year(figure.get("period"), published_at),
            "position": position,
        }
        row.update({field: figure.get(field) for field in TEXT_FIELDS})
        for field in NUMBER_FIELDS:
            row.update(number_columns(field, figure.get(field)))
        row["percent"] = figure.get("percent")
        qualifiers = figure.get("qualifiers") or {}
        row["qualifiers"] = json.dumps(qualifiers, ensure_ascii=False, sort_keys=True)
        row["extractor_version"] = version
        rows.append({column: row.get(column) for column in COLUMNS if column != "id"})
    return rows


def stored_rows(db: Database, url: str) -> list[dict[str, Any]]:
    """The figures stored for the article at `url`, in order, without their ids."""
    sql = f"select * from {TABLE} where url = ? order by position"
    return [{k: v for k, v in row.items() if k != "id"} for row in db.query(sql, [url])]


def replace_figures(
    db: Database,
    article: Mapping[str, Any],
    figures: Iterable[Mapping[str, Any]],
    version: str | None,
) -> bool:
    """Make `figures` the article's figures: delete its stored ones and insert these, in one
    transaction (a savepoint inside an open one). Returns False, writing nothing, when the
    stored rows are already these (a re-crawl that found the same text).
    """
    rows = figure_rows(article, figures, version)
    with immediate(db):
        if stored_rows(db, article["url"]) == rows:
            return False
        db.execute(f"delete from {TABLE} where url = ?", [article["url"]])
        if rows:
            db[TABLE].insert_all(rows)
    return True


def save_article_figures(db: Database, article: Mapping[str, Any], row: Mapping[str, Any]) -> None:
    """Store the figures an article dict carries under ARTICLE_KEY (nothing when it carries
    none), for the stored article `row` (its url, site and published_at)."""
    carried = article.get(ARTICLE_KEY)
    if carried is None:
        return
    replace_figures(db, row, carried.get("figures") or [], carried.get("version"))


def check_carried(carried: Any) -> None:
    """ValueError unless `carried` is what ARTICLE_KEY holds: None, or a version and figures."""
    if carried is None:
        return
    if not isinstance(carried, Mapping) or set(carried) - {"version", "figures"}:
        raise ValueError(f"{ARTICLE_KEY} must be {{version, figures}}, got {carried!r}")
    for figure in carried.get("figures") or []:
        check_figure(figure)


def articles_for_figures(
    db: Database, site: str | None = None, batch: int = 200
) -> Iterator[dict[str, Any]]:
    """Every archived article's url, site, published_at, title, lead and body, by url, read
    `batch` rows at a time (no read cursor stays open across the caller's writes)."""
    where = "url > :after" + (" and site = :site" if site else "")
    sql = (
        "select url, site, published_at, title, lead, body from articles "
        f"where {where} order by url limit :batch"
    )
    after = ""
    while True:
        rows = list(db.query(sql, {"after": after, "site": site, "batch": batch}))
        yield from rows
        if len(rows) < batch:
            return
        after = rows[-1]["url"]


def count_articles(db: Database, site: str | None = None) -> int:
    if site is None:
        return db["articles"].count
    return db["articles"].count_where("site = ?", [site])


def count_figures(db: Database, site: str | None = None) -> Counter:
    """Stored figures per metric, for one site or all."""
    where, params = ("where site = ?", [site]) if site else ("", [])
    sql = f"select metric, count(*) as n from {TABLE} {where} group by metric"
    return Counter({row["metric"]: row["n"] for row in db.query(sql, params)})
