"""Each text is searched for health and read for identifiers once per process (issue 15): the
anonymiser searched every note of every snapshot's state again, and the copy's check once more;
the health search was an eighth of the anonymiser's time, the identifiers a twentieth. On the
old code the second call searched again."""

from __future__ import annotations

import re
from typing import Any

import pytest

from exports import anonymise_words
from exports.anonymise_words import health_in


class _Counted:
    """A module's pattern that counts its searches and substitutions."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searched = pattern, 0

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        self.searched += 1
        return self.pattern.search(text, *args)

    def sub(self, repl: Any, text: str, *args: Any) -> str:
        self.searched += 1
        return self.pattern.sub(repl, text, *args)

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


def test_a_text_is_read_for_identifiers_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The anonymiser read every text of every snapshot's state for identifiers again (5 % of
    its time); on the old code the second call read it again."""
    from exports import anonymise_identifiers

    counted = _Counted(anonymise_identifiers.IDENTIFIER)
    monkeypatch.setattr(anonymise_identifiers, "IDENTIFIER", counted)
    text = f"Bel 06-12345678 ({id(counted)})."
    first = anonymise_identifiers.without_identifiers(text, "nl")
    assert counted.searched == 1
    assert anonymise_identifiers.without_identifiers(text, "nl") == first
    assert counted.searched == 1
    assert "06-12345678" not in first
