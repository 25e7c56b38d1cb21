"""A text in plain ASCII has no odd space, full-width or look-alike letter, and a text
without any joiner no joined name (issue 15, session 21): both are handed back at once. On
the old code the ASCII text was substituted and translated all the same (the first test
fails there); what the readings give is the same (the second)."""

from __future__ import annotations

import pytest

from exports import anonymise_joiners, anonymise_low_forms
from exports.anonymise_low_forms import latin_letters
from exports.anonymise_spelling import HYPHENS
from tests.exports.counted_pattern import Counted


def test_an_ascii_text_is_not_read_for_look_alikes(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = Counted(anonymise_low_forms._ODD_SPACE)
    monkeypatch.setattr(anonymise_low_forms, "_ODD_SPACE", counted)
    assert latin_letters("Daan Visser belt; en/of.") == "Daan Visser belt; en/of."
    assert counted.used == 0
    assert latin_letters("Da\u0430n\u00a0Visser") == "Daan Visser"
    assert counted.used == 1


_SAMPLES = [
    "Daan Visser belt.",
    "Daan/Visser",
    "Daan\u00b7Visser",
    "Daan\u2013Visser",
    "a;b",
    "x & y",
    "Daan\\Visser",
    "Ｄａａｎ\u00a0Visser",
    "Da\u0430n Visser",
    "",
    *(f"Daan{c}Visser" for c in HYPHENS),
]


@pytest.mark.parametrize("text", _SAMPLES)
def test_the_quick_ways_out_read_as_the_whole_rules(text: str) -> None:
    every = HYPHENS + anonymise_joiners._DOTS + anonymise_joiners._SLASHES
    every += anonymise_joiners._DASHES + anonymise_joiners._SIGNS
    assert anonymise_joiners._JOINERS.isdisjoint(text) == (not any(c in text for c in every))
    whole = anonymise_low_forms._ODD_SPACE.sub(" ", text).translate(anonymise_low_forms._FULL_WIDTH)
    if text.isascii():
        assert latin_letters(text) == whole == text


def test_an_ascii_text_without_a_staff_name_is_not_searched_for_one() -> None:
    """Plan._others ran its pattern of every staff and provider name over every text; an
    ASCII text that holds none of them in small letters is now handed back (on the old code
    the pattern ran: the count fails there)."""
    from exports.anonymise_plan import Plan
    from models.example import example_case

    plan = Plan([example_case()], "nl", for_copy=False)
    assert plan.others is not None
    counted = Counted(plan.others)
    plan.others = counted  # type: ignore[assignment]
    assert plan._others("De gemeente belt terug.") == "De gemeente belt terug."
    assert counted.used == 0
    said = plan._others("SANNE belt terug.")
    assert counted.used == 1
    assert "SANNE" not in said
    plan._others("De gemeente belt terug \u017f.")  # not ASCII: the pattern reads it
    assert counted.used == 2


def test_a_text_without_a_space_before_a_mark_is_not_read_for_a_first_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """initials_of_relatives read every text for "Daan V." when the residents' surnames had
    initials; a first name and a mark are written with a space between (on the old code the
    pattern ran over the text: the count fails there)."""
    from exports import anonymise_initials

    counted = Counted(anonymise_initials._FIRST_INITIAL)
    counted.finditer = counted.pattern.finditer  # type: ignore[attr-defined]
    monkeypatch.setattr(anonymise_initials, "_FIRST_INITIAL", counted)
    read = anonymise_initials.initials_of_relatives
    marks = frozenset("V")
    assert read("Daan belt de gemeente.", marks, str.isupper, str.upper) == "Daan belt de gemeente."
    assert counted.used == 0
    assert read("Daan V. belt.", marks, "Anna".__eq__, lambda n: "X") == "X belt."
    assert counted.used == 1
