"""Tests for storage.search: its targets as properties over a generated archive, ranking, snippets,
filters, hostile input, and the index kept in step with the articles."""

import functools
import random
import sqlite3
import string
from collections import Counter

import pytest
from sqlite_utils import Database

import storage.search as search_module
from storage import Archive
from storage.migrations import SEARCH_KEYS, SEARCH_TABLE, migrations
from storage.search import (
    count,
    facet_counts,
    highlight,
    marked,
    parse_query,
    rebuild_index,
    search,
    snippet,
)
from storage.vietnamese import WORD_RE, fold, word_keys

# Words that fold alike, so accents decide: hòa/hoà/hóa/hoa, đình/định/dinh, đoàn/đoán/doãn.
WORDS = (
    "công cộng cống cong đoàn đoán doãn viên viện hòa hoà hóa hoá hoa họa Ba bà bá Đình đình "
    "định dinh gia năm nắm lao lão động đồng người Liên cơ sở sổ Hà Nội nhân công chức thủy "
    "thuỷ khỏe khoẻ Tết quê xe chăm lo bảo hiểm xã hội việc làm lương thưởng an toàn"
)
VOCABULARY = WORDS.split()
ABBREVIATIONS_IN_TEXT = ("LĐLĐ", "CĐCS", "NLĐ", "ĐVCĐ", "LDLD")
SITES = ("laodong_vn", "nld_com_vn", "laodongthudo_vn")
CATEGORIES = ("Công đoàn", "Việc làm", "Pháp luật")
AUTHORS = ("Hà Anh", "Minh Phương", "Hà Anh - Minh Phương")
ARTICLES = 400


def sentence(rnd: random.Random, n: int) -> str:
    words = [rnd.choice(VOCABULARY) for _ in range(n)]
    if rnd.random() < 0.3:
        words.insert(rnd.randrange(len(words)), rnd.choice(ABBREVIATIONS_IN_TEXT))
    if rnd.random() < 0.2:
        start = rnd.randrange(len(words))
        words[start:start] = rnd.choice(
            (
                ["Liên", "đoàn", "Lao", "động"],
                ["Công", "đoàn", "cơ", "sở"],
                ["người", "lao", "động"],
            )
        )
    return " ".join(words)


def generated_articles(seed: int = 7, n: int = ARTICLES) -> list[dict]:
    rnd = random.Random(seed)
    articles = []
    for i in range(n):
        day = rnd.choice((None, *range(1, 29)))
        published = None if day is None else f"202{rnd.randrange(6)}-0{rnd.randint(1, 9)}-{day:02d}"
        articles.append(
            {
                "url": f"https://example.vn/bai-{i}",
                "site": rnd.choice(SITES),
                "title": sentence(rnd, rnd.randint(3, 8)),
                "lead": sentence(rnd, rnd.randint(5, 12)) + ".",
                "body": "\n\n".join(
                    sentence(rnd, rnd.randint(6, 20)) + "." for _ in range(rnd.randint(1, 4))
                ),
                "author": rnd.choice(AUTHORS),
                "category": rnd.choice(CATEGORIES),
                "published_at": published and f"{published}T08:00:00+07:00",
            }
        )
    # The cases, word for word.
    articles += [
        {"url": "https://example.vn/ba-dinh", "title": "Công đoàn Ba Đình phát triển đoàn viên"},
        {"url": "https://example.vn/gia-dinh", "title": "Ba năm qua, gia đình công nhân vui"},
        {
            "url": "https://example.vn/hoa-binh",
            "title": "Hoà bình",
            "body": "Hòa bình và hữu nghị.",
        },
        {"url": "https://example.vn/hoa-chat", "title": "Hóa chất", "body": "Hoa nở, hóa đơn."},
    ]
    return [{"body": article["title"], **article} for article in articles]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "archive.db"
    with Archive(path) as archive:
        archive.upsert_sites({"slug": slug} for slug in SITES)
        archive.save_articles(((a, None) for a in generated_articles()), "2026-01-01T00:00:00")
        yield archive


@pytest.fixture(scope="module")
def db(archive):
    return archive.db


def everything(db, query, **filters):
    return search(db, query, limit=100_000, **filters)


