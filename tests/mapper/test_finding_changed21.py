"""``mapper.findings.changed`` is ``dataclasses.replace`` for a finding (issue 15, map21: every
analysis gives each finding its id and its cause; replace cost twice as much). Fails on the
old code: there was no ``changed``."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from mapper.analysis import analyse
from mapper.findings import changed
from models.example import example_case


def test_changed_is_replace_for_every_field_of_every_finding() -> None:
    found = analyse(example_case()).findings
    assert found
    for f in found:
        for field in fields(f):
            value = ("x",) if isinstance(getattr(f, field.name), tuple) else "x"
            change: dict[str, Any] = {field.name: value}
            new, old = changed(f, **change), replace(f, **change)
            assert new == old
            assert all(getattr(new, k.name) is getattr(old, k.name) for k in fields(f))
        assert changed(f) == f
        assert changed(f) is not f
