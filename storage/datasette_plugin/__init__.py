"""The archive's Datasette plugin: metadata for any archive file, readable articles, a ranked
search page, a dashboard and raw pages as text. Registered as a `datasette` entry point."""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils import tilde_encode, urlsafe_components

from . import present, routes
from .archives import archive_metadata, archive_names, is_archive
from .reading import READABLE_TABLES, reading_context

# JSON columns shown as lists, by table (tables and views of storage/migrations.py).
JSON_COLUMNS = {
    "articles": ("tags", "images", "warnings"),
    "article_revisions": ("tags", "images", "warnings"),
    "crawls": ("rejected_reasons", "layouts"),
    "crawl_health": ("rejected_reasons", "layouts"),
    "site_health": ("rejected_reasons", "layouts"),
    "pages": ("headers",),
    "union_stats": ("qualifiers",),
}
# The columns of the lists of articles and of their earlier versions, when the URL does not
# choose (?_col, ?_nocol): no bodies.
LIST_COLUMNS = {
    "articles": ("title", "site", "published_at", "category", "author", "tags"),
    "article_revisions": ("title", "url", "seen_from", "seen_until", "site", "published_at"),
}


@hookimpl
def get_metadata(datasette, key, database, table):
    names = archive_names(datasette)
    return archive_metadata(names) if names else None


@hookimpl
def prepare_jinja2_environment(env, datasette):
    # Row links of our templates: a primary key as Datasette writes it in a URL.
    env.filters["tilde_encode"] = tilde_encode


@hookimpl
def register_routes(datasette):
    return routes.ROUTES


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if table == "page_bodies" and column == "body" and is_archive(datasette, database):
        return routes.raw_link(datasette, database, row)
    if column not in JSON_COLUMNS.get(table, ()) or not is_archive(datasette, database):
        return None
    return present.json_cell(value)


@hookimpl
def extra_css_urls(template, database, table, columns, view_name, request, datasette):
    if database is None or is_archive(datasette, database):
        return [routes.STYLESHEET]
    return []


@hookimpl
def extra_template_vars(template, database, table, columns, view_name, request, datasette):
    if not is_archive(datasette, database):
        return {}

    async def inner():
        extra = {"congdoan_links": routes.archive_links(datasette, database)}
        if view_name == "row" and table in READABLE_TABLES and request is not None:
            pks = urlsafe_components(request.url_vars["pks"])
            if len(pks) == 1:
                db = datasette.get_database(database)
                figure = request.args.get("figure")
                extra["congdoan_article"] = await reading_context(
                    datasette, db, table, pks[0], figure
                )
        if view_name == "table" and table in LIST_COLUMNS and request is not None:
            chosen = "_col" in request.args or "_nocol" in request.args
            extra["congdoan_list_columns"] = None if chosen else LIST_COLUMNS[table]
        return extra

    return inner


@hookimpl
def menu_links(datasette, actor, request):
    names = archive_names(datasette)
    links = []
    for name in names:
        suffix = f" ({name})" if len(names) > 1 else ""
        for label, href in routes.archive_links(datasette, name).items():
            links.append({"href": href, "label": label + suffix})
    return links


@hookimpl
def database_actions(datasette, actor, database, request):
    if not is_archive(datasette, database):
        return []
    links = routes.archive_links(datasette, database)
    return [{"href": href, "label": label} for label, href in links.items()]


@hookimpl
def table_actions(datasette, actor, database, table, request):
    if table != "articles" or not is_archive(datasette, database):
        return []
    links = routes.archive_links(datasette, database)
    return [{"href": href, "label": label} for label, href in links.items()]
