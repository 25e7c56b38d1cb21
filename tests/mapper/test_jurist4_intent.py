"""Jurist, third round M1: INTENT_NO_DEVIATION_POWER. A portfolio holder holds no power of its
own; when the college holds the room to deviate and has mandated it down its own line, that is
the lawful normal case and at most a note. A partner's own (private-law) decision is never the
municipality's room to deviate, and a partner's employee is never listed as holding it."""

from __future__ import annotations

import pytest

from mapper.findings import Severity
from models import Actor, ActorKind, CaseInfo, Power, PowerCategory, RuleType
from models.templates import TEMPLATES, template_case
from tests.mapper.legal_cases import AS_OF, BB, BEZ, FINE, KR, TV, M, case, of

WETHOUDER = Actor("weth", "Wethouder Armoede", ActorKind.ADMINISTRATOR, organisation="gem",
                  stance=2, public_body=False)  # fmt: skip
CORP = Actor("corp", "Woonconsulent corporatie", ActorKind.PARTNER, organisation="wc")
STAY = Power("stay", "Ontruiming aanhouden", PowerCategory.SUSPEND_ROUTINE, "Huurovereenkomst",
             RuleType.INTERNAL, holder="corp")  # fmt: skip
TOELATING = Power("shv", "Toelating schuldhulpverlening", PowerCategory.OTHER,
                  "Wgs art. 3; Beleidsregels schuldhulpverlening", RuleType.POLICY_RULE,
                  holder="college")  # fmt: skip
INFO = CaseInfo("t", intent="Gezin blijft wonen", as_of=AS_OF, intent_owner="weth")
POWERS = [BB, KR, TV, BEZ, FINE, STAY]


def test_the_college_that_mandated_the_room_to_deviate_makes_it_a_note() -> None:
    c = case(
        [M("m1", "college", "manager", "tv")], info=INFO, powers=POWERS, extra=[WETHOUDER, CORP]
    )
    [f] = of(c, "INTENT_NO_DEVIATION_POWER")
    assert f.severity == Severity.INFO
    assert f.title("nl") == (
        "De bevoegdheid om af te wijken ligt bij het college van B&W, niet bij de wethouder Armoede"
    )
    assert f.detail("nl") == (
        "De wethouder Armoede heeft als portefeuillehouder geen eigen bevoegdheid; de "
        "bevoegdheid ligt bij het college van B&W en is in mandaat gegeven aan de manager Werk "
        "en Inkomen."  # not "heeft die en heeft die bevoegdheid" (rev-jurist16 N10)
    )
    assert f.suggestion("nl") == "Zorg dat het college van B&W de bedoeling onderschrijft."
    assert "corporatie" not in f.detail("nl")
    assert "corp" not in f.actors
    assert "as portfolio holder" in f.detail("en")
    assert of(c, "INTENT_NOT_PASSED_DOWN") == []


def test_under_a_policy_rule_the_note_names_the_duty_to_depart_from_it() -> None:
    c = case(
        [M("m1", "college", "manager", "shv"), M("m2", "college", "teamleider", "shv")],
        info=INFO,
        powers=[*POWERS, TOELATING],
        extra=[WETHOUDER, CORP],
    )
    [f] = of(c, "INTENT_NO_DEVIATION_POWER")
    assert f.severity == Severity.INFO
    assert f.detail("nl").endswith(
        "in mandaat gegeven aan de manager Werk en Inkomen en de teamleider, die van de "
        "beleidsregels "
        "moeten afwijken waar toepassing onevenredig uitpakt (art. 4:84 Awb)."
    )


def test_when_nobody_below_the_college_holds_it_the_finding_stays_critical() -> None:
    c = case([], info=INFO, powers=POWERS, extra=[WETHOUDER, CORP])
    [f] = of(c, "INTENT_NO_DEVIATION_POWER")
    assert f.severity == Severity.CRITICAL
    assert "Alleen het college van B&W heeft zo'n bevoegdheid." in f.detail("nl")
    # the corporation's own decision is not the municipality's room to deviate
    assert "corporatie" not in f.detail("nl")
    assert "corp" not in f.actors
    # a hardship clause can be applied in mandate
    assert "of wie het die bevoegdheid heeft gemandateerd" in f.suggestion("nl")


def test_a_partner_employee_mandated_by_the_college_does_not_make_it_a_note() -> None:
    bank = Actor("bank", "Schuldhulpverlener Kredietbank", ActorKind.PARTNER, organisation="kb")
    c = case(
        [M("m1", "college", "bank", "tv", holder_works_under_grantor=False)],
        info=INFO,
        powers=POWERS,
        extra=[WETHOUDER, CORP, bank],
    )
    [f] = of(c, "INTENT_NO_DEVIATION_POWER")
    assert f.severity == Severity.CRITICAL
    assert "Kredietbank" not in f.detail("nl")


def test_a_supporter_who_holds_the_power_gets_no_such_finding() -> None:
    c = case(
        [M("m1", "college", "weth", "tv"), M("m2", "college", "manager", "tv")],
        info=INFO,
        powers=POWERS,
        extra=[WETHOUDER, CORP],
    )
    assert of(c, "INTENT_NO_DEVIATION_POWER") == []


@pytest.mark.parametrize("key", [t.key for t in TEMPLATES])
def test_no_template_reports_the_normal_arrangement_as_critical(key: str) -> None:
    c = template_case(key)
    found = of(c, "INTENT_NO_DEVIATION_POWER")
    assert [f.severity for f in found] == [Severity.INFO]
    partners = {a.id for a in c.actors if a.kind == ActorKind.PARTNER}
    assert not partners & set(found[0].actors)
    assert "ligt bij het college van B&W en is in mandaat gegeven aan" in found[0].detail("nl")
