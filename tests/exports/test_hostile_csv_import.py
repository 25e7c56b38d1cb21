"""Hostile review, third round N4, N6, N9: the CSV importer names what it cannot read."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from exports.csv_io import csv_paths, read_csv, write_csv
from exports.errors import ImportFileError
from models.case import Case


@pytest.fixture
def nodes(case: Case, tmp_path: Path) -> Path:
    write_csv(case, tmp_path / "e.csv")
    return csv_paths(tmp_path / "e.csv")[0]


def _edit(path: Path, change: object) -> None:
    text = path.read_text("utf-8-sig")
    path.write_text(change(text), "utf-8-sig")  # type: ignore[operator]


def test_a_header_twice_is_an_error(nodes: Path) -> None:
    _edit(nodes, lambda t: t.replace("\n", ",Label\n", 1))
    with pytest.raises(ImportFileError) as info:
        read_csv(nodes)
    assert 'row 1, column "' in str(info.value)
    assert "both mean Label" in str(info.value)


def test_a_missing_edges_file_is_named(nodes: Path) -> None:
    # a set without the case file that lists its files (the error when it does list them:
    # test_csv_set_files.py); our nodes file alone warns for both
    csv_paths(nodes)[1].unlink()
    nodes.with_name("e-case.csv").unlink()
    result = read_csv(nodes)
    keys = [w.key for w in result.warnings]
    assert "edges_file_missing" in keys
    assert "csv_case_file_missing" in keys


def test_rows_are_numbered_as_a_spreadsheet_shows_them(nodes: Path) -> None:
    lines = nodes.read_text("utf-8-sig").splitlines()
    header = lines[0].split(",")
    cells = lines[1].split(",")
    cells[header.index("influence")] = "veel"
    lines[1] = ",".join(cells)
    nodes.write_text("\n".join(lines) + "\n", "utf-8-sig")
    with pytest.raises(ImportFileError) as info:
        read_csv(nodes)
    assert 'row 2, column "influence"' in str(info.value)


def test_an_unclosed_quote_is_named(nodes: Path) -> None:
    with nodes.open(encoding="utf-8-sig", newline="") as f:
        count = len(list(csv.reader(f)))  # rows as a spreadsheet shows them, header included
    _edit(nodes, lambda t: t + 'broken,"unclosed\n')
    with pytest.raises(ImportFileError) as info:
        read_csv(nodes)
    assert f"row {count + 1}: a quote is opened on this row and never closed" in str(info.value)


def test_a_nodes_file_without_its_id_column_says_so_first(nodes: Path) -> None:
    # hostile review 6, N5: 13 errors about unknown actors, the missing Id column never named
    _edit(nodes, lambda t: "X" + t[2:] if t.startswith("Id") else t)
    with pytest.raises(ImportFileError) as info:
        read_csv(nodes)
    [first, *_] = info.value.problems
    assert first.key == "csv_no_id_column"
    assert f"{nodes.name} has no Id column" in str(info.value)
    assert "geen kolom Id" in first.render("nl")


def test_a_short_row_in_the_middle_is_named_with_its_cells(nodes: Path) -> None:
    with nodes.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    columns, rows[1] = len(rows[0]), rows[1][:1]  # only the id left
    with nodes.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    result = read_csv(nodes)
    [short] = [w for w in result.warnings if w.key == "csv_short_row"]
    assert short.row == 2
    assert f"1 of the header's {columns} columns" in short.render("en")


def _row_of(nodes: Path, actor: str) -> tuple[list[str], int, int]:
    """The file's lines, the line of ``actor``'s row and that row's number as a spreadsheet
    shows it (a cell with a line break makes the two differ)."""
    lines = nodes.read_text("utf-8-sig").splitlines()
    with nodes.open(encoding="utf-8-sig", newline="") as f:
        rows = [r[0] for r in csv.reader(f)]
    at = next(i for i, line in enumerate(lines) if line.startswith(actor + ","))
    return lines, at, rows.index(actor) + 1


def test_a_quote_that_closes_early_is_named_on_its_own_row(nodes: Path) -> None:
    """Hostile review 6, N5: an unclosed quote in a name shifted the row's cells, and the
    importer blamed a number in the "influence" column of the next row."""
    lines, at, row = _row_of(nodes, "a2")
    assert (row, at) == (3, 3)  # the row above holds a line break
    cells = lines[at].split(",")
    cells[1] = '"' + cells[1]  # opened in the Label cell, closed in the next, which goes on
    cells[2] += '"x'
    lines[at] = ",".join(cells)
    nodes.write_text("\n".join(lines) + "\n", "utf-8-sig")
    with pytest.raises(ImportFileError) as info:
        read_csv(nodes)
    said = str(info.value)
    assert f'file "{nodes.name}", row 3: a cell on this row opens with a quote' in said
    assert "(read up to line 4 of the file)" in said
    assert "influence" not in said


def test_a_quote_never_closed_is_named_where_it_opens(nodes: Path) -> None:
    lines, at, row = _row_of(nodes, "a3")
    lines[at] = lines[at].replace(",", ',"', 1)  # opened in the Label cell
    assert not any('"' in line for line in lines[at:][1:])  # nothing below closes it
    nodes.write_text("\n".join(lines) + "\n", "utf-8-sig")
    with pytest.raises(ImportFileError) as info:
        read_csv(nodes)
    assert f"row {row}: a quote is opened on this row and never closed" in str(info.value)


def test_a_cell_of_two_megabytes_is_named_by_row_and_column(nodes: Path) -> None:
    """Hostile review 6, N5: "not a CSV file: field larger than field limit (131072)"."""
    lines, at, row = _row_of(nodes, "a2")
    cells = lines[at].split(",")
    cells[1] = "W" * 2_000_000
    lines[at] = ",".join(cells)
    nodes.write_text("\n".join(lines) + "\n", "utf-8-sig")
    before = nodes.read_bytes()
    with pytest.raises(ImportFileError) as info:
        read_csv(nodes)
    said = str(info.value)
    assert f'row {row}, column "name": text is 2000000 characters' in said
    assert "field limit" not in said
    assert nodes.read_bytes() == before
