"""The plugin's pages: search, dashboard, union statistics, raw page text, and their stylesheet."""

from __future__ import annotations

import re
from pathlib import Path

from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup

from .archives import archive_names, is_archive
from .dashboard import dashboard_context
from .raw import PLAIN_HEADERS, raw_page
from .searching import search_context
from .unionstats import union_stats_context

PLUGIN_NAME = "congdoan-archive"
STATIC = Path(__file__).resolve().parent / "static"
STYLESHEET = "/-/congdoan/congdoan.css"
_SHA256 = re.compile(r"[0-9a-f]{64}")


def archive_links(datasette, database: str) -> dict[str, str]:
    """The plugin's pages of one archive, by label."""
    base = datasette.urls.database(database)
    return {
        "Search articles": base + "/-/search",
        "Dashboard": base + "/-/dashboard",
        "Union statistics": base + "/-/unionstats",
    }


def raw_link(datasette, database: str, row) -> Markup | None:
    """A page_bodies body cell: a link to the page as text instead of "<Binary: N bytes>"."""
    # `in` on a sqlite3.Row looks at its values, not its column names.
    sha256 = row["sha256"] if "sha256" in row.keys() else None  # noqa: SIM118
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        return None
    href = datasette.urls.database(database) + f"/-/raw/{sha256}"
    return Markup('<a href="{}">page source as text</a>').format(href)


async def archive_database(datasette, request, *tables: str):
    """The archive a route names, once the actor may view it and `tables`; NotFound otherwise."""
    route = request.url_vars["database"]
    try:
        database = datasette.get_database(route=route)
    except KeyError:
        raise NotFound(f"Database not found: {route}") from None
    if not is_archive(datasette, database.name):
        raise NotFound(f"{route} is not an archive")
    checks = [("view-table", (database.name, table)) for table in tables]
    checks += [("view-database", database.name), "view-instance"]
    await datasette.ensure_permissions(request.actor, checks)
    return database


async def first_archive(datasette, request, page: str):
    """/-/search and /-/dashboard: the same page of the first archive served."""
    names = archive_names(datasette)
    if not names:
        raise NotFound("no archive is served here")
    path = datasette.urls.database(names[0]) + f"/-/{page}"
    query = request.query_string
    return Response.redirect(path + (f"?{query}" if query else ""))


async def instance_search(datasette, request):
    return await first_archive(datasette, request, "search")


async def instance_dashboard(datasette, request):
    return await first_archive(datasette, request, "dashboard")


async def instance_unionstats(datasette, request):
    return await first_archive(datasette, request, "unionstats")


async def unionstats(datasette, request):
    database = await archive_database(datasette, request, "articles")
    context = await union_stats_context(datasette, database, request.args)
    return await render(datasette, request, database, "congdoan_unionstats.html", context)


async def search(datasette, request):
    database = await archive_database(datasette, request, "articles")
    context = await search_context(datasette, database, request)
    return await render(datasette, request, database, "congdoan_search.html", context)


async def dashboard(datasette, request):
    database = await archive_database(datasette, request, "articles", "crawls")
    config = datasette.plugin_config(PLUGIN_NAME, database=database.name) or {}
    context = await dashboard_context(database, list(config.get("family_layouts") or ()))
    return await render(datasette, request, database, "congdoan_dashboard.html", context)


async def raw(datasette, request):
    database = await archive_database(datasette, request, "page_bodies", "pages")
    page = await raw_page(database, request.url_vars["sha256"])
    if page is None:
        raise NotFound("no archived page with that sha256")
    if request.url_vars.get("plain"):
        return Response.text(page["text"], headers=dict(PLAIN_HEADERS))
    return await render(datasette, request, database, "congdoan_raw.html", {"page": page})


async def render(datasette, request, database, template: str, context: dict) -> Response:
    context = {
        **context,
        "database": database.name,
        "congdoan_links": archive_links(datasette, database.name),
    }
    html = await datasette.render_template(template, context, request=request, view_name=template)
    return Response.html(html)


async def stylesheet(datasette, request):
    css = (STATIC / "congdoan.css").read_text(encoding="utf-8")
    return Response(css, content_type="text/css; charset=utf-8")


ROUTES = [
    (r"^/-/congdoan/congdoan\.css$", stylesheet),
    (r"^/-/search$", instance_search),
    (r"^/-/dashboard$", instance_dashboard),
    (r"^/-/unionstats$", instance_unionstats),
    (r"^/(?P<database>[^/]+)/-/search$", search),
    (r"^/(?P<database>[^/]+)/-/dashboard$", dashboard),
    (r"^/(?P<database>[^/]+)/-/unionstats$", unionstats),
    (r"^/(?P<database>[^/]+)/-/raw/(?P<sha256>[0-9a-f]{64})(?P<plain>\.txt)?$", raw),
]
