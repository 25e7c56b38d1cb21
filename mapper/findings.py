"""Result objects shared by every analysis, the GUI, the CLI and the Excel report.

This module is the contract between ``mapper`` and its users: findings, their texts in
Dutch and English, and the scorecard rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from models.i18n import Lang

if TYPE_CHECKING:  # mapper.codes imports Severity from here
    from mapper.codes import Code

__all__ = [
    "BUILDING_BLOCKS",
    "Cause",
    "Finding",
    "ScoreRow",
    "Severity",
    "Status",
    "Text",
    "changed",
]


@dataclass(frozen=True, slots=True)
class Text:
    """A user-visible text in English and Dutch."""

    en: str
    nl: str

    def __call__(self, lang: Lang = "en") -> str:
        return self.nl if lang == "nl" else self.en


class Severity(StrEnum):
    """How bad a finding is."""

    CRITICAL = "critical"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for critical, 1 for warning, 2 for info (sort key)."""
        return {"critical": 0, "warning": 1, "info": 2}[self.value]


class Status(StrEnum):
    """Traffic light of a building block on the scorecard."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"
    GREY = "grey"  # nothing on the map to judge this block by ("niet te beoordelen")


BUILDING_BLOCKS: dict[int, Text] = {
    1: Text("Clarity about the intent", "Helderheid over de bedoeling"),
    2: Text("Signalling and triage", "Signaleren en triage"),
    3: Text("Room to act", "Handelingsruimte"),
    4: Text("Accountability", "Verantwoording"),
    5: Text("Trust", "Vertrouwen"),
    6: Text(
        "Political and administrative reality connected",
        "Politieke en ambtelijke werkelijkheid verbonden",
    ),
    7: Text("System learning", "Systeemleren"),
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing on the map that will keep the organisation from doing what is needed.

    ``code`` is stable across versions (tests, diffs and users rely on it): a
    :class:`mapper.codes.Code`, a ``str`` whose value is the code's name; the ids name the
    evidence so the GUI can highlight it. ``id`` and ``cause`` are filled in by
    :func:`mapper.analysis.analyse`: ``id`` is derived from the code and the entities the
    finding is about (see :func:`mapper.causes.finding_id`), so it survives re-runs, moves and
    renames; ``cause`` is the id of the :class:`Cause` it belongs to.
    """

    code: Code
    building_block: int  # 1..7, see BUILDING_BLOCKS
    severity: Severity
    title: Text
    detail: Text
    suggestion: Text
    actors: tuple[str, ...] = ()
    relationships: tuple[str, ...] = ()
    mandates: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    id: str = ""
    cause: str = ""
    rules: tuple[str, ...] = ()
    deviations: tuple[str, ...] = ()
    #: a finding that stands for several of one shape: their ids (see :mod:`mapper.repeats`)
    members: tuple[str, ...] = ()
    #: the code and the title with its names left out, set by :func:`mapper.catalogue.say`
    shape: str = field(default="", compare=False, repr=False)
    #: the actors' names the title gives (a :class:`mapper.names.Name`, or a link's name as a
    #: :class:`Text`), in its order
    subjects: tuple[str | Text, ...] = field(default=(), compare=False, repr=False)

    @property
    def key(self) -> tuple[str, tuple[str, ...]]:
        """Identity of a finding across two analyses (for diff and what-if)."""
        return (self.code, tuple(sorted(self.ids())))

    def ids(self) -> tuple[str, ...]:
        """Every entity id the finding names."""
        return (
            *self.actors,
            *self.relationships,
            *self.mandates,
            *self.needs,
            *self.rules,
            *self.deviations,
        )


_FINDING_FIELDS = tuple(f.name for f in fields(Finding))
_finding_values = attrgetter(*_FINDING_FIELDS)
_FINDING_AT = {name: i for i, name in enumerate(_FINDING_FIELDS)}


def changed(finding: Finding, **changes: Any) -> Finding:
    """``dataclasses.replace(finding, **changes)`` at half its cost: the fields read in one
    call, the finding made with them in order (every analysis gives each finding its id and
    its cause so: issue 15, map21).

    >>> f = Finding("MANDATE_EXPIRED", 4, Severity.WARNING, Text("", ""), Text("", ""),
    ...             Text("", ""), mandates=("m5",))
    >>> from dataclasses import replace
    >>> changed(f, id="x", cause="c") == replace(f, id="x", cause="c")
    True
    """
    values: list[Any] = list(_finding_values(finding))
    for name, value in changes.items():
        values[_FINDING_AT[name]] = value
    return Finding(*values)


@dataclass(frozen=True, slots=True)
class Cause:
    """One root cause: the findings that follow from the same thing on the map.

    Findings share a cause when they name the same mandate, the same missing or far-away
    power, or the same person every route depends on (see :mod:`mapper.causes`). Causes are
    what an executive acts on; findings are their evidence.

    Attributes
    ----------
    id
        Stable id, readable: ``power:deviate_from_rule``, ``mandate:m4``, ``person:consulent``,
        ``theme:learning``. The same cause keeps its id across runs and small edits.
    title, detail, suggestion
        What is wrong (claims only what the evidence shows), the evidence in running text,
        and what to organise.
    severity
        The worst severity among its (not accepted) findings.
    rank
        1 = act on this first. Ranked by the needed decisions it blocks (urgent ones
        weigh most), then severity, then whether it touches the case's key actors.
    block
        The building block where it belongs most (it colours that row of the scorecard).
    blocks
        Every building block its findings touch, sorted.
    findings
        The ids of its findings, worst first.
    needs
        The ids of the needed decisions its ``NEED_*`` findings name.
    held_up
        Those of ``needs`` that no one near the case with a valid, sufficient mandate can
        take (a handler whose own mandate falls short holds nothing up when someone near can).
    actors, relationships, mandates
        Every entity its findings name (for highlighting and for zoomed pictures).
    legal_basis
        The articles its findings rest on (``Awb 10:9``…), in order, without repeats.
    evidence
        Structural facts that support it (cut points, brokers, communities), as text.
    told
        The ids of the findings whose detail ``detail`` tells (a joined cause tells one per
        part), so a report lists only the others below it.
    """

    id: str
    title: Text
    detail: Text
    suggestion: Text
    severity: Severity
    rank: int
    block: int
    blocks: tuple[int, ...]
    findings: tuple[str, ...]
    needs: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    relationships: tuple[str, ...] = ()
    mandates: tuple[str, ...] = ()
    legal_basis: tuple[str, ...] = ()
    evidence: tuple[Text, ...] = ()
    held_up: tuple[str, ...] = ()
    told: tuple[str, ...] = ()

    def ids(self) -> tuple[str, ...]:
        """Every entity id the cause names."""
        return (*self.actors, *self.relationships, *self.mandates, *self.needs)


@dataclass(frozen=True, slots=True)
class ScoreRow:
    """One building block on the scorecard.

    ``findings`` are the findings of the causes counted in this block (``causes``);
    ``status`` is grey when the map holds nothing to judge the block by.
    """

    building_block: int
    status: Status
    summary: Text
    findings: tuple[Finding, ...] = field(default=())
    causes: tuple[Cause, ...] = field(default=())
    #: the block's accepted findings: they do not colour it, but its verdict names them
    accepted: tuple[Finding, ...] = field(default=())

    @property
    def name(self) -> Text:
        """The building block's name."""
        return BUILDING_BLOCKS[self.building_block]
