"""The anonymised copy finds every resident's name and gives each text to the right resident
(hostile review 4: H2 shared surnames, H5 one lookup, H1 case, possessive, first name, tags)."""

from __future__ import annotations

import dataclasses

import pytest

import exports.anonymise_names as anon_mod
from exports.anonymise import anonymise
from models.case import Case
from models.entities import Actor
from models.enums import ActorKind, EntityKind
from models.example import example_case


def _actor(named: Case, anon: Case, id_: str) -> Actor:
    """The actor ``id_`` of the named map as the anonymised map has it: at the same place,
    under a new id when it is a resident's."""
    place = [a.id for a in named.actors].index(id_)
    return list(anon.actors)[place]


def _with(*actors: Actor, description: str = "") -> Case:
    case = example_case()
    for actor in actors:
        case.add(EntityKind.ACTOR, actor)
    if description:
        case.set_case_field("description", description)
    return case


def _citizen(id_: str, name: str, notes: str = "", tags: tuple[str, ...] = ()) -> Actor:
    return Actor(id_, name, ActorKind.CITIZEN, influence=1, interest=3, notes=notes, tags=tags)


def test_two_residents_sharing_a_surname_keep_their_own_texts() -> None:
    # H2: "Mevrouw Jansen" in Jan's notes is her, not him ("Zoon van de inwoner" said he is
    # his own son); a bare "Jansen" that fits both is the household
    case = _with(
        _citizen("jan", "Jan Jansen"),
        description="Jan Jansen helpt. Mevrouw Jansen (41) woont met twee kinderen.",
    )
    # in a tie's label: a resident's own notes leave the copy whole (hostile review 5)
    case.update(EntityKind.RELATIONSHIP, "r30", {"label": "Zoon van Mevrouw Jansen. Jansen belde."})
    out = anonymise(case, "nl")
    roles = {a.id: a.name for a in out.actors if a.kind is ActorKind.CITIZEN}
    assert roles == {"inwoner": "Inwoner", "inwoner_2": "Inwoner 2"}
    assert _actor(case, out, "jan").notes == ""
    tie = out.relationships.get("r30")
    assert tie is not None
    assert tie.label == "Zoon van de inwoner. Het gezin belde."
    assert out.info.description.startswith("Inwoner 2 helpt. De inwoner woont met")


def test_the_lookup_is_built_once_not_per_match(monkeypatch: pytest.MonkeyPatch) -> None:
    # H5: each match looked through every resident and recomputed their surnames
    calls = 0
    surnames = anon_mod.surnames

    def counted(name: str) -> list[str]:
        nonlocal calls
        calls += 1
        return surnames(name)

    monkeypatch.setattr(anon_mod, "surnames", counted)
    n = 40
    people = [
        _citizen(f"p{i}", f"Piet Achternaam{i}", notes=f"Kent Achternaam{(i + 1) % n} en Piet.")
        for i in range(n)
    ]
    case = _with(*people)
    out = anonymise(case, "nl")
    assert "Achternaam" not in _actor(case, out, "p3").notes
    # a fixed number of calls per resident (pattern and lookup), not one per resident per match
    assert calls <= 4 * (n + 1)


def test_case_variants_possessive_first_name_and_tags_are_replaced() -> None:
    # H1 (4, 3): JANSEN, jansen, Pietersens, Karel alone, and the tags
    case = _with(
        _citizen(
            "k",
            "Karel Pietersen",
            notes="PIETERSEN belde; Pietersens kinderen; Karel komt morgen.",
            tags=("pietersen-dossier", "client"),
        ),
    )
    case.set_case_field("description", "mevrouw jansen en JANSEN.")
    out = anonymise(case, "nl")
    text = repr(dataclasses.asdict(_actor(case, out, "k"))) + out.info.description
    for name in ("jansen", "pietersen", "karel"):
        assert name not in text.casefold()
    # a tag in small letters, as tags are written (hostile review 8, N5)
    assert _actor(case, out, "k").tags == ("inwoner 2-dossier", "client")
