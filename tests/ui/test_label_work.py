"""Placing edge labels off other lines is near-linear work (issue 14; app6 measured 1-3 s on
the GUI thread after every edit at 200 actors when every line was sampled point by point).

Work is counted in lines of Python run (:func:`tests.mapper.work_count.lines_run`), never
timed: per line it stays about the same from 50 to 200 actors, and within a budget
the point-sampling version does not meet.
"""

from __future__ import annotations

from benchmarks.generate import generate_case
from tests.mapper.work_count import lines_run
from tests.ui.test_readable import window_at
from ui.canvas import readable
from ui.window.main_window import MainWindow

__all__ = ["window_at"]

BUDGET = 650  # lines of Python per line on the map (point sampling: 890 to 1,100; now 300 to 450)


def _work_per_edge(win: MainWindow) -> float:
    scene = win.scene
    edges = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    shown = [i for i in scene.actor_items.values() if i.isVisible()]
    lines = [e for e in edges if e.isVisible()]
    assert len(lines) > len(shown)  # a real map: more lines than actors
    assert sum(bool(e.shown_text()) for e in lines) >= 20  # and labels to place
    work = lines_run(lambda: readable.place_labels(shown, edges, [], win.view.zoom()))
    return work / len(lines)


def test_label_placement_work_grows_linearly(window_at: object) -> None:
    small = _work_per_edge(window_at(generate_case(50, seed=0), (1366, 768)))  # type: ignore[operator]
    large = _work_per_edge(window_at(generate_case(200, seed=0), (1366, 768)))  # type: ignore[operator]
    print(f"work per line: {small:.0f} at 50 actors, {large:.0f} at 200")
    assert large < 1.5 * small, (small, large)
    assert max(small, large) < BUDGET, (small, large)
