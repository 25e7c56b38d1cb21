"""The casebook's benchmark (issue 16): a cold and a warm run over generated case maps.

Generates ``--cases`` maps of 20–200 actors with :func:`benchmarks.generate.generate_case`
(deterministic by seed), then measures, in this one run:

- **baseline**: the sum of single-case analyses (:func:`mapper.analysis.analyse` of each map,
  in this process, one after the other), divided by the processes the casebook uses; also
  the sum of the casebook's own per-case work (read, anonymise, analyse, reduce);
- **cold**: :func:`exports.casebook.run_casebook` without an index (every map analysed, in
  ``--workers`` processes);
- **warm**: the same folder again (every map read and hashed, none analysed).

Targets: cold ≤ 1.2 × baseline, warm ≤ 0.05 × cold. Every sum is also taken in CPU time
(``*_cpu_s``; the cold run's is the CPU time of the parent and its worker processes): on a loaded
machine the wall time of two workers says more about the load than about the casebook, while
the cold run's CPU time over the analyses' CPU time is its ratio on an idle machine whose two
processes run in parallel. ``before``: the casebook's per-case work as it was up to the 3
December cut (:func:`_before`: the whole map anonymised, analysed with its words, the routes
built again for the record), measured in the same run. Also reported: the baseline with each map's
loading (read, parse, check: what ``krachtenveld analyse FILE`` does besides starting), and the
casebook's own per-case work over the bare analysis (its cost per case before any process or
index overhead). The machine's load is recorded with the
figures (on a shared machine the ratios, measured in the same run, are what count).

Usage::

    python -m benchmarks.casebook --cases 1000 --out docs/benchmark-results/casebook.json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.generate import generate_case
from exports.anonymise import anonymise
from exports.casebook import INDEX_NAME, run_casebook
from exports.casebook.worker import analyse_file
from mapper.analysis import analyse
from mapper.casebook import case_record, cause_keys
from mapper.timeline import case_at
from models import fileformat

__all__ = ["main", "sizes"]


def sizes(count: int, low: int = 20, high: int = 200) -> list[int]:
    """Actor counts for ``count`` cases, spread evenly over ``low``–``high``.

    >>> sizes(3)
    [20, 110, 200]
    """
    if count == 1:
        return [low]
    return [low + round(i * (high - low) / (count - 1)) for i in range(count)]


def _load() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:  # not on this platform
        return []


def _before(path: Path) -> dict[str, Any]:
    """The casebook's per-case work before the 3 December cut, for comparison: anonymise the
    whole map and its snapshots, analyse it with its words, build the routes again."""
    case = fileformat.reads(path.read_bytes(), path.name).case
    anon = anonymise(case, "nl")
    trend = [
        (snap.date.isoformat(), cause_keys(analyse(then := case_at(anon, snap.id)), then))
        for snap in anon.timeline.snapshots
    ]
    return case_record(anon, analyse(anon), trend).to_dict()


def _cpu() -> float:
    """CPU time of this process and of its finished child processes."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--folder", type=Path, default=None, help="keep the maps here")
    parser.add_argument("--out", type=Path, default=None, help="write the figures as JSON")
    args = parser.parse_args(argv)
    folder = args.folder or Path(tempfile.mkdtemp(prefix="casebook-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, n in enumerate(sizes(args.cases)):
        path = folder / f"casus-{i:04d}.kvmap"
        if not path.exists():
            fileformat.save(generate_case(n, seed=i), path, backup=False)
        paths.append(path)
    (folder / INDEX_NAME).unlink(missing_ok=True)
    load_before = _load()
    analysis = loading = own = before = 0.0
    cpu = dict.fromkeys(("analysis", "loading", "own", "before"), 0.0)
    for path in paths:
        start, clock = time.perf_counter(), time.process_time()
        case = fileformat.load(path)
        loading += time.perf_counter() - start
        cpu["loading"] += time.process_time() - clock
        start, clock = time.perf_counter(), time.process_time()
        analyse(case)
        analysis += time.perf_counter() - start
        cpu["analysis"] += time.process_time() - clock
        start, clock = time.perf_counter(), time.process_time()
        analyse_file(str(path), path.name, "nl")
        own += time.perf_counter() - start
        cpu["own"] += time.process_time() - clock
        start, clock = time.perf_counter(), time.process_time()
        _before(path)
        before += time.perf_counter() - start
        cpu["before"] += time.process_time() - clock
    start, clock = time.perf_counter(), _cpu()
    cold = run_casebook(folder, "nl", workers=args.workers)
    cold_s = time.perf_counter() - start
    cold_cpu = _cpu() - clock
    start = time.perf_counter()
    warm = run_casebook(folder, "nl", workers=args.workers)
    warm_s = time.perf_counter() - start
    baseline = analysis / args.workers
    # what `krachtenveld analyse FILE` does per case, without starting the program: load the
    # map (read, parse, check) and analyse it
    with_loading = (analysis + loading) / args.workers
    figures: dict[str, Any] = {
        "cases": args.cases,
        "workers": args.workers,
        "cores": os.cpu_count(),
        "load_before": load_before,
        "load_after": _load(),
        "sum_single_analyses_s": round(analysis, 2),
        "sum_casebook_per_case_s": round(own, 2),
        "sum_single_loads_s": round(loading, 2),
        "sum_casebook_per_case_before_s": round(before, 2),
        "sum_single_analyses_cpu_s": round(cpu["analysis"], 2),
        "sum_casebook_per_case_cpu_s": round(cpu["own"], 2),
        "sum_casebook_per_case_before_cpu_s": round(cpu["before"], 2),
        "sum_single_loads_cpu_s": round(cpu["loading"], 2),
        "cold_cpu_s": round(cold_cpu, 2),
        "baseline_s": round(baseline, 2),
        "baseline_with_loading_s": round(with_loading, 2),
        "cold_s": round(cold_s, 2),
        "warm_s": round(warm_s, 2),
        "cold_over_baseline": round(cold_s / baseline, 3),
        "cold_over_baseline_with_loading": round(cold_s / with_loading, 3),
        "own_over_analysis": round(own / analysis, 3),
        "own_before_over_analysis": round(before / analysis, 3),
        "own_over_analysis_cpu": round(cpu["own"] / cpu["analysis"], 3),
        "own_before_over_analysis_cpu": round(cpu["before"] / cpu["analysis"], 3),
        # the cold run's ratio on an idle machine whose processes run in parallel
        "cold_cpu_over_analyses_cpu": round(cold_cpu / cpu["analysis"], 3),
        "cold_cpu_over_analyses_with_loading_cpu": round(
            cold_cpu / (cpu["analysis"] + cpu["loading"]), 3
        ),
        "warm_over_cold": round(warm_s / cold_s, 4),
        "cold_analysed": cold.analysed,
        "warm_analysed": warm.analysed,
        "warm_reused": warm.reused,
        "recurring_causes": sum(1 for r in cold.book.recurring if len(r.cases) >= 2),
    }
    print(json.dumps(figures, indent=2))
    if args.out is not None:
        args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    if args.folder is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
