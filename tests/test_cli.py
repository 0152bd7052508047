"""The `congdoan` command: extract, arguments, the no-network exit, the run summary."""

import argparse
import gzip
import io
import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from crawler import cli
from crawler.cli import main
from crawler.commands import crawl
from crawler.commands.common import UsageError, not_html_reason, port_number, require_archive
from crawler.commands.demo import demo_settings, serve_commands
from crawler.fixtures import FetchError
from crawler.report import format_reasons, summary_table
from storage import Archive
from tests.local_server import closed_port_url, serve


def test_unknown_site_is_a_usage_error(capsys):
    assert main(["crawl", "no_such_site", "--skip-network-check"]) == 2
    assert "unknown site(s) ['no_such_site']" in capsys.readouterr().err


def test_generic_needs_a_start_url(capsys):
    assert main(["crawl", "generic"]) == 2
    assert capsys.readouterr().err == "congdoan: the generic spider needs --start-url URL\n"


def test_start_url_must_be_http(capsys):
    assert main(["crawl", "generic", "--start-url", "ftp://example.org/"]) == 2
    assert "--start-url must be an http(s) URL" in capsys.readouterr().err


def test_no_network_is_one_line_and_exit_3(monkeypatch, capsys):
    def no_dns(*args, **kwargs):
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    monkeypatch.setattr(crawl, "run_crawl", lambda *a, **k: pytest.fail("crawled without network"))
    assert main(["crawl", "--db", "/nonexistent/x.db"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("congdoan: cannot resolve ") and "nld.com.vn" in err
    assert err.endswith(": no network? Nothing was crawled.\n")


def test_unreachable_sites_are_skipped(monkeypatch):
    def only_nld(host, *args, **kwargs):
        if host != "nld.com.vn":
            raise socket.gaierror(-2, "Name or service not known")

    crawled = {}
    monkeypatch.setattr(socket, "getaddrinfo", only_nld)
    monkeypatch.setattr(crawl, "run_crawl", lambda names, *a, **k: crawled.setdefault("n", names))
    main(["crawl", "laodongthudo_vn", "nld_com_vn"])
    assert crawled["n"] == ["nld_com_vn"]


def test_mirror_base_urls_skip_the_live_hosts(monkeypatch):
    crawled = {}
    monkeypatch.setattr(crawl, "run_crawl", lambda names, settings, s: crawled.update(s=settings))
    main(["crawl", "nld_com_vn", "-s", 'ARCHIVE_BASE_URLS={"nld_com_vn": "http://127.0.0.1:1"}'])
    assert crawled["s"].getdict("ARCHIVE_BASE_URLS") == {"nld_com_vn": "http://127.0.0.1:1"}


def test_summary_table():
    rows = [
        {
            "site": "nld_com_vn",
            "status": "finished",
            "fetched": 9,
            "new": 6,
            "updated": 0,
            "unchanged": 0,
            "rejected": 3,
            "errors": 0,
            "rejected_reasons": {"http_500": 1, "bad_charset": 2},
            "notes": "robots.txt forbade 1 URL(s)",
        }
    ]
    lines = summary_table(rows).splitlines()
    assert lines[0].split() == [
        "site", "status", "fetched", "new", "updated", "unchanged", "rejected", "errors",
        "rejected", "by", "reason",
    ]  # fmt: skip
    assert lines[2].split()[:8] == ["nld_com_vn", "finished", "9", "6", "0", "0", "3", "0"]
    assert lines[2].endswith("bad_charset 2, http_500 1")
    assert lines[-1] == "  nld_com_vn: robots.txt forbade 1 URL(s)"
    assert format_reasons({}) == "-"


def test_demo_settings_are_fast_and_point_at_the_mirror():
    settings = demo_settings("data/demo.db", {"nld_com_vn": "http://127.0.0.1:8703"})
    assert settings["AUTOTHROTTLE_ENABLED"] is False
    assert settings["DOWNLOAD_DELAY"] == 0
    assert settings["ARCHIVE_BASE_URLS"] == {"nld_com_vn": "http://127.0.0.1:8703"}
    assert serve_commands("data/demo.db")[0] == "make serve DB=data/demo.db"


def test_demo_without_a_mirror_is_a_usage_error(tmp_path, capsys):
    assert main(["demo", "--mirror", str(tmp_path / "none"), "--db", str(tmp_path / "d.db")]) == 2
    assert "no sample mirror" in capsys.readouterr().err


def test_live_crawl_settings_are_polite():
    settings = cli.project_settings()
    assert settings.getbool("ROBOTSTXT_OBEY")
    assert settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert settings.getfloat("DOWNLOAD_DELAY") >= 1
    assert not settings.getbool("COOKIES_ENABLED")  # only a challenge's cookie is ever sent
    assert settings["USER_AGENT"].startswith("congdoan-archive/")
    assert settings["ARCHIVE_CONTACT_URL"] in settings["USER_AGENT"]
    assert settings["ARCHIVE_DB_PATH"] == "data/archive.db"


SEED2 = Path(__file__).parent / "sites" / "generic" / "2021-07-22_ba-dinh-phat-trien-doan-vien"


def test_extract_prints_one_json_object_with_vietnamese_unescaped(capsys):
    fixture = json.loads(SEED2.with_suffix(".json").read_text(encoding="utf-8"))
    assert main(["extract", str(SEED2.with_suffix(".html")), "--url", fixture["url"]]) == 0
    out = capsys.readouterr().out
    record = json.loads(out)
    assert record["site"] == "generic"
    assert record["body"].split("\n\n") == fixture["body_paragraphs"]
    assert "Liên đoàn Lao động quận Ba Đình" in out  # not \\u escapes


def test_extract_finds_the_site_from_the_url(capsys):
    page = Path(__file__).parent / "sites" / "nld_com_vn" / "2021-04-28_doi-thoai-cong-nhan"
    fixture = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    assert main(["extract", str(page.with_suffix(".html")), "--url", fixture["url"]]) == 0
    assert json.loads(capsys.readouterr().out)["layout"] == "nld-2023"


def test_extract_reads_standard_input(monkeypatch, capsys):
    import io

    html = SEED2.with_suffix(".html").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(html)))
    assert main(["extract", "-", "--url", "https://example.vn/a-1.html"]) == 0
    assert json.loads(capsys.readouterr().out)["title"].startswith("Liên đoàn Lao động")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "missing.html", "--url", "https://x.vn/a"], "no such file"),
        (["extract", "x.html", "--url", "laodongthudo.vn/a"], "--url must be"),
        (["extract", "x.html", "--url", "https://x.vn/a", "--site", "nope"], "unknown site"),
        (
            ["extract", "x.html", "--url", "https://x.vn/a", "--fetched-at", "hôm qua"],
            "--fetched-at",
        ),
    ],
)
def test_extract_bad_input_is_one_line_and_exit_2(argv, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.html").write_text("<html></html>")
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


LISTING = """<html><body><nav><a href="/tin-tuc/bai-trong-menu-cong-doan-1001.html">Menu</a></nav>
<main><h3><a href="/tin-tuc/cong-doan-tham-hoi-doan-vien-1002.html">Công đoàn thăm hỏi</a></h3>
<h3><a href="/tin-tuc/trao-hoc-bong-con-cong-nhan-1003.html">Trao học bổng</a></h3>
<a href="/tin-tuc?page=2">Trang sau</a></main>
<aside><h3>Đọc nhiều</h3><a href="/tin-tuc/bai-doc-nhieu-cong-doan-1004.html">Đọc nhiều</a></aside>
</body></html>"""


def test_links_prints_the_listings_own_items_and_next_page(tmp_path, capsys):
    page = tmp_path / "listing.html"
    page.write_text(LISTING, encoding="utf-8")
    assert main(["links", str(page), "--url", "https://congdoan.example.vn/tin-tuc"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out) == {
        "articles": [
            "https://congdoan.example.vn/tin-tuc/cong-doan-tham-hoi-doan-vien-1002.html",
            "https://congdoan.example.vn/tin-tuc/trao-hoc-bong-con-cong-nhan-1003.html",
        ],
        "next_page": "https://congdoan.example.vn/tin-tuc?page=2",
    }
    assert out.startswith('{\n  "articles": [\n')  # indented, one object


def test_links_reads_standard_input(monkeypatch, capsys):
    import io

    stdin = io.TextIOWrapper(io.BytesIO(LISTING.encode()))
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["links", "-", "--url", "https://congdoan.example.vn/tin-tuc"]) == 0
    assert len(json.loads(capsys.readouterr().out)["articles"]) == 2


def test_links_of_a_described_site_use_its_spider(capsys):
    # nld.com.vn's next page is derived from the section's zone id by its spider, not linked.
    listing = Path(__file__).parent / "sites" / "nld_com_vn" / "listing_cong-doan-cong-nhan"
    fixture = json.loads(listing.with_suffix(".json").read_text(encoding="utf-8"))
    assert main(["links", str(listing.with_suffix(".html")), "--url", fixture["url"]]) == 0
    links = json.loads(capsys.readouterr().out)
    assert links == {"articles": fixture["article_links"], "next_page": fixture["next_page"]}
    # --site generic reads the same page by the generic rules: no derived next page.
    argv = ["links", str(listing.with_suffix(".html")), "--url", fixture["url"]]
    assert main([*argv, "--site", "generic"]) == 0
    assert json.loads(capsys.readouterr().out)["next_page"] is None


def test_links_vietnamese_urls_stay_unescaped(tmp_path, capsys):
    page = tmp_path / "listing.html"
    link = '<h3><a href="/tin-tức/công-đoàn-thăm-hỏi-1234.html">Tin</a></h3>'
    page.write_text(f'<meta charset="utf-8"><main>{link}</main>', encoding="utf-8")
    assert main(["links", str(page), "--url", "https://congdoan.example.vn/"]) == 0
    assert "/tin-tức/công-đoàn-thăm-hỏi-1234.html" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["links", "missing.html", "--url", "https://x.vn/tin-tuc"], "no such file"),
        (["links", "x.html", "--url", "x.vn/tin-tuc"], "--url must be"),
        (["links", "x.html", "--url", "https://x.vn/tin-tuc", "--site", "nope"], "unknown site"),
    ],
)
def test_links_bad_input_is_one_line_and_exit_2(argv, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.html").write_text("<html></html>")
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


MIRROR = Path(__file__).parent / "mirror"


@pytest.mark.parametrize("slug", ["laodongthudo_vn", "nld_com_vn"])
def test_check_live_against_the_mirror(slug, capsys):
    from crawler.mirror import start_server

    server = start_server(MIRROR / slug)
    try:
        assert main(["check-live", slug, "--base-url", server.base_url]) == 0
    finally:
        server.shutdown()
        server.server_close()
    out = capsys.readouterr().out
    assert "(chosen)" in out and "PROBLEM" not in out


def test_check_live_reports_a_stale_listing_selector(monkeypatch, capsys):
    page = b"<html><body><h2><a href='/not-an-article'>x</a></h2></body></html>"
    monkeypatch.setattr("crawler.fixtures.fetch", lambda url, ua: page)
    assert main(["check-live", "laodongthudo_vn"]) == 1
    assert "no article links" in capsys.readouterr().out


def test_check_live_without_network_is_exit_3(monkeypatch, capsys):
    def no_network(url, user_agent):
        raise FetchError(url, "cannot resolve the host: no network?", reached=False)

    monkeypatch.setattr("crawler.fixtures.fetch", no_network)
    assert main(["check-live"]) == 3
    assert "no network" in capsys.readouterr().err


def test_every_command_is_documented_in_the_readme():
    import argparse

    from crawler.cli import build_parser

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    [commands] = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    missing = [name for name in commands.choices if f"congdoan {name}" not in readme]
    assert not missing, f"README does not show: {missing}"


# Every command fails in one line: `congdoan: <what>: <why>` on standard error, and a status.


def one_line(capsys, argv: list[str], status: int) -> str:
    """Run `congdoan argv`; assert its status and a single `congdoan: ` line on stderr."""
    assert main(argv) == status
    err = capsys.readouterr().err
    assert err.startswith("congdoan: ") and err.count("\n") == 1, err
    return err


NOT_HTML = {
    "png": (b"\x89PNG\r\n\x1a\n" + bytes(64), "(a PNG image)"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "(a PDF document)"),
    "zip": (b"PK\x03\x04" + bytes(40), "(a ZIP archive or an Office document)"),
    "gzip": (gzip.compress(b"<html><body>tin</body></html>"), "(gzip-compressed data"),
    "empty": (b"", "(empty)"),
    "blank": (b"\n   \n", "(empty)"),
    "binary": (bytes(range(256)), "(binary data)"),
    "text": ("Công đoàn thăm hỏi đoàn viên.".encode(), "(text without a single HTML tag)"),
}


@pytest.mark.parametrize("command", ["extract", "links"])
@pytest.mark.parametrize("kind", NOT_HTML)
def test_input_that_is_not_html_is_refused(command, kind, tmp_path, capsys):
    content, reason = NOT_HTML[kind]
    page = tmp_path / f"page.{kind}"
    page.write_bytes(content)
    err = one_line(capsys, [command, str(page), "--url", "https://x.vn/a-1.html"], 2)
    assert err.startswith(f"congdoan: {page}: not an HTML page {reason}")
    assert capsys.readouterr().out == ""  # no empty record


@pytest.mark.parametrize("command", ["extract", "links"])
def test_empty_standard_input_is_refused(command, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    err = one_line(capsys, [command, "-", "--url", "https://x.vn/a-1.html"], 2)
    assert err == "congdoan: standard input: not an HTML page (empty)\n"


@pytest.mark.parametrize("command", ["extract", "links"])
def test_a_directory_is_not_a_page(command, tmp_path, capsys):
    err = one_line(capsys, [command, str(tmp_path), "--url", "https://x.vn/a-1.html"], 2)
    assert err == f"congdoan: {tmp_path}: is a directory, not a page\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_page_is_one_line(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text("<p>tin</p>")
    page.chmod(0)
    err = one_line(capsys, ["extract", str(page), "--url", "https://x.vn/a-1.html"], 2)
    assert err == f"congdoan: {page}: cannot read: Permission denied\n"


def test_a_page_from_a_pipe_is_read(tmp_path, capsys):
    # `congdoan extract <(curl -s URL) --url URL`: the shell passes a pipe, not a file.
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    html = SEED2.with_suffix(".html").read_bytes()
    writer = threading.Thread(target=fifo.write_bytes, args=(html,))
    writer.start()
    assert main(["extract", str(fifo), "--url", "https://example.vn/a-1.html"]) == 0
    writer.join()
    assert json.loads(capsys.readouterr().out)["title"].startswith("Liên đoàn Lao động")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ("<p>Công đoàn</p>".encode(), None),  # a fragment is HTML
        ("\ufeff<!DOCTYPE html><html>".encode("utf-16"), None),  # UTF-16 has NUL bytes
        (b"<?xml version='1.0'?><rss><channel>", None),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "a WebP image"),
        (b"SQLite format 3\x00" + bytes(100), "a SQLite database"),
    ],
)
def test_not_html_reason(data, reason):
    assert not_html_reason(data) == reason


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "x.html", "--url", "https://x.vn:99999/a"], "--url: bad port in"),
        (["extract", "x.html", "--url", "https:///a"], "--url must be an http(s) address"),
        (["links", "x.html", "--url", "mailto:tin@x.vn"], "--url must be an http(s) address"),
    ],
)
def test_bad_page_urls_are_one_line(argv, message, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.html").write_text("<html></html>")
    assert message in one_line(capsys, argv, 2)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract"], "congdoan: extract: the following arguments are required: page, --url"),
        (["no-such-command"], "congdoan: argument command: invalid choice: 'no-such-command'"),
        (["demo", "--port", "eighty"], "congdoan: demo: argument --port: "),
        ([], "congdoan: the following arguments are required: command"),
    ],
)
def test_argument_errors_are_one_line(argv, message, capsys):
    assert one_line(capsys, argv, 2).startswith(message)


