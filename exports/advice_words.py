"""The fixed words of the advice note and the session deck: headings, labels, the annex on
how the analysis works. What the nota and the deck say about the case itself is in
:mod:`exports.advice` and :mod:`exports.risks`.
"""

from __future__ import annotations

from mapper.findings import Text
from models.i18n import Lang

__all__ = ["W", "method_paragraphs"]

#: Headings and fixed phrases of the nota and the deck.
W: dict[str, Text] = {
    "advice": Text("Advice", "Advies"),
    "subtitle": Text(
        "The field of forces around the case: where doing what is needed gets stuck",
        "Het krachtenveld rond de casus: waar doen wat nodig is vastloopt",
    ),
    "date": Text("Date", "Datum"),
    "to": Text("To", "Aan"),
    "from": Text("From", "Van"),
    "reference": Text("Reference", "Kenmerk"),
    "subject": Text("Subject", "Onderwerp"),
    "portfolio": Text("Portfolio holder", "Portefeuillehouder"),
    "college": Text("The Municipal Executive", "Het college van burgemeester en wethouders"),
    "fill_in": Text("[name, department]", "[naam, afdeling]"),
    "decisions": Text("Decision points", "Beslispunten"),
    "annex_accepted": Text("Annex D. Accepted risks", "Bijlage D. Geaccepteerde risico's"),
    "finding": Text("Finding", "Bevinding"),
    "reason": Text("Reason", "Reden"),
    "by": Text("Accepted by", "Geaccepteerd door"),
    "decide_intro": Text("The Executive decides:", "Het college besluit:"),
    "as_of": Text("Reference date for mandates", "Peildatum mandaten"),
    "made_with": Text("Prepared with Krachtenveld", "Opgesteld met Krachtenveld"),
    "summary": Text("Summary", "Samenvatting"),
    "first": Text("Do first", "Eerst doen"),
    "todo": Text("What to organise", "Wat te organiseren"),
    "occasion": Text("Occasion", "Aanleiding"),
    "intent": Text("The intent", "De bedoeling"),
    "owner": Text("Owner of the intent", "Eigenaar van de bedoeling"),
    "no_description": Text(
        "The map has no description of the case yet.",
        "De kaart bevat nog geen beschrijving van de casus.",
    ),
    "scorecard": Text("Scorecard", "Scorekaart"),
    "block": Text("Building block", "Bouwsteen"),
    "verdict": Text("Verdict", "Oordeel"),
    "explanation": Text("Explanation", "Toelichting"),
    "map": Text("The field of forces", "Het krachtenveld"),
    "map_caption": Text(
        "The map: actors by kind and sphere, with mandates, trust, accountability and signals.",
        "De kaart: actoren naar soort en wereld, met mandaten, vertrouwen, verantwoording en "
        "signalen.",
    ),
    "no_map": Text("The map has no actors yet.", "De kaart bevat nog geen actoren."),
    "causes": Text("Causes and what to organise", "Oorzaken en wat te organiseren"),
    "no_causes": Text(
        "The analysis finds nothing that keeps the organisation from doing what is needed.",
        "De analyse vindt niets dat de organisatie belet te doen wat nodig is.",
    ),
    "legal": Text("Relevant articles", "Relevante artikelen"),
    "evidence": Text("Evidence", "Onderbouwing"),
    "findings": Text("Findings", "Bevindingen"),
    "blocks": Text("Building blocks", "Bouwstenen"),
    "risks": Text("Risks", "Risico's"),
    "annexes": Text("Annexes", "Bijlagen"),
    "annex_mandates": Text("Annex A. Mandates", "Bijlage A. Mandaten"),
    "annex_actors": Text("Annex B. Actors", "Bijlage B. Actoren"),
    "annex_method": Text("Annex C. How the analysis works", "Bijlage C. Hoe de analyse werkt"),
    "no_mandates": Text("The map has no mandates.", "De kaart bevat geen mandaten."),
    "grantor_holder": Text("Grantor → holder", "Mandaatgever → houder"),
    # annex A with more than mandates: named by what it holds (ninth jurist, F1)
    "annex_grants": Text("Annex A. {kinds}", "Bijlage A. {kinds}"),
    "granted_holder": Text("Grantor → holder", "Verlener → houder"),
    "power": Text("Power", "Bevoegdheid"),
    "instrument": Text("Instrument", "Instrument"),
    # no public-law power, so no mandate (as the register says; jurist, fourth round)
    "internal_task": Text(
        "Internal task allocation; no mandate", "Interne taaktoedeling; geen mandaat"
    ),
    "no_public_power": Text(
        "No mandate: no public-law power", "Geen mandaat: geen publiekrechtelijke bevoegdheid"
    ),
    "budget": Text("Budget", "Budget"),
    "valid_until": Text("Valid until", "Geldig tot"),
    "remarks": Text("Remarks", "Opmerkingen"),
    "none": Text("none", "geen"),
    "name": Text("Name", "Naam"),
    "kind": Text("Kind", "Soort"),
    "organisation": Text("Organisation", "Organisatie"),
    "influence": Text("Influence", "Invloed"),
    "interest": Text("Interest", "Belang"),
    "stance": Text("Stance", "Houding"),
    "what_if": Text("What if", "Wat als"),
    "what_if_title": Text("What if {name} is absent?", "Wat als {name} afwezig is?"),
    # a mandate is granted to and by the post, not the person (jurist M7)
    "what_if_posts": Text(
        "The mandates granted under this post stay in force until revoked (Awb 10:8); what "
        "the map loses is the link and the decider. Lay the substitution down in the mandate "
        "decision.",
        "De mandaten die onder deze functie zijn verleend, blijven gelden tot ze worden "
        "ingetrokken (art. 10:8 Awb); wat de kaart verliest, is de schakel en de beslisser. "
        "Leg de vervanging vast in het mandaatbesluit.",
    ),
    "what_if_gained": Text(
        "Without {name}, the analysis finds {n}:",
        "Zonder {name} vindt de analyse {n}:",
    ),
    "what_if_rest": Text("And {n} more {what}.", "En nog {n} {what}."),
    "what_if_nothing": Text(
        "Without {name}, the analysis finds nothing new.",
        "Zonder {name} vindt de analyse niets nieuws.",
    ),
    "what_if_none": Text(
        "No single actor carries the case: no one person's absence makes new findings.",
        "Geen enkele actor draagt de casus alleen: het wegvallen van één persoon geeft geen "
        "nieuwe bevindingen.",
    ),
    "session": Text("Strategy session", "Strategiesessie"),
}

