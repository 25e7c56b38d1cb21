"""The scorecard: one traffic light per building block with a one-line summary.

Red when a block has a critical finding, amber when it has a warning, green otherwise.

Examples
--------
>>> rows = scorecard(())
>>> [r.status.value for r in rows] == ["green"] * 7
True
>>> rows[0].summary("nl")
'Geen knelpunten gevonden.'
"""

from __future__ import annotations

from collections.abc import Iterable

from mapper.findings import BUILDING_BLOCKS, Finding, ScoreRow, Severity, Status, Text

__all__ = ["scorecard"]


def _summary(found: list[Finding]) -> Text:
    if not found:
        return Text("No problems found.", "Geen knelpunten gevonden.")
    crit = sum(f.severity == Severity.CRITICAL for f in found)
    warn = sum(f.severity == Severity.WARNING for f in found)
    info = len(found) - crit - warn
    worst = min(found, key=lambda f: f.severity.rank)
    parts_en = [f"{crit} critical"] if crit else []
    parts_nl = [f"{crit} kritiek"] if crit else []
    if warn:
        parts_en.append(f"{warn} warning{'s' if warn != 1 else ''}")
        parts_nl.append(f"{warn} waarschuwing{'en' if warn != 1 else ''}")
    if info:
        parts_en.append(f"{info} note{'s' if info != 1 else ''}")
        parts_nl.append(f"{info} opmerking{'en' if info != 1 else ''}")
    return Text(
        f"{', '.join(parts_en)}; most serious: {worst.title.en}",
        f"{', '.join(parts_nl)}; belangrijkste: {worst.title.nl}",
    )


def scorecard(findings: Iterable[Finding]) -> tuple[ScoreRow, ...]:
    """One row per building block (1..7), its findings sorted worst first."""
    rows: list[ScoreRow] = []
    all_found = list(findings)
    for block in BUILDING_BLOCKS:
        found = sorted(
            (f for f in all_found if f.building_block == block), key=lambda f: f.severity.rank
        )
        if any(f.severity == Severity.CRITICAL for f in found):
            status = Status.RED
        elif any(f.severity == Severity.WARNING for f in found):
            status = Status.AMBER
        else:
            status = Status.GREEN
        rows.append(ScoreRow(block, status, _summary(found), tuple(found)))
    return tuple(rows)
