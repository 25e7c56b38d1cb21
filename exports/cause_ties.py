"""The agreement ties a cause's map draws (issue 12, new user eighth round, deck slide 7:
the cause "agreement g2" puts the college's and the tax collector's decisions with the
manager, and its slide drew no line between them). An agreement with a decider ties the
holder of each power it covers to that decider; the map draws the tie as a line of its own
kind (dashed, labelled with the agreement's name), not as a relationship or mandate.
"""

from __future__ import annotations

from typing import NamedTuple

from mapper.findings import Cause
from models.case import Case

__all__ = ["AgreementTie", "agreement_ties"]


class AgreementTie(NamedTuple):
    """One tie: the holder of a covered power, the agreement's decider and its name."""

    holder: str
    decider: str
    name: str


def agreement_ties(case: Case, cause: Cause) -> list[AgreementTie]:
    """The ties of the agreements whose decider and power holders are among ``cause``'s
    actors (one per holder and agreement, in the agreement's order of the powers)."""
    shown = set(cause.actors)
    ties: list[AgreementTie] = []
    for agreement in case.agreements:
        decider = agreement.decider
        if decider is None or decider not in shown:
            continue
        for power_id in agreement.covers:
            power = case.powers.get(power_id)
            holder = power.holder if power is not None else None
            tie = AgreementTie(holder or "", decider, agreement.name)
            if holder in shown and holder != decider and tie not in ties:
                ties.append(tie)
    return ties
