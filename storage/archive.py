"""SQLite archive of fetched pages, extracted articles and crawl runs, in and out as plain dicts."""

import hashlib
import json
import os
import re
import socket
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from storage import unionstats
from storage.health import HEALTH_FIELDS, crawl_health
from storage.migrations import migrate, register_search_functions
from storage.transactions import enable_wal, immediate, set_busy_timeout

# The extractor's output, in column order.
ARTICLE_FIELDS = (
    "url",
    "canonical_url",
    "site",
    "title",
    "lead",  # sa-pô
    "body",
    "author",
    "published_at",
    "published_raw",
    "modified_at",
    "category",
    "tags",
    "images",
    "source",
    "language",
    "layout",
    "warnings",
)
# Allowed in an article dict when no page dict is given, e.g. when re-extracting a stored page.
PROVENANCE_FIELDS = ("requested_url", "page_sha256")
# Allowed too: what the crawler read out of the article, stored in a table of its own.
DERIVED_FIELDS = (unionstats.ARTICLE_KEY,)
REQUIRED_FIELDS = ("url", "title", "body")
JSON_FIELDS = ("tags", "images", "warnings")
# Warnings say how extraction went, not what the article says, so a warning-only change
# is not a new version of the article.
HASHED_FIELDS = tuple(field for field in ARTICLE_FIELDS if field != "warnings")

# What an article_revisions row keeps of the version it replaces (besides id and seen times).
REVISION_FIELDS = (
    *ARTICLE_FIELDS,
    "requested_url",
    "page_sha256",
    "content_hash",
    "crawl_id",
)

SITE_FIELDS = ("slug", "name", "organisation", "base_url", "description")
COUNT_FIELDS = ("fetched", "new", "updated", "unchanged", "rejected", "errors")
FINISH_FIELDS = (*COUNT_FIELDS, "rejected_reasons", "status", "notes", *HEALTH_FIELDS)

COMPRESSION = "zlib"
_MONTH = re.compile(r"^(\d{4}-\d{2})")

Outcome = Literal["new", "updated", "unchanged"]


def nfc(value: Any) -> Any:
    """Return ``value`` with every string inside it (lists and dicts too) in Unicode NFC."""
    # The extractor already normalises; this is a cheap guarantee, because FTS5 unicode61
    # does no normalisation and an NFD row would not match an NFC query (anchors.md §4.1).
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, (list, tuple)):
        return [nfc(item) for item in value]
    if isinstance(value, dict):
        return {key: nfc(item) for key, item in value.items()}
    return value


def content_hash(article: Mapping[str, Any]) -> str:
    """Return the sha256 of the article's content fields (every extractor field but warnings)."""
    content = {field: article.get(field) for field in HASHED_FIELDS}
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def published_month(published_at: str | None) -> str | None:
    """Return "YYYY-MM" from an ISO date or datetime, or None, for Datasette month facets."""
    match = _MONTH.match(published_at or "")
    return match.group(1) if match else None


def sha256_hex(body: bytes) -> str:
    """Return the hex sha256 of a raw response body."""
    return hashlib.sha256(body).hexdigest()


def compress(body: bytes) -> bytes:
    """Compress a raw page body for storage."""
    # Level 6 (zlib's default): 5.8 ms on a 300 KB page against 9.3 ms at level 9, for 0.3% more.
    return zlib.compress(body, 6)


def decompress(data: bytes, compression: str) -> bytes:
    """Undo ``compress``; ``compression`` is the value stored next to the body."""
    if compression != COMPRESSION:
        raise ValueError(f"unknown page body compression {compression!r}")
    return zlib.decompress(data)


def header(headers: Mapping[str, str] | None, name: str) -> str | None:
    """The value of one response header, whatever the case of its stored name."""
    wanted = name.lower()
    return next((v for k, v in (headers or {}).items() if k.lower() == wanted), None)


def validate_article(article: Mapping[str, Any]) -> None:
    """Raise ValueError if the article lacks url, title or body, or has unknown fields."""
    unknown = set(article) - set(ARTICLE_FIELDS) - set(PROVENANCE_FIELDS) - set(DERIVED_FIELDS)
    if unknown:
        # New fields need a migration first; silently dropping them would lose data.
        raise ValueError(f"article has fields with no column: {', '.join(sorted(unknown))}")
    unionstats.check_carried(article.get(unionstats.ARTICLE_KEY))
    url = article.get("url") or "<no url>"
    for field in REQUIRED_FIELDS:
        value = article.get(field)
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"article {url} has no {field}")


