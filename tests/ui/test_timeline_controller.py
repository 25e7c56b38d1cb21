"""Saving a snapshot is one undo step; every save records who saved what in ``history[]``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from models import ActorKind, ModelError, fileformat
from models.entities import Actor
from models.errors import FormatError
from ui.document.controller import DocumentController


def test_save_snapshot_is_one_step_and_undo_redo_restore_it(ctl: DocumentController) -> None:
    before = fileformat.dumps(ctl.case)
    snap = ctl.save_snapshot("Eerste analyse", date(2026, 3, 1), today=date(2026, 3, 2))
    assert ctl.undo_stack.count() == 1
    assert ctl.dirty
    assert ctl.case.timeline.snapshots == (snap,)
    assert snap.state["case"]["title"] == "Testcasus"
    ctl.undo_stack.undo()
    assert not ctl.case.timeline.snapshots
    assert fileformat.dumps(ctl.case) == before
    ctl.undo_stack.redo()
    assert ctl.case.timeline.snapshots == (snap,)


def test_remove_snapshot_undo_puts_it_back_in_place(ctl: DocumentController) -> None:
    for day, label in ((1, "een"), (2, "twee"), (3, "drie")):
        ctl.save_snapshot(label, date(2026, 3, day), today=date(2026, 4, 1))
    order = ctl.case.timeline.snapshots
    assert ctl.remove_snapshot(order[1].id)
    assert [s.label for s in ctl.case.timeline.snapshots] == ["een", "drie"]
    ctl.undo_stack.undo()
    assert ctl.case.timeline.snapshots == order


def test_a_bad_snapshot_is_refused_and_pushes_nothing(ctl: DocumentController) -> None:
    ctl.save_snapshot("een", date(2026, 3, 5), today=date(2026, 4, 1))
    with pytest.raises(ModelError) as info:
        ctl.save_snapshot("twee", date(2026, 3, 1), today=date(2026, 4, 1))
    assert "2026-03-05" in info.value.render("en")
    with pytest.raises(ModelError) as info:
        ctl.save_snapshot("drie", date(2026, 5, 1), today=date(2026, 4, 1))
    assert "na vandaag" in info.value.render("nl")
    assert ctl.undo_stack.count() == 1


def test_a_save_records_author_time_and_the_edits(ctl: DocumentController, tmp_path: Path) -> None:
    ctl.author = "Anna de Vries"
    ctl.add_actor(Actor("a9", "Raad", ActorKind.COUNCIL))
    ctl.set_field("a9", "influence", 4)
    path = tmp_path / "kaart.kvmap"
    ctl.save(path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    (entry,) = doc["history"]
    assert entry["author"] == "Anna de Vries"
    assert entry["edits"] == [ctl.undo_stack.text(0), ctl.undo_stack.text(1)]
    assert entry["more"] == 0
    assert entry["time"].endswith("Z")
    ctl.save(path)  # nothing changed since: no second entry
    assert len(json.loads(path.read_text(encoding="utf-8"))["history"]) == 1
    ctl.undo_stack.undo()
    ctl.save(path)
    last = json.loads(path.read_text(encoding="utf-8"))["history"][-1]
    assert last["edits"] == [f"Undone: {ctl.undo_stack.text(1)}"]
    assert fileformat.load(path).timeline.history[0].author == "Anna de Vries"


def test_a_failed_save_leaves_no_history_entry(ctl: DocumentController, tmp_path: Path) -> None:
    ctl.add_actor(Actor("a9", "Raad", ActorKind.COUNCIL))
    with pytest.raises(FormatError):
        ctl.save(tmp_path / "no-such-folder" / "kaart.kvmap")
    assert ctl.case.timeline.history == ()
