"""``import`` and ``layout --out`` refuse to replace another map with content without
``--force`` in one sentence (ui.commands._held.may_replace; hostile review 11, N5): it names
the file, what it holds now, why none of it would survive and what to do instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.graphml import write_graphml
from models.example import example_case
from models.fileformat import save
from tests.ui.conftest import small_case
from ui.cli import main


def test_import_over_a_map_with_content_says_what_would_be_gone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph, target = tmp_path / "g.graphml", tmp_path / "kaart.kvmap"
    write_graphml(small_case(), graph)
    save(example_case(), target, backup=False)
    before = target.read_bytes()
    assert main(["--lang", "en", "import", str(graph), "--to", str(target)]) == 2
    assert main(["--lang", "nl", "import", str(graph), "--to", str(target)]) == 2
    assert target.read_bytes() == before
    en, nl = capsys.readouterr().err.strip().split("\n")
    assert en.startswith(f"{target} exists; the import would replace it, and what it holds now")
    assert "19 actors" in en
    assert "would be gone: no import format carries snapshots or history. Nothing written." in en
    assert "Import into a new file, use --format mandate-register to add a register" in en
    assert en.endswith(f"or pass --force to replace it (the old file then stays in {target}.bak)")
    assert nl.startswith(f"{target} bestaat al; de import zou de kaart vervangen, en wat ze nu")
    assert "zou verdwijnen: geen importformaat neemt momentopnamen of geschiedenis mee." in nl
    assert nl.endswith(
        f"of vervang de kaart met --force (het oude bestand blijft dan in {target}.bak)"
    )
    assert main(["import", str(graph), "--to", str(target), "--force"]) == 0
    assert Path(f"{target}.bak").read_bytes() == before


def test_layout_out_says_it_in_the_same_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, other = tmp_path / "a.kvmap", tmp_path / "b.kvmap"
    save(small_case(), src, backup=False)
    save(example_case(), other, backup=False)
    assert main(["--lang", "nl", "layout", str(src), "-m", "grid", "--out", str(other)]) == 2
    said = capsys.readouterr().err.strip()
    assert said.startswith(
        f"{other} bestaat al en is niet {src}; de indeling zou de kaart vervangen door de"
        f" ingedeelde versie van {src}, en wat ze nu bevat ("
    )
    assert said.endswith(
        f"of vervang de kaart met --force (het oude bestand blijft dan in {other}.bak)"
    )


def test_layout_out_onto_a_folder_says_it_is_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(hostile review 21, H11) it offered --force and a .bak; with --force it said "folder"."""
    src, folder = tmp_path / "a.kvmap", tmp_path / "uit"
    save(small_case(), src, backup=False)
    folder.mkdir()
    assert main(["--lang", "nl", "layout", str(src), "-m", "grid", "--out", str(folder)]) == 2
    said = capsys.readouterr().err.strip()
    assert said == (
        f"{folder}: dit is een map, geen bestand; er is niets geschreven. Geef een bestand op,"
        f" zoals {folder / 'kaart.kvmap'}"
    )
    assert list(folder.iterdir()) == []
