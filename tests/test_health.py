"""storage.health: a run's figures, reading them back, and the drift rules of `congdoan health`."""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from storage import Archive
from storage.health import (
    FIGURES,
    HEALTH_FIELDS,
    Finding,
    HealthTally,
    archive_health,
    crawl_health,
    drift,
    has_time,
    pool,
    run_pages,
    samples,
    since_iso,
    site_health,
    weighted_median,
)


def article(**fields):
    record = {
        "title": "Công đoàn trao quà Tết",
        "lead": "Sa-pô về đoàn viên.",
        "author": "Hà Thu",
        "published_at": "2026-01-20T08:15:00+07:00",
        "body": "x" * 100,
        "layout": "mastercms-2022",
        "warnings": [],
    }
    return {**record, **fields}


def test_tally_shares_median_markers_and_layouts():
    tally = HealthTally()
    tally.add(article())
    tally.add(article(author=None, published_at="2026-01-20", body="x" * 300))
    tally.add(article(lead=" ", layout="generic", warnings=["leaked marker: Tin liên quan"]))
    tally.add(
        article(
            author="",
            layout=None,
            body="x" * 500,
            warnings=["no date", "leaked marker: Xem thêm", "leaked marker: Tin khác"],
        )
    )
    assert tally.as_record() == {
        "extracted": 4,
        "title_share": 1.0,
        "time_share": 0.75,
        "author_share": 0.5,
        "lead_share": 0.75,
        "median_body_chars": 200,
        "leaked_markers": 3,
        # An article no layout read counts as "generic".
        "layouts": {"generic": 2, "mastercms-2022": 2},
    }


def test_an_empty_run_has_no_shares():
    record = HealthTally().as_record()
    assert record["extracted"] == 0 and record["layouts"] == {}
    assert record["title_share"] is None and record["median_body_chars"] is None


def test_has_time():
    assert has_time("2026-01-20T08:15:00+07:00")
    assert not has_time("2026-01-20")
    assert not has_time(None)


def test_crawl_health_by_site_and_days():
    archive = Archive(Database(memory=True))
    now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    for site, started_at in [
        ("laodong_vn", "2026-11-01T10:00:00+00:00"),
        ("laodong_vn", "2026-11-21T10:00:00+00:00"),
        ("nld_com_vn", "2026-11-22T10:00:00+00:00"),
    ]:
        crawl_id = archive.start_crawl(site, started_at)
        archive.finish_crawl(crawl_id, HealthTally().as_record(), started_at)
    runs = crawl_health(archive.db, days=7, now=now)
    assert [(r["site"], r["started_at"][:10]) for r in runs] == [
        ("laodong_vn", "2026-11-21"),
        ("nld_com_vn", "2026-11-22"),
    ]
    assert [r["id"] for r in crawl_health(archive.db, site="laodong_vn")] == [1, 2]
    assert since_iso(1, now) == "2026-11-21T12:00:00+00:00"


# Drift rules, on synthetic histories: crawl_health rows built by `run` and `daily`.

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def run(hours_ago, **fields):
    """One crawl_health row: a clean daily run of 12 article pages."""
    started = (NOW - timedelta(hours=hours_ago)).isoformat()
    record = {
        "id": int(10_000 - hours_ago),
        "site": "laodong_vn",
        "started_at": started,
        "finished_at": started,
        "status": "finished",
        "fetched": 12,
        "new": 4,
        "updated": 0,
        "unchanged": 8,
        "rejected": 0,
        "rejected_reasons": {},
        "errors": 0,
        "notes": None,
        "extracted": 12,
        "title_share": 1.0,
        "time_share": 0.9,
        "author_share": 0.8,
        "lead_share": 1.0,
        "median_body_chars": 2400,
        "leaked_markers": 0,
        "layouts": {"laodong-2026": 12},
    }
    return {**record, **fields}


def daily(days=10, **last):
    """A run a day for `days` days, the last one (an hour ago) with `last` changed."""
    runs = [run(24 * back + 1) for back in range(days - 1, 0, -1)]
    return [*runs, run(1, **last)]


def health(runs, families=("laodong", "mastercms")):
    return site_health("laodong_vn", runs, NOW, 30, family_layouts=families)


def verdicts(runs, **kwargs):
    return {check.figure: check.verdict for check in health(runs, **kwargs).checks}


