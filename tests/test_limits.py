"""Caps on stored text: a body cut at a paragraph break with a warning, fields and lists bounded."""

from crawler.limits import MAX_BODY_CHARS, MAX_FIELD_CHARS, capped_article, cut_text

PARAGRAPH = "Công đoàn cơ sở đã tổ chức thăm hỏi, tặng quà cho đoàn viên có hoàn cảnh khó khăn."


def test_cut_text_at_a_paragraph_break():
    text = "\n\n".join([PARAGRAPH] * 10)
    cut = cut_text(text, 300)
    assert len(cut) <= 300
    assert cut.endswith("khó khăn.")
    assert text.startswith(cut)


def test_cut_text_at_a_space_when_no_break_is_near():
    text = PARAGRAPH * 10  # one paragraph
    cut = cut_text(text, 300)
    assert len(cut) <= 300
    assert text.startswith(cut)
    assert not cut.endswith(" ")
    assert text[len(cut)] == " "


def test_cut_text_exactly_without_spaces():
    assert cut_text("x" * 1000, 300) == "x" * 300
    assert cut_text(PARAGRAPH, 10_000) == PARAGRAPH


def test_capped_article_cuts_the_body_with_a_warning():
    body = "\n\n".join(f"Đoạn {i}: {PARAGRAPH}" for i in range(4000))
    article = {"url": "https://a.vn/x-1.html", "body": body, "warnings": ["no date"]}
    row = capped_article(article)
    assert len(body) > MAX_BODY_CHARS >= len(row["body"]) > 0.9 * MAX_BODY_CHARS
    assert row["warnings"] == ["no date", f"body cut to {len(row['body'])} of {len(body)} chars"]
    assert article["body"] == body  # the record itself is left alone


def test_capped_article_leaves_a_normal_article_alone():
    article = {"body": PARAGRAPH, "title": "Tiêu đề", "tags": ["a"], "warnings": []}
    assert capped_article(article) == article


def test_capped_article_with_no_body_cap():
    article = {"body": "x " * 300_000, "warnings": []}
    assert capped_article(article, max_body_chars=0)["body"] == article["body"]


def test_capped_article_bounds_other_fields_and_lists():
    article = {
        "body": PARAGRAPH,
        "title": "Tiêu đề " * 2000,
        "tags": [f"thẻ {i}" for i in range(5000)],
        "images": [{"src": f"/{i}.jpg"} for i in range(3000)],
        "warnings": None,
    }
    row = capped_article(article)
    assert len(row["title"]) <= MAX_FIELD_CHARS
    assert (len(row["tags"]), len(row["images"])) == (200, 1000)
    assert [w.split(" ")[0] for w in row["warnings"]] == ["title", "tags:", "images:"]
