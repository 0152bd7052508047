"""Downloader middlewares: cookie challenges answered, and hostile servers kept in bounds
(redirects out of the crawl's scope, Retry-After, oversized pages and decompression bombs)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from time import monotonic
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest, NotConfigured
from scrapy.utils.asyncio import sleep
from scrapy.utils.response import response_status_message
from twisted.internet.defer import CancelledError

from .keys import DEFAULT_PORTS, Origin, origin
from .responses import challenge_cookie, is_html

logger = logging.getLogger(__name__)

# Responses turned away in the downloader never reach the spider, so they yield no
# RejectedPage: they are counted in stats under this prefix, by reason, and the pipeline adds
# them to the run's rejections (rejected_while_downloading).
REJECTED_STATS = "archive/rejected_downloading/"


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


def count_rejected(stats, reason: str) -> None:
    """Count a response the downloader turned away, as the run's rejections read it."""
    if stats is not None:
        stats.inc_value(REJECTED_STATS + reason)


def rejected_while_downloading(stats: Mapping[str, int]) -> dict[str, int]:
    """The responses middlewares turned away, by reason, from a run's stats."""
    return {
        key.removeprefix(REJECTED_STATS): count
        for key, count in stats.items()
        if key.startswith(REJECTED_STATS) and count
    }


def _turn_away(request, stats, reason: str, message: str) -> IgnoreRequest:
    """Count a turned-away response and build the IgnoreRequest that drops it. Its message is
    the one log line: the request's errback logs it (ArchiveSpider.request_failed), so it is
    logged here only for requests without one (robots.txt)."""
    count_rejected(stats, reason)
    if request.errback is None:
        logger.info("%s", message)
    return IgnoreRequest(message)


# --- Redirects ----------------------------------------------------------------------------


def www_variant(found: Origin) -> Origin:
    """The same origin with the host's www. prefix added, or removed."""
    scheme, host, port = found
    other = host.removeprefix("www.") if host.startswith("www.") else "www." + host
    return scheme, other, port


def redirect_scope(first_url: str, roots: Iterable[str] = ()) -> set[Origin]:
    """Where a redirect of a request for `first_url` may land: that URL's origin (scheme, host
    and port) and the crawl's roots' (a site's base URL or mirror, the generic start page) with
    their www. variants; and each of these hosts' https origin when it is plain http on the
    default port (the upgrade every site does: http://host/ → https://host/)."""
    roots = {found for found in map(origin, roots) if found}
    scope = {origin(first_url), *roots, *map(www_variant, roots)} - {None}
    upgrades = {
        ("https", host, DEFAULT_PORTS["https"])
        for scheme, host, port in scope
        if scheme == "http" and port == DEFAULT_PORTS["http"]
    }
    return scope | upgrades


def scope_left(url: str, first_url: str, roots: Iterable[str] = ()) -> str | None:
    """How a redirect from `first_url` to `url` leaves the crawl's scope ("another host",
    "another port", "another scheme", "not an http(s) URL"), or None when it stays in."""
    target, first = origin(url), origin(first_url)
    if target is None:
        return "not an http(s) URL"
    if first is None or target in redirect_scope(first_url, roots):
        return None
    if target[1] != first[1]:
        return "another host"
    return "another scheme" if target[0] != first[0] else "another port"


class ScopedRedirectMiddleware(OffsiteMiddleware):
    """Scrapy's OffsiteMiddleware (which it replaces), following a redirect (HTTP 3xx or a meta
    refresh) only within the crawl's scope.

    Scrapy's redirect middlewares schedule the redirected request again with the URLs it came
    from in ``redirect_urls``. The offsite filter knows host names only and drops what it
    filters silently when the request is scheduled; a redirected request is judged here
    instead, in the downloader, before robots.txt is asked of the host it points to: one that
    would leave redirect_scope (another host, another port of the same host, where a hostile
    page once sent the crawl to a local service, another scheme except http → https on the
    default ports) is dropped, its errback says so in one line, and the response that
    redirected counts as rejected, reason ``redirected_off_scope``. Other requests are
    filtered as Scrapy does (``allowed_domains``).
    """

    reason = "redirected_off_scope"

    @property
    def roots(self) -> list[str]:
        """The crawl's own start: a described site's root URL, the generic spider's start URL."""
        spider = getattr(self.crawler, "spider", None)
        urls = (getattr(spider, name, None) for name in ("root_url", "start_url"))
        return [url for url in urls if isinstance(url, str)]

    def request_scheduled(self, request, spider=None) -> None:
        if not request.meta.get("redirect_urls"):
            super().request_scheduled(request, spider)

    def process_request(self, request):
        redirected_from = request.meta.get("redirect_urls")
        if not redirected_from:
            return super().process_request(request)
        how = scope_left(request.url, redirected_from[0], self.roots)
        if how is None:
            return None
        message = (
            f"{redirected_from[-1]} redirects to {request.url}, out of the crawl's scope "
            f"({how}): not followed"
        )
        raise _turn_away(request, self.stats, self.reason, message)


# --- Retry-After --------------------------------------------------------------------------