def findings(runs, **kwargs):
    return {finding.figure: finding.message for finding in health(runs, **kwargs).findings}


def test_a_steady_site_has_no_finding():
    checks = health(daily()).checks
    assert [check.figure for check in checks] == [
        "new_articles",
        "runs",
        "last_run",
        *FIGURES,
    ]
    assert {check.verdict for check in checks} == {"ok"}


@pytest.mark.parametrize("field", ["title", "time", "author", "lead"])
def test_a_fill_rate_more_than_20_points_under_its_median_drifts(field):
    usual = run(1)[f"{field}_share"]
    assert findings(daily(**{f"{field}_share": usual - 0.25})).keys() == {field}
    assert findings(daily(**{f"{field}_share": usual - 0.15})) == {}


def test_the_fill_rate_message_says_how_far_under():
    message = findings(daily(time_share=0.25))["time"]
    assert message == "date with time: 25%, 65 points under the median 90%"


def test_a_body_median_40_percent_shorter_drifts():
    assert "45% under the median 2400" in findings(daily(median_body_chars=1320))["body"]
    assert findings(daily(median_body_chars=1680)) == {}  # 30% shorter: long features vs briefs


def test_articles_moving_to_no_layout_drift_twice():
    found = findings(daily(layouts={"generic": 9, "laodong-2026": 3}))
    assert found.keys() == {"site_layouts", "generic"}
    assert found["generic"] == "no layout matched: 75%, 75 points over the median 0%"


def test_a_site_layout_that_stopped_matching_is_named():
    # Read by the CMS family now: not "generic", but no longer the site's own markup.
    found = findings(daily(layouts={"laodong": 12}))
    assert found.keys() == {"site_layouts"}
    assert found["site_layouts"].endswith("(laodong-2026 stopped matching)")
    # Without the family's name, "laodong" would pass for a site layout.
    assert findings(daily(layouts={"laodong": 12}), families=()) == {}


def test_a_redesign_read_by_a_new_site_layout_is_no_drift():
    assert findings(daily(layouts={"laodong-2027": 12})) == {}


def test_leaked_markers_up_drift():
    assert findings(daily(leaked_markers=4)).keys() == {"leaked"}
    assert findings(daily(leaked_markers=2)) == {}  # 0.17 a page: under 0.2


@pytest.mark.parametrize("count", ["rejected", "errors"])
def test_rejected_or_error_share_more_than_20_points_up_drifts(count):
    # Of 12 pages: 4 is 33%, 2 is 17%.
    assert findings(daily(**{count: 4, "unchanged": 4})).keys() == {count}
    assert findings(daily(**{count: 2, "unchanged": 6})) == {}


def test_figures_need_enough_history_and_articles():
    assert verdicts(daily(days=3, time_share=0.0))["time"] == "not judged"
    assert verdicts(daily(days=4, time_share=0.0))["time"] == "drift"
    # Twelve pages but two articles: rejected pages are judged, fill rates are not.
    few = daily(extracted=2, time_share=0.0, new=2, unchanged=0, rejected=10)
    assert verdicts(few)["time"] == "not judged"
    assert verdicts(few)["rejected"] == "drift"


def test_small_runs_are_pooled_until_they_read_ten_pages():
    # Hourly incremental runs reading 0 to 3 pages each, grouped from the newest back:
    # 3+0+3+1+3, then 2+3+0+2+3, then 3+2+0+3+1+2; the oldest two (0+3) are left out.
    pages = [3, 0, 2, 1, 3, 0, 2, 3, 3, 2, 0, 3, 2, 3, 1, 3, 0, 3]
    runs = [
        run(len(pages) - i, unchanged=n, new=0, fetched=n, extracted=n) for i, n in enumerate(pages)
    ]
    groups = samples(runs)
    assert [sum(run_pages(r) for r in group) for group in groups] == [11, 10, 10]
    assert [len(group) for group in groups] == [6, 5, 5]
    assert groups[0][0] is runs[2] and groups[-1][-1] is runs[-1]


def test_a_lone_short_sample_is_kept():
    runs = [run(2, unchanged=1, new=0), run(1, unchanged=2, new=0)]
    assert samples(runs) == [runs]


