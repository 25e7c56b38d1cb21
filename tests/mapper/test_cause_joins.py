"""One root cause told twice is one cause (issue 11, "at most about a dozen" for the example):
the causes joined keep every finding with its id, and tell each part they were joined from."""

from __future__ import annotations

from datetime import date

from mapper import analyse
from mapper.analysis import Analysis
from models.acceptance import Acceptance
from models.entities import Relationship
from models.enums import EntityKind, RelationKind
from models.example import example_case


def _cause_of(result: Analysis, finding_id: str) -> str:
    found = next(f for f in result.findings if f.id == finding_id)
    assert found.cause is not None
    return found.cause


def test_the_example_is_twelve_causes_and_keeps_every_finding() -> None:
    result = analyse(example_case())
    assert len(result.causes) == 12
    listed = [fid for c in result.causes for fid in c.findings]
    assert sorted(listed) == sorted(f.id for f in result.findings)  # each once, ids kept
    assert len(result.findings) == 31


def test_one_agreement_that_places_two_powers_wrongly_is_one_cause() -> None:
    """The Doorbraakafspraak places the college's request and the Belastingsamenwerking's own
    decision with the manager: one amendment mends both (its one beslispunt, jurist N5)."""
    result = analyse(example_case())
    cause = result.cause("agreement:g2")
    assert cause is not None
    assert {"AGREEMENT_DECIDER_NO_MANDATE:n4", "AGREEMENT_OVER_PUBLIC_POWER:n7"} <= set(
        cause.findings
    )
    assert result.cause("power:moratorium") is None
    assert cause.title.nl == (
        "De ‘Doorbraakafspraak schulden Rivierland 2025’ legt een verzoek van het college van B&W "
        "en een besluit van de invorderingsambtenaar van de Belastingsamenwerking bij de "
        "manager Werk en Inkomen"
    )
    # each part's advice is told: the college's request and the tax office's own decision
    assert "Laat het college van B&W het verzoek zelf indienen" in cause.suggestion.nl
    assert "Laat de invorderingsambtenaar van de Belastingsamenwerking zelf beslissen" in (
        cause.suggestion.nl
    )
    assert "(art. 10:12 jo. 10:3 Awb)" in cause.detail.nl
    assert "(art. 10:4 lid 1 Awb)" in cause.detail.nl
    # the manager in full once, then by his role alone (jurist L3)
    assert cause.detail.nl.count("de manager Werk en Inkomen") == 1


def test_the_resident_s_distrust_of_the_decider_joins_that_decision_s_cause() -> None:
    result = analyse(example_case())
    cause = "power:ontruiming_aanhouden"
    assert _cause_of(result, "TRUST_CITIZEN_DISTRUSTS_HANDLER:n1") == cause
    assert _cause_of(result, "TRUST_MUTUAL_DISTRUST:corporatie+jansen") == cause
    joined = result.cause(cause)
    assert joined is not None
    assert joined.rank == 1
    assert (
        "ga het ‘Convenant voorkomen huisuitzettingen Rivierstad 2024’ opnieuw aan"
        in joined.suggestion.nl
    )
    assert "Laat de consulent, die mevrouw Jansen wel vertrouwt" in joined.suggestion.nl
    assert "art. 6 lid 1 onder e AVG" in joined.suggestion.nl
    # accepted, the distrust is no longer told in the cause's advice
    accepted = [
        Acceptance(f"a{i}", fid, "Besproken", by="MT", on=date(2026, 9, 1))
        for i, fid in enumerate(
            ("TRUST_CITIZEN_DISTRUSTS_HANDLER:n1", "TRUST_MUTUAL_DISTRUST:corporatie+jansen")
        )
    ]
    after = analyse(example_case(), accepted=accepted).cause(cause)
    assert after is not None
    assert "vertrouwt" not in after.suggestion.nl
    assert "vertrouwen" not in after.detail.nl


def test_the_distrusted_manager_the_case_hangs_on_is_one_cause_with_the_backing() -> None:
    result = analyse(example_case())
    assert _cause_of(result, "STRUCTURE_CARRYING_ACTOR:manager_wi") == "theme:backing"
    backing = result.cause("theme:backing")
    assert backing is not None
    assert backing.title.nl == (
        "Wantrouwen op de lijn van het college van B&W naar de consulent wijkteam (Sanne); de "
        "casus hangt aan de manager Werk en Inkomen"
    )
    assert "Maak rugdekking expliciet" in backing.suggestion.nl
    assert "Zorg voor een tweede ambtelijke route" in backing.suggestion.nl
    # the manager's place in the network is the cause's evidence
    assert any("Werk en Inkomen" in e.nl for e in backing.evidence)


def test_with_two_people_distrusted_each_stays_a_cause_of_its_own() -> None:
    case = example_case()
    tie = Relationship(
        case.new_id(EntityKind.RELATIONSHIP),
        "consulent",
        "teamleider",
        RelationKind.TRUST,
        level=-1,
    )
    case.add(EntityKind.RELATIONSHIP, tie)
    result = analyse(case)
    assert _cause_of(result, "STRUCTURE_CARRYING_ACTOR:manager_wi") == "person:manager_wi"


def test_defects_of_one_mandate_decision_are_one_cause() -> None:
    result = analyse(example_case())
    assert _cause_of(result, "MANDATE_OBJECTION_SAME_HOLDER:m6") == "mandate:m7"
    joined = result.cause("mandate:m7")
    assert joined is not None
    assert "art. 10:4 lid 1 Awb" in joined.detail.nl
    assert "art. 10:3 lid 3 Awb" in joined.detail.nl
    assert "bezwaren tegen eigen besluiten naar een ander gaan" in joined.suggestion.nl
    # granted in another mandate decision: a cause of its own
    case = example_case()
    case.update(EntityKind.MANDATE, "m6", {"legal_basis": "Mandaatbesluit bezwaar 2024"})
    assert _cause_of(analyse(case), "MANDATE_OBJECTION_SAME_HOLDER:m6") == "mandate:m6"
