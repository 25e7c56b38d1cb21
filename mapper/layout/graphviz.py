"""Graphviz as an optional helper: build DOT with pydot (opaque ids), run the program ourselves.

Node names are ``n0``, ``n1``, ... so no user text ever reaches Graphviz. Positions are read
from ``-Tplain`` output (inches, origin bottom-left) and turned into scene pixels (y down).
"""

from __future__ import annotations

import shutil
import subprocess

import numpy as np

from mapper.layout._common import NODE_H, NODE_W, FloatArray, IntArray, LayoutError
from models.os_words import start_reason

__all__ = ["graphviz_available", "graphviz_dot_text", "run_graphviz"]

POINTS_PER_INCH = 72.0


def graphviz_available(program: str = "dot") -> bool:
    """Whether the Graphviz ``program`` is on PATH."""
    return shutil.which(program) is not None


def graphviz_dot_text(
    n: int,
    src: IntArray,
    dst: IntArray,
    *,
    directed: bool = True,
    sizes: FloatArray | None = None,
) -> str:
    """DOT text for ``n`` fixed-size boxes ``n0..`` and the edges ``src -> dst``.

    ``sizes`` (n x 2 pixels) overrides the actor shape size per node.
    """
    import pydot

    graph = pydot.Dot(graph_type="digraph" if directed else "graph", strict=True)
    graph.set_graph_defaults(nodesep="0.5", ranksep="0.7", splines="false")
    graph.set_node_defaults(
        shape="box",
        fixedsize="true",
        width=f"{NODE_W / POINTS_PER_INCH:.3f}",
        height=f"{NODE_H / POINTS_PER_INCH:.3f}",
        label="",
    )
    for i in range(n):
        if sizes is None or (sizes[i, 0] == NODE_W and sizes[i, 1] == NODE_H):
            graph.add_node(pydot.Node(f"n{i}"))
        else:
            w = f"{sizes[i, 0] / POINTS_PER_INCH:.3f}"
            h = f"{sizes[i, 1] / POINTS_PER_INCH:.3f}"
            graph.add_node(pydot.Node(f"n{i}", width=w, height=h))
    for s, d in zip(src.tolist(), dst.tolist(), strict=True):
        graph.add_edge(pydot.Edge(f"n{s}", f"n{d}"))
    text: str = graph.to_string()
    return text


def run_graphviz(program: str, dot_text: str, n: int, timeout: float | None = None) -> FloatArray:
    """Run ``program -Tplain`` on ``dot_text``; centres (n x 2) in scene pixels, y down.

    Raises :class:`LayoutError` when the program is missing or fails, and
    :class:`subprocess.TimeoutExpired` when it runs longer than ``timeout`` seconds.
    """
    exe = shutil.which(program)
    if exe is None:
        raise LayoutError.of("graphviz_missing", program=program)
    try:
        done = subprocess.run(
            [exe, "-Tplain"],
            input=dot_text.encode("utf-8"),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except OSError as exc:
        # the cause in words, the OS's text to the log (rev-dutch21 D1)
        raise LayoutError.of("graphviz_failed", program=program, **start_reason(exc)) from exc
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip()[:300] or f"exit {done.returncode}"
        raise LayoutError.of("graphviz_failed", program=program, reason=reason)
    return parse_plain(done.stdout.decode("utf-8", "replace"), n)


def parse_plain(text: str, n: int) -> FloatArray:
    """Node centres from Graphviz ``-Tplain`` output, flipped to y down, in pixels.

    Examples
    --------
    >>> parse_plain("graph 1 2 1\\nnode n0 0.5 0.25 1 1 \\"\\" solid box black lightgrey\\n", 1)
    array([[36., 54.]])
    """
    out = np.zeros((n, 2))
    height = 0.0
    for line in text.splitlines():
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "graph" and len(parts) >= 4:
            height = float(parts[3])
        elif parts[0] == "node" and len(parts) >= 4 and parts[1].startswith("n"):
            i = int(parts[1][1:].strip('"'))
            if 0 <= i < n:
                out[i] = (float(parts[2]), height - float(parts[3]))
    return out * POINTS_PER_INCH
