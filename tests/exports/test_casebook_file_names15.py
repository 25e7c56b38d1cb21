"""The confirming hostile look's N3 (issue 16, rev-hostile14b): casebook file and folder names
with a lowercase first name were kept: with the resident "Mevrouw Anna Visser" and her son
Daan, "b/daan.kvmap" stayed "b/daan.kvmap", "f/2026 visser, daan.kvmap" became "f/2026
resident, daan.kvmap", "visser-daan.kvmap" "de inwoner-daan.kvmap", "daan-visser.kvmap" "de
inwoner.kvmap" (the child lost); and one report said "resident" beside "de inwoner". Now each
person word of a path, in any case, has the letter the map's own texts give, in the text
report, JSON, workbook, Word note and index; a Dutch report says "inwoner", an English one
"resident"."""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from exports.anonymise import anonymise
from exports.casebook import INDEX_NAME
from exports.casebook.file_names import shown_file
from models import Actor, Case, fileformat
from models.enums import ActorKind, EntityKind
from models.example import example_case
from ui.cli import main

_NAMES = re.compile(r"\b(?:Daan|Fleur|Anna|Visser)\b", re.I)


def _case(description: str = "Daan Visser spijbelt. Fleur en Daan blijven thuis.") -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    case.set_case_field("description", description)
    return case


@pytest.fixture(scope="module")
def named_case() -> Case:
    return _case()


def test_the_copy_calls_daan_x(named_case: Case) -> None:
    # the letter the file names must use: the map's own texts give Daan X
    assert anonymise(named_case, "nl", for_copy=True).info.description.startswith("X spijbelt.")


SHOWN = [
    ("b/daan.kvmap", "b/X.kvmap", "b/X.kvmap"),
    ("c/Daan.kvmap", "c/X.kvmap", "c/X.kvmap"),
    ("f/2026 visser, daan.kvmap", "f/2026 de inwoner, X.kvmap", "f/2026 resident, X.kvmap"),
    ("g/visser-daan.kvmap", "g/de inwoner X.kvmap", "g/resident X.kvmap"),
    ("daan-visser.kvmap", "X.kvmap", "X.kvmap"),  # the child, not the resident
    ("DAAN VISSER.kvmap", "X.kvmap", "X.kvmap"),
    ("Visser/dossier.kvmap", "De inwoner/dossier.kvmap", "Resident/dossier.kvmap"),
    ("d/2026-03-visser.kvmap", "d/2026-03-inwoner.kvmap", "d/2026-03-resident.kvmap"),
    ("a/Visser Daan.kvmap", "a/inwoner X.kvmap", "a/resident X.kvmap"),
    # what names nobody is shown as written
    ("j/2026 kaart wijkteam.kvmap", "j/2026 kaart wijkteam.kvmap", "j/2026 kaart wijkteam.kvmap"),
    ("k/schulden-v2.kvmap", "k/schulden-v2.kvmap", "k/schulden-v2.kvmap"),
]


@pytest.mark.parametrize(("relative", "nl", "en"), SHOWN)
def test_each_person_word_has_the_maps_letter_in_any_case(
    named_case: Case, relative: str, nl: str, en: str
) -> None:
    assert shown_file(named_case, relative, "nl")[1] == nl
    assert shown_file(named_case, relative, "en")[1] == en


@pytest.mark.parametrize("relative", ["h/fleur.kvmap", "h/Fleur en daan.kvmap"])
def test_a_name_the_map_lists_beside_a_letter_is_a_letter_too(
    named_case: Case, relative: str
) -> None:
    # "Fleur en Daan blijven thuis": the copy refuses "Fleur"; the file's name hides her
    for lang in ("nl", "en"):
        shown = shown_file(named_case, relative, lang)[1]
        assert not _NAMES.search(shown), shown
        assert re.fullmatch(r"h/[A-Z](?: en X)?\.kvmap", shown), shown


FILES = [row[0] for row in SHOWN] + ["h/fleur.kvmap", "fleur_visser.kvmap", "i/visser, fleur.kvmap"]


def _zipped(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_output_names_a_person_or_mixes_the_languages(
    tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "cb"
    for i, name in enumerate(FILES):
        case = _case(f"Daan Visser spijbelt. Fleur en Daan blijven thuis. Versie {i}.")
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        fileformat.save(case, root / name, backup=False)
    assert main(["--lang", lang, "casebook", str(root), "--workers", "1"]) == 0
    text = capsys.readouterr().out
    book, note = tmp_path / "boek.xlsx", tmp_path / "nota.docx"
    assert main(["--lang", lang, "casebook", str(root), "--to", str(note)]) == 0
    args = ["--lang", lang, "casebook", str(root), "--format", "json", "--to", str(book)]
    capsys.readouterr()
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    with sqlite3.connect(root / INDEX_NAME) as db:
        rows = "\n".join(str(r) for r in db.iterdump())
        shown = [str(r[0]) for r in db.execute("SELECT shown FROM cases")]
    outputs = {
        "text": text,
        "json": json.dumps(data, ensure_ascii=False),
        "xlsx": _zipped(book),
        "docx": _zipped(note),
        "index": rows,
    }
    other = re.compile(r"\bresident\b" if lang == "nl" else r"\binwoner\b", re.I)
    for where, said in outputs.items():
        assert not _NAMES.search(said), (where, _NAMES.search(said))
        assert not other.search(said), (where, other.search(said))
    assert len(shown) == len(FILES)
    assert "b/X.kvmap" in shown
    assert "daan-visser.kvmap" not in shown


def test_a_name_listed_beside_a_relative_actor_is_a_letter() -> None:
    # Daan is an actor "Zoon Daan": the texts call him "de zoon", and "Fleur en Daan" named
    # Fleur in the file's name ("h/fleur.kvmap"), with no letter in the map to go by
    case = _case()
    case.add(EntityKind.ACTOR, Actor("daan", "Zoon Daan", ActorKind.CITIZEN))
    for relative in ("h/fleur.kvmap", "b/daan.kvmap", "h/Fleur en daan.kvmap"):
        shown = shown_file(case, relative, "nl")[1]
        assert not _NAMES.search(shown), shown
    assert shown_file(case, "b/daan.kvmap", "nl")[1] == "b/de zoon.kvmap"
