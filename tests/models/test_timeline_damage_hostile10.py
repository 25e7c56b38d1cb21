"""Hostile review 10, H4: structural damage in a snapshot or in the history of saves (a snapshot
that is no object, ``state.case: 5``, 30 February, a text among the set actors, ``history: "not
a list"``, a save with edits "abc" and more -5) refused the whole map. Now the map itself opens;
each damaged snapshot or save is left out with its problem and a line naming it; reading writes
nothing; a strict load still refuses, and a command that writes the map back asks for
``--force`` first (nothing is written unseen)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from models import fileformat
from models.errors import FormatError
from models.example import example_case
from models.timeline_words import DROP_NOTES
from ui.cli import main

Change = Callable[[dict[str, Any]], None]


def _set(path: tuple[Any, ...], value: object) -> Change:
    def change(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _history(doc: dict[str, Any]) -> None:
    doc["history"] = [
        {"time": "2026-01-03T10:00:00Z", "author": "anna", "edits": "abc", "more": -5},
        {"time": "2026-01-04T10:00:00Z", "author": "bob", "edits": ["Naam gewijzigd"], "more": 0},
    ]


CASES = [  # change, the snapshots that stay, the saves that stay, the last line said
    (_set(("snapshots", 1), "kapot"), ["s1"], 0, "snapshots_after_dropped"),
    (_set(("snapshots", 0, "state", "case"), 5), [], 0, "snapshots_after_dropped"),
    (_set(("snapshots", 2, "date"), "2026-02-30"), ["s1", "s2"], 0, "snapshot_dropped"),
    (_set(("snapshots", 2, "state", "mandates", "set"), [1]), ["s1", "s2"], 0, "snapshot_dropped"),
    (_set(("snapshots",), {"s1": 1}), [], 0, "snapshots_dropped"),
    (_set(("history",), "not a list"), ["s1", "s2", "s3"], 0, "history_dropped"),
    (_history, ["s1", "s2", "s3"], 1, "history_entry_dropped"),
]


def _write(tmp_path: Path, change: Change) -> Path:
    doc = json.loads(fileformat.dumps(example_case()))
    change(doc)
    path = tmp_path / "kaart.kvmap"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(("change", "snapshots", "saves", "last"), CASES)
def test_the_map_opens_without_the_damaged_part(
    tmp_path: Path, change: Change, snapshots: list[str], saves: int, last: str
) -> None:
    path = _write(tmp_path, change)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    loaded = fileformat.read(path)
    case = loaded.case
    assert len(case.actors) == len(example_case().actors)  # the user's map, all of it
    assert [s.id for s in case.timeline.snapshots] == snapshots
    assert len(case.timeline.history) == saves
    keys = [p.key for p in loaded.problems]
    assert keys[-1] == last
    assert keys[0] not in DROP_NOTES  # the problem itself comes first
    said = loaded.render("en")
    assert "the map opened" in said
    assert "opened" in said.split("\n")[-1] or last == "snapshots_after_dropped"
    assert "geopend" in loaded.render("nl") or "weggelaten" in loaded.render("nl")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # reading wrote nothing
    with pytest.raises(FormatError) as strict:  # a strict load refuses, the problem only
        fileformat.load(path)
    assert not {p.key for p in strict.value.problems} & DROP_NOTES
    fileformat.save(case, tmp_path / "bewaard.kvmap")  # what a save writes opens cleanly
    assert fileformat.read(tmp_path / "bewaard.kvmap").problems == ()


def test_a_dropped_snapshot_names_itself(tmp_path: Path) -> None:
    loaded = fileformat.read(_write(tmp_path, CASES[2][0]))
    text = loaded.render("en")
    assert "snapshots[2].date: 2026-02-30 is not a day" in text
    assert 'snapshots[2]: snapshot "s3" (2026-02-30, "' in text
    assert "the map opened without it" in text
    nl = loaded.render("nl")
    assert "momentopname \u201cs3\u201d (2026-02-30" in nl
    assert "de kaart is zonder haar geopend" in nl


def test_a_command_that_writes_back_asks_for_force_and_says_nothing_was_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, _history)
    before = path.read_bytes()
    assert main(["--lang", "en", "layout", str(path)]) == 2
    err = capsys.readouterr().err
    assert "history[0].edits: expected a list" in err
    assert "history[0]: this save is left out of the history" in err
    assert "not written" in err
    assert path.read_bytes() == before
    assert main(["--lang", "en", "validate", str(path)]) == 1
    assert "opens with these values repaired" in capsys.readouterr().err
