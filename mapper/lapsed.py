"""What has lapsed between the map's peildatum and the day it is read (jurist review 22, J2).

The analysis judges every mandate and agreement on the peildatum. Read later, a mandate or an
agreement that still held then may have run out since: acting on it that day is acting without
authority, while the findings still treat it as valid. :func:`lapsed_since` names them, for the
sentence that tells the reader the map describes the peildatum
(:func:`exports.nota_dates.as_of_line`).

>>> from datetime import date
>>> from models.enums import EntityKind
>>> from models.example import example_case
>>> case = example_case()  # peildatum 1 October 2026
>>> lapsed_since(case, date(2026, 12, 5)) is None
True
>>> case.update(EntityKind.AGREEMENT, "g2", {"valid_until": date(2026, 11, 30)})
True
>>> gone = lapsed_since(case, date(2026, 12, 5))
>>> gone.agreements, gone.until
(('Doorbraakafspraak schulden Rivierland 2025',), (datetime.date(2026, 11, 30),))
>>> lapsed_since(case, date(2026, 11, 30)) is None  # valid through that day
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mapper.findings import Text
from models.case import Case
from models.entities import Agreement, Mandate

__all__ = ["Lapsed", "lapsed_since"]


@dataclass(frozen=True)
class Lapsed:
    """The mandates (each named as the findings name it) and agreements (by name) that were
    valid on the peildatum and have run out by the day of reading; ``until`` their last valid
    days, each once, in order."""

    mandates: tuple[Text, ...]
    agreements: tuple[str, ...]
    until: tuple[date, ...]


def _gone(item: Mandate | Agreement, as_of: date, today: date) -> bool:
    """Valid on the peildatum (through its last day) and no longer on ``today``."""
    until = item.valid_until
    return until is not None and as_of <= until < today


def lapsed_since(case: Case, today: date) -> Lapsed | None:
    """What lapsed after ``case``'s peildatum and before ``today``; None when nothing did (or
    the map has no peildatum, or ``today`` does not lie after it)."""
    as_of = case.info.as_of
    if as_of is None or today <= as_of:
        return None
    mandates = [m for m in case.mandates if _gone(m, as_of, today)]
    agreements = [a for a in case.agreements if _gone(a, as_of, today)]
    if not mandates and not agreements:
        return None
    named: tuple[Text, ...] = ()
    if mandates:  # named only when there is something to name: building the graphs costs
        from mapper.checks._legal_text import mandate_text
        from mapper.context import Context

        legal = Context.of(case).legal
        named = tuple(mandate_text(legal, m) for m in mandates)
    items: list[Mandate | Agreement] = [*mandates, *agreements]
    days = {x.valid_until for x in items if x.valid_until is not None}
    return Lapsed(named, tuple(a.name for a in agreements), tuple(sorted(days)))
