"""The app, the nota and the Excel report rank the findings one way (rev-user15 G10: the
report's sheet 'Bevindingen' listed them by severity and building block, so its row 2 was
the nota's 5.8, while the app's "Do first" and the nota's 5.1 were 'Niemand dicht bij de
casus heeft doorzettingsmacht'). The reference is the causes' rank: the app's "Do first"
numbers them, the nota's chapter 5 heads them 5.1, 5.2, …, and the report now lists each
cause's findings in that order with the cause's number in its first column."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from exports.excel_report import build_report
from exports.nota import build_nota
from mapper import analyse
from models import Case
from models.example import example_case
from tests.ui.docks_support import english_ui  # noqa: F401
from ui.docks import FindingsDock
from ui.document.controller import DocumentController
from ui.i18n import set_language

pytestmark = pytest.mark.usefixtures("english_ui")


def _generated() -> Case:
    return generate_case(300, seed=0)


CASES = {"example": example_case, "generated": _generated}


@pytest.mark.parametrize("name", list(CASES))
def test_app_nota_and_report_rank_the_findings_alike(qtbot: QtBot, name: str) -> None:
    case: Case = CASES[name]()
    result = analyse(case)
    set_language("nl", persist=False)
    # the app: "Do first", numbered
    dock = FindingsDock(DocumentController(case))
    qtbot.addWidget(dock)
    dock.set_analysis(result)
    app = [item.text() for item in dock.cause_items()]
    # the nota: chapter 5's headings
    nota = build_nota(case, lang="nl", analysis=result, picture=b"")
    heads = [p.text for p in nota.paragraphs if p.style.name == "Heading 2"]
    causes = [h for h in heads if h.startswith("5.")]
    assert [f"{h.split(' ', 1)[0][2:]}. {h.split(' ', 1)[1]}" for h in causes[:3]] == app
    # the report: the cause's number first, cause 1's findings on top, in the nota's order
    sheet = build_report(case, lang="nl", analysis=result, picture=b"")["Bevindingen"]
    rows = list(sheet.iter_rows(min_row=1, values_only=True))
    assert rows[0][0] == "Oorzaak"
    ranks = [r[0] for r in rows[1:]]
    assert ranks == sorted(ranks, key=lambda r: r or len(result.causes) + 1)
    assert len(rows) - 1 == len(result.findings)  # every finding once
    by_title = {f.title("nl"): f for f in result.findings}
    for cause in result.causes:
        mine = [by_title[str(r[4])].id for r in rows[1:] if r[0] == cause.rank]
        assert set(mine) == set(cause.findings)
        assert mine[0] in cause.told  # the finding its title tells comes first
    first = result.causes[0]
    assert rows[1][4] in {f.title("nl") for f in result.findings_of(first)}
    assert causes[0].endswith(first.title("nl"))
