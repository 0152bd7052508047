"""Downloader middlewares: cookie challenges answered once; redirects kept in scope,
Retry-After honoured, oversized pages and gzip bombs turned away and counted."""

import asyncio
import gzip
from datetime import UTC, datetime

import pytest
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response, TextResponse, XmlResponse
from scrapy.http.request import NO_CALLBACK

from crawler.commands.common import project_settings
from crawler.middlewares import (
    CookieChallengeMiddleware,
    RetryAfterMiddleware,
    ScopedRedirectMiddleware,
    SizeLimitMiddleware,
    redirect_scope,
    rejected_while_downloading,
    retry_after_seconds,
    scope_left,
    with_cookies,
)
from spiders.laodongthudo_vn import LaodongthudoVnSpider
from tests.crawl_fakes import make_crawler
from tests.test_responses import LAODONG_CHALLENGE

URL = "https://laodong.vn/cong-doan/bai-viet-1234567.ldo"


def middleware():
    return CookieChallengeMiddleware.from_crawler(make_crawler(LaodongthudoVnSpider))


def html(url, body, request):
    return HtmlResponse(url, body=body, request=request, headers={"Content-Type": "text/html"})


def test_challenge_is_retried_once_with_its_cookie():
    mw = middleware()
    request = Request(URL)
    retry = mw.process_response(request, html(URL, LAODONG_CHALLENGE, request))
    assert isinstance(retry, Request)
    assert retry.dont_filter
    assert retry.meta["cookie_challenge_answered"]
    mw.process_request(retry)
    assert retry.headers["Cookie"] == b"D1N=0123456789abcdef0123456789abcdef"


def test_second_challenge_goes_to_the_spider():
    mw = middleware()
    request = Request(URL, meta={"cookie_challenge_answered": True})
    response = html(URL, LAODONG_CHALLENGE, request)
    assert mw.process_response(request, response) is response


def test_cookie_goes_to_later_requests_of_that_host_only():
    mw = middleware()
    request = Request(URL)
    mw.process_response(request, html(URL, LAODONG_CHALLENGE, request))
    same_host = Request("https://laodong.vn/cong-doan", headers={"Cookie": "a=1"})
    other_host = Request("https://nld.com.vn/lao-dong.htm")
    mw.process_request(same_host)
    mw.process_request(other_host)
    assert same_host.headers["Cookie"] == b"a=1; D1N=0123456789abcdef0123456789abcdef"
    assert "Cookie" not in other_host.headers


def test_real_page_passes_untouched():
    mw = middleware()
    request = Request(URL)
    response = html(URL, b"<html><body><p>Tin</p></body></html>", request)
    assert mw.process_response(request, response) is response
    assert mw.cookies == {}


def test_with_cookies_replaces_a_cookie_of_the_same_name():
    assert with_cookies(b"D1N=old; x=1", {"D1N": "new"}) == b"D1N=new; x=1"
    assert with_cookies(None, {"D1N": "v"}) == b"D1N=v"


# laodong.vn serves the challenge on its feeds, sitemaps and robots.txt too (research/sites.md
# §2: "all https://laodong.vn/rss/*.rss returned this challenge", robots.txt "served behind the
# same challenge"); the page comes back as HTML whatever the URL asked for.
@pytest.mark.parametrize(
    ("url", "response_class", "meta"),
    [
        ("https://laodong.vn/rss/cong-doan.rss", TextResponse, {}),
        ("https://laodong.vn/sitemap.xml", XmlResponse, {}),
        # RobotsTxtMiddleware's own request: no callback, never checked against robots.txt.
        ("https://laodong.vn/robots.txt", TextResponse, {"dont_obey_robotstxt": True}),
    ],
)
def test_challenge_on_feeds_sitemaps_and_robots_is_answered(url, response_class, meta):
    mw = middleware()
    request = Request(url, meta=meta, callback=NO_CALLBACK if meta else None)
    challenge = response_class(url, body=LAODONG_CHALLENGE, request=request)
    retry = mw.process_response(request, challenge)
    assert isinstance(retry, Request)
    assert retry.url == url
    assert retry.callback is request.callback
    assert all(retry.meta[k] == v for k, v in meta.items())
    mw.process_request(retry)
    assert retry.headers["Cookie"] == b"D1N=0123456789abcdef0123456789abcdef"
    real = response_class(url, body=b"User-agent: *\nSitemap: /sitemap.xml\n", request=retry)
    assert mw.process_response(retry, real) is real


# --- Redirects kept in the crawl's scope -----------------------------------------------------

ROOT_URL = "https://laodongthudo.vn"
ARTICLE = ROOT_URL + "/cong-doan-ha-noi-trao-qua-186001.html"


