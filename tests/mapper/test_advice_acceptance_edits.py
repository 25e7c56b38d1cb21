"""Issue 11's remaining checks, each on the example after a real edit of the map (not a made-up
fingerprint): an accepted finding stays accepted across small edits and comes back when its
content changes or its term ends; finding ids survive small edits; a block with nothing to
judge is grey, never green."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache

import pytest

from mapper import Analysis, analyse
from mapper.accepted import fingerprint
from mapper.findings import Status
from models import Actor, ActorKind, Case, CaseInfo, EntityKind, RelationKind, Relationship
from models.acceptance import Acceptance
from models.example import example_case

FID = "NEED_PARTNER_NOT_REACHED:n1"  # cause 1 of the example: the housing association


@cache
def _before() -> Analysis:
    return analyse(example_case())


def _acceptance(until: date | None = None) -> Acceptance:
    found = next(f for f in _before().findings if f.id == FID)
    return Acceptance(
        "acc1", FID, "Route naar de corporatie is bekend", content=fingerprint(found), until=until
    )


SMALL_EDITS: dict[str, Callable[[Case], object]] = {
    "rename": lambda c: c.update_actor("corporatie", {"name": "Woonstichting Thuisplus"}),
    "move": lambda c: c.update_actor("consulent", {"position": {"x": 5.0, "y": 5.0}}),
    "unrelated actor": lambda c: c.add_actor(
        Actor("buurtwerker", "Buurtwerker", ActorKind.PROFESSIONAL)
    ),
    "unrelated tie": lambda c: c.add_relationship(
        Relationship("rx", "krant", "juridisch", RelationKind.COLLABORATION)
    ),
}


@pytest.mark.parametrize("edit", SMALL_EDITS)
def test_a_small_edit_keeps_the_ids_and_the_acceptance(edit: str) -> None:
    before = {f.id for f in _before().findings}
    case = example_case()
    SMALL_EDITS[edit](case)
    after = analyse(case, accepted=[_acceptance()])
    assert [a.finding.id for a in after.accepted] == [FID]
    assert after.returned == ()
    # every finding keeps its id (the accepted one is listed apart)
    assert before <= {f.id for f in after.findings} | {FID}
    # an accepted finding no longer colours the scorecard
    assert FID not in {f.id for row in after.scorecard for f in row.findings}


def test_the_acceptance_returns_when_the_finding_changes_by_an_edit() -> None:
    case = example_case()
    case.set_need_field("n1", "handler", "teamleider")  # another handler: another finding
    after = analyse(case, accepted=[_acceptance()])
    assert after.accepted == ()
    assert [(r.finding.id, r.expired) for r in after.returned] == [(FID, False)]
    assert FID in {f.id for f in after.findings}  # shown among the live findings again
    assert after.returned[0].why("en") == "the finding changed since it was accepted"


def test_the_acceptance_returns_when_its_term_ends() -> None:
    # the example's reference date is 1 October 2026
    kept = analyse(example_case(), accepted=[_acceptance(until=date(2026, 10, 1))])
    assert [a.finding.id for a in kept.accepted] == [FID]
    ended = analyse(example_case(), accepted=[_acceptance(until=date(2026, 9, 30))])
    assert [(r.finding.id, r.expired) for r in ended.returned] == [(FID, True)]
    assert ended.returned[0].why("nl") == "de termijn liep af op 30 september 2026"


def test_a_block_with_nothing_to_judge_is_grey_never_green() -> None:
    untrusted = example_case()
    for rel in [r.id for r in untrusted.relationships if r.kind is RelationKind.TRUST]:
        untrusted.remove_relationship(rel)
    row = analyse(untrusted).scorecard[4]
    assert row.status is Status.GREY
    assert row.summary("en") == "Not enough to judge: the map has no trust relationships."
    assert "niet te beoordelen" in row.summary("nl").casefold()
    needless = example_case()
    for need in [n.id for n in needless.needs]:
        needless.remove(EntityKind.NEED, need)
    assert analyse(needless).scorecard[2].status is not Status.GREEN
    small = Case.from_parts(
        CaseInfo("Twee actoren"),
        [Actor("a", "Consulent", ActorKind.PROFESSIONAL), Actor("b", "Inwoner", ActorKind.CITIZEN)],
        [Relationship("t", "b", "a", RelationKind.TRUST, level=2)],
    )
    assert analyse(small).scorecard[2].status is Status.GREY  # no needs: block 3
