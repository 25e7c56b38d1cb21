"""Accountability (building block 4): the Awb title 10.1 rules on each mandate's form, and
who holds a power op grond van de wet.

Chain rules (10:1, 10:9, 10:13, 10:17, the line back) live in :mod:`mapper.checks.mandate_chain`.
The words live in the message catalogue (:mod:`mapper.texts.mandates`), keyed by finding code.

Examples
--------
>>> from datetime import date
>>> from models import Actor, ActorKind, Case, CaseInfo, Mandate, Instrument, Power
>>> from mapper.context import Context
>>> case = Case.from_parts(
...     CaseInfo("t", as_of=date(2026, 1, 1)),
...     [Actor("c", "College", ActorKind.ADMINISTRATOR), Actor("p", "Consulent")],
...     mandates=[Mandate("m1", "c", "p", "afw", instrument=Instrument.SIGNING)],
...     powers=[Power("afw", "Afwijken", holder="c")],
... )
>>> [str(f.code) for f in check(Context.of(case))]
['MANDATE_SIGNING_NO_POWER']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

from mapper.authority import FINE_REPORT_THRESHOLD, Defect
from mapper.catalogue import say
from mapper.checks._council_acts import council_private_law
from mapper.checks._delegation_basis import onward
from mapper.checks._legal_text import (
    employer,
    instrument_of,
    mandate_text,
    no_basis_parts,
    power_quoted,
)
from mapper.checks._mandate_base import data_of, make
from mapper.checks._signing import signing, signing_not_by_body
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.legal import interested_provider, no_besluit
from mapper.names import organisation_name
from mapper.texts.mandate_validity import EXPIRED_MANDATE, EXPIRED_VOLMACHT, VOLMACHT_KIND
from models import Instrument, Mandate, MandateRule, PowerAct, PowerCategory, RuleType, Scope

__all__ = ["check"]


def check(ctx: Context) -> list[Finding]:
    """One finding per defect of each mandate's form, and per power held by a non-public actor."""
    auth = ctx.authority
    found: list[Finding] = []
    unrecorded: list[Mandate] = []  # said once for all of them (a register without the column)
    for m in ctx.graphs.mandates:
        for defect in auth.defects[m.id]:
            if defect == Defect.WRITING_NOT_RECORDED:
                unrecorded.append(m)
                continue
            made = _RULES[defect](ctx, m)
            if made is not None:
                found.append(made)
    if len(unrecorded) == 1:
        found.append(_writing_not_recorded(ctx, unrecorded[0]))
    elif unrecorded:
        found.append(_writings_not_recorded(ctx, unrecorded))
    found.extend(_not_public(ctx))
    found.extend(_as_authorisation(ctx, m) for m in ctx.graphs.mandates if _not_besluit(ctx, m))
    return found


def _not_besluit(ctx: Context, m: Mandate) -> bool:
    """Whether the file records a mandate for a power whose act is no besluit."""
    power = ctx.legal.powers.get(str(m.power))
    return m.instrument == Instrument.MANDATE and power is not None and no_besluit(power)


def _as_authorisation(ctx: Context, m: Mandate) -> Finding:
    """The file calls a machtiging a mandate: a request is no besluit (art. 1:3 Awb), so it is
    passed on by machtiging (art. 10:12 Awb; jurist, seventh round W5). A note for whoever
    draws the map, never a beslispunt (:data:`mapper.codes.MAP_GAPS`)."""
    power = ctx.legal.powers[str(m.power)]
    text = f"{power.name} {power.legal_basis}".casefold()
    if power.act == PowerAct.REQUEST:
        court = next((c for w, c in _COURTS if w in text), "")
        act = Text(
            f"a request to {court[1]}" if court else "a request",
            f"een verzoek aan {court[0]}" if court else "een verzoek",
        )
    elif power.act == PowerAct.PRIVATE_LAW:
        act = Text(
            f"‘{power.name}’, a private-law act,",
            f"‘{power.name}’, een privaatrechtelijke rechtshandeling,",
        )
    else:
        act = Text(f"‘{power.name}’", f"‘{power.name}’")
    private = power.act == PowerAct.PRIVATE_LAW
    form = (
        "as_request" if power.act == PowerAct.REQUEST else "as_private" if private else "as_other"
    )
    word = ("power of attorney", "volmacht") if private else ("authorisation", "machtiging")
    data = data_of(ctx, m) | {"act": act, "instr": Text(*word), "to": Text(*word)}
    return make(Code.MANDATE_RECORDED_FOR_NON_BESLUIT, Severity.INFO, m, data, (form,))


