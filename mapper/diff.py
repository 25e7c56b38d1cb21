"""Compare two cases (or two scenarios of one case): entities and findings.

Entities are matched by id; a changed entity lists every field that differs.

Examples
--------
>>> from models import Actor, Case, CaseInfo
>>> a = Case.from_parts(CaseInfo("v1"), [Actor("x", "Wethouder")])
>>> b = Case.from_parts(CaseInfo("v2"), [Actor("x", "Wethouder Zorg"), Actor("y", "Raad")])
>>> d = diff_cases(a, b)
>>> from models.enums import EntityKind
>>> d.entities[EntityKind.ACTOR].added, d.entities[EntityKind.ACTOR].changed["x"]
(('y',), (FieldChange(field='name', old='Wethouder', new='Wethouder Zorg'),))
>>> d.info
(FieldChange(field='title', old='v1', new='v2'),)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum, StrEnum
from typing import Any

from mapper.analysis import Analysis, analyse
from mapper.findings import Finding
from mapper.report import finding_data
from models import Case, PowerCategory, Practice
from models.enums import EntityKind
from models.fields import CASE_FIELDS, KINDS
from models.i18n import Lang, long_date

__all__ = [
    "CaseDiff",
    "EntityDiff",
    "FieldChange",
    "diff_cases",
    "entity_name",
    "level_words",
    "plain_value",
    "shown_value",
]

_IGNORED = frozenset({"position", "content"})  # a move, an acceptance's fingerprint
# the arrays in the order a reader meets them: the map first, then what it hangs on
_ORDER = (
    EntityKind.ACTOR,
    EntityKind.RELATIONSHIP,
    EntityKind.MANDATE,
    EntityKind.NEED,
    EntityKind.ORGANISATION,
    EntityKind.POWER,
    EntityKind.AGREEMENT,
    EntityKind.ACCEPTANCE,
)  # moving an actor is not a change of substance


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field that differs."""

    field: str
    old: object
    new: object


@dataclass(frozen=True)
class EntityDiff:
    """Added, removed and changed entities of one kind (ids in map order)."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: dict[str, tuple[FieldChange, ...]] = dataclasses.field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """Whether nothing differs."""
        return not (self.added or self.removed or self.changed)


@dataclass(frozen=True)
class CaseDiff:
    """Everything that differs between case ``a`` and case ``b``."""

    info: tuple[FieldChange, ...]
    entities: dict[EntityKind, EntityDiff]  # per kind, in the order a reader meets them
    gained: tuple[Finding, ...]  # findings in b, not in a (matched by finding id)
    lost: tuple[Finding, ...]  # findings in a, not in b
    before: Analysis
    after: Analysis
    changed: tuple[tuple[Finding, Finding], ...] = ()  # same finding id, other content
    a: Case | None = None
    b: Case | None = None

    def show(self, kind: EntityKind | None, field: str, value: object, lang: Lang = "en") -> str:
        """A field value as a reader wants it: an actor, power or organisation by name, an
        enum by its label, a date as ``1 oktober 2026`` (``kind``: None for the case's own
        fields)."""
        case = self.b if self.b is not None else self.a
        return shown_value(case, kind, field, value, lang)

    def name(self, kind: EntityKind, item_id: str, lang: Lang = "en") -> str:
        """What entity ``item_id`` of ``kind`` is, by name, with its id in brackets."""
        for case in (self.b, self.a):
            if case is not None:
                named = entity_name(case, kind, item_id, lang)
                if named is not None:
                    return f"{named} ({item_id})"
        return item_id

    @property
    def empty(self) -> bool:
        """Whether the cases are the same in substance and in findings."""
        return (
            not self.info
            and all(e.empty for e in self.entities.values())
            and not self.gained
            and not self.lost
            and not self.changed
        )

    def to_data(self, lang: Lang = "en") -> dict[str, Any]:
        """JSON-ready data."""
        return {
            "info": [_change_data(c) for c in self.info],
            **{
                KINDS[kind].section: {  # the file's array name: "actors", "mandates", ...
                    "added": list(e.added),
                    "removed": list(e.removed),
                    "changed": {k: [_change_data(c) for c in v] for k, v in e.changed.items()},
                }
                for kind, e in self.entities.items()
            },
            "findings_gained": [finding_data(f, lang) for f in self.gained],
            "findings_lost": [finding_data(f, lang) for f in self.lost],
            "findings_changed": [
                {"id": new.id, "before": finding_data(old, lang), "after": finding_data(new, lang)}
                for old, new in self.changed
            ],
        }


def entity_name(case: Case, kind: EntityKind, item_id: str, lang: Lang = "en") -> str | None:
    """An entity by what it is: an actor's name, ``source → target (kind)`` for a
    relationship, ``grantor → holder (power)`` for a mandate, a need's decision."""
    from models.labels import label

    names = {a.id: a.name for a in case.actors}
    if kind is EntityKind.ACTOR:
        return names.get(item_id)
    if kind is EntityKind.RELATIONSHIP:
        r = next((r for r in case.relationships if r.id == item_id), None)
        if r is None:
            return None
        return (
            f"{names.get(r.source, r.source)} → {names.get(r.target, r.target)}, "
            + label(r.kind, lang).lower()
        )
    if kind is EntityKind.MANDATE:
        m = next((m for m in case.mandates if m.id == item_id), None)
        if m is None:
            return None
        power = case.power_name(m.power, lang)
        # the power as the user wrote it, between quotes; a category's label in lower case
        own = any(p.id == m.power for p in case.powers)
        return f"{names.get(m.grantor, m.grantor)} → {names.get(m.holder, m.holder)}, " + (
            f"‘{power}’" if own else power.lower()
        )
    if kind in (EntityKind.ORGANISATION, EntityKind.POWER, EntityKind.AGREEMENT):
        named = next((x for x in case.collection(kind) if x.id == item_id), None)
        return named.name if named is not None else None
    if kind is EntityKind.ACCEPTANCE:
        acc = case.accepted.get(item_id)
        return f"{acc.finding}: ‘{acc.reason}’" if acc is not None else None
    n = next((n for n in case.needs if n.id == item_id), None)
    return f"‘{n.decision}’" if n is not None else None


