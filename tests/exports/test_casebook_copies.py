"""Copies of one case count once in the casebook (new user, ninth round: "Two copies of the
same example count as '2 of the 5 cases' without any note"; issue 11, session 12).

Files with the same bytes were already left out. These copies differ in their bytes: the map
saved again with its plates moved, and a copy kept on after more work with the first state as
a snapshot. Each report says "… kopieën van dezelfde casus" and counts the case once. Two
families built from one template are two cases, not copies.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import docx
import openpyxl

from exports.casebook import run_casebook
from exports.casebook.note import write_note
from exports.casebook.words import as_json, text_report
from exports.casebook.workbook import write_workbook
from models import Actor, ActorKind, EntityKind, Position, fileformat
from models.example import example_case
from models.templates import template_case
from models.timeline import Snapshot
from models.timeline_io import state_of


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "maps"
    root.mkdir()
    example = example_case()
    fileformat.save(example, root / "a_eerste.kvmap", backup=False)
    moved = example_case()  # saved again with one plate moved: other bytes, the same case
    moved.update(EntityKind.ACTOR, "college", {"position": Position(40.0, -25.0)})
    fileformat.save(moved, root / "b_kopie.kvmap", backup=False)
    later = example_case()  # kept on after more work: the first state is a snapshot
    later.timeline.add_snapshot(
        Snapshot(
            later.timeline.new_id(),
            date(2026, 10, 1),
            "Voor de sessie",
            state_of(fileformat.case_to_dict(later)),
        )
    )
    later.add(EntityKind.ACTOR, Actor("jurist", "Jurist Wonen", ActorKind.PROFESSIONAL))
    fileformat.save(later, root / "c_later.kvmap", backup=False)
    debt = template_case("debt_eviction")
    fileformat.save(debt, root / "d_schuld.kvmap", backup=False)
    other = template_case("debt_eviction")  # another family from the same template
    resident = next(a for a in other.actors if a.kind is ActorKind.CITIZEN)
    other.update(EntityKind.ACTOR, resident.id, {"name": "Meneer De Vries"})
    fileformat.save(other, root / "e_schuld.kvmap", backup=False)
    return root


def test_copies_of_one_case_count_once_in_every_report(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    run = run_casebook(root, "nl", workers=1)
    assert [Path(c.path).name for c in run.cases] == [
        "c_later.kvmap",  # the latest state of the example counts
        "d_schuld.kvmap",
        "e_schuld.kvmap",  # another family from the same template: a case of its own
    ]
    assert run.skipped == ()
    assert len(run.copies) == 1
    copies = run.copies[0]
    assert [Path(f).name for f in copies.files] == [
        "a_eerste.kvmap",
        "b_kopie.kvmap",
        "c_later.kvmap",
    ]
    assert copies.later
    line = (
        "a_eerste.kvmap, b_kopie.kvmap en c_later.kvmap: drie kopieën van dezelfde casus; "
        "één keer geteld, als c_later.kvmap (de laatste stand)"
    )
    text = text_report(run, "nl")
    assert text.splitlines()[1].startswith(
        "3 casussen geanalyseerd; 3 kopieën van dezelfde casus tellen één keer (zie onder)."
    )
    assert f"\nKopieën van dezelfde casus\n  {line}\n" in text
    data = json.loads(json.dumps(as_json(run, "nl")))
    assert len(data["cases"]) == 3
    assert data["copies"][0]["text"] == line
    assert data["copies"][0]["counted"] == copies.counted
    write_workbook(run, tmp_path / "cb.xlsx", "nl")
    sheet = openpyxl.load_workbook(tmp_path / "cb.xlsx")["Kopieën van dezelfde casus"]
    assert sheet.cell(2, 3).value == line
    write_note(run, tmp_path / "cb.docx", "nl")
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "cb.docx")).paragraphs]
    assert "3 kopieën van dezelfde casus tellen één keer:" in paragraphs
    assert line in paragraphs
    english = text_report(run_casebook(root, "en", workers=1), "en")
    assert (
        "a_eerste.kvmap, b_kopie.kvmap and c_later.kvmap: three copies of the same case; "
        "counted once, as c_later.kvmap (the latest state)"
    ) in english


def test_the_same_content_saved_again_counts_once_without_a_later_state(tmp_path: Path) -> None:
    root = tmp_path / "maps"
    root.mkdir()
    fileformat.save(example_case(), root / "a.kvmap", backup=False)
    moved = example_case()
    moved.update(EntityKind.ACTOR, "jansen", {"position": Position(1.0, 2.0)})
    fileformat.save(moved, root / "b.kvmap", backup=False)
    assert (root / "a.kvmap").read_bytes() != (root / "b.kvmap").read_bytes()
    run = run_casebook(root, "en", workers=1)
    assert len(run.cases) == 1
    assert Path(run.cases[0].path).name == "a.kvmap"  # the first file in the folder
    assert (
        text_report(run, "en")
        .splitlines()[1]
        .startswith("1 case analysed; 2 copies of the same case count once (see below).")
    )
    assert "a.kvmap and b.kvmap: two copies of the same case; counted once, as a.kvmap\n" in (
        text_report(run, "en")
    )
