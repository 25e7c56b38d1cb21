"""The presentation's overview shows each organisation box's title in full (new user, fifth
round 6: "the 'Gemeente Rivierstad' box title is cut at the top edge at both sizes")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.i18n import Lang
from tests.ui.window_support import example_presentation


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366", "1920"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_overview_keeps_every_box_title_in_view(
    qtbot: QtBot, size: tuple[int, int], lang: Lang
) -> None:
    _case, scene, presentation = example_presentation(qtbot, size, lang)
    presentation.go(0)
    QApplication.processEvents()
    view = presentation.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    boxes = [b for b in scene.group_items.values() if b.isVisible()]
    assert boxes, "the example has the municipality's box"
    for box in boxes:
        assert shown.contains(box.title_rect()), (box.name, shown, box.title_rect())
