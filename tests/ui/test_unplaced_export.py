"""A map without places of its own (every actor at (0, 0): written by a script, or imported
from a table without coordinates) is exported and opened laid out with the default layout,
never as a pile of plates (issue 12); a placed map keeps its places."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontMetricsF
from pytestqt.qtbot import QtBot

from models import fileformat
from models.entities import Position
from models.example import example_case
from tests.ui.test_picture_places import _texts_sized
from ui.cli import main
from ui.commands.export import map_scene
from ui.window.main_window import MainWindow


def _pile(tmp_path: Path) -> Path:
    case = example_case()
    case.set_positions({a.id: Position(0.0, 0.0) for a in case.actors})
    path = tmp_path / "stapel.kvmap"
    fileformat.save(case, path)
    return path


def _overlapping_texts(svg: Path) -> list[tuple[str, str]]:
    """Pairs of texts on the page whose boxes (as the font measures them) overlap."""
    boxes = []
    for text, x, y, size in _texts_sized(svg):
        font = QFont("Sans Serif")
        font.setPixelSize(max(1, round(size)))
        width = QFontMetricsF(font).horizontalAdvance(text)
        boxes.append((text, x, y - 0.8 * size, x + width, y + 0.2 * size))
    hits = []
    for i, (ta, ax0, ay0, ax1, ay1) in enumerate(boxes):
        for tb, bx0, by0, bx1, by1 in boxes[i + 1 :]:
            if ax0 < bx1 - 0.5 and bx0 < ax1 - 0.5 and ay0 < by1 - 0.5 and by0 < ay1 - 0.5:
                hits.append((ta, tb))
    return hits


def test_the_cli_exports_a_pile_laid_out_with_every_name_apart(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = _pile(tmp_path)
    out = tmp_path / "stapel.svg"
    assert main(["export", str(path), "--to", str(out), "--lang", "nl"]) == 0
    texts = [t for t, _x, _y, _s in _texts_sized(out)]
    case = example_case()
    for actor in case.actors:  # every name is on the page (its first words at least)
        assert any(actor.name == t or actor.name.startswith(t + " ") for t in texts), actor.name
    assert _overlapping_texts(out) == []


def test_the_export_scene_of_a_pile_is_the_default_layout(qtbot: QtBot, tmp_path: Path) -> None:
    case = fileformat.read(_pile(tmp_path)).case
    scene = map_scene(case, "nl")
    items = list(scene.actor_items.values())
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            assert not a.sceneBoundingRect().intersects(b.sceneBoundingRect())
    assert all(a.position == Position(0.0, 0.0) for a in case.actors)  # the map stays as read


def test_the_export_scene_of_a_placed_map_keeps_its_places(qtbot: QtBot) -> None:
    case = example_case()
    scene = map_scene(case, "nl")
    for actor in case.actors:
        assert actor.position is not None
        where = scene.actor_items[actor.id].pos()
        assert (where.x(), where.y()) == (actor.position.x, actor.position.y)


def test_the_app_opens_a_pile_laid_out_one_undo_step(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = _pile(tmp_path)
    with qtbot.waitSignal(window.layouts.finished, timeout=60_000):
        assert window.files.open_path(path, ask=False)
    items = list(window.scene.actor_items.values())
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            assert not a.sceneBoundingRect().intersects(b.sceneBoundingRect())
    assert window.controller.undo_stack.count() == 1  # the layout, which undo takes back
    assert window.controller.dirty


def test_the_app_opens_a_placed_map_as_it_is(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "kaart.kvmap"
    fileformat.save(example_case(), path)
    assert window.files.open_path(path, ask=False)
    assert not window.layouts.busy
    assert window.controller.undo_stack.count() == 0
    for actor in window.controller.case.actors:
        assert actor.position is not None
        where = window.scene.actor_items[actor.id].pos()
        assert (where.x(), where.y()) == (actor.position.x, actor.position.y)
