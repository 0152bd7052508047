"""The union statistics page of the Datasette plugin, and a figure's sentence marked in its
article: on a small archive of hand-built figures (no extractor involved)."""

import asyncio
import re
from html import unescape

import pytest
from datasette.app import Datasette
from sqlite_utils import Database

from storage import Archive
from storage.datasette_plugin.unionstats import (
    Filters,
    amount_text,
    group_figures,
    marked_paragraphs,
    plan_share,
    text_fragment,
)
from storage.migrations import migrations
from storage.vietnamese import register_sql_functions

DB = "tin-cong-doan"  # neither "archive" nor "demo"
SEED = (
    "6 tháng đầu năm 2022 LĐLĐ huyện đã tuyên truyền, vận động thành lập được 11/20 CĐCS, "
    "đạt 55% kế hoạch, kết nạp được 310/512 đoàn viên, đạt 60,5% kế hoạch Thành phố giao."
)
DONG_ANH = "Năm 2023, LĐLĐ huyện Đông Anh kết nạp hơn 1.400 đoàn viên, vượt 12% kế hoạch."
PLAN = "Năm 2024, LĐLĐ huyện Hoài Đức phấn đấu kết nạp từ 2.000 đến 2.500 đoàn viên."
HOSTILE = 'Công đoàn <script>alert("x")</script> kết nạp 5 đoàn viên.'


def figure(sentence: str, span: str, **fields) -> dict:
    base = {"kind": "result", "qualifiers": {}, "sentence": sentence, "text_span": span}
    return {**base, **fields}


ARTICLES = [
    (
        {
            "url": "https://laodongthudo.vn/hoai-duc-141692.html",
            "site": "laodongthudo_vn",
            "title": "LĐLĐ huyện Hoài Đức nỗ lực hoàn thành chỉ tiêu phát triển đoàn viên",
            "body": "Mở đầu.\n" + SEED + "\nĐoạn cuối.",
            "published_at": "2022-07-18T09:15:00+07:00",
        },
        [
            figure(
                SEED,
                "thành lập được 11/20 CĐCS",
                metric="cdcs_thanh_lap",
                achieved=11,
                target=20,
                organisation="LĐLĐ huyện Hoài Đức",
                organisation_from="title",
                period="6 tháng đầu năm 2022",
                period_from="sentence",
            ),
            figure(
                SEED,
                "kết nạp được 310/512 đoàn viên, đạt 60,5% kế hoạch",
                metric="doan_vien_ket_nap",
                achieved=310,
                target=512,
                percent=60.5,
                percent_kind="of_target",
                organisation="LĐLĐ huyện Hoài Đức",
                organisation_from="title",
                period="6 tháng đầu năm 2022",
            ),
        ],
    ),
    (
        # A reprint a week later, with an updated number: the latest stands for the group.
        {
            "url": "https://congdoanhanoi.vn/hoai-duc-2.html",
            "site": "congdoanhanoi_vn",
            "title": "Hoài Đức phát triển đoàn viên",
            "body": "Kết nạp được 320/512 đoàn viên.",
            "published_at": "2022-07-25T08:00:00+07:00",
        },
        [
            figure(
                "Kết nạp được 320/512 đoàn viên.",
                "Kết nạp được 320/512 đoàn viên",
                metric="doan_vien_ket_nap",
                achieved=320,
                target=512,
                organisation="LĐLĐ huyện Hoài Đức",
                organisation_from="title",
                period="6 tháng đầu năm 2022",
                period_from="lead",
            ),
        ],
    ),
    (
        {
            "url": "https://laodongthudo.vn/dong-anh-2023.html",
            "site": "laodongthudo_vn",
            "title": "Đông Anh vượt chỉ tiêu phát triển đoàn viên",
            "body": DONG_ANH + "\n" + PLAN + "\n" + HOSTILE,
            "published_at": "2023-12-28T10:00:00+07:00",
        },
        [
            figure(
                DONG_ANH,
                "kết nạp hơn 1.400 đoàn viên, vượt 12% kế hoạch",
                metric="doan_vien_ket_nap",
                achieved=1400,
                percent=12,
                percent_kind="over_target",
                qualifiers={"achieved": "hơn"},
                organisation="LĐLĐ huyện Đông Anh",
                period="Năm 2023",
            ),
            figure(
                PLAN,
                "phấn đấu kết nạp từ 2.000 đến 2.500 đoàn viên",
                metric="doan_vien_ket_nap",
                kind="plan",
                target={"min": 2000, "max": 2500},
                organisation="LĐLĐ huyện Hoài Đức",
                period="Năm 2024",
            ),
            figure(
                HOSTILE,
                "kết nạp 5 đoàn viên",
                metric="doan_vien_ket_nap",
                achieved=5,
                organisation='Công đoàn <script>alert("x")</script>',
            ),
        ],
    ),
]


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("dashboard") / f"{DB}.db"
    with Archive(path) as archive:
        archive.upsert_sites(
            [
                {"slug": "laodongthudo_vn", "name": "Lao Động Thủ đô"},
                {"slug": "congdoanhanoi_vn", "name": "Công đoàn Hà Nội"},
            ]
        )
        for article, figures in ARTICLES:
            archive.save_article(article, None, "2024-01-01T00:00:00+07:00")
            archive.replace_union_stats(article, figures, "test")
    return path