@pytest.mark.parametrize(
    ("target", "first", "how"),
    [
        (ARTICLE + "?p=2", ARTICLE, None),
        ("https://www.laodongthudo.vn/x-1.html", ARTICLE, None),  # the root's www. variant
        ("https://laodongthudo.vn/x-1.html", "http://laodongthudo.vn/x-1.html", None),  # upgrade
        ("http://laodongthudo.vn/x-1.html", ARTICLE, "another scheme"),  # downgrade
        ("https://laodongthudo.vn:8443/x-1.html", ARTICLE, "another port"),
        ("https://nld.com.vn/x-1.htm", ARTICLE, "another host"),
        ("https://m.laodongthudo.vn/x-1.html", ARTICLE, "another host"),
        ("file:///etc/passwd", ARTICLE, "not an http(s) URL"),
        # A mirror: another port of 127.0.0.1 is another service, https on it another scheme.
        ("http://127.0.0.1:8999/b-2.html", "http://127.0.0.1:8999/a-1.html", None),
        ("http://127.0.0.1:6379/", "http://127.0.0.1:8999/a-1.html", "another port"),
        ("https://127.0.0.1:8999/a-1.html", "http://127.0.0.1:8999/a-1.html", "another scheme"),
        ("http://localhost:8999/a-1.html", "http://127.0.0.1:8999/a-1.html", "another host"),
    ],
)
def test_scope_left(target, first, how):
    assert scope_left(target, first, [ROOT_URL]) == how


def test_redirect_scope_holds_the_roots_and_upgrades():
    scope = redirect_scope("http://127.0.0.1:8999/a-1.html", ["http://laodong.vn"])
    assert scope == {
        ("http", "127.0.0.1", 8999),
        ("http", "laodong.vn", 80),
        ("http", "www.laodong.vn", 80),
        ("https", "laodong.vn", 443),
        ("https", "www.laodong.vn", 443),
    }


def scoped_middleware():
    crawler = make_crawler(LaodongthudoVnSpider)
    return ScopedRedirectMiddleware.from_crawler(crawler), crawler


def test_redirect_out_of_scope_is_turned_away_and_counted():
    mw, crawler = scoped_middleware()
    redirected = Request(
        "https://laodongthudo.vn:6379/x-1.html",
        meta={"redirect_urls": [ARTICLE]},
        errback=lambda failure: None,
    )
    with pytest.raises(IgnoreRequest, match=r"out of the crawl's scope \(another port\)"):
        mw.process_request(redirected)
    assert rejected_while_downloading(crawler.stats.get_stats()) == {"redirected_off_scope": 1}


def test_redirect_within_scope_passes():
    mw, crawler = scoped_middleware()
    redirected = Request(ROOT_URL + "/", meta={"redirect_urls": [ARTICLE]})
    assert mw.process_request(redirected) is None
    assert rejected_while_downloading(crawler.stats.get_stats()) == {}


def test_other_requests_are_filtered_offsite_as_scrapy_does():
    mw, crawler = scoped_middleware()
    mw.spider_opened(crawler.spider)
    assert mw.process_request(Request(ARTICLE)) is None
    with pytest.raises(IgnoreRequest, match="offsite"):
        mw.process_request(Request("https://nld.com.vn/x-1.htm"))
    # A redirected request is left to the downloader, where its errback hears of it.
    redirected = Request("https://nld.com.vn/x-1.htm", meta={"redirect_urls": [ARTICLE]})
    assert mw.request_scheduled(redirected, crawler.spider) is None
    assert rejected_while_downloading(crawler.stats.get_stats()) == {}


# --- Retry-After ----------------------------------------------------------------------------

