"""Texts of building block 4 on the Awb title 10.1 rules: the form of each mandate (the chain of
mandates is in :mod:`mapper.texts.mandate_chain`, the words a mandate is named with in
:mod:`mapper.texts.mandate_words`, signing authorisations in :mod:`mapper.texts.signing`).

Articles are cited as a Dutch municipal jurist does ("art. 10:3 lid 2 onder a Awb"); in English
as "Awb 10:3(2)(a)". A power given by statute is held "op grond van de wet".
"""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code
from mapper.texts.signing import SIGNING

__all__ = ["TEXTS"]

_ORG = {"of_org": Message(" of {org}", " van {org}")}
#: Whose consent Awb 10:4(1) asks: the employer the map knows, or the conditional when it does not.
_CONSENT_OF = {
    "and_org": Message(" and of {employer}", " en van {employer}"),
    "or_other": Message(
        " and, where the holder works under someone else's responsibility, of that other too",
        " en, als die onder verantwoordelijkheid van een ander werkt, ook van die ander",
    ),
}

#: A civil servant works under the college, not under the burgemeester or the raad that
#: mandates him (art. 160 lid 1 onder c Gemeentewet; twelfth jurist L5)
_STAFF_OF = {
    "staff_of": Message(
        ", but of {employer}, which organises the civil service (Gemeentewet art. 160(1)(c))",
        ", maar van {employer}, dat de ambtelijke organisatie regelt (art. 160 lid 1 onder c "
        "Gemeentewet)",
    )
}

#: A mandate to a care provider's staff to decide on support the provider delivers: consent
#: does not cure it (art. 2:4 Awb; jurist, eighth round N9; the same sentence as map B's).
_INTEREST = {
    "record": Message("Record the consent of {holder}", "Leg de instemming van {holder}"),
    "record_org": Message(" and of {employer}", " en van {employer}"),
    "record_end": Message(" with the {decision}.", " vast bij het {decision}."),
    "interest": Message(
        " A mandate to {holder} is not the way, with consent or without: {provider} delivers "
        "the support itself and has an interest of its own, a financial one, in how much of it "
        "is granted (Awb 2:4).",
        " Mandaat aan {holder} is hier, met of zonder instemming, geen oplossing: {provider} "
        "levert de ondersteuning zelf en heeft een eigen, financieel belang bij de omvang ervan "
        "(art. 2:4 Awb).",
    ),
    "interest_fix": Message(
        "Withdraw the mandate and let {grantor} take these decisions itself (under mandate: "
        "one of its own officials); {provider} advises on the amount of support.",
        "Trek het mandaat in en laat {grantor} zelf beslissen (in mandaat: een eigen "
        "ambtenaar); {provider} adviseert over de omvang.",
    ),
}

