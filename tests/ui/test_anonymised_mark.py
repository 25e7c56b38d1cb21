"""The app and the anonymised copy's mark (hostile review 7, F4): the first edit of an opened
copy takes the mark away, undoing every edit puts it back, and a save after an edit writes
the map without it (so a later copy written over it needs --force and keeps a .bak)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exports.anonymise_copy import write_anonymised_copy
from models import fileformat
from models.example import example_case
from ui.document.controller import DocumentController


def test_an_edit_in_the_app_takes_the_mark_away_and_undo_puts_it_back(
    qapp: Any, tmp_path: Path
) -> None:
    path = tmp_path / "gedeeld.kvmap"
    write_anonymised_copy(example_case(), path, "nl")
    ctl = DocumentController()
    ctl.open(path)
    assert ctl.case.info.anonymised
    ctl.set_field("consulent", "name", "Consulent schulden")
    assert not ctl.case.info.anonymised  # the first edit: kept before the fix
    ctl.undo_stack.undo()
    assert ctl.case.info.anonymised  # every edit undone: as written, mark and all
    ctl.undo_stack.redo()
    assert not ctl.case.info.anonymised
    ctl.save()
    assert not fileformat.load(path).info.anonymised
    ctl.undo_stack.undo()  # back to the state the anonymiser wrote, but the file is saved
    assert not ctl.case.info.anonymised  # unmarked: the clean state on disk has no mark
    ctl.deleteLater()


def test_saving_an_unedited_copy_keeps_its_mark(qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "gedeeld.kvmap"
    write_anonymised_copy(example_case(), path, "nl")
    ctl = DocumentController()
    ctl.open(path)
    ctl.save()
    assert fileformat.load(path).info.anonymised
    ctl.deleteLater()
