"""The report workbook: the case, its analysis and its map, in Dutch or English.

Sheets: Overview (case, intent, scorecard with red/amber/green fills), Actors, Relationships,
Mandates, Needs (read back by :mod:`exports.excel_import`), Findings, Metrics, a trust matrix,
the power/interest quadrant per actor, the map as a picture, the scorecard over the snapshots
(Trend, only when the map keeps snapshots; not read back) and a hidden sheet with the dropdown
lists.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from exports.excel_analysis import (
    AnalysisLike,
    run_analysis,
    write_findings,
    write_map,
    write_metrics,
    write_quadrants,
    write_scorecard,
    write_trust,
)
from exports.excel_columns import CASE_ROWS, SHEETS, SheetSpec, sheet_title
from exports.excel_style import (
    add_dropdown,
    align_top,
    finish_table,
    paginate,
    print_fit,
    text_height,
    write_row,
)
from exports.office_properties import stamp_workbook
from exports.values import shown, to_cell
from models.case import Case
from models.enums import (
    ActorKind,
    AgreementKind,
    Instrument,
    MandateRule,
    OrganisationKind,
    PowerAct,
    PowerCategory,
    Practice,
    RelationKind,
    RuleType,
    Scope,
    Sphere,
    Urgency,
)
from models.i18n import Lang

__all__ = ["build_report", "entity_rows", "write_report"]

_DROPDOWNS = {
    ("actors", "kind"): ActorKind,
    ("actors", "sphere"): Sphere,
    ("relationships", "kind"): RelationKind,
    ("relationships", "practice"): Practice,
    ("mandates", "instrument"): Instrument,
    ("mandates", "scope"): Scope,
    ("mandates", "practice"): Practice,
    ("needs", "urgency"): Urgency,
    ("organisations", "kind"): OrganisationKind,
    ("powers", "category"): PowerCategory,
    ("powers", "rule_type"): RuleType,
    ("powers", "mandate"): MandateRule,
    ("powers", "act"): PowerAct,
    ("agreements", "kind"): AgreementKind,
}  # a power reference (mandates, needs) is a power's id or a category: no drop-down
_EXTRA_ROWS = 500  # dropdowns reach this far below the data, for rows the user adds


def entity_rows(
    case: Case, sheet: SheetSpec, lang: Lang, titles: Mapping[str, str] | None = None
) -> list[list[object]]:
    """The rows of an entity sheet; ``titles`` are the findings' titles by id (the accepted
    sheet names a finding by its title, its code in the last column)."""
    items = case.collection(sheet.kind)
    specs = sheet.fields()
    rows: list[list[object]] = []
    for item in items:
        row: list[object] = []
        for col in sheet.columns:
            if col.field.startswith("title_of:"):
                found_id = getattr(item, col.field.split(":", 1)[1])
                row.append((titles or {}).get(found_id, NO_LONGER[lang]))
            elif col.is_helper:
                name = col.field.split(":", 1)[1]
                ref = getattr(item, name)
                refers = specs[name].refers
                found = case.collection(refers).get(ref) if ref and refers else None
                row.append(found.name if found else None)
            elif col.field in ("x", "y"):
                pos = getattr(item, "position", None)
                row.append(None if pos is None else round(getattr(pos, col.field), 2))
            else:
                spec = specs[col.field]
                row.append(to_cell(spec, shown(case, spec, getattr(item, col.field)), lang))
        rows.append(row)
    return rows


#: the title cell of an accepted finding the analysis no longer finds (or did not run)
NO_LONGER = {
    "nl": "(niet gevonden in deze analyse)",
    "en": "(not found by this analysis)",
}


def finding_titles(analysis: AnalysisLike | None, lang: Lang) -> dict[str, str]:
    """Every finding's title by id, the accepted ones included (from the scorecard)."""
    if analysis is None:
        return {}
    found = [*analysis.findings, *(f for row in analysis.scorecard for f in row.accepted)]
    return {f.id: f.title(lang) for f in found if f.id}


def _write_entities(
    sheets: list[Any], case: Case, lang: Lang, lists_ws: Any, titles: Mapping[str, str]
) -> None:
    for sheet, ws in zip(SHEETS, sheets, strict=True):
        headers = [c.header(lang) for c in sheet.columns]
        write_row(ws, 1, headers)
        specs = sheet.fields()
        dates = [
            c
            for c, col in enumerate(sheet.columns, start=1)
            if (spec := specs.get(col.field)) is not None and spec.kind == "date"
        ]
        for r, values in enumerate(entity_rows(case, sheet, lang, titles), start=2):
            write_row(ws, r, values)
            for c in dates:
                if values[c - 1] is not None:
                    ws.cell(row=r, column=c).number_format = "yyyy-mm-dd"
        finish_table(ws, headers, [c.width for c in sheet.columns], freeze="C2")
        for c, col in enumerate(sheet.columns, start=1):
            enum = _DROPDOWNS.get((sheet.key, col.field))
            if enum is not None:
                add_dropdown(ws, c, lists_ws, enum, lang, ws.max_row + _EXTRA_ROWS)


