"""Small legal maps for the Awb title 10.1 tests: a municipality with a college, a council,
a manager and a caseworker, its powers with their legal basis, and partners around it."""

from __future__ import annotations

from datetime import date

from mapper import analyse
from mapper.analysis import Analysis
from mapper.context import Context
from mapper.findings import Finding
from models import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Case,
    CaseInfo,
    Instrument,
    Mandate,
    MandateRule,
    Need,
    Organisation,
    OrganisationKind,
    Power,
    PowerCategory,
    Practice,
    RelationKind,
    Relationship,
    RuleType,
    Urgency,
)

AS_OF = date(2026, 10, 1)
START = date(2025, 1, 1)

#: The codes of the Awb title 10.1 findings (issue 10).
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
        "DELEGATION_NO_LEGAL_BASIS", "POWER_HOLDER_NOT_PUBLIC_BODY", "MANDATE_SIGNING_NOT_BY_BODY",
        "MANDATE_PRIVATE_LAW", "MANDATE_WRITING_NOT_RECORDED",
    }
)  # fmt: skip

ORGS = [
    Organisation("gem", "Gemeente Rivierstad", OrganisationKind.MUNICIPALITY),
    Organisation("sd", "Sociaal Domein", OrganisationKind.OTHER, parent="gem"),
    Organisation("gr", "GR Sociaal Rivierland", OrganisationKind.JOINT_ARRANGEMENT),
    Organisation("kb", "Kredietbank Rivierland", OrganisationKind.PARTNER),
    Organisation("wc", "Woningcorporatie Thuisplus", OrganisationKind.PARTNER),
    Organisation("ggz", "GGZ Rivierland", OrganisationKind.PROVIDER),
]

BB = Power(
    "bb",
    "Bijzondere bijstand",
    PowerCategory.SPEND_BUDGET,
    "Participatiewet art. 35",
    RuleType.STATUTE,
    holder="college",
)
KR = Power(
    "kr",
    "Saneringskrediet",
    PowerCategory.SPEND_BUDGET,
    "Wet gemeentelijke schuldhulpverlening art. 3",
    RuleType.STATUTE,
    holder="college",
)
TV = Power(
    "tv",
    "Afzien van terugvordering",
    PowerCategory.DEVIATE_FROM_RULE,
    "Participatiewet art. 58 lid 8",
    RuleType.STATUTE,
    holder="college",
)
BEZ = Power(
    "bez",
    "Beslissen op bezwaar",
    PowerCategory.DECIDE_OBJECTION,
    "Awb art. 7:11",
    RuleType.STATUTE,
    holder="college",
)
FINE = Power(
    "boete",
    "Bestuurlijke boete",
    PowerCategory.IMPOSE_FINE,
    "Participatiewet art. 18a",
    RuleType.STATUTE,
    holder="college",
)


def actors(*extra: Actor) -> list[Actor]:
    """College and council (public bodies), secretary, manager, team lead and caseworker."""
    return [
        Actor("college", "College van B&W", ActorKind.ADMINISTRATOR, organisation="gem"),
        Actor("raad", "Gemeenteraad", ActorKind.COUNCIL, organisation="gem"),
        Actor("manager", "Manager Werk en Inkomen", ActorKind.MANAGER, organisation="sd"),
        Actor("teamleider", "Teamleider", ActorKind.MANAGER, organisation="sd"),
        Actor("consulent", "Consulent", ActorKind.PROFESSIONAL, organisation="sd"),
        *extra,
    ]


def lines(*extra: Relationship) -> list[Relationship]:
    """The line: council above college (drawn as hierarchy), college over the civil service."""
    h = RelationKind.HIERARCHY
    return [
        Relationship("h0", "raad", "college", h),
        Relationship("h1", "college", "manager", h),
        Relationship("h2", "manager", "teamleider", h),
        Relationship("h3", "teamleider", "consulent", h),
        *extra,
    ]


def M(mid: str, g: str, h: str, power: str, **kw: object) -> Mandate:
    """A written general mandate from 2025 on, briefly."""
    values: dict[str, object] = {"valid_from": START, "legal_basis": "Mandaatbesluit 2025"}
    values.update(kw)
    return Mandate(mid, g, h, power, **values)  # type: ignore[arg-type]


