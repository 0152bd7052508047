"""Sentences of archived articles drawn at random, to be annotated by hand: the way to measure the
union-statistics rules on pages nobody tuned them on (issue #10's targets are about such pages).

A candidate is any sentence of a headline, sa-pô or body that has a number (digits, or a number
word) and a word of union development. The word list is this module's own, broad on purpose and
independent of the rules (wording.py): a sample chosen by what the rules read would measure only
what they already read. The draw is uniform over the candidates (reservoir sampling, so a large
archive costs the sample's memory only) and fixed by its seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .extraction.unionstats.sentences import split_sentences

# Words of membership development, its indicators and its bodies, as union news writes them.
_UNION_WORDS = re.compile(
    r"(?<!\w)(?:kết nạp|thành lập|phát triển|giới thiệu|tập huấn|bồi dưỡng|đoàn viên|công đoàn"
    r"|cđcs|cđ|lđlđ|đvcđ|đv|chỉ tiêu|kế hoạch|vững mạnh|hội nghị|đối thoại|thỏa ước|thoả ước"
    r"|quần chúng ưu tú|đảng)(?!\w)",
    re.IGNORECASE,
)
# Digits, or a number word ("thành lập hai CĐCS"; "năm" is left out: it is a year's word too).
_NUMBER = re.compile(
    r"\d|(?<!\w)(?:một|hai|ba|bốn|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|vạn|triệu)(?!\w)",
    re.IGNORECASE,
)


def is_candidate(sentence: str) -> bool:
    """Could a union-development figure be stated here (a number and a union word)?"""
    return bool(_NUMBER.search(sentence) and _UNION_WORDS.search(sentence))


def candidate_sentences(article: Mapping[str, Any]) -> Iterator[dict]:
    """The candidate sentences of an archived article, each with the headline and sa-pô it is
    read with (a sa-pô's own sentences are read with the headline only, as the archive does)."""
    title, lead = article.get("title") or "", article.get("lead") or ""
    parts = (
        (title, {"title": title}),
        (lead, {"title": title}),
        (article.get("body") or "", {"title": title, "lead": lead}),
    )
    for text, context in parts:
        for _paragraph, sentence in split_sentences(text):
            if is_candidate(sentence):
                yield {
                    "source": article["url"],
                    "sentence": sentence,
                    "context": {key: value for key, value in context.items() if value},
                }


def draw(candidates: Iterable[dict], size: int, seed: int) -> tuple[list[dict], int]:
    """`size` candidates drawn uniformly (a sentence said again elsewhere counts once in the
    sample), in the order they came, and how many candidates there were."""
    chooser = random.Random(seed)
    chosen: list[tuple[int, dict]] = []
    held: set[str] = set()
    seen = 0
    for candidate in candidates:
        if candidate["sentence"] in held:
            continue
        seen += 1
        if len(chosen) < size:
            slot = len(chosen)
            chosen.append((seen, candidate))
        else:
            slot = chooser.randrange(seen)
            if slot >= size:
                continue
            held.discard(chosen[slot][1]["sentence"])
            chosen[slot] = (seen, candidate)
        held.add(candidate["sentence"])
    return [candidate for _order, candidate in sorted(chosen, key=lambda pair: pair[0])], seen


def annotation_set(sample: list[dict], about: str) -> dict:
    """The sample as an evaluation set to fill in (tests/unionstats/CONVENTIONS.md): every
    sentence with no figures yet and marked not annotated, so that nobody scores it half done."""
    return {
        "about": about,
        "sentences": [
            {
                "id": f"S-{number:03d}",
                **candidate,
                "figures": [],
                "trap": None,
                "note": "",
                "annotated": False,
            }
            for number, candidate in enumerate(sample, start=1)
        ],
    }
