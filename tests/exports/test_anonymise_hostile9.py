"""The hostile reviewer's eighth round (issue 16): N1, a resident's surname that is also an
everyday word ("Visser", "Bakker", "De Boer") stayed in every output wherever no title stood
before it, and the check passed it; F2's leftover numbers and "bevallen"; N2, the same export
run twice onto a hand-edited marked copy lost the edit; a nickname in brackets."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from exports.anonymise import anonymise
from exports.anonymise_check import NameIndex, find_leak, resident_words
from exports.anonymise_copy import write_anonymised_copy
from exports.anonymise_identifiers import without_identifiers
from exports.anonymise_names import Lookup, name_pattern, replace, roles
from exports.anonymise_words import without_health
from models import fileformat
from models.case import Case
from models.enums import EntityKind
from models.example import example_case
from ui.cli import main

SURNAMES = ("Visser", "Bakker", "Smit", "De Boer", "Mulder", "Koster", "Schipper", "Post")


def _text(surname: str) -> str:
    """The reviewer's sentences (f1c.kvmap) for a resident "Mevrouw Anna <surname>"."""
    upper = surname.upper()
    return (
        f"{surname} belde. {upper}, Anna. Jansen-{surname}. {surname}-Jansen. Het gezin"
        f" {surname}. Casus {surname}. Familie {surname} belt. Zij sprak met {surname} zelf."
    )


def _map(surname: str) -> Case:
    case = example_case()  # the resident "jansen" was "Mevrouw Jansen" on the snapshots
    case.update(EntityKind.ACTOR, "jansen", {"name": f"Mevrouw Anna {surname}"})
    case.set_case_field("title", f"Casus {surname}")
    case.set_case_field("description", _text(surname) + f" De {surname.split()[-1].lower()} vist.")
    case.set_case_field("intent", f"{surname.upper()} blijft wonen.")
    return case


def _left(text: str, surname: str) -> list[str]:
    """Each capitalised or all-capitals writing of ``surname``'s last word in ``text``."""
    word = surname.split()[-1]
    return [w for w in (word, word.upper()) if w in text]


def _xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


@pytest.mark.parametrize("surname", SURNAMES)
def test_a_surname_that_is_a_word_is_replaced_wherever_it_has_a_capital(surname: str) -> None:
    names = [f"Mevrouw Anna {surname}", "Mevrouw Jansen"]
    lookup = Lookup(names, dict.fromkeys(names, "inwoner"))
    out = replace(_text(surname), name_pattern(names), lookup, "nl")  # type: ignore[arg-type]
    assert out == (
        "De inwoner belde. De inwoner. De inwoner. De inwoner. Het gezin. De casus van de"
        " inwoner. Het gezin belt. Zij sprak met de inwoner zelf."
    )
    word = surname.split()[-1].lower()
    kept = f"De {word} vist; {word}en."
    assert replace(kept, name_pattern(names), lookup, "nl") == kept  # type: ignore[arg-type]


@pytest.mark.parametrize("surname", SURNAMES)
@pytest.mark.parametrize(
    "leak", ["{s} belde.", "{S}, Anna", "Jansen-{s}", "{s}-Jansen", "Het gezin {s}", "Casus {s}"]
)
def test_the_check_flags_a_capitalised_surname_that_is_a_word(surname: str, leak: str) -> None:
    resident = f"Mevrouw Anna {surname}"
    names = [resident, "Jansen", *resident_words(resident)[0]]
    text = leak.format(s=surname, S=surname.upper())
    assert find_leak({"description": text}, NameIndex(names), {resident}) is not None, text
    word = surname.split()[-1].lower()
    assert find_leak({"description": f"de {word} vist"}, NameIndex(names), {resident}) is None


@pytest.mark.parametrize("surname", SURNAMES)
def test_no_output_of_the_map_keeps_the_surname(tmp_path: Path, surname: str) -> None:
    src = tmp_path / "f1c.kvmap"
    fileformat.save(_map(surname), src, backup=False)
    for suffix in (".kvmap", ".docx", ".pptx", ".svg"):
        out = tmp_path / f"f1c.anon{suffix}"
        args = ["export", str(src), "--to", str(out), "--anonymise", "--lang", "nl"]
        assert main(args) == 0, suffix
        text = _xml(out) if suffix in (".docx", ".pptx") else out.read_text(encoding="utf-8")
        assert _left(text, surname) == [], suffix
    copy = fileformat.load(tmp_path / "f1c.anon.kvmap")
    assert copy.info.title == "De casus van de inwoner"
    assert "het het" not in copy.info.description.casefold()


