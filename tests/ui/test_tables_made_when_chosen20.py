"""A window makes only the table in front; the others when chosen (issue 15, the suite's time:
nine tables were two fifths of making a window, ~20 ms of ~60 ms on the small case, and a UI
test run made 4,877 of them for 541 windows)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.docks.table_docks import ActorsDock, NeedsDock, TableDock
from ui.docks.tables_dock import TablesDock
from ui.window.main_window import MainWindow


def _tables(window: MainWindow) -> TablesDock:
    dock = window.findChild(TablesDock)
    assert isinstance(dock, TablesDock)
    return dock


def test_a_new_window_makes_only_the_table_in_front(window: MainWindow) -> None:
    tables = _tables(window)
    assert [t.built for t in tables.tables] == [isinstance(t, ActorsDock) for t in tables.tables]
    assert [t.objectName() for t in tables.tables if not t.built] != []
    # every table is named in the selector all the same
    names = [tables.selector.itemText(i) for i in range(tables.selector.count())]
    assert names == [t.windowTitle() for t in tables.tables]
    assert all(names)


def test_a_table_chosen_is_made_with_its_rows_and_the_selection(
    window: MainWindow, qtbot: QtBot
) -> None:
    tables = _tables(window)
    needs = next(t for t in tables.tables if isinstance(t, NeedsDock))
    window.controller.set_selection(["n2"])  # before the table exists
    tables.show_table(needs)
    qtbot.waitUntil(needs.isVisible)
    assert needs.built
    assert needs.view.isVisible()
    assert needs.add_button.isVisible()
    assert needs.model.rowCount() == 2
    assert needs.selected_ids() == ["n2"]


def test_a_part_asked_for_makes_the_table(window: MainWindow) -> None:
    table = next(t for t in _tables(window).tables if not t.built)
    assert isinstance(table, TableDock)
    assert table.model.rowCount() >= 0  # asked for: made now
    assert table.built
    assert table.widget() is not None


def test_the_map_menus_add_need_opens_on_a_table_not_yet_made(
    window: MainWindow, qtbot: QtBot
) -> None:
    tables = _tables(window)
    needs = next(t for t in tables.tables if isinstance(t, NeedsDock))
    assert not needs.built
    before = len(window.controller.case.needs)
    needs.add_action.trigger()  # Map › Add need: its dialog, then the table in front
    assert tables.current_table() is needs
    assert needs.built
    dialog = needs.dialog
    assert dialog is not None
    dialog.reject()
    assert len(window.controller.case.needs) == before


def test_a_name_that_is_no_part_makes_nothing(window: MainWindow) -> None:
    """rev-code20 F3: a typo or a ``hasattr`` of another name raises at once, the table stays
    unmade (before, any unknown name made it)."""
    table = next(t for t in _tables(window).tables if not t.built)
    assert not hasattr(table, "modle")
    assert not table.built
    assert hasattr(table, "model")
    assert table.built
