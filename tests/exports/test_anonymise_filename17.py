"""The title an anonymised export is named after is the anonymised copy's title, made without
the copy (issue 14, new user 17, N2: the Save dialog waited 15-19 s at 10,000 actors)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest

from benchmarks.generate import generate_case
from exports.anonymise import anonymise
from exports.anonymise_filename import anonymised_title
from models.case import Case
from models.example import example_case
from models.i18n import Lang


def titled(title: str) -> Case:
    case = example_case()
    case.set_case_field("title", title)
    return case


@cache
def _big() -> Case:
    """The 2,000-actor map, made once for the module (issue 15: 0.2 s each of three tests); the
    tests only read it, and each checks that it was not edited."""
    return generate_case(2000, seed=0)


CASES: dict[str, Callable[[], Case]] = {
    "example": example_case,  # its title holds the resident's id "jansen": the ids are made
    "no-id": lambda: titled("Dossier 17: dreigende huisuitzetting bij schulden en zorg"),
    "name": lambda: titled("Mevrouw Jansen (ADHD) dreigt uit haar huis te worden gezet"),
    "2000": _big,
}


@pytest.mark.parametrize("key", CASES)
@pytest.mark.parametrize(("lang", "names"), [("nl", None), ("nl", "en"), ("en", "en")])
def test_the_title_is_the_anonymised_copys(key: str, lang: Lang, names: Lang | None) -> None:
    case = CASES[key]()
    copy = anonymise(case, lang, names=names)
    assert anonymised_title(case, lang, names=names) == copy.info.title
    if key == "2000":
        assert case.revision == 0, "a test edited the shared map: edit a copy"
