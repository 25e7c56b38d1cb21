"""An actor named by a kinship word and a name is a relative, named by that word in the copy
and the nota (issue 16; hostile review 13, N1's second look). Beside a resident "Daan de Groot
(14)", the actor "Zoon Daan (16)" was named "Inwoner 2", like a second resident: a reader of
the copy took the son for a resident of the map. Now the resident is "Inwoner 2" and the son
"Zoon"; two daughters are "Dochter" and "Dochter 2"; an English map says "Son". The check
passes the copy, and no name of them is left in it."""

from __future__ import annotations

import json

import pytest

from exports.anonymise import anonymise
from exports.anonymise_copy import _check
from models import fileformat
from models.case import Case
from models.entities import Actor
from models.enums import ActorKind, EntityKind
from models.example import example_case


def _with(resident: str, *actors: tuple[str, str, ActorKind]) -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": resident})
    for id_, name, kind in actors:
        case.add(EntityKind.ACTOR, Actor(id_, name, kind, influence=1, interest=3))
    return case


def _names(case: Case, ids: tuple[str, ...], lang: str = "nl") -> list[list[str]]:
    """The new names of ``ids`` in the copy and in the nota's map."""
    out = []
    for named in (anonymise(case, lang, for_copy=True), anonymise(case, lang)):  # type: ignore[arg-type]
        by_id = {a.id: a.name for a in named.actors}
        out.append([by_id.get(i, "?") for i in ids])
    return out


def test_a_son_beside_a_second_resident_is_the_son() -> None:
    case = _with(
        "Mevrouw Anna de Groot",
        ("daan", "Daan de Groot (14)", ActorKind.CITIZEN),
        ("zoon", "Zoon Daan (16)", ActorKind.PARTNER),
    )
    copy_names, nota_names = _names(case, ("inwoner_2", "zoon"))
    assert copy_names == ["Inwoner 2", "Zoon"]
    assert nota_names[1] == "Zoon"
    copy = anonymise(case, "nl", for_copy=True)
    data = json.loads(fileformat.dumps(copy))
    assert "Daan" not in json.dumps(data, ensure_ascii=False)
    assert _check(case, copy, data) is None


@pytest.mark.parametrize(
    ("lang", "resident", "relatives", "said"),
    [
        (
            "nl",
            "Mevrouw Anna Visser",
            ("Dochter Fleur (9)", "Dochter Lotte Visser"),
            ["Dochter", "Dochter 2"],
        ),
        ("nl", "Mevrouw Anna Visser", ("Partner Mark de Vries", "Oma Truus"), ["Partner", "Oma"]),
        ("en", "Mrs Anna Visser", ("Son Sam (16)", "Sister Lily"), ["Son", "Sister"]),
    ],
)
def test_relatives_are_named_by_their_kinship(
    lang: str, resident: str, relatives: tuple[str, str], said: list[str]
) -> None:
    case = _with(
        resident,
        *((f"kin{i}", name, ActorKind.PARTNER) for i, name in enumerate(relatives)),
    )
    if lang == "en":
        case.set_case_field("description", "Anna stays in her home.")
    copy_names, nota_names = _names(case, ("kin0", "kin1"), lang)
    assert copy_names == said
    assert nota_names == said
    copy = anonymise(case, lang, for_copy=True)  # type: ignore[arg-type]
    data = json.loads(fileformat.dumps(copy))
    written = json.dumps(data, ensure_ascii=False)
    for name in relatives:
        assert name.split()[1] not in written
    assert _check(case, copy, data) is None
