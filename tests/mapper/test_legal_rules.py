"""Awb title 10.1 and the rules on deviating: one test per rule of issue 10, both directions
(the defect found with its article and lid, the lawful variant clean)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mapper import analyse
from mapper.findings import Finding, Severity
from models import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    CaseInfo,
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
    AS_OF,
    BB,
    KR,
    START,
    M,
    case,
    codes,
    ctx,
    findings,
    lawful,
    of,
)

D = Instrument.DELEGATION
LEGAL = frozenset(
    {
        "MANDATE_NO_LEGAL_ROOT", "MANDATE_SUBMANDATE_NOT_ALLOWED", "MANDATE_SUBMANDATE_WIDENED",
        "MANDATE_CHAIN_BROKEN", "MANDATE_GRANTOR_DELEGATED_AWAY", "DELEGATION_BY_MANDATE_HOLDER",
        "MANDATE_EXCLUDED", "MANDATE_NOT_MANDATABLE", "MANDATE_OBJECTION_PRIMARY_DECIDER",
        "MANDATE_OBJECTION_SAME_HOLDER", "MANDATE_FINE_REPORTER", "MANDATE_CONSENT_MISSING",
        "MANDATE_CONSENT_UNKNOWN", "MANDATE_GENERAL_NOT_IN_WRITING", "MANDATE_CASE_NOT_IN_WRITING",
        "MANDATE_NO_INFO_LINE", "DELEGATION_NO_INFO_LINE", "MANDATE_EXPIRED",
        "MANDATE_NOT_YET_VALID", "MANDATE_SIGNING_NO_POWER", "MANDATE_BUDGET_ABOVE_GRANTOR",
        "MANDATE_NOT_FOR_PRACTICE", "MANDATE_TO_SELF", "DELEGATION_TO_SUBORDINATE",
        "DELEGATION_NO_LEGAL_BASIS", "POWER_HOLDER_NOT_PUBLIC_BODY",
    }
)  # fmt: skip

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
    assert "Dagelijks bestuur GR" in f.suggestion("nl")
    assert "delegatie" not in f.suggestion("nl")  # no advice to revoke a lawful delegation


# ---------------------------------------------------------------- rule 3: Awb 10:4
def test_10_4_consent_for_a_holder_outside_the_grantors_responsibility() -> None:
    unknown = case([M("m1", "college", "bank", "kr")], extra=[BANK], rels=[BANK_LINE])
    [f] = of(unknown, "MANDATE_CONSENT_UNKNOWN")
    assert "art. 10:4 lid 1 Awb" in f.detail("nl")
    refused = case([M("m1", "college", "bank", "kr", consent=False)], extra=[BANK],
                   rels=[BANK_LINE])  # fmt: skip
    assert "MANDATE_CONSENT_MISSING" in codes(refused)
    assert ctx(refused).authority.grant("bank", "kr") is None
    given = case([M("m1", "college", "bank", "kr", consent=True)], extra=[BANK], rels=[BANK_LINE])
    assert legal_codes(given) == set()


def test_10_4_no_consent_where_the_statute_provides_for_the_mandate() -> None:
    provided = replace(KR, mandate=MandateRule.PROVIDED)
    c = case([M("m1", "college", "bank", "kr")], powers=[BB, provided], extra=[BANK],
             rels=[BANK_LINE])  # fmt: skip
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
    [f] = of(case([M("m1", "college", "bank", "kr")], extra=[BANK], rels=[BANK_LINE]),
             "MANDATE_CONSENT_UNKNOWN")  # fmt: skip
    assert "als die onder verantwoordelijkheid van een ander" not in f.detail("nl")
    assert "instemming nodig van de schuldhulpverlener Kredietbank en van " in f.detail("nl")
    assert "(art. 10:4 lid 1 Awb)" in f.detail("nl")


# ---------------------------------------------------------------- rule 5: Awb 10:3 lid 2
def _rules(rule_type: RuleType, mandate: MandateRule = MandateRule.ALLOWED) -> Power:
    return Power("reg", "Regels vaststellen", PowerCategory.SET_RULES, "Gemeentewet art. 147",
                 rule_type, holder="college", mandate=mandate)  # fmt: skip


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
    assert legal_codes(case([M("m1", "college", "boa", "boete")], extra=[melder],
                            rels=[line])) == set()  # fmt: skip


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
    jurist = Actor("jurist", "Jurist", ActorKind.PROFESSIONAL, organisation="sd",
                   tags=("primair besluit",))  # fmt: skip
    line = Relationship("j1", "manager", "jurist", RelationKind.HIERARCHY)
    c = case([M("m1", "college", "jurist", "bez")], extra=[jurist], rels=[line])
    [f] = of(c, "MANDATE_OBJECTION_PRIMARY_DECIDER")
    assert f.severity == Severity.CRITICAL
    assert "art. 10:3 lid 3 Awb" in f.detail("nl")
    clean = replace(jurist, tags=())
    assert legal_codes(case([M("m1", "college", "jurist", "bez")], extra=[clean],
                            rels=[line])) == set()  # fmt: skip


def test_10_3_lid_3_holding_both_mandates_is_a_risk_not_a_defect() -> None:
    c = case([M("m1", "college", "manager", "bez"), M("m2", "college", "manager", "bb")])
    [f] = of(c, "MANDATE_OBJECTION_SAME_HOLDER")
    assert f.severity == Severity.INFO
    assert "Dat mag" in f.detail("nl")
    assert "art. 10:3 lid 3 Awb" in f.detail("nl")
    assert ctx(c).authority.valid("m1")


# ---------------------------------------------------------------- rule 9: Awb 10:14
def test_10_14_a_council_drawn_above_the_college_has_no_subordinate_in_it() -> None:
    regels = Power("reg", "Verordening", PowerCategory.SET_RULES, "Gemeentewet art. 147",
                   RuleType.ORDINANCE, holder="raad")  # fmt: skip
    line = Relationship("a1", "college", "raad", RelationKind.ACCOUNTABILITY)
    c = case([M("d1", "raad", "college", "reg", instrument=D, legal_basis="Gemeentewet art. 156")],
             powers=[regels], rels=[line])  # fmt: skip
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
    assert of(case([M("m1", "college", "bank", "kr", consent=True)], extra=[BANK],
                   rels=[BANK_LINE]), "MANDATE_NO_INFO_LINE") == []  # fmt: skip


# ---------------------------------------------------------------- rule 11: deviating
def _deviation(rule: RuleType, basis: str) -> Power:
    return Power("afw", "Afwijken", PowerCategory.DEVIATE_FROM_RULE, basis, rule, holder="college")


def _far_need(rule: RuleType, basis: str) -> str:
    need = Need("n1", "Afwijken van de regel", "afw", None, "consulent", ("gem",))
    c = case([], powers=[_deviation(rule, basis)], needs=[need])
    [f] = of(c, "NEED_HOLDER_FAR")
    return f.detail("nl") + " | " + f.suggestion("nl")


def test_deviation_follows_the_kind_of_rule() -> None:
    policy = _far_need(RuleType.POLICY_RULE, "Beleidsregels bijzondere bijstand")
    assert "art. 4:84 Awb" in policy
    assert "ook een gemandateerde" in policy
    ordinance = _far_need(RuleType.ORDINANCE, "")
    assert "hardheidsclausule" in ordinance
    assert "4:84" not in ordinance
    assert "alleen de raad" in ordinance
    statute = _far_need(RuleType.STATUTE, "Participatiewet art. 58 lid 8")
    assert "Participatiewet art. 58 lid 8" in statute
    assert "4:84" not in statute
    # 3:4 lid 2 weighs consequences where the statute leaves room; it sets no rule aside
    assert "waar toepassing in strijd zou komen met het evenredigheidsbeginsel" not in statute
    assert "ruimte voor een afweging" in statute
    assert "zet een dwingende wettelijke regel niet opzij" in statute
    assert "Juridische Zaken" in statute  # contra legem only exceptionally, and checked first


def test_urgent_only_with_a_deadline_on_the_map() -> None:
    power = _deviation(RuleType.POLICY_RULE, "Beleidsregels")
    need = Need("n1", "Afwijken van de regel", "afw", None, "consulent", ("gem",), Urgency.HIGH)
    [bare] = of(case([], powers=[power], needs=[need]), "NEED_HOLDER_FAR")
    assert "urgent" not in bare.detail("nl")
    assert "te lang" not in bare.detail("nl")
    dated = replace(need, deadline=date(2026, 11, 5))
    [f] = of(case([], powers=[power], needs=[dated]), "NEED_HOLDER_FAR")
    assert "moet uiterlijk 5 november 2026 genomen zijn; deze route is te lang" in f.detail("nl")


def test_under_a_policy_rule_the_mandate_holder_deviates() -> None:
    need = Need("n1", "Afwijken van de norm", "afw", None, "consulent", ("gem",))
    powers = [_deviation(RuleType.POLICY_RULE, "Beleidsregels bijzondere bijstand")]
    c = case(
        [M("m1", "college", "manager", "afw", sub_mandate_levels=1),
         M("m2", "manager", "consulent", "afw")],
        powers=powers, needs=[need],
    )  # fmt: skip
    assert {f.code for f in of(c, "NEED_HOLDER_FAR")} == set()
    assert "NEED_NO_HOLDER" not in codes(c)


def test_intent_suggestion_follows_the_kind_of_rule() -> None:
    info = CaseInfo("t", intent="Gezin blijft wonen", as_of=AS_OF, intent_owner="college")
    policy = case([], info=info, powers=[_deviation(RuleType.POLICY_RULE, "Beleidsregels")])
    [f] = of(policy, "INTENT_NOT_PASSED_DOWN")
    assert "art. 4:84 Awb" in f.suggestion("nl")
    assert "schriftelijk mandaat om af te wijken" not in f.suggestion("nl")
    ordinance = case([], info=info, powers=[_deviation(RuleType.ORDINANCE, "Verordening art. 9")])
    [o] = of(ordinance, "INTENT_NOT_PASSED_DOWN")
    assert "hardheidsclausule" in o.suggestion("nl")
    assert "4:84" not in o.suggestion("nl")


def _under_policy(reserve: bool, rule: RuleType = RuleType.POLICY_RULE) -> list[Finding]:
    """The college mandates bijzondere bijstand under its beleidsregels to the manager."""
    info = CaseInfo("t", intent="Gezin blijft wonen", as_of=AS_OF, intent_owner="college")
    bb = replace(BB, legal_basis="Participatiewet art. 35; Beleidsregels", rule_type=rule)
    c = case([M("m1", "college", "manager", "bb", reserves_deviation=reserve)], info=info,
             powers=[bb])  # fmt: skip
    return of(c, "INTENT_NOT_PASSED_DOWN")


def test_rule_11_a_mandate_under_a_policy_rule_passes_the_duty_to_deviate_on() -> None:
    # Awb 4:84: whoever decides under a policy rule, a mandate holder included, must deviate
    # where following it is disproportionate - the room to deviate went down with m1
    assert _under_policy(reserve=False) == []


def test_rule_11_unless_the_mandate_decision_reserves_it() -> None:
    # Awb 10:6: the grantor may reserve deviating by instruction; then it stays at the top
    [f] = _under_policy(reserve=True)
    assert f.severity == Severity.CRITICAL
    assert "m1" in f.mandates
    assert "behoudt het afwijken van de beleidsregel voor" in f.detail("nl")
    assert "art. 10:6 lid 1 Awb" in f.detail("nl")
    assert "Hef het voorbehoud" in f.suggestion("nl")
    assert "mandaat om af te wijken" not in f.suggestion("nl")


def test_rule_11_a_reservation_binds_the_sub_mandates_below_it() -> None:
    info = CaseInfo("t", intent="Gezin blijft wonen", as_of=AS_OF, intent_owner="college")
    bb = replace(BB, rule_type=RuleType.POLICY_RULE)
    chain = [M("m1", "college", "manager", "bb", sub_mandate_levels=1, reserves_deviation=True),
             M("m2", "manager", "consulent", "bb")]  # fmt: skip
    c = case(chain, info=info, powers=[bb])
    [f] = of(c, "INTENT_NOT_PASSED_DOWN")
    assert set(f.mandates) == {"m1", "m2"}  # m2 cannot widen what m1 keeps (Awb 10:9)


def test_rule_11_a_reservation_of_4_84_does_not_touch_a_statutory_clause() -> None:
    # deviating from a statute needs its own clause (Participatiewet art. 58 lid 8), which
    # is a power of its own; reserving 4:84 in its mandate changes nothing
    info = CaseInfo("t", intent="Gezin blijft wonen", as_of=AS_OF, intent_owner="college")
    tv = Power("tv", "Afzien van terugvordering", PowerCategory.DEVIATE_FROM_RULE,
               "Participatiewet art. 58 lid 8", RuleType.STATUTE, holder="college")  # fmt: skip
    c = case([M("m1", "college", "manager", "tv", reserves_deviation=True)], info=info,
             powers=[tv])  # fmt: skip
    assert of(c, "INTENT_NOT_PASSED_DOWN") == []


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
        [M("m1", "college", "manager", "bb", budget=5000, sub_mandate_levels=1),
         M("m2", "manager", "consulent", "bb", budget=8000)]
    )  # fmt: skip
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


# ---------------------------------------------------------------- public bodies, partners
def test_only_a_public_body_holds_a_public_law_power_by_statute() -> None:
    corp = Actor("corp", "Woningcorporatie", ActorKind.PARTNER, organisation="wc")
    claimed = Power("stay", "Ontruiming aanhouden", PowerCategory.SUSPEND_ROUTINE,
                    "Wet X", RuleType.STATUTE, holder="corp")  # fmt: skip
    c = case([M("m1", "corp", "consulent", "stay")], powers=[claimed], extra=[corp])
    [f] = of(c, "POWER_HOLDER_NOT_PUBLIC_BODY")
    assert f.severity == Severity.WARNING
    assert "MANDATE_NO_LEGAL_ROOT" in codes(c)  # no legal root
    assert "De mandaten die de woningcorporatie voor die bevoegdheid verleende" in f.detail("nl")
    own = replace(claimed, rule_type=RuleType.INTERNAL)
    assert "POWER_HOLDER_NOT_PUBLIC_BODY" not in codes(case([], powers=[own], extra=[corp]))


def test_a_non_public_holder_is_worded_as_a_jurist_would() -> None:
    # a toegelaten instelling has statutory tasks (Woningwet), so not "no power by statute";
    # no mandates rest on it here, and no value from the program's own screens
    corp = Actor("corp", "Woningcorporatie", ActorKind.PARTNER, organisation="wc")
    claimed = Power("stay", "Ontruiming aanhouden", PowerCategory.SUSPEND_ROUTINE,
                    "Wet X", RuleType.STATUTE, holder="corp")  # fmt: skip
    [f] = of(case([], powers=[claimed], extra=[corp]), "POWER_HOLDER_NOT_PUBLIC_BODY")
    text = f.title("nl") + f.detail("nl") + f.suggestion("nl")
    assert "geen bevoegdheid op grond van de wet" not in text
    assert "mandaten" not in f.detail("nl").lower()
    assert "‘intern’" not in text
    assert "eigen besluit" in f.suggestion("nl")
    # not circular: whoever is vested with public authority is a bestuursorgaan (art. 1:1 Awb)
    assert "alleen aan een bestuursorgaan toegekend" not in f.detail("nl")
    assert "art. 1:1 lid 1 onder a Awb" in f.detail("nl")
    assert "art. 1:1 lid 1 onder b Awb" in f.detail("nl")


def test_a_partners_own_decision_is_reached_by_agreement_never_by_mandate() -> None:
    corp = Actor("corp", "Woningcorporatie", ActorKind.PARTNER, organisation="wc")
    stay = Power("stay", "Ontruiming aanhouden", PowerCategory.SUSPEND_ROUTINE,
                 "Huurovereenkomst", RuleType.INTERNAL, holder="corp")  # fmt: skip
    need = Need("n1", "Ontruiming aanhouden", "stay", None, "consulent", ("gem", "wc"),
                Urgency.HIGH)  # fmt: skip
    c = case([], powers=[stay], extra=[corp], needs=[need])
    [f] = of(c, "NEED_PARTNER_NOT_REACHED")
    assert "afspraak" in f.suggestion("nl")
    assert "mandat" not in f.suggestion("nl")
    assert "mandate" not in f.suggestion("en").replace("mandate it", "")
    deal = Agreement("a1", "Convenant huisuitzettingen", AgreementKind.COVENANT, ("gem", "wc"),
                     "teamleider", ("stay", "push_through"), valid_from=START)  # fmt: skip
    agreed = case([], powers=[stay], extra=[corp], needs=[need], agreements=[deal])
    assert "NEED_PARTNER_NOT_REACHED" not in codes(agreed)


def test_push_through_across_organisations_comes_from_an_agreements_decider() -> None:
    ggz = Actor("ggzt", "GGZ-team", ActorKind.PARTNER, organisation="ggz")
    own_push = Power("gp", "Voorrang geven", PowerCategory.PUSH_THROUGH, "", RuleType.INTERNAL,
                     holder="ggzt")  # fmt: skip
    need = Need("n1", "Behandeling starten", "other", None, "consulent", ("gem", "ggz"))
    c = case([], powers=[BB, own_push], extra=[ggz], needs=[need])
    [f] = of(c, "NEED_NO_PUSH_THROUGH")
    assert "doorbraakafspraak" in f.suggestion("nl")
    assert "mandat" not in f.suggestion("nl")
    deal = Agreement("a1", "Doorbraakafspraak", AgreementKind.BREAKTHROUGH, ("gem", "ggz"),
                     "teamleider", ("push_through",), valid_from=START)  # fmt: skip
    agreed = case([], powers=[BB, own_push], extra=[ggz], needs=[need], agreements=[deal])
    assert not {"NEED_NO_PUSH_THROUGH", "NEED_PUSH_THROUGH_FAR"} & codes(agreed)


def test_mandates_and_agreements_ending_before_the_deadline() -> None:
    deadline = date(2026, 12, 1)
    need = Need("n1", "Huurachterstand overnemen", "bb", 500, "consulent", ("gem", "ggz"),
                deadline=deadline)  # fmt: skip
    ggz = Actor("ggzt", "GGZ-team", ActorKind.PARTNER, organisation="ggz")
    deal = Agreement("a1", "Doorbraakafspraak", AgreementKind.BREAKTHROUGH, ("gem", "ggz"),
                     "teamleider", ("push_through",), valid_from=START,
                     valid_until=date(2026, 11, 1))  # fmt: skip
    short = [
        M("m1", "college", "manager", "bb", sub_mandate_levels=2, valid_until=date(2026, 10, 31)),
        M("m2", "manager", "teamleider", "bb"),
    ]
    c = case(short, extra=[ggz], needs=[need], agreements=[deal])
    [m] = of(c, "MANDATE_EXPIRES_BEFORE_DEADLINE")
    [a] = of(c, "AGREEMENT_EXPIRES_BEFORE_DEADLINE")
    assert m.mandates == ("m1",)
    assert m.needs == ("n1",)
    assert "1 december 2026" in m.detail("nl")
    assert "1 december 2026" in a.detail("nl")
    long = [replace(short[0], valid_until=None), short[1]]
    late = replace(deal, valid_until=None)
    fine = case(long, extra=[ggz], needs=[need], agreements=[late])
    assert not {"MANDATE_EXPIRES_BEFORE_DEADLINE", "AGREEMENT_EXPIRES_BEFORE_DEADLINE"} & codes(
        fine
    )


# ---------------------------------------------------------------- the whole picture
def test_a_lawful_well_organised_case_has_no_critical_finding() -> None:
    found = findings(lawful())
    assert [(f.code, f.detail("en")) for f in found if f.severity == Severity.CRITICAL] == []
    warnings = [f.code for f in found if f.severity == Severity.WARNING]
    assert len(warnings) <= 4, warnings
    assert not LEGAL & {f.code for f in found if f.severity != Severity.INFO}


def test_a_lawful_delegation_causes_no_cascade() -> None:
    """The old false cascade: one lawful delegation made every mandate of the category void,
    with critical findings down the chain and the advice to revoke the delegation."""
    found = findings(lawful())
    assert not {"MANDATE_GRANTOR_DELEGATED_AWAY", "MANDATE_CHAIN_BROKEN", "NEED_NO_HOLDER"} & {
        f.code for f in found
    }
    assert ctx(lawful()).authority.grant("consulent", "bb") is not None


def test_version_1_example_opens_and_analyses_with_the_v2_rules() -> None:
    from pathlib import Path

    from mapper import analyse
    from models.fileformat import load

    old = Path(__file__).resolve().parents[1] / "models" / "data" / "example-v1.kvmap"
    result = analyse(load(old))
    found = {f.code for f in result.findings}
    assert {"MANDATE_EXPIRED", "MANDATE_SIGNING_NO_POWER", "INTENT_NOT_PASSED_DOWN"} <= found
    # the corporation held a power "by law" in version 1: a warning, no legal root
    assert "POWER_HOLDER_NOT_PUBLIC_BODY" in found
    for f in result.findings:
        for text in (f.title, f.detail, f.suggestion):
            assert "rechtswege" not in text("nl")
            assert "10:8" not in text("nl")


def test_a_decision_no_public_body_holds_is_reached_through_an_agreements_decider() -> None:
    ggz = Actor("ggzt", "GGZ-team", ActorKind.PARTNER, organisation="ggz")
    joint = Power("joint", "Behandeling met voorrang", PowerCategory.OTHER, "Convenant")
    need = Need("n1", "Behandeling met voorrang", "joint", None, "consulent", ("gem", "ggz"))
    alone = case([], powers=[BB, joint], extra=[ggz], needs=[need])
    assert "NEED_NO_HOLDER" in codes(alone)
    deal = Agreement("a1", "Zorgconvenant", AgreementKind.COVENANT, ("gem", "ggz"), "teamleider",
                     ("joint", "push_through"), valid_from=START)  # fmt: skip
    agreed = case([], powers=[BB, joint], extra=[ggz], needs=[need], agreements=[deal])
    assert not {"NEED_NO_HOLDER", "NEED_HOLDER_FAR", "NEED_NO_PUSH_THROUGH"} & codes(agreed)


# ---------------------------------------------------------------- the handler's own mandate
def test_a_need_on_the_handlers_invalid_or_too_small_mandate_gets_a_finding() -> None:
    # the example's noodbudget: the caseworker's mandate is a level of sub-mandate too many
    # (10:9) and oral (10:5), and would cover € 1.000 of the € 1.500 anyway; the team lead,
    # one step up, may decide
    from models.example import example_case

    result = analyse(example_case())
    [f] = [f for f in result.findings if f.id == "NEED_HANDLER_MANDATE_FALLS_SHORT:n3"]
    assert "m4" in f.mandates
    assert "€ 1.000" in f.detail("nl")
    assert "€ 1.500" in f.detail("nl")
    assert "art. 10:9 Awb" in f.detail("nl")
    assert "de teamleider Wijkteam Noord, één stap boven" in f.detail("nl")


def test_a_valid_mandate_large_enough_gets_no_such_finding() -> None:
    need = Need("n1", "Noodbudget", "bb", 1500.0, "consulent", ("gem",))
    chain = [M("m1", "college", "manager", "bb", sub_mandate_levels=1),
             M("m2", "manager", "consulent", "bb", budget=2000)]  # fmt: skip
    assert "NEED_HANDLER_MANDATE_FALLS_SHORT" not in codes(case(chain, needs=[need]))
    small = [chain[0], replace(chain[1], budget=1000)]
    [f] = of(case(small, needs=[need]), "NEED_HANDLER_MANDATE_FALLS_SHORT")
    assert "hooguit € 1.000" in f.detail("nl")


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


def test_a_decision_no_public_body_holds_is_never_suggested_as_a_mandate() -> None:
    # a joint decision of the municipality and the GGZ provider with no public-law holder and
    # no agreement: the suggestion is an agreement between them, not "have the body mandate it"
    joint = Power("samen", "Zorg en schuldhulp samen starten", PowerCategory.OTHER,
                  "", RuleType.INTERNAL, holder=None)  # fmt: skip
    need = Need("n1", "Samen starten", "samen", None, "consulent", ("gem", "ggz"))
    [f] = of(case([], powers=[joint], needs=[need]), "NEED_NO_HOLDER")
    assert "mandateren" not in f.suggestion("nl")
    assert "afspraak tussen Gemeente Rivierstad en GGZ Rivierland" in f.suggestion("nl")


# ---------------------------------------------------------------- a partner's own decision
def test_a_covenant_in_force_reaches_the_partners_own_decision() -> None:
    # the example's eviction stay is the corporation's own private-law decision; the covenant
    # that covers it expired. Renewing it is the lawful fix: neither "out of reach" nor
    # "nobody can push through" (no one holds doorzettingsmacht over a private decision)
    from models import EntityKind
    from models.example import example_case

    expired = example_case()
    assert "NEED_PARTNER_NOT_REACHED:n1" in {f.id for f in analyse(expired).findings}
    renewed = example_case()
    assert renewed.update(EntityKind.AGREEMENT, "g1", {"valid_until": date(2027, 12, 31)})
    about_n1 = {f.code for f in analyse(renewed).findings if "n1" in f.needs}
    assert not about_n1 & {"NEED_PARTNER_NOT_REACHED", "NEED_NO_PUSH_THROUGH"}
