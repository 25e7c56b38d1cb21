"""Room to act across organisations: the organisations a need involves, the agreements in
force between them, and a partner's own decision (reached by agreement, never by mandate).
"""

from __future__ import annotations

import re
from datetime import date

from mapper.catalogue import Message
from mapper.checks._room_bodies import _PRIVATE
from mapper.checks._room_reach import PUSH, _Holders, _Holdings, _Reach
from mapper.checks._room_words import _emit, _fill, _what
from mapper.checks._util import day
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.names import organisation_name, provider_kind
from mapper.texts.room_words import AGREEMENT_WORD, PARTNER_FIX, PARTNER_LAPSED
from models import Agreement, AgreementKind, Need, Urgency

#: a partner's power over treatment (as exports.decisions reads it for the beslispunt)
_TREATMENT = re.compile(r"7:446|behandel|treatment", re.IGNORECASE)


def _need_orgs(ctx: Context, need: Need) -> set[str]:
    """The outermost organisations a need involves (the handler's own counts)."""
    legal = ctx.legal
    orgs = {legal.top(o) for o in need.organisations if o}
    handler = ctx.graphs.actors.get(need.handler or "")
    if handler is not None and handler.organisation:
        orgs.add(legal.top(handler.organisation))
    orgs.discard("")
    return orgs


def _spans_organisations(ctx: Context, need: Need) -> bool:
    return len(_need_orgs(ctx, need)) >= 2


def _in_force(a: Agreement, on: date) -> bool:
    return (a.valid_from is None or a.valid_from <= on) and (
        a.valid_until is None or a.valid_until >= on
    )


def _agreements_for(
    ctx: Context,
    need: Need,
    key: str,
    orgs: set[str],
    *,
    lapsed: bool = False,
    named: bool = False,
) -> list[Agreement]:
    """Agreements in force that cover ``key`` (or push-through) between all of ``orgs``
    (``lapsed``: those that ended before the reference date instead; ``named``: only those
    that name the decision's power, not push-through in general)."""
    legal = ctx.legal
    wanted = {key, str(legal.category(key)), *legal.covered(key)}
    if not named:
        wanted.add(str(PUSH))
    found = []
    for a in ctx.agreements_by_cover(wanted):
        ended = a.valid_until is not None and a.valid_until < ctx.as_of
        if (lapsed and not ended) or (not lapsed and not _in_force(a, ctx.as_of)):
            continue
        parties = {legal.top(p) for p in a.parties}
        if orgs <= parties:
            found.append(a)
    return found


def _deciders(ctx: Context, need: Need, key: str) -> tuple[str, ...]:
    """Deciders of agreements in force between the need's organisations that cover ``key``."""
    found = [
        a.decider
        for a in _agreements_for(ctx, need, key, _need_orgs(ctx, need))
        if a.decider is not None and a.decider in ctx.graphs.actors
    ]
    return tuple(dict.fromkeys(found))


def _push_holders(
    ctx: Context, need: Need, holders: _Holders
) -> tuple[_Holdings, dict[str, Agreement]]:
    """Who may push the need through: agreement deciders, and public bodies (or their
    mandate holders) with a push-through power - not a partner's own powers."""
    deciders: dict[str, Agreement] = {}
    for a in _agreements_for(ctx, need, str(need.power), _need_orgs(ctx, need)):
        if a.decider is not None and a.decider in ctx.graphs.actors:
            deciders.setdefault(a.decider, a)
    return holders.push(tuple(deciders)), deciders


def _partner_of(ctx: Context, need: Need) -> str | None:
    """The partner whose own decision the need is: every power it names is held by a
    non-public actor outside the handler's organisation."""
    legal, actors = ctx.legal, ctx.graphs.actors
    powers = legal.covered(str(need.power))
    handler = actors.get(need.handler or "")
    if not powers or handler is None:
        return None
    holders = {legal.powers[p].holder for p in powers}
    if len(holders) != 1:
        return None
    holder = actors.get(next(iter(holders)) or "")
    if holder is None or holder.is_public_body:
        return None
    if legal.same_organisation(holder, handler) is not False:
        return None
    return holder.id


def _agreed_with_partner(ctx: Context, need: Need, partner: str) -> bool:
    """An agreement in force between the handler's and the partner's organisations covers
    the need's decision."""
    legal = ctx.legal
    holder = ctx.graphs.actors[partner]
    handler = ctx.graphs.actors[need.handler or ""]
    orgs = {legal.top(holder.organisation), legal.top(handler.organisation)} - {""}
    return bool(_agreements_for(ctx, need, str(need.power), orgs))


