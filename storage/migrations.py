"""Schema of the archive database, created and changed only through these migrations."""

import importlib.util
from pathlib import Path

from sqlite_utils import Database, Migrations

# Self-contained on purpose: `sqlite-utils migrate DB storage/migrations.py` execs this file
# outside the package, so it may import nothing from `storage`; the search index's tokens come
# from storage/vietnamese.py, loaded by its path (_vietnamese).
migrations = Migrations("congdoan_archive")

# Same tokenizer as research/anchors.md §5.5: mode 2 folds letters with two marks ("Việt"),
# mode 1 (the SQLite default) does not. It never folds đ→d; a folded column is a later
# migration, added next to this one rather than by editing it.
FTS_TOKENIZE = "unicode61 remove_diacritics 2"
FTS_COLUMNS = ["title", "lead", "body"]


@migrations()
def m001_create_tables(db: Database) -> None:
    """Create sites, crawls, pages, page_bodies and articles."""
    db["sites"].create(
        {
            "slug": str,
            "name": str,
            "organisation": str,
            "base_url": str,
            "description": str,
        },
        pk="slug",
    )
    db["crawls"].create(
        {
            "id": int,
            "site": str,
            "started_at": str,
            "finished_at": str,
            "status": str,
            "fetched": int,
            "new": int,
            "updated": int,
            "unchanged": int,
            "rejected": int,
            "rejected_reasons": str,
            "errors": int,
            "notes": str,
        },
        pk="id",
        foreign_keys=[("site", "sites", "slug")],
    )
    db["page_bodies"].create(
        {"sha256": str, "body": bytes, "size": int, "compression": str},
        pk="sha256",
        not_null={"body", "size", "compression"},
    )
    db["pages"].create(
        {
            "id": int,
            "requested_url": str,
            "url": str,
            "fetched_at": str,
            "status": int,
            "headers": str,
            "sha256": str,
            "crawl_id": int,
            "site": str,
        },
        pk="id",
        not_null={"url", "sha256"},
        foreign_keys=[
            ("sha256", "page_bodies", "sha256"),
            ("crawl_id", "crawls", "id"),
            ("site", "sites", "slug"),
        ],
    )
    db["pages"].create_index(["url"])
    db["pages"].create_index(["sha256"])
    _create_articles(db)


def _create_articles(db: Database) -> None:
    # Column order: the extractor's fields first, then what storage adds.
    db["articles"].create(
        {
            "url": str,
            "canonical_url": str,
            "site": str,
            "title": str,
            "lead": str,
            "body": str,
            "author": str,
            "published_at": str,
            "published_raw": str,
            "modified_at": str,
            "category": str,
            "tags": str,
            "images": str,
            "source": str,
            "language": str,
            "layout": str,
            "warnings": str,
            "published_month": str,
            "requested_url": str,
            "page_sha256": str,
            "first_seen_at": str,
            "last_seen_at": str,
            "content_hash": str,
            "crawl_id": int,
        },
        pk="url",
        not_null={"title", "body", "first_seen_at", "last_seen_at", "content_hash"},
        foreign_keys=[
            ("site", "sites", "slug"),
            ("page_sha256", "page_bodies", "sha256"),
            ("crawl_id", "crawls", "id"),
        ],
    )
    db["articles"].create_index(["site", "published_at"])
    db["articles"].create_index(["published_at"])


@migrations()
def m002_articles_fts(db: Database) -> None:
    """Index article title, lead and body for full-text search, kept current by triggers."""
    db["articles"].enable_fts(FTS_COLUMNS, tokenize=FTS_TOKENIZE, create_triggers=True)


@migrations()
def m003_pages_rejected(db: Database) -> None:
    """Keep rejected responses too (a 404, a cookie challenge…), with the reason they were."""
    db["pages"].add_column("rejected", str)
    db["pages"].create_index(["rejected"])


