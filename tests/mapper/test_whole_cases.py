"""Whole analyses: the well-organised case, the built-in example, degenerate input, speed."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from mapper import Severity, Status, analyse
from mapper.quadrant import Quadrant
from mapper.report import to_data, to_markdown, to_text
from models import Actor, Case, CaseInfo, Practice, RelationKind, Relationship
from models.example import example_case
from models.fileformat import dumps, load
from tests.mapper.cases import case_from_graph, well_organised

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("practice", [None, Practice.ROUTINE, Practice.MAATWERK])
def test_well_organised_case_has_no_critical_or_warning(practice: Practice | None) -> None:
    result = analyse(load(DATA / "well_organised.kvmap"), practice=practice)
    assert not result.has_critical
    assert [f.code for f in result.findings if f.severity != Severity.INFO] == []
    assert all(row.status in (Status.GREEN, Status.GREY) for row in result.scorecard)


def test_fixture_file_matches_the_case_in_code() -> None:
    assert (DATA / "well_organised.kvmap").read_text(encoding="utf-8") == dumps(well_organised())


def test_example_case_shows_its_real_gaps() -> None:
    result = analyse(example_case())
    codes = set(result.codes())
    expected = {
        "MANDATE_SUBMANDATE_NOT_ALLOWED",  # m4: a third level where the college allows two
        "MANDATE_GENERAL_NOT_IN_WRITING",  # m4: the caseworker's general mandate is oral
        "MANDATE_EXPIRED",  # m5: the maatwerk mandate ended on 30 June 2026
        "MANDATE_SIGNING_NO_POWER",  # m8: signing for the college grants no decision power
        "MANDATE_CONSENT_UNKNOWN",  # m7: the Kredietbank (a joint arrangement), Awb 10:4
        # n1: the corporation's own decision, covenant expired; n5: GGZ's own decision,
        # nothing agreed with it
        "NEED_PARTNER_NOT_REACHED",
        "NEED_HANDLER_MANDATE_FALLS_SHORT",  # n2, n3: the caseworker's own mandate
        "TRUST_BACKING_NEGATIVE",  # the caseworker distrusts her manager
        "LEARNING_NO_FEEDBACK_PATH",
        "SPHERES_OPPONENT_UNCONNECTED",
    }
    assert expected <= codes
    # What a jurist would not sign: the corporation's decision and the GGZ start are no
    # power of the college; the manager's valid mandate covers n2 two steps up; the college
    # passed afzien van terugvordering (art. 58 lid 8) down by m10.
    assert not codes & {
        "NEED_NO_HOLDER",
        "NEED_HOLDER_FAR",
        "INTENT_NOT_PASSED_DOWN",
        "POWER_HOLDER_NOT_PUBLIC_BODY",
        "MANDATE_NO_LEGAL_ROOT",
        "NEED_NO_PUSH_THROUGH",  # nobody holds doorzettingsmacht over GGZ's own decision
    }
    assert result.has_critical
    assert {r.building_block for r in result.scorecard if r.status == Status.RED} == {3, 4, 5, 7}


def test_example_maatwerk_lacks_what_routine_has() -> None:
    routine = set(analyse(example_case(), practice=Practice.ROUTINE).codes())
    maatwerk = set(analyse(example_case(), practice=Practice.MAATWERK).codes())
    assert "MANDATE_GENERAL_NOT_IN_WRITING" in maatwerk - routine  # m4: maatwerk only, oral
    assert "TRIAGE_ROLE_WITHOUT_MANDATE" in maatwerk - routine
    # The practice filter never changes whether a mandate is valid (issue 10, rule 12): m4 rests
    # on m3, which covers only the routine, yet m4 does not become rootless in the maatwerk view.
    assert "MANDATE_NO_LEGAL_ROOT" not in maatwerk


def test_every_finding_is_complete_and_bilingual() -> None:
    for case in (example_case(), well_organised()):
        for f in analyse(case).findings:
            assert 1 <= f.building_block <= 7
            for text in (f.title, f.detail, f.suggestion):
                assert text.en.strip()
                assert text.nl.strip()
            assert f.code.isupper()
            ids = set(f.ids())
            assert all(case.entity(i) is not None for i in ids), f.code


# ---------------------------------------------------------------- degenerate input
def test_empty_one_actor_and_duplicates() -> None:
    assert analyse(Case.from_parts(CaseInfo("leeg"))).findings == ()
    one = analyse(Case.from_parts(CaseInfo("een"), [Actor("a", "A")]))
    assert one.metrics["a"]["betweenness"] == 0.0
    people = [Actor("a", "Jan  de Vries"), Actor("b", "jan de vries")]
    dup = Case.from_parts(
        CaseInfo("dubbel"), people, [Relationship("r1", "a", "b", RelationKind.SIGNAL)]
    )
    found = [f for f in analyse(dup).findings if f.code == "STRUCTURE_DUPLICATE_NAME"]
    assert [f.actors for f in found] == [("a", "b")]


def test_self_loop_is_reported_and_ignored() -> None:
    case = Case.from_parts(
        CaseInfo("lus"),
        [Actor("a", "A"), Actor("b", "B")],
        [
            Relationship("r1", "a", "a", RelationKind.TRUST),
            Relationship("r2", "a", "b", RelationKind.SIGNAL),
        ],
    )
    result = analyse(case)
    assert "STRUCTURE_SELF_LOOP" in result.codes()
    assert result.metrics["a"]["degree"] == 1


def test_disconnected_parts() -> None:
    result = analyse(case_from_graph(nx.Graph([(1, 2), (2, 3), (4, 5)])))
    found = [f for f in result.findings if f.code == "STRUCTURE_DISCONNECTED"]
    assert [f.actors for f in found] == [("1", "4")]
    assert result.map_metrics["components"] == 2


# ---------------------------------------------------------------- rendering
def test_report_renderings_agree() -> None:
    result = analyse(example_case())
    data = to_data(result, "nl", title="x")
    assert {"findings", "scorecard", "metrics", "map_metrics", "notes"} <= set(data)
    assert len(data["scorecard"]) == 7
    assert data["findings"][0]["severity"] == "critical"
    text = to_text(result, "nl")
    md = to_markdown(result, "en")
    for f in result.findings:
        assert f.code in text
        assert f.code in md
    assert text.index("1. Helderheid") < text.index("7. Systeemleren")


# ---------------------------------------------------------------- speed
def _synthetic(n: int, seed: int = 1) -> Case:
    from benchmarks.generate import generate_case

    return generate_case(n, seed=seed)


def test_reanalysis_after_an_edit_sees_the_edit() -> None:
    """The GUI re-runs the whole analysis after each edit; the result follows the edit.

    How fast that is, is measured by the benchmark harness (``python -m benchmarks.run``).
    """
    case = _synthetic(200)
    actor = next(a for a in case.actors if a.influence < 3 and a.interest < 3)
    before = analyse(case)
    assert before.quadrants[actor.id] is Quadrant.MONITOR
    case.update_actor(actor.id, {"influence": 5, "interest": 5})
    after = analyse(case)
    assert after.quadrants[actor.id] is Quadrant.MANAGE_CLOSELY
    assert len(after.scorecard) == 7


def test_above_the_exact_limit_betweenness_is_sampled_and_noted() -> None:
    """Above ``EXACT_LIMIT`` actors betweenness is sampled and the notes say with how many
    sources. The size is the smallest that takes the sampling path with fewer sources than
    actors; how long 10,000 actors take is the benchmark harness's (``python -m benchmarks.run
    --sizes 10000``, which also notes the sample size). The notes are worded in an unworded
    analysis too, which leaves out only the findings' texts (issue 15: 0.55 s of the 1.5)."""
    from mapper.metrics import EXACT_LIMIT, SAMPLE_SIZE

    n = EXACT_LIMIT + SAMPLE_SIZE
    result = analyse(_synthetic(n), words=False)
    assert result.betweenness_sample == SAMPLE_SIZE < n
    assert any(f"k={SAMPLE_SIZE}" in note("en") for note in result.notes)
    assert len(result.metrics) == n
    exact = analyse(_synthetic(EXACT_LIMIT), words=False)
    assert exact.betweenness_sample is None
    assert not any("k=" in note("en") for note in exact.notes)
