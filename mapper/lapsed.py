"""What has run out between the map's peildatum and the day it is read (jurist reviews 22, J2,
and 23).

The analysis judges every mandate and agreement on the peildatum. Read later, a mandate or an
agreement whose term still ran then may have ended since: whoever decides on such a mandate
after its last day decides without authority, while the findings still describe the
peildatum. :func:`lapsed_since` lists them, each by what it is in law (mandaat, delegatie,
volmacht, machtiging: :func:`mapper.checks._legal_text.instrument_of`) and with its own last
day, for the sentence that tells the reader the map describes the peildatum
(:func:`exports.nota_dates.as_of_line`). It says nothing of whether they were valid: that is
the findings' part.

>>> from datetime import date
>>> from models.enums import EntityKind
>>> from models.example import example_case
>>> case = example_case()  # peildatum 1 October 2026
>>> lapsed_since(case, date(2026, 12, 5))
()
>>> case.update(EntityKind.AGREEMENT, "g2", {"valid_until": date(2026, 11, 30)})
True
>>> [(x.id, x.word.nl, x.until) for x in lapsed_since(case, date(2026, 12, 5))]
[('g2', 'afspraak', datetime.date(2026, 11, 30))]
>>> lapsed_since(case, date(2026, 11, 30))  # its term runs through that day
()
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mapper.findings import Text
from models.case import Case
from models.entities import Agreement, Mandate
from models.enums import Instrument

__all__ = ["PLURALS", "Lapsed", "lapsed_since"]

#: each instrument's word, singular and plural (the singular as the findings say it)
PLURALS: dict[Instrument | None, tuple[Text, Text]] = {
    Instrument.MANDATE: (Text("mandate", "mandaat"), Text("mandates", "mandaten")),
    Instrument.POWER_OF_ATTORNEY: (
        Text("power of attorney", "volmacht"),
        Text("powers of attorney", "volmachten"),
    ),
    Instrument.AUTHORISATION: (
        Text("authorisation", "machtiging"),
        Text("authorisations", "machtigingen"),
    ),
    Instrument.DELEGATION: (Text("delegation", "delegatie"), Text("delegations", "delegaties")),
    Instrument.SIGNING: (
        Text("signing authorisation", "ondertekeningsmachtiging"),
        Text("signing authorisations", "ondertekeningsmachtigingen"),
    ),
    None: (Text("agreement", "afspraak"), Text("agreements", "afspraken")),  # an agreement
}


@dataclass(frozen=True)
class Lapsed:
    """One mandate or agreement whose term ran on the peildatum and has ended by the day of
    reading: ``name`` as the findings name it, ``instrument`` what it is in law (None for an
    agreement), ``until`` its last day."""

    id: str
    name: Text
    instrument: Instrument | None
    until: date

    @property
    def word(self) -> Text:
        """``mandaat``, ``delegatie``, ``afspraak`` ..."""
        return PLURALS[self.instrument][0]


def _ended(item: Mandate | Agreement, as_of: date, today: date) -> bool:
    """Its term ran on the peildatum (through its last day) and no longer does on ``today``."""
    until = item.valid_until
    return until is not None and as_of <= until < today


def lapsed_since(case: Case, today: date) -> tuple[Lapsed, ...]:
    """What ran out after ``case``'s peildatum and before ``today``, by last day, mandates
    before agreements; empty when nothing did (or the map has no peildatum, or ``today`` does
    not lie after it)."""
    as_of = case.info.as_of
    if as_of is None or today <= as_of:
        return ()
    mandates = [m for m in case.mandates if _ended(m, as_of, today)]
    agreements = [a for a in case.agreements if _ended(a, as_of, today)]
    out: list[Lapsed] = []
    if mandates:  # named only when there is something to name: building the graphs costs
        from mapper.checks._legal_text import instrument_of, mandate_text
        from mapper.context import Context

        legal = Context.of(case).legal
        for m in mandates:
            assert m.valid_until is not None
            out.append(Lapsed(m.id, mandate_text(legal, m), instrument_of(legal, m), m.valid_until))
    for a in agreements:
        assert a.valid_until is not None
        name = Text(f"the agreement ‘{a.name}’", f"de afspraak ‘{a.name}’")
        out.append(Lapsed(a.id, name, None, a.valid_until))
    return tuple(sorted(out, key=lambda x: (x.until, x.instrument is None)))
