"""A care provider's short name in a text (issue 16, confirming new user 12b, C2): "De Hoeve"
of "Zorgboerderij De Hoeve" is the provider, as the picture says; the copy of such a map is
written, and "op de hoeve" in small letters stays the words, for the cleaner and the check."""

from __future__ import annotations

import json

import pytest

from exports.anonymise import anonymise
from exports.anonymise_copy import _check
from models import fileformat
from models.case import Case
from models.enums import EntityKind
from models.example import example_case


def _hoeve(text: str) -> Case:
    case = example_case()  # o4 is a provider, 'ggz' an actor in it
    case.update(EntityKind.ORGANISATION, "o4", {"name": "Zorgboerderij De Hoeve"})
    case.update(EntityKind.ACTOR, "ggz", {"name": "Begeleider De Hoeve"})
    case.update(
        EntityKind.NEED, "n3", {"decision": "Dagbesteding bij De Hoeve buiten het contract"}
    )
    case.set_case_field("description", text)
    return case


SAID = [
    ("De Hoeve belt.", "De zorgaanbieder belt."),
    ("Zij gaat naar de Hoeve.", "Zij gaat naar de zorgaanbieder."),
    ("Directeur De Hoeve komt.", "Directeur van de zorgaanbieder komt."),
    ("De zorg op de hoeve is goed.", "De zorg op de hoeve is goed."),
]


@pytest.mark.parametrize(("text", "said"), SAID)
def test_the_short_name_is_the_provider_and_the_copy_is_written(text: str, said: str) -> None:
    case = _hoeve(text)
    for for_copy in (True, False):  # the copy, and the nota and deck
        out = anonymise(case, "nl", for_copy=for_copy)
        assert out.info.description == said
        need = out.needs.get("n3")
        assert need is not None
        assert need.decision == "Dagbesteding bij de zorgaanbieder buiten het contract"
    copy = anonymise(case, "nl", for_copy=True)
    assert _check(case, copy, json.loads(fileformat.dumps(copy))) is None


def test_english_map_says_the_provider() -> None:
    case = _hoeve("De Hoeve called.")
    assert anonymise(case, "en").info.description == "The provider called."


def test_a_short_name_another_body_also_holds_stays() -> None:
    case = _hoeve("De Hoeve belt.")
    case.update(EntityKind.ORGANISATION, "o2", {"name": "Woningcorporatie De Hoeve"})
    assert anonymise(case, "nl").info.description == "De Hoeve belt."


def test_the_check_still_refuses_a_staff_members_own_name() -> None:
    case = _hoeve("Begeleider Jan Smit belt.")
    case.update(EntityKind.ACTOR, "ggz", {"name": "Begeleider Jan Smit"})
    copy = anonymise(case, "nl", for_copy=True)
    data = json.loads(fileformat.dumps(copy))
    data["case"]["description"] = "jan smit belt."
    assert _check(case, copy, data) is not None
