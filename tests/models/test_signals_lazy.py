"""The model's signals are psygnal's, made on first use (models/signals.py): reading and
checking a map (`krachtenveld validate`) does not import psygnal, and the signals behave as
before once touched."""

from __future__ import annotations

import psygnal

from models import Actor, Case, CaseInfo, Position
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
