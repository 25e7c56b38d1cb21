"""A language switch rebuilds the properties form and the findings list once, in the new
language (issue 15, the suite's time: each was rebuilt on the LanguageChange event and
again on the language manager's signal, ~6 ms of each switch of each window)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.docks_support import ensure_english
from ui.docks.findings import FindingsDock
from ui.docks.properties import PropertiesDock
from ui.i18n import set_language
from ui.window.main_window import MainWindow


@pytest.fixture
def english_after() -> Iterator[None]:
    ensure_english()
    yield
    ensure_english()


@pytest.mark.usefixtures("english_after")
def test_a_switch_rebuilds_the_form_and_the_findings_once_in_the_new_language(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = window.analysis_runner()
    assert runner is not None
    qtbot.waitUntil(lambda: runner.latest is not None)
    properties = next(d for d in window.docks if isinstance(d, PropertiesDock))
    findings = next(d for d in window.docks if isinstance(d, FindingsDock))
    window.controller.set_selection(["a1"])
    built: list[str] = []
    rebuild, rebuild_findings = PropertiesDock.rebuild, FindingsDock._rebuild

    def counted(self: PropertiesDock, *args: Any) -> None:
        built.append("properties")
        rebuild(self, *args)

    def counted_findings(self: FindingsDock, *args: Any) -> None:
        built.append("findings")
        rebuild_findings(self, *args)

    monkeypatch.setattr(PropertiesDock, "rebuild", counted)
    monkeypatch.setattr(FindingsDock, "_rebuild", counted_findings)
    english = (properties.heading.text(), findings.summary.text())
    set_language("nl", persist=False)
    assert sorted(built) == ["findings", "properties"]
    dutch = (properties.heading.text(), findings.summary.text())
    assert dutch[0] == "Actor" == english[0]  # the kind's name reads the same
    assert dutch[1] != english[1]
    assert "bevinding" in dutch[1], dutch[1]
    form = properties.form
    assert form is not None
    labels = [form.labelForField(e) for e in properties.editors.values()]
    assert "Naam" in [w.text() for w in labels if isinstance(w, QLabel)]
    built.clear()
    set_language("en", persist=False)
    assert sorted(built) == ["findings", "properties"]
    assert (properties.heading.text(), findings.summary.text()) == english
