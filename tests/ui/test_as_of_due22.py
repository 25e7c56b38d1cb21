"""The app says what the map describes and which deadlines have gone since (user review 21,
U4): the Findings dock's line and texts, ``krachtenveld analyse`` and presentation mode's
overview. The example's peildatum is 1 October 2026, its deadlines 15 October and 5 November
2026; on 5 December 2026 the app asked "vóór 5 november 2026" everywhere. Each test fails on
the code before (no line, no ``--today``, no ``today`` for the presentation)."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from mapper import analyse
from mapper.analysis import Analysis
from models.example import example_case
from models.i18n import Lang
from tests.ui.docks_support import ensure_english
from ui.canvas.scene import MapScene
from ui.cli import main
from ui.docks.findings import FindingsDock
from ui.i18n import set_language
from ui.present import PresentationWindow

DEC_5 = date(2026, 12, 5)
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "huisuitzetting-schulden-zorg.kvmap"
NL_LINE = (
    "De kaart beschrijft de stand op 1 oktober 2026; de termijnen die op 15 oktober en "
    "5 november 2026 afliepen, zijn inmiddels verstreken."
)
EN_LINE = (
    "The map describes the state on 1 October 2026; the deadlines of 15 October and "
    "5 November 2026 have since passed."
)
EN_HEADER = "Deadlines 15 Oct and 5 Nov 2026 passed — map as of 1 Oct 2026"
NL_HEADER = "Termijnen 15 okt en 5 nov 2026 verstreken — kaart per 1 okt 2026"
NL_ASK = "Zorg dat er zo spoedig mogelijk weer een afspraak met Woningcorporatie Thuisplus geldt"


@cache
def _analysis() -> Analysis:
    return analyse(example_case())


def test_the_findings_dock_says_the_peildatum_and_asks_as_soon_as_possible(
    example_findings_dock: FindingsDock,
) -> None:
    dock = example_findings_dock
    dock.as_of.today = lambda: DEC_5
    dock.set_analysis(_analysis())
    header = dock.view.header()  # the line stands over the list, as its header
    assert not dock.view.isHeaderHidden()
    assert dock.as_of.text() == EN_HEADER  # what has passed first (jurist review 22, J3)
    tooltip = dock.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == EN_LINE  # the whole sentence
    assert header.sizeHint().height() < 2 * header.fontMetrics().height()  # one line
    assert header.fontMetrics().horizontalAdvance(EN_LINE) > header.sectionSize(0)  # too long
    assert header.fontMetrics().horizontalAdvance(EN_HEADER) <= header.sectionSize(0)  # read whole
    tip = dock.cause_items()[0].toolTip()
    assert "as soon as possible" in tip
    assert "before 5 November 2026" not in tip
    dock.view.setCurrentIndex(dock.cause_items()[0].index())
    assert "as soon as possible" in dock.detail.plain()
    assert dock.copy_detail()
    assert "before 5 November 2026" not in QGuiApplication.clipboard().text()
    rows = [dock.tooltip_of(i.index()) for i in dock.finding_items()]
    assert any("as soon as possible" in t for t in rows)
    assert not any("before 5 November 2026" in t for t in rows)
    set_language("nl", persist=False)
    try:
        assert dock.as_of.text() == NL_HEADER
        assert NL_ASK in dock.detail.plain()
        assert "vóór 5 november 2026" not in dock.detail.plain()
    finally:
        ensure_english()


def test_the_findings_dock_on_the_peildatum_says_nothing_of_it(
    example_findings_dock: FindingsDock,
) -> None:
    dock = example_findings_dock
    dock.as_of.today = lambda: date(2026, 10, 1)
    dock.set_analysis(_analysis())
    assert dock.view.isHeaderHidden()
    assert dock.as_of.text() == ""
    assert "before 5 November 2026" in dock.cause_items()[0].toolTip()


def _analyse(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    main(["analyse", str(EXAMPLE), *args])
    return capsys.readouterr().out


def test_the_analyse_command_says_it_in_text_markdown_and_json(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = _analyse(capsys, "--lang", "nl", "--today", "2026-12-05")
    lines = text.splitlines()
    assert lines[0].endswith("(peildatum 1 oktober 2026)")
    assert " ".join(lines[2:4]) == NL_LINE  # under the title, at the report's width
    assert lines[4] == ""
    assert "zo spoedig mogelijk" in text
    assert "vóór 5 november 2026" not in text
    markdown = _analyse(capsys, "--lang", "en", "--format", "markdown", "--today", "2026-12-05")
    assert markdown.splitlines()[2] == EN_LINE
    assert "before 5 November 2026" not in markdown
    data = json.loads(_analyse(capsys, "--lang", "en", "--format", "json", "--today", "2026-12-05"))
    assert data["as_of"] == "2026-10-01"
    assert data["as_of_line"] == EN_LINE
    assert data["deadlines_passed"] == ["2026-10-15", "2026-11-05"]
    assert data["read_on"] == "2026-12-05"  # the day "since" means (jurist review 22, J4)
    assert data["lapsed_since"] == []
    assert "as soon as possible" in data["causes"][0]["suggestion"]


def test_the_analyse_command_read_on_the_peildatum_keeps_the_deadline(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = _analyse(capsys, "--lang", "nl", "--today", "2026-10-01")
    assert text.splitlines()[2] == "Eerst doen"  # no line
    assert "vóór 5 november 2026" in text
    data = json.loads(_analyse(capsys, "--format", "json", "--today", "2026-10-01"))
    assert (data["as_of_line"], data["deadlines_passed"]) == ("", [])


@pytest.mark.parametrize(
    ("lang", "today", "first"),
    [
        ("nl", DEC_5, NL_LINE),
        ("en", DEC_5, EN_LINE),
        ("nl", date(2026, 10, 1), "De kaart beschrijft de stand op 1 oktober 2026."),
    ],
)
def test_the_presentation_overview_names_the_peildatum(
    qtbot: QtBot, lang: Lang, today: date, first: str
) -> None:
    case = example_case()
    presentation = PresentationWindow(MapScene(case), _analysis(), lang, today=today)
    qtbot.addWidget(presentation)
    said = presentation.organise.text().splitlines()
    assert said[0] == first
    assert said[1].startswith("De analyse vindt" if lang == "nl" else "The analysis finds")
    presentation.go(1)
    point = presentation.organise.text()
    if lang == "nl":
        assert ("zo spoedig mogelijk" in point) == (today == DEC_5)
        assert ("vóór 5 november 2026" in point) == (today != DEC_5)
