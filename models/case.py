"""The ``Case`` aggregate: the one mutator API of the model, with change signals.

Every edit goes through a method of :class:`Case`: the generic :meth:`Case.add`,
:meth:`Case.remove`, :meth:`Case.restore` and :meth:`Case.update` take an
:class:`~models.enums.EntityKind`; ``add_actor``, ``remove_relationship`` ... are thin shorthands.
Each checks its input with the field specs of :mod:`models.fields` and the references of
:mod:`models.references` (a relationship, mandate or need never points at a missing actor,
organisation or power), emits the kind's signal(s) and then ``changed`` once, and emits
nothing at all when nothing changed. Removing an entity takes away what cannot exist
without it (an actor's relationships and mandates) and clears or generalises what only
refers to it (a need's handler, a mandate's power becomes the power's category); the
returned :class:`Removal` puts it all back at the same indices. The queries (lookups, what
refers to what, fresh ids) are in :mod:`models.casequery`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from models.acceptance import Acceptance
from models.casequery import CaseQueries
from models.collection import KIND_SIGNALS, ActorRemoval, Collection, KindSignals, Removal
from models.entities import (
    Actor,
    Agreement,
    CaseInfo,
    Deviation,
    Entity,
    Mandate,
    Need,
    Organisation,
    Position,
    Power,
    Relationship,
    Rule,
)
from models.enums import EntityKind
from models.errors import FieldError, ModelError, Problem
from models.fields import CASE_FIELDS, KINDS, FieldSpec, by_name, parse_value
from models.references import (
    info_problems,
    organisation_cycles,
    reference_problems,
    references,
    without_reference,
)
from models.rules import cross_field_problems
from models.shorthands import Shorthands
from models.signals import Signal
from models.timeline import Timeline

__all__ = ["ActorRemoval", "Case", "Collection", "Entity", "KindSignals", "Removal"]

T = TypeVar("T", bound=Entity | Acceptance)

_FIELDS: dict[object, dict[str, FieldSpec]] = {k: by_name(s.fields) for k, s in KINDS.items()}
_FIELDS.update({s.cls: _FIELDS[k] for k, s in KINDS.items()})  # by class too
_CASE_FIELDS = by_name(CASE_FIELDS)


class Case(CaseQueries, Shorthands):
    """A case: its header, organisations, actors, powers, relationships, mandates, needs,
    agreements, rules, deviations and accepted findings."""

    info_changed = Signal(str, object, object)  # field, old, new
    actor_added = Signal(object, int)  # actor, index
    actor_removed = Signal(object, int)
    actor_changed = Signal(object, object)  # old, new
    relationship_added = Signal(object, int)
    relationship_removed = Signal(object, int)
    relationship_changed = Signal(object, object)
    mandate_added = Signal(object, int)
    mandate_removed = Signal(object, int)
    mandate_changed = Signal(object, object)
    need_added = Signal(object, int)
    need_removed = Signal(object, int)
    need_changed = Signal(object, object)
    organisation_added = Signal(object, int)
    organisation_removed = Signal(object, int)
    organisation_changed = Signal(object, object)
    power_added = Signal(object, int)
    power_removed = Signal(object, int)
    power_changed = Signal(object, object)
    agreement_added = Signal(object, int)
    agreement_removed = Signal(object, int)
    agreement_changed = Signal(object, object)
    acceptance_added = Signal(object, int)
    acceptance_removed = Signal(object, int)
    acceptance_changed = Signal(object, object)
    rule_added = Signal(object, int)
    rule_removed = Signal(object, int)
    rule_changed = Signal(object, object)
    deviation_added = Signal(object, int)
    deviation_removed = Signal(object, int)
    deviation_changed = Signal(object, object)
    positions_changed = Signal(object)  # dict[actor_id, Position | None] (new values)
    changed = Signal()

    def __init__(self, info: CaseInfo | None = None) -> None:
        self._info = info if info is not None else CaseInfo(title="Nieuwe casus")
        # each collection indexes what its items refer to, so a removal finds what refers to
        # the removed entity in O(degree)
        self.organisations: Collection[Organisation] = Collection(_ends(EntityKind.ORGANISATION))
        self.actors: Collection[Actor] = Collection(_ends(EntityKind.ACTOR))
        self.powers: Collection[Power] = Collection(_ends(EntityKind.POWER))
        self.relationships: Collection[Relationship] = Collection(_ends(EntityKind.RELATIONSHIP))
        self.mandates: Collection[Mandate] = Collection(_ends(EntityKind.MANDATE))
        self.needs: Collection[Need] = Collection(_ends(EntityKind.NEED))
        self.agreements: Collection[Agreement] = Collection(_ends(EntityKind.AGREEMENT))
        self.rules: Collection[Rule] = Collection(_ends(EntityKind.RULE))
        self.deviations: Collection[Deviation] = Collection(_ends(EntityKind.DEVIATION))
        self.accepted: Collection[Acceptance] = Collection(_ends(EntityKind.ACCEPTANCE))
        self._collections = {
            EntityKind.ORGANISATION: self.organisations,
            EntityKind.ACTOR: self.actors,
            EntityKind.POWER: self.powers,
            EntityKind.RELATIONSHIP: self.relationships,
            EntityKind.MANDATE: self.mandates,
            EntityKind.NEED: self.needs,
            EntityKind.AGREEMENT: self.agreements,
            EntityKind.RULE: self.rules,
            EntityKind.DEVIATION: self.deviations,
            EntityKind.ACCEPTANCE: self.accepted,
        }
        self.revision = 0
        self.timeline = Timeline()  # snapshots and saves: kept apart from the map's own signals

    # ------------------------------------------------------------------ queries (and CaseQueries)
    @property
    def info(self) -> CaseInfo:
        """The case header."""
        return self._info

    def signals(self, kind: EntityKind) -> KindSignals:
        """The added/removed/changed signals of ``kind`` (only that kind's are looked up: a
        table of all thirty was made at every emit, issue 15, session 23)."""
        return KIND_SIGNALS[kind](self)

    # ------------------------------------------------------------------ building
    @classmethod
    def from_parts(
        cls,
        info: CaseInfo,
        actors: Iterable[Actor] = (),
        relationships: Iterable[Relationship] = (),
        mandates: Iterable[Mandate] = (),
        needs: Iterable[Need] = (),
        *,
        organisations: Iterable[Organisation] = (),
        powers: Iterable[Power] = (),
        agreements: Iterable[Agreement] = (),
        accepted: Iterable[Acceptance] = (),
        rules: Iterable[Rule] = (),
        deviations: Iterable[Deviation] = (),
        checked: bool = False,
    ) -> Case:
        """Build a case in one go without emitting signals (see :meth:`build`)."""
        return cls.build(
            info,
            {
                EntityKind.ORGANISATION: organisations,
                EntityKind.ACTOR: actors,
                EntityKind.POWER: powers,
                EntityKind.RELATIONSHIP: relationships,
                EntityKind.MANDATE: mandates,
                EntityKind.NEED: needs,
                EntityKind.AGREEMENT: agreements,
                EntityKind.ACCEPTANCE: accepted,
                EntityKind.RULE: rules,
                EntityKind.DEVIATION: deviations,
            },
            checked=checked,
        )

    @classmethod
    def build(
        cls,
        info: CaseInfo,
        parts: Mapping[EntityKind, Iterable[Any]],
        *,
        checked: bool = False,
        linked: bool = False,
    ) -> Case:
        """Build a case from entities per kind without emitting signals; raises
        :class:`ModelError` with every problem of ids and references unless ``linked`` says
        the caller checked them (the loader against the file, :meth:`copy` against a valid
        case), and of every field and cross-field rule unless ``checked`` says it did."""
        case = cls(info)
        given = {kind: list(parts.get(kind, ())) for kind in KINDS}
        if not checked:
            for spec in _CASE_FIELDS.values():
                case._parse(spec, getattr(info, spec.name), f"case.{spec.name}")
        for kind, items in given.items():
            coll = case.collection(kind)
            if checked and linked:  # the loader checked it all: one pass per collection
                coll._extend(items)
                continue
            for item in items:
                if not checked:  # checked only: the items are kept as given
                    case._parsed_fields(kind, item)
                    _raise_cross(item)
                if not linked:
                    case._check_new_id(item.id)
                coll._insert(len(coll), item)
        if linked:
            return case
        problems: list[Problem] = []
        for kind, items in given.items():
            for item in items:
                for p in reference_problems(kind, item, case.exists):
                    problems.append(Problem(f"{item.id}.{p.location}", p.key, p.params))
        for org_id in organisation_cycles(case._organisation_map()):
            problems.append(Problem(f"{org_id}.parent", "organisation_cycle", {"id": org_id}))
        problems += [
            Problem(f"case.{p.location}", p.key, p.params) for p in info_problems(info, case.exists)
        ]
        if problems:
            raise ModelError(problems)
        return case

    def subset(
        self, actor_ids: Iterable[str], info: CaseInfo | None = None, needs: Iterable[Need] = ()
    ) -> Case:
        """The part of the case among ``actor_ids``: those actors, the relationships and
        mandates among them, ``needs``, and the organisations and powers these refer to (a
        power held outside keeps no holder, an organisation outside no parent)."""
        keep = set(actor_ids)
        actors = [a for a in self.actors if a.id in keep]
        rels = [r for r in self.relationships if r.source in keep and r.target in keep]
        mandates = [m for m in self.mandates if m.grantor in keep and m.holder in keep]
        need_list = list(needs)
        used = {m.power for m in mandates} | {n.power for n in need_list}
        powers = [
            p if p.holder in keep else dataclasses.replace(p, holder=None)
            for p in self.powers
            if p.id in used
        ]
        orgs_used = {a.organisation for a in actors}
        orgs_used |= {o for n in need_list for o in n.organisations}
        orgs = [
            o if o.parent in orgs_used else dataclasses.replace(o, parent=None)
            for o in self.organisations
            if o.id in orgs_used
        ]
        header = info if info is not None else self._info
        if header.intent_owner is not None and header.intent_owner not in keep:
            header = dataclasses.replace(header, intent_owner=None)
        return Case.from_parts(
            header, actors, rels, mandates, need_list, organisations=orgs, powers=powers
        )

    def copy(self) -> Case:
        """An independent copy (entities and snapshots are immutable, so they are shared)."""
        parts = {kind: list(self.collection(kind)) for kind in KINDS}
        twin = Case.build(self._info, parts, checked=True, linked=True)
        twin.timeline = self.timeline.copy()
        return twin

    # ------------------------------------------------------------------ case header
    def set_case_field(self, name: str, value: object) -> bool:
        """Set a field of the case header; returns whether anything changed."""
        spec = _CASE_FIELDS.get(name)
        if spec is None:
            raise ModelError([Problem(f"case.{name}", "unknown_field", {"name": name})])
        new_value = self._parse(spec, value, f"case.{name}")
        if name == "intent_owner" and new_value is not None and self.actors.get(new_value) is None:
            raise ModelError([Problem("case.intent_owner", "no_such_actor", {"id": new_value})])
        old_value = getattr(self._info, name)
        if old_value == new_value:
            return False
        self._info = dataclasses.replace(self._info, **{name: new_value})
        self.info_changed.emit(name, old_value, new_value)
        self._bump()
        return True

    # ------------------------------------------------------------------ generic mutators
    def add(self, kind: EntityKind, item: T, index: int | None = None) -> T:
        """Insert ``item`` of ``kind`` (at ``index`` or at the end) and return it as stored."""
        item = self._normalised(kind, item)
        self._check_new_id(item.id)
        self._check_item(kind, item)
        coll = self.collection(kind)
        pos = len(coll) if index is None else max(0, min(index, len(coll)))
        coll._insert(pos, item)
        self.signals(kind).added.emit(item, pos)
        self._bump()
        return item

    def remove(self, kind: EntityKind, item_id: str) -> Removal:
        """Remove an entity with what cannot exist without it; clear references to it.

        Returns what went, so :meth:`restore` can put it all back in place.
        """
        item = self._require(kind, item_id)
        removed: list[tuple[EntityKind, int, Any]] = []
        changed: list[tuple[EntityKind, Any, Any]] = []
        for other, dep, goes in self.dependants(item_id):
            if goes:
                removed.append((other, -1, dep))
            else:
                refs = [spec for spec, ref in references(other, dep) if ref == item_id]
                changed.append((other, dep, without_reference(dep, refs, item)))
        gone: list[tuple[EntityKind, int, Any]] = []
        for other in KINDS:
            these = [d for k, _, d in removed if k is other]
            for dep in sorted(these, key=lambda d: -self.collection(other).index_of(d.id)):
                index, _ = self.collection(other)._pop(dep.id)
                self.signals(other).removed.emit(dep, index)
                gone.append((other, index, dep))
        for other, old, new in changed:
            self.collection(other)._replace(old, new)
            self.signals(other).changed.emit(old, new)
        old_info: CaseInfo | None = None
        if kind is EntityKind.ACTOR and self._info.intent_owner == item_id:
            old_info = self._info
            self._info = dataclasses.replace(self._info, intent_owner=None)
            self.info_changed.emit("intent_owner", item_id, None)
        index, _ = self.collection(kind)._pop(item_id)
        self.signals(kind).removed.emit(item, index)
        self._bump()
        return Removal(
            kind, item, index, tuple(gone), tuple((k, old) for k, old, _ in changed), old_info
        )

    def restore(self, removal: Removal) -> None:
        """Undo :meth:`remove`: everything back at its old index, as it was."""
        item = removal.item
        self._check_new_id(item.id)
        self.collection(removal.kind)._insert(removal.index, item)
        self.signals(removal.kind).added.emit(item, removal.index)
        for kind, index, dep in reversed(removal.removed):
            self.collection(kind)._insert(index, dep)
            self.signals(kind).added.emit(dep, index)
        for kind, old in removal.changed:
            current = self.collection(kind).get(old.id)
            if current is not None and current != old:
                self.collection(kind)._replace(current, old)
                self.signals(kind).changed.emit(current, old)
        if removal.info is not None and self._info.intent_owner != removal.info.intent_owner:
            before = self._info.intent_owner
            self._info = dataclasses.replace(self._info, intent_owner=removal.info.intent_owner)
            self.info_changed.emit("intent_owner", before, removal.info.intent_owner)
        self._bump()

    def update(self, kind: EntityKind, item_id: str, values: Mapping[str, object]) -> bool:
        """Set several fields of one entity at once (one signal); returns whether it changed."""
        old = self._require(kind, item_id)
        specs = _FIELDS[kind]
        parsed: dict[str, Any] = {}
        for name, value in values.items():
            spec = specs.get(name)
            if spec is None:
                raise ModelError([Problem(f"{item_id}.{name}", "unknown_field", {"name": name})])
            if not spec.editable:
                raise ModelError([Problem(f"{item_id}.{name}", "not_editable", {"name": name})])
            parsed[name] = self._parse(spec, value, f"{item_id}.{name}")
        changes = {k: v for k, v in parsed.items() if getattr(old, k) != v}
        if not changes:
            return False
        new = dataclasses.replace(old, **changes)
        self._check_item(kind, new)
        self.collection(kind)._replace(old, new)
        self.signals(kind).changed.emit(old, new)
        self._bump()
        return True

    # ------------------------------------------------------------------ positions
    def set_positions(self, positions: Mapping[str, Position | None]) -> dict[str, Position | None]:
        """Move actors; returns the old positions of those that moved (for undo)."""
        old: dict[str, Position | None] = {}
        new: dict[str, Position | None] = {}
        for actor_id, pos in positions.items():
            actor = self._require(self.actors, actor_id)
            if pos is not None:  # a Position too: none beyond what a picture can draw (H2)
                pos = self._parse(_FIELDS[Actor]["position"], pos, f"{actor_id}.position")
            if actor.position == pos:
                continue
            old[actor_id] = actor.position
            new[actor_id] = pos
            self.actors._replace(actor, dataclasses.replace(actor, position=pos))
        if new:
            self.positions_changed.emit(new)
            self._bump()
        return old

    # ------------------------------------------------------------------ internals
    def set_anonymised_mark(self, marked: bool) -> None:
        """Set the anonymised copy's mark (``info.anonymised``), without counting it an edit:
        the document puts it back when its edits are undone (hostile review 7, F4)."""
        self._info = dataclasses.replace(self._info, anonymised=marked)

    def _bump(self) -> None:
        # an edited copy is no longer what the anonymiser wrote: it loses the mark that lets a
        # later copy replace it without --force (hostile review 7, F4)
        if self._info.anonymised:
            self._info = dataclasses.replace(self._info, anonymised=False)
        self.revision += 1
        self.changed.emit()

    @staticmethod
    def _parse(spec: FieldSpec, value: object, location: str) -> Any:
        try:
            return parse_value(spec, value)
        except FieldError as exc:
            raise ModelError([Problem(location, exc.key, exc.params)]) from None

    def _require(self, kind: EntityKind | Collection[Any], item_id: str) -> Any:
        if isinstance(kind, Collection):
            kind = next(k for k in KINDS if self.collection(k) is kind)
        item = self.collection(kind).get(item_id)
        if item is None:
            raise ModelError([Problem("", "no_such_entity", {"what": kind.value, "id": item_id})])
        return item

    def _check_new_id(self, item_id: str) -> None:
        if self.entity(item_id) is not None:
            raise ModelError([Problem("id", "duplicate_id", {"id": item_id, "other": item_id})])

    @staticmethod
    def _parsed_fields(kind: EntityKind, item: Any) -> dict[str, Any]:
        """Every field of ``item`` parsed; a refused one raises :class:`ModelError` (session 23)."""
        entity: Any = item  # not narrowed by the type test below
        if type(item) is not KINDS[kind].cls:
            raise TypeError(f"expected a {KINDS[kind].cls.__name__}, got {type(item).__name__}")
        parsed: dict[str, Any] = {}
        for name, spec in _FIELDS[kind].items():
            try:
                parsed[name] = parse_value(spec, getattr(item, name))
            except FieldError as exc:
                raise ModelError([Problem(f"{entity.id}.{name}", exc.key, exc.params)]) from None
        return parsed

    def _normalised(self, kind: EntityKind, item: T) -> T:
        """``item`` with every field checked and parsed (``"triage"`` -> the category member)."""
        parsed = self._parsed_fields(kind, item)
        changes = {
            k: v
            for k, v in parsed.items()
            if getattr(item, k) != v or type(getattr(item, k)) is not type(v)
        }
        return dataclasses.replace(item, **changes) if changes else item

    def _check_item(self, kind: EntityKind, item: Any) -> None:
        _raise_cross(item)
        problems = [
            Problem(f"{item.id}.{p.location}", p.key, p.params)
            for p in reference_problems(kind, item, self.exists)
        ]
        if kind is EntityKind.ORGANISATION and item.parent is not None:
            orgs = self._organisation_map()
            orgs[item.id] = item
            if item.id in organisation_cycles(orgs):
                problems.append(Problem(f"{item.id}.parent", "organisation_cycle", {"id": item.id}))
        if problems:
            raise ModelError(problems)

    def _organisation_map(self) -> dict[str, Organisation]:
        return {o.id: o for o in self.organisations}


def _ends(kind: EntityKind) -> Callable[[Any], tuple[str | None, ...]]:
    """The ids an entity of ``kind`` refers to (for the collection's reverse index)."""

    def ends(item: Any) -> tuple[str | None, ...]:
        return tuple(ref for _, ref in references(kind, item))

    return ends


def _raise_cross(item: Any) -> None:
    """Refuse an entity whose fields contradict each other (see :mod:`models.rules`)."""
    problems = cross_field_problems(item)
    if problems:
        raise ModelError([Problem(f"{item.id}.{p.location}", p.key, p.params) for p in problems])
