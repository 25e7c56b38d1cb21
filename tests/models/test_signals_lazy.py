"""The model's signals are psygnal's, made on first use (models/signals.py): reading and
checking a map (`krachtenveld validate`) does not import psygnal, and the signals behave as
before once touched."""

from __future__ import annotations

from pathlib import Path

import psygnal

from models import Actor, Case, CaseInfo, Position
from models.fileformat import load
from tests.fresh import ROOT, run_fresh

PROBE = """
import sys
from ui.cli import main
try:
    main(["validate", sys.argv[1]])
except SystemExit:
    pass
print("psygnal" in sys.modules)
"""


def test_validate_does_not_import_psygnal() -> None:
    example = ROOT / "examples" / "huisuitzetting-schulden-zorg.kvmap"
    assert run_fresh(PROBE, str(example)).strip().splitlines()[-1] == "False"


LAYOUT = """
import sys
from ui.cli import main
try:
    main(["layout", sys.argv[1], "--method", "force", "--out", sys.argv[2]])
except SystemExit:
    pass
print("psygnal" in sys.modules, "importlib.metadata" in sys.modules)
"""


def test_layout_sets_positions_and_saves_without_psygnal(tmp_path: Path) -> None:
    # nobody listens to the case in a command: its emits are nothing, psygnal stays out
    # (issue 14: 0.05 s CPU of a 2,000-actor `layout`)
    example = ROOT / "examples" / "huisuitzetting-schulden-zorg.kvmap"
    out = tmp_path / "ingedeeld.kvmap"
    said = run_fresh(LAYOUT, str(example), str(out)).strip().splitlines()
    assert said[-1] == "False False"
    moved = [a.position for a in load(out).actors]
    assert moved != [a.position for a in load(example).actors]


def test_an_emit_held_from_before_the_first_connect_is_heard() -> None:
    case = Case.from_parts(CaseInfo("één"), [Actor("a", "A")])
    early = case.changed  # a stand-in: nobody had connected yet
    heard: list[str] = []
    case.changed.connect(lambda: heard.append("changed"))
    early.emit()
    assert heard == ["changed"]


def test_signals_are_psygnals_once_touched_and_each_case_has_its_own() -> None:
    one = Case.from_parts(CaseInfo("één"), [Actor("a", "A")])
    two = one.copy()
    heard: list[tuple[str, object]] = []
    one.positions_changed.connect(lambda moved: heard.append(("one", moved)))
    two.changed.connect(lambda: heard.append(("two", None)))
    assert isinstance(type(one).__dict__["positions_changed"], psygnal.Signal)
    assert isinstance(one.changed, psygnal.SignalInstance)
    one.set_positions({"a": Position(1.0, 2.0)})
    two.set_positions({"a": Position(3.0, 4.0)})
    assert heard == [("one", {"a": Position(1.0, 2.0)}), ("two", None)]
    assert one.changed is one.changed
    assert one.changed is not two.changed
