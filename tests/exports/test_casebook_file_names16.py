"""Casebook file names, rev-hostile16a (issue 16): R1, the problem text of a file that does not
open named that file ('Daan Visser.kvmap: ongeldige JSON' beside 'bestand 1'); R2, the folder
passed on the command line was printed as it is at the top of the text report and the
workbook; R3, each map's names cleaned its own file's name only, so siblings gave each other
away; R4, a resident's surname only a snapshot holds was kept; R5, a first name at a sentence's
start was kept. Each test fails on the old code (af1ee29)."""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest

from exports.casebook import INDEX_NAME, CasebookCancelled, run_casebook
from exports.casebook.file_health import without_dates, without_health_or_dates
from exports.casebook.file_names import shown_file
from exports.casebook.run_names import PathNames, RunNames, name_key
from exports.casebook.words import text_report
from exports.casebook.workbook import write_workbook
from models import Case, fileformat
from models.enums import EntityKind
from models.example import example_case
from models.timeline import Snapshot
from models.timeline_io import state_of
from ui.cli import main

_NAMES = re.compile(r"\b(?:daan|fleur|visser|anna|adhd|zwanger)\b", re.I)


def _case(description: str = "") -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    if description:
        case.set_case_field("description", description)
    return case


def _xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def _unreadable(root: Path) -> None:
    (root / "sub").mkdir(parents=True)
    (root / "Daan Visser 1985-03-03 adhd.kvmap").write_text("{niet json", encoding="utf-8")
    data = json.loads(fileformat.dumps(_case()))
    data["version"] = 99
    (root / "sub" / "Fleur Visser zwanger.kvmap").write_text(json.dumps(data), encoding="utf-8")
    fileformat.save(_case("Versie 1."), root / "kaart.kvmap", backup=False)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_skipped_files_problem_does_not_name_it(
    tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # R1: 'Daan Visser.kvmap: ongeldige JSON …', 'sub/Fleur inwoner.kvmap: version: …' (old code)
    root = tmp_path / "cb"
    _unreadable(root)
    book = tmp_path / "boek.xlsx"
    args = ["--lang", lang, "casebook", str(root), "--workers", "1", "--format", "json"]
    assert main([*args, "--to", str(book)]) == 1  # files were skipped
    skipped = json.loads(capsys.readouterr().out)["skipped"]
    assert len(skipped) == 2
    label = "bestand" if lang == "nl" else "file"
    for s in skipped:
        assert s["problem"].startswith(s["file"] + ":"), s
        assert s["file"].startswith(label), s
        assert not _NAMES.search(s["problem"]), s
    run = run_casebook(root, lang, workers=1)  # type: ignore[arg-type]
    assert not _NAMES.search(text_report(run, lang)), text_report(run, lang)  # type: ignore[arg-type]
    assert not _NAMES.search(_xml(book))


def test_the_folder_passed_is_not_in_a_report(tmp_path: Path) -> None:
    # R2: 'Casusboek van …/Dossiers Anna Visser ADHD' and the index's path in it (old code)
    root = tmp_path / "Dossiers Anna Visser ADHD"
    root.mkdir()
    fileformat.save(_case("Versie 1."), root / "kaart.kvmap", backup=False)
    run = run_casebook(root, "nl", workers=1)
    report = text_report(run, "nl")
    assert not _NAMES.search(report), report
    assert report.startswith("Casusboek\n")
    assert "Index in de map: .krachtenveld-casebook.sqlite" in report
    book = tmp_path / "boek.xlsx"
    write_workbook(run, book, "nl")
    assert not _NAMES.search(_xml(book))


def _save(root: Path, relative: str, case: Case, n: int) -> None:
    case.set_case_field("title", f"Casus {n}")  # each file its own case
    (root / relative).parent.mkdir(parents=True, exist_ok=True)
    fileformat.save(case, root / relative, backup=False)


def _shown(root: Path, lang: str = "nl") -> dict[str, str]:
    run = run_casebook(root, lang, workers=1)  # type: ignore[arg-type]
    return {Path(c.path).relative_to(root).as_posix(): c.shown for c in run.cases}


def test_every_file_is_shown_with_the_names_the_whole_run_knows(tmp_path: Path) -> None:
    # R3: 'Anna Visser/2026.kvmap' beside 'De inwoner/2025.kvmap', and 'daan 2.kvmap' beside
    # 'X.kvmap': each map's names cleaned its own file's name only (old code)
    root = tmp_path / "cb"
    _save(root, "Anna Visser/2025.kvmap", _case(), 1)
    _save(root, "Anna Visser/2026.kvmap", _other(), 2)
    _save(root, "daan.kvmap", _case("Zoon Daan spijbelt. Mevrouw Anna Visser belde."), 3)
    _save(root, "daan 2.kvmap", _other(), 4)
    shown = _shown(root)
    assert shown["Anna Visser/2025.kvmap"] == "De inwoner/2025.kvmap"
    assert shown["Anna Visser/2026.kvmap"] == "De inwoner/2026.kvmap"
    letter = shown["daan.kvmap"].removesuffix(".kvmap")
    assert re.fullmatch("[A-Z]", letter), shown
    assert shown["daan 2.kvmap"] == f"{letter} 2.kvmap"  # the same letter for Daan
    with sqlite3.connect(root / INDEX_NAME) as db:
        kept = "\n".join(str(r[0]) for r in db.execute("SELECT shown, record FROM cases"))
    assert not _NAMES.search(kept), _NAMES.search(kept)


def _other() -> Case:
    other = _case()
    other.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Jansen"})
    return other


def test_a_residents_surname_only_a_snapshot_holds_is_known(tmp_path: Path) -> None:
    # R4: 'visser.kvmap' of a map whose resident is now 'Inwoner' stayed (old code)
    root = tmp_path / "cb"
    case = _case()
    case.timeline.add_snapshot(
        Snapshot(
            case.timeline.new_id(),
            date(2026, 10, 1),
            "Voor de sessie",
            state_of(fileformat.case_to_dict(case)),
        )
    )
    case.update(EntityKind.ACTOR, "jansen", {"name": "Inwoner"})
    _save(root, "visser.kvmap", case, 1)
    assert _shown(root) == {"visser.kvmap": "inwoner.kvmap"}


@pytest.mark.parametrize(
    "relative", ["daan.kvmap", "fleur.kvmap", "Daan en Fleur.kvmap", "zoon daan.kvmap"]
)
def test_a_first_name_at_a_sentences_start_is_known(tmp_path: Path, relative: str) -> None:
    # R5: 'Daan spijbelt. Fleur woont bij oma.': 'daan.kvmap', 'Daan en Fleur.kvmap' and
    # 'zoon daan.kvmap' were kept (old code)
    root = tmp_path / "cb"
    _save(
        root, relative, _case("Daan spijbelt. Fleur woont bij oma. Mevrouw Anna Visser belde."), 1
    )
    (shown,) = _shown(root).values()
    assert not _NAMES.search(shown), shown
    assert re.search(r"\b[A-Z]\b", shown), shown


GLUED = [
    ("annavisser85.kvmap", "inwoner.kvmap"),
    ("a.visser85.kvmap", "a.inwoner.kvmap"),
    ("visserA.kvmap", "inwoner.kvmap"),
    ("VisserADHD.kvmap", "Inwoner.kvmap"),
    ("adhdvisser.kvmap", "inwoner.kvmap"),
    ("visser\u2060adhd.kvmap", "inwoner.kvmap"),
    ("daanvisser.kvmap", "X inwoner.kvmap"),
    ("\u202eressiV.kvmap", "\u202einwoner.kvmap"),  # the report escapes it (printable)
    ("Vi\u0307sser.kvmap", "Inwoner.kvmap"),
    # what holds no name stays
    ("vissersboot.kvmap", "vissersboot.kvmap"),
    ("dossier2026.kvmap", "dossier2026.kvmap"),
]


@pytest.mark.parametrize(("relative", "shown"), GLUED)
def test_a_name_glued_to_another_word_or_hidden_is_known(relative: str, shown: str) -> None:
    # R6, R10: 'annavisser85', 'VisserADHD', 'visserA', a word joiner, a turned or marked
    # surname were kept (old code: no run names; the map's own names missed them)
    names = PathNames.of({"anna", "visser"}, {"daan"}, set(), {})
    assert RunNames([names], "nl").words(relative) == shown


@pytest.mark.parametrize(
    ("relative", "cut"),
    [
        ("03 03 1985 visser.kvmap", "visser.kvmap"),
        ("1985 03 03 visser.kvmap", "visser.kvmap"),
        ("visser 030385.kvmap", "visser.kvmap"),
        ("visser 850303.kvmap", "visser.kvmap"),
        ("geb19850303 visser.kvmap", "geb visser.kvmap"),
        ("visser 3maart1985.kvmap", "visser.kvmap"),
        ("visser 3 maart '85.kvmap", "visser.kvmap"),
        ("visser 19850303T1200.kvmap", "visser.kvmap"),
        ("visser 3-III-1985.kvmap", "visser.kvmap"),
        ("visser \uff13-\uff13-\uff11\uff19\uff18\uff15.kvmap", "visser.kvmap"),
        ("visser 3rd of March 1985.kvmap", "visser.kvmap"),
        ("visser 3031985.kvmap", "visser.kvmap"),
        ("1985/03/03/visser.kvmap", "1985/03/visser.kvmap"),
        ("2014-03/03/daan.kvmap", "2014-03/daan.kvmap"),
        ("geboren 3 maart/1985/visser.kvmap", "geboren/1985/visser.kvmap"),
        # what is no full date stays
        ("d/2026-03-dossier.kvmap", "d/2026-03-dossier.kvmap"),
        ("BSN 123456782.kvmap", "BSN 123456782.kvmap"),
        ("0612345678.kvmap", "0612345678.kvmap"),
        ("zaak 2026 12.kvmap", "zaak 2026 12.kvmap"),
        ("versie 3 mei.kvmap", "versie 3 mei.kvmap"),
        ("kaart v2.1.3.kvmap", "kaart v2.1.3.kvmap"),
    ],
)
def test_more_forms_of_a_full_date_are_cut(relative: str, cut: str) -> None:
    # R7: each of the first 15 was kept (old code)
    assert without_dates(relative) == cut


@pytest.mark.parametrize(
    "word",
    [
        "asperger",
        "PDD-NOS",
        "ocd",
        "dyslexie",
        "dwarslaesie",
        "IVF",
        "PAAZ",
        "IBS",
        "crisismaatregel",
        "overdose",
        "rehab",
        "kindermishandeling",
        "OTS",
        "ondertoezichtstelling",
        "uithuisplaatsing",
        "jeugdreclassering",
    ],
)
def test_more_health_and_sensitive_words_leave_a_file_name(word: str) -> None:
    # R8: 'visser asperger.kvmap', 'visser kindermishandeling OTS.kvmap' kept them (old code)
    assert without_health_or_dates(f"b/visser {word}.kvmap", "nl") == "b/visser.kvmap"


@pytest.mark.parametrize(
    ("relative", "nl", "en"),
    [
        # R9: a law's, a body's or a paper's name, a word after the surname, was a letter
        ("gemeentewet.kvmap", "gemeentewet.kvmap", "gemeentewet.kvmap"),
        ("participatiewet.kvmap", "participatiewet.kvmap", "participatiewet.kvmap"),
        ("awb bezwaar.kvmap", "awb bezwaar.kvmap", "awb bezwaar.kvmap"),
        ("dagblad.kvmap", "dagblad.kvmap", "dagblad.kvmap"),
        ("visser energy.kvmap", "inwoner energy.kvmap", "resident energy.kvmap"),
        ("visser born 1985-03-03.kvmap", "inwoner born.kvmap", "resident born.kvmap"),
        ("visser asperger.kvmap", "kaart.kvmap", "map.kvmap"),  # a health word, no name
        # R11: an identifier's Dutch marker, "van de" before the resident's folder
        ("BSN 123456782.kvmap", "BSN.kvmap", "BSN.kvmap"),
        ("bsn123456782.kvmap", "bsn.kvmap", "bsn.kvmap"),
        ("Jeugd/Visser/a.kvmap", "Jeugd/inwoner/a.kvmap", "Jeugd/resident/a.kvmap"),
    ],
)
def test_no_person_where_there_is_none_and_tidy_words(relative: str, nl: str, en: str) -> None:
    # each row fails on the old code ('X.kvmap', 'X bezwaar', 'de inwoner X', 'BSN (BSN
    # weggelaten)', 'Jeugd/van de inwoner')
    case = _case()
    case.set_case_field(
        "description",
        "Bijstand op grond van de Participatiewet en de Gemeentewet; bezwaar onder de Awb; het"
        " Rivierstad Dagblad belde.",
    )
    assert shown_file(case, relative, "nl")[1] == nl
    assert shown_file(case, relative, "en")[1] == en


def test_the_index_keeps_the_names_sealed_and_a_second_run_reuses_them(tmp_path: Path) -> None:
    # the index kept each name word as a plain hash (8c32e35): sha256 of a guessed name found
    # it; now it is sealed with a key from the map's bytes, and a second run still knows it
    root = tmp_path / "cb"
    _save(root, "daan.kvmap", _case("Zoon Daan spijbelt. Mevrouw Anna Visser belde."), 1)
    _save(root, "daan 2.kvmap", _other(), 2)
    first = _shown(root)
    with sqlite3.connect(root / INDEX_NAME) as db:
        kept = "\n".join(str(r[0]) for r in db.execute("SELECT record FROM cases"))
    for word in ("daan", "anna", "visser"):
        assert name_key(word) not in kept
    run = run_casebook(root, "nl", workers=1)
    assert run.reused == 2
    assert {Path(c.path).name: c.shown for c in run.cases} == first
    assert first["daan 2.kvmap"] == first["daan.kvmap"].replace(".kvmap", " 2.kvmap")


@pytest.mark.parametrize(
    ("relative", "shown"),
    [
        ("A.V.kvmap", "inwoner.kvmap"),
        ("AV.kvmap", "inwoner.kvmap"),
        ("AJM de inwoner.kvmap", "de inwoner.kvmap"),
        ("De inwoner, A J.kvmap", "De inwoner.kvmap"),
        # another body's initials, a letter the run gave, other capitals stay
        ("UWV de inwoner.kvmap", "UWV de inwoner.kvmap"),
        ("daanvisser.kvmap", "X inwoner.kvmap"),
        ("GGD.kvmap", "GGD.kvmap"),
    ],
)
def test_a_residents_initials_are_the_role(relative: str, shown: str) -> None:
    # R10: 'A.V.kvmap', 'AV.kvmap', 'AJM de inwoner', 'De inwoner, A J' were kept (old code)
    names = PathNames.of({"anna", "visser"}, {"daan"}, set(), {}, {"av", "a"})
    assert RunNames([names], "nl").words(relative) == shown


def test_a_cancelled_run_keeps_no_siblings_name_in_the_index(tmp_path: Path) -> None:
    # the rows kept before a cancel had their own map's names only: 'Anna Visser/b.kvmap' of a
    # map that does not know Visser stayed in the index (old code)
    root = tmp_path / "cb"
    _save(root, "Anna Visser/a.kvmap", _case(), 1)
    _save(root, "Anna Visser/b.kvmap", _other(), 2)
    _save(root, "z/c.kvmap", _other(), 3)
    asked = iter(range(100))
    with pytest.raises(CasebookCancelled):  # asked once per file, then before each analysis
        run_casebook(root, "nl", workers=1, cancelled=lambda: next(asked) >= 5)
    with sqlite3.connect(root / INDEX_NAME) as db:
        kept = [str(r[0]) for r in db.execute("SELECT shown FROM cases")]
    assert len(kept) == 2, kept
    assert not any(_NAMES.search(k) for k in kept), kept
