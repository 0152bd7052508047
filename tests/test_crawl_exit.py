"""What `congdoan crawl` shows and how it exits: the rules on a site's stats, the progress board,
and real crawls (subprocesses) of 127.0.0.1 servers that fail in each way the rules name."""

import io
import logging
import os
import pty
import re
import select
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy.http import Request, Response
from scrapy.settings import Settings
from sqlite_utils import Database

from crawler.cli import main
from crawler.commands.running import crawl_outcome, run_status, unreached
from crawler.mirror import serving
from crawler.progress import (
    PAGES_FETCHED,
    PAGES_HTTP_ERRORS,
    ROBOTS_TXT,
    BlockStream,
    CrawlProgress,
    Figures,
    LiveBlock,
    ProgressBoard,
    Rate,
    clock_time,
    live_line,
    log_line,
    site_figures,
)
from crawler.report import outcome_line
from storage.lock import acquire, release
from tests.crawl_fakes import MIRROR
from tests.local_server import closed_port_url, serve

ROOT = Path(__file__).resolve().parent.parent
# Politeness only slows a crawl of our own 127.0.0.1.
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0"]
FAST += ["-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]
REFUSED = "downloader/exception_type_count/twisted.internet.error.ConnectionRefusedError"
FORBIDDEN_BY_ROBOTS = "downloader/exception_type_count/scrapy.exceptions.IgnoreRequest"

# --- The rules, on stats -------------------------------------------------------------------

DONE = {"finish_reason": "finished", PAGES_FETCHED: 3, "response_received_count": 4}


@pytest.mark.parametrize(
    ("stats", "outcome"),
    [
        (DONE, None),
        # A run that found nothing new fetched its listings: done.
        ({**DONE, "archive/articles_new": 0}, None),
        ({**DONE, "finish_reason": "closespider_pagecount"}, None),
        ({**DONE, "finish_reason": "shutdown"}, "stopped (shutdown)"),
        # The robots.txt middleware's answer is in response_received_count, not a page.
        (
            {"finish_reason": "finished", "response_received_count": 1, ROBOTS_TXT: 1},
            "nothing fetched but robots.txt: no page was requested",
        ),
        (
            {
                "finish_reason": "finished",
                "response_received_count": 3,
                ROBOTS_TXT: 1,
                PAGES_HTTP_ERRORS: 2,
                "archive/pages/http_status/404": 2,
            },
            "nothing fetched but robots.txt: answers HTTP 404 x2",
        ),
        (
            {
                "finish_reason": "finished",
                "response_received_count": 2,
                PAGES_HTTP_ERRORS: 2,
                "archive/pages/http_status/404": 1,
                "archive/pages/http_status/503": 1,
            },
            "nothing fetched: answers HTTP 404 x1, HTTP 503 x1",
        ),
        # Everything forbidden; a conventional /sitemap.xml that is missing changes nothing.
        (
            {
                "finish_reason": "finished",
                "response_received_count": 2,
                ROBOTS_TXT: 1,
                "robotstxt/forbidden": 4,
                FORBIDDEN_BY_ROBOTS: 4,
                "archive/pages/http_status/404": 1,
            },
            "robots.txt disallows everything it was to fetch (4 URLs forbidden)",
        ),
        (
            {"finish_reason": "finished", REFUSED: 6, "archive/request_errors": 2},
            "unreachable: no answer (ConnectionRefusedError x6)",
        ),
        (
            {**DONE, "archive/save_errors": 5},
            "none of its 5 articles could be saved",
        ),
        ({**DONE, "archive/save_errors": 5, "archive/articles_new": 1}, None),
    ],
)
def test_crawl_outcome(stats, outcome):
    assert crawl_outcome(stats) == outcome


def test_unreached_needs_failed_requests_and_no_answer_at_all():
    assert unreached({REFUSED: 3})
    assert not unreached({REFUSED: 3, "response_received_count": 1})  # robots.txt answered
    assert not unreached({"finish_reason": "finished"})  # nothing was requested
    assert not unreached({FORBIDDEN_BY_ROBOTS: 3})


NOTHING = {"finish_reason": "finished", "response_received_count": 1, ROBOTS_TXT: 1}
GONE = {"finish_reason": "finished", REFUSED: 3}


@pytest.mark.parametrize(
    ("sites", "status"),
    [
        ({"a": DONE, "b": DONE}, 0),
        ({"a": DONE, "b": NOTHING}, 1),
        ({"a": DONE, "b": GONE}, 1),  # one host down is a failed site, not no network
        ({"a": GONE, "b": GONE}, 3),
        ({"a": GONE, "b": {**DONE, "finish_reason": "shutdown"}}, 130),
    ],
)
def test_run_status(sites, status):
    assert run_status(sites) == status


def test_outcome_line():
    rows = [
        {"site": "a", "new": 2, "updated": 1, "unchanged": 4, "rejected": 1, "errors": 0},
        {"site": "b", "new": 3, "updated": 0, "unchanged": None, "rejected": 0, "errors": 2},
    ]
    assert outcome_line(rows, "data/x.db", 2) == (
        "Crawled 2 sites into data/x.db: 5 new, 1 updated, 4 unchanged, 1 rejected, 2 errors."
    )
    assert outcome_line([], "x.db", 1, ["b"]) == (
        "Crawled 1 site into x.db: 0 new, 0 updated, 0 unchanged, 0 rejected, 0 errors; failed: b."
    )


# --- Progress --------------------------------------------------------------------------------


def test_site_figures_from_the_pipelines_and_our_stats():
    stats = {
        PAGES_FETCHED: 10,
        PAGES_HTTP_ERRORS: 2,
        ROBOTS_TXT: 1,
        "archive/articles_new": 4,
        "archive/articles_unchanged": 3,
        "archive/rejected/http_404": 1,
        "archive/rejected/no_body": 2,
        "archive/request_errors": 1,
        "archive/save_errors": 2,
    }
    assert site_figures(stats) == Figures(
        pages=12, new=4, updated=0, unchanged=3, rejected=3, errors=3
    )


def test_clock_time():
    assert [clock_time(s) for s in (0, 59.9, 61, 3600, 3725)] == [
        "0:00", "0:59", "1:01", "1:00:00", "1:02:05",
    ]  # fmt: skip


def test_rate_is_pages_per_minute_over_the_last_minute():
    rate = Rate(started=0.0)
    assert rate.add(0.5, 10) is None  # too soon to say
    assert rate.add(30.0, 60) == 120.0
    assert rate.add(60.0, 90) == 90.0
    # Later, the first minute is forgotten: 30 pages in the last 60 s.
    rate.add(90.0, 100)
    assert rate.add(150.0, 130) == pytest.approx(30.0)


def test_live_and_log_lines():
    figures = Figures(pages=41, new=12, updated=1, unchanged=5, rejected=3, errors=0)
    line = live_line("nld_com_vn", 12, figures, 24.4, 75)
    assert line.split() == [
        "nld_com_vn", "pages", "41", "new", "12", "updated", "1", "rejected", "3",
        "errors", "0", "24/min", "1:15",
    ]  # fmt: skip
    assert line.startswith("nld_com_vn    pages")
    assert live_line("a", 1, figures, None, 0).split()[11] == "-/min"
    assert log_line("nld_com_vn", figures, 24.4, 75) == (
        "nld_com_vn: 41 pages (24 pages/min), 12 new, 1 updated, 5 unchanged, 3 rejected, "
        "0 errors in 1:15"
    )
    assert log_line("a", Figures(pages=1), None, 0).startswith("a: 1 page, 0 new")


class FakeStats:
    def __init__(self, **values):
        self.values = {key.replace("__", "/"): v for key, v in values.items()}

    def get_stats(self):
        return self.values

    def inc_value(self, key, count=1):
        self.values[key] = self.values.get(key, 0) + count


class Terminal(io.StringIO):
    def isatty(self):
        return True


def settings(**values):
    return Settings({"ARCHIVE_PROGRESS_SECONDS": 60.0, **values})


@pytest.mark.parametrize(
    ("stream", "quiet", "values", "live", "log_every"),
    [
        (Terminal(), False, {}, True, None),
        (io.StringIO(), False, {}, False, 60.0),
        (io.StringIO(), False, {"ARCHIVE_PROGRESS_SECONDS": 300}, False, 300.0),
        # The log goes to a file: live lines on the terminal, progress lines in the file.
        (Terminal(), False, {"LOG_FILE": "crawl.log"}, True, 60.0),
        (io.StringIO(), False, {"ARCHIVE_PROGRESS_SECONDS": 0}, False, None),
        (Terminal(), True, {}, False, None),
    ],
)
def test_what_a_run_shows(stream, quiet, values, live, log_every):
    board = ProgressBoard.for_run(settings(**values), quiet=quiet, stream=stream)
    assert (board.block is not None, board.log_every) == (live, log_every)


def test_a_dumb_terminal_gets_log_lines(monkeypatch):
    monkeypatch.setenv("TERM", "dumb")
    board = ProgressBoard.for_run(settings(), stream=Terminal())
    assert (board.block, board.log_every) == (None, 60.0)


def test_the_live_block_is_redrawn_in_place_under_the_log():
    terminal = Terminal()
    block = LiveBlock(terminal)
    block.show(["a 1", "b 2"])
    assert terminal.getvalue() == "a 1\nb 2\n"
    block.show(["a 3", "b 4"])
    assert terminal.getvalue().endswith("b 2\n\x1b[2A\r\x1b[Ja 3\nb 4\n")
    # A log record is written where the block was, and the block below it again.
    block.write_above(terminal, "INFO: something\n")
    assert terminal.getvalue().endswith("b 4\n\x1b[2A\r\x1b[JINFO: something\na 3\nb 4\n")
    block.close()
    assert terminal.getvalue().endswith("b 4\n\x1b[2A\r\x1b[J")


def test_a_log_handler_on_the_same_terminal_writes_above_the_block():
    read_end, write_end = os.pipe()
    terminal = os.fdopen(write_end, "w")
    handler = logging.StreamHandler(os.fdopen(os.dup(write_end), "w"))  # another file object
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        block = LiveBlock(terminal)
        block.show(["a 1"])
        logging.getLogger("tests.progress").warning("careful")
        block.close()
    finally:
        root.removeHandler(handler)
    assert not isinstance(handler.stream, BlockStream)  # given back
    handler.stream.close()
    terminal.close()
    with os.fdopen(read_end, newline="") as shown:
        assert shown.read() == "a 1\n\x1b[1A\r\x1b[JWARNING careful\na 1\n\x1b[1A\r\x1b[J"


def test_the_board_logs_each_site_every_interval_and_when_it_ends(caplog):
    now = [0.0]
    board = ProgressBoard(stream=None, log_every=60.0, clock=lambda: now[0])
    board.timer = SimpleNamespace(running=False)  # no reactor here: ticks are called by hand
    board.join("nld_com_vn", FakeStats(archive__pages__fetched=0))
    board.join("laodong_vn", FakeStats(archive__pages__fetched=0))
    caplog.set_level("INFO", logger="crawler.progress")
    now[0] = 30.0
    board.tick()
    assert not caplog.messages
    board.sites["nld_com_vn"].stats.values[PAGES_FETCHED] = 30
    now[0] = 60.0
    board.tick()
    assert caplog.messages == [
        "nld_com_vn: 30 pages (30 pages/min), 0 new, 0 updated, 0 unchanged, 0 rejected, "
        "0 errors in 1:00",
        "laodong_vn: 0 pages (0 pages/min), 0 new, 0 updated, 0 unchanged, 0 rejected, "
        "0 errors in 1:00",
    ]
    caplog.clear()
    now[0] = 70.0
    board.leave("nld_com_vn")
    assert caplog.messages[0].startswith("finished nld_com_vn: 30 pages")
    now[0] = 120.0
    board.tick()
    assert [m.split(":")[0] for m in caplog.messages[1:]] == ["laodong_vn"]


def test_the_extension_counts_pages_with_robots_txt_apart():
    stats = FakeStats()
    extension = CrawlProgress(SimpleNamespace(stats=stats), board=None)

    def answer(url, status, redirected_from=None):
        meta = {"redirect_urls": [redirected_from]} if redirected_from else {}
        request = Request(url, meta=meta)
        extension.response_received(Response(url, status=status, request=request), request)

    answer("http://a.vn/robots.txt", 200)
    answer("https://a.vn/robots.txt", 200, redirected_from="http://a.vn/robots.txt")
    answer("http://b.vn/robots.txt", 404)
    answer("http://a.vn/", 200)
    answer("http://a.vn/tin-1.html", 304)
    answer("http://a.vn/moved", 200, redirected_from="http://a.vn/robots-old")
    answer("http://a.vn/sitemap.xml", 404)
    answer("http://a.vn/tin-2.html", 503)
    assert stats.values == {
        ROBOTS_TXT: 2,
        PAGES_FETCHED: 3,
        PAGES_HTTP_ERRORS: 2,
        "archive/pages/http_status/404": 1,
        "archive/pages/http_status/503": 1,
    }


# --- Arguments ---------------------------------------------------------------------------------


def test_a_log_file_that_cannot_be_written_is_one_line_and_exit_2(tmp_path, capsys):
    base = ["crawl", "generic", "--start-url", "http://127.0.0.1:9/", "--skip-network-check"]
    base += ["--db", str(tmp_path / "a.db")]
    assert main([*base, "--log-file", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"congdoan: --log-file {tmp_path}: is a directory\n"
    assert main([*base, "--log-file", str(tmp_path / "no" / "crawl.log")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"congdoan: --log-file {tmp_path}/no/crawl.log: cannot write: ")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "quiet", "level"),
    [
        ([], False, "INFO"),
        (["--quiet"], True, "ERROR"),
        (["-s", "ARCHIVE_QUIET=true"], True, "ERROR"),
        # A log file keeps its level: --quiet is about the terminal.
        (["--quiet", "--log-file", "{tmp}/crawl.log"], True, "INFO"),
    ],
)
def test_quiet_is_a_setting_and_lowers_the_terminal_log(args, quiet, level, tmp_path, monkeypatch):
    from crawler.commands import crawl

    seen = {}
    monkeypatch.setattr(crawl, "run_crawl", lambda names, settings, s: seen.update(s=settings))
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    main(["crawl", "nld_com_vn", "--skip-network-check", "--db", str(tmp_path / "a.db"), *args])
    assert seen["s"].getbool("ARCHIVE_QUIET") is quiet
    assert seen["s"].get("LOG_LEVEL") == level


def test_remote_control_stays_off():
    from crawler.commands.common import project_settings

    assert project_settings().getbool("REMOTE_CONTROL_ENABLED") is False


# --- Real crawls -------------------------------------------------------------------------------


def congdoan_crawl(url: str, db_path: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    """`congdoan crawl generic` from `url`, as a user would run it, fast."""
    command = [sys.executable, "-m", "crawler", "crawl", "generic", "--start-url", url]
    command += ["--db", str(db_path), *FAST, *args]
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False, **kwargs
    )


def failed_site_line(result: subprocess.CompletedProcess) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("congdoan: generic:")]
    assert len(lines) == 1, result.stderr[-2000:]
    return lines[0].removeprefix("congdoan: generic: ")


def summary(result: subprocess.CompletedProcess) -> dict[str, list[str]]:
    """The summary table's rows on standard output, by site."""
    lines = result.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("site "))
    rows = {}
    for line in lines[start + 2 :]:
        if not line.strip():
            break
        rows[line.split()[0]] = line.split()
    return rows


