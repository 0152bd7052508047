"""Tests for storage.migrations: the schema is built only by migrations, from the API or the CLI."""

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
