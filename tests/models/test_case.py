"""The Case aggregate: referential integrity, signals, and exact restore after removal."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import (
    Actor,
    ActorKind,
    Agreement,
    Case,
    CaseInfo,
    EntityKind,
    Mandate,
    ModelError,
    Need,
    Organisation,
    OrganisationKind,
    Position,
    Power,
    PowerCategory,
    RelationKind,
    Relationship,
)
from models.fileformat import case_to_dict
from tests.models.strategies import cases


def small_case() -> Case:
    case = Case(CaseInfo(title="Test", intent_owner=None))
    case.add_actor(Actor("a1", "Anna", ActorKind.PROFESSIONAL))
    case.add_actor(Actor("a2", "Bert", ActorKind.MANAGER))
    case.add_actor(Actor("a3", "College", ActorKind.ADMINISTRATOR))
    case.add(
        EntityKind.POWER,
        Power(
            "p1",
            "Bijzondere bijstand",
            PowerCategory.SPEND_BUDGET,
            "Participatiewet art. 35",
            holder="a3",
        ),
    )
    case.add_relationship(Relationship("r1", "a1", "a2", RelationKind.ESCALATION))
    case.add_relationship(Relationship("r2", "a2", "a3", RelationKind.ACCOUNTABILITY))
    case.add_relationship(Relationship("r3", "a2", "a1", RelationKind.TRUST, level=2))
    case.add_mandate(Mandate("m1", "a3", "a2", PowerCategory.SPEND_BUDGET, budget=1000))
    case.add_need(Need("n1", "Pay the rent", PowerCategory.SPEND_BUDGET, 500, "a1"))
    return case


class Recorder:
    """Records every signal a case emits, in order."""

    def __init__(self, case: Case) -> None:
        self.events: list[tuple[str, tuple[Any, ...]]] = []
        for name in (
            "info_changed",
            "actor_added",
            "actor_removed",
            "actor_changed",
            "relationship_added",
            "relationship_removed",
            "relationship_changed",
            "mandate_added",
            "mandate_removed",
            "mandate_changed",
            "need_added",
            "need_removed",
            "need_changed",
            "positions_changed",
            "changed",
        ):
            getattr(case, name).connect(self._make(name))

    def _make(self, name: str) -> Any:
        def slot(*args: Any) -> None:
            self.events.append((name, args))

        return slot

    def names(self) -> list[str]:
        return [name for name, _ in self.events]


def test_add_and_lookup() -> None:
    case = small_case()
    assert case.actors.ids() == ["a1", "a2", "a3"]
    assert case.actors.get("a2") is not None
    assert case.actors.index_of("a3") == 2
    assert case.entity("m1") == case.mandates[0]
    assert case.entity("nope") is None
    assert [r.id for r in case.relationships_of("a1")] == ["r1", "r3"]
    assert [m.id for m in case.mandates_of("a3")] == ["m1"]


def test_add_at_index_and_signal_carries_index() -> None:
    case = small_case()
    rec = Recorder(case)
    case.add_actor(Actor("a9", "Nieuw"), index=1)
    assert case.actors.ids() == ["a1", "a9", "a2", "a3"]
    assert rec.events[0][0] == "actor_added"
    assert rec.events[0][1][1] == 1
    assert rec.names()[-1] == "changed"


@pytest.mark.parametrize(
    ("add", "problem"),
    [
        (lambda c: c.add_actor(Actor("a1", "Dup")), "duplicate_id"),
        (lambda c: c.add_actor(Actor("r1", "Clash with a relationship id")), "duplicate_id"),
        (lambda c: c.add_actor(Actor("a8", "   ")), "empty_text"),
        (lambda c: c.add_actor(Actor("a8", "X", influence=9)), "expected_int_range"),
        (
            lambda c: c.add_relationship(Relationship("r9", "a1", "ghost", RelationKind.TRUST)),
            "no_such_actor",
        ),
        (
            lambda c: c.add_mandate(Mandate("m9", "ghost", "a1", PowerCategory.TRIAGE)),
            "no_such_actor",
        ),
        (lambda c: c.add_need(Need("n9", "Decide", handler="ghost")), "no_such_actor"),
    ],
)
def test_invalid_additions_are_refused_and_change_nothing(add: Any, problem: str) -> None:
    case = small_case()
    before = case_to_dict(case)
    rec = Recorder(case)
    with pytest.raises(ModelError) as info:
        add(case)
    assert info.value.problems[0].key == problem
    assert case_to_dict(case) == before
    assert rec.events == []


def test_setting_same_value_emits_nothing() -> None:
    case = small_case()
    rec = Recorder(case)
    assert case.set_actor_field("a1", "name", "Anna") is False
    assert case.set_relationship_field("r3", "level", 2) is False
    assert case.set_case_field("title", "Test") is False
    assert case.set_positions({"a1": None}) == {}
    assert rec.events == []
    revision = case.revision
    assert case.set_actor_field("a1", "name", "Anna B.") is True
    assert case.revision == revision + 1
    assert rec.names() == ["actor_changed", "changed"]
    old, new = rec.events[0][1]
    assert (old.name, new.name) == ("Anna", "Anna B.")


def test_set_field_validates_and_converts() -> None:
    case = small_case()
    case.set_actor_field("a1", "kind", "citizen")
    assert case.actors.get("a1").kind is ActorKind.CITIZEN  # type: ignore[union-attr]
    case.set_mandate_field("m1", "valid_until", "2027-01-31")
    assert str(case.mandates.get("m1").valid_until) == "2027-01-31"  # type: ignore[union-attr]
    with pytest.raises(ModelError) as info:
        case.set_actor_field("a1", "influence", "veel")
    assert info.value.render() == 'a1.influence: expected a whole number 0–5, got "veel"'
    with pytest.raises(ModelError):
        case.set_actor_field("a1", "id", "a77")
    with pytest.raises(ModelError):
        case.set_actor_field("a1", "colour", "red")
    with pytest.raises(ModelError):
        case.set_relationship_field("r1", "target", "ghost")
    with pytest.raises(ModelError):
        case.set_case_field("intent_owner", "ghost")
    with pytest.raises(ModelError):
        case.set_actor_field("nobody", "name", "x")


def test_remove_actor_takes_its_ties_and_reports_them() -> None:
    case = small_case()
    case.set_case_field("intent_owner", "a2")
    rec = Recorder(case)
    removal = case.remove_actor("a2")
    assert removal.index == 1
    assert [r.id for _, r in removal.relationships] == ["r1", "r2", "r3"]
    assert [m.id for _, m in removal.mandates] == ["m1"]
    assert removal.was_intent_owner
    assert case.relationships.ids() == []
    assert case.mandates.ids() == []
    assert case.info.intent_owner is None
    assert rec.names().count("changed") == 1
    assert rec.names()[-2] == "actor_removed"


def test_remove_handler_clears_need_and_restore_puts_it_back() -> None:
    case = small_case()
    before = case_to_dict(case)
    removal = case.remove_actor("a1")
    assert case.needs.get("n1").handler is None  # type: ignore[union-attr]
    assert [n.id for n in removal.needs] == ["n1"]
    case.restore_actor(removal)
    assert case_to_dict(case) == before


@pytest.mark.slow
@given(cases(), st.data())
def test_remove_then_restore_is_exact(case: Case, data: st.DataObject) -> None:
    if not case.actors:
        return
    before = case_to_dict(case)
    actor_id = data.draw(st.sampled_from(case.actors.ids()))
    removal = case.remove_actor(actor_id)
    assert case.actors.get(actor_id) is None
    assert all(actor_id not in (r.source, r.target) for r in case.relationships)
    assert all(actor_id not in (m.grantor, m.holder) for m in case.mandates)
    case.restore_actor(removal)
    assert case_to_dict(case) == before


def test_remove_and_readd_relationship_keeps_order() -> None:
    case = small_case()
    rel, index = case.remove_relationship("r2")
    assert index == 1
    case.add_relationship(rel, index)
    assert case.relationships.ids() == ["r1", "r2", "r3"]


def test_positions_bulk_move_returns_old_values() -> None:
    case = small_case()
    rec = Recorder(case)
    old = case.set_positions({"a1": Position(10, 20), "a2": Position(5, 5)})
    assert old == {"a1": None, "a2": None}
    assert rec.names() == ["positions_changed", "changed"]
    assert case.actors.get("a1").position == Position(10, 20)  # type: ignore[union-attr]
    case.set_positions(old)
    assert case.actors.get("a1").position is None  # type: ignore[union-attr]


def test_new_id_is_unique() -> None:
    case = small_case()
    assert case.new_id(Actor) == "a4"
    assert case.new_id(Relationship) == "r4"
    assert case.new_id(Mandate) == "m2"
    assert case.new_id(Need) == "n2"


def test_copy_is_independent() -> None:
    case = small_case()
    twin = case.copy()
    twin.set_actor_field("a1", "name", "Other")
    assert case.actors.get("a1").name == "Anna"  # type: ignore[union-attr]
    assert case_to_dict(twin)["actors"][1] == case_to_dict(case)["actors"][1]


def test_from_parts_refuses_broken_references() -> None:
    with pytest.raises(ModelError):
        Case.from_parts(
            CaseInfo("x"), [Actor("a1", "A")], [Relationship("r1", "a1", "a2", RelationKind.SIGNAL)]
        )
    with pytest.raises(ModelError):
        Case.from_parts(CaseInfo("x", intent_owner="ghost"), [Actor("a1", "A")])
    with pytest.raises(ModelError):
        Case.from_parts(CaseInfo("x"), [Actor("a1", "A"), Actor("a1", "B")])


# --------------------------------------------------------------------------- version 2 kinds
def legal_case() -> Case:
    case = Case(CaseInfo(title="Recht"))
    case.add(EntityKind.ORGANISATION, Organisation("o1", "Gemeente", OrganisationKind.MUNICIPALITY))
    case.add(EntityKind.ORGANISATION, Organisation("o2", "Wijkteam", parent="o1"))
    case.add(EntityKind.ORGANISATION, Organisation("o3", "Corporatie", OrganisationKind.PARTNER))
    case.add_actor(Actor("col", "College", ActorKind.ADMINISTRATOR, organisation="o1"))
    case.add_actor(Actor("con", "Consulent", ActorKind.PROFESSIONAL, organisation="o2"))
    case.add(
        EntityKind.POWER,
        Power(
            "bb",
            "Bijzondere bijstand",
            PowerCategory.SPEND_BUDGET,
            "Participatiewet art. 35",
            holder="col",
        ),
    )
    case.add_mandate(Mandate("m1", "col", "con", "bb", sub_mandate_levels=0))
    case.add_need(Need("n1", "Huur betalen", "bb", 800, "con", ("o1", "o3")))
    deal = Agreement(
        "g1",
        "Doorbraakafspraak",
        parties=("o1", "o3"),
        decider="col",
        covers=("bb", "suspend_routine"),
    )
    case.add(EntityKind.AGREEMENT, deal)
    return case


def test_public_body_is_derived_from_kind_unless_given() -> None:
    assert Actor("w", "Wethouder", ActorKind.ADMINISTRATOR).is_public_body
    assert Actor("r", "Raad", ActorKind.COUNCIL).is_public_body
    assert not Actor("m", "Manager", ActorKind.MANAGER).is_public_body
    assert Actor("d", "Dagelijks bestuur GR", ActorKind.EXECUTIVE, public_body=True).is_public_body
    assert not Actor("w", "Wethouder", ActorKind.ADMINISTRATOR, public_body=False).is_public_body


def test_power_reference_is_an_id_or_a_category() -> None:
    case = legal_case()
    assert case.category_of("bb") is PowerCategory.SPEND_BUDGET
    case.set_mandate_field("m1", "power", "triage")
    assert case.mandates[0].power is PowerCategory.TRIAGE  # parsed to the category
    with pytest.raises(ModelError) as info:
        case.set_mandate_field("m1", "power", "fly")
    assert info.value.problems[0].key == "no_such_power"
    with pytest.raises(ModelError) as info:
        case.add(EntityKind.POWER, Power("triage", "Triage"))
    assert info.value.problems[0].key == "reserved_id"


@pytest.mark.parametrize(
    ("kind", "item_id", "values", "key"),
    [
        (EntityKind.ACTOR, "con", {"organisation": "o9"}, "no_such_organisation"),
        (EntityKind.NEED, "n1", {"organisations": ["o1", "o9"]}, "no_such_organisation"),
        (EntityKind.AGREEMENT, "g1", {"decider": "ghost"}, "no_such_actor"),
        (EntityKind.AGREEMENT, "g1", {"covers": ["p9"]}, "no_such_power"),
        (EntityKind.POWER, "bb", {"holder": "ghost"}, "no_such_actor"),
        (EntityKind.ORGANISATION, "o1", {"parent": "o2"}, "organisation_cycle"),
        (EntityKind.ORGANISATION, "o1", {"parent": "o1"}, "organisation_cycle"),
    ],
)
def test_update_refuses_broken_references(
    kind: EntityKind, item_id: str, values: dict[str, object], key: str
) -> None:
    case = legal_case()
    before = case_to_dict(case)
    with pytest.raises(ModelError) as info:
        case.update(kind, item_id, values)
    assert info.value.problems[0].key == key
    assert case_to_dict(case) == before


def test_actor_organisation_may_be_empty() -> None:
    case = legal_case()
    assert case.set_actor_field("con", "organisation", "")
    assert case.actors.get("con").organisation == ""  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("kind", "item_id"),
    [
        (EntityKind.ORGANISATION, "o1"),
        (EntityKind.ORGANISATION, "o3"),
        (EntityKind.POWER, "bb"),
        (EntityKind.ACTOR, "col"),
        (EntityKind.ACTOR, "con"),
        (EntityKind.AGREEMENT, "g1"),
        (EntityKind.NEED, "n1"),
        (EntityKind.MANDATE, "m1"),
    ],
)
def test_generic_remove_clears_references_and_restore_is_exact(
    kind: EntityKind, item_id: str
) -> None:
    case = legal_case()
    before = case_to_dict(case)
    rec = Recorder(case)
    removal = case.remove(kind, item_id)
    assert removal.kind is kind
    assert removal.item.id == item_id
    assert case.entity(item_id) is None
    assert rec.names().count("changed") == 1
    # nothing left points at it
    assert f'"{item_id}"' not in json.dumps(case_to_dict(case))
    case.restore(removal)
    assert case_to_dict(case) == before


def test_removing_a_power_falls_back_to_its_category() -> None:
    case = legal_case()
    case.remove(EntityKind.POWER, "bb")
    assert case.mandates[0].power is PowerCategory.SPEND_BUDGET
    assert case.needs[0].power is PowerCategory.SPEND_BUDGET
    assert case.agreements[0].covers == (PowerCategory.SPEND_BUDGET, PowerCategory.SUSPEND_ROUTINE)


def test_removing_an_organisation_clears_parent_members_and_parties() -> None:
    case = legal_case()
    case.remove(EntityKind.ORGANISATION, "o1")
    assert case.organisations.get("o2").parent is None  # type: ignore[union-attr]
    assert case.actors.get("col").organisation == ""  # type: ignore[union-attr]
    assert case.needs[0].organisations == ("o3",)
    assert case.agreements[0].parties == ("o3",)


def test_signals_of_a_kind_are_the_case_signals() -> None:
    case = legal_case()
    seen: list[tuple[str, str]] = []
    for kind in EntityKind:
        signals = case.signals(kind)
        signals.added.connect(lambda e, i, k=kind: seen.append((k.value, e.id)))
    case.add(EntityKind.ORGANISATION, Organisation("o4", "GGZ"))
    case.add(EntityKind.POWER, Power("p2", "Terugvordering", PowerCategory.DEVIATE_FROM_RULE))
    case.add(EntityKind.AGREEMENT, Agreement("g2", "Escalatieprotocol"))
    assert seen == [("organisation", "o4"), ("power", "p2"), ("agreement", "g2")]
    assert case.new_id(EntityKind.ORGANISATION) == "o5"
    assert case.new_id(Power) == "p3"


def test_from_parts_reports_every_broken_reference() -> None:
    with pytest.raises(ModelError) as info:
        Case.from_parts(
            CaseInfo("t"),
            [Actor("a", "A", organisation="o9")],
            organisations=[Organisation("o1", "X", parent="o1")],
            powers=[Power("p1", "P", holder="ghost")],
        )
    keys = sorted(p.key for p in info.value.problems)
    assert keys == ["no_such_actor", "no_such_organisation", "organisation_cycle"]


def test_copy_keeps_every_kind() -> None:
    case = legal_case()
    assert case_to_dict(case.copy()) == case_to_dict(case)