# --- An oracle: what the search promises, read off the articles' text in Python --------------


def fields(article: dict) -> list[list[tuple[str, str | None]]]:
    return [
        [word_keys(w) for w in WORD_RE.findall(article.get(f) or "")]
        for f in ("title", "lead", "body")
    ]


def has_word(article, word) -> bool:
    keys = [k for field in fields(article) for k in field]
    if word.spelt:
        return any(spelt == word.spelt for _, spelt in keys)
    return any(folded == word.folded for folded, _ in keys)


def has_phrase(article, words) -> bool:
    """Adjacent in one field as folded words, each word typed with marks spelt so somewhere:
    the search's documented reading of a phrase (storage.search module docstring)."""
    if len(words) == 1:
        return has_word(article, words[0])
    folded = [w.folded for w in words]
    adjacent = any(
        [k[0] for k in field[i : i + len(words)]] == folded
        for field in fields(article)
        for i in range(len(field))
    )
    return adjacent and all(has_word(article, w) for w in words if w.spelt)


def matches(article, query) -> bool:
    units = parse_query(query).units
    return bool(units) and all(
        any(has_phrase(article, alt) for alt in unit.alternatives) for unit in units
    )


@functools.cache
def by_url():
    return {a["url"]: a for a in generated_articles()}


def random_queries(seed: int, n: int) -> list[str]:
    """Runs of one to three words cut from the articles, as written."""
    rnd, articles, queries = random.Random(seed), generated_articles(), []
    while len(queries) < n:
        words = WORD_RE.findall(rnd.choice(articles)["body"])
        size = rnd.randint(1, 3)
        start = rnd.randrange(max(1, len(words) - size + 1))
        queries.append(" ".join(words[start : start + size]))
    return queries


# --- The targets ------------------------------------------------------------------------------


@pytest.mark.parametrize("query", random_queries(1, 40) + ["LĐLĐ", "ldld", '"Ba Đình"', "hòa"])
def test_results_are_exactly_the_articles_holding_every_word(db, query):
    found = {r.url for r in everything(db, query)}
    expected = {url for url, article in by_url().items() if matches(article, query)}
    assert found == expected
    assert count(db, query) == len(expected)


@pytest.mark.parametrize("query", random_queries(2, 40))
def test_unaccented_finds_all_the_accented_query_finds(db, query):
    accented = {r.url for r in everything(db, query)}
    unaccented = {r.url for r in everything(db, fold(query))}
    assert accented <= unaccented


def test_hoa_with_marks_never_returns_hoa_or_hoa_with_another_tone(db):
    results = everything(db, "hòa")
    assert results
    for result in results:
        article = by_url()[result.url]
        text = " ".join(article.get(f) or "" for f in ("title", "lead", "body"))
        assert any(word_keys(w)[1] == "hòa" for w in WORD_RE.findall(text)), result.url
    urls = {r.url for r in results}
    assert "https://example.vn/hoa-binh" in urls  # written "Hoà" and "Hòa"
    assert "https://example.vn/hoa-chat" not in urls  # hóa, hoa only
    assert "https://example.vn/hoa-chat" in {r.url for r in everything(db, "hoa")}


def test_ba_dinh_as_a_phrase_never_returns_ba_nam_gia_dinh(db):
    results = everything(db, '"Ba Đình"')
    urls = {r.url for r in results}
    assert "https://example.vn/ba-dinh" in urls
    assert "https://example.vn/gia-dinh" not in urls
    for result in results:
        assert has_phrase(by_url()[result.url], parse_query("Ba Đình").units[0].alternatives[0])
        assert has_phrase(by_url()[result.url], parse_query("ba dinh").units[0].alternatives[0])


