"""The domain model of Krachtenveld: pure Python, no Qt, no networkx.

The names below are imported on first use (PEP 562): ``from models.errors import Problem``
no longer loads the case aggregate and its signals, which every command line call paid for
before it read a file (issue 14: ``validate``); ``from models import Case`` still works.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.case import ActorRemoval, Case, KindSignals, Removal
    from models.entities import (
        Actor,
        Agreement,
        CaseInfo,
        Deviation,
        Mandate,
        Need,
        Organisation,
        Position,
        Power,
        Relationship,
        Rule,
    )
    from models.enums import (
        ActorKind,
        AgreementKind,
        EntityKind,
        Instrument,
        LayoutMethod,
        MandateRule,
        OrganisationKind,
        Outcome,
        PowerAct,
        PowerCategory,
        Practice,
        RelationKind,
        Role,
        RuleOrigin,
        RuleType,
        Scope,
        Sphere,
        Urgency,
    )
    from models.errors import FormatError, KvmapError, ModelError, Problem

_HOME = {
    "models.case": ("ActorRemoval", "Case", "KindSignals", "Removal"),
    "models.entities": ("Actor", "Agreement", "CaseInfo", "Deviation", "Mandate", "Need",
                        "Organisation", "Position", "Power", "Relationship", "Rule"),
    "models.enums": ("ActorKind", "AgreementKind", "EntityKind", "Instrument", "LayoutMethod",
                     "MandateRule", "OrganisationKind", "Outcome", "PowerAct", "PowerCategory",
                     "Practice", "RelationKind", "Role", "RuleOrigin", "RuleType", "Scope",
                     "Sphere", "Urgency"),
    "models.errors": ("FormatError", "KvmapError", "ModelError", "Problem"),
}  # fmt: skip
_MODULE_OF = {name: module for module, names in _HOME.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'models' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once: the next lookup finds it without this function
    return value


__all__ = [
    "Actor",
    "ActorKind",
    "ActorRemoval",
    "Agreement",
    "AgreementKind",
    "Case",
    "CaseInfo",
    "Deviation",
    "EntityKind",
    "FormatError",
    "Instrument",
    "KindSignals",
    "KvmapError",
    "LayoutMethod",
    "Mandate",
    "MandateRule",
    "ModelError",
    "Need",
    "Organisation",
    "OrganisationKind",
    "Outcome",
    "Position",
    "Power",
    "PowerAct",
    "PowerCategory",
    "Practice",
    "Problem",
    "RelationKind",
    "Relationship",
    "Removal",
    "Role",
    "Rule",
    "RuleOrigin",
    "RuleType",
    "Scope",
    "Sphere",
    "Urgency",
]
