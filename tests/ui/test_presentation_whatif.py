"""Presentation mode's what-if (W) on real widgets (new user, third round 7): one W shows a
point's what-if after moving back and forth, and the caption names the findings that come."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mapper.remedy import remedy
from models import Case
from tests.ui.docks_support import english_ui  # noqa: F401
from tests.ui.window_support import example_presentation, present
from ui.present import PresentationWindow
from ui.window.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")


def _shown(qtbot: QtBot, presentation: PresentationWindow) -> str:
    """The what-if line once calculated."""
    qtbot.waitUntil(lambda: not presentation.what_if_busy(), timeout=10_000)
    qtbot.waitUntil(lambda: "calculating" not in presentation.what_if_text(), timeout=10_000)
    return presentation.what_if_text()


def _with_remedy(case: Case, presentation: PresentationWindow) -> list[int]:
    return [
        i
        for i, step in enumerate(presentation.steps)
        if step.cause is not None and remedy(case, step.cause) is not None
    ]


def test_one_w_shows_the_what_if_after_moving_back_and_forth(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    case = example_window.controller.case
    presentation = present(qtbot, example_window)
    points = _with_remedy(case, presentation)
    assert points, "the example has a point with a change to try"
    point = points[-1]
    assert point > 1  # there is a point before it to go back to
    presentation.go(point)
    QTest.keyClick(presentation, Qt.Key.Key_W)
    assert _shown(qtbot, presentation).startswith("What if ")
    QTest.keyClick(presentation, Qt.Key.Key_Left)
    # the point before opens on its advice, whatever W did here
    assert presentation.what_if_text() == ""
    assert not presentation.organise.isHidden()
    if point - 1 in points:  # one W shows its what-if (it took two)
        QTest.keyClick(presentation, Qt.Key.Key_W)
        assert _shown(qtbot, presentation).startswith("What if ")
    QTest.keyClick(presentation, Qt.Key.Key_Right)
    assert presentation.index == point
    assert presentation.what_if_text() == ""
    QTest.keyClick(presentation, Qt.Key.Key_W)  # one W, not two
    assert _shown(qtbot, presentation).startswith("What if ")
    QTest.keyClick(presentation, Qt.Key.Key_W)
    assert presentation.what_if_text() == ""


def test_the_what_if_names_the_findings_that_appear(
    qtbot: QtBot, example_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No presented what-if of the example brings a new finding any more (test_remedy checks
    that); the caption's "New:" lines are checked on a change that is made to bring two."""
    import mapper.remedy

    case = example_window.controller.case
    presentation = present(qtbot, example_window)
    point = _with_remedy(case, presentation)[-1]
    cause = presentation.steps[point].cause
    assert cause is not None
    real = mapper.remedy.try_remedy(case, cause)
    assert real is not None
    others = [f for f in real.change.after.findings if f.id not in cause.findings][:2]
    assert len(others) == 2
    brings = replace(real, change=replace(real.change, appeared=tuple(others)))
    monkeypatch.setattr(mapper.remedy, "try_remedy", lambda *_a, **_k: brings)
    presentation.go(point)
    QTest.keyClick(presentation, Qt.Key.Key_W)
    lines = _shown(qtbot, presentation).splitlines()
    assert lines[0].endswith("; two findings appear.")
    named = [line.removeprefix("New: ") for line in lines if line.startswith("New: ")]
    assert named == list(dict.fromkeys(f.title("en") for f in others))


def test_the_findings_not_listed_are_counted_in_a_sentence_at_the_end(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    """New user, sixth round 7: "…alone (… and 4 more)" hid the other findings mid-line; the
    caption lists two and ends with a sentence that counts the rest, in words."""
    import mapper.remedy
    from mapper.wording import noun, word

    case = example_window.controller.case
    presentation = present(qtbot, example_window)
    outcomes = {
        i: mapper.remedy.try_remedy(case, cause)
        for i in _with_remedy(case, presentation)
        if (cause := presentation.steps[i].cause) is not None
    }
    many = [
        i
        for i, o in outcomes.items()
        if o is not None and len(o.gone("en")[0]) == 2 and o.gone("en")[1] > 0
    ]
    assert many, "a point whose change solves more than two findings"
    outcome = outcomes[many[0]]
    assert outcome is not None
    presentation.go(many[0])
    QTest.keyClick(presentation, Qt.Key.Key_W)
    lines = _shown(qtbot, presentation).splitlines()
    rest = outcome.gone("en")[1]
    assert lines[-1] == f"And {word(rest, 'en')} more {noun(rest, 'finding', 'findings')}."
    assert [line for line in lines if line.startswith("– ")] == [
        f"– {t}" for t in outcome.gone("en")[0]
    ]
    assert not any("(…" in line for line in lines)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 640)], ids=["1366", "1024"])
def test_a_steps_context_is_named_or_left_out(qtbot: QtBot, size: tuple[int, int]) -> None:
    """New user, third round 8: faded context turned into pale shapes without a name."""
    from ui.present.view import DIMMED

    _case, scene, presentation = example_presentation(qtbot, size, "nl")
    left_out = 0
    for index, step in enumerate(presentation.steps):
        presentation.go(index)
        QApplication.processEvents()
        if step.cause is None:
            continue
        focus, named = set(step.actor_ids()), presentation.view.named()
        for actor_id, item in scene.actor_items.items():
            if actor_id in focus or not item.isVisible():
                continue
            if actor_id in named:
                assert item.opacity() == pytest.approx(DIMMED)  # faded, with its name
            else:
                assert item.opacity() == 0.0, actor_id  # not a shape without a name
                left_out += 1
        for edge in [*scene.relationship_items.values(), *scene.mandate_items.values()]:
            ends = {edge.source.entity_id, edge.target.entity_id}
            if ends - focus - named and edge.opacity() > 0:  # a tie to what is left out
                assert ends <= focus | named or edge.opacity() > DIMMED, edge.entity_id
    presentation.go(0)
    QApplication.processEvents()
    assert all(item.opacity() == 1.0 for item in scene.actor_items.values())  # overview: all
    if size == (1024, 640):
        assert left_out, "on a small screen some context has no room for its name"