def test_pooled_figures_weigh_runs_by_their_articles():
    figures = pool(
        [
            run(
                3,
                extracted=2,
                title_share=0.5,
                median_body_chars=100,
                leaked_markers=1,
                layouts={"generic": 1, "laodong-2026": 1},
            ),
            run(
                2,
                extracted=6,
                title_share=1.0,
                median_body_chars=900,
                rejected=3,
                layouts={"laodong": 2, "laodong-2026": 4},
            ),
            run(
                1,
                status="killed",
                extracted=None,
                title_share=None,
                median_body_chars=None,
                layouts=None,
                new=None,
                unchanged=None,
                rejected=None,
                errors=None,
            ),
        ],
        family_layouts=("laodong",),
    )
    assert figures["title"] == round((0.5 * 2 + 1.0 * 6) / 8, 3)
    assert figures["body"] == 900  # six of the eight articles come from the 900-char run
    assert figures["layouts"] == {"generic": 1, "laodong": 2, "laodong-2026": 5}
    assert figures["site_layouts"] == 0.625 and figures["generic"] == 0.125
    assert figures["own_layouts"] == ["laodong-2026"]
    assert figures["leaked"] == 0.125
    assert figures["pages"] == 12 + 15 and figures["rejected"] == round(3 / 27, 3)


def test_weighted_median():
    assert weighted_median([(100, 1), (300, 1), (200, 1)]) == 200
    assert weighted_median([(100, 9), (300, 1)]) == 100
    assert weighted_median([(None, 3), (50, 0)]) is None


def test_no_new_article_for_longer_than_usual():
    # New articles every day until three days ago, runs every day since: over the 2-day floor.
    runs = daily()
    for late in runs[-3:]:
        late.update(new=0, unchanged=12)
    found = findings(runs)
    assert found.keys() == {"new_articles"}
    assert found["new_articles"] == (
        "new articles: none for 3.0 days, since 2026-11-19 11:00 UTC "
        "(usually every 24 h; limit 2.0 days)"
    )
    runs[-3]["new"] = 1  # 49 hours: still over the floor
    assert findings(runs).keys() == {"new_articles"}
    runs[-2]["new"] = 1  # 25 hours
    assert findings(runs) == {}


def weekly(found_days_ago):
    """A run a day for 30 days; those `found_days_ago` found new articles."""
    return [
        run(24 * back + 1, new=4 if back in found_days_ago else 0, unchanged=8)
        for back in range(29, -1, -1)
    ]


def test_a_weekly_site_waits_twice_its_usual_gap():
    # Eight days without a new article: over the two-day floor, within twice a week.
    assert verdicts(weekly({22, 15, 8}))["new_articles"] == "ok"
    message = findings(weekly({29, 22, 15}))["new_articles"]
    assert message.endswith("(usually every 7.0 days; limit 14.0 days)")


def test_no_new_article_in_the_whole_window():
    runs = [run(hours, new=0, unchanged=12) for hours in (100, 75, 50, 25, 1)]
    message = findings(runs)["new_articles"]
    assert "none for 4.2 days" in message and "too few to know the usual" in message
    assert findings(runs[-2:]) == {}  # a day of runs with nothing new: within the floor


def test_no_run_for_longer_than_usual():
    hourly = [run(hours, new=1, unchanged=1) for hours in range(60, 29, -1)]  # last: 30 h ago
    found = findings(hourly)
    assert "runs" in found and "usually every 1 h; limit 24 h" in found["runs"]
    recent = [run(hours, new=1, unchanged=1) for hours in range(40, 4, -1)]
    assert "runs" not in findings(recent)


@pytest.mark.parametrize(
    ("last", "message"),
    [
        ({"status": "killed", "notes": "process gone (pid 7 on a)"}, "was killed (process gone"),
        ({"status": "shutdown"}, "stopped early (shutdown)"),
        ({"errors": 5, "new": 0, "unchanged": 0, "fetched": 5}, "read nothing: 5 error(s)"),
    ],
)
def test_a_killed_stopped_or_failed_last_run_needs_a_person(last, message):
    assert message in findings(daily(**last))["last_run"]


def test_a_run_ended_at_its_limit_is_fine():
    assert verdicts(daily(status="closespider_pagecount"))["last_run"] == "ok"


def test_a_running_run_is_left_out_until_it_is_stuck():
    runs = [*daily(time_share=0.0), run(0.5, status="running", new=None, extracted=None)]
    site = health(runs)
    assert site.last_run["id"] == runs[-2]["id"] and site.running == [runs[-1]]
    assert findings(runs).keys() == {"time"}
    runs[-1] = run(30, status="running", new=None, extracted=None)
    runs.sort(key=lambda r: r["started_at"])
    assert "still running after 30 h" in findings(runs)["last_run"]


