"""Benchmarks for `make bench`: extraction speed and cleanliness, crawl throughput and memory.

Run: ``python -m tests.bench [--sizes 2000,5000,20000]``. Each section of BENCHMARKS.md is
rewritten by the function that measures it and the others are kept, so the extraction half
(tests/bench_extract.py) and this crawl half can be run and merged independently.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from crawler.cli import described_sites
from crawler.extraction import extract_article
from tests.bench_extract import bench_extraction, bench_quality, extraction_markdown
from tests.bench_listings import listings_section
from tests.bench_real import real_pages_section
from tests.bench_unionstats import unionstats_section

ROOT = Path(__file__).resolve().parent.parent
MIRROR = ROOT / "tests" / "mirror"
BENCHMARKS = ROOT / "BENCHMARKS.md"

# --- Crawl ---------------------------------------------------------------------------------
# One described site, scaled: laodongthudo_vn's mirror article repeated with new ids and
# titles, 20 per listing page, paged the MasterCMS way (/cong-doan&s_cond=&BRSR=<offset>).
# Pages are generated per request from the mirror's files, so 20,000 of them need no disk.
SLUG = "laodongthudo_vn"
TEMPLATE_ID = "186001"
TEMPLATE_TITLE = "Công đoàn Hà Nội trao 200 suất quà cho công nhân có hoàn cảnh khó khăn"
TEMPLATE_PATH = f"/cong-doan-ha-noi-trao-200-suat-qua-cho-cong-nhan-kho-khan-{TEMPLATE_ID}.html"
PER_PAGE = 20
FIRST_ID = 300000
# The real nld.com.vn article page (../shared/fixtures/real, 2026) is 304 KB: half of it
# inline SVG icons, 36 KB scripts and styles, 241 links. "Realistic" pages are padded to it.
REAL_PAGE_BYTES = 304_000
EXTRACTION_SAMPLE = 500
# Targets of issue #3, item 8.
MAX_OVERHEAD = 0.30
MAX_MEMORY_GROWTH = 0.20
LISTING = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Công đoàn – trang {page}</title></head>
<body><div class="col_category clearfix">
{items}
</div>
<div class="__MB_ARTICLE_PAGING paging">{paging}</div>
</body></html>
"""
ITEM = (
    '<div class="list_news clearfix"><div class="list_news_title clearfix">'
    '<h2><a href="{href}">{title}</a></h2></div></div>'
)
SECTIONS = ("hoat-dong", "vi-loi-ich-doan-vien", "thang-cong-nhan")
ICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20">'
    '<path d="M10 13.8c1.1 0 2-.4 2.7-1.1.8-.8 1.1-1.7 1.1-2.7V3.8c0-1-.4-2-1.1-2.7C12 .4 '
    "11.1 0 10 0S8 .4 7.3 1.1C6.5 1.9 6.2 2.8 6.2 3.8V10c0 1.1.4 2 1.1 2.7.7.8 1.6 1.1 2.7 "
    '1.1z" fill="#8B8B8B"/></svg>'
)


def article_path(n: int) -> str:
    return TEMPLATE_PATH.replace(TEMPLATE_ID, str(FIRST_ID + n))


def listing_path(page: int) -> str:
    return "/cong-doan" if page == 1 else f"/cong-doan&s_cond=&BRSR={(page - 1) * PER_PAGE}"


