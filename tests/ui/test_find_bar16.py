"""Edit › Find (Ctrl+F) on the real window, and what Ctrl+G and Ctrl+Shift+G show and say
(issue 14, new user at scale 15, G5: "Ctrl+F does nothing"; after Ctrl+G the status said the
whole map was in the window; after Ctrl+Shift+G the focused actors stayed drawn large)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from models import Actor, Case, CaseInfo, Position
from tests.ui.docks_support import english_ui  # noqa: F401
from tests.ui.shared_window import SharedWindow, shared_window
from tests.ui.test_readable import window_at
from ui.window.main_window import MainWindow

__all__ = ["shared_window", "window_at"]

pytestmark = [
    pytest.mark.usefixtures("english_ui"),
    pytest.mark.xdist_group("find_bar16"),  # one worker (tests/xdist_groups.py)
]

Make = Callable[[Case, tuple[int, int]], MainWindow]


def row_case() -> Case:
    """Forty actors in a long row; three of them are 'Consulent Émile …', far apart."""
    actors = [
        Actor(f"a{i}", f"Medewerker {i}", position=Position(400.0 * i, 0.0)) for i in range(40)
    ]
    for i in (5, 20, 35):
        actors[i] = Actor(f"a{i}", f"Consulent Émile {i}", position=Position(400.0 * i, 0.0))
    return Case.from_parts(CaseInfo("Een lange rij"), actors, [])


def row_window(shared: SharedWindow, qtbot: QtBot) -> MainWindow:
    """The module's window on :func:`row_case` (tests.ui.shared_window: nine tests opened one
    each, issue 15), fitted, nothing selected, the find bar closed and empty."""
    return shared.get(qtbot, "row", row_case, (1366, 768))


def map600(shared: SharedWindow, qtbot: QtBot) -> MainWindow:
    """The module's window on a generated 600-actor map (tests.ui.shared_window: the three
    tests on it opened one each, issue 15), fitted, nothing selected."""
    return shared.get(qtbot, "m600", lambda: generate_case(600, seed=0), (1366, 768))


def centre(win: MainWindow) -> QPointF:
    view = win.view
    return view.mapToScene(view.viewport().rect().center())


def press_ctrl_f(qtbot: QtBot, win: MainWindow) -> None:
    win.activateWindow()
    qtbot.waitActive(win)
    win.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)
    QTest.keyClick(win.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_f_finds_selects_centres_and_escape_returns_to_the_map(
    shared_window: SharedWindow, qtbot: QtBot
) -> None:
    win = row_window(shared_window, qtbot)
    press_ctrl_f(qtbot, win)
    bar = win.find_bar
    assert bar.isVisible()
    assert QApplication.focusWidget() is bar.field
    before = centre(win)
    QTest.keyClicks(bar.field, "emile")  # no accent, no capital
    assert bar.count.text() == "1 of 3"
    QTest.keyClick(bar.field, Qt.Key.Key_Return)  # shows the first match (typing paused)
    assert win.controller.selection == ("a5",)
    item = win.scene.actor_items["a5"]
    assert item.isSelected()
    now = centre(win)
    assert abs(now.x() - item.x()) < 2
    assert abs(now.y() - item.y()) < 2
    assert (now - before).manhattanLength() > 100
    assert win.view.zoom() >= 1.0
    assert "a5" in win.view.named()
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert win.controller.selection == ("a20",)
    assert bar.count.text() == "2 of 3"
    QTest.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert win.controller.selection == ("a5",)
    QTest.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert win.controller.selection == ("a35",)  # round to the last
    assert abs(centre(win).x() - win.scene.actor_items["a35"].x()) < 2
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert QApplication.focusWidget() is win.view
    assert win.controller.selection == ("a35",)  # the match stays selected


def test_f3_and_shift_f3_step_through_the_matches(
    shared_window: SharedWindow, qtbot: QtBot
) -> None:
    win = row_window(shared_window, qtbot)
    press_ctrl_f(qtbot, win)
    QTest.keyClicks(win.find_bar.field, "consulent")
    qtbot.waitUntil(lambda: win.controller.selection == ("a5",))  # typing paused: shown
    QTest.keyClick(win.find_bar.field, Qt.Key.Key_F3)
    assert win.controller.selection == ("a20",)
    QTest.keyClick(win.find_bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert win.controller.selection == ("a5",)
    assert win.actions_["edit_find_next"].shortcut().toString() == "F3"


def test_no_match_is_said_in_the_bar_without_a_dialog(
    shared_window: SharedWindow, qtbot: QtBot
) -> None:
    win = row_window(shared_window, qtbot)
    press_ctrl_f(qtbot, win)
    win.controller.set_selection(["a1"])
    QTest.keyClicks(win.find_bar.field, "ombudsman")
    QTest.keyClick(win.find_bar.field, Qt.Key.Key_Return)
    assert win.find_bar.count.text() == "No actor found"
    assert QApplication.activeModalWidget() is None
    assert win.controller.selection == ("a1",)  # nothing found: nothing changed


def test_typing_scans_the_index_not_the_scene(
    shared_window: SharedWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each key scans the folded names once made; the view moves once typing pauses, not
    per key (at 10,000 actors a move costs a readability pass over the map)."""
    win = map600(shared_window, qtbot)  # was a window of its own on 150 actors
    press_ctrl_f(qtbot, win)
    bar = win.find_bar
    refreshes: list[int] = []
    monkeypatch.setattr(win.view, "refresh_readability", lambda: refreshes.append(1))

    class Counted(dict[str, object]):
        walks = 0

        def values(self):  # type: ignore[no-untyped-def]
            Counted.walks += 1
            return super().values()

        def items(self):  # type: ignore[no-untyped-def]
            Counted.walks += 1
            return super().items()

        def __iter__(self):  # type: ignore[no-untyped-def]
            Counted.walks += 1
            return super().__iter__()

    monkeypatch.setattr(win.scene, "actor_items", Counted(win.scene.actor_items))
    QTest.keyClicks(bar.field, "consulent 1")
    assert bar.matches  # found while typing
    assert bar.index().builds == 1
    assert Counted.walks == 0
    assert not refreshes
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert win.controller.selection == (bar.matches[0],)
    assert len(refreshes) == 1


