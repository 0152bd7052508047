"""Re-extraction of archived pages with the current code."""

import json
from pathlib import Path

from crawler.cli import described_sites, main
from crawler.extraction import extract_article
from crawler.reextract import reextract
from storage import Archive

PAGE = (
    Path(__file__).parent / "sites" / "laodongthudo_vn" / "2022-07-18_hoai-duc-phat-trien-doan-vien"
)


def archive_with_stale_article(path) -> tuple[Archive, dict]:
    """An archive whose one article was extracted by older code that kept "Tin khác"."""
    fixture = json.loads(PAGE.with_suffix(".json").read_text(encoding="utf-8"))
    html = PAGE.with_suffix(".html").read_bytes()
    site = described_sites()["laodongthudo_vn"]
    record = extract_article(html, fixture["url"], site)
    record["url"] = record["canonical_url"] or record["url"]
    record["body"] += "\n\nTin khác\n\nẤm áp chợ Tết Công đoàn"
    page = {
        "requested_url": fixture["url"],
        "url": fixture["url"],
        "fetched_at": "2026-11-22T02:00:00+00:00",
        "status": 200,
        "headers": {"Content-Type": "text/html; charset=utf-8"},
        "body": html,
        "site": "laodongthudo_vn",
    }
    archive = Archive(path)
    assert archive.save_article(record, page, "2026-11-22T02:00:01+00:00") == "new"
    return archive, fixture


def test_reextract_fixes_a_stale_article_and_keeps_seen_times(tmp_path):
    archive, fixture = archive_with_stale_article(tmp_path / "a.db")
    [row] = archive.article_pages()
    before = archive.get_article(row["url"])
    assert reextract(archive, described_sites()) == {"updated": 1}
    after = archive.get_article(row["url"])
    assert after["body"].split("\n\n") == fixture["body_paragraphs"]
    assert (after["first_seen_at"], after["last_seen_at"]) == (
        before["first_seen_at"],
        before["last_seen_at"],
    )
    assert reextract(archive, described_sites()) == {"unchanged": 1}


def test_reextract_command(tmp_path, capsys):
    archive, _ = archive_with_stale_article(tmp_path / "b.db")
    archive.close()
    assert main(["reextract", "--db", str(tmp_path / "b.db")]) == 0
    assert "1 updated" in capsys.readouterr().out


def test_reextract_command_without_archive(tmp_path, capsys):
    assert main(["reextract", "--db", str(tmp_path / "missing.db")]) == 2
    assert "no archive" in capsys.readouterr().err


def test_reextract_is_not_a_revision(tmp_path):
    # Newer code reading the same archived page: the article did not change at its source.
    archive, _ = archive_with_stale_article(tmp_path / "c.db")
    [row] = archive.article_pages()
    assert reextract(archive, described_sites()) == {"updated": 1}
    assert archive.revisions(row["url"]) == []
    assert archive.db["article_revisions"].count == 0
