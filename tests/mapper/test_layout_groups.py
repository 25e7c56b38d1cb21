"""Layouts keep an organisation together: no two organisations' boxes overlap, no actor
stands in another organisation's box, and a collapsed organisation's hidden actors keep
their arrangement around its node (mapper.layout.grouping)."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from mapper.layout import estimated_size, layout
from mapper.layout.grouping import BOX_PAD, BOX_TITLE, keep_groups_together
from models import (
    Actor,
    Case,
    CaseInfo,
    EntityKind,
    LayoutMethod,
    Mandate,
    Position,
    PowerCategory,
    RelationKind,
    Relationship,
)
from models.legacy import assemble

ORGS = ("Gemeente Rivierstad", "Woningcorporatie Thuisplus", "GGZ-team Rivierland")
Box = tuple[float, float, float, float]  # left, top, right, bottom


def interleaved_case(long_names: bool = True) -> Case:
    """Three organisations of five actors (with long names), tied across more than within,
    and three actors of no organisation between them."""
    actors = [
        Actor(
            f"o{k}a{i}",
            f"Medewerker {i} van de afdeling nummer {k} met een lange naam"
            if long_names
            else f"Medewerker {k}.{i}",
            organisation=org,
        )
        for k, org in enumerate(ORGS)
        for i in range(5)
    ]
    actors += [Actor(f"x{i}", f"Inwoner {i}") for i in range(3)]
    rels = []
    ids = [a.id for a in actors]
    for n, (a, b) in enumerate(itertools.combinations(ids, 2)):
        if n % 4 == 0 and a[:2] != b[:2]:  # ties across organisations
            rels.append(Relationship(f"r{n}", a, b, RelationKind.COLLABORATION))
    rels += [Relationship(f"h{k}", f"o{k}a0", f"o{k}a1", RelationKind.HIERARCHY) for k in range(3)]
    case = assemble(CaseInfo("door elkaar"), actors, rels)
    case.add(EntityKind.MANDATE, Mandate("m1", "o0a0", "o1a2", PowerCategory.SPEND_BUDGET))
    return case


def _boxes(case: Case, pos: dict[str, Position]) -> tuple[dict[str, Box], dict[str, Box]]:
    actor_box: dict[str, Box] = {}
    for actor in case.actors:
        w, h = estimated_size(actor.name, actor.kind)
        p = pos[actor.id]
        actor_box[actor.id] = (p.x - w / 2, p.y - h / 2, p.x + w / 2, p.y + h / 2)
    group_box: dict[str, Box] = {}
    for actor in case.actors:
        if actor.organisation:
            b = actor_box[actor.id]
            g = group_box.get(actor.organisation, b)
            group_box[actor.organisation] = (
                min(g[0], b[0]),
                min(g[1], b[1]),
                max(g[2], b[2]),
                max(g[3], b[3]),
            )
    padded = {
        k: (b[0] - BOX_PAD, b[1] - BOX_PAD - BOX_TITLE, b[2] + BOX_PAD, b[3] + BOX_PAD)
        for k, b in group_box.items()
    }
    return actor_box, padded


def _meet(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize(
    "method", [LayoutMethod.FORCE, LayoutMethod.HIERARCHY, LayoutMethod.SPHERES]
)
def test_no_two_organisations_interleave(method: LayoutMethod) -> None:
    case = interleaved_case()
    pos = layout(case, method)
    actor_box, group_box = _boxes(case, pos)
    assert len(group_box) == 3
    for (g, one), (h, other) in itertools.combinations(group_box.items(), 2):
        assert not _meet(one, other), f"{method}: the boxes of {g} and {h} overlap"
    org = {a.id: a.organisation for a in case.actors}
    for actor_id, box in actor_box.items():
        for g, gbox in group_box.items():
            if org[actor_id] != g:
                assert not _meet(box, gbox), f"{method}: {actor_id} stands in the box of {g}"
    for (x, p), (y, q) in itertools.combinations(actor_box.items(), 2):
        assert not _meet(p, q), f"{method}: {x} and {y} overlap"


def test_the_hierarchy_keeps_its_rows_and_managers_above() -> None:
    case = interleaved_case()
    pos = layout(case, LayoutMethod.HIERARCHY)
    for k in range(3):
        assert pos[f"o{k}a0"].y < pos[f"o{k}a1"].y
    rows = {round(p.y, 1) for p in pos.values()}
    assert len(rows) < len(pos), "actors share rows: moved along x only"


def test_a_collapsed_organisation_keeps_its_arrangement_around_its_node() -> None:
    case = interleaved_case()
    first = ORGS[0]
    org = next(o for o in case.organisations if o.name == first)
    members = [a.id for a in case.actors if a.organisation == org.id]
    # a tidy row, as the user left it before collapsing
    case.set_positions({m: Position(1000.0 + 400.0 * i, 500.0) for i, m in enumerate(members)})
    case.update(EntityKind.ORGANISATION, org.id, {"collapsed": True})
    pos = layout(case, LayoutMethod.FORCE)
    offsets = {(pos[m].x - pos[members[0]].x, pos[m].y - pos[members[0]].y) for m in members}
    assert offsets == {(400.0 * i, 0.0) for i in range(len(members))}
    # expanded, the layout places them by their ties again
    case.update(EntityKind.ORGANISATION, org.id, {"collapsed": False})
    again = layout(case, LayoutMethod.FORCE)
    assert {(again[m].x - again[members[0]].x) for m in members} != {400.0 * i for i in range(5)}


def test_without_organisations_nothing_moves() -> None:
    xy = np.array([[0.0, 0.0], [500.0, 0.0]])
    sizes = np.array([[100.0, 50.0], [100.0, 50.0]])
    assert np.array_equal(keep_groups_together(xy, sizes, ["", "Raad"]), xy)


def test_a_spread_organisation_is_drawn_together() -> None:
    # two members far apart with a stranger between them: after, the stranger is outside
    xy = np.array([[0.0, 0.0], [2000.0, 0.0], [1000.0, 0.0]])
    sizes = np.full((3, 2), 80.0)
    out = keep_groups_together(xy, sizes, ["a", "A", ""])
    left, right = sorted(out[:2, 0])
    assert right - left < 400.0
    lo, hi = out[:2].min(axis=0) - 40.0 - BOX_PAD, out[:2].max(axis=0) + 40.0 + BOX_PAD
    box = (lo[0], lo[1] - BOX_TITLE, hi[0], hi[1])
    x, y = out[2]
    assert not _meet(box, (x - 40.0, y - 40.0, x + 40.0, y + 40.0))


def test_the_circle_is_a_circle_with_each_organisation_on_one_arc() -> None:
    """Issue 12: the circle strung an organisation's actors along it by sphere, mixed with
    others; then each organisation was drawn inwards into a block, and the layout was no
    circle any more (new user, seventh round 5: "the externals sit on an arc, and the
    municipality is packed"). Now every actor stands on one circle, each organisation on
    one arc of it, and no two actors meet at their real size."""
    case = interleaved_case()
    pos = layout(case, LayoutMethod.CIRCLE)
    xs, ys = [p.x for p in pos.values()], [p.y for p in pos.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    radii = [math.hypot(p.x - cx, p.y - cy) for p in pos.values()]
    assert max(radii) - min(radii) < 0.05 * max(radii), radii  # one circle
    angle = {k: math.atan2(p.y - cy, p.x - cx) for k, p in pos.items()}
    org = {a.id: a.organisation for a in case.actors}
    ring = [org[k] for k in sorted(pos, key=lambda k: angle[k])]
    # each organisation one run around the ring (the ring closes: its ends may join)
    runs = [k for k, _ in itertools.groupby(ring)]
    if len(runs) > 1 and runs[0] == runs[-1]:
        runs.pop()
    assert len(runs) == len(set(ring)), runs
    actor_box, _group_box = _boxes(case, pos)
    for (x, p), (y, q) in itertools.combinations(actor_box.items(), 2):
        assert not _meet(p, q), f"circle: {x} and {y} overlap"


def test_the_grid_puts_an_organisations_actors_side_by_side_in_a_cell() -> None:
    """The grid keeps its cells (influence and interest); within a cell, the actors of one
    organisation stand next to each other, not mixed with the others."""
    actors = [
        Actor(f"a{i}", f"Actor {i}", organisation=ORGS[i % 3], influence=4, interest=4)
        for i in range(9)
    ]
    actors += [Actor("x", "Inwoner", influence=4, interest=4)]
    case = assemble(CaseInfo("één vak"), actors, [])
    pos = layout(case, LayoutMethod.GRID)
    order = sorted(case.actors, key=lambda a: (round(pos[a.id].y), pos[a.id].x))
    runs = [a.organisation for a in order]
    changes = sum(1 for p, q in itertools.pairwise(runs) if p != q)
    assert changes == 3, runs  # three organisations, then the actor of none
    assert runs[-1] == ""
