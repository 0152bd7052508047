"""PortalSpider: a site described by guesses, whose listings fall back to the generic rules.

Union portals are known by name and URL only (research/sites.md §6): their listing selectors
are conventions of such portals (crawler/families.py), not read off a saved page. When they find
nothing, the listing is read as a page nobody described (crawler/listing.py), keeping the links
that have the site's article shape, and the run says so once: the guess needs fixing.
"""

from __future__ import annotations

from scrapy.http import Response

from .listing import next_page_url, own_article_links
from .spider import SiteSpider


def fallback_article_links(tree, url: str, is_article_url) -> list[str]:
    """The listing's own items by the generic rules, kept when they have the site's shape."""
    return [u for u in own_article_links(tree, url) if is_article_url(u)]


class PortalSpider(SiteSpider):
    """A SiteSpider whose listing and next-page selectors are guesses with a generic fallback."""

    # Set once the fallback was needed, so the warning is given once per run.
    fell_back = False

    def listing_article_links(self, response: Response) -> list[str]:
        links = super().listing_article_links(response)
        if links:
            return links
        links = fallback_article_links(response.selector.root, response.url, self.is_article_url)
        if links and not self.fell_back:
            self.fell_back = True
            self.logger.warning(
                "%s: the listing selectors found no article on %s; the generic listing rules "
                "found %d (run `congdoan check-live %s` and fix the guesses)",
                self.site.slug,
                response.url,
                len(links),
                self.site.slug,
            )
        return links

    def next_page(self, response: Response) -> str | None:
        return super().next_page(response) or next_page_url(response.selector.root, response.url)
