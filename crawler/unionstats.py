"""An article's union statistics, read by the extractor and carried to the archive with it."""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from storage.unionstats import ARTICLE_KEY, check_figure

from .extraction import unionstats as rules

logger = logging.getLogger(__name__)


@functools.cache
def extractor_version() -> str:
    """The version of the rules that read the figures: "src-" and a digest of their source files,
    so that figures read by other rules can be told apart without anyone bumping a number."""
    digest = hashlib.sha256()
    for path in sorted(Path(rules.__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return "src-" + digest.hexdigest()[:12]


def _key(figure: Mapping[str, Any]) -> tuple:
    return tuple(
        repr(figure.get(name)) for name in ("metric", "stage", "achieved", "target", "percent")
    )


def article_figures(article: Mapping[str, Any]) -> list[dict]:
    """The figures of an extracted article, in reading order: its sa-pô's, then its body's, read
    with the headline and sa-pô as the context that names an organisation or a period the
    sentences leave out.

    The sa-pô often gives the article's key figure ("6 tháng đầu năm, LĐLĐ tỉnh đã kết nạp 5.000
    đoàn viên...") and the body may or may not say it again: a figure of the sa-pô the body
    repeats is kept once, as the body's (its sentence is marked in the article's text).
    """
    title, lead, body = article.get("title"), article.get("lead") or "", article.get("body") or ""
    from_body = rules.union_stats(body, title=title, lead=lead) if body.strip() else []
    said = {_key(figure) for figure in from_body}
    if not lead.strip():
        return from_body
    from_lead = [f for f in rules.union_stats(lead, title=title) if _key(f) not in said]
    return from_lead + from_body


def with_figures(article: dict) -> dict:
    """The archive row `article`, carrying its figures for storage (storage.unionstats).

    A failure of the rules on one article is logged, and the article is stored without
    touching the figures it had: a bug in a statistic must not cost the article itself.
    """
    try:
        figures = article_figures(article)
        for figure in figures:
            check_figure(figure)
    except Exception as error:
        logger.warning("no union statistics for %s: %s", article.get("url"), error)
        return {**article, ARTICLE_KEY: None}
    return {**article, ARTICLE_KEY: {"version": extractor_version(), "figures": figures}}