def test_help_still_works(capsys):
    assert main(["extract", "--help"]) == 0
    assert "--url" in capsys.readouterr().out


def test_port_number():
    assert port_number("8701") == 8701
    for bad in ("0", "70000", "-1", "80a"):
        with pytest.raises(argparse.ArgumentTypeError, match="from 1 to 65535"):
            port_number(bad)


# -s NAME=VALUE: a value the setting cannot take is a bad argument, found before any crawl.


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("ARCHIVE_BATCH_SIZE=abc", "-s ARCHIVE_BATCH_SIZE=abc: expected a whole number"),
        ("ROBOTSTXT_OBEY=maybe", "-s ROBOTSTXT_OBEY=maybe: expected true or false"),
        ("DOWNLOAD_DELAY=slow", "-s DOWNLOAD_DELAY=slow: expected a number"),
        ("ARCHIVE_BASE_URLS=nld", "-s ARCHIVE_BASE_URLS=nld: expected a JSON object"),
        ('ARCHIVE_BASE_URLS=["x"]', "expected a JSON object"),
        ("LOG_LEVEL=LOUD", "-s LOG_LEVEL=LOUD: not a level"),
        ("ARCHIVE_BATCH_SIZ=5", "no such setting; did you mean ARCHIVE_BATCH_SIZE?"),
        ("archive_db_path=x.db", "no such setting; did you mean ARCHIVE_DB_PATH?"),
    ],
)
def test_bad_settings_are_one_line(setting, message, monkeypatch, capsys):
    monkeypatch.setattr(crawl, "run_crawl", lambda *a, **k: pytest.fail("crawled"))
    assert message in one_line(capsys, ["crawl", "--skip-network-check", "-s", setting], 2)


