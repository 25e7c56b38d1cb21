"""Case templates: realistic starting maps for common case types (File › New from template).

Each template is a complete version-2 map of a typical Dutch municipal case: actors in their
organisations, the powers with their legal basis and the body that holds them, the mandates
that pass them on (Awb title 10.1), the agreements between organisations, and the decisions
the case needs. The people are roles, not names; the user renames and extends them.

A template makes legal sense on its own: powers are held by bestuursorganen *op grond van de
wet*; a partner's private-law decision is reached by agreement, never by mandate; a
generally binding rule is never mandated (Awb 10:3 lid 2 onder a); the decision on an
objection is mandated to someone other than who decided under mandate (10:3 lid 3). The
gaps it shows are the everyday ones the analyses are there to find.

Examples
--------
>>> [t.key for t in TEMPLATES]
['debt_eviction', 'youth_care', 'wmo']
>>> case = template_case("wmo")
>>> len(case.actors) > 8, len(case.powers) > 3
(True, True)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from models.case import Case
from models.templates.debt_eviction import debt_eviction_case
from models.templates.wmo import wmo_case
from models.templates.youth_care import youth_care_case

__all__ = ["TEMPLATES", "Template", "template_case"]


@dataclass(frozen=True, slots=True)
class Template:
    """One case template: a stable key and the function that builds a fresh case."""

    key: str
    build: Callable[[], Case]


TEMPLATES: tuple[Template, ...] = (
    Template("debt_eviction", debt_eviction_case),
    Template("youth_care", youth_care_case),
    Template("wmo", wmo_case),
)


def template_case(key: str) -> Case:
    """A fresh case built from the template ``key``; an unknown key raises ``KeyError``."""
    for template in TEMPLATES:
        if template.key == key:
            return template.build()
    raise KeyError(key)
