"""The case title without health (issue 16, hostile review 15, H1): 'Daan heeft ADHD',
'Mevrouw is zwanger' and 'De huisarts meldt dat mevrouw slecht slaapt' as a title went into
the copy, the nota (its text and its document title), the pictures and the casebook, where
the same sentences in the description were left out. The title goes through the same rule
as the description; a title with nothing left is named as a case whose title was left out.

>>> health_free_title("Het gezin: Daan heeft ADHD, mevrouw is zwanger", "nl")
'Casus (titel weggelaten)'
>>> health_free_title("She is pregnant", "en")
'Case (title left out)'
>>> health_free_title("Huisuitzetting dreigt bij gezin met schulden en zorgvragen", "nl")
'Huisuitzetting dreigt bij gezin met schulden en zorgvragen'

A title that names a kind of care or a service and no one stays (hostile review 15b, B7: in a
casebook every such case read 'Casus (titel weggelaten)'):

>>> health_free_title("GGZ-wachtlijst en de gemeente", "nl")
'GGZ-wachtlijst en de gemeente'
>>> health_free_title("GGZ-wachtlijst van mevrouw", "nl")
'Casus (titel weggelaten)'
>>> health_free_title("Psychose en opvang", "nl")
'Casus (titel weggelaten)'
"""

from __future__ import annotations

import re

from exports.anonymise_first import a_first_name
from exports.anonymise_gp import _PERSONS, _PRONOUNS, GP_ROLE, about_no_one
from exports.anonymise_health_words import HEALTH
from exports.anonymise_spelling import fold
from exports.anonymise_titled import _HEAD_NAME, _KIN_ONLY, _PERSON, Letters, _named_head
from exports.anonymise_words import health_in, without_health
from models.i18n import Lang

__all__ = ["TITLE_LEFT", "health_free_title", "only_a_person", "policy_title", "untitled"]

#: A title that said nothing but health, in the map's language.
TITLE_LEFT: dict[str, str] = {"nl": "Casus (titel weggelaten)", "en": "Case (title left out)"}


# a kind of care, a service or a sector, named as a policy subject: the health word in it is no
# one's health ("Beschermd wonen: mandaat centrumgemeente", "Verslavingszorg en schuldhulp",
# "Dementievriendelijke gemeente", "Mental health waiting list", "Een zieke organisatie")
_SERVICE = re.compile(
    r"(?<![^\W_])(?:ggz[\w-]*|verslavingszorg|jeugd(?:gezondheids)?zorg|ouderenzorg"
    r"|gehandicaptenzorg|thuiszorg|wijkverpleging|kraamzorg|ziekenhuiszorg|langdurige\s+zorg"
    r"|huisarts(?:en)?(?:praktijk|post|zorg)|beschermd\s+wonen|beschermde\s+woonvorm"
    r"|maatschappelijke\s+opvang|vrouwenopvang|dementievriendelijke?|psychiatrie"
    r"|wlz-?(?:zorg|instelling)|(?:geestelijke\s+)?gezondheidszorg|mental\s+health(?:\s+care)?"
    r"|health\s*care|(?:na\s+)?verwijzing\s+door\s+de\s+huisarts|(?:zieke?|sick)\s+(?:organisatie|organisation|systeem|system|stelsel"
    r"|afdeling|gemeente))(?![^\W_])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")
# a capitalised word that names no person: a place after "in", a body's abbreviation
_PLACE = re.compile(r"(?:in|gemeente|regio|wijk)\s+$", re.IGNORECASE)


def policy_title(title: str) -> bool:
    """Whether every health word of ``title`` is part of a kind of care or a service (or a GP
    as a role in a title about no one: exports.anonymise_gp), and the title names no one: no
    person, relative or pronoun, no letter, first name or unknown capitalised word, only a
    place after "in" or an abbreviation. The copy's check reads the title by the same rule."""
    spans = [m.span() for m in _SERVICE.finditer(title)]
    for found in HEALTH.finditer(title):
        if any(a <= found.start() and found.end() <= b for a, b in spans):
            continue
        if not (GP_ROLE.fullmatch(found.group(0)) and about_no_one(title)):
            return False
    for i, match in enumerate(_WORD.finditer(title)):
        word = match.group(0)
        key = word.casefold()
        if key in _PERSONS or key in _PRONOUNS or key in ("hij", "zijn", "he", "his"):
            return False
        if not word[:1].isupper() or any(a <= match.start() < b for a, b in spans):
            continue
        if i == 0:
            if a_first_name(word):
                return False  # "Daan: GGZ-wachtlijst"
            continue
        if len(word) == 1 or not (word.isupper() or _PLACE.search(title, 0, match.start())):
            return False  # "X", "Daan": a person, perhaps
    return True


def health_free_title(title: str, lang: Lang) -> str:
    """``title`` without the sentences and clauses that speak of health (as the description
    loses them), or :data:`TITLE_LEFT` when nothing is left; a title that names a kind of care
    and no one stays whole."""
    if not health_in(title) or policy_title(title):
        return title
    return without_health(title).strip() or TITLE_LEFT[lang]


# the subject's head without a personal name (jurist review 10, J11; moved from
# exports.anonymise_titled, issue 15)
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


def untitled(title: str, pattern: re.Pattern[str] | None) -> str:
    """The subject without the personal name: "Gezin Jansen: dreigende huisuitzetting"
    becomes "Dreigende huisuitzetting" (``pattern``: the residents' names), also where no
    resident on the map is called Jansen (jurist review 10, J11)."""
    head, sep, rest = title.partition(":")
    if _KIN_ONLY.search(head):  # "De kinderen van Visser: Daan en Fleur" (review 13, N3)
        return title
    if any(_named_head(m) for m in _HEAD_NAME.finditer(title)):
        return title  # "Gezin de Wit: Lotte wacht": the letters tell Lotte is of the family
    named = pattern is not None and pattern.search(fold(head)) is not None
    if sep and (named or only_a_person(head)) and rest.strip():
        rest = rest.strip()
        return rest[:1].upper() + rest[1:]
    return title