def test_good_settings_pass():
    settings = cli.project_settings(
        {"ROBOTSTXT_OBEY": "false", "ARCHIVE_BATCH_SIZE": "7", "LOG_LEVEL": "warning"}
    )
    assert settings.getbool("ROBOTSTXT_OBEY") is False
    assert settings.getint("ARCHIVE_BATCH_SIZE") == 7
    # A name like no known setting may be an add-on's: it is let through.
    assert cli.project_settings({"MYADDON_ENABLED": "1"})["MYADDON_ENABLED"] == "1"


# check, check-live and fixture: files, URLs, servers that answer badly, no network.

ARTICLE = Path(__file__).parent / "sites" / "nld_com_vn" / "2026-03-20_phuc-loi-doan-vien.html"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "--site", "nld_com_vn", "--page", "missing.html"], "no such file: missing.html"),
        (["check", "--site", "nld_com_vn", "--page", "x.png"], "x.png: not an HTML page (a PNG"),
        (["check", "--site", "nld_com_vn", "--url", "ftp://x.vn/a"], "URL must be an http(s)"),
        (["check", "--site", "nope", "--page", "x.png"], "unknown site 'nope'"),
        (["check", "--site", "generic", "--page", "x.png"], "check needs a described site"),
    ],
)
def test_check_bad_input_is_one_line(argv, message, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert message in one_line(capsys, argv, 2)


def test_check_a_page_no_layout_matches_is_exit_1(tmp_path, capsys):
    page = tmp_path / "other.html"
    page.write_text("<html><body><p>Không phải bài báo</p></body></html>", encoding="utf-8")
    err = one_line(capsys, ["check", "--site", "nld_com_vn", "--page", str(page)], 1)
    assert "no layout of this site matches" in err


def test_check_a_live_page(capsys):
    with serve({"/a.htm": (200, "text/html", ARTICLE.read_bytes())}) as base:
        assert main(["check", "--site", "nld_com_vn", "--url", f"{base}/a.htm"]) == 0
    assert "(chosen)" in capsys.readouterr().out


def test_check_a_url_that_answers_404_is_exit_1(capsys):
    with serve({}) as base:
        err = one_line(capsys, ["check", "--site", "nld_com_vn", "--url", f"{base}/a.htm"], 1)
    assert err == f"congdoan: cannot fetch {base}/a.htm: HTTP 404 Not Found\n"


def test_check_a_url_nobody_answers_is_exit_3(capsys):
    url = closed_port_url()
    err = one_line(capsys, ["check", "--site", "nld_com_vn", "--url", url], 3)
    assert err.startswith(f"congdoan: cannot fetch {url}: ") and "refused" in err.lower()


def test_check_live_bad_base_url_is_one_line(capsys):
    argv = ["check-live", "nld_com_vn", "--base-url", "127.0.0.1:8703"]
    assert "--base-url must be an http(s) address" in one_line(capsys, argv, 2)


def test_check_live_a_site_that_answers_an_error_is_a_failed_site_not_no_network(capsys):
    with serve({}) as base:  # every path answers 404
        assert main(["check-live", "nld_com_vn", "--base-url", base]) == 1
    captured = capsys.readouterr()
    assert "PROBLEM  cannot fetch" in captured.out and "HTTP 404" in captured.out
    assert captured.err == ""


FIXTURE_URL_PATH = "/phuc-loi-doan-vien-196260320091500123.htm"


def test_fixture_saves_a_live_page(tmp_path, capsys):
    routes = {FIXTURE_URL_PATH: (200, "text/html; charset=utf-8", ARTICLE.read_bytes())}
    with serve(routes) as base:
        argv = ["fixture", "nld_com_vn", base + FIXTURE_URL_PATH, "--dir", str(tmp_path)]
        assert main(argv) == 0
    [saved] = (tmp_path / "nld_com_vn").glob("*.html")
    assert saved.read_bytes() == ARTICLE.read_bytes() and saved.with_suffix(".json").exists()
    assert capsys.readouterr().out.startswith(f"saved {saved}")


@pytest.mark.parametrize(
    ("route", "status", "message"),
    [
        ((404, "text/html", b"no"), 1, "HTTP 404 Not Found"),
        ((503, "text/html", b"busy"), 1, "HTTP 503 Service Unavailable"),
        ((200, "application/pdf", b"%PDF-1.7\n"), 2, "not an HTML page (a PDF document)"),
    ],
)
def test_fixture_of_a_page_it_cannot_use_is_one_line(route, status, message, tmp_path, capsys):
    with serve({"/a.htm": route}) as base:
        argv = ["fixture", "nld_com_vn", f"{base}/a.htm", "--dir", str(tmp_path)]
        assert message in one_line(capsys, argv, status)
    assert not list(tmp_path.iterdir())  # nothing saved


def test_fixture_without_network_is_exit_3(monkeypatch, capsys):
    def no_dns(*args, **kwargs):
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    err = one_line(capsys, ["fixture", "nld_com_vn", "https://nld.com.vn/a-1.htm"], 3)
    assert err.endswith(
        "cannot resolve the host (Temporary failure in name resolution): no network?\n"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["fixture", "nope", "https://x.vn/a"], "unknown site 'nope'"),
        (["fixture", "generic", "x.vn/a"], "URL must be an http(s) address"),
        (["fixture", "generic", "https://x.vn/a", "--name", "../a"], "--name is a file stem"),
    ],
)
def test_fixture_bad_arguments_are_one_line(argv, message, capsys):
    assert message in one_line(capsys, argv, 2)


