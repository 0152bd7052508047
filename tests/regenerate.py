"""`make fixtures-update SITE=slug`: rewrite fixtures' expected JSON from the current code.

Review `git diff tests/sites` afterwards: every change is either a fix or a regression.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from crawler.cli import described_sites
from crawler.extraction import extract_article
from crawler.fixtures import FIXTURE_FIELDS, write_json

SITES_DIR = Path(__file__).parent / "sites"


def regenerate(path: Path, sites: dict) -> bool:
    """Rewrite one fixture's expected fields (and exact paragraphs, if it keeps them)."""
    fixture = json.loads(path.read_text(encoding="utf-8"))
    html = path.with_suffix(".html").read_bytes()
    record = extract_article(
        html, fixture["url"], sites.get(fixture["site"]), fixture["fetched_at"]
    )
    updated = dict(fixture)
    updated["expected"] = {f: record[f] for f in FIXTURE_FIELDS if f in fixture["expected"]}
    if "body_paragraphs" in fixture:
        updated["body_paragraphs"] = record["body"].split("\n\n")
    if updated == fixture:
        return False
    write_json(path, updated)
    return True


def main(argv: list[str]) -> int:
    slug = argv[0] if argv else ""
    if not slug:
        print("usage: make fixtures-update SITE=<slug|generic>", file=sys.stderr)
        return 2
    folder = SITES_DIR / slug
    if not folder.is_dir():
        print(f"no fixtures at {folder}", file=sys.stderr)
        return 2
    sites = described_sites()
    for path in sorted(folder.glob("*.json")):
        if not path.name.startswith("listing_") and regenerate(path, sites):
            print(f"rewrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
