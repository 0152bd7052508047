"""The bench's reading of an annotated set of one's own (`python -m tests.bench_unionstats --file`):
what keeps a set from being scored is said in one line, naming the sentence."""

from __future__ import annotations

import json

import pytest

import tests.bench_unionstats as bench
from crawler.extraction.unionstats import FIELDS
from tests.bench_unionstats import articles, entry_problem, evaluate_as_articles, load_file

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
        (
            {"figure": {"achieved": None, "percent": None}},
            "S-001: a figure has no achieved, target or percent",
        ),
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


def test_sentences_grouped_back_into_their_articles():
    first = {"title": "LĐLĐ huyện: 6 tháng kết nạp 300 đoàn viên", "lead": "Sa-pô."}
    second = {"title": "Tin khác"}
    entries = [
        {"id": "A-1", "sentence": "LĐLĐ huyện: 6 tháng kết nạp 300 đoàn viên", "context": first},
        {"id": "A-2", "sentence": "Câu một.", "context": first},
        {"id": "A-3", "sentence": "Câu hai.", "context": first},
        {"id": "B-1", "sentence": "Câu ba.", "context": second},
        {"id": "A-4", "sentence": "Câu bốn.", "context": first},
    ]
    grouped = [(context["title"], [e["id"] for e in body]) for context, body in articles(entries)]
    # (the headline's own sentence is no body text; an article comes back only in one run)
    assert grouped == [
        ("LĐLĐ huyện: 6 tháng kết nạp 300 đoàn viên", ["A-2", "A-3"]),
        ("Tin khác", ["B-1"]),
        ("LĐLĐ huyện: 6 tháng kết nạp 300 đoàn viên", ["A-4"]),
    ]


def test_a_set_read_as_whole_articles():
    context = {"title": "LĐLĐ tỉnh Bến Tre tập trung thực hiện 10 chỉ tiêu năm 2022"}

    def planned(sentence_id, sentence, target):
        figure = {
            **FIGURE,
            "kind": "plan",
            "achieved": None,
            "target": target,
            "percent": None,
            "percent_kind": None,
        }
        return {"id": sentence_id, "sentence": sentence, "context": context, "figures": [figure]}

    entries = [
        planned("P-1", "Cụ thể, kết nạp 4.200 đoàn viên công đoàn.", 4200),
        # (a list of plans going on: planned, read alone under the headline and read after the
        # sentence before it, which plans nothing in words of its own)
        planned("P-2", "Ngoài ra, kết nạp thêm 300 đoàn viên ở các nghiệp đoàn.", 300),
    ]
    alone, whole = evaluate_as_articles(entries)
    assert (whole.right, whole.predicted, whole.annotated) == (2, 2, 2)
    assert (alone.right, alone.predicted) == (2, 2)


def test_a_table_pasted_with_tabs_read_as_a_whole_article():
    # (the extractor gives a row back with its tabs read as bars; it is still the row's sentence)
    context = {"title": "Công đoàn ngành Giáo dục Hà Nội sơ kết học kỳ I"}
    entry = {
        "id": "T-1",
        "sentence": "Nội dung\tSố lượng\tĐơn vị tính\nKết nạp đoàn viên\t356\tngười",
        "context": context,
        "figures": [
            {**FIGURE, "achieved": 356, "target": None, "percent": None, "percent_kind": None}
        ],
    }
    alone, whole = evaluate_as_articles([entry])
    assert (whole.right, whole.predicted, whole.annotated) == (1, 1, 1)
    assert alone.right == 1


def test_probe_files_scored_in_their_number_order_one_row_each(tmp_path, monkeypatch):
    negative = {"id": "S-002", "sentence": "Trời mưa.", "figures": []}
    for number, entries in ((10, [entry(), negative]), (9, [negative])):
        path = tmp_path / f"probes{number}.json"
        path.write_text(json.dumps({"sentences": entries}, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(bench, "PROBES", tmp_path)
    rows = [line for line in bench.probe_lines() if line.startswith("| probes")]
    assert rows == [
        "| probes9 | 1 | 1 | 1.000 | 1.000 | 0 |",
        "| probes10 | 2 | 1 | 1.000 | 1.000 | 0 |",
    ]
