"""The cookie-challenge middleware: answer once with the cookie, then let pages through."""

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse
from scrapy.http.request import NO_CALLBACK

from crawler.middlewares import CookieChallengeMiddleware, with_cookies
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
