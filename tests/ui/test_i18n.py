"""Switching the GUI language at run time, and choosing it at start-up."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow
from pytestqt.qtbot import QtBot

from mapper import analyse
from mapper.findings import Severity
from tests.ui.docks_support import analysis_of, finding, small_case
from ui import i18n
from ui.background.analysis_runner import AnalysisRunner
from ui.docks import ActorsDock, FindingsDock, PropertiesDock, ScorecardDock, create_docks
from ui.document.controller import DocumentController


@pytest.fixture
def english() -> Iterator[None]:
    """Leave the process in English whatever the test did."""
    i18n.set_language("en", persist=False)
    yield
    i18n.set_language("en", persist=False)
    QSettings(i18n.ORGANISATION, i18n.APPLICATION).remove(i18n.SETTINGS_KEY)


def test_switching_language_retranslates_the_docks(qtbot: QtBot, english: None) -> None:
    controller = DocumentController(small_case())
    window = QMainWindow()
    qtbot.addWidget(window)
    runner = AnalysisRunner(controller, window, analyse=analyse)
    docks = create_docks(window, controller, runner)
    window.show()
    runner.run_now()
    controller.set_selection(["a1"])
    actors = window.findChild(ActorsDock)
    findings = window.findChild(FindingsDock)
    props = window.findChild(PropertiesDock)
    scorecard = window.findChild(ScorecardDock)
    assert actors is not None
    assert findings is not None
    assert props is not None
    assert scorecard is not None
    findings.set_analysis(analysis_of((finding("x", 5, Severity.WARNING, "a1"),)))

    def texts() -> dict[str, object]:
        model = actors.model
        form_labels = [w.text() for w in props.form_widget.findChildren(QLabel)]
        return {
            "titles": [d.windowTitle() for d in docks],
            "toggle": docks[0].toggleViewAction().text(),
            "header": model.headerData(0, Qt.Orientation.Horizontal),
            "kind": model.index(0, model.column_of("kind")).data(),
            "add": actors.add_button.text(),
            "filter": actors.filter_edit.placeholderText(),
            "block": findings.model.item(4).text(),
            "finding": findings.finding_items()[0].text(),
            "summary": findings.summary.text(),
            "status": scorecard.table.item(0, 1).text(),  # type: ignore[union-attr]
            "heading": props.heading.text(),
            "form": "Influence" in form_labels or "Invloed" in form_labels,
            "form_nl": "Invloed" in form_labels,
        }

    before = texts()
    assert before["titles"] == [
        "Actors",
        "Relationships",
        "Mandates",
        "Needs",
        "Organisations",
        "Powers",
        "Agreements",
        "Rules",
        "Deviations",
        "Properties",
        "Findings",
        "Scorecard",
        "History",
        "Timeline",
    ]
    i18n.set_language("nl")
    after = texts()
    assert after["titles"] == [
        "Actoren",
        "Relaties",
        "Mandaten",
        "Benodigde besluiten",
        "Organisaties",
        "Bevoegdheden",
        "Afspraken",
        "Regels",
        "Afwijkingen",
        "Eigenschappen",
        "Bevindingen",
        "Scorekaart",
        "Geschiedenis",
        "Tijdlijn",
    ]
    assert after["toggle"] == "Actoren"
    assert after["header"] == "Naam"
    assert after["kind"] == "Bestuurder"
    assert after["add"] == "Actor toevoegen"
    assert after["filter"] == "Filteren…"
    assert after["block"] == "5. Vertrouwen (1)"
    assert after["finding"] == "Titel x"
    assert after["summary"].startswith("1 bevinding: ")  # type: ignore[attr-defined]
    assert after["status"] == "Rood"  # the small case's real analysis: block 1 is red
    assert after["heading"] == "Actor"
    assert after["form_nl"] is True
    assert i18n.current_language() == "nl"
    assert i18n.saved_language() == "nl"

    i18n.set_language("en")
    assert texts() == before


def test_qt_own_strings_follow_the_language(qtbot: QtBot, english: None) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    i18n.set_language("nl", persist=False)
    menu = edit.createStandardContextMenu()
    assert menu is not None
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert any(t.startswith("Ongedaan") for t in texts), texts  # qtbase_nl: "Ongedaan maken"


def test_initial_language_prefers_request_then_saved_then_system(english: None) -> None:
    assert i18n.initial_language("nl_NL.UTF-8") == "nl"
    assert i18n.initial_language("fr") == "en"
    QSettings(i18n.ORGANISATION, i18n.APPLICATION).setValue(i18n.SETTINGS_KEY, "nl")
    assert i18n.initial_language(None) == "nl"
    QSettings(i18n.ORGANISATION, i18n.APPLICATION).setValue(i18n.SETTINGS_KEY, "xx")
    assert i18n.initial_language(None) in ("nl", "en")  # the system's
