"""The hostile looks of session 15 (issue 16, rev-hostile15 and 15b), H6 and H9: a resident's
surname misspelt after her first name ("Anna Vischer belde."), a date of birth in a bracket
after "Mevrouw" ("Mevrouw (3-3-1985) belde."), a date of birth in a code ("AV-1980-0303") and a
handle with the surname ("@daanvisser") were kept, and the check passed them. Each row failed
on the old code.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from exports.anonymise import anonymise
from exports.anonymise_copy import _check
from models import Case, fileformat
from models.enums import EntityKind
from models.example import example_case

# a sentence in the description -> the copy's (nl)
TEXTS = (
    ("Anna Vischer belde.", "De inwoner belde."),
    ("Anna Fisser belde.", "De inwoner belde."),
    ("Anna Vissser belde.", "De inwoner belde."),
    ("Mevrouw (3-3-1985) belde.", "Mevrouw (geboortedatum weggelaten) belde."),
    ("Zoon (12-05-2014) spijbelt.", "Zoon (geboortedatum weggelaten) spijbelt."),
    ("Dossier AV-1980-0303 is dicht.", "Dossier (nummer weggelaten) is dicht."),
    ("Zie av19800303.", "Zie (nummer weggelaten)."),
    ("@daanvisser op TikTok.", "(account weggelaten) op TikTok."),
    ("Zie #visser85 en @annavisser.", "Zie (account weggelaten) en @inwoner."),
    ("@daan_visser en @daan.visser.", "(account weggelaten) en (account weggelaten)."),
    ("Zie #visser en fam_visser.", "Zie #inwoner en fam_inwoner."),
    ("Anna Visser (3-3-1985) belde.", "De inwoner (geboortedatum weggelaten) belde."),
)
# what stays as it was: another person's surname, a case number, an e-mail address
KEPT = (
    "Anna Bakker belde.",
    "Wethouder Janssen belde.",
    "Zaak Z-2024-0312 is dicht.",
    "Besluit van 3-3-2026.",
    "Het overleg (3-3-2026) was goed.",
)


def _case(description: str) -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    case.set_case_field("description", description)
    return case


@pytest.mark.parametrize(("text", "said"), TEXTS)
def test_a_misspelt_surname_a_date_of_birth_and_a_handle_go(text: str, said: str) -> None:
    case = _case(text)
    for copy in (anonymise(case, "nl", for_copy=True), anonymise(case, "nl")):
        assert copy.info.description == said
    copy = anonymise(case, "nl", for_copy=True)
    assert _check(case, copy, json.loads(fileformat.dumps(copy))) is None


@pytest.mark.parametrize("text", KEPT)
def test_what_names_no_resident_stays(text: str) -> None:
    assert anonymise(_case(text), "nl", for_copy=True).info.description == text


@pytest.mark.parametrize(
    "left",
    ["Anna Vischer belde.", "@daanvisser op TikTok.", "Mevrouw (3-3-1985)", "Dossier AV-1980-0303"],
)
def test_the_check_refuses_what_the_cleaner_would_have_missed(left: str) -> None:
    case = _case("Zij belde.")
    copy = anonymise(case, "nl", for_copy=True)
    data: dict[str, Any] = json.loads(fileformat.dumps(copy))
    assert _check(case, copy, data) is None
    data["case"]["description"] = left
    assert _check(case, copy, data) is not None


def test_a_relative_s_date_of_birth_after_the_name_goes() -> None:
    said = anonymise(_case("Daan Visser (3-3-2014) spijbelt."), "nl").info.description
    assert re.fullmatch(r"[XYZ] \(geboortedatum weggelaten\) spijbelt\.", said), said


def test_a_word_is_compared_with_the_surnames_near_it_only(monkeypatch: Any) -> None:
    # 3,000 residents' names in one text took 40 s: each word was compared with each surname
    import exports.anonymise_near as near_mod

    surnames = [f"{a}{b}{c}ssen" for a in "bcdfghjklm" for b in "aeiou" for c in "prstv"]
    calls: list[str] = []
    real = near_mod.distance

    def counted(a: str, b: str, most: int) -> int:
        calls.append(b)
        return real(a, b, most)

    monkeypatch.setattr(near_mod, "distance", counted)
    near = near_mod.NearNames(["anna"], surnames)
    text = " ".join(f"Anna {s.capitalize()} belde." for s in surnames)  # each spelt right
    assert near.spelt(text) == text
    assert not calls
    assert near.spelt("Anna Bapsen belde.") == "Anna Bapssen belde."
    assert len(calls) < 50  # the surnames two letters off, not all 250


def test_another_resident_s_surname_is_no_misspelling() -> None:
    from exports.anonymise_near import NearNames

    near = NearNames(["anna", "piet"], ["visser", "vissel"])
    assert near.spelt("Anna Vissel en Piet Visser.") == "Anna Vissel en Piet Visser."
