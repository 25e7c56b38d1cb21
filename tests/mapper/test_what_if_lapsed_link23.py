"""A what-if without an actor on a map whose sub-mandate ran out before the peildatum (hostile
review 23): the mandates of the removed actor were left out of the graphs while the legal index
still knew them, and the broken chains looked one of them up: KeyError, so neither
`analyse --without` nor the session deck (which shows such a what-if) could be made."""

from __future__ import annotations

from datetime import date

from mapper import analyse
from mapper.codes import Code
from mapper.whatif import what_if
from models.enums import EntityKind
from models.example import example_case


def test_the_what_if_without_the_manager_is_told() -> None:
    case = example_case()  # m2: gemeentesecretaris -> manager Werk en Inkomen
    assert case.update(EntityKind.MANDATE, "m2", {"valid_until": date(2026, 9, 30)})
    whole = analyse(case)
    assert any(f.code is Code.MANDATE_EXPIRED for f in whole.findings)
    change = what_if(case, ["manager_wi"])
    # the manager's expired sub-mandate goes with the manager (before: KeyError 'm3')
    assert any(f.code is Code.MANDATE_EXPIRED for f in change.disappeared)
