"""Field specifications: one table per entity that drives validation, file I/O and the schema.

The same spec checks a value read from a file, a value typed into a table cell and a value
passed to :meth:`models.case.Case.set_actor_field`, and generates the JSON Schema, so the
three can never disagree.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Literal

from models.acceptance import Acceptance
from models.entities import (
    Actor,
    Agreement,
    CaseInfo,
    Mandate,
    Need,
    Organisation,
    Position,
    Power,
    Relationship,
)
from models.enums import (
    ActorKind,
    AgreementKind,
    EntityKind,
    Instrument,
    MandateRule,
    OrganisationKind,
    PowerCategory,
    Practice,
    RelationKind,
    Role,
    RuleType,
    Scope,
    Sphere,
    Urgency,
)
from models.errors import FieldError
from models.rules import check_characters

__all__ = [
    "ACCEPTANCE_FIELDS",
    "ACTOR_FIELDS",
    "AGREEMENT_FIELDS",
    "CASE_FIELDS",
    "ENTITY_FIELDS",
    "KINDS",
    "KIND_OF_CLASS",
    "MANDATE_FIELDS",
    "MAX_LONG_TEXT",
    "MAX_TEXT",
    "NEED_FIELDS",
    "ORGANISATION_FIELDS",
    "POWER_FIELDS",
    "RELATIONSHIP_FIELDS",
    "FieldSpec",
    "KindSpec",
    "describe",
    "dump_value",
    "field_schema",
    "parse_value",
]

MAX_TEXT = 2_000
MAX_LONG_TEXT = 100_000
MAX_LIST = 200
# euros: far above any public budget, far below where sums of budgets overflow a float
MAX_AMOUNT = 10**15

FieldType = Literal[
    "id", "text", "ref", "ref_list", "int", "number", "bool", "bool_or_null", "enum",
    "enum_list", "str_list", "date", "position",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """How one field of an entity is checked, stored and described."""

    name: str
    kind: FieldType
    required: bool = False
    nullable: bool = False
    enum: type[StrEnum] | None = None
    minimum: int = 0
    maximum: int = 0
    max_length: int = MAX_TEXT
    editable: bool = True
    doc: str = ""
    # for "ref"/"ref_list": the kind of entity referred to. A power reference also accepts a
    # PowerCategory value (version 1), parsed to the enum member.
    refers: EntityKind | None = None
    blank: bool = False  # a "ref" that may be empty ("") rather than null: an actor's organisation

    @property
    def optional_ref(self) -> bool:
        """A reference that may be empty (``""``)."""
        return self.kind == "ref" and self.blank


def describe(value: object) -> str:
    """A short, quoted rendering of a bad value for an error message.

    Examples
    --------
    >>> describe("veel")
    '"veel"'
    >>> describe(None)
    'null'
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        if not shown.isascii():  # a lone surrogate cannot be printed or saved: show its code
            shown = shown.encode("utf-8", "backslashreplace").decode("utf-8")
        return f'"{shown}"'
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "a list"
    return type(value).__name__


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_encodable(raw: str) -> None:
    """Refuse lone surrogates (``"\\ud800"`` in JSON): they cannot be saved as UTF-8."""
    if not raw.isascii():
        try:
            raw.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise FieldError("bad_character", position=exc.start + 1) from None


def _parse_text(spec: FieldSpec, raw: object) -> str:
    if not isinstance(raw, str):
        raise FieldError("expected_text", got=describe(raw))
    if len(raw) > spec.max_length:
        raise FieldError("text_too_long", length=len(raw), limit=spec.max_length)
    _check_encodable(raw)
    check_characters(raw)
    if spec.required and not raw.strip():
        raise FieldError("empty_text")
    return raw


def _parse_enum(spec: FieldSpec, raw: object) -> StrEnum:
    assert spec.enum is not None
    if isinstance(raw, spec.enum):
        return raw
    if isinstance(raw, str):
        try:
            return spec.enum(raw)
        except ValueError:
            pass
    choices = ", ".join(m.value for m in spec.enum)
    raise FieldError("expected_enum", choices=choices, got=describe(raw))


