"""Third jurist review, building block 3: a partner's own decision never gets doorzettingsmacht
(W1), and a deviating decision goes to whoever may deviate (W2, W4)."""

from __future__ import annotations

from mapper.findings import Severity
from models import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Need,
    Power,
    PowerCategory,
    RelationKind,
    Relationship,
    RuleType,
    Urgency,
)
from tests.mapper.legal_cases import BB, START, M, case, codes, of

GGZ = Actor("ggzt", "GGZ-team Rivierland", ActorKind.PARTNER, organisation="ggz")
START_CARE = Power("start", "Behandeling starten", PowerCategory.OTHER,
                   "Behandelingsovereenkomst (art. 7:446 BW)", RuleType.INTERNAL,
                   holder="ggzt")  # fmt: skip
CARE = Need("n5", "GGZ-behandeling starten", "start", None, "consulent", ("gem", "ggz"),
            Urgency.HIGH)  # fmt: skip
CONTACT = Relationship("r1", "consulent", "ggzt", RelationKind.COLLABORATION, 1)
PUSH = ("NEED_NO_PUSH_THROUGH", "NEED_PUSH_THROUGH_FAR", "NEED_PUSH_THROUGH_UNREACHABLE")


def _care(**kw: object) -> set[str]:
    return codes(case([], powers=[BB, START_CARE], extra=[GGZ], needs=[CARE], **kw))  # type: ignore[arg-type]


def test_w1_a_partners_own_decision_in_contact_asks_for_priority_not_a_decider() -> None:
    c = case([], powers=[BB, START_CARE], extra=[GGZ], rels=[CONTACT], needs=[CARE])
    assert not set(PUSH) & codes(c)
    [f] = of(c, "NEED_PARTNER_NOT_REACHED")
    assert f.severity == Severity.CRITICAL  # urgent, and nothing agreed
    nl = f.detail("nl") + " " + f.suggestion("nl")
    assert "Dat beslist GGZ Rivierland zelf" in nl
    assert "niemand buiten GGZ Rivierland kan daarover doorzettingsmacht krijgen" in nl
    assert "heeft contact met" in nl
    assert "toont geen contact" not in nl
    assert f.suggestion("nl") == (
        # treatment: the insurer's duty of care, no priority lane (jurist 15, J16)
        "Maak met GGZ Rivierland en de zorgverzekeraar afspraken over een snelle "
        "urgentiebeoordeling en een escalatieroute, en over bij wie de consulent daar "
        "terechtkan."
    )
    assert "doorbraakafspraak" not in nl
    assert "wie beslist" not in nl
    assert "health insurer" in f.suggestion("en")


def test_w1_an_agreement_in_force_with_the_partner_stays_quiet() -> None:
    deal = Agreement(
        "a1",
        "Zorgafspraak",
        AgreementKind.COVENANT,
        ("gem", "ggz"),
        None,
        ("start",),
        valid_from=START,
    )
    quiet = _care(rels=[CONTACT], agreements=[deal])
    assert not {"NEED_PARTNER_NOT_REACHED", *PUSH} & quiet


def test_w1_without_contact_the_partner_is_out_of_reach_as_before() -> None:
    found = _care()
    assert "NEED_PARTNER_NOT_REACHED" in found
    assert not set(PUSH) & found


def test_w1_a_partners_volmacht_gets_no_push_through_either() -> None:
    # reached through the partner's volmacht (J8): still the partner's own decision
    volmacht = M("v1", "ggzt", "consulent", "start", legal_basis="")
    found = codes(case([volmacht], powers=[BB, START_CARE], extra=[GGZ], needs=[CARE]))
    assert "MANDATE_PRIVATE_LAW" in found
    assert not {"NEED_PARTNER_NOT_REACHED", *PUSH} & found


def test_w1_a_need_of_one_organisation_in_contact_stays_quiet() -> None:
    alone = Need("n5", "GGZ-behandeling starten", "start", None, "consulent", ("gem",))
    c = case([], powers=[BB, START_CARE], extra=[GGZ], rels=[CONTACT], needs=[alone])
    assert not {"NEED_PARTNER_NOT_REACHED", *PUSH} & codes(c)


def test_w1_the_example_prescribes_no_decider_over_ggz() -> None:
    from mapper import analyse
    from models.example import example_case

    result = analyse(example_case())
    assert "NEED_NO_PUSH_THROUGH" not in result.codes()
    [f] = [f for f in result.findings if f.id == "NEED_PARTNER_NOT_REACHED:n5"]
    assert "Maak met GGZ Rivierland en de zorgverzekeraar afspraken" in f.suggestion("nl")
    for cause in result.first():
        assert "doorbraakafspraak" not in cause.suggestion("nl")


# ---------------------------------------------------------------- W2: signing note and deviating
POLICY = Power("bbp", "Bijzondere bijstand", PowerCategory.SPEND_BUDGET,
               "Participatiewet art. 35; Beleidsregels 2025", RuleType.POLICY_RULE,
               holder="college")  # fmt: skip


