"""Trust, spheres, learning and structure: small named cases, each with exactly its findings."""

from __future__ import annotations

from mapper.checks import learning, spheres, structure, trust
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Severity
from models import Actor, ActorKind, Case, CaseInfo, PowerCategory, RelationKind, Relationship, Role
from models.legacy import assemble
from tests.mapper.cases import AS_OF

K = RelationKind


def make(
    actors: list[Actor],
    rels: list[tuple[str, str, RelationKind, int]],
    held: dict[str, tuple[PowerCategory, ...]] | None = None,
    **info: object,
) -> Case:
    relationships = [
        Relationship(f"r{i}", s, t, k, level=lv) for i, (s, t, k, lv) in enumerate(rels, 1)
    ]
    header = CaseInfo("t", as_of=AS_OF, **info)  # type: ignore[arg-type]
    return assemble(header, actors, relationships, held=held)


TOP = Actor("top", "Wethouder", ActorKind.ADMINISTRATOR, stance=2)
MID = Actor("mid", "Manager", ActorKind.MANAGER)
PRO = Actor("pro", "Consulent", ActorKind.PROFESSIONAL, roles=(Role.CASE_HANDLER,))
LINE = [("top", "mid", K.HIERARCHY, 1), ("mid", "pro", K.HIERARCHY, 1)]


def mutual(a: str, b: str, level: int = 2) -> list[tuple[str, str, RelationKind, int]]:
    return [(a, b, K.TRUST, level), (b, a, K.TRUST, level)]


# ---------------------------------------------------------------- trust
def test_trust_not_mapped() -> None:
    assert [f.code for f in trust.check(Context.of(make([TOP, MID, PRO], LINE)))] == [
        "TRUST_NOT_MAPPED"
    ]


def test_full_backing_is_clean() -> None:
    case = make(
        [TOP, MID, PRO], [*LINE, *mutual("top", "mid"), *mutual("mid", "pro")], intent_owner="top"
    )
    assert trust.check(Context.of(case)) == []


def test_weak_backing() -> None:
    case = make(
        [TOP, MID, PRO],
        [*LINE, *mutual("mid", "pro"), ("top", "mid", K.TRUST, 1)],
        intent_owner="top",
    )
    found = trust.check(Context.of(case))
    assert [(f.code, f.severity) for f in found] == [("TRUST_BACKING_WEAK", Severity.WARNING)]
    assert found[0].actors == ("top", "mid", "pro")
    assert "eenzijdig" in found[0].detail("nl")


def test_negative_backing_and_asymmetry_and_negative_line() -> None:
    rels = [
        *LINE,
        *mutual("top", "mid"),
        ("mid", "pro", K.TRUST, 1),
        ("pro", "mid", K.TRUST, -1),
        ("pro", "mid", K.ESCALATION, 1),
    ]
    found = trust.check(Context.of(make([TOP, MID, PRO], rels, intent_owner="top")))
    assert sorted((f.code, f.severity) for f in found) == [
        ("TRUST_ASYMMETRIC", Severity.WARNING),
        ("TRUST_BACKING_NEGATIVE", Severity.CRITICAL),
        ("TRUST_NEGATIVE_LINE", Severity.WARNING),
    ]


def test_mutual_distrust_and_no_line_to_top() -> None:
    citizen = Actor("c", "Inwoner", ActorKind.CITIZEN)
    rels = [*mutual("c", "pro", -1), *mutual("top", "mid")]
    found = trust.check(Context.of(make([TOP, MID, PRO, citizen], rels, intent_owner="top")))
    assert sorted(f.code for f in found) == ["TRUST_MUTUAL_DISTRUST", "TRUST_NO_LINE_TO_TOP"]


# ---------------------------------------------------------------- spheres
def test_spheres_disconnected_and_single_bridges() -> None:
    assert [f.code for f in spheres.check(Context.of(make([TOP, MID], [])))] == [
        "SPHERES_DISCONNECTED"
    ]
    one = spheres.check(Context.of(make([TOP, MID, PRO], LINE)))
    assert [(f.code, f.actors, f.relationships) for f in one] == [
        ("SPHERES_SINGLE_BRIDGE", ("top", "mid"), ("r1",))
    ]
    council = Actor("raad", "Raad", ActorKind.COUNCIL)
    person = make(
        [TOP, council, MID], [("top", "mid", K.HIERARCHY, 1), ("mid", "raad", K.ACCOUNTABILITY, 1)]
    )
    found = spheres.check(Context.of(person))
    assert [(f.code, f.actors) for f in found] == [("SPHERES_SINGLE_BRIDGE", ("mid",))]
    two = make(
        [TOP, council, MID, PRO],
        [("top", "mid", K.HIERARCHY, 1), ("raad", "pro", K.COLLABORATION, 1)],
    )
    assert spheres.check(Context.of(two)) == []


def test_both_sphere_gaps_are_reported() -> None:
    partner = Actor("ggz", "GGZ", ActorKind.PARTNER)
    found = spheres.check(Context.of(make([TOP, MID, partner], [])))
    assert [(f.code, f.severity, f.actors) for f in found] == [
        ("SPHERES_DISCONNECTED", Severity.CRITICAL, ("top", "mid")),
        ("SPHERES_DISCONNECTED", Severity.WARNING, ("mid", "ggz")),
    ]
    from mapper import analyse

    codes = [f.code for f in analyse(make([TOP, MID, partner], [])).findings]
    assert codes.count(Code.SPHERES_DISCONNECTED) == 2