#: Whom a request goes to, by a word of the power's name or basis (first match wins).
_COURTS: tuple[tuple[str, tuple[str, str]], ...] = (
    ("kinderrechter", ("de kinderrechter", "the juvenile court")),
    ("gesloten jeugdhulp", ("de kinderrechter", "the juvenile court")),  # art. 6.1.2 Jeugdwet
    ("rechtbank", ("de rechtbank", "the court")),
    ("rechter", ("de rechter", "the court")),
)


_ARTICLE = re.compile(r"^(?P<name>.+?)\s+(?P<art>art\.\s+\S.*)$")


def _excluded_parts(ctx: Context, m: Mandate, data: dict[str, Any]) -> tuple[str, ...]:
    """Which rule excludes mandate: a verordening the map names as the power's basis excludes
    it under art. 10:3 lid 1 Awb ("art. 6 van de Verordening meedoen …"; twelfth jurist L9);
    else the conferring rule or art. 10:3 lid 2 onder b or c Awb, as before."""
    power = ctx.legal.powers.get(str(m.power))
    basis = power.legal_basis.strip() if power is not None else ""
    objection = power is not None and power.category is PowerCategory.DECIDE_OBJECTION
    if not basis or objection or power is None or power.rule_type is not RuleType.ORDINANCE:
        return ("by_rule", "with_basis") if data["basis"] else ("by_rule",)
    found = _ARTICLE.match(basis)
    data["article"] = (
        Text(f"{found['name']} {found['art']}", f"{found['art']} van de {found['name']}")
        if found
        else Text(basis, basis)
    )
    return ("by_regulation",)


def _simple(code: Code, severity: Severity) -> Callable[[Context, Mandate], Finding]:
    def build(ctx: Context, m: Mandate) -> Finding:
        data = data_of(ctx, m)
        parts: tuple[str, ...] = ()
        if code == Code.MANDATE_EXCLUDED:
            parts = _excluded_parts(ctx, m, data)
        if code == Code.DELEGATION_NO_LEGAL_BASIS:
            parts = no_basis_parts(ctx.graphs, ctx.legal, m)
        return make(code, severity, m, data, parts)

    return build


def _expired(ctx: Context, m: Mandate) -> Finding:
    """An expired mandate; when its holder still holds the power by another valid mandate,
    say so, and which one lapsed (jurist, fourth round N3, second half)."""
    data = data_of(ctx, m)
    auth, legal = ctx.authority, ctx.legal
    grant = next(
        (g for p in legal.covered(str(m.power)) if (g := auth.grant(m.holder, p)) is not None),
        None,
    )
    other = legal.by_id.get(grant.via) if grant is not None and grant.via else None
    root = auth.root_of(m)
    volmacht = instrument_of(legal, m) is Instrument.POWER_OF_ATTORNEY  # ninth round F1
    data |= EXPIRED_VOLMACHT if volmacht else EXPIRED_MANDATE
    data["was_kind"] = (VOLMACHT_KIND if volmacht else _KIND)[
        "direct" if m.grantor == root else "sub"
    ]
    if other is None or other.id == m.id or grant is None:
        assert m.valid_until is not None
        data["since"] = m.valid_until + timedelta(days=1)
        plain = "plain" if m.grantor == root else "sub"
        data["was_kind"] = (VOLMACHT_KIND if volmacht else _KIND)[plain]
        parts: tuple[str, ...] = ("renew_volmacht",) if volmacht else ("renew",)
        power = legal.powers.get(str(m.power))
        grantor = ctx.graphs.actors.get(m.grantor)
        private = power is not None and power.act is PowerAct.PRIVATE_LAW
        if volmacht and private and grantor is not None and "college" in grantor.name.casefold():
            parts = ("represent",)  # art. 160, 171 Gemeentewet (twelfth jurist L7; 12b M1)
        # an open need its holder handles rests on it: it blocks that need (L7)
        waiting = any(n.handler == m.holder and n.power == m.power for n in ctx.graphs.needs)
        severity = Severity.CRITICAL if waiting else Severity.WARNING
        return make(Code.MANDATE_EXPIRED, severity, m, data, parts)
    data |= {
        "other_grantor": ctx.graphs.name(other.grantor),
        "other_kind": (
            VOLMACHT_KIND if instrument_of(legal, other) is Instrument.POWER_OF_ATTORNEY else _KIND
        )["direct" if other.grantor == root else "sub"],
    }
    return make(Code.MANDATE_EXPIRED, Severity.WARNING, m, data, ("still", "tidy"))


