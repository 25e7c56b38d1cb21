"""Field labels and value conversions shared by the tables and the Properties panel.

The model's field specs (:mod:`models.fields`) say what a field holds; this module turns a
model value into the text a person reads (enum labels in Dutch or English, lists as
``a; b``, actor names for references) and turns what an editor produced back into a value
for :meth:`ui.document.controller.DocumentController.set_field`, which checks it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from models import (
    Actor,
    Agreement,
    Case,
    Deviation,
    EntityKind,
    Mandate,
    ModelError,
    Need,
    Organisation,
    Power,
    PowerCategory,
    Problem,
    Relationship,
    Rule,
)
from models.case import Collection
from models.fields import KINDS as MODEL_KINDS
from models.fields import FieldSpec, by_name, describe
from models.i18n import Lang
from models.labels import label, parse_label, shown_name
from ui.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "ACTORS",
    "AGREEMENTS",
    "DATA_PROPERTY",
    "DEVIATIONS",
    "KINDS",
    "MANDATES",
    "NEEDS",
    "ORGANISATIONS",
    "POWERS",
    "RELATIONSHIPS",
    "RULES",
    "TableKind",
    "display_text",
    "editor_value",
    "field_label",
    "list_text",
    "number_text",
    "parse_list",
    "parse_number",
    "sort_key",
    "to_model_value",
    "yes_no",
]

Entity = Actor | Relationship | Mandate | Need | Organisation | Power | Agreement | Rule | Deviation
DATA_PROPERTY = "kv_data"  # Qt property marking labels that show data, not interface text

# Column headers and form labels, translated in the "Field" context.
_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("Field", "Id"),
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "sphere": QT_TRANSLATE_NOOP("Field", "Sphere"),
    "organisation": QT_TRANSLATE_NOOP("Field", "Organisation"),
    "public_body": QT_TRANSLATE_NOOP("Field", "Public body"),
    "influence": QT_TRANSLATE_NOOP("Field", "Influence"),
    "interest": QT_TRANSLATE_NOOP("Field", "Interest"),
    "stance": QT_TRANSLATE_NOOP("Field", "Stance"),
    "powers": QT_TRANSLATE_NOOP("Field", "Powers"),
    "roles": QT_TRANSLATE_NOOP("Field", "Roles"),
    "tags": QT_TRANSLATE_NOOP("Field", "Tags"),
    "group": QT_TRANSLATE_NOOP("Field", "Group"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "position": QT_TRANSLATE_NOOP("Field", "Position"),
    "source": QT_TRANSLATE_NOOP("Field", "From"),
    "target": QT_TRANSLATE_NOOP("Field", "To"),
    "level": QT_TRANSLATE_NOOP("Field", "Level"),
    "practice": QT_TRANSLATE_NOOP("Field", "Practice"),
    "label": QT_TRANSLATE_NOOP("Field", "Label"),
    "grantor": QT_TRANSLATE_NOOP("Field", "Grantor"),
    "holder": QT_TRANSLATE_NOOP("Field", "Holder"),
    "power": QT_TRANSLATE_NOOP("Field", "Power"),
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    "instrument": QT_TRANSLATE_NOOP("Field", "Instrument"),
    "scope": QT_TRANSLATE_NOOP("Field", "Scope"),
    "budget": QT_TRANSLATE_NOOP("Field", "Budget (€)"),
    "sub_mandate_levels": QT_TRANSLATE_NOOP("Field", "Sub-mandate levels"),
    "holder_works_under_grantor": QT_TRANSLATE_NOOP("Field", "Works under the grantor"),
    "reserves_deviation": QT_TRANSLATE_NOOP("Field", "Deviation reserved"),
    "deadline": QT_TRANSLATE_NOOP("Field", "Deadline"),
    "deviates": QT_TRANSLATE_NOOP("Field", "Deviates from the rule"),
    "in_writing": QT_TRANSLATE_NOOP("Field", "In writing"),
    "consent": QT_TRANSLATE_NOOP("Field", "Consent"),
    "legal_basis": QT_TRANSLATE_NOOP("Field", "Legal basis"),
    "valid_from": QT_TRANSLATE_NOOP("Field", "Valid from"),
    "valid_until": QT_TRANSLATE_NOOP("Field", "Valid until"),
    "decision": QT_TRANSLATE_NOOP("Field", "Decision"),
    "handler": QT_TRANSLATE_NOOP("Field", "Handler"),
    "organisations": QT_TRANSLATE_NOOP("Field", "Organisations"),
    "urgency": QT_TRANSLATE_NOOP("Field", "Urgency"),
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "intent": QT_TRANSLATE_NOOP("Field", "Intent"),
    "as_of": QT_TRANSLATE_NOOP("Field", "As of"),
    "intent_owner": QT_TRANSLATE_NOOP("Field", "Owner of the intent"),
    "parent": QT_TRANSLATE_NOOP("Field", "Part of"),
    "collapsed": QT_TRANSLATE_NOOP("Field", "Collapsed"),
    "category": QT_TRANSLATE_NOOP("Field", "Category"),
    "rule_type": QT_TRANSLATE_NOOP("Field", "Rule type"),
    "mandate": QT_TRANSLATE_NOOP("Field", "Mandate"),
    "act": QT_TRANSLATE_NOOP("Field", "Kind of act"),
    "parties": QT_TRANSLATE_NOOP("Field", "Parties"),
    "decider": QT_TRANSLATE_NOOP("Field", "Decider"),
    "covers": QT_TRANSLATE_NOOP("Field", "Covers"),
    "step_days": QT_TRANSLATE_NOOP("Field", "Working days per step"),
    "owner": QT_TRANSLATE_NOOP("Field", "Owner"),
    "applies_to": QT_TRANSLATE_NOOP("Field", "Applies to"),
    "introduced": QT_TRANSLATE_NOOP("Field", "Introduced"),
    "origin": QT_TRANSLATE_NOOP("Field", "Origin"),
    "origin_note": QT_TRANSLATE_NOOP("Field", "What led to it"),
    "burden": QT_TRANSLATE_NOOP("Field", "Burden per case"),
    "date": QT_TRANSLATE_NOOP("Field", "Date"),
    "decided_by": QT_TRANSLATE_NOOP("Field", "Decided by"),
    "rule": QT_TRANSLATE_NOOP("Field", "Rule"),
    "need": QT_TRANSLATE_NOOP("Field", "Need"),
    "reason": QT_TRANSLATE_NOOP("Field", "Reason"),
    "outcome": QT_TRANSLATE_NOOP("Field", "Outcome"),
    "comparable_to": QT_TRANSLATE_NOOP("Field", "Comparable to"),
    "reported_to": QT_TRANSLATE_NOOP("Field", "Reported to"),
}

_YES = QT_TRANSLATE_NOOP("Field", "Yes")
_NO = QT_TRANSLATE_NOOP("Field", "No")
_UNKNOWN = QT_TRANSLATE_NOOP("Field", "Unknown")
_FROM_KIND = QT_TRANSLATE_NOOP("Field", "(from kind)")


def _t(text: str) -> str:
    return QCoreApplication.translate("Field", text)


def field_label(name: str) -> str:
    """The translated header or form label of a field."""
    return _t(_LABELS.get(name, name))


def yes_no(value: bool | None) -> str:
    """ "Yes", "No" or "Unknown", translated."""
    if value is None:
        return _t(_UNKNOWN)
    return _t(_YES) if value else _t(_NO)


def none_text(spec: FieldSpec) -> str:
    """What an empty nullable field shows ("(from kind)" for an actor's sphere, else "—")."""
    return _t(_FROM_KIND) if spec.name == "sphere" else "—"


@dataclass(frozen=True, slots=True)
class TableKind:
    """One kind of entity shown in a table: the model's kind and the columns shown."""

    kind: EntityKind
    columns: tuple[str, ...]  # field names in column order

    @property
    def key(self) -> str:
        """``"actor"``, ``"mandate"`` ... (the model kind's value)."""
        return self.kind.value

    @property
    def entity(self) -> type[Entity]:
        """The entity class."""
        cls: type[Entity] = MODEL_KINDS[self.kind].cls
        return cls

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        """The field specs of the entity."""
        return MODEL_KINDS[self.kind].fields

    def collection(self, case: Case) -> Collection[Any]:
        """The entities of this kind in ``case``."""
        return case.collection(self.kind)

    def spec(self, name: str) -> FieldSpec:
        """The field spec called ``name``."""
        return by_name(self.fields)[name]

    @property
    def column_specs(self) -> tuple[FieldSpec, ...]:
        """The specs of the table's columns, in order."""
        specs = by_name(self.fields)
        return tuple(specs[name] for name in self.columns)

    @property
    def referred(self) -> frozenset[EntityKind]:
        """The kinds whose names a column shows (their renames refresh this table)."""
        return frozenset(s.refers for s in self.column_specs if s.refers is not None)


ACTORS = TableKind(
    EntityKind.ACTOR,
    ("name", "kind", "sphere", "organisation", "public_body", "influence", "interest", "stance",
     "roles", "tags", "group", "notes", "id"),
)  # fmt: skip
RELATIONSHIPS = TableKind(
    EntityKind.RELATIONSHIP,
    ("source", "kind", "target", "level", "practice", "label", "notes", "id"),
)
MANDATES = TableKind(
    EntityKind.MANDATE,
    ("grantor", "power", "holder", "instrument", "scope", "budget", "sub_mandate_levels",
     "in_writing", "consent", "holder_works_under_grantor", "reserves_deviation", "legal_basis",
     "valid_from", "valid_until", "practice", "description", "id"),
)  # fmt: skip
NEEDS = TableKind(
    EntityKind.NEED,
    ("decision", "power", "budget", "handler", "organisations", "urgency", "deadline", "deviates",
     "notes", "id"),
)  # fmt: skip
ORGANISATIONS = TableKind(EntityKind.ORGANISATION, ("name", "kind", "parent", "notes", "id"))
POWERS = TableKind(
    EntityKind.POWER,
    ("name", "category", "legal_basis", "rule_type", "holder", "mandate", "act", "notes", "id"),
)
AGREEMENTS = TableKind(
    EntityKind.AGREEMENT,
    ("name", "kind", "parties", "decider", "covers", "in_writing", "valid_from", "valid_until",
     "notes", "id"),
)  # fmt: skip
RULES = TableKind(
    EntityKind.RULE,
    ("name", "rule_type", "owner", "applies_to", "introduced", "origin", "origin_note", "burden",
     "practice", "notes", "id"),
)  # fmt: skip
DEVIATIONS = TableKind(
    EntityKind.DEVIATION,
    ("date", "decided_by", "rule", "need", "outcome", "reason", "comparable_to", "reported_to",
     "notes", "id"),
)  # fmt: skip
KINDS: tuple[TableKind, ...] = (
    ACTORS, RELATIONSHIPS, MANDATES, NEEDS, ORGANISATIONS, POWERS, AGREEMENTS, RULES, DEVIATIONS,
)  # fmt: skip


def kind_of(entity: Entity) -> TableKind:
    """The :class:`TableKind` describing ``entity``."""
    return next(k for k in KINDS if isinstance(entity, k.entity))


def ref_name(spec: FieldSpec, value: str, case: Case, lang: Lang) -> str:
    """The name of what a reference points at (its id when unknown)."""
    if spec.refers is EntityKind.POWER:
        return case.power_name(value, lang)
    if spec.refers is None:
        return str(value)
    item = case.collection(spec.refers).get(value)
    return shown_name(item) if item is not None else str(value)


def ref_id(spec: FieldSpec, text: str, case: Case) -> str:
    """The id a typed reference means: an id, a name (any case) or a category label."""
    assert spec.refers is not None
    coll = case.collection(spec.refers)
    if text in coll:
        return text
    wanted = text.strip().casefold()
    found = next((item.id for item in coll if shown_name(item).casefold() == wanted), None)
    if found is not None:
        return str(found)
    if spec.refers is EntityKind.POWER:
        category = parse_label(PowerCategory, text)
        if category is not None:
            return category.value
    return text.strip()


# ---------------------------------------------------------------------- to text
def list_text(spec: FieldSpec, value: Sequence[Any], lang: Lang) -> str:
    """A list as ``a; b`` (enum members by their label)."""
    if spec.kind == "enum_list":
        return "; ".join(label(v, lang) for v in value)
    return "; ".join(str(v) for v in value)


def number_text(value: float, lang: Lang, *, grouped: bool = True) -> str:
    """A euro amount as people write it: ``250.000`` and ``2,5`` in Dutch, ``250,000`` in English.

    Examples
    --------
    >>> number_text(250000, "nl"), number_text(1234.5, "en"), number_text(2.5, "nl", grouped=False)
    ('250.000', '1,234.5', '2,5')
    """
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    if not grouped:
        text = text.replace(",", "")
    if lang == "nl":
        text = text.translate(str.maketrans(",.", ".,"))
    return text


def parse_number(text: str, lang: Lang) -> float | str | None:
    """Read an amount typed in ``lang`` (grouping optional); the text itself when unreadable.

    Examples
    --------
    >>> parse_number("250.000", "nl"), parse_number("2,5", "nl"), parse_number("2.5", "nl")
    (250000.0, 2.5, 2.5)
    >>> parse_number("250,000", "en"), parse_number("€ 1.5", "en"), parse_number("veel", "en")
    (250000.0, 1.5, 'veel')
    """
    plain = text.strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
    if not plain:
        return None
    group, decimal = (".", ",") if lang == "nl" else (",", ".")
    if re.fullmatch(rf"\d{{1,3}}(\{group}\d{{3}})+(\{decimal}\d+)?", plain):
        plain = plain.replace(group, "")
    for candidate in (plain.replace(decimal, "."), plain.replace(",", ".")):
        try:
            return float(candidate)
        except ValueError:
            continue
    return text


def display_text(spec: FieldSpec, value: Any, case: Case, lang: Lang) -> str:
    """What a cell or read-only field shows for ``value``."""
    kind = spec.kind
    if value is None:
        if kind == "bool_or_null":
            return yes_no(None)
        return none_text(spec) if spec.name == "sphere" else ""
    if kind == "enum":
        return label(value, lang)
    if kind in ("enum_list", "str_list"):
        return list_text(spec, value, lang)
    if kind == "ref":
        return ref_name(spec, value, case, lang) if value else ""
    if kind == "ref_list":
        return "; ".join(ref_name(spec, v, case, lang) for v in value)
    if kind in ("bool", "bool_or_null"):
        return yes_no(bool(value))
    if kind == "date":
        return str(value.isoformat())
    if kind == "number":
        return number_text(value, lang)
    if kind == "int" and spec.minimum < 0 and value > 0:
        return f"+{value}"
    if kind == "position":
        return f"{value.x:.0f}, {value.y:.0f}"
    return str(value)


def editor_value(spec: FieldSpec, value: Any, lang: Lang, case: Case | None = None) -> Any:
    """The value an editor starts from (EditRole)."""
    kind = spec.kind
    if kind in ("enum_list", "str_list"):
        return list_text(spec, value, lang)
    if kind == "ref_list":
        if case is None:
            return "; ".join(str(v) for v in value)
        return "; ".join(ref_name(spec, v, case, lang) for v in value)
    if kind == "number":
        return "" if value is None else number_text(value, lang, grouped=False)
    if kind == "enum":
        return None if value is None else str(value.value)
    return value


def sort_key(spec: FieldSpec, value: Any, case: Case, lang: Lang) -> Any:
    """A key that sorts a column sensibly (numbers as numbers, text without case)."""
    kind = spec.kind
    if kind in ("int", "number"):
        return float("-inf") if value is None else float(value)
    if kind in ("bool", "bool_or_null"):
        return -1 if value is None else int(bool(value))
    return display_text(spec, value, case, lang).casefold()


# ---------------------------------------------------------------------- from editors
def parse_list(spec: FieldSpec, text: str, location: str) -> tuple[Any, ...]:
    """Parse ``a; b`` into a list value; enum items by value or Dutch/English label."""
    parts = (
        [p.strip() for p in text.replace(",", ";").split(";")]
        if spec.kind == "enum_list"
        else [p.strip() for p in text.split(";")]
    )
    items = [p for p in parts if p]
    if spec.kind != "enum_list":
        return tuple(items)
    assert spec.enum is not None
    out: list[StrEnum] = []
    for item in items:
        member = parse_label(spec.enum, item)
        if member is None:
            choices = ", ".join(label(m, "nl") + " / " + label(m, "en") for m in spec.enum)
            raise ModelError(
                [Problem(location, "expected_enum", {"choices": choices, "got": describe(item)})]
            )
        out.append(member)
    return tuple(out)


def to_model_value(
    spec: FieldSpec, value: Any, location: str, lang: Lang = "en", case: Case | None = None
) -> Any:
    """Turn what an editor produced into a value for ``set_field`` (which checks it).

    With ``case``, a list of references may name its items (``Gemeente; Corporatie``)."""
    kind = spec.kind
    if kind == "ref" and isinstance(value, str) and value.strip() and case is not None:
        return ref_id(spec, value, case)  # a typed name; an unknown one stays as typed
    if kind == "ref_list" and isinstance(value, str):
        items = [p.strip() for p in value.split(";") if p.strip()]
        return tuple(ref_id(spec, item, case) if case is not None else item for item in items)
    if kind in ("enum_list", "str_list") and isinstance(value, str):
        return parse_list(spec, value, location)
    if kind == "number" and isinstance(value, str):
        return parse_number(value, lang)  # unreadable text: the model names it in its message
    if kind == "date" and value is not None and not isinstance(value, date):
        to_python = getattr(value, "toPython", None)
        if to_python is not None:
            return to_python()
    if kind in ("ref", "enum") and spec.nullable and value in ("", None):
        return None
    if kind == "text" and value is None:
        return ""
    return value