_METHOD: tuple[Text, ...] = (
    Text(
        "Krachtenveld reads the map as networks: who may decide what (mandates and powers held "
        "by law), who trusts whom, who answers to whom, and where signals travel. It judges the "
        "map under the seven building blocks of doing what is needed.",
        "Krachtenveld leest de kaart als netwerken: wie wat mag besluiten (mandaten en "
        "bevoegdheden op grond van de wet), wie wie vertrouwt, wie aan wie verantwoording "
        "aflegt en waar signalen lopen. Het beoordeelt de kaart langs de zeven bouwstenen van "
        "doen wat nodig is.",
    ),
    Text(
        "Mandates and delegations are checked against title 10.1 of the General Administrative "
        "Law Act (Awb) on the reference date, and so are powers of attorney and authorisations "
        "(Awb 10:12): every chain must lead back to the body that holds the power, "
        "sub-mandate or sub-power of attorney only where allowed, a line back to whoever "
        "granted the power, consent where needed.",
        "Mandaten en delegaties worden getoetst aan titel 10.1 van de Algemene wet "
        "bestuursrecht op de peildatum, en via art. 10:12 Awb ook volmachten en machtigingen: "
        "elke keten moet terugleiden naar het bestuursorgaan dat de bevoegdheid heeft, "
        "ondermandaat of ondervolmacht alleen waar dat is toegestaan, een lijn terug naar wie "
        "de bevoegdheid verleende, instemming waar die nodig is.",
    ),
    Text(
        "For each needed decision the analysis looks for the nearest actor that holds the power "
        "(by statute or after delegation) or exercises it under a valid mandate, power of "
        "attorney or authorisation, and counts the steps from the case handler.",
        "Voor elk benodigd besluit zoekt de analyse de dichtstbijzijnde actor die de "
        "bevoegdheid heeft (op grond van de wet of na delegatie) of haar uitoefent met een "
        "geldig mandaat, een geldige volmacht of een geldige machtiging, en telt de stappen "
        "vanaf de behandelaar.",
    ),
    Text(
        "Findings that follow from the same thing (the same mandate, the same missing power, "
        "the same person every route depends on) form one cause. Causes are ranked by the "
        "needed decisions they hold up, their urgency and their severity.",
        "Bevindingen die uit hetzelfde voortkomen (hetzelfde mandaat, dezelfde ontbrekende "
        "bevoegdheid, dezelfde persoon waar elke route van afhangt) vormen één oorzaak. "
        "Oorzaken worden gerangschikt naar de benodigde besluiten die zij ophouden, hun "
        "urgentie en hun ernst.",
    ),
    Text(
        "The scorecard colours each building block by the causes that belong there: red for a "
        "critical cause, amber for a warning, green when nothing is wrong, grey when the map "
        "holds too little to judge the block. The analysis shows where the map points; it "
        "does not replace the legal check of the mandate decisions themselves.",
        "De scorekaart kleurt elke bouwsteen naar de oorzaken die daar thuishoren: rood bij "
        "een kritieke oorzaak, oranje bij een waarschuwing, groen als er niets mis is, grijs "
        "als de kaart te weinig bevat om de bouwsteen te beoordelen. De analyse laat zien "
        "waar de kaart op wijst; zij vervangt niet de juridische toets van de "
        "mandaatbesluiten zelf.",
    ),
)


def method_paragraphs(lang: Lang) -> list[str]:
    """Annex C: how the analysis works, in ``lang``."""
    return [p(lang) for p in _METHOD]
