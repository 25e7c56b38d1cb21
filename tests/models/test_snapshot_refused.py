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
