"""Hostile review, fourth round (H7, H8, H10): the mandate register import. Each test failed
before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.register_read import read_register
from models.example import example_case


def _csv(path: Path, *rows: str) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


_HEAD = "Bevoegdheid,Mandaatgever,Gemandateerde"


@pytest.mark.parametrize("mark", ["\u202e\u202c", "\u200b", "\ufeff"])
def test_a_name_with_an_invisible_character_matches_the_actor_and_says_so(
    tmp_path: Path, mark: str
) -> None:
    case = example_case()
    holder = case.actors[1]
    shown = holder.name[:3] + mark + holder.name[3:]
    register = _csv(tmp_path / "r.csv", _HEAD, f"Nieuw,{case.actors[0].name},{shown}")
    result = read_register(register, case)
    assert len(result.case.actors) == len(case.actors)  # no look-alike actor created
    [added] = [m for m in result.case.mandates if m.id not in {n.id for n in case.mandates}]
    assert added.holder == holder.id
    [warning] = [w for w in result.warnings if w.key == "register_actor_invisible"]
    assert (warning.row, warning.column) == (2, "Gemandateerde")
    code = f"U+{ord(mark[0]):04X}"
    assert f'matched the actor "{holder.name}" on the map' in warning.render("en")
    assert code in warning.render("en")
    assert f'gekoppeld aan de actor "{holder.name}"' in warning.render("nl")
    assert not [w for w in result.warnings if w.key == "register_new_actor"]


def test_a_name_differing_only_in_spaces_matches_and_says_so(tmp_path: Path) -> None:
    case = example_case()
    grantor = case.actors[0]
    spaced = grantor.name.replace(" ", "  ")
    assert spaced != grantor.name
    register = _csv(tmp_path / "r.csv", _HEAD, f"Nieuw,{spaced},{case.actors[1].name}")
    result = read_register(register, case)
    assert len(result.case.actors) == len(case.actors)
    [warning] = [w for w in result.warnings if w.key == "register_actor_look_alike"]
    assert warning.column == "Mandaatgever"
    assert f'"{spaced}"' in warning.render("nl")


def test_a_mandate_to_oneself_is_a_warning_naming_the_row(tmp_path: Path) -> None:
    case = example_case()
    actor = case.actors[0]
    register = _csv(
        tmp_path / "r.csv",
        _HEAD,
        f"Nieuw,{case.actors[1].name},{actor.name}",
        f"Nieuw,{actor.name},{actor.name}",
    )
    result = read_register(register, case)
    [warning] = [w for w in result.warnings if w.key == "register_mandate_to_itself"]
    assert (warning.row, warning.column) == (3, "Gemandateerde")
    assert f'"{actor.name}" is both Mandaatgever and Gemandateerde' in warning.render("en")
    assert f'"{actor.name}" is zowel Mandaatgever als Gemandateerde' in warning.render("nl")
    assert "row 3" in warning.render("en")


def test_reversed_dates_are_said_in_the_register_headers(tmp_path: Path) -> None:
    """H10: the error named the fields valid_until and valid_from, not the columns."""
    from exports.errors import ImportFileError

    case = example_case()
    row = f"Nieuw,{case.actors[0].name},{case.actors[1].name},2026-06-01,2026-01-01"
    register = _csv(tmp_path / "r.csv", _HEAD + ",Geldig vanaf,Geldig tot", row)
    with pytest.raises(ImportFileError) as info:
        read_register(register, case)
    text = info.value.render("nl")
    assert "Geldig tot 2026-01-01 ligt vóór Geldig vanaf (2026-06-01)" in text
    assert "valid_from" not in text
    assert "valid_until" not in text
