"""A refusal quotes the text as the map writes it and names the actor (issue 16, hostile
review 15b, B9): for the actor 'Zoon Daan (ａｄｈｄ)' the CLI and the app said "noemt nog 'adhd'
(in de naam van actor 20, /actors/19/name)"; a user who searches the map for 'adhd' finds
nothing and no one knows which actor is the twentieth. The app's dialog began with a lower-case
'de' and showed the JSON path."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.anonymise_copy import CopyLeakError, write_anonymised_copy
from exports.leak_quote import on_map
from models import Case
from models.entities import Actor, Relationship
from models.enums import ActorKind, EntityKind, RelationKind
from models.example import example_case


def _case(name: str) -> Case:
    case = example_case()
    case.add(EntityKind.ACTOR, Actor("zz", name, ActorKind.PARTNER))
    case.add(EntityKind.RELATIONSHIP, Relationship("zz-c", "zz", "consulent", RelationKind.SIGNAL))
    return case


def _refusal(tmp_path: Path, lang: str) -> CopyLeakError:
    with pytest.raises(CopyLeakError) as refused:
        write_anonymised_copy(_case("Zoon Daan (ａｄｈｄ)"), tmp_path / "c.kvmap", lang)  # type: ignore[arg-type]
    assert not (tmp_path / "c.kvmap").exists()
    return refused.value


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "noemt nog 'ａｄｈｄ' (in de naam van actor 'Zoon Daan (ａｄｈｄ)'"),
        ("en", "still names 'ａｄｈｄ' (in the name of actor 'Zoon Daan (ａｄｈｄ)'"),
    ],
)
def test_the_refusal_quotes_the_map_s_text_and_names_the_actor(
    tmp_path: Path, lang: str, said: str
) -> None:
    refusal = _refusal(tmp_path, lang)
    assert said in str(refusal)
    assert "'adhd'" not in str(refusal)


def test_the_app_says_it_as_a_sentence_without_a_json_path(tmp_path: Path) -> None:
    said = _refusal(tmp_path, "nl").in_app()
    assert said.startswith("De geanonimiseerde kopie noemt nog 'ａｄｈｄ'")
    assert "/actors/" not in said
    assert str(tmp_path) not in said  # the dialog's first line names the file
    assert said.endswith(".")


@pytest.mark.parametrize(
    ("found", "copy", "original", "quoted"),
    [
        ("adhd", "Zoon X (ａｄｈｄ)", "Zoon Daan (ａｄｈｄ)", "ａｄｈｄ"),
        ("adhd", "Zoon X (AD\u200bHD)", "Zoon Daan (AD\u200bHD)", "AD\u200bHD"),
        ("zwanger", "X is zwanger", "Fleur is zwanger", "zwanger"),
    ],
)
def test_a_find_is_quoted_as_the_map_writes_it(
    found: str, copy: str, original: str, quoted: str
) -> None:
    assert on_map(found, copy, original) == quoted
