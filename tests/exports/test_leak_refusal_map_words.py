"""The thirteenth hostile tester's M1b: a refusal quoted the copy's words, not the map's. For
the map's "Anna, Daan en Fleur Visser blijven." the copy (b1d20da) had "De inwoner, X en Fleur
van de inwoner blijven." and the refusal said "still names 'X en Fleur' … Replace 'X en Fleur'
in that text on the map": words the user cannot find. It now quotes the map's own words ("Daan
en Fleur"), names an item as the map names it ("Familie Visser", not the copy's "Het gezin"),
quotes a tag or an id whole, and a year of birth with the words before it and what to do
about a year ("remove it", not "replace it with a role"), in the copy's, the nota's and the
deck's refusal alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exports.anonymise import anonymise
from exports.anonymise_copy import CopyLeakError
from exports.leak_quote import on_map
from exports.leak_words import said_leak
from exports.map_language import map_language
from exports.pseudonym_check import PseudonymLeakError
from models import fileformat
from models.case import Case
from models.enums import EntityKind
from models.example import example_case
from ui.cli import main

MAP = "Anna, Daan en Fleur Visser blijven."
COPY = "De inwoner, X en Fleur van de inwoner blijven."  # as b1d20da wrote it


@pytest.mark.parametrize(
    ("found", "copy", "original", "quoted"),
    [
        ("X en Fleur", COPY, MAP, "Daan en Fleur"),
        (
            "Inwoner 2 en Fleur",
            "Inwoner 2 en Fleur wonen hier.",
            "Daan en Fleur wonen hier.",
            "Daan en Fleur",
        ),
        ("Fleur", "X en Fleur van de inwoner.", "Daan en Fleur Visser.", "Fleur"),
        (
            "Mark de Vries",
            "Haar partner, Mark de Vries, werkt.",
            "Haar partner, Mark de Vries, werkt.",
            "Mark de Vries",
        ),
        (
            "1980",
            "De inwoner (1980) belde.",
            "Gisteren belde de inwoner (1980) weer.",
            "de inwoner (1980)",
        ),
        ("Zoon X", "Zoon X belt.", "", "Zoon X"),  # no text on the map: the copy's words
        ("Q", "Q belt.", "Niets hier.", "Q"),  # nothing the same: the copy's words
    ],
)
def test_the_words_as_the_map_writes_them(
    found: str, copy: str, original: str, quoted: str
) -> None:
    assert on_map(found, copy, original) == quoted


def _pair(case: Case) -> tuple[dict[str, object], dict[str, object]]:
    """The copy of ``case`` and ``case`` itself, as JSON."""
    copy = anonymise(case, map_language(case, "nl"), for_copy=True)
    return json.loads(fileformat.dumps(copy)), json.loads(fileformat.dumps(case))


def _family() -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    case.update(EntityKind.ORGANISATION, "o1", {"name": "Familie Visser", "notes": MAP})
    return case


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_copys_refusal_quotes_the_map_and_names_the_item_as_the_map_does(lang: str) -> None:
    data, source = _pair(_family())
    where = "/organisations/0/notes"
    data["organisations"][0]["notes"] = COPY  # type: ignore[index]
    assert data["organisations"][0]["name"] != "Familie Visser"  # type: ignore[index]
    said = str(CopyLeakError("kopie.kvmap", "X en Fleur", where, lang, data, source))  # type: ignore[arg-type]
    if lang == "nl":
        assert (
            "noemt nog 'Daan en Fleur' (in de notities van organisatie 'Familie Visser', "
            "/organisations/0/notes); er is niets geschreven. Vervang 'Daan en Fleur' in die "
            "tekst op de kaart door een rol of omschrijving" in said
        )
    else:
        assert (
            "still names 'Daan en Fleur' (in the notes of organisation 'Familie Visser', "
            "/organisations/0/notes); nothing was written. Replace 'Daan en Fleur' in that "
            "text on the map with a role or a description" in said
        )
    assert "X en Fleur" not in said


@pytest.mark.parametrize("deck", [False, True])
def test_the_notas_and_decks_refusal_quote_the_map(deck: bool) -> None:
    data, source = _pair(_family())
    data["case"]["description"] = COPY  # type: ignore[index]
    source["case"]["description"] = MAP  # type: ignore[index]
    said = str(
        PseudonymLeakError(
            "X en Fleur", "/case/description", "en", deck=deck, data=data, source=source
        )
    )
    assert "still names 'Daan en Fleur' (in the case description, /case/description)" in said


def test_a_tag_and_an_id_are_quoted_whole_and_a_snapshot_named_by_its_label() -> None:
    source = {
        "actors": [{"id": "zoon_daan", "name": "Zoon Daan", "tags": ["x", "annav"]}],
        "snapshots": [
            {
                "id": "s1",
                "label": "Eerste analyse",
                "state": {"actors": [{"name": "Mw. Visser", "notes": MAP}]},
            }
        ],
    }
    data = json.loads(json.dumps(source))
    data["actors"][0].update(name="Zoon X", tags=["x", "annav"])
    data["snapshots"][0]["state"]["actors"][0].update(name="De inwoner", notes=COPY)
    assert said_leak("Zoon Daan", "/actors/0/id", data, "en", source) == (
        "zoon_daan",
        "the id of actor 'Zoon Daan', /actors/0/id",
    )
    assert said_leak("Anna V", "/actors/0/tags/1", data, "nl", source) == (
        "annav",
        "een tag van actor 'Zoon Daan', /actors/0/tags/1",
    )
    where = "/snapshots/0/state/actors/0/notes"
    assert said_leak("X en Fleur", where, data, "nl", source) == (
        "Daan en Fleur",
        f"de notities van actor 'Mw. Visser' in momentopname 'Eerste analyse', {where}",
    )
    # a later snapshot holds what changed: {"actors": {"set": [...]}}
    for state in (source, data):
        snap = state["snapshots"][0]  # type: ignore[index]
        snap["state"]["actors"] = {"set": snap["state"]["actors"]}
    where = "/snapshots/0/state/actors/set/0/notes"
    assert said_leak("X en Fleur", where, data, "en", source) == (
        "Daan en Fleur",
        f"the notes of actor 'Mw. Visser' in snapshot 'Eerste analyse', {where}",
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_year_of_birth_is_quoted_with_its_words_and_is_to_be_removed(
    tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    case.set_case_field("description", "Gisteren belde de inwoner (1980) weer.")
    source = tmp_path / "jaar.kvmap"
    fileformat.save(case, source, backup=False)
    copy = tmp_path / "kopie.kvmap"
    assert main(["--lang", lang, "export", str(source), "--to", str(copy), "--anonymise"]) == 1
    err = " ".join(capsys.readouterr().err.split())
    if lang == "nl":
        assert (
            "noemt nog 'de inwoner (1980)' (in de omschrijving van de casus, /case/description)"
            "; er is niets geschreven. Haal het geboortejaar in 'de inwoner (1980)' weg uit die "
            "tekst op de kaart en maak de kopie opnieuw" in err
        )
    else:
        assert (
            "still names 'de inwoner (1980)' (in the case description, /case/description); "
            "nothing was written. Remove the year of birth in 'de inwoner (1980)' from that "
            "text on the map and make the copy again" in err
        )
    assert "door een rol" not in err
    assert "with a role" not in err
    assert not copy.exists()