def _parse_date(raw: object) -> date:
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str) and len(raw) == 10:
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    raise FieldError("expected_date", got=describe(raw))


def _parse_number(raw: object) -> float:
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        raise FieldError("expected_number", got=describe(raw))
    if isinstance(raw, float) and not math.isfinite(raw):
        raise FieldError("expected_number", got=describe(raw))
    if raw < 0:
        raise FieldError("negative_number", got=describe(raw))
    if raw > MAX_AMOUNT:  # compared before float(): a long integer would overflow
        raise FieldError("number_too_large", got=_describe_big(raw), limit=f"{MAX_AMOUNT:.0e}")
    return float(raw)


def _describe_big(value: float) -> str:
    """A large number shown briefly: ``1e+400`` for a 401-digit integer."""
    if isinstance(value, int) and value.bit_length() > 64:
        digits = len(str(value)) if value.bit_length() < 10_000 else value.bit_length() * 3 // 10
        return f"1e+{digits - 1}" if digits > 1 else str(value)
    return describe(value)


def _finite(value: object) -> bool:
    """A real number a float can hold (a 400-digit integer cannot)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def _parse_position(raw: object) -> Position:
    if isinstance(raw, Position):
        return raw
    if isinstance(raw, dict) and set(raw) == {"x", "y"}:
        x, y = raw["x"], raw["y"]
        ok = all(_finite(v) for v in (x, y))
        if ok:
            return Position(float(x), float(y))
    raise FieldError("expected_position", got=describe(raw))


def _parse_list(spec: FieldSpec, raw: object) -> tuple[Any, ...]:
    if not isinstance(raw, (list, tuple)):
        raise FieldError("expected_list", got=describe(raw))
    if len(raw) > MAX_LIST:
        raise FieldError("too_many", count=len(raw), limit=MAX_LIST)
    out: list[Any] = []
    for item in raw:
        if spec.kind == "enum_list":
            value: Any = _parse_enum(spec, item)
        else:
            value = _parse_text(spec, item)
        if value not in out:
            out.append(value)
    return tuple(out)


def _parse_id(spec: FieldSpec, raw: object) -> str:
    if not isinstance(raw, str):
        raise FieldError("expected_text", got=describe(raw))
    if not raw.strip():
        raise FieldError("empty_text")
    if len(raw) > 200:
        raise FieldError("text_too_long", length=len(raw), limit=200)
    _check_encodable(raw)
    check_characters(raw)
    if spec.refers is EntityKind.POWER and raw in _CATEGORY_VALUES:
        return PowerCategory(raw)
    return raw


_CATEGORY_VALUES = frozenset(c.value for c in PowerCategory)


def parse_value(spec: FieldSpec, raw: object) -> Any:
    """Check ``raw`` against ``spec`` and return the model value, or raise :class:`FieldError`.

    Examples
    --------
    >>> parse_value(ACTOR_FIELDS_BY_NAME["influence"], 3)
    3
    >>> parse_value(ACTOR_FIELDS_BY_NAME["influence"], "veel")
    Traceback (most recent call last):
    ...
    models.errors.FieldError: expected a whole number 0–5, got "veel"
    """
    if raw is None and spec.nullable:
        return None
    kind = spec.kind
    if kind == "ref" and raw == "" and spec.optional_ref:
        return ""
    if kind in ("id", "ref"):
        return _parse_id(spec, raw)
    if kind == "ref_list":
        if not isinstance(raw, (list, tuple)):
            raise FieldError("expected_list", got=describe(raw))
        if len(raw) > MAX_LIST:
            raise FieldError("too_many", count=len(raw), limit=MAX_LIST)
        return tuple(dict.fromkeys(_parse_id(spec, item) for item in raw))
    if kind == "text":
        return _parse_text(spec, raw)
    if kind == "int":
        if not _is_int(raw) or not spec.minimum <= raw <= spec.maximum:  # type: ignore[operator]
            raise FieldError(
                "expected_int_range", minimum=spec.minimum, maximum=spec.maximum, got=describe(raw)
            )
        return raw
    if kind == "number":
        return _parse_number(raw)
    if kind == "bool":
        if not isinstance(raw, bool):
            raise FieldError("expected_bool", got=describe(raw))
        return raw
    if kind == "bool_or_null":
        if not isinstance(raw, bool):
            raise FieldError("expected_bool_or_null", got=describe(raw))
        return raw
    if kind == "enum":
        return _parse_enum(spec, raw)
    if kind in ("enum_list", "str_list"):
        return _parse_list(spec, raw)
    if kind == "date":
        return _parse_date(raw)
    if kind == "position":
        return _parse_position(raw)
    raise AssertionError(kind)  # pragma: no cover


def dump_value(spec: FieldSpec, value: Any) -> Any:
    """The JSON value stored in a ``.kvmap`` file for a model value."""
    if value is None:
        return None
    kind = spec.kind
    if kind == "enum":
        return str(value.value)
    if kind == "enum_list":
        return [str(v.value) for v in value]
    if kind in ("str_list", "ref_list"):
        return [str(v) for v in value]
    if kind == "ref":
        return str(value)
    if kind == "date":
        return value.isoformat()
    if kind == "position":
        return {"x": round(value.x, 2), "y": round(value.y, 2)}
    if kind == "number":
        return int(value) if float(value).is_integer() else value
    return value


def field_schema(spec: FieldSpec) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) fragment for one field."""
    kind = spec.kind
    schema: dict[str, Any]
    if kind == "ref" and spec.optional_ref:
        schema = {"type": "string", "maxLength": 200}
    elif kind in ("id", "ref"):
        schema = {"type": "string", "minLength": 1, "maxLength": 200}
    elif kind == "ref_list":
        schema = {
            "type": "array",
            "maxItems": MAX_LIST,
            "items": {"type": "string", "minLength": 1, "maxLength": 200},
        }
    elif kind == "text":
        schema = {"type": "string", "maxLength": spec.max_length}
        if spec.required:
            schema["pattern"] = r"\S"
    elif kind == "int":
        schema = {"type": "integer", "minimum": spec.minimum, "maximum": spec.maximum}
    elif kind == "number":
        schema = {"type": "number", "minimum": 0, "maximum": MAX_AMOUNT}
    elif kind in ("bool", "bool_or_null"):
        schema = {"type": "boolean"}
    elif kind == "enum":
        assert spec.enum is not None
        schema = {"enum": [m.value for m in spec.enum]}
    elif kind == "enum_list":
        assert spec.enum is not None
        schema = {
            "type": "array",
            "maxItems": MAX_LIST,
            "items": {"enum": [m.value for m in spec.enum]},
        }
    elif kind == "str_list":
        schema = {
            "type": "array",
            "maxItems": MAX_LIST,
            "items": {"type": "string", "maxLength": spec.max_length},
        }
    elif kind == "date":
        schema = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    else:
        schema = {
            "type": "object",
            "properties": {"x": {"type": "number"}, "y": {"type": "number"}},
            "required": ["x", "y"],
            "additionalProperties": False,
        }
    if spec.nullable or kind == "bool_or_null":
        schema = {"anyOf": [schema, {"type": "null"}]}
    if spec.doc:
        schema["description"] = spec.doc
    return schema