@migrations()
def m004_fts_reindex_only_on_text_change(db: Database) -> None:
    """Re-index an article only when its title, lead or body changes.

    An hourly re-crawl mostly finds unchanged articles and only moves last_seen_at; the trigger
    sqlite-utils creates fires on every update and re-indexed the whole body each time.
    """
    db.execute('DROP TRIGGER IF EXISTS "articles_au"')
    db.execute(
        """CREATE TRIGGER "articles_au" AFTER UPDATE OF "title", "lead", "body" ON "articles"
        BEGIN
          INSERT INTO "articles_fts" ("articles_fts", rowid, "title", "lead", "body")
            VALUES('delete', old.rowid, old."title", old."lead", old."body");
          INSERT INTO "articles_fts" (rowid, "title", "lead", "body")
            VALUES (new.rowid, new."title", new."lead", new."body");
        END"""
    )


@migrations()
def m005_crawls_process(db: Database) -> None:
    """Record which process runs a crawl, so a later run can tell a dead `running` row."""
    db["crawls"].add_column("pid", int)
    db["crawls"].add_column("host", str)


@migrations()
def m006_article_revisions(db: Database) -> None:
    """Keep every earlier version of a changed article; `articles` holds the latest."""
    db["article_revisions"].create(
        {
            "id": int,
            "url": str,
            "canonical_url": str,
            "site": str,
            "title": str,
            "lead": str,
            "body": str,
            "author": str,
            "published_at": str,
            "published_raw": str,
            "modified_at": str,
            "category": str,
            "tags": str,
            "images": str,
            "source": str,
            "language": str,
            "layout": str,
            "warnings": str,
            "requested_url": str,
            "page_sha256": str,
            "content_hash": str,
            "crawl_id": int,
            "seen_from": str,
            "seen_until": str,
        },
        pk="id",
        not_null={"url", "title", "body", "content_hash", "seen_from", "seen_until"},
        foreign_keys=[
            ("url", "articles", "url"),
            ("site", "sites", "slug"),
            ("page_sha256", "page_bodies", "sha256"),
            ("crawl_id", "crawls", "id"),
        ],
    )
    db["article_revisions"].create_index(["url", "seen_from"])
    # When the current version was first seen: the seen_from of its revision once it changes.
    db["articles"].add_column("version_first_seen_at", str)
    # Not an update of title, lead or body: the FTS trigger (m004) does not fire.
    db.execute("UPDATE articles SET version_first_seen_at = first_seen_at")


@migrations()
def m007_crawls_health(db: Database) -> None:
    """Health figures of each run: fill rates, median body length, leaked markers, layouts."""
    crawls = db["crawls"]
    crawls.add_column("extracted", int)
    for share in ("title_share", "time_share", "author_share", "lead_share"):
        crawls.add_column(share, float)
    crawls.add_column("median_body_chars", int)
    crawls.add_column("leaked_markers", int)
    crawls.add_column("layouts", str)


# A run's article pages tried, as storage.health.run_pages counts them: read or failed.
_RUN_PAGES = (
    "(coalesce(new, 0) + coalesce(updated, 0) + coalesce(unchanged, 0)"
    " + coalesce(rejected, 0) + coalesce(errors, 0))"
)


