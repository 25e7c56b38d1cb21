"""Kumu's spreadsheet layout, both ways.

Kumu imports and exports a workbook with an element sheet (``Label`` in A1, or ``ID`` first;
``Type``, ``Description``, ``Tags`` with ``|`` between values; any other column is a custom
attribute) and a connection sheet (``From`` in A1, ``To`` in B1; ``Type``, ``Direction``
``directed|undirected|mutual``, ``Label``, ``Tags``, custom columns; a ``|`` list in ``From``
or ``To`` makes one connection per actor). Sheets with "(ignore)" in their name are skipped;
sheets are recognised by their headers, not their names.

Mapping onto our model:

* ``Type`` of an element becomes the actor kind when it names one (``wethouder`` ->
  administrator, see :mod:`exports.synonyms`); the original text is kept as attribute
  ``Type`` unless it is exactly one of our labels. ``Type`` of a connection becomes the
  relationship kind (``vertrouwt`` -> trust), or a mandate when it names an instrument
  (``Mandaat``, ``Delegatie``; then ``Power`` etc. are read from their columns).
* Columns our model knows (``Influence``/``Invloed``, ``Organisation``, ``Level``, ...) fill
  those fields; ``Krachtenveld ID`` keeps ids stable across a round trip.
* Every other column, and connection ``Tags``, is kept in the notes as an attribute block
  (:mod:`exports.extras`) and written back as a column on export.
* ``Direction: mutual`` on a directed kind makes two relationships, one each way.
* On a mandate's row a blank cell in a column of a field that may be null (``In writing``,
  ``Consent``) reads as null (not recorded), as in the workbook; a column the sheet lacks
  leaves the field's default.
"""

from __future__ import annotations

import os
from typing import Any

from exports.builder import CaseBuilder, ImportResult, Where
from exports.excel_columns import (
    ACCEPTED,
    ACTORS,
    AGREEMENTS,
    DEVIATIONS,
    MANDATES,
    NEEDS,
    ORGANISATIONS,
    POWERS,
    RELATIONSHIPS,
    RULES,
    SheetSpec,
    header_key,
)
from exports.excel_import import read_info_sheet, read_table, rows_of
from exports.excel_style import align_top, finish_table, write_row
from exports.extras import stash, unstash
from exports.office_properties import stamp_workbook
from exports.output import save_workbook
from exports.safety import open_workbook
from exports.synonyms import match
from exports.values import SEPARATOR, join_cell, shown, split_cell, to_cell
from models.case import Case
from models.enums import ActorKind, Instrument, PowerCategory, RelationKind
from models.i18n import Lang
from models.labels import label, parse_label

__all__ = ["ID_COLUMN", "is_kumu", "read_kumu", "read_kumu_workbook", "write_kumu"]

ID_COLUMN = "Krachtenveld ID"
# Kumu skips sheets with "(ignore)" in their name; these carry what Kumu has no place for
CASE_SHEET = "Krachtenveld case (ignore)"
NEEDS_SHEET = "Krachtenveld needs (ignore)"
#: The tables Kumu has no place for, each on a sheet of its own that Kumu skips.
TABLE_SHEETS: tuple[tuple[str, SheetSpec], ...] = (
    (NEEDS_SHEET, NEEDS),
    ("KV organisations (ignore)", ORGANISATIONS),
    ("KV powers (ignore)", POWERS),
    ("KV agreements (ignore)", AGREEMENTS),
    ("KV rules (ignore)", RULES),
    ("KV deviations (ignore)", DEVIATIONS),
    ("KV accepted (ignore)", ACCEPTED),
)
_OWN_SHEETS = frozenset(name.casefold() for name in (CASE_SHEET, *dict(TABLE_SHEETS)))
_ACTOR_SKIP = {"id", "name", "kind", "notes", "tags", "x", "y"}
_REL_SKIP = {"id", "source", "target", "name_of:source", "name_of:target", "kind", "label", "notes"}
_MANDATE_SKIP = {
    "id", "grantor", "holder", "name_of:grantor", "name_of:holder", "description", "instrument",
}  # fmt: skip
_DESCRIPTION = {"description", "beschrijving", "omschrijving"}


