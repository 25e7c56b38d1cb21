"""The grammar of what the cleaner writes for a resident (issue 16, O1 of the hostile looks
12 and 13b): the article of a Dutch noun ("het huis van de inwoner"), a couple named by two
forms of address and one surname ("Dhr. en mevr. Visser": "De inwoner en partner", not "Dhr.
en de inwoner"), and a household's English word on a Dutch map ("The Visser family stays":
"The family stays").

>>> article("huis"), article("schuld")
('het', 'de')
>>> couples("Dhr. en de inwoner belden; de heer en de inwoner ook.", "nl")
'De inwoner en partner belden; de inwoner en partner ook.'
>>> couples("Mr and the resident called.", "en")
'The resident and partner called.'
>>> plural_word("Vissers en bakkers staken.", 6), plural_word("Vissers kinderen.", 6)
(True, False)
"""

from __future__ import annotations

import re

from models.i18n import Lang

__all__ = ["article", "couples", "english_household", "english_owner", "plural_word"]

# nouns that take "het" ("Jansens huis": "het huis van de inwoner"), and compounds ending in one
_HET = (
    "huis", "gezin", "kind", "dossier", "inkomen", "traject", "budget", "contact", "netwerk",
    "verzoek", "besluit", "plan", "huishouden", "werk", "geld", "vermogen", "adres", "bedrijf",
    "appartement", "pand", "verhaal", "leven", "bezwaar", "belang", "recht", "onderzoek",
    "gesprek", "verblijf", "bezit", "salaris", "loon", "pensioen", "krediet", "akkoord",
)  # fmt: skip


def article(noun: str) -> str:
    """The Dutch article of ``noun`` ("het huis", "de schuld"), from a list of common ones."""
    return "het" if noun.casefold().endswith(_HET) else "de"


_FORM = r"(?:[Dd]hr|[Mm]evr|[Mm]w|[Mm]eneer|[Mm]evrouw|[Dd]e heer|(?-i:Mrs|Mr|Ms|mr|mrs|ms))\.?"
# a form of address and "en" before the role the cleaner wrote for a titled surname: the
# couple ("Dhr. en mevr. Visser", "De heer en mevrouw Visser", "Mr and Mrs Visser")
_COUPLE = re.compile(
    rf"(?<![^\W_])(?P<form>{_FORM})\s+(?:en|and|&)\s+(?P<role>(?:[Dd]e|[Tt]he)\s+"
    r"(?:inwoner|resident)(?:\s+\d+)?)(?![^\W_])"
)
_PARTNER = {"nl": "en partner", "en": "and partner"}


def couples(text: str, lang: Lang) -> str:
    """``text`` with a couple named by two forms and the resident's role said as the role and
    "partner" ("Dhr. en de inwoner" becomes "De inwoner en partner")."""

    def one(match: re.Match[str]) -> str:
        role = match.group("role")
        said = f"{role[:1].lower()}{role[1:]} {_PARTNER['en' if role[:1] in 'Tt' else 'nl']}"
        before = match.string[: match.start()].rstrip()
        return said[:1].upper() + said[1:] if not before or before[-1] in ".!?:" else said

    return _COUPLE.sub(one, text)


_ENGLISH_HOUSEHOLD = re.compile(r"[ -](?:family|household)(?![^\W_])", re.IGNORECASE)


def english_household(text: str, end: int) -> str | None:
    """What the copy says for an English household word right after ``end`` ("The Visser
    family": "the family", "the household"), on a Dutch map too; None for a Dutch one."""
    match = _ENGLISH_HOUSEHOLD.match(text, end)
    return None if match is None else "the " + match.group(0)[1:].casefold()


# a surname that is a trade in the plural beside another trade ("Vissers en bakkers staken"):
# the words, not the resident's family (O1)
_PLURAL_PAIR = re.compile(r"s\s+(?:en|of|and|or|&)\s+[a-zà-ÿ]{3,}(?:s|en)(?![^\W_])")


def plural_word(text: str, end: int) -> bool:
    """Whether the surname ending at ``end`` of ``text`` is an everyday word in the plural
    paired with another plural in small letters ("Vissers en bakkers")."""
    return _PLURAL_PAIR.match(text, end) is not None


_ENGLISH_FORM = frozenset(("mr", "mrs", "ms"))


def english_owner(prefix: str, poss: str, said: str) -> str | None:
    """The English possessive of the resident ("Mrs Visser's son": "the resident's") where an
    English form of address and an apostrophe say the sentence is English, also on a Dutch
    map (O1); None otherwise."""
    if prefix.strip().rstrip(".").casefold() not in _ENGLISH_FORM or poss[:1] not in "'’":
        return None
    return re.sub(r"^(?:de|the) (?:inwoner|resident)", "the resident", said) + "'s"
