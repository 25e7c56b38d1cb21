"""Structures, end to end, model operations: ``python -m benchmarks.stress``.

Three parts, each reported as ratios against a baseline measured in the same run:

- ``structures`` (default): for every map structure of :mod:`benchmarks.structures` at each
  size, the full analysis time and the size of ``analyse --format json`` divided by the same
  for the synthetic case of that size (targets: ≤ 1.5 and ≤ 2);
- ``end-to-end``: ``krachtenveld layout FILE --method M --out F`` as a user runs it (start,
  load, layout, save) against Graphviz ``sfdp`` on the same graph (start, parse, layout,
  write), and ``krachtenveld validate`` against ``python -c 'json.load(...)'`` (process
  start + json.load), on the synthetic case;
- ``model``: the whole-map model operations the app uses (set positions, undo a layout,
  remove half the actors and undo, paste a copy of the whole map and undo, replace the
  case), each divided by ``json.load`` of the same file;
- ``memory``: the peak resident memory of a fresh process reading the synthetic case and
  then analysing it (no window), and what the analysis leaves for the cycle collector.

Each size runs in its own process. Examples::

    python -m benchmarks.stress --sizes 1000,5000,10000
    python -m benchmarks.stress --part end-to-end --sizes 2000,10000
    python -m benchmarks.stress --part model --sizes 10000
    python -m benchmarks.stress --part memory --sizes 2000,10000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.timing import Recorder

__all__ = ["layout_command", "main"]

PARTS = ("structures", "end-to-end", "model", "memory")
ROOT = Path(__file__).resolve().parent.parent


def _analysis_json_bytes(result: Any) -> int:
    """The size of what ``krachtenveld analyse --format json`` prints for ``result``."""
    from mapper.report import to_data

    text = json.dumps(to_data(result, "en"), ensure_ascii=False, indent=2) + "\n"
    return len(text.encode("utf-8"))


def structures(size: int, *, seed: int, repeat: int, only: list[str] | None) -> dict[str, Any]:
    """Analysis time, JSON size and the CPU time of reading the map's file per structure, with
    ratios to the synthetic case."""
    from benchmarks.structures import STRUCTURES, build
    from mapper import analyse
    from models.fileformat import dumps, reads

    names = ["synthetic", *(only or STRUCTURES)]
    analyse(build("synthetic", 60, seed=seed))  # imports and first-call costs out of the way
    rec = Recorder(verbose=True)
    out: dict[str, Any] = {}
    for name in names:
        case = build(name, size, seed=seed)
        result = rec.time(f"{name}.analysis", lambda c=case: analyse(c), repeat)  # type: ignore[misc]
        text = dumps(case)  # the map as its file: reading it, with any snapshots (F1)
        rec.time(f"{name}.read", lambda t=text: reads(t), repeat)  # type: ignore[misc]
        out[name] = {
            "actors": len(case.actors),
            "ties": len(case.relationships) + len(case.mandates),
            "needs": len(case.needs),
            "findings": len(result.findings),
            "analysis_s": rec.timings[f"{name}.analysis"],
            "analysis_cpu_s": rec.cpu[f"{name}.analysis"],
            "json_bytes": _analysis_json_bytes(result),
            "read_cpu_s": rec.cpu[f"{name}.read"],
        }
        del result, case, text
    base = out["synthetic"]
    for row in out.values():
        row["analysis_ratio"] = row["analysis_s"] / base["analysis_s"]
        row["analysis_cpu_ratio"] = row["analysis_cpu_s"] / base["analysis_cpu_s"]
        row["json_ratio"] = row["json_bytes"] / base["json_bytes"]
        row["read_ratio"] = row["read_cpu_s"] / max(base["read_cpu_s"], 1e-9)
    return out


def _process(command: list[str], repeat: int, timeout: float = 900.0) -> tuple[float, float]:
    """Best wall time and best CPU time (user + system of the process and its children) of
    ``repeat`` runs of ``command`` (must succeed), after one uncounted run, with byte code
    cached as an installed program has it: with ``PYTHONDONTWRITEBYTECODE`` (set on the build
    machine) every run compiled the modules it imports, a quarter of a 2,000-actor `layout`
    (as :mod:`benchmarks.ab` already measured)."""
    best = best_cpu = float("inf")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(command, check=True, capture_output=True, timeout=timeout, env=env)
    for _ in range(max(1, repeat)):
        before = _children_cpu()
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, timeout=timeout, env=env)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, _children_cpu() - before)
    return best, best_cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# issue 14's end-to-end targets, on CPU time (the shared machine's wall clock swings by half)
TARGETS: dict[str, float] = {
    "validate / json.load (CPU)": 2.0,
    "layout force / sfdp (CPU)": 1.0,
    **{f"layout {m} / sfdp (CPU)": 2.0 for m in ("hierarchy", "spheres", "grid", "circle")},
}


def missed(ratios: dict[str, float]) -> list[str]:
    """The targets of :data:`TARGETS` that ``ratios`` do not meet, said with both numbers.

    >>> missed({"validate / json.load (CPU)": 5.1, "layout force / sfdp (CPU)": 0.8})
    ['validate / json.load (CPU) is 5.10, above the target 2.0']
    """
    return [
        f"{name} is {ratios[name]:.2f}, above the target {limit}"
        for name, limit in TARGETS.items()
        if name in ratios and ratios[name] > limit
    ]


def layout_command(cli: list[str], path: Path, method: str, out: Path) -> list[str]:
    """``krachtenveld layout PATH --method METHOD --out OUT --force``: ``--force``, as each
    repeated run replaces the map the run before wrote (without it the command refuses to
    overwrite another map, and every run after the first ended with exit 2)."""
    return [*cli, "layout", str(path), "--method", method, "--out", str(out), "--force"]


def end_to_end(size: int, *, seed: int, repeat: int) -> dict[str, Any]:
    """Commands as users run them, against sfdp and json.load processes on the same graph."""
    from benchmarks.baselines import _dot_file
    from benchmarks.generate import generate_case
    from models.fileformat import save

    cli = [sys.executable, str(ROOT / "main.py")]
    timings: dict[str, float] = {}
    cpu: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="kv-e2e-") as tmp:
        work = Path(tmp)
        path = work / f"synthetic-{size}.kvmap"
        case = generate_case(size, seed=seed)
        save(case, path, backup=False)
        dot = _dot_file(case, work, False)
        sfdp = shutil.which("sfdp")
        if sfdp is not None:
            timings["sfdp"], cpu["sfdp"] = _process(
                [sfdp, "-Tplain", "-o", str(work / "out.plain"), str(dot)], repeat
            )
        load = f"import json; json.load(open({str(path)!r}, encoding='utf-8'))"
        timings["python json.load"], cpu["python json.load"] = _process(
            [sys.executable, "-c", load], repeat
        )
        timings["validate"], cpu["validate"] = _process([*cli, "validate", str(path)], repeat)
        for method in ("force", "hierarchy", "spheres", "grid", "circle"):
            command = layout_command(cli, path, method, work / f"{method}.kvmap")
            timings[f"layout {method}"], cpu[f"layout {method}"] = _process(command, repeat)
            print(f"  layout {method:<10} {timings[f'layout {method}']:8.2f} s", flush=True)
    ratios = {"validate / json.load": timings["validate"] / timings["python json.load"]}
    ratios["validate / json.load (CPU)"] = cpu["validate"] / cpu["python json.load"]
    if "sfdp" in timings:
        for method in ("force", "hierarchy", "spheres", "grid", "circle"):
            ratios[f"layout {method} / sfdp"] = timings[f"layout {method}"] / timings["sfdp"]
            ratios[f"layout {method} / sfdp (CPU)"] = cpu[f"layout {method}"] / cpu["sfdp"]
    for name in ("validate / json.load", "validate / json.load (CPU)"):
        print(f"  {name:<34} {ratios[name]:9.2f}", flush=True)
    return {"timings": timings, "cpu": cpu, "ratios": ratios, "missed": missed(ratios)}


def model_operations(size: int, *, seed: int, repeat: int) -> dict[str, Any]:
    """Whole-map edits through the document controller (as the app runs them)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from benchmarks.generate import generate_case
    from models import Position
    from models.fileformat import load, save
    from ui.canvas.clipboard import fragment_text, paste_entities
    from ui.document.controller import DocumentController

    app = QCoreApplication.instance() or QCoreApplication([])
    rec = Recorder(verbose=True)
    with tempfile.TemporaryDirectory(prefix="kv-model-") as tmp:
        path = Path(tmp) / "case.kvmap"
        save(generate_case(size, seed=seed), path, backup=False)
        rec.time("json.load", lambda: json.loads(path.read_bytes()), repeat)
        case = load(path)
    ctl = DocumentController(case)
    ids = case.actors.ids()
    moved = {a: Position(float(i), 1.0) for i, a in enumerate(ids)}

    def layout_and_undo() -> None:
        ctl.set_positions({a: Position(p.x + 1, p.y) for a, p in moved.items()})
        ctl.undo_stack.undo()

    rec.time("set positions (layout)", lambda: ctl.set_positions(moved), 1)
    rec.time("layout + undo", layout_and_undo, repeat)

    def remove_half_and_undo() -> None:
        ctl.remove(ids[::2])
        ctl.undo_stack.undo()

    rec.time("remove half + undo", remove_half_and_undo, repeat)
    text = fragment_text(ctl.case, ids)

    def paste_all_and_undo() -> None:
        ctl.add_entities(paste_entities(ctl.case, text))
        ctl.undo_stack.undo()

    rec.time("paste whole map + undo", paste_all_and_undo, repeat)
    rec.time("replace the case", lambda: ctl.replace_case(case.copy(), None), repeat)
    del app
    base = rec.timings["json.load"]
    ratios = {f"{k} / json.load": v / base for k, v in rec.timings.items() if k != "json.load"}
    return {"timings": rec.timings, "ratios": ratios}


