"""ArchivePipeline with built responses: articles and pages stored, rejections counted."""

import contextlib
import json
import logging
import os

import pytest
from scrapy.exceptions import DropItem, NotConfigured
from sqlite_utils import Database

from crawler.items import ArticleItem
from crawler.pipelines import ArchivePipeline, archive_row, run_notes
from spiders.generic import GenericSpider
from spiders.laodongthudo_vn import LaodongthudoVnSpider
from storage import Archive
from storage.lock import holds
from tests.crawl_fakes import BASE, make_crawler, mirror_response

ARTICLES = (
    "/cong-doan-ha-noi-trao-200-suat-qua-cho-cong-nhan-kho-khan-186001.html",
    "/ket-nap-1500-doan-vien-moi-tai-khu-cong-nghiep-thang-long-186002.html",
    "/hoi-nghi-doi-thoai-giua-lanh-dao-thanh-pho-va-cong-nhan-lao-dong-186003.html",
)
BAD = ("/tin-da-go-bo-186010.html", "/video-le-phat-dong-thang-cong-nhan-186015.html")


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "archive.db")


def crawler_for(db_path, spidercls=LaodongthudoVnSpider, **settings):
    settings = {
        "ARCHIVE_DB_PATH": db_path,
        "ARCHIVE_BASE_URLS": {"laodongthudo_vn": BASE},
        **settings,
    }
    kwargs = {"start_url": BASE + "/"} if spidercls is GenericSpider else {}
    return make_crawler(spidercls, settings, **kwargs)


def run(db_path, targets, reason="finished", **settings):
    """One crawl run through the pipeline: open, every page's item, close."""
    crawler = crawler_for(db_path, **settings)
    pipeline = ArchivePipeline.from_crawler(crawler)
    pipeline.open_spider()
    for target in targets:
        item = crawler.spider.judge.judge(mirror_response("laodongthudo_vn", target))
        with contextlib.suppress(DropItem):  # a RejectedPage: counted, then dropped
            pipeline.process_item(item)
    pipeline.close_spider()
    pipeline.spider_closed(crawler.spider, reason)
    return crawler


def crawls(db_path):
    return list(Database(db_path)["crawls"].rows_where(order_by="id"))


def test_articles_and_pages_are_stored(db_path):
    run(db_path, ARTICLES)
    db = Database(db_path)
    assert db["articles"].count == 3
    assert db["pages"].count == db["page_bodies"].count == 3
    row = db["articles"].get(BASE + ARTICLES[0])
    assert row["site"] == "laodongthudo_vn"
    assert row["crawl_id"] == 1
    with Archive(db_path) as archive:
        assert archive.page_body(row["page_sha256"]).startswith(b"<!DOCTYPE html>")
    assert db["sites"].get("laodongthudo_vn")["name"] == "Lao Động Thủ Đô"


def test_rejections_are_counted_never_stored(db_path, caplog):
    with caplog.at_level(logging.INFO, logger="crawler.pipelines"):
        run(db_path, ARTICLES[:1] + BAD)
    assert Database(db_path)["articles"].count == 1
    [crawl] = crawls(db_path)
    assert crawl["status"] == "finished"
    assert (crawl["fetched"], crawl["new"], crawl["rejected"]) == (3, 1, 2)
    assert json.loads(crawl["rejected_reasons"]) == {"http_404": 1, "no_body": 1}
    logged = [r.getMessage() for r in caplog.records if r.getMessage().startswith("rejected")]
    assert logged == [
        f"rejected {BASE}{BAD[0]}: http_404",
        f"rejected {BASE}{BAD[1]}: no_body (0 chars)",
    ]


def test_second_run_changes_nothing_but_last_seen(db_path):
    run(db_path, ARTICLES)
    before = {r["url"]: r for r in Database(db_path)["articles"].rows}
    run(db_path, ARTICLES)
    second = crawls(db_path)[1]
    assert (second["new"], second["updated"], second["unchanged"]) == (0, 0, 3)
    for url, row in before.items():
        after = Database(db_path)["articles"].get(url)
        changed = {k for k in row if row[k] != after[k]}
        assert changed <= {"last_seen_at"}


def test_batches_are_written_as_they_fill(db_path):
    crawler = crawler_for(db_path, ARCHIVE_BATCH_SIZE=2)
    pipeline = ArchivePipeline.from_crawler(crawler)
    pipeline.open_spider()
    for target in ARTICLES:
        pipeline.process_item(
            crawler.spider.judge.judge(mirror_response("laodongthudo_vn", target))
        )
    pipeline.wait()
    assert Database(db_path)["articles"].count == 2
    pipeline.close_spider()
    assert Database(db_path)["articles"].count == 3
    pipeline.spider_closed(crawler.spider, "finished")


def test_a_bad_batch_is_rolled_back_and_counted(db_path):
    crawler = crawler_for(db_path)
    pipeline = ArchivePipeline.from_crawler(crawler)
    pipeline.open_spider()
    good = crawler.spider.judge.judge(mirror_response("laodongthudo_vn", ARTICLES[0]))
    broken = ArticleItem(article={**good.article, "title": None}, page=good.page)
    pipeline.process_item(good)
    pipeline.process_item(broken)
    pipeline.close_spider()
    pipeline.spider_closed(crawler.spider, "finished")
    assert Database(db_path)["articles"].count == 0  # all of the batch or none of it
    [crawl] = crawls(db_path)
    assert crawl["errors"] == 2