def _named(word: Message, name: str, *, running: bool = False) -> Text:
    """An agreement in a sentence, its name between quotes: ``Het ‘Convenant voorkomen …’``
    when its name starts with what it is, else ``Het convenant ‘…’`` (``running``:
    mid-sentence, ``het …``)."""
    out = []
    for phrase in (word.en, word.nl):
        if running:
            phrase = phrase[0].lower() + phrase[1:]
        article, noun = phrase.split(" ", 1)
        same = name.casefold().startswith(noun.casefold())
        out.append(f"{article} ‘{name}’" if same else f"{phrase} ‘{name}’")
    return Text(*out)


# the name the anonymised copy gives a needed decision that showed health
# (exports.anonymise_words.NEUTRAL_NEED; tests/mapper/test_jurist15_j21.py keeps them equal)
_NEUTRAL_NEED = frozenset({"besluit van de aanbieder", "the provider's decision"})


#: the partner's decision said again: a private party's is no besluit (rev-jurist16 J23)
_THIS = {
    True: Text("this decision", "deze beslissing"),
    False: Text("this decision", "dit besluit"),
}
#: the decision the copy names neutrally, said without quoting that name (rev-jurist16 J21);
#: a care provider's is a beslissing, no besluit in the sense of art. 1:3 Awb (rev-jurist17 R10)
_THE_DECISION = {
    True: Text("The decision", "De beslissing"),
    False: Text("The decision", "Het besluit"),
}
#: the same inside a title, and "it" after it ("niemand … kan die nemen")
_HELD = {True: Text("the decision", "de beslissing"), False: Text("the decision", "het besluit")}
_IT = {True: Text("it", "die"), False: Text("it", "het")}


def _says_whose(name: str) -> bool:
    """Whether a decision's or power's name says whose decision it is ("Besluit van de
    aanbieder", "Eigen besluit van de aanbieder"; in English, as the anonymised note names
    them: "The provider's decision", "The provider's own decision")."""
    low = name.casefold()
    return "besluit van " in low or "'s decision" in low or "'s own decision" in low


def _partner_finding(ctx: Context, need: Need, partner: str, reach: _Reach) -> Finding | None:
    """A partner's own decision: reached by an agreement in force or a relationship."""
    g, legal = ctx.graphs, ctx.legal
    assert need.handler is not None
    holder = g.actors[partner]
    if _agreed_with_partner(ctx, need, partner):
        return None
    if ctx.authority.grant(need.handler, str(need.power)) is not None:
        return None  # reached by the partner's volmacht (MANDATE_PRIVATE_LAW says what it is)
    contact = partner in reach.near(need.handler) or g.ties.has_edge(need.handler, partner)
    if contact and not _spans_organisations(ctx, need):
        return None
    # In contact, but the need involves the partner's organisation and no agreement covers
    # it: the partner decides itself and nobody holds doorzettingsmacht over that; what to
    # agree is priority and a contact (jurist W1), never a decider.
    org = legal.org_name(holder.organisation) if holder.organisation else g.name(partner)
    # the decision is the partner organisation's, not its team's (jurist M6)
    owner = organisation_name(org) if holder.organisation else g.name(partner)
    if holder.organisation and provider_kind(org):
        org = owner  # the copy's "Zorgaanbieder": "met de zorgaanbieder" (jurist 15, J21)
    data = _what(ctx, need, str(need.power), None) | {
        "partner": g.name(partner),
        "org": org,
        "owner": owner,
    }
    # a name that already says whose decision it is, is not said twice (jurist 7, W12)
    said = _says_whose(need.decision)
    if data["power"] is not None and _says_whose(data["power"][1]):
        data["power"] = None
    # the anonymised copy's neutral name ("Besluit van de aanbieder") is not quoted in the
    # title as if it were the decision's own (jurist 15, J21)
    held = need.decision.casefold() in _NEUTRAL_NEED
    data |= {"part_said": said, "part_said_title": said and not held, "part_held_title": held}
    top = g.organisations.get(legal.top(holder.organisation)) if holder.organisation else None
    private = not holder.is_public_body and top is not None and top.kind in _PRIVATE
    data |= {"part_plain": not said and not private, "part_plain_title": not said and not private}
    data |= {"part_private": not said and private, "part_private_title": not said and private}
    # a private party's decision is no besluit: "deze beslissing" (rev-jurist16 J23), also
    # where the copy names it neutrally (rev-jurist17 R10: "het besluit van de zorgaanbieder")
    this = _THIS[private]
    data |= {"this": this, "held": _HELD[private], "it": _IT[held and private]}
    if held:  # the copy's neutral name is no title to quote in the detail either (J21)
        data["what_text"] = _THE_DECISION[private]
    orgs = {legal.top(holder.organisation), legal.top(g.actors[need.handler].organisation)}
    lapsed = _agreements_for(ctx, need, str(need.power), orgs - {""}, lapsed=True)
    values: dict[str, object] = {
        "org": org,
        "handler": g.name(need.handler),
        "partner": g.name(partner),
        "this": this,
    }
    if lapsed:
        # the agreement that covered it has expired: say which, and when (jurist M3)
        last = max(lapsed, key=lambda a: (a.valid_until or date.min, a.id))
        word = AGREEMENT_WORD.get(last.kind, AGREEMENT_WORD[AgreementKind.OTHER])
        name = last.name or last.id
        values |= {
            "lapsed": name,
            "named": _named(word, name),
            "renew": _named(word, name, running=True),
            "ended": last.valid_until,
        }
        values["before"] = (
            Text(
                *(
                    f" vóór {day(need.deadline, x)}"
                    if x == "nl"
                    else f" before {day(need.deadline, x)}"
                    for x in ("en", "nl")
                )
            )
            if need.deadline is not None
            else ""
        )
        data |= {
            "expired": _fill(PARTNER_LAPSED, values),
            "fix": _fill(PARTNER_FIX["renew"], values),
        }
    else:
        power = legal.powers.get(str(need.power))
        treatment = power is not None and _TREATMENT.search(f"{power.legal_basis} {power.notes}")
        fix = ("treatment" if treatment else "priority") if contact else "new"
        data |= {"expired": "", "fix": _fill(PARTNER_FIX[fix], values)}
    data |= {"part_contact": contact, "part_no_contact": not contact}
    urgent = need.urgency == Urgency.HIGH
    return _emit(
        ctx,
        need,
        Code.NEED_PARTNER_NOT_REACHED,
        Severity.CRITICAL if urgent else Severity.WARNING,
        data,
        [need.handler, partner],
    )


