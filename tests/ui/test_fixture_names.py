"""One fixture name means one thing across tests/ui (issue 15, the tests): no test module
defines a fixture under a name ``tests/ui/conftest.py`` gives to another, where a test
reading the conftest's list would expect that one. The one module that does on purpose is
named in the conftest's docstring."""

from __future__ import annotations

import ast
from pathlib import Path

HERE = Path(__file__).parent
# documented in conftest.py: test_legal_docks' docks window holds the real analysis
ON_PURPOSE = {("test_legal_docks.py", "docks_window")}


def _fixtures(path: Path) -> set[str]:
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef) and any(
            ast.unparse(d).startswith(("pytest.fixture", "fixture")) for d in node.decorator_list
        ):
            found.add(node.name)
    return found


def test_no_module_gives_a_conftest_fixture_name_another_meaning() -> None:
    shared = _fixtures(HERE / "conftest.py")
    assert {"window", "mapfile", "ctl", "fitted_example", "safe_window"} <= shared  # found
    clashes = [
        (path.name, name)
        for path in sorted(HERE.glob("test_*.py"))
        for name in sorted(_fixtures(path) & shared)
        if (path.name, name) not in ON_PURPOSE
    ]
    assert clashes == []
