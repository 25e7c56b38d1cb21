"""The action table: one record per action, wired by record (group and value), not by name."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest

from mapper.layout import METHODS
from models import Practice
from ui.exchange.window_exchange import EXPORTS
from ui.window.action_record import ActionName
from ui.window.action_specs import ACTIONS, ActionSpec, Group
from ui.window.main_window import MainWindow

UI = Path(__file__).parents[2] / "ui"


def test_every_action_of_the_window_comes_from_one_record(window: MainWindow) -> None:
    actions = window.actions_
    assert set(actions.actions) == set(actions.specs)
    names = [spec.name for spec in actions.specs.values()]
    assert len(names) == len(set(names))
    assert {spec.name for spec in ACTIONS} <= set(names)
    for name, spec in actions.specs.items():
        action = actions[name]
        assert action.objectName() == name
        assert action.text(), name
        assert action.statusTip(), name
        assert action.isCheckable() == spec.checkable
        assert (action.icon().isNull()) == (spec.icon is None), name


def test_groups_stand_for_their_values(window: MainWindow) -> None:
    actions = window.actions_
    assert [s.value for s in actions.in_group(Group.LAYOUT)] == list(METHODS)
    assert [s.value for s in actions.in_group(Group.EXPORT)] == list(EXPORTS)
    assert [s.value for s in actions.in_group(Group.PRACTICE)] == [
        None,
        Practice.ROUTINE,
        Practice.MAATWERK,
    ]
    for group in (Group.MODE, Group.VIEW, Group.PRACTICE, Group.LANGUAGE):
        assert group.exclusive
        assert actions.groups[group].isExclusive()
        assert {a.objectName() for a in actions.groups[group].actions()} == {
            s.name for s in actions.in_group(group)
        }


def test_triggering_a_group_action_passes_its_value(window: MainWindow) -> None:
    actions = window.actions_
    actions.action_for(Group.PRACTICE, Practice.MAATWERK).trigger()
    assert window.controller.practice is Practice.MAATWERK
    actions.action_for(Group.MODE, "connect").trigger()
    assert window.view.mode is window.view._modes["connect"]
    assert actions["mode_connect"].isChecked()
    actions.action_for(Group.VIEW, "grid").trigger()
    assert window.scene.view_mode == "grid"
    started: list[str] = []
    window.layouts.started.connect(started.append)
    actions.action_for(Group.LAYOUT, "circle").trigger()
    assert started == ["circle"]
    with pytest.raises(KeyError):
        actions.action_for(Group.LAYOUT, "nonsense")


def test_a_name_defined_twice_is_refused(window: MainWindow) -> None:
    with pytest.raises(ValueError, match="file_new"):
        window.actions_.add([ActionSpec("file_new", "x", "y")])


def test_no_action_is_found_by_a_built_name() -> None:
    """Wiring by f-string names (``actions_[f"layout_{m}"]``) is what the table replaced."""
    pattern = re.compile(r"""(actions_?|\ba)\[f["']|\.on\(f["']""")
    offenders = [
        f"{path.relative_to(UI.parent)}:{n}"
        for path in sorted(UI.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []


def test_layout_and_view_actions_stand_for_typed_values() -> None:
    """The layout and view actions carry the enums, not strings (mypy then catches a typo
    in a method or view name); the command line offers the same layout methods."""
    from models import LayoutMethod
    from ui.canvas.scene_grid import ViewMode
    from ui.commands.layout import _METHODS
    from ui.window.action_specs import ACTIONS, Group

    layouts = [spec.value for spec in ACTIONS if spec.group is Group.LAYOUT]
    views = [spec.value for spec in ACTIONS if spec.group is Group.VIEW]
    assert layouts == list(LayoutMethod)
    assert all(type(value) is LayoutMethod for value in layouts)
    assert views == list(ViewMode)
    assert all(type(value) is ViewMode for value in views)
    assert [str(method) for method in LayoutMethod] == _METHODS


def test_the_action_names_type_lists_exactly_the_tables_names() -> None:
    """``ActionName`` (the type ``WindowActions.on`` and ``window.actions_[…]`` take, so mypy
    rejects a misspelt name; rev-code18 N4) holds every name of the tables, in table order, and
    no other. Fails on the code before: action names were bare ``str``, no such type."""
    assert list(get_args(ActionName)) == [spec.name for spec in ACTIONS]