_KIND: dict[str, Text] = {
    "direct": Text("the direct mandate", "het rechtstreekse mandaat"),
    "sub": Text("the sub-mandate", "het ondermandaat"),
    "plain": Text("the mandate", "het mandaat"),
}


def _writing_not_recorded(ctx: Context, m: Mandate) -> Finding:
    """Awb 10:5 lid 2 asks this mandate in writing, and the map does not say whether it was."""
    scope = "general" if m.scope == Scope.GENERAL else "one_case"
    parts = (scope, "one_title", "one_end", "one_fix")
    return make(Code.MANDATE_WRITING_NOT_RECORDED, Severity.WARNING, m, data_of(ctx, m), parts)


def _writings_not_recorded(ctx: Context, ms: list[Mandate]) -> Finding:
    """Several mandates of which the map does not say whether they were granted in writing:
    one finding, not one per mandate (H10: a register without the Schriftelijk column)."""
    listed = [mandate_text(ctx.legal, m) for m in ms]
    values = {
        "n": len(ms),
        "m": "",
        "list": Text("; ".join(t.en for t in listed), "; ".join(t.nl for t in listed)),
    }
    return say(
        Code.MANDATE_WRITING_NOT_RECORDED,
        Severity.WARNING,
        values,
        parts=("many_title", "many", "many_fix"),
        actors=[a for m in ms for a in (m.grantor, m.holder)],
        mandates=[m.id for m in ms],
    )


def _private_law(ctx: Context, m: Mandate) -> Finding:
    """What a body that is not a bestuursorgaan lets someone do for its own decision is a
    private-law volmacht (art. 3:60 BW), not a mandate; a holder working for another
    organisation in the same case then serves two interests (jurist J8)."""
    g, legal = ctx.graphs, ctx.legal
    holder = g.actors[m.holder]
    grantor = g.actors[m.grantor]
    other = legal.same_organisation(grantor, holder) is False
    org = legal.org_name(legal.top(holder.organisation)) if holder.organisation else ""
    works_for = Text(f", who works for {org},", f", die voor {org} werkt,") if org else ""
    data = data_of(ctx, m) | {"works_for": works_for}
    parts = ("two_interests", "agree") if other else ("own_people",)
    severity = Severity.WARNING if other else Severity.INFO
    return make(Code.MANDATE_PRIVATE_LAW, severity, m, data, parts)