def _write_overview(ws: Any, case: Case, lang: Lang) -> int:
    """Case data in A (label) and B:C (value); returns the next free row."""
    from openpyxl.styles import Alignment, Font

    info = case.info
    write_row(ws, 1, [case.info.title])
    ws.cell(row=1, column=1).font = Font(bold=True, size=16)
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 90
    print_fit(ws)  # 140 characters wide: landscape prints it at a readable size
    row = 3
    for field, en, nl in CASE_ROWS:
        value: object = getattr(info, field)
        owner = case.actors.get(str(value)) if field == "intent_owner" and value else None
        if (
            owner is not None
            and sum(a.name == owner.name for a in case.actors) == 1
            and case.actors.get(owner.name) in (None, owner)  # not another actor's id
        ):
            value = owner.name  # a reader sees the name; reading back finds the actor by it
            owner = None
        write_row(ws, row, [nl if lang == "nl" else en, value])
        ws.cell(row=row, column=1).font = Font(bold=True)
        ws.cell(row=row, column=1).alignment = Alignment(vertical="top")
        if field in ("title", "intent", "description"):
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
            ws.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[row].height = text_height(value, 104)
        if field == "as_of" and value is not None:
            # a date in words in the report's language, still a date for reading back (new
            # user, seventh round: "As of 2026-10-01")
            ws.cell(row=row, column=2).number_format = LONG_DATE["nl" if lang == "nl" else "en"]
            ws.cell(row=row, column=2).alignment = Alignment(horizontal="left")
        if owner is not None:  # two actors of that name: the key, and the name beside it
            write_row(ws, row, [owner.name], start=3)
        row += 1
    counts = (
        ("Actors", "Actoren", len(case.actors)),
        ("Relationships", "Relaties", len(case.relationships)),
        ("Mandates", "Mandaten", len(case.mandates)),
        ("Needs", "Benodigde besluiten", len(case.needs)),
    )
    row += 1
    for en, nl, count in counts:
        write_row(ws, row, [nl if lang == "nl" else en, count])
        ws.cell(row=row, column=2).alignment = Alignment(horizontal="left")
        row += 1
    return row + 1


#: The reference date in words: "1 oktober 2026" / "1 October 2026" (the locale code names
#: the language of the month, whatever the reader's system).
LONG_DATE = {"nl": "[$-413]d mmmm yyyy", "en": "[$-809]d mmmm yyyy"}


def build_report(
    case: Case,
    *,
    lang: Lang = "nl",
    analysis: AnalysisLike | None = None,
    picture: bytes | None = None,
    scene: Any = None,
    analyse: bool = True,
) -> Any:
    """The report as an openpyxl ``Workbook``.

    ``analysis`` defaults to running :func:`mapper.analyse` (when ``analyse`` is true and the
    analysis engine is installed). ``picture`` is a PNG of the map; without it the map is
    rendered from ``scene`` with :mod:`exports.image`, else with Graphviz, else drawn simply.
    """
    import gc

    from openpyxl import Workbook

    from exports.memory import give_back

    if analysis is None and analyse:
        analysis = run_analysis(case)
    wb = Workbook()
    stamp_workbook(wb, lang=lang)
    overview = wb.active
    overview.title = sheet_title("overview", lang)
    next_row = _write_overview(overview, case, lang)
    lists_ws = wb.create_sheet(sheet_title("lists", lang))
    entity_sheets = [wb.create_sheet(sheet.title(lang)) for sheet in SHEETS]
    titles = finding_titles(analysis, lang)
    if analysis is not None:
        findings_ws = wb.create_sheet(sheet_title("findings", lang))
        metrics_ws = wb.create_sheet(sheet_title("metrics", lang))
        write_scorecard(overview, next_row, analysis, lang)
        write_findings(findings_ws, case, analysis, lang)
        write_metrics(metrics_ws, case, analysis, lang)
    trust_ws = wb.create_sheet(sheet_title("trust", lang))
    write_quadrants(wb.create_sheet(sheet_title("quadrants", lang)), case, analysis, lang)
    # the analysis's sheets first, so that an analysis made here is let go before the sheets
    # of every actor, tie and mandate (at 10,000 actors the two were 170 and 200 MB side by
    # side: issue 14, new user 13 S2); the sheets stay in their order
    analysis = None
    gc.collect()
    give_back()
    _write_entities(entity_sheets, case, lang, lists_ws, titles)
    write_trust(trust_ws, case, lang)
    write_map(wb.create_sheet(sheet_title("map", lang)), case, lang, picture, scene)
    if case.timeline.snapshots and analyse:
        from exports.excel_trend import write_trend
        from mapper.timeline import case_timeline

        write_trend(wb.create_sheet(sheet_title("trend", lang)), case_timeline(case), lang)
    wb.move_sheet(lists_ws, offset=len(wb.sheetnames))
    lists_ws.sheet_state = "hidden"
    align_top(wb)  # every cell at the top of its row, wrapped or not
    paginate(wb)  # printed at a size one can read
    return wb


def write_report(
    case: Case,
    path: str | os.PathLike[str],
    *,
    lang: Lang = "nl",
    analysis: AnalysisLike | None = None,
    picture: bytes | None = None,
    scene: Any = None,
    analyse: bool = True,
) -> None:
    """Write the report workbook to ``path`` (see :func:`build_report`)."""
    from exports.output import save_workbook

    wb = build_report(
        case, lang=lang, analysis=analysis, picture=picture, scene=scene, analyse=analyse
    )
    save_workbook(wb, path)
