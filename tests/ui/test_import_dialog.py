"""The import dialog: a preview before anything changes, problems per sheet and row."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from exports.kumu import write_kumu
from models.example import example_case
from ui.dialogs.import_dialog import ImportDialog


def opened(qtbot: QtBot, path: Path, lang: str) -> ImportDialog:
    dialog = ImportDialog(path, lang)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        pass
    return dialog


def test_preview_of_a_good_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "kumu.xlsx"
    case = example_case()
    write_kumu(case, path, "nl")
    dialog = opened(qtbot, path, "nl")
    assert dialog.case is not None
    assert dialog.actors.rowCount() == len(case.actors) == 19
    assert dialog.relationships.rowCount() == len(case.relationships) + len(case.mandates)
    assert "19" in dialog.summary.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.tabs.count() == 2


def test_warnings_are_listed(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "kumu.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Label", "Type"])
    ws.append(["Wethouder", "wethouder"])
    ws.append([None, None])
    connections = wb.create_sheet("Connections")
    connections.append(["From", "To", "Type"])
    connections.append(["Wethouder", "Raad", "legt verantwoording af"])
    wb.save(path)
    dialog = opened(qtbot, path, "en")
    assert dialog.case is not None
    assert dialog.tabs.count() == 3
    items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert 'sheet "Sheet", row 3: empty row skipped' in items
    made = 'sheet "Connections", row 2: no element "Raad"; an actor "Raad" was made so that'
    assert any(item.startswith(made) for item in items)


def test_broken_file_cannot_be_accepted(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "broken.gexf"
    path.write_text("<gexf><graph>", encoding="utf-8")
    dialog = opened(qtbot, path, "nl")
    assert dialog.case is None
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "ongeldige XML" in dialog.problems.item(0).text()


def test_get_case_returns_the_case_on_accept(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "kumu.xlsx"
    write_kumu(example_case(), path, "nl")

    def accept() -> None:
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ImportDialog) and widget.isVisible():
                if widget.is_loading:
                    QTimer.singleShot(100, accept)
                else:
                    widget.accept()

    QTimer.singleShot(100, accept)
    case = ImportDialog.get_case(path, "en")
    assert case is not None
    assert len(case.actors) == 19


def test_closing_while_reading_is_safe(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "kumu.xlsx"
    write_kumu(example_case(), path, "nl")
    dialog = ImportDialog(path, "en")
    assert dialog.is_loading
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()
    gone: list[bool] = []
    dialog.destroyed.connect(lambda *_args: gone.append(True))
    dialog.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))  # deleting waits for the worker; its result goes nowhere
