"""The archive key of an article: its canonical URL when the page may name one, else its URL.

A page chooses its own ``<link rel="canonical">`` (or ``og:url``), so a hostile or broken page
can name any URL: another site's archived article (its row would be overwritten), a
``javascript:``, ``file:`` or ``data:`` URL. A canonical URL is trusted only on the fetched
page's own origin (scheme, host and port) or on a host the site lists (Site.base_url's host and
its www. variant: the mirror of a described site names the real site's URLs).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Collection
from urllib.parse import urlsplit

WEB_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
# How much of an ignored canonical URL a warning quotes (a data: URL can be megabytes).
QUOTED_URL_CHARS = 120

Origin = tuple[str, str, int]
# Authorities as site_hosts gives them: "host" on the scheme's default port, else "host:port".
Hosts = Collection[str]


def origin(url: str | None) -> Origin | None:
    """(scheme, host, port) of an http(s) URL, the port made explicit; None for any other URL
    (another scheme, no host, a bad port, credentials or whitespace inside)."""
    if not url or any(c.isspace() or ord(c) < 32 for c in url):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in WEB_SCHEMES or not parts.hostname or parts.username is not None:
        return None
    return scheme, parts.hostname, port or DEFAULT_PORTS[scheme]


def authority(url: str | None) -> str | None:
    """The host of an http(s) URL, with ":port" when the port is not its scheme's default."""
    found = origin(url)
    return _authority(*found) if found else None


def _authority(scheme: str, host: str, port: int) -> str:
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    return host if port == DEFAULT_PORTS[scheme] else f"{host}:{port}"


def site_hosts(*base_urls: str | None) -> frozenset[str]:
    """The hosts a site lists: each base URL's authority and its www. variant (with or without)."""
    hosts = set()
    for url in base_urls:
        found = origin(url)
        if found is None:
            continue
        scheme, host, port = found
        bare = host.removeprefix("www.")
        names = (host,) if _is_ip_address(host) else (bare, "www." + bare)
        hosts.update(_authority(scheme, name, port) for name in names)
    return frozenset(hosts)


def _is_ip_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def trusted_canonical(
    fetched_url: str,
    canonical_url: str | None,
    allowed_hosts: Hosts = frozenset(),
) -> bool:
    """Whether the page at `fetched_url` may name `canonical_url` as its archive key: an http(s)
    URL on the fetched page's origin, or on one of `allowed_hosts` (authorities as site_hosts
    gives them: "host" on the scheme's default port, else "host:port")."""
    found = origin(canonical_url)
    if found is None:
        return False
    return found == origin(fetched_url) or authority(canonical_url) in allowed_hosts


def article_key(
    fetched_url: str,
    canonical_url: str | None,
    allowed_hosts: Hosts = frozenset(),
) -> str:
    """The URL an article is archived under: `canonical_url` when trusted_canonical, else the
    URL the page was fetched from (after redirects)."""
    if canonical_url and trusted_canonical(fetched_url, canonical_url, allowed_hosts):
        return canonical_url
    return fetched_url


def keyed_article(article: dict, allowed_hosts: Hosts = frozenset()) -> dict:
    """A copy of an extraction record keyed by article_key. An ignored canonical URL is said in
    `warnings`; one that is not even an http(s) URL is dropped from `canonical_url` too (a
    ``javascript:`` link has no place in the archive's columns)."""
    row = dict(article)
    fetched, canonical = article["url"], article.get("canonical_url")
    row["url"] = article_key(fetched, canonical, allowed_hosts)
    if canonical and row["url"] != canonical:
        row["warnings"] = [*(article.get("warnings") or []), ignored_warning(canonical)]
        if origin(canonical) is None:
            row["canonical_url"] = None
    return row


def ignored_warning(canonical_url: str) -> str:
    """The warning for a canonical URL that does not key the article."""
    quoted = canonical_url[:QUOTED_URL_CHARS] + (
        "…" if len(canonical_url) > QUOTED_URL_CHARS else ""
    )
    why = "another site's" if origin(canonical_url) else "not an http(s)"
    return f"canonical URL ignored ({why} URL): {quoted}"
