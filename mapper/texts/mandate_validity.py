"""Texts of a mandate's validity in time: expired, or not yet in force (building block 4).

Split from :mod:`mapper.texts.mandates` by meaning: a mandate that runs out is renewed where it
was granted, and what was decided on it since is ratified (jurist, fifth round J1 and N3).
"""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

TEXTS: dict[Code, Entry] = {
    Code.MANDATE_EXPIRED: Entry(
        Message("The mandate of {holder} has expired", "Het mandaat van {holder} is verlopen"),
        Message(
            "{m} was valid up to and including {until:date}; on the reference date "
            "{as_of:date} no decisions can be taken under it any more.{still}",
            "{m}, gold tot en met {until:date}; op de peildatum {as_of:date} kunnen er geen "
            "besluiten meer op worden genomen.{still}",
        ),
        Message("{renew}{tidy}", "{renew}{tidy}"),
        parts={
            # the holder still holds the power by another mandate (jurist, fourth round N3)
            "still": Message(
                " {holder} can still decide on ‘{power}’ under {other_kind} of "
                "{other_grantor}; the mandate that expired was {was_kind} of {grantor}.",
                " {holder} kan nog steeds besluiten over ‘{power}’ op {other_kind} van "
                "{other_grantor}; het verlopen mandaat was {was_kind} van {grantor}.",
            ),
            # granted again where it was granted (a lapsed mandate cannot be extended); what
            # was decided on it since it lapsed is ratified by the body (jurist, fifth round
            # J1 and map A; seventh round W2)
            "renew": Message(
                "Have {grantor} grant {was_kind} again and have {body} ratify what has been "
                "decided under it since {since:date}, or take it off the map.",
                "Laat {grantor} {was_kind} opnieuw verlenen en laat {body} bekrachtigen wat "
                "sinds {since:date} erop is besloten, of haal het van de kaart.",
            ),
            "tidy": Message(
                "Take the expired mandate off the map, or have {grantor} grant it again if "
                "{holder} needs it besides {other_kind} of {other_grantor}.",
                "Haal het verlopen mandaat van de kaart, of laat {grantor} het opnieuw verlenen "
                "als {holder} het naast {other_kind} van {other_grantor} nodig heeft.",
            ),
        },
    ),
    Code.MANDATE_NOT_YET_VALID: Entry(
        Message(
            "The mandate of {holder} starts only on {start:date}",
            "Het mandaat van {holder} gaat pas in op {start:date}",
        ),
        Message(
            "{m} starts on {start:date}, after the reference date {as_of:date}; until then "
            "{holder} cannot decide under it.",
            "{m}, gaat in op {start:date}, na de peildatum {as_of:date}; tot dan kan {holder} "
            "er geen besluiten op nemen.",
        ),
        Message(
            "Check whether the case can wait until then, or have the mandate start earlier.",
            "Ga na of de casus zo lang kan wachten, of laat het mandaat eerder ingaan.",
        ),
    ),
}
