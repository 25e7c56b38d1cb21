"""An actor named by a kinship word and a name ("Zoon Daan (16)", "Dochter Fleur", "Partner
Mark de Vries", "Son Sam") is a relative of the resident: the anonymised copy names the actor
by the kinship word ("Zoon", a second one "Zoon 2"), not by a resident's role (hostile review
13, N1's second look: beside a resident of an earlier snapshot called Daan, "Zoon Daan (16)"
became "Inwoner 2", as if a second resident). A profession among the kinship words
("Deurwaarder Piet van Dam", "Bewindvoerder …") is a role, read elsewhere; words that are a
body's or a place's ("Mantelzorger Thuiszorg West") are not a name.

Examples
--------
>>> kin_person("Zoon Daan (16)"), kin_person("Partner Mark de Vries"), kin_person("Son Sam")
(('Zoon', 'Daan (16)'), ('Partner', 'Mark de Vries'), ('Son', 'Sam'))
>>> kin_person("Deurwaarder Piet van Dam"), kin_person("Mantelzorger Thuiszorg West")
(None, None)
>>> kin_person("Zoon"), kin_person("Ouders en kind")
(None, None)
"""

from __future__ import annotations

import re

from exports.anonymise_kin_words import KIN_WORDS, PROFESSIONS  # the roles among them
from exports.anonymise_persons import own_words

__all__ = ["FAMILY", "kin_person"]

FAMILY = sorted((w for w in KIN_WORDS if w not in PROFESSIONS), key=len, reverse=True)
_NAME = r"(?-i:[A-ZÀ-Ý][a-zà-ÿ'’]+|[A-Z]\.)"
_KIN_PERSON = re.compile(
    rf"^(?P<kin>(?:ex-)?(?:{'|'.join(map(re.escape, FAMILY))})(?:t?je)?)\s+"
    rf"(?P<person>{_NAME}(?:[\s-]+(?:(?:van|de|der|den|ten|ter|te|el|al)\s+)*{_NAME})*"
    r"(?:\s*\(\s*\d{1,3}\s*(?:jaar|years?)?\s*\))?)$",
    re.IGNORECASE,
)


def kin_person(name: str) -> tuple[str, str] | None:
    """(kinship word, person) when ``name`` is a kinship word and a person's name, perhaps
    with an age in brackets ("Zoon Daan (16)"), else None."""
    match = _KIN_PERSON.match(name.strip())
    if match is None:
        return None
    person = match.group("person")
    words = re.sub(r"\s*\(.*|(?<![^\W_])(?i:van|de|der|den|ten|ter|te|el|al)\s+", "", person)
    if not own_words(words):
        return None
    kin = match.group("kin")
    return kin[:1].upper() + kin[1:], person