@migrations()
def m008_health_views(db: Database) -> None:
    """The health figures `congdoan health` reads, as views: crawl_health (a row per run) and
    site_health (the last ended run of each site, with when a run last found a new article).

    Shares are percentages here, for people reading Datasette; "generic" is the layouts key
    storage.health.HealthTally gives an article no layout read.
    """
    db.create_view(
        "crawl_health",
        f"""select id, site, started_at, finished_at, status,
    fetched, new, updated, unchanged, rejected, errors,
    {_RUN_PAGES} as pages,
    extracted,
    round(100.0 * title_share, 1) as title_pct,
    round(100.0 * time_share, 1) as time_pct,
    round(100.0 * author_share, 1) as author_pct,
    round(100.0 * lead_share, 1) as lead_pct,
    median_body_chars,
    leaked_markers,
    (select key from json_each(crawls.layouts) order by value desc, key limit 1) as main_layout,
    round(100.0 * (select max(value) from json_each(crawls.layouts)) / nullif(extracted, 0), 1)
        as main_layout_pct,
    round(100.0 * coalesce(json_extract(layouts, '$.generic'), 0) / nullif(extracted, 0), 1)
        as no_layout_pct,
    round(100.0 * coalesce(rejected, 0) / nullif({_RUN_PAGES}, 0), 1) as rejected_pct,
    round(100.0 * coalesce(errors, 0) / nullif({_RUN_PAGES}, 0), 1) as error_pct,
    rejected_reasons, layouts, notes
from crawls""",
    )
    db.create_view(
        "site_health",
        """select h.*,
    (select max(c.started_at) from crawls c where c.site = h.site and c.new > 0)
        as last_new_article_run_at,
    (select count(*) from crawls c where c.site = h.site
        and c.started_at >= strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now', '-30 days'))
        as runs_last_30_days
from crawl_health h
where h.id = (
    select c.id from crawls c where c.site = h.site and c.status != 'running'
    order by c.started_at desc, c.id desc limit 1
)""",
    )


def _header_value(*spellings: str) -> str:
    """SQL for one response header of a `pages` row, under any of the names it was stored as
    (Scrapy writes "Etag", a server or a test "ETag")."""
    picks = ", ".join(f"json_extract(headers, '$.\"{name}\"')" for name in spellings)
    return f"case when json_valid(headers) then coalesce({picks}) end"


@migrations()
def m009_pages_validators(db: Database) -> None:
    """Incremental crawls: each response's validators, and indexes for "what is known of URL".

    A re-check of an archived article is a conditional GET with the ETag and Last-Modified of
    its last response; they are also in `headers` (JSON), copied out here so the crawl's one
    query per listing page reads them directly. A listing links to the URL as the site writes
    it, which may be a page's `requested_url` (redirected) and reaches its article through the
    page's sha256: both get an index.
    """
    pages = db["pages"]
    pages.add_column("etag", str)
    pages.add_column("last_modified", str)
    db.execute(
        f"UPDATE pages SET etag = {_header_value('Etag', 'ETag', 'etag')},"
        f" last_modified = {_header_value('Last-Modified', 'last-modified')}"
    )
    pages.create_index(["requested_url"])
    db["articles"].create_index(["page_sha256"])


# The search index storage/search.py reads (m010). One FTS5 table, contentless (the text stays
# in `articles` alone), three token streams per field (storage/vietnamese.py index_streams):
# folded words, adjacent pairs, marked spellings. Its rowids order articles by publication day,
# newest last, so a search reads the newest matches first and a date range is a rowid range.
SEARCH_TABLE = "articles_search"
SEARCH_KEYS = "articles_search_keys"
SEARCH_FIELDS = ("title", "lead", "body")
SEARCH_STREAMS = ("", "_pairs", "_marked")
SEARCH_COLUMNS = tuple(field + stream for stream in SEARCH_STREAMS for field in SEARCH_FIELDS)
# Accents kept (hòa is not hóa: the marked stream is exact; folding is done before indexing),
# "_" joins a pair into one token, and combining marks stay inside a word.
SEARCH_TOKENIZE = "unicode61 remove_diacritics 0 tokenchars '_' categories 'L* N* Co M*'"
# A key is day << DAY_BITS | n, n counting the articles of that publication day; undated
# articles share a day far before any news.
DAY_BITS = 20
# Article columns the keys keep for the search filters and facets: read from an article's row
# they would cost reading past its body, for every candidate.
SEARCH_KEPT = ("site", "category", "author")
# What a key depends on: a change to any of these re-indexes the article.
SEARCH_KEYED = ("published_at", *SEARCH_KEPT)
UNDATED_DAY = -1_000_000


