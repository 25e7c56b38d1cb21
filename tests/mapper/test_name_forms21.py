"""A name's English forms are worked out once (issue 15, map21: every English text asks for
them). Counted: the old ``Name.forms`` asked ``_english_forms`` at every call (a fresh string
hashed each time); it fails the first test."""

from __future__ import annotations

import pytest

import mapper.names as names
from mapper.names import Name, agreement_name, organisation_name
from models import ActorKind


def test_the_english_forms_are_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = names._english_forms

    def counted(name: str, dutch: str) -> tuple[str, str]:
        asked.append(name)
        return real(name, dutch)

    monkeypatch.setattr(names, "_english_forms", counted)
    name = Name.of("Teamleider Wijkteam Noord", ActorKind.MANAGER)
    first = name.forms("en")
    assert name.forms("en") is first
    assert name.running("en") == first[0]
    assert asked == ["Teamleider Wijkteam Noord"]


@pytest.mark.parametrize(
    "name",
    [
        Name.of("Teamleider Wijkteam Noord", ActorKind.MANAGER),
        Name.of("College van B&W", ActorKind.ADMINISTRATOR),
        Name.of("Mevrouw Jansen", ActorKind.CITIZEN),
        Name.of("Zorgaanbieder", ActorKind.PARTNER),
        Name("zonder vormen"),
        agreement_name("Escalatieprotocol wijkteams"),
        organisation_name("Belastingsamenwerking"),
    ],
)
def test_the_kept_forms_are_those_worked_out_afresh(name: Name) -> None:
    dutch = getattr(name, "dutch", str(name))
    fresh = (name.english, "") if hasattr(name, "english") else names._english_forms(name, dutch)
    assert name.forms("en") == fresh
    assert name.forms("en") == fresh  # kept
    assert name.forms("nl") == (dutch, getattr(name, "short", ""))
