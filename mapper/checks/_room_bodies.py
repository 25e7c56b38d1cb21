"""A decision of another organisation's bestuursorgaan (jurist J7).

Doorzettingsmacht by agreement works for private partners, who can bind themselves by contract.
It does not work for a bestuursorgaan: after delegation the delegate decides under its own
responsibility (Awb 10:13; the delegating body gives only policy rules, 10:16 lid 1, or revokes,
10:18), and a body that holds a power by statute decides on it itself. A covenant cannot move
such a power to an official of another organisation; that takes a mandate with consent (10:4)
or a delegation with a statutory basis (10:15).

Examples
--------
>>> from models import Actor, ActorKind, Case, CaseInfo, Need, Organisation, Power
>>> case = Case.from_parts(
...     CaseInfo("t"),
...     [Actor("p", "Consulent", organisation="gem"),
...      Actor("db", "Dagelijks bestuur", ActorKind.ADMINISTRATOR, organisation="gr")],
...     needs=[Need("n1", "Krediet", "kr", handler="p", organisations=("gem", "gr"))],
...     organisations=[Organisation("gem", "Gemeente"), Organisation("gr", "GR")],
...     powers=[Power("kr", "Saneringskrediet", holder="db")],
... )
>>> from mapper.context import Context
>>> ctx = Context.of(case)
>>> other_body(ctx, case.needs.get("n1"))[0]
'db'
"""

from __future__ import annotations

import re

from mapper.authority import Basis, Grant
from mapper.catalogue import say
from mapper.checks._legal_text import power_text
from mapper.codes import Code
from mapper.context import Context
from mapper.decision_terms import statutory_term
from mapper.findings import Finding, Severity, Text
from mapper.legal import no_besluit
from mapper.names import Name, agreement_name, organisation_name
from mapper.wording import number
from models import Agreement, Instrument, Need, Organisation, OrganisationKind, RuleType

__all__ = ["agreements_over_public_powers", "other_body", "other_body_finding"]

_OWN = (Basis.STATUTE, Basis.DELEGATION)


def _owners(ctx: Context, key: str) -> list[tuple[str, Grant]]:
    """Who holds the power ``key`` names as its own: by statute or by delegation."""
    auth, legal = ctx.authority, ctx.legal
    return [
        (actor, g)
        for p in legal.covered(key)
        for actor, g in auth.grants.get(p, {}).items()
        if g.basis in _OWN and legal.actors[actor].is_public_body
    ]


def void_deciders(ctx: Context) -> frozenset[str]:
    """Actors whose only "power" is an agreement naming them decider over another
    organisation's public-law power, which no agreement can give (jurist, fourth round, map
    B): not a bestuursorgaan, and holding no power by statute, delegation or mandate."""
    legal, auth = ctx.legal, ctx.authority
    out: set[str] = set()
    for a in ctx.graphs.agreements:
        decider = legal.actors.get(a.decider or "")
        if decider is None or decider.is_public_body:
            continue
        owners = [body for key in a.covers for body, _ in _owners(ctx, key)]
        if not owners or any(
            legal.same_organisation(legal.actors[b], decider) is not False for b in owners
        ):
            continue
        if not any(auth.grant(decider.id, p) for p in legal.powers):
            out.add(decider.id)
    return frozenset(out)


def other_body(ctx: Context, need: Need) -> tuple[str, Grant] | None:
    """The public body of another organisation than the handler's that decides the need's
    power as its own (by statute or by delegation), when no body of the handler's own
    organisation does; None otherwise."""
    legal = ctx.legal
    handler = legal.actors.get(need.handler or "")
    if handler is None:
        return None
    owners = _owners(ctx, str(need.power))
    if not owners:
        return None
    if any(legal.same_organisation(legal.actors[a], handler) is not False for a, _ in owners):
        return None
    delegated = [o for o in owners if o[1].basis == Basis.DELEGATION]
    return (delegated or owners)[0]


