"""`congdoan unionstats`: figures of a text, standard input or an HTML page as one JSON list;
`--db` recomputes the whole archive's with progress; one-line errors; Ctrl-C loses no batch;
`--db --sample N` draws sentences to annotate, which the bench scores once annotated."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

import crawler.extraction.unionstats as rules
from crawler.cli import main
from crawler.commands import unionstats as command
from crawler.commands.common import page_site
from crawler.extraction import extract_article
from crawler.unionstats import article_figures, extractor_version
from storage import Archive

ROOT = Path(__file__).resolve().parent.parent
SITES = Path(__file__).resolve().parent / "sites"
# Seed 1 of issue 10, as laodongthudo.vn printed it (tests/sites fixtures, two layouts).
HOAI_DUC = SITES / "laodongthudo_vn" / "2022-07-18_hoai-duc-phat-trien-doan-vien"
HOAI_DUC_PAGE = SITES / "generic" / "2022-07-18_mastercms-hoai-duc-phat-trien-doan-vien.html"
HOAI_DUC_URL = "https://laodongthudo.vn/ldld-huyen-hoai-duc-no-luc-hoan-thanh-chi-tieu-phat-trien-doan-vien-141692.html"
SEED_SPAN = "kết nạp được 310/512 đoàn viên, đạt 60,5% kế hoạch"


def hoai_duc_text() -> str:
    fixture = json.loads(HOAI_DUC.with_suffix(".json").read_text(encoding="utf-8"))
    return "\n".join(fixture["body_paragraphs"])


def congdoan(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """The command as a user runs it, in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "crawler", "unionstats", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def output_json(result: subprocess.CompletedProcess):
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout.decode("utf-8"))


def is_seed_figure(figure: dict) -> bool:
    return (figure["metric"], figure["achieved"], figure["target"], figure["percent"]) == (
        "doan_vien_ket_nap",
        310,
        512,
        60.5,
    )


# Text and pages


@pytest.fixture(scope="module")
def text_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("text") / "hoai-duc.txt"
    path.write_text(hoai_duc_text(), encoding="utf-8")
    return path


def test_a_text_file_prints_one_json_list_of_what_the_extractor_finds(text_file):
    result = congdoan(str(text_file))
    printed = output_json(result)
    assert printed == article_figures({"body": hoai_duc_text()})
    text = result.stdout.decode("utf-8")
    assert text.startswith("[") and text.endswith("\n")
    assert "\\u" not in text  # Vietnamese stays readable (ensure_ascii=False)


def test_standard_input_reads_the_same(text_file):
    from_file = output_json(congdoan(str(text_file)))
    assert output_json(congdoan("-", stdin=text_file.read_bytes())) == from_file


def test_an_empty_text_has_no_figures():
    assert output_json(congdoan("-", stdin=b"")) == []


def test_an_html_page_is_read_through_the_article_extractor():
    printed = output_json(congdoan(str(HOAI_DUC_PAGE), "--html", "--url", HOAI_DUC_URL))
    html = HOAI_DUC_PAGE.read_bytes()
    site = page_site(None, HOAI_DUC_URL)  # laodongthudo_vn, found from the URL as the command does
    assert printed == article_figures(extract_article(html, HOAI_DUC_URL, site))


def test_the_seed_sentence_gives_its_members_recruited(text_file):
    # Needs the extractor's rules (crawler/extraction/unionstats): red while they are a stub.
    figures = output_json(congdoan(str(text_file)))
    [seed] = [f for f in figures if is_seed_figure(f)]
    assert SEED_SPAN in seed["text_span"] and seed["percent_kind"] == "of_target"
    page = output_json(congdoan(str(HOAI_DUC_PAGE), "--html", "--url", HOAI_DUC_URL))
    assert any(is_seed_figure(f) for f in page)


# Errors: one line on standard error, exit 2


@pytest.fixture(scope="module")
def not_text(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    (folder / "latin1.txt").write_bytes("Công đoàn".encode("cp1258", errors="replace") + b"\xff")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "other.db").write_bytes(b"")
    return folder


