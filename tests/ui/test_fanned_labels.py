"""An open bundle's labels are readable (issue 12): each on its own curve, apart from the
other labels of the bundle and off every actor's plate, at 1366 x 768, on the example and
on a map with four to eight ties between two actors."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from models import Actor, Case, CaseInfo, Position, RelationKind, Relationship
from models.example import example_case
from tests.ui.window_support import open_window, settle
from ui.canvas.bundles import pair_key
from ui.canvas.items import EdgeItem
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow

_WORDS = ("meldt zorgen", "vraagt advies", "stuurt het dossier", "overlegt wekelijks",
          "escaleert", "deelt gegevens", "verwijst door", "belt terug")  # fmt: skip


def _ties(count: int) -> Case:
    actors = [
        Actor("a", "Wijkteam Noord", position=Position(0, 0)),
        Actor("b", "Afdeling Schuldhulpverlening", position=Position(40, 260)),
        Actor("c", "Woningcorporatie", position=Position(360, 130)),
    ]
    ties = [
        Relationship(
            f"r{k}",
            *(("a", "b") if k % 2 == 0 else ("b", "a")),
            RelationKind.SIGNAL,
            label=_WORDS[k],
        )
        for k in range(count)
    ]
    ties.append(Relationship("rc", "a", "c", RelationKind.COLLABORATION, label="werkt samen"))
    # others around them, so the map is fitted at a zoom where the labels grow (as in a case)
    for k in range(12):
        angle = 2 * math.pi * k / 12
        place = Position(round(900 * math.cos(angle)), round(520 * math.sin(angle)))
        actors.append(Actor(f"o{k}", f"Partner {k + 1}", position=place))
    return Case.from_parts(CaseInfo("Bundel"), actors, ties)


def _select(win: MainWindow, actor_id: str) -> None:
    win.view.fit_to_window()  # the first view: the whole map in the window
    win.scene.clearSelection()
    win.scene.actor_items[actor_id].setSelected(True)
    for _ in range(20):
        QCoreApplication.processEvents()
    win.view.refresh_readability()


def _open_labels(win: MainWindow) -> dict[tuple[str, str], list[EdgeItem]]:
    """The shown labels of every open bundle (two or more lines between one pair)."""
    scene = win.scene
    groups: dict[tuple[str, str], list[EdgeItem]] = {}
    for edge in [*scene.relationship_items.values(), *scene.mandate_items.values()]:
        if edge.isVisible():
            groups.setdefault(pair_key(edge), []).append(edge)
    return {
        key: [e for e in members if e.shown_text() and e.label_shown()]
        for key, members in groups.items()
        if len(members) > 1 and scene.bundle_open(*key)
    }


def _on_its_curve(edge: EdgeItem) -> bool:
    centre = edge.mapRectToScene(edge.label_rect()).center()
    path = edge.mapToScene(edge.line_path())
    near = min(
        math.hypot(p.x() - centre.x(), p.y() - centre.y())
        for p in (path.pointAtPercent(k / 200) for k in range(201))
    )
    return near <= 2.0


def _problems(win: MainWindow) -> list[tuple[str, str, str]]:
    plates = [
        (i.entity_id, i.sceneBoundingRect())
        for i in win.scene.actor_items.values()
        if i.isVisible()
    ]
    found = []
    for members in _open_labels(win).values():
        rects = [(e.entity_id, e.mapRectToScene(e.label_rect())) for e in members]
        for k, (one, rect) in enumerate(rects):
            found += [("label", one, other) for other, r in rects[k + 1 :] if rect.intersects(r)]
            found += [("actor", one, a) for a, plate in plates if rect.intersects(plate)]
        found += [("off its curve", e.entity_id, "") for e in members if not _on_its_curve(e)]
    return found


@pytest.mark.parametrize("count", [4, 6, 8])
def test_the_labels_of_an_open_bundle_of_ties_stand_apart_on_their_own_curves(
    qtbot: QtBot, tmp_path: Path, count: int
) -> None:
    win = open_window(qtbot, tmp_path, DocumentController(_ties(count)))
    _select(win, "a")
    labels = _open_labels(win)[("a", "b")]
    # the fan opens wide enough for all but at most one (which shows with the pointer on it)
    assert len(labels) >= count - 1
    assert count > 4 or len(labels) == count
    assert _problems(win) == []
    settle(win)


def test_the_examples_open_bundles_have_readable_labels(qtbot: QtBot, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path, DocumentController(example_case()))
    shown = 0
    for actor_id in (
        "college",
        "secretaris",
        "manager_wi",
        "teamleider",
        "consulent",
        "corporatie",
    ):
        _select(win, actor_id)
        assert _problems(win) == [], actor_id
        shown += sum(len(members) for members in _open_labels(win).values())
    # most of the open bundles' labels show: 14 did before map9 kept labels off other lines'
    # arrowheads, five of them on such heads (the manager's, the consulent's "vreest
    # afrekening op afwijkingen" under five); those show with the pointer on the line now
    assert shown >= 9
    settle(win)
