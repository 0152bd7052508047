"""The `congdoan` command: extract, arguments, the no-network exit, the run summary."""

import json
import socket
from pathlib import Path

import pytest

from crawler import cli
from crawler.cli import crawl_outcome, main
from crawler.commands import crawl
from crawler.commands.demo import demo_settings, serve_commands
from crawler.report import format_reasons, summary_table


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
    assert err.startswith("congdoan: cannot resolve laodongthudo.vn, nld.com.vn: no network?")


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


@pytest.mark.parametrize(
    ("stats", "outcome"),
    [
        ({"finish_reason": "finished", "response_received_count": 3}, None),
        ({"finish_reason": "closespider_pagecount", "response_received_count": 9}, None),
        ({"finish_reason": "shutdown", "response_received_count": 3}, "stopped (shutdown)"),
        (
            {"finish_reason": "finished", "archive/request_errors": 5},
            "no page could be fetched (5 errors)",
        ),
    ],
)
def test_crawl_outcome(stats, outcome):
    assert crawl_outcome(stats) == outcome


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
        raise OSError("Name or service not known")

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
