"""Extraction speed: our entry point against trafilatura.extract and against lxml parsing alone."""

from __future__ import annotations

import json
import time
from pathlib import Path

import lxml.html
import trafilatura

from crawler.cli import described_sites
from crawler.extraction import extract_article

SITES_DIR = Path(__file__).parent / "sites"
REAL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real" / "nld_article.html"
REAL_URL = "https://nld.com.vn/nhung-sai-sot-196260307071308923.htm"
# Targets of issue #2, item 10.
KNOWN_VS_TRAFILATURA = 3.0
KNOWN_VS_PARSE = 4.0
GENERIC_VS_TRAFILATURA = 1.3


def fixture_pages() -> list[tuple[str, str, bytes, str]]:
    """(label, url, html, site slug) for every saved article page, plus the real nld page."""
    pages = []
    for path in sorted(SITES_DIR.glob("*/*.json")):
        if path.name.startswith(("listing_", "_")):
            continue
        fixture = json.loads(path.read_text(encoding="utf-8"))
        html = path.with_suffix(".html").read_bytes()
        pages.append((f"{path.parent.name}/{path.stem}", fixture["url"], html, fixture["site"]))
    if REAL.exists():
        pages.append(("real/nld_article", REAL_URL, REAL.read_bytes(), "nld_com_vn"))
    return pages


def pages_per_second(func, pages: list, repeat: int) -> float:
    """Throughput of `func(url, html, slug)` over `pages`, each run `repeat` times."""
    start = time.perf_counter()
    for _ in range(repeat):
        for _label, url, html, slug in pages:
            func(url, html, slug)
    return len(pages) * repeat / (time.perf_counter() - start)


def bench_extraction(repeat: int = 20) -> dict:
    """Measure the three throughputs on known-site and generic pages, in one run."""
    sites = described_sites()
    pages = fixture_pages()
    groups = {
        "known": [p for p in pages if p[3] in sites],
        "generic": [p for p in pages if p[3] not in sites],
    }

    def ours(url, html, slug):
        extract_article(html, url, sites.get(slug))

    def trafilatura_only(url, html, slug):
        trafilatura.extract(html, url=url)

    def parse_only(url, html, slug):
        lxml.html.document_fromstring(html)

    results = {}
    for name, group in groups.items():
        if not group:
            continue
        ours(*group[0][1:3], group[0][3])  # warm caches (selector compilation, imports)
        results[name] = {
            "pages": len(group),
            "ours": pages_per_second(ours, group, repeat),
            "trafilatura": pages_per_second(trafilatura_only, group, repeat),
            "parse": pages_per_second(parse_only, group, repeat),
        }
    return results


def extraction_markdown(results: dict) -> str:
    """The "## Extraction" section of BENCHMARKS.md, with each target met or missed."""
    lines = [
        "## Extraction",
        "",
        "Pages per second over every saved fixture page (each page repeated; one run).",
        "",
        "| pages | n | extract_article | trafilatura.extract | lxml parse only |"
        " ours / trafilatura | parse / ours |",
        "|---|---|---|---|---|---|---|",
    ]
    verdicts = []
    for name, r in results.items():
        vs_traf = r["ours"] / r["trafilatura"]
        parse_ratio = r["parse"] / r["ours"]
        lines.append(
            f"| {name} | {r['pages']} | {r['ours']:.1f} | {r['trafilatura']:.1f} |"
            f" {r['parse']:.1f} | {vs_traf:.2f}× | {parse_ratio:.2f}× |"
        )
        if name == "known":
            verdicts.append(
                _verdict(
                    f"known sites ≥ {KNOWN_VS_TRAFILATURA}× trafilatura",
                    vs_traf >= KNOWN_VS_TRAFILATURA,
                    f"{vs_traf:.2f}×",
                )
            )
            verdicts.append(
                _verdict(
                    f"known sites within {KNOWN_VS_PARSE}× of parse-only",
                    parse_ratio <= KNOWN_VS_PARSE,
                    f"{parse_ratio:.2f}×",
                )
            )
        else:
            slowdown = r["trafilatura"] / r["ours"]
            verdicts.append(
                _verdict(
                    f"generic path no slower than {GENERIC_VS_TRAFILATURA}× trafilatura",
                    slowdown <= GENERIC_VS_TRAFILATURA,
                    f"{slowdown:.2f}× its time",
                )
            )
    return "\n".join(lines + ["", *verdicts, ""])


def _verdict(target: str, met: bool, figure: str) -> str:
    return f"- {target}: **{'met' if met else 'MISSED'}** ({figure})"


def snippet_score(body: str, fixture: dict) -> tuple[int, int]:
    """(checks right, checks made): wanted text present, unwanted text absent, and for the
    pages with exact paragraphs, every output paragraph one of them (extras count as wrong)."""
    wanted = fixture.get("body_contains", []) + fixture.get("body_paragraphs", [])
    unwanted = fixture.get("body_excludes", [])
    right = sum(s in body for s in wanted) + sum(s not in body for s in unwanted)
    checks = len(wanted) + len(unwanted)
    if "body_paragraphs" in fixture:
        expected = set(fixture["body_paragraphs"])
        extras = [p for p in body.splitlines() if p.strip() and p.strip() not in expected]
        checks += len(extras)
    return right, checks


def bench_quality() -> str:
    """The "## Cleanliness" section: our body against trafilatura's on each fixture's snippets."""
    sites = described_sites()
    lines = [
        "## Cleanliness",
        "",
        "Each fixture's `body_contains`/`body_paragraphs` (must be there) and `body_excludes`"
        " (must not: related headlines, captions, bylines, markers), checked in our `body` and in"
        " `trafilatura.extract(html)` with default settings. On the two seed pages every"
        " paragraph must be one of the article's: each extra paragraph is one more wrong check."
        " These are the project's own fixture pages, which the extractor was developed against:"
        " read this as a regression check, not an independent evaluation.",
        "",
        "| page | extract_article | trafilatura.extract |",
        "|---|---|---|",
    ]
    for path in sorted(SITES_DIR.glob("*/*.json")):
        if path.name.startswith(("listing_", "_")):
            continue
        fixture = json.loads(path.read_text(encoding="utf-8"))
        html = path.with_suffix(".html").read_bytes()
        ours = extract_article(html, fixture["url"], sites.get(fixture["site"]))["body"]
        theirs = trafilatura.extract(html, url=fixture["url"]) or ""
        a, n = snippet_score(ours, fixture)
        b, m = snippet_score(theirs, fixture)
        lines.append(f"| {path.parent.name}/{path.stem} | {a}/{n} | {b}/{m} |")
    return "\n".join(lines + [""])
