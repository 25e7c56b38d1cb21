"""tests/plain_import.py: imports outside Qt go to Python's own import, Qt's to PySide6's hook."""

from __future__ import annotations

import builtins
from types import ModuleType
from typing import Any

from tests.plain_import import plain_for_others


def test_only_names_outside_qt_skip_pyside6s_hook() -> None:
    went: list[tuple[str, str, int]] = []

    def to(which: str) -> Any:
        def imported(name: str, *args: Any) -> ModuleType:
            went.append((which, name, args[-1]))
            return ModuleType(name)

        return imported

    importer = plain_for_others(to("plain"), to("hooked"))
    # (name, level, which import it must reach)
    cases = [
        ("json", 0, "plain"),
        ("mapper.analysis", 0, "plain"),
        ("PySide6.QtGui", 0, "hooked"),
        ("shiboken6", 0, "hooked"),
        ("__feature__", 0, "hooked"),
        ("sibling", 1, "hooked"),  # relative: whatever it is, the hook decides
        ("PySide6x", 0, "hooked"),  # merely starts like Qt's: still the hook's (harmless)
    ]
    for name, level, _ in cases:
        assert importer(name, None, None, (), level).__name__ == name
    assert went == [(which, name, level) for name, level, which in cases]


def test_the_suite_runs_with_it_and_qt_imports_still_work() -> None:
    assert builtins.__import__.__qualname__ == "plain_for_others.<locals>._import"
    from PySide6.QtGui import QColor  # through PySide6's hook, inside a function

    assert QColor("#ff0000").red() == 255
    from json import dumps  # through Python's own

    assert dumps([1]) == "[1]"
