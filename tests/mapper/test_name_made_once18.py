"""An actor's Name is made once per name, kind and properness, not once per sentence it is in
(issue 15, suite18c: ``CaseGraphs.name`` made a new Name about 230 times per analysis; in the
mapper tests 190,000 Names cost about 4 % of their CPU)."""

from __future__ import annotations

import pytest

import mapper.names
from mapper.graph import build_graphs
from mapper.names import Name
from models import EntityKind
from models.example import example_case


def test_an_actor_is_named_once_across_analyses(monkeypatch: pytest.MonkeyPatch) -> None:
    case = example_case()
    actor = next(a for a in case.actors if a.name.startswith("Consulent"))
    # a name no other test makes, so that the count is this test's own
    case.update(EntityKind.ACTOR, actor.id, {"name": "Consulent wijkteam suite18c"})
    made: list[str] = []
    real = mapper.names.is_body

    def counted(name: str, kind: object = None) -> bool:
        made.append(name)
        return real(name, kind)  # type: ignore[arg-type]

    monkeypatch.setattr(mapper.names, "is_body", counted)
    first = build_graphs(case).name(actor.id)
    again = build_graphs(case).name(actor.id)
    assert made.count("Consulent wijkteam suite18c") == 1  # old code: 2
    assert again is first


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_shared_name_reads_as_a_new_one(lang: str) -> None:
    """The Name shared by the analyses says the same as one made afresh."""
    case = example_case()
    graphs = build_graphs(case)
    for actor in case.actors:
        shared = graphs.name(actor.id)
        org = case.organisations.get(actor.organisation) if actor.organisation else None
        fresh = Name.of(actor.name, actor.kind, proper=org is not None and org.name == actor.name)
        assert shared == fresh
        assert shared.running(lang) == fresh.running(lang)
        assert shared.forms(lang) == fresh.forms(lang)
        assert shared.who(lang) == fresh.who(lang)
        assert shared.link_in(lang) == fresh.link_in(lang)
        # the English forms are kept once worked out (issue 15, map21): a cache, not a reading
        kept = {k: v for k, v in vars(shared).items() if k != "_english"}
        assert kept == {k: v for k, v in vars(fresh).items() if k != "_english"}
        assert vars(shared).get("_english", fresh.forms("en")) == fresh.forms("en")
