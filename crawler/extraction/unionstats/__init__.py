"""Union-development statistics read out of Vietnamese union news (issue #10).

`union_stats(text, title=..., lead=...)` finds, sentence by sentence, the figures of membership
development: grassroots unions founded, members recruited, members introduced to or admitted to the
Party, officials trained, and other indicators; see FIELDS for the shape of one figure.
"""

from __future__ import annotations

METRICS = ("cdcs_thanh_lap", "doan_vien_ket_nap", "dang_vien_gioi_thieu", "can_bo_tap_huan", "other")
KINDS = ("result", "plan")
PERCENT_KINDS = ("of_target", "over_target", "rate")
STAGES = ("introduced", "admitted")
FIELDS = (
    "metric",
    "stage",
    "label",
    "kind",
    "achieved",
    "target",
    "percent",
    "percent_kind",
    "qualifiers",
    "organisation",
    "organisation_from",
    "period",
    "period_from",
    "text_span",
    "sentence",
)


def union_stats(text: str, *, title: str | None = None, lead: str | None = None) -> list[dict]:
    """The figures stated in `text`, in the order they appear (placeholder until the rules land)."""
    return []
