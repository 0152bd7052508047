"""Archive keys: a page's canonical URL keys its article only on its origin or the site's hosts."""

import pytest

from crawler.keys import (
    article_key,
    authority,
    ignored_warning,
    keyed_article,
    origin,
    site_hosts,
    trusted_canonical,
)

FETCHED = "https://nld.com.vn/cong-doan-tp-hcm-ky-ket-thoa-uoc-196260312083015123.htm"
MIRROR = "http://127.0.0.1:8999/cong-doan-tp-hcm-ky-ket-thoa-uoc-196260312083015123.htm"
NLD = site_hosts("https://nld.com.vn")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://nld.com.vn/a.htm", ("https", "nld.com.vn", 443)),
        ("HTTP://NLD.com.vn:80/a", ("http", "nld.com.vn", 80)),
        ("http://127.0.0.1:8999/a", ("http", "127.0.0.1", 8999)),
        ("http://[::1]:81/a", ("http", "::1", 81)),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("data:text/html,<h1>x</h1>", None),
        ("ftp://nld.com.vn/a", None),
        ("https://user:pw@nld.com.vn/a", None),
        ("https://nld.com.vn/a\nb", None),
        ("https://nld.com.vn:99999/a", None),
        ("http://[::1/a", None),
        ("/relative/path", None),
        ("", None),
        (None, None),
    ],
)
def test_origin(url, expected):
    assert origin(url) == expected


def test_authority_drops_only_the_default_port():
    assert authority("https://nld.com.vn:443/a") == "nld.com.vn"
    assert authority("http://nld.com.vn:8080/a") == "nld.com.vn:8080"
    assert authority("http://[::1]:81/a") == "[::1]:81"


def test_site_hosts_are_the_base_urls_and_their_www_variants():
    assert site_hosts("https://nld.com.vn") == {"nld.com.vn", "www.nld.com.vn"}
    assert site_hosts("https://www.laodong.vn/") == {"laodong.vn", "www.laodong.vn"}
    # An address has no www. variant; a port is part of the host.
    assert site_hosts("http://127.0.0.1:8999/", None, "javascript:x") == {"127.0.0.1:8999"}


@pytest.mark.parametrize(
    ("fetched", "canonical", "hosts", "key"),
    [
        # The page's own origin: its canonical URL (tracking parameters dropped) keys it.
        (FETCHED + "?utm_source=rss", FETCHED, frozenset(), FETCHED),
        (
            MIRROR,
            "http://127.0.0.1:8999/ban-goc-1.htm",
            frozenset(),
            "http://127.0.0.1:8999/ban-goc-1.htm",
        ),
        # Another port, scheme or host of the same machine is another origin.
        (MIRROR, "http://127.0.0.1:8998/x-1.htm", frozenset(), MIRROR),
        (MIRROR, "https://127.0.0.1:8999/x-1.htm", frozenset(), MIRROR),
        (MIRROR, "http://localhost:8999/x-1.htm", frozenset(), MIRROR),
        # Never a key: other schemes, another site's article.
        (FETCHED, "javascript:alert(document.cookie)", NLD, FETCHED),
        (FETCHED, "file:///etc/passwd", NLD, FETCHED),
        (FETCHED, "data:text/html;base64,PGgxPng8L2gxPg==", NLD, FETCHED),
        (FETCHED, "https://laodong.vn/cong-doan/bai-1234567.ldo", NLD, FETCHED),
        (FETCHED, "https://nld.com.vn.evil.example/x.htm", NLD, FETCHED),
        (FETCHED, "https://user@nld.com.vn/x.htm", NLD, FETCHED),
        # A host the site lists: the mirror of a described site names the real site's URLs.
        (MIRROR, FETCHED, NLD, FETCHED),
        (MIRROR, "https://www.nld.com.vn/x-1.htm", NLD, "https://www.nld.com.vn/x-1.htm"),
        (MIRROR, "http://nld.com.vn/x-1.htm", NLD, "http://nld.com.vn/x-1.htm"),
        # ... on its default port only.
        (MIRROR, "https://nld.com.vn:8443/x-1.htm", NLD, MIRROR),
        # No canonical URL, or an empty one.
        (FETCHED, None, NLD, FETCHED),
        (FETCHED, "", NLD, FETCHED),
    ],
)
def test_article_key(fetched, canonical, hosts, key):
    assert article_key(fetched, canonical, hosts) == key
    assert trusted_canonical(fetched, canonical, hosts) is (bool(canonical) and key == canonical)


def test_keyed_article_warns_and_drops_a_non_web_canonical():
    page = {"url": FETCHED, "canonical_url": "javascript:alert(1)", "warnings": ["no date"]}
    row = keyed_article(page, NLD)
    assert row["url"] == FETCHED
    assert row["canonical_url"] is None
    assert row["warnings"] == [
        "no date",
        "canonical URL ignored (not an http(s) URL): javascript:alert(1)",
    ]
    assert page["canonical_url"] == "javascript:alert(1)"  # the record itself is left alone


def test_keyed_article_keeps_another_sites_canonical_as_information():
    # A union portal republishing a newspaper's story names the original: kept, not the key.
    original = "https://laodong.vn/cong-doan/bai-goc-1234567.ldo"
    row = keyed_article({"url": FETCHED, "canonical_url": original, "warnings": []}, NLD)
    assert (row["url"], row["canonical_url"]) == (FETCHED, original)
    assert row["warnings"] == [f"canonical URL ignored (another site's URL): {original}"]


def test_keyed_article_trusted_canonical_has_no_warning():
    row = keyed_article({"url": FETCHED + "?a=1", "canonical_url": FETCHED, "warnings": []}, NLD)
    assert (row["url"], row["warnings"]) == (FETCHED, [])


def test_ignored_warning_quotes_a_long_url_short():
    warning = ignored_warning("data:text/html;base64," + "A" * 10_000)
    assert len(warning) < 200
    assert warning.endswith("…")
