"""Every site's saved pages against the fields a careful human reads off them."""

import json
from pathlib import Path

import pytest

from crawler.cli import described_sites
from crawler.extraction import FIELDS, extract_article
from crawler.fixtures import FIXTURE_FIELDS

SITES_DIR = Path(__file__).parent / "sites"
SITES = described_sites()
# Fields compared exactly when a fixture states them (the fields `make fixture` drafts).
EXACT_FIELDS = FIXTURE_FIELDS


def article_fixtures() -> list[Path]:
    return sorted(p for p in SITES_DIR.glob("*/*.json") if not p.name.startswith(("listing_", "_")))


def load_fixture(path: Path) -> tuple[dict, bytes]:
    return json.loads(path.read_text(encoding="utf-8")), path.with_suffix(".html").read_bytes()


def extract_fixture(path: Path) -> tuple[dict, dict]:
    fixture, html = load_fixture(path)
    site = SITES.get(fixture["site"])
    record = extract_article(html, fixture["url"], site, fetched_at=fixture.get("fetched_at"))
    return fixture, record


@pytest.mark.parametrize("path", article_fixtures(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_page(path):
    fixture, record = extract_fixture(path)
    expected = fixture["expected"]
    for field in EXACT_FIELDS:
        if field in expected:
            assert record[field] == expected[field], field
    paragraphs = record["body"].split("\n\n")
    if "body_paragraphs" in fixture:
        assert paragraphs == fixture["body_paragraphs"]
    for snippet in fixture.get("body_contains", []):
        assert snippet in record["body"], snippet
    for snippet in fixture.get("body_excludes", []):
        assert snippet not in record["body"], snippet
    assert not [w for w in record["warnings"] if w.startswith("leaked marker")]


@pytest.mark.parametrize("slug", [*SITES, "generic"])
def test_every_site_has_fixtures(slug):
    pages = [p for p in article_fixtures() if p.parent.name == slug]
    assert pages, f"tests/sites/{slug}/ has no saved article page with its expected JSON"


@pytest.mark.parametrize("slug", list(SITES))
def test_every_layout_has_a_fixture(slug):
    seen = {extract_fixture(p)[1]["layout"] for p in article_fixtures() if p.parent.name == slug}
    missing = {layout.name for layout in SITES[slug].layouts} - seen
    assert not missing, f"{slug}: no fixture page exercises layout(s) {sorted(missing)}"


def test_fixture_html_has_expected_json():
    for html in SITES_DIR.glob("*/*.html"):
        assert html.with_suffix(".json").exists(), f"{html} has no expected JSON"


def test_storage_columns_are_the_extraction_fields():
    from storage.archive import ARTICLE_FIELDS

    # storage/ may not import crawler/, so it keeps its own copy of the column order.
    assert ARTICLE_FIELDS == FIELDS
