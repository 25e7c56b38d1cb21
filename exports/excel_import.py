"""Reading the report workbook back, after a user edited it in Excel.

Sheets are found by name (Dutch or English) or, failing that, by their headers; columns by
header in either language or by field name, in any order. Labels, values and synonyms are
all accepted ("Bestuurder", "administrator", "wethouder"). References to actors may be ids
or names, so a row typed in by hand (no id, names only) imports too. Rows without any value
are skipped with a warning; bad values are reported per sheet, row and column.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from openpyxl.utils import get_column_letter

from exports.builder import CaseBuilder, ImportResult, Where
from exports.errors import Problems
from exports.excel_columns import CASE_ROW_ALIASES, CASE_ROWS, SHEETS, Column, SheetSpec, header_key
from exports.register_cells import fill_merged, sheet_facts
from exports.safety import CELL_LIMIT, XlsxLimits, continued_texts, open_workbook
from exports.values import MISSING, from_cell
from models.entities import DEFAULT_STEP_DAYS, CaseInfo
from models.errors import FieldError
from models.fields import CASE_FIELDS, by_name
from models.rules import name_key

__all__ = ["is_report", "read_info_sheet", "read_report", "read_report_workbook", "read_table"]

_REFS = {
    "relationships": ("source", "target"),
    "mandates": ("grantor", "holder"),
    "needs": ("handler",),
    "powers": ("holder",),
    "agreements": ("decider",),
}
# sheets added with format version 2: found by their name only (older workbooks lack them)
_BY_NAME_ONLY = frozenset(
    {"organisations", "powers", "agreements", "accepted", "rules", "deviations"}
)
_ADDERS = {
    "relationships": CaseBuilder.add_relationship,
    "mandates": CaseBuilder.add_mandate,
    "needs": CaseBuilder.add_need,
}


def rows_of(ws: Any) -> Iterator[tuple[int, tuple[object, ...]]]:
    """``(row number, values)`` of a worksheet, trusting no declared dimension; texts longer
    than a cell holds are joined with their rest from the hidden sheet (see
    :func:`exports.safety.write_cell`)."""
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    wb = getattr(ws, "parent", None)
    rest = {
        (row, column): text
        for (sheet, row, column), text in continued_texts(wb).items()
        if sheet == ws.title
    }
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        row = tuple(values)
        if rest:
            row = tuple(
                v + rest[(number, i + 1)]
                if isinstance(v, str) and len(v) == CELL_LIMIT and (number, i + 1) in rest
                else v
                for i, v in enumerate(row)
            )
        yield number, row


def _header_fields(ws: Any, spec: SheetSpec) -> set[str]:
    """The fields the header row of ``ws`` names; a reference's name column (``From``) counts
    for its reference (``From (id)``): the reader resolves either."""
    first = next(rows_of(ws), None)
    if first is None:
        return set()
    lookup = spec.lookup()
    found = {lookup[header_key(h)].field for h in first[1] if header_key(h) in lookup}
    return {f.split(":", 1)[1] if f.startswith("name_of:") else f for f in found}


_REQUIRED = {
    "actors": {"name", "kind"},
    "relationships": {"source", "target", "kind"},
    "mandates": {"grantor", "holder", "power"},
    "needs": {"decision"},
    "organisations": {"name"},
    "powers": {"name"},
    "agreements": {"name"},
    "accepted": {"finding", "reason"},
    "rules": {"name"},
    "deviations": {"id"},
}


def _find_sheet(wb: Any, spec: SheetSpec) -> Any:
    """The sheet for ``spec``: by name (nl/en) with the key columns, else by its headers."""
    names = {header_key(spec.en), header_key(spec.nl), header_key(spec.key)}
    required = _REQUIRED[spec.key]
    wanted = {c.field for c in spec.columns if not c.is_helper}
    for ws in wb.worksheets:
        if header_key(ws.title) in names and required <= _header_fields(ws, spec):
            return ws
    if spec.key in _BY_NAME_ONLY:
        return None
    # a sheet named as another of ours is that sheet, never this one re-guessed
    ours = {header_key(n) for other in SHEETS for n in (other.en, other.nl, other.key)}
    for ws in wb.worksheets:
        if header_key(ws.title) in ours:
            continue
        found = _header_fields(ws, spec)
        if required <= found and len(found) >= max(3, len(wanted) // 2):
            return ws
    return None


def _named_sheet(wb: Any, spec: SheetSpec) -> Any:
    """The sheet named as ``spec`` (Dutch or English), whatever its headers."""
    names = {header_key(spec.en), header_key(spec.nl), header_key(spec.key)}
    return next((ws for ws in wb.worksheets if header_key(ws.title) in names), None)


def _ours(wb: Any) -> bool:
    """Whether ``wb`` carries our report's own sheet names (actors and relationships or
    mandates), whatever became of their columns."""
    return any(_named_sheet(wb, spec) is not None for spec in SHEETS[1:3])


def is_report(wb: Any) -> bool:
    """Whether ``wb`` looks like our report (an actors sheet with our headers, or our sheet
    names)."""
    return _find_sheet(wb, SHEETS[0]) is not None or _ours(wb)


def _columns(
    headers: tuple[object, ...],
    spec: SheetSpec,
    problems: Problems | None = None,
    sheet: str = "",
) -> dict[int, Column]:
    """The columns of ``headers``; a column named twice is an error (only one could be read,
    the other's cells would vanish without a word)."""
    lookup = spec.lookup()
    found: dict[int, Column] = {}
    first: dict[Column, int] = {}
    for i, header in enumerate(headers):
        col = lookup.get(header_key(header))
        if col is None:
            continue
        if col in first:
            if problems is not None:
                problems.error(
                    "header_twice",
                    sheet=sheet,
                    row=1,
                    column=get_column_letter(i + 1),
                    first=get_column_letter(first[col] + 1),
                    name=f"{col.nl} / {col.en}",
                )
            continue
        first[col] = i
        found[i] = col
    return found


def read_table(builder: CaseBuilder, ws: Any, spec: SheetSpec) -> None:
    """Read the rows of ``ws`` as ``spec`` (e.g. the needs sheet of a Kumu workbook)."""
    _read_sheet(builder, ws, spec)


def _refused_ids(builder: CaseBuilder) -> set[str]:
    """The ids of actor rows refused so far: references to them fail for that reason only."""
    found: set[str] = getattr(builder, "_refused_ids", set())
    builder._refused_ids = found  # type: ignore[attr-defined]
    return found


def _row_refused(
    builder: CaseBuilder,
    ws: Any,
    spec: SheetSpec,
    number: int,
    values: tuple[object, ...],
    columns: dict[int, Column],
    formulas: set[tuple[int, int]],
    has_ids: bool,
) -> bool:
    """Whether row ``number`` is refused before conversion (a formula without a value, an
    actor row with an empty or repeated id), with a located error."""
    refused = False
    for i, col in columns.items():
        if (number, i + 1) in formulas:
            builder.problems.error(
                "formula_no_value", sheet=ws.title, row=number, column=col.header("en")
            )
            refused = True
    if spec.key != "actors" or not has_ids:
        return refused
    index = next((i for i, c in columns.items() if c.field == "id"), None)
    value = values[index] if index is not None and index < len(values) else None
    text = "" if value is None else str(value).strip()
    if not text:  # a row typed in by hand has none: read, with a warning (the id it had?)
        builder.problems.warn("empty_id", sheet=ws.title, row=number, column="ID")
        return refused
    other = builder.find_actor(text)
    if other is not None and other.get("id") == text:
        builder.problems.error(
            "duplicate_id_refused",
            sheet=ws.title,
            row=number,
            column="ID",
            id=text,
            other=other.get("_row"),
        )
        return True
    if refused:
        _refused_ids(builder).add(text)
    return refused


def _read_sheet(builder: CaseBuilder, ws: Any, spec: SheetSpec) -> None:
    all_rows = list(rows_of(ws))
    if not all_rows:
        return
    wb = getattr(ws, "parent", None)
    merged, formulas = sheet_facts(wb, ws) if wb is not None else ([], set())
    all_rows = fill_merged(all_rows, merged)
    first, rows = all_rows[0], all_rows[1:]
    columns = _columns(first[1], spec, builder.problems, ws.title)
    headed = {c.field: str(first[1][i]).strip() for i, c in columns.items()}  # as written
    specs = spec.fields()
    present = {c.field.split(":", 1)[-1] for c in columns.values()}
    filled = [r for r in rows if any(v not in (None, "") for v in r[1])]
    if filled:
        for name in sorted(_REQUIRED[spec.key] - present):
            col = next(c for c in spec.columns if c.field == name)
            builder.problems.error(
                "sheet_missing_column", sheet=ws.title, name=f"{col.nl} / {col.en}"
            )
        if not _REQUIRED[spec.key] <= present:
            return
    id_index = next((i for i, c in columns.items() if c.field == "id"), None)
    has_ids = id_index is not None and any(
        id_index < len(v) and v[id_index] not in (None, "") for _, v in filled
    )
    required = [  # a kind, a category, ...: no default the reader could honestly choose
        s.name
        for s in specs.values()
        if s.required and s.enum is not None and s.name not in _REFS.get(spec.key, ())
    ]
    for number, values in rows:
        where = Where(ws.title, number)
        blank = all(v is None or (isinstance(v, str) and not v.strip()) for v in values)
        if not blank and _row_refused(
            builder, ws, spec, number, values, columns, formulas, has_ids
        ):
            continue
        raw: dict[str, object] = {}
        helpers: dict[str, object] = {}
        for i, col in columns.items():
            value = values[i] if i < len(values) else None
            if col.is_helper:
                helpers[col.field.split(":", 1)[1]] = value
            else:
                raw[col.field] = value
        if "finding" in helpers and "finding" not in raw:  # a workbook of before session 11:
            raw["finding"] = helpers.pop("finding")  # its "Bevinding" held the finding's code
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            builder.problems.warn("empty_row", sheet=ws.title, row=number)
            continue
        headers = {c.field: c.header("en") for c in columns.values()}
        refs = {name: raw.pop(name, None) for name in _REFS.get(spec.key, ())}
        converted = builder.convert(specs, raw, where, headers)
        if converted is not None and not _required_present(
            builder, specs, required, converted, where, headers
        ):
            converted = None
            if spec.key != "actors":
                continue
        if spec.key == "actors" and converted is not None and "kind" not in converted:
            builder.problems.warn(
                "kind_empty_other",
                sheet=ws.title,
                row=number,
                column=headers.get("kind", "Kind"),
                kind="other",
            )
        if spec.key == "actors":
            for axis in ("x", "y"):
                value = raw.get(axis)
                number = isinstance(value, (int, float)) and not isinstance(value, bool)
                if converted is not None and number:
                    converted[axis] = float(value)  # type: ignore[arg-type]
            if converted is not None:
                builder.add_actor(converted, where)
            elif raw.get("id") not in (None, ""):
                _refused_ids(builder).add(str(raw["id"]).strip())  # its reason is given
            continue
        ok = converted is not None
        for name, ref in refs.items():
            actor_id = builder.actor_ref(ref) or builder.actor_ref(helpers.get(name))
            if actor_id is not None:
                _say_disagreement(builder, where, name, (ref, helpers.get(name)), headed)
            if actor_id is None:
                if ref in (None, "") and helpers.get(name) in (None, "") and specs[name].nullable:
                    actor_id = None
                elif str(ref if ref not in (None, "") else helpers.get(name)).strip() in (
                    _refused_ids(builder)
                ):
                    ok = False  # the actor's own row was refused, with its reason
                else:
                    shown = ref if ref not in (None, "") else helpers.get(name)
                    builder.problems.error(
                        "unknown_actor_skipped",
                        sheet=ws.title,
                        row=number,
                        column=headers.get(name, name),
                        name=shown if shown is not None else "",
                    )
                    ok = False
            if converted is not None:
                converted[name] = actor_id
        if ok and converted is not None and spec.key in _ADDERS:
            _ADDERS[spec.key](builder, converted, where)
        elif ok and converted is not None:
            builder.add_whole(spec.kind, converted, where)


def _say_disagreement(
    builder: CaseBuilder,
    where: Where,
    field: str,
    cells: tuple[object, object],
    shown: dict[str, str],
) -> None:
    """Warn when a reference's id column (``From (id)``) and the name column beside it
    (``From``) name different actors, saying which one was used: the id when it names an
    actor, else the name."""
    ref, named = ("" if c is None else str(c).strip() for c in cells)
    if not ref or not named:
        return
    columns = {
        "id_column": shown.get(field, field),
        "name_column": shown.get(f"name_of:{field}", field),
    }
    by_id = builder.actor_ref(ref)
    if by_id is None:  # the id names no actor: the name was used
        builder.problems.warn(
            "ref_id_unknown_name_used",
            sheet=where.sheet,
            row=where.row,
            column=columns["id_column"],
            id=ref,
            name=named,
            **columns,
        )
        return
    actor = builder.find_actor(by_id) or {}
    actual = str(actor.get("name", by_id))
    if named in (by_id, ref) or name_key(named) == name_key(actual):
        return
    builder.problems.warn(
        "ref_id_name_disagree",
        sheet=where.sheet,
        row=where.row,
        column=columns["name_column"],
        id=ref,
        actual=actual,
        name=named,
        **columns,
    )


def _required_present(
    builder: CaseBuilder,
    specs: dict[str, Any],
    required: list[str],
    converted: dict[str, Any],
    where: Where,
    headers: dict[str, str],
) -> bool:
    """Whether every required value (a relationship's kind, ...) is there; an error naming the
    column and the values it takes when one is empty."""
    ok = True
    for name in required:
        if name in converted:
            continue
        spec = specs[name]
        choices = ", ".join(e.value for e in spec.enum) if spec.enum is not None else name
        builder.problems.error(
            "required_empty",
            sheet=where.sheet,
            row=where.row,
            column=headers.get(name, name),
            choices=choices,
        )
        ok = False
    return ok


def _read_info(builder: CaseBuilder, wb: Any) -> CaseInfo:
    overview = None
    for ws in wb.worksheets:
        if header_key(ws.title) in ("overview", "overzicht"):
            overview = ws
    return read_info_sheet(builder, overview)


def read_info_sheet(builder: CaseBuilder, overview: Any, title: str = "Import") -> CaseInfo:
    """The case header from a sheet of label/value rows (our Overview, Kumu's case sheet)."""
    specs = by_name(CASE_FIELDS)
    keys = {}
    for field, en, nl in CASE_ROWS:
        for alias in (en, nl, field, *CASE_ROW_ALIASES.get(field, ())):
            keys[header_key(alias)] = field
    values: dict[str, Any] = {}
    if overview is not None:
        for number, row in rows_of(overview):
            if number > 40:
                break
            if not row:
                continue
            name = keys.get(header_key(row[0]))
            if name is None or name in values or len(row) < 2:
                continue
            try:
                value = from_cell(specs[name], row[1])
            except FieldError as exc:
                builder.problems.error(
                    exc.key, sheet=overview.title, row=number, column="B", **exc.params
                )
                continue
            if value is not MISSING:
                values[name] = value
    found = values.get("title")
    return CaseInfo(
        title=found if isinstance(found, str) and found.strip() else title,
        intent=values.get("intent") or "",
        description=values.get("description") or "",
        as_of=values.get("as_of"),
        intent_owner=values.get("intent_owner"),
        step_days=values.get("step_days") or DEFAULT_STEP_DAYS,
    )


def read_report_workbook(wb: Any, source: str = "") -> ImportResult:
    """The case in an opened report workbook."""
    builder = CaseBuilder(source)
    ours = _ours(wb)
    for spec in SHEETS:
        # in our report a sheet is found by its name: never re-guessed from another sheet
        ws = _named_sheet(wb, spec) if ours else _find_sheet(wb, spec)
        if ws is None:
            if spec.key == "actors" and ours:
                builder.problems.error("report_sheet_missing", name=f"{spec.nl} / {spec.en}")
                break  # every other sheet refers to its actors: no cascade of follow-on errors
            if spec.key == "actors":
                headers = ", ".join(c.en for c in spec.columns[:3])
                builder.problems.error("no_sheet", what=spec.en, headers=headers)
            continue
        _read_sheet(builder, ws, spec)
    info = _read_info(builder, wb)
    return builder.build(info)


def read_report(path: str | os.PathLike[str], limits: XlsxLimits | None = None) -> ImportResult:
    """Read a report workbook (checked for zip bombs and size first)."""
    wb = open_workbook(path, limits) if limits is not None else open_workbook(path)
    try:
        return read_report_workbook(wb, str(path))
    finally:
        wb.close()
