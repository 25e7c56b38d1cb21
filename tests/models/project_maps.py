"""Every map file of the project (the examples, the tests' data), for tests that read them all."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SKIPPED = frozenset({"build", "dist", "__pycache__", "node_modules"})


def project_maps() -> list[Path]:
    """The ``.kvmap`` files under the project's folders, sorted. Hidden folders (``.git``,
    ``.venv``, caches) and build output are not walked: a glob of the whole tree went through
    the virtual environment's tens of thousands of files in every worker's collection."""
    found: list[Path] = []
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = [d for d in subfolders if not d.startswith(".") and d not in _SKIPPED]
        found += [Path(folder) / f for f in files if f.endswith(".kvmap")]
    return sorted(found)
