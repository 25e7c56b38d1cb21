"""An anonymised copy of a map carries its timeline anonymised: every snapshot, the snapshots'
names, and the saves without their authors (issue 16, sharing without personal data)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from exports.anonymise import anonymise
from models import EntityKind, fileformat
from models.case import Case
from models.entities import Actor
from models.enums import ActorKind
from models.example import example_case
from models.timeline import HistoryEntry, Snapshot
from models.timeline_io import state_of
from ui.cli import main

_NAMES = ("Jansen", "De Wit", "Pietersen", "Anna de Vries")


def _story() -> Case:
    """The example, with an earlier snapshot that holds a neighbour gone from the map now,
    a snapshot named after the resident, and a save by a named adviser."""
    case = example_case()
    then = case.copy()
    then.add(
        EntityKind.ACTOR,
        Actor("buurman", "Meneer De Wit", ActorKind.CITIZEN, influence=1, interest=3),
    )
    when = case.timeline.snapshots[-1].date
    case.timeline.add_snapshot(
        Snapshot("s9", when, "Gesprek met Meneer De Wit", state_of(fileformat.case_to_dict(then)))
    )
    case.timeline.record(
        HistoryEntry(
            datetime(2026, 10, 2, 9, 30, tzinfo=UTC),
            "Anna de Vries",
            ("Houding van mevrouw Jansen", "Naam Meneer De Wit"),
            2,
        )
    )
    return case


def test_no_name_anywhere_in_the_anonymised_map() -> None:
    case = _story()
    plain = fileformat.dumps(case)
    assert all(name in plain for name in ("Jansen", "De Wit", "Anna de Vries"))  # it can fail
    text = fileformat.dumps(anonymise(case, "nl"))
    for name in _NAMES:
        assert name not in text


def test_the_structure_and_the_story_are_kept() -> None:
    case = _story()
    anon = anonymise(case, "nl")
    assert [(s.id, s.date) for s in anon.timeline.snapshots] == [
        (s.id, s.date) for s in case.timeline.snapshots
    ]
    moved = {"jansen": "inwoner", "ggz": "zorgaanbieder", "buurman": "inwoner_2"}
    for before, after in zip(case.timeline.snapshots, anon.timeline.snapshots, strict=True):
        ids = [moved.get(a["id"], a["id"]) for a in before.state["actors"]]
        assert [a["id"] for a in after.state["actors"]] == ids
    last = anon.timeline.snapshots[-1]
    assert last.label == "Gesprek met inwoner 2"
    names = {a["id"]: a["name"] for a in last.state["actors"]}
    assert names["inwoner"] == "Inwoner"  # the same role and id in every state
    assert names["inwoner_2"] == "Inwoner 2"
    first = {a["id"]: a["name"] for a in anon.timeline.snapshots[0].state["actors"]}
    assert first["inwoner"] == "Inwoner"
    entry = anon.timeline.history[0]
    assert entry.author == ""
    assert entry.edits == ("Houding van de inwoner", "Naam inwoner 2")
    assert (entry.time, entry.more) == (case.timeline.history[0].time, 2)
    again = fileformat.loads(fileformat.dumps(anon))  # a valid map, read back whole
    assert len(again.timeline.snapshots) == 4


def test_a_map_without_residents_keeps_its_snapshots_but_not_its_authors() -> None:
    case = example_case()
    case.timeline = type(case.timeline)()
    case.remove(EntityKind.ACTOR, "jansen")
    state = state_of(fileformat.case_to_dict(case))
    case.timeline.add_snapshot(Snapshot("s1", date(2026, 1, 1), "Begin", state))
    case.timeline.record(HistoryEntry(datetime(2026, 1, 2, tzinfo=UTC), "Anna de Vries"))
    anon = anonymise(case, "nl")
    assert [(s.id, s.date, s.label) for s in anon.timeline.snapshots] == [
        (s.id, s.date, s.label) for s in case.timeline.snapshots
    ]
    assert [h.author for h in anon.timeline.history] == [""]


def test_cli_writes_an_anonymised_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "casus.kvmap"
    fileformat.save(_story(), src, backup=False)
    before = src.read_bytes()
    out = tmp_path / "gedeeld.kvmap"
    assert main(["export", str(src), "--to", str(out), "--anonymise", "--lang", "nl"]) == 0
    said = capsys.readouterr().out
    assert "ook in de momentopnamen" in said
    text = out.read_text(encoding="utf-8")
    for name in _NAMES:
        assert name not in text
    assert src.read_bytes() == before  # the map itself is never written
    assert main(["export", str(src), "--to", str(out), "--lang", "en"]) == 2
    assert "add --anonymise" in capsys.readouterr().err
    assert main(["export", str(src), "--to", str(src), "--anonymise", "--lang", "en"]) == 2
    assert "would overwrite the map itself" in capsys.readouterr().err
    assert src.read_bytes() == before