TEXTS: dict[Code, Entry] = {
    # ------------------------------------------------------------------ the form of a mandate
    Code.MANDATE_TO_SELF: Entry(
        Message("A mandate granted to the grantor itself", "Een mandaat aan de mandaatgever zelf"),
        Message(
            "For {m}: {grantor} grants a mandate to itself; no power passes by it.",
            "Bij {m}, geldt: {grantor} verleent mandaat aan zichzelf; daarmee gaat geen "
            "bevoegdheid over.",
        ),
        Message(
            "Name the right holder, or remove the mandate.",
            "Noem de juiste gemandateerde, of verwijder het mandaat.",
        ),
    ),
    Code.MANDATE_PRIVATE_LAW: Entry(
        Message(
            "What {holder} does on behalf of {grantor} rests on a power of attorney, not a mandate",
            "Wat {holder} namens {grantor} doet, berust op een volmacht, geen mandaat",
        ),
        Message(
            "{grantor} is not a public body. What {holder} does on its behalf (‘{power}’) rests on "
            "a private-law power of attorney (Dutch Civil Code art. 3:60), not on a mandate "
            "under the Awb; Awb title 10.1 does not apply to it.{two_interests}",
            "{grantor} is geen bestuursorgaan. Wat {holder} namens {grantor} doet (‘{power}’), "
            "berust op een privaatrechtelijke volmacht (art. 3:60 BW), niet op een mandaat in "
            "de zin van de Awb; titel 10.1 Awb is er niet op van toepassing.{two_interests}",
        ),
        Message(
            "{own_people}{agree}",
            "{own_people}{agree}",
        ),
        parts={
            "two_interests": Message(
                " {holder}{works_for} decides here on behalf of {grantor}, and so serves two "
                "interests in the same case.",
                " {holder}{works_for} beslist hier namens {grantor}, en behartigt zo in dezelfde "
                "casus twee belangen.",
            ),
            "agree": Message(
                "Rather arrange it in an agreement with {grantor}, {grantor:who} then takes the "
                "decision itself; the agreement says when and how quickly.",
                "Regel het liever in een afspraak met {grantor}, {grantor:who} het besluit dan "
                "zelf neemt; de afspraak legt vast wanneer en hoe snel.",
            ),
            "own_people": Message(
                "Record the power of attorney in writing; the Awb requirements for mandate do "
                "not apply to it.",
                "Leg de volmacht schriftelijk vast; de Awb-eisen voor mandaat gelden er niet voor.",
            ),
        },
    ),
    Code.MANDATE_CONSENT_MISSING: Entry(
        Message(
            "{holder} has not consented to the {instr}",
            "{holder} heeft niet ingestemd met {instr}",
        ),
        Message(
            "{m} needs the consent of the {holder_word}{and_org}{or_other} ({cites}): "
            "{holder}{of_org} does not work under the responsibility of {grantor}. That "
            "consent was refused or not given, so the {instr} has not been validly "
            "granted.{interest}",
            "Voor {m}, is instemming nodig van de {holder_word}{and_org}{or_other} ({cites}): "
            "{holder}{of_org} werkt niet onder verantwoordelijkheid van {grantor}. Die "
            "instemming is geweigerd of niet gegeven, dus {instr} is niet rechtsgeldig "
            "verleend.{interest}",
        ),
        Message(
            "{record}{record_org}{record_end}{interest_fix}",
            "{record}{record_org}{record_end}{interest_fix}",
        ),
        parts={**_ORG, **_CONSENT_OF, **_INTEREST},
    ),
    Code.MANDATE_CONSENT_UNKNOWN: Entry(
        Message(
            "The consent of {holder}{and_org} to the {instr} is not recorded",
            "De instemming van {holder}{and_org} met {instr} is niet vastgelegd",
        ),
        Message(
            # a subject, not "{m}: de schuldhulpverlener werkt" (jurist 15, J19)
            "{m} needs the consent of the {holder_word}{and_org}{or_other} ({cites}): "
            "{holder}{of_org} does not work under the responsibility of {grantor}{staff_of}. "
            "That consent is not recorded.{interest}",
            "Voor {m}, is instemming nodig van de {holder_word}{and_org}{or_other} ({cites}): "
            "{holder}{of_org} werkt niet onder verantwoordelijkheid van {grantor}{staff_of}. "
            "Die instemming is niet vastgelegd.{interest}",
        ),
        Message(
            "{record}{record_org}{record_end}{interest_fix}",
            "{record}{record_org}{record_end}{interest_fix}",
        ),
        parts={**_ORG, **_CONSENT_OF, **_INTEREST, **_STAFF_OF},
    ),
    Code.MANDATE_GENERAL_NOT_IN_WRITING: Entry(
        Message(
            "The general mandate of {holder} was not granted in writing",
            "Het algemeen mandaat van {holder} is niet schriftelijk verleend",
        ),
        Message(
            "{m} covers a class of decisions but was not granted in writing, which Awb 10:5(2) "
            "requires. Decisions taken under it may be held in objection or appeal to "
            "have been taken without authority; the public body that holds the power (here "
            "{body}) can ratify them.",
            "{m}, geldt voor een soort besluiten, maar is niet schriftelijk verleend, terwijl "
            "art. 10:5 lid 2 Awb dat eist. Besluiten die op dit mandaat worden genomen, kunnen "
            "in bezwaar of beroep als onbevoegd genomen worden aangemerkt; het bestuursorgaan "
            "met de bevoegdheid (hier {body}) kan ze bekrachtigen.",
        ),
        Message(
            "Lay the mandate down in a (sub-)mandate decision.",
            "Leg het mandaat vast in een (onder)mandaatbesluit.",
        ),
    ),
    # one finding for one mandate; one for all when several (a register without the column)
    Code.MANDATE_WRITING_NOT_RECORDED: Entry(
        Message("{one_title}{many_title}", "{one_title}{many_title}"),
        Message("{m}{general}{one_case}{one_end}{many}", "{m}{general}{one_case}{one_end}{many}"),
        Message("{one_fix}{many_fix}", "{one_fix}{many_fix}"),
        parts={
            "one_title": Message(
                "Not recorded whether the mandate of {holder} was granted in writing",
                "Niet vastgelegd of het mandaat van {holder} schriftelijk is verleend",
            ),
            "one_end": Message(
                ". The map does not record whether it was.",
                ". De kaart legt niet vast of dat is gebeurd.",
            ),
            "one_fix": Message(
                "Check whether the mandate is laid down in a (sub-)mandate decision and record "
                "that on the map; if it is not, grant the mandate in writing.",
                "Ga na of het mandaat is vastgelegd in een (onder)mandaatbesluit en neem dat op "
                "in de kaart; is dat niet zo, verleen het mandaat dan schriftelijk.",
            ),
            "many_title": Message(
                "Not recorded whether {n} mandates were granted in writing",
                "Niet vastgelegd of {n} mandaten schriftelijk zijn verleend",
            ),
            "many": Message(
                "A general mandate must be granted in writing, and so must a mandate for one "
                "case to someone who does not work under the grantor's responsibility (Awb "
                "10:5(2)). For these {n} mandates the map does not record whether that was "
                "done: {list}.",
                "Een algemeen mandaat moet schriftelijk worden verleend, en ook een mandaat voor "
                "één geval aan wie niet onder verantwoordelijkheid van de mandaatgever werkt "
                "(art. 10:5 lid 2 Awb). Bij deze {n} mandaten legt de kaart niet vast of dat is "
                "gebeurd: {list}.",
            ),
            "many_fix": Message(
                "Check for each whether it is laid down in a (sub-)mandate decision and record "
                "that on the map (a mandate register without the column In writing can be "
                "imported again with it); grant in writing a mandate that is not.",
                "Ga bij elk na of het is vastgelegd in een (onder)mandaatbesluit en neem dat op "
                "in de kaart (een mandaatregister zonder kolom Schriftelijk kan met die kolom "
                "opnieuw worden ingelezen); verleen een mandaat dat niet is vastgelegd alsnog "
                "schriftelijk.",
            ),
            "general": Message(
                " covers a class of decisions; a general mandate must be granted in writing "
                "(Awb 10:5(2))",
                ", geldt voor een soort besluiten; een algemeen mandaat moet schriftelijk worden "
                "verleend (art. 10:5 lid 2 Awb)",
            ),
            "one_case": Message(
                " covers one case and goes to {holder}, {holder:who} does not work under the "
                "responsibility of {grantor}; then a mandate for one case must be granted in "
                "writing too (Awb 10:5(2))",
                ", geldt voor één geval en gaat naar {holder}, {holder:who} niet onder "
                "verantwoordelijkheid van {grantor} werkt; dan moet ook een mandaat voor één "
                "geval schriftelijk worden verleend (art. 10:5 lid 2 Awb)",
            ),
        },
    ),
    Code.MANDATE_CASE_NOT_IN_WRITING: Entry(
        Message(
            "The mandate for one case to {holder} is not in writing",
            "Het mandaat voor één geval aan {holder} is niet schriftelijk verleend",
        ),
        Message(
            "{m} covers one case and goes to {holder}, {holder:who} does not work under the "
            "responsibility of {grantor}; such a mandate must be granted in writing "
            "(Awb 10:5(2)).",
            "{m}, geldt voor één geval en gaat naar {holder}, {holder:who} niet onder "
            "verantwoordelijkheid van {grantor} werkt; dan moet ook een mandaat voor één geval "
            "schriftelijk worden verleend (art. 10:5 lid 2 Awb).",
        ),
        Message("Grant the mandate in writing.", "Verleen het mandaat schriftelijk."),
    ),
    # the headline names the power and the body (eleventh jurist, J14 rest: a bare
    # "Delegatie zonder wettelijke grondslag" led pg4's nota); the remedy names the GR's
    # regeling and the consent a mandate to another body needs (art. 10:4 lid 1 Awb)
    Code.DELEGATION_NO_LEGAL_BASIS: Entry(
        Message(
            "The delegation of ‘{power}’ to {holder} has no statutory basis",
            "De delegatie van ‘{power}’ aan {holder} heeft geen wettelijke grondslag",
        ),
        Message(
            "{m} names no statutory provision that provides for delegation. Delegation is only "
            "possible where a statutory provision provides for it (Awb 10:15); without one, "
            "{holder} does not hold the power.",
            "{m}, noemt geen wettelijk voorschrift dat in delegatie voorziet. Delegatie is alleen "
            "mogelijk als een wettelijk voorschrift daarin voorziet (art. 10:15 Awb); zonder "
            "grondslag heeft {holder} de bevoegdheid niet.",
        ),
        Message(
            "Name the statutory provision that provides for delegation{or_gr}; if there is "
            "none, grant a mandate instead{consent}.",
            "Noem het wettelijk voorschrift dat in delegatie voorziet{or_gr}; is dat er niet, "
            "verleen dan mandaat{consent}.",
        ),
        parts={
            "or_gr": Message(
                ", or the provision of the joint arrangement that does",
                ", of de bepaling van de gemeenschappelijke regeling die dat doet",
            ),
            "consent": Message(
                ", with the consent of {holder} (Awb 10:4(1))",
                ", met instemming van {holder} (art. 10:4 lid 1 Awb)",
            ),
        },
    ),
    Code.DELEGATION_TO_SUBORDINATE: Entry(
        Message("Delegation to a subordinate", "Delegatie aan een ondergeschikte"),
        Message(
            "For {m}: {holder} is below {grantor} in the civil-service hierarchy of the same "
            "organisation. Delegation to a subordinate is not possible (Awb 10:14), so {holder} "
            "does not hold the power.",
            "Bij {m}, geldt: {holder} staat in de ambtelijke hiërarchie van dezelfde organisatie "
            "onder "
            "{grantor}. Delegatie aan een ondergeschikte is niet mogelijk (art. 10:14 Awb), dus "
            "{holder} heeft de bevoegdheid niet.",
        ),
        Message(
            "Grant {holder} a mandate instead: {grantor} then keeps the power and the "
            "responsibility.",
            "Verleen {holder} in plaats daarvan mandaat: {grantor} blijft dan bevoegd en "
            "verantwoordelijk.",
        ),
    ),
    Code.MANDATE_OBJECTION_PRIMARY_DECIDER: Entry(
        Message(
            "{holder} would decide on the objection to their own decision",
            "{holder} zou beslissen op bezwaar tegen een eigen besluit",
        ),
        Message(
            "For {m}: {holder} took the contested decision under mandate (tagged as 'primary "
            "decision'). A mandate to decide on the objection is not granted to whoever took the "
            "contested decision under mandate (Awb 10:3(3)).",
            "Bij {m}, geldt: {holder} nam het bestreden besluit in mandaat (gemarkeerd als "
            "'primair "
            "besluit'). Mandaat om op het bezwaar te beslissen wordt niet verleend aan wie het "
            "bestreden besluit krachtens mandaat nam (art. 10:3 lid 3 Awb).",
        ),
        Message(
            "Have someone who was not involved in the contested decision, or {body} itself, "
            "decide on the objection.",
            "Laat iemand die niet bij het bestreden besluit betrokken was, of {body} zelf, op "
            "het bezwaar beslissen.",
        ),
    ),
    Code.MANDATE_OBJECTION_SAME_HOLDER: Entry(
        Message(
            "{holder} decides on objections and also takes primary decisions",
            "{holder} beslist op bezwaar en neemt ook primaire besluiten",
        ),
        Message(
            # a subject, not "{m}: die neemt …" (jurist 15, J19); the primary decisions are
            # taken under other mandates, not under this one
            "{m} is held by someone who also takes primary decisions under mandate "
            "({also:list}). That is allowed, but {holder} does not decide on an objection to a "
            "decision they took under mandate themselves (Awb 10:3(3)).",
            "{m}, ligt bij iemand die in mandaat ook primaire besluiten neemt ({also:list}). Dat "
            "mag, maar op bezwaar tegen een besluit dat {holder} zelf in mandaat nam, beslist "
            "{holder} niet (art. 10:3 lid 3 Awb).",
        ),
        Message(
            "Record in the mandate decision that objections to one's own decisions go to "
            "someone else.",
            "Leg in het mandaatbesluit vast dat bezwaren tegen eigen besluiten naar een ander "
            "gaan.",
        ),
    ),
    Code.MANDATE_FINE_REPORTER: Entry(
        Message(
            "The fining mandate of {holder} also covers violations {holder} reported",
            "Het boetemandaat van {holder} omvat ook overtredingen waarvan {holder} het rapport "
            "opmaakt",
        ),
        Message(
            "For {m}: {holder} drew up the report of the violation (tagged as reporter) and holds "
            "a mandate to impose fines {no_max}{up_to}. Where a fine above {threshold:money} can "
            "be imposed for the violation, Awb 5:53 applies, whatever the mandate's own ceiling; "
            "the map does not record the fine the violation carries. Per violation, a mandate "
            "to impose such a fine is not granted to whoever drew up the report of that "
            "violation (Awb 10:3(4)): for those violations {holder} reports, someone else must "
            "impose the fine.",
            "Bij {m}, geldt: {holder} maakte van de overtreding het rapport op (gemarkeerd als "
            "rapporteur) en heeft mandaat om boetes {no_max}{up_to} op te leggen. Als voor de "
            "overtreding een boete van meer dan {threshold:money} kan worden opgelegd, is art. "
            "5:53 Awb van toepassing, ongeacht het maximum van het mandaat; de kaart legt niet "
            "vast welke boete op de overtreding staat. Mandaat tot het opleggen van zo'n boete "
            "wordt per overtreding niet verleend aan wie van die overtreding het rapport "
            "opmaakte (art. 10:3 lid 4 Awb): voor die overtredingen waarvan {holder} het "
            "rapport opmaakt, moet een ander de boete opleggen.",
        ),
        Message(
            "Record in the mandate decision that fines for violations {holder} reported are "
            "imposed by someone else.",
            "Leg in het mandaatbesluit vast dat boetes voor overtredingen waarvan {holder} het "
            "rapport opmaakte, door een ander worden opgelegd.",
        ),
        parts={
            "no_max": Message("without a maximum", "zonder maximum"),
            "up_to": Message("up to {budget:money}", "tot {budget:money}"),
        },
    ),
    Code.POWER_HOLDER_NOT_PUBLIC_BODY: Entry(
        Message(
            "{holder} is not a public body: {powers:list} {n:form:is|are} no public-law power "
            "of {holder}",
            "{holder} is geen bestuursorgaan: {powers:list} {n:form:is|zijn} geen "
            "publiekrechtelijke {n:form:bevoegdheid|bevoegdheden} van {holder}",
        ),
        Message(
            "{powers:list} {n:form:is|are} entered as {n:form:a public-law power|public-law "
            "powers} of {holder} by statute, but the map does not record {holder} as a public "
            "body. A body of a legal person under public law is one (Awb 1:1(1)(a)), and so is "
            "another person or body vested with public authority, for the powers that authority "
            "brings (Awb 1:1(1)(b)). If the statute places the power with another body, "
            "{holder} can only exercise it under mandate, with consent (Awb 10:4); what "
            "{holder} decides itself, it decides as its own, usually under private law."
            "{resting}",
            "{powers:list} {n:form:staat|staan} op de kaart als {n:form:publiekrechtelijke "
            "bevoegdheid|publiekrechtelijke bevoegdheden} die {holder} op grond van de wet "
            "heeft, maar de kaart legt {holder} niet vast als bestuursorgaan. Dat is een orgaan "
            "van een publiekrechtelijke rechtspersoon (art. 1:1 lid 1 onder a Awb), of een "
            "ander persoon of college met enig openbaar gezag bekleed, voor de bevoegdheden die "
            "dat gezag meebrengt (art. 1:1 lid 1 onder b Awb). Legt de wet de bevoegdheid bij "
            "een ander orgaan, dan kan {holder} haar alleen in mandaat uitoefenen, met "
            "instemming (art. 10:4 Awb); wat {holder} zelf beslist, beslist {holder} als eigen "
            "besluit, meestal privaatrechtelijk.{resting}",
        ),
        Message(
            "Place {n:form:the power|the powers} with the public body that holds "
            "{n:form:it|them} by statute. If it is {holder}'s own decision, record it as such "
            "and reach it through an agreement{with_org}.",
            "Leg {n:form:de bevoegdheid|de bevoegdheden} bij het bestuursorgaan dat "
            "{n:form:haar|ze} op grond van de wet heeft. Gaat het om een eigen besluit van "
            "{holder}, leg het dan vast als eigen besluit en bereik het via een afspraak"
            "{with_org}.",
        ),
        parts={
            "with_org": Message(" with {org}", " met {org}"),
            "resting": Message(
                " The mandates {holder} granted on {n:form:it|them} lead back to no competent "
                "body.",
                " De mandaten die {holder} voor {n:form:die bevoegdheid|die bevoegdheden} "
                "verleende, leiden naar geen bevoegd orgaan.",
            ),
        },
    ),
    **SIGNING,
}
