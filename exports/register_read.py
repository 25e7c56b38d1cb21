"""Importing a mandate register (.xlsx or .csv) into a map: powers and mandates.

The first sheet with a header row naming at least the power, the grantor and the holder (in
Dutch or English, synonyms accepted: :mod:`exports.register_columns`) is read, one mandate
per row. Actors are matched by name (any case); a name that is not on the map becomes a new
actor with a located warning (a body named as holding the power is created as a public
body). A power is matched by name; a new name becomes a new power, also with a warning. A
row that names only a power (no grantor, no holder) adds or checks that power alone. A row
that repeats a mandate already on the map or in an earlier row (same grantor, holder, power,
instrument and start date) is skipped with a warning when it says the same, so importing a
register twice adds nothing; when it gives another amount, condition, end date or other
field, that is an error naming both values (nothing is dropped unseen).

Every problem names the file, the sheet, the row and the column. On any error nothing is
added: the map given is never changed; :class:`RegisterImport` holds a copy with the
additions and the list of what was added, for the caller to apply (as one undo step in the
app, by saving in the command line).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from exports.errors import ImportFileError, Problems, SheetProblem, problem, relocated
from exports.register_columns import (
    COLUMNS,
    REQUIRED,
    RegisterColumn,
    find_header,
)
from exports.register_status import join_basis
from exports.register_values import (
    BadCellError,
    cell_value,
    far_ahead,
    serial_number,
    shown,
    text_of,
)
from exports.safety import refuse_blank
from models.case import Case
from models.entities import Actor, CaseInfo, Entity, Mandate, Power
from models.enums import (
    ActorKind,
    EntityKind,
    Instrument,
    PowerCategory,
    Practice,
    Scope,
)
from models.errors import FieldError, ModelError, Problem
from models.fields import KINDS
from models.i18n import long_date
from models.labels import parse_label
from models.legacy import act_from_name
from models.rules import (
    REPAIRED,
    check_characters,
    clean_characters,
    invisible_characters,
    name_key,
)

if TYPE_CHECKING:
    from exports.register_cells import Merged

__all__ = ["RegisterImport", "read_register"]

#: model field -> register column, for messages the model raises
_MANDATE_COLUMNS = {
    "grantor": "grantor", "holder": "holder", "power": "power", "description": "instructions",
    "budget": "budget", "sub_mandate_levels": "sub_mandate", "valid_from": "valid_from",
    "valid_until": "valid_until", "instrument": "instrument", "scope": "scope",
    "in_writing": "in_writing", "consent": "consent", "practice": "practice",
    "holder_works_under_grantor": "works_under", "legal_basis": "decision",
    "reserves_deviation": "reserves_deviation",
}  # fmt: skip
#: the register columns that make a mandate the same one (see :func:`_same`)
_KEY_COLUMNS = frozenset({"grantor", "holder", "power", "instrument", "valid_from"})
_POWER_COLUMNS = {
    "name": "power", "legal_basis": "legal_basis", "holder": "power_holder",
    "category": "category", "rule_type": "rule_type", "mandate": "mandate_rule",
    "notes": "power_notes", "act": "act",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class RegisterImport:
    """The map with the register added (a copy), what was added and what was worked around."""

    case: Case
    added: tuple[Entity, ...]
    warnings: tuple[SheetProblem, ...]
    source: str = ""
    #: every warning met; ``warnings`` holds the first :attr:`Problems.LIMIT` of them
    warning_total: int = 0
    #: rows skipped because they repeat a mandate already read or on the map
    skipped: int = 0


# --------------------------------------------------------------------------- reading
_Found = tuple[str, list[tuple[int, tuple[object, ...]]], set[tuple[int, int]], "Merged"]


def _sheet_rows(path: Path, near: list[tuple[str, int, set[str]]]) -> _Found | None:
    """The sheet (or file) name and the rows of the first sheet that holds a register (merged
    cells filled with their range's value, down their first column), its formula cells
    without a stored value and its merged ranges. None: no sheet holds a register; ``near``
    then gets each sheet's row with the most of the required headers."""
    from exports.register_cells import partial_header

    if path.suffix.lower() == ".csv":
        from exports.csv_io import csv_records

        records, _warnings = csv_records(path)
        header = next((tuple(r) for r in records if r), ())
        rows = [(1, tuple[object, ...](header))]
        rows += [(i + 2, tuple(r.get(h) for h in header)) for i, r in enumerate(records)]
        if find_header(rows) is not None:
            return path.name, rows, set(), []
        if (part := partial_header(rows)) is not None:
            near.append((path.name, *part))
        return None
    from exports.excel_import import is_report
    from exports.register_cells import fill_merged, rows_with_date_numbers, sheet_facts
    from exports.safety import DAMAGED_XLSX, damaged_workbook, is_continued, open_workbook

    wb = open_workbook(path)
    sheet = ""  # the sheet being read, for the message when its XML turns out damaged
    try:
        if is_report(wb):  # our own report has a mandates sheet too: read, it doubles them
            raise ImportFileError([problem("register_is_report")], str(path))
        for ws in wb.worksheets:
            if is_continued(ws.title):
                continue
            sheet = ws.title
            rows = rows_with_date_numbers(ws)  # C6: a date cell openpyxl cannot read
            if find_header(rows) is not None:
                merged, formulas = sheet_facts(wb, ws)
                return ws.title, fill_merged(rows, merged, across=False), formulas, merged
            if (part := partial_header(rows)) is not None:
                near.append((ws.title, *part))
    except DAMAGED_XLSX as exc:
        # openpyxl (read-only) parses a sheet only when it is read: damage shows here. Only
        # what openpyxl, zipfile or the XML parser raised is file damage (named by its
        # cause); an exception from our own code is raised again (damaged_workbook)
        raise damaged_workbook(exc, str(path), sheet) from None
    finally:
        wb.close()
    return None


def read_register(path: str | os.PathLike[str], into: Case | None = None) -> RegisterImport:
    """Read the register at ``path`` into a copy of ``into`` (an empty map when None).

    Raises :class:`ImportFileError` listing every problem by sheet, row and column; the map
    given is never changed.
    """
    file = Path(path)
    if file.suffix.lower() not in (".xlsx", ".csv"):
        suffix = file.suffix or "(none)"
        raise ImportFileError(
            [problem("unknown_format", suffix=suffix, choices=".xlsx .csv")], str(file)
        )
    refuse_blank(file)  # empty, or only zero bytes: said so (N5)
    near: list[tuple[str, int, set[str]]] = []
    found = _sheet_rows(file, near)
    if found is None:
        from exports.register_cells import missing_columns

        if near:  # name what the nearest header row lacks (hostile review 5, C9)
            sheet, row, keys = max(near, key=lambda n: len(n[2]))
            raise ImportFileError([missing_columns(sheet, row, keys)], str(file))
        headers = ", ".join(f"{c.nl} / {c.en}" for c in COLUMNS if c.key in REQUIRED)
        raise ImportFileError([problem("register_no_sheet", headers=headers, look=15)], str(file))
    sheet, rows, formulas, merged = found
    header = find_header(rows)
    assert header is not None
    number, columns = header
    from exports.register_cells import check_header, merged_problems

    merge_errors, merge_warnings = merged_problems(merged, number, dict(rows)[number], sheet)
    if any(e.row == number for e in merge_errors):  # the header itself
        raise ImportFileError(list[Problem](merge_errors), str(file))
    check_header(str(file), sheet, number, dict(rows)[number])
    base = into if into is not None else Case(CaseInfo(title=file.stem or "Mandaatregister"))
    reader = _Reader(base, str(file), sheet, dict(rows)[number], columns, formulas)
    for e in merge_errors:
        reader.problems.record(e)
    for w in merge_warnings:
        reader.problems.warn(w.key, sheet=w.sheet, row=w.row, column=w.column, **w.params)
    for row_number, cells in rows:
        if row_number > number:
            reader.row(row_number, cells)
    return reader.finish()


_NAMED = ("power", "grantor", "holder")  # a bad cell there (#REF!) is not also "missing"


def _same(m: Mandate) -> tuple[object, ...]:
    return (m.grantor, m.holder, str(m.power), m.instrument, m.valid_from)


def _name_of(case: Case, actor_id: str | None) -> str:
    actor = case.actors.get(actor_id) if actor_id else None
    return actor.name if actor is not None else ""


class _Reader:
    """Reads rows into a copy of the map, collecting what it added and every problem."""

    def __init__(
        self, case: Case, source: str, sheet: str, header: Sequence[object],
        columns: dict[int, RegisterColumn], formulas: set[tuple[int, int]] | None = None,
    ) -> None:  # fmt: skip
        self.formulas = formulas or set()
        self.work = case.copy()
        self.source = source
        self.sheet = sheet
        self.problems = Problems(source)
        self.columns = columns
        self.headers = {c.key: text_of(header[i]) for i, c in columns.items()}
        self.added: list[Entity] = []
        self.actors: dict[str, str] = {}
        self.twins: dict[str, list[str]] = {}  # a name several actors on the map carry
        for a in self.work.actors:
            self.actors.setdefault(a.name.casefold(), a.id)
            self.twins.setdefault(a.name.casefold(), []).append(a.id)
        self.twins = {k: v for k, v in self.twins.items() if len(v) > 1}
        # the same names as a reader sees them (invisible characters, spaces, width ignored)
        self.seen: dict[str, str] = {}
        for a in self.work.actors:
            self.seen.setdefault(name_key(a.name), a.id)
        self.powers: dict[str, list[str]] = {}  # name -> ids (one name, several holders)
        for p in self.work.powers:
            self.powers.setdefault(p.name.casefold(), []).append(p.id)
        self.read = 0
        self.skipped = 0
        self.row_number = 0
        self._next: dict[EntityKind, int] = {}
        # what makes a mandate the same as one on the map or an earlier row (a repeat is
        # skipped when it says the same, an error when it says otherwise), with its row
        self.mandates: dict[tuple[object, ...], tuple[Mandate, int | None]] = {
            _same(m): (m, None) for m in self.work.mandates
        }

    # ------------------------------------------------------------------ problems
    def _column(self, key: str) -> str:
        return self.headers.get(key, key)

    def _error(self, key: str, column: str, **params: object) -> None:
        self.problems.error(
            key, sheet=self.sheet, row=self.row_number, column=self._column(column), **params
        )

    def _warn(self, key: str, column: str, **params: object) -> None:
        self.problems.warn(
            key, sheet=self.sheet, row=self.row_number, column=self._column(column), **params
        )

    def _new_id(self, kind: EntityKind) -> str:
        """A fresh id; counted on from the last one (the case's own search is linear)."""
        prefix = KINDS[kind].prefix
        number = self._next.get(kind)
        if number is None:
            number = int(self.work.new_id(kind).removeprefix(prefix))
        while self.work.entity(f"{prefix}{number}") is not None:
            number += 1
        self._next[kind] = number + 1
        return f"{prefix}{number}"

    def _add(self, kind: EntityKind, item: Entity, fields: dict[str, str]) -> bool:
        try:
            self.work.add(kind, item)
        except ModelError as exc:
            for p in exc.problems:
                field = p.location.split(".", 1)[-1]
                column = self._column(fields.get(field, field))
                if p.key == "dates_reversed":  # said in the register's own headers
                    named = {
                        "until_column": column,
                        "from_column": self._column(fields.get("valid_from", "valid_from")),
                    }
                    p = Problem(p.location, "register_dates_reversed", {**p.params, **named})
                self.problems.record(
                    relocated(p, sheet=self.sheet, row=self.row_number, column=column)
                )
            return False
        self.added.append(item)
        return True

    # ------------------------------------------------------------------ rows
    def row(self, number: int, cells: Sequence[object]) -> None:
        """Read one row of the register."""
        self.row_number = number
        raw = {c.key: cells[i] if i < len(cells) else None for i, c in self.columns.items()}
        given = dict(raw)  # as written: a message shows the cell, not its repair (hostile 7)
        for key, cell in raw.items():
            if isinstance(cell, str):
                raw[key] = self._cleaned(cell, key)
        unstored = [
            c.key for i, c in self.columns.items()
            if raw[c.key] is None and (number, i + 1) in self.formulas
        ]  # fmt: skip
        for key in unstored:
            self._error("register_formula_no_value", key)
        if unstored:
            self.read += 1
            return
        if all(text_of(v) == "" for v in raw.values()):
            return  # blank rows between blocks are common in registers: skipped silently
        self.read += 1
        values: dict[str, Any] = {}
        ok = True
        for key, cell in raw.items():
            try:
                values[key] = cell_value(key, cell)
            except BadCellError as bad:
                said = dict(bad.params)
                if given[key] != cell and str(said.get("got", "")).startswith('"'):
                    said["got"] = shown(given[key])
                self._error(bad.key, key, **said)
                values[key], ok = text_of(cell) if key in _NAMED else None, False
            if key in ("valid_from", "valid_until") and (n := serial_number(cell)) is not None:
                day, nl = long_date(values[key], "en"), long_date(values[key], "nl")
                self._warn("register_date_serial", key, serial=n, day=day, day_nl=nl)
        if far_ahead(values.get("valid_from")):  # review 6, N5: 2999 for 2026?
            day, nl = long_date(values["valid_from"], "en"), long_date(values["valid_from"], "nl")
            self._warn("register_date_far_ahead", "valid_from", day=day, day_nl=nl)
        name, grantor, holder = values["power"], values["grantor"], values["holder"]
        if not name:
            self._error("register_required", "power")
            ok = False
        if bool(grantor) != bool(holder):
            self._error("register_required", "holder" if grantor else "grantor")
            ok = False
        if not ok:
            return
        power = self._power(name, values)
        if power is None or not grantor:
            return
        self._mandate(power, values)

    def _cleaned(self, text: str, key: str) -> str:
        """``text`` without the characters the model refuses (control characters, unbalanced
        direction controls), with a located warning, as the other importers do."""
        cleaned = clean_characters(text)
        if cleaned != text:
            try:
                check_characters(text)
            except FieldError as exc:
                self._warn(REPAIRED.get(exc.key, exc.key), key, **exc.params)
        return cleaned

    def _actor(self, name: str, column: str, *, public_body: bool | None = None) -> str:
        found = self.actors.get(name.casefold())
        if found is not None:
            twins = self.twins.get(name.casefold())
            if twins:
                self._warn("register_actor_ambiguous", column, name=name, used=found,
                           ids=", ".join(twins))  # fmt: skip
            return found
        found = self.seen.get(name_key(name))
        if found is not None:  # the same name as a reader sees it (STRUCTURE_DUPLICATE_NAME)
            self._warn_look_alike(name, found, column)
            return found
        actor_id = self._new_id(EntityKind.ACTOR)
        actor = Actor(actor_id, name, ActorKind.OTHER, public_body=public_body)
        if self._add(EntityKind.ACTOR, actor, {"name": column}):
            self.actors[name.casefold()] = actor.id
            self.seen.setdefault(name_key(name), actor.id)
            self._warn("register_new_actor", column, name=name)
        return actor.id

    def _warn_look_alike(self, name: str, found: str, column: str) -> None:
        """Say that the cell's ``name`` was matched to actor ``found`` only once invisible
        characters, spaces or width variants were ignored."""
        actor = self.work.actors.get(found)
        used = actor.name if actor is not None else found
        chars = invisible_characters(name)
        if chars:
            self._warn("register_actor_invisible", column, name=used, chars=", ".join(chars))
        else:
            self._warn("register_actor_look_alike", column, name=used, cell=name)

    def _power(self, name: str, values: dict[str, Any]) -> str | None:
        given: dict[str, Any] = {
            field: values.get(key) for field, key in _POWER_COLUMNS.items() if field != "name"
        }
        # the policy rules and work instructions have their own column when we wrote it
        given["legal_basis"] = join_basis(values.get("legal_basis") or "",
                                          values.get("policy_basis") or "")  # fmt: skip
        if values.get("power_holder"):
            given["holder"] = self._actor(values["power_holder"], "power_holder", public_body=True)
        given = {k: v for k, v in given.items() if v not in (None, "")}
        category = parse_label(PowerCategory, name)
        if category is not None and not given:
            return category.value  # a category named as the power, nothing else about it
        existing = self._existing(name, given.get("holder"))
        if existing is not None:
            power = self.work.powers.get(existing)
            assert power is not None
            for field, value in given.items():
                if getattr(power, field) != value:
                    kept, got = getattr(power, field), value
                    if field == "holder":
                        kept, got = _name_of(self.work, kept), _name_of(self.work, got)
                    self._warn("register_power_differs", _POWER_COLUMNS[field], name=name,
                               kept=text_of(kept), got=text_of(got))  # fmt: skip
            return existing
        # a register without the act column: the name says it, as in an old map (J6)
        given.setdefault("act", act_from_name(name))
        power = Power(self._new_id(EntityKind.POWER), name, **given)
        if not self._add(EntityKind.POWER, power, _POWER_COLUMNS):
            return None
        self.powers.setdefault(name.casefold(), []).append(power.id)
        self._warn("register_new_power", "power", name=name)
        return power.id

    def _existing(self, name: str, holder: str | None) -> str | None:
        """The power called ``name`` (held by ``holder`` when given: one name may be held by
        several bodies, each its own power)."""
        ids = self.powers.get(name.casefold(), [])
        if holder is None:
            return ids[0] if ids else None
        powers = [p for p in (self.work.powers.get(i) for i in ids) if p is not None]
        held = [p.id for p in powers if p.holder == holder]
        unheld = [p.id for p in powers if p.holder is None]
        found = held or unheld
        return found[0] if found else None

    def _mandate(self, power: str, values: dict[str, Any]) -> None:
        grantor = self._actor(values["grantor"], "grantor")
        holder = self._actor(values["holder"], "holder")
        fields: dict[str, Any] = {
            field: values.get(key)
            for field, key in _MANDATE_COLUMNS.items()
            if field not in ("grantor", "holder", "power")
        }
        fields["description"] = fields["description"] or ""
        fields["legal_basis"] = fields["legal_basis"] or ""
        for field, default in (("instrument", Instrument.MANDATE), ("scope", Scope.GENERAL),
                               ("practice", Practice.BOTH),
                               ("reserves_deviation", False)):  # fmt: skip
            if fields[field] is None:
                fields[field] = default
        mandate = Mandate(self._new_id(EntityKind.MANDATE), grantor, holder, power, **fields)
        earlier = self.mandates.get(_same(mandate))
        if earlier is not None:
            self._repeat(mandate, values, *earlier)
            return
        if self._add(EntityKind.MANDATE, mandate, _MANDATE_COLUMNS):
            self.mandates[_same(mandate)] = (mandate, self.row_number)
            if grantor == holder:  # meaningless under Awb 10:1: said, not refused
                self._warn("register_mandate_to_itself", "holder",
                           name=_name_of(self.work, holder), grantor=self._column("grantor"),
                           holder=self._column("holder"))  # fmt: skip

    def _repeat(
        self, mandate: Mandate, values: dict[str, Any], earlier: Mandate, row: int | None
    ) -> None:
        """A row naming a mandate already read (same grantor, holder, power, instrument and
        start): skipped when it says the same; every field it gives otherwise is an error
        naming both values, so a changed amount or condition is never dropped unseen."""
        differs = False
        for field, key in _MANDATE_COLUMNS.items():
            if key in _KEY_COLUMNS or values.get(key) in (None, ""):
                continue  # not given in this row: nothing to compare
            kept, got = getattr(earlier, field), getattr(mandate, field)
            if kept != got:
                differs = True
                if row is None:
                    self._error("register_conflict_map", key, kept=shown(kept), got=shown(got))
                else:
                    self._error("register_conflict_row", key, first=row, kept=shown(kept),
                                got=shown(got))  # fmt: skip
        if not differs:
            self.skipped += 1
            if row is None:
                self._warn("register_duplicate", "power")
            else:
                self._warn("register_repeat", "power", first=row)

    def finish(self) -> RegisterImport:
        """The result, or :class:`ImportFileError` with every problem."""
        if not self.read and not self.problems.errors:  # an empty map's register: no error
            self.problems.warn("register_empty", sheet=self.sheet)
        added = sum(1 for e in self.added if isinstance(e, Mandate))
        if added and "in_writing" not in {c.key for c in self.columns.values()}:
            # said once, not per row: each of them is "not recorded" (null), never "yes"
            key = "register_no_writing_column" + ("_one" if added == 1 else "")
            self.problems.warn(key, sheet=self.sheet, count=added)
        self.problems.raise_if_errors()
        return RegisterImport(self.work, tuple(self.added), tuple(self.problems.warnings),
                              self.source, self.problems.warning_total, self.skipped)  # fmt: skip
