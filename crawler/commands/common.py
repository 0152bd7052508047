"""What several commands share: project settings, the described sites, input pages, usage errors."""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit

from ..site import Site


class UsageError(Exception):
    """A bad argument: reported in one line, exit status 2."""


def project_settings(overrides: dict | None = None):
    """Scrapy's project settings (crawler.settings) with command-line overrides applied."""
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    if not settings.get("SPIDER_MODULES"):
        settings.setmodule("crawler.settings", priority="project")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def spider_loader(settings=None):
    """Scrapy's SpiderLoader: how crawler code finds sites by slug without importing spiders/."""
    from scrapy.spiderloader import SpiderLoader

    return SpiderLoader.from_settings(settings or project_settings())


def described_sites(settings=None) -> dict[str, Site]:
    """Every described site, by slug, in name order."""
    loader = spider_loader(settings)
    sites = {}
    for name in sorted(loader.list()):
        site = getattr(loader.load(name), "site", None)
        if site is not None:
            sites[name] = site
    return sites


def load_site(slug: str | None) -> Site | None:
    """The description of `slug`; None for "generic" or no slug; UsageError when unknown."""
    if not slug or slug == "generic":
        return None
    sites = described_sites()
    if slug not in sites:
        raise UsageError(f"unknown site {slug!r}; described sites: {', '.join(sites)}")
    return sites[slug]


def site_for_url(url: str) -> Site | None:
    """The described site whose host serves `url`, if any."""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    for site in described_sites().values():
        site_host = (urlsplit(site.base_url).hostname or "").removeprefix("www.")
        if host == site_host:
            return site
    return None


def page_site(slug: str | None, url: str) -> Site | None:
    """The site named by --site, else the described site serving `url` (None: generic)."""
    return load_site(slug) if slug else site_for_url(url)


def check_page_url(url: str) -> None:
    """UsageError unless `url` is an http(s) address (the --url of a saved page)."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise UsageError(f"--url must be the page's http(s) address, got {url!r}")


def read_page(name: str) -> bytes:
    """The raw bytes of a saved page, or of standard input for "-"."""
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    if not path.is_file():
        raise UsageError(f"no such file: {path}")
    return path.read_bytes()
