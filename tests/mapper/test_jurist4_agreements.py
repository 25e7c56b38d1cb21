"""Jurist, third round W3 and M6: an agreement gives nobody a power the law gives to a body.

A breakthrough agreement that lets a municipal manager "decide" a moratorium (the college's
request to the court, art. 5 Wgs jo. Besluit gemeentelijke schuldhulpverlening) or a public
creditor's consent
to a settlement (its own
public-law decision) is a finding; the agreement can arrange a term and escalation, and the
body decides, or mandates the decision. A partner's own decision is named as the
organisation's, not its team's."""

from __future__ import annotations

from mapper import analyse
from mapper.findings import Severity
from models import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    EntityKind,
    Need,
    Power,
    PowerAct,
    PowerCategory,
    RuleType,
    Urgency,
)
from models.example import example_case
from models.templates import template_case
from tests.mapper.legal_cases import BB, START, M, case, of

MORATORIUM = Power("mor", "Moratorium aanvragen bij de rechtbank", PowerCategory.OTHER,
                   "Wet gemeentelijke schuldhulpverlening art. 5 jo. "
                   "Besluit gemeentelijke schuldhulpverlening (afkoelingsperiode)",
                   RuleType.STATUTE,
                   holder="college", act=PowerAct.REQUEST)  # fmt: skip
REQUEST = Need("n1", "Moratorium aanvragen", "mor", None, "consulent", ("gem",), Urgency.HIGH)


def _deal(decider: str | None) -> Agreement:
    return Agreement(
        "g1",
        "Doorbraakafspraak schulden",
        AgreementKind.BREAKTHROUGH,
        ("gem", "kb"),
        decider,
        ("mor",),
        valid_from=START,
    )


def test_an_agreement_cannot_give_a_manager_the_colleges_power() -> None:
    c = case([], powers=[BB, MORATORIUM], needs=[REQUEST], agreements=[_deal("manager")])
    assert of(c, "AGREEMENT_OVER_PUBLIC_POWER") == []  # no body of another organisation
    [f] = of(c, "AGREEMENT_DECIDER_NO_MANDATE")
    assert f.severity == Severity.WARNING
    assert f.title("nl") == (
        "De ‘Doorbraakafspraak schulden’ legt een verzoek van het college van B&W bij de manager "
        "Werk en Inkomen"
    )
    nl = f.detail("nl")
    assert "het verzoek indient (‘Moratorium aanvragen bij de rechtbank’)" in nl
    # a long role is named in full once, then by its role alone (jurist L3)
    assert "publiekrechtelijke bevoegdheid van het college van B&W, en de manager heeft" in nl
    # a request to the court is no besluit: machtiging, not mandate (jurist, fourth round N4)
    assert (
        "Een afspraak tussen organisaties geeft niemand een bevoegdheid die de wet aan een "
        "bestuursorgaan geeft: het college dient het verzoek zelf in, of machtigt de manager "
        "daartoe (art. 10:12 jo. 10:3 Awb)."
    ) in nl
    assert f.suggestion("nl").startswith("Laat het college van B&W het verzoek zelf indienen")
    assert f.needs == ("n1",)


def test_with_a_mandate_from_the_college_the_agreement_names_a_lawful_decider() -> None:
    mandated = [M("m1", "college", "manager", "mor")]
    c = case(mandated, powers=[BB, MORATORIUM], needs=[REQUEST], agreements=[_deal("manager")])
    assert of(c, "AGREEMENT_DECIDER_NO_MANDATE") == []
    # the college itself, or no decider at all, is lawful too
    for decider in ("college", None):
        c = case([], powers=[BB, MORATORIUM], needs=[REQUEST], agreements=[_deal(decider)])
        assert of(c, "AGREEMENT_DECIDER_NO_MANDATE") == []


