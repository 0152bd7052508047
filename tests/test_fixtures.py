"""Capturing pages as fixtures (draft expected JSON) and the selector report."""

import json
import socket
from pathlib import Path

import pytest

from crawler.cli import described_sites
from crawler.fixtures import (
    FetchError,
    fetch,
    fixture_json,
    fixture_stem,
    save_fixture,
    selector_report,
)
from tests.local_server import closed_port_url, serve

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


PAGE = "<html><body><h1>Công đoàn</h1></body></html>".encode()


def test_fetch_reads_a_page_at_a_vietnamese_path():
    # http.client sends ASCII only: the path is percent-encoded as a browser would.
    routes = {"/tin-t%E1%BB%A9c/c%C3%B4ng-%C4%91o%C3%A0n.html": (200, "text/html", PAGE)}
    with serve(routes) as base:
        assert fetch(f"{base}/tin-tức/công-đoàn.html", "test-agent") == PAGE


def test_fetch_answers_a_cookie_challenge_once():
    challenge = b'<script>document.cookie="D1N=abc123; path=/";location.reload(true);</script>'
    seen = []

    class Routes(dict):
        def get(self, path, default=None):
            seen.append(path)
            return (200, "text/html", challenge if len(seen) == 1 else PAGE)

    with serve(Routes()) as base:
        assert fetch(f"{base}/a.html", "test-agent") == PAGE
    assert len(seen) == 2


@pytest.mark.parametrize("status", [404, 503])
def test_fetch_http_error_is_a_fetch_error_from_a_server_that_answered(status):
    routes = {"/a.html": (status, "text/html", b"no")}
    with serve(routes) as base, pytest.raises(FetchError) as raised:
        fetch(f"{base}/a.html", "test-agent")
    assert raised.value.reached
    assert str(raised.value) == f"cannot fetch {base}/a.html: HTTP {status} " + (
        "Not Found" if status == 404 else "Service Unavailable"
    )


def test_fetch_refused_connection_is_unreached():
    url = closed_port_url()
    with pytest.raises(FetchError) as raised:
        fetch(url, "test-agent", timeout=5)
    assert not raised.value.reached
    assert "refused" in str(raised.value).lower()


def test_fetch_without_dns_says_no_network(monkeypatch):
    def no_dns(*args, **kwargs):
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(FetchError) as raised:
        fetch("https://nld.com.vn/", "test-agent")
    assert not raised.value.reached
    assert str(raised.value) == (
        "cannot fetch https://nld.com.vn/: cannot resolve the host"
        " (Temporary failure in name resolution): no network?"
    )


def test_fetch_refuses_a_page_over_the_size_limit():
    with serve({"/big.html": (200, "text/html", b"<p>x</p>" * 1000)}) as base:
        assert len(fetch(f"{base}/big.html", "test-agent", max_bytes=8000)) == 8000
        with pytest.raises(FetchError, match="larger than 7999 bytes"):
            fetch(f"{base}/big.html", "test-agent", max_bytes=7999)