def test_ctrl_g_says_what_is_shown_and_ctrl_shift_g_gives_back_the_sizes(
    shared_window: SharedWindow, qtbot: QtBot
) -> None:
    win = map600(shared_window, qtbot)
    scales = {k: i.scale() for k, i in win.scene.actor_items.items()}
    chosen = next(iter(win.controller.case.actors))
    win.controller.set_selection([chosen.id])
    win.actions_["view_focus"].trigger()
    said = win.statusBar().currentMessage()
    assert said.startswith(f"Focus: only ‘{chosen.name}’ and the actors directly connected to it")
    shown = [k for k, i in win.scene.actor_items.items() if i.isVisible()]
    assert len(shown) < 600
    assert f", {len(shown)} of the 600 actors. Ctrl+Shift+G shows the whole map again." in said
    assert "whole map is in the window" not in said
    assert [k for k in shown if win.scene.actor_items[k].scale() != scales[k]]  # grown
    win.actions_["view_clear_filter"].trigger()
    qtbot.waitUntil(win.view.settled)
    assert all(i.isVisible() for i in win.scene.actor_items.values())
    assert {k: i.scale() for k, i in win.scene.actor_items.items()} == scales
    assert "Focus" not in win.statusBar().currentMessage()


def test_letters_typed_in_the_field_are_not_the_maps_keys(
    shared_window: SharedWindow, qtbot: QtBot
) -> None:
    """'c' is Connect and 'a' Add actor on the map: in the field they are letters."""
    win = row_window(shared_window, qtbot)
    press_ctrl_f(qtbot, win)
    QTest.keyClicks(win.find_bar.field, "ca")
    assert win.find_bar.field.text() == "ca"
    assert win.view.mode.name == "select"


def test_a_match_hidden_by_the_focus_clears_it(shared_window: SharedWindow, qtbot: QtBot) -> None:
    win = row_window(shared_window, qtbot)
    win.controller.set_selection(["a1"])
    win.actions_["view_focus"].trigger()
    assert not win.scene.actor_items["a35"].isVisible()
    press_ctrl_f(qtbot, win)
    QTest.keyClicks(win.find_bar.field, "emile 35")
    QTest.keyClick(win.find_bar.field, Qt.Key.Key_Return)
    assert win.controller.selection == ("a35",)
    assert win.scene.actor_items["a35"].isVisible()
    assert not win.scene.map_filter.active
    assert win.statusBar().currentMessage() == "The filter is cleared to show the match."


