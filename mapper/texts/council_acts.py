"""Texts of a volmacht the raad grants for a private-law act (building block 4; eleventh
jurist H5): over the municipality's privaatrechtelijke rechtshandelingen the college decides
(art. 160 lid 1 onder e Gemeentewet; for a province gedeputeerde staten, art. 158 lid 1 onder e
Provinciewet), and the burgemeester represents the municipality (art. 171 Gemeentewet; the
commissaris van de Koning, art. 176 Provinciewet). The raad has no such power to pass on.
"""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

TEXTS: dict[Code, Entry] = {
    Code.MANDATE_COUNCIL_PRIVATE_LAW: Entry(
        Message(
            "{grantor} cannot grant a power of attorney for ‘{power}’",
            "{grantor} kan geen volmacht verlenen voor ‘{power}’",
        ),
        Message(
            "For {m}: on the private-law acts of {public} {decides} decides ({cite}), and {rep} "
            "represents {public} ({cite_rep}). {grantor} cannot grant a power of attorney "
            "for them, so {holder} holds no power under it.{holder_too}",
            "Bij {m}, geldt: over privaatrechtelijke rechtshandelingen van {public} beslist "
            "{decides} "
            "({cite}), en {rep} vertegenwoordigt {public} ({cite_rep}). {grantor} kan hiervoor "
            "geen volmacht verlenen; {holder} heeft op deze volmacht dus geen bevoegdheid."
            "{holder_too}",
        ),
        # the college mandates its decision to conclude, the burgemeester designates the signer
        # (jurist 12b M1, map H: as the beslispunten of both say it)
        Message(
            "Have {decides} grant {holder} the mandate to decide on the contract and {rep} "
            "designate {holder} to represent {public} ({cite_rep}). Have the contracts {holder} "
            "concluded under the power of attorney of {grantor} listed and put to {decides} for "
            "ratification (art. 3:69 of the Dutch Civil Code).",
            "Laat {decides} {holder} mandaat verlenen om tot de overeenkomst te besluiten en "
            "{rep} {holder} aanwijzen om {public} te vertegenwoordigen ({cite_rep}). Laat de "
            "overeenkomsten die {holder} op de volmacht van {grantor} sloot, inventariseren en "
            "leg ze ter bekrachtiging voor aan {decides} (art. 3:69 BW).",
        ),
        parts={
            "holder_too": Message(
                " The map also names {grantor} as the body that holds the power; that is "
                "{decides}.",
                " De kaart noemt {grantor} ook als het orgaan dat de bevoegdheid heeft; dat is "
                "{decides}.",
            ),
        },
    ),
}