def test_close_reason_and_notes_are_recorded(db_path):
    crawler = crawler_for(db_path)
    crawler.stats.set_value("robotstxt/forbidden", 1)
    pipeline = ArchivePipeline.from_crawler(crawler)
    pipeline.open_spider()
    pipeline.close_spider()
    pipeline.spider_closed(crawler.spider, "shutdown")
    [crawl] = crawls(db_path)
    assert crawl["status"] == "shutdown"
    assert crawl["notes"] == "robots.txt forbade 1 URL(s)"


def test_generic_crawl_has_its_sites_row(db_path):
    crawler = crawler_for(db_path, GenericSpider)
    pipeline = ArchivePipeline.from_crawler(crawler)
    pipeline.open_spider()
    pipeline.close_spider()
    pipeline.spider_closed(crawler.spider, "finished")
    assert Database(db_path)["sites"].get("generic")["name"] == "Undescribed sites"
    assert crawls(db_path)[0]["site"] == "generic"


def test_disabled_archive(db_path):
    with pytest.raises(NotConfigured):
        ArchivePipeline.from_crawler(crawler_for(db_path, ARCHIVE_ENABLED=False))


def test_archive_row_is_keyed_by_canonical_url():
    article = {"url": "http://a/x-1.html?utm=rss", "canonical_url": "http://a/x-1.html"}
    assert archive_row(article)["url"] == "http://a/x-1.html"


def test_run_notes():
    assert run_notes({}) is None
    stats = {"robotstxt/forbidden": 2, "cookie_challenge/retried": 1}
    assert run_notes(stats) == (
        "robots.txt forbade 2 URL(s); 1 cookie challenge(s) retried with the cookie"
    )


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_a_batch_is_written_once_it_has_waited_flush_seconds(db_path):
    crawler = crawler_for(db_path, ARCHIVE_BATCH_SIZE=50, ARCHIVE_FLUSH_SECONDS=2)
    pipeline = ArchivePipeline.from_crawler(crawler)
    pipeline.clock = clock = FakeClock()
    pipeline.open_spider()
    judge = crawler.spider.judge.judge
    pipeline.process_item(judge(mirror_response("laodongthudo_vn", ARTICLES[0])))
    clock.now += 1.5
    pipeline.flush_if_due()  # what the timer calls between items
    pipeline.wait()
    assert Database(db_path)["articles"].count == 0
    clock.now += 0.5
    pipeline.flush_if_due()
    pipeline.wait()
    assert Database(db_path)["articles"].count == 1
    # The next article starts a new wait: a full interval, not what is left of the last one.
    pipeline.process_item(judge(mirror_response("laodongthudo_vn", ARTICLES[1])))
    clock.now += 1.9
    pipeline.process_item(judge(mirror_response("laodongthudo_vn", ARTICLES[2])))
    pipeline.wait()
    assert Database(db_path)["articles"].count == 1
    clock.now += 0.1
    pipeline.flush_if_due()
    pipeline.wait()
    assert Database(db_path)["articles"].count == 3
    pipeline.close_spider()
    pipeline.spider_closed(crawler.spider, "finished")


def test_health_figures_are_recorded_at_close(db_path):
    run(db_path, ARTICLES + BAD[:1])
    [crawl] = crawls(db_path)
    assert crawl["extracted"] == 3
    assert crawl["title_share"] == crawl["time_share"] == 1.0
    assert crawl["leaked_markers"] == 0
    assert json.loads(crawl["layouts"]) == {"mastercms-2022": 3}
    bodies = sorted(len(r["body"]) for r in Database(db_path)["articles"].rows)
    assert crawl["median_body_chars"] == bodies[1]


def test_runs_left_running_by_a_dead_process_are_marked_killed(db_path, caplog):
    with Archive(db_path) as archive:
        archive.db["crawls"].insert(
            {"site": "laodongthudo_vn", "status": "running", "pid": 4242, "host": "may-cu"}
        )
    with caplog.at_level(logging.WARNING, logger="crawler.pipelines"):
        run(db_path, ARTICLES[:1])
    assert [(c["status"], c["pid"]) for c in crawls(db_path)] == [
        ("killed", 4242),
        ("finished", os.getpid()),
    ]
    [warning] = [r.getMessage() for r in caplog.records]
    assert warning.startswith("crawl 1 of laodongthudo_vn") and "marked killed" in warning


def test_a_failed_close_leaves_the_row_running_and_releases_the_lock(db_path, monkeypatch):
    def broken_finish(self, *args):
        raise OSError("disk full")

    monkeypatch.setattr(Archive, "finish_crawl", broken_finish)
    run(db_path, ARTICLES[:1])
    assert [c["status"] for c in crawls(db_path)] == ["running"]
    assert not holds(db_path)
    monkeypatch.undo()
    run(db_path, ARTICLES[:1])  # the next run closes the books on it
    assert [c["status"] for c in crawls(db_path)] == ["killed", "finished"]


def test_spiders_of_one_process_never_mark_each_other_killed(db_path):
    first, second = (ArchivePipeline.from_crawler(crawler_for(db_path)) for _ in range(2))
    first.open_spider()
    second.open_spider()  # as `congdoan crawl` opens every site's spider at once
    assert [c["status"] for c in crawls(db_path)] == ["running", "running"]
    for pipeline in (first, second):
        pipeline.close_spider()
        pipeline.spider_closed(pipeline.crawler.spider, "finished")
    assert [c["status"] for c in crawls(db_path)] == ["finished", "finished"]