def other_body_finding(ctx: Context, need: Need, body: str, grant: Grant) -> Finding:
    """Instead of "nobody can push through": whose decision it is, and what an agreement can
    and cannot do about it."""
    g, legal = ctx.graphs, ctx.legal
    actor = legal.actors[body]
    org_id = legal.top(actor.organisation) if actor.organisation else ""
    org = g.organisations.get(org_id)
    name = g.name(body)
    data = {
        "decision": need.decision,
        "power": power_text(legal, str(need.power)),
        "body": name,
        # a one-person organ (the invorderingsambtenaar) is "who", a board "which" (session 10)
        "rel": Text(name.who("en"), name.who("nl")),
        "handler": g.name(need.handler),
        "org": organisation_name(legal.org_name(org_id)) if org_id else "",
        "grantor": "",
    }
    parts: list[str] = []
    mandated = mandated_for(ctx, need, body)
    data["desk"] = g.name(mandated) if mandated else name
    if grant.basis == Basis.DELEGATION and grant.via is not None:
        data["grantor"] = g.name(legal.by_id[grant.via].grantor)
        parts.append("delegated")
    elif mandated is not None:
        budget = ctx.authority.budget_of(mandated, str(need.power))
        data |= {"mandated": g.name(mandated), "limit": _limit(budget)}
        parts.append("mandated")
    else:
        parts.append("own")
    if org is not None and org.kind == OrganisationKind.JOINT_ARRANGEMENT:
        parts.append("joint")
    # the agreement sentence only when an agreement on the map covers the power; towards a
    # private party no delegation, which goes only to a public body (jurist, seventh round W6)
    covered = set(legal.covered(str(need.power)))
    agreed = any(covered & set(legal.covered(str(k))) for a in g.agreements for k in a.covers)
    if _decided_by_agreement(ctx, covered, body):
        # the agreement's own finding tells what an agreement cannot do: once (jurist, eighth
        # round N5)
        parts.append("move_told")
    elif _private(ctx, need.handler or ""):
        parts += ["move_agreed" if agreed else "move_plain", "move_end"]
    else:
        parts.append("move_agreed" if agreed else "move_plain")
        deleg, law = delegation_parts(ctx, sorted(covered))
        parts += deleg
        data |= law
    return say(
        Code.NEED_OTHER_BODY_DECIDES,
        Severity.INFO,
        data,
        parts=parts,
        actors=[need.handler or "", body],
        mandates=[grant.via] if grant.via else [],
        needs=[need.id],
    )


def _decided_by_agreement(ctx: Context, covered: set[str], body: str) -> bool:
    """Whether an agreement names someone other than ``body`` as decider over one of the
    ``covered`` powers: its own finding (AGREEMENT_OVER_PUBLIC_POWER) then says that an
    agreement cannot place the decision elsewhere."""
    legal, auth = ctx.legal, ctx.authority
    for a in ctx.graphs.agreements:
        decider = legal.actors.get(a.decider or "")
        if decider is None or decider.id == body:
            continue
        own = legal.same_organisation(legal.actors[body], decider) is not False
        for key in a.covers:
            if any(
                not (own and auth.grant(decider.id, p))
                for p in covered & set(legal.covered(str(key)))
            ):
                return True
    return False


def _private(ctx: Context, actor_id: str) -> bool:
    """Whether ``actor_id`` works for a private party (a provider, partner or other
    organisation) and is no public body itself: delegation can never reach it (Awb 10:13)."""
    legal = ctx.legal
    actor = legal.actors.get(actor_id)
    if actor is None or actor.is_public_body or not actor.organisation:
        return False
    org = ctx.graphs.organisations.get(legal.top(actor.organisation))
    return org is not None and org.kind in _PRIVATE


def mandated_for(ctx: Context, need: Need, body: str) -> str | None:
    """Who decides ``need`` in mandate of ``body`` (for its amount): the holder nearest the
    body in the chain, first in map order; None when the body decides it itself (jurist,
    fifth round J21: the GR's consulent goes to the manager, not to the college)."""
    auth, legal = ctx.authority, ctx.legal
    found: list[tuple[int, int, str]] = []
    for actor in auth.holders(str(need.power), need.budget):
        if actor == body:
            continue
        grant = auth.grant(actor, str(need.power))
        if grant is None or grant.basis != Basis.MANDATE or grant.root is None:
            continue
        if legal.by_id[grant.root].grantor != body:
            continue
        found.append((grant.depth, ctx.order[actor], actor))
    return min(found)[2] if found else None


