"""Texts of building block 3 on a decision of another organisation's bestuursorgaan: what an
agreement can and cannot do about it (jurist J7)."""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

_CONSENT = Message(
    "with the consent of the mandate holder and of the person under whose responsibility they "
    "work (Awb 10:4(1))",
    "met instemming van de gemandateerde en van degene onder wiens verantwoordelijkheid hij "
    "werkt (art. 10:4 lid 1 Awb)",
)
_DELEG = "{deleg_basis}{deleg_map}{deleg_none}{deleg_private}"

_MOVE = Message(
    # "alleen met mandaat … of met delegatie" contradicted itself (twelfth jurist L10)
    "An agreement can arrange coordination and a route for escalation, but cannot place the "
    "decision with someone else: that can be done by mandate, " + _CONSENT.en + _DELEG,
    "Een afspraak kan afstemming en een escalatieroute regelen, maar het besluit niet bij een "
    "ander leggen: dat kan met mandaat, " + _CONSENT.nl + _DELEG,
)

#: The same rule where no agreement on the map covers the power, and towards a private party
#: without delegation, which goes only to a public body (jurist, seventh round W6).
_BODY_MOVE = {
    "move_agreed": Message(
        " An agreement can arrange coordination and a route for escalation, but cannot place "
        "the decision with someone else: that can be done by mandate, " + _CONSENT.en,
        " Een afspraak kan afstemming en een escalatieroute regelen, maar het besluit niet bij "
        "een ander leggen: dat kan met mandaat, " + _CONSENT.nl,
    ),
    "move_plain": Message(
        " Placing the decision with someone else can be done by mandate, " + _CONSENT.en,
        " Het besluit bij een ander leggen kan met mandaat, " + _CONSENT.nl,
    ),
    "move_end": Message(".", "."),
    # the agreement's own finding says it (jurist, eighth round N5: once per section)
    "move_told": Message("", ""),
}

#: Delegation: only on a statutory basis (10:15); where the map records none for the power,
#: the text says it cannot be done rather than suggest a route that does not exist (jurist,
#: fourth round, map B).
_DELEGATION = {
    "deleg_basis": Message(
        ", or a delegation with a statutory basis (Awb 10:15).",
        ", of met delegatie, en die kan alleen als een wettelijk voorschrift erin voorziet "
        "(art. 10:15 Awb).",
    ),
    "deleg_map": Message(
        "; delegation is possible only where a statutory provision provides for it (Awb 10:15), "
        "and the map names none.",
        "; delegatie kan alleen als een wettelijk voorschrift erin voorziet (art. 10:15 Awb), en "
        "de kaart noemt er geen.",
    ),
    # to a private party delegation is no route: it needs a statutory provision (Awb 10:15;
    # jurist 12b M3: art. 10:13 says "een ander", the delegatee becomes a public body by it)
    "deleg_private": Message(
        "; delegation is no route here: it needs a statutory provision that provides for it "
        "(Awb 10:15), and the map names none.",
        "; delegatie is hier geen weg: die vraagt een wettelijk voorschrift dat erin voorziet "
        "(art. 10:15 Awb), en de kaart noemt er geen.",
    ),
    "deleg_none": Message(
        "; delegation is not possible here: {law} gives no basis for it.",
        "; delegatie kan hier niet: {law} biedt er geen grondslag voor.",
    ),
}

