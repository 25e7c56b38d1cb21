"""What is not a file is said as such at once (hostile review 22): a named pipe as the output of
``layout``/``import`` was first described as a map that does not open, with ``--force`` offered
(H5); a folder to import said "the file name has no extension" (H6), and a folder as ``import
--to`` said "the output must be a .kvmap file" (jurist review 22, J10)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ui.cli import main

EXAMPLE = Path(__file__).parents[2] / "examples" / "huisuitzetting-schulden-zorg.kvmap"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copy(EXAMPLE, "m.kvmap")
    os.mkfifo("f.kvmap")
    os.mkdir("fold")
    return tmp_path


def _said(capsys: pytest.CaptureFixture[str], args: list[str]) -> str:
    assert main(args) == 2
    return capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["layout", "m.kvmap", "--out", "f.kvmap", "--method", "grid"],
        ["import", "m.kvmap", "--to", "f.kvmap"],  # refused before the input is looked at
    ],
)
def test_a_named_pipe_as_the_output_is_said_at_once(
    here: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    err = _said(capsys, [*args, "--lang", "en"])
    assert err.startswith(
        "f.kvmap: this is a device, named pipe or socket, not a regular file; nothing written."
    )
    assert "--force" not in err
    assert "does not open as a map" not in err
    nl = _said(capsys, [*args, "--lang", "nl"])
    assert "dit is een apparaat, named pipe of socket, geen gewoon bestand" in nl


def test_a_folder_to_import_or_to_import_into_is_a_folder(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _said(capsys, ["import", "fold", "--to", "o.kvmap", "--lang", "en"])
    assert err == "fold: this is a folder, not a file; nothing written. Name the file to import\n"
    err = _said(capsys, ["import", "m.kvmap", "--to", "fold", "--lang", "nl"])
    assert err == (
        "fold: dit is een map, geen bestand; er is niets geschreven. Geef een bestand op, zoals "
        f"{Path('fold') / 'kaart.kvmap'}\n"
    )
    assert sorted(p.name for p in here.iterdir()) == ["f.kvmap", "fold", "m.kvmap"]


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_an_anonymised_copy_onto_a_pipe_or_folder_is_refused_at_once(
    here: Path, capsys: pytest.CaptureFixture[str], force: list[str]
) -> None:
    """(hostile review 23, 2) with --force the copy read the named pipe (and hung) or a link to
    /dev/zero (until memory ran out); without it, it offered --force for a folder or a pipe."""
    err = _said(capsys, ["export", "m.kvmap", "--anonymise", "--to", "f.kvmap", *force])
    assert err.startswith(
        "f.kvmap: this is a device, named pipe or socket, not a regular file; nothing written."
    )
    os.mkdir("dir.kvmap")
    err = _said(capsys, ["export", "m.kvmap", "--anonymise", "--to", "dir.kvmap", *force])
    assert err.startswith("dir.kvmap: this is a folder, not a file; nothing written.")
    assert "--force" not in err
    names = ["dir.kvmap", "f.kvmap", "fold", "m.kvmap"]
    assert sorted(p.name for p in here.iterdir()) == names


def test_an_export_onto_a_named_pipe_says_what_it_is(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(hostile review 23, 11) it said "could not write: the system refused (error 22)"."""
    os.mkfifo("f.docx")
    err = _said(capsys, ["export", "m.kvmap", "--to", "f.docx", "--lang", "en"])
    assert err == (
        "f.docx: could not write: this is a device, named pipe or socket, not a regular file; "
        "choose a file name\n"
    )