def test_fixture_that_exists_or_cannot_be_written_is_one_line(tmp_path, capsys):
    routes = {FIXTURE_URL_PATH: (200, "text/html", ARTICLE.read_bytes())}
    with serve(routes) as base:
        url = base + FIXTURE_URL_PATH
        argv = ["fixture", "nld_com_vn", url, "--dir", str(tmp_path), "--name", "a"]
        assert main(argv) == 0
        assert "exists; pass another name" in one_line(capsys, argv, 2)
        (tmp_path / "plain-file").write_text("x")
        argv = ["fixture", "nld_com_vn", url, "--dir", str(tmp_path / "plain-file")]
        assert "cannot write" in one_line(capsys, argv, 2)


# The archive a command is about to write: refused in one line unless it is one.


def make_path(kind: str, path: Path) -> None:
    """Put at `path` what `kind` names (nothing for "missing")."""
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "not-sqlite":
        path.write_bytes(b"%PDF-1.7\n")
    elif kind == "other-sqlite":
        db = sqlite3.connect(path)
        db.execute("create table clients (id integer primary key)")
        db.commit()
        db.close()
    elif kind == "directory":
        path.mkdir()
    elif kind == "archive":
        Archive(path).close()


@pytest.mark.parametrize(
    ("kind", "reextract_error", "crawl_error"),
    [
        ("missing", "no archive there", None),
        ("empty", "an empty file, not an archive", None),
        ("not-sqlite", "not a SQLite database", "not a SQLite database"),
        ("other-sqlite", "a SQLite database that is not an archive", "a SQLite database that"),
        ("directory", "a directory, not an archive file", "a directory, not an archive file"),
        ("archive", None, None),
    ],
)
def test_require_archive(kind, reextract_error, crawl_error, tmp_path):
    # reextract needs an archive; a crawl may also start one in a missing or empty file.
    path = tmp_path / "x.db"
    make_path(kind, path)
    before = sorted((p.name, p.read_bytes()) for p in tmp_path.rglob("*") if p.is_file())
    for may_create, error in ((False, reextract_error), (True, crawl_error)):
        if error is None:
            assert require_archive(path, may_create=may_create) == path
            continue
        with pytest.raises(UsageError) as raised:
            require_archive(path, may_create=may_create)
        assert str(raised.value).startswith(f"{path}: {error}")
    after = sorted((p.name, p.read_bytes()) for p in tmp_path.rglob("*") if p.is_file())
    assert after == before  # refused or not, nothing was written


