"""The generic path on real pages nobody described: never dirtier than trafilatura.

Annotations live in tests/real/ (see tests/realpages.py); the pages in ../shared, so these
tests skip on a machine without it. `make bench` prints the full table (BENCHMARKS.md).
"""

import pytest

from tests.bench_real import MAX_LEAKS_PER_80, MIN_RECALL
from tests.realpages import REAL, annotations, extract_ours, extract_trafilatura, load, score

pytestmark = pytest.mark.skipif(not REAL.exists(), reason="../shared/fixtures/real is absent")
ARTICLES = annotations("article")


@pytest.fixture(scope="module")
def scores() -> dict:
    results = {}
    for path in ARTICLES:
        annotation, html = load(path)
        if html is not None:
            results[path.stem] = (
                annotation,
                score(annotation, extract_ours(annotation, html)),
                score(annotation, extract_trafilatura(annotation, html)),
            )
    return results


def test_annotations_are_present():
    assert len(ARTICLES) >= 8


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_never_dirtier_than_trafilatura(path, scores):
    _annotation, ours, theirs = scores[path.stem]
    assert ours.checks_passed >= theirs.checks_passed, ours.leaks


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_title_is_right(path, scores):
    assert scores[path.stem][1].fields["title"]


def test_body_recall_over_all_pages(scores):
    found = sum(s.contains_found for _a, s, _t in scores.values())
    wanted = sum(s.contains_total for _a, s, _t in scores.values())
    assert found >= MIN_RECALL * wanted


def test_leaks_over_all_pages(scores):
    leaks = [leak for _a, s, _t in scores.values() for leak in s.leaks]
    boilerplate = sum(s.excludes_total for _a, s, _t in scores.values())
    assert len(leaks) <= boilerplate * MAX_LEAKS_PER_80 / 80, leaks
