"""Checks on deep and wide structures: the evidence stays bounded and the work linear.

Sizes are compared (the text and ids of the findings at n and 4n actors), never wall-clock
time. Known answers on small trees pin down which handlers share a finding.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable

from mapper.checks import accountability, room, trust
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding
from mapper.report import finding_data
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Need,
    PowerCategory,
    RelationKind,
    Relationship,
    Role,
)
from models.legacy import assemble
from tests.mapper.cases import AS_OF
from tests.mapper.work_count import lines_run

K = RelationKind
HANDLER = (Role.CASE_HANDLER,)


def _assert_linear_work(check: Callable[[Context], object], small: Case, large: Case) -> None:
    ctx_small, ctx_large = Context.of(small), Context.of(large)
    for ctx in (ctx_small, ctx_large):  # build the graphs first: only the check is counted
        check(ctx)
    ratio = lines_run(lambda: check(ctx_large)) / lines_run(lambda: check(ctx_small))
    assert ratio <= 6, ratio  # 4× the actors; a search per handler down the line does 16×


def _size(found: list[Finding]) -> int:
    return sum(len(json.dumps(finding_data(f, lang))) for f in found for lang in ("en", "nl"))


def _deep_line(depth: int, kind: RelationKind = K.HIERARCHY) -> Case:
    """A wethouder above a line of ``depth`` case handlers, one tie each, hardly any trust."""
    actors = [Actor("top", "Wethouder", ActorKind.ADMINISTRATOR)]
    actors += [
        Actor(f"p{i}", f"Consulent {i}", ActorKind.PROFESSIONAL, roles=HANDLER)
        for i in range(depth)
    ]
    ids = [a.id for a in actors]
    rels = [Relationship(f"r{i}", a, b, kind) for i, (a, b) in enumerate(itertools.pairwise(ids))]
    rels.append(Relationship("t1", "p0", "top", K.TRUST, level=1))
    return Case.from_parts(CaseInfo("diep", as_of=AS_OF, intent_owner="top"), actors, rels)


def test_backing_on_a_deep_line_is_one_bounded_finding_per_handler() -> None:
    small, large = (trust.check(Context.of(_deep_line(d))) for d in (100, 400))
    backing = [f for f in large if f.code == "TRUST_BACKING_WEAK"]
    assert len(backing) == 400  # each handler has its own set of weak links
    deepest = next(f for f in backing if f.title("en").endswith("the Consulent 399 is not secured"))
    assert "and 392 more problems higher up" in deepest.detail("en")
    assert "en nog 392 problemen hogerop" in deepest.detail("nl")
    # the line is named by its ends, not as a chain of arrows (jurist N9)
    assert deepest.detail("en").startswith("On the line from the Wethouder to the Consulent 399 ")
    assert "→" not in deepest.detail("nl")
    assert len(deepest.actors) <= 20
    # linear: 4× the handlers, about 4× the text (listing every link would make it 16×)
    assert _size(large) <= 4.5 * _size(small)
    _assert_linear_work(trust.check, _deep_line(100), _deep_line(400))


def test_handlers_below_the_same_problem_share_one_finding() -> None:
    actors = [
        Actor("top", "Wethouder", ActorKind.ADMINISTRATOR),
        Actor("m", "Manager", ActorKind.MANAGER),
        *(Actor(p, p.upper(), ActorKind.PROFESSIONAL, roles=HANDLER) for p in ("p1", "p2", "p3")),
    ]
    rels = [
        Relationship("h1", "top", "m", K.HIERARCHY),
        Relationship("h2", "m", "p1", K.HIERARCHY),
        Relationship("h3", "m", "p2", K.HIERARCHY),
        Relationship("h4", "p1", "p3", K.HIERARCHY),
        *(
            Relationship(f"t{i}", a, b, K.TRUST, level=2)
            for i, (a, b) in enumerate(
                [
                    ("top", "m"),
                    ("m", "top"),
                    ("m", "p1"),
                    ("p3", "p1"),
                    ("p1", "p3"),
                    ("m", "p2"),
                    ("p2", "m"),
                ]
            )
        ),
        Relationship("d1", "top", "p2", K.TRUST, level=-2),  # not adjacent on the line
    ]
    case = Case.from_parts(CaseInfo("boom", as_of=AS_OF, intent_owner="top"), actors, rels)
    found = {f.code: f for f in trust.check(Context.of(case))}
    weak, negative = found[Code.TRUST_BACKING_WEAK], found[Code.TRUST_BACKING_NEGATIVE]
    # p1 (one-way from the manager) and p3 below it: the same weak link, one finding
    assert weak.title("en") == "Backing for two case handlers is not secured"
    assert weak.title("nl") == "Rugdekking voor twee behandelaars is niet geborgd"
    assert {"p1", "p3"} <= set(weak.actors)
    assert "p2" not in weak.actors
    assert "Manager – P1: one-way" in weak.detail("en")
    # p2: the wethouder two steps up distrusts p2
    # only what is drawn: the distrust runs from the wethouder to p2, not from p2 upwards
    assert negative.title("en") == "Distrust on the line from the Wethouder to P2"
    assert "the Wethouder distrusts P2" in negative.detail("en")
    assert negative.relationships == ("d1",)
    assert set(found) == {"TRUST_BACKING_WEAK", "TRUST_BACKING_NEGATIVE"}


def test_accountability_on_a_deep_line_groups_by_where_it_stops() -> None:
    def line(depth: int) -> Case:
        actors = [Actor("top", "Wethouder", ActorKind.ADMINISTRATOR)]
        actors += [
            Actor(f"p{i}", f"Consulent {i}", ActorKind.PROFESSIONAL, roles=HANDLER)
            for i in range(depth)
        ]
        # p_{i+1} accounts to p_i; p0 accounts to nobody: the line stops at p0 for everyone
        rels = [
            Relationship(f"r{i}", f"p{i + 1}", f"p{i}", K.ACCOUNTABILITY) for i in range(depth - 1)
        ]
        rels.append(Relationship("x", "top", "p0", K.HIERARCHY))
        return Case.from_parts(CaseInfo("lijn", as_of=AS_OF), actors, rels)

    small, large = (accountability.check(Context.of(line(d))) for d in (100, 400))
    # p0 has no line at all; the 399 handlers below it all stop at p0: two findings
    assert [(f.code, len(f.actors)) for f in large] == [
        ("ACCOUNTABILITY_LINE_STOPS", 1),
        ("ACCOUNTABILITY_LINE_STOPS", 400),
    ]
    assert large[1].title("en") == "Accountability of 399 case handlers does not reach the top"
    assert "stops at the Consulent 0" in large[1].detail("en")
    assert _size(large) <= 4.5 * _size(small)
    _assert_linear_work(accountability.check, line(100), line(400))


def test_a_far_holder_names_a_shortened_route() -> None:
    def far(depth: int) -> Case:
        line = _deep_line(depth)
        top = Actor("top", "Wethouder", ActorKind.ADMINISTRATOR)
        need = Need("n1", "Afwijken", PowerCategory.DEVIATE_FROM_RULE, handler=f"p{depth - 1}")
        actors = [top, *list(line.actors)[1:]]
        held = {"top": (PowerCategory.DEVIATE_FROM_RULE,)}
        return assemble(line.info, actors, list(line.relationships), needs=[need], held=held)

    found = room.check(Context.of(far(300)))
    assert [f.code for f in found] == ["NEED_HOLDER_FAR"]
    detail = found[0].detail("en")
    assert "Consulent 299 → Consulent 298 → Consulent 297 → … (295 more) → Consulent 1" in detail
    assert detail.endswith("→ Consulent 0 → Wethouder.")
    assert found[0].actors == ("p299", "p298", "p297", "p1", "p0", "top")
    assert _size(found) <= 1.1 * _size(room.check(Context.of(far(60))))  # bounded, not O(depth)
