"""The analysis entry point: shape of the result on small and degenerate cases."""

from __future__ import annotations

from mapper import Analysis, Quadrant, Status, analyse
from models import Actor, Case, CaseInfo, RelationKind, Relationship


def _case(actors: list[Actor], rels: list[Relationship] | None = None) -> Case:
    return Case.from_parts(CaseInfo("t"), actors, rels or [])


def test_empty_case_is_grey_everywhere() -> None:
    result = analyse(_case([]))
    assert isinstance(result, Analysis)
    assert result.findings == ()
    assert [r.status for r in result.scorecard] == [Status.GREY] * 7
    assert result.scorecard[2].summary("nl").startswith("Niet te beoordelen")
    assert result.causes == ()
    assert result.summary.first == ()
    assert result.metrics == {}
    assert result.map_metrics["actors"] == 0


def test_one_actor_has_metrics_and_quadrant() -> None:
    result = analyse(_case([Actor("a", "Alone", influence=4, interest=4)]))
    assert result.metrics["a"]["degree"] == 0
    assert result.quadrants["a"] is Quadrant.MANAGE_CLOSELY


def test_without_removes_actor_and_relationship() -> None:
    case = _case(
        [Actor("a", "A"), Actor("b", "B"), Actor("c", "C")],
        [
            Relationship("r1", "a", "b", RelationKind.SIGNAL),
            Relationship("r2", "b", "c", RelationKind.SIGNAL),
        ],
    )
    assert set(analyse(case, without=["b"]).metrics) == {"a", "c"}
    cut = analyse(case, without=["r2"])
    assert "STRUCTURE_ISOLATED_ACTOR" in cut.codes()
    assert cut.without == ("r2",)
