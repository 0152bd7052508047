"""CookieChallengeMiddleware: answers a JavaScript cookie challenge once, then lets pages in."""

from __future__ import annotations

import logging

from scrapy.exceptions import NotConfigured

from .responses import challenge_cookie

logger = logging.getLogger(__name__)


class CookieChallengeMiddleware:
    """Sets the cookie a challenge page asks for and fetches the URL again, once.

    laodong.vn answers plain clients with HTTP 200 and a tiny script that sets ``D1N=…`` and
    reloads (research/sites.md §2). A second challenge for the same request goes through to
    the spider, which rejects it as ``cookie_challenge`` so it is never archived.
    Setting: ``COOKIE_CHALLENGE_ENABLED`` (default True).
    """

    def __init__(self, stats=None) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("COOKIE_CHALLENGE_ENABLED", True):
            raise NotConfigured("COOKIE_CHALLENGE_ENABLED is off")
        return cls(crawler.stats)

    def process_response(self, request, response):
        if request.meta.get("cookie_challenge_answered"):
            return response
        cookie = challenge_cookie(response.body) if response.status == 200 else None
        if cookie is None:
            return response
        name, value = cookie
        logger.info("cookie challenge at %s: retrying with %s", response.url, name)
        if self.stats:
            self.stats.inc_value("cookie_challenge/answered")
        retry = request.replace(
            cookies={**_as_dict(request.cookies), name: value}, dont_filter=True
        )
        retry.meta["cookie_challenge_answered"] = True
        return retry


def _as_dict(cookies) -> dict:
    if isinstance(cookies, dict):
        return dict(cookies)
    return {c["name"]: c["value"] for c in cookies or [] if "name" in c}
