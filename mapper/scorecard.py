"""The scorecard: one traffic light per building block, coloured by its causes.

Each cause is counted once, in the block where it belongs most (:attr:`Cause.block`). A
block is red when one of its causes is critical, amber when one is a warning or when a
critical cause of another block touches it (green must mean nothing is wrong: new user,
eleventh round, A2), green when the map holds enough to judge it and nothing is wrong,
and grey ("niet te beoordelen") when the map holds nothing to judge it by — an empty map is
grey, never green. Accepted findings do not colour the scorecard.

Examples
--------
>>> rows = scorecard(())
>>> [r.status.value for r in rows] == ["green"] * 7
True
>>> rows[0].summary("nl")
'Geen knelpunten gevonden.'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from mapper.context import Context
from mapper.findings import BUILDING_BLOCKS, Cause, Finding, ScoreRow, Severity, Status, Text
from mapper.wording import capital, count
from models import RelationKind

__all__ = ["accepted_verdict", "judgeable", "scorecard"]


#: how a cause of another block is named in a block it touches (new user, twelfth round:
#: "Groen — Geen eigen oorzaken; wel geraakt door …" read oddly to an executive)
_KIND = {
    Severity.CRITICAL: ("a critical cause", "een kritieke oorzaak"),
    Severity.WARNING: ("a warning", "een waarschuwing"),
    Severity.INFO: ("a note", "een opmerking"),
}


def _part_of(c: Cause, also: tuple[str, str] = ("", "")) -> Text:
    """ "speelt (wel/ook) mee in een kritieke oorzaak van bouwsteen 4: …" """
    en, nl = _KIND[c.severity]
    return Text(
        f"{also[0]}plays a part in {en} of block {c.block}: {c.title.en}",
        f"speelt {also[1]}mee in {nl} van bouwsteen {c.block}: {c.title.nl}",
    )


def _summary(causes: list[Cause], why_not: Text | None, touching: list[Cause]) -> Text:
    critical = [c for c in touching if c.severity == Severity.CRITICAL]
    if not causes:
        if why_not is not None:
            return Text(f"Not enough to judge: {why_not.en}.", f"Niet te beoordelen: {why_not.nl}.")
        if touching:  # amber for a critical cause, green for a warning or a note
            part = _part_of((critical or touching)[0], ("", "") if critical else ("", "wel "))
            join = (", but ", ", maar ") if critical else ("; ", "; ")
            return Text(
                f"No problems of its own{join[0]}{part.en}.",
                f"Geen eigen knelpunten{join[1]}{part.nl}.",
            )
        return Text("No problems found.", "Geen knelpunten gevonden.")
    crit = sum(c.severity == Severity.CRITICAL for c in causes)
    warn = sum(c.severity == Severity.WARNING for c in causes)
    first = causes[0].title
    if not crit and not warn:
        # notes only: no problem of its own, unless another block's critical cause touches it
        # (amber; session 12, A2 rest); "Eén oorzaak; eerst: …" read as a problem in green
        one = len(causes) == 1
        en = f"{count(len(causes), 'note', 'notes', 'en')}{':' if one else ', first:'} {first.en}"
        nl = (
            f"{count(len(causes), 'opmerking', 'opmerkingen', 'nl')}"
            f"{':' if one else ', eerst:'} {first.nl}"
        )
        if critical:
            part = _part_of(critical[0], ("also ", "ook "))
            return Text(f"{capital(en)}; {part.en}.", f"{capital(nl)}; {part.nl}.")
        return Text(f"No problems; {en}", f"Geen knelpunten; {nl}")
    en = count(len(causes), "cause", "causes", "en")
    nl = count(len(causes), "oorzaak", "oorzaken", "nl")
    if crit:
        en += f", {count(crit, 'critical', 'critical', 'en')}"
        nl += f", {count(crit, 'kritiek', 'kritiek', 'nl')}"
    else:
        en += f", {count(warn, 'warning', 'warnings', 'en')}"
        nl += f", {count(warn, 'waarschuwing', 'waarschuwingen', 'nl')}"
    return Text(
        f"{capital(en)}; first: {first.en}",
        f"{capital(nl)}; eerst: {first.nl}",
    )


def scorecard(
    findings: Iterable[Finding],
    causes: Iterable[Cause] = (),
    *,
    not_judgeable: Mapping[int, Text] | None = None,
    accepted: frozenset[str] = frozenset(),
    accepted_findings: Iterable[Finding] = (),
) -> tuple[ScoreRow, ...]:
    """One row per building block (1..7).

    ``causes`` colour the rows (each in its own block, ranked order kept); ``findings`` are
    listed under the block of their cause. ``not_judgeable`` maps a block to why the map
    cannot be judged on it. Without causes (older callers) every finding counts as its own.
    ``accepted_findings`` (accepted risks) do not colour a row, but the summary of the block
    each belongs to names them: an executive who sees green must see the risks accepted
    there (new user, tenth round, N4).
    """
    all_found = list(findings)
    if any(not f.id for f in all_found):
        from mapper.finding_ids import assign_ids

        all_found = list(assign_ids(all_found))
    all_found = [f for f in all_found if f.id not in accepted]
    by_id = {f.id: f for f in all_found}
    live_causes = [c for c in causes if any(fid in by_id for fid in c.findings)] or _one_cause_each(
        all_found
    )
    why = dict(not_judgeable or {})
    kept = [f for f in accepted_findings if f.id]
    rows: list[ScoreRow] = []
    for block in BUILDING_BLOCKS:
        mine = [c for c in live_causes if c.block == block]
        found = tuple(by_id[fid] for c in mine for fid in c.findings if fid in by_id)
        worst = min((c.severity.rank for c in mine), default=3)
        why_not = why.get(block)
        if worst == 0:
            status = Status.RED
        elif worst == 1:
            status = Status.AMBER
        elif why_not is not None:
            status = Status.GREY
        else:
            status = Status.GREEN
        serious = (
            [c for c in mine if c.severity != Severity.INFO] if status is Status.GREY else mine
        )
        touching = [
            c
            for c in live_causes
            if c.block != block and block in c.blocks and c.severity != Severity.INFO
        ]
        if status is Status.GREEN and any(c.severity == Severity.CRITICAL for c in touching):
            status = Status.AMBER
        summary = _summary(serious, why_not, touching)
        risks = tuple(f for f in kept if f.building_block == block)
        if risks:
            summary = _with_accepted(summary, risks)
        rows.append(ScoreRow(block, status, summary, found, tuple(mine), risks))
    return tuple(rows)


def _with_accepted(summary: Text, risks: tuple[Finding, ...]) -> Text:
    """``summary`` followed by the block's accepted risks: how many, and the first."""
    n = len(risks)
    first = risks[0].title
    en = capital(count(n, "accepted risk", "accepted risks", "en"))
    nl = capital(count(n, "geaccepteerd risico", "geaccepteerde risico's", "nl"))
    en += f": {first.en}" if n == 1 else f", first: {first.en}"
    nl += f": {first.nl}" if n == 1 else f", eerst: {first.nl}"
    return Text(_sentence(summary.en) + " " + en + ".", _sentence(summary.nl) + " " + nl + ".")


