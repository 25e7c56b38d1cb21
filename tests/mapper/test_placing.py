"""The rule for a map without places of its own (issue 12): all actors on one spot, or
most of them, is laid out with the default layout; a placed map keeps its places."""

from __future__ import annotations

from mapper.layout import estimated_size
from mapper.layout.placing import unplaced, with_places
from models import Actor, Case, CaseInfo
from models.entities import Position
from models.example import example_case


def _boxes_apart(case: Case) -> None:
    actors = list(case.actors)
    for i, a in enumerate(actors):
        for b in actors[i + 1 :]:
            assert a.position is not None
            assert b.position is not None
            wa, ha = estimated_size(a.name, a.kind)
            wb, hb = estimated_size(b.name, b.kind)
            apart_x = abs(a.position.x - b.position.x) >= (wa + wb) / 2 - 0.5
            apart_y = abs(a.position.y - b.position.y) >= (ha + hb) / 2 - 0.5
            assert apart_x or apart_y, (a.id, b.id)


def test_a_map_with_everyone_on_one_spot_is_laid_out_with_the_hierarchy() -> None:
    case = example_case()
    case.set_positions({a.id: Position(0.0, 0.0) for a in case.actors})
    assert unplaced(case)
    laid = with_places(case)
    assert laid is not case
    assert all(a.position == Position(0.0, 0.0) for a in case.actors)  # the map is untouched
    _boxes_apart(laid)
    # the default layout of a map with mandates: who mandates stands above whom
    ys = {a.id: a.position.y for a in laid.actors if a.position is not None}
    assert any(ys[m.grantor] < ys[m.holder] for m in laid.mandates)


def test_a_map_without_any_position_is_unplaced_too() -> None:
    case = example_case()
    case.set_positions({a.id: None for a in case.actors})
    assert unplaced(case)
    _boxes_apart(with_places(case))


def test_most_actors_on_one_spot_is_unplaced_a_few_is_not() -> None:
    case = example_case()
    count = len(case.actors)
    placed = {a.id: a.position for a in case.actors}
    ids = list(placed)
    # a few on one spot (a user's two actors dropped together): the map keeps its places
    few = dict(placed, **{i: Position(5.0, 5.0) for i in ids[:3]})
    case.set_positions(few)
    assert not unplaced(case)
    assert with_places(case) is case
    # more than half on one spot (within a rounding's distance): laid out
    half = ids[: count // 2 + 1]
    most = dict(placed, **{i: Position(0.2 * (k % 2), 0.0) for k, i in enumerate(half)})
    case.set_positions(most)
    assert unplaced(case)


def test_the_example_keeps_its_places() -> None:
    case = example_case()
    assert not unplaced(case)
    assert with_places(case) is case


def test_one_actor_is_never_a_pile() -> None:
    alone = Case.from_parts(CaseInfo("t"), [Actor("a", "A", position=Position(0, 0))], [])
    assert not unplaced(alone)
