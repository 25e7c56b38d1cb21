"""Hostile review, fourth round, H9: the report import says when a reference's id column and
its name column disagree, and which was used. Failed before the fix (0 warnings)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exports.excel_report import write_report
from exports.formats import import_file
from models.case import Case


def _edit(case: Case, tmp_path: Path, lang: str, ref: str, name: str) -> Path:
    path = tmp_path / "rep.xlsx"
    write_report(case, path, lang=lang)  # type: ignore[arg-type]
    wb = openpyxl.load_workbook(path)
    ws = wb["Relaties" if lang == "nl" else "Relationships"]
    head = [c.value for c in ws[1]]
    id_col = "Van (id)" if lang == "nl" else "From (id)"
    ws.cell(2, head.index(id_col) + 1).value = ref
    ws.cell(2, head.index(id_col.removesuffix(" (id)")) + 1).value = name
    out = tmp_path / "edited.xlsx"
    wb.save(out)
    return out


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_id_and_a_name_of_two_actors_warn_and_the_id_is_used(
    case: Case, tmp_path: Path, lang: str
) -> None:
    one, other = case.actors[0], case.actors[1]
    result = import_file(_edit(case, tmp_path, lang, one.id, other.name))
    [warning] = [w for w in result.warnings if w.key == "ref_id_name_disagree"]
    assert warning.row == 2
    assert result.case.relationships[0].source == one.id
    if lang == "en":
        assert warning.column == "From"
        assert (
            f'From (id) "{one.id}" is {one.name}, but From says "{other.name}"; the id is used'
        ) in warning.render("en")
    else:
        assert f'Van (id) "{one.id}" is {one.name}, maar Van zegt "{other.name}"' in (
            warning.render("nl")
        )
        assert "het id is gebruikt" in warning.render("nl")


def test_an_unknown_id_beside_a_known_name_warns_and_the_name_is_used(
    case: Case, tmp_path: Path
) -> None:
    other = case.actors[1]
    result = import_file(_edit(case, tmp_path, "en", "ghost", other.name))
    [warning] = [w for w in result.warnings if w.key == "ref_id_unknown_name_used"]
    assert (warning.row, warning.column) == (2, "From (id)")
    assert f'no actor has From (id) "ghost"; From "{other.name}" is used' in warning.render("en")
    assert "is in plaats daarvan gebruikt" in warning.render("nl")
    assert result.case.relationships[0].source == other.id


def test_an_untouched_report_gives_no_such_warning(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "rep.xlsx"
    write_report(case, path, lang="en")
    keys = {w.key for w in import_file(path).warnings}
    assert not keys & {"ref_id_name_disagree", "ref_id_unknown_name_used"}


def test_a_report_read_as_a_register_gives_no_cli_advice_in_the_app_message(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fourth round, H11: the message the GUI shows named the CLI's --format; the CLI says
    that on a line of its own."""
    from exports.errors import ImportFileError
    from exports.register_read import read_register
    from ui.cli import main

    path = tmp_path / "rep.xlsx"
    write_report(case, path, lang="en")
    with pytest.raises(ImportFileError) as info:
        read_register(path)
    for lang, words in (("en", "with File › Import…"), ("nl", "met Bestand › Importeren…")):
        assert words in info.value.render(lang)  # type: ignore[arg-type]
        assert "--format" not in info.value.render(lang)  # type: ignore[arg-type]
    out = tmp_path / "m.kvmap"
    args = ["import", str(path), "--format", "mandate-register", "--to", str(out)]
    assert main(["--lang", "en", *args]) == 2
    assert "import it without --format" in capsys.readouterr().err
    assert main(["--lang", "nl", *args]) == 2
    assert "importeer het zonder --format" in capsys.readouterr().err
    assert not out.exists()