def padding(size: int) -> str:
    """Boilerplate a real page carries around its article: menus of links, icons, a script."""
    menu = "".join(
        f'<li><a href="/chuyen-muc-{i}">Chuyên mục {i}</a>{ICON}</li>' for i in range(240)
    )
    block = f'<div class="footer-menu"><ul>{menu}</ul></div><script>var z={{"a":1}};</script>'
    return (block * (size // len(block.encode()) + 1))[: max(size, 0)].rsplit("</li>", 1)[0]


class GeneratedSite:
    """`count` articles made from the mirror's article page, and their listing pages."""

    def __init__(self, count: int, page_bytes: int = 0) -> None:
        self.count = count
        self.pages = -(-count // PER_PAGE)
        self.template = (MIRROR / SLUG / TEMPLATE_PATH.lstrip("/")).read_text(encoding="utf-8")
        extra = page_bytes - len(self.template.encode())
        self.padding = padding(extra) + "</li></ul></div>\n" if extra > 0 else ""
        self.paths = {article_path(n): n for n in range(count)}
        self.listings = {listing_path(p): p for p in range(1, self.pages + 1)}

    def article(self, n: int) -> bytes:
        """Article `n`: its own id, title and first paragraph, padded to the page size."""
        page = self.template.replace(TEMPLATE_ID, str(FIRST_ID + n))
        page = page.replace(TEMPLATE_TITLE, f"{TEMPLATE_TITLE} (bài số {n})")
        page = page.replace("Mỗi suất quà", f"Bài số {n}. Mỗi suất quà", 1)
        return page.replace("</body>", self.padding + "</body>", 1).encode("utf-8")

    def listing(self, page: int) -> bytes:
        first = (page - 1) * PER_PAGE
        items = "\n".join(
            ITEM.format(href=article_path(n), title=f"Bài số {n}")
            for n in range(first, min(first + PER_PAGE, self.count))
        )
        paging = f'<a class="active" href="{listing_path(page)}">{page}</a>'
        if page < self.pages:
            paging += f'<a href="{listing_path(page + 1)}">»</a>'
        return LISTING.format(page=page, items=items, paging=paging).encode("utf-8")

    def get(self, path: str) -> tuple[int, bytes]:
        if path in self.paths:
            return 200, self.article(self.paths[path])
        if path in self.listings:
            return 200, self.listing(self.listings[path])
        if path in {f"/cong-doan/{s}" for s in SECTIONS}:
            return 200, LISTING.format(page=1, items="", paging="").encode("utf-8")
        if path == "/robots.txt":
            return 200, b"User-agent: *\nDisallow: /preview/\n"
        return 404, b"<html><body>404</body></html>"


class GeneratedHandler(BaseHTTPRequestHandler):
    server: GeneratedServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        status, body = self.server.site.get(self.path)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass


class GeneratedServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: GeneratedSite) -> None:
        self.site = site
        super().__init__(("127.0.0.1", 0), GeneratedHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@dataclass
class CrawlRun:
    pages: int
    page_kb: int
    storage: bool
    seconds: float  # Scrapy's elapsed_time_seconds: the crawl itself, not interpreter start-up
    articles: int
    max_rss_mb: float

    @property
    def pages_per_second(self) -> float:
        return self.articles / self.seconds


def crawl_command(base_url: str, db_path: Path, storage: bool) -> list[str]:
    settings = {
        "ARCHIVE_BASE_URLS": json.dumps({SLUG: base_url}),
        "ARCHIVE_DB_PATH": str(db_path),
        "ARCHIVE_ENABLED": str(storage),
        "ARCHIVE_MAX_LISTING_PAGES": "1000000",
        "AUTOTHROTTLE_ENABLED": "False",
        "DOWNLOAD_DELAY": "0",
        "CONCURRENT_REQUESTS": "32",
        "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
        "LOG_LEVEL": "INFO",
        "LOGSTATS_INTERVAL": "3600",
    }
    command = [sys.executable, "-m", "scrapy", "crawl", SLUG]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    return command


def stat(log: str, name: str) -> float:
    match = re.search(rf"'{re.escape(name)}': ([\d.]+)", log)
    if not match:
        raise RuntimeError(f"no {name} in the crawl's stats:\n{log[-3000:]}")
    return float(match.group(1))


def run_crawl(site: GeneratedSite, workdir: Path, storage: bool) -> CrawlRun:
    """One crawl subprocess; its own peak RSS comes from os.wait4, not RUSAGE_CHILDREN."""
    db_path = workdir / "bench.db"
    server = GeneratedServer(site)
    try:
        with tempfile.TemporaryFile(mode="w+") as log:
            command = crawl_command(server.base_url, db_path, storage)
            process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=log)
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
            log.seek(0)
            text = log.read()
    finally:
        server.shutdown()
        server.server_close()
    for path in workdir.glob("bench.db*"):
        path.unlink()
    if process.returncode != 0:
        raise RuntimeError(f"crawl failed ({process.returncode}):\n{text[-3000:]}")
    return CrawlRun(
        pages=site.count,
        page_kb=round(len(site.article(0)) / 1000),
        storage=storage,
        seconds=stat(text, "elapsed_time_seconds"),
        articles=int(stat(text, "item_scraped_count")),
        max_rss_mb=usage.ru_maxrss / 1024,  # Linux reports KiB
    )


def extraction_rate(site: GeneratedSite, sample: int = EXTRACTION_SAMPLE) -> float:
    """Pages/s of extract_article alone, in process, over `sample` of the same pages."""
    described = described_sites()[SLUG]
    pages = [(f"http://127.0.0.1{article_path(n)}", site.article(n)) for n in range(sample)]
    start = time.perf_counter()
    for url, html in pages:
        extract_article(html, url, described, fetched_at="2026-03-20T00:00:00+00:00")
    return len(pages) / (time.perf_counter() - start)


def bench_crawl(sizes=(2000, 5000, 20000), realistic_sizes=(2000,)) -> dict:
    """Crawl each size with and without storage: template-size pages for the memory series,
    real-size pages for the overhead; extraction alone on each page size."""
    series = [(size, 0) for size in sizes] + [(s, REAL_PAGE_BYTES) for s in realistic_sizes]
    runs, extraction = [], {}
    with tempfile.TemporaryDirectory(prefix="congdoan-bench-") as tmp:
        for size, page_bytes in series:
            site = GeneratedSite(size, page_bytes)
            for storage in (False, True):
                runs.append(run_crawl(site, Path(tmp), storage))
                print(f"bench: {runs[-1]}", file=sys.stderr)
            extraction[runs[-1].page_kb] = extraction_rate(site)
    return {"runs": runs, "extraction": extraction, "cores": os.cpu_count()}


def crawl_markdown(results: dict) -> str:
    """The "## Crawl" section of BENCHMARKS.md, with each target met or missed."""
    runs, extraction = results["runs"], results["extraction"]
    alone = ", ".join(f"{rate:.0f} pages/s at {kb} KB" for kb, rate in extraction.items())
    lines = [
        "## Crawl",
        "",
        f"`python -m tests.bench` on {results['cores']} cores: `scrapy crawl {SLUG}` in a "
        "subprocess against pages generated from its mirror article (new id, title and first "
        f"paragraph each; {PER_PAGE} per listing page), served from 127.0.0.1 by the bench "
        "process; no delay, 32 concurrent requests. Template-size pages for the memory series; "
        f"pages padded to the real nld.com.vn page's size ({REAL_PAGE_BYTES // 1000} KB: menus, "
        "icons, scripts) for the overhead. Time is Scrapy's elapsed_time_seconds; memory is the "
        "crawl process's peak RSS (os.wait4). Extraction alone: `extract_article` over the "
        f"same pages in process ({alone}).",
        "",
        "| pages | page KB | storage | seconds | pages/s | vs extraction alone | peak RSS (MB) |",
        "|---:|---:|:---|---:|---:|---:|---:|",
    ]
    for run in runs:
        ratio = run.pages_per_second / extraction[run.page_kb]
        lines.append(
            f"| {run.pages} | {run.page_kb} | {'on' if run.storage else 'off'} | "
            f"{run.seconds:.1f} | {run.pages_per_second:.0f} | {ratio:.2f} | "
            f"{run.max_rss_mb:.0f} |"
        )
    lines += ["", *crawl_verdicts(runs, extraction), "", CRAWL_MISS_EXPLAINED]
    return "\n".join(lines) + "\n"


# Why the overhead target is out of reach as built, and what could close the gap.
CRAWL_MISS_EXPLAINED = (
    "Why the overhead target is missed: the extractor is fast (about 0.4 ms for a small page,"
    " 4.5 ms for a real-size one), so Scrapy's own cost per response (download handling,"
    " middlewares, scheduling, and the judge's decoding: 2-3 ms here) is large against it."
    " Storage already runs on a writer thread of its own (crawler/writer.py), which brought it"
    " from about 2 ms to 0.4 ms of crawl time per real-size page. Judging and extracting in a"
    " spawned worker process was tried and gained nothing here (+127% against +122% in the"
    " same trial run): the two cores are shared with the bench's own HTTP server, and each"
    " page crosses to the worker and back as 300 KB of pickled bytes. For live crawls none of"
    " this binds: AutoThrottle and one request at a time per site keep a crawl at a few pages"
    " per second."
)


def crawl_verdicts(runs: list[CrawlRun], extraction: dict) -> list[str]:
    verdicts = []
    for kb in sorted(extraction):
        stored = max((r for r in runs if r.storage and r.page_kb == kb), key=lambda r: r.pages)
        bare = next(r for r in runs if not r.storage and (r.pages, r.page_kb) == (stored.pages, kb))
        overhead = extraction[kb] / stored.pages_per_second - 1
        extract_ms, bare_ms, stored_ms = (
            1000 / rate for rate in (extraction[kb], bare.pages_per_second, stored.pages_per_second)
        )
        verdicts.append(
            f"- {kb} KB pages, {stored.pages} pages: Scrapy + storage cost {overhead:+.0%} over "
            f"extraction alone (target under {MAX_OVERHEAD:.0%}: "
            f"{'met' if overhead < MAX_OVERHEAD else 'MISSED'}). Per page: extraction "
            f"{extract_ms:.1f} ms, Scrapy and the judge {bare_ms - extract_ms:.1f} ms, "
            f"storage {stored_ms - bare_ms:.1f} ms."
        )
    memory = sorted(
        (r for r in runs if r.storage and r.page_kb == min(extraction)), key=lambda r: r.pages
    )
    start = next((r for r in memory if r.pages >= 5000), memory[0])
    end = memory[-1]
    if end is not start:
        growth = end.max_rss_mb / start.max_rss_mb - 1
        verdicts.append(
            f"- Peak memory {start.pages} → {end.pages} pages (storage on): "
            f"{start.max_rss_mb:.0f} → {end.max_rss_mb:.0f} MB, {growth:+.0%} (target within "
            f"{MAX_MEMORY_GROWTH:.0%}: {'met' if abs(growth) <= MAX_MEMORY_GROWTH else 'MISSED'})."
        )
    return verdicts


def replace_section(document: str, section: str) -> str:
    """`document` with the "## Heading" section of `section` replaced (or appended)."""
    heading = section.splitlines()[0]
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.M | re.S)
    if pattern.search(document):
        return pattern.sub(lambda _: section + "\n", document).rstrip() + "\n"
    base = document.rstrip() or "# Benchmarks"
    return f"{base}\n\n{section}"


def write_section(section: str, path: Path = BENCHMARKS) -> None:
    document = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(replace_section(document, section), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,5000,20000", help="article counts to crawl")
    parser.add_argument(
        "--realistic", default="2000", help="article counts to crawl at the real page size"
    )
    parser.add_argument("--no-crawl", action="store_true", help="extraction sections only")
    parser.add_argument(
        "--search-articles", type=int, default=200_000, help="size of the search archive (0: skip)"
    )
    parser.add_argument("--kills", type=int, default=30, help="crash-test kills (0: skip)")
    argv = sys.argv[1:] if argv is None else argv
    args = parser.parse_args(argv)
    sizes = tuple(int(s) for s in args.sizes.split(","))
    realistic = tuple(int(s) for s in args.realistic.split(",") if s)
    sections = [
        setup_markdown(argv),
        extraction_markdown(bench_extraction()),
        bench_quality(),
        real_pages_section(),
        listings_section(),
        unionstats_section(),
    ]
    if not args.no_crawl:
        sections.append(crawl_markdown(bench_crawl(sizes, realistic)))
        if args.search_articles:
            from tests.bench_search import search_section

            sections.append(search_section(args.search_articles))
        if args.kills:
            sections.append(crash_section(args.kills))
        # A full run rewrites the whole file; a partial one replaces only its own sections.
        BENCHMARKS.unlink(missing_ok=True)
    for section in sections:
        write_section(section)
        print(section)
    return 0


def crash_section(kills: int) -> str:
    """The "## Crash safety" section: real crawls killed at random moments (tests/bench_crash)."""
    import random

    from tests.bench_crash import crash_markdown, kill_loop

    with tempfile.TemporaryDirectory(prefix="crash-") as workdir:
        report = kill_loop(Path(workdir), kills, random.randrange(1_000_000))
    return crash_markdown(report)


def setup_markdown(argv: list[str] | None) -> str:
    """The "## Setup" section: machine, versions, command and date of this run."""
    import platform
    import sqlite3
    from datetime import UTC, datetime
    from importlib.metadata import version

    cpu = next(
        (line.split(":", 1)[1].strip() for line in _cpuinfo() if line.startswith("model name")),
        platform.processor() or "unknown CPU",
    )
    packages = ", ".join(
        f"{name} {version(name)}"
        for name in ("scrapy", "trafilatura", "lxml", "sqlite-utils", "datasette")
    )
    command = "python -m tests.bench " + " ".join(argv or [])
    return "\n".join(
        [
            "## Setup",
            "",
            f"- run: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, `{command.strip()}` (`make bench`)",
            f"- machine: {platform.machine()}, {os.cpu_count()} cores, {cpu}",
            f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}; {packages}",
            "- figures are from one run on a shared machine: expect a few percent of noise",
            "",
        ]
    )


def _cpuinfo() -> list[str]:
    try:
        return Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return []


if __name__ == "__main__":
    raise SystemExit(main())
