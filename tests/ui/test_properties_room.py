"""At 1920 x 1080 the Properties pane shows a mandate's fields at first sight, not three (new
user, twelfth round: she found the splitter's dots only after a while), and the findings
below keep the whole 'What to organise' of cause 1 in view (new user, eighth round)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from models.example import example_case
from tests.ui.window_support import open_window, settle
from ui.docks.findings import FindingsDock
from ui.docks.properties import PropertiesDock
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow


@pytest.fixture
def wide(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, tmp_path, DocumentController(example_case()), (1920, 1080))
    yield win
    settle(win)


def test_the_properties_show_a_mandates_fields_at_1920(qtbot: QtBot, wide: MainWindow) -> None:
    assert wide.height() == 1080
    wide.controller.set_selection([wide.controller.case.mandates[0].id])
    QApplication.processEvents()
    dock = wide.findChild(PropertiesDock)
    assert dock is not None
    viewport = dock.findChild(QScrollArea).viewport()  # type: ignore[union-attr]
    whole = [
        name
        for name, editor in dock.editors.items()
        if editor.isVisible()
        and viewport.rect().contains(
            QRect(editor.mapTo(viewport, editor.rect().topLeft()), editor.size())
        )
    ]
    assert len(whole) >= 5, whole  # grantor, holder, power, description, instrument
    # the findings keep 'What to organise' of cause 1 whole in view
    findings = wide.findChild(FindingsDock)
    assert isinstance(findings, FindingsDock)
    qtbot.waitUntil(lambda: bool(findings.cause_items()), timeout=60000)
    findings.view.setCurrentIndex(findings.cause_items()[0].index())
    detail = findings.detail
    qtbot.waitUntil(lambda: "What to organise" in detail.toPlainText())
    QApplication.processEvents()
    organise = detail.detail.organise if detail.detail is not None else ""
    assert len(organise) > 300
    visible = detail.viewport().rect()
    for words in (organise[:30], organise[-30:]):
        found = detail.document().find(words)
        assert visible.contains(detail.cursorRect(found)), f"below the fold: {words!r}"
