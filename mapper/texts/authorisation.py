"""Texts of building block 4 on an act that is no besluit recorded as a mandate: a request to a
court or another act that is no besluit (art. 1:3 Awb) is passed on by machtiging (art. 10:12
Awb), whatever the file calls it (jurist, seventh round W5)."""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

TEXTS: dict[Code, Entry] = {
    Code.MANDATE_RECORDED_FOR_NON_BESLUIT: Entry(
        Message(
            "The map calls the authorisation granted to {holder} a mandate",
            "De kaart noemt de machtiging aan {holder} een mandaat",
        ),
        Message(
            "The map calls this a mandate; {act} is no decision (Awb 1:3), so record it as an "
            "authorisation (machtiging, Awb 10:12).",
            "De kaart noemt dit een mandaat; {act} is geen besluit (art. 1:3 Awb), dus leg "
            "het vast als machtiging (art. 10:12 Awb).",
        ),
        Message(
            "Change the instrument of {m} on the map from mandate to authorisation.",
            "Zet op de kaart bij {m} het instrument op machtiging in plaats van mandaat.",
        ),
    ),
}