def case(
    mandates: list[Mandate],
    *,
    info: CaseInfo | None = None,
    powers: list[Power] | None = None,
    extra: list[Actor] | None = None,
    rels: list[Relationship] | None = None,
    needs: list[Need] | None = None,
    agreements: list[Agreement] | None = None,
) -> Case:
    """A case on :data:`AS_OF` with the standard actors, lines and powers."""
    return Case.from_parts(
        info or CaseInfo("t", as_of=AS_OF),
        actors(*(extra or [])),
        lines(*(rels or [])),
        mandates,
        needs or [],
        organisations=ORGS,
        powers=powers if powers is not None else [BB, KR, TV, BEZ, FINE],
        agreements=agreements or [],
    )


def findings(c: Case, practice: Practice | None = None) -> list[Finding]:
    """Every finding of the whole analysis."""
    return list(analyse(c, practice=practice).findings)


def codes(c: Case, practice: Practice | None = None) -> set[str]:
    """The codes of the whole analysis."""
    return {f.code for f in findings(c, practice)}


def of(c: Case, code: str, practice: Practice | None = None) -> list[Finding]:
    """The findings with ``code``."""
    return [f for f in findings(c, practice) if f.code == code]


def ctx(c: Case, practice: Practice | None = None) -> Context:
    """The analysis context (for the authority's verdicts)."""
    return Context.of(c, practice=practice)


