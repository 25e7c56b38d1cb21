"""Texts of building block 3 on a decision of another organisation's bestuursorgaan: what an
agreement can and cannot do about it (jurist J7)."""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

_MOVE = Message(
    "An agreement can arrange coordination and a route for escalation, but cannot place the "
    "decision with someone else: that takes a mandate, with the consent of whoever receives it "
    "(Awb 10:4), or a delegation with a statutory basis (Awb 10:15).",
    "Een afspraak kan afstemming en een escalatieroute regelen, maar het besluit niet bij een "
    "ander leggen: dat kan alleen met mandaat, met instemming van wie het krijgt (art. 10:4 "
    "Awb), of met delegatie op een wettelijke grondslag (art. 10:15 Awb).",
)

TEXTS: dict[Code, Entry] = {
    Code.NEED_OTHER_BODY_DECIDES: Entry(
        Message(
            "{body} decides ‘{power}’ under its own responsibility",
            "{body} beslist onder eigen verantwoordelijkheid over ‘{power}’",
        ),
        Message(
            "‘{decision}’ is a decision of {body}{delegated}{own} " + _MOVE.en,
            "‘{decision}’ is een besluit van {body}{delegated}{own} " + _MOVE.nl,
        ),
        Message(
            "Agree with {body} how {handler} puts an urgent request forward and how quickly it "
            "is decided{joint}.",
            "Spreek met {body} af hoe {handler} een urgente aanvraag voorlegt en hoe snel "
            "daarop wordt beslist{joint}.",
        ),
        parts={
            "delegated": Message(
                ", {rel} holds ‘{power}’ by delegation and decides on it under its own "
                "responsibility (Awb 10:13). {grantor} can only give policy rules on it "
                "(Awb 10:16(1)) or revoke the delegation (Awb 10:18).",
                ", {rel} ‘{power}’ na delegatie heeft en er onder eigen verantwoordelijkheid over "
                "beslist (art. 10:13 Awb). {grantor} kan daarover alleen beleidsregels geven "
                "(art. 10:16 lid 1 Awb) of de delegatie intrekken (art. 10:18 Awb).",
            ),
            "own": Message(
                ", {rel} holds ‘{power}’ by statute and decides on it itself.",
                ", {rel} ‘{power}’ op grond van de wet heeft en er zelf over beslist.",
            ),
            "joint": Message(
                "; put bottlenecks on the agenda of the board of {org}, in which the "
                "municipality is represented",
                "; agendeer knelpunten in het bestuur van {org}, waarin de gemeente "
                "vertegenwoordigd is",
            ),
        },
    ),
    Code.AGREEMENT_OVER_PUBLIC_POWER: Entry(
        Message(
            "{agreement} places a decision of {body} with {decider}",
            "{agreement} legt een besluit van {body} bij {decider}",
        ),
        Message(
            "{agreement} names {decider} as the one who decides on {powers:list}, but "
            "{n:form:that is a public-law power|those are public-law powers} of {body}. "
            + _MOVE.en
            + " What {decider} decides under the agreement does not bind {body}.",
            "{agreement} wijst {decider} aan als beslisser over {powers:list}, maar "
            "{n:form:dat is een publiekrechtelijke bevoegdheid|dat zijn publiekrechtelijke "
            "bevoegdheden} van {body}. "
            + _MOVE.nl
            + " Wat {decider} onder de afspraak beslist, bindt {body} niet.",
        ),
        Message(
            "Let {body} decide itself and arrange only coordination and escalation in the "
            "agreement; or have {body} grant {decider} a mandate, with consent (Awb 10:4).",
            "Laat {body} zelf beslissen en regel in de afspraak alleen afstemming en "
            "escalatie; of laat {body} {decider} mandaat verlenen, met instemming (art. 10:4 "
            "Awb).",
        ),
    ),
}