def fetch(path, *urls):
    async def run():
        datasette = Datasette([str(path)])
        await datasette.invoke_startup()
        return [await datasette.client.get(url) for url in urls]

    return asyncio.run(run())


def page(path, url="", status=200):
    [response] = fetch(path, f"/{DB}/-/unionstats{url}")
    assert response.status_code == status, response.text[:500]
    return response.text


def table_rows(html: str) -> list[str]:
    """The rows of the page's table, as text with the tags removed."""
    body = html[html.index("<tbody>") : html.index("</tbody>")]
    rows = re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)
    return [" ".join(unescape(re.sub(r"<[^>]+>", " ", row)).split()) for row in rows]


def test_a_row_per_organisation_period_and_metric_with_achieved_target_and_share(archive_path):
    rows = table_rows(page(archive_path))
    founded = next(r for r in rows if "grassroots unions founded" in r)
    assert founded.startswith("LĐLĐ huyện Hoài Đức (from the title) 6 tháng đầu năm 2022")
    assert " 11 20 55% computed 1 " in founded  # 11/20: no percent written, so computed
    recruited = next(r for r in rows if "6 tháng đầu năm 2022" in r and "members recruited" in r)
    # The latest article's numbers; both articles listed; 320/512 computed as 62.5%.
    assert " 320 512 62.5% computed 2 " in recruited
    assert "The articles give different numbers." in recruited
    assert "310/512 (60.5%)" in recruited and "congdoanhanoi_vn 2022-07-25" in recruited


def test_percent_as_written_over_plan_and_ranges(archive_path):
    rows = table_rows(page(archive_path))
    dong_anh = next(r for r in rows if r.startswith("LĐLĐ huyện Đông Anh"))
    assert "hơn 1,400 – +12% over plan as written (vượt)" in dong_anh
    plan = next(r for r in rows if "Năm 2024" in r)
    assert " plan – 2,000–2,500 – 1 " in plan


def test_groups_are_by_organisation_then_latest_year(archive_path):
    rows = table_rows(page(archive_path))
    organisations = [row.split(" Năm")[0].split(" 6 tháng")[0] for row in rows]
    assert organisations.index("LĐLĐ huyện Đông Anh") < organisations.index("LĐLĐ huyện Hoài Đức")
    hoai_duc = [row for row in rows if row.startswith("LĐLĐ huyện Hoài Đức")]
    assert "Năm 2024" in hoai_duc[0]  # 2024 before 2022


def test_each_figure_links_to_its_sentence_in_the_article(archive_path):
    html = page(archive_path)
    links = re.findall(r'href="([^"]*\?figure=(\d+)#figure-\2[^"]*)"', html)
    assert len(links) == 6
    link = next(href for href, _ in links if "hoai-duc-141692" in href and "310" in unescape(href))
    assert link.startswith(f"/{DB}/articles/https~3A~2F~2Flaodongthudo~2Evn~2Fhoai-duc-141692")
    assert ":~:text=k%E1%BA%BFt%20n%E1%BA%A1p" in link  # a text fragment of the span
    figure_id = re.search(r"figure=(\d+)", link).group(1)
    [article] = fetch(archive_path, link.split("#")[0])
    assert article.status_code == 200
    text = article.text
    assert f'<mark id="figure-{figure_id}" class="congdoan-figure-sentence">' in text
    assert "<strong>kết nạp được 310/512 đoàn viên, đạt 60,5% kế hoạch</strong>" in text
    assert "Union statistics: members recruited" in text and "60.5% (as written)" in text
    # The sentence is marked once, in its paragraph; the others are as they were.
    assert text.count("<mark ") == 1 and "<p>Mở đầu.</p>" in text


def test_an_article_without_a_figure_or_with_anothers_is_unmarked(archive_path):
    base = f"/{DB}/articles/https~3A~2F~2Flaodongthudo~2Evn~2Fhoai-duc-141692~2Ehtml"
    plain, foreign, junk = fetch(archive_path, base, base + "?figure=4", base + "?figure=x")
    for response in (plain, foreign, junk):
        assert response.status_code == 200
        assert "<mark " not in response.text and "Union statistics:" not in response.text


@pytest.mark.parametrize(
    "query, present, absent",
    [
        ("?metric=cdcs_thanh_lap", ["grassroots unions founded"], ["members recruited"]),
        ("?site=congdoanhanoi_vn", ["320/512"], ["310/512", "Đông Anh"]),
        ("?year=2023", ["Đông Anh"], ["Hoài Đức"]),
        ("?year=2024&kind=plan", ["2,000–2,500"], ["Đông Anh", "6 tháng"]),
        ("?kind=result", ["Đông Anh", "6 tháng"], ["2,000–2,500"]),
    ],
)
def test_filters_by_metric_site_year_and_kind(archive_path, query, present, absent):
    text = " ".join(table_rows(page(archive_path, query)))
    for wanted in present:
        assert wanted in text
    for unwanted in absent:
        assert unwanted not in text


