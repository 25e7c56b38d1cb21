"""The confirming hostile look of session 15 (issue 16, rev-hostile15b), B3: a name joined by a
hyphen of Unicode (U+2010, U+2011), a slash or a middle dot ("Daan‐Visser spijbelt." became
"Daan‐de inwoner spijbelt."), and an actor named "Daan-Visser" or "Anna-Visser", kept whole
as if a body's name and passed by the check. Each row failed on the old code.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from exports.anonymise import anonymise
from exports.anonymise_copy import _check
from models import Case, fileformat
from models.entities import Actor, Relationship
from models.enums import ActorKind, EntityKind, RelationKind
from models.example import example_case

# a sentence in the case's description -> what the copy may say (a letter is "X", "Y", …)
TEXTS = (
    ("Daan\u2010Visser spijbelt.", r"De inwoner spijbelt\."),
    ("Daan\u2011Visser spijbelt.", r"De inwoner spijbelt\."),
    ("Daan\uff0dVisser spijbelt.", r"De inwoner spijbelt\."),
    ("Daan/Visser spijbelt.", r"[XYZ] spijbelt\."),
    ("Daan\u00b7Visser spijbelt.", r"[XYZ] spijbelt\."),
    ("Anna/Visser belde.", r"De inwoner belde\."),
    ("Anna\u2010Visser belde.", r"De inwoner belde\."),
    ("Visser\u2011Anna belde.", r"De inwoner belde\."),
    # a second look (session 16): two first names joined by U+2010, a slash with spaces
    ("Daan\u2010Fleur Visser spijbelen.", r"[XYZ] spijbelen\."),
    ("Daan / Visser spijbelt.", r"[XYZ] spijbelt\."),
    # rev-hostile16b N4: a dash or another sign without a space
    ("Daan\u2013Visser spijbelt.", r"De inwoner spijbelt\."),
    ("Daan\u2212Visser spijbelt.", r"De inwoner spijbelt\."),
    ("Daan|Visser spijbelt.", r"[XYZ] spijbelt\."),
    ("Daan+Visser spijbelt.", r"[XYZ] spijbelt\."),
    ("Daan;Visser spijbelt.", r"[XYZ] spijbelt\."),
)


def _case(description: str = "", actor: str | None = None) -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    if description:
        case.set_case_field("description", description)
    if actor is not None:
        case.add(EntityKind.ACTOR, Actor("zz", actor, ActorKind.PARTNER))
        case.add(
            EntityKind.RELATIONSHIP,
            Relationship("zz-consulent", "zz", "consulent", RelationKind.SIGNAL),
        )
    return case


@pytest.mark.parametrize(("text", "said"), TEXTS)
def test_a_name_joined_by_another_hyphen_a_slash_or_a_dot_is_found(text: str, said: str) -> None:
    case = _case(text)
    for copy in (anonymise(case, "nl", for_copy=True), anonymise(case, "nl")):
        assert re.fullmatch(said, copy.info.description), copy.info.description
    copy = anonymise(case, "nl", for_copy=True)
    assert _check(case, copy, json.loads(fileformat.dumps(copy))) is None


def test_a_slash_beside_no_resident_stays_and_a_hyphen_is_plain() -> None:
    text = "Wmo/Jeugdwet en/of de e\u2010mail. Noord\u2010Zuid."
    said = "Wmo/Jeugdwet en/of de e-mail. Noord-Zuid."
    assert anonymise(_case(text), "nl").info.description == said


# an actor's name -> what the copy calls it ("X": a relative's letter; a firm stays)
ACTORS = (
    ("Daan-Visser", r"[XYZ]"),
    ("Anna-Visser", r"[XYZ]"),
    ("Daan\u2010Visser", r"[XYZ]"),
    ("Daan/Visser", r"[XYZ]"),
    ("Daan\u00b7Visser", r"[XYZ]"),
)


@pytest.mark.parametrize(("name", "new"), ACTORS)
def test_an_actor_named_with_a_joined_surname_is_a_relative(name: str, new: str) -> None:
    case = _case(actor=name)
    copy = anonymise(case, "nl", for_copy=True)
    actor = copy.actors.get("zz") or next(
        a
        for a in copy.actors
        if a.name not in {b.name for b in anonymise(_case(), "nl", for_copy=True).actors}
    )
    assert re.fullmatch(new, actor.name), [a.name for a in copy.actors]
    assert _check(case, copy, json.loads(fileformat.dumps(copy))) is None


def test_a_firm_with_a_double_name_stays() -> None:
    copy = anonymise(_case(actor="Jansen-Visser Advocaten"), "nl", for_copy=True)
    assert "Jansen-Visser Advocaten" in [a.name for a in copy.actors]


@pytest.mark.parametrize(
    ("field", "left"),
    [
        ("description", "Daan\u2010de inwoner spijbelt."),
        ("description", "Daan/inwoner spijbelt."),
        ("description", "Daan\u00b7de inwoner spijbelt."),
        ("description", "Daan / de inwoner spijbelt."),
        ("description", "Daan\u2013de inwoner spijbelt."),
        ("description", "Daan.inwoner spijbelt."),
        ("description", "Daan (de inwoner) spijbelt."),
        ("name", "Anna-Visser"),
        ("name", "Daan-Visser"),
        ("name", "Daan\u2011Visser"),
    ],
)
def test_the_check_refuses_a_name_joined_to_the_resident(field: str, left: str) -> None:
    # an actor's name on the map as the cleaner kept it (a body's name, for the old check)
    case = _case(actor=left if field == "name" else "Buurvrouw")
    copy = anonymise(case, "nl", for_copy=True)
    data: dict[str, Any] = json.loads(fileformat.dumps(copy))
    assert _check(case, copy, data) is None
    if field == "name":
        next(a for a in data["actors"] if a["id"] == copy.actors[-1].id)["name"] = left
    else:
        data["case"]["description"] = left
    assert _check(case, copy, data) is not None


def test_the_check_passes_words_with_inwoner() -> None:
    case = _case(actor="Buurvrouw")
    copy = anonymise(case, "nl", for_copy=True)
    data: dict[str, Any] = json.loads(fileformat.dumps(copy))
    data["case"]["description"] = (
        "Een oud-inwoner en een mede-inwoner; de zoon/dochter. Art. 4:8 Awb: de inwoner en"
        " haar moeder worden gehoord; Awb – de inwoner."
    )
    assert _check(case, copy, data) is None