# an actor's stance towards the intent (-2..+2) in words (new user, fifth round 6: the
# compare view showed "+1 → 0")
_STANCE = {
    -2: ("strongly against", "sterk tegen"),
    -1: ("against", "tegen"),
    0: ("neutral", "neutraal"),
    1: ("in favour", "voor"),
    2: ("strongly in favour", "sterk voor"),
}


# a relationship's level (-2..+2) in words: how much the source trusts the target, or for the
# other kinds how good the tie is (new user, sixth round: compare showed "Niveau +1 → -1")
_TRUST = {
    -2: ("strong distrust", "sterk wantrouwen"),
    -1: ("distrust", "wantrouwen"),
    0: ("neither trust nor distrust", "geen vertrouwen en geen wantrouwen"),
    1: ("trust", "vertrouwen"),
    2: ("strong trust", "sterk vertrouwen"),
}
_QUALITY = {
    -2: ("very poor", "zeer slecht"),
    -1: ("poor", "slecht"),
    0: ("neutral", "neutraal"),
    1: ("good", "goed"),
    2: ("very good", "zeer goed"),
}


def level_words(level: object, trust: bool, lang: Lang) -> str | None:
    """A relationship's level in words (None when it is not a level of -2..+2).

    >>> level_words(1, True, "nl"), level_words(-1, True, "en"), level_words(2, False, "nl")
    ('vertrouwen', 'distrust', 'zeer goed')
    """
    words = _TRUST if trust else _QUALITY
    if not isinstance(level, int) or isinstance(level, bool) or level not in words:
        return None
    english, dutch = words[level]
    return dutch if lang == "nl" else english


def shown_value(
    case: Case | None, kind: EntityKind | None, field: str, value: object, lang: Lang
) -> str:
    """A field value by name and label rather than by id and key (``kind``: None for the
    case's own fields).

    Examples
    --------
    >>> from models import Actor, CaseInfo
    >>> c = Case.from_parts(CaseInfo("t"), [Actor("a1", "Wethouder")])
    >>> shown_value(c, EntityKind.MANDATE, "holder", "a1", "nl")
    'Wethouder'
    >>> shown_value(c, EntityKind.MANDATE, "valid_until", date(2026, 10, 1), "nl")
    '1 oktober 2026'
    >>> shown_value(c, EntityKind.MANDATE, "power", PowerCategory.DEVIATE_FROM_RULE, "nl")
    'Afwijken van regel'
    >>> actor = EntityKind.ACTOR
    >>> shown_value(c, actor, "stance", -2, "nl"), shown_value(c, actor, "stance", 1, "en")
    ('sterk tegen', 'in favour')
    """
    from mapper.wording import number
    from models.labels import label

    fields = CASE_FIELDS if kind is None else KINDS[kind].fields
    spec = next((f for f in fields if f.name == field), None)
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, bool):
        return ("ja" if value else "nee") if lang == "nl" else ("yes" if value else "no")
    if isinstance(value, date):
        return long_date(value, lang)
    if isinstance(value, tuple):
        return ", ".join(shown_value(case, kind, field, v, lang) for v in value)
    if spec is not None and spec.refers is not None and case is not None and isinstance(value, str):
        return _ref_name(case, spec.refers, value, lang)
    if isinstance(value, PowerCategory):
        return label(value, lang).lower()
    if isinstance(value, Enum):
        return label(value, lang) if isinstance(value, StrEnum) else str(value.value)
    if field == "stance" and isinstance(value, int) and value in _STANCE:
        english, dutch = _STANCE[value]
        return dutch if lang == "nl" else english
    if isinstance(value, (int, float)):
        return number(value, lang)
    text = str(value)
    return f"‘{text if len(text) <= 70 else text[:67] + '…'}’"


