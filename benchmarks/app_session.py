"""The app's memory over a session, offscreen: ``python -m benchmarks.app_session``.

One process, as a user's session: the app starts on the example, opens a synthetic map of
``--size`` actors (File > Open, with its progress window), then runs the steps a user at scale
runs one after another (new user at scale 15, G1): the advice note (anonymised, as the app's
default), the Excel report, the picture (PNG), the force-directed layout and the hierarchy.
After each step the event loop runs until the app is idle again (the export reported, the
layout applied and fitted, the analysis of the new positions in the Findings panel) and then
for ``--settle`` seconds more, as a user reads the status bar, with the app's own collector on
the GUI thread (``ui.safety.gc_guard``), as ``run_gui`` installs it.

Per step: the resident memory after it (``after_mb``) and the highest resident memory seen
while it ran (``peak_mb``; a thread samples ``/proc/self/statm`` every 20 ms), and the CPU
seconds of the process. Memory only, no timing target: the figures are recorded in
docs/performance.md ("The app's memory over a session").

Examples::

    python -m benchmarks.app_session --size 10000
    python -m benchmarks.app_session --size 2000 --steps nota,force
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.app import _rss_mb, _until, write_synthetic

__all__ = ["STEPS", "main", "session"]

STEPS = ("nota", "excel", "png", "force", "hierarchy")


class _Peak:
    """The highest resident memory seen since :meth:`reset` (a sampling thread)."""

    def __init__(self, every: float = 0.02) -> None:
        self.peak = 0.0
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            self.peak = max(self.peak, _rss_mb())

    def reset(self) -> None:
        self.peak = _rss_mb()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def _settle(app: Any, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def _idle(app: Any, window: Any, runner: Any) -> None:
    """Until no export, layout or analysis is running or due."""
    exchange = window.exchange
    _until(app, lambda: not exchange.busy and not window.layouts.busy)
    _settle(app, 0.3)  # a debounced analysis of the new positions gets scheduled
    _until(app, lambda: not runner.busy and not runner.stale)


def _step(window: Any, name: str, folder: Path) -> Callable[[], None]:
    """What the user does for step ``name``: the menu's own action; the save dialog answers
    with a file in ``folder`` (its question, e.g. the anonymised name of the nota, is asked)."""
    from PySide6.QtWidgets import QFileDialog

    from models import LayoutMethod

    actions = window.actions_
    files = {"nota": "nota.docx", "excel": "report.xlsx", "png": "map.png"}
    if name in files:
        target = str(folder / files[name])

        def save_as(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
            return target, ""

        QFileDialog.getSaveFileName = save_as  # type: ignore[method-assign]
        action = {"nota": "export_docx", "excel": "export_xlsx", "png": "file_export_image"}
        return actions[action[name]].trigger  # type: ignore[no-any-return]
    method = {"force": LayoutMethod.FORCE, "hierarchy": LayoutMethod.HIERARCHY}[name]
    return lambda: window.run_layout(method)


def session(size: int, *, seed: int, steps: tuple[str, ...], settle: float) -> dict[str, Any]:
    """Open a synthetic map of ``size`` actors in the app and run ``steps``; memory per step."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings, QStandardPaths

    from ui.docks import analysis_runner
    from ui.safety.gc_guard import collect_on_gui_thread
    from ui.window.app import _create_window, ensure_app

    QStandardPaths.setTestModeEnabled(True)
    app = ensure_app()
    out: dict[str, Any] = {"actors": size, "steps": {}}
    peak = _Peak()
    with tempfile.TemporaryDirectory(prefix="kv-session-") as tmp:
        folder = Path(tmp)
        path = folder / f"synthetic-{size}.kvmap"
        write_synthetic(size, path, seed)
        for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(form, QSettings.Scope.UserScope, tmp)
        window, _ = _create_window(None, "nl", True)
        collector = collect_on_gui_thread(app)  # as run_gui does
        window.resize(1366, 768)
        window.show()
        runner = analysis_runner(window)
        assert runner is not None
        _idle(app, window, runner)
        out["start_mb"] = _rss_mb()
        peak.reset()
        cpu = time.process_time()
        if not window.files.open_path(path, ask=False):
            raise RuntimeError(f"{path} did not open")
        _idle(app, window, runner)
        _settle(app, settle)
        out["open"] = {
            "after_mb": _rss_mb(),
            "peak_mb": peak.peak,
            "cpu_s": time.process_time() - cpu,
        }
        print(f"open: {out['open']}", flush=True)
        for name in steps:
            peak.reset()
            cpu = time.process_time()
            _step(window, name, folder)()
            _idle(app, window, runner)
            _settle(app, settle)
            out["steps"][name] = {
                "after_mb": _rss_mb(),
                "peak_mb": peak.peak,
                "cpu_s": time.process_time() - cpu,
            }
            print(f"{name}: {out['steps'][name]}", flush=True)
        out["undo_steps"] = window.controller.undo_stack.count()
        out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        peak.stop()
        collector.stop()
        window.controller.undo_stack.setClean()
        runner.shutdown()
        window.close()
    return out


def main(argv: list[str] | None = None) -> int:
    """Run one session and print (and write) its figures."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.app_session", description=__doc__)
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--steps", default=",".join(STEPS))
    parser.add_argument("--settle", type=float, default=3.0, help="seconds idle after each step")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/app_session.json"))
    args = parser.parse_args(argv)
    steps = tuple(s for s in args.steps.split(",") if s)
    unknown = set(steps) - set(STEPS)
    if unknown:
        parser.error(f"unknown steps: {', '.join(sorted(unknown))}")
    from benchmarks.run import machine

    result = session(args.size, seed=args.seed, steps=steps, settle=args.settle)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps({"machine": machine(), "session": result}, indent=2), encoding="utf-8"
    )
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
