"""The anonymised .kvmap copy: written in the map's language and checked after writing
(hostile review 4, H1 and H6)."""

from __future__ import annotations

from pathlib import Path

import pytest

import exports.anonymise_copy as copy_mod
from exports.anonymise_copy import CopyLeakError, map_language, write_anonymised_copy
from models import fileformat
from models.acceptance import Acceptance
from models.entities import Actor
from models.enums import ActorKind, EntityKind
from models.example import example_case


def test_the_role_words_follow_the_maps_language_not_the_programs(tmp_path: Path) -> None:
    # H6: an English user sharing the Dutch example got "The resident woont hier"
    case = example_case()
    assert map_language(case, "en") == "nl"
    out = tmp_path / "copy.kvmap"
    write_anonymised_copy(case, out, "en")
    text = out.read_text(encoding="utf-8")
    assert "De inwoner woont" in text
    assert "the resident" not in text.casefold()


def test_a_name_that_survives_is_refused_and_the_copy_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the check reads the written file itself: a name the cleaning missed stops the copy
    monkeypatch.setattr(copy_mod, "anonymise", lambda case, lang, **_: case)
    out = tmp_path / "copy.kvmap"
    with pytest.raises(CopyLeakError) as raised:
        write_anonymised_copy(example_case(), out, "nl")
    assert "Jansen" in raised.value.name
    assert raised.value.where.startswith("/")
    assert raised.value.name in str(raised.value)
    assert raised.value.where in str(raised.value)
    assert not out.exists()


def test_de_vries_tags_that_equal_an_id_and_who_accepted_leave_the_copy(tmp_path: Path) -> None:
    # H1 5: "de Vries" was kept as "too common"; H1 3: the tag "jansen" equals the id; H1 2:
    # accepted[].by is an author
    case = example_case()
    case.add(
        EntityKind.ACTOR,
        Actor(
            "dv",
            "Jan de Vries",
            ActorKind.CITIZEN,
            influence=1,
            interest=3,
            notes="De heer De Vries belde; de Vries wil hulp; dhr. De Vries.",
        ),
    )
    case.update(EntityKind.ACTOR, "jansen", {"tags": ("jansen", "dossier")})
    case.add(EntityKind.ACCEPTANCE, Acceptance("acc9", "X:jansen", "besproken", by="Piet Auteur"))
    out = tmp_path / "copy.kvmap"
    write_anonymised_copy(case, out, "nl")
    copy = fileformat.load(out)
    text = out.read_text(encoding="utf-8")
    assert "vries" not in text.casefold()
    assert "Piet Auteur" not in text
    anon = copy.actors.get("inwoner")
    assert anon is not None
    assert "jansen" not in anon.tags


def test_health_leaves_notes_reasons_and_tags_in_the_copy(tmp_path: Path) -> None:
    # H1 7: "heeft een depressie", a reason "in behandeling bij de GGZ", the tag "ggz-client"
    case = example_case()
    case.update(
        EntityKind.ACTOR,
        "jansen",
        {"notes": "Belt vaak terug. Heeft een depressie.", "tags": ("ggz-client", "dossier")},
    )
    case.add(EntityKind.ACCEPTANCE, Acceptance("acc9", "X:jansen", "In behandeling bij de GGZ."))
    case.update(EntityKind.ORGANISATION, "o1", {"notes": "Belt vaak terug. Heeft een depressie."})
    out = tmp_path / "copy.kvmap"
    write_anonymised_copy(case, out, "nl")
    copy = fileformat.load(out)
    resident = copy.actors.get("inwoner")
    assert resident is not None
    acc = copy.accepted.get("acc9")
    assert acc is not None
    # a resident's own notes leave the copy whole (hostile review 5); another item's notes
    # keep what they say apart from health
    assert resident.notes == "(notitie weggelaten)"
    org = copy.organisations.get("o1")
    assert org is not None
    assert org.notes == "Belt vaak terug."
    assert resident.tags == ("dossier",)
    assert acc.reason == "(weggelaten)"
