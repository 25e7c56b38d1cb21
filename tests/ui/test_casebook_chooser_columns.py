"""The casebook's folder chooser at 1366 x 768 (new user, seventh round): its Size and Type
columns show their text in full ("90.3 KiB", "kvmap File"), not "90....KiB"."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot

from models import fileformat
from models.example import example_case
from ui.dialogs.casebook_folder import casebook_folder_dialog


def test_size_and_type_are_not_cut(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "casussen"
    folder.mkdir()
    fileformat.save(example_case(), folder / "voorbeeld.kvmap", backup=False)
    shutil.copy(folder / "voorbeeld.kvmap", folder / "een casus met een lange naam.kvmap")
    dialog = casebook_folder_dialog(None, str(folder))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366
    details = dialog.findChild(QTreeView, "treeView")
    assert isinstance(details, QTreeView)
    model = details.model()
    root = details.rootIndex()
    qtbot.waitUntil(lambda: model.rowCount(root) >= 2, timeout=10_000)
    header = details.header()
    qtbot.waitUntil(lambda: header.sectionSize(1) > 0)
    metrics = details.fontMetrics()
    checked = 0
    for row in range(model.rowCount(root)):
        for column in (1, 2):  # Size, Type
            text = str(model.index(row, column, root).data() or "")
            if text:
                need = metrics.horizontalAdvance(text)
                assert header.sectionSize(column) >= need, (text, header.sectionSize(column))
                checked += 1
    assert checked >= 4
    # the name column keeps most of the room
    assert header.sectionSize(0) >= header.sectionSize(1) + header.sectionSize(2)
    if shots := os.environ.get("KV_SHOTS"):
        dialog.grab().save(str(Path(shots) / "casebook_chooser.png"))
    dialog.close()
