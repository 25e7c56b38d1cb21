"""A partner's own decision and the agreements a need relies on, both ways: the expired covenant
named with its date (jurist M3), an agreement ending before the deadline with or without a
decider, and the suggestion when no supporter of the intent may deviate."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mapper import analyse
from models import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    CaseInfo,
    EntityKind,
    Need,
    Power,
    PowerCategory,
    RuleType,
    Urgency,
)
from models.example import example_case
from tests.mapper.legal_cases import AS_OF, START, case, of

CORP = Actor("corp", "Woningcorporatie", ActorKind.PARTNER, organisation="wc")
STAY = Power("stay", "Ontruiming aanhouden", PowerCategory.OTHER, "Huurovereenkomst",
             RuleType.INTERNAL, holder="corp")  # fmt: skip
DEADLINE = date(2026, 11, 5)
NEED = Need("n1", "Ontruiming aanhouden", "stay", None, "consulent", ("gem", "wc"),
            Urgency.HIGH, deadline=DEADLINE)  # fmt: skip
COVENANT = Agreement("a1", "Convenant huisuitzettingen 2024", AgreementKind.COVENANT,
                     ("gem", "wc"), None, ("stay",), valid_from=START)  # fmt: skip


def test_the_expired_covenant_is_named_with_its_date() -> None:
    lapsed = replace(COVENANT, valid_until=date(2025, 12, 31))
    [f] = of(
        case([], powers=[STAY], extra=[CORP], needs=[NEED], agreements=[lapsed]),
        "NEED_PARTNER_NOT_REACHED",
    )
    assert (
        "Het ‘Convenant huisuitzettingen 2024’ dekte deze beslissing, maar is op 31 "
        "december 2025 verlopen."
    ) in f.detail("nl")
    # an expired covenant is entered into again, not extended (jurist 15, J17)
    assert f.suggestion("nl").startswith(
        "Zorg dat er vóór 5 november 2026 weer een afspraak met Woningcorporatie Thuisplus geldt: "
        "ga het ‘Convenant huisuitzettingen 2024’ opnieuw aan of maak een nieuwe;"
    )
    assert "Verleng" not in f.suggestion("nl")
    assert "expired on 31 December 2025" in f.detail("en")


def test_without_an_expired_agreement_nothing_is_said_to_have_expired() -> None:
    [f] = of(case([], powers=[STAY], extra=[CORP], needs=[NEED]), "NEED_PARTNER_NOT_REACHED")
    assert "verlopen" not in f.detail("nl")
    assert "Verleng" not in f.suggestion("nl")
    assert f.suggestion("nl").startswith("Maak met Woningcorporatie Thuisplus een afspraak")


def test_an_agreement_named_otherwise_is_quoted_with_its_kind() -> None:
    lapsed = replace(COVENANT, name="Afspraken wonen", valid_until=date(2025, 12, 31))
    [f] = of(
        case([], powers=[STAY], extra=[CORP], needs=[NEED], agreements=[lapsed]),
        "NEED_PARTNER_NOT_REACHED",
    )
    assert "Het convenant ‘Afspraken wonen’ dekte deze beslissing" in f.detail("nl")


def test_the_example_names_its_expired_covenant_in_the_finding_and_the_cause() -> None:
    result = analyse(example_case())
    [f] = [f for f in result.findings if f.id == "NEED_PARTNER_NOT_REACHED:n1"]
    text = (
        "Het ‘Convenant voorkomen huisuitzettingen Rivierstad 2024’ dekte deze beslissing, maar is "
    )
    assert text + "op 31 december 2025 verlopen." in f.detail("nl")
    [cause] = [c for c in result.causes if f.id in c.findings]
    assert text in cause.detail.nl
    assert "ga het ‘Convenant voorkomen huisuitzettingen Rivierstad 2024’ opnieuw aan" in (
        cause.suggestion.nl
    )


def test_an_agreement_without_a_decider_ending_before_the_deadline_is_a_finding() -> None:
    # the covenant covers the corporation's own decision; it ends on 1 November, the eviction
    # is on 5 November
    ending = replace(COVENANT, valid_until=date(2026, 11, 1))
    [f] = of(
        case([], powers=[STAY], extra=[CORP], needs=[NEED], agreements=[ending]),
        "AGREEMENT_EXPIRES_BEFORE_DEADLINE",
    )
    assert "1 november 2026" in f.detail("nl")
    assert "5 november 2026" in f.detail("nl")
    assert f.needs == ("n1",)
    lasting = replace(COVENANT, valid_until=date(2026, 12, 31))
    assert (
        of(
            case([], powers=[STAY], extra=[CORP], needs=[NEED], agreements=[lasting]),
            "AGREEMENT_EXPIRES_BEFORE_DEADLINE",
        )
        == []
    )


def test_the_example_renewed_until_before_the_eviction_says_so() -> None:
    c = example_case()
    c.update(EntityKind.AGREEMENT, "g1", {"valid_until": date(2026, 10, 31)})
    [f] = [f for f in analyse(c).findings if f.code == "AGREEMENT_EXPIRES_BEFORE_DEADLINE"]
    assert f.needs == ("n1",)
    assert "31 oktober 2026" in f.detail("nl")
    c.update(EntityKind.AGREEMENT, "g1", {"valid_until": date(2027, 12, 31)})
    assert not [f for f in analyse(c).findings if f.code == "AGREEMENT_EXPIRES_BEFORE_DEADLINE"]


def test_the_no_deviation_power_suggestion_follows_the_rule_deviated_from() -> None:
    owner = Actor("weth", "Wethouder", ActorKind.ADMINISTRATOR, organisation="gem", stance=2)
    info = CaseInfo("t", intent="Gezin blijft wonen", as_of=AS_OF, intent_owner="weth")
    [f] = of(case([], info=info, extra=[owner]), "INTENT_NO_DEVIATION_POWER")
    text = f.suggestion("nl")
    assert "aan de eigenaar mandateren" not in text
    assert "van een beleidsregel wie onder die regel beslist" in text
    assert "art. 4:84 Awb" in text
    assert "hardheidsclausule" in text
    assert "4:84" in f.suggestion("en")
    # the other way: the college owns the intent and holds the powers: no such finding
    college = CaseInfo("t", intent="Gezin blijft wonen", as_of=AS_OF, intent_owner="college")
    assert of(case([], info=college, extra=[owner]), "INTENT_NO_DEVIATION_POWER") == []


GGZ = Actor("ggzt", "GGZ-team", ActorKind.PARTNER, organisation="ggz")
START_TREATMENT = Power("start", "Behandeling starten", PowerCategory.OTHER,
                        "Behandelingsovereenkomst (art. 7:446 BW)", RuleType.INTERNAL,
                        holder="ggzt")  # fmt: skip
TREAT = Need("n1", "GGZ-behandeling starten", "start", None, "consulent", ("gem", "ggz"),
             Urgency.HIGH)  # fmt: skip


def _treatment(decider: str | None) -> list[str]:
    deal = Agreement(
        "g3",
        "Afspraak GGZ-voorrang",
        AgreementKind.COVENANT,
        ("gem", "ggz"),
        decider,
        ("start",),
        valid_from=START,
    )
    c = case([], powers=[START_TREATMENT], extra=[GGZ], needs=[TREAT], agreements=[deal])
    return [f.code for f in analyse(c).findings if "n1" in f.needs]


def test_a_municipal_decider_over_a_providers_treatment_decision_is_named() -> None:
    assert _treatment("manager") == ["AGREEMENT_DECIDER_OVER_PARTNER"]
    deal = Agreement(
        "g3",
        "Afspraak GGZ-voorrang",
        AgreementKind.COVENANT,
        ("gem", "ggz"),
        "manager",
        ("start",),
        valid_from=START,
    )
    c = case([], powers=[START_TREATMENT], extra=[GGZ], needs=[TREAT], agreements=[deal])
    [f] = of(c, "AGREEMENT_DECIDER_OVER_PARTNER")
    assert "niemand buiten GGZ Rivierland kan een eigen besluit van een partner nemen" in f.detail(
        "nl"
    )
    assert "Volgens ‘Afspraak GGZ-voorrang’ beslist de manager Werk en Inkomen" in f.detail("nl")
    assert f.suggestion("nl").startswith("Pas ‘Afspraak GGZ-voorrang’ aan")
    assert "voorrang" in f.suggestion("nl")
    assert set(f.actors) == {"consulent", "manager", "ggzt"}


def test_an_agreement_on_how_the_provider_decides_is_no_finding() -> None:
    # no decider, or the provider's own team as decider: the provider decides itself
    assert _treatment(None) == []
    assert _treatment("ggzt") == []
