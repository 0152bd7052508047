"""crawler.unionstats: an article's figures travel with it into the archive, from a crawl of
127.0.0.1 (end to end, in a subprocess) and from `congdoan reextract`."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import crawler.extraction.unionstats as rules
from crawler.cli import described_sites
from crawler.extraction import extract_article
from crawler.mirror import start_server
from crawler.pipelines import archive_row
from crawler.reextract import reextract
from crawler.unionstats import article_figures, extractor_version, with_figures
from storage import Archive
from storage.unionstats import ARTICLE_KEY

ROOT = Path(__file__).resolve().parent.parent
SITES = Path(__file__).resolve().parent / "sites"
# Seed 1 of issue 10: the same story on a MasterCMS portal and on laodongthudo.vn.
PORTAL_PAGE = SITES / "generic" / "2022-07-18_mastercms-hoai-duc-phat-trien-doan-vien.html"
LDTD_PAGE = SITES / "laodongthudo_vn" / "2022-07-18_hoai-duc-phat-trien-doan-vien"
ARTICLE_PATH = "/phat-trien-doan-vien/ldld-huyen-hoai-duc-no-luc-phat-trien-doan-vien-52817.html"
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=INFO"]
INDEX = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Tin hoạt động công đoàn</title></head><body>
<h1>Tin hoạt động công đoàn</h1>
<ul><li><a href="{path}">LĐLĐ huyện Hoài Đức nỗ lực phát triển đoàn viên</a></li></ul>
</body></html>"""


def is_seed_figure(figure) -> bool:
    return (figure["metric"], figure["achieved"], figure["target"], figure["percent"]) == (
        "doan_vien_ket_nap",
        310,
        512,
        60.5,
    )


def test_with_figures_carries_the_version_and_the_figures_of_the_body():
    record = {"url": "https://x.vn/a", "title": "LĐLĐ huyện Hoài Đức", "body": "Kết nạp."}
    carried = with_figures(record)[ARTICLE_KEY]
    assert carried == {"version": extractor_version(), "figures": article_figures(record)}
    assert with_figures({**record, "body": ""})[ARTICLE_KEY]["figures"] == []


def test_the_version_is_a_digest_of_the_rules_source():
    version = extractor_version()
    assert version.startswith("src-") and len(version) == 16


def test_a_rules_failure_keeps_the_article_and_its_stored_figures(monkeypatch, caplog):
    def broken(text, *, title=None, lead=None):
        raise IndexError("a rule's bug")

    monkeypatch.setattr(rules, "union_stats", broken)
    row = with_figures({"url": "https://x.vn/a", "title": "T", "body": "Kết nạp 3 đoàn viên."})
    assert row[ARTICLE_KEY] is None  # storage leaves the stored figures as they are
    assert "no union statistics for https://x.vn/a: a rule's bug" in caplog.text


def test_a_figure_of_another_shape_is_not_carried(monkeypatch, caplog):
    monkeypatch.setattr(rules, "union_stats", lambda text, **context: [{"metric": "x", "n": 1}])
    assert with_figures({"url": "https://x.vn/a", "title": "T", "body": "B"})[ARTICLE_KEY] is None
    assert "fields with no column: n" in caplog.text


def test_the_crawl_row_carries_the_figures_of_its_capped_text():
    html = PORTAL_PAGE.read_bytes()
    record = extract_article(html, "http://127.0.0.1:1" + ARTICLE_PATH, None)
    row = archive_row(record)
    assert row[ARTICLE_KEY]["figures"] == article_figures(row)


# End to end: a crawl of a portal on 127.0.0.1


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """`congdoan crawl generic` of a one-article portal serving the seed-1 page."""
    folder = tmp_path_factory.mktemp("portal")
    article = folder / ARTICLE_PATH.lstrip("/")
    article.parent.mkdir(parents=True)
    shutil.copyfile(PORTAL_PAGE, article)  # at test time only: the page stays in tests/sites
    (folder / "index.html").write_text(INDEX.format(path=ARTICLE_PATH), encoding="utf-8")
    server = start_server(folder)
    db_path = tmp_path_factory.mktemp("crawled") / "archive.db"
    try:
        command = [sys.executable, "-m", "crawler", "crawl", "generic", "--quiet"]
        command += ["--start-url", server.base_url + "/", "--db", str(db_path), *FAST]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.stderr[-2000:]
    return db_path


