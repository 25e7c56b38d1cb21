"""Intent, signals and room to act: small named cases, each with exactly its findings."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pytest

from mapper.checks import intent, room, signals
from mapper.context import Context
from mapper.findings import Finding, Severity
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Mandate,
    Need,
    PowerCategory,
    RelationKind,
    Relationship,
    Role,
    Urgency,
)
from models.legacy import assemble
from tests.mapper.cases import AS_OF, M

Check = Callable[[Context], list[Finding]]
K = RelationKind


def run(check: Check, case: Case) -> list[Finding]:
    return check(Context.of(case))


def codes(check: Check, case: Case) -> list[str]:
    return sorted(f.code for f in run(check, case))


def make(
    actors: list[Actor],
    rels: list[tuple[str, str, RelationKind]] = (),  # type: ignore[assignment]
    mandates: list[Mandate] = (),  # type: ignore[assignment]
    needs: list[Need] = (),  # type: ignore[assignment]
    held: Mapping[str, tuple[PowerCategory, ...]] | None = None,
    **info: object,
) -> Case:
    """A case; the college holds ``COLLEGE_POWERS`` by statute unless ``held`` says otherwise."""
    relationships = [Relationship(f"r{i}", s, t, k) for i, (s, t, k) in enumerate(rels, 1)]
    header = CaseInfo("t", as_of=AS_OF, **info)  # type: ignore[arg-type]
    if held is None:
        held = {"college": COLLEGE_POWERS} if COLLEGE in actors else {}
    return assemble(header, actors, relationships, mandates, needs, held=held)


COLLEGE = Actor("college", "College", ActorKind.ADMINISTRATOR, stance=2)
COLLEGE_POWERS = (
    PowerCategory.DEVIATE_FROM_RULE, PowerCategory.SUSPEND_ROUTINE, PowerCategory.TRIAGE,
    PowerCategory.PUSH_THROUGH, PowerCategory.SPEND_BUDGET,
)  # fmt: skip
MANAGER = Actor("manager", "Manager", ActorKind.MANAGER)
LEAD = Actor("lead", "Teamleider", ActorKind.MANAGER, roles=(Role.TRIAGE,))
PRO = Actor("pro", "Consulent", ActorKind.PROFESSIONAL, roles=(Role.CASE_HANDLER,))
CITIZEN = Actor("citizen", "Inwoner", ActorKind.CITIZEN)
LINE = [("college", "manager", K.HIERARCHY), ("manager", "lead", K.HIERARCHY),
        ("lead", "pro", K.HIERARCHY)]  # fmt: skip


# ---------------------------------------------------------------- intent
def test_intent_not_stated_and_no_owner() -> None:
    assert codes(intent.check, make([COLLEGE])) == ["INTENT_NOT_PASSED_DOWN", "INTENT_NOT_STATED"]
    stated = make([COLLEGE], intent="Blijven wonen")
    assert "INTENT_NO_OWNER" in codes(intent.check, stated)


def test_intent_owner_opposes() -> None:
    owner = Actor("w", "Wethouder", ActorKind.ADMINISTRATOR, stance=-1)
    case = make([owner], intent="x", intent_owner="w")
    assert codes(intent.check, case) == ["INTENT_NO_DEVIATION_POWER", "INTENT_OWNER_OPPOSES"]


def test_no_supporting_administrator_may_deviate() -> None:
    neutral = Actor("b", "Burgemeester", ActorKind.ADMINISTRATOR, stance=0)
    owner = Actor("w", "Wethouder", ActorKind.ADMINISTRATOR, stance=2)
    found = run(
        intent.check,
        make(
            [owner, neutral],
            intent="x",
            intent_owner="w",
            held={"b": (PowerCategory.DEVIATE_FROM_RULE,)},
        ),
    )
    assert [(f.code, f.severity) for f in found] == [
        ("INTENT_NO_DEVIATION_POWER", Severity.CRITICAL)
    ]
    assert "de burgemeester" in found[0].detail("nl")


def test_power_kept_at_the_top() -> None:
    case = make([COLLEGE, MANAGER], LINE[:1], intent="x", intent_owner="college")
    found = run(intent.check, case)
    assert [(f.code, f.severity) for f in found] == [("INTENT_NOT_PASSED_DOWN", Severity.CRITICAL)]
    half = make(
        [COLLEGE, MANAGER],
        LINE[:1],
        [M("m1", "college", "manager", PowerCategory.DEVIATE_FROM_RULE)],
        intent="x",
        intent_owner="college",
    )
    found = run(intent.check, half)
    assert [(f.code, f.severity) for f in found] == [("INTENT_NOT_PASSED_DOWN", Severity.WARNING)]
    both = make(
        [COLLEGE, MANAGER],
        LINE[:1],
        [
            M("m1", "college", "manager", PowerCategory.DEVIATE_FROM_RULE),
            M("m2", "college", "manager", PowerCategory.SUSPEND_ROUTINE),
        ],
        intent="x",
        intent_owner="college",
    )
    assert run(intent.check, both) == []


# ---------------------------------------------------------------- signals
def test_citizen_unheard_is_critical() -> None:
    case = make([COLLEGE, CITIZEN, PRO], [("citizen", "pro", K.SIGNAL)])
    found = run(signals.check, case)
    assert [(f.code, f.severity, f.actors) for f in found] == [
        ("SIGNAL_UNHEARD", Severity.CRITICAL, ("citizen",))
    ]


def test_an_ombudsman_gets_no_colleague_but_its_line_to_the_body() -> None:
    # Awb 9:36: the ombudsman reports to the bestuursorgaan itself
    ombudsman = Actor("omb", "Ombudsman", ActorKind.OVERSIGHT)
    case = make(
        [COLLEGE, MANAGER, LEAD, PRO, CITIZEN, ombudsman],
        [*LINE, ("citizen", "pro", K.SIGNAL), ("omb", "pro", K.SIGNAL)],
        [M("m1", "college", "lead", PowerCategory.TRIAGE)],
    )
    [f] = [f for f in run(signals.check, case) if f.code == "SIGNAL_SINGLE_PERSON"]
    assert "art. 9:36 Awb" in f.suggestion("nl")
    assert f.suggestion("nl").startswith("Geef de inwoner een tweede route")
    assert "Geef Ombudsman" not in f.suggestion("nl")


def test_long_path_and_single_person() -> None:
    case = make(
        [COLLEGE, MANAGER, LEAD, PRO, CITIZEN],
        [*LINE, ("citizen", "pro", K.SIGNAL)],
        [M("m1", "college", "lead", PowerCategory.TRIAGE)],
    )
    found = run(signals.check, case)
    assert sorted(f.code for f in found) == ["SIGNAL_SINGLE_PERSON"]
    assert found[0].actors == ("pro", "citizen")
    far = make([COLLEGE, MANAGER, LEAD, PRO, CITIZEN], [*LINE, ("citizen", "pro", K.SIGNAL)])
    found = run(signals.check, far)
    assert sorted(f.code for f in found) == [
        "SIGNAL_LONG_PATH",
        "SIGNAL_SINGLE_PERSON",
        "TRIAGE_ROLE_WITHOUT_MANDATE",
    ]
    long = next(f for f in found if f.code == "SIGNAL_LONG_PATH")
    assert long.actors == ("citizen", "pro", "lead", "manager", "college")
    # art. 1:3 Awb: triage is internal allocation of work, not a besluit; it needs a task in the
    # work instruction, never a mandate, and the later decision is not "zonder basis"
    triage = next(f for f in found if f.code == "TRIAGE_ROLE_WITHOUT_MANDATE")
    text = triage.title("nl") + triage.detail("nl") + triage.suggestion("nl")
    assert "art. 1:3 Awb" in triage.detail("nl")
    assert "vraagt geen mandaat" in triage.detail("nl")
    assert "werkinstructie" in triage.suggestion("nl")
    assert "triagemandaat" not in text
    assert "geen basis" not in text


def test_two_routes_remove_the_single_person() -> None:
    other = Actor("desk", "Loket", ActorKind.PROFESSIONAL)
    case = make(
        [COLLEGE, LEAD, PRO, other, CITIZEN],
        [
            ("citizen", "pro", K.SIGNAL),
            ("citizen", "desk", K.SIGNAL),
            ("pro", "lead", K.SIGNAL),
            ("desk", "lead", K.SIGNAL),
            ("lead", "college", K.ESCALATION),
        ],
        [M("m1", "college", "lead", PowerCategory.TRIAGE)],
    )
    assert run(signals.check, case) == []


def test_triage_not_organised_and_no_decider() -> None:
    assert codes(signals.check, make([PRO, CITIZEN], [("citizen", "pro", K.SIGNAL)])) == [
        "SIGNAL_NO_DECIDER",
        "TRIAGE_NOT_ORGANISED",
    ]


def test_oversight_reaches_no_administrator() -> None:
    ombuds = Actor("omb", "Ombudsman", ActorKind.OVERSIGHT)
    case = make(
        [COLLEGE, MANAGER, LEAD, ombuds],
        [("omb", "lead", K.SIGNAL)],
        [M("m1", "college", "lead", PowerCategory.TRIAGE)],
    )
    assert codes(signals.check, case) == ["SIGNAL_OVERSIGHT_NO_ADMINISTRATOR"]


# ---------------------------------------------------------------- room to act
def _room_case(mandates: list[Mandate], need: Need, rels: list[tuple[str, str, K]] = LINE) -> Case:
    return make([COLLEGE, MANAGER, LEAD, PRO], rels, mandates, [need])


def test_need_without_any_holder() -> None:
    need = Need("n1", "Boete kwijtschelden", PowerCategory.IMPOSE_FINE, handler="pro")
    assert codes(room.check, _room_case([], need)) == ["NEED_NO_HOLDER"]


def test_need_budget_short_nearby() -> None:
    need = Need(
        "n1",
        "Noodbudget",
        PowerCategory.SPEND_BUDGET,
        budget=5000.0,
        handler="pro",
        urgency=Urgency.MEDIUM,
    )
    small = M("m1", "college", "lead", PowerCategory.SPEND_BUDGET, budget=1000.0)
    found = run(room.check, _room_case([small], need))
    assert [(f.code, f.severity) for f in found] == [("NEED_BUDGET_SHORT", Severity.WARNING)]
    assert found[0].actors == ("pro", "lead", "college")  # near holder, then who may
    assert "€ 1.000" in found[0].detail("nl")
    enough = M("m2", "college", "manager", PowerCategory.SPEND_BUDGET, budget=9000.0)
    assert run(room.check, _room_case([small, enough], need)) == []


@pytest.mark.parametrize(
    ("urgency", "severity"), [(Urgency.HIGH, Severity.CRITICAL), (Urgency.MEDIUM, Severity.WARNING)]
)
def test_holder_far_from_the_case(urgency: Urgency, severity: Severity) -> None:
    need = Need("n1", "Afwijken", PowerCategory.DEVIATE_FROM_RULE, handler="pro", urgency=urgency)
    found = run(room.check, _room_case([], need))
    assert [(f.code, f.severity) for f in found] == [("NEED_HOLDER_FAR", severity)]
    assert found[0].actors == ("pro", "lead", "manager", "college")
    assert "three steps" in found[0].title("en")
    assert "drie stappen" in found[0].title("nl")


def test_holder_close_to_the_case_is_fine() -> None:
    need = Need(
        "n1", "Afwijken", PowerCategory.DEVIATE_FROM_RULE, handler="pro", urgency=Urgency.HIGH
    )
    case = _room_case([M("m1", "college", "lead", PowerCategory.DEVIATE_FROM_RULE)], need)
    assert run(room.check, case) == []


def test_holder_unreachable_names_invalid_mandates() -> None:
    need = Need("n1", "Afwijken", PowerCategory.DEVIATE_FROM_RULE, handler="pro")
    expired = M(
        "m1",
        "college",
        "lead",
        PowerCategory.DEVIATE_FROM_RULE,
        valid_until=AS_OF.replace(year=2025),
    )
    case = _room_case([expired], need, rels=[("lead", "pro", K.HIERARCHY)])
    found = run(room.check, case)
    assert [f.code for f in found] == ["NEED_HOLDER_UNREACHABLE"]
    assert found[0].mandates == ("m1",)  # named by what it is, highlighted by its id
    detail = found[0].detail("en")
    # in prose, not the arrow of a chain (rev-user15 G11)
    assert "from the executive to the Teamleider (expired on 1 October 2025)" in detail
    assert "(m1)" not in detail  # no bare ids in the advice (jurist L1)


def test_multi_organisation_need_needs_push_through() -> None:
    college = Actor("college", "College", ActorKind.ADMINISTRATOR)
    need = Need(
        "n1",
        "Ontruiming aanhouden",
        PowerCategory.SUSPEND_ROUTINE,
        handler="pro",
        organisations=("Gemeente", "Corporatie"),
    )
    case = _room_case([M("m1", "college", "lead", PowerCategory.SUSPEND_ROUTINE)], need)
    case = assemble(
        case.info,
        [college, MANAGER, LEAD, PRO],
        list(case.relationships),
        list(case.mandates),
        list(case.needs),
        held={"college": (PowerCategory.SUSPEND_ROUTINE,)},
    )
    assert codes(room.check, case) == ["NEED_NO_PUSH_THROUGH"]


def test_a_need_in_another_organisation_needs_push_through() -> None:
    pro = Actor("pro", "Consulent", ActorKind.PROFESSIONAL, organisation="Gemeente")
    college = Actor("college", "College", ActorKind.ADMINISTRATOR, organisation="Gemeente")
    need = Need(
        "n1",
        "Ontruiming aanhouden",
        PowerCategory.SUSPEND_ROUTINE,
        handler="pro",
        organisations=("Corporatie",),
    )
    held = {"college": (PowerCategory.SUSPEND_ROUTINE,)}
    case = make([college, pro], [("pro", "college", K.ESCALATION)], [], [need], held=held)
    assert codes(room.check, case) == ["NEED_NO_PUSH_THROUGH"]
    same = make(
        [college, pro],
        [("pro", "college", K.ESCALATION)],
        [],
        [
            Need(
                "n1", "x", PowerCategory.SUSPEND_ROUTINE, handler="pro", organisations=("Gemeente",)
            )
        ],
        held=held,
    )
    assert run(room.check, same) == []


def test_need_without_handler() -> None:
    assert codes(room.check, _room_case([], Need("n1", "x", PowerCategory.TRIAGE))) == [
        "NEED_NO_HANDLER"
    ]
