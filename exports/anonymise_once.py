"""Each text of a map cleaned once (issue 15): the anonymiser met the example's 196 texts
1,777 times, once per state of the timeline and per field that repeats them, and cleaned each
again (0.22 s of CPU for the example, 0.09 s now; the copy, the nota, the deck and the
casebook's index all anonymise).

A cleaner's plan is fixed once it is made, but for the letters it gives persons who are no
actor (``Letters.given``), which only grow. So a text met again while as many letters are
given reads as it did; and a first cleaning that gave a letter is never met again with as
many, so no letter is ever skipped.

Examples
--------
>>> from exports.anonymise_titled import Letters
>>> class Loud(SaidOnce):
...     def __init__(self) -> None:
...         self.letters, self.cleaned = Letters(), 0
...     def _text(self, text: str) -> str:
...         self.cleaned += 1
...         return self.letters.text(text)
>>> loud = Loud()
>>> [loud.text(t) for t in ("Mevrouw Bakker belt.", "Meneer Smit.", "Mevrouw Bakker belt.")]
['Mevrouw X belt.', 'Meneer Y.', 'Mevrouw X belt.']
>>> loud.cleaned, loud.text("Mevrouw Bakker belt."), loud.text("Meneer Smit."), loud.cleaned
(3, 'Mevrouw X belt.', 'Meneer Y.', 4)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from exports.anonymise_titled import Letters

__all__ = ["SaidOnce"]


class SaidOnce:
    """A cleaner whose :meth:`_text` depends on the text and its ``letters`` alone."""

    letters: Letters

    def text(self, text: str) -> str:
        """``text`` with the residents, staff and care providers named by their role, and
        without direct identifiers (BSN, telephone, e-mail, address, date of birth)."""
        said: dict[tuple[str, int], str] = self.__dict__.setdefault("_said", {})
        key = (text, len(self.letters.given))
        if (new := said.get(key)) is None:
            new = said[key] = self._text(text)
        return new

    def _text(self, text: str) -> str:
        raise NotImplementedError
