"""Texts of building block 4 outside the mandate rules: the line of accountability."""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

TEXTS: dict[Code, Entry] = {
    Code.ACCOUNTABILITY_LINE_STOPS: Entry(
        Message(
            "Accountability of {one}{many} does not reach the top{routine}{custom}",
            "Verantwoording van {one}{many} bereikt de top niet{routine}{custom}",
        ),
        Message(
            # the names counted as "894 anderen", and a line that is missing does not also
            # "reach no administrator" (jurist 15, J18: "… en nog 894 ontbreekt en bereikt …")
            "The line of accountability from {handlers:list}{routine}{custom} {stops}{missing}; "
            "custom decisions are then accounted for nowhere.",
            "De verantwoordingslijn van {handlers:list}{routine}{custom} {stops}{missing}; "
            "maatwerkbesluiten worden dan nergens verantwoord.",
        ),
        Message(
            "Agree a light accountability route for this practice up to the executive (for "
            "example a periodic report of deviations), without a back-office check of each case.",
            "Spreek voor deze werkwijze een lichte verantwoordingsroute tot de bestuurder af "
            "(bijvoorbeeld een periodiek overzicht van afwijkingen), zonder backoffice-controle "
            "per casus.",
        ),
        parts={
            "one": Message("{handler}", "{handler}"),
            "many": Message("{n:word} case handlers", "{n:word} behandelaars"),
            "routine": Message(" in the routine practice", " in de routinewerkwijze"),
            "custom": Message(" in the custom practice", " in de maatwerkpraktijk"),
            "stops": Message(
                "stops at {ends:list} and reaches neither the executive nor the council",
                "houdt op bij {ends:list} en bereikt geen bestuurder of raad",
            ),
            "missing": Message(
                "does not exist, so no account reaches the executive or the council",
                "ontbreekt, zodat geen verantwoording een bestuurder of de raad bereikt",
            ),
        },
    ),
}
