"""What a cause of many findings of one code says about the whole group (jurist 15, J11).

A cause that gathers many findings of one code counts them in its title; its detail and
suggestion came from the first member, with "hetzelfde geldt voor …" after it. Two groups need
more, so that the counts agree and the remedy fits every member:

- expired mandates: the title counts 146 mandates, the first member is a sub-mandate to a
  consulent, and the remedy said "laat de teamleider … het ondermandaat opnieuw verlenen" for
  all of them, also for the 42 mandates a college granted itself. The detail now says how many
  are mandates a body granted and how many sub-mandates, and the remedy says who grants each
  kind again and that what was decided on them is put forward for ratification, not ratified
  blind (jurist 15, J2);
- influential opponents: the title counts 310, the remedy talks with "… en 287 anderen"
  because the council members and the press have a remedy of their own. The detail now says
  how the 310 divide.
"""

from __future__ import annotations

from collections.abc import Sequence

from mapper.catalogue import LANGS, Message, render
from mapper.checks._legal_text import instrument_of
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Text
from mapper.mandate_down import below_never_allowed, never_allowed
from mapper.texts.causes import (
    EXPIRED_HOLDERS,
    EXPIRED_SIGNING,
    EXPIRED_SIGNING_HOLDERS,
    GROUP_TITLES,
)
from mapper.wording import join, word
from models import ActorKind, Instrument, OrganisationKind
from models.i18n import Lang

__all__ = ["expired_title", "expired_words", "group_words", "opponents_split"]

