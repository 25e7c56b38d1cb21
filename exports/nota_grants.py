"""Annexes A and B of the nota: the words of its instruments (moved out of
:mod:`exports.nota`), and a name as a table's column shows it."""

from __future__ import annotations

from exports.advice_words import W
from exports.register_rule import instrument_label, is_public_power
from mapper.findings import Text
from models.case import Case
from models.entities import Mandate
from models.enums import Instrument
from models.i18n import Lang

__all__ = ["PLURAL", "column_name", "grant_instrument"]


def column_name(name: str) -> str:
    """A name in a table's column: without the article a sentence gives it (rev-jurist16 N14:
    annex B's "Organisatie: de zorgaanbieder" in the anonymised nota).

    >>> column_name("de zorgaanbieder 2"), column_name("De Hoeve"), column_name("the provider")
    ('Zorgaanbieder 2', 'De Hoeve', 'Provider')
    """
    article, _, rest = name.partition(" ")
    if article in ("de", "het", "the") and rest[:1].islower():
        return rest[:1].upper() + rest[1:]
    return name


def grant_instrument(case: Case, m: Mandate, lang: Lang) -> str:
    """The instrument of ``m`` in annex A; a "mandate" over an internal work rule or a
    partner's own decision is none, as the register says (jurist, fourth round)."""
    power = case.powers.get(str(m.power))
    if power is None or is_public_power(case, power):
        return instrument_label(case, m, lang)  # a machtiging over a request (J6)
    holder = case.actors.get(power.holder) if power.holder else None
    internal = holder is not None and holder.is_public_body
    return W["internal_task" if internal else "no_public_power"](lang)


#: Annex A's heading names the instruments it lists, in this order.
PLURAL: dict[Instrument, Text] = {
    Instrument.MANDATE: Text("mandates", "mandaten"),
    Instrument.POWER_OF_ATTORNEY: Text("powers of attorney", "volmachten"),
    Instrument.AUTHORISATION: Text("authorisations", "machtigingen"),
    Instrument.DELEGATION: Text("delegations", "delegaties"),
    Instrument.SIGNING: Text("signing authorisations", "ondertekeningsmachtigingen"),
}
