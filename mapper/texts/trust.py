"""Texts of building block 5: trust."""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code
from mapper.findings import Text

__all__ = ["DISTRUSTS", "MORE_PROBLEMS", "NO_TRUST_MAPPED", "ONE_WAY", "STRONGLY", "TEXTS"]

#: One negative trust on a backing line.
DISTRUSTS = Message("{a} distrusts {b}", "{a} wantrouwt {b}")
#: A pair on a backing line without mutual trust.
NO_TRUST_MAPPED = Message(
    "{a:bare} – {b:bare}: trust not mapped",
    "{a:bare} – {b:bare}: vertrouwen niet in kaart gebracht",
)
ONE_WAY = Message("{a:bare} – {b:bare}: one-way", "{a:bare} – {b:bare}: eenzijdig")
#: Problems on a long line that are not listed one by one.
MORE_PROBLEMS = Message(
    "and {n:count:more problem|more problems} higher up",
    "en nog {n:count:probleem|problemen} hogerop",
)

#: A citizen's distrust of at least -2.
STRONGLY = Text(" strongly", " sterk")

_HANDLERS = {
    "one": Message("{handler}", "{handler}"),
    "many": Message("{n:word} case handlers", "{n:word} behandelaars"),
    "also": Message(" The same holds for {others:list}.", " Hetzelfde geldt voor {others:list}."),
}

