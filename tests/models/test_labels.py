"""Labels of enum values: members of different enums with the same value keep their own."""

from __future__ import annotations

from enum import StrEnum

import pytest

from models.enums import ActorKind, Instrument, PowerCategory, Practice, RelationKind, Role, Sphere
from models.labels import LABELS, label, parse_label

ALL: tuple[type[StrEnum], ...] = (
    ActorKind,
    Sphere,
    Role,
    RelationKind,
    Practice,
    PowerCategory,
    Instrument,
)


def test_same_value_different_enum() -> None:
    assert str(ActorKind.PARTNER) == str(Sphere.PARTNER)  # same value, same hash
    assert label(ActorKind.PARTNER, "nl") == "Ketenpartner"
    assert label(Sphere.PARTNER, "nl") == "Partners"
    assert label(ActorKind.PARTNER, "en") == "Partner organisation"
    assert parse_label(ActorKind, "Ketenpartner") is ActorKind.PARTNER
    assert parse_label(Sphere, "Partners") is Sphere.PARTNER


@pytest.mark.parametrize("enum", ALL)
def test_every_member_has_labels_and_parses_back(enum: type[StrEnum]) -> None:
    for member in enum:
        assert member in LABELS
        for lang in ("en", "nl"):
            assert parse_label(enum, label(member, lang)) is member


def test_mapping_protocol() -> None:
    assert "partner" not in LABELS  # plain strings are not members
    assert len(LABELS) == len(list(LABELS))
    assert LABELS.get(ActorKind.COUNCIL) == ("Council", "Gemeenteraad")
