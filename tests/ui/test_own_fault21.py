"""rev-dutch21 D3 and D11: a fault of Krachtenveld itself is shown in the app as one fixed text
in the user's language ("Dit is een fout in Krachtenveld zelf, niet in uw bestand. …"), never as
a Python class name or as damage to the user's file; the traceback goes to the log. The errors
the project raises for bad input (KvmapError) keep their worded problems.

Each test fails on the old code: export showed "KeyError: 'a3'", layout "ValueError: …", the
analysis summary "De analyse is mislukt: 'a3'", the import dialog "kan het bestand niet lezen:
KeyError('a3')", the start notice "TypeError: …" and the casebook its English str().
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot

from exports.csv_io import csv_paths, write_csv
from models.errors import KvmapError, Problem
from models.example import example_case
from models.fileformat import save
from tests.ui.conftest import small_case
from ui.background.jobs import JobResult, Outcome
from ui.background.layout_runner import LayoutRunner
from ui.dialogs.casebook_dialog import CasebookDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.docks.findings import FindingsDock
from ui.document.controller import DocumentController
from ui.exchange.window_exchange import ExchangeHandler
from ui.safety.own_fault import fault_text, log_file, own_fault
from ui.window.app import start_case, start_notice
from ui.window.main_window import MainWindow

OURS_NL = "Dit is een fout in Krachtenveld zelf, niet in uw bestand."
OURS_EN = "This is a fault in Krachtenveld itself, not in your file."


@pytest.fixture
def dutch() -> Iterator[None]:
    from ui.i18n import set_language

    set_language("nl", persist=False)
    yield
    set_language("en", persist=False)


def _no_class_name(said: str) -> None:
    for name in ("KeyError", "ValueError", "TypeError", "'a3'", "Traceback"):
        assert name not in said


def test_the_fixed_text_logs_the_traceback(caplog: pytest.LogCaptureFixture) -> None:
    try:
        raise KeyError("a3")  # the fault itself
    except KeyError as exc:
        with caplog.at_level(logging.ERROR, logger="ui.safety.own_fault"):
            said = own_fault(exc, "nl")
    assert said.startswith(OURS_NL)
    assert "Uw kaart is niet gewijzigd." in said
    assert str(log_file()) in said
    _no_class_name(said)
    assert caplog.records
    assert caplog.records[0].exc_info is not None
    worded = KvmapError([Problem("", "file_missing")])
    assert fault_text(worded, "nl") == worded.render("nl")  # a worded problem stays as it is


def test_export_and_compare_failures_say_it_is_our_fault() -> None:
    for lang, ours in (("nl", OURS_NL), ("en", OURS_EN)):
        said = ExchangeHandler._message(SimpleNamespace(lang=lang), KeyError("a3"))  # type: ignore[arg-type]
        assert said.startswith(ours)
        _no_class_name(said)


def test_layout_failure_says_it_is_our_fault(qtbot: QtBot) -> None:
    runner = LayoutRunner(DocumentController(small_case()))
    runner.lang = "nl"
    said = runner._message(ValueError("array must not contain infs or NaNs"))
    assert said.startswith(OURS_NL)
    assert "infs" not in said


def test_analysis_failure_keeps_old_findings_and_says_whose(qtbot: QtBot, dutch: None) -> None:
    from mapper import analyse

    controller = DocumentController(example_case())
    dock = FindingsDock(controller)
    qtbot.addWidget(dock)
    dock.set_failure(fault_text(KeyError("a3"), "nl", logged=True))
    assert dock.summary.text().startswith("De analyse is mislukt. " + OURS_NL)
    dock.set_analysis(analyse(controller.case))
    dock.set_failure(fault_text(KeyError("a3"), "nl", logged=True))
    said = dock.summary.text()
    assert said.startswith(
        "De analyse van de laatste wijziging is mislukt; de bevindingen hieronder horen bij "
        "de kaart van vóór die wijziging. " + OURS_NL
    )
    _no_class_name(said)


def test_a_bug_in_a_reader_is_not_blamed_on_the_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dutch: None
) -> None:
    write_csv(example_case(), tmp_path / "e.csv")
    nodes = csv_paths(tmp_path / "e.csv")[0]

    def broken(_path: Path) -> object:
        raise KeyError("a3")

    monkeypatch.setattr(ImportDialog, "reader", lambda _self: broken)
    dialog = ImportDialog(nodes, "nl")
    qtbot.addWidget(dialog)
    if dialog.is_loading:
        with qtbot.waitSignal(dialog.loaded, timeout=30_000):
            pass
    said = dialog.summary.text()
    assert "kan niet worden geïmporteerd. Er is niets veranderd." in said
    assert OURS_NL in said
    assert "Het bestand is niet gewijzigd." in said
    items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert not any("kan het bestand niet lezen" in t for t in items)
    _no_class_name(said + "".join(items))


def test_the_start_notice_has_no_class_name(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dutch: None
) -> None:
    last = tmp_path / "last.kvmap"
    save(small_case(), last)

    def broken(*_args: object, **_kwargs: object) -> object:
        raise TypeError("'NoneType' object is not subscriptable")

    monkeypatch.setattr("models.fileformat.read", broken)
    start = start_case(None, example=False, last=str(last), lang="nl")
    assert start.unreadable == str(last)
    assert OURS_NL in start.reason
    notice = start_notice(start)
    assert notice is not None
    assert "NoneType" not in notice[1]
    _no_class_name(notice[1])
    assert notice[1].count("niet gewijzigd") == 1  # the fault's text says it, not twice (D8)


def test_the_casebook_says_our_fault_and_renders_in_dutch(
    qtbot: QtBot, window: MainWindow, dutch: None
) -> None:
    dialog = CasebookDialog(window)
    qtbot.addWidget(dialog)
    dialog._on_job_done(JobResult(Outcome.FAILED, error=KeyError("a3")))
    said = dialog.header.text()
    assert said.startswith("De analyse van de map is gestopt. Dit is een fout in Krachtenveld")
    assert "De kaarten in de map zijn niet gewijzigd." in said
    _no_class_name(said)
    worded = KvmapError([Problem("", "file_missing")])
    dialog._on_job_done(JobResult(Outcome.FAILED, error=worded))
    assert dialog.header.text() == "De map kon niet worden gelezen: bestand niet gevonden"
