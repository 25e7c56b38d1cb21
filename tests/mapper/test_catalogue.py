"""The message catalogue: texts apart from the checks, well-formed, bilingual, plain Dutch."""

from __future__ import annotations

import string
from datetime import date
from typing import Any

import pytest

from mapper.catalogue import CATALOGUE, Entry, Message, TextError, entry, render, say
from mapper.checks import spheres
from mapper.codes import CODES, Code
from mapper.context import Context
from mapper.findings import Severity
from models import Actor, ActorKind, Case, CaseInfo, RelationKind, Relationship

FORBIDDEN = ("(s)", "(en)", "van rechtswege", "behoefte")


def _fields(template: str) -> dict[str, str]:
    return {
        name: spec or ""
        for _, name, spec, _ in string.Formatter().parse(template)
        if name is not None
    }


def _sample(spec: str) -> Any:
    kind = spec.partition(":")[0]
    if kind in ("word", "count", "form", "num", "num3"):
        return 3
    if kind == "list":
        return ["A", "B"]
    if kind == "money":
        return 4200.0
    if kind == "date":
        return date(2026, 6, 30)
    return "X"


def _messages(item: Entry) -> list[Message]:
    return [item.title, item.detail, item.suggestion, *item.parts.values()]


def test_code_enum_and_code_table_agree() -> None:
    assert set(CODES) == set(Code)
    entry(Code.SPHERES_SINGLE_BRIDGE)  # loads the text modules
    assert set(CATALOGUE) <= set(Code)


def test_every_catalogued_text_renders_in_both_languages() -> None:
    entry(Code.SPHERES_SINGLE_BRIDGE)
    assert CATALOGUE
    for code, item in CATALOGUE.items():
        _check_entry(code, item)


def _check_entry(code: Code, item: Entry) -> None:
    for message in _messages(item):
        en, nl = _fields(message.en), _fields(message.nl)
        assert set(en) == set(nl), (code, message)
        values = {name: _sample(spec) for name, spec in {**en, **nl}.items()}
        values |= dict.fromkeys(item.parts, "")
        for lang in ("en", "nl"):
            text = render(message, values, lang)
            literal = "".join(t for t, *_ in string.Formatter().parse(message.pick(lang)))
            assert text.strip() or not literal.strip(), (code, message)
            for bad in FORBIDDEN:
                assert bad not in text, (code, lang, text)


def test_plurals_numbers_and_lists() -> None:
    message = Message("{n:count:step|steps}, {x:money}", "{n:count:stap|stappen}, {x:money}")
    assert render(message, {"n": 1, "x": 4200}, "nl") == "Eén stap, € 4.200"
    assert render(message, {"n": 11, "x": 1500.5}, "en") == "11 steps, €1,500.50"
    assert render(Message("{v:num3}", "{v:num3}"), {"v": 0.5493}, "nl") == "0,549"


def test_say_takes_block_from_the_code_and_refuses_wrong_severity_and_parts() -> None:
    f = say(
        Code.SPHERES_DISCONNECTED,
        Severity.CRITICAL,
        {"a": "A", "b": "B"},
        actors=["x", "x", "y"],
    )
    assert f.building_block == CODES[Code.SPHERES_DISCONNECTED].block
    assert f.actors == ("x", "y")
    with pytest.raises(TextError):
        say(Code.SPHERES_DISCONNECTED, Severity.INFO, {"a": "A", "b": "B"})
    with pytest.raises(TextError):
        say(Code.SPHERES_DISCONNECTED, Severity.WARNING, {"a": "A", "b": "B"}, parts={"nope"})
    with pytest.raises(TextError):
        say(Code.SPHERES_DISCONNECTED, Severity.WARNING, {"a": "A"})


def _bridge_case(partners: int) -> Case:
    actors = [
        Actor("m", "Manager", ActorKind.MANAGER),
        Actor("p", "Consulent", ActorKind.PROFESSIONAL),
    ]
    actors += [Actor(f"k{i}", f"Partner {i}", ActorKind.PARTNER) for i in range(partners)]
    rels = [Relationship("r0", "m", "p", RelationKind.HIERARCHY)]
    rels += [
        Relationship(f"r{i + 1}", "p", f"k{i}", RelationKind.COLLABORATION) for i in range(partners)
    ]
    return Case.from_parts(CaseInfo("t"), actors, rels)


def test_single_bridge_reads_with_real_plurals() -> None:
    one = [
        f for f in spheres.check(Context.of(_bridge_case(1))) if f.code == "SPHERES_SINGLE_BRIDGE"
    ]
    assert one[0].detail("nl").startswith("De enige relatie tussen de ambtelijke organisatie")
    assert "de relatie consulent – Partner 0" in one[0].title("nl")
    three = [
        f for f in spheres.check(Context.of(_bridge_case(3))) if f.code == "SPHERES_SINGLE_BRIDGE"
    ]
    assert three[0].detail("nl").startswith("Alle drie de relaties tussen")
    assert "lopen via de consulent" in three[0].detail("nl")
    assert three[0].detail("en").startswith("All three relationships between")


def test_opponent_suggestion_keeps_individual_cases_out_of_politics_and_press() -> None:
    owner = Actor("w", "Wethouder", ActorKind.ADMINISTRATOR, stance=2)
    paper = Actor("krant", "Dagblad", ActorKind.MEDIA, influence=4, stance=-1)
    party = Actor("opp", "Oppositie", ActorKind.COUNCIL, influence=4, stance=-2)
    case = Case.from_parts(CaseInfo("t", intent_owner="w"), [owner, paper, party])
    found = {
        f.actors[0]: f
        for f in spheres.check(Context.of(case))
        if f.code == "SPHERES_OPPONENT_UNCONNECTED"
    }
    assert "perslijn" in found["krant"].suggestion("nl")
    assert "raadsinformatiebrief" in found["opp"].suggestion("nl")
    assert "art. 169 Gemeentewet" in found["opp"].suggestion("nl")
    for f in found.values():
        assert "Individuele casussen blijven daarbuiten" in f.suggestion("nl")
        assert "nieuws" not in f.suggestion("nl")
        # a press line and informing the council are policy, not drawing them into the case
        assert "betrekken bij" not in f.suggestion("nl")