HOME = b"<html><body><h1>Tin tuc</h1><a href='/tin-tuc/bai-viet-123.html'>Bai</a></body></html>"
BROKEN_SITES = {
    # The start page is overloaded; /robots.txt and /sitemap.xml are simply missing.
    "start page 503": (
        {"/": (503, "text/html", b"<h1>Service Unavailable</h1>")},
        "nothing fetched: answers HTTP 404 x1, HTTP 503 x1",
    ),
    "robots.txt disallows everything": (
        {
            "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /\n"),
            "/": (200, "text/html", HOME),
        },
        "robots.txt disallows everything it was to fetch (1 URL forbidden)",
    ),
    # The spider reads robots.txt itself too (its Sitemap: lines): still not a page.
    "only robots.txt": (
        {"/robots.txt": (200, "text/plain", b"User-agent: *\nAllow: /\n")},
        "nothing fetched but robots.txt: answers HTTP 404 x2",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN_SITES))
def test_a_site_that_failed_is_exit_1_with_its_reason_and_the_summary(case, tmp_path):
    routes, reason = BROKEN_SITES[case]
    with serve(routes) as url:
        result = congdoan_crawl(url + "/", tmp_path / "a.db")
    assert result.returncode == 1, result.stderr[-2000:]
    assert failed_site_line(result) == reason
    assert "Traceback" not in result.stderr
    assert summary(result)["generic"][1:3] == ["finished", "0"]
    assert result.stdout.splitlines()[-1].endswith("; failed: generic.")


