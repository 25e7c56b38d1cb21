"""A damaged snapshot: hostile review 4, N11 named it at its place and refused the map; hostile
review 7, F5 asked that the map open. Now the map opens, the snapshot is named after its
problem and kept in the file as written (also after a save), and a strict load still refuses it
(the decision is in docs/file-format.md, "A damaged snapshot")."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from models import fileformat
from models.errors import FormatError
from models.example import example_case
from ui.cli import main


def _damaged(tmp_path: Path) -> Path:
    doc = json.loads(fileformat.dumps(example_case()))
    doc["snapshots"][1]["state"]["mandates"]["set"][0]["holder"] = "niemand"
    path = tmp_path / "kaart.kvmap"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_map_opens_and_the_damaged_snapshot_is_named_after_its_problem(
    tmp_path: Path,
) -> None:
    path = _damaged(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    loaded = fileformat.read(path)
    keys = [(p.location, p.key) for p in loaded.problems]
    assert keys == [
        ("snapshots[1].state.mandates[id=m5].holder", "no_such_actor"),
        ("snapshots[1]", "snapshot_kept"),
    ]
    text = loaded.render("nl")
    assert "snapshots[1]: momentopname \u201cs2\u201d (2026-01-15, \u201c" in text
    assert "de kaart is geopend, maar de tijdlijn, de vergelijking en het verloop" in text
    assert "Ze blijft ongewijzigd in het bestand staan, ook als u de kaart opslaat" in text
    assert [s.id for s in loaded.case.timeline.snapshots] == ["s1", "s3"]
    assert [k.snapshot.id for k in loaded.case.timeline.kept] == ["s2"]
    assert len(loaded.case.actors) == len(example_case().actors)  # the map itself, all of it
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_save_writes_the_damaged_snapshot_back_unchanged(tmp_path: Path) -> None:
    path = _damaged(tmp_path)
    written = json.loads(path.read_text(encoding="utf-8"))
    fileformat.save(fileformat.read(path).case, path)
    again = json.loads(path.read_text(encoding="utf-8"))
    assert again["snapshots"] == written["snapshots"]  # every snapshot, the damaged one too
    assert [p.key for p in fileformat.read(path).problems] == ["no_such_actor", "snapshot_kept"]


def test_a_new_snapshot_after_a_kept_one_takes_a_new_id_and_its_place(tmp_path: Path) -> None:
    from models.timeline import Snapshot

    case = fileformat.read(_damaged(tmp_path)).case
    timeline = case.timeline
    assert timeline.new_id() == "s4"  # s2 is still taken by the kept snapshot
    last = timeline.snapshots[-1]
    timeline.add_snapshot(Snapshot(timeline.new_id(), last.date, "Nu", last.state))
    timeline.remove_snapshot("s1")  # the one the kept snapshot followed: it goes by its date
    order = [s.id for s in timeline.in_file_order()]
    assert order == ["s2", "s3", "s4"]
    fileformat.save(case, tmp_path / "nieuw.kvmap")
    reread = fileformat.read(tmp_path / "nieuw.kvmap").case.timeline
    assert [s.id for s in reread.snapshots] == ["s3", "s4"]
    assert [k.snapshot.id for k in reread.kept] == ["s2"]


def test_a_strict_load_still_refuses_it(tmp_path: Path) -> None:
    with pytest.raises(FormatError) as caught:
        fileformat.load(_damaged(tmp_path))
    keys = [p.key for p in caught.value.problems]
    assert keys == ["no_such_actor", "snapshot_refused"]


def test_the_command_line_says_it_and_analyses_the_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _damaged(tmp_path)
    assert main(["analyse", str(path), "--lang", "en"]) == 1  # the example has critical findings
    err = capsys.readouterr().err
    assert 'snapshots[1].state.mandates[id=m5].holder: no actor with id "niemand"' in err
    assert 'snapshot "s2" (2026-01-15,' in err
    assert "It stays in the file as it was" in err


def test_a_healthy_timeline_has_no_such_message() -> None:
    loaded = fileformat.reads(fileformat.dumps(example_case()))
    assert len(loaded.case.timeline.snapshots) == 3
    assert loaded.problems == ()


def test_snapshots_out_of_date_order_are_said_to_be_out_of_order(tmp_path: Path) -> None:
    """Hostile review 5, C3: the example's snapshots reversed in the file gave 21 follow-on
    errors ("required field is missing", "no actor with id …") and no word about the order."""
    doc = json.loads(fileformat.dumps(example_case()))
    doc["snapshots"].reverse()
    [first, *_] = doc["snapshots"]
    with pytest.raises(FormatError) as caught:
        fileformat.loads(json.dumps(doc, ensure_ascii=False), "kaart.kvmap")
    [problem] = caught.value.problems
    assert problem.key == "snapshots_out_of_order"
    assert problem.params["other"] == first["id"]
    assert "zet ze terug op datumvolgorde" in caught.value.render("nl")


def test_a_wrong_date_in_a_chain_that_reads_is_still_named_by_its_snapshot() -> None:
    doc = json.loads(fileformat.dumps(example_case()))
    doc["snapshots"][1]["date"] = "2020-01-01"  # before the first; the chain itself reads
    with pytest.raises(FormatError) as caught:
        fileformat.loads(json.dumps(doc, ensure_ascii=False), "kaart.kvmap")
    assert [p.key for p in caught.value.problems] == ["snapshot_order"]


def test_a_damaged_snapshot_that_could_not_be_written_back_is_left_out() -> None:
    """A lone surrogate cannot be written as UTF-8: kept, the snapshot made the save fail with
    a traceback (found by fuzzing the F5 change). It refused the map; since hostile review 10,
    H4, the map opens without it, said, and a save writes the map without it."""
    doc = json.loads(fileformat.dumps(example_case()))
    doc["snapshots"][1]["state"]["mandates"]["set"][0]["holder"] = "\ud800"
    loaded = fileformat.reads(json.dumps(doc), "kaart.kvmap")
    keys = [p.key for p in loaded.problems]
    assert keys[-1] == "snapshot_dropped"
    assert [s.id for s in loaded.case.timeline.snapshots] == ["s1", "s3"]
    assert not loaded.case.timeline.kept
    again = fileformat.reads(fileformat.dumps(loaded.case), "kaart.kvmap")
    assert again.problems == ()
    with pytest.raises(FormatError) as caught:
        fileformat.loads(json.dumps(doc), "kaart.kvmap")
    assert "snapshot_dropped" not in [p.key for p in caught.value.problems]
