"""The report's map picture when there is no scene to draw (split from :mod:`exports.picture`):
Graphviz (neato with the actors' positions pinned, or sfdp when they have none) within the
picture caps, else a plain drawing with Pillow, so the report always has a picture."""

from __future__ import annotations

import io
import math

from exports.errors import ExportFileError
from exports.picture import (
    MAX_PICTURE_PIXELS,
    MAX_PICTURE_SIDE,
    fit_scale,
    picture_size,
    within_caps,
)
from exports.style import SPHERE_COLOURS, edge_style, text_colour_on
from models.case import Case
from models.entities import Position
from models.i18n import Lang

__all__ = ["MAX_GRAPHVIZ_ACTORS", "graphviz_png", "simple_png"]

MAX_GRAPHVIZ_ACTORS = 2_000


def graphviz_png(case: Case, lang: Lang) -> bytes | None:
    from exports import graphviz
    from exports.dot import to_dot_string
    from mapper.layout.placing import unplaced

    placed = all(a.position is not None for a in case.actors) and not unplaced(case)
    engine = "neato" if placed else "sfdp"
    if not graphviz.available(engine) or len(case.actors) > MAX_GRAPHVIZ_ACTORS:
        return None
    dot_text = to_dot_string(case, lang, positions=placed)
    dpi = 96
    box = (float(MAX_PICTURE_SIDE), float(MAX_PICTURE_SIDE))  # pixels
    if placed:  # keep the picture within MAX_PICTURE_SIDE pixels
        xs = [a.position.x for a in case.actors if a.position is not None]
        ys = [a.position.y for a in case.actors if a.position is not None]
        width, height = max(xs) - min(xs) + 200, max(ys) - min(ys) + 200
        dpi = max(20, min(96, int(96 * MAX_PICTURE_SIDE / max(width, height))))
        grow = min(
            MAX_PICTURE_SIDE / max(width, height), math.sqrt(MAX_PICTURE_PIXELS / (width * height))
        )
        box = (width * grow, height * grow)  # the map's shape, as large as the caps allow
    # Graphviz scales the drawing down to ``size`` (inches) itself when it is larger
    attrs = {"size": f"{box[0] / dpi:.2f},{box[1] / dpi:.2f}"}
    try:
        for _ in range(3):
            data = graphviz.render_bytes(
                dot_text, "png", engine, dpi=dpi, pinned=placed, timeout=60, graph_attrs=attrs
            )
            size = picture_size(data)
            if size is None or within_caps(size):
                return data
            dpi = max(5, int(dpi * fit_scale(*size) * 0.99))
    except ExportFileError:
        return None
    return None


def _positions(case: Case) -> dict[str, Position]:
    from mapper.layout.placing import unplaced

    placed = {a.id: a.position for a in case.actors if a.position is not None}
    if len(placed) == len(case.actors) and not unplaced(case):
        return placed
    count = len(case.actors)
    radius = max(200.0, 40.0 * count / math.pi)
    return {
        a.id: Position(
            radius * math.cos(2 * math.pi * i / count), radius * math.sin(2 * math.pi * i / count)
        )
        for i, a in enumerate(case.actors)
    }


def simple_png(case: Case, *, margin: int = 80) -> bytes:
    """A plain drawing of the map with Pillow: coloured boxes, coloured lines, names."""
    from PIL import Image, ImageDraw, ImageFont

    pos = _positions(case)
    xs = [p.x for p in pos.values()]
    ys = [p.y for p in pos.values()]
    scale = min(1.0, 3000 / max(max(xs) - min(xs), max(ys) - min(ys), 1))
    width = int((max(xs) - min(xs)) * scale) + 2 * margin + 120
    height = int((max(ys) - min(ys)) * scale) + 2 * margin + 50

    left, top = min(xs), min(ys)

    def at(actor_id: str) -> tuple[float, float]:
        p = pos[actor_id]
        return ((p.x - left) * scale + margin + 60, (p.y - top) * scale + margin + 25)

    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default()
    for rel in case.relationships:
        style = edge_style(rel.kind, rel.level)
        draw.line([at(rel.source), at(rel.target)], fill=style.colour, width=2)
    for mandate in case.mandates:
        draw.line([at(mandate.grantor), at(mandate.holder)], fill="#17202A", width=4)
    for actor in case.actors:
        x, y = at(actor.id)
        colour = SPHERE_COLOURS[actor.effective_sphere]
        draw.rounded_rectangle((x - 60, y - 22, x + 60, y + 22), 10, fill=colour, outline="#333")
        name = actor.name if len(actor.name) <= 20 else actor.name[:19] + "…"
        draw.text((x, y), name, fill=text_colour_on(colour), font=font, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
