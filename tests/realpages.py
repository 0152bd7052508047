"""Real pages of Vietnamese news sites, annotated by hand, scored against the extractors.

The pages stay in ../shared/fixtures/real/ (never copied here); tests/real/<stem>.json holds
what a careful reader sees on each: fields, body must-contain and must-not-contain snippets.
Both the tests and `make bench` score `extract_article` and plain `trafilatura.extract` with
the same checks, so the numbers in BENCHMARKS.md and the test floors cannot drift apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from crawler.extraction.text import normalize_text

REAL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real"
ANNOTATIONS = Path(__file__).parent / "real"
FIELD_CHECKS = ("title", "published_at", "author", "lead", "category", "captions")


def annotations(kind: str) -> list[Path]:
    """The annotation files of one kind ("article" or "listing"), by name."""
    paths = sorted(ANNOTATIONS.glob("*.json"))
    return [p for p in paths if json.loads(p.read_text(encoding="utf-8")).get("kind") == kind]


def load(path: Path) -> tuple[dict, bytes | None]:
    """The annotation and the page's bytes (None when ../shared is absent)."""
    annotation = json.loads(path.read_text(encoding="utf-8"))
    page = REAL / annotation["page"]
    return annotation, page.read_bytes() if page.exists() else None


@dataclass
class Score:
    """How one extractor did on one page."""

    contains_found: int = 0
    contains_total: int = 0
    leaks: list[str] = field(default_factory=list)
    excludes_total: int = 0
    fields: dict[str, bool | None] = field(default_factory=dict)  # None: nothing to check

    @property
    def checks_passed(self) -> int:
        return self.contains_found + self.excludes_total - len(self.leaks)

    @property
    def checks_total(self) -> int:
        return self.contains_total + self.excludes_total


def _norm(value: str | None) -> str:
    return normalize_text(value or "").casefold().strip(" .")


def _same(a: str | None, b: str | None) -> bool:
    """Equal up to case, spacing and a final full stop (a null expected value included)."""
    return _norm(a) == _norm(b)


def _untagged(lead: str | None) -> str | None:
    from crawler.extraction.clean import strip_agency_prefix

    return strip_agency_prefix(lead) if lead else lead


def date_hit(expected: str | None, found: str | None) -> bool | None:
    """Date and (when the page shows one) time of day; None when the page shows no date."""
    if not expected:
        return None
    if not found:
        return False
    if len(expected) == 10:  # the page shows no time: the day must be right
        return found[:10] == expected
    return found[:16] == expected[:16]


def captions_hit(expected: list[str] | None, images: list[dict] | None) -> bool | None:
    """Every caption the reader sees is found on some image; None when the page has none."""
    if not expected:
        return None
    found = [normalize_text(i.get("caption") or "") for i in images or []]
    return all(any(normalize_text(c) in f for f in found) for c in expected)


def score(annotation: dict, record: dict) -> Score:
    """Score an extracted record (the project's FIELDS, or trafilatura's mapped onto them)."""
    body = normalize_text(record.get("body") or "")
    expected = annotation["expected"]
    result = Score(
        contains_found=sum(normalize_text(s) in body for s in annotation["body_contains"]),
        contains_total=len(annotation["body_contains"]),
        leaks=[s for s in annotation["body_excludes"] if normalize_text(s) in body],
        excludes_total=len(annotation["body_excludes"]),
    )
    result.fields = {
        "title": _same(expected.get("title"), record.get("title")),
        "published_at": date_hit(expected.get("published_at"), record.get("published_at")),
        "author": _same(expected.get("author"), record.get("author")),
        # The archive stores a sa-pô without its agency tag ("(NLĐO)-", "TT - "): README.
        "lead": _same(_untagged(expected.get("lead")), _untagged(record.get("lead"))),
        "category": _same(expected.get("category"), record.get("category"))
        if expected.get("category")
        else None,
        "captions": captions_hit(expected.get("captions"), record.get("images"))
        if "images" in record
        else None,
    }
    return result


def extract_ours(annotation: dict, html: bytes) -> dict:
    from crawler.extraction import extract_article

    return extract_article(html, annotation["url"], None, fetched_at=annotation.get("fetched_at"))


def extract_trafilatura(annotation: dict, html: bytes) -> dict:
    """Plain trafilatura (its defaults), its metadata mapped onto our field names."""
    import trafilatura

    from crawler.extraction.dom import decode_html

    text = decode_html(html)
    document = trafilatura.bare_extraction(text, url=annotation["url"], with_metadata=True)
    if document is None:
        return {"body": ""}
    categories = document.categories or []
    return {
        "body": trafilatura.extract(text, url=annotation["url"]) or "",
        "title": document.title,
        "published_at": document.date,
        "author": document.author,
        "lead": document.description,
        "category": categories[-1] if categories else None,
    }
