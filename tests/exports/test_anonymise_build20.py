"""The anonymised copy's states are built without checking again what the map's own build
checked (issue 15: the check of ids and references was a fifth of the anonymising of a small
map); a renaming that would give two items one id is still refused. A date or a number in the
map's JSON is not read for the letters of persons (it has no letter to give)."""

from __future__ import annotations

import pytest

from exports.anonymise import anonymise
from exports.anonymise_id_names import lettered_ids
from exports.anonymise_ids import renamed
from exports.anonymise_plan import Plan
from models import fileformat
from models.errors import ModelError
from models.example import example_case
from models.references import reference_problems as real


def test_the_anonymised_states_are_not_checked_again(monkeypatch: pytest.MonkeyPatch) -> None:
    case = example_case()
    expected = anonymise(case, "nl")
    checked: list[object] = []

    def counted(*args: object) -> object:
        checked.append(args[1])
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr("models.case.reference_problems", counted)
    again = anonymise(case, "nl")
    assert checked == []  # the old code checked every item of every state (400 on the example)
    assert fileformat.dumps(again) == fileformat.dumps(expected)


def test_a_renaming_onto_an_existing_id_is_still_refused() -> None:
    case = example_case()
    first, second = case.actors[0].id, case.actors[1].id
    with pytest.raises(ModelError) as refused:
        renamed(case, {first: second})
    assert [p.key for p in refused.value.problems] == ["duplicate_id"]


def test_a_date_or_a_number_is_not_read_for_letters(monkeypatch: pytest.MonkeyPatch) -> None:
    case = example_case()
    read: list[str] = []
    real = Plan._text

    def counted(plan: Plan, text: str) -> str:
        read.append(text)
        return real(plan, text)

    monkeypatch.setattr(Plan, "_text", counted)
    plan = Plan([case], "nl", False)
    lettered_ids([case], plan, ["2026-10-01", "12", "Buurvrouw Pietersen belt"])
    assert "Buurvrouw Pietersen belt" in read
    assert "2026-10-01" not in read  # the old code read it, and "12" too
    assert "12" not in read
    assert plan.letters.given  # Pietersen got a letter as before
