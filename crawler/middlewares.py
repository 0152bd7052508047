"""CookieChallengeMiddleware: answers a JavaScript cookie challenge once, then lets pages pass."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from scrapy.exceptions import NotConfigured

from .responses import challenge_cookie

logger = logging.getLogger(__name__)


def with_cookies(header: bytes | None, cookies: dict[str, str]) -> bytes:
    """A Cookie header value: the existing one plus `cookies` (which win on a name clash)."""
    pairs = {}
    for part in (header or b"").decode("latin-1").split(";"):
        name, sep, value = part.strip().partition("=")
        if sep:
            pairs[name] = value
    pairs.update(cookies)
    return "; ".join(f"{k}={v}" for k, v in pairs.items()).encode("latin-1")


class CookieChallengeMiddleware:
    """Sets the cookie a challenge page asks for and fetches the URL again, once.

    laodong.vn answers plain clients with HTTP 200 and a tiny script that sets ``D1N=…`` and
    reloads (research/sites.md §2). The cookie is kept per host and sent with every later
    request to that host, so the crawl needs Scrapy's cookie jar for nothing else
    (``COOKIES_ENABLED = False``: no cookie goes to a site that did not ask for one).
    A second challenge for the same request goes through to the spider, which rejects it as
    ``cookie_challenge`` so it is never archived. laodong.vn serves the challenge on feeds,
    sitemaps and robots.txt as well (§2): every response passes here whatever its type, and
    the robots.txt that RobotsTxtMiddleware fetches itself too (Scrapy's engine downloads the
    Request returned here in its place), so robots rules and "Sitemap:" lines are the real
    ones. Setting: ``COOKIE_CHALLENGE_ENABLED``.
    """

    def __init__(self, stats=None) -> None:
        self.stats = stats
        self.cookies: dict[str, dict[str, str]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("COOKIE_CHALLENGE_ENABLED", True):
            raise NotConfigured("COOKIE_CHALLENGE_ENABLED is off")
        return cls(crawler.stats)

    def process_request(self, request):
        cookies = self.cookies.get(urlsplit(request.url).netloc)
        if cookies:
            request.headers["Cookie"] = with_cookies(request.headers.get("Cookie"), cookies)
        return None

    def process_response(self, request, response):
        if request.meta.get("cookie_challenge_answered") or response.status != 200:
            return response
        cookie = challenge_cookie(response.body)
        if cookie is None:
            return response
        name, value = cookie
        logger.info("cookie challenge at %s: retrying with %s", response.url, name)
        if self.stats:
            self.stats.inc_value("cookie_challenge/retried")
        self.cookies.setdefault(urlsplit(request.url).netloc, {})[name] = value
        retry = request.replace(dont_filter=True)
        retry.meta["cookie_challenge_answered"] = True
        return retry
