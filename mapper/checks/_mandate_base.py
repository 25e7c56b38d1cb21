"""What every finding on one mandate's form carries (split from :mod:`mapper.checks.mandates`):
the mandate's actors and id, and the values its texts fill in (the mandate, grantor, holder,
power, the body at the root, the holder's outside organisation, the legal basis, the dates).
"""

from __future__ import annotations

from typing import Any

from mapper.catalogue import say
from mapper.checks._legal_text import mandate_text, power_text
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity
from mapper.names import organisation_name
from models import Mandate

__all__ = ["data_of", "make"]


def make(
    code: Code,
    severity: Severity,
    m: Mandate,
    data: dict[str, Any],
    parts: tuple[str, ...] = (),
    needs: tuple[str, ...] = (),
) -> Finding:
    return say(
        code,
        severity,
        data,
        parts=parts,
        actors=[m.grantor, m.holder],
        mandates=[m.id],
        needs=needs,
    )


def data_of(ctx: Context, m: Mandate) -> dict[str, Any]:
    g, legal, auth = ctx.graphs, ctx.legal, ctx.authority
    key = str(m.power)
    root = auth.root_of(m)
    holder = g.actors[m.holder]
    outside = (
        not holder.is_public_body and legal.same_organisation(g.actors[m.grantor], holder) is False
    )
    return {
        "m": mandate_text(legal, m),
        "grantor": g.name(m.grantor),
        "holder": g.name(m.holder),
        "power": power_text(legal, key),
        "body": g.name(root) if root is not None else g.name(m.grantor),
        "org": organisation_name(legal.org_name(legal.top(holder.organisation))) if outside else "",
        "basis": "; ".join(
            b for p in legal.covered(key) if (b := legal.powers[p].legal_basis.strip())
        ),
        "as_of": ctx.as_of,
        "until": m.valid_until,
        "start": m.valid_from,
    }
