"""Laying out a map's lines never compares one line with all others (issue 14).

``layout_edges`` asked for every group of ties between two actors whether its first line was
in the list of fanned lines: a scan of that list per pair, quadratic in the lines (0.9 s of
its 1.0 s at 2,000 actors, 4.3 s at 5,000). Counted, never timed: no line is compared with
another line at all, so a list scan cannot come back unnoticed.
"""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.structures import build
from ui.canvas.bundles import layout_edges, pair_key
from ui.canvas.items import EdgeItem
from ui.canvas.scene import MapScene


def test_layout_edges_compares_no_two_lines(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    scene = MapScene(build("parallel", 60, seed=4))  # eight ties between each pair
    edges = [i for i in scene.items() if isinstance(i, EdgeItem)]
    opened = set(sorted({pair_key(e) for e in edges})[:5])  # five bundles open, fanned out
    layout_edges(edges, opened, None)
    before = [(e.offset, e.label_t, e.bundled, e.bundle_text, e.fanned) for e in edges]
    assert len(edges) > 400
    assert any(e.fanned for e in edges)
    assert any(e.bundled for e in edges)
    compared: list[int] = []

    def counted(self: Any, other: object) -> bool:
        compared.append(1)
        return self is other

    monkeypatch.setattr(EdgeItem, "__eq__", counted)
    layout_edges(edges, opened, None)
    assert compared == []  # was about one comparison per line per pair of actors
    assert [(e.offset, e.label_t, e.bundled, e.bundle_text, e.fanned) for e in edges] == before
