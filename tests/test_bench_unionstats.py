"""The bench's reading of an annotated set of one's own (`python -m tests.bench_unionstats --file`):
what keeps a set from being scored is said in one line, naming the sentence."""

from __future__ import annotations

import json

import pytest

from crawler.extraction.unionstats import FIELDS
from tests.bench_unionstats import entry_problem, load_file

SENTENCE = "Kết nạp 120 đoàn viên công đoàn, đạt 80% kế hoạch."
FIGURE = {
    **{key: None for key in FIELDS if key != "sentence"},
    "metric": "doan_vien_ket_nap",
    "kind": "result",
    "achieved": 120,
    "percent": 80,
    "percent_kind": "of_target",
    "qualifiers": {},
    "text_span": "Kết nạp 120 đoàn viên công đoàn",
}


def entry(**changes) -> dict:
    figure = {**FIGURE, **changes.pop("figure", {})}
    return {"id": "S-001", "sentence": SENTENCE, "figures": [figure], **changes}


def test_an_annotated_sentence_has_no_problem():
    assert entry_problem(entry()) is None
    assert entry_problem(entry(annotated=True)) is None
    assert entry_problem({"id": "S-002", "sentence": "Trời mưa.", "figures": []}) is None


@pytest.mark.parametrize(
    "changes, problem",
    [
        ({"annotated": False}, "S-001 is not annotated yet"),
        ({"figures": None}, "S-001 has no sentence or no list of figures"),
        ({"figure": {"metric": "doan_vien"}}, "S-001: metric 'doan_vien' is none of"),
        ({"figure": {"kind": "done"}}, "S-001: kind 'done' is none of result, plan"),
        ({"figure": {"percent_kind": "share"}}, "S-001: percent_kind 'share' is none of"),
        ({"figure": {"stage": "chosen"}}, "S-001: stage 'chosen' is none of"),
        ({"figure": {"text_span": "kết nạp 12"}}, "S-001: the text_span 'kết nạp 12' is not in"),
    ],
)
def test_what_keeps_a_sentence_from_being_scored(changes, problem):
    assert entry_problem(entry(**changes)).startswith(problem)


def test_a_figure_missing_fields_names_them():
    figure = {key: value for key, value in FIGURE.items() if key not in ("period", "label")}
    found = entry_problem({"id": "S-003", "sentence": SENTENCE, "figures": [figure]})
    assert found == "S-003: a figure has no label, period"


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"{not json", "not an annotated set"),
        (b'{"about": "no sentences"}', "not an annotated set"),
        ("Kết nạp".encode("cp1258", errors="replace") + b"\xff", "not an annotated set"),
    ],
)
def test_a_file_that_is_no_set_is_one_line(tmp_path, content, problem):
    path = tmp_path / "set.json"
    path.write_bytes(content)
    with pytest.raises(ValueError) as raised:
        load_file(path)
    assert str(raised.value).startswith(f"{path}: {problem}")
    assert "\n" not in str(raised.value)


def test_a_set_file_reads_its_sentences(tmp_path):
    path = tmp_path / "set.json"
    made = {"about": "a test", "sentences": [entry(annotated=True)]}
    path.write_text(json.dumps(made, ensure_ascii=False), encoding="utf-8")
    assert load_file(path) == made["sentences"]
