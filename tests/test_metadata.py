"""Tests that storage/metadata.yml describes exactly the schema the migrations build."""

import asyncio
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette
from datasette.utils import tilde_encode
from sqlite_utils import Database

from storage import Archive

METADATA_PATH = Path(__file__).parent.parent / "storage" / "metadata.yml"
URL = "https://laodong.vn/cong-doan/cong-doan-viet-nam-1064033.ldo"


@pytest.fixture(scope="module")
def metadata():
    return yaml.safe_load(METADATA_PATH.read_text(encoding="utf-8"))


def visible_tables(db):
    # Datasette hides FTS tables and their shadow tables, so they need no description.
    fts_tables = db.table_names(fts5=True)
    names = db.table_names() + db.view_names()
    return [name for name in names if not any(name.startswith(fts) for fts in fts_tables)]


def test_project_metadata(metadata):
    assert metadata["title"] == "congdoan-archive"
    assert metadata["license"] == "Apache-2.0"
    for key in ("description", "source", "source_url", "license_url"):
        assert metadata[key]


def test_demo_and_archive_databases_share_one_description(metadata):
    assert metadata["databases"]["demo"] == metadata["databases"]["archive"]


def test_every_table_and_column_is_described(metadata):
    db = Archive(Database(memory=True)).db
    described = metadata["databases"]["archive"]["tables"]
    assert sorted(described) == sorted(visible_tables(db))
    for table in visible_tables(db):
        assert described[table]["description"], table
        columns = described[table]["columns"]
        # Same order as the schema, so the metadata reads like the table.
        assert list(columns) == [column.name for column in db[table].columns], table
        assert all(columns.values()), table


async def fetch_json(db_path, metadata, path):
    datasette = Datasette([str(db_path)], metadata=metadata)
    await datasette.invoke_startup()
    response = await datasette.client.get(path)
    assert response.status_code == 200, response.text
    return response.json()


def test_datasette_facets_and_search_work(tmp_path, metadata):
    db_path = tmp_path / "archive.db"
    article = {
        "url": URL,
        "site": "laodong_vn",
        "title": "Công đoàn Việt Nam chăm lo Tết",
        "body": "Đoàn viên nhận quà.\n\nNgười lao động phấn khởi.",
        "category": "Công đoàn",
        "published_at": "2022-07-18T14:30:00+07:00",
    }
    with Archive(db_path) as archive:
        archive.save_article(article, None, "2024-08-12T10:30:00+07:00")

    data = asyncio.run(fetch_json(db_path, metadata, "/archive/articles.json?_search=viet"))
    assert data["rows"][0][0] == URL
    assert set(data["facet_results"]) == {"site", "category", "published_month"}
    assert data["facet_results"]["published_month"]["results"][0]["value"] == "2022-07"


def test_datasette_links_an_article_to_its_revisions(tmp_path, metadata):
    db_path = tmp_path / "archive.db"
    article = {"url": URL, "site": "laodong_vn", "body": "Đoàn viên nhận quà."}
    with Archive(db_path) as archive:
        for day, title in [(12, "Công đoàn chăm lo Tết"), (13, "Công đoàn chăm lo Tết sum vầy")]:
            archive.save_article({**article, "title": title}, None, f"2024-08-{day}")

    path = "/archive/articles/" + tilde_encode(URL) + ".json?_extras=foreign_key_tables"
    row = asyncio.run(fetch_json(db_path, metadata, path))
    [link] = [t for t in row["foreign_key_tables"] if t["other_table"] == "article_revisions"]
    assert (link["other_column"], link["count"]) == ("url", 1)

    data = asyncio.run(
        fetch_json(db_path, metadata, f"/archive/article_revisions.json?_shape=objects&url={URL}")
    )
    assert [r["title"] for r in data["rows"]] == ["Công đoàn chăm lo Tết"]
    assert set(data["facet_results"]) == {"site", "url"}
