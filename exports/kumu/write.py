"""Writing a case as Kumu's workbook: an element sheet, a connection sheet (mandates among the
connections), and the case's other tables on sheets Kumu skips (see :mod:`exports.kumu`)."""

from __future__ import annotations

import os
from typing import Any

from exports.excel_columns import (
    ACTORS,
    MANDATES,
    RELATIONSHIPS,
)
from exports.excel_style import align_top, finish_table, write_row
from exports.extras import unstash
from exports.kumu.layout import (
    ACTOR_SKIP,
    CASE_SHEET,
    ID_COLUMN,
    MANDATE_SKIP,
    REL_SKIP,
    TABLE_SHEETS,
)
from exports.office_properties import stamp_workbook
from exports.output import save_workbook
from exports.values import SEPARATOR, join_cell, shown, to_cell
from models.case import Case
from models.enums import RelationKind
from models.i18n import Lang
from models.labels import label


def _element_rows(case: Case, lang: Lang) -> tuple[list[str], list[list[object]]]:
    fields = [c for c in ACTORS.columns if c.field not in ACTOR_SKIP]
    extra_names: list[str] = []
    parsed = []
    for actor in case.actors:
        notes, extras = unstash(actor.notes)
        parsed.append((actor, notes, extras))
        extra_names += [k for k in extras if k not in extra_names and k != "Type"]
    headers = [
        "Label",
        "Type",
        "Description",
        "Tags",
        *(c.header(lang) for c in fields),
        "X",
        "Y",
        *extra_names,
        ID_COLUMN,
    ]
    specs = ACTORS.fields()
    rows = []
    for actor, notes, extras in parsed:
        row: list[object] = [
            actor.name,
            extras.get("Type") or label(actor.kind, lang),
            notes,
            join_cell(actor.tags),
        ]
        row += [
            to_cell(specs[c.field], shown(case, specs[c.field], getattr(actor, c.field)), lang)
            for c in fields
        ]
        pos = actor.position
        row += [None if pos is None else pos.x, None if pos is None else pos.y]
        row += [extras.get(name) for name in extra_names]
        row.append(actor.id)
        rows.append(row)
    return headers, rows


def _connection_rows(case: Case, lang: Lang) -> tuple[list[str], list[list[object]]]:
    rel_fields = [c for c in RELATIONSHIPS.columns if c.field not in REL_SKIP]
    # a mandate's practice goes into the relationships' Practice column
    mandate_fields = [
        c for c in MANDATES.columns if c.field not in MANDATE_SKIP and c.field != "practice"
    ]
    extra_names: list[str] = []
    parsed = []
    for rel in case.relationships:
        notes, extras = unstash(rel.notes)
        parsed.append((rel, notes, extras))
        extra_names += [
            k for k in extras if k not in extra_names and k not in ("Type", "Tags", "Direction")
        ]
    names = {a.id: a.name for a in case.actors}
    # By name, as Kumu expects, unless a name is ambiguous (two actors share it, or it is
    # another actor's id: the reader takes ids first) or holds Kumu's list separator.
    unique = len({n.casefold() for n in names.values()}) == len(names) and not any(
        SEPARATOR in n or "\\" in n or n.strip() != n or (n in names and names[n] != n)
        for n in names.values()
    )
    ref = (lambda actor_id: names[actor_id]) if unique else (lambda actor_id: actor_id)
    headers = [
        "From",
        "To",
        "Type",
        "Direction",
        "Label",
        "Description",
        "Tags",
        *(c.header(lang) for c in rel_fields),
        *(c.header(lang) for c in mandate_fields),
        *extra_names,
        ID_COLUMN,
    ]
    rel_specs, mandate_specs = RELATIONSHIPS.fields(), MANDATES.fields()
    rows: list[list[object]] = []
    for rel, notes, extras in parsed:
        undirected = rel.kind is RelationKind.COLLABORATION
        direction = extras.get("Direction") or ("undirected" if undirected else "directed")
        kind_text = extras.get("Type") or label(rel.kind, lang)
        row: list[object] = [
            ref(rel.source),
            ref(rel.target),
            kind_text,
            direction,
            rel.label,
            notes,
            extras.get("Tags"),
        ]
        row += [to_cell(rel_specs[c.field], getattr(rel, c.field), lang) for c in rel_fields]
        row += [None] * len(mandate_fields)
        row += [extras.get(name) for name in extra_names]
        row.append(rel.id)
        rows.append(row)
    for mandate in case.mandates:
        power = case.power_name(mandate.power, lang)
        row = [
            ref(mandate.grantor),
            ref(mandate.holder),
            label(mandate.instrument, lang),
            "directed",
            power,
            mandate.description,
            None,
        ]
        practice = to_cell(mandate_specs["practice"], mandate.practice, lang)
        row += [practice if c.field == "practice" else None for c in rel_fields]
        row += [
            to_cell(mandate_specs[c.field], getattr(mandate, c.field), lang) for c in mandate_fields
        ]
        row += [None] * len(extra_names)
        row.append(mandate.id)
        rows.append(row)
    return headers, rows


def write_kumu(case: Case, path: str | os.PathLike[str], lang: Lang = "nl") -> None:
    """Write ``case`` as a Kumu workbook (sheets ``Elements`` and ``Connections``).

    When two actors share a name, ``From``/``To`` hold actor ids instead of names; Kumu then
    needs the ``Krachtenveld ID`` column mapped as element ID.
    """
    from openpyxl import Workbook

    wb = Workbook()

    stamp_workbook(wb)
    elements = wb.active
    elements.title = "Elements"
    headers, rows = _element_rows(case, lang)
    write_row(elements, 1, headers)
    for r, row in enumerate(rows, start=2):
        write_row(elements, r, row)
    finish_table(elements, headers, freeze="B2")
    connections = wb.create_sheet("Connections")
    headers, rows = _connection_rows(case, lang)
    write_row(connections, 1, headers)
    for r, row in enumerate(rows, start=2):
        write_row(connections, r, row)
    finish_table(connections, headers, freeze="C2")
    _write_case_sheets(wb, case, lang)
    align_top(wb)
    save_workbook(wb, path)


def _write_case_sheets(wb: Any, case: Case, lang: Lang) -> None:
    """The case header, the needs, organisations, powers and agreements, on sheets Kumu skips
    ("(ignore)") and we read back."""
    from exports.excel_columns import CASE_ROWS
    from exports.excel_report import entity_rows
    from models.fields import CASE_FIELDS, by_name

    ws = wb.create_sheet(CASE_SHEET)
    specs = by_name(CASE_FIELDS)
    for r, (field, en, nl) in enumerate(CASE_ROWS, start=1):
        value = to_cell(specs[field], getattr(case.info, field), lang)
        write_row(ws, r, [nl if lang == "nl" else en, value])
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 90
    for title, spec in TABLE_SHEETS:
        if not len(case.collection(spec.kind)):
            continue
        table = wb.create_sheet(title)
        headers = [c.header(lang) for c in spec.columns]
        write_row(table, 1, headers)
        for r, row in enumerate(entity_rows(case, spec, lang), start=2):
            write_row(table, r, row)
        finish_table(table, headers, [c.width for c in spec.columns], freeze="C2")
