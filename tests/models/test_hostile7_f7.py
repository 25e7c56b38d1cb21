"""Hostile review 7, F7: a position that is NaN or a text said only "got an object"; a name of
only invisible characters was valid (and the actor invisible on the map); ``as_of`` 1 January 1
passed without a word; an acceptance of a finding about nothing on the map was not said by
``validate``. The fast reading path and the item-by-item path say the same."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from models import fileformat
from models.errors import FormatError
from models.example import example_case
from models.notices import map_notices, render_dates
from ui.cli import main

Change = Callable[[dict[str, Any]], None]


def _said(change: Change, *, escaped: bool) -> str:
    """What reading the example with ``change`` says; ``escaped`` writes every non-ASCII
    character as ``\\uXXXX``, which sends the file the item-by-item way."""
    doc = json.loads(fileformat.dumps(example_case()))
    change(doc)
    text = json.dumps(doc, ensure_ascii=escaped)
    with pytest.raises(FormatError) as caught:
        fileformat.reads(text, "kaart.kvmap")
    return caught.value.render("en") + "\n" + caught.value.render("nl")


def _position(value: dict[str, Any]) -> Change:
    return lambda doc: doc["actors"][0].__setitem__("position", value)


def _name(value: str) -> Change:
    return lambda doc: doc["actors"][1].__setitem__("name", value)


@pytest.mark.parametrize(
    ("change", "en", "nl"),
    [
        # NaN and Infinity leave the position empty, as 1e308 does (hostile 11): said in
        # tests/models/test_far_positions.py
        (_position({"x": "1", "y": 3}), 'x is the text "1", not a number', 'x is de tekst "1"'),
        (_position({"x": 1, "y": None}), "y is null, not a number", "y is null, geen getal"),
        (_position({"x": 1, "z": 2}), 'the fields "x" and "z"', 'de velden "x" en "z"'),
        (_name("\u200b\u200d\ufeff"), "(U+200B, U+200D, U+FEFF), so it is empty", "en is dus leeg"),
        (_name("   \u200b "), "cannot be seen (U+0020, U+200B)", "niet te zien zijn"),
        (_name("\u0301\u0301\u0301"), "cannot be seen (U+0301)", "(U+0301)"),
    ],
)
def test_the_value_is_named_at_its_field_on_both_paths(change: Change, en: str, nl: str) -> None:
    fast = _said(change, escaped=False)
    slow = _said(change, escaped=True)
    assert fast == slow
    assert en in fast
    assert nl in fast
    field = "position" if "position" in fast.split(":")[1] else "name"
    assert f"actors[{0 if field == 'position' else 1}].{field}: " in fast


def test_a_name_with_a_letter_among_invisible_characters_is_kept() -> None:
    doc = json.loads(fileformat.dumps(example_case()))
    doc["actors"][1]["name"] = "\u200bAn\u0301a\u200d"
    loaded = fileformat.reads(json.dumps(doc, ensure_ascii=False), "kaart.kvmap")
    names = [a.name for a in loaded.case.actors]
    assert "\u200bAn\u0301a\u200d" in names


@pytest.mark.parametrize(
    ("as_of", "key"),
    [(date(1, 1, 1), "as_of_before_1900"), (date(2040, 1, 1), "as_of_far_ahead")],
)
def test_an_implausible_date_to_judge_on_is_said(as_of: date, key: str) -> None:
    case = example_case()
    case.set_case_field("as_of", as_of)
    [notice] = [n for n in map_notices(case, today=date(2026, 12, 3)) if n.location == "case.as_of"]
    assert notice.key == key
    assert "check it" in render_dates(notice, "en").render("en")
    assert "controleer haar" in render_dates(notice, "nl").render("nl")


def test_plausible_dates_to_judge_on_are_not_said() -> None:
    for as_of in (date(1900, 1, 1), date(2026, 12, 3), date(2036, 12, 3)):
        case = example_case()
        case.set_case_field("as_of", as_of)
        assert not [n for n in map_notices(case, today=date(2026, 12, 3)) if "as_of" in n.key]


def test_validate_names_an_acceptance_of_a_finding_about_nothing_on_the_map(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads(fileformat.dumps(example_case()))
    doc["accepted"] = [
        {"id": "acc9", "finding": "TRUST_NOT_MAPPED:spook", "reason": "Bewust"},
        {"id": "acc10", "finding": "MANDATE_EXPIRED:m5", "reason": "Wordt verlengd"},
    ]
    path = tmp_path / "kaart.kvmap"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(path), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert 'Acceptatie acc9 ("Bewust") noemt bevinding TRUST_NOT_MAPPED:spook' in out
    assert "maar de kaart heeft niets met het id spook" in out
    assert "acc10" not in out  # m5 is on the map
