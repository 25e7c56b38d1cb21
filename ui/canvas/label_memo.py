"""The edge labels are placed once per state of the map (issue 14, the edit at 200 actors).

Placing the labels (:func:`ui.canvas.readable.place_labels`) reads every shown actor's box,
every line's route, label box, text and look, the obstacles (the legend, the boxes' titles),
the organisations' boxes and the zoom, and is most of the readability pass after an edit. An
edit that moves none of them (an actor's influence, a note, a need elsewhere) would place
every label again where it already is: a placing started from its own result leaves every
label where it is (``tests/ui/test_label_memo.py``). :func:`state` is all it reads, in
numbers and paths compared by value; the scene keeps the state its labels were last placed
in (``SceneItems.labels_placed``) and they are placed again only when it changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF

from ui.canvas.items import ActorItem, EdgeItem

__all__ = ["placed", "state"]


def state(
    actors: Sequence[ActorItem],
    edges: Sequence[EdgeItem],
    obstacles: Sequence[QRectF],
    boxes: Sequence[QRectF],
    zoom: float,
) -> tuple[object, ...]:
    """Everything placing the labels of ``edges`` among ``actors`` at ``zoom`` reads and
    sets, as a value compared with ``==``."""
    return (
        zoom,
        tuple(r.getRect() for r in obstacles),
        tuple(r.getRect() for r in boxes),
        tuple((i.entity_id, i.sceneBoundingRect().getRect()) for i in actors),
        tuple(e.placement_state() for e in edges),
    )


def placed(before: tuple[object, ...], edges: Sequence[EdgeItem]) -> tuple[object, ...]:
    """:func:`state` after placing the labels of ``edges`` from the state ``before``: the
    placing moves and hides labels only, so only the lines' part is read again (the
    actors' boxes were most of working out the state twice a pass)."""
    return (*before[:-1], tuple(e.placement_state() for e in edges))
