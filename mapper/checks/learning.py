"""System learning (building block 7): does the case find its way back to the rule?

Lessons travel along feedback, signal and escalation relationships. Every case handler needs
such a route to a *rule owner* (role ``rule_owner``, or holding the power to set rules), not
through one single person; signals of partners and oversight bodies must reach a rule owner.

Examples
--------
>>> from models import Actor, Case, CaseInfo, Role
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [Actor("p", "Consulent", roles=(Role.CASE_HANDLER,))])
>>> [str(f.code) for f in check(Context.of(case))]
['LEARNING_NO_RULE_OWNER']
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from mapper.authority import Basis
from mapper.catalogue import say
from mapper.checks._util import chain_heads, shown_names
from mapper.checks.intent import own_decisions
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.legal import no_besluit
from models import (
    ActorKind,
    Instrument,
    OrganisationKind,
    PowerCategory,
    RelationKind,
    Role,
    RuleType,
)

__all__ = ["LEARNING_KINDS", "check", "college_of"]

LEARNING_KINDS = frozenset({RelationKind.FEEDBACK, RelationKind.SIGNAL, RelationKind.ESCALATION})
_SINK = "\x00rule-owners"


def check(ctx: Context) -> list[Finding]:
    """Rule owners present, feedback paths from handlers, external signals reaching them."""
    g = ctx.graphs
    if not g.actors:
        return []
    auth = ctx.authority
    owners = [
        a.id
        for a in g.actors.values()
        if Role.RULE_OWNER in a.roles or auth.grant(a.id, PowerCategory.SET_RULES) is not None
    ]
    if not owners:  # the rules register may still name owners (jurist round 5, J19)
        owners = [o for o in dict.fromkeys(r.owner for r in g.rules) if o in g.actors]
    if not owners:
        if ctx.case_handlers:
            return [_no_owner(ctx)]
        return []
    back = g.flow_back(LEARNING_KINDS)
    back.add_edges_from((_SINK, o) for o in owners)
    reached = set(nx.descendants(back, _SINK))
    idom = nx.immediate_dominators(back, _SINK)
    owner_set = set(owners)
    found: list[Finding] = []
    lost = [h for h in ctx.case_handlers if h not in reached and h not in owner_set]
    if lost:
        found.append(_no_path(ctx, lost, owners))
    gatekeepers: dict[str, list[str]] = defaultdict(list)
    for h in ctx.case_handlers:
        node = idom.get(h)
        if h in reached and node not in (None, _SINK) and node not in owner_set:
            gatekeepers[str(node)].append(h)
    found.extend(_single(ctx, gk, *line) for gk, line in _lines(gatekeepers, idom).items())
    external = [
        a
        for a in ctx.of_kind(ActorKind.PARTNER, ActorKind.OVERSIGHT)
        if a not in reached and a not in owner_set
    ]
    if external:
        found.append(_external(ctx, external))
    return found


def college_of(ctx: Context) -> str | None:
    """The municipality's college: the public body among the administrators outside a joint
    arrangement (a GR's bestuur does not answer a council motion). Of several (a college and a
    burgemeester), the one that holds the most of the map's powers, then the first by id, so the
    answer does not depend on the order of the map's actors."""
    held: dict[str, int] = {}
    for power in ctx.legal.powers.values():
        if power.holder:
            held[power.holder] = held.get(power.holder, 0) + 1
    found: list[str] = []
    for a in ctx.of_kind(ActorKind.ADMINISTRATOR):
        actor = ctx.legal.actors[a]
        org = ctx.graphs.organisations.get(actor.organisation or "")
        if actor.is_public_body and (
            org is None or org.kind is not OrganisationKind.JOINT_ARRANGEMENT
        ):
            found.append(a)
    return min(found, key=lambda a: (-held.get(a, 0), a)) if found else None


def _college_power(ctx: Context) -> str | None:
    """A power of the municipality's college that ends in a besluit: for its policy rules the
    college sets the rules (art. 4:81 Awb), even when the map names no rule owner."""
    college = college_of(ctx)
    for power in ctx.legal.powers.values():
        if college is not None and power.holder == college and not no_besluit(power):
            return power.name
    return None


def _no_owner(ctx: Context) -> Finding:
    power, body = _college_power(ctx), college_of(ctx)
    if power is None or body is None:
        return say(Code.LEARNING_NO_RULE_OWNER, Severity.WARNING)
    name = ctx.graphs.name(body)
    de = name.running("nl").startswith("de ")
    rel = Text("who" if de else "which", "die" if de else "dat")
    values = {"power": power, "body": name, "rel": rel}
    return say(Code.LEARNING_NO_RULE_OWNER, Severity.WARNING, values, parts={"college"})


_BODIES = frozenset({ActorKind.ADMINISTRATOR, ActorKind.COUNCIL})


