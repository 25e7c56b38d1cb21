"""A person's own admission is health (issue 16, rev-hostile16d F1): "Mevrouw is opgenomen",
"sinds de opname van mevrouw", "the resident was admitted" and a visit of the crisis service
stayed in the copy and passed its check, although docs/exports.md counts an admission as
health. The same words about a plan, a budget or an agenda stay. The rows that go fail on
the code before this test."""

from __future__ import annotations

import pytest

from exports.anonymise_words import health_in, without_health

GOES = [
    "Sinds de opname van mevrouw is het stil.",
    "Mevrouw is opgenomen.",
    "Hij werd gisteren opgenomen.",
    "Sinds haar opname is het stil.",
    "De crisisdienst kwam vannacht voor mevrouw.",
    "The resident was admitted.",
    "She has been admitted again.",
]
STAYS = [
    "De afspraak is opgenomen in het convenant.",
    "Het punt is opgenomen in de begroting.",
    "Zij is opgenomen in het register.",
    "Mevrouw is opgenomen in het plan van aanpak.",
    "De opname van de kosten in de begroting.",
    "The item was admitted to the agenda.",
]


@pytest.mark.parametrize("text", GOES)
def test_an_admission_of_a_person_goes_and_the_check_sees_it(text: str) -> None:
    assert without_health(text) == ""
    assert health_in(text) is not None


@pytest.mark.parametrize("text", STAYS)
def test_the_same_words_about_a_plan_or_an_agenda_stay(text: str) -> None:
    assert without_health(text) == text
    assert health_in(text) is None
