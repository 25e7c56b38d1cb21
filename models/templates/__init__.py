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

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import Any

from models.case import Case
from models.fields import KINDS
from models.templates.debt_eviction import debt_eviction_case
from models.templates.wmo import wmo_case
from models.templates.youth_care import youth_care_case

__all__ = ["TEMPLATES", "TEMPLATE_HINT", "Template", "template_case", "without_template_hint"]


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


#: The day the templates' dates were written for. A template's dates from that day on (the
#: decisions' deadlines, a mandate's or agreement's end) move by as many days as ``today``
#: lies after it, so they stand as far ahead of a fresh map as they were written to; earlier
#: dates (a mandate decision of 2025) stay as written (tenth jurist J12: on 4 December 2026 the
#: debt template opened with "De termijn ... is op 5 november 2026 verstreken", an artefact
#: of the calendar, not of the case).
WRITTEN_FOR = date(2026, 9, 1)


#: The instruction each template's description ends with ("Vul de namen en bedragen van uw
#: eigen casus in."): a placeholder for the user, not a fact of the case, so a nota leaves it
#: out and the app says so (new user, twelfth round B9).
TEMPLATE_HINT = re.compile(r"\s*Vul de namen\b[^.]{0,60}\bvan uw eigen casus in\.")


def without_template_hint(text: str) -> str:
    """``text`` without a template's instruction to fill in the case.

    >>> without_template_hint("Een gezin met een kind. Vul de namen en bedragen van uw eigen "
    ...     "casus in.")
    'Een gezin met een kind.'
    >>> without_template_hint("Vul de namen, bedragen en data van uw eigen casus in.")
    ''
    """
    return TEMPLATE_HINT.sub("", text).strip()


def template_case(key: str, today: date | None = None) -> Case:
    """A fresh case built from the template ``key``, its dates set relative to ``today``
    (default: the day it is made); an unknown key raises ``KeyError``.

    >>> case = template_case("debt_eviction", today=date(2027, 3, 1))
    >>> sorted(str(n.deadline) for n in case.needs if n.deadline)[0] > "2027-03-01"
    True
    """
    for template in TEMPLATES:
        if template.key == key:
            return _moved(template.build(), (today or date.today()) - WRITTEN_FOR)
    raise KeyError(key)


def _moved(case: Case, by: timedelta) -> Case:
    """``case`` with each date on or after :data:`WRITTEN_FOR` moved by ``by``."""
    if not by:
        return case

    def move(entity: Any) -> Any:
        changes = {
            f.name: value + by
            for f in fields(entity)
            if isinstance(value := getattr(entity, f.name), date) and value >= WRITTEN_FOR
        }
        return replace(entity, **changes) if changes else entity

    parts = {kind: [move(e) for e in case.collection(kind)] for kind in KINDS}
    return Case.build(move(case.info), parts, linked=True)
