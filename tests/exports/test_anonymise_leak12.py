"""The anonymiser's last leaks (issue 16, session 12; hostile review 11, N3 rest and N4): a
person who is no actor named by what they are ("Zoon Mohammed (12)", "Pietersen (buurvrouw)",
"Bewindvoerder Pietersen", "Noah's moeder", "de Pietersens"), a resident's first name before
another surname ("Mevrouw Anna Pietersen"), typographic apostrophes ("van ’t Hof"), a
snapshot's id and a tag or id in a text ("stand_visser", "#visser", "fam_visser"), a family in
the plural ("De Vissers"); and the grammar ("Hulpvraag van de inwoner") and the copy's summary
(which persons became a letter, a relative's neutral word)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from exports.anonymise import anonymise
from exports.anonymise_copy import CopyLeakError, write_anonymised_copy
from exports.anonymise_summary import copy_summary
from models import fileformat
from models.case import Case
from models.timeline import Snapshot
from models.timeline_io import state_of
from tests.exports.leak_cases import leak_of, resident_case

RESIDENT = "Mevrouw Anna (Annie) Visser"


def _strings(data: Any) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for k, v in data.items() for s in (str(k), *_strings(v))]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []


# a person who is no actor, named by what they are to the case (review 11, N3's rest)
OTHERS = [
    ("Zoon Mohammed (12) gaat naar school.", "Zoon X (12) gaat naar school."),
    ("De Pietersens blijven.", "De leden van gezin X blijven."),
    ("Pietersen (buurvrouw) belt.", "X (buurvrouw) belt."),
    ("Pietersen (buurvrouw, 67) belt.", "X (buurvrouw, 67) belt."),
    ("Pietersen, de buurman, belt.", "X, de buurman, belt."),
    ("Bewindvoerder Pietersen belt.", "Bewindvoerder X belt."),
    ("Schoonmoeder Pietersen helpt.", "Schoonmoeder X helpt."),
    ("Noah's moeder belt.", "De moeder van X belt."),  # in Dutch (review 14b)
    ("Noah’s moeder belt.", "De moeder van X belt."),
    ("Mohammeds vader belt.", "De vader van X belt."),
    ("de zoon, Mohammed, gaat naar school.", "de zoon, X, gaat naar school."),
    ("Mevrouw Anna Pietersen belt.", "Mevrouw X belt."),
    ("Mevrouw van ’t Hof belde.", "Mevrouw X belde."),
    ("BUURMAN PIETERSEN belt.", "BUURMAN X belt."),
    ("Mohammed (12 jaar) gaat naar school.", "X (12 jaar) gaat naar school."),
    ("Yilmaz' zoon belt.", "De zoon van X belt."),
    ("Klasgenoot Pietersen pest.", "Klasgenoot X pest."),
    # the same surname alone, before or after, is the same person (a letter too)
    (
        "Pietersen heeft een sleutel. Buurvrouw Pietersen belt.",
        "X heeft een sleutel. Buurvrouw X belt.",
    ),
    ("Bewindvoerder Pietersen (Pietersen Bewind BV) belt.", "Bewindvoerder X (X Bewind BV) belt."),
    ("Kinderen Mohammed, Sara en Noor gaan.", "Kinderen X, Y en Z gaan."),
]


@pytest.mark.parametrize(("text", "said"), OTHERS)
def test_a_person_off_the_map_named_by_what_they_are_becomes_a_letter(text: str, said: str) -> None:
    case = resident_case(RESIDENT, text)
    assert anonymise(case, "nl", for_copy=True).info.description == said
    assert leak_of(case, {"description": text}) is not None  # the check reads it itself


# the resident's own name in forms the copy kept
OWN = [
    ("De Vissers wonen hier.", "De gezinsleden wonen hier."),
    ("Zie #visser en fam_visser.", "Zie #inwoner en fam_inwoner."),
    ("Hulpvraag Visser is helder.", "Hulpvraag van de inwoner is helder."),
    ("Ontruimingsvonnis Visser aanhouden", "Ontruimingsvonnis van de inwoner aanhouden"),
    ("Met Visser besproken.", "Met de inwoner besproken."),
    ("Anna\nVisser belde.", "De inwoner belde."),
    ("‘Visser’ belde.", "‘de inwoner’ belde."),
]


@pytest.mark.parametrize(("text", "said"), OWN)
def test_the_residents_own_name_in_every_form_is_the_role(text: str, said: str) -> None:
    case = resident_case(RESIDENT, text)
    assert anonymise(case, "nl", for_copy=True).info.description == said


@pytest.mark.parametrize(
    "text", ["De Vissers wonen hier.", "Zie #visser.", "fam_visser belt.", "Vissers kinderen."]
)
def test_the_check_refuses_the_residents_own_name_in_these_forms(text: str) -> None:
    assert leak_of(resident_case(RESIDENT, ""), {"description": text}) is not None


def test_a_typographic_apostrophe_in_a_residents_name_is_read_as_a_straight_one() -> None:
    case = resident_case("Mevrouw Els van 't Hof", "Mevrouw van ’t Hof belde. O’Hof niet.")
    said = anonymise(case, "nl", for_copy=True).info.description
    assert "Hof" not in said
    assert said.startswith("De inwoner belde.")


def test_english_says_of_the_resident_and_keeps_a_verb() -> None:
    case = resident_case("Mrs. Anna Visser", "Request Visser was sent. Called Visser today.")
    said = anonymise(case, "en", for_copy=True).info.description
    assert said == "Request of the resident was sent. Called the resident today."


@pytest.mark.parametrize(
    "text",
    [
        "De Vries & Visser Advocaten treedt op.",
        "Consulent Passend Onderwijs belt.",
        "Bijlage (2) volgt.",
        "De Wijkteams overleggen.",
        "De Ouders kwamen.",
        "Hugo de Groot-school meldt verzuim.",
        "Klein en Groot.",
        "Raad van State oordeelde anders.",
        "Zoon (12) en dochter (9) gaan naar school.",
        "Buurman en Woningcorporatie Thuisplus overleggen.",
    ],
)
def test_words_that_name_nobody_stay_and_the_check_lets_them_pass(text: str) -> None:
    case = resident_case(RESIDENT, text)
    assert anonymise(case, "nl", for_copy=True).info.description == text
    assert leak_of(case, {"description": text}) is None


def _with_snapshot(snapshot_id: str, tmp_path: Path) -> Case:
    case = resident_case(RESIDENT, "")
    when = case.timeline.snapshots[-1].date
    state = state_of(fileformat.case_to_dict(case))
    case.timeline.add_snapshot(Snapshot(snapshot_id, when, "Stand", state))
    path = tmp_path / "kaart.kvmap"
    fileformat.save(case, path)
    return fileformat.load(path)


def test_a_snapshot_id_with_the_residents_name_gets_a_new_one(tmp_path: Path) -> None:
    case = _with_snapshot("stand_visser", tmp_path)
    copy = tmp_path / "kopie.kvmap"
    write_anonymised_copy(case, copy, "nl")
    data = json.loads(copy.read_text(encoding="utf-8"))
    assert [s for s in _strings(data) if "visser" in s.casefold()] == []
    assert data["snapshots"][-1]["id"] == "stand_van_de_inwoner"
    # the check finds the id itself, in small letters and joined by "_"
    found = leak_of(case, {"snapshots": [{"id": "stand_visser"}]})
    assert found == ("Visser", "/snapshots/0/id")


def test_the_copy_is_refused_when_the_cleaner_misses_a_snapshot_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import exports.anonymise as cleaner

    case = _with_snapshot("stand_visser", tmp_path)
    monkeypatch.setattr(cleaner, "snapshot_ids", lambda ids, named, said: {i: i for i in ids})
    with pytest.raises(CopyLeakError) as refused:
        write_anonymised_copy(case, tmp_path / "kopie.kvmap", "nl")
    assert refused.value.where.endswith("/id")
    assert not (tmp_path / "kopie.kvmap").exists()


def test_the_summary_tells_who_became_a_letter_without_a_name() -> None:
    case = resident_case(RESIDENT, "Buurman Pietersen belt. Zoon Mohammed (12) ook.")
    nl, en = " ".join(copy_summary(case, "nl")), " ".join(copy_summary(case, "en"))
    assert "personen die niet op de kaart staan, zijn een letter geworden: X (na 'buurman')" in nl
    assert "Y (na 'zoon')" in nl
    assert "persons who are not on the map became a letter: X (after 'buurman')" in en
    for name in ("Pietersen", "Mohammed"):  # the writer reads it; the word-surname line names hers
        assert name not in nl + en


def test_the_summary_tells_a_relative_got_a_neutral_word() -> None:
    case = resident_case("Moeder van Noah", "Noah (11) zit thuis.")
    nl, en = " ".join(copy_summary(case, "nl")), " ".join(copy_summary(case, "en"))
    assert "heet in de teksten met een neutraal woord: 'het kind'" in nl
    assert "is called by a neutral word in the texts: 'het kind'" in en
    assert "Noah" not in nl.replace("Moeder van …", "") + en


def test_an_index_row_kept_with_accents_written_apart_is_analysed_again(tmp_path: Path) -> None:
    from exports.casebook.index import open_index

    index = open_index(tmp_path, tmp_path / "cache")
    apart = unicodedata.normalize("NFD", "sub/Özdemir.kvmap")  # as an index before 9bf466c kept
    index.put("sub/x.kvmap", "d1", "nl", apart, {"title": "T"})
    assert index.get("sub/x.kvmap", "d1", "nl") is None  # analysed again: put replaces the row
    index.put("sub/x.kvmap", "d1", "nl", "sub/inwoner.kvmap", {"title": "T"})
    assert index.get("sub/x.kvmap", "d1", "nl") == ("sub/inwoner.kvmap", {"title": "T"})
