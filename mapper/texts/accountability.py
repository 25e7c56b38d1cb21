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
            "The line of accountability from {handlers:list}{more}{routine}{custom} "
            "{stops}{missing} and reaches no administrator or council; custom decisions are "
            "then accounted for nowhere.",
            "De verantwoordingslijn van {handlers:list}{more}{routine}{custom} {stops}{missing} "
            "en bereikt geen bestuurder of raad; maatwerkbesluiten worden dan nergens "
            "verantwoord.",
        ),
        Message(
            "Agree a light accountability route for this practice up to the administrator (for "
            "example a periodic report of deviations), without a back-office check of each case.",
            "Spreek voor deze werkwijze een lichte verantwoordingsroute tot de bestuurder af "
            "(bijvoorbeeld een periodiek overzicht van afwijkingen), zonder backoffice-controle "
            "per casus.",
        ),
        parts={
            "one": Message("{handler}", "{handler}"),
            "many": Message("{n:word} case handlers", "{n:word} behandelaars"),
            "more": Message(" and {n_more:word} more", " en nog {n_more:word}"),
            "routine": Message(" in the routine practice", " in de routinewerkwijze"),
            "custom": Message(" in the custom practice", " in de maatwerkpraktijk"),
            "stops": Message("stops at {ends:list}", "houdt op bij {ends:list}"),
            "missing": Message("does not exist", "ontbreekt"),
        },
    ),
}
