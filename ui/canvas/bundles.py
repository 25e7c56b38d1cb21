"""Several ties between the same two actors: fanned out, or collapsed into one counted bundle.

Two or more shown edges between one pair form a bundle. Collapsed, they run close together
with one label ("3 mandates"); open (the pointer on it, or it or one of its actors selected),
each edge fans out with its own label.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.canvas.geometry import label_slots, pair_offsets
from ui.canvas.items import EdgeItem, MandateItem, route_edges
from ui.canvas.placement import edge_key

__all__ = ["BUNDLE_SPACING", "bundle_text", "layout_edges", "pair_key"]

BUNDLE_SPACING = 5.0  # distance between the lines of a collapsed bundle


def pair_key(edge: EdgeItem) -> tuple[str, str]:
    """The two actors an edge joins, in a fixed order (either direction is the same pair)."""
    a, b = edge.source.entity_id, edge.target.entity_id
    return (a, b) if a <= b else (b, a)


def bundle_text(members: list[EdgeItem]) -> str:
    """The label of a collapsed bundle: "3 mandates", "2 relationships", "4 connections"."""
    count = str(len(members))
    mandates = sum(isinstance(e, MandateItem) for e in members)
    if mandates == len(members):
        text = QCoreApplication.translate("MapScene", "%1 mandates")
    elif mandates == 0:
        text = QCoreApplication.translate("MapScene", "%1 relationships")
    else:
        text = QCoreApplication.translate("MapScene", "%1 connections")
    return text.replace("%1", count)


def layout_edges(
    edges: list[EdgeItem], open_pairs: set[tuple[str, str]], hover_pair: tuple[str, str] | None
) -> None:
    """Fan out, bundle and route ``edges`` (all edges between the pairs they join).

    Two or more shown edges between the same two actors form a bundle: collapsed (close
    lines, one label "3 mandates") unless the pointer is on it or it or one of its actors
    is selected; open, every edge fans out with its own label.
    """
    ordered = sorted(edges, key=edge_key)
    shown = [e for e in ordered if e.isVisible()]
    groups: dict[tuple[str, str], list[EdgeItem]] = {}
    for edge in shown:
        groups.setdefault(pair_key(edge), []).append(edge)
    fanned: list[EdgeItem] = []
    tight: list[EdgeItem] = []
    for key, members in groups.items():
        collapsed = len(members) > 1 and key not in open_pairs
        for k, edge in enumerate(members):
            edge.bundle_text = bundle_text(members) if collapsed and k == 0 else ""
            edge.bundled = collapsed and k > 0
            edge.fanned_by_hover = key == hover_pair and len(members) > 1
        (tight if collapsed else fanned).extend(members)
    ends = [(e.entity_id, e.source.entity_id, e.target.entity_id) for e in fanned]
    offsets = pair_offsets(ends)
    offsets.update(
        pair_offsets(
            [(e.entity_id, e.source.entity_id, e.target.entity_id) for e in tight],
            spacing=BUNDLE_SPACING,
        )
    )
    slots = label_slots(
        [(e.entity_id, e.source.entity_id, e.target.entity_id) for e in fanned if e.text]
    )
    loops: dict[str, int] = {}
    for edge in ordered:
        loop_index = 0
        if edge.source is edge.target:
            loop_index = loops.get(edge.source.entity_id, 0)
            loops[edge.source.entity_id] = loop_index + 1
        edge.offset = offsets.get(edge.entity_id, 0.0)
        edge.label_t = slots.get(edge.entity_id, 0.5)
        edge.loop_index = loop_index
    route_edges(ordered)  # all at once: far faster than one by one
