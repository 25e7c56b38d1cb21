"""Undo gives back the picture the edit started from (rev-user18 R4): with an actor selected,
its bundles are fanned; adding a tie selected the new tie and folded them into "3 relaties",
and undoing the tie and a rename left them folded, because undo did not give back the
selection the edits started from (and a bundle opens for a selected actor)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from models import RelationKind
from ui.canvas.bundles import pair_key
from ui.canvas.connecting import add_connection
from ui.canvas.items import EdgeItem
from ui.canvas.menus import Choice
from ui.window.main_window import MainWindow


def picture(win: MainWindow) -> dict[str, tuple[object, ...]]:
    """Each line's bundle state, route and label box, as drawn."""
    scene = win.scene
    edges: list[EdgeItem] = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    return {
        e.entity_id: (
            e.bundle_text,
            e.bundled,
            e.fanned,
            round(e.offset, 3),
            e.shown_text(),
            e._path.boundingRect().getRect(),
            e._label_rect.getRect(),
        )
        for e in edges
    }


def bundled_pairs(win: MainWindow) -> list[tuple[str, str]]:
    """The pairs of actors joined by more than one visible line (a bundle), sorted."""
    scene = win.scene
    pairs: dict[tuple[str, str], int] = {}
    for edge in [*scene.relationship_items.values(), *scene.mandate_items.values()]:
        if edge.isVisible() and edge.source is not edge.target:
            pairs[pair_key(edge)] = pairs.get(pair_key(edge), 0) + 1
    return sorted(key for key, n in pairs.items() if n > 1)


def test_undo_of_a_tie_and_a_rename_gives_back_the_bundles(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    win = example_window
    scene, controller = win.scene, win.controller
    edges = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    bundled = bundled_pairs(win)
    assert bundled, "the example has a pair of actors with several ties"
    actor, other = bundled[0]
    third = next(a for a in controller.case.actors if a.id not in (actor, other))
    controller.set_selection([actor])
    qtbot.wait(50)
    before = picture(win)
    assert not any(e.bundle_text for e in edges if pair_key(e) == (actor, other))  # fanned
    controller.set_field(actor, "name", "Consulent Jansen")
    new = add_connection(controller, actor, third.id, Choice(relation=RelationKind.SIGNAL))
    assert controller.selection == (new,)
    qtbot.wait(50)
    assert any(e.bundle_text for e in edges if pair_key(e) == (actor, other))  # folded
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    qtbot.wait(50)
    assert controller.selection == (actor,)  # old: ()
    # old: the fanned lines stayed folded, and four labels kept the places (and the two lines)
    # the edits' placings had moved them to
    assert picture(win) == before
