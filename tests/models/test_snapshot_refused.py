"""Hostile review 4, N11 leftover: one damaged snapshot refuses the map with its place, names
the snapshot, says the map itself is in order, and changes nothing in the file (the decision is
in docs/file-format.md, "A damaged snapshot")."""

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


def test_the_damaged_snapshot_is_named_after_its_problem(tmp_path: Path) -> None:
    path = _damaged(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(FormatError) as caught:
        fileformat.read(path)
    keys = [(p.location, p.key) for p in caught.value.problems]
    assert keys == [
        ("snapshots[1].state.mandates[id=m5].holder", "no_such_actor"),
        ("snapshots[1]", "snapshot_refused"),
    ]
    text = caught.value.render("nl")
    assert "snapshots[1]: momentopname \u201cs2\u201d (2026-01-15, \u201c" in text
    assert "al is de kaart zelf in orde" in text
    assert "Herstel of verwijder deze momentopname in het bestand" in text
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_command_line_says_it_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _damaged(tmp_path)
    assert main(["analyse", str(path), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert 'snapshots[1].state.mandates[id=m5].holder: no actor with id "niemand"' in err
    assert 'snapshot "s2" (2026-01-15,' in err
    assert "the map itself is in order" in err


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
