"""Texts of building block 7: system learning."""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

TEXTS: dict[Code, Entry] = {
    Code.LEARNING_NO_RULE_OWNER: Entry(
        Message("No rule owner on the map", "Geen eigenaar van de regels op de kaart"),
        Message(
            "The map does not say who sets the rules{college}. Lessons from the case have "
            "nowhere to go.",
            "De kaart noemt niet wie de regels vaststelt{college}. Lessen uit de casus kunnen "
            "nergens heen.",
        ),
        Message(
            "Put on the map who sets the rule that pinches in this case.",
            "Zet op de kaart wie de regel vaststelt die in deze casus knelt.",
        ),
        parts={
            # the body that holds the power, never a hard-coded college (twelfth jurist L6)
            "college": Message(
                "; for policy rules on ‘{power}’ that is {body}, {rel} holds the power "
                "(Awb 4:81(1))",
                "; voor beleidsregels bij ‘{power}’ is dat {body}, {rel} de bevoegdheid heeft "
                "(art. 4:81 lid 1 Awb)",
            )
        },
    ),
    Code.LEARNING_NO_FEEDBACK_PATH: Entry(
        Message(
            "The case does not find its way back to the rule",
            "De casus vindt de weg niet terug naar de regel",
        ),
        Message(
            "No feedback, signal or escalation route leads from {lost:list} to whoever sets or "
            "prepares the rules ({owners:list}): {council}{council_delegated}{college}"
            "{delegated}{prepares}. The next case will run into the same rule.",
            "Geen terugkoppel-, signaal- of escalatieroute leidt van {lost:list} naar wie de "
            "regels vaststelt of voorbereidt ({owners:list}): {council}{council_delegated}"
            "{college}{delegated}{prepares}. De volgende casus loopt "
            "tegen dezelfde regel aan.",
        ),
        Message(
            "Organise a light feedback loop: a periodic case review where the rule owner hears "
            "which rules pinched, not an evaluation of every exception.",
            "Organiseer een lichte terugkoppeling: een periodieke casusreflectie waar de "
            "regeleigenaar hoort welke regels knelden, geen evaluatie van elke uitzondering.",
        ),
        parts={
            "council": Message(
                "the council sets the ordinance", "de raad stelt de verordening vast"
            ),
            # the council delegated the ordinance (tenth jurist J10, map G): whoever holds it now
            # sets it, and whether the council could pass it on is worth checking
            "council_delegated": Message(
                "{ordinance_holders:list} {o:form:sets|set} the ordinance after the council "
                "delegated it (check whether it could: delegation is excluded where the nature "
                "of the power opposes it, Gemeentewet art. 156(1))",
                "{ordinance_holders:list} {o:form:stelt|stellen} de verordening vast na delegatie "
                "door de raad (ga na of de raad haar mocht overdragen: dat kan niet als de aard "
                "van de bevoegdheid zich ertegen verzet, art. 156 lid 1 Gemeentewet)",
            ),
            # only the bodies the bracket names (jurist, seventh round W9)
            "college": Message(
                ", the executive the policy rules (Awb 4:81)",
                ", het college de beleidsregels (art. 4:81 Awb)",
            ),
            # only who is on the map prepares them (jurist, eighth round, W9 LANG)
            "prepares": Message(
                ", {advisers:list} {a:form:prepares|prepare} them",
                ", {advisers:list} {a:form:bereidt|bereiden} ze voor",
            ),
            "delegated": Message(
                ", {delegates:list} the policy rules for the power {pronoun} "
                "{d:form:holds|hold} after delegation (Awb 4:81)",
                ", {delegates:list} de beleidsregels voor de bevoegdheid die {pronoun} "
                "na delegatie {d:form:heeft|hebben} (art. 4:81 Awb)",
            ),
        },
    ),
    Code.LEARNING_SINGLE_PERSON: Entry(
        Message("Learning runs through {name} alone", "Leren loopt alleen via {name}"),
        Message(
            "Every feedback route from {handlers:list} to a rule owner passes {name}; if {name} "
            "does not pass the lesson on, the rule stays as it is.{line}",
            "Elke terugkoppelroute van {handlers:list} naar een regeleigenaar loopt via {name}; "
            "geeft {name} de les niet door, dan blijft de regel zoals hij is.{line}",
        ),
        Message(
            "Add a second feedback route, for example directly from the team to the rule owner.",
            "Leg een tweede terugkoppelroute, bijvoorbeeld rechtstreeks van het team naar de "
            "regeleigenaar.",
        ),
        parts={
            # gatekeepers behind one another: one finding for the line (issue 14)
            "line": Message(
                " Below {name} the route runs on through {line:list}, each of them the only way "
                "on for those below.",
                " Onder {name} loopt de route verder via {line:list}; ieder van hen is de enige "
                "weg voor wie eronder staat.",
            )
        },
    ),
    Code.LEARNING_EXTERNAL_SIGNALS_LOST: Entry(
        Message(
            "Signals from partners and oversight never reach a rule owner",
            "Signalen van partners en toezicht bereiken geen regeleigenaar",
        ),
        Message(
            "No feedback, signal or escalation route leads from {shown:list} to anyone who "
            "owns the rules; what they see go wrong is not learned from.",
            "Geen terugkoppel-, signaal- of escalatieroute leidt van {shown:list} naar "
            "iemand die eigenaar is van de regels; wat zij zien misgaan, leidt niet tot lering.",
        ),
        Message(
            "Invite {shown:list} to the periodic case review.",
            "Nodig {shown:list} uit bij de periodieke casusreflectie.",
        ),
    ),
}