TEXTS: dict[Code, Entry] = {
    Code.TRUST_NOT_MAPPED: Entry(
        Message("Trust is not on the map", "Vertrouwen staat niet op de kaart"),
        Message(
            "The map has no trust relationships, so backing cannot be judged.",
            "De kaart heeft geen vertrouwensrelaties; rugdekking is niet te beoordelen.",
        ),
        Message(
            "Ask the professional and the top whom they trust, and add it to the map both ways.",
            "Vraag de professional en de top wie zij vertrouwen, en neem dat in beide richtingen "
            "op in de kaart.",
        ),
    ),
    Code.TRUST_NO_LINE_TO_TOP: Entry(
        Message(
            "No line from {handlers:three} to {top}", "Geen lijn van {handlers:three} naar {top}"
        ),
        Message(
            "No hierarchy, accountability, escalation or collaboration line connects "
            "{handlers:list} with {top}, so backing from the top cannot reach the case.",
            "Geen hiërarchische, verantwoordings-, escalatie- of samenwerkingslijn verbindt "
            "{handlers:list} met {top}; rugdekking van de top kan de casus niet bereiken.",
        ),
        Message(
            "Draw the line of command and accountability.",
            "Teken de lijn van sturing en verantwoording.",
        ),
    ),
    Code.TRUST_BACKING_NEGATIVE: Entry(
        Message(
            "Distrust on the line from {top} to {one}{many}",
            "Wantrouwen op de lijn van {top} naar {one}{many}",
        ),
        Message(
            "On the line from {top} to {one}{many}: {negative:semi}. A professional who "
            "distrusts the line above is less likely to deviate from the routine where that is "
            "needed.{weak_part}{also}",
            "Op de lijn van {top} naar {one}{many}: {negative:semi}. Een professional die de "
            "lijn erboven wantrouwt, zal minder snel van de routine afwijken waar dat nodig "
            "is.{weak_part}{also}",
        ),
        Message(
            "Make backing explicit: the manager states in advance that reasoned deviation will "
            "be covered, and discusses cases without settling scores.",
            "Maak rugdekking expliciet: de leidinggevende zegt vooraf dat beargumenteerd "
            "afwijken wordt gedekt, en bespreekt casussen zonder af te rekenen.",
        ),
        {**_HANDLERS, "weak_part": Message(" Also: {weak:semi}.", " Verder: {weak:semi}.")},
    ),
    Code.TRUST_BACKING_WEAK: Entry(
        Message(
            "Backing for {one}{many} is not secured",
            "Rugdekking voor {one}{many} is niet geborgd",
        ),
        Message(
            "On the line from {top} to {one}{many} {state}: {weak:semi}.{also}",
            "Op de lijn van {top} naar {one}{many} {state}: {weak:semi}.{also}",
        ),
        Message(
            "Discuss backing along the line, and ask both ways how much trust there is.",
            "Bespreek rugdekking langs de lijn, en vraag in beide richtingen hoe het vertrouwen "
            "is.",
        ),
        _HANDLERS,
    ),
    Code.TRUST_ASYMMETRIC: Entry(
        Message(
            "{a} trusts {b}, but not the other way round", "{a} vertrouwt {b}, maar niet andersom"
        ),
        Message(
            "{a} trusts {b}; {b} distrusts {a}.",
            "{a} vertrouwt {b}; {b} wantrouwt {a}.",
        ),
        Message(
            "Find out what {b} needs to trust {a}.",
            "Ga na wat {b} nodig heeft om {a} te vertrouwen.",
        ),
    ),
    Code.TRUST_MUTUAL_DISTRUST: Entry(
        Message("{a} and {b} distrust each other", "{a} en {b} wantrouwen elkaar"),
        Message(
            "Trust is negative both ways{strongly}.",
            "Het vertrouwen is in beide richtingen negatief{strongly}.",
        ),
        Message(
            "Bring in someone both trust to carry the case between them.",
            "Zet iemand in die beiden vertrouwen om de casus tussen hen te dragen.",
        ),
    ),
    Code.TRUST_NEGATIVE_LINE: Entry(
        Message(
            # the two by name with their articles, not "consulent 2 – inwoner 3" (user 14, F7)
            "A mandate or escalation runs over distrust between {a} and {b}",
            "Mandaat of escalatie loopt over wantrouwen tussen {a} en {b}",
        ),
        Message(
            "{lines:list} {n:form:connects|connect} {a} and {b}, who do not trust each other; "
            "the line will not be used when it matters.",
            "{lines:list} {n:form:verbindt|verbinden} {a} en {b}, die elkaar niet vertrouwen; de "
            "lijn wordt niet gebruikt als het erop aankomt.",
        ),
        Message(
            "Repair the relationship, or route the mandate or escalation via someone both trust.",
            "Herstel de relatie, of leid het mandaat of de escalatie via iemand die beiden "
            "vertrouwen.",
        ),
    ),
    Code.TRUST_CITIZEN_DISTRUSTS_HANDLER: Entry(
        Message(
            "{citizen} distrusts {actor}, {handles}{decides}",
            "{citizen} wantrouwt {actor}, {handles}{decides}",
        ),
        Message(
            "The trust of {citizen} in {actor}, {actor:who} {handles_do}{decides_do}, is"
            "{strongly} negative. Whoever handles a case or decides in it without the "
            "citizen's trust hears of problems late or not at all, and agreements made then "
            "do not hold.",
            "Het vertrouwen van {citizen} in {actor}, {actor:who} {handles_do}{decides_do}, "
            "is{strongly} negatief. Wie een casus behandelt of erin beslist "
            "zonder het vertrouwen van de inwoner, hoort pas laat of niet waar het misgaat, en "
            "afspraken houden dan slecht.",
        ),
        Message(
            "{via_trusted}{via_support}{data}{other_handler}",
            "{via_trusted}{via_support}{data}{other_handler}",
        ),
        parts={
            "handles": Message("the case handler", "de behandelaar van de casus"),
            "decides": Message(
                "{actor:who} decides in the case", "{actor:who} in de casus beslist"
            ),
            "handles_do": Message("handles {needs:list}", "{needs:list} behandelt"),
            "decides_do": Message("decides on {needs:list}", "over {needs:list} beslist"),
            "via_trusted": Message(
                "Let {trusted:list}, whom {citizen} does trust, take part in the contact with "
                "{actor} or lead it, and ask {citizen} what damaged the trust.",
                "Laat {trusted:list}, die {citizen} wel vertrouwt, het contact met "
                "{actor} mee voeren of overnemen, en vraag {citizen} wat het vertrouwen heeft "
                "geschaad.",
            ),
            # whoever speaks with the partner for the resident shares the resident's data
            # with the counterparty: that needs a ground (jurist, fifth round J16); consent is
            # rarely free towards the municipality (recital 43 AVG; jurist round 7, W11)
            "data": Message(
                # ground (e) is a task in the public interest the law assigns, and health
                # data need a ground under art. 9 (jurist 15, J15)
                " Whoever conducts that contact shares the personal data of {citizen} with "
                "{actor}: that needs a clear role and a ground (GDPR art. 6(1)(e): a task in the "
                "public interest the law assigns; for health data GDPR art. 9).",
                " Wie dat contact voert, deelt persoonsgegevens van {citizen} met {actor}: dat "
                "vraagt een heldere rol en een grondslag (art. 6 lid 1 onder e AVG: een taak van "
                "algemeen belang die de wet opdraagt; voor gezondheidsgegevens art. 9 AVG).",
            ),
            # the resident distrusts the municipality's own handler: the Awb's routes
            "other_handler": Message(
                "Offer {citizen} another {role}, or point out the complaints procedure (Awb "
                "chapter 9), and find out what damaged the trust.",
                "Bied {citizen} een andere {role} aan, of wijs op de klachtenregeling "
                "(hoofdstuk 9 Awb), en ga na wat het vertrouwen heeft geschaad.",
            ),
            "via_support": Message(
                "Find someone {citizen} does trust, for instance an independent client "
                "supporter, to take part in the contact with {actor}, and ask {citizen} what "
                "damaged the trust.",
                "Zoek iemand die {citizen} wel vertrouwt, bijvoorbeeld een onafhankelijke "
                "cliëntondersteuner, om het contact met {actor} mee te voeren, en vraag "
                "{citizen} wat het vertrouwen heeft geschaad.",
            ),
        },
    ),
}

#: How trust stands on a weak backing line: trust that is not mapped is not "niet wederzijds"
#: (jurist, fifth round J13).
BACKING_STATE: dict[str, Message] = {
    "one_way": Message("trust is not mutual", "is het vertrouwen niet wederzijds"),
    "unmapped": Message("trust has not been mapped", "is het vertrouwen niet in kaart gebracht"),
    "mostly": Message(
        "trust has mostly not been mapped",
        "is het vertrouwen grotendeels niet in kaart gebracht",
    ),
}
