"""The sample mirror's server: files, routes, redirects, cookie challenges, base URLs."""

import urllib.request

from crawler.cli import described_sites
from crawler.mirror import (
    CHALLENGE_PAGE,
    Route,
    file_for,
    has_cookie,
    load_routes,
    resolve,
    serving,
)
from crawler.responses import challenge_cookie
from tests.crawl_fakes import MIRROR

LDTD = MIRROR / "laodongthudo_vn"
CHALLENGED = "/cong-doan-nganh-giao-duc-ha-noi-tong-ket-nam-hoc-186012.html"
COOKIE = "D1N=3f6c2a9e8b1d4c7f9a0e5b2d6c8f1a34"


def get(target, cookie=None, site_dir=LDTD):
    return resolve(site_dir, load_routes(site_dir), target, cookie, "http://127.0.0.1:9")


def test_every_mirror_site_has_robots_txt():
    for site_dir in (p for p in MIRROR.iterdir() if p.is_dir()):
        assert (site_dir / "robots.txt").is_file(), site_dir.name


def test_plain_file_and_folder_index():
    assert get("/cong-doan").body.startswith(b"<!DOCTYPE html>")
    reply = get("/rss/cong-doan.rss")
    assert reply.headers["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert b"http://127.0.0.1:9/cong-doan" in reply.body  # {{base_url}} filled in


def test_routes_give_status_location_type_and_file():
    assert get("/tin-da-go-bo-186010.html").status == 404
    redirect = get("/bai-viet-da-chuyen-chuyen-muc-186011.html")
    assert (redirect.status, redirect.headers["Location"]) == (301, "/")
    pdf = get("/bao-cao-tong-ket-cong-tac-cong-doan-nam-2025-186016.html")
    assert pdf.headers["Content-Type"] == "application/pdf"
    assert pdf.body.startswith(b"%PDF")
    assert b"BRSR" in get("/cong-doan&s_cond=&BRSR=16").body


def test_challenge_until_the_cookie_comes_back():
    first = get(CHALLENGED)
    assert challenge_cookie(first.body) == tuple(COOKIE.split("="))
    assert challenge_cookie(get(CHALLENGED, cookie=COOKIE).body) is None


def test_always_challenge_ignores_the_cookie():
    target = "/thong-bao-lich-tiep-doan-vien-cua-chu-tich-cong-doan-186013.html"
    cookie = "D1N=9b2e4f6a1c3d5e7f8a0b2c4d6e8f0a1b"
    assert challenge_cookie(get(target, cookie=cookie).body)


def test_underscore_files_and_escapes_are_not_served():
    assert get("/_routes.json").status == 404
    assert get("/cong-doan/_page2.html").status == 404
    assert file_for(LDTD, "/../nld_com_vn/robots.txt") is None


def test_has_cookie():
    assert has_cookie("a=1; D1N=x", "D1N=x")
    assert not has_cookie("D1N=y", "D1N=x")
    assert not has_cookie(None, "D1N=x")


def test_route_defaults():
    assert Route() == Route(status=200)
    page = CHALLENGE_PAGE.format(cookie="D1N=1")
    assert 'document.cookie="D1N=1"' in page


def test_serving_answers_over_http():
    with serving(MIRROR) as urls:
        # One folder per described site, and the generic portal.
        assert "generic" in urls
        assert set(urls) - {"generic"} <= set(described_sites())
        for slug, url in urls.items():
            # laodong.vn serves robots.txt behind its cookie challenge too: send the cookie.
            route = load_routes(MIRROR / slug).get("/robots.txt")
            cookie = {"Cookie": route.challenge} if route and route.challenge else {}
            request = urllib.request.Request(url + "/robots.txt", headers=cookie)
            with urllib.request.urlopen(request) as reply:
                assert reply.status == 200
                assert b"User-agent" in reply.read()