# The statuses whose Retry-After says when the server will answer again (RFC 9110 §10.2.3).
POLITE_STATUSES = (429, 503)


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """The seconds a Retry-After header asks to wait: delta-seconds ("120") or an HTTP date
    ("Wed, 21 Oct 2026 07:28:00 GMT", 0 when past); None when absent or unreadable."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    text = (value or "").strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware (which it replaces), waiting before it retries a 429 or 503.

    The wait is the response's ``Retry-After`` (seconds or an HTTP date), or
    ``ARCHIVE_RETRY_WAIT`` seconds when it gives none (default 5). A server asking for more than
    ``ARCHIVE_MAX_RETRY_AFTER`` seconds (default 120) is not retried this run: its response
    goes to the spider (rejected ``http_429`` / ``http_503``), and the page is asked for again
    next run. The host's download slot waits too, so the crawl's other requests to it hold
    back as asked. Retries are still at most ``RETRY_TIMES``; other statuses and network errors
    are retried as Scrapy does.
    """

    def __init__(self, settings, max_wait: float = 120.0, default_wait: float = 5.0) -> None:
        super().__init__(settings)
        self.max_wait = max_wait
        self.default_wait = default_wait

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        middleware = cls(
            settings,
            max_wait=settings.getfloat("ARCHIVE_MAX_RETRY_AFTER", 120.0),
            default_wait=settings.getfloat("ARCHIVE_RETRY_WAIT", 5.0),
        )
        middleware.crawler = crawler
        return middleware

    def wait_for(self, response) -> float:
        """Seconds to wait before retrying a 429/503 response."""
        asked = retry_after_seconds(response.headers.get("Retry-After"))
        return self.default_wait if asked is None else asked

    async def process_response(self, request, response):
        polite = response.status in POLITE_STATUSES and response.status in self.retry_http_codes
        if not polite or request.meta.get("dont_retry", False):
            return super().process_response(request, response)
        wait = self.wait_for(response)
        if wait > self.max_wait:
            logger.warning(
                "%s answered HTTP %d asking to wait %.0f s, more than ARCHIVE_MAX_RETRY_AFTER "
                "(%.0f s): not retried this run",
                request.url,
                response.status,
                wait,
                self.max_wait,
            )
            self.crawler.stats.inc_value("retry/retry_after_too_long")
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        logger.info("%s answered HTTP %d: retrying in %.1f s", request.url, response.status, wait)
        if wait > 0:
            self.hold_slot(request, wait)
            await sleep(wait)
        return retry

    def hold_slot(self, request, wait: float) -> None:
        """Make the host's download slot send nothing for `wait` seconds (Scrapy's slot waits
        its download delay after `lastseen`; with no delay there is nothing to hold)."""
        engine = getattr(self.crawler, "engine", None)
        slots = getattr(getattr(engine, "downloader", None), "slots", {})
        slot = slots.get(request.meta.get("download_slot"))
        if slot is not None:
            slot.lastseen = max(slot.lastseen, monotonic() + wait)


# --- Sizes --------------------------------------------------------------------------------


# ARCHIVE_MAX_PAGE_BYTES's default.
MAX_PAGE_BYTES = 2 * 1024 * 1024


class SizeLimitMiddleware(HttpCompressionMiddleware):
    """Scrapy's HttpCompressionMiddleware (which it replaces), counting what is too large.

    Limits: ``DOWNLOAD_MAXSIZE`` (32 MB here) bounds every response, as sent and once
    decompressed (Scrapy stops a gzip bomb at that size); ``ARCHIVE_MAX_PAGE_BYTES`` (default
    2 MB, 0: no limit) bounds an HTML page, which the crawl parses and extracts: real article
    pages weigh 0.2-0.4 MB, and extraction needs about 100 times a page's size in memory and
    seconds per megabyte. What goes over is counted as rejected, reason ``too_large``, and
    never reaches the spider.
    """

    reason = "too_large"

    def __init__(self, stats=None, *, crawler) -> None:
        super().__init__(stats, crawler=crawler)
        self.max_page_bytes = crawler.settings.getint("ARCHIVE_MAX_PAGE_BYTES", MAX_PAGE_BYTES)

    def process_response(self, request, response):
        try:
            response = super().process_response(request, response)
        except IgnoreRequest as error:
            # A decompression bomb: Scrapy logged it and drops it.
            count_rejected(self.stats, self.reason)
            raise IgnoreRequest(str(error)) from error
        too_big = self.max_page_bytes and len(response.body) > self.max_page_bytes
        if too_big and is_html(
            response.headers.get("Content-Type", b"").decode("latin-1"), response.body
        ):
            message = (
                f"{response.url} is an HTML page of {len(response.body)} bytes, more than "
                f"ARCHIVE_MAX_PAGE_BYTES ({self.max_page_bytes}): not read"
            )
            raise _turn_away(request, self.stats, self.reason, message)
        return response

    def process_exception(self, request, exception):
        """A download Scrapy cancelled is a rejection: its HTTP handler cancels one only when
        it passes DOWNLOAD_MAXSIZE (as announced by Content-Length, or as received), and logs
        the size; a timeout or a lost connection is another exception, retried as usual."""
        if isinstance(exception, (DownloadCancelledError, CancelledError)):
            count_rejected(self.stats, self.reason)
            why = str(exception) or "larger than DOWNLOAD_MAXSIZE"
            raise IgnoreRequest(f"{request.url}: download cancelled ({why})")
        return None
