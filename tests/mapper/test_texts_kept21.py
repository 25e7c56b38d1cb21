"""A map analysed again finishes none of its finding texts again (issue 15, map21): starting
the sentences, naming a long role in full once and the capital depend on the filled-in text
and the names' forms alone, so ``mapper.catalogue._finished`` keeps them. Counted, not timed:
the old code ran ``once_prepared`` for every text of every analysis; it fails the first test.
"""

from __future__ import annotations

import pytest

import mapper.catalogue as catalogue
from mapper.analysis import Analysis, analyse
from mapper.name_once import Prepared, once_prepared
from models.example import example_case
from models.i18n import Lang


def test_a_second_analysis_of_a_map_finishes_no_text_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def counted(text: str, ready: Prepared) -> str:
        calls.append(text)
        return once_prepared(text, ready)

    monkeypatch.setattr("mapper.catalogue.once_prepared", counted)
    catalogue._finished.cache_clear()
    first = analyse(example_case())
    assert calls
    calls.clear()
    again = analyse(example_case())
    assert calls == []
    assert again.findings == first.findings
    assert _texts(again) == _texts(first)


def _texts(analysis: Analysis) -> list[str]:
    """Every finding's title, detail and suggestion in both languages, in order."""
    parts = (part for f in analysis.findings for part in (f.title, f.detail, f.suggestion))
    langs: tuple[Lang, ...] = ("nl", "en")
    return [part(lang) for part in parts for lang in langs]


def test_the_kept_texts_are_those_made_afresh() -> None:
    kept = analyse(example_case())
    catalogue._finished.cache_clear()
    fresh = analyse(example_case())
    assert [repr((f.title, f.detail, f.suggestion)) for f in kept.findings] == [
        repr((f.title, f.detail, f.suggestion)) for f in fresh.findings
    ]
