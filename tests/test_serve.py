"""`make serve`: Datasette with the project's metadata answers on a small archive."""

import asyncio
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette
from datasette.utils import tilde_encode

from spiders.nld_com_vn import NldComVnSpider
from storage import Archive
from tests.crawl_fakes import BASE, make_crawler, mirror_response

METADATA = Path(__file__).resolve().parent.parent / "storage" / "metadata.yml"
ARTICLE = "/hon-3000-cong-nhan-duoc-kham-suc-khoe-mien-phi-196260314091530456.htm"


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory):
    """A one-article archive named like `make demo`'s, so its metadata block applies."""
    path = tmp_path_factory.mktemp("serve") / "demo.db"
    spider = make_crawler(NldComVnSpider, {"ARCHIVE_BASE_URLS": {"nld_com_vn": BASE}}).spider
    item = spider.judge.judge(mirror_response("nld_com_vn", ARTICLE))
    with Archive(path) as archive:
        archive.upsert_sites([spider.site_record])
        archive.save_article(item.article, item.page, "2026-03-20T00:00:00+00:00")
    return path


def get(path, url):
    """GET `url` from Datasette serving `path` as `make serve` does; (status, body)."""

    async def fetch():
        metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
        datasette = Datasette([str(path)], metadata=metadata)
        response = await datasette.client.get(url)
        return response.status_code, response.text

    return asyncio.run(fetch())


def test_metadata_is_served(archive_path):
    status, text = get(archive_path, "/-/metadata")
    assert status == 200
    assert "congdoan-archive" in text
    status, text = get(archive_path, "/-/metadata.json")
    assert '"title": "congdoan-archive"' in text


def test_article_row_page(archive_path):
    status, text = get(archive_path, "/demo/articles/" + tilde_encode(BASE + ARTICLE))
    assert status == 200
    assert "Hơn 3.000 công nhân được khám sức khỏe miễn phí" in text


def test_articles_table_facets_by_site(archive_path):
    status, text = get(archive_path, "/demo/articles.json?_facet=site&_shape=objects")
    assert status == 200
    assert '"value": "nld_com_vn"' in text
