"""What spiders yield: an archived article with its raw page, or a rejected page with a reason."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ArticleItem:
    """A clean article (the extraction record) and the response it came from."""

    article: dict
    page: dict = field(repr=False)

    def as_dicts(self) -> tuple[dict, dict]:
        return dict(self.article), dict(self.page)


@dataclass
class RejectedPage:
    """A fetched page that is not an article: logged, counted, never stored as one."""

    site: str
    url: str
    reason: str
    status: int | None = None
    detail: str = ""
    # The response as the archive keeps it (raw body and headers), with the reason attached.
    page: dict | None = field(default=None, repr=False)


@dataclass
class ArticleSeen:
    """An archived article a re-check found unchanged (a 304, or the very bytes archived):
    only its last_seen_at moves. `url` is its key in the archive."""

    site: str
    url: str
