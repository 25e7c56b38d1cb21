"""Grouping findings into causes and the negative-trust lines stay linear on large maps.

Work is counted in lines of Python run (:func:`tests.mapper.work_count.lines_run`) at n and 4n
actors, never timed. The quadratic versions these guard against built a dict of every need per
cause, tested each cause's person against the whole list of cut points, and indexed every
mandate and relationship once per negative line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

import mapper.analysis
from mapper import analyse
from mapper.causes import build_causes
from mapper.checks import trust
from mapper.context import Context
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
)
from tests.mapper.cases import AS_OF
from tests.mapper.work_count import lines_run

K = RelationKind


def _teams(n: int) -> Case:
    """A wethouder above ``n`` managers side by side, each with a case handler below who
    distrusts them and holds a mandate from them, and a need per handler: one cut point
    per manager, one negative line and one cause per team. (Side by side, not in a line:
    a line of more than eight cut points is one carrying-actor finding since 7ebabec.)"""
    actors = [Actor("top", "Wethouder", ActorKind.ADMINISTRATOR)]
    rels: list[Relationship] = []
    mandates: list[Mandate] = []
    needs: list[Need] = []
    for i in range(n):
        actors += [
            Actor(f"m{i}", f"Manager {i}", ActorKind.MANAGER),
            Actor(f"c{i}", f"Consulent {i}", ActorKind.PROFESSIONAL, roles=(Role.CASE_HANDLER,)),
        ]
        rels += [
            Relationship(f"h{i}", "top", f"m{i}", K.HIERARCHY),
            Relationship(f"k{i}", f"m{i}", f"c{i}", K.HIERARCHY),
            Relationship(f"t{i}", f"c{i}", f"m{i}", K.TRUST, level=-2),
        ]
        mandates.append(Mandate(f"md{i}", f"m{i}", f"c{i}", PowerCategory.SPEND_BUDGET))
        needs.append(Need(f"n{i}", f"Besluit {i}", PowerCategory.SPEND_BUDGET, 100.0, f"c{i}"))
    return Case.from_parts(
        CaseInfo("teams", as_of=AS_OF, intent_owner="top"), actors, rels, mandates, needs
    )


def test_negative_lines_are_linear() -> None:
    def work(n: int) -> tuple[int, int]:
        ctx = Context.of(_teams(n))
        found = trust._negative_lines(ctx)
        return lines_run(lambda: trust._negative_lines(ctx)), len(found)

    (small, found_small), (large, found_large) = work(25), work(200)
    assert (found_small, found_large) == (25, 200)  # one line per team
    # 8× the lines: about 8× the work; a dict of all mandates and ties per line: about 14×
    assert large / small <= 10, (small, large)


class _Counted(tuple[Any, ...]):
    """A tuple that counts how often it is walked or searched (each is O(len))."""

    walks = 0

    def __iter__(self) -> Iterator[Any]:
        type(self).walks += 1
        return super().__iter__()

    def __contains__(self, item: object) -> bool:
        type(self).walks += 1
        return super().__contains__(item)


def _causes_walks(monkeypatch: pytest.MonkeyPatch, n: int) -> tuple[int, int]:
    """How often ``build_causes`` walks the needs or the list of cut points of ``_teams(n)``
    (per cause would be O(causes × n)), and how many causes it finds."""
    seen: dict[str, Any] = {}

    def record(*args: Any, **kwargs: Any) -> Any:
        seen["call"] = (args, kwargs)
        return build_causes(*args, **kwargs)

    monkeypatch.setattr(mapper.analysis, "build_causes", record)
    # one cause per team, as before findings of one shape became one (mapper.repeats): the
    # causes must grow with the teams for this count to mean anything
    monkeypatch.setattr(mapper.analysis, "group_repeats", lambda found, keep: (tuple(found), {}))
    analyse(_teams(n))
    (findings, ctx), kwargs = seen["call"]
    cuts = [f for f in kwargs["structural"] if f.code == "STRUCTURE_CUT_POINTS"]
    assert cuts
    assert len(cuts[0].actors) >= n  # every manager is a cut point
    _, before = build_causes(findings, ctx, **kwargs)
    kwargs["structural"] = [
        replace(f, actors=_Counted(f.actors)) if f.code == "STRUCTURE_CUT_POINTS" else f
        for f in kwargs["structural"]
    ]
    ctx.graphs.needs = _Counted(ctx.graphs.needs)
    _Counted.walks = 0
    _, causes = build_causes(findings, ctx, **kwargs)
    assert causes == before  # the same causes, the same evidence
    assert any("Zonder" in e.nl for c in causes for e in c.evidence)  # cut points quoted
    return _Counted.walks, len(causes)


def test_grouping_into_causes_walks_needs_and_cut_points_a_fixed_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (small, causes_small), (large, causes_large) = (_causes_walks(monkeypatch, n) for n in (20, 80))
    assert causes_large >= 3 * causes_small  # the causes grow with the teams
    # once per cause would be 20+ and 80+ (the fifth: which mandates a need relies on, J6)
    assert small == large <= 5, (small, large)
