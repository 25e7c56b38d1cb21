"""Result objects shared by every analysis, the GUI, the CLI and the Excel report.

This module is the contract between ``mapper`` and its users: findings, their texts in
Dutch and English, and the scorecard rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from models.i18n import Lang

__all__ = ["BUILDING_BLOCKS", "Finding", "ScoreRow", "Severity", "Status", "Text"]


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

    ``code`` is stable across versions (tests, diffs and users rely on it); the ids name the
    evidence so the GUI can highlight it.
    """

    code: str
    building_block: int  # 1..7, see BUILDING_BLOCKS
    severity: Severity
    title: Text
    detail: Text
    suggestion: Text
    actors: tuple[str, ...] = ()
    relationships: tuple[str, ...] = ()
    mandates: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, tuple[str, ...]]:
        """Identity of a finding across two analyses (for diff and what-if)."""
        ids = (*self.actors, *self.relationships, *self.mandates, *self.needs)
        return (self.code, tuple(sorted(ids)))

    def ids(self) -> tuple[str, ...]:
        """Every entity id the finding names."""
        return (*self.actors, *self.relationships, *self.mandates, *self.needs)


@dataclass(frozen=True, slots=True)
class ScoreRow:
    """One building block on the scorecard."""

    building_block: int
    status: Status
    summary: Text
    findings: tuple[Finding, ...] = field(default=())

    @property
    def name(self) -> Text:
        """The building block's name."""
        return BUILDING_BLOCKS[self.building_block]
