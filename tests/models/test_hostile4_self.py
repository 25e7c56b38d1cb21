"""Hostile review, fourth round, H8: a mandate or a hierarchy line from an actor to itself is
valid but said by ``validate``. Failed before the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import fileformat
from models.entities import Relationship
from models.enums import EntityKind, RelationKind
from models.example import example_case
from models.notices import map_notices
from ui.cli import main


def test_validate_warns_of_a_mandate_and_a_hierarchy_line_to_oneself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = example_case()
    mandate = case.mandates[0]
    case.update(EntityKind.MANDATE, mandate.id, {"holder": mandate.grantor})
    boss = case.actors[0]
    line = Relationship(
        case.new_id(EntityKind.RELATIONSHIP), boss.id, boss.id, RelationKind.HIERARCHY
    )
    case.add(EntityKind.RELATIONSHIP, line)
    assert [(p.location, p.key) for p in map_notices(case)] == [
        (f"mandates[id={mandate.id}].holder", "mandate_to_itself"),
        (f"relationships[id={line.id}].target", "hierarchy_to_itself"),
    ]
    path = tmp_path / "self.kvmap"
    fileformat.save(case, path)
    assert main(["--lang", "en", "validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"mandates[id={mandate.id}].holder" in out
    assert "a mandate to oneself grants nothing" in out
    assert f'"{boss.name}" is placed above itself' in out
    assert main(["--lang", "nl", "validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "een mandaat aan zichzelf verleent niets" in out
    assert not map_notices(example_case())
