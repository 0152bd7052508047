"""Hostile input end to end: real crawls (subprocesses) of a hostile server on 127.0.0.1 whose
pages lie about their canonical URL, weigh 50 MB, explode when gunzipped, ask to be retried
later, carry bad bytes, nest too deep and redirect elsewhere; then what the archive holds, what
the server was asked (every request counted) and the crawl's peak memory."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from crawler.extraction import DEPTH_WARNING, extract_article, parse_html
from crawler.extraction.dom import PARSER_MAX_DEPTH, reaches_parser_depth
from crawler.limits import MAX_BODY_CHARS
from crawler.reextract import reextract
from storage import Archive
from tests.hostile_server import MB, Reply, gzip_bomb, hostile_server, html, streamed
from tests.hostile_spiders import SITE as HOSTILE_SITE

ROOT = Path(__file__).resolve().parent.parent
SITE = "hostile_example"
LISTED = "https://hostile.example.vn"  # the described site's base_url (tests/hostile_spiders.py)
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=INFO"]
FAST += ["-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "SPIDER_MODULES=tests.hostile_spiders"]
PEAK_MEMORY_MB = 500
VICTIM = "https://nld.com.vn/luong-toi-thieu-vung-tang-tu-1-7-196260101000000001.htm"
VICTIM_BODY = "Bài gốc của báo Người Lao Động về lương tối thiểu vùng. " * 5
PARAGRAPHS = "".join(
    f"<p>Đoạn {i}: công đoàn cơ sở đã tổ chức thăm hỏi, tặng quà cho đoàn viên có hoàn cảnh "
    "khó khăn và trao học bổng cho con công nhân học giỏi.</p>"
    for i in range(4)
)


def article(
    title: str, canonical: str | None = None, body: str = PARAGRAPHS, tail: str = ""
) -> str:
    """An article page in the hostile site's layout."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{link}</head>"
        f"<body><h1 class='title'>{title}</h1><span class='time'>01/06/2026 08:00</span>"
        f"<div class='content'>{body}</div>{tail}</body></html>"
    )


def path(slug: str) -> str:
    return f"/tin-tuc/{slug}.html"


def run_crawl(base_url: str, db_path: Path, *options: str):
    """`congdoan crawl hostile_example` against `base_url`: (returncode, stderr, peak RSS in MB
    of the crawl process itself, from os.wait4)."""
    command = [sys.executable, "-m", "crawler", "crawl", SITE, "--db", str(db_path)]
    command += ["-s", "ARCHIVE_BASE_URLS=" + json.dumps({SITE: base_url}), *FAST, *options]
    log = db_path.with_suffix(".log")
    with open(log, "w") as stderr:
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)
        deadline = time.monotonic() + 180
        while (done := os.wait4(process.pid, os.WNOHANG))[0] == 0:
            if time.monotonic() > deadline:
                process.kill()
                pytest.fail("the crawl did not end in 180 s")
            time.sleep(0.05)
    _, status, usage = done
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, log.read_text(), usage.ru_maxrss / 1024


# --- The main hostile crawl ------------------------------------------------------------------

KEY_PAGES = {
    # slug: the canonical URL the page names (None: its own URL, filled in below).
    "canon-javascript-1001": "javascript:alert(document.cookie)",
    "canon-file-1002": "file:///etc/passwd",
    "canon-data-1003": "data:text/html;base64,PGgxPmhhY2tlZDwvaDE+",
    "canon-victim-1004": VICTIM,
    "canon-other-port-1005": "{elsewhere}/tin-tuc/canon-other-port-1005.html",
    "canon-listed-1006": LISTED + "/tin-tuc/canon-listed-1006.html",
    "canon-www-1007": "https://www.hostile.example.vn/tin-tuc/ban-goc-1007.html",
    "canon-same-origin-1008": "{base}/tin-tuc/ban-goc-1008.html",
    "canon-listed-port-1009": "https://hostile.example.vn:8443/tin-tuc/canon-1009.html",
    "canon-listed-http-1010": "http://hostile.example.vn/tin-tuc/canon-listed-http-1010.html",
}
# The pages whose canonical URL may key them; the others are keyed by their own URL.
TRUSTED = {"canon-listed-1006", "canon-www-1007", "canon-same-origin-1008"}
TRUSTED |= {"canon-listed-http-1010"}
TOO_LARGE = ("big-length-2001", "big-stream-2002", "gzip-bomb-2003", "three-mb-2004")
OFF_SCOPE = ("redirect-port-6001", "redirect-host-6002", "redirect-scheme-6003")
OFF_SCOPE += ("redirect-meta-6004",)


