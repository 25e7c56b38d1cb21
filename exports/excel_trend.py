"""The Trend sheet of the report workbook: the scorecard per building block at each snapshot
kept in the map and now, and the stance and trust that changed over them.

Written only when the map keeps snapshots. It is a report for people, not read back: the
snapshots themselves stay in the ``.kvmap`` (the export says so).
"""

from __future__ import annotations

from typing import Any

from exports.excel_style import FILLS, fill, print_fit, style_header, write_row
from mapper.findings import BUILDING_BLOCKS
from mapper.timeline import CaseTimeline, Moment
from models.i18n import Lang, long_date

__all__ = ["write_trend"]

_STATUS = {
    "red": ("Red", "Rood"),
    "amber": ("Amber", "Oranje"),
    "green": ("Green", "Groen"),
    "grey": ("Not enough to judge", "Niet te beoordelen"),
}


def _pick(lang: Lang, en: str, nl: str) -> str:
    return nl if lang == "nl" else en


def _heading(moment: Moment, lang: Lang) -> str:
    day = long_date(moment.date, lang)
    if moment.id is None:
        return _pick(lang, f"Now ({day})", f"Nu ({day})")
    return f"{day}\n{moment.label}"


def write_trend(ws: Any, line: CaseTimeline, lang: Lang) -> None:
    """The scorecard over the moments of ``line``, then stance and trust where they changed."""
    from openpyxl.styles import Alignment, Font

    cols = len(line.moments)
    write_row(ws, 1, [_pick(lang, "Scorecard over time", "Scorekaart in de tijd")])
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    write_row(ws, 2, [_pick(
        lang,
        "One column per snapshot kept in the map, and the map now: each building block's "
        "traffic light, with the number of causes of findings in brackets.",
        "Eén kolom per momentopname in de kaart en één voor de kaart nu: het verkeerslicht "
        "van elke bouwsteen, met tussen haakjes het aantal oorzaken van bevindingen.",
    )])  # fmt: skip
    ws.column_dimensions["A"].width = 48
    for c in range(cols):
        ws.column_dimensions[_letter(c + 2)].width = 24
    row = 4
    write_row(ws, row, [_pick(lang, "Building block", "Bouwsteen"),
                        *(_heading(m, lang) for m in line.moments)])  # fmt: skip
    style_header(ws, row, cols + 1)
    ws.row_dimensions[row].height = 80
    for block in line.blocks:
        row += 1
        values: list[object] = [f"{block}. {BUILDING_BLOCKS[block](lang)}"]
        for m in line.moments:
            en, nl = _STATUS[m.status[block].value]
            values.append(f"{_pick(lang, en, nl)} ({m.causes[block]})")
        write_row(ws, row, values)
        for c, m in enumerate(line.moments, start=2):
            cell = ws.cell(row=row, column=c)
            cell.fill = fill(FILLS[m.status[block].value])
            cell.alignment = Alignment(horizontal="center")
    for which, title, none in (
        ("stance", _pick(lang, "Stance per actor (-2 to +2), where it changed",
                         "Houding per actor (-2 tot +2), waar die veranderde"),
         _pick(lang, "No actor's stance changed.", "Bij geen actor veranderde de houding.")),
        ("trust", _pick(lang, "Trust per tie (-2 to +2), where it changed",
                        "Vertrouwen per relatie (-2 tot +2), waar dat veranderde"),
         _pick(lang, "No trust changed.", "Nergens veranderde het vertrouwen.")),
    ):  # fmt: skip
        row += 2
        write_row(ws, row, [title, *(_heading(m, lang) for m in line.moments)])
        style_header(ws, row, cols + 1)
        ws.row_dimensions[row].height = 80
        rows = _changed(line, which)
        for name, series in rows:
            row += 1
            write_row(ws, row, [name, *(_signed(v) for v in series)])
            ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True)
            for c in range(2, cols + 2):
                ws.cell(row=row, column=c).alignment = Alignment(horizontal="center")
        if not rows:
            row += 1
            write_row(ws, row, [none])
    ws.freeze_panes = "B5"
    print_fit(ws, landscape=True)


def _changed(line: CaseTimeline, which: str) -> list[tuple[str, list[int | None]]]:
    """Per actor (or tie) its values over the moments, only where they differ."""
    names: dict[str, None] = {}
    for m in line.moments:
        names.update(dict.fromkeys(getattr(m, which)))
    out = []
    for name in names:
        values = [getattr(m, which).get(name) for m in line.moments]
        if len(set(values)) > 1:
            out.append((name, values))
    return out


def _signed(value: int | None) -> str:
    """``+1``, ``0``, ``-2``; empty where the actor or tie was not on the map."""
    if value is None:
        return ""
    return f"{value:+d}" if value else "0"


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(col))
