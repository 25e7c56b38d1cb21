"""The desktop app as a user meets it, offscreen: ``python -m benchmarks.app``.

Per size, in its own process (so memory is per size):

- **open**: from opening a ``.kvmap`` file in the running app (``FileHandler.open_path``,
  as File > Open does, with its progress window for a big file; the view fits the new map
  itself) until the view has painted
  the new map (its own paint event, seen by an event filter) and the findings of its first
  analysis are in the Findings panel, whichever comes last,
  divided by ``load`` + ``analyse`` of the same file in the same process (targets: ≤ 1.5 at
  2,000 actors, ≤ 2 at 10,000); in wall-clock time (``open_ratio``) and in the process's CPU
  time (``open_ratio_cpu``: every thread, so the worker's analysis counts; on a shared,
  loaded machine the wall clock says little); and in CPU time divided by the same baseline
  in a new process whose imports and one small analysis are done, as the app's were before
  the open (``open_ratio_cpu_cold``: the map's names and texts not yet cached there);
- **edit**: from one edit through the document controller (an actor's influence) until the
  new findings are in the Findings panel, minus the analysis time alone (target: ≤ 30 ms at
  200 actors); the median of several edits;
- **memory**: the peak resident memory of the process after opening (target: ≤ 500 MB at
  10,000 actors; also the memory now before and after the open), taken before the baseline
  runs (which then runs in the same process, after
  the app: its imports and caches are warm, so the ratio is if anything too high).

Examples::

    python -m benchmarks.app --sizes 200,2000,10000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["main", "measure", "write_synthetic"]

ROOT = Path(__file__).resolve().parent.parent


def write_synthetic(size: int, path: Path, seed: int) -> None:
    """The benchmark generator's map of ``size`` actors written to ``path`` by another
    process, so this one has not built a map of that size before the app opens it."""
    subprocess.run(
        [sys.executable, "-m", "benchmarks.generate", str(size), str(path), "--seed", str(seed)],
        check=True,
        cwd=ROOT,
    )


def _until(app: Any, done: Any, timeout: float = 600.0) -> None:
    """Process events until ``done()`` or the timeout."""
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the app did not finish in time")
        time.sleep(0.0005)


class _PaintClock:
    """When a widget last painted (an event filter; the app paints when the loop runs, so
    the benchmark does not force a paint of its own)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        clock = self

        class Filter(QObject):
            def eventFilter(self, _obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    clock.count += 1
                    clock.last = time.perf_counter()
                    clock.times.append(clock.last)
                return False

        self.count = 0
        self.last = float("-inf")
        self.times: list[float] = []  # every paint's time
        self._widget = widget
        self._filter = Filter()
        widget.installEventFilter(self._filter)

    def remove(self) -> None:
        self._widget.removeEventFilter(self._filter)


def _rss_mb() -> float:
    """The process's resident memory now, in MB (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        return 0.0


def measure(size: int, *, seed: int, edits: int, no_child: bool = False) -> dict[str, Any]:
    """Open, edit and memory figures for a synthetic case of ``size`` actors (with the
    app's analysis process, unless ``no_child``)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QStandardPaths

    from benchmarks.generate import generate_case
    from mapper import analyse
    from models.fileformat import load
    from ui.background.analysis_process import start_shared_process
    from ui.docks import analysis_runner
    from ui.safety.gc_guard import collect_on_gui_thread
    from ui.window.app import _create_window, ensure_app

    QStandardPaths.setTestModeEnabled(True)  # never touch the user's settings
    app = ensure_app()
    # the app's own collection, as run_gui installs it: none automatic, the GUI thread's
    # timer collects. Without it the worker's analysis collected as soon as the open's
    # build (collector off) was over: a faster build cost the analysis 0.15 s (17th pass)
    collector = collect_on_gui_thread(app)
    out: dict[str, Any] = {"actors": size}
    with tempfile.TemporaryDirectory(prefix="kv-app-") as tmp:
        path = Path(tmp) / f"synthetic-{size}.kvmap"
        # written by another process: a user's app has not built a map of this size first
        # (its leftovers were 6 MB of this process's memory at 10,000 actors)
        write_synthetic(size, path, seed)
        analyse(generate_case(60, seed=seed))  # imports and first-call costs out of the way
        # the app is running (on its start case); the user opens the file
        for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            # the recent files and the last file of this run stay in its own folder
            QSettings.setPath(form, QSettings.Scope.UserScope, tmp)
        window, _ = _create_window(None, "en", True)  # on the example, not a last file
        window.resize(1600, 1000)
        window.show()
        runner = analysis_runner(window)
        assert runner is not None
        # the app starts its analysis process once the window shows (ui.window.app.run_gui);
        # it is warm long before a user has chosen a file
        child = None if no_child else start_shared_process()
        _until(app, lambda: runner.latest is not None and (child is None or child.ready))
        first = runner.latest
        answers: list[Any] = []
        if child is not None:
            child.answered.connect(answers.append)
        paints = _PaintClock(window.view.viewport())
        built = [float("inf")]  # when the new map's items were built (the last slot called)
        window.controller.case_replaced.connect(lambda _case: built.append(time.perf_counter()))
        found = [float("inf")]  # when the new map's findings were published
        runner.updated.connect(lambda _result: found.append(time.perf_counter()))
        start, cpu, gui = time.perf_counter(), time.process_time(), time.thread_time()
        out["rss_before_open_mb"] = _rss_mb()  # the window on its start case
        if not window.files.open_path(path, ask=False):  # as File > Open, with its progress
            raise RuntimeError(f"{path} did not open")
        opened = time.perf_counter()
        # (latest is None while the new map's analysis is made: the old one is dropped)
        _until(app, lambda: runner.latest is not None and runner.latest is not first)
        app.processEvents()  # the Findings panel takes the result; pending repaints happen
        _until(app, lambda: paints.last > built[-1])  # the view drew the new map
        out["map_s"] = min(t for t in paints.times if t > built[-1]) - start  # the map shown
        out["findings_s"] = found[-1] - start  # its findings in the panel
        out["open_s"] = time.perf_counter() - start
        out["open_cpu_s"] = time.process_time() - cpu
        out["open_gui_cpu_s"] = time.thread_time() - gui  # the GUI thread's part of it
        if child is not None:  # the analysis process's CPU for the open counts too
            used = bool(answers) and answers[-1].analysis is runner.latest
            out["child_used"] = used
            out["open_cpu_s"] += sum(a.cpu_s for a in answers)
            out["child_cpu_s"] = sum(a.cpu_s for a in answers)
            if answers:
                out["child_pickle_bytes"] = answers[-1].pickled_bytes
                out["child_unpickle_s"] = answers[-1].unpickle_s
            out["child_peak_rss_mb"] = child.peak_rss_mb
            out["child_warm_cpu_s"] = child.warm_cpu_s  # its start, before the open
        out["open_parts_s"] = {"read_and_scene": opened - start, "paints": paints.count}
        paints.remove()
        # the app's peak, before the baseline below adds its own
        out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        out["rss_after_open_mb"] = _rss_mb()
        collector.stop()  # the baselines collect as plain Python does
        # the baseline, in the same process, after the app (warm: a conservative ratio)
        start, cpu = time.perf_counter(), time.process_time()
        case = load(path)
        out["load_s"] = time.perf_counter() - start
        out["load_cpu_s"] = time.process_time() - cpu
        start, cpu = time.perf_counter(), time.process_time()
        analyse(case)
        out["analysis_s"] = time.perf_counter() - start
        out["analysis_cpu_s"] = time.process_time() - cpu
        del case
        out["open_ratio"] = out["open_s"] / (out["load_s"] + out["analysis_s"])
        out["open_ratio_cpu"] = out["open_cpu_s"] / (out["load_cpu_s"] + out["analysis_cpu_s"])
        # the same baseline in a process of its own, as the app's was before the open: its
        # imports and one small analysis done, this map never analysed (the names and texts
        # of a map the process analysed before are cached: 0.2-0.3 s of 1.5 at 2,000)
        cold = _cold_baseline(path, seed)
        out.update({f"cold_{k}": v for k, v in cold.items()})
        out["open_ratio_cpu_cold"] = out["open_cpu_s"] / (
            cold["load_cpu_s"] + cold["analysis_cpu_s"]
        )
        out.update(_edits(app, window, runner, edits))
        runner.shutdown()
        if child is not None:
            child.stop()  # as at the app's quit
        window.controller.undo_stack.setClean()
        window.close()
        window.deleteLater()
        app.processEvents()
    return out


def _cold_baseline(path: Path, seed: int) -> dict[str, float]:
    """``load`` + ``analyse`` of ``path`` in a new process after its imports and one small
    analysis (what the app had done before the user opened the map)."""
    command = [sys.executable, "-m", "benchmarks.app", "--baseline", str(path), "--seed", str(seed)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
    line = [x for x in done.stdout.splitlines() if x.startswith("@@RESULT@@")][-1]
    result: dict[str, float] = json.loads(line[len("@@RESULT@@") :])
    return result


def _baseline(path: Path, seed: int) -> dict[str, float]:
    """See :func:`_cold_baseline` (run in that process)."""
    from benchmarks.generate import generate_case
    from mapper import analyse
    from models.fileformat import load

    analyse(generate_case(60, seed=seed))  # imports and first-call costs, as the app's
    out = {}
    start, cpu = time.perf_counter(), time.process_time()
    case = load(path)
    out["load_s"], out["load_cpu_s"] = time.perf_counter() - start, time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    analyse(case)
    out["analysis_s"] = time.perf_counter() - start
    out["analysis_cpu_s"] = time.process_time() - cpu
    return out


def _edits(app: Any, window: Any, runner: Any, count: int) -> dict[str, Any]:
    """Edit-to-findings latency minus the analysis time of that edit, median of ``count``."""
    from mapper import analyse

    ctl = window.controller
    actor = ctl.case.actors[len(ctl.case.actors) // 2]
    extra: list[float] = []
    latency: list[float] = []
    analysis: list[float] = []
    for i in range(count):
        before = runner.latest
        start = time.perf_counter()
        ctl.set_field(actor.id, "influence", (actor.influence + 1 + i) % 6)
        _until(app, lambda b=before: runner.latest is not b)
        app.processEvents()  # the Findings panel takes the result
        took = time.perf_counter() - start
        start = time.perf_counter()
        analyse(ctl.case, practice=ctl.practice)
        alone = time.perf_counter() - start
        latency.append(took)
        analysis.append(alone)
        extra.append(took - alone)
    return {
        "edit_to_findings_s": statistics.median(latency),
        "edit_analysis_s": statistics.median(analysis),
        "edit_extra_s": statistics.median(extra),
    }


def main(argv: list[str] | None = None) -> int:
    """Measure each size in its own process; print a table and write JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.app", description=__doc__)
    parser.add_argument("--sizes", default="200,2000,10000")
    parser.add_argument("--edits", type=int, default=7, help="edits timed per size (median)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/app.json"))
    parser.add_argument(
        "--no-child", action="store_true", help="without the analysis process (as before)"
    )
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.baseline is not None:
        print("@@RESULT@@" + json.dumps(_baseline(args.baseline, args.seed)), flush=True)
        return 0
    if args.worker is not None:
        result = measure(args.worker, seed=args.seed, edits=args.edits, no_child=args.no_child)
        print("@@RESULT@@" + json.dumps(result), flush=True)
        return 0
    from benchmarks.run import machine

    results: dict[str, Any] = {}
    for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
        command = [
            sys.executable,
            "-m",
            "benchmarks.app",
            "--worker",
            str(size),
            "--edits",
            str(args.edits),
            "--seed",
            str(args.seed),
            *(["--no-child"] if args.no_child else []),
        ]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        done = subprocess.run(
            command, capture_output=True, text=True, cwd=ROOT, env=env, check=False
        )
        lines = [x for x in done.stdout.splitlines() if x.startswith("@@RESULT@@")]
        if lines:
            results[str(size)] = json.loads(lines[-1][len("@@RESULT@@") :])
        else:
            sys.stderr.write(done.stderr[-3000:])
            results[str(size)] = {"error": f"worker exited with {done.returncode}"}
        print(f"{size:>6} actors: {results[str(size)]}", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {"machine": machine(), "sizes": results}
    args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"written: {args.out}")
    return 0 if all("error" not in r for r in results.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