@pytest.mark.parametrize(
    "args, message",
    [
        ([], "give a text FILE"),
        (["a.txt", "--db", "x.db"], "not both"),
        (["{bad}/missing.txt"], "no such file"),
        (["{bad}"], "is a directory"),
        (["{bad}/latin1.txt"], "not UTF-8 text"),
        (["{bad}/image.png"], "binary data"),
        (["{bad}/image.png", "--html", "--url", HOAI_DUC_URL], "not an HTML page"),
        ([str(HOAI_DUC_PAGE), "--html"], "--html needs --url"),
        ([str(HOAI_DUC_PAGE), "--url", HOAI_DUC_URL], "--url goes with --html"),
        ([str(HOAI_DUC_PAGE), "--html", "--url", "ftp://x/y"], "http(s)"),
        (["-", "--site", "laodongthudo_vn"], "--site goes with"),
        (["--db", "{bad}/missing.db"], "no archive there"),
        (["--db", "{bad}/other.db"], "an empty file"),
        (["--db", "{bad}/x.db", "--html"], "--html and --url read one page"),
        (["-", "--sample", "5"], "--sample N draws from an archive: give --db DB"),
        (["--db", "{bad}/x.db", "--sample", "0"], "--sample 0: give a number of sentences"),
        (["--db", "{bad}/x.db", "--seed", "4"], "--seed goes with --sample"),
        (["--db", "{bad}/missing.db", "--sample", "5"], "no archive there"),
        (["--no-such-option"], "unrecognized arguments"),
    ],
)
def test_one_line_errors_exit_2(not_text, args, message):
    result = congdoan(*(arg.replace("{bad}", str(not_text)) for arg in args))
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert message in stderr
    assert stderr.startswith("congdoan: ") and stderr.count("\n") == 1
    assert result.stdout == b""


# --db: the whole archive


def article(n: int, body: str, site: str = "laodongthudo_vn") -> dict:
    return {
        "url": f"https://laodongthudo.vn/tin-{n:04d}.html",
        "site": site,
        "title": "LĐLĐ huyện Hoài Đức nỗ lực hoàn thành chỉ tiêu phát triển đoàn viên",
        "body": body,
        "published_at": f"2022-07-{1 + n % 28:02d}T09:00:00+07:00",
    }


def build_archive(path: Path, bodies: list[str], site: str = "laodongthudo_vn") -> Path:
    with Archive(path) as archive:
        archive.upsert_sites([{"slug": site}])
        for n, body in enumerate(bodies):
            archive.save_article(article(n, body, site), None, "2022-07-30T00:00:00+07:00")
    return path


def stored(path: Path) -> list[dict]:
    with Archive(path) as archive:
        return list(archive.db.query("select * from union_stats order by url, position"))


def test_db_recomputes_every_article_with_progress_and_a_summary(tmp_path):
    path = build_archive(tmp_path / "a.db", [hoai_duc_text(), "Không có số liệu.", hoai_duc_text()])
    result = congdoan("--db", str(path))
    stderr, stdout = result.stderr.decode(), result.stdout.decode()
    assert result.returncode == 0, stderr
    assert f"unionstats: reading the figures of 3 articles of {path}" in stderr
    assert "unionstats: 3/3 articles (100%)" in stderr
    expected = article_figures(article(0, hoai_duc_text()))
    rows = stored(path)
    assert len(rows) == 2 * len(expected)
    assert stdout.count("\n") == 1
    assert stdout.startswith(f"union statistics of {path}: 3 articles read, {len(rows)} figures")
    for metric in {f["metric"] for f in expected}:
        assert f"{metric} {sum(f['metric'] == metric for f in expected) * 2}" in stdout
    assert {r["extractor_version"] for r in rows} <= {extractor_version()}


def test_db_stores_the_seed_figure_linked_to_its_article(tmp_path):
    # Needs the extractor's rules: red while they are a stub.
    path = build_archive(tmp_path / "a.db", [hoai_duc_text()])
    assert congdoan("--db", str(path)).returncode == 0
    [seed] = [
        r for r in stored(path) if r["metric"] == "doan_vien_ket_nap" and r["achieved"] == 310
    ]
    assert (seed["target"], seed["percent"], seed["year"]) == (512, 60.5, 2022)
    assert seed["url"] == article(0, "")["url"] and SEED_SPAN in seed["text_span"]


def test_quiet_shows_no_progress(tmp_path):
    path = build_archive(tmp_path / "a.db", ["Không có số liệu."])
    result = congdoan("--db", str(path), "--quiet")
    assert result.returncode == 0 and result.stderr == b""


