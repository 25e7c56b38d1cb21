"""A person named in a text by a form of address and a surname that is no resident on the map
(jurist review 10, J11): "Gezin Jansen blijft in de eigen woning wonen … en mevrouw Jansen de
zorg krijgt" on a map whose resident is the actor "Inwoner". The name is personal data all
the same (art. 4 AVG). The form of address stays and the name becomes a letter, the same
letter for the same surname in every text of the map ("Gezin X … mevrouw X"), a next
surname the next letter ("meneer Y"): the reader still sees that mevrouw X belongs to gezin X,
and that meneer Y is somebody else. A role after the form ("Mevrouw de Voorzitter") is no
name and stays.

Examples
--------
>>> letters = Letters()
>>> letters.text("Gezin Jansen blijft wonen en mevrouw Jansen krijgt zorg; dhr. P. de Vries helpt.")
'Gezin X blijft wonen en mevrouw X krijgt zorg; dhr. Y helpt.'
>>> letters.text("Mevrouw de Voorzitter opent; de familie Van der Berg-Jansen komt.")
'Mevrouw de Voorzitter opent; de familie Z komt.'
>>> letters.text("Overleg in MS Teams met Ms Smith en mr. Bakker.")
'Overleg in MS Teams met Ms Q en mr. R.'
"""

from __future__ import annotations

import re

from exports.anonymise_persons import DOMAIN_WORDS
from exports.anonymise_spelling import fold
from exports.anonymise_word_surnames import COMMON_WORDS

__all__ = ["FORMS", "KIN", "NOT_NAMES", "OFFICES", "Letters", "only_a_person"]

# kinship and neighbour words written before a name ("Buurman Pietersen", "Oom Kees")
KIN = r"[Bb]uurman|[Bb]uurvrouw|[Bb]uren|[Oo]uders|[Oo]om|[Tt]ante|[Oo]pa|[Oo]ma|[Ee]x-partner"
# forms of address before a surname, as a text writes them ("mevrouw", "Dhr.", "gezin")
FORMS = (
    r"[Gg]ezin|[Ff]amilie|[Ff]am\.?|[Mm]evrouw|[Mm]eneer|[Dd]e\s+heer|[Mm]evr\.?|[Mm]w\.?|"
    r"[Dd]hr\.?|(?-i:Mrs|Mr|Ms|mr|Hr|Heer)\.?|[Ff]amily|[Hh]ousehold|" + KIN
    # a relative or neighbour who is no actor, named like a titled person (review 11, N3)
)
# capitalised words after a form of address that are an office, not a name ("Mevrouw de
# Voorzitter", "Meneer de Burgemeester") or the role the copy writes itself
NOT_NAMES = frozenset((
    "voorzitter", "burgemeester", "wethouder", "minister", "staatssecretaris", "griffier",
    "secretaris", "rechter", "directeur", "ombudsman", "ombudsvrouw", "president", "officier",
    "consulent", "inwoner", "resident", "bewoner", "chair", "mayor", "alderman", "judge",
))  # fmt: skip
# a body's or field's own words ("Familie Zorg Rivierland"), but not those that are surnames too
OFFICES = NOT_NAMES | (DOMAIN_WORDS - COMMON_WORDS)
_WORD = r"(?-i:[A-Z][^\W\d_]*[a-z\u00e0-\u024f][^\W\d_]*)"  # a capital and a small letter
_PARTICLE = r"(?:van|de|der|den|ten|ter|te|el|al|'t|het|in|op)"
_PERSON = re.compile(
    rf"(?<![^\W_])(?P<form>{FORMS})\s+(?P<initials>(?:(?-i:[A-Z])[a-z]?\.\s?){{1,4}}\s*)?"
    rf"(?P<first>{_WORD}\s+(?=(?:{_PARTICLE}\s+)*{_WORD}))?"  # "Mark Dekker": one person
    rf"(?P<name>(?:{_PARTICLE}\s+)*{_WORD}(?:-(?:{_PARTICLE}\s+)*{_WORD})*)"
    r"(?![^\W_])",
    re.IGNORECASE,
)
_SERIES = "XYZQRSTUVW"


class Letters:
    """The letter each unknown surname gets, the same in every text of one map."""

    def __init__(self) -> None:
        self.given: dict[str, str] = {}

    def _letter(self, name: str) -> str:
        key = fold(name).casefold()
        if key not in self.given:
            n = len(self.given)
            self.given[key] = _SERIES[n % len(_SERIES)] + (
                str(n // len(_SERIES)) if n >= 10 else ""
            )
        return self.given[key]

    def text(self, text: str) -> str:
        """``text`` with every surname after a form of address as a letter."""

        def letter(match: re.Match[str]) -> str:
            name, whole = match.group("name"), (match.group("first") or "") + match.group("name")
            words = [w for w in re.split(r"[\s-]+", whole) if not re.fullmatch(_PARTICLE, w, re.I)]
            if any(fold(w).casefold() in OFFICES for w in words):
                return match.group(0)
            return f"{match.group('form')} {self._letter(name)}"

        return _PERSON.sub(letter, text)


def only_a_person(text: str) -> bool:
    """Whether ``text`` is only a form of address and a surname ("Gezin Jansen"): a title's
    head that names the subject and nothing else.

    >>> only_a_person(" Gezin Jansen "), only_a_person("Mevrouw de Voorzitter")
    (True, False)
    >>> only_a_person("Wmo")
    False
    """
    match = _PERSON.fullmatch(text.strip())
    return match is not None and Letters().text(match.group(0)) != match.group(0)
