"""The letters of persons who are no actor are read once per text and letters (issue 15): the
copy, its summary, the nota, the deck and the pictures each anonymise the same map again, and
each read every text again for its letters (a run of three anonymiser test files read 340 texts
43,311 times). On the old code the second reading below searched the text again."""

from __future__ import annotations

import re
from typing import Any

import pytest

from exports import anonymise_titled
from exports.anonymise_titled import Letters

LEAK = "Haar stiefbroer, Mark de Vries, werkt."


class _Counted:
    """A pattern of the module that counts the texts it reads."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def sub(self, repl: Any, text: str, *args: Any) -> str:
        self.read += 1
        return self.pattern.sub(repl, text, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def test_a_text_read_with_the_same_letters_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _Counted(anonymise_titled._PERSON)
    monkeypatch.setattr(anonymise_titled, "_PERSON", counted)
    text = "Gezin Jansen blijft wonen en mevrouw Jansen krijgt zorg; dhr. P. de Vries helpt."
    first, again = Letters(), Letters()
    read = first.text(text)
    assert read == "Gezin X blijft wonen en mevrouw X krijgt zorg; dhr. Y helpt."
    assert counted.read == 1
    assert again.text(text) == read
    assert counted.read == 1
    # the letters the reading gave come along, in the same order
    assert (
        list(again.given.items())
        == list(first.given.items())
        == [("jansen", "X"), ("de vries", "Y")]
    )
    assert again.said == first.said == {"X": "gezin", "Y": "dhr."}


def test_other_letters_before_read_the_text_again() -> None:
    before = Letters()
    assert before.text("Buurman Pietersen belt.") == "Buurman X belt."
    assert before.text("Mevrouw Jansen belt.") == "Mevrouw Y belt."
    assert Letters().text("Mevrouw Jansen belt.") == "Mevrouw X belt."
    assert list(before.given.values()) == ["X", "Y"]


def test_a_patched_rule_reads_a_text_read_before_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """tests/conftest.py: a test that makes the cleaner blind (test_pseudonym_check) must not
    get what an earlier reading with the whole cleaner gave."""
    assert Letters().text(LEAK) != LEAK
    monkeypatch.setattr(anonymise_titled, "_KIN_FIRST", re.compile(r"(?!)"))
    assert Letters().text(LEAK) == LEAK
