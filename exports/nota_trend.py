"""The scorecard over time in the advice note: a figure under the scorecard, when the map keeps
snapshots. A coloured table (a real Word table, like the scorecard above it): one row per
building block, one column per snapshot and one for now. It names no actor: the trust and
stance per actor stay in the Excel report's Trend sheet.
"""

from __future__ import annotations

from typing import Any

from exports.advice import STATUS_RGB, long_date, status_name
from exports.docx_tables import TEXT_WIDTH, add_table, shade
from mapper.analysis import Analysis
from mapper.findings import BUILDING_BLOCKS, Text
from mapper.timeline import CaseTimeline, Moment, case_timeline, scorecard_of
from mapper.wording import count, word
from models.case import Case
from models.i18n import Lang
from models.timeline import Snapshot

__all__ = ["MOST_COLUMNS", "add_trend", "causes"]

MOST_COLUMNS = 6  # moments shown: the last snapshots and now, so the table fits the page

_W = {
    "title": Text("The scorecard over time", "De scorekaart in de tijd"),
    "caption": Text(
        "Figure: the verdict per building block at each snapshot of the map and now, with the "
        "number of causes.",
        "Figuur: het oordeel per bouwsteen bij elke momentopname van de kaart en nu, met het "
        "aantal oorzaken.",
    ),
    "now": Text("Now", "Nu"),
    "block": Text("Building block", "Bouwsteen"),
}


def _intro(kept_in: tuple[Snapshot, ...], shown: int, lang: Lang) -> str:
    snaps = len(kept_in)
    first = kept_in[0].date
    if lang == "nl":
        kept = count(snaps, "momentopname", "momentopnamen", lang)
    else:
        kept = count(snaps, "snapshot", "snapshots", lang)
    if lang == "nl":
        text = f"De kaart houdt {kept} bij, de eerste van {long_date(first, lang)}."
        if shown < snaps:
            text += f" De figuur toont de laatste {word(shown, lang)}."
        return text
    text = f"The map keeps {kept}, the first of {long_date(first, lang)}."
    if shown < snaps:
        text += f" The figure shows the last {word(shown, lang)}."
    return text


def add_trend(
    doc: Any,
    case: Case,
    lang: Lang,
    *,
    labels: bool = True,
    analysed: Analysis | None = None,
) -> CaseTimeline | None:
    """Add the figure to ``doc`` (nothing without snapshots); returns what it shows.

    ``labels`` False leaves the snapshots' names out (an anonymised note: a name may hold a
    resident's name) and dates them only. ``analysed``: the note's own ``analyse(case)``, the
    column "now" (the map analysed once; an analysis made with other options is not given).
    The snapshots' scorecards are kept between runs (:mod:`exports.trend_scores`).
    """
    if not case.timeline.snapshots:
        return None
    from exports.trend_scores import open_scores

    now = None if analysed is None else scorecard_of(analysed.scorecard)
    scores = open_scores()  # the snapshots analysed in an earlier run (issue 14, F2)
    try:  # only what the figure shows (F2)
        line = case_timeline(case, last=MOST_COLUMNS - 1, store=scores, now=now)
    finally:
        scores.close()
    moments = line.moments[-MOST_COLUMNS:]
    doc.add_heading(_W["title"](lang), level=2)
    doc.add_paragraph(_intro(case.timeline.snapshots, len(moments) - 1, lang))
    if labels:
        for m in moments[:-1]:
            doc.add_paragraph(f"{long_date(m.date, lang)}: {m.label}", style="List Bullet")
    first = 4.6
    rest = (TEXT_WIDTH - first) / len(moments)
    header = [_W["block"](lang)] + [_heading(m, lang) for m in moments]
    rows = [
        [f"{b}. {BUILDING_BLOCKS[b](lang)}"]
        + [f"{status_name(m.status[b], lang)}: {causes(m.causes[b], lang)}" for m in moments]
        for b in line.blocks
    ]
    made = add_table(doc, header, rows, [first] + [rest] * len(moments))
    for row, block in zip(made.rows[1:], line.blocks, strict=True):
        for cell, m in zip(row.cells[1:], moments, strict=True):
            shade(cell, STATUS_RGB[m.status[block]])
    doc.add_paragraph(_W["caption"](lang), style="Caption")
    if said := _same_day(moments, lang):
        doc.add_paragraph(said)
    return line


def _same_day(moments: tuple[Moment, ...], lang: Lang) -> str:
    """Why a snapshot and "now" on the same day differ: the map was added to after the
    snapshot was taken (jurist 15, J22); "" when they agree or lie on other days."""
    now = moments[-1]
    same = [
        m
        for m in moments[:-1]
        if m.date == now.date and (m.status != now.status or m.causes != now.causes)
    ]
    if not same:
        return ""
    day = long_date(now.date, lang)
    if lang == "nl":
        return (
            f"De kolommen ‘{day}’ en ‘{_heading(now, lang)}’ verschillen: de kaart is na de "
            f"momentopname van {day} nog aangevuld."
        )
    return (
        f"The columns ‘{day}’ and ‘{_heading(now, lang)}’ differ: the map was added to after "
        f"the snapshot of {day}."
    )


def causes(number: int, lang: Lang) -> str:
    """``geen oorzaken``, ``1 oorzaak``, ``3 oorzaken`` (figures: a table cell)."""
    if lang == "nl":
        return "geen oorzaken" if not number else f"{number} oorza{'ak' if number == 1 else 'ken'}"
    return "no causes" if not number else f"{number} cause{'' if number == 1 else 's'}"


def _heading(moment: Moment, lang: Lang) -> str:
    day = long_date(moment.date, lang)
    return f"{_W['now'](lang)} ({day})" if moment.id is None else day
