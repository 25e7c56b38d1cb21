"""The layers below ui/ work without Qt installed (napari's trick: block the import)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError(f"{name} is blocked in this test")
        return None
sys.meta_path.insert(0, Block())
import importlib
for name in sys.argv[1:]:
    importlib.import_module(name)
print("imported", len(sys.argv) - 1)
"""


def modules_below_ui() -> list[str]:
    names: list[str] = []
    for package in ("models", "mapper", "exports"):
        names.append(package)
        for info in pkgutil.walk_packages([str(ROOT / package)], prefix=f"{package}."):
            if info.name == "exports.image" or info.name.startswith("exports.image."):
                continue
            names.append(info.name)
    return names


def test_models_mapper_exports_import_without_qt() -> None:
    names = modules_below_ui()
    assert "models.case" in names
    done = subprocess.run(
        [sys.executable, "-c", BLOCKER, *names],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert f"imported {len(names)}" in done.stdout


EXPORT_WITHOUT_QT = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError(f"{name} is blocked in this test")
        return None
sys.meta_path.insert(0, Block())
from exports.formats import export_case
from models.example import example_case
folder = sys.argv[1]
for suffix in (".xlsx", ".graphml", ".gexf", ".dot"):
    export_case(example_case(), f"{folder}/map{suffix}", lang="nl")
print("exported")
"""


def test_exports_without_a_scene_never_load_qt(tmp_path: Path) -> None:
    """exports.formats and exports.picture reach exports.image (Qt) only when given a scene:
    the import contract names them; this shows a run without a scene needs no Qt at all."""
    done = subprocess.run(
        [sys.executable, "-c", EXPORT_WITHOUT_QT, str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "exported" in done.stdout
    assert (tmp_path / "map.xlsx").stat().st_size > 10_000
