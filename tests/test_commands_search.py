"""`congdoan search`: ranked results with snippets, --json, filters, and one-line errors."""

import json

import pytest
from sqlite_utils import Database

from crawler.cli import main
from crawler.commands import search as command
from storage import Archive
from storage.migrations import migrations

ARTICLES = [
    {
        "url": "https://laodong.vn/cong-doan/ba-dinh-1.ldo",
        "site": "laodong_vn",
        "title": "Công đoàn Ba Đình phát triển đoàn viên",
        "lead": "LĐLĐ quận Ba Đình kết nạp 500 đoàn viên.",
        "body": "Chiều 12/8, Liên đoàn Lao động quận Ba Đình tổng kết.\n\nĐoàn viên hòa nhập.",
        "published_at": "2024-05-01T10:00:00+07:00",
        "category": "Công đoàn",
        "author": "Hà Anh",
    },
    {
        "url": "https://nld.com.vn/gia-dinh-2.htm",
        "site": "nld_com_vn",
        "title": "Ba năm qua, gia đình công nhân vui",
        "body": "Ba năm qua, gia đình công nhân hoà thuận; công đoàn chăm lo.",
        "published_at": "2021-03-02",
    },
    {
        "url": "https://nld.com.vn/hoa-chat-3.htm",
        "site": "nld_com_vn",
        "title": "Hóa chất trong nhà máy",
        "body": "Công nhân tiếp xúc hóa chất; hoa nở.",
        "published_at": "2023-01-01",
    },
]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        archive.upsert_sites([{"slug": "laodong_vn"}, {"slug": "nld_com_vn"}])
        for article in ARTICLES:
            archive.save_article(article, None, "2026-01-01T00:00:00")
    return path


def test_ranked_results_with_title_site_date_and_marked_snippet(db, capsys):
    assert main(["search", "cong", "doan", "--db", str(db)]) == 0
    blocks = capsys.readouterr().out.strip().split("\n\n")
    assert len(blocks) == 2
    first = blocks[0].splitlines()
    assert first[0] == "1. «Công đoàn» Ba Đình phát triển «đoàn» viên"
    assert first[1].startswith("   laodong_vn · 2024-05-01 10:00 · score 2.")
    assert "«" in first[2] and "\x1b" not in blocks[0]
    assert first[3] == "   https://laodong.vn/cong-doan/ba-dinh-1.ldo"
    assert blocks[1].splitlines()[0].startswith("2. Ba năm qua")


def test_json_is_one_list_best_first(db, capsys):
    assert main(["search", "Ba Đình", "--db", str(db), "--json"]) == 0
    out = capsys.readouterr().out
    records = json.loads(out)
    assert "Đình" in out  # Vietnamese as is, not \u escapes
    assert [list(r) for r in records] == [
        ["url", "title", "site", "published_at", "snippet", "score"]
    ] * len(records)
    assert [r["url"] for r in records] == [a["url"] for a in ARTICLES[:2]]
    assert records[0]["score"] >= 2 > records[1]["score"]
    assert "«Ba Đình»" in records[0]["snippet"]


def test_a_phrase_in_quotes(db, capsys):
    assert main(["search", '"Ba Đình"', "--db", str(db), "--json"]) == 0
    assert [r["url"] for r in json.loads(capsys.readouterr().out)] == [ARTICLES[0]["url"]]


def test_filters_and_limit(db, capsys):
    assert main(["search", "công nhân", "--db", str(db), "--site", "nld_com_vn", "--json"]) == 0
    assert {r["site"] for r in json.loads(capsys.readouterr().out)} == {"nld_com_vn"}
    args = ["search", "công nhân", "--db", str(db), "--since", "2022", "--until", "2023-01-01"]
    assert main([*args, "--json"]) == 0
    assert [r["url"] for r in json.loads(capsys.readouterr().out)] == [ARTICLES[2]["url"]]
    assert main(["search", "công", "--db", str(db), "--limit", "1", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(["search", "đoàn viên", "--db", str(db), "--author", "Hà Anh", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_nothing_found_exits_1(db, capsys):
    assert main(["search", "xyzzy", "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "no article matches 'xyzzy'\n"
    assert main(["search", "xyzzy", "--db", str(db), "--json"]) == 1
    assert json.loads(capsys.readouterr().out) == []


def test_hostile_queries_are_words_or_a_usage_error(db, capsys):
    # Operators are words like any other: "công* (đoàn" is công and đoàn.
    assert main(["search", 'công* ("đoàn', "--db", str(db), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert main(["search", "công NEAR đoàn", "--db", str(db), "--json"]) == 1
    assert main(["search", '"', "--db", str(db)]) == 2
    assert capsys.readouterr().err == "congdoan: no word to search for in '\"'\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--db", "{tmp}/missing.db"], "{tmp}/missing.db: no archive there"),
        (["--db", "{tmp}/notes.txt"], "{tmp}/notes.txt: not a SQLite database, so not an archive"),
        (["--db", "{db}", "--since", "2024-13"], "search: argument --since: not a date"),
        (["--db", "{db}", "--limit", "0"], "search: argument --limit: a number from 1 to 1000"),
        (["--db", "{db}", "--since", "2024-02", "--until", "2024-01"], "--since 2024-02 is after"),
    ],
)
def test_one_line_errors(db, tmp_path, capsys, args, message):
    (tmp_path / "notes.txt").write_text("not a database", encoding="utf-8")
    args = [a.format(tmp=tmp_path, db=db) for a in args]
    assert main(["search", "công", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("congdoan: ")
    assert message.format(tmp=tmp_path) in err


def test_on_a_terminal_matches_are_bold(db, capsys, monkeypatch):
    monkeypatch.setattr(command, "use_ansi", lambda stream: True)
    assert main(["search", "doan vien", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "\x1b[1;33m" in out and "«" not in out
    assert out.startswith("1. \x1b[1m")


def test_no_colour_when_asked_or_not_a_terminal(monkeypatch):
    class Terminal:
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert command.use_ansi(Terminal())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not command.use_ansi(Terminal())


def test_an_archive_without_the_index_gets_it_first(tmp_path, capsys):
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="m010_articles_search")
    row = {"first_seen_at": "2024", "last_seen_at": "2024", "content_hash": "0"}
    db["articles"].insert({**ARTICLES[0], **row})
    db.close()
    assert main(["search", "ba dinh", "--db", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    assert captured.err == f"congdoan: building the search index of {path} (once)…\n"
    assert [r["url"] for r in json.loads(captured.out)] == [ARTICLES[0]["url"]]


def test_listed_in_help(capsys):
    assert main(["--help"]) == 0
    assert "search" in capsys.readouterr().out
