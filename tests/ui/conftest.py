"""Fixtures for UI tests: a small case with every kind of entity, and a controller on it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Mandate,
    Need,
    Position,
    PowerCategory,
    RelationKind,
    Relationship,
    fileformat,
)


def small_case() -> Case:
    """Four actors, four relationships (two between the same pair), two mandates, two needs."""
    actors = [
        Actor("a1", "Wethouder", ActorKind.ADMINISTRATOR, position=Position(0, 0)),
        Actor("a2", "Manager Zorg", ActorKind.MANAGER, position=Position(200, 0)),
        Actor("a3", "Consulent", ActorKind.PROFESSIONAL, position=Position(200, 150)),
        Actor("a4", "Inwoner", ActorKind.CITIZEN, position=Position(0, 150)),
    ]
    rels = [
        Relationship("r1", "a1", "a2", RelationKind.HIERARCHY),
        Relationship("r2", "a2", "a3", RelationKind.HIERARCHY),
        Relationship("r3", "a3", "a2", RelationKind.TRUST, level=2),
        Relationship("r4", "a4", "a3", RelationKind.SIGNAL),
    ]
    mandates = [
        Mandate("m1", "a1", "a2", PowerCategory.DEVIATE_FROM_RULE, valid_from=date(2026, 1, 1)),
        Mandate("m2", "a2", "a3", PowerCategory.SPEND_BUDGET, budget=5000.0),
    ]
    needs = [
        Need("n1", "Schuld bevriezen", PowerCategory.DEVIATE_FROM_RULE, handler="a3"),
        Need("n2", "Huisvesting", PowerCategory.SPEND_BUDGET, handler="a2"),
    ]
    info = CaseInfo(title="Testcasus", intent="Wonen blijft", intent_owner="a1")
    return Case.from_parts(info, actors, rels, mandates, needs)


@pytest.fixture
def case() -> Case:
    return small_case()


@pytest.fixture(autouse=True)
def _never_block_on_unsaved_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes windows after each test; a modal "save changes?" box would hang it.

    Tests that check the prompt set ``window.files.ask_save_changes`` themselves.
    """
    from PySide6.QtWidgets import QMessageBox

    from ui.window.files import FileHandler

    monkeypatch.setattr(
        FileHandler, "ask_save_changes", lambda _self: QMessageBox.StandardButton.Discard
    )


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As the app does (ui.safety.gc_guard): no automatic collection, which could run in a worker
    thread and destroy Qt objects there; collect on this (the GUI) thread after each test."""
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        # What survived is not scanned again: the next test's collection looks only at the
        # objects made since (a full scan of the imported libraries costs ~0.15 s per test).
        gc.freeze()
        gc.enable()


@pytest.fixture
def owner(qtbot: QtBot) -> Iterator[QObject]:
    """Parent of the test's QObjects, deleted in the GUI thread at the end: an object with
    running timers or a file watcher must not be garbage-collected later in a worker thread."""
    parent = QObject()
    yield parent
    shiboken6.delete(parent)


@pytest.fixture
def mapfile(tmp_path: Path) -> Path:
    """The small case saved as ``kaart.kvmap``."""
    path = tmp_path / "kaart.kvmap"
    fileformat.save(small_case(), path)
    return path
