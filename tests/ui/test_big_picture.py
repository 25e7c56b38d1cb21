"""The PNG of a big map (issue 14, new user 13 S2): 10,000 actors gave 1577 × 849 pixels of
coloured dashes without a word. A map whose names fit within the pixel caps at its size on
screen is drawn so, every name readable; a larger one is an overview, and the command says
which it wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from exports.picture import picture_size, write_page
from exports.picture_big import OVERVIEW_SIDE, READABLE_PX, PictureNote, picture_note
from mapper.wording import number
from models import Actor, Case, CaseInfo, Position, RelationKind, Relationship
from models.example import example_case
from models.fileformat import save
from ui.canvas.scene import MapScene
from ui.cli import main


def spread_case(side: int, pitch: float) -> Case:
    """``side`` × ``side`` actors ``pitch`` apart, in chains across."""
    actors = [
        Actor(f"a{i}", f"Consulent {i}", position=Position((i % side) * pitch, (i // side) * pitch))
        for i in range(side * side)
    ]
    ties = [
        Relationship(f"r{i}", f"a{i}", f"a{i + 1}", RelationKind.COLLABORATION)
        for i in range(side * side - 1)
        if (i + 1) % side
    ]
    return Case.from_parts(CaseInfo("Breed"), actors, ties)


def test_a_map_larger_than_four_pages_is_drawn_at_its_size_on_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """16 × 16 actors 450 units apart: about 7,000 units across, more than four A4 pages hold
    at print size, and within the caps at 96 DPI: every name readable."""
    case = spread_case(16, 450.0)
    out = tmp_path / "breed.png"
    note = write_page(MapScene(case, "nl"), out, case, "nl", dpi=96.0)
    assert note.readable, note
    assert note.text >= READABLE_PX
    assert note.screen > 0.9  # at its size on screen
    size = picture_size(out.read_bytes())
    assert size == (note.width, note.height)
    assert size[0] > 6_000  # was four A4 pages at most: about 4,000 pixels at 96 DPI


def test_a_map_beyond_the_caps_is_an_overview_of_modest_size(qtbot: QtBot, tmp_path: Path) -> None:
    case = spread_case(40, 900.0)  # 1,600 actors 36,000 units across
    out = tmp_path / "overzicht.png"
    note = write_page(MapScene(case, "en"), out, case, "en", dpi=150.0)
    assert not note.readable
    assert note.actors == 1600
    width, height = picture_size(out.read_bytes()) or (0, 0)
    assert max(width, height) <= OVERVIEW_SIDE + 1_000  # the map, and the legend beside it
    assert max(width, height) >= OVERVIEW_SIDE


def test_the_command_says_what_it_wrote(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "voorbeeld.kvmap"
    save(example_case(), src, backup=False)
    out = tmp_path / "voorbeeld.png"
    assert main(["--lang", "nl", "export", str(src), "--to", str(out)]) == 0
    printed = capsys.readouterr().out
    width, height = picture_size(out.read_bytes()) or (0, 0)
    size = f"{number(width, 'nl')} × {number(height, 'nl')} px"  # rev-user15 G8: '10000'
    assert f"{out}: {size}, de kaart op " in printed
    assert "elke naam leesbaar." in printed
    big = tmp_path / "breed.kvmap"
    save(spread_case(40, 900.0), big, backup=False)
    out = tmp_path / "breed.png"
    assert main(["export", str(big), "--to", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"{out}: an overview of " in printed
    assert "the names of its 1,600 actors are too small to read" in printed


def test_the_note_in_dutch() -> None:
    note = PictureNote(3731, 4589, 0.07, 0.1, 10_000, False)
    assert picture_note("k.png", note, "nl") == (
        "k.png: een overzicht van 3.731 × 4.589 px, de kaart op 7 % van de schermgrootte: de"
        " namen van de 10.000 actoren zijn te klein om te lezen. Voor leesbare namen: exporteer"
        " naar .svg of .pdf en zoom daar in, of selecteer in de app een deel en exporteer dat."
    )
    readable = PictureNote(2000, 1400, 1.56, 1.56, 19, False)
    assert picture_note("k.png", readable, "en") == (
        "k.png: 2,000 × 1,400 px, the map at 156 % of its size on screen; every name readable."
    )