def _megabytes() -> tuple[float, float]:
    """Resident memory now and the process's peak so far, in MB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20, peak


def memory(size: int, *, seed: int) -> dict[str, Any]:
    """Peak memory of reading and analysing the synthetic case in this (fresh) process; the
    case is generated in another process, so its making does not count."""
    import gc

    import networkx as nx

    from mapper import analyse
    from models.fileformat import read

    with tempfile.TemporaryDirectory(prefix="kv-memory-") as tmp:
        path = Path(tmp) / f"synthetic-{size}.kvmap"
        make = (
            "import sys; from benchmarks.generate import generate_case; "
            "from models.fileformat import save; "
            "save(generate_case(int(sys.argv[1]), seed=int(sys.argv[2])), sys.argv[3], "
            "backup=False)"
        )
        subprocess.run([sys.executable, "-c", make, str(size), str(seed), str(path)], check=True)
        out: dict[str, Any] = {"imports_mb": _megabytes()[0]}
        loaded = read(path)
        out["read_mb"], out["read_peak_mb"] = _megabytes()
    # from a collected heap: what is left then is the analysis's alone, not a matter of where
    # the collector's counts stood (in the suite, after other tests, two graphs were once left)
    gc.collect()
    graphs_before = sum(isinstance(o, nx.Graph) for o in gc.get_objects())
    start = time.process_time()
    result = analyse(loaded.case)
    out["analysis_cpu_s"] = time.process_time() - start
    out["analysis_mb"], out["analysis_peak_mb"] = _megabytes()
    # graphs (and objects) the analysis left for the cycle collector, not yet collected
    out["graphs_left"] = sum(isinstance(o, nx.Graph) for o in gc.get_objects()) - graphs_before
    out["objects_left"] = gc.collect()
    out["after_collect_mb"] = _megabytes()[0]
    out["findings"] = len(result.findings)
    for key, value in out.items():
        shown = f"{value:10.2f}" if isinstance(value, float) else f"{value:>10}"
        print(f"  {key:<20} {shown}")
    return out


def _worker(args: argparse.Namespace) -> int:
    size = int(args.worker)
    if args.part == "structures":
        only = args.structures.split(",") if args.structures else None
        result: dict[str, Any] = structures(size, seed=args.seed, repeat=args.repeat, only=only)
    elif args.part == "end-to-end":
        result = end_to_end(size, seed=args.seed, repeat=args.repeat)
    elif args.part == "memory":
        result = memory(size, seed=args.seed)
    else:
        result = model_operations(size, seed=args.seed, repeat=args.repeat)
    print("@@RESULT@@" + json.dumps(result), flush=True)
    return 0


def _table(part: str, results: dict[str, dict[str, Any]]) -> str:
    lines: list[str] = []
    if part == "structures":
        sizes = list(results)
        names = list(next(iter(results.values())))
        lines.append(
            "structure".ljust(22)
            + "".join(f"{s + ' analysis CPU':>18}{'json':>8}{'read':>8}" for s in sizes)
        )
        for name in names:
            cells = ""
            for s in sizes:
                row = results[s].get(name, {})
                a, j = row.get("analysis_cpu_ratio"), row.get("json_ratio")
                r = row.get("read_ratio")
                cells += (
                    f"{'-' if a is None else f'{a:.2f}':>18}{'-' if j is None else f'{j:.2f}':>8}"
                    f"{'-' if r is None else f'{r:.2f}':>8}"
                )
            lines.append(name.ljust(22) + cells)
        return "\n".join(lines)
    if part == "memory":
        keys = list(next(iter(results.values())))
        lines.append("".ljust(22) + "".join(f"{s + ' actors':>14}" for s in results))
        for key in keys:
            values = [results[s][key] for s in results]
            lines.append(
                key.ljust(22)
                + "".join(f"{v:>14.2f}" if isinstance(v, float) else f"{v:>14}" for v in values)
            )
        return "\n".join(lines)
    for s, res in results.items():
        lines.append(f"== {s} actors")
        lines += [f"  {k:<34} {v:9.3f} s" for k, v in res.get("timings", {}).items()]
        lines += [f"  {k + ' (CPU)':<34} {v:9.3f} s" for k, v in res.get("cpu", {}).items()]
        lines += [f"  {k:<34} {v:9.2f}" for k, v in res.get("ratios", {}).items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run one part of the harness for each size, each size in its own process."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stress", description=__doc__)
    parser.add_argument("--part", choices=PARTS, default="structures")
    parser.add_argument("--sizes", default="1000,5000,10000")
    parser.add_argument("--structures", default="", help="comma-separated (default: all)")
    parser.add_argument("--repeat", type=int, default=1, help="best of N")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=None, help="JSON file to write")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        return _worker(args)
    from benchmarks.run import machine

    results: dict[str, dict[str, Any]] = {}
    for size in [s.strip() for s in args.sizes.split(",") if s.strip()]:
        print(f"== {args.part}, {size} actors", flush=True)
        command = [
            sys.executable,
            "-m",
            "benchmarks.stress",
            "--worker",
            size,
            "--part",
            args.part,
            "--repeat",
            str(args.repeat),
            "--seed",
            str(args.seed),
        ]
        if args.structures:
            command += ["--structures", args.structures]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        done = subprocess.run(
            command, capture_output=True, text=True, cwd=ROOT, env=env, check=False
        )
        for line in done.stdout.splitlines():
            if line.startswith("@@RESULT@@"):
                results[size] = json.loads(line[len("@@RESULT@@") :])
            else:
                print(line, flush=True)
        if size not in results:
            sys.stderr.write(done.stderr[-3000:])
            results[size] = {"error": f"worker exited with {done.returncode}"}
    command_line = "python -m benchmarks.stress " + " ".join(argv or sys.argv[1:])
    report = {"machine": machine(), "part": args.part, "sizes": results, "command": command_line}
    out = args.out or Path(f"benchmarks/results/stress-{args.part}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print()
    print(_table(args.part, {k: v for k, v in results.items() if "error" not in v}))
    print(f"written: {out}")
    failed = [f"{size} actors: {m}" for size, r in results.items() for m in r.get("missed", ())]
    for line in failed:  # the harness fails its own assertion on a target not met
        print(f"TARGET NOT MET: {line}")
    return 0 if all("error" not in r for r in results.values()) and not failed else 1


if __name__ == "__main__":
    raise SystemExit(main())
