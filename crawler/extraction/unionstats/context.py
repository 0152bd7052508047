"""Who a figure belongs to and for when: from its sentence, else from the headline or the lead."""

from __future__ import annotations

import re

from . import wording as w


def _mentions(pattern: re.Pattern, text: str) -> list[re.Match]:
    return list(pattern.finditer(text))


def _clean(value: str) -> str:
    return value.strip(" ,.;:-–")


def _trim_period(value: str) -> str:
    # "trong năm 2022" -> "năm 2022": the preposition is the sentence's, not the period's.
    return re.sub(r"^trong\s+", "", value, flags=re.I)


def nearest_before(
    pattern: re.Pattern, sentence: str, at: int, skip: list[tuple[int, int]]
) -> str | None:
    """The mention of `pattern` closest before `at` (else the first after), outside `skip` spans."""
    mentions = [
        m
        for m in _mentions(pattern, sentence)
        if all(m.end() <= a or m.start() >= b for a, b in skip)
    ]
    before = [m for m in mentions if m.start() < at]
    chosen = before[-1] if before else (mentions[0] if mentions else None)
    return _clean(chosen.group(0)) if chosen else None


def first_in(pattern: re.Pattern, text: str | None) -> str | None:
    if not text:
        return None
    match = pattern.search(text)
    return _clean(match.group(0)) if match else None


def organisation_and_period(
    sentence: str,
    at: int,
    taken: list[tuple[int, int]],
    title: str | None,
    lead: str | None,
) -> dict:
    """organisation / period with where each came from ("sentence", "title", "lead" or None)."""
    found = {}
    for key, pattern in (("organisation", w.ORGANISATION), ("period", w.PERIOD)):
        value, source = nearest_before(pattern, sentence, at, taken), "sentence"
        if value is None:
            value, source = first_in(pattern, title), "title"
        if value is None:
            value, source = first_in(pattern, lead), "lead"
        if value is not None and key == "period":
            value = _trim_period(value)
        found[key] = value
        found[f"{key}_from"] = source if value is not None else None
    return found
