"""`congdoan serve` and the Datasette plugin's pages on a small archive with any file name:
metadata, the articles list, the reading view, raw pages, the dashboard, escaping."""

import asyncio
import json
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from dataclasses import replace
from html import unescape
from pathlib import Path
from urllib.parse import urlencode

import pytest
from datasette.app import Datasette
from datasette.utils import tilde_encode

from crawler.cli import main
from storage import Archive
from storage import search as engine
from storage.archive import sha256_hex
from storage.datasette_plugin import searching
from storage.datasette_plugin.searching import Form, match_counts, total
from storage.migrations import SEARCH_TABLE
from tests import serve_archive as sample

DB_NAME = "tin-cong-doan"  # neither "archive" nor "demo": metadata must not depend on it
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory):
    return sample.build(tmp_path_factory.mktemp("serve") / f"{DB_NAME}.db")


def fetch(paths, *files):
    """GET each of `paths` from Datasette serving `files` as `datasette serve FILES` does (the
    plugin is loaded through its entry point); a list of responses."""

    async def run():
        datasette = Datasette([str(f) for f in files])
        await datasette.invoke_startup()
        return [await datasette.client.get(path) for path in paths]

    return asyncio.run(run())


def get(archive_path, path, status=200):
    [response] = fetch([path], archive_path)
    assert response.status_code == status, response.text[:500]
    return response


def row_path(url, table="articles"):
    return f"/{DB_NAME}/{table}/{tilde_encode(url)}"


def no_live_markup(html):
    """Stored text never reaches the page as markup: no script or tag of the hostile article."""
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "<b>thẻ</b>" not in html and "<i>Tác giả</i>" not in html
    assert 'href="javascript:' not in html and 'src="javascript:' not in html


# The plugin and the metadata


def test_the_plugin_is_loaded_through_its_entry_point(archive_path):
    plugins = get(archive_path, "/-/plugins.json").json()
    [plugin] = [p for p in plugins if p["name"] == "congdoan-archive"]
    assert plugin["templates"] and "render_cell" in plugin["hooks"]


def test_metadata_applies_whatever_the_file_is_called(archive_path):
    data = get(archive_path, f"/{DB_NAME}/articles.json?_shape=objects").json()
    assert data["human_description_en"] == "sorted by published_at descending"
    assert set(data["facet_results"]) == {"site", "category", "published_month"}
    metadata = get(archive_path, "/-/metadata.json").json()
    assert metadata["title"] == "congdoan-archive"
    assert metadata["databases"][DB_NAME]["tables"]["articles"]["label_column"] == "title"