F = FieldSpec

CASE_FIELDS: tuple[FieldSpec, ...] = (
    F("title", "text", required=True, doc="Title of the case or programme."),
    F("intent", "text", max_length=MAX_LONG_TEXT, doc="De bedoeling: what the case is for."),
    F("description", "text", max_length=MAX_LONG_TEXT, doc="Background of the case."),
    F("as_of", "date", nullable=True, doc="Mandate validity is judged on this date."),
    F(
        "intent_owner",
        "ref",
        nullable=True,
        refers=EntityKind.ACTOR,
        doc="Actor id of the owner of the intent.",
    ),
)

ACTOR_FIELDS: tuple[FieldSpec, ...] = (
    F("id", "id", required=True, editable=False, doc="Stable identifier."),
    F("name", "text", required=True, max_length=500, doc="Name shown on the map."),
    F("kind", "enum", enum=ActorKind, doc="What the actor is."),
    F("sphere", "enum", enum=Sphere, nullable=True, doc="Derived from kind when null."),
    F(
        "organisation",
        "ref",
        refers=EntityKind.ORGANISATION,
        blank=True,
        doc="Id of the organisation the actor belongs to; empty for none.",
    ),
    F("influence", "int", minimum=0, maximum=5, doc="Power over the case, 0-5."),
    F("interest", "int", minimum=0, maximum=5, doc="Stake in the case, 0-5."),
    F("stance", "int", minimum=-2, maximum=2, doc="Stance towards the intent, -2..+2."),
    F(
        "public_body",
        "bool_or_null",
        nullable=True,
        doc="Whether the actor is a bestuursorgaan; null: derived (administrator, council).",
    ),
    F("roles", "enum_list", enum=Role, doc="Roles in handling the case."),
    F("tags", "str_list", max_length=200, doc="Free tags."),
    F("group", "text", max_length=500, doc="Group the actor is drawn in."),
    F("notes", "text", max_length=MAX_LONG_TEXT, doc="Free notes."),
    F("position", "position", nullable=True, doc="Position on the canvas, null when unplaced."),
)

