"""Texts of building block 2: signalling and triage."""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

TEXTS: dict[Code, Entry] = {
    Code.TRIAGE_NOT_ORGANISED: Entry(
        Message("Nobody does triage", "Niemand doet triage"),
        Message(
            "No actor has the triage role or a triage task; it is unclear who decides that a "
            "case does not fit the routine.",
            "Geen actor heeft de triagerol of een triagetaak; het is onduidelijk wie besluit "
            "dat een casus niet in de routine past.",
        ),
        Message(
            "Give someone close to the case the triage role, laid down in the work instruction.",
            "Geef iemand dicht bij de casus de triagerol, vastgelegd in de werkinstructie.",
        ),
    ),
    Code.TRIAGE_ROLE_WITHOUT_MANDATE: Entry(
        Message(
            "The triage task of {name} is not laid down",
            "De triagetaak van {name} is niet vastgelegd",
        ),
        Message(
            "{name} has the triage role, but no work instruction or assignment on the map gives "
            "{name} the task of establishing, in this practice, that a case needs a custom "
            "solution. That is internal allocation of work, not a decision (Awb 1:3), and needs "
            "no mandate. The decision that follows{example} must still be taken by whoever "
            "holds a mandate for it.",
            "{name} heeft de triagerol, maar geen werkinstructie of taakopdracht op de kaart "
            "geeft {name} in deze werkwijze de opdracht om vast te stellen dat een casus "
            "maatwerk vraagt. Dat is een interne taaktoedeling, geen besluit (art. 1:3 Awb), en "
            "vraagt geen mandaat. Het besluit dat daarna volgt{example}, moet wel worden "
            "genomen door wie daarvoor gemandateerd is.",
        ),
        Message(
            "Lay down in the work instruction that {name} decides whether a case needs a "
            "custom solution.",
            "Leg in de werkinstructie vast dat {name} bepaalt of een casus maatwerk vraagt.",
        ),
    ),
    # Two forms: ``none`` (critical: no public body on the map decides the case's decisions)
    # and ``unset`` (a note: a public body on the map decides them and may depart from its own
    # policy rules, Awb 4:84; the map only leaves open who establishes that a case needs a
    # custom solution: jurist, sixth round N3). A gap in the map, never a beslispunt.
    Code.SIGNAL_NO_DECIDER: Entry(
        Message("{none}{unset}", "{none}{unset}"),
        Message("{none_why}{unset_why}", "{none_why}{unset_why}"),
        Message("{none_fix}{unset_fix}", "{none_fix}{unset_fix}"),
        parts={
            "none": Message(
                "Nobody may decide that deviation is needed",
                "Niemand mag besluiten dat afwijken nodig is",
            ),
            "none_why": Message(
                "No actor holds the power of triage, to deviate from a rule or to suspend a "
                "routine (by law or by a valid mandate), so no signal can lead to a decision to "
                "deviate.",
                "Geen actor heeft de bevoegdheid tot triage, afwijken van een regel of opschorten "
                "van een routine (op grond van de wet of met een geldig mandaat); geen signaal "
                "kan dus leiden tot een besluit om af te wijken.",
            ),
            "none_fix": Message(
                "Put the body that holds these powers on the map and have it mandate them to "
                "someone who receives signals.",
                "Zet het bestuursorgaan met deze bevoegdheden op de kaart en laat het ze "
                "mandateren aan iemand die signalen ontvangt.",
            ),
            "unset": Message(
                "The map does not lay down who decides that a case needs a custom solution",
                "De kaart legt niet vast wie beslist dat een casus maatwerk vraagt",
            ),
            "unset_why": Message(
                "The map names no power of triage, to deviate from a rule or to suspend the "
                "routine. {body}, {body:who} decides on {decides:list}{basis}, may depart from its "
                "own policy rules (Awb 4:84).",
                "De kaart noemt geen bevoegdheid tot triage, afwijken van een regel of opschorten "
                "van de routine. {body}, {body:who} over {decides:list} beslist{basis}, kan van "
                "zijn eigen beleidsregels afwijken (art. 4:84 Awb).",
            ),
            "unset_fix": Message(
                "{body} can lay down who decides that a case needs a custom solution in the "
                "mandate decision or a work instruction.",
                "{body} kan in het mandaatbesluit of een werkinstructie beleggen wie beslist dat "
                "een casus maatwerk vraagt.",
            ),
        },
    ),
    Code.SIGNAL_UNHEARD: Entry(
        Message(
            "Signals from {name} reach nobody who may decide",
            "Signalen van {name} bereiken niemand die mag beslissen",
        ),
        Message(
            "No signal, escalation or reporting route leads from {name} to an actor who may "
            "decide that deviation is needed (triage, deviating or suspending).",
            "Geen signaal-, escalatie- of rapportageroute leidt van {name} naar een actor die mag "
            "besluiten dat afwijken nodig is (triage, afwijken of opschorten).",
        ),
        Message(
            "Agree whom {name} can go to with a signal, and record it.",
            "Spreek af bij wie {name} met een signaal terechtkan, en leg dat vast.",
        ),
    ),
    Code.SIGNAL_LONG_PATH: Entry(
        Message(
            "Signals from {name} need {steps:count:step|steps} to reach a decider",
            "Signalen van {name} hebben {steps:count:stap|stappen} nodig tot een beslisser",
        ),
        Message(
            "The shortest route is {route}; every step delays the signal and may lose it.",
            "De kortste route is {route}; elke stap vertraagt het signaal en kan het laten "
            "verdwijnen.",
        ),
        Message(
            "Shorten the route: a triage task or a direct line near {next}.",
            "Verkort de route: een triagetaak of een directe lijn bij {next}.",
        ),
    ),
    Code.SIGNAL_SINGLE_PERSON: Entry(
        Message("Signals run through {name} alone", "Signalen lopen alleen via {name}"),
        Message(
            "Every route from {sources:list} to someone who may decide runs through {name}. If "
            "{name} is absent or misses it, the signal is lost.",
            "Elke route van {sources:list} naar iemand die mag beslissen, loopt via {name}. Is "
            "{name} afwezig of mist die het, dan gaat het signaal verloren.",
        ),
        Message("{second}{both}{oversight}", "{second}{both}{oversight}"),
        parts={
            "second": Message(
                "Give {others:list} a second route, for example a colleague or a triage desk "
                "next to {name}.",
                "Geef {others:list} een tweede route, bijvoorbeeld een collega of een "
                "triagepunt naast {name}.",
            ),
            "both": Message(" ", " "),
            "oversight": Message(
                "{watch:list} {w:form:reports|report} to the public body itself (Awb 9:36): "
                "agree how that report reaches the member of the executive concerned.",
                "{watch:list} {w:form:brengt|brengen} verslag uit aan het bestuursorgaan zelf "
                "(art. 9:36 Awb): spreek af hoe dat verslag de betrokken bestuurder bereikt.",
            ),
        },
    ),
    Code.SIGNAL_OVERSIGHT_NO_ADMINISTRATOR: Entry(
        Message(
            "Signals from {name} reach no member of the executive",
            "Signalen van {name} bereiken geen bestuurder",
        ),
        Message(
            "No route leads from {name} to a member of the executive, so complaints and findings "
            "about the routine stay below the political level.",
            "Geen route leidt van {name} naar een bestuurder; klachten en bevindingen over de "
            "routine blijven onder het bestuurlijke niveau.",
        ),
        Message(
            "Have {name} report to the responsible member of the executive.",
            "Laat {name} rapporteren aan de verantwoordelijke bestuurder.",
        ),
    ),
}
