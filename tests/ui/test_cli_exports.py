"""``krachtenveld export`` and ``krachtenveld import``: every format, exit codes, messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from models.example import example_case
from models.fileformat import case_to_dict, load, save
from ui.cli import main
from ui.commands import case_counts


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    path = tmp_path / "voorbeeld.kvmap"
    save(example_case(), path, backup=False)
    return path


@pytest.mark.parametrize("suffix", [".xlsx", ".graphml", ".gexf", ".csv", ".kumu.xlsx"])
def test_export_then_import_round_trip(
    example_file: Path, tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"out{suffix}"
    extra = ["--format", "kumu"] if suffix == ".kumu.xlsx" else []
    assert main(["export", str(example_file), "--to", str(out), "--lang", "en", *extra]) == 0
    written = capsys.readouterr().out
    assert "Wrote" in written
    source = tmp_path / "out-nodes.csv" if suffix == ".csv" else out
    back = tmp_path / "back.kvmap"
    assert main(["import", str(source), "--to", str(back), "--lang", "nl"]) == 0
    said = capsys.readouterr().out
    assert f"geschreven: {case_counts(example_case(), 'nl')} (0 waarschuwingen)" in said
    original, again = case_to_dict(example_case()), case_to_dict(load(back))
    for section in (
        "organisations",
        "actors",
        "powers",
        "relationships",
        "mandates",
        "needs",
        "agreements",
    ):
        assert again[section] == original[section]


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_export_pictures(
    qapp: QApplication, example_file: Path, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"map{suffix}"
    assert main(["export", str(example_file), "--to", str(out), "--dpi", "72"]) == 0
    data = out.read_bytes()
    if suffix == ".png":
        image = QImage(str(out))
        assert image.width() > 500
        assert round(image.dotsPerMeterX() * 0.0254) == 72
    elif suffix == ".svg":
        assert b"<text" in data
        assert b"Gemeenteraad" in data
    else:
        assert data.startswith(b"%PDF")


def test_export_dot(example_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.dot"
    assert main(["export", str(example_file), "--to", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("digraph")


def test_errors_name_the_file(
    example_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(example_file), "--to", str(tmp_path / "x.bmp")]) == 2
    assert "x.bmp: unknown file type .bmp" in capsys.readouterr().err
    assert (
        main(
            [
                "export",
                str(tmp_path / "nope.kvmap"),
                "--to",
                str(tmp_path / "x.png"),
                "--lang",
                "nl",
            ]
        )
        == 2
    )
    assert "nope.kvmap: bestand niet gevonden" in capsys.readouterr().err
    bad = tmp_path / "bad.graphml"
    bad.write_text("<graphml><graph>", encoding="utf-8")
    assert main(["import", str(bad), "--to", str(tmp_path / "b.kvmap")]) == 2
    assert "bad.graphml: malformed XML" in capsys.readouterr().err
    assert main(["import", str(bad), "--to", str(tmp_path / "b.json")]) == 2
    assert "must be a .kvmap file" in capsys.readouterr().err


@pytest.mark.parametrize("view", ["grid", "scorecard"])
def test_export_grid_and_scorecard(
    qapp: QApplication, example_file: Path, tmp_path: Path, view: str
) -> None:
    out = tmp_path / f"{view}.png"
    assert main(["export", str(example_file), "--to", str(out), "--view", view]) == 0
    assert QImage(str(out)).width() > 600
    assert (
        main(["export", str(example_file), "--to", str(tmp_path / "x.xlsx"), "--view", view]) == 2
    )
