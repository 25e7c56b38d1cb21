"""Field specifications of the rules a case runs into and the register of deviations (building
blocks 4 and 7); re-exported by :mod:`models.fields`, which holds the other tables."""

from __future__ import annotations

from models.enums import EntityKind, Outcome, Practice, RuleOrigin, RuleType
from models.fieldtypes import MAX_LONG_TEXT, MAX_TEXT, FieldSpec

__all__ = ["DEVIATION_FIELDS", "RULE_FIELDS"]

F = FieldSpec

RULE_FIELDS: tuple[FieldSpec, ...] = (
    F("id", "id", required=True, editable=False, doc="Stable identifier."),
    F("name", "text", required=True, max_length=500, doc="Name of the rule."),
    F("rule_type", "enum", enum=RuleType, doc="statute, ordinance, policy_rule or internal."),
    F(
        "owner",
        "ref",
        nullable=True,
        refers=EntityKind.ACTOR,
        doc="Actor id of who can change the rule; null for unknown.",
    ),
    F(
        "applies_to",
        "ref_list",
        refers=EntityKind.POWER,
        doc="Power ids or power categories whose cases the rule applies to.",
    ),
    F("introduced", "date", nullable=True, doc="Date the rule was introduced."),
    F(
        "origin",
        "enum",
        enum=RuleOrigin,
        doc="Why the rule was made: policy, incident, motion, audit or other.",
    ),
    F("origin_note", "text", max_length=MAX_TEXT, doc="What led to the rule."),
    F(
        "burden",
        "int",
        minimum=0,
        maximum=99,
        doc="Checks or sign-offs the rule adds to each case it applies to.",
    ),
    F("practice", "enum", enum=Practice, doc="Work practice: routine, maatwerk or both."),
    F("notes", "text", max_length=MAX_LONG_TEXT, doc="Free notes."),
)

DEVIATION_FIELDS: tuple[FieldSpec, ...] = (
    F("id", "id", required=True, editable=False, doc="Stable identifier."),
    F("date", "date", nullable=True, doc="Date of the decision."),
    F(
        "decided_by",
        "ref",
        nullable=True,
        refers=EntityKind.ACTOR,
        doc="Actor id of who decided to deviate.",
    ),
    F(
        "rule",
        "ref",
        nullable=True,
        refers=EntityKind.RULE,
        doc="Rule id of the rule deviated from.",
    ),
    F(
        "need",
        "ref",
        nullable=True,
        refers=EntityKind.NEED,
        doc="Need id of the decision it served; null for none.",
    ),
    F("reason", "text", max_length=MAX_TEXT, doc="Why the rule was (not) deviated from."),
    F("outcome", "enum", enum=Outcome, doc="granted or refused."),
    F(
        "comparable_to",
        "ref_list",
        refers=EntityKind.DEVIATION,
        doc="Ids of earlier deviations this one is comparable to.",
    ),
    F(
        "reported_to",
        "ref",
        nullable=True,
        refers=EntityKind.ACTOR,
        doc="Actor id of whom the deviation was reported to; null for nobody.",
    ),
    F("notes", "text", max_length=MAX_LONG_TEXT, doc="Free notes."),
)
