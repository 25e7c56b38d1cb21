"""Deep chains: one finding per cause, not one per member (issue 14).

A map of 500-deep mandate chains (``benchmarks.structures``) gave one TRUST_NO_LINE_TO_TOP,
one LEARNING_SINGLE_PERSON and one STRUCTURE_CARRYING_ACTOR per chain member. Each is now
said once per cause, with every member among the finding's actors and the first ones named;
these tests count findings and bytes at n and 4n, so a return to one finding per member fails
here. A line of up to eight people who each carry the case keeps a finding per person.
"""

from __future__ import annotations

import json
from collections import Counter

from benchmarks.structures import build
from mapper.checks import learning, mandate_chain, structure, trust
from mapper.context import Context
from mapper.findings import Finding
from mapper.report import finding_data
from models import Actor, ActorKind, Case, CaseInfo, RelationKind, Relationship, Role

K = RelationKind
HANDLER = (Role.CASE_HANDLER,)


def _chain(depth: int) -> Case:
    """A rule owner and a signal line of ``depth`` handlers below it, no line of command."""
    actors = [
        Actor("top", "Directeur", ActorKind.ADMINISTRATOR, roles=(Role.RULE_OWNER,)),
        Actor("secr", "Secretaris", ActorKind.MANAGER),
    ]
    rels = [Relationship("t", "top", "secr", K.TRUST, 1)]
    above = "top"
    for i in range(depth):
        actors.append(Actor(f"p{i}", f"Schakel {i}", ActorKind.PROFESSIONAL, roles=HANDLER))
        rels.append(Relationship(f"s{i}", f"p{i}", above, K.SIGNAL))
        above = f"p{i}"
    return Case.from_parts(CaseInfo("keten", intent_owner="top"), actors, rels)


def _codes(found: list[Finding]) -> Counter[str]:
    return Counter(str(f.code) for f in found)


def test_a_handler_line_without_a_line_of_command_is_one_finding() -> None:
    found = trust.check(Context.of(_chain(30)))
    lines = [f for f in found if f.code == "TRUST_NO_LINE_TO_TOP"]
    assert len(lines) == 1
    assert set(lines[0].actors) == {"top", *(f"p{i}" for i in range(30))}
    nl, en = lines[0].title("nl"), lines[0].title("en")
    # the title names three, the detail eight (issue 14, session 14: a heading of 94 names)
    assert nl == "Geen lijn van Schakel 0, Schakel 1, Schakel 2 en 27 anderen naar de directeur"
    assert en.startswith("No line from Schakel 0,")
    assert "Schakel 2 and 27 others to" in en
    assert "Schakel 7 en 22 anderen met de directeur" in lines[0].detail("nl")
    assert "Schakel 7 and 22 others with" in lines[0].detail("en")


def test_one_handler_without_a_line_keeps_its_old_words() -> None:
    [f] = [f for f in trust.check(Context.of(_chain(1))) if f.code == "TRUST_NO_LINE_TO_TOP"]
    assert f.title("nl") == "Geen lijn van Schakel 0 naar de directeur"
    assert f.actors == ("p0", "top")


def test_gatekeepers_behind_one_another_are_one_learning_finding() -> None:
    found = learning.check(Context.of(_chain(30)))
    [f] = [f for f in found if f.code == "LEARNING_SINGLE_PERSON"]
    assert f.actors[0] == "p0"  # the subject: the first on the line, nearest the rule owner
    assert set(f.actors) == {f"p{i}" for i in range(30)}
    assert "Onder Schakel 0 loopt de route verder via Schakel 1, Schakel 2," in f.detail("nl")
    assert "each of them the only way on for those below" in f.detail("en")


