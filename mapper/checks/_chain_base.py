"""What every finding on a mandate chain carries (split from :mod:`mapper.checks.mandate_chain`):
the values its texts fill in (the mandate, grantor, holder, power, the body at the root) and the
finding itself, said from the message catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mapper.catalogue import say
from mapper.checks._legal_text import mandate_text, power_text
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity
from mapper.texts.mandate_words import ANY_BODY
from models import Mandate

__all__ = ["chain_data", "emit"]


def chain_data(ctx: Context, m: Mandate) -> dict[str, Any]:
    g, legal, auth = ctx.graphs, ctx.legal, ctx.authority
    key = str(m.power)
    root = auth.root_of(m)
    return {
        "m": mandate_text(legal, m),
        "grantor": g.name(m.grantor),
        "holder": g.name(m.holder),
        "power": power_text(legal, key),
        "root": g.name(root) if root is not None else "",
        "who": g.name(root) if root is not None else ANY_BODY,
    }


def emit(
    ctx: Context,
    code: Code,
    severity: Severity,
    data: dict[str, Any],
    actors: Iterable[str],
    mandates: Iterable[str],
    parts: Iterable[str] = (),
) -> Finding:
    return say(code, severity, data, parts=parts, actors=list(actors), mandates=list(mandates))
