"""The nota's map on a page across when the map is wider than high (issue 12, map9's open
point): the picture is drawn for A4 landscape less margins, heading and caption, in a
section of its own, at no less than its own printed size (so every name stays at 9 pt);
the text after it goes on an upright page again. A map higher than wide stays upright."""

from __future__ import annotations

import pytest
from docx.enum.section import WD_ORIENT
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from exports.docx_tables import TEXT_WIDTH
from exports.legend import legend_for_case
from exports.map_page import ACROSS_HEIGHT, ACROSS_WIDTH, NOTA_MAP_ACROSS, nota_map_page
from exports.nota import build_nota
from exports.picture import NOTA_MAP_PAGE, PRINT_DPI, print_page
from models import Case, Position
from models.example import example_case
from models.i18n import Lang
from ui.canvas.item_base import LABEL_FONT_SIZE
from ui.canvas.scene import MapScene


def _turned(case: Case) -> Case:
    """``case`` with every place mirrored in the diagonal: a map higher than wide."""
    case.set_positions(
        {a.id: Position(a.position.y, a.position.x) for a in case.actors if a.position is not None}
    )
    return case


def _printed_cm(picture: bytes) -> float:
    """The picture's own printed width (cm): drawn at PRINT_DPI pixels an inch."""
    return QImage.fromData(picture).width() / PRINT_DPI * 2.54


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_wide_map_gets_a_page_across_with_names_at_9_pt(qtbot: QtBot, lang: Lang) -> None:
    case = example_case()
    scene = MapScene(case, lang)
    assert nota_map_page(scene) == NOTA_MAP_ACROSS
    shown, scale, _below = print_page(
        scene, NOTA_MAP_ACROSS, title=None, legend=legend_for_case(case, lang)
    )
    points = [
        LABEL_FONT_SIZE * i.scale() * scale
        for i in shown.actor_items.values()
        if i.isVisible() and not i.label_hidden
    ]
    assert len(points) == len(case.actors)
    assert min(points) >= 9.0 - 0.015

    def drawn(part: Case) -> MapScene:
        return MapScene(part, lang)

    doc = build_nota(case, lang=lang, scene_for=drawn)
    orientations = [s.orientation for s in doc.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    across = doc.sections[1]
    assert across.page_width.cm > across.page_height.cm
    (shape,) = doc.inline_shapes
    part_id = shape._inline.graphic.graphicData.pic.blipFill.blip.embed
    blob = doc.part.related_parts[part_id].blob
    assert TEXT_WIDTH < shape.width.cm <= ACROSS_WIDTH + 0.01
    assert shape.height.cm <= ACROSS_HEIGHT + 0.01
    assert shape.width.cm >= _printed_cm(blob) - 0.05  # never shrunk: the names stay 9 pt
    body = doc.element.body
    picture_at = list(body.iterchildren()).index(shape._inline.getparent().getparent().getparent())
    breaks = [i for i, e in enumerate(body.iterchildren()) if e.find(".//{*}sectPr") is not None]
    assert breaks[0] < picture_at < breaks[1]  # the picture in the section across


def test_a_tall_map_stays_on_the_upright_page(qtbot: QtBot) -> None:
    case = _turned(example_case())
    scene = MapScene(case, "nl")
    assert nota_map_page(scene) == NOTA_MAP_PAGE
    doc = build_nota(case, lang="nl", scene_for=lambda part: MapScene(part, "nl"))
    assert [s.orientation for s in doc.sections] == [WD_ORIENT.PORTRAIT]
    (shape,) = doc.inline_shapes
    assert shape.width.cm == pytest.approx(TEXT_WIDTH, abs=0.01)