def _consent(missing: bool) -> Callable[[Context, Mandate], Finding]:
    def build(ctx: Context, m: Mandate) -> Finding:
        data = data_of(ctx, m)
        code = Code.MANDATE_CONSENT_MISSING if missing else Code.MANDATE_CONSENT_UNKNOWN
        severity = Severity.CRITICAL if missing else Severity.WARNING
        parts = ("of_org", "and_org") if data["org"] else ("or_other",)
        if data["org"] and str(data["org"]).casefold() in str(data["holder"]).casefold():
            parts = ("and_org",)  # "the director of the provider" says whose (12b, C3)
        data["employer"] = employer(ctx.graphs, ctx.legal, m) or data["org"]
        staff = ctx.legal.staff_body(m) is not None  # the college's civil servant (L5)
        if staff:
            parts = ("and_org", "staff_of")
        # a request to a court or another act that is no besluit passes by machtiging
        # (art. 10:12 Awb), whatever the file calls it (jurist, sixth round N2)
        power = ctx.legal.powers.get(str(m.power))
        if power is not None and power.act == PowerAct.PRIVATE_LAW:  # volmacht (art. 10:12)
            data |= {
                "instr": Text("power of attorney", "de volmacht"),
                "holder_word": Text("attorney", "gevolmachtigde"),
                "cites": Text("Awb 10:12 with 10:4(1)", "art. 10:12 jo. 10:4 lid 1 Awb"),
                "decision": Text("decision granting it", "volmachtbesluit"),
            }
        elif power is not None and no_besluit(power):
            data |= {
                "instr": Text("authorisation", "de machtiging"),
                "holder_word": Text("authorised person", "gemachtigde"),
                "cites": Text("Awb 10:12 with 10:4(1)", "art. 10:12 jo. 10:4 lid 1 Awb"),
                "decision": Text("authorisation decision", "machtigingsbesluit"),
            }
        else:
            data |= {
                "instr": Text("mandate", "het mandaat"),
                "holder_word": Text("holder", "gemandateerde"),
                "cites": Text("Awb 10:4(1)", "art. 10:4 lid 1 Awb"),
                "decision": Text("mandate decision", "mandaatbesluit"),
            }
        holder = ctx.graphs.actors[m.holder]
        provider = interested_provider(ctx.graphs.organisations, holder, power)
        if provider is not None:  # consent cures nothing here (art. 2:4 Awb; jurist N9)
            data |= {"provider": organisation_name(provider.name)}
            # kritiek: the mandate must be withdrawn, with or without consent (jurist9 F6)
            parts = (*parts, "interest", "interest_fix")
            found = make(code, Severity.CRITICAL, m, data, parts)
            # the headline is the conflict, not a consent that cures nothing (tenth jurist J4)
            head = make(Code.MANDATE_PROVIDER_INTEREST, Severity.CRITICAL, m, data, ("under",))
            return replace(found, title=head.title)
        both = data["org"] or staff
        record = ("record", "record_org", "record_end") if both else ("record", "record_end")
        return make(code, severity, m, data, (*parts, *record))

    return build


def _provider_interest(ctx: Context, m: Mandate) -> Finding:
    """Consent recorded, yet the provider's staff decides on its own support (art. 2:4; N9)."""
    power, holder = ctx.legal.powers.get(str(m.power)), ctx.graphs.actors[m.holder]
    provider = interested_provider(ctx.graphs.organisations, holder, power)
    name = organisation_name(provider.name) if provider is not None else ""
    why = (  # why 10:4 lid 1 asks no more consent (session 10)
        "provided"
        if ctx.legal.mandate_rule(str(m.power)) == MandateRule.PROVIDED
        else "under"
        if ctx.legal.works_under(m)
        else "consented"
    )
    data = data_of(ctx, m) | {"provider": name}
    return make(Code.MANDATE_PROVIDER_INTEREST, Severity.CRITICAL, m, data, (why, f"{why}_end"))


def _objection(certain: bool) -> Callable[[Context, Mandate], Finding]:
    def build(ctx: Context, m: Mandate) -> Finding:
        legal = ctx.legal
        primary = sorted(ctx.authority.primary_grants(m.holder), key=lambda gr: gr.via or "")
        also = list({power_quoted(legal, gr.power): None for gr in primary})
        data = data_of(ctx, m) | {"also": also}
        if certain:
            return make(Code.MANDATE_OBJECTION_PRIMARY_DECIDER, Severity.CRITICAL, m, data)
        return make(Code.MANDATE_OBJECTION_SAME_HOLDER, Severity.INFO, m, data)

    return build