def _signing_case(*, reserved: bool, deviates: bool) -> list[str]:
    from models import Instrument

    mandates = [
        M("m1", "college", "manager", "bbp", sub_mandate_levels=1),
        M("m2", "manager", "teamleider", "bbp", budget=5000, reserves_deviation=reserved),
        M("s1", "college", "consulent", "bbp", instrument=Instrument.SIGNING, legal_basis=""),
    ]
    need = Need(
        "n2", "Huurachterstand boven de norm", "bbp", 4200, "consulent", ("gem",), deviates=deviates
    )
    [f] = of(case(mandates, powers=[POLICY], needs=[need]), "MANDATE_SIGNING_NO_POWER")
    return [f.detail("nl"), f.detail("en")]


def test_w2_a_deviating_decision_goes_to_who_may_deviate() -> None:
    nl, en = _signing_case(reserved=True, deviates=True)
    assert (
        "‘Huurachterstand boven de norm’ wijkt af van de beleidsregel, en dat besluit neemt de "
        "manager Werk en Inkomen in mandaat."
    ) in nl
    assert "teamleider" not in nl.lower()
    assert "the Manager Werk en Inkomen takes it under mandate" in en


def test_w2_within_the_rule_or_unreserved_the_team_lead_takes_it() -> None:
    nl, _ = _signing_case(reserved=True, deviates=False)
    assert "‘Huurachterstand boven de norm’ neemt de teamleider in ondermandaat." in nl
    assert "wijkt af" not in nl
    # a mandate that does not reserve deviating carries it (Awb 4:84)
    nl, _ = _signing_case(reserved=False, deviates=True)
    assert "wijkt af van de beleidsregel, en dat besluit neemt de teamleider in ondermandaat" in nl


def test_w2_the_example_sends_the_rent_arrears_to_the_manager() -> None:
    from mapper import analyse
    from models.example import example_case

    [f] = [f for f in analyse(example_case()).findings if f.code == "MANDATE_SIGNING_NO_POWER"]
    nl = f.detail("nl")
    assert "‘Noodbudget voor de eerste huur en energie’ neemt de teamleider Wijkteam Noord" in nl
    assert "boven de norm’ wijkt af van de beleidsregel, en dat besluit neemt de manager" in nl
    assert "de norm’ en ‘Noodbudget" not in nl


# ---------------------------------------------------------------- W4: the power exists
def test_w4_a_deviation_from_a_statute_keeps_the_power_it_departs_from() -> None:
    objection = Need(
        "n1",
        "Bezwaar gegrond verklaren buiten de wet om",
        "bez",
        None,
        "consulent",
        ("gem",),
        deviates=True,
    )
    [f] = of(case([M("m6", "college", "manager", "bez")], needs=[objection]), "NEED_NO_HOLDER")
    nl = f.detail("nl")
    assert "niemand op de kaart" not in nl
    assert (
        "bestaat de bevoegdheid: het college van B&W en de manager Werk en Inkomen (in mandaat) "
        "hebben haar"
    ) in nl
    assert "een hardheidsclausule), en de kaart noemt die voor dit besluit niet" in nl
    assert f.title("nl").startswith("De regel biedt geen ruimte om af te wijken")
    # the lawful case: within the statute the manager takes it under mandate, no finding
    within = Need("n1", "Bezwaar", "bez", None, "consulent", ("gem",))
    assert "NEED_NO_HOLDER" not in codes(
        case([M("m6", "college", "manager", "bez")], needs=[within])
    )
    # a power nobody holds at all is still "nobody may decide"
    none = Need("n1", "Iets", "x", None, "consulent", ("gem",), deviates=True)
    loose = Power("x", "Iets", PowerCategory.OTHER, "", holder=None)
    [g] = of(case([], powers=[loose], needs=[none]), "NEED_NO_HOLDER")
    assert g.title("nl") == "Niemand mag beslissen over ‘Iets’"


# ---------------------------------------------------------------- M5: statutory discretion
def test_m5_statutory_discretion_applies_the_statute() -> None:
    from tests.mapper.legal_cases import TV

    need = Need("n6", "Afzien van terugvordering", "tv", None, "consulent", ("gem",))
    [f] = of(case([], powers=[TV], needs=[need]), "NEED_HOLDER_FAR")
    nl = f.detail("nl")
    assert "Deze bevoegdheid is zelf de ruimte die de wet laat (art. 58 lid 8" in nl
    assert "past de wet toe en wijkt er niet van af" in nl
    assert "Van een wettelijke regel kan worden afgeweken" not in nl
    # departing from a statute under a power that is no such clause keeps the strict text
    off = Need("n1", "Bezwaar buiten de wet om", "bez", None, "consulent", ("gem",), deviates=True)
    [g] = of(case([], needs=[off]), "NEED_NO_HOLDER")
    assert "zelf de ruimte die de wet laat" not in g.detail("nl")
    assert "een hardheidsclausule" in g.detail("nl")
