"""Starting the app: which case opens (FILE, example, last file), language, window."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models.example import example_case
from models.fileformat import save
from tests.ui.conftest import small_case
from ui.window.app import create_window, start_case, start_notice
from ui.window.files import FileHandler
from ui.window.main_window import MainWindow


def test_start_with_file(tmp_path: Path) -> None:
    path = tmp_path / "a.kvmap"
    save(small_case(), path)
    start = start_case(str(path), example=False, last=None)
    assert start.path == str(path)
    assert start.case.info.title == "Testcasus"
    assert start.unreadable is None


def test_start_with_last_file_else_example(tmp_path: Path) -> None:
    last = tmp_path / "last.kvmap"
    save(small_case(), last)
    assert start_case(None, example=False, last=str(last)).path == str(last)
    start = start_case(None, example=True, last=str(last))
    assert start.path is None
    assert start.case.info.title == example_case().info.title
    assert start_notice(start) is None


def test_broken_last_file_is_told_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "broken.kvmap"
    broken.write_text("{", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="ui.window.app"):
        start = start_case(None, example=False, last=str(broken), lang="nl")
    assert start.path is None
    assert len(start.case.actors) == len(example_case().actors)
    assert start.unreadable == str(broken)
    assert "broken.kvmap" not in start.reason  # the notice names it once (rev-dutch21 D8)
    assert any("broken.kvmap" in r.getMessage() for r in caplog.records)
    notice = start_notice(start)
    assert notice is not None
    title, text = notice
    assert title
    assert str(broken) in text
    assert start.reason in text


def test_window_says_the_last_file_was_not_opened(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.kvmap"
    broken.write_text("{", encoding="utf-8")
    monkeypatch.setattr(FileHandler, "last_file", lambda _self: str(broken))
    window = create_window(None, "en")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.controller.path is None
    assert window.statusBar().currentMessage() == "Last case not opened"


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


def test_the_start_notice_names_the_file_once_and_offers_its_kept_version(
    tmp_path: Path,
) -> None:
    """rev-dutch21 D8: the path was said twice, "byte 3000" is no user's unit, and the .bak the
    program keeps was not offered."""
    from ui.i18n import set_language

    broken = tmp_path / "Woningnood Jansen.kvmap"
    save(small_case(), broken)
    (tmp_path / "Woningnood Jansen.kvmap.bak").write_bytes(broken.read_bytes())
    broken.write_bytes(broken.read_bytes()[:300])
    set_language("nl", persist=False)
    try:
        notice = start_notice(start_case(None, example=False, last=str(broken), lang="nl"))
    finally:
        set_language("en", persist=False)
    assert notice is not None
    _title, text = notice
    assert text.count("Woningnood Jansen.kvmap") == 2  # the file once, and its .bak
    assert "Het bestand zelf is niet gewijzigd." in text
    assert "Het bestand is onvolledig" in text
    assert "byte" not in text
    assert "De vorige versie staat in Woningnood Jansen.kvmap.bak; open die via" in text
    (tmp_path / "Woningnood Jansen.kvmap.bak").unlink()
    notice = start_notice(start_case(None, example=False, last=str(broken), lang="en"))
    assert notice is not None
    assert ".bak" not in notice[1].replace("(of a map: the .bak beside it)", "")


def test_a_broken_file_to_open_at_the_start_is_said_in_a_box(
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """rev-dutch21 D6: the windowed bundle has no console, and the reason went only to stderr;
    the box tells it (closed here by a timer), the CLI still prints it and returns 2."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.cli import EXIT_ERROR, main
    from ui.i18n import set_language

    broken = tmp_path / "kapot.kvmap"
    broken.write_text('{"format": "krachtenveld", "version": 2, "title": "Schul', "utf-8")
    shown: list[str] = []
    looks: list[int] = []

    def close_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(f"{box.windowTitle()}\n{box.text()}")
            box.close()
        elif len(looks) < 500:  # no box: the test fails below, and the timer stops
            looks.append(1)
            QTimer.singleShot(20, close_the_box)

    QTimer.singleShot(20, close_the_box)
    argv = ["--lang", "nl", str(broken)]
    monkeypatch.setattr("sys.argv", ["krachtenveld-gui", *argv])  # an explicit --lang
    try:
        code = main(argv)
    finally:
        set_language("en", persist=False)
    assert code == EXIT_ERROR
    assert shown, "no box was shown"
    assert shown[0].startswith("Kan het bestand niet openen\n")
    assert f"{broken} kon niet worden geopend. Het bestand zelf is niet gewijzigd." in shown[0]
    assert "Het bestand is onvolledig" in shown[0]
    assert "kapot.kvmap: het bestand is onvolledig" in capsys.readouterr().err


def test_a_fault_of_ours_opening_the_start_file_is_said_in_a_box_as_ours(
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """rev-dutch21 D6: a bug in the reader ended the windowed bundle as silently as a broken
    file; the box says it is our fault and the file is unchanged, the CLI still returns 2."""
    import ui.window.app as app
    from ui.cli import EXIT_ERROR, main
    from ui.i18n import set_language

    path = tmp_path / "goed.kvmap"
    save(small_case(), path)

    def broken(*_args: object, **_kwargs: object) -> object:
        raise TypeError("'NoneType' object is not subscriptable")

    monkeypatch.setattr("models.fileformat.read", broken)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app, "_tell_unopened", lambda title, text: shown.append((title, text)))
    argv = ["--lang", "nl", str(path)]
    monkeypatch.setattr("sys.argv", ["krachtenveld-gui", *argv])
    try:
        code = main(argv)
    finally:
        set_language("en", persist=False)
    assert code == EXIT_ERROR
    ((title, text),) = shown
    assert title == "Kan het bestand niet openen"
    assert text.startswith(f"{path} kon niet worden geopend.\n\nDit is een fout in Krachtenveld")
    assert "NoneType" not in text
    assert "TypeError" not in text
    assert "TypeError" in capsys.readouterr().err  # the console's line as before
