"""A list of actors names each of them in full, also one the text named before (issue 14,
rev-jurist19 J6: "rechtstreeks aan de consulent en de teamleider 4.0.1"). Each test fails on
the code before, which shortened the second mention inside the list."""

from __future__ import annotations

from mapper.name_once import once_forms

_NL = [("de consulent 4.7", "de consulent"), ("de teamleider 4.0.1", "de teamleider")]
_EN = [("the Consulent 4.7", "the Consulent"), ("the Teamleider 4.0.1", "the Teamleider")]


def test_a_dutch_list_names_each_in_full() -> None:
    text = (
        "Vraag het college B&W 4 ondermandaat tot en met de consulent 4.7 toe te staan, of het "
        "mandaat rechtstreeks aan de consulent 4.7 en de teamleider 4.0.1 te verlenen."
    )
    assert once_forms(text, _NL) == text


def test_an_english_list_names_each_in_full() -> None:
    text = (
        "Ask the College B&W 4 to allow sub-mandate down to the Consulent 4.7, or to grant the "
        "mandate to the Consulent 4.7 and the Teamleider 4.0.1 directly."
    )
    assert once_forms(text, _EN) == text


def test_a_name_last_in_a_list_or_after_a_comma_stays_whole() -> None:
    text = "De consulent 4.7 beslist. Bel de teamleider 4.0.1, de directeur of de consulent 4.7."
    forms = [*_NL, ("de directeur", "")]
    assert once_forms(text, forms) == text
    text = "De consulent 4.7 beslist; De teamleider 4.0.1 en De consulent 4.7 tekenen."
    assert once_forms(text, _NL) == text


def test_prose_still_names_a_role_alone_the_second_time() -> None:
    # not a list: the second mention is shortened as before (jurist L3)
    text = "Is de consulent 4.7 afwezig, dan wacht de consulent 4.7 en belt de teamleider 4.0.1."
    assert once_forms(text, _NL) == (
        "Is de consulent 4.7 afwezig, dan wacht de consulent en belt de teamleider 4.0.1."
    )
    # a name that only begins like a list member's is no list member
    text = "De consulent 4.7 beslist. Daarna de consulent 4.7 en de teamleider 4.0.12 samen."
    got = once_forms(text, _NL)
    assert got.endswith("Daarna de consulent en de teamleider 4.0.12 samen."), got


def test_a_clause_after_a_comma_and_en_is_no_list() -> None:
    # ", en" begins a clause: the role alone there, as before (tests/mapper/test_cause_joins.py)
    text = (
        "Het wijst de manager Werk aan, maar dat is een bevoegdheid van het college van B&W, en "
        "de manager Werk heeft daarvoor geen machtiging."
    )
    forms = [("de manager Werk", "de manager"), ("het college van B&W", "")]
    assert once_forms(text, forms).endswith(", en de manager heeft daarvoor geen machtiging.")


def test_a_list_of_names_all_named_before_may_use_the_roles() -> None:
    # every member named before: the short forms read as the same people (tests/mapper/
    # test_language.py, L3: "tussen de consulent wijkteam (Sanne) en Woningcorporatie …")
    text = (
        "De teamleider 4.0.1 en Woningcorporatie Thuisplus tekenen; Woningcorporatie Thuisplus "
        "belt de consulent 4.7. Geen contact tussen de consulent 4.7 en Woningcorporatie "
        "Thuisplus, of tussen De teamleider 4.0.1 en de consulent 4.7."
    )
    forms = [*_NL, ("Woningcorporatie Thuisplus", "")]
    assert once_forms(text, forms).endswith(
        "Geen contact tussen de consulent en Woningcorporatie Thuisplus, of tussen De teamleider "
        "en de consulent."
    )


def test_names_joined_by_a_comma_alone_are_no_list() -> None:
    # a clause after a comma: the role alone, as before (the example's English signing finding)
    text = (
        "With the signing authorisation that the executive granted to the Consulent 4.7, the "
        "Consulent 4.7 may sign decisions, not take them."
    )
    assert once_forms(text, _EN).endswith(", the Consulent may sign decisions, not take them.")
