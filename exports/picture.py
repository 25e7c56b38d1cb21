"""A PNG of the map for the report workbook, from the best renderer available.

1. a scene (the map as the user sees it) through :mod:`exports.image`;
2. Graphviz (neato with the actors' positions pinned, or sfdp when they have none);
3. a plain drawing with Pillow, so the report always has a picture.
"""

from __future__ import annotations

import io
import math
from typing import Any

from exports.errors import ExportFileError
from exports.style import SPHERE_COLOURS, edge_style, text_colour_on
from models.case import Case
from models.entities import Position
from models.i18n import Lang

__all__ = ["map_png", "simple_png"]

MAX_GRAPHVIZ_ACTORS = 2_000
MAX_PICTURE_SIDE = 4_000.0  # pixels: a report picture of a huge map is scaled down to fit


def map_png(case: Case, lang: Lang = "nl", *, scene: Any = None) -> bytes | None:
    """PNG bytes of the map, or None when there is nothing to draw."""
    if not len(case.actors):
        return None
    if scene is not None:
        from exports.image import content_rect, render_scene_bytes
        from exports.legend import legend_for_case

        area = content_rect(scene)
        scale = min(1.0, MAX_PICTURE_SIDE / max(area.width(), area.height(), 1.0))
        return render_scene_bytes(
            scene, "png", title=case.info.title, legend=legend_for_case(case, lang),
            lang=lang, scale=scale,
        )  # fmt: skip
    from exports import graphviz
    from exports.dot import to_dot_string

    placed = all(a.position is not None for a in case.actors)
    engine = "neato" if placed else "sfdp"
    if graphviz.available(engine) and len(case.actors) <= MAX_GRAPHVIZ_ACTORS:
        try:
            dot_text = to_dot_string(case, lang, positions=placed)
            dpi = 96
            if placed:  # keep the picture within MAX_PICTURE_SIDE pixels
                xs = [a.position.x for a in case.actors if a.position is not None]
                ys = [a.position.y for a in case.actors if a.position is not None]
                extent = max(max(xs) - min(xs), max(ys) - min(ys), 1.0) + 200
                dpi = max(20, min(96, int(96 * MAX_PICTURE_SIDE / extent)))
            return graphviz.render_bytes(
                dot_text, "png", engine, dpi=dpi, pinned=placed, timeout=60
            )
        except ExportFileError:
            pass
    return simple_png(case)


def _positions(case: Case) -> dict[str, Position]:
    placed = {a.id: a.position for a in case.actors if a.position is not None}
    if len(placed) == len(case.actors):
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

    def at(actor_id: str) -> tuple[float, float]:
        p = pos[actor_id]
        return ((p.x - min(xs)) * scale + margin + 60, (p.y - min(ys)) * scale + margin + 25)

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
