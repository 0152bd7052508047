"""The union-statistics extractor (crawler.extraction.unionstats): figures, traps, context, and the
hand-annotated sets in tests/unionstats/ (their shape, and the development set's scores)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from crawler.extraction.unionstats import FIELDS, KINDS, METRICS, union_stats
from tests.bench_unionstats import MIN_PRECISION, MIN_RECALL, entry_problem, evaluate, load

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SETS = Path(__file__).resolve().parent / "unionstats"

SEED_1 = (
    "6 tháng đầu năm 2022 do gặp nhiều khó khăn trong dịch bệnh ngày càng diễn biến phức tạp "
    "LÐLÐ huyện đã tuyên truyền, vận động thành lập được 11/20 CÐCS, đạt 55% kế hoạch, kết nạp "
    "được 310/512 đoàn viên, đạt 60,5% kế hoạch Thành phố giao."
)


def one(text: str, **context) -> dict:
    figures = union_stats(text, **context)
    assert len(figures) == 1, figures
    return figures[0]


def test_seed_sentence_gives_both_figures_with_their_plans():
    founded, recruited = union_stats(
        SEED_1, title="LĐLĐ huyện Hoài Đức: Nỗ lực hoàn thành chỉ tiêu"
    )
    assert (founded["metric"], founded["achieved"], founded["target"]) == ("cdcs_thanh_lap", 11, 20)
    assert (founded["percent"], founded["percent_kind"]) == (55, "of_target")
    assert (recruited["metric"], recruited["achieved"], recruited["target"]) == (
        "doan_vien_ket_nap",
        310,
        512,
    )
    assert recruited["percent"] == 60.5
    assert recruited["text_span"].startswith("kết nạp được 310/512 đoàn viên, đạt 60,5% kế hoạch")
    # Ð (U+00D0) repaired; "LĐLĐ huyện" has no name of its own: the headline names it.
    assert founded["organisation"] == "LĐLĐ huyện Hoài Đức"
    assert founded["organisation_from"] == "title"
    assert founded["period"] == "6 tháng đầu năm 2022" and founded["period_from"] == "sentence"
    assert founded["sentence"] == recruited["sentence"] and "CĐCS" in founded["sentence"]


def test_every_figure_has_every_field_in_order():
    for figure in union_stats(SEED_1):
        assert tuple(figure) == FIELDS
        assert figure["metric"] in METRICS and figure["kind"] in KINDS
        assert figure["text_span"] in figure["sentence"]


@pytest.mark.parametrize(
    "text, metric, achieved, target, percent, percent_kind",
    [
        (
            "thành lập 8/25 Công đoàn cơ sở (đạt 32% kế hoạch Thành phố giao)",
            "cdcs_thanh_lap",
            8,
            25,
            32,
            "of_target",
        ),
        (
            "kết nạp thêm 470/1400 đoàn viên (đạt 33,6% kế hoạch)",
            "doan_vien_ket_nap",
            470,
            1400,
            33.6,
            "of_target",
        ),
        (
            "Toàn tỉnh đã kết nạp 1.250 đoàn viên, vượt 25% kế hoạch năm.",
            "doan_vien_ket_nap",
            1250,
            None,
            25,
            "over_target",
        ),
        (
            "Năm qua LĐLĐ tỉnh phát triển mới 2,2 triệu đoàn viên.",
            "doan_vien_ket_nap",
            2_200_000,
            None,
            None,
            None,
        ),
        (
            "Các cấp công đoàn kết nạp 3,5 ngàn đoàn viên.",
            "doan_vien_ket_nap",
            3500,
            None,
            None,
            None,
        ),
        (
            "Công đoàn ngành đã thành lập một công đoàn cơ sở.",
            "cdcs_thanh_lap",
            1,
            None,
            None,
            None,
        ),
        (
            "LĐLĐ quận kết nạp 12 trên 20 đoàn viên theo chỉ tiêu.",
            "doan_vien_ket_nap",
            12,
            20,
            None,
            None,
        ),
        (
            "Công đoàn huyện đã tổ chức 2 lớp tập huấn cho 215 cán bộ CĐCS.",
            "can_bo_tap_huan",
            215,
            None,
            None,
            None,
        ),
        (
            "Công tác phát triển đoàn viên đạt 105% kế hoạch.",
            "doan_vien_ket_nap",
            None,
            None,
            105,
            "of_target",
        ),
    ],
)
def test_numbers_as_vietnamese_writes_them(text, metric, achieved, target, percent, percent_kind):
    figure = one(text)
    assert figure["metric"] == metric
    assert (figure["achieved"], figure["target"]) == (achieved, target)
    assert (figure["percent"], figure["percent_kind"]) == (percent, percent_kind)


def test_plans_put_their_number_in_target_with_ranges_and_qualifiers():
    figure = one("Phấn đấu mỗi năm kết nạp từ 8.000 – 11.000 đoàn viên.")
    assert figure["kind"] == "plan" and figure["achieved"] is None
    assert figure["target"] == {"min": 8000, "max": 11000}
    figure = one("Năm 2024, LĐLĐ tỉnh phấn đấu kết nạp ít nhất 5.000 đoàn viên.")
    assert figure["kind"] == "plan" and figure["target"] == 5000
    assert figure["qualifiers"] == {"target": "ít nhất"}
    assert figure["period"] == "Năm 2024"


def test_a_result_after_the_plan_is_a_result():
    # (a plan set by the union itself stays a figure of its own)
    figures = union_stats(
        "Năm 2023, LĐLĐ tỉnh phấn đấu thành lập 30 CĐCS; đến nay đã thành lập 25 CĐCS."
    )
    assert [(f["kind"], f["target"], f["achieved"]) for f in figures] == [
        ("plan", 30, None),
        ("result", None, 25),
    ]


def test_a_result_after_the_target_assigned_is_what_was_done_of_it():
    # (CONVENTIONS.md: a target assigned and what was done of it are one figure)
    figures = union_stats(
        "Năm 2023, LĐLĐ tỉnh được giao chỉ tiêu thành lập 30 CĐCS; đến nay đã thành lập 25 CĐCS."
    )
    assert [(f["kind"], f["target"], f["achieved"]) for f in figures] == [("result", 30, 25)]


def test_qualifiers_before_and_after():
    assert one("LĐLĐ tỉnh đã kết nạp hơn 8.800 đoàn viên mới.")["qualifiers"] == {"achieved": "hơn"}
    assert one("Công đoàn đã kết nạp gần 2.600 đoàn viên.")["qualifiers"] == {"achieved": "gần"}
    figure = one("Năm nay các CĐCS đã kết nạp 100 đoàn viên trở lên.")
    assert figure["qualifiers"] == {"achieved": "trở lên"}


def test_party_introduced_and_admitted():
    introduced, admitted = union_stats(
        "Các CĐCS đã giới thiệu 1.200 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó có 800 "
        "đồng chí đã được kết nạp vào Đảng."
    )
    assert (introduced["metric"], introduced["stage"], introduced["achieved"]) == (
        "dang_vien_gioi_thieu",
        "introduced",
        1200,
    )
    assert (admitted["stage"], admitted["achieved"]) == ("admitted", 800)
    admitted = one("Các cấp Công đoàn huyện đã kết nạp được 97 CNVCLĐ ưu tú vào Đảng.")
    assert (admitted["metric"], admitted["stage"]) == ("dang_vien_gioi_thieu", "admitted")


def test_other_indicators_carry_a_label():
    figure = one("Năm 2023 có 85% CĐCS đạt vững mạnh.")
    assert (figure["metric"], figure["label"], figure["percent"], figure["percent_kind"]) == (
        "other",
        "cđcs vững mạnh",
        85,
        "rate",
    )
    figure = one("Các doanh nghiệp đã tổ chức 1.200 cuộc đối thoại với người lao động.")
    assert (figure["label"], figure["achieved"]) == ("đối thoại", 1200)


@pytest.mark.parametrize(
    "text",
    [
        # money and gifts
        "Dịp Tết, LĐLĐ huyện trao 200 suất quà, mỗi suất trị giá 500.000 đồng cho đoàn viên.",
        "Công đoàn đã hỗ trợ 1,2 tỷ đồng cho 300 đoàn viên có hoàn cảnh khó khăn.",
        # dates and document numbers
        "Thực hiện Kế hoạch số 243/LĐLĐ ngày 12/6/2021 về phát triển đoàn viên, thành lập CĐCS.",
        # x/y of other things
        "Kết thúc khóa học, 127/142 học viên được cấp chứng chỉ.",
        # stocks and totals
        "Hiện có 1.250 CĐCS với 85.000 đoàn viên đang sinh hoạt.",
        "Toàn huyện hiện có 120 công đoàn cơ sở.",
        # counts of targets met
        "Năm 2023, LĐLĐ tỉnh hoàn thành và vượt 17 chỉ tiêu Đại hội đề ra.",
        # Party cells and the Party's own admissions
        "Đảng bộ đã thành lập mới 6 chi bộ, kết nạp được 29 đảng viên mới.",
        # the Youth Union
        "Năm 2023, Đoàn Thanh niên xã đã kết nạp 45 đoàn viên mới.",
        # a campaign is not a recruitment
        "Công đoàn đã vận động 500 đoàn viên tham gia hiến máu tình nguyện.",
        # a job placement is not a Party introduction
        "Trung tâm đã giới thiệu việc làm cho 1.200 người lao động.",
        # years and periods
        "Nhiệm kỳ 2023-2028, Công đoàn ngành tổ chức nhiều hoạt động trong năm 2024.",
    ],
)
def test_traps_give_no_figure(text):
    assert union_stats(text) == []


def test_a_founded_count_next_to_a_total_keeps_only_the_founded():
    figure = one("LĐLĐ huyện thành lập mới 5 CĐCS, nâng tổng số CĐCS lên 215.")
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 5)


def test_organisation_and_period_from_the_headline_when_the_sentence_has_none():
    figure = one(
        "Các công đoàn cơ sở đã kết nạp 300 đoàn viên.",
        title="Liên đoàn Lao động quận Ba Đình: 6 tháng đầu năm 2021 kết quả khả quan",
    )
    assert figure["organisation"] == "Liên đoàn Lao động quận Ba Đình"
    assert figure["organisation_from"] == "title"
    assert (figure["period"], figure["period_from"]) == ("6 tháng đầu năm 2021", "title")
    figure = one("Các công đoàn cơ sở đã kết nạp 300 đoàn viên.", lead="LĐLĐ tỉnh Bắc Ninh sơ kết.")
    assert (figure["organisation"], figure["organisation_from"]) == ("LĐLĐ tỉnh Bắc Ninh", "lead")
    assert figure["period"] is None and figure["period_from"] is None


def test_an_unnamed_organisation_stays_when_nothing_names_it():
    figure = one("Năm 2023, LĐLĐ huyện đã kết nạp 300 đoàn viên.")
    assert (figure["organisation"], figure["organisation_from"]) == ("LĐLĐ huyện", "sentence")


def test_a_person_after_the_organisation_is_not_part_of_it():
    figure = one(
        "Theo Chủ tịch LĐLĐ huyện Định Quán Nguyễn Chánh Bổn, năm 2023 đã kết nạp 250 đoàn viên."
    )
    assert figure["organisation"] == "LĐLĐ huyện Định Quán"
    figure = one("LĐLĐ quận Hoàng Mai đã kết nạp 250 đoàn viên.")
    assert figure["organisation"] == "LĐLĐ quận Hoàng Mai"


@pytest.mark.parametrize(
    "text, organisation",
    [
        # (a place's word abbreviated with its name glued after the dot)
        ("Năm 2024, LĐLĐ TP.Thủ Đức kết nạp 2.905 đoàn viên.", "LĐLĐ TP.Thủ Đức"),
        ("Năm 2024, LĐLĐ TP.HCM kết nạp 62.000 đoàn viên.", "LĐLĐ TP.HCM"),
        ("Năm 2024, Công đoàn Q.Bình Tân kết nạp 2.318 đoàn viên.", "Công đoàn Q.Bình Tân"),
        # (the zones' unions, in small letters or of two kinds of zone)
        (
            "Năm 2024, Công đoàn khu công nghiệp Biên Hòa kết nạp 900 đoàn viên.",
            "Công đoàn khu công nghiệp Biên Hòa",
        ),
        (
            "Năm 2024, Công đoàn các KCN và chế xuất Hà Nội kết nạp 2.140 đoàn viên.",
            "Công đoàn các KCN và chế xuất Hà Nội",
        ),
        (
            "Năm 2024, Công đoàn các KCX&CN Cần Thơ kết nạp 1.140 đoàn viên.",
            "Công đoàn các KCX&CN Cần Thơ",
        ),
        (
            "Năm 2024, Công đoàn các KCX-KCN TP HCM kết nạp 8.140 đoàn viên.",
            "Công đoàn các KCX-KCN TP HCM",
        ),
        # (a place's name with a family name in it keeps it after an abbreviation)
        ("Năm 2024, LĐLĐ TP Hà Nội kết nạp 62.000 đoàn viên.", "LĐLĐ TP Hà Nội"),
        ("Năm 2024, LĐLĐ Bình Dương kết nạp 50.000 đoàn viên.", "LĐLĐ Bình Dương"),
        # (names of two parts joined by a dash, branches in any letters)
        (
            "Năm 2024, LĐLĐ tỉnh Bà Rịa – Vũng Tàu kết nạp 9.000 đoàn viên.",
            "LĐLĐ tỉnh Bà Rịa – Vũng Tàu",
        ),
        (
            "Năm 2024, Công đoàn Than – Khoáng sản Việt Nam kết nạp 1.200 đoàn viên.",
            "Công đoàn Than – Khoáng sản Việt Nam",
        ),
        (
            "Năm 2024, Công đoàn Dệt May Việt Nam kết nạp 3.100 đoàn viên.",
            "Công đoàn Dệt May Việt Nam",
        ),
        # (an enterprise's or a hospital's union, its name going on in small letters)
        (
            "Năm 2024, Công đoàn Công ty CP Chế tạo máy kết nạp 120 đoàn viên.",
            "Công đoàn Công ty CP Chế tạo máy",
        ),
        (
            "Năm 2024, Công đoàn Bệnh viện Đa khoa tỉnh Thanh Hóa kết nạp 85 đoàn viên.",
            "Công đoàn Bệnh viện Đa khoa tỉnh Thanh Hóa",
        ),
    ],
)
def test_organisations_as_pages_write_them(text, organisation):
    assert one(text)["organisation"] == organisation


def test_the_union_founded_is_not_whose_figure_it_is():
    found = union_stats(
        "LĐLĐ TP Nha Trang thành lập CĐCS Công ty CP Du lịch Biển Xanh với 96 đoàn viên."
    )
    assert {f["organisation"] for f in found} == {"LĐLĐ TP Nha Trang"}
    # nor the headline's, where it is launched: the body that launched it counts
    figure = one(
        "Công đoàn cơ sở có 412 đoàn viên.",
        title="Bình Dương: Ra mắt CĐCS Công ty TNHH Gỗ Hòa Bình",
        lead="LĐLĐ thị xã Tân Uyên vừa ra mắt CĐCS Công ty TNHH Gỗ Hòa Bình.",
    )
    assert (figure["organisation"], figure["organisation_from"]) == ("LĐLĐ thị xã Tân Uyên", "lead")


def test_an_organisation_the_headline_names_more_fully():
    figure = one(
        "Quý I, Công đoàn các KCN kết nạp 1.240 đoàn viên.",
        title="Công đoàn các KCN Bắc Giang: Quý I kết nạp 1.240 đoàn viên",
    )
    assert (figure["organisation"], figure["organisation_from"]) == (
        "Công đoàn các KCN Bắc Giang",
        "title",
    )
    # (and a number of the headline's time is none of its name)
    figure = one(
        "Công đoàn Xây dựng Việt Nam kết nạp 3.000 đoàn viên.",
        title="Công đoàn Xây dựng Việt Nam 9 tháng kết nạp 3.000 đoàn viên",
    )
    assert figure["organisation"] == "Công đoàn Xây dựng Việt Nam"


def test_a_period_from_a_start_to_now():
    figure = one("Từ tháng 8 đến nay, Công đoàn ngành Giáo dục đã kết nạp 250 đoàn viên.")
    assert figure["period"] == "Từ tháng 8 đến nay"
    assert figure["organisation"] == "Công đoàn ngành Giáo dục"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a count of months with its year, not the year alone (real sets h10, heldout)
        ("9 tháng năm 2022, LĐLĐ tỉnh kết nạp 4.120 đoàn viên.", "9 tháng năm 2022"),
        ("Trong 8 tháng của năm 2013, LĐLĐ huyện kết nạp 312 đoàn viên.", "8 tháng của năm 2013"),
        ("Mười tháng đầu năm 2026, LĐLĐ tỉnh kết nạp 5.100 đoàn viên.", "Mười tháng đầu năm 2026"),
        # up to a day, a month or the end of a year or term
        (
            "Tính đến ngày 31/7/2017, LĐLĐ huyện đã kết nạp 860 đoàn viên.",
            "Tính đến ngày 31/7/2017",
        ),
        (
            "Tính đến hết tháng 5/2018, toàn tỉnh thành lập mới 41 CĐCS.",
            "Tính đến hết tháng 5/2018",
        ),
        ("Phấn đấu từ nay đến cuối năm 2018 kết nạp 1.000 đoàn viên.", "từ nay đến cuối năm 2018"),
        # from a year or a day to another
        (
            "Từ năm 2010 đến tháng 6.2016, LĐLĐ tỉnh đã kết nạp 21.450 đoàn viên.",
            "Từ năm 2010 đến tháng 6.2016",
        ),
        (
            "Từ ngày 1/7 đến hết tháng 9/2025, Công đoàn phường kết nạp 215 đoàn viên.",
            "Từ ngày 1/7 đến hết tháng 9/2025",
        ),
        # counts of years keep their "trong", as the real sets write them
        ("Trong 5 năm qua, LĐLĐ tỉnh đã kết nạp 52.300 đoàn viên.", "Trong 5 năm qua"),
        ("Hai năm qua, LĐLĐ huyện thành lập 12 CĐCS.", "Hai năm qua"),
        ("Trong quý III năm nay, LĐLĐ quận kết nạp 640 đoàn viên.", "quý III năm nay"),
        (
            "Trong Tháng Công nhân năm 2024, LĐLĐ tỉnh kết nạp 900 đoàn viên.",
            "Tháng Công nhân năm 2024",
        ),
        ("Cuối tháng 12-2023, LĐLĐ thành phố thành lập 3 CĐCS.", "Cuối tháng 12-2023"),
    ],
)
def test_periods_as_pages_write_them(text, period):
    assert one(text)["period"] == period


def test_numbers_are_no_dates_of_a_period():
    # a count after "đến" is no day and month, nor a range of days
    figure = one("LĐLĐ tỉnh phấn đấu đến năm 2025 kết nạp từ 2.500 đến 3.000 đoàn viên.")
    assert figure["period"] == "đến năm 2025"
    assert (
        one("Năm 2024 kết nạp 12.000 đoàn viên.", title="Đến 12-15% doanh nghiệp")["period"]
        == "Năm 2024"
    )


def test_figures_come_in_order_across_sentences_and_paragraphs():
    text = "Năm 2023, LĐLĐ tỉnh kết nạp 900 đoàn viên.\nCông đoàn ngành Y tế thành lập 3 CĐCS. Hết."
    assert [f["achieved"] for f in union_stats(text)] == [900, 3]
    assert union_stats("") == [] and union_stats("\n\n") == []


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds absent")
def test_seed_two_reads_its_four_development_figures():
    text = (SEEDS / "002_416dac7a93355543.txt").read_text(encoding="utf-8")
    found = [(f["metric"], f["achieved"], f["target"]) for f in union_stats(text)]
    assert ("cdcs_thanh_lap", 8, 25) in found and ("doan_vien_ket_nap", 470, 1400) in found
    assert ("dang_vien_gioi_thieu", 198, None) in found and ("can_bo_tap_huan", 215, None) in found


# --- The annotated sets ------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.stem for p in SETS.glob("*.json")))
def test_annotated_sets_are_well_formed(name):
    path = SETS / f"{name}.json"
    entries = json.loads(path.read_text(encoding="utf-8"))["sentences"]
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))
    assert len({e["sentence"] for e in entries}) == len(entries)
    for entry in entries:
        assert entry["source"]
        assert entry_problem(entry) is None
        if not entry["figures"]:
            assert entry.get("trap"), entry["id"]


def test_the_sets_together_hold_80_sentences_and_20_negatives():
    entries = load("dev") + load("heldout")
    assert len(entries) >= 80
    assert sum(1 for e in entries if not e["figures"]) >= 20


def test_development_set_meets_the_targets():
    """A regression guard: the rules were written against this set (the held-out set is only
    measured, by `make bench`)."""
    result = evaluate(load("dev"))
    assert result.negatives_hit == 0
    assert result.overall.precision >= MIN_PRECISION
    assert result.overall.recall >= MIN_RECALL


# --- Wordings learnt from the first held-out set (each stated for its class) ------------------


def test_a_total_said_in_passing_leaves_the_percent_to_the_count():
    figure = one(
        "Năm 2023 thành lập được 40 CĐCS, nâng tổng số lên 1.200 CĐCS, vượt 10,5% kế hoạch."
    )
    assert (figure["achieved"], figure["percent"], figure["percent_kind"]) == (
        40,
        10.5,
        "over_target",
    )


def test_a_target_given_with_the_percent():
    figure = one(
        "Công đoàn đã kết nạp 3.300 đoàn viên (đạt 110% so với chỉ tiêu giao là 3.000 đoàn viên)."
    )
    assert (figure["achieved"], figure["target"], figure["percent"]) == (3300, 3000, 110)
    assert figure["kind"] == "result"


def test_completing_a_target_is_a_result():
    figures = union_stats(
        "Năm nay các cấp công đoàn đã hoàn thành chỉ tiêu cả năm, kết nạp 900 đoàn viên."
    )
    assert [(f["kind"], f["achieved"]) for f in figures] == [("result", 900)]


def test_company_size_thresholds_count_nothing():
    figure = one(
        "Thành lập 12/10 CĐCS ở doanh nghiệp có từ 25 lao động trở lên, đạt chỉ tiêu 120%."
    )
    assert (figure["achieved"], figure["target"], figure["percent"]) == (12, 10, 120)


def test_those_attending_a_union_course_are_officials_trained():
    figure = one("Lớp tập huấn do LĐLĐ tỉnh tổ chức có hơn 200 cán bộ công đoàn cơ sở tham dự.")
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 200)
    assert union_stats("Hội nghị sơ kết có 200 cán bộ công đoàn tham dự.") == []


def test_percent_only_introductions_and_training():
    introduced, trained = union_stats(
        "Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp đạt 120%. "
        "Bồi dưỡng cán bộ công đoàn cơ sở đạt 105%."
    )
    assert (introduced["metric"], introduced["stage"], introduced["percent"]) == (
        "dang_vien_gioi_thieu",
        "introduced",
        120,
    )
    assert (trained["metric"], trained["percent"]) == ("can_bo_tap_huan", 105)


def test_a_list_of_shares_names_its_indicator_once():
    first, second = union_stats(
        "Có 100% CĐCS khu vực nhà nước và 85% CĐCS doanh nghiệp tổ chức đối thoại định kỳ."
    )
    assert [(f["percent"], f["label"]) for f in (first, second)] == [
        (100, "đối thoại"),
        (85, "đối thoại"),
    ]


def test_founding_something_else_at_unions_is_no_founding():
    assert union_stats("Công đoàn đã thành lập Ban Nữ công ở 9 công đoàn cơ sở.") == []
    figure = one("Công đoàn đã thành lập công đoàn cơ sở tại 13 doanh nghiệp.")
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 13)


def test_units_honoured_are_no_indicator():
    assert union_stats("Công đoàn tuyên dương 14 đơn vị tổ chức tốt hội nghị người lao động.") == []


# --- Wordings learnt from the second held-out set ----------------------------------------------


def test_members_of_unions_launched_in_brackets():
    figures = union_stats(
        "LĐLĐ quận vừa ra mắt Nghiệp đoàn A (40 đoàn viên) và Nghiệp đoàn B (25 đoàn viên)."
    )
    assert [(f["metric"], f["achieved"]) for f in figures] == [
        ("doan_vien_ket_nap", 40),
        ("doan_vien_ket_nap", 25),
    ]


def test_merged_unions_and_commune_unions_are_no_grassroots_founding():
    assert (
        union_stats("Nghiệp đoàn thành phố được thành lập trên cơ sở sáp nhập 4 nghiệp đoàn.") == []
    )
    assert union_stats("LĐLĐ thành phố công bố quyết định thành lập thêm 3 Công đoàn xã.") == []


def test_a_target_named_by_chi_tieu_is_a_plan():
    figure = one(
        "Để hoàn thành chỉ tiêu phát triển 1.700 đoàn viên năm 2017, LĐLĐ tỉnh tăng cường khảo sát."
    )
    assert (figure["kind"], figure["achieved"], figure["target"]) == ("plan", None, 1700)


def test_the_plan_in_brackets_after_the_percent():
    figure = one(
        "Công đoàn KCN đã kết nạp mới 3.600 ĐVCĐ, đạt 90% kế hoạch (kết nạp mới 4.000 ĐVCĐ)."
    )
    assert (figure["achieved"], figure["target"], figure["percent"]) == (3600, 4000, 90)


def test_from_n_upwards_is_a_count():
    figure = one("Phấn đấu năm tới kết nạp mới từ 10.000 đoàn viên trở lên.")
    assert (figure["kind"], figure["target"], figure["qualifiers"]) == (
        "plan",
        10000,
        {"target": "trở lên"},
    )


def test_a_party_cell_admitting_its_members_is_no_union_figure():
    text = (
        "Chi bộ 1 thuộc Đảng bộ khu công nghiệp tổ chức lễ kết nạp 6 đảng viên mới, "
        "1 là cán bộ công đoàn."
    )
    assert union_stats(text) == []


def test_an_indicator_held_by_a_share_of_units_said_in_the_passive():
    # (the agent before its deed, probes350)
    found = one("Hội nghị người lao động được 95% doanh nghiệp có CĐCS tổ chức.")
    assert (found["label"], found["percent"], found["percent_kind"]) == (
        "hội nghị người lao động",
        95,
        "rate",
    )
    # (an agent that holds nothing is no share of it)
    assert union_stats("Thỏa ước lao động tập thể được 80% doanh nghiệp đánh giá cao.") == []


def test_a_blocs_bare_counts_of_those_introduced_and_admitted():
    # (under a sa-pô of the union's introductions to the Party, probes346)
    lead = (
        "10 tháng năm 2025 các cấp công đoàn thành phố đã giới thiệu 2.046 đoàn viên ưu tú để các "
        "tổ chức đảng xem xét, bồi dưỡng; 731 người trong số này đã được kết nạp."
    )
    title = "TP.HCM: 10 tháng, công đoàn giới thiệu hơn 2.000 đoàn viên ưu tú cho Đảng"
    found = union_stats("Khối doanh nghiệp: giới thiệu 612, kết nạp 187.", title=title, lead=lead)
    assert [(f["metric"], f["stage"], f["achieved"]) for f in found] == [
        ("dang_vien_gioi_thieu", "introduced", 612),
        ("dang_vien_gioi_thieu", "admitted", 187),
    ]
    # (with no word of the Party around it, none)
    assert union_stats("Khối doanh nghiệp: giới thiệu 612, kết nạp 187.") == []


def test_founding_in_a_share_of_companies():
    figure = one("Phấn đấu thành lập CĐCS ở 100% doanh nghiệp có từ 15 lao động trở lên.")
    assert (figure["metric"], figure["kind"], figure["percent"], figure["percent_kind"]) == (
        "cdcs_thanh_lap",
        "plan",
        100,
        "rate",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Giai đoạn 2025–2030, phấn đấu thành lập công đoàn tại 90% cơ sở giáo dục tư thục.",
        "Phấn đấu 90% cơ sở y tế ngoài công lập có từ 20 lao động được thành lập công đoàn.",
    ],
)
def test_founding_in_a_share_of_a_sectors_establishments(text):
    figure = one(text)
    assert (figure["metric"], figure["kind"], figure["percent"]) == ("cdcs_thanh_lap", "plan", 90)


# --- Wordings learnt from the third held-out set -----------------------------------------------


def test_founding_members_of_a_named_union():
    figure = one("LĐLĐ thị xã thành lập Nghiệp đoàn Xe ôm phường An Phú với 14 thành viên.")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 14)
    assert union_stats("Lớp học đã thành lập Ban cán sự với 5 thành viên.") == []


def test_admitted_after_an_introduction():
    introduced, admitted = union_stats(
        "Các cấp công đoàn giới thiệu 2.000 đoàn viên ưu tú cho Đảng và có 900 người được kết nạp."
    )
    assert (introduced["stage"], admitted["stage"], admitted["achieved"]) == (
        "introduced",
        "admitted",
        900,
    )


def test_agreements_signed_in_the_passive():
    figure = one("Qua vận động, có 125 bản thỏa ước lao động tập thể mới được ký kết.")
    assert (figure["label"], figure["achieved"]) == ("thỏa ước lao động tập thể", 125)


def test_the_percent_after_where_the_people_went():
    figure = one(
        "Công đoàn giới thiệu 300 đoàn viên ưu tú cho Đảng xem xét, kết nạp, đạt 100% kế hoạch."
    )
    assert (figure["achieved"], figure["percent"], figure["percent_kind"]) == (
        300,
        100,
        "of_target",
    )


def test_a_share_of_unions_of_both_levels_rated():
    figure = one("Hằng năm hơn 95% CĐ cấp trên trực tiếp cơ sở và CĐ cơ sở đạt vững mạnh.")
    assert (figure["label"], figure["percent"], figure["qualifiers"]) == (
        "cđcs vững mạnh",
        95,
        {"percent": "hơn"},
    )


# The held-out sets already read are development sets now: their scores when last tuned, less a
# little, are floors that catch a rule breaking what it fixed (the targets are for unread sets).
READ_SET_FLOORS = {
    "heldout": (0.95, 0.95),
    "heldout2": (0.95, 0.95),
    "heldout3": (0.95, 0.95),
    "heldout4": (0.95, 0.85),
    "heldout5": (0.95, 0.95),
    "dev2": (0.95, 0.85),
    "dev3": (0.95, 0.85),
    "heldout6": (0.95, 0.90),
    "heldout7": (0.95, 0.90),
    "heldout8": (0.95, 0.90),
    "heldout9": (0.95, 0.95),
    "heldout10": (0.95, 0.90),
    "heldout11": (0.95, 0.85),
    "heldout12": (0.95, 0.95),
    "heldout13": (0.95, 0.95),
    "heldout14": (0.95, 0.95),
    "heldout15": (0.95, 0.95),
    "heldout16": (0.95, 0.95),
    "heldout17": (0.95, 0.95),
    "heldout18": (0.95, 0.95),
    # one figure: members of a union the headline founds, said as "có N … tham gia" (read since
    # heldout42 brought the class back twice)
    "heldout19": (0.95, 1.0),
    # two figures from a page's Youth Union section whose sentence names no Youth Union
    "heldout20": (0.75, 0.95),
    "heldout21": (0.95, 0.95),
    "heldout22": (0.95, 0.85),
    "heldout23": (1.0, 1.0),
    "heldout24": (0.95, 0.95),
    # a headline alone, "Hơn 111 nghìn đoàn viên ưu tú được kết nạp Đảng", is the Youth Union's
    # (its article says so; the headline names no body at all)
    "heldout25": (0.85, 0.95),
    "heldout26": (0.95, 0.95),
    # a plan's share of union members among new Party members, still missed
    "heldout27": (0.95, 0.90),
    "heldout28": (0.95, 0.95),
    # still missed: a Party ceremony's admissions under a headline that says they are union
    # members
    "heldout29": (0.95, 0.90),
    # a count of a year long past said against today's ("Năm 2013 có 3.569 doanh nghiệp thì đến
    # nay đã có 12.209 doanh nghiệp tổ chức đối thoại …")
    "heldout30": (0.95, 0.90),
    # still missed: officials at "Sự kiện" a sentence before names (the set gives no sentence
    # before), members at a founding said as its history ("khi thành lập có 530 đoàn viên"), "thủ
    # tục xin ra nhập công đoàn của 03 CCVC", new members congratulated after their decisions
    "heldout31": (0.95, 0.70),
    "heldout32": (0.95, 0.90),
    "heldout33": (0.95, 0.95),
    # a headline that names no body: "Kết nạp trên 33,1 nghìn đoàn viên mới" (the Youth Union's)
    "heldout34": (0.85, 0.95),
    "heldout35": (0.95, 0.95),
    "heldout36": (0.95, 0.95),
    # still missed: workers of companies joining ("10 doanh nghiệp với 115 công nhân, người lao
    # động … gia nhập tổ chức Công đoàn")
    "heldout37": (0.95, 0.95),
    "heldout38": (0.95, 0.95),
    "heldout39": (0.95, 0.95),
    "heldout40": (0.95, 0.95),
    # still missed: a Party cell's ceremony for union members that the headline credits to the
    # company's union (other sets read a Party organ's own admissions as none)
    "heldout41": (0.95, 0.85),
    "heldout42": (0.95, 0.95),
    "heldout43": (0.95, 0.95),
    "heldout44": (0.95, 0.95),
    "heldout45": (0.95, 0.95),
    "heldout46": (0.95, 0.95),
    "heldout47": (0.95, 0.95),
    # (negatives only: no figure may come out of it)
    "heldout48": (0.95, 0.95),
    "heldout49": (0.95, 0.95),
    "heldout50": (0.95, 0.95),
    "heldout51": (0.8, 0.8),
    "heldout52": (0.95, 0.75),
    "heldout53": (0.95, 0.95),
    "heldout54": (0.75, 0.95),
    "heldout55": (0.95, 0.95),
    "heldout56": (0.66, 0.95),
    "heldout57": (0.95, 0.0),
    "heldout58": (0.95, 0.95),
}


@pytest.mark.parametrize("name", sorted(READ_SET_FLOORS))
def test_sets_already_read_do_not_fall_back(name):
    precision, recall = READ_SET_FLOORS[name]
    result = evaluate(load(name))
    assert result.overall.precision >= precision
    assert result.overall.recall >= recall


def test_a_sentence_going_on_with_a_plan_is_planned():
    text = (
        "Năm 2024, LĐLĐ tỉnh phấn đấu hoàn thành các chỉ tiêu sau. "
        "Cụ thể, kết nạp 6.800 đoàn viên; thành lập 30 CĐCS.\n"
        "Cụ thể, LĐLĐ tỉnh kết nạp 900 đoàn viên."
    )
    found = [(f["kind"], f["achieved"], f["target"]) for f in union_stats(text)]
    # the last sentence follows one that plans nothing: a result
    assert found == [("plan", None, 6800), ("plan", None, 30), ("result", 900, None)]
    done = "Năm 2023 LĐLĐ tỉnh vượt các chỉ tiêu đề ra. Cụ thể, kết nạp 6.800 đoàn viên."
    assert [f["kind"] for f in union_stats(done)] == ["result"]


# --- Wordings learnt from the fourth held-out set ----------------------------------------------


def test_a_list_of_targets_after_its_heading_paragraph_or_headline():
    text = "Năm 2026, LĐLĐ tỉnh phấn đấu:\nTrong đó, kết nạp 5.000 đoàn viên; thành lập 20 CĐCS."
    assert [(f["kind"], f["target"]) for f in union_stats(text)] == [("plan", 5000), ("plan", 20)]
    listed = "Cụ thể, kết nạp 5.000 đoàn viên; thành lập 20 CĐCS."
    planned = union_stats(listed, title="LĐLĐ tỉnh triển khai các chỉ tiêu năm 2026")
    done = union_stats(listed, title="LĐLĐ tỉnh vượt chỉ tiêu năm 2025")
    assert [f["kind"] for f in planned] == ["plan", "plan"]
    assert [f["kind"] for f in done] == ["result", "result"]


@pytest.mark.parametrize(
    "text, target",
    [
        ("Mỗi CĐCS giới thiệu ít nhất 2 đoàn viên ưu tú cho Đảng xem xét kết nạp.", 2),
        (
            "Bồi dưỡng, giới thiệu 300-400 đoàn viên ưu tú cho Đảng xem xét.",
            {"min": 300, "max": 400},
        ),
        ("Kết nạp mới từ 8.000 đoàn viên công đoàn trở lên.", 8000),
    ],
)
def test_a_floor_or_a_range_with_nothing_done_is_a_target(text, target):
    figure = one(text)
    assert (figure["kind"], figure["achieved"], figure["target"]) == ("plan", None, target)


def test_a_floor_said_of_what_was_done_stays_a_result():
    figure = one("Năm qua các CĐCS đã kết nạp từ 50 đoàn viên trở lên.")
    assert (figure["kind"], figure["achieved"]) == ("result", 50)


def test_a_tally_names_its_noun_before_the_number():
    members, unions = union_stats(
        "Kết quả 6 tháng: kết nạp đoàn viên được 1.230/1.500, đạt 82%; thành lập CĐCS: 4/10."
    )
    assert (members["metric"], members["achieved"], members["target"], members["percent"]) == (
        "doan_vien_ket_nap",
        1230,
        1500,
        82,
    )
    assert (unions["metric"], unions["achieved"], unions["target"]) == ("cdcs_thanh_lap", 4, 10)
    # a word after the number counts that instead
    assert union_stats("Về kết nạp đoàn viên 3 năm qua, LĐLĐ huyện có nhiều cách làm mới.") == []


def test_a_city_called_can_tho_plans_nothing():
    figure = one("LĐLĐ thành phố Cần Thơ thành lập mới 7 CĐCS.")
    assert (figure["kind"], figure["achieved"]) == ("result", 7)


def test_a_course_of_study_for_officials_is_training():
    figure = one("Công đoàn ngành tổ chức lớp học nghiệp vụ cho 80 cán bộ công đoàn cơ sở.")
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 80)
    assert union_stats("Công đoàn mở lớp học tiếng Anh cho 80 con công nhân.") == []


def test_congresses_named_before_the_unions_that_held_them():
    figure = one("Đại hội công đoàn tại 312 công đoàn cấp cơ sở đã hoàn thành trong quý II.")
    assert (figure["label"], figure["achieved"]) == ("cđcs tổ chức đại hội", 312)


def test_a_percent_after_a_list_belongs_to_its_head():
    members, unions = union_stats(
        "Năm 2022: Phát triển 12.500 đoàn viên, 85 công đoàn cơ sở, đạt 104%."
    )
    assert (members["achieved"], members["percent"], members["percent_kind"]) == (
        12500,
        104,
        "of_target",
    )
    assert (unions["metric"], unions["achieved"], unions["percent"]) == ("cdcs_thanh_lap", 85, None)


def test_the_next_place_an_indicator_was_held():
    found = union_stats(
        "Công đoàn tổ chức đối thoại ở 12 doanh nghiệp nhà nước và 95 doanh nghiệp ngoài nhà nước."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [("đối thoại", 12), ("đối thoại", 95)]


def test_a_party_organ_admitting_union_members_is_its_own_figure():
    text = "Chi bộ Công đoàn cơ quan tổ chức lễ kết nạp Đảng cho 3 đoàn viên công đoàn ưu tú."
    assert union_stats(text) == []


def test_unions_of_a_sector_rated_in_a_plan():
    found = union_stats(
        "Phấn đấu 100% CĐCS khu vực nhà nước và 70% công đoàn khu vực ngoài nhà nước đạt vững mạnh."
    )
    assert [(f["kind"], f["label"], f["percent"]) for f in found] == [
        ("plan", "cđcs vững mạnh", 100),
        ("plan", "cđcs vững mạnh", 70),
    ]


def test_founding_a_share_of_unions():
    figure = one("Năm 2025 phấn đấu thành lập 90% CĐCS tại doanh nghiệp đủ điều kiện.")
    assert (figure["metric"], figure["kind"], figure["percent"]) == ("cdcs_thanh_lap", "plan", 90)


# --- Report wordings of the same classes, written out (not from any annotated set) -------------


def test_percents_given_in_turn():
    founded, recruited = union_stats(
        "Đến nay, đã thành lập được 18 CĐCS, kết nạp 1.350 đoàn viên, đạt lần lượt 60% và 67,5% "
        "kế hoạch."
    )
    assert (founded["percent"], recruited["percent"]) == (60, 67.5)
    assert founded["percent_kind"] == recruited["percent_kind"] == "of_target"


def test_the_target_after_the_counted_noun():
    figure = one("Trong năm, đã phát triển mới được 4.215 đoàn viên/4.000 chỉ tiêu, đạt 105,4%.")
    assert (figure["achieved"], figure["target"], figure["percent"]) == (4215, 4000, 105.4)


def test_a_tally_with_the_noun_before_its_verb():
    found = union_stats("Số CĐCS thành lập mới: 25, số đoàn viên kết nạp mới: 3.456.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 25),
        ("doan_vien_ket_nap", 3456),
    ]
    # the total of new recruits is the count recruited; raising a total is a stock
    assert one("Tổng số đoàn viên kết nạp mới là 3.456 người.")["achieved"] == 3456


def test_a_share_of_the_workforce_is_a_rate():
    figure = one("Sau khi thành lập, CĐCS đã kết nạp 256 đoàn viên, đạt 85% tổng số lao động.")
    assert (figure["percent"], figure["percent_kind"]) == (85, "rate")


def test_members_of_a_trade_guild_are_members():
    founded, members = union_stats(
        "Qua đó đã vận động thành lập được 5 nghiệp đoàn với 350 nghiệp đoàn viên."
    )
    assert (founded["metric"], members["metric"], members["achieved"]) == (
        "cdcs_thanh_lap",
        "doan_vien_ket_nap",
        350,
    )


def test_members_taught_at_a_course_are_no_officials_trained():
    text = (
        "LĐLĐ tỉnh đã tổ chức 3 lớp tập huấn cho 450 học viên là đoàn viên, người lao động về "
        "pháp luật lao động."
    )
    assert union_stats(text) == []


def test_introduced_to_a_party_committee_is_no_party_organ_counting_its_own():
    introduced, admitted = union_stats(
        "Đã giới thiệu 78 đoàn viên ưu tú cho cấp ủy xem xét, kết nạp; có 56 đoàn viên được kết "
        "nạp vào Đảng."
    )
    assert (introduced["stage"], introduced["achieved"]) == ("introduced", 78)
    assert (admitted["stage"], admitted["achieved"]) == ("admitted", 56)


# --- Wordings learnt from the third development set (measured once before it was read) --------


def test_a_list_goes_on_after_a_semicolon_with_the_same_noun():
    found = union_stats(
        "Trong năm, thành lập 9 CĐCS doanh nghiệp với 420 đoàn viên; 4 CĐCS trong các cơ quan; "
        "2 CĐCS trường học."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 9),
        ("doan_vien_ket_nap", 420),
        ("cdcs_thanh_lap", 4),
        ("cdcs_thanh_lap", 2),
    ]
    # another noun after the semicolon is another matter
    assert len(union_stats("Thành lập 5 CĐCS; 300 đoàn viên được khen thưởng.")) == 1


def test_a_share_of_officials_trained():
    figure = one("Từ nay đến cuối nhiệm kỳ, phấn đấu 100% số cán bộ CĐCS được tập huấn nghiệp vụ.")
    assert (figure["metric"], figure["kind"], figure["percent"]) == ("can_bo_tap_huan", "plan", 100)


def test_one_share_two_indicators_unless_the_second_has_its_own():
    both = union_stats(
        "Đã có 80% CĐCS tổ chức Hội nghị người lao động, đối thoại tại nơi làm việc."
    )
    assert [(f["label"], f["percent"]) for f in both] == [
        ("hội nghị người lao động", 80),
        ("đối thoại", 80),
    ]
    own = union_stats(
        "Các doanh nghiệp tổ chức hội nghị người lao động đạt 95%, tổ chức đối thoại đạt 90%."
    )
    assert [(f["label"], f["percent"]) for f in own] == [
        ("hội nghị người lao động", 95),
        ("đối thoại", 90),
    ]


def test_officials_attending_a_course_said_further_on():
    figure = one(
        "Sáng nay, hơn 200 cán bộ công đoàn của 90 CĐCS trên địa bàn huyện đã tham gia lớp tập "
        "huấn."
    )
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 200)


def test_the_youth_unions_central_committee_in_the_lead():
    lead = "Ban chấp hành T.Ư Đoàn cho biết chương trình công tác Đoàn năm 2026 có nhiều chỉ tiêu."
    text = "Cùng đó, sẽ giới thiệu 50 ngàn đoàn viên ưu tú cho Đảng xem xét kết nạp."
    assert union_stats(text, title="Nhiều chỉ tiêu mới", lead=lead) == []


def test_under_a_party_headline_the_partys_own_admissions():
    title = "Huyện X: Lễ kết nạp đảng viên trong trường học"
    assert union_stats("Trong buổi lễ, 6 quần chúng ưu tú được kết nạp Đảng.", title=title) == []
    workers = union_stats("Trong buổi lễ, 6 công nhân ưu tú được kết nạp Đảng.", title=title)
    assert [(f["stage"], f["achieved"]) for f in workers] == [("admitted", 6)]


# --- Wordings learnt from the second development set (measured once before it was read) -------


def test_applying_to_join_is_not_joining():
    text = "Hội nghị có mặt 65/104 người lao động có đơn xin gia nhập tổ chức công đoàn."
    assert union_stats(text) == []


def test_people_of_any_trade_admitted_to_a_union_are_members():
    figure = one("Tại buổi lễ, 35 người bán hàng rong được kết nạp vào nghiệp đoàn.")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 35)


def test_congresses_held_successfully():
    for text in (
        "Quỳnh Phụ: 98 công đoàn cơ sở tổ chức thành công đại hội",
        "Đến nay đã có 40/42 CĐCS đã đại hội thành công.",
    ):
        assert one(text)["label"] == "cđcs tổ chức đại hội"


def test_a_ward_union_made_of_others_is_no_founding():
    text = (
        "Công đoàn phường X được thành lập trên cơ sở của 21 công đoàn cơ sở hợp thành, với "
        "1.800 đoàn viên."
    )
    assert union_stats(text) == []


def test_a_passive_in_a_plan_does_not_make_it_done():
    found = union_stats(
        "Nhiệm kỳ 2025 – 2030 đề ra mục tiêu: 90% đoàn viên được phổ biến pháp luật; giới thiệu "
        "20 đoàn viên ưu tú cho Đảng xem xét."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 20)]


def test_the_percent_of_a_list_of_one_thing_stays_with_the_last():
    unions, guilds = union_stats(
        "Năm 2024 đã thành lập mới 03 CĐCS và 02 Nghiệp đoàn nghề cá, đạt 125% chỉ tiêu."
    )
    assert (unions["percent"], guilds["percent"]) == (None, 125)


def test_the_yardstick_named_before_the_percent():
    figure = one(
        "Toàn tỉnh đã thành lập được 84 công đoàn cơ sở, so với chỉ tiêu Tổng Liên đoàn giao đạt "
        "120% kế hoạch."
    )
    assert (figure["achieved"], figure["percent"], figure["percent_kind"]) == (84, 120, "of_target")


def test_women_counted_as_chi():
    figure = one("Các cấp công đoàn đã giới thiệu 120 chị ưu tú cho Đảng xem xét kết nạp.")
    assert (figure["stage"], figure["achieved"]) == ("introduced", 120)


# --- Wordings learnt from the fifth held-out set (measured once before it was read) ------------


def test_from_n_alone_is_a_floor():
    figure = one("Giới thiệu từ 200 đoàn viên công đoàn ưu tú để Đảng xem xét, kết nạp.")
    assert (figure["kind"], figure["target"]) == ("plan", 200)


def test_two_shares_of_companies_that_found_unions():
    found = union_stats(
        "Thành phố đặt mục tiêu 100% DN có từ 40 lao động và 80% DN có 20 lao động trở lên "
        "thành lập CĐCS."
    )
    assert [(f["metric"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", 100),
        ("cdcs_thanh_lap", 80),
    ]


def test_handing_over_the_list_is_introducing():
    figure = one("LĐLĐ quận trao danh sách 95 đoàn viên Công đoàn ưu tú cho tổ chức Đảng.")
    assert (figure["stage"], figure["achieved"]) == ("introduced", 95)


def test_admitted_among_those_introduced_after_the_party_trains_them():
    introduced, admitted = union_stats(
        "Các cấp Công đoàn giới thiệu 800 quần chúng ưu tú để Đảng bồi dưỡng kết nạp, trong đó "
        "310 quần chúng được kết nạp."
    )
    assert (introduced["stage"], admitted["stage"], admitted["achieved"]) == (
        "introduced",
        "admitted",
        310,
    )


def test_unions_launched_are_founded():
    figure = one("LĐLĐ huyện đã tổ chức Lễ ra mắt 4 công đoàn cơ sở mới.")
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 4)


def test_a_range_in_a_time_gone_by_is_a_result():
    figure = one("Năm qua, LĐLĐ huyện kết nạp từ 300 đến 500 đoàn viên mỗi quý.")
    assert (figure["kind"], figure["achieved"]) == ("result", {"min": 300, "max": 500})


# --- Wordings learnt from the sixth held-out set (measured once before it was read) ------------


def test_a_youth_union_congress_in_the_headline():
    title = "Hoàn thành nhiều chỉ tiêu Nghị quyết Đại hội Đoàn tỉnh lần thứ XX"
    text = "Toàn tỉnh đã kết nạp 12.000 đoàn viên, giới thiệu 900 đoàn viên ưu tú cho Đảng."
    assert union_stats(text, title=title) == []
    # "Công đoàn tỉnh" is a trade union
    assert len(union_stats(text, title="Công đoàn tỉnh hoàn thành nhiều chỉ tiêu")) == 2


def test_what_a_union_has_is_no_development():
    text = (
        "Tổ chức Công đoàn ngành được phát triển sâu rộng, với 12 công đoàn cấp trên trực tiếp, "
        "140 công đoàn cơ sở cùng hơn 9.000 đoàn viên."
    )
    assert union_stats(text) == []


def test_a_floor_in_a_plan_stays_planned_after_a_passive_of_another_item():
    found = union_stats(
        "Đại hội đề ra chỉ tiêu: 90% doanh nghiệp ký kết được thỏa ước; bình quân mỗi CĐCS giới "
        "thiệu ít nhất 1 đoàn viên ưu tú cho Đảng xem xét."
    )
    introduced = [f for f in found if f["metric"] == "dang_vien_gioi_thieu"]
    assert [(f["kind"], f["target"]) for f in introduced] == [("plan", 1)]


def test_what_companies_did_not_do_is_no_share():
    text = (
        "Khoảng 60% doanh nghiệp chưa có công đoàn, gần như không tổ chức hội nghị người lao động."
    )
    assert union_stats(text) == []


def test_a_share_that_parts_a_count_is_no_new_figure():
    found = union_stats(
        "Đã có 90 CĐCS hoàn thành việc tổ chức đại hội, trong đó 100% CĐCS khối giáo dục tổ chức "
        "thành công đại hội."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(90, None)]


def test_the_public_sectors_workers_conference_and_union_members_as_cong_doan_vien():
    figure = one("Phấn đấu 100% số cơ quan, đơn vị tổ chức hội nghị viên chức, người lao động.")
    assert (figure["label"], figure["percent"]) == ("hội nghị người lao động", 100)
    introduced = one(
        "Công đoàn cơ sở đã giới thiệu được 03 công đoàn viên ưu tú cho Chi bộ trường."
    )
    assert (introduced["stage"], introduced["achieved"]) == ("introduced", 3)


# --- Wordings written for this session's probes (officials named by their office) ------------


@pytest.mark.parametrize(
    "text, achieved",
    [
        ("LĐLĐ tỉnh mở 2 lớp bồi dưỡng nghiệp vụ cho gần 300 chủ tịch, phó chủ tịch CĐCS.", 300),
        (
            "Huyện đã tập huấn cho 250 chủ tịch, phó chủ tịch, ủy viên Ban chấp hành công đoàn cơ "
            "sở.",
            250,
        ),
        ("Công đoàn ngành tập huấn cho 45 tổ trưởng công đoàn về thương lượng tập thể.", 45),
    ],
)
def test_officials_named_by_their_office_are_officials_trained(text, achieved):
    figure = one(text)
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", achieved)


@pytest.mark.parametrize(
    "text",
    [
        "Huyện đã tập huấn cho 60 chủ tịch UBND xã về chuyển đổi số.",
        "Có 120 chủ tịch công đoàn cơ sở tiêu biểu được tuyên dương.",
        "Hội nghị có sự tham dự của 150 chủ tịch CĐCS trên địa bàn.",
    ],
)
def test_officers_not_trained_are_no_figure(text):
    assert union_stats(text) == []


def test_a_target_after_each_count_of_a_list():
    founded, recruited = union_stats(
        "Năm 2023 thành lập được 5 CĐCS/5 chỉ tiêu, kết nạp 450 đoàn viên/400 chỉ tiêu."
    )
    assert (founded["kind"], founded["achieved"], founded["target"]) == ("result", 5, 5)
    assert (recruited["kind"], recruited["achieved"], recruited["target"]) == ("result", 450, 400)


def test_a_percent_after_the_verb_that_follows_its_count():
    figure = one(
        "Qua đó, có 86 quần chúng ưu tú là đoàn viên công đoàn được kết nạp vào Đảng, đạt 143% "
        "chỉ tiêu."
    )
    assert (figure["stage"], figure["achieved"], figure["percent"]) == ("admitted", 86, 143)


def test_the_percent_of_the_plan_before_the_indicators_it_measures():
    members, unions = union_stats(
        "Hết năm 2023, LĐLĐ tỉnh đạt 100% chỉ tiêu về phát triển đoàn viên, thành lập công đoàn "
        "cơ sở."
    )
    assert (members["metric"], unions["metric"]) == ("doan_vien_ket_nap", "cdcs_thanh_lap")
    assert {members["percent"], unions["percent"]} == {100}
    over = one("Năm 2022, LĐLĐ huyện vượt 15% kế hoạch phát triển đoàn viên.")
    assert (over["percent"], over["percent_kind"]) == (15, "over_target")
    assert union_stats("Toàn tỉnh đã hoàn thành 100% chỉ tiêu Nghị quyết đề ra.") == []


def test_a_list_under_a_heading_that_names_the_plan():
    found = union_stats(
        "Chỉ tiêu năm 2025: Kết nạp 5.000 đoàn viên; thành lập 30 CĐCS; giới thiệu 500 đoàn viên "
        "ưu tú cho Đảng."
    )
    assert [(f["kind"], f["target"]) for f in found] == [
        ("plan", 5000),
        ("plan", 30),
        ("plan", 500),
    ]
    done = union_stats("Kết quả thực hiện chỉ tiêu: kết nạp 5.200 đoàn viên; thành lập 31 CĐCS.")
    assert [(f["kind"], f["achieved"]) for f in done] == [("result", 5200), ("result", 31)]


def test_admitted_after_a_semicolon_are_among_those_introduced():
    introduced, admitted = union_stats(
        "Công đoàn Cao su Việt Nam đã giới thiệu 312 đoàn viên ưu tú cho Đảng; 285 đồng chí đã "
        "được kết nạp."
    )
    assert (admitted["metric"], admitted["stage"], admitted["achieved"]) == (
        "dang_vien_gioi_thieu",
        "admitted",
        285,
    )
    # more than were introduced, or said to join the union: members recruited
    for text in (
        "Giới thiệu 120 đoàn viên ưu tú cho Đảng; 1.300 người được kết nạp.",
        "Giới thiệu 120 đoàn viên ưu tú cho Đảng; 100 người được kết nạp vào công đoàn.",
    ):
        assert union_stats(text)[1]["metric"] == "doan_vien_ket_nap"


def test_a_union_said_founded_with_its_members():
    figure = one("Công đoàn cơ sở Công ty TNHH May Hòa Thọ được thành lập với 450 đoàn viên.")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 450)
    assert union_stats("Công đoàn cơ sở được thành lập năm 2010 với 45 đoàn viên.") == []


def test_the_target_after_the_same_noun_again():
    founded, recruited = union_stats(
        "Trong 6 tháng đầu năm, LĐLĐ tỉnh thành lập mới 17 CĐCS/25 CĐCS theo kế hoạch, đạt 68%; "
        "kết nạp 2.350/4.000 đoàn viên, đạt 58,75%."
    )
    assert (founded["achieved"], founded["target"], founded["percent"]) == (17, 25, 68)
    assert (recruited["achieved"], recruited["target"], recruited["percent"]) == (2350, 4000, 58.75)


@pytest.mark.parametrize(
    "text, label, achieved, target",
    [
        (
            "Trong tổng số 250 CĐCS được đánh giá, có 230 CĐCS đạt vững mạnh.",
            "cđcs vững mạnh",
            230,
            250,
        ),
        (
            "Trên tổng số 80 doanh nghiệp, có 65 doanh nghiệp tổ chức hội nghị người lao động.",
            "hội nghị người lao động",
            65,
            80,
        ),
        (
            "Đến nay, trong tổng số 96 công đoàn cơ sở đã có 74 đơn vị tổ chức xong đại hội.",
            "cđcs tổ chức đại hội",
            74,
            96,
        ),
    ],
)
def test_the_whole_said_before_the_count_of_an_indicator(text, label, achieved, target):
    figure = one(text)
    assert (figure["label"], figure["achieved"], figure["target"]) == (label, achieved, target)


def test_targets_named_with_their_nouns_alone():
    found = union_stats(
        "Với chỉ tiêu được giao là 20 CĐCS và 1.000 đoàn viên, đến nay LĐLĐ huyện đã thành lập 14 "
        "CĐCS và kết nạp 760 đoàn viên."
    )
    assert [(f["metric"], f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", "result", 14, 20),
        ("doan_vien_ket_nap", "result", 760, 1000),
    ]
    assert union_stats("Đoàn trường đặt chỉ tiêu năm học là 300 đoàn viên.") == []


def test_percents_of_the_plan_after_the_counts_they_measure():
    founded, recruited = union_stats(
        "Kết thúc năm 2023, LĐLĐ quận thành lập được 32 CĐCS với 1.452 đoàn viên, vượt 28% chỉ "
        "tiêu thành lập CĐCS và 45% chỉ tiêu phát triển đoàn viên."
    )
    assert (founded["achieved"], founded["percent"]) == (32, 28)
    assert (recruited["achieved"], recruited["percent"]) == (1452, 45)


def test_workers_gathered_into_the_union_are_recruits():
    figure = one("Trong 2 năm, LĐLĐ tỉnh đã tập hợp được hơn 52.000 CNLĐ tham gia tổ chức CĐ.")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 52000)
    assert union_stats("Công đoàn đã tập hợp 500 đoàn viên tham gia hiến máu.") == []


def test_a_verb_after_the_count_outranks_one_in_a_clause_before():
    figure = one(
        "Qua công tác giới thiệu của Công đoàn, trong năm có 125 đoàn viên công đoàn được kết nạp "
        "vào Đảng Cộng sản Việt Nam."
    )
    assert (figure["stage"], figure["achieved"]) == ("admitted", 125)


def test_sent_to_a_course_on_the_party_is_not_introduced_to_it():
    assert (
        union_stats(
            "Công đoàn đã giới thiệu 15 đoàn viên tham gia lớp bồi dưỡng nhận thức về Đảng."
        )
        == []
    )


def test_introduced_to_a_party_organisation_with_its_percent():
    figure = one(
        "Các cấp công đoàn đã giới thiệu 3.500 đoàn viên ưu tú cho tổ chức Đảng bồi dưỡng, xem xét "
        "kết nạp, đạt 116,7% chỉ tiêu."
    )
    assert (figure["stage"], figure["achieved"], figure["percent"]) == ("introduced", 3500, 116.7)


def test_a_tally_of_those_admitted_after_those_introduced():
    introduced, admitted = union_stats(
        "Năm 2022, số đoàn viên công đoàn ưu tú được giới thiệu cho Đảng là 450 người, số được kết "
        "nạp là 312 người."
    )
    assert (introduced["stage"], introduced["achieved"]) == ("introduced", 450)
    assert (admitted["stage"], admitted["achieved"]) == ("admitted", 312)


def test_percents_in_turn_with_the_yardstick_after_the_last():
    recruited, founded = union_stats(
        "LĐLĐ tỉnh phát triển được 2.035 đoàn viên trong khu vực kinh tế ngoài nhà nước, thành lập "
        "14 CĐCS, đạt 101,75% và 116,67% kế hoạch."
    )
    assert (recruited["percent"], founded["percent"]) == (101.75, 116.67)


# --- Wordings learnt from the seventh to ninth held-out sets (measured once before they were read)


@pytest.mark.parametrize(
    "text, percents",
    [
        (
            "Phấn đấu 90% CĐ cơ sở khu vực nhà nước, 50% CĐ cơ sở khu vực ngoài nhà nước, DN có "
            "vốn đầu tư nước ngoài đạt CĐ cơ sở vững mạnh.",
            [90, 50],
        ),
        (
            "Có 88% công đoàn cơ sở khu vực hành chính và 62% công đoàn cơ sở doanh nghiệp xếp "
            "loại “Hoàn thành tốt nhiệm vụ”.",
            [88, 62],
        ),
    ],
)
def test_a_list_of_shares_rated_further_on(text, percents):
    assert [f["percent"] for f in union_stats(text)] == percents


def test_a_rating_named_far_from_its_count_with_its_verb():
    figure = one(
        "Năm học qua, 21/22 CĐCS trường học trên địa bàn được Hội đồng Thi đua LĐLĐ thị xã đánh "
        "giá hoàn thành tốt nhiệm vụ."
    )
    assert (figure["label"], figure["achieved"], figure["target"]) == (
        "cđcs hoàn thành tốt nhiệm vụ",
        21,
        22,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Phấn đấu 100% ủy viên Ban Chấp hành Công đoàn được bồi dưỡng, tập huấn nghiệp vụ.",
        "Có 100% các đồng chí ủy viên Ban chấp hành LĐLĐ huyện tham gia đầy đủ các lớp tập huấn.",
    ],
)
def test_a_share_of_officers_trained(text):
    figure = one(text)
    assert (figure["metric"], figure["percent"]) == ("can_bo_tap_huan", 100)


def test_members_of_the_workforce_are_no_percent_of_a_plan():
    assert union_stats("Phấn đấu phát triển đoàn viên đạt hơn 80% tổng số lao động.") == []


@pytest.mark.parametrize(
    "text, stage",
    [
        (
            "Nhiệm kỳ tới, CĐ huyện phấn đấu 900 đoàn viên CĐ ưu tú được lựa chọn, giới thiệu để "
            "Đảng xem xét, bồi dưỡng và kết nạp.",
            "introduced",
        ),
        (
            "Phấn đấu có từ 2.000 đoàn viên công đoàn ưu tú trở lên được xem xét kết nạp vào Đảng.",
            "introduced",
        ),
    ],
)
def test_party_plans_in_the_passive(text, stage):
    figure = one(text)
    assert (figure["metric"], figure["stage"], figure["kind"]) == (
        "dang_vien_gioi_thieu",
        stage,
        "plan",
    )


@pytest.mark.parametrize(
    "text, label, achieved",
    [
        ("LĐLĐ huyện hướng dẫn 25 đơn vị tổ chức đại hội CĐ cơ sở nhiệm kỳ mới.", None, 25),
        ("Đến nay, Công đoàn ngành đã có 12 đơn vị hoàn thành đại hội CĐCS.", None, 12),
        ("Ban Thường vụ đã chỉ đạo Đại hội xong 41 Công đoàn cơ sở.", None, 41),
        (
            "Đến nay có 210/350 CĐCS tổ chức hội nghị giữa nhiệm kỳ.",
            "cđcs tổ chức hội nghị giữa nhiệm kỳ",
            210,
        ),
    ],
)
def test_congresses_of_grassroots_unions(text, label, achieved):
    figure = one(text)
    assert (figure["label"], figure["achieved"]) == (label or "cđcs tổ chức đại hội", achieved)


def test_congresses_of_units_that_are_not_unions_are_no_figure():
    assert union_stats("Đã có 25 đơn vị tổ chức đại hội chi bộ.") == []


def test_party_members_admitted_after_the_union_introduced_them():
    introduced, admitted = union_stats(
        "Các CĐCS đã giới thiệu 28 đoàn viên ưu tú để tổ chức Đảng xem xét, bồi dưỡng, kết nạp và "
        "đã kết nạp mới 15 Đảng viên mới."
    )
    assert (admitted["stage"], admitted["achieved"]) == ("admitted", 15)


def test_public_sector_conferences_of_a_list_of_units():
    first, second = union_stats(
        "Đã có 520/600 cơ quan, đơn vị tổ chức được Hội nghị CBCC, VC (chiếm 86,7%); có 310/1.200 "
        "doanh nghiệp, đơn vị sự nghiệp ngoài công lập tổ chức được Hội nghị NLĐ (chiếm 25,8%)."
    )
    assert (first["label"], first["achieved"], first["target"], first["percent"]) == (
        "hội nghị cán bộ công chức",
        520,
        600,
        86.7,
    )
    assert (second["label"], second["achieved"], second["target"]) == (
        "hội nghị người lao động",
        310,
        1200,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Có 40% doanh nghiệp xây dựng quy chế đối thoại tại nơi làm việc.",
        "Kết quả, 65% DN đưa nội dung tổ chức bữa ăn ca vào thỏa ước.",
        "Hiện chỉ có 4,8% đơn vị kinh tế tư nhân trên địa bàn thành lập được tổ chức công đoàn.",
    ],
)
def test_shares_that_are_no_indicator(text):
    assert union_stats(text) == []


def test_a_part_of_a_count_of_agreements_is_no_new_figure():
    figure = one(
        "Có 95 DN có tổ chức CĐ đã ký thỏa ước lao động tập thể, trong đó có 31 DN ký kết thỏa ước "
        "mới."
    )
    assert figure["achieved"] == 95


def test_founded_said_with_lap_alone():
    founded, members = union_stats(
        "LĐLĐ huyện đã lập thêm 1 công đoàn cơ sở tại Công ty Cổ phần Sông Lam với tổng số 210 "
        "đoàn viên công đoàn."
    )
    assert (founded["metric"], founded["achieved"]) == ("cdcs_thanh_lap", 1)
    assert (members["metric"], members["achieved"]) == ("doan_vien_ket_nap", 210)
    assert union_stats("Công ty đã lập 3 tổ sản xuất mới.") == []


def test_members_newly_admitted_said_with_voi_and_a_net_change():
    figure = one(
        "Năm 2019 là năm có số lượng ĐV tăng thêm cao nhất, với 8.214 ĐV mới được kết nạp, trừ đi "
        "số giảm còn tăng thực tế gần 4.100 ĐV."
    )
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 8214)


def test_a_breakdown_with_its_share_of_the_whole_is_done_under_a_plan_headline():
    figure = one(
        "Trong đó, khu vực ngoài nhà nước kết nạp 9.320 đoàn viên, chiếm 71,2% tổng số đoàn viên "
        "mới kết nạp.",
        title="LĐLĐ tỉnh phấn đấu kết nạp mới 15.000 đoàn viên",
    )
    assert (figure["kind"], figure["achieved"], figure["percent"]) == ("result", 9320, 71.2)


# --- Wordings learnt from the tenth and eleventh held-out sets ---------------------------------


@pytest.mark.parametrize(
    "text, title",
    [
        ("Toàn Đoàn đã kết nạp mới 120.500 đoàn viên, tăng hơn 2 lần so với năm trước.", ""),
        (
            "Có 12.300 đoàn viên ưu tú được giới thiệu cho Đảng xem xét kết nạp.",
            "Thanh niên công nhân hăng hái theo Đoàn",
        ),
    ],
)
def test_the_youth_union_named_by_its_name_alone(text, title):
    assert union_stats(text, title=title) == []


def test_a_delegation_is_not_the_youth_union():
    figure = one("Đoàn công tác của LĐLĐ tỉnh đã trao quyết định kết nạp 45 đoàn viên mới.")
    assert figure["metric"] == "doan_vien_ket_nap"


def test_a_bare_percent_followed_by_its_own_units_is_a_share_of_its_own():
    introduced, share = union_stats(
        "Phấn đấu giới thiệu ít nhất 50.000 lượt đoàn viên ưu tú cho Đảng, 70% công đoàn cơ sở "
        "đạt danh hiệu công đoàn cơ sở vững mạnh."
    )
    assert (introduced["target"], introduced["percent"]) == (50000, None)
    assert (share["label"], share["percent"]) == ("cđcs vững mạnh", 70)


def test_unions_counted_in_turns():
    figure = one("Có 1.830 lượt CĐ cơ sở đạt danh hiệu vững mạnh (đạt 104%).")
    assert (figure["label"], figure["achieved"], figure["percent"]) == ("cđcs vững mạnh", 1830, 104)


def test_workers_recognised_as_members():
    figure = one("LĐLĐ thành phố trao quyết định công nhận đoàn viên cho 42 công nhân của công ty.")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 42)


@pytest.mark.parametrize(
    "text",
    [
        "Tính đến nay, có 48 công đoàn cơ sở ngoài nhà nước được thành lập trực thuộc LĐLĐ huyện.",
        "Hiện toàn tỉnh có 9 NĐ nghề cá được thành lập với 3.120 đoàn viên.",
        "Tại thành phố đến nay đã có 95 nghiệp đoàn được thành lập với gần 9.000 đoàn viên.",
    ],
)
def test_how_many_unions_there_are_is_no_founding(text):
    assert union_stats(text) == []


def test_a_period_up_to_now_is_still_a_result():
    figure = one("Từ đầu năm đến nay, đã có 35 CĐCS được thành lập.")
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 35)


def test_trainees_said_to_attend_before_their_count():
    figure = one("Tham dự lớp học có 52 học viên đến từ công đoàn của 14 đơn vị trong ngành.")
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 52)


def test_congresses_of_a_unions_sections():
    figure = one("Đến nay, 100% các Công đoàn bộ phận đã tổ chức Đại hội.")
    assert (figure["label"], figure["percent"]) == ("cđcs tổ chức đại hội", 100)


def test_a_part_of_those_admitted_is_no_new_figure():
    figure = one(
        "Đã có 320 đoàn viên Công đoàn ưu tú được kết nạp vào Đảng, trong đó có 140 đoàn viên "
        "ưu tú là công nhân lao động được kết nạp."
    )
    assert (figure["stage"], figure["achieved"]) == ("admitted", 320)


def test_introduced_in_the_passive_with_its_agent():
    figure = one(
        "Hằng năm, huyện có khoảng 120 công nhân được tổ chức Công đoàn và cấp ủy Đảng địa phương "
        "giới thiệu cho Đảng xem xét kết nạp."
    )
    assert (figure["metric"], figure["stage"], figure["achieved"]) == (
        "dang_vien_gioi_thieu",
        "introduced",
        120,
    )


def test_a_youth_union_clause_in_a_union_sentence():
    found = union_stats(
        "Đồng thời thành lập được 86 tổ chức công đoàn, phát triển 9.500 đoàn viên; 40 tổ chức "
        "Đoàn, hội thanh niên, phát triển 2.100 đoàn viên, hội viên thanh niên."
    )
    assert [f["achieved"] for f in found] == [86, 9500]


def test_a_share_of_people_recruited_into_the_union():
    figure = one(
        "Công đoàn cơ sở xã đã kết nạp 100% cán bộ, công chức và người lao động vào tổ chức Công "
        "đoàn."
    )
    assert (figure["metric"], figure["percent"], figure["percent_kind"]) == (
        "doan_vien_ket_nap",
        100,
        "rate",
    )


def test_a_plans_share_of_companies_with_a_union():
    found = union_stats(
        "Đại hội đã thông qua Nghị quyết với nhiều chỉ tiêu, như: 100% doanh nghiệp có 25 công "
        "nhân lao động trở lên có tổ chức công đoàn; xây dựng 250 Mái ấm Công đoàn."
    )
    assert [(f["metric"], f["kind"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", "plan", 100)
    ]
    assert union_stats("Hiện 45% doanh nghiệp trên địa bàn có tổ chức công đoàn.") == []


def test_solutions_for_a_number_make_it_a_target():
    figure = one(
        "Hội nghị đưa ra những giải pháp để phát triển 20.000 đoàn viên giai đoạn 2023-2028."
    )
    assert (figure["kind"], figure["target"]) == ("plan", 20000)


def test_trainees_of_days_of_study():
    figure = one(
        "Sau 3 ngày học tập, 95 học viên là Chủ tịch, Phó Chủ tịch Công đoàn cơ sở đã được truyền "
        "đạt các chuyên đề."
    )
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 95)


# --- The same reading however it is worded (rewrites of read sentences, heldout12–14) -----------


@pytest.mark.parametrize(
    "text",
    [
        "LĐLĐ huyện kết nạp 420 đoàn viên, đạt được 84% kế hoạch năm.",
        "LĐLĐ huyện kết nạp 420 đoàn viên, đạt 84% kế hoạch năm.",
    ],
)
def test_dat_duoc_is_dat(text):
    figure = one(text)
    assert (figure["achieved"], figure["percent"], figure["percent_kind"]) == (
        420,
        84,
        "of_target",
    )


def test_vuot_duoc_and_hoan_thanh_den():
    figure = one("Công đoàn ngành thành lập 9 CĐCS, vượt được 12,5% chỉ tiêu được giao.")
    assert (figure["percent"], figure["percent_kind"]) == (12.5, "over_target")
    share = one("Quý I, Công đoàn KCN đã hoàn thành đến 64% chỉ tiêu phát triển đoàn viên cả năm.")
    assert (share["metric"], share["percent"]) == ("doan_vien_ket_nap", 64)


def test_a_plan_to_manage_a_number_stays_a_plan_for_the_next():
    found = union_stats(
        "Năm 2026, LĐLĐ thị xã phấn đấu kết nạp được 600 đoàn viên và thành lập 8 CĐCS."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 600), ("plan", 8)]


def test_members_said_developed_in_the_passive():
    figure = one("Trong năm, 2.140 ĐV mới được phát triển ở các doanh nghiệp ngoài nhà nước.")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 2140)


def test_the_next_deed_of_a_comma_list_does_not_lend_its_party():
    found = union_stats(
        "Năm qua, công đoàn các cấp phát triển 3.200 đoàn viên, giới thiệu cho Đảng 140 đoàn viên "
        "ưu tú."
    )
    assert [(f["metric"], f["stage"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", None, 3200),
        ("dang_vien_gioi_thieu", "introduced", 140),
    ]


def test_a_bare_percent_with_its_own_noun_is_its_own_share():
    found = union_stats(
        "Mục tiêu nhiệm kỳ: thành lập mới 12 công đoàn cơ sở, 95% đoàn viên được học tập nghị "
        "quyết đại hội."
    )
    assert [(f["metric"], f["target"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", 12, None)
    ]


def test_members_named_with_an_associations_are_the_youths():
    found = union_stats(
        "Năm 2024 thành lập 15 công đoàn cơ sở, phát triển 2.300 đoàn viên, 40 chi hội, phát triển "
        "900 đoàn viên, hội viên thanh niên."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 15),
        ("doan_vien_ket_nap", 2300),
    ]


def test_a_union_word_after_the_counts_clause_does_not_make_youth_members_the_unions():
    title = "Tuổi trẻ huyện đảo ra quân Tháng Thanh niên"
    text = "Đoàn xã đã kết nạp 38 đoàn viên mới, phối hợp với công đoàn trường tổ chức giao lưu."
    assert union_stats(text, title=title) == []


def test_a_party_organ_after_an_opening_phrase_admits_its_own():
    assert (
        union_stats("Năm qua, Chi bộ Công đoàn khối cơ quan kết nạp Đảng cho 4 quần chúng ưu tú.")
        == []
    )
    # a Party committee reporting union members it admitted: the union's figure
    figure = one("Năm 2024, Đảng ủy khối đã kết nạp 96 đoàn viên công đoàn ưu tú vào Đảng.")
    assert (figure["metric"], figure["stage"], figure["achieved"]) == (
        "dang_vien_gioi_thieu",
        "admitted",
        96,
    )


def test_a_recent_deed_ends_a_plan_the_headline_made():
    figure = one(
        "Cụ thể, Công đoàn KCN vừa thành lập mới một công đoàn cơ sở tại công ty may.",
        title="Công đoàn KCN phấn đấu thành lập mới 15 CĐCS",
    )
    assert (figure["kind"], figure["achieved"]) == ("result", 1)


def test_parts_of_a_whole_named_by_its_verb_are_no_figures():
    text = (
        "Trong số đảng viên mới kết nạp: có 410 đảng viên nữ, chiếm 45%; 52 đảng viên là người dân "
        "tộc thiểu số."
    )
    assert union_stats(text) == []


def test_agreements_signed_with_companies():
    figure = one("LĐLĐ quận đã ký kết thỏa ước lao động tập thể nhóm với 14 doanh nghiệp.")
    assert (figure["label"], figure["achieved"]) == ("thỏa ước lao động tập thể", 14)
    dialogue = one("Công đoàn huyện tổ chức đối thoại với lãnh đạo 6 doanh nghiệp trên địa bàn.")
    assert (dialogue["label"], dialogue["achieved"]) == ("đối thoại", 6)


def test_a_rating_glued_to_its_unit():
    found = union_stats("Kết quả xếp loại: 52 CĐCSVM, 6 CĐCS khá.")
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("cđcs vững mạnh", 52),
        ("cđcs khá", 6),
    ]


def test_a_count_past_a_comma_with_its_own_indicator():
    found = union_stats(
        "LĐLĐ tỉnh chỉ đạo tổ chức 15 buổi lễ ra mắt Công đoàn, 64 Công đoàn cơ sở tổ chức Đại hội."
    )
    assert [(f["metric"], f["label"], f["achieved"]) for f in found] == [
        ("other", "cđcs tổ chức đại hội", 64)
    ]


def test_a_share_of_unions_introducing_to_the_party():
    figure = one("Chỉ tiêu năm 2026: 90% CĐCS cơ quan giới thiệu đoàn viên ưu tú cho Đảng xem xét.")
    assert (figure["metric"], figure["stage"], figure["kind"], figure["percent"]) == (
        "dang_vien_gioi_thieu",
        "introduced",
        "plan",
        90,
    )


def test_a_party_organs_congress_headline():
    title = "Đại hội Đảng bộ Liên đoàn Lao động thành phố lần thứ VIII"
    assert union_stats("Nhiệm kỳ qua đã kết nạp 9 đảng viên mới.", title=title) == []


def test_members_named_by_a_founding_decision():
    figure = one(
        "Theo quyết định thành lập, Công đoàn cơ sở Công ty TNHH Gỗ Minh Phát gồm 212 đoàn viên."
    )
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 212)


def test_party_candidates_at_a_course_are_no_officials_trained():
    text = "Lớp học có 45 học viên là đối tượng kết nạp Đảng, đang làm việc ở các công ty."
    assert union_stats(text) == []


def test_a_grassroots_union_and_a_share_however_spelt():
    def read(text):
        return [
            {k: v for k, v in f.items() if k not in ("text_span", "sentence")}
            for f in union_stats(text)
        ]

    found = read("Quý I/2026, LĐLĐ huyện thành lập mới 6 CĐCS, đạt tỷ lệ 40%.")
    assert [(f["metric"], f["achieved"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", 6, 40)
    ]
    assert read("Quý I/2026, LĐLĐ huyện thành lập mới 6 CĐ cơ sở, đạt tỉ lệ 40%.") == found


def test_members_written_dv_cong_doan():
    found = union_stats(
        "Năm 2025, LĐLĐ thị xã kết nạp được 812 ĐV công đoàn, nâng tổng số lên 9.140 ĐV công "
        "đoàn, vượt 12%; trao quyết định công nhận 35 ĐV mới tại Công ty TNHH Hòa Bình."
    )
    assert [(f["metric"], f["achieved"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", 812, 12),
        ("doan_vien_ket_nap", 35, None),
    ]


def test_a_party_committee_admitting_dv_cong_doan_still_counts():
    figure = one("Năm 2024, Đảng ủy Khối doanh nghiệp kết nạp 41 ĐV công đoàn ưu tú vào Đảng.")
    assert (figure["metric"], figure["stage"], figure["achieved"]) == (
        "dang_vien_gioi_thieu",
        "admitted",
        41,
    )


def test_the_party_written_in_small_letters():
    found = union_stats(
        "Các cấp công đoàn giới thiệu 1.420 đoàn viên ưu tú cho đảng xem xét, đạt 103% kế hoạch, "
        "và được các cấp ủy đảng xem xét, kết nạp 615 người."
    )
    assert [(f["stage"], f["achieved"], f["percent"]) for f in found] == [
        ("introduced", 1420, 103),
        ("admitted", 615, None),
    ]


def test_officials_trained_after_a_party_clause_are_trained():
    found = union_stats(
        "Năm 2025, giới thiệu 96 đoàn viên ưu tú cho Đảng xem xét, đào tạo, bồi dưỡng cho 530 "
        "cán bộ công đoàn cơ sở."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("dang_vien_gioi_thieu", 96),
        ("can_bo_tap_huan", 530),
    ]


@pytest.mark.parametrize(
    "tail",
    ["58 trường hợp được đề nghị nâng lương", "14 đoàn viên nhận quà Tết", "9 đoàn viên tham dự"],
)
def test_a_list_item_with_its_own_predicate_is_not_the_lists(tail):
    found = union_stats(f"Năm 2025, công đoàn trường kết nạp 17 đoàn viên, {tail}.")
    assert [(f["metric"], f["achieved"]) for f in found] == [("doan_vien_ket_nap", 17)]


def test_workers_joining_the_union_go_on_the_list():
    found = union_stats(
        "Năm 2025, LĐLĐ huyện kết nạp 260 đoàn viên, 75 công nhân tham gia tổ chức công đoàn."
    )
    assert [f["achieved"] for f in found] == [260, 75]


def test_a_rating_whose_agent_is_written_long():
    figure = one(
        "Năm học qua, 21/24 CĐCS trường học được Hội đồng Thi đua - Khen thưởng Liên đoàn Lao động "
        "huyện Yên Thành đánh giá hoàn thành tốt nhiệm vụ."
    )
    assert (figure["label"], figure["achieved"], figure["target"]) == (
        "cđcs hoàn thành tốt nhiệm vụ",
        21,
        24,
    )


def test_a_percents_decimals_after_a_dot():
    found = union_stats(
        "Năm 2025, thành lập mới 41 CĐCS (đạt 116.4%); kết nạp 5.120 đoàn viên (đạt 97.25% kế "
        "hoạch), tỷ lệ CĐCS vững mạnh đạt 8.5%."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [
        (41, 116.4),
        (5120, 97.25),
        (None, 8.5),
    ]


def test_the_tail_of_a_dotted_percent_is_no_percent():
    assert (
        union_stats("Hiện chỉ có 5.3% đơn vị kinh tế tư nhân thành lập được tổ chức công đoàn.")
        == []
    )


def test_x_of_a_total_written_tong_so():
    figure = one("Năm qua, LĐLĐ huyện thành lập được 9/tổng số 15 CĐCS, đạt 60% kế hoạch.")
    assert (figure["achieved"], figure["target"], figure["percent"]) == (9, 15, 60)


def test_members_recruited_at_unions_are_no_unions_founded():
    found = union_stats(
        "Công đoàn phường cũng đã phát triển 61 đoàn viên mới tại 3 Công đoàn cơ sở."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [("doan_vien_ket_nap", 61)]


def test_the_whole_before_a_count_with_a_qualifier():
    figure = one(
        "Tính đến ngày 15/3, trong tổng số gần 240 công đoàn cơ sở đã có 198 đơn vị hoàn thành "
        "việc tổ chức đại hội."
    )
    assert (figure["label"], figure["achieved"], figure["target"]) == (
        "cđcs tổ chức đại hội",
        198,
        240,
    )


def test_a_place_party_committee_admits_its_own():
    assert union_stats("Quận ủy Hải Châu đã kết nạp 57 đảng viên mới, đạt 95% kế hoạch.") == []


def test_a_place_party_committee_member_as_a_title_is_no_party_organ():
    figure = one(
        "Ông Trần Văn Bình, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh cho biết năm 2025 đã kết nạp 4.100 "
        "đoàn viên."
    )
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 4100)


def test_a_founding_resolution_is_done_after_a_plan_word():
    figure = one(
        "Hội nghị đề ra phương hướng hoạt động, thông qua Nghị quyết thành lập Công đoàn cơ sở "
        "Trường mầm non Hoa Sen với 24 đoàn viên."
    )
    assert (figure["metric"], figure["kind"], figure["achieved"]) == (
        "doan_vien_ket_nap",
        "result",
        24,
    )


def test_what_units_must_do_is_not_done():
    assert union_stats("Trong đó, 1.250 CĐCS phải tổ chức đại hội trong quý III.") == []


def test_a_unions_sections_hold_congresses_but_are_not_founded_as_unions():
    figure = one("Đến nay, 11/15 Công đoàn bộ phận đã tổ chức thành công Đại hội.")
    assert (figure["label"], figure["achieved"], figure["target"]) == (
        "cđcs tổ chức đại hội",
        11,
        15,
    )
    assert union_stats("Năm 2025, công ty thành lập 3 công đoàn bộ phận mới.") == []


def test_a_predicate_after_a_long_name():
    figure = one(
        "Đến ngày 20/8, 100% công đoàn cơ sở trực thuộc Công đoàn Tổng công ty Cảng hàng không "
        "Việt Nam (ACV) đã hoàn thành việc tổ chức Đại hội nhiệm kỳ 2025-2030."
    )
    assert (figure["label"], figure["percent"]) == ("cđcs tổ chức đại hội", 100)


def test_a_deed_to_do_each_year_is_a_target():
    found = union_stats("Hằng năm phát triển 300 đoàn viên mới; thành lập ít nhất 3 CĐCS.")
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 300), ("plan", 3)]
    figure = one("Hằng năm, LĐLĐ huyện đã kết nạp 300 đoàn viên.")
    assert (figure["kind"], figure["achieved"]) == ("result", 300)


def test_shares_of_officials_trained_in_a_list():
    found = union_stats(
        "Phấn đấu 100% chủ tịch CĐCS và 80% ủy viên Ban Chấp hành được tập huấn nghiệp vụ."
    )
    assert [(f["metric"], f["kind"], f["percent"]) for f in found] == [
        ("can_bo_tap_huan", "plan", 100),
        ("can_bo_tap_huan", "plan", 80),
    ]


def test_unions_founded_of_companies_counted():
    figure = one(
        "Tháng 9/2025, LĐLĐ huyện đã thành lập công đoàn cơ sở của 03 doanh nghiệp trên địa bàn."
    )
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 3)


@pytest.mark.parametrize("verb", ["bằng", "hoàn thành"])
def test_a_percent_measured_with_bang_or_hoan_thanh(verb):
    found = union_stats(
        f"Năm 2025, phát triển đoàn viên {verb} 112%; các doanh nghiệp tổ chức hội nghị người lao "
        f"động {verb} 96%."
    )
    assert [(f["metric"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", 112),
        ("other", 96),
    ]


def test_a_percent_said_before_the_count_it_measures():
    figure = one(
        "Đến nay LĐLĐ tỉnh đã hoàn thành 93% chỉ tiêu kế hoạch cả nhiệm kỳ 2023 - 2028, với 18.420 "
        "ĐV mới được kết nạp."
    )
    assert (figure["metric"], figure["achieved"], figure["percent"]) == (
        "doan_vien_ket_nap",
        18420,
        93,
    )


def test_the_plan_in_brackets_after_a_percent_in_brackets():
    figure = one(
        "Năm 2025, công đoàn KCN đã kết nạp mới 2.310 ĐVCĐ (đạt 77% kế hoạch) (3.000 ĐVCĐ)."
    )
    assert (figure["achieved"], figure["target"], figure["percent"]) == (2310, 3000, 77)


def test_an_abbreviation_in_brackets_reads_as_its_long_form_and_stays_in_the_span():
    figure = one(
        "Năm 2025, LĐLĐ huyện thành lập công đoàn cơ sở (CĐCS) được 6/9, đạt 66,7% kế hoạch."
    )
    assert (figure["achieved"], figure["target"], figure["percent"]) == (6, 9, 66.7)
    assert figure["text_span"].startswith("thành lập công đoàn cơ sở (CĐCS) được 6/9")
    figure = one("Năm 2025, Công đoàn ngành kết nạp 1.150 đoàn viên (ĐV) công đoàn, vượt 15%.")
    assert (figure["achieved"], figure["percent"], figure["percent_kind"]) == (
        1150,
        15,
        "over_target",
    )


@pytest.mark.parametrize("said", ["vượt mức 20%", "vượt 20%"])
def test_vuot_muc_is_vuot(said):
    figure = one(f"Năm 2024, LĐLĐ quận kết nạp 360 đoàn viên, {said} kế hoạch.")
    assert (figure["percent"], figure["percent_kind"]) == (20, "over_target")


def test_dat_ty_le_of_the_plan_leaves_the_next_count_done():
    found = union_stats(
        "Năm 2024, LĐLĐ tỉnh thành lập 41 CĐCS (đạt tỷ lệ 102,5% chỉ tiêu kế hoạch), kết nạp 5.210 "
        "đoàn viên (đạt tỷ lệ 104,2% chỉ tiêu kế hoạch)."
    )
    assert [(f["kind"], f["achieved"], f["percent"]) for f in found] == [
        ("result", 41, 102.5),
        ("result", 5210, 104.2),
    ]


def test_trong_so_do_breaks_a_count_down():
    found = union_stats(
        "Có 48 doanh nghiệp đã ký thỏa ước lao động tập thể, trong số đó có 12 doanh nghiệp ký mới."
    )
    assert [(f["achieved"]) for f in found] == [48]


def test_a_plan_said_in_a_quote_goes_on_from_the_headline():
    found = union_stats(
        "“Cụ thể, kết nạp 2.000 đoàn viên; thành lập 12 CĐCS”, ông Trần Văn Bình cho biết.",
        title="LĐLĐ tỉnh phấn đấu hoàn thành các chỉ tiêu năm 2026",
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 2000), ("plan", 12)]


def test_a_rating_wanted_is_no_result():
    found = union_stats(
        "Cụ thể, 70% CĐCS đạt loại vững mạnh, kết nạp từ 3.000 đoàn viên trở lên.",
        title="Công đoàn ngành đề ra mục tiêu nhiệm kỳ 2025 - 2030",
    )
    assert {f["kind"] for f in found} == {"plan"}


@pytest.mark.parametrize("qualifier", ["khoảng", "ít nhất", "xấp xỉ"])
def test_a_qualifier_before_a_share(qualifier):
    figure = one(f"Năm 2025, {qualifier} 80% CĐCS tổ chức hội nghị người lao động.")
    assert (figure["percent"], figure["qualifiers"]) == (80, {"percent": qualifier})


def test_a_share_of_members_in_units_is_not_a_percent_of_the_plan():
    assert (
        union_stats("Phấn đấu phát triển đoàn viên đạt ít nhất 90% trong các đơn vị sự nghiệp.")
        == []
    )


def test_units_receiving_an_award_are_no_rating():
    assert (
        union_stats("Năm 2024, 3 CĐCS được nhận cờ thi đua xuất sắc của LĐLĐ tỉnh Nam Định.") == []
    )
    figure = one("Năm 2024, 3 CĐCS được xếp loại hoàn thành xuất sắc nhiệm vụ.")
    assert (figure["label"], figure["achieved"]) == ("cđcs hoàn thành xuất sắc nhiệm vụ", 3)


def test_workers_joining_a_nghiep_doan_are_recruits():
    figure = one("Năm 2025, LĐLĐ quận đã vận động 25 lao động tự do tham gia Nghiệp đoàn xe ôm.")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 25)


def test_the_youth_union_named_in_the_sentence_before_carries_on():
    text = (
        "Năm 2024, Đoàn Thanh niên khối doanh nghiệp tỉnh đã giới thiệu hơn 300 đoàn viên ưu tú. "
        "Kết quả, đã có 215 đoàn viên được kết nạp Đảng."
    )
    assert union_stats(text) == []
    text = text.replace("Đoàn Thanh niên khối doanh nghiệp", "Công đoàn khối doanh nghiệp")
    assert [f["achieved"] for f in union_stats(text)] == [300, 215]


def test_a_text_naming_the_youth_union_and_no_union_anywhere_counts_none_of_its_members():
    text = (
        "Ban Thường vụ Tỉnh đoàn Quảng Trị tổng kết công tác năm 2025. Năm qua, các phong trào "
        "tình nguyện tiếp tục lan tỏa. Kết quả, toàn tỉnh kết nạp được 4.260 đoàn viên mới, giới "
        "thiệu 1.020 đoàn viên ưu tú cho Đảng."
    )
    assert union_stats(text) == []
    # (a union named anywhere, even further on, keeps them the union's)
    union = text.replace("Tỉnh đoàn", "LĐLĐ tỉnh")
    assert [f["achieved"] for f in union_stats(union)] == [4260, 1020]
    later = text + " Công đoàn các cấp phối hợp tổ chức ngày hội."
    assert [f["achieved"] for f in union_stats(later)] == [4260, 1020]
    # (and naming neither leaves them as the sentence reads)
    neither = text.replace("Ban Thường vụ Tỉnh đoàn Quảng Trị", "Tỉnh Quảng Trị")
    assert [f["achieved"] for f in union_stats(neither)] == [4260, 1020]


def test_a_running_total_for_a_whole_territory_is_no_figure():
    assert union_stats("Tính đến cuối tháng 6-2025, toàn tỉnh đã thành lập 412 nghiệp đoàn.") == []
    figure = one("Tính đến cuối tháng 6-2025, toàn tỉnh đã thành lập mới 41 CĐCS.")
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 41)


def test_a_rating_inside_another_rating_is_its_own_figure():
    found = union_stats(
        "Năm học 2024-2025, 41 CĐCS được đánh giá hoàn thành tốt nhiệm vụ (trong đó 9 CĐCS hoàn "
        "thành xuất sắc nhiệm vụ)."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("cđcs hoàn thành tốt nhiệm vụ", 41),
        ("cđcs hoàn thành xuất sắc nhiệm vụ", 9),
    ]


def test_deeds_directed_for_a_month_to_come_are_targets():
    found = union_stats(
        "Trong Tháng Công nhân sắp tới, LĐLĐ huyện đã chỉ đạo thành lập ít nhất 4 CĐCS, phát triển "
        "thêm 300 đoàn viên."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 4), ("plan", 300)]


def test_unions_said_to_have_held_their_congress_in_places_counted():
    figure = one(
        "Đến tháng 5-2023, 845 CĐCS tại 9 huyện, thị xã trực thuộc LĐLĐ tỉnh đã tiến hành xong đại "
        "hội nhiệm kỳ 2023-2028, đạt 100%."
    )
    assert (figure["label"], figure["achieved"], figure["percent"]) == (
        "cđcs tổ chức đại hội",
        845,
        100,
    )
    assert union_stats("LĐLĐ quận hướng dẫn 3 CĐCS tiến hành Đại hội nhiệm kỳ.") == []


def test_unions_that_came_into_being_are_founded_and_members_who_became_party_members_admitted():
    found = union_stats("Trong quý I/2025, đã có 7 CĐCS mới ra đời với 410 đoàn viên.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 7),
        ("doan_vien_ket_nap", 410),
    ]
    assert union_stats("Hiện toàn tỉnh có 1.200 CĐCS ra đời từ nhiều năm trước.") == []
    figure = one("Năm 2025, 96 đoàn viên công đoàn ưu tú đã trở thành đảng viên.")
    assert (figure["metric"], figure["stage"], figure["achieved"]) == (
        "dang_vien_gioi_thieu",
        "admitted",
        96,
    )
    assert union_stats("Năm 2025, chi bộ có 5 quần chúng đã trở thành đảng viên.") == []


def test_the_plan_in_brackets_right_after_the_count():
    figure = one("Năm 2025, LĐLĐ huyện kết nạp mới 860 đoàn viên (KH 800), đạt 107,5%.")
    assert (figure["achieved"], figure["target"], figure["percent"]) == (860, 800, 107.5)


@pytest.mark.parametrize("verb", ["bằng", "đạt"])
def test_a_percent_against_last_year_is_no_percent_of_the_plan(verb):
    figure = one(f"Năm 2025, LĐLĐ huyện kết nạp 860 đoàn viên, {verb} 130% so với cùng kỳ.")
    assert (figure["achieved"], figure["percent"]) == (860, None)


def test_a_rating_recognised_with_its_name_in_quotes():
    figure = one("Năm 2025, có 41 CĐCS được công nhận đạt tiêu chuẩn “CĐCS vững mạnh”.")
    assert (figure["label"], figure["achieved"]) == ("cđcs vững mạnh", 41)


def test_joining_another_body_or_founding_again_is_no_development():
    assert union_stats("Năm 2025, 12 đoàn viên được kết nạp vào Hội Cựu chiến binh xã.") == []
    assert union_stats("Năm 2025, 18 CĐCS được thành lập lại sau khi sáp nhập đơn vị.") == []
    assert union_stats("Năm 2025, LĐLĐ tỉnh thành lập lại 18 CĐCS sau khi sáp nhập.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2026, LĐLĐ huyện quyết tâm kết nạp 700 đoàn viên mới, thành lập 6 CĐCS.",
        "Từ nay đến cuối năm, LĐLĐ huyện vận động kết nạp 700 đoàn viên, thành lập 6 CĐCS.",
        "LĐLĐ huyện đã ký chương trình phối hợp nhằm kết nạp 700 đoàn viên, thành lập 6 CĐCS.",
    ],
)
def test_deeds_set_out_to_do_are_targets(text):
    assert [(f["kind"], f["target"]) for f in union_stats(text)] == [("plan", 700), ("plan", 6)]


def test_the_effort_that_brought_a_result_is_no_plan():
    figure = one("Nhờ sự nỗ lực của các cấp công đoàn, năm 2025 toàn huyện kết nạp 700 đoàn viên.")
    assert (figure["kind"], figure["achieved"]) == ("result", 700)


def test_a_percent_after_a_long_indicator():
    figure = one(
        "Năm 2025, có 96/120 doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc, đạt 80%."
    )
    assert (figure["label"], figure["achieved"], figure["target"], figure["percent"]) == (
        "đối thoại",
        96,
        120,
        80,
    )
    figure = one("Năm 2025, 57 cơ quan tổ chức hội nghị cán bộ, công chức, viên chức, đạt 100%.")
    assert (figure["label"], figure["percent"]) == ("hội nghị cán bộ công chức", 100)


@pytest.mark.parametrize(
    "text",
    [
        "Trong 6 tháng, có 14 CĐCS thành lập mới ở các doanh nghiệp ngoài nhà nước.",
        "Với 14 CĐCS thành lập mới, số CĐCS của huyện đã là 210.",
        "Với 14 công đoàn cơ sở vừa thành lập mới, toàn quận có 210 công đoàn cơ sở.",
    ],
)
def test_unions_said_founded_after_their_count_without_duoc(text):
    assert [(f["metric"], f["achieved"]) for f in union_stats(text)] == [("cdcs_thanh_lap", 14)]


def test_a_plan_assigned_by_someone_named():
    figure = one("Chỉ tiêu năm 2027 được LĐLĐ tỉnh giao là kết nạp 900 đoàn viên.")
    assert (figure["kind"], figure["target"]) == ("plan", 900)
    figure = one("Năm 2026, huyện kết nạp 950 đoàn viên, đạt 105% chỉ tiêu được LĐLĐ tỉnh giao.")
    assert (figure["kind"], figure["achieved"], figure["percent"]) == ("result", 950, 105)


@pytest.mark.parametrize(
    "text",
    [
        "Nhà trường đã kết nạp 85 đoàn viên mới cho học sinh khối 11.",
        "Năm nay, 60 sinh viên ưu tú đã được kết nạp vào tổ chức.",
        "Năm 2026, LĐLĐ tỉnh phối hợp tập huấn cho 150 cán bộ Hội Nông dân các xã.",
        "Bộ Chỉ huy Quân sự tỉnh bồi dưỡng cho 200 cán bộ, chiến sĩ về kỹ năng cứu hộ.",
        "Sở Tư pháp đã tập huấn cho 120 cán bộ về nghiệp vụ hộ tịch.",
        "Năm 2026, ngành BHXH đã phát triển mới 4.100 người tham gia bảo hiểm y tế hộ gia đình.",
    ],
)
def test_other_bodies_members_and_officials_are_no_union_figures(text):
    assert union_stats(text) == []


def test_officials_trained_in_a_text_that_names_a_union_elsewhere():
    text = "LĐLĐ huyện chú trọng công tác cán bộ. Năm 2026, đã tập huấn cho 120 cán bộ."
    assert [(f["metric"], f["achieved"]) for f in union_stats(text)] == [("can_bo_tap_huan", 120)]


def test_the_new_ones_a_plan_met_brought():
    figure = one(
        "Năm 2026, Công đoàn ngành đã hoàn thành vượt mức chỉ tiêu phát triển đoàn viên với 640 "
        "đoàn viên mới, đạt 128%."
    )
    assert (figure["kind"], figure["achieved"], figure["percent"]) == ("result", 640, 128)
    figure = one("Để hoàn thành chỉ tiêu kết nạp 700 đoàn viên, LĐLĐ huyện đã lập 5 tổ vận động.")
    assert (figure["kind"], figure["target"]) == ("plan", 700)


def test_a_tally_noun_with_its_period_before_the_count():
    figure = one("Số CĐCS thành lập mới trong 9 tháng năm 2026 là 17, tăng 3 so với cùng kỳ.")
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 17)
    figure = one("Số công đoàn cơ sở được thành lập trong quý III là 9 đơn vị.")
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 9)


@pytest.mark.parametrize(
    "text",
    [
        "Nhiệm kỳ 2020-2025, Đảng bộ cơ quan đã kết nạp 9 đảng viên mới, đạt 112% chỉ tiêu.",
        "Tại buổi lễ, 3 quần chúng ưu tú đã được kết nạp vào Đảng.",
    ],
)
def test_party_members_admitted_with_no_union_named_are_the_partys_own(text):
    assert union_stats(text, title="Đại hội Công đoàn Viên chức tỉnh lần thứ V") == []


def test_party_members_admitted_among_union_people_stay():
    figure = one("Năm 2026, có 17 công nhân lao động được kết nạp vào Đảng.")
    assert (figure["metric"], figure["stage"], figure["achieved"]) == (
        "dang_vien_gioi_thieu",
        "admitted",
        17,
    )


def test_a_total_raised_with_its_noun_and_time_between():
    figure = one(
        "Năm 2026, Công đoàn ngành kết nạp mới 740 đoàn viên, nâng tổng số đoàn viên hiện nay "
        "lên gần 12.000 người."
    )
    assert figure["achieved"] == 740
    found = union_stats("Năm 2026, LĐLĐ huyện kết nạp 310 đoàn viên, nâng tổng số hiện nay 8.400.")
    assert [f["achieved"] for f in found] == [310]


@pytest.mark.parametrize(
    "text",
    [
        "Lớp bồi dưỡng có 45 học viên là đảng viên của các Chi bộ, góp phần xây dựng công đoàn.",
        "Dự lớp tập huấn có 90 học viên là cán bộ Hội Phụ nữ các xã, do LĐLĐ huyện phối hợp mở.",
    ],
)
def test_trainees_of_a_party_or_another_bodys_course_are_no_union_officials(text):
    assert union_stats(text) == []


def test_members_written_cd_vien_and_counts_said_per_year():
    figure = one("Quý I/2026, Công đoàn Dệt May Việt Nam đã phát triển mới 1.126 CĐ viên.")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 1126)
    figure = one("Công đoàn Tổng công ty đề ra mục tiêu kết nạp mỗi năm ít nhất 300 đoàn viên mới.")
    assert (figure["kind"], figure["target"]) == ("plan", 300)


def test_an_indicator_held_at_a_share_of_places():
    figure = one("Năm 2026, hội nghị người lao động được tổ chức tại 96% doanh nghiệp trong KCN.")
    assert (figure["label"], figure["percent"], figure["percent_kind"]) == (
        "hội nghị người lao động",
        96,
        "rate",
    )
    assert union_stats("Hội nghị người lao động được tổ chức ở 3 địa điểm, với 90% đại biểu.") == []


def test_congress_progress_written_several_ways():
    found = union_stats(
        "Đến ngày 15/4, số công đoàn cơ sở trong huyện đã tổ chức xong đại hội là 48/130 đơn vị, "
        "đạt tỷ lệ 36,9%."
    )
    assert [(f["label"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("cđcs tổ chức đại hội", 48, 130, 36.9)
    ]
    figure = one("Riêng khối công đoàn cơ sở giáo dục có 40/52 đơn vị đã tổ chức đại hội.")
    assert (figure["label"], figure["achieved"], figure["target"]) == (
        "cđcs tổ chức đại hội",
        40,
        52,
    )
    figure = one("Đến nay, 410/1.020 (đạt 40,2%) công đoàn cơ sở đã tổ chức đại hội.")
    assert (figure["achieved"], figure["target"], figure["percent"]) == (410, 1020, 40.2)


def test_an_item_with_its_own_deed_or_an_agreement_to_act_is_no_indicator():
    found = union_stats(
        "Có 75 CĐCS hoàn thành tổ chức đại hội và 6 CĐCS tổ chức hội nghị do mới thành lập."
    )
    assert [f["achieved"] for f in found] == [75]
    assert (
        union_stats("Sau buổi làm việc, 2 doanh nghiệp đồng ý ký kết thỏa ước lao động tập thể.")
        == []
    )


def test_a_guilds_members_are_its_thanh_vien():
    found = union_stats("Năm 2026, LĐLĐ huyện thành lập 2 nghiệp đoàn nghề cá với 96 thành viên.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 2),
        ("doan_vien_ket_nap", 96),
    ]
    found = union_stats("Năm 2026, LĐLĐ huyện thành lập 2 CĐCS với 9 thành viên ban chấp hành.")
    assert [(f["metric"], f["achieved"]) for f in found] == [("cdcs_thanh_lap", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2026, Hội Nông dân huyện giới thiệu 85 hội viên ưu tú, có 60 người được kết nạp Đảng.",
        "Trong năm, các cấp hội đã kết nạp 1.200 người lao động tự do.",
    ],
)
def test_another_associations_people_are_no_union_figures(text):
    assert union_stats(text) == []


def test_a_whole_done_and_its_part():
    found = union_stats(
        "Trong tổng số 940 đoàn viên được kết nạp, có 610 đoàn viên ở doanh nghiệp FDI."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [("doan_vien_ket_nap", 940)]


def test_a_tally_nouns_percent_of_the_plan():
    found = union_stats(
        "Năm 2026, số đoàn viên kết nạp mới đạt 108% kế hoạch; số CĐCS được thành lập đạt 90%."
    )
    assert [(f["metric"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", 108),
        ("cdcs_thanh_lap", 90),
    ]


def test_a_headline_that_starts_with_the_founding_verb():
    figure = one("Ra mắt Nghiệp đoàn xe ôm công nghệ phường Bến Thành với 64 đoàn viên")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 64)


def test_a_list_of_unions_founded_written_with_commas():
    found = union_stats(
        "Năm 2026, thành lập 9 CĐCS doanh nghiệp tư nhân với 410 đoàn viên, 3 CĐCS trường học "
        "ngoài công lập, 2 CĐCS hợp tác xã."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 9),
        ("doan_vien_ket_nap", 410),
        ("cdcs_thanh_lap", 3),
        ("cdcs_thanh_lap", 2),
    ]
    found = union_stats("Năm 2026, 96 đoàn viên được kết nạp, 40 đoàn viên được tặng quà.")
    assert [f["achieved"] for f in found] == [96]


def test_counts_among_which_and_agreements_after_another_indicator():
    figure = one("Trong số 2.450 đoàn viên kết nạp mới, đoàn viên nữ chiếm 64%.")
    assert (figure["metric"], figure["achieved"], figure["percent"]) == (
        "doan_vien_ket_nap",
        2450,
        None,
    )
    found = union_stats(
        "Năm 2026, 87 doanh nghiệp tổ chức hội nghị người lao động và 64 bản thỏa ước lao động "
        "tập thể được ký kết mới."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("hội nghị người lao động", 87),
        ("thỏa ước lao động tập thể", 64),
    ]


def test_officials_trained_said_many_ways():
    figure = one("Năm 2026, 1.240 lượt chủ tịch, phó chủ tịch CĐCS được tập huấn trực tuyến.")
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 1240)
    figure = one(
        "Năm 2026, 2.115 lượt cán bộ công đoàn được bồi dưỡng, tập huấn kỹ năng, đạt 105,7% kế "
        "hoạch."
    )
    assert (figure["achieved"], figure["percent"]) == (2115, 105.7)


def test_founded_for_companies_and_percents_in_turn_after_the_yardstick():
    found = union_stats(
        "Tháng 5/2026, LĐLĐ huyện trao quyết định thành lập CĐCS cho 4 doanh nghiệp, kết nạp "
        "180 đoàn viên, vượt kế hoạch năm lần lượt 33% và 20%."
    )
    assert [(f["metric"], f["achieved"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", 4, 33),
        ("doan_vien_ket_nap", 180, 20),
    ]


def test_progress_by_the_time_of_year_and_a_result_up_to_now():
    figure = one("Công tác thành lập CĐCS 9 tháng chỉ đạt 60% kế hoạch năm.")
    assert (figure["metric"], figure["percent"]) == ("cdcs_thanh_lap", 60)
    found = union_stats(
        "Chỉ tiêu năm nay là kết nạp 2.000 đoàn viên, đến thời điểm này huyện đã kết nạp được "
        "1.350 người."
    )
    # (the period's target and what was done of it are one figure, CONVENTIONS.md)
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [("result", 1350, 2000)]


def test_a_share_with_its_floor_before_the_noun():
    figure = one("Năm 2026, 95% trở lên số CĐCS tổ chức hội nghị người lao động.")
    assert (figure["label"], figure["percent"]) == ("hội nghị người lao động", 95)


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2026, thành lập 14 CĐCS/kế hoạch 12; kết nạp 2.310 đoàn viên/kế hoạch 2.000.",
        "Số CĐCS thành lập mới: 14 (kế hoạch 12, đạt 116,7%); số đoàn viên kết nạp mới: 2.310 "
        "(kế hoạch 2.000, đạt 115,5%).",
    ],
)
def test_the_plan_after_a_slash_or_in_brackets_with_its_percent(text):
    assert [(f["achieved"], f["target"]) for f in union_stats(text)] == [(14, 12), (2310, 2000)]


def test_the_plan_in_brackets_makes_no_plan_of_the_next_item():
    found = union_stats("Năm 2026, ngành kết nạp 1.020 ĐV (chỉ tiêu 1.000), thành lập 7 CĐCS.")
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("result", 1020, 1000),
        ("result", 7, None),
    ]


def test_founded_with_members_then_the_verb_and_a_whole_with_its_passive():
    found = union_stats("Trong quý III, 3 CĐCS mới với 215 đoàn viên đã ra mắt tại KCN Quế Võ.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 3),
        ("doan_vien_ket_nap", 215),
    ]
    figure = one("LĐLĐ huyện tổ chức 2 đợt ra quân với tổng cộng 140 công nhân được kết nạp.")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 140)
    found = union_stats(
        "Trong số 510 đoàn viên ưu tú được công đoàn các cấp giới thiệu, có 388 người được kết "
        "nạp vào Đảng."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 510), ("admitted", 388)]


def test_trainees_percent_after_they_attended_and_places_a_union_is_founded_at():
    figure = one("Năm 2026, LĐLĐ mở 4 lớp với 620 lượt cán bộ công đoàn tham dự, đạt 124% KH.")
    assert (figure["metric"], figure["achieved"], figure["percent"]) == (
        "can_bo_tap_huan",
        620,
        124,
    )
    figure = one("Năm 2026, Công đoàn ngành Giáo dục thành lập CĐCS tại 5 trường học tư thục.")
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 5)


def test_a_share_of_people_is_no_share_of_places_holding_an_indicator():
    assert union_stats("Tỷ lệ công nhân hài lòng với kết quả hội nghị NLĐ đạt 85%.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Số cán bộ công đoàn được bồi dưỡng, tập huấn nghiệp vụ: 1.870 lượt người.",
            [("can_bo_tap_huan", None, 1870, None)],
        ),
        (
            "Số đoàn viên ưu tú giới thiệu cho Đảng: 205; số được kết nạp: 140.",
            [("dang_vien_gioi_thieu", None, 205, None), ("dang_vien_gioi_thieu", None, 140, None)],
        ),
        (
            "Số CĐCS được xếp loại “Hoàn thành tốt nhiệm vụ”: 410/515, chiếm 79,6%.",
            [("other", "cđcs hoàn thành tốt nhiệm vụ", 410, 79.6)],
        ),
        (
            "Số doanh nghiệp ký kết thỏa ước lao động tập thể là 233/301, đạt tỷ lệ 77,4%.",
            [("other", "thỏa ước lao động tập thể", 233, 77.4)],
        ),
        ("Năm 2026, nâng tổng số đơn vị có thỏa ước lao động tập thể là 512.", []),
    ],
)
def test_a_report_tally_names_what_it_counts_first(text, expected):
    found = union_stats(text)
    assert [(f["metric"], f["label"], f["achieved"], f["percent"]) for f in found] == expected


def test_a_percent_of_the_plan_named_with_its_year():
    figure = one("Năm 2026, LĐLĐ huyện kết nạp 804 đoàn viên, đạt 100,5% kế hoạch năm 2026.")
    assert (figure["achieved"], figure["percent"], figure["percent_kind"]) == (
        804,
        100.5,
        "of_target",
    )
    figure = one("Năm 2026, LĐLĐ huyện kết nạp 804 đoàn viên, bằng 120% năm 2025.")
    assert (figure["achieved"], figure["percent"]) == (804, None)


def test_a_change_against_last_year_is_no_count_done():
    found = union_stats(
        "Năm 2026, ngành phát triển được 3.115 đoàn viên, đạt 104% kế hoạch và tăng 420 người so "
        "với cùng kỳ."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(3115, 104)]


def test_companies_that_founded_their_union_are_unions_founded():
    figure = one(
        "Năm 2026, có 21 doanh nghiệp trên địa bàn huyện thành lập CĐCS, vượt 5% kế hoạch."
    )
    assert (figure["metric"], figure["achieved"], figure["percent"]) == ("cdcs_thanh_lap", 21, 5)
    for text in (
        "Qua rà soát, có 30 doanh nghiệp đủ điều kiện thành lập công đoàn cơ sở.",
        "Toàn huyện có 400 doanh nghiệp, trong đó có 120 doanh nghiệp đã thành lập công đoàn.",
        # the companies are where something else is counted
        "Qua khảo sát, tại 52 doanh nghiệp đã thành lập CĐCS, có 17 doanh nghiệp có tổ chức đảng.",
        "Ở hơn 30 doanh nghiệp vừa thành lập công đoàn cơ sở, tiền lương đã tăng 6%.",
    ):
        assert union_stats(text) == []


def test_one_of_the_unions_founded_and_a_clause_after_among_these():
    figure = one("Đây là một trong 7 CĐCS được thành lập tại KCN Yên Phong trong quý III.")
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 7)
    found = union_stats(
        "LĐLĐ đã thành lập CĐCS tại 3 doanh nghiệp trong số này, kết nạp 420 đoàn viên."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 3),
        ("doan_vien_ket_nap", 420),
    ]


def test_more_ways_to_say_a_share_a_whole_and_an_office():
    figure = one("Phấn đấu năm 2027 có 60% trở lên doanh nghiệp có từ 25 lao động thành lập CĐCS.")
    assert (figure["kind"], figure["percent"]) == ("plan", 60)
    figure = one("Tỷ lệ doanh nghiệp tổ chức đối thoại định kỳ năm 2026 đạt 78%.")
    assert (figure["label"], figure["percent"]) == ("đối thoại", 78)
    figure = one("Năm 2026, LĐLĐ huyện kết nạp tổng cộng 615 đoàn viên.")
    assert figure["achieved"] == 615
    figure = one("Công đoàn ngành mở 2 lớp tập huấn cho 180 kế toán, thủ quỹ công đoàn cơ sở.")
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 180)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Năm 2026, huyện kết nạp 1.230 đoàn viên, vượt 2,5% chỉ tiêu Nghị quyết (1.200 đoàn "
            "viên).",
            (1230, 1200, 2.5),
        ),
        (
            "Năm 2026, huyện kết nạp 1.230 đoàn viên, vượt 230 đoàn viên so với chỉ tiêu 1.000 "
            "đoàn viên.",
            (1230, 1000, None),
        ),
        ("Năm 2026, huyện kết nạp 1.230 đoàn viên, đạt 61 phần trăm kế hoạch.", (1230, None, 61)),
    ],
)
def test_the_plan_named_after_the_count_in_more_ways(text, expected):
    figure = one(text)
    assert (figure["achieved"], figure["target"], figure["percent"]) == expected


def test_plans_named_with_the_count_alone_and_a_contrast_after_a_plan():
    figure = one("Năm 2027, Công đoàn KCN nhận chỉ tiêu 1.800 đoàn viên.")
    assert (figure["kind"], figure["target"]) == ("plan", 1800)
    found = union_stats("Huyện được giao 400 đoàn viên nhưng mới kết nạp được 260 người.")
    assert [(f["kind"], f["achieved"]) for f in found] == [("result", 260)]
    found = union_stats("Năm 2027, LĐLĐ phấn đấu tổ chức ít nhất 300 cuộc đối thoại định kỳ.")
    assert [(f["label"], f["kind"], f["target"]) for f in found] == [("đối thoại", "plan", 300)]


def test_passives_with_their_agent_and_a_shortfall():
    figure = one("Năm 2026, 48 CĐCS đã được LĐLĐ tỉnh thành lập, vượt 20% chỉ tiêu.")
    assert (figure["metric"], figure["achieved"], figure["percent"]) == ("cdcs_thanh_lap", 48, 20)
    figure = one("Năm 2026, 75 CNLĐ ưu tú đã được các CĐCS giới thiệu cho Đảng xem xét kết nạp.")
    assert (figure["stage"], figure["achieved"]) == ("introduced", 75)
    assert union_stats("Năm 2026, số đoàn viên kết nạp còn thiếu 140 người so với kế hoạch.") == []


def test_one_count_two_indicators_and_conferences_counted():
    found = union_stats("100% CĐCS tổ chức hội nghị NLĐ, hội nghị cán bộ công chức năm 2026.")
    assert [(f["label"], f["percent"]) for f in found] == [
        ("hội nghị người lao động", 100),
        ("hội nghị cán bộ công chức", 100),
    ]
    found = union_stats("Có 215 CĐCS đã tổ chức hội nghị người lao động và đối thoại định kỳ.")
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("hội nghị người lao động", 215),
        ("đối thoại", 215),
    ]
    found = union_stats("Năm 2026, đã tổ chức 140 hội nghị người lao động và 96 cuộc đối thoại.")
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("hội nghị người lao động", 140),
        ("đối thoại", 96),
    ]


def test_tallies_of_new_ones_and_aims_named_with_their_count():
    found = union_stats("Đoàn viên mới: 612 người; CĐCS mới: 7 đơn vị.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 612),
        ("cdcs_thanh_lap", 7),
    ]
    figure = one("Năm 2027, LĐLĐ tỉnh đặt mục tiêu 9.000 đoàn viên mới.")
    assert (figure["kind"], figure["target"]) == ("plan", 9000)


def test_more_passives_and_admissions_after_a_long_introduction():
    figure = one("Nghiệp đoàn bốc xếp chợ Long Biên ra mắt với 58 đoàn viên")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 58)
    figure = one("Năm 2026, 140 cán bộ công đoàn cơ sở khối trường học được LĐLĐ huyện tập huấn.")
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 140)
    found = union_stats(
        "Năm 2026, LĐLĐ giới thiệu 80 công nhân ưu tú ở các doanh nghiệp chưa có tổ chức Đảng để "
        "Đảng ủy cấp trên xem xét, kết nạp; đến nay đã có 52 người được kết nạp."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 80), ("admitted", 52)]
    found = union_stats(
        "Năm 2026, Công đoàn ngành giới thiệu 90 đoàn viên ưu tú cho Đảng. Trong số đó, 61 đồng "
        "chí đã được kết nạp."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 90), ("admitted", 61)]


def test_a_range_of_percents_of_the_plan_is_its_lower_bound():
    figure = one("Năm 2026, các CĐCS đều đạt từ 90–100% kế hoạch phát triển đoàn viên.")
    assert (figure["metric"], figure["percent"]) == ("doan_vien_ket_nap", 90)


def test_a_percent_of_the_plan_said_first_and_a_place_named_long():
    figure = one("Đạt 108% kế hoạch, quý III/2026 LĐLĐ huyện Thủy Nguyên kết nạp 324 đoàn viên.")
    assert (figure["achieved"], figure["percent"]) == (324, 108)
    found = union_stats(
        "Năm 2026, 230 CĐCS trên địa bàn phường Long Biên đã tổ chức hội nghị người lao động."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [("hội nghị người lao động", 230)]


def test_unions_taken_over_are_not_founded_and_thresholds_of_members_or_age_count_nothing():
    assert (
        union_stats(
            "Tháng 7/2025, LĐLĐ tỉnh thành lập 64 công đoàn xã, phường, đồng thời tiếp nhận 905 "
            "CĐCS với 71.000 đoàn viên."
        )
        == []
    )
    assert union_stats("Điều lệ quy định người lao động từ đủ 15 tuổi trở lên được kết nạp.") == []
    figure = one("Năm 2027, phấn đấu 90% CĐCS có từ 50 đoàn viên trở lên tổ chức đối thoại.")
    assert (figure["label"], figure["percent"]) == ("đối thoại", 90)


def test_a_count_glued_to_its_noun():
    found = union_stats("Quý III/2026, LĐLĐ huyện thành lập 4 CĐCS,kết nạp 615đoàn viên.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 4),
        ("doan_vien_ket_nap", 615),
    ]


def test_a_percent_then_a_share_of_its_own_and_congresses_held():
    found = union_stats(
        "Đến nay có 18/24 CĐCS ký kết TƯLĐTT, đạt tỷ lệ 75%, 100% CĐCS khối sự nghiệp tổ chức "
        "hội nghị cán bộ, công chức, viên chức."
    )
    assert [(f["label"], f["percent"]) for f in found] == [
        ("thỏa ước lao động tập thể", 75),
        ("hội nghị cán bộ công chức", 100),
    ]
    figure = one("Đến tháng 5/2023, 812 CĐCS đã tiến hành đại hội nhiệm kỳ 2023–2028, chiếm 61%.")
    assert (figure["label"], figure["achieved"], figure["percent"]) == (
        "cđcs tổ chức đại hội",
        812,
        61,
    )


def test_a_programme_named_by_its_target_is_no_count():
    found = union_stats(
        "Thực hiện Chương trình phát triển 1 triệu đoàn viên, LĐLĐ tỉnh đã kết nạp 9.300 đoàn viên."
    )
    assert [f["achieved"] for f in found] == [9300]


def test_report_tallies_with_their_organisation_before_the_colon():
    found = union_stats(
        "Số ĐVCĐ kết nạp mới 9 tháng năm 2026 của LĐLĐ huyện: 812/1.000, đạt 81,2% chỉ tiêu; số "
        "ĐVCĐ ưu tú giới thiệu cho Đảng: 40 người, trong đó được kết nạp 26 người; số cán bộ công "
        "đoàn được tập huấn: 230 lượt."
    )
    assert [(f["metric"], f["stage"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", None, 812),
        ("dang_vien_gioi_thieu", "introduced", 40),
        ("dang_vien_gioi_thieu", "admitted", 26),
        ("can_bo_tap_huan", None, 230),
    ]
    found = union_stats(
        "Kết quả: giới thiệu đoàn viên ưu tú cho Đảng 45/40, đạt 112,5%; tập huấn cán bộ CĐCS 300 "
        "người, đạt 100% kế hoạch."
    )
    assert [(f["metric"], f["achieved"], f["percent"]) for f in found] == [
        ("dang_vien_gioi_thieu", 45, 112.5),
        ("can_bo_tap_huan", 300, 100),
    ]


def test_officials_a_course_was_held_for_past_its_subject():
    figure = one(
        "LĐLĐ tỉnh tổ chức lớp tập huấn kỹ năng vận động thành lập công đoàn cơ sở cho 85 cán bộ "
        "công đoàn chuyên trách."
    )
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 85)


def test_parts_and_purposes_are_no_figures_of_their_own():
    found = union_stats(
        "Năm 2026, CĐCS giới thiệu 30 công nhân ưu tú cho Chi bộ xem xét kết nạp Đảng, trong đó 12 "
        "người là tổ trưởng sản xuất."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 30)]
    # (a part a place names is that place's figures, CONVENTIONS.md since 2026-12-05)
    found = union_stats(
        "Năm 2026, huyện thành lập 9 CĐCS, đạt 90%; trong đó riêng KCN Nam Sách thành lập 4 CĐCS "
        "với 300 đoàn viên."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 9),
        ("cdcs_thanh_lap", 4),
        ("doan_vien_ket_nap", 300),
    ]


def test_a_breakdown_before_the_percent_and_the_members_share_of_the_workforce():
    figure = one(
        "Năm 2026, CĐCS kết nạp 180 đoàn viên mới, trong đó 120 lao động nữ (chiếm 66,7%), đạt "
        "120% kế hoạch năm."
    )
    assert (figure["achieved"], figure["percent"]) == (180, 120)
    found = union_stats(
        "Tháng 5/2026, Công đoàn KCN ra mắt 3 CĐCS với tổng số 640 đoàn viên (đạt tỷ lệ 80% số "
        "lao động)."
    )
    assert [(f["metric"], f["achieved"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", 3, None),
        ("doan_vien_ket_nap", 640, 80),
    ]


def test_the_youth_union_with_a_union_as_partner_and_a_stock_named_long():
    assert (
        union_stats(
            "Đoàn Thanh niên Công ty May 10 phối hợp với Công đoàn công ty kết nạp 25 đoàn viên "
            "mới."
        )
        == []
    )
    assert (
        union_stats(
            "Đến nay, CĐCS Công ty TNHH Canon Việt Nam (KCN Quế Võ) có 9.100 lao động tự nguyện "
            "gia nhập công đoàn."
        )
        == []
    )


def test_more_from_long_report_sentences():
    figure = one(
        "Đến ngày 30/9, tỉnh đã kết nạp 9.120 đoàn viên, bằng 101,3% chỉ tiêu năm (9.000)."
    )
    assert (figure["target"], figure["percent"]) == (9000, 101.3)
    found = union_stats(
        "11 tháng, LĐLĐ tỉnh kết nạp 3.020 đoàn viên, bằng 108% so với cùng kỳ và đạt 80,5% kế "
        "hoạch năm."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(3020, 80.5)]
    found = union_stats(
        "LĐLĐ đã giới thiệu cho Đảng xem xét kết nạp 860 đoàn viên, trong số đó 610 đồng chí đã "
        "được kết nạp."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 860), ("admitted", 610)]
    # (the Party's "phát triển" after "xem xét" is its consideration too)
    found = union_stats(
        "Năm 2026, kết nạp 72 đoàn viên mới và giới thiệu cho Đảng xem xét phát triển 19 đoàn viên."
    )
    assert [(f["metric"], f["stage"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", None, 72),
        ("dang_vien_gioi_thieu", "introduced", 19),
    ]
    figure = one(
        "Năm 2025, Công đoàn ngành đã hoàn thành 100% chỉ tiêu thành lập CĐCS với 6 CĐCS mới."
    )
    assert (figure["kind"], figure["achieved"]) == ("result", 6)


def test_counts_governed_by_another_verb_and_courses_opened_for_officials():
    assert (
        union_stats(
            "Năm 2026, LĐLĐ hướng dẫn thành lập 12 tổ công đoàn ghép, đồng thời chỉ đạo 3 CĐCS lớn "
            "thành lập thêm 9 công đoàn bộ phận."
        )
        == []
    )
    figure = one("Năm 2026, LĐLĐ huyện đã mở 12 lớp cho 960 lượt cán bộ, đạt 104% kế hoạch.")
    assert (figure["metric"], figure["achieved"], figure["percent"]) == (
        "can_bo_tap_huan",
        960,
        104,
    )


def test_more_from_local_features():
    figure = one("“Khoảng 300 chủ tịch CĐCS sẽ được tập huấn trong tháng 3”, bà Mai cho biết.")
    assert (figure["kind"], figure["target"]) == ("plan", 300)
    found = union_stats(
        "Công đoàn công ty đã kết nạp 640 đoàn viên công đoàn, còn Đoàn Thanh niên công ty cũng "
        "kết nạp 90 đoàn viên thanh niên mới."
    )
    assert [f["achieved"] for f in found] == [640]
    figure = one("“Năm nay, huyện đã lập được ba CĐCS ở các hợp tác xã”, anh Nam nói.")
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 3)
    found = union_stats(
        "Trong 30 quần chúng ưu tú được Công đoàn cơ quan giới thiệu năm 2025, 21/30 người đã được "
        "chi bộ kết nạp Đảng."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 30), ("admitted", 21)]
    found = union_stats(
        "Năm 2026, cả nước kết nạp 900.000 đoàn viên, đạt 100% chỉ tiêu; riêng 5 địa phương phía "
        "Nam đã kết nạp trên 300.000 đoàn viên."
    )
    assert [f["achieved"] for f in found] == [900000]


def test_from_one_place_stories_and_report_documents():
    found = union_stats(
        "Dù thiếu đơn hàng, phải cho công nhân nghỉ luân phiên, năm 2025 LĐLĐ huyện vẫn thành lập "
        "được 9 CĐCS, đạt 112,5% kế hoạch."
    )
    assert [(f["kind"], f["achieved"], f["percent"]) for f in found] == [("result", 9, 112.5)]
    figure = one(
        "Năm 2025, công đoàn giới thiệu 210 đoàn viên ưu tú cho cấp ủy xem xét, bồi dưỡng, đạt 84% "
        "chỉ tiêu."
    )
    assert (figure["stage"], figure["percent"]) == ("introduced", 84)
    figure = one(
        "Quý III, 620 ĐVCĐ mới được kết nạp tại các doanh nghiệp quanh cảng Cái Lân, Cẩm Phả, đạt "
        "62% chỉ tiêu."
    )
    assert (figure["achieved"], figure["percent"]) == (620, 62)
    found = union_stats(
        "Năm 2025, có 51 CĐCS tổ chức hội nghị người lao động và đối thoại định kỳ, đạt tỷ lệ 85%."
    )
    assert [(f["label"], f["percent"]) for f in found] == [
        ("hội nghị người lao động", 85),
        ("đối thoại", 85),
    ]


def test_parts_after_trong_do_and_the_rest_are_no_figures():
    # (a part a place names is that place's figures, CONVENTIONS.md since 2026-12-05)
    found = union_stats(
        "Năm 2025, tỉnh thành lập 11 CĐCS, kết nạp 1.900 đoàn viên, trong đó: huyện A thành lập 4 "
        "CĐCS, kết nạp 700 đoàn viên; huyện B thành lập 3 CĐCS, kết nạp 510 đoàn viên."
    )
    assert [f["achieved"] for f in found] == [11, 1900, 4, 700, 3, 510]
    found = union_stats(
        "Năm 2025, có 30 trên tổng số 33 CĐCS tổ chức hội nghị cán bộ, công chức, viên chức, 3 đơn "
        "vị còn lại đang sáp nhập."
    )
    assert [f["achieved"] for f in found] == [30]
    assert (
        union_stats(
            "Tỉnh có 300 doanh nghiệp, trong đó 190 doanh nghiệp đã thành lập CĐCS, đạt tỷ lệ 63%."
        )
        == []
    )


def test_tallies_with_no_noun_percents_against_last_year_and_the_youth_unions_own_clause():
    found = union_stats("Đoàn viên mới: 205; CĐCS mới: 3.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 205),
        ("cdcs_thanh_lap", 3),
    ]
    found = union_stats(
        "Năm 2025, thành lập 8 CĐCS, kết nạp 1.410 đoàn viên, lần lượt bằng 120% và 112% so với "
        "cùng kỳ năm trước."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(8, None), (1410, None)]
    figure = one(
        "Năm 2025, ngành kết nạp 700 đoàn viên, tăng 60 đoàn viên so với cùng kỳ, đạt 87,5% kế "
        "hoạch năm."
    )
    assert (figure["achieved"], figure["percent"]) == (700, 87.5)
    found = union_stats(
        "Năm 2025, công đoàn công ty kết nạp 410 đoàn viên công đoàn, trong khi Đoàn Thanh niên "
        "công ty kết nạp 75 đoàn viên mới."
    )
    assert [f["achieved"] for f in found] == [410]


def test_from_whole_articles_and_long_hard_negatives():
    assert (
        union_stats(
            "Các KCN có hơn 200.000 lao động tại 800 doanh nghiệp, song mới có 310 doanh nghiệp "
            "thành lập CĐCS."
        )
        == []
    )
    found = union_stats(
        "Nhiệm kỳ qua, ngành kết nạp 2.100 đoàn viên, đạt 120% chỉ tiêu Đại hội đề ra; thành lập "
        "mới 9 CĐCS."
    )
    assert [(f["kind"], f["achieved"]) for f in found] == [("result", 2100), ("result", 9)]
    figure = one("Năm 2025, LĐLĐ vận động 1.640 thanh niên công nhân gia nhập công đoàn.")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 1640)
    figure = one(
        "Năm 2025, LĐLĐ mở 4 lớp tập huấn cho 310 cán bộ công đoàn chuyên trách và không chuyên "
        "trách, đạt 103% kế hoạch."
    )
    assert (figure["achieved"], figure["percent"]) == (310, 103)
    found = union_stats(
        "Năm 2025, có 19/21 CĐCS được đánh giá, xếp loại hoàn thành xuất sắc nhiệm vụ."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("cđcs hoàn thành xuất sắc nhiệm vụ", 19)
    ]


def test_recognised_unions_a_whole_given_and_a_rewards_condition():
    found = union_stats(
        "LĐLĐ tỉnh trao quyết định công nhận 4 công đoàn cơ sở mới thành lập với tổng số 900 đoàn "
        "viên."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 4),
        ("doan_vien_ket_nap", 900),
    ]
    figure = one(
        "Năm 2025, huyện phát triển được 700 đoàn viên trên tổng số 1.000 đoàn viên được giao."
    )
    assert (figure["achieved"], figure["target"]) == (700, 1000)
    assert (
        union_stats("LĐLĐ thưởng 1 triệu đồng cho mỗi CĐCS kết nạp được từ 30 đoàn viên trở lên.")
        == []
    )


def test_from_rare_wordings_and_interviews():
    figure = one("Năm 2025, LĐLĐ tỉnh mới thành lập được 5/12 CĐCS, chỉ đạt 41,7% kế hoạch.")
    assert (figure["achieved"], figure["target"], figure["percent"]) == (5, 12, 41.7)
    figure = one("Quý II/2025 có 210 công nhân nhà máy được công nhận là đoàn viên công đoàn.")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 210)
    found = union_stats(
        "Tháng 4/2025, có 2 CĐCS được thành lập tại các doanh nghiệp logistics với tổng cộng 190 "
        "đoàn viên."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 2),
        ("doan_vien_ket_nap", 190),
    ]
    figure = one("Năm 2025, số CĐCS được thành lập mới năm nay là 9 đơn vị.")
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 9)
    figure = one(
        "Trong số 9.000 đoàn viên phải kết nạp theo chỉ tiêu, tính đến hết quý III các cấp công "
        "đoàn mới kết nạp được 6.300 đoàn viên, đạt 70%."
    )
    assert (figure["kind"], figure["achieved"], figure["percent"]) == ("result", 6300, 70)
    figure = one("Các lớp học đã trang bị kiến thức cho tổng cộng 140 cán bộ công đoàn cơ sở.")
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 140)
    found = union_stats(
        "Năm 2025 ngành kết nạp 900 đoàn viên mới tại 7 công đoàn cơ sở, chủ yếu trong các doanh "
        "nghiệp may."
    )
    assert [f["achieved"] for f in found] == [900]
    assert union_stats("Đây là năm thứ 10 đơn vị đạt danh hiệu CĐCS vững mạnh.") == []


def test_what_would_happen_if_and_who_still_need_it_are_no_counts():
    assert (
        union_stats(
            "Nếu mỗi CĐCS vận động được thêm 5 người thì toàn ngành sẽ có thêm hơn 600 đoàn viên."
        )
        == []
    )
    found = union_stats("Nếu như năm 2024 kết nạp 700 đoàn viên thì năm 2025 đã kết nạp 950.")
    assert [f["achieved"] for f in found][:1] == [700]
    found = union_stats(
        "Trong tổng số 800 cán bộ công đoàn cần được bồi dưỡng theo kế hoạch, đã có 640 lượt cán "
        "bộ tham gia các lớp tập huấn, đạt 80%."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(640, 80)]


def test_the_numbers_say_whose_percent_and_whole():
    # a percent far from its x/y, when it is their ratio
    figure = one(
        "Sau đợt tập huấn tháng 3/2025, 180/200 chủ tịch công đoàn cơ sở của huyện đã được bồi "
        "dưỡng về Luật Công đoàn năm 2024 và các văn bản hướng dẫn thi hành, đạt tỷ lệ 90%."
    )
    assert (figure["achieved"], figure["target"], figure["percent"]) == (180, 200, 90)
    assert figure["percent_kind"] == "rate"
    # ... and not when it is another's
    figure = one(
        "Năm 2025, 45/60 chủ tịch CĐCS đã được tập huấn về kỹ năng thương lượng tập thể, chủ yếu "
        "tại các khu công nghiệp, nơi lao động nữ chiếm 70%."
    )
    assert figure["percent"] is None
    # the whole a count is out of, when the percent is that count's share of it
    figure = one(
        "Trong số 4.000 đoàn viên cần kết nạp theo chỉ tiêu năm, đến tháng 9 LĐLĐ huyện đã kết nạp "
        "được 3.100 đoàn viên, đạt 77,5%."
    )
    assert (figure["achieved"], figure["target"], figure["percent"]) == (3100, 4000, 77.5)
    figure = one(
        "Trong số 4.000 đoàn viên cần kết nạp theo chỉ tiêu năm, đến tháng 9 LĐLĐ huyện đã kết nạp "
        "được 3.100 đoàn viên, đạt 80%."
    )
    assert figure["target"] is None
    # every indicator listed out of that whole
    found = union_stats(
        "Năm 2025, trong số 96 công đoàn cơ sở của ngành, có 70 đơn vị hoàn thành tốt nhiệm vụ, 15 "
        "đơn vị hoàn thành xuất sắc nhiệm vụ, còn lại hoàn thành nhiệm vụ."
    )
    assert [(f["label"], f["achieved"], f["target"]) for f in found] == [
        ("cđcs hoàn thành tốt nhiệm vụ", 70, 96),
        ("cđcs hoàn thành xuất sắc nhiệm vụ", 15, 96),
    ]
    found = union_stats(
        "Trong số 300 doanh nghiệp có công đoàn, 240 doanh nghiệp tổ chức hội nghị người lao động, "
        "đạt 80%, 120 doanh nghiệp ký thỏa ước lao động tập thể, đạt 40%."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [
        (240, 300, 80),
        (120, 300, 40),
    ]


def test_fronted_noun_with_its_agent_and_plan():
    figure = one(
        "Số cán bộ công đoàn được Công đoàn ngành Y tế tỉnh Nghệ An tập huấn trong năm 2025 là 410 "
        "lượt người."
    )
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 410)
    figure = one("Năm 2025, thành lập CĐCS mới chỉ đạt 9/15 đơn vị theo kế hoạch được giao.")
    assert (figure["metric"], figure["achieved"], figure["target"]) == ("cdcs_thanh_lap", 9, 15)


def test_from_the_general_press():
    figure = one("Bình Định: Gần 3 nghìn công nhân trở thành đoàn viên công đoàn trong quý I")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 3000)
    assert union_stats("Năm 2025, 400 học sinh trở thành đoàn viên Đoàn TNCS Hồ Chí Minh.") == []
    assert (
        union_stats(
            "Theo luật mới, khoảng 80.000 lao động nước ngoài ở tỉnh có thể gia nhập công đoàn từ "
            "năm 2025."
        )
        == []
    )
    found = union_stats("Năm 2025, Đà Nẵng có thêm 57 công đoàn cơ sở và 9.300 đoàn viên.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 57),
        ("doan_vien_ket_nap", 9300),
    ]
    assert (
        union_stats("Quỹ mới giúp các CĐCS có thêm nguồn lực chăm lo cho 20.000 đoàn viên.") == []
    )
    figure = one("Năm 2026, LĐLĐ thành phố đã kết nạp 640 shipper giao hàng vào tổ chức công đoàn.")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 640)
    figure = one(
        "Trong tháng công nhân, các cấp công đoàn tỉnh đã thu hút thêm 2.100 người lao động vào "
        "tổ chức, đạt 105% kế hoạch."
    )
    assert (figure["achieved"], figure["percent"]) == (2100, 105)
    figure = one("Số công đoàn cơ sở thành lập mới tại Hải Dương năm 2025 đạt 38, cao nhất 5 năm.")
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 38)
    figure = one(
        "LĐLĐ tỉnh giao chỉ tiêu cho mỗi công đoàn ngành kết nạp từ 100–150 đoàn viên trong năm "
        "2026."
    )
    assert (figure["kind"], figure["target"]) == ("plan", {"min": 100, "max": 150})
    found = union_stats(
        "Nhiệm kỳ này ngành phấn đấu kết nạp ít nhất 900 đoàn viên, trong khi nhiệm kỳ trước mới "
        "kết nạp được 640 đoàn viên."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("plan", None, 900),
        ("result", 640, None),
    ]
    figure = one(
        "Năm 2025, ngành đứng đầu về giới thiệu đoàn viên ưu tú cho Đảng, với 95 đoàn viên được "
        "giới thiệu."
    )
    assert (figure["metric"], figure["stage"], figure["achieved"]) == (
        "dang_vien_gioi_thieu",
        "introduced",
        95,
    )
    figure = one("Năm 2026, ngành phấn đấu tập huấn cho 100% chủ tịch CĐCS mới được bầu.")
    assert (figure["metric"], figure["kind"], figure["percent"]) == ("can_bo_tap_huan", "plan", 100)


def test_from_paraphrases_of_real_sentences():
    found = union_stats(
        "Năm 2025, huyện có thêm 9 CĐCS được thành lập và 1.240 đoàn viên mới được kết nạp."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 9),
        ("doan_vien_ket_nap", 1240),
    ]
    found = union_stats(
        "Trong số 2.400 đoàn viên ưu tú được các cấp công đoàn giới thiệu cho Đảng giai đoạn "
        "2020–2025, đã có 1.530 người được kết nạp."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [
        ("introduced", 2400),
        ("admitted", 1530),
    ]
    found = union_stats(
        "Năm 2025 có hơn 600 đoàn viên đã được kết nạp Đảng trong tổng số 900 đoàn viên ưu tú mà "
        "công đoàn các cấp giới thiệu."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("admitted", 600), ("introduced", 900)]
    figure = one(
        "Năm 2025 có 140 đoàn viên ưu tú mà công đoàn giới thiệu đã được kết nạp vào Đảng."
    )
    assert (figure["stage"], figure["achieved"]) == ("admitted", 140)
    found = union_stats(
        "Giai đoạn 2020–2025, LĐLĐ tỉnh vượt kế hoạch ở cả hai chỉ tiêu: 41.200 đoàn viên được kết "
        "nạp mới, bằng 108% kế hoạch, và 260 công đoàn cơ sở ra đời, bằng 104%."
    )
    assert [(f["kind"], f["achieved"], f["percent"]) for f in found] == [
        ("result", 41200, 108),
        ("result", 260, 104),
    ]
    found = union_stats(
        "Năm 2025, LĐLĐ huyện vượt 12% kế hoạch kết nạp đoàn viên với 1.344 người và vượt 20% kế "
        "hoạch thành lập công đoàn cơ sở với 6 đơn vị."
    )
    assert [(f["metric"], f["achieved"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", 1344, 12),
        ("cdcs_thanh_lap", 6, 20),
    ]
    figure = one(
        "Tháng 4/2025, toàn tỉnh phát triển được 3.020 đoàn viên, gấp hơn 2 lần kế hoạch (đạt "
        "201,3%)."
    )
    assert (figure["achieved"], figure["percent"]) == (3020, 201.3)
    found = union_stats(
        "Năm 2026, LĐLĐ tỉnh phấn đấu giới thiệu 900 đoàn viên ưu tú cho Đảng, kết nạp 5.000 đoàn "
        "viên và thành lập 20 CĐCS."
    )
    assert [f["metric"] for f in found] == [
        "dang_vien_gioi_thieu",
        "doan_vien_ket_nap",
        "cdcs_thanh_lap",
    ]
    found = union_stats(
        "LĐLĐ huyện vừa trao quyết định công nhận 3 CĐCS mới với tổng số 180 đoàn viên."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 3),
        ("doan_vien_ket_nap", 180),
    ]
    figure = one(
        "Tháng 7/2025, 64 cán bộ công đoàn cơ sở của huyện được trang bị kiến thức nghiệp vụ công "
        "đoàn."
    )
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 64)
    assert union_stats("Ngày hội thu hút hơn 3.000 đoàn viên, công nhân tham gia.") == []


def test_a_long_subject_before_its_verb():
    figure = one(
        "Hơn 600 cán bộ công đoàn phụ trách công tác nữ công ở các doanh nghiệp đã được LĐLĐ tỉnh "
        "Bình Dương tập huấn trong năm 2025."
    )
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 600)
    figure = one(
        "Từ đầu năm 2025 đến nay, 2.140 người lao động đã được các cấp công đoàn tỉnh vận động gia "
        "nhập tổ chức Công đoàn."
    )
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 2140)
    figure = one(
        "Tháng 5/2025, 35 công nhân Nhà máy Cần Thơ đã chính thức được kết nạp vào công đoàn."
    )
    assert figure["achieved"] == 35
    # not past a purpose of its own
    assert (
        union_stats(
            "Năm 2025, LĐLĐ ký 12 thỏa thuận ưu đãi cho hơn 40.000 đoàn viên khi mua hàng, góp "
            "phần thu hút người lao động gia nhập công đoàn."
        )
        == []
    )


def test_x_in_all_y():
    figure = one(
        "Năm 2025, thành phố có 1.120 trong tổng số 1.300 cơ quan, đơn vị đã tổ chức hội nghị cán "
        "bộ công chức, viên chức."
    )
    assert (figure["label"], figure["achieved"], figure["target"]) == (
        "hội nghị cán bộ công chức",
        1120,
        1300,
    )
    figure = one("Năm 2025 có 41 trong số 50 công đoàn cơ sở đạt danh hiệu vững mạnh.")
    assert (figure["achieved"], figure["target"]) == (41, 50)


def test_sizes_and_all_time_totals_and_other_work_are_no_counts():
    assert (
        union_stats(
            "Tính đến nay, tổng số CĐCS được thành lập trên địa bàn tỉnh đã đạt 980 đơn vị, với "
            "71.000 đoàn viên."
        )
        == []
    )
    all_time = "Lũy kế từ khi tái lập tỉnh đến nay, LĐLĐ tỉnh đã thành lập 1.140 CĐCS."
    assert union_stats(all_time) == []
    figure = one("Lũy kế 9 tháng năm 2025, LĐLĐ tỉnh đã kết nạp 2.600 đoàn viên.")
    assert figure["achieved"] == 2600
    assert (
        union_stats("Công đoàn ngành đã phát triển thành 120 công đoàn cơ sở trên cả nước.") == []
    )
    trade = "Trường Trung cấp nghề của LĐLĐ tỉnh đã đào tạo nghề cho 900 học viên năm 2025."
    assert union_stats(trade) == []
    assert (
        union_stats(
            "Năm 2025, 12 công nhân ưu tú của nhà máy đã được chi bộ kết nạp vào Đảng sau thời "
            "gian được chi bộ trực tiếp bồi dưỡng, trong đó có 2 người là ủy viên ban chấp hành "
            "công đoàn cơ sở."
        )
        == []
    )


def test_the_target_named_with_the_plan_after_the_count():
    figure = one(
        "Quý I/2025, LĐLĐ huyện kết nạp thêm 260 đoàn viên, đạt 26% chỉ tiêu 1.000 đoàn viên tỉnh "
        "giao."
    )
    assert (figure["achieved"], figure["target"], figure["percent"]) == (260, 1000, 26)
    figure = one("Năm 2025, huyện phát triển được 640 đoàn viên, vượt chỉ tiêu 600 đoàn viên.")
    assert (figure["achieved"], figure["target"]) == (640, 600)
    figure = one("Năm 2025, tỉnh thành lập 14 CĐCS, vượt xa chỉ tiêu 9 CĐCS cả năm.")
    assert (figure["achieved"], figure["target"]) == (14, 9)
    figure = one(
        "Năm 2025, huyện kết nạp được 410 đoàn viên trên tổng số 500 đoàn viên Thành phố giao (đạt "
        "82%)."
    )
    assert (figure["achieved"], figure["target"], figure["percent"]) == (410, 500, 82)


def test_the_percent_past_words_on_the_plan_or_a_breakdown():
    figure = one("Tháng 5/2025, tỉnh phát triển được 2.900 đoàn viên, vượt xa kế hoạch (đạt 290%).")
    assert figure["percent"] == 290
    figure = one(
        "Năm 2025, huyện thành lập mới 4 tổ chức công đoàn, gồm 3 CĐCS và 1 nghiệp đoàn, đạt 200% "
        "chỉ tiêu."
    )
    assert (figure["achieved"], figure["percent"]) == (4, 200)
    figure = one(
        "Năm 2025, tỉnh thành lập mới 30 CĐCS (trong đó 12 CĐCS ở doanh nghiệp FDI), đạt 120% kế "
        "hoạch."
    )
    assert (figure["achieved"], figure["percent"]) == (30, 120)


def test_a_share_said_with_its_count():
    figure = one(
        "Năm 2025, trên 80% công đoàn cơ sở trong ngành (40 đơn vị) được xếp loại vững mạnh."
    )
    assert (figure["achieved"], figure["percent"], figure["label"]) == (40, 80, "cđcs vững mạnh")
    figure = one(
        "Đến tháng 5/2025, 100% CĐCS thuộc LĐLĐ huyện, tức 212 đơn vị, đã hoàn thành đại hội."
    )
    assert (figure["achieved"], figure["percent"]) == (212, 100)
    figure = one(
        "Năm 2025, tỷ lệ doanh nghiệp tổ chức hội nghị người lao động đạt 75% (300/400 DN)."
    )
    assert (figure["achieved"], figure["target"], figure["percent"]) == (300, 400, 75)
    figure = one(
        "Năm 2025, tỷ lệ công đoàn cơ sở đã tổ chức đại hội đạt 60%, tương đương 1.200 đơn vị."
    )
    assert (figure["achieved"], figure["percent"]) == (1200, 60)


def test_more_wordings_from_natural_rewrites():
    found = union_stats(
        "Giai đoạn 2020–2025 có 9.000 đoàn viên đã được kết nạp Đảng trong tổng số 14.000 đoàn "
        "viên ưu tú do các cấp công đoàn giới thiệu."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [
        ("admitted", 9000),
        ("introduced", 14000),
    ]
    figure = one("45 cán bộ CĐCS của huyện vừa hoàn thành lớp bồi dưỡng nghiệp vụ công đoàn.")
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 45)
    figure = one("Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp từ 5 đến 7 nghìn đoàn viên.")
    assert figure["target"] == {"min": 5000, "max": 7000}


def test_new_ones_said_with_no_verb():
    figure = one("Sóc Trăng: 12.400 đoàn viên mới sau 3 năm")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 12400)
    found = union_stats(
        "Gần 9.000 đoàn viên mới và 70 công đoàn cơ sở mới là kết quả nổi bật của nhiệm kỳ."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 9000),
        ("cdcs_thanh_lap", 70),
    ]
    figure = one(
        "Với 1.200 ĐVCĐ mới, Công đoàn các KCN tỉnh đã đạt 80% kế hoạch năm, cao nhất khu vực."
    )
    assert (figure["achieved"], figure["percent"]) == (1200, 80)
    figure = one("Quý I/2025, toàn huyện có 57 đoàn viên mới, chủ yếu ở các doanh nghiệp may.")
    assert figure["achieved"] == 57
    figure = one("Năm 2025, LĐLĐ tỉnh có 14 CĐCS mới so với chỉ tiêu 10.")
    assert (figure["achieved"], figure["target"]) == (14, 10)
    assert union_stats("Công đoàn tặng quà cho 50 đoàn viên mới.") == []
    assert union_stats("Toàn tỉnh hiện có 93 đoàn viên mới.") == []
    figure = one("Hơn 2,4 vạn đoàn viên mới trong 5 năm")
    assert figure["achieved"] == 24000
    figure = one("Nhiệm kỳ 2025–2030, Công đoàn thành phố phấn đấu phát triển nửa triệu đoàn viên.")
    assert (figure["kind"], figure["target"]) == ("plan", 500000)


def test_counts_with_the_deed_said_around_them():
    found = union_stats(
        "Với 40 công đoàn cơ sở được thành lập trong năm 2025, LĐLĐ tỉnh đã vượt hơn 14% kế hoạch "
        "năm; số đoàn viên kết nạp mới là 3.000 người, vượt 20%."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(40, 14), (3000, 20)]
    figure = one("Năm 2025, riêng chỉ tiêu thành lập CĐCS mới đạt 60% với 6 đơn vị.")
    assert (figure["metric"], figure["achieved"], figure["percent"]) == ("cdcs_thanh_lap", 6, 60)
    figure = one("Năm 2025, huyện kết nạp được 820 đoàn viên mới trên chỉ tiêu 800, đạt 102,5%.")
    assert (figure["achieved"], figure["target"], figure["percent"]) == (820, 800, 102.5)
    found = union_stats("Năm 2025, LĐLĐ quận đã ra mắt 6 nghiệp đoàn, tập hợp 310 đoàn viên.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 6),
        ("doan_vien_ket_nap", 310),
    ]
    found = union_stats(
        "Năm 2025, LĐLĐ quận thành lập 2 nghiệp đoàn ở phường 3 với tổng cộng 90 đoàn viên."
    )
    assert [f["achieved"] for f in found] == [2, 90]
    figure = one("Năm 2025, Công đoàn ngành đã cử 120 lượt cán bộ đi tập huấn nghiệp vụ.")
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 120)
    assert union_stats("Năm 2025, công ty cử 20 cán bộ đi công tác nước ngoài.") == []
    figure = one("Năm 2025, 540 CĐCS đã tiến hành đại hội, bằng 30% tổng số 1.800 CĐCS toàn tỉnh.")
    assert (figure["achieved"], figure["target"], figure["percent"]) == (540, 1800, 30)
    found = union_stats(
        "Tỉnh ủy yêu cầu đến cuối năm 2026 thành lập 8 CĐCS và phát triển 1.000 đoàn viên."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 8), ("plan", 1000)]


def test_a_given_target_met_by_the_count_after_it():
    figure = one(
        "Năm 2025, LĐLĐ huyện được giao chỉ tiêu kết nạp 200 đoàn viên, đến nay đã kết nạp được "
        "150 đoàn viên, đạt 75%."
    )
    assert (figure["kind"], figure["achieved"], figure["target"], figure["percent"]) == (
        "result",
        150,
        200,
        75,
    )
    # a plan for the coming period stays apart, as the annotated sets read it
    found = union_stats(
        "Năm 2025 toàn tỉnh sẽ phát triển thêm 2.000 đoàn viên, đến nay đã phát triển được 1.500 "
        "đoàn viên, đạt 75% kế hoạch năm."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("plan", None, 2000),
        ("result", 1500, None),
    ]
    # and one whose percent is not the count's share of it
    found = union_stats(
        "Năm 2025 huyện được giao chỉ tiêu kết nạp 200 đoàn viên, đến nay đã kết nạp được 150 "
        "đoàn viên, đạt 60% kế hoạch."
    )
    assert [f["target"] for f in found] == [200, None]
    figure = one(
        "Năm 2025, tỉnh thành lập 12 CĐCS doanh nghiệp, gấp đôi chỉ tiêu 6 CĐCS được giao."
    )
    assert (figure["achieved"], figure["target"]) == (12, 6)
    figure = one("Năm 2025, toàn tỉnh đã đạt 70% chỉ tiêu kết nạp 5.000 đoàn viên.")
    assert (figure["achieved"], figure["target"], figure["percent"]) == (None, 5000, 70)


def test_lists_handed_on_and_courses_opened():
    figure = one(
        "Năm 2025, danh sách 40 đoàn viên công đoàn ưu tú được CĐ Tổng công ty trao cho Đảng ủy để "
        "bồi dưỡng, kết nạp."
    )
    assert (figure["metric"], figure["stage"], figure["achieved"]) == (
        "dang_vien_gioi_thieu",
        "introduced",
        40,
    )
    figure = one("LĐLĐ tỉnh khai giảng lớp nghiệp vụ công đoàn cho 55 học viên")
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 55)
    assert union_stats("Đảng ủy khai giảng lớp bồi dưỡng nhận thức về Đảng cho 60 học viên") == []
    figure = one("Với 900 ĐVCĐ được kết nạp, Công đoàn KCN đã thực hiện được 90% kế hoạch năm.")
    assert (figure["achieved"], figure["percent"]) == (900, 90)


def test_more_from_rewrites_of_real_sentences():
    assert (
        union_stats(
            "Trong Tháng Thanh niên, các cơ sở Đoàn trong tỉnh đã giới thiệu 90 đoàn viên ưu tú "
            "cho Đảng xem xét kết nạp."
        )
        == []
    )
    figure = one("Năm 2025, 120 CĐCS đã được LĐLĐ quận 3 thành lập.")
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 120)
    found = union_stats(
        "Có 900 đoàn viên công đoàn được kết nạp Đảng trong số 1.300 người được các cấp công đoàn "
        "giới thiệu từ năm 2020 đến nay."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("admitted", 900), ("introduced", 1300)]
    figure = one("Năm 2025, tỉnh thành lập 30 CĐCS, vượt chỉ tiêu cả năm (25 CĐCS).")
    assert (figure["achieved"], figure["target"]) == (30, 25)
    figure = one("Năm 2025, huyện kết nạp được 420 đoàn viên, vượt mục tiêu 400 đoàn viên đề ra.")
    assert (figure["achieved"], figure["target"]) == (420, 400)
    figure = one(
        "Năm đầu thực hiện chương trình có thêm 12,5 nghìn đoàn viên mới được kết nạp trong tỉnh."
    )
    assert figure["achieved"] == 12500
    found = union_stats(
        "Năm 2025, 5 CĐCS đã được LĐLĐ huyện thành lập, vượt 1 CĐCS so với kế hoạch."
    )
    assert [f["achieved"] for f in found] == [5]
    found = union_stats(
        "Từ 2 đến 3 nghìn đoàn viên mới và 15 công đoàn cơ sở là chỉ tiêu năm 2026 của huyện."
    )
    assert [(f["kind"], f["target"]) for f in found] == [
        ("plan", {"min": 2000, "max": 3000}),
        ("plan", 15),
    ]
    found = union_stats(
        "Với 400 đoàn viên mới (đạt 105%) và 3 CĐCS khu vực ngoài nhà nước (đạt 100%), ngành dẫn "
        "đầu khối thi đua."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(400, 105), (3, 100)]
    found = union_stats(
        "62.000 đoàn viên và 410 CĐCS mới là kết quả LĐLĐ tỉnh đạt được trong nhiệm kỳ 2020–2025."
    )
    assert [(f["metric"], f["kind"]) for f in found] == [
        ("doan_vien_ket_nap", "result"),
        ("cdcs_thanh_lap", "result"),
    ]


def test_numbers_listed_before_their_noun():
    found = union_stats(
        "Trong Tháng Công nhân, LĐLĐ các huyện Long Hồ, Mang Thít, Vũng Liêm lần lượt kết nạp 210, "
        "95 và 40 đoàn viên."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 210),
        ("doan_vien_ket_nap", 95),
        ("doan_vien_ket_nap", 40),
    ]
    # a number word is no number of a list ("năm" is also a year)
    figure = one("Đạt 104% kế hoạch năm, 1.560 đoàn viên mới đã được kết nạp trong năm 2025.")
    assert figure["achieved"] == 1560
    assert (
        union_stats(
            "Đến nay, 1.900 trên tổng số 2.000 CĐCS của tỉnh đang thực hiện thỏa ước lao động tập "
            "thể, đạt 95%."
        )
        == []
    )


def test_from_whole_articles_around_real_sentences():
    figure = one("Quận Bình Thạnh: Thêm 3 nghiệp đoàn cho lao động tự do")
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 3)
    found = union_stats("6 tháng, thêm 14 công đoàn cơ sở và gần 1.900 đoàn viên")
    assert [f["achieved"] for f in found] == [14, 1900]
    assert union_stats("Sau đợt kết nạp, tổng số đoàn viên toàn huyện hiện là 12.400 người.") == []
    figure = one(
        "Lớp tập huấn diễn ra trong 2 ngày với sự tham gia của 120 cán bộ công đoàn cơ sở."
    )
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 120)


def test_from_articles_around_real_sentences():
    # the lowest ratings are no indicator reached (the real sets leave them out, h2-026)
    found = union_stats(
        "Năm 2025 có 300 CĐCS đạt vững mạnh, 40 CĐCS xếp loại khá, 6 CĐCS xếp loại trung bình, 2 "
        "CĐCS xếp loại yếu."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("cđcs vững mạnh", 300),
        ("cđcs khá", 40),
    ]
    assert (
        union_stats(
            "Trong quý II, LĐLĐ huyện sẽ khảo sát 8 doanh nghiệp có từ 10 lao động trở lên để vận "
            "động thành lập công đoàn cơ sở."
        )
        == []
    )
    assert (
        union_stats(
            "Cùng với hoạt động công đoàn, Đoàn Thanh niên công ty đã kết nạp 40 đoàn viên thanh "
            "niên, giới thiệu 12 đoàn viên ưu tú cho Đảng."
        )
        == []
    )
    figure = one(
        "Nhiệm kỳ qua, Công đoàn cơ sở Tỉnh đoàn Gia Lai đã giới thiệu 13 đoàn viên ưu tú cho Đảng."
    )
    assert figure["achieved"] == 13
    assert (
        union_stats("Quận đã tổ chức 3 cuộc đối thoại giữa lãnh đạo quận với 500 đoàn viên, NLĐ.")
        == []
    )
    figure = one("Năm 2025, 40 ngư dân xã Tam Quan gia nhập Nghiệp đoàn nghề cá.")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 40)
    figure = one("Nghiệp đoàn nghề cá xã vừa kết nạp thêm 12 tàu cá với 140 ngư dân.")
    assert figure["achieved"] == 140
    figure = one("Nghiệp đoàn bán vé số huyện ra đời với 28 thành viên.")
    assert figure["achieved"] == 28
    figure = one(
        "Năm 2025, số đoàn viên được kết nạp mới là 900 người, bằng 90% so với kế hoạch kết nạp "
        "1.000 ĐVCĐ cả năm."
    )
    assert (figure["achieved"], figure["target"], figure["percent"]) == (900, 1000, 90)
    found = union_stats(
        "Năm 2026 LĐLĐ huyện sẽ tập huấn cho 100% chủ tịch CĐCS mới được bầu và ít nhất 300 lượt "
        "cán bộ công đoàn."
    )
    assert [(f["kind"], f["target"], f["percent"]) for f in found] == [
        ("plan", None, 100),
        ("plan", 300, None),
    ]


def test_percents_said_around_the_count_in_other_ways():
    found = union_stats(
        "Nhiệm kỳ 2020–2025, các cấp công đoàn tỉnh phát triển được 40.000 đoàn viên, gấp hơn 2 "
        "lần chỉ tiêu (210%), và thành lập mới 150 CĐCS, đạt 125%."
    )
    assert [(f["kind"], f["achieved"], f["percent"]) for f in found] == [
        ("result", 40000, 210),
        ("result", 150, 125),
    ]
    found = union_stats(
        "Vượt 20% chỉ tiêu, toàn tỉnh đã thành lập mới 60 CĐCS trong năm 2025; số đoàn viên phát "
        "triển mới đạt 7.000 người, bằng 110% chỉ tiêu."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(60, 20), (7000, 110)]
    figure = one(
        "So với chỉ tiêu được giao, tỉnh đã vượt 15% khi kết nạp 4.600 đoàn viên năm 2025."
    )
    assert (figure["achieved"], figure["percent"], figure["percent_kind"]) == (
        4600,
        15,
        "over_target",
    )
    figure = one(
        "Quý I/2026, Công đoàn các KCN đã thực hiện được 40% chỉ tiêu phát triển đoàn viên."
    )
    assert (figure["metric"], figure["percent"]) == ("doan_vien_ket_nap", 40)
    found = union_stats(
        "Năm 2026, tỉnh phấn đấu tập huấn cho 100% cán bộ công đoàn chuyên trách và 80% cán bộ "
        "CĐCS."
    )
    assert [f["percent"] for f in found] == [100, 80]
    figure = one("Năm 2025, Công đoàn ngành đã trao cho Đảng ủy danh sách 25 đoàn viên ưu tú.")
    assert (figure["metric"], figure["stage"], figure["achieved"]) == (
        "dang_vien_gioi_thieu",
        "introduced",
        25,
    )


def test_from_articles_in_the_press_and_reports():
    # no pair ends in a percent: "năm" is the year
    found = union_stats(
        "Nhiệm kỳ 2025–2030 phấn đấu thành lập ít nhất 100 CĐCS; hằng năm trên 80% CĐCS đạt vững "
        "mạnh."
    )
    assert [(f["metric"], f["target"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", 100, None),
        ("other", None, 80),
    ]
    found = union_stats(
        "Nhiệm vụ quý II/2026: phát triển thêm 300 đoàn viên, thành lập 2 CĐCS tại các doanh "
        "nghiệp mới."
    )
    assert [f["kind"] for f in found] == ["plan", "plan"]
    found = union_stats(
        "Phương hướng năm 2026: tiếp tục vận động thành lập ít nhất 5 CĐCS, kết nạp 800 đoàn viên."
    )
    assert [f["kind"] for f in found] == ["plan", "plan"]
    found = union_stats(
        "Năm 2026 ngành đặt mục tiêu giới thiệu ít nhất 40 đoàn viên ưu tú cho Đảng và kết nạp 300 "
        "đoàn viên mới."
    )
    assert [f["metric"] for f in found] == ["dang_vien_gioi_thieu", "doan_vien_ket_nap"]
    figure = one("Bình Thuận: 35 tài xế công nghệ gia nhập công đoàn")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 35)
    assert union_stats("Năm 2025, 300 tài xế đã gia nhập Hiệp hội vận tải tỉnh.") == []
    figure = one(
        "Tại lễ ra mắt CĐCS công ty, 210 công nhân đã được trao quyết định công nhận đoàn viên."
    )
    assert figure["achieved"] == 210
    found = union_stats(
        "Năm 2025, tỉnh đã kết nạp được 9.000 đoàn viên, thành lập mới 30 CĐCS; riêng chỉ tiêu "
        "phát triển đoàn viên vượt 12% kế hoạch."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(9000, 12), (30, None)]
    assert union_stats("Hằng năm, 100% công đoàn bộ phận được xếp loại vững mạnh.") == []
    figure = one("50 cán bộ công đoàn ngành dệt may vào lớp bồi dưỡng nghiệp vụ")
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 50)
    found = union_stats(
        "Trong nhiệm kỳ, công đoàn đã giới thiệu với Đảng ủy 20 đoàn viên ưu tú, trong đó 11 người "
        "đã được kết nạp vào Đảng."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 20), ("admitted", 11)]


def test_a_reviews_headline_naming_the_next_plan_sets_no_plan():
    title = "Công đoàn Khu kinh tế tổng kết công tác năm 2025, phương hướng nhiệm vụ năm 2026"
    found = union_stats("Cụ thể, thành lập mới 12 CĐCS, kết nạp 3.100 đoàn viên.", title=title)
    assert [(f["kind"], f["achieved"]) for f in found] == [("result", 12), ("result", 3100)]


def test_from_review_conferences_sector_unions_and_the_reorganisation():
    # those introduced to the Party under a union's headline are the union's
    figure = one(
        "Năm 2026, đơn vị phấn đấu giới thiệu 200 quần chúng ưu tú cho Đảng.",
        title="Công đoàn các KCN tỉnh tổng kết năm 2025",
    )
    assert (figure["stage"], figure["target"]) == ("introduced", 200)
    # "newly elected" says nothing done
    found = union_stats(
        "Năm 2026, LĐLĐ tỉnh phấn đấu tập huấn cho 100% cán bộ CĐCS mới được bầu và kết nạp 3.000 "
        "đoàn viên."
    )
    assert [f["kind"] for f in found] == ["plan", "plan"]
    figure = one(
        "Trong 40 công đoàn cơ sở của ngành, có 30 đơn vị tổ chức đối thoại định kỳ, đạt 75%."
    )
    assert (figure["achieved"], figure["target"], figure["percent"]) == (30, 40, 75)
    found = union_stats(
        "Nửa đầu năm 2025, 6 CĐCS mới đã ra đời trên địa bàn quận, bằng 30% trong số 20 CĐCS "
        "Thành phố giao."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [(6, 20, 30)]
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh kết nạp 2.000 đoàn viên, thành lập mới 15 CĐCS, đạt 110% kế hoạch về "
        "phát triển đoàn viên."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(2000, 110), (15, None)]


def test_admitted_out_of_those_introduced_and_counts_in_brackets():
    found = union_stats(
        "Nhiệm kỳ qua, 90 trong số 150 đoàn viên ưu tú được công đoàn giới thiệu đã được kết nạp "
        "vào Đảng."
    )
    assert [(f["stage"], f["achieved"], f["target"]) for f in found] == [
        ("admitted", 90, None),
        ("introduced", 150, None),
    ]
    figure = one("Năm 2025, công đoàn giới thiệu 40/50 đoàn viên ưu tú cho Đảng.")
    assert (figure["stage"], figure["achieved"], figure["target"]) == ("introduced", 40, 50)
    figure = one(
        "Năm 2025, LĐLĐ quận mới đạt 40% kế hoạch thành lập Công đoàn cơ sở (8/20 đơn vị)."
    )
    assert (figure["achieved"], figure["target"], figure["percent"]) == (8, 20, 40)
    figure = one(
        "Kế hoạch năm đặt ra là kết nạp mới 2.000 ĐVCĐ; đến nay Công đoàn KCN đã thực hiện được "
        "1.500 đoàn viên, bằng 75%."
    )
    assert (figure["achieved"], figure["target"], figure["percent"]) == (1500, 2000, 75)
    assert union_stats("Năm 2025, công ty đã thực hiện được 3 dự án nhà ở cho công nhân.") == []


def test_from_headlines_and_leads():
    assert union_stats("Tỉnh đoàn Nam Định: 92% cơ sở đoàn xếp loại vững mạnh") == []
    figure = one(
        "Qua 3 năm thi đua, Công đoàn ngành Giáo dục có 3.100 chị đạt danh hiệu cấp cơ sở và 250 "
        "nữ đoàn viên được kết nạp vào Đảng."
    )
    assert (figure["stage"], figure["achieved"]) == ("admitted", 250)
    figure = one("Tại lễ ra mắt, 60 công nhân đã nhận quyết định kết nạp vào tổ chức Công đoàn.")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 60)
    figure = one(
        "Năm 2025, LĐLĐ tỉnh vận động ký mới 90 bản TƯLĐTT, 1.200 doanh nghiệp nâng mức bữa ăn ca."
    )
    assert (figure["label"], figure["achieved"]) == ("thỏa ước lao động tập thể", 90)
    figure = one("Theo nghị quyết đại hội, đến năm 2028 toàn ngành phát triển thêm 500 đoàn viên.")
    assert (figure["kind"], figure["target"]) == ("plan", 500)
    figure = one("Trong 30 công đoàn trực thuộc, có 24 đơn vị được xếp loại CĐCS vững mạnh.")
    assert (figure["achieved"], figure["target"]) == (24, 30)
    figure = one("Thái Bình 2025 | 400 đoàn viên ưu tú giới thiệu cho Đảng")
    assert (figure["stage"], figure["achieved"]) == ("introduced", 400)
    figure = one(
        "Năm 2026, đơn vị sẽ phát triển 3–5 nghìn đoàn viên và nâng tỷ lệ CNLĐ là đoàn viên đạt "
        "trên 90%."
    )
    assert (figure["target"], figure["percent"]) == ({"min": 3000, "max": 5000}, None)


def test_the_next_plan_said_short_after_a_result():
    found = union_stats(
        "Năm 2025, Công đoàn Tổng công ty tổ chức tập huấn cho 1.800 lượt cán bộ công đoàn, năm "
        "2026 phấn đấu đạt 2.000 lượt."
    )
    assert [(f["metric"], f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("can_bo_tap_huan", "result", 1800, None),
        ("can_bo_tap_huan", "plan", None, 2000),
    ]
    found = union_stats("Hậu Giang: Phát triển 4.100 đoàn viên, năm 2026 phấn đấu 4.500")
    assert [(f["kind"], f["target"]) for f in found] == [("result", None), ("plan", 4500)]
    found = union_stats(
        "Năm 2025, các CĐ công ty đã giới thiệu 300 đoàn viên ưu tú cho Đảng; năm 2026 tiếp tục "
        "giới thiệu từ 300 đến 350 đoàn viên."
    )
    assert [(f["stage"], f["kind"], f["target"]) for f in found] == [
        ("introduced", "result", None),
        ("introduced", "plan", {"min": 300, "max": 350}),
    ]
    found = union_stats(
        "Năm 2025, quận giới thiệu 900 đoàn viên ưu tú cho Đảng; năm 2026, quận phấn đấu giới "
        "thiệu 1.000 đoàn viên."
    )
    assert [(f["metric"], f["kind"]) for f in found] == [
        ("dang_vien_gioi_thieu", "result"),
        ("dang_vien_gioi_thieu", "plan"),
    ]


def test_from_interviews_around_real_sentences():
    figure = one(
        "Sáu tháng đầu năm, các cấp công đoàn đã ra mắt được 21 CĐCS, tương đương khoảng 60% kế "
        "hoạch cả năm."
    )
    assert (figure["achieved"], figure["percent"], figure["percent_kind"]) == (21, 60, "of_target")
    found = union_stats(
        "Bà Lan: Năm nay LĐLĐ tỉnh giao chúng tôi kết nạp 800 đoàn viên và thành lập 3 CĐCS."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 800), ("plan", 3)]
    # (a union body assigned the deed)
    found = union_stats(
        "Năm 2025, Tổng Liên đoàn giao LĐLĐ thành phố kết nạp 65.000 đoàn viên, thành lập 400 CĐCS."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 65000), ("plan", 400)]
    (found,) = union_stats(
        "Năm 2025, Tổng Liên đoàn giao LĐLĐ thành phố nhiệm vụ tuyên truyền; LĐLĐ đã kết nạp "
        "65.000 đoàn viên."
    )
    assert (found["kind"], found["achieved"]) == ("result", 65000)


def test_from_party_training_and_report_paragraphs():
    assert (
        union_stats(
            "Vì còn khoảng 30% doanh nghiệp có từ 25 lao động trở lên chưa có công đoàn, năm 2026 "
            "phải quyết liệt hơn."
        )
        == []
    )
    assert (
        union_stats(
            "Hiện tỉnh có 15 khu công nghiệp, nhưng mới có 61% số doanh nghiệp có từ 30 lao động "
            "trở lên thành lập được tổ chức công đoàn."
        )
        == []
    )
    assert (
        union_stats(
            "Chi bộ Công đoàn – doanh nghiệp Khu kinh tế đã tổ chức 3 đợt lễ kết nạp cho 20 quần "
            "chúng ưu tú là công nhân."
        )
        == []
    )
    figure = one("Công đoàn ngành: Hơn 5.000 lượt cán bộ công đoàn được đào tạo, bồi dưỡng")
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 5000)
    assert union_stats("Năm 2025, 300 học viên được đào tạo nghề tại trường của LĐLĐ.") == []
    figure = one("Công đoàn ngành Dệt May: 45 cán bộ theo học lớp lý luận, nghiệp vụ công đoàn")
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 45)
    figure = one("Lớp học có 52 học viên đến từ công đoàn các công ty trong ngành.")
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 52)


def test_rankings_shares_kept_and_tens():
    found = union_stats(
        "Năm 2025, CĐCS Công ty TNHH Điện tử Việt Hoa kết nạp 145 đoàn viên, CĐCS Công ty TNHH "
        "Tân Thuận Phong 98 đoàn viên và Nghiệp đoàn xe ôm quận 8 kết nạp 67 đoàn viên."
    )
    assert [f["achieved"] for f in found] == [145, 98, 67]
    found = union_stats(
        "Năm 2026, huyện phấn đấu thành lập mới ít nhất 2 CĐCS và giữ tỷ lệ thu đoàn phí trên 100% "
        "kế hoạch."
    )
    assert [(f["target"], f["percent"]) for f in found] == [(2, None)]
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh kết nạp 9.000 đoàn viên, thành lập 40 CĐCS, vượt 12% chỉ tiêu Tổng "
        "Liên đoàn giao về phát triển đoàn viên."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(9000, 12), (40, None)]
    figure = one("Gần năm chục cán bộ công đoàn ngành dệt may được bồi dưỡng nghiệp vụ")
    assert figure["achieved"] == 50
    assert union_stats("Hàng chục cán bộ công đoàn được tập huấn.") == []


def test_a_reports_short_forms_with_a_slash_and_courses_counted():
    found = union_stats("Quý III, LĐLĐ huyện Yên Mỹ phát triển mới 6 CĐCS/412 đoàn viên.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 6),
        ("doan_vien_ket_nap", 412),
    ]
    # (a document's number after a slash stays a document's)
    found = union_stats("Thực hiện Kế hoạch số 27/KH-LĐLĐ, năm 2025 kết nạp 350 đoàn viên.")
    assert [f["achieved"] for f in found] == [350]
    found = union_stats("- Bồi dưỡng: 14 lớp/1.126 lượt cán bộ công đoàn cơ sở.")
    assert [(f["metric"], f["achieved"]) for f in found] == [("can_bo_tap_huan", 1126)]
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh Hà Nam tổ chức tập huấn 9 lớp cho 870 cán bộ công đoàn cơ sở."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [("can_bo_tap_huan", 870)]
    # (courses for workers train no officials)
    assert union_stats("Trung tâm tổ chức đào tạo 5 lớp cho 300 lao động.") == []


def test_new_ones_said_with_their_verb_after_and_a_bracketed_percent_of_the_plan():
    found = union_stats(
        "Với 1.045 đoàn viên kết nạp thêm và 4 CĐCS phát triển mới, Công đoàn ngành Y tế đã về "
        "đích sớm."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 1045),
        ("cdcs_thanh_lap", 4),
    ]
    assert union_stats("Năm 2025, tỉnh có 12 doanh nghiệp phát triển mới.") == []
    figure = one("Huyện thành lập 9 CĐCS so với chỉ tiêu 6 (150%).")
    assert (figure["achieved"], figure["target"], figure["percent"], figure["percent_kind"]) == (
        9,
        6,
        150,
        "of_target",
    )


def test_the_whole_youth_union_mid_sentence_and_admissions_decided_on():
    # (heldout25: "toàn Đoàn" is the Youth Union, in lower case mid-sentence too)
    assert (
        union_stats(
            "Trong nhiệm kỳ, toàn Đoàn đã kết nạp 2,4 triệu đoàn viên mới và giới thiệu 520 nghìn "
            "đoàn viên ưu tú cho Đảng."
        )
        == []
    )
    found = union_stats(
        "Năm 2024, Công đoàn ngành Giao thông giới thiệu 312 đoàn viên công đoàn ưu tú cho Đảng, "
        "trong đó 207 đồng chí được xét kết nạp Đảng."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 312), ("admitted", 207)]


def test_shares_named_by_their_count_reached_each_year_and_grades_said_once():
    # (heldout27: "số CĐCS xếp loại … hằng năm đạt trên 95%" is what was done each year)
    figure = one(
        "Nhiệm kỳ qua, số CĐCS trường học xếp loại hoàn thành tốt nhiệm vụ hằng năm đạt trên 92%."
    )
    assert (figure["label"], figure["kind"], figure["percent"]) == (
        "cđcs hoàn thành tốt nhiệm vụ",
        "result",
        92,
    )
    assert one("Phấn đấu số CĐCS vững mạnh hằng năm đạt trên 90%.")["kind"] == "plan"
    assert one("Hằng năm phát triển 300 đoàn viên mới.")["kind"] == "plan"
    found = union_stats(
        "Năm 2025 có 88% CĐCS xếp loại hoàn thành tốt và hoàn thành xuất sắc nhiệm vụ."
    )
    assert [f["label"] for f in found] == [
        "cđcs hoàn thành tốt nhiệm vụ",
        "cđcs hoàn thành xuất sắc nhiệm vụ",
    ]
    # (a percent of the plan is no share)
    figure = one("Số CĐCS thành lập mới đạt 105% kế hoạch.")
    assert (figure["metric"], figure["percent_kind"]) == ("cdcs_thanh_lap", "of_target")


def test_an_associations_bases_and_a_sentence_opening_on_what_was_held():
    assert union_stats("Hội Nông dân phấn đấu 90% cơ sở hội đạt vững mạnh.") == []
    figure = one(
        "Với 41/45 đơn vị đã tổ chức hội nghị người lao động trong quý I, Công đoàn Tổng công ty "
        "đã hoàn thành sớm chỉ tiêu."
    )
    assert (figure["label"], figure["achieved"], figure["target"]) == (
        "hội nghị người lao động",
        41,
        45,
    )
    assert union_stats("Công đoàn Tổng công ty đã ký thỏa ước với 3 doanh nghiệp.") == []


def test_report_headings_colons_pairs_after_the_percent_and_grades_named_with_and():
    figure = one("Tỷ lệ doanh nghiệp tổ chức đối thoại định kỳ: trên 85%")
    assert (figure["label"], figure["percent"]) == ("đối thoại", 85)
    figure = one("- Thỏa ước lao động tập thể: 146/170 doanh nghiệp có CĐCS ký kết, đạt 85,9%")
    assert (figure["label"], figure["achieved"], figure["target"], figure["percent"]) == (
        "thỏa ước lao động tập thể",
        146,
        170,
        85.9,
    )
    # (a tally that says something else of the units is no count of the heading's indicator)
    assert union_stats("- Hội nghị người lao động: 40 doanh nghiệp đã đăng ký tài trợ giải.") == []
    figure = one("Năm 2025 kết nạp 620 đoàn viên, đạt 124% chỉ tiêu nghị quyết (620/500).")
    assert (figure["achieved"], figure["target"], figure["percent"]) == (620, 500, 124)
    found = union_stats(
        "Năm học 2024–2025, 92% CĐCS trường học đạt vững mạnh và vững mạnh xuất sắc."
    )
    assert [f["label"] for f in found] == ["cđcs vững mạnh", "cđcs vững mạnh xuất sắc"]
    # (with a comma, one grade and the better part of it: heldout-055)
    found = union_stats("Năm học 2024–2025, 92% CĐCS trường học đạt vững mạnh, vững mạnh xuất sắc.")
    assert [f["label"] for f in found] == ["cđcs vững mạnh"]
    found = union_stats(
        "Hằng năm, trên 90% CĐCS của ngành được xếp loại hoàn thành tốt và hoàn thành xuất sắc "
        "nhiệm vụ."
    )
    assert [(f["label"], f["kind"]) for f in found] == [
        ("cđcs hoàn thành tốt nhiệm vụ", "result"),
        ("cđcs hoàn thành xuất sắc nhiệm vụ", "result"),
    ]
    # (the grades' shares said in turn: each its own, not the first one twice)
    found = union_stats(
        "Năm học 2024–2025, số CĐCS trường học xếp loại vững mạnh và vững mạnh xuất sắc lần lượt "
        "chiếm 61,5% và 27%."
    )
    assert [(f["label"], f["percent"]) for f in found] == [
        ("cđcs vững mạnh", 61.5),
        ("cđcs vững mạnh xuất sắc", 27),
    ]


def test_a_sentences_opening_read_past_who_says_it():
    # (a running total said by a report is still a total)
    assert (
        union_stats(
            "Theo số liệu của Ban Tổ chức, tính đến nay toàn tỉnh đã thành lập được 1.204 công "
            "đoàn cơ sở."
        )
        == []
    )
    # (a Party cell as the subject, after its speaker)
    assert (
        union_stats(
            "Bà Trần Thị Mai cho biết: Chi bộ Công đoàn Khu công nghiệp vừa kết nạp Đảng cho 12 "
            "công nhân ưu tú."
        )
        == []
    )
    text = (
        "Năm 2026, LĐLĐ huyện phấn đấu hoàn thành các chỉ tiêu Thành phố giao. Ông Lê Văn Bình "
        "cho biết: Cụ thể, kết nạp được 900 đoàn viên, thành lập 6 CĐCS."
    )
    assert [(f["kind"], f["target"]) for f in union_stats(text)] == [("plan", 900), ("plan", 6)]


def test_people_who_are_officials_trained_and_a_committee_named_at_a_founding():
    figure = one(
        "LĐLĐ huyện tổ chức tập huấn Luật Công đoàn cho 180 người là chủ tịch, phó chủ tịch CĐCS."
    )
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 180)
    assert union_stats("LĐLĐ huyện tổ chức tập huấn an toàn lao động cho 180 người lao động.") == []
    assert (
        union_stats(
            "Tại buổi lễ, LĐLĐ huyện trao Quyết định thành lập CĐCS Công ty TNHH Minh Anh và chỉ "
            "định Ban Chấp hành lâm thời gồm 5 người."
        )
        == []
    )


def test_a_part_of_those_admitted_past_the_partys_full_name():
    found = union_stats(
        "Năm 2025 có 214 đoàn viên công đoàn ưu tú được kết nạp vào Đảng Cộng sản Việt Nam, trong "
        "đó 96 người là công nhân trực tiếp sản xuất được kết nạp."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("admitted", 214)]
    figure = one("Có 412/500 (đạt khoảng 82%) công đoàn cơ sở đã tổ chức đại hội.")
    assert (figure["achieved"], figure["target"], figure["percent"]) == (412, 500, 82)


def test_the_party_admits_after_da_and_the_union_members_long_name():
    found = union_stats(
        "Năm 2025, các cấp công đoàn giới thiệu 820 đoàn viên ưu tú cho Đảng và được các cấp ủy "
        "xem xét, bồi dưỡng, đã kết nạp 540 người."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 820), ("admitted", 540)]
    figure = one("Giới thiệu công đoàn viên ưu tú cho Đảng xem xét kết nạp đạt 120% kế hoạch.")
    assert (figure["metric"], figure["percent"]) == ("dang_vien_gioi_thieu", 120)
    figure = one("Công đoàn Viên chức tỉnh kết nạp 96 đoàn viên.")
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 96)
    figure = one(
        "Công đoàn ngành giới thiệu 64 quần chúng ưu tú là đoàn viên công đoàn cho Đảng xem xét, "
        "kết nạp, đạt 106% kế hoạch."
    )
    assert (figure["achieved"], figure["percent"]) == (64, 106)


def test_qualified_percents_wherever_a_percent_is_read():
    found = union_stats(
        "Quý I, LĐLĐ huyện thành lập mới 3 CĐCS, kết nạp 410 đoàn viên, lần lượt đạt khoảng 30% "
        "và xấp xỉ 41% kế hoạch năm."
    )
    assert [(f["percent"], f["qualifiers"].get("percent")) for f in found] == [
        (30, "khoảng"),
        (41, "xấp xỉ"),
    ]
    figure = one(
        "Công đoàn KCN đã kết nạp 2.100/7.000 đoàn viên trong 6 tháng đầu năm 2026, đạt gần 30% "
        "kế hoạch năm."
    )
    assert (figure["target"], figure["percent"]) == (7000, 30)
    figure = one("Số đoàn viên kết nạp mới: 960 (kế hoạch 800, đạt gần 120%).")
    assert (figure["achieved"], figure["target"], figure["percent"]) == (960, 800, 120)
    figure = one("Kết nạp đoàn viên: KH 1.000 – TH 1.105 – đạt hơn 110,5%")
    assert (figure["achieved"], figure["target"], figure["percent"]) == (1105, 1000, 110.5)


def test_the_plans_percent_past_a_change_or_a_plan_named_in_words():
    figure = one(
        "Năm 2025, LĐLĐ quận kết nạp 1.320 đoàn viên, tăng 12% so với cùng kỳ – đạt 110% kế hoạch."
    )
    assert (figure["percent"], figure["percent_kind"]) == (110, "of_target")
    figure = one("LĐLĐ quận kết nạp 1.320 đoàn viên, bằng 112% so với năm 2024 (đạt 110% kế hoạch)")
    assert figure["percent"] == 110
    figure = one("LĐLĐ huyện kết nạp mới 960 đoàn viên, gấp hơn 2 lần chỉ tiêu (240,5%).")
    assert (figure["percent"], figure["percent_kind"]) == (240.5, "of_target")
    figure = one("Thành lập CĐCS – 10 – 6 – 60.0%")
    assert (figure["achieved"], figure["target"], figure["percent"]) == (6, 10, 60)


def test_a_going_on_sentence_with_plan_words_of_its_own_and_other_bodies_at_courses():
    found = union_stats(
        "Ngoài ra, năm 2025, Công đoàn ngành Xây dựng kết nạp 980 đoàn viên; năm 2026 phấn đấu kết "
        "nạp 1.000 đoàn viên.",
        title="LĐLĐ tỉnh giao chỉ tiêu phát triển đoàn viên năm 2026",
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("result", 980, None),
        ("plan", None, 1000),
    ]
    assert (
        union_stats(
            "Hội Phụ nữ tỉnh đã tổ chức 40 lớp tập huấn cho 3.200 lượt cán bộ hội cơ sở, góp phần "
            "hỗ trợ công đoàn."
        )
        == []
    )


def test_a_party_committee_acting_on_those_the_union_introduced():
    found = union_stats(
        "Năm 2025, các CĐCS giới thiệu 120 đoàn viên ưu tú cho Đảng; trong số này, 75 người đã "
        "được cấp ủy các cấp xem xét kết nạp vào Đảng."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 120), ("admitted", 75)]
    found = union_stats(
        "Năm 2025, các CĐCS giới thiệu 120 đoàn viên ưu tú cho Đảng; 75 đồng chí đã được kết nạp, "
        "số còn lại đang được cấp ủy tiếp tục bồi dưỡng."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 120), ("admitted", 75)]
    # (a Party cell's own, with no one introducing them)
    assert (
        union_stats(
            "12 công nhân ưu tú đã được Chi bộ nòng cốt kết nạp vào Đảng sau thời gian được chi bộ "
            "phát hiện, bồi dưỡng."
        )
        == []
    )


def test_dat_ty_le_before_a_named_plan_and_tallies_quoted():
    figure = one("Công đoàn Dệt May đạt tỷ lệ 81% kế hoạch phát triển đoàn viên sau 6 tháng")
    assert (figure["metric"], figure["percent"], figure["percent_kind"]) == (
        "doan_vien_ket_nap",
        81,
        "of_target",
    )
    figure = one("Năm 2025, huyện thành lập mới 4 CĐCS, đạt tỷ lệ 100% chỉ tiêu.")
    assert (figure["percent"], figure["percent_kind"]) == (100, "of_target")
    figure = one("Có 26/31 CĐCS ký kết thỏa ước lao động tập thể, đạt tỷ lệ 83,9%.")
    assert figure["percent_kind"] == "rate"
    figure = one(
        "“Số cán bộ công đoàn được tập huấn nghiệp vụ: 1.420 lượt người”, bà Lê Thị Hoa cho biết."
    )
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 1420)
    # (a campaign named with its year, in quotes)
    found = union_stats(
        "Trong “Năm phát triển đoàn viên 2024”, các cấp công đoàn đã phát triển thêm 9.210 đoàn "
        "viên."
    )
    assert [f["achieved"] for f in found] == [9210]


def test_among_them_lists_a_plans_targets_and_a_deed_after_and_is_its_own():
    found = union_stats(
        "Đại hội thông qua các chỉ tiêu nhiệm kỳ 2025–2030, trong số đó phát triển mới 2.000 đoàn "
        "viên và thành lập ít nhất 12 CĐCS."
    )
    assert [(f["metric"], f["kind"], f["target"]) for f in found] == [
        ("doan_vien_ket_nap", "plan", 2000),
        ("cdcs_thanh_lap", "plan", 12),
    ]
    found = union_stats(
        "Năm 2026, Công đoàn KCN phấn đấu phát triển 2.800 đoàn viên và giới thiệu cho Đảng 90 "
        "đoàn viên ưu tú."
    )
    assert [(f["metric"], f["stage"], f["target"]) for f in found] == [
        ("doan_vien_ket_nap", None, 2800),
        ("dang_vien_gioi_thieu", "introduced", 90),
    ]
    found = union_stats(
        "Quý I, Công đoàn ngành phát triển mới 1.037 ĐV, trong khi cả năm phấn đấu đạt 4.500 ĐV."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("result", 1037, None),
        ("plan", None, 4500),
    ]
    found = union_stats(
        "Ngoài ra, năm 2025, các cấp công đoàn giới thiệu 610 đoàn viên ưu tú cho cấp ủy Đảng.",
        title="LĐLĐ tỉnh đặt mục tiêu kết nạp 9.000 đoàn viên năm 2026",
    )
    assert [(f["kind"], f["achieved"]) for f in found] == [("result", 610)]


def test_the_party_in_lower_case_courses_counted_in_words_and_dv_in_brackets():
    found = union_stats(
        "Có 1.240 đoàn viên công đoàn được kết nạp đảng trong số 1.900 người được các cấp công "
        "đoàn giới thiệu từ năm 2020 đến nay."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [
        ("admitted", 1240),
        ("introduced", 1900),
    ]
    found = union_stats(
        "LĐLĐ tỉnh đã tổ chức ba lớp tập huấn cho 240 chủ tịch CĐCS và năm lớp cho 610 cán bộ CĐCS."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("can_bo_tap_huan", 240),
        ("can_bo_tap_huan", 610),
    ]
    figure = one("Năm 2025, huyện kết nạp 1.050 ĐV, đạt 105% chỉ tiêu tỉnh giao (1.000 ĐV).")
    assert (figure["achieved"], figure["target"], figure["percent"]) == (1050, 1000, 105)


def test_hoan_thanh_n_percent_and_kh_read_like_their_long_forms():
    figure = one("Quý II, huyện phát triển 1.260 đoàn viên, vượt xa kế hoạch (hoàn thành 180%)")
    assert (figure["percent"], figure["percent_kind"]) == (180, "of_target")
    figure = one("Kết nạp đoàn viên: KH 900 – TH 1.008 – hoàn thành 112%")
    assert (figure["achieved"], figure["target"], figure["percent"]) == (1008, 900, 112)
    figure = one(
        "Công đoàn KCN đã vượt 25% KH tỉnh giao về thành lập công đoàn cơ sở, với 15 CĐCS được "
        "thành lập."
    )
    assert (figure["achieved"], figure["percent"], figure["percent_kind"]) == (
        15,
        25,
        "over_target",
    )


# A sentence's start is read past the words that link it to the one before ("Bên cạnh đó, tính
# đến nay …" is a running total as "Tính đến nay …" is; a rewrite of two real sets' sentences).
@pytest.mark.parametrize(
    "text",
    [
        "Bên cạnh đó, tính đến nay toàn tỉnh đã thành lập được 1.215 công đoàn cơ sở với 98.400 "
        "đoàn viên.",
        "Qua đó, tính đến cuối năm 2023, toàn huyện đã thành lập 48 CĐCS.",
    ],
)
def test_a_running_total_after_a_linking_word_is_no_figure(text):
    assert union_stats(text) == []


# "Theo đó, …" under a headline that states what was done details it; under a headline of targets
# it details the plan (h2-004's headline, rewritten).
DONE_TITLE = "Quý I/2024, LĐLĐ quận Long Biên kết nạp 415 đoàn viên"
PLAN_TITLE = "LĐLĐ quận Long Biên đề ra chỉ tiêu phát triển đoàn viên năm 2025"
PURPOSE_LEAD = (
    "Ba tháng đầu năm, LĐLĐ quận Long Biên đã triển khai nhiều giải pháp nhằm phát triển đoàn "
    "viên, thành lập công đoàn cơ sở."
)


@pytest.mark.parametrize("opening", ["Theo đó, LĐLĐ quận thành lập", "Cụ thể, thành lập"])
def test_a_detail_of_a_headline_that_states_a_result_is_a_result(opening):
    text = f"{opening} 6 CĐCS mới tại các doanh nghiệp ngoài nhà nước."
    done = one(text, title=DONE_TITLE, lead=PURPOSE_LEAD)
    assert (done["kind"], done["achieved"], done["target"]) == ("result", 6, None)
    planned = one(text, title=PLAN_TITLE, lead=PURPOSE_LEAD)
    assert (planned["kind"], planned["achieved"], planned["target"]) == ("plan", None, 6)


def test_a_count_against_its_target_after_a_plan_is_what_was_done():
    lead = (
        "Công đoàn Viên chức tỉnh tổng kết hoạt động năm 2024 và đề ra phương hướng nhiệm vụ năm "
        "2025."
    )
    found = one("Theo đó, 47/52 công đoàn cơ sở trực thuộc đạt vững mạnh.", lead=lead)
    assert (found["kind"], found["achieved"], found["target"]) == ("result", 47, 52)
    planned = one("Theo đó, 52 công đoàn cơ sở trực thuộc đạt vững mạnh.", lead=lead)
    assert (planned["kind"], planned["achieved"], planned["target"]) == ("plan", None, 52)


def test_a_total_raised_to_a_number_said_with_la_is_a_stock():
    [founded] = union_stats(
        "Năm nay huyện thành lập 4 CĐCS, nâng tổng số công đoàn cơ sở trên địa bàn huyện là 96."
    )
    assert (founded["metric"], founded["achieved"]) == ("cdcs_thanh_lap", 4)


def test_attendances_of_a_course_for_union_officials_are_officials_trained():
    course = "Công đoàn ngành Y tế tổ chức 14 lớp {} cho {}, có gần 1.100 lượt người tham dự."
    trained = one(course.format("nghiệp vụ", "cán bộ công đoàn cơ sở"))
    assert (trained["metric"], trained["achieved"]) == ("can_bo_tap_huan", 1100)
    assert trained["qualifiers"] == {"achieved": "gần"}
    # workers taught the law are no officials trained
    assert union_stats(course.format("phổ biến pháp luật", "người lao động")) == []


def test_a_founding_that_lists_other_bodies_first_founds_the_unions_after():
    text = (
        "Trong năm, các cấp ủy đã thành lập mới 12 chi bộ đảng với 150 đảng viên; 35 công đoàn cơ "
        "sở với {}."
    )
    founded = [(f["metric"], f["achieved"]) for f in union_stats(text.format("1.240 đoàn viên"))]
    assert founded == [("cdcs_thanh_lap", 35), ("doan_vien_ket_nap", 1240)]
    # Party members are no union's recruits
    founded = [(f["metric"], f["achieved"]) for f in union_stats(text.format("1.240 đảng viên"))]
    assert founded == [("cdcs_thanh_lap", 35)]


PARTY_REVIEW = "Huyện ủy Diên Khánh tổng kết công tác xây dựng Đảng trong doanh nghiệp tư nhân"


def test_new_party_members_after_a_union_item_of_a_list_are_the_partys_own():
    text = (
        "Năm 2022, huyện phấn đấu thành lập mới 4 tổ chức công đoàn; kết nạp 6 đảng viên mới trong "
        "doanh nghiệp."
    )
    [planned] = union_stats(text, title=PARTY_REVIEW)
    assert (planned["metric"], planned["target"]) == ("cdcs_thanh_lap", 4)


def test_those_admitted_after_the_union_introduced_them_stay_the_unions():
    text = (
        "Năm 2022, công đoàn huyện giới thiệu 30 đoàn viên ưu tú cho Đảng xem xét; 18 đồng chí đã "
        "được kết nạp Đảng."
    )
    found = [(f["stage"], f["achieved"]) for f in union_stats(text, title=PARTY_REVIEW)]
    assert found == [("introduced", 30), ("admitted", 18)]


RUNNING_TOTAL_LEAD = (
    "(Báo Bình Định) - Đến nay, toàn tỉnh có 120 doanh nghiệp thành lập tổ chức đảng."
)


def test_going_on_with_a_running_total_states_how_many_there_are():
    text = "Bên cạnh đó, có 410 doanh nghiệp đã thành lập công đoàn cơ sở với 52.300 đoàn viên."
    assert union_stats(text, lead=RUNNING_TOTAL_LEAD) == []
    # after a year's news it is that year's
    found = union_stats(text, lead="Năm 2023, tỉnh có thêm 12 tổ chức đảng trong doanh nghiệp.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 410),
        ("doan_vien_ket_nap", 52300),
    ]
    # with a time of its own, it is that time's
    own_time = text.replace("Bên cạnh đó, có", "Bên cạnh đó, năm 2023 có")
    assert len(union_stats(own_time, lead=RUNNING_TOTAL_LEAD)) == 2


def test_a_running_total_after_a_papers_dateline():
    assert union_stats("(LĐTĐ) - Tính đến nay, toàn thành phố đã thành lập 1.200 CĐCS.") == []


def test_a_share_with_a_deed_of_its_own_borrows_no_indicator_from_the_next():
    text = (
        "Hiện nay, trên 70% số doanh nghiệp trong khu công nghiệp đã xây dựng quy chế dân chủ, gần "
        "90% doanh nghiệp tổ chức đối thoại định kỳ."
    )
    [dialogue] = union_stats(text)
    assert (dialogue["label"], dialogue["percent"]) == ("đối thoại", 90)
    # shares listed with no deed of their own share the last one's
    listed = "95% CĐCS khu vực nhà nước, 80% CĐCS doanh nghiệp tổ chức đối thoại định kỳ."
    assert [(f["label"], f["percent"]) for f in union_stats(listed)] == [
        ("đối thoại", 95),
        ("đối thoại", 80),
    ]


def test_a_schools_hoi_nghi_vien_chuc_is_the_public_sectors_conference():
    found = one(
        "Năm học này, 100% trường học trong huyện tổ chức hội nghị viên chức đúng quy định."
    )
    assert (found["label"], found["percent"]) == ("hội nghị cán bộ công chức", 100)
    with_workers = one("100% cơ quan, đơn vị tổ chức hội nghị viên chức, người lao động.")
    assert with_workers["label"] == "hội nghị người lao động"


@pytest.mark.parametrize(
    "text, target",
    [
        ("kết nạp 7.120 đoàn viên, đạt 119% so với chỉ tiêu giao là 6 nghìn đoàn viên.", 6000),
        ("kết nạp 7.120 đoàn viên, vượt chỉ tiêu 6 nghìn đoàn viên.", 6000),
        ("kết nạp 7.120 đoàn viên, đạt 89% kế hoạch (kết nạp mới 8 nghìn đoàn viên).", 8000),
        ("kết nạp 7.120 đoàn viên/8 ngàn đoàn viên theo kế hoạch.", 8000),
    ],
)
def test_a_target_with_its_magnitude_in_words(text, target):
    found = one(f"Năm 2024, LĐLĐ tỉnh Bắc Ninh {text}")
    assert (found["achieved"], found["target"]) == (7120, target)


def test_officials_a_course_drew_are_officials_trained():
    found = one(
        "Lớp tập huấn đã thu hút hơn 90 đại biểu là ủy viên Ban Chấp hành, chủ tịch công đoàn cơ "
        "sở trực thuộc LĐLĐ huyện."
    )
    assert (found["metric"], found["achieved"]) == ("can_bo_tap_huan", 90)
    assert union_stats("Hội thi thu hút hơn 90 cán bộ công đoàn.") == []


def test_those_represented_at_a_ceremony_who_were_admitted_are_recruited():
    found = one(
        "Dự lễ có lãnh đạo Công ty và đại diện cho 356 công nhân lao động được kết nạp vào tổ "
        "chức Công đoàn."
    )
    assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", 356)
    assert union_stats("Công đoàn Công ty đại diện cho 4.000 công nhân lao động.") == []


def test_members_of_unions_founded_with_their_noun_before_the_number():
    found = union_stats("Năm 2023, LĐLĐ thị xã thành lập 3 nghiệp đoàn với số ĐVCĐ hơn 150 người.")
    assert [(f["metric"], f["achieved"], f["qualifiers"]) for f in found] == [
        ("cdcs_thanh_lap", 3, {}),
        ("doan_vien_ket_nap", 150, {"achieved": "hơn"}),
    ]


def test_a_list_item_of_another_year_after_a_comma():
    found = union_stats(
        "Năm 2022, toàn tỉnh kết nạp 1.120 đoàn viên, năm 2023 trên 1.300 đoàn viên."
    )
    assert [(f["achieved"], f["qualifiers"]) for f in found] == [
        (1120, {}),
        (1300, {"achieved": "trên"}),
    ]


def test_units_given_an_award_are_no_rating():
    text = (
        "Tại hội nghị, LĐLĐ tỉnh trao Bằng khen của Tổng Liên đoàn cho 5 công đoàn cơ sở có thành "
        "tích xuất sắc trong phong trào thi đua."
    )
    assert union_stats(text) == []


COURSE_TITLE = "LĐLĐ huyện Thạch Thất bồi dưỡng nghiệp vụ cho cán bộ công đoàn"


@pytest.mark.parametrize(
    "text, title, trained",
    [
        ("Hơn 120 cán bộ công đoàn cơ sở tham dự hội nghị.", COURSE_TITLE, 120),
        (
            "Hơn 120 cán bộ công đoàn cơ sở đã được nghe báo cáo viên hướng dẫn nghiệp vụ.",
            COURSE_TITLE,
            120,
        ),
        # a briefing or a congress the sentence names is not the headline's course
        ("Hơn 120 cán bộ công đoàn đã dự hội nghị quán triệt nghị quyết.", COURSE_TITLE, None),
        (
            "Đại hội bầu 25 đồng chí vào Ban Chấp hành, 40 đại biểu đi dự Đại hội.",
            COURSE_TITLE,
            None,
        ),
        # nor is a Party course a union's
        (
            "Hơn 120 cán bộ công đoàn cơ sở tham dự hội nghị.",
            "Bồi dưỡng nhận thức về Đảng cho đoàn viên công đoàn ưu tú",
            None,
        ),
        # and with no course named, attending says nothing of training
        (
            "Hơn 120 cán bộ công đoàn cơ sở tham dự hội nghị.",
            "LĐLĐ huyện Thạch Thất gặp mặt cán bộ công đoàn",
            None,
        ),
    ],
)
def test_officials_attending_the_course_the_headline_names(text, title, trained):
    found = [f["achieved"] for f in union_stats(text, title=title)]
    assert found == ([trained] if trained else [])


def test_officials_attending_the_course_the_sentence_before_names():
    text = (
        "Sáng 12/6, LĐLĐ tỉnh khai mạc lớp tập huấn nghiệp vụ công tác công đoàn. Sự kiện thu hút "
        "sự tham gia của hơn 200 cán bộ công đoàn cơ sở."
    )
    assert [f["achieved"] for f in union_stats(text)] == [200]


def test_a_total_of_new_ones_with_the_plans_percent_is_the_periods_count():
    text = (
        "Quận thành lập CĐCS tại Công ty May Hòa Thọ với 260 đoàn viên, nâng tổng số {} thành "
        "lập mới là 12 đơn vị, đạt 92,3% chỉ tiêu giao trong năm 2024."
    )
    for noun in ("CĐCS", "công đoàn cơ sở"):
        found = [(f["metric"], f["achieved"], f["percent"]) for f in union_stats(text.format(noun))]
        assert found == [("doan_vien_ket_nap", 260, None), ("cdcs_thanh_lap", 12, 92.3)]
    # the sum of the sentence's counts, with no percent, is a total again
    summed = (
        "Quý I, quận kết nạp 44 đoàn viên mới, thành lập 3 CĐCS với 49 đoàn viên, nâng tổng số "
        "đoàn viên mới kết nạp trong quý I là 93 đoàn viên."
    )
    assert [f["achieved"] for f in union_stats(summed)] == [44, 3, 49]


def test_people_at_a_course_said_to_be_officials_are_officials_trained():
    found = one(
        "Tại lớp tập huấn, Công ty có 26 người tham gia, là cán bộ công đoàn bộ phận và tổ trưởng "
        "công đoàn."
    )
    assert (found["metric"], found["achieved"]) == ("can_bo_tap_huan", 26)
    assert union_stats("Tại lớp tập huấn, Công ty có 26 người tham gia, là công nhân mới.") == []


def test_a_future_said_of_people_is_no_plan_a_sentence_goes_on_with():
    lead = (
        "Những người lao động tự do tin rằng khi tham gia tổ chức công đoàn, họ sẽ được chăm lo "
        "tốt hơn."
    )
    found = one("Theo đó, LĐLĐ thị xã thành lập 4 nghiệp đoàn trong năm.", lead=lead)
    assert (found["kind"], found["achieved"]) == ("result", 4)
    planned = one(
        "Theo đó, LĐLĐ thị xã thành lập 4 nghiệp đoàn.",
        lead="Năm 2025, LĐLĐ thị xã sẽ thành lập thêm nghiệp đoàn cho lao động tự do.",
    )
    assert (planned["kind"], planned["target"]) == ("plan", 4)


def test_targets_assigned_are_planned_and_what_was_done_of_them_is_merged():
    planned = union_stats(
        "Năm 2026, Công đoàn KCN Phố Nối được giao 18 CĐCS và 2.400 đoàn viên mới."
    )
    assert [(f["metric"], f["kind"], f["target"]) for f in planned] == [
        ("cdcs_thanh_lap", "plan", 18),
        ("doan_vien_ket_nap", "plan", 2400),
    ]
    merged = one(
        "Năm nay công đoàn phường được giao 300 đoàn viên nhưng mới kết nạp được 214 người."
    )
    assert (merged["kind"], merged["achieved"], merged["target"]) == ("result", 214, 300)
    # units handed over are no target
    assert (
        union_stats("LĐLĐ thành phố đã tiếp nhận và bàn giao 1.870 CĐCS về công đoàn phường.") == []
    )


def test_union_members_after_the_partys_own_item_of_a_list_are_recruits():
    text = (
        "Năm 2026, Huyện ủy đề ra chỉ tiêu thành lập mới 5 tổ chức đảng, 14 CĐCS; kết nạp 40 đảng "
        "viên và 1.800 đoàn viên công đoàn."
    )
    found = [(f["metric"], f["target"]) for f in union_stats(text)]
    assert found == [("cdcs_thanh_lap", 14), ("doan_vien_ket_nap", 1800)]


def test_a_list_of_courses_for_officials_with_no_verb():
    text = (
        "Cụ thể, 7 lớp dành cho 640 chủ tịch, phó chủ tịch CĐCS mới được bầu; 4 lớp về kỹ năng "
        "thương lượng cho 310 cán bộ công đoàn."
    )
    assert [(f["metric"], f["achieved"]) for f in union_stats(text)] == [
        ("can_bo_tap_huan", 640),
        ("can_bo_tap_huan", 310),
    ]
    assert union_stats("Cụ thể, 7 lớp dành cho 640 công nhân lao động.") == []


def test_units_that_hold_a_conference_with_a_partner():
    text = (
        "Đến nay, 118/124 CĐCS trường học đã phối hợp với chuyên môn tổ chức hội nghị viên chức, "
        "người lao động."
    )
    found = one(text)
    assert (found["label"], found["achieved"], found["target"]) == (
        "hội nghị người lao động",
        118,
        124,
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Năm 2025, LĐLĐ tỉnh đã tổ chức 90 lớp tập huấn nghiệp vụ, có trên 6.500 lượt người "
            "tham dự là cán bộ công đoàn các cấp.",
            [("result", 6500, None)],
        ),
        (
            "Quý IV, LĐLĐ tỉnh dự kiến mở thêm 4 lớp cho từ 300 đến 350 cán bộ công đoàn cơ sở.",
            [("plan", None, {"min": 300, "max": 350})],
        ),
        # a course's size counts no one trained
        ("Mỗi lớp có từ 50 đến 70 học viên là chủ tịch công đoàn cơ sở.", []),
    ],
)
def test_courses_for_officials_their_attendance_plans_and_sizes(text, expected):
    assert [(f["kind"], f["achieved"], f["target"]) for f in union_stats(text)] == expected


def test_a_ratings_share_named_with_a_bare_cong_doan():
    text = "Trong đó, công đoàn cơ sở vững mạnh đạt 68%, công đoàn vững mạnh xuất sắc đạt trên 14%."
    assert [(f["percent"], f["qualifiers"]) for f in union_stats(text)] == [
        (68, {}),
        (14, {"percent": "trên"}),
    ]


def test_courses_counted_for_trainees_a_union_holds():
    found = one("Sắp tới, LĐLĐ tỉnh Hà Nam sẽ tổ chức 3 lớp tập huấn về Điều lệ cho 240 học viên.")
    assert (found["metric"], found["kind"], found["target"]) == ("can_bo_tap_huan", "plan", 240)
    assert union_stats("Trung tâm dạy nghề tổ chức 3 lớp cho 240 học viên.") == []


def test_the_headlines_target_said_again_is_planned():
    title = "Phấn đấu kết nạp mới 2.000 đoàn viên công đoàn trong Tháng Công nhân"
    again = one(
        "Đặc biệt, các cấp công đoàn thi đua phát triển, kết nạp mới 2.000 đoàn viên.", title=title
    )
    assert (again["kind"], again["target"]) == ("plan", 2000)
    done = one("Năm 2024, các cấp công đoàn đã kết nạp mới 2.000 đoàn viên.", title=title)
    assert (done["kind"], done["achieved"]) == ("result", 2000)


def test_a_founding_share_of_all_the_companies():
    found = one("Phấn đấu thành lập công đoàn cơ sở ở 100% các doanh nghiệp có đủ điều kiện.")
    assert (found["metric"], found["kind"], found["percent"]) == ("cdcs_thanh_lap", "plan", 100)


def test_a_share_planned_as_one_to_raise():
    found = one("Năm 2027, LĐLĐ huyện phấn đấu nâng tỷ lệ CĐCS đạt vững mạnh lên trên 80%.")
    assert (found["label"], found["kind"], found["percent"], found["qualifiers"]) == (
        "cđcs vững mạnh",
        "plan",
        80,
        {"percent": "trên"},
    )
    found = one("Công đoàn ngành đặt mục tiêu nâng tỷ lệ doanh nghiệp ký thỏa ước lên 70%.")
    assert (found["label"], found["kind"]) == ("thỏa ước lao động tập thể", "plan")
    found = one("Năm 2027 phấn đấu nâng tỷ lệ cán bộ công đoàn cơ sở được tập huấn lên 95%.")
    assert (found["metric"], found["kind"], found["percent"]) == ("can_bo_tap_huan", "plan", 95)
    # a share raised already is how many have it now; members' share is no indicator
    for text in (
        "Năm 2026, thêm 40 doanh nghiệp tổ chức đối thoại, nâng tỷ lệ đơn vị đối thoại lên 91%.",
        "Công đoàn Tổng công ty phấn đấu nâng tỷ lệ đoàn viên trên tổng số lao động lên 97%.",
    ):
        assert [f for f in union_stats(text) if f["percent"] is not None] == []


def test_officials_trained_tallied_noun_first():
    found = one("Năm 2026, số lượt cán bộ công đoàn được tập huấn nghiệp vụ đạt 104,2% kế hoạch.")
    assert (found["metric"], found["percent"], found["percent_kind"]) == (
        "can_bo_tap_huan",
        104.2,
        "of_target",
    )
    # not a change from the year before
    assert union_stats("Số cán bộ công đoàn được tập huấn năm 2026 tăng 9% so với năm 2025.") == []


def test_a_rankings_first_said_with_no_verb_and_the_next():
    found = union_stats(
        "Năm 2026, LĐLĐ huyện Tân Yên dẫn đầu khối huyện với 1.412 đoàn viên mới, tiếp đến là "
        "LĐLĐ huyện Hiệp Hòa với 986 đoàn viên."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 1412),
        ("doan_vien_ket_nap", 986),
    ]
    # the Party's own ranking
    assert union_stats("Đảng bộ phường Hòa Cường dẫn đầu với 57 đảng viên mới.") == []


def test_members_a_union_had_when_founded_told_with_its_founding():
    found = union_stats(
        "Nghiệp đoàn bốc xếp chợ Đầm được thành lập tháng 5/2025, khi mới thành lập có 38 đoàn "
        "viên, đến nay kết nạp thêm 21 đoàn viên."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 38),
        ("doan_vien_ket_nap", 21),
    ]
    # no founding told: what a union had once, against what it has now
    assert union_stats("Khi mới thành lập, công đoàn chỉ có 45 đoàn viên, nay đã có 1.200.") == []


def test_meetings_between_employer_and_workers_are_dialogues():
    found = one(
        "Trong Tháng Công nhân, 14 công đoàn cơ sở đã tổ chức gặp gỡ, trao đổi giữa lãnh đạo "
        "công ty với người lao động."
    )
    assert (found["label"], found["achieved"]) == ("đối thoại", 14)
    found = one("Năm 2026, 37 doanh nghiệp tổ chức gặp gỡ, đối thoại với công nhân lao động.")
    assert (found["label"], found["achieved"]) == ("đối thoại", 37)
    # a leader meeting workers is no dialogue held by units
    assert union_stats("Chủ tịch LĐLĐ tỉnh đã gặp gỡ, trao đổi với 120 công nhân.") == []


def test_a_party_named_in_another_part_leaves_a_course_for_officials():
    found = union_stats(
        "Năm 2026, công đoàn các cấp giới thiệu 412 đoàn viên ưu tú cho Đảng xem xét; tổ chức 37 "
        "lớp tập huấn với hơn 2.600 lượt cán bộ công đoàn tham gia."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("dang_vien_gioi_thieu", 412),
        ("can_bo_tap_huan", 2600),
    ]


def test_another_bodys_officials_trained_are_no_share():
    text = "100% cán bộ chủ chốt của Mặt trận, Hội Cựu chiến binh phường được bồi dưỡng nghiệp vụ."
    assert union_stats(text, title="Công đoàn phường Nam Định tổng kết năm 2026") == []


def test_a_tallys_percent_against_a_year_before_is_no_progress():
    text = "Số đoàn viên kết nạp mới năm 2026 bằng 118% so với năm 2025."
    assert union_stats(text) == []
    found = one("Số đoàn viên kết nạp mới năm 2026 bằng 118% kế hoạch.")
    assert (found["percent"], found["percent_kind"]) == (118, "of_target")


def test_members_at_a_founding_in_a_month_that_has_grown_since():
    found = union_stats(
        "CĐCS Công ty TNHH Nhựa Tân Phú được thành lập vào tháng 9/2025 với 74 đoàn viên; đến nay "
        "đã kết nạp thêm 51 người."
    )
    assert [f["achieved"] for f in found] == [74, 51]
    # a founding long told, with nothing grown since, is the union's history
    text = "Công đoàn cơ sở Công ty Dệt Nam Định được thành lập tháng 5/1965 với 320 đoàn viên."
    assert union_stats(text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("Khi thành lập, các CĐCS này có 468 đoàn viên.", [("doan_vien_ket_nap", 468)]),
        (
            "Lúc mới thành lập, các nghiệp đoàn trên có tổng số 212 thành viên.",
            [("doan_vien_ket_nap", 212)],
        ),
        # (no union referred back: a union's history)
        ("Khi thành lập, công đoàn có 45 đoàn viên, nay đã có 300.", []),
        # (those counted before, referred back to, are no new count)
        ("Khi thành lập, 12 CĐCS này có 468 đoàn viên.", [("doan_vien_ket_nap", 468)]),
        (
            "Sau khi thành lập, 12 CĐCS nói trên đã kết nạp thêm 200 đoàn viên.",
            [("doan_vien_ket_nap", 200)],
        ),
        # ("trên" alone is a place)
        (
            "12 CĐCS trên địa bàn được thành lập mới trong năm.",
            [("cdcs_thanh_lap", 12)],
        ),
    ],
)
def test_members_at_the_founding_of_unions_referred_back_to(text, found):
    assert [(f["metric"], f["achieved"]) for f in union_stats(text)] == found


def test_shares_of_officials_trained_and_workers_recruited_said_plainly():
    found = one("Nghị quyết đề ra chỉ tiêu có 100% cán bộ công đoàn tham gia bồi dưỡng nghiệp vụ.")
    assert (found["metric"], found["kind"], found["percent"]) == ("can_bo_tap_huan", "plan", 100)
    found = one("Năm 2026, CĐCS kết nạp 100% VCLĐ có đủ điều kiện vào tổ chức công đoàn.")
    assert (found["metric"], found["percent"]) == ("doan_vien_ket_nap", 100)


def test_a_towns_youth_union_is_the_youth_unions():
    found = union_stats(
        "Năm 2026, LĐLĐ thị xã kết nạp 830 đoàn viên; Thị đoàn Sơn Tây kết nạp 1.020 đoàn viên mới."
    )
    assert [f["achieved"] for f in found] == [830]


def test_what_a_body_founded_has_is_not_what_it_founded():
    text = (
        "Công đoàn xã Tân Lập được thành lập ngày 1/7/2025 trên cơ sở sắp xếp lại tổ chức, khi ra "
        "mắt có 27 CĐCS trực thuộc với 2.140 đoàn viên."
    )
    assert union_stats(text) == []


def test_a_rating_not_reached_is_no_figure():
    found = union_stats(
        "Năm 2026 có 212 CĐCS hoàn thành tốt nhiệm vụ, 41 CĐCS hoàn thành nhiệm vụ và 9 CĐCS không "
        "hoàn thành nhiệm vụ."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("cđcs hoàn thành tốt nhiệm vụ", 212),
        ("cđcs hoàn thành nhiệm vụ", 41),
    ]


# --- Wordings learnt from the thirty-eighth to fortieth held-out sets --------------------------


def test_a_topic_opened_on_names_what_the_units_did():
    found = one(
        "Về đối thoại định kỳ, năm 2026 toàn huyện có 143/160 doanh nghiệp đã tổ chức (tỷ lệ 89%)."
    )
    assert (found["label"], found["achieved"], found["target"], found["percent"]) == (
        "đối thoại",
        143,
        160,
        89,
    )
    # the units must be said to have done it
    assert union_stats("Về đối thoại, có 160 doanh nghiệp có tổ chức công đoàn trên địa bàn.") == []


def test_a_share_read_past_a_list_of_kinds_of_unit():
    found = one(
        "Đến nay, 100% công đoàn cơ sở các trường mầm non, tiểu học, trung học cơ sở, trung tâm "
        "giáo dục nghề nghiệp tổ chức hội nghị cán bộ, công chức, viên chức."
    )
    assert (found["label"], found["percent"]) == ("hội nghị cán bộ công chức", 100)


@pytest.mark.parametrize(
    "text, joined",
    [
        ("Sau buổi tuyên truyền, có 64 công nhân tự nguyện xin gia nhập công đoàn.", 64),
        ("Đã có gần 90 tài xế xe ôm đăng ký tham gia Nghiệp đoàn xe ôm phường Phú Hội.", 90),
        ("Sau buổi tuyên truyền, có 64 công nhân làm đơn xin gia nhập công đoàn.", None),
        ("Hiện đã có 52 người lao động viết đơn gia nhập tổ chức công đoàn.", None),
        # (persuaded, they only applied)
        ("Chỉ sau một tháng vận động đã có 140 công nhân tự nguyện làm đơn gia nhập.", None),
        ("Chỉ sau một tháng vận động đã kết nạp 140 công nhân tự nguyện làm đơn gia nhập.", 140),
    ],
)
def test_asking_to_join_is_joining_a_written_application_is_not(text, joined):
    found = union_stats(text)
    assert [f["achieved"] for f in found] == ([joined] if joined else [])


def test_the_youth_unions_members_capitalised_mid_sentence():
    text = "Nhiệm kỳ qua, đã giới thiệu 214 Đoàn viên ưu tú cho Đảng, kết nạp 1.306 Đoàn viên mới."
    assert union_stats(text) == []
    # a union named, its own members may be so written
    found = one("Công đoàn trường đã kết nạp Đoàn viên công đoàn cho 6 giáo viên mới.")
    assert found["metric"] == "doan_vien_ket_nap"


@pytest.mark.parametrize(
    "text",
    [
        "Công đoàn ngành giới thiệu 96 đoàn viên ưu tú cho Đảng và được Đảng xem xét, kết nạp 71 "
        "đoàn viên.",
        "Công đoàn ngành giới thiệu 96 đoàn viên ưu tú cho Đảng, đã được kết nạp 71 đồng chí.",
    ],
)
def test_those_the_party_admits_out_of_those_introduced(text):
    found = union_stats(text)
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 96), ("admitted", 71)]


def test_officials_at_a_course_named_after_its_guests():
    text = (
        "Đến dự có ông Lê Văn Hùng, Phó Chủ tịch LĐLĐ tỉnh cùng hơn 120 đại biểu là cán bộ công "
        "đoàn cơ sở khối doanh nghiệp."
    )
    found = union_stats(text, title="Tập huấn kỹ năng thương lượng tập thể cho cán bộ công đoàn")
    assert [(f["metric"], f["achieved"]) for f in found] == [("can_bo_tap_huan", 120)]
    assert union_stats(text, title="LĐLĐ tỉnh sơ kết công tác 6 tháng đầu năm") == []


# --- Wordings learnt from the forty-first and forty-second held-out sets -----------------------


@pytest.mark.parametrize(
    "text, title, members",
    [
        # the founding in the sentence, said with "có"
        (
            "Công đoàn Công ty TNHH Gỗ Minh Phát bước đầu thành lập có tất cả 23 đoàn viên.",
            None,
            23,
        ),
        ("Nghiệp đoàn Bốc xếp chợ Dầu Giây được thành lập, có 4 tổ, với 118 đoàn viên.", None, 118),
        # or in the headline, the sentence opening on the union
        (
            "CĐCS Công ty TNHH Điện tử Sao Mai có 146 đoàn viên công đoàn.",
            "Thành lập CĐCS Công ty TNHH Điện tử Sao Mai",
            146,
        ),
        ("Nghiệp đoàn quy tụ 52 thành viên là thợ hồ tự do.", "Ra mắt nghiệp đoàn thợ hồ", 52),
        # not what it has now, nor under a headline of something else
        ("CĐCS Công ty hiện có 146 đoàn viên công đoàn.", "Thành lập CĐCS Công ty Sao Mai", None),
        # nor the rule for founding one
        ("Theo Điều lệ, CĐCS được thành lập khi có ít nhất 5 đoàn viên.", "Thành lập CĐCS A", None),
        (
            "CĐCS Công ty TNHH Điện tử Sao Mai có 146 đoàn viên công đoàn.",
            "LĐLĐ tỉnh thăm công nhân Công ty Sao Mai",
            None,
        ),
    ],
)
def test_members_of_a_union_founded_said_with_have(text, title, members):
    found = union_stats(text, title=title)
    assert [(f["metric"], f["achieved"]) for f in found] == (
        [("doan_vien_ket_nap", members)] if members else []
    )


def test_a_trade_is_no_purpose():
    found = one(
        "Chị Lan là một trong 34 lao động giúp việc nhà được LĐLĐ quận Gò Vấp vận động gia nhập "
        "Nghiệp đoàn Giúp việc gia đình."
    )
    assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", 34)


def test_people_at_courses_a_sa_po_says_are_for_officials():
    text = "Tổng cộng 5 lớp tập huấn, với 820 người tham dự."
    lead = (
        "LĐLĐ tỉnh mở các lớp tập huấn nghiệp vụ dành cho cán bộ công đoàn cơ sở khối doanh nghiệp."
    )
    found = union_stats(text, title="Tập huấn nghiệp vụ năm 2026", lead=lead)
    assert [(f["metric"], f["achieved"]) for f in found] == [("can_bo_tap_huan", 820)]
    assert union_stats(text, title="Tập huấn an toàn lao động cho công nhân") == []


def test_the_count_of_new_ones_said_to_be_so_much():
    found = one("Năm 2026, số đoàn viên mới đạt 3.412 người, bằng 91,2% kế hoạch năm.")
    assert (found["metric"], found["achieved"], found["percent"]) == (
        "doan_vien_ket_nap",
        3412,
        91.2,
    )


def test_companies_a_union_worked_with_that_held_a_dialogue():
    found = one("LĐLĐ huyện đã phối hợp với 87 doanh nghiệp tổ chức đối thoại định kỳ năm 2026.")
    assert (found["label"], found["achieved"]) == ("đối thoại", 87)
    found = one(
        "Các công đoàn tổ chức 26 buổi gặp gỡ, trao đổi giữa chủ doanh nghiệp với công nhân."
    )
    assert (found["label"], found["achieved"]) == ("đối thoại", 26)
    # partners of something else, or meetings with the authorities, are not
    assert union_stats("LĐLĐ phối hợp với 30 doanh nghiệp tổ chức Tết Sum vầy.") == []
    assert (
        union_stats("Công đoàn tổ chức 4 buổi gặp gỡ, trao đổi giữa lãnh đạo quận với NLĐ.") == []
    )


def test_a_count_with_a_time_of_its_own_after_a_running_total():
    found = one(
        "Tính đến nay, toàn huyện có tất cả 41 công đoàn doanh nghiệp, riêng năm 2026 đã thành lập "
        "được 6 công đoàn cơ sở."
    )
    assert (found["metric"], found["achieved"]) == ("cdcs_thanh_lap", 6)
    assert union_stats("Đến hết năm 2026, toàn tỉnh đã thành lập 1.240 CĐCS.") == []


# --- Wordings learnt from the forty-third and forty-fourth held-out sets -----------------------


def test_agreements_supervised_are_not_signed():
    found = union_stats(
        "LĐLĐ huyện ký kết thỏa ước lao động tập thể ở 03 doanh nghiệp, giám sát việc thực hiện "
        "thỏa ước lao động tập thể ở 27 doanh nghiệp."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [("thỏa ước lao động tập thể", 3)]


def test_a_plan_stays_planned_past_the_units_that_already_have_a_union():
    found = union_stats(
        "Năm 2027, Công đoàn ngành sẽ phấn đấu kết nạp mới 240 đoàn viên ở các đơn vị đã có tổ "
        "chức công đoàn và kết nạp mới 90 đoàn viên ở các trường ngoài công lập."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 240), ("plan", 90)]


def test_developing_something_else_recruits_no_one():
    text = (
        "62 nữ đoàn viên được vay 310 triệu đồng để phát triển kinh tế gia đình, quỹ “Mái ấm công "
        "đoàn” hỗ trợ 200 triệu đồng cho 8 đoàn viên khó khăn về nhà ở."
    )
    assert union_stats(text) == []


def test_a_pilot_congress_is_no_congress_held():
    assert union_stats("Công đoàn ngành chọn 3 CĐCS tổ chức đại hội điểm trong tháng 4.") == []
    found = one("Đến nay, 41 CĐCS đã tổ chức xong đại hội nhiệm kỳ 2023–2028.")
    assert (found["label"], found["achieved"]) == ("cđcs tổ chức đại hội", 41)


@pytest.mark.parametrize(
    "text, label, planned",
    [
        (
            "Từ nay đến tháng 6, 15 công đoàn cơ sở còn lại sẽ tổ chức đại hội.",
            "cđcs tổ chức đại hội",
            15,
        ),
        (
            "Trong năm 2027, 45 doanh nghiệp sẽ ký kết thỏa ước lao động tập thể mới.",
            "thỏa ước lao động tập thể",
            45,
        ),
    ],
)
def test_what_the_units_will_do_is_planned(text, label, planned):
    found = union_stats(text)[-1]
    assert (found["label"], found["kind"], found["achieved"], found["target"]) == (
        label,
        "plan",
        None,
        planned,
    )


def test_a_share_over_a_hundred_percent_is_of_the_plan():
    found = one("Năm 2026, tỷ lệ doanh nghiệp tổ chức hội nghị người lao động đạt 112,5%.")
    assert (found["percent"], found["percent_kind"]) == (112.5, "of_target")
    found = one("Năm 2026, tỷ lệ doanh nghiệp tổ chức hội nghị người lao động đạt 82,5%.")
    assert (found["percent"], found["percent_kind"]) == (82.5, "rate")


@pytest.mark.parametrize(
    "text, metric",
    [
        ("Số đoàn viên mới 9 tháng đầu năm đạt 91,2% kế hoạch.", "doan_vien_ket_nap"),
        ("Số CĐCS mới trong năm đạt 75% chỉ tiêu.", "cdcs_thanh_lap"),
    ],
)
def test_new_ones_with_no_verb_against_the_plan(text, metric):
    found = one(text)
    assert (found["metric"], found["percent_kind"]) == (metric, "of_target")
    # (new Party members are none of them)
    assert union_stats("Số đoàn viên mới được kết nạp vào Đảng đạt 30%.") == []


def test_what_must_at_least_be_done_is_a_target():
    text = (
        "Mỗi LĐLĐ huyện bảo đảm có ít nhất 2 doanh nghiệp ký kết thỏa ước lao động tập thể đạt "
        "chất lượng."
    )
    found = one(text)
    assert (found["kind"], found["achieved"], found["target"]) == ("plan", None, 2)
    done = one("Năm qua, LĐLĐ huyện đã kết nạp ít nhất 300 đoàn viên.")
    assert (done["kind"], done["achieved"]) == ("result", 300)


def test_the_target_after_new_ones_and_a_slash():
    found = one("Quý I/2026, LĐLĐ tỉnh kết nạp 1.250 đoàn viên mới/5.000 kế hoạch năm.")
    assert (found["achieved"], found["target"]) == (1250, 5000)


def test_a_tally_with_its_time_said_from_the_start_of_the_year():
    found = one("Số đoàn viên kết nạp mới từ đầu năm đến nay là 2.140, đạt 71,3% kế hoạch.")
    assert (found["achieved"], found["percent"]) == (2140, 71.3)


def test_two_indicators_named_before_where_they_were_held():
    text = (
        "Năm 2026, các CĐCS phối hợp tổ chức hội nghị cán bộ, công chức, viên chức và hội nghị "
        "người lao động tại 212/220 cơ quan, đơn vị, đạt 96,4%."
    )
    found = [(f["label"], f["achieved"], f["target"], f["percent"]) for f in union_stats(text)]
    assert found == [
        ("hội nghị cán bộ công chức", 212, 220, 96.4),
        ("hội nghị người lao động", 212, 220, 96.4),
    ]
    # (a second indicator with a verb of its own is another deed)
    other = (
        "Năm 2026, Công đoàn Công ty phối hợp tổ chức hội nghị người lao động tại 100% đơn vị "
        "thành viên và ký lại thỏa ước lao động tập thể với 25 điều khoản."
    )
    assert [f["label"] for f in union_stats(other)].count("hội nghị người lao động") <= 1


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Năm 2026, 95% CĐCS đạt vững mạnh, trong đó 38,5% vững mạnh xuất sắc.", "result"),
        (
            "Năm 2027 phấn đấu 100% doanh nghiệp có công đoàn tổ chức đối thoại định kỳ tại nơi "
            "làm việc, 80% trở lên tổ chức hội nghị người lao động.",
            "plan",
        ),
    ],
)
def test_a_share_with_its_noun_left_out_after_a_share_of_the_same_units(text, kind):
    found = union_stats(text)
    assert len(found) == 2
    assert {f["kind"] for f in found} == {kind}
    assert found[1]["percent_kind"] == "rate"
    # (a part of the same share is no other indicator)
    assert len(union_stats("Năm 2026, 95% CĐCS đạt vững mạnh, trong đó 40% khu vực nhà nước.")) == 1


def test_another_indicators_bare_percent_is_a_share():
    found = one("Năm 2026, 48/52 doanh nghiệp tổ chức đối thoại định kỳ, đạt 92,3%.")
    assert (found["percent"], found["percent_kind"]) == (92.3, "rate")
    members = one("Năm 2026, LĐLĐ huyện kết nạp 480 đoàn viên, đạt 96%.")
    assert members["percent_kind"] == "of_target"


def test_a_party_organs_admissions_of_members_the_union_introduced():
    text = (
        "Ngày 5/6/2026, Đảng ủy Công ty Than Hà Lầm tổ chức lễ kết nạp đảng viên mới cho 7 quần "
        "chúng ưu tú là đoàn viên công đoàn do Công đoàn Công ty giới thiệu."
    )
    found = one(text)
    assert (found["metric"], found["stage"], found["achieved"]) == (
        "dang_vien_gioi_thieu",
        "admitted",
        7,
    )
    own = "Ngày 5/6/2026, Đảng ủy Công ty tổ chức lễ kết nạp đảng viên mới cho 7 quần chúng ưu tú."
    assert union_stats(own) == []


def test_the_companies_that_signed_a_group_agreement():
    text = (
        "LĐLĐ tỉnh tổ chức lễ ký kết thỏa ước lao động tập thể nhóm doanh nghiệp ngành may, với sự "
        "tham gia của 12 doanh nghiệp và 9.500 người lao động."
    )
    found = one(text)
    assert (found["label"], found["achieved"]) == ("thỏa ước lao động tập thể", 12)
    talk = "Hội thảo về thỏa ước nhóm diễn ra với sự tham gia của 40 doanh nghiệp."
    assert union_stats(talk) == []


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, LĐLĐ thành phố ký kết thỏa ước lao động tập thể nhóm giữa Công đoàn ngành Xây "
        "dựng và 11 doanh nghiệp xây lắp.",
        "Năm 2024, LĐLĐ thành phố ký thỏa ước nhóm cho 11 doanh nghiệp vận tải hành khách.",
        "Hải Phòng: 11 hãng xe khách ký thỏa ước lao động tập thể nhóm",
    ],
)
def test_the_companies_a_group_agreement_was_signed_with_or_for(text):
    found = one(text)
    assert (found["label"], found["achieved"]) == ("thỏa ước lao động tập thể", 11)


def test_introduced_to_a_party_cell():
    found = one("Năm 2026, Công đoàn Công ty giới thiệu 14 đoàn viên cho chi bộ xem xét.")
    assert (found["metric"], found["stage"], found["achieved"]) == (
        "dang_vien_gioi_thieu",
        "introduced",
        14,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2026, 120/131 doanh nghiệp có CĐCS đã thương lượng, ký kết thỏa ước lao động tập thể.",
        "Năm 2026, 120/131 doanh nghiệp ký mới hoặc sửa đổi, bổ sung thỏa ước lao động tập thể.",
    ],
)
def test_two_verbs_of_one_deed_across_a_comma(text):
    found = one(text)
    assert (found["label"], found["achieved"], found["target"]) == (
        "thỏa ước lao động tập thể",
        120,
        131,
    )


def test_a_share_and_a_count_joined_by_and_share_their_indicator():
    text = (
        "Năm 2026, 100% CĐCS khu vực nhà nước và 212 CĐCS doanh nghiệp ngoài nhà nước phối hợp "
        "tổ chức hội nghị người lao động."
    )
    found = [(f["label"], f["achieved"], f["percent"]) for f in union_stats(text)]
    assert found == [
        ("hội nghị người lao động", None, 100),
        ("hội nghị người lao động", 212, None),
    ]


def test_a_share_of_places_after_the_indicator_held_there():
    text = "Năm 2026, Công đoàn Tổng công ty tổ chức đối thoại định kỳ tại 100% đơn vị thành viên."
    found = one(text)
    assert (found["label"], found["percent"], found["percent_kind"]) == ("đối thoại", 100, "rate")


def test_papers_are_no_people_joining():
    assert union_stats("Tổ công tác mang theo 300 tờ đơn gia nhập công đoàn in sẵn.") == []
    found = one("Năm 2026, 40 tài xế công nghệ tự nguyện gia nhập công đoàn.")
    assert found["achieved"] == 40


def test_members_at_a_founding_dated_to_its_month():
    found = one("CĐCS Công ty TNHH Daeyang được thành lập tháng 4/2026 với 318 đoàn viên.")
    assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", 318)
    opening = one(
        "Thành lập tháng 5/2025 với 32 đoàn viên, Nghiệp đoàn bốc xếp nay đã có 60 người."
    )
    assert opening["achieved"] == 32
    # (a bare year is the union's history)
    history = "CĐCS Công ty May Sông Hồng được thành lập năm 1998 với 45 đoàn viên."
    assert union_stats(history) == []
    told_later = (
        "CĐCS Công ty Hòa Bình được thành lập tháng 3/2015 với 50 đoàn viên, đến năm 2026 đã có "
        "900 đoàn viên."
    )
    assert [f["achieved"] for f in union_stats(told_later)] == []


def test_members_at_a_founding_referred_back_to():
    # (the time of the founding referred back to, the union after its verb: probes355)
    found = one("Hồi tháng 3 công ty mới thành lập công đoàn, khi đó có 86 đoàn viên, nay là 140.")
    assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", 86)
    found = one("Tháng 3/2026, CĐCS Công ty Minh Anh được thành lập, lúc đó có 112 đoàn viên.")
    assert found["achieved"] == 112
    # (a founding of a year long past is the union's history, however its members are told)
    for history in (
        "CĐCS nhà trường được thành lập năm 1998, khi đó có 45 đoàn viên.",
        "CĐCS nhà trường được thành lập năm 1998, khi thành lập có 45 đoàn viên.",
        "Năm 2010 xã thành lập Hội Nông dân, khi đó có 86 hội viên.",
    ):
        assert union_stats(history) == [], history


def test_a_percent_past_words_glossed_in_brackets():
    text = "Năm 2026, 64 CĐCS ký kết mới TƯLĐTT (thỏa ước lao động tập thể), vượt 6,7% chỉ tiêu."
    found = one(text)
    assert (found["achieved"], found["percent"], found["percent_kind"]) == (
        64,
        6.7,
        "over_target",
    )


def test_more_people_said_to_be_admitted():
    found = one("Riêng quý I/2026, thêm 24 tài xế được kết nạp vào nghiệp đoàn.")
    assert found["achieved"] == 24
    assert union_stats("Năm 2026, có thêm 500 người lao động được tăng lương.") == []
    joined = one(
        "Năm 2026 có 1.120 CNLĐ tại các doanh nghiệp chưa có công đoàn đã tự nguyện gia nhập "
        "công đoàn."
    )
    assert joined["achieved"] == 1120
    # (more people into the union, with no verb of joining)
    assert one("Nhờ đó có thêm 125 công nhân vào tổ chức công đoàn.")["achieved"] == 125
    assert one("Sau đợt ra quân, có thêm 200 người lao động tham gia công đoàn.")["achieved"] == 200
    # (not into what the union does)
    assert (
        union_stats("Năm nay có thêm 500 người lao động tham gia Công đoàn tổ chức giải chạy.")
        == []
    )


def test_a_headlines_short_verb_of_founding():
    found = one("Lai Châu: Lập 5 công đoàn cơ sở ở các hợp tác xã")
    assert (found["metric"], found["achieved"]) == ("cdcs_thanh_lap", 5)
    assert union_stats("Cần độc lập 4 CĐCS trong việc này.") == []


def test_a_clause_of_its_own_past_another_count():
    text = (
        "Năm 2026, Đảng bộ Khối doanh nghiệp kết nạp được 3 đảng viên mới, có 5 quần chúng ưu tú "
        "là đoàn viên công đoàn đi học lớp cảm tình Đảng."
    )
    assert union_stats(text) == []


def test_agreements_in_force_are_no_deed():
    assert union_stats("Hiện 31/31 đơn vị thành viên đã có TƯLĐTT còn hiệu lực, đạt 100%.") == []


def test_a_sentence_opening_on_the_plan_is_planned():
    found = one("Theo kế hoạch, năm 2027 Công đoàn ngành mở 5 lớp tập huấn cho 600 lượt cán bộ.")
    assert (found["kind"], found["target"]) == ("plan", 600)
    # (the plan named mid-sentence is a yardstick)
    done = (
        "Năm 2026, Công đoàn ngành thành lập được 9/12 CĐCS theo kế hoạch, kết nạp 1.210 đoàn viên."
    )
    assert [(f["kind"], f["achieved"]) for f in union_stats(done)] == [
        ("result", 9),
        ("result", 1210),
    ]


@pytest.mark.parametrize(
    "text, metric, kind",
    [
        (
            "Đại hội đề ra mục tiêu: 100% công nhân mới tuyển dụng được kết nạp vào công đoàn.",
            "doan_vien_ket_nap",
            "plan",
        ),
        (
            "Năm 2027, Công đoàn phấn đấu kết nạp 95% lao động mới tuyển dụng.",
            "doan_vien_ket_nap",
            "plan",
        ),
        (
            "Năm 2026 phấn đấu 100% tổ trưởng, tổ phó công đoàn được tập huấn nghiệp vụ.",
            "can_bo_tap_huan",
            "plan",
        ),
    ],
)
def test_shares_of_the_hired_recruited_and_of_group_leaders_trained(text, metric, kind):
    found = one(text)
    assert (found["metric"], found["kind"], found["percent_kind"]) == (metric, kind, "rate")
    assert union_stats("Năm 2026, 100% tổ trưởng sản xuất được tập huấn an toàn lao động.") == []
    assert union_stats("Năm 2026 phấn đấu kết nạp 100% thanh niên mới tuyển dụng vào Đoàn.") == []


@pytest.mark.parametrize(
    "text, admitted",
    [
        (
            "Ngày 5/3/2026, Chi bộ Công ty May Hưng Yên tổ chức lễ kết nạp 7 đảng viên mới, trong "
            "đó 5 người do Công đoàn Công ty giới thiệu.",
            5,
        ),
        (
            "Năm 2026, Đảng bộ Công ty Changshin kết nạp 9 đảng viên mới, đều là đoàn viên ưu tú "
            "do Công đoàn Công ty giới thiệu.",
            9,
        ),
        (
            "Năm 2026, Đảng bộ bệnh viện kết nạp 11 đảng viên mới, trong đó có 6 đồng chí do Công "
            "đoàn và 5 đồng chí do Đoàn Thanh niên giới thiệu.",
            6,
        ),
    ],
)
def test_those_a_party_organ_admitted_whom_the_union_introduced(text, admitted):
    found = one(text)
    assert (found["metric"], found["stage"], found["achieved"]) == (
        "dang_vien_gioi_thieu",
        "admitted",
        admitted,
    )
    youth = (
        "Năm 2026, Chi bộ kết nạp 5 đảng viên mới, trong đó 3 người do Đoàn Thanh niên giới thiệu."
    )
    assert union_stats(youth) == []


def test_a_range_of_percents_with_its_sign_twice():
    found = one("Nhiệm kỳ 2018-2023, hằng năm có từ 85% đến 92% CĐCS được xếp loại vững mạnh.")
    assert (found["kind"], found["percent"]) == ("result", 85)
    planned = one("Nhiệm kỳ 2023-2028 phấn đấu hằng năm có từ 85% đến 92% CĐCS đạt vững mạnh.")
    assert (planned["kind"], planned["percent"]) == ("plan", 85)


def test_introduced_then_admitted_among_them():
    text = "Năm 2026, Công đoàn Công ty giới thiệu 11 đoàn viên, trong đó 8 người được kết nạp Đảng"
    found = [(f["stage"], f["achieved"]) for f in union_stats(text)]
    assert found == [("introduced", 11), ("admitted", 8)]
    youth = "Năm 2026, Đoàn trường giới thiệu 11 đoàn viên, trong đó 8 người được kết nạp Đảng."
    assert union_stats(youth) == []


def test_union_group_leaders_trained():
    found = one("Năm 2026, Công đoàn Công ty tập huấn cho 96 tổ trưởng, tổ phó công đoàn.")
    assert (found["metric"], found["achieved"]) == ("can_bo_tap_huan", 96)


def test_a_share_said_short_from_a_floor():
    text = (
        "Năm 2026, 100% CĐCS hoàn thành tốt nhiệm vụ trở lên, trong đó có từ 65% hoàn thành xuất "
        "sắc nhiệm vụ."
    )
    found = [(f["label"], f["percent"]) for f in union_stats(text)]
    assert found == [
        ("cđcs hoàn thành tốt nhiệm vụ", 100),
        ("cđcs hoàn thành xuất sắc nhiệm vụ", 65),
    ]


def test_a_bare_percent_of_the_plan_in_brackets_is_a_yardstick():
    text = (
        "Quý I/2026, Công đoàn KCN kết nạp 3.120 đoàn viên (48% kế hoạch năm) và thành lập 9 CĐCS."
    )
    assert [(f["kind"], f["achieved"]) for f in union_stats(text)] == [
        ("result", 3120),
        ("result", 9),
    ]


def test_the_percent_of_the_plan_for_founding_guilds():
    text = (
        "Năm 2026, LĐLĐ tỉnh thành lập mới 12 nghiệp đoàn nghề cá, kết nạp 940 đoàn viên, vượt 20% "
        "chỉ tiêu về thành lập nghiệp đoàn."
    )
    found = [(f["metric"], f["percent"]) for f in union_stats(text)]
    assert found == [("cdcs_thanh_lap", 20), ("doan_vien_ket_nap", None)]


def test_the_periods_running_total_after_its_last_part():
    text = (
        "Trong quý III/2026, LĐLĐ tỉnh kết nạp 1.850 đoàn viên, lũy kế 9 tháng đạt 5.020 đoàn "
        "viên, bằng 80,3% kế hoạch năm."
    )
    found = [(f["achieved"], f["percent"]) for f in union_stats(text)]
    assert found == [(1850, None), (5020, 80.3)]
    since_ever = "Năm 2026, LĐLĐ tỉnh thành lập 5 CĐCS, lũy kế từ khi tái lập tỉnh là 1.200 CĐCS."
    assert [f["achieved"] for f in union_stats(since_ever)] == [5]


def test_members_said_to_be_part_of_those_recruited_are_no_more():
    text = (
        "Quý I/2026, LĐLĐ tỉnh kết nạp mới 1.240 đoàn viên và thành lập mới 4 CĐCS, với 530 đoàn "
        "viên trong số đó thuộc các CĐCS mới."
    )
    assert [f["achieved"] for f in union_stats(text)] == [1240, 4]


def test_a_percent_past_how_many_times_last_years():
    found = one(
        "Năm 2026, LĐLĐ huyện kết nạp 2.400 đoàn viên, gấp đôi năm 2025 và vượt 20% chỉ tiêu."
    )
    assert (found["percent"], found["percent_kind"]) == (20, "over_target")


def test_the_content_of_a_dialogue_prepared_is_no_dialogue_held():
    text = "Năm 2026, LĐLĐ thành phố hỗ trợ 40 CĐCS chuẩn bị nội dung đối thoại."
    assert union_stats(text) == []


def test_the_next_union_of_a_list_of_ones_founded():
    text = (
        "Quý I/2026, Công đoàn phường đã thành lập Nghiệp đoàn xe ôm Bến Thành với 42 đoàn viên và "
        "Nghiệp đoàn bốc xếp chợ Bình Tây với 37 đoàn viên."
    )
    assert [f["achieved"] for f in union_stats(text)] == [42, 37]


def test_the_percent_of_the_plan_past_the_other_kind_of_union():
    text = "Năm 2026, toàn tỉnh thành lập được 46 CĐCS, nghiệp đoàn (đạt 115% kế hoạch)."
    found = one(text)
    assert (found["achieved"], found["percent"]) == (46, 115)


def test_what_was_reached_of_a_plan_just_named():
    text = (
        "Năm 2026, Công đoàn xã được giao chỉ tiêu kết nạp 900 đoàn viên; đến hết tháng 6 đã đạt "
        "612 đoàn viên, bằng 68%."
    )
    found = one(text)
    assert (found["kind"], found["achieved"], found["target"], found["percent"]) == (
        "result",
        612,
        900,
        68,
    )


def test_a_bare_percent_that_is_the_share_of_the_target_named_before():
    text = (
        "Chỉ tiêu kết nạp 2.000 đoàn viên mà Thành phố giao cho quận năm 2026, đến hết tháng 9, đã "
        "đạt 1.550 người, tương đương 77,5%."
    )
    found = one(text)
    assert (found["achieved"], found["target"], found["percent"], found["percent_kind"]) == (
        1550,
        2000,
        77.5,
        "of_target",
    )


def test_done_as_planned_is_done():
    text = (
        "Trong quý III, 100% CĐCS đã tổ chức đại hội, đảm bảo đúng kế hoạch đề ra; kết nạp 40 "
        "đoàn viên mới."
    )
    assert [(f["kind"], f["achieved"]) for f in union_stats(text)] == [
        ("result", None),
        ("result", 40),
    ]


def test_what_the_units_will_be_made_to_do_is_no_plan_of_theirs():
    # (a union's plan for others, and a pilot, are neither)
    text = "Công đoàn ngành sẽ chọn 2 công đoàn cơ sở tổ chức đại hội mẫu."
    assert union_stats(text) == []


def test_the_plans_percent_past_the_kind_of_units_founded():
    found = one(
        "Năm 2026, LĐLĐ tỉnh thành lập mới 64 công đoàn cơ sở, doanh nghiệp ngoài nhà nước, "
        "đạt 128% kế hoạch."
    )
    assert (found["achieved"], found["percent"], found["percent_kind"]) == (64, 128, "of_target")


@pytest.mark.parametrize(
    "text, members",
    [
        ("Công đoàn các KCN tỉnh ra mắt CĐCS Công ty TNHH Hanwha Vina 3 với 640 đoàn viên.", 640),
        ("Công đoàn Công ty Sông Đà 9 được thành lập, có 215 đoàn viên.", 215),
        # a year, a month or a count is no part of a name
        ("CĐCS Công ty Dệt Hà Đông được thành lập năm 1972 với 410 đoàn viên.", None),
        # (a month of this year, its year unsaid, is news: its members are recruited, as for a
        # founding dated to its month and year, CONVENTIONS.md; probes321)
        ("CĐCS Công ty Bình An được thành lập tháng 8 với 40 đoàn viên.", 40),
    ],
)
def test_a_number_in_the_name_of_a_union_founded(text, members):
    found = union_stats(text)
    assert [f["achieved"] for f in found if f["metric"] == "doan_vien_ket_nap"] == (
        [members] if members else []
    )


@pytest.mark.parametrize(
    "text, figures",
    [
        # the count done of a target said before, with no deed or noun of its own
        (
            "Chỉ tiêu năm 2025 là 600 đoàn viên, nhưng đến tháng 6 mới được khoảng 150 người.",
            [("result", "doan_vien_ket_nap", 150, 600)],
        ),
        # ... its percent of that target makes them one figure (CONVENTIONS.md)
        (
            "Huyện Tiên Lãng được giao 700 đoàn viên, 9 tháng đã làm được 455, tức 65% kế hoạch.",
            [("result", "doan_vien_ket_nap", 455, 700)],
        ),
        # ... the clause naming another target's noun is that target's
        (
            "Chỉ tiêu của quận là 2.000 đoàn viên và 12 CĐCS; đến nay đã kết nạp 1.640 đoàn "
            "viên, còn CĐCS thì mới được 7.",
            [("result", "cdcs_thanh_lap", 7, 12), ("result", "doan_vien_ket_nap", 1640, 2000)],
        ),
        # a count of something else, or a duration, is none
        (
            "Chỉ tiêu năm nay là 900 đoàn viên, hiện mới được 4 doanh nghiệp mời làm việc.",
            [("plan", "doan_vien_ket_nap", None, 900)],
        ),
        (
            "Huyện được giao chỉ tiêu 300 đoàn viên, đến nay đã được 5 năm.",
            [("plan", "doan_vien_ket_nap", None, 300)],
        ),
    ],
)
def test_what_was_done_of_a_target_said_short(text, figures):
    found = union_stats(text)
    assert sorted((f["kind"], f["metric"], f["achieved"], f["target"]) for f in found) == sorted(
        figures
    )


def test_a_targets_percent_said_after_what_was_done_of_it():
    found = union_stats(
        "Chỉ tiêu cả năm là 1.500 đoàn viên mới, thế nhưng đến cuối tháng 8 chúng tôi mới vận "
        "động được 1.020 người, khoảng 68% kế hoạch."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [(1020, 1500, 68)]


@pytest.mark.parametrize(
    "text, targets",
    [
        # a year before "là", and the next target of the list
        ("Chỉ tiêu năm 2026 là 4.200 đoàn viên và 30 CĐCS.", [4200, 30]),
        ("Chỉ tiêu tỉnh giao cho huyện năm 2025 là 1.100 đoàn viên mới.", [1100]),
        # a time and a body between the noun and its "là", the number alone
        ("Chỉ tiêu kết nạp đoàn viên năm 2026 của thị xã là 2.300.", [2300]),
    ],
)
def test_targets_named_past_a_year(text, targets):
    found = union_stats(text)
    assert [(f["kind"], f["target"]) for f in found] == [("plan", t) for t in targets]


def test_only_so_much_managed_after_a_plan_is_done():
    # (done, and of the year's goal set: a target of the period and what was done of it later in
    # the sentence are one figure, CONVENTIONS.md's line of 2026-12-02, as the annotated sentences
    # with "đặt mục tiêu" and a later result of its period read it (probes136, 259, 266, 298, 312,
    # 322, 323, 336, 392, 423, 435, 442; probes72's SYN72-050, written before that line, reads
    # them apart); this test read them apart too before the fourteenth part)
    text = (
        "Năm 2026, Công đoàn KCN đặt mục tiêu thành lập mới 12 CĐCS, kết nạp 4.000 đoàn viên; "
        "hết quý III mới thành lập được 7 CĐCS, kết nạp 2.950 đoàn viên."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in union_stats(text)] == [
        ("result", 7, 12),
        ("result", 2950, 4000),
    ]
    # (a plan for the coming year stays one of its own)
    text = "Năm 2025, Công đoàn KCN thành lập mới 11 CĐCS; năm 2026 phấn đấu thành lập mới 12 CĐCS."
    assert [(f["kind"], f["achieved"], f["target"]) for f in union_stats(text)] == [
        ("result", 11, None),
        ("plan", None, 12),
    ]


def test_a_request_received_is_no_plan_and_a_task_for_a_time_to_come_is():
    received = (
        "Quý I, LĐLĐ huyện tiếp nhận 31 đơn yêu cầu hỗ trợ pháp lý, thành lập 4 CĐCS với 260 "
        "đoàn viên."
    )
    assert [f["kind"] for f in union_stats(received)] == ["result", "result"]
    task = (
        "Nhiệm vụ quý IV là kết nạp ít nhất 700 đoàn viên, thành lập 5 CĐCS, giới thiệu 40 đoàn "
        "viên ưu tú cho Đảng."
    )
    assert [f["kind"] for f in union_stats(task)] == ["plan", "plan", "plan"]


@pytest.mark.parametrize(
    "text",
    [
        # past a part of them named ("trong đó có N … là …")
        "Năm 2025, công đoàn các cấp giới thiệu 512 đoàn viên ưu tú cho Đảng, trong đó có 140 "
        "người là nữ; 377 người đã được kết nạp.",
        # past a comparison with a year before
        "Số đoàn viên ưu tú được giới thiệu cho Đảng năm 2023 là 410 người, tăng 12% so với năm "
        "2022; số được kết nạp là 295 người.",
    ],
)
def test_those_admitted_of_the_introduced_past_an_aside(text):
    found = union_stats(text)
    assert [(f["metric"], f["stage"]) for f in found] == [
        ("dang_vien_gioi_thieu", "introduced"),
        ("dang_vien_gioi_thieu", "admitted"),
    ]


def test_the_totals_share_of_the_workforce_is_not_the_counts():
    found = one(
        "Năm 2024, LĐLĐ tỉnh kết nạp 9.400 đoàn viên, nâng tổng số đoàn viên lên 88.000 người, "
        "chiếm 61% tổng số lao động."
    )
    assert (found["achieved"], found["percent"]) == (9400, None)


def test_an_average_range_is_what_was_done():
    found = one("Trung bình mỗi quý, Công đoàn ngành kết nạp từ 200 đến 260 đoàn viên.")
    assert (found["kind"], found["achieved"]) == ("result", {"min": 200, "max": 260})


@pytest.mark.parametrize(
    "text",
    [
        # a rule's condition on the size of unions founded
        "Mức hỗ trợ 2 triệu đồng áp dụng cho CĐCS mới thành lập có từ 50 đoàn viên trở lên.",
        # a survey and a wish, not people who joined
        "Khảo sát 800 lao động cho thấy 71% muốn gia nhập công đoàn nếu được bảo vệ quyền lợi.",
        # those a company hires, past the deed's place
        "Đoàn viên mới tập trung ở KCN Phố Nối, nơi các doanh nghiệp tuyển mới hơn 1.000 lao "
        "động mỗi quý.",
        # the count's rise on a year before
        "So với năm 2023, số đoàn viên kết nạp tăng 640 người.",
    ],
)
def test_no_members_recruited_in(text):
    assert [f for f in union_stats(text) if f["metric"] == "doan_vien_ket_nap"] == []


def test_officials_trained_of_a_target_said_short():
    found = union_stats(
        "Năm 2025, Công đoàn ngành Y tế đặt chỉ tiêu tập huấn cho 1.200 lượt cán bộ công đoàn; "
        "hết quý II đã tập huấn được 530 lượt."
    )
    # (the period's target and what was done of it are one figure, CONVENTIONS.md)
    assert [(f["metric"], f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("can_bo_tap_huan", "result", 530, 1200),
    ]


@pytest.mark.parametrize(
    "text, label",
    [
        ("Năm 2025, các CĐCS tổ chức 87 hội nghị đối thoại tại nơi làm việc.", "đối thoại"),
        ("Các CĐCS đã phối hợp tổ chức 312 HNNLĐ.", "hội nghị người lao động"),
    ],
)
def test_conferences_and_dialogues_by_other_names(text, label):
    found = one(text)
    assert (found["metric"], found["label"]) == ("other", label)


def test_those_admitted_of_the_introduced_past_a_rise_in_people():
    found = union_stats(
        "Năm 2024, Công đoàn ngành giới thiệu 64 đoàn viên ưu tú cho Đảng, tăng 9 người so với "
        "năm 2023; có 41 người đã được kết nạp."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 64), ("admitted", 41)]


def test_a_count_with_a_time_of_its_own_past_a_semicolon_after_a_total():
    found = union_stats(
        "Đến hết năm 2025, toàn tỉnh có 1.940 CĐCS với 152.000 đoàn viên; riêng năm 2025, LĐLĐ "
        "tỉnh Hưng Yên thành lập 41 CĐCS, kết nạp 6.120 đoàn viên."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 41),
        ("doan_vien_ket_nap", 6120),
    ]


def test_the_size_of_the_companies_a_union_was_founded_in_is_no_count():
    found = one("Quý I, LĐLĐ quận thành lập 3 CĐCS tại các doanh nghiệp có trên 200 lao động.")
    assert (found["metric"], found["achieved"]) == ("cdcs_thanh_lap", 3)


def test_officials_at_a_contest_are_not_those_at_the_course_beside_it():
    found = union_stats(
        "Năm 2025, Công đoàn ngành tổ chức hội thi “Chủ tịch công đoàn cơ sở giỏi” với 240 lượt "
        "cán bộ tham gia, đồng thời mở 6 lớp tập huấn cho 510 cán bộ công đoàn."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [("can_bo_tap_huan", 510)]


@pytest.mark.parametrize(
    "text",
    [
        # an anniversary's founding
        "Nhân kỷ niệm 96 năm Ngày thành lập Công đoàn Việt Nam, LĐLĐ quận biểu dương 22 CĐCS và "
        "48 cán bộ công đoàn tiêu biểu.",
        # a stock's change
        "Đến nay, số đoàn viên của tỉnh tăng từ 98.000 người năm 2021 lên 120.500 người.",
    ],
)
def test_no_development_figure_in(text):
    assert union_stats(text) == []


@pytest.mark.parametrize(
    "text, targets",
    [
        ("Chỉ tiêu cả năm 2026 Tổng Liên đoàn giao cho Công đoàn ngành là 12 CĐCS.", [12]),
        ("Mục tiêu cả nhiệm kỳ là 9.000 đoàn viên mới.", [9000]),
        ("Năm tới, tỉnh dự kiến giao 8.500 đoàn viên cho các công đoàn cấp trên cơ sở.", [8500]),
    ],
)
def test_targets_named_or_to_be_assigned(text, targets):
    assert [(f["kind"], f["target"]) for f in union_stats(text)] == [("plan", t) for t in targets]


@pytest.mark.parametrize(
    "text, members",
    [
        (
            "Trong quý III, công đoàn công ty tổ chức 2 đợt kết nạp với tổng số 318 đoàn viên mới.",
            318,
        ),
        ("Công đoàn KCN Quế Võ trao thẻ cho 145 đoàn viên mới.", 145),
    ],
)
def test_new_members_an_admission_took_in_or_given_their_cards(text, members):
    found = one(text)
    assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", members)


def test_unions_and_members_founded_and_recruited_in_turn():
    found = union_stats(
        "Năm 2025, ngành ghi nhận 6 CĐCS tại các trường tư thục và 730 đoàn viên được thành lập, "
        "kết nạp mới."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 6),
        ("doan_vien_ket_nap", 730),
    ]


def test_officials_at_a_course_named_before_its_size():
    found = one(
        "Lớp dành cho cán bộ công đoàn cơ sở khu vực ngoài nhà nước, tổ chức tại TP Vinh, có 84 "
        "học viên."
    )
    assert (found["metric"], found["achieved"]) == ("can_bo_tap_huan", 84)


@pytest.mark.parametrize(
    "text, figure",
    [
        # the percent done of a target just named, no count of its own
        (
            "Chỉ tiêu năm 2025 của huyện là 1.800 đoàn viên; hết quý III mới đạt 64,5%.",
            ("result", None, 1800, 64.5, "of_target"),
        ),
        (
            "So với chỉ tiêu 3.000 đoàn viên tỉnh giao, Công đoàn KCN đã vượt 14%.",
            ("result", None, 3000, 14, "over_target"),
        ),
        # the count said as "con số", and its share of the target
        (
            "Chỉ tiêu năm nay là 5.000 đoàn viên, nhưng đến tháng 11 con số đã là 5.500 – tức vượt "
            "10%.",
            ("result", 5500, 5000, 10, "over_target"),
        ),
        # a plan's own percent stays the plan's
        (
            "Năm 2026, huyện phấn đấu kết nạp 900 đoàn viên, vượt 12,5% chỉ tiêu tỉnh giao.",
            ("plan", None, 900, 12.5, "over_target"),
        ),
    ],
)
def test_the_percent_done_of_a_target_named(text, figure):
    found = one(text)
    assert (
        found["kind"],
        found["achieved"],
        found["target"],
        found["percent"],
        found["percent_kind"],
    ) == figure


def test_a_percent_said_as_what_the_count_is():
    found = one(
        "“Chỉ tiêu năm nay là 1.600 đoàn viên, đến nay chúng tôi mới đạt 1.200 người, tức 75%”, "
        "ông Hải cho biết."
    )
    assert (found["achieved"], found["target"], found["percent"], found["percent_kind"]) == (
        1200,
        1600,
        75,
        "of_target",
    )


def test_the_plans_percent_past_places_counted_but_not_past_another_deed():
    places = one(
        "Năm 2025, LĐLĐ huyện kết nạp 412 đoàn viên tại 31 hộ kinh doanh, 2 hợp tác xã, vượt "
        "chỉ tiêu 3%."
    )
    assert (places["percent"], places["percent_kind"]) == (3, "over_target")
    found = union_stats(
        "Năm 2025, Công đoàn ngành thành lập 4 CĐCS tại các công ty tư nhân, phát triển 1.060 "
        "đoàn viên, đạt 106% kế hoạch."
    )
    assert [(f["metric"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", None),
        ("doan_vien_ket_nap", 106),
    ]


@pytest.mark.parametrize(
    "text, stages",
    [
        # the Party named elsewhere in the sentence
        (
            "Công tác phát triển Đảng trong công nhân có chuyển biến: giới thiệu 142 đoàn viên, có "
            "57 đoàn viên được kết nạp.",
            [("introduced", 142), ("admitted", 57)],
        ),
        # the tally of those admitted with its noun named
        (
            "Số đoàn viên ưu tú được giới thiệu cho Đảng: 96 người; số đoàn viên được kết nạp: 44 "
            "người.",
            [("introduced", 96), ("admitted", 44)],
        ),
        # a job found for them is no introduction
        ("Trong năm, Đảng ủy khối chỉ đạo công đoàn giới thiệu việc làm cho 35 đoàn viên.", []),
        # nor is a nomination for office
        (
            "Ban Thường vụ LĐLĐ tỉnh giới thiệu 2 đồng chí để Tỉnh ủy xem xét, bổ sung vào Ban "
            "Chấp hành Đảng bộ tỉnh.",
            [],
        ),
    ],
)
def test_introductions_to_the_party_and_those_admitted(text, stages):
    found = [f for f in union_stats(text) if f["metric"] == "dang_vien_gioi_thieu"]
    assert [(f["stage"], f["achieved"]) for f in found] == stages


def test_a_deed_managed_in_a_year_of_its_own_after_a_standing_target():
    found = union_stats(
        "Công ty giao cho công đoàn mỗi năm giới thiệu ít nhất 20 đoàn viên ưu tú cho Đảng, năm "
        "2025 công đoàn giới thiệu được 26 người."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("plan", None, 20),
        ("result", 26, None),
    ]


def test_a_floor_said_after_the_noun_is_a_target():
    found = one("c) Thành lập 8 CĐCS trở lên tại các doanh nghiệp có từ 25 lao động trở lên;")
    assert (found["kind"], found["target"]) == ("plan", 8)
    done = one("Năm 2025, LĐLĐ huyện đã thành lập được 9 CĐCS trở lên.")
    assert done["kind"] == "result"


def test_thousands_with_a_space_or_a_comma_before_a_count():
    found = union_stats("Năm 2024, Công đoàn KCN kết nạp 12 500 đoàn viên, thành lập 2,050 CĐCS.")
    assert [f["achieved"] for f in found] == [12500, 2050]


@pytest.mark.parametrize(
    "text",
    [
        # a programme's or a campaign's name in quotes
        "Công đoàn ngành sơ kết Chương trình “Phát triển 500 nghìn đoàn viên” giai đoạn 2024–2028.",
        "Hưởng ứng đợt cao điểm “90 ngày – 50 CĐCS”, LĐLĐ quận ra mắt tổ công tác.",
        # supposed, or only proposed
        "Giả sử mỗi CĐCS kết nạp thêm 10 người, toàn huyện sẽ có thêm 3.000 đoàn viên.",
        "LĐLĐ tỉnh kiến nghị giao chỉ tiêu thành lập 4 CĐCS mỗi năm cho mỗi công đoàn xã.",
        # companies with a union, against those there are
        "Thị xã hiện có 1.900 doanh nghiệp nhưng mới chỉ 230 doanh nghiệp đã thành lập CĐCS.",
    ],
)
def test_no_figure_in(text):
    assert union_stats(text) == []


def test_members_lost_beside_those_recruited_are_none():
    found = union_stats(
        "Năm 2025, Công đoàn ngành kết nạp 1.820 đoàn viên nhưng đồng thời giảm 2.400 đoàn viên do "
        "doanh nghiệp giải thể."
    )
    assert [f["achieved"] for f in found] == [1820]


@pytest.mark.parametrize(
    "text",
    [
        # other bodies' dialogues
        "Hội Nông dân huyện tổ chức 9 hội nghị đối thoại giữa nông dân với chính quyền xã.",
        "Chủ tịch UBND tỉnh tổ chức 3 hội nghị đối thoại với doanh nghiệp về thủ tục đầu tư.",
        # the lowest rating, said with "bị xếp loại"
        "Năm học qua, chỉ 3 CĐCS bị xếp loại không hoàn thành nhiệm vụ.",
        # an average done per unit
        "Trung bình mỗi CĐCS tổ chức 3 cuộc đối thoại mỗi năm.",
        # the state's dialogues with firms, the firms counted or the dialogues (probes360)
        "UBND tỉnh Long An vừa tổ chức hội nghị đối thoại với hơn 200 doanh nghiệp về thủ tục.",
        "UBND TP Hải Phòng đối thoại với 300 doanh nghiệp FDI",
        "Sở LĐ-TB&XH đã tổ chức 4 hội nghị đối thoại chính sách với 520 doanh nghiệp.",
        # model dialogues, as a model congress (probes362)
        "Năm 2025, Công đoàn các KCX sẽ tổ chức 30 cuộc đối thoại mẫu tại doanh nghiệp.",
        # a proposal of the means for a course (probes360)
        "LĐLĐ tỉnh kiến nghị UBND tỉnh bố trí 500 triệu đồng để đào tạo cho 300 cán bộ công đoàn.",
        # units that each reached a floor, so many of all or listed after others (probes362)
        "Đến nay, mới có 3/9 LĐLĐ quận, huyện kết nạp từ 400 đoàn viên trở lên.",
        "Có 12 LĐLĐ quận, huyện kết nạp từ 1.000 đoàn viên trở lên và 7 đơn vị thành lập từ 10 "
        "CĐCS trở lên.",
    ],
)
def test_no_indicator_in(text):
    assert union_stats(text) == []


def test_unions_gained_at_another_indicators_deed_are_not_founded():
    found = union_stats("Trong tháng 5, sẽ có thêm 21 CĐCS còn lại tiến hành đại hội.")
    assert [f["metric"] for f in found if f["metric"] == "cdcs_thanh_lap"] == []


def test_a_target_per_unit_stays_a_target():
    found = one("Năm 2026, phấn đấu bình quân mỗi CĐCS giới thiệu ít nhất 2 đoàn viên ưu tú.")
    assert (found["kind"], found["target"]) == ("plan", 2)


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn Thanh niên LĐLĐ tỉnh Quảng Trị kết nạp 35 đoàn viên mới",
        "Đoàn cơ sở LĐLĐ tỉnh tổ chức lễ kết nạp 28 đoàn viên mới là công nhân trẻ.",
    ],
)
def test_a_union_in_the_youth_unions_own_name_is_no_union(text):
    assert union_stats(text) == []


def test_what_was_done_past_targets_met_and_counted():
    found = one(
        "Năm 2025, Công đoàn ngành hoàn thành và vượt mức 11/13 chỉ tiêu Nghị quyết đại hội đề ra, "
        "trong đó kết nạp 1.320 đoàn viên mới."
    )
    assert (found["kind"], found["achieved"]) == ("result", 1320)


@pytest.mark.parametrize(
    "text, counts",
    [
        ("5 tháng, 214 đoàn viên", [("doan_vien_ket_nap", 214)]),
        (
            "9 tháng đầu năm: 7 CĐCS, 860 đoàn viên mới",
            [("cdcs_thanh_lap", 7), ("doan_vien_ket_nap", 860)],
        ),
        # a date is no time gone by: what there is may be meant
        ("Năm 2025: hơn 9,5 triệu đoàn viên", []),
    ],
)
def test_a_headline_of_what_a_time_brought(text, counts):
    assert [(f["metric"], f["achieved"]) for f in union_stats(text)] == counts


def test_a_target_naming_its_deed_of_introduction():
    found = one(
        "Năm 2025, chỉ tiêu giới thiệu là 120 đoàn viên nhưng các CĐCS đã giới thiệu được 138 "
        "đoàn viên ưu tú, vượt 15%."
    )
    assert (found["metric"], found["stage"], found["achieved"], found["target"]) == (
        "dang_vien_gioi_thieu",
        "introduced",
        138,
        120,
    )


def test_a_rating_said_after_its_assessment_with_a_comma():
    found = one("Năm 2024, có 412/460 CĐCS được đánh giá, xếp loại đạt vững mạnh, chiếm 89,6%.")
    assert (found["label"], found["achieved"], found["target"], found["percent"]) == (
        "cđcs vững mạnh",
        412,
        460,
        89.6,
    )


def test_the_share_of_one_count_past_its_indicators_listed():
    found = union_stats(
        "Toàn huyện có 218 CĐCS tổ chức hội nghị người lao động, hội nghị cán bộ, công chức, viên "
        "chức, chiếm 97% tổng số CĐCS."
    )
    assert [(f["label"], f["percent"]) for f in found] == [
        ("hội nghị người lao động", 97),
        ("hội nghị cán bộ công chức", 97),
    ]


@pytest.mark.parametrize(
    "text, count",
    [
        ("Năm 2024, các CĐCS đã ký mới và ký lại được 38 bản TƯLĐTT.", 38),
        ("Số doanh nghiệp tổ chức đối thoại định kỳ năm 2025 là 214 doanh nghiệp.", 214),
        ("Qua 41 cuộc đối thoại, 120 kiến nghị của người lao động đã được giải quyết.", 41),
    ],
)
def test_agreements_and_dialogues_in_other_wordings(text, count):
    found = one(text)
    assert (found["metric"], found["achieved"]) == ("other", count)


def test_members_of_unions_founded_past_a_place_named_with_a_number():
    found = union_stats(
        "Năm 2025, 6 CĐCS đã được thành lập tại các doanh nghiệp trong KCN Quế Võ 2, Yên Phong 1, "
        "với 940 đoàn viên."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 6),
        ("doan_vien_ket_nap", 940),
    ]


def test_a_plans_list_goes_on_past_a_semicolon_with_its_deeds():
    found = union_stats(
        "Năm 2026, LĐLĐ huyện được giao chỉ tiêu thành lập 12 CĐCS, kết nạp 1.400 đoàn viên; "
        "giới thiệu 60 đoàn viên ưu tú cho Đảng."
    )
    assert [f["kind"] for f in found] == ["plan", "plan", "plan"]
    # ... not past a clause that says something done
    done = union_stats(
        "Năm 2025, LĐLĐ huyện thành lập 5/6 CĐCS theo chỉ tiêu giao; giới thiệu 41 đoàn viên ưu tú "
        "cho Đảng."
    )
    assert [f["kind"] for f in done] == ["result", "result"]


@pytest.mark.parametrize(
    "text, joined",
    [
        ("Nghiệp đoàn bốc xếp ra mắt, có 63 lao động tự do gia nhập ngay trong buổi lễ.", 63),
        ("Tại lễ ra mắt Nghiệp đoàn, 28 tài xế đã gia nhập.", 28),
        # a wish, or the Party's or the Youth Union's
        ("Công đoàn KCN cho biết 300 công nhân muốn gia nhập.", None),
        ("Chi đoàn công ty có 40 thanh niên gia nhập trong năm.", None),
    ],
)
def test_those_who_joined_with_the_union_named_elsewhere_in_the_sentence(text, joined):
    found = [f["achieved"] for f in union_stats(text) if f["metric"] == "doan_vien_ket_nap"]
    assert found == ([joined] if joined else [])


def test_a_percent_after_only_so_much_managed():
    found = one("Chỉ tiêu năm nay là 900 đoàn viên mà đến giờ mới được 540, mới được 60% thôi.")
    assert (found["achieved"], found["target"], found["percent"]) == (540, 900, 60)


def test_a_total_of_the_new_ones_raised_with_its_percent_of_the_plan_is_the_count():
    found = union_stats(
        "Tháng 9, các CĐCS kết nạp thêm 215 đoàn viên, nâng tổng số đoàn viên kết nạp mới "
        "trong năm lên 3.140 người, đạt 104,6% kế hoạch."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(215, None), (3140, 104.6)]
    # ... with no percent of the plan it stays a total
    total = union_stats(
        "Tháng 9, các CĐCS kết nạp thêm 215 đoàn viên, nâng tổng số đoàn viên kết nạp mới "
        "trong năm lên 3.140 người."
    )
    assert [f["achieved"] for f in total] == [215]


def test_targets_assigned_by_a_body_named_and_what_was_done_of_them():
    found = union_stats(
        "Tỉnh giao 30 CĐCS và 2.000 đoàn viên; đến hết quý III, huyện đã thành lập 12 CĐCS và kết "
        "nạp 1.300 đoàn viên, lần lượt bằng 40% và 65% chỉ tiêu."
    )
    assert [(f["metric"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", 12, 30, 40),
        ("doan_vien_ket_nap", 1300, 2000, 65),
    ]
    said_to = union_stats(
        "Năm 2025, Tổng Liên đoàn giao cho LĐLĐ tỉnh 24.000 đoàn viên nhưng đến tháng 10 mới kết "
        "nạp được 15.600 đoàn viên."
    )
    assert [(f["achieved"], f["target"]) for f in said_to] == [(15600, 24000)]


@pytest.mark.parametrize(
    "text",
    [
        # workers put to a team, unions handed on
        "Công đoàn công ty giao 120 công nhân cho tổ may số 3.",
        "Công đoàn Cao su Việt Nam đã chuyển giao 14 CĐCS về Công đoàn các tỉnh.",
    ],
)
def test_no_target_assigned_in(text):
    assert union_stats(text) == []


def test_those_admitted_under_a_headline_of_the_unions_introductions():
    title = "Công đoàn các KCN Hưng Yên: 3 năm giới thiệu 540 công nhân ưu tú cho Đảng"
    found = union_stats("Đến cuối năm 2025, 318/540 người đã được kết nạp.", title=title)
    assert [(f["metric"], f["stage"], f["achieved"], f["target"]) for f in found] == [
        ("dang_vien_gioi_thieu", "admitted", 318, 540)
    ]
    # ... not those made union members by name, nor any with no such headline
    members = union_stats("Năm 2025, Công đoàn các KCN kết nạp 4.100 đoàn viên.", title=title)
    assert [(f["metric"], f["achieved"]) for f in members] == [("doan_vien_ket_nap", 4100)]
    assert union_stats("Đến cuối năm 2025, 318 người đã được kết nạp vào Đảng.") == []


@pytest.mark.parametrize(
    "text, admitted",
    [
        # admitted by Party organs named together, of those introduced before them
        (
            "Trong số 860 quần chúng ưu tú được giới thiệu, đã có 512 đồng chí được các chi bộ, "
            "đảng bộ kết nạp, chiếm 59,5% số được giới thiệu.",
            (512, None, 59.5),
        ),
        (
            "Năm 2025, Công đoàn ngành Xây dựng giới thiệu 214 đoàn viên ưu tú cho Đảng, trong "
            "đó 96 người làm việc tại công trường; 131 người đã được kết nạp.",
            (131, None, None),
        ),
        (
            "Năm qua, công đoàn giới thiệu 75 đoàn viên; có 48 đồng chí được kết nạp.",
            (48, None, None),
        ),
    ],
)
def test_those_admitted_of_the_ones_introduced_before_them(text, admitted):
    found = [f for f in union_stats(text) if f["stage"] == "admitted"]
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [admitted]
    assert all(f["metric"] == "dang_vien_gioi_thieu" for f in union_stats(text))


def test_comrades_made_union_members_stay_recruits():
    found = one(
        "Công đoàn trường đã tổ chức lễ kết nạp đoàn viên công đoàn cho 7 đồng chí giáo viên."
    )
    assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", 7)


def test_union_members_admitted_to_the_party_so_far_are_no_stock():
    found = one("Đến nay, đã có 52 đoàn viên công đoàn được kết nạp vào Đảng.")
    assert (found["metric"], found["stage"], found["achieved"]) == (
        "dang_vien_gioi_thieu",
        "admitted",
        52,
    )
    # ... while unions there are so far still are
    assert union_stats("Đến nay, đã có 62 công đoàn cơ sở được thành lập trên địa bàn.") == []


def test_admitted_by_party_cells_and_committees_said_short():
    found = union_stats(
        "Năm 2024, công đoàn giới thiệu 64 đoàn viên ưu tú cho Đảng; 41 người đã được các chi, "
        "đảng bộ cơ sở kết nạp."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 64), ("admitted", 41)]


def test_a_training_target_in_brackets_counted_in_attendances():
    found = one(
        "Năm 2025, LĐLĐ tỉnh đã tập huấn cho 6.120 lượt cán bộ CĐCS, đạt 76,5% kế hoạch năm "
        "(8.000 lượt)."
    )
    assert (found["achieved"], found["target"], found["percent"]) == (6120, 8000, 76.5)


def test_shares_listed_before_their_indicator_past_units_said_to_have_a_union():
    found = union_stats(
        "Có 91% doanh nghiệp nhà nước và 58,4% doanh nghiệp có tổ chức công đoàn ngoài nhà nước "
        "đã tổ chức đối thoại định kỳ."
    )
    assert [(f["metric"], f["percent"]) for f in found] == [("other", 91), ("other", 58.4)]


@pytest.mark.parametrize(
    "text, admitted",
    [
        # from the union's source, a Party organ the subject
        (
            "Năm 2024, từ nguồn đoàn viên do LĐLĐ huyện giới thiệu, các chi bộ, đảng bộ trong "
            "huyện đã kết nạp 86 đảng viên mới.",
            86,
        ),
        ("Từ nguồn do công đoàn giới thiệu, huyện có thêm 41 đảng viên mới là công nhân.", 41),
        # brought in by the union
        ("Ba năm qua, Công đoàn các KCN đã đưa được 214 công nhân vào Đảng.", 214),
        # a tally's clause opening on "được kết nạp" after those introduced
        ("Giới thiệu đoàn viên ưu tú cho Đảng: 96 người; được kết nạp: 58 người.", 58),
        # workers as their chairs call them
        (
            "“Năm nay chúng tôi giới thiệu được 12 anh chị em, đã có 7 người đứng vào hàng ngũ "
            "của Đảng”.",
            7,
        ),
    ],
)
def test_those_admitted_to_the_party_in_other_wordings(text, admitted):
    found = [f for f in union_stats(text) if f["stage"] == "admitted"]
    assert [(f["metric"], f["achieved"]) for f in found] == [("dang_vien_gioi_thieu", admitted)]


@pytest.mark.parametrize(
    "text",
    [
        # a Party organ's own, workers taken home
        "Năm 2024, các chi bộ, đảng bộ trong huyện đã kết nạp 86 đảng viên mới.",
        "LĐLĐ tỉnh đã đưa 1.500 công nhân về quê đón Tết bằng xe miễn phí.",
    ],
)
def test_no_party_admission_through_the_union_in(text):
    assert union_stats(text) == []


@pytest.mark.parametrize(
    "text, kind, percent, qualifier",
    [
        (
            "Năm 2026, LĐLĐ tỉnh đặt chỉ tiêu giới thiệu 1.800 đoàn viên ưu tú cho Đảng, phấn đấu "
            "có ít nhất 45% số được giới thiệu được kết nạp.",
            "plan",
            45,
            "ít nhất",
        ),
        (
            "Nhiệm kỳ 2023–2028 phấn đấu giới thiệu 400 đoàn viên ưu tú cho Đảng, 70% trở lên được "
            "kết nạp.",
            "plan",
            70,
            "trở lên",
        ),
    ],
)
def test_the_share_of_those_introduced_who_are_admitted(text, kind, percent, qualifier):
    found = union_stats(text)
    assert [(f["stage"], f["kind"]) for f in found] == [("introduced", kind), ("admitted", kind)]
    assert (found[1]["percent"], found[1]["percent_kind"]) == (percent, "rate")
    assert found[1]["qualifiers"] == {"percent": qualifier}


def test_units_said_to_have_a_union_before_their_indicator():
    found = one(
        "Năm 2025, 412/450 doanh nghiệp có tổ chức công đoàn trên địa bàn tỉnh đã tổ chức hội "
        "nghị người lao động, đạt 91,6%."
    )
    assert (found["label"], found["achieved"], found["target"], found["percent"]) == (
        "hội nghị người lao động",
        412,
        450,
        91.6,
    )
    # ... not those said to have none
    assert union_stats("Có 120 doanh nghiệp chưa có tổ chức công đoàn tổ chức đối thoại.") == []


def test_members_of_a_union_recognised_by_decision():
    found = one(
        "Sáng 8/4, LĐLĐ huyện trao quyết định công nhận CĐCS Công ty An Phát với 214 đoàn viên."
    )
    assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", 214)
    # ... a union rated is no founding
    assert union_stats("LĐLĐ tỉnh trao quyết định công nhận CĐCS vững mạnh cho 12 đơn vị.") == []


@pytest.mark.parametrize(
    "text, stage, percent",
    [
        ("Kết nạp Đảng cho đoàn viên công đoàn đạt 108% kế hoạch", "admitted", 108),
        ("Năm 2024, số đoàn viên được kết nạp Đảng vượt 12,5% so với chỉ tiêu.", "admitted", 12.5),
        ("Giới thiệu đảng viên từ công nhân vượt 15% chỉ tiêu", "introduced", 15),
    ],
)
def test_the_partys_progress_said_as_a_percent(text, stage, percent):
    found = one(text)
    assert (found["metric"], found["stage"], found["percent"]) == (
        "dang_vien_gioi_thieu",
        stage,
        percent,
    )


def test_a_party_committee_admitting_union_members_by_name():
    found = one("Năm 2024, Đảng ủy Khối Doanh nghiệp tỉnh đã kết nạp 52 đoàn viên công đoàn ưu tú.")
    assert (found["metric"], found["stage"], found["achieved"]) == (
        "dang_vien_gioi_thieu",
        "admitted",
        52,
    )
    # ... its own candidates are its own; a union it directs recruits union members
    assert union_stats("Năm 2024, Đảng ủy Công ty kết nạp 12 quần chúng ưu tú.") == []
    recruits = one("Đảng ủy Công ty chỉ đạo Công đoàn kết nạp 300 đoàn viên mới.")
    assert (recruits["metric"], recruits["achieved"]) == ("doan_vien_ket_nap", 300)


def test_those_admitted_after_an_introduction_with_the_party_unsaid():
    found = union_stats(
        "Năm 2024, các cấp công đoàn đã giới thiệu 846 người, đạt 105,8% kế hoạch, trong đó 391 "
        "người đã được kết nạp."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 846), ("admitted", 391)]
    # ... not those introduced into the union
    joined = union_stats(
        "Tổ công đoàn giới thiệu 50 người lao động tham gia công đoàn, trong đó 40 người đã được "
        "kết nạp."
    )
    assert all(f["metric"] != "dang_vien_gioi_thieu" for f in joined)


@pytest.mark.parametrize(
    "text, admitted",
    [
        # a Party organ's clause right after those the union introduced
        (
            "Năm 2025, Công đoàn Bệnh viện giới thiệu 48 đoàn viên ưu tú; Đảng ủy Bệnh viện đã kết "
            "nạp 31 đồng chí.",
            31,
        ),
        # admitted by a Party cell, said to be the union's by who introduced them
        (
            "Tại buổi lễ, 4 giáo viên được Chi bộ kết nạp, đều là đoàn viên do Công đoàn trường "
            "giới thiệu.",
            4,
        ),
        # from the union's source, a Party cell the subject
        ("Từ nguồn công đoàn giới thiệu, các chi bộ đã kết nạp 22 đồng chí.", 22),
        # people named by their trade
        ("Từ nguồn do Công đoàn giới thiệu, Đảng ủy Tổng công ty đã kết nạp 18 kỹ sư.", 18),
    ],
)
def test_those_admitted_by_party_organs_of_the_unions_people(text, admitted):
    found = [f for f in union_stats(text) if f["stage"] == "admitted"]
    assert [f["achieved"] for f in found] == [admitted]


@pytest.mark.parametrize(
    "text",
    [
        # made full members, their own members, their own candidates
        "Năm 2024, 37 đoàn viên công đoàn được kết nạp năm trước đã được công nhận đảng viên chính "
        "thức.",
        "Năm 2024, công đoàn giới thiệu 40 đoàn viên ưu tú cho Đảng; Chi bộ Công ty có 25 đảng "
        "viên.",
        "Năm 2024, 10 công nhân, kỹ sư ưu tú đã được Chi bộ kết nạp vào Đảng sau khi được chi bộ "
        "trực tiếp phát hiện, bồi dưỡng.",
    ],
)
def test_no_admission_through_the_union_in(text):
    assert [f for f in union_stats(text) if f["stage"] == "admitted"] == []


def test_a_share_said_of_the_count_referred_back_to():
    found = union_stats(
        "Năm 2025, các CĐCS đã giới thiệu 90 đoàn viên ưu tú cho Đảng, trong số đó 63 người đã "
        "được kết nạp, số này chiếm 70%."
    )
    assert [(f["stage"], f["achieved"], f["percent"]) for f in found] == [
        ("introduced", 90, None),
        ("admitted", 63, 70),
    ]


def test_a_draft_not_yet_adopted_sets_no_target():
    assert (
        union_stats(
            "Dự thảo Kế hoạch năm 2027, đang được lấy ý kiến, nêu phương án phát triển 18.000 đoàn "
            "viên."
        )
        == []
    )
    # ... a congress's draft report that sets an aim still does
    found = one("Dự thảo Báo cáo chính trị trình Đại hội đề ra mục tiêu kết nạp 30.000 đoàn viên.")
    assert (found["kind"], found["target"]) == ("plan", 30000)


@pytest.mark.parametrize(
    "text, admitted",
    [
        # Party members said to be union members
        ("Chi bộ Công ty May Hưng Yên kết nạp 6 đảng viên mới là đoàn viên công đoàn", 6),
        ("Qua đó, các cấp ủy trên địa bàn đã kết nạp 64 đảng viên là đoàn viên công đoàn.", 64),
        # a cell's ceremony for those the union introduced, said with "được"
        (
            "Ngày 3/2, Chi bộ Công ty tổ chức lễ kết nạp đảng viên cho 4 quần chúng ưu tú, đều là "
            "đoàn viên công đoàn được Công đoàn Công ty giới thiệu.",
            4,
        ),
    ],
)
def test_those_a_party_cell_admits_said_to_be_the_unions(text, admitted):
    found = [f for f in union_stats(text) if f["stage"] == "admitted"]
    assert [f["achieved"] for f in found] == [admitted]


def test_workers_a_party_committee_admits_are_its_own():
    assert union_stats("Năm 2024, Huyện ủy đã kết nạp 41 đảng viên mới là công nhân.") == []


def test_the_percent_of_an_introduction_to_party_cells_and_committees():
    found = one(
        "Năm 2019, LĐLĐ quận giới thiệu 312 đoàn viên công đoàn ưu tú cho các chi, đảng bộ cơ sở, "
        "đạt 104% chỉ tiêu Quận ủy giao."
    )
    assert (found["stage"], found["achieved"], found["percent"]) == ("introduced", 312, 104)


@pytest.mark.parametrize(
    "text, metric, achieved",
    [
        (
            "“Năm nay chúng tôi mới được 2.140 đoàn viên, còn thấp”, ông Tâm nói.",
            "doan_vien_ket_nap",
            2140,
        ),
        (
            "“Cả năm học chúng tôi mới làm được 3 công đoàn cơ sở”, ông Ân cho biết.",
            "cdcs_thanh_lap",
            3,
        ),
        (
            "“6 tháng anh em vẫn được hơn một nghìn đoàn viên”, ông Mến chia sẻ.",
            "doan_vien_ket_nap",
            1000,
        ),
    ],
)
def test_what_was_done_said_short_in_speech(text, metric, achieved):
    found = one(text)
    assert (found["metric"], found["kind"], found["achieved"]) == (metric, "result", achieved)


@pytest.mark.parametrize(
    "text",
    [
        # helped, took part
        "Năm nay, Công đoàn hỗ trợ được 300 đoàn viên có hoàn cảnh khó khăn.",
        "Năm nay chúng tôi được 300 đoàn viên tham gia hội thao.",
    ],
)
def test_nothing_done_said_short_in(text):
    assert union_stats(text) == []


def test_a_target_said_bare_after_what_was_done():
    found = one(
        "Cả năm được 286 đoàn viên, trong đó 150 ở khu vực ngoài nhà nước, chỉ tiêu giao là 250."
    )
    assert (found["achieved"], found["target"]) == (286, 250)
    # ... not next year's plan
    later = union_stats(
        "Năm 2024, huyện kết nạp 1.120 đoàn viên, kế hoạch năm 2025 là 1.300 đoàn viên."
    )
    assert [(f["achieved"], f["target"]) for f in later][0] == (1120, None)


def test_a_training_planned_with_lên_kế_hoạch():
    found = one("Năm 2025, đơn vị lên kế hoạch bồi dưỡng 1.200 lượt cán bộ công đoàn các cấp.")
    assert (found["metric"], found["kind"], found["target"]) == ("can_bo_tap_huan", "plan", 1200)


@pytest.mark.parametrize(
    "text",
    [
        # "một" of a likeness; members entered for a sports day
        "“Tôi không nghĩ một công nhân như mình lại được đứng vào hàng ngũ của Đảng”, chị Ngọc "
        "nói.",
        "“Hội thao năm nay được 900 đoàn viên ở 30 CĐCS đăng ký thi đấu”, bà Hương nói.",
    ],
)
def test_no_count_in(text):
    assert union_stats(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Luật cho phép lao động nước ngoài làm việc từ 12 tháng trở lên được gia nhập công đoàn.",
        "Người lao động từ đủ 18 tuổi trở lên được gia nhập công đoàn.",
    ],
)
def test_a_time_or_an_age_is_no_count_of_members(text):
    assert union_stats(text) == []


@pytest.mark.parametrize(
    "text, metric, counts",
    [
        (
            "Dẫn đầu về số lượng giới thiệu là Công đoàn các KCN với 96 người, tiếp đến Công đoàn "
            "ngành Giáo dục 52 người và LĐLĐ huyện Yên Phong 40 người.",
            "dang_vien_gioi_thieu",
            [96, 52, 40],
        ),
        (
            "Dẫn đầu là LĐLĐ thành phố với 58 đoàn viên được giới thiệu, tiếp theo là LĐLĐ huyện "
            "Tiên Du với 31 đoàn viên.",
            "dang_vien_gioi_thieu",
            [58, 31],
        ),
    ],
)
def test_rankings_of_introductions_and_their_next_items(text, metric, counts):
    found = union_stats(text)
    assert [(f["metric"], f["achieved"]) for f in found] == [(metric, c) for c in counts]
    # ... not of jobs found
    assert union_stats("Dẫn đầu về giới thiệu việc làm là Trung tâm Dịch vụ với 1.200 người.") == []


@pytest.mark.parametrize(
    "text, plan",
    [
        (
            "“Năm ngoái chúng tôi kết nạp được 1.800 đoàn viên, năm nay đặt mục tiêu 2.200”, "
            "ông Đạt nói.",
            2200,
        ),
        (
            "“Năm nay chúng tôi mới được 3.100 đoàn viên, sang năm phải cố gắng lên 4.000”, "
            "ông Tân nói.",
            4000,
        ),
    ],
)
def test_the_next_plan_said_short_inside_a_quote(text, plan):
    found = union_stats(text)
    assert [(f["kind"], f["target"]) for f in found][1] == ("plan", plan)


def test_a_share_past_units_said_to_have_a_union_and_their_place():
    found = one(
        "Hội nghị người lao động đã được tổ chức tại 51/56 doanh nghiệp có tổ chức công đoàn trên "
        "địa bàn huyện, chiếm 91,1%."
    )
    assert (found["achieved"], found["target"], found["percent"]) == (51, 56, 91.1)


def test_members_of_several_unions_named_at_their_launch():
    found = one(
        "Ngày 5/10, LĐLĐ thành phố tổ chức lễ ra mắt Nghiệp đoàn xe ôm phường Mỹ Long, Nghiệp đoàn "
        "bốc xếp phường Mỹ Phước và Nghiệp đoàn tiểu thương chợ Long Xuyên với 126 đoàn viên."
    )
    assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", 126)


@pytest.mark.parametrize(
    "text, fields",
    [
        # congresses the unions will hold are planned
        (
            "Theo kế hoạch, trong quý II, 640 công đoàn cơ sở thuộc LĐLĐ tỉnh sẽ tổ chức đại hội.",
            ("plan", None, 640, None),
        ),
        # dialogues counted in "lượt", with a percent over the plan
        (
            "Trong 9 tháng, các CĐCS trực thuộc tổ chức 212 lượt đối thoại, vượt 6% kế hoạch năm.",
            ("result", 212, None, 6),
        ),
        # units said to have a union in the middle of their words
        (
            "Quý I/2026, 58% doanh nghiệp ngoài nhà nước có tổ chức công đoàn thuộc Công đoàn Khu "
            "kinh tế đã tổ chức hội nghị người lao động.",
            ("result", None, None, 58),
        ),
    ],
)
def test_other_indicators_in_other_wordings(text, fields):
    found = one(text)
    assert (found["kind"], found["achieved"], found["target"], found["percent"]) == fields


@pytest.mark.parametrize(
    "text",
    [
        "LĐLĐ tỉnh trao thưởng cho 20 doanh nghiệp thực hiện tốt đối thoại và thỏa ước lao động.",
        "Năm 2024, 30 doanh nghiệp sẽ được khảo sát để ký thỏa ước lao động tập thể.",
        # prepared for, the deed after "chuẩn bị"
        "Công đoàn ngành Y tế đang chuẩn bị thương lượng, ký kết thỏa ước nhóm cho 7 bệnh viện "
        "tư nhân.",
        "Tháng tới, LĐLĐ quận chuẩn bị tổ chức đối thoại tại 15 doanh nghiệp may.",
    ],
)
def test_no_indicator_rewarded_or_surveyed_for(text):
    assert union_stats(text) == []


def test_a_deed_done_after_its_preparation_is_held():
    found = union_stats(
        "Sau hai tháng chuẩn bị, Công đoàn ngành Y tế đã ký kết thỏa ước nhóm cho 7 bệnh viện tư "
        "nhân."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [("thỏa ước lao động tập thể", 7)]


def test_a_magnitude_alone_after_a_qualifier():
    found = one("Riêng Công đoàn KCN Hòa Xá đã kết nạp hơn trăm đoàn viên trong quý III.")
    assert (found["achieved"], found["qualifiers"], found["text_span"]) == (
        100,
        {"achieved": "hơn"},
        "kết nạp hơn trăm đoàn viên",
    )


def test_a_share_said_first_before_the_x_of_y_it_is():
    found = union_stats("Đạt tỷ lệ 95%, có 57/60 CĐCS tổ chức hội nghị người lao động.")
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [(57, 60, 95)]
    # ... not one that is not its share
    other = union_stats("Đạt tỷ lệ 80%, có 57/60 CĐCS tổ chức hội nghị người lao động.")
    assert [f["percent"] for f in other] == [None]


@pytest.mark.parametrize(
    "text, admitted",
    [
        # a Party organ of the clause after those the union introduced
        (
            "Năm 2024, các CĐCS giới thiệu 48 đoàn viên ưu tú, đạt 96% kế hoạch; các đảng bộ doanh "
            "nghiệp đã kết nạp 27 người.",
            27,
        ),
        # a Party cell's ceremony the union holds with it
        (
            "Chiều 18/5, Đảng ủy Công ty phối hợp với Công đoàn Công ty tổ chức lễ kết nạp đảng "
            "viên mới cho 9 đoàn viên công đoàn ưu tú.",
            9,
        ),
        (
            "Đảng ủy các KCN phối hợp Công đoàn các KCN tổ chức lễ kết nạp đảng viên cho 14 công "
            "nhân ưu tú là đoàn viên công đoàn.",
            14,
        ),
    ],
)
def test_admissions_of_the_unions_people_by_party_organs_and_at_joint_ceremonies(text, admitted):
    found = [f for f in union_stats(text) if f["stage"] == "admitted"]
    assert [f["achieved"] for f in found] == [admitted]
    assert all(f["metric"] == "dang_vien_gioi_thieu" for f in union_stats(text))


def test_a_party_cells_own_ceremony_is_no_union_figure():
    text = "Chi bộ Công ty tổ chức lễ kết nạp Đảng cho 3 đoàn viên công đoàn ưu tú."
    assert union_stats(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a condition, no time of its own; companies preparing to sign
        "“Kết nạp 10 người thì mất 14 người, anh em cơ sở nản lắm”, một cán bộ chia sẻ.",
        "Hepza đang hướng dẫn 45 doanh nghiệp chuẩn bị thương lượng, ký kết thỏa ước lao động.",
    ],
)
def test_no_count_done_in(text):
    assert union_stats(text) == []


def test_a_comparison_of_times_with_thì_keeps_its_counts():
    found = union_stats("Năm 2023 LĐLĐ huyện kết nạp 500 đoàn viên thì năm 2024 đã lên 800 người.")
    assert found[0]["achieved"] == 500


def test_what_was_done_said_short_keeps_its_percent():
    found = one("“Năm ngoái cả tỉnh cũng chỉ được hơn 9.400 đoàn viên, đạt khoảng 78% chỉ tiêu”.")
    assert (found["achieved"], found["percent"], found["percent_kind"]) == (9400, 78, "of_target")


def test_the_count_done_of_a_target_after_its_own_deed_with_no_noun():
    found = one(
        "Tổng Liên đoàn giao chỉ tiêu 35.000 đoàn viên, đến nay LĐLĐ Thành phố đã kết nạp "
        "20.100, đạt 57,4%."
    )
    assert (found["kind"], found["achieved"], found["target"], found["percent"]) == (
        "result",
        20100,
        35000,
        57.4,
    )
    assert found["text_span"] == "kết nạp 20.100, đạt 57,4%"


@pytest.mark.parametrize(
    "text",
    [
        "Có 312 đoàn viên công đoàn đã được các tổ chức cơ sở đảng xem xét, kết nạp.",
        # the whole they are out of named first, with no number
        "Trong số đoàn viên được giới thiệu, có 312 người đã được các tổ chức đảng kết nạp.",
    ],
)
def test_union_members_admitted_by_the_party_organisations(text):
    found = one(text)
    assert (found["metric"], found["stage"], found["achieved"]) == (
        "dang_vien_gioi_thieu",
        "admitted",
        312,
    )


@pytest.mark.parametrize(
    "text, metric, achieved",
    [
        ("Năm 2024, Nghiệp đoàn chợ Đông Ba kết nạp 86 tiểu thương.", "doan_vien_ket_nap", 86),
        ("Đã có 47 thuyền viên gia nhập công đoàn trong năm 2025.", "doan_vien_ket_nap", 47),
        (
            "Công đoàn Bệnh viện đã giới thiệu 12 dược sĩ cho Đảng xem xét kết nạp.",
            "dang_vien_gioi_thieu",
            12,
        ),
    ],
)
def test_people_counted_by_their_trade(text, metric, achieved):
    found = one(text)
    assert (found["metric"], found["achieved"]) == (metric, achieved)


def test_gifts_to_people_of_a_trade_are_no_figure():
    assert union_stats("LĐLĐ huyện tặng 86 tiểu thương mỗi người một suất quà.") == []


def test_the_answer_to_a_question_about_the_plan_is_planned():
    found = union_stats(
        "PV: Mục tiêu của công đoàn tỉnh năm 2025 là gì? Ông Trần Văn B: Thành lập thêm 15 CĐCS, "
        "kết nạp 3.000 đoàn viên."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("plan", None, 15),
        ("plan", None, 3000),
    ]


def test_the_answer_to_a_question_about_how_the_plan_went_is_done():
    found = union_stats(
        "PV: Kết quả thực hiện kế hoạch năm qua thế nào? Ông A: Chúng tôi thành lập 20 CĐCS, kết "
        "nạp 1.500 đoàn viên."
    )
    assert [(f["kind"], f["achieved"]) for f in found] == [("result", 20), ("result", 1500)]


def test_another_indicators_new_is_no_founding_of_the_next_count():
    found = union_stats(
        "Trong năm, có 38 CĐCS ký mới thỏa ước và 51 CĐCS ký sửa đổi, bổ sung thỏa ước."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [("other", 38), ("other", 51)]


def test_a_rating_past_a_part_counted_is_the_parts_out_of_the_units_rated():
    found = one(
        "Năm 2021, LĐLĐ tỉnh Kon Tum đánh giá, xếp loại 468 CĐCS, trong đó 412 CĐCS đạt vững "
        "mạnh, chiếm 88%."
    )
    assert (found["label"], found["achieved"], found["target"], found["percent"]) == (
        "cđcs vững mạnh",
        412,
        468,
        88,
    )


def test_năm_in_words_before_a_joining_is_the_year():
    text = (
        "Năm 2016, chị Trang vào làm việc tại Công ty khi mới 21 tuổi, ngay năm đầu đã được kết "
        "nạp vào tổ chức công đoàn."
    )
    assert union_stats(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cô giáo Mai phát biểu: “Năm học 2022-2023, công đoàn trường đã giới thiệu 4 giáo viên trẻ "
        "cho Chi bộ, cả 4 đã được kết nạp”.",
        "Riêng năm 2023, Công đoàn Công ty giới thiệu 4 người, cả 4 đều đã được Chi bộ kết nạp.",
    ],
)
def test_all_of_those_introduced_admitted(text):
    found = union_stats(text)
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 4), ("admitted", 4)]
    assert found[1]["text_span"].startswith("cả 4")


def test_union_members_among_a_party_organs_new_members_are_admitted_through_the_union():
    found = one(
        "Theo Đảng ủy Khối Doanh nghiệp tỉnh Bình Dương, giai đoạn 2020-2024, toàn Đảng bộ Khối đã "
        "kết nạp 1.286 đảng viên mới, trong đó có 903 đoàn viên công đoàn ưu tú."
    )
    assert (found["stage"], found["achieved"]) == ("admitted", 903)


@pytest.mark.parametrize(
    "text",
    [
        # the Party's own finding of workers
        "Nghệ An: Phấn đấu mỗi năm kết nạp 1.000 đảng viên là công nhân",
        # a predicate of the subject's own between the verb and the count
        "Theo Chủ tịch Công đoàn Bệnh viện, mỗi đoàn viên được giới thiệu đều được phân công 1 "
        "đảng viên theo dõi, giúp đỡ.",
        # a bound, no count done
        "Một số huyện vùng cao mỗi năm chỉ giới thiệu được dưới 10 đoàn viên ưu tú cho Đảng.",
    ],
)
def test_no_party_figure_in(text):
    assert union_stats(text) == []


def test_workers_admitted_from_the_unions_source_stay_the_unions():
    found = one(
        "Năm 2012, từ nguồn giới thiệu của công đoàn, các đảng bộ trong Tập đoàn đã kết nạp 97 "
        "đảng viên mới là công nhân trực tiếp sản xuất."
    )
    assert (found["stage"], found["achieved"]) == ("admitted", 97)


def test_introductions_under_a_headline_of_the_unions_party_source():
    title = "Công đoàn Bệnh viện Đa khoa tỉnh: Điểm sáng trong tạo nguồn đảng viên"
    text = "Riêng năm 2024, Công đoàn đã giới thiệu 26 đoàn viên, trong đó có 18 bác sĩ trẻ."
    found = union_stats(text, title=title)
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 26)]
    assert union_stats(text) == []


def test_a_deeds_whole_right_after_its_verb_is_no_stock():
    found = one(
        "Năm 2024, LĐLĐ tỉnh giao chỉ tiêu cho các LĐLĐ huyện, thành phố và công đoàn ngành giới "
        "thiệu tổng cộng 330 đoàn viên ưu tú."
    )
    assert (found["kind"], found["target"]) == ("plan", 330)


@pytest.mark.parametrize(
    "text, kind, percent",
    [
        ("Tỷ lệ đoàn viên được kết nạp trên số được giới thiệu đạt gần 60%.", "result", 60),
        (
            "Nghị quyết Đại hội đặt chỉ tiêu phấn đấu 100% CĐCS giới thiệu được đoàn viên ưu tú "
            "cho Đảng, ít nhất 70% đoàn viên được giới thiệu được kết nạp.",
            "plan",
            70,
        ),
        (
            "Năm 2022, LĐLĐ quận phấn đấu giới thiệu 80 đoàn viên và tỷ lệ được kết nạp đạt trên "
            "65%.",
            "plan",
            65,
        ),
    ],
)
def test_the_share_admitted_of_those_introduced(text, kind, percent):
    found = [f for f in union_stats(text) if f["stage"] == "admitted"]
    assert [(f["kind"], f["percent"], f["percent_kind"]) for f in found] == [
        (kind, percent, "rate")
    ]


def test_a_share_of_recruits_is_no_party_share():
    assert union_stats("Tỷ lệ đoàn viên được kết nạp đạt 60%.") == []


def test_a_range_said_to_be_about_so_many_is_an_estimate_of_what_was_done():
    found = one(
        "Năm 2023, các CĐCS trong ngành giới thiệu khoảng 450 – 500 đoàn viên ưu tú cho Đảng."
    )
    assert (found["kind"], found["achieved"]) == ("result", {"min": 450, "max": 500})


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hưng Yên: 10 tháng – 5.100 đoàn viên (102%), 31 CĐCS (103%)",
            [("doan_vien_ket_nap", 5100, 102), ("cdcs_thanh_lap", 31, 103)],
        ),
        (
            "Cần Thơ 6 tháng đầu năm 2021: 14 CĐCS, 1.630 đoàn viên mới, 86 lớp tập huấn",
            [("cdcs_thanh_lap", 14, None), ("doan_vien_ket_nap", 1630, None)],
        ),
    ],
)
def test_headlines_of_what_a_time_brought_after_a_place(text, expected):
    found = union_stats(text)
    assert [(f["metric"], f["achieved"], f["percent"]) for f in found] == expected


def test_no_time_headline_of_gifts():
    assert union_stats("Hà Nội: 6 tháng, 300 suất quà cho đoàn viên") == []


def test_the_better_rating_of_a_part_of_the_unions_rated():
    found = union_stats(
        "Năm 2025, cả 128 CĐCS thuộc Công đoàn Ngành Y tế TP Hồ Chí Minh được xếp loại hoàn thành "
        "tốt nhiệm vụ trở lên, trong đó 97 đơn vị hoàn thành xuất sắc nhiệm vụ."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("cđcs hoàn thành tốt nhiệm vụ", 128),
        ("cđcs hoàn thành xuất sắc nhiệm vụ", 97),
    ]


def test_the_wholes_target_said_short_after_each_units():
    found = union_stats(
        "Năm 2023, mỗi công đoàn cấp trên cơ sở phấn đấu giới thiệu ít nhất 15 đoàn viên ưu tú, "
        "toàn tỉnh ít nhất 350 người."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 15), ("plan", 350)]


@pytest.mark.parametrize(
    "text, target",
    [
        ("Còn 62 CĐCS sẽ tổ chức đại hội trước ngày 30/6/2023.", 62),
        ("Theo kế hoạch, 812 CĐCS trực thuộc sẽ tiến hành đại hội nhiệm kỳ 2017–2022.", 812),
    ],
)
def test_congresses_the_unions_will_hold(text, target):
    found = one(text)
    assert (found["label"], found["kind"], found["target"]) == (
        "cđcs tổ chức đại hội",
        "plan",
        target,
    )


def test_dialogues_the_unions_took_part_in():
    found = union_stats(
        "Ngoài ra, các CĐCS còn tham gia 65 cuộc đối thoại đột xuất và 12 cuộc đối thoại theo yêu "
        "cầu của một bên."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [("đối thoại", 65), ("đối thoại", 12)]


def test_the_next_of_the_targets_a_body_assigned_is_met_by_its_result():
    found = union_stats(
        "Năm 2024, LĐLĐ TP Đà Nẵng được giao 25 CĐCS và 1.400 đoàn viên; kết quả đã thành lập 31 "
        "CĐCS, kết nạp 1.652 đoàn viên."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(31, 25), (1652, 1400)]


def test_companies_that_have_an_agreement_are_a_stock():
    text = (
        "Đến nay, tại các khu chế xuất, khu công nghiệp TP HCM có 1.043 doanh nghiệp có thỏa ước "
        "lao động tập thể, chiếm 71% số doanh nghiệp có tổ chức công đoàn."
    )
    assert union_stats(text) == []


def test_a_plan_said_with_có_kế_hoạch():
    found = one(
        "Năm 2022, LĐLĐ tỉnh Cà Mau có kế hoạch mở 12 lớp tập huấn cho khoảng 1.100 lượt cán bộ "
        "công đoàn các cấp."
    )
    assert (found["kind"], found["target"]) == ("plan", 1100)


def test_a_headline_of_introductions_past_a_count_with_its_thousands_dot():
    title = "Công đoàn ngành Giáo dục Thanh Hóa giới thiệu 1.150 đoàn viên cho Đảng"
    text = "Trong đó, công đoàn các trường mầm non giới thiệu 310 đoàn viên."
    found = union_stats(text, title=title)
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 310)]


def test_who_those_introduced_are_is_no_count_of_them():
    title = "Công đoàn ngành Y tế giới thiệu 93 đoàn viên cho Đảng"
    text = "Trong đó, 58/93 đoàn viên được giới thiệu là điều dưỡng, kỹ thuật viên, hộ lý."
    assert union_stats(text, title=title) == []


@pytest.mark.parametrize(
    "text, title, lead",
    [
        (
            "Đến hết tháng 11/2024, đã có 35 người trong số này được các chi bộ doanh nghiệp kết "
            "nạp vào Đảng.",
            "LĐLĐ huyện Yên Phong: 62 đoàn viên ưu tú được giới thiệu cho Đảng",
            None,
        ),
        (
            "Kết quả, 35 người đã được các chi bộ, đảng bộ cơ sở kết nạp vào Đảng.",
            "Huyện ủy Thuận Thành: Công đoàn là cầu nối đưa công nhân vào Đảng",
            "Năm 2024, các CĐCS trên địa bàn huyện đã giới thiệu 96 đoàn viên ưu tú cho Đảng.",
        ),
        (
            "Từ nguồn này, trong năm 2024 các tổ chức đảng của thành phố đã kết nạp 35 đảng viên "
            "mới.",
            "Thành ủy Đà Nẵng: 3 năm kết nạp 1.050 đảng viên là công nhân",
            "Đảng bộ thành phố đã kết nạp 1.050 đảng viên là công nhân lao động, trong đó 726 "
            "người từ nguồn đoàn viên do các cấp công đoàn giới thiệu.",
        ),
    ],
)
def test_party_organs_admissions_under_a_headline_or_sa_pô_of_the_unions_source(text, title, lead):
    found = union_stats(text, title=title, lead=lead)
    assert [(f["stage"], f["achieved"]) for f in found] == [("admitted", 35)]


def test_introduced_and_admitted_said_by_a_union_chair_under_its_party_source():
    found = union_stats(
        "“Từ năm 2020 đến nay, chúng tôi giới thiệu được 34 đoàn viên, Đảng ủy kết nạp được 22 "
        "người”, anh Việt nói.",
        title="Chủ tịch Công đoàn: “Giới thiệu cho Đảng những người giỏi nhất”",
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 34), ("admitted", 22)]


def test_party_members_who_are_union_members_among_a_party_organs_admissions():
    found = one(
        "9 tháng năm 2023, Đảng bộ Khối Doanh nghiệp tỉnh Hưng Yên kết nạp 94 đảng viên mới, trong "
        "đó có 71 đảng viên là đoàn viên công đoàn."
    )
    assert (found["stage"], found["achieved"]) == ("admitted", 71)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Năm ngoái mình thành lập được 26 cơ sở, nhưng năm nay đến giờ mới được 11, trong khi "
            "chỉ tiêu cả năm là 30.",
            # (this year's count said short, of the year's target after it, as its writer read it)
            [("cdcs_thanh_lap", 26, None), ("cdcs_thanh_lap", 11, 30)],
        ),
        (
            "Thành lập được 17 cơ sở, chỉ tiêu tỉnh giao 15, vượt hơn 13%.",
            [("cdcs_thanh_lap", 17, 15)],
        ),
        (
            "Tỉnh giao cho chúng tôi 8 cơ sở, đến giờ là tháng 10 thì làm được 9 cơ sở rồi.",
            [("cdcs_thanh_lap", 9, 8)],
        ),
    ],
)
def test_cơ_sở_as_union_chairs_say_it(text, expected):
    assert [(f["metric"], f["achieved"], f["target"]) for f in union_stats(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trên địa bàn có hơn 1.100 cơ sở lưu trú, phần lớn dưới 10 lao động.",
        "LĐLĐ huyện đã kiểm tra 30 cơ sở.",
    ],
)
def test_cơ_sở_of_other_places_is_no_union(text):
    assert union_stats(text) == []


def test_the_lowest_rating_listed_is_no_indicator():
    found = union_stats("Có 118 CĐCS đạt vững mạnh, 20 CĐCS khá, 3 CĐCS trung bình.")
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("cđcs vững mạnh", 118),
        ("cđcs khá", 20),
    ]


def test_what_was_made_of_a_target_needs_no_adverb():
    found = one("Tỉnh giao 7.000 đoàn viên, anh em làm được 7.850, tức là vượt hơn 12% kế hoạch.")
    assert (found["achieved"], found["target"], found["percent"], found["percent_kind"]) == (
        7850,
        7000,
        12,
        "over_target",
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "PV: Thưa ông, 6 tháng đầu năm toàn tỉnh kết nạp được bao nhiêu đoàn viên? – Ông Lê "
            "Văn Thành, Trưởng Ban Tổ chức LĐLĐ tỉnh: Được 3.710 người, mới đạt 41,2% chỉ tiêu "
            "năm.",
            [("doan_vien_ket_nap", "result", 3710, None, 41.2)],
        ),
        (
            "PV: Tỷ lệ CĐCS tổ chức đối thoại đạt bao nhiêu? – Ông Ngô Văn Bình: Cỡ 90%, còn mấy "
            "doanh nghiệp FDI nhỏ chưa làm.",
            [("other", "result", None, None, 90)],
        ),
        (
            "PV: Năm 2019, LĐLĐ thị xã được giao chỉ tiêu thành lập bao nhiêu CĐCS, thưa ông? – "
            "Ông Vũ Đình Tuấn: Tỉnh giao cho chúng tôi 8 cơ sở, đến giờ là tháng 10 thì làm được 9 "
            "cơ sở rồi.",
            [("cdcs_thanh_lap", "result", 9, 8, None)],
        ),
        (
            "Vậy chỉ tiêu năm 2024 là bao nhiêu? – 30.000 đoàn viên mới và 100 CĐCS, ông Lộc cho "
            "biết.",
            [
                ("doan_vien_ket_nap", "plan", None, 30000, None),
                ("cdcs_thanh_lap", "plan", None, 100, None),
            ],
        ),
    ],
)
def test_an_interviews_question_and_answer_in_one_line(text, expected):
    found = union_stats(text)
    assert [
        (f["metric"], f["kind"], f["achieved"], f["target"], f["percent"]) for f in found
    ] == expected
    assert all("?" not in f["text_span"] for f in found)


def test_those_admitted_said_after_the_answer_to_how_many_were_introduced():
    found = union_stats(
        "PV: Năm 2025, Công đoàn ngành Y tế giới thiệu bao nhiêu đoàn viên cho Đảng? – Bà Trần "
        "Thị Lan: 86 đoàn viên ưu tú, trong đó 51 người đã được kết nạp."
    )
    assert [(f["metric"], f["stage"], f["achieved"]) for f in found] == [
        ("dang_vien_gioi_thieu", "introduced", 86),
        ("dang_vien_gioi_thieu", "admitted", 51),
    ]


def test_a_question_that_states_its_own_target_keeps_it():
    found = one(
        "PV: Thưa ông, năm nay chỉ tiêu thành lập CĐCS của tỉnh là 50, đến nay đã thực hiện được "
        "bao nhiêu?"
    )
    assert (found["kind"], found["target"]) == ("plan", 50)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Được LĐLĐ tỉnh giao chỉ tiêu năm 2023 thành lập 8 CĐCS, kết nạp 2.000 đoàn viên, đến "
            "nay LĐLĐ huyện Đức Hòa đã thành lập 7 CĐCS, kết nạp 2.340 đoàn viên.",
            [(7, 8), (2340, 2000)],
        ),
        ("Tổng Liên đoàn giao chỉ tiêu 90 CĐCS, cả năm tỉnh thành lập được 96 CĐCS.", [(96, 90)]),
    ],
)
def test_targets_assigned_by_their_deeds_are_met_by_what_was_done(text, expected):
    found = union_stats(text)
    assert [(f["achieved"], f["target"]) for f in found] == expected
    assert all(f["kind"] == "result" for f in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        # (a target in words after "trong khi", probes345)
        (
            "– Về thành lập CĐCS, cả nhiệm kỳ làm được bốn mươi mốt công đoàn cơ sở, trong khi chỉ "
            "tiêu là năm mươi.",
            [("cdcs_thanh_lap", 41, 50)],
        ),
        (
            "– Cả nhiệm kỳ, kết nạp mới được khoảng mười hai nghìn người, trong khi chỉ tiêu chỉ "
            "là mười nghìn.",
            [("doan_vien_ket_nap", 12000, 10000)],
        ),
        # (past a bare target, or set against one, with no percent)
        (
            "Cũng trong năm, LĐLĐ tỉnh mở 42 lớp tập huấn cho 3.150 lượt cán bộ công đoàn cơ sở, "
            "vượt chỉ tiêu đề ra là 2.500 lượt.",
            [("can_bo_tap_huan", 3150, 2500)],
        ),
        (
            "“… nên nhiệm kỳ này kết nạp được 24.950 người, so với chỉ tiêu 20.000”, ông chia sẻ.",
            [("doan_vien_ket_nap", 24950, 20000)],
        ),
        # (what was reached of a bare target, "cơ sở" for the unions)
        (
            "– Chỉ tiêu giao là 14.500 đoàn viên, chúng tôi đạt 15.320.",
            [("doan_vien_ket_nap", 15320, 14500)],
        ),
        (
            "“Chỉ tiêu 20 cơ sở mà mới được 17, cũng vì nhiều doanh nghiệp nhỏ”, ông nói.",
            [("cdcs_thanh_lap", 17, 20)],
        ),
        # (two counts done of the two targets before them, in turn)
        (
            "“Kế hoạch năm là 3.000 đoàn viên, 10 CĐCS, chúng tôi làm được 3.450 và 14”, bà nói.",
            [("doan_vien_ket_nap", 3450, 3000), ("cdcs_thanh_lap", 14, 10)],
        ),
    ],
)
def test_targets_said_with_what_was_done_in_speech(text, expected):
    found = union_stats(text)
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == expected
    assert all(f["kind"] == "result" for f in found)


def test_a_percent_past_the_target_is_no_target():
    found = one("Năm 2024 kết nạp 1.200 đoàn viên, vượt chỉ tiêu 15%.")
    assert (found["target"], found["percent"], found["percent_kind"]) == (None, 15, "over_target")


def test_a_target_of_the_coming_year_set_against_a_count_is_not_its_target():
    found = one("Năm 2025 kết nạp được 1.200 đoàn viên, mà chỉ tiêu năm tới là 1.500.")
    assert (found["achieved"], found["target"]) == (1200, None)
    # nor one whose noun is another indicator's
    found = union_stats("Năm qua thành lập mới được 12 CĐCS, trong khi chỉ tiêu là 800 đoàn viên.")
    assert [(f["metric"], f["target"]) for f in found if f["kind"] == "result"] == [
        ("cdcs_thanh_lap", None)
    ]


def test_a_target_assigned_alone_is_still_a_target():
    found = one("LĐLĐ tỉnh giao chỉ tiêu thành lập được 90 CĐCS.")
    assert (found["kind"], found["target"]) == ("plan", 90)


def test_a_share_whose_indicator_is_said_before_it_ends_within_the_sentence():
    # (read past the sentence's end, and an IndexError, before probes132)
    text = "Công đoàn ngành Giao thông vận tải Hà Nội: Đối thoại ở 100% doanh nghiệp"
    found = one(text)
    assert (found["label"], found["percent"]) == ("đối thoại", 100)
    assert found["text_span"] in text


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Chỉ tiêu giao 25 công đoàn cơ sở mà chúng tôi mới làm được 21, tức là khoảng 84%.",
            (21, 25, 84),
        ),
        (
            "“Chúng tôi được giao 1.500 đoàn viên, làm được 1.350 là đạt 90%, còn quý IV chắc chắn "
            "vượt”, bà Nhi cho biết.",
            (1350, 1500, 90),
        ),
        (
            "Năm 2016 Công đoàn các khu công nghiệp tỉnh mới giới thiệu được 47 công nhân cho "
            "Đảng, thấp xa so với chỉ tiêu 120 người.",
            (47, 120, None),
        ),
        # ("làm được là", as people say it: a gap probes339 named)
        (
            "Chỉ tiêu Tỉnh giao năm nay là 3.000 đoàn viên, thì đến giờ chúng tôi làm được là "
            "2.450 rồi ạ.",
            (2450, 3000, None),
        ),
        # (the target set against it after "trong khi", probes339)
        (
            "Năm qua thành lập mới được 12 công đoàn cơ sở, trong khi chỉ tiêu chỉ là 8.",
            (12, 8, None),
        ),
    ],
)
def test_what_was_done_of_the_periods_target_said_short(text, expected):
    found = one(text)
    assert (found["kind"], found["achieved"], found["target"], found["percent"]) == (
        "result",
        *expected,
    )


def test_a_party_committees_ceremony_for_union_members_where_they_work():
    found = one(
        "Ngày 19/5/2018, Đảng ủy Khối Doanh nghiệp tỉnh Thái Nguyên tổ chức lễ kết nạp đảng viên "
        "mới cho 47 đoàn viên công đoàn ưu tú tại các doanh nghiệp trên địa bàn."
    )
    assert (found["stage"], found["achieved"]) == ("admitted", 47)
    # a cell's own ceremony stays its own
    own = "Chi bộ Công ty tổ chức lễ kết nạp Đảng cho 3 đoàn viên công đoàn ưu tú."
    assert union_stats(own) == []


def test_a_ratio_said_with_cứ_is_no_count():
    text = (
        "“Cứ 10 đoàn viên mình giới thiệu thì gần 5 người được kết nạp, tỷ lệ đó là rất đáng mừng”."
    )
    assert union_stats(text) == []


def test_what_a_condition_leads_to_is_no_count():
    assert (
        union_stats("“Kết nạp 10 người thì có tới 14 người nghỉ việc”, một chủ tịch chia sẻ.") == []
    )


def test_officials_trained_counted_as_people_against_their_target():
    found = one(
        "Được giao chỉ tiêu tập huấn 400 cán bộ, Công đoàn ngành Giáo dục tỉnh đã tập huấn được "
        "452 người, vượt 13% chỉ tiêu."
    )
    assert (found["metric"], found["achieved"], found["target"], found["percent"]) == (
        "can_bo_tap_huan",
        452,
        400,
        13,
    )


def test_the_target_compared_after_nhưng():
    found = union_stats(
        "9 tháng qua, tỉnh đã kết nạp 4.870 đoàn viên, nhưng so với chỉ tiêu 7.000 đoàn viên cả "
        "năm thì vẫn còn xa."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(4870, 7000)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Đến hết quý I/2023, Công đoàn các KCN tỉnh đã kết nạp được 1.450 đoàn viên, đạt chừng "
            "24% kế hoạch năm.",
            (1450, 24, {"percent": "chừng"}),
        ),
        (
            "Năm 2024 thì chỉ được tầm 320 đoàn viên thôi, vì đơn hàng ít.",
            (320, None, {"achieved": "tầm"}),
        ),
    ],
)
def test_the_hedges_of_speech(text, expected):
    found = one(text)
    assert (found["achieved"], found["percent"], found["qualifiers"]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Năm 2023 đơn vị được giao 7.000 đoàn viên và đã làm được 8.150, vượt hơn 16%.",
            (8150, 7000, 16),
        ),
        (
            "Về thành lập công đoàn cơ sở thì khó hơn, cả năm chỉ làm được 31 công đoàn, trong khi "
            "chỉ tiêu là 35, mới đạt gần 89%.",
            (31, 35, 89),
        ),
        (
            "“Quý I vừa rồi tụi tôi kết nạp được 86 bạn, chỉ tiêu cả năm là 200 người”.",
            (86, 200, None),
        ),
    ],
)
def test_targets_and_what_was_done_of_them_in_speech(text, expected):
    found = one(text)
    assert (found["achieved"], found["target"], found["percent"]) == expected


def test_a_condition_with_mà():
    assert union_stats("“Kết nạp 10 người mà mất 14 người thì rất đáng lo”, ông Lộc nói.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mô hình “Mỗi CĐCS giới thiệu 2 đoàn viên ưu tú mỗi năm” được triển khai tại 46 doanh "
        "nghiệp.",
        "Có doanh nghiệp hàng nghìn công nhân nhưng nhiều năm liền không có một đảng viên nào được "
        "kết nạp.",
        "“Em không nghĩ một công nhân may như em lại được đứng vào hàng ngũ của Đảng.”",
    ],
)
def test_no_count_in_a_models_name_nor_in_một_of_any(text):
    assert union_stats(text) == []


def test_introduced_then_admitted_by_a_party_cell_in_the_next_clause():
    found = union_stats(
        "Riêng năm 2024, Công đoàn Công ty giới thiệu 9 đoàn viên, Chi bộ đã kết nạp 6 người."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 9), ("admitted", 6)]


def test_what_was_done_said_short_after_a_plan_that_only_measures():
    found = union_stats(
        "Năm qua chúng tôi kết nạp được 8.650 đoàn viên, vượt 8% kế hoạch, làm được 31 công đoàn "
        "cơ sở ở doanh nghiệp ngoài nhà nước."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 8650),
        ("cdcs_thanh_lap", 31),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # (who did it, then a bare "được N": probes146, probes149)
        (
            "Năm nay Liên đoàn tỉnh giao 2.000 đoàn viên, chúng tôi được 1.640, đạt 82%.",
            (1640, 2000, 82),
        ),
        ("Chỉ tiêu năm 2022 là 900 đoàn viên; hết quý III cả huyện được 712.", (712, 900, None)),
        # (a plan named with "kế hoạch … là", and "con số đạt được là")
        (
            "Kế hoạch năm 2020 đặt ra là 150 đoàn viên; con số đạt được là 163 (108,7%).",
            (163, 150, 108.7),
        ),
        # (a range planned, and what was done of it)
        (
            "Năm 2023, LĐLĐ huyện đặt kế hoạch kết nạp 300–350 đoàn viên; hết tháng 9 đã kết nạp "
            "được 280 người.",
            (280, {"min": 300, "max": 350}, None),
        ),
    ],
)
def test_what_was_done_of_a_target_said_short_or_by_who_did_it(text, expected):
    found = one(text)
    assert (found["kind"], found["achieved"], found["target"], found["percent"]) == (
        "result",
        *expected,
    )


def test_a_plan_set_with_đặt_kế_hoạch():
    found = one("Năm 2026, Công đoàn ngành đặt kế hoạch bồi dưỡng cho 800 cán bộ công đoàn cơ sở.")
    assert (found["metric"], found["kind"], found["target"]) == ("can_bo_tap_huan", "plan", 800)


def test_a_plan_named_with_kế_hoạch_counts_members_by_name_only():
    # (people may be those the plan was to introduce to the Party)
    assert union_stats("Kế hoạch đầu năm là 250 người.") == []
    found = one("Kế hoạch năm 2018: 2.000 đoàn viên.")
    assert (found["kind"], found["target"]) == ("plan", 2000)


def test_percents_of_targets_named_by_their_deeds():
    found = union_stats(
        "Chỉ tiêu năm 2024 là 3.500 đoàn viên và 12 CĐCS; kết quả, thành lập đạt 125% và kết nạp "
        "đạt 96,3% kế hoạch."
    )
    assert [(f["metric"], f["kind"], f["target"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", "result", 3500, 96.3),
        ("cdcs_thanh_lap", "result", 12, 125),
    ]


def test_a_percent_over_the_plan_of_a_period():
    found = one("Năm 2023, Công đoàn Khu kinh tế kết nạp 4.480 đoàn viên, vượt kế hoạch năm 12%.")
    assert (found["percent"], found["percent_kind"]) == (12, "over_target")


def test_those_recruited_as_a_share_of_those_introduced_are_admitted_to_the_party():
    found = one("Đến nay, 57 đoàn viên đã được kết nạp, bằng 71,3% số được giới thiệu.")
    assert (found["metric"], found["stage"], found["percent"], found["percent_kind"]) == (
        "dang_vien_gioi_thieu",
        "admitted",
        71.3,
        "rate",
    )


def test_the_share_that_has_an_agreement_is_a_stock_one_planned_a_target():
    assert (
        union_stats(
            "Đến nay, 92% doanh nghiệp có tổ chức công đoàn đã có thỏa ước lao động tập thể."
        )
        == []
    )
    found = one("Phấn đấu đến năm 2027, 80% doanh nghiệp có thỏa ước lao động tập thể.")
    assert (found["label"], found["kind"], found["percent"]) == (
        "thỏa ước lao động tập thể",
        "plan",
        80,
    )


def test_a_share_of_companies_with_a_union_doing_something_is_no_founding():
    found = union_stats(
        "Đôn đốc để 100% doanh nghiệp có công đoàn hoàn thành đối thoại định kỳ trong quý II."
    )
    assert all(f["metric"] != "cdcs_thanh_lap" for f in found)


def test_unions_developed_before_a_rating_are_founded():
    found = union_stats(
        "Năm 2026, Công đoàn ngành phấn đấu kết nạp 800 đoàn viên, phát triển 5 CĐCS, 90% CĐCS đạt "
        "vững mạnh."
    )
    assert [(f["metric"], f["target"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", 800, None),
        ("cdcs_thanh_lap", 5, None),
        ("other", None, 90),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Về thỏa ước lao động tập thể, năm 2024 có 36 doanh nghiệp ký kết mới.", [36]),
        (
            "Trong năm, 21 doanh nghiệp ký mới và 9 doanh nghiệp ký lại TƯLĐTT đã hết hạn.",
            [21, 9],
        ),
        # (an agreement amended, which none signed)
        (
            "Về thỏa ước, có 40 doanh nghiệp ký kết mới, 12 doanh nghiệp sửa đổi, bổ sung thỏa "
            "ước.",
            [40],
        ),
        # (nor companies that signed something else, in a sentence naming no agreement)
        ("Có 30 doanh nghiệp ký kết mới hợp đồng với công đoàn về bữa ăn ca.", []),
    ],
)
def test_companies_that_signed_with_the_agreement_named_once(text, expected):
    found = union_stats(text)
    assert [f["achieved"] for f in found] == expected
    assert all(f["label"] == "thỏa ước lao động tập thể" for f in found)


def test_two_indicators_named_with_a_comma_before_where_they_were_held():
    found = union_stats(
        "Năm 2023, công đoàn các cấp phối hợp tổ chức hội nghị người lao động, đối thoại định kỳ "
        "tại 865 doanh nghiệp."
    )
    assert sorted((f["label"], f["achieved"]) for f in found) == [
        ("hội nghị người lao động", 865),
        ("đối thoại", 865),
    ]


def test_members_of_a_union_founded_on_a_day_named_are_recruited():
    found = one("Nghiệp đoàn Bốc xếp chợ Đầm được thành lập ngày 14/3/2025 với 52 thành viên.")
    assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", 52)
    # (a founding long past is the union's history)
    assert (
        union_stats(
            "Công đoàn Trường Tiểu học Kim Đồng được thành lập ngày 5/9/1998 với 12 đoàn viên."
        )
        == []
    )


def test_the_whole_the_union_introduced_then_those_admitted_of_them():
    found = union_stats(
        "Trong số 245 người công đoàn giới thiệu, đã có 171 người được kết nạp, tức khoảng 70%."
    )
    assert [(f["stage"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("introduced", 245, None, None),
        ("admitted", 171, None, 70),
    ]


def test_an_admitted_share_refers_back_past_a_semicolon_with_trong_đó():
    found = union_stats(
        "Năm 2027, phấn đấu giới thiệu 400 đoàn viên ưu tú cho Đảng; trong đó ít nhất 50% được kết "
        "nạp."
    )
    assert [(f["stage"], f["kind"], f["target"], f["percent"]) for f in found] == [
        ("introduced", "plan", 400, None),
        ("admitted", "plan", None, 50),
    ]


def test_a_month_named_before_a_count_said_short():
    found = one("Riêng tháng 10 đã được gần 900 đoàn viên.")
    assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", 900)


def test_a_percent_of_the_plan_past_a_span_of_months_and_its_target_in_brackets():
    found = one("Có 23 CĐCS được thành lập trong 6 tháng, mới đạt 46% kế hoạch năm (50 CĐCS).")
    assert (found["achieved"], found["target"], found["percent"]) == (23, 50, 46)


def test_what_was_done_of_a_target_said_with_thực_hiện_alone():
    found = one("Chỉ tiêu kết nạp đoàn viên năm 2023 là 1.500, thực hiện 1.620, vượt 8%.")
    assert (found["achieved"], found["target"], found["percent"]) == (1620, 1500, 8)


def test_a_plan_heading_of_a_quarter():
    found = union_stats("Kế hoạch quý III: thêm 4 CĐCS.")
    assert [(f["metric"], f["kind"], f["target"]) for f in found] == [("cdcs_thanh_lap", "plan", 4)]


def test_members_and_unions_recruited_and_founded_in_turn():
    found = union_stats("Trong quý I, 2.210 đoàn viên mới và 9 CĐCS đã được kết nạp, thành lập.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 2210),
        ("cdcs_thanh_lap", 9),
    ]


def test_those_told_of_their_right_to_join_did_not_join():
    assert union_stats("Hơn 12.000 công nhân được tìm hiểu về quyền gia nhập công đoàn.") == []


def test_respective_percents_of_the_other_indicators_are_shares():
    found = union_stats(
        "Có 210 doanh nghiệp tổ chức hội nghị người lao động, 190 doanh nghiệp tổ chức đối thoại "
        "định kỳ, đạt lần lượt 91,3% và 82,6% số doanh nghiệp có CĐCS."
    )
    assert [(f["achieved"], f["percent"], f["percent_kind"]) for f in found] == [
        (210, 91.3, "rate"),
        (190, 82.6, "rate"),
    ]


def test_the_units_rated_are_the_whole_of_each_ratings_part():
    found = union_stats(
        "Năm 2024, Công đoàn ngành đánh giá 88 CĐCS, có 70 CĐCS đạt vững mạnh, 15 CĐCS đạt khá."
    )
    assert [(f["label"], f["achieved"], f["target"]) for f in found] == [
        ("cđcs vững mạnh", 70, 88),
        ("cđcs khá", 15, 88),
    ]


def test_no_share_from_a_draft_not_adopted():
    assert (
        union_stats(
            "Dự thảo kế hoạch, chưa được thông qua, nêu phương án phấn đấu 80% doanh nghiệp tổ "
            "chức đối thoại định kỳ."
        )
        == []
    )


def test_agreements_counted_as_bản_with_the_agreement_named_once():
    found = union_stats(
        "Năm 2022, các CĐCS ký mới 33 bản và ký lại 47 bản thỏa ước lao động tập thể đã hết hạn."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("thỏa ước lao động tập thể", 33),
        ("thỏa ước lao động tập thể", 47),
    ]
    found = one("Về thỏa ước, năm 2021 ký mới được 44 bản, kế hoạch 50 bản, đạt 88%.")
    assert (found["achieved"], found["target"], found["percent"], found["percent_kind"]) == (
        44,
        50,
        88,
        "of_target",
    )


@pytest.mark.parametrize(
    "text",
    [
        # ("năm" is the year here, not five)
        "Mỗi năm công ty tổ chức đối thoại định kỳ 2 lần.",
        "Có 5/7 huyện hoàn thành chỉ tiêu kết nạp đoàn viên năm, 2 đơn vị còn lại đạt dưới 70%.",
        # (what a condition would lead to)
        "Kết nạp một người mà người ta bỏ đi thì cũng như không.",
        "Kết nạp 200 người mà năm sau 90 người bỏ thì không được.",
    ],
)
def test_no_count_of_năm_the_year_nor_of_a_condition(text):
    assert [f for f in union_stats(text) if f["achieved"] in (5, 1, 200, 90)] == []


def test_năm_before_its_noun_is_still_five():
    assert one("Trong tháng, công đoàn đã kết nạp năm đoàn viên mới.")["achieved"] == 5


def test_a_share_of_companies_with_a_union_that_must_hold_something_is_no_founding():
    found = union_stats(
        "Năm 2020, LĐLĐ đặt chỉ tiêu 90% doanh nghiệp có công đoàn phải tổ chức đối thoại định kỳ."
    )
    assert all(f["metric"] != "cdcs_thanh_lap" for f in found)


def test_unions_that_signed_with_the_agreement_named_after_another_verb():
    found = one("Năm 2025, có 64 CĐCS ký mới, ký lại thỏa ước lao động tập thể.")
    assert (found["label"], found["achieved"]) == ("thỏa ước lao động tập thể", 64)


def test_people_said_short_with_a_percent_of_the_plan_are_members():
    found = one("Năm nay chúng tôi được 1.240 người, đạt 62% kế hoạch năm.")
    assert (found["metric"], found["achieved"], found["percent"]) == ("doan_vien_ket_nap", 1240, 62)
    assert union_stats("Năm nay chúng tôi được 1.240 người đến dự.") == []


def test_a_stocks_new_level_and_a_counts_rise_are_no_counts_done():
    assert (
        union_stats("Số đoàn viên tăng từ 41.000 người đầu nhiệm kỳ lên 56.000 người hiện nay.")
        == []
    )
    assert (
        union_stats(
            "So với năm 2022, số đoàn viên được kết nạp trong khu công nghiệp tăng 310 người."
        )
        == []
    )


def test_those_admitted_said_with_the_bare_deed_after_those_introduced():
    found = union_stats(
        "Công đoàn Bệnh viện giới thiệu 12 người, kết nạp 9; Công đoàn Trường Cao đẳng giới thiệu "
        "6 người, kết nạp 4.",
        title="Công đoàn ngành Y tế giới thiệu đoàn viên ưu tú cho Đảng",
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [
        ("introduced", 12),
        ("admitted", 9),
        ("introduced", 6),
        ("admitted", 4),
    ]


def test_all_of_them_admitted_after_và():
    found = union_stats(
        "Năm 2023, Công đoàn Trường giới thiệu 4 đoàn viên và cả 4 đã được Chi bộ kết nạp."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 4), ("admitted", 4)]


def test_a_percent_of_a_target_named_by_its_noun_after_the_counts():
    found = union_stats(
        "Năm 2023, LĐLĐ huyện kết nạp 1.180 đoàn viên, thành lập 6 CĐCS, riêng chỉ tiêu đoàn viên "
        "vượt 18%."
    )
    assert [(f["metric"], f["achieved"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", 1180, 18),
        ("cdcs_thanh_lap", 6, None),
    ]


def test_a_range_planned_in_the_headline_does_not_stop_the_reading():
    # (a TypeError on the range's dict stopped the whole article, probes165)
    found = union_stats(
        "Trong nhiệm kỳ, ngành tổ chức 26 lớp tập huấn cho khoảng 2.100 lượt cán bộ công đoàn.",
        title="Công đoàn ngành Giao thông vận tải: Mỗi năm kết nạp 1.500–1.700 đoàn viên",
        lead="Nhiệm kỳ 2018–2023, Công đoàn ngành kết nạp hơn 8.100 đoàn viên.",
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [("can_bo_tap_huan", 2100)]


def test_no_headline_or_lead_of_the_annotated_sets_stops_a_reading():
    # every headline and sa-pô of the real and probe sets as the context of sentences that repeat,
    # count and plan (a context's range once stopped the reading, probes165)
    folder = Path(__file__).parent
    contexts = {
        (entry.get("context") or {}).get(part) or ""
        for path in [*folder.glob("unionstats/*.json"), *folder.glob("unionstats_probes/*.json")]
        for entry in json.loads(path.read_text(encoding="utf-8"))["sentences"]
        for part in ("title", "lead")
    }
    body = (
        "Đặc biệt, các cấp công đoàn thi đua kết nạp mới 1.500 đoàn viên. Năm 2024 đã thành lập "
        "12 CĐCS, kết nạp 1.700 đoàn viên, đạt 105% kế hoạch; giới thiệu 40 đoàn viên cho Đảng."
    )
    # (those with a number, a range among them, are the ones whose figures a sentence is read with)
    ranged = sorted(c for c in contexts if re.search(r"\d\s*(?:[-–—/]|đến|tới)\s*\d", c))
    assert len(ranged) > 50
    for context in ranged:
        assert isinstance(union_stats(body, title=context, lead=context), list)


def test_what_was_done_of_a_target_said_with_when():
    found = one("Kế hoạch năm 2024 là 6.000 đoàn viên, cuối năm được hơn 5.100, tức khoảng 85%.")
    assert (found["achieved"], found["target"], found["percent"]) == (5100, 6000, 85)


def test_no_indicator_from_what_companies_were_praised_for():
    assert (
        union_stats("Có 18 doanh nghiệp được khen thưởng vì tổ chức tốt hội nghị người lao động.")
        == []
    )


def test_agreements_a_condition_would_lead_to_are_none_signed():
    assert union_stats("Thỏa ước mà sơ sài thì ký 50 bản cũng không có ý nghĩa gì.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Giới thiệu cho Đảng: 24 đoàn viên ưu tú; được kết nạp: 15.", [24, 15]),
        (
            "Năm ngoái công đoàn giới thiệu sang Đảng 300 người, Đảng kết nạp 210, tỷ lệ 70%.",
            [300, 210],
        ),
    ],
)
def test_those_admitted_in_a_reports_fragment_or_by_the_party(text, expected):
    found = union_stats(text)
    assert [f["achieved"] for f in found] == expected
    assert [f["stage"] for f in found] == ["introduced", "admitted"]


def test_a_union_named_with_a_deed_of_its_own_is_no_next_of_a_ranking():
    found = union_stats(
        "Năm 2024, LĐLĐ huyện Ba Vì kết nạp 540 đoàn viên, LĐLĐ huyện cũng hỗ trợ 20 đoàn viên."
    )
    assert [f["achieved"] for f in found] == [540]


def test_a_ratings_share_in_brackets_before_it_and_units_under_a_heading_rating_unions():
    found = union_stats(
        "Năm 2024: 1.210 CĐCS (81,2%) đạt vững mạnh; 230 CĐCS (15,4%) xếp loại khá."
    )
    assert [(f["label"], f["achieved"], f["percent"]) for f in found] == [
        ("cđcs vững mạnh", 1210, 81.2),
        ("cđcs khá", 230, 15.4),
    ]
    found = one("Xếp loại CĐCS: 96 đơn vị hoàn thành xuất sắc nhiệm vụ.")
    assert (found["label"], found["achieved"]) == ("cđcs hoàn thành xuất sắc nhiệm vụ", 96)


def test_a_percent_of_the_plan_named_by_its_noun_alone():
    found = union_stats(
        "Năm 2022, LĐLĐ huyện Ba Vì thành lập 6 CĐCS, kết nạp 410 đoàn viên, đạt 150% chỉ tiêu "
        "về CĐCS."
    )
    assert [(f["metric"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", 150),
        ("doan_vien_ket_nap", None),
    ]
    found = union_stats(
        "Năm 2022, LĐLĐ huyện Ba Vì kết nạp 410 đoàn viên, thành lập 6 CĐCS, đạt 102,5% chỉ "
        "tiêu về đoàn viên và 150% chỉ tiêu về CĐCS."
    )
    assert [(f["metric"], f["percent"], f["percent_kind"]) for f in found] == [
        ("doan_vien_ket_nap", 102.5, "of_target"),
        ("cdcs_thanh_lap", 150, "of_target"),
    ]


def test_a_plan_in_shorthand_its_number_with_no_noun_after_the_verb():
    found = union_stats("Năm 2026, huyện phấn đấu kết nạp thêm 900, thành lập mới 7.")
    assert _read(found) == [
        ("doan_vien_ket_nap", "plan", None, 900),
        ("cdcs_thanh_lap", "plan", None, 7),
    ]
    # a year is no count, nor those the Party admitted of the introduced
    assert union_stats("Công đoàn công ty được thành lập 2015.") == []
    found = union_stats("Năm 2023, Công đoàn Sở Tư pháp giới thiệu 12 người, kết nạp 9.")
    assert "doan_vien_ket_nap" not in [f["metric"] for f in found]


def test_the_tasks_ahead_head_a_list_of_plans():
    found = union_stats(
        "Nhiệm vụ những tháng cuối năm: kết nạp thêm 300 đoàn viên; thành lập mới 2 CĐCS."
    )
    assert [f["kind"] for f in found] == ["plan", "plan"]


def test_ratings_listed_each_before_its_count_under_a_heading_rating_unions():
    found = union_stats(
        "Kết quả xếp loại công đoàn cơ sở năm 2025: vững mạnh 310 (chiếm 77,5%); khá 70 "
        "(17,5%); trung bình 20 (5%)."
    )
    assert [(f["label"], f["achieved"], f["percent"]) for f in found] == [
        ("cđcs vững mạnh", 310, 77.5),
        ("cđcs khá", 70, 17.5),
    ]
    found = union_stats(
        "Đánh giá, xếp loại CĐCS năm 2025: hoàn thành tốt nhiệm vụ (120 đơn vị), không hoàn thành "
        "nhiệm vụ (2 đơn vị)."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [("cđcs hoàn thành tốt nhiệm vụ", 120)]
    # no heading rating unions, no rating
    assert union_stats("Giải bóng đá: vững mạnh 3, khá 2.") == []
    # ... unless each count names its unions
    found = union_stats("Kết quả xếp loại năm 2025: vững mạnh 310 CĐCS (77,5%); khá 70 CĐCS.")
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("cđcs vững mạnh", 310),
        ("cđcs khá", 70),
    ]
    assert union_stats("Kết quả xếp loại năm 2025: vững mạnh 310; khá 70.") == []


@pytest.mark.parametrize(
    "text, percent",
    [
        ("Năm 2026, phấn đấu tỷ lệ CĐCS đạt vững mạnh trên 85%.", 85),
        ("Năm 2026, phấn đấu tỷ lệ CĐCS đạt vững mạnh từ 85% trở lên.", 85),
    ],
)
def test_a_share_named_before_its_percent_with_no_verb_or_a_floor(text, percent):
    found = one(text)
    assert (found["label"], found["kind"], found["percent"]) == ("cđcs vững mạnh", "plan", percent)


def test_the_percent_of_the_plan_after_who_they_are():
    found = one(
        "Năm 2025, Công đoàn trường giới thiệu 12 đoàn viên ưu tú là giáo viên trẻ, nhân viên "
        "văn phòng, đạt 120% chỉ tiêu."
    )
    assert (found["achieved"], found["percent"], found["percent_kind"]) == (12, 120, "of_target")


def test_the_whole_an_indicators_count_is_out_of_said_after_it():
    found = union_stats(
        "Năm 2025, có 230 doanh nghiệp tổ chức đối thoại định kỳ trên tổng số 310 doanh nghiệp có "
        "công đoàn, tức gần 74,2%."
    )
    assert [(f["label"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("đối thoại", 230, 310, 74.2)
    ]


def test_agreements_in_copies_against_the_target_named_before():
    found = one(
        "Năm 2023, Công đoàn các KCN được giao chỉ tiêu 40 thỏa ước lao động tập thể, đến nay "
        "đã ký được 31 bản, đạt 77,5%."
    )
    assert (found["achieved"], found["target"], found["percent_kind"]) == (31, 40, "of_target")


def test_those_the_party_admitted_of_the_unions_introduced_in_one_sentence():
    found = union_stats(
        "Năm 2025, Công đoàn ngành giới thiệu 64 đoàn viên ưu tú cho cấp ủy Đảng; từ nguồn này, "
        "các chi bộ đã kết nạp 41 đảng viên mới."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 64), ("admitted", 41)]
    found = one(
        "Năm 2025, từ số đoàn viên do công đoàn giới thiệu, các chi bộ đã kết nạp 41 đảng viên mới."
    )
    assert (found["stage"], found["achieved"]) == ("admitted", 41)
    # people said next, bare, and a floor planned
    found = union_stats(
        "Năm 2025, Công đoàn ngành giới thiệu 64 đoàn viên ưu tú cho Đảng, kết nạp được 41 người."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 64), ("admitted", 41)]
    found = union_stats(
        "Năm 2026, phấn đấu giới thiệu 80 đoàn viên ưu tú cho Đảng, kết nạp từ 50 người trở lên."
    )
    assert [(f["stage"], f["target"]) for f in found] == [("introduced", 80), ("admitted", 50)]


def test_a_plan_said_as_spoken_intent():
    found = union_stats("“Sang năm, chúng tôi tính kết nạp cỡ 2.000 người”, ông Tâm nói.")
    assert _read(found) == [("doan_vien_ket_nap", "plan", None, 2000)]
    found = union_stats("“Anh em quyết vận động thêm 50 tài xế vào nghiệp đoàn”, anh Lộc nói.")
    assert _read(found) == [("doan_vien_ket_nap", "plan", None, 50)]
    # a resolution founding a union is done
    found = union_stats("Hội nghị ra Nghị quyết thành lập CĐCS Công ty An Phát với 42 đoàn viên.")
    assert {f["kind"] for f in found} == {"result"}


def test_what_was_done_of_a_target_said_hedged_or_as_a_percent():
    found = one("“Chỉ tiêu năm nay là 3.000 đoàn viên, chúng tôi làm được tầm 2.700”, ông Hải nói.")
    assert (found["kind"], found["achieved"], found["target"]) == ("result", 2700, 3000)
    found = one("“Chỉ tiêu năm nay là 3.000 đoàn viên, mình mới được chừng 70%”, ông Hải nói.")
    assert (found["kind"], found["target"], found["percent"]) == ("result", 3000, 70)


def test_an_indicator_named_with_its_year_before_where_it_was_held():
    found = one("Đối thoại định kỳ năm 2024 được tổ chức tại 96/120 doanh nghiệp, đạt 80%.")
    assert (found["label"], found["achieved"], found["target"]) == ("đối thoại", 96, 120)


def test_members_of_an_inspection_committee_trained_and_how_many_there_are():
    found = one("Năm 2024, LĐLĐ tỉnh tập huấn cho 180 ủy viên ủy ban kiểm tra công đoàn cơ sở.")
    assert (found["metric"], found["achieved"]) == ("can_bo_tap_huan", 180)
    text = (
        "Sau đại hội, toàn tỉnh hiện có 1.950 ủy viên ủy ban kiểm tra CĐCS, phần lớn lần đầu "
        "tham gia lớp tập huấn."
    )
    assert union_stats(text) == []


def test_officials_trained_online_counted_with_their_noun_first():
    found = one(
        "Số lượt cán bộ công đoàn được tập huấn trực tuyến qua ứng dụng của Tổng Liên đoàn năm "
        "2025 đạt 61.000 lượt."
    )
    assert (found["metric"], found["achieved"]) == ("can_bo_tap_huan", 61000)


def test_dialogues_held_after_a_conference_named_without_a_count_or_said_done():
    found = one("Năm 2024, công ty tổ chức hội nghị người lao động và 6 cuộc đối thoại định kỳ.")
    assert (found["label"], found["achieved"]) == ("đối thoại", 6)
    found = one("“Năm ngoái chúng tôi làm được 320 cuộc đối thoại”, ông Tín nói.")
    assert (found["label"], found["achieved"]) == ("đối thoại", 320)
    # agreements amended after those signed are none signed (H13-048)
    text = "Có 16 thỏa ước được ký kết mới, 61 thỏa ước được điều chỉnh, sửa đổi, bổ sung."
    assert [f["achieved"] for f in union_stats(text)] == [16]


# Sentences read as a whole article: what the sentence before said decides them as it would
# for a reader, and it is never read wrong because of where the sentence stands.


def _read(found: list[dict]) -> list[tuple]:
    return [(f["metric"], f["kind"], f["achieved"], f["target"]) for f in found]


def test_a_plans_details_go_on_past_one_sentence():
    text = (
        "Cụ thể, kết nạp 4.200 đoàn viên công đoàn; thành lập công đoàn cơ sở tại 9 doanh nghiệp.\n"
        "Ngoài ra, tổ chức hội nghị người lao động tại 86 doanh nghiệp ngoài khu vực nhà nước."
    )
    found = union_stats(text, title="LĐLĐ tỉnh Bến Tre tập trung thực hiện 10 chỉ tiêu năm 2022")
    assert [f["kind"] for f in found] == ["plan", "plan", "plan"]
    # after what was done, the same sentence is done
    done = text.replace("Cụ thể, kết nạp", "Cụ thể, đã kết nạp").replace(
        "tại 9 doanh", "được 9 doanh"
    )
    assert [f["kind"] for f in union_stats(done)][-1] == "result"


def test_what_is_added_after_results_with_a_plan_at_their_end_is_done():
    text = (
        "Năm 2023, LĐLĐ huyện Mê Linh kết nạp 1.180/1.200 đoàn viên, đạt 98,3%; dự kiến quý I "
        "năm 2024 sẽ thành lập thêm 4 CĐCS.\n"
        "Bên cạnh đó, LĐLĐ huyện mở 3 lớp tập huấn cho 420 cán bộ công đoàn cơ sở."
    )
    assert _read(union_stats(text))[-1] == ("can_bo_tap_huan", "result", 420, None)
    # after plans only, it goes on with them
    planned = text.replace("kết nạp 1.180/1.200 đoàn viên, đạt 98,3%; dự kiến", "phấn đấu")
    assert _read(union_stats(planned))[-1] == ("can_bo_tap_huan", "plan", None, 420)


def test_a_list_of_targets_set_out_as_lines():
    text = (
        "Đại hội đã thông qua Nghị quyết với 10 chỉ tiêu chủ yếu.\n"
        "- Kết nạp mới 20.000 đoàn viên; thành lập 90 CĐCS trở lên.\n"
        "- Hằng năm có trên 85% CĐCS được xếp loại hoàn thành tốt nhiệm vụ trở lên.\n"
        "- Giới thiệu 1.500 đoàn viên ưu tú cho Đảng xem xét, kết nạp."
    )
    assert {f["kind"] for f in union_stats(text)} == {"plan"}
    # an interview's answer after its dash is no item of a list
    answer = (
        "Năm nay tỉnh được giao chỉ tiêu 30.000 đoàn viên, thấp hơn năm trước.\n"
        "– Năm 2023, tỉnh kết nạp được 21.000 đoàn viên nhưng số giảm cũng lớn."
    )
    assert _read(union_stats(answer))[-1] == ("doan_vien_ket_nap", "result", 21000, None)


def test_requirements_met_are_no_plan_for_the_next_sentence():
    text = (
        "Qua đó, 96% học viên đạt yêu cầu sau lớp học.\n"
        "Đồng thời, các cấp công đoàn kết nạp 905 đoàn viên, thành lập 4 CĐCS."
    )
    assert _read(union_stats(text)) == [
        ("doan_vien_ket_nap", "result", 905, None),
        ("cdcs_thanh_lap", "result", 4, None),
    ]
    # a directive is still one
    directive = text.replace("Qua đó, 96% học viên đạt yêu cầu sau lớp học.", "Tỉnh ủy yêu cầu:")
    assert {f["kind"] for f in union_stats(directive)} == {"plan"}


def test_so_many_done_after_the_targets_assigned():
    text = (
        "Thành phố giao LĐLĐ quận chỉ tiêu 900 đoàn viên và 6 CĐCS trong năm 2021.\n"
        "Trong đó, có 3 CĐCS được thành lập ở doanh nghiệp có vốn đầu tư nước ngoài."
    )
    assert _read(union_stats(text))[-1] == ("cdcs_thanh_lap", "result", 3, None)
    planned = text.replace("có 3 CĐCS được thành lập", "thành lập 3 CĐCS")
    assert _read(union_stats(planned))[-1] == ("cdcs_thanh_lap", "plan", None, 3)


def test_the_parts_of_what_was_done_after_a_running_total_opening():
    text = (
        "Đến hết ngày 30/9/2019, toàn tỉnh đã thành lập được 07 CĐCS, kết nạp mới 212 đoàn viên.\n"
        "Trong đó: LĐLĐ huyện Bảo Lạc thành lập 3 CĐCS với 95 đoàn viên; LĐLĐ huyện Hà Quảng "
        "thành lập 4 CĐCS, kết nạp 117 đoàn viên."
    )
    assert [(f["metric"], f["achieved"]) for f in union_stats(text)][2:] == [
        ("cdcs_thanh_lap", 3),
        ("doan_vien_ket_nap", 95),
        ("cdcs_thanh_lap", 4),
        ("doan_vien_ket_nap", 117),
    ]
    # after a stock, its parts are stocks too
    stock = text.replace("đã thành lập được 07 CĐCS, kết nạp mới 212 đoàn viên", "có 310 CĐCS")
    assert union_stats(stock) == []


def test_among_them_goes_on_with_the_last_thing_counted():
    text = (
        "6 tháng đầu năm, các LĐLĐ huyện trong Cụm giới thiệu 41 đoàn viên ưu tú cho Đảng, đạt "
        "82% kế hoạch năm; 88/104 CĐCS tổ chức hội nghị người lao động, đạt 84,6%.\n"
        "Trong đó, LĐLĐ huyện Kiến Thụy dẫn đầu Cụm với 164 đoàn viên mới được kết nạp, đạt 120% "
        "chỉ tiêu."
    )
    assert [(f["metric"], f["achieved"]) for f in union_stats(text)][-1] == (
        "doan_vien_ket_nap",
        164,
    )
    # after those admitted to the Party, those of them are admitted too
    party = (
        "Năm 2024, các cấp công đoàn giới thiệu 1.920 đoàn viên ưu tú cho Đảng; trong đó 980 "
        "đồng chí đã được kết nạp vào Đảng.\n"
        "Trong số đó, khối doanh nghiệp có 204 đoàn viên được kết nạp."
    )
    last = union_stats(party)[-1]
    assert (last["metric"], last["stage"], last["achieved"]) == (
        "dang_vien_gioi_thieu",
        "admitted",
        204,
    )


def test_another_organisations_officials_trained_in_a_union_article():
    text = (
        "Hội LHPN huyện đã mở 12 lớp tập huấn cho cán bộ Hội cơ sở; 100% cán bộ chuyên trách cấp "
        "xã được bồi dưỡng kỹ năng.\nLĐLĐ huyện cũng cử cán bộ công đoàn tham dự."
    )
    assert union_stats(text) == []
    union = "Năm 2024, 100% cán bộ công đoàn chuyên trách cấp xã được bồi dưỡng kỹ năng."
    assert [(f["metric"], f["percent"]) for f in union_stats(union)] == [("can_bo_tap_huan", 100)]


def test_what_a_share_of_units_must_do_is_planned():
    figure = one("Theo kế hoạch, 100% CĐCS phải tổ chức xong đại hội trước ngày 30/6/2027.")
    assert (figure["label"], figure["kind"], figure["percent"]) == (
        "cđcs tổ chức đại hội",
        "plan",
        100,
    )
    figure = one(
        "Đến hết quý I, 90% doanh nghiệp có công đoàn cần tổ chức hội nghị người lao động."
    )
    assert (figure["label"], figure["kind"], figure["percent"]) == (
        "hội nghị người lao động",
        "plan",
        90,
    )
    # a count of them that must is how many are due
    assert union_stats("Trong đó, 1.204 CĐCS phải tổ chức đại hội trong quý III.") == []


def test_a_target_named_with_who_assigned_it_to_whom():
    found = union_stats(
        "Chỉ tiêu LĐLĐ tỉnh Quảng Trị giao cho Công đoàn phường Đông Hà năm 2026 là 4 CĐCS và 260 "
        "đoàn viên."
    )
    assert [(f["metric"], f["kind"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", "plan", 4),
        ("doan_vien_ket_nap", "plan", 260),
    ]


def test_the_members_a_new_union_gathers():
    figure = one(
        "Ngày 3/4/2026, LĐLĐ huyện Tân Uyên tổ chức lễ ra mắt Nghiệp đoàn xe ba gác, quy tụ 38 "
        "thành viên."
    )
    assert (figure["metric"], figure["achieved"]) == ("doan_vien_ket_nap", 38)


def test_no_count_past_what_someone_says():
    assert (
        union_stats(
            "Chị Lê Thị Mai, công nhân Công ty TNHH Pouyuen, được kết nạp Đảng tháng 5/2024, chia "
            "sẻ chị luôn cố gắng giúp đỡ 25 công nhân trong chuyền."
        )
        == []
    )


def test_the_share_admitted_of_the_introduced_named_before_it():
    figure = one(
        "Trong số đoàn viên được giới thiệu, phấn đấu có ít nhất 60% được kết nạp vào Đảng."
    )
    assert (figure["stage"], figure["kind"], figure["percent"], figure["percent_kind"]) == (
        "admitted",
        "plan",
        60,
        "rate",
    )
    figure = one("Trong số đoàn viên ưu tú được giới thiệu, có 72% đã được kết nạp vào Đảng.")
    assert (figure["stage"], figure["kind"], figure["percent"]) == ("admitted", "result", 72)


def test_companies_to_be_persuaded_are_no_indicator_planned():
    text = (
        "Năm 2027, LĐLĐ tỉnh sẽ tiếp tục khảo sát, vận động khoảng 15 doanh nghiệp ngành dệt may "
        "tham gia thương lượng thỏa ước nhóm."
    )
    assert union_stats(text) == []


def test_hotels_sign_group_agreements():
    figure = one("Đà Nẵng: 9 khách sạn ký thỏa ước lao động tập thể nhóm")
    assert (figure["label"], figure["achieved"]) == ("thỏa ước lao động tập thể", 9)


def test_companies_that_only_promised_a_union_founded_none():
    assert union_stats("“Có 4 doanh nghiệp đã hứa thành lập công đoàn, rồi lại thôi”.") == []
    figure = one("Năm nay, có 4 doanh nghiệp đã thành lập công đoàn.")
    assert (figure["metric"], figure["achieved"]) == ("cdcs_thanh_lap", 4)


def test_units_listed_after_unions_rated_are_unions():
    found = union_stats(
        "Năm 2025, trong tổng số 940 công đoàn cơ sở được đánh giá, có 301 đơn vị hoàn thành xuất "
        "sắc nhiệm vụ, chiếm 32%; 512 đơn vị hoàn thành tốt nhiệm vụ, chiếm 54,5%; 40 đơn vị hoàn "
        "thành nhiệm vụ."
    )
    assert [(f["label"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("cđcs hoàn thành xuất sắc nhiệm vụ", 301, 940, 32),
        ("cđcs hoàn thành tốt nhiệm vụ", 512, 940, 54.5),
        ("cđcs hoàn thành nhiệm vụ", 40, None, None),
    ]


def _fields(found: list[dict]) -> list[tuple]:
    return [(f["metric"], f["kind"], f["achieved"], f["target"], f["percent"]) for f in found]


def test_breakdown_lines_count_what_the_headline_counted():
    title = "Quảng Ninh: 9 tháng, 38 CĐCS, 4.126 đoàn viên mới"
    assert _fields(
        union_stats("Riêng LĐLĐ TP Hạ Long: 12 CĐCS, 1.380 đoàn viên.", title=title)
    ) == [
        ("cdcs_thanh_lap", "result", 12, None, None),
        ("doan_vien_ket_nap", "result", 1380, None, None),
    ]
    # (a headline naming how development went, with no count of its own)
    line = "Hạng 1 – LĐLĐ huyện Trảng Bom: 3.420 đoàn viên (114% kế hoạch)."
    title = "Đồng Nai: Top 3 đơn vị dẫn đầu phát triển đoàn viên 9 tháng năm 2024"
    assert _fields(union_stats(line, title=title)) == [
        ("doan_vien_ket_nap", "result", 3420, None, 114)
    ]
    # (nothing counted or named before: the line alone says nothing of what was done)
    assert union_stats(line) == []
    assert union_stats(line, title="Đồng Nai công bố số liệu công đoàn năm 2024") == []


def test_breakdown_lines_go_on_with_the_sentence_before():
    text = (
        "Năm 2023, toàn tỉnh kết nạp 5.120 đoàn viên, thành lập 41 CĐCS. "
        "Kết quả cụ thể như sau:\n– LĐLĐ huyện Núi Thành: 7/5 CĐCS; 388 đoàn viên."
    )
    assert _fields(union_stats(text))[2:] == [
        ("cdcs_thanh_lap", "result", 7, 5, None),
        ("doan_vien_ket_nap", "result", 388, None, None),
    ]


def test_breakdown_shaped_lines_of_stocks_and_answers_count_nothing():
    title = "Quảng Ninh: 9 tháng, 38 CĐCS, 4.126 đoàn viên mới"
    assert union_stats("Toàn tỉnh hiện có: 1.210 CĐCS, 98.400 đoàn viên.", title=title) == []
    found = union_stats(
        "Đáp: 15.000 đoàn viên, và đến ngày 30/11 đã có 15.830 người được kết nạp, vượt 5,5%.",
        title=title,
    )
    assert [f["achieved"] for f in found] == [15830]


def test_a_target_in_brackets_is_its_own_indicators():
    found = union_stats(
        "LĐLĐ thị xã Điện Bàn thành lập 9 CĐCS, kết nạp 412 đoàn viên (chỉ tiêu 6 CĐCS)."
    )
    assert _fields(found) == [
        ("cdcs_thanh_lap", "result", 9, 6, None),
        ("doan_vien_ket_nap", "result", 412, None, None),
    ]


def test_members_of_each_union_under_a_headline_of_so_many_founded():
    title = "Trao quyết định thành lập 3 công đoàn cơ sở tại Khu công nghiệp Quang Châu"
    found = union_stats(
        "Cụ thể, CĐCS Công ty TNHH Fuhong Bắc Giang có 620 đoàn viên; CĐCS Công ty TNHH Wintek "
        "Việt Nam có 410 đoàn viên.",
        title=title,
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 620),
        ("doan_vien_ket_nap", 410),
    ]
    one_total = one("Các CĐCS mới có tổng cộng 1.875 đoàn viên.", title=title)
    assert one_total["achieved"] == 1875
    # (the companies they are in have their workers: no members)
    text = "Các CĐCS vừa ra mắt đều thuộc doanh nghiệp có từ 20 đến 150 lao động."
    assert union_stats(text, title=title) == []


def test_lines_of_targets_per_body_go_on_with_their_heading():
    text = (
        "Riêng trong Tháng cao điểm, toàn tỉnh phấn đấu kết nạp ít nhất 2.500 đoàn viên.\n"
        "Cụ thể, chỉ tiêu giao cho các đơn vị như sau:\n"
        "- Công đoàn Khu kinh tế tỉnh: kết nạp 1.200 đoàn viên, thành lập 6 CĐCS;\n"
        "- Công đoàn ngành Xây dựng: kết nạp 450 đoàn viên, thành lập 2 CĐCS."
    )
    assert [(f["kind"], f["target"]) for f in union_stats(text)][1:] == [
        ("plan", 1200),
        ("plan", 6),
        ("plan", 450),
        ("plan", 2),
    ]
    done = text.replace("Cụ thể, chỉ tiêu giao cho các đơn vị như sau:", "Kết quả cụ thể như sau:")
    assert [(f["kind"], f["achieved"]) for f in union_stats(done)][1:] == [
        ("result", 1200),
        ("result", 6),
        ("result", 450),
        ("result", 2),
    ]


def test_workers_who_wrote_an_application_of_their_own_are_not_recruited():
    text = "Sau các buổi tuyên truyền, có 1.350 công nhân viết đơn tự nguyện gia nhập công đoàn."
    assert union_stats(text) == []


def test_indicators_named_with_their_counts_in_brackets():
    found = union_stats(
        "Phát triển đoàn viên (1.204/2.000, đạt 60,2%) và thành lập CĐCS (6/10) là hai chỉ tiêu "
        "còn chậm."
    )
    assert _fields(found) == [
        ("doan_vien_ket_nap", "result", 1204, 2000, 60.2),
        ("cdcs_thanh_lap", "result", 6, 10, None),
    ]


def test_new_ones_said_once_for_the_list_in_words_too():
    found = union_stats("Hai mươi CĐCS, gần bốn nghìn đoàn viên mới – đó là kết quả cả năm.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 20),
        ("doan_vien_ket_nap", 4000),
    ]


def test_members_against_their_target_with_a_percent_of_plan_and_no_verb():
    found = one("Với 5.236/5.000 đoàn viên, đạt 104,7% kế hoạch, Phú Thọ dẫn đầu khối thi đua.")
    assert _fields([found]) == [("doan_vien_ket_nap", "result", 5236, 5000, 104.7)]
    # (what there is against a plan is a stock)
    assert union_stats("Toàn tỉnh hiện có 98.400/100.000 đoàn viên, đạt 98,4% kế hoạch.") == []
    # (or the target it was counted against named after it)
    against = one("Cả ngành đạt 12/15 CĐCS theo chỉ tiêu Công đoàn Việt Nam giao, bằng 80%.")
    assert _fields([against]) == [("cdcs_thanh_lap", "result", 12, 15, 80)]
    assert union_stats("Toàn huyện hiện có 1.850/2.000 đoàn viên theo kế hoạch năm.") == []


def test_half_of_the_plan_said_in_words_is_fifty_percent():
    found = one("Nghệ An: 6 tháng đầu năm mới đạt gần một nửa chỉ tiêu phát triển đoàn viên")
    assert (found["metric"], found["percent"], found["percent_kind"]) == (
        "doan_vien_ket_nap",
        50,
        "of_target",
    )
    assert found["qualifiers"] == {"percent": "gần"}
    # (less than half says no percent; nor does a half read off counts against their targets)
    less = one("Huyện mới kết nạp được 87 đoàn viên, chưa bằng một nửa chỉ tiêu được giao.")
    assert less["percent"] is None
    rough = union_stats("Quận thành lập 7/18 CĐCS theo chỉ tiêu, chỉ đạt hơn một nửa kế hoạch.")
    assert [f["percent"] for f in rough] == [None]
    assert one("Năm nay LĐLĐ tỉnh kết nạp 2 nghìn rưỡi đoàn viên.")["achieved"] == 2500


def test_a_place_tally_with_duoc():
    found = union_stats("LĐLĐ quận Bình Thủy năm 2022 lập được 5 CĐCS, LĐLĐ quận Ô Môn được 3.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 5),
        ("cdcs_thanh_lap", 3),
    ]


def test_union_officials_taught_the_work_of_party_development_are_trained():
    found = one(
        "Năm 2022, công đoàn đã tập huấn nghiệp vụ cho 150 cán bộ công đoàn cơ sở về công tác "
        "phát triển đảng viên."
    )
    assert (found["metric"], found["achieved"]) == ("can_bo_tap_huan", 150)
    # (a course on the Party itself is the Party's)
    text = "LĐLĐ tỉnh mở lớp bồi dưỡng nhận thức về Đảng cho 120 cán bộ công đoàn cơ sở."
    assert union_stats(text) == []


def test_members_recruited_to_a_date_are_the_periods_not_a_stock():
    found = union_stats(
        "Tính đến ngày 30/9/2025, toàn tỉnh đã kết nạp 2.615 đoàn viên, thành lập 19 CĐCS."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 2615),
        ("cdcs_thanh_lap", 19),
    ]
    # (unions founded to date with their members are how many there are)
    text = "Tính đến nay, toàn tỉnh đã thành lập được 1.632 CĐCS với 140.650 đoàn viên."
    assert union_stats(text) == []


def test_units_that_met_a_founding_target_are_no_count_founded():
    text = "Có 4 đơn vị vượt chỉ tiêu thành lập CĐCS là Việt Trì, Phù Ninh, Lâm Thao và Thanh Ba."
    assert union_stats(text) == []


def test_admitted_through_the_unions_introductions_said_qua_do():
    found = union_stats(
        "Năm 2024, Công đoàn Than – Khoáng sản Việt Nam giới thiệu 215 đoàn viên, qua đó các tổ "
        "chức đảng đã kết nạp 168 đảng viên mới."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 215), ("admitted", 168)]


def test_targets_assigned_to_a_body_named_then_what_it_did():
    found = union_stats(
        "LĐLĐ thành phố Hà Nội giao cho huyện 10 CĐCS và 1.500 đoàn viên; kết quả, huyện đã thành "
        "lập 12 CĐCS, kết nạp 1.640 đoàn viên."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", 12, 10),
        ("doan_vien_ket_nap", 1640, 1500),
    ]


def test_officials_at_courses_said_with_voi():
    found = one(
        "Công tác tập huấn cũng được chú trọng, với 18 lớp cho 1.260 lượt cán bộ công đoàn."
    )
    assert (found["metric"], found["achieved"]) == ("can_bo_tap_huan", 1260)


def test_indicators_fronted_with_a_date_or_as_dialogues():
    found = one("Số CĐCS hoàn thành đại hội trước ngày 31/3/2025 là 687 đơn vị, vượt 15% kế hoạch.")
    assert (found["label"], found["achieved"], found["percent"]) == (
        "cđcs tổ chức đại hội",
        687,
        15,
    )
    found = one(
        "Số cuộc đối thoại định kỳ tại nơi làm việc là 287 cuộc, tăng 35 cuộc so với cùng kỳ."
    )
    assert (found["label"], found["achieved"]) == ("đối thoại", 287)


def test_breakdowns_under_a_heading_of_results_or_of_targets():
    title = "Thái Bình kết nạp 4.407 đoàn viên"
    found = union_stats(
        "Kết quả cụ thể theo từng đơn vị: LĐLĐ huyện Quỳnh Phụ 812 đoàn viên; LĐLĐ huyện Thái Thụy "
        "760 đoàn viên.",
        title=title,
    )
    assert [(f["kind"], f["achieved"]) for f in found] == [("result", 812), ("result", 760)]
    # (a heading of targets needs no results before it)
    found = union_stats(
        "Chỉ tiêu giao cho từng đơn vị: thành phố Cà Mau 650 đoàn viên; huyện Năm Căn 180 đoàn "
        "viên."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 650), ("plan", 180)]
    # (nor a heading of what there is)
    text = (
        "Hiện có theo từng đơn vị: LĐLĐ huyện Quỳnh Phụ 8.120 đoàn viên; LĐLĐ huyện Tiền Hải 760."
    )
    assert union_stats(text, title=title) == []


def test_a_body_named_union_of_public_employees_is_a_body():
    found = one(
        "– Công đoàn Viên chức tỉnh: 412 đoàn viên (đạt 103%);",
        title="Tuyên Quang: Kết quả phát triển đoàn viên năm 2025 theo từng đơn vị",
    )
    assert (found["achieved"], found["percent"]) == (412, 103)


def test_a_count_named_as_the_result_of_its_deed():
    text = "4.126 đoàn viên là kết quả kết nạp mới của các cấp công đoàn thành phố trong năm 2022."
    assert _fields([one(text)]) == [("doan_vien_ket_nap", "result", 4126, None, None)]


def test_a_part_of_the_results_the_sapo_gave_is_no_plan_of_the_headline():
    found = one(
        "Trong đó, khu vực doanh nghiệp FDI kết nạp hơn 6.000 đoàn viên mới.",
        title="Công đoàn KKT Hải Phòng: năm 2025 về đích sớm, năm 2026 đặt mục tiêu cao hơn",
        lead="Năm 2025, Công đoàn KKT Hải Phòng kết nạp 8.215 đoàn viên, đều vượt kế hoạch.",
    )
    assert (found["kind"], found["achieved"]) == ("result", 6000)


def test_members_as_a_target_are_those_the_deed_after_it_counts():
    found = union_stats(
        "Được giao chỉ tiêu 150 đoàn viên, công đoàn các đơn vị đã giới thiệu 187 người; Đảng ủy "
        "Bệnh viện Đa khoa tỉnh đã kết nạp 35 đồng chí."
    )
    assert [(f["stage"], f["achieved"], f["target"]) for f in found] == [
        ("introduced", 187, 150),
        ("admitted", 35, None),
    ]


def test_admissions_planned_of_the_introduced_after_trong_do():
    found = union_stats(
        "Năm 2021, LĐLĐ quận phấn đấu giới thiệu 50 đoàn viên ưu tú cho Đảng, trong đó kết nạp ít "
        "nhất 35 người."
    )
    assert [(f["stage"], f["kind"], f["target"]) for f in found] == [
        ("introduced", "plan", 50),
        ("admitted", "plan", 35),
    ]


def test_ngot_is_nearly():
    found = one(
        "“Năm nay tỉnh được giao 8.000 đoàn viên, đến giờ anh em làm được ngót 7.800 người”."
    )
    assert (found["achieved"], found["target"], found["qualifiers"]) == (
        7800,
        8000,
        {"achieved": "ngót"},
    )


def test_agreements_in_copies_against_a_target_in_a_clause_before():
    found = one(
        "Chỉ tiêu năm 2022 là 30 bản thỏa ước; đến hết tháng 9, Công đoàn Khu kinh tế đã hướng dẫn "
        "ký được 28 bản, đạt 93,3%."
    )
    assert (found["achieved"], found["target"], found["percent"]) == (28, 30, 93.3)


def test_a_target_said_bare_before_what_was_done_of_it():
    found = one("Về thành lập CĐCS, kế hoạch năm là 25 đơn vị, đến nay thành lập được 11, đạt 44%.")
    assert _fields([found]) == [("cdcs_thanh_lap", "result", 11, 25, 44)]
    # (a hedged percent is near the ratio, not on it)
    found = one(
        "Theo ông Hưng, kế hoạch năm 2021 là 50.000 đoàn viên, nhưng thành phố chỉ làm được hơn "
        "31.000, tức chừng 60%."
    )
    assert _fields([found]) == [("doan_vien_ket_nap", "result", 31000, 50000, 60)]
    # (a percent that is not the count's share of it keeps the target apart)
    found = one("Về thành lập CĐCS, kế hoạch năm là 25 đơn vị, đến nay thành lập được 11, đạt 60%.")
    assert found["target"] is None


def test_breakdown_lines_under_targets_are_targets():
    found = union_stats(
        "Cụ thể: Công đoàn các KCN: 9.500 đoàn viên, 30 CĐCS; LĐLĐ TP Bắc Ninh: 1.200 đoàn viên.",
        title="LĐLĐ tỉnh Bắc Ninh giao chỉ tiêu phát triển đoàn viên năm 2025",
        lead="Năm 2025, LĐLĐ tỉnh Bắc Ninh phấn đấu kết nạp 15.000 đoàn viên, thành lập 50 CĐCS.",
    )
    assert [(f["kind"], f["target"]) for f in found] == [
        ("plan", 9500),
        ("plan", 30),
        ("plan", 1200),
    ]


def test_a_draft_said_not_adopted_after_its_figure_counts_nothing():
    text = (
        "Dự thảo kế hoạch còn nêu phương án tổ chức 500 cuộc đối thoại chuyên đề, đang lấy ý kiến, "
        "chưa được thông qua."
    )
    assert union_stats(text) == []


def test_members_of_a_total_raised_to_are_a_stock():
    text = (
        "Ngày 18/6/2025, LĐLĐ thành phố Cần Thơ ra mắt Nghiệp đoàn xe công nghệ quận Ninh Kiều, "
        "nâng tổng số nghiệp đoàn trên địa bàn lên 21 với hơn 1.900 đoàn viên."
    )
    assert union_stats(text) == []


def test_the_count_before_referred_back_to_with_its_percent_of_the_plan():
    text = "Con số này đạt 31% kế hoạch năm và là mức cao nhất trong ba năm trở lại đây."
    found = one(text, title="Nghệ An kết nạp 1.862 đoàn viên trong quý I")
    assert (found["metric"], found["percent"], found["percent_kind"]) == (
        "doan_vien_ket_nap",
        31,
        "of_target",
    )
    # (nothing counted before it, or two indicators: no figure)
    assert union_stats(text) == []
    assert union_stats(text, title="Nghệ An kết nạp 1.862 đoàn viên, thành lập 12 CĐCS") == []


def test_a_target_said_apart_is_no_whole_the_admitted_are_out_of():
    found = union_stats(
        "Chỉ tiêu năm 2025 là giới thiệu 200 đoàn viên ưu tú; đến nay đã giới thiệu 156 người, "
        "trong đó 92 người đã được kết nạp vào Đảng."
    )
    assert [(f["stage"], f["achieved"], f["target"]) for f in found] == [
        ("introduced", 156, 200),
        ("admitted", 92, None),
    ]


def test_outstanding_members_as_a_target_are_introductions():
    found = one(
        "“Năm 2022, Thành ủy giao cho công đoàn 700 đoàn viên ưu tú, chúng tôi sẽ cố gắng”."
    )
    assert (found["metric"], found["stage"], found["target"]) == (
        "dang_vien_gioi_thieu",
        "introduced",
        700,
    )


def test_what_was_done_of_a_target_said_thuc_hien_with_no_duoc():
    found = one(
        "Năm 2023, LĐLĐ huyện đặt chỉ tiêu tập huấn cho 400 lượt cán bộ công đoàn, đến nay đã thực "
        "hiện 310 lượt, đạt 77,5%."
    )
    assert _fields([found]) == [("can_bo_tap_huan", "result", 310, 400, 77.5)]


def test_a_rise_on_a_year_before_is_no_count_recruited():
    text = "So với cùng kỳ năm 2023, số đoàn viên tăng 3.150 người, số CĐCS tăng 21 đơn vị."
    assert union_stats(text) == []


def test_people_after_unions_named_before_are_no_count_of_unions():
    assert union_stats("- Số lao động trong các CĐCS mới thành lập: 1.870 người;") == []


def test_what_was_done_of_a_target_said_as_a_plan_may_say_it():
    found = one(
        "Chỉ tiêu thành phố giao cho huyện năm 2022 là 1.200 đoàn viên, huyện kết nạp được 1.350, "
        "vượt 12,5%."
    )
    assert _fields([found]) == [("doan_vien_ket_nap", "result", 1350, 1200, 12.5)]


def test_units_done_of_a_founding_target_and_not_another_years():
    found = one(
        "Năm 2024 quận được giao thành lập 12 CĐCS và nghiệp đoàn, đến nay đã thành lập được 9 "
        "đơn vị."
    )
    assert _fields([found]) == [("cdcs_thanh_lap", "result", 9, 12, None)]
    found = union_stats(
        "Chỉ tiêu năm 2026 chúng tôi đặt là thành lập 25 CĐCS, khó nhất là CĐCS, vì năm 2025 dù "
        "rất cố gắng cũng chỉ thành lập được 11 đơn vị."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [("plan", None, 25)]


def test_targets_allotted_under_a_heading_said_with_duoc():
    found = union_stats(
        "Chỉ tiêu được phân bổ: Công đoàn Khu kinh tế tỉnh 1.800 đoàn viên, Công đoàn ngành Giáo "
        "dục 350 đoàn viên."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 1800), ("plan", 350)]


def test_courses_opened_next_for_officials():
    found = one("Quý II, LĐLĐ tỉnh sẽ mở tiếp 3 lớp cho khoảng 600 cán bộ công đoàn mới được bầu.")
    assert (found["metric"], found["kind"], found["target"]) == ("can_bo_tap_huan", "plan", 600)


def test_people_who_join_said_after_them_past_a_weaker_verb():
    for text in (
        "Ngay sau buổi ra mắt đã có thêm hơn 30 tài xế đăng ký tham gia nghiệp đoàn.",
        "Năm 2024 có thêm 30 công nhân đăng ký tham gia nghiệp đoàn.",
    ):
        found = one(text)
        assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", 30)
    # (nor those who only applied)
    text = "Sau buổi ra mắt đã có thêm 30 công nhân viết đơn xin gia nhập nghiệp đoàn."
    assert union_stats(text) == []


def test_each_place_of_a_breakdown_is_its_counts_organisation():
    found = union_stats(
        "Năm 2023, toàn tỉnh kết nạp 4.407 đoàn viên.\n"
        "Kết quả cụ thể theo từng đơn vị: LĐLĐ huyện Quỳnh Phụ 812 đoàn viên; LĐLĐ huyện Thái Thụy "
        "760 đoàn viên."
    )
    assert [(f["achieved"], f["organisation"], f["period"]) for f in found] == [
        (4407, None, "Năm 2023"),
        (812, "LĐLĐ huyện Quỳnh Phụ", None),
        (760, "LĐLĐ huyện Thái Thụy", None),
    ]


def test_a_count_said_after_the_percent_of_the_plan_it_reached():
    found = one("Chỉ tiêu phát triển đoàn viên đạt 118%, với 7.080 đoàn viên được kết nạp.")
    assert (found["kind"], found["achieved"], found["target"]) == ("result", 7080, None)
    assert (found["percent"], found["percent_kind"]) == (118, "of_target")
    assert found["text_span"].startswith("đạt 118%")
    # (not a percent said of a count before it, nor a share with no plan in its clause)
    found = union_stats(
        "Năm 2024 thành lập mới 27 CĐCS (đạt 108% chỉ tiêu tỉnh giao) với 3.915 đoàn viên."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(27, 108), (3915, None)]
    assert one("Hội nghị đạt 90%, với 120 đoàn viên được kết nạp.")["percent"] is None


def test_targets_listed_after_what_was_done_of_them():
    found = union_stats(
        "Đến hết tháng 10/2025, LĐLĐ tỉnh kết nạp được 3.215 đoàn viên, thành lập 14 CĐCS; chỉ "
        "tiêu cả năm là 5.000 đoàn viên và 25 CĐCS."
    )
    assert [(f["metric"], f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("doan_vien_ket_nap", "result", 3215, 5000),
        ("cdcs_thanh_lap", "result", 14, 25),
    ]
    # (the targets of a year of their own are plans of their own)
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh kết nạp được 3.215 đoàn viên, thành lập 14 CĐCS; chỉ tiêu năm 2026 là "
        "5.000 đoàn viên và 25 CĐCS."
    )
    assert [f["kind"] for f in found] == ["result", "result", "plan", "plan"]


def test_what_was_done_of_a_target_said_in_words_with_a_magnitude():
    (found,) = union_stats(
        "“Chỉ tiêu tỉnh giao năm 2017 là 5.000 đoàn viên, chúng tôi làm được hơn sáu nghìn”, "
        "ông Khải nói."
    )
    assert (found["kind"], found["achieved"], found["target"]) == ("result", 6000, 5000)
    assert found["qualifiers"] == {"achieved": "hơn"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # its indicator named in its clause, by a noun or a deed
        (
            "Còn công đoàn cơ sở thì chỉ tiêu giao là 15 mà chúng tôi làm được 21.",
            ("cdcs_thanh_lap", 21, 15),
        ),
        (
            "“Chỉ tiêu đoàn viên là 250 mà đến giờ mới được 180”, bà nói.",
            ("doan_vien_ket_nap", 180, 250),
        ),
        (
            "“Chỉ tiêu giới thiệu là 300 mà chúng tôi làm được 356”, bà nói.",
            ("dang_vien_gioi_thieu", 356, 300),
        ),
        # or by what was done of it
        (
            "Chỉ tiêu cả năm là 8, nhưng đến tháng 10 huyện đã thành lập được 9 CĐCS.",
            ("cdcs_thanh_lap", 9, 8),
        ),
        ("Công đoàn cơ sở thì giao 20, chúng tôi mới có 18.", ("cdcs_thanh_lap", 18, 20)),
    ],
)
def test_a_target_said_bare_with_no_noun_before_what_was_done_of_it(text, expected):
    (found,) = union_stats(text)
    assert (found["metric"], found["achieved"], found["target"]) == expected


def test_a_bare_target_with_no_indicator_named_takes_the_contexts():
    text = "“Thành phố giao ba nghìn, anh em làm được ba nghìn bốn trăm mười”, ông Minh nói."
    (found,) = union_stats(text, title="Quận 12 kết nạp 3.410 đoàn viên năm 2024")
    assert (found["metric"], found["achieved"], found["target"]) == (
        "doan_vien_ket_nap",
        3410,
        3000,
    )
    # (no indicator named or counted around it: nothing)
    assert union_stats(text) == []


def test_an_item_of_a_plan_said_as_a_sentence_of_its_own():
    found = union_stats(
        "Đại hội đề ra mục tiêu nhiệm kỳ 2023–2028: giới thiệu ít nhất 650 đoàn viên ưu tú cho "
        "Đảng. Phát triển 2.000 đoàn viên mới."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 650), ("plan", 2000)]
    # (not after a sentence of what was done, nor after a sa-pô that speaks of a plan alone)
    found = union_stats(
        "Năm 2024, huyện giới thiệu 65 đoàn viên ưu tú cho Đảng. Phát triển 200 đoàn viên."
    )
    assert [f["kind"] for f in found] == ["result", "result"]
    found = union_stats(
        "Thành lập mới 37 CĐCS ở các trường mầm non tư thục.",
        lead="Đại hội đánh giá kết quả nhiệm kỳ 2012–2017 và đề ra phương hướng cho 5 năm tới.",
    )
    assert [f["kind"] for f in found] == ["result"]


def test_indicators_held_said_with_how():
    found = union_stats(
        "Công đoàn đã phối hợp tổ chức thành công 5 hội nghị người lao động và 20 cuộc đối thoại."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("hội nghị người lao động", 5),
        ("đối thoại", 20),
    ]


def test_another_indicators_target_said_right_after_its_count():
    found = one(
        "LĐLĐ huyện ký kết 162 bản thỏa ước lao động tập thể trên chỉ tiêu 150 bản được giao."
    )
    assert (found["label"], found["achieved"], found["target"]) == (
        "thỏa ước lao động tập thể",
        162,
        150,
    )
    found = one(
        "Năm 2022, LĐLĐ huyện tổ chức 45 cuộc đối thoại so với kế hoạch 40 cuộc, đạt 112,5%."
    )
    assert (found["achieved"], found["target"], found["percent"]) == (45, 40, 112.5)


def test_a_breakdown_row_with_cells_apart_by_pipes():
    title = "Nghệ An: kết quả phát triển đoàn viên, thành lập CĐCS năm 2024 của các LĐLĐ huyện"
    found = union_stats("LĐLĐ thị xã Hoàng Mai | 6 CĐCS | 1.024 đoàn viên", title=title)
    assert [(f["metric"], f["achieved"], f["organisation"]) for f in found] == [
        ("cdcs_thanh_lap", 6, "LĐLĐ thị xã Hoàng Mai"),
        ("doan_vien_ket_nap", 1024, "LĐLĐ thị xã Hoàng Mai"),
    ]
    # (its target in a cell of its own, the percent checked)
    (found,) = union_stats(
        "3. LĐLĐ huyện Quỳnh Lưu | 4.580 đoàn viên | kế hoạch 4.500 | 101,8%", title=title
    )
    assert (found["achieved"], found["target"], found["percent"]) == (4580, 4500, 101.8)
    # (no count of development around it: nothing)
    assert union_stats("LĐLĐ thị xã Hoàng Mai | 6 CĐCS | 1.024 đoàn viên") == []


def test_a_breakdown_line_of_a_body_whose_name_holds_a_comma():
    title = "Quảng Ninh: 9 tháng kết nạp 4.126 đoàn viên, thành lập 38 CĐCS"
    found = union_stats("Công đoàn các KCN, KKT: 2.500 đoàn viên, 12 CĐCS", title=title)
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 2500),
        ("cdcs_thanh_lap", 12),
    ]
    # (an opening's comma is none of a body's)
    assert union_stats("Theo đó, LĐLĐ tỉnh: 500 đoàn viên", title=title) == []


def test_what_happens_now_and_then_is_no_count():
    assert union_stats("“Có tháng chúng tôi thành lập được 10, 11 công đoàn cơ sở”, ông nói.") == []
    assert union_stats("Có năm Đảng ủy kết nạp tới 20 đoàn viên công đoàn ưu tú.") == []
    assert union_stats("“Có tuần chúng tôi kết nạp được 200, 300 người”, ông Trung kể.") == []
    # (its subject after a comma, probes348)
    text = (
        "Có tháng, LĐLĐ tỉnh thành lập được 6, 7 CĐCS, nhưng cũng có tháng không được đơn vị nào."
    )
    assert union_stats(text) == []
    text = "“Có doanh nghiệp đầu năm kết nạp được 200 người thì cuối năm nghỉ việc mất một nửa”."
    assert union_stats(text) == []
    assert one("Năm 2024 có 5 doanh nghiệp kết nạp được 200 người.")["achieved"] == 200
    # (a hedged range of what was done is done)
    (found,) = union_stats("Riêng quý IV, quận thành lập chừng năm, sáu công đoàn cơ sở.")
    assert (found["kind"], found["achieved"]) == ("result", {"min": 5, "max": 6})


def test_a_quote_after_a_speech_verb_is_read_apart_from_the_words_before_it():
    (found,) = union_stats(
        "Trả lời câu hỏi vì sao phải đóng đoàn phí, ông Tư nói: “Năm rồi, riêng khối khu chế xuất "
        "kết nạp được gần 9 ngàn đoàn viên”."
    )
    assert (found["kind"], found["achieved"]) == ("result", 9000)


def test_the_goal_of_this_year_and_what_was_done_of_it_so_far():
    (found,) = union_stats(
        "“Mục tiêu năm nay của HEPZA là 10 ngàn đoàn viên mới, mà bây giờ mới tháng 7 đã được ngót "
        "5 ngàn rồi”, ông Tư nói."
    )
    assert (found["kind"], found["achieved"], found["target"]) == ("result", 5000, 10000)


def test_a_target_set_by_the_speaker_before_what_was_done_of_it():
    (found,) = union_stats("Về thành lập CĐCS thì chúng tôi đặt ra 25, làm được 27 cơ sở.")
    assert (found["metric"], found["achieved"], found["target"]) == ("cdcs_thanh_lap", 27, 25)
    (found,) = union_stats(
        "Ông nói: “Nhiệm kỳ trước, chúng tôi đặt ra 12.000 đoàn viên, kết quả làm được 13.480, "
        "vượt 12%”."
    )
    assert (found["achieved"], found["target"], found["percent"]) == (13480, 12000, 12)
    # (people, whom the context counts)
    found = union_stats(
        "“Kế hoạch đầu năm là 400 người, anh em làm được 412 người”, ông Việt nói.",
        lead="Năm 2017 các cấp công đoàn thành phố giới thiệu 412 đoàn viên ưu tú cho Đảng.",
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("dang_vien_gioi_thieu", 412, 400)
    ]


def test_units_said_which_they_are_before_the_indicator_they_held():
    (found,) = union_stats(
        "Có 312/312 CĐCS khối cơ quan, đơn vị sự nghiệp tổ chức hội nghị cán bộ, công chức, "
        "viên chức năm 2025, đạt 100%."
    )
    assert (found["label"], found["achieved"], found["target"]) == (
        "hội nghị cán bộ công chức",
        312,
        312,
    )


def test_deeds_given_with_no_noun_of_a_plan_are_planned_in_their_list():
    found = union_stats(
        "Năm 2022, LĐLĐ huyện được giao kết nạp 1.200 đoàn viên và thành lập 15 CĐCS."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 1200), ("plan", 15)]


def test_a_target_said_bare_with_its_year_before_what_was_done_of_it():
    (found,) = union_stats(
        "Chỉ tiêu Tỉnh ủy giao năm 2020 là 500 người, nhưng đến tháng 10 các cấp công đoàn đã giới "
        "thiệu được 512 người.",
        lead="Năm 2020, LĐLĐ tỉnh giới thiệu 623 đoàn viên ưu tú cho Đảng, đạt 124,6% chỉ tiêu.",
    )
    assert (found["metric"], found["achieved"], found["target"]) == (
        "dang_vien_gioi_thieu",
        512,
        500,
    )
    # (officials as its noun: left to the rules of officials trained)
    found = union_stats(
        "Chỉ tiêu năm 2024 là 7.500 lượt cán bộ; đến hết tháng 9 đã tập huấn được 6.450 lượt."
    )
    assert all(f["metric"] != "doan_vien_ket_nap" for f in found)


def test_one_percent_said_of_every_count_of_its_clause():
    found = union_stats(
        "Năm 2025, tỉnh kết nạp 11.460 đoàn viên, thành lập 38 CĐCS, cùng đạt trên 100% kế hoạch."
    )
    assert [(f["percent"], f["percent_kind"]) for f in found] == [(100, "of_target")] * 2
    assert [f["qualifiers"] for f in found] == [{"percent": "trên"}] * 2


def test_members_said_short_who_signed_up_for_something_else_are_no_count():
    assert union_stats("Năm nay được 300 đoàn viên đăng ký làm cổ động viên cho giải.") == []
    (found,) = union_stats("Năm nay được 300 đoàn viên đăng ký tham gia nghiệp đoàn.")
    assert found["achieved"] == 300


def test_another_indicators_target_given_right_before_what_was_done_of_it():
    (found,) = union_stats(
        "Công đoàn Dầu khí Việt Nam được giao chỉ tiêu 150 thỏa ước, thực hiện được 158 thỏa ước, "
        "đạt 105,3%."
    )
    assert (found["kind"], found["achieved"], found["target"], found["percent"]) == (
        "result",
        158,
        150,
        105.3,
    )
    (found,) = union_stats(
        "Về thỏa ước, Công đoàn Khu kinh tế được giao chỉ tiêu 120 bản, đến nay mới ký được 71 bản."
    )
    assert (found["achieved"], found["target"]) == (71, 120)


def test_what_a_place_managed_said_short():
    (found,) = union_stats("Quận Long Biên thì mới được 900 đoàn viên, đạt 48%, thấp nhất.")
    assert (found["achieved"], found["percent"]) == (900, 48)
    # (a place's members who took part in something are no count)
    assert union_stats("Quận Long Biên thì được 900 đoàn viên tham gia hội thao.") == []


def test_a_count_not_counted_in_another_is_done():
    (found,) = union_stats("Số này chưa tính 312 đoàn viên được kết nạp tại các nghiệp đoàn.")
    assert (found["kind"], found["achieved"]) == ("result", 312)
    # (what is intended stays planned)
    (found,) = union_stats("Năm tới chúng tôi tính kết nạp cỡ 6.000 người.")
    assert found["kind"] == "plan"


def test_a_list_of_ratings_goes_on_after_a_count_of_unions_rated():
    # (the whole the ratings share out is no count rated, H51-024)
    text = (
        "Năm 2025, khối trường học có 15 đơn vị, trong đó số CĐCS đạt vững mạnh là 11 đơn vị; "
        "khá 04 đơn vị, không có đơn vị trung bình."
    )
    assert [(f["label"], f["achieved"]) for f in union_stats(text)] == [
        ("cđcs vững mạnh", 11),
        ("cđcs khá", 4),
    ]


def test_units_rated_among_those_of_a_whole_are_still_rated():
    text = "Cả 14/14 CĐCS đều hoàn thành tốt nhiệm vụ, 5 đơn vị trong số đó hoàn thành xuất sắc."
    assert [(f["label"], f["achieved"]) for f in union_stats(text)] == [
        ("cđcs hoàn thành tốt nhiệm vụ", 14),
        ("cđcs xuất sắc", 5),
    ]


@pytest.mark.parametrize("wish", ["nhu cầu", "nguyện vọng", "mong muốn được"])
def test_a_founding_needed_or_wished_for_is_no_founding(wish):
    text = f"Trước {wish} thành lập một tổ chức công đoàn, ngày 3/5/1995 Công đoàn ngành ra đời."
    assert union_stats(text) == []


def test_party_members_said_to_be_workers_are_not_the_unions():
    # (H56-045: the whole city's admissions, workers among them)
    text = (
        "Trong năm 2025 toàn tỉnh có 2.410 đồng chí được kết nạp vào Đảng (trong đó có 512 đồng "
        "chí là công nhân trực tiếp sản xuất)."
    )
    assert union_stats(text) == []


def test_ratings_listed_each_after_its_count_with_la():
    text = "Số CĐCS hoàn thành xuất sắc nhiệm vụ là 96, hoàn thành tốt nhiệm vụ là 1.214."
    assert [(f["label"], f["achieved"]) for f in union_stats(text)] == [
        ("cđcs hoàn thành xuất sắc nhiệm vụ", 96),
        ("cđcs hoàn thành tốt nhiệm vụ", 1214),
    ]


def test_an_answer_goes_on_with_the_indicator_its_question_named():
    text = (
        "PV: Còn thành lập công đoàn cơ sở, thưa ông?\n"
        "– Ông Hải: Chỉ tiêu giao 12, mình làm được 14."
    )
    assert [
        (f["metric"], f["achieved"], f["target"])
        for f in union_stats(
            text, lead="Năm 2025, huyện kết nạp 1.900 đoàn viên, thành lập 14 CĐCS."
        )
        if f["sentence"].startswith("–")
    ] == [("cdcs_thanh_lap", 14, 12)]


@pytest.mark.parametrize(
    "text, metric",
    [
        # the number right after "chỉ tiêu", the topic in its clause
        ("Còn CĐCS thì chỉ tiêu 6, làm được 7, có 1 cơ sở đã giải thể.", "cdcs_thanh_lap"),
        # the deed named a clause back
        ("Về thành lập CĐCS, chỉ tiêu 30, thực hiện 34.", "cdcs_thanh_lap"),
        # (an office's noun names no indicator: the lead's members)
        ("Chủ tịch CĐCS cho biết: “Đầu năm giao 200, cuối năm làm được 214”.", "doan_vien_ket_nap"),
    ],
)
def test_a_bare_target_takes_the_indicator_named_before_it(text, metric):
    lead = "Năm 2025, công ty kết nạp 214 đoàn viên công đoàn."
    assert [f["metric"] for f in union_stats(text, lead=lead) if f["target"]] == [metric]


def test_a_count_in_words_with_a_magnitude_after_its_verb_has_no_noun():
    text = "Năm ngoái công ty chỉ kết nạp được năm trăm rưỡi vì đơn hàng giảm."
    assert [(f["metric"], f["achieved"]) for f in union_stats(text)] == [("doan_vien_ket_nap", 550)]


def test_what_is_not_yet_done_is_none():
    text = "Theo khảo sát, 72% cán bộ CĐCS chưa được đào tạo bài bản về kỹ năng thương lượng."
    assert union_stats(text) == []
    text = "Năm 2024, 72% cán bộ CĐCS được tập huấn về kỹ năng thương lượng."
    assert one(text)["percent"] == 72


def test_the_whole_of_units_said_with_tai():
    text = (
        "Tại 17 doanh nghiệp có tổ chức công đoàn trên địa bàn, 15 đơn vị đã tổ chức hội nghị "
        "người lao động (đạt 88,2%)."
    )
    assert (one(text)["achieved"], one(text)["target"]) == (15, 17)
    # (the ratio must hold)
    assert one(text.replace("88,2", "80"))["target"] is None


def test_an_introduction_said_as_a_condition_is_none():
    text = "“Giới thiệu 10 người thì chỉ 3, 4 người được kết nạp”, một cán bộ công đoàn cho biết."
    assert union_stats(text) == []
    # (a whole is no condition)
    text = (
        "“Trong số 58 đồng chí được giới thiệu thì đến nay đã có 21 đồng chí được kết nạp, còn "
        "lại đang học lớp nhận thức về Đảng”, ông Khang nói."
    )
    assert [(f["stage"], f["achieved"]) for f in union_stats(text)] == [
        ("introduced", 58),
        ("admitted", 21),
    ]


def keys(text: str, **context) -> list[tuple]:
    return [
        (f["metric"], f["kind"], f["achieved"], f["target"]) for f in union_stats(text, **context)
    ]


def test_what_was_done_of_targets_named_before_said_as_ratios():
    assert keys(
        "Năm nay, công đoàn xã được LĐLĐ tỉnh giao thành lập 4 CĐCS và kết nạp 60 đoàn viên; "
        "đến nay mới đạt 2/4 CĐCS và 41/60 đoàn viên."
    ) == [("cdcs_thanh_lap", "result", 2, 4), ("doan_vien_ket_nap", "result", 41, 60)]
    # (a ratio of another whole leaves the target alone)
    assert keys(
        "Năm nay, huyện được giao thành lập 4 CĐCS; 3/5 doanh nghiệp được khảo sát có trên 25 "
        "lao động."
    ) == [("cdcs_thanh_lap", "plan", None, 4)]


def test_a_count_said_of_its_topic_in_speech():
    assert keys(
        "“Đoàn viên thì cả năm được 2.730, chỉ tiêu tỉnh giao là 2.500, nên anh em cũng phấn "
        "khởi”, ông Lê Văn Tuấn nói."
    ) == [("doan_vien_ket_nap", "result", 2730, 2500)]
    assert keys("Còn CĐCS thì năm nay mới được 5 thôi.") == [("cdcs_thanh_lap", "result", 5, None)]
    assert keys("Đoàn viên thanh niên thì năm nay được 300.") == []


def test_a_bare_target_after_the_result_before_what_it_led_to():
    assert keys(
        "Năm 2025 chúng tôi làm được 27 công đoàn cơ sở, 3.100 đoàn viên, chỉ tiêu giao là 3.000 "
        "nên cũng vượt chút ít."
    ) == [("cdcs_thanh_lap", "result", 27, None), ("doan_vien_ket_nap", "result", 3100, 3000)]


def test_a_target_of_the_year_in_brackets_after_the_result():
    assert keys("b) Về thành lập CĐCS: thành lập mới 7 CĐCS (kế hoạch cả năm là 10 CĐCS);") == [
        ("cdcs_thanh_lap", "result", 7, 10)
    ]


def test_a_headline_of_results_over_a_sa_po_that_recalls_the_target():
    text = "+ Giới thiệu 412 đoàn viên ưu tú cho Đảng; 197 đoàn viên được kết nạp."
    lead = "Năm 2024, LĐLĐ tỉnh Đồng Nai giao chỉ tiêu kết nạp 30.000 đoàn viên, thành lập 80 CĐCS."
    results = "LĐLĐ tỉnh Đồng Nai: Kết quả thực hiện Chương trình phát triển đoàn viên năm 2024"
    assert [k[1] for k in keys(text, title=results, lead=lead)] == ["result", "result"]
    # (a congress's results are its targets)
    congress = "Kết quả Đại hội Công đoàn tỉnh Đồng Nai lần thứ XI"
    assert [k[1] for k in keys(text, title=congress, lead=lead)] == ["plan", "plan"]


@pytest.mark.parametrize(
    "text, title, found",
    [
        (
            "Công đoàn Công ty CP Sông Đà 10.1 được thành lập với 37 đoàn viên, Công đoàn Công ty "
            "TNHH Xây lắp Nậm Na với 29 đoàn viên.",
            None,
            [37, 29],
        ),
        (
            "Đông đoàn viên nhất là Công đoàn Công ty TNHH Kỹ thuật Nhựa An Dương, được thành lập "
            "tháng 2/2025 với 318 đoàn viên.",
            None,
            [318],
        ),
        (
            "CĐCS Công ty TNHH Compal (Việt Nam) được thành lập trong tháng 2/2026 với 1.120 đoàn "
            "viên.",
            None,
            [1120],
        ),
        (
            "Nghiệp đoàn nghề cá Sông Đốc quy tụ 41 thành viên là chủ tàu và thuyền viên.",
            "Thêm 2 nghiệp đoàn nghề cá ra đời ở Cà Mau",
            [41],
        ),
    ],
)
def test_members_of_unions_founded_named_by_their_company(text, title, found):
    assert [f["achieved"] for f in union_stats(text, title=title)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Trong số đảng viên mới, có 127 người được kết nạp từ nguồn đoàn viên do Công đoàn các "
            "KCN tỉnh Bắc Giang giới thiệu.",
            [("dang_vien_gioi_thieu", "result", 127, None)],
        ),
        (
            "Phối hợp với Đoàn, Công đoàn các KCN tỉnh Hưng Yên vận động được 230 đoàn viên thanh "
            "niên gia nhập tổ chức công đoàn.",
            [("doan_vien_ket_nap", "result", 230, None)],
        ),
        # (whichever month: what happens now and then)
        ("“Tháng nào vận động được 5, 7 người vào công đoàn là mừng lắm rồi”.", []),
        # (wherever: a rule of what each is to do stays a target)
        (
            "Nơi nào có từ 50 đoàn viên trở lên thì mỗi năm phải giới thiệu ít nhất 2 người cho "
            "Đảng.",
            [("dang_vien_gioi_thieu", "plan", None, 2)],
        ),
        ("Có 17 doanh nghiệp đã đăng ký thành lập CĐCS nhưng chưa hoàn tất thủ tục.", []),
        (
            "LĐLĐ Thành phố sẽ biểu dương, khen thưởng các đơn vị kết nạp từ 500 đoàn viên trở lên "
            "trong năm.",
            [],
        ),
        ("Năm 2024 huyện kết nạp dưới 700 đoàn viên.", []),
    ],
)
def test_who_was_admitted_joined_or_only_registered(text, found):
    assert keys(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        # (a long campaign name in quotes counts nothing)
        (
            "LĐLĐ tỉnh Gia Lai phát động đợt thi đua “Kết nạp 5.000 đoàn viên, thành lập 50 CĐCS "
            "chào mừng Đại hội XIII Công đoàn Việt Nam”.",
            [],
        ),
        # (the communes and wards of a noun are one noun in a list)
        (
            "LĐLĐ thành phố đã tập huấn cho 280 cán bộ công đoàn xã, phường và 120 ủy viên ủy ban "
            "kiểm tra công đoàn.",
            [("can_bo_tap_huan", "result", 280, None), ("can_bo_tap_huan", "result", 120, None)],
        ),
        # (a time after the deed after the count makes it one done; a year alone names them)
        (
            "Cùng với 27 CĐCS thành lập trong 6 tháng cuối năm, huyện đã vượt chỉ tiêu.",
            [("cdcs_thanh_lap", "result", 27, None)],
        ),
        ("5 CĐCS thành lập năm 2020 đã tổ chức đại hội.", []),
    ],
)
def test_campaigns_lists_of_officials_and_deeds_after_their_counts(text, found):
    assert keys(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        # (percents named by their counts after them, in place of percents alone)
        (
            "Đơn vị thành lập được 4 CĐCS, kết nạp 812 đoàn viên; số đoàn viên kết nạp đạt 67,7% "
            "kế hoạch năm, số CĐCS thành lập mới đạt 66,7%.",
            [
                ("cdcs_thanh_lap", "result", 4, None, 66.7),
                ("doan_vien_ket_nap", "result", 812, None, 67.7),
            ],
        ),
        (
            "Chỉ tiêu Tổng Liên đoàn giao cho LĐLĐ tỉnh năm 2024 là kết nạp 5.000 đoàn viên, thành "
            "lập 25 CĐCS; hết 9 tháng, phát triển đoàn viên đạt 84,3%, thành lập CĐCS đạt 84%.",
            [
                ("doan_vien_ket_nap", "result", None, 5000, 84.3),
                ("cdcs_thanh_lap", "result", None, 25, 84),
            ],
        ),
        # (percents in turn after targets, and after targets named by their deed and noun)
        (
            "Chỉ tiêu năm 2025 Tổng Liên đoàn giao là 6.000 đoàn viên và 40 CĐCS; đến ngày 30/6 "
            "mới thực hiện được 54% và 47%.",
            [
                ("doan_vien_ket_nap", "result", None, 6000, 54),
                ("cdcs_thanh_lap", "result", None, 40, 47),
            ],
        ),
        (
            "Thành phố giao LĐLĐ huyện 12 CĐCS và 1.500 đoàn viên; kết thúc năm, huyện đạt 141,7% "
            "chỉ tiêu thành lập CĐCS và 124% chỉ tiêu kết nạp đoàn viên.",
            [
                ("cdcs_thanh_lap", "result", None, 12, 141.7),
                ("doan_vien_ket_nap", "result", None, 1500, 124),
            ],
        ),
        # (a percent of a target named after a count done is not that count's)
        (
            "Quý III/2016, Công đoàn các KCN tỉnh Long An kết nạp 2.340 đoàn viên; lũy kế 9 tháng "
            "đạt 78% chỉ tiêu phát triển đoàn viên năm.",
            [
                ("doan_vien_ket_nap", "result", 2340, None, None),
                ("doan_vien_ket_nap", "result", None, None, 78),
            ],
        ),
    ],
)
def test_percents_given_to_the_counts_and_targets_they_name(text, found):
    assert [
        (f["metric"], f["kind"], f["achieved"], f["target"], f["percent"])
        for f in union_stats(text)
    ] == found


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Năm 2024 công đoàn kết nạp được 1.050 đoàn viên trên tổng số 1.300 lao động mới "
            "tuyển.",
            [("doan_vien_ket_nap", "result", 1050, 1300)],
        ),
        (
            "“Thị xã được giao 900 đoàn viên, đến giờ mới có 410 người, chưa được một nửa”.",
            [("doan_vien_ket_nap", "result", 410, 900)],
        ),
        # (a count in words that ends its clause; "năm" right after "được" is five, as speech
        # says a count done short, "Chỉ tiêu là sáu, chúng tôi làm được năm", probes365)
        (
            "Năm nay huyện được giao thành lập 12 CĐCS nhưng đến nay mới được chín.",
            [("cdcs_thanh_lap", "result", 9, 12)],
        ),
        (
            "Chỉ tiêu là 25 CĐCS, đến nay mới được hai mươi mốt, còn thiếu bốn.",
            [("cdcs_thanh_lap", "result", 21, 25)],
        ),
        (
            "Huyện được giao 300 đoàn viên, đến nay mới được năm.",
            [("doan_vien_ket_nap", "result", 5, 300)],
        ),
        # ("một" after a word of place is an article)
        (
            "PV: Anh có thể chia sẻ cách công đoàn đối thoại với chủ doanh nghiệp ở một công ty "
            "hơn 4.000 công nhân?",
            [],
        ),
        # (results after a target said with its count, against it, or referred to)
        (
            "Huyện được giao chỉ tiêu thành lập 6 CĐCS nhưng đã thành lập được 9 CĐCS; chỉ tiêu "
            "500 đoàn viên, kết nạp được 624 người.",
            [("cdcs_thanh_lap", "result", 9, 6), ("doan_vien_ket_nap", "result", 624, 500)],
        ),
        (
            "6 tháng đầu năm 2025, LĐLĐ tỉnh kết nạp 9.362 đoàn viên trên chỉ tiêu 15.000 đoàn "
            "viên, đạt 62,4%; thành lập 41 CĐCS.",
            [("doan_vien_ket_nap", "result", 9362, 15000), ("cdcs_thanh_lap", "result", 41, None)],
        ),
        (
            "Năm 2024, LĐLĐ thị xã thành lập được 9 trên 10 CĐCS theo chỉ tiêu được giao, kết nạp "
            "1.400 đoàn viên.",
            [("cdcs_thanh_lap", "result", 9, 10), ("doan_vien_ket_nap", "result", 1400, None)],
        ),
        (
            "Năm 2025, Công đoàn Dệt May Việt Nam đặt mục tiêu thành lập 4 CĐCS, sau khi năm 2024 "
            "kết nạp được 2.876 đoàn viên.",
            [("cdcs_thanh_lap", "plan", None, 4), ("doan_vien_ket_nap", "result", 2876, None)],
        ),
        # (a list of deeds under a target stays planned)
        (
            "Chỉ tiêu năm 2025: kết nạp được 6.800 đoàn viên, thành lập được 40 CĐCS.",
            [("doan_vien_ket_nap", "plan", None, 6800), ("cdcs_thanh_lap", "plan", None, 40)],
        ),
    ],
)
def test_results_against_targets_and_wholes_said_around_them(text, found):
    assert keys(text) == found


def full_keys(text: str, **context) -> list[tuple]:
    return [
        (f["metric"], f["kind"], f["achieved"], f["target"], f["percent"], f["label"])
        for f in union_stats(text, **context)
    ]


@pytest.mark.parametrize(
    "text, found",
    [
        # (targets a named body assigned, each with its deed, then what was done of each)
        (
            "Năm 2024, LĐLĐ quận Hoàng Mai được Thành phố giao thành lập 10 CĐCS, kết nạp 1.000 "
            "đoàn viên; kết quả, đơn vị đã thành lập 14 CĐCS, kết nạp 1.412 đoàn viên.",
            [
                ("cdcs_thanh_lap", "result", 14, 10, None, None),
                ("doan_vien_ket_nap", "result", 1412, 1000, None, None),
            ],
        ),
        # ("giao kết nạp" is assigned, "giao kết" alone a contract)
        (
            "Năm 2025, LĐLĐ tỉnh An Giang được Tổng Liên đoàn giao kết nạp 4.000 đoàn viên, thành "
            "lập 30 CĐCS.",
            [
                ("doan_vien_ket_nap", "plan", None, 4000, None, None),
                ("cdcs_thanh_lap", "plan", None, 30, None, None),
            ],
        ),
        # (the count referred back to after a semicolon)
        (
            "Riêng 9 tháng qua, chúng tôi đã vận động được 11.240 người lao động gia nhập công "
            "đoàn; con số này là khoảng 75% chỉ tiêu cả năm Tổng Liên đoàn giao.",
            [("doan_vien_ket_nap", "result", 11240, None, 75, None)],
        ),
        (
            "Năm 2024 kết nạp 1.200 đoàn viên; số này không tính 80% lao động thời vụ.",
            [("doan_vien_ket_nap", "result", 1200, None, None, None)],
        ),
        # (the share of those introduced who were admitted, those introduced named first)
        (
            "Tỷ lệ đoàn viên công đoàn được giới thiệu đã được kết nạp vào Đảng đạt 64,3%, cao hơn "
            "9 điểm phần trăm so với năm trước.",
            [("dang_vien_gioi_thieu", "result", None, None, 64.3, None)],
        ),
        (
            "Tỷ lệ đoàn viên được giới thiệu đã được kết nạp của tỉnh là hơn 63%.",
            [("dang_vien_gioi_thieu", "result", None, None, 63, None)],
        ),
        # (one share, two indicators, past the rest of the first one's name or a decree)
        (
            "Có 96% doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc và hội nghị người lao "
            "động.",
            [
                ("other", "result", None, None, 96, "đối thoại"),
                ("other", "result", None, None, 96, "hội nghị người lao động"),
            ],
        ),
        (
            "Trong năm, 100% CĐCS đã phối hợp tổ chức hội nghị người lao động và đối thoại định kỳ "
            "theo Nghị định 145/2020/NĐ-CP.",
            [
                ("other", "result", None, None, 100, "hội nghị người lao động"),
                ("other", "result", None, None, 100, "đối thoại"),
            ],
        ),
        # (places tallied with their percents in brackets)
        (
            "Công đoàn các Khu chế xuất và công nghiệp TP.HCM kết nạp 38.200 đoàn viên (đạt 109%), "
            "LĐLĐ TP Thủ Đức 12.640 đoàn viên (đạt 101%), LĐLĐ quận Bình Tân 9.870 đoàn viên "
            "(vượt 2%).",
            [
                ("doan_vien_ket_nap", "result", 38200, None, 109, None),
                ("doan_vien_ket_nap", "result", 12640, None, 101, None),
                ("doan_vien_ket_nap", "result", 9870, None, 2, None),
            ],
        ),
        # (units listed after "nhiều:", the first count's noun holding for the rest)
        (
            "Một số đơn vị kết nạp nhiều: Công đoàn các KCN và chế xuất Hà Nội (2.140 đoàn viên), "
            "Công đoàn ngành Y tế Hà Nội (612), Công đoàn Viên chức thành phố (405).",
            [
                ("doan_vien_ket_nap", "result", 2140, None, None, None),
                ("doan_vien_ket_nap", "result", 612, None, None, None),
                ("doan_vien_ket_nap", "result", 405, None, None, None),
            ],
        ),
        # (the term's running total of two indicators after the period's counts)
        (
            "9 tháng năm 2025, toàn thành phố kết nạp 16.214 đoàn viên, thành lập 102 CĐCS; lũy kế "
            "từ đầu nhiệm kỳ đạt 68.900 đoàn viên và 521 CĐCS.",
            [
                ("doan_vien_ket_nap", "result", 16214, None, None, None),
                ("cdcs_thanh_lap", "result", 102, None, None, None),
                ("doan_vien_ket_nap", "result", 68900, None, None, None),
                ("cdcs_thanh_lap", "result", 521, None, None, None),
            ],
        ),
        # (averages per unit said in a clause before, how many more on a year before, now and
        # then after a word of speech: no counts done)
        ("Tính bình quân, mỗi CĐCS khu vực doanh nghiệp kết nạp được 6 đoàn viên.", []),
        (
            "So với cùng kỳ, Công đoàn KCN Yên Phong kết nạp nhiều hơn 540 đoàn viên, Công đoàn "
            "KCN Quế Võ nhiều hơn 210.",
            [],
        ),
        ("Thật ra có tháng chúng tôi thành lập được 3, 4 CĐCS, có tháng không được cái nào.", []),
        # (but a rating's average is no average, and a year's more is still a count)
        (
            "Năm 2024 kết nạp 1.300 đoàn viên, nhiều hơn năm trước.",
            [("doan_vien_ket_nap", "result", 1300, None, None, None)],
        ),
        # (people trained, the deed right before them, in a sentence naming union officials)
        (
            "Chúng tôi ưu tiên cán bộ CĐCS mới được bầu, riêng đối tượng này đã tập huấn cho gần 1 "
            "nghìn người.",
            [("can_bo_tap_huan", "result", 1000, None, None, None)],
        ),
        ("Trung tâm đã tập huấn cho 1.000 người về an toàn thực phẩm.", []),
        # (a tone mark typed on the wrong vowel)
        (
            "Năm 2024, LĐLĐ huyện được giao chỉ tiêu kết nạp 350 đoàn viên, thành lập 3 CĐCS; kết "
            "quả đã kết nạp được 412 đòan viên, đạt 117,7%, thành lập 4 CĐCS đạt 133,3%.",
            [
                ("doan_vien_ket_nap", "result", 412, 350, 117.7, None),
                ("cdcs_thanh_lap", "result", 4, 3, 133.3, None),
            ],
        ),
        # (a target said after the count with "theo chỉ tiêu"; a whole after "trên" is none)
        (
            "Năm 2025, Công đoàn phường kết nạp 1.012 đoàn viên trên 1.000 đoàn viên theo chỉ "
            "tiêu, thành lập 6 CĐCS trên tổng số 8 CĐCS theo chỉ tiêu.",
            [
                ("doan_vien_ket_nap", "result", 1012, 1000, None, None),
                ("cdcs_thanh_lap", "result", 6, 8, None, None),
            ],
        ),
        (
            "Năm 2024 kết nạp 1.012 đoàn viên trên 1.300 lao động.",
            [("doan_vien_ket_nap", "result", 1012, None, None, None)],
        ),
        # (dialogues chaired)
        (
            "Năm 2023, LĐLĐ thành phố trực tiếp chủ trì 14 cuộc đối thoại khi phát sinh vướng mắc "
            "về tiền lương.",
            [("other", "result", 14, None, None, "đối thoại")],
        ),
    ],
)
def test_shapes_the_probes_of_2026_12_03_fifth_part_found(text, found):
    assert full_keys(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        # (a count said first, its noun and deed after "là số")
        (
            "1.104 là số đoàn viên được kết nạp trong năm, cao nhất từ trước đến nay.",
            [("doan_vien_ket_nap", "result", 1104, None, None, None)],
        ),
        (
            "93 là số CĐCS được các cấp công đoàn trong tỉnh thành lập mới.",
            [("cdcs_thanh_lap", "result", 93, None, None, None)],
        ),
        (
            "1.312 là số đảng viên mới được kết nạp từ nguồn đoàn viên do công đoàn giới thiệu, "
            "chiếm 67,4% số được giới thiệu.",
            [("dang_vien_gioi_thieu", "result", 1312, None, 67.4, None)],
        ),
        # (but not the Party's own, nor a count of something else)
        ("1.312 là số đảng viên mới được Đảng bộ tỉnh kết nạp trong năm.", []),
        ("1.200 là số lao động đang làm việc tại khu công nghiệp.", []),
        # (the results reached of targets assigned, the next after "và")
        (
            "Cả năm, tỉnh được giao 5.000 đoàn viên và 30 CĐCS, kết quả đạt 5.408 đoàn viên và 31 "
            "CĐCS.",
            [
                ("doan_vien_ket_nap", "result", 5408, 5000, None, None),
                ("cdcs_thanh_lap", "result", 31, 30, None, None),
            ],
        ),
        # (a result against its target is no plan for the next deed)
        (
            "Năm 2025, tỉnh thành lập 104 CĐCS trên chỉ tiêu 100, kết nạp 23.560 đoàn viên, đạt "
            "98,2% kế hoạch.",
            [
                ("cdcs_thanh_lap", "result", 104, 100, None, None),
                ("doan_vien_ket_nap", "result", 23560, None, 98.2, None),
            ],
        ),
        # (an aim set, then what was done of it in words: one figure, as test_only_so_much_managed_
        # after_a_plan_is_done reads it with digits and probes312's writer read this very sentence,
        # CONVENTIONS.md's line of 2026-12-02; two figures before the fourteenth part)
        (
            "Năm 2024, LĐLĐ thành phố Cần Thơ đặt mục tiêu thành lập 5 nghiệp đoàn, đến nay đã "
            "thành lập được ba.",
            [("cdcs_thanh_lap", "result", 3, 5, None, None)],
        ),
        # (an average of each year per unit is no count done)
        ("Bình quân mỗi năm, mỗi CĐCS trong ngành giới thiệu từ 1 đến 2 đoàn viên ưu tú.", []),
        # (a promise is a plan; a past time after a plan word is done)
        (
            "Đến cuối năm, phường cam kết với LĐLĐ Thành phố kết nạp thêm 250 đoàn viên nữa.",
            [("doan_vien_ket_nap", "plan", None, 250, None, None)],
        ),
        (
            "Có xưởng anh em phải đến bốn, năm lần chủ mới cho gặp thợ, tháng rồi anh em vận động "
            "được 37 thợ vào công đoàn.",
            [("doan_vien_ket_nap", "result", 37, None, None, None)],
        ),
        (
            "Ông A cam kết hỗ trợ 500 triệu đồng tại lễ ra mắt Công đoàn cơ sở công ty, nơi 2.150 "
            "công nhân đã tự nguyện gia nhập công đoàn.",
            [("doan_vien_ket_nap", "result", 2150, None, None, None)],
        ),
        (
            "Năm 2024, 100% doanh nghiệp ký cam kết thi đua; công đoàn kết nạp 300 đoàn viên.",
            [("doan_vien_ket_nap", "result", 300, None, None, None)],
        ),
    ],
)
def test_shapes_the_probes_of_2026_12_03_sixth_part_found(text, found):
    assert full_keys(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        # (a ranking by a share: each unit's percent a figure of that share)
        (
            "Dẫn đầu về tỷ lệ CĐCS hoàn thành tốt nhiệm vụ là Công đoàn Giáo dục tỉnh (96,4%), kế "
            "đó là Công đoàn Viên chức tỉnh (92%); thấp nhất là Công đoàn các KCN với 58,7%.",
            [
                ("other", "result", None, None, 96.4, "cđcs hoàn thành tốt nhiệm vụ"),
                ("other", "result", None, None, 92, "cđcs hoàn thành tốt nhiệm vụ"),
                ("other", "result", None, None, 58.7, "cđcs hoàn thành tốt nhiệm vụ"),
            ],
        ),
        (
            "Dẫn đầu về tỷ lệ hoàn thành chỉ tiêu kết nạp là LĐLĐ thị xã Duy Tiên (138%), tiếp "
            "đến là LĐLĐ huyện Kim Bảng (121%).",
            [
                ("doan_vien_ket_nap", "result", None, None, 138, None),
                ("doan_vien_ket_nap", "result", None, None, 121, None),
            ],
        ),
        # (but not a ranking by a share of what there is, nor one naming no indicator)
        (
            "Tỷ lệ đoàn viên trên tổng số lao động cao nhất thuộc về Công đoàn ngành Y tế (97,5%), "
            "thấp nhất là Công đoàn các KCN (68%).",
            [],
        ),
        (
            "Khu vực hành chính sự nghiệp đạt tỷ lệ cao nhất với 95%, khu vực doanh nghiệp của "
            "công đoàn chỉ đạt 47%.",
            [],
        ),
        # (a percent after a passive with its agents and the training's other names)
        (
            "Năm 2025, 2.310 lượt cán bộ công đoàn cơ sở đã được LĐLĐ tỉnh và các công đoàn ngành "
            "tập huấn, bồi dưỡng nghiệp vụ, đạt 91,4% kế hoạch.",
            [("can_bo_tap_huan", "result", 2310, None, 91.4, None)],
        ),
        # (a count alone first, named after a dash)
        (
            "3.418 – đó là số đoàn viên mà Công đoàn các KCN tỉnh kết nạp được trong năm 2025.",
            [("doan_vien_ket_nap", "result", 3418, None, None, None)],
        ),
        ("3.418 – đó là số lao động đang làm việc tại khu công nghiệp.", []),
    ],
)
def test_shapes_of_the_known_gaps_found(text, found):
    assert full_keys(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        # (a wish of ours is a plan)
        (
            "Tôi chỉ mong sang năm 2026, khi các công đoàn xã đi vào nền nếp, mình kết nạp được ít "
            "nhất hai mươi nghìn đoàn viên.",
            [("doan_vien_ket_nap", "plan", None, 20000, None, None)],
        ),
        (
            "Năm 2025 thì tôi mong cả tỉnh giới thiệu được khoảng 900 đoàn viên ưu tú cho Đảng.",
            [("dang_vien_gioi_thieu", "plan", None, 900, None, None)],
        ),
        # (indicators said met or not name no plan)
        (
            "Các chỉ tiêu vượt kế hoạch: phát triển đoàn viên (8.240 người, đạt 112,5%), thành lập "
            "CĐCS (33 đơn vị, đạt 110%).",
            [
                ("doan_vien_ket_nap", "result", 8240, None, 112.5, None),
                ("cdcs_thanh_lap", "result", 33, None, 110, None),
            ],
        ),
        (
            "Hai chỉ tiêu chưa đạt là tập huấn cán bộ công đoàn (1.210 lượt, đạt 80,2%).",
            [("can_bo_tap_huan", "result", 1210, None, 80.2, None)],
        ),
        (
            "Các chỉ tiêu về phát triển tổ chức đều vượt kế hoạch (thành lập mới 21 CĐCS, đạt "
            "105%; kết nạp 4.410 đoàn viên, đạt 110,3%).",
            [
                ("cdcs_thanh_lap", "result", 21, None, 105, None),
                ("doan_vien_ket_nap", "result", 4410, None, 110.3, None),
            ],
        ),
        # (the new ones' total raised, "đơn vị" for the unions, a period with numbers)
        (
            "Tháng 9/2025, tỉnh thành lập mới 6 CĐCS, nâng tổng số CĐCS thành lập mới 9 tháng năm "
            "2025 lên 44 đơn vị, đạt 73,3% kế hoạch năm.",
            [
                ("cdcs_thanh_lap", "result", 6, None, None, None),
                ("cdcs_thanh_lap", "result", 44, None, 73.3, None),
            ],
        ),
        # (a stock raised stays none)
        (
            "Năm 2024, tỉnh thành lập 9 CĐCS, nâng tổng số CĐCS trên địa bàn lên 712 đơn vị.",
            [("cdcs_thanh_lap", "result", 9, None, None, None)],
        ),
        # (rankings of members recruited naming zones or places, not a union)
        (
            "Dẫn đầu về số đoàn viên kết nạp mới là KCN Đồng Văn II với 826 người, tiếp đến KCN "
            "Hòa Mạc (412 người).",
            [
                ("doan_vien_ket_nap", "result", 826, None, None, None),
                ("doan_vien_ket_nap", "result", 412, None, None, None),
            ],
        ),
        (
            "Các địa phương có số đoàn viên kết nạp mới lớn nhất là Hà Nội (52.140) và Hải Phòng "
            "(31.008).",
            [
                ("doan_vien_ket_nap", "result", 52140, None, None, None),
                ("doan_vien_ket_nap", "result", 31008, None, None, None),
            ],
        ),
        # (not the Youth Union's)
        (
            "Dẫn đầu về số đoàn viên kết nạp mới là Huyện đoàn Kim Sơn với 312 người.",
            [],
        ),
    ],
)
def test_shapes_the_probes_of_2026_12_03_seventh_part_found(text, found):
    assert full_keys(text) == found


def test_a_ranking_by_those_introduced_its_first_item_naming_the_deed():
    # (the Party named by the headline only)
    text = (
        "Công đoàn Viên chức tỉnh đứng đầu với 96 người được giới thiệu, kế đến là Công đoàn ngành "
        "Giáo dục (81 người)."
    )
    assert full_keys(text, title="LĐLĐ tỉnh Lâm Đồng giới thiệu 420 đoàn viên ưu tú cho Đảng") == [
        ("dang_vien_gioi_thieu", "result", 96, None, None, None),
        ("dang_vien_gioi_thieu", "result", 81, None, None, None),
    ]


@pytest.mark.parametrize(
    "text, found",
    [
        # (joining of their own will or signed up, a bracket among the people's words)
        (
            "Tại CĐCS Công ty TNHH Pouchen, 12 chuyên gia người Đài Loan (Trung Quốc) đã đăng ký "
            "tham gia công đoàn trong tháng 8/2025.",
            [("doan_vien_ket_nap", "result", 12, None, None, None)],
        ),
        (
            "Trong đó, 37 lao động là chuyên gia người Hàn Quốc tự nguyện tham gia công đoàn.",
            [("doan_vien_ket_nap", "result", 37, None, None, None)],
        ),
        ("Có 120 đoàn viên đăng ký tham gia giải chạy của công đoàn.", []),
        # (a union founded in a month of this year, its year unsaid, with its members then)
        (
            "Nghiệp đoàn nghề cá xã Phước Thể được thành lập cuối tháng 5 với 58 đoàn viên.",
            [("doan_vien_ket_nap", "result", 58, None, None, None)],
        ),
        (
            "Nghiệp đoàn nghề cá xã Tam Hải ra mắt vào tháng 3/2026, quy tụ 112 thành viên.",
            [("doan_vien_ket_nap", "result", 112, None, None, None)],
        ),
        ("Công đoàn cơ sở Công ty X được thành lập tháng 5 năm 1998 với 58 đoàn viên.", []),
        # (a rise on a year before in words is no count recruited)
        ("So với cùng kỳ thì số kết nạp tăng chừng bốn nghìn người.", []),
        # (what was done said short after the times of speech)
        (
            "Từ đầu năm đến giờ mới làm được ba công đoàn cơ sở ở nhà thầu, ít lắm.",
            [("cdcs_thanh_lap", "result", 3, None, None, None)],
        ),
        # (the percent done of the target of the indicator it names only)
        (
            "Kế hoạch năm 2026 của tỉnh là kết nạp 7.500 đoàn viên, thành lập 45 CĐCS; như vậy sau "
            "một quý mới đạt 25,9% chỉ tiêu đoàn viên.",
            [
                ("doan_vien_ket_nap", "result", None, 7500, 25.9, None),
                ("cdcs_thanh_lap", "plan", None, 45, None, None),
            ],
        ),
        # (the Party is written with a capital, or in its own phrases)
        (
            "Xã mình mới kết nạp được 38 đoàn viên, chủ yếu là bà con trồng đảng sâm.",
            [("doan_vien_ket_nap", "result", 38, None, None, None)],
        ),
        (
            "Năm 2025, chi bộ đã kết nạp 12 quần chúng ưu tú vào đảng, đều là đoàn viên công "
            "đoàn do công đoàn giới thiệu.",
            [("dang_vien_gioi_thieu", "result", 12, None, None, None)],
        ),
    ],
)
def test_shapes_the_probes_of_2026_12_03_eighth_part_found(text, found):
    assert full_keys(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Trong 1.236 người do công đoàn giới thiệu thì đã có 702 người được kết nạp, tức là khoảng "
        "57%.",
        # (the union that introduced them said with no "do", and the numbers in words)
        "Trong 1.236 người công đoàn giới thiệu thì đã có 702 người được kết nạp, tức là khoảng "
        "57%.",
        "Trong một nghìn hai trăm ba mươi sáu người công đoàn giới thiệu thì đã có bảy trăm linh "
        "hai người được kết nạp, tức là khoảng năm mươi bảy phần trăm.",
    ],
)
def test_those_introduced_then_those_of_them_admitted_after_thì(text):
    title = "LĐLĐ tỉnh Thanh Hóa giới thiệu đoàn viên ưu tú cho Đảng"
    assert [
        (f["stage"], f["achieved"], f["target"], f["percent"])
        for f in union_stats(text, title=title)
    ] == [("introduced", 1236, None, None), ("admitted", 702, None, 57)]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Còn thành lập công đoàn cơ sở thì được 9, có đơn vị vận động gần một năm mới xong.",
            [("cdcs_thanh_lap", "result", 9, None, None, None)],
        ),
        (
            "Còn kết nạp đoàn viên thì năm nay được 1.240 người.",
            [("doan_vien_ket_nap", "result", 1240, None, None, None)],
        ),
        # (what must be is no count done)
        ("Còn thành lập công đoàn cơ sở thì phải có đủ 5 người.", []),
    ],
)
def test_a_count_after_its_deed_and_noun_put_first_with_thì(text, found):
    assert full_keys(text) == found


def test_a_count_in_words_after_its_topic_with_thì():
    assert full_keys(
        "Đoàn viên mới thì năm nay được khoảng ba nghìn hai trăm, chủ yếu là công nhân."
    ) == [("doan_vien_ket_nap", "result", 3200, None, None, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Năm 2025, phường kết nạp 412 đoàn viên, thành lập 6 CĐCS, chỉ tiêu quận giao 5 CĐCS "
            "và 400 đoàn viên là vượt cả hai.",
            [
                ("doan_vien_ket_nap", "result", 412, 400, None, None),
                ("cdcs_thanh_lap", "result", 6, 5, None, None),
            ],
        ),
        (
            "Cả năm huyện kết nạp 2.310 đoàn viên, so với chỉ tiêu tỉnh giao 2.500 đoàn viên thì "
            "chưa đạt.",
            [("doan_vien_ket_nap", "result", 2310, 2500, None, None)],
        ),
    ],
)
def test_targets_said_after_their_results_then_said_met(text, found):
    assert full_keys(text) == found


def test_a_target_after_a_result_said_as_a_plan_stays_a_plan():
    # (nothing says it met: the next year's target)
    assert full_keys(
        "Năm 2025, phường kết nạp 412 đoàn viên; chỉ tiêu năm 2026 là 450 đoàn viên."
    ) == [
        ("doan_vien_ket_nap", "result", 412, None, None, None),
        ("doan_vien_ket_nap", "plan", None, 450, None, None),
    ]


@pytest.mark.parametrize(
    "text, found",
    [
        # an estimate of the year, "ước" before the deed, is what was done
        (
            "Năm 2025, Công đoàn Tổng công ty May 10 ước kết nạp 600 – 650 đoàn viên.",
            [("doan_vien_ket_nap", "result", {"min": 600, "max": 650}, None, None, None)],
        ),
        (
            "Cả năm, LĐLĐ huyện ước thành lập 8 – 10 CĐCS.",
            [("cdcs_thanh_lap", "result", {"min": 8, "max": 10}, None, None, None)],
        ),
        # an agreement ("thỏa ước") is no estimate, and a range to aim for stays a target
        (
            "Năm 2026, thỏa ước tiếp tục thực hiện tốt; phấn đấu kết nạp 600 – 650 đoàn viên.",
            [("doan_vien_ket_nap", "plan", None, {"min": 600, "max": 650}, None, None)],
        ),
    ],
)
def test_a_range_estimated_is_a_result(text, found):
    assert full_keys(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Năm nay huyện kết nạp được 3.150 người, so với chỉ tiêu tỉnh giao là 3.000 thì vượt "
            "5%.",
            [("doan_vien_ket_nap", "result", 3150, 3000, 5, None)],
        ),
        (
            "Thành lập được 14 CĐCS, so với kế hoạch 12 là vượt.",
            [("cdcs_thanh_lap", "result", 14, 12, None, None)],
        ),
    ],
)
def test_a_bare_target_against_a_count_done_then_said_met(text, found):
    assert full_keys(text) == found


def test_counts_done_of_targets_named_going_on_hedged():
    assert full_keys(
        "Chỉ tiêu giao cho xã là 3 CĐCS và 150 đoàn viên, chúng tôi làm được 4 CĐCS và gần 170 "
        "đoàn viên."
    ) == [
        ("cdcs_thanh_lap", "result", 4, 3, None, None),
        ("doan_vien_ket_nap", "result", 170, 150, None, None),
    ]


def test_a_topic_with_là_then_được():
    assert full_keys("Thành lập CĐCS là được 12, đều ở doanh nghiệp nhỏ.") == [
        ("cdcs_thanh_lap", "result", 12, None, None, None)
    ]


def test_the_plans_year_is_no_target():
    assert full_keys("Hà Nam: Hơn 5.000 đoàn viên mới, vượt kế hoạch năm 2024") == [
        ("doan_vien_ket_nap", "result", 5000, None, None, None)
    ]


def test_members_counted_in_times_under_results_are_no_recruits():
    lead = "Năm 2022, LĐLĐ tỉnh thành lập được 40 CĐCS và kết nạp 9.100 đoàn viên."
    title = "Đồng Nai: Gần 500 nghìn lượt đoàn viên được chăm lo Tết"
    assert full_keys(title, title=title, lead=lead) == []


def test_tư_is_four_in_speech_not_the_central_youth_union():
    assert full_keys("Năm ngoái chúng tôi kết nạp được khoảng bảy ngàn tư đoàn viên.") == [
        ("doan_vien_ket_nap", "result", 7400, None, None, None)
    ]


def test_all_of_those_introduced_admitted_said_in_words():
    assert [
        (f["stage"], f["achieved"])
        for f in union_stats(
            "Công đoàn Trường THPT Lê Lợi giới thiệu bốn giáo viên trẻ và cả bốn đã được kết nạp "
            "vào Đảng trong năm 2024."
        )
    ] == [("introduced", 4), ("admitted", 4)]


def test_admitted_by_a_party_committee_named_in_full_after_those_introduced():
    assert [
        (f["stage"], f["achieved"])
        for f in union_stats(
            "Năm qua, các CĐCS giới thiệu 57 người, Đảng ủy Công ty Than Hà Lầm kết nạp được 39."
        )
    ] == [("introduced", 57), ("admitted", 39)]


def test_units_praised_for_an_indicator_are_no_count_of_it():
    assert full_keys("12 CĐCS doanh nghiệp tổ chức tốt đối thoại định kỳ được tuyên dương") == []


def test_the_next_places_of_a_ranking_whose_deed_only_the_lead_names():
    lead = "LĐLĐ tỉnh vừa công bố kết quả thành lập CĐCS năm 2025, với 4 đơn vị dẫn đầu."
    assert full_keys(
        "Đứng đầu là Công đoàn Khu kinh tế với 11 CĐCS, xếp thứ hai là Công đoàn phường Hòa "
        "Bình với 5 đơn vị.",
        title="4 công đoàn dẫn đầu năm 2025",
        lead=lead,
    ) == [
        ("cdcs_thanh_lap", "result", 11, None, None, None),
        ("cdcs_thanh_lap", "result", 5, None, None, None),
    ]
    assert full_keys(
        "Xếp sau lần lượt là Công đoàn ngành Giáo dục (312) và Công đoàn xã Tiên Lãng (280).",
        title="Những đơn vị dẫn đầu về kết nạp đoàn viên năm 2025",
        lead="Năm 2025, LĐLĐ thành phố kết nạp 12.400 đoàn viên.",
    ) == [
        ("doan_vien_ket_nap", "result", 312, None, None, None),
        ("doan_vien_ket_nap", "result", 280, None, None, None),
    ]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "PV: Năm nay phường thành lập được bao nhiêu CĐCS? – Dạ, mười một, phần lớn là hộ "
            "kinh doanh.",
            [("cdcs_thanh_lap", "result", 11, None, None, None)],
        ),
        (
            "PV: Cả năm huyện kết nạp được bao nhiêu đoàn viên? – Ông Tâm: Một nghìn tám trăm, "
            "vượt chỉ tiêu.",
            [("doan_vien_ket_nap", "result", 1800, None, None, None)],
        ),
        # ("Năm nay" is a time, not five)
        (
            "PV: Năm nay huyện kết nạp được bao nhiêu đoàn viên? – Ông Tâm: Năm nay khó, chỉ được "
            "640.",
            [("doan_vien_ket_nap", "result", 640, None, None, None)],
        ),
    ],
)
def test_an_answer_in_words_read_in_the_place_of_the_question(text, found):
    assert full_keys(text) == found


def test_those_admitted_in_the_infographic_cell_after_those_introduced():
    assert [
        (f["metric"], f["stage"], f["achieved"])
        for f in union_stats(
            "Giới thiệu đoàn viên ưu tú cho Đảng: 846 người | Được kết nạp: 502 người"
        )
    ] == [("dang_vien_gioi_thieu", "introduced", 846), ("dang_vien_gioi_thieu", "admitted", 502)]


def test_ratings_listed_in_brackets_after_their_heading():
    found = union_stats(
        "Kết quả đánh giá (hoàn thành xuất sắc nhiệm vụ: 57 CĐCS; hoàn thành tốt nhiệm vụ: 140 "
        "CĐCS; không hoàn thành nhiệm vụ: 2 CĐCS) được công bố tại hội nghị."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("cđcs hoàn thành xuất sắc nhiệm vụ", 57),
        ("cđcs hoàn thành tốt nhiệm vụ", 140),
    ]


def test_a_guilds_members_admitted_are_its_thanh_vien():
    found = one("Nghiệp đoàn xích lô phường Hội An đã kết nạp thêm 27 thành viên trong tháng 10.")
    assert (found["metric"], found["kind"], found["achieved"]) == (
        "doan_vien_ket_nap",
        "result",
        27,
    )
    # (a cooperative's or a club's members are not union members)
    assert union_stats("Hợp tác xã nông nghiệp Tân Phú kết nạp thêm 30 thành viên.") == []
    assert union_stats("Câu lạc bộ dưỡng sinh phường kết nạp 15 thành viên mới.") == []


def test_the_whole_partys_or_the_armys_own_admissions_are_none():
    title = "Công đoàn Quốc phòng: Năm 2025 giới thiệu hơn 700 đoàn viên ưu tú cho Đảng"
    assert union_stats("Toàn quân năm 2025 kết nạp gần 24.000 đảng viên mới.", title=title) == []
    assert union_stats("Năm 2025, toàn Đảng kết nạp hơn 190.000 đảng viên.", title=title) == []
    # (the union's own, said with the army's word for its units, stay)
    found = union_stats(
        "Công đoàn Quốc phòng giới thiệu 712 đoàn viên ưu tú, trong đó 530 người đã được kết nạp "
        "vào Đảng.",
        title=title,
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 712), ("admitted", 530)]


def test_the_plans_percent_past_who_they_are_told_at_length():
    found = one(
        "Công đoàn ngành Nông nghiệp kết nạp 240 đoàn viên là lao động thời vụ, công nhân vườn cây "
        "làm việc ở các nông trường cao su, chè và cà phê phía tây tỉnh, đạt 120% kế hoạch."
    )
    assert (found["achieved"], found["percent"], found["percent_kind"]) == (240, 120, "of_target")


def test_members_put_first_stay_members_under_a_sa_po_of_party_introductions():
    lead = (
        "Năm 2025, LĐLĐ tỉnh Lạng Sơn thành lập 21 CĐCS, kết nạp 3.104 đoàn viên, giới thiệu 88 "
        "đoàn viên ưu tú cho Đảng."
    )
    found = union_stats("Còn đoàn viên thì kết nạp được 3.104 người, đạt 103% kế hoạch.", lead=lead)
    assert [(f["metric"], f["achieved"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", 3104, 103)
    ]


def test_a_correction_past_nhung_ma_or_said_twice_and_a_time_is_no_target():
    found = union_stats(
        "Kết nạp thì như tôi nói là hơn 8.000, nhưng mà nói cho chính xác là 8.215 đoàn viên, đạt "
        "102,7% kế hoạch năm, mà đây mới là 10 tháng."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [(8215, None, 102.7)]
    again = union_stats(
        "Năm nay thành lập được 14 CĐCS, xin lỗi, tôi nói lại là 13 CĐCS, vì một hồ sơ còn thiếu."
    )
    assert [(f["metric"], f["achieved"]) for f in again] == [("cdcs_thanh_lap", 13)]


def test_an_indicator_held_by_units_said_in_the_passive_counts_or_shares_them():
    found = union_stats(
        "Hội nghị cán bộ, công chức, viên chức được 78/78 trường tổ chức đúng thời gian."
    )
    assert [(f["label"], f["achieved"], f["target"]) for f in found] == [
        ("hội nghị cán bộ công chức", 78, 78)
    ]
    listed = union_stats("Hội nghị người lao động được 100% cơ quan, đơn vị tổ chức theo quy định.")
    assert [(f["label"], f["percent"], f["percent_kind"]) for f in listed] == [
        ("hội nghị người lao động", 100, "rate")
    ]
    # (what units think of it is no holding)
    assert union_stats("Hội nghị người lao động được 80% doanh nghiệp, đơn vị đánh giá cao.") == []


def test_a_bare_target_under_a_heading_is_the_headings_indicator():
    found = union_stats(
        "Thành lập CĐCS: chỉ tiêu 30, làm được 32. Phát triển đoàn viên: chỉ tiêu 2.000, làm "
        "được 2.150."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", 32, 30),
        ("doan_vien_ket_nap", 2150, 2000),
    ]


def test_a_target_and_what_was_done_of_it_joined_by_thi():
    found = union_stats(
        "Tỉnh giao 30 CĐCS thì làm được 32, giao 2.000 đoàn viên thì làm được 2.150."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", 32, 30),
        ("doan_vien_ket_nap", 2150, 2000),
    ]


def test_what_units_will_hold_past_the_rest_of_their_name_is_planned():
    found = union_stats(
        "Trong quý IV/2017, 45 CĐCS thuộc Công đoàn ngành Công Thương Hà Nội sẽ tổ chức đại hội "
        "nhiệm kỳ 2017-2022."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [("plan", None, 45)]


def test_a_target_assigned_to_a_union_named_with_no_cho_is_met_by_the_results_after():
    found = union_stats(
        "Thành phố giao LĐLĐ huyện Thanh Oai 12 CĐCS và 900 đoàn viên; đến 30/11/2018, huyện đã "
        "thành lập 14 CĐCS, kết nạp 1.023 đoàn viên."
    )
    assert [(f["metric"], f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", "result", 14, 12),
        ("doan_vien_ket_nap", "result", 1023, 900),
    ]
    # (and a count is no part of the name: "LĐLĐ huyện 12 CĐCS")
    named = union_stats("Thành phố giao cho LĐLĐ huyện 12 CĐCS và 900 đoàn viên.")
    assert {f["organisation"] for f in named} == {"LĐLĐ huyện"}


def test_units_said_whose_they_are_before_their_indicator():
    found = one(
        "Năm học 2018-2019, 1.286/1.290 CĐCS trường học thuộc Công đoàn Giáo dục tỉnh Thanh Hóa tổ "
        "chức hội nghị cán bộ, công chức, viên chức, đạt tỷ lệ 99,7%."
    )
    assert (found["label"], found["achieved"], found["target"], found["percent"]) == (
        "hội nghị cán bộ công chức",
        1286,
        1290,
        99.7,
    )


def test_a_target_completed_by_a_percent_but_not_one_per_indicator_named():
    found = one(
        "Năm 2016, LĐLĐ huyện Đức Hòa được giao chỉ tiêu thành lập 20 CĐCS, đến nay đã hoàn thành "
        "85%."
    )
    assert (found["kind"], found["target"], found["percent"], found["percent_kind"]) == (
        "result",
        20,
        85,
        "of_target",
    )


def test_the_rise_of_a_count_of_a_deed_is_no_count():
    assert (
        union_stats(
            "So với năm 2016, số đoàn viên kết nạp mới năm 2017 của LĐLĐ huyện Văn Lâm tăng 356 "
            "người."
        )
        == []
    )
    assert union_stats("Số đoàn viên kết nạp mới tăng thêm 356 người.") == []
    # (the stock's net growth stays, as the real sets read it)
    assert (
        one("Số đoàn viên tăng thực tế là 7.733 người, đạt 67,2% so chỉ tiêu.")["achieved"] == 7733
    )


def test_the_workforce_of_the_firms_a_union_was_founded_at_is_no_members():
    found = union_stats(
        "LĐLĐ huyện Yên Phong thành lập CĐCS tại 7 doanh nghiệp có tổng cộng 4.300 lao động, kết "
        "nạp 3.860 đoàn viên."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 7),
        ("doan_vien_ket_nap", 3860),
    ]


def test_a_campaign_named_after_cao_diem_counts_nothing():
    assert (
        union_stats(
            "LĐLĐ tỉnh phát động đợt thi đua cao điểm “100 ngày phát triển 5.000 đoàn viên” chào "
            "mừng Đại hội Công đoàn tỉnh."
        )
        == []
    )


def test_an_item_of_a_list_that_only_applied_has_not_joined():
    found = union_stats(
        "Sau buổi tuyên truyền, 64 công nhân đăng ký gia nhập công đoàn, 12 người khác viết đơn "
        "xin gia nhập."
    )
    assert [f["achieved"] for f in found] == [64]


def test_those_admitted_stay_beside_others_made_full_members():
    found = one(
        "Năm 2024, qua giới thiệu của công đoàn, đã có 27 đoàn viên được kết nạp vào Đảng và 19 "
        "đảng viên được công nhận chính thức."
    )
    assert (found["stage"], found["achieved"]) == ("admitted", 27)


def test_units_that_each_reached_a_floor_are_no_count():
    assert union_stats("Có 18 công đoàn xã, phường kết nạp từ 50 đoàn viên trở lên.") == []
    # (but the members the unions founded have, and a clause of their own, stay)
    founded = union_stats("Năm 2025, toàn tỉnh có 12 CĐCS được thành lập với hơn 1.000 đoàn viên.")
    assert [f["achieved"] for f in founded] == [12, 1000]
    stock = union_stats(
        "Liên đoàn lao động thành phố có 114 Công đoàn cơ sở trực thuộc, đã phát triển hơn 3.000 "
        "đoàn viên, đạt 201,9%."
    )
    assert [(f["achieved"], f["percent"]) for f in stock] == [(3000, 201.9)]


def test_a_rate_named_before_its_percent_past_a_time():
    found = one("Tỉ lệ ký kết thỏa ước lao động tập thể 6 tháng đạt 106,2% kế hoạch.")
    assert (found["label"], found["percent"], found["percent_kind"]) == (
        "thỏa ước lao động tập thể",
        106.2,
        "of_target",
    )


def test_a_count_listed_after_a_target_is_one_too_when_its_own_count_done_follows():
    found = union_stats(
        "Năm 2025, huyện đặt ra chỉ tiêu thành lập 30 CĐCS, làm được 43; kết nạp 10.000 đoàn viên, "
        "làm được gần 12.900."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", 43, 30),
        ("doan_vien_ket_nap", 12900, 10000),
    ]


def test_a_target_compared_after_still_low_against_it():
    found = union_stats(
        "“Năm nay chúng tôi mới làm được 3 công đoàn cơ sở, kết nạp hơn 170 đoàn viên, vẫn thấp so "
        "với chỉ tiêu 250 đoàn viên”, Chủ tịch LĐLĐ huyện Nghĩa Đàn cho biết."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", 3, None),
        ("doan_vien_ket_nap", 170, 250),
    ]


def test_officials_newly_elected_at_the_course_the_headline_names_are_trained():
    found = one(
        "Gần 120 cán bộ CĐCS mới được bầu, chỉ định tham dự.",
        title="Lớp bồi dưỡng kiến thức, kỹ năng cho cán bộ công đoàn mới tại Vĩnh Phúc",
    )
    assert (found["metric"], found["achieved"]) == ("can_bo_tap_huan", 120)


def test_a_share_of_those_introduced_who_are_admitted_but_not_the_youth_unions():
    found = one("Phấn đấu có ít nhất 40% số đoàn viên được giới thiệu được kết nạp vào Đảng.")
    assert (found["stage"], found["kind"], found["percent"], found["percent_kind"]) == (
        "admitted",
        "plan",
        40,
        "rate",
    )
    youth = "Tỉnh Đoàn Nghệ An giới thiệu 2.000 đoàn viên ưu tú cho Đảng"
    said = "Năm 2024, có 42% số đoàn viên được giới thiệu được kết nạp vào Đảng."
    assert union_stats(said, title=youth) == []


def test_the_partys_new_members_counted_by_name_are_no_unions_figure():
    assert (
        union_stats(
            "Năm 2024, số đảng viên mới được kết nạp trong khối doanh nghiệp tư nhân của tỉnh Bắc "
            "Giang là 230 người."
        )
        == []
    )


def test_those_introduced_or_admitted_take_a_target_or_percent_said_after_the_party():
    found = one("Cả năm giới thiệu được 52 người cho Đảng, chỉ tiêu giao là 45.")
    assert (found["stage"], found["achieved"], found["target"]) == ("introduced", 52, 45)
    brought = one(
        "Năm 2023, Công đoàn Tổng công ty Đông Bắc đã đưa được 56 đoàn viên vào Đảng, vượt chỉ "
        "tiêu 12%."
    )
    assert (brought["stage"], brought["achieved"], brought["percent"]) == ("admitted", 56, 12)
    assert brought["percent_kind"] == "over_target"
    by_whom = one(
        "Năm 2023, trên 90% đoàn viên được Công đoàn Công ty Nhiệt điện Phả Lại giới thiệu đã được "
        "kết nạp vào Đảng."
    )
    assert (by_whom["stage"], by_whom["percent"]) == ("admitted", 90)


def test_speech_the_quote_ends_what_its_verb_reaches():
    found = union_stats(
        "“Hai năm dịch thì mình mất cỡ bốn nghìn đoàn viên vì khách sạn đóng cửa, năm nay mới kết "
        "nạp lại được hơn hai nghìn”, một cán bộ LĐLĐ tỉnh nói."
    )
    assert all(f["achieved"] != 1 for f in found)


def test_speech_units_rewarded_or_over_a_floor_and_unions_after_members_said_short():
    assert (
        union_stats("“Có 47 doanh nghiệp được khen vì tổ chức tốt đối thoại với công nhân”.") == []
    )
    assert union_stats("“Có 9 LĐLĐ huyện kết nạp từ 300 đoàn viên trở lên”.") == []
    found = union_stats(
        "“Thành phố giao cho huyện 1.500 đoàn viên và 18 CĐCS, đến giờ mình được 1.620 đoàn viên "
        "và 19 CĐCS rồi”."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("doan_vien_ket_nap", 1620, 1500),
        ("cdcs_thanh_lap", 19, 18),
    ]


def test_speech_a_plan_in_words_then_reached_bare():
    found = one(
        "“Đoàn viên thì kế hoạch hai nghìn năm trăm, đạt hai nghìn bốn trăm tám mươi, thiếu chút "
        "xíu nữa thôi”."
    )
    assert (found["metric"], found["achieved"], found["target"]) == (
        "doan_vien_ket_nap",
        2480,
        2500,
    )
    # (not past a semicolon, where "đạt" may be another indicator's)
    said = union_stats("Tổng LĐLĐ giao 35 CĐCS ký mới thỏa ước lao động tập thể; đạt 29 (82,9%).")
    assert all(f["achieved"] != 29 or f["metric"] != "cdcs_thanh_lap" for f in said)


def test_drivers_who_sign_up_to_a_guild_are_recruits():
    found = one("TPHCM: Hơn 500 tài xế công nghệ đăng ký vào nghiệp đoàn")
    assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", 500)


def test_a_table_pasted_with_tabs_is_read_as_one_with_bars():
    found = one(
        "STT\tNội dung\tĐVT\tKế hoạch\tThực hiện\n1\tKết nạp đoàn viên\tngười\t3.000\t3.415",
        title="LĐLĐ huyện Tiên Du: kết quả năm 2024",
    )
    assert (found["metric"], found["achieved"], found["target"]) == (
        "doan_vien_ket_nap",
        3415,
        3000,
    )


def test_x_of_y_of_the_target_named_after_it_under_its_indicator():
    found = one("Thành lập CĐCS: 9/20 chỉ tiêu (45%)")
    assert (found["metric"], found["achieved"], found["target"], found["percent"]) == (
        "cdcs_thanh_lap",
        9,
        20,
        45,
    )
    # (indicators met are still none)
    assert union_stats("Năm 2024, huyện hoàn thành 7/10 chỉ tiêu.") == []


def test_cells_of_units_surveyed_or_rewarded_are_no_count():
    assert union_stats("Doanh nghiệp được khảo sát để thương lượng, ký kết thỏa ước: 35") == []
    assert (
        union_stats(
            "Nội dung | Kết quả\nDoanh nghiệp được trao thưởng vì thực hiện tốt đối thoại | 20"
        )
        == []
    )


def test_a_row_of_months_is_no_row_of_plan_done_and_percent():
    found = union_stats(
        "Chỉ tiêu | Tháng 7 | Tháng 8 | Tháng 9 | Cộng\nKết nạp đoàn viên | 64 | 58 | 91 | 213"
    )
    assert all(f["target"] != 64 for f in found)
    # (a row's percent with no sign stays its last cell, or before the next row's name)
    two = union_stats(
        "Doanh nghiệp ký mới thỏa ước lao động tập thể | 45 | 47 | 104,4 | Đoàn viên kết nạp mới "
        "| 2.500 | 2.612 | 104,5",
        title="Bình Phước: Kết quả thực hiện các chỉ tiêu Nghị quyết năm 2024",
    )
    assert (47, 45, 104.4) in [(f["achieved"], f["target"], f["percent"]) for f in two]


def test_a_ranking_by_the_percent_of_the_plan_of_the_one_count_its_headline_gives():
    found = union_stats(
        "Dẫn đầu là Công đoàn phường Hồng Bàng đạt 96% kế hoạch năm, Công đoàn xã An Dương đạt "
        "88%, Công đoàn phường Thủy Nguyên đạt 81%.",
        title="6 tháng đầu năm 2026: Hải Phòng kết nạp 8.640 đoàn viên, đạt 54% chỉ tiêu",
    )
    assert [(f["metric"], f["percent"], f["percent_kind"], f["organisation"]) for f in found] == [
        ("doan_vien_ket_nap", 96, "of_target", "Công đoàn phường Hồng Bàng"),
        ("doan_vien_ket_nap", 88, "of_target", "Công đoàn xã An Dương"),
        ("doan_vien_ket_nap", 81, "of_target", "Công đoàn phường Thủy Nguyên"),
    ]
    # (with no count around it, none)
    assert (
        union_stats(
            "Dẫn đầu là Công đoàn phường Hồng Bàng đạt 96% kế hoạch năm.",
            title="Hội thi cán bộ công đoàn giỏi",
        )
        == []
    )


def test_an_interviews_question_that_only_names_the_indicator_is_answered_in_place():
    found = one("PV: Còn đoàn viên? – Bà Lan: Được 6.870, đạt 114,5% kế hoạch.")
    assert (found["metric"], found["achieved"], found["percent"]) == (
        "doan_vien_ket_nap",
        6870,
        114.5,
    )
    # (not an answer that passed something by a count: the plan's or the result's)
    assert union_stats("– Còn đoàn viên? – Sáu nghìn, vượt hơn một trăm.") == []


def test_a_charts_cells_by_year_are_each_a_figure_of_its_year():
    found = union_stats("Biểu đồ 3. Số CĐCS thành lập mới: 2022: 48 | 2023: 61 | 2024: 57")
    assert [(f["metric"], f["achieved"], f["text_span"]) for f in found] == [
        ("cdcs_thanh_lap", 48, "thành lập mới: 2022: 48"),
        ("cdcs_thanh_lap", 61, "2023: 61"),
        ("cdcs_thanh_lap", 57, "2024: 57"),
    ]


def test_a_union_works_with_the_state_on_its_dialogues():
    found = one("LĐLĐ tỉnh phối hợp với Sở LĐ-TB&XH tổ chức 4 hội nghị đối thoại tại nơi làm việc.")
    assert (found["label"], found["achieved"]) == ("đối thoại", 4)
    # (what several firms did together is no floor each reached)
    found = union_stats(
        "Năm 2024, tỉnh thành lập 12 CĐCS và 7 doanh nghiệp kết nạp hơn 300 đoàn viên."
    )
    assert [f["achieved"] for f in found] == [12, 300]


def test_ratings_of_units_of_a_sector_and_of_two_grades_with_one_share():
    found = one(
        "Năm 2023, 1.032 CĐCS khu vực hành chính sự nghiệp hoàn thành tốt nhiệm vụ, chiếm 91%."
    )
    assert (found["label"], found["achieved"], found["percent"]) == (
        "cđcs hoàn thành tốt nhiệm vụ",
        1032,
        91,
    )
    found = one(
        "Năm 2023 có 1.245 CĐCS đạt vững mạnh, vững mạnh xuất sắc, chiếm 86,2% số được đánh giá."
    )
    assert (found["label"], found["achieved"], found["percent"]) == ("cđcs vững mạnh", 1245, 86.2)


def test_units_rated_after_others_joined_by_and_out_of_their_whole():
    found = union_stats(
        "Trong 214 CĐCS được đánh giá, 176 đơn vị đạt vững mạnh và 30 đơn vị xếp loại khá."
    )
    assert [(f["label"], f["achieved"], f["target"]) for f in found] == [
        ("cđcs vững mạnh", 176, 214),
        ("cđcs khá", 30, 214),
    ]
    # (units of firms are no unions rated)
    found = union_stats("Năm 2023, 176 doanh nghiệp đạt vững mạnh và 30 đơn vị xếp loại khá.")
    assert [f["achieved"] for f in found] == [176]


def test_the_count_of_a_share_said_after_it():
    found = one(
        "Sau đại hội, LĐLĐ tỉnh đã bồi dưỡng nghiệp vụ cho 100% chủ tịch CĐCS mới, với 275 người."
    )
    assert (found["metric"], found["achieved"], found["percent"]) == ("can_bo_tap_huan", 275, 100)
    found = one("Năm 2024, 100% CĐCS khối giáo dục tổ chức hội nghị viên chức, với 412 đơn vị.")
    assert (found["achieved"], found["percent"]) == (412, 100)
    # (people are no count of the units sharing in it)
    found = one("Năm 2024, 100% CĐCS khối giáo dục tổ chức hội nghị viên chức, với 412 người.")
    assert (found["achieved"], found["percent"]) == (None, 100)


def test_the_share_planned_said_short_after_the_share_reached():
    found = union_stats("Năm 2023 có 81,6% CĐCS đạt vững mạnh; năm 2024 phấn đấu đạt trên 85%.")
    assert [(f["kind"], f["label"], f["percent"], f["period"]) for f in found] == [
        ("result", "cđcs vững mạnh", 81.6, "Năm 2023"),
        ("plan", "cđcs vững mạnh", 85, "năm 2024"),
    ]
    assert found[1]["qualifiers"] == {"percent": "trên"}


def test_the_next_bodies_units_listed_after_the_first_share():
    found = union_stats(
        "Năm 2024, LĐLĐ Quận 12 có 420/455 doanh nghiệp tổ chức hội nghị người lao động, đạt "
        "92,3%; LĐLĐ TP Thủ Đức 610/702 doanh nghiệp, đạt 86,9%; LĐLĐ huyện Bình Chánh 288/350 "
        "doanh nghiệp, đạt 82,3%."
    )
    assert [(f["organisation"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("LĐLĐ Quận 12", 420, 455, 92.3),
        ("LĐLĐ TP Thủ Đức", 610, 702, 86.9),
        ("LĐLĐ huyện Bình Chánh", 288, 350, 82.3),
    ]
    assert {f["label"] for f in found} == {"hội nghị người lao động"}


def test_the_share_of_the_deed_named_before_its_percent_of_the_plan():
    found = one(
        "Năm 2024, Công đoàn các KCN ký kết mới 68 bản TƯLĐTT, tỉ lệ ký kết đạt 113,3% kế hoạch."
    )
    assert (found["achieved"], found["percent"], found["percent_kind"]) == (68, 113.3, "of_target")
    # (a share of something else named is its own)
    found = one("Năm 2024, LĐLĐ tỉnh kết nạp 1.200 đoàn viên, tỷ lệ đoàn viên đạt 85%.")
    assert (found["achieved"], found["percent"]) == (1200, None)


def test_percents_in_turn_of_the_plan_end_what_the_plan_governs():
    found = union_stats(
        "Cả nhiệm kỳ 2018 - 2023, các cấp công đoàn trong tỉnh đã kết nạp 42.680 đoàn viên, thành "
        "lập mới 187 CĐCS, lần lượt đạt 106,7% và 124,6% chỉ tiêu Nghị quyết Đại hội đề ra; giới "
        "thiệu 2.345 đoàn viên ưu tú cho Đảng."
    )
    assert [(f["kind"], f["achieved"], f["percent"]) for f in found] == [
        ("result", 42680, 106.7),
        ("result", 187, 124.6),
        ("result", 2345, None),
    ]


def test_the_union_of_a_provinces_offices_is_an_organisation():
    found = one(
        "Năm 2024, có 214/218 cơ quan, đơn vị thuộc Công đoàn Khối các cơ quan tỉnh Lào Cai tổ "
        "chức hội nghị cán bộ, công chức, đạt 98,2%."
    )
    assert (found["organisation"], found["achieved"], found["target"]) == (
        "Công đoàn Khối các cơ quan tỉnh Lào Cai",
        214,
        218,
    )


def test_a_bare_union_founded_with_its_members():
    found = one("Chúng tôi đi vận động ba tháng rồi mới thành lập được công đoàn với 45 đoàn viên.")
    assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", 45)
    found = one("“Hôm công đoàn ra mắt, khi đó có 530 đoàn viên, toàn là anh chị em tự nguyện”.")
    assert found["achieved"] == 530
    # (its founding in a year long past is its history)
    assert union_stats("Năm 1998, trường thành lập công đoàn với 45 đoàn viên.") == []


def test_what_the_speakers_did_after_the_target_they_were_given():
    found = one("“Chỉ tiêu tỉnh giao 45 bản thỏa ước, chúng tôi ký được 47 bản, đạt 104,4%”.")
    assert (found["kind"], found["achieved"], found["target"], found["percent"]) == (
        "result",
        47,
        45,
        104.4,
    )


def test_one_count_of_units_that_did_both():
    found = union_stats(
        "Năm 2024 có 74 doanh nghiệp vừa tổ chức hội nghị người lao động, vừa tổ chức đối thoại."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("hội nghị người lao động", 74),
        ("đối thoại", 74),
    ]


def test_a_rating_said_to_be_only_that_is_none_reached():
    found = union_stats(
        "Có 85% công đoàn cơ sở đạt hoàn thành tốt nhiệm vụ, ba đơn vị chỉ hoàn thành nhiệm vụ."
    )
    assert [(f["label"], f["achieved"], f["percent"]) for f in found] == [
        ("cđcs hoàn thành tốt nhiệm vụ", None, 85)
    ]
    found = one("Năm 2024, 04 CĐCS hoàn thành nhiệm vụ.")
    assert (found["label"], found["achieved"]) == ("cđcs hoàn thành nhiệm vụ", 4)


def test_an_if_said_with_ma_and_thi_is_no_count_done():
    # (probes361)
    assert union_stats("Năm nay mà kết nạp được 600 đoàn viên thì đã mừng rồi.") == []
    found = one("Năm nay kết nạp được 600 đoàn viên mà vẫn chưa đạt kế hoạch.")
    assert found["achieved"] == 600


def test_rough_ranges_in_words_and_the_months_with_few_and_many():
    found = one("Năm ngoái thì chừng hai, ba trăm anh em đăng ký tham gia nghiệp đoàn rồi.")
    assert (found["achieved"], found["qualifiers"]) == (
        {"min": 200, "max": 300},
        {"achieved": "chừng"},
    )
    # (what happens now and then is no count: CONVENTIONS.md, probes196)
    for said in (
        "“Công nhân mới vào thì tháng nào mình cũng kết nạp, tháng ít thì vài chục, tháng nhiều "
        "thì một, hai trăm người”, chị Nga chia sẻ.",
        "Chị Nga nói tháng ít thì vài chục, tháng nhiều thì 200 người vào công đoàn.",
    ):
        assert union_stats(said) == [], said


def test_units_counted_in_words_over_a_floor_and_deeds_written_short():
    # (probes365)
    assert union_stats("Có chín công đoàn cơ sở kết nạp từ một trăm đoàn viên trở lên.") == []
    found = one(
        "Về đoàn viên thì kết nạp được bốn nghìn... à, tôi nói lại, bốn nghìn hai trăm người."
    )
    assert found["achieved"] == 4200
    found = union_stats("– KCX Tân Thuận: TL 2 CĐCS, KN 318 ĐV.")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 2),
        ("doan_vien_ket_nap", 318),
    ]


def test_percents_done_in_turn_of_the_years_plans_said_before():
    found = union_stats(
        "Kế hoạch cả năm 2024: kết nạp 7.500 đoàn viên, thành lập 28 CĐCS; 9 tháng đạt lần lượt "
        "78,7% và 78,6%."
    )
    assert [(f["kind"], f["target"], f["percent"]) for f in found] == [
        ("result", 7500, 78.7),
        ("result", 28, 78.6),
    ]
    # (a plan's own aims stay planned)
    found = union_stats(
        "Năm 2025 phấn đấu kết nạp 7.500 đoàn viên, thành lập 28 CĐCS, đạt lần lượt 100% và 110% "
        "kế hoạch."
    )
    assert {f["kind"] for f in found} == {"plan"}


def test_counts_and_targets_said_short_in_answers():
    # (probes365)
    found = one(
        "PV: Còn chỉ tiêu thành lập công đoàn cơ sở năm nay của huyện là bao nhiêu? – Ông K’Brơi: "
        "Chỉ tiêu là sáu, chúng tôi làm được năm, còn một cái đang vận động."
    )
    assert (found["metric"], found["achieved"], found["target"]) == ("cdcs_thanh_lap", 5, 6)
    found = one(
        "PV: Số đoàn viên kết nạp thì sao ạ? – Ông K’Brơi: Cũng được hai trăm bốn mươi người, "
        "vượt chút ít so với kế hoạch hai trăm của năm nay."
    )
    assert (found["metric"], found["achieved"], found["target"]) == ("doan_vien_ket_nap", 240, 200)
    found = one(
        "PV: Huyện đã kết nạp được bao nhiêu đoàn viên? – Ông Hưng: Đến giờ là được hơn một "
        "nghìn rưỡi đoàn viên rồi, đạt khoảng 94% kế hoạch."
    )
    assert (found["achieved"], found["percent"]) == (1500, 94)
    found = one("“Cả năm được hai trăm tám mươi sáu đoàn viên, chỉ tiêu giao là hai trăm rưỡi”.")
    assert (found["achieved"], found["target"]) == (286, 250)
    # (the plan's year is no target in words)
    assert one("Huyện kết nạp được 240 đoàn viên, vượt kế hoạch năm, tăng mạnh.")["target"] is None


def test_a_plans_target_and_percent_in_brackets_apart_by_a_semicolon():
    # (probes369)
    found = union_stats(
        "6 tháng, toàn thành phố kết nạp 5.340 đoàn viên (KH năm: 10.000; đạt 53,4%), thành lập 38 "
        "CĐCS (KH năm: 60; đạt 63,3%)."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [
        (5340, 10000, 53.4),
        (38, 60, 63.3),
    ]


def test_two_counts_said_as_one_now_and_then_and_an_anniversarys_guests():
    # (probes369, probes368)
    assert union_stats("Có tháng, LĐLĐ thành phố Long Xuyên kết nạp được 100, 120 đoàn viên.") == []
    assert (
        union_stats(
            "“Ngày 28/7/2024, chúng tôi sẽ tổ chức lễ kỷ niệm 95 năm Ngày thành lập Công đoàn Việt "
            "Nam với hơn 300 đoàn viên tham dự”, ông Hiếu nói."
        )
        == []
    )


def test_companies_among_those_with_no_union_that_founded_one():
    # (probes367; not among all there are, a stock)
    found = one(
        "Các cấp công đoàn đã tiếp cận 215 doanh nghiệp chưa có tổ chức công đoàn, trong đó 19 "
        "doanh nghiệp đã thành lập được CĐCS."
    )
    assert (found["metric"], found["achieved"]) == ("cdcs_thanh_lap", 19)
    assert (
        union_stats(
            "Toàn tỉnh có 1.896 doanh nghiệp, trong đó có 1.026 doanh nghiệp đã thành lập được tổ "
            "chức Công đoàn cơ sở."
        )
        == []
    )


def test_other_indicators_planned_checked_floored_and_with_a_bare_target():
    title = "Công đoàn tỉnh Bắc Ninh: kết quả năm 2024"
    # (probes370)
    found = one(
        "Trong tháng 1/2025, 324 cơ quan, đơn vị sẽ tổ chức hội nghị cán bộ, công chức, viên chức.",
        title=title,
    )
    assert (found["kind"], found["target"]) == ("plan", 324)
    found = one("Cả năm có 186 doanh nghiệp tổ chức đối thoại định kỳ, chỉ tiêu giao là 170.")
    assert (found["label"], found["achieved"], found["target"]) == ("đối thoại", 186, 170)
    found = one(
        "Số cuộc đối thoại định kỳ tổ chức được trong năm 2023 là 648 cuộc, vượt 8% kế hoạch.",
        title=title,
    )
    assert (found["achieved"], found["percent"]) == (648, 8)
    for none in (
        "Có 27 doanh nghiệp tổ chức từ 3 cuộc đối thoại trở lên trong năm.",
        "Thanh tra Sở Lao động - Thương binh và Xã hội đã kiểm tra việc tổ chức đối thoại tại 86 "
        "doanh nghiệp.",
    ):
        assert union_stats(none, title=title) == [], none


def test_new_members_gained_said_with_duoc():
    # (probes365)
    found = union_stats(
        "“Năm nay công đoàn được một trăm chín mươi đoàn viên mới, năm ngoái được 160.”"
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 190),
        ("doan_vien_ket_nap", 160),
    ]


def test_the_next_plan_said_short_in_words_or_as_a_rise():
    # (probes368)
    found = union_stats(
        "“Năm 2024 chúng tôi kết nạp được 2.460 đoàn viên; năm nay đặt mục tiêu ba nghìn, cao hơn "
        "một chút thôi”, ông Tuấn nói."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("result", 2460, None),
        ("plan", None, 3000),
    ]
    found = union_stats(
        "“Năm 2024 Công đoàn đã tập huấn cho ba trăm hai mươi lượt cán bộ, năm 2025 sẽ nâng lên "
        "năm trăm lượt”, bà Lan khẳng định."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("result", 320, None),
        ("plan", None, 500),
    ]


def test_targets_said_bare_in_speech_against_a_count_done():
    # (probes372, probes374)
    for said, expected in (
        (
            "Ông Hùng cho biết, năm nay chúng tôi mới được 4.200 đoàn viên trong khi chỉ tiêu giao "
            "là 12.000.",
            (4200, 12000),
        ),
        ("“Cả năm mình được 312 đoàn viên mới, tỉnh giao có 280 thôi”, ông Hiếu cười.", (312, 280)),
        (
            "“Chỉ tiêu năm nay 10 công đoàn cơ sở, đến tháng 9 chúng tôi đã làm được 11, vượt "
            "10%”, bà Lài nói.",
            (11, 10),
        ),
    ):
        found = one(said)
        assert (found["achieved"], found["target"]) == expected, said
    # (a hedge of speech: "độ")
    found = one("“Chỉ tiêu năm nay giao 3.000 đoàn viên, tới giờ mới đạt độ 48%”, bà Chi nói.")
    assert (found["target"], found["percent"], found["qualifiers"]) == (
        3000,
        48,
        {"percent": "độ"},
    )


def test_units_named_with_their_body_or_their_zone_before_the_indicator():
    # (probes374)
    found = one(
        "Trong năm 2023, có 46/52 doanh nghiệp ngoài nhà nước trong Khu công nghiệp Giao Long tổ "
        "chức đối thoại tại nơi làm việc."
    )
    assert (found["label"], found["achieved"], found["target"]) == ("đối thoại", 46, 52)
    found = one(
        "Hết năm 2024, 312 trên tổng số 325 CĐCS khối doanh nghiệp của LĐLĐ thành phố Thủ Dầu Một "
        "tổ chức hội nghị người lao động."
    )
    assert (found["achieved"], found["target"]) == (312, 325)


def test_a_unions_growth_over_its_history_is_no_count_recruited():
    # (probes374)
    assert (
        union_stats(
            "Trải qua 70 năm xây dựng và phát triển, Công đoàn Đường sắt Việt Nam từ 1.200 đoàn "
            "viên ban đầu nay đã có gần 20.000 đoàn viên."
        )
        == []
    )
    assert one("Năm 2024, LĐLĐ tỉnh phát triển 5.083 đoàn viên.")["achieved"] == 5083


def test_a_campaigns_name_in_quotes_and_units_praised_are_no_count():
    # (probes372)
    for said in (
        "“Tên đợt thi đua là “Tháng phát triển 500 đoàn viên” cho dễ nhớ, còn số cụ thể mỗi đơn vị "
        "sẽ bàn sau”, ông Khải giải thích.",
        "“Năm nay tỉnh khen 15 doanh nghiệp làm tốt đối thoại và thỏa ước”, bà Y Nhi nói.",
    ):
        assert union_stats(said) == [], said
    # (a quote of speech that opens on a month is read)
    assert one("Bà Lan nói “Tháng này chúng tôi kết nạp 120 đoàn viên”.")["achieved"] == 120


def test_those_who_took_part_listed_with_other_people_recruited_none():
    # (probes378)
    assert (
        union_stats(
            "Giải chạy “Vì đoàn viên khỏe” năm 2024 được hơn 2.000 đoàn viên, người lao động tham "
            "gia."
        )
        == []
    )
    assert one("Năm nay chúng tôi được 2.100 đoàn viên, đạt 105% kế hoạch.")["achieved"] == 2100


def test_a_stocks_share_of_the_bare_workers_is_not_the_counts():
    # (probes376)
    found = one(
        "Trong năm Công đoàn Công ty đã kết nạp thêm 1.126 đoàn viên, nâng tổng số đoàn viên lên "
        "14.890 người, chiếm 97% lao động."
    )
    assert (found["achieved"], found["percent"]) == (1126, None)


def test_one_agreement_signed_with_many_companies_counts_them():
    # (probes376, probes377; CONVENTIONS.md: the companies of a group agreement)
    for said, count in (
        ("Thỏa ước được ký kết với sự tham gia của 7 doanh nghiệp may mặc.", 7),
        ("Bà Hằng: Thỏa ước ngành dệt may lần thứ 5 được ký với 121 doanh nghiệp tham gia.", 121),
    ):
        found = one(said)
        assert (found["label"], found["achieved"]) == ("thỏa ước lao động tập thể", count)


def test_units_over_a_floor_in_a_headline_are_no_target():
    # (probes377)
    headline = "Nghệ An: 12 công đoàn huyện kết nạp từ 300 đoàn viên trở lên"
    assert union_stats(headline, title=headline) == []
    assert one("Hải Dương: 25 CĐCS kết nạp hơn 3.000 đoàn viên")["achieved"] == 3000


def test_two_years_compared_with_neu_thi_keep_both_counts():
    # (probes377)
    found = union_stats(
        "Nếu năm 2022, LĐLĐ tỉnh kết nạp 5.400 đoàn viên thì năm 2023 con số này là 8.120."
    )
    assert [(f["achieved"], f["period"]) for f in found] == [
        (5400, "năm 2022"),
        (8120, "năm 2023"),
    ]
    assert union_stats("Nếu năm 2025 LĐLĐ tỉnh kết nạp 5.400 đoàn viên thì sẽ vượt kế hoạch.") == []


def test_a_topics_count_said_short_takes_its_percent():
    # (probes376)
    found = one(
        "Ông Sơn: Thành lập CĐCS thì mới được 18/25, tức là đạt 72%, đây là chỉ tiêu duy nhất."
    )
    assert (found["achieved"], found["target"], found["percent"]) == (18, 25, 72)


def test_short_of_a_share_of_the_plan():
    # (probes376)
    found = one(
        "Tính đến hết tháng 2, toàn khu kết nạp mới được hơn 1.700 đoàn viên, chưa đến 9% chỉ tiêu."
    )
    assert (found["achieved"], found["percent"], found["percent_kind"]) == (1700, 9, "of_target")
    # (with no plan named, a percent "chưa đạt" is nobody's)
    assert one("Huyện kết nạp 300 đoàn viên, chưa đạt 50%.")["percent"] is None


def test_a_request_to_consider_a_target_is_a_proposal():
    # (probes376)
    assert (
        union_stats(
            "Bà cũng đề nghị Tổng LĐLĐ Việt Nam xem xét giao chỉ tiêu phát triển đoàn viên "
            "năm 2024 cho thành phố ở mức 12.000 người, thay vì 15.000 như dự kiến."
        )
        == []
    )


def test_a_count_per_year_somewhere_is_a_condition():
    # (probes376)
    assert union_stats("Ông Anh: Có tỉnh một năm kết nạp 10 người thì mất tới 14 người.") == []


def test_two_targets_then_both_done_in_words():
    # (probes376)
    found = union_stats(
        "Thành phố giao chúng tôi chỉ tiêu kết nạp một nghìn hai trăm đoàn viên, thành lập "
        "mười hai CĐCS; kết quả chúng tôi làm được một nghìn ba trăm linh năm đoàn viên "
        "và mười bốn CĐCS."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("doan_vien_ket_nap", 1305, 1200),
        ("cdcs_thanh_lap", 14, 12),
    ]


def test_a_rough_range_said_short():
    # (probes376)
    found = one("Ông Hải: Năm nay thì khó hơn, đến giờ mới được chừng 500, 600 đoàn viên thôi.")
    assert found["achieved"] == {"min": 500, "max": 600}


def test_only_the_percent_done_after_a_target_the_lead_set():
    # (probes377; CONVENTIONS.md: the percent done of a target just named)
    lead = "Chỉ tiêu năm 2024 của LĐLĐ tỉnh Kiên Giang là kết nạp 2.800 đoàn viên."
    found = one("Tuy nhiên, đến nay mới đạt 64,3%.", title="Kiên Giang: Chậm tiến độ", lead=lead)
    assert (found["metric"], found["percent"], found["text_span"]) == (
        "doan_vien_ket_nap",
        64.3,
        "đạt 64,3%",
    )
    # (two targets set: whose it is, nobody can say)
    two = "Chỉ tiêu năm 2024 là kết nạp 2.800 đoàn viên và thành lập 20 CĐCS."
    assert union_stats("Tuy nhiên, đến nay mới đạt 64,3%.", title="Chậm tiến độ", lead=two) == []


def test_a_headline_opening_on_the_percent_of_a_plan():
    # (probes377)
    headline = "60,5% kế hoạch phát triển đoàn viên sau 6 tháng"
    found = one(headline, title=headline)
    assert (found["metric"], found["percent"], found["percent_kind"]) == (
        "doan_vien_ket_nap",
        60.5,
        "of_target",
    )


def test_a_percent_of_the_plan_with_its_count_after_the_year():
    # (probes375)
    found = one(
        "Công đoàn các KCN tỉnh Hà Nam đã hoàn thành 100% chỉ tiêu thành lập CĐCS năm 2023 với 12 "
        "CĐCS."
    )
    assert (found["achieved"], found["percent"]) == (12, 100)


def test_unions_just_launched_before_a_total_raised():
    # (probes378)
    found = one(
        "Với 3 CĐCS vừa ra mắt, Công đoàn Khu kinh tế Vân Phong nâng tổng số CĐCS trực thuộc "
        "lên 87 đơn vị, với 24.500 đoàn viên."
    )
    assert (found["metric"], found["achieved"]) == ("cdcs_thanh_lap", 3)


def test_a_founding_target_in_units_past_its_body_and_year():
    # (probes378)
    found = one(
        "Chỉ tiêu thành lập CĐCS năm 2024 của LĐLĐ tỉnh Ninh Thuận là 15 đơn vị; đến hết quý III "
        "mới đạt 46,7%."
    )
    assert (found["kind"], found["target"], found["percent"]) == ("result", 15, 46.7)


def test_a_periods_year_is_kept_where_the_figure_opens_on_it():
    found = union_stats("Năm 2023 kết nạp 500 đoàn viên thì năm 2024 đã lên 800.")
    assert [f["period"] for f in found] == ["Năm 2023", "năm 2024"]


def test_the_members_of_each_union_a_headline_founds_in_words():
    # (probes377)
    found = union_stats(
        "Nghiệp đoàn xe ôm công nghệ có 112 thành viên, Nghiệp đoàn xe taxi công nghệ có 74 thành "
        "viên.",
        title="Thành lập hai nghiệp đoàn xe công nghệ tại Đà Nẵng",
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 112),
        ("doan_vien_ket_nap", 74),
    ]
    # (under a headline that founds none, what a union has is no count)
    assert (
        union_stats(
            "Nghiệp đoàn xe ôm công nghệ có 112 thành viên.",
            title="Hai nghiệp đoàn xe công nghệ tại Đà Nẵng tổ chức đại hội",
        )
        == []
    )


def test_a_count_done_within_the_whole_target():
    # (probes379)
    found = one(
        "Tính đến hết quý III/2024, LĐLĐ tỉnh Điện Biên đã kết nạp 1.512 đoàn viên trên tổng chỉ "
        "tiêu 1.800 đoàn viên, đạt 84%."
    )
    assert (found["achieved"], found["target"], found["percent"]) == (1512, 1800, 84)
    found = union_stats(
        "Công đoàn Bưu điện kết nạp 1.356 đoàn viên trong tổng chỉ tiêu cả năm 1.500 đoàn viên, "
        "đạt 90,4%, và có 38 đoàn viên ưu tú được kết nạp vào Đảng."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("result", 1356, 1500),
        ("result", 38, None),
    ]


def test_a_proposal_that_the_deed_be_ordered():
    # (probes379)
    assert (
        union_stats(
            "LĐLĐ tỉnh kiến nghị UBND tỉnh chỉ đạo 100% doanh nghiệp từ 25 lao động trở lên phải "
            "thành lập công đoàn."
        )
        == []
    )


def test_an_answer_under_a_headline_that_names_a_target_is_no_plan():
    # (probes380: the question, from its label, asks nothing of a plan)
    found = union_stats(
        "Bà Thủy cho biết năm học 2023-2024, ngành thành lập thêm 7 CĐCS ở các trường ngoài công "
        "lập, kết nạp 356 đoàn viên.",
        title="Chủ tịch Công đoàn ngành Giáo dục Thanh Hóa: “Chỉ tiêu đoàn viên không đáng lo”",
        lead="Hỏi: Ngành giáo dục có khó phát triển đoàn viên không?",
    )
    assert [(f["kind"], f["achieved"]) for f in found] == [("result", 7), ("result", 356)]


def test_a_bare_target_then_the_count_done_with_its_noun():
    # (probes380)
    found = one(
        "“Mục tiêu năm 2023 là 700, chúng tôi làm được 728 đoàn viên, vượt 4%”, ông Tiến nói."
    )
    assert (found["achieved"], found["target"], found["percent"]) == (728, 700, 4)
    found = one("Kế hoạch năm 2023 là 12, chúng tôi làm được 14 CĐCS.")
    assert (found["metric"], found["achieved"], found["target"]) == ("cdcs_thanh_lap", 14, 12)


def test_another_times_count_in_words_equal_to_the_first():
    # (probes380: the same number of another time is no repeat)
    found = union_stats(
        "“Cả năm 2023 chúng tôi thành lập được 6 công đoàn cơ sở, sáu tháng nay cũng đã được sáu, "
        "bằng 75% chỉ tiêu năm”, ông Nghĩa nói."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(6, None), (6, 75)]


def test_a_hedged_bare_percent_after_a_count_said_short():
    # (probes380)
    found = one("“Khó đạt, chị ạ, đến giờ mới được 9 CĐCS, chừng 60% thôi”, ông Sơn nói.")
    assert (found["achieved"], found["percent"], found["percent_kind"]) == (9, 60, "of_target")


def test_applicants_to_a_union_just_founded_are_no_members_yet():
    # (H17-009)
    assert (
        union_stats(
            "Hiện, Nghiệp đoàn lái xe công nghệ - Grab đã có 184 người lao động viết đơn gia nhập "
            "và số lượng đăng tiếp tục tăng lên.",
            title="Thành lập Nghiệp đoàn lái xe công nghệ Grab đầu tiên tại Đà Nẵng",
        )
        == []
    )
    # (nor is a breakdown of the members the headline gave, probes44)
    assert (
        union_stats(
            "Trong đó, Nghiệp đoàn xã Vị Tân có 52 đoàn viên, Nghiệp đoàn xã Hỏa Lựu có 46 đoàn "
            "viên.",
            title="Hậu Giang: Ra mắt 2 nghiệp đoàn Dân quân tự vệ cơ sở với 98 đoàn viên",
        )
        == []
    )


def test_money_collected_from_new_unions_founds_none():
    # (probes381)
    assert (
        union_stats(
            "Kinh phí công đoàn thu được từ 14 CĐCS mới đạt 1,2 tỷ đồng, trong đó khối doanh "
            "nghiệp FDI đóng góp 860 triệu đồng."
        )
        == []
    )
    assert one("Năm nay công đoàn được 190 đoàn viên mới.")["achieved"] == 190


def test_floors_each_unit_reached_named_or_as_a_share():
    # (probes381)
    found = union_stats(
        "Năm 2024, LĐLĐ tỉnh Hải Dương kết nạp 3.120 đoàn viên, trong đó LĐLĐ TP.Hải Dương, LĐLĐ "
        "TP.Chí Linh và LĐLĐ huyện Cẩm Giàng đều kết nạp từ 300 đoàn viên trở lên."
    )
    assert [f["achieved"] for f in found] == [3120]
    assert (
        union_stats(
            "Đến hết tháng 6, có 14/27 LĐLĐ huyện, thị xã, thành phố và công đoàn ngành đã hoàn "
            "thành trên 70% chỉ tiêu kết nạp đoàn viên cả năm."
        )
        == []
    )


def test_pairs_listed_in_turn_before_their_noun():
    # (probes381)
    found = union_stats(
        "Công đoàn Tổng công ty Viglacera, Công đoàn Tổng công ty Licogi và Công đoàn Tổng công ty "
        "Sông Đà kết nạp lần lượt 640/700, 410/500 và 385/400 đoàn viên."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(640, 700), (410, 500), (385, 400)]


def test_the_new_unions_listed_with_their_members_under_a_founding_headline():
    # (probes381)
    found = union_stats(
        "Các CĐCS mới gồm CĐCS Công ty TNHH May Tam Nông Việt với 215 đoàn viên, CĐCS Công ty CP "
        "Gạch Cổ Tiết với 42 đoàn viên và CĐCS Công ty TNHH Thương mại Hưng Phát với 18 đoàn viên.",
        title="Phú Thọ: LĐLĐ huyện Tam Nông thành lập ba CĐCS mới",
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", 215),
        ("doan_vien_ket_nap", 42),
        ("doan_vien_ket_nap", 18),
    ]


def test_what_is_hoped_for_by_the_years_end_is_a_plan():
    # (probes323)
    found = one(
        "Bà Trang: Cố gắng lắm thì đến cuối năm được khoảng 450 đến 480 đoàn viên, chứ 500 thì khó."
    )
    assert (found["kind"], found["target"]) == ("plan", {"min": 450, "max": 480})
    # (the end of a year named is a time gone by)
    found = one("Đến cuối năm 2024 được khoảng 450 đoàn viên.")
    assert (found["kind"], found["achieved"]) == ("result", 450)


def test_an_average_per_commune_and_ward_is_no_count():
    # (probes384: the comma of "xã, phường" ends no clause)
    assert (
        union_stats("Bình quân mỗi công đoàn xã, phường kết nạp 38 đoàn viên trong năm 2025.") == []
    )
    found = one("Năm 2025, các công đoàn xã, phường kết nạp 3.800 đoàn viên.")
    assert found["achieved"] == 3800


def test_a_bare_target_after_its_count_named_by_the_city_federation():
    # (probes386)
    found = union_stats(
        "Cả năm 2023, Công đoàn Viên chức thành phố kết nạp 512 đoàn viên, chỉ tiêu LĐLĐ thành phố "
        "giao là 450, đồng thời được tặng 32 Bằng khen."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(512, 450)]


def test_a_share_to_be_rated_leaves_the_next_target_planned():
    # (probes384)
    found = union_stats(
        "Năm 2026, LĐLĐ tỉnh Phú Thọ phấn đấu 85–90% CĐCS được đánh giá đạt vững mạnh; thành lập "
        "từ 35 đến 40 CĐCS."
    )
    assert [(f["metric"], f["kind"]) for f in found] == [
        ("other", "plan"),
        ("cdcs_thanh_lap", "plan"),
    ]
    assert found[1]["target"] == {"min": 35, "max": 40}


def test_targets_in_brackets_as_a_pair_or_past_the_party():
    # (probes385)
    found = union_stats(
        "Theo đó, đã thành lập 12 CĐCS (12/12 chỉ tiêu), kết nạp 1.410 đoàn viên (1.410/1.350 chỉ "
        "tiêu)."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(12, 12), (1410, 1350)]
    found = union_stats("Năm 2024 giới thiệu 215 đoàn viên ưu tú cho Đảng (chỉ tiêu 180).")
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("dang_vien_gioi_thieu", 215, 180)
    ]


def test_a_percent_against_another_quarter_is_no_percent_of_the_plan():
    # (probes390)
    found = union_stats(
        "Quý II/2025, LĐLĐ huyện Đông Anh kết nạp 520 đoàn viên, bằng 94% so với quý II/2024."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(520, None)]
    found = union_stats(
        "Quý II/2025, LĐLĐ huyện Đông Anh kết nạp 520 đoàn viên, đạt 34% so với kế hoạch năm."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(520, 34)]


def test_a_percent_alone_past_a_day_or_month_of_the_calendar():
    # (probes388)
    found = union_stats(
        "Đối với chỉ tiêu thành lập CĐCS, tính đến ngày 15/9 toàn huyện mới đạt 45% kế hoạch."
    )
    assert [(f["metric"], f["percent"], f["percent_kind"]) for f in found] == [
        ("cdcs_thanh_lap", 45, "of_target")
    ]


def test_a_bare_target_the_union_above_named_in_full_assigned():
    # (probes387)
    found = union_stats(
        "Năm 2025, Công đoàn Công ty Xi măng Hà Tiên kết nạp được 132 đoàn viên, trong khi chỉ "
        "tiêu Công đoàn Xây dựng Việt Nam giao là 120 đoàn viên."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [("result", 132, 120)]


@pytest.mark.parametrize(
    ("text", "percent", "qualifiers"),
    [
        # a hedge before "bằng"
        (
            "Hết quý III, LĐLĐ tỉnh kết nạp 3.150 đoàn viên, gần bằng 80% kế hoạch năm.",
            80,
            {"percent": "gần"},
        ),
        # past how many times the same time a year before
        (
            "Hết quý III, LĐLĐ tỉnh kết nạp 3.150 đoàn viên, gấp đôi cùng kỳ, đạt 80% kế hoạch.",
            80,
            {},
        ),
        # past the best yet
        (
            "Năm 2025, LĐLĐ tỉnh kết nạp 3.150 đoàn viên, cao nhất từ trước tới nay, đạt 105% chỉ "
            "tiêu.",
            105,
            {},
        ),
    ],
)
def test_the_plans_percent_past_a_hedge_a_comparison_or_the_best_yet(text, percent, qualifiers):
    # (probes390)
    [found] = union_stats(text)
    assert (found["achieved"], found["percent"], found["qualifiers"]) == (
        3150,
        percent,
        qualifiers,
    )


def test_targets_set_out_after_a_colon_are_planned():
    # (probes393)
    found = union_stats(
        "Kế hoạch năm 2026 giao cụ thể như sau: LĐLĐ huyện Tuy Phước kết nạp 300 đoàn viên; LĐLĐ "
        "huyện Tây Sơn 240 đoàn viên, thành lập 3 CĐCS."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("plan", None, 300),
        ("plan", None, 240),
        ("plan", None, 3),
    ]
    # (not when what follows says what was done)
    found = union_stats(
        "Kết quả thực hiện chỉ tiêu cụ thể như sau: LĐLĐ huyện Tuy Phước đã kết nạp 300 đoàn viên."
    )
    assert [(f["kind"], f["achieved"]) for f in found] == [("result", 300)]


def test_the_rest_who_are_yet_to_join_are_no_figure():
    # (probes392)
    found = union_stats(
        "Đợt này công đoàn kết nạp 35 trên tổng số 40 công nhân mới, đạt 87,5%, năm người còn lại "
        "đang thử việc."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(35, 40)]


@pytest.mark.parametrize(
    "text",
    [
        # an age (probes402)
        "Tuổi bình quân của đoàn viên mới kết nạp năm 2025 là 29.",
        # each unit's floor, units listed by sector and place (probes402)
        "Có 5 công đoàn ngành, địa phương thành lập từ 10 CĐCS trở lên trong năm 2025.",
        # by provinces, and the next units after a semicolon
        "Có 11 LĐLĐ tỉnh, thành phố kết nạp từ 5.000 đoàn viên trở lên trong 9 tháng.",
        "Có 4 LĐLĐ huyện kết nạp từ 500 đoàn viên trở lên; 2 đơn vị thành lập được từ 8 CĐCS "
        "trở lên.",
    ],
)
def test_an_age_or_each_units_floor_is_no_figure(text):
    assert union_stats(text) == []


def _figures(text: str, **context) -> list[tuple]:
    return [
        (f["metric"], f["label"], f["kind"], f["achieved"], f["target"], f["percent"])
        for f in union_stats(text, **context)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a target of dialogues, then what was done of it by a month
        (
            "Năm 2025, LĐLĐ huyện được giao 80 cuộc đối thoại; đến tháng 9 đã tổ chức 64 cuộc, "
            "đạt 80%.",
            [("other", "đối thoại", "result", 64, 80, 80)],
        ),
        # a target of agreements, what was done of it past the label's long name
        (
            "Công đoàn các KCN được giao chỉ tiêu 40 doanh nghiệp ký mới thỏa ước lao động tập "
            "thể, đến nay đã thực hiện được 46 doanh nghiệp, vượt 15%.",
            [("other", "thỏa ước lao động tập thể", "result", 46, 40, 15)],
        ),
    ],
)
def test_another_indicators_target_then_what_was_done_of_it(text, expected):
    assert _figures(text) == expected


def test_a_percent_that_is_not_the_ratio_leaves_the_target_alone():
    # 52/70 is 74,3%, not 60%: the percent is of something else, the counts no pair
    found = _figures(
        "Huyện được giao chỉ tiêu 70 doanh nghiệp tổ chức đối thoại định kỳ, đến nay đã tổ chức "
        "được 52 doanh nghiệp, đạt 60%."
    )
    assert ("other", "đối thoại", "result", 52, 70, 60) not in found


@pytest.mark.parametrize(
    "text, plan",
    [
        (
            "Năm 2025, các CĐCS ký mới 38 bản thỏa ước lao động tập thể; năm 2026 phấn đấu ký "
            "mới thêm 45 bản.",
            ("other", "thỏa ước lao động tập thể", "plan", None, 45, None),
        ),
        (
            "“Năm ngoái có 210 doanh nghiệp tổ chức đối thoại định kỳ, năm nay phấn đấu lên 240”, "
            "ông Hải nói.",
            ("other", "đối thoại", "plan", None, 240, None),
        ),
    ],
)
def test_the_next_periods_plan_of_the_indicator_just_counted(text, plan):
    assert _figures(text)[-1] == plan


def test_a_plan_of_another_noun_is_not_the_indicators():
    # money planned after the count is no plan of agreements
    assert [
        f[2]
        for f in _figures(
            "Năm 2025, các CĐCS ký mới 38 bản thỏa ước lao động tập thể; năm 2026 phấn đấu hỗ "
            "trợ 45 triệu đồng."
        )
    ] == ["result"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Công đoàn ngành Giáo dục có 204 trên 210 CĐCS đạt vững mạnh, Công đoàn ngành Y tế có "
            "61 trên 66 CĐCS.",
            [(204, 210, None), (61, 66, None)],
        ),
        (
            "Ở huyện Thanh Trì, 88 doanh nghiệp đã tổ chức hội nghị người lao động; ở huyện "
            "Thường Tín là 47 doanh nghiệp.",
            [(88, None, None), (47, None, None)],
        ),
        (
            "Công đoàn KCN Quế Võ có 96/101 doanh nghiệp tổ chức đối thoại định kỳ (95%), KCN "
            "Tiên Sơn 120/128 doanh nghiệp (93,8%).",
            [(96, 101, 95), (120, 128, 93.8)],
        ),
    ],
)
def test_the_next_bodies_units_of_another_indicator(text, expected):
    assert [(f[3], f[4], f[5]) for f in _figures(text)] == expected


def test_the_next_bodies_units_of_a_count_shared_by_two_indicators():
    found = _figures(
        "Tại quận Hải Châu, 74 doanh nghiệp đã tổ chức hội nghị người lao động và đối thoại định "
        "kỳ; tại quận Thanh Khê là 39 doanh nghiệp."
    )
    assert sorted((f[1], f[3]) for f in found) == [
        ("hội nghị người lao động", 39),
        ("hội nghị người lao động", 74),
        ("đối thoại", 39),
        ("đối thoại", 74),
    ]


@pytest.mark.parametrize(
    "text, context, expected",
    [
        # a bare target the sa-pô set, said again, then what was done of it
        (
            "“Chỉ tiêu 4.000 mà tới giờ mới được khoảng 2.900, tức là khoảng 72%”, ông Bình nói.",
            {
                "lead": "Năm 2025, LĐLĐ tỉnh được giao chỉ tiêu kết nạp 4.000 đoàn viên, thành "
                "lập 25 CĐCS."
            },
            ("doan_vien_ket_nap", None, "result", 2900, 4000, 72),
        ),
        # "mới làm" bare, the indicator the sa-pô names
        (
            "“Được giao 300, mới làm 210, tức 70%”, bà Hạnh nói.",
            {"lead": "Bà Hạnh nói về kết quả phát triển đoàn viên 9 tháng năm 2025."},
            ("doan_vien_ket_nap", None, "result", 210, 300, 70),
        ),
        # the deed named after the quote
        (
            "“Chỉ tiêu 6, nhưng đến giờ chỉ mới 4”, ông Sơn nói về việc thành lập CĐCS năm 2025.",
            {},
            ("cdcs_thanh_lap", None, "result", 4, 6, None),
        ),
    ],
)
def test_a_target_said_bare_in_speech_then_what_was_done(text, context, expected):
    assert _figures(text, **context) == [expected]


def test_a_bare_plans_indicator_is_not_the_next_clauses():
    found = _figures(
        "“Kế hoạch là 30, chúng tôi làm được 34; đoàn viên kết nạp được 2.150 người”, ông Long "
        "nói.",
        title="Thanh Hóa: Vượt chỉ tiêu thành lập CĐCS năm 2025",
    )
    assert found[0][:5] == ("cdcs_thanh_lap", None, "result", 34, 30)


@pytest.mark.parametrize(
    "text, target",
    [
        # the excess, not the target: less than half the count
        (
            "“Năm nay chúng tôi làm được 12 công đoàn cơ sở, vượt chỉ tiêu 3 đơn vị”, ông Hà nói.",
            None,
        ),
        ("Huyện kết nạp được 1.320 đoàn viên, vượt chỉ tiêu 1.200 đoàn viên.", 1200),
        ("Huyện kết nạp hơn 900 đoàn viên, trên chỉ tiêu 800 đoàn viên thành phố giao.", 800),
        ("Tỉnh kết nạp 2,4 ngàn đoàn viên trong khi được giao 3 ngàn, đạt 80%.", 3000),
    ],
)
def test_a_target_said_after_the_count(text, target):
    assert one(text)["target"] == target


def test_new_members_named_with_whose_and_when_are_recruited():
    found = one(
        "Số đoàn viên mới của LĐLĐ huyện Đông Anh trong 6 tháng đầu năm 2025 là 1.045 người, đạt "
        "52,3% kế hoạch."
    )
    assert (found["metric"], found["achieved"], found["percent"]) == (
        "doan_vien_ket_nap",
        1045,
        52.3,
    )


def test_a_target_of_jobs_is_no_members_target():
    assert union_stats("Chỉ tiêu tạo việc làm mới năm 2026 của thành phố là 45.000 lao động.") == []


def test_results_under_a_lead_of_targets():
    found = _figures(
        "Kết quả cụ thể: LĐLĐ huyện Tĩnh Gia 6/5 CĐCS; LĐLĐ huyện Nông Cống 3/4 CĐCS.",
        lead="Năm 2025, LĐLĐ tỉnh được giao chỉ tiêu thành lập mới 40 CĐCS, kết nạp 5.000 đoàn "
        "viên.",
    )
    assert found == [
        ("cdcs_thanh_lap", None, "result", 6, 5, None),
        ("cdcs_thanh_lap", None, "result", 3, 4, None),
    ]


def test_targets_set_out_for_each_body_after_a_heading_with_its_year():
    found = _figures(
        "Chỉ tiêu năm 2026 giao cho các đơn vị: LĐLĐ huyện Hậu Lộc 500 đoàn viên, 4 CĐCS; LĐLĐ "
        "huyện Hoằng Hóa 650 đoàn viên, 5 CĐCS."
    )
    assert [(f[0], f[2], f[4]) for f in found] == [
        ("doan_vien_ket_nap", "plan", 500),
        ("cdcs_thanh_lap", "plan", 4),
        ("doan_vien_ket_nap", "plan", 650),
        ("cdcs_thanh_lap", "plan", 5),
    ]


def test_percents_in_turn_after_tuong_ung():
    found = _figures(
        "Quý I/2025, LĐLĐ tỉnh kết nạp 1.300 đoàn viên và thành lập 6 CĐCS, tương ứng 26% và 24% "
        "chỉ tiêu năm."
    )
    assert [f[5] for f in found] == [26, 24]


@pytest.mark.parametrize(
    "text",
    [
        # authorities asked to order it, past a list of them
        "Đề nghị các cấp ủy, chính quyền chỉ đạo 100% doanh nghiệp nhà nước tổ chức hội nghị người "
        "lao động trong quý I.",
        "LĐLĐ huyện kiến nghị UBND huyện yêu cầu 100% cơ quan tổ chức hội nghị cán bộ, công chức.",
        # units guided to plan it, or surveyed about it
        "LĐLĐ quận hướng dẫn 85 CĐCS xây dựng kế hoạch tổ chức đại hội nhiệm kỳ 2028-2033.",
        "Đoàn giám sát đã khảo sát 24 doanh nghiệp về việc ký kết thỏa ước lao động tập thể.",
    ],
)
def test_no_figure_of_a_request_a_plan_or_a_survey(text):
    assert union_stats(text) == []


def test_a_target_of_unions_rated_is_no_founding():
    found = _figures(
        "Năm 2025, Công đoàn ngành Y tế đặt chỉ tiêu 40 CĐCS đạt vững mạnh, kết quả có 43 CĐCS "
        "được công nhận, đạt 107,5%."
    )
    assert found == [("other", "cđcs vững mạnh", "result", 43, 40, 107.5)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kế hoạch năm 2025 của Công đoàn các KCN tỉnh là 90 cuộc đối thoại định kỳ; hết năm, "
            "các CĐCS đã tổ chức 99 cuộc, vượt 10% kế hoạch.",
            ("other", "đối thoại", "result", 99, 90, 10),
        ),
        (
            "Thành phố giao 20 bản thỏa ước lao động tập thể mới; cả năm các cấp công đoàn ký được "
            "23 bản, đạt 115%.",
            ("other", "thỏa ước lao động tập thể", "result", 23, 20, 115),
        ),
    ],
)
def test_another_indicators_plan_then_what_was_done_across_a_clause(text, expected):
    assert _figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "“Có 5 huyện kết nạp từ 400 đoàn viên trở lên,” ông Hưng nói thêm.",
        "“Chương trình ‘Phát triển 1 triệu đoàn viên’ là mục tiêu của cả hệ thống,” ông Lợi nói.",
    ],
)
def test_a_floor_reached_by_places_or_a_programmes_name_is_no_count(text):
    assert union_stats(text) == []


def test_a_percent_reckoned_after_what_was_done():
    found = one(
        "“Chỉ tiêu giao là 8, tỉnh làm được 10, tính ra vượt 25%,” ông Tâm nói.",
        title="Kon Tum: Vượt chỉ tiêu thành lập CĐCS",
    )
    assert (found["achieved"], found["target"], found["percent"]) == (10, 8, 25)


def test_a_bare_target_of_the_deed_the_lead_names_with_no_count():
    found = one(
        "“LĐLĐ huyện Ea Kar được giao 120, đến nay đã làm được 131,” ông Thành nói.",
        lead="LĐLĐ tỉnh giao chỉ tiêu phát triển đoàn viên năm 2025 cho 20 công đoàn cấp trên.",
    )
    assert (found["metric"], found["achieved"], found["target"]) == ("doan_vien_ket_nap", 131, 120)


def test_a_target_assigned_to_a_body_whose_name_has_a_dot_joins_what_it_did():
    found = _figures(
        "Năm 2025, Thành phố giao Công đoàn các KCX-KCN TP.HCM 20 CĐCS và 9.000 đoàn viên; đến "
        "hết tháng 11, đơn vị đã thành lập 22 CĐCS, kết nạp 9.350 đoàn viên."
    )
    assert [(f[0], f[3], f[4]) for f in found] == [
        ("cdcs_thanh_lap", 22, 20),
        ("doan_vien_ket_nap", 9350, 9000),
    ]


def test_a_count_with_its_noun_said_first_then_what_it_is():
    found = one("2.150 đoàn viên là số lượng LĐLĐ huyện Lâm Hà kết nạp được trong năm 2025.")
    assert (found["metric"], found["kind"], found["achieved"]) == (
        "doan_vien_ket_nap",
        "result",
        2150,
    )
    assert union_stats("1.200 đoàn viên là số lượng hiện có của công đoàn cơ sở.") == []


def test_months_in_words_then_what_they_brought_and_another_years_count_after_a_topic():
    found = _figures(
        "“Tám tháng được 1.340 đoàn viên, còn công đoàn cơ sở thì được 6, năm ngoái chỉ có 4”, bà "
        "Nga nói."
    )
    assert [(f[0], f[3]) for f in found] == [
        ("doan_vien_ket_nap", 1340),
        ("cdcs_thanh_lap", 6),
        ("cdcs_thanh_lap", 4),
    ]


def test_a_list_of_targets_assigned_then_what_was_done_of_each():
    found = _figures(
        "“LĐLĐ tỉnh giao 12 công đoàn cơ sở và 700 đoàn viên, đến nay mới được 9 công đoàn cơ sở "
        "và 520 đoàn viên”, ông Khánh cho biết."
    )
    assert [(f[0], f[3], f[4]) for f in found] == [
        ("cdcs_thanh_lap", 9, 12),
        ("doan_vien_ket_nap", 520, 700),
    ]


def test_the_next_bodies_meetings_after_a_count_of_meetings_only():
    found = _figures(
        "Công đoàn các KCN phối hợp tổ chức 140 cuộc đối thoại, LĐLĐ TP Tuy Hòa 36 cuộc, LĐLĐ thị "
        "xã Sông Cầu 21 cuộc."
    )
    assert [f[3] for f in found] == [140, 36, 21]
    assert (
        len(
            _figures(
                "Các CĐCS ký mới 40 bản thỏa ước lao động tập thể, LĐLĐ huyện Đồng Xuân 12 cuộc."
            )
        )
        == 1
    )


def test_officials_trained_with_their_target_in_brackets_past_their_name():
    found = one(
        "Các cấp công đoàn mở 18 lớp tập huấn cho 1.520 cán bộ công đoàn (kế hoạch năm 2.000 "
        "người), đạt 76%."
    )
    assert (found["achieved"], found["target"], found["percent"]) == (1520, 2000, 76)


@pytest.mark.parametrize(
    "text, figures",
    [
        ("LĐLĐ thành phố đề xuất mỗi năm giới thiệu 120 đoàn viên ưu tú cho Đảng.", 0),
        ("LĐLĐ thành phố đã đề xuất nhiều giải pháp và kết nạp 500 đoàn viên.", 1),
    ],
)
def test_a_deed_proposed_right_after_the_proposal(text, figures):
    assert len(union_stats(text)) == figures


@pytest.mark.parametrize(
    "title",
    [None, "Chi bộ Công ty May Hưng Long phát triển đảng viên trong công nhân"],
)
def test_party_members_said_after_a_comma_to_be_union_members(title):
    found = union_stats(
        "Năm 2025, Chi bộ Công ty May Hưng Long kết nạp 6 đảng viên mới, đều là đoàn viên công "
        "đoàn.",
        title=title,
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("admitted", 6)]
    assert union_stats("Năm 2025, Chi bộ Công ty kết nạp 6 đảng viên mới, đều là công nhân.") == []


def test_a_year_befores_count_after_the_percent_is_no_target():
    found = _figures(
        "Đến hết tháng 10, Công đoàn các KCN đã kết nạp 2.340 đoàn viên, tức vượt 17% kế hoạch, so "
        "với cùng kỳ năm ngoái là 1.980."
    )
    assert [(f[3], f[4], f[5]) for f in found] == [(2340, None, 17), (1980, None, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # union and Youth Union members together: no union-only count
        (
            "Năm 2025, Đảng bộ Công ty kết nạp 40 đảng viên mới, là đoàn viên công đoàn và đoàn "
            "viên thanh niên ưu tú.",
            [],
        ),
        # proposed and held: the proposal is the unions' own initiative, not a plan
        (
            "Năm 2025, 210 doanh nghiệp tổ chức hội nghị người lao động; ngoài ra, các CĐCS chủ "
            "động đề xuất tổ chức 48 cuộc đối thoại đột xuất.",
            [210, 48],
        ),
    ],
)
def test_party_members_with_youth_members_and_a_proposal_held(text, expected):
    assert [f["achieved"] for f in union_stats(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pair right after its verb, no noun: achieved of the target
        (
            "Đến nay, LĐLĐ huyện Đan Phượng đã thành lập được 11/15, đạt 73,3% kế hoạch.",
            [("cdcs_thanh_lap", 11, 15, 73.3)],
        ),
        (
            "“Đầu năm rà soát có 40 doanh nghiệp đủ điều kiện, đến giờ thành lập được 27 trên 40, "
            "còn lại đang vận động”, ông Hùng nói.",
            [("cdcs_thanh_lap", 27, 40, None)],
        ),
        (
            "Quý III, Công đoàn ngành Y tế kết nạp được 208/250, còn thiếu 42 so với kế hoạch.",
            [("doan_vien_ket_nap", 208, 250, None)],
        ),
        # a union said to be founded on a day and month: its date
        ("Công đoàn Công ty TNHH Minh Phát được thành lập 15/8.", []),
        ("Hằng năm, công ty tổ chức kỷ niệm ngày thành lập 26/3.", []),
    ],
)
def test_a_pair_right_after_its_verb_with_no_noun(text, expected):
    found = union_stats(text)
    assert [(f["metric"], f["achieved"], f["target"], f["percent"]) for f in found] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the indicator named by the words after the quote
        (
            "“Hai ngàn tư đoàn viên, hơn năm ngoái chút ít”, bà Lê Thị Nga, Chủ tịch LĐLĐ huyện "
            "Quế Võ, nói về kết quả kết nạp năm 2025.",
            [("doan_vien_ket_nap", 2400)],
        ),
        (
            "“Mười bốn”, ông Trịnh Văn Hải, Chủ tịch LĐLĐ thị xã Nghi Sơn, đáp gọn khi được hỏi "
            "năm nay thị xã thành lập được bao nhiêu CĐCS.",
            [("cdcs_thanh_lap", 14)],
        ),
        (
            "“Chắc khoảng 1.200 đến 1.300 người, phải chờ tổng hợp”, ông Hải trả lời khi được hỏi "
            "về số đoàn viên kết nạp mới.",
            [("doan_vien_ket_nap", {"min": 1200, "max": 1300})],
        ),
        # not how many workers there are, nor a quote about something else
        (
            "“Doanh nghiệp có 3.500 công nhân”, ông Hải nói về kết quả kết nạp đoàn viên ở đây.",
            [],
        ),
        ("“Có 400 công nhân nghỉ việc”, ông Hải nói về khó khăn khi kết nạp đoàn viên.", []),
        # new ones opening a quote, said with no verb
        (
            "“Gần 900 đoàn viên mới, phần lớn là công nhân trẻ”, ông Hải nói về kết quả quý II.",
            [("doan_vien_ket_nap", 900)],
        ),
        ("“Tặng quà cho 120 đoàn viên mới là điều chúng tôi làm hằng năm”, ông Hải nói.", []),
    ],
)
def test_a_quote_whose_indicator_the_words_after_it_name(text, expected):
    assert [(f["metric"], f["achieved"]) for f in union_stats(text)] == expected


def test_a_plan_assigned_then_what_was_done_of_it():
    found = union_stats(
        "Kế hoạch giao tập huấn 450 cán bộ công đoàn cơ sở, đến nay chúng tôi đã làm được 405, "
        "đạt 90%."
    )
    assert [(f["metric"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("can_bo_tap_huan", 405, 450, 90)
    ]


def test_a_target_said_again_in_the_pair_done_of_it_is_one_figure():
    found = union_stats(
        "Năm nay huyện được giao 12 công đoàn cơ sở, đến giờ làm được 9 trên 12, còn lại đang "
        "vận động."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [("result", 9, 12)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # firms' staff trained by their work are no union officials; union work stays
        (
            "Sở Nội vụ tập huấn cho 120 cán bộ làm công tác nhân sự của các doanh nghiệp.",
            [],
        ),
        ("LĐLĐ tỉnh tập huấn cho 85 cán bộ làm công tác kế toán công đoàn cơ sở.", [85]),
        # a count opened by whoever, its "thì" further on, is a condition
        ("Ai vận động được hai người vào công đoàn thì được công đoàn khen thưởng.", []),
        # "Nếu như … thì …" sets times against each other: both counts stand
        (
            "Nếu như năm 2024 huyện chỉ thành lập được 4 CĐCS thì năm 2025 đã thành lập 9 CĐCS.",
            [4, 9],
        ),
    ],
)
def test_other_staff_trained_and_counts_of_a_condition(text, expected):
    assert [f["achieved"] or f["target"] for f in union_stats(text)] == expected


def test_the_next_years_plan_of_the_share_just_given():
    found = union_stats(
        "Năm 2025, có 86,4% CĐCS đạt vững mạnh; năm 2026, LĐLĐ huyện phấn đấu nâng tỷ lệ này lên "
        "90%."
    )
    assert [(f["kind"], f["label"], f["percent"]) for f in found] == [
        ("result", "cđcs vững mạnh", 86.4),
        ("plan", "cđcs vững mạnh", 90),
    ]


def test_a_count_after_a_target_someone_set_is_done_and_not_the_setters():
    found = union_stats(
        "Hết tháng 10, LĐLĐ tỉnh Yên Bái đã kết nạp 2.150 đoàn viên trên chỉ tiêu 2.000 được "
        "Tổng Liên đoàn giao, thành lập 11 CĐCS."
    )
    assert [(f["kind"], f["achieved"], f["target"], f["organisation"]) for f in found] == [
        ("result", 2150, 2000, "LĐLĐ tỉnh Yên Bái"),
        ("result", 11, None, "LĐLĐ tỉnh Yên Bái"),
    ]


def test_workers_who_have_not_joined_are_no_members_recruited():
    assert (
        union_stats(
            "Các khu công nghiệp của tỉnh thu hút gần 45.000 lao động, nhiều người chưa tham gia "
            "công đoàn."
        )
        == []
    )


def test_values_in_turn_after_the_bodies_named_as_the_subject():
    found = union_stats(
        "Về thành lập CĐCS, LĐLĐ huyện Krông Pắc và LĐLĐ huyện Ea Kar đạt lần lượt 7/8 và 5/5 "
        "chỉ tiêu."
    )
    assert [(f["achieved"], f["target"], f["organisation"]) for f in found] == [
        (7, 8, "LĐLĐ huyện Krông Pắc"),
        (5, 5, "LĐLĐ huyện Ea Kar"),
    ]


def test_outstanding_union_members_admitted_are_the_partys_admissions():
    found = union_stats(
        "Năm 2025, Đảng ủy Khối các cơ quan tỉnh đã kết nạp 34 đoàn viên công đoàn ưu tú, đều do "
        "công đoàn cơ sở giới thiệu."
    )
    assert [(f["metric"], f["stage"], f["achieved"]) for f in found] == [
        ("dang_vien_gioi_thieu", "admitted", 34)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hỏi quý III huyện thành lập được bao nhiêu công đoàn cơ sở, ông Hà Văn Nam, Chủ tịch "
            "LĐLĐ huyện Mai Châu, đáp: “Được 4, đều ở doanh nghiệp tư nhân”.",
            [("cdcs_thanh_lap", 4)],
        ),
        (
            "Được hỏi năm nay công đoàn ngành kết nạp bao nhiêu đoàn viên, bà Lò Thị Hoa cho biết: "
            "“Sáu trăm hai mươi, nhiều nhất từ trước tới nay”.",
            [("doan_vien_ket_nap", 620)],
        ),
    ],
)
def test_an_answer_to_a_question_in_the_reporters_words(text, expected):
    assert [(f["metric"], f["achieved"]) for f in union_stats(text)] == expected


def test_a_question_in_the_reporters_words_of_money_gives_nothing():
    assert union_stats("Hỏi công ty hỗ trợ bao nhiêu tiền, ông Phát đáp: “Khoảng 50 triệu”.") == []


def test_a_target_short_of_which_a_count_fell():
    found = union_stats(
        "Năm 2025, LĐLĐ huyện Tam Nông kết nạp 870 đoàn viên, chưa đạt chỉ tiêu 1.000 được giao."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(870, 1000)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("LĐLĐ huyện Kỳ Anh được giao 450, kết nạp 470.", [("result", 470, 450)]),
        (
            "LĐLĐ huyện Hương Khê được giao 300 đoàn viên, đến nay kết nạp 210, đạt 70%; LĐLĐ "
            "huyện Vũ Quang được giao 150, kết nạp 90, đạt 60%.",
            [("result", 210, 300), ("result", 90, 150)],
        ),
    ],
)
def test_a_target_assigned_bare_then_what_was_done_of_it(text, expected):
    assert [(f["kind"], f["achieved"], f["target"]) for f in union_stats(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # (kinds of those recruited, of a whole named before them)
        "Trong tổng số đoàn viên kết nạp mới có 860 lao động nữ và 120 người dân tộc Mường.",
        # (units each over a floor: of another level, and the next ones after a comma)
        "Có 5 công đoàn ngành, công đoàn cấp trên cơ sở kết nạp từ 300 đoàn viên trở lên.",
        "Có 9 CĐCS kết nạp từ 40 đoàn viên trở lên, 3 CĐCS kết nạp trên 80 đoàn viên.",
    ],
)
def test_kinds_of_a_whole_and_units_over_a_floor_are_no_counts(text):
    assert union_stats(text) == []


def test_percents_in_turn_after_the_bodies_and_their_verb():
    found = union_stats(
        "LĐLĐ huyện Vĩnh Tường, LĐLĐ huyện Yên Lạc và LĐLĐ huyện Tam Dương đạt lần lượt 112%, 97% "
        "và 88% chỉ tiêu kết nạp đoàn viên."
    )
    assert [(f["metric"], f["percent"], f["organisation"]) for f in found] == [
        ("doan_vien_ket_nap", 112, "LĐLĐ huyện Vĩnh Tường"),
        ("doan_vien_ket_nap", 97, "LĐLĐ huyện Yên Lạc"),
        ("doan_vien_ket_nap", 88, "LĐLĐ huyện Tam Dương"),
    ]


def test_a_target_assigned_bare_then_what_little_was_done_of_it():
    found = union_stats("LĐLĐ huyện Định Quán được giao 700, mới kết nạp 415.")
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [("result", 415, 700)]


def test_members_of_unions_founded_past_the_parts_in_brackets_and_past_the_foundings_percent():
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh Bình Định thành lập 19 CĐCS (LĐLĐ thị xã An Nhơn 7, LĐLĐ huyện Tuy "
        "Phước 5, Công đoàn KKT 7) với 1.284 đoàn viên."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 19),
        ("cdcs_thanh_lap", 7),
        ("cdcs_thanh_lap", 5),
        ("cdcs_thanh_lap", 7),
        ("doan_vien_ket_nap", 1284),
    ]
    # (the founding's percent is no percent of its members)
    found = union_stats(
        "Quý III, Công đoàn ngành Dệt may thành lập mới 6 CĐCS, đạt 75% kế hoạch, với 930 đoàn "
        "viên."
    )
    assert [(f["metric"], f["achieved"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", 6, 75),
        ("doan_vien_ket_nap", 930, None),
    ]
    # (a percent said first, no count before it, is still the count's after "với")
    figure = one(
        "LĐLĐ tỉnh Sóc Trăng đã hoàn thành 104% chỉ tiêu nhiệm kỳ, với 12.460 đoàn viên mới được "
        "kết nạp."
    )
    assert (figure["achieved"], figure["percent"]) == (12460, 104)


def test_units_rated_each_with_their_grade_before_the_comma():
    found = union_stats(
        "Năm học 2024-2025, Công đoàn ngành Giáo dục xếp loại 87 CĐCS vững mạnh xuất sắc, 140 CĐCS "
        "vững mạnh và 6 CĐCS khá."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(87, None), (140, None), (6, None)]
    # (the whole rated, its grades after the comma, is no figure)
    found = union_stats("Năm 2025, LĐLĐ huyện đánh giá 205 CĐCS, có 170 CĐCS đạt vững mạnh.")
    assert [(f["achieved"], f["target"]) for f in found] == [(170, 205)]


def test_one_unit_on_average_after_the_average_said():
    said = "Bình quân mỗi năm, một công đoàn cơ sở khu vực doanh nghiệp kết nạp 14 đoàn viên mới."
    assert union_stats(said) == []


def test_a_party_organ_after_the_counts_own_clause_does_not_make_the_count_its_own():
    found = union_stats(
        "Năm 2025, toàn ngành kết nạp 1.930 đoàn viên; giới thiệu 215 đoàn viên ưu tú cho Đảng, "
        "các đảng bộ trường học đã kết nạp 140 đồng chí."
    )
    assert [(f["metric"], f["stage"], f["achieved"]) for f in found] == [
        ("doan_vien_ket_nap", None, 1930),
        ("dang_vien_gioi_thieu", "introduced", 215),
        ("dang_vien_gioi_thieu", "admitted", 140),
    ]
    # (nor people with no union word, the Party named after them: its own admissions)
    said = "Có 7 người đã được kết nạp, số còn lại chưa nhận được thông báo từ các chi bộ."
    assert union_stats(said) == []


def test_those_introduced_before_made_full_party_members_are_no_figure():
    said = (
        "Năm 2025, 21 đoàn viên được Công đoàn Công ty giới thiệu năm 2023 đã được chuyển đảng "
        "viên chính thức."
    )
    assert union_stats(said) == []


def test_officials_a_course_is_held_for_said_before_its_name():
    figure = one(
        "Năm 2025, LĐLĐ tỉnh Bến Tre tổ chức cho 640 cán bộ công đoàn cơ sở học tập, bồi dưỡng "
        "nghiệp vụ."
    )
    assert (figure["metric"], figure["achieved"]) == ("can_bo_tap_huan", 640)
    # (not a visit held for them)
    said = "Năm 2025, LĐLĐ tỉnh tổ chức cho 300 cán bộ công đoàn đi tham quan, học tập kinh nghiệm."
    assert union_stats(said) == []


def test_better_than_before_is_no_rating_and_only_so_many_founded_is_a_count():
    found = union_stats(
        "“Năm ngoái chỉ thành lập được có hai công đoàn cơ sở, năm nay khá hơn, đã được bảy”, "
        "ông Quân cho biết."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 2),
        ("cdcs_thanh_lap", 7),
    ]
    # ("khá" alone is still the rating)
    figure = one("Năm 2025, có 14 CĐCS xếp loại khá.")
    assert (figure["label"], figure["achieved"]) == ("cđcs khá", 14)


def test_the_share_planned_for_this_year_after_last_years_in_a_quote():
    found = union_stats(
        "“Năm ngoái 58/64 công đoàn cơ sở đạt vững mạnh, chiếm 90,6%; năm nay phấn đấu trên 92%”, "
        "bà Hoa cho biết."
    )
    assert [(f["kind"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("result", 58, 64, 90.6),
        ("plan", None, None, 92),
    ]


def test_those_admitted_of_the_ones_the_union_introduced_named_by_their_work():
    found = union_stats(
        "“Trong số 30 giáo viên trẻ công đoàn giới thiệu năm học qua, đã có 19 người được kết "
        "nạp”, thầy Bình cho biết."
    )
    assert [(f["metric"], f["stage"], f["achieved"]) for f in found] == [
        ("dang_vien_gioi_thieu", "introduced", 30),
        ("dang_vien_gioi_thieu", "admitted", 19),
    ]


def test_percents_in_turn_over_the_plan_with_decimals_and_a_yardsticks_year():
    found = union_stats(
        "LĐLĐ huyện Đông Hải và LĐLĐ huyện Hồng Dân lần lượt vượt 20% và 12,5% chỉ tiêu kết nạp "
        "đoàn viên được giao."
    )
    assert [(f["percent"], f["percent_kind"], f["organisation"]) for f in found] == [
        (20, "over_target", "LĐLĐ huyện Đông Hải"),
        (12.5, "over_target", "LĐLĐ huyện Hồng Dân"),
    ]
    found = union_stats(
        "Về thành lập CĐCS, LĐLĐ huyện Phước Long và LĐLĐ thị xã Giá Rai lần lượt đạt 150% và "
        "80% kế hoạch năm 2025."
    )
    assert [(f["metric"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", 150),
        ("cdcs_thanh_lap", 80),
    ]


def test_pairs_listed_before_the_one_whose_indicator_is_said_after_it():
    found = union_stats(
        "Tính đến ngày 30/6, Công đoàn ngành Giao thông vận tải 38/40 CĐCS, Công đoàn ngành Công "
        "Thương 51/55 CĐCS và Công đoàn Khu kinh tế tỉnh 102/120 CĐCS đã tổ chức xong đại hội."
    )
    assert [(f["label"], f["achieved"], f["target"], f["organisation"]) for f in found] == [
        ("cđcs tổ chức đại hội", 38, 40, "Công đoàn ngành Giao thông vận tải"),
        ("cđcs tổ chức đại hội", 51, 55, "Công đoàn ngành Công Thương"),
        ("cđcs tổ chức đại hội", 102, 120, "Công đoàn Khu kinh tế tỉnh"),
    ]
    # (a stock before, of another form, is none of them)
    found = union_stats(
        "LĐLĐ huyện Kim Bảng hiện có 96 CĐCS, LĐLĐ huyện Thanh Liêm 45/47 CĐCS đã tổ chức hội "
        "nghị người lao động."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(45, 47)]


def test_the_next_count_done_with_its_own_deed_and_no_noun():
    found = union_stats(
        "“Thị xã giao cho phường Tân Mai 6 công đoàn cơ sở và 450 đoàn viên; tới giờ phường đã "
        "thành lập được 7 và kết nạp được 390”, chị Mai nói."
    )
    assert [(f["metric"], f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", "result", 7, 6),
        ("doan_vien_ket_nap", "result", 390, 450),
    ]
    # (no target of the deed's metric before: no figure of it)
    found = union_stats(
        "“Năm nay huyện giao 9 công đoàn cơ sở, chúng tôi đã thành lập được 10 và kết nạp 600”, "
        "anh Dũng nói."
    )
    assert [f["metric"] for f in found] == ["cdcs_thanh_lap"]


@pytest.mark.parametrize(
    "text",
    [
        "Thường trực LĐLĐ tỉnh đang cân nhắc giữa các phương án giao 2.500 hay 3.000 đoàn viên cho "
        "năm 2027.",
        "Dự thảo chương trình công tác năm 2027 của Công đoàn ngành Y tế đưa ra phương án thành "
        "lập 5 CĐCS tại các bệnh viện tư nhân.",
    ],
)
def test_options_yet_to_be_chosen_are_no_figures(text):
    assert union_stats(text) == []


def test_bare_pairs_listed_before_a_pair_with_its_unit_and_indicator():
    found = union_stats(
        "Năm 2025, Công đoàn ngành Y tế 31/33, Công đoàn ngành Giáo dục 140/152 và Công đoàn Viên "
        "chức tỉnh 58/60 cơ quan, đơn vị đã tổ chức hội nghị cán bộ, công chức, viên chức."
    )
    assert [(f["label"], f["achieved"], f["target"]) for f in found] == [
        ("hội nghị cán bộ công chức", 31, 33),
        ("hội nghị cán bộ công chức", 140, 152),
        ("hội nghị cán bộ công chức", 58, 60),
    ]
    # (of a development count too)
    found = union_stats(
        "Quý III/2025, LĐLĐ huyện Đức Trọng 4/6, LĐLĐ huyện Lâm Hà 3/5 CĐCS được thành lập so với "
        "chỉ tiêu năm."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", 4, 6),
        ("cdcs_thanh_lap", 3, 5),
    ]


def test_bare_pairs_named_after_as_the_count_of_units_that_did_something():
    found = union_stats(
        "LĐLĐ huyện Cần Giuộc 41/47, LĐLĐ huyện Bến Lức 66/70 và Công đoàn KCN Long Hậu 25/25 là "
        "số doanh nghiệp đã ký kết thỏa ước lao động tập thể năm 2025."
    )
    assert [(f["label"], f["achieved"], f["target"]) for f in found] == [
        ("thỏa ước lao động tập thể", 41, 47),
        ("thỏa ước lao động tập thể", 66, 70),
        ("thỏa ước lao động tập thể", 25, 25),
    ]
    # (a single pair, or units that did nothing named, give none)
    assert union_stats("LĐLĐ huyện Cần Giuộc 41/47 là số doanh nghiệp đã ký thỏa ước.") == []
    assert (
        union_stats(
            "LĐLĐ huyện Cần Giuộc 41/47, LĐLĐ huyện Bến Lức 66/70 là số doanh nghiệp được khảo sát."
        )
        == []
    )


def test_the_next_bodies_bare_pairs_after_the_first_ones_pair():
    found = union_stats(
        "Năm học 2024-2025, Công đoàn giáo dục huyện Thọ Xuân có 88/91 CĐCS tổ chức hội nghị cán "
        "bộ, công chức, viên chức, Công đoàn giáo dục huyện Triệu Sơn 74/74, Công đoàn giáo dục "
        "huyện Như Thanh 40/42."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(88, 91), (74, 74), (40, 42)]


def test_results_headed_after_the_targets_each_with_its_noun():
    found = union_stats(
        "Chỉ tiêu Thành phố giao năm 2025: 14 CĐCS, 1.800 đoàn viên; kết quả: 15 CĐCS, 1.912 đoàn "
        "viên, vượt 6,2%."
    )
    assert [
        (f["metric"], f["achieved"], f["target"], f["percent"], f["percent_kind"]) for f in found
    ] == [
        ("cdcs_thanh_lap", 15, 14, None, None),
        ("doan_vien_ket_nap", 1912, 1800, 6.2, "over_target"),
    ]


def test_a_target_a_district_assigns_to_a_ward_with_no_cho():
    found = union_stats(
        "“Huyện giao xã Tân Lập 300 đoàn viên, tụi tôi làm được 342”, anh Lâm cho biết."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("doan_vien_ket_nap", 342, 300)
    ]


def test_a_target_assigned_by_a_body_named_in_full_is_a_target():
    found = union_stats(
        "Năm 2025, Công đoàn các KCN tỉnh được Liên đoàn Lao động tỉnh Bắc Ninh giao kết nạp 6.000 "
        "đoàn viên; kết quả kết nạp 6.350 đoàn viên."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [("result", 6350, 6000)]


def test_the_count_whose_percent_is_its_share_of_the_target_takes_it():
    found = union_stats(
        "Năm 2025, LĐLĐ huyện Thường Tín được giao thành lập 9 CĐCS và kết nạp 1.100 đoàn viên; "
        "kết quả thành lập 10 CĐCS với 640 đoàn viên, cả năm kết nạp 1.221 đoàn viên, đạt 111% "
        "kế hoạch."
    )
    assert [(f["metric"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", 10, 9, None),
        ("doan_vien_ket_nap", 640, None, None),
        ("doan_vien_ket_nap", 1221, 1100, 111),
    ]


def test_another_indicators_pairs_by_body_under_its_topic_or_heading():
    found = union_stats(
        "Về ký kết thỏa ước lao động tập thể, kết quả cụ thể: LĐLĐ huyện Thuận Thành 41/52 doanh "
        "nghiệp, LĐLĐ huyện Gia Bình 17/20, LĐLĐ huyện Lương Tài 12/19."
    )
    assert [(f["label"], f["achieved"], f["target"], f["organisation"]) for f in found] == [
        ("thỏa ước lao động tập thể", 41, 52, "LĐLĐ huyện Thuận Thành"),
        ("thỏa ước lao động tập thể", 17, 20, "LĐLĐ huyện Gia Bình"),
        ("thỏa ước lao động tập thể", 12, 19, "LĐLĐ huyện Lương Tài"),
    ]
    found = union_stats(
        "Hội nghị người lao động năm 2025: Công đoàn KCN Tiên Sơn 77/80 doanh nghiệp; Công đoàn "
        "KCN Quế Võ 102/110 doanh nghiệp."
    )
    assert [(f["label"], f["achieved"], f["target"]) for f in found] == [
        ("hội nghị người lao động", 77, 80),
        ("hội nghị người lao động", 102, 110),
    ]
    # (bodies' bare counts of another indicator, or of gifts, under a heading: none)
    assert (
        union_stats(
            "Trao quà Tết năm 2025: Công đoàn KCN Tiên Sơn 77/80 suất; Công đoàn KCN Quế Võ "
            "102/110 suất."
        )
        == []
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # ("năm tới giờ" is up to now, no next year)
        (
            "“Từ đầu năm tới giờ, công đoàn xã kết nạp được 120 đoàn viên”, chị Thu cho biết.",
            [("doan_vien_ket_nap", "result", 120, None)],
        ),
        # (what the speaker believes it was is done)
        (
            "“Tháng trước chắc cũng được ngót 90 đoàn viên, để tôi xem lại sổ”, anh Toàn nói.",
            [("doan_vien_ket_nap", "result", 90, None)],
        ),
        # (the next year's is planned)
        (
            "Năm tới, LĐLĐ huyện Bình Lục kết nạp 650 đoàn viên.",
            [("doan_vien_ket_nap", "plan", None, 650)],
        ),
    ],
)
def test_up_to_now_and_believed_counts_in_speech(text, expected):
    assert [(f["metric"], f["kind"], f["achieved"], f["target"]) for f in union_stats(text)] == (
        expected
    )


def test_results_by_body_under_a_heading_whose_legend_says_done_and_planned():
    found = union_stats(
        "Kết quả thành lập CĐCS năm 2025 (thực hiện/kế hoạch): LĐLĐ huyện Tiền Hải 6/5, LĐLĐ "
        "huyện Thái Thụy 3/4."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", 6, 5),
        ("cdcs_thanh_lap", 3, 4),
    ]


def test_values_in_turn_after_a_deed_or_have_each_its_bodys():
    found = union_stats(
        "Năm 2025, LĐLĐ huyện Nho Quan, LĐLĐ huyện Gia Viễn và LĐLĐ huyện Yên Mô lần lượt kết nạp "
        "được 315, 248 và 190 đoàn viên."
    )
    assert [(f["metric"], f["achieved"], f["organisation"]) for f in found] == [
        ("doan_vien_ket_nap", 315, "LĐLĐ huyện Nho Quan"),
        ("doan_vien_ket_nap", 248, "LĐLĐ huyện Gia Viễn"),
        ("doan_vien_ket_nap", 190, "LĐLĐ huyện Yên Mô"),
    ]
    found = union_stats(
        "Đến tháng 5/2023, Công đoàn ngành Y tế, Công đoàn ngành Giáo dục và Công đoàn Viên chức "
        "tỉnh lần lượt có 41/42, 288/290 và 57/57 CĐCS đã tổ chức xong đại hội."
    )
    assert [(f["achieved"], f["target"], f["organisation"]) for f in found] == [
        (41, 42, "Công đoàn ngành Y tế"),
        (288, 290, "Công đoàn ngành Giáo dục"),
        (57, 57, "Công đoàn Viên chức tỉnh"),
    ]


def test_results_in_turn_of_the_targets_given_body_by_body():
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh giao LĐLĐ huyện Kim Sơn 12 CĐCS, LĐLĐ huyện Yên Khánh 9 CĐCS; kết "
        "quả các đơn vị thành lập được lần lượt 14 và 7 CĐCS."
    )
    assert [(f["achieved"], f["target"], f["organisation"]) for f in found] == [
        (14, 12, "LĐLĐ huyện Kim Sơn"),
        (7, 9, "LĐLĐ huyện Yên Khánh"),
    ]
    # (as many values as bodies, or none is read so)
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh giao LĐLĐ huyện Kim Sơn 12 CĐCS, LĐLĐ huyện Yên Khánh 9 CĐCS; kết "
        "quả các đơn vị thành lập được lần lượt 14, 7 và 3 CĐCS."
    )
    assert not any(f["target"] == 12 and f["achieved"] == 14 for f in found)


def test_a_count_short_of_a_number_is_a_count_so_qualified():
    found = union_stats(
        "“Cả năm ngoái huyện mình kết nạp được chưa đến 700 đoàn viên, năm nay hết quý III đã hơn "
        "800”, anh Quý nói."
    )
    assert [(f["achieved"], f["qualifiers"]) for f in found] == [
        (700, {"achieved": "chưa đến"}),
        (800, {"achieved": "hơn"}),
    ]


def test_more_unions_and_members_set_out_to_add_with_them():
    found = union_stats(
        "Năm 2026, Công đoàn Khu kinh tế Vũng Áng phấn đấu thêm 5 CĐCS và 1.500 đoàn viên mới."
    )
    assert [(f["metric"], f["kind"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", "plan", 5),
        ("doan_vien_ket_nap", "plan", 1500),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # (up to a report's quarter or months of a year: the year's count so far)
        ("Đến hết quý II/2025, toàn huyện kết nạp 640 đoàn viên.", [640]),
        ("Tính đến hết 6 tháng đầu năm 2025, toàn tỉnh thành lập 27 CĐCS.", [27]),
        # (up to now, a date or a year's end: all there are)
        ("Tính đến nay, toàn tỉnh đã thành lập được 1.204 CĐCS.", []),
        ("Tính đến hết năm 2025, toàn tỉnh đã thành lập 1.204 CĐCS.", []),
    ],
)
def test_counts_up_to_a_reports_end_are_the_years_not_a_running_total(text, expected):
    assert [f["achieved"] for f in union_stats(text)] == expected


def test_congresses_held_for_units_and_not_their_guidance():
    found = union_stats("Tháng 4/2023, Công đoàn ngành Y tế đã tổ chức đại hội cho 36 CĐCS.")
    assert [(f["label"], f["achieved"]) for f in found] == [("cđcs tổ chức đại hội", 36)]
    assert union_stats("Tháng 4/2023, LĐLĐ huyện hướng dẫn quy trình đại hội cho 36 CĐCS.") == []


def test_agreements_named_before_their_count_as_signed_and_the_next_bodies():
    found = union_stats(
        "Năm 2025, số bản TƯLĐTT được ký mới ở LĐLĐ thành phố Vị Thanh là 14 bản, LĐLĐ huyện "
        "Phụng Hiệp 9 bản."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("thỏa ước lao động tập thể", 14),
        ("thỏa ước lao động tập thể", 9),
    ]
    # (those in force are a stock)
    assert union_stats("Số bản thỏa ước lao động tập thể còn hiệu lực là 126 bản.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # (a plan with its counts right after it, the deeds left to the nouns)
        (
            "Năm 2026, LĐLĐ huyện Thanh Oai đặt kế hoạch 6 CĐCS, 850 đoàn viên.",
            [("cdcs_thanh_lap", 6), ("doan_vien_ket_nap", 850)],
        ),
        (
            "Năm tới, Công đoàn ngành Xây dựng phấn đấu 1.300 đoàn viên mới.",
            [("doan_vien_ket_nap", 1300)],
        ),
        (
            "Kế hoạch 12 CĐCS, 1.500 đoàn viên; thực hiện 13 CĐCS, đạt 108,3%; 1.480 đoàn viên, "
            "đạt 98,7%.",
            [("cdcs_thanh_lap", 12), ("doan_vien_ket_nap", 1500)],
        ),
        # (not a count striven for with something else said of it)
        ("Công đoàn phấn đấu 3.000 đoàn viên tham gia ngày hội đi bộ.", []),
        # (nor people, whom the plan may be to introduce)
        ("Năm 2026, toàn ngành phấn đấu ít nhất 60 người.", []),
    ],
)
def test_a_count_right_after_a_plan_or_striven_for_is_its_nouns_target(text, expected):
    found = union_stats(text)
    targets = [(f["metric"], f["target"]) for f in found if f["target"] is not None]
    assert targets == expected
    assert all(f["kind"] == "plan" for f in found) or "thực hiện" in text


def test_a_plan_said_after_a_bodys_result_governs_that_body_only():
    found = union_stats(
        "Năm 2025, LĐLĐ huyện Gia Bình kết nạp 640 đoàn viên, năm 2026 phấn đấu kết nạp 700 đoàn "
        "viên; LĐLĐ huyện Lương Tài kết nạp 510 đoàn viên, năm 2026 phấn đấu 560 đoàn viên."
    )
    assert [(f["kind"], f["achieved"] or f["target"]) for f in found] == [
        ("result", 640),
        ("plan", 700),
        ("result", 510),
        ("plan", 560),
    ]
    # (plans by body under one plan word stay plans)
    found = union_stats(
        "Năm 2026, LĐLĐ huyện Gia Bình phấn đấu kết nạp 700 đoàn viên; LĐLĐ huyện Lương Tài kết "
        "nạp 560 đoàn viên."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 700), ("plan", 560)]


def test_a_count_more_than_a_year_before_said_before_the_plans_percent():
    found = union_stats(
        "Năm 2025, LĐLĐ thị xã kết nạp 2.140 đoàn viên, nhiều hơn năm trước khoảng 300 người, đạt "
        "107% kế hoạch."
    )
    assert [(f["achieved"], f["percent"], f["percent_kind"]) for f in found] == [
        (2140, 107, "of_target")
    ]
    # (the difference alone is no count)
    assert union_stats("Số đoàn viên kết nạp năm 2025 nhiều hơn năm trước 300 người.") == []


def test_values_in_turn_of_places_of_one_kind_named_once():
    found = union_stats(
        "Năm 2025, các LĐLĐ huyện Đô Lương, Yên Thành và Diễn Châu lần lượt đạt 132%, 118% và 97% "
        "chỉ tiêu kết nạp đoàn viên."
    )
    # (each name as the sentence writes it)
    assert [(f["metric"], f["percent"], f["organisation"]) for f in found] == [
        ("doan_vien_ket_nap", 132, "Đô Lương"),
        ("doan_vien_ket_nap", 118, "Yên Thành"),
        ("doan_vien_ket_nap", 97, "Diễn Châu"),
    ]
    found = union_stats(
        "Năm 2025, LĐLĐ các huyện Đô Lương, Yên Thành và Diễn Châu lần lượt thành lập 4, 3 và 2 "
        "CĐCS."
    )
    assert [(f["achieved"], f["organisation"]) for f in found] == [
        (4, "Đô Lương"),
        (3, "Yên Thành"),
        (2, "Diễn Châu"),
    ]
    # (places of one kind that give gifts give no figure)
    assert (
        union_stats(
            "Các huyện Đô Lương, Yên Thành và Diễn Châu lần lượt trao 120, 95 và 80 suất quà."
        )
        == []
    )


def test_a_number_set_passed_after_the_count_is_its_target():
    found = union_stats(
        "“Năm nay chúng tôi kết nạp được 760 đoàn viên, vượt con số 700 mà LĐLĐ thị xã giao”, "
        "anh Tâm nói."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(760, 700)]
    found = union_stats(
        "Năm 2025, các CĐCS giới thiệu 64 đoàn viên ưu tú cho Đảng, vượt chỉ tiêu 50 người Đảng "
        "ủy khối giao."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(64, 50)]
    # (a year before's number is no target)
    found = union_stats("Năm 2025, huyện kết nạp 760 đoàn viên, vượt con số 690 của năm 2024.")
    assert [(f["achieved"], f["target"]) for f in found] == [(760, None)]


def test_values_in_turn_each_read_though_one_figure_spans_them():
    # (a hedge before each, the noun after the last: each body its count, probes511's shape)
    found = union_stats(
        "Năm 2024, LĐLĐ huyện Tiên Du và LĐLĐ huyện Quế Võ lần lượt tập huấn cho hơn 640 và khoảng "
        "520 lượt cán bộ công đoàn."
    )
    assert [(f["achieved"], f["organisation"]) for f in found] == [
        (640, "LĐLĐ huyện Tiên Du"),
        (520, "LĐLĐ huyện Quế Võ"),
    ]
    assert found[1]["text_span"].startswith("khoảng 520")


def test_values_in_turn_of_bodies_with_and_inside_a_name_or_a_label_after_them():
    found = union_stats(
        "Công đoàn ngành Xây dựng và Công đoàn ngành Nông nghiệp và PTNT tỉnh Bình Định đạt tương "
        "ứng 104% và 96% chỉ tiêu thành lập CĐCS năm 2024."
    )
    assert [(f["metric"], f["percent"], f["percent_kind"]) for f in found] == [
        ("cdcs_thanh_lap", 104, "of_target"),
        ("cdcs_thanh_lap", 96, "of_target"),
    ]
    found = union_stats(
        "Năm 2024, LĐLĐ thị xã Quảng Yên và LĐLĐ huyện Đông Triều có tỷ lệ doanh nghiệp ký thỏa "
        "ước lao động tập thể lần lượt đạt 64% và 71%."
    )
    assert [(f["percent"], f["organisation"]) for f in found] == [
        (64, "LĐLĐ thị xã Quảng Yên"),
        (71, "LĐLĐ huyện Đông Triều"),
    ]


def test_values_in_turn_after_theo_thu_tu():
    assert [
        f["achieved"]
        for f in union_stats(
            "LĐLĐ huyện Lục Nam và LĐLĐ huyện Yên Dũng theo thứ tự kết nạp 415 và 390 đoàn viên."
        )
    ] == [415, 390]


def test_targets_assigned_then_results_headed_with_a_date_and_percents_in_brackets():
    found = union_stats(
        "LĐLĐ huyện được giao 8 CĐCS và 1.100 đoàn viên; kết quả đến 30/11: 9 CĐCS (112,5%) và "
        "1.045 đoàn viên (95%)."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [
        (9, 8, 112.5),
        (1045, 1100, 95),
    ]


def test_targets_assigned_to_a_city_union_then_done():
    assert keys(
        "LĐLĐ tỉnh giao LĐLĐ thành phố Tam Điệp 3 CĐCS và 300 đoàn viên trong năm 2025; đến nay, "
        "thành phố đã thành lập 3 CĐCS, kết nạp 284 đoàn viên."
    ) == [("cdcs_thanh_lap", "result", 3, 3), ("doan_vien_ket_nap", "result", 284, 300)]


def test_deeds_assigned_to_a_body_with_the_year_between_are_planned():
    assert keys(
        "LĐLĐ tỉnh giao Công đoàn các KCN tỉnh năm 2026 thành lập 20 CĐCS và kết nạp 6.000 đoàn "
        "viên."
    ) == [("cdcs_thanh_lap", "plan", None, 20), ("doan_vien_ket_nap", "plan", None, 6000)]


def test_the_percent_of_the_plan_past_the_parts_of_a_whole_is_the_wholes():
    found = union_stats(
        "Năm 2024 thành lập 14 CĐCS (Tiên Lãng 5, Vĩnh Bảo 4, Thủy Nguyên 5), đạt 127% kế hoạch."
    )
    assert (found[0]["achieved"], found[0]["percent"], found[0]["percent_kind"]) == (
        14,
        127,
        "of_target",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tên chương trình: “Phát triển 500 đoàn viên, thành lập 5 CĐCS”; đơn vị chủ trì: LĐLĐ "
        "huyện.",
        "Số CĐCS kết nạp trên 200 đoàn viên năm 2024: Yên Phong 3; Quế Võ 2; Tiên Du 2.",
        "Đơn vị kết nạp từ 150 đoàn viên trở lên: 4 (Yên Phong, Quế Võ, Tiên Du, Thuận Thành).",
        "Bình quân mỗi CĐCS: 2 lần sinh hoạt/quý; 3,2 đoàn viên mới/năm.",
    ],
)
def test_a_campaigns_name_in_a_forms_field_and_a_bar_units_passed_are_no_figures(text):
    assert union_stats(text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        # the marker right before the values, the noun after the last only
        (
            "Năm 2024, LĐLĐ tỉnh và các LĐLĐ huyện tập huấn cho lần lượt hơn 300 và gần 900 lượt "
            "cán bộ công đoàn.",
            [(300, None), (900, None)],
        ),
        (
            "Năm 2023 và năm 2024, LĐLĐ huyện Quan Sơn thành lập được lần lượt một và bốn CĐCS.",
            [(1, None), (4, None)],
        ),
        # x/y each its own
        (
            "Năm 2024, các quận Hải Châu và Thanh Khê có lần lượt 88/90 và 61/64 doanh nghiệp có "
            "tổ chức công đoàn tổ chức đối thoại định kỳ.",
            [(88, 90), (61, 64)],
        ),
    ],
)
def test_earlier_values_in_turn_are_read_as_the_last(text, found):
    assert sorted((f["achieved"], f["target"]) for f in union_stats(text)) == sorted(found)


def test_percents_in_turn_of_figures_a_tally_reads():
    found = union_stats(
        "Năm 2024, LĐLĐ huyện Yên Mỹ có 140 trên tổng số 152 doanh nghiệp tổ chức hội nghị người "
        "lao động, LĐLĐ huyện Văn Giang có 66 trên 80 doanh nghiệp, đạt tỷ lệ lần lượt 92,1% và "
        "82,5%."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [
        (140, 152, 92.1),
        (66, 80, 82.5),
    ]


def test_percents_in_turn_after_theo_thu_tu_la():
    found = union_stats(
        "Năm 2024, LĐLĐ huyện Hậu Lộc kết nạp 620 đoàn viên, LĐLĐ huyện Nga Sơn 480 đoàn viên, "
        "đạt theo thứ tự là 103% và 96% kế hoạch năm."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(620, 103), (480, 96)]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Năm 2024 – chỉ tiêu giao: 150 đoàn viên; đã kết nạp: 96 (64%).",
            [("doan_vien_ket_nap", 96, 150, 64, "of_target")],
        ),
        (
            "Hội nghị người lao động năm 2024: 45/50 doanh nghiệp, đơn vị (90%).",
            [("other", 45, 50, 90, "rate")],
        ),
        # (not a percent its numbers do not make)
        (
            "Năm 2024 – chỉ tiêu giao: 150 đoàn viên; đã kết nạp: 96 (30%).",
            [("doan_vien_ket_nap", 96, 150, None, None)],
        ),
    ],
)
def test_a_bare_percent_in_brackets_after_what_was_done_of_a_target(text, found):
    assert [
        (f["metric"], f["achieved"], f["target"], f["percent"], f["percent_kind"])
        for f in union_stats(text)
    ] == found


def test_a_figures_words_close_the_bracket_its_percent_opened():
    (found,) = union_stats("Năm 2024 thành lập 9/12 CĐCS (75%).")
    assert found["text_span"].endswith("(75%)")


def test_people_admitted_said_bare_after_admissions_to_the_party_are_the_partys():
    found = union_stats(
        "Năm 2024, 52 đoàn viên được kết nạp vào Đảng; Công đoàn Bệnh viện A và Công đoàn Bệnh "
        "viện B lần lượt có 9 và 7 người được kết nạp."
    )
    assert [(f["metric"], f["stage"], f["achieved"]) for f in found] == [
        ("dang_vien_gioi_thieu", "admitted", 52),
        ("dang_vien_gioi_thieu", "admitted", 9),
        ("dang_vien_gioi_thieu", "admitted", 7),
    ]
    # (not new members admitted to the union, said so)
    assert [
        f["metric"]
        for f in union_stats(
            "Năm 2024, 52 đoàn viên được kết nạp vào Đảng; công đoàn có 300 người được kết nạp mới."
        )
    ] == ["dang_vien_gioi_thieu", "doan_vien_ket_nap"]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Năm 2024, số CĐCS thành lập mới và số đoàn viên kết nạp lần lượt là 12 và 1.500.",
            [("cdcs_thanh_lap", None, 12, None), ("doan_vien_ket_nap", None, 1500, None)],
        ),
        # (the second leaves out what the first opens with; the introduction is the Party's)
        (
            "Giai đoạn 2020-2024, số đoàn viên được giới thiệu và được kết nạp vào Đảng lần lượt "
            "là 520 và 318 người.",
            [
                ("dang_vien_gioi_thieu", "introduced", 520, None),
                ("dang_vien_gioi_thieu", "admitted", 318, None),
            ],
        ),
        (
            "Năm 2023, tỷ lệ CĐCS tổ chức hội nghị người lao động, đối thoại định kỳ và ký kết "
            "thỏa ước lao động tập thể lần lượt đạt 95%, 81% và 64,5%.",
            [
                ("other", "hội nghị người lao động", None, 95),
                ("other", "đối thoại", None, 81),
                ("other", "thỏa ước lao động tập thể", None, 64.5),
            ],
        ),
        # (with their shares in turn after them)
        (
            "Năm 2024, số doanh nghiệp tổ chức đối thoại định kỳ và số doanh nghiệp ký thỏa ước "
            "lao động tập thể lần lượt là 212 và 157, đạt 88,3% và 65,4%.",
            [("other", "đối thoại", 212, 88.3), ("other", "thỏa ước lao động tập thể", 157, 65.4)],
        ),
        # (the targets' own, said of the plan)
        (
            "Năm 2024, chỉ tiêu kết nạp đoàn viên và thành lập CĐCS của LĐLĐ huyện Cư M'gar lần "
            "lượt đạt 108% và 75% kế hoạch.",
            [("doan_vien_ket_nap", None, None, 108), ("cdcs_thanh_lap", None, None, 75)],
        ),
        # (the first with no deed takes the last one's)
        (
            "Số CĐCS và đoàn viên được phát triển mới trong quý I lần lượt là 7 và 1.240.",
            [("cdcs_thanh_lap", None, 7, None), ("doan_vien_ket_nap", None, 1240, None)],
        ),
        # (one label of several bodies is no labels in turn)
        (
            "Số CĐCS thành lập mới của LĐLĐ huyện Yên Lạc và LĐLĐ huyện Tam Dương lần lượt là 5 "
            "và 3.",
            [("cdcs_thanh_lap", None, 5, None), ("cdcs_thanh_lap", None, 3, None)],
        ),
    ],
)
def test_labels_said_in_turn_each_take_the_value_of_its_turn(text, found):
    assert [
        (f["metric"], f.get("stage") or f.get("label"), f["achieved"], f["percent"])
        for f in union_stats(text)
    ] == found


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Năm 2024, LĐLĐ huyện Tân Uyên thành lập 6 CĐCS, kết nạp 1.150 đoàn viên; chỉ tiêu cả "
            "năm lần lượt là 8 CĐCS và 1.400 đoàn viên.",
            [("cdcs_thanh_lap", "result", 6, 8), ("doan_vien_ket_nap", "result", 1150, 1400)],
        ),
        (
            "Năm 2024, Công đoàn ngành Y tế và Công đoàn ngành Giáo dục kết nạp lần lượt 412 và "
            "530 đoàn viên, chỉ tiêu giao tương ứng là 400 và 600.",
            [("doan_vien_ket_nap", "result", 412, 400), ("doan_vien_ket_nap", "result", 530, 600)],
        ),
        (
            "Năm 2024, LĐLĐ thị xã thành lập 3 CĐCS, kết nạp 418 đoàn viên; kế hoạch năm theo thứ "
            "tự là 4 và 450.",
            [("cdcs_thanh_lap", "result", 3, 4), ("doan_vien_ket_nap", "result", 418, 450)],
        ),
    ],
)
def test_targets_said_in_turn_after_the_results_are_theirs(text, found):
    assert keys(text) == found


def test_results_in_turn_of_targets_given_in_turn():
    assert keys(
        "LĐLĐ huyện Ba Vì và LĐLĐ huyện Phúc Thọ được giao lần lượt 450 và 380 đoàn viên; đến hết "
        "quý III đã kết nạp lần lượt 402 và 391 đoàn viên."
    ) == [("doan_vien_ket_nap", "result", 402, 450), ("doan_vien_ket_nap", "result", 391, 380)]


def test_a_target_in_brackets_said_by_the_body_that_gave_it():
    found = union_stats(
        "Năm 2024, LĐLĐ huyện Mê Linh thành lập 5 CĐCS (thành phố giao 4), kết nạp 930 đoàn viên "
        "(Thành phố giao 1.000)."
    )
    assert [(f["achieved"], f["target"], f["organisation"]) for f in found] == [
        (5, 4, "LĐLĐ huyện Mê Linh"),
        (930, 1000, "LĐLĐ huyện Mê Linh"),
    ]
    # (the giver is not the body that did it)
    (found,) = union_stats("Cả năm kết nạp 1.540 người (Tổng LĐLĐ Việt Nam giao 1.500).")
    assert (found["target"], found["organisation"]) == (1500, None)


@pytest.mark.parametrize(
    "text, kinds",
    [
        (
            "LĐLĐ huyện Krông Pắc phát động thi đua kết nạp 600 đoàn viên, thành lập 4 CĐCS "
            "trong năm 2025.",
            ["plan", "plan"],
        ),
        (
            "Công đoàn ngành Giáo dục phát động đợt thi đua phát triển, kết nạp mới 900 đoàn viên.",
            ["plan"],
        ),
        (
            "Các cấp công đoàn trong thành phố thi đua phát triển, kết nạp mới 2.000 đoàn viên, "
            "thành lập 12 CĐCS.",
            ["plan", "plan"],
        ),
        ("Qua đợt thi đua, các CĐCS khối doanh nghiệp kết nạp 740 đoàn viên.", ["result"]),
        # (what was done after it, or under a drive another body launched, is done)
        ("LĐLĐ tỉnh phát động thi đua, sau 6 tháng đã kết nạp 1.250 đoàn viên.", ["result"]),
        (
            "Hưởng ứng đợt thi đua do LĐLĐ tỉnh phát động, các CĐCS đã kết nạp 1.250 đoàn viên.",
            ["result"],
        ),
    ],
)
def test_deeds_an_emulation_drive_is_launched_for_are_planned(text, kinds):
    assert [f["kind"] for f in union_stats(text)] == kinds


def test_a_range_done_each_of_the_recent_years_is_a_result():
    (found,) = union_stats(
        "Mấy năm trở lại đây, mỗi năm LĐLĐ huyện Bảo Lâm kết nạp từ 300 đến 350 đoàn viên."
    )
    assert (found["kind"], found["achieved"]) == ("result", {"min": 300, "max": 350})


def test_a_share_of_an_indicator_past_the_body_it_is_of():
    (found,) = union_stats(
        "Tỷ lệ ký kết thỏa ước lao động tập thể của Công đoàn Khu kinh tế tỉnh Hà Tĩnh năm 2024 "
        "đạt 104,5% kế hoạch."
    )
    assert (found["metric"], found["label"], found["percent"], found["percent_kind"]) == (
        "other",
        "thỏa ước lao động tập thể",
        104.5,
        "of_target",
    )


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Nhiệm kỳ qua, Công đoàn Công ty Than Mạo Khê đã đưa được 64 thợ lò, đoàn viên vào "
            "Đảng.",
            [64],
        ),
        (
            "Năm 2024, Công đoàn ngành Y tế và Công đoàn ngành Giáo dục đã đưa được lần lượt 41 và "
            "67 đoàn viên vào Đảng.",
            [41, 67],
        ),
        # (a deed further left, across a comma, does not claim it)
        (
            "Năm nào cũng có đoàn viên được giới thiệu, riêng năm 2025 công đoàn đã đưa được 9 "
            "công nhân vào Đảng.",
            [9],
        ),
    ],
)
def test_people_the_union_brought_into_the_party(text, found):
    figures = union_stats(text)
    assert [f["achieved"] for f in figures] == found
    assert {(f["metric"], f["stage"]) for f in figures} == {("dang_vien_gioi_thieu", "admitted")}


@pytest.mark.parametrize(
    "text, percents",
    [
        # bare, at the end of their clause, each the ratio of its figure
        (
            "Đến hết tháng 5/2023, LĐLĐ huyện Sơn Dương và LĐLĐ huyện Yên Sơn có lần lượt 71/75 "
            "và 64/64 CĐCS tổ chức xong đại hội, đạt 94,7% và 100%.",
            [94.7, 100],
        ),
        # named as shares
        (
            "Năm 2024, 40 trên 45 CĐCS tổ chức hội nghị cán bộ công chức và 36 trên 45 CĐCS đạt "
            "tiêu chuẩn vững mạnh, tỷ lệ lần lượt là 88,9% và 80%.",
            [88.9, 80],
        ),
        # x/y values bare, the noun after the last
        (
            "Năm 2024, hai LĐLĐ huyện Kim Thành và Tứ Kỳ có 75/80 và 91/100 doanh nghiệp tổ chức "
            "đối thoại định kỳ, tương ứng 93,8% và 91%.",
            [93.8, 91],
        ),
    ],
)
def test_percents_in_turn_after_as_many_ratios(text, percents):
    assert [f["percent"] for f in union_stats(text)] == percents


def test_percents_in_turn_said_ứng_với():
    text = (
        "Năm 2024, Công đoàn Dệt May Việt Nam kết nạp 4.120 đoàn viên và thành lập 9 CĐCS, ứng "
        "với 82,4% và 90% chỉ tiêu cả năm."
    )
    percents = [82.4, 90]
    assert [f["percent"] for f in union_stats(text)] == percents


def test_bare_percents_that_are_no_ratios_of_the_figures_before_are_not_theirs():
    found = union_stats(
        "Năm 2024, LĐLĐ huyện Kim Thành có 75/80 doanh nghiệp tổ chức đối thoại định kỳ, LĐLĐ "
        "huyện Tứ Kỳ có 91/100 doanh nghiệp, đạt 60% và 70%."
    )
    assert [f["percent"] for f in found if f["achieved"] is not None] == [None, None]


def test_a_share_of_an_indicator_said_of_the_plan():
    (found,) = union_stats("Năm 2024, tổ chức đối thoại định kỳ tại doanh nghiệp đạt 94% kế hoạch.")
    assert (found["percent"], found["percent_kind"]) == (94, "of_target")


@pytest.mark.parametrize(
    "text",
    [
        "CĐCS Công ty TNHH Giày Thái Bình được thành lập tháng 4/2024, khi ra mắt có 865 đoàn "
        "viên.",
        "Công đoàn Công ty CP Thủy sản Cà Mau được thành lập vào tháng 9/2024, khi thành lập có "
        "865 đoàn viên.",
    ],
)
def test_a_company_unions_members_at_its_launch_are_recruited(text):
    (found,) = union_stats(text)
    assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", 865)


def test_a_company_unions_members_at_a_launch_long_ago_are_no_figure():
    assert (
        union_stats(
            "Công đoàn Công ty CP Thủy sản Cà Mau được thành lập năm 1998, khi thành lập có 42 "
            "đoàn viên."
        )
        == []
    )


@pytest.mark.parametrize(
    "text, percents",
    [
        # a deed said bare after its plan, as people say it
        (
            "“Năm ngoái xã mình chỉ đạt 80% chỉ tiêu kết nạp, năm nay đã đạt 110%”, anh Tâm nói.",
            [80, 110],
        ),
        # the deed that is a percent's yardstick is not read again with the next clause's percent
        (
            "Năm 2023, LĐLĐ huyện Gia Lâm đạt 91% chỉ tiêu kết nạp đoàn viên, năm 2024 đạt 104%.",
            [91, 104],
        ),
    ],
)
def test_percents_of_the_plan_of_a_deed_then_of_another_year(text, percents):
    found = union_stats(text)
    assert [(f["metric"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", p) for p in percents
    ]


def test_a_percent_after_a_clause_set_against_another_indicator_is_its_own_clauses():
    (found,) = union_stats(
        "Năm 2024, huyện đã vượt chỉ tiêu về thành lập CĐCS, nhưng số đoàn viên kết nạp mới chỉ "
        "đạt khoảng 62%."
    )
    assert (found["metric"], found["percent"]) == ("doan_vien_ket_nap", 62)


@pytest.mark.parametrize(
    "text",
    [
        # a proposal whose deed opens the figure's words
        "LĐLĐ huyện Kim Bảng đề xuất thành lập CĐCS tại 9 doanh nghiệp đủ điều kiện trong năm "
        "2026.",
        # the regional and commune unions of the 2025 reorganisation are no grassroots unions
        "Ngày 1/7/2025, LĐLĐ tỉnh Phú Thọ công bố quyết định thành lập 9 công đoàn khu vực.",
        "Tháng 7/2025, LĐLĐ tỉnh Bắc Ninh và LĐLĐ tỉnh Thái Nguyên lần lượt thành lập 99 và 92 "
        "công đoàn xã, phường.",
    ],
)
def test_no_founding_of_grassroots_unions(text):
    assert union_stats(text) == []


def test_a_sectors_unions_said_công_đoàn_khu_vực_are_grassroots_unions():
    (found,) = union_stats("Năm 2024, huyện thành lập 5 công đoàn khu vực ngoài nhà nước.")
    assert (found["metric"], found["achieved"]) == ("cdcs_thanh_lap", 5)


def test_a_request_to_consider_admitting_is_no_proposal():
    (found,) = union_stats(
        "Quý II, LĐLĐ huyện đã có văn bản đề nghị các chi bộ xem xét kết nạp 21 đoàn viên ưu tú."
    )
    assert (found["metric"], found["achieved"]) == ("dang_vien_gioi_thieu", 21)


def test_the_main_indicators_whose_items_say_what_they_reached_are_results():
    assert _read(
        union_stats(
            "Các chỉ tiêu chủ yếu năm 2024: phát triển đoàn viên: 2.310 người (đạt 105% kế hoạch); "
            "thành lập CĐCS: 9 đơn vị."
        )
    ) == [
        ("doan_vien_ket_nap", "result", 2310, None),
        ("cdcs_thanh_lap", "result", 9, None),
    ]


def test_the_main_indicators_with_nothing_reached_stay_targets():
    assert [
        f["kind"]
        for f in union_stats(
            "Các chỉ tiêu chủ yếu năm 2026: kết nạp 3.000 đoàn viên; thành lập 12 CĐCS."
        )
    ] == ["plan", "plan"]


def test_the_parts_named_after_a_whole_are_not_the_wholes_body():
    found = union_stats(
        "Năm 2025, toàn tỉnh thành lập 14 CĐCS, trong đó LĐLĐ huyện Lập Thạch và LĐLĐ huyện Sông "
        "Lô lần lượt thành lập 5 và 3 CĐCS.",
        title="LĐLĐ tỉnh Vĩnh Phúc sơ kết năm",
    )
    assert [(f["achieved"], f["organisation"]) for f in found] == [
        (14, "LĐLĐ tỉnh Vĩnh Phúc"),
        (5, "LĐLĐ huyện Lập Thạch"),
        (3, "LĐLĐ huyện Sông Lô"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kết quả xếp loại 96 CĐCS: vững mạnh 71 đơn vị (74%); khá 20 đơn vị (20,8%).",
            [("cđcs vững mạnh", 71, 74), ("cđcs khá", 20, 20.8)],
        ),
        (
            "Kết quả đánh giá CĐCS năm 2025: hoàn thành tốt nhiệm vụ 64 đơn vị, chiếm 71,1%; hoàn "
            "thành nhiệm vụ 22 đơn vị, chiếm 24,4%.",
            [("cđcs hoàn thành tốt nhiệm vụ", 64, 71.1), ("cđcs hoàn thành nhiệm vụ", 22, 24.4)],
        ),
        (
            "Năm 2025, số CĐCS được xếp loại vững mạnh, khá và yếu của LĐLĐ huyện Ba Vì lần lượt "
            "là 112, 40 và 3 đơn vị.",
            [("cđcs vững mạnh", 112, None), ("cđcs khá", 40, None)],
        ),
    ],
)
def test_ratings_listed_or_said_in_turn(text, expected):
    assert [(f["label"], f["achieved"], f["percent"]) for f in union_stats(text)] == expected


def test_a_now_and_then_said_in_an_aside_closed_before_the_count_is_no_now_and_then():
    found = union_stats(
        "Ở các xưởng mộc – nơi thợ làm theo đơn hàng, có tuần làm tới 70 giờ – năm 2025 Công "
        "đoàn ngành đã thành lập 3 CĐCS, kết nạp 240 đoàn viên."
    )
    assert _read(found) == [
        ("cdcs_thanh_lap", "result", 3, None),
        ("doan_vien_ket_nap", "result", 240, None),
    ]


def test_a_deed_said_in_an_aside_closed_before_the_count_names_no_count():
    assert (
        union_stats(
            "Qua rà soát theo tiêu chí mới (gắn với kết quả kết nạp đoàn viên), có 4 CĐCS không đủ "
            "điều kiện xếp loại."
        )
        == []
    )


def test_a_rise_said_in_turn_is_no_count_done():
    assert (
        union_stats(
            "So với năm 2024, số CĐCS thành lập mới và số đoàn viên kết nạp của LĐLĐ huyện năm "
            "2025 tăng lần lượt 4 đơn vị và 612 người."
        )
        == []
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Năm 2025, Công đoàn KKT tỉnh thành lập mới và kết nạp mới tương ứng 9 CĐCS và 3.120 "
            "đoàn viên.",
            [("cdcs_thanh_lap", 9, None), ("doan_vien_ket_nap", 3120, None)],
        ),
        (
            "Năm 2025, LĐLĐ thị xã thành lập và kết nạp lần lượt 4 CĐCS và 950 đoàn viên, đạt 133% "
            "và 105% kế hoạch.",
            [("cdcs_thanh_lap", 4, 133), ("doan_vien_ket_nap", 950, 105)],
        ),
    ],
)
def test_deeds_said_in_turn_each_read_with_its_value(text, expected):
    assert [(f["metric"], f["achieved"], f["percent"]) for f in union_stats(text)] == expected


def test_percents_of_the_plan_completed_in_turn_by_bodies():
    found = union_stats(
        "Đến hết tháng 9/2025, LĐLĐ huyện Thường Tín và LĐLĐ huyện Phú Xuyên đã hoàn thành lần "
        "lượt 92% và 104% chỉ tiêu kết nạp đoàn viên năm."
    )
    assert [(f["percent"], f["organisation"]) for f in found] == [
        (92, "LĐLĐ huyện Thường Tín"),
        (104, "LĐLĐ huyện Phú Xuyên"),
    ]


def test_the_target_named_once_after_the_next_bodys_count_reached():
    found = union_stats(
        "Năm 2025, LĐLĐ huyện Đức Trọng đạt 530/500 đoàn viên và LĐLĐ huyện Di Linh đạt 288/300 "
        "đoàn viên theo chỉ tiêu được giao."
    )
    assert _read(found) == [
        ("doan_vien_ket_nap", "result", 530, 500),
        ("doan_vien_ket_nap", "result", 288, 300),
    ]


def test_x_of_y_of_one_kind_of_units_read_as_the_next_kinds():
    found = union_stats(
        "Năm 2025, có 845/902 doanh nghiệp và 120/121 cơ quan có CĐCS trên địa bàn tỉnh tổ chức "
        "hội nghị người lao động, đạt tỷ lệ lần lượt 93,7% và 99,2%."
    )
    assert [(f["label"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("hội nghị người lao động", 845, 902, 93.7),
        ("hội nghị người lao động", 120, 121, 99.2),
    ]


def test_targets_named_after_the_results_percents_of_them():
    found = union_stats(
        "Sáu tháng đầu năm 2025, Công đoàn Dầu khí Việt Nam kết nạp 1.240 đoàn viên và thành lập 3 "
        "CĐCS, ứng với 62% và 50% chỉ tiêu cả năm là 2.000 đoàn viên và 6 CĐCS."
    )
    assert [(f["metric"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", 1240, 2000, 62),
        ("cdcs_thanh_lap", 3, 6, 50),
    ]


def test_unions_founded_named_at_length_before_vừa_được_thành_lập():
    (found,) = union_stats(
        "Hai CĐCS Công ty TNHH Gỗ Phú Lâm và Công ty TNHH Bao bì Tân Tiến vừa được thành lập "
        "trong tháng 5/2025."
    )
    assert (found["metric"], found["achieved"]) == ("cdcs_thanh_lap", 2)


def test_units_counted_by_how_much_they_rose_on_a_year_before_are_no_count():
    assert (
        union_stats(
            "So với năm 2024, số doanh nghiệp tổ chức đối thoại định kỳ tăng 21 đơn vị, số CĐCS "
            "đạt vững mạnh tăng 6 đơn vị."
        )
        == []
    )


def test_attendances_alone_after_a_training_of_officials_are_trainees():
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh bồi dưỡng cho 2.140 lượt cán bộ công đoàn; trong đó Công đoàn ngành "
        "Công Thương bồi dưỡng 310 lượt, Công đoàn ngành Xây dựng 205 lượt."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("can_bo_tap_huan", 2140),
        ("can_bo_tap_huan", 310),
        ("can_bo_tap_huan", 205),
    ]


def test_a_plan_of_attendances_alone_after_a_training():
    found = union_stats(
        "Năm 2024, LĐLĐ huyện đã tập huấn 860 lượt cán bộ công đoàn; năm 2025 phấn đấu tập huấn "
        "1.000 lượt."
    )
    assert _read(found) == [
        ("can_bo_tap_huan", "result", 860, None),
        ("can_bo_tap_huan", "plan", None, 1000),
    ]


def test_a_target_of_people_after_a_training_is_the_trainings():
    found = union_stats(
        "Năm 2025, Công đoàn Tổng công ty đã bồi dưỡng cho 142 cán bộ công đoàn; chỉ tiêu năm 2026 "
        "là 160 người."
    )
    assert _read(found) == [
        ("can_bo_tap_huan", "result", 142, None),
        ("can_bo_tap_huan", "plan", None, 160),
    ]


@pytest.mark.parametrize(
    "text, title, count",
    [
        (
            "Tham dự có 214 đồng chí là chủ tịch, phó chủ tịch công đoàn cơ sở.",
            "LĐLĐ tỉnh Bắc Ninh bồi dưỡng nghiệp vụ cho cán bộ công đoàn cơ sở",
            214,
        ),
        (
            "Gần 90 cán bộ phụ trách công tác nữ công của các công đoàn cấp trên cơ sở và CĐCS đã "
            "tham dự.",
            "LĐLĐ tỉnh Quảng Bình tập huấn công tác nữ công cho cán bộ công đoàn",
            90,
        ),
    ],
)
def test_officials_at_the_course_the_headline_names(text, title, count):
    (found,) = union_stats(text, title=title)
    assert (found["metric"], found["achieved"]) == ("can_bo_tap_huan", count)


def test_values_in_turn_after_ứng_với():
    found = union_stats(
        "Năm 2024 và năm 2025, Công đoàn Cao su Việt Nam đã tập huấn ứng với 980 và 1.120 lượt cán "
        "bộ công đoàn, đạt 98% và 112% kế hoạch."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(980, 98), (1120, 112)]


def test_labels_in_turn_reached_ứng_với():
    found = union_stats(
        "Các chỉ tiêu kết nạp đoàn viên và thành lập CĐCS của LĐLĐ tỉnh năm 2025 đạt ứng với 104% "
        "và 120% kế hoạch."
    )
    assert [(f["metric"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", 104),
        ("cdcs_thanh_lap", 120),
    ]


def test_percents_in_turn_after_the_plan_named_before_them():
    found = union_stats(
        "Hai năm 2024 và 2025, Công đoàn Dệt May Việt Nam kết nạp tương ứng 6,4 ngàn và 7,1 ngàn "
        "đoàn viên, vượt kế hoạch 7% và 18%."
    )
    assert [(f["achieved"], f["percent"], f["percent_kind"]) for f in found] == [
        (6400, 7, "over_target"),
        (7100, 18, "over_target"),
    ]


def test_x_trên_y_values_in_turn():
    found = union_stats(
        "Năm 2024 và năm 2025, số doanh nghiệp tổ chức đối thoại định kỳ của huyện lần lượt là 61 "
        "trên 70 và 66 trên 72 doanh nghiệp có công đoàn."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(61, 70), (66, 72)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the last one's noun said with words of its own, only the first read alone
        (
            "Năm 2025, Công đoàn Bệnh viện Nhi Trung ương và Công đoàn Bệnh viện K kết nạp lần "
            "lượt 74 và 58 đoàn viên là viên chức mới tuyển dụng.",
            [74, 58],
        ),
        # the deed after the marker, the values in words
        (
            "Quý III và quý IV/2025, Công đoàn Xây dựng Việt Nam lần lượt thành lập mới bốn và hai "
            "công đoàn cơ sở.",
            [4, 2],
        ),
    ],
)
def test_every_value_said_in_turn_is_read(text, expected):
    assert sorted(f["achieved"] for f in union_stats(text)) == sorted(expected)


def test_party_admissions_in_turn_from_the_unions_source_are_all_the_unions():
    found = union_stats(
        "Qua giới thiệu của công đoàn, năm 2025 Đảng bộ Công ty May Phù Đổng và Đảng bộ Công ty "
        "Giày Phúc Yên lần lượt kết nạp 14 và 9 đảng viên mới."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("admitted", 14), ("admitted", 9)]


def test_a_count_completed_of_the_target_before_it():
    (found,) = union_stats(
        "Năm 2025, LĐLĐ huyện Tam Nông được giao thành lập 5 CĐCS; đến nay đã hoàn thành 4 CĐCS, "
        "đạt 80%."
    )
    assert (found["achieved"], found["target"], found["percent"]) == (4, 5, 80)


def test_the_speakers_own_union_founded_in_a_month_with_its_members():
    (found,) = union_stats(
        "“Công đoàn chúng tôi được thành lập tháng 3/2025 với 860 đoàn viên”, chị Hoa nói."
    )
    assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", 860)


def test_x_of_y_done_in_speech_against_the_plan():
    (found,) = union_stats(
        "“Đến tháng 9 mình mới làm được 640/800 đoàn viên theo kế hoạch”, anh Tâm cho biết."
    )
    assert (found["achieved"], found["target"]) == (640, 800)


def test_signed_anew_or_again_is_one_deed():
    (found,) = union_stats(
        "Năm 2025, LĐLĐ huyện Gia Lâm có 58 trên 64 CĐCS doanh nghiệp ký mới, ký lại thỏa ước lao "
        "động tập thể."
    )
    assert (found["label"], found["achieved"], found["target"]) == (
        "thỏa ước lao động tập thể",
        58,
        64,
    )


def test_the_party_organ_and_the_union_holding_the_ceremony_together():
    (found,) = union_stats(
        "Tháng 5/2025, Đảng ủy và Công đoàn Công ty CP Xi măng Bút Sơn phối hợp tổ chức lễ kết nạp "
        "Đảng cho 9 đoàn viên công đoàn ưu tú."
    )
    assert (found["stage"], found["achieved"], found["organisation"]) == (
        "admitted",
        9,
        "Công đoàn Công ty CP Xi măng Bút Sơn",
    )


def test_units_honoured_listed_after_the_first_are_no_count():
    assert (
        union_stats(
            "LĐLĐ tỉnh Gia Lai biểu dương 12 CĐCS làm tốt công tác phát triển đoàn viên, 7 CĐCS tổ "
            "chức tốt đối thoại và 5 CĐCS tiêu biểu về thỏa ước lao động tập thể."
        )
        == []
    )


def test_a_band_of_a_classification_is_no_count():
    assert (
        union_stats(
            "Năm 2025, có 9 CĐCS kết nạp từ 150 đoàn viên trở lên và 21 CĐCS kết nạp từ 50 đến "
            "dưới 150 đoàn viên."
        )
        == []
    )


def test_a_rise_then_the_count_it_reached():
    (found,) = union_stats(
        "So với năm 2024, số đoàn viên kết nạp năm 2025 của thị xã tăng 180 người, đạt 942 đoàn "
        "viên."
    )
    assert (found["metric"], found["achieved"]) == ("doan_vien_ket_nap", 942)


def test_what_a_place_made_said_in_speech():
    found = union_stats(
        "“Năm nay, huyện Kiến Thụy làm được 4 công đoàn cơ sở, huyện Vĩnh Bảo làm được 3 công đoàn "
        "cơ sở”, ông Hùng cho biết."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 4),
        ("cdcs_thanh_lap", 3),
    ]


def _figures_of(text: str, title: str | None = None) -> list[tuple]:
    return [
        (f["metric"], f["achieved"], f["target"], f["percent"])
        for f in union_stats(text, title=title)
    ]


def test_an_if_that_frames_a_comparison_is_no_hypothesis():
    assert _figures_of(
        "Con số của LĐLĐ huyện Mèo Vạc nếu so với các huyện miền xuôi còn nhỏ, song đáng ghi nhận: "
        "thành lập 2 CĐCS, kết nạp 148 đoàn viên."
    ) == [("cdcs_thanh_lap", 2, None, None), ("doan_vien_ket_nap", 148, None, None)]
    # (an "if" of what would be still is one)
    assert (
        _figures_of("Nếu mỗi CĐCS kết nạp thêm 3 người thì toàn huyện sẽ có thêm 600 đoàn viên.")
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "“Sáng nay nghiệp đoàn ra mắt với 64 đoàn viên là tiểu thương chợ Cồn”, bà Hạnh nói.",
        "Công đoàn cơ sở vừa ra mắt chiều nay quy tụ 212 công nhân.",
        "Nghiệp đoàn Xe ôm công nghệ phường Hải Châu, ra mắt chiều 5/3/2026, quy tụ 74 thành viên.",
    ],
)
def test_the_members_of_a_union_launched_that_day(text):
    (found,) = union_stats(text)
    assert found["metric"] == "doan_vien_ket_nap" and found["kind"] == "result"


def test_many_unions_launched_with_their_members_are_counted_as_unions_too():
    assert _figures_of("Năm 2025, 9 nghiệp đoàn ra mắt với 420 đoàn viên.") == [
        ("cdcs_thanh_lap", 9, None, None),
        ("doan_vien_ket_nap", 420, None, None),
    ]


def test_officials_trained_of_all_there_are_and_learners_graded_are_not():
    title = "Công đoàn ngành Y tế tỉnh Bình Phước tập huấn cho cán bộ công đoàn cơ sở"
    assert _figures_of(
        "Đến nay, 47 trên tổng số 52 chủ tịch CĐCS bệnh viện đã hoàn thành chương trình bồi "
        "dưỡng, chiếm 90,4%.",
        title,
    ) == [("can_bo_tap_huan", 47, 52, 90.4)]
    assert _figures_of("Khóa học có 88/96 học viên đạt yêu cầu.", title) == []
    assert _figures_of("Kết thúc lớp học, 64 cán bộ công đoàn đạt loại giỏi.", title) == []
    assert _figures_of("Lớp bồi dưỡng nghiệp vụ tài chính có 58 học viên.", title) == [
        ("can_bo_tap_huan", 58, None, None)
    ]


def test_the_firms_that_signed_a_group_agreement_said_to_be_in_it():
    assert _figures_of(
        "Thỏa ước nhóm ngành du lịch năm nay có 17 khách sạn cùng tham gia ký, bao phủ 3.200 lao "
        "động."
    ) == [("other", 17, None, None)]
    assert _figures_of("Thỏa ước nhóm năm nay có 17 khách sạn chưa ký.") == []
    assert _figures_of("Thỏa ước: 8 trường tư thục ký kết, 2 trường đang thương lượng.") == [
        ("other", 8, None, None)
    ]


def test_the_whole_of_the_target_done():
    assert _figures_of(
        "“Chỉ tiêu giao 350 đoàn viên, đến quý III chúng tôi đã kết nạp đủ 350, đạt 100%”, ông "
        "Tâm nói."
    ) == [("doan_vien_ket_nap", 350, 350, 100)]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, Công đoàn Công Thương Việt Nam vượt chỉ tiêu thành lập CĐCS 30%.",
        "Năm 2025, Công đoàn Công Thương Việt Nam thành lập CĐCS vượt chỉ tiêu 30%.",
    ],
)
def test_over_the_plan_said_with_the_plan_before_the_percent(text):
    assert _figures_of(text) == [("cdcs_thanh_lap", None, None, 30)]
    assert union_stats(text)[0]["percent_kind"] == "over_target"


def test_percents_in_turn_said_equivalent_to_the_plan():
    assert _figures_of(
        "6 tháng đầu năm, LĐLĐ tỉnh Phú Yên kết nạp 1.200 đoàn viên, thành lập 6 CĐCS, tương "
        "đương 48% và 40% chỉ tiêu năm."
    ) == [("doan_vien_ket_nap", 1200, None, 48), ("cdcs_thanh_lap", 6, None, 40)]


def test_labels_in_turn_take_the_last_values_noun_when_one_alone_reads_nothing():
    found = union_stats(
        "Năm 2025, số đoàn viên ưu tú được công đoàn các cấp của ngành giới thiệu cho tổ chức đảng "
        "và số được kết nạp vào Đảng lần lượt là 640 và 415 người."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 640), ("admitted", 415)]


def test_what_each_unit_of_a_kind_did_is_no_count_but_each_named_body_is():
    assert (
        _figures_of("Mỗi CĐCS trường học bình quân giới thiệu 2 đoàn viên ưu tú cho Đảng mỗi năm.")
        == []
    )
    assert _figures_of(
        "Năm 2025, huyện tổ chức 30 cuộc đối thoại định kỳ, mỗi doanh nghiệp FDI kết nạp 25 "
        "đoàn viên."
    ) == [("other", 30, None, None)]
    assert _figures_of(
        "Xếp sau là LĐLĐ huyện Hàm Tân và LĐLĐ huyện Đức Linh, mỗi đơn vị thành lập 5 CĐCS."
    ) == [("cdcs_thanh_lap", 5, None, None)]


def test_those_not_yet_done_or_waiting_are_no_count():
    assert _figures_of("Số đoàn viên ưu tú chưa được kết nạp là 64 người.") == []
    assert _figures_of("Hiện còn 40 hồ sơ đang chờ xét kết nạp vào Đảng.") == []
    found = union_stats(
        "Năm 2025, Công đoàn ngành Giáo dục giới thiệu 210 đoàn viên ưu tú cho Đảng; số đã được "
        "kết nạp và số đang chờ kết nạp lần lượt là 150 và 60 người."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 210), ("admitted", 150)]


def test_a_count_is_no_passive_of_the_next_tally_named():
    found = union_stats(
        "Năm 2025, số đoàn viên ưu tú được công đoàn giới thiệu cho Đảng xem xét, kết nạp là 300 "
        "người, số đã được kết nạp là 190 người."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 300), ("admitted", 190)]


def test_a_campaigns_name_in_single_quotes():
    assert (
        _figures_of(
            "“Chúng tôi dồn sức cho đợt thi đua ‘100 ngày kết nạp 2.000 đoàn viên’”, ông Nam nói."
        )
        == []
    )


def test_x_of_y_assigned_is_done_of_a_target():
    assert _figures_of("Năm 2025, 6 trên 9 doanh nghiệp được giao vận động đã thành lập CĐCS.") == [
        ("cdcs_thanh_lap", 6, 9, None)
    ]
    assert _figures_of("Năm 2025, có 14 trên 16 CĐCS được giao đã thành lập xong.") == [
        ("cdcs_thanh_lap", 14, 16, None)
    ]
    # (x/y of the companies there are is a share of those that have one, no founding)
    assert _figures_of("Năm 2025, 6/9 doanh nghiệp đã thành lập CĐCS.") == []


def test_grown_from_one_count_to_another_is_a_history():
    assert _figures_of("Sau 20 năm, công đoàn ngành đã phát triển từ 12 CĐCS lên 210 CĐCS.") == []


def test_what_should_be_done_proposed_is_no_count():
    assert (
        _figures_of(
            "Đại biểu kiến nghị hằng năm nên bồi dưỡng cho khoảng 500 cán bộ công đoàn cơ sở."
        )
        == []
    )


def test_a_figure_in_a_quote_that_names_no_body_is_the_speakers_bodys():
    (found,) = union_stats(
        "“Năm nay, dù doanh nghiệp trên địa bàn còn nhiều khó khăn về đơn hàng, anh em vẫn kết "
        "nạp được 640 đoàn viên, vượt kế hoạch đề ra”, ông Lò Văn Sơn, Chủ tịch LĐLĐ huyện Mộc "
        "Châu cho biết."
    )
    assert (found["achieved"], found["organisation"]) == (640, "LĐLĐ huyện Mộc Châu")
    # (not a body named after a quote that no one is said to have said)
    (found,) = union_stats(
        "“Năm nay, dù doanh nghiệp trên địa bàn còn nhiều khó khăn về đơn hàng, anh em vẫn kết "
        "nạp được 640 đoàn viên, vượt kế hoạch đề ra”, đó là nội dung được nhắc lại nhiều lần "
        "trong hội nghị của LĐLĐ huyện Mộc Châu."
    )
    assert found["organisation"] is None


def test_the_percent_done_of_a_target_past_a_reason_set_against_it():
    assert _figures_of(
        "Chỉ tiêu năm 2025 của LĐLĐ tỉnh Cà Mau là kết nạp 2.800 đoàn viên, song do nhiều nhà máy "
        "chế biến tôm giảm đơn hàng, cắt giảm lao động, đến hết tháng 9 mới đạt 57,3%."
    ) == [("doan_vien_ket_nap", None, 2800, 57.3)]
    assert _figures_of(
        "“Chỉ tiêu năm nay của huyện là 900 đoàn viên; hết quý III mới làm được chừng 70%”, ông "
        "Hòa nói."
    ) == [("doan_vien_ket_nap", None, 900, 70)]


def test_the_target_the_federation_above_gave_said_after_the_result():
    assert _figures_of(
        "“Năm nay huyện làm được 14 công đoàn cơ sở, chỉ tiêu Liên đoàn tỉnh giao là 12”, ông "
        "Khánh nói."
    ) == [("cdcs_thanh_lap", 14, 12, None)]


def test_a_count_with_a_fraction_is_an_average():
    assert (
        _figures_of(
            "Năm 2025, các CĐCS khu vực doanh nghiệp và khu vực hành chính tổ chức lần lượt 2,6 và "
            "1,4 cuộc đối thoại định kỳ."
        )
        == []
    )
    # (a magnitude's count is whole)
    assert _figures_of("Năm 2025, toàn quốc kết nạp 1,2 triệu đoàn viên.") == [
        ("doan_vien_ket_nap", 1200000, None, None)
    ]


def test_the_share_admitted_of_those_a_union_introduced():
    assert _figures_of(
        "Giai đoạn 2020–2025, gần 75% số đoàn viên do các CĐCS ngành dệt may giới thiệu đã được "
        "kết nạp vào Đảng."
    ) == [("dang_vien_gioi_thieu", None, None, 75)]
    (found,) = union_stats(
        "Năm 2025, 100% đoàn viên do Công đoàn trường giới thiệu đều được kết nạp vào Đảng."
    )
    assert (found["stage"], found["percent"], found["percent_kind"]) == ("admitted", 100, "rate")


def test_party_members_all_said_to_be_union_members_are_the_unions():
    (found,) = union_stats(
        "Năm 2025, Đảng bộ Công ty kết nạp 14 đảng viên mới, tất cả đều là đoàn viên công đoàn."
    )
    assert (found["stage"], found["achieved"]) == ("admitted", 14)


def test_members_of_unions_founded_in_turn_said_after_with():
    assert _figures_of(
        "Tháng 5/2025, Công đoàn Công ty TNHH Giày Minh Phát và Công đoàn Công ty TNHH Dệt Hoàng "
        "Sơn lần lượt ra mắt với 640 và 385 đoàn viên."
    ) == [("doan_vien_ket_nap", 640, None, None), ("doan_vien_ket_nap", 385, None, None)]
    # (in the months named in turn, the marker after the verb)
    assert _figures_of(
        "Nghiệp đoàn xe ôm phường Phú Hội và Nghiệp đoàn tiểu thương chợ Đông Ba được thành lập "
        "tương ứng vào tháng 2 và tháng 4/2025 với 36 và 51 đoàn viên."
    ) == [("doan_vien_ket_nap", 36, None, None), ("doan_vien_ket_nap", 51, None, None)]
    # (no marker, no values in turn: the first alone is read as before)
    assert _figures_of("Năm 2025, LĐLĐ huyện thành lập 2 CĐCS với 140 đoàn viên.") == [
        ("cdcs_thanh_lap", 2, None, None),
        ("doan_vien_ket_nap", 140, None, None),
    ]


def test_units_counted_in_turn_each_over_a_floor_are_no_count():
    assert (
        _figures_of(
            "Năm 2025, có 9 và 5 công đoàn xã lần lượt kết nạp từ 50 và 100 đoàn viên trở lên."
        )
        == []
    )
    assert (
        _figures_of(
            "Năm 2025, số CĐCS kết nạp từ 30 đoàn viên trở lên và tổ chức từ 2 cuộc đối thoại "
            "trở lên lần lượt là 41 và 17 đơn vị."
        )
        == []
    )
    # (bodies named, each with its target over a floor, still are targets)
    assert _figures_of(
        "Năm 2026, LĐLĐ phường Hải Châu và LĐLĐ phường Thanh Khê phấn đấu kết nạp lần lượt từ "
        "150 và 120 đoàn viên trở lên."
    ) == [("doan_vien_ket_nap", None, 150, None), ("doan_vien_ket_nap", None, 120, None)]


def test_values_before_the_deeds_they_are_of_in_turn():
    assert _figures_of(
        "Năm 2025, có 212/240 và 190/240 doanh nghiệp có công đoàn lần lượt tổ chức hội nghị "
        "người lao động và ký kết thỏa ước lao động tập thể, đạt tỷ lệ tương ứng 88,3% và 79,2%."
    ) == [("other", 212, 240, 88.3), ("other", 190, 240, 79.2)]
    # (the second indicator named bare)
    assert _figures_of(
        "Năm 2025, 98% và 91% cơ quan, đơn vị có CĐCS lần lượt tổ chức hội nghị cán bộ công "
        "chức và đối thoại định kỳ."
    ) == [("other", None, None, 98), ("other", None, None, 91)]


def test_firms_with_a_union_named_in_a_fronted_indicator():
    assert _figures_of(
        "Năm 2025, số doanh nghiệp có CĐCS ký kết thỏa ước lao động tập thể là 318/402, đạt 79,1%."
    ) == [("other", 318, 402, 79.1)]
    # (the firms that have one, alone, are a stock)
    assert _figures_of("Năm 2025, số doanh nghiệp có CĐCS là 402.") == []


def test_a_course_named_at_length_then_its_learners_in_turn():
    assert _figures_of(
        "Hai lớp bồi dưỡng nghiệp vụ công tác kiểm tra cho ủy viên ủy ban kiểm tra CĐCS tại "
        "huyện Ba Vì và huyện Sóc Sơn có lần lượt 92 và 78 học viên."
    ) == [("can_bo_tap_huan", 92, None, None), ("can_bo_tap_huan", 78, None, None)]
    assert _figures_of(
        "Lớp tập huấn kỹ năng thương lượng cho chủ tịch CĐCS khu vực doanh nghiệp ngoài nhà nước "
        "có số học viên là 65 người."
    ) == [("can_bo_tap_huan", 65, None, None)]
    # (not a course for workers)
    assert (
        _figures_of(
            "Các lớp bồi dưỡng kỹ năng số cho người lao động do Công đoàn Khu kinh tế mở tại hai "
            "khu công nghiệp có lần lượt 120 và 140 học viên."
        )
        == []
    )


def test_targets_said_in_turn_after_the_results_set_against_them():
    assert _figures_of(
        "Năm 2025, LĐLĐ tỉnh Quảng Trị kết nạp 2.410 đoàn viên, thành lập 9 CĐCS, so với chỉ "
        "tiêu lần lượt là 2.200 đoàn viên và 8 CĐCS."
    ) == [("doan_vien_ket_nap", 2410, 2200, None), ("cdcs_thanh_lap", 9, 8, None)]
    assert _figures_of(
        "Năm 2025, LĐLĐ tỉnh Ninh Bình thành lập 6 CĐCS, kết nạp 980 đoàn viên; chỉ tiêu tỉnh "
        "giao cho hai nội dung trên theo thứ tự là 5 CĐCS và 900 đoàn viên."
    ) == [("cdcs_thanh_lap", 6, 5, None), ("doan_vien_ket_nap", 980, 900, None)]


def test_results_headed_in_turn_after_the_targets():
    assert _figures_of(
        "Năm 2025, LĐLĐ tỉnh được giao thành lập 12 CĐCS và kết nạp 1.500 đoàn viên; kết quả "
        "lần lượt là 13 CĐCS và 1.620 đoàn viên."
    ) == [("cdcs_thanh_lap", 13, 12, None), ("doan_vien_ket_nap", 1620, 1500, None)]


def test_values_before_their_deeds_with_the_marker_in_their_shares():
    assert _figures_of(
        "Năm 2025, có 88/90 và 30/32 cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức và hội "
        "nghị người lao động, đạt tỷ lệ tương ứng 97,8% và 93,8%."
    ) == [("other", 88, 90, 97.8), ("other", 30, 32, 93.8)]
    # (grades said as deeds)
    assert _figures_of(
        "Năm 2025, có 57 và 23 CĐCS lần lượt được xếp loại hoàn thành xuất sắc nhiệm vụ và hoàn "
        "thành tốt nhiệm vụ."
    ) == [("other", 57, None, None), ("other", 23, None, None)]


def test_shares_in_turn_that_do_not_fit_their_values_pair_none():
    from crawler.extraction.unionstats.figures import _ONE_VALUE_RE, _shares_fit_their_values

    values = list(_ONE_VALUE_RE.finditer("88/90 và 30/32"))
    assert _shares_fit_their_values(values, ["97,8%", "93,8%"])
    assert not _shares_fit_their_values(values, ["93,8%", "97,8%"])


def test_percents_in_turn_follow_values_in_turn_with_qualifiers():
    assert _figures_of(
        "Năm 2024 và 2025, LĐLĐ tỉnh kết nạp lần lượt gần 3.100 và hơn 3.400 đoàn viên, tương "
        "ứng đạt 96% và 108% kế hoạch."
    ) == [("doan_vien_ket_nap", 3100, None, 96), ("doan_vien_ket_nap", 3400, None, 108)]


def test_members_gathered_in_turn_at_a_launch_in_a_month():
    assert _figures_of(
        "Nghiệp đoàn xe ôm công nghệ phường Vĩnh Hải và Nghiệp đoàn tiểu thương chợ Xóm Mới ra mắt "
        "trong tháng 3/2025, quy tụ tương ứng 45 và 72 đoàn viên."
    ) == [("doan_vien_ket_nap", 45, None, None), ("doan_vien_ket_nap", 72, None, None)]


def test_the_counts_of_a_year_named_in_turn_after_this_years():
    assert _figures_of(
        "Năm 2025, LĐLĐ tỉnh kết nạp 4.100 đoàn viên, thành lập 22 CĐCS; các con số tương ứng "
        "của năm 2024 là 3.870 và 19."
    ) == [
        ("doan_vien_ket_nap", 4100, None, None),
        ("cdcs_thanh_lap", 22, None, None),
        ("doan_vien_ket_nap", 3870, None, None),
        ("cdcs_thanh_lap", 19, None, None),
    ]


def test_admissions_in_turn_after_introductions_are_to_the_party():
    found = union_stats(
        "Năm 2025, Công đoàn Công ty Than Núi Béo và Công đoàn Công ty Than Cao Sơn lần lượt giới "
        "thiệu 26 và 31 đoàn viên ưu tú cho Đảng; số được kết nạp tương ứng là 19 và 24 người."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [
        ("introduced", 26),
        ("introduced", 31),
        ("admitted", 19),
        ("admitted", 24),
    ]
    # (labels in turn: the admission said bare is into the Party, the members' is the union's)
    found = union_stats(
        "Năm 2025, số đoàn viên ưu tú giới thiệu cho Đảng và số được kết nạp lần lượt là 52 và "
        "37 người."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 52), ("admitted", 37)]
    assert _figures_of(
        "Năm 2025, số đoàn viên kết nạp và số đoàn viên ưu tú giới thiệu cho Đảng lần lượt là "
        "1.240 và 65 người."
    ) == [("doan_vien_ket_nap", 1240, None, None), ("dang_vien_gioi_thieu", 65, None, None)]


def test_parts_at_a_place_after_among_them():
    assert _figures_of(
        "Năm 2025, Công đoàn các KCN tỉnh Hải Dương kết nạp 2.600 đoàn viên, trong đó tại KCN Đại "
        "An là 940 đoàn viên."
    ) == [("doan_vien_ket_nap", 2600, None, None), ("doan_vien_ket_nap", 940, None, None)]
    assert _figures_of(
        "Năm 2025, Công đoàn các KCN tỉnh Hải Dương thành lập 21 CĐCS, trong đó ở KCN Đại An, KCN "
        "Nam Sách và KCN Phú Thái lần lượt là 8, 5 và 3 CĐCS."
    ) == [
        ("cdcs_thanh_lap", 21, None, None),
        ("cdcs_thanh_lap", 8, None, None),
        ("cdcs_thanh_lap", 5, None, None),
        ("cdcs_thanh_lap", 3, None, None),
    ]


def test_district_level_federations_named_short_each_over_a_floor():
    assert (
        _figures_of("Năm 2025, có 9 LĐLĐ huyện, thành, thị kết nạp từ 250 đoàn viên trở lên.") == []
    )


def test_a_target_said_as_what_the_count_is_out_of_or_twice():
    assert _figures_of(
        "“Đến tháng 9, huyện mới thành lập được 6 công đoàn cơ sở trên chỉ tiêu 11”, ông Tuấn nói."
    ) == [("cdcs_thanh_lap", 6, 11, None)]
    assert _figures_of(
        "Năm 2025, LĐLĐ huyện thành lập được 14 công đoàn cơ sở, gấp đôi chỉ tiêu 7 công đoàn "
        "được giao."
    ) == [("cdcs_thanh_lap", 14, 7, None)]


def test_a_part_trained_for_by_a_body_after_the_whole():
    assert _figures_of(
        "Năm 2025, Công đoàn Dầu khí Việt Nam tập huấn cho 860 cán bộ công đoàn, trong đó Công "
        "đoàn Tổng công ty Khí Việt Nam tập huấn cho 210 người."
    ) == [("can_bo_tap_huan", 860, None, None), ("can_bo_tap_huan", 210, None, None)]


def test_a_target_after_the_count_and_a_slash_before_a_comma():
    assert _figures_of(
        "Năm 2025, số đoàn viên kết nạp mới đạt 4.310 người/chỉ tiêu 5.000, bằng 86,2% kế hoạch."
    ) == [("doan_vien_ket_nap", 4310, 5000, 86.2)]


def test_a_target_not_yet_reached():
    assert _figures_of(
        "Năm 2025, LĐLĐ huyện kết nạp 640 đoàn viên, chưa tới chỉ tiêu 800 được giao."
    ) == [("doan_vien_ket_nap", 640, 800, None)]


def test_a_percent_of_a_target_named_by_its_deed_after_one_set_against_it():
    assert _figures_of(
        "Năm 2025, LĐLĐ thị xã đạt 118% chỉ tiêu về thành lập CĐCS nhưng mới đạt 79% chỉ tiêu về "
        "kết nạp đoàn viên."
    ) == [("cdcs_thanh_lap", None, None, 118), ("doan_vien_ket_nap", None, None, 79)]
    assert _figures_of(
        "Năm 2024, Công đoàn ngành Y tế vượt 15% kế hoạch thành lập công đoàn cơ sở, đạt 92% kế "
        "hoạch phát triển đoàn viên."
    ) == [("cdcs_thanh_lap", None, None, 15), ("doan_vien_ket_nap", None, None, 92)]


def test_a_part_of_a_body_whose_name_ends_on_a_number():
    assert _figures_of(
        "Năm 2025, Công đoàn Xây dựng Việt Nam kết nạp 1.240 đoàn viên, trong đó Công đoàn Công ty "
        "Cổ phần Sông Đà 11 kết nạp 160 người."
    ) == [("doan_vien_ket_nap", 1240, None, None), ("doan_vien_ket_nap", 160, None, None)]
    # (a number that is no name's: the count of the part follows no deed of its own)
    assert _figures_of(
        "Năm 2025, LĐLĐ tỉnh kết nạp 1.240 đoàn viên, trong đó LĐLĐ huyện Cái Bè 160 đoàn viên."
    ) == [("doan_vien_ket_nap", 1240, None, None), ("doan_vien_ket_nap", 160, None, None)]


def test_what_was_done_said_short_takes_the_target_it_is_out_of():
    assert _figures_of(
        "“Từ đầu năm đến nay chúng tôi mới làm được 7 công đoàn cơ sở trên chỉ tiêu 12”, ông "
        "Thành cho biết."
    ) == [("cdcs_thanh_lap", 7, 12, None)]
    assert _figures_of("“Năm ngoái anh em được 1.150 đoàn viên, vượt chỉ tiêu 1.000 người”.") == [
        ("doan_vien_ket_nap", 1150, 1000, None)
    ]


def test_a_target_passed_by_so_many_units_is_no_target():
    assert _figures_of(
        "Năm 2025, LĐLĐ huyện thành lập được 14 công đoàn cơ sở, vượt kế hoạch 3 đơn vị."
    ) == [("cdcs_thanh_lap", 14, None, None)]
    # (one set by a body, the units its own count)
    assert _figures_of(
        "Năm 2025, LĐLĐ huyện thành lập được 14 CĐCS, vượt chỉ tiêu 11 đơn vị mà LĐLĐ tỉnh giao."
    ) == [("cdcs_thanh_lap", 14, 11, None)]


def test_the_decision_founding_unions_handed_to_them():
    assert _figures_of(
        "Sáng 9/5, LĐLĐ huyện Đông Anh trao quyết định thành lập cho 4 CĐCS với 836 đoàn viên."
    ) == [("cdcs_thanh_lap", 4, None, None), ("doan_vien_ket_nap", 836, None, None)]
    # (something else founded at the unions is still none)
    assert _figures_of("Năm 2025, LĐLĐ huyện thành lập Ban Nữ công cho 9 công đoàn cơ sở.") == []


def test_a_target_and_its_result_named_as_labels_in_turn():
    assert _figures_of(
        "Chỉ tiêu và kết quả thành lập CĐCS năm 2025 của LĐLĐ huyện Mê Linh tương ứng là 8 và 11 "
        "đơn vị."
    ) == [("cdcs_thanh_lap", 11, 8, None)]
    assert _figures_of(
        "Kết quả và kế hoạch kết nạp đoàn viên năm 2025 của Công đoàn ngành Y tế lần lượt là 640 "
        "và 700 người."
    ) == [("doan_vien_ket_nap", 640, 700, None)]


def test_percents_of_the_plan_said_together_for_indicators_in_turn():
    assert _figures_of(
        "Năm 2025, LĐLĐ tỉnh Phú Thọ vượt lần lượt 9% và 30% kế hoạch phát triển đoàn viên và "
        "thành lập công đoàn cơ sở."
    ) == [("doan_vien_ket_nap", None, None, 9), ("cdcs_thanh_lap", None, None, 30)]
    assert _figures_of(
        "Hết quý III, thành lập CĐCS và kết nạp đoàn viên của huyện đạt tương ứng 75% và 82,5% "
        "chỉ tiêu năm."
    ) == [("cdcs_thanh_lap", None, None, 75), ("doan_vien_ket_nap", None, None, 82.5)]


def test_percents_of_one_indicator_in_turn_are_each_a_bodys():
    figures = union_stats(
        "Năm 2025, Công đoàn ngành Giáo dục và Công đoàn ngành Y tế kết nạp đoàn viên đạt lần lượt "
        "112% và 104% kế hoạch."
    )
    assert [(f["metric"], f["percent"], f["organisation"]) for f in figures] == [
        ("doan_vien_ket_nap", 112, "Công đoàn ngành Giáo dục"),
        ("doan_vien_ket_nap", 104, "Công đoàn ngành Y tế"),
    ]


def test_targets_in_brackets_after_the_results():
    assert _figures_of(
        "Năm 2025, Công đoàn Dầu khí Việt Nam kết nạp 2.410 đoàn viên, thành lập 6 CĐCS (chỉ tiêu "
        "Tổng LĐLĐ Việt Nam giao là 2.000 đoàn viên và 5 CĐCS)."
    ) == [("doan_vien_ket_nap", 2410, 2000, None), ("cdcs_thanh_lap", 6, 5, None)]
    assert _figures_of(
        "Nhiệm kỳ qua, LĐLĐ huyện kết nạp 6.120 đoàn viên (vượt chỉ tiêu cả nhiệm kỳ là 5.000 đoàn "
        "viên), thành lập 31 CĐCS."
    ) == [("doan_vien_ket_nap", 6120, 5000, None), ("cdcs_thanh_lap", 31, None, None)]


def test_union_officials_trained_beside_the_youth_unions():
    assert _figures_of(
        "Năm 2025, LĐLĐ thị xã phối hợp Thị đoàn tập huấn cho 96 cán bộ công đoàn cơ sở và 60 cán "
        "bộ đoàn."
    ) == [("can_bo_tap_huan", 96, None, None)]


def test_those_still_groomed_for_the_party_are_not_trained():
    assert _figures_of(
        "Năm 2025, Công đoàn ngành Giáo dục giới thiệu 52 đoàn viên ưu tú cho Đảng, trong đó 31 "
        "đồng chí đã được kết nạp, 21 đồng chí đang được bồi dưỡng."
    ) == [("dang_vien_gioi_thieu", 52, None, None), ("dang_vien_gioi_thieu", 31, None, None)]


def test_results_raised_to_a_running_total_since_the_start_of_the_year():
    assert _figures_of(
        "Trong quý III, LĐLĐ huyện Đức Hòa kết nạp thêm 420 đoàn viên, nâng kết quả 9 tháng lên "
        "1.860 đoàn viên, đạt 77,5% kế hoạch năm."
    ) == [("doan_vien_ket_nap", 420, None, None), ("doan_vien_ket_nap", 1860, None, 77.5)]


def test_the_next_count_of_a_list_with_a_year_of_its_own():
    assert _figures_of(
        "LĐLĐ huyện Bình Chánh thành lập 9 CĐCS trong năm 2024 và 12 CĐCS trong năm 2025."
    ) == [("cdcs_thanh_lap", 9, None, None), ("cdcs_thanh_lap", 12, None, None)]
    # (a place after the count still ends the list)
    assert _figures_of("LĐLĐ huyện kết nạp 44 đoàn viên mới tại 2 công đoàn cơ sở.") == [
        ("doan_vien_ket_nap", 44, None, None)
    ]


def test_percents_done_in_turn_of_targets_labelled_in_turn():
    assert _figures_of(
        "Chỉ tiêu thành lập CĐCS và kết nạp đoàn viên năm 2025 của LĐLĐ huyện lần lượt là 10 "
        "đơn vị và 1.200 người; hết quý III mới đạt tương ứng 60% và 72,5%."
    ) == [("cdcs_thanh_lap", None, 10, 60), ("doan_vien_ket_nap", None, 1200, 72.5)]


def test_results_in_turn_after_a_time_and_who_did_them():
    assert _figures_of(
        "Chỉ tiêu năm 2025 của LĐLĐ huyện là thành lập 8 CĐCS và kết nạp 1.100 đoàn viên; đến hết "
        "quý III, huyện đã thực hiện lần lượt 6 CĐCS và 905 đoàn viên."
    ) == [("cdcs_thanh_lap", 6, 8, None), ("doan_vien_ket_nap", 905, 1100, None)]


def test_results_in_turn_right_after_targets_in_turn():
    assert _figures_of(
        "Năm 2025, LĐLĐ huyện Củ Chi và LĐLĐ huyện Hóc Môn được giao chỉ tiêu kết nạp 700 và 850 "
        "đoàn viên, kết quả thực hiện lần lượt là 736 và 802 người."
    ) == [("doan_vien_ket_nap", 736, 700, None), ("doan_vien_ket_nap", 802, 850, None)]
    # (as many values as targets, or none read)
    assert _figures_of(
        "Năm 2025, LĐLĐ huyện được giao chỉ tiêu kết nạp 700 và 850 đoàn viên ở hai đợt, kết quả "
        "thực hiện lần lượt là 736, 802 và 95 người."
    ) == [("doan_vien_ket_nap", None, 700, None), ("doan_vien_ket_nap", None, 850, None)]


def test_a_label_of_courses_in_turn_beside_the_officials_at_them():
    assert _figures_of(
        "Năm 2025, số lớp bồi dưỡng và số cán bộ công đoàn cơ sở được bồi dưỡng của LĐLĐ tỉnh "
        "tương ứng là 12 lớp và 940 người."
    ) == [("can_bo_tap_huan", 940, None, None)]


def test_shares_of_other_indicators_said_in_turn():
    assert _figures_of(
        "Năm 2025, tỷ lệ tổ chức hội nghị cán bộ, công chức, viên chức ở các trường học và hội "
        "nghị người lao động ở các công ty có công đoàn tương ứng là 100% và 97,2%."
    ) == [("other", None, None, 100), ("other", None, None, 97.2)]
    # (one alone, "là" after its rate named)
    assert _figures_of(
        "Năm 2025, tỷ lệ cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức là 100%."
    ) == [("other", None, None, 100)]
    # (not a percent of something else said after a conference: a wage rise)
    assert _figures_of("Tiền lương tăng thêm sau đối thoại là năm phần trăm.") == []


def test_shares_of_units_in_turn_each_its_bodys():
    found = union_stats(
        "Năm 2025, Công đoàn Điện lực Việt Nam và Công đoàn Dầu khí Việt Nam lần lượt có 97% và "
        "99% CĐCS trực thuộc tổ chức đối thoại định kỳ."
    )
    assert [(f["percent"], f["organisation"]) for f in found] == [
        (97, "Công đoàn Điện lực Việt Nam"),
        (99, "Công đoàn Dầu khí Việt Nam"),
    ]
    # (shares in turn of ratings in turn are not one reading copied to each: two figures, not four)
    rated = _figures_of(
        "Năm 2025, có lần lượt 85% và 12% CĐCS thuộc Công đoàn ngành Y tế được đánh giá vững mạnh "
        "và khá."
    )
    assert len(rated) == 2


def test_learners_of_courses_said_in_turn():
    assert _figures_of(
        "Năm 2025, LĐLĐ tỉnh mở 9 lớp tập huấn cho chủ tịch CĐCS và 4 lớp bồi dưỡng cán bộ nữ "
        "công, với số học viên tương ứng là 720 và 260 lượt cán bộ."
    ) == [("can_bo_tap_huan", 720, None, None), ("can_bo_tap_huan", 260, None, None)]
    assert _figures_of(
        "Ba lớp tập huấn mở tại Vĩnh Yên, Phúc Yên và Tam Dương lần lượt thu hút 140, 125 và 98 "
        "cán bộ công đoàn cơ sở tham gia."
    ) == [
        ("can_bo_tap_huan", 140, None, None),
        ("can_bo_tap_huan", 125, None, None),
        ("can_bo_tap_huan", 98, None, None),
    ]


def test_results_in_turn_with_their_nouns_after_targets_of_several_indicators():
    assert _figures_of(
        "Chỉ tiêu LĐLĐ thành phố giao cho Công đoàn các KCN năm 2025 là 12 CĐCS và 3.000 đoàn "
        "viên; tính đến hết tháng 10, kết quả thực hiện lần lượt là 14 CĐCS và 2.870 đoàn viên."
    ) == [("cdcs_thanh_lap", 14, 12, None), ("doan_vien_ket_nap", 2870, 3000, None)]
    assert _figures_of(
        "Năm 2025, huyện Gia Bình và huyện Lương Tài được giao lần lượt 250 và 320 đoàn viên, "
        "tới nay mới làm được 180 và 305."
    ) == [("doan_vien_ket_nap", 180, 250, None), ("doan_vien_ket_nap", 305, 320, None)]
    # (a value's noun that is not its target's indicator pairs none)
    assert ("doan_vien_ket_nap", 2870, 3000, None) not in _figures_of(
        "Chỉ tiêu năm 2025 là 12 CĐCS và 3.000 đoàn viên; đến nay kết quả thực hiện lần lượt là "
        "2.870 đoàn viên và 14 CĐCS."
    )


def test_results_of_another_year_than_the_targets_before_them():
    assert _figures_of(
        "LĐLĐ huyện Lục Nam đặt mục tiêu năm 2026 thành lập 6 CĐCS và kết nạp 700 đoàn viên; năm "
        "2025, hai chỉ tiêu này lần lượt đạt 5 CĐCS và 655 đoàn viên."
    ) == [
        ("cdcs_thanh_lap", None, 6, None),
        ("doan_vien_ket_nap", None, 700, None),
        ("cdcs_thanh_lap", 5, None, None),
        ("doan_vien_ket_nap", 655, None, None),
    ]
    # (a time of the targets' year is theirs: "tháng 11/2025" after targets with no year)
    assert _figures_of(
        "LĐLĐ huyện Lục Nam và LĐLĐ huyện Yên Thế được giao lần lượt 500 và 400 đoàn viên; đến "
        "hết tháng 11/2025 đã kết nạp lần lượt 512 và 377 đoàn viên."
    ) == [("doan_vien_ket_nap", 512, 500, None), ("doan_vien_ket_nap", 377, 400, None)]


def test_a_goal_of_a_year_named_and_what_was_done_of_it():
    assert _figures_of(
        "Mục tiêu năm 2025 của LĐLĐ huyện Quốc Oai là kết nạp 900 đoàn viên, thành lập 7 CĐCS; đến "
        "cuối tháng 11, huyện đã kết nạp 948 đoàn viên, thành lập 8 CĐCS."
    ) == [("doan_vien_ket_nap", 948, 900, None), ("cdcs_thanh_lap", 8, 7, None)]
    assert _figures_of(
        "Năm 2025, Công đoàn ngành Giáo dục đặt mục tiêu kết nạp 1.300 đoàn viên; kết quả kết nạp "
        "1.342 đoàn viên."
    ) == [("doan_vien_ket_nap", 1342, 1300, None)]


def test_what_was_done_in_another_year_is_not_of_the_target():
    assert _figures_of(
        "Chỉ tiêu năm 2026 là 650 đoàn viên, trong khi cả năm 2025 LĐLĐ huyện Mỹ Đức chỉ kết nạp "
        "được 512 đoàn viên."
    ) == [("doan_vien_ket_nap", None, 650, None), ("doan_vien_ket_nap", 512, None, None)]
    # (this year set against the target's with "còn")
    assert _figures_of(
        "“Mục tiêu năm 2026 là 9 CĐCS, còn năm nay chúng tôi đã làm được 8”, ông Lê Văn Tám nói."
    ) == [("cdcs_thanh_lap", None, 9, None), ("cdcs_thanh_lap", 8, None, None)]
    # (a year of the targets' term is theirs)
    assert _figures_of(
        "Chỉ tiêu nhiệm kỳ 2023-2028 của Công đoàn Viên chức tỉnh là mỗi năm kết nạp ít nhất 250 "
        "đoàn viên và thành lập 3 CĐCS; năm 2025, kết quả tương ứng là 271 đoàn viên và 4 CĐCS."
    ) == [("doan_vien_ket_nap", 271, 250, None), ("cdcs_thanh_lap", 4, 3, None)]


def test_a_terms_target_is_no_target_of_one_year_unless_set_for_every_year():
    assert _figures_of(
        "Chỉ tiêu giai đoạn 2024-2026 là kết nạp 4.500 đoàn viên; riêng năm 2025, LĐLĐ huyện Mê "
        "Linh đã kết nạp 1.620 đoàn viên."
    ) == [("doan_vien_ket_nap", None, 4500, None), ("doan_vien_ket_nap", 1620, None, None)]


def test_percents_in_turn_of_places_of_one_kind_counted_before_them():
    found = union_stats(
        "Năm 2025, hai LĐLĐ huyện Yên Lập và Hạ Hòa lần lượt đạt 102% và 91% chỉ tiêu kết nạp "
        "đoàn viên."
    )
    assert [(f["percent"], f["organisation"]) for f in found] == [
        (102, "Yên Lập"),
        (91, "Hạ Hòa"),
    ]


def test_rates_of_other_indicators_in_turn_are_not_the_counts_before_them():
    assert _figures_of(
        "Năm 2026, LĐLĐ huyện phấn đấu thành lập 6 CĐCS, kết nạp 800 đoàn viên, với tỷ lệ doanh "
        "nghiệp có CĐCS ký kết thỏa ước và tổ chức đối thoại định kỳ tương ứng đạt 70% và 88%."
    )[:2] == [("cdcs_thanh_lap", None, 6, None), ("doan_vien_ket_nap", None, 800, None)]


def test_learners_in_turn_of_courses_held_in_months_named():
    assert _figures_of(
        "Công đoàn Dầu khí Việt Nam mở 2 lớp tập huấn nghiệp vụ công tác công đoàn vào tháng 4 và "
        "tháng 9, thu hút lần lượt 210 và 185 cán bộ công đoàn."
    ) == [("can_bo_tap_huan", 210, None, None), ("can_bo_tap_huan", 185, None, None)]


def test_members_of_a_union_launched_named_as_its_number():
    assert _figures_of(
        "Năm 2025, LĐLĐ huyện Kỳ Anh ra mắt Nghiệp đoàn nghề cá xã Kỳ Xuân với số đoàn viên 57 "
        "người."
    ) == [("doan_vien_ket_nap", 57, None, None)]


def test_a_running_total_raised_to_a_count_with_its_percent_of_the_plan():
    assert _figures_of(
        "Tháng 9, Công đoàn ngành Y tế kết nạp 64 đoàn viên, đưa số kết nạp 9 tháng lên 455 đoàn "
        "viên, đạt 91% chỉ tiêu."
    ) == [("doan_vien_ket_nap", 64, None, None), ("doan_vien_ket_nap", 455, None, 91)]
    assert _figures_of(
        "Quý III, LĐLĐ huyện thành lập 3 CĐCS, đưa kết quả 9 tháng lên 11 CĐCS, đạt 73,3% kế "
        "hoạch năm."
    ) == [("cdcs_thanh_lap", 3, None, None), ("cdcs_thanh_lap", 11, None, 73.3)]
    # (a total raised with no percent of the plan stays a total)
    assert _figures_of(
        "Tháng 9, Công đoàn ngành Y tế kết nạp 64 đoàn viên, nâng số đoàn viên toàn ngành lên "
        "6.455 người."
    ) == [("doan_vien_ket_nap", 64, None, None)]


def test_counts_of_times_said_short_after_a_first_count_with_its_deed():
    assert _figures_of(
        "“Năm 2024 chúng tôi kết nạp được 710 đoàn viên thì năm nay, tính đến giờ, đã được 802 "
        "người”, ông Tạ Văn Hùng nói."
    ) == [("doan_vien_ket_nap", 710, None, None), ("doan_vien_ket_nap", 802, None, None)]
    assert _figures_of(
        "“Năm 2023 cả huyện kết nạp được 1.250 đoàn viên thì năm 2024 xuống còn 1.090, năm nay "
        "nhích lên 1.180”, bà Lò Thị Xuân nói."
    ) == [
        ("doan_vien_ket_nap", 1250, None, None),
        ("doan_vien_ket_nap", 1090, None, None),
        ("doan_vien_ket_nap", 1180, None, None),
    ]
    # (the stage of the first is theirs)
    found = union_stats(
        "“Về phát triển đảng viên thì năm ngoái chúng tôi giới thiệu 52 đoàn viên, năm nay tăng "
        "lên 67”, ông Bình nói."
    )
    assert [(f["stage"], f["achieved"]) for f in found] == [("introduced", 52), ("introduced", 67)]
    # (not after a stock: what it rose to is a stock too)
    assert (
        _figures_of("“Năm 2024 công ty có 1.900 đoàn viên thì năm nay đã lên 2.050”, anh Quân nói.")
        == []
    )


def test_counts_with_their_percent_of_the_plan_under_a_heading_of_the_targets_are_done():
    assert _figures_of(
        "Năm 2025, các LĐLĐ huyện bám sát chỉ tiêu được giao: LĐLĐ huyện Hậu Lộc kết nạp 610 đoàn "
        "viên, đạt 101,7% kế hoạch; LĐLĐ huyện Nga Sơn kết nạp 455 đoàn viên, đạt 91% kế hoạch."
    ) == [("doan_vien_ket_nap", 610, None, 101.7), ("doan_vien_ket_nap", 455, None, 91)]


def test_targets_a_federation_of_a_level_gave_named_after_the_results():
    assert _figures_of(
        "Năm 2025, LĐLĐ huyện Phong Điền đã thành lập 5 CĐCS, kết nạp 640 đoàn viên, trong khi "
        "chỉ tiêu LĐLĐ tỉnh giao chỉ là 3 CĐCS và 500 đoàn viên."
    ) == [("cdcs_thanh_lap", 5, 3, None), ("doan_vien_ket_nap", 640, 500, None)]


def test_by_the_plan_and_what_was_done_set_against_it():
    assert _figures_of(
        "Theo kế hoạch, năm 2025 LĐLĐ huyện Tam Dương thành lập mới 6 CĐCS, nhưng đến hết tháng "
        "10 mới thành lập được 4 CĐCS."
    ) == [("cdcs_thanh_lap", 4, 6, None)]
    # (a plan's parts by body are not what was done of each other: the first stays a plan, no
    # count takes its target; the second's kind is a known gap, read done)
    assert _figures_of(
        "Theo kế hoạch, LĐLĐ tỉnh trực tiếp tập huấn cho 800 cán bộ chủ chốt; các công đoàn cấp "
        "trên cơ sở tập huấn cho 9.000 lượt cán bộ CĐCS."
    )[:1] == [("can_bo_tap_huan", None, 800, None)]


def test_percents_in_turn_of_indicators_listed_with_a_comma_before_them():
    assert _figures_of(
        "Hết quý III/2025, kết quả thành lập CĐCS, kết nạp đoàn viên của LĐLĐ huyện Tân Uyên đạt "
        "lần lượt 75% và 81,2% kế hoạch năm."
    ) == [("cdcs_thanh_lap", None, None, 75), ("doan_vien_ket_nap", None, None, 81.2)]


def test_percents_in_turn_each_over_the_target_of_its_result():
    assert _figures_of(
        "Năm 2025, LĐLĐ tỉnh được giao chỉ tiêu kết nạp 2.000 đoàn viên và thành lập 8 CĐCS, kết "
        "quả lần lượt đạt 2.150 đoàn viên và 10 CĐCS, vượt 7,5% và 25%."
    ) == [("doan_vien_ket_nap", 2150, 2000, 7.5), ("cdcs_thanh_lap", 10, 8, 25)]
    # (not percents that are no such excess)
    assert _figures_of(
        "Năm 2025, LĐLĐ tỉnh được giao chỉ tiêu kết nạp 2.000 đoàn viên và thành lập 8 CĐCS, kết "
        "quả lần lượt đạt 2.150 đoàn viên và 10 CĐCS, vượt 12% và 3%."
    ) == [("doan_vien_ket_nap", 2150, 2000, None), ("cdcs_thanh_lap", 10, 8, None)]


def test_counts_in_turn_of_years_named_in_turn_each_of_its_year():
    found = union_stats(
        "Số đoàn viên kết nạp mới của LĐLĐ huyện Sóc Sơn trong 3 năm 2022, 2023 và 2024 lần lượt "
        "là 1.120, 1.305 và 1.478 người."
    )
    assert [(f["metric"], f["achieved"], f["period"]) for f in found] == [
        ("doan_vien_ket_nap", 1120, "năm 2022"),
        ("doan_vien_ket_nap", 1305, "năm 2023"),
        ("doan_vien_ket_nap", 1478, "năm 2024"),
    ]


def test_a_target_conceded_after_the_result():
    assert _figures_of(
        "Năm 2025, Công đoàn ngành Y tế kết nạp 915 đoàn viên, tuy chưa đạt chỉ tiêu 1.000 đoàn "
        "viên được giao nhưng cao hơn năm 2024."
    ) == [("doan_vien_ket_nap", 915, 1000, None)]


def test_targets_in_brackets_after_the_plan_each_of_its_result():
    assert _figures_of(
        "Hết năm 2025, LĐLĐ huyện Đông Anh thành lập 9 CĐCS và kết nạp 1.260 đoàn viên, tương "
        "ứng đạt 90% và 105% kế hoạch cả năm (10 CĐCS, 1.200 đoàn viên)."
    ) == [("cdcs_thanh_lap", 9, 10, 90), ("doan_vien_ket_nap", 1260, 1200, 105)]
    # (in the other order, each of its noun's indicator)
    assert _figures_of(
        "Năm 2025, Công đoàn ngành Xây dựng kết nạp 830 đoàn viên, thành lập 6 CĐCS, vượt chỉ tiêu "
        "Tổng Liên đoàn giao (5 CĐCS, 800 đoàn viên)."
    ) == [("doan_vien_ket_nap", 830, 800, None), ("cdcs_thanh_lap", 6, 5, None)]
    # (not past another count done after the results)
    assert _figures_of(
        "Năm 2025, Công đoàn ngành Xây dựng kết nạp 830 đoàn viên, thành lập 6 CĐCS; năm 2026 "
        "phấn đấu hoàn thành kế hoạch (5 CĐCS, 800 đoàn viên)."
    )[:2] == [("doan_vien_ket_nap", 830, None, None), ("cdcs_thanh_lap", 6, None, None)]


def test_a_target_in_brackets_closes_before_the_next_count():
    assert _figures_of(
        "Từ đầu nhiệm kỳ đến nay, Công đoàn Dệt May đã kết nạp 9.350 đoàn viên (chỉ tiêu cả nhiệm "
        "kỳ 12.000), thành lập 21 CĐCS (chỉ tiêu 30)."
    ) == [("doan_vien_ket_nap", 9350, 12000, None), ("cdcs_thanh_lap", 21, 30, None)]


def test_by_the_plan_heading_its_clause_then_what_was_done_so_far():
    assert _figures_of(
        "Theo kế hoạch năm 2025, Công đoàn ngành Công Thương tập huấn cho 450 cán bộ công đoàn cơ "
        "sở; đến hết tháng 9 đã mở 6 lớp với 470 lượt cán bộ dự học."
    ) == [("can_bo_tap_huan", 470, 450, None)]
    assert _figures_of(
        "Theo kế hoạch năm 2025, các CĐCS thuộc LĐLĐ huyện Yên Phong tổ chức 80 cuộc đối thoại "
        "định kỳ tại nơi làm việc; hết quý III, đã tổ chức được 64 cuộc, đạt 80% kế hoạch."
    ) == [("other", 64, 80, 80)]
    # ("theo kế hoạch" after a count is what was done by it)
    assert _figures_of(
        "Năm 2025, LĐLĐ huyện Yên Phong tập huấn cho 450 cán bộ công đoàn cơ sở theo kế hoạch."
    ) == [("can_bo_tap_huan", 450, None, None)]


def test_results_of_the_bodies_whose_targets_were_given_body_by_body():
    assert _figures_of(
        "Năm 2025, LĐLĐ thị xã Phú Mỹ được giao 1.500 đoàn viên, LĐLĐ huyện Châu Đức được giao "
        "700 đoàn viên; hết tháng 10, Châu Đức đã kết nạp 640 người, còn Phú Mỹ kết nạp 1.620 "
        "người."
    ) == [("doan_vien_ket_nap", 640, 700, None), ("doan_vien_ket_nap", 1620, 1500, None)]
    # (given in turn, the bodies named before them in order)
    assert _figures_of(
        "LĐLĐ huyện Lục Nam và LĐLĐ huyện Sơn Động được giao lần lượt 6 và 3 CĐCS trong năm "
        "2025; đến nay, LĐLĐ huyện Sơn Động đã thành lập 3 CĐCS, còn LĐLĐ huyện Lục Nam mới "
        "thành lập được 4 CĐCS."
    ) == [("cdcs_thanh_lap", 3, 3, None), ("cdcs_thanh_lap", 4, 6, None)]


def test_learners_who_came_to_courses_in_turn():
    assert _figures_of(
        "Trong tháng 8, LĐLĐ tỉnh Hà Giang mở 2 lớp tập huấn cho cán bộ công đoàn cơ sở và cán "
        "bộ nữ công, với số học viên tham gia tương ứng là 132 và 74 người."
    ) == [("can_bo_tap_huan", 132, None, None), ("can_bo_tap_huan", 74, None, None)]


def test_the_share_said_to_go_with_the_admitted():
    assert _figures_of(
        "Năm 2025, Công đoàn ngành Y tế giới thiệu 64 đoàn viên ưu tú cho Đảng, trong đó 40 đồng "
        "chí đã được kết nạp, tỷ lệ kết nạp tương ứng đạt 62,5%."
    ) == [("dang_vien_gioi_thieu", 64, None, None), ("dang_vien_gioi_thieu", 40, None, 62.5)]
    assert _figures_of(
        "Trong số 210 đoàn viên được giới thiệu, đã có 126 người được kết nạp vào Đảng, tương ứng "
        "tỷ lệ 60%."
    ) == [("dang_vien_gioi_thieu", 210, None, None), ("dang_vien_gioi_thieu", 126, None, 60)]


def test_shares_of_a_whole_taken_in_turn():
    assert _figures_of(
        "Năm 2025, 96 CĐCS đạt vững mạnh và 31 CĐCS đạt khá, chiếm lần lượt 73,8% và 23,8% số "
        "CĐCS được đánh giá."
    ) == [("other", 96, None, 73.8), ("other", 31, None, 23.8)]


def test_parts_of_a_whole_the_bodies_made_up_in_turn():
    assert _figures_of(
        "Năm 2025, toàn tỉnh kết nạp 3.410 đoàn viên, trong đó LĐLĐ thành phố Bắc Ninh và LĐLĐ "
        "thị xã Từ Sơn đóng góp lần lượt 980 và 640 đoàn viên."
    ) == [
        ("doan_vien_ket_nap", 3410, None, None),
        ("doan_vien_ket_nap", 980, None, None),
        ("doan_vien_ket_nap", 640, None, None),
    ]


def test_a_share_set_as_the_target_gives_way_to_what_was_done_of_it():
    assert _figures_of(
        "Năm 2025, Công đoàn Giáo dục huyện Nghi Lộc đặt chỉ tiêu 90% CĐCS đạt vững mạnh; kết quả "
        "có 47/50 CĐCS đạt vững mạnh, chiếm 94%."
    ) == [("other", 47, 50, 94)]
    # (a plan for a coming period stays a figure of its own)
    found = _figures_of(
        "Năm 2025 có 47/50 CĐCS đạt vững mạnh; năm 2026, Công đoàn Giáo dục huyện Nghi Lộc phấn "
        "đấu 96% CĐCS đạt vững mạnh."
    )
    assert len(found) == 2


def test_results_of_bodies_whose_kind_is_said_once_before_targets_in_turn():
    assert _figures_of(
        "Các LĐLĐ huyện Yên Dũng, Việt Yên được giao chỉ tiêu thành lập lần lượt 5 và 6 CĐCS trong "
        "năm 2025; đến nay Việt Yên đã thành lập 7 CĐCS, Yên Dũng thành lập 3 CĐCS."
    ) == [("cdcs_thanh_lap", 7, 6, None), ("cdcs_thanh_lap", 3, 5, None)]


def test_a_target_passed_named_in_the_counts_own_noun():
    assert _figures_of(
        "Năm 2025, từ nguồn đoàn viên ưu tú do công đoàn giới thiệu, các chi bộ đã kết nạp 96 đảng "
        "viên mới, vượt chỉ tiêu 80 đảng viên mà Huyện ủy giao."
    ) == [("dang_vien_gioi_thieu", 96, 80, None)]


def test_targets_passed_named_after_the_results():
    assert _figures_of(
        "Mười tháng đầu năm, LĐLĐ huyện Ba Vì đã kết nạp 830 đoàn viên, thành lập 7 CĐCS, vượt chỉ "
        "tiêu cả năm được LĐLĐ Thành phố giao là 800 đoàn viên và 6 CĐCS."
    ) == [("doan_vien_ket_nap", 830, 800, None), ("cdcs_thanh_lap", 7, 6, None)]
    assert _figures_of(
        "Đến hết tháng 11/2025, LĐLĐ tỉnh Ninh Thuận đã thành lập 9 CĐCS, kết nạp 1.650 đoàn viên, "
        "vượt chỉ tiêu cả năm Tổng Liên đoàn giao (8 CĐCS và 1.500 đoàn viên)."
    ) == [("cdcs_thanh_lap", 9, 8, None), ("doan_vien_ket_nap", 1650, 1500, None)]


def test_what_was_done_in_fact_or_by_the_end_of_a_plan_heading_its_clause():
    assert _figures_of(
        "Theo kế hoạch, năm 2025 LĐLĐ quận Long Biên thành lập 10 CĐCS; thực tế quận đã thành lập "
        "13 CĐCS."
    ) == [("cdcs_thanh_lap", 13, 10, None)]
    assert _figures_of(
        "Theo kế hoạch, năm 2025 Công đoàn Khu kinh tế Dung Quất kết nạp 1.200 đoàn viên; kết thúc "
        "năm, đơn vị kết nạp 1.315 đoàn viên."
    ) == [("doan_vien_ket_nap", 1315, 1200, None)]


def test_another_indicators_target_then_what_was_done_of_it_with_no_percent():
    assert _figures_of(
        "Năm 2025, Công đoàn các KCN tỉnh Hải Dương được giao chỉ tiêu 90 doanh nghiệp tổ chức "
        "đối thoại định kỳ; kết quả có 97 doanh nghiệp tổ chức, vượt chỉ tiêu."
    ) == [("other", 97, 90, None)]
    # (not what was done in another year)
    assert ("other", 97, 90, None) not in _figures_of(
        "Năm 2025, Công đoàn các KCN tỉnh Hải Dương được giao chỉ tiêu 90 doanh nghiệp tổ chức "
        "đối thoại định kỳ; năm 2024 đã có 97 doanh nghiệp tổ chức."
    )


def test_another_indicators_target_past_a_numbered_district_or_a_term():
    # (a district of Ho Chi Minh City's by its number between the plan and its target)
    assert _figures_of(
        "Kế hoạch năm 2025, LĐLĐ quận 10 phối hợp tổ chức 30 cuộc đối thoại định kỳ tại doanh "
        "nghiệp; hết tháng 10 đã tổ chức 27 cuộc, đạt 90% kế hoạch."
    ) == [("other", 27, 30, 90)]
    # (the plan heading its clause with a comma, the congresses' term in what it is)
    assert _figures_of(
        "Theo kế hoạch, năm 2027 có 410 CĐCS thuộc LĐLĐ tỉnh Nghệ An tổ chức đại hội nhiệm kỳ "
        "2027-2032; đến hết tháng 5, đã có 369 đơn vị tổ chức xong, đạt 90%."
    ) == [("other", 369, 410, 90)]


def test_another_indicators_target_registered_or_passed_by_a_percent_of_the_plan():
    # (registered for the year's emulation, then passed)
    assert _figures_of(
        "Năm 2025, Công đoàn ngành Y tế tỉnh Nam Định đăng ký 60 CĐCS đạt vững mạnh, kết quả có 66 "
        "CĐCS được xếp loại vững mạnh, vượt 10% chỉ tiêu đăng ký."
    ) == [("other", 66, 60, 10)]
    # (the plan named before its percent; what was done a syllable a word)
    assert _figures_of(
        "Theo kế hoạch, năm 2025 các CĐCS thuộc LĐLĐ huyện Cần Giuộc phối hợp tổ chức 80 cuộc đối "
        "thoại định kỳ; đến tháng 10 đã tổ chức 84 cuộc, vượt kế hoạch 5%."
    ) == [("other", 84, 80, 5)]


def test_another_indicators_target_named_by_what_was_done_of_it():
    assert _figures_of(
        "Theo kế hoạch, năm 2027 có 150 CĐCS thuộc Công đoàn ngành Giáo dục tỉnh Quảng Bình tiến "
        "hành đại hội nhiệm kỳ 2027-2032; tính đến ngày 31/3/2027 đã có 120 CĐCS tổ chức xong đại "
        "hội, đạt 80%."
    ) == [("other", 120, 150, 80)]


def test_a_share_set_as_the_target_then_the_units_that_did_it_out_of_all():
    assert _figures_of(
        "Năm 2025, LĐLĐ huyện Văn Lâm đề ra chỉ tiêu 100% doanh nghiệp có công đoàn tổ chức đối "
        "thoại định kỳ; kết quả có 186/200 doanh nghiệp tổ chức, đạt 93%."
    ) == [("other", 186, 200, 93)]
    # (not when the share after is no share of the x/y)
    assert ("other", 186, 200, 90) not in _figures_of(
        "Năm 2025, LĐLĐ huyện Văn Lâm đề ra chỉ tiêu 100% doanh nghiệp có công đoàn tổ chức đối "
        "thoại định kỳ; kết quả có 186/200 doanh nghiệp tổ chức, đạt 90%."
    )


def test_an_aim_said_first_is_nothing_done():
    # ("Để hoàn thành chỉ tiêu" is what the targets after it are for)
    assert _figures_of(
        "Để hoàn thành chỉ tiêu năm 2026, LĐLĐ tỉnh Thái Bình giao mỗi LĐLĐ huyện, thành phố kết "
        "nạp ít nhất 400 đoàn viên."
    ) == [("doan_vien_ket_nap", None, 400, None)]
    # (what was done to meet it is still done)
    assert _figures_of(
        "Để hoàn thành chỉ tiêu năm 2026, LĐLĐ tỉnh Thái Bình đã kết nạp 400 đoàn viên trong "
        "quý IV."
    ) == [("doan_vien_ket_nap", 400, None, None)]


def test_the_terms_target_and_what_was_done_of_it_so_far():
    assert _figures_of(
        "“Mục tiêu của nhiệm kỳ là 60 công đoàn cơ sở mới, đến nay mới thành lập được 25”, ông "
        "Phạm Văn Long, Chủ tịch LĐLĐ huyện Kim Sơn nói."
    ) == [("cdcs_thanh_lap", 25, 60, None)]


def test_another_indicators_targets_and_results_said_after_them():
    # (its result said after a comma, "kết quả đạt …")
    assert _figures_of(
        "Năm 2025, Công đoàn Dệt May Việt Nam được Tổng Liên đoàn giao chỉ tiêu 60 doanh nghiệp "
        "ký kết thỏa ước lao động tập thể mới, kết quả đạt 64 doanh nghiệp."
    ) == [("other", 64, 60, None)]
    # (targets of two indicators, then their results in turn)
    assert _figures_of(
        "Năm 2025, LĐLĐ huyện Bến Lức đặt chỉ tiêu 120 doanh nghiệp tổ chức hội nghị người lao "
        "động và 90 doanh nghiệp tổ chức đối thoại định kỳ; kết quả đạt lần lượt 126 và 88 doanh "
        "nghiệp."
    ) == [("other", 126, 120, None), ("other", 88, 90, None)]
    # (not results of members against targets of firms)
    assert ("doan_vien_ket_nap", 126, 120, None) not in _figures_of(
        "Năm 2025, LĐLĐ huyện Bến Lức đặt chỉ tiêu kết nạp 120 đoàn viên và 90 đoàn viên ưu tú "
        "giới thiệu cho Đảng; kết quả đạt lần lượt 126 và 88 doanh nghiệp."
    )


def test_percents_said_after_values_in_turn_or_bare_after_their_counts():
    # (after values said in turn, the plan's year after the plan)
    assert _figures_of(
        "LĐLĐ huyện Đông Hưng và LĐLĐ huyện Thái Thụy lần lượt thành lập 6 và 8 CĐCS, đạt 120% và "
        "133,3% chỉ tiêu năm 2025."
    ) == [("cdcs_thanh_lap", 6, None, 120), ("cdcs_thanh_lap", 8, None, 133.3)]
    # (bare at the clause's end, after counts with no target)
    assert _figures_of(
        "Năm 2025, Công đoàn Điện lực Việt Nam kết nạp 2.400 đoàn viên, thành lập 5 CĐCS, đạt 96% "
        "và 125%."
    ) == [("doan_vien_ket_nap", 2400, None, 96), ("cdcs_thanh_lap", 5, None, 125)]
    # (not against the year before)
    assert _figures_of(
        "Năm 2025, Công đoàn Điện lực Việt Nam kết nạp 2.400 đoàn viên, thành lập 5 CĐCS, bằng "
        "96% và 125% so với năm 2024."
    ) == [("doan_vien_ket_nap", 2400, None, None), ("cdcs_thanh_lap", 5, None, None)]


def test_deeds_a_heading_names_then_their_values_in_turn():
    assert _figures_of(
        "Về kết nạp đoàn viên và thành lập CĐCS, LĐLĐ huyện Hiệp Hòa đạt lần lượt 108% và 120% kế "
        "hoạch."
    ) == [("doan_vien_ket_nap", None, None, 108), ("cdcs_thanh_lap", None, None, 120)]
    assert _figures_of(
        "Về kết nạp đoàn viên và thành lập CĐCS, LĐLĐ huyện Hiệp Hòa lần lượt đạt 1.080 người và "
        "12 đơn vị."
    ) == [("doan_vien_ket_nap", 1080, None, None), ("cdcs_thanh_lap", 12, None, None)]
    # (a heading of no deed names no labels)
    assert (
        _figures_of(
            "Về tài chính công đoàn, LĐLĐ huyện Hiệp Hòa đạt lần lượt 108% và 120% kế hoạch."
        )
        == []
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # the plan's indicators named as the subject, then what was reached of each in turn: done,
        # with the plan's year after it as with none
        (
            "Chỉ tiêu phát triển đoàn viên và thành lập công đoàn cơ sở của LĐLĐ huyện Cẩm Giàng "
            "đạt lần lượt 108% và 140% kế hoạch năm 2024.",
            [
                ("doan_vien_ket_nap", None, "result", None, None, 108),
                ("cdcs_thanh_lap", None, "result", None, None, 140),
            ],
        ),
        # a word that sets a target keeps them planned
        (
            "Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp đoàn viên và thành lập CĐCS đạt lần lượt 105% "
            "và 110% kế hoạch năm.",
            [
                ("doan_vien_ket_nap", None, "plan", None, None, 105),
                ("cdcs_thanh_lap", None, "plan", None, None, 110),
            ],
        ),
    ],
)
def test_percents_in_turn_of_the_plans_indicators_are_done(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # officials trained, raised to with the plan's percent: the year's count so far
        (
            "Tháng 5, LĐLĐ huyện Thanh Oai tổ chức lớp bồi dưỡng cho 96 cán bộ công đoàn cơ sở, "
            "nâng số cán bộ được bồi dưỡng từ đầu năm lên 318 lượt người, đạt 79,5% kế hoạch.",
            [
                ("can_bo_tap_huan", None, "result", 96, None, None),
                ("can_bo_tap_huan", None, "result", 318, None, 79.5),
            ],
        ),
        # with no percent of the plan it stays a total
        (
            "Tháng 5, LĐLĐ huyện Thanh Oai tổ chức lớp bồi dưỡng cho 96 cán bộ công đoàn cơ sở, "
            "nâng tổng số cán bộ được bồi dưỡng từ đầu năm lên 318 lượt người.",
            [("can_bo_tap_huan", None, "result", 96, None, None)],
        ),
    ],
)
def test_officials_trained_raised_to_with_the_plans_percent_are_the_periods_count(text, expected):
    assert _figures(text) == expected


def test_results_raised_to_in_a_list_with_their_percents_are_the_periods_counts():
    text = (
        "Tháng 10/2024, Công đoàn các KCN tỉnh Hưng Yên thành lập 3 CĐCS, kết nạp 915 đoàn viên, "
        "nâng kết quả 10 tháng lên 22 CĐCS và 6.480 đoàn viên, lần lượt đạt 88% và 81% kế hoạch."
    )
    assert _figures(text) == [
        ("cdcs_thanh_lap", None, "result", 3, None, None),
        ("doan_vien_ket_nap", None, "result", 915, None, None),
        ("cdcs_thanh_lap", None, "result", 22, None, 88),
        ("doan_vien_ket_nap", None, "result", 6480, None, 81),
    ]
    spans = [f["text_span"] for f in union_stats(text)]
    assert spans[2].startswith("22 CĐCS") or "lên 22 CĐCS" in spans[2]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the bodies that did them named in full before their results in turn
        (
            "Được giao chỉ tiêu thành lập lần lượt 6 và 4 CĐCS trong năm 2025, LĐLĐ huyện Phù Cừ "
            "và LĐLĐ thị xã Mỹ Hào đã thành lập được lần lượt 7 và 3 CĐCS.",
            [
                ("cdcs_thanh_lap", None, "result", 7, 6, None),
                ("cdcs_thanh_lap", None, "result", 3, 4, None),
            ],
        ),
        # the year said between "kết quả" and the deed
        (
            "Hai LĐLĐ huyện Tiền Hải và Kiến Xương được giao lần lượt 420 và 380 đoàn viên, kết "
            "quả năm 2025 đã kết nạp 455 và 371 đoàn viên.",
            [
                ("doan_vien_ket_nap", None, "result", 455, 420, None),
                ("doan_vien_ket_nap", None, "result", 371, 380, None),
            ],
        ),
        # a time before the body, the values read once
        (
            "Được LĐLĐ tỉnh giao chỉ tiêu phát triển 2.400 đoàn viên và 12 CĐCS, đến ngày "
            "15/12/2025, Công đoàn Khu kinh tế tỉnh Quảng Ninh đã thực hiện được tương ứng 2.515 "
            "đoàn viên và 12 CĐCS.",
            [
                ("doan_vien_ket_nap", None, "result", 2515, 2400, None),
                ("cdcs_thanh_lap", None, "result", 12, 12, None),
            ],
        ),
    ],
)
def test_results_in_turn_after_targets_in_turn_past_their_bodies_and_year(text, expected):
    assert _figures(text) == expected


def test_a_target_each_body_was_given_is_each_of_their_results():
    text = (
        "Năm 2025, mỗi LĐLĐ huyện được giao kết nạp 250 đoàn viên; đến hết tháng 11, LĐLĐ huyện "
        "Thạch Thất đã kết nạp 281, LĐLĐ huyện Quốc Oai 240, LĐLĐ huyện Chương Mỹ 263 đoàn viên."
    )
    assert _figures(text) == [
        ("doan_vien_ket_nap", None, "result", 281, 250, None),
        ("doan_vien_ket_nap", None, "result", 240, 250, None),
        ("doan_vien_ket_nap", None, "result", 263, 250, None),
    ]
    # (a target of one body only is that body's)
    assert _figures(text.replace("mỗi LĐLĐ huyện", "LĐLĐ huyện Thạch Thất"))[1:] == [
        ("doan_vien_ket_nap", None, "result", 240, None, None),
        ("doan_vien_ket_nap", None, "result", 263, None, None),
    ]


def test_counts_a_target_was_met_with_are_its_results():
    text = (
        "Năm 2025, LĐLĐ tỉnh giao 12 CĐCS và 900 đoàn viên, LĐLĐ huyện Gia Bình đã hoàn thành với "
        "14 CĐCS và 936 đoàn viên."
    )
    assert _figures(text) == [
        ("cdcs_thanh_lap", None, "result", 14, 12, None),
        ("doan_vien_ket_nap", None, "result", 936, 900, None),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the target's year, then a subject of its own and "mới" before the deed: done of it
        (
            "Chỉ tiêu năm 2025 là 6 CĐCS, LĐLĐ huyện Lạng Giang mới thành lập 2 CĐCS.",
            [("cdcs_thanh_lap", None, "result", 2, 6, None)],
        ),
        # "thì" as the comma after "trong khi"
        (
            "Trong khi chỉ tiêu năm 2025 là 6 CĐCS thì LĐLĐ huyện Lạng Giang mới thành lập 2 CĐCS.",
            [("cdcs_thanh_lap", None, "result", 2, 6, None)],
        ),
        # a plan word after it keeps the next count planned
        (
            "Chỉ tiêu năm 2026 là 6 CĐCS, LĐLĐ huyện Lạng Giang phấn đấu thành lập 7 CĐCS.",
            [
                ("cdcs_thanh_lap", None, "plan", None, 6, None),
                ("cdcs_thanh_lap", None, "plan", None, 7, None),
            ],
        ),
    ],
)
def test_a_target_with_its_year_then_what_only_was_done_of_it(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "cứ" before the deed: a condition each time, whatever time the clause names
        "“Năm nào chúng tôi cũng đạt chỉ tiêu, nhưng cứ kết nạp 20 người thì lại mất 15 người vì "
        "công nhân chuyển việc”, bà Hạnh nói.",
        "“Có quý chúng tôi kết nạp được 80, 90 đoàn viên, nhưng cứ kết nạp 10 người thì mất 6 "
        "người”, ông Phúc kể.",
        # rises in turn on a year before, two bodies named between the deed and the rise
        "Số đoàn viên kết nạp mới năm 2025 của hai huyện Thuận Thành và Lương Tài tăng lần lượt "
        "180 và 95 người so với năm 2024.",
        "So với năm 2024, số CĐCS thành lập mới và số đoàn viên kết nạp của Công đoàn ngành Giao "
        "thông vận tải tỉnh Nghệ An tăng lần lượt 4 và 260 người.",
    ],
)
def test_conditions_each_time_and_rises_in_turn_are_no_figures(text):
    assert union_stats(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the units a whole province has that have done it by now: a stock
        (
            "Đến nay, toàn tỉnh Thái Nguyên có 742 doanh nghiệp đã ký kết thỏa ước lao động tập "
            "thể, chiếm 70,2% số doanh nghiệp có tổ chức công đoàn.",
            [],
        ),
        (
            "Toàn thành phố có 2.315 doanh nghiệp đã thành lập công đoàn cơ sở, chiếm 58% số doanh "
            "nghiệp từ 25 lao động trở lên.",
            [],
        ),
        # those that did it in a time said after the deed are done
        (
            "Năm 2025, toàn tỉnh có 58 doanh nghiệp đã ký mới thỏa ước lao động tập thể.",
            [("other", "thỏa ước lao động tập thể", "result", 58, None, None)],
        ),
        # another count of the sentence, before the stock, stays
        (
            "Năm 2025, LĐLĐ huyện thành lập 5 CĐCS; toàn huyện có 120 doanh nghiệp đã thành lập "
            "CĐCS.",
            [("cdcs_thanh_lap", None, "result", 5, None, None)],
        ),
    ],
)
def test_the_units_a_whole_territory_has_that_did_it_are_a_stock(text, expected):
    assert _figures(text) == expected


def test_results_in_turn_after_targets_labels_set_apart():
    text = (
        "Các chỉ tiêu thành lập CĐCS và kết nạp đoàn viên của LĐLĐ huyện Gia Lâm năm 2025 lần lượt "
        "là 8 đơn vị và 900 người; kết quả đạt tương ứng 9 đơn vị và 874 người."
    )
    assert _figures(text) == [
        ("cdcs_thanh_lap", None, "result", 9, 8, None),
        ("doan_vien_ket_nap", None, "result", 874, 900, None),
    ]


def test_percents_in_turn_said_as_the_share_of_the_plan_they_take():
    text = (
        "Quý I/2025, LĐLĐ huyện Đông Anh và LĐLĐ huyện Sóc Sơn kết nạp được tương ứng 410 và 265 "
        "đoàn viên, chiếm 27,3% và 22,1% chỉ tiêu cả năm."
    )
    assert _figures(text) == [
        ("doan_vien_ket_nap", None, "result", 410, None, 27.3),
        ("doan_vien_ket_nap", None, "result", 265, None, 22.1),
    ]


def test_percents_after_the_results_in_turn_of_targets_are_the_results():
    text = (
        "Năm 2025, LĐLĐ tỉnh Hà Tĩnh được giao chỉ tiêu thành lập 20 CĐCS, kết nạp 3.000 đoàn "
        "viên; kết quả đạt tương ứng 23 CĐCS và 3.150 đoàn viên, bằng 115% và 105% chỉ tiêu."
    )
    assert _figures(text) == [
        ("cdcs_thanh_lap", None, "result", 23, 20, 115),
        ("doan_vien_ket_nap", None, "result", 3150, 3000, 105),
    ]


def test_a_fronted_targets_noun_past_a_body_of_many_words():
    text = "Chỉ tiêu thành lập CĐCS năm 2025 của Công đoàn Khu kinh tế tỉnh Hà Tĩnh là 14 đơn vị."
    assert _figures(text) == [("cdcs_thanh_lap", None, "plan", None, 14, None)]
    # (not past a question's end)
    assert _figures(
        "Thưa ông, kết quả phát triển đoàn viên năm qua ra sao? – Chỉ tiêu đặt ra là 1.500, làm "
        "được là 1.620 đoàn viên."
    ) == [("doan_vien_ket_nap", None, "result", 1620, 1500, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a target the province gave each body of a kind, then each one's result by name
        (
            "LĐLĐ tỉnh giao mỗi công đoàn ngành kết nạp 120 đoàn viên trong năm 2025; đến tháng "
            "11, Công đoàn ngành Công Thương kết nạp 131 người, Công đoàn ngành Nông nghiệp 97 "
            "người.",
            [
                ("doan_vien_ket_nap", None, "result", 131, 120, None),
                ("doan_vien_ket_nap", None, "result", 97, 120, None),
            ],
        ),
        (
            "Năm 2025, LĐLĐ tỉnh giao mỗi LĐLĐ huyện, thị xã thành lập ít nhất 2 CĐCS; đến nay "
            "LĐLĐ huyện Yên Lạc đã thành lập 3, LĐLĐ thị xã Phúc Yên 2.",
            [
                ("cdcs_thanh_lap", None, "result", 3, 2, None),
                ("cdcs_thanh_lap", None, "result", 2, 2, None),
            ],
        ),
        # not what many units did together
        (
            "Năm 2025, LĐLĐ huyện giao mỗi CĐCS giới thiệu ít nhất 1 đoàn viên ưu tú cho Đảng; kết "
            "quả 41 CĐCS đã giới thiệu 55 đoàn viên.",
            [
                ("dang_vien_gioi_thieu", None, "plan", None, 1, None),
                ("dang_vien_gioi_thieu", None, "result", 55, None, None),
            ],
        ),
    ],
)
def test_a_target_given_each_body_of_a_kind_is_each_named_ones(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # (probes835: the year's count reached, said "chỉ đạt", is what was done of the target)
        (
            "Năm 2025, LĐLĐ tỉnh Bạc Liêu được giao kết nạp 3.000 đoàn viên, nhưng cả năm chỉ đạt "
            "2.412 đoàn viên, bằng 80,4% chỉ tiêu.",
            [("doan_vien_ket_nap", None, "result", 2412, 3000, 80.4)],
        ),
        (
            "Chỉ tiêu năm 2025 của Công đoàn ngành Công Thương là 9 CĐCS; đến tháng 10 mới đạt 6 "
            "CĐCS.",
            [("cdcs_thanh_lap", None, "result", 6, 9, None)],
        ),
        # (but not what the whole year is to reach: probes638)
        (
            "6 tháng cuối năm 2025, LĐLĐ huyện Thanh Trì sẽ kết nạp 700 đoàn viên, phấn đấu cả năm "
            "đạt 1.500 đoàn viên.",
            [("doan_vien_ket_nap", None, "plan", None, 700, None)],
        ),
    ],
)
def test_a_count_reached_after_a_target_is_what_was_done_of_it(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # (probes839: the target in brackets, with who set it)
        (
            "Năm 2025, LĐLĐ tỉnh Nam Định thành lập mới 17 CĐCS (chỉ tiêu Tổng LĐLĐ Việt Nam giao "
            "là 15).",
            (17, 15),
        ),
        (
            "Nhiệm kỳ 2018–2023, LĐLĐ tỉnh Nghệ An kết nạp 41.200 đoàn viên (Nghị quyết Đại hội đề "
            "ra 35.000 đoàn viên).",
            (41200, 35000),
        ),
        (
            "Năm 2025, Công đoàn ngành Giao thông tập huấn cho 2.310 lượt cán bộ công đoàn (chỉ "
            "tiêu Nghị quyết là 2.000 lượt).",
            (2310, 2000),
        ),
    ],
)
def test_a_target_in_brackets_said_with_who_set_it(text, expected):
    (figure,) = union_stats(text)
    assert (figure["achieved"], figure["target"]) == expected


def test_an_indicators_percent_of_the_plan_with_the_count_said_after_it():
    # (probes835, probes839)
    figure = one(
        "Năm 2025, tỷ lệ ký kết thỏa ước lao động tập thể của LĐLĐ huyện Đức Hòa đạt 112% kế "
        "hoạch, với 28 doanh nghiệp ký mới thỏa ước so với chỉ tiêu 25 doanh nghiệp."
    )
    assert (figure["label"], figure["achieved"], figure["target"], figure["percent"]) == (
        "thỏa ước lao động tập thể",
        28,
        25,
        112,
    )
    # (not the count of another indicator)
    figure = one(
        "Năm 2025, tỷ lệ doanh nghiệp tổ chức đối thoại định kỳ đạt 102% kế hoạch, với 51 doanh "
        "nghiệp tổ chức hội nghị người lao động."
    )
    assert (figure["label"], figure["achieved"]) == ("đối thoại", None)


def test_companies_with_a_union_that_do_something_else_are_no_founding_target():
    # (probes694: "có tổ chức công đoàn" only says which companies)
    assert (
        union_stats(
            "Phấn đấu đến năm 2027 có trên 85% doanh nghiệp có tổ chức công đoàn ban hành quy chế "
            "dân chủ ở cơ sở tại nơi làm việc."
        )
        == []
    )
    figure = one("Đến năm 2028, phấn đấu 100% doanh nghiệp có 25 lao động trở lên có công đoàn.")
    assert (figure["metric"], figure["kind"], figure["percent"]) == ("cdcs_thanh_lap", "plan", 100)


def test_percents_in_turn_of_a_list_that_counts_a_rating_that_is_no_figure():
    # (probes834: the lowest rating is none, its percent goes with it)
    found = union_stats(
        "Năm 2025, có 212 đơn vị đạt vững mạnh, 35 đơn vị hoàn thành tốt nhiệm vụ và 6 đơn vị "
        "xếp loại trung bình, chiếm theo thứ tự 83,8%, 13,8% và 2,4%."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(212, 83.8), (35, 13.8)]
    # (and a speaker's target raised to, probes836)
    found = union_stats(
        "“Năm ngoái giao 1.800 đoàn viên thì làm được 1.950, năm nay chỉ tiêu lên 2.200 đoàn viên "
        "mà đến giờ mới được 1.300”, ông Hùng nói."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(1950, 1800), (1300, 2200)]


def test_two_counts_then_two_indicators_take_them_in_turn():
    # (probes842: not both indicators for the second count)
    found = union_stats(
        "Đến hết quý I/2025, có 205/210 cơ quan, đơn vị và 140/176 doanh nghiệp tổ chức hội nghị "
        "cán bộ, công chức, viên chức và hội nghị người lao động, tương ứng đạt 97,6% và 79,5%."
    )
    assert [(f["label"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("hội nghị cán bộ công chức", 205, 210, 97.6),
        ("hội nghị người lao động", 140, 176, 79.5),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # (probes842: the plan said before the percents in turn, with the indicators)
        (
            "Các chỉ tiêu kết nạp đoàn viên, thành lập CĐCS và giới thiệu đoàn viên ưu tú cho Đảng "
            "của LĐLĐ huyện Kim Bảng năm 2025 đều vượt kế hoạch, lần lượt đạt 108%, 133% và 120%.",
            [
                ("doan_vien_ket_nap", None, 108, "of_target"),
                ("cdcs_thanh_lap", None, 133, "of_target"),
                ("dang_vien_gioi_thieu", None, 120, "of_target"),
            ],
        ),
        (
            "Năm 2025, kết nạp đoàn viên và thành lập CĐCS của LĐLĐ huyện đều vượt kế hoạch, lần "
            "lượt 9% và 20%.",
            [
                ("doan_vien_ket_nap", None, 9, "over_target"),
                ("cdcs_thanh_lap", None, 20, "over_target"),
            ],
        ),
        # (and the counts said after them in turn, probes779)
        (
            "Năm 2025, hai chỉ tiêu kết nạp đoàn viên và thành lập CĐCS đều vượt kế hoạch, đạt lần "
            "lượt 104% và 150%, với 2.080 đoàn viên và 6 CĐCS.",
            [
                ("doan_vien_ket_nap", 2080, 104, "of_target"),
                ("cdcs_thanh_lap", 6, 150, "of_target"),
            ],
        ),
    ],
)
def test_percents_in_turn_with_the_plan_said_before_them(text, expected):
    found = union_stats(text)
    assert [(f["metric"], f["achieved"], f["percent"], f["percent_kind"]) for f in found] == (
        expected
    )


def test_totals_raised_to_in_turn_are_stocks():
    # (probes842)
    assert (
        union_stats(
            "Sau đợt kết nạp, LĐLĐ huyện Tứ Kỳ và LĐLĐ huyện Ninh Giang nâng tổng số đoàn viên "
            "lên lần lượt 7.320 và 5.915 người."
        )
        == []
    )


def test_a_bare_target_of_another_year_than_the_count_is_a_plan_of_its_own():
    # (probes805)
    found = union_stats(
        "Năm 2024, LĐLĐ huyện Thạch Thất kết nạp được 1.240 đoàn viên thì năm nay, chỉ tiêu được "
        "nâng lên 1.500 đoàn viên."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("result", 1240, None),
        ("plan", None, 1500),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # (probes842, 822, 831: a target each body was given, then the results in turn or by body)
        (
            "Mỗi LĐLĐ quận được giao thành lập 3 CĐCS trong năm 2025; kết quả LĐLĐ các quận Lê "
            "Chân, Ngô Quyền và Kiến An lần lượt thành lập được 4, 3 và 2 CĐCS.",
            [(4, 3), (3, 3), (2, 3)],
        ),
        (
            "Được giao chỉ tiêu kết nạp 400 đoàn viên mỗi đơn vị trong năm 2025, đến nay LĐLĐ "
            "huyện Vụ Bản đã kết nạp 412 đoàn viên, LĐLĐ huyện Ý Yên 389 đoàn viên.",
            [(412, 400), (389, 400)],
        ),
        (
            "LĐLĐ huyện Củ Chi và LĐLĐ huyện Hóc Môn được giao thành lập 5 CĐCS mỗi đơn vị, song "
            "đến hết năm 2025 Củ Chi thành lập 6 CĐCS còn Hóc Môn mới thành lập 3 CĐCS.",
            [(6, 5), (3, 5)],
        ),
    ],
)
def test_a_target_each_body_was_given_then_their_results(text, expected):
    assert [(f["achieved"], f["target"]) for f in union_stats(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # (probes843, 831, 840, 835: another indicator's target, then what was done of it)
        (
            "Năm 2025, LĐLĐ quận Gò Vấp đặt chỉ tiêu phối hợp tổ chức đối thoại tại 80 doanh "
            "nghiệp, kết quả đã phối hợp tổ chức tại 92 doanh nghiệp, đạt 115%.",
            ("đối thoại", 92, 80, 115),
        ),
        (
            "Năm 2025, Công đoàn Giáo dục huyện Sóc Sơn đặt mục tiêu có 60 CĐCS đạt vững mạnh; kết "
            "quả đánh giá cuối năm có 63 CĐCS đạt, vượt mục tiêu 3 đơn vị.",
            ("cđcs vững mạnh", 63, 60, None),
        ),
        (
            "Năm 2025, Công đoàn các KCN tỉnh được giao 70 doanh nghiệp tổ chức hội nghị người lao "
            "động nhưng mới thực hiện được 52 đơn vị.",
            ("hội nghị người lao động", 52, 70, None),
        ),
        (
            "Theo kế hoạch của Công đoàn KCN Đình Trám, năm 2025 có 64 doanh nghiệp phải tổ chức "
            "hội nghị người lao động; đến nay đã có 60 doanh nghiệp tổ chức, đạt 93,8%.",
            ("hội nghị người lao động", 60, 64, 93.8),
        ),
    ],
)
def test_another_indicators_target_then_its_result_in_other_wordings(text, expected):
    figure = one(text)
    assert (figure["label"], figure["achieved"], figure["target"], figure["percent"]) == expected


def test_percents_in_turn_of_indicators_the_last_introduced_to_the_party():
    # (probes850)
    found = union_stats(
        "Các chỉ tiêu kết nạp đoàn viên, thành lập CĐCS và giới thiệu đoàn viên ưu tú cho Đảng "
        "của LĐLĐ huyện Yên Dũng lần lượt đạt 104%, 120% và 110% kế hoạch năm 2025."
    )
    assert [(f["metric"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", 104),
        ("cdcs_thanh_lap", 120),
        ("dang_vien_gioi_thieu", 110),
    ]


def test_results_in_turn_after_targets_in_turn_said_by_a_month():
    # (probes850)
    found = union_stats(
        "LĐLĐ tỉnh được giao chỉ tiêu kết nạp 6.000 đoàn viên và thành lập 30 CĐCS trong năm "
        "2025; đến hết tháng 10 đã thực hiện được lần lượt 5.100 đoàn viên và 27 CĐCS, đạt 85% và "
        "90%."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [
        (5100, 6000, 85),
        (27, 30, 90),
    ]


def test_a_target_set_with_its_verb_between_the_deed_and_the_number():
    # (probes850; this sentence was written for this test)
    found = union_stats(
        "Kế hoạch bồi dưỡng năm 2025 đặt ra 900 lượt cán bộ công đoàn, thực hiện được 954 lượt, "
        "tương ứng đạt 106%."
    )
    assert [(f["kind"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("result", 954, 900, 106)
    ]


def test_percents_in_turn_with_the_turns_word_after_them_and_the_plan_named_first():
    # (probes850; these sentences were written for this test)
    found = union_stats(
        "Năm 2025, tỷ lệ hoàn thành các chỉ tiêu kết nạp đoàn viên, thành lập CĐCS là 97% và "
        "125%, theo thứ tự."
    )
    assert [(f["metric"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", 97),
        ("cdcs_thanh_lap", 125),
    ]
    # (with no plan named, they are no percents of it)
    found = union_stats("Năm 2025, kết nạp đoàn viên, thành lập CĐCS đạt 97% và 125%, theo thứ tự.")
    assert [f["percent"] for f in found if f["metric"] == "cdcs_thanh_lap"] == []


def test_unions_a_members_deed_is_handed_to_are_none_founded():
    # (probes843; these sentences were written for this test)
    assert (
        union_stats(
            "Sáng 12/3, LĐLĐ huyện Kim Bôi tổ chức hội nghị giao chỉ tiêu phát triển đoàn viên năm "
            "2025 cho 38 CĐCS trực thuộc, với 80 đại biểu tham dự."
        )
        == []
    )
    # (a founding's decision handed to them is one)
    found = union_stats("LĐLĐ huyện Kim Bôi trao quyết định thành lập cho 3 CĐCS với 145 đoàn viên")
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 3),
        ("doan_vien_ket_nap", 145),
    ]


def test_grades_listed_with_a_comma_and_their_shares_in_turn():
    # (probes858; these sentences were written for this test)
    found = union_stats(
        "Tỷ lệ công đoàn cơ sở xếp loại vững mạnh, khá năm 2025 lần lượt là 81% và 14%."
    )
    assert [(f["label"], f["percent"]) for f in found] == [
        ("cđcs vững mạnh", 81),
        ("cđcs khá", 14),
    ]


def test_shares_in_turn_of_values_in_turn_are_theirs_alone():
    # (probes858; this sentence was written for this test: the bodies named after the values in
    # turn take no figure of their own)
    found = union_stats(
        "Có 41/45 và 33/40 doanh nghiệp ở KCN Quang Châu và KCN Vân Trung tổ chức hội nghị người "
        "lao động, lần lượt đạt 91,1% và 82,5%."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [
        (41, 45, 91.1),
        (33, 40, 82.5),
    ]


def test_a_reporters_deed_before_a_speakers_quote_counts_nothing_inside_it():
    # (probes860; this sentence was written for this test)
    found = union_stats(
        "Trả lời câu hỏi về kết quả phát triển đoàn viên, ông Tuấn cho hay: “Chỉ tiêu Tổng Liên "
        "đoàn giao cho tỉnh năm 2025 là 18.000 đoàn viên, đến giờ chúng tôi đã kết nạp được 15.300 "
        "người”."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [("result", 15300, 18000)]


def test_a_target_passed_named_after_a_bare_percent_that_is_its_share():
    # (probes859; these sentences were written for this test)
    found = union_stats(
        "Đến hết tháng 10/2025, Công đoàn Công ty CP Cao su Đồng Phú kết nạp 84 đoàn viên, đạt "
        "120%, vượt chỉ tiêu 70 đoàn viên được giao."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [(84, 70, 120)]
    # (a percent that is not its share names no target of it)
    found = union_stats(
        "Đến hết tháng 10/2025, Công đoàn Công ty CP Cao su Đồng Phú kết nạp 84 đoàn viên, đạt "
        "105%, vượt chỉ tiêu 70 đoàn viên được giao."
    )
    assert [f["target"] for f in found] == [None]


def test_a_target_assigned_to_the_speakers_body_then_what_was_done_of_it():
    # (probes860, probes843; these sentences were written for this test)
    found = union_stats(
        "“Thành phố giao chúng tôi 800 đoàn viên, mà đến nay mới được 520, còn phải cố nhiều”, ông "
        "Lâm nói."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [("result", 520, 800)]


def test_a_grades_task_year_is_no_task_set_for_the_year():
    # (probes646; this sentence was written for this test)
    found = union_stats(
        "Tỷ lệ CĐCS xếp loại hoàn thành xuất sắc, hoàn thành tốt nhiệm vụ năm 2024 lần lượt là 25% "
        "và 61,5%."
    )
    assert [(f["kind"], f["label"], f["percent"]) for f in found] == [
        ("result", "cđcs xuất sắc", 25),
        ("result", "cđcs hoàn thành tốt nhiệm vụ", 61.5),
    ]


def test_next_years_target_said_sang_nam_is_not_of_this_years_count():
    # (probes727; this sentence was written for this test)
    found = union_stats(
        "“Sang năm thành phố giao chúng tôi 1.800 đoàn viên, trong khi năm nay mới làm được "
        "1.420”, ông Hậu nói."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("plan", None, 1800),
        ("result", 1420, None),
    ]


def test_a_stocks_aim_passed_is_no_target():
    # (probes867; these sentences were written for this test)
    found = union_stats(
        "Tháng 9, Công đoàn KCN Nam Cầu Kiền thành lập thêm 3 CĐCS, nâng tổng số CĐCS trực thuộc "
        "lên 64, vượt mục tiêu 60 CĐCS đề ra cho nhiệm kỳ."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [("result", 3, None)]
    assert (
        union_stats(
            "Sau 5 năm, số đoàn viên toàn huyện tăng từ 21.000 lên 26.500 người, vượt mục tiêu "
            "25.000 người đề ra."
        )
        == []
    )
    # (whatever deed came before the stock, probes891)
    found = union_stats(
        "Trong quý II/2025, Công đoàn Tổng công ty kết nạp thêm đoàn viên tại 4 đơn vị, nâng tổng "
        "số đoàn viên lên 6.120 người, vượt mục tiêu 6.000 đoàn viên đặt ra cho năm 2025."
    )
    assert [f["achieved"] for f in found] == []


def test_a_target_of_another_thing_people_do_is_no_members_target():
    # (probes867; this sentence was written for this test)
    assert (
        union_stats(
            "Chỉ tiêu năm 2025 về số người tham gia bảo hiểm y tế trên địa bàn là 120.000 người, "
            "đến nay đạt 110.400 người, bằng 92%."
        )
        == []
    )


def test_a_deed_assigned_to_all_bodies_of_a_kind_listed_then_what_was_done_of_it():
    # (probes867; this sentence was written for this test)
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh Hà Nam giao các LĐLĐ huyện, thị xã thành lập 24 CĐCS; kết quả, toàn "
        "tỉnh thành lập được 27 CĐCS."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [("result", 27, 24)]


def test_a_task_done_at_the_average_is_the_lowest_grade_and_no_figure():
    # (probes866; these sentences were written for this test)
    assert (
        union_stats(
            "LĐLĐ huyện Ân Thi và LĐLĐ huyện Kim Động lần lượt có 5 và 4 CĐCS xếp loại hoàn thành "
            "nhiệm vụ ở mức trung bình."
        )
        == []
    )
    # (nor a task not done, probes890)
    assert union_stats("Năm 2025, có lần lượt 4 và 2 CĐCS không hoàn thành nhiệm vụ.") == []
    found = union_stats("LĐLĐ huyện Ân Thi có 41 CĐCS xếp loại hoàn thành nhiệm vụ.")
    assert [(f["label"], f["achieved"]) for f in found] == [("cđcs hoàn thành nhiệm vụ", 41)]


def test_units_rewarded_in_turn_are_no_count_of_an_indicator():
    # (probes866; this sentence was written for this test)
    assert (
        union_stats(
            "LĐLĐ tỉnh trao thưởng cho lần lượt 15 và 9 doanh nghiệp thực hiện tốt đối thoại định "
            "kỳ và hội nghị người lao động."
        )
        == []
    )


def test_a_target_in_brackets_after_those_introduced_to_a_party_committee():
    # (probes878; this sentence was written for this test)
    found = union_stats(
        "Năm 2025, Công đoàn ngành Y tế giới thiệu 37 đoàn viên ưu tú cho chi bộ (chỉ tiêu 30)."
    )
    assert [(f["stage"], f["achieved"], f["target"]) for f in found] == [("introduced", 37, 30)]


def test_a_reports_target_and_what_was_done_each_after_a_colon():
    # (probes878; these sentences were written for this test)
    found = union_stats("Chỉ tiêu thành lập CĐCS năm 2025: 14; thực hiện: 16, đạt 114,3%.")
    assert [(f["metric"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", 16, 14, 114.3)
    ]
    # (the percent after a semicolon too, as the report's next item)
    found = union_stats("Kết nạp đoàn viên – chỉ tiêu giao: 2.500; thực hiện: 2.640; đạt 105,6%.")
    assert [(f["metric"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", 2640, 2500, 105.6)
    ]


def test_deeds_assigned_to_a_body_with_the_year_between_then_what_was_done_of_them():
    # (probes875; this sentence was written for this test)
    found = union_stats(
        "Tỉnh giao cho LĐLĐ huyện Đức Hòa năm 2025 thành lập 8 CĐCS và kết nạp 1.500 đoàn viên; "
        "đến ngày 30/11, huyện đã thành lập 9 CĐCS và kết nạp 1.386 đoàn viên."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", 9, 8),
        ("doan_vien_ket_nap", 1386, 1500),
    ]


def test_officials_said_bare_after_a_training_target_are_what_was_done_of_it():
    # (probes875; this sentence was written for this test)
    found = union_stats(
        "Năm 2025, LĐLĐ huyện Bến Cát được giao tập huấn 250 cán bộ công đoàn; kết quả đạt 274 cán "
        "bộ."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("can_bo_tap_huan", 274, 250)
    ]


def test_unions_that_have_not_yet_done_something_are_none_founded():
    # (probes887; this sentence was written for this test)
    assert (
        union_stats(
            "Các CĐCS mới thành lập còn lúng túng, có 5 CĐCS chưa tổ chức được hội nghị người lao "
            "động."
        )
        == []
    )


def test_members_chosen_to_attend_a_congress_are_no_introduction_to_the_party():
    # (probes886; this sentence was written for this test)
    assert (
        union_stats(
            "Hội nghị đã bầu và giới thiệu 9 đoàn viên ưu tú đi dự Đại hội Công đoàn ngành lần "
            "thứ X."
        )
        == []
    )


def test_learners_after_a_party_course_are_no_union_officials_trained():
    # (probes883; these sentences were written for this test)
    assert (
        union_stats(
            "Kế hoạch năm 2025 mở 3 lớp bồi dưỡng nhận thức về Đảng cho 240 đoàn viên ưu tú, LĐLĐ "
            "huyện Yên Thành đã mở 4 lớp cho 298 học viên."
        )
        == []
    )
    found = union_stats("LĐLĐ huyện Yên Thành mở 4 lớp tập huấn cho 298 học viên là cán bộ CĐCS.")
    assert [(f["metric"], f["achieved"]) for f in found] == [("can_bo_tap_huan", 298)]


def test_units_rewarded_after_the_deed_that_is_the_rewards_reason_are_none_counted():
    # (probes891; these sentences were written for this test)
    assert (
        union_stats(
            "Năm 2025, LĐLĐ tỉnh trích 300 triệu đồng khen thưởng các CĐCS hoàn thành chỉ tiêu "
            "phát triển đoàn viên, trong đó thưởng 20 CĐCS, mỗi CĐCS 15 triệu đồng."
        )
        == []
    )
    found = union_stats("LĐLĐ tỉnh đã thành lập 24 CĐCS và khen thưởng 10 CĐCS.")
    assert [(f["metric"], f["achieved"]) for f in found] == [("cdcs_thanh_lap", 24)]


def test_the_police_youth_union_by_the_name_it_goes_by_is_the_youth_union():
    # (probes891; this sentence was written for this test)
    assert (
        union_stats(
            "Tuổi trẻ Công an tỉnh Sơn La năm 2025 được giao chỉ tiêu giới thiệu 40 đoàn viên ưu "
            "tú cho Đảng; đến nay đã giới thiệu 44 đoàn viên."
        )
        == []
    )


def test_results_in_turn_of_targets_in_turn_are_each_read_once():
    # (probes703; this sentence was written for this test: the first value, its figure's words
    # the target's, is read no second time as the last one's)
    found = union_stats(
        "Năm nay tỉnh giao cho huyện 8 công đoàn cơ sở và 900 đoàn viên, đến nay đã thực hiện được "
        "lần lượt 5 và 630, đạt 62,5% và 70%."
    )
    assert [(f["metric"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", 5, 8, 62.5),
        ("doan_vien_ket_nap", 630, 900, 70),
    ]


def test_percents_in_turn_said_again_with_tuc_are_the_ratios_of_the_results_before():
    # (probes703; this sentence was written for this test: "tức" says what the counts come to)
    found = union_stats(
        "Năm 2025, Công đoàn Khu kinh tế được giao 12 CĐCS và 2.000 đoàn viên; hết tháng 10 đã "
        "thực hiện được lần lượt 9 và 1.650, tương đương 75% và 82,5%."
    )
    assert [(f["metric"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("cdcs_thanh_lap", 9, 12, 75),
        ("doan_vien_ket_nap", 1650, 2000, 82.5),
    ]
    # (not percents that are no ratio of the counts before)
    found = union_stats(
        "Năm 2025, Công đoàn Khu kinh tế thành lập 9/12 CĐCS và kết nạp 1.650/2.000 đoàn viên, tức "
        "30% và 40%."
    )
    assert [f["percent"] for f in found] == [None, None]


def test_members_named_the_youth_unions_are_no_union_members():
    # (probes898, probes903; these sentences were written for this test)
    for text in (
        "Đoàn Thanh niên và Công đoàn Công ty TNHH Giày Thái Bình tổ chức lễ kết nạp 48 đoàn viên "
        "Đoàn TNCS Hồ Chí Minh là công nhân mới.",
        "Công đoàn Công ty TNHH Giày Thái Bình tổ chức lễ kết nạp 48 đoàn viên Đoàn TNCS Hồ Chí "
        "Minh cho công nhân trẻ.",
    ):
        assert union_stats(text) == []


def test_a_percent_of_a_past_periods_result_is_no_percent_of_the_plan():
    # (probes898; these sentences were written for this test)
    found = union_stats(
        "Tháng 6/2025, Công đoàn KCN Đồng Văn kết nạp 940 đoàn viên, bằng 52% kết quả cả năm 2024."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(940, None)]
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh kết nạp 2.400 đoàn viên, bằng 120% so với cả năm 2024 và đạt 96% kế "
        "hoạch."
    )
    assert [(f["achieved"], f["percent"], f["percent_kind"]) for f in found] == [
        (2400, 96, "of_target")
    ]


def test_some_of_the_units_over_a_floor_are_no_count_either():
    # (probes898, probes903; these sentences were written for this test)
    assert (
        union_stats(
            "Có 14 CĐCS thuộc Công đoàn ngành Dệt may kết nạp từ 80 đoàn viên trở lên trong năm "
            "2025, trong đó 5 đơn vị kết nạp trên 200 người."
        )
        == []
    )
    found = union_stats(
        "Năm 2025, Công đoàn Dệt May Việt Nam kết nạp 6.240 đoàn viên, đạt 104% kế hoạch, với hơn "
        "30 CĐCS kết nạp từ 100 đoàn viên trở lên."
    )
    assert [(f["achieved"], f["percent"]) for f in found] == [(6240, 104)]


def test_the_size_of_each_course_is_no_count_trained():
    # (probes898; these sentences were written for this test)
    for text in (
        "Mỗi lớp bồi dưỡng do LĐLĐ tỉnh mở trong quý III có từ 50 đến 60 cán bộ công đoàn cơ sở "
        "tham gia.",
        "Năm 2025, LĐLĐ tỉnh mở 6 lớp tập huấn, mỗi lớp 70 cán bộ công đoàn cơ sở.",
    ):
        assert union_stats(text) == []
    # (not each course's length in brackets)
    found = union_stats(
        "Năm 2025, Công đoàn Giáo dục tỉnh mở 3 lớp tập huấn (mỗi lớp 2 ngày) cho 260 cán bộ công "
        "đoàn cơ sở."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [("can_bo_tap_huan", 260)]


def test_targets_listed_after_are_the_running_totals_and_may_be_set_against_them():
    # (probes904; these sentences were written for this test)
    found = union_stats(
        "Tháng 10, LĐLĐ tỉnh thành lập 3 CĐCS, kết nạp 410 đoàn viên; lũy kế 10 tháng thành lập 22 "
        "CĐCS, kết nạp 3.120 đoàn viên, trong khi chỉ tiêu cả năm là 30 CĐCS và 4.000 đoàn viên."
    )
    assert [(f["metric"], f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", "result", 3, None),
        ("doan_vien_ket_nap", "result", 410, None),
        ("cdcs_thanh_lap", "result", 22, 30),
        ("doan_vien_ket_nap", "result", 3120, 4000),
    ]
    found = union_stats(
        "Đến ngày 15/10, LĐLĐ tỉnh đã thành lập 12 CĐCS, kết nạp 2.050 đoàn viên; tuy nhiên so với "
        "chỉ tiêu cả năm là 25 CĐCS và 3.500 đoàn viên, kết quả còn thấp."
    )
    assert [(f["metric"], f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", "result", 12, 25),
        ("doan_vien_ket_nap", "result", 2050, 3500),
    ]


def test_a_share_set_as_the_target_then_units_counted_after_a_date_or_a_comma():
    # (probes859, probes899; these sentences were written for this test)
    found = union_stats(
        "Năm 2025, LĐLĐ tỉnh đặt chỉ tiêu 100% doanh nghiệp có công đoàn tổ chức hội nghị người "
        "lao động; đến 31/5, có 604/650 doanh nghiệp đã tổ chức, đạt 92,9%."
    )
    assert [(f["label"], f["kind"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("hội nghị người lao động", "result", 604, 650, 92.9)
    ]
    found = union_stats(
        "Kế hoạch năm 2025 của Công đoàn KKT đề ra 100% doanh nghiệp có công đoàn tổ chức đối "
        "thoại định kỳ, thực tế đến tháng 9 mới có 57 trên tổng số 75 doanh nghiệp thực hiện, đạt "
        "tỷ lệ 76%."
    )
    assert [(f["label"], f["kind"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("đối thoại", "result", 57, 75, 76)
    ]


def test_unions_and_members_handed_over_to_manage_are_a_stock():
    # (probes903; this sentence was written for this test)
    assert (
        union_stats(
            "Theo quyết định của Tổng Liên đoàn, LĐLĐ tỉnh Ninh Bình tiếp nhận và giao LĐLĐ tỉnh "
            "quản lý 2.140 CĐCS và 118.000 đoàn viên từ ba tỉnh cũ."
        )
        == []
    )


def test_by_how_much_a_target_is_above_another_is_no_figure():
    # (probes903; this sentence was written for this test)
    found = union_stats(
        "Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp 5.500 đoàn viên (nhiều hơn chỉ tiêu năm 2025 là 700 "
        "đoàn viên)."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 5500)]


def test_another_number_risen_is_no_count_recruited():
    # (probes905; these sentences were written for this test)
    assert (
        union_stats(
            "Năm 2025, số người lao động tham gia bảo hiểm thất nghiệp tại các khu công nghiệp của "
            "tỉnh tăng thêm 6.200 người."
        )
        == []
    )
    found = union_stats("Năm 2025, số đoàn viên của LĐLĐ huyện tăng thêm 1.150 người.")
    assert [(f["metric"], f["achieved"]) for f in found] == [("doan_vien_ket_nap", 1150)]


def test_units_that_passed_a_mark_of_a_whole_said_first_are_no_count():
    # (probes902; this sentence was written for this test)
    assert (
        union_stats(
            "Trong số 41 công đoàn xã, phường, 7 đơn vị đã vượt mốc 150 đoàn viên kết nạp mới, 3 "
            "đơn vị thành lập được 4 CĐCS trở lên."
        )
        == []
    )


def test_the_items_of_a_list_headed_by_the_honours_are_no_count():
    # (probes902; these sentences were written for this test)
    assert (
        union_stats(
            "Danh sách được khen thưởng gồm: 12 CĐCS vững mạnh tiêu biểu; 18 chủ tịch công đoàn cơ "
            "sở; 5 doanh nghiệp tổ chức tốt hội nghị người lao động."
        )
        == []
    )
    # (not a report after the honours)
    found = union_stats(
        "Dịp này, LĐLĐ huyện biểu dương 20 chủ tịch CĐCS tiêu biểu và công bố kết quả năm 2025: "
        "thành lập 9 CĐCS, kết nạp 1.020 đoàn viên."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("cdcs_thanh_lap", 9),
        ("doan_vien_ket_nap", 1020),
    ]


def test_the_plans_percent_after_a_change_on_a_year_before_said_with_va():
    # (probes904; this sentence was written for this test)
    found = union_stats(
        "Chín tháng năm 2025, LĐLĐ tỉnh kết nạp 3.210 đoàn viên, tăng 410 đoàn viên so với cùng kỳ "
        "năm 2024 và đạt 80,3% kế hoạch năm."
    )
    assert [(f["achieved"], f["percent"], f["percent_kind"]) for f in found] == [
        (3210, 80.3, "of_target")
    ]


def test_another_indicators_target_named_after_its_percent_of_the_plan():
    # (probes904; this sentence was written for this test)
    found = union_stats(
        "Năm 2025, Công đoàn KCN có 52 doanh nghiệp ký kết thỏa ước lao động tập thể, đạt 86,7% kế "
        "hoạch năm là 60 doanh nghiệp."
    )
    assert [(f["label"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("thỏa ước lao động tập thể", 52, 60, 86.7)
    ]


def test_values_in_turn_before_grades_listed_after_one_rating_verb():
    # (probes898; these sentences were written for this test)
    found = union_stats(
        "Năm 2025, LĐLĐ huyện có 57 và 24 CĐCS lần lượt được xếp loại vững mạnh và khá."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("cđcs vững mạnh", 57),
        ("cđcs khá", 24),
    ]
    found = union_stats(
        "Năm 2025, 71% và 18% số CĐCS thuộc Công đoàn ngành Y tế lần lượt được xếp loại hoàn thành "
        "tốt và hoàn thành xuất sắc nhiệm vụ."
    )
    assert [(f["label"], f["percent"]) for f in found] == [
        ("cđcs hoàn thành tốt nhiệm vụ", 71),
        ("cđcs hoàn thành xuất sắc nhiệm vụ", 18),
    ]


def test_units_honoured_in_turn_are_no_count():
    # (probes898; this sentence was written for this test)
    assert (
        union_stats(
            "LĐLĐ tỉnh Hòa Bình trao bằng khen cho 11 và 7 doanh nghiệp lần lượt thực hiện tốt đối "
            "thoại tại nơi làm việc và ký kết thỏa ước lao động tập thể."
        )
        == []
    )


def test_a_stocks_aim_named_with_its_maker_or_set_against_a_total_is_no_target():
    # (probes907; these sentences were written for this test)
    for text in (
        "So với đầu nhiệm kỳ, số đoàn viên của LĐLĐ tỉnh tăng từ 96.200 lên 104.300 người, vượt "
        "mục tiêu Nghị quyết Đại hội đề ra là 100.000 đoàn viên.",
        "Sau 6 tháng, tổng số đoàn viên của Công đoàn KKT đạt 48.600 người, trong khi chỉ tiêu đặt "
        "ra cho cuối năm là 50.000 đoàn viên.",
    ):
        assert union_stats(text) == []


def test_units_rewarded_in_turn_said_lan_luot_cho_are_no_count():
    # (probes906; this sentence was written for this test)
    assert (
        union_stats(
            "LĐLĐ tỉnh Hà Tĩnh trao thưởng lần lượt cho 9 và 6 doanh nghiệp thực hiện tốt đối "
            "thoại và ký kết thỏa ước lao động tập thể năm 2025."
        )
        == []
    )


def test_a_part_of_those_made_full_party_members_is_no_admission():
    # (probes911; this sentence was written for this test)
    assert (
        union_stats(
            "Đảng ủy Khối doanh nghiệp tỉnh đã công nhận đảng viên chính thức cho 52 đồng chí, "
            "trong đó 30 đồng chí được kết nạp từ nguồn đoàn viên công đoàn."
        )
        == []
    )


def test_rates_in_turn_each_opened_by_its_own_word():
    # (probes906; these sentences were written for this test)
    found = union_stats(
        "Năm 2025, tỷ lệ cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức và tỷ lệ doanh nghiệp "
        "tổ chức hội nghị người lao động của huyện lần lượt là 98% và 91,5%."
    )
    assert [(f["metric"], f["percent"]) for f in found] == [("other", 98), ("other", 91.5)]
    found = union_stats(
        "Năm 2025, tỷ lệ CĐCS đạt vững mạnh và tỷ lệ CĐCS hoàn thành tốt nhiệm vụ của Công đoàn "
        "ngành Xây dựng lần lượt là 76,4% và 20%."
    )
    assert [(f["metric"], f["percent"]) for f in found] == [("other", 76.4), ("other", 20)]


def test_years_in_turn_joined_by_a_comma():
    # (probes906; this sentence was written for this test)
    found = union_stats(
        "Tỷ lệ CĐCS đạt vững mạnh của Công đoàn ngành Y tế trong hai năm 2024, 2025 lần lượt là "
        "88,1% và 90,6%."
    )
    assert [(f["percent"], f["period"]) for f in found] == [(88.1, "năm 2024"), (90.6, "năm 2025")]


def test_values_in_turn_said_cho_lan_luot():
    # (probes906; this sentence was written for this test)
    found = union_stats(
        "Hai công đoàn xã mở lớp tập huấn kỹ năng vận động thành lập CĐCS cho lần lượt 48 và 37 "
        "cán bộ công đoàn cơ sở."
    )
    assert [(f["metric"], f["achieved"]) for f in found] == [
        ("can_bo_tap_huan", 48),
        ("can_bo_tap_huan", 37),
    ]


def test_a_target_of_people_joining_another_thing_is_none():
    # (probes917; these sentences were written for this test)
    for text in (
        "Năm 2026, chỉ tiêu phát triển người tham gia BHXH tự nguyện của xã là 1.500 người, đến "
        "nay đạt 1.120 người.",
        "Năm 2025 cả huyện có 8.400 người tham gia BHYT hộ gia đình thì năm 2026 chỉ tiêu được "
        "nâng lên 9.000 người.",
    ):
        assert union_stats(text) == []


def test_a_stocks_aim_passed_after_the_stock_had_is_no_target():
    # (probes917; these sentences were written for this test)
    for text in (
        "Công đoàn Trường Đại học Vinh hiện có 1.032 đoàn viên, vượt mục tiêu 1.000 đoàn viên mà "
        "Đại hội nhiệm kỳ 2023–2028 đề ra.",
        "Năm 2020 cả tỉnh có 61.000 đoàn viên thì đến nay con số này đã là 70.400 người, vượt mục "
        "tiêu 70.000 đoàn viên.",
    ):
        assert union_stats(text) == []


def test_targets_listed_after_their_results_set_out_or_set_over():
    # (probes916, probes917; these sentences were written for this test)
    cases = {
        "Đến nay, Công đoàn KCN Phố Nối đã thành lập 5 CĐCS, kết nạp 830 đoàn viên trong năm 2025; "
        "kế hoạch đặt ra là 4 CĐCS và 800 đoàn viên.": [(5, 4), (830, 800)],
        "Năm 2025, LĐLĐ tỉnh vẫn thành lập 31 CĐCS và kết nạp 5.120 đoàn viên, trên chỉ tiêu lần "
        "lượt là 30 đơn vị và 5.000 người.": [(31, 30), (5120, 5000)],
        "Năm 2025, Công đoàn ngành Giáo dục và Công đoàn ngành Y tế kết nạp được 410 và 265 đoàn "
        "viên trên các chỉ tiêu được giao tương ứng là 400 và 250.": [(410, 400), (265, 250)],
    }
    for text, pairs in cases.items():
        assert [(f["achieved"], f["target"]) for f in union_stats(text)] == pairs, text


def test_a_range_done_of_a_target_assigned():
    # (probes917; this sentence was written for this test)
    found = union_stats(
        "Năm nay công đoàn phường được giao 900 đoàn viên, đến nay đã kết nạp khoảng 700 – 750 "
        "người."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [({"min": 700, "max": 750}, 900)]


def test_people_at_courses_after_a_training_of_officials_was_named():
    # (probes907, probes918; these sentences were written for this test)
    found = union_stats(
        "Năm 2026, Công đoàn Bệnh viện Bạch Mai được giao tập huấn cho 120 cán bộ công đoàn bộ "
        "phận, đến tháng 5 đã tổ chức 3 lớp cho 126 người, vượt kế hoạch."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("can_bo_tap_huan", 126, 120)
    ]
    # (not after a course for workers)
    assert (
        union_stats("Công đoàn xã tập huấn pháp luật cho 200 công nhân, đã mở 2 lớp cho 84 người.")
        == []
    )


def test_a_target_of_months_named_before_it():
    # (probes914; this sentence was written for this test)
    found = union_stats(
        "Chỉ tiêu 6 tháng đầu năm 2026 của Công đoàn xã Gia Lâm là 300 đoàn viên mà đến nay mới "
        "kết nạp được 180 người, đạt 60%."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [(180, 300, 60)]


def test_a_target_given_to_a_long_named_body_then_its_result():
    # (probes914; this sentence was written for this test)
    found = union_stats(
        "Thành phố giao cho Công đoàn ngành Du lịch Hải Phòng năm 2025 thành lập 6 CĐCS; kết quả, "
        "đơn vị thành lập được 7 CĐCS."
    )
    assert [(f["achieved"], f["target"], f["organisation"]) for f in found] == [
        (7, 6, "Công đoàn ngành Du lịch Hải Phòng")
    ]


def test_targets_in_brackets_after_a_place_or_after_the_plans_percent():
    # (probes914, probes915; these sentences were written for this test)
    found = union_stats(
        "Năm 2025, Công đoàn ngành Công Thương thành lập 4 CĐCS tại các hợp tác xã, cơ sở chế biến "
        "(kế hoạch 3)."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(4, 3)]
    found = union_stats(
        "Với 36 CĐCS được thành lập trong 6 tháng, LĐLĐ tỉnh đã vượt 20% chỉ tiêu cả năm (30 CĐCS)."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [(36, 30, 20)]


def test_another_indicators_own_target_in_brackets():
    # (probes920; this sentence was written for this test)
    found = union_stats(
        "Công đoàn KCN tỉnh năm 2025: 142 doanh nghiệp tổ chức đối thoại định kỳ (kế hoạch 130), "
        "96 doanh nghiệp ký thỏa ước lao động tập thể (kế hoạch 120, đạt 80%)."
    )
    assert [(f["metric"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("other", 142, 130, None),
        ("other", 96, 120, 80),
    ]
    # (its percent right after them, when it is the count's share of it)
    found = union_stats(
        "Năm 2025, Công đoàn KCN tỉnh ký mới 45 bản thỏa ước lao động tập thể (chỉ tiêu 40 bản), "
        "đạt 112,5%."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [(45, 40, 112.5)]


def test_targets_in_brackets_set_against_first():
    # (probes920; this sentence was written for this test)
    found = union_stats(
        "So với chỉ tiêu tỉnh giao (8 CĐCS, 900 đoàn viên), năm 2025 LĐLĐ huyện Kim Bôi thành lập "
        "được 9 CĐCS và kết nạp 874 đoàn viên."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("cdcs_thanh_lap", 9, 8),
        ("doan_vien_ket_nap", 874, 900),
    ]


def test_targets_named_after_how_far_the_results_are_from_them():
    # (probes915; these sentences were written for this test)
    found = union_stats(
        "Năm 2025, LĐLĐ huyện kết nạp 640 đoàn viên, thành lập 3 CĐCS, còn thấp hơn chỉ tiêu 800 "
        "đoàn viên và 5 CĐCS."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(640, 800), (3, 5)]
    # (the month's counts before the total raised to keep none: the total is set against them)
    found = union_stats(
        "Tháng 9, các cấp công đoàn tỉnh kết nạp 620 đoàn viên và thành lập 3 CĐCS, nâng kết quả 9 "
        "tháng lên 3.980 đoàn viên, 17 CĐCS, song vẫn còn cách xa chỉ tiêu 6.000 đoàn viên và 30 "
        "CĐCS."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [
        (620, None),
        (3, None),
        (3980, 6000),
        (17, 30),
    ]


def test_units_out_of_the_target_that_did_it_said_bare():
    # (probes907, probes917; these sentences were written for this test)
    found = union_stats(
        "Theo kế hoạch năm 2026, LĐLĐ tỉnh chỉ đạo 150 doanh nghiệp tổ chức hội nghị người lao "
        "động; đến hết quý II, đã có 120/150 doanh nghiệp tổ chức, đạt 80%."
    )
    assert [(f["metric"], f["achieved"], f["target"], f["percent"]) for f in found] == [
        ("other", 120, 150, 80)
    ]
    found = union_stats(
        "Năm 2026, Công đoàn KCN phấn đấu 100% doanh nghiệp có công đoàn tổ chức đối thoại định "
        "kỳ; 6 tháng đầu năm đã có 93/124 doanh nghiệp tổ chức, đạt 75%."
    )
    assert [(f["kind"], f["achieved"], f["target"], f["percent"], f["label"]) for f in found] == [
        ("plan", None, None, 100, "đối thoại"),
        ("result", 93, 124, 75, "đối thoại"),
    ]


def test_a_terms_target_named_after_the_percent_with_its_years():
    # (probes907; this sentence was written for this test)
    found = union_stats(
        "Trong hai năm 2023-2024, Công đoàn ngành Điện lực đã kết nạp 5.400 đoàn viên, đạt 54% chỉ "
        "tiêu cả nhiệm kỳ 2023-2028 là 10.000 đoàn viên."
    )
    assert [(f["achieved"], f["target"], f["percent"]) for f in found] == [(5400, 10000, 54)]


def test_a_target_then_what_was_done_told_by_an_official_named_with_her_office():
    # (probes907; this sentence was written for this test)
    found = union_stats(
        "Mục tiêu năm nay của Công đoàn xã Đức Hòa là 800 đoàn viên; ông Trần Văn Lộc, Chủ tịch "
        "Công đoàn xã, cho biết đến nay đã kết nạp được khoảng 650 người."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(650, 800)]


def test_grades_in_turn_of_the_unions_of_a_body_named_first():
    # (probes926; this sentence was written for this test)
    found = union_stats(
        "Năm 2025, số CĐCS thuộc Công đoàn ngành Y tế tỉnh Nghệ An được xếp loại vững mạnh, khá và "
        "trung bình lần lượt là 112, 30 và 4 đơn vị."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("cđcs vững mạnh", 112),
        ("cđcs khá", 30),
    ]


def test_people_developed_after_a_target_of_people_joining_another_thing_are_none():
    # (probes927; this sentence was written for this test)
    assert (
        union_stats(
            "Được giao chỉ tiêu phát triển 3.000 người tham gia BHXH tự nguyện, 6 tháng đầu năm "
            "BHXH huyện đã phát triển được 1.920 người, đạt 64%."
        )
        == []
    )


def test_a_target_given_for_the_year_set_against_what_was_done():
    # (probes927; these sentences were written for this test)
    found = union_stats(
        "Đến giữa tháng 12, LĐLĐ tỉnh Bình Thuận đã thành lập 23 CĐCS, trong khi chỉ tiêu Tổng "
        "Liên đoàn giao cho năm 2025 là 20 CĐCS."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(23, 20)]
    # (not the next year's)
    found = union_stats(
        "Năm 2024, LĐLĐ huyện kết nạp 1.020 đoàn viên, trong khi chỉ tiêu cho năm 2025 là 1.200 "
        "đoàn viên."
    )
    assert [(f["kind"], f["achieved"], f["target"]) for f in found] == [
        ("result", 1020, None),
        ("plan", None, 1200),
    ]


def test_marks_passed_places_events_and_now_and_then_are_no_figures():
    # (probes923, probes927, probes929, probes338; these sentences were written for this test)
    for text in (
        "Đến nay, 12 công đoàn phường đã vượt mốc 200 đoàn viên kết nạp mới kể từ khi thành lập.",
        "Tại 145 doanh nghiệp đã tổ chức đối thoại định kỳ, 96% người lao động hài lòng với điều "
        "kiện làm việc.",
        "Ngày hội năm 2025 đặt mục tiêu 3.000 đoàn viên tham gia, thực tế có hơn 3.500 người dự.",
        "Có những tháng cao điểm, Công đoàn KCN kết nạp được 1.500 đoàn viên, nhưng cũng có tháng "
        "chỉ vài chục người.",
        "Số đoàn viên của LĐLĐ tỉnh đã tăng từ 90.000 lên 96.300 người, đạt 96,3% mục tiêu 100.000 "
        "đoàn viên vào năm 2028.",
    ):
        assert union_stats(text) == [], text
    # (a mark aimed at is a target)
    found = union_stats(
        "Năm 2026, LĐLĐ tỉnh đặt mục tiêu kết nạp 8.000 đoàn viên, hướng tới mốc 40.000 đoàn viên "
        "kết nạp mới trong nhiệm kỳ."
    )
    assert [(f["kind"], f["target"]) for f in found] == [("plan", 8000), ("plan", 40000)]


def test_admissions_thanks_to_the_unions_introduction():
    # (probes922; this sentence was written for this test)
    found = union_stats(
        "Nhờ công đoàn giới thiệu, Đảng ủy phường Tân Định đã kết nạp 7 đoàn viên là công nhân các "
        "doanh nghiệp trên địa bàn trong năm 2025."
    )
    assert [(f["metric"], f["stage"], f["achieved"]) for f in found] == [
        ("dang_vien_gioi_thieu", "admitted", 7)
    ]


def test_bare_targets_of_officials_and_of_people_after_what_was_done():
    # (probes922, probes924; these sentences were written for this test)
    found = union_stats(
        "Cả năm, Công đoàn ngành Giáo dục tập huấn được 860 lượt cán bộ công đoàn, trong khi chỉ "
        "tiêu giao là 800 lượt."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("can_bo_tap_huan", 860, 800)
    ]
    found = union_stats(
        "Hết quý III/2025, Công đoàn ngành Y tế mới giới thiệu được 18 đoàn viên cho Đảng trong "
        "khi chỉ tiêu cả năm là 40 người."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("dang_vien_gioi_thieu", 18, 40)
    ]


def test_percents_in_turn_of_indicators_the_last_to_the_party_for_it_to_consider():
    # (probes916; this sentence was written for this test)
    found = union_stats(
        "Ba chỉ tiêu kết nạp đoàn viên, thành lập CĐCS và giới thiệu đoàn viên ưu tú cho Đảng xem "
        "xét, kết nạp lần lượt đạt 96%, 110% và 102% kế hoạch năm 2025."
    )
    assert [(f["metric"], f["percent"]) for f in found] == [
        ("doan_vien_ket_nap", 96),
        ("cdcs_thanh_lap", 110),
        ("dang_vien_gioi_thieu", 102),
    ]


def test_results_in_turn_of_the_target_each_was_given_the_turn_said_after_the_verb():
    # (probes916; this sentence was written for this test)
    found = union_stats(
        "Mỗi công đoàn ngành được giao chỉ tiêu thành lập 3 CĐCS trong năm 2025; kết quả, Công "
        "đoàn ngành Xây dựng, Công đoàn ngành Y tế và Công đoàn ngành Công Thương thành lập lần "
        "lượt 4, 3 và 2 CĐCS."
    )
    assert [(f["achieved"], f["target"]) for f in found] == [(4, 3), (3, 3), (2, 3)]


def test_workers_a_chair_calls_anh_em_introduced_to_a_party_cell():
    # (probes922; this sentence was written for this test)
    found = union_stats(
        "“Năm nay công đoàn chúng tôi giới thiệu được 9 anh em công nhân cho chi bộ, đã có 5 người "
        "được kết nạp”, Chủ tịch Công đoàn Công ty TNHH May Hưng Long nói."
    )
    assert [(f["metric"], f["stage"], f["achieved"]) for f in found] == [
        ("dang_vien_gioi_thieu", "introduced", 9),
        ("dang_vien_gioi_thieu", "admitted", 5),
    ]


def test_bodies_each_passing_the_plan_by_its_percent():
    # (probes925; this sentence was written for this test)
    found = union_stats(
        "Năm 2025, cả 3 công đoàn ngành của tỉnh đều vượt chỉ tiêu phát triển đoàn viên, trong đó "
        "Công đoàn ngành Giáo dục vượt 15%, Công đoàn ngành Y tế vượt 6,5% và Công đoàn ngành Xây "
        "dựng vượt hơn 10%."
    )
    assert [(f["percent"], f["percent_kind"], f["organisation"]) for f in found] == [
        (15, "over_target", "Công đoàn ngành Giáo dục"),
        (6.5, "over_target", "Công đoàn ngành Y tế"),
        (10, "over_target", "Công đoàn ngành Xây dựng"),
    ]


def test_a_target_said_assigned_after_its_noun_then_its_percent_done():
    # (probes929; this sentence was written for this test)
    found = union_stats(
        "Với 4.500 đoàn viên được giao cho cả năm 2025, đến hết quý III Công đoàn KCN tỉnh mới "
        "thực hiện được 70%."
    )
    assert [(f["kind"], f["target"], f["percent"]) for f in found] == [("result", 4500, 70)]


def test_a_party_committee_admitting_people_said_to_be_union_members():
    # (probes929; this sentence was written for this test)
    found = union_stats(
        "Trong quý III/2025, Đảng ủy xã Phong Điền đã kết nạp 4 quần chúng là đoàn viên công đoàn "
        "các hợp tác xã vào Đảng."
    )
    assert [(f["metric"], f["stage"], f["achieved"]) for f in found] == [
        ("dang_vien_gioi_thieu", "admitted", 4)
    ]
    # (not those at a Party course)
    assert (
        union_stats(
            "Đảng ủy Khối các cơ quan tỉnh mở 3 lớp bồi dưỡng kết nạp Đảng cho 210 quần chúng "
            "ưu tú là đoàn viên công đoàn."
        )
        == []
    )


def test_a_target_registered_then_the_result_said():
    # (probes931; this sentence was written for this test)
    found = union_stats(
        "Năm 2025, Công đoàn Trường Cao đẳng Nghề Hải Dương đăng ký giới thiệu 12 đoàn viên ưu tú "
        "cho Đảng, kết quả đã giới thiệu 15 đồng chí."
    )
    assert [(f["metric"], f["achieved"], f["target"]) for f in found] == [
        ("dang_vien_gioi_thieu", 15, 12)
    ]
    # ("đăng ký" is what the body did, not a word of its name)
    assert found[0]["organisation"] == "Công đoàn Trường Cao đẳng Nghề Hải Dương"


def test_a_target_said_right_before_its_count_done_said_short():
    # (probes931; these sentences were written for this test)
    assert (
        "cdcs_thanh_lap",
        4,
        6,
        None,
    ) in _figures_of(
        "“Đoàn viên thì thành phố giao 900, đến nay làm được 700, còn công đoàn cơ sở thì giao 6 "
        "mà mới được 4”, ông Lê Văn Tám, Chủ tịch Công đoàn phường Hồng Gai nói."
    )
    assert _figures_of(
        "“Năm nay huyện giao chúng tôi thành lập 5 nghiệp đoàn, tới giờ đã có 3”, bà Trần Thị "
        "Mai, Chủ tịch Công đoàn xã Tam Thanh nói."
    ) == [("cdcs_thanh_lap", 3, 5, None)]


def test_workers_signing_up_to_join_register_no_target():
    # (probes937; these sentences were written for this test)
    assert _figures_of(
        "Trong tháng 10, Công đoàn xã Hòa Vang vận động 40 tiểu thương đăng ký tham gia nghiệp "
        "đoàn, nâng số đoàn viên kết nạp mới từ đầu năm lên 180, đạt 90% chỉ tiêu 200 đoàn viên."
    )[-1] == ("doan_vien_ket_nap", 180, 200, 90)
    # (a target registered is still one)
    assert _figures_of("Năm 2025, Công đoàn ngành Y tế đăng ký kết nạp 300 đoàn viên.") == [
        ("doan_vien_ket_nap", None, 300, None)
    ]


def test_targets_assigned_in_a_list_whose_noun_says_where():
    # (probes937; this sentence was written for this test)
    assert _figures_of(
        "Năm 2025, Công đoàn phường Ngọc Hà được giao thành lập 3 CĐCS khu vực ngoài nhà nước, "
        "kết nạp 250 đoàn viên; đến hết tháng 11 đã thành lập được 3 CĐCS, kết nạp 261 đoàn viên."
    ) == [("cdcs_thanh_lap", 3, 3, None), ("doan_vien_ket_nap", 261, 250, None)]


def test_a_target_named_with_its_year_after_the_percent():
    # (probes937; this sentence was written for this test)
    assert (
        "doan_vien_ket_nap",
        2100,
        3000,
        70,
    ) in _figures_of(
        "Trong tháng 6, LĐLĐ tỉnh Hậu Giang kết nạp 420 đoàn viên, nâng kết quả từ đầu năm lên "
        "2.100 đoàn viên, đạt 70% chỉ tiêu năm 2025 là 3.000 đoàn viên."
    )


def test_a_target_compared_of_the_other_indicator_is_not_the_counts():
    # (probes930; these sentences were written for this test)
    found = _figures_of(
        "“Năm nay xã thành lập được 5 công đoàn cơ sở, kết nạp được 400 đoàn viên, tuy chưa bằng "
        "chỉ tiêu 8 CĐCS nhưng anh em đã rất cố gắng”, ông Hà Văn Lâm nói."
    )
    assert ("doan_vien_ket_nap", 400, None, None) in found
    assert ("doan_vien_ket_nap", 400, 8, None) not in found
    # (its own indicator's still is)
    assert ("doan_vien_ket_nap", 400, 500, None) in _figures_of(
        "Năm nay xã kết nạp được 400 đoàn viên, tuy chưa bằng chỉ tiêu 500 đoàn viên nhưng đã "
        "tăng so với năm trước."
    )


def test_counts_in_turn_of_the_indicators_named_after_them():
    # (probes932; these sentences were written for this test)
    found = union_stats(
        "Năm 2025, trong 120 doanh nghiệp có công đoàn ở KCN Hòa Khánh, lần lượt có 110 và 96 "
        "doanh nghiệp tổ chức hội nghị người lao động và đối thoại định kỳ."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("hội nghị người lao động", 110),
        ("đối thoại", 96),
    ]
    # (one count of units that did both is still each one's)
    found = union_stats(
        "Năm 2025 có 110 doanh nghiệp ở KCN Hòa Khánh tổ chức hội nghị người lao động và đối "
        "thoại định kỳ."
    )
    assert [(f["label"], f["achieved"]) for f in found] == [
        ("hội nghị người lao động", 110),
        ("đối thoại", 110),
    ]


def test_a_percent_over_the_target_said_with_who_set_it():
    # (probes933; this sentence was written for this test)
    assert _figures_of(
        "Năm 2025, LĐLĐ huyện Tiên Lãng kết nạp 1.150 đoàn viên, vượt chỉ tiêu thành phố giao 15%."
    ) == [("doan_vien_ket_nap", 1150, None, 15)]


def test_a_speakers_phai_noi_la_is_no_duty():
    # (probes933; this sentence was written for this test)
    assert _figures_of(
        "“Cũng phải nói là năm nay công đoàn các cấp giới thiệu 300 đoàn viên ưu tú cho Đảng”, "
        "ông Phan Văn Hùng, Chủ tịch LĐLĐ tỉnh Hà Nam nói."
    ) == [("dang_vien_gioi_thieu", 300, None, None)]


def test_counts_over_their_targets_under_a_heading_of_indicators():
    # (probes935; this sentence was written for this test)
    assert _figures_of(
        "Các chỉ tiêu chủ yếu năm 2025 của LĐLĐ huyện Gia Lâm: thành lập 9 CĐCS/chỉ tiêu 8, đạt "
        "112,5%; kết nạp 1.260 đoàn viên/chỉ tiêu 1.200, đạt 105%."
    ) == [("cdcs_thanh_lap", 9, 8, 112.5), ("doan_vien_ket_nap", 1260, 1200, 105)]


def test_equal_values_in_turn_with_their_own_percents_are_each_a_figure():
    # (probes932; this sentence was written for this test)
    assert _figures_of(
        "Công đoàn xã Yên Bình, Công đoàn xã Lục Yên và Công đoàn xã Văn Yên thành lập mới 6, 3 và "
        "3 CĐCS, theo thứ tự đạt 150%, 100% và 75% chỉ tiêu được giao năm 2025."
    ) == [
        ("cdcs_thanh_lap", 6, None, 150),
        ("cdcs_thanh_lap", 3, None, 100),
        ("cdcs_thanh_lap", 3, None, 75),
    ]


def test_more_units_in_turn():
    # (probes932; this sentence was written for this test)
    assert _figures_of(
        "Trong quý III/2025, Công đoàn KCN Yên Phong và Công đoàn KCN Tiên Sơn lần lượt có thêm 12 "
        "và 9 doanh nghiệp ký kết mới thỏa ước lao động tập thể."
    ) == [("other", 12, None, None), ("other", 9, None, None)]


def test_craftsmen_drawn_into_the_guilds_founded():
    # (probes936; this sentence was written for this test)
    assert _figures_of(
        "Trong quý II/2025, Công đoàn xã Vạn Phúc đã thành lập 1 nghiệp đoàn dệt lụa tại làng "
        "nghề, thu hút 38 thợ thủ công tham gia."
    ) == [("cdcs_thanh_lap", 1, None, None), ("doan_vien_ket_nap", 38, None, None)]


def test_some_months_counts_said_in_turn_are_no_counts_done():
    # (probes932; this sentence was written for this test)
    assert (
        _figures_of(
            "Có tháng, Công đoàn phường Phú Lợi và Công đoàn phường Phú Hòa kết nạp lần lượt tới "
            "180 và 150 đoàn viên."
        )
        == []
    )


def test_people_not_yet_members_or_leaving_are_no_recruits():
    # (probes930, probes931; these sentences were written for this test)
    assert (
        _figures_of(
            "Trên địa bàn huyện còn 86 doanh nghiệp chưa thành lập CĐCS, với khoảng 4.200 lao động "
            "chưa là đoàn viên."
        )
        == []
    )
    assert (
        _figures_of(
            "Ở các xưởng may, cứ kết nạp được 20 đoàn viên thì lại có 8, 9 người nghỉ việc."
        )
        == []
    )
    # (those who joined still are, out of those who were not)
    assert _figures_of(
        "Quý III, CĐCS Công ty TNHH Giày Ngọc Hưng kết nạp 150 trên tổng số 200 công nhân chưa "
        "vào công đoàn, đạt 75%."
    ) == [("doan_vien_ket_nap", 150, 200, 75)]


def test_units_counted_with_co_toi_each_over_a_floor():
    # (probes933; this sentence was written for this test)
    assert (
        _figures_of(
            "“Năm nay có tới 7 công đoàn xã kết nạp từ 150 đoàn viên trở lên”, ông Đỗ Văn Tiến kể."
        )
        == []
    )


def test_targets_of_two_indicators_set_against_the_results_before_them():
    # (probes931; these sentences were written for this test)
    assert _figures_of(
        "Sau 9 tháng, LĐLĐ huyện Củ Chi kết nạp 1.460 đoàn viên, thành lập 7 CĐCS, so với chỉ "
        "tiêu cả năm 2.500 đoàn viên và 15 CĐCS thì mới đạt hơn một nửa."
    ) == [("doan_vien_ket_nap", 1460, 2500, None), ("cdcs_thanh_lap", 7, 15, None)]
    # (not when an indicator's result is not said before)
    assert ("doan_vien_ket_nap", 1460, 2500, None) not in _figures_of(
        "Sau 9 tháng, LĐLĐ huyện Củ Chi thành lập 7 CĐCS, tổ chức 12 lớp tập huấn, so với chỉ "
        "tiêu cả năm 2.500 đoàn viên và 15 CĐCS thì mới đạt hơn một nửa."
    )


def test_a_bare_target_after_set_for_the_quarter_or_by_the_party_committee():
    # (probes931; these sentences were written for this test)
    assert _figures_of(
        "Trong quý III/2025, Công đoàn ngành Y tế tỉnh Bắc Giang tổ chức 4 lớp tập huấn cho 380 "
        "cán bộ công đoàn cơ sở, kế hoạch đặt ra cho quý là 350 người."
    ) == [("can_bo_tap_huan", 380, 350, None)]
    assert _figures_of(
        "Năm 2024, Công đoàn Trường Đại học Vinh giới thiệu 16 đoàn viên ưu tú cho chi bộ xem xét "
        "kết nạp Đảng, trong khi chỉ tiêu Đảng ủy giao là 12 người."
    ) == [("dang_vien_gioi_thieu", 16, 12, None)]


def test_a_target_in_brackets_after_the_party_the_members_were_introduced_to():
    # (probes935; this sentence was written for this test)
    assert _figures_of(
        "Kết quả 9 tháng năm 2025 của LĐLĐ tỉnh Bình Phước: giới thiệu 168 đoàn viên ưu tú để "
        "Đảng xem xét kết nạp (chỉ tiêu 250)."
    ) == [("dang_vien_gioi_thieu", 168, 250, None)]


def test_a_target_named_later_whose_share_the_percent_before_said():
    # (probes935; these sentences were written for this test)
    assert _figures_of(
        "Đến hết tháng 10/2025, LĐLĐ tỉnh Hà Giang kết nạp 1.080 đoàn viên, đạt 90% kế hoạch; "
        "hai tháng cuối năm phấn đấu kết nạp thêm 120 đoàn viên để hoàn thành chỉ tiêu 1.200 đoàn "
        "viên."
    )[0] == ("doan_vien_ket_nap", 1080, 1200, 90)
    # (not when the percent is no share of it)
    assert _figures_of(
        "Đến hết tháng 10/2025, LĐLĐ tỉnh Hà Giang kết nạp 1.080 đoàn viên, đạt 80% kế hoạch; "
        "hai tháng cuối năm phấn đấu kết nạp thêm 120 đoàn viên để hoàn thành chỉ tiêu 1.200 đoàn "
        "viên."
    )[0] == ("doan_vien_ket_nap", 1080, None, 80)


def test_party_members_admitted_through_the_unions_introduction():
    # (probes930; these sentences were written for this test)
    assert _figures_of(
        "Qua giới thiệu của công đoàn, năm 2024 các chi bộ trong doanh nghiệp thuộc Đảng bộ Khối "
        "Doanh nghiệp tỉnh Yên Bái đã kết nạp 38 đảng viên mới."
    ) == [("dang_vien_gioi_thieu", 38, None, None)]
    assert _figures_of(
        "Năm 2025, qua giới thiệu của các CĐCS, Đảng ủy Khu công nghiệp Việt Hương đã kết nạp 11 "
        "đảng viên là công nhân."
    ) == [("dang_vien_gioi_thieu", 11, None, None)]
    # (a Party cell's own admissions are still none)
    assert _figures_of("Năm 2024, Chi bộ Công ty CP Sữa Mộc Châu đã kết nạp 5 đảng viên mới.") == []


def test_targets_of_the_resolution_set_against_the_results_before_them():
    # (probes930; this sentence was written for this test)
    assert _figures_of(
        "Sau nửa nhiệm kỳ, các cấp công đoàn tỉnh Phú Yên đã thành lập 41 CĐCS, kết nạp 7.300 "
        "đoàn viên, nhưng so với mục tiêu nghị quyết là 90 CĐCS và 15.000 đoàn viên thì mới đạt "
        "chưa đến một nửa."
    ) == [("cdcs_thanh_lap", 41, 90, None), ("doan_vien_ket_nap", 7300, 15000, None)]


def test_members_in_turn_of_the_unions_a_communes_union_founded():
    # (probes932; this sentence was written for this test)
    assert _figures_of(
        "Tháng 10/2025, Công đoàn xã Đông Anh thành lập 2 CĐCS tại Công ty TNHH Nhựa Tân Phú và "
        "Công ty CP Bao bì Đông Anh với lần lượt 64 và 118 đoàn viên."
    ) == [
        ("cdcs_thanh_lap", 2, None, None),
        ("doan_vien_ket_nap", 64, None, None),
        ("doan_vien_ket_nap", 118, None, None),
    ]
    # (the communes' unions founded with members moved there are still none)
    assert (
        _figures_of(
            "Công đoàn xã Thạch Hà và Công đoàn phường Thành Sen được thành lập với lần lượt 540 "
            "và 1.020 đoàn viên."
        )
        == []
    )


def test_youth_union_officials_at_a_course_are_no_union_officials_trained():
    # (probes934; this sentence was written for this test)
    assert _figures_of(
        "Tháng 10/2025, LĐLĐ tỉnh Quảng Nam mở 4 lớp tập huấn cho 320 cán bộ công đoàn cơ sở, đồng "
        "thời phối hợp với Tỉnh đoàn mở 1 lớp cho 90 cán bộ đoàn trong doanh nghiệp."
    ) == [("can_bo_tap_huan", 320, None, None)]


def test_percents_in_turn_over_the_target_a_body_named_in_many_words_set():
    # (probes931; this sentence was written for this test)
    assert _figures_of(
        "Năm 2025, LĐLĐ tỉnh Ninh Thuận kết nạp được 3.180 đoàn viên, thành lập 24 CĐCS, vượt chỉ "
        "tiêu Tổng Liên đoàn giao lần lượt 6% và 20%."
    ) == [("doan_vien_ket_nap", 3180, None, 6), ("cdcs_thanh_lap", 24, None, 20)]


def test_the_count_of_the_time_after_takes_its_percent_of_the_plan():
    # (probes930; this sentence was written for this test)
    assert _figures_of(
        "Nếu như năm 2023 Công đoàn Cao su Việt Nam chỉ kết nạp được 2.050 đoàn viên thì năm 2024 "
        "con số này đã tăng lên 3.120 đoàn viên, vượt 4% kế hoạch."
    ) == [("doan_vien_ket_nap", 2050, None, None), ("doan_vien_ket_nap", 3120, None, 4)]


def test_the_aim_passed_by_the_unions_had_and_their_members():
    # (probes931; this sentence was written for this test)
    assert (
        _figures_of(
            "Đến cuối năm 2025, toàn tỉnh Kon Tum có 1.120 CĐCS với 64.000 đoàn viên, vượt mục "
            "tiêu 60.000 đoàn viên mà Đại hội Công đoàn tỉnh đặt ra."
        )
        == []
    )


def test_what_came_of_a_target_reviewed_is_done():
    # (probes937; this sentence was written for this test)
    assert _figures_of(
        "Sau hợp nhất, LĐLĐ tỉnh Tuyên Quang đã rà soát lại chỉ tiêu và tập trung vào khu vực "
        "ngoài nhà nước, nhờ đó trong tháng 9 kết nạp 640 đoàn viên."
    ) == [("doan_vien_ket_nap", 640, None, None)]


def test_a_target_assigned_to_a_union_with_a_long_name():
    # (probes931; this sentence was written for this test)
    assert _figures_of(
        "Đầu năm 2025, Tổng Liên đoàn giao Công đoàn ngành Nông nghiệp và Phát triển nông thôn "
        "Việt Nam 2.500 đoàn viên, đến nay đơn vị đã kết nạp được 1.980 đoàn viên."
    ) == [("doan_vien_ket_nap", 1980, 2500, None)]


def test_a_target_named_after_many_words_of_who_set_it_for_whom():
    # (probes930; this sentence was written for this test)
    assert _figures_of(
        "Chỉ tiêu năm 2026 Liên đoàn Lao động tỉnh giao cho Công đoàn các Khu công nghiệp và Khu "
        "chế xuất tỉnh Đồng Nai là 4.000 đoàn viên."
    ) == [("doan_vien_ket_nap", None, 4000, None)]


def test_the_members_of_units_founded_said_short_after_their_target():
    # (probes934; this sentence was written for this test)
    assert _figures_of(
        "LĐLĐ phường Thủ Dầu Một được giao thành lập 6 CĐCS trong năm 2025, đến nay đã thành lập "
        "được 5 đơn vị, đạt 83,3%, với 412 đoàn viên."
    ) == [("cdcs_thanh_lap", 5, 6, 83.3), ("doan_vien_ket_nap", 412, None, None)]


def test_the_youth_union_members_of_the_unions_founded_are_no_recruits():
    # (this sentence was written for this test)
    assert _figures_of(
        "Năm 2025, Công đoàn Khu công nghiệp tỉnh thành lập 9 CĐCS, với 640 đoàn viên thanh niên."
    ) == [("cdcs_thanh_lap", 9, None, None)]


def test_a_target_met_early_named_after_the_count():
    # (probes935; these sentences were written for this test)
    assert _figures_of(
        "Tính đến ngày 25/11, Công đoàn Viên chức tỉnh đã kết nạp 1.310 đoàn viên, về đích sớm chỉ "
        "tiêu 1.200 đoàn viên được giao."
    ) == [("doan_vien_ket_nap", 1310, 1200, None)]
    assert _figures_of(
        "Hết quý III, LĐLĐ tỉnh Hưng Yên đã thành lập 27 CĐCS, về đích sớm chỉ tiêu cả năm (25 "
        "CĐCS)."
    ) == [("cdcs_thanh_lap", 27, 25, None)]


def test_a_target_assigned_by_a_body_whose_name_has_a_dot():
    # (probes942; this sentence was written for this test)
    assert _figures_of(
        "Năm 2025, Công đoàn Bệnh viện Nhân dân 115 được Công đoàn ngành Y tế TP.HCM giao kết nạp "
        "120 đoàn viên; đến tháng 11, đơn vị đã kết nạp 131 người."
    ) == [("doan_vien_ket_nap", 131, 120, None)]


def test_a_registered_target_then_what_was_done_by_the_years_end_joined_by_and():
    # (probes942; this sentence was written for this test)
    assert _figures_of(
        "Công đoàn Tổng công ty Sông Đà đăng ký kết nạp 300 đoàn viên trong năm 2025 và đến cuối "
        "năm đã kết nạp 342 người."
    ) == [("doan_vien_ket_nap", 342, 300, None)]


def test_the_count_of_the_time_after_takes_the_target_it_passed():
    # (probes942; this sentence was written for this test)
    assert _figures_of(
        "Nếu năm 2024 Công đoàn Công ty Pouchen chỉ kết nạp 1.200 đoàn viên thì năm 2025 con số "
        "này là 2.050, vượt xa chỉ tiêu 1.500 mà Công đoàn các KCN giao."
    ) == [("doan_vien_ket_nap", 1200, None, None), ("doan_vien_ket_nap", 2050, 1500, None)]


def test_members_recruited_before_a_clause_of_party_introductions_are_the_unions():
    # (probes938; this sentence was written for this test)
    assert _figures_of(
        "Năm 2025, Công đoàn xã Yên Lạc kết nạp 640 đoàn viên, vượt 7% chỉ tiêu được giao, đồng "
        "thời phối hợp với Đảng ủy xã giới thiệu 6 đoàn viên công đoàn ưu tú để xem xét kết nạp "
        "vào Đảng."
    ) == [("doan_vien_ket_nap", 640, None, 7), ("dang_vien_gioi_thieu", 6, None, None)]


def test_a_party_committee_that_set_the_target_is_not_counting_its_own():
    # (probes939; this sentence was written for this test)
    assert _figures_of(
        "Được Ban Thường vụ Huyện ủy giao chỉ tiêu giới thiệu 50 đoàn viên ưu tú cho Đảng trong "
        "năm 2025, LĐLĐ huyện đã giới thiệu được 56 người, đạt 112% chỉ tiêu."
    ) == [("dang_vien_gioi_thieu", 56, 50, 112)]


def test_a_count_done_short_then_why_no_more():
    # (probes941; this sentence was written for this test)
    assert _figures_of(
        "Năm 2025, Công đoàn Khu công nghiệp Phú Bài được giao tập huấn 300 lượt cán bộ công đoàn "
        "cơ sở nhưng mới thực hiện được 185 lượt do nhiều doanh nghiệp không bố trí được thời gian."
    ) == [("can_bo_tap_huan", 185, 300, None)]


def test_officials_trained_take_the_percent_past_their_levels_and_topic():
    # (probes941; these sentences were written for this test)
    assert _figures_of(
        "Năm 2025, LĐLĐ tỉnh Thanh Hóa mở 40 lớp tập huấn cho 3.150 lượt cán bộ công đoàn xã, "
        "phường và cơ sở, đạt 105% kế hoạch năm."
    ) == [("can_bo_tap_huan", 3150, None, 105)]
    assert _figures_of(
        "Năm 2025, LĐLĐ tỉnh Nghệ An tập huấn cho 2.210 lượt cán bộ công đoàn cơ sở về kỹ năng "
        "thương lượng, đối thoại, bằng 92% kế hoạch năm."
    ) == [("can_bo_tap_huan", 2210, None, 92)]


def test_the_members_of_the_unions_done_said_short_after_their_targets():
    # (probes943; these sentences were written for this test)
    assert _figures_of(
        "“Huyện giao cho chúng tôi 5 công đoàn cơ sở và 300 đoàn viên, đến hôm nay đã làm được 4 "
        "công đoàn cơ sở với 210 đoàn viên rồi”, bà Lan nói."
    ) == [("cdcs_thanh_lap", 4, 5, None), ("doan_vien_ket_nap", 210, 300, None)]
    # ("với" joins the unions' members to them, not unions to members)
    assert ("cdcs_thanh_lap", 4, 5, None) not in _figures_of(
        "“Huyện giao cho chúng tôi 300 đoàn viên và 5 công đoàn cơ sở, đến giờ đã làm được 210 "
        "đoàn viên với 4 công đoàn cơ sở”, bà Lan nói."
    )


def test_a_target_compared_in_speech_before_what_is_made_of_it():
    # (probes943; this sentence was written for this test)
    assert _figures_of(
        "“Năm nay bên mình kết nạp được chừng một nghìn tám đoàn viên, so với chỉ tiêu hai nghìn "
        "thì vẫn còn hụt”, ông Tâm nói."
    ) == [("doan_vien_ket_nap", 1800, 2000, None)]


def test_each_years_target_set_against_the_years_results_in_turn():
    # (probes942; this sentence was written for this test)
    assert _figures_of(
        "Trong ba năm 2023, 2024 và 2025, LĐLĐ tỉnh Bạc Liêu lần lượt kết nạp 2.310, 2.480 và "
        "1.960 đoàn viên, so với chỉ tiêu mỗi năm 2.200 đoàn viên thì năm 2025 chưa đạt."
    ) == [
        ("doan_vien_ket_nap", 2310, 2200, None),
        ("doan_vien_ket_nap", 2480, 2200, None),
        ("doan_vien_ket_nap", 1960, 2200, None),
    ]


def test_the_results_of_the_parts_of_a_targets_time_do_not_take_it():
    # (probes942; these sentences were written for this test)
    assert _figures_of(
        "Chỉ tiêu năm 2025 của Công đoàn Kho bạc tỉnh là kết nạp 60 đoàn viên; quý I đơn vị kết "
        "nạp 9, quý II kết nạp 17, quý III thêm 21 người."
    ) == [
        ("doan_vien_ket_nap", None, 60, None),
        ("doan_vien_ket_nap", 9, None, None),
        ("doan_vien_ket_nap", 17, None, None),
        ("doan_vien_ket_nap", 21, None, None),
    ]
    # (but the first result of the target's own time does)
    assert _figures_of(
        "Chỉ tiêu năm 2025 của Công đoàn Kho bạc tỉnh là kết nạp 60 đoàn viên; năm 2025 đơn vị kết "
        "nạp 64, năm 2024 kết nạp 51."
    ) == [("doan_vien_ket_nap", 64, 60, None), ("doan_vien_ket_nap", 51, None, None)]


def test_a_per_union_rate_worked_out_in_a_quote_is_no_count():
    # (probes943; this sentence was written for this test)
    assert (
        _figures_of(
            "“Tính ra mỗi công đoàn cơ sở của ngành kết nạp chừng 15 người một năm, không nhiều "
            "nhưng đều”, ông Hòa nói."
        )
        == []
    )


def test_companies_ready_to_let_a_union_be_founded_founded_none():
    # (probes944; this sentence was written for this test)
    assert (
        _figures_of(
            "Qua khảo sát 300 doanh nghiệp chưa có công đoàn, có 52 doanh nghiệp cho biết sẵn sàng "
            "tạo điều kiện thành lập CĐCS trong năm tới."
        )
        == []
    )


def test_units_each_over_a_floor_named_with_a_city_in_dots():
    # (probes945; this sentence was written for this test)
    assert (
        _figures_of(
            "Có 7 công đoàn phường, xã của TP.HCM kết nạp từ 800 đoàn viên trở lên trong quý "
            "III/2025."
        )
        == []
    )


def test_each_sectors_target_given_to_the_sectors_said_short_after():
    # (probes939; this sentence was written for this test)
    assert _figures_of(
        "Mỗi công đoàn ngành được giao chỉ tiêu giới thiệu 80 đoàn viên ưu tú cho Đảng năm 2025; "
        "đến tháng 11, ngành Xây dựng đã giới thiệu 74 người, ngành Công Thương 86 người."
    ) == [("dang_vien_gioi_thieu", 74, 80, None), ("dang_vien_gioi_thieu", 86, 80, None)]


def test_by_how_much_a_plan_was_passed_is_no_target():
    # (probes859, probes931; these sentences were written for this test)
    assert _figures_of(
        "Năm 2024, LĐLĐ tỉnh Kon Tum tập huấn cho 450 cán bộ CĐCS, đạt 100% kế hoạch; năm 2025, "
        "con số này là 530 cán bộ, vượt kế hoạch 30 người."
    ) == [("can_bo_tap_huan", 450, None, 100), ("can_bo_tap_huan", 530, None, None)]
    assert _figures_of(
        "Năm 2025, các CĐCS thuộc LĐLĐ tỉnh Yên Bái tổ chức 286 cuộc đối thoại định kỳ tại doanh "
        "nghiệp, vượt kế hoạch 41 cuộc."
    ) == [("other", 286, None, None)]


def test_people_said_after_a_reason_are_no_members_of_the_unions_done_short():
    # (probes143; this sentence was written for this test)
    assert _figures_of(
        "“Chỉ tiêu thành lập công đoàn cơ sở chúng tôi được giao 4, nhưng cả năm chỉ làm được 1, "
        "vì doanh nghiệp nhỏ lắm, mới có 8, 9 người”, ông Hùng nói."
    ) == [("cdcs_thanh_lap", 1, 4, None)]


def test_the_share_after_the_whole_name_of_the_civil_servants_conference():
    # (probes938; this sentence was written for this test)
    assert _figures_of(
        "Hết quý I/2026, 212 CĐCS thuộc Công đoàn Viên chức tỉnh Quảng Nam đã tổ chức xong hội "
        "nghị cán bộ, công chức, viên chức, đạt 100% số đơn vị."
    ) == [("other", 212, None, 100)]


def test_a_ratio_said_with_cứ_and_thì_is_no_count():
    # (probes940; this sentence was written for this test)
    assert (
        _figures_of(
            "Theo LĐLĐ tỉnh Bình Dương, ở không ít doanh nghiệp, cứ tổ chức được 3 cuộc đối thoại "
            "thì có 1 cuộc chỉ mang tính hình thức."
        )
        == []
    )


def test_the_aim_a_stock_had_so_far_passed_or_is_short_of_is_no_plan():
    # (probes942; these sentences were written for this test)
    assert (
        _figures_of(
            "Công đoàn Công ty May Nhà Bè được thành lập năm 1992 với 60 đoàn viên, đến nay đã có "
            "4.200 đoàn viên, vượt mục tiêu 4.000 đoàn viên mà đại hội nhiệm kỳ đề ra."
        )
        == []
    )
    assert (
        _figures_of(
            "Hiện Công đoàn các KCN tỉnh Hưng Yên có 380 CĐCS với gần 160.000 đoàn viên, còn cách "
            "mục tiêu 170.000 đoàn viên mà Đại hội đề ra hơn 10.000 người."
        )
        == []
    )


def test_a_target_with_its_quarter_after_the_percent():
    # (probes942; this sentence was written for this test)
    assert _figures_of(
        "Tính đến ngày 15/12, công đoàn các xã, phường của tỉnh đã kết nạp 2.130 đoàn viên, đạt "
        "71% chỉ tiêu quý IV/2025 là 3.000 đoàn viên."
    ) == [("doan_vien_ket_nap", 2130, 3000, 71)]


def test_no_module_of_the_extractor_names_a_pattern_twice():
    # (a rule's pattern once reused a module-level name and silently replaced another rule's:
    # `_THEN_AFTER_RE` in figures.py, the twenty-third part; two older ones had gone unseen)
    package = Path(union_stats.__code__.co_filename).parent
    twice = []
    for path in sorted(package.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported, defined = set(), {}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom):
                imported.update(alias.asname or alias.name for alias in node.names)
            names = (
                [node.name]
                if isinstance(node, (ast.FunctionDef, ast.ClassDef))
                else [t.id for t in node.targets if isinstance(t, ast.Name)]
                if isinstance(node, ast.Assign)
                else []
            )
            for name in names:
                defined[name] = defined.get(name, 0) + 1
        twice += [
            f"{path.name}: {name}"
            for name, count in defined.items()
            if count > 1 or name in imported
        ]
    assert twice == []


def test_targets_take_the_counts_said_bare_that_their_percents_are_the_share_of():
    # (probes950; these sentences were written for this test)
    assert _figures_of(
        "Năm 2025, LĐLĐ tỉnh An Giang được giao kết nạp 4.000 đoàn viên, thành lập 20 CĐCS, "
        "nhưng kết quả chỉ đạt 3.100 đoàn viên và 16 CĐCS, lần lượt bằng 77,5% và 80% chỉ tiêu."
    ) == [("doan_vien_ket_nap", 3100, 4000, 77.5), ("cdcs_thanh_lap", 16, 20, 80)]
    assert _figures_of(
        "Theo kế hoạch, Công đoàn ngành Y tế tổ chức hội nghị người lao động tại 50 bệnh viện; "
        "đến tháng 6 đã tổ chức được ở 46 bệnh viện, đạt 92% kế hoạch."
    ) == [("other", 46, 50, 92)]
    # (not a time's number that happens to be the share: 9 of 20 is 45%)
    assert _figures_of(
        "Chỉ tiêu thành lập CĐCS năm 2025 của LĐLĐ tỉnh Gia Lai là 20 đơn vị; đến hết tháng 9 mới "
        "đạt 45%."
    ) == [("cdcs_thanh_lap", None, 20, 45)]


def test_courses_parts_in_an_aside_are_no_other_count_before_the_trainees():
    # (probes949; this sentence was written for this test)
    assert _figures_of(
        "Công đoàn ngành Giao thông vận tải đã mở 6 lớp tập huấn (trong đó 2 lớp trực tuyến) cho "
        "540 lượt cán bộ công đoàn cơ sở."
    ) == [("can_bo_tap_huan", 540, None, None)]


def test_committee_members_named_by_their_committees_alone_are_officials():
    # (probes949; these sentences were written for this test)
    assert _figures_of(
        "Công đoàn Trường Đại học Cần Thơ cử 9 ủy viên ban chấp hành tham gia lớp bồi dưỡng "
        "nghiệp vụ do LĐLĐ thành phố tổ chức."
    ) == [("can_bo_tap_huan", 9, None, None)]
    assert _figures_of(
        "Công đoàn Công ty Điện lực tập huấn cho 32 ủy viên ban chấp hành và ủy ban kiểm tra "
        "công đoàn bộ phận."
    ) == [("can_bo_tap_huan", 32, None, None)]
    # (not another body's committees)
    assert (
        _figures_of("Hội Nông dân tỉnh tập huấn cho 40 ủy viên ban chấp hành Hội Nông dân xã.")
        == []
    )
    assert _figures_of("Đảng ủy xã mở lớp bồi dưỡng cho 25 ủy viên ban chấp hành đảng bộ.") == []


def test_the_count_after_every_so_many_then_is_a_ratio_too():
    # (probes947; these sentences were written for this test)
    assert (
        _figures_of(
            "Chị Lan nói: “Cứ vận động 20 công nhân thì được khoảng 12 người đồng ý gia nhập "
            "công đoàn”."
        )
        == []
    )
    assert (
        _figures_of(
            "“Cứ giới thiệu 8 người cho Đảng thì chỉ 2, 3 người được kết nạp”, anh Tâm cho biết."
        )
        == []
    )


def test_units_directed_are_the_whole_of_those_that_did_it():
    # (probes948; these sentences were written for this test)
    assert _figures_of(
        "Công đoàn ngành Giáo dục chỉ đạo 58 trường tổ chức hội nghị viên chức đầu năm học; đến "
        "30/10 đã có 55 trường tổ chức, đạt 94,8%."
    ) == [("other", 55, 58, 94.8)]
    # (not when the share is of something else)
    assert _figures_of(
        "Công đoàn ngành Giáo dục chỉ đạo 58 trường tổ chức hội nghị viên chức đầu năm học; đến "
        "30/10 đã có 55 trường tổ chức, đạt 80%."
    ) == [("other", 58, None, None)]


def test_a_target_registered_then_what_was_done_so_far_in_speech():
    # (probes950, probes951; these sentences were written for this test)
    assert _figures_of(
        "“Năm nay chúng tôi đăng ký kết nạp 300 đoàn viên, tới giờ đã kết nạp được 260 người”, "
        "chị Hoa cho biết."
    ) == [("doan_vien_ket_nap", 260, 300, None)]
    assert _figures_of(
        "Năm 2025, công ty đăng ký với LĐLĐ tỉnh kết nạp 500 đoàn viên, đến nay đã kết nạp được "
        "430 người."
    ) == [("doan_vien_ket_nap", 430, 500, None)]


def test_a_ratio_said_every_so_many_in_words():
    # (probes951; this sentence was written for this test)
    assert _figures_of(
        "Bà Mai nói: “Năm qua giới thiệu 52 người, tức là cứ mười người giới thiệu thì bảy người "
        "được kết nạp”."
    ) == [("dang_vien_gioi_thieu", 52, None, None)]


def test_the_target_named_in_the_percents_own_words_with_the_body_that_set_it():
    # (probes946; this sentence was written for this test)
    assert _figures_of(
        "Đến hết tháng 10, LĐLĐ tỉnh Phú Thọ đã giới thiệu 624 đoàn viên ưu tú cho Đảng, vượt 4% "
        "so với chỉ tiêu 600 người Tổng Liên đoàn giao cho năm 2025."
    ) == [("dang_vien_gioi_thieu", 624, 600, 4)]
    assert _figures_of(
        "Đến hết tháng 5, Công đoàn xã Tân Hiệp đã kết nạp 126 đoàn viên, đạt 63% chỉ tiêu 200 "
        "đoàn viên được giao."
    ) == [("doan_vien_ket_nap", 126, 200, 63)]


def test_the_officials_of_the_unions_there_are_under_a_courses_headline_are_no_trainees():
    # (probes312, exposed by committee members read as officials; this sentence was written for
    # this test)
    assert (
        _figures_of(
            "Hiện toàn thành phố có 126 công đoàn xã, phường với gần 1.500 cán bộ công đoàn.",
            title="Cần Thơ: Bồi dưỡng nghiệp vụ cho cán bộ công đoàn xã, phường",
        )
        == []
    )


def test_brought_into_the_union_said_vo_as_the_south_says_it():
    # (probes953; this sentence was written for this test)
    assert _figures_of(
        "“Tháng rồi tụi tui vận động được 45 công nhân vô công đoàn”, anh Tư ở Cần Thơ kể."
    ) == [("doan_vien_ket_nap", 45, None, None)]


def test_a_target_a_body_assigned_set_against_the_count_done_after_it():
    # (probes950; this sentence was written for this test)
    assert _figures_of(
        "“Năm nay xã mình kết nạp được 57 đoàn viên, trong khi huyện chỉ giao có 50 thôi”, anh "
        "Sơn nói."
    ) == [("doan_vien_ket_nap", 57, 50, None)]


def test_a_terms_target_takes_the_count_done_so_far_whose_share_of_it_is_said():
    # (probes958; this sentence was written for this test)
    assert _figures_of(
        "Nghị quyết Đại hội nhiệm kỳ 2023 – 2028 đề ra chỉ tiêu thành lập 60 CĐCS, nhưng hết năm "
        "2025, LĐLĐ huyện Đông Anh mới thành lập được 27 CĐCS, đạt 45%."
    ) == [("cdcs_thanh_lap", 27, 60, 45)]


def test_a_plan_named_by_its_number_and_subject_is_a_plan():
    # (probes958; these sentences were written for this test)
    assert _figures_of(
        "LĐLĐ tỉnh Bắc Ninh ban hành Kế hoạch số 21/KH-LĐLĐ về phát triển 6.000 đoàn viên, thành "
        "lập 40 CĐCS năm 2026."
    ) == [("doan_vien_ket_nap", None, 6000, None), ("cdcs_thanh_lap", None, 40, None)]
    assert [
        (f["metric"], f["kind"], f["target"])
        for f in union_stats(
            "Công đoàn ngành Y tế xây dựng Kế hoạch số 7/KH-CĐN ngày 10/1/2025 về việc tập huấn "
            "cho 450 cán bộ công đoàn cơ sở."
        )
    ] == [("can_bo_tap_huan", "plan", 450)]


def test_officials_trained_of_all_there_are_past_their_unions_long_name():
    # (probes957; these sentences were written for this test)
    assert _figures_of(
        "Đến nay, 174/190 chủ tịch công đoàn cơ sở thuộc Công đoàn Khu công nghiệp Việt Nam – "
        "Singapore tỉnh Bình Dương đã hoàn thành lớp bồi dưỡng nghiệp vụ, đạt 91,6%."
    ) == [("can_bo_tap_huan", 174, 190, 91.6)]
    assert _figures_of(
        "Ở khối hành chính, 58/64 chủ tịch công đoàn cơ sở của Công đoàn Viên chức tỉnh Nam Định "
        "đã qua bồi dưỡng, chiếm 90,6%."
    ) == [("can_bo_tap_huan", 58, 64, 90.6)]


def test_targets_given_for_the_year_set_against_the_counts_done_before_them():
    # (probes958; these sentences were written for this test)
    assert _figures_of(
        "Đến hết tháng 9, LĐLĐ huyện Gia Lâm thành lập 7 CĐCS, kết nạp 840 đoàn viên, trong khi cả "
        "năm được giao 10 CĐCS và 1.200 đoàn viên."
    ) == [("cdcs_thanh_lap", 7, 10, None), ("doan_vien_ket_nap", 840, 1200, None)]
    assert _figures_of(
        "Năm 2025, LĐLĐ tỉnh Hà Nam thành lập mới 33 công đoàn cơ sở, trong khi kế hoạch chỉ đặt "
        "ra 30."
    ) == [("cdcs_thanh_lap", 33, 30, None)]


def test_what_was_done_of_a_target_said_in_speech_by_a_union_named_or_with_thi_dat():
    # (probes959; these sentences were written for this test)
    assert _figures_of(
        "“Kế hoạch năm nay là tập huấn 800 cán bộ công đoàn cơ sở, tới giờ thì Công đoàn Giáo dục "
        "tỉnh làm được 720 người, đạt 90%”, bà Lan nói."
    ) == [("can_bo_tap_huan", 720, 800, 90)]
    assert _figures_of(
        "“Chỉ tiêu năm nay là 3.000 đoàn viên, tới cuối tháng 10 thì đạt 3.150”, ông Hùng nói."
    ) == [("doan_vien_ket_nap", 3150, 3000, None)]
    assert _figures_of(
        "“Chỉ tiêu giới thiệu đoàn viên ưu tú cho Đảng năm nay là 80, tới giờ thì chúng tôi giới "
        "thiệu được 86 người”, ông Quang cho biết."
    ) == [("dang_vien_gioi_thieu", 86, 80, None)]


def test_no_target_of_the_workforce_or_of_members_per_union():
    # (probes958; these sentences were written for this test)
    assert (
        _figures_of(
            "Năm 2025, số lao động trong các khu công nghiệp tỉnh Bắc Giang đạt 245.000 người, "
            "vượt mục tiêu 230.000 người."
        )
        == []
    )
    assert (
        _figures_of(
            "Bình quân mỗi CĐCS có 54 đoàn viên, thấp hơn mục tiêu 70 đoàn viên/CĐCS của Tổng Liên "
            "đoàn."
        )
        == []
    )


def test_party_introductions_by_body_after_whom_the_whole_was_introduced_to():
    # (probes955; this sentence was written for this test)
    assert _figures_of(
        "Năm 2025, LĐLĐ tỉnh Thái Bình đã giới thiệu 312 đoàn viên công đoàn ưu tú cho cấp ủy các "
        "cấp xem xét kết nạp, trong đó Công đoàn ngành Giáo dục 96 người, Công đoàn ngành Y tế 41 "
        "người."
    ) == [
        ("dang_vien_gioi_thieu", 312, None, None),
        ("dang_vien_gioi_thieu", 96, None, None),
        ("dang_vien_gioi_thieu", 41, None, None),
    ]


def test_a_count_done_takes_the_units_required_to_do_it_whose_share_it_is():
    # (probes956, probes958; these sentences were written for this test)
    assert _figures_of(
        "Theo kế hoạch, năm 2025 có 180 CĐCS phải tổ chức đại hội; đến 31/8 đã có 171 CĐCS đại "
        "hội xong, đạt 95%."
    ) == [("other", 171, 180, 95)]
    assert _figures_of(
        "Theo kế hoạch, năm 2025 có 40 doanh nghiệp trên địa bàn phải ký kết thỏa ước lao động tập "
        "thể; đến nay, LĐLĐ huyện đã hỗ trợ 30 doanh nghiệp ký kết, đạt 75% kế hoạch."
    ) == [("other", 30, 40, 75)]


def test_a_count_done_said_short_after_how_hard_it_was():
    # (probes961; this sentence was written for this test)
    assert _figures_of(
        "“Năm nay anh em vất vả lắm mới làm được 5 công đoàn cơ sở”, anh Tùng nói."
    ) == [("cdcs_thanh_lap", 5, None, None)]


def test_the_share_of_those_introduced_admitted_said_of_them_or_by_whom_they_were():
    # (probes955; these sentences were written for this test)
    assert _figures_of(
        "Năm 2024, Công đoàn Điện lực Việt Nam giới thiệu 420 đoàn viên cho các tổ chức đảng, "
        "khoảng 60% trong số đó đã được kết nạp."
    ) == [("dang_vien_gioi_thieu", 420, None, None), ("dang_vien_gioi_thieu", None, None, 60)]
    assert _figures_of(
        "Số đoàn viên được Công đoàn ngành Giao thông vận tải giới thiệu năm 2025 có 65% đã được "
        "kết nạp vào Đảng."
    ) == [("dang_vien_gioi_thieu", None, None, 65)]
    assert _figures_of(
        "Giai đoạn 2020–2025, tỷ lệ đoàn viên do công đoàn giới thiệu được kết nạp vào Đảng ở Công "
        "đoàn ngành Y tế tỉnh Nghệ An đạt 71,2%."
    ) == [("dang_vien_gioi_thieu", None, None, 71.2)]


def test_a_plan_for_the_year_after_said_short_after_the_count_done():
    # (probes957, probes959, probes961; these sentences were written for this test)
    assert _figures_of(
        "Năm 2025, Công đoàn ngành Y tế đã tập huấn cho 1.250 cán bộ công đoàn; năm 2026, đơn vị "
        "dự kiến nâng con số này lên khoảng 1.500 người."
    ) == [("can_bo_tap_huan", 1250, None, None), ("can_bo_tap_huan", None, 1500, None)]
    assert _figures_of(
        "Năm 2024 huyện kết nạp được 860 đoàn viên và năm 2025 sẽ phấn đấu đạt 1.000 đoàn viên trở "
        "lên."
    ) == [("doan_vien_ket_nap", 860, None, None), ("doan_vien_ket_nap", None, 1000, None)]
    assert _figures_of(
        "“Năm ngoái chúng tôi tập huấn được 940 lượt cán bộ công đoàn, năm nay thì đặt ra 1.100 "
        "lượt”, bà Vân nói."
    ) == [("can_bo_tap_huan", 940, None, None), ("can_bo_tap_huan", None, 1100, None)]


def test_what_a_body_has_now_under_a_founding_headline_is_no_members_recruited():
    # (probes960; these sentences were written for this test)
    title = "Ra mắt Nghiệp đoàn lao động tự do xã Đông Hòa"
    assert (
        _figures_of(
            "Hiện Công đoàn xã Đông Hòa có 31 CĐCS và nghiệp đoàn trực thuộc với hơn 2.400 đoàn "
            "viên.",
            title=title,
        )
        == []
    )
    assert _figures_of("Nghiệp đoàn lao động tự do xã Đông Hòa có 47 đoàn viên.", title=title) == [
        ("doan_vien_ket_nap", 47, None, None)
    ]


def test_the_units_a_plan_was_sent_to_are_no_count():
    # (probes643, probes876; this sentence was written for this test)
    assert (
        _figures_of(
            "LĐLĐ huyện đã ban hành Kế hoạch số 14/KH-LĐLĐ về phát triển đoàn viên, thành lập CĐCS "
            "năm 2025 và gửi tới 37 CĐCS trực thuộc."
        )
        == []
    )


def test_a_count_registered_with_no_deed_is_the_target_of_what_was_done_after_it():
    # (probes958; these sentences were written for this test)
    assert _figures_of(
        "“Năm nay công đoàn phường đăng ký 12 công đoàn cơ sở, đến giờ làm được 9”, ông Hòa nói."
    ) == [("cdcs_thanh_lap", 9, 12, None)]
    assert _figures_of(
        "Năm 2025, Công đoàn ngành Y tế đăng ký với LĐLĐ tỉnh 300 đoàn viên, nhưng đến tháng 10 đã "
        "kết nạp 325 người."
    ) == [("doan_vien_ket_nap", 325, 300, None)]
    assert _figures_of("Công ty đăng ký 600 đoàn viên dự giải chạy, thực tế có 720 người.") == []


def test_an_aim_said_with_voi_muc_tieu_is_the_target_of_what_was_done_so_far():
    # (probes958; this sentence was written for this test)
    assert _figures_of(
        "Với mục tiêu thành lập 15 nghiệp đoàn trong năm 2025, đến nay LĐLĐ tỉnh Cà Mau đã thành "
        "lập 12 nghiệp đoàn nghề cá."
    ) == [("cdcs_thanh_lap", 12, 15, None)]


def test_courses_set_out_in_a_plan_and_those_at_the_courses_held():
    # (probes958; this sentence was written for this test)
    assert _figures_of(
        "Về tập huấn, kế hoạch đặt ra 15 lớp cho 1.200 cán bộ công đoàn cơ sở, thực hiện được 17 "
        "lớp với 1.365 lượt cán bộ tham gia."
    ) == [("can_bo_tap_huan", 1365, 1200, None)]


def test_officials_trained_out_of_a_whole_said_first():
    # (probes957, probes965; these sentences were written for this test)
    assert _figures_of(
        "Trong số 64 chủ tịch công đoàn cơ sở mới được bầu, đã có 59 người được tập huấn nghiệp vụ."
    ) == [("can_bo_tap_huan", 59, 64, None)]
    assert _figures_of(
        "Trong 740 cán bộ công đoàn cơ sở cần bồi dưỡng theo Kế hoạch số 12/KH-LĐLĐ, đã có 690 "
        "người hoàn thành khóa học, đạt 93,2%."
    ) == [("can_bo_tap_huan", 690, 740, 93.2)]
    assert _figures_of("Trong số 500 đoàn viên, có 120 người được bồi dưỡng kỹ năng nghề.") == []


def test_parts_in_brackets_by_area_or_zone_that_add_up_to_the_whole():
    # (probes957, probes963; these sentences were written for this test)
    assert _figures_of(
        "Tháng 10, LĐLĐ tỉnh tập huấn cho 300 cán bộ công đoàn cơ sở (khu vực Tuy Hòa 120, khu vực "
        "Quy Nhơn 180)."
    ) == [
        ("can_bo_tap_huan", 300, None, None),
        ("can_bo_tap_huan", 120, None, None),
        ("can_bo_tap_huan", 180, None, None),
    ]
    assert _figures_of(
        "Năm 2025, Công đoàn các KCN tỉnh giới thiệu 50 đoàn viên ưu tú cho Đảng (Khu công nghiệp "
        "Tiên Sơn 20, Khu công nghiệp Quế Võ 30)."
    ) == [
        ("dang_vien_gioi_thieu", 50, None, None),
        ("dang_vien_gioi_thieu", 20, None, None),
        ("dang_vien_gioi_thieu", 30, None, None),
    ]


def test_a_target_said_after_what_is_still_short_of_it():
    # (probes959; this sentence was written for this test)
    assert _figures_of(
        "Đến nay xã đã kết nạp 270 đoàn viên, còn thiếu 30 người nữa mới đủ chỉ tiêu 300 đoàn viên."
    ) == [("doan_vien_ket_nap", 270, 300, None)]


def test_units_doing_well_then_honoured_are_no_count():
    # (probes960; this sentence was written for this test)
    assert (
        _figures_of(
            "Tại hội nghị, 18 doanh nghiệp thực hiện tốt đối thoại định kỳ tại nơi làm việc được "
            "LĐLĐ tỉnh Bắc Ninh khen thưởng."
        )
        == []
    )


def test_union_members_among_a_party_organs_new_members_counted_as_people():
    # (probes955; this sentence was written for this test)
    assert _figures_of(
        "Lớp đảng viên mới được kết nạp dịp 19/5 của Đảng bộ xã Tân Uyên có 22 người, 14 người "
        "trong số đó là đoàn viên công đoàn được Công đoàn xã giới thiệu."
    ) == [("dang_vien_gioi_thieu", 14, None, None)]


def test_officials_x_of_y_trained_with_a_bare_duoc_past_a_long_union_name():
    # (probes965; this sentence was written for this test)
    assert _figures_of(
        "Đến nay, 412/430 chủ tịch công đoàn cơ sở thuộc Công đoàn các Khu công nghiệp và chế xuất "
        "tỉnh Đồng Nai được tập huấn về Luật Công đoàn, đạt 95,8%."
    ) == [("can_bo_tap_huan", 412, 430, 95.8)]


def test_the_training_held_for_so_many_is_what_was_done_of_a_training_target():
    # (probes965; this sentence was written for this test)
    assert _figures_of(
        "Được giao chỉ tiêu tập huấn 2.000 lượt cán bộ công đoàn cơ sở năm 2025, đến nay Công đoàn "
        "ngành đã tổ chức cho 2.150 lượt, vượt 7,5% kế hoạch."
    ) == [("can_bo_tap_huan", 2150, 2000, 7.5)]


def test_each_years_target_said_after_the_results_by_year():
    # (probes958; this sentence was written for this test)
    assert _figures_of(
        "Năm 2024 và 2025, LĐLĐ tỉnh kết nạp lần lượt 3.120 và 3.480 đoàn viên, trong khi chỉ tiêu "
        "từng năm là 3.000 và 3.500."
    ) == [("doan_vien_ket_nap", 3120, 3000, None), ("doan_vien_ket_nap", 3480, 3500, None)]


def test_a_target_compared_named_with_who_set_it_right_after():
    # (probes966; this sentence was written for this test)
    assert _figures_of("Năm 2025, xã kết nạp 215 đoàn viên, vượt chỉ tiêu 200 huyện giao.") == [
        ("doan_vien_ket_nap", 215, 200, None)
    ]


def test_what_was_done_set_against_the_target_with_thi():
    # (probes966; this sentence was written for this test)
    assert _figures_of(
        "Ông cho biết kế hoạch năm 2024 là 900 đoàn viên thì huyện kết nạp được 964."
    ) == [("doan_vien_ket_nap", 964, 900, None)]


def test_the_whole_rated_with_its_year_and_body_between():
    # (probes964; this sentence was written for this test)
    assert _figures_of(
        "Trong 300 CĐCS được đánh giá năm 2025, Công đoàn ngành Giáo dục có 270 đơn vị đạt vững "
        "mạnh."
    ) == [("other", 270, 300, None)]


def test_a_count_in_thousands_after_the_years_word_is_no_year():
    # (probes967; this sentence was written for this test)
    assert _figures_of(
        "“Chỉ tiêu cả năm 2.400 đoàn viên mà tới tháng 11, phường mới được 1.920, tức 80%”, bà Lan "
        "nói."
    ) == [("doan_vien_ket_nap", 1920, 2400, 80)]
    # (not a year and a count read as a range: probes77)
    assert _figures_of("Vì sao chỉ tiêu năm 2025 lại thấp hơn năm 2024 tới 5.000 người?") == []


def test_a_target_for_each_year_is_the_target_of_each_years_count_done():
    # (probes966; this sentence was written for this test)
    assert _figures_of(
        "Giai đoạn 2024–2025, Công đoàn ngành Xây dựng mỗi năm được giao kết nạp 800 đoàn viên; "
        "kết quả năm 2024 kết nạp 845, năm 2025 được 790 đoàn viên."
    ) == [("doan_vien_ket_nap", 845, 800, None), ("doan_vien_ket_nap", 790, 800, None)]


def test_a_share_of_those_a_survey_asked_is_no_figure():
    # (probes968; this sentence was written for this test)
    assert (
        _figures_of(
            "Qua khảo sát 200 doanh nghiệp, 58% số doanh nghiệp được hỏi cho biết sẵn sàng thành "
            "lập công đoàn cơ sở trong năm tới."
        )
        == []
    )


def test_a_party_organs_own_admissions_set_against_the_unions_are_no_figure():
    # (probes968; this sentence was written for this test)
    assert _figures_of(
        "Qua giới thiệu của Công đoàn các KCN tỉnh, năm 2025 các chi bộ doanh nghiệp đã kết nạp 41 "
        "đoàn viên công đoàn ưu tú vào Đảng, trong khi toàn Đảng bộ các KCN kết nạp tổng cộng 150 "
        "đảng viên mới."
    ) == [("dang_vien_gioi_thieu", 41, None, None)]


def test_unions_registered_for_a_rating_are_no_founding_target():
    # (probes771; this sentence was written for this test)
    assert _figures_of(
        "Năm 2025, Công đoàn ngành Y tế đăng ký 30 CĐCS đạt tiêu chuẩn “vững mạnh”, kết quả có 33 "
        "CĐCS được công nhận."
    ) == [("other", 33, 30, None)]


def test_a_share_aimed_for_passed_by_units_out_of_their_whole_is_no_percent_of_theirs():
    # (probes966; this sentence was written for this test)
    assert _figures_of(
        "Năm 2025, có 176/200 CĐCS của ngành đạt vững mạnh, vượt chỉ tiêu 85% đề ra."
    ) == [("other", 176, 200, None)]


def test_a_plan_named_before_its_deed_with_its_number_said_with_la_is_planned():
    # (probes966; this sentence was written for this test)
    assert _figures_of(
        "Kế hoạch tập huấn cán bộ công đoàn năm 2025 của LĐLĐ tỉnh là 4.000 lượt; đến hết tháng 10 "
        "đã đạt 76,5% kế hoạch."
    ) == [("can_bo_tap_huan", None, 4000, 76.5)]


def test_a_target_named_then_what_was_done_after_thi_is_no_condition():
    # (probes966; this sentence was written for this test)
    assert _figures_of("“Chỉ tiêu thành lập 40 CĐCS thì mới đạt 33”, ông Hải nói.") == [
        ("cdcs_thanh_lap", 33, 40, None)
    ]


def test_unions_done_said_with_the_spoken_cai_after_their_target():
    # (probes967; this sentence was written for this test)
    assert _figures_of(
        "“Huyện giao cho phường 6 công đoàn cơ sở, tới giờ làm được 4 cái rồi”, bà Hoa nói."
    ) == [("cdcs_thanh_lap", 4, 6, None)]


def test_unions_newly_founded_in_a_time_are_founded():
    # (probes969; these sentences were written for this test)
    assert _figures_of(
        "Với 6 CĐCS mới thành lập trong tháng 10/2025, Công đoàn các KCN tỉnh nâng tổng số CĐCS "
        "trực thuộc lên 240."
    ) == [("cdcs_thanh_lap", 6, None, None)]
    assert (
        _figures_of("Tặng 120 suất quà cho đoàn viên tại 4 CĐCS mới thành lập trong quý III/2025.")
        == []
    )
    assert _figures_of("Có 19 CĐCS mới thành lập chưa đủ điều kiện xếp loại.") == []


def test_units_that_have_an_agreement_past_a_long_description_are_a_stock():
    # (probes964, probes966; this sentence was written for this test)
    assert (
        _figures_of(
            "Hiện 210/240 doanh nghiệp có trên 300 lao động tại các khu công nghiệp của tỉnh đã có "
            "thỏa ước lao động tập thể còn hiệu lực."
        )
        == []
    )


def test_delegates_at_an_event_named_for_the_deed_are_no_count_of_it():
    # (probes963; this sentence was written for this test)
    assert (
        _figures_of(
            "Lễ tuyên dương “Đoàn viên công đoàn ưu tú được kết nạp vào Đảng” năm 2025 của LĐLĐ "
            "tỉnh có 120 đại biểu tham dự."
        )
        == []
    )


def test_all_of_a_target_done_said_ca():
    # (probes783; this sentence was written for this test)
    assert _figures_of(
        "“Chỉ tiêu huyện giao cho xã là 4 CĐCS thì năm 2025 đã làm được cả 4”, ông Lâm nói."
    ) == [("cdcs_thanh_lap", 4, 4, None)]
