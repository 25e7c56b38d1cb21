"""An ImportError of our own modules is a bug, not a reason to go another way (rev-code17 F5).

``krachtenveld export … --to map.png`` drew the picture with Graphviz, without a word, when
one of our own canvas modules failed to import; ``validate`` and ``layout`` went the slow way
when ``models.leanread``/``models.leanmap`` did ("no msgspec", which is a dependency now).
Only a missing Qt (PySide6) still falls back.
"""

from __future__ import annotations

import importlib.abc
import logging
import sys
from pathlib import Path

import pytest

from models.fileformat import save
from tests.ui.conftest import small_case
from ui.cli import main
from ui.commands.export import map_scene


def test_a_broken_canvas_module_is_raised_not_drawn_by_graphviz(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "ui.canvas.scene", None)
    with pytest.raises(ImportError) as info:
        map_scene(small_case(), "nl")
    assert info.value.name == "ui.canvas.scene"


def test_a_missing_qt_still_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtWidgets", None)
    assert map_scene(small_case(), "nl") is None


class _QtLibraryMissing(importlib.abc.MetaPathFinder):
    """Loads Qt's widgets as a machine without libEGL does: CPython's loader names the
    extension by its short name ("QtWidgets"), not "PySide6.QtWidgets"."""

    def find_spec(self, fullname: str, *_args: object) -> None:
        if fullname == "PySide6.QtWidgets":
            raise ImportError("libEGL.so.1: cannot open shared object file", name="QtWidgets")


def test_qt_whose_libraries_do_not_load_still_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "PySide6.QtWidgets")
    monkeypatch.setattr(sys, "meta_path", [_QtLibraryMissing(), *sys.meta_path])
    assert map_scene(small_case(), "nl") is None


def test_the_export_command_does_not_hide_a_broken_canvas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kaart.kvmap"
    save(small_case(), source)
    monkeypatch.setitem(sys.modules, "ui.canvas.scene", None)
    code = main(["export", str(source), "--to", str(tmp_path / "kaart.png")])
    # not drawn another way: the command stops with its one-line fault (ui/cli.py, exit 2)
    assert code == 2
    assert "ui.canvas.scene" in capsys.readouterr().err
    assert not (tmp_path / "kaart.png").exists()


@pytest.mark.parametrize(
    ("command", "module"), [("validate", "models.leanread"), ("layout", "models.leanmap")]
)
def test_the_lean_readers_have_no_silent_fallback(
    command: str,
    module: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "kaart.kvmap"
    save(small_case(), source)
    monkeypatch.setitem(sys.modules, module, None)
    argv = [command, str(source)]
    if command == "layout":
        argv += ["--method", "force", "--out", str(tmp_path / "uit.kvmap")]
    # no slow way round: the command stops with its one-line fault naming the module (exit 2)
    assert main(argv) == 2
    said = capsys.readouterr().err
    assert module in said
    assert "fault in Krachtenveld" in said or "fout in Krachtenveld" in said


def test_a_picture_drawn_by_graphviz_says_why_once(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Fails on the code before: 'Wrote kaart.png', rc 0, and not a word that the picture was
    drawn by Graphviz instead of as the app draws it (rev-code18 N6)."""
    source = tmp_path / "kaart.kvmap"
    save(small_case(), source)
    monkeypatch.setitem(sys.modules, "PySide6.QtWidgets", None)
    monkeypatch.setattr("ui.commands.export._NO_QT_TOLD", False)
    caplog.set_level(logging.INFO, logger="ui.commands.export")
    for name in ("kaart.png", "kaart2.png"):
        assert main(["export", str(source), "--to", str(tmp_path / name), "--lang", "nl"]) == 0
    [line] = capsys.readouterr().err.splitlines()  # one line, once per run
    assert line.startswith("Getekend zonder Qt: Qt kon niet worden geladen (")
    assert "met Graphviz, of als eenvoudige schets als Graphviz ontbreekt" in line  # H5
    assert line.endswith("en wijkt af van de kaart in de app")
    assert "PySide6.QtWidgets" in line
    assert [r.getMessage() for r in caplog.records if "Graphviz" in r.getMessage()]
    assert (tmp_path / "kaart.png").exists()
