"""Each text is searched for health once per process (issue 15): the anonymiser searched every
note of every snapshot's state again, and the copy's check once more; the search was an eighth
of the anonymiser's time. On the old code the second call searched again."""

from __future__ import annotations

import re
from typing import Any

import pytest

from exports import anonymise_words
from exports.anonymise_words import health_in


class _Counted:
    """:data:`anonymise_words.HEALTH` that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searched = pattern, 0

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        self.searched += 1
        return self.pattern.search(text, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


@pytest.mark.parametrize(
    ("text", "found"),
    [("Zij ligt in het ziekenhuis.", "ziekenhuis"), ("Mevrouw belt de gemeente.", None)],
)
def test_a_text_is_searched_for_health_once(
    monkeypatch: pytest.MonkeyPatch, text: str, found: str | None
) -> None:
    counted = _Counted(anonymise_words.HEALTH)
    monkeypatch.setattr(anonymise_words, "HEALTH", counted)
    text = f"{text} ({id(counted)})"  # a text no earlier test met
    first = health_in(text)
    searched = counted.searched
    assert searched >= 1
    again = health_in(text)
    assert counted.searched == searched
    assert (first and first.group(0)) == (again and again.group(0))
    assert (first is None) == (found is None)
    if found is not None:
        assert first is not None
        assert found in first.group(0)