def test_several_words_rank_phrase_then_near_then_anywhere(db):
    results = everything(db, "Ba Đình")
    tiers = [int(r.score) for r in results]
    assert tiers == sorted(tiers, reverse=True)
    assert {2, 0} <= set(tiers)
    phrase = parse_query('"Ba Đình"').units[0].alternatives[0]
    for result, tier in zip(results, tiers, strict=True):
        assert (tier == 2) == has_phrase(by_url()[result.url], phrase)
    # "Ba năm qua, gia đình": both words, five words apart: near each other.
    [gia_dinh] = [r for r in results if r.url == "https://example.vn/gia-dinh"]
    assert int(gia_dinh.score) == 1


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "'",
        "*",
        "-",
        "NEAR",
        "NEAR(",
        "a NOT b",
        "OR AND NOT",
        "^công",
        "title:công",
        "{title}: đoàn",
        "công*",
        'đoàn" OR "1"="1',
        "(((",
        ")",
        "\\",
        "\x00",
        "\u0301\u0300",
        "🙂 công đoàn 🙂",
        "công " * 500,
        " ",
        "",
    ],
)
def test_hostile_queries_never_raise(db, query):
    results = search(db, query)
    assert isinstance(results, list)
    assert count(db, query) >= len(results)


def test_random_hostile_input_never_raises(db):
    rnd = random.Random(3)
    alphabet = string.printable + '“”«»"*^:-()' + "đĐơưăâêô\u0300\u0301\u0323"
    for _ in range(300):
        query = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        search(db, query, limit=5)


# --- Abbreviations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("LĐLĐ", "Liên đoàn Lao động"),
        ("CĐCS", "Công đoàn cơ sở"),
        ("NLĐ", "người lao động"),
        ("ĐVCĐ", "đoàn viên công đoàn"),
    ],
)
def test_abbreviations_find_their_long_forms_and_back(db, short, long):
    by_short = {r.url for r in everything(db, short)}
    by_long = {r.url for r in everything(db, long)}
    by_folded = {r.url for r in everything(db, fold(short))}
    assert by_short == by_long
    assert by_short <= by_folded
    articles = by_url()
    holding_long = {
        url
        for url, a in articles.items()
        if fold(long) in fold(" ".join(WORD_RE.findall(a["body"] + " " + a["title"])))
    }
    assert holding_long & by_short  # found by the abbreviation alone


def test_an_abbreviation_flags_its_long_form_in_the_snippet():
    query = parse_query("LĐLĐ")
    fragments = snippet("Chiều 12/8, Liên đoàn Lao động tỉnh tổ chức hội nghị.", query)
    assert ("Liên đoàn Lao động", True) in fragments


# --- Ranking, snippets ------------------------------------------------------------------------


@pytest.fixture
def small(tmp_path):
    return Archive(tmp_path / "small.db")


def add(archive, url, title, body, published_at="2024-05-01", **more):
    article = {"url": url, "title": title, "body": body, "published_at": published_at, **more}
    archive.save_article(article, None, "2026-01-01T00:00:00")


def test_title_weighs_more_than_lead_more_than_body(small):
    filler = "Hội nghị tổng kết năm. " * 20
    add(small, "https://x.vn/body", "Hội nghị tổng kết", filler + "Thỏa ước lao động.")
    add(small, "https://x.vn/lead", "Hội nghị tổng kết", filler, lead="Thỏa ước lao động.")
    add(small, "https://x.vn/title", "Thỏa ước lao động", filler)
    for n in range(6):  # words in few articles, so bm25 weighs them
        add(small, f"https://x.vn/other-{n}", "Tin khác", "Nội dung khác hẳn.")
    urls = [r.url for r in search(small.db, "thỏa ước")]
    assert urls == ["https://x.vn/title", "https://x.vn/lead", "https://x.vn/body"]


def test_recent_first_among_equal_scores(small):
    for day in ("2021-03-01", "2024-03-01", "2023-03-01"):
        add(small, f"https://x.vn/{day}", "Công đoàn chăm lo Tết", "Quà Tết.", published_at=day)
    scores = {r.score for r in search(small.db, "chăm lo")}
    assert len(scores) == 1
    assert [r.published_at for r in search(small.db, "chăm lo")] == [
        "2024-03-01",
        "2023-03-01",
        "2021-03-01",
    ]


def test_a_folded_match_is_flagged_where_the_word_is_written_with_marks():
    query = parse_query("cong doan")
    fragments = snippet("Hôm qua, Công đoàn ngành Y tế và đoàn viên.", query)
    assert ("Công đoàn", True) in fragments
    assert ("đoàn", True) in fragments
    assert marked(highlight("ĐOÀN VIÊN", parse_query("doan"))) == "«ĐOÀN» VIÊN"


