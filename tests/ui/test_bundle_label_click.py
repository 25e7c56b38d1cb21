"""New user, fifth round 4: clicking a collapsed bundle's count label ("3 mandates") selected
another mandate whose line runs past the label; the label selects its own bundle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ui.canvas.bundles import pair_key
from ui.canvas.items import EdgeItem
from ui.window.main_window import MainWindow


def test_clicking_a_bundle_label_selects_its_own_bundle(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    win = example_window
    scene, view = win.scene, win.view
    edges = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    speakers = [e for e in edges if e.bundle_text and e.label_shown()]
    assert speakers, "the example shows a collapsed bundle"
    for speaker in speakers:
        scene.clearSelection()
        key = pair_key(speaker)
        at = view.mapFromScene(speaker.label_rect().center())
        QTest.mouseMove(view.viewport(), at)
        qtbot.wait(30)
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
        qtbot.wait(30)
        chosen = [i for i in scene.selectedItems() if isinstance(i, EdgeItem)]
        assert chosen, speaker.bundle_text
        ids = [e.entity_id for e in chosen]
        assert all(pair_key(e) == key for e in chosen), (speaker.bundle_text, ids)
        QTest.mouseMove(view.viewport(), view.viewport().rect().bottomRight())
