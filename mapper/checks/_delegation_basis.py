"""A delegation passed on by a delegataris (art. 10:15 Awb; eleventh jurist H4), split from
:mod:`mapper.checks.mandates`: the map names what the delegation rests on, but only a statutory
provision that lets the delegataris delegate further is a basis, and its own delegation
decision is none. The words live in :mod:`mapper.texts.delegation_basis`.
"""

from __future__ import annotations

import re

from mapper.checks._legal_text import decision_text, no_basis_parts
from mapper.checks._mandate_base import data_of, make
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.gr_board import general_board
from mapper.wording import capital
from models import Instrument, Mandate
from models.enums import OrganisationKind

__all__ = ["onward", "own_decision"]

#: words that make a named basis a statutory provision or a regeling, not a decision alone
_STATUTORY = re.compile(r"\bwet\b|wet\b|regeling|verordening|\bart\b|artikel|\bact\b", re.I)


def own_decision(basis: str) -> bool:
    """Whether the basis a delegation names is a decision of its own ("Delegatiebesluit
    dagelijks bestuur 2025") rather than a statutory provision or a regeling.

    >>> own_decision("Delegatiebesluit dagelijks bestuur 2025")
    True
    >>> own_decision("Gemeenschappelijke regeling Werkbedrijf 2024 art. 5")
    False
    >>> own_decision("Besluit bijstandverlening art. 3")
    False
    """
    return "besluit" in basis.casefold() and _STATUTORY.search(basis) is None


def onward(ctx: Context, m: Mandate) -> Finding:
    """A delegation by a body that holds the power only by delegation itself: to check
    against art. 10:15 Awb (a warning; the register says "na te gaan")."""
    g, legal = ctx.graphs, ctx.legal
    key = str(m.power)
    came = next(
        (
            d
            for k in dict.fromkeys((key, *legal.covered(key)))
            for d in legal.into.get((m.grantor, k), ())
            if d.instrument == Instrument.DELEGATION and ctx.authority.valid(d.id)
        ),
        None,
    )
    grantor = g.actors[m.grantor]
    top = legal.top(grantor.organisation)
    org = g.organisations.get(top)
    gr = org is not None and org.kind is OrganisationKind.JOINT_ARRANGEMENT
    holder = g.actors[m.holder]
    committee = (
        gr and "commissie" in holder.name.casefold() and legal.top(holder.organisation) == top
    )
    general = (
        general_board(g.actors.values(), lambda a: legal.top(a.organisation) == top)
        if committee
        else None
    )
    decision = decision_text(m.legal_basis, g.name(m.grantor))
    data = data_of(ctx, m) | {
        "decision": decision,
        "decision_cap": Text(capital(decision.en), capital(decision.nl)),
        "delegans": g.name(came.grantor) if came is not None else g.name(m.grantor),
        "where": (
            Text("the joint arrangement", "de gemeenschappelijke regeling")
            if gr
            else Text("a statutory provision", "een wettelijk voorschrift")
        ),
        "general": (
            g.name(general) if general else Text("the general board", "het algemeen bestuur")
        ),
    }
    parts = (
        *(("own",) if own_decision(m.legal_basis) else ()),
        *(("committee",) if committee else ()),
        *(p for p in no_basis_parts(g, legal, m) if p == "consent"),
    )
    return make(Code.DELEGATION_ONWARD_UNCHECKED, Severity.WARNING, m, data, parts)
