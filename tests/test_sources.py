"""The project's own code is listed once, in pyproject.toml, and the tools agree on it
(rev-code18 N8: four lists, and the whitelist test's lacked docs/img/learning_pictures.py)."""

from __future__ import annotations

import tomllib

from tests.sources import ROOT, SOURCES, WHITELIST, modules


def test_mypy_checks_what_vulture_reads_but_the_whitelist() -> None:
    mypy = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["mypy"]["files"]
    assert WHITELIST not in mypy
    assert sorted([*mypy, WHITELIST]) == sorted(SOURCES)


def test_the_sources_hold_the_packages_the_tests_and_the_learning_pictures() -> None:
    names = {path.relative_to(ROOT).as_posix() for path in modules()}
    assert {"main.py", "docs/img/learning_pictures.py", "tests/sources.py"} <= names
    assert "ui/window/main_window.py" in names
    assert not [n for n in names if n.startswith((".venv/", "build/"))]
