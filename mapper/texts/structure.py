"""Texts of the structural checks (building blocks 3 and 6)."""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

TEXTS: dict[Code, Entry] = {
    Code.STRUCTURE_SELF_LOOP: Entry(
        Message(
            "A relationship points back to its own actor", "Een relatie wijst naar de eigen actor"
        ),
        Message(
            "{name} has a relationship ({kind}) with itself; it is left out of the analyses.",
            "{name} heeft een relatie ({kind}) met zichzelf; die telt niet mee in de analyses.",
        ),
        Message(
            "Remove it or point it at the right actor.",
            "Verwijder de relatie of koppel de juiste actor.",
        ),
    ),
    Code.STRUCTURE_ISOLATED_ACTOR: Entry(
        Message("{name} is not connected to anyone", "{name} is met niemand verbonden"),
        Message(
            "{name} has no relationship with any other actor on the map, so no signal, "
            "escalation or backing can reach or leave this actor.",
            "{name} heeft met geen enkele andere actor een relatie; geen signaal, escalatie of "
            "rugdekking kan deze actor bereiken of verlaten.",
        ),
        Message(
            "Draw whom {name} works with, answers to and signals to, or remove the actor.",
            "Leg vast met wie {name} samenwerkt, aan wie {name} verantwoording aflegt en naar "
            "wie {name} signaleert, of verwijder de actor.",
        ),
    ),
    Code.STRUCTURE_CUT_POINTS: Entry(
        Message(
            "{n:count:actor holds|actors hold} the network together",
            "{n:count:actor houdt|actoren houden} het netwerk bij elkaar",
        ),
        Message(
            # "If any one of them drops out (A, B and C)" read as all three at once (issue 11)
            "{n:form:That is|They are} {cuts:list}; without {n:form:that actor|any one of them} "
            "the network falls apart into separate parts.",
            "{n:form:Dat is|Dat zijn} {cuts:list}; zonder {n:form:die actor|een van hen} valt "
            "het netwerk uiteen in losse delen.",
        ),
        Message(
            "Add a second route around each of them where the case depends on it.",
            "Zorg voor een tweede route om hen heen waar de casus ervan afhangt.",
        ),
    ),
    Code.STRUCTURE_CARRYING_ACTOR: Entry(
        Message("The case hangs on {name}", "De casus hangt aan {name}"),
        Message(
            "Every connection between {a} and {b} runs through {name}; if {name} drops out, the "
            "key actors of the case lose touch.{line}",
            "Elke verbinding tussen {a} en {b} loopt via {name}; valt die weg, dan is er geen "
            "verbinding meer tussen de sleutelactoren van de casus.{line}",
        ),
        Message(
            "Provide a second route through the civil service to whoever may decide{wethouder}.",
            "Zorg voor een tweede ambtelijke route naar wie mag beslissen{wethouder}.",
        ),
        parts={
            # a long line of people in a row, each of them a cut-point (issue 14)
            "line": Message(
                " Further along the same line, each of them is the only link too: {line:list}.",
                " Verderop in dezelfde lijn is ook ieder van hen de enige schakel: {line:list}.",
            ),
            # only where a wethouder is one of the actors the route joins (jurist, seventh
            # round, N7 residue: not on a map where no wethouder is on the route)
            # the wethouder sits in the college that decides, so "via het college" said
            # nothing (jurist 15, J9)
            "wethouder": Message(
                ". The alderman does not decide in the case; the case runs through the civil "
                "service, the policy through the portfolio holder",
                ". De wethouder beslist niet zelf in de casus; die loopt via de ambtelijke lijn, "
                "het beleid via de portefeuillehouder",
            ),
        },
    ),
    Code.STRUCTURE_DISCONNECTED: Entry(
        Message(
            "The map falls apart into {n:word} separate parts",
            "De kaart bestaat uit {n:word} losse delen",
        ),
        Message(
            "The parts have {sizes:list} actors and share no relationship (for example around "
            "{firsts:list}).",
            "De delen hebben {sizes:list} actoren en geen enkele relatie met elkaar "
            "(bijvoorbeeld rond {firsts:list}).",
        ),
        Message(
            "Check whether a relationship between the parts is missing from the map.",
            "Ga na of een relatie tussen de delen op de kaart ontbreekt.",
        ),
    ),
    Code.STRUCTURE_DUPLICATE_NAME: Entry(
        Message(
            "{n:count:actor is|actors are} called {name}",
            "{n:count:actor heet|actoren heten} {name}",
        ),
        # never the raw ids in a text (twelfth jurist L4); the organisations where they differ
        Message(
            "These actors{in_orgs} have the same name; they may be one actor drawn twice, "
            "which splits its relationships.",
            "Deze actoren{in_orgs} hebben dezelfde naam; mogelijk is één actor twee keer "
            "op de kaart gezet, waardoor de relaties verdeeld raken.",
        ),
        Message(
            "Merge them, or give each a distinguishing name.",
            "Voeg ze samen of geef elk een onderscheidende naam.",
        ),
        parts={"in_orgs": Message(" (of {orgs:list})", " (van {orgs:list})")},
    ),
}
