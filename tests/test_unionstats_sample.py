"""Drawing an archive's sentences to annotate by hand (crawler.unionstats_sample): which sentences
are candidates, with what context, and a draw that is uniform, fixed by its seed and never holds
a sentence twice."""

from __future__ import annotations

from collections import Counter

import pytest

from crawler.unionstats_sample import (
    annotation_set,
    candidate_sentences,
    draw,
    is_candidate,
)

ARTICLE = {
    "url": "https://laodongthudo.vn/tin-1.html",
    "title": "LĐLĐ huyện Gia Lâm kết nạp 1.200 đoàn viên",
    "lead": "Sáu tháng đầu năm, Liên đoàn Lao động huyện Gia Lâm đã thành lập 9 CĐCS.",
    "body": (
        "Buổi lễ diễn ra sáng 12/7. Ngoài ra, huyện đã tổ chức hai lớp tập huấn cho cán bộ "
        "công đoàn cơ sở.\nThời tiết hôm đó đẹp, có 300 người dự.\nKhông có số nào ở đây."
    ),
}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Kết nạp 310/512 đoàn viên, đạt 60,5% kế hoạch.", True),
        ("Huyện đã tổ chức hai lớp tập huấn cho cán bộ công đoàn.", True),
        ("Giới thiệu 25 quần chúng ưu tú cho Đảng xem xét.", True),
        ("Thành lập CĐCS tại ba doanh nghiệp.", True),
        # a number with no union word, a union word with no number
        ("Thời tiết hôm đó đẹp, có 300 người dự.", False),
        ("Công đoàn luôn đồng hành cùng người lao động.", False),
        # "năm" is a year's word, not the number five
        ("Năm nay công đoàn tiếp tục đồng hành.", False),
    ],
)
def test_a_candidate_has_a_number_and_a_union_word(sentence, expected):
    assert is_candidate(sentence) is expected


def test_candidates_of_headline_sapo_and_body_with_the_context_they_are_read_with():
    candidates = list(candidate_sentences(ARTICLE))
    assert [c["sentence"] for c in candidates] == [
        "LĐLĐ huyện Gia Lâm kết nạp 1.200 đoàn viên",
        "Sáu tháng đầu năm, Liên đoàn Lao động huyện Gia Lâm đã thành lập 9 CĐCS.",
        "Ngoài ra, huyện đã tổ chức hai lớp tập huấn cho cán bộ công đoàn cơ sở.",
    ]
    assert {c["source"] for c in candidates} == {ARTICLE["url"]}
    title_only = {"title": ARTICLE["title"]}
    assert [c["context"] for c in candidates] == [
        title_only,
        title_only,
        {"title": ARTICLE["title"], "lead": ARTICLE["lead"]},
    ]


def test_an_article_without_headline_or_sapo_gives_its_body_with_no_empty_context():
    article = {"url": "u", "title": None, "lead": None, "body": "Kết nạp 5 đoàn viên."}
    assert list(candidate_sentences(article)) == [
        {"source": "u", "sentence": "Kết nạp 5 đoàn viên.", "context": {}}
    ]


def candidates(n: int) -> list[dict]:
    return [{"source": f"u{i}", "sentence": f"Kết nạp {i} đoàn viên."} for i in range(n)]


def test_the_draw_keeps_the_order_the_sentences_came_in_and_counts_them_all():
    chosen, seen = draw(candidates(1000), 10, seed=3)
    numbers = [int(c["source"][1:]) for c in chosen]
    assert len(chosen) == 10 and seen == 1000
    assert numbers == sorted(numbers) and len(set(numbers)) == 10


def test_the_same_seed_draws_the_same_another_seed_another():
    first = draw(candidates(500), 20, seed=1)[0]
    assert draw(candidates(500), 20, seed=1)[0] == first
    assert draw(candidates(500), 20, seed=2)[0] != first


def test_fewer_candidates_than_asked_gives_them_all():
    chosen, seen = draw(candidates(3), 10, seed=1)
    assert chosen == candidates(3) and seen == 3


def test_the_draw_is_uniform_over_the_candidates():
    # Each of 20 candidates is drawn 5 times in 20 draws of 5 out of 20 on average: over 400
    # seeds every one lands within a third of its expected 100.
    picks = Counter(
        c["source"] for seed in range(400) for c in draw(candidates(20), 5, seed=seed)[0]
    )
    assert len(picks) == 20
    assert all(67 <= n <= 133 for n in picks.values()), picks


def test_a_sentence_said_again_is_drawn_once():
    again = [{"source": f"u{i}", "sentence": "Kết nạp 5 đoàn viên."} for i in range(50)]
    chosen, _seen = draw(again + candidates(3), 10, seed=1)
    assert [c["sentence"] for c in chosen].count("Kết nạp 5 đoàn viên.") == 1


def test_the_set_to_annotate_is_marked_not_annotated():
    made = annotation_set(candidates(2), about="drawn for a test")
    assert made["about"] == "drawn for a test"
    assert [s["id"] for s in made["sentences"]] == ["S-001", "S-002"]
    for entry in made["sentences"]:
        assert entry["figures"] == [] and entry["trap"] is None
        assert entry["annotated"] is False
