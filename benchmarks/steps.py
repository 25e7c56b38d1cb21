"""Our own operations, timed per size: open, analysis, layouts, scene, exports, save."""

from __future__ import annotations

import importlib
import os
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.timing import Recorder
from models import Case

__all__ = ["run_ours"]


def _available(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def _analysis(case: Case, rec: Recorder, repeat: int) -> Any:
    if not _available("mapper.analysis"):
        rec.skip("analysis", "mapper.analyse is not available yet")
        return None
    from mapper import analyse

    result = rec.attempt("analysis", lambda: analyse(case), repeat)
    sample = getattr(result, "betweenness_sample", None)
    rec.notes.append(
        f"analysis: betweenness sampled from {sample} sources"
        if sample
        else "analysis: betweenness exact"
    )
    try:
        from mapper.checks import CHECKS
        from mapper.context import Context
        from mapper.metrics import actor_metrics, map_metrics

        ctx = rec.time("analysis.context+graphs", lambda: _context(Context, case))
        for check in CHECKS:
            module = check.__module__.rsplit(".", 1)[-1]
            rec.attempt(f"check.{module}", partial(check, ctx))
        rec.attempt("analysis.actor_metrics", lambda: actor_metrics(ctx.graphs))
        rec.attempt("analysis.map_metrics", lambda: map_metrics(ctx.graphs))
    except ImportError as exc:
        rec.skip("check.*", f"per-check timing not available ({exc})")
    # incremental: one edit, then the analysis the GUI would run after it
    actor = case.actors[len(case.actors) // 2]
    case.set_actor_field(actor.id, "influence", (actor.influence + 1) % 6)
    rec.attempt("reanalysis_after_edit", lambda: analyse(case), repeat)
    return result


def _context(context_cls: Any, case: Case) -> Any:
    ctx = context_cls.of(case)
    _ = ctx.graphs.ties, ctx.graphs.relations, ctx.graphs.mandate_graph  # build the views
    return ctx


def _layouts(case: Case, rec: Recorder, repeat: int) -> None:
    from mapper.layout import METHODS, layout

    for method in METHODS:
        positions = rec.attempt(f"layout.{method}", partial(layout, case, method), repeat)
        if method == "force" and positions:
            case.set_positions(positions)


def _qt_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _scene_and_exports(case: Case, analysis: Any, rec: Recorder, work: Path, repeat: int) -> None:
    if not _available("ui.canvas.scene"):
        rec.skip("scene", "ui.canvas.scene.MapScene is not available yet")
        return
    app = _qt_app()
    from ui.canvas.scene import MapScene

    scene = rec.attempt("scene", lambda: MapScene(case), 1)
    if scene is None:
        return
    from PySide6.QtCore import QSize

    from ui.canvas.view import MapView

    view = MapView(scene)
    view.resize(QSize(1600, 1000))
    view.show()
    app.processEvents()
    view.fitInView(scene.itemsBoundingRect())
    rec.attempt("repaint_whole_view", lambda: view.viewport().grab(), repeat)
    png = work / "map.png"
    picture: bytes | None = None
    if _available("exports.image"):
        from exports.image import render_scene

        rec.attempt("export.png", lambda: render_scene(scene, png), 1)
        picture = png.read_bytes() if png.exists() else None
    else:
        rec.skip("export.png", "exports.image.render_scene is not available yet")
    if _available("exports.excel_report"):
        from exports.excel_report import write_report

        xlsx = work / "report.xlsx"
        rec.attempt(
            "export.excel",
            lambda: write_report(case, xlsx, analysis=analysis, picture=picture, analyse=False),
            1,
        )
    else:
        rec.skip("export.excel", "exports.excel_report is not available yet")
    scene.clear()


def run_ours(
    path: Path, rec: Recorder, work: Path, *, repeat: int, gui: bool, analysis: bool = True
) -> Case:
    """Time every operation of ours on the case saved at ``path``; returns the opened case."""
    from models.fileformat import load, save

    case: Case = rec.time("open+validate", lambda: load(path), repeat)
    result = _analysis(case, rec, repeat) if analysis else None
    if not analysis:
        rec.skip("analysis", "--no-analysis")
    _layouts(case, rec, repeat)
    if gui:
        _scene_and_exports(case, result, rec, work, repeat)
    else:
        rec.skip("scene", "--no-gui")
    rec.time("save", lambda: save(case, work / "saved.kvmap", backup=False), repeat)
    return case
