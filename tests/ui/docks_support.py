"""Helpers for the dock tests: a small case and a stub analysis (no mapper needed)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMainWindow

from mapper.findings import Finding, ScoreRow, Severity, Status, Text
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Mandate,
    Need,
    PowerCategory,
    RelationKind,
    Relationship,
)
from ui.docks.table_docks import TableDock


@pytest.fixture
def english_ui() -> Iterator[None]:
    """Run the test with the GUI in English, whatever an earlier test switched to."""
    from ui.i18n import set_language

    set_language("en", persist=False)
    yield
    set_language("en", persist=False)


def small_case() -> Case:
    """Three actors, two relationships, one mandate, one need."""
    return Case.from_parts(
        CaseInfo(title="Testcasus"),
        [
            Actor("a1", "Wethouder", ActorKind.ADMINISTRATOR, influence=5, interest=3),
            Actor("a2", "Teamleider", ActorKind.MANAGER, influence=3, interest=4),
            Actor("a3", "Consulent", ActorKind.PROFESSIONAL, influence=1, interest=5),
        ],
        [
            Relationship("r1", "a1", "a2", RelationKind.HIERARCHY),
            Relationship("r2", "a3", "a2", RelationKind.SIGNAL),
        ],
        [Mandate("m1", "a1", "a2", PowerCategory.SPEND_BUDGET, budget=5000.0)],
        [Need("n1", "Huisuitzetting opschorten", PowerCategory.SUSPEND_ROUTINE, handler="a3")],
    )


def finding(code: str, block: int, severity: Severity, *ids: str) -> Finding:
    """A finding naming ``ids`` (actor ids start with a, relationships with r, ...)."""
    return Finding(
        code=code,
        building_block=block,
        severity=severity,
        title=Text(f"Title {code}", f"Titel {code}"),
        detail=Text(f"Detail {code}", f"Toelichting {code}"),
        suggestion=Text(f"Suggestion {code}", f"Suggestie {code}"),
        actors=tuple(i for i in ids if i.startswith("a")),
        relationships=tuple(i for i in ids if i.startswith("r")),
        mandates=tuple(i for i in ids if i.startswith("m")),
        needs=tuple(i for i in ids if i.startswith("n")),
    )


@dataclass
class StubAnalysis:
    """What the docks read of ``mapper.Analysis``."""

    findings: tuple[Finding, ...] = ()
    scorecard: tuple[ScoreRow, ...] = ()
    revision: int = 0
    practice: Any = None
    metrics: dict[str, dict[str, float]] = field(default_factory=dict)
    notes: tuple[Text, ...] = ()


def stub_analyse(case: Case, *, practice: Any = None) -> StubAnalysis:
    """A fake analysis: one warning per actor without relationships, a fixed scorecard."""
    lonely = [a.id for a in case.actors if not case.relationships_of(a.id)]
    findings = [finding("no_links", 5, Severity.WARNING, a) for a in lonely]
    findings.append(finding("no_mandate_root", 3, Severity.CRITICAL, *case.mandates.ids()[:1]))
    rows = tuple(
        ScoreRow(
            b,
            Status.RED if b == 3 else Status.AMBER if b == 5 and lonely else Status.GREEN,
            Text(f"Summary {b}", f"Samenvatting {b}"),
            tuple(f for f in findings if f.building_block == b),
        )
        for b in range(1, 8)
    )
    return StubAnalysis(tuple(findings), rows, case.revision, practice)


def dock(docks_window: QMainWindow, cls: type[TableDock]) -> TableDock:
    """The window's table dock of class ``cls``."""
    found = docks_window.findChild(cls)
    assert isinstance(found, cls)
    return found


def cell(d: TableDock, entity_id: str, field: str) -> QModelIndex:
    """The proxy index of ``entity_id``'s ``field`` in the dock's table."""
    row = d.model.row_of(entity_id)
    assert row is not None
    return d.proxy.mapFromSource(d.model.index(row, d.model.column_of(field)))
