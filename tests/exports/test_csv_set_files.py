"""Hostile review, third round (N4, N9 leftovers): a CSV set that lacks one of its files, or a
file cut off in transfer, is named; nothing is lost unseen. Each test failed before the fix."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from exports.csv_io import csv_paths, read_csv, side_paths, whole_path, write_csv
from exports.errors import ImportFileError, SheetProblem
from models.case import Case
from models.enums import EntityKind
from models.example import example_case

_WHOLE = {"powers": EntityKind.POWER, "organisations": EntityKind.ORGANISATION,
          "agreements": EntityKind.AGREEMENT}  # fmt: skip


def _set(tmp_path: Path, case: Case | None = None) -> Path:
    write_csv(case or example_case(), tmp_path / "e.csv")
    return csv_paths(tmp_path / "e.csv")[0]


def _side(nodes: Path, part: str) -> Path:
    if part in _WHOLE:
        return whole_path(nodes, _WHOLE[part])
    return {"edges": csv_paths(nodes)[1], "needs": side_paths(nodes)[1]}[part]


@pytest.mark.parametrize("part", ["powers", "organisations", "agreements", "needs", "edges"])
def test_a_missing_file_of_the_set_is_named(tmp_path: Path, part: str) -> None:
    nodes = _set(tmp_path)
    missing = _side(nodes, part)
    assert missing.is_file()
    missing.unlink()
    with pytest.raises(ImportFileError) as info:
        read_csv(nodes)
    problems = info.value.problems
    assert [p.key for p in problems] == ["csv_side_file_missing"]
    en, nl = problems[0].render("en"), problems[0].render("nl")
    assert f"e-{part}.csv is missing beside e-nodes.csv" in en
    assert "e-case.csv names it as part of the export" in en
    assert f"e-{part}.csv ontbreekt naast e-nodes.csv" in nl
    assert str(nodes) in str(info.value)  # the file asked for


def test_the_whole_set_still_reads_back(tmp_path: Path) -> None:
    case = example_case()
    result = read_csv(_set(tmp_path, case))
    assert not [w.key for w in result.warnings]
    assert len(result.case.powers) == len(case.powers)
    assert len(result.case.agreements) == len(case.agreements)
    assert result.case.info.title == case.info.title  # "files" is no field of the case


def _drop_files_row(nodes: Path) -> None:
    case_path = side_paths(nodes)[0]
    with case_path.open(encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.reader(f) if r[:1] != ["files"]]
    with case_path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)


def test_an_older_set_without_its_powers_file_names_it(tmp_path: Path) -> None:
    nodes = _set(tmp_path)
    _drop_files_row(nodes)  # as written before the case file listed the set
    whole_path(nodes, EntityKind.POWER).unlink()
    with pytest.raises(ImportFileError) as info:
        read_csv(nodes)
    first = info.value.problems[0]
    assert first.key == "csv_powers_file_missing"
    assert "e-powers.csv not found beside e-nodes.csv" in first.render("en")
    assert "e-powers.csv niet gevonden naast e-nodes.csv" in first.render("nl")
    assert any(p.key == "no_such_power" for p in info.value.problems)


def _lines(path: Path) -> list[str]:
    return path.read_text("utf-8-sig").splitlines()


def test_a_file_cut_off_in_a_row_is_named(tmp_path: Path) -> None:
    nodes = _set(tmp_path)
    lines = _lines(nodes)
    last = lines[-1]
    assert '"' not in last  # no quote to give the cut away
    cut = last[: last.index(",", len(last) // 3)]  # cut at a separator: whole cells, too few
    nodes.write_text("\n".join([*lines[:-1], cut]), "utf-8-sig")
    with pytest.raises(ImportFileError) as info:
        read_csv(nodes)
    problem = info.value.problems[0]
    assert isinstance(problem, SheetProblem)
    assert problem.key == "csv_row_cut_off"
    assert problem.row == len(lines)  # the header is row 1, as a spreadsheet shows it
    columns = len(lines[0].split(","))
    assert f"has {cut.count(',') + 1} of the header's {columns} cells" in problem.render("en")
    assert "het bestand lijkt afgebroken" in problem.render("nl")


def test_a_short_last_row_ending_the_file_without_a_line_break_is_named(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("Bevoegdheid,Mandaatgever,Gemandateerde\nP1,College", "utf-8")
    from exports.register_read import read_register

    with pytest.raises(ImportFileError) as info:
        read_register(path)
    assert [p.key for p in info.value.problems] == ["csv_row_cut_off_end"]
    assert 'file "r.csv", row 2: the last row has 2 of the header\'s 3 cells' in str(info.value)


def test_short_rows_throughout_are_no_cut(tmp_path: Path) -> None:
    # a hand-made file that leaves out empty cells at the end of its rows, ending in a line
    # break: nothing says it was cut off
    path = tmp_path / "r.csv"
    path.write_text(
        "Bevoegdheid,Mandaatgever,Gemandateerde,Maximumbedrag\n"
        "P1,College,Jan\nP2,College,Piet,100\nP3,College,Jan\n",
        "utf-8",
    )
    from exports.register_read import read_register

    assert len(read_register(path).case.mandates) == 3


@pytest.mark.parametrize("part", ["powers", "organisations", "agreements", "needs", "edges"])
@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf\r\n"])
def test_an_empty_file_of_the_set_is_named(tmp_path: Path, part: str, content: bytes) -> None:
    """Hostile review, fourth round, H3: a side file truncated to nothing (0 bytes, or no
    header row) was read as "no rows" and dropped every relationship or mandate unseen."""
    nodes = _set(tmp_path)
    empty = _side(nodes, part)
    empty.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        read_csv(nodes)
    problems = info.value.problems
    assert [p.key for p in problems] == ["csv_side_file_empty"]
    en, nl = problems[0].render("en"), problems[0].render("nl")
    assert f"e-{part}.csv beside e-nodes.csv is empty ({len(content)} bytes)" in en
    assert "e-case.csv names it as part of the export" in en
    assert f"e-{part}.csv naast e-nodes.csv is leeg ({len(content)} bytes)" in nl
    assert str(nodes) in str(info.value)


def test_a_cut_off_side_file_is_named_with_its_row_as_a_file(tmp_path: Path) -> None:
    """Fourth round, H10: the edges file cut off gave no row, and a CSV was called a sheet."""
    nodes = _set(tmp_path)
    edges = csv_paths(nodes)[1]
    lines = edges.read_text(encoding="utf-8-sig").splitlines()
    cut = lines[-1][: len(lines[-1]) // 3]
    edges.write_text("\n".join([*lines[:-1], cut]), encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        read_csv(nodes)
    [cut_off] = info.value.problems
    assert isinstance(cut_off, SheetProblem)
    assert cut_off.row == len(lines)
    assert cut_off.render("en").startswith(f'file "e-edges.csv", row {len(lines)}: ')
    assert cut_off.render("nl").startswith(f'bestand "e-edges.csv", rij {len(lines)}: ')


def test_an_empty_workbook_file_says_it_is_empty(tmp_path: Path) -> None:
    """Fourth round, H10: a 0-byte .xlsx said "not an Excel workbook: File is not a zip file"."""
    from exports.formats import import_file

    empty = tmp_path / "leeg.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError) as info:
        import_file(empty)
    assert [p.key for p in info.value.problems] == ["file_empty"]
    assert "the file is empty (0 bytes)" in info.value.render("en")
    assert "het bestand is leeg (0 bytes)" in info.value.render("nl")
    assert str(empty) in info.value.render("en")
