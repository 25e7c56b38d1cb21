"""Texts of building block 1: clarity about the intent."""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

TEXTS: dict[Code, Entry] = {
    Code.INTENT_OWNER_OPPOSES: Entry(
        Message(
            "The owner of the intent, {name}, opposes it",
            "De eigenaar van de bedoeling, {name}, is ertegen",
        ),
        Message(
            "{name} owns the intent but has stance {stance} towards it.",
            "{name} is eigenaar van de bedoeling maar staat er met houding {stance} tegenover.",
        ),
        Message(
            "Talk the intent through with the owner, or name another owner.",
            "Bespreek de bedoeling met de eigenaar, of wijs een andere eigenaar aan.",
        ),
    ),
    Code.INTENT_NO_OWNER: Entry(
        Message("The intent has no owner", "De bedoeling heeft geen eigenaar"),
        Message(
            "The case states an intent, but no administrator is named as its owner; nobody "
            "answers for it or grants room to deviate for it.",
            "De casus noemt een bedoeling, maar geen bestuurder is als eigenaar aangewezen; "
            "niemand staat ervoor en geeft er ruimte voor om af te wijken.",
        ),
        Message(
            "Name the administrator who owns the intent (case header).",
            "Wijs de bestuurder aan die eigenaar is van de bedoeling (kop van de casus).",
        ),
    ),
    Code.INTENT_NOT_STATED: Entry(
        Message("The intent is not stated", "De bedoeling is niet benoemd"),
        Message(
            "The case states no intent and no owner; deviating from the routine then has no "
            "purpose to answer to.",
            "De casus noemt geen bedoeling en geen eigenaar; afwijken van de routine heeft dan "
            "geen doel om zich aan te verantwoorden.",
        ),
        Message(
            "Write down what the case is for and who owns that.",
            "Schrijf op waar de casus voor is en wie daar eigenaar van is.",
        ),
    ),
    Code.INTENT_NO_DEVIATION_POWER: Entry(
        Message(
            "No administrator behind the intent may deviate",
            "Geen bestuurder achter de bedoeling mag afwijken",
        ),
        Message(
            "Those who support the intent ({who}) hold neither the power to deviate from a rule "
            "nor to suspend the routine, by law or by a valid mandate.{others}{nobody}",
            "Wie de bedoeling steunt ({who}), heeft geen bevoegdheid om van een regel af te "
            "wijken of de routine op te schorten, op grond van de wet of met een geldig "
            "mandaat.{others}{nobody}",
        ),
        Message(
            "Make the body that holds these powers owner of the intent, or have it mandate them "
            "to the owner.",
            "Maak het bestuursorgaan dat deze bevoegdheden heeft eigenaar van de bedoeling, of "
            "laat het ze mandateren aan de eigenaar.",
        ),
        parts={
            "others": Message(
                " Only {holders:list} {n:form:holds|hold} them.",
                " Alleen {holders:list} {n:form:heeft|hebben} ze.",
            ),
            "nobody": Message(" Nobody on the map holds them.", " Niemand op de kaart heeft ze."),
        },
    ),
    Code.INTENT_NOT_PASSED_DOWN: Entry(
        Message(
            "The room to deviate stays at the top",
            "De ruimte om af te wijken blijft aan de top",
        ),
        Message(
            "{holders:list} {n:form:holds|hold} {powers:list} but {n:form:has|have} passed them "
            "to nobody by a valid mandate, so every deviation must go up to {n:form:it|them}."
            "{tried}",
            "{holders:list} {n:form:heeft|hebben} {powers:list} maar {n:form:heeft|hebben} die "
            "met geen geldig mandaat doorgegeven; elke afwijking moet dus naar "
            "{n:form:dit bestuursorgaan|hen} toe.{tried}",
        ),
        Message(
            "Grant a written mandate to deviate (Awb 4:84) to the team lead or manager of the "
            "case, with an accountability line back.",
            "Verleen een schriftelijk mandaat om af te wijken (Awb 4:84) aan de teamleider of "
            "manager van de casus, met een verantwoordingslijn terug.",
        ),
        parts={"tried": Message(" Not valid: {mandates:semi}.", " Niet geldig: {mandates:semi}.")},
    ),
}