def test_the_example_shows_both_forms() -> None:
    result = analyse(example_case())
    over = [f for f in result.findings if f.code == "AGREEMENT_OVER_PUBLIC_POWER"]
    assert [f.needs for f in over] == [("n7",)]
    # the Belastingsamenwerking's consent to the settlement is its own public-law decision
    nl = over[0].detail("nl")
    assert (
        "De ‘Doorbraakafspraak schulden Rivierland 2025’ wijst de manager Werk en Inkomen aan" in nl
    )
    # the organ is the invorderingsambtenaar, not the GR (jurist N2)
    assert "Wat de manager onder de afspraak beslist, bindt de invorderingsambtenaar niet." in nl
    assert "binnen welke termijn dat gebeurt en bij wie de casus kan worden geëscaleerd" in (
        over[0].suggestion("nl")
    )
    other = [f for f in result.findings if f.code == "NEED_OTHER_BODY_DECIDES"]
    assert [f.needs for f in other] == [("n7",)]
    # the moratorium is the college's, mandated to the team lead, not to the manager
    [own] = [f for f in result.findings if f.code == "AGREEMENT_DECIDER_NO_MANDATE"]
    assert own.needs == ("n4",)
    assert "publiekrechtelijke bevoegdheid van het college van B&W" in own.detail("nl")
    # without a decider, the agreement places nothing with anyone
    c = example_case()
    c.update(EntityKind.AGREEMENT, "g2", {"decider": None})
    codes = {f.code for f in analyse(c).findings}
    assert not codes & {"AGREEMENT_OVER_PUBLIC_POWER", "AGREEMENT_DECIDER_NO_MANDATE"}


def test_another_bodys_own_decision_is_not_said_to_be_out_of_reach() -> None:
    """Whether a public creditor agrees is its own decision: no "nobody near the case holds
    it, place it closer" on top of the note that says so."""
    codes = {f.code for f in analyse(example_case()).findings if "n7" in f.needs}
    assert codes == {"NEED_OTHER_BODY_DECIDES", "AGREEMENT_OVER_PUBLIC_POWER"}


def test_a_partners_own_decision_is_the_organisations_not_its_teams() -> None:
    ggz = Actor("ggzt", "GGZ-team Rivierland", ActorKind.PARTNER, organisation="ggz")
    start = Power(
        "start",
        "Behandeling starten",
        PowerCategory.OTHER,
        "Zorgovereenkomst",
        RuleType.INTERNAL,
        holder="ggzt",
    )
    need = Need(
        "n1", "GGZ-behandeling starten", "start", None, "consulent", ("gem", "ggz"), Urgency.HIGH
    )
    [f] = of(case([], powers=[BB, start], extra=[ggz], needs=[need]), "NEED_PARTNER_NOT_REACHED")
    assert f.title("nl").startswith(
        "‘GGZ-behandeling starten’ is een beslissing van GGZ Rivierland;"
    )
    assert (
        "is een eigen beslissing van GGZ Rivierland (geen besluit in de zin van art. 1:3 Awb);"
        in f.detail("nl")
    )
    assert "GGZ-team" not in f.title("nl")


def test_the_debt_template_arranges_the_public_creditors_decision_lawfully() -> None:
    """The template's breakthrough agreement leaves the Belastingsamenwerking's own decision
    with it (a term and escalation, no decider): nothing to report. Naming the manager as the
    decider is the defect."""
    c = template_case("debt_eviction")
    codes = {f.code for f in analyse(c).findings if "n4" in f.needs}
    assert not codes & {
        "AGREEMENT_OVER_PUBLIC_POWER",
        "NEED_OTHER_BODY_DECIDES",
        "NEED_NO_PUSH_THROUGH",
        "NEED_HOLDER_UNREACHABLE",
    }
    c.update(EntityKind.AGREEMENT, "g2", {"decider": "manager"})
    codes = {f.code for f in analyse(c).findings if "n4" in f.needs}
    assert codes == {"AGREEMENT_OVER_PUBLIC_POWER", "NEED_OTHER_BODY_DECIDES"}