def test_no_answer_at_all_is_exit_3(tmp_path):
    result = congdoan_crawl(closed_port_url(), tmp_path / "a.db", "-s", "RETRY_TIMES=0")
    assert result.returncode == 3, result.stderr[-2000:]
    assert failed_site_line(result).startswith("unreachable: no answer (")
    assert "ConnectionRefusedError" in failed_site_line(result)


def test_bad_arguments_are_exit_2(tmp_path):
    result = congdoan_crawl("ftp://127.0.0.1/", tmp_path / "a.db")
    assert result.returncode == 2
    assert result.stderr == "congdoan: --start-url must be an http(s) URL, got 'ftp://127.0.0.1/'\n"
    assert not result.stdout


def test_another_run_holding_the_archive_is_exit_75(tmp_path):
    db_path = tmp_path / "a.db"
    acquire(db_path, "crawl")  # this process holds it; the crawl is another process
    try:
        result = congdoan_crawl(closed_port_url(), db_path)
    finally:
        release(db_path)
    assert result.returncode == 75
    assert result.stderr.startswith("congdoan: ") and result.stderr.count("\n") == 1
    assert not result.stdout


class SlowHome(BaseHTTPRequestHandler):
    """A home page that takes 3 s; `arrived` is set when it is asked for."""

    arrived = threading.Event()

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        if self.path == "/":
            self.arrived.set()
            time.sleep(3)
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        pass


