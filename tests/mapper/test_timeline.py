"""The case over time: known answers on the example with two snapshots made in the test."""

from __future__ import annotations

from datetime import date

import pytest

from mapper.findings import Status
from mapper.timeline import breaks_of, case_at, case_timeline
from models import Case, EntityKind, fileformat
from models.example import example_case
from models.timeline import Snapshot, Timeline
from models.timeline_io import state_of


def _snap(case: Case, ident: str, when: date, label: str) -> None:
    state = state_of(fileformat.case_to_dict(case))
    case.timeline.add_snapshot(Snapshot(ident, when, label, state))


@pytest.fixture
def story() -> Case:
    """Before: the maatwerk mandate m5 runs to 31 Dec 2026 and the covenant to 2026 too."""
    case = example_case()
    case.timeline = Timeline()  # whatever the shipped example keeps
    now = fileformat.case_to_dict(case)
    earlier = example_case()
    earlier.timeline = Timeline()
    earlier.set_case_field("as_of", date(2026, 1, 15))
    earlier.update(EntityKind.MANDATE, "m5", {"valid_until": date(2026, 12, 31)})
    earlier.update(EntityKind.AGREEMENT, "g1", {"valid_until": date(2026, 12, 31)})
    earlier.update(EntityKind.ACTOR, "college", {"stance": 2})
    _snap(earlier, "s1", date(2026, 1, 15), "Mandaat en convenant lopen")
    case.timeline.add_snapshot(earlier.timeline.snapshots[0])
    assert fileformat.case_to_dict(case)["mandates"] == now["mandates"]
    return case


def test_case_at_gives_back_the_map_of_the_snapshot(story: Case) -> None:
    then = case_at(story, "s1")
    assert then.info.as_of == date(2026, 1, 15)
    then_m5, now_m5 = then.mandates.get("m5"), story.mandates.get("m5")
    assert then_m5 is not None
    assert now_m5 is not None
    assert then_m5.valid_until == date(2026, 12, 31)
    assert now_m5.valid_until == date(2026, 6, 30)
    with pytest.raises(KeyError):
        case_at(story, "s9")


def test_one_moment_per_snapshot_and_one_for_now(story: Case) -> None:
    line = case_timeline(story)
    assert [(m.id, m.date) for m in line.moments] == [
        ("s1", date(2026, 1, 15)),
        (None, date(2026, 10, 1)),
    ]
    then, now = line.moments
    assert set(then.status) == set(range(1, 8))
    assert then.stance["College van B&W"] == 2
    assert now.stance["College van B&W"] == next(
        a.stance for a in story.actors if a.id == "college"
    )
    # the expired mandate and covenant make room to act worse now than then
    assert now.causes[3] >= then.causes[3]
    assert now.status[3] is Status.RED


def test_breaks_name_what_ends_before_the_decision_is_due(story: Case) -> None:
    line = case_timeline(story)
    got = [(b.need, b.kind, b.id, b.on) for b in line.breaks]
    assert ("n1", "agreement", "g1", date(2026, 1, 1)) in got
    assert ("n2", "mandate", "m5", date(2026, 7, 1)) in got
    assert [b.on for b in line.breaks] == sorted(b.on for b in line.breaks)
    m5 = next(b for b in line.breaks if b.id == "m5" and b.need == "n2")
    assert m5.expired
    nl = m5.text("nl")
    assert "gold tot en met 30 juni 2026" in nl
    assert "uiterlijk 5 november 2026 nodig" in nl
    assert "Vanaf 1 juli 2026 kan dat besluit niet meer onder dit mandaat worden genomen." in nl
    assert "applied until 30 June 2026 inclusive" in m5.text("en")
    for text in (nl, m5.text("en")):  # the findings' quotes, not „…” or “…” (twelfth round B7)
        assert "„" not in text
        assert "“" not in text
        assert text.count("‘") == 2
        assert text.count("’") >= 2


def test_a_mandate_running_past_the_deadline_breaks_nothing() -> None:
    case = example_case()
    case.update(EntityKind.MANDATE, "m5", {"valid_until": date(2026, 12, 31)})
    case.update(EntityKind.AGREEMENT, "g1", {"valid_until": None})
    assert case_timeline(case).breaks == ()


def test_a_map_without_snapshots_has_only_now() -> None:
    case = example_case()
    case.timeline = Timeline()
    case.set_case_field("as_of", None)
    line = case_timeline(case, today=date(2026, 12, 3))
    assert [(m.id, m.date) for m in line.moments] == [(None, date(2026, 12, 3))]


def test_bars_cover_deadlines_and_validity() -> None:
    line = case_timeline(example_case())
    kinds = {(b.kind, b.id) for b in line.bars}
    assert ("need", "n1") in kinds
    assert ("mandate", "m5") in kinds
    assert ("agreement", "g1") in kinds
    m5 = next(b for b in line.bars if b.id == "m5")
    assert (m5.start, m5.end) == (date(2023, 1, 1), date(2026, 6, 30))
    assert "College van B&W \u2192 Manager Werk en Inkomen" in m5.name


def test_json_is_complete(story: Case) -> None:
    data = case_timeline(story).to_data("nl")
    assert [m["id"] for m in data["moments"]] == ["s1", None]
    assert set(data["moments"][0]["scorecard"]) == {str(b) for b in range(1, 8)}
    assert any(b["breaks_on"] == "2026-07-01" for b in data["breaks"])


def test_breaks_of_is_the_timeline_s_breaks_without_analysis(story: Case) -> None:
    assert breaks_of(story) == case_timeline(story).breaks
