"""The benchmark harness: ``python -m benchmarks.run [--sizes 50,200,1000] [--out FILE]``.

Each size runs in its own process (so peak memory is per size): a synthetic case is
generated and saved, then we time open + validate, the full analysis and each check, a
re-analysis after one edit, every layout, building the scene, one repaint of the whole view,
PNG and Excel export and save; then the baselines a user would reach for on the same graph
(networkx betweenness and spring layout, Graphviz sfdp and dot, json.load). A table is
printed and everything is written as JSON, with our time / baseline ratios.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.baselines import Limits

__all__ = ["RATIOS", "machine", "main", "measure"]

DEFAULT_SIZES = (50, 200, 1_000)

#: (our timing, baseline timing) pairs reported as ratios
RATIOS: tuple[tuple[str, str], ...] = (
    ("open+validate", "json.load"),
    ("analysis", "nx.betweenness exact"),
    ("analysis", "nx.betweenness k=500"),
    ("layout.force", "graphviz sfdp"),
    ("layout.force", "graphviz sfdp+overlap"),
    ("layout.force", "nx.spring_layout"),
    ("layout.hierarchy", "graphviz dot"),
)


def machine() -> dict[str, Any]:
    """The machine the figures come from."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gb = None
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory_gb = round(pages / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


def measure(
    size: int,
    *,
    seed: int,
    quick: bool,
    gui: bool,
    repeat: int,
    analysis: bool = True,
    limits: Limits | None = None,
) -> dict[str, Any]:
    """All timings for one size (runs in the current process)."""
    from benchmarks.baselines import run_baselines
    from benchmarks.generate import generate_case
    from benchmarks.steps import run_ours
    from benchmarks.timing import Recorder
    from models.fileformat import save

    rec = Recorder(verbose=True)
    with tempfile.TemporaryDirectory(prefix="kv-bench-") as tmp:
        work = Path(tmp)
        case = rec.time("generate", lambda: generate_case(size, seed=seed))
        path = work / f"synthetic-{size}.kvmap"
        save(case, path, backup=False)
        file_bytes = path.stat().st_size
        opened = run_ours(path, rec, work, repeat=repeat, gui=gui, analysis=analysis)
        peak_ours = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        run_baselines(
            opened, path, rec, work, quick=quick, limits=limits or Limits(), repeat=repeat
        )
    ratios = _ratios(rec.timings)
    return {
        "actors": len(case.actors),
        "relationships": len(case.relationships),
        "mandates": len(case.mandates),
        "needs": len(case.needs),
        "file_bytes": file_bytes,
        "timings": rec.timings,
        "ratios": ratios,
        "peak_rss_mb": round(peak_ours, 1),
        "notes": rec.notes,
    }


def _ratios(timings: dict[str, float]) -> dict[str, float]:
    return {
        f"{ours} / {base}": timings[ours] / timings[base]
        for ours, base in RATIOS
        if ours in timings and 0 < timings.get(base, 0) < float("inf")
    }


def _limits(args: argparse.Namespace) -> Limits:
    return Limits(
        exact_betweenness=args.exact_max,
        spring=args.spring_max,
        dot=args.dot_max,
        dot_timeout=args.dot_timeout,
    )


def _worker(args: argparse.Namespace) -> int:
    result = measure(
        args.worker,
        seed=args.seed,
        quick=args.quick,
        gui=not args.no_gui,
        repeat=args.repeat,
        analysis=not args.no_analysis,
        limits=_limits(args),
    )
    print("@@RESULT@@" + json.dumps(result), flush=True)
    return 0


def _run_size(size: int, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.run", "--worker", str(size)]
    command += ["--seed", str(args.seed), "--repeat", str(args.repeat)]
    command += ["--quick"] if args.quick else []
    command += ["--no-gui"] if args.no_gui else []
    command += ["--no-analysis"] if args.no_analysis else []
    command += ["--exact-max", str(args.exact_max), "--spring-max", str(args.spring_max)]
    command += ["--dot-max", str(args.dot_max), "--dot-timeout", str(args.dot_timeout)]
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=root, check=False)
    sys.stderr.write(done.stderr[-4000:] if done.returncode else "")
    partial: dict[str, float] = {}
    for line in done.stdout.splitlines():
        if line.startswith("@@RESULT@@"):
            result: dict[str, Any] = json.loads(line[len("@@RESULT@@") :])
            return result
        print(line, flush=True)
        parts = line.rsplit(None, 2)
        if len(parts) == 3 and parts[2] == "s":
            with contextlib.suppress(ValueError):
                partial[parts[0].strip()] = float(parts[1])
    # the worker died (e.g. a crash inside Qt): keep what it measured before
    return {
        "error": f"worker exited with {done.returncode}",
        "stderr": done.stderr[-2000:],
        "timings": partial,
        "ratios": _ratios(partial),
    }


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if value == float("inf"):
        return "timeout"
    if value < 0.1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def table(results: dict[str, dict[str, Any]]) -> str:
    """A plain-text table: one row per operation, one column per size."""
    sizes = list(results)
    names: list[str] = []
    for res in results.values():
        for name in res.get("timings", {}):
            if name not in names:
                names.append(name)
    width = max([len(n) for n in names] + [28])
    head = "operation".ljust(width) + "".join(f"{s + ' actors':>16}" for s in sizes)
    lines = [head, "-" * len(head)]
    for name in names:
        cells = [_fmt(results[s].get("timings", {}).get(name)) for s in sizes]
        lines.append(name.ljust(width) + "".join(f"{c:>16}" for c in cells))
    lines.append(
        "peak memory (ours)".ljust(width)
        + "".join(f"{str(results[s].get('peak_rss_mb', '-')) + ' MB':>16}" for s in sizes)
    )
    ratio_names: list[str] = []
    for res in results.values():
        ratio_names += [r for r in res.get("ratios", {}) if r not in ratio_names]
    if ratio_names:
        lines += ["", "ours / baseline".ljust(width) + "".join(f"{s:>16}" for s in sizes)]
        for name in ratio_names:
            cells = [results[s].get("ratios", {}).get(name) for s in sizes]
            lines.append(
                name.ljust(width)
                + "".join(f"{'-' if c is None else f'{c:.2f}':>16}" for c in cells)
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the harness; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        help="comma-separated actor counts (default %(default)s; also 2000, 5000, 10000, 20000)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("benchmarks/results/latest.json"),
        help="JSON file to write (default %(default)s)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="one run each, skip the slow baselines above 200 actors",
    )
    parser.add_argument("--no-gui", action="store_true", help="skip scene, repaint and exports")
    parser.add_argument("--no-analysis", action="store_true", help="skip the analysis")
    parser.add_argument(
        "--exact-max",
        type=int,
        default=Limits.exact_betweenness,
        help="largest size for exact betweenness (default %(default)s)",
    )
    parser.add_argument(
        "--spring-max",
        type=int,
        default=Limits.spring,
        help="largest size for nx.spring_layout (default %(default)s)",
    )
    parser.add_argument(
        "--dot-max",
        type=int,
        default=Limits.dot,
        help="largest size for Graphviz dot (default %(default)s)",
    )
    parser.add_argument(
        "--dot-timeout",
        type=float,
        default=Limits.dot_timeout,
        help="seconds before dot is stopped (default %(default)s)",
    )
    parser.add_argument("--repeat", type=int, default=1, help="best of N for fast steps")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        return _worker(args)
    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes: expected numbers separated by commas, got {args.sizes!r}")
    results: dict[str, dict[str, Any]] = {}
    for size in sizes:
        print(f"== {size} actors", flush=True)
        results[str(size)] = _run_size(size, args)
    report = {
        "machine": machine(),
        "command": "python -m benchmarks.run " + " ".join(argv or sys.argv[1:]),
        "seed": args.seed,
        "quick": args.quick,
        "sizes": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print()
    print(table(results))
    print(f"\nmachine: {report['machine']}")
    print(f"written: {args.out}")
    return 0 if all("error" not in r for r in results.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