def test_ctrl_c_is_exit_130_after_the_summary(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHome)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    command = [sys.executable, "-m", "crawler", "crawl", "generic", "--start-url", url]
    command += ["--db", str(tmp_path / "a.db"), *FAST, "--quiet"]
    try:
        crawl = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert SlowHome.arrived.wait(30)
        crawl.send_signal(signal.SIGINT)
        out, err = crawl.communicate(timeout=60)
    finally:
        server.shutdown()
        server.server_close()
    assert crawl.returncode == 130, err.decode()[-2000:]
    assert b"congdoan: generic: stopped (shutdown)" in err
    assert out.decode().endswith("; failed: generic.\n")


@pytest.fixture(scope="module")
def generic_url():
    with serving(MIRROR) as urls:
        yield urls["generic"] + "/"


def test_a_good_crawl_ends_with_the_summary_even_at_log_level_warning(generic_url, tmp_path):
    db_path = tmp_path / "a.db"
    result = congdoan_crawl(generic_url, db_path, "-s", "LOG_LEVEL=WARNING")
    assert result.returncode == 0, result.stderr[-2000:]
    assert not result.stderr  # nothing went wrong, and WARNING hides the rest
    assert summary(result)["generic"][1:4] == ["finished", "4", "4"]
    assert result.stdout.splitlines()[-1] == (
        f"Crawled 1 site into {db_path}: 4 new, 0 updated, 0 unchanged, 0 rejected, 0 errors."
    )
    assert Database(db_path)["articles"].count == 4


