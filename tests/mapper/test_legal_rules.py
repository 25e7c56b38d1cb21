"""Awb title 10.1: one test per rule of issue 10, both directions (the defect found with its
article and lid, the lawful variant clean). Deviating (rule 11) is in test_legal_deviation,
public bodies and partners in test_legal_partners, whole cases in test_legal_whole."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mapper.findings import Severity
from models import (
    Actor,
    ActorKind,
    Instrument,
    MandateRule,
    Need,
    Power,
    PowerCategory,
    Practice,
    RelationKind,
    Relationship,
    RuleType,
    Scope,
    Urgency,
)
from tests.mapper.legal_cases import (
    BB,
    KR,
    LEGAL,
    M,
    case,
    codes,
    ctx,
    findings,
    lawful,
    of,
)

D = Instrument.DELEGATION

GR = Actor("gr_db", "Dagelijks bestuur GR", ActorKind.ADMINISTRATOR, organisation="gr")
BANK = Actor("bank", "Schuldhulpverlener Kredietbank", ActorKind.PARTNER, organisation="kb")
GR_LINE = Relationship("g1", "gr_db", "college", RelationKind.ACCOUNTABILITY)
BANK_LINE = Relationship("k1", "bank", "college", RelationKind.ACCOUNTABILITY)


def legal_codes(c: object, practice: Practice | None = None) -> set[str]:
    return codes(c, practice) & LEGAL  # type: ignore[arg-type]


# ---------------------------------------------------------------- rule 1: Awb 10:13
def test_10_13_a_mandate_holder_cannot_delegate_and_its_receiver_holds_nothing() -> None:
    c = case(
        [
            M("m1", "college", "manager", "bb", sub_mandate_levels=1),
            M("d1", "manager", "gr_db", "bb", instrument=D, legal_basis="Wgr art. 30"),
        ],
        extra=[GR],
        rels=[GR_LINE],
    )
    [f] = of(c, "DELEGATION_BY_MANDATE_HOLDER")
    assert f.severity == Severity.CRITICAL
    assert "art. 10:13 Awb" in f.detail("nl")
    assert f.mandates == ("d1", "m1")
    assert ctx(c).authority.grant("gr_db", "bb") is None
    assert ctx(c).authority.grant("manager", "bb") is not None  # 10:17 not triggered


def test_10_13_the_body_that_holds_the_power_delegates_it() -> None:
    c = case(
        [M("d1", "college", "gr_db", "bb", instrument=D, legal_basis="Wgr art. 30")],
        extra=[GR],
        rels=[GR_LINE],
    )
    assert legal_codes(c) == set()
    grant = ctx(c).authority.grant("gr_db", "bb")
    assert grant is not None
    assert grant.basis == "delegation"


# ---------------------------------------------------------------- rule 2: Awb 10:17
def test_10_17_delegating_one_spending_power_leaves_the_others_intact() -> None:
    need = Need("n1", "Bijzondere bijstand", "bb", 500, "consulent", ("gem",), Urgency.HIGH)
    c = case(
        [
            M("d1", "college", "gr_db", "kr", instrument=D, legal_basis="Wgr art. 30"),
            M("m1", "college", "manager", "bb", sub_mandate_levels=2),
            M("m2", "manager", "teamleider", "bb"),
            M("m3", "teamleider", "consulent", "bb"),
        ],
        extra=[GR],
        rels=[GR_LINE],
        needs=[need],
    )
    auth = ctx(c).authority
    assert all(auth.valid(m) for m in ("d1", "m1", "m2", "m3"))
    assert auth.grant("college", "bb") is not None
    assert auth.grant("college", "kr") is None  # that one power is gone
    assert auth.grant("consulent", "bb") is not None
    found = [f for f in findings(c) if f.code in LEGAL or f.code.startswith("NEED_")]
    assert [f.code for f in found] == []
    texts = " ".join(
        f.suggestion(lang) + f.detail(lang) for f in findings(c) for lang in ("nl", "en")
    )
    assert "intrek" not in texts
    assert "trek de delegatie" not in texts
    assert "withdraw" not in texts


def test_10_17_mandating_the_very_power_delegated_away_is_void() -> None:
    c = case(
        [
            M("d1", "college", "gr_db", "kr", instrument=D, legal_basis="Wgr art. 30"),
            M("m1", "college", "manager", "kr"),
        ],
        extra=[GR],
        rels=[GR_LINE],
    )
    [f] = of(c, "MANDATE_GRANTOR_DELEGATED_AWAY")
    assert "art. 10:17 Awb" in f.detail("nl")
    assert f.mandates == ("m1", "d1")
    # the delegate is of another organisation: withdraw the stale mandate (jurist round 5, J20)
    assert "Het dagelijks bestuur van GR heeft de bevoegdheid nu" in f.suggestion("nl")
    assert "delegatie" not in f.suggestion("nl")  # no advice to revoke a lawful delegation


# ---------------------------------------------------------------- rule 3: Awb 10:4
def test_10_4_consent_for_a_holder_outside_the_grantors_responsibility() -> None:
    unknown = case([M("m1", "college", "bank", "kr")], extra=[BANK], rels=[BANK_LINE])
    [f] = of(unknown, "MANDATE_CONSENT_UNKNOWN")
    assert "art. 10:4 lid 1 Awb" in f.detail("nl")
    refused = case(
        [M("m1", "college", "bank", "kr", consent=False)], extra=[BANK], rels=[BANK_LINE]
    )
    assert "MANDATE_CONSENT_MISSING" in codes(refused)
    assert ctx(refused).authority.grant("bank", "kr") is None
    given = case([M("m1", "college", "bank", "kr", consent=True)], extra=[BANK], rels=[BANK_LINE])
    assert legal_codes(given) == set()


def test_10_4_no_consent_where_the_statute_provides_for_the_mandate() -> None:
    provided = replace(KR, mandate=MandateRule.PROVIDED)
    c = case(
        [M("m1", "college", "bank", "kr")], powers=[BB, provided], extra=[BANK], rels=[BANK_LINE]
    )
    assert legal_codes(c) == set()


def test_10_4_follows_responsibility_not_organisation_names() -> None:
    # The manager's department ("Sociaal Domein") is part of the municipality: no consent.
    assert legal_codes(case([M("m1", "college", "manager", "bb")])) == set()
    # Said explicitly on the mandate, both ways.
    inside = M("m1", "college", "bank", "kr", holder_works_under_grantor=True)
    assert legal_codes(case([inside], extra=[BANK], rels=[BANK_LINE])) == set()
    outside = M("m1", "college", "manager", "bb", holder_works_under_grantor=False)
    assert "MANDATE_CONSENT_UNKNOWN" in legal_codes(case([outside]))
    # Another public body never works under the grantor's responsibility.
    other_body = M("m1", "college", "raad", "bb")
    assert "MANDATE_CONSENT_UNKNOWN" in legal_codes(case([other_body]))


# ---------------------------------------------------------------- rule 4: Awb 10:5 lid 2
def test_10_5_lid_2_a_mandate_for_one_case_outside_must_be_in_writing() -> None:
    oral = M("m1", "college", "bank", "kr", scope=Scope.CASE, in_writing=False, consent=True)
    [f] = of(case([oral], extra=[BANK], rels=[BANK_LINE]), "MANDATE_CASE_NOT_IN_WRITING")
    assert "art. 10:5 lid 2 Awb" in f.detail("nl")
    own = M("m1", "college", "manager", "bb", scope=Scope.CASE, in_writing=False)
    assert legal_codes(case([own])) == set()
    general = M("m1", "college", "manager", "bb", in_writing=False)
    [g] = of(case([general]), "MANDATE_GENERAL_NOT_IN_WRITING")
    assert "art. 10:5 lid 2 Awb" in g.detail("nl")
    # a warning: the decisions are at risk in objection, not simply without competence
    assert g.severity == Severity.WARNING
    assert "bevoegdheidsgrondslag" not in g.detail("nl")
    assert "kunnen in bezwaar of beroep als onbevoegd genomen worden aangemerkt" in g.detail("nl")


def test_10_4_lid_1_names_the_employer_the_map_knows() -> None:
    # the map knows the holder's organisation: no "als die ... van een ander"
    [f] = of(
        case([M("m1", "college", "bank", "kr")], extra=[BANK], rels=[BANK_LINE]),
        "MANDATE_CONSENT_UNKNOWN",
    )
    assert "als die onder verantwoordelijkheid van een ander" not in f.detail("nl")
    assert "instemming nodig van de gemandateerde en van Kredietbank Rivierland" in f.detail("nl")
    assert "(art. 10:4 lid 1 Awb)" in f.detail("nl")


# ---------------------------------------------------------------- rule 5: Awb 10:3 lid 2
def _rules(rule_type: RuleType, mandate: MandateRule = MandateRule.ALLOWED) -> Power:
    return Power(
        "reg",
        "Regels vaststellen",
        PowerCategory.SET_RULES,
        "Gemeentewet art. 147",
        rule_type,
        holder="college",
        mandate=mandate,
    )


def test_10_3_lid_2_a_generally_binding_rules_are_not_mandated() -> None:
    c = case([M("m1", "college", "manager", "reg")], powers=[_rules(RuleType.ORDINANCE)])
    [f] = of(c, "MANDATE_NOT_MANDATABLE")
    assert f.severity == Severity.CRITICAL
    assert "art. 10:3 lid 2 onder a Awb" in f.detail("nl")
    assert "10:3(2)(a)" in f.detail("en")


def test_10_3_lid_2_a_unless_provided_and_not_for_policy_rules_or_instructions() -> None:
    provided = _rules(RuleType.ORDINANCE, MandateRule.PROVIDED)
    assert legal_codes(case([M("m1", "college", "manager", "reg")], powers=[provided])) == set()
    for kind in (RuleType.POLICY_RULE, RuleType.INTERNAL):
        c = case([M("m1", "college", "manager", "reg")], powers=[_rules(kind)])
        assert legal_codes(c) == set(), kind


def test_10_3_lid_2_b_c_a_power_the_rule_excludes_from_mandate() -> None:
    excluded = replace(BB, mandate=MandateRule.FORBIDDEN)
    c = case([M("m1", "college", "manager", "bb")], powers=[excluded])
    [f] = of(c, "MANDATE_EXCLUDED")
    assert "art. 10:3 lid 2 onder b of c Awb" in f.detail("nl")
    assert ctx(c).authority.grant("manager", "bb") is None


# ---------------------------------------------------------------- rule 6: Awb 10:3 lid 4
def test_10_3_lid_4_no_fine_above_340_for_whoever_drew_up_the_report() -> None:
    boa = Actor("boa", "Handhaver", ActorKind.PROFESSIONAL, organisation="sd", tags=("rapporteur",))
    line = Relationship("b1", "manager", "boa", RelationKind.HIERARCHY)
    c = case([M("m1", "college", "boa", "boete")], extra=[boa], rels=[line])
    [f] = of(c, "MANDATE_FINE_REPORTER")
    assert "art. 10:3 lid 4 Awb" in f.detail("nl")
    assert "5:53" in f.detail("nl")
    # per violation: no speculation, and the mandate is not void for what others reported
    assert f.severity == Severity.WARNING
    assert "per overtreding" in f.detail("nl")
    assert "zou" not in f.title("nl")
    assert ctx(c).authority.valid("m1")
    # art. 5:53 Awb turns on the fine the violation carries, not on the mandate's ceiling:
    # a mandate capped at € 300 for a violation that carries more still falls under 10:3 lid 4
    small = case([M("m1", "college", "boa", "boete", budget=300)], extra=[boa], rels=[line])
    [g] = of(small, "MANDATE_FINE_REPORTER")
    assert "Als voor de overtreding een boete van meer dan € 340 kan worden opgelegd" in g.detail(
        "nl"
    )
    assert "dus ook boven" not in g.detail("nl")


def test_10_3_lid_4_someone_who_only_passed_on_a_signal_is_not_the_reporter() -> None:
    melder = Actor("boa", "Melder", ActorKind.PROFESSIONAL, organisation="sd", tags=("melder",))
    line = Relationship("b1", "manager", "boa", RelationKind.HIERARCHY)
    assert (
        legal_codes(case([M("m1", "college", "boa", "boete")], extra=[melder], rels=[line]))
        == set()
    )


# ---------------------------------------------------------------- rule 7: Awb 10:9
def test_10_9_the_root_body_chooses_how_far_sub_mandate_goes() -> None:
    chain = [
        M("m1", "college", "manager", "bb", sub_mandate_levels=1),
        M("m2", "manager", "teamleider", "bb"),
        M("m3", "teamleider", "consulent", "bb"),
    ]
    [f] = of(case(chain), "MANDATE_SUBMANDATE_NOT_ALLOWED")
    assert f.mandates == ("m1", "m2", "m3")
    assert "art. 10:9 lid 1 Awb" in f.detail("nl")
    two = [replace(chain[0], sub_mandate_levels=2), *chain[1:]]
    assert legal_codes(case(two)) == set()
    assert ctx(case(two)).authority.grant("consulent", "bb") is not None


def test_10_9_an_intermediate_holder_cannot_widen_it() -> None:
    chain = [
        M("m1", "college", "manager", "bb", sub_mandate_levels=1),
        M("m2", "manager", "teamleider", "bb", sub_mandate_levels=3),
        M("m3", "teamleider", "consulent", "bb"),
    ]
    found = legal_codes(case(chain))
    assert found == {"MANDATE_SUBMANDATE_WIDENED", "MANDATE_SUBMANDATE_NOT_ALLOWED"}
    [w] = of(case(chain), "MANDATE_SUBMANDATE_WIDENED")
    assert w.severity == Severity.WARNING
    assert "art. 10:9 lid 1 Awb" in w.detail("nl")
    assert ctx(case(chain)).authority.grant("consulent", "bb") is None
    narrower = [replace(chain[0], sub_mandate_levels=2), replace(chain[1], sub_mandate_levels=0)]
    assert legal_codes(case([*narrower, chain[2]])) == {"MANDATE_SUBMANDATE_NOT_ALLOWED"}


# ---------------------------------------------------------------- rule 8: Awb 10:3 lid 3
def test_10_3_lid_3_not_on_the_objection_to_ones_own_decision() -> None:
    jurist = Actor(
        "jurist", "Jurist", ActorKind.PROFESSIONAL, organisation="sd", tags=("primair besluit",)
    )
    line = Relationship("j1", "manager", "jurist", RelationKind.HIERARCHY)
    c = case([M("m1", "college", "jurist", "bez")], extra=[jurist], rels=[line])
    [f] = of(c, "MANDATE_OBJECTION_PRIMARY_DECIDER")
    assert f.severity == Severity.CRITICAL
    assert "art. 10:3 lid 3 Awb" in f.detail("nl")
    clean = replace(jurist, tags=())
    assert (
        legal_codes(case([M("m1", "college", "jurist", "bez")], extra=[clean], rels=[line]))
        == set()
    )


def test_10_3_lid_3_holding_both_mandates_is_a_risk_not_a_defect() -> None:
    c = case([M("m1", "college", "manager", "bez"), M("m2", "college", "manager", "bb")])
    [f] = of(c, "MANDATE_OBJECTION_SAME_HOLDER")
    assert f.severity == Severity.INFO
    assert "Dat mag" in f.detail("nl")
    assert "art. 10:3 lid 3 Awb" in f.detail("nl")
    assert ctx(c).authority.valid("m1")


# ---------------------------------------------------------------- rule 9: Awb 10:14
def test_10_14_a_council_drawn_above_the_college_has_no_subordinate_in_it() -> None:
    regels = Power(
        "reg",
        "Verordening",
        PowerCategory.SET_RULES,
        "Gemeentewet art. 147",
        RuleType.ORDINANCE,
        holder="raad",
    )
    line = Relationship("a1", "college", "raad", RelationKind.ACCOUNTABILITY)
    c = case(
        [M("d1", "raad", "college", "reg", instrument=D, legal_basis="Gemeentewet art. 156")],
        powers=[regels],
        rels=[line],
    )
    assert legal_codes(c) == set()


def test_10_14_delegation_down_the_civil_service_is_to_a_subordinate() -> None:
    c = case([M("d1", "college", "manager", "bb", instrument=D, legal_basis="Wet X")])
    [f] = of(c, "DELEGATION_TO_SUBORDINATE")
    assert "art. 10:14 Awb" in f.detail("nl")
    assert ctx(c).authority.grant("manager", "bb") is None


# ---------------------------------------------------------------- rule 10: Awb 10:16 lid 2
def test_10_16_lid_2_a_delegation_needs_a_line_back_too() -> None:
    bare = case(
        [M("d1", "college", "gr_db", "kr", instrument=D, legal_basis="Wgr art. 30")], extra=[GR]
    )
    [f] = of(bare, "DELEGATION_NO_INFO_LINE")
    assert "art. 10:16 lid 2 Awb" in f.detail("nl")
    # the duty to inform exists by statute; only how it is arranged is missing from the map
    assert "bestaat op grond van de wet" in f.detail("nl")
    assert f.title("nl").startswith("De kaart toont geen lijn")
    lined = case(
        [M("d1", "college", "gr_db", "kr", instrument=D, legal_basis="Wgr art. 30")],
        extra=[GR],
        rels=[GR_LINE],
    )
    assert legal_codes(lined) == set()


def test_10_6_the_duty_to_inform_exists_the_map_lacks_its_arrangement() -> None:
    c = case([M("m1", "college", "bank", "kr", consent=True)], extra=[BANK])
    [f] = of(c, "MANDATE_NO_INFO_LINE")
    # art. 10:6 lid 1 (instructions) and lid 2 (information) cited apart; the body with the power
    # stays responsible (10:2), not an intermediate holder, so no "blijft verantwoordelijk"
    assert "instructies geven (art. 10:6 lid 1 Awb)" in f.detail("nl")
    assert "desgevraagd inlichtingen" in f.detail("nl")
    assert "(art. 10:6 lid 2 Awb)" in f.detail("nl")
    assert "blijft verantwoordelijk" not in f.detail("nl")
    assert "bestaat op grond van de wet" in f.detail("nl")
    assert "Wat de kaart mist" in f.detail("nl")
    assert (
        of(
            case([M("m1", "college", "bank", "kr", consent=True)], extra=[BANK], rels=[BANK_LINE]),
            "MANDATE_NO_INFO_LINE",
        )
        == []
    )


# ---------------------------------------------------------------- rule 12: practice
def test_the_practice_filter_never_changes_legal_validity() -> None:
    c = case(
        [
            M("m1", "college", "manager", "bb", sub_mandate_levels=1, practice=Practice.ROUTINE),
            M("m2", "manager", "consulent", "bb", practice=Practice.MAATWERK),
        ]
    )
    for practice in (None, Practice.ROUTINE, Practice.MAATWERK):
        auth = ctx(c, practice).authority
        assert auth.valid("m1"), practice
        assert auth.valid("m2"), practice
        assert "MANDATE_NO_LEGAL_ROOT" not in codes(c, practice)
    maatwerk = ctx(c, Practice.MAATWERK).authority
    assert maatwerk.grant("consulent", "bb") is None  # the chain does not cover maatwerk
    [f] = of(c, "MANDATE_NOT_FOR_PRACTICE", Practice.MAATWERK)
    assert f.mandates == ("m2", "m1")
    assert "geldig" in f.detail("nl")
    assert of(c, "MANDATE_NOT_FOR_PRACTICE") == []


# ---------------------------------------------------------------- rule 13: citations, terms
def test_citations_and_terms() -> None:
    expired = case([M("m1", "college", "manager", "bb", valid_until=date(2026, 6, 30))])
    [f] = of(expired, "MANDATE_EXPIRED")
    assert "10:8" not in f.detail("nl") + f.detail("en")
    over = case(
        [
            M("m1", "college", "manager", "bb", budget=5000, sub_mandate_levels=1),
            M("m2", "manager", "consulent", "bb", budget=8000),
        ]
    )
    [b] = of(over, "MANDATE_BUDGET_ABOVE_GRANTOR")
    assert "10:9" not in b.detail("nl")
    assert "reikwijdte van het mandaat" in b.detail("nl")
    sign = case([M("m1", "college", "consulent", "bb", instrument=Instrument.SIGNING)])
    [s] = of(sign, "MANDATE_SIGNING_NO_POWER")
    assert "art. 10:11 Awb" in s.detail("nl")
    assert "het college van B&W" in s.detail("nl")
    root = case([M("m1", "manager", "consulent", "bb")])
    [r] = of(root, "MANDATE_NO_LEGAL_ROOT")
    assert "op grond van de wet" in r.detail("nl")
    for c in (expired, over, sign, root, lawful()):
        for finding in findings(c):
            for text in (finding.title, finding.detail, finding.suggestion):
                assert "rechtswege" not in text("nl")


# ---------------------------------------------------------------- a circle of mandates
def test_two_mandates_pointing_at_each_other_are_one_circle() -> None:
    # the manager and the team lead mandate bijzondere bijstand to each other; neither
    # holds it from the college (Awb 10:1): one finding for the circle, not two broken chains
    circle = [M("m1", "manager", "consulent", "bb"), M("m2", "consulent", "manager", "bb")]
    c = case(circle)
    [f] = of(c, "MANDATE_CYCLE")
    assert set(f.mandates) == {"m1", "m2"}
    assert f.severity == Severity.CRITICAL
    assert "art. 10:1 Awb" in f.detail("nl")
    assert "De bevoegdheid berust bij het college" in f.detail("nl")
    assert of(c, "MANDATE_CHAIN_BROKEN") == []
    # a chain that is broken but no circle keeps its own finding
    line = [M("m1", "manager", "consulent", "bb"), M("m2", "consulent", "teamleider", "bb")]
    assert [f.mandates[0] for f in of(case(line), "MANDATE_CHAIN_BROKEN")] == ["m2"]
    assert of(case(line), "MANDATE_CYCLE") == []