def test_two_gatekeepers_side_by_side_stay_two_findings() -> None:
    actors = [Actor("top", "Directeur", ActorKind.ADMINISTRATOR, roles=(Role.RULE_OWNER,))]
    rels: list[Relationship] = []
    for team in "ab":
        actors.append(Actor(f"lead{team}", f"Leider {team}", ActorKind.MANAGER))
        rels.append(Relationship(f"l{team}", f"lead{team}", "top", K.SIGNAL))
        for i in range(2):
            actors.append(Actor(f"{team}{i}", f"Consulent {team}{i}", roles=HANDLER))
            rels.append(Relationship(f"{team}{i}r", f"{team}{i}", f"lead{team}", K.SIGNAL))
    found = learning.check(Context.of(Case.from_parts(CaseInfo("t"), actors, rels)))
    singles = [f for f in found if f.code == "LEARNING_SINGLE_PERSON"]
    assert [f.actors for f in singles] == [("leada", "a0", "a1"), ("leadb", "b0", "b1")]
    assert "Onder" not in singles[0].detail("nl")


def _carrying(ctx: Context) -> list[Finding]:
    return [f for f in structure.check(ctx) if f.code == "STRUCTURE_CARRYING_ACTOR"]


def test_a_long_line_of_people_who_each_carry_the_case_is_one_finding() -> None:
    [f] = _carrying(Context.of(_chain(30)))
    # the first on the line, the key actor above, the rest of the line, the handler below
    assert f.actors[:2] == ("p0", "top")
    assert f.actors[-1] == "p1"
    assert set(f.actors) == {"top", *(f"p{i}" for i in range(29))}  # p29 cuts nobody off
    assert "ieder van hen de enige schakel: Schakel 1, Schakel 2," in f.detail("nl")
    assert "each of them is the only link too: Schakel 1," in f.detail("en")


def test_a_short_line_keeps_one_finding_per_person() -> None:
    found = _carrying(Context.of(_chain(8)))  # seven cut-points: each asks its own stand-in
    assert [f.actors for f in found] == [(f"p{i}", "top", f"p{i + 1}") for i in range(7)]
    assert all("schakel:" not in f.detail("nl") for f in found)


def _size(depth: int) -> tuple[Counter[str], int]:
    ctx = Context.of(_chain(depth))
    found = [*trust.check(ctx), *learning.check(ctx), *_carrying(ctx)]
    text = json.dumps([finding_data(f, "en") for f in found], ensure_ascii=False)
    return _codes(found), len(text)


def test_findings_and_bytes_do_not_grow_with_the_depth_of_the_chain() -> None:
    small_codes, small = _size(40)
    large_codes, large = _size(160)
    assert small_codes == large_codes
    # the ids of the members grow (some eight bytes a finding), the words do not: one finding
    # per member was some 600 bytes a member for each of the three
    assert large - small < 30 * (160 - 40)


def test_the_benchmarks_deep_mandate_chains_say_each_cause_once() -> None:
    ctx = Context.of(build("mandate-chain-500", 600, seed=0))
    codes = _codes([*trust.check(ctx), *learning.check(ctx), *_carrying(ctx)])
    assert codes["TRUST_NO_LINE_TO_TOP"] == 1
    assert codes["LEARNING_SINGLE_PERSON"] <= 2  # one per chain
    assert codes["STRUCTURE_CARRYING_ACTOR"] <= 2


def test_every_broken_mandate_of_the_deep_chains_is_named_once_by_a_broken_link() -> None:
    ctx = Context.of(build("mandate-chain-500", 600, seed=0))
    found = [f for f in mandate_chain.check(ctx) if f.code == "MANDATE_CHAIN_BROKEN"]
    broken = {m.id for m in ctx.graphs.mandates if ctx.authority.status[m.id] == "chain_broken"}
    told = Counter(f.mandates[0] for f in found)
    for f in found:  # the mandates below the link: after the subject and what it rests on
        told.update(x for x in f.mandates[1:] if x in broken and not _rests_on(ctx, f, x))
    assert set(told) == broken
    assert set(told.values()) == {1}
    assert len(found) < len(broken) / 2  # 600 actors: 847 broken mandates, 253 findings


def _rests_on(ctx: Context, f: Finding, x: str) -> bool:
    subject = ctx.legal.by_id[f.mandates[0]]
    return ctx.legal.by_id[x].holder == subject.grantor
