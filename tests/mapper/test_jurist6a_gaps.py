"""Jurist, sixth round N3: a gap in the map is a note for whoever draws it, never a beslispunt."""

from __future__ import annotations

from exports.decisions import decision_points
from mapper import analyse
from mapper.findings import Finding, Severity
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Need,
    Power,
    PowerCategory,
    RelationKind,
    Relationship,
    RuleType,
    Urgency,
)
from tests.mapper.legal_cases import AS_OF, ORGS, case

WMO = Power("wmo", "Maatwerkvoorziening Wmo toekennen", PowerCategory.SPEND_BUDGET,
            "Wmo 2015 art. 2.3.5", RuleType.ORDINANCE, holder="college")  # fmt: skip
NEED = Need("n1", "Verlenging begeleiding", "wmo", None, "consulent", ("gem",), Urgency.HIGH)
CITIZEN = Actor("inwoner", "Inwoner", ActorKind.CITIZEN)
ALONE = Actor("wh", "Wethouder Zorg", ActorKind.ADMINISTRATOR, organisation="gem")


def _no_decider(powers: list[Power], needs: list[Need]) -> list[Finding]:
    c = case([], info=CaseInfo("t", as_of=AS_OF), powers=powers, needs=needs, extra=[CITIZEN])
    return [f for f in analyse(c).findings if f.code == "SIGNAL_NO_DECIDER"]


def test_the_college_on_the_map_makes_no_decider_a_note_in_her_words() -> None:
    [f] = _no_decider([WMO], [NEED])
    assert f.severity == Severity.INFO
    assert f.title("nl") == "De kaart legt niet vast wie beslist dat een casus maatwerk vraagt"
    assert f.detail("nl") == (
        "De kaart noemt geen bevoegdheid tot triage, afwijken van een regel of opschorten van "
        "de routine. Het college van B&W, dat over ‘Maatwerkvoorziening Wmo toekennen’ beslist "
        "(art. 2.3.5 Wmo 2015), kan van zijn eigen beleidsregels afwijken (art. 4:84 Awb)."
    )
    assert f.suggestion("nl") == (
        "Het college van B&W kan in het mandaatbesluit of een werkinstructie beleggen wie "
        "beslist dat een casus maatwerk vraagt."
    )
    assert (
        f.title("en") == "The map does not lay down who decides that a case needs a custom solution"
    )
    assert "(Awb 4:84)" in f.detail("en")
    assert "Niemand mag" not in f.title("nl")
    assert "op de kaart" not in f.suggestion("nl")


def test_without_a_public_body_deciding_the_case_nobody_may_decide_stays_critical() -> None:
    [f] = _no_decider([], [])
    assert f.severity == Severity.CRITICAL
    assert f.title("nl") == "Niemand mag besluiten dat afwijken nodig is"
    assert f.title("en") == "Nobody may decide that deviation is needed"


def _small() -> Case:
    """The college decides through a consulent; a wethouder is drawn but connected to nobody."""
    info = CaseInfo("t", intent="Inwoner krijgt passende hulp", as_of=AS_OF, intent_owner="college")
    acts = [
        Actor("college", "College van B&W", ActorKind.ADMINISTRATOR, organisation="gem"),
        Actor("consulent", "Consulent", ActorKind.PROFESSIONAL, organisation="sd"),
        ALONE,
    ]
    rels = [Relationship("h1", "college", "consulent", RelationKind.HIERARCHY)]
    return Case.from_parts(info, acts, rels, [], [NEED], organisations=ORGS, powers=[WMO])


def test_a_gap_in_the_map_gives_no_beslispunt() -> None:
    c = _small()
    result = analyse(c)
    first = {f.code for c in result.first() for f in result.findings_of(c)}
    assert {"STRUCTURE_ISOLATED_ACTOR", "SIGNAL_NO_DECIDER"} <= first
    for lang in ("nl", "en"):
        points = "\n".join(decision_points(c, result, lang))
        assert points  # the other first causes still give their points
        for words in (
            "op de kaart",
            "verwijder de actor",
            "on the map",
            "remove the actor",
            "wethouder zorg",
        ):
            assert words not in points.lower(), (lang, points)


def test_a_bestuursorgaan_is_no_bridge_that_can_fall_away() -> None:
    # N7: politics and civil service meet through the college by law (J23 in the analysis)
    base = _small()
    manager = Actor("manager", "Manager", ActorKind.MANAGER, organisation="sd")
    rels = [*base.relationships, Relationship("h2", "college", "manager", RelationKind.HIERARCHY)]
    c = Case.from_parts(
        base.info, [*base.actors, manager], rels, [], [NEED], organisations=ORGS, powers=[WMO]
    )
    found = analyse(c).findings
    assert not [f for f in found if f.code == "SPHERES_SINGLE_BRIDGE"]
    assert not [f for f in found if "valt die weg" in f.detail("nl")]