def test_a_word_typed_with_marks_is_flagged_only_as_spelt():
    assert marked(highlight("hòa, hoà, hóa, hoa", parse_query("hòa"))) == "«hòa», «hoà», hóa, hoa"


def test_a_snippet_is_the_passage_with_the_words_cut_between_words():
    body = ("Mở đầu bài báo dài dòng. " * 30) + "Công đoàn Ba Đình trao quà. " + ("Kết. " * 30)
    fragments = snippet(body, parse_query("Ba Đình"))
    text = marked(fragments)
    assert "«Ba Đình»" in text
    assert text.startswith("…") and text.endswith("…")
    assert len(text) < 300
    assert "\n" not in marked(snippet("Một.\n\nHai Ba Đình.", parse_query("ba dinh")))


def test_results_carry_the_article_and_a_score_in_order(small):
    add(small, "https://x.vn/1", "Công đoàn Ba Đình", "Đoàn viên Ba Đình.", site=None)
    [result] = search(small.db, "ba dinh")
    record = result.as_record()
    assert list(record) == ["url", "title", "site", "published_at", "snippet", "score"]
    assert record["snippet"] == "«Đoàn» viên «Ba Đình»." or "«Ba Đình»" in record["snippet"]
    assert 2 <= result.score < 3
    assert marked(result.title_fragments) == "Công đoàn «Ba Đình»"


# --- Filters ----------------------------------------------------------------------------------


def test_filters(db):
    articles = by_url()
    for filters, keep in [
        ({"site": "nld_com_vn"}, lambda a: a.get("site") == "nld_com_vn"),
        ({"site": ["nld_com_vn", "laodong_vn"]}, lambda a: a.get("site") in SITES[:2]),
        ({"category": "Việc làm"}, lambda a: a.get("category") == "Việc làm"),
        ({"author": "Hà Anh"}, lambda a: "Hà Anh" in (a.get("author") or "")),
        ({"since": "2023-01-01"}, lambda a: (a.get("published_at") or "0") >= "2023"),
        ({"until": "2022-03-15"}, lambda a: "0" < (a.get("published_at") or "0") < "2022-03-16"),
        (
            {"since": "2021-02", "until": "2021"},
            lambda a: "2021-02" <= (a.get("published_at") or "0") < "2022",
        ),
    ]:
        expected = {u for u, a in articles.items() if matches(a, "công") and keep(a)}
        assert {r.url for r in everything(db, "công", **filters)} == expected, filters
        assert count(db, "công", **filters) == len(expected)


def test_facet_counts_group_the_matches_by_site_and_month(db):
    expected = Counter(
        (a.get("site"), (a.get("published_at") or "")[:7])
        for a in by_url().values()
        if matches(a, "đoàn") and "Hà Anh" in (a.get("author") or "")
    )
    counts = facet_counts(db, "đoàn", author="Hà Anh")
    assert {(site, month): n for site, month, n in counts} == dict(expected)
    assert facet_counts(db, '"') == []


def test_a_bad_date_is_a_value_error(db):
    with pytest.raises(ValueError, match="not a date"):
        search(db, "công", since="tomorrow")
    with pytest.raises(ValueError, match="not a date"):
        search(db, "công", until="2024-02-30")
    with pytest.raises(ValueError, match="not a date"):
        search(db, "công", since="20240101")
    assert search(db, "công", since="2024-01-01T10:00:00+07:00", limit=1)
    assert search(db, "công", since="2025-01-01", until="2024-01-01") == []


# --- Windows and pages ------------------------------------------------------------------------


def test_pages_and_windows_give_every_match_once_in_order(db, monkeypatch):
    whole = [r.url for r in everything(db, "đoàn viên")]
    monkeypatch.setattr(search_module, "WINDOW", 7)
    windowed = everything(db, "đoàn viên")
    assert sorted(r.url for r in windowed) == sorted(whole)
    tiers = [int(r.score) for r in windowed]
    assert tiers == sorted(tiers, reverse=True)
    paged = [
        r.url
        for offset in range(0, len(whole), 9)
        for r in search(db, "đoàn viên", limit=9, offset=offset)
    ]
    assert paged == [r.url for r in windowed]


