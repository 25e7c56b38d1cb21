"""DOT (Graphviz) of a map with pydot, styled like the screen (see :mod:`exports.style`).

User text is never a DOT identifier: nodes are ``n0``, ``n1``... and every label is a quoted,
escaped string, so a name such as ``node``, ``a:b`` or ``<x>`` is drawn as it is.
"""

from __future__ import annotations

import os
from typing import Any

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

__all__ = ["node_ids", "quote", "to_dot", "to_dot_string", "write_dot"]

_DASH = {"solid": "solid", "dash": "dashed", "dot": "dotted", "dashdot": "dashed"}
POINTS_PER_PIXEL = 72 / 96
SPLINE_LIMIT = 150


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


def to_dot(case: Case, lang: Lang = "nl", *, positions: bool = False) -> Any:
    """A ``pydot.Dot`` of ``case``; with ``positions`` the actors' positions are pinned."""
    import pydot

    graph = pydot.Dot(graph_type="digraph", strict=False)
    graph.set("label", quote(case.info.title))
    graph.set("labelloc", "t")
    graph.set("fontname", "Helvetica")
    graph.set("overlap", "false")
    # curved edges routed around nodes look best but cost minutes on big maps
    graph.set("splines", "true" if len(case.actors) <= SPLINE_LIMIT else "line")
    graph.set_node_defaults(fontname="Helvetica", fontsize="11", style='"filled"')
    graph.set_edge_defaults(fontname="Helvetica", fontsize="9")
    ids = node_ids(case)
    edge_labels = len(case.actors) <= SPLINE_LIMIT  # placing edge labels is slow on big maps
    for actor in case.actors:
        shape_name = ACTOR_SHAPES[actor.kind]
        colour = SPHERE_COLOURS[actor.effective_sphere]
        style = '"filled,rounded"' if shape_name == "roundrect" else '"filled"'
        attrs: dict[str, Any] = {
            "label": quote(actor.name),
            "shape": GRAPHVIZ_SHAPES[shape_name],
            "style": style,
            "fillcolor": quote(colour),
            "fontcolor": quote(text_colour_on(colour)),
            "color": quote("#333333"),
            "tooltip": quote(label(actor.kind, lang)),
        }
        if positions and actor.position is not None:
            x = actor.position.x * POINTS_PER_PIXEL
            y = -actor.position.y * POINTS_PER_PIXEL  # Graphviz's y grows upwards
            attrs["pos"] = quote(f"{x:.1f},{y:.1f}!")
        graph.add_node(pydot.Node(ids[actor.id], **attrs))
    for rel in case.relationships:
        style_ = edge_style(rel.kind, rel.level)
        text = rel.label or label(rel.kind, lang)
        graph.add_edge(
            pydot.Edge(
                ids[rel.source], ids[rel.target],
                label=quote(text if edge_labels else ""), tooltip=quote(text),
                color=quote(style_.colour), fontcolor=quote(style_.colour),
                style=_DASH[style_.dash], penwidth=f"{style_.width:.1f}", dir=style_.arrow,
            )
        )  # fmt: skip
    for mandate in case.mandates:
        text = f"{label(mandate.instrument, lang)}: {label(mandate.power, lang)}"
        graph.add_edge(
            pydot.Edge(
                ids[mandate.grantor], ids[mandate.holder],
                label=quote(text if edge_labels else ""), tooltip=quote(text),
                color=quote(MANDATE_STYLE.colour),
                penwidth=f"{MANDATE_STYLE.width:.1f}", arrowhead="normal",
            )
        )  # fmt: skip
    return graph


def to_dot_string(case: Case, lang: Lang = "nl", *, positions: bool = False) -> str:
    """The DOT text of ``case``."""
    text: str = to_dot(case, lang, positions=positions).to_string()
    return text


def write_dot(case: Case, path: str | os.PathLike[str], lang: Lang = "nl") -> None:
    """Write the DOT text of ``case`` to ``path``."""
    write_text(path, to_dot_string(case, lang))