RELATIONSHIP_FIELDS: tuple[FieldSpec, ...] = (
    F("id", "id", required=True, editable=False, doc="Stable identifier."),
    F(
        "source",
        "ref",
        required=True,
        refers=EntityKind.ACTOR,
        doc="Actor id the relationship starts at.",
    ),
    F(
        "target",
        "ref",
        required=True,
        refers=EntityKind.ACTOR,
        doc="Actor id the relationship ends at.",
    ),
    F("kind", "enum", enum=RelationKind, required=True, doc="Kind of relationship."),
    F("level", "int", minimum=-2, maximum=2, doc="Trust level or quality of the tie, -2..+2."),
    F("practice", "enum", enum=Practice, doc="Work practice: routine, maatwerk or both."),
    F("label", "text", max_length=500, doc="Label shown on the map."),
    F("notes", "text", max_length=MAX_LONG_TEXT, doc="Free notes."),
)

MANDATE_FIELDS: tuple[FieldSpec, ...] = (
    F("id", "id", required=True, editable=False, doc="Stable identifier."),
    F("grantor", "ref", required=True, refers=EntityKind.ACTOR, doc="Actor id granting it."),
    F("holder", "ref", required=True, refers=EntityKind.ACTOR, doc="Actor id receiving it."),
    F(
        "power",
        "ref",
        required=True,
        refers=EntityKind.POWER,
        doc="Power id, or a power category (version 1).",
    ),
    F("description", "text", max_length=MAX_LONG_TEXT, doc="What the mandate covers."),
    F("instrument", "enum", enum=Instrument, doc="Legal instrument (Awb title 10.1)."),
    F("scope", "enum", enum=Scope, doc="general (a class of decisions) or case (one case)."),
    F("budget", "number", nullable=True, doc="Budget ceiling in euros; null for none."),
    F(
        "sub_mandate_levels",
        "int",
        nullable=True,
        minimum=0,
        maximum=9,
        doc="Further levels of sub-mandate the granting public body allows (Awb 10:9); 0 none.",
    ),
    F("in_writing", "bool", doc="Whether the mandate is laid down in writing (Awb 10:5)."),
    F("consent", "bool_or_null", nullable=True, doc="Holder's consent when outside (10:4)."),
    F(
        "holder_works_under_grantor",
        "bool_or_null",
        nullable=True,
        doc="Whether the holder works under the grantor's responsibility (Awb 10:4, 10:5 lid 2); "
        "null: derived from the hierarchy.",
    ),
    F(
        "reserves_deviation",
        "bool",
        doc="Whether the mandate decision reserves deviating from a policy rule (Awb 4:84) to "
        "the grantor (an instruction, Awb 10:6).",
    ),
    F("legal_basis", "text", max_length=MAX_TEXT, doc="Legal basis (needed for delegation)."),
    F("valid_from", "date", nullable=True, doc="First day the mandate is valid."),
    F("valid_until", "date", nullable=True, doc="Last day the mandate is valid."),
    F("practice", "enum", enum=Practice, doc="Work practice: routine, maatwerk or both."),
)

