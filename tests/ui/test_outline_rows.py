"""Each kind of outline is tested on its own rows only (issue 15, the suite's time: every
kind's test ran on every curve end, then one was chosen, fourteen times a routing): the
answers are those of testing every row with every kind (tests/ui/test_open_work15.py)."""

from __future__ import annotations

from typing import Any, get_args

import numpy as np
import pytest

from exports.style import Shape
from tests.ui.test_open_work15 import _old_inside
from ui.canvas import routing
from ui.canvas.geometry import outline, shape_rect


def test_each_kind_of_outline_is_tested_on_its_own_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(15)
    specs = []
    for k, shape in enumerate(get_args(Shape)):
        rect = shape_rect(shape, 60.0 + 10 * k, 30.0)
        specs.append(routing.outline_spec(shape, rect, outline(shape, rect)))
    rows = routing._Specs([specs[i] for i in rng.integers(0, len(specs), 500)])
    assert rows.kinds == {routing.ELLIPSE, routing.ROUNDRECT, routing.POLYGON}
    seen: dict[int, int] = {}
    for kind, test in list(routing._TESTS.items()):

        def counting(x: Any, *rest: Any, _kind: int = kind, _test: Any = test) -> Any:
            seen[_kind] = seen.get(_kind, 0) + len(x)
            return _test(x, *rest)

        monkeypatch.setitem(routing._TESTS, kind, counting)
    x, y = rng.uniform(-120, 120, 500), rng.uniform(-60, 60, 500)
    assert (rows.inside(x, y) == _old_inside(rows, x, y)).all()
    assert seen == {k: int((rows.code == k).sum()) for k in rows.kinds}  # was 500 for each
    assert sum(seen.values()) == 500
