"""Casebook file names, hostile review 15b (issue 16): B1, a date of birth in words, compact or
with a two-digit year was kept ("Daan 3 maart 2014.kvmap", "visser 19850303.kvmap",
"03-03-85 visser.kvmap"), a first name after a date or known only from a health title was kept
("2014-03-03_daan.kvmap", "b/adhd daan.kvmap"); B8, a name with nothing left was shown as
".kvmap". Every row of the tables fails on the old code (8e46b41/353d990)."""

from __future__ import annotations

import pytest

from exports.casebook.file_health import without_dates
from exports.casebook.file_names import shown_file
from models import Case
from models.enums import EntityKind
from models.example import example_case


def _case() -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    return case


def _adhd() -> Case:
    # Daan only in a health title the copy drops whole, Fleur only in a sentence it keeps
    case = _case()
    case.set_case_field("title", "Daan heeft ADHD")
    case.set_case_field("description", "Ze woont met Daan en Fleur.")
    return case


DATES = [
    ("Daan 3 maart 2014.kvmap", "Daan.kvmap"),
    ("a/3 March 2014 schulden.kvmap", "a/schulden.kvmap"),
    ("a/March 3, 2014 schulden.kvmap", "a/schulden.kvmap"),
    ("a/schulden 3 mrt. 2014.kvmap", "a/schulden.kvmap"),
    ("visser 19850303.kvmap", "visser.kvmap"),
    ("b/03031985 dossier.kvmap", "b/dossier.kvmap"),
    ("03-03-85 visser.kvmap", "visser.kvmap"),
    ("b/dossier 3.3.85.kvmap", "b/dossier.kvmap"),
    ("3 maart 2014/dossier.kvmap", "/dossier.kvmap"),
]


@pytest.mark.parametrize(("relative", "cut"), DATES)
def test_a_full_date_in_any_form_is_cut(relative: str, cut: str) -> None:
    assert without_dates(relative) == cut


@pytest.mark.parametrize(
    "relative",
    ["d/2026-03-dossier.kvmap", "maart 2014.kvmap", "k/schulden-v2.kvmap", "BSN 123456782.kvmap"],
)
def test_a_year_month_or_other_number_stays(relative: str) -> None:
    assert without_dates(relative) == relative


SHOWN = [
    ("Daan 3 maart 2014.kvmap", "X.kvmap", "X.kvmap"),
    ("visser 19850303.kvmap", "inwoner.kvmap", "resident.kvmap"),
    ("03-03-85 visser.kvmap", "inwoner.kvmap", "resident.kvmap"),
    ("2014-03-03_daan.kvmap", "X.kvmap", "X.kvmap"),
    ("b/adhd daan.kvmap", "b/kaart.kvmap", "b/map.kvmap"),  # as at the top level (N3)
    ("Daan/fleur.kvmap", "X/Y.kvmap", "X/Y.kvmap"),
    ("daan\u2010visser.kvmap", "X.kvmap", "X.kvmap"),
    # B8: nothing left is a neutral word in the report's language
    ("Daan (12) autisme.kvmap", "kaart.kvmap", "map.kvmap"),
    ("19850303.kvmap", "kaart.kvmap", "map.kvmap"),
    ("dementie mevrouw.kvmap", "kaart.kvmap", "map.kvmap"),
    ("3 maart 2014/dossier.kvmap", "map/dossier.kvmap", "folder/dossier.kvmap"),
    # health words the anonymiser's list does not hold
    ("MS-patient.kvmap", "kaart.kvmap", "map.kvmap"),
    ("c/Ritalin schulden.kvmap", "c/kaart.kvmap", "c/map.kvmap"),
    ("overspannen.kvmap", "kaart.kvmap", "map.kvmap"),
    ("c/miscarriage 2026.kvmap", "c/kaart.kvmap", "c/map.kvmap"),
]


@pytest.mark.parametrize(("relative", "nl", "en"), SHOWN)
def test_no_date_or_first_name_of_the_map_in_a_file_name(relative: str, nl: str, en: str) -> None:
    case = _adhd()
    assert shown_file(case, relative, "nl")[1] == nl
    assert shown_file(case, relative, "en")[1] == en


@pytest.mark.parametrize(
    "relative", ["j/2026 kaart wijkteam.kvmap", "k/schulden-v2.kvmap", "d/2026-03-dossier.kvmap"]
)
def test_a_name_without_a_person_is_shown_as_written(relative: str) -> None:
    assert shown_file(_adhd(), relative, "nl")[1] == relative
