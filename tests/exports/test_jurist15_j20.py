"""The jurist's J20 (rev-jurist15): in the youth-care template's anonymised copy the resident
"Ouders en kind" became "de inwoner" ("Elke route van de inwoner en de intern begeleider"):
two parties, the parents with parental authority and the young person, made one, although
"Ouders en kind" is a role and names no one. The copy keeps it, and a sentence gives each
party its article: "de ouders en het kind" (it said "de ouders en kind", also unanonymised)."""

from __future__ import annotations

import pytest

from exports.anonymise import anonymise, replaced
from mapper.names import Name
from models.enums import ActorKind, EntityKind
from models.templates import TEMPLATES


@pytest.mark.parametrize(
    ("key", "resident"),
    [
        ("youth_care", "Ouders en kind"),
        ("wmo", "Oudere inwoner"),
        ("debt_eviction", "Huishouden met schulden"),
    ],
)
def test_a_resident_named_by_role_words_keeps_that_name(key: str, resident: str) -> None:
    case = next(t for t in TEMPLATES if t.key == key).build()
    for lang in ("nl", "en"):
        copy = anonymise(case, lang, for_copy=True)
        names = [a.name for a in copy.actors if a.kind is ActorKind.CITIZEN]
        assert resident in names
        assert "Inwoner" not in names
    assert replaced(case, "nl")[0] == []  # nothing to tell: no name was replaced


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Ouders en kind", "de ouders en het kind"),
        ("Moeder en kinderen", "de moeder en de kinderen"),
        ("Inwoner", "de inwoner"),
        ("Gezin", "het gezin"),
    ],
)
def test_each_party_of_a_resident_s_name_has_its_article(name: str, said: str) -> None:
    assert Name.of(name, ActorKind.CITIZEN).running("nl") == said


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Huisartsenpraktijk", True),
        ("Huisartsenpost", True),
        ("Huisartsenpraktijk De Linde", False),
        ("Moskee Al Noor", False),
    ],
)
def test_a_gp_practice_named_by_its_kind_keeps_its_name(name: str, kept: bool) -> None:
    # J20: Bijlage B said Huisarts | Organisatie 'Organisatie'; a GP is a role, and a practice
    # with no name of its own names no one; one with a name, or a mosque, is still neutral
    case = next(t for t in TEMPLATES if t.key == "youth_care").build()
    case.update(EntityKind.ORGANISATION, "huisarts", {"name": name})
    copy = anonymise(case, "nl", for_copy=True)
    names = {o.name for o in copy.organisations}
    assert (name in names) is kept
