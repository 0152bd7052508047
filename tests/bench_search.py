"""Search speed for `make bench`: latency of storage.search.search, index build time and size.

Run: ``python -m tests.bench_search [--articles 200000]``. The archive is generated once into a
file in the temporary folder (a few minutes at 200,000 articles) and reused while the generator
and the schema stay the same. Text is Vietnamese-like: runs of 3 to 14 words cut from the
paragraphs of the fixture pages (tests/sites, tests/mirror), so the union's vocabulary, its
frequent phrases ("công đoàn", "người lao động") and its abbreviations come at realistic rates,
with numbers and names mixed in for a long tail. Queries go through the function the CLI and
Datasette use, snippets included.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from sqlite_utils import Database

from storage import Archive
from storage.migrations import SEARCH_KEYS, SEARCH_TABLE, migrations
from storage.search import count, search

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "tests" / "sites", ROOT / "tests" / "mirror")
ARTICLES = 200_000
# Bump when the generated text changes; a change to the schema or the index's tokens is seen
# by itself (archive_path), either way the cached archive is rebuilt.
GENERATOR_VERSION = 1
SEED = 20260
# Body length in words: log-normal around a median of a news story, bounded.
BODY_MEDIAN_WORDS = 560
BODY_SIGMA = 0.45
FIRST_DAY = 16_800  # 2015-12-30, in days since 1970
DAYS = 3_650
SITES = (
    "laodong_vn",
    "nld_com_vn",
    "laodongthudo_vn",
    "laodongcongdoan_vn",
    "congdoanvietnam_vn",
    "congdoanbinhduong_org_vn",
    "congdoan_most_gov_vn",
)
CATEGORIES = ("Công đoàn", "Hoạt động công đoàn", "Việc làm", "Chính sách", "Pháp luật")
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
P95_TARGET_MS = 100
SIZE_TARGET = 2.5
# (kind, query, filters): accented, unaccented, phrases, abbreviations, filters, hostile.
QUERIES: tuple[tuple[str, str, dict], ...] = (
    ("accented", "công đoàn", {}),
    ("accented", "đoàn viên", {}),
    ("accented", "hòa", {}),
    ("accented", "Ba Đình", {}),
    ("accented", "người lao động", {}),
    ("accented", "bảo hiểm xã hội", {}),
    ("accented", "chăm lo Tết", {}),
    ("accented", "thỏa ước lao động tập thể", {}),
    ("accented", "bữa cơm công đoàn", {}),
    ("accented", "học bổng", {}),
    ("accented", "Bình Dương", {}),
    ("accented", "phát triển đoàn viên", {}),
    ("unaccented", "cong doan", {}),
    ("unaccented", "doan vien", {}),
    ("unaccented", "hoa", {}),
    ("unaccented", "ba dinh", {}),
    ("unaccented", "nguoi lao dong", {}),
    ("unaccented", "bao hiem xa hoi", {}),
    ("unaccented", "cham lo tet", {}),
    ("unaccented", "thoa uoc", {}),
    ("unaccented", "hoc bong con doan vien", {}),
    ("unaccented", "cong nhan ve que", {}),
    ("mixed", "công doan ba đình", {}),
    ("mixed", "người lao dong", {}),
    ("phrase", '"Ba Đình"', {}),
    ("phrase", '"cong doan co so"', {}),
    ("phrase", '"chuyến xe công đoàn"', {}),
    ("phrase", '"an toàn vệ sinh lao động"', {}),
    ("phrase", '"tháng công nhân"', {}),
    ("abbreviation", "LĐLĐ", {}),
    ("abbreviation", "ldld", {}),
    ("abbreviation", "CĐCS", {}),
    ("abbreviation", "NLĐ", {}),
    ("abbreviation", "CNVCLĐ", {}),
    ("abbreviation", "ĐVCĐ", {}),
    ("abbreviation", "liên đoàn lao động Hà Nội", {}),
    ("filter", "Hà Nội", {"site": "laodong_vn"}),
    ("filter", "công đoàn", {"since": "2024-01-01"}),
    ("filter", "cong doan", {"site": "nld_com_vn", "since": "2020-01-01", "until": "2020-12-31"}),
    ("filter", "đoàn viên", {"until": "2016-06-30"}),
    ("filter", "LĐLĐ", {"site": "laodongthudo_vn"}),
    ("filter", "người lao động", {"category": "Chính sách"}),
    ("filter", "hòa", {"since": "2025-06-01", "until": "2025-06-30"}),
    ("filter", "doan vien", {"author": "Nguyễn"}),
    ("rare", "Thuận An", {}),
    ("rare", "2024", {}),
    ("hostile", '"', {}),
    ("hostile", 'NEAR(công* OR "đoàn', {}),
    ("hostile", "* - AND OR ^ :", {}),
    ("hostile", "xyzzy plugh", {}),
)


# --- Generation ------------------------------------------------------------------------------


def fixture_sentences() -> list[list[str]]:
    """The word runs of every paragraph, heading and link text of the fixture pages."""
    texts = set()
    for folder in SOURCES:
        for path in sorted(folder.rglob("*.html")):
            root = lxml.html.parse(str(path)).getroot()
            if root is None:
                continue
            for element in root.xpath("//p | //h1 | //h2 | //h3 | //li | //a"):
                text = " ".join(element.text_content().split())
                if len(text) > 30:
                    texts.add(text)
    return [text.split() for text in sorted(texts)]


class Generator:
    """Articles of Vietnamese-like text spliced from the fixture pages' sentences."""

    def __init__(self, seed: int = SEED):
        self.random = random.Random(seed)
        self.sentences = fixture_sentences()
        self.syllables = sorted({w.strip('.,:;!?“”"()') for s in self.sentences for w in s} - {""})

    def words(self, n: int) -> list[str]:
        """About n words: runs of 3 to 14 words of real sentences, numbers and names between."""
        rnd, out = self.random, []
        while len(out) < n:
            sentence = rnd.choice(self.sentences)
            size = rnd.randint(3, 14)
            start = rnd.randint(0, max(0, len(sentence) - size))
            out += sentence[start : start + size]
            roll = rnd.random()
            if roll < 0.08:
                out.append(str(rnd.choice((rnd.randint(1, 999), rnd.randint(1000, 99999)))))
            elif roll < 0.12:
                out += [rnd.choice(SURNAMES), *rnd.sample(self.syllables, 2)]
        return out[:n]

    def text(self, n: int) -> str:
        words = self.words(n)
        words[0] = words[0][:1].upper() + words[0][1:]
        return " ".join(words)

    def body(self) -> str:
        total = int(self.random.lognormvariate(math.log(BODY_MEDIAN_WORDS), BODY_SIGMA))
        total = min(max(total, 120), 3000)
        paragraphs, left = [], total
        while left > 0:
            size = min(left, self.random.randint(40, 110))
            paragraphs.append(self.text(size) + ".")
            left -= size
        return "\n\n".join(paragraphs)

    def article(self, n: int) -> dict:
        rnd = self.random
        day = FIRST_DAY + rnd.randrange(DAYS)
        minute = rnd.randrange(6 * 60, 22 * 60)
        when = time.strftime("%Y-%m-%d", time.gmtime(day * 86400))
        site = rnd.choice(SITES)
        return {
            "url": f"https://{site.replace('_', '.')}/bai-viet-{n}.html",
            "site": site,
            "title": self.text(rnd.randint(8, 18)),
            "lead": self.text(rnd.randint(25, 50)) + ".",
            "body": self.body(),
            "author": f"{rnd.choice(SURNAMES)} {' '.join(rnd.sample(self.syllables, 2))}",
            "published_at": f"{when}T{minute // 60:02d}:{minute % 60:02d}:00+07:00",
            "category": rnd.choice(CATEGORIES),
            "first_seen_at": "2026-01-01T00:00:00+00:00",
            "last_seen_at": "2026-01-01T00:00:00+00:00",
            "content_hash": f"{n:064x}",
        }


