"""The anonymiser after the tenth outside looks (issue 16, session 11): a family named in the
intent that is no actor on the map (jurist J11), a resident's surname with an initial or in a
double name written small (hostile H3), names of firms, foundations, schools and pairs of
words that stay whole (H6), and a check that reads names and staff apart from the cleaner, so
that a fault in the cleaner cannot hide itself."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from exports.anonymise import anonymise
from exports.anonymise_check import NameIndex, find_leak
from exports.anonymise_copy import CopyLeakError, _names, write_anonymised_copy
from models import fileformat
from models.enums import ActorKind, EntityKind
from models.example import example_case
from models.timeline import Timeline
from tests.exports.leak_cases import resident_case
from ui.cli import main

MAP_G = Path(__file__).parent / "data" / "jurist10_map_g.kvmap"


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield str(key)
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


def _office_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return "\n".join(
            str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
        )
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


# --- J11: the family in the intent is no actor on the map -----------------------------------


def test_the_family_in_the_intent_leaves_the_copy_and_every_export(tmp_path: Path) -> None:
    src = tmp_path / "g.kvmap"
    shutil.copy(MAP_G, src)
    assert "Gezin Jansen" in fileformat.load(src).info.intent  # the test can fail
    copy = tmp_path / "g.anoniem.kvmap"
    assert main(["export", str(src), "--to", str(copy), "--anonymise", "--lang", "nl"]) == 0
    data = json.loads(copy.read_text(encoding="utf-8"))
    leaks = [s for s in _strings(data) if "jansen" in s.casefold()]
    assert leaks == []
    assert data["case"]["intent"].startswith("Gezin X blijft in de eigen woning wonen")
    written: list[Path] = []
    for name, flags in (
        ("nota.docx", []),
        ("deck.pptx", []),
        ("register.docx", ["--format", "mandate-register"]),
    ):
        out = tmp_path / name
        assert main(["export", str(src), "--to", str(out), *flags, "--lang", "nl"]) == 0
        written.append(out)
    for name, flags in (("rapport.xlsx", []), ("register.xlsx", ["--format", "mandate-register"])):
        out = tmp_path / name  # the shared copy is exported further as it is
        assert main(["export", str(copy), "--to", str(out), *flags, "--lang", "nl"]) == 0
        written.append(out)
    for out in written:
        assert "jansen" not in _office_text(out).casefold(), out.name


def test_a_surname_after_a_form_of_address_is_a_letter_the_same_for_the_same_name() -> None:
    case = example_case()
    case.timeline = Timeline()
    case.remove(EntityKind.ACTOR, "jansen")  # no resident on the map: nobody's name is known
    case.set_case_field(
        "description",
        "Mevrouw Bakker (41) woont er met haar kinderen. Dhr. P. de Vries, haar ex, belde; "
        "gezin Bakker wacht. Mevrouw de Voorzitter van de Raad opende.",
    )
    out = anonymise(case, "nl")
    assert out.info.description == (
        "Mevrouw X (41) woont er met haar kinderen. Dhr. Y, haar ex, belde; "
        "gezin X wacht. Mevrouw de Voorzitter van de Raad opende."
    )
    assert out.info.title == "Dreigende huisuitzetting bij schulden en zorg"


@pytest.mark.parametrize(
    "text",
    ["en mevrouw Jansen de zorg krijgt", "Gezin Jansen blijft", "dhr. P. de Vries belde"],
)
def test_the_check_refuses_a_surname_after_a_form_of_address_it_cannot_explain(
    text: str,
) -> None:
    # no resident's name is given to the check: it finds the person by the form of address
    assert find_leak({"intent": text}, NameIndex([]), set()) is not None
    assert find_leak({"intent": "Mevrouw de Voorzitter opent"}, NameIndex([]), set()) is None


# --- the check reads apart from the cleaner -------------------------------------------------


def test_a_cleaner_that_misses_a_staff_name_is_caught_by_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("exports.anonymise_plan.staff_name", lambda name: (name, None))
    with pytest.raises(CopyLeakError, match="Sanne"):
        write_anonymised_copy(example_case(), tmp_path / "kopie.kvmap", "nl")
    assert not (tmp_path / "kopie.kvmap").exists()


def test_a_cleaner_that_misses_a_look_alike_letter_is_caught_by_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = example_case()
    case.set_case_field("description", "J\u0430nsen belde op 3 maart.")  # a Cyrillic a
    monkeypatch.setattr("exports.anonymise_spelling._folded_char", lambda ch: ch)
    # and the low forms' reading of a look-alike in a Latin word (review 14b)
    monkeypatch.setattr("exports.anonymise_low_forms.latin_letters", lambda text: text)
    with pytest.raises(CopyLeakError, match="Jansen"):
        write_anonymised_copy(case, tmp_path / "kopie.kvmap", "nl")


# --- H3: an initial with the surname, a double name in small letters ------------------------


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        ("Mevrouw Anna (Annie) Visser", "avisser belde.", "De inwoner belde."),
        (
            "Mevrouw Anna (Annie) Visser",
            "Mail van a.visser ontvangen.",
            "Mail van de inwoner ontvangen.",
        ),
        ("Mevrouw Anna (Annie) Visser", "A. Visser belde.", "De inwoner belde."),
        ("Mevrouw Anna (Annie) Visser", "jansen-visser belde.", "De inwoner belde."),
        (
            "Mevrouw Anna (Annie) Visser",
            "Gisteren belde mevr. Visser.",
            "Gisteren belde de inwoner.",
        ),
        ("Jan de Boer", "Account jdeboer geblokkeerd.", "Account van de inwoner geblokkeerd."),
        ("Jan de Boer", "Zie j.de.boer.", "Zie de inwoner."),
        ("Mw. A. de Groot", "Brief aan a.degroot verstuurd.", "Brief aan de inwoner verstuurd."),
    ],
)
def test_an_initial_with_the_surname_is_the_resident(name: str, text: str, said: str) -> None:
    assert anonymise(resident_case(name, text), "nl", for_copy=True).info.description == said


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Mevrouw Anna (Annie) Visser", "avisser belde"),
        ("Mevrouw Anna (Annie) Visser", "a.visser belde"),
        ("Mevrouw Anna (Annie) Visser", "inwoner-visser belde"),
        ("Jan de Boer", "jdeboer"),
        ("Jan de Boer", "j.de.boer belde"),
    ],
)
def test_the_check_finds_an_initial_with_the_surname(name: str, text: str) -> None:
    names, full, places = _names(resident_case(name, ""))
    assert find_leak({"label": text}, NameIndex(names), full, places=places) is not None


def test_a_tag_with_an_initial_is_the_role() -> None:
    case = resident_case("Mevrouw Anna (Annie) Visser", "")
    case.update(EntityKind.ACTOR, "jansen", {"tags": ("avisser", "a.visser", "schuld")})
    out = anonymise(case, "nl", for_copy=True)
    resident = next(a for a in out.actors if a.kind is ActorKind.CITIZEN)
    assert resident.tags == ("inwoner", "inwoner", "schuld")


# --- H6: what stays whole ------------------------------------------------------------------

_KEPT = {
    # a firm of several partners is a legal person, not the resident; a one-person firm on
    # the map ("Klusbedrijf Visser") is the owner's own name and loses it (session 10)
    "Mevrouw Anna (Annie) Visser": [
        "Visser Advocaten stuurde een brief.",
        "De Vries & Visser Advocaten vertegenwoordigt de corporatie.",
        "Stichting Anna Zorg biedt opvang.",
        "Het Anna Paulowna-huis is vol.",
        "Raad voor de Kinderbescherming onderzoekt.",
        "Familie Zorg Rivierland helpt.",  # a body's word after the form: the check passes it
        "De visser vist in de Visserstraat.",
    ],
    "Mw. A. de Groot": [
        "Klein en Groot helpt gezinnen.",
        "De kinderen gaan naar de Hugo de Groot-school.",
        "Groot onderhoud aan de woning is nodig.",
        "Het college neemt een besluit op het bezwaar (art. 7:11 Awb).",
    ],
}


@pytest.mark.parametrize(("name", "text"), [(n, t) for n, texts in _KEPT.items() for t in texts])
def test_other_names_and_words_stay_whole_and_the_copy_is_written(
    name: str, text: str, tmp_path: Path
) -> None:
    case = resident_case(name, text)
    target = tmp_path / "kopie.kvmap"
    write_anonymised_copy(case, target, "nl")
    assert json.loads(target.read_text(encoding="utf-8"))["case"]["description"] == text


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        ("Mevrouw Anna (Annie) Visser", "Anna belde.", "De inwoner belde."),
        (
            "Mevrouw Anna (Annie) Visser",
            "Anna Visser Advocaten belde.",
            "De inwoner Advocaten belde.",
        ),
        ("Mw. A. de Groot", "Groot belde.", "De inwoner belde."),
        (
            "Mw. A. de Groot",
            "Groot zegt dat zij wil verhuizen.",
            "De inwoner zegt dat zij wil verhuizen.",
        ),
        ("Mw. A. de Groot", "Rapportage de Groot.", "Rapportage van de inwoner."),
        ("Mw. A. de Groot", "Stichting De Groot belde.", "Stichting de inwoner belde."),
    ],
)
def test_the_resident_is_still_replaced_beside_those_rules(name: str, text: str, said: str) -> None:
    assert anonymise(resident_case(name, text), "nl", for_copy=True).info.description == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Anna V. belde.", "De inwoner belde."),  # was "De inwoner V. Belde."
        ("Visser’s dochter belt.", "De dochter van de inwoner belt."),
        ("Fam Visser belt.", "Het gezin belt."),
        (  # her initials are her (hostile review 12, P4)
            "A.V. belde, zie art. 4 Awb. de termijn loopt.",
            "De inwoner belde, zie art. 4 Awb. de termijn loopt.",
        ),
    ],
)
def test_the_sentence_reads_on_after_the_name(text: str, said: str) -> None:
    case = resident_case("Mevrouw Anna (Annie) Visser", text)
    assert anonymise(case, "nl", for_copy=True).info.description == said


def test_a_family_tag_is_the_household() -> None:
    case = resident_case("Mevrouw Anna (Annie) Visser", "")
    case.update(EntityKind.ACTOR, "jansen", {"tags": ("fam_visser",)})
    out = anonymise(case, "nl", for_copy=True)
    assert next(a for a in out.actors if a.kind is ActorKind.CITIZEN).tags == ("gezin",)


def test_the_summary_names_the_places_where_a_word_surname_stays() -> None:
    from exports.anonymise_summary import copy_summary

    case = resident_case("Mevrouw Anna (Annie) Visser", "")
    said = " ".join(copy_summary(case, "nl"))
    assert "kantoor van meer personen ('Visser Advocaten')" in said
    assert "('Klein en Groot')" in " ".join(copy_summary(case, "en"))
