"""Building a case from rows read out of a foreign file, with located problems.

Every importer (report workbook, Kumu, GraphML, GEXF, CSV) turns its rows into plain value
dicts and hands them to a :class:`CaseBuilder`, which converts cells with
:func:`exports.values.from_cell`, resolves actor references by id or by name, resolves an
organisation by id or by name (a new name becomes an organisation), hands out ids for rows
that have none, and builds the case or raises one :class:`ImportFileError` listing every
problem.

Files written before format version 2 may carry an actor's ``powers`` (the categories it
held by law) and a mandate's ``sub_mandate_allowed``; :data:`LEGACY_ACTOR` and
:data:`LEGACY_MANDATE` read them, and the builder turns them into powers held by that actor
and ``sub_mandate_levels`` along the chain, with the ``.kvmap`` migration's own function
(:func:`models.migrations.v1_levels`).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from exports.errors import ImportFileError, Problems, SheetProblem
from exports.import_position import placed
from exports.values import MISSING, from_cell
from models.case import Case
from models.entities import (
    Actor,
    Agreement,
    CaseInfo,
    Mandate,
    Need,
    Organisation,
    Position,
    Relationship,
)
from models.enums import EntityKind, PowerCategory
from models.errors import FieldError, ModelError
from models.fields import ENTITY_FIELDS, KINDS, FieldSpec, parse_value
from models.legacy import OrganisationIndex, act_from_name, category_power
from models.migrations import v1_levels
from models.rules import (
    REPAIRED,
    check_characters,
    clean_value,
    cross_field_problems,
    repair_cross_field,
    trim_invisible,
)
from models.value_words import (
    invisible_codes,
)

__all__ = [
    "LABEL_FIELD",
    "LEGACY_ACTOR",
    "LEGACY_MANDATE",
    "CaseBuilder",
    "ImportResult",
    "Where",
]

#: The field a row read whole must fill, where it is not ``name``: an accepted finding names
#: its finding, a deviation in the register its number (id).
LABEL_FIELD: dict[EntityKind, str] = {
    EntityKind.ACCEPTANCE: "finding",
    EntityKind.DEVIATION: "id",
}

#: Columns/attributes of files written before format version 2, read but no longer written.
LEGACY_ACTOR: dict[str, FieldSpec] = {
    "powers": FieldSpec("powers", "enum_list", enum=PowerCategory, doc="Held by law (v1)."),
}
LEGACY_MANDATE: dict[str, FieldSpec] = {
    "sub_mandate_allowed": FieldSpec("sub_mandate_allowed", "bool", doc="Sub-mandate (v1)."),
}


@dataclass(frozen=True, slots=True)
class Where:
    """Where a row came from, for problem messages."""

    sheet: str = ""
    row: int | None = None


@dataclass(frozen=True, slots=True)
class ImportResult:
    """An imported case and the problems the import worked around."""

    case: Case
    warnings: tuple[Any, ...] = field(default=())
    source: str = ""


class CaseBuilder:
    """Collects actors, relationships, mandates and needs, then builds the case."""

    def __init__(self, source: str = "") -> None:
        self.problems = Problems(source)
        self.source = source
        self._actors: list[dict[str, Any]] = []
        self._by_id: dict[str, dict[str, Any]] = {}
        self._by_name: dict[str, dict[str, Any]] = {}
        self._rels: list[tuple[Where, dict[str, Any]]] = []
        self._mandates: list[tuple[Where, dict[str, Any]]] = []
        self._needs: list[tuple[Where, dict[str, Any]]] = []
        self._whole: dict[EntityKind, list[Any]] = {}
        self._whole_where: dict[str, Where] = {}  # id -> the row an entity read whole came from
        self._taken: set[str] = set()

    # ------------------------------------------------------------------ conversion
    def convert(
        self,
        specs: Mapping[str, FieldSpec],
        raw: Mapping[str, object],
        where: Where,
        headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any] | None:
        """Model values of ``raw`` (field -> cell); None (errors recorded) when one is bad."""
        values: dict[str, Any] = {}
        ok = True
        for name, cell in raw.items():
            spec = specs.get(name)
            if spec is None:
                continue
            column = (headers or {}).get(name, name)
            cell = self._cleaned(cell, where, column)
            try:
                value = from_cell(spec, cell)
            except FieldError as exc:
                self.problems.error(
                    exc.key, sheet=where.sheet, row=where.row, column=column, **exc.params
                )
                ok = False
                continue
            if value is not MISSING:
                values[name] = value
        return values if ok else None

    def _cleaned(self, value: Any, where: Where, column: str) -> Any:
        """``value`` without the characters the model refuses, with a located warning."""
        cleaned = clean_value(value)
        if cleaned != value:
            texts = value if isinstance(value, (list, tuple)) else [value]
            for text in texts:
                try:
                    check_characters(str(text))
                except FieldError as exc:
                    self.problems.warn(
                        REPAIRED.get(exc.key, exc.key),
                        sheet=where.sheet,
                        row=where.row,
                        column=column,
                        **exc.params,
                    )
                    break
            if isinstance(value, (list, tuple)) and len(cleaned) < len(value):
                self.problems.warn(
                    "blank_items_removed", sheet=where.sheet, row=where.row, column=column
                )
        return cleaned

    def _checked(self, item: Any, where: Where) -> Any:
        """``item`` cleaned of refused characters and with cross-field rules repaired."""
        changes: dict[str, Any] = {}
        for spec in ENTITY_FIELDS[type(item)]:
            value = getattr(item, spec.name)
            cleaned = self._cleaned(value, where, spec.name)
            if cleaned != value:
                changes[spec.name] = cleaned
        if changes:
            item = dataclasses.replace(item, **changes)
        item, repairs = repair_cross_field(item)
        for note in repairs:
            self.problems.warn(
                note.key, sheet=where.sheet, row=where.row, column=note.location, **note.params
            )
        for problem in cross_field_problems(item):  # what no repair can decide for the user
            self.problems.error(
                problem.key,
                sheet=where.sheet,
                row=where.row,
                column=problem.location,
                **problem.params,
            )
        return item

    # ------------------------------------------------------------------ actors
    def actor_ref(self, text: object) -> str | None:
        """The id of the actor ``text`` names (its id, else its name), or None."""
        if text is None:
            return None
        key = trim_invisible(str(text).strip())[0]
        if not key:
            return None
        found = self._by_id.get(key) or self._by_name.get(key.casefold())
        return None if found is None else self._id_of(found)

    def find_actor(self, text: str, *, by_id: bool = True) -> dict[str, Any] | None:
        """The values of the actor identified (when ``by_id``) or named by ``text``."""
        key = trim_invisible(text.strip())[0]
        found = self._by_id.get(key) if by_id else None
        return found or self._by_name.get(key.casefold())

    def add_actor(self, values: dict[str, Any], where: Where = Where()) -> dict[str, Any] | None:
        """Add an actor (``id`` optional, ``name`` required); returns its values or None."""
        said = str(values.get("name", "")).strip()
        name = self._trimmed(said, where, "invisible_trimmed_name")
        if not name:
            self.problems.warn("empty_label", sheet=where.sheet, row=where.row)
            return None
        codes = invisible_codes(name)
        if codes is not None:  # this row only, not the whole file (hostile review 10, H7)
            self.problems.warn("invisible_label", sheet=where.sheet, row=where.row, codes=codes)
            return None
        actor_id = values.get("id")
        if isinstance(actor_id, str):
            actor_id = self._trimmed(actor_id, where, "invisible_trimmed_id")
        if name != said or actor_id != values.get("id"):
            values = {**values, "name": name, "id": actor_id}
        if actor_id is not None and actor_id in self._by_id:
            other = self._by_id[actor_id].get("_row")
            self.problems.warn(
                "duplicate_id", sheet=where.sheet, row=where.row, id=actor_id, other=other
            )
            return None
        values = {**placed(values, self.problems, where.sheet, where.row), "_row": where.row}
        if actor_id is not None:
            self._taken.add(str(actor_id))
            self._by_id[str(actor_id)] = values
        self._by_name.setdefault(name.casefold(), values)
        self._actors.append(values)
        return values

    def _trimmed(self, text: str, where: Where, key: str) -> str:
        """``text`` without invisible characters at its start or end (a zero-width space
        pasted along: it would make a second actor of "Visser"), said at its row (hostile
        review 11)."""
        trimmed, codes = trim_invisible(text)
        if codes:
            self.problems.warn(
                key,
                sheet=where.sheet,
                row=where.row,
                codes=", ".join(codes),
                shown=trimmed,
            )
        return trimmed

    def ensure_actor(
        self, name: str, where: Where = Where(), *, warn: bool = True, by_id: bool = True
    ) -> str | None:
        """The id of the actor named (or, when ``by_id``, identified by) ``name``; creates one
        (with a warning) when absent.

        None (with an ``empty_label`` warning) when ``name`` is blank: user data never trips an
        assertion here, the row is skipped and the warning says where.
        """
        found = self.find_actor(name, by_id=by_id)
        if found is not None:
            return self._id_of(found)
        if warn and name.strip():
            self.problems.warn("unknown_actor", sheet=where.sheet, row=where.row, name=name)
        values = self.add_actor({"name": name.strip()}, where)
        return None if values is None else self._id_of(values)

    def _fresh(self, prefix: str) -> str:
        for n in itertools.count(1):
            candidate = f"{prefix}{n}"
            if candidate not in self._taken:
                self._taken.add(candidate)
                return candidate
        raise AssertionError("unreachable")  # pragma: no cover

    def _id_of(self, values: dict[str, Any]) -> str:
        if values.get("id") is None:
            values["id"] = self._fresh("a")
            self._by_id[values["id"]] = values
        return str(values["id"])

    def add_whole(self, kind: EntityKind, values: dict[str, Any], where: Where = Where()) -> None:
        """Add an organisation, power, agreement or acceptance from a row (``id`` optional,
        ``name`` or an acceptance's ``finding`` required); its organisation references may be
        ids or names."""
        key = LABEL_FIELD.get(kind, "name")
        name = str(values.get(key, "")).strip()
        if not name:
            self.problems.warn("empty_label", sheet=where.sheet, row=where.row)
            return
        item_id = values.get("id")
        if item_id is not None and item_id in self._taken:
            self.problems.warn(
                "duplicate_id", sheet=where.sheet, row=where.row, id=item_id, other="?"
            )
            return
        values = {
            **values,
            "id": item_id if item_id is not None else self._fresh(KINDS[kind].prefix),
        }
        if kind == EntityKind.POWER and "act" not in values:  # a sheet without the column
            values["act"] = act_from_name(name)
        self._whole_where[values["id"]] = where
        self.add_entities(kind, [KINDS[kind].cls(**values)])

    def add_entities(self, kind: EntityKind, items: list[Any]) -> None:
        """Add organisations, powers or agreements read whole (checked when the case is built)."""
        for item in items:
            self._taken.add(item.id)
        self._whole.setdefault(kind, []).extend(items)

    # ------------------------------------------------------------------ links
    def add_relationship(self, values: dict[str, Any], where: Where = Where()) -> None:
        """Add a relationship whose ``source``/``target`` are actor ids."""
        self._link(self._rels, values, where)

    def add_mandate(self, values: dict[str, Any], where: Where = Where()) -> None:
        """Add a mandate whose ``grantor``/``holder`` are actor ids."""
        self._link(self._mandates, values, where)

    def add_need(self, values: dict[str, Any], where: Where = Where()) -> None:
        """Add a need whose ``handler`` is an actor id or None."""
        self._link(self._needs, values, where)

    def _link(
        self, into: list[tuple[Where, dict[str, Any]]], values: dict[str, Any], where: Where
    ) -> None:
        item_id = values.get("id")
        if item_id is not None:
            if item_id in self._taken:
                self.problems.warn(
                    "duplicate_id", sheet=where.sheet, row=where.row, id=item_id, other="?"
                )
                values = {k: v for k, v in values.items() if k != "id"}
            else:
                self._taken.add(str(item_id))
        into.append((where, values))

    # ------------------------------------------------------------------ result
    def build(self, info: CaseInfo) -> ImportResult:
        """The case; raises :class:`ImportFileError` listing every error."""
        self.problems.raise_if_errors()
        for values in self._actors:
            self._id_of(values)
        orgs = OrganisationIndex(self._whole.get(EntityKind.ORGANISATION, ()), self._taken)
        whole = {
            kind: [_organised(orgs, item) for item in items] for kind, items in self._whole.items()
        }
        powers: list[Any] = []
        actors: list[Actor] = []
        for values in self._actors:
            fields = {k: v for k, v in values.items() if not k.startswith("_")}
            x, y = fields.pop("x", None), fields.pop("y", None)
            if isinstance(x, (int, float)) and isinstance(y, (int, float)):
                fields["position"] = Position(float(x), float(y))
            for category in fields.pop("powers", ()):
                powers.append(category_power(self._fresh("p"), category, fields["id"]))
            if isinstance(fields.get("organisation"), str):
                fields["organisation"] = orgs.resolve(fields["organisation"], fields.get("kind"))
            actors.append(Actor(**fields))
        rels = [Relationship(**self._with_id(v, "r")) for _, v in self._rels]
        chained = v1_levels([v for _, v in self._mandates])  # along the chain, as the loader
        mandates = [
            Mandate(**self._with_id(_levels(v, chained.get(i, 0)), "m"))
            for i, (_, v) in enumerate(self._mandates)
        ]
        needs = [Need(**self._with_id(v, "n")) for _, v in self._needs]
        needs = [replace(n, organisations=orgs.resolve_all(n.organisations)) for n in needs]
        if info.intent_owner is not None and info.intent_owner not in self._by_id:
            owner = self.actor_ref(info.intent_owner)
            info = replace(info, intent_owner=owner)
        # every value must fit its field spec (length limits, finite positions, ...): values
        # that bypassed convert() (names, ids, coordinates, stashed notes) would otherwise make
        # a case that cannot be saved and opened again
        where_actor = [Where(row=v.get("_row")) for v in self._actors]
        info = self._checked(info, Where())
        actors = [self._checked(a, w) for w, a in zip(where_actor, actors, strict=True)]
        rels = [self._checked(r, w) for (w, _), r in zip(self._rels, rels, strict=True)]
        mandates = [self._checked(m, w) for (w, _), m in zip(self._mandates, mandates, strict=True)]
        needs = [self._checked(n, w) for (w, _), n in zip(self._needs, needs, strict=True)]
        extra = {
            kind: [self._checked(item, self._whole_where.get(item.id, Where())) for item in items]
            for kind, items in whole.items()
        }
        created = [self._checked(o, Where()) for o in orgs.organisations()]
        powers = [self._checked(p, Where()) for p in powers]
        checked = [
            (Where(), info),
            *(
                (self._whole_where.get(item.id, Where()), item)
                for items in extra.values()
                for item in items
            ),
            *((Where(), item) for item in (*created, *powers)),
            *zip(where_actor, actors, strict=True),
            *zip([w for w, _ in self._rels], rels, strict=True),
            *zip([w for w, _ in self._mandates], mandates, strict=True),
            *zip([w for w, _ in self._needs], needs, strict=True),
        ]
        for where, item in checked:
            for spec in ENTITY_FIELDS[type(item)]:
                try:
                    parse_value(spec, getattr(item, spec.name))
                except FieldError as exc:
                    self.problems.error(
                        exc.key, sheet=where.sheet, row=where.row, column=spec.name, **exc.params
                    )
        self.problems.raise_if_errors()
        parts: dict[EntityKind, list[Any]] = {
            EntityKind.ORGANISATION: [*extra.get(EntityKind.ORGANISATION, ()), *created],
            EntityKind.ACTOR: actors,
            EntityKind.POWER: [*extra.get(EntityKind.POWER, ()), *powers],
            EntityKind.RELATIONSHIP: rels,
            EntityKind.MANDATE: mandates,
            EntityKind.NEED: needs,
            EntityKind.AGREEMENT: extra.get(EntityKind.AGREEMENT, []),
            EntityKind.RULE: extra.get(EntityKind.RULE, []),
            EntityKind.DEVIATION: extra.get(EntityKind.DEVIATION, []),
            EntityKind.ACCEPTANCE: extra.get(EntityKind.ACCEPTANCE, []),
        }
        try:
            case = Case.build(info, parts, checked=True)
        except ModelError as exc:
            located = [SheetProblem(p.location, p.key, p.params) for p in exc.problems]
            raise ImportFileError(list(located), self.source) from None
        return ImportResult(case, tuple(self.problems.warnings), self.source)

    def _with_id(self, values: dict[str, Any], prefix: str) -> dict[str, Any]:
        if values.get("id") is None:
            return {**values, "id": self._fresh(prefix)}
        return values


def _levels(values: dict[str, Any], chained: int) -> dict[str, Any]:
    """A version-1 ``sub_mandate_allowed`` as ``sub_mandate_levels``: ``chained``, the levels
    :func:`models.migrations.v1_levels` gives it along the chain (0 when it was false)."""
    if "sub_mandate_allowed" not in values:
        return values
    out = {k: v for k, v in values.items() if k != "sub_mandate_allowed"}
    out.setdefault("sub_mandate_levels", chained if values["sub_mandate_allowed"] else 0)
    return out


def _organised(orgs: OrganisationIndex, item: Any) -> Any:
    """``item`` with the organisations it names by name given by their id."""
    if isinstance(item, Organisation) and item.parent is not None:
        return replace(item, parent=orgs.resolve(item.parent) or None)
    if isinstance(item, Agreement):
        return replace(item, parties=orgs.resolve_all(item.parties))
    return item
