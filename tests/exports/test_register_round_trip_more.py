"""Register leftovers of the hostile review (third round): power notes round trip, a blank
"Schriftelijk" is not recorded (null), and only damage inside the workbook is reported as a
damaged workbook, by its cause. Each test failed before the fix."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from exports.errors import ImportFileError, SheetProblem
from exports.register_read import read_register
from exports.register_rule import is_public_power
from exports.register_write import write_register_xlsx
from models.example import example_case


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_power_notes_survive_the_register_round_trip(tmp_path: Path, lang: str) -> None:
    case = example_case()
    out = tmp_path / "register.xlsx"
    write_register_xlsx(case, out, lang)  # type: ignore[arg-type]
    back = {p.name: p.notes for p in read_register(out).case.powers}
    want = {p.name: p.notes for p in case.powers if is_public_power(case, p)}
    assert back == want
    assert sum(1 for notes in want.values() if notes) >= 2


def test_power_notes_are_read_from_a_municipal_register(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "Bevoegdheid,Mandaatgever,Gemandateerde,Toelichting bevoegdheid\n"
        "Bijstand verlenen,College,Teamleider,Zie de beleidsregels 2026\n",
        "utf-8",
    )
    power = read_register(path).case.powers[0]
    assert power.notes == "Zie de beleidsregels 2026"


def test_a_blank_in_writing_is_not_recorded(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "Bevoegdheid,Mandaatgever,Gemandateerde,Schriftelijk\n"
        "P1,College,Jan,ja\nP2,College,Jan,nee\nP3,College,Jan,\n",
        "utf-8",
    )
    got = {m.description or str(m.power): m.in_writing for m in read_register(path).case.mandates}
    assert sorted(got.values(), key=str) == [False, None, True]


def test_a_register_without_the_column_records_nothing_about_writing(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("Bevoegdheid,Mandaatgever,Gemandateerde\nP1,College,Jan\n", "utf-8")
    result = read_register(path)
    assert [m.in_writing for m in result.case.mandates] == [None]
    said = [w for w in result.warnings if w.key.startswith("register_no_writing_column")]
    assert len(said) == 1  # once for the register, not per row
    assert "de kolom Schriftelijk ontbreekt; of het toegevoegde mandaat schriftelijk is" in (
        said[0].render("nl")
    )
    two = tmp_path / "two.csv"
    two.write_text("Bevoegdheid,Mandaatgever,Gemandateerde\nP1,College,Jan\nP2,College,Jan\n")
    said = [w for w in read_register(two).warnings if w.key.startswith("register_no_writing")]
    assert "of de 2 toegevoegde mandaten schriftelijk zijn verleend" in said[0].render("nl")
    assert "whether the 2 mandates added were granted in writing" in said[0].render("en")


def test_a_register_with_the_column_says_nothing_about_it(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("Bevoegdheid,Mandaatgever,Gemandateerde,Schriftelijk\nP1,College,Jan,\n")
    warnings = read_register(path).warnings
    assert not [w for w in warnings if w.key.startswith("register_no_writing")]


def test_not_recorded_survives_the_register_round_trip(tmp_path: Path) -> None:
    case = example_case()
    target = next(m for m in case.mandates if m.in_writing)
    case.set_mandate_field(target.id, "in_writing", None)
    out = tmp_path / "register.xlsx"
    write_register_xlsx(case, out, "nl")
    back = read_register(out).case
    key = (target.description, target.budget)
    assert {(m.description, m.budget): m.in_writing for m in back.mandates}[key] is None


def _damaged(source: Path, out: Path, change: object) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = change(data)  # type: ignore[operator]
            zout.writestr(name, data)
    return out


def test_a_damaged_sheet_is_named_by_its_cause_and_sheet(tmp_path: Path) -> None:
    good = tmp_path / "register.xlsx"
    write_register_xlsx(example_case(), good, "nl")
    bad = _damaged(good, tmp_path / "bad.xlsx", lambda d: d[: len(d) // 2])
    with pytest.raises(ImportFileError) as info:
        read_register(bad)
    problem = info.value.problems[0]
    assert isinstance(problem, SheetProblem)
    assert problem.key == "xlsx_damaged_xml"
    assert problem.sheet == "Mandaatregister"
    assert 'sheet "Mandaatregister": the workbook holds XML that cannot be read' in (
        problem.render("en")
    )
    assert "de werkmap bevat XML die niet te lezen is (regel " in problem.render("nl")
    # where and what in words, not expat's "no element found: line 2, column 0" (rev-dutch21 D1)
    assert "element found" not in problem.render("nl") + problem.render("en")


def test_a_bug_in_the_reader_is_not_shown_as_file_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "register.xlsx"
    write_register_xlsx(example_case(), good, "nl")

    def broken(*_args: object, **_kwargs: object) -> object:
        raise TypeError("a bug of ours")

    monkeypatch.setattr("exports.register_cells.fill_merged", broken)
    with pytest.raises(TypeError, match="a bug of ours"):
        read_register(good)
