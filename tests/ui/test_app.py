"""Starting the app: which case opens (FILE, example, last file), language, window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models.example import example_case
from models.fileformat import save
from tests.ui.conftest import small_case
from ui.app import create_window, start_case
from ui.main_window import MainWindow


def test_start_with_file(tmp_path: Path) -> None:
    path = tmp_path / "a.kvmap"
    save(small_case(), path)
    case, opened = start_case(str(path), example=False, last=None)
    assert opened == str(path)
    assert case.info.title == "Testcasus"


def test_start_with_last_file_else_example(tmp_path: Path) -> None:
    last = tmp_path / "last.kvmap"
    save(small_case(), last)
    case, opened = start_case(None, example=False, last=str(last))
    assert opened == str(last)
    case, opened = start_case(None, example=True, last=str(last))
    assert opened is None
    assert case.info.title == example_case().info.title
    broken = tmp_path / "broken.kvmap"
    broken.write_text("{", encoding="utf-8")
    case, opened = start_case(None, example=False, last=str(broken))
    assert opened is None
    assert len(case.actors) == len(example_case().actors)


def test_start_with_missing_file_is_an_error(tmp_path: Path) -> None:
    from models.errors import FormatError

    with pytest.raises(FormatError):
        start_case(str(tmp_path / "nope.kvmap"), example=False, last=None)


def test_create_window_in_dutch(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.argv", ["krachtenveld", "--lang", "nl"])
    path = tmp_path / "b.kvmap"
    save(small_case(), path)
    window = create_window(str(path), "nl")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    try:
        assert window.controller.path == str(path)
        assert window.menuBar().actions()[0].text().replace("&", "") == "Bestand"
        assert window.files.recent_files()[0] == str(path.resolve())
    finally:
        from ui.i18n import set_language

        set_language("en", persist=False)
