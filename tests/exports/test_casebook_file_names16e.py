"""A file's name in a folder is said as at the top level (issue 16, rev-hostile16b N3): 'sub/Daan
12 autisme.kvmap' was shown as 'sub/Daan 12.kvmap' (a first name and an age kept around the
health word) while 'Daan 12 autisme.kvmap' is 'kaart.kvmap'. The anonymiser read a folder's
and the file's name as one sentence and dropped both; the casebook then only cut the health
word. Now a part the anonymiser drops on its own is the neutral word wherever it stands. The
rows with a health word fail on c57ec17."""

from __future__ import annotations

import pytest

from exports.casebook.file_names import shown_file
from models import Case
from models.enums import EntityKind
from models.example import example_case
from models.i18n import Lang


def _case() -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    case.set_case_field("description", "Ze woont met Daan en Fleur.")
    return case


NAMES = [
    "Daan 12 autisme",
    "fleur (9) adhd",
    "Daan heeft ADHD",
    "sem depressie",
    "pieter bakker psychose",
    "Bakker zwanger 1985",
    "ggz-opname",
    "Ritalin schulden",
    # no health word: the same at both levels as before
    "schulden 2026",
    "Daan 12",
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_file_in_a_folder_is_said_as_at_the_top_level(name: str, lang: Lang) -> None:
    case = _case()
    top = shown_file(case, f"{name}.kvmap", lang)[1]
    for folder in ("sub", "a/b"):
        assert shown_file(case, f"{folder}/{name}.kvmap", lang)[1] == f"{folder}/{top}"


@pytest.mark.parametrize(
    ("relative", "nl", "en"),
    [
        ("sub/Daan 12 autisme.kvmap", "sub/kaart.kvmap", "sub/map.kvmap"),
        ("sub/fleur (9) adhd.kvmap", "sub/kaart.kvmap", "sub/map.kvmap"),
        ("autisme/Daan 12 autisme.kvmap", "map/kaart.kvmap", "folder/map.kvmap"),
    ],
)
def test_no_name_or_age_is_left_around_a_health_word(relative: str, nl: str, en: str) -> None:
    assert shown_file(_case(), relative, "nl")[1] == nl
    assert shown_file(_case(), relative, "en")[1] == en
