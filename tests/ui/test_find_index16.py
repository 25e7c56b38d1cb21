"""What Edit › Find matches and in which order (ui.window.find_index; issue 14, G5)."""

from __future__ import annotations

import random

from benchmarks.generate import generate_case
from models import Actor, Case, CaseInfo, Organisation, Role
from ui.window.find_index import FindIndex


def small() -> Case:
    org = Organisation("o1", "Gemeente Rivierstad")
    actors = [
        Actor("a1", "Teamleider Wijkteam", organisation="o1"),
        Actor("a2", "Consulent wijkteam (Sanne)", roles=(Role.CASE_HANDLER,)),
        Actor("a3", "Wijkteam Noord", tags=("sociaal domein",)),
        Actor("a4", "Ombudsman"),
    ]
    return Case.from_parts(CaseInfo("t"), actors, [], organisations=[org])


def test_a_name_that_starts_with_it_first_then_a_word_then_the_rest() -> None:
    index = FindIndex(small())
    assert index.matches("wijkteam") == ["a3", "a1", "a2"]  # start, word, word
    assert index.matches("ijkteam") == ["a1", "a2", "a3"]  # inside a word: model order


def test_ids_roles_organisations_and_tags_are_found_after_names() -> None:
    index = FindIndex(small())
    assert index.matches("rivierstad") == ["a1"]
    assert index.matches("casusregisseur") == ["a2"]  # the role in Dutch
    assert index.matches("case handler") == ["a2"]  # and in English
    assert index.matches("SOCIAAL") == ["a3"]
    assert index.matches("a4") == ["a4"]


def test_every_word_of_a_query_anywhere() -> None:
    index = FindIndex(small())
    assert index.matches("sanne consulent") == ["a2"]
    assert index.matches("  ") == []


def test_a_rename_is_found_after_it() -> None:
    case = small()
    index = FindIndex(case)
    assert index.matches("ombuds") == ["a4"]
    case.set_actor_field("a4", "name", "Nationale ombudsman")
    assert index.matches("nationale") == ["a4"]
    assert index.builds == 2


def test_typing_on_gives_what_a_fresh_search_gives() -> None:
    """A longer query scans what the shorter found: the same answer as from scratch."""
    case = generate_case(300, seed=2)
    typed = FindIndex(case)
    pick = random.Random(7)
    for _ in range(25):
        name = pick.choice(list(case.actors)).name.lower()
        start = pick.randrange(len(name))
        query = name[start : start + pick.randrange(1, 12)]
        for end in range(1, len(query) + 1):
            assert typed.matches(query[:end]) == FindIndex(case).matches(query[:end]), query
    assert typed.builds == 1
