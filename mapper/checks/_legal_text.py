"""What the legal findings name in running text: a mandate, a power, an actor, an organisation.

The words themselves live in :mod:`mapper.texts.mandates`; this module only fills them in.
"""

from __future__ import annotations

from mapper.findings import Text
from mapper.legal import LegalMap
from mapper.mandate_form import private_power
from mapper.texts.mandates import INSTRUMENTS, MANDATE
from models import Instrument, Mandate

__all__ = ["mandate_text", "power_text"]


def power_text(legal: LegalMap, key: str) -> Text:
    """A power's own name, or the lower-case name of a category, in both languages."""
    return Text(legal.power_name(key, "en"), legal.power_name(key, "nl"))


def mandate_text(legal: LegalMap, m: Mandate) -> Text:
    """``mandaat voor bijzondere bijstand van het college aan de manager (m5)`` in both
    languages; what a non-public body passes on of its own decision is named a volmacht."""
    g = legal.graphs
    key = str(m.power)
    kind = m.instrument
    if kind != Instrument.SIGNING and private_power(legal, key):
        kind = Instrument.POWER_OF_ATTORNEY  # a non-public body's own decision: art. 3:60 BW
    out = []
    for lang in ("en", "nl"):
        out.append(
            MANDATE.pick(lang).format(
                kind=INSTRUMENTS[kind].pick(lang),
                id=m.id,
                power=legal.power_name(key, lang),
                grantor=g.name(m.grantor).running(lang),
                holder=g.name(m.holder).running(lang),
            )
        )
    return Text(out[0], out[1])