def search_day_sql(published_at: str) -> str:
    """SQL for the day number (days since 1970-01-01) of a published_at as written (its local
    date, "2024-08-12T23:30:00+07:00" is the 12th); UNDATED_DAY when it has no date."""
    dated = f"{published_at} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
    day = f"CAST(julianday(substr({published_at}, 1, 10)) - 2440587.5 AS INTEGER)"
    return f"coalesce(CASE WHEN {dated} THEN {day} END, {UNDATED_DAY})"


def _vietnamese():
    """storage/vietnamese.py, loaded from this file's folder (see the note at the top)."""
    global _VIETNAMESE
    if _VIETNAMESE is None:
        path = Path(__file__).with_name("vietnamese.py")
        spec = importlib.util.spec_from_file_location("congdoan_archive_vietnamese", path)
        _VIETNAMESE = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(_VIETNAMESE)
    return _VIETNAMESE


_VIETNAMESE = None


def register_search_functions(db: Database) -> None:
    """The SQL function the search index triggers call; every connection that writes article
    text needs it (storage.Archive registers it), else the write fails: never a stale index."""
    _vietnamese().register_sql_functions(db.conn)


def _search_values(row: str) -> str:
    function = _vietnamese().SQL_STREAM_FUNCTION
    return ", ".join(
        f'{function}({row}."{field}", {n})'
        for n in range(len(SEARCH_STREAMS))
        for field in SEARCH_FIELDS
    )


def _search_insert_sql(row: str) -> str:
    day = search_day_sql(f"{row}.published_at")
    first, after = f"(({day}) << {DAY_BITS})", f"((({day}) + 1) << {DAY_BITS})"
    key = (
        f"coalesce((SELECT max(key) + 1 FROM {SEARCH_KEYS}"
        f" WHERE key >= {first} AND key < {after}), {first})"
    )
    columns = ", ".join(SEARCH_COLUMNS)
    values = ", ".join([key, f"{row}.rowid", *(f"{row}.{c}" for c in SEARCH_KEPT)])
    return f"""INSERT INTO {SEARCH_KEYS} (key, article, {", ".join(SEARCH_KEPT)}) VALUES ({values});
  INSERT INTO {SEARCH_TABLE} (rowid, {columns})
    SELECT key, {_search_values(row)} FROM {SEARCH_KEYS} WHERE article = {row}.rowid;"""


def _search_delete_sql(row: str) -> str:
    columns = ", ".join(SEARCH_COLUMNS)
    return f"""INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rowid, {columns})
    SELECT 'delete', key, {_search_values(row)} FROM {SEARCH_KEYS} WHERE article = {row}.rowid;
  DELETE FROM {SEARCH_KEYS} WHERE article = {row}.rowid;"""


def fill_search_index(db: Database) -> None:
    """(Re)build the search index from every article: keys by publication day, then tokens."""
    register_search_functions(db)
    db.execute(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}) VALUES ('delete-all')")
    db.execute(f"DELETE FROM {SEARCH_KEYS}")
    day = search_day_sql("published_at")
    kept = ", ".join(SEARCH_KEPT)
    db.execute(
        f"""INSERT INTO {SEARCH_KEYS} (key, article, {kept})
        SELECT (day << {DAY_BITS}) + row_number() OVER (PARTITION BY day ORDER BY rowid) - 1,
            rowid, {kept}
        FROM (SELECT {day} AS day, rowid, {kept} FROM articles)"""
    )
    columns = ", ".join(SEARCH_COLUMNS)
    db.execute(
        f"""INSERT INTO {SEARCH_TABLE} (rowid, {columns})
        SELECT k.key, {_search_values("a")} FROM {SEARCH_KEYS} k
        JOIN articles a ON a.rowid = k.article ORDER BY k.key"""
    )
    db.execute(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}) VALUES ('optimize')")