NEED_FIELDS: tuple[FieldSpec, ...] = (
    F("id", "id", required=True, editable=False, doc="Stable identifier."),
    F("decision", "text", required=True, max_length=MAX_TEXT, doc="The decision needed."),
    F(
        "power",
        "ref",
        refers=EntityKind.POWER,
        doc="Power id, or the power category, the decision needs.",
    ),
    F("budget", "number", nullable=True, doc="Money the decision needs, in euros."),
    F(
        "handler",
        "ref",
        nullable=True,
        refers=EntityKind.ACTOR,
        doc="Actor id of the professional handling it.",
    ),
    F(
        "organisations",
        "ref_list",
        refers=EntityKind.ORGANISATION,
        doc="Ids of the organisations the decision spans.",
    ),
    F("urgency", "enum", enum=Urgency, doc="low, medium or high."),
    F("notes", "text", max_length=MAX_LONG_TEXT, doc="Free notes."),
    F(
        "deadline",
        "date",
        nullable=True,
        doc="Date the decision is needed by (an eviction, the end of a decision period).",
    ),
)

ORGANISATION_FIELDS: tuple[FieldSpec, ...] = (
    F("id", "id", required=True, editable=False, doc="Stable identifier."),
    F("name", "text", required=True, max_length=500, doc="Name of the organisation."),
    F("kind", "enum", enum=OrganisationKind, doc="What the organisation is."),
    F(
        "parent",
        "ref",
        nullable=True,
        refers=EntityKind.ORGANISATION,
        doc="Id of the organisation this one is part of; null for none.",
    ),
    F("notes", "text", max_length=MAX_LONG_TEXT, doc="Free notes."),
    F("collapsed", "bool", doc="Whether the map draws the organisation as a collapsed box."),
)

POWER_FIELDS: tuple[FieldSpec, ...] = (
    F(
        "id",
        "id",
        required=True,
        editable=False,
        doc="Stable identifier (not one of the power category names).",
    ),
    F("name", "text", required=True, max_length=500, doc="Name of the power (bevoegdheid)."),
    F("category", "enum", enum=PowerCategory, doc="Power category."),
    F(
        "legal_basis",
        "text",
        max_length=MAX_TEXT,
        doc="Where the power comes from, e.g. Participatiewet art. 58 lid 8.",
    ),
    F("rule_type", "enum", enum=RuleType, doc="statute, ordinance, policy_rule or internal."),
    F(
        "holder",
        "ref",
        nullable=True,
        refers=EntityKind.ACTOR,
        doc="Actor id of the public body that holds the power by statute; null for none.",
    ),
    F(
        "mandate",
        "enum",
        enum=MandateRule,
        doc="allowed, forbidden, or provided (the attributing rule provides for mandate).",
    ),
    F("notes", "text", max_length=MAX_LONG_TEXT, doc="Free notes."),
)

