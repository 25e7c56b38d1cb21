"""Reading Kumu's workbook into a case: sheets recognised by their headers, ``Type`` onto our kinds,
known columns onto fields, the rest kept as attributes (see :mod:`exports.kumu`)."""

from __future__ import annotations

import os
from typing import Any

from exports.builder import CaseBuilder, ImportResult, Where
from exports.excel_columns import (
    ACTORS,
    MANDATES,
    RELATIONSHIPS,
    header_key,
)
from exports.excel_import import read_info_sheet, read_table, rows_of
from exports.extras import stash
from exports.kumu.layout import (
    ACTOR_SKIP,
    CASE_SHEET,
    DESCRIPTION_HEADERS,
    ID_COLUMN,
    MANDATE_SKIP,
    OWN_SHEETS,
    REL_SKIP,
    TABLE_SHEETS,
)
from exports.safety import open_workbook
from exports.synonyms import match
from exports.values import split_cell
from models.enums import ActorKind, Instrument, PowerCategory, RelationKind
from models.labels import label, parse_label


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
                elif key in DESCRIPTION_HEADERS:
                    description = _kept(value)
                elif key == "tags":
                    tags = _split(value)
                elif key in ("x", "y"):
                    raw[key] = value
                elif key in lookup and lookup[key].field not in ACTOR_SKIP:
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

    def _connection(
        self,
        cells: dict[str, tuple[object, str]],
        ends: list[tuple[str, str]],
        where: Where,
        rel_lookup: Any,
        mandate_lookup: Any,
        blank: frozenset[str] = frozenset(),
    ) -> None:
        type_text = _text(cells.pop("type", (None, ""))[0])
        direction = _text(cells.pop("direction", (None, ""))[0]).casefold()
        own_id = _text(cells.pop(header_key(ID_COLUMN), (None, ""))[0]) or None
        instrument = match(Instrument, type_text) if type_text else None
        kind = match(RelationKind, type_text) if type_text else None
        if instrument is not None and kind is None:
            raw = {
                mandate_lookup[k].field: v
                for k, (v, _) in cells.items()
                if k in mandate_lookup and mandate_lookup[k].field not in MANDATE_SKIP
            }
            if "power" not in raw and "label" in cells:
                raw["power"] = cells["label"][0]
            specs = MANDATES.fields()
            for key in blank & mandate_lookup.keys():  # as in the workbook: blank is null
                field = mandate_lookup[key].field
                if field in specs and specs[field].nullable and field not in MANDATE_SKIP:
                    raw.setdefault(field, None)
            values = self.builder.convert(specs, raw, where)
            if values is None:
                return
            description = next(
                (_kept(v) for k, (v, _) in cells.items() if k in DESCRIPTION_HEADERS), ""
            )
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
            elif key in DESCRIPTION_HEADERS:
                description = _kept(value)
            elif key == "tags":
                extras["Tags"] = _text(value)
            elif key in rel_lookup and rel_lookup[key].field not in REL_SKIP:
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
        if ws.title.casefold() in OWN_SHEETS:
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
