"""rev-dutch21 D4: what the recovery says when a copy fails, in the UI's language, naming the
map by its file or title and never by the copy's internal (hex) name."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import small_case
from ui.document.controller import DocumentController
from ui.i18n import set_language
from ui.safety import recovery
from ui.safety.recovery import Autosaver, RecoveryDialog, RecoveryEntry, RecoveryStore

KEY = "3f46237a9c0b4e1d8a2f5b6c7d8e9f00bcef"


@pytest.fixture
def nl_ui() -> Any:
    set_language("nl", persist=False)
    yield
    set_language("en", persist=False)


@pytest.mark.usefixtures("nl_ui")
def test_a_damaged_copy_is_said_in_dutch_by_its_map_and_kept(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    entry = store.write(KEY, small_case(), "/werk/Woningnood Jansen.kvmap")
    meta = store.folder / f"{KEY}.json"
    data = json.loads(meta.read_text())
    data["pid"] = 0  # a program that is gone
    meta.write_text(json.dumps(data))
    entry.file.write_bytes(entry.file.read_bytes()[:200])  # cut short
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))

    def pick(entries: list[RecoveryEntry], parent: QWidget | None) -> RecoveryDialog:
        dialog = RecoveryDialog(entries, parent)
        qtbot.addWidget(dialog)
        dialog.exec = dialog.restore_button.click  # type: ignore[method-assign,assignment]
        return dialog

    assert recovery.offer_recovery(None, store, lambda c, e: None, dialog_factory=pick) is None
    (text,) = said
    assert text == (
        "De herstelkopie van Woningnood Jansen.kvmap kan niet worden geopend: de kopie is"
        " onvolledig of beschadigd.\n\nDe kopie blijft bewaard; u kunt haar bij de volgende"
        " start opnieuw proberen of weggooien."
    )
    assert KEY not in text
    assert [e.key for e in store.entries()] == [KEY]  # kept, and offered again


@pytest.mark.usefixtures("nl_ui")
def test_a_failed_autosave_names_the_map_in_dutch_without_the_systems_words(
    qtbot: QtBot, owner: QObject, tmp_path: Path
) -> None:
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    controller = DocumentController(small_case(), owner)
    autosaver = Autosaver(controller, RecoveryStore(blocker_file / "recovery"), 10_000)
    controller.set_case_field("title", "Gezin Jansen")
    with qtbot.waitSignal(autosaver.failed) as blocker:
        assert autosaver.autosave_now() is None
    text = blocker.args[0]
    assert ".." not in text
    assert text.startswith("De automatische herstelkopie van ‘Gezin Jansen’ is mislukt: ")
    assert text.endswith(". Sla de kaart op om uw wijzigingen veilig te stellen.")
    assert "Not a directory" not in text
    assert "not-a-folder" not in text
