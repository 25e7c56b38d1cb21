"""Texts of building block 4 on an act that is no besluit recorded as a mandate: a request to a
court or another act that is no besluit (art. 1:3 Awb) is passed on by machtiging (art. 10:12
Awb), whatever the file calls it (jurist, seventh round W5)."""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

TEXTS: dict[Code, Entry] = {
    # a mandate to a care provider's staff member to decide on the support the provider
    # delivers itself, with the consent art. 10:4 lid 1 Awb asks recorded: the consent is
    # there, the conflict of interest stays (art. 2:4 Awb; ninth jurist, N9)
    Code.MANDATE_PROVIDER_INTEREST: Entry(
        Message(
            "The mandate to {holder} conflicts with {provider}'s own interest",
            "Het mandaat aan {holder} botst met het eigen belang van {provider}",
        ),
        Message(
            "For {m}: {consented}{provided}{under} It is still not the way: {provider} delivers "
            "the "
            "support itself and has an interest of its own, a financial one, in how much of it "
            "is granted (Awb 2:4).{consented_end}{provided_end}{under_end}",
            "Bij {m}, geldt: {consented}{provided}{under} Toch is mandaat hier geen oplossing: "
            "{provider} "
            "levert de ondersteuning zelf en heeft een eigen, financieel belang bij de omvang "
            "ervan (art. 2:4 Awb).{consented_end}{provided_end}{under_end}",
        ),
        Message(
            "Withdraw the mandate and let {grantor} take these decisions itself (under mandate: "
            "one of its own officials); {provider} advises on the amount of support.",
            "Trek het mandaat in en laat {grantor} zelf beslissen (in mandaat: een eigen "
            "ambtenaar); {provider} adviseert over de omvang.",
        ),
        # why art. 10:4 lid 1 asks nothing more, and why that does not help (session 10): a
        # mandate the statute provides for needs no consent (lid 2), nor does one to a holder
        # who works under the grantor; art. 2:4's bias rule holds for every besluit
        parts={
            "consented": Message(
                "the consent of {holder} and of {provider} is recorded, so the mandate meets "
                "Awb 10:4(1).",
                "de instemming van {holder} en van {provider} is vastgelegd, dus aan art. 10:4 "
                "lid 1 Awb is voldaan.",
            ),
            "consented_end": Message(
                " Consent does not cure that.", " Instemming neemt dat niet weg."
            ),
            "provided": Message(
                "a statutory rule provides for mandate, so no consent is needed (Awb 10:4(2)).",
                "een wettelijk voorschrift voorziet in de mogelijkheid van mandaat, dus "
                "instemming is niet nodig (art. 10:4 lid 2 Awb).",
            ),
            "provided_end": Message(
                " That the statute provides for mandate does not cure that: Awb 2:4 holds for "
                "every decision.",
                " Dat de wet in mandaat voorziet, neemt dat niet weg: art. 2:4 Awb geldt voor "
                "elk besluit.",
            ),
            "under": Message(
                "the map has {holder} work under the responsibility of {grantor}, so no consent "
                "is needed (Awb 10:4(1)).",
                "volgens de kaart werkt {holder} onder verantwoordelijkheid van {grantor}, dus "
                "instemming is niet nodig (art. 10:4 lid 1 Awb).",
            ),
            "under_end": Message(
                " That {holder} works under {grantor} does not cure that: {holder} still "
                "works for {provider}.",
                " Dat {holder} onder {grantor} werkt, neemt dat niet weg: {holder} werkt nog "
                "steeds voor {provider}.",
            ),
        },
    ),
    Code.MANDATE_RECORDED_FOR_NON_BESLUIT: Entry(
        Message(
            "The map calls the {instr} granted to {holder} a mandate",
            "De kaart noemt de {instr} aan {holder} een mandaat",
        ),
        Message(
            "The map calls the {instr} granted to {holder} a mandate; {act} is no decision "
            "(Awb 1:3), so record it as {as_request}{as_private}{as_other}.",
            "De kaart noemt de {instr} aan {holder} een mandaat; {act} is geen besluit (art. "
            "1:3 Awb), dus leg het vast als {as_request}{as_private}{as_other} (art. 10:12 Awb).",
        ),
        Message(
            "Change the instrument of {m} on the map from mandate to {to}.",
            "Zet op de kaart bij {m} het instrument op {to} in plaats van mandaat.",
        ),
        # a request is passed on by machtiging, a private-law act by volmacht; an act the map
        # does not name may be either (eighth jurist, N12)
        parts={
            "as_request": Message("an authorisation (machtiging, Awb 10:12)", "machtiging"),
            "as_private": Message("a power of attorney (volmacht, Awb 10:12)", "volmacht"),
            "as_other": Message(
                "an authorisation (machtiging), or for a private-law act as a power of attorney "
                "(volmacht; Awb 10:12)",
                "machtiging, of bij een privaatrechtelijke rechtshandeling als volmacht",
            ),
        },
    ),
}
