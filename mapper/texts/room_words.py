"""The words the checks of building block 3 put together: where a practice is named, the ground
a rule gives to deviate, where a decision belongs, how an agreement is named and what to do about a
partner's decision out of reach. The findings' own texts are in :mod:`mapper.texts.room`.
"""

from __future__ import annotations

from mapper.catalogue import Message
from models import AgreementKind, Instrument, Practice

__all__ = [
    "ACT",
    "AGREEMENT_WORD",
    "BY",
    "CLOSE_TO",
    "DEVIATION",
    "HELD_BY",
    "NEED_VALID",
    "PARTNER_FIX",
    "PARTNER_LAPSED",
    "PLACE",
    "PRACTICE",
    "ROUTE_SHORTENED",
    "THE_INSTRUMENT",
]

#: A long route, its first and last three actors named and the rest counted.
ROUTE_SHORTENED = Message("{head} → … ({n} more) → {tail}", "{head} → … (nog {n}) → {tail}")

#: Before a deadline in ``{what}``.
BY = Message("by", "uiterlijk")
#: Whom to mandate when nobody holds the power.
CLOSE_TO = Message("someone close to {handler}", "iemand dicht bij {handler}")
#: Where the analysed practice is named.
PRACTICE: dict[Practice, Message] = {
    Practice.ROUTINE: Message(" in the routine practice", " in de routine"),
    Practice.MAATWERK: Message(" in the custom practice", " in de maatwerkpraktijk"),
}
#: What the rule deviated from allows (appended to a detail; ``{basis}`` the legal basis).
DEVIATION: dict[str, Message] = {
    "policy_rule": Message(
        " Whoever decides under a policy rule, a mandate holder included, must depart from it "
        "where applying it would be disproportionate (Awb 4:84), unless the mandate decision "
        "reserves that.",
        " Wie onder een beleidsregel beslist, ook een gemandateerde, moet ervan afwijken als "
        "toepassing onevenredig uitpakt (art. 4:84 Awb), tenzij het mandaatbesluit dat "
        "voorbehoudt.",
    ),
    "ordinance": Message(
        " An ordinance can only be departed from under its own hardship clause ({basis}).",
        " Van een verordening kan alleen worden afgeweken op grond van haar hardheidsclausule "
        "({basis}).",
    ),
    "ordinance_none": Message(
        " An ordinance can only be departed from under its own hardship clause; the map names "
        "none.",
        " Van een verordening kan alleen worden afgeweken op grond van haar hardheidsclausule; "
        "de kaart noemt er geen.",
    ),
    "statute": Message(
        " A statutory rule can be departed from where the statute itself allows it "
        "({basis}). Where the statute leaves room to weigh, the consequences of the decision "
        "may not be out of proportion to its purposes (Awb 3:4(2)); that test does not set "
        "a binding statutory rule aside. Outside the statute only in exceptional "
        "circumstances the legislator did not foresee; put that to Legal Affairs first.",
        " Van een wettelijke regel kan worden afgeweken waar de wet dat zelf toelaat "
        "({basis}). Laat de wet ruimte voor een afweging, dan mogen de gevolgen van het "
        "besluit niet onevenredig zijn in verhouding tot de daarmee te dienen doelen (art. "
        "3:4 lid 2 Awb); die toets zet een dwingende wettelijke regel niet opzij. Buiten de "
        "wet om alleen in uitzonderlijke omstandigheden die de wetgever niet heeft voorzien; "
        "leg dat eerst aan Juridische Zaken voor.",
    ),
    "statute_clause": Message(
        " This power is itself the room the statute leaves ({basis}): using it applies the "
        "statute, it does not depart from it. The consequences of the decision may not be out "
        "of proportion to its purposes (Awb 3:4(2)).",
        " Deze bevoegdheid is zelf de ruimte die de wet laat ({basis}): wie haar gebruikt, past "
        "de wet toe en wijkt er niet van af. De gevolgen van het besluit mogen niet onevenredig "
        "zijn in verhouding tot de daarmee te dienen doelen (art. 3:4 lid 2 Awb).",
    ),
    "statute_deviates": Message(
        " The decision departs from {departed}; a statutory rule can be departed "
        "from only under a clause of that statute itself (a hardship clause), and the map "
        "names none for this decision.",
        " Het besluit wijkt af van {departed}; van een wettelijke regel kan alleen worden "
        "afgeweken op grond van een bepaling in die wet zelf (een hardheidsclausule), en de "
        "kaart noemt die voor dit besluit niet.",
    ),
    "internal": Message(
        " A work instruction can be departed from by the organisation's own management.",
        " Van een werkinstructie kan de eigen leiding afwijken.",
    ),
}
#: The statutory rule a decision departs from (jurist round 5, W4): the power's basis is where
#: the power comes from, not the rule departed from. ``{rules}`` the rules register's names.
DEPARTED: dict[str, Message] = {
    "rules": Message("the statutory rule {rules}", "de wettelijke regel {rules}"),
    "objection": Message(
        "the statutory rule that the reconsideration ({basis}) must apply",
        "de wettelijke regel die de heroverweging ({basis}) moet toepassen",
    ),
    "other": Message(
        "a statutory rule that governs the use of this power ({basis})",
        "een wettelijke regel die geldt bij het uitoefenen van deze bevoegdheid ({basis})",
    ),
}
#: How to place the power closer to the case (a suggestion; ``{who}`` the actor).
PLACE: dict[str, Message] = {
    "policy_rule": Message(
        "Mandate the decisions under this policy rule to {who}; the duty to depart from it "
        "(Awb 4:84) comes with them.",
        "Mandateer de besluiten onder deze beleidsregel aan {who}; de plicht om ervan af te "
        "wijken (art. 4:84 Awb) gaat dan mee.",
    ),
    "ordinance": Message(
        "Mandate applying the hardship clause to {who}.",
        "Mandateer de toepassing van de hardheidsclausule aan {who}.",
    ),
    "ordinance_none": Message(
        "Mandate applying the hardship clause to {who}. If the ordinance has no hardship "
        "clause, only the council can change it.",
        "Mandateer de toepassing van de hardheidsclausule aan {who}. Heeft de verordening geen "
        "hardheidsclausule, dan kan alleen de raad haar wijzigen.",
    ),
    "statute": Message(
        "Mandate the power under {basis} to {who}.",
        "Mandateer de bevoegdheid uit {basis} aan {who}.",
    ),
    "statute_clause": Message(
        "Mandate the power under {basis} to {who}.",
        "Mandateer de bevoegdheid uit {basis} aan {who}.",
    ),
    "statute_deviates": Message(
        "Take the decision within the statute. Check whether the statute itself leaves room "
        "(its definitions or a hardship clause); where it does, put that power on the map, "
        "with the public body that holds it.",
        "Neem het besluit binnen de wet. Ga na of de wet zelf ruimte laat (begripsomschrijving "
        "of hardheidsclausule); laat zij die, neem die bevoegdheid dan op in de kaart, met "
        "het bestuursorgaan dat haar heeft.",
    ),
    "other": Message(
        "Place ‘{power}’ closer to the case, for example by a mandate to {who}.",
        "Beleg ‘{power}’ dichter bij de casus, bijvoorbeeld met een mandaat aan {who}.",
    ),
    "agreement": Message(
        "No public body holds ‘{power}’: record in an agreement between {orgs:list} who "
        "takes this decision, and how quickly.",
        "Geen bestuursorgaan heeft ‘{power}’: leg in een afspraak tussen {orgs:list} vast wie "
        "dit besluit neemt, en hoe snel.",
    ),
    # the power went far only because a mandate on the way lapsed: grant it again where it
    # was granted (a lapsed mandate cannot be extended), and ratify what was decided since
    # (jurist, fifth round, map A; seventh round W2); the ratification is the body's, in a
    # sentence of its own, so that "Dat kan … zelf" points at the renewal (eighth round N1)
    "renew_sub": Message(
        "Have {renewer} grant the sub-mandate to {to} for ‘{power}’ again. {renewer} can do "
        "that without a new decision of {body}: the mandate of {body} allows sub-mandate. "
        "Have the decisions taken on this chain since {since:date} listed, and put those no "
        "valid mandate covered to {body} for ratification.",
        "Laat {renewer} het ondermandaat aan {to} voor ‘{power}’ opnieuw verlenen. Dat kan "
        "{renewer} zelf, zonder nieuw besluit van {body}: het mandaat van {body} staat "
        "ondermandaat toe. Laat de besluiten die sinds {since:date} op deze keten zijn genomen, "
        "inventariseren en leg de besluiten die geen geldig mandaat dekte, ter bekrachtiging "
        "voor aan {body}.",
    ),
    # the body named once: "leg … ter bekrachtiging voor aan het college" after other colleges
    # could be any of them (rev-jurist16 N7)
    "renew_own": Message(
        "Have {body} grant the mandate to {to} for ‘{power}’ again, list the decisions taken "
        "on this chain since {since:date} and ratify those no valid mandate covered.",
        "Laat {body} het mandaat aan {to} voor ‘{power}’ opnieuw verlenen, de besluiten die "
        "sinds {since:date} op deze keten zijn genomen, inventariseren en de besluiten die "
        "geen geldig mandaat dekte, bekrachtigen.",
    ),
    # the same asked of a body the note is not addressed to, which inventories and ratifies
    # itself: one college cannot order another (rev-jurist17 R4)
    "renew_own_ask": Message(
        "Ask {body} to grant the mandate to {to} for ‘{power}’ again, to list the decisions "
        "taken on this chain since {since:date} and to ratify those no valid mandate covered.",
        "Vraag {body} het mandaat aan {to} voor ‘{power}’ opnieuw te verlenen, de besluiten "
        "die sinds {since:date} op deze keten zijn genomen, te inventariseren en de besluiten "
        "die geen geldig mandaat dekte, te bekrachtigen.",
    ),
    "renew_own_volmacht_ask": Message(
        "Ask {body} to grant the power of attorney (volmacht) to {to} for ‘{power}’ again, "
        "and to list and ratify the agreements concluded on this chain since {since:date} "
        "(BW 3:69).",
        "Vraag {body} de volmacht aan {to} voor ‘{power}’ opnieuw te verlenen en de "
        "overeenkomsten die sinds {since:date} op deze keten zijn gesloten, te inventariseren "
        "en te bekrachtigen (art. 3:69 BW).",
    ),
    "renew_own_machtiging_ask": Message(
        "Ask {body} to grant the authorisation (machtiging) to {to} for ‘{power}’ again, and "
        "to list and ratify what has been done on this chain since {since:date}.",
        "Vraag {body} de machtiging aan {to} voor ‘{power}’ opnieuw te verlenen en wat sinds "
        "{since:date} op deze keten is verricht, te inventariseren en te bekrachtigen.",
    ),
    # the same for a volmacht over a private-law act and a machtiging over an act that is no
    # besluit (art. 10:12 Awb): the instrument's own word, and what was done on it is ratified
    # as what it is: agreements under art. 3:69 BW, not besluiten (session 10, issue 10)
    "renew_sub_volmacht": Message(
        "Have {renewer} grant the sub-power of attorney (ondervolmacht) to {to} for ‘{power}’ "
        "again. {renewer} can do that without a new decision of {body}: the power of attorney "
        "of {body} allows a sub-power of attorney. Have the agreements concluded on this chain "
        "since {since:date} listed and put to {body} for ratification (BW 3:69).",
        "Laat {renewer} de ondervolmacht aan {to} voor ‘{power}’ opnieuw verlenen. Dat kan "
        "{renewer} zelf, zonder nieuw besluit van {body}: de volmacht van {body} staat "
        "ondervolmacht toe. Laat de overeenkomsten die sinds {since:date} op deze keten zijn "
        "gesloten, inventariseren en leg ze ter bekrachtiging voor aan {body} (art. 3:69 BW).",
    ),
    "renew_own_volmacht": Message(
        "Have {body} grant the power of attorney (volmacht) to {to} for ‘{power}’ again. Have "
        "the agreements concluded on this chain since {since:date} listed and put to {body} "
        "for ratification (BW 3:69).",
        "Laat {body} de volmacht aan {to} voor ‘{power}’ opnieuw verlenen. Laat de "
        "overeenkomsten die sinds {since:date} op deze keten zijn gesloten, inventariseren en "
        "leg ze ter bekrachtiging voor aan {body} (art. 3:69 BW).",
    ),
    "renew_sub_machtiging": Message(
        "Have {renewer} grant the sub-authorisation (ondermachtiging) to {to} for ‘{power}’ "
        "again. {renewer} can do that without a new decision of {body}: the authorisation of "
        "{body} allows a sub-authorisation. Have what has been done on this chain since "
        "{since:date} listed and put to {body} for ratification.",
        "Laat {renewer} de ondermachtiging aan {to} voor ‘{power}’ opnieuw verlenen. Dat kan "
        "{renewer} zelf, zonder nieuw besluit van {body}: de machtiging van {body} staat "
        "ondermachtiging toe. Laat wat sinds {since:date} op deze keten is verricht, "
        "inventariseren en leg het ter bekrachtiging voor aan {body}.",
    ),
    "renew_own_machtiging": Message(
        "Have {body} grant the authorisation (machtiging) to {to} for ‘{power}’ again. Have "
        "what has been done on this chain since {since:date} listed and put to {body} for "
        "ratification.",
        "Laat {body} de machtiging aan {to} voor ‘{power}’ opnieuw verlenen. Laat wat sinds "
        "{since:date} op deze keten is verricht, inventariseren en leg het ter bekrachtiging "
        "voor aan {body}.",
    ),
    # nobody on the map holds the power: find out whether a statute or an arrangement gives
    # it to a body before asking that body to mandate it; if none does, it is agreed between
    # the organisations (jurist 15, J5: "laat het bestuursorgaan dat ‘doorzettingsmacht’ op
    # grond van de wet heeft …" assumed a body that, by the text's own account, is not there)
    "unknown": Message(
        "Check whether a statute or an arrangement (for example a joint arrangement) gives "
        "‘{power}’ to a public body; if so, have that body mandate it to {who}. If no statute "
        "or arrangement gives it, record in an agreement between the organisations who takes "
        "this decision.",
        "Ga na of een wet of een regeling (bijvoorbeeld een gemeenschappelijke regeling) "
        "‘{power}’ aan een bestuursorgaan toekent; zo ja, laat dat bestuursorgaan de "
        "bevoegdheid mandateren aan {who}. Kent geen wet of regeling haar toe, leg dan in een "
        "afspraak tussen de organisaties vast wie dit besluit neemt.",
    ),
}

