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
from enum import StrEnum
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
from exports.excel_rows import Look, SheetRows, discard, merge, table
from exports.excel_style import dropdown, list_title, paginate, print_fit, text_height
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
from models.labels import label

__all__ = ["build_report", "entity_rows", "list_enums", "write_report"]

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


def list_enums() -> list[type[StrEnum]]:
    """The enums with a drop-down, in the order their columns stand on the hidden list sheet."""
    found: list[type[StrEnum]] = []
    for sheet in SHEETS:
        for col in sheet.columns:
            enum = _DROPDOWNS.get((sheet.key, col.field))
            if enum is not None and enum not in found:
                found.append(enum)
    return found


def _write_lists(lists: SheetRows, lang: Lang) -> None:
    """The hidden sheet of drop-down values: one column per enum, its header on top."""
    columns = [[list_title(e, lang), *(label(m, lang) for m in e)] for e in list_enums()]
    lists.width = len(columns)
    for i in range(max(map(len, columns), default=0)):
        lists.append([c[i] if i < len(c) else None for c in columns])


def _write_entities(
    sheets: list[SheetRows], case: Case, lang: Lang, lists_title: str, titles: Mapping[str, str]
) -> None:
    enums = list_enums()
    for sheet, rows in zip(SHEETS, sheets, strict=True):
        headers = [c.header(lang) for c in sheet.columns]
        rows.width = len(headers)
        specs = sheet.fields()
        dates = [
            c
            for c, col in enumerate(sheet.columns, start=1)
            if (spec := specs.get(col.field)) is not None and spec.kind == "date"
        ]
        data = (
            (values, {c: _DATE for c in dates if values[c - 1] is not None})
            for values in entity_rows(case, sheet, lang, titles)
        )
        count = table(
            rows,
            headers,
            [c.width for c in sheet.columns],
            data,
            total=len(case.collection(sheet.kind)),
            freeze="C2",
        )
        for c, col in enumerate(sheet.columns, start=1):
            enum = _DROPDOWNS.get((sheet.key, col.field))
            if enum is not None:
                dropdown(
                    rows.ws,
                    c,
                    lists_title,
                    enums.index(enum) + 1,
                    len(list(enum)),
                    lang,
                    count + 1 + _EXTRA_ROWS,
                )


_DATE = Look(number_format="yyyy-mm-dd")


