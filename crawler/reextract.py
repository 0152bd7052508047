"""Re-extracting archived pages with the current code, without fetching anything again."""

from __future__ import annotations

import logging
from collections import Counter

from storage import Archive

from .extraction import extract_article
from .keys import keyed_article, site_hosts
from .limits import capped_article
from .site import Site
from .unionstats import with_figures

logger = logging.getLogger(__name__)


def reextract(archive: Archive, sites: dict[str, Site], site: str | None = None) -> Counter:
    """Run every stored article's raw page through the extractor again; count the outcomes.

    An article keeps its archive key (its canonical URL when first stored) and its seen times;
    only the extracted fields change, and only when the content does.
    """
    outcomes: Counter[str] = Counter()
    for row in list(archive.article_pages(site)):
        html = archive.page_body(row["page_sha256"])
        described = sites.get(row["site"])
        record = extract_article(html, row["page_url"], described, fetched_at=row["fetched_at"])
        # As the crawl stores it (crawler.pipelines.archive_row): an untrusted canonical URL
        # warned about, text within its caps.
        hosts = site_hosts(described.base_url) if described else frozenset()
        record = capped_article(keyed_article(record, hosts))
        record["url"] = row["url"]
        # Its union statistics too, read again by the current rules.
        record = with_figures(record)
        try:
            outcomes[archive.replace_extraction(record)] += 1
        except ValueError as error:
            # The page no longer yields an article (e.g. an empty body): keep the stored row.
            logger.warning("kept %s as stored: %s", row["url"], error)
            outcomes["failed"] += 1
    return outcomes
