"""``analyse(words=False)`` and a passed ``context`` (issue 16, the casebook's cold run): the
same verdicts as the worded analysis, only without the findings' words; and the casebook's
record made that way is the record made the full way."""

from __future__ import annotations

import pytest

from benchmarks.generate import generate_case
from exports.anonymise import anonymise
from mapper.analysis import analyse
from mapper.casebook import case_record
from mapper.catalogue import unworded
from mapper.context import Context
from models import Case
from models.example import example_case


def _cases() -> list[Case]:
    return [example_case(), generate_case(30, seed=3), generate_case(90, seed=11)]


@pytest.mark.parametrize("index", range(3))
def test_unworded_analysis_has_the_same_verdicts(index: int) -> None:
    case = _cases()[index]
    full, bare = analyse(case), analyse(case, words=False)
    assert full.findings  # a case with something to find
    assert [(f.id, f.code, f.severity, f.ids()) for f in bare.findings] == [
        (f.id, f.code, f.severity, f.ids()) for f in full.findings
    ]
    assert [(c.id, c.rank, c.findings, c.actors, c.needs) for c in bare.causes] == [
        (c.id, c.rank, c.findings, c.actors, c.needs) for c in full.causes
    ]
    assert [(r.building_block, r.status) for r in bare.scorecard] == [
        (r.building_block, r.status) for r in full.scorecard
    ]
    assert all(f.title.en == f.title.nl == f.detail.nl == "" for f in bare.findings)
    assert all(f.title.en and f.title.nl and f.detail.nl for f in full.findings)


def test_unworded_ends_with_its_block() -> None:
    case = example_case()
    with unworded():
        assert analyse(case).findings[0].title.nl == ""
    assert analyse(case).findings[0].title.nl != ""
    with unworded(False):
        assert analyse(case).findings[0].title.nl != ""


@pytest.mark.parametrize("index", range(3))
def test_record_from_unworded_analysis_and_its_context_is_the_full_record(index: int) -> None:
    anon = anonymise(_cases()[index], "nl")
    ctx = Context.of(anon)
    fast = case_record(anon, analyse(anon, context=ctx, words=False), context=ctx)
    assert fast.causes  # a record with causes to compare
    assert fast == case_record(anon, analyse(anon))
