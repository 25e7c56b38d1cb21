"""The problems of one read of a ``.kvmap`` file: gathered up to a limit, as refusals or as
repairs (:class:`Collector`), what is said of damaged snapshots kept as written
(:func:`kept_listed`), and what a strict read refuses where a lenient one repaired
(:func:`strict`). The reading itself is :mod:`models.fileformat`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from models.errors import FormatError, Problem, more_problems
from models.rules import REPAIRED
from models.timeline_io import CUT
from models.timeline_words import DROP_NOTES

if TYPE_CHECKING:
    from models.case import Case
    from models.fileformat import Loaded

__all__ = ["REFUSALS", "Collector", "kept_listed", "strict"]


class Collector:
    """Gathers problems up to a limit: refusing ones, and repaired ones (``repaired``)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit  # problems listed of each kind; the rest counted
        self.problems: list[Problem] = []
        self.repaired: list[Problem] = []
        self.total = 0  # every problem met, also those past the limit
        self.repaired_total = 0

    def add(self, location: str, key: str, **params: object) -> None:
        self.total += 1
        if len(self.problems) < self.limit:
            self.problems.append(Problem(location, key, params))

    def repair(self, location: str, key: str, **params: object) -> None:
        self.repaired_total += 1
        if len(self.repaired) < self.limit:
            self.repaired.append(Problem(location, key, params))

    def drop(self, location: str) -> None:
        """Forget the problems recorded at ``location``."""
        kept = [p for p in self.problems if p.location != location]
        self.total -= len(self.problems) - len(kept)
        self.problems = kept

    def listed(self) -> list[Problem]:
        """The problems, with a last line saying how many more when the list was cut."""
        if self.total > len(self.problems):
            return [*self.problems, more_problems(len(self.problems), self.total)]
        return list(self.problems)

    def listed_repairs(self) -> tuple[Problem, ...]:
        """The repairs, with a last line saying how many more when the list was cut."""
        if self.repaired_total > len(self.repaired):
            return (*self.repaired, more_problems(len(self.repaired), self.repaired_total))
        return tuple(self.repaired)


# a repaired problem and the refusal a strict load reports instead
REFUSALS = {
    "dates_reversed_cleared": "dates_reversed",
    **{v: k for k, v in REPAIRED.items()},
    **CUT,  # a history cut at its limit
    "snapshot_kept": "snapshot_refused",
    "history_time_kept": "expected_time",
}
_KEPT_LISTED = 40  # problems listed for damaged snapshots kept as written, with the last line


def kept_listed(said: Sequence[Problem]) -> tuple[Problem, ...]:
    """What is said about damaged snapshots kept as written: every snapshot's own line, and
    the problems inside them up to a limit, with a line saying how many more."""
    inner = [p for p in said if p.key != "snapshot_kept"]
    out: list[Problem] = []
    shown = 0
    for p in said:
        if p.key == "snapshot_kept" or shown < _KEPT_LISTED:
            out.append(p)
            shown += p.key != "snapshot_kept"
    if len(inner) > _KEPT_LISTED:
        out.append(more_problems(_KEPT_LISTED, len(inner)))
    return tuple(out)


def strict(loaded: Loaded, *, keep: bool = False) -> Case:
    """The case, or :class:`FormatError` listing what a lenient read repaired, as refusals
    (``keep``: a damaged snapshot kept as written is no refusal; a save writes it back)."""
    kept = {id(p) for p in loaded.kept} if keep else set()
    listed = [p for p in loaded.problems if id(p) not in kept and p.key not in DROP_NOTES]
    if listed:
        refusals = [Problem(p.location, REFUSALS.get(p.key, p.key), p.params) for p in listed]
        raise FormatError(refusals, loaded.source)
    return loaded.case
