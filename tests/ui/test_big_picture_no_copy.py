"""The picture of a big map is drawn from the scene itself, not from a copy (issue 14, new user
at scale 14, F10/F11: the nota from the app at 10,000 actors took it from 503 to 852 MB, the
PNG to 557 MB; each copy of a scene of 10,000 actors is about 130 MB).

Counted, not timed or weighed: how many scenes a picture builds. Where a name would be
painted, or the scene shows less than a copy would, the copy stays (an anonymised picture is
then drawn from a scene of the anonymised case, as before)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from exports.map_page import nota_map_page
from exports.picture import map_png, picture_size, write_page
from models import Actor, Case, Position
from models.example import example_case
from tests.ui.test_big_picture import spread_case
from tests.ui.test_readable import window_at
from ui.canvas.actor_item import ActorItem
from ui.canvas.item_base import LOD_TEXT
from ui.canvas.readable import READABLE_LIMIT
from ui.canvas.scene import MapScene
from ui.canvas.scene_grid import ViewMode
from ui.exchange.export_kinds import EXPORTS
from ui.exchange.export_work import export_job

__all__ = ["window_at"]

SIDE = 22  # 484 actors: more than READABLE_LIMIT, whose names no page holds


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of scenes built while the test runs (after the fixture)."""
    count: list[int] = []
    real = MapScene.__init__

    def counted(self: MapScene, *args: Any, **kwargs: Any) -> None:
        count.append(1)
        real(self, *args, **kwargs)

    monkeypatch.setattr(MapScene, "__init__", counted)
    return count


def big() -> Case:
    case = spread_case(SIDE, 300.0)
    assert len(case.actors) > READABLE_LIMIT
    return case


def test_the_nota_page_of_a_big_map_draws_the_scene_itself(qtbot: QtBot, built: list[int]) -> None:
    case = big()
    scene = MapScene(case, "nl")
    built.clear()
    data = map_png(case, "nl", scene=scene, page=nota_map_page(scene), titled=False)
    assert data is not None
    assert picture_size(data) is not None
    assert built == []  # old: a copy stretched to the page (and more where names were hidden)


def test_the_picture_export_of_a_big_map_draws_the_scene_itself(
    qtbot: QtBot, built: list[int], tmp_path: Path
) -> None:
    case = big()
    scene = MapScene(case, "nl")
    built.clear()
    note = write_page(scene, tmp_path / "groot.png", case, "nl")
    assert note.actors == len(case.actors)
    assert built == []  # old: a copy at the same places


def test_the_anonymised_nota_from_the_app_builds_no_scene(
    window_at: object,
    qtbot: QtBot,
    built: list[int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nor does it anonymise the case on the GUI thread for its picture (12 s at 10,000
    actors, with the window frozen): the worker's nota anonymises it, as it did."""
    import exports.anonymise

    win = window_at(big(), (1366, 768))  # type: ignore[operator]
    kind = next(k for k in EXPORTS if k.key == "docx")
    made: list[int] = []
    real = exports.anonymise.anonymise

    def counted(*args: Any, **kwargs: Any) -> Any:
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(exports.anonymise, "anonymise", counted)
    built.clear()
    job = export_job(win, kind, str(tmp_path / "n.docx"), True)
    assert built == []  # old: one of the anonymised case, and its copy for the page
    assert made == []  # old: 1
    assert callable(job.work)


def test_a_small_map_is_drawn_from_the_anonymised_case(
    window_at: object, qtbot: QtBot, built: list[int], tmp_path: Path
) -> None:
    """Its names are painted on the page: the anonymised nota's map is a scene of its own."""
    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    kind = next(k for k in EXPORTS if k.key == "docx")
    built.clear()
    export_job(win, kind, str(tmp_path / "n.docx"), True)
    assert len(built) >= 1


def test_a_scene_is_drawn_as_it_is_only_where_it_paints_no_name(qtbot: QtBot) -> None:
    scene = MapScene(big(), "nl")
    far = 0.5 * LOD_TEXT  # picture pixels per scene unit
    assert scene.draws_as_is(far)
    assert not scene.draws_as_is(LOD_TEXT)  # names would be painted: a copy as before
    scene.actor_items["a0"].setVisible(False)  # a filtered map: a copy shows it whole
    assert not scene.draws_as_is(far)
    scene.actor_items["a0"].setVisible(True)
    scene.set_view_mode(ViewMode.GRID)
    assert not scene.draws_as_is(far)
    scene.set_view_mode(ViewMode.MAP)
    assert scene.draws_as_is(far)
    small = MapScene(spread_case(20, 300.0), "nl")  # 400: names grow on the page
    assert not small.draws_as_is(far)


class _Counting(QPainter):
    """A painter that counts the texts it is asked to draw."""

    texts = 0

    def drawText(self, *args: Any) -> Any:
        self.texts += 1
        return super().drawText(*args)


def _texts(zoom: float) -> int:
    item = ActorItem(Actor("a1", "Anna Visser", position=Position(0, 0)), "nl")
    item.set_readable(1.0, False)  # a named actor: its plate
    image = QImage(400, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = _Counting(image)
    painter.scale(zoom, zoom)
    painter.translate(-item.boundingRect().left(), -item.boundingRect().top())
    option = QStyleOptionGraphicsItem()
    item.paint(painter, option)
    painter.end()
    return painter.texts


def test_a_plate_far_out_paints_no_name(qtbot: QtBot) -> None:
    """Under LOD_TEXT a plate is its outline alone (a name there is a pixel high), as a shape
    already was: nothing of the name is painted, so a picture at that scale holds none."""
    assert _texts(0.5 * LOD_TEXT) == 0  # old: 1
    assert _texts(2 * LOD_TEXT) == 1


def wide() -> Case:
    """A big map so wide that its PNG is an overview (its names a pixel or two high)."""
    return spread_case(SIDE, 1200.0)


@pytest.mark.parametrize(("case", "scenes"), [(wide, 0), (big, 1), (example_case, 2)])
def test_the_anonymised_picture_export_from_the_app(
    window_at: object,
    qtbot: QtBot,
    built: list[int],
    tmp_path: Path,
    case: Any,
    scenes: int,
) -> None:
    """A big map's overview paints no name: drawn from the window's scene, with the anonymised
    title and legend (old: a scene of the anonymised case). Where names are painted (the
    484 actors 300 apart at 0.6 pixels a unit, the example), the picture is drawn from the
    anonymised case, as before (the example's page from a copy of it too)."""
    win = window_at(case(), (1366, 768))  # type: ignore[operator]
    out = tmp_path / "kaart.png"
    win.files.ask_export_path = lambda: str(out)
    win.exchange["export_anonymised"].setChecked(True)
    built.clear()
    assert win.files.export_image()
    assert len(built) == scenes
    assert picture_size(out.read_bytes()) is not None
