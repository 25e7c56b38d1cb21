"""A resident named after someone else (issue 16; new user, session 11, A1): the only resident
of the map is "Moeder van Noah", and Noah, the child who is out of school, is no actor. The
anonymised nota and deck said "De moeder zit thuis zonder school": the college would sign a
nota about the wrong person. Noah is another person and is named "het kind" ("the child");
the mother stays "de moeder"."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from exports.anonymise import anonymise
from exports.anonymise_parts import relative, relative_roles
from exports.casebook.unnamed import shown_names
from models import fileformat
from ui.cli import main


def _actor(id_: str, name: str, kind: str, org: str = "", notes: str = "") -> dict[str, Any]:
    return {
        "id": id_,
        "name": name,
        "kind": kind,
        "sphere": None,
        "organisation": org,
        "influence": 0,
        "interest": 0,
        "stance": 0,
        "public_body": None,
        "roles": [],
        "tags": [],
        "group": "",
        "notes": notes,
        "position": {"x": len(id_) * 90.0, "y": 0.0},
    }


def _noah(path: Path, intent: str = "") -> Path:
    """The reviewer's map in small: the mother, the school's staff, the mandate, the need."""
    data = {
        "format": "krachtenveld",
        "version": 2,
        "case": {
            "title": "Noah (11) zit thuis zonder school",
            "intent": intent
            or "Noah gaat binnen zes weken weer naar school, ook als dat een arrangement buiten"
            " de standaardregels vraagt.",
            "description": "",
            "as_of": None,
            "intent_owner": None,
        },
        "organisations": [
            {
                "id": "o2",
                "name": "Samenwerkingsverband PO Zeedorp",
                "kind": "other",
                "parent": None,
                "notes": "",
                "collapsed": False,
            },
        ],
        "actors": [
            _actor("a2", "Directeur Passend Onderwijs", "executive", "o2"),
            _actor("a4", "Consulent Passend Onderwijs", "professional", "o2"),
            _actor("a6", "Moeder van Noah", "citizen", notes="Noahs moeder belt elke week."),
        ],
        "powers": [],
        "relationships": [
            {
                "id": "r1",
                "source": "a6",
                "target": "a4",
                "kind": "signal",
                "level": 1,
                "practice": "both",
                "label": "Moeder van Noah meldt het verzuim",
                "notes": "",
            },
        ],
        "mandates": [
            {
                "id": "m1",
                "grantor": "a2",
                "holder": "a4",
                "power": "deviate_from_rule",
                "description": "",
                "instrument": "mandate",
                "scope": "general",
                "budget": None,
                "sub_mandate_levels": None,
                "in_writing": None,
                "consent": None,
                "holder_works_under_grantor": None,
                "reserves_deviation": False,
                "legal_basis": "",
                "valid_from": None,
                "valid_until": None,
                "practice": "both",
            },
        ],
        "needs": [
            {
                "id": "n1",
                "decision": "Maatwerkarrangement met thuisonderwijs voor Noah",
                "power": "deviate_from_rule",
                "budget": None,
                "handler": "a4",
                "organisations": [],
                "urgency": "medium",
                "notes": "",
                "deadline": None,
                "deviates": False,
            },
        ],
        "agreements": [],
        "accepted": [],
        "history": [],
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _office_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return "\n".join(
            str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
        )
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def test_the_child_is_the_child_not_the_mother(tmp_path: Path) -> None:
    case = fileformat.load(_noah(tmp_path / "noah.kvmap"))
    out = anonymise(case, "nl")
    assert out.info.title == "Het kind zit thuis zonder school"
    assert out.info.intent.startswith("Het kind gaat binnen zes weken weer naar school")
    need = out.needs.get("n1")
    assert need is not None
    assert need.decision == "Maatwerkarrangement met thuisonderwijs voor het kind"
    mother = [a for a in out.actors if a.kind.value == "citizen"]
    assert [a.name for a in mother] == ["Moeder"]  # the actor itself stays the mother
    tie = out.relationships.get("r1")
    assert tie is not None
    assert tie.label == "De moeder meldt het verzuim"
    english = anonymise(case, "en")
    assert english.info.title == "The child zit thuis zonder school"  # the texts stay Dutch


def test_the_copy_and_every_export_name_the_child_and_never_noah(tmp_path: Path) -> None:
    src = _noah(tmp_path / "noah.kvmap")
    copy = tmp_path / "noah.anoniem.kvmap"
    assert main(["export", str(src), "--to", str(copy), "--anonymise", "--lang", "nl"]) == 0
    written = copy.read_text(encoding="utf-8")
    assert "noah" not in written.casefold()
    data = json.loads(written)
    assert data["case"]["title"] == "Het kind zit thuis zonder school"
    assert "de moeder" not in (data["case"]["title"] + data["case"]["intent"]).casefold()
    assert data["needs"][0]["decision"].endswith("voor het kind")
    # the nota and the deck are anonymised by default; the report is made from the copy
    for name, source in (("nota.docx", src), ("deck.pptx", src), ("rapport.xlsx", copy)):
        out = tmp_path / name
        assert main(["export", str(source), "--to", str(out), "--lang", "nl"]) == 0
        text = _office_text(out)
        assert "noah" not in text.casefold(), name
        assert "De moeder zit thuis" not in text, name
        assert "Het kind zit thuis zonder school" in text, name


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("Moeder van Noah", ("Noah", "child")),
        ("Vader van Sem de Jong", ("Sem de Jong", "child")),
        ("Oma van Lotte (7)", ("Lotte", "grandchild")),
        ("Dochter van Mevrouw Visser", ("Mevrouw Visser", "parent")),
        ("Zus van Anna", ("Anna", "relative")),
        ("Mother of Noah", ("Noah", "child")),
        ("Buurman van Dam", None),  # the neighbour's own surname
        ("Moeder van twee kinderen", None),
        ("Moeder van de Berg", None),
        ("Mevrouw Noah", None),
    ],
)
def test_a_relative_in_a_residents_name(name: str, found: tuple[str, str] | None) -> None:
    assert relative(name) == found


def test_relatives_are_numbered_and_a_resident_is_no_relative() -> None:
    names = ["Moeder van Noah", "Vader van Liam", "Zoon van Anna", "Anna", "Moeder van Noah"]
    assert relative_roles(names, "nl") == {"Noah": "het kind", "Liam": "het kind 2"}
    assert relative_roles(["Zoon van Anna"], "en") == {"Anna": "the parent"}


def test_the_casebook_names_the_child_in_the_maps_own_language(tmp_path: Path) -> None:
    # the reviewer's casebook in English said "The moeder zit thuis zonder school"
    case = fileformat.load(_noah(tmp_path / "noah.kvmap"))
    for lang in ("nl", "en"):
        shown = shown_names(case, lang)
        assert shown.title == "Het kind zit thuis zonder school", lang
        assert shown.actors["a6"] == {"nl": "Moeder", "en": "Moeder"}[lang]