#: How an agreement is named in a sentence ("Het convenant ‘…’ dekte …").
AGREEMENT_WORD: dict[AgreementKind, Message] = {
    AgreementKind.COVENANT: Message("The covenant", "Het convenant"),
    AgreementKind.ESCALATION_PROTOCOL: Message("The escalation protocol", "Het escalatieprotocol"),
    AgreementKind.BREAKTHROUGH: Message("The breakthrough agreement", "De doorbraakafspraak"),
    AgreementKind.DATA_SHARING: Message(
        "The data-sharing agreement", "De afspraak over gegevensdeling"
    ),
    AgreementKind.OTHER: Message("The agreement", "De afspraak"),
}
#: A partner's decision once covered by an agreement that has expired (jurist M3).
PARTNER_LAPSED = Message(
    " {named} covered {this}, but expired on {ended:date}.",
    " {named} dekte {this}, maar is op {ended:date} verlopen.",
)
#: What to do about a partner's decision out of reach: renew the expired agreement, or agree.
PARTNER_FIX: dict[str, Message] = {
    "renew": Message(
        # it expired: entered into again, not extended (jurist 15, J17)
        "Make sure an agreement with {org} applies again{before}: renew {renew} or make a new "
        "one; and make sure {handler} has a fixed contact there.",
        "Zorg dat er{before} weer een afspraak met {org} geldt: ga {renew} opnieuw aan of maak "
        "een nieuwe; en zorg dat {handler} daar een vast aanspreekpunt heeft.",
    ),
    "new": Message(
        "Make an agreement with {org} (a covenant or breakthrough agreement) on when and by "
        "whom this decision is taken, and make sure {handler} has a fixed contact there.",
        "Maak met {org} een afspraak (een convenant of doorbraakafspraak) over wanneer en "
        "door wie dit besluit wordt genomen, en zorg dat {handler} daar een vast "
        "aanspreekpunt heeft.",
    ),
    "priority": Message(
        "Agree with {org} how an urgent case from {handler} gets priority and whom they can "
        "turn to there.",
        "Spreek met {org} af hoe een urgente casus van {handler} voorrang krijgt en bij wie die "
        "daar terechtkan.",
    ),
    # a waiting list for treatment is the provider's, under the insurer's duty of care: a lane
    # for the municipality's cases would cut across medical triage (jurist 15, J16, as the
    # beslispunt has said it since jur15a)
    "treatment": Message(
        "Make arrangements with {org} and the health insurer on a quick assessment of urgency "
        "and an escalation route, and on whom {handler} can turn to there.",
        "Maak met {org} en de zorgverzekeraar afspraken over een snelle urgentiebeoordeling en "
        "een escalatieroute, en over bij wie {handler} daar terechtkan.",
    ),
}

