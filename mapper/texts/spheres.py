"""Texts of building block 6: political and administrative reality connected."""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code
from models import Sphere

__all__ = ["SECOND_BRIDGE", "TEXTS", "WORLDS"]

#: The spheres as worlds in running text.
WORLDS: dict[Sphere, Message] = {
    Sphere.POLITICAL: Message("the political world", "de politiek"),
    Sphere.ADMINISTRATIVE: Message("the civil service", "de ambtelijke organisatie"),
    Sphere.PARTNER: Message("the partner organisations", "de ketenpartners"),
    Sphere.SOCIETY: Message("society", "de samenleving"),
    Sphere.OVERSIGHT: Message("oversight", "het toezicht"),
}
#: A second connection that fits the world on the far side of a single bridge.
SECOND_BRIDGE: dict[Sphere, Message] = {
    Sphere.ADMINISTRATIVE: Message(
        "regular talks between the portfolio holder and the manager responsible",
        "vast overleg tussen de portefeuillehouder en de verantwoordelijke manager",
    ),
    Sphere.PARTNER: Message(
        "a case meeting of the team lead with the partner organisations",
        "een casusoverleg van de teamleider met de ketenpartners",
    ),
}

TEXTS: dict[Code, Entry] = {
    Code.SPHERES_DISCONNECTED: Entry(
        Message("{a} and {b} do not touch", "{a} en {b} raken elkaar niet"),
        Message(
            "No relationship other than trust connects {a} with {b}; what one side decides, "
            "the other does not hear.",
            "Geen enkele relatie behalve vertrouwen verbindt {a} met {b}; wat de een besluit, "
            "hoort de ander niet.",
        ),
        Message(
            "Organise a regular line between the two, for example portfolio talks on the "
            "policy behind the intent.",
            "Organiseer een vaste lijn tussen beide, bijvoorbeeld portefeuilleoverleg over het "
            "beleid achter de bedoeling.",
        ),
    ),
    Code.SPHERES_SINGLE_BRIDGE: Entry(
        Message(
            "{a} and {b} meet only through {via_tie}{via_person}",
            "{a} en {b} raken elkaar alleen via {via_tie}{via_person}",
        ),
        Message(
            "{one}{both}{many} between {a} and {b} {n:form:runs|run} through "
            "{via_tie}{via_person}; if that link fails, they no longer reach each other.",
            "{one}{both}{many} tussen {a} en {b} {n:form:loopt|lopen} via "
            "{via_tie}{via_person}; valt die weg, dan is er geen verbinding meer.",
        ),
        Message(
            "Add a second connection, for example {second}.",
            "Leg een tweede verbinding, bijvoorbeeld {second}.",
        ),
        parts={
            "via_tie": Message(
                "the relationship {source:bare} – {target:bare}",
                "de relatie {source:bare} – {target:bare}",
            ),
            "via_person": Message("{person}", "{person}"),
            "one": Message("The only relationship", "De enige relatie"),
            "both": Message("Both relationships", "Beide relaties"),  # not "Alle twee" (N7)
            "many": Message("All {n:word} relationships", "Alle {n:word} relaties"),
        },
    ),
    Code.SPHERES_OPPONENT_UNCONNECTED: Entry(
        Message(
            "{name}, an influential opponent, has no line to {owner}",
            "{name}, een invloedrijke tegenstander, heeft geen lijn met {owner}",
        ),
        Message(
            "{name} has {influence} influence and {stance} the intent, but no relationship "
            "with its owner, {owner}.",
            "{name} heeft {influence} invloed en {stance} de bedoeling, maar geen relatie met "
            "de eigenaar ervan, {owner}.",
        ),
        Message(
            "{other}{council}{media}{joint} Individual cases stay out of it.",
            "{other}{council}{media}{joint} Individuele casussen blijven daarbuiten.",
        ),
        parts={
            "other": Message(
                "Have {owner} talk with {name} about the policy behind the intent.",
                "Laat {owner} met {name} in gesprek gaan over het beleid achter de bedoeling.",
            ),
            "council": Message(
                "Have {owner} inform the council about the policy behind the intent (Gemeentewet "
                "art. 169), with a council letter or a technical briefing.",
                "Laat {owner} de raad informeren over het beleid achter de bedoeling (art. 169 "
                "Gemeentewet), met een raadsinformatiebrief of een technische sessie.",
            ),
            "joint": Message(
                "Put the alignment on the policy behind the intent on the agenda of the board "
                "of {org}, in which the municipality is represented.",
                "Agendeer de afstemming over het beleid achter de bedoeling in het bestuur van "
                "{org}, waarin de gemeente vertegenwoordigd is.",
            ),
            "media": Message(
                "Have {owner} prepare a press line on the policy behind the intent.",
                "Laat {owner} een perslijn opstellen over het beleid achter de bedoeling.",
            ),
        },
    ),
    Code.SPHERES_COMMUNITIES_SPLIT: Entry(
        Message(
            "The network splits into camps for and against",
            "Het netwerk valt uiteen in kampen voor en tegen",
        ),
        Message(
            "Who talks to whom shows groups that support the intent ({pro}) and groups that "
            "oppose it ({con}); they mostly talk among themselves.",
            "Wie met wie praat, laat groepen zien die de bedoeling steunen ({pro}) en groepen "
            "die ertegen zijn ({con}); zij praten vooral onderling.",
        ),
        Message(
            "Find a bridge-builder trusted in both camps and put the policy on a shared agenda.",
            "Zoek een bruggenbouwer die in beide kampen vertrouwd wordt en zet het beleid op "
            "een gedeelde agenda.",
        ),
    ),
}