def test_drift_compares_pooled_samples():
    history = [pool([run(24 * d)]) for d in range(5, 1, -1)]
    assert drift(pool([run(1)]), history) == []
    [finding] = drift(pool([run(1, author_share=0.1)]), history)
    assert finding == Finding("author", "author: 10%, 70 points under the median 80%")


def archive_with_runs(sites, path=None):
    """An archive (in memory, or at `path`) holding `sites`: slug -> runs made by `run`."""
    archive = Archive(path or Database(memory=True))
    for site, runs in sites.items():
        for row in runs:
            crawl_id = archive.start_crawl(site, row["started_at"])
            if row["status"] == "running":
                continue
            counts = {key: row[key] for key in ("new", "updated", "unchanged", "errors", "notes")}
            counts |= {key: row[key] for key in HEALTH_FIELDS}
            counts |= {"status": row["status"], "fetched": row["fetched"]}
            counts["rejected_reasons"] = {"no_body": row["rejected"]} if row["rejected"] else {}
            archive.finish_crawl(crawl_id, counts, row["finished_at"])
    return archive


def test_archive_health_judges_sites_with_runs_in_the_window():
    archive = archive_with_runs(
        {
            "laodong_vn": daily(),
            "nld_com_vn": daily(lead_share=0.5),
            "generic": [run(24 * 40)],  # crawled once, 40 days ago
        }
    )
    report = archive_health(archive.db, 30, now=NOW)
    assert [(s.site, len(s.runs)) for s in report] == [
        ("generic", 0),
        ("laodong_vn", 10),
        ("nld_com_vn", 10),
    ]
    assert report[0].checks == [] and report[0].last_started_at.startswith("2026-10-13")
    assert [f.figure for s in report for f in s.findings] == ["lead"]
    [only] = archive_health(archive.db, 30, site="nld_com_vn", now=NOW)
    record = json.loads(json.dumps(only.as_record()))
    assert record["needs_person"] and record["findings"][0]["figure"] == "lead"
    assert record["latest"]["lead"] == 0.5 and record["last_run"]["id"] == 20


def test_the_views_show_the_figures_health_reads():
    runs = daily(rejected=3, unchanged=5, errors=1, layouts={"generic": 3, "laodong-2026": 9})
    archive = archive_with_runs({"laodong_vn": [*runs, run(0.5, status="running")]})
    rows = list(archive.db.query("select * from crawl_health order by id"))
    assert len(rows) == 11 and rows[-1]["status"] == "running"
    last = rows[-2]
    figures = pool([archive.crawl_health()[-2]])
    for view, figure in [
        ("title", "title"),
        ("time", "time"),
        ("author", "author"),
        ("lead", "lead"),
        ("no_layout", "generic"),
        ("rejected", "rejected"),
        ("error", "errors"),
    ]:
        assert last[f"{view}_pct"] == round(100 * figures[figure], 1), view
    assert last["pages"] == figures["pages"] == 13
    assert (last["main_layout"], last["main_layout_pct"]) == ("laodong-2026", 75.0)
    [site] = archive.db.query("select * from site_health")
    assert site["id"] == last["id"]  # the running row is not the last ended run
    assert site["last_new_article_run_at"] == last["started_at"]


def test_datasette_serves_the_health_views(tmp_path):
    import asyncio

    import yaml
    from datasette.app import Datasette

    metadata_path = Path(__file__).parent.parent / "storage" / "metadata.yml"
    metadata = yaml.safe_load(metadata_path.read_text(encoding="utf-8"))
    path = tmp_path / "archive.db"
    archive_with_runs({"laodong_vn": daily(), "nld_com_vn": daily()}, path).close()

    async def get(url):
        datasette = Datasette([str(path)], metadata=metadata)
        await datasette.invoke_startup()
        response = await datasette.client.get(url)
        assert response.status_code == 200, response.text
        return response.json()

    data = asyncio.run(get("/archive/site_health.json?_shape=objects"))
    assert [row["site"] for row in data["rows"]] == ["laodong_vn", "nld_com_vn"]
    assert data["rows"][0]["time_pct"] == 90.0
    data = asyncio.run(get("/archive/crawl_health.json?_facet=site"))
    assert len(data["rows"]) == 20