def test_an_unknown_site_is_a_usage_error(tmp_path):
    path = build_archive(tmp_path / "a.db", ["Không có số liệu."])
    result = congdoan("--db", str(path), "--site", "khong_co")
    assert result.returncode == 2
    assert "no site 'khong_co' in the archive; its sites: laodongthudo_vn" in result.stderr.decode()


# --db --sample N: sentences to annotate by hand, then scored by the bench


SAMPLE_BODIES = [
    hoai_duc_text(),
    "Công đoàn huyện đã thành lập 3 CĐCS mới.\nTrời mưa cả ngày, 40 người đến dự.",
    "Kết nạp 120 đoàn viên công đoàn, đạt 80% kế hoạch.",
]


def test_sample_prints_a_set_to_annotate_and_says_what_next(tmp_path):
    path = build_archive(tmp_path / "a.db", SAMPLE_BODIES)
    result = congdoan("--db", str(path), "--sample", "3", "--seed", "7")
    made = output_json(result)
    entries = made["sentences"]
    assert [e["id"] for e in entries] == ["S-001", "S-002", "S-003"]
    assert all(e["annotated"] is False and e["figures"] == [] for e in entries)
    assert all(e["source"].startswith("https://laodongthudo.vn/tin-") for e in entries)
    assert all(e["context"]["title"] == article(0, "")["title"] for e in entries)
    assert "40 người" not in " ".join(e["sentence"] for e in entries)  # no union word
    assert "drawn at random (seed 7)" in made["about"]
    stderr = result.stderr.decode()
    assert "3 of " in stderr and "python -m tests.bench_unionstats --file" in stderr
    # The same archive and seed draw the same sentences.
    again = output_json(congdoan("--db", str(path), "--sample", "3", "--seed", "7"))
    assert again == made


