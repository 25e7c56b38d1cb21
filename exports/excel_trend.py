"""The Trend sheet of the report workbook: the scorecard per building block at each snapshot
kept in the map and now, and the stance and trust that changed over them.

Written only when the map keeps snapshots. It is a report for people, not read back: the
snapshots themselves stay in the ``.kvmap`` (the export says so).
"""

from __future__ import annotations

from exports.excel_rows import HEADER, Look, SheetRows
from exports.excel_style import FILLS, fill, print_fit
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


def write_trend(rows: SheetRows, line: CaseTimeline, lang: Lang) -> None:
    """The scorecard over the moments of ``line``, then stance and trust where they changed."""
    from openpyxl.styles import Alignment, Font

    ws = rows.ws
    cols = len(line.moments)
    rows.width = cols + 1
    ws.column_dimensions["A"].width = 48
    for c in range(cols):
        ws.column_dimensions[_letter(c + 2)].width = 24
    ws.freeze_panes = "B5"
    print_fit(ws, landscape=True)
    rows.append(
        [_pick(lang, "Scorecard over time", "Scorekaart in de tijd")],
        {1: Look(font=Font(bold=True, size=14))},
    )
    rows.append(
        [
            _pick(
                lang,
                "One column per snapshot kept in the map, and the map now: each building block's "
                "traffic light, with the number of causes of findings in brackets.",
                "Eén kolom per momentopname in de kaart en één voor de kaart nu: het verkeerslicht "
                "van elke bouwsteen, met tussen haakjes het aantal oorzaken van bevindingen.",
            )
        ]
    )
    rows.blank()
    headers = dict.fromkeys(range(1, cols + 2), HEADER)
    rows.append(
        [_pick(lang, "Building block", "Bouwsteen"), *(_heading(m, lang) for m in line.moments)],
        headers,
        height=80,
    )
    centre = Alignment(horizontal="center")
    for block in line.blocks:
        values: list[object] = [f"{block}. {BUILDING_BLOCKS[block](lang)}"]
        for m in line.moments:
            en, nl = _STATUS[m.status[block].value]
            values.append(f"{_pick(lang, en, nl)} ({m.causes[block]})")
        looks = {
            c: Look(fill=fill(FILLS[m.status[block].value]), alignment=centre)
            for c, m in enumerate(line.moments, start=2)
        }
        rows.append(values, looks)
    for which, title, none in (
        (
            "stance",
            _pick(
                lang,
                "Stance per actor (-2 to +2), where it changed",
                "Houding per actor (-2 tot +2), waar die veranderde",
            ),
            _pick(lang, "No actor's stance changed.", "Bij geen actor veranderde de houding."),
        ),
        (
            "trust",
            _pick(
                lang,
                "Trust per tie (-2 to +2), where it changed",
                "Vertrouwen per relatie (-2 tot +2), waar dat veranderde",
            ),
            _pick(lang, "No trust changed.", "Nergens veranderde het vertrouwen."),
        ),
    ):
        rows.blank()
        rows.append([title, *(_heading(m, lang) for m in line.moments)], headers, height=80)
        changed = _changed(line, which)
        looks = {
            1: Look(alignment=Alignment(wrap_text=True)),
            **{c: Look(alignment=centre) for c in range(2, cols + 2)},
        }
        for name, series in changed:
            rows.append([name, *(_signed(v) for v in series)], looks)
        if not changed:
            rows.append([none])


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
