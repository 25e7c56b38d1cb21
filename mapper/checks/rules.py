"""Rules and their origin (building block 7): the risicoregelreflex, and whether the lesson of
a case that runs into a rule can change that rule.

A rule made after an incident or on a council motion that adds checks or sign-offs to every
case of a power is the risk-regulation reflex. A rule that stands in the way of a custom
decision closes the learning loop only when its owner can change a rule of that type and the
feedback from the case reaches that owner.

Examples
--------
>>> from models import Actor, Case, CaseInfo, Rule, RuleOrigin
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [Actor("a1", "Manager", kind="manager")],
...     rules=[Rule("rl1", "Vier ogen", owner="a1", applies_to=("spend_budget",),
...                 origin=RuleOrigin.INCIDENT, burden=2)])
>>> [str(f.code) for f in check(Context.of(case))]
['RULE_RISK_REFLEX']
"""

from __future__ import annotations

import networkx as nx

from mapper.catalogue import say
from mapper.checks._legal_text import power_quoted
from mapper.checks._rulebook import blocked_needs, can_change
from mapper.checks.learning import LEARNING_KINDS, college_of
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from models import Need, Rule, RuleOrigin, RuleType

__all__ = ["check", "need_text", "rule_text"]

_REFLEX = frozenset({RuleOrigin.INCIDENT, RuleOrigin.MOTION})
_ORIGIN = {
    RuleOrigin.INCIDENT: Text("after an incident", "na een incident"),
    RuleOrigin.MOTION: Text("on a council motion", "na een motie van de raad"),
}


def rule_text(rule: Rule) -> Text:
    """How a rule reads inside a sentence."""
    return Text(f"the rule ‘{rule.name}’", f"de regel ‘{rule.name}’")


def need_text(need: Need) -> Text:
    """How a needed decision reads inside a sentence."""
    return Text(f"the decision ‘{need.decision}’", f"het besluit ‘{need.decision}’")


def check(ctx: Context) -> list[Finding]:
    """The risicoregelreflex per rule, and the learning loop of every rule that blocks a need."""
    g = ctx.graphs
    found: list[Finding] = []
    for rule in g.rules:
        if rule.origin in _REFLEX and rule.burden > 0 and rule.applies_to:
            found.append(_reflex(ctx, rule))
    blocked = blocked_needs(ctx)
    flow = g.flow(LEARNING_KINDS)
    for rule in g.rules:
        needs = blocked.get(rule.id)
        if not needs:
            continue
        if not can_change(ctx, rule):
            found.append(_cannot_change(ctx, rule, needs))
            continue
        assert rule.owner is not None
        handlers = [n.handler for n in needs if n.handler is not None and n.handler != rule.owner]
        lost = [h for h in dict.fromkeys(handlers) if not nx.has_path(flow, h, rule.owner)]
        if lost:
            found.append(_loop_open(ctx, rule, needs, lost))
    return found


_AFTER = {
    RuleOrigin.INCIDENT: Text("one incident", "één incident"),
    RuleOrigin.MOTION: Text("one debate", "één debat"),
    RuleOrigin.AUDIT: Text("one audit", "één controle"),
}


def _home_visit(rule: Rule) -> bool:
    """The rule's practice is a home visit: it names one ("huisbezoek", "home visit")."""
    words = f"{rule.name} {rule.notes}".lower()
    return "huisbezoek" in words or "home visit" in words


def _bracketed(note: str) -> str:
    """A user's note to print between brackets before a full stop: without its own closing
    full stop, so the sentence does not end in ".)." (jurist, eighth round N7).

    >>> _bracketed(" Motie na raadsdebat over fraude. ")
    'Motie na raadsdebat over fraude'
    >>> _bracketed("Zie o.a. de motie...")
    'Zie o.a. de motie...'
    """
    note = note.strip()
    return note[:-1] if note.endswith(".") and not note.endswith("..") else note


def _reflex(ctx: Context, rule: Rule) -> Finding:
    g = ctx.graphs
    parts = {"with_note"} if rule.origin_note.strip() else set()
    if rule.introduced is not None:
        parts.add("on_date")
    if _home_visit(rule):
        parts.add("home_visit")  # a home visit at every application (jurist round 7, W10)
    college = college_of(ctx) if rule.origin is RuleOrigin.MOTION else None
    if college is not None:
        parts.add("ask_college")  # the college answers the motion to the raad (jurist N8)
    else:
        parts.add("ask_owner" if rule.owner in g.actors else "ask_anyone")
    values = {
        "rule": rule_text(rule),
        "origin": _ORIGIN[rule.origin],
        # a motion is a debate, not an incident (jurist round 5, J5)
        "after": _AFTER.get(rule.origin, _AFTER[RuleOrigin.INCIDENT]),
        "note": _bracketed(rule.origin_note),
        "when": rule.introduced,
        "burden": rule.burden,
        "powers": [power_quoted(ctx.legal, str(p)) for p in rule.applies_to],
        "owner": g.name(rule.owner) if rule.owner in g.actors else "",
    }
    values["college"] = g.name(college) if college is not None else ""
    actors = [college] if college is not None else [rule.owner] if rule.owner in g.actors else []
    return say(
        Code.RULE_RISK_REFLEX,
        Severity.WARNING,
        values,
        parts=parts,
        actors=actors,
        rules=[rule.id],
    )


_WHY = {
    RuleType.STATUTE: "statute",
    RuleType.ORDINANCE: "ordinance",
    RuleType.POLICY_RULE: "policy",
    RuleType.INTERNAL: "internal",
}


def _cannot_change(ctx: Context, rule: Rule, needs: list[Need]) -> Finding:
    g = ctx.graphs
    owned = rule.owner in g.actors
    why = _WHY[rule.rule_type]
    parts = {why, f"{why}_do", "named_owner" if owned else "no_owner"}
    values = {
        "rule": rule_text(rule),
        "needs": [need_text(n) for n in needs],
        "owner": g.name(rule.owner) if owned else "",
    }
    actors = [rule.owner] if owned and rule.owner is not None else []
    handlers = [n.handler for n in needs if n.handler is not None]
    return say(
        Code.RULE_OWNER_CANNOT_CHANGE,
        Severity.WARNING,
        values,
        parts=parts,
        actors=[*actors, *handlers],
        needs=[n.id for n in needs],
        rules=[rule.id],
    )


def _loop_open(ctx: Context, rule: Rule, needs: list[Need], lost: list[str]) -> Finding:
    g = ctx.graphs
    assert rule.owner is not None
    values = {
        "rule": rule_text(rule),
        "needs": [need_text(n) for n in needs],
        "owner": g.name(rule.owner),
        "handlers": [g.name(h) for h in lost],
        "n": len(needs),
        "rel": Text(
            "which", "dat" if g.name(rule.owner).running("nl").startswith("het ") else "die"
        ),
    }
    parts = ("policy",) if rule.rule_type == RuleType.POLICY_RULE else ("blocks",)
    return say(
        Code.RULE_LOOP_OPEN,
        Severity.WARNING,
        values,
        parts=parts,
        actors=[*lost, rule.owner],
        needs=[n.id for n in needs],
        rules=[rule.id],
    )