def test_a_database_that_is_not_an_archive_is_left_alone(archive_path, tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("create table articles (url text primary key, title text, tags text)")
        conn.execute("insert into articles values ('u', 't', '[\"a\"]')")
    conn.close()
    table, search, metadata = fetch(
        ["/other/articles", "/other/-/search", "/-/metadata.json"], archive_path, other
    )
    assert "congdoan-list" not in table.text and "congdoan.css" not in table.text
    assert search.status_code == 404
    assert "other" not in metadata.json()["databases"]


# The articles list


def test_the_articles_list_shows_readable_columns_not_bodies(archive_path):
    html = get(archive_path, f"/{DB_NAME}/articles").text
    assert "Công đoàn Ba Đình chăm lo Tết cho đoàn viên" in html
    assert f'href="{row_path(sample.BA_DINH["url"])}"' in html
    assert "Mỗi suất quà trị giá 1 triệu đồng" not in html  # the body
    headers = re.findall(r'<th [^>]*data-column="([^"]+)"', html)
    assert headers == ["title", "site", "published_at", "category", "author", "tags"]
    no_live_markup(html)


def test_the_url_can_still_choose_every_column(archive_path):
    html = get(archive_path, f"/{DB_NAME}/articles?_col=body&_col=title").text
    assert "Mỗi suất quà trị giá 1 triệu đồng" in html
    assert "congdoan-list" not in html


def test_json_columns_are_lists_with_escaped_items(archive_path):
    html = get(archive_path, f"/{DB_NAME}/articles?_col=tags&_col=images").text
    assert '<ul class="congdoan-list"><li>Tết Sum vầy</li><li>Ba Đình</li></ul>' in html
    assert '<a href="https://laodong.vn/anh/tet.jpg"' in html
    assert "<li>&lt;b&gt;thẻ&lt;/b&gt;</li>" in html
    # An image whose url is not http(s) keeps its caption, as text.
    assert "<li>&lt;em&gt;chú thích&lt;/em&gt;</li>" in html
    no_live_markup(html)


def test_json_api_is_unchanged(archive_path):
    data = get(archive_path, f"/{DB_NAME}/articles.json?_shape=objects").json()
    row = next(r for r in data["rows"] if r["url"] == sample.BA_DINH["url"])
    assert json.loads(row["tags"]) == ["Tết Sum vầy", "Ba Đình"]
    assert row["body"].startswith("Sáng 15/1")


# The reading view


def test_an_article_reads_as_an_article(archive_path):
    html = get(archive_path, row_path(sample.BA_DINH["url"])).text
    article = html[html.index('<article class="congdoan-article"') : html.index("</article>")]
    assert "<h1>Công đoàn Ba Đình chăm lo Tết cho đoàn viên</h1>" in article
    assert 'class="congdoan-lead">Liên đoàn Lao động quận Ba Đình trao 500' in article
    assert "Minh Hòa" in article and "2026-01-15 09:30" in article
    assert "Báo Lao Động" in article and "Công đoàn" in article
    paragraphs = re.findall(r"<p>([^<]+)</p>", article)
    assert paragraphs == sample.BA_DINH["body"].split("\n")
    assert "<li>Tết Sum vầy</li><li>Ba Đình</li>" in article
    assert article.count("<figure") == 2
    assert "<figcaption>Trao quà Tết cho đoàn viên.</figcaption>" in article
    assert f'href="{sample.BA_DINH["url"]}"' in article  # the original
    assert f"/{DB_NAME}/-/raw/{sha256_hex(sample.RAW_PAGE)}" in article


def test_an_article_lists_its_earlier_versions(archive_path):
    html = get(archive_path, row_path(sample.BA_DINH["url"])).text
    revisions = html[html.index("Earlier versions") :]
    assert sample.OLD_TITLE in revisions
    assert "then changed: title" in revisions
    link = re.search(r'href="(/[^"]+/article_revisions/\d+)"', revisions).group(1)
    old = get(archive_path, link).text
    assert f"<h1>{sample.OLD_TITLE}</h1>" in old
    assert "An earlier version of this article" in old
    assert f'href="{row_path(sample.BA_DINH["url"])}"' in old


def test_an_article_without_revisions_or_page_has_neither(archive_path):
    html = get(archive_path, row_path(sample.HOA_CHAT["url"])).text
    assert "Cảnh báo hóa chất độc hại" in html
    assert "Earlier versions" not in html and "/-/raw/" not in html


def test_the_hostile_article_is_escaped_everywhere(archive_path):
    html = get(archive_path, row_path(sample.HOSTILE["url"])).text
    assert "<h1>&lt;script&gt;alert(&#34;tiêu đề&#34;)&lt;/script&gt; Đoàn viên &amp;" in html
    assert "Đoạn hai &lt;/p&gt;&lt;script&gt;alert(&#39;thân bài&#39;)&lt;/script&gt;" in html
    assert "<figcaption>&lt;em&gt;chú thích&lt;/em&gt;</figcaption>" in html
    assert "<img src=" not in html.split('<article class="congdoan-article"')[1].split("</ar")[0]
    no_live_markup(html)


# Raw pages


def test_a_raw_page_is_text_never_html(archive_path):
    sha = sha256_hex(sample.RAW_PAGE)
    plain = get(archive_path, f"/{DB_NAME}/-/raw/{sha}.txt")
    assert plain.headers["content-type"] == "text/plain; charset=utf-8"
    assert plain.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in plain.headers["content-security-policy"]
    assert plain.text == sample.RAW_PAGE.decode()
    html = get(archive_path, f"/{DB_NAME}/-/raw/{sha}").text
    assert "&lt;script&gt;document.title=" in html
    assert "<script>document.title" not in html
    assert "Công đoàn Ba Đình chăm lo Tết cho đoàn viên" in html  # the article it holds


def test_page_bodies_link_to_the_text_instead_of_binary(archive_path):
    html = get(archive_path, f"/{DB_NAME}/page_bodies").text
    assert f'href="/{DB_NAME}/-/raw/{sha256_hex(sample.RAW_PAGE)}"' in html
    assert "&lt;Binary" not in html


def test_unknown_raw_pages_are_404(archive_path):
    get(archive_path, f"/{DB_NAME}/-/raw/{'0' * 64}", status=404)
    get(archive_path, f"/{DB_NAME}/-/raw/not-a-sha", status=404)


# The dashboard


def test_the_dashboard_counts_articles_per_month_and_site(archive_path):
    html = get(archive_path, f"/{DB_NAME}/-/dashboard").text
    table = html[html.index('class="rows-and-columns congdoan-months"') :]
    table = table[: table.index("</table>")]
    assert re.findall(r"<th scope=\"col\">([^<]+)</th>", table) == [
        "site",
        "12/2025",
        "01/2026",
        "02/2026",
        "03/2026",
        "total",
    ]
    nld = table[table.index("Người Lao Động") :].split("</tr>")[0]
    assert re.findall(r"--heat: \d+\">(\d*)</td>", nld) == ["", "", "2", ""]
    assert "5 articles in the archive" in html


def test_the_dashboard_shows_each_sites_crawl_health(archive_path):
    html = get(archive_path, f"/{DB_NAME}/-/dashboard").text
    health = html[html.index("congdoan-health") :]
    for site in sample.SITES:
        assert site["name"] in health
    assert health.count("congdoan-verdict-ok") == 3
    assert "100.0%" in health


def test_instance_pages_go_to_the_first_archive(archive_path):
    response = get(archive_path, "/-/search?q=c%C3%B4ng", status=302)
    assert response.headers["location"] == f"/{DB_NAME}/-/search?q=c%C3%B4ng"
    response = get(archive_path, "/-/dashboard", status=302)
    assert response.headers["location"] == f"/{DB_NAME}/-/dashboard"


def test_the_menu_and_database_page_link_the_plugin_pages(archive_path):
    html = get(archive_path, f"/{DB_NAME}").text
    assert f'href="/{DB_NAME}/-/search"' in html and f'href="/{DB_NAME}/-/dashboard"' in html


# The command


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_refuses_what_is_not_an_archive(tmp_path, capsys):
    assert main(["serve", str(tmp_path / "missing.db")]) == 2
    assert "missing.db: no archive there" in capsys.readouterr().err
    (tmp_path / "notes.db").write_text("hello")
    assert main(["serve", str(tmp_path / "notes.db")]) == 2
    assert "not a SQLite database" in capsys.readouterr().err


def test_serve_refuses_a_port_in_use(archive_path, capsys):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", str(archive_path), "--port", str(port)]) == 2
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err


def test_serve_answers_until_interrupted(archive_path):
    """`congdoan serve` in its own process: the plugin's pages answer, Ctrl-C stops it (0)."""
    port = free_port()
    command = [sys.executable, "-m", "crawler", "serve", str(archive_path), "--port", str(port)]
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        base = f"http://127.0.0.1:{port}/{DB_NAME}"
        html = wait_for(f"{base}/-/dashboard", process)
        assert "Crawl health" in html
        assert "Minh Hòa" in wait_for(base + row_path(sample.BA_DINH["url"])[len(DB_NAME) + 1 :])
        articles = wait_for(f"{base}/articles")
        assert "congdoan-list" in articles and "Suggested facets" not in articles
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=20)
    assert process.returncode == 0, output
    assert f"Serving {archive_path} at http://127.0.0.1:{port}/{DB_NAME}" in output


