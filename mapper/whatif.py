"""What-if: which findings appear or disappear when actors leave or relationships are cut.

Examples
--------
>>> from models import Actor, Case, CaseInfo, Relationship, RelationKind
>>> case = Case.from_parts(CaseInfo("t"), [Actor("a", "A"), Actor("b", "B")],
...                        [Relationship("r1", "a", "b", RelationKind.SIGNAL)])
>>> change = what_if(case, ["r1"])
>>> [str(f.code) for f in change.appeared]
['STRUCTURE_ISOLATED_ACTOR', 'STRUCTURE_ISOLATED_ACTOR']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mapper.analysis import Analysis, analyse
from mapper.findings import Finding
from models import Case, Practice

__all__ = ["FindingChange", "actor_impact", "compare_findings", "what_if"]


@dataclass(frozen=True)
class FindingChange:
    """Findings gained and lost between a before and an after analysis."""

    before: Analysis
    after: Analysis
    appeared: tuple[Finding, ...]
    disappeared: tuple[Finding, ...]


def compare_findings(
    before: Iterable[Finding], after: Iterable[Finding]
) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
    """``(appeared, disappeared)`` matched by :attr:`Finding.key` (code plus ids)."""
    old = {f.key: f for f in before}
    new = {f.key: f for f in after}
    appeared = tuple(f for k, f in new.items() if k not in old)
    disappeared = tuple(f for k, f in old.items() if k not in new)
    return appeared, disappeared


def what_if(
    case: Case,
    without: Iterable[str],
    *,
    practice: Practice | None = None,
    before: Analysis | None = None,
) -> FindingChange:
    """Analyse ``case`` with and without ``without`` (actor, relationship or mandate ids).

    Findings that merely name a removed entity are not reported as "disappeared" causes:
    they vanish because their evidence left the map, which :attr:`FindingChange.disappeared`
    still lists for completeness.
    """
    gone = tuple(without)
    base = before if before is not None else analyse(case, practice=practice)
    after = analyse(case, practice=practice, without=gone)
    appeared, disappeared = compare_findings(base.findings, after.findings)
    return FindingChange(base, after, appeared, disappeared)


def actor_impact(
    case: Case, *, practice: Practice | None = None, actors: Iterable[str] | None = None
) -> dict[str, FindingChange]:
    """For each actor (default: all), what changes when that actor leaves the map.

    Runs one analysis per actor; meant for maps of a few hundred actors at most.
    """
    base = analyse(case, practice=practice)
    ids = list(actors) if actors is not None else case.actors.ids()
    return {a: what_if(case, [a], practice=practice, before=base) for a in ids}