def _write_overview(rows: SheetRows, case: Case, lang: Lang, analysis: AnalysisLike | None) -> None:
    """Case data in A (label) and B:C (value), the counts, and the scorecard under them."""
    from openpyxl.styles import Alignment, Font

    ws = rows.ws
    info = case.info
    rows.width = 3
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 90
    print_fit(ws)  # 140 characters wide: landscape prints it at a readable size
    rows.append([case.info.title], {1: Look(font=Font(bold=True, size=16))})
    rows.blank()
    label_look = Look(font=Font(bold=True), alignment=Alignment(vertical="top"))
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
        values: list[object] = [nl if lang == "nl" else en, value]
        looks = {1: label_look}
        height = None
        merged = field in ("title", "intent", "description")
        if merged:
            looks[2] = Look(alignment=Alignment(wrap_text=True, vertical="top"))
            height = text_height(value, 104)
        if field == "as_of" and value is not None:
            # a date in words in the report's language, still a date for reading back (new
            # user, seventh round: "As of 2026-10-01")
            looks[2] = Look(
                number_format=LONG_DATE["nl" if lang == "nl" else "en"],
                alignment=Alignment(horizontal="left"),
            )
        if owner is not None:  # two actors of that name: the key, and the name beside it
            values.append(owner.name)
        rows.append(values, looks, height=height, skip=(3,) if merged else ())
        if merged:
            merge(ws, f"B{rows.max_row}:C{rows.max_row}")
    counts = (
        ("Actors", "Actoren", len(case.actors)),
        ("Relationships", "Relaties", len(case.relationships)),
        ("Mandates", "Mandaten", len(case.mandates)),
        ("Needs", "Benodigde besluiten", len(case.needs)),
    )
    rows.blank()
    left = Look(alignment=Alignment(horizontal="left"))
    for en, nl, count in counts:
        rows.append([nl if lang == "nl" else en, count], {2: left})
    if analysis is not None:
        rows.blank()
        write_scorecard(rows, analysis, lang)


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
    write_only: bool = False,
) -> Any:
    """The report as an openpyxl ``Workbook``; with ``write_only`` a write-only one, its rows
    already on their way to the file (:mod:`exports.excel_rows`), to be saved once.

    ``analysis`` defaults to running :func:`mapper.analyse` (when ``analyse`` is true and the
    analysis engine is installed). ``picture`` is a PNG of the map (``b""`` for none, as
    for the nota and the deck); without it the map is rendered from ``scene`` with
    :mod:`exports.image`, else with Graphviz, else drawn simply.
    """
    from openpyxl import Workbook

    from exports.memory import let_go

    own = analysis is None and analyse  # analysed here: the Trend's "now" is this analysis
    if analysis is None and analyse:
        analysis = run_analysis(case)
    now = None
    if own and analysis is not None and case.timeline.snapshots:
        from mapper.timeline import scorecard_of

        now = scorecard_of(analysis.scorecard)
    wb = Workbook(write_only=write_only)
    try:
        stamp_workbook(wb, lang=lang)
        if not write_only:
            wb.remove(wb.active)  # every sheet is made below, in its order
        titles = [sheet_title("overview", lang), *(sheet.title(lang) for sheet in SHEETS)]
        if analysis is not None:
            titles += [sheet_title("findings", lang), sheet_title("metrics", lang)]
        titles += [sheet_title(key, lang) for key in ("trust", "quadrants", "map")]
        if case.timeline.snapshots and analyse:
            titles.append(sheet_title("trend", lang))
        titles.append(sheet_title("lists", lang))
        sheets = {title: SheetRows(wb.create_sheet(title)) for title in titles}
        rows = list(sheets.values())
        entity_titles = titles[1 : 1 + len(SHEETS)]
        _write_overview(rows[0], case, lang, analysis)
        if analysis is not None:
            write_findings(sheets[sheet_title("findings", lang)], case, analysis, lang)
            write_metrics(sheets[sheet_title("metrics", lang)], case, analysis, lang)
        write_quadrants(sheets[sheet_title("quadrants", lang)], case, analysis, lang)
        found_titles = finding_titles(analysis, lang)
        # the analysis's sheets first, so that an analysis made here is let go before the sheets
        # of every actor, tie and mandate (at 10,000 actors the two were 170 and 200 MB side by
        # side: issue 14, new user 13 S2); the sheets stay in their order
        analysis = None
        let_go(len(case.actors))
        lists = sheets[sheet_title("lists", lang)]
        _write_entities(
            [sheets[t] for t in entity_titles], case, lang, lists.ws.title, found_titles
        )
        write_trust(sheets[sheet_title("trust", lang)], case, lang)
        write_map(sheets[sheet_title("map", lang)], case, lang, picture, scene)
        if case.timeline.snapshots and analyse:
            from exports.excel_trend import write_trend
            from exports.trend_scores import open_scores
            from mapper.timeline import case_timeline

            scores = open_scores()  # the snapshots analysed in an earlier run (issue 14, F2)
            try:
                line = case_timeline(case, store=scores, now=now)
            finally:
                scores.close()
            write_trend(sheets[sheet_title("trend", lang)], line, lang)
        _write_lists(lists, lang)
        wb.move_sheet(lists.ws.title, offset=len(wb.sheetnames))  # last, after long texts
        lists.ws.sheet_state = "hidden"
        paginate(wb, {r.ws.title: (r.max_row, r.max_column) for r in rows})  # readable print
    except BaseException:
        if write_only:
            discard(wb)  # its sheets' temporary files
        raise
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
        case,
        lang=lang,
        analysis=analysis,
        picture=picture,
        scene=scene,
        analyse=analyse,
        write_only=True,
    )
    try:
        save_workbook(wb, path)
    except BaseException:
        discard(wb)
        raise
