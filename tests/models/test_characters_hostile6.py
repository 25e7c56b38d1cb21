"""Hostile review 6, N6: control and direction characters in a map's names and ids. A repair
names every control character it removes (BEL and ESC were removed without a word), and a
direction control that stays (balanced) is said by ``validate``, located by index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models import fileformat
from models.example import example_case
from models.notices import map_notices
from ui.cli import main

NAME = "Wet\u202ehouder\x00\x07\x1b[31m"


def _doc() -> dict[str, object]:
    doc = fileformat.case_to_dict(example_case())
    actors = doc["actors"]
    assert isinstance(actors, list)
    actors[0]["name"] = NAME
    return doc


def test_a_repair_names_every_control_character_it_removes() -> None:
    loaded = fileformat.reads(json.dumps(_doc()), "c.kvmap")
    [problem] = loaded.problems
    assert problem.location == "actors[0].name"
    assert problem.render("en") == (
        "actors[0].name: invalid control character U+0000 at character 11 removed, and also "
        "U+0007 and U+001B"
    )
    assert "verwijderd, en ook U+0007 en U+001B" in problem.render("nl")
    name = loaded.case.actors[0].name
    assert name.startswith("Wet\u202ehouder[31m")  # the text is kept, the controls go


def test_a_direction_control_in_a_name_or_an_id_is_said_located_by_index() -> None:
    doc = _doc()
    actors = doc["actors"]
    assert isinstance(actors, list)
    organisations = doc["organisations"]
    assert isinstance(organisations, list)
    organisations[0]["name"] = "Gemeente\u2067 Rivierstad\u2069"
    case = fileformat.reads(json.dumps(doc), "c.kvmap").case
    said = {n.location: n.render("nl") for n in map_notices(case)}
    assert said["actors[0].name"] == (
        "actors[0].name: bevat het richtingsteken U+202E op teken 4: dat keert de tekst erna "
        "om, overal waar die wordt getoond; verwijder het, tenzij de naam van rechts naar links "
        "wordt geschreven"
    )
    assert "organisations[0].name" in said
    assert not any("\u202e" in loc for loc in said)


def test_validate_says_it_for_a_map_that_opened_repaired(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.kvmap"
    path.write_text(json.dumps(_doc()), encoding="utf-8")
    assert main(["validate", str(path), "--lang", "en"]) == 1
    out, err = capsys.readouterr()
    assert "U+0007 and U+001B" in err
    assert "warning: actors[0].name: holds the direction control U+202E at character 4" in out