def test_require_archive_read_only(tmp_path, monkeypatch):
    path = tmp_path / "x.db"
    Archive(path).close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, m: p != path and real_access(p, m))
    with pytest.raises(UsageError, match="read-only file"):
        require_archive(path)


def test_reextract_of_a_missing_archive_is_one_line(tmp_path, capsys):
    err = one_line(capsys, ["reextract", "--db", str(tmp_path / "none.db")], 2)
    assert "no archive" in err


# The dispatcher: what a command lets through becomes one line and a status.


@pytest.fixture
def extract_raises(monkeypatch, tmp_path):
    """`congdoan extract` on a good page, made to raise the given exception."""
    page = tmp_path / "a.html"
    page.write_text("<p>Công đoàn</p>", encoding="utf-8")

    def raising(error):
        def fail(*args, **kwargs):
            raise error

        monkeypatch.setattr("crawler.commands.extract.extract_article", fail)
        return ["extract", str(page), "--url", "https://x.vn/a-1.html"]

    return raising


class LockHeld(Exception):
    exit_code = 75  # as a lower layer says its own status (storage's lock, for one)


@pytest.mark.parametrize(
    ("error", "status", "line"),
    [
        (RuntimeError("boom"), 70, "unexpected error (RuntimeError: boom); rerun with --debug"),
        (ValueError("two\nlines"), 70, "unexpected error (ValueError: two lines)"),
        (LockHeld("data/a.db is in use by another run"), 75, "data/a.db is in use by another run"),
        (sqlite3.OperationalError("database is locked"), 75, "the archive is busy"),
        (sqlite3.DatabaseError("file is not a database"), 2, "archive: file is not a database"),
        (PermissionError(13, "Permission denied", "data/a.db"), 2, "data/a.db: Permission denied"),
        (OSError(28, "No space left on device"), 1, "No space left on device"),
        (KeyboardInterrupt(), 130, "interrupted"),
        (RuntimeError("x" * 5000), 70, "unexpected error (RuntimeError: xxx"),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, BaseException) else str(v),
)
def test_what_a_command_lets_through_is_one_line(error, status, line, extract_raises, capsys):
    err = one_line(capsys, extract_raises(error), status)
    assert err.startswith(f"congdoan: {line}")
    assert len(err) <= cli.MAX_MESSAGE_CHARS + len("congdoan: \n")


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_shows_the_traceback(where, extract_raises):
    argv = extract_raises(RuntimeError("boom"))
    argv = ["--debug", *argv] if where == "before" else [argv[0], "--debug", *argv[1:]]
    with pytest.raises(RuntimeError, match="boom"):
        main(argv)