TEXTS: dict[Code, Entry] = {
    Code.NEED_OTHER_BODY_DECIDES: Entry(
        Message(
            "{body} decides ‘{power}’ under its own responsibility",
            "{body} beslist onder eigen verantwoordelijkheid over ‘{power}’",
        ),
        Message(
            "‘{decision}’ is a decision of {body}{delegated}{own}{mandated}{move_agreed}"
            "{move_plain}" + _DELEG + "{move_end}",
            "‘{decision}’ is een besluit van {body}{delegated}{own}{mandated}{move_agreed}"
            "{move_plain}" + _DELEG + "{move_end}",
        ),
        Message(
            "Agree with {desk} how {handler} puts an urgent request forward and how quickly it "
            "is decided{joint}.",
            "Spreek met {desk} af hoe {handler} een urgente aanvraag voorlegt en hoe snel "
            "daarop wordt beslist{joint}.",
        ),
        parts={
            **_DELEGATION,
            **_BODY_MOVE,
            "delegated": Message(
                ", {rel} holds ‘{power}’ by delegation and decides on it under its own "
                "responsibility (Awb 10:13). {grantor} can only give policy rules on it "
                "(Awb 10:16(1)) or revoke the delegation (Awb 10:18).",
                ", {rel} ‘{power}’ na delegatie heeft en er onder eigen verantwoordelijkheid over "
                "beslist (art. 10:13 Awb). {grantor} kan daarover alleen beleidsregels geven "
                "(art. 10:16 lid 1 Awb) of de delegatie intrekken (art. 10:18 Awb).",
            ),
            # the organ decides itself; a joint arrangement's organ (its invorderingsambtenaar)
            # holds the task through the participating municipalities, not directly from a
            # statute, so no "op grond van de wet" here (jurist N2)
            "own": Message(
                ", {rel} takes it independently.",
                ", {rel} daarover zelf beslist.",
            ),
            # the body has mandated the decision: whoever decides in mandate is the desk to go
            # to (jurist, fifth round J21)
            "mandated": Message(
                "; under mandate {mandated} decides{limit}.",
                "; in mandaat beslist {mandated}{limit}.",
            ),
            "joint": Message(
                "; put bottlenecks on the agenda of the board of {org}, in which the "
                "municipality is represented",
                "; agendeer knelpunten in het bestuur van {org}, waarin de gemeente "
                "vertegenwoordigd is",
            ),
        },
    ),
    Code.AGREEMENT_OVER_PUBLIC_POWER: Entry(
        Message(
            "{agreement} assigns a decision of {body} to {decider}",
            "{agreement} legt een besluit van {body} bij {decider}",
        ),
        Message(
            "{agreement} names {decider} as the one who decides on {powers:list}, but "
            "{n:form:that is a public-law power|those are public-law powers} of {body}. "
            + _MOVE.en
            + " What {decider} decides under the agreement does not bind {body}.{no_beschikking}",
            "{agreement} wijst {decider} aan als beslisser over {powers:list}, maar "
            "{n:form:dat is een publiekrechtelijke bevoegdheid|dat zijn publiekrechtelijke "
            "bevoegdheden} van {body}. "
            + _MOVE.nl
            + " Wat {decider} onder de afspraak beslist, bindt {body} niet.{no_beschikking}",
        ),
        Message(
            "Let {body} decide for itself{term_agreed}{term_statute} to whom the case can be "
            "escalated{mandate}{interested_debt}{interested_side}{interested_production}"
            "{interested_party}.",
            "Laat {body} zelf beslissen{term_agreed}{term_statute} bij wie de casus kan worden "
            "geëscaleerd{mandate}{interested_debt}{interested_side}{interested_production}"
            "{interested_party}.",
        ),
        parts={
            **_DELEGATION,
            "term_agreed": Message(
                ", and record in the agreement within what term it decides and",
                ", en leg in de afspraak vast binnen welke termijn dat gebeurt en",
            ),
            # a contract cannot set a term the statute sets (jurist, seventh round W3)
            "term_statute": Message(
                ", within {term}, and record in the agreement",
                ", binnen {term}, en leg in de afspraak vast",
            ),
            # a private party's "decision" is no beschikking: nothing to object to (jurist
            # map B, sixth round)
            # (jurist round 7, W13: not "kan dus ook geen bezwaar maken", too absolute)
            # (eighth round: with the objection against not deciding in time, art. 6:2 onder b)
            "no_beschikking": Message(
                " The resident thus gets no decision (beschikking) from {body} that is open to "
                "objection (Awb 7:1). The resident can still apply to {body} directly; if "
                "{body} does not decide in time, an objection lies against that (Awb 6:2(b)), "
                "after a notice of default and two weeks (Awb 6:12(2)).",
                " De inwoner krijgt zo geen beschikking van {body} waartegen bezwaar openstaat "
                "(art. 7:1 Awb). Hij kan wel zelf een aanvraag bij {body} doen; beslist {body} "
                "niet op tijd, dan staat daartegen bezwaar open (art. 6:2 onder b Awb), na een "
                "ingebrekestelling en twee weken (art. 6:12 lid 2 Awb).",
            ),
            # why the decider may not be mandated (Awb 2:4; jurist N1, fifth round J3): not
            # for being a party to the agreement, but for the side it is on in the case
            # art. 2:4 forbids prejudice, not this mandate (jurist 15, J10)
            "interested_debt": Message(
                ". In law a mandate to {decider_role} is possible, but it sits badly with the "
                "separation of debt counsellor and creditor: {side} guides the debtor, and the "
                "creditor ought to decide on its own claim itself (cf. Awb 2:4)",
                ". Juridisch kan mandaat aan {decider_role}, maar het verdraagt zich slecht met "
                "de scheiding tussen schuldhulpverlener en schuldeiser: {side} begeleidt de "
                "schuldenaar, en over de eigen vordering hoort de schuldeiser zelf te beslissen "
                "(vgl. art. 2:4 Awb)",
            ),
            "interested_side": Message(
                ". A mandate to {decider_role} is not the way: {side} acts for the resident in "
                "this case, and {body} ought to decide on it under its own responsibility "
                "(Awb 2:4)",
                ". Mandaat aan {decider_role} is hier geen oplossing: {side} staat in deze "
                "casus aan de kant van de inwoner, en {body} hoort er onder eigen "
                "verantwoordelijkheid over te beslissen (art. 2:4 Awb)",
            ),
            "interested_production": Message(
                ". A mandate to {decider_role} is not the way: {side} delivers the support "
                "itself and has an interest of its own, a financial one, in how much of it is "
                "granted (Awb 2:4)",
                ". Mandaat aan {decider_role} is hier geen oplossing: {side} levert de "
                "ondersteuning zelf en heeft een eigen, financieel belang bij de omvang ervan "
                "(art. 2:4 Awb)",
            ),
            "interested_party": Message(
                ". A mandate to {decider_role} is not the way: {side} has an interest of its "
                "own in the outcome (Awb 2:4)",
                ". Mandaat aan {decider_role} is hier geen oplossing: {side} heeft een eigen "
                "belang bij de uitkomst (art. 2:4 Awb)",
            ),
            "mandate": Message(
                "; or have {body} mandate the decision to {decider}, " + _CONSENT.en,
                "; of laat {body} het besluit mandateren aan {decider}, " + _CONSENT.nl,
            ),
        },
    ),
    # a body of the decider's own organisation that has not mandated the power (jurist W3)
    Code.AGREEMENT_DECIDER_NO_MANDATE: Entry(
        Message(
            "{agreement} assigns {act} of {body} to {decider}",
            "{agreement} legt {act} van {body} bij {decider}",
        ),
        Message(
            "{agreement} names {decider} as {as_besluit}{as_request}, but "
            "{n:form:that is a public-law power|those are public-law powers} of {body}, and "
            "{decider} holds no {grant} for this. An agreement between organisations gives "
            "nobody a power that the law gives to a public body: {request}{besluit}",
            "{agreement} wijst {decider} aan als {as_besluit}{as_request}, maar "
            "{n:form:dat is een publiekrechtelijke bevoegdheid|dat zijn publiekrechtelijke "
            "bevoegdheden} van {body}, en {decider} heeft daarvoor geen {grant}. Een afspraak "
            "tussen organisaties geeft niemand een bevoegdheid die de wet aan een "
            "bestuursorgaan geeft: {request}{besluit}",
        ),
        Message(
            "Have {body} {take}, or {pass_on}; the agreement then records only coordination, "
            "terms and escalation.",
            "Laat {body} {take}, of {pass_on}; de afspraak regelt dan alleen afstemming, "
            "termijnen en escalatie.",
        ),
        parts={
            # a request is filed, not decided (jurist, seventh round W14)
            "as_besluit": Message(
                "the one who decides on {powers:list}", "beslisser over {powers:list}"
            ),
            "as_request": Message(
                "the one who files {n:form:the request|the requests} ({powers:list})",
                "degene die {n:form:het verzoek|de verzoeken} indient ({powers:list})",
            ),
            "besluit": Message(
                "{body} decides itself, or mandates the decision to {decider} (Awb 10:1, 10:3(1)).",
                "{body} beslist zelf, of mandateert het besluit aan {decider} (art. 10:1 en "
                "10:3 lid 1 Awb).",
            ),
            # a request to a court is no besluit: machtiging, not mandate (jurist N4)
            "request": Message(
                "{body} files the request itself, or authorises {decider} to do so (Awb 10:12 "
                "with 10:3). A request to a court is no decision (Awb 1:3).",
                "{body} dient het verzoek zelf in, of machtigt {decider} daartoe (art. 10:12 "
                "jo. 10:3 Awb). Een verzoek aan de rechter is geen besluit (art. 1:3 Awb).",
            ),
        },
    ),
}