def validate_page(page: Mapping[str, Any]) -> None:
    """Raise ValueError if the page lacks a final url or a bytes body."""
    if not page.get("url"):
        raise ValueError("page has no url")
    if not isinstance(page.get("body"), bytes):
        raise ValueError(f"page {page['url']} body must be bytes")


def article_row(article: Mapping[str, Any]) -> dict[str, Any]:
    """Return the validated, NFC-normalised article as an ``articles`` row without seen times."""
    validate_article(article)
    row = {field: nfc(article.get(field)) for field in ARTICLE_FIELDS}
    row["published_month"] = published_month(row["published_at"])
    row["content_hash"] = content_hash(row)
    return row


def decode_article(row: Mapping[str, Any]) -> dict[str, Any]:
    """Return an ``articles`` row with its JSON columns decoded back to lists."""
    decoded = dict(row)
    for field in JSON_FIELDS:
        if decoded[field] is not None:
            decoded[field] = json.loads(decoded[field])
    return decoded


def this_process() -> dict[str, Any]:
    """The pid and host a crawls row records, for people reading a stuck row."""
    return {"pid": os.getpid(), "host": socket.gethostname()}


class Archive:
    """The archive database: opening it applies migrations and turns on WAL.

    Every write is one BEGIN IMMEDIATE transaction (storage.transactions); runs that write
    take the archive lock first (storage.lock), so two of them never interleave.
    """

    def __init__(self, path: str | Path | Database):
        """:param path: a file path, ":memory:", or an open ``sqlite_utils.Database``."""
        self.db = path if isinstance(path, Database) else Database(path)
        set_busy_timeout(self.db)
        # WAL lets Datasette read while a crawl writes (readers never block the writer, nor
        # it them); in-memory databases ignore it.
        enable_wal(self.db)
        # The search index's triggers call it on every write of article text (m010).
        register_search_functions(self.db)
        migrate(self.db)

    def close(self) -> None:
        """Close the database connection."""
        self.db.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def upsert_sites(self, sites: Iterable[Mapping[str, Any]]) -> None:
        """Insert or replace site rows by slug; missing keys become NULL, extra keys are ignored."""
        rows = [{field: site.get(field) for field in SITE_FIELDS} for site in sites]
        if any(not row["slug"] for row in rows):
            raise ValueError("every site needs a slug")
        with immediate(self.db):
            self.db["sites"].upsert_all(rows, pk="slug")

    def start_crawl(self, site: str, started_at: str) -> int:
        """Record the start of a crawl of one site (and this process) and return its id."""
        table = self.db["crawls"]
        row = {"site": site, "started_at": started_at, "status": "running", **this_process()}
        with immediate(self.db):
            table.insert(row)
            return table.last_pk

    def mark_killed_crawls(self, noted_at: str, keep: Iterable[int] = ()) -> list[dict[str, Any]]:
        """Mark `running` crawls `killed`, but those in `keep`; return the rows marked.

        Call it holding the archive lock (storage.lock), with `keep` the runs this process has
        open: no other process writes here then, so any other `running` row is a run that died
        without closing it (kill -9, a crash, power loss), whatever its pid says now.
        """
        keep = set(keep)
        with immediate(self.db):
            running = list(self.db["crawls"].rows_where("status = 'running'", order_by="id"))
            dead = [row for row in running if row["id"] not in keep]
            for row in dead:
                who = f"pid {row['pid']} on {row['host']}" if row["pid"] else "an older run"
                note = f"process gone ({who}); marked killed at {noted_at}"
                notes = "; ".join(filter(None, [row["notes"], note]))
                self.db["crawls"].update(row["id"], {"status": "killed", "notes": notes})
        return dead

    def finish_crawl(self, crawl_id: int, counts: Mapping[str, Any], finished_at: str) -> None:
        """Record a crawl's end and its counts.

        :param counts: any of fetched, new, updated, unchanged, errors, notes, status
          (default "finished"), rejected_reasons (reason -> count) and rejected (default:
          the sum of rejected_reasons).
        """
        unknown = sorted(set(counts) - set(FINISH_FIELDS))
        if unknown:
            raise ValueError(f"unknown crawl counts: {', '.join(unknown)}")
        reasons = dict(counts.get("rejected_reasons") or {})
        row = {field: counts.get(field, 0) for field in COUNT_FIELDS}
        row["rejected"] = counts.get("rejected", sum(reasons.values()))
        row["rejected_reasons"] = json.dumps(reasons, ensure_ascii=False, sort_keys=True)
        row["status"] = counts.get("status", "finished")
        row["notes"] = counts.get("notes")
        row["finished_at"] = finished_at
        for field in HEALTH_FIELDS:
            row[field] = counts.get(field)
        if row["layouts"] is not None:
            row["layouts"] = json.dumps(row["layouts"], ensure_ascii=False, sort_keys=True)
        with immediate(self.db):
            self.db["crawls"].update(crawl_id, row)

    def crawl_health(self, site: str | None = None, days: float | None = None) -> list[dict]:
        """Each run's counts and health figures, oldest first (storage.health.crawl_health)."""
        return crawl_health(self.db, site=site, days=days)

    def save_page(self, page: Mapping[str, Any]) -> str:
        """Store one fetched response and return the sha256 of its body.

        The body is stored once per sha256 in ``page_bodies``; every call adds a ``pages`` row.
        A page that is not an article carries its reason in ``rejected`` ("http_404", …).
        """
        validate_page(page)
        body = page["body"]
        sha256 = sha256_hex(body)
        body_row = {
            "sha256": sha256,
            "body": compress(body),
            "size": len(body),
            "compression": COMPRESSION,
        }
        page_row = {
            "requested_url": page.get("requested_url"),
            "url": page["url"],
            "fetched_at": page.get("fetched_at"),
            "status": page.get("status"),
            "headers": json.dumps(page.get("headers") or {}, ensure_ascii=False),
            "sha256": sha256,
            "crawl_id": page.get("crawl_id"),
            "site": page.get("site"),
            "rejected": page.get("rejected"),
            # The validators of a conditional re-check (crawler.spider), by themselves.
            "etag": header(page.get("headers"), "ETag"),
            "last_modified": header(page.get("headers"), "Last-Modified"),
        }
        with immediate(self.db):
            self.db["page_bodies"].insert(body_row, ignore=True)
            self.db["pages"].insert(page_row)
        return sha256

    def save_article(
        self,
        article: Mapping[str, Any],
        page: Mapping[str, Any] | None,
        seen_at: str,
        crawl_id: int | None = None,
    ) -> Outcome:
        """Store the page (if given) and upsert the article in one transaction.

        :param crawl_id: defaults to the page's crawl_id.
        :return: "new", "updated" or "unchanged" (then only last_seen_at changes).
        """
        return self.save_articles([(article, page)], seen_at, crawl_id)[0]

    def save_articles(
        self,
        items: Iterable[tuple[Mapping[str, Any], Mapping[str, Any] | None]],
        seen_at: str,
        crawl_id: int | None = None,
    ) -> list[Outcome]:
        """Save (article, page) pairs in one transaction: all of them, or none on error."""
        with immediate(self.db):
            return [self._save_one(article, page, seen_at, crawl_id) for article, page in items]

    def _save_one(
        self,
        article: Mapping[str, Any],
        page: Mapping[str, Any] | None,
        seen_at: str,
        crawl_id: int | None,
    ) -> Outcome:
        # article_row validates, so a bad article fails before its page is written.
        row = article_row(article)
        if page is not None:
            row["requested_url"] = page.get("requested_url")
            row["page_sha256"] = self.save_page(page)
            if crawl_id is None:
                crawl_id = page.get("crawl_id")
        else:
            row.update({field: nfc(article.get(field)) for field in PROVENANCE_FIELDS})
        row["crawl_id"] = crawl_id
        row["last_seen_at"] = seen_at
        outcome = self._upsert_article(row)
        # Even when unchanged: the figures are those of the latest extraction code.
        unionstats.save_article_figures(self.db, article, row)
        return outcome

    def _upsert_article(self, row: dict[str, Any]) -> Outcome:
        table = self.db["articles"]
        try:
            stored = table.get(row["url"])
        except NotFoundError:
            stored = None
        if stored and stored["content_hash"] == row["content_hash"]:
            table.update(row["url"], {"last_seen_at": row["last_seen_at"]})
            return "unchanged"
        if stored:
            row["first_seen_at"] = stored["first_seen_at"]
            # Keep earlier provenance when this save brings none (re-extraction without a page).
            for field in PROVENANCE_FIELDS:
                row[field] = row[field] or stored[field]
            if row["page_sha256"] and row["page_sha256"] == stored["page_sha256"]:
                # Read from the very bytes read before: the extractor changed, not the article.
                row["version_first_seen_at"] = stored["version_first_seen_at"]
            else:
                self._keep_revision(stored)
                row["version_first_seen_at"] = row["last_seen_at"]
        else:
            row["first_seen_at"] = row["version_first_seen_at"] = row["last_seen_at"]
        table.upsert(row, pk="url")
        return "updated" if stored else "new"

    def _keep_revision(self, stored: Mapping[str, Any]) -> None:
        """Move the stored version of an article to article_revisions, with when it was seen."""
        revision = {field: stored[field] for field in REVISION_FIELDS}
        revision["seen_from"] = stored["version_first_seen_at"] or stored["first_seen_at"]
        revision["seen_until"] = stored["last_seen_at"]
        self.db["article_revisions"].insert(revision)

    def mark_seen(self, urls: Iterable[str], seen_at: str) -> list[Outcome]:
        """Record that the articles at `urls` were seen unchanged (a 304 or the same body):
        only last_seen_at moves. One "unchanged" per article found, in one transaction."""
        outcomes: list[Outcome] = []
        with immediate(self.db):
            for url in urls:
                cursor = self.db.execute(
                    "UPDATE articles SET last_seen_at = ? WHERE url = ?", [seen_at, url]
                )
                outcomes += ["unchanged"] * cursor.rowcount
        return outcomes

    def revisions(self, url: str) -> list[dict[str, Any]]:
        """The earlier versions of the article at `url`, oldest first, JSON columns decoded."""
        rows = self.db["article_revisions"].rows_where("url = ?", [url], order_by="seen_from, id")
        return [decode_article(row) for row in rows]

    def article_pages(self, site: str | None = None) -> Iterator[dict[str, Any]]:
        """For each stored article: its url, site, requested_url, the page it was read from
        (page_sha256, page_url) and when that page was fetched, for re-extraction."""
        where = "where a.site = :site" if site else ""
        sql = f"""
            select a.url, a.site, a.requested_url, a.page_sha256,
                   p.url as page_url, max(p.fetched_at) as fetched_at
            from articles a join pages p on p.sha256 = a.page_sha256
            {where} group by a.url order by a.url
        """
        yield from self.db.query(sql, {"site": site})

    def replace_extraction(self, article: Mapping[str, Any]) -> Outcome:
        """Store a re-extraction of an archived page: extracted fields only.

        Seen times, provenance and the crawl id stay; the row changes only when its
        content_hash does. Returns "updated" or "unchanged"; KeyError when no row has the url.
        """
        row = article_row(article)
        with immediate(self.db):
            stored = self.get_article(row["url"])
            if stored is None:
                raise KeyError(row["url"])
            unionstats.save_article_figures(self.db, article, row)
            if stored["content_hash"] == row["content_hash"]:
                return "unchanged"
            self.db["articles"].update(row["url"], row)
        return "updated"

    def replace_union_stats(
        self, article: Mapping[str, Any], figures: Iterable[Mapping[str, Any]], version: str | None
    ) -> bool:
        """Make `figures` the stored figures of the archived `article` (its url, site and
        published_at), in one transaction (storage.unionstats); False when they already were."""
        return unionstats.replace_figures(self.db, article, figures, version)

    def union_stats_articles(self, site: str | None = None) -> Iterator[dict[str, Any]]:
        """Each article's url, site, published_at, title, lead and body, to read figures from."""
        return unionstats.articles_for_figures(self.db, site)

    def count_union_stats(self, site: str | None = None) -> Counter:
        """Stored figures per metric, for one site or all."""
        return unionstats.count_figures(self.db, site)

    def page_body(self, sha256: str) -> bytes:
        """Return the decompressed raw body stored under ``sha256``; KeyError if absent."""
        try:
            row = self.db["page_bodies"].get(sha256)
        except NotFoundError:
            raise KeyError(sha256) from None
        return decompress(row["body"], row["compression"])

    def get_article(self, url: str) -> dict[str, Any] | None:
        """Return the article stored under ``url`` with JSON columns decoded, or None."""
        try:
            return decode_article(self.db["articles"].get(url))
        except NotFoundError:
            return None

    def count_articles(self, site: str | None = None) -> int:
        """Return the number of stored articles, for one site or all."""
        if site is None:
            return self.db["articles"].count
        return self.db["articles"].count_where("site = ?", [site])
