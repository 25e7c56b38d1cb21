"""Render an :class:`~mapper.analysis.Analysis` as JSON-ready data, terminal text or Markdown.

The CLI, the Excel report and the GUI share these so every surface says the same thing.

Examples
--------
>>> from models import Case, CaseInfo
>>> from mapper.analysis import analyse
>>> data = to_data(analyse(Case.from_parts(CaseInfo("Leeg"))), "nl")
>>> sorted(data)[:4]
['as_of', 'betweenness_sample', 'case', 'findings']
>>> data["scorecard"][0]["status"]
'green'
"""

from __future__ import annotations

import textwrap
from typing import Any

from mapper.analysis import Analysis
from mapper.findings import BUILDING_BLOCKS, Finding, Severity, Status
from models.i18n import Lang
from models.labels import label

__all__ = ["SEVERITY_NAMES", "STATUS_NAMES", "finding_data", "to_data", "to_markdown", "to_text"]

SEVERITY_NAMES: dict[Severity, tuple[str, str]] = {
    Severity.CRITICAL: ("critical", "kritiek"),
    Severity.WARNING: ("warning", "waarschuwing"),
    Severity.INFO: ("note", "opmerking"),
}
STATUS_NAMES: dict[Status, tuple[str, str]] = {
    Status.RED: ("red", "rood"),
    Status.AMBER: ("amber", "oranje"),
    Status.GREEN: ("green", "groen"),
}
_METRIC_NAMES: dict[str, tuple[str, str]] = {
    "degree": ("degree", "graad"),
    "betweenness": ("betweenness", "tussenpositie"),
    "closeness": ("closeness", "nabijheid"),
    "pagerank": ("PageRank", "PageRank"),
    "brokerage": ("brokerage", "makelaarsrol"),
}


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[1] if lang == "nl" else pair[0]


def finding_data(f: Finding, lang: Lang) -> dict[str, Any]:
    """One finding as a JSON-ready dict in ``lang``."""
    return {
        "code": f.code,
        "building_block": f.building_block,
        "building_block_name": BUILDING_BLOCKS[f.building_block](lang),
        "severity": f.severity.value,
        "title": f.title(lang),
        "detail": f.detail(lang),
        "suggestion": f.suggestion(lang),
        "actors": list(f.actors),
        "relationships": list(f.relationships),
        "mandates": list(f.mandates),
        "needs": list(f.needs),
    }


def to_data(result: Analysis, lang: Lang = "en", *, title: str = "") -> dict[str, Any]:
    """The whole analysis as JSON-ready data (keys ``findings``, ``scorecard``, ``metrics``…)."""
    return {
        "case": title,
        "lang": lang,
        "practice": result.practice.value if result.practice else None,
        "without": list(result.without),
        "as_of": result.as_of.isoformat() if result.as_of else None,
        "has_critical": result.has_critical,
        "findings": [finding_data(f, lang) for f in result.findings],
        "scorecard": [
            {
                "building_block": row.building_block,
                "name": row.name(lang),
                "status": row.status.value,
                "summary": row.summary(lang),
                "findings": [f.code for f in row.findings],
            }
            for row in result.scorecard
        ],
        "metrics": result.metrics,
        "map_metrics": result.map_metrics,
        "quadrants": {
            actor: {"quadrant": q.value, "label": q.label(lang)}
            for actor, q in result.quadrants.items()
        },
        "notes": [n(lang) for n in result.notes],
        "betweenness_sample": result.betweenness_sample,
    }


def _header(result: Analysis, lang: Lang, title: str) -> list[str]:
    nl = lang == "nl"
    bits = []
    if result.practice is not None:
        bits.append(("werkwijze: " if nl else "practice: ") + label(result.practice, lang))
    if result.as_of is not None:
        bits.append(("peildatum " if nl else "as of ") + result.as_of.isoformat())
    if result.without:
        bits.append(("zonder " if nl else "without ") + ", ".join(result.without))
    head = ("Analyse" if nl else "Analysis") + (f": {title}" if title else "")
    return [head + (f"  ({'; '.join(bits)})" if bits else ""), ""]


