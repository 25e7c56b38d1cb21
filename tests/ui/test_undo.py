"""Undo/redo invariants for every command: undo gives back the exact state, redo the after."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import (
    Actor,
    ActorKind,
    Case,
    Mandate,
    ModelError,
    Need,
    Position,
    PowerCategory,
    RelationKind,
    Relationship,
    Sphere,
)
from tests.ui.conftest import small_case
from ui.document.controller import DocumentController


def snapshot(case: Case) -> tuple[Any, ...]:
    """Everything that makes up the case, ids and order included."""
    return (
        case.info,
        tuple(case.actors),
        tuple(case.relationships),
        tuple(case.mandates),
        tuple(case.needs),
    )


def check_step(ctl: DocumentController, edit: Any) -> None:
    """Run ``edit`` (one step), then undo -> before, redo -> after, undo again -> before."""
    before = snapshot(ctl.case)
    index = ctl.undo_stack.index()
    edit()
    after = snapshot(ctl.case)
    assert after != before
    assert ctl.undo_stack.index() == index + 1
    assert ctl.undo_stack.count() == index + 1
    ctl.undo_stack.undo()
    assert snapshot(ctl.case) == before
    ctl.undo_stack.redo()
    assert snapshot(ctl.case) == after
    ctl.undo_stack.undo()
    assert snapshot(ctl.case) == before


def test_add_each_kind(ctl: DocumentController) -> None:
    check_step(ctl, lambda: ctl.add_actor(Actor("a9", "Raad", ActorKind.COUNCIL)))
    check_step(
        ctl, lambda: ctl.add_relationship(Relationship("r9", "a4", "a1", RelationKind.SIGNAL))
    )
    check_step(ctl, lambda: ctl.add_mandate(Mandate("m9", "a2", "a4", PowerCategory.TRIAGE)))
    check_step(ctl, lambda: ctl.add_need(Need("n9", "Zorg", handler="a1")))


def test_add_puts_at_end_and_undo_removes(ctl: DocumentController) -> None:
    ctl.add_actor(Actor("a9", "Raad", ActorKind.COUNCIL))
    assert ctl.case.actors.ids()[-1] == "a9"
    ctl.undo_stack.undo()
    assert ctl.case.actors.get("a9") is None


@pytest.mark.parametrize(
    "ids",
    [
        ["a2"],  # actor with relationships, mandates, need handler
        ["a1"],  # intent owner
        ["r2", "r3"],
        ["m1"],
        ["n1", "n2"],
        ["r1", "a2", "m2", "n1"],  # mixed, incl. a relationship of the removed actor
        ["a3", "a1", "a4"],  # several actors in any order
        ["a1", "a2", "a3", "a4", "r1", "r2", "r3", "r4", "m1", "m2", "n1", "n2"],
    ],
)
def test_remove_restores_order_and_ids(ctl: DocumentController, ids: list[str]) -> None:
    check_step(ctl, lambda: ctl.remove(ids))
    for item_id in ids:
        assert ctl.case.entity(item_id) is not None


def test_remove_unknown_ids_pushes_nothing(ctl: DocumentController) -> None:
    assert not ctl.remove(["nope"])
    assert ctl.undo_stack.count() == 0


def test_remove_takes_attached_items(ctl: DocumentController) -> None:
    ctl.remove(["a2"])
    assert ctl.case.relationships.ids() == ["r4"]
    assert ctl.case.mandates.ids() == []
    need = ctl.case.needs.get("n2")
    assert need is not None
    assert need.handler is None


@pytest.mark.parametrize(
    ("entity_id", "field", "value"),
    [
        ("a1", "name", "Burgemeester"),
        ("a1", "kind", "council"),
        ("a3", "influence", 4),
        ("a3", "tags", ["wijkteam", "zorg"]),
        ("r3", "level", -2),
        ("r1", "target", "a3"),
        ("m1", "power", "spend_budget"),
        ("m2", "budget", 12.5),
        ("n1", "handler", "a1"),
        ("n2", "decision", "Urgentie"),
    ],
)
def test_set_field(ctl: DocumentController, entity_id: str, field: str, value: object) -> None:
    check_step(ctl, lambda: ctl.set_field(entity_id, field, value))


def test_set_field_same_value_pushes_nothing(ctl: DocumentController) -> None:
    assert not ctl.set_field("a1", "name", "Wethouder")
    assert ctl.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("entity_id", "field", "value"),
    [("a1", "influence", 9), ("r1", "target", "zz"), ("a1", "kind", "koning"), ("a1", "x", 1)],
)
def test_set_field_bad_value_raises_and_leaves_case(
    ctl: DocumentController, entity_id: str, field: str, value: object
) -> None:
    before = snapshot(ctl.case)
    with pytest.raises(ModelError):
        ctl.set_field(entity_id, field, value)
    assert snapshot(ctl.case) == before
    assert ctl.undo_stack.count() == 0


def test_set_field_unknown_entity_raises(ctl: DocumentController) -> None:
    with pytest.raises(ModelError):
        ctl.set_field("zz", "name", "x")


def test_mergeable_edits_fold_into_one_step(ctl: DocumentController) -> None:
    before = snapshot(ctl.case)
    for level in (0, 1, -1):
        ctl.set_field("r3", "level", level, mergeable=True)
    assert ctl.undo_stack.count() == 1
    rel = ctl.case.relationships.get("r3")
    assert rel is not None
    assert rel.level == -1
    ctl.undo_stack.undo()
    assert snapshot(ctl.case) == before


def test_merged_edits_back_to_the_start_leave_no_step_and_a_clean_document(
    ctl: DocumentController,
) -> None:
    ctl.undo_stack.setClean()
    before = snapshot(ctl.case)
    rel = ctl.case.relationships.get("r3")
    assert rel is not None
    start = rel.level
    for level in (start - 1, start - 2, start):  # typed away and back again
        ctl.set_field("r3", "level", level, mergeable=True)
    assert snapshot(ctl.case) == before
    assert ctl.undo_stack.count() == 0
    assert not ctl.dirty
    assert not ctl.undo_stack.canUndo()
    ctl.set_field("r3", "level", start - 1, mergeable=True)  # a new edit is a step again
    assert ctl.undo_stack.count() == 1
    assert ctl.dirty


def test_nudges_back_to_the_start_leave_no_step(ctl: DocumentController) -> None:
    ctl.undo_stack.setClean()
    before = snapshot(ctl.case)
    actor = ctl.case.actors.get("a1")
    assert actor is not None
    assert actor.position is not None
    x, y = actor.position.x, actor.position.y
    for dx in (10, 20, 0):
        ctl.nudge_actors({"a1": Position(x + dx, y)})
    assert snapshot(ctl.case) == before
    assert ctl.undo_stack.count() == 0
    assert not ctl.dirty


def test_merge_back_to_the_start_after_other_steps_keeps_them(ctl: DocumentController) -> None:
    ctl.set_field("a1", "name", "Wethouder Zorg")
    ctl.undo_stack.setClean()
    for level in (0, 2):  # r3 starts at 2
        ctl.set_field("r3", "level", level, mergeable=True)
    assert ctl.undo_stack.count() == 1
    assert not ctl.dirty
    ctl.undo_stack.undo()
    actor = ctl.case.actors.get("a1")
    assert actor is not None
    assert actor.name == "Wethouder"


def test_unmergeable_edits_stay_separate(ctl: DocumentController) -> None:
    ctl.set_field("a1", "name", "A")
    ctl.set_field("a1", "name", "B")
    assert ctl.undo_stack.count() == 2


def test_update_several_fields(ctl: DocumentController) -> None:
    check_step(ctl, lambda: ctl.update("a4", {"name": "Mevrouw J.", "interest": 5}))


def test_set_fields_on_many(ctl: DocumentController) -> None:
    edits: list[tuple[str, str, object]] = [("a1", "interest", 3), ("a2", "interest", 4)]
    check_step(ctl, lambda: ctl.set_fields(edits))


def test_set_fields_rolls_back_on_bad_value(ctl: DocumentController) -> None:
    before = snapshot(ctl.case)
    edits: list[tuple[str, str, object]] = [("a1", "interest", 3), ("a2", "interest", 99)]
    with pytest.raises(ModelError):
        ctl.set_fields(edits)
    assert snapshot(ctl.case) == before
    assert ctl.undo_stack.count() == 0


def test_set_case_field(ctl: DocumentController) -> None:
    check_step(ctl, lambda: ctl.set_case_field("title", "Andere titel"))
    check_step(ctl, lambda: ctl.set_case_field("intent_owner", "a2"))
    check_step(ctl, lambda: ctl.set_case_field("intent_owner", None))


def test_move_is_one_step(ctl: DocumentController) -> None:
    new = {"a1": Position(10, 20), "a2": Position(300, 40)}
    old = {"a1": Position(0, 0), "a2": Position(200, 0)}
    check_step(ctl, lambda: ctl.move_actors(new, old))


def test_move_from_no_position(ctl: DocumentController) -> None:
    ctl.add_actor(Actor("a9", "Los"))
    check_step(ctl, lambda: ctl.move_actors({"a9": Position(5, 5)}, {"a9": None}))


def test_nudges_merge(ctl: DocumentController) -> None:
    before = snapshot(ctl.case)
    for step in range(1, 4):
        ctl.nudge_actors({"a1": Position(step * 10, 0)})
    assert ctl.undo_stack.count() == 1
    ctl.undo_stack.undo()
    assert snapshot(ctl.case) == before


def test_layout_positions(ctl: DocumentController) -> None:
    positions = {aid: Position(i * 100.0, 50.0) for i, aid in enumerate(ctl.case.actors.ids())}
    check_step(ctl, lambda: ctl.set_positions(positions, "Circle"))
    assert ctl.undo_stack.text(0) == "Circle"


def test_add_entities_paste(ctl: DocumentController) -> None:
    items: list[Actor | Relationship | Mandate | Need] = [
        Relationship("r9", "a9", "a1", RelationKind.TRUST),
        Actor("a9", "Kopie"),
        Mandate("m9", "a1", "a9", PowerCategory.TRIAGE),
    ]
    check_step(ctl, lambda: ctl.add_entities(items))


def test_selection_follows_removal(ctl: DocumentController) -> None:
    seen: list[object] = []
    ctl.selection_changed.connect(seen.append)
    ctl.set_selection(["a2", "r1", "bogus"])
    assert ctl.selection == ("a2", "r1")
    ctl.remove(["a2"])
    assert len(ctl.selection) == 0
    assert seen[-1] == ()


def test_practice_both_means_none(ctl: DocumentController) -> None:
    from models import Practice

    ctl.set_practice(Practice.MAATWERK)
    assert ctl.practice is Practice.MAATWERK
    ctl.set_practice(Practice.BOTH)
    assert ctl.practice is None


def test_dirty_flag_and_save_open(ctl: DocumentController, tmp_path: Any) -> None:
    flags: list[bool] = []
    ctl.dirty_changed.connect(flags.append)
    assert not ctl.dirty
    ctl.set_field("a1", "name", "X")
    assert ctl.dirty
    path = tmp_path / "c.kvmap"
    ctl.save(path)
    assert not ctl.dirty
    assert ctl.path == str(path)
    ctl.undo_stack.undo()
    assert ctl.dirty
    ctl.undo_stack.redo()
    assert not ctl.dirty
    assert flags == [True, False, True, False]
    ctl.new_document()
    assert len(ctl.case.actors) == 0
    assert ctl.path is None
    ctl.open(path)
    actor = ctl.case.actors.get("a1")
    assert actor is not None
    assert actor.name == "X"
    assert ctl.undo_stack.count() == 0


def test_replaced_case_is_disconnected(ctl: DocumentController) -> None:
    old = ctl.case
    ctl.set_selection(["a1"])
    ctl.new_document()
    old.remove_actor("a2")  # must not touch the new document's selection handling
    assert ctl.selection == ()


# ---------------------------------------------------------------- random sequences
OPS = st.lists(
    st.tuples(
        st.sampled_from(["add", "remove", "rename", "move", "rel", "paste"]),
        st.integers(0, 50),
        st.integers(0, 50),
    ),
    min_size=1,
    max_size=12,
)


def _apply(ctl: DocumentController, op: str, a: int, b: int) -> None:
    case = ctl.case
    ids = case.actors.ids()
    everything = ids + case.relationships.ids() + case.mandates.ids() + case.needs.ids()
    if op == "add":
        ctl.add_actor(Actor(case.new_id(Actor), f"Actor {a}"))
    elif op == "remove" and everything:
        ctl.remove([everything[a % len(everything)], everything[b % len(everything)]])
    elif op == "rename" and ids:
        ctl.set_field(ids[a % len(ids)], "name", f"Naam {b}")
    elif op == "move" and ids:
        ctl.move_actors({ids[a % len(ids)]: Position(a, b)}, {})
    elif op == "rel" and ids:
        rel = Relationship(
            case.new_id(Relationship), ids[a % len(ids)], ids[b % len(ids)], RelationKind.TRUST
        )
        ctl.add_relationship(rel)
    elif op == "paste":
        new_actor = Actor(case.new_id(Actor), "Plak")
        ctl.add_entities([new_actor])


@given(OPS)
def test_random_sequences_undo_to_start_and_redo_to_end(ops: list[tuple[str, int, int]]) -> None:
    ctl = DocumentController(small_case())
    states = [snapshot(ctl.case)]
    for op, a, b in ops:
        index = ctl.undo_stack.index()
        _apply(ctl, op, a, b)
        if ctl.undo_stack.index() > index:
            states.append(snapshot(ctl.case))
    for expected in reversed(states[:-1]):
        ctl.undo_stack.undo()
        assert snapshot(ctl.case) == expected
    for expected in states[1:]:
        ctl.undo_stack.redo()
        assert snapshot(ctl.case) == expected


def test_an_edit_of_several_fields_names_them_and_the_actor(ctl: DocumentController) -> None:
    """New user, fourth round 11: the kind chooser's step reads "Undo Edit Kind, Sphere: …",
    not a bare "Undo Edit"."""
    actor = next(iter(ctl.case.actors))
    assert ctl.update(actor.id, {"kind": ActorKind.MEDIA, "sphere": Sphere.SOCIETY})
    text = ctl.undo_stack.undoText()
    assert text.startswith("Edit ")
    assert text.endswith(f": {actor.name}")
    assert ", " in text  # both fields named
    ctl.undo_stack.undo()
    assert ctl.case.actors.get(actor.id) == actor