#: the kinds of expired mandates a group holds
_EXPIRED_KINDS = {
    "direct": Message(
        # not "a public body granted itself", read as granted to itself (rev-jurist19 R10)
        "{n:count:mandate granted by the public body itself|mandates granted by the public "
        "body itself}",
        "{n:count:mandaat dat een bestuursorgaan zelf verleende|mandaten die een "
        "bestuursorgaan zelf verleende}",
    ),
    "sub": Message("{n:count:sub-mandate|sub-mandates}", "{n:count:ondermandaat|ondermandaten}"),
    "signing": Message(
        "{n:count:signing authorisation|signing authorisations}",
        "{n:count:ondertekeningsmachtiging|ondertekeningsmachtigingen}",
    ),
}
#: "This concerns", as "Het gaat om": no "These are one mandate" (jur19c)
_EXPIRED_DETAIL = Message("This concerns {kinds}.", "Het gaat om {kinds}.")
#: expired grants with a finding of their own under another cause, counted in the group's title
#: and kinds as the Risks count them (rev-jurist19 R13: "139 mandaten … van 140 medewerkers"
#: beside the Risks' "140 verlopen mandaten en ondermandaten (waaronder dat van de consulent
#: 20.9)")
_EXPIRED_APART = Message(
    "Also counted {n:form:is|are} {grants:list}, which {n:form:is|are} discussed under "
    "{n:form:another cause|other causes}.",
    "Meegeteld {n:form:is|zijn} ook {grants:list}, {which} bij {n:form:een andere oorzaak|andere "
    "oorzaken} {n:form:wordt|worden} besproken.",
)
#: an expired grant by its kind and holder ("het ondermandaat van de consulent 20.9")
_GRANT_OF = {
    "direct": Message("the mandate of {holder}", "het mandaat van {holder}"),
    "sub": Message("the sub-mandate of {holder}", "het ondermandaat van {holder}"),
    "signing": Message(
        "the signing authorisation of {holder}", "de ondertekeningsmachtiging van {holder}"
    ),
}
#: who grants each kind again
_EXPIRED_RENEW = {
    "direct": Message(
        "{n:form:the mandate|the mandates} by the public body itself",
        "{n:form:het mandaat|de mandaten} door het bestuursorgaan zelf",
    ),
    "sub": Message(
        "{n:form:the sub-mandate|the sub-mandates} by the mandate holder who granted "
        "{n:form:it|them}, as far as the public body's mandate allows (art. 10:9(1) Awb)",
        "{n:form:het ondermandaat|de ondermandaten} door de gemandateerde die "
        "{n:form:het|ze} verleende, voor zover het mandaat van het bestuursorgaan dat toestaat "
        "(art. 10:9 lid 1 Awb)",
    ),
    # only the body authorises signing (art. 10:11 Awb): itself, or by allowing it in its own
    # mandate decision, the one rule of the beslispunten (rev-jurist19b N2; rev-jurist16 N2:
    # not "door wie ze verleende" alone, after §5.2 said they cannot)
    "signing": Message(
        "{n:form:the signing authorisation|the signing authorisations} by the public body "
        "itself, or by the official who gave {n:form:it|them} where the public body allows "
        "that in its mandate decision (art. 10:11 Awb; compare art. 10:9(1) Awb)",
        "{n:form:de ondertekeningsmachtiging|de ondertekeningsmachtigingen} door het "
        "bestuursorgaan zelf, of door de ambtenaar die {n:form:haar|ze} gaf als het "
        "bestuursorgaan dat in zijn mandaatbesluit toestaat (art. 10:11 Awb; vgl. art. 10:9 "
        "lid 1 Awb)",
    ),
}
#: where a sub-mandate was never allowed, all since it was granted (rev-jurist17b N2); and where
#: it hangs below one that never was: invalid because the chain above never was valid, not
#: "never allowed" itself (session 18). A clause after a semicolon, not a parenthesis in the
#: middle of the sentence (rev-jurist18 K4: right in law, but hard to parse)
_NEVER = {
    (True, False): Text(
        "; where the sub-mandate was never allowed, all decisions since it was granted",
        "; was het ondermandaat nooit toegestaan, dan alle besluiten sinds de verlening",
    ),
    (False, True): Text(
        "; where the sub-mandate hangs below one that was never allowed, all decisions since it "
        "was granted",
        "; hangt het ondermandaat onder een ondermandaat dat nooit was toegestaan, dan alle "
        "besluiten sinds de verlening",
    ),
    (True, True): Text(
        "; where the sub-mandate was never allowed, or hangs below one that was never allowed, "
        "all decisions since it was granted",
        "; was het ondermandaat nooit toegestaan, of hangt het onder zo'n ondermandaat, dan alle "
        "besluiten sinds de verlening",
    ),
}
_EXPIRED_SUGGESTION = Message(
    "Have each expired mandate granted again in writing (art. 10:5(2) Awb) by whoever may grant "
    "it, or let it lapse if it is no longer needed: {renew}. Have the decisions taken under an "
    "expired mandate listed{never}. Put those no valid mandate covered to the public body that "
    "holds the power for ratification.",
    "Laat elk verlopen mandaat schriftelijk opnieuw verlenen (art. 10:5 lid 2 Awb) door wie dat "
    "mag, of laat het vervallen als het niet meer nodig is: {renew}. Laat de besluiten "
    "inventariseren die op een verlopen mandaat zijn genomen{never}. Leg de besluiten die geen "
    "geldig mandaat dekte, ter bekrachtiging voor aan het bestuursorgaan dat de bevoegdheid "
    "heeft.",
)


def _kind(f: Finding, ctx: Context) -> str | None:
    """Whether the expired grant of ``f`` is a mandate a body granted itself ("direct"), a
    sub-mandate or a signing authorisation; None for a volmacht or machtiging."""
    m = ctx.legal.by_id.get(f.mandates[0]) if f.mandates else None
    kind = instrument_of(ctx.legal, m) if m is not None else None
    if m is None or kind not in (Instrument.MANDATE, Instrument.SIGNING):
        return None
    if kind is Instrument.SIGNING:
        return "signing"
    return "direct" if m.grantor == ctx.authority.root_of(m) else "sub"


