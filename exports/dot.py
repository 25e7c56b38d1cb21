"""DOT (Graphviz) of a map, styled like the screen (see :mod:`exports.style`).

User text is never a DOT identifier: nodes are ``n0``, ``n1``... and every label is a quoted,
escaped string, so a name such as ``node``, ``a:b`` or ``<x>`` is drawn as it is.
"""

from __future__ import annotations

import os
import textwrap

from exports.output import write_text
from exports.style import (
    ACTOR_SHAPES,
    GRAPHVIZ_SHAPES,
    MANDATE_STYLE,
    SPHERE_COLOURS,
    edge_style,
    text_colour_on,
)
from models.case import Case
from models.i18n import Lang
from models.labels import label

__all__ = ["node_ids", "quote", "to_dot_string", "write_dot"]

_DASH = {"solid": "solid", "dash": "dashed", "dot": "dotted", "dashdot": "dashed"}
POINTS_PER_PIXEL = 72 / 96
SPLINE_LIMIT = 150
# Above these sizes ``dot`` (hierarchical, with crossing minimisation) takes minutes: a map of 75
# actors and 300 connections took 20 s, 100/400 more than a minute, 300/1,200 did not finish in
# ten; ``sfdp`` lays out the 300-actor map in half a second. The DOT file then asks for sfdp.
DOT_ACTORS = 60
DOT_LINKS = 200
NAME_WIDTH, NAME_LINES = 24, 4  # a node label wraps at 24 characters, at most four lines
EDGE_WIDTH, EDGE_LINES = 30, 2


def wrap(text: str, width: int = NAME_WIDTH, lines: int = NAME_LINES) -> str:
    """``text`` wrapped to ``width`` characters, cut after ``lines`` lines with an ellipsis.

    Examples
    --------
    >>> wrap("Gemeentelijke Kredietbank Amsterdam en omstreken", 16, 2)
    'Gemeentelijke\\nKredietbank…'
    >>> wrap("x" * 40, 10, 2)
    'xxxxxxxxxx\\nxxxxxxxxx…'
    """
    parts = textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False) or [""]
    if len(parts) > lines:
        parts = [*parts[: lines - 1], parts[lines - 1][: width - 1] + "…"]
    return "\n".join(parts)


def engine_for(case: Case) -> str:
    """The Graphviz program that lays ``case`` out in seconds: ``dot``, or ``sfdp`` when large."""
    links = len(case.relationships) + len(case.mandates)
    return "sfdp" if len(case.actors) > DOT_ACTORS or links > DOT_LINKS else "dot"


def quote(text: str) -> str:
    """``text`` as a quoted DOT string (backslashes, quotes and newlines escaped).

    Examples
    --------
    >>> quote('say "hi"\\nnow')
    '"say \\\\"hi\\\\"\\\\nnow"'
    """
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return f'"{escaped}"'


def node_ids(case: Case) -> dict[str, str]:
    """Opaque DOT node ids (``n0``, ``n1``...) by actor id."""
    return {actor.id: f"n{i}" for i, actor in enumerate(case.actors)}


def _line(name: str, attrs: dict[str, str]) -> str:
    """One DOT statement: ``name [key=value, ...];`` (values already DOT tokens or quoted)."""
    return f"{name} [{', '.join(f'{k}={v}' for k, v in attrs.items())}];\n"


def _dot_text(case: Case, lang: Lang, positions: bool) -> str:
    """The DOT text of ``case``, written directly, token for token as pydot's ``to_string``
    wrote it: every value here is a DOT identifier, a number or a string made by :func:`quote`,
    which pydot left as they are. pydot's checks of each value cost more than building the
    whole text (issue 15: 6 of the 48 s of the test of a 2,000-actor Excel report)."""
    graph = {
        "label": quote(case.info.title),
        "labelloc": "t",
        "fontname": "Helvetica",
        "overlap": "false",
    }
    if not positions and engine_for(case) != "dot":
        graph["layout"] = engine_for(case)  # `dot -Tpng map.dot` then runs sfdp
    # curved edges routed around nodes look best but cost minutes on big maps
    graph["splines"] = "true" if len(case.actors) <= SPLINE_LIMIT else "line"
    out = ["digraph G {\n", *(f"{k}={v};\n" for k, v in graph.items())]
    out.append(_line("node", {"fontname": "Helvetica", "fontsize": "11", "style": '"filled"'}))
    out.append(_line("edge", {"fontname": "Helvetica", "fontsize": "9"}))
    ids = node_ids(case)
    edge_labels = len(case.actors) <= SPLINE_LIMIT  # placing edge labels is slow on big maps
    for actor in case.actors:
        shape_name = ACTOR_SHAPES[actor.kind]
        colour = SPHERE_COLOURS[actor.effective_sphere]
        style = '"filled,rounded"' if shape_name == "roundrect" else '"filled"'
        attrs = {
            "label": quote(wrap(actor.name)),
            "shape": GRAPHVIZ_SHAPES[shape_name],
            "style": style,
            "fillcolor": quote(colour),
            "fontcolor": quote(text_colour_on(colour)),
            "color": quote("#333333"),
            "tooltip": quote(f"{actor.name} ({label(actor.kind, lang)})"),
        }
        if positions and actor.position is not None:
            x = actor.position.x * POINTS_PER_PIXEL
            y = -actor.position.y * POINTS_PER_PIXEL  # Graphviz's y grows upwards
            attrs["pos"] = quote(f"{x:.1f},{y:.1f}!")
        out.append(_line(ids[actor.id], attrs))
    for rel in case.relationships:
        style_ = edge_style(rel.kind, rel.level)
        text = rel.label or label(rel.kind, lang)
        attrs = {
            "label": quote(wrap(text, EDGE_WIDTH, EDGE_LINES) if edge_labels else ""),
            "tooltip": quote(text),
            "color": quote(style_.colour),
            "fontcolor": quote(style_.colour),
            "style": _DASH[style_.dash],
            "penwidth": f"{style_.width:.1f}",
            "dir": style_.arrow,
        }
        out.append(_line(f"{ids[rel.source]} -> {ids[rel.target]}", attrs))
    for mandate in case.mandates:
        text = f"{label(mandate.instrument, lang)}: {case.power_name(mandate.power, lang)}"
        attrs = {
            "label": quote(wrap(text, EDGE_WIDTH, EDGE_LINES) if edge_labels else ""),
            "tooltip": quote(text),
            "color": quote(MANDATE_STYLE.colour),
            "penwidth": f"{MANDATE_STYLE.width:.1f}",
            "arrowhead": "normal",
        }
        out.append(_line(f"{ids[mandate.grantor]} -> {ids[mandate.holder]}", attrs))
    out.append("}\n")
    return "".join(out)


def to_dot_string(case: Case, lang: Lang = "nl", *, positions: bool = False) -> str:
    """The DOT text of ``case``; a large map starts with a comment saying which engine to use."""
    text = _dot_text(case, lang, positions)
    engine = engine_for(case)
    if positions or engine == "dot":
        return text
    links = len(case.relationships) + len(case.mandates)
    note = (
        f"// Krachtenveld: {len(case.actors)} actors and {links} connections. `dot` would take "
        f"minutes on a map this size,\n// so this file sets layout={engine}: `dot -Tsvg` then "
        f"runs {engine} (seconds). Remove that line to force dot.\n"
    )
    return note + text


def write_dot(case: Case, path: str | os.PathLike[str], lang: Lang = "nl") -> None:
    """Write the DOT text of ``case`` to ``path``."""
    write_text(path, to_dot_string(case, lang))