def test_influential_opponent_without_a_line_to_the_owner() -> None:
    press = Actor("krant", "Dagblad", ActorKind.MEDIA, influence=4, stance=-2)
    case = make([TOP, press], [("krant", "top", K.TRUST, -1)], intent_owner="top")
    found = spheres.check(Context.of(case))
    assert [(f.code, f.actors) for f in found] == [
        ("SPHERES_OPPONENT_UNCONNECTED", ("krant", "top"))
    ]
    talked = make([TOP, press], [("krant", "top", K.SIGNAL, 1)], intent_owner="top")
    assert spheres.check(Context.of(talked)) == []


def test_communities_split_along_stance() -> None:
    pro_camp = [Actor(f"p{i}", f"Voor {i}", stance=2) for i in range(4)]
    con_camp = [Actor(f"c{i}", f"Tegen {i}", stance=-2) for i in range(4)]
    rels = [
        (a.id, b.id, K.COLLABORATION, 1)
        for camp in (pro_camp, con_camp)
        for i, a in enumerate(camp)
        for b in camp[i + 1 :]
    ]
    rels.append(("p0", "c0", K.SIGNAL, 1))
    found = spheres.check(Context.of(make([*pro_camp, *con_camp], rels)))
    assert [f.code for f in found] == ["SPHERES_COMMUNITIES_SPLIT"]
    assert set(found[0].actors) == {a.id for a in (*pro_camp, *con_camp)}
    again = spheres.check(Context.of(make([*pro_camp, *con_camp], rels)))
    assert again == found  # seeded: deterministic


# ---------------------------------------------------------------- learning
def test_learning_rule_owner_and_paths() -> None:
    assert [f.code for f in learning.check(Context.of(make([PRO], [])))] == [
        "LEARNING_NO_RULE_OWNER"
    ]
    owner = Actor("beleid", "Beleid", ActorKind.PROFESSIONAL, roles=(Role.RULE_OWNER,))
    partner = Actor("ggz", "GGZ", ActorKind.PARTNER)
    case = make([PRO, MID, owner, partner], [("pro", "mid", K.HIERARCHY, 1)])
    found = learning.check(Context.of(case))
    assert [(f.code, f.severity) for f in found] == [
        ("LEARNING_NO_FEEDBACK_PATH", Severity.CRITICAL),
        ("LEARNING_EXTERNAL_SIGNALS_LOST", Severity.WARNING),
    ]
    via_one = make(
        [PRO, MID, owner, partner],
        [
            ("pro", "mid", K.FEEDBACK, 1),
            ("mid", "beleid", K.FEEDBACK, 1),
            ("ggz", "beleid", K.SIGNAL, 1),
        ],
    )
    found = learning.check(Context.of(via_one))
    assert [(f.code, f.actors) for f in found] == [("LEARNING_SINGLE_PERSON", ("mid", "pro"))]


def test_council_with_rule_power_counts_as_rule_owner() -> None:
    council = Actor("raad", "Raad", ActorKind.COUNCIL)
    case = make(
        [PRO, council], [("pro", "raad", K.FEEDBACK, 1)], held={"raad": (PowerCategory.SET_RULES,)}
    )
    assert learning.check(Context.of(case)) == []


# ---------------------------------------------------------------- structure
def test_structure_isolated_cut_points_and_carrying_actor() -> None:
    lone = Actor("lone", "Alleen")
    case = make([TOP, MID, PRO, lone], LINE, intent_owner="top")
    found = structure.check(Context.of(case))
    assert sorted((f.code, f.actors) for f in found) == [
        ("STRUCTURE_CARRYING_ACTOR", ("mid", "top", "pro")),
        ("STRUCTURE_CUT_POINTS", ("mid",)),
        ("STRUCTURE_ISOLATED_ACTOR", ("lone",)),
    ]


# ---------------------------------------------------------------- accountability per practice
def test_accountability_line_per_practice() -> None:
    from mapper.checks import accountability
    from models import Practice

    rels = [
        Relationship("r1", "pro", "mid", K.ACCOUNTABILITY),
        Relationship("r2", "mid", "top", K.ACCOUNTABILITY, practice=Practice.ROUTINE),
    ]
    case = Case.from_parts(CaseInfo("t"), [TOP, MID, PRO], rels)
    assert accountability.check(Context.of(case)) == []
    assert accountability.check(Context.of(case, practice=Practice.ROUTINE)) == []
    found = accountability.check(Context.of(case, practice=Practice.MAATWERK))
    assert [(f.code, f.actors) for f in found] == [("ACCOUNTABILITY_LINE_STOPS", ("pro", "mid"))]
    assert "maatwerk" in found[0].detail("nl")


def test_no_accountability_modelled_means_no_accountability_finding() -> None:
    from mapper.checks import accountability

    case = make([TOP, MID, PRO], LINE)
    assert accountability.check(Context.of(case)) == []
