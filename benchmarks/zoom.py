"""One zoom step of the app's map view, as a ratio to one paint of the fitted map (issue 14,
rev-user18 R5: wheel steps of 1-2 s at 10,000 actors under load).

Offscreen, 1366 x 768, the synthetic case of each size as generated (its force layout). A step
is what one wheel notch costs the GUI thread: the zoom pass (``MapView.zoom_by``: the far-out
switch, the readability pass, the status) and the paint of the new view. Steps go out from
100 % to the fit and back in; each is timed as the median of the steps in one band of zoom
(closer than 30 %, where lines paint themselves, and further out, where one sheet draws them).
The baseline is one paint of the fitted map in the same run (the median of three), so the
figure is a ratio that a loaded machine changes less than the seconds.

Run ``python -m benchmarks.zoom --sizes 2000,10000``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from typing import Any

__all__ = ["measure"]


def _timed(work: Any) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def measure(size: int, *, seed: int = 0) -> dict[str, Any]:
    """The fitted paint and the zoom steps of ``size`` actors (seconds and ratios)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    from benchmarks.generate import generate_case
    from ui.canvas.item_base import LOD_ARROWS
    from ui.canvas.scene import MapScene
    from ui.canvas.view import ZOOM_STEP, MapView
    from ui.document.controller import DocumentController
    from ui.window.app import ensure_app

    QStandardPaths.setTestModeEnabled(True)
    app = ensure_app()
    scene = MapScene(DocumentController(generate_case(size, seed=seed)))
    view = MapView(scene)
    view.resize(1366, 768)
    view.show()
    port = view.viewport()
    view.fit_to_window()
    QApplication.processEvents()
    port.repaint()
    fitted = view.zoom()
    paint = statistics.median(_timed(port.repaint) for _ in range(3))
    view.zoom_reset()
    port.repaint()
    near: list[tuple[float, float]] = []  # (zoom pass, paint) per step
    far: list[tuple[float, float]] = []
    factors = [1 / ZOOM_STEP] * 32 + [ZOOM_STEP] * 32
    for factor in factors:
        if (factor < 1 and view.zoom() <= fitted) or (factor > 1 and view.zoom() >= 1.0):
            continue
        step = _timed(lambda f=factor: view.zoom_by(f))
        drawn = _timed(port.repaint)
        app.processEvents()
        (near if view.zoom() >= LOD_ARROWS else far).append((step, drawn))
    view.close()
    out: dict[str, Any] = {"actors": size, "fitted_zoom": round(fitted, 3), "fitted_paint_s": paint}
    for name, steps in (("near", near), ("far", far)):
        if steps:
            zoom_s = statistics.median(s for s, _ in steps)
            whole = statistics.median(s + d for s, d in steps)
            out[f"{name}_steps"] = len(steps)
            out[f"{name}_zoom_pass_s"] = zoom_s
            out[f"{name}_step_s"] = whole
            out[f"{name}_step_ratio"] = whole / paint
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,10000")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    for size in (int(s) for s in args.sizes.split(",")):
        print(
            json.dumps(
                {
                    k: round(v, 3) if isinstance(v, float) else v
                    for k, v in measure(size, seed=args.seed).items()
                }
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
