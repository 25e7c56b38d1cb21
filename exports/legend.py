"""The legend of a map as plain data (no Qt): which shapes, colours and lines mean what.

:mod:`exports.image` draws it beside an exported picture; the canvas may draw the same data.
"""

from __future__ import annotations

from dataclasses import dataclass

from exports.style import (
    ACTOR_SHAPES,
    EDGE_STYLES,
    MANDATE_STYLE,
    SPHERE_COLOURS,
    TRUST_COLOURS,
    Shape,
)
from models.case import Case
from models.enums import ActorKind, RelationKind, default_sphere
from models.i18n import Lang
from models.labels import label

__all__ = ["EdgeEntry", "Legend", "NodeEntry", "full_legend", "legend_for_case"]


@dataclass(frozen=True, slots=True)
class NodeEntry:
    """A node symbol: shape, fill and text."""

    text: str
    colour: str
    shape: Shape


@dataclass(frozen=True, slots=True)
class EdgeEntry:
    """A line symbol: colour, dash, width, arrow and text."""

    text: str
    colour: str
    dash: str = "solid"
    width: float = 1.5
    arrow: str = "forward"


@dataclass(frozen=True, slots=True)
class Legend:
    """Title, node symbols and line symbols."""

    title: str
    nodes: tuple[NodeEntry, ...] = ()
    edges: tuple[EdgeEntry, ...] = ()


def _title(lang: Lang) -> str:
    return "Legenda" if lang == "nl" else "Legend"


def _edges(
    kinds: list[RelationKind], trust_levels: list[int], mandates: bool, lang: Lang
) -> list[EdgeEntry]:
    entries: list[EdgeEntry] = []
    for kind in kinds:
        style = EDGE_STYLES[kind]
        if kind is RelationKind.TRUST and trust_levels:
            for level in trust_levels:
                text = f"{label(kind, lang)} ({level:+d})" if level else f"{label(kind, lang)} (0)"
                entries.append(
                    EdgeEntry(text, TRUST_COLOURS[level], style.dash, style.width, style.arrow)
                )
            continue
        entries.append(
            EdgeEntry(label(kind, lang), style.colour, style.dash, style.width, style.arrow)
        )
    if mandates:
        text = "Mandaat / delegatie" if lang == "nl" else "Mandate / delegation"
        entries.append(
            EdgeEntry(text, MANDATE_STYLE.colour, MANDATE_STYLE.dash, MANDATE_STYLE.width)
        )
    return entries


def legend_for_case(case: Case, lang: Lang = "nl") -> Legend:
    """A legend with only what ``case`` uses: its actor kinds, relation kinds and mandates."""
    nodes: dict[ActorKind, NodeEntry] = {}
    for actor in case.actors:
        if actor.kind not in nodes:
            colour = SPHERE_COLOURS[actor.effective_sphere]
            nodes[actor.kind] = NodeEntry(label(actor.kind, lang), colour, ACTOR_SHAPES[actor.kind])
    present = {r.kind for r in case.relationships}
    kinds = [k for k in RelationKind if k in present]
    levels = sorted({r.level for r in case.relationships if r.kind is RelationKind.TRUST})
    ordered = [nodes[k] for k in ActorKind if k in nodes]
    return Legend(
        _title(lang), tuple(ordered), tuple(_edges(kinds, levels, bool(len(case.mandates)), lang))
    )


def full_legend(lang: Lang = "nl") -> Legend:
    """Every actor kind and relation kind."""
    nodes = tuple(
        NodeEntry(label(k, lang), SPHERE_COLOURS[default_sphere(k)], ACTOR_SHAPES[k])
        for k in ActorKind
    )
    return Legend(_title(lang), nodes, tuple(_edges(list(RelationKind), [], True, lang)))