# --------------------------------------------------------------------------- writing
def _element_rows(case: Case, lang: Lang) -> tuple[list[str], list[list[object]]]:
    fields = [c for c in ACTORS.columns if c.field not in _ACTOR_SKIP]
    extra_names: list[str] = []
    parsed = []
    for actor in case.actors:
        notes, extras = unstash(actor.notes)
        parsed.append((actor, notes, extras))
        extra_names += [k for k in extras if k not in extra_names and k != "Type"]
    headers = ["Label", "Type", "Description", "Tags", *(c.header(lang) for c in fields),
               "X", "Y", *extra_names, ID_COLUMN]  # fmt: skip
    specs = ACTORS.fields()
    rows = []
    for actor, notes, extras in parsed:
        row: list[object] = [actor.name, extras.get("Type") or label(actor.kind, lang), notes,
                             join_cell(actor.tags)]  # fmt: skip
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
    rel_fields = [c for c in RELATIONSHIPS.columns if c.field not in _REL_SKIP]
    # a mandate's practice goes into the relationships' Practice column
    mandate_fields = [
        c for c in MANDATES.columns if c.field not in _MANDATE_SKIP and c.field != "practice"
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
    headers = ["From", "To", "Type", "Direction", "Label", "Description", "Tags",
               *(c.header(lang) for c in rel_fields), *(c.header(lang) for c in mandate_fields),
               *extra_names, ID_COLUMN]  # fmt: skip
    rel_specs, mandate_specs = RELATIONSHIPS.fields(), MANDATES.fields()
    rows: list[list[object]] = []
    for rel, notes, extras in parsed:
        undirected = rel.kind is RelationKind.COLLABORATION
        direction = extras.get("Direction") or ("undirected" if undirected else "directed")
        kind_text = extras.get("Type") or label(rel.kind, lang)
        row: list[object] = [ref(rel.source), ref(rel.target), kind_text, direction, rel.label,
                             notes, extras.get("Tags")]  # fmt: skip
        row += [to_cell(rel_specs[c.field], getattr(rel, c.field), lang) for c in rel_fields]
        row += [None] * len(mandate_fields)
        row += [extras.get(name) for name in extra_names]
        row.append(rel.id)
        rows.append(row)
    for mandate in case.mandates:
        power = case.power_name(mandate.power, lang)
        row = [ref(mandate.grantor), ref(mandate.holder), label(mandate.instrument, lang),
               "directed", power, mandate.description, None]  # fmt: skip
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


# --------------------------------------------------------------------------- reading
def _sheet_kind(headers: tuple[object, ...]) -> str | None:
    first = [header_key(h) for h in headers[:2]]
    if first[:2] == ["from", "to"] or first[:2] == ["van", "naar"]:
        return "connections"
    if first and first[0] in ("label", "id", "naam", "name"):
        return "elements"
    return None


def is_kumu(wb: Any) -> bool:
    """Whether ``wb`` has a sheet laid out as Kumu's element or connection sheet."""
    for ws in wb.worksheets:
        if "(ignore)" in ws.title.casefold():
            continue
        first = next(rows_of(ws), None)
        if first is not None and _sheet_kind(first[1]) is not None:
            return True
    return False


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _kept(value: object) -> str:
    """The text of a name, description or other free-text cell as it stands: spaces around
    it are data too (a map that had them gets them back); only a cell of spaces alone is
    empty. Ids, types and references are compared by :func:`_text`."""
    text = _text(value)
    return str(value) if text and isinstance(value, str) else text


def _split(value: object) -> list[str]:
    return split_cell(_text(value))


class _Reader:
    def __init__(self, source: str) -> None:
        self.builder = CaseBuilder(source)
        self.labels: dict[str, int] = {}
        # Kumu ID column values and our own ids (Krachtenveld ID) -> actor id; a From/To text
        # is looked up here first, then as a label, never as an id the import made up
        self.id_keys: dict[str, str] = {}

    # elements ------------------------------------------------------------
    def elements(self, ws: Any, headers: tuple[object, ...], rows: Any) -> None:
        keys = [header_key(h) for h in headers]
        lookup = ACTORS.lookup()
        for number, values in rows:
            where = Where(ws.title, number)
            cells = {i: v for i, v in enumerate(values) if i < len(keys) and _text(v)}
            if not cells:
                self.builder.problems.warn("empty_row", sheet=ws.title, row=number)
                continue
            raw: dict[str, object] = {}
            extras: dict[str, str] = {}
            kumu_id = name = type_text = description = ""
            own_id = None
            tags: list[str] = []
            for i, value in cells.items():
                key, header = keys[i], _text(headers[i])
                if key == "label":
                    name = _kept(value)
                elif key == "id":
                    kumu_id = _text(value)
                elif key == header_key(ID_COLUMN):
                    own_id = _text(value)
                elif key == "type":
                    type_text = _text(value)
                elif key in _DESCRIPTION:
                    description = _kept(value)
                elif key == "tags":
                    tags = _split(value)
                elif key in ("x", "y"):
                    raw[key] = value
                elif key in lookup and lookup[key].field not in _ACTOR_SKIP:
                    raw[lookup[key].field] = value
                else:
                    extras[header] = _kept(value)
            name = name or kumu_id
            if not name:
                self.builder.problems.warn("empty_label", sheet=ws.title, row=number)
                continue
            if not kumu_id and not own_id and name.casefold() in self.labels:
                other = self.labels[name.casefold()]
                self.builder.problems.warn(
                    "duplicate_label", sheet=ws.title, row=number, label=name, other=other
                )
                continue
            self.labels.setdefault(name.casefold(), number)
            x, y = raw.pop("x", None), raw.pop("y", None)
            values = self.builder.convert(ACTORS.fields(), raw, where) or {}
            kind = match(ActorKind, type_text) if type_text else None
            if type_text and parse_label(ActorKind, type_text) is None:
                extras["Type"] = type_text
                if kind is None:
                    self.builder.problems.warn(
                        "type_kept",
                        sheet=ws.title,
                        row=number,
                        type=type_text,
                        kind=label(ActorKind.OTHER),
                    )
            values.update(name=name, kind=kind or ActorKind.OTHER, tags=tuple(dict.fromkeys(tags)))
            values["notes"] = stash(description, extras)
            if own_id or kumu_id:
                values["id"] = own_id or kumu_id  # Kumu's ID is a stable id too
            for axis, value in (("x", x), ("y", y)):
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    values[axis] = float(value)
            added = self.builder.add_actor(values, where)
            if added is not None and (kumu_id or own_id):
                self.id_keys.setdefault(str(added["id"]), str(added["id"]))
                if kumu_id:
                    self.id_keys.setdefault(kumu_id, str(added["id"]))

    def _actor(self, text: str, where: Where) -> str | None:
        if text in self.id_keys:
            return self.id_keys[text]
        return self.builder.ensure_actor(text, where, by_id=False)

    # connections ---------------------------------------------------------
    def connections(self, ws: Any, headers: tuple[object, ...], rows: Any) -> None:
        keys = [header_key(h) for h in headers]
        rel_lookup, mandate_lookup = RELATIONSHIPS.lookup(), MANDATES.lookup()
        for number, values in rows:
            where = Where(ws.title, number)
            cells = {
                keys[i]: (v, _text(headers[i]))
                for i, v in enumerate(values)
                if i < len(keys) and _text(v)
            }
            if not cells:
                self.builder.problems.warn("empty_row", sheet=ws.title, row=number)
                continue
            sources = _split(cells.pop("from", cells.pop("van", (None, "")))[0])
            targets = _split(cells.pop("to", cells.pop("naar", (None, "")))[0])
            if not sources or not targets:
                self.builder.problems.warn(
                    "unknown_actor_skipped", sheet=ws.title, row=number, name=""
                )
                continue
            pairs = [
                (self._actor(s, where), self._actor(t, where)) for s in sources for t in targets
            ]
            ends = [(s, t) for s, t in pairs if s is not None and t is not None]
            blank = frozenset(k for k in keys if k not in cells)
            self._connection(cells, ends, where, rel_lookup, mandate_lookup, blank)

    def _connection(self, cells: dict[str, tuple[object, str]], ends: list[tuple[str, str]],
                    where: Where, rel_lookup: Any, mandate_lookup: Any,
                    blank: frozenset[str] = frozenset()) -> None:  # fmt: skip
        type_text = _text(cells.pop("type", (None, ""))[0])
        direction = _text(cells.pop("direction", (None, ""))[0]).casefold()
        own_id = _text(cells.pop(header_key(ID_COLUMN), (None, ""))[0]) or None
        instrument = match(Instrument, type_text) if type_text else None
        kind = match(RelationKind, type_text) if type_text else None
        if instrument is not None and kind is None:
            raw = {
                mandate_lookup[k].field: v
                for k, (v, _) in cells.items()
                if k in mandate_lookup and mandate_lookup[k].field not in _MANDATE_SKIP
            }
            if "power" not in raw and "label" in cells:
                raw["power"] = cells["label"][0]
            specs = MANDATES.fields()
            for key in blank & mandate_lookup.keys():  # as in the workbook: blank is null
                field = mandate_lookup[key].field
                if field in specs and specs[field].nullable and field not in _MANDATE_SKIP:
                    raw.setdefault(field, None)
            values = self.builder.convert(specs, raw, where)
            if values is None:
                return
            description = next((_kept(v) for k, (v, _) in cells.items() if k in _DESCRIPTION), "")
            values.update(instrument=instrument, description=description)
            values.setdefault("power", PowerCategory.OTHER)
            for i, (source, target) in enumerate(ends):
                ids = {"id": own_id} if own_id and i == 0 else {}
                self.builder.add_mandate(
                    {**values, **ids, "grantor": source, "holder": target}, where
                )
            return
        raw, extras = {}, {}
        label_text = description = ""
        for key, (value, header) in cells.items():
            if key == "label":
                label_text = _kept(value)
            elif key in _DESCRIPTION:
                description = _kept(value)
            elif key == "tags":
                extras["Tags"] = _text(value)
            elif key in rel_lookup and rel_lookup[key].field not in _REL_SKIP:
                raw[rel_lookup[key].field] = value
            else:
                extras[header] = _kept(value)
        values = self.builder.convert(RELATIONSHIPS.fields(), raw, where)
        if values is None:
            return
        if type_text and parse_label(RelationKind, type_text) is None:
            extras["Type"] = type_text
            if kind is None:
                fallback = RelationKind.COLLABORATION
                self.builder.problems.warn(
                    "type_kept",
                    sheet=where.sheet,
                    row=where.row,
                    type=type_text,
                    kind=label(fallback),
                )
        kind = kind or RelationKind.COLLABORATION
        mutual = direction == "mutual" and kind is not RelationKind.COLLABORATION
        if direction == "undirected" and kind is not RelationKind.COLLABORATION:
            extras["Direction"] = "undirected"
        values.update(kind=kind, label=label_text, notes=stash(description, extras))
        for i, (source, target) in enumerate(ends):
            ids = {"id": own_id} if own_id and i == 0 else {}
            self.builder.add_relationship(
                {**values, **ids, "source": source, "target": target}, where
            )
            if mutual:
                self.builder.add_relationship({**values, "source": target, "target": source}, where)


def read_kumu_workbook(wb: Any, source: str = "", title: str = "Kumu") -> ImportResult:
    """The case in an opened Kumu workbook."""
    reader = _Reader(source)
    found: dict[str, list[tuple[Any, tuple[object, ...], Any]]] = {
        "elements": [],
        "connections": [],
    }
    own: dict[str, Any] = {}
    for ws in wb.worksheets:
        if ws.title.casefold() in _OWN_SHEETS:
            own[ws.title.casefold()] = ws
        if "(ignore)" in ws.title.casefold():
            continue
        rows = rows_of(ws)
        first = next(rows, None)
        kind = _sheet_kind(first[1]) if first else None
        if first is not None and kind is not None:
            found[kind].append((ws, first[1], rows))
    if not found["elements"] and not found["connections"]:
        reader.builder.problems.error(
            "no_sheet", what="Kumu elements/connections", headers="Label | From, To"
        )
    for ws, headers, rows in found["elements"]:
        reader.elements(ws, headers, rows)
    for ws, headers, rows in found["connections"]:
        reader.connections(ws, headers, rows)
    for title, spec in TABLE_SHEETS:
        table = own.get(title.casefold())
        if table is not None:
            read_table(reader.builder, table, spec)
    info = read_info_sheet(reader.builder, own.get(CASE_SHEET.casefold()), title)
    return reader.builder.build(info)


def read_kumu(path: str | os.PathLike[str]) -> ImportResult:
    """Import a Kumu workbook (checked for zip bombs and size first)."""
    wb = open_workbook(path)
    try:
        title = os.path.splitext(os.path.basename(str(path)))[0] or "Kumu"
        return read_kumu_workbook(wb, str(path), title)
    finally:
        wb.close()
