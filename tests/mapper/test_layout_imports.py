"""A layout loads only what its method needs: only the hierarchy imports scipy.optimize, and
the grid (which spaces its own cells) not scipy.spatial either; process start and imports are
most of a `krachtenveld layout` command on a small map."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from models import Actor, Case, CaseInfo, Relationship, RelationKind
from mapper.layout import layout
case = Case.from_parts(CaseInfo("t"), [Actor("a", "A"), Actor("b", "B")],
                       [Relationship("r", "a", "b", RelationKind.HIERARCHY)])
layout(case, sys.argv[1])
print(",".join(m for m in ("scipy.optimize", "scipy.spatial") if m in sys.modules))
"""


@pytest.mark.parametrize(
    ("method", "loaded"),
    [
        ("grid", ""),
        ("circle", "scipy.spatial"),  # removing overlaps (separate) uses a k-d tree
        ("spheres", "scipy.spatial"),
        ("force", "scipy.spatial"),
        ("hierarchy", "scipy.optimize,scipy.spatial"),
    ],
)
def test_a_layout_imports_only_its_own_method(method: str, loaded: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, method],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        check=True,
        timeout=120,
    )
    assert done.stdout.strip() == loaded
