"""A volmacht the raad grants for a private-law act (eleventh jurist H5), split from
:mod:`mapper.checks.mandates`: over the municipality's privaatrechtelijke rechtshandelingen the
college decides (art. 160 lid 1 onder e Gemeentewet), so the raad has nothing to pass on. The
words live in :mod:`mapper.texts.council_acts`.
"""

from __future__ import annotations

from mapper.checks._mandate_base import data_of, make
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from models import Mandate
from models.enums import OrganisationKind

__all__ = ["council_private_law"]

_MUNICIPALITY: dict[str, Text] = {
    "public": Text("the municipality", "de gemeente"),
    "decides": Text("the municipal executive", "het college"),
    "cite": Text("art. 160(1)(e) of the Municipalities Act", "art. 160 lid 1 onder e Gemeentewet"),
    "rep": Text("the mayor", "de burgemeester"),
    "cite_rep": Text("art. 171 of the Municipalities Act", "art. 171 Gemeentewet"),
}
_PROVINCE: dict[str, Text] = {
    "public": Text("the province", "de provincie"),
    "decides": Text("the provincial executive", "gedeputeerde staten"),
    "cite": Text("art. 158(1)(e) of the Provinces Act", "art. 158 lid 1 onder e Provinciewet"),
    "rep": Text("the King's commissioner", "de commissaris van de Koning"),
    "cite_rep": Text("art. 176 of the Provinces Act", "art. 176 Provinciewet"),
}


def council_private_law(ctx: Context, m: Mandate) -> Finding:
    """The raad's volmacht for a private-law act: void, the college grants it (critical)."""
    legal = ctx.legal
    grantor = legal.actors[m.grantor]
    org = legal.graphs.organisations.get(legal.top(grantor.organisation))
    province = org is not None and org.kind is OrganisationKind.PROVINCE
    holds = any(legal.powers[p].holder == m.grantor for p in legal.covered(str(m.power)))
    data = data_of(ctx, m) | (_PROVINCE if province else _MUNICIPALITY)
    parts = ("holder_too",) if holds else ()
    return make(Code.MANDATE_COUNCIL_PRIVATE_LAW, Severity.CRITICAL, m, data, parts)