@pytest.mark.parametrize("surname", ["Visser", "De Boer"])
def test_the_casebook_index_of_the_copy_keeps_no_surname(tmp_path: Path, surname: str) -> None:
    from exports.casebook import INDEX_NAME, run_casebook
    from exports.casebook.words import as_json, text_report

    root = tmp_path / "cb3"
    root.mkdir()
    write_anonymised_copy(_map(surname), root / "c.anon.kvmap", "nl")
    run = run_casebook(root, "en", workers=1)
    report = text_report(run, "en") + json.dumps(as_json(run, "en"), ensure_ascii=False)
    assert _left(report, surname) == []
    assert _left((root / INDEX_NAME).read_bytes().decode("utf-8", "replace"), surname) == []


def test_a_case_word_before_a_name_reads_well_in_both_languages() -> None:
    names = ["Mevrouw Jansen"]
    pattern = name_pattern(names)
    nl, en = Lookup(names, roles(names, "nl")), Lookup(names, roles(names, "en"))
    text = "Stand zaak Jansen; sinds zaak Jansen. Casus Jansen."
    assert replace(text, pattern, nl, "nl") == (  # type: ignore[arg-type]
        "Stand van de zaak van de inwoner; sinds de zaak van de inwoner. De casus van de inwoner."
    )
    assert replace("Casus Jansen", pattern, en, "en") == "The case of the resident"  # type: ignore[arg-type]
    assert replace("Het gezin Jansen belt.", pattern, nl, "nl") == "Het gezin belt."  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "zaaknummer Z-2026-1234",
        "polisnummer 12345678",
        "verzekerdennummer 987654321",
        "V-nummer 1234567890",
    ],
)
def test_a_case_policy_insurance_or_foreign_national_number_is_left_out(text: str) -> None:
    word = text.split()[0]
    assert without_identifiers(f"Zie {text}.", "nl") == f"Zie {word} (nummer weggelaten)."
    assert find_leak({"notes": text}, NameIndex([]), set()) is not None


def test_a_birth_leaves_the_note_and_a_pleasing_change_stays() -> None:
    assert without_health("Belt vaak terug. Zij is vorige week bevallen.") == "Belt vaak terug."
    assert find_leak({"notes": "bevallen"}, NameIndex([]), set()) is not None
    assert without_health("De werkwijze is haar goed bevallen.") == (
        "De werkwijze is haar goed bevallen."
    )


def test_the_same_export_twice_keeps_the_hand_edit(tmp_path: Path) -> None:
    src = tmp_path / "f2.kvmap"
    fileformat.save(_map("Visser"), src, backup=False)
    target = tmp_path / "c2.kvmap"
    write_anonymised_copy(_map("Visser"), target, "nl")
    data = json.loads(target.read_text(encoding="utf-8"))
    data["case"]["description"] += " ECHT WERK"  # edited outside the app: the mark stays
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    args = ["export", str(src), "--to", str(target), "--anonymise", "--lang", "nl"]
    assert main(args) == 0
    assert main(args) == 0
    kept = [p for p in tmp_path.glob("c2.kvmap*") if "ECHT WERK" in p.read_text("utf-8")]
    assert kept, sorted(p.name for p in tmp_path.iterdir())
    assert "ECHT WERK" not in target.read_text(encoding="utf-8")


def test_a_newer_export_keeps_every_older_version(tmp_path: Path) -> None:
    target = tmp_path / "c.kvmap"
    versions = []
    for word in ("een", "twee", "drie"):
        case = _map("Visser")
        case.set_case_field("intent", f"Versie {word}.")
        write_anonymised_copy(case, target, "nl")
        versions.append(target.read_bytes())
    kept = {p.read_bytes() for p in tmp_path.glob("c.kvmap*")}
    assert set(versions) <= kept


def test_a_nickname_in_brackets_is_a_first_name(tmp_path: Path) -> None:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Dhr. P.J. (Piet) van der Berg"})
    case.set_case_field("description", "Piet belde. Dhr. P.J. (Piet) van der Berg ook.")
    assert anonymise(case, "nl").info.description == "De inwoner belde. De inwoner ook."
    write_anonymised_copy(case, tmp_path / "c.kvmap", "nl")  # the check lets it pass