def test_debug_of_a_known_error_adds_the_traceback(extract_raises, capsys):
    assert main(["--debug", *extract_raises(UsageError("bad thing"))]) == 2
    err = capsys.readouterr().err
    assert "Traceback" in err and err.endswith("congdoan: bad thing\n")


# Real processes: what a shell sees.


def congdoan(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler", *args],
        cwd=Path(__file__).parents[1],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", str(SEED2.with_suffix(".html")), "--url", "https://example.vn/a-1.html"],
        ["links", str(SEED2.with_suffix(".html")), "--url", "https://example.vn/a-1.html"],
        ["sites", "--json"],
    ],
    ids=["extract", "links", "sites"],
)
def test_a_reader_that_goes_away_ends_the_command_quietly(argv):
    # `congdoan extract … | head -c1`: the reader closes the pipe; here it is closed before the
    # command writes at all, so the case is the same on every run.
    process = congdoan(*argv)
    process.stdout.close()
    err = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=60) == 141
    assert err == b""


def test_a_real_process_fails_in_one_line(tmp_path):
    page = tmp_path / "photo.html"
    page.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    process = congdoan("extract", str(page), "--url", "https://x.vn/a-1.html")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert out == b""
    assert err.decode() == f"congdoan: {page}: not an HTML page (a PNG image)\n"
