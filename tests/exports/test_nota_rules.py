"""The nota's annex on rules and the register of deviations: present with its rows when the map
has them (names, never ids), absent when it has none."""

from __future__ import annotations

from typing import Any

from exports.nota import build_nota
from models import Case, EntityKind
from models.example import example_case


def _texts(doc: Any) -> list[str]:
    found = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            found.extend(cell.text for cell in row.cells)
    return found


def test_the_example_nota_carries_the_rule_and_the_register() -> None:
    texts = _texts(build_nota(example_case(), lang="nl", picture=b""))
    assert "Bijlage D. Regels en afwijkingen" in texts
    assert "Vier handtekeningen bij bijzondere bijstand boven de norm" in texts
    assert "Afwijkingenregister" in texts
    assert "18 juni 2026" in texts
    assert "niemand" in texts  # the June deviation was reported to nobody
    assert "niet vastgelegd" in texts  # and recorded no reason
    assert not {"rl1", "dv1", "dv2", "manager_wi"} & set(texts)
    english = _texts(build_nota(example_case(), lang="en", picture=b""))
    assert "Annex D. Rules and deviations" in english


def test_a_map_without_rules_has_no_such_annex() -> None:
    case: Case = example_case()
    for dev in list(case.deviations):
        case.remove(EntityKind.DEVIATION, dev.id)
    for rule in list(case.rules):
        case.remove(EntityKind.RULE, rule.id)
    texts = _texts(build_nota(case, lang="nl", picture=b""))
    assert not any(t.endswith("Regels en afwijkingen") for t in texts)