def _limit(budget: float | None) -> Text | str:
    if budget is None:
        return ""
    amount = int(budget) if float(budget).is_integer() else budget
    return Text(f" (up to €{number(amount, 'en')})", f" (tot € {number(amount, 'nl')})")


_PRIVATE = frozenset({OrganisationKind.PROVIDER, OrganisationKind.PARTNER, OrganisationKind.OTHER})


def agreements_over_public_powers(ctx: Context) -> list[Finding]:
    """Agreements whose decider is to decide a public-law power of a bestuursorgaan: of
    another organisation (the agreement cannot place that decision with the decider), or of
    the decider's own organisation when the decider holds no mandate for it (an agreement
    gives nobody a power the law gives to a body; the body decides, or grants a mandate)."""
    legal, auth = ctx.legal, ctx.authority
    found: list[Finding] = []
    for a in ctx.graphs.agreements:
        decider = legal.actors.get(a.decider or "")
        if decider is None:
            continue
        by_body: dict[tuple[str, bool], list[str]] = {}
        for key in a.covers:
            for body, _ in _owners(ctx, key):
                if body == decider.id:
                    continue
                own = legal.same_organisation(legal.actors[body], decider) is not False
                powers = [p for p in legal.covered(key) if not (own and auth.grant(decider.id, p))]
                if not powers:
                    continue
                listed = by_body.setdefault((body, own), [])
                listed.extend(p for p in powers if p not in listed)
        for (body, own), powers in by_body.items():
            found.append(_over(ctx, a, body, powers, own=own))
    return found


def _quoted(text: Text) -> Text:
    return Text(f"‘{text.en}’", f"‘{text.nl}’")


_LAW = re.compile(r"^\s*([A-Z][\w\- ]*?)\s+art\.")


def delegation_parts(
    ctx: Context, powers: list[str], private: bool = False
) -> tuple[list[str], dict[str, object]]:
    """The delegation sentence: the general rule (10:15) when the map records a delegation of
    one of ``powers``, or names no statute; else that the statute gives no basis for it."""
    delegated = {str(m.power) for m in ctx.graphs.mandates if m.instrument == Instrument.DELEGATION}
    laws = []
    for p in powers:
        power = ctx.legal.powers.get(p)
        found = _LAW.match(power.legal_basis) if power is not None else None
        if power is None or found is None or p in delegated or power.rule_type != RuleType.STATUTE:
            return ["deleg_basis"], {}
        laws.append(found.group(1))
    if not laws:
        return ["deleg_basis"], {}
    if not private:  # the law is not inferred from what the map leaves out (jurist J14)
        return ["deleg_map"], {}
    names = list(dict.fromkeys(laws))
    return ["deleg_none"], {"law": Text(" and ".join(names), "de " + " en de ".join(names))}


_ACT: dict[str, dict[str, object]] = {
    "besluit": {
        "act": Text("a decision", "een besluit"),
        "grant": Text("mandate", "mandaat"),
        "take": Text("take the decision itself", "het besluit zelf nemen"),
        "pass_on": Text(
            "mandate it in writing to whoever the agreement names",
            "het schriftelijk mandateren aan wie de afspraak aanwijst",
        ),
    },
    "request": {
        "act": Text("a request", "een verzoek"),
        "grant": Text("authorisation (machtiging)", "machtiging"),
        "take": Text("file the request itself", "het verzoek zelf indienen"),
        "pass_on": Text(
            "authorise whoever the agreement names to do so, in writing",
            "wie de afspraak aanwijst daartoe schriftelijk machtigen",
        ),
    },
}


