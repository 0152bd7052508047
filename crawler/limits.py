"""Caps on what one page may put in the archive, so a hostile page cannot store megabytes.

The longest union-news articles (a law's full text) run to some 100,000 characters; a page
that extracts to more is a dump, a generated page or an attack (a 50 MB page once stored a
39 MB body). Its text is cut at a paragraph break and the article says so in `warnings`.
"""

from __future__ import annotations

# ARCHIVE_MAX_BODY_CHARS's default.
MAX_BODY_CHARS = 200_000
# The other text fields: titles, leads and bylines are a few hundred characters on real pages.
MAX_FIELD_CHARS = 5_000
TEXT_FIELDS = ("title", "lead", "author", "category", "source", "published_raw")
# List fields: real articles carry tens of tags and images, never thousands.
MAX_ITEMS = {"tags": 200, "images": 1_000}


def cut_text(text: str, max_chars: int) -> str:
    """`text` cut to at most `max_chars`: at the last paragraph break when that keeps at least
    half, else at the last space, else exactly."""
    if len(text) <= max_chars:
        return text
    head = text[:max_chars]
    for separator in ("\n\n", " "):
        cut = head.rfind(separator)
        if cut >= max_chars // 2:
            return head[:cut].rstrip()
    return head


def capped_article(article: dict, max_body_chars: int = MAX_BODY_CHARS) -> dict:
    """A copy of an extraction record with its body, other text fields and lists within their
    caps; each cut is said in `warnings`. 0 or less leaves the body uncapped."""
    row = dict(article)
    notes = []
    body = row.get("body") or ""
    if max_body_chars > 0 and len(body) > max_body_chars:
        row["body"] = cut_text(body, max_body_chars)
        notes.append(f"body cut to {len(row['body'])} of {len(body)} chars")
    for field in TEXT_FIELDS:
        value = row.get(field)
        if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
            row[field] = cut_text(value, MAX_FIELD_CHARS)
            notes.append(f"{field} cut to {len(row[field])} of {len(value)} chars")
    for field, limit in MAX_ITEMS.items():
        values = row.get(field)
        if isinstance(values, list) and len(values) > limit:
            row[field] = values[:limit]
            notes.append(f"{field}: kept {limit} of {len(values)}")
    if notes:
        row["warnings"] = [*(row.get("warnings") or []), *notes]
    return row
