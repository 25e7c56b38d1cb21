"""Render an :class:`~mapper.analysis.Analysis` as JSON-ready data, terminal text or Markdown.

The CLI, the Excel report and the GUI share these so every surface says the same thing.

Examples
--------
>>> from models import Case, CaseInfo
>>> from mapper.analysis import analyse
>>> data = to_data(analyse(Case.from_parts(CaseInfo("Leeg"))), "nl")
>>> sorted(data)[:4]
['accepted', 'as_of', 'betweenness_sample', 'case']
>>> data["scorecard"][0]["status"], data["summary"]["first"]
('grey', [])
"""

from __future__ import annotations

import textwrap
from typing import Any

from mapper.analysis import Analysis
from mapper.findings import BUILDING_BLOCKS, Cause, Finding, Severity, Status
from mapper.wording import after_colon, join, number
from models.acceptance import Acceptance
from models.i18n import Lang, long_date
from models.labels import label

__all__ = [
    "SEVERITY_NAMES",
    "STATUS_NAMES",
    "cause_data",
    "finding_data",
    "to_data",
    "to_markdown",
    "to_text",
]

SEVERITY_NAMES: dict[Severity, tuple[str, str]] = {
    Severity.CRITICAL: ("critical", "kritiek"),
    Severity.WARNING: ("warning", "waarschuwing"),
    Severity.INFO: ("note", "opmerking"),
}
STATUS_NAMES: dict[Status, tuple[str, str]] = {
    Status.RED: ("red", "rood"),
    Status.AMBER: ("amber", "oranje"),
    Status.GREEN: ("green", "groen"),
    Status.GREY: ("not enough to judge", "niet te beoordelen"),
}
_STATUS_SHORT: dict[Status, tuple[str, str]] = {
    Status.RED: ("RED", "ROOD"),
    Status.AMBER: ("AMBER", "ORANJE"),
    Status.GREEN: ("GREEN", "GROEN"),
    Status.GREY: ("GREY", "GRIJS"),
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
    """One finding as a JSON-ready dict in ``lang``; one that stands for several of one shape
    (:mod:`mapper.repeats`) lists their ids as ``members``."""
    data = {
        "id": f.id,
        "cause": f.cause,
        "code": str(f.code),  # the code's name, a plain str as JSON writes it
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
        "rules": list(f.rules),
        "deviations": list(f.deviations),
    }
    if f.members:
        data["members"] = list(f.members)
    return data


def cause_data(c: Cause, lang: Lang) -> dict[str, Any]:
    """One cause as a JSON-ready dict in ``lang``."""
    return {
        "id": c.id,
        "rank": c.rank,
        "title": c.title(lang),
        "severity": c.severity.value,
        "building_block": c.block,
        "blocks": list(c.blocks),
        "findings": list(c.findings),
        "needs": list(c.needs),
        "held_up": list(c.held_up),
        "detail": c.detail(lang),
        "suggestion": c.suggestion(lang),
        "legal_basis": list(c.legal_basis),
        "evidence": [e(lang) for e in c.evidence],
        "actors": list(c.actors),
        "relationships": list(c.relationships),
        "mandates": list(c.mandates),
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
        "summary": {"first": list(result.summary.first), "text": result.summary.text(lang)},
        "causes": [cause_data(c, lang) for c in result.causes],
        "findings": [finding_data(f, lang) for f in result.findings],
        "scorecard": [
            {
                "building_block": row.building_block,
                "name": row.name(lang),
                "status": row.status.value,
                "summary": row.summary(lang),
                "findings": [str(f.code) for f in row.findings],
                "causes": [c.id for c in row.causes],
            }
            for row in result.scorecard
        ],
        "metrics": result.metrics,
        "map_metrics": result.map_metrics,
        "quadrants": {
            actor: {"quadrant": q.value, "label": q.label(lang)}
            for actor, q in result.quadrants.items()
        },
        "structure": [finding_data(f, lang) for f in result.structure],
        "accepted": [
            {
                **finding_data(a.finding, lang),
                "reason": a.acceptance.reason,
                "by": a.acceptance.by,
                "on": a.acceptance.on.isoformat() if a.acceptance.on else None,
                "until": a.acceptance.until.isoformat() if a.acceptance.until else None,
            }
            for a in result.accepted
        ],
        "returned": [
            {"id": r.finding.id, "reason": r.acceptance.reason, "why": r.why(lang)}
            for r in result.returned
        ],
        "notes": [n(lang) for n in result.notes],
        "betweenness_sample": result.betweenness_sample,
    }


def _header(
    result: Analysis, lang: Lang, title: str, names: dict[str, str] | None = None
) -> list[str]:
    nl = lang == "nl"
    bits = []
    if result.practice is not None:
        bits.append(("werkwijze: " if nl else "practice: ") + label(result.practice, lang))
    if result.as_of is not None:
        bits.append(("peildatum " if nl else "as of ") + long_date(result.as_of, lang))
    if result.without:
        # by name, not by id (jurist, third round L1)
        gone = [(names or {}).get(i, i) for i in result.without]
        bits.append(("zonder " if nl else "without ") + ", ".join(gone))
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
    out = _header(result, lang, title, names)
    wrap = textwrap.TextWrapper(width=100, initial_indent="  ", subsequent_indent="  ")
    out.append("Eerst doen" if nl else "Do first")
    out += wrap.wrap(_lead(result, lang))
    for i, c in enumerate(result.first(), start=1):
        out.append(f"  {i}. {c.title(lang)}")
        out += textwrap.wrap(
            ("Wat te organiseren: " if nl else "What to organise: ")
            + after_colon(c.suggestion(lang), _proper(names)),
            width=100,
            initial_indent="     ",
            subsequent_indent="     ",
        )
    out += ["", "Scorekaart" if nl else "Scorecard"]
    for row in result.scorecard:
        status = _pick(_STATUS_SHORT[row.status], lang)
        out.append(f"  [{status:<6}] {row.building_block}. {row.name(lang)}: {row.summary(lang)}")
    deep = textwrap.TextWrapper(width=100, initial_indent="      ", subsequent_indent="      ")
    by_id = {f.id: f for f in result.findings}
    if result.causes:
        out += ["", "Oorzaken" if nl else "Causes"]
    for c in result.causes:
        sev = _pick(SEVERITY_NAMES[c.severity], lang).upper()
        blocks = join([str(b) for b in c.blocks], lang)
        if nl:
            word = "bouwstenen" if len(c.blocks) > 1 else "bouwsteen"
        else:
            word = "blocks" if len(c.blocks) > 1 else "block"
        out += ["", f"{c.rank}. [{sev}] {c.title(lang)}  ({word} {blocks})"]
        out += wrap.wrap(c.detail(lang))
        for e in c.evidence:
            out += wrap.wrap(("Onderbouwing: " if nl else "Evidence: ") + e(lang))
        out += wrap.wrap(
            ("Wat te organiseren: " if nl else "What to organise: ")
            + after_colon(c.suggestion(lang), _proper(names))
        )
        for fid in c.findings:
            f = by_id[fid]
            fsev = _pick(SEVERITY_NAMES[f.severity], lang)
            out.append(f"    - {f.title(lang)}  ({fsev}; {f.code})")
            out += deep.wrap(f.detail(lang))
    out += _accepted_lines(result, lang)
    if result.metrics:
        out += ["", "Centrale actoren (tussenpositie)" if nl else "Central actors (betweenness)"]
        for actor, value in _top_actors(result, "betweenness"):
            out.append(f"  {names.get(actor, actor)}: {number(value, lang, 3)}")
        for f in result.structure:
            out += wrap.wrap(f"{f.title(lang)}. {f.detail(lang)}")
    if result.notes:
        out += ["", "Opmerkingen" if nl else "Notes"]
        out += [f"  - {n(lang)}" for n in result.notes]
    return "\n".join(out) + "\n"


def _lead(result: Analysis, lang: Lang) -> str:
    """The summary's first sentence when the steps follow as a list, else the whole text."""
    summary = result.summary
    return summary.headline(lang) if result.first() and summary.headline.en else summary.text(lang)


def _acceptance_meta(acc: Acceptance, lang: Lang) -> str:
    """``Directie, 1 september 2026, tot en met 31 januari 2027``: who, when, how long."""
    nl = lang == "nl"
    meta = [acc.by] if acc.by else []
    if acc.on is not None:
        meta.append(long_date(acc.on, lang))
    if acc.until is not None:
        meta.append(("tot en met " if nl else "until ") + long_date(acc.until, lang))
    return ", ".join(meta)


def _accepted_lines(result: Analysis, lang: Lang) -> list[str]:
    """Accepted findings apart, with their reason; lapsed acceptances with why."""
    nl = lang == "nl"
    out: list[str] = []
    if result.accepted:
        out += ["", "Geaccepteerde bevindingen" if nl else "Accepted findings"]
        for a in result.accepted:
            meta = _acceptance_meta(a.acceptance, lang)
            out.append(f"  - {a.finding.title(lang)}  ({a.finding.id})")
            reason = f"{'Reden' if nl else 'Reason'}: {a.acceptance.reason}"
            out.append(f"      {reason}" + (f" ({meta})" if meta else ""))
    if result.returned:
        out += ["", "Acceptatie vervallen" if nl else "Acceptance lapsed"]
        for r in result.returned:
            out.append(f"  - {r.finding.title(lang)}: {r.why(lang)}")
    return out


def _accepted_markdown(result: Analysis, lang: Lang) -> list[str]:
    """The accepted findings as a Markdown section (lapsed ones with why)."""
    nl = lang == "nl"
    out: list[str] = []
    if result.accepted:
        out += ["", "## " + ("Geaccepteerde bevindingen" if nl else "Accepted findings"), ""]
        for a in result.accepted:
            meta = _acceptance_meta(a.acceptance, lang)
            out.append(f"- **{_md(a.finding.title(lang))}** (`{a.finding.id}`)  ")
            reason = f"*{'Reden' if nl else 'Reason'}:* {_md(a.acceptance.reason)}"
            out.append(f"  {reason}" + (f" ({_md(meta)})" if meta else ""))
    if result.returned:
        out += ["", "## " + ("Acceptatie vervallen" if nl else "Acceptance lapsed"), ""]
        out += [f"- {_md(r.finding.title(lang))}: {_md(r.why(lang))}" for r in result.returned]
    return out


def _proper(names: dict[str, str]) -> set[str]:
    """The first words of the names on the map: a suggestion that starts with one keeps its
    capital after "Wat te organiseren:" (issue 11)."""
    return {n.split(" ", 1)[0] for n in names.values() if n}


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(
    result: Analysis, lang: Lang = "en", *, title: str = "", names: dict[str, str] | None = None
) -> str:
    """A Markdown report: scorecard table, findings per building block, central actors."""
    nl = lang == "nl"
    names = names or {}
    head = _header(result, lang, title, names)
    out = [f"# {_md(head[0])}", ""]
    out += ["## " + ("Eerst doen" if nl else "Do first"), "", _md(_lead(result, lang)), ""]
    for i, c in enumerate(result.first(), start=1):
        todo = "Wat te organiseren" if nl else "What to organise"
        out.append(f"{i}. **{_md(c.title(lang))}**  ")
        out.append(f"   *{todo}:* {_md(after_colon(c.suggestion(lang), _proper(names)))}")
    out += ["", "## " + ("Scorekaart" if nl else "Scorecard"), ""]
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
    by_id = {f.id: f for f in result.findings}
    if result.causes:
        out += ["", "## " + ("Oorzaken" if nl else "Causes")]
    for c in result.causes:
        sev = _pick(SEVERITY_NAMES[c.severity], lang)
        out += ["", f"### {c.rank}. {_md(c.title(lang))}", ""]
        blocks = ", ".join(f"{b}. {BUILDING_BLOCKS[b](lang)}" for b in c.blocks)
        out.append(f"*{sev}; {'bouwstenen' if nl else 'building blocks'}: {_md(blocks)}*  ")
        out.append(f"{_md(c.detail(lang))}  ")
        for e in c.evidence:
            out.append(f"{'Onderbouwing' if nl else 'Evidence'}: {_md(e(lang))}  ")
        todo = "Wat te organiseren" if nl else "What to organise"
        out += [f"*{todo}:* {_md(after_colon(c.suggestion(lang), _proper(names)))}", ""]
        for fid in c.findings:
            f = by_id[fid]
            fsev = _pick(SEVERITY_NAMES[f.severity], lang)
            out.append(f"- **{_md(f.title(lang))}** ({fsev}, `{f.code}`)  ")
            out.append(f"  {_md(f.detail(lang))}")
    out += _accepted_markdown(result, lang)
    if result.metrics:
        out += ["", "## " + ("Centrale actoren" if nl else "Central actors"), ""]
        cols = list(_METRIC_NAMES)
        out.append("| Actor | " + " | ".join(_pick(_METRIC_NAMES[c], lang) for c in cols) + " |")
        out.append("|---" * (len(cols) + 1) + "|")
        for actor, _ in _top_actors(result, "betweenness", 10):
            values = result.metrics[actor]
            cells = " | ".join(
                number(values[c], lang, 3) if c != "degree" else number(values[c], lang, 0)
                for c in cols
            )
            out.append(f"| {_md(names.get(actor, actor))} | {cells} |")
    if result.notes:
        out += ["", "## " + ("Opmerkingen" if nl else "Notes"), ""]
        out += [f"- {_md(n(lang))}" for n in result.notes]
    return "\n".join(out) + "\n"
