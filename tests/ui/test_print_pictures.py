"""The PNG export and the nota's map drawn as the screen draws them, legible on A4 (issue 11;
new user, third round 16: both were in export shapes with names of about 5 pt on A4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

import exports.picture
from exports.image import content_rect
from exports.legend import legend_for_case
from exports.map_page import NOTA_MAP_ACROSS
from exports.picture import (
    A4_LANDSCAPE,
    NOTA_MAP_PAGE,
    PRINT_DPI,
    picture_size,
    print_page,
)
from models.example import example_case
from tests.ui.exchange_support import answer_file, handler
from ui.canvas.item_base import LABEL_FONT_SIZE
from ui.canvas.scene import MapScene
from ui.exchange.window_exchange import EXPORTS
from ui.window.main_window import MainWindow


def _printed_pt(scene: MapScene, scale: float) -> dict[str, float]:
    """Each named actor's name size printed, in points (``scale``: 1/96 inch per unit)."""
    return {
        actor_id: LABEL_FONT_SIZE * item.scale() * scale
        for actor_id, item in scene.actor_items.items()
        if item.isVisible() and not item.label_hidden
    }


@pytest.mark.parametrize("page", [A4_LANDSCAPE, NOTA_MAP_PAGE], ids=["a4", "nota"])
def test_every_name_on_the_printed_page_is_at_least_8_pt(
    qtbot: QtBot, page: tuple[float, float]
) -> None:
    case = example_case()
    scene = MapScene(case, "nl")
    # the old picture: the map at its own size fitted on the page; a name was about 5 pt
    area = content_rect(scene)
    own = min(page[0] / area.width(), page[1] / area.height()) * 96.0
    assert min(_printed_pt(scene, own).values()) < 8.0
    legend = legend_for_case(case, "nl")
    shown, scale, below = print_page(scene, page, title=case.info.title, legend=legend)
    names = _printed_pt(shown, scale)
    assert set(names) == set(case.actors.ids())  # nobody loses a name
    assert min(names.values()) >= 8.0 - 1e-9, names  # grown to exactly 8 pt, less float noise
    # in the screen's name plates, not the export's hexagons and ellipses
    assert all(item.scale() > 1.0 for item in shown.actor_items.values())
    assert below == (page[1] > page[0])  # the legend under the map on an upright page
    assert all(item.scale() == 1.0 for item in scene.actor_items.values())  # live scene kept


def test_file_export_picture_is_an_a4_page_drawn_as_on_screen(
    example_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[tuple[Any, float]] = []
    real = exports.picture.print_page

    def spy(*args: Any, **kwargs: Any) -> tuple[Any, float, bool]:
        shown, scale, below = real(*args, **kwargs)
        drawn.append((shown, scale))
        return shown, scale, below

    monkeypatch.setattr(exports.picture, "print_page", spy)
    out = tmp_path / "kaart.png"
    answer_file(monkeypatch, "getSaveFileName", out)
    example_window.actions_["file_export_image"].trigger()
    image = QImage(str(out))
    assert not image.isNull()
    dpi = image.dotsPerMeterX() * 0.0254
    assert dpi == pytest.approx(PRINT_DPI, abs=1)
    # printed at its own resolution it fits A4 across (less margins) and fills its width
    inches = (image.width() / dpi, image.height() / dpi)
    assert inches[0] <= A4_LANDSCAPE[0] + 0.02
    assert inches[1] <= A4_LANDSCAPE[1] + 0.02
    assert inches[0] >= 0.9 * A4_LANDSCAPE[0]
    assert len(drawn) == 1
    shown, scale = drawn[0]
    names = _printed_pt(shown, scale)
    # the picture is drawn from the pseudonymised copy (anon7), whose residents have new ids
    assert len(names) == len(example_window.controller.case.actors)
    assert min(names.values()) >= 8.0  # PRINT_NAME_PT is 8.5: a little room
    assert shown is not example_window.scene  # a copy is drawn; the window's map is untouched


def test_the_notas_map_fits_its_page_at_print_size(
    example_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    import docx
    from docx.shared import Cm

    out = tmp_path / "nota.docx"
    h = handler(example_window)
    with qtbot.waitSignal(h.export_done, timeout=120_000) as blocker:
        h.export(next(k for k in EXPORTS if k.key == "docx"), str(out))
    assert blocker.args == [True]
    shape = docx.Document(str(out)).inline_shapes[0]
    blob = shape._inline.graphic.graphicData.pic.blipFill.blip.embed  # the picture's part id
    part = docx.Document(str(out)).part.related_parts[blob]
    size = picture_size(part.blob)
    assert size is not None
    # within the text width and the page (across for a wide map, issue 12), and not shrunk
    # below the size it was drawn for
    page = NOTA_MAP_ACROSS if size[0] > size[1] else NOTA_MAP_PAGE
    assert shape.width <= Cm(page[0] * 2.54) + 1
    assert shape.height <= Cm(page[1] * 2.54) + 1
    assert shape.width >= size[0] / PRINT_DPI * 914_400 * 0.99  # EMU per inch
    assert size[0] / PRINT_DPI <= page[0] + 0.02