# --- Building --------------------------------------------------------------------------------


def archive_path(articles: int) -> Path:
    """The cached archive's file: its name changes with the generator, the migrations and the
    index's tokens (storage/vietnamese.py)."""
    digest = hashlib.sha256(str(GENERATOR_VERSION).encode())
    for source in ("migrations.py", "vietnamese.py"):
        digest.update((ROOT / "storage" / source).read_bytes())
    name = f"congdoan-bench-search-{articles}-{digest.hexdigest()[:12]}.db"
    return Path(tempfile.gettempdir()) / name


def build_archive(path: Path, articles: int) -> dict:
    """Generate the archive at `path`: articles first, then the search index (migration m010)
    over all of them, timed; returns the timings, also kept next to the file."""
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    db = Database(path)
    migrations.apply(db, stop_before="m010_articles_search")
    db["sites"].insert_all({"slug": slug, "name": slug} for slug in SITES)
    generator = Generator()
    started = time.perf_counter()
    with db.conn:
        rows = (generator.article(n) for n in range(articles))
        db["articles"].insert_all(rows, batch_size=2000)
    inserted = time.perf_counter() - started
    db.close()
    started = time.perf_counter()
    Archive(path).close()  # applies m010: the search index over every article
    timings = {
        "articles": articles,
        "generate_and_insert_seconds": round(inserted, 1),
        "index_build_seconds": round(time.perf_counter() - started, 1),
    }
    path.with_suffix(".json").write_text(json.dumps(timings), encoding="utf-8")
    return timings


def ready_archive(articles: int) -> tuple[Path, dict]:
    """The generated archive, built unless a complete one is cached in the temporary folder."""
    path = archive_path(articles)
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        with Archive(path) as archive:
            if archive.count_articles() == articles:
                return path, json.loads(meta.read_text(encoding="utf-8"))
    return path, build_archive(path, articles)


