"""The copy's check reads each text for identifiers and for legal sentences once per process
(issue 15): it reads every string of every state of every output (the copy, the nota, the
deck, the register and the pictures each check the same map's texts again), and the two
readings were a twelfth of the anonymiser tests' CPU. On the old code the second check read
the text again. What is found is the same."""

from __future__ import annotations

import re
from typing import Any

import pytest

from exports import anonymise_identifiers, anonymise_words
from exports.anonymise_identifiers import identifiers
from exports.anonymise_words import without_law


class _Counted:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def finditer(self, text: str, *args: Any) -> Any:
        self.read += 1
        return self.pattern.finditer(text, *args)

    def split(self, text: str, *args: Any) -> Any:
        self.read += 1
        return self.pattern.split(text, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def test_a_text_is_read_for_identifiers_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _Counted(anonymise_identifiers.IDENTIFIER)
    monkeypatch.setattr(anonymise_identifiers, "IDENTIFIER", counted)
    text = f"Bel 06-12345678 of mail a.b@example.nl ({id(counted)})."  # a text no test met
    first = identifiers(text)
    assert counted.read == 1
    again = identifiers(text)
    assert counted.read == 1
    assert again == first
    assert [kind for kind, _ in first] == ["phone", "email"]
    again.clear()  # the caller's own list: what is kept stays whole
    assert identifiers(text) == first


def test_a_text_is_read_for_legal_sentences_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        f"De burgemeester kan op grond van de Wet verplichte ggz een crisismaatregel nemen"
        f" (art. 7:1 Wvggz). Mevrouw is opgenomen ({id(monkeypatch)})."
    )
    read: list[str] = []
    clauses = anonymise_words._clauses

    def counted(text: str) -> list[str]:
        read.append(text)
        return clauses(text)

    monkeypatch.setattr(anonymise_words, "_clauses", counted)
    first = without_law(text)
    assert read == [text]
    assert without_law(text) == first
    assert read == [text]
    assert first == f"Mevrouw is opgenomen ({id(monkeypatch)})."


def test_a_text_is_read_for_a_titled_person_once_per_names_explained(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from exports import anonymise_check_read
    from exports.anonymise_check_read import titled_person

    counted = _Counted(anonymise_check_read._TITLED)
    monkeypatch.setattr(anonymise_check_read, "_TITLED", counted)
    text = f"Gezin X blijft wonen; mevrouw Jansen belt ({id(counted)})."  # a text no test met
    assert titled_person(text, set()) == "mevrouw Jansen"
    assert counted.read == 1
    assert titled_person(text, frozenset()) == "mevrouw Jansen"
    assert counted.read == 1
    # "Jansen" is a word of a name the copy itself writes: read again, and passed
    assert titled_person(text, {"jansen"}) is None
    assert counted.read == 2


def test_a_patched_rule_reads_a_text_read_before_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """tests/conftest.py: a test that makes the check blind must not get what an earlier
    reading with the whole check gave (nor a later test what it read blind)."""
    from exports import anonymise_check_read
    from exports.anonymise_check_read import titled_person

    text = "Gezin X blijft wonen; mevrouw Jansen belt."
    assert titled_person(text, frozenset()) == "mevrouw Jansen"
    never = re.compile(r"(?!)")
    for name in ("_TITLED", "_TITLED_CAPS", "_NAMED_AFTER", "_FIRST_AGED", "_AFTER_HEAD"):
        monkeypatch.setattr(anonymise_check_read, name, never)
    monkeypatch.setattr(anonymise_check_read, "_NEAR_ROLE", ())
    monkeypatch.setattr(anonymise_check_read, "_KIN_CAPS", never)
    monkeypatch.setattr(anonymise_check_read, "_BESIDE", never)
    assert titled_person(text, frozenset()) is None
