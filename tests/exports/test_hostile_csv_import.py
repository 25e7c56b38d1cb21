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