def _fine(ctx: Context, m: Mandate) -> Finding:
    data = data_of(ctx, m) | {"budget": m.budget, "threshold": FINE_REPORT_THRESHOLD}
    parts = ("no_max",) if m.budget is None else ("up_to",)
    return make(Code.MANDATE_FINE_REPORTER, Severity.WARNING, m, data, parts)


def _not_public(ctx: Context) -> list[Finding]:
    """Non-public actors named as holder of public-law powers: no legal root (one warning per
    actor, naming its powers)."""
    g, legal = ctx.graphs, ctx.legal
    claimed: dict[str, list[str]] = {}
    for p in legal.powers.values():
        holder = g.actors.get(p.holder or "")
        if holder is None or holder.is_public_body or p.rule_type == RuleType.INTERNAL:
            continue
        claimed.setdefault(holder.id, []).append(p.id)
    found: list[Finding] = []
    for actor, power_ids in claimed.items():
        holder = g.actors[actor]
        data = {
            "holder": g.name(actor),
            "powers": [
                Text(f"‘{legal.power_name(p, 'en')}’", f"‘{legal.power_name(p, 'nl')}’")
                for p in power_ids
            ],
            "n": len(power_ids),
            "org": (
                organisation_name(legal.org_name(legal.top(holder.organisation)))
                if holder.organisation
                else ""
            ),
        }
        resting = [m.id for p in power_ids for m in legal.by_key.get(p, ()) if m.grantor == actor]
        parts = [*(("with_org",) if data["org"] else ()), *(("resting",) if resting else ())]
        found.append(
            say(
                Code.POWER_HOLDER_NOT_PUBLIC_BODY,
                Severity.WARNING,
                data,
                parts=parts,
                actors=[actor],
                mandates=resting,
            )
        )
    return found


_RULES: dict[Defect, Callable[[Context, Mandate], Finding | None]] = {
    Defect.SELF: _simple(Code.MANDATE_TO_SELF, Severity.INFO),
    Defect.SIGNING: signing,
    Defect.EXPIRED: _expired,
    Defect.NOT_YET_VALID: _simple(Code.MANDATE_NOT_YET_VALID, Severity.INFO),
    Defect.EXCLUDED: _simple(Code.MANDATE_EXCLUDED, Severity.CRITICAL),
    Defect.GENERAL_RULES: _simple(Code.MANDATE_NOT_MANDATABLE, Severity.CRITICAL),
    Defect.CONSENT_MISSING: _consent(True),
    Defect.CONSENT_UNKNOWN: _consent(False),
    Defect.PROVIDER_INTEREST: _provider_interest,
    Defect.NOT_IN_WRITING: _simple(Code.MANDATE_GENERAL_NOT_IN_WRITING, Severity.WARNING),
    Defect.CASE_NOT_IN_WRITING: _simple(Code.MANDATE_CASE_NOT_IN_WRITING, Severity.WARNING),
    Defect.DELEGATION_NO_BASIS: _simple(Code.DELEGATION_NO_LEGAL_BASIS, Severity.CRITICAL),
    Defect.DELEGATION_TO_SUBORDINATE: _simple(Code.DELEGATION_TO_SUBORDINATE, Severity.CRITICAL),
    Defect.ONWARD_DELEGATION: onward,
    Defect.OBJECTION_PRIMARY_DECIDER: _objection(True),
    Defect.OBJECTION_ALSO_PRIMARY: _objection(False),
    Defect.FINE_REPORTER: _fine,
    Defect.SIGNING_NOT_BY_BODY: signing_not_by_body,
    Defect.PRIVATE_LAW: _private_law,
    Defect.COUNCIL_PRIVATE_LAW: council_private_law,
    Defect.WRITING_NOT_RECORDED: _writing_not_recorded,
}
