"""The words the legal texts name a mandate with: the instrument, the mandate itself, why a
mandate passes nothing on, the practice analysed. The findings' own texts are in
:mod:`mapper.texts.mandates` and :mod:`mapper.texts.mandate_chain`.
"""

from __future__ import annotations

from mapper.catalogue import Message
from models import Instrument, Practice

__all__ = [
    "ANY_BODY",
    "INSTRUMENTS",
    "MANDATE",
    "MANDATE_DECISION",
    "OWN_MANDATE",
    "PRACTICES",
    "STATUS",
    "SUB_MANDATE",
    "SUB_VOLMACHT",
]

#: How a mandate is named in running text, by what it is, never by its id (jurist L1, L2):
#: ``het mandaat om bijzondere bijstand te verlenen dat het college aan de manager verleende``.
MANDATE = Message(
    "the {kind} {what} that {grantor} granted to {holder}",
    "{the} {kind} {what} {which} {grantor} aan {holder} verleende",
)
#: A handler's own mandate, by whoever granted it: "het mandaat van het college", and a
#: sub-mandate as what it is, "het ondermandaat dat de teamleider verleende" (jurist L-b).
OWN_MANDATE = Message("the {kind} of {grantor}", "{the} {kind} van {grantor}")
SUB_MANDATE = Message(
    "the sub-mandate {grantor} granted", "het ondermandaat dat {grantor} verleende"
)
#: A sub-volmacht as what it is (jurist, ninth round F1).
SUB_VOLMACHT = Message(
    "the sub-power of attorney {grantor} granted", "de ondervolmacht die {grantor} verleende"
)
#: The mandate a grantor laid down, when the map names no mandate decision for it.
MANDATE_DECISION = Message("the mandate {grantor} granted", "het mandaat dat {grantor} verleende")
INSTRUMENTS: dict[Instrument, Message] = {
    Instrument.MANDATE: Message("mandate", "mandaat"),
    Instrument.POWER_OF_ATTORNEY: Message("power of attorney", "volmacht"),
    Instrument.AUTHORISATION: Message("authorisation", "machtiging"),
    Instrument.DELEGATION: Message("delegation", "delegatie"),
    Instrument.SIGNING: Message("signing authorisation", "ondertekeningsmachtiging"),
}
#: Who should act when the body that holds the power is not on the map.
ANY_BODY = Message(
    "the public body that holds the power", "het bestuursorgaan dat de bevoegdheid heeft"
)
#: Why a mandate passes nothing on, in a few words (chain findings list the mandates above).
STATUS: dict[str, Message] = {
    "valid": Message("valid", "geldig"),
    "void": Message("void by a defect of its own", "ongeldig door een eigen gebrek"),
    "no_legal_root": Message(
        "its grantor does not hold the power", "de mandaatgever heeft de bevoegdheid niet"
    ),
    "sub_mandate_not_allowed": Message("sub-mandate not allowed", "ondermandaat niet toegestaan"),
    "chain_broken": Message("chain above it broken", "keten erboven gebroken"),
    "delegated_away": Message(
        "its grantor delegated the power", "de mandaatgever heeft de bevoegdheid gedelegeerd"
    ),
    "delegation_by_mandate_holder": Message(
        "delegated by a mandate holder", "gedelegeerd door een gemandateerde"
    ),
}
#: The analysed practice and the other one, in running text.
PRACTICES: dict[Practice, tuple[Message, Message]] = {
    Practice.ROUTINE: (
        Message("routine practice", "routine"),
        Message("custom practice", "maatwerkpraktijk"),
    ),
    Practice.MAATWERK: (
        Message("custom practice", "maatwerkpraktijk"),
        Message("routine practice", "routine"),
    ),
    Practice.BOTH: (Message("practice", "praktijk"), Message("other practice", "andere praktijk")),
}
