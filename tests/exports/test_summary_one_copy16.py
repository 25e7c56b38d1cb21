"""The copy's summary anonymises the map once, not twice (issue 15): the organisations it keeps
and the letters it gave were each read from a copy of their own. On the old code the example's
summary made two copies. The summary itself is the same."""

from __future__ import annotations

from typing import Any

import pytest

from exports import anonymise_summary
from exports.anonymise import anonymise
from exports.anonymise_summary import copy_summary, kept_organisations
from models.case import Case
from models.enums import EntityKind
from models.example import example_case


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    made: list[str] = []

    def counted(case: Case, lang: Any, **kwargs: Any) -> Case:
        made.append(lang)
        return anonymise(case, lang, **kwargs)

    monkeypatch.setattr(anonymise_summary, "anonymise", counted)
    return made


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_summary_of_the_example_makes_one_copy(
    monkeypatch: pytest.MonkeyPatch, lang: Any
) -> None:
    case = example_case()
    before = copy_summary(case, lang)
    made = _counted(monkeypatch)
    assert copy_summary(case, lang) == before
    assert made == ["nl"]  # the example is written in Dutch
    assert "Gemeente Rivierstad" in before[0]
    assert kept_organisations(case) == kept_organisations(
        case, anonymise(case, "nl", for_copy=True)
    )


def test_a_map_that_tells_no_language_reads_its_bodies_in_dutch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = example_case()
    case.set_case_field("description", "")
    case.set_case_field("intent", "")
    for actor in list(case.actors):
        case.update(EntityKind.ACTOR, actor.id, {"notes": ""})
    before = kept_organisations(case)
    made = _counted(monkeypatch)
    lines = copy_summary(case, "en")
    assert sorted(made) == ["en", "nl"]  # the letters in English, the bodies as ever in Dutch
    head = "organisations kept by name (no personal data: public bodies and firms)"
    assert lines[0] == f"{head}: {', '.join(before)}"
