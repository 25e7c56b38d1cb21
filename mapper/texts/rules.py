"""Texts of the rules and the register of deviations: building block 7 (the risicoregelreflex,
the learning loop back to a rule) and building block 4 (equal treatment, unaccounted custom
work, accountability that eats the room to act)."""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

TEXTS: dict[Code, Entry] = {
    Code.RULE_RISK_REFLEX: Entry(
        Message(
            "{rule} puts a burden on every case {origin}",
            "{rule} legt {origin} een last op elke casus",
        ),
        Message(
            "{rule} was made {origin}{on_date}{with_note}. It adds "
            "{burden:count:extra step|extra steps} to every case of {powers:list}, also where "
            "the risk it was made for does not arise. That is the risicoregelreflex: a new rule "
            "for everyone after {after}.{home_visit}",
            "{rule} is {origin} ingevoerd{on_date}{with_note}. De regel voegt "
            "{burden:count:extra stap|extra stappen} toe aan elke casus van {powers:list}, ook "
            "waar het risico van toen niet speelt. Dat is de risicoregelreflex: na {after} een "
            "nieuwe regel voor iedereen.{home_visit}",
        ),
        Message(
            "{ask_owner}{ask_anyone}{ask_college} to aim the rule at the cases where that risk "
            "really arises, for instance with a criterion that flags them, and to let "
            "the professional depart from it elsewhere with reasons; agree that the rule is "
            "reviewed after a year on what it yields.",
            "{ask_owner}{ask_anyone}{ask_college} de regel te richten op de casussen waarin het "
            "risico van toen werkelijk speelt, bijvoorbeeld met een criterium dat ze "
            "signaleert, en de professional elders gemotiveerd te laten afwijken; spreek af dat "
            "de regel na een jaar wordt getoetst op wat hij oplevert.",
        ),
        parts={
            "on_date": Message(" on {when:date}", " op {when:date}"),
            "with_note": Message(" ({note})", " ({note})"),
            "ask_owner": Message("Ask {owner}", "Vraag {owner}"),
            "ask_anyone": Message("Ask whoever can change it", "Vraag wie de regel kan wijzigen"),
            # consent, and entering a home without it only on a statutory basis (art. 12
            # Grondwet; art. 8 EVRM); a visit at every application has no individual ground
            # (jurist, eighth round N7)
            "home_visit": Message(
                " A home visit needs the applicant's consent; without consent no one may enter "
                "the home unless a statute provides for it (art. 12 of the Dutch Constitution; "
                "art. 8 ECHR). A home visit at every application, without a reasonable ground "
                "in the individual case, is legally vulnerable.",
                " Een huisbezoek vraagt toestemming van de aanvrager; zonder toestemming mag "
                "niemand de woning binnengaan, tenzij een wet daarin voorziet (art. 12 "
                "Grondwet; art. 8 EVRM). Een huisbezoek bij elke aanvraag, zonder redelijke "
                "grond in het individuele geval, is juridisch kwetsbaar.",
            ),
            "ask_college": Message(
                "Ask {college}, which answers the motion to the council,",
                "Vraag {college}, dat de motie aan de raad beantwoordt,",
            ),
        },
    ),
    Code.RULE_OWNER_CANNOT_CHANGE: Entry(
        Message("The loop back to {rule} does not close", "De lus terug naar {rule} sluit niet"),
        Message(
            "{rule} stands in the way of {needs:list}. {statute}{ordinance}{policy}{internal}"
            "{no_owner}{named_owner} What the case teaches does not lead to a better rule.",
            "{rule} staat {needs:list} in de weg. {statute}{ordinance}{policy}{internal}"
            "{no_owner}{named_owner} Wat de casus leert, leidt zo niet tot een betere regel.",
        ),
        Message(
            "{statute_do}{ordinance_do}{policy_do}{internal_do}",
            "{statute_do}{ordinance_do}{policy_do}{internal_do}",
        ),
        parts={
            "statute": Message(
                "Only the legislator can change a statute;",
                "Alleen de wetgever kan een wet wijzigen;",
            ),
            "ordinance": Message(
                "An ordinance is set by the council (art. 147 Gemeentewet) or, where the council "
                "delegated it, by the municipal executive (art. 156 Gemeentewet);",
                "Een verordening stelt de raad vast (art. 147 Gemeentewet) of, waar de raad dat "
                "heeft gedelegeerd, het college (art. 156 Gemeentewet);",
            ),
            "policy": Message(
                "A policy rule is set by the public body whose power it concerns (Awb 4:81), or "
                "under its mandate;",
                "Een beleidsregel stelt het bestuursorgaan vast wiens bevoegdheid het betreft "
                "(art. 4:81 Awb), of wie daartoe mandaat heeft;",
            ),
            "internal": Message(
                "An internal rule is changed by the leadership of the organisation;",
                "Een interne regel wijzigt de leiding van de organisatie;",
            ),
            "no_owner": Message(
                " the map does not say who owns this one.",
                " de kaart zegt niet wie eigenaar is van deze regel.",
            ),
            "named_owner": Message(
                " {owner}, named as its owner, cannot change the rule.",
                " {owner}, die als eigenaar is genoemd, kan de regel niet wijzigen.",
            ),
            "statute_do": Message(
                "Bring the bottleneck to the legislator (through the VNG or the ministry) and "
                "meanwhile use the room the statute itself gives: a clause to depart from it, "
                "or the proportionality of Awb 3:4 lid 2 where it leaves room to weigh.",
                "Breng het knelpunt onder de aandacht van de wetgever (via de VNG of het "
                "ministerie) en gebruik intussen de ruimte die de wet zelf geeft: een "
                "afwijkingsbepaling, of de evenredigheid van art. 3:4 lid 2 Awb waar de wet "
                "ruimte laat voor een afweging.",
            ),
            "ordinance_do": Message(
                "Make the council (or the municipal executive it delegated to) the owner of the "
                "ordinance "
                "on the map, and let the executive put what cases show before the council; a "
                "hardship clause gives room to depart from it meanwhile.",
                "Maak de raad (of het college waaraan hij heeft gedelegeerd) eigenaar van de "
                "verordening op de kaart en laat het college wat casussen laten zien aan de "
                "raad voorleggen; een hardheidsclausule geeft intussen ruimte om af te wijken.",
            ),
            "policy_do": Message(
                "Make the public body that sets the policy rule (usually the municipal "
                "executive) its owner, and let what cases show reach it.",
                "Maak het bestuursorgaan dat de beleidsregel vaststelt (meestal het college) "
                "eigenaar ervan en laat wat casussen laten zien daar terechtkomen.",
            ),
            "internal_do": Message(
                "Make a manager who can change the rule its owner, and let what cases show "
                "reach that manager.",
                "Maak een leidinggevende die de regel kan wijzigen eigenaar ervan en laat wat "
                "casussen laten zien bij die leidinggevende terechtkomen.",
            ),
        },
    ),
    Code.RULE_LOOP_OPEN: Entry(
        Message(
            "The lesson of the case does not reach the owner of {rule}",
            "De les uit de casus bereikt de eigenaar van {rule} niet",
        ),
        Message("{blocks}{policy}", "{blocks}{policy}"),
        Message(
            "Organise that {owner} hears where the rule pinches, for instance in a periodic case "
            "review with {handlers:list}; that is lighter than evaluating every exception.",
            "Organiseer dat {owner} hoort waar de regel knelt, bijvoorbeeld in een periodieke "
            "casusreflectie met {handlers:list}; dat is lichter dan elke uitzondering "
            "evalueren.",
        ),
        # a policy rule never stands in the way of a decision: who decides under it must depart
        # from it where following it is disproportionate (Awb 4:84; jurist, sixth round N5)
        parts={
            "blocks": Message(
                "{rule} stands in the way of {needs:list}. {owner} can change the rule, but no "
                "feedback, signal or escalation route leads from {handlers:list} to {owner}. "
                "The loop does not close: the next case will run into the same rule.",
                "{rule} staat {needs:list} in de weg. {owner} kan de regel wijzigen, maar geen "
                "terugkoppel-, signaal- of escalatieroute leidt van {handlers:list} naar "
                "{owner}. De lus sluit niet: de volgende casus loopt tegen dezelfde regel aan.",
            ),
            "policy": Message(
                "{needs:list} {n:form:departs|depart} from {rule}. That is allowed, and required "
                "where following the policy rule would be disproportionate because of special "
                "circumstances (Awb 4:84); the rule does "
                "not stand in the way of the decision. But {owner}, {rel} sets the policy rules "
                "(Awb 4:81), hears nowhere where the rule pinches: no feedback, signal or "
                "escalation route leads from {handlers:list} to {owner}.",
                "{needs:list} {n:form:wijkt|wijken} af van {rule}. Dat mag en moet waar het volgen "
                "van de beleidsregel wegens bijzondere omstandigheden onevenredig uitpakt "
                "(art. 4:84 Awb); de regel staat het besluit niet in de weg. "
                "Wel hoort {owner}, {rel} de beleidsregels vaststelt (art. 4:81 Awb), nergens "
                "waar de regel knelt: geen terugkoppel-, signaal- of escalatieroute leidt van "
                "{handlers:list} naar {owner}.",
            ),
        },
    ),
    Code.DEVIATION_UNEQUAL_OUTCOMES: Entry(
        Message(
            "Comparable requests to deviate from {rule} ended differently",
            "Vergelijkbare verzoeken om af te wijken van {rule} liepen verschillend af",
        ),
        Message("{refused}{granted}", "{refused}{granted}"),
        Message(
            "Record with each deviation why this outcome fits and how the case differs from "
            "the earlier one, and discuss comparable deviations together now and then, so that "
            "precedent is built on purpose.",
            "Leg bij elke afwijking vast waarom deze uitkomst past en waarin de casus verschilt "
            "van de eerdere, en bespreek vergelijkbare afwijkingen af en toe samen, zodat "
            "precedent bewust ontstaat.",
        ),
        parts={
            "refused": Message(
                "The register marks the request of {this_date}, which was refused, as "
                "comparable to {other}, which was granted. For the refusal the register records "
                "no reason; check whether the decision explains the difference (Awb 3:46); "
                "unequal outcomes in comparable cases must be explicable (equal treatment).",
                "Het register noemt het verzoek van {this_date}, dat werd afgewezen, "
                "vergelijkbaar met {other}, die werd toegestaan. Voor de afwijzing legt het "
                "register geen reden vast; ga na of de beschikking het verschil motiveert "
                "(art. 3:46 Awb); ongelijke uitkomsten in vergelijkbare gevallen moeten te "
                "verklaren zijn (gelijkheidsbeginsel).",
            ),
            "granted": Message(
                "The register marks {this}, which was granted, as comparable to the request of "
                "{other_date}, which was refused. For the grant the register records no "
                "reason; check whether the decision explains the difference (Awb 3:46); unequal "
                "outcomes in comparable cases must be explicable (equal treatment).",
                "Het register noemt {this}, die werd toegestaan, vergelijkbaar met het verzoek "
                "van {other_date}, dat werd afgewezen. Voor de toekenning legt het register geen "
                "reden vast; ga na of het besluit het verschil motiveert (art. 3:46 Awb); "
                "ongelijke uitkomsten in vergelijkbare gevallen moeten te verklaren zijn "
                "(gelijkheidsbeginsel).",
            ),
        },
    ),
    Code.DEVIATION_NOT_REPORTED: Entry(
        Message("{plain}{statute}", "{plain}{statute}"),
        Message("{plain_why}{statute_why}", "{plain_why}{statute_why}"),
        Message("{plain_fix}{statute_to}{statute_any}", "{plain_fix}{statute_to}{statute_any}"),
        parts={
            "plain": Message(
                "{n:count:deviation was|deviations were} reported to nobody",
                "{n:count:afwijking is|afwijkingen zijn} aan niemand gemeld",
            ),
            "plain_why": Message(
                "For {shown:list}{more_t}{by_t} the register names nobody the deviation was "
                "reported to. Custom work that nobody sees cannot be backed, and nothing is "
                "learned from it.",
                "Bij {shown:list}{more_t}{by_t} noemt het register niemand aan wie de afwijking is "
                "gemeld. Maatwerk dat niemand ziet, kan niemand dekken, en er wordt niets van "
                "geleerd.",
            ),
            "plain_fix": Message(
                "Account for deviations lightly: one line in the register that whoever the "
                "decider holds the mandate from sees each month, without an extra signature "
                "beforehand.",
                "Verantwoord afwijkingen licht: één regel in het register die wie het mandaat "
                "verleende elke maand ziet, zonder extra handtekening vooraf.",
            ),
            # a granted deviation from a statute is no light custom work (jurist round 5, J19)
            "statute": Message(
                "A deviation from a statutory rule without a recorded basis",
                "Een afwijking van een wettelijke regel zonder vastgelegde grondslag",
            ),
            "statute_why": Message(
                "{shown:list}{by_whom} departs from a statutory rule, {rule}. That is allowed "
                "only where the statute itself leaves room; the register names no provision it "
                "rests on, and nobody the deviation was reported to.",
                "{shown:list}{by_whom} wijkt af van een wettelijke regel, {rule}. Dat mag "
                "alleen waar de wet zelf ruimte laat; het register noemt geen bepaling waarop "
                "de afwijking steunt, en niemand aan wie zij is gemeld.",
            ),
            "statute_to": Message(
                "Record in the register and in the decision which provision it rests on, and "
                "report it to {grantor}, from whom {decider} holds the mandate.",
                "Leg in het register en in het besluit vast op welke bepaling de afwijking "
                "steunt, en meld haar aan {grantor}, van wie {decider} het mandaat heeft.",
            ),
            "statute_any": Message(
                "Record in the register and in the decision which provision it rests on, and "
                "report it to whoever the decider holds the mandate from.",
                "Leg in het register en in het besluit vast op welke bepaling de afwijking "
                "steunt, en meld haar aan wie het mandaat verleende.",
            ),
        },
    ),
    Code.ACCOUNTABILITY_BURDEN: Entry(
        Message(
            "Accountability takes up the room to act on {need}",
            "Verantwoording slokt de ruimte op voor {need}",
        ),
        Message(
            "The rules on this custom decision ({rules:list}) add "
            "{total:count:check or sign-off|checks or sign-offs} to it; this analysis sets the "
            "limit at {limit:word}. Every deviation then costs more than the routine it "
            "replaces.",
            "De regels op dit maatwerkbesluit ({rules:list}) voegen er "
            "{total:count:controle of handtekening|controles of handtekeningen} aan toe; de "
            "analyse legt de grens bij {limit:word}. Elke afwijking kost dan meer dan de "
            "routine die zij vervangt.",
        ),
        Message("{risk}{no_risk}", "{risk}{no_risk}"),
        parts={
            "risk": Message(
                "Limit the checks beforehand to the cases in which the risk of the incident "
                "that led to the rule is at stake (for instance above an amount or on a "
                "signal), and let the other "
                "deviations be accounted for afterwards: recorded in the register and discussed "
                "in the periodic case review.",
                "Beperk de controles vooraf tot de gevallen waarin het risico speelt van het "
                "incident dat tot de regel leidde (bijvoorbeeld boven een bedrag of bij een "
                "signaal), en laat de overige "
                "afwijkingen achteraf verantwoorden: vastgelegd in het register en besproken in "
                "de periodieke casusreflectie.",
            ),
            "no_risk": Message(
                "Limit the checks beforehand to the cases in which the risk they were made for "
                "is at stake, and let the other deviations be accounted for afterwards: "
                "recorded in the register and discussed in the periodic case review.",
                "Beperk de controles vooraf tot de gevallen waarin het risico speelt waarvoor "
                "ze zijn ingevoerd, en laat de overige afwijkingen achteraf verantwoorden: "
                "vastgelegd in het register en besproken in de periodieke casusreflectie.",
            ),
        },
    ),
}

#: Who took a deviation, inside a sentence.
DECIDED_BY = Message(" (decided by {decider})", " (besloten door {decider})")
#: Who took the deviations, and how many more there are than are shown.
DEVIATIONS_BY = Message(" (decided by {deciders:list})", " (besloten door {deciders:list})")
DEVIATIONS_MORE = Message(" and {n_more:word} more", " en nog {n_more:word}")