#: A handler's own instrument with its article, in running text (jurist, ninth round F1: a
#: volmacht is no mandate). The pronoun that refers back to it: "het" / "die".
THE_INSTRUMENT: dict[Instrument, tuple[Message, Message]] = {
    Instrument.MANDATE: (Message("the mandate", "het mandaat"), Message("it", "het")),
    Instrument.POWER_OF_ATTORNEY: (
        Message("the power of attorney", "de volmacht"),
        Message("it", "die"),
    ),
    Instrument.AUTHORISATION: (Message("the authorisation", "de machtiging"), Message("it", "die")),
    Instrument.DELEGATION: (Message("the delegation", "de delegatie"), Message("it", "die")),
    Instrument.SIGNING: (
        Message("the signing authorisation", "de ondertekeningsmachtiging"),
        Message("it", "die"),
    ),
}
#: What the handler does with the power, by what the instrument passes on: a besluit under a
#: mandate, a rechtshandeling under a volmacht (art. 3:60 BW), another act under a machtiging.
#: Who does it, and the act itself (in the suggestion).
ACT: dict[Instrument, tuple[Message, Message]] = {
    Instrument.MANDATE: (
        Message("Whoever decides", "Wie beslist"),
        Message("take this decision", "dit besluit nemen"),
    ),
    Instrument.POWER_OF_ATTORNEY: (
        Message("Whoever performs the legal act", "Wie de rechtshandeling verricht"),
        Message("perform this legal act", "deze rechtshandeling verrichten"),
    ),
    Instrument.AUTHORISATION: (
        Message("Whoever acts", "Wie handelt"),
        Message("perform this act", "deze handeling verrichten"),
    ),
}
#: What whoever acts must hold, by the instrument the one who may holds it by (None: by
#: statute, as its own or after delegation: the power itself), and "has that" in Dutch with
#: the pronoun of that word.
NEED_VALID: dict[Instrument | None, tuple[Message, Message]] = {
    Instrument.MANDATE: (
        Message("must hold a valid mandate", "moet een geldig mandaat hebben"),
        Message("does", "heeft dat"),
    ),
    Instrument.POWER_OF_ATTORNEY: (
        Message("must hold a valid power of attorney", "moet een geldige volmacht hebben"),
        Message("does", "heeft die"),
    ),
    Instrument.AUTHORISATION: (
        Message("must hold a valid authorisation", "moet een geldige machtiging hebben"),
        Message("does", "heeft die"),
    ),
    None: (
        Message("must hold the power", "moet de bevoegdheid hebben"),
        Message("does", "heeft die"),
    ),
}
#: By what the one who may decide holds the power: "in ondermandaat van de gemeentesecretaris
#: (tot € 50.000)" (jurist N3), "als gevolmachtigde van het college" (ninth round F1).
#: Keyed by instrument and whether the grantor holds it by a grant itself (a sub-grant).
HELD_BY: dict[tuple[Instrument, bool], Message] = {
    (Instrument.MANDATE, False): Message(
        ", under the mandate of {grantor}{limit}", ", in mandaat van {grantor}{limit}"
    ),
    (Instrument.MANDATE, True): Message(
        ", under the sub-mandate of {grantor}{limit}", ", in ondermandaat van {grantor}{limit}"
    ),
    (Instrument.POWER_OF_ATTORNEY, False): Message(
        ", as the attorney of {grantor}{limit}", ", als gevolmachtigde van {grantor}{limit}"
    ),
    (Instrument.POWER_OF_ATTORNEY, True): Message(
        ", under a sub-power of attorney from {grantor}{limit}",
        ", in ondervolmacht van {grantor}{limit}",
    ),
    (Instrument.AUTHORISATION, False): Message(
        ", as authorised by {grantor}{limit}", ", als gemachtigde van {grantor}{limit}"
    ),
    (Instrument.AUTHORISATION, True): Message(
        ", under a sub-authorisation from {grantor}{limit}",
        ", in ondermachtiging van {grantor}{limit}",
    ),
    (Instrument.DELEGATION, False): Message(
        ", after delegation by {grantor}{limit}", ", na delegatie door {grantor}{limit}"
    ),
    (Instrument.DELEGATION, True): Message(
        ", after delegation by {grantor}{limit}", ", na delegatie door {grantor}{limit}"
    ),
}