def wait_for(url, process=None, seconds=20.0):
    """The text of `url` once the server answers it."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode()
        except OSError:
            if process is not None and process.poll() is not None:
                raise AssertionError(process.stdout.read()) from None
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_make_serve_runs_congdoan_serve():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nserve:", 1)[1].split("\n")[1]
    assert recipe.strip() == "$(BIN)/congdoan serve $(DB) --host $(HOST) --port $(PORT)"


# The search page (storage.search behind it)


def hits(archive_path, query, **filters):
    """The titles the search page lists for `query`, best first, as text, and the page."""
    args = urlencode({"q": query, **filters})
    html = get(archive_path, f"/{DB_NAME}/-/search?{args}").text
    titles = re.findall(
        r'<li class="congdoan-hit">\s*<h2><a href="[^"]+">(.*?)</a></h2>', html, re.S
    )
    return [unescape(re.sub(r"</?mark>", "", title)) for title in titles], html


@pytest.mark.parametrize(
    "query, expected",
    [
        ("công đoàn", [sample.BA_DINH]),
        ("cong doan", [sample.BA_DINH]),  # typed without diacritics
        ("hòa", [sample.HOA_GIAI]),  # hòa and hoà, never hóa
        ("hoà", [sample.HOA_GIAI]),
        ("hóa chất", [sample.HOA_CHAT]),
        ("LĐLĐ", [sample.BA_DINH]),  # "LĐLĐ" and "Liên đoàn Lao động"
        ("ldld", [sample.BA_DINH]),
        ("Liên đoàn Lao động", [sample.BA_DINH]),
    ],
)
def test_search_finds_accented_unaccented_and_abbreviated_words(archive_path, query, expected):
    titles, _ = hits(archive_path, query)
    assert titles == [article["title"] for article in expected]


def test_a_phrase_ranks_first(archive_path):
    for query in ("Ba Đình", "ba dinh"):
        titles, _ = hits(archive_path, query)
        assert titles[0] == sample.BA_DINH["title"], query
        assert sample.HOA_CHAT["title"] not in titles


def test_matched_words_are_marked_in_snippets_also_when_folded(archive_path):
    _, html = hits(archive_path, "doan vien")
    marks = {
        w.lower() for m in re.findall(r"<mark>(.*?)</mark>", html) for w in unescape(m).split()
    }
    assert {"đoàn", "viên"} <= marks
    assert '<li class="congdoan-hit">' in html


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "AND",
        "NOT OR",
        "(",
        'đoàn"viên',
        "title:x",
        "NEAR(a b)",
        "<script>alert(1)</script>",
    ],
)
def test_any_query_is_safe(archive_path, query):
    titles, html = hits(archive_path, query)
    no_live_markup(html)
    assert "<script>alert(1)" not in html
    assert "Error" not in html.split("<h1>", 1)[1][:40]


def test_the_hostile_article_is_escaped_in_results(archive_path):
    titles, html = hits(archive_path, "đoàn viên")
    assert sample.HOSTILE["title"] in titles
    no_live_markup(html)


def test_search_filters_by_site_category_author_and_dates(archive_path):
    everywhere, _ = hits(archive_path, "lao động")
    assert len(everywhere) >= 3
    in_nld, html = hits(archive_path, "lao động", site="nld_com_vn")
    assert in_nld and set(in_nld) <= {sample.HOA_GIAI["title"], sample.HOA_CHAT["title"]}
    assert hits(archive_path, "lao động", category="Việc làm")[0] == [sample.HOA_GIAI["title"]]
    assert hits(archive_path, "lao động", author="Minh Hòa")[0] == [sample.BA_DINH["title"]]
    dated, _ = hits(archive_path, "lao động", since="2026-02-01", until="2026-02-28")
    assert dated and set(dated) <= {sample.HOA_GIAI["title"], sample.HOA_CHAT["title"]}


def test_search_facets_by_site_and_month(archive_path):
    _, html = hits(archive_path, "lao động")
    facets = html[html.index('class="congdoan-facets"') :]
    assert 'data-facet="site"' in facets and 'data-facet="month"' in facets
    assert "Người Lao Động</a> 2" in facets
    assert "02/2026</a> 2" in facets
    assert "since=2026-02-01&amp;until=2026-02-28" in facets


@pytest.mark.parametrize(
    "query, filters",
    [
        ("lao động", {}),
        ("lao động", {"site": "nld_com_vn"}),
        ("cong doan", {"since": "2026-01-01", "until": "2026-01-31"}),
        ("đoàn viên", {"author": "Hà"}),
        ('"', {}),
    ],
)
def test_the_page_counts_what_the_engine_counts(archive_path, query, filters):
    form = Form(q=query, **filters)
    with sqlite3.connect(archive_path) as conn:
        counted = engine.count(conn, query, **form.filters())
        assert total(form, match_counts(conn, form)) == counted
    conn.close()
    _, html = hits(archive_path, query, **filters)
    summary = re.search(r'<p class="congdoan-summary">\s*(.*?)</p>', html, re.S).group(1)
    assert summary.startswith(f"{counted} article") if counted else "No article" in summary


def test_an_archive_without_the_search_index_says_how_to_build_it(archive_path, tmp_path):
    old = tmp_path / f"{DB_NAME}.db"
    old.write_bytes(archive_path.read_bytes())
    with sqlite3.connect(old) as conn:
        conn.execute(f"DROP TABLE {SEARCH_TABLE}")
    conn.close()
    [response] = fetch([f"/{DB_NAME}/-/search?q=c%C3%B4ng+%C4%91o%C3%A0n"], old)
    assert response.status_code == 200
    assert "no search index yet: serve it with `congdoan serve`" in unescape(response.text)
    assert "congdoan-hit" not in response.text


def test_facet_counts_are_kept_until_the_archive_changes(tmp_path, monkeypatch):
    path = sample.build(tmp_path / "kept.db")
    calls = []
    counting = searching.match_counts
    monkeypatch.setattr(searching, "match_counts", lambda *a: calls.append(1) or counting(*a))
    form = Form(q="lao động")

    def run(page=1, site=""):
        with sqlite3.connect(path) as conn:
            found = searching.run_search(
                conn, replace(form, page=page, site=site), searching.file_version(path)
            )
        conn.close()
        return total(form, found["counts"])

    assert run() == 3 and run(page=2) == 3 and run(site="nld_com_vn") == 3
    assert len(calls) == 1  # the next pages and the site facet reuse the counts
    with Archive(path) as archive:
        archive.save_article(
            {**sample.HOA_CHAT, "url": sample.HOA_CHAT["url"] + "?2"}, None, "2026-03-01"
        )
    assert run() == 4 and len(calls) == 2


def test_the_dashboard_says_when_it_lacks_the_family_layouts(archive_path):
    html = get(archive_path, f"/{DB_NAME}/-/dashboard").text
    assert "Served without <code>congdoan serve</code>" in html

    async def configured():
        plugins = {"congdoan-archive": {"family_layouts": ["mastercms", "vccorp"]}}
        datasette = Datasette([str(archive_path)], metadata={"plugins": plugins})
        return (await datasette.client.get(f"/{DB_NAME}/-/dashboard")).text

    assert "Served without" not in asyncio.run(configured())