def _no_path(ctx: Context, lost: list[str], owners: list[str]) -> Finding:
    g = ctx.graphs
    shown = owners[:5]
    college = college_of(ctx)
    policy = any(
        r.rule_type is RuleType.POLICY_RULE and r.owner in (college, None, "") for r in g.rules
    ) or any(
        p.holder == college and p.rule_type is RuleType.POLICY_RULE
        for p in ctx.legal.powers.values()
    )
    # the college sets its own policy rules (art. 4:81 Awb): named beside the council when it
    # has policy rules or decides the case's decisions itself (jurist, seventh round W9)
    if college is not None and college not in shown and (policy or own_decisions(ctx, college)):
        shown.append(college)
    # after delegation the delegate holds the power and sets its policy rules (art. 4:81 Awb;
    # jurist, seventh round W9, map D): a GR's dagelijks bestuur, not the college
    delegates = [d for d in _delegates(ctx) if d != college]
    shown += [d for d in delegates if d not in shown]
    values = {
        "lost": [g.name(a) for a in lost],
        "owners": [g.name(a) for a in shown],
        "delegates": [g.name(a) for a in delegates],
        "d": len(delegates),
        "pronoun": _pronoun([g.name(a).running("nl") for a in delegates]),
    }
    ordinance = _ordinance_delegates(ctx)
    if ordinance:
        values |= {"ordinance_holders": [g.name(a) for a in ordinance], "o": len(ordinance)}
    council = ("council_delegated",) if ordinance else ("council",)
    parts = [
        *council,
        *(("college",) if college in shown else ()),
        *(("delegated",) if delegates else ()),
    ]
    # whoever prepares the rules: a rule owner on the map who is staff, not a body
    advisers = [a for a in shown if g.actors[a].kind not in _BODIES]
    if advisers:
        values |= {"advisers": [g.name(a) for a in advisers], "a": len(advisers)}
        parts.append("prepares")
    return say(
        Code.LEARNING_NO_FEEDBACK_PATH,
        Severity.CRITICAL,
        values,
        parts=parts,
        actors=[*lost, *shown],
    )


def _pronoun(names: list[str]) -> Text:
    """The Dutch pronoun of the delegates: "zij" for more than one, "hij" for a de-word (the
    burgemeester), else "het" (het dagelijks bestuur, het college).

    >>> [_pronoun(n).nl for n in (["de burgemeester"], ["het dagelijks bestuur"], ["a", "b"])]
    ['hij', 'het', 'zij']
    """
    if len(names) > 1:
        return Text("they", "zij")
    return Text("it", "hij" if names and names[0].startswith("de ") else "het")


def _ordinance_delegates(ctx: Context) -> list[str]:
    """The bodies the council delegated the setting of a verordening to (art. 156 lid 1
    Gemeentewet): they set it now, not the council (tenth jurist J10)."""
    g = ctx.graphs
    found = [
        m.holder
        for m in g.mandates
        if m.instrument is Instrument.DELEGATION
        and (grantor := g.actors.get(m.grantor)) is not None
        and grantor.kind is ActorKind.COUNCIL
        and (power := ctx.legal.powers.get(str(m.power))) is not None
        and power.category is PowerCategory.SET_RULES
        and power.rule_type in (RuleType.ORDINANCE, RuleType.STATUTE)
        and m.holder in g.actors
    ]
    return list(dict.fromkeys(found))


def _delegates(ctx: Context) -> list[str]:
    """The public bodies that hold a power of the case's needs by delegation."""
    auth, legal = ctx.authority, ctx.legal
    found: list[str] = []
    for need in ctx.graphs.needs:
        for p in legal.covered(str(need.power)):
            for actor, grant in auth.grants.get(p, {}).items():
                if grant.basis == Basis.DELEGATION and legal.actors[actor].is_public_body:
                    found.append(actor)
    return list(dict.fromkeys(found))


def _lines(
    gatekeepers: dict[str, list[str]], idom: dict[object, object]
) -> dict[str, tuple[list[str], list[str]]]:
    """Gatekeepers behind one another as one line: a gatekeeper whose own route passes another
    gatekeeper alone joins that one's finding (issue 14: a 500-deep chain gave one finding per
    member). Per head, the gatekeepers below it (nearest first) and all the handlers they hold.

    >>> _lines({"a": ["b"], "b": ["c"], "x": ["y"]}, {"b": "a", "c": "b", "y": "x", "a": "s"})
    {'a': (['b'], ['b', 'c']), 'x': ([], ['y'])}
    """

    def parent_of(gk: str) -> str | None:
        up = idom.get(gk)
        return up if isinstance(up, str) and up in gatekeepers else None

    head = chain_heads(gatekeepers, parent_of)
    lines: dict[str, tuple[list[str], list[str]]] = {}
    for gk, handlers in gatekeepers.items():
        below, held = lines.setdefault(head[gk], ([], []))
        if head[gk] != gk:
            below.append(gk)
        held.extend(handlers)
    return lines


def _single(ctx: Context, gatekeeper: str, below: list[str], handlers: list[str]) -> Finding:
    g = ctx.graphs
    values = {
        "name": g.name(gatekeeper),
        "handlers": shown_names(g, handlers, 12),
        "line": shown_names(g, below),
    }
    return say(
        Code.LEARNING_SINGLE_PERSON,
        Severity.WARNING,
        values,
        parts={"line"} if below else set(),
        actors=list(dict.fromkeys([gatekeeper, *below, *handlers])),
    )


def _external(ctx: Context, external: list[str]) -> Finding:
    g = ctx.graphs
    # every one of them: a long list names eight and counts the rest as "57 anderen", not
    # "… en de ombudsman 277 en nog 57" (jurist 15, J18), and the suggestion invites them all
    values = {"shown": [g.name(a) for a in external]}
    return say(Code.LEARNING_EXTERNAL_SIGNALS_LOST, Severity.WARNING, values, actors=external)
