"""Texts of building block 4 on the chain of mandates (Awb 10:1, 10:9, 10:13, 10:6, 10:16):
every mandate traces back to the body that holds the power, sub-mandate and delegation stay
within what the root allows, and an information line runs back.

Articles are cited as in :mod:`mapper.texts.mandates` (the form of each mandate, and the names
of mandates, instruments and statuses these texts use).
"""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

TEXTS: dict[Code, Entry] = {
    Code.MANDATE_NO_LEGAL_ROOT: Entry(
        Message("{lacks}{body_s}", "{lacks}{body_s}"),
        Message(
            "For {m}: {grantor} holds ‘{power}’ neither by statute, nor by delegation, nor by "
            "mandate, so the mandate does not lead back to the body that holds the power "
            "(Awb 10:1); decisions under it are taken without authority.{held}",
            "Bij {m}, geldt: {grantor} heeft ‘{power}’ niet op grond van de wet, niet door "
            "delegatie en "
            "niet in mandaat, dus het mandaat leidt niet terug naar het bestuursorgaan dat de "
            "bevoegdheid heeft (art. 10:1 Awb); besluiten erop zijn onbevoegd genomen.{held}",
        ),
        Message("{by_body}{by_sub}", "{by_body}{by_sub}"),
        parts={
            "lacks": Message(
                "Mandate without the power: {grantor} does not hold ‘{power}’",
                "Mandaat zonder bevoegdheid: {grantor} heeft ‘{power}’ niet",
            ),
            # a body mandated another body's power: say whose it is (twelfth jurist L10)
            "body_s": Message(
                "{grantor} mandated ‘{power}’, a power of {root}",
                "{grantor} mandateerde ‘{power}’, een bevoegdheid van {root}",
            ),
            "held": Message(" The power lies with {root}.", " De bevoegdheid berust bij {root}."),
            "by_body": Message(
                "Have {who} grant the mandate, directly or with room for sub-mandate.",
                "Laat {who} het mandaat verlenen, rechtstreeks of met ruimte voor ondermandaat.",
            ),
            # someone above the grantor holds the power and may pass it on: no new decision of
            # the body is needed (jurist, fifth round, map A)
            "by_sub": Message(
                "Have {above} grant {grantor} a sub-mandate: {above} holds ‘{power}’ under "
                "mandate from {root} and may pass it on, so {root} need not decide anything "
                "for it.",
                "Laat {above} {grantor} ondermandaat verlenen: {above} heeft ‘{power}’ in "
                "mandaat van {root} en mag het verder mandateren, dus daarvoor is geen nieuw "
                "besluit van {root} nodig.",
            ),
        },
    ),
    # {inst} the grant's own word (het mandaat / de volmacht / de machtiging), {sub} its
    # sub-level, {pass_on} the verb, {giver} the grantor at the root, {cite} 10:9 lid 1, for
    # a volmacht or machtiging through art. 10:12 Awb (tenth jurist J1)
    Code.MANDATE_SUBMANDATE_NOT_ALLOWED: Entry(
        Message(
            "{grantor} may not {pass_on} {inst} for ‘{power}’ to {holder}",
            "{grantor} mag {inst} voor ‘{power}’ niet {pass_on} aan {holder}",
        ),
        Message(
            "{m} is a {sub}. {top} {none}{used}; only {back}, the {giver} at the root, "
            "decides whether and how far a {sub} is allowed ({cite}). Chain: {path}.",
            # "dat college", not "het college": the nota is addressed to another (rev-jurist19 R2)
            "{m}, is een {sub}. {top} {none}{used}; alleen {back}, als oorspronkelijke "
            "{giver}, bepaalt of en hoe ver {sub} is toegestaan ({cite}). Keten: {path}.",
        ),
        Message(
            "{widen}{widen_to}{widen_to_body}{widen_ask}{widen_to_ask}{widen_to_body_ask}"
            "{withdraw}",
            "{widen}{widen_to}{widen_to_body}{widen_ask}{widen_to_ask}{widen_to_body_ask}"
            "{withdraw}",
        ),
        parts={
            "widen": Message(
                "Have {top} allow a further level of {sub} in {first}, or grant {inst} to "
                "{holder} directly.",
                "Laat {top} in {first} één niveau {sub} meer toestaan, of {inst} rechtstreeks "
                "aan {holder} verlenen.",
            ),
            # the handler further down falls with it: reach him (twelfth jurist L8); {direct}:
            # he and the holders whose "one more level" this ask covers (rev-user16 U5)
            "widen_to": Message(
                "Have {top} allow {sub} in {first} down to {target} ({needed:count:level|levels}), "
                "or grant {inst} to {direct:list} directly.",
                "Laat {top} in {first} {sub} tot en met {target} toestaan "
                "({needed:count:niveau|niveaus}), of {inst} rechtstreeks aan {direct:list} "
                "verlenen.",
            ),
            # ... with the consent of the body the handler works under (art. 10:4 lid 1 Awb)
            "widen_to_body": Message(
                "Have {top} allow {sub} in {first} down to {target} ({needed:count:level|levels}), "
                "or grant {inst} to {target} directly, with the consent of {target} and of {body} "
                "(Awb 10:4(1)).",
                "Laat {top} in {first} {sub} tot en met {target} toestaan "
                "({needed:count:niveau|niveaus}), of {inst} rechtstreeks aan {target} verlenen, "
                "met instemming van {target} en van {body} (art. 10:4 lid 1 Awb).",
            ),
            # the same asked of a body the note is not addressed to: one college cannot order
            # another (rev-jurist17 R4)
            "widen_ask": Message(
                "Ask {top} to allow a further level of {sub} in {first}, or to grant {inst} to "
                "{holder} directly.",
                "Vraag {top} in {first} één niveau {sub} meer toe te staan, of {inst} "
                "rechtstreeks aan {holder} te verlenen.",
            ),
            "widen_to_ask": Message(
                "Ask {top} to allow {sub} in {first} down to {target} "
                "({needed:count:level|levels}), or to grant {inst} to {direct:list} directly.",
                "Vraag {top} in {first} {sub} tot en met {target} toe te staan "
                "({needed:count:niveau|niveaus}), of {inst} rechtstreeks aan {direct:list} "
                "te verlenen.",
            ),
            "widen_to_body_ask": Message(
                "Ask {top} to allow {sub} in {first} down to {target} "
                "({needed:count:level|levels}), or to grant {inst} to {target} directly, with "
                "the consent of {target} and of {body} (Awb 10:4(1)).",
                "Vraag {top} in {first} {sub} tot en met {target} toe te staan "
                "({needed:count:niveau|niveaus}), of {inst} rechtstreeks aan {target} te "
                "verlenen, met instemming van {target} en van {body} (art. 10:4 lid 1 Awb).",
            ),
            # a provider's staff never decides on its own support: no wider grant (L3)
            "withdraw": Message(
                "Withdraw the grants for ‘{power}’ to {staff:list}: {provider} would decide on "
                "support it delivers itself (Awb 2:4). Have an official of the municipality "
                "decide under mandate, with {provider} advising on the amount.",
                "Trek de mandaten voor ‘{power}’ aan {staff:list} in: {provider} zou dan als "
                "aanbieder beslissen over de eigen ondersteuning (art. 2:4 Awb). Laat een "
                "ambtenaar van de gemeente in mandaat beslissen; {provider} adviseert over de "
                "omvang.",
            ),
            "none": Message("allowed no {sub} in {first}", "stond in {first} geen {sub} toe"),
            "used": Message(
                "allowed {levels:count:level|levels} of {sub} in {first}, and the chain "
                "has used {levels:form:it|them}",
                "stond in {first} {levels:count:niveau|niveaus} {sub} toe, en "
                "{levels:form:dat is|die zijn} in de keten al gebruikt",
            ),
        },
    ),
    Code.MANDATE_SUBMANDATE_WIDENED: Entry(
        Message(
            "{grantor} allows more sub-mandate than {top} did",
            "{grantor} staat meer ondermandaat toe dan {top}",
        ),
        Message(
            # in its own mandate, not "(the mandate the college granted)" after the sentence,
            # which had no referent (jurist 15, J18)
            "{m} allows {asked:count:further level|further levels} of sub-mandate, but in its "
            "own mandate {top} left {none_left}{some_left} after it. How far sub-mandate goes is "
            "for the "
            "grantor at the root, here {back}, to decide (Awb 10:9(1)); {grantor} cannot widen "
            "it, and "
            "sub-mandates beyond it are void.",
            "{m}, staat nog {asked:count:niveau|niveaus} ondermandaat toe, maar "
            "{top} liet in zijn mandaat daarna {none_left}{some_left} over. Hoe ver ondermandaat "
            "gaat, "
            # the grantor at the root, named: the directeur is a mandaatgever too (rev-jurist19 R3)
            "bepaalt de oorspronkelijke mandaatgever, hier {back} (art. 10:9 lid 1 Awb); {grantor} "
            "kan dat niet verruimen, "
            "en ondermandaat daarbuiten is ongeldig.",
        ),
        # asked, as one college cannot order another; one form for every college keeps the
        # group of 43 one sentence (rev-jurist17 R4, session 18)
        Message(
            "Bring the sub-mandate in line with {first}, or ask {top} to allow more levels.",
            "Breng het ondermandaat in lijn met {first}, of vraag {top} meer niveaus toe te staan.",
        ),
        parts={
            "none_left": Message("no levels", "geen niveaus"),
            "some_left": Message("{left:count:level|levels}", "{left:count:niveau|niveaus}"),
        },
    ),
    Code.MANDATE_CYCLE: Entry(
        Message(
            "Mandates that rest on each other: {actors:list}",
            "Mandaten die op elkaar steunen: {actors:list}",
        ),
        Message(
            "{mandates:list} pass ‘{power}’ round in a circle; none of them leads back to the "
            "body that holds the power (Awb 10:1), so none of them passes anything on and "
            "decisions under them are taken without authority.{held}",
            "{mandates:list} geven ‘{power}’ in een kring aan elkaar door; geen ervan leidt "
            "terug naar het bestuursorgaan dat de bevoegdheid heeft (art. 10:1 Awb), dus geen "
            "ervan geeft iets door en besluiten erop zijn onbevoegd genomen.{held}",
        ),
        Message(
            "Break the circle: have {who} grant the mandate directly.",
            "Doorbreek de kring: laat {who} het mandaat rechtstreeks verlenen.",
        ),
        parts={
            "held": Message(" The power lies with {root}.", " De bevoegdheid berust bij {root}.")
        },
    ),
    Code.MANDATE_CHAIN_BROKEN: Entry(
        Message(
            "The mandate of {grantor} itself is not valid",
            "Het mandaat van {grantor} zelf is niet geldig",
        ),
        Message(
            "{m} rests on {n:form:the mandate|the mandates} of {grantor} for this power: "
            "{reasons:list}. {n:form:It is not|None of them is} valid, so this mandate passes "
            "nothing on either.{below}",
            "{m}, steunt op {n:form:het mandaat|de mandaten} van {grantor} voor deze "
            "bevoegdheid: {reasons:list}. {n:form:Dat is niet|Geen daarvan is} geldig, dus ook "
            "dit mandaat geeft niets door.{below}",
        ),
        Message(
            "Repair the mandate higher up the chain first.",
            "Herstel eerst het mandaat hoger in de keten.",
        ),
        parts={
            # a long chain below the broken link, said once (issue 14)
            "below": Message(
                " Further down the chain, {n_below:count:mandate rests|mandates rest} on it "
                "and {n_below:form:passes|pass} nothing on either: {below:list}.",
                " Verderop in de keten {n_below:form:steunt|steunen} "
                "{n_below:count:mandaat|mandaten} erop en {n_below:form:geeft|geven} evenmin "
                "iets door: {below:list}.",
            )
        },
    ),
    Code.MANDATE_GRANTOR_DELEGATED_AWAY: Entry(
        Message(
            "{grantor} mandates a power it has delegated",
            "{grantor} mandateert een bevoegdheid die het heeft gedelegeerd",
        ),
        Message(
            "For {m}: {grantor} delegated ‘{power}’ to {to} and can no longer exercise that "
            "power itself (Awb 10:17), so it cannot mandate it either. The other powers of "
            "{grantor} are not affected.",
            "Bij {m}, geldt: {grantor} heeft ‘{power}’ gedelegeerd aan {to} en kan die bevoegdheid "
            "niet langer zelf uitoefenen (art. 10:17 Awb), dus ook niet mandateren. De andere "
            "bevoegdheden van {grantor} blijven onaangetast.",
        ),
        Message("{withdraw}{withdraw_or}", "{withdraw}{withdraw_or}"),
        parts={
            "withdraw": Message(
                "Withdraw the mandate to {holder}. {to} now holds the power and decides through "
                "its own organisation; a mandate from there to {holder}, {holder:who} does not "
                "work there, would need consent (Awb 10:4) and serves no purpose.",
                "Trek het mandaat aan {holder} in. {to} heeft de bevoegdheid nu en beslist via "
                "de eigen organisatie; een mandaat van daaruit aan {holder}, {holder:who} daar "
                "niet werkt, zou instemming vragen (art. 10:4 Awb) en dient geen doel.",
            ),
            "withdraw_or": Message(
                "Withdraw the mandate; if it is still needed, have it granted again by {to}: the "
                "power lies there now.",
                "Trek het mandaat in; is het nog nodig, laat het dan opnieuw verlenen door {to}: "
                "de bevoegdheid ligt daar nu.",
            ),
        },
    ),
    Code.DELEGATION_BY_MANDATE_HOLDER: Entry(
        Message(
            "Delegation by a mandate holder: {grantor} holds ‘{power}’ only by mandate",
            "Delegatie door een gemandateerde: {grantor} heeft ‘{power}’ alleen in mandaat",
        ),
        Message(
            "For {m}: {grantor} holds ‘{power}’ only by mandate{via_mandate}. Only the body that "
            "holds "
            "a power itself, by statute or by delegation, can delegate it (Awb 10:13); {holder} "
            "receives no power by this decision.",
            "Bij {m}, geldt: {grantor} heeft ‘{power}’ alleen in mandaat{via_mandate}. Delegeren "
            "kan alleen "
            "het bestuursorgaan dat de bevoegdheid zelf heeft, op grond van de wet of door "
            "delegatie (art. 10:13 Awb); {holder} krijgt met dit besluit geen bevoegdheid.",
        ),
        Message(
            "Leave the choice to delegate to {who}; {grantor} can only pass the work on by "
            "sub-mandate, as far as {who} allows it.",
            "Laat de keuze om te delegeren aan {who}; {grantor} kan het werk alleen met "
            "ondermandaat doorgeven, voor zover {who} dat toestaat.",
        ),
        parts={"via_mandate": Message(" ({via})", " ({via})")},
    ),
    Code.MANDATE_BUDGET_ABOVE_GRANTOR: Entry(
        Message(
            "The sub-mandate of {holder} reaches further than the mandate of {grantor}",
            "Het ondermandaat van {holder} reikt verder dan het mandaat van {grantor}",
        ),
        Message(
            "{m} allows {budget:upto}, but the mandate of {grantor} itself reaches "
            "{own:money}. The maximum amount is part of the mandate's scope, and a sub-mandate "
            "never reaches further than the mandate it rests on: {holder} can decide up to "
            "{own:money}.",
            "{m}, staat {budget:money} toe, maar het mandaat van {grantor} zelf reikt tot "
            "{own:money}. Het maximumbedrag hoort bij de reikwijdte van het mandaat, en een "
            "ondermandaat reikt nooit verder dan het mandaat waarop het steunt: {holder} kan "
            "beslissen tot {own:money}.",
        ),
        Message(
            "Bring the maximum amount in line with the mandate of {grantor}.",
            "Breng het maximumbedrag in lijn met het mandaat van {grantor}.",
        ),
    ),
    Code.MANDATE_NOT_FOR_PRACTICE: Entry(
        Message(
            "The mandate of {holder} does not reach the {this}",
            "Het mandaat van {holder} reikt niet tot de {this}",
        ),
        Message(
            "{m} is valid, but rests on {link}, which covers only the {other}. In the {this}, "
            "{holder} therefore cannot decide under it. Its legal validity does not depend on "
            "the practice.",
            "{m}, is geldig, maar steunt op {link}, dat alleen voor de {other} geldt. In de "
            "{this} kan {holder} er dus niet op beslissen. Aan de geldigheid verandert de "
            "praktijk niets.",
        ),
        Message(
            "Make {link} cover the {this} as well, or grant a mandate for it.",
            "Laat {link} ook voor de {this} gelden, of verleen daarvoor een mandaat.",
        ),
    ),
    Code.MANDATE_NO_INFO_LINE: Entry(
        Message(
            "The map shows no line from {holder} back to {grantor}",
            "De kaart toont geen lijn van {holder} terug naar {grantor}",
        ),
        Message(
            "For {m}: {mandate}{authorisation}; that duty to inform exists by statute. What the "
            "map "
            "lacks is how it is arranged: no accountability, signal, escalation, feedback or "
            "hierarchy line runs back.",
            "Bij {m}, geldt: {mandate}{authorisation}; die informatieplicht bestaat op grond van "
            "de wet. "
            "Wat de kaart mist, is hoe die is geregeld: er loopt geen verantwoordings-, "
            "signaal-, escalatie-, terugkoppel- of hiërarchische lijn terug.",
        ),
        Message(
            "Agree how and how often {holder} informs {grantor}, and record it.",
            "Spreek af hoe en hoe vaak {holder} {grantor} informeert, en leg dat vast.",
        ),
        parts={
            "mandate": Message(
                "the grantor may give instructions (Awb 10:6(1)) and the holder gives "
                "information about how the mandate is used when asked (Awb 10:6(2))",
                "de mandaatgever kan instructies geven (art. 10:6 lid 1 Awb) en de "
                "gemandateerde verstrekt desgevraagd inlichtingen over de uitoefening van het "
                "mandaat (art. 10:6 lid 2 Awb)",
            ),
            # a request is no besluit: machtiging (jurist round 7, W5)
            "authorisation": Message(
                "whoever authorises may give instructions and the authorised person gives "
                "information when asked (Awb 10:12 with 10:6)",
                "wie machtigt, kan instructies geven en de gemachtigde geeft desgevraagd "
                "inlichtingen (art. 10:12 jo. 10:6 Awb)",
            ),
        },
    ),
    Code.DELEGATION_NO_INFO_LINE: Entry(
        Message(
            "The map shows no line from {holder} back to {grantor}",
            "De kaart toont geen lijn van {holder} terug naar {grantor}",
        ),
        Message(
            "For {m}: after delegation the delegating body can only give policy rules (Awb "
            "10:16(1)) or revoke the delegation (Awb 10:18), and the delegate must inform it "
            "on request about how the power is exercised (Awb 10:16(2)); that duty exists by "
            "statute. What the map lacks is how it is arranged: no accountability, signal, "
            "escalation, feedback or hierarchy line runs back.",
            "Bij {m}, geldt: na delegatie kan de delegans alleen beleidsregels geven (art. 10:16 "
            "lid 1 "
            "Awb) of de delegatie intrekken (art. 10:18 Awb), en de delegataris moet hem op "
            "verzoek inlichtingen geven over de uitoefening van de bevoegdheid (art. 10:16 lid 2 "
            "Awb); die plicht bestaat op grond van de wet. Wat de kaart mist, is hoe die is "
            "geregeld: er loopt geen verantwoordings-, signaal-, escalatie-, terugkoppel- of "
            "hiërarchische lijn terug.",
        ),
        Message(
            "Agree how and how often {holder} informs {grantor}, and record it.",
            "Spreek af hoe en hoe vaak {holder} {grantor} informeert, en leg dat vast.",
        ),
    ),
}
