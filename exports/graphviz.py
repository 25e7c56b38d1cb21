"""Rendering DOT with the Graphviz programs (dot, sfdp, neato) to PNG, SVG or PDF.

Graphviz is optional: when it is missing, :func:`render` raises :class:`ExportFileError` with
a message that says so in Dutch or English, and :func:`available` lets callers fall back.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

from exports.errors import ExportFileError, problem
from exports.library_words import program_reason
from exports.output import write_bytes

__all__ = ["ENGINES", "FORMATS", "available", "render", "render_bytes"]

ENGINES = ("dot", "sfdp", "neato", "fdp", "circo")
FORMATS = ("png", "svg", "pdf")
TIMEOUT = 120.0


def available(engine: str = "dot") -> bool:
    """Whether the Graphviz program ``engine`` is on PATH."""
    return engine in ENGINES and shutil.which(engine) is not None


def render_bytes(
    dot_text: str,
    fmt: str = "png",
    engine: str = "dot",
    *,
    dpi: int = 96,
    pinned: bool = False,
    timeout: float = TIMEOUT,
    graph_attrs: Mapping[str, str] | None = None,
) -> bytes:
    """Run ``engine -T<fmt>`` on ``dot_text`` and return the output.

    ``pinned``: the nodes carry positions (``pos``) to keep as they are (``neato -n2``).
    ``graph_attrs``: graph attributes given on the command line (``-Gname=value``), e.g.
    ``size`` to keep a picture within a maximum size.
    """
    if engine not in ENGINES or fmt not in FORMATS:
        raise ValueError(f"{engine} -T{fmt}")
    program = shutil.which(engine)
    if program is None:
        raise ExportFileError([problem("graphviz_missing", program=engine)])
    try:
        done = subprocess.run(
            [
                program,
                f"-T{fmt}",
                f"-Gdpi={dpi}",
                *(f"-G{name}={value}" for name, value in (graph_attrs or {}).items()),
                *(["-n2"] if pinned else []),
            ],
            input=dot_text.encode("utf-8"),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        said = program_reason(exc, timeout)  # the cause in words (rev-dutch21 D1)
        failed = problem(
            "graphviz_failed", program=engine, reason=said["reason"], reason_nl=said["reason_nl"]
        )
        raise ExportFileError([failed]) from None
    if done.returncode != 0 or not done.stdout:
        reason = done.stderr.decode("utf-8", "replace").strip()[:500] or f"exit {done.returncode}"
        raise ExportFileError([problem("graphviz_failed", program=engine, reason=reason)])
    return done.stdout


def render(
    dot_text: str,
    path: str | os.PathLike[str],
    *,
    engine: str = "dot",
    dpi: int = 96,
    pinned: bool = False,
) -> None:
    """Render ``dot_text`` to ``path``; the format comes from its extension."""
    fmt = Path(path).suffix.lower().lstrip(".")
    try:
        data = render_bytes(dot_text, fmt, engine, dpi=dpi, pinned=pinned)
    except ExportFileError as exc:
        raise ExportFileError(exc.problems, str(path)) from None
    write_bytes(path, data)