def _kinds(every: Sequence[Finding], ctx: Context) -> dict[str, int] | None:
    """How many of the expired ``every`` are mandates a body granted itself, sub-mandates and
    signing authorisations; None when one is a volmacht or machtiging (words of their own)."""
    counts = {"direct": 0, "sub": 0, "signing": 0}
    for f in every:
        kind = _kind(f, ctx)
        if kind is None:
            return None
        counts[kind] += 1
    return counts


def expired_title(
    every: Sequence[Finding],
    ctx: Context,
    values: dict[str, object],
    apart: Sequence[Finding] = (),
) -> Text:
    """The title of a group of expired mandates: how many, and of how many holders when fewer;
    signing authorisations among them counted apart, for they are no mandates (rev-jurist17
    R5). ``values`` has the group's count ``n``; the expired grants ``apart`` (a finding of
    their own under another cause) are counted too, as the Risks count them (rev-jurist19
    R13)."""
    apart = [f for f in apart if f not in every] if _kinds(apart, ctx) is not None else []
    every = [*every, *apart]
    values = values | {"n": len(every)}
    holders = len({str(f.subjects[0]) for f in every if f.subjects})
    counts = _kinds(every, ctx) or {}
    signing = counts.get("signing", 0)
    few = 0 < holders < len(every)
    if signing and signing < len(every):
        kinds = {"m": len(every) - signing, "s": signing, "holders": holders}
        message = EXPIRED_SIGNING_HOLDERS if few else EXPIRED_SIGNING
    else:
        kinds = {"holders": holders}
        message = EXPIRED_HOLDERS if few else GROUP_TITLES[Code.MANDATE_EXPIRED]
    return Text(*(render(message, values | kinds, lang) for lang in LANGS))


def _low(text: str) -> str:
    """A rendered part mid-sentence: its first letter small ("Eén" as "één")."""
    return "één" + text[3:] if text.startswith("Eén") else text[:1].lower() + text[1:]


def expired_words(
    every: Sequence[Finding], ctx: Context, apart: Sequence[Finding] = ()
) -> tuple[Text, Text] | None:
    """The sentence a group of expired mandates adds to its detail, and its suggestion; None
    for one mandate, or a group with a volmacht or machtiging in it. The expired grants
    ``apart`` are counted in the detail's kinds and named as told under another cause (see
    :func:`expired_title`)."""
    counts = _kinds(every, ctx) if len(every) > 1 else None
    if counts is None:
        return None
    apart = [f for f in apart if f not in every and _kind(f, ctx) is not None]
    told = _kinds([*every, *apart], ctx) or counts
    said = [k for k in ("direct", "sub", "signing") if counts[k]]
    kinds_told = [k for k in ("direct", "sub", "signing") if told[k]]
    grants = [ctx.legal.by_id[f.mandates[0]] for f in every]  # all found by _kinds
    mandates = ctx.legal.by_id.values()
    never = _NEVER.get(
        (
            bool(counts["sub"] and never_allowed(mandates, grants)),
            bool(counts["sub"] and below_never_allowed(mandates, grants)),
        )
    )
    detail, suggestion = [], []
    for lang in LANGS:
        kinds = [_low(render(_EXPIRED_KINDS[k], {"n": told[k]}, lang)) for k in kinds_told]
        renew = [_low(render(_EXPIRED_RENEW[k], {"n": counts[k]}, lang)) for k in said]
        detail.append(render(_EXPIRED_DETAIL, {"kinds": join(kinds, lang)}, lang))
        if apart:
            named = [_grant_of(f, ctx, lang) for f in apart]
            # "het ondermandaat …, dat", "de ondertekeningsmachtiging …, die"
            which = "dat" if len(apart) == 1 and named[0].startswith("het ") else "die"
            values = {"n": len(apart), "grants": named, "which": which}
            detail[-1] += " " + render(_EXPIRED_APART, values, lang)
        semi = "; ".join(renew)
        since = (never.nl if lang == "nl" else never.en) if never else ""
        suggestion.append(render(_EXPIRED_SUGGESTION, {"renew": semi, "never": since}, lang))
    return Text(*detail), Text(*suggestion)


