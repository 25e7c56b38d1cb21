"""Texts of a mandate's validity in time: expired, or not yet in force (building block 4).

Split from :mod:`mapper.texts.mandates` by meaning: a mandate that runs out is renewed where it
was granted, and what was decided on it since is ratified (jurist, fifth round J1 and N3).
"""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code
from mapper.findings import Text

__all__ = ["EXPIRED_MANDATE", "EXPIRED_VOLMACHT", "TEXTS", "VOLMACHT_KIND"]

TEXTS: dict[Code, Entry] = {
    Code.MANDATE_EXPIRED: Entry(
        # {what}: the mandate, or the volmacht the map records as one, which yields
        # contracts, not besluiten (jurist, ninth round F1)
        Message("{what} of {holder} has expired", "{what} van {holder} is verlopen"),
        Message(
            "{m} was valid up to and including {until:date}; on the reference date "
            "{as_of:date} {gone}.{still}",
            "{m}, gold tot en met {until:date}; op de peildatum {as_of:date} {gone}.{still}",
        ),
        Message(
            "{renew}{renew_volmacht}{represent}{tidy}", "{renew}{renew_volmacht}{represent}{tidy}"
        ),
        parts={
            # the holder still holds the power by another mandate (jurist, fourth round N3)
            "still": Message(
                " {holder} can still {act_on} ‘{power}’ under {other_kind} of "
                "{other_grantor}; {lapsed} was {was_kind} of {grantor}.",
                " {holder} kan nog steeds {act_on} ‘{power}’ op {other_kind} van "
                "{other_grantor}; {lapsed} was {was_kind} van {grantor}.",
            ),
            # granted again where it was granted (a lapsed mandate cannot be extended); what
            # was decided on it since it lapsed is ratified by the body (jurist, fifth round
            # J1 and map A; seventh round W2)
            # each decision put forward, not "laat … bekrachtigen wat … erop is besloten"
            # unseen (jurist 15, J2)
            "renew": Message(
                # nota language, not the tool's "haal het van de kaart" (rev-jurist16 N13)
                "Have {grantor} grant {was_kind} again, or let it lapse if it is no longer "
                "needed. Have the decisions taken under it since {since:date} listed, and put "
                "those no valid mandate covered to {body} for ratification.",
                "Laat {grantor} {was_kind} opnieuw verlenen, of laat het vervallen als het niet "
                "meer nodig is. Laat de besluiten die sinds {since:date} erop zijn genomen, "
                "inventariseren en leg de besluiten die geen geldig mandaat dekte, ter "
                "bekrachtiging voor aan {body}.",
            ),
            # what the gevolmachtigde did without a valid volmacht is ratified under art.
            # 3:69 BW, not as a besluit (jurist, ninth round F1)
            "renew_volmacht": Message(
                "Have {grantor} grant {was_kind} again, or let the power of attorney lapse if it "
                "is no longer needed. Have the contracts concluded under the expired power of "
                "attorney since {since:date} listed and put to {body} for ratification (art. "
                "3:69 of the Dutch Civil Code).",
                "Laat {grantor} {was_kind} opnieuw verlenen, of laat de volmacht vervallen als "
                "zij niet meer nodig is. Laat de overeenkomsten die sinds {since:date} op de "
                "verlopen volmacht zijn gesloten, inventariseren en leg ze ter bekrachtiging voor "
                "aan {body} (art. 3:69 BW).",
            ),
            # the college decides to conclude the contract and mandates that decision, the
            # burgemeester represents the municipality and designates who signs (twelfth
            # jurist L7; jurist 12b M1: as the beslispunten of both say it)
            "represent": Message(
                "Have {grantor} grant again the mandate to decide on the contract (Gemeentewet "
                "art. 160(1)(e)) and have the mayor designate {holder} again to represent the "
                "municipality (Gemeentewet art. 171(2)), or let the power of attorney lapse if it "
                "is no longer needed. Have the contracts concluded under the expired power of "
                "attorney since {since:date} listed and put to {body} for ratification (art. "
                "3:69 of the Dutch Civil Code).",
                "Laat {grantor} het mandaat om tot de overeenkomst te besluiten opnieuw verlenen "
                "(art. 160 lid 1 onder e Gemeentewet) en laat de burgemeester {holder} opnieuw "
                "aanwijzen om de gemeente te vertegenwoordigen (art. 171 lid 2 Gemeentewet), of "
                "laat de volmacht vervallen als zij niet meer nodig is. Laat de overeenkomsten "
                "die sinds {since:date} op "
                "de verlopen volmacht zijn gesloten, inventariseren en leg ze ter bekrachtiging "
                "voor aan {body} (art. 3:69 BW).",
            ),
            "tidy": Message(
                "Take {expired_the} off the map, or have {grantor} grant {it} again if "
                "{holder} needs {it} besides {other_kind} of {other_grantor}.",
                "Haal {expired_the} van de kaart, of laat {grantor} {it} opnieuw verlenen "
                "als {holder} {it} naast {other_kind} van {other_grantor} nodig heeft.",
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

#: What an expired mandate or volmacht was and what can no longer be done on it, and a
#: volmacht's kind in the remedy (jurist, ninth round F1).
VOLMACHT_KIND: dict[str, Text] = {
    "direct": Text("the direct power of attorney", "de rechtstreekse volmacht"),
    "sub": Text("the sub-power of attorney", "de ondervolmacht"),
    "plain": Text("the power of attorney", "de volmacht"),
}
#: ``act_on``: what the holder can still do on another grant; ``expired_the`` / ``lapsed``: the
#: grant that lapsed, and ``it`` the pronoun for it (a volmacht is no mandate: ninth round F1).
EXPIRED_MANDATE: dict[str, Text] = {
    "what": Text("the mandate", "het mandaat"),
    "gone": Text(
        "no decisions can be taken under it any more",
        "kunnen er geen besluiten meer op worden genomen",
    ),
    "act_on": Text("decide on", "besluiten over"),
    "expired_the": Text("the expired mandate", "het verlopen mandaat"),
    "lapsed": Text("the mandate that expired", "het verlopen mandaat"),
    "it": Text("it", "het"),
}
EXPIRED_VOLMACHT: dict[str, Text] = {
    "what": Text("the power of attorney", "de volmacht"),
    "gone": Text(
        "no contracts can be concluded under it any more",
        "kunnen er geen overeenkomsten meer op worden gesloten",
    ),
    "act_on": Text("act for", "handelen bij"),
    "expired_the": Text("the expired power of attorney", "de verlopen volmacht"),
    "lapsed": Text("the power of attorney that expired", "de verlopen volmacht"),
    "it": Text("it", "die"),
}
