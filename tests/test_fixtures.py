"""Capturing pages as fixtures (draft expected JSON) and the selector report."""

import json
from pathlib import Path

import pytest

from crawler.cli import described_sites
from crawler.fixtures import fixture_json, fixture_stem, save_fixture, selector_report

NLD = Path(__file__).parent / "sites" / "nld_com_vn" / "2026-03-20_phuc-loi-doan-vien"


def test_fixture_stem_from_date_and_url_slug():
    record = {"published_at": "2026-03-20T09:15:00+07:00"}
    url = "https://nld.com.vn/phuc-loi-doan-vien-nam-2026-196260320091500123.htm"
    assert fixture_stem(record, url) == "2026-03-20_phuc-loi-doan-vien-nam-2026"


def test_saved_fixture_round_trips_through_the_site_test(tmp_path):
    fixture = json.loads(NLD.with_suffix(".json").read_text(encoding="utf-8"))
    site = described_sites()["nld_com_vn"]
    html = NLD.with_suffix(".html").read_bytes()
    path = save_fixture(tmp_path, fixture["url"], html, site, "test")
    draft = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert draft["expected"]["title"] == fixture["expected"]["title"]
    assert draft["site"] == "nld_com_vn" and draft["body_contains"]
    with pytest.raises(FileExistsError):
        save_fixture(tmp_path, fixture["url"], html, site, "test")


def test_draft_json_keeps_vietnamese_readable():
    record = {f: None for f in ("url", "site", "body")} | {
        "body": "Công đoàn\n\nđoàn viên",
        **{f: None for f in ("title", "lead", "author", "source", "published_at")},
        **{f: None for f in ("published_raw", "modified_at", "category", "canonical_url")},
        "tags": [],
        "images": [],
        "language": "vi",
        "layout": "generic",
    }
    draft = fixture_json(record, "2026-11-22T09:00:00+07:00", "note")
    assert draft["body_contains"] == ["Công đoàn", "đoàn viên"]


def test_selector_report_marks_the_chosen_layout():
    rows = selector_report(NLD.with_suffix(".html").read_bytes(), described_sites()["nld_com_vn"])
    chosen = {layout for layout, *_ in rows if layout.endswith("(chosen)")}
    assert chosen == {"vccorp-2024 (chosen)"}
    assert (
        "vccorp-2024 (chosen)",
        "body",
        "div.detail-content[data-role='content']",
        "found",
    ) in rows
