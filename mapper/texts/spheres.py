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
        Message("{a} and {b} {none}{by_mandate}", "{a} en {b} raken elkaar {none}{by_mandate}"),
        Message("{none_detail}{one}{many}", "{none_detail}{one}{many}"),
        Message(
            "Organise{beside} a regular line between the two, for example portfolio talks on "
            "the policy behind the intent.",
            "Organiseer{beside} een vaste lijn tussen beide, bijvoorbeeld portefeuilleoverleg "
            "over het beleid achter de bedoeling.",
        ),
        parts={
            "none": Message("do not touch", "niet"),
            "none_detail": Message(
                "No relationship other than trust and no mandate connects {a} with {b}; what "
                "one side decides, the other does not hear.",
                "Geen enkele relatie behalve vertrouwen en geen mandaat verbindt {a} met {b}; "
                "wat de een besluit, hoort de ander niet.",
            ),
            # a mandate across is a line, but only for what is decided under it (N5)
            "by_mandate": Message(
                "meet only through {n:form:a mandate|mandates}",
                "alleen via {n:form:een mandaat|mandaten}",
            ),
            "one": Message(
                "Only the mandate of {grantor} to {holder} connects {a} with {b}; no regular "
                "line runs beside it, so beyond the decisions taken under it one side does not "
                "hear what the other decides.",
                "Alleen het mandaat van {grantor} aan {holder} verbindt {a} met {b}; er loopt "
                "geen vaste overleglijn naast, dus buiten de besluiten in mandaat hoort de een "
                "niet wat de ander besluit.",
            ),
            "many": Message(
                "Only {n:word} mandates connect {a} with {b}, such as the one of {grantor} to "
                "{holder}; no regular line runs beside them, so beyond the decisions taken under "
                "them one side does not hear what the other decides.",
                "Alleen {n:word} mandaten verbinden {a} met {b}, zoals dat van {grantor} aan "
                "{holder}; er loopt geen vaste overleglijn naast, dus buiten de besluiten in "
                "mandaat hoort de een niet wat de ander besluit.",
            ),
            "beside": Message(", beside the mandate,", " naast het mandaat"),
        },
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
            "many": Message("All {n:word} relationships", "Alle {n:word} de relaties"),
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
    Code.SPHERES_COUNCIL_NOT_INFORMED: Entry(
        Message(
            "No line of information to the council in a politically sensitive case",
            "Geen informatielijn naar de raad bij een politiek gevoelige casus",
        ),
        Message(
            "The case is politically sensitive: {by_media}{and}{by_opponents}. {on_map}{absent} "
            "The municipal executive and each of its members give the council the information "
            "it needs "
            "for its task (art. 169 Gemeentewet); a council that first hears of the case from "
            "the press or from the opposition cannot play that part.",
            "De casus ligt politiek gevoelig: {by_media}{and}{by_opponents}. {on_map}{absent} "
            "Het college en elk van zijn leden geven de raad de inlichtingen die de raad voor "
            "de uitoefening van zijn taak nodig heeft (art. 169 Gemeentewet); een raad die de "
            "casus eerst uit de krant of van de oppositie hoort, kan die rol niet vervullen.",
        ),
        Message(
            "Agree that {admin} informs the council in time about the approach and the policy "
            "behind it, for instance with a council letter or a technical briefing; the "
            "personal details of the resident stay out of it.",
            "Spreek af dat {admin} de raad tijdig informeert over de aanpak en het beleid "
            "daarachter, bijvoorbeeld met een raadsinformatiebrief of een technische sessie; "
            "de persoonsgegevens van de inwoner blijven daarbuiten.",
        ),
        parts={
            "by_media": Message(
                "{media:list} {m:form:follows|follow} it and {m:form:has|have} much influence",
                "{media:list} {m:form:volgt|volgen} de casus en {m:form:heeft|hebben} veel invloed",
            ),
            "and": Message("; ", "; "),
            "by_opponents": Message(
                "{opponents:list} {o:form:opposes|oppose} the intent and {o:form:has|have} "
                "much influence",
                "{opponents:list} {o:form:staat|staan} negatief tegenover de bedoeling en "
                "{o:form:heeft|hebben} veel invloed",
            ),
            "on_map": Message(
                "Yet no line of account or signals runs from {admin} to {council}, directly or "
                "through the municipal executive.",
                "Toch loopt er geen verantwoordings- of signaallijn van {admin} naar {council}, "
                "rechtstreeks of via het college.",
            ),
            "absent": Message(
                "Yet the council is not on the map, so nothing shows how it is informed.",
                "Toch staat de raad niet op de kaart; niets laat zien hoe hij wordt geïnformeerd.",
            ),
        },
    ),
    # {own}: a senior civil servant of the administrator's own organisation; {other}: of
    # another organisation, whose course its own board sets (rev-jurist16 N3)
    Code.SPHERES_SPLIT_AT_TOP: Entry(
        Message("{own_title}{other_title}", "{own_title}{other_title}"),
        Message("{own_detail}{other_detail}", "{own_detail}{other_detail}"),
        Message("{own_fix}{other_fix}", "{own_fix}{other_fix}"),
        parts={
            "own_title": Message(
                "Split at the top: {admins:list} and {servant} pull opposite ways",
                "Verdeeldheid aan de top: {admins:list} en {servant} trekken verschillende "
                "kanten op",
            ),
            "own_detail": Message(
                "{pro:list} {p:form:supports|support} the intent, {con:list} {c:form:is|are} "
                "against it. Whoever handles the case then hears one thing from the "
                "executive and another from the senior civil service, and departing from the "
                "routine needs both to point the same way. The executive sets the course; the "
                "senior civil service advises and may disagree, but the line to the case must "
                "be one.",
                "{pro:list} {p:form:staat|staan} achter de bedoeling, {con:list} "
                "{c:form:staat|staan} er negatief tegenover. Wie de casus behandelt, hoort dan "
                "van de bestuurder iets anders dan van de ambtelijke top, terwijl afwijken van de "
                "routine vraagt dat beide dezelfde kant op wijzen. Het bestuur bepaalt de koers; "
                "de ambtelijke top adviseert en mag tegenspreken, maar naar de casus toe is er "
                "één lijn.",
            ),
            # the college sets the course and the room to deviate; the secretaris advises and
            # sees that it reaches the case (jurist, fifth round J17)
            "own_fix": Message(
                "Put the difference to {college}: {college} sets the course and lays down the "
                "room to deviate in its policy rules and its mandate decision; {servant} advises "
                "and sees that this course reaches the case handler along the line.",
                "Leg het verschil voor aan {college}: {college} stelt de koers vast en legt de "
                "ruimte om af te wijken vast in zijn beleidsregels en het mandaatbesluit; "
                "{servant} adviseert en zorgt dat die koers langs de lijn de behandelaar "
                "bereikt.",
            ),
            "other_title": Message(
                "{servant} of another organisation views the intent otherwise than {admins:list}",
                "{servant} van een andere organisatie staat anders tegenover de bedoeling dan "
                "{admins:list}",
            ),
            "other_detail": Message(
                "{pro:list} {p:form:supports|support} the intent, {con:list} {c:form:is|are} "
                "against it. {servant} works for {org} and follows the course {board} sets, not "
                "that of {admins:list}; whoever works on the case together then hears one thing "
                "from one organisation and another from the other.",
                "{pro:list} {p:form:staat|staan} achter de bedoeling, {con:list} "
                "{c:form:staat|staan} er negatief tegenover. {servant} werkt bij {org} en volgt "
                "de koers die {board} vaststelt, niet die van {admins:list}; wie samen aan de "
                "casus werkt, hoort dan uit de ene organisatie iets anders dan uit de andere.",
            ),
            "other_fix": Message(
                "Align the course in the case with {board}. {admins:list} {a:form:sets|set} the "
                "course of {a:form:its|their} own organisation only.",
                "Stem de koers in de casus af met {board}. {admins:list} {a:form:stelt|stellen} "
                "alleen voor de eigen organisatie de koers vast.",
            ),
        },
    ),
    # a member of the same college against the intent is no outside opponent (jurist, fifth
    # round J17)
    Code.SPHERES_COLLEGE_DIVIDED: Entry(
        Message(
            "{name} and {owner} differ on the intent within the municipal executive",
            "{name} en {owner} verschillen in het college van mening over de bedoeling",
        ),
        Message(
            "{name} {stance} the intent, of which {owner} is the owner. Both are members of "
            "the municipal executive, which decides as one public body.{mayor}",
            "{name} {stance} de bedoeling, waarvan {owner} eigenaar is. Beiden zijn lid van "
            "het college, dat als één bestuursorgaan beslist.{mayor}",
        ),
        Message(
            "Discuss the intent in the municipal executive; the executive decides as one public "
            "body.",
            "Bespreek de bedoeling in het college; het college beslist als één bestuursorgaan.",
        ),
        parts={
            "mayor": Message(
                " The mayor promotes the unity of the executive's policy (Gemeentewet art. "
                "170(1)(a)).",
                " De burgemeester bevordert de eenheid van het collegebeleid (art. 170 lid 1 "
                "onder a Gemeentewet).",
            ),
        },
    ),
}
