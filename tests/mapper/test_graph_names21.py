"""An actor's name is made once per analysis (issue 15, map21: the checks and the texts ask
for the same names hundreds of times; each asking made the cache key of ``Name.of`` again).
Counted: the old ``CaseGraphs.name`` called ``_name_of`` at every call; it fails the first test.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

import mapper.graph as graph
from mapper.context import Context
from mapper.names import Name
from models.example import example_case


def test_each_name_is_made_once_per_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    g = Context.of(example_case()).graphs
    made: list[object] = []
    real = graph._name_of

    def counted(*args: Any, **kwargs: Any) -> Name:
        made.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(graph, "_name_of", counted)
    ids = [*g.actors, None, "nobody"]
    first = [g.name(a) for a in ids]
    assert len(made) == len(ids)
    again = [g.name(a) for a in ids]
    assert len(made) == len(ids)
    assert all(a is b for a, b in zip(first, again, strict=True))


def test_a_changed_copy_names_afresh() -> None:
    g = Context.of(example_case()).graphs
    actor = next(iter(g.actors))
    before = g.name(actor)
    renamed = {**g.actors, actor: replace(g.actors[actor], name="Iemand anders")}
    other = replace(g, actors=renamed)
    assert other.name(actor) == "Iemand anders"
    assert g.name(actor) == before
