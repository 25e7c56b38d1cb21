"""The nota of a big map, exported from the app, tells its steps and its page estimate in the
status bar beside the busy bar, as ``krachtenveld export`` prints them (new user at scale,
session 14, F11: 137 s with only a busy bar at 10,000 actors). The threshold is lowered to the
example's size, so that the example's real nota tells its real steps."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models.example import example_case
from tests.ui.exchange_support import handler
from tests.ui.window_support import open_window
from ui.document.controller import DocumentController
from ui.exchange.window_exchange import EXPORTS


def _messages(qtbot: QtBot, tmp_path: Path) -> list[str]:
    win = open_window(qtbot, tmp_path, DocumentController(example_case()), (1366, 768))
    h, said = handler(win), list[str]()
    win.statusBar().messageChanged.connect(said.append)
    with qtbot.waitSignal(h.export_done, timeout=120_000) as blocker:
        h.export(next(k for k in EXPORTS if k.key == "docx"), str(tmp_path / "advies.docx"))
    assert blocker.args == [True]
    return said


def test_a_big_maps_nota_tells_its_steps_in_the_status_bar(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import exports.nota_scale

    monkeypatch.setattr(exports.nota_scale, "SLOW", 5)
    said = _messages(qtbot, tmp_path)
    actors = len(example_case().actors)
    assert (
        f"Exporting advies.docx… a map of {actors} actors: its note takes a while; each step "
        "is told here." in said
    )
    estimate = next(m for m in said if "Analysis done:" in m)
    assert estimate.startswith("Exporting advies.docx… Analysis done: ")
    assert "causes; the note will have about " in estimate
    assert "Exporting advies.docx… Chapter 5 written; now the annexes." in said
    # the steps come in their order, and the end is said last
    assert said.index(estimate) < said.index(
        "Exporting advies.docx… Chapter 5 written; now the annexes."
    )
    assert said[-1].startswith("Exported advies.docx")


def test_a_small_maps_nota_shows_only_the_busy_text(qtbot: QtBot, tmp_path: Path) -> None:
    said = _messages(qtbot, tmp_path)
    assert not [m for m in said if "Analysis done" in m or "each step" in m]
