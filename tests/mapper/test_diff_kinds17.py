"""The diff keys its entities by EntityKind; its JSON keeps the file's array names
(rev-code17 F7: ``mapper/diff.py`` and its readers compared kinds with "actors",
"mandates", ... where ``EntityKind`` and ``KINDS[kind].section`` exist)."""

from __future__ import annotations

from mapper.diff import diff_cases
from models import Actor, Case, CaseInfo, EntityKind
from models.fields import KINDS


def test_the_diff_is_keyed_by_entity_kind_and_writes_array_names() -> None:
    a = Case.from_parts(CaseInfo("v1"), [Actor("x", "Wethouder")])
    b = Case.from_parts(CaseInfo("v2"), [Actor("x", "Wethouder Zorg"), Actor("y", "Raad")])
    d = diff_cases(a, b)
    assert all(isinstance(kind, EntityKind) for kind in d.entities)
    assert d.entities[EntityKind.ACTOR].added == ("y",)
    assert d.name(EntityKind.ACTOR, "y", "nl") == "Raad (y)"
    data = d.to_data("nl")
    assert "actors" in data  # the file's names, as before
    assert "accepted" in data
    assert {KINDS[kind].section for kind in d.entities} <= set(data)