def lawful() -> Case:
    """A lawful, well-organised municipality: statutory powers with their basis, written
    mandates down to the caseworker within the sub-mandate the college allowed, a lawful
    delegation of one spending power to a joint arrangement, an agreement for push-through,
    lines back, trust both ways and a route from the case back to the rule."""
    gr = Actor("gr_db", "Dagelijks bestuur GR", ActorKind.ADMINISTRATOR, organisation="gr")
    corp = Actor("corp", "Woningcorporatie Thuisplus", ActorKind.PARTNER, organisation="wc")
    ggz = Actor("ggzt", "GGZ-team", ActorKind.PARTNER, organisation="ggz")
    wethouder = Actor("weth", "Wethouder", ActorKind.ADMINISTRATOR, organisation="gem", stance=2)
    beleid = Actor("beleid", "Beleidsadviseur", ActorKind.PROFESSIONAL, organisation="sd")
    stay = Power(
        "stay",
        "Ontruiming aanhouden",
        PowerCategory.SUSPEND_ROUTINE,
        "Huurovereenkomst",
        RuleType.INTERNAL,
        holder="corp",
    )
    start = Power(
        "start",
        "Behandeling starten",
        PowerCategory.OTHER,
        "Zorgovereenkomst",
        RuleType.INTERNAL,
        holder="ggzt",
    )
    triage = Power(
        "tri",
        "Triage",
        PowerCategory.TRIAGE,
        "Mandaatbesluit 2025",
        RuleType.INTERNAL,
        holder="college",
    )
    afw = Power(
        "afw",
        "Afwijken van de beleidsregels bijzondere bijstand",
        PowerCategory.DEVIATE_FROM_RULE,
        "Beleidsregels bijzondere bijstand 2025",
        RuleType.POLICY_RULE,
        holder="college",
    )
    regels = Power(
        "regels",
        "Verordening maatschappelijke participatie vaststellen",
        PowerCategory.SET_RULES,
        "Gemeentewet art. 147",
        RuleType.ORDINANCE,
        holder="raad",
    )
    h, a, s, e, t, f, c = (
        RelationKind.HIERARCHY,
        RelationKind.ACCOUNTABILITY,
        RelationKind.SIGNAL,
        RelationKind.ESCALATION,
        RelationKind.TRUST,
        RelationKind.FEEDBACK,
        RelationKind.COLLABORATION,
    )
    rels = [
        Relationship("w1", "weth", "college", c),
        Relationship("w2", "college", "weth", a),
        Relationship("w3", "weth", "manager", c),
        Relationship("g1", "gr_db", "college", a),
        Relationship("p1", "consulent", "corp", c),
        Relationship("p2", "consulent", "ggzt", c),
        Relationship("p3", "corp", "consulent", s),
        Relationship("p4", "ggzt", "consulent", s),
        Relationship("e1", "consulent", "teamleider", e),
        Relationship("l1", "consulent", "beleid", f),
        Relationship("l2", "beleid", "raad", f),
        Relationship("l3", "corp", "beleid", f),
        Relationship("l4", "ggzt", "beleid", f),
        Relationship("l5", "teamleider", "raad", f),
        Relationship("l6", "consulent", "teamleider", f),
        Relationship("b1", "beleid", "manager", h),
        *(
            Relationship(f"t{i}", x, y, t)
            for i, (x, y) in enumerate(
                [
                    ("consulent", "teamleider"),
                    ("teamleider", "consulent"),
                    ("teamleider", "manager"),
                    ("manager", "teamleider"),
                    ("manager", "college"),
                    ("college", "manager"),
                    ("weth", "manager"),
                    ("manager", "weth"),
                    ("weth", "college"),
                    ("college", "weth"),
                    ("consulent", "corp"),
                    ("corp", "consulent"),
                ],
            )
        ),
        Relationship("r1", "consulent", "teamleider", a),
        Relationship("r2", "teamleider", "manager", a),
        Relationship("r3", "manager", "college", a),
    ]
    mandates = [
        M("m1", "college", "manager", "bb", budget=50_000, sub_mandate_levels=2),
        M("m2", "manager", "teamleider", "bb", budget=10_000),
        M("m3", "teamleider", "consulent", "bb", budget=2_500),
        M("m4", "college", "manager", "afw", sub_mandate_levels=1),
        M("m5", "manager", "consulent", "afw"),
        M("m6", "college", "manager", "tv", sub_mandate_levels=1),
        M("m7", "manager", "teamleider", "tv"),
        M("m8", "college", "teamleider", "tri"),
        M(
            "d1",
            "college",
            "gr_db",
            "kr",
            instrument=Instrument.DELEGATION,
            legal_basis="Wet gemeenschappelijke regelingen art. 30",
        ),
    ]
    needs = [
        Need(
            "n1",
            "Huurachterstand van € 2.000 overnemen",
            "bb",
            2_000,
            "consulent",
            ("gem",),
            Urgency.HIGH,
            deadline=date(2026, 11, 1),
        ),
        Need(
            "n2",
            "Afwijken van de norm bijzondere bijstand",
            "afw",
            None,
            "consulent",
            ("gem",),
            Urgency.HIGH,
        ),
        Need(
            "n3",
            "Ontruiming aanhouden zolang het schuldentraject loopt",
            "stay",
            None,
            "consulent",
            ("gem", "wc"),
            Urgency.HIGH,
            deadline=date(2026, 11, 1),
        ),
        Need(
            "n4",
            "GGZ-behandeling starten zonder wachtlijst",
            "start",
            None,
            "consulent",
            ("gem", "ggz"),
            Urgency.HIGH,
        ),
    ]
    agreements = [
        Agreement(
            "a1",
            "Doorbraakafspraak Rivierland",
            AgreementKind.BREAKTHROUGH,
            ("gem", "wc", "ggz"),
            "teamleider",
            ("push_through",),
            valid_from=START,
            valid_until=date(2027, 12, 31),
        ),
        # the partners' own decisions: agreed how they take them, with no decider from the
        # municipality (nobody outside a partner takes its decision: jurist M4)
        Agreement(
            "a2",
            "Convenant wonen en zorg Rivierland",
            AgreementKind.COVENANT,
            ("gem", "wc", "ggz"),
            None,
            ("stay", "start"),
            valid_from=START,
            valid_until=date(2027, 12, 31),
        ),
    ]
    info = CaseInfo(
        "Rechtmatig georganiseerd", intent="Gezin blijft wonen", as_of=AS_OF, intent_owner="college"
    )
    return Case.from_parts(
        info,
        actors(gr, corp, ggz, wethouder, beleid),
        lines(*rels),
        mandates,
        needs,
        organisations=ORGS,
        powers=[BB, KR, TV, BEZ, FINE, afw, regels, stay, start, triage],
        agreements=agreements,
    )


def analysis(c: Case) -> Analysis:
    """The whole analysis."""
    return analyse(c)


__all__ = [
    "AS_OF",
    "BB",
    "BEZ",
    "FINE",
    "KR",
    "LEGAL",
    "ORGS",
    "START",
    "TV",
    "M",
    "MandateRule",
    "analysis",
    "case",
    "codes",
    "ctx",
    "findings",
    "lawful",
    "of",
]