def _over(ctx: Context, a: Agreement, body: str, powers: list[str], *, own: bool) -> Finding:
    g, legal = ctx.graphs, ctx.legal
    data = {
        "agreement": agreement_name(a.name or a.id),
        "decider": g.name(a.decider),
        "body": g.name(body),
        "powers": [_quoted(power_text(legal, p)) for p in powers],
        "n": len(powers),
    }
    needs = [n.id for n in ctx.graphs.needs if set(ctx.legal.covered(str(n.power))) & set(powers)]
    if own:
        # a request to a court (art. 5 Wgs jo. Besluit gemeentelijke schuldhulpverlening) is no
        # besluit (art. 1:3 Awb): it is passed on by machtiging, not by mandate (art. 10:12 Awb;
        # jurist N4)
        act = "request" if all(no_besluit(legal.powers[p]) for p in powers) else "besluit"
        data |= _ACT[act]
        return say(
            Code.AGREEMENT_DECIDER_NO_MANDATE,
            Severity.WARNING,
            data,
            parts=[act, "as_" + act],
            actors=[a.decider or "", body],
            needs=needs,
        )
    decider = legal.actors[a.decider or ""]
    top = legal.top(decider.organisation) if decider.organisation else ""
    # a party to the agreement has an interest of its own in the decision: no mandate to it
    # (Awb 2:4; jurist N1); a private party "deciding" a besluit leaves the resident without a
    # beschikking and without bezwaar, which is critical (jurist map B)
    party = bool(top) and top in {legal.top(p) for p in a.parties}
    org = g.organisations.get(top)
    private = org is not None and org.kind in _PRIVATE
    deleg, law = delegation_parts(ctx, powers, private)
    if not decider.is_public_body:
        # delegation goes only to a bestuursorgaan (Awb 10:13; J14), also where the decider
        # works for a public organisation (jurist, eighth round N5: the manager)
        deleg = ["deleg_private"]
        law = {}
    if private and not decider.is_public_body:
        deleg.append("no_beschikking")
    why: list[str] = []
    if party:
        reason, side = _interest(ctx, decider.id, org, powers)
        why = [reason]
        # by its role alone: named in full earlier in the finding (jurist L3)
        named = g.name(a.decider)
        data |= {
            "side": side,
            "decider_role": Text(
                named.forms("en")[1] or named.running("en"), named.short or named.running("nl")
            ),
        }
    terms = {legal.powers[p].legal_basis for p in powers}
    term = Text(*(statutory_term("; ".join(sorted(terms)), lg) or "" for lg in ("en", "nl")))
    data["term"] = term
    return say(
        Code.AGREEMENT_OVER_PUBLIC_POWER,
        Severity.CRITICAL if private else Severity.WARNING,
        data | law,
        parts=(why or ["mandate"]) + deleg + ["term_statute" if term.nl else "term_agreed"],
        actors=[a.decider or "", body],
        needs=needs,
    )


#: Words that make a power one over a claim (a creditor's decision in a debt route).
_CLAIM_WORDS = ("schuld", "vordering", "invordering", "belasting", "akkoord", "debt", "claim")


def _interest(
    ctx: Context, decider: str, org: Organisation | None, powers: list[str]
) -> tuple[str, Text | Name]:
    """Why a mandate to the decider is no remedy (Awb 2:4; jurist, fifth round J3): a
    provider decides on its own production; a partner has its own stake; a public party runs
    the route on the resident's (the debtor's) side of the decision."""
    legal = ctx.legal
    if org is not None and org.kind in _PRIVATE:
        if org.kind == OrganisationKind.PROVIDER:
            return "interested_production", organisation_name(org.name)
        return "interested_party", organisation_name(org.name)
    municipal = org is not None and org.kind == OrganisationKind.MUNICIPALITY
    side: Text | Name = (
        Text("the municipality", "de gemeente")
        if municipal or org is None
        else (organisation_name(org.name))
    )
    names = " ".join(legal.powers[p].name.casefold() for p in powers if p in legal.powers)
    if any(w in names for w in _CLAIM_WORDS):
        return "interested_debt", side
    return "interested_side", side