def test_a_crawled_article_gets_its_figures_in_the_archive(crawled):
    with Archive(crawled) as archive:
        [article] = list(archive.db.query("select * from articles"))
        rows = list(archive.db.query("select * from union_stats order by position"))
    assert article["url"].endswith(ARTICLE_PATH)
    expected = article_figures(article)
    assert [(r["metric"], r["achieved"], r["text_span"]) for r in rows] == [
        (
            f["metric"],
            f["achieved"] if not isinstance(f["achieved"], dict) else None,
            f["text_span"],
        )
        for f in expected
    ]
    assert all(r["url"] == article["url"] and r["site"] == "generic" for r in rows)
    assert all(r["published_at"] == article["published_at"] for r in rows)


def test_the_crawl_stores_the_seed_figure(crawled):
    # Needs the extractor's rules: red while they are a stub.
    with Archive(crawled) as archive:
        rows = list(archive.db.query("select * from union_stats"))
    [seed] = [r for r in rows if is_seed_figure(r)]
    assert "310/512 đoàn viên" in seed["text_span"] and seed["year"] == 2022
    assert seed["extractor_version"] == extractor_version()


# Re-extraction


def test_reextract_stores_the_figures_of_the_current_rules(tmp_path, monkeypatch):
    fixture = json.loads(LDTD_PAGE.with_suffix(".json").read_text(encoding="utf-8"))
    html = LDTD_PAGE.with_suffix(".html").read_bytes()
    site = described_sites()["laodongthudo_vn"]
    record = extract_article(html, fixture["url"], site)
    page = {"url": fixture["url"], "fetched_at": "2026-11-22T02:00:00+00:00", "status": 200}
    page |= {"headers": {"Content-Type": "text/html; charset=utf-8"}, "body": html}
    with Archive(tmp_path / "a.db") as archive:
        archive.save_article(record, page, "2026-11-22T02:00:01+00:00")  # no figures yet
        assert archive.db["union_stats"].count == 0
        assert reextract(archive, described_sites()) == {"unchanged": 1}
        stored = [r["text_span"] for r in archive.db.query("select * from union_stats")]
        assert stored == [f["text_span"] for f in article_figures(record)]

        # Newer rules, same text: the article is unchanged, its figures are the new rules'.
        def newer(text, *, title=None, lead=None):
            return [{"metric": "other", "label": "đối thoại", "sentence": text[:40]}]

        monkeypatch.setattr(rules, "union_stats", newer)
        assert reextract(archive, described_sites()) == {"unchanged": 1}
        [row] = archive.db.query("select * from union_stats")
        assert (row["metric"], row["label"], row["position"]) == ("other", "đối thoại", 1)


def test_a_figure_of_the_sa_po_counts_once_and_comes_first():
    article = {
        "title": "LĐLĐ tỉnh Bắc Ninh sơ kết 6 tháng",
        "lead": "6 tháng đầu năm, LĐLĐ tỉnh đã kết nạp 5.000 đoàn viên, thành lập 40 CĐCS.",
        "body": "Cụ thể, LĐLĐ tỉnh đã kết nạp 5.000 đoàn viên.\n"
        "Các cấp công đoàn tập huấn cho 300 cán bộ.",
    }
    found = [(f["metric"], f["achieved"]) for f in article_figures(article)]
    # 5.000 members: said in the sa-pô and again in the body, kept once (as the body's);
    # the 40 unions founded: said only in the sa-pô.
    assert found == [("cdcs_thanh_lap", 40), ("doan_vien_ket_nap", 5000), ("can_bo_tap_huan", 300)]
    assert article_figures({"body": "", "lead": ""}) == []