def test_a_sample_annotated_by_hand_is_scored_by_the_bench(tmp_path):
    path = build_archive(tmp_path / "a.db", SAMPLE_BODIES[2:])
    made = output_json(congdoan("--db", str(path), "--sample", "10"))
    [entry] = made["sentences"]
    set_file = tmp_path / "sample.json"
    set_file.write_text(json.dumps(made, ensure_ascii=False), encoding="utf-8")
    bench = [sys.executable, "-m", "tests.bench_unionstats", "--file", str(set_file)]
    refused = subprocess.run(bench, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2
    assert refused.stderr.strip().endswith(
        'S-001 is not annotated yet (set "annotated" to true once it is)'
    )
    entry["annotated"] = True
    entry["figures"] = [
        {
            **{key: None for key in rules.FIELDS if key != "sentence"},
            "metric": "doan_vien_ket_nap",
            "kind": "result",
            "achieved": 120,
            "percent": 80,
            "percent_kind": "of_target",
            "qualifiers": {},
            "text_span": "Kết nạp 120 đoàn viên công đoàn, đạt 80% kế hoạch",
        }
    ]
    set_file.write_text(json.dumps(made, ensure_ascii=False), encoding="utf-8")
    scored = subprocess.run(bench, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert scored.returncode == 0, scored.stderr
    assert "**sample.json**: 1 sentences, 1 annotated figures" in scored.stdout
    assert "precision 1.000, recall 1.000" in scored.stdout


# In-process, with rules of the test's own: what --db does with the figures it is given


def fake_rules(text: str, *, title=None, lead=None) -> list[dict]:
    """One figure per line that says "kết nạp N đoàn viên" (N the line's first number)."""
    figures = []
    for line in text.split("\n"):
        if "kết nạp" in line:
            number = int(next(word for word in line.split() if word.isdigit()))
            figures.append(
                {
                    "metric": "doan_vien_ket_nap",
                    "stage": None,
                    "label": None,
                    "kind": "result",
                    "achieved": number,
                    "target": None,
                    "percent": None,
                    "percent_kind": None,
                    "qualifiers": {},
                    "organisation": title,
                    "organisation_from": "title" if title else None,
                    "period": None,
                    "period_from": None,
                    "text_span": f"kết nạp {number} đoàn viên",
                    "sentence": line,
                }
            )
    return figures


@pytest.fixture
def rules_of_the_test(monkeypatch):
    monkeypatch.setattr(rules, "union_stats", fake_rules)


def test_db_replaces_stale_figures_and_counts_per_metric(tmp_path, rules_of_the_test, capsys):
    path = build_archive(tmp_path / "a.db", ["Đã kết nạp 12 đoàn viên.", "Tin khác."])
    with Archive(path) as archive:  # figures of older rules, on the article that now has none
        archive.replace_union_stats(article(1, ""), fake_rules("kết nạp 99 đoàn viên"), "old")
    assert main(["unionstats", "--db", str(path), "--quiet"]) == 0
    assert [(r["url"], r["achieved"]) for r in stored(path)] == [(article(0, "")["url"], 12)]
    assert capsys.readouterr().out == (
        f"union statistics of {path}: 2 articles read, 1 figures stored (doan_vien_ket_nap 1)\n"
    )
    ids = [r["id"] for r in stored(path)]
    assert main(["unionstats", "--db", str(path), "--quiet"]) == 0  # again: nothing rewritten
    assert [r["id"] for r in stored(path)] == ids


def test_db_with_a_site_leaves_the_other_sites_alone(tmp_path, rules_of_the_test, capsys):
    path = build_archive(tmp_path / "a.db", ["kết nạp 5 đoàn viên"], site="nld_com_vn")
    with Archive(path) as archive:
        archive.save_article(
            {**article(7, "kết nạp 7 đoàn viên"), "site": "laodongthudo_vn"}, None, "2022-08-01"
        )
    assert main(["unionstats", "--db", str(path), "--site", "nld_com_vn", "--quiet"]) == 0
    assert [r["achieved"] for r in stored(path)] == [5]
    assert "1 articles read" in capsys.readouterr().out


def test_an_article_the_rules_fail_on_keeps_its_figures_and_exit_1(tmp_path, monkeypatch, capsys):
    path = build_archive(tmp_path / "a.db", ["kết nạp 1 đoàn viên", "kết nạp 2 đoàn viên"])
    with Archive(path) as archive:
        archive.replace_union_stats(article(1, ""), fake_rules("kết nạp 20 đoàn viên"), "old")

    def failing(text, *, title=None, lead=None):
        if "2 đoàn viên" in text:
            raise IndexError("a rule's bug")
        return fake_rules(text, title=title, lead=lead)

    monkeypatch.setattr(rules, "union_stats", failing)
    assert main(["unionstats", "--db", str(path), "--quiet"]) == 1
    assert [r["achieved"] for r in stored(path)] == [1, 20]
    assert "1 articles failed" in capsys.readouterr().out


def test_ctrl_c_keeps_the_batches_written_and_nothing_of_the_one_it_stopped(
    tmp_path, monkeypatch, capsys
):
    bodies = [f"kết nạp {n + 1} đoàn viên" for n in range(command.BATCH_SIZE + 50)]
    path = build_archive(tmp_path / "a.db", bodies)
    calls = []

    def interrupted(text, *, title=None, lead=None):
        calls.append(text)
        if len(calls) == command.BATCH_SIZE + 20:
            raise KeyboardInterrupt
        return fake_rules(text, title=title, lead=lead)

    monkeypatch.setattr(rules, "union_stats", interrupted)
    assert main(["unionstats", "--db", str(path), "--quiet"]) == 130
    assert "interrupted" in capsys.readouterr().err
    rows = stored(path)
    assert len(rows) == command.BATCH_SIZE  # the first batch, whole
    assert len({r["url"] for r in rows}) == command.BATCH_SIZE
    # The archive is not left locked: the next run does the whole job.
    monkeypatch.setattr(rules, "union_stats", fake_rules)
    assert main(["unionstats", "--db", str(path), "--quiet"]) == 0
    assert len(stored(path)) == len(bodies)


def test_progress_lines_when_standard_error_is_not_a_terminal():
    lines = []

    class Stream:
        def write(self, text):
            lines.append(text)

        def flush(self):
            pass

        def isatty(self):
            return False

    clock = iter([0.0, 0.0, 30.0, 61.0, 70.0, 125.0]).__next__
    progress = command.Progress(Stream(), total=4, live=False, every=60.0, clock=clock)
    progress.start("a.db")
    for done in range(1, 5):
        progress.advance(done, done * 2)
    progress.close()
    printed = [line for line in "".join(lines).splitlines() if line]
    assert printed == [
        "unionstats: reading the figures of 4 articles of a.db",
        "unionstats: 3/4 articles (75%), 6 figures, 1:01",
        "unionstats: 4/4 articles (100%), 8 figures, 2:05",
    ]


def test_listed_in_help(capsys):
    assert main(["--help"]) == 0
    assert "unionstats" in capsys.readouterr().out