def _agreements_ending(ctx: Context, need: Need, partner: str | None) -> list[Finding]:
    """Agreements in force the need relies on that end before its deadline, with a decider
    or without: one between the handler's and the partner's organisations for a partner's
    own decision, else one between all the organisations the need involves."""
    if need.deadline is None or need.handler is None:
        return []
    if partner is not None:
        legal, actors = ctx.legal, ctx.graphs.actors
        tops = {
            legal.top(actors[partner].organisation),
            legal.top(actors[need.handler].organisation),
        }
        orgs = tops - {""}
    elif _spans_organisations(ctx, need):
        orgs = _need_orgs(ctx, need)
    else:
        return []
    found = []
    for a in _agreements_for(ctx, need, str(need.power), orgs):
        if a.valid_until is None or a.valid_until >= need.deadline:
            continue
        actor = a.decider if a.decider in ctx.graphs.actors else need.handler
        data = {
            "agreement": a.name or a.id,
            "until": a.valid_until,
            "parties": [ctx.legal.org_name(p) for p in a.parties],
        }
        found.append(
            _emit(
                ctx, need, Code.AGREEMENT_EXPIRES_BEFORE_DEADLINE, Severity.WARNING, data, [actor]
            )
        )
    return found


def _decider_over_partner(ctx: Context, need: Need, partner: str) -> list[Finding]:
    """Agreements in force that cover a partner's own decision and name a decider outside the
    partner's organisation: nobody outside the partner can take its decision (jurist M4)."""
    g, legal = ctx.graphs, ctx.legal
    holder = g.actors[partner]
    own = legal.top(holder.organisation)
    orgs = {own, legal.top(g.actors[need.handler or ""].organisation)} - {""}
    found = []
    for a in _agreements_for(ctx, need, str(need.power), orgs, named=True):
        decider = g.actors.get(a.decider or "")
        if decider is None or decider.id == partner:
            continue
        if own and legal.top(decider.organisation) == own:
            continue  # someone of the partner itself decides: that is the partner deciding
        org = legal.org_name(holder.organisation) if holder.organisation else g.name(partner)
        data = _what(ctx, need, str(need.power), None) | {
            "agreement": a.name or a.id,
            "decider": g.name(decider.id),
            "partner": g.name(partner),
            "org": org,
        }
        found.append(
            _emit(
                ctx,
                need,
                Code.AGREEMENT_DECIDER_OVER_PARTNER,
                Severity.WARNING,
                data,
                [need.handler, decider.id, partner],
            )
        )
    return found
