"""The anonymised copy's states are built without checking again what the map's own build
checked (issue 15: the check of ids and references was a fifth of the anonymising of a small
map); a renaming that would give two items one id is still refused."""

from __future__ import annotations

import pytest

from exports.anonymise import anonymise
from exports.anonymise_ids import renamed
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
