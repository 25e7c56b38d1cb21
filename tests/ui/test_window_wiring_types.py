"""The main window's wiring says what it holds (issue 15, rev-code18 item 1 rest): the docks'
analysis runner is an ``AnalysisRunner | None``, not ``Any``, so mypy checks every caller
(the presenter, the exports, the screenshot, the open's progress) against None; and the
window's wiring modules annotate nothing as ``Any``."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: modules of the window's wiring that annotate nothing as Any (Qt models' data() do, by Qt)
TYPED = (
    "ui/window/main_window.py",
    "ui/window/screenshot.py",
    "ui/present/__init__.py",
    "ui/docks/acceptance.py",
    "ui/window/map_progress.py",
)


def _function(path: str, name: str) -> ast.FunctionDef:
    tree = ast.parse((ROOT / path).read_text("utf-8"))
    return next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == name)


def _any_annotations(source: str) -> list[int]:
    """The lines of ``source`` whose annotation names ``Any``."""
    out: list[int] = []
    for node in ast.walk(ast.parse(source)):
        notes: list[ast.expr | None] = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args
            every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
            notes = [node.returns, *(a.annotation for a in every if a is not None)]
        elif isinstance(node, ast.AnnAssign):
            notes = [node.annotation]
        for note in notes:
            if note is not None and any(
                isinstance(n, ast.Name) and n.id == "Any" for n in ast.walk(note)
            ):
                out.append(note.lineno)
    return out


def test_the_window_says_its_analysis_runner_may_be_none() -> None:
    returns = _function("ui/window/main_window.py", "analysis_runner").returns
    assert returns is not None
    assert ast.unparse(returns) == "AnalysisRunner | None"


def test_the_window_wiring_annotates_nothing_as_any() -> None:
    found = {p: lines for p in TYPED if (lines := _any_annotations((ROOT / p).read_text("utf-8")))}
    assert found == {}


def test_the_guard_sees_an_any() -> None:
    source = "def f(w: Any, *a: int) -> None: ...\nx: dict[str, Any] = {}\n"
    assert _any_annotations(source) == [1, 2]
    assert _any_annotations("def f(w: object) -> int: ...\n") == []
