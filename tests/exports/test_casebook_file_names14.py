"""The fourteenth hostile tester's C1: a casebook's file and folder names kept a relative's
first name ("Fleur Visser.kvmap" -> "Fleur resident.kvmap", "Mark en Anna/Daan Visser
spijbelt.kvmap" -> "Mark en resident/X resident spijbelt.kvmap", "fleur_visser.kvmap" ->
"fleur_resident.kvmap"): the resident's surname became "inwoner" before the title rules read
the name, so they no longer saw "Fleur Visser". Every part of the path now goes through the
title rules first, an underscore read as a space and a lowercase first name beside the
resident's name read with its capital, in the text report, JSON, workbook, Word note and the
index."""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from exports.casebook import INDEX_NAME
from exports.casebook.worker import shown_file
from models import Case, fileformat
from models.enums import EntityKind
from models.example import example_case
from ui.cli import main

FILES = (
    "Fleur Visser.kvmap",
    "Mark en Anna/Daan Visser spijbelt.kvmap",
    "fleur_visser.kvmap",
    "Fleur_Visser.kvmap",
    "visser_fleur.kvmap",
    "mark en anna/lotte.visser.kvmap",
)
_NAMES = re.compile(r"\b(?:Daan|Fleur|Mark|Anna|Lotte|Visser)\b", re.I)


def _case(title: str = "Daan Visser spijbelt") -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    case.set_case_field("title", title)
    return case


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "cb"
    for i, name in enumerate(FILES):
        case = _case()
        case.set_case_field("title", f"Casus {i + 1}")  # each file its own case
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        fileformat.save(case, root / name, backup=False)
    return root


def _zipped(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


@pytest.mark.parametrize(
    ("relative", "shown"),
    [
        ("Fleur Visser.kvmap", "Y.kvmap"),
        ("Mark en Anna/Daan Visser spijbelt.kvmap", "Y en de inwoner/X spijbelt.kvmap"),
        ("fleur_visser.kvmap", "Y.kvmap"),
        ("Fleur.Visser.kvmap", "Y.kvmap"),
        ("daan visser spijbelt.kvmap", "X spijbelt.kvmap"),
        ("mark en anna/kaart.kvmap", "Y en de inwoner/kaart.kvmap"),
        # what names nobody is shown as written
        ("2026/jansen-schulden_v1.2.kvmap", "2026/jansen-schulden_v1.2.kvmap"),
        ("kaart_wijkteam.kvmap", "kaart_wijkteam.kvmap"),
    ],
)
def test_each_part_is_read_by_the_title_rules_first(relative: str, shown: str) -> None:
    assert shown_file(_case(), relative, "nl")[1] == shown


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_output_of_a_casebook_names_a_relative_from_a_file_name(
    tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _folder(tmp_path)
    assert main(["--lang", lang, "casebook", str(root), "--workers", "1"]) == 0
    text = capsys.readouterr().out
    book, note = tmp_path / "boek.xlsx", tmp_path / "nota.docx"
    assert main(["--lang", lang, "casebook", str(root), "--to", str(note)]) == 0
    args = ["--lang", lang, "casebook", str(root), "--format", "json", "--to", str(book)]
    capsys.readouterr()
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    with sqlite3.connect(root / INDEX_NAME) as db:
        shown = [str(r[0]) for r in db.execute("SELECT shown FROM cases")]
    outputs = {
        "text": text,
        "json": json.dumps(data, ensure_ascii=False),
        "xlsx": _zipped(book),
        "docx": _zipped(note),
        "index": "\n".join(shown),
    }
    for where, said in outputs.items():
        assert not _NAMES.search(said), (where, _NAMES.search(said))
    assert len(shown) == len(FILES)
    assert shown.count("X.kvmap") == 3  # Fleur Visser, fleur_visser, Fleur_Visser
    # the resident's role in the report's language (hostile review 14b, N3)
    role = "de inwoner" if lang == "nl" else "resident"
    # Fleur is X, Mark Y and Daan Z in every name of the run (rev-hostile16a, R3)
    assert f"Y en {role}/Z spijbelt.kvmap" in shown
