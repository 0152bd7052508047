"""The union statistics page: membership development by organisation, period and metric, each
figure linked to its sentence in the article; and the sentence marked on the article's page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from storage.vietnamese import fold

from . import present
from .reading import first, rows, table_names

TABLE = "union_stats"
# What a metric is called on the page, in the order the page lists them.
METRICS = {
    "cdcs_thanh_lap": "grassroots unions founded (CĐCS thành lập)",
    "doan_vien_ket_nap": "members recruited (đoàn viên kết nạp)",
    "dang_vien_gioi_thieu": "introduced to / admitted to the Party (giới thiệu, kết nạp Đảng)",
    "can_bo_tap_huan": "officials trained (cán bộ tập huấn)",
    "other": "other indicators",
}
STAGES = {"introduced": "introduced", "admitted": "admitted"}
KINDS = ("result", "plan")
# Figures read for one page: beyond it the page says it shows the latest ones only.
MAX_FIGURES = 5000
NOT_NAMED = "(not named)"


@dataclass(frozen=True)
class Filters:
    metric: str = ""
    site: str = ""
    year: str = ""
    kind: str = ""

    @classmethod
    def read(cls, args) -> Filters:
        """The filters of the page's form; a year that is not one is ignored."""
        year = (args.get("year") or "").strip()
        kind = (args.get("kind") or "").strip()
        return cls(
            metric=(args.get("metric") or "").strip(),
            site=(args.get("site") or "").strip(),
            year=year if re.fullmatch(r"\d{4}", year) else "",
            kind=kind if kind in KINDS else "",
        )

    def where(self) -> tuple[str, dict[str, Any]]:
        clauses, params = [], {}
        for field in ("metric", "site", "kind"):
            if getattr(self, field):
                clauses.append(f"s.{field} = :{field}")
                params[field] = getattr(self, field)
        if self.year:
            clauses.append("s.year = :year")
            params["year"] = int(self.year)
        return (" where " + " and ".join(clauses)) if clauses else "", params


def number_text(value: Any) -> str:
    """1400 as "1,400", 60.5 as "60.5", 3500.0 as "3,500"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return ""


def amount_text(figure: dict[str, Any], field: str, qualifiers: dict[str, Any]) -> str:
    """achieved or target as written: its qualifier word, then the number or the range."""
    low, high = figure.get(f"{field}_min"), figure.get(f"{field}_max")
    value = figure.get(field)
    if value is not None:
        text = number_text(value)
    elif low is not None and high is not None:
        text = f"{number_text(low)}–{number_text(high)}"
    else:
        return ""
    word = qualifiers.get(field)
    return f"{word} {text}" if isinstance(word, str) and word else text


def plan_share(figure: dict[str, Any]) -> dict[str, str] | None:
    """The figure's % of plan and how it was had: the percent the text writes (of the plan,
    over it, or a share), else achieved ÷ target when both are single numbers."""
    percent, kind = figure.get("percent"), figure.get("percent_kind")
    if percent is not None:
        written = number_text(percent)
        if kind == "over_target":
            return {"text": f"+{written}% over plan", "how": "as written (vượt)"}
        if kind == "rate":
            return {"text": f"{written}%", "how": "as written, a share (tỷ lệ)"}
        return {"text": f"{written}%", "how": "as written"}
    achieved, target = figure.get("achieved"), figure.get("target")
    if isinstance(achieved, int | float) and isinstance(target, int | float) and target > 0:
        return {"text": f"{number_text(round(100 * achieved / target, 1))}%", "how": "computed"}
    return None


def metric_text(figure: dict[str, Any]) -> str:
    metric = figure.get("metric") or ""
    text = METRICS.get(metric, metric)
    if figure.get("stage"):
        text += f", {STAGES.get(figure['stage'], figure['stage'])}"
    if figure.get("label"):
        text = f"{figure['label']} ({text})" if metric == "other" else f"{text}: {figure['label']}"
    return text


def text_fragment(text: str | None) -> str:
    """A URL text fragment (`:~:text=`) that makes a browser scroll to and mark `text`;
    its reserved characters (, - &) escaped as the specification asks."""
    if not text:
        return ""
    return ":~:text=" + quote(text, safe="").replace("-", "%2D")


def figure_path(datasette, database: str, figure: dict[str, Any]) -> str:
    """The article's reading page with the figure's sentence marked and scrolled to."""
    path = datasette.urls.row(database, "articles", tilde_encode(figure["url"]))
    anchor = f"figure-{figure['id']}"
    return f"{path}?figure={figure['id']}#{anchor}{text_fragment(figure.get('text_span'))}"


def group_key(figure: dict[str, Any]) -> tuple:
    return tuple(
        figure.get(f) or "" for f in ("organisation", "period", "metric", "stage", "label", "kind")
    )


def figure_view(datasette, database: str, figure: dict[str, Any]) -> dict[str, Any]:
    qualifiers = present.json_value(figure.get("qualifiers")) or {}
    qualifiers = qualifiers if isinstance(qualifiers, dict) else {}
    return {
        **figure,
        "achieved_text": amount_text(figure, "achieved", qualifiers),
        "target_text": amount_text(figure, "target", qualifiers),
        "share": plan_share(figure),
        "path": figure_path(datasette, database, figure),
        "day": (figure.get("published_at") or "")[:10],
    }


def sort_key(group: dict[str, Any]) -> tuple:
    organisation, period, metric = group["key"][:3]
    order = list(METRICS).index(metric) if metric in METRICS else len(METRICS)
    # Vietnamese order, near enough: Đông Anh before Hoài Đức (đ is a d, not after z).
    return (
        organisation == "",
        fold(organisation),
        organisation,
        -(group["year"] or 0),
        period,
        order,
    )


def group_figures(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One group per (organisation, period, metric, stage, label, kind), by organisation then
    latest year: the latest article's figure stands for the group (articles are reports, and
    two reports of one period are not added up); every figure is kept as its evidence."""
    groups: dict[tuple, dict[str, Any]] = {}
    for figure in figures:  # newest article first
        key = group_key(figure)
        group = groups.setdefault(key, {"key": key, "figures": [], "urls": set()})
        group["figures"].append(figure)
        group["urls"].add(figure["url"])
    result = []
    for group in groups.values():
        latest = group["figures"][0]
        values = {(f["achieved_text"], f["target_text"]) for f in group["figures"]}
        result.append(
            {
                "key": group["key"],
                "organisation": latest.get("organisation") or NOT_NAMED,
                "period": latest.get("period") or NOT_NAMED,
                "year": latest.get("year"),
                "metric": metric_text(latest),
                "kind": latest.get("kind") or "",
                "latest": latest,
                "articles": len(group["urls"]),
                "figures": group["figures"],
                "differ": len(values) > 1,
            }
        )
    return sorted(result, key=sort_key)