def test_quiet_prints_only_the_outcome_line(generic_url, tmp_path):
    db_path = tmp_path / "a.db"
    result = congdoan_crawl(generic_url, db_path, "--quiet")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout == (
        f"Crawled 1 site into {db_path}: 4 new, 0 updated, 0 unchanged, 0 rejected, 0 errors.\n"
    )
    assert not result.stderr


def test_log_file_takes_the_log_and_the_summary_stays_on_stdout(generic_url, tmp_path):
    log = tmp_path / "crawl.log"
    log.write_text("an earlier run\n", encoding="utf-8")
    result = congdoan_crawl(generic_url, tmp_path / "a.db", "--log-file", str(log))
    assert result.returncode == 0, result.stderr[-2000:]
    assert not result.stderr
    assert summary(result)["generic"][1:4] == ["finished", "4", "4"]
    text = log.read_text(encoding="utf-8")
    assert text.startswith("an earlier run\n")  # appended, as a rotated cron log expects
    assert "[scrapy.core.engine] INFO: Spider closed (finished)" in text
    # A log gets progress lines, and the last one when the site ends.
    assert "[crawler.progress] INFO: finished generic: " in text


def test_a_log_gets_a_progress_line_every_interval(generic_url, tmp_path):
    # A slow crawl (one page at a time, 0.2 s apart) and a progress line every 0.5 s.
    slow = ["-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "DOWNLOAD_DELAY=0.2"]
    result = congdoan_crawl(
        generic_url, tmp_path / "a.db", *slow, "-s", "ARCHIVE_PROGRESS_SECONDS=0.5"
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if "[crawler.progress]" in line]
    assert len(lines) >= 3
    assert "INFO: generic: " in lines[0] and lines[-1].split("INFO: ")[1].startswith("finished")
    assert "Crawled 0 pages" not in result.stderr  # Scrapy's own line, which ours replaces


# A pseudo-terminal writes "\n" as "\r\n".
LIVE_LINE = re.compile(
    r"generic  pages +\d+  new +\d+  updated +\d+  rejected +\d+  errors +\d+ +(-|\d+)/min  "
    r"\d+:\d\d\r\n"
)


def read_terminal(master: int, process: subprocess.Popen) -> bytes:
    """Everything written to a pseudo-terminal until its writer exits."""
    out = b""
    while True:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # the writer closed it
                break
            if not data:
                break
            out += data
        elif process.poll() is not None:
            break
    return out


def test_on_a_terminal_a_live_line_per_site_is_redrawn_in_place(generic_url, tmp_path):
    slow = ["-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "DOWNLOAD_DELAY=0.2"]
    command = [sys.executable, "-m", "crawler", "crawl", "generic", "--start-url", generic_url]
    command += ["--db", str(tmp_path / "a.db"), *FAST, *slow, "-s", "LOG_LEVEL=WARNING"]
    master, terminal = pty.openpty()
    crawl = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=terminal)
    os.close(terminal)
    try:
        shown = read_terminal(master, crawl).decode()
        out, _ = crawl.communicate(timeout=60)
    finally:
        os.close(master)
    assert crawl.returncode == 0, shown[-2000:]
    # Each drawing of the block (one line: one site) is erased by the next, the last by the end.
    *frames, after = shown.split("\x1b[1A\r\x1b[J")
    assert len(frames) >= 3 and after == ""
    for frame in frames:
        assert LIVE_LINE.fullmatch(frame), frame
    assert "site " in out.decode() and "Crawled 1 site" in out.decode()
