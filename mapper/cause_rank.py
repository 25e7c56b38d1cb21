"""One ranking rule of :mod:`mapper.causes`: a critical legal defect in use is never outranked
by a warning (the lead's decision on the tenth jurist's J6).

Causes are ranked by the needed decisions they hold up first, then by severity. So a warning
that holds a decision up (an agreement that lays a decision with the wrong decider) ranked
above a critical defect of a mandate a handler decides on today, and the jurist read "Eerst
doen" in the example with a waarschuwing as step 3 above three kritieke causes. The rule:

- a cause whose critical finding is a legal defect (``MANDATE_*`` or ``DELEGATION_*``) of a
  mandate, volmacht or delegation **in use** moves up to just above the first cause ranked
  above it that is not critical;
- in use: a need's handler, or the decider an agreement names for the need's power, holds
  that mandate for the need's power, or holds one granted down a chain from it;
- every other cause keeps its place relative to the others, so no critical cause (of system
  learning, say) drops below a warning it ranked above.

Examples
--------
>>> from mapper.findings import Cause, Severity, Text
>>> def c(i: str, s: Severity) -> Cause:
...     return Cause(i, Text("", ""), Text("", ""), Text("", ""), s, 0, 3, (3,), ())
>>> ranked = [(c("a", Severity.CRITICAL), False), (c("w", Severity.WARNING), False),
...           (c("b", Severity.CRITICAL), False), (c("m", Severity.CRITICAL), True)]
>>> [x.id for x in promote(ranked)]
['a', 'm', 'w', 'b']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from mapper.context import Context
from mapper.finding_ids import subject_mandate
from mapper.findings import Cause, Finding, Severity
from models import Mandate

__all__ = ["legal_in_use", "mandates_in_use", "promote"]

_LEGAL = ("MANDATE_", "DELEGATION_")


def mandates_in_use(ctx: Context) -> frozenset[str]:
    """The ids of the mandates (volmachten, delegations) a need's handler or decider relies on:
    the ones they hold for the need's power, and every mandate up the chain to them."""
    g, legal = ctx.graphs, ctx.legal

    def same(a: object, b: object) -> bool:
        return a == b or bool(set(legal.covered(str(a))) & set(legal.covered(str(b))))

    held: dict[str, list[Mandate]] = {}  # by holder: one pass, not one per need
    for m in g.mandates:
        held.setdefault(m.holder, []).append(m)
    used: set[str] = set()
    for n in g.needs:
        people = {n.handler} | {
            a.decider for a in g.agreements if any(same(p, n.power) for p in a.covers)
        }
        used.update(m.id for a in people if a for m in held.get(a, ()) if same(m.power, n.power))
    by_id = {m.id: m for m in g.mandates}
    todo = list(used)
    while todo:  # up the chain: who granted it, with the same power
        below = by_id[todo.pop()]
        for m in held.get(below.grantor, ()):
            if m.id not in used and same(m.power, below.power):
                used.add(m.id)
                todo.append(m.id)
    return frozenset(used)


def legal_in_use(found: Iterable[Finding], in_use: frozenset[str]) -> bool:
    """Whether one of ``found`` is a critical legal defect of a mandate in use."""
    return any(
        f.severity == Severity.CRITICAL
        and f.code.startswith(_LEGAL)
        and bool(f.mandates)
        and subject_mandate(f) in in_use
        for f in found
    )


def promote(ranked: Sequence[tuple[Cause, bool]]) -> list[Cause]:
    """``ranked`` (best first, each with whether it is a critical legal defect in use) with
    those causes moved up to just above the first cause ranked above them that is not
    critical; the others keep their order."""
    out: list[Cause] = []
    for cause, legal in ranked:
        at = len(out)
        if legal:
            at = next((i for i, c in enumerate(out) if c.severity != Severity.CRITICAL), at)
        out.insert(at, cause)
    return out
