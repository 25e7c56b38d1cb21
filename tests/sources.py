"""What the project's own code is, written once (rev-code18 N8): the paths vulture reads in
pyproject.toml -- the packages, the tests, the benchmarks, the entry points, the learning
pictures' script and the vulture whitelist. Mypy checks the same paths less the whitelist
(tests/test_sources.py). The module-size, format-marker and whitelist tests walk them."""

from __future__ import annotations

import tomllib
from pathlib import Path

__all__ = ["ROOT", "SOURCES", "WHITELIST", "modules"]

ROOT = Path(__file__).resolve().parents[1]
WHITELIST = "vulture_whitelist.py"
SOURCES: tuple[str, ...] = tuple(
    tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["vulture"]["paths"]
)


def modules(*leave_out: str) -> list[Path]:
    """Every Python module of :data:`SOURCES` (less ``leave_out``), in a stable order."""
    found: list[Path] = []
    for name in SOURCES:
        if name in leave_out:
            continue
        path = ROOT / name
        found += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return found