NOW = datetime(2026, 6, 1, 8, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (b"120", 120.0),
        ("  7 ", 7.0),
        ("Mon, 01 Jun 2026 08:01:30 GMT", 90.0),
        ("Mon, 01 Jun 2026 07:00:00 GMT", 0.0),  # already past
        ("soon", None),
        ("-5", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_seconds(value, seconds):
    assert retry_after_seconds(value, NOW) == seconds


def retry_middleware(**settings):
    crawler = make_crawler(LaodongthudoVnSpider, settings)
    return RetryAfterMiddleware.from_crawler(crawler), crawler


def answer(status, **headers):
    request = Request(ARTICLE)
    return request, HtmlResponse(ARTICLE, status=status, headers=headers, request=request)


def test_retry_after_beyond_the_bound_is_not_retried():
    mw, crawler = retry_middleware(ARCHIVE_MAX_RETRY_AFTER=60)
    request, response = answer(503, **{"Retry-After": "3600"})
    assert asyncio.run(mw.process_response(request, response)) is response
    assert crawler.stats.get_value("retry/retry_after_too_long") == 1


def test_retry_after_within_the_bound_retries():
    mw, crawler = retry_middleware()
    request, response = answer(429, **{"Retry-After": "0"})
    retry = asyncio.run(mw.process_response(request, response))
    assert isinstance(retry, Request)
    assert (retry.url, retry.meta["retry_times"]) == (ARTICLE, 1)


def test_retries_are_still_bounded_by_retry_times():
    mw, _ = retry_middleware(RETRY_TIMES=1)
    request, response = answer(429, **{"Retry-After": "0"})
    request.meta["retry_times"] = 1
    assert asyncio.run(mw.process_response(request, response)) is response


def test_wait_without_retry_after_is_the_default():
    mw, _ = retry_middleware(ARCHIVE_RETRY_WAIT=7)
    assert mw.wait_for(answer(503)[1]) == 7
    assert mw.wait_for(answer(503, **{"Retry-After": "2"})[1]) == 2


def test_other_statuses_are_retried_as_scrapy_does():
    mw, _ = retry_middleware()
    request, response = answer(500)
    assert isinstance(asyncio.run(mw.process_response(request, response)), Request)
    request, response = answer(200)
    assert asyncio.run(mw.process_response(request, response)) is response


# --- Sizes ----------------------------------------------------------------------------------


def size_middleware(**settings):
    crawler = make_crawler(LaodongthudoVnSpider, settings)
    return SizeLimitMiddleware.from_crawler(crawler), crawler


def test_html_page_over_the_page_limit_is_turned_away():
    mw, crawler = size_middleware(ARCHIVE_MAX_PAGE_BYTES=1000)
    request = Request(ARTICLE, errback=lambda failure: None)
    headers = {"Content-Type": "text/html; charset=utf-8"}
    big = HtmlResponse(ARTICLE, body=b"<p>" + b"x" * 2000, headers=headers, request=request)
    with pytest.raises(IgnoreRequest, match="ARCHIVE_MAX_PAGE_BYTES"):
        mw.process_response(request, big)
    assert rejected_while_downloading(crawler.stats.get_stats()) == {"too_large": 1}
    small = HtmlResponse(ARTICLE, body=b"<p>tin</p>", request=request)
    assert mw.process_response(request, small) is small


def test_large_sitemap_is_not_an_html_page():
    mw, _ = size_middleware(ARCHIVE_MAX_PAGE_BYTES=1000)
    url = ROOT_URL + "/sitemap.xml"
    request = Request(url)
    sitemap = XmlResponse(url, body=b"<urlset>" + b" " * 5000 + b"</urlset>", request=request)
    assert mw.process_response(request, sitemap) is sitemap


def test_gzip_bomb_is_stopped_at_download_maxsize_and_counted():
    mw, crawler = size_middleware(DOWNLOAD_MAXSIZE=1024 * 1024)
    bomb = gzip.compress(b"\0" * (4 * 1024 * 1024))
    request = Request(ARTICLE)
    headers = {"Content-Encoding": "gzip", "Content-Type": "text/html"}
    response = Response(ARTICLE, body=bomb, headers=headers, request=request)
    with pytest.raises(IgnoreRequest, match="DOWNLOAD_MAXSIZE"):
        mw.process_response(request, response)
    assert rejected_while_downloading(crawler.stats.get_stats()) == {"too_large": 1}


def test_download_cancelled_at_maxsize_is_a_rejection():
    mw, crawler = size_middleware()
    error = DownloadCancelledError("Expected to receive 52428800 bytes which is larger")
    with pytest.raises(IgnoreRequest, match="download cancelled"):
        mw.process_exception(Request(ARTICLE), error)
    assert rejected_while_downloading(crawler.stats.get_stats()) == {"too_large": 1}
    assert mw.process_exception(Request(ARTICLE), TimeoutError()) is None


def test_rejected_while_downloading_reads_only_its_stats():
    stats = {
        "archive/rejected_downloading/too_large": 2,
        "archive/rejected/http_404": 1,
        "archive/rejected_downloading/redirected_off_scope": 0,
    }
    assert rejected_while_downloading(stats) == {"too_large": 2}


# --- The project's settings -----------------------------------------------------------------


def test_settings_put_the_hostile_input_middlewares_in_scrapys_place():
    settings = project_settings()
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
    replaced = {
        "offsite.OffsiteMiddleware": ScopedRedirectMiddleware,
        "retry.RetryMiddleware": RetryAfterMiddleware,
        "httpcompression.HttpCompressionMiddleware": SizeLimitMiddleware,
    }
    base = settings.getdict("DOWNLOADER_MIDDLEWARES_BASE")
    for name, ours in replaced.items():
        path = "scrapy.downloadermiddlewares." + name
        assert middlewares[path] is None
        assert middlewares[f"crawler.middlewares.{ours.__name__}"] == base[path]
    assert settings.getint("DOWNLOAD_MAXSIZE") == 32 * 1024 * 1024
    assert settings.getbool("TELNETCONSOLE_ENABLED") is False
