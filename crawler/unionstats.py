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
    """The version of the rules that read the figures: the module's VERSION when it declares
    one, else "src-" and a digest of its source files, so that figures read by other rules can
    be told apart without anyone remembering to bump a number."""
    declared = getattr(rules, "VERSION", None) or getattr(rules, "__version__", None)
    if declared:
        return str(declared)
    digest = hashlib.sha256()
    for path in sorted(Path(rules.__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return "src-" + digest.hexdigest()[:12]


def article_figures(article: Mapping[str, Any]) -> list[dict]:
    """The figures of an extracted article: its body read with its headline and sa-pô as the
    context that names an organisation or a period the sentences leave out."""
    body = article.get("body") or ""
    if not body.strip():
        return []
    return rules.union_stats(body, title=article.get("title"), lead=article.get("lead"))


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
