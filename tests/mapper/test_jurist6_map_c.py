"""Jurist, fifth round, map C (J20, J21): Participatiewet through a joint arrangement.

- J20: a college mandate for a power the college delegated to the GR's dagelijks bestuur is a
  defect of its own (withdraw it), not the reason the GR consulent's decision is blocked.
- J21: a decision of the college that it mandated to its manager sends the GR's consulent to
  that manager, and block 2 reckons the route to him.
"""

from __future__ import annotations

from datetime import date

from mapper import analyse
from mapper.analysis import Analysis
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Instrument,
    Need,
    Power,
    PowerCategory,
    RelationKind,
    Relationship,
    RuleType,
    Urgency,
)
from tests.mapper.legal_cases import AS_OF, ORGS, M, actors, lines

AB = Power("ab", "Algemene bijstand toekennen", PowerCategory.OTHER, "Participatiewet art. 43",
           RuleType.STATUTE, holder="college")  # fmt: skip
BB = Power("bb", "Bijzondere bijstand verlenen", PowerCategory.SPEND_BUDGET,
           "Participatiewet art. 35", RuleType.POLICY_RULE, holder="college")  # fmt: skip


def map_c(
    *, stale: bool = True, mandated: bool = True, deadline: date = date(2026, 10, 15)
) -> Case:
    gr = [
        Actor("db", "Dagelijks bestuur Werkbedrijf", ActorKind.ADMINISTRATOR, organisation="gr"),
        Actor("dir", "Directeur Werkbedrijf", ActorKind.EXECUTIVE, organisation="gr"),
        Actor("cgr", "Consulent inkomen Werkbedrijf", ActorKind.PROFESSIONAL, organisation="gr"),
    ]
    h = RelationKind.HIERARCHY
    rels = [
        Relationship("g1", "db", "dir", h),
        Relationship("g2", "dir", "cgr", h),
        Relationship("g3", "dir", "manager", RelationKind.ESCALATION),
    ]
    mandates = [
        M(
            "d1",
            "college",
            "db",
            "ab",
            instrument=Instrument.DELEGATION,
            legal_basis="Gemeenschappelijke regeling Werkbedrijf art. 5",
        ),
        M("m1", "db", "dir", "ab", sub_mandate_levels=1, consent=True),
        M("m2", "dir", "cgr", "ab"),
    ]
    if stale:
        mandates.append(M("m3", "college", "manager", "ab"))
    if mandated:
        mandates.append(M("m4", "college", "manager", "bb", budget=10000))
    needs = [
        Need(
            "n2",
            "Bijzondere bijstand € 6.000 voor woninginrichting",
            "bb",
            6000,
            "cgr",
            ("gem", "gr"),
            Urgency.HIGH,
            deadline=deadline,
        ),
    ]
    info = CaseInfo("Map C", as_of=AS_OF, step_days=10)
    return Case.from_parts(
        info, actors(*gr), lines(*rels), mandates, needs, organisations=ORGS, powers=[AB, BB]
    )


def _of(a: Analysis, code: str) -> list:  # type: ignore[type-arg]
    return [f for f in a.findings if f.code == code]


def test_a_stale_mandate_after_delegation_is_withdrawn_as_a_cause_of_its_own() -> None:
    a = analyse(map_c())
    [f] = _of(a, "MANDATE_GRANTOR_DELEGATED_AWAY")
    assert f.suggestion("nl").startswith("Trek het mandaat aan de manager Werk en Inkomen in.")
    assert "zou instemming vragen (art. 10:4 Awb) en dient geen doel" in f.suggestion("nl")
    assert "dit mandaat verlenen" not in f.suggestion("nl")
    assert "Withdraw the mandate to the Manager Werk en Inkomen" in f.suggestion("en")
    (cause,) = [c for c in a.causes if f.id in c.findings]
    assert cause.id.startswith("mandate:")
    assert cause.held_up == ()


def test_the_delegate_of_the_same_organisation_may_grant_it_again() -> None:
    # without the delegation to another organisation the remedy may be a new mandate
    c = map_c()
    from models import EntityKind

    c.update(EntityKind.ACTOR, "db", {"organisation": "gem"})
    [f] = _of(analyse(c), "MANDATE_GRANTOR_DELEGATED_AWAY")
    assert f.suggestion("nl").startswith("Trek het mandaat in; is het nog nodig")
    assert "instemming" not in f.suggestion("nl")


def test_the_gr_consulent_is_sent_to_the_manager_the_college_mandated() -> None:
    a = analyse(map_c())
    [f] = _of(a, "NEED_OTHER_BODY_DECIDES")
    assert (
        "is een besluit van het college van B&W; in mandaat beslist de manager Werk en Inkomen "
        "(tot € 10.000)."
    ) in f.detail("nl")
    assert f.suggestion("nl").startswith("Spreek met de manager Werk en Inkomen af")
    # block 2 reckons the route to him: two steps of ten working days, 29 October
    [late] = _of(a, "NEED_TOO_LATE_BY_DESIGN")
    assert "op zijn vroegst op 29 oktober 2026 bij de manager" in late.detail("nl")
    # one decision, two findings: not "twee benodigde besluiten wachten"
    (cause,) = [c for c in a.causes if late.id in c.findings]
    assert "twee benodigde besluiten" not in cause.title.nl


def test_without_a_mandate_the_college_decides_itself() -> None:
    a = analyse(map_c(mandated=False))
    [f] = _of(a, "NEED_OTHER_BODY_DECIDES")
    assert "in mandaat beslist" not in f.detail("nl")
    assert ", dat daarover zelf beslist." in f.detail("nl")
    assert f.suggestion("nl").startswith("Spreek met het college van B&W af")
    assert _of(a, "NEED_TOO_LATE_BY_DESIGN") == []