@migrations()
def m010_articles_search(db: Database) -> None:
    """Vietnamese-aware search: an index of folded words, word pairs and marked spellings of
    title, lead and body (storage/search.py), kept current by triggers, filled from every article.

    articles_fts (m002) stays for Datasette's table search box.
    """
    kept = ", ".join(f"{column} TEXT" for column in SEARCH_KEPT)
    db.execute(
        f"CREATE TABLE {SEARCH_KEYS}"
        f" (key INTEGER PRIMARY KEY, article INTEGER NOT NULL UNIQUE, {kept})"
    )
    db.execute(
        f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING FTS5({', '.join(SEARCH_COLUMNS)},"
        f" content='', tokenize=\"{SEARCH_TOKENIZE}\")"
    )
    changed = " OR ".join(
        f"old.{column} IS NOT new.{column}" for column in (*SEARCH_FIELDS, *SEARCH_KEYED)
    )
    db.execute(
        f"""CREATE TRIGGER {SEARCH_TABLE}_ai AFTER INSERT ON articles BEGIN
  {_search_insert_sql("new")}
END"""
    )
    db.execute(
        f"""CREATE TRIGGER {SEARCH_TABLE}_ad AFTER DELETE ON articles BEGIN
  {_search_delete_sql("old")}
END"""
    )
    db.execute(
        f"""CREATE TRIGGER {SEARCH_TABLE}_au
AFTER UPDATE OF {", ".join((*SEARCH_FIELDS, *SEARCH_KEYED))} ON articles WHEN {changed} BEGIN
  {_search_delete_sql("old")}
  {_search_insert_sql("new")}
END"""
    )
    fill_search_index(db)


@migrations()
def m011_union_stats(db: Database) -> None:
    """Union-development figures read out of articles (storage/unionstats.py), one row each.

    Left empty here: the figures come from the crawler's extractor, which storage cannot run;
    a crawl or `congdoan reextract` fills them for the articles it stores, `congdoan unionstats
    --db` for the whole archive. Numbers are NUMERIC, so 310 reads back as 310 and 60.5 as 60.5.
    """
    db.execute(
        """CREATE TABLE union_stats (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL REFERENCES articles(url),
  site TEXT REFERENCES sites(slug),
  published_at TEXT,
  published_month TEXT,
  year INTEGER,
  position INTEGER NOT NULL,
  metric TEXT NOT NULL,
  stage TEXT,
  label TEXT,
  kind TEXT,
  achieved NUMERIC,
  achieved_min NUMERIC,
  achieved_max NUMERIC,
  target NUMERIC,
  target_min NUMERIC,
  target_max NUMERIC,
  percent NUMERIC,
  percent_kind TEXT,
  qualifiers TEXT,
  organisation TEXT,
  organisation_from TEXT,
  period TEXT,
  period_from TEXT,
  text_span TEXT,
  sentence TEXT,
  extractor_version TEXT
)"""
    )
    table = db["union_stats"]
    table.create_index(["url", "position"], unique=True)
    # The dashboard's filters and groups: by metric and year, by organisation and period.
    table.create_index(["metric", "year"])
    table.create_index(["organisation", "period"])
    table.create_index(["site", "year"])
    # An article that goes takes its figures with it (foreign keys are not enforced).
    db.execute(
        """CREATE TRIGGER union_stats_article_deleted AFTER DELETE ON articles BEGIN
  DELETE FROM union_stats WHERE url = old.url;
END"""
    )


def migrate(db: Database) -> None:
    """Apply every pending migration; a no-op (and no write) on an up-to-date database."""
    if not migrations.pending(db):
        return
    # One write transaction for them all, begun IMMEDIATE: two processes opening a new
    # archive at once apply them one after the other, the second finding none pending.
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        migrations.apply(db)
    except BaseException:
        db.rollback()
        raise
    db.conn.execute("COMMIT")
