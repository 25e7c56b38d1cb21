"""Letters.text runs a pattern only over a text that holds what each of its matches holds
(issue 15, session 21: sixteen patterns over every new text, most finding nothing; 13,322
texts of six test files read in 0.65 s instead of 1.79 s, each with the same letters). On the
old code every pattern ran over every text (the first test fails there)."""

from __future__ import annotations

import pytest

from exports import anonymise_titled
from exports.anonymise_titled import Letters
from tests.exports.counted_pattern import Counted


@pytest.mark.parametrize("name", ["_PERSON", "_KIN_LIST", "_AGED", "_BEFORE_RESIDENT"])
def test_a_pattern_is_not_run_over_a_text_without_what_it_needs(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    real = getattr(anonymise_titled, name)
    counted = Counted(real)
    monkeypatch.setattr(anonymise_titled, name, counted)
    monkeypatch.setitem(anonymise_titled._MAY, id(counted), anonymise_titled._MAY[id(real)])
    read = Letters.text.__wrapped__  # type: ignore[attr-defined]
    assert read(Letters(), "Belt de gemeente terug.") == ("Belt de gemeente terug.")
    assert counted.used == 0
    read(Letters(), "Mevrouw Bakker (buurvrouw: Els) en de inwoner")
    assert counted.used == 1


# texts each pattern finds something in: the gate lets each through
_FOUND = [
    "Gezin Jansen blijft wonen en mevrouw Jansen krijgt zorg; dhr. P. de Vries helpt.",
    "Mevrouw de Voorzitter opent; de familie Van der Berg-Jansen komt.",
    "Overleg in MS Teams met Ms Smith en mr. Bakker.",
    "Broer: Kees, Moeder (Els), Haar kinderen (Daan, Fleur)",
    "Kinderen DAAN en FLEUR",
    "De inwoner en Mark de Vries; Inwoner 2 en Fleur",
    "Mark de Vries en de inwoner; de inwoner: Daan en Fleur",
    "BUURMAN PIETERSEN belt",
    "Haar oudste zoon, Mark, belt",
    "Gezin de Wit: Lotte wacht op dagbesteding",
    "Pietersen (buurvrouw) en Daan (12, zoon van de inwoner); Mark de Vries is haar partner",
    "M. de Vries, partner van de inwoner",
    "Lotte de Wit (9) en Daan (geboortejaar weggelaten)",
    "Noahs moeder belt",
    "Daan, Fleur en hun moeder",
    "Fleur en X belden; X en Els Bakker",
    "De Pietersens komen",
    "mevrouw 't Hart en Mw. A.Bakker",
]


@pytest.mark.parametrize("text", _FOUND)
def test_no_gate_keeps_a_pattern_from_a_text_it_finds_something_in(text: str) -> None:
    for name in dir(anonymise_titled):
        pattern = getattr(anonymise_titled, name)
        may = anonymise_titled._MAY.get(id(pattern))
        if may is not None and pattern.search(text):
            assert may(text), (name, text)
    assert not Letters().text("haar zoon daan visser belt").count("X")
