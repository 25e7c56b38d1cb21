"""The form of one mandate on its own, under Awb title 10.1: who may receive it, in what form,
for which power (the defects :class:`mapper.authority.Authority` starts from).

A defect in :data:`VOIDING` keeps the mandate from passing its power on; the others are findings
about a mandate that still passes it.

Two instruments fall outside title 10.1 as a mandate:

- signing on behalf (art. 10:11 Awb) grants no power to decide, and only a bestuursorgaan can
  authorise others to sign its own decisions; anyone else who "authorises signing" does so
  without power (:attr:`Defect.SIGNING_NOT_BY_BODY`), unless it holds the power by a mandate
  that leaves a level of sub-mandate: :mod:`mapper.authority` lifts the defect then;
- what a body that is not a bestuursorgaan lets someone do for its own (private-law) decision is
  a volmacht (art. 3:60 BW), not a mandate (:attr:`Defect.PRIVATE_LAW`): it passes the decision
  on as the body itself chooses, and no Awb rule on consent, writing or sub-mandate applies to it.

Examples
--------
>>> from datetime import date
>>> from models import Actor, ActorKind, Case, CaseInfo, Mandate, Power, RuleType
>>> from mapper.graph import build_graphs
>>> case = Case.from_parts(
...     CaseInfo("t"),
...     [Actor("corp", "Corporatie", ActorKind.PARTNER), Actor("p", "Consulent")],
...     mandates=[Mandate("m1", "corp", "p", "stay", in_writing=False)],
...     powers=[Power("stay", "Ontruiming aanhouden", rule_type=RuleType.INTERNAL, holder="corp")],
... )
>>> [str(d) for d in form_defects(LegalMap(build_graphs(case)), date(2026, 1, 1))["m1"]]
['private_law']
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from mapper.legal import LegalMap, interested_provider
from models import (
    Actor,
    ActorKind,
    Instrument,
    Mandate,
    MandateRule,
    OrganisationKind,
    Power,
    PowerAct,
    PowerCategory,
    RuleType,
    Scope,
)

__all__ = [
    "FINE_REPORT_THRESHOLD",
    "PRIMARY_CATEGORIES",
    "PRIMARY_TAGS",
    "REPORTER_TAGS",
    "VOIDING",
    "Defect",
    "council_private_act",
    "council_private_power",
    "form_defects",
    "has_tag",
    "private_power",
]

PRIMARY_TAGS = frozenset({"primary decision", "primair besluit", "primaire beslissing"})
# Who drew up the report of the violation (Awb 10:3 lid 4); a "melder" who only passed on a
# signal is not that person.
REPORTER_TAGS = frozenset(
    {"reporter", "rapporteur", "verbalisant", "opsteller rapport", "opsteller proces-verbaal"}
)
FINE_REPORT_THRESHOLD = 340.0  # Awb 5:53: the heavier fine procedure, above this amount
PRIMARY_CATEGORIES = frozenset(
    {
        PowerCategory.DEVIATE_FROM_RULE,
        PowerCategory.SUSPEND_ROUTINE,
        PowerCategory.SPEND_BUDGET,
        PowerCategory.OTHER,
    }
)
_RULES = frozenset({RuleType.STATUTE, RuleType.ORDINANCE})  # algemeen verbindende voorschriften


class Defect(StrEnum):
    """Something wrong with one mandate on its own (its form), see docs/analyses.md."""

    SELF = "self"
    SIGNING = "signing"  # 10:11
    EXPIRED = "expired"  # the mandate's own term
    NOT_YET_VALID = "not_yet_valid"
    EXCLUDED = "excluded"  # 10:3 lid 1, lid 2 onder b/c: the power may not be mandated
    GENERAL_RULES = "general_rules"  # 10:3 lid 2 onder a
    CONSENT_MISSING = "consent_missing"  # 10:4 lid 1
    CONSENT_UNKNOWN = "consent_unknown"  # 10:4 lid 1
    NOT_IN_WRITING = "not_in_writing"  # 10:5 lid 2, first sentence
    CASE_NOT_IN_WRITING = "case_not_in_writing"  # 10:5 lid 2, second sentence
    WRITING_NOT_RECORDED = "writing_not_recorded"  # 10:5 lid 2 asks writing; the map does not say
    DELEGATION_NO_BASIS = "delegation_no_basis"  # 10:15
    DELEGATION_TO_SUBORDINATE = "delegation_to_subordinate"  # 10:14
    # 10:15 for a delegataris: delegating further needs its own statutory basis (to check)
    ONWARD_DELEGATION = "onward_delegation"
    OBJECTION_PRIMARY_DECIDER = "objection_primary_decider"  # 10:3 lid 3
    OBJECTION_ALSO_PRIMARY = "objection_also_primary"  # 10:3 lid 3, a risk
    FINE_REPORTER = "fine_reporter"  # 10:3 lid 4
    SIGNING_NOT_BY_BODY = "signing_not_by_body"  # 10:11: only a bestuursorgaan authorises
    PRIVATE_LAW = "private_law"  # a non-public body's own decision: a volmacht (art. 3:60 BW)
    # the raad passes on a private-law act: the college decides those (art. 160 lid 1 onder e
    # Gemeentewet; art. 158 lid 1 onder e Provinciewet), the raad holds nothing to pass on
    COUNCIL_PRIVATE_LAW = "council_private_law"
    # 2:4: consent recorded (10:4 lid 1 met), but a provider's staff decides on its own support
    PROVIDER_INTEREST = "provider_interest"


VOIDING: frozenset[Defect] = frozenset(
    {
        Defect.SELF,
        Defect.SIGNING,
        Defect.SIGNING_NOT_BY_BODY,
        Defect.EXPIRED,
        Defect.NOT_YET_VALID,
        Defect.EXCLUDED,
        Defect.GENERAL_RULES,
        Defect.CONSENT_MISSING,
        Defect.DELEGATION_NO_BASIS,
        Defect.DELEGATION_TO_SUBORDINATE,
        Defect.OBJECTION_PRIMARY_DECIDER,
        Defect.COUNCIL_PRIVATE_LAW,
    }
)  # FINE_REPORTER is not among them: 10:3 lid 4 bars the mandate per violation only


def has_tag(actor: Actor, tags: frozenset[str]) -> bool:
    """Whether ``actor`` carries one of ``tags`` (any case, ``_``/``-`` read as spaces).

    Examples
    --------
    >>> has_tag(Actor("a", "A", tags=("Primair_besluit",)), PRIMARY_TAGS)
    True
    """
    return any(
        " ".join(t.replace("_", " ").replace("-", " ").casefold().split()) in tags
        for t in actor.tags
    )


def _writing(m: Mandate, oral: Defect) -> Defect:
    """Awb 10:5 lid 2 asks this mandate in writing: ``oral`` when it was not, or
    :attr:`Defect.WRITING_NOT_RECORDED` when the map does not say (``in_writing`` null)."""
    return Defect.WRITING_NOT_RECORDED if m.in_writing is None else oral


def private_power(legal: LegalMap, key: str) -> bool:
    """Whether ``key`` names only decisions a body that is not a bestuursorgaan takes as its
    own (an ``internal`` rule held by a non-public actor): passing them on is private law."""
    powers = [legal.powers[p] for p in legal.covered(key)]
    return bool(powers) and all(
        p.rule_type == RuleType.INTERNAL
        and p.holder in legal.actors
        and not legal.actors[p.holder].is_public_body
        for p in powers
    )


def council_private_act(legal: LegalMap, m: Mandate) -> bool:
    """Whether ``m`` is the raad (or provinciale staten) passing on a private-law act of the
    municipality or province: over those the college decides (art. 160 lid 1 onder e
    Gemeentewet; art. 158 lid 1 onder e Provinciewet), not the raad (eleventh jurist H5)."""
    powers = [legal.powers[p] for p in legal.covered(str(m.power))]
    return bool(powers) and all(council_private_power(legal, p, m.grantor) for p in powers)


def council_private_power(legal: LegalMap, power: Power, actor: str | None = None) -> bool:
    """Whether ``actor`` (default: the power's holder) is a raad and ``power`` a private-law
    act of its municipality or province, which the raad does not hold (H5)."""
    who = legal.actors.get(actor if actor is not None else power.holder or "")
    if who is None or who.kind is not ActorKind.COUNCIL or power.act is not PowerAct.PRIVATE_LAW:
        return False
    org = legal.graphs.organisations.get(legal.top(who.organisation))
    return org is None or org.kind in (OrganisationKind.MUNICIPALITY, OrganisationKind.PROVINCE)


def form_defects(legal: LegalMap, as_of: date) -> dict[str, tuple[Defect, ...]]:
    """The defects of each mandate's own form on ``as_of``, by mandate id."""
    result: dict[str, tuple[Defect, ...]] = {}
    for m in legal.mandates:
        holder = legal.actors[m.holder]
        key = str(m.power)
        category = legal.category(key)
        found: list[Defect] = []
        if m.grantor == m.holder:
            found.append(Defect.SELF)
        signing = m.instrument == Instrument.SIGNING
        delegation = m.instrument == Instrument.DELEGATION
        if signing:
            found.append(Defect.SIGNING)
            if not legal.actors[m.grantor].is_public_body:
                found.append(Defect.SIGNING_NOT_BY_BODY)
        if m.valid_until is not None and m.valid_until < as_of:
            found.append(Defect.EXPIRED)
        if m.valid_from is not None and m.valid_from > as_of:
            found.append(Defect.NOT_YET_VALID)
        if not signing and m.grantor != m.holder and council_private_act(legal, m):
            found.append(Defect.COUNCIL_PRIVATE_LAW)
        if not signing and m.grantor != m.holder and private_power(legal, key):
            found.append(Defect.PRIVATE_LAW)  # title 10.1 does not apply: no further tests
            result[m.id] = tuple(found)
            continue
        rule = legal.mandate_rule(key)
        if not delegation and not signing and m.grantor != m.holder:
            types = legal.rule_types(key)
            if (
                category == PowerCategory.SET_RULES
                and rule != MandateRule.PROVIDED
                and (not types or types & _RULES)  # beleidsregels and work instructions may
            ):
                found.append(Defect.GENERAL_RULES)
            elif rule == MandateRule.FORBIDDEN:
                found.append(Defect.EXCLUDED)
            asks_consent = rule != MandateRule.PROVIDED and not legal.works_under(m)
            if asks_consent and m.consent is not True:
                found.append(
                    Defect.CONSENT_MISSING if m.consent is False else Defect.CONSENT_UNKNOWN
                )  # these findings say art. 2:4 themselves
            elif interested_provider(legal.graphs.organisations, holder, legal.powers.get(key)):
                # consent cures it not (N9); nor does a mandate the statute provides for
                # (which lifts only 10:4's consent, lid 2) or a holder marked as working under
                # the grantor: the provider's interest stays (art. 2:4 Awb; session 10)
                found.append(Defect.PROVIDER_INTEREST)
            if asks_consent and m.scope == Scope.CASE and m.in_writing is not True:
                found.append(_writing(m, Defect.CASE_NOT_IN_WRITING))
            if m.scope == Scope.GENERAL and m.in_writing is not True:
                found.append(_writing(m, Defect.NOT_IN_WRITING))
        if delegation:
            if not m.legal_basis.strip():
                found.append(Defect.DELEGATION_NO_BASIS)
            if legal.subordinate(m.grantor, m.holder):
                found.append(Defect.DELEGATION_TO_SUBORDINATE)
        if category == PowerCategory.DECIDE_OBJECTION and has_tag(holder, PRIMARY_TAGS):
            found.append(Defect.OBJECTION_PRIMARY_DECIDER)
        if (
            category == PowerCategory.IMPOSE_FINE and not signing and has_tag(holder, REPORTER_TAGS)
        ):  # 5:53 turns on the fine the violation carries, not the mandate's ceiling
            found.append(Defect.FINE_REPORTER)
        result[m.id] = tuple(found)
    return result
