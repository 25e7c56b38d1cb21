"""Room to act: the words of its findings (the data a verdict found, the parts it switches on).

The phrases live in the message catalogue (:mod:`mapper.texts.room`), keyed by finding code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mapper.authority import Basis
from mapper.catalogue import Message, render, say
from mapper.checks._legal_text import instrument_of
from mapper.checks._util import day, invalid_reason, money
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.texts.mandate_words import INSTRUMENTS, OWN_MANDATE, SUB_MANDATE, SUB_VOLMACHT
from mapper.texts.room_words import (
    ACT,
    BY,
    CLOSE_TO,
    DEPARTED,
    DEVIATION,
    HELD_BY,
    NEED_VALID,
    PLACE,
    PRACTICE,
    THE_INSTRUMENT,
)
from mapper.wording import capital, cite, number, word
from models import Instrument, Mandate, Need, PowerCategory, RuleType
from models.i18n import Lang

LANGS: tuple[Lang, Lang] = ("en", "nl")

DEVIATE = PowerCategory.DEVIATE_FROM_RULE


#: A sub-grant named as one: "het ondermandaat dat …", "de ondervolmacht die …".
_SUB = {Instrument.MANDATE: SUB_MANDATE, Instrument.POWER_OF_ATTORNEY: SUB_VOLMACHT}
#: Invalid mandates a finding names before it counts the rest.
_ALTS = 8


def _own_mandate(ctx: Context, m: Mandate) -> tuple[str, str]:
    """``het ondermandaat dat de teamleider verleende (niet toegestaan, art. 10:9 Awb)``: a
    handler's own mandate by its grantor and what is wrong with it, without its id; a
    sub-mandate named as one, not as the grantor's own mandate (jurist L-b)."""
    instrument = instrument_of(ctx.legal, m)
    sub = instrument in _SUB and any(
        x.holder == m.grantor and x.power == m.power for x in ctx.graphs.all_mandates
    )
    out = []
    for lang in ("en", "nl"):
        kind = INSTRUMENTS[instrument].pick(lang)
        grantor = ctx.graphs.name(m.grantor).running(lang)
        why = invalid_reason(ctx.authority, m, lang)
        why = why[:-1].replace(" (", ", ") if why.endswith(")") else why
        if sub:
            text = _SUB[instrument].pick(lang).format(grantor=grantor)
            why = why.removeprefix("ondermandaat ").removeprefix("sub-mandate ")
        else:
            the = "het" if kind == "mandaat" else "de"
            text = OWN_MANDATE.pick(lang).format(the=the, kind=kind, grantor=grantor)
        sub_word, cited = _PASSED_ON.get(instrument, {}).get(lang, ("", ""))
        if sub_word:  # not "ondermandaat … art. 10:9 Awb" for a volmacht (eleventh jurist H6)
            why = why.replace("ondermandaat", sub_word).replace("sub-mandate", sub_word)
            why = why.replace("art. 10:9 lid 1 Awb", cited).replace("Awb 10:9(1)", cited)
        out.append(text + (f" ({why})" if why else ""))
    return out[0], out[1]


#: A volmacht or machtiging passed on too far: its own words and articles (art. 10:12 Awb
#: applies 10:9 to them; art. 3:64 BW governs an ondervolmacht).
_PASSED_ON: dict[Instrument, dict[str, tuple[str, str]]] = {
    Instrument.POWER_OF_ATTORNEY: {
        "en": ("sub-power of attorney", "Awb 10:12 with 10:9(1); BW 3:64"),
        "nl": ("ondervolmacht", "art. 10:12 jo. 10:9 lid 1 Awb; art. 3:64 BW"),
    },
    Instrument.AUTHORISATION: {
        "en": ("sub-authorisation", "Awb 10:12 with 10:9(1)"),
        "nl": ("ondermachtiging", "art. 10:12 jo. 10:9 lid 1 Awb"),
    },
}


