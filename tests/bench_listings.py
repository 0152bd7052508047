"""Listing links on the annotated real listings: what the crawl would follow, scored.

`listings_section()` is the Markdown table `make bench` prints; tests/test_listing.py holds the
same scores to the targets of issue 6 (precision >= 0.9, recall >= 0.95 of a page's own items,
next page exact), so the table and the test floors cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crawler.listing import listing_links
from tests.realpages import annotations, load

PRECISION_TARGET = 0.9
RECALL_TARGET = 0.95


@dataclass
class ListingScore:
    """The links found on one annotated listing against its own items."""

    page: str
    own: int
    found: int
    right: int
    next_page_right: bool

    @property
    def precision(self) -> float:
        """Share of the found links that are own items (1.0 when nothing was found: no noise)."""
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Share of the own items found (1.0 for a page that has none)."""
        return self.right / self.own if self.own else 1.0

    @property
    def on_target(self) -> bool:
        return (
            self.precision >= PRECISION_TARGET
            and self.recall >= RECALL_TARGET
            and self.next_page_right
        )


def score_listing(annotation: dict, found: dict) -> ListingScore:
    """Score what `listing_links` found against one annotation."""
    own = set(annotation["articles"])
    articles = found["articles"]
    return ListingScore(
        page=annotation["page"],
        own=len(own),
        found=len(articles),
        right=len(own.intersection(articles)),
        next_page_right=found["next_page"] == annotation["next_page"],
    )


def listing_scores() -> list[ListingScore]:
    """The generic rules (no site description) on every annotated listing that is at hand."""
    scores = []
    for path in annotations("listing"):
        annotation, html = load(path)
        if html is not None:
            scores.append(score_listing(annotation, listing_links(html, annotation["url"])))
    return scores


def listings_section() -> str:
    """A Markdown table: per real listing, own items, links found, precision, recall, next page."""
    scores = listing_scores()
    if not scores:
        return "Listings: no annotated real listing at hand (../shared/fixtures/real is absent).\n"
    lines = [
        "| listing | own items | found | precision | recall | next page right |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for s in scores:
        lines.append(
            f"| {Path(s.page).name} | {s.own} | {s.found} | {s.precision:.2f} | {s.recall:.2f}"
            f" | {'yes' if s.next_page_right else 'no'} |"
        )
    own, found, right = (sum(getattr(s, k) for s in scores) for k in ("own", "found", "right"))
    next_right = sum(s.next_page_right for s in scores)
    lines.append(
        f"| **all {len(scores)}** | {own} | {found} | {right / found if found else 1:.3f}"
        f" | {right / own if own else 1:.3f} | {next_right}/{len(scores)} |"
    )
    on_target = sum(s.on_target for s in scores)
    lines.append("")
    lines.append(
        f"Generic listing rules (crawler/listing.py, no site description) on the annotated real "
        f"listings of tests/real/: {on_target} of {len(scores)} pages reach precision >= "
        f"{PRECISION_TARGET} and recall >= {RECALL_TARGET} of their own items with the next page "
        f"right."
    )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(listings_section())