async def union_stats_context(datasette, database, args) -> dict[str, Any]:
    """What the union statistics page shows of one archive for the filters in `args`."""
    filters = Filters.read(args)
    context: dict[str, Any] = {"form": filters, "metrics": METRICS, "kinds": KINDS}
    if TABLE not in await table_names(database):
        return {**context, "missing": True, "groups": [], "sites": [], "years": []}
    where, params = filters.where()
    found = await rows(
        database,
        "select s.*, a.title from union_stats s join articles a on a.url = s.url"
        f"{where} order by s.published_at desc, s.url, s.position limit {MAX_FIGURES + 1}",
        params,
    )
    cut = len(found) > MAX_FIGURES
    figures = [figure_view(datasette, database.name, f) for f in found[:MAX_FIGURES]]
    counts = await rows(
        database, f"select metric, count(*) as n from union_stats s{where} group by 1", params
    )
    return {
        **context,
        "missing": False,
        "groups": group_figures(figures),
        "cut": cut,
        "shown": len(figures),
        "total": sum(row["n"] for row in counts),
        "per_metric": sorted(
            counts,
            key=lambda r: (
                list(METRICS).index(r["metric"]) if r["metric"] in METRICS else len(METRICS)
            ),
        ),
        "articles": len({f["url"] for f in figures}),
        "sites": await rows(
            database,
            "select distinct s.site as slug, coalesce(t.name, s.site) as name from union_stats s "
            "left join sites t on t.slug = s.site where s.site is not null order by 2",
        ),
        "years": [
            row["year"]
            for row in await rows(
                database,
                "select distinct year from union_stats where year is not null order by 1 desc",
            )
        ],
    }


def marked_paragraphs(paragraphs: list[str], figure: dict[str, Any]) -> list[str | Markup]:
    """The article's paragraphs with the figure's sentence marked (its text span in bold) and
    anchored as figure-<id>; unchanged when the sentence is not found in them."""
    sentence, span = figure.get("sentence") or "", figure.get("text_span") or ""
    anchor = f"figure-{figure['id']}"
    for needle in (sentence, span):
        if not needle:
            continue
        for number, paragraph in enumerate(paragraphs):
            start = paragraph.find(needle)
            if start < 0:
                continue
            end = start + len(needle)
            mark = Markup('<mark id="{}" class="congdoan-figure-sentence">{}</mark>').format(
                anchor, bolded(needle, span)
            )
            html = escape(paragraph[:start]) + mark + escape(paragraph[end:])
            return [*paragraphs[:number], html, *paragraphs[number + 1 :]]
    return paragraphs


def bolded(sentence: str, span: str) -> Markup:
    start = sentence.find(span) if span else -1
    if start < 0:
        return escape(sentence)
    end = start + len(span)
    return (
        escape(sentence[:start])
        + Markup("<strong>{}</strong>").format(span)
        + escape(sentence[end:])
    )


async def figure_of(database, url: str, figure_id: str | None) -> dict[str, Any] | None:
    """The figure `figure_id` of the article at `url`, for its reading page (None: no such)."""
    if not figure_id or not figure_id.isdigit() or TABLE not in await table_names(database):
        return None
    figure = await first(
        database, "select * from union_stats where id = ? and url = ?", [int(figure_id), url]
    )
    if figure is None:
        return None
    qualifiers = present.json_value(figure.get("qualifiers")) or {}
    qualifiers = qualifiers if isinstance(qualifiers, dict) else {}
    return {
        **figure,
        "metric_text": metric_text(figure),
        "achieved_text": amount_text(figure, "achieved", qualifiers),
        "target_text": amount_text(figure, "target", qualifiers),
        "share": plan_share(figure),
    }
