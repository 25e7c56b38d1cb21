"""What a user would otherwise run on the same graph: networkx, Graphviz, json.load."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.timing import Recorder
from models import Case

__all__ = ["Limits", "run_baselines"]


@dataclass(frozen=True)
class Limits:
    """Largest sizes for the slow baselines (they grow quadratically or worse)."""

    exact_betweenness: int = 2_000
    spring: int = 2_000
    dot: int = 1_000
    timeout: float = 600.0  # seconds for one sfdp run
    dot_timeout: float = 60.0


def _ties(case: Case) -> object:
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(case.actors.ids())
    graph.add_edges_from((r.source, r.target) for r in case.relationships)
    graph.add_edges_from((m.grantor, m.holder) for m in case.mandates)
    return graph


def _dot_file(case: Case, work: Path, directed: bool) -> Path:
    from mapper.layout._common import graph_arrays
    from mapper.layout.graphviz import graphviz_dot_text

    g = graph_arrays(case)
    if directed:  # every tie, as a user exporting the map to DOT would lay it out
        src, dst = g.src, g.dst
    else:
        src, dst, _ = g.undirected()
    path = work / ("hierarchy.dot" if directed else "graph.dot")
    path.write_text(graphviz_dot_text(g.n, src, dst, directed=directed), encoding="utf-8")
    return path


def _graphviz(
    program: str,
    dot_file: Path,
    timeout: float,
    rec: Recorder,
    name: str,
    extra: tuple[str, ...] = (),
    repeat: int = 1,
) -> None:
    exe = shutil.which(program)
    if exe is None:
        rec.skip(name, f"Graphviz {program} is not installed")
        return
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        try:
            subprocess.run(
                [exe, *extra, "-Tplain", str(dot_file)],
                capture_output=True,
                timeout=timeout,
                check=True,
            )
        except subprocess.TimeoutExpired:
            rec.timings[name] = float("inf")
            rec.skip(name, f"did not finish in {timeout:.0f} s")
            return
        except subprocess.CalledProcessError as exc:
            rec.skip(name, f"failed with exit code {exc.returncode}")
            return
        best = min(best, time.perf_counter() - start)
    rec.timings[name] = best
    if rec.verbose:
        print(f"  {name:<28} {rec.timings[name]:9.4f} s", flush=True)


def run_baselines(
    case: Case,
    path: Path,
    rec: Recorder,
    work: Path,
    *,
    quick: bool,
    limits: Limits,
    repeat: int = 1,
) -> None:
    """Time the peers on the same case (graph built from every relationship and mandate).

    ``repeat`` (best of) applies to the fast baselines: json.load and sfdp.
    """
    import networkx as nx

    n = len(case.actors)
    rec.time("json.load", lambda: json.loads(path.read_bytes()), repeat)
    graph = _ties(case)
    if n <= limits.exact_betweenness and not (quick and n > 200):
        rec.time("nx.betweenness exact", lambda: nx.betweenness_centrality(graph))
    else:
        rec.skip("nx.betweenness exact", f"above {limits.exact_betweenness} actors or --quick")
    if n >= 5_000 or (n > 500 and not quick):
        k = min(500, n)
        rec.time("nx.betweenness k=500", lambda: nx.betweenness_centrality(graph, k=k, seed=0))
    if n <= limits.spring and not (quick and n > 200):
        rec.time("nx.spring_layout", lambda: nx.spring_layout(graph, seed=0))
    else:
        rec.skip("nx.spring_layout", f"above {limits.spring} actors or --quick")
    graph_file = _dot_file(case, work, False)
    _graphviz("sfdp", graph_file, limits.timeout, rec, "graphviz sfdp", (), repeat)
    # like for like: our force layout also removes overlaps
    overlap = ("-Goverlap=prism",)
    _graphviz("sfdp", graph_file, limits.timeout, rec, "graphviz sfdp+overlap", overlap, repeat)
    if n <= limits.dot:
        _graphviz("dot", _dot_file(case, work, True), limits.dot_timeout, rec, "graphviz dot")
    else:
        rec.skip("graphviz dot", f"above {limits.dot} actors (dot does not finish in minutes)")
