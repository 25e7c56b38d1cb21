"""Field specifications: one table per entity that drives validation, file I/O and the schema.

:class:`FieldSpec` and the parsing, dumping and schema per field type are in
:mod:`models.fieldtypes` (re-exported here).

The same spec checks a value read from a file, a value typed into a table cell and a value
passed to :meth:`models.case.Case.set_actor_field`, and generates the JSON Schema, so the
three can never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from models.acceptance import Acceptance
from models.entities import (
    Actor,
    Agreement,
    CaseInfo,
    Deviation,
    Mandate,
    Need,
    Organisation,
    Power,
    Relationship,
    Rule,
)
from models.enums import (
    ActorKind,
    AgreementKind,
    EntityKind,
    Instrument,
    MandateRule,
    OrganisationKind,
    PowerAct,
    PowerCategory,
    Practice,
    RelationKind,
    Role,
    RuleType,
    Scope,
    Sphere,
    Urgency,
)
from models.fields_rules import DEVIATION_FIELDS, RULE_FIELDS
from models.fieldtypes import (
    MAX_LONG_TEXT,
    MAX_TEXT,
    FieldSpec,
    describe,
    dump_value,
    field_schema,
    parse_value,
)

__all__ = [
    "ACCEPTANCE_FIELDS",
    "ACTOR_FIELDS",
    "AGREEMENT_FIELDS",
    "CASE_FIELDS",
    "DEVIATION_FIELDS",
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
    "RULE_FIELDS",
    "FieldSpec",
    "KindSpec",
    "describe",
    "dump_value",
    "field_schema",
    "parse_value",
]


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
    F(
        "step_days",
        "int",
        minimum=1,
        maximum=60,
        doc="Working days one step up a route takes (default 5); used with needs' deadlines.",
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
    F(
        "in_writing",
        "bool_or_null",
        nullable=True,
        doc="Whether the mandate is laid down in writing (Awb 10:5); null: not recorded.",
    ),
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
    F(
        "deviates",
        "bool",
        doc="Whether the decision departs from the rule it falls under (a policy rule: Awb "
        "4:84), so a mandate that reserves deviating does not cover it.",
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
    F(
        "act",
        "enum",
        enum=PowerAct,
        doc="besluit; request (to a court) or other: no besluit, passed on by machtiging; "
        "private_law: a private-law act (a contract), passed on by volmacht (art. 10:12 Awb).",
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
        doc="Last day the acceptance holds, not before on; null: until the finding changes.",
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
    Rule: RULE_FIELDS,
    Deviation: DEVIATION_FIELDS,
}


@dataclass(frozen=True, slots=True)
class KindSpec:
    """One kind of entity: its class, field table, id prefix and the file's array name."""

    kind: EntityKind
    cls: type
    fields: tuple[FieldSpec, ...]
    prefix: str
    section: str

    refers: tuple[FieldSpec, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # found once: the loader and every collection insert ask for each entity
        object.__setattr__(self, "refers", tuple(f for f in self.fields if f.refers is not None))

    def refs(self) -> tuple[FieldSpec, ...]:
        """The fields that refer to other entities."""
        return self.refers


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
        KindSpec(EntityKind.RULE, Rule, RULE_FIELDS, "rl", "rules"),
        KindSpec(EntityKind.DEVIATION, Deviation, DEVIATION_FIELDS, "dv", "deviations"),
        KindSpec(EntityKind.ACCEPTANCE, Acceptance, ACCEPTANCE_FIELDS, "acc", "accepted"),
    )
}
KIND_OF_CLASS: dict[type, EntityKind] = {spec.cls: kind for kind, spec in KINDS.items()}


def by_name(fields: Sequence[FieldSpec]) -> dict[str, FieldSpec]:
    """Index a field table by field name."""
    return {f.name: f for f in fields}
