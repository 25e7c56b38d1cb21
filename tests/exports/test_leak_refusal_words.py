"""The twelfth hostile tester's M1: the anonymised copy's refusal quoted the words the check
read around a name ("still names 'Haar partner, Mark' (in /case/description)"), not the name
that survived. It now quotes "Mark de Vries", says the field in words a user finds on the map
(and its path), and what to do, in Dutch and English, without a class name; the nota and the
deck say it alike."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exports import anonymise_titled
from models import fileformat
from models.case import Case
from models.enums import EntityKind
from models.example import example_case
from ui.cli import main

SAID = {
    "nl": (
        "de geanonimiseerde kopie noemt nog 'Mark de Vries' (in de omschrijving van de casus, "
        "/case/description); er is niets geschreven. Vervang 'Mark de Vries' in die tekst op "
        "de kaart door een rol of omschrijving",
        "de nota zonder namen noemt nog 'Mark de Vries' (in de omschrijving van de casus, "
        "/case/description); er is niets geschreven. Pas die tekst op de kaart aan",
    ),
    "en": (
        "the anonymised copy still names 'Mark de Vries' (in the case description, "
        "/case/description); nothing was written. Replace 'Mark de Vries' in that text on the "
        "map with a role or a description",
        "the note without names still names 'Mark de Vries' (in the case description, "
        "/case/description); nothing was written. Change that text on the map",
    ),
}


@pytest.fixture(autouse=True)
def _blind_cleaner(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cleaner reads "Haar stiefbroer, Mark de Vries" since session 13: without that one
    rule the leak gets past it, and the refusal's words are what these tests look at."""
    monkeypatch.setattr(anonymise_titled, "_KIN_FIRST", re.compile(r"(?!)"))


def _leaky(field: str = "description") -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    text = "Haar stiefbroer, Mark de Vries, werkt."
    if field == "description":
        case.set_case_field("description", text)
    else:
        case.update(EntityKind.ACTOR, "consulent", {"notes": text})
    return case


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_refusal_quotes_the_name_and_says_the_field_and_what_to_do(
    tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "leak.kvmap"
    fileformat.save(_leaky(), source, backup=False)
    copy, nota = tmp_path / "kopie.kvmap", tmp_path / "nota.docx"
    assert main(["--lang", lang, "export", str(source), "--to", str(copy), "--anonymise"]) == 1
    assert main(["--lang", lang, "export", str(source), "--to", str(nota)]) == 1
    err = " ".join(capsys.readouterr().err.split())
    for said in SAID[lang]:
        assert said in err
    assert "Haar stiefbroer, Mark'" not in err
    assert "Error" not in err
    assert not copy.exists()
    assert not nota.exists()


def test_an_actors_notes_are_named_by_the_actor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "leak.kvmap"
    fileformat.save(_leaky("notes"), source, backup=False)
    copy = tmp_path / "kopie.kvmap"
    assert main(["--lang", "en", "export", str(source), "--to", str(copy), "--anonymise"]) == 1
    err = " ".join(capsys.readouterr().err.split())
    # the actor as the map names it, not as the copy does ("Consulent wijkteam"; hostile 13, M1b)
    said = (
        "still names 'Mark de Vries' (in the notes of actor 'Consulent wijkteam (Sanne)', /actors/"
    )
    assert said in err
