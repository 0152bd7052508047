"""The reading view of an article's row page (and of an earlier version's): what it shows."""

from __future__ import annotations

from typing import Any

from datasette.utils import tilde_encode

from . import present

# Row pages read as an article: the latest versions, and the earlier ones.
ARTICLES = "articles"
REVISIONS = "article_revisions"
READABLE_TABLES = (ARTICLES, REVISIONS)


async def rows(database, sql: str, params: list | tuple = ()) -> list[dict[str, Any]]:
    """The rows of a read query on a Datasette database, as dicts."""
    result = await database.execute(sql, params)
    return [dict(row) for row in result.rows]


async def first(database, sql: str, params: list | tuple = ()) -> dict[str, Any] | None:
    found = await rows(database, sql, params)
    return found[0] if found else None


async def table_names(database) -> set[str]:
    return set(await database.table_names()) | set(await database.view_names())


async def reading_context(
    datasette, database, table: str, pk: str, figure: str | None = None
) -> dict[str, Any] | None:
    """Everything the reading view shows of the row `pk` of `table` (articles or
    article_revisions), or None when there is no such row.

    :param figure: the id of one of the article's union_stats rows (?figure=): its sentence is
        marked and anchored (the union statistics page links there).
    """
    if table == ARTICLES:
        row = await first(database, "select * from articles where url = ?", [pk])
    else:
        row = await first(database, "select * from article_revisions where id = ?", [pk])
    if row is None:
        return None
    name = database.name
    article = article_view(row)
    article["site"] = await site_of(database, row.get("site"))
    article["raw"] = await raw_page(datasette, database, row.get("page_sha256"))
    article["table"] = table
    tables = await table_names(database)
    if table == ARTICLES:
        article["is_revision"] = False
        article["latest"] = None
        stored = await revisions(database, row["url"]) if REVISIONS in tables else []
        article["revisions"] = revision_list(datasette, name, stored, newest=row)
        from .unionstats import figure_of, marked_paragraphs

        article["figure"] = await figure_of(database, row["url"], figure)
        if article["figure"]:
            article["paragraphs"] = marked_paragraphs(article["paragraphs"], article["figure"])
    else:
        latest = await first(database, "select * from articles where url = ?", [row["url"]])
        article["is_revision"] = True
        article["latest"] = {
            "path": datasette.urls.row(name, ARTICLES, tilde_encode(row["url"])),
            "title": latest["title"] if latest else None,
            "changed": present.changed_fields(row, latest) if latest else [],
        }
        article["revisions"] = []
    return article


def article_view(row: dict[str, Any]) -> dict[str, Any]:
    """The fields of an articles (or article_revisions) row as the reading view shows them."""
    return {
        "url": row.get("url"),
        "original_url": present.web_url(row.get("canonical_url")) or present.web_url(row["url"]),
        "title": row.get("title"),
        "lead": row.get("lead"),
        "paragraphs": present.paragraphs(row.get("body")),
        "author": row.get("author"),
        "published_at": row.get("published_at"),
        "published_raw": row.get("published_raw"),
        "modified_at": row.get("modified_at"),
        "category": row.get("category"),
        "tags": [t for t in present.json_value(row.get("tags")) or [] if isinstance(t, str)],
        "images": present.images(row.get("images")),
        "source": row.get("source"),
        "warnings": present.json_value(row.get("warnings")) or [],
        "layout": row.get("layout"),
        "first_seen_at": row.get("first_seen_at") or row.get("seen_from"),
        "last_seen_at": row.get("last_seen_at") or row.get("seen_until"),
    }


async def site_of(database, slug: str | None) -> dict[str, Any]:
    """The site's slug, name and home page (a safe link), from the sites table."""
    site = await first(database, "select name, base_url from sites where slug = ?", [slug])
    site = site or {}
    return {
        "slug": slug,
        "name": site.get("name") or slug,
        "base_url": present.web_url(site.get("base_url")),
    }


async def raw_page(datasette, database, sha256: str | None) -> dict[str, Any] | None:
    """The archived page an article was read from: links to its text and when it was fetched."""
    if not sha256:
        return None
    body = await first(database, "select size from page_bodies where sha256 = ?", [sha256])
    if body is None:
        return None
    fetched = await first(
        database,
        "select fetched_at, status from pages where sha256 = ? order by fetched_at desc limit 1",
        [sha256],
    )
    path = datasette.urls.database(database.name) + f"/-/raw/{sha256}"
    return {"path": path, "text_path": path + ".txt", "size": body["size"], **(fetched or {})}


async def revisions(database, url: str) -> list[dict[str, Any]]:
    """The earlier versions of the article at `url`, newest first."""
    return await rows(
        database,
        "select * from article_revisions where url = ? order by seen_from desc, id desc",
        [url],
    )


def revision_list(
    datasette, name: str, stored: list[dict[str, Any]], newest: dict[str, Any]
) -> list[dict[str, Any]]:
    """Each earlier version with its link, when it was seen and what the next version changed."""
    listed = []
    later = newest
    for revision in stored:
        listed.append(
            {
                "path": datasette.urls.row(name, REVISIONS, tilde_encode(str(revision["id"]))),
                "title": revision["title"],
                "seen_from": revision["seen_from"],
                "seen_until": revision["seen_until"],
                "changed": present.changed_fields(revision, later),
            }
        )
        later = revision
    return listed
