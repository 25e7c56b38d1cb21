"""The casebook in the reader's words (new user, eleventh round A7): a blocking power of a map
without named powers is said by its category's label, not its code ("2 of 3
deviate_from_rule"), and a file left out as a copy names the file it copies (was "the same
content as another file in the folder"). Both fail on the code before this change."""

from __future__ import annotations

import shutil
from pathlib import Path

from exports.casebook import run_casebook
from exports.casebook.words import text_report
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Need,
    PowerCategory,
    RelationKind,
    Relationship,
    fileformat,
)


def _unnamed_powers(title: str) -> Case:
    """A handler who needs to deviate from a rule, with nobody on the map who may."""
    actors = [
        Actor("a1", "Consulent", ActorKind.PROFESSIONAL),
        Actor("a2", "Teamleider", ActorKind.MANAGER),
        Actor("a3", "Moeder", ActorKind.CITIZEN),
    ]
    rels = [
        Relationship("r1", "a2", "a1", RelationKind.HIERARCHY),
        Relationship("r2", "a3", "a1", RelationKind.SIGNAL),
    ]
    needs = [Need("n1", "Maatwerk", PowerCategory.DEVIATE_FROM_RULE, handler="a1")]
    return Case.from_parts(
        CaseInfo(title=title, intent="Terug naar school"), actors, rels, [], needs
    )


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "maps"
    root.mkdir()
    for name in ("a", "c"):
        fileformat.save(_unnamed_powers(f"Casus {name}"), root / f"{name}.kvmap", backup=False)
    shutil.copyfile(root / "a.kvmap", root / "b.kvmap")
    return root


def test_a_blocking_category_is_said_in_words(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    english = text_report(run_casebook(root, "en", workers=1), "en")
    dutch = text_report(run_casebook(root, "nl", workers=1), "nl")
    assert "deviate_from_rule" not in english + dutch
    assert "Powers that block most often\n  2 of 2         Deviate from a rule\n" in english
    assert "Bevoegdheden die het vaakst knellen\n  2 van de 2     Afwijken van regel\n" in dutch


def test_a_copy_names_the_file_it_copies(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    (english,) = run_casebook(root, "en", workers=1).skipped
    assert english.problem == "file 1: the same content as a.kvmap: counted once"
    (dutch,) = run_casebook(root, "nl", workers=1).skipped
    assert dutch.problem == "bestand 1: dezelfde inhoud als a.kvmap: één keer geteld"
