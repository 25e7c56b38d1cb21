"""What the rules on a map do to its needs: which rules a need runs into, which of them block
a custom decision, and whether a rule's owner can change a rule of that type.

Shared by the checks of building block 7 (:mod:`mapper.checks.rules`) and 4
(:mod:`mapper.checks.register`).
"""

from __future__ import annotations

from mapper.context import Context
from models import ActorKind, Need, PowerCategory, Role, Rule, RuleType

__all__ = ["applies", "blocked_needs", "can_change", "rules_on"]

_LEADERS = frozenset({ActorKind.ADMINISTRATOR, ActorKind.COUNCIL, ActorKind.EXECUTIVE})


def applies(ctx: Context, rule: Rule, power: str) -> bool:
    """Whether ``rule`` applies to a decision under the power reference ``power``: it names the
    power, its category, or a power of the same category the reference names."""
    legal = ctx.legal
    category = str(legal.category(power))
    covered = set(legal.covered(power))
    for ref in rule.applies_to:
        if ref == power or str(ref) == category or covered & set(legal.covered(ref)):
            return True
    return False


def rules_on(ctx: Context, need: Need) -> list[Rule]:
    """The rules a decision runs into: those on its power and, when it departs from a rule,
    those on deviating itself (the sign-offs a deviation needs)."""
    found = []
    for rule in ctx.graphs.rules:
        if applies(ctx, rule, need.power) or (
            need.deviates and PowerCategory.DEVIATE_FROM_RULE in rule.applies_to
        ):
            found.append(rule)
    return found


def blocked_needs(ctx: Context) -> dict[str, list[Need]]:
    """Per rule id, the needs it stands in the way of: a decision that departs from the rule it
    falls under, or one the register records a deviation from the rule for."""
    g = ctx.graphs
    needs = {n.id: n for n in g.needs}
    found: dict[str, dict[str, Need]] = {}
    for need in g.needs:
        if need.deviates:
            for rule in g.rules:
                if applies(ctx, rule, need.power):
                    found.setdefault(rule.id, {})[need.id] = need
    for dev in g.deviations:
        if dev.rule is not None and dev.need in needs:
            found.setdefault(dev.rule, {})[dev.need] = needs[dev.need]
    return {rule: list(by_id.values()) for rule, by_id in found.items()}


def can_change(ctx: Context, rule: Rule) -> bool:
    """Whether the rule's owner can change a rule of its type.

    A statute only its legislator (a public body of the national government on the map); an
    ordinance the council (art. 147 Gemeentewet) or a body it delegated the power to set rules
    to (art. 156); a policy rule the public body whose power it concerns (Awb 4:81) or whoever
    holds the power to set rules under mandate; an internal rule the leadership of the
    organisation (an administrator, the executive, a manager) or whoever owns the rules.
    """
    g = ctx.graphs
    owner = g.actors.get(rule.owner) if rule.owner is not None else None
    if owner is None:
        return False
    sets_rules = ctx.authority.grant(owner.id, PowerCategory.SET_RULES) is not None
    if rule.rule_type is RuleType.STATUTE:
        org = g.organisations.get(owner.organisation)
        return owner.is_public_body and org is not None and org.kind == "national"
    if rule.rule_type is RuleType.ORDINANCE:
        return owner.kind is ActorKind.COUNCIL or (owner.is_public_body and sets_rules)
    if rule.rule_type is RuleType.POLICY_RULE:
        return owner.is_public_body or sets_rules
    return (
        owner.kind in _LEADERS
        or owner.kind is ActorKind.MANAGER
        or owner.is_public_body
        or Role.RULE_OWNER in owner.roles
        or sets_rules
    )
