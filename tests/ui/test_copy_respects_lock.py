"""Hostile review 10, H5: ``export --anonymise`` (and File › Export › Anonymised copy) wrote
over a map another program had open without a word; that program would later save over the
copy, or the copy over its work. The copy now respects the map's lock as ``layout`` and
``import`` do: refused, naming the path and who holds it; with ``--force`` written, and said."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from exports.anonymise_copy import write_anonymised_copy
from models import fileformat
from models.example import example_case
from tests.ui.exchange_support import answer_file, handler
from ui.cli import main
from ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
_HOLD = (
    "import sys, time; from models.filelock import FileLock; FileLock(sys.argv[1]).acquire();"
    " print('held', flush=True); time.sleep(120)"
)


@pytest.fixture
def held(tmp_path: Path) -> Iterator[Path]:
    """An earlier anonymised copy, open in another program (its lock held by a live process)."""
    path = tmp_path / "gedeeld.kvmap"
    write_anonymised_copy(example_case(), path, "nl")
    path.write_text(path.read_text(encoding="utf-8").replace("Inwoner", "ECHT WERK"), "utf-8")
    other = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None
        assert other.stdout.readline().strip() == "held"
        yield path
    finally:
        other.kill()
        other.wait()
        if other.stdout is not None:
            other.stdout.close()


def test_the_copy_is_not_written_over_a_map_open_elsewhere(
    held: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kaart.kvmap"
    fileformat.save(example_case(), source)
    before = held.read_bytes()
    assert main(["--lang", "en", "export", str(source), "--to", str(held), "--anonymise"]) == 2
    err = capsys.readouterr().err
    assert f"{held}: " in err
    assert " has this map open (since " in err
    assert "not written" in err
    assert held.read_bytes() == before
    assert main(["--lang", "nl", "export", str(source), "--to", str(held), "--anonymise"]) == 2
    assert "heeft deze kaart open" in capsys.readouterr().err
    code = main(
        ["--lang", "en", "export", str(source), "--to", str(held), "--anonymise", "--force"]
    )
    assert code == 0
    err = capsys.readouterr().err
    assert "has this map open" in err
    assert "written anyway (--force)" in err
    assert "ECHT WERK" not in held.read_text(encoding="utf-8")
    assert "ECHT WERK" in Path(f"{held}.bak").read_text(encoding="utf-8")


def test_the_app_does_not_write_the_copy_over_a_map_open_elsewhere(
    held: Path,
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
) -> None:
    window.controller.replace_case(example_case(), None)
    before = held.read_bytes()
    answer_file(monkeypatch, "getSaveFileName", held)
    h = handler(window)
    with qtbot.waitSignal(h.export_done, timeout=60_000) as blocker:
        h["export_kvmap_anonymised"].trigger()
    assert blocker.args == [False]
    said = boxes[0][1]
    assert str(held) in said
    assert "has this map open" in said
    assert "not written over it" in said
    assert held.read_bytes() == before