def _ref_name(case: Case, refers: EntityKind, value: str, lang: Lang) -> str:
    if refers is EntityKind.POWER:
        return case.power_name(value, lang)
    found = case.entity(value)
    name = getattr(found, "name", None)
    return name if isinstance(name, str) else value


def _content(f: Finding) -> tuple[object, ...]:
    return (f.severity, f.title, f.detail, f.suggestion, tuple(sorted(f.ids())))


def _wording(f: Finding) -> tuple[object, ...]:
    return (f.severity, f.title, f.detail, f.suggestion)


def _compare(
    before: Sequence[Finding], after: Sequence[Finding]
) -> tuple[tuple[Finding, ...], tuple[Finding, ...], tuple[tuple[Finding, Finding], ...]]:
    """Gained, lost and changed findings, matched by their stable id, then by content.

    A finding whose subject moved (an actor it names was deleted, so its id changed) is still
    the same finding when its code and title are the same: it is "changed" when its wording
    differs and left out when only the entities it cites moved, never gained *and* lost.
    """
    old = {f.id: f for f in before}
    new = {f.id: f for f in after}
    gained = [f for i, f in new.items() if i not in old]
    lost = [f for i, f in old.items() if i not in new]
    changed = [(old[i], f) for i, f in new.items() if i in old and _content(old[i]) != _content(f)]
    for was in list(lost):
        alike = [f for f in gained if f.code == was.code and f.title == was.title]
        if not alike:
            continue
        now = max(alike, key=lambda f: len(set(f.ids()) & set(was.ids())))
        gained.remove(now)
        lost.remove(was)
        if _wording(was) != _wording(now):
            changed.append((was, now))
    return tuple(gained), tuple(lost), tuple(changed)


def plain_value(value: object) -> object:
    """A field value as JSON-ready data (enums by value, dates as ISO text, tuples as lists)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [plain_value(v) for v in value]
    return value


def _change_data(c: FieldChange) -> dict[str, object]:
    return {"field": c.field, "old": plain_value(c.old), "new": plain_value(c.new)}


def _fields(a: object, b: object) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(f.name, getattr(a, f.name), getattr(b, f.name))
        for f in dataclasses.fields(a)  # type: ignore[arg-type]
        if f.name not in _IGNORED and getattr(a, f.name) != getattr(b, f.name)
    )


def _entities(old: Sequence[Any], new: Sequence[Any]) -> EntityDiff:
    before = {x.id: x for x in old}
    after = {x.id: x for x in new}
    changed = {}
    for item_id, item in after.items():
        if item_id in before:
            fields = _fields(before[item_id], item)
            if fields:
                changed[item_id] = fields
    return EntityDiff(
        added=tuple(i for i in after if i not in before),
        removed=tuple(i for i in before if i not in after),
        changed=changed,
    )


def diff_cases(a: Case, b: Case, *, practice: Practice | None = None) -> CaseDiff:
    """What changed from ``a`` to ``b``: entities, and findings gained, lost and changed."""
    before, after = analyse(a, practice=practice), analyse(b, practice=practice)
    gained, lost, changed = _compare(before.findings, after.findings)
    return CaseDiff(
        info=_fields(a.info, b.info),
        entities={
            kind: _entities(list(a.collection(kind)), list(b.collection(kind))) for kind in _ORDER
        },
        gained=gained,
        lost=lost,
        before=before,
        after=after,
        changed=changed,
        a=a,
        b=b,
    )