def test_bad_filters_are_ignored_or_find_nothing(archive_path):
    assert "No figure with these filters" in page(archive_path, "?metric=%3Cb%3E")
    assert len(table_rows(page(archive_path, "?year=20x3&kind=x"))) == len(
        table_rows(page(archive_path))
    )


def test_what_articles_say_is_escaped(archive_path):
    html = page(archive_path)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


def test_the_page_is_linked_from_the_navigation(archive_path):
    [database, dashboard, redirect] = fetch(
        archive_path, f"/{DB}", f"/{DB}/-/dashboard", "/-/unionstats?metric=other"
    )
    assert f'href="/{DB}/-/unionstats"' in database.text
    assert f'href="/{DB}/-/unionstats"' in dashboard.text
    assert redirect.status_code == 302
    assert redirect.headers["location"] == f"/{DB}/-/unionstats?metric=other"


def test_an_archive_before_m011_says_how_to_fill_it(tmp_path):
    path = tmp_path / f"{DB}.db"
    db = Database(path)
    register_sql_functions(db.conn)
    migrations.apply(db, stop_before="m011_union_stats")
    db.close()
    assert "congdoan unionstats --db" in page(path)


# The pure parts


def test_plan_share_says_how_it_was_had():
    assert plan_share({"percent": 60.5, "percent_kind": "of_target"}) == {
        "text": "60.5%",
        "how": "as written",
    }
    assert plan_share({"percent": 40, "percent_kind": "rate"})["how"].startswith("as written, a")
    assert plan_share({"achieved": 8, "target": 25}) == {"text": "32%", "how": "computed"}
    assert plan_share({"achieved": 8, "target": 0}) is None
    assert plan_share({"achieved": None, "target": 25}) is None


def test_amounts_are_written_with_their_qualifier_and_range():
    row = {"achieved": 1400, "achieved_min": 1400, "achieved_max": 1400}
    assert amount_text(row, "achieved", {"achieved": "hơn"}) == "hơn 1,400"
    row = {"target": None, "target_min": 2000, "target_max": 2500.0}
    assert amount_text(row, "target", {}) == "2,000–2,500"
    assert amount_text({"achieved": 2.5}, "achieved", {}) == "2.5"
    assert amount_text({}, "target", {}) == ""


def test_text_fragments_escape_their_reserved_characters():
    assert text_fragment("đạt 60,5% - kế hoạch & chỉ tiêu") == (
        ":~:text=%C4%91%E1%BA%A1t%2060%2C5%25%20%2D%20k%E1%BA%BF%20ho%E1%BA%A1ch%20%26%20"
        "ch%E1%BB%89%20ti%C3%AAu"
    )
    assert text_fragment(None) == ""


def test_marked_paragraphs_escape_and_fall_back_to_the_span():
    paragraphs = ["A <b>", "Kết nạp 5 đoàn viên <i>.", "Z"]
    figure = {"id": 7, "sentence": "not in the text", "text_span": "Kết nạp 5 đoàn viên"}
    marked = marked_paragraphs(paragraphs, figure)
    assert marked[0] == "A <b>" and marked[2] == "Z"  # left to the template, which escapes
    assert str(marked[1]) == (
        '<mark id="figure-7" class="congdoan-figure-sentence"><strong>Kết nạp 5 đoàn viên'
        "</strong></mark> &lt;i&gt;."
    )
    assert marked_paragraphs(paragraphs, {"id": 1, "sentence": "x y z"}) == paragraphs


def test_groups_keep_every_figure_and_the_latest_stands_for_them():
    def view(url, achieved, **fields):
        return {
            "url": url,
            "metric": "doan_vien_ket_nap",
            "achieved_text": str(achieved),
            "target_text": "",
            "organisation": "LĐLĐ quận",
            "period": "năm 2023",
            "year": 2023,
            **fields,
        }

    figures = [view("b", 20), view("a", 10), view("a", 3, kind="plan")]
    groups = group_figures(figures)
    assert [(g["kind"], g["articles"], len(g["figures"])) for g in groups] == [
        ("", 2, 2),
        ("plan", 1, 1),
    ]
    assert groups[0]["latest"]["achieved_text"] == "20" and groups[0]["differ"]


def test_filters_read_only_what_they_know():
    args = {"metric": " other ", "year": "2023", "kind": "plan", "site": "x"}
    assert Filters.read(args) == Filters("other", "x", "2023", "plan")
    assert Filters.read({"year": "1; drop", "kind": "all"}) == Filters()
    where, params = Filters("other", "", "2023", "").where()
    assert where == " where s.metric = :metric and s.year = :year"
    assert params == {"metric": "other", "year": 2023}