def _sentence(text: str) -> str:
    """``text`` ending as a sentence."""
    return text if text.endswith(".") else text + "."


def accepted_verdict(row: ScoreRow) -> Text | None:
    """What a row's verdict adds for its accepted risks ("with one accepted risk"), or None."""
    n = len(row.accepted)
    if not n:
        return None
    return Text(
        "with " + count(n, "accepted risk", "accepted risks", "en"),
        "met " + count(n, "geaccepteerd risico", "geaccepteerde risico's", "nl"),
    )


def _one_cause_each(found: list[Finding]) -> list[Cause]:
    ordered = sorted(found, key=lambda f: (f.severity.rank, f.building_block))
    return [
        Cause(
            id=f.id or f"{f.code}:{i}",
            title=f.title,
            detail=f.detail,
            suggestion=f.suggestion,
            severity=f.severity,
            rank=i,
            block=f.building_block,
            blocks=(f.building_block,),
            findings=(f.id,),
        )
        for i, f in enumerate(ordered, start=1)
    ]


def judgeable(block: int, ctx: Context) -> Text | None:
    """None when the map holds enough to judge ``block``; otherwise why not."""
    g = ctx.graphs
    rels = [r for r in g.relationships if r.source != r.target]
    spheres = {a.effective_sphere for a in g.actors.values()}
    reasons: dict[int, tuple[bool, Text]] = {
        1: (bool(g.actors), Text("the map has no actors", "er staan geen actoren op de kaart")),
        2: (bool(rels), Text("the map has no relationships", "de kaart heeft geen relaties")),
        3: (
            bool(g.needs),
            Text("the map names no needed decisions", "de kaart noemt geen benodigde besluiten"),
        ),
        4: (
            bool(g.mandates) or bool(g.powers),
            Text(
                "the map has no mandates or powers", "de kaart heeft geen mandaten of bevoegdheden"
            ),
        ),
        5: (
            any(r.kind == RelationKind.TRUST for r in rels),
            Text("the map has no trust relationships", "de kaart heeft geen vertrouwensrelaties"),
        ),
        6: (
            bool(rels) and len(spheres) >= 2,
            Text(
                "the map has no actors from two or more spheres",
                "er staan geen actoren uit twee of meer werelden op de kaart",
            ),
        ),
        7: (
            bool(rels) and bool(ctx.case_handlers),
            Text("the map names no case handler", "de kaart noemt geen behandelaar"),
        ),
    }
    ok, why = reasons[block]
    return None if ok else why