def _what(ctx: Context, need: Need, key: str, budget: float | None) -> dict[str, Any]:
    legal = ctx.legal
    deviating = need.deviates or legal.category(key) == DEVIATE
    types = set(legal.rule_types(key)) if deviating else set()
    bases = [b for p in legal.covered(key) if (b := legal.powers[p].legal_basis.strip())]
    if types == {RuleType.STATUTE} and not bases:
        types = set()  # a statute named by no clause: nothing to say about deviating from it
    names = (legal.power_name(key, "en"), legal.power_name(key, "nl"))
    same = names[1].casefold() == need.decision.casefold()
    return {
        "decision": need.decision,
        "power": None if same else names,
        "budget": budget,
        "deadline": need.deadline,
        "rule": next(iter(types)) if len(types) == 1 else None,
        "basis": cite("; ".join(dict.fromkeys(bases))),  # "art. 35 Participatiewet" (L7)
        "practice": ctx.graphs.practice,
        "own_clause": None if not need.deviates else legal.category(key) == DEVIATE,
        "clause": legal.category(key) == DEVIATE,
        "departed": _departed(ctx, key, legal.category(key)),
    }


def _departed(ctx: Context, key: str, category: PowerCategory) -> tuple[str, dict[str, Any]]:
    """Which statutory rule a deviating decision departs from (W4): the statutory rules the
    rules register applies to the power, else the rule a reconsideration must apply, else a
    rule that governs the power; never the power's own basis as if it were the rule."""
    names = [
        f"‘{r.name}’"
        for r in ctx.graphs.rules
        if r.rule_type == RuleType.STATUTE and (key in r.applies_to or category in r.applies_to)
    ]
    if names:
        return "rules", {"rules": Text(" and ".join(names), " en ".join(names))}
    return ("objection" if category == PowerCategory.DECIDE_OBJECTION else "other"), {}


def _emit(
    ctx: Context,
    need: Need,
    code: Code,
    severity: Severity,
    data: dict[str, Any],
    actors: Sequence[str | None],
    mandates: Sequence[str] = (),
) -> Finding:
    """Word a verdict: the data the check found, the parts of the text it switches on."""
    d = {"decision": need.decision, "deadline": need.deadline} | data
    d.setdefault("handler", ctx.graphs.name(need.handler))
    values = dict(d)
    parts: list[str] = []
    power = d.get("power")
    values["power"] = Text(*power) if power else Text(need.decision, need.decision)
    values["what"] = d.get("what_text") or _what_text(d)
    practice = ctx.graphs.practice
    values["practice"] = PRACTICE.get(practice, "") if practice is not None else ""
    rule, basis = d.get("rule"), d.get("basis") or ""
    key = None
    if rule is not None:
        key = str(rule) + (
            "" if basis or rule in (RuleType.POLICY_RULE, RuleType.INTERNAL) else "_none"
        )
        if d.get("own_clause") is False and rule == RuleType.STATUTE:
            key = "statute_deviates"  # departing from a statute the power is not a clause of
        elif d.get("clause") and key == "statute":
            key = "statute_clause"  # statutory discretion applies the law (jurist M5)
    departed: Text | str = ""
    if key == "statute_deviates":
        which, said = d.get("departed") or ("other", {})
        filled = {"basis": basis, **said}
        departed = Text(*(render(DEPARTED[which], filled, lg, sentence=False) for lg in LANGS))
    values["deviation"] = (
        _fill(DEVIATION[key], {"basis": basis, "departed": departed}) if key else ""
    )
    place = key if key in PLACE else d.get("place", "other")
    renew = d.get("renew")
    if renew:  # an expired mandate on the way: renew it (jurist, fifth round, map A)
        place = renew["renew_part"]
        values |= {k: renew[k] for k in ("lapsed", "lapsed_kind", "to")}
    if code == Code.NEED_HOLDER_FAR:  # the broken chain is the headline (jurist 7, W2)
        parts.append("broken_title" if renew else "far_title")
    who = d.get("who", d.get("next", ""))
    values["place"] = _fill(
        PLACE[place],
        {"who": who, "basis": basis, "power": values["power"], "orgs": d.get("orgs") or []}
        | (renew or {}),
    )
    alts = d.get("alt") or []
    if alts:
        # a long chain: the first eight, the rest counted (issue 14: 450 links, 24 KB a finding)
        shown, more = alts[:_ALTS], len(alts) - _ALTS
        values["alts"] = Text(
            "; ".join(f"{pair} ({en})" for _mid, pair, _, en, _ in shown)
            + (f"; and {word(more, 'en')} more" if more > 0 else ""),
            "; ".join(f"{pair} ({nl})" for _mid, _, pair, _, nl in shown)
            + (f"; en nog {word(more, 'nl')}" if more > 0 else ""),
        )
        parts.append("alt")
    for flag in (
        "urgent",
        "urgent_time",
        "urgent_passed",
        "cut",
        "under",
        "nobody",
        "nearby",
        "highest",
        "short_more",
        "short_none",
        "of_best",
        "short",
        "short_valid",
        "within",
        "contact",
        "no_contact",
        "none",
        "none_title",
        "exists",
        "exists_title",
        "need_deviate",
        "need_amount",
        "need_valid",
        "by",
        "plain",
        "plain_title",
        "said",
        "said_title",
        "held_title",
        "private",
        "private_title",
        "cover_title",
        "signing_title",
        "let",
        "fix_valid",
        "fix_raise",
        "then_raise",
    ):
        if d.get("part_" + flag):
            parts.append(flag)
    return say(
        code,
        severity,
        values,
        parts=parts,
        actors=[a for a in actors if a],
        mandates=[*mandates, *(alt[0] for alt in alts)],  # invalid mandates named: highlighted
        needs=[need.id],
    )


