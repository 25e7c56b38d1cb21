"""The shape of each kind of actor and the size of that shape around its name, in one place.

The canvas draws an actor's outline at :func:`shape_size`; the layouts, which cannot measure
text, estimate the same size from the name (:func:`mapper.layout.estimated_size`); the
exports (DOT, yEd, GEXF, the legend) name the shape through :mod:`exports.style`. All take the
table and the formula from here, so layout and drawing cannot drift apart (rev-code17 F2).
Plain data and arithmetic: no Qt.
"""

from __future__ import annotations

from typing import Literal

from models.enums import ActorKind

__all__ = ["ACTOR_SHAPES", "MAX_LABEL_WIDTH", "WRAP_WIDTH", "Shape", "shape_size", "wrap_width"]

Shape = Literal[
    "ellipse",
    "rectangle",
    "roundrect",
    "hexagon",
    "octagon",
    "diamond",
    "triangle",
    "parallelogram",
    "circle",
]

ACTOR_SHAPES: dict[ActorKind, Shape] = {
    ActorKind.CITIZEN: "circle",
    ActorKind.ADMINISTRATOR: "hexagon",
    ActorKind.COUNCIL: "octagon",
    ActorKind.EXECUTIVE: "diamond",
    ActorKind.MANAGER: "roundrect",
    ActorKind.PROFESSIONAL: "ellipse",
    ActorKind.PARTNER: "rectangle",
    ActorKind.OVERSIGHT: "triangle",
    ActorKind.MEDIA: "parallelogram",
    ActorKind.OTHER: "ellipse",
}

MAX_LABEL_WIDTH = 108.0  # layouts space actors for shapes of about 120 x 50 pixels
# Narrower names where the shape loses room at its sides (a circle, a diamond, a triangle).
WRAP_WIDTH: dict[Shape, float] = {
    "circle": 84.0,
    "diamond": 84.0,
    "triangle": 80.0,
    "ellipse": 100.0,
}


def wrap_width(shape: Shape) -> float:
    """How wide (pixels) an actor's name may run on a line inside ``shape``.

    >>> wrap_width("circle"), wrap_width("rectangle")
    (84.0, 108.0)
    """
    return WRAP_WIDTH.get(shape, MAX_LABEL_WIDTH)


def shape_size(shape: Shape, text_width: float, text_height: float) -> tuple[float, float]:
    """The width and height of a ``shape`` that holds a text block of the given size.

    Each shape leaves the room its corners take (a diamond needs about half as much again
    as the text), and no shape is smaller than 72 x 40; a circle is as high as it is wide.

    >>> shape_size("rectangle", 60.0, 16.0)
    (84.0, 40.0)
    >>> shape_size("circle", 70.0, 32.0)
    (98.4, 98.4)
    """
    w, h = text_width + 24.0, text_height + 16.0
    if shape in ("ellipse", "circle"):
        w, h = text_width * 1.12 + 20.0, text_height * 1.3 + 12.0
        if shape == "circle":
            w = h = max(w, h, 56.0)
    elif shape == "diamond":
        w, h = text_width * 1.45 + 24.0, text_height * 1.7 + 12.0
    elif shape in ("hexagon", "octagon"):
        w, h = text_width + 36.0, text_height + 18.0
    elif shape == "triangle":
        w, h = text_width * 1.7 + 24.0, text_height * 2.0 + 14.0
    elif shape == "parallelogram":
        w, h = text_width + 48.0, text_height + 16.0
    return max(w, 72.0), max(h, 40.0)