#: where an opponent with a remedy of its own belongs
_LEVERS = {
    "council": Text("the municipal council", "de gemeenteraad"),
    # a college informs its own council only (art. 169 Gemeentewet; rev-jurist16 N4)
    "councils": Text("the councils of other municipalities", "de raden van andere gemeenten"),
    "media": Text("the press and media", "de pers en de media"),
    "joint": Text("a joint arrangement", "een gemeenschappelijke regeling"),
}


def opponents_split(every: Sequence[Finding], ctx: Context) -> Text | None:
    """How the influential opponents of a group divide, when some among them (the council,
    the press, a joint arrangement) have a remedy of their own that names nobody and the
    others are named one by one (None otherwise): "Van deze 310 horen er 18 bij de
    gemeenteraad en twee bij de pers en de media; die vragen een eigen aanpak, de andere 290
    een gesprek." """
    g = ctx.graphs
    owner = g.info.intent_owner
    kinds = {"council": 0, "councils": 0, "media": 0, "joint": 0, "other": 0}
    top = g.actors.get(owner or "")
    home = top.organisation if top is not None else None
    for f in every:
        them = [a for a in f.actors if a != owner]
        actor = g.actors.get(them[0]) if them else None
        if actor is None:
            return None
        lever = {ActorKind.COUNCIL: "council", ActorKind.MEDIA: "media"}.get(actor.kind, "other")
        org = g.organisations.get(actor.organisation or "")
        if org is not None and org.kind == OrganisationKind.JOINT_ARRANGEMENT:
            lever = "joint"  # as mapper.checks.spheres says it
        elif lever == "council" and home and actor.organisation not in (None, home):
            lever = "councils"
        kinds[lever] += 1
    own = [k for k in _LEVERS if kinds[k]]
    if not kinds["other"] or not own:
        return None
    out = []
    for lang in LANGS:
        # numbers up to twenty in words in running text (rev-jurist16 N9: "horen er 18 bij")
        n, other = word(len(every), lang, upto=20), word(kinds["other"], lang, upto=20)
        if lang == "nl":
            items = [f"{word(kinds[k], lang, upto=20)} bij {_LEVERS[k].nl}" for k in own]
            verb = "hoort" if kinds[own[0]] == 1 else "horen"
            out.append(
                f"Van de {n} invloedrijke tegenstanders {verb} er {join(items, lang)}; die "
                f"vragen een eigen aanpak, de andere {other} een gesprek."
            )
        else:
            items = [
                f"{word(kinds[k], lang, upto=20)} {'belongs' if kinds[k] == 1 else 'belong'} to "
                f"{_LEVERS[k].en}"
                for k in own
            ]
            out.append(
                f"Of the {n} influential opponents, {join(items, lang)}; these need an "
                f"approach of their own, the other {other} a conversation."
            )
    return Text(*out)


def _grant_of(f: Finding, ctx: Context, lang: Lang) -> str:
    """The expired grant of ``f`` by its kind and holder, mid-sentence."""
    m = ctx.legal.by_id[f.mandates[0]]  # all found by _kind
    said = {"holder": ctx.graphs.name(m.holder)}
    return render(_GRANT_OF[_kind(f, ctx) or "direct"], said, lang, sentence=False)


def group_words(
    lead: Finding, every: Sequence[Finding], ctx: Context, apart: Sequence[Finding] = ()
) -> tuple[Text | None, Text | None] | None:
    """A sentence for the detail and a suggestion of a cause whose members (``every``, led by
    ``lead``) divide in kinds the first member's words do not tell; None: nothing to add.
    ``apart``: expired grants told under another cause (see :func:`expired_title`)."""
    if lead.code == Code.MANDATE_EXPIRED:
        words = expired_words(every, ctx, apart)
        return words if words is None else (words[0], words[1])
    if lead.code == Code.SPHERES_OPPONENT_UNCONNECTED and len(every) > 1:
        split = opponents_split(every, ctx)
        return None if split is None else (split, None)
    return None
