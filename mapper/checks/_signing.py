"""Signing on behalf (art. 10:11 Awb) on the map (split from :mod:`mapper.checks.mandates`):
no power to decide, so a note where the holder prepares decisions it has no mandate for, naming
who takes them; and a warning where someone who is no bestuursorgaan authorises signing.
"""

from __future__ import annotations

import networkx as nx

from mapper.authority import Basis, Defect
from mapper.catalogue import render
from mapper.checks._mandate_base import data_of, make
from mapper.checks._room_reach import may_deviate
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.texts.signing import GRANT_SIGNING
from models import Mandate, Need, RelationKind, RuleType

__all__ = ["signing", "signing_not_by_body"]

#: Along these lines a caseworker finds who takes the decision it prepares (up the line).
_LINE = frozenset({RelationKind.HIERARCHY, RelationKind.ESCALATION, RelationKind.SIGNAL})
_HOW: dict[str, Text] = {
    "own": Text("as its own decision", "zelf"),
    "delegation": Text("after delegation", "na delegatie"),
    "mandate": Text("under mandate", "in mandaat"),
    "sub": Text("under sub-mandate", "in ondermandaat"),
}
#: The rule a deviating decision departs from (jurist W2).
_RULE: dict[RuleType, Text] = {
    RuleType.POLICY_RULE: Text("the policy rule", "de beleidsregel"),
    RuleType.ORDINANCE: Text("the ordinance", "de verordening"),
    RuleType.STATUTE: Text("the statute", "de wet"),
    RuleType.INTERNAL: Text("the work instruction", "de werkinstructie"),
}


def signing(ctx: Context, m: Mandate) -> Finding | None:
    """Signing on behalf (Awb 10:11) is no power to decide: a note, and only where the
    holder has no valid mandate of its own for the power. The needs it handles that its own
    mandate does not carry are named with who takes them (jurist M2); a decision that departs
    from the rule goes to whoever may depart from it (jurist W2)."""
    if Defect.SIGNING_NOT_BY_BODY in ctx.authority.defects[m.id]:
        return None  # the grantor could not authorise signing at all: that finding says it
    auth, g = ctx.authority, ctx.graphs
    key = str(m.power)
    handled = ctx.needs_by_handler_key.get((m.holder, key), ())

    def may(actor: str, need: Need) -> bool:
        return not need.deviates or may_deviate(ctx, actor, key)

    relying = [
        n for n in handled if m.holder not in auth.holders(key, n.budget) or not may(m.holder, n)
    ]
    if not relying and auth.grant(m.holder, key) is not None:
        return None  # a valid mandate of its own: signing adds nothing to flag
    routes = g.flow(_LINE)
    dist = nx.single_source_shortest_path_length(routes, m.holder) if m.holder in routes else {}
    takes: dict[tuple[str, bool], list[Text]] = {}
    nobody: list[Text] = []
    for need in relying:
        decision = Text(f"‘{need.decision}’", f"‘{need.decision}’")
        able = [
            a
            for a in auth.holders(key, need.budget)
            if a in dist and a != m.holder and may(a, need)
        ]
        if not able:
            nobody.append(decision)
            continue
        best = min(able, key=lambda a: (dist[a], ctx.order[a]))
        takes.setdefault((best, need.deviates), []).append(decision)
    rule = ctx.legal.powers.get(key)
    departs = _RULE.get(
        rule.rule_type if rule else RuleType.POLICY_RULE, _RULE[RuleType.POLICY_RULE]
    )
    phrases: list[Text] = []
    for (actor, deviates), decisions in sorted(takes.items(), key=lambda kv: kv[0][1]):
        grant = auth.grant(actor, key)
        how = "own"
        if grant is not None and grant.basis == Basis.DELEGATION:
            how = "delegation"
        elif grant is not None and grant.basis == Basis.MANDATE:
            how = "sub" if grant.depth > 1 else "mandate"
        name = g.name(actor)
        en = " and ".join(d.en for d in decisions)
        nl = " en ".join(d.nl for d in decisions)
        if deviates:
            one = len(decisions) == 1
            phrases.append(
                Text(
                    f"{en} {'departs' if one else 'depart'} from {departs.en}, and "
                    f"{name.running('en')} takes {'it' if one else 'them'} {_HOW[how].en}",
                    f"{nl} {'wijkt' if one else 'wijken'} af van {departs.nl}, en "
                    f"{'dat besluit neemt' if one else 'die besluiten neemt'} "
                    f"{name.running('nl')} {_HOW[how].nl}",
                )
            )
            continue
        phrases.append(
            Text(
                f"{name.running('en')} takes {en} {_HOW[how].en}",
                f"{nl} neemt {name.running('nl')} {_HOW[how].nl}",
            )
        )
    data = data_of(ctx, m) | {
        "takes": phrases,
        "takers": [g.name(actor) for actor, _ in takes],  # named in full once (jurist L3)
        "nobody": nobody,
        "n": len(relying),
        "k": len(nobody),
    }
    # who grants the mandate, by its role alone ("het college"), so that the suggestions
    # of many colleges still read as one sentence at scale (rev-jurist16 N13)
    (en, en_role), (nl, nl_role) = data["body"].forms("en"), data["body"].forms("nl")
    en_role = "the executive" if nl_role == "het college" else (en_role or en)
    data["body_role"] = Text(en_role, nl_role or nl)
    # a body the note is not addressed to is asked, and where it is the holder's own, it is
    # "het eigen college" for each of many holders of many organisations (rev-jurist17 R6)
    root = ctx.authority.root_of(m) or m.grantor
    ask = "" if root == ctx.addressee or ctx.addressee is None else "_ask"
    if ask:
        own = ctx.legal.same_organisation(ctx.legal.actors[root], ctx.legal.actors[m.holder])
        data["body_own"] = _own(data["body_role"]) if own else data["body"]
    parts = [
        *(("takes",) if phrases else ()),
        *(("nobody",) if nobody else ()),
        *((f"prepares{ask}",) if relying else (f"own_mandate{ask}",)),
    ]
    ids = tuple(n.id for n in relying)
    return make(Code.MANDATE_SIGNING_NO_POWER, Severity.INFO, m, data, tuple(parts), ids)


def signing_not_by_body(ctx: Context, m: Mandate) -> Finding:
    """Only a bestuursorgaan can authorise others to sign its decisions (Awb 10:11); anyone
    else passes signing on only inside a (sub-)mandate that allows it (jurist J9). A body the
    note is not addressed to is asked to grant it (rev-jurist17 R4)."""
    root = ctx.authority.root_of(m) or m.grantor
    ask = "" if root == ctx.addressee or ctx.addressee is None else "_ask"
    data = data_of(ctx, m)
    data["grant"] = Text(*(render(GRANT_SIGNING[ask], data, lang) for lang in ("en", "nl")))
    return make(Code.MANDATE_SIGNING_NOT_BY_BODY, Severity.WARNING, m, data)


def _own(role: Text) -> Text:
    """A body's role as the holder's own: "diens eigen college"; "hun eigen college" once
    merged for many holders (:func:`mapper.wording.each_again`). Not "het eigen college", read
    as the college the nota is addressed to (rev-jurist18 K6); in English the body whose
    decisions they sign, not "their own executive" beside "The Executive decides" (rev-jurist19
    R8)."""
    _, _, rest = role.nl.partition(" ")
    return Text(
        "the public body whose decisions they sign", f"diens eigen {rest}" if rest else role.nl
    )
