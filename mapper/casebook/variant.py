"""Which form of a finding a casebook record compares (seventh jurist, W7).

One code can say different things in law. INTENT_NO_DEVIATION_POWER has four forms, and the
casebook must not count them under one label:

- ``unnamed``: the map names no power to deviate at all (a note on the map, not on the law);
- ``lacks``: whoever supports the intent holds no power to deviate, and no public body of
  their line has passed it down;
- ``held``: the municipality's college holds it and has mandated it, and whoever supports the
  intent is a portfolio holder without a power of their own (the normal case);
- ``held_body``: as ``held``, but another public body holds it, or the supporters are not
  portfolio holders;
- ``delegated``: the power was delegated, so it lies with the body it was delegated to (the
  dagelijks bestuur of a GR), no longer with the college (art. 10:17 Awb).

NEED_NO_HOLDER has two: nobody holds the power (no variant), or ``no_room``: the power is held,
but the decision departs from a rule that leaves no room for it (eighth jurist, N10).

The form is derived from the finding's own data (its severity, mandates and actors) and the
map's authority, so the worker needs no finding texts (it analyses without words).

Examples
--------
>>> from models import Actor, ActorKind, Case, CaseInfo
>>> from mapper.analysis import analyse
>>> case = Case.from_parts(CaseInfo("t", intent="Gezin blijft wonen"),
...                        [Actor("w", "Wethouder", ActorKind.ADMINISTRATOR, stance=2)])
>>> ctx = Context.of(case)
>>> [f] = [f for f in analyse(case).findings if f.code == "INTENT_NO_DEVIATION_POWER"]
>>> variant_of(ctx, f, f.cause)
('lacks', ())
"""

from __future__ import annotations

from mapper.authority import Basis
from mapper.checks.intent import deviation_powers
from mapper.checks.learning import college_of
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity
from models import ActorKind

__all__ = ["VARIANT_CODES", "variant_of"]

#: The codes whose records carry a variant.
VARIANT_CODES = frozenset({str(Code.INTENT_NO_DEVIATION_POWER), str(Code.NEED_NO_HOLDER)})


def variant_of(ctx: Context, finding: Finding, cause: str) -> tuple[str, tuple[str, ...]]:
    """The form of ``finding`` (the worst finding of the cause ``cause``) and the ids of the
    public bodies that hold the power in that form (``held_body``: the body; ``delegated``:
    the body it was delegated to); ``("", ())`` for a code with one form."""
    if finding.code not in VARIANT_CODES:
        return "", ()
    if finding.code == Code.NEED_NO_HOLDER:
        # the power is held (its holders follow the handler among the actors), but the decision
        # departs from a rule that leaves no room for it (eighth jurist, N10); else nobody holds
        # it, which keeps the code's own label
        return ("no_room", ()) if len(finding.actors) > 1 else ("", ())
    if finding.severity is Severity.INFO and not finding.mandates:
        return "unnamed", ()
    powers = _powers(ctx, cause)
    auth = ctx.authority
    delegates = [
        actor
        for p in powers
        if auth.delegated_away.get(p)
        for actor, grant in auth.grants.get(p, {}).items()
        if grant.basis == Basis.DELEGATION
    ]
    if delegates:
        return "delegated", tuple(dict.fromkeys(delegates))
    if finding.severity is not Severity.INFO:
        return "lacks", ()
    bodies = tuple(
        dict.fromkeys(root for p in powers if (root := auth.roots.get(p)) in finding.actors)
    )
    if bodies == (college_of(ctx),) and _portfolio(ctx):
        return "held", ()
    return "held_body", bodies


def _powers(ctx: Context, cause: str) -> list[str]:
    """The public bodies' powers to deviate the finding is about: the cause's own power when it
    is one of them, else all of them (a partner's own decision is never the room to deviate,
    and a cause can gather the finding under such a power)."""
    actors = ctx.legal.actors
    public = [
        p
        for p in deviation_powers(ctx)
        if (h := ctx.legal.powers[p].holder) is None or (h in actors and actors[h].is_public_body)
    ]
    kind, _, value = cause.partition(":")
    return [value] if kind == "power" and value in public else public


def _portfolio(ctx: Context) -> bool:
    """Whether everyone who supports the intent is a portfolio holder (an administrator who is
    no public body), as the finding's "held" form says."""
    g = ctx.graphs
    owner = g.info.intent_owner
    supporters = [
        a
        for a in g.actors.values()
        if a.id == owner or (a.kind == ActorKind.ADMINISTRATOR and a.stance > 0)
    ]
    return bool(supporters) and all(
        a.kind == ActorKind.ADMINISTRATOR and not ctx.legal.actors[a.id].is_public_body
        for a in supporters
    )
