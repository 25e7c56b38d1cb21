"""Statute sentences about no one keep their words, in English too (issue 16, hostile review
15b, B2, the rest of H8): 'The mayor may order a crisis measure under the Compulsory Mental
Healthcare Act.', '… (section 35 Participation Act).', 'De Ziektewet regelt loondoorbetaling
bij ziekte.' and 'De Wet BIG regelt …' were left out as health. A sentence about someone still
goes whole, also one that gives a health word as the reason ('Daan valt onder de Jeugdwet
wegens ADHD.' was kept on the old code)."""

from __future__ import annotations

import pytest

from exports.anonymise_words import health_in, without_health

# each was left out on the old code
KEPT = (
    "The mayor may order a crisis measure under the Compulsory Mental Healthcare Act.",
    "The council grants special assistance for medical costs (section 35 Participation Act).",
    "De Ziektewet regelt loondoorbetaling bij ziekte.",
    "De Wet BIG regelt wie medische handelingen mag verrichten.",
    "De Wet verplichte ggz geldt sinds 2020.",
    "The Sickness Benefits Act covers pay during illness.",
)
# about a person: each goes whole (the first two were kept on the old code)
DROPPED = (
    "Daan valt onder de Jeugdwet wegens ADHD.",
    "The client receives sickness benefit under the Sickness Benefits Act.",
    "Mevrouw valt onder de Ziektewet.",
    "Visser valt onder de Ziektewet wegens ziekte.",
    "Ontvangt ziekengeld op grond van de Ziektewet wegens een burn-out.",
    "She was admitted under the Mental Health Act.",
    "Her son is detained under the Compulsory Mental Healthcare Act.",
    "The mayor ordered a crisis measure under the Mental Health Act yesterday.",
    "X is ziek (Ziektewet).",
    "De Wet verplichte ggz geldt sinds 2020, en mevrouw is sinds 2021 opgenomen.",
)


@pytest.mark.parametrize("text", KEPT)
def test_a_statute_sentence_about_no_one_keeps_its_words(text: str) -> None:
    assert without_health(text) == text
    assert health_in(text) is None


@pytest.mark.parametrize("text", DROPPED)
def test_a_statute_sentence_about_someone_goes_whole(text: str) -> None:
    assert health_in(text) is not None
    assert without_health(text + " Het college beslist.") == "Het college beslist."
