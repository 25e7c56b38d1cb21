"""What presentation mode steps through: an overview, then the top causes one at a time.

Step 0 shows the whole map with the case's title and the analysis's headline; steps 1..n show
one cause each (its actors and ties highlighted, its title and what to organise as the
caption). The causes are the serious ones (not only notes), in rank order, at most
:data:`MAX_CAUSES`; the first three are the "Do first" of the summary. A map with nothing to
present has only the overview, which says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mapper.findings import Cause, Severity
from models import Case

if TYPE_CHECKING:
    from mapper.analysis import Analysis

__all__ = ["MAX_CAUSES", "Step", "build_steps", "present_causes"]

MAX_CAUSES = 5


@dataclass(frozen=True, slots=True)
class Step:
    """One screen of the presentation."""

    index: int  # 0: the overview
    cause: Cause | None = None
    parties: tuple[str, ...] = ()  # the actors of the other organisations its needs involve

    def actor_ids(self) -> tuple[str, ...]:
        """The actors the step is about (empty: the whole map): the cause's own, and those of
        every organisation its needs involve that none of them belongs to (the partner an
        agreement is to be made with)."""
        if self.cause is None:
            return ()
        return (*self.cause.actors, *(a for a in self.parties if a not in self.cause.actors))

    def edge_ids(self) -> tuple[str, ...]:
        """The relationships and mandates the step names."""
        if self.cause is None:
            return ()
        return (*self.cause.relationships, *self.cause.mandates)


def present_causes(analysis: Analysis | None) -> tuple[Cause, ...]:
    """The causes to present: serious ones in rank order (the summary's first when none are)."""
    if analysis is None:
        return ()
    # accepted causes are set apart, not among ``causes``
    serious = [c for c in analysis.causes if c.severity is not Severity.INFO]
    if serious:
        return tuple(serious[:MAX_CAUSES])
    return analysis.first()


def parties(case: Case | None, cause: Cause) -> tuple[str, ...]:
    """The actors of the organisations ``cause``'s needs involve that none of its own actors
    belongs to (see :func:`exports.advice.cause_parties`; the deck shows the same)."""
    from exports.advice import cause_parties

    return () if case is None else cause_parties(case, cause)


def build_steps(analysis: Analysis | None, case: Case | None = None) -> tuple[Step, ...]:
    """The overview and one step per presented cause (``case``: the map, to find the other
    parties of its needs)."""
    causes = present_causes(analysis)
    return (Step(0), *(Step(i, c, parties(case, c)) for i, c in enumerate(causes, start=1)))
