"""The evidence the structure gives for a cause: the cut point its person is, the communities
split, how many routes run through its person (moved from :mod:`mapper.cause_words`)."""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence

from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Text
from mapper.wording import count

__all__ = ["evidence", "top3"]


def evidence(
    theme_political: bool,
    structural: Sequence[tuple[Finding, frozenset[str]]],
    metrics: Mapping[str, Mapping[str, float]],
    ctx: Context,
    person: str | None,
    top: list[str] | None = None,
) -> tuple[Text, ...]:
    """What the structure says of a cause: the cut point its person is, the communities split
    (the political theme), and how many routes run through its person (among the top three)."""
    g = ctx.graphs
    out: list[Text] = []
    for s, actors in structural:  # each with its actors as a set
        if s.code == Code.STRUCTURE_CUT_POINTS and person is not None and person in actors:
            name = g.name(person)
            out.append(
                Text(
                    f"Without {name.running('en')} the network falls apart.",
                    f"Zonder {name.running('nl')} valt het netwerk uiteen.",
                )
            )
        elif s.code == Code.SPHERES_COMMUNITIES_SPLIT and theme_political:
            out.append(s.detail)
    if person is not None and person in metrics:
        value = metrics[person].get("betweenness", 0.0)
        top = top if top is not None else top3(metrics)
        place = top.index(person) + 1 if person in top else len(top) + 1
        if value > 0 and place <= 3:
            name = g.name(person)
            if place == 1:
                text = Text(
                    f"More routes on the map run through {name.running('en')} than through anyone "
                    "else.",
                    f"Via {name.running('nl')} lopen meer routes op de kaart dan via wie ook.",
                )
            else:
                others = count(place - 1, "andere actor", "andere actoren", "nl")
                text = Text(
                    f"Only {count(place - 1, 'other actor carries', 'other actors carry', 'en')} "
                    f"more routes on the map than {name.running('en')}.",
                    f"Alleen via {others} lopen meer routes op de kaart dan via "
                    f"{name.running('nl')}.",
                )
            out.append(text)
    return tuple(out)


def top3(metrics: Mapping[str, Mapping[str, float]]) -> list[str]:
    """The three actors of highest betweenness (ties by id): one pass, not a sort."""
    return heapq.nsmallest(3, metrics, key=lambda a: (-metrics[a].get("betweenness", 0.0), a))
