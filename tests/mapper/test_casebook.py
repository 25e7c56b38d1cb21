"""Known answers for the casebook's keys and counts (issue 16): hand-built cases whose steps
between handler and decider are known, and hand-built records whose counts are known."""

from __future__ import annotations

import json

from mapper.analysis import analyse
from mapper.casebook import (
    FAR_STEPS,
    CaseRecord,
    CauseRecord,
    aggregate,
    case_record,
    role_name,
)
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
)

_UP = ["Consulent (Sanne)", "Teamleider", "Manager", "Directeur", "Secretaris"]


def _chain(levels: int, title: str = "t") -> Case:
    """A handler ``levels`` hierarchy steps below the college, which holds the power to deviate."""
    actors = [Actor(f"a{i}", n, ActorKind.PROFESSIONAL) for i, n in enumerate(_UP[:levels])]
    actors.append(Actor("college", "College van B&W", ActorKind.ADMINISTRATOR))
    ids = [a.id for a in actors]
    rels = [
        Relationship(f"r{i}", ids[i + 1], ids[i], RelationKind.HIERARCHY)
        for i in range(len(ids) - 1)
    ]
    powers = [
        Power(
            "afw", "Afwijken van de beleidsregel", PowerCategory.DEVIATE_FROM_RULE, holder="college"
        )
    ]
    needs = [Need("n1", "Afwijken", "afw", handler="a0")]
    return Case.from_parts(CaseInfo(title), actors, rels, needs=needs, powers=powers)


def test_steps_between_handler_and_decider_are_counted_along_the_line() -> None:
    for levels in (1, 2, 3, 4):
        case = _chain(levels)
        (step,) = case_record(case, analyse(case)).needs
        assert (step.steps, step.handler, step.decider) == (levels, "Consulent", "College van B&W")
        assert step.category == "deviate_from_rule"


def test_nobody_who_may_decide_is_none_steps() -> None:
    case = _chain(2)
    case = Case.from_parts(
        case.info,
        list(case.actors),
        list(case.relationships),
        needs=[Need("n1", "Afwijken", "deviate_from_rule", handler="a0")],
    )  # a category nobody on the map holds
    (step,) = case_record(case, analyse(case)).needs
    assert step.steps is None
    assert step.decider == ""


def test_in_how_many_cases_the_power_to_deviate_sits_three_or_more_steps_up() -> None:
    cases = [_chain(n) for n in (1, 2, 3, 4, 3)]
    book = aggregate([case_record(c, analyse(c)) for c in cases])
    (deviate,) = [s for s in book.steps if s.category == "deviate_from_rule"]
    assert FAR_STEPS == 3
    assert deviate.cases == (0, 1, 2, 3, 4)
    assert deviate.far == (2, 3, 4)
    assert deviate.unreachable == ()
    assert [(d.name, d.cases) for d in book.far_deciders] == [("College van B&W", (2, 3, 4))]
    # the power's cause recurs in every case, linked to its id in each map
    top = book.recurring[0]
    assert top.cases == (0, 1, 2, 3, 4)
    assert top.category == "deviate_from_rule"
    assert set(top.causes) == {"power:afw"}
    assert top.powers == ("Afwijken van de beleidsregel",)


def test_a_staff_members_first_name_is_not_part_of_the_role() -> None:
    assert role_name("Consulent wijkteam (Sanne)") == "Consulent wijkteam"
    assert role_name("(Sanne)") == "(Sanne)"  # nothing else to call it
    case = _chain(1)
    record = case_record(case, analyse(case))
    named = {r for c in record.causes for r in c.roles} | {n.handler for n in record.needs}
    assert "Sanne" not in " ".join(named)


def _cause(key: str, cause: str, rank: int, *, kind: str = "theme", **kw: object) -> CauseRecord:
    code, _, category = key.partition(":")
    base: dict[str, object] = {
        "cause": cause,
        "key": key,
        "code": code,
        "kind": kind,
        "category": category,
        "power": "",
        "severity": "warning",
        "rank": rank,
        "block": 3,
    }
    return CauseRecord(**(base | kw))  # type: ignore[arg-type]


def test_counts_are_numbers_of_cases_not_of_causes() -> None:
    far = "NEED_HOLDER_FAR:deviate_from_rule"
    a = CaseRecord(
        "a",
        "2026-10-01",
        9,
        (
            _cause(
                far,
                "power:p1",
                1,
                kind="power",
                power="Afwijken",
                roles=("Manager",),
                organisations=("Gemeente",),
            ),
            _cause(
                "LEARNING_SINGLE_PERSON",
                "person:x",
                2,
                kind="person",
                roles=("Consulent",),
                organisations=("Gemeente",),
            ),
        ),
    )
    b = CaseRecord(
        "b",
        "2026-11-03",
        9,
        (
            _cause(
                far, "power:q7", 2, kind="power", power="Afwijken", roles=("Manager", "Manager")
            ),
            _cause(far, "power:q8", 3, kind="power", power="Hardheidsclausule"),
        ),
    )
    c = CaseRecord(
        "c",
        "",
        9,
        (_cause("LEARNING_SINGLE_PERSON", "person:y", 1, kind="person", roles=("Consulent",)),),
    )
    book = aggregate([a, b, c])
    assert book.cases == 3
    assert [(r.key, r.cases, r.causes, r.first_ranked) for r in book.recurring] == [
        ("LEARNING_SINGLE_PERSON", (0, 2), ("person:x", "person:y"), 1),
        (far, (0, 1), ("power:p1", "power:q7"), 1),
    ]
    assert [(p.name, p.cases) for p in book.powers] == [
        ("Afwijken", (0, 1)),
        ("Hardheidsclausule", (1,)),
    ]
    assert [(r.name, r.cases) for r in book.roles] == [("Consulent", (0, 2)), ("Manager", (0, 1))]
    assert [(p.name, p.cases) for p in book.positions] == [("Consulent", (0, 2))]
    assert [(o.name, o.cases) for o in book.organisations] == [("Gemeente", (0,))]


def test_trend_by_month_of_snapshot_counts_each_case_once_per_month() -> None:
    a = CaseRecord(
        "a",
        "2026-11-20",
        5,
        (_cause("X", "theme:x", 1),),
        trend=(("2026-10-02", ("X", "Y")), ("2026-11-01", ("Y",))),
    )
    b = CaseRecord("b", "", 5, trend=(("2026-10-30", ("X",)),))
    book = aggregate([a, b])
    assert [(t.month, t.cases, t.keys) for t in book.trend] == [
        ("2026-10", 2, (("X", 2), ("Y", 1))),
        ("2026-11", 1, (("X", 1),)),  # the later moment of the month: the map now
    ]


def test_record_survives_json() -> None:
    case = _chain(3)
    record = case_record(case, analyse(case), trend=[("2026-10-01", ["B", "A", "A"])])
    again = CaseRecord.from_dict(json.loads(json.dumps(record.to_dict())))
    assert again == record
    assert again.trend == (("2026-10-01", ("A", "B")),)


def test_no_cases_no_counts() -> None:
    book = aggregate([])
    assert (book.cases, book.recurring, book.steps, book.trend) == (0, (), (), ())