def test_the_ring_marks_the_match_until_the_selection_moves_on(
    shared_window: SharedWindow, qtbot: QtBot
) -> None:
    win = row_window(shared_window, qtbot)
    press_ctrl_f(qtbot, win)
    QTest.keyClicks(win.find_bar.field, "emile")
    QTest.keyClick(win.find_bar.field, Qt.Key.Key_Return)
    ring = win.find_bar.mark
    assert ring.isVisible()
    drawn = win.view.mapFromScene(win.scene.actor_items["a5"].sceneBoundingRect())
    assert ring.geometry().contains(drawn.boundingRect())
    win.view.zoom_out()  # it follows the zoom (and the plate's size after it)

    def around() -> bool:
        drawn = win.view.mapFromScene(win.scene.actor_items["a5"].sceneBoundingRect())
        return ring.geometry().contains(drawn.boundingRect())

    qtbot.waitUntil(around)
    win.controller.set_selection(["a6"])
    assert not ring.isVisible()


def test_a_member_of_a_collapsed_organisation_centres_its_box(
    window_at: Make, qtbot: QtBot
) -> None:
    from models.example import example_case

    win = window_at(example_case(), (1366, 768))
    case = win.controller.case
    org = next(o for o in case.organisations if o.name == "Gemeente Rivierstad")
    member = next(a for a in case.actors if a.organisation == org.id)
    win.scene.request_collapse(org.id, True)
    qtbot.waitUntil(win.view.settled)
    press_ctrl_f(qtbot, win)
    QTest.keyClicks(win.find_bar.field, member.name)
    QTest.keyClick(win.find_bar.field, Qt.Key.Key_Return)
    assert win.controller.selection[0] == member.id
    node = win.scene.collapsed_items[org.id]
    here = centre(win)
    assert abs(here.x() - node.x()) < 2
    assert abs(here.y() - node.y()) < 2


def test_after_an_edit_the_next_match_is_found_again(window_at: Make, qtbot: QtBot) -> None:
    win = window_at(row_case(), (1366, 768))
    press_ctrl_f(qtbot, win)
    QTest.keyClicks(win.find_bar.field, "emile")
    QTest.keyClick(win.find_bar.field, Qt.Key.Key_Return)
    assert win.controller.selection == ("a5",)
    win.controller.case.set_actor_field("a20", "name", "Consulent Jan 20")  # no longer found
    QTest.keyClick(win.find_bar.field, Qt.Key.Key_Return)
    assert win.controller.selection == ("a35",)
    assert win.find_bar.count.text() == "2 of 2"


def test_escape_on_a_button_of_the_bar_closes_it(shared_window: SharedWindow, qtbot: QtBot) -> None:
    win = row_window(shared_window, qtbot)
    press_ctrl_f(qtbot, win)
    QTest.keyClicks(win.find_bar.field, "emile")
    win.find_bar.next_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.find_bar.next_button)
    QTest.keyClick(win.find_bar.next_button, Qt.Key.Key_Escape)
    assert not win.find_bar.isVisible()
    assert QApplication.focusWidget() is win.view


def test_a_new_selection_does_not_walk_every_item_of_the_map(
    shared_window: SharedWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scene follows the controller's selection through the selected and the wanted
    items (a find's jump at 10,000 actors walked 50,000 items)."""
    win = row_window(shared_window, qtbot)
    scene = win.scene
    walks: list[int] = []
    every = scene.items
    monkeypatch.setattr(scene, "items", lambda *a: walks.append(1) or every(*a))  # type: ignore[func-returns-value]
    win.controller.set_selection(["a5", "a6"])
    win.controller.set_selection(["a7"])
    assert not walks
    assert scene.selected_ids() == ("a7",)
    assert not scene.actor_items["a5"].isSelected()


def test_the_shortcut_list_names_the_find_keys(shared_window: SharedWindow, qtbot: QtBot) -> None:
    from ui.window.menus import shortcuts_html

    listed = shortcuts_html(row_window(shared_window, qtbot))
    for row in ("Find…", "Ctrl+F", "Find next", "F3", "Shift+F3", "Enter / Shift+Enter"):
        assert row in listed, row


def test_an_actor_chosen_in_a_table_far_out_is_ringed(
    shared_window: SharedWindow, qtbot: QtBot
) -> None:
    """G5: 'click the row: the map does not move, at 13 % invisible'."""
    win = map600(shared_window, qtbot)
    chosen = list(win.controller.case.actors.ids())[300]
    assert chosen not in win.view.named()  # far out: no name reads
    win.view.clearFocus()  # the keyboard is in a table
    win.controller.set_selection([chosen])
    ring = win.find_bar.mark
    assert ring.isVisible()
    drawn = win.view.mapFromScene(win.scene.actor_items[chosen].sceneBoundingRect())
    assert ring.geometry().contains(drawn.boundingRect())
    assert win.view.viewport().rect().intersects(ring.geometry())
    win.controller.set_selection([])
    assert not ring.isVisible()
