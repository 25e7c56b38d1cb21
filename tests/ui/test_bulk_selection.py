"""Selecting many items at once lays the lines out once (new user 13, S6; issue 14).

A click on the grouped finding "202 mandaten zijn verlopen" (2,009 items on a 1,000-actor
chain) froze the window for 2.5 minutes: every item's ``setSelected`` made the scene emit
``selectionChanged``, and each time the open bundles were worked out and the lines laid out
again over every mandate, then each opened bundle was laid out on its own. Counted, never
timed: one selection, one layout; and the lines end where a full layout puts them.
"""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.structures import build
from ui.canvas import bundles, scene_items
from ui.canvas.items import EdgeItem
from ui.canvas.scene import MapScene
from ui.document.controller import DocumentController


def _lines(scene: MapScene) -> dict[str, tuple[Any, ...]]:
    return {
        e.entity_id: (e.offset, e.label_t, e.bundled, e.bundle_text, e.fanned, e.isSelected())
        for e in scene.items()
        if isinstance(e, EdgeItem)
    }


@pytest.mark.parametrize("n", [40, 160])
def test_a_bulk_selection_lays_the_lines_out_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    case = build("parallel", 30, seed=3)
    controller = DocumentController(case)
    scene = MapScene(controller)
    ids = [*case.actors.ids(), *case.mandates.ids(), *case.relationships.ids()][:n]
    assert len(ids) == n
    laid_out: list[int] = []
    real = bundles.layout_edges

    def counted(edges: Any, opened: Any, hover: Any) -> None:
        laid_out.append(len(edges))
        real(edges, opened, hover)

    monkeypatch.setattr(scene_items, "layout_edges", counted)
    controller.set_selection(ids)
    assert set(scene.selected_ids()) == set(ids)
    assert len(laid_out) == 1  # was one layout (or more) per item selected: O(N²)
    after = _lines(scene)
    scene._update_edges()  # the full layout: the lines stand where they would anyway
    assert _lines(scene) == after
    laid_out.clear()
    controller.set_selection([])  # and back: once again
    assert scene.selectedItems() == []
    assert len(laid_out) == 1
    assert not any(e.fanned for e in scene.items() if isinstance(e, EdgeItem))