def sizes(db: Database) -> dict[str, int]:
    """Bytes of the text indexed (title, lead and body, UTF-8), of the search index (its FTS5
    tables and its keys, indexes included) and of the older articles_fts."""
    pages = dict(db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    text = db.execute(
        "SELECT sum(length(CAST(title AS BLOB)) + coalesce(length(CAST(lead AS BLOB)), 0)"
        " + length(CAST(body AS BLOB))) FROM articles"
    ).fetchone()[0]

    def total(prefixes: tuple[str, ...]) -> int:
        return sum(size for name, size in pages.items() if name.startswith(prefixes))

    index = (f"{SEARCH_TABLE}_", f"sqlite_autoindex_{SEARCH_KEYS}")
    return {"text": text, "index": total(index), "articles_fts": total(("articles_fts_",))}


# --- Measuring -------------------------------------------------------------------------------


@dataclass
class Timing:
    kind: str
    query: str
    filters: dict
    ms: float
    shown: int
    matches: int


def time_queries(db: Database) -> list[Timing]:
    """Each query once through storage.search.search (first page of 20, snippets included),
    after one untimed pass that warms the page cache as a running server's would be."""
    for _, query, filters in QUERIES:
        search(db, query, **filters)
    timings = []
    for kind, query, filters in QUERIES:
        started = time.perf_counter()
        results = search(db, query, **filters)
        elapsed = (time.perf_counter() - started) * 1000
        timings.append(Timing(kind, query, filters, elapsed, len(results), 0))
    for timing in timings:
        timing.matches = count(db, timing.query, **timing.filters)
    return timings


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def search_section(articles: int = ARTICLES) -> str:
    """The "## Search" section of BENCHMARKS.md."""
    path, build = ready_archive(articles)
    with Archive(path) as archive:
        measured = sizes(archive.db)
        timings = time_queries(archive.db)
    return search_markdown(build, measured, timings)


def search_markdown(build: dict, measured: dict, timings: list[Timing]) -> str:
    ms = [t.ms for t in timings]
    p50, p95 = percentile(ms, 0.50), percentile(ms, 0.95)
    ratio = measured["index"] / measured["text"]
    lines = [
        "## Search",
        "",
        f"`python -m tests.bench_search`: a generated archive of {build['articles']:,} articles "
        f"({measured['text'] / build['articles'] / 1000:.1f} KB of title, lead and body each on "
        "average, Vietnamese-like text spliced from the fixture pages' sentences, dated over ten "
        f"years, {len(SITES)} sites), {len(timings)} mixed queries through `storage.search.search`"
        " (first page of 20, snippets included), each timed once after an untimed warm-up pass.",
        "",
        "| kind | queries | p50 ms | max ms | slowest |",
        "|---|---:|---:|---:|---|",
    ]
    for kind in dict.fromkeys(t.kind for t in timings):
        group = [t for t in timings if t.kind == kind]
        slowest = max(group, key=lambda t: t.ms)
        lines.append(
            f"| {kind} | {len(group)} | {statistics.median(t.ms for t in group):.1f}"
            f" | {slowest.ms:.1f} | {label(slowest)} |"
        )
    lines += [
        f"| **all** | {len(timings)} | **{p50:.1f}** | {max(ms):.1f} | p95 **{p95:.1f}** ms |",
        "",
        f"- p95 latency < {P95_TARGET_MS} ms: **{'met' if p95 < P95_TARGET_MS else 'MISSED'}**"
        f" ({p95:.1f} ms; p50 {p50:.1f} ms)",
        f"- index size ≤ {SIZE_TARGET}× the indexed text: "
        f"**{'met' if ratio <= SIZE_TARGET else 'MISSED'}** ({ratio:.2f}×: "
        f"{measured['index'] / 1e6:,.0f} MB for {measured['text'] / 1e6:,.0f} MB of text; "
        f"the older articles_fts, kept for Datasette's table search, is another "
        f"{measured['articles_fts'] / measured['text']:.2f}×)",
        f"- index build (migration m010 over {build['articles']:,} articles): "
        f"{build['index_build_seconds']:.0f} s; generating and inserting them "
        f"{build['generate_and_insert_seconds']:.0f} s",
        "",
        "<details><summary>every query</summary>",
        "",
        "| kind | query | filters | ms | shown | matches |",
        "|---|---|---|---:|---:|---:|",
    ]
    for t in timings:
        lines.append(
            f"| {t.kind} | `{t.query}` | {filters_text(t.filters)} | {t.ms:.1f} | {t.shown}"
            f" | {t.matches:,} |"
        )
    lines += ["", "</details>", ""]
    return "\n".join(lines)


def label(timing: Timing) -> str:
    return f"`{timing.query}`" + (f" ({filters_text(timing.filters)})" if timing.filters else "")


def filters_text(filters: dict) -> str:
    return ", ".join(f"{key}={value}" for key, value in filters.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=ARTICLES, help="archive size")
    parser.add_argument("--write", action="store_true", help="put the section in BENCHMARKS.md")
    args = parser.parse_args(argv)
    section = search_section(args.articles)
    print(section)
    if args.write:
        from tests.bench import write_section

        write_section(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
