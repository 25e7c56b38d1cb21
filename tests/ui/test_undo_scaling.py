"""Whole-map edits through the controller stay linear (counted work, never wall-clock time).

Removing or pasting many entities, applying a layout and undoing and redoing each: the work
counted at 4× the actors is about 4× (see :mod:`tests.models.opcount`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from models import Position
from models.fileformat import case_to_dict
from tests.models.opcount import counting, line_case
from ui.canvas.clipboard import fragment_text, paste_entities
from ui.document.controller import DocumentController

SMALL, LARGE = 250, 1000


def _work(
    monkeypatch: pytest.MonkeyPatch, n: int, op: Callable[[DocumentController], object]
) -> tuple[int, DocumentController, dict[str, Any]]:
    ctl = DocumentController(line_case(n))
    before = case_to_dict(ctl.case)
    with counting(monkeypatch) as counter:
        op(ctl)
    return counter.total, ctl, before


def _assert_linear(
    monkeypatch: pytest.MonkeyPatch, op: Callable[[DocumentController], object]
) -> DocumentController:
    small = _work(monkeypatch, SMALL, op)[0]
    large, ctl, before = _work(monkeypatch, LARGE, op)
    assert large <= 5 * max(small, SMALL), (small, large)
    assert large <= 20 * LARGE, large  # a quadratic loop does ~LARGE²/2
    # and the edit was real: the undo stack holds it and undo gives back the case exactly
    assert ctl.undo_stack.count() == 1
    ctl.undo_stack.undo()
    assert case_to_dict(ctl.case) == before
    return ctl


def _remove_half_undo_redo(ctl: DocumentController) -> None:
    ids = ctl.case.actors.ids()[::2] + ctl.case.relationships.ids()[1::5]
    assert ctl.remove(ids)
    ctl.undo_stack.undo()
    ctl.undo_stack.redo()


def test_remove_many_with_undo_and_redo_is_linear(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctl = _assert_linear(monkeypatch, _remove_half_undo_redo)
    ctl.undo_stack.redo()
    assert len(ctl.case.actors) == LARGE // 2
    actors = set(ctl.case.actors.ids())
    assert all({r.source, r.target} <= actors for r in ctl.case.relationships)


def _paste_everything(ctl: DocumentController) -> None:
    text = fragment_text(ctl.case, ctl.case.actors.ids())
    assert ctl.add_entities(paste_entities(ctl.case, text))
    ctl.undo_stack.undo()
    ctl.undo_stack.redo()


def test_paste_many_with_undo_and_redo_is_linear(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctl = _assert_linear(monkeypatch, _paste_everything)
    ctl.undo_stack.redo()
    assert len(ctl.case.actors) == 2 * LARGE
    assert len(ctl.case.relationships) == 4 * LARGE


def _layout_undo_redo(ctl: DocumentController) -> None:
    assert ctl.set_positions(
        {a: Position(3.0, float(i)) for i, a in enumerate(ctl.case.actors.ids())}
    )
    ctl.undo_stack.undo()
    ctl.undo_stack.redo()


def test_layout_with_undo_and_redo_is_linear(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ctl = _assert_linear(monkeypatch, _layout_undo_redo)
    ctl.undo_stack.redo()
    assert {a.position for a in ctl.case.actors} >= {Position(3.0, 0.0), Position(3.0, 7.0)}
