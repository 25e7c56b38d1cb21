"""A date or year of birth in brackets beside a name (issue 16, hostile review 14, C4): 'Daan
(geb. 2014) spijbelt.' became 'Daan (geb. (geboortejaar weggelaten)) spijbelt.', the child's
first name kept (the identifiers go before the name rules, which then saw no age after the
name) and the text reading badly. The whole bracket is now what is left out, the name before
it a letter as before an age, in the copy and the nota alike; the check refuses the name beside
the bracket or beside what the copy says, and the bracket itself."""

from __future__ import annotations

import json

import pytest

from exports.anonymise import anonymise
from exports.anonymise_copy import _check
from exports.anonymise_identifiers import without_identifiers
from models import fileformat
from models.case import Case
from models.enums import EntityKind
from models.example import example_case


def _resident(text: str, name: str = "Mevrouw Anna Visser") -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": name})
    case.set_case_field("description", text)
    return case


SAID = [
    ("nl", "Daan (geb. 2014) spijbelt.", "X (geboortejaar weggelaten) spijbelt."),
    ("nl", "Daan (geboren 2014) spijbelt.", "X (geboortejaar weggelaten) spijbelt."),
    ("nl", "Daan (*2014) spijbelt.", "X (geboortejaar weggelaten) spijbelt."),
    ("nl", "Daan Visser (geb. 2014) spijbelt.", "X (geboortejaar weggelaten) spijbelt."),
    ("nl", "Daan (geb. 12-03-2014) spijbelt.", "X (geboortedatum weggelaten) spijbelt."),
    (
        "nl",
        "Anna Visser (geb. 1980) woont hier.",
        "De inwoner (geboortejaar weggelaten) woont hier.",
    ),
    ("nl", "Daan (12) spijbelt.", "X (12) spijbelt."),  # as before
    ("nl", "Mevrouw (geb. 1985) belde.", "Mevrouw (geboortejaar weggelaten) belde."),  # no name
    ("en", "Sam (born 2014) skips school.", "X (year of birth left out) skips school."),
    ("en", "Sam (b. 2014) skips school.", "X (year of birth left out) skips school."),
]


@pytest.mark.parametrize(("lang", "text", "said"), SAID)
def test_the_bracket_goes_whole_and_the_name_becomes_a_letter(
    lang: str, text: str, said: str
) -> None:
    case = _resident(text, "Mevrouw Anna Visser" if lang == "nl" else "Mrs Anna Visser")
    copy = anonymise(case, lang, for_copy=True)  # type: ignore[arg-type]
    assert copy.info.description == said
    assert anonymise(case, lang).info.description == said  # type: ignore[arg-type]
    assert _check(case, copy, json.loads(fileformat.dumps(copy))) is None


def test_only_a_birth_bracket_goes_whole() -> None:
    # a year in brackets with no word of birth is no identifier; 'geb.' outside a bracket
    # keeps its word, as before
    assert without_identifiers("Wet (2014) art. 3", "nl") == "Wet (2014) art. 3"
    assert without_identifiers("geb. 12-03-1980", "nl") == "geb. (geboortedatum weggelaten)"


@pytest.mark.parametrize(
    "text",
    [
        "Daan (geb. 2014) spijbelt.",
        "Sam (b. 2014) skips school.",
        "Daan (geboortejaar weggelaten) spijbelt.",
        "Sam (year of birth left out) skips school.",
        "Daan X (geboortejaar weggelaten) spijbelt.",
        "Daan (geb. (geboortejaar weggelaten)) spijbelt.",
    ],
)
def test_the_check_refuses_a_name_beside_a_birth_bracket(text: str) -> None:
    case = _resident("")
    copy = anonymise(case, "nl", for_copy=True)
    data = json.loads(fileformat.dumps(copy))
    data["case"]["description"] = text
    assert _check(case, copy, data) is not None
