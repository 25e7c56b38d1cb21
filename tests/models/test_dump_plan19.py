"""An entity is written by a plan made once per field list (issue 15, the suite's time):
case_to_dict of the 2,000-actor map 26.5 -> 17.9 ms. What it writes is what
:func:`models.fieldtypes.dump_value` writes field by field (this passes on the old code too;
the .kvmap text of the example and of the 2,000 map was byte for byte main's)."""

from __future__ import annotations

from benchmarks.generate import generate_case
from models import fieldtypes
from models.fields import CASE_FIELDS, KINDS
from models.fieldtypes import dump_entity, dump_value
from tests.exports.conftest import full_case


def _by_field(item: object, specs: object) -> dict[str, object]:
    return {s.name: dump_value(s, getattr(item, s.name)) for s in specs}  # type: ignore[attr-defined]


def test_every_entity_is_written_as_field_by_field() -> None:
    for case in (full_case(), generate_case(60, seed=3)):
        assert dump_entity(case.info, CASE_FIELDS) == _by_field(case.info, CASE_FIELDS)
        for kind, spec in KINDS.items():
            for item in case.collection(kind):
                assert dump_entity(item, spec.fields) == _by_field(item, spec.fields), kind


def test_field_lists_made_on_the_fly_keep_no_plans_without_end() -> None:
    case = full_case()
    fields = KINDS[next(iter(KINDS))].fields
    for _ in range(200):
        fresh = list(fields)  # as a migration makes one
        item = case.collection(next(iter(KINDS)))[0]
        assert dump_entity(item, fresh) == _by_field(item, fresh)
    assert len(fieldtypes._PLANS) <= 65
