"""Texts of causes: titles for a cause that gathers several findings of one code."""

from __future__ import annotations

from collections.abc import Sequence

from mapper.catalogue import Message
from mapper.codes import Code
from mapper.findings import Finding

__all__ = [
    "EXPIRED_HOLDERS",
    "EXPIRED_SIGNING",
    "EXPIRED_SIGNING_HOLDERS",
    "GROUP_SUGGESTIONS",
    "GROUP_TITLES",
    "HELD_UP",
    "HELD_UP_THIS",
    "POWER_FAR",
    "POWER_NONE",
    "held_up",
]

#: ``{n}`` findings of the code, about ``{names}`` (a list); ``{owner}`` the intent's owner.
GROUP_TITLES: dict[Code, Message] = {
    Code.SPHERES_OPPONENT_UNCONNECTED: Message(
        "{n:word} influential opponents have no line to {owner}: {names:three}",
        "{n:word} invloedrijke tegenstanders hebben geen lijn met {owner}: {names:three}",
    ),
    Code.SIGNAL_UNHEARD: Message(
        "Signals from {names:three} reach nobody who may decide",
        "Signalen van {names:three} bereiken niemand die mag beslissen",
    ),
    Code.SIGNAL_SINGLE_PERSON: Message(
        "Signals run through {names:three} alone", "Signalen lopen alleen via {names:three}"
    ),
    Code.MANDATE_EXPIRED: Message(
        "{n:word} mandates have expired", "{n:word} mandaten zijn verlopen"
    ),
    Code.TRUST_ASYMMETRIC: Message(
        "Trust runs one way between {n:word} pairs", "Vertrouwen is eenzijdig tussen {n:word} paren"
    ),
    Code.STRUCTURE_ISOLATED_ACTOR: Message(
        "{n:word} actors have no relationship: {names:three}",
        "{n:word} actoren hebben geen relatie: {names:three}",
    ),
}

#: Expired mandates held by fewer people than there are mandates: both counted, so the title
#: agrees with the names its detail and the annex count (new user at scale, session 14, F5:
#: "425 mandaten zijn verlopen" beside 384 names).
EXPIRED_HOLDERS = Message(
    "{n:word} mandates of {holders:word} mandate holders have expired",
    "{n:word} mandaten van {holders:word} gemandateerden zijn verlopen",
)

#: Expired mandates with signing authorisations among them: the two kinds counted apart, for a
#: signing authorisation is no mandate and its holder no gemandateerde (art. 10:11 Awb;
#: rev-jurist17 R5: "146 mandaten van 140 gemandateerden" counted seven of them as mandaten).
EXPIRED_SIGNING = Message(
    "{m:count:mandate|mandates} and {s:count:signing authorisation|signing authorisations} "
    "have expired",
    "{m:count:mandaat|mandaten} en {s:count:ondertekeningsmachtiging|"
    "ondertekeningsmachtigingen} zijn verlopen",
)
#: ... held by fewer people than there are grants: those counted too (session 14, F5)
EXPIRED_SIGNING_HOLDERS = Message(
    "{m:count:mandate|mandates} and {s:count:signing authorisation|signing authorisations} "
    "of {holders:word} staff members have expired",
    "{m:count:mandaat|mandaten} en {s:count:ondertekeningsmachtiging|"
    "ondertekeningsmachtigingen} van {holders:word} medewerkers zijn verlopen",
)

#: What to organise for ``{n}`` findings of the code about ``{names}``: one sentence for all,
#: not one per finding (issue 11: "Spreek af bij wie … . Spreek af bij wie …").
GROUP_SUGGESTIONS: dict[Code, Message] = {
    Code.SIGNAL_UNHEARD: Message(
        "Agree whom {names:list} can go to with a signal, and record it.",
        "Spreek af bij wie {names:list} met een signaal terechtkunnen, en leg dat vast.",
    ),
    # several decisions without a handler: each of them, not "dit besluit" (jurist 15, J18)
    Code.NEED_NO_HANDLER: Message(
        "Name a handler for each of these decisions.",
        "Wijs voor elk van deze besluiten een behandelaar aan.",
    ),
}

#: The needed decisions a cause holds up (new user, fourth round 11: "Dit houdt één benodigd
#: besluit op" is a calque of "This holds up one needed decision").
HELD_UP = Message(
    "This holds up {n:count:needed decision|needed decisions}: {decisions:list}.",
    "Daardoor {n:form:blijft|blijven} {n:count:benodigd besluit|benodigde besluiten} liggen: "
    "{decisions:list}.",
)

#: The one decision of a partner's own that the cause's detail has just named: said once, and
#: a private party's decision as "deze beslissing", no besluit (rev-jurist16 J23), never the
#: anonymised copy's neutral name quoted as a title (rev-jurist16 J21).
HELD_UP_THIS = {
    True: Message("This holds the decision up.", "Daardoor blijft deze beslissing liggen."),
    False: Message("This holds the decision up.", "Daardoor blijft dit besluit liggen."),
}


def held_up(lead: Finding, needs: Sequence[str]) -> Message:
    """How a cause says what it holds up: :data:`HELD_UP`, or :data:`HELD_UP_THIS` where its
    lead is a partner's own decision about the one need held up."""
    if lead.code != Code.NEED_PARTNER_NOT_REACHED or list(lead.needs) != list(needs):
        return HELD_UP
    return HELD_UP_THIS["deze beslissing" in lead.detail.nl]


#: A power that sits far from the case and holds up ``{n}`` needed decisions.
POWER_FAR = Message(
    "Nobody close to the case holds ‘{power}’: {n:count:needed decision waits|needed "
    "decisions wait}",
    "Niemand dicht bij de casus heeft ‘{power}’: {n:count:benodigd besluit wacht|benodigde "
    "besluiten wachten}",
)

#: A power nobody on the map holds, by statute, delegation or valid mandate, that holds up
#: ``{n}`` needed decisions: not "dicht bij de casus", which suggests someone further away has
#: it (jurist 15, J5).
POWER_NONE = Message(
    "Nobody on the map holds ‘{power}’: {n:count:needed decision waits|needed decisions wait}",
    "Niemand op de kaart heeft ‘{power}’: {n:count:benodigd besluit wacht|benodigde besluiten "
    "wachten}",
)