AGREEMENT_FIELDS: tuple[FieldSpec, ...] = (
    F("id", "id", required=True, editable=False, doc="Stable identifier."),
    F("name", "text", required=True, max_length=500, doc="Name of the agreement."),
    F("kind", "enum", enum=AgreementKind, doc="What kind of agreement it is."),
    F(
        "parties",
        "ref_list",
        refers=EntityKind.ORGANISATION,
        doc="Ids of the organisations that are party to it.",
    ),
    F(
        "decider",
        "ref",
        nullable=True,
        refers=EntityKind.ACTOR,
        doc="Actor id of who takes the joint decision (doorzettingsmacht); null for none.",
    ),
    F(
        "covers",
        "ref_list",
        refers=EntityKind.POWER,
        doc="Power ids or power categories the agreement covers.",
    ),
    F("in_writing", "bool", doc="Whether the agreement is laid down in writing."),
    F("valid_from", "date", nullable=True, doc="First day the agreement is valid."),
    F("valid_until", "date", nullable=True, doc="Last day the agreement is valid."),
    F("notes", "text", max_length=MAX_LONG_TEXT, doc="Free notes."),
)

ACCEPTANCE_FIELDS: tuple[FieldSpec, ...] = (
    F("id", "id", required=True, editable=False, doc="Stable identifier."),
    F(
        "finding",
        "text",
        required=True,
        max_length=500,
        doc="Id of the accepted finding, e.g. MANDATE_EXPIRED:m5 (see analyse --format json).",
    ),
    F("reason", "text", required=True, max_length=MAX_TEXT, doc="Why the risk is accepted."),
    F("by", "text", max_length=500, doc="Who accepted it."),
    F("on", "date", nullable=True, doc="The day it was accepted."),
    F(
        "until",
        "date",
        nullable=True,
        doc="Last day the acceptance holds; null: until the finding changes.",
    ),
    F(
        "content",
        "text",
        max_length=64,
        doc="Fingerprint of the finding when accepted; when it differs, the finding is back. "
        "Empty: any content.",
    ),
)

ENTITY_FIELDS: dict[type, tuple[FieldSpec, ...]] = {
    CaseInfo: CASE_FIELDS,
    Actor: ACTOR_FIELDS,
    Relationship: RELATIONSHIP_FIELDS,
    Mandate: MANDATE_FIELDS,
    Need: NEED_FIELDS,
    Organisation: ORGANISATION_FIELDS,
    Power: POWER_FIELDS,
    Agreement: AGREEMENT_FIELDS,
    Acceptance: ACCEPTANCE_FIELDS,
}


@dataclass(frozen=True, slots=True)
class KindSpec:
    """One kind of entity: its class, field table, id prefix and the file's array name."""

    kind: EntityKind
    cls: type
    fields: tuple[FieldSpec, ...]
    prefix: str
    section: str

    def refs(self) -> tuple[FieldSpec, ...]:
        """The fields that refer to other entities."""
        return tuple(f for f in self.fields if f.refers is not None)


# In file order: a new top-level array is one more line here (and its class and fields).
KINDS: dict[EntityKind, KindSpec] = {
    k.kind: k
    for k in (
        KindSpec(EntityKind.ORGANISATION, Organisation, ORGANISATION_FIELDS, "o", "organisations"),
        KindSpec(EntityKind.ACTOR, Actor, ACTOR_FIELDS, "a", "actors"),
        KindSpec(EntityKind.POWER, Power, POWER_FIELDS, "p", "powers"),
        KindSpec(EntityKind.RELATIONSHIP, Relationship, RELATIONSHIP_FIELDS, "r", "relationships"),
        KindSpec(EntityKind.MANDATE, Mandate, MANDATE_FIELDS, "m", "mandates"),
        KindSpec(EntityKind.NEED, Need, NEED_FIELDS, "n", "needs"),
        KindSpec(EntityKind.AGREEMENT, Agreement, AGREEMENT_FIELDS, "g", "agreements"),
        KindSpec(EntityKind.ACCEPTANCE, Acceptance, ACCEPTANCE_FIELDS, "acc", "accepted"),
    )
}
KIND_OF_CLASS: dict[type, EntityKind] = {spec.cls: kind for kind, spec in KINDS.items()}

ACTOR_FIELDS_BY_NAME = {f.name: f for f in ACTOR_FIELDS}


def by_name(fields: Sequence[FieldSpec]) -> dict[str, FieldSpec]:
    """Index a field table by field name."""
    return {f.name: f for f in fields}
