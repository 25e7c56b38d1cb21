"""Stable finding ids: the code and the ids of what a finding is about.

The same finding keeps its id across runs and small edits (names, positions, the order of the
findings, the route it cites as evidence); acceptances (``accepted[]``) refer to it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from mapper.codes import Code
from mapper.findings import Finding, changed

__all__ = ["PERSON_CODES", "assign_ids", "finding_id", "subject_mandate"]

#: Findings about the one person every route depends on (their first actor is the subject).
PERSON_CODES = frozenset(
    {Code.SIGNAL_SINGLE_PERSON, Code.LEARNING_SINGLE_PERSON, Code.STRUCTURE_CARRYING_ACTOR}
)


def _subject(f: Finding) -> tuple[str, ...]:
    """The entities a finding is *about* (not the whole route it cites as evidence)."""
    if f.deviations:  # deviations in the register
        return tuple(sorted(f.deviations))
    if f.rules and f.code.startswith("RULE_"):  # a rule
        return tuple(sorted(f.rules))
    if f.code.startswith(("MANDATE_", "DELEGATION_")) and f.mandates:
        return (subject_mandate(f),)
    if f.needs:
        return tuple(sorted(f.needs))
    if f.code in PERSON_CODES and f.actors:
        return (f.actors[0],)
    if f.actors:
        return tuple(sorted(set(f.actors)))
    return tuple(sorted(set(f.relationships)))


def subject_mandate(f: Finding) -> str:
    """The mandate a mandate finding is about."""
    # A sub-mandate finding lists the chain above first and the mandate itself last.
    return f.mandates[-1] if f.code in _CHAIN_FIRST else f.mandates[0]


_CHAIN_FIRST = frozenset({Code.MANDATE_SUBMANDATE_NOT_ALLOWED, Code.MANDATE_SUBMANDATE_WIDENED})


def finding_id(f: Finding) -> str:
    """A stable id: the code and the ids of what the finding is about.

    It does not depend on the order of the findings, on names or positions, and not on the
    route a finding cites as evidence; long ones are shortened to a hash.

    Examples
    --------
    >>> from mapper.codes import Code
    >>> from mapper.findings import Severity, Text
    >>> finding_id(Finding(Code.MANDATE_EXPIRED, 4, Severity.WARNING, Text("", ""),
    ...     Text("", ""), Text("", ""), actors=("a", "b"), mandates=("m5",)))
    'MANDATE_EXPIRED:m5'
    """
    subject = "+".join(_subject(f))
    if not subject:
        return str(f.code)  # an id is a plain str
    if len(subject) > 48:
        subject = hashlib.sha1(subject.encode()).hexdigest()[:10]
    return f"{f.code}:{subject}"


def assign_ids(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """The findings with their ``id`` set (unique: a repeated id gets ``#2``, ``#3``…)."""
    seen: dict[str, int] = {}
    out: list[Finding] = []
    for f in findings:
        base = finding_id(f)
        seen[base] = seen.get(base, 0) + 1
        out.append(changed(f, id=base if seen[base] == 1 else f"{base}#{seen[base]}"))
    return tuple(out)
