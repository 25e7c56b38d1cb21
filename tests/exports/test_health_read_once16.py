"""The GP's rule reads each sentence for health once per cleaning (issue 15): since a77c7e0
the sentence was read for a GP (``_gone``) and each of its clauses again for health
(``_found``), and a sentence of one clause is that clause, so every such text was read twice
(test_the_identifiers_are_read_in_linear_time spent half its time on it). On the old code each
sentence below is read twice. The cleaning itself is unchanged (the last assertions)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from exports import anonymise_words
from exports.anonymise_words import health_in, without_health

_TEXT = (
    "Mevrouw belt de gemeente. Zij ligt in het ziekenhuis. De huisarts overlegt met het"
    " jeugdteam voor hij verwijst; een verwijzing blijft zijn eigen bevoegdheid."
    " De huisarts verwees mevrouw door."
)


class _Read:
    """The module's health pattern, counting the texts it reads whole."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, Counter[str]()

    def finditer(self, text: str, *args: Any) -> Any:
        self.read[text] += 1
        return self.pattern.finditer(text, *args)

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        self.read[text] += 1
        return self.pattern.search(text, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


@pytest.mark.parametrize("trim", [False, True])
def test_each_sentence_is_read_for_health_once(monkeypatch: pytest.MonkeyPatch, trim: bool) -> None:
    expected = without_health(_TEXT, trim=trim)
    counted = _Read(anonymise_words.HEALTH)
    monkeypatch.setattr(anonymise_words, "HEALTH", counted)
    assert without_health(_TEXT, trim=trim) == expected
    assert counted.read["Zij ligt in het ziekenhuis."] == 1
    assert counted.read["Mevrouw belt de gemeente."] == 1
    assert max(counted.read.values()) == 1, counted.read
    assert (
        expected == "Mevrouw belt de gemeente. De huisarts overlegt met het jeugdteam voor hij"
        " verwijst; een verwijzing blijft zijn eigen bevoegdheid."
    )


def test_health_in_reads_each_sentence_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _Read(anonymise_words.HEALTH)
    monkeypatch.setattr(anonymise_words, "HEALTH", counted)
    text = f"Zij belt. Zij ligt in het ziekenhuis ({id(counted)})."  # a text no test met
    found = health_in(text)
    assert found is not None
    assert found.group(0) == "ziekenhuis"
    counted.read.pop(text)  # the first search of the whole text, whether any health is in it
    assert max(counted.read.values()) == 1, counted.read
