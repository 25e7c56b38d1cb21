"""The confirming new user's privacy finding C1 (issue 16, review 12b): a child's whole name
before an age in the title becomes a letter ('Lotte de Wit (9)' was 'Lotte de X (9)'), the
copy's check refuses a first name before a letter and an age, and the nota's privacy line no
longer says the map names no residents when its title names a child. C2: the copy's refusal
says what to do and shows no class name in the app."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest

import exports.anonymise_copy as copy_mod
from exports.anonymise import anonymise
from exports.anonymise_check_read import titled_person
from exports.anonymise_copy import CopyLeakError, write_anonymised_copy
from exports.risks import risks
from mapper.analysis import analyse
from models.enums import ActorKind, EntityKind
from models.example import example_case
from models.i18n import Lang

TITLES = [
    ("Lotte de Wit (9) wacht op dagbesteding", "X (9) wacht op dagbesteding"),
    ("Sem Visser (14) wacht op hulp", "X (14) wacht op hulp"),
    ("Lotte (9) wacht op dagbesteding", "X (9) wacht op dagbesteding"),
    ("Gesprek met Sem Visser (14)", "Gesprek met X (14)"),
    ("Zoon Sem (14) wacht", "Zoon X (14) wacht"),
    ("Bijlage (2) bij het dossier", "Bijlage (2) bij het dossier"),
]


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_the_whole_name_before_an_age_is_a_letter(title: str, expected: str) -> None:
    case = example_case()
    case.set_case_field("title", title)
    assert anonymise(case, "nl").info.title == expected


def test_the_first_name_elsewhere_is_the_same_letter() -> None:
    case = example_case()
    case.set_case_field("title", "Lotte de Wit (9) wacht op dagbesteding")
    case.set_case_field("description", "Lotte gaat niet meer naar school.")
    copy = anonymise(case, "nl")
    assert "Lotte" not in copy.info.description
    assert copy.info.description.startswith("X gaat")


@pytest.mark.parametrize("text", ["Lotte de X (9) wacht", "Sem X (14) wacht op hulp"])
def test_the_check_refuses_a_first_name_before_a_letter_and_an_age(text: str) -> None:
    assert titled_person(text, set()) is not None


@pytest.mark.parametrize("text", ["X (9) wacht", "Zoon X (12) wacht", "Bijlage X (2)"])
def test_the_check_keeps_what_names_nobody(text: str) -> None:
    assert titled_person(text, set()) is None


def test_privacy_line_minds_a_child_in_the_title() -> None:
    case = example_case()
    for actor in list(case.actors):
        if actor.kind == ActorKind.CITIZEN:
            case.update(EntityKind.ACTOR, actor.id, {"kind": ActorKind.PROFESSIONAL})
    case.set_case_field("title", "Lotte de Wit (9) wacht op dagbesteding")
    texts = [line.nl + line.en for r in risks(case, analyse(case)) for line in r.lines]
    assert not any("noemt geen inwoners" in t or "names no residents" in t for t in texts)
    assert any("titel noemt iemand met een leeftijd" in t for t in texts), texts


# C2: the copy's refusal says what to do and, in the app, shows no Python class name


@pytest.mark.parametrize(("lang", "advice"), [("nl", "Vervang"), ("en", "Replace")])
def test_the_copy_refusal_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: Lang, advice: str
) -> None:
    from ui.exchange.window_exchange import ExchangeHandler

    monkeypatch.setattr(copy_mod, "anonymise", lambda case, lang, **_: case)
    with pytest.raises(CopyLeakError) as raised:
        write_anonymised_copy(example_case(), tmp_path / "copy.kvmap", lang)
    shown = ExchangeHandler._message(cast(ExchangeHandler, None), raised.value)
    assert "CopyLeakError" not in shown
    assert f"{advice} {raised.value.name!r}" in shown
    # the field in words, without its JSON path (hostile 15b, B9)
    assert "(in de titel van de casus)" in shown or "(in the case title)" in shown
    assert raised.value.where not in shown