def test_words_in_most_articles_are_left_out_of_bm25_not_out_of_the_results(db, monkeypatch):
    # The archive is small enough for bm25 to read it all; a small sample makes it take the
    # path of a large one, where words found in most of the newest articles weigh nothing.
    before = {q: {r.url for r in everything(db, q)} for q in ("công đoàn", "hòa", "ba dinh")}
    monkeypatch.setattr(search_module, "SHARE_SAMPLE", 50)
    for query, urls in before.items():
        results = everything(db, query)
        assert {r.url for r in results} == urls
        tiers = [int(r.score) for r in results]
        assert tiers == sorted(tiers, reverse=True)
    assert all(r.score == int(r.score) for r in everything(db, "công"))  # in most articles
    assert all(r.score != int(r.score) for r in everything(db, "hữu nghị"))  # in one


# --- The index follows the articles ----------------------------------------------------------


def test_the_index_follows_saves_re_extractions_dates_and_deletes(small):
    add(small, "https://x.vn/a", "Tin cũ", "Công nhân nghỉ mát.")
    assert [r.url for r in search(small.db, "nghi mat")] == ["https://x.vn/a"]
    add(small, "https://x.vn/a", "Tin mới", "Công nhân tăng ca.")  # a new version
    assert search(small.db, "nghi mat") == []
    assert [r.url for r in search(small.db, "tang ca")] == ["https://x.vn/a"]
    small.replace_extraction({"url": "https://x.vn/a", "title": "Tin mới", "body": "Đoàn viên."})
    assert search(small.db, "tang ca") == [] and search(small.db, "doan vien")
    small.db["articles"].update("https://x.vn/a", {"site": "nld_com_vn"})
    assert search(small.db, "doan vien", site="nld_com_vn")
    small.db["articles"].update("https://x.vn/a", {"published_at": "2019-01-01"})
    assert search(small.db, "doan vien", since="2024-01-01") == []
    assert search(small.db, "doan vien", until="2019-01-01")
    small.db["articles"].delete("https://x.vn/a")
    assert search(small.db, "doan vien") == []
    assert small.db[SEARCH_KEYS].count == 0
    small.db.execute(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('integrity-check')")


def test_rebuild_gives_the_same_results(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        archive.save_articles(((a, None) for a in generated_articles(n=60)), "2026-01-01")
        before = [(r.url, r.score) for r in everything(archive.db, "công đoàn")]
        rebuild_index(archive.db)
        assert [(r.url, r.score) for r in everything(archive.db, "công đoàn")] == before


def test_an_older_archive_is_indexed_by_the_migration(tmp_path):
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="m010_articles_search")
    for article in generated_articles(n=30):
        db["articles"].insert(
            {**article, "first_seen_at": "2024", "last_seen_at": "2024", "content_hash": "0"}
        )
    expected = {
        u
        for u, a in by_url().items()
        if matches(a, "đoàn") and u in {a["url"] for a in generated_articles(n=30)}
    }
    db.close()
    with Archive(path) as archive:
        assert {r.url for r in everything(archive.db, "đoàn")} == expected


def test_a_connection_without_the_index_function_cannot_change_article_text(tmp_path):
    path = tmp_path / "a.db"
    Archive(path).close()
    db = Database(path)  # a plain connection: sqlite-utils, the sqlite3 shell
    with pytest.raises(sqlite3.OperationalError, match="congdoan_search_stream"):
        db["articles"].insert(
            {
                "url": "u",
                "title": "t",
                "body": "b",
                "first_seen_at": "x",
                "last_seen_at": "x",
                "content_hash": "0",
            }
        )


def test_datasette_style_read_only_connection(tmp_path):
    path = tmp_path / "a.db"
    with Archive(path) as archive:
        add(archive, "https://x.vn/1", "Công đoàn", "Đoàn viên.")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert [r.url for r in search(conn, "doan vien")] == ["https://x.vn/1"]
    finally:
        conn.close()
