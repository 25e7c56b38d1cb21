"""The mandate rules do linear work: one index of mandates per analysis, one walk per power.

Work is counted (lines of Python executed, ours and the libraries'), never timed: at 4× the
mandates a linear check runs about 4× the lines; a scan of all mandates per mandate (the old
``Authority.of`` on mandates without a legal root, ``mandate_chain`` rebuilding its index per
finding, ``mandates._signing`` scanning all needs per signing mandate) runs 16×.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from mapper.checks import intent, mandate_chain, mandates, room
from mapper.context import Context
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Instrument,
    Mandate,
    Need,
    Power,
    PowerCategory,
    RelationKind,
    Relationship,
)
from tests.mapper.legal_cases import AS_OF, ORGS
from tests.mapper.work_count import lines_run

H = RelationKind.HIERARCHY
BB = Power("bb", "Bijzondere bijstand", PowerCategory.SPEND_BUDGET, "Participatiewet art. 35",
           holder="college")  # fmt: skip
AFW = Power("afw", "Afwijken", PowerCategory.DEVIATE_FROM_RULE, "Beleidsregels", holder="college")


def _run(case: Case) -> int:
    ctx = Context.of(case)
    ctx.graphs.flow(room.ROOM_KINDS)  # graph views are built outside the count

    def work() -> None:
        for check in (intent.check, mandates.check, mandate_chain.check, room.check):
            check(ctx)

    return lines_run(work)


def _assert_linear(build: Callable[[int], Case], n: int = 60) -> None:
    # the small map first: run second, it could find what the big one left in a cache (each
    # name's pattern, when mapper.name_once compiled one per name) and look cheaper than it is
    small = _run(build(n))
    ratio = _run(build(4 * n)) / small
    assert ratio <= 6, ratio  # 4× the mandates: about 4× the work; quadratic would be 16×


def _base(n: int) -> tuple[list[Actor], list[Relationship]]:
    actors = [
        Actor("college", "College", ActorKind.ADMINISTRATOR, organisation="gem"),
        Actor("manager", "Manager", ActorKind.MANAGER, organisation="gem"),
        *(
            Actor(f"c{i}", f"Consulent {i}", ActorKind.PROFESSIONAL, organisation="gem")
            for i in range(n)
        ),
    ]
    rels = [Relationship("h0", "college", "manager", H)]
    rels += [Relationship(f"h{i + 1}", "manager", f"c{i}", H) for i in range(n)]
    return actors, rels


def flat_without_root(n: int) -> Case:
    """A manager who holds nothing mandates each of ``n`` civil servants (no legal root)."""
    actors, rels = _base(n)
    ms = [Mandate(f"m{i}", "manager", f"c{i}", "bb") for i in range(n)]
    return Case.from_parts(
        CaseInfo("plat", as_of=AS_OF), actors, rels, ms, organisations=ORGS, powers=[BB]
    )


def flat_with_signing_and_needs(n: int) -> Case:
    """The college mandates the manager, who sub-mandates ``n`` civil servants; each also has
    a signing authorisation and a need of its own."""
    actors, rels = _base(n)
    ms = [Mandate("m0", "college", "manager", "bb", sub_mandate_levels=1)]
    ms += [Mandate(f"m{i + 1}", "manager", f"c{i}", "bb", budget=1000) for i in range(n)]
    ms += [
        Mandate(f"s{i}", "college", f"c{i}", "afw", instrument=Instrument.SIGNING) for i in range(n)
    ]
    needs = [Need(f"n{i}", f"Besluit {i}", "afw", None, f"c{i}") for i in range(n)]
    needs += [Need(f"b{i}", f"Bijstand {i}", "bb", 500.0 + i, f"c{i}") for i in range(n)]
    return Case.from_parts(
        CaseInfo("plat", as_of=AS_OF), actors, rels, ms, needs, organisations=ORGS, powers=[BB, AFW]
    )


def deep_chain(n: int) -> Case:
    """A chain of ``n`` sub-mandates the college allowed, broken at the top: every link
    below rests on an invalid mandate."""
    actors = [Actor("college", "College", ActorKind.ADMINISTRATOR, organisation="gem")]
    actors += [Actor(f"a{i}", f"Ambtenaar {i}", organisation="gem") for i in range(n)]
    ids = ["college", *(f"a{i}" for i in range(n))]
    rels = [Relationship(f"h{i}", a, b, H) for i, (a, b) in enumerate(itertools.pairwise(ids))]
    ms = [
        Mandate(f"m{i}", a, b, "bb", sub_mandate_levels=9 if i == 0 else None, in_writing=i != 0)
        for i, (a, b) in enumerate(itertools.pairwise(ids))
    ]
    ms[0] = Mandate(
        "m0",
        "college",
        "a0",
        "bb",
        sub_mandate_levels=9,
        consent=False,
        holder_works_under_grantor=False,
    )
    return Case.from_parts(
        CaseInfo("diep", as_of=AS_OF), actors, rels, ms, organisations=ORGS, powers=[BB]
    )


def deep_valid_chain(n: int) -> Case:
    """A chain of ``n`` lawful sub-delegations between public bodies (each holds the power as
    its own: no limit on depth), with a need at the bottom."""
    actors = [Actor("college", "College", ActorKind.ADMINISTRATOR, organisation="gem")]
    actors += [
        Actor(f"a{i}", f"Bestuur {i}", ActorKind.ADMINISTRATOR, organisation="gr") for i in range(n)
    ]
    ids = ["college", *(f"a{i}" for i in range(n))]
    rels = [
        Relationship(f"h{i}", b, a, RelationKind.ACCOUNTABILITY)
        for i, (a, b) in enumerate(itertools.pairwise(ids))
    ]
    ms = [
        Mandate(f"m{i}", a, b, "bb", instrument=Instrument.DELEGATION, legal_basis="Wgr art. 30")
        for i, (a, b) in enumerate(itertools.pairwise(ids))
    ]
    need = Need("n1", "Bijstand", "bb", 100.0, f"a{n - 1}", deadline=AS_OF)
    return Case.from_parts(
        CaseInfo("diep", as_of=AS_OF), actors, rels, ms, [need], organisations=ORGS, powers=[BB]
    )


def test_a_deep_valid_chain_is_linear() -> None:
    ctx = Context.of(deep_valid_chain(40))
    grant = ctx.authority.grant("a39", "bb")
    assert grant is not None
    assert grant.basis == "delegation"
    assert grant.depth == 40
    assert len(grant.chain) == 40
    assert grant.root == "m0"
    _assert_linear(deep_valid_chain)


def test_flat_organisation_without_a_legal_root_is_linear() -> None:
    found = mandate_chain.check(Context.of(flat_without_root(50)))
    assert sum(f.code == "MANDATE_NO_LEGAL_ROOT" for f in found) == 50
    _assert_linear(flat_without_root)


def test_signing_mandates_and_needs_are_linear() -> None:
    ctx = Context.of(flat_with_signing_and_needs(10))
    signing = [f for f in mandates.check(ctx) if f.code == "MANDATE_SIGNING_NO_POWER"]
    assert [f.needs for f in signing[:2]] == [("n0",), ("n1",)]
    _assert_linear(flat_with_signing_and_needs)


def test_a_deep_broken_chain_is_linear() -> None:
    found = mandate_chain.check(Context.of(deep_chain(40)))
    # one finding for the broken link (m1 rests on m0, which lacks consent), naming the 38
    # mandates below it (issue 14; there were 39 findings, one per mandate below m0)
    [broken] = [f for f in found if f.code == "MANDATE_CHAIN_BROKEN"]
    assert broken.mandates == ("m1", "m0", *(f"m{i}" for i in range(2, 40)))
    assert broken.actors == ("a0", *(f"a{i}" for i in range(1, 40)))
    assert "Verderop in de keten steunen 38 mandaten erop" in broken.detail("nl")
    assert broken.detail("en").endswith("granted to the Ambtenaar 9 and 30 more.")
    _assert_linear(deep_chain)
