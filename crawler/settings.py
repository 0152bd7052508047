"""Scrapy settings: polite by default, the archive on, sites found in `spiders/`."""

BOT_NAME = "congdoan-archive"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# --- Politeness (issue #3: robots obeyed, a named User-Agent, AutoThrottle, one at a time) ---
ARCHIVE_CONTACT_URL = "https://github.com/congdoan-archive/congdoan-archive"
USER_AGENT = f"congdoan-archive/0.1 (+{ARCHIVE_CONTACT_URL})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
# Scrapy starts CONCURRENT_ITEMS asyncio workers for every callback's output (2.19); our
# callbacks yield at most a listing's worth and the pipeline is synchronous, so the default
# 100 only costs time: about 1 ms per page (tests/bench.py, 1,000 pages).
CONCURRENT_ITEMS = 4
RETRY_TIMES = 2
# A 429 or 503 is retried after its Retry-After (seconds or an HTTP date), or after
# ARCHIVE_RETRY_WAIT seconds when it gives none; a server asking for more than
# ARCHIVE_MAX_RETRY_AFTER seconds is not retried this run (middlewares.RetryAfterMiddleware).
ARCHIVE_MAX_RETRY_AFTER = 120
ARCHIVE_RETRY_WAIT = 5
# No cookie jar: the only cookie ever sent is the one a challenge page asks for, to its host
# (crawler.middlewares.CookieChallengeMiddleware keeps it).
COOKIES_ENABLED = False
COOKIE_CHALLENGE_ENABLED = True
REFERER_ENABLED = True
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's remote control runs Python sent to it over HTTP: off unless asked for (issue 8).
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = "INFO"

# --- The archive ---
ARCHIVE_ENABLED = True
ARCHIVE_DB_PATH = "data/archive.db"
ARCHIVE_BATCH_SIZE = 50
# Listing pages followed from each start section per run (hourly runs need only the first few;
# a run also stops at the first page whose items are all archived). Also: sitemaps read per
# sitemap index. A backfill (ARCHIVE_SINCE) has no such cap.
ARCHIVE_MAX_LISTING_PAGES = 5
# Articles taken from each sitemap per run, newest first (a backfill takes all since its date).
ARCHIVE_MAX_SITEMAP_ARTICLES = 100
# Incremental runs: an archived article is fetched again (a conditional GET) only while it was
# published in the last ARCHIVE_RECHECK_DAYS and last checked over ARCHIVE_RECHECK_HOURS ago.
# 0 days: never re-checked; 0 hours: re-checked on every run while in the window.
ARCHIVE_RECHECK_DAYS = 3.0
ARCHIVE_RECHECK_HOURS = 6.0
# YYYY-MM-DD: backfill back to this date (`congdoan crawl --since`); None: a regular run.
ARCHIVE_SINCE = None
# slug -> base URL: point spiders at a mirror (make demo) instead of the live site.
ARCHIVE_BASE_URLS = {}
# In a log (standard error not a terminal, or LOG_FILE), a progress line per site this often.
ARCHIVE_PROGRESS_SECONDS = 60.0
# `congdoan crawl --quiet`: only errors and the one-line outcome (no progress, no summary).
ARCHIVE_QUIET = False
# The generic spider stops after this many pages.
ARCHIVE_GENERIC_MAX_PAGES = 200

ITEM_PIPELINES = {"crawler.pipelines.ArchivePipeline": 300}
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.CookieChallengeMiddleware": 560,
    # The offsite filter, redirects kept in the crawl's scope: before robots.txt (100), so
    # nothing is asked of a host a redirect points to out of scope.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "crawler.middlewares.ScopedRedirectMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.RetryAfterMiddleware": 550,
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "crawler.middlewares.SizeLimitMiddleware": 590,
}

# --- Hostile input (issue 8): sizes ---
# Any response, as sent and once decompressed (a gzip bomb stops here); Scrapy's default is 1 GB.
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
# An HTML page the crawl parses (real article pages weigh 0.2-0.4 MB; extraction needs about
# 100 times a page's size in memory): larger ones are rejected as too_large. 0: no limit.
ARCHIVE_MAX_PAGE_BYTES = 2 * 1024 * 1024
# An article's stored body text, cut at a paragraph break beyond this, with a warning.
ARCHIVE_MAX_BODY_CHARS = 200_000

FEED_EXPORT_ENCODING = "utf-8"
