"""Whole-map model operations stay linear: counted work at n and 4n actors grows about 4×.

Each test counts entity comparisons and walks over whole collections (see
:mod:`tests.models.opcount`), never wall-clock time. The quadratic versions these guard against
(``list.index`` per actor, a scan of all relationships per removed actor) do n²/2 comparisons.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from models import Case, Position
from models.fileformat import case_to_dict
from tests.models.opcount import counting, line_case

SMALL, LARGE = 300, 1200


def _work(monkeypatch: pytest.MonkeyPatch, n: int, op: Callable[[Case], object]) -> int:
    case = line_case(n)
    with counting(monkeypatch) as counter:
        op(case)
    return counter.total


def _assert_linear(monkeypatch: pytest.MonkeyPatch, op: Callable[[Case], object]) -> None:
    small, large = _work(monkeypatch, SMALL, op), _work(monkeypatch, LARGE, op)
    # linear: about 4× the work for 4× the actors (and never more than a few steps per actor)
    assert large <= 5 * max(small, SMALL), (small, large)
    assert large <= 20 * LARGE, large  # a quadratic loop does ~LARGE²/2


def _move_all(case: Case) -> None:
    case.set_positions(
        {
            a.id: Position(a.position.x + 1 if a.position else 0, 5.0)
            for a in list(case.actors._items)
        }
    )


def test_set_positions_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    _assert_linear(monkeypatch, _move_all)


def test_undo_of_a_layout_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    def layout_and_back(case: Case) -> None:
        old = case.set_positions({a.id: Position(1.0, 2.0) for a in case.actors._items})
        case.set_positions(old)

    _assert_linear(monkeypatch, layout_and_back)


def test_removing_many_actors_back_to_front_and_restoring_is_linear(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def remove_half(case: Case) -> None:
        ids = [a.id for a in case.actors._items][::2]
        removals = [case.remove_actor(i) for i in reversed(ids)]
        for removal in reversed(removals):
            case.restore_actor(removal)

    _assert_linear(monkeypatch, remove_half)


def test_remove_and_restore_give_back_the_same_case_and_positions() -> None:
    case = line_case(200)
    before = case_to_dict(case)
    removals = [case.remove_actor(f"a{i}") for i in range(199, -1, -3)]
    assert len(case.actors) == 200 - len(removals)
    assert all(case.actors.index_of(a.id) == i for i, a in enumerate(case.actors))
    for removal in reversed(removals):
        case.restore_actor(removal)
    assert case_to_dict(case) == before
    assert [case.relationships.index_of(r.id) for r in case.relationships] == list(range(400))


def test_index_of_and_touching_follow_inserts_in_the_middle() -> None:
    case = line_case(20)
    removal = case.remove_actor("a5")
    assert case.actors.index_of("a6") == 5
    assert case.relationships_of("a5") == []
    case.restore_actor(removal)
    assert case.actors.index_of("a6") == 6
    assert {r.id for r in case.relationships_of("a5")} == {"r4", "r5", "s5", "s6"}
    assert case.relationships_of("a5") == [
        r for r in case.relationships if "a5" in (r.source, r.target)
    ]
    assert case.mandates_of("a5") == [m for m in case.mandates if "a5" in (m.grantor, m.holder)]
    with pytest.raises(KeyError):
        case.actors.index_of("nobody")


def test_replacing_the_case_copy_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    _assert_linear(monkeypatch, lambda case: case.copy())