def hostile_routes(base: str, elsewhere: str) -> dict:
    """Every page of the hostile site; `elsewhere` is another server (another port)."""
    routes = {}
    for slug, canonical in KEY_PAGES.items():
        canonical = canonical.format(base=base, elsewhere=elsewhere)
        routes[path(slug)] = html(article(f"Trang {slug}", canonical))
    # Markup as dense as a real page's: what costs a parser and an extractor most per byte.
    block = b"<div><p>cong doan co so</p></div>\n" * (MB // 34)
    routes[path("big-length-2001")] = streamed(50 * MB, block, content_length=True)
    routes[path("big-stream-2002")] = streamed(50 * MB, block, content_length=False)
    bomb = gzip_bomb(64 * MB)
    headers = {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    routes[path("gzip-bomb-2003")] = lambda hit: Reply(200, bomb, headers)
    routes[path("three-mb-2004")] = streamed(3 * MB, block, content_length=True)
    long_body = "".join(
        f"<p>Đoạn {i}: công đoàn cơ sở đã tổ chức thăm hỏi, tặng quà cho đoàn viên có hoàn cảnh "
        "khó khăn và trao học bổng.</p>"
        for i in range(2600)
    )
    routes[path("long-body-2005")] = html(article("Bài rất dài", body=long_body))

    def retry_after(hit: int) -> Reply:
        if hit == 1:
            return Reply(429, b"slow down", {"Content-Type": "text/html", "Retry-After": "1"})
        return Reply(200, article("Trả lời sau khi chờ").encode())

    routes[path("retry-after-3001")] = retry_after
    routes[path("retry-too-long-3002")] = html("bảo trì", 503, **{"Retry-After": "3600"})
    bad = article("Trang có byte lỗi").encode().replace("tặng quà".encode(), b"t\xe1\xba qu\xff")
    routes[path("bad-bytes-4001")] = lambda hit: Reply(200, bad)
    deep = "<div>" * 300 + "sâu" + "</div>" * 300
    routes[path("deep-5001")] = html(article("Trang lồng quá sâu", tail=deep))
    port = base.rsplit(":", 1)[1]
    redirects = {
        "redirect-port-6001": f"{elsewhere}/tin-tuc/redirect-port-6001.html",
        "redirect-host-6002": f"http://localhost:{port}/tin-tuc/redirect-host-6002.html",
        "redirect-scheme-6003": f"https://127.0.0.1:{port}/tin-tuc/redirect-scheme-6003.html",
        "redirect-same-6005": f"{base}/tin-tuc/redirect-target-6005.html",
    }
    for slug, target in redirects.items():
        routes[path(slug)] = html("moved", 302, Location=target)
    refresh = f'<meta http-equiv="refresh" content="0; url={elsewhere}/tin-tuc/x-6004.html">'
    routes[path("redirect-meta-6004")] = html(f"<html><head>{refresh}</head></html>")
    routes[path("redirect-target-6005")] = html(article("Đích chuyển hướng"))
    items = "".join(f'<li><a href="{target}">{target}</a></li>' for target in list(routes))
    routes["/tin-tuc"] = html(f"<html><body><ul class='list'>{items}</ul></body></html>")
    routes["/robots.txt"] = lambda hit: Reply(200, b"User-agent: *\nAllow: /\n", {})
    return routes


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The crawl of the hostile site into an archive holding another site's article:
    (server, elsewhere server, archive path, returncode, log, peak MB)."""
    db_path = tmp_path_factory.mktemp("hostile") / "archive.db"
    with Archive(db_path) as archive:
        victim = {"url": VICTIM, "site": "nld_com_vn", "title": "Bài gốc", "body": VICTIM_BODY}
        archive.save_article(victim, None, "2026-06-01T00:00:00+00:00")
    with hostile_server({}) as elsewhere, hostile_server({}) as server:
        server.routes.update(hostile_routes(server.base_url, elsewhere.base_url))
        returncode, log, peak = run_crawl(server.base_url, db_path)
        yield server, elsewhere, db_path, returncode, log, peak


def articles(db_path) -> dict[str, dict]:
    rows = Database(db_path)["articles"].rows_where("site = ?", [SITE])
    return {row["url"]: {**row, "warnings": json.loads(row["warnings"])} for row in rows}


def last_crawl(db_path) -> dict:
    return list(Database(db_path)["crawls"].rows_where("site = ?", [SITE], order_by="id"))[-1]


def test_crawl_ends_cleanly_within_memory(hostile):
    *_, returncode, log, peak = hostile
    assert returncode == 0, log[-3000:]
    assert "Traceback" not in log, log[-3000:]
    # 50 MB pages, a 64 MB gzip bomb: the crawl process itself stays small.
    assert peak < PEAK_MEMORY_MB, f"peak RSS {peak:.0f} MB"


def test_keys_only_from_trusted_canonical_urls(hostile):
    server, elsewhere, db_path, *_ = hostile
    stored = articles(db_path)
    for slug, canonical in KEY_PAGES.items():
        canonical = canonical.format(base=server.base_url, elsewhere=elsewhere.base_url)
        own = server.base_url + path(slug)
        expected = canonical if slug in TRUSTED else own
        assert expected in stored, (slug, sorted(stored))
        if slug not in TRUSTED:
            assert any(w.startswith("canonical URL ignored") for w in stored[own]["warnings"])
    assert not [url for url in stored if not url.startswith(("http://", "https://"))]
    for slug in ("canon-javascript-1001", "canon-file-1002", "canon-data-1003"):
        assert stored[server.base_url + path(slug)]["canonical_url"] is None


def test_another_sites_article_is_not_overwritten(hostile):
    db_path = hostile[2]
    with Archive(db_path) as archive:
        victim = archive.get_article(VICTIM)
        assert victim["body"] == VICTIM_BODY
        assert victim["site"] == "nld_com_vn"
        assert archive.revisions(VICTIM) == []


def test_too_large_pages_are_rejected_after_one_request(hostile):
    server, _, db_path, *_ = hostile
    for slug in TOO_LARGE:
        assert server.hits[path(slug)] == 1, slug  # no retry of what was too large
        assert not [url for url in articles(db_path) if slug in url]
    reasons = json.loads(last_crawl(db_path)["rejected_reasons"])
    assert reasons["too_large"] == len(TOO_LARGE)


def test_long_body_is_cut_with_a_warning(hostile):
    server, _, db_path, *_ = hostile
    row = articles(db_path)[server.base_url + path("long-body-2005")]
    assert 0.9 * MAX_BODY_CHARS < len(row["body"]) <= MAX_BODY_CHARS
    assert row["body"].endswith("học bổng.")  # cut at a paragraph break
    assert any(w.startswith("body cut to") for w in row["warnings"])


def test_retry_after_is_waited_for(hostile):
    server, _, db_path, *_ = hostile
    first, second = server.times(path("retry-after-3001"))
    assert second - first >= 1.0
    assert server.base_url + path("retry-after-3001") in articles(db_path)


def test_retry_after_beyond_the_bound_is_not_retried(hostile):
    server, _, db_path, _, log, _ = hostile
    assert server.hits[path("retry-too-long-3002")] == 1
    assert json.loads(last_crawl(db_path)["rejected_reasons"])["http_503"] == 1
    assert "asking to wait 3600 s, more than ARCHIVE_MAX_RETRY_AFTER" in log


def test_a_few_bad_bytes_are_replaced_with_a_warning(hostile):
    server, _, db_path, *_ = hostile
    row = articles(db_path)[server.base_url + path("bad-bytes-4001")]
    assert "\ufffd" in row["body"]
    assert any(w.startswith("undecodable characters") for w in row["warnings"])


def test_too_deep_page_says_so(hostile):
    server, _, db_path, *_ = hostile
    row = articles(db_path)[server.base_url + path("deep-5001")]
    assert DEPTH_WARNING in row["warnings"]
    assert "Đoạn 3" in row["body"]  # what came before the deep part is kept


def test_redirects_out_of_scope_are_not_followed(hostile):
    server, elsewhere, db_path, _, log, _ = hostile
    assert elsewhere.log == []  # not even its robots.txt
    assert not [host for _, host, _ in server.log if not host.startswith("127.0.0.1:")]
    reasons = json.loads(last_crawl(db_path)["rejected_reasons"])
    assert reasons["redirected_off_scope"] == len(OFF_SCOPE)
    lines = [line for line in log.splitlines() if "out of the crawl's scope" in line]
    assert len(lines) == len(OFF_SCOPE)
    for how in ("another port", "another host", "another scheme"):
        assert sum(f"({how})" in line for line in lines) >= 1, how


def test_redirect_within_scope_is_followed(hostile):
    server, _, db_path, *_ = hostile
    assert server.base_url + path("redirect-target-6005") in articles(db_path)


def test_every_page_asked_for_a_bounded_number_of_times(hostile):
    server = hostile[0]
    assert server.hits["/tin-tuc"] == 1
    assert server.hits[path("retry-after-3001")] == 2
    others = {p: n for p, n in server.hits.items() if p != path("retry-after-3001")}
    assert max(others.values()) == 1, others


def test_remote_control_servers_stay_off(hostile):
    log = hostile[4]
    assert "Telnet console listening" not in log
    assert "TelnetConsole" not in log


# --- Retry-After holds the whole host ---------------------------------------------------------


def test_retry_after_holds_every_request_to_the_host(tmp_path):
    """Two articles answer 429 (Retry-After: 1) once: after each 429 the host is asked for
    nothing for a second (not even the other article, due 0.2 s later), and each article is
    fetched exactly twice."""
    slugs = [f"retry-{n}-700{n}" for n in range(2)]

    def once_429(hit: int) -> Reply:
        if hit == 1:
            return Reply(429, b"", {"Content-Type": "text/html", "Retry-After": "1"})
        return Reply(200, article("Bài sau khi chờ").encode())

    items = "".join(f'<li><a href="{path(s)}">x</a></li>' for s in slugs)
    routes = {path(s): once_429 for s in slugs}
    routes["/tin-tuc"] = html(f"<html><body><ul class='list'>{items}</ul></body></html>")
    with hostile_server(routes) as server:
        polite = ["-s", "DOWNLOAD_DELAY=0.2", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"]
        returncode, log, _ = run_crawl(server.base_url, tmp_path / "archive.db", *polite)
    assert returncode == 0, log[-3000:]
    assert {path(s): server.hits[path(s)] for s in slugs} == {path(s): 2 for s in slugs}
    times = [when for when, _, _ in server.log]
    for slug in slugs:
        refused_at = server.times(path(slug))[0]
        # The next request to the host, whichever it is, waits for the second asked.
        assert min(t for t in times if t > refused_at) - refused_at >= 0.95, slug


# --- Unit: the parser's depth ----------------------------------------------------------------


def nested(levels: int) -> str:
    return "<html><body>" + "<div>" * levels + "<p>x</p>" + "</div>" * levels + "</body></html>"


@pytest.mark.parametrize(("levels", "expected"), [(10, False), (250, False), (260, True)])
def test_reaches_parser_depth(levels, expected):
    assert reaches_parser_depth(parse_html(nested(levels))) is expected


def test_depth_warning_from_extraction():
    page = article("Sâu", tail="<div>" * 400 + "</div>" * 400)
    record = extract_article(page, "http://127.0.0.1/tin-tuc/sau-1.html")
    assert DEPTH_WARNING in record["warnings"]
    assert str(PARSER_MAX_DEPTH) in DEPTH_WARNING
    shallow = extract_article(article("Nông"), "http://127.0.0.1/tin-tuc/nong-1.html")
    assert DEPTH_WARNING not in shallow["warnings"]


def test_reextract_keeps_what_the_crawl_stored(hostile, tmp_path):
    """Re-extraction applies the same keys and caps: no hostile canonical comes back, no body
    grows past its cap, nothing changes."""
    copy = tmp_path / "archive.db"
    copy.write_bytes(Path(hostile[2]).read_bytes())
    with Archive(copy) as archive:
        outcomes = reextract(archive, {SITE: HOSTILE_SITE}, site=SITE)
    assert outcomes == {"unchanged": len(articles(hostile[2]))}
