"""A layout loads only what its method needs: only the hierarchy imports scipy (its
scipy.optimize and scipy.sparse); the others find close pairs, nearest neighbours and connected
parts on numpy grids (mapper.layout.force_grid), and none imports numpy.ma (np.median and
np.quantile do); process start and imports are most of a `krachtenveld layout` command."""

from __future__ import annotations

import pytest

from tests.fresh import run_fresh

PROBE = """
import sys
from models import Actor, Case, CaseInfo, Relationship, RelationKind
from mapper.layout import layout
n = 80  # a ring of 80 and a pair: the force layout's multilevel path and its small parts
actors = [Actor(f"a{i}", f"A {i}") for i in range(n + 2)]
ties = [Relationship(f"r{i}", f"a{i}", f"a{(i + 1) % n}", RelationKind.HIERARCHY)
        for i in range(n)]
ties.append(Relationship("rp", f"a{n}", f"a{n + 1}", RelationKind.HIERARCHY))
case = Case.from_parts(CaseInfo("t"), actors, ties)
layout(case, sys.argv[1])
loaded = {m.split(".")[0] if m.startswith("scipy") else m for m in sys.modules}
print(",".join(m for m in ("scipy", "numpy.ma") if m in loaded))
"""


@pytest.mark.parametrize(
    ("method", "loaded"),
    [
        ("grid", ""),
        ("circle", ""),
        ("spheres", ""),
        ("force", ""),
        ("hierarchy", "scipy,numpy.ma"),  # scipy imports numpy.ma itself
    ],
)
def test_a_layout_imports_only_its_own_method(method: str, loaded: str) -> None:
    assert run_fresh(PROBE, method).strip() == loaded
