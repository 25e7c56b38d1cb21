"""Texts of building block 4 on signing authorisations (Awb 10:11): signing gives the holder
no power to decide, and only a public body authorises signing its decisions. Split from
:mod:`mapper.texts.mandates` by meaning; registered with its ``TEXTS``.
"""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["GRANT_SIGNING", "SIGNING"]

SIGNING: dict[Code, Entry] = {
    Code.MANDATE_SIGNING_NO_POWER: Entry(
        Message(
            "Signing on behalf gives {holder} no power to decide",
            "Ondertekening geeft {holder} geen bevoegdheid om te beslissen",
        ),
        Message(
            # a subject, not "{m}: die mag" (jurist 15, J19)
            "With {m}, {holder} may sign decisions of {body} (Awb 10:11), not take them."
            "{takes}{nobody}",
            "Met {m}, mag {holder} besluiten van {body} ondertekenen (art. 10:11 Awb), niet "
            "nemen.{takes}{nobody}",
        ),
        Message(
            "{own_mandate}{prepares}{own_mandate_ask}{prepares_ask}",
            "{own_mandate}{prepares}{own_mandate_ask}{prepares_ask}",
        ),
        parts={
            "takes": Message(" {takes:semi}.", " {takes:semi}."),
            "nobody": Message(
                " For {nobody:list} the map names nobody near the case who may take "
                "{k:form:it|them}.",
                " Voor {nobody:list} wijst de kaart niemand dicht bij de casus aan die "
                "{k:form:het|ze} mag nemen.",
            ),
            "prepares": Message(
                # who grants the mandate: the body whose decisions are signed (N13)
                "{holder} prepares {n:form:that decision|those decisions} and may sign "
                "{n:form:it|them}; if {holder} is to take {n:form:it|them}, have {body_role} grant "
                "a mandate for ‘{power}’.",
                "{holder} bereidt {n:form:dat besluit|die besluiten} voor en mag "
                "{n:form:het|ze} ondertekenen; moet {holder} {n:form:het|ze} zelf nemen, laat "
                "{body_role} dan mandaat verlenen voor ‘{power}’.",
            ),
            "own_mandate": Message(
                "If {holder} must decide, have {body_role} grant a mandate for ‘{power}’.",
                "Moet {holder} zelf beslissen, laat {body_role} dan mandaat verlenen voor "
                "‘{power}’.",
            ),
            # a body the note is not addressed to is asked; {body_own} "het eigen college"
            # when it is the holder's own, which many holders share as words (rev-jurist17 R6)
            "prepares_ask": Message(
                "{holder} prepares {n:form:that decision|those decisions} and may sign "
                "{n:form:it|them}; if {holder} is to take {n:form:it|them}, ask {body_own} to "
                "grant a mandate for ‘{power}’.",
                "{holder} bereidt {n:form:dat besluit|die besluiten} voor en mag "
                "{n:form:het|ze} ondertekenen; moet {holder} {n:form:het|ze} zelf nemen, vraag "
                "dan {body_own} mandaat te verlenen voor ‘{power}’.",
            ),
            "own_mandate_ask": Message(
                "If {holder} must decide, ask {body_own} to grant a mandate for ‘{power}’.",
                "Moet {holder} zelf beslissen, vraag dan {body_own} mandaat te verlenen voor "
                "‘{power}’.",
            ),
        },
    ),
    Code.MANDATE_SIGNING_NOT_BY_BODY: Entry(
        Message(
            # "signing decisions" read as a noun (rev-jurist19 R11)
            "{grantor} cannot authorise anyone to sign decisions of {body}",
            "{grantor} kan niet machtigen tot ondertekening van besluiten van {body}",
        ),
        Message(
            "For {m}: {grantor} is not a public body and cannot itself authorise anyone to sign "
            "decisions of {body} (Awb 10:11). Someone who holds the power under mandate can "
            "pass signing on only within a mandate that allows it (compare Awb 10:9(1)).",
            "Bij {m}, geldt: {grantor} is geen bestuursorgaan en kan niet zelf machtigen tot "
            "ondertekening "
            "van besluiten van {body} (art. 10:11 Awb). Wie de bevoegdheid in mandaat heeft, "
            # art. 10:11 does not declare 10:9 applicable: compare (rev-jurist16 N11)
            "kan ondertekening alleen doorgeven binnen een mandaat dat dat toestaat (vgl. art. "
            "10:9 lid 1 Awb).",
        ),
        Message("{grant}", "{grant}"),
    ),
}

#: Who grants the signing authorisation instead: the note's own college has it done, another
#: college is asked (rev-jurist17 R4). A value, not a part: the findings of one shape stay one
#: group whatever their verb, and the group's suggestion says each kind (mapper.repeats).
GRANT_SIGNING = {
    # the body grants it itself or allows it in its own mandate decision: the official's own
    # (sub-)mandate decision cured nothing, it is still the official who grants; what was signed
    # is ratified (rev-jurist19 R5, R6: to whom, and by whom)
    "": Message(
        "Have {body} grant {holder} the signing authorisation itself, or allow in its "
        "mandate decision that {grantor} grants it (compare Awb 10:9(1)), and ratify the "
        "decisions signed under it.",
        "Laat {body} zelf de machtiging aan {holder} verlenen, of in zijn mandaatbesluit "
        "toestaan dat {grantor} haar verleent (vgl. art. 10:9 lid 1 Awb), en de besluiten die "
        "erop zijn ondertekend, bekrachtigen.",
    ),
    "_ask": Message(
        "Ask {body} to grant {holder} the signing authorisation itself, or to allow in its "
        "mandate decision that {grantor} grants it (compare Awb 10:9(1)), and to ratify the "
        "decisions signed under it.",
        "Vraag {body} zelf de machtiging aan {holder} te verlenen, of in zijn mandaatbesluit toe "
        "te staan dat {grantor} haar verleent (vgl. art. 10:9 lid 1 Awb), en de besluiten die "
        "erop zijn ondertekend, te bekrachtigen.",
    ),
}