def _top_actors(result: Analysis, key: str, count: int = 5) -> list[tuple[str, float]]:
    ranked = sorted(result.metrics.items(), key=lambda kv: (-kv[1][key], kv[0]))
    return [(actor, values[key]) for actor, values in ranked[:count]]


def to_text(
    result: Analysis, lang: Lang = "en", *, title: str = "", names: dict[str, str] | None = None
) -> str:
    """Readable terminal text: scorecard, then findings grouped per building block."""
    nl = lang == "nl"
    names = names or {}
    out = _header(result, lang, title)
    out.append("Scorekaart" if nl else "Scorecard")
    for row in result.scorecard:
        status = _pick(STATUS_NAMES[row.status], lang).upper()
        out.append(f"  [{status:<6}] {row.building_block}. {row.name(lang)}: {row.summary(lang)}")
    wrap = textwrap.TextWrapper(width=100, initial_indent="      ", subsequent_indent="      ")
    for row in result.scorecard:
        if not row.findings:
            continue
        out += ["", f"{row.building_block}. {row.name(lang)}"]
        for f in row.findings:
            sev = _pick(SEVERITY_NAMES[f.severity], lang).upper()
            out.append(f"  - [{sev}] {f.title(lang)}  ({f.code})")
            out += wrap.wrap(f.detail(lang))
            out += wrap.wrap(
                ("Wat te organiseren: " if nl else "What to organise: ") + f.suggestion(lang)
            )
    if result.metrics:
        out += ["", "Centrale actoren (tussenpositie)" if nl else "Central actors (betweenness)"]
        for actor, value in _top_actors(result, "betweenness"):
            number = f"{value:.3f}".replace(".", ",") if nl else f"{value:.3f}"
            out.append(f"  {names.get(actor, actor)}: {number}")
    if result.notes:
        out += ["", "Opmerkingen" if nl else "Notes"]
        out += [f"  - {n(lang)}" for n in result.notes]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(
    result: Analysis, lang: Lang = "en", *, title: str = "", names: dict[str, str] | None = None
) -> str:
    """A Markdown report: scorecard table, findings per building block, central actors."""
    nl = lang == "nl"
    names = names or {}
    head = _header(result, lang, title)
    out = [f"# {_md(head[0])}", ""]
    out += ["## " + ("Scorekaart" if nl else "Scorecard"), ""]
    out += [
        "| # | "
        + ("Bouwsteen | Status | Samenvatting" if nl else "Building block | Status | Summary")
        + " |",
        "|---|---|---|---|",
    ]
    for row in result.scorecard:
        out.append(
            f"| {row.building_block} | {_md(row.name(lang))} | "
            f"{_pick(STATUS_NAMES[row.status], lang)} | {_md(row.summary(lang))} |"
        )
    for row in result.scorecard:
        if not row.findings:
            continue
        out += ["", f"## {row.building_block}. {_md(row.name(lang))}", ""]
        for f in row.findings:
            sev = _pick(SEVERITY_NAMES[f.severity], lang)
            out.append(f"- **{_md(f.title(lang))}** ({sev}, `{f.code}`)  ")
            out.append(f"  {_md(f.detail(lang))}  ")
            todo = "Wat te organiseren" if nl else "What to organise"
            out.append(f"  *{todo}:* {_md(f.suggestion(lang))}")
    if result.metrics:
        out += ["", "## " + ("Centrale actoren" if nl else "Central actors"), ""]
        cols = list(_METRIC_NAMES)
        out.append("| Actor | " + " | ".join(_pick(_METRIC_NAMES[c], lang) for c in cols) + " |")
        out.append("|---" * (len(cols) + 1) + "|")
        for actor, _ in _top_actors(result, "betweenness", 10):
            values = result.metrics[actor]
            cells = " | ".join(
                f"{values[c]:.3f}" if c != "degree" else f"{values[c]:.0f}" for c in cols
            )
            out.append(f"| {_md(names.get(actor, actor))} | {cells} |")
    if result.notes:
        out += ["", "## " + ("Opmerkingen" if nl else "Notes"), ""]
        out += [f"- {_md(n(lang))}" for n in result.notes]
    return "\n".join(out) + "\n"
