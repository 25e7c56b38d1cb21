"""The visual language of a map, as plain data: colours, shapes and line styles.

The canvas, the image legend, DOT/Graphviz and yEd GraphML all draw from this one table, so an
export looks like the screen. Colours are ``#RRGGBB`` strings; no Qt here. The shape of each
kind of actor comes from :mod:`models.shapes`, where the layouts take it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from models.enums import RelationKind, Sphere
from models.shapes import ACTOR_SHAPES, Shape

__all__ = [
    "ACTOR_SHAPES",
    "EDGE_STYLES",
    "GRAPHVIZ_SHAPES",
    "MANDATE_STYLE",
    "SPHERE_COLOURS",
    "TRUST_COLOURS",
    "YED_SHAPES",
    "EdgeStyle",
    "Shape",
    "edge_style",
    "text_colour_on",
]

Dash = Literal["solid", "dash", "dot", "dashdot"]
Arrow = Literal["forward", "none", "both"]

SPHERE_COLOURS: dict[Sphere, str] = {
    Sphere.POLITICAL: "#C0392B",
    Sphere.ADMINISTRATIVE: "#2E86C1",
    Sphere.PARTNER: "#239B56",
    Sphere.SOCIETY: "#D68910",
    Sphere.OVERSIGHT: "#7D3C98",
}

GRAPHVIZ_SHAPES: dict[Shape, str] = {
    "ellipse": "ellipse",
    "rectangle": "box",
    "roundrect": "box",  # with style=rounded
    "hexagon": "hexagon",
    "octagon": "octagon",
    "diamond": "diamond",
    "triangle": "triangle",
    "parallelogram": "parallelogram",
    "circle": "circle",
}

YED_SHAPES: dict[Shape, str] = {
    "ellipse": "ellipse",
    "rectangle": "rectangle",
    "roundrect": "roundrectangle",
    "hexagon": "hexagon",
    "octagon": "octagon",
    "diamond": "diamond",
    "triangle": "triangle",
    "parallelogram": "parallelogram",
    "circle": "ellipse",
}


@dataclass(frozen=True, slots=True)
class EdgeStyle:
    """How a relationship or mandate is drawn."""

    colour: str
    dash: Dash = "solid"
    width: float = 1.5
    arrow: Arrow = "forward"


EDGE_STYLES: dict[RelationKind, EdgeStyle] = {
    RelationKind.HIERARCHY: EdgeStyle("#34495E", "solid", 1.8),
    RelationKind.ACCOUNTABILITY: EdgeStyle("#5D6D7E", "dash", 1.5),
    RelationKind.SIGNAL: EdgeStyle("#CA6F1E", "dot", 1.8),
    RelationKind.ESCALATION: EdgeStyle("#A93226", "dashdot", 1.6),
    RelationKind.TRUST: EdgeStyle("#28B463", "solid", 1.5),
    RelationKind.COLLABORATION: EdgeStyle("#2874A6", "solid", 1.5, "none"),
    RelationKind.FEEDBACK: EdgeStyle("#138D75", "dash", 1.5),
}

TRUST_COLOURS: dict[int, str] = {
    -2: "#B03A2E",
    -1: "#EC7063",
    0: "#99A3A4",
    1: "#58D68D",
    2: "#1D8348",
}

MANDATE_STYLE = EdgeStyle("#17202A", "solid", 3.2)


def edge_style(kind: RelationKind, level: int = 1) -> EdgeStyle:
    """The style of a relationship; trust takes its colour from its level.

    Examples
    --------
    >>> edge_style(RelationKind.TRUST, -2).colour
    '#B03A2E'
    """
    base = EDGE_STYLES[kind]
    if kind is RelationKind.TRUST:
        return EdgeStyle(TRUST_COLOURS.get(level, base.colour), base.dash, base.width, base.arrow)
    return base


def text_colour_on(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (``#RRGGBB``).

    Examples
    --------
    >>> text_colour_on("#FFFFFF")
    '#000000'
    """
    r, g, b = (int(background[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if luminance > 140 else "#FFFFFF"
