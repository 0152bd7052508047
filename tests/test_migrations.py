"""Tests for storage.migrations: the schema is built only by migrations, from the API or the CLI."""

import json
import sqlite3
import threading
from pathlib import Path

from click.testing import CliRunner
from sqlite_utils import Database
from sqlite_utils.cli import cli

from storage import Archive, migrate
from storage.migrations import migrations

MIGRATIONS_PATH = Path(__file__).parent.parent / "storage" / "migrations.py"


def test_migrate_applies_every_migration_once():
    db = Database(memory=True)
    migrate(db)
    migrate(db)
    assert migrations.pending(db) == []
    assert [m.name for m in migrations.applied(db)] == [
        "m001_create_tables",
        "m002_articles_fts",
        "m003_pages_rejected",
        "m004_fts_reindex_only_on_text_change",
        "m005_crawls_process",
        "m006_article_revisions",
        "m007_crawls_health",
        "m008_health_views",
        "m009_pages_validators",
        "m010_articles_search",
        "m011_union_stats",
    ]


def test_sqlite_utils_cli_builds_the_same_schema(tmp_path):
    # `sqlite-utils migrate DB storage/migrations.py` is how the Makefile can migrate by hand.
    cli_path = tmp_path / "cli.db"
    result = CliRunner().invoke(cli, ["migrate", str(cli_path), str(MIGRATIONS_PATH)])
    assert result.exit_code == 0, result.output
    with Archive(tmp_path / "api.db") as archive:
        expected = archive.db.schema
    with Archive(cli_path) as archive:
        assert archive.db.schema == expected
        assert archive.db["_sqlite_migrations"].count == len(
            migrations.pending(Database(memory=True))
        )


def test_an_older_archive_gains_revisions_process_and_health_columns(tmp_path):
    path = tmp_path / "old.db"
    db = Database(path)  # what an archive of the last release held
    migrations.apply(db, stop_before="m005_crawls_process")
    db["articles"].insert(
        {
            "url": "https://nld.com.vn/cong-doan-196.htm",
            "title": "Công đoàn",
            "body": "Đoàn viên.",
            "first_seen_at": "2024-08-12",
            "last_seen_at": "2024-08-13",
            "content_hash": "0" * 64,
        }
    )
    with Archive(path) as archive:
        row = archive.db["articles"].get("https://nld.com.vn/cong-doan-196.htm")
        assert row["version_first_seen_at"] == "2024-08-12"
        assert {"pid", "host", "extracted", "layouts"} <= set(archive.db["crawls"].columns_dict)
        assert archive.db["article_revisions"].count == 0
        assert [r["title"] for r in archive.db["articles"].search("công")] == ["Công đoàn"]


def test_an_older_archive_gains_the_validators_of_its_stored_pages(tmp_path):
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="m009_pages_validators")
    db["page_bodies"].insert({"sha256": "a" * 64, "body": b"x", "size": 1, "compression": "zlib"})
    headers = [
        {"Etag": '"v1"', "Last-Modified": "Fri, 29 May 2026 11:00:00 GMT"},  # as Scrapy gives
        {"ETag": 'W/"v2"'},
        {"Content-Type": "text/html"},
    ]
    for n, page_headers in enumerate(headers):
        db["pages"].insert(
            {
                "url": f"https://nld.com.vn/{n}.htm",
                "sha256": "a" * 64,
                "headers": json.dumps(page_headers),
            }
        )
    db["pages"].insert({"url": "https://nld.com.vn/3.htm", "sha256": "a" * 64, "headers": "{bad"})
    with Archive(path) as archive:
        rows = archive.db.execute("select etag, last_modified from pages order by id").fetchall()
        indexes = {tuple(index.columns) for index in archive.db["pages"].indexes}
    assert rows == [
        ('"v1"', "Fri, 29 May 2026 11:00:00 GMT"),
        ('W/"v2"', None),
        (None, None),
        (None, None),
    ]
    assert ("requested_url",) in indexes


def test_migrate_writes_nothing_to_an_up_to_date_archive(tmp_path):
    path = tmp_path / "archive.db"
    Archive(path).close()
    read_only = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        migrate(Database(read_only))  # would raise "attempt to write a readonly database"
    finally:
        read_only.close()


def test_processes_opening_a_new_archive_at_once_migrate_it_once(tmp_path):
    path = tmp_path / "archive.db"
    start, errors = threading.Barrier(4), []

    def open_archive():
        start.wait()
        try:
            Archive(path).close()
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=open_archive) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    with Archive(path) as archive:
        assert archive.db["_sqlite_migrations"].count == len(
            migrations.pending(Database(memory=True))
        )