def _close_to(ctx: Context, need: Need) -> Text:
    # said mid-sentence ("… mandateren aan iemand dicht bij …"): no capital (user, 13th round S1)
    return _fill(CLOSE_TO, {"handler": ctx.graphs.name(need.handler)}, sentence=False)


def _fill(message: Message, values: dict[str, Any], *, sentence: bool = True) -> Text:
    """A catalogue phrase filled in, in both languages (``sentence``: with a capital)."""
    return Text(
        render(message, values, "en", sentence=sentence),
        render(message, values, "nl", sentence=sentence),
    )


def _what_text(d: dict[str, Any]) -> Text:
    """``'decision' (power, € 4.200, uiterlijk 01-12-2026)`` in both languages."""
    out = []
    langs: tuple[Lang, Lang] = ("en", "nl")
    for i, lang in enumerate(langs):
        items = [f"‘{d['power'][i]}’"] if d.get("power") else []
        if d.get("budget"):
            items.append(money(d["budget"], lang))
        if d.get("deadline") is not None:
            items.append(f"{BY.pick(lang)} {day(d['deadline'], lang)}")
        inner = f" ({', '.join(items)})" if items else ""
        out.append(f"‘{d['decision']}’{inner}")
    return Text(out[0], out[1])


def _arrows(ctx: Context, grantor: str, holder: str) -> tuple[str, str]:
    """ "from the grantor to the holder" in English and in Dutch: prose, not the arrow of a
    chain (new user at scale 15, G11: "directeur 201.2 → manager 201.1.1: keten erboven
    gebroken" in a sentence)."""
    a, b = ctx.graphs.name(grantor), ctx.graphs.name(holder)
    return (
        f"from {a.running('en')} to {b.running('en')}",
        f"van {a.running('nl')} aan {b.running('nl')}",
    )


def _alternatives(
    ctx: Context, key: str, visible: set[str]
) -> list[tuple[str, str, str, str, str]]:
    """Invalid mandates of ``key`` whose holder is near the handler: (id, grantor → holder in
    English and in Dutch, why in English and in Dutch)."""
    auth, legal = ctx.authority, ctx.legal
    keys = {key, *legal.covered(key), str(legal.category(key))}
    out = []
    for actor in sorted(visible, key=ctx.order.__getitem__):
        for k in keys:
            for m in legal.into.get((actor, k), ()):
                if not auth.valid(m.id) and m.id in ctx.in_practice_ids:
                    out.append(
                        (
                            m.id,
                            *_arrows(ctx, m.grantor, m.holder),
                            invalid_reason(auth, m, "en"),
                            invalid_reason(auth, m, "nl"),
                        )
                    )
    return list({o[0]: o for o in out}.values())


