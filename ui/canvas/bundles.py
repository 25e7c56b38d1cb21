"""Several ties between the same two actors: fanned out, or collapsed into one counted bundle.

Two or more shown edges between one pair form a bundle. Collapsed, they run close together
with one label ("3 mandates"); open (the pointer on it, or it or one of its actors selected),
each edge fans out with its own label.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ui.canvas.geometry import PARALLEL_SPACING, label_slots, pair_offsets
from ui.canvas.item_base import _label_size
from ui.canvas.items import EdgeItem, MandateItem, route_edges
from ui.canvas.placement import edge_key

__all__ = [
    "BUNDLE_SPACING",
    "bundle_text",
    "fan_spacing",
    "layout_edges",
    "merge_same_labels",
    "pair_key",
    "same_label_text",
]

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
    open_groups: list[list[EdgeItem]] = []
    for key, members in groups.items():
        collapsed = len(members) > 1 and key not in open_pairs
        if not collapsed:
            open_groups.append(members)
        for k, edge in enumerate(members):
            edge.bundle_text = bundle_text(members) if collapsed and k == 0 else ""
            edge.bundled = collapsed and k > 0
            edge.fanned_by_hover = key == hover_pair and len(members) > 1
            edge.fanned = not collapsed and len(members) > 1
        (tight if collapsed else fanned).extend(members)
    offsets: dict[str, float] = {}
    for members in open_groups:  # (a test "members[0] in fanned" was quadratic: 1 s at 2,000)
        if len(members) == 1:  # a lone line runs straight (most of a big map's 5,000 pairs)
            offsets[members[0].entity_id] = 0.0
            continue
        ends = [(e.entity_id, e.source.entity_id, e.target.entity_id) for e in members]
        offsets.update(pair_offsets(ends, spacing=fan_spacing(members)))
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


def fan_spacing(members: list[EdgeItem]) -> float:
    """The distance between the apexes of an open bundle's lines: room for their labels
    side by side across the bundle (as far as three label heights; further along the lines
    the labels take turns), at least :data:`PARALLEL_SPACING`."""
    labelled = [e for e in members if e.text]
    if len(labelled) < 2:
        return PARALLEL_SPACING
    a, b = members[0].source.scenePos(), members[0].target.scenePos()
    length = math.hypot(b.x() - a.x(), b.y() - a.y()) or 1.0
    nx, ny = abs(b.y() - a.y()) / length, abs(b.x() - a.x()) / length  # across the line
    across = 0.0
    for edge in labelled:
        w, h = _label_size(edge.text, edge.bold_label)
        w, h = w * edge.label_scale, h * edge.label_scale
        across = max(across, min(nx * w + ny * h, 3 * h) + 4 * edge.label_scale)
    return max(PARALLEL_SPACING, across)


def same_label_text(label: str, count: int) -> str:
    """The one label of ``count`` mandates of one grantor with the same label."""
    text = QCoreApplication.translate("MapScene", "%1 (%2 mandates)")
    return text.replace("%1", label).replace("%2", str(count))


def merge_same_labels(
    mandates: Iterable[MandateItem], open_pairs: set[tuple[str, str]]
) -> list[list[MandateItem]]:
    """One label for the shown mandates of one grantor that carry the same label.

    A grantor mandating one power to several holders drew the same words on every line,
    side by side or on top of each other near the grantor. Now the first of them (in the
    stable order) reads "Bijzondere bijstand verlenen (3 mandaten)", the others draw no
    label, and each line's tooltip lists them all. A group opens again (every line its own
    label) when one of its lines or actors is selected or under the pointer. Returns the
    groups merged.
    """
    groups: dict[tuple[str, str], list[MandateItem]] = {}
    ordered = sorted(mandates, key=edge_key)
    before = {e.entity_id: (e.same_text, e.same_hidden) for e in ordered}
    for edge in ordered:
        edge.same_text, edge.same_hidden = "", False
        if edge.isVisible() and edge.text and not edge.bundled and not edge.bundle_text:
            groups.setdefault((edge.source.entity_id, edge.text), []).append(edge)
    merged = []
    for (_grantor, text), members in groups.items():
        opened = any(pair_key(e) in open_pairs for e in members)
        if len(members) < 2 or opened:
            for edge in members:
                edge.setToolTip("")  # its own, made when asked (MandateItem.tip)
            continue
        merged.append(members)
        holders = "\n".join(f"→ {e.target.actor.name}" for e in members)
        for k, edge in enumerate(members):
            edge.same_text = same_label_text(text, len(members)) if k == 0 else ""
            edge.same_hidden = k > 0
            edge.setToolTip(f"{same_label_text(text, len(members))}\n{holders}\n\n{edge.tip()}")
    for edge in ordered:
        if before[edge.entity_id] != (edge.same_text, edge.same_hidden):
            edge.relabel()
    return merged
