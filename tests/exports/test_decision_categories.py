"""A beslispunt over a mandate whose power is only a category (``power=PowerCategory.SPEND_BUDGET``,
as in a version-1 map or the benchmark's generated maps) names it in words, never with an empty
slot: "het mandaat van de directeur 3.2 voor het besteden van budget, dat op 1 januari 2024
verliep" (new user at scale, session 14, F4: "… voor , dat op 1 januari 2024 verliep",
"gemandateerd is  en", "is ;")."""

from __future__ import annotations

import re

import pytest

from benchmarks.generate import generate_case
from exports.category_words import about, allowed
from exports.decisions import decision_points
from mapper.analysis import analyse
from mapper.wording import subject
from models.case import Case
from models.enums import PowerCategory
from models.example import example_case

_SLIPS = (" ,", "  ", " ;", "voor ,", "for ,", " .")


def _cases() -> list[tuple[str, Case]]:
    return [
        ("generated 200", generate_case(200)),
        ("generated 200, seed 1", generate_case(200, seed=1)),  # an expired ondermandaat
        ("generated 500", generate_case(500)),
        ("example", example_case()),
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_decision_point_has_an_empty_slot_or_a_stray_space(lang: str) -> None:
    seen = 0
    for name, case in _cases():
        for point in decision_points(case, analyse(case), lang):  # type: ignore[arg-type]
            seen += 1
            assert not [s for s in _SLIPS if s in point], (name, point)
            assert point == point.strip(), (name, point)
            assert all(q.strip() for q in re.findall("‘([^’]*)’", point)), (name, point)
    assert seen > 10


def test_the_generated_maps_expired_mandates_name_their_category(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each mandate a finding of its own (grouped, they get one point: test_group_decision15)
    monkeypatch.setattr("mapper.analysis.group_repeats", lambda found, keep: (tuple(found), {}))
    case = generate_case(200)
    nl = " ".join(decision_points(case, analyse(case), "nl"))
    en = " ".join(decision_points(case, analyse(case), "en"))
    assert "voor het besteden van budget, dat op 1 januari 2024 verliep" in nl
    # J6 (647f686): the college is asked to amend its own decision; the category is named
    assert "gemandateerd is voor het afwijken van een regel" in nl
    assert "for spending budget, which expired on 1 January 2024" in en
    sub = generate_case(200, seed=1)
    assert "het ondermandaat aan de teamleider 1.0.0 voor het afwijken van een regel, dat op" in (
        " ".join(decision_points(sub, analyse(sub), "nl"))
    )


def test_every_category_reads_in_both_languages() -> None:
    for category in PowerCategory:
        for lang in ("nl", "en"):
            words = about(category, lang)
            assert words == words.strip()
            assert words
            assert "  " not in words
            assert allowed(category, lang).endswith(words)
    assert about("geen-categorie", "nl") == "‘geen-categorie’"  # a dangling id, as it stands


def test_a_noun_in_en_after_a_preposition_is_no_verb() -> None:
    assert subject("Bijzondere bijstand in maatwerkcasussen") == (
        "bijzondere bijstand in maatwerkcasussen"
    )
    assert subject("Bijzondere bijstand verlenen") == "bijzondere bijstand"
    assert subject("Afzien van terugvordering") == "afzien van terugvordering"