def falls_short_words(
    ctx: Context,
    own: Sequence[Mandate],
    best: str,
    key: str,
    *,
    has_room: bool,
    need_valid: bool,
) -> dict[str, Any]:
    """The words of a handler's own grants that fall short, each named by what it is in law,
    and of how ``best`` holds the power (jurist, ninth round F1: a volmacht or a machtiging is
    no mandate, and whoever holds it by statute needs none)."""
    kinds = list(dict.fromkeys(instrument_of(ctx.legal, m) for m in own))
    the = [THE_INSTRUMENT[k][0] for k in kinds]
    en = " and ".join(t.en for t in the)
    nl = " en ".join(t.nl for t in the)
    # a signing authority gives no power to decide, so it covers no amount (art. 10:11 Awb;
    # jurist 15, J14): the amount is said of the other grants
    cover = [k for k in kinds if k is not Instrument.SIGNING] or kinds
    cover_the = [THE_INSTRUMENT[k][0] for k in cover]
    cover_en, cover_nl = " and ".join(t.en for t in cover_the), " en ".join(t.nl for t in cover_the)
    it = THE_INSTRUMENT[cover[0]][1] if len(cover) == 1 else Message("they", "ze")
    nature = next(
        (k for k in (Instrument.POWER_OF_ATTORNEY, Instrument.AUTHORISATION) if k in kinds),
        Instrument.MANDATE,
    )
    who, act = ACT[nature]
    one = len(cover) == 1
    data: dict[str, Any] = {
        "own_the": Text(en, nl),
        "own_The": Text(capital(en), capital(nl)),
        "cover_the": Text(cover_en, cover_nl),
        "cover_The": Text(capital(cover_en), capital(cover_nl)),
        "n_cover": len(cover),
        # "Ook als het geldig was geweest, had het mandaat hooguit … gedekt": the unreal past
        # (rev-jurist17 R10; "Ook als het geldig was, dekte het mandaat" before)
        "if_valid": Text(
            f"Even if {it.en} had been valid, {cover_en} would have covered",
            f"Ook als {it.nl} geldig {'was' if one else 'waren'} geweest, "
            f"{'had' if one else 'hadden'} {cover_nl}",
        ),
        "n_kinds": len(kinds),
        # a signing authorisation alone is said as what it is, not as not covering (J14)
        "part_cover_title": cover != [Instrument.SIGNING],
        "part_signing_title": cover == [Instrument.SIGNING],
        "whoever": who,
        "act": act,
    }
    grant = ctx.authority.grant(best, key)
    held = (
        ctx.legal.by_id.get(grant.via)
        if grant is not None and grant.basis is not Basis.STATUTE and grant.via
        else None
    )
    kind = None if held is None else instrument_of(ctx.legal, held)
    need, has_it = NEED_VALID[
        kind if kind in NEED_VALID and kind is not Instrument.DELEGATION else None
    ]
    data |= {
        "valid_one": need,
        "has_it": Message("has that room", "heeft die ruimte")
        if has_room
        else has_it
        if need_valid
        else NEED_VALID[None][1],
        "part_by": held is not None and kind is not Instrument.SIGNING,
    }
    if held is None or kind is Instrument.SIGNING:
        return data
    assert kind is not None
    grantor = ctx.legal.actors.get(held.grantor)
    sub = grantor is not None and not grantor.is_public_body and kind is not Instrument.DELEGATION
    limit = ("", "")
    if held.budget is not None:
        amount = held.budget if not float(held.budget).is_integer() else int(held.budget)
        limit = (f" (up to €{number(amount, 'en')})", f" (tot € {number(amount, 'nl')})")
    words = HELD_BY[(kind, sub)]
    name = ctx.graphs.name(held.grantor)
    data["held_by"] = Text(
        words.en.format(grantor=name.running("en"), limit=limit[0]),
        words.nl.format(grantor=name.running("nl"), limit=limit[1]),
    )
    return data
