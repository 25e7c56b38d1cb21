"""One row of a mandate register at a time into a copy of the map (split from
:mod:`exports.register_read`, which finds the sheet and its header): names matched to actors
and powers (a new one with a located warning), a repeat of a mandate skipped when it says the
same and an error when it says otherwise, every problem by row and column. Its ``finish``
gives the :class:`RegisterImport`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from exports.errors import Problems, SheetProblem, relocated
from exports.register_columns import (
    RegisterColumn,
)
from exports.register_rule import join_basis
from exports.register_values import (
    BadCellError,
    cell_value,
    far_ahead,
    serial_number,
    shown,
    text_of,
)
from models.case import Case
from models.entities import Actor, Entity, Mandate, Power
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
    pass

__all__ = ["RegisterImport", "RowReader"]

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


_NAMED = ("power", "grantor", "holder")  # a bad cell there (#REF!) is not also "missing"


def _same(m: Mandate) -> tuple[object, ...]:
    return (m.grantor, m.holder, str(m.power), m.instrument, m.valid_from)


def _name_of(case: Case, actor_id: str | None) -> str:
    actor = case.actors.get(actor_id) if actor_id else None
    return actor.name if actor is not None else ""


class RowReader:
    """Reads rows into a copy of the map, collecting what it added and every problem."""

    def __init__(
        self,
        case: Case,
        source: str,
        sheet: str,
        header: Sequence[object],
        columns: dict[int, RegisterColumn],
        formulas: set[tuple[int, int]] | None = None,
    ) -> None:
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
            c.key
            for i, c in self.columns.items()
            if raw[c.key] is None and (number, i + 1) in self.formulas
        ]
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
                self._warn(
                    "register_actor_ambiguous", column, name=name, used=found, ids=", ".join(twins)
                )
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
        given["legal_basis"] = join_basis(
            values.get("legal_basis") or "", values.get("policy_basis") or ""
        )
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
                    self._warn(
                        "register_power_differs",
                        _POWER_COLUMNS[field],
                        name=name,
                        kept=text_of(kept),
                        got=text_of(got),
                    )
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
        for field, default in (
            ("instrument", Instrument.MANDATE),
            ("scope", Scope.GENERAL),
            ("practice", Practice.BOTH),
            ("reserves_deviation", False),
        ):
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
                self._warn(
                    "register_mandate_to_itself",
                    "holder",
                    name=_name_of(self.work, holder),
                    grantor=self._column("grantor"),
                    holder=self._column("holder"),
                )

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
                    self._error(
                        "register_conflict_row", key, first=row, kept=shown(kept), got=shown(got)
                    )
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
        return RegisterImport(
            self.work,
            tuple(self.added),
            tuple(self.problems.warnings),
            self.source,
            self.problems.warning_total,
            self.skipped,
        )
