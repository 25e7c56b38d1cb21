"""Root causes: stable finding ids, grouping, ranking, the summary and the grey scorecard."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from mapper import Analysis, Status, analyse
from mapper.causes import EVIDENCE_CODES, finding_id, held_up
from mapper.findings import Severity
from mapper.report import to_data, to_markdown, to_text
from models import Actor, Case, CaseInfo, EntityKind, PowerCategory
from models.example import example_case
from models.fileformat import load
from tests.mapper.cases import well_organised


def _cause_of(result: Analysis, code: str, subject: str) -> str:
    found = [f for f in result.findings if f.code == code and subject in f.id]
    assert len(found) == 1, (code, subject)
    return found[0].cause


def test_example_has_about_a_dozen_causes_and_the_right_first_three() -> None:
    result = analyse(example_case())
    assert len(result.findings) > len(result.causes)
    # issue 11's "about a dozen": one root cause told twice is one cause (the Doorbraakafspraak,
    # the corporation as decider, the distrusted manager the case hangs on, the college's
    # Mandaatbesluit); the unequal outcomes under the beleidsregel stay a cause of their own
    assert len(result.causes) == 12
    assert result.summary.first == (
        # both partners decide themselves and no agreement in force covers it (critical,
        # urgent, building block 3); the eviction is due on 5 November, the GGZ treatment has
        # no deadline (issue 11: the nearer deadline first); nobody holds doorzettingsmacht
        # over a partner's own decision (jurist W1)
        "power:ontruiming_aanhouden",
        "power:ggz_behandeling",
        # the consulent handles two needed decisions on a sub-mandate the teamleider may not
        # give (critical, art. 10:9 Awb): a critical legal defect of a mandate in use is never
        # outranked by a warning (the lead's decision on the tenth jurist's J6), although it
        # holds nothing up itself (the teamleider can decide, M1)
        "power:bijzondere_bijstand",
    )
    ranked = [c.id for c in result.causes]
    # the breakthrough agreement (a warning that holds the consent up, jurist W3, N5) comes
    # right after it; the other critical causes keep their order below it: the backing line,
    # then system learning (none of them drops below a warning it ranked above)
    assert ranked[3:6] == ["agreement:g2", "theme:backing", "theme:learning"]
    severities = [c.severity for c in result.causes]
    assert severities[:6] == [Severity.CRITICAL] * 3 + [Severity.WARNING] + [Severity.CRITICAL] * 2
    assert [c.rank for c in result.causes] == list(range(1, len(result.causes) + 1))


def test_everything_about_the_caseworkers_mandates_is_one_cause() -> None:
    result = analyse(example_case())
    cause = _cause_of(result, "MANDATE_SUBMANDATE_NOT_ALLOWED", "m4")
    assert cause == "power:bijzondere_bijstand"
    assert _cause_of(result, "MANDATE_GENERAL_NOT_IN_WRITING", "m4") == cause
    assert _cause_of(result, "MANDATE_EXPIRED", "m5") == cause
    assert _cause_of(result, "MANDATE_SIGNING_NO_POWER", "m8") == cause
    spend = result.cause(cause)
    assert spend is not None
    assert _cause_of(result, "NEED_HANDLER_MANDATE_FALLS_SHORT", "n3") == cause  # noodbudget
    # the teamleider (m3, EUR 5.000) can take n2 and n3: the cause holds nothing up (M1)
    assert set(spend.needs) == {"n2", "n3"}
    assert spend.held_up == ()
    assert "houdt" not in spend.detail.nl
    assert spend.blocks == (3, 4)
    assert "Awb 10:8" not in spend.legal_basis  # expiry is the mandate's term, not revocation


def test_only_needs_nobody_near_can_take_count_as_held_up() -> None:
    """Jurist M1: n2 and n3 fall short of the caseworker's mandate, but the teamleider
    (sub-mandate up to EUR 5.000, art. 10:9 Awb) can take them: not held up. n1 (the
    corporation's own decision), n5 (GGZ Rivierland's own decision) and n7 (the
    Belastingsamenwerking's own public-law decision, jurist W3) are."""
    result = analyse(example_case())
    assert {"n2", "n3"} <= {n for f in result.findings for n in f.needs}
    assert set(held_up(result.findings)) == {"n1", "n5", "n7"}
    assert "drie benodigde besluiten lopen vast" in result.summary.headline.nl
    assert "three needed decisions are held up" in result.summary.headline.en
    falls_short = [f for f in result.findings if f.code == "NEED_HANDLER_MANDATE_FALLS_SHORT"]
    assert falls_short
    assert held_up(falls_short) == ()


def test_the_same_person_is_one_cause_and_metrics_are_its_evidence() -> None:
    result = analyse(example_case())
    assert _cause_of(result, "SIGNAL_SINGLE_PERSON", "consulent") == "person:consulent"
    assert _cause_of(result, "SPHERES_SINGLE_BRIDGE", "consulent") == "person:consulent"
    person = result.cause("person:consulent")
    assert person is not None
    assert any("valt het netwerk uiteen" in e("nl") for e in person.evidence)
    assert not EVIDENCE_CODES & set(result.codes())
    assert {f.code for f in result.structure} == set(EVIDENCE_CODES)


def test_each_cause_counts_in_one_block_and_colours_it() -> None:
    result = analyse(example_case())
    counted = [c.id for row in result.scorecard for c in row.causes]
    assert sorted(counted) == sorted(c.id for c in result.causes)
    for row in result.scorecard:
        worst = min((c.severity.rank for c in row.causes), default=3)
        expected = {0: Status.RED, 1: Status.AMBER}.get(worst)
        if expected is not None:
            assert row.status is expected


def test_finding_ids_are_stable_across_runs_order_names_and_positions() -> None:
    case = example_case()
    before = analyse(case)
    ids = {f.id for f in before.findings}
    assert len(ids) == len(before.findings)
    shuffled = Case.from_parts(
        case.info,
        list(reversed(case.actors)),
        list(reversed(case.relationships)),
        list(case.mandates),
        list(case.needs),
        organisations=list(case.organisations),
        powers=list(case.powers),
        agreements=list(case.agreements),
        rules=list(case.rules),
        deviations=list(case.deviations),
    )
    renamed = example_case()
    renamed.update_actor("consulent", {"name": "Uitvoerder wijkteam"})
    moved = example_case()
    moved.update_actor("manager_wi", {"position": {"x": 999.0, "y": -5.0}})
    for other in (analyse(case), analyse(shuffled), analyse(renamed), analyse(moved)):
        assert {f.id for f in other.findings} == ids
        assert {c.id for c in other.causes} == {c.id for c in before.causes}


def test_finding_id_is_code_and_subject() -> None:
    f = analyse(example_case()).findings[0]
    assert finding_id(f).startswith(f.code)
    assert finding_id(dataclasses.replace(f, actors=tuple(reversed(f.actors)))) == finding_id(f)


def test_empty_map_is_grey_and_says_so() -> None:
    result = analyse(Case.from_parts(CaseInfo("leeg")))
    assert {row.status for row in result.scorecard} == {Status.GREY}
    assert result.summary.text("en") == "The map holds too little to judge anything yet."


def test_one_actor_is_grey_where_nothing_can_be_judged() -> None:
    result = analyse(Case.from_parts(CaseInfo("een"), [Actor("a", "A")]))
    by_block = {row.building_block: row.status for row in result.scorecard}
    assert by_block[3] is Status.GREY  # no needs
    assert by_block[5] is Status.GREY  # no trust


def test_well_organised_case_is_green_or_grey_with_nothing_to_do_first() -> None:
    result = analyse(well_organised())
    assert {row.status for row in result.scorecard} <= {Status.GREEN, Status.GREY}
    assert "niets" in result.summary.text("nl")


def test_json_text_and_markdown_carry_the_causes() -> None:
    result = analyse(example_case())
    data = json.loads(json.dumps(to_data(result, "nl")))
    assert [c["id"] for c in data["causes"]][:3] == data["summary"]["first"]
    first = data["causes"][0]
    assert set(first) >= {"id", "title", "severity", "rank", "blocks", "findings", "detail"}
    assert {"suggestion", "legal_basis", "evidence"} <= set(first)
    all_ids = {f["id"] for f in data["findings"]}
    assert all(set(c["findings"]) <= all_ids for c in data["causes"])
    assert all(f["cause"] in {c["id"] for c in data["causes"]} for f in data["findings"])
    assert data["summary"]["text"].count(".") >= 2
    assert to_text(result, "nl").splitlines()[2] == "Eerst doen"
    assert to_text(result, "en").splitlines()[2] == "Do first"
    assert "## Eerst doen" in to_markdown(result, "nl")


def test_diff_matches_findings_by_id_and_names_what_changed() -> None:
    from mapper.diff import diff_cases

    before = example_case()
    renamed = example_case()
    renamed.update_actor("consulent", {"name": "Uitvoerder wijkteam"})
    d = diff_cases(before, renamed)
    assert d.gained == ()
    assert d.lost == ()  # a renamed actor changes the words, not the findings
    assert d.changed
    # the name may follow an article ("de uitvoerder wijkteam")
    assert all("uitvoerder wijkteam" in new.detail("nl").lower() for _, new in d.changed[:1])
    assert d.name(EntityKind.ACTOR, "consulent", "nl") == "Uitvoerder wijkteam (consulent)"
    assert d.name(EntityKind.MANDATE, "m5", "nl").startswith(
        "College van B&W → Manager Werk en Inkomen"
    )
    data = d.to_data("nl")
    assert {c["id"] for c in data["findings_changed"]} == {new.id for _, new in d.changed}


def test_a_cause_names_the_power_the_map_names_not_its_category() -> None:
    # version 2: needs and mandates name real powers, so their causes do (no
    # "power:deviate_from_rule" or "power:spend_budget" for bijzondere bijstand)
    result = analyse(example_case())
    ids = {c.id for c in result.causes}
    categories = {f"power:{p.value}" for p in PowerCategory if p != PowerCategory.PUSH_THROUGH}
    assert not ids & categories
    assert {"power:bijzondere_bijstand", "power:ontruiming_aanhouden"} <= ids
    eviction = result.cause("power:ontruiming_aanhouden")
    assert eviction is not None
    assert eviction.needs == ("n1",)


def test_a_version_1_map_still_groups_by_category() -> None:
    # version 1 names categories, not powers: the cause is the category
    old = load(Path(__file__).parents[1] / "models" / "data" / "example-v1.kvmap")
    ids = {c.id for c in analyse(old).causes}
    assert "power:spend_budget" in ids
    assert "power:bijzondere_bijstand" not in ids


def test_the_nearer_deadline_ranks_first_among_equally_urgent_critical_causes() -> None:
    """Issue 11: the eviction (5 November) and the GGZ treatment (no deadline) are both
    critical and urgent; the sooner decision comes first, not the lower id. Give the GGZ
    treatment the sooner deadline and the order turns round."""
    from datetime import date

    from models import EntityKind

    def ranks(case: Case) -> tuple[int, int]:
        by_id = {c.id: c.rank for c in analyse(case).causes}
        return by_id["power:ontruiming_aanhouden"], by_id["power:ggz_behandeling"]

    case = example_case()
    assert case.needs.get("n1").deadline == date(2026, 11, 5)  # type: ignore[union-attr]
    assert case.needs.get("n5").deadline is None  # type: ignore[union-attr]
    eviction, ggz = ranks(case)
    assert (eviction, ggz) == (1, 2)
    case.update(EntityKind.NEED, "n5", {"deadline": date(2026, 10, 20)})
    eviction, ggz = ranks(case)
    assert (eviction, ggz) == (2, 1)
