"""The low forms of a name the fifth hostile look still found kept (issue 16, rev-hostile14b,
'Left before I would sign off' 6), read before the name rules so that those rules see a name
as they know it:

- a first name with a letter of another alphabet drawn like a Latin one ("Daаn Visser" with a
  Cyrillic "а") is read with the Latin letter (:func:`latin_letters`), so that it is the
  relative's letter, not "Daаn de inwoner";
- a first name and a resident's surname written as one word ("DaanVisser", "AnnaVisser") are
  two (:func:`unglued`);
- a year of birth beside a name without a bracket ("Anna Visser, 1980, woont hier", "Anna
  Visser *1980") is left out as the bracket is (:func:`years_beside`);
- a form of address with the initial of the resident's surname ("Mevrouw V. belde") is the
  resident where the form fits the resident's own (:func:`titled_initials`), else the check
  refuses it (:func:`titled_initial_left`);
- the English possessive a letter was left with in a Dutch text ("X's fiets is weg") is said
  in Dutch, "De fiets van X is weg" (:func:`dutch_owner`);
- an id or a tag of a first name and a surname with its particle ("mark_devries",
  "mark_van_dijk") names a person no rule knew (:func:`person_id`): the id becomes a neutral
  one, the tag that person's letter, and the check refuses it kept.

>>> latin_letters("Daаn Visser, Москва")
'Daan Visser, Москва'
>>> unglued("DaanVisser spijbelt; de VisserijWet.", lambda w: w == "Visser")
'Daan Visser spijbelt; de VisserijWet.'
>>> latin_letters("Ｄａａｎ\u00a0Visser, € 100")
'Daan Visser, € 100'
>>> dutch_owner("X's fiets is weg; zie Y’s school.", {"X", "Y"})
'De fiets van X is weg; zie de school van Y.'
>>> person_id("mark_devries"), person_id("mark_van_dijk"), person_id("manager_wi")
('de vries', 'van dijk', None)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from exports.anonymise_first import a_first_name
from exports.anonymise_grammar import article
from exports.anonymise_identifiers import DATE, DATE_LEFT_OUT, YEAR_LEFT_OUT
from exports.anonymise_joiners import joined
from exports.anonymise_lookup import Lookup
from exports.anonymise_near import ACCOUNT_LEFT_OUT, NearNames
from exports.anonymise_spelling import fold
from exports.anonymise_surname_first import register_order
from models.i18n import Lang
from models.look_alike import LIKE_LATIN

__all__ = [
    "LowForms",
    "dates_beside",
    "dutch_owner",
    "latin_letters",
    "person_id",
    "titled_initial_left",
    "titled_initials",
    "unglued",
    "years_beside",
]

_LOOK_ALIKE = frozenset(chr(c) for c in LIKE_LATIN)
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z]")


# a space that is no plain one between two letters ("Daan\u00a0Visser" as pasted from a
# word processor; a thin space), and letters in full width ("Ｄａａｎ"): hostile review 15, H7/H9
# every space separator of Unicode but the plain one (an en space, a hair space, the ideographic
# one too: "Daan\u2002Visser" was still refused with an escape)
_ODD_SPACE = re.compile(r"(?<=[^\W\d_])[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000](?=[^\W\d_])")
_FULL_WIDTH = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF5B)})


def latin_letters(text: str) -> str:
    """``text`` with each word that mixes Latin letters and letters of another alphabet drawn
    like a Latin one read in Latin ("Daаn"); a word wholly in another alphabet stays; a
    non-breaking or thin space between two letters is a space, a letter in full width the
    letter ("Ｄａａｎ\u00a0Visser": "Daan Visser")."""
    if text.isascii():  # each odd space, full-width and look-alike letter is no ASCII
        return text
    text = _ODD_SPACE.sub(" ", text).translate(_FULL_WIDTH)
    if _LOOK_ALIKE.isdisjoint(text):
        return text

    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        if _LOOK_ALIKE.isdisjoint(word) or not _LATIN.search(word):
            return word
        return word.translate(LIKE_LATIN)

    return _WORD.sub(one, text)


_CAMEL = re.compile(
    r"(?<![^\W_])(?P<first>[A-Z][a-zà-ÿ]+)_?(?P<second>[A-Z][a-zà-ÿ]+)(?![^\W_])"
)  # "DaanVisser", "Daan_Visser" (hostile review 15, H9)


def unglued(text: str, knows: Callable[[str], bool]) -> str:
    """``text`` with a capitalised word glued before a resident's name (``knows``: a surname
    or first name) written apart ("DaanVisser": "Daan Visser"); another compound stays."""
    return _CAMEL.sub(
        lambda m: f"{m['first']} {m['second']}" if knows(m["second"]) else m.group(0), text
    )


# a year of birth after a name: between commas, or after an asterisk ("*1980", "° 1980")
_YEAR_MARK = re.compile(r"(?:19|20)\d\d")
_YEAR_AFTER = re.compile(r"(?:\s*,\s*(?P<y1>(?:19|20)\d\d)\s*,|\s*[*°]\s?(?P<y2>(?:19|20)\d\d)\b)")
# a date in a bracket after a name: "Anna Visser (3-3-1985)" (hostile look 15, H9)
_DATE_AFTER = re.compile(rf"\s*\(\s*(?i:{DATE})\s*\)")


def dates_beside(text: str, ends: Collection[int], said: str) -> str:
    """``text`` with a date in a bracket right after a name that ends at one of ``ends``
    said as ``said``, a bracket as an age is ("(geboortedatum weggelaten)").

    >>> dates_beside("Anna Visser (3-3-1985) belde.", {11}, "(-)")
    'Anna Visser (-) belde.'
    """
    out: list[str] = []
    last = 0
    for end in sorted(ends):
        match = _DATE_AFTER.match(text, end)
        if match is None or end < last:
            continue
        out += [text[last:end], f" {said}"]
        last = match.end()
    return "".join(out) + text[last:] if out else text


def years_beside(text: str, ends: Collection[int], said: str) -> str:
    """``text`` with a year of birth right after a name that ends at one of ``ends`` said as
    ``said`` ("(geboortejaar weggelaten)"): "Anna Visser, 1980, woont hier" is "Anna Visser
    (geboortejaar weggelaten) woont hier"; "Anna Visser *1980" the same.

    >>> years_beside("Anna Visser, 1980, woont hier; Visser *1980.", {11, 37}, "(-)")
    'Anna Visser (-) woont hier; Visser (-).'
    """
    out: list[str] = []
    last = 0
    for end in sorted(ends):
        match = _YEAR_AFTER.match(text, end)
        if match is None or end < last:
            continue
        out += [text[last:end], f" {said}" + (" " if match["y1"] else "")]
        last = match.end()
        while match["y1"] and last < len(text) and text[last] == " ":
            last += 1
    return "".join(out) + text[last:] if out else text


_FEMALE = r"[Mm]evrouw|[Mm]evr\.?|[Mm]w\.?|Mrs\.?|Ms\.?|Miss"
_MALE = r"[Dd]e\s+heer|[Mm]eneer|[Dd]hr\.?|Mr\.?"
_TITLED_INITIAL = re.compile(
    rf"(?<![^\W_])(?P<form>(?P<f>{_FEMALE})|(?P<m>{_MALE}))\s+(?P<i>[A-Z])(?:(?P<dot>\.)|(?!\.))"
    r"(?![\w])(?!\s*[A-Z]\.)(?!\s+[A-Z][a-zà-ÿ])"
)


_FORM_HEAD = re.compile(rf"(?:(?P<f>{_FEMALE})|(?P<m>{_MALE}))\s")


def _gender(name: str) -> str:
    """ "f" or "m" after the form of address a resident's ``name`` opens with, else ""."""
    head = _FORM_HEAD.match(name)
    return "" if head is None else ("f" if head["f"] else "m")


def titled_initials(text: str, residents: Mapping[str, tuple[str, str]]) -> str:
    """``text`` with a form of address and the initial of a resident's surname ("Mevrouw V.
    belde") said as that resident (``residents``: the surname's initial -> (the resident's
    name, what the text says for them)) where the form fits the resident's own ("mevrouw"
    for a "Mevrouw Anna Visser", any form for a resident without one); "De heer V." beside
    her is left to the check.

    >>> titled_initials("Mevrouw V. belde. De heer V. ook.", {"V": ("Mw. A. Visser", "de inwoner")})
    'De inwoner belde. De heer V. ook.'
    """

    def one(match: re.Match[str]) -> str:
        found = residents.get(match["i"])
        if found is None:
            return match.group(0)
        gender = _gender(found[0])
        if gender and gender != ("f" if match["f"] else "m"):
            return match.group(0)
        said = found[1]
        head = text[: match.start()].rstrip()
        said = said[:1].upper() + said[1:] if not head or head[-1] in ".!?" else said
        stop = match["dot"] and re.match(r"\s*(?:$|\n|[A-Z])", text[match.end() :])
        return said + ("." if stop else "")

    return _TITLED_INITIAL.sub(one, text)


def titled_initial_left(text: str, marks: Collection[str]) -> str | None:
    """A form of address with the initial of a resident's surname (``marks``) the copy still
    holds ("Mevrouw V.", "de heer V."), or None: the check's reading.

    >>> titled_initial_left("De heer V. belde.", "V"), titled_initial_left("Mevrouw X belde", "V")
    ('De heer V.', None)
    """
    for match in _TITLED_INITIAL.finditer(text):
        if match["i"] in marks:
            return match.group(0)
    return None


# a letter of the copy's series with an English possessive before a noun ("X's fiets")
_A_LETTER = re.compile(r"[XYZQRSTUVW]\d?")
_OWNER = re.compile(r"(?<![^\W_])(?P<letter>[XYZQRSTUVW]\d?)['’]s\s+(?P<noun>[a-zà-ÿ][\w-]*)")


def dutch_owner(text: str, letters: Collection[str]) -> str:
    """A Dutch ``text`` with a letter of the copy (``letters``) and an English possessive
    said in Dutch ("X's fiets is weg": "De fiets van X is weg"; hostile review 14b)."""

    def one(match: re.Match[str]) -> str:
        if match["letter"] not in letters:
            return match.group(0)
        noun = match["noun"]
        head = text[: match.start()].rstrip()
        the = article(noun)
        the = the.capitalize() if not head or head[-1] in ".!?" else the
        return f"{the} {noun} van {match['letter']}"

    return _OWNER.sub(one, text)


class LowForms:
    """The low forms read for one cleaner's plan: before the name rules (:meth:`glued` on
    every text, :meth:`before` on a text that may name a resident) and after the letters
    (:meth:`after`)."""

    def __init__(
        self,
        pattern: re.Pattern[str] | None,
        lookup: Lookup,
        lang: Lang,
        names: Mapping[str, str],
    ) -> None:
        self.pattern, self.lookup, self.lang = pattern, lookup, lang
        self.names = names  # the actors' new names, filled as the plan reads them
        self._small: tuple[int, re.Pattern[str] | None] = (-1, None)
        self.year = YEAR_LEFT_OUT[lang]
        by: dict[str, tuple[str, str]] = {}
        the = "de " if lang == "nl" else "the "
        for initials, name in lookup.initials[1].items():
            role = lookup.roles.get(name, "")
            said = role if " " in role else the + role
            # two residents of one surname's initial: no reading, the check refuses it
            by[initials[-1]] = (name, said) if initials[-1] not in by else ("", "")
        self.residents = {i: found for i, found in by.items() if found[0]}
        # "Anna Vischer", "@daanvisser" (hostile looks 15 and 15b, H6 and H9)
        self.near = NearNames(lookup.firsts, lookup.surnames)

    def glued(self, text: str) -> str:
        """``text`` with look-alike letters read in Latin, "DaanVisser" written apart, a
        name joined by another hyphen, a slash or a middle dot read as the name rules know it,
        a handle with more than a resident's name left out and "Mw. V." said as the
        resident."""
        knows = self.lookup.knows  # "Daan‐Visser", "Daan/Visser" (hostile look 15b, B3)
        text = unglued(joined(latin_letters(text), knows), knows)
        text = self.near.handles(text, ACCOUNT_LEFT_OUT[self.lang])  # "@daanvisser" (H9)
        if (small := self._small_names()) is not None:  # "daan visser belt" (review 14b)
            text = small.sub(lambda m: self.names[m.group(0).casefold()], text)
        return titled_initials(text, self.residents) if self.residents else text

    def _small_names(self) -> re.Pattern[str] | None:
        """The names in small letters of more than one word of the actors the copy gives a
        letter ("daan visser"): a text that writes one names that actor."""
        if self._small[0] != len(self.names):
            small = [n for n, new in self.names.items() if n.islower() and " " in n.strip()]
            small = [n for n in small if _A_LETTER.fullmatch(self.names[n])]
            parts = "|".join(re.escape(n) for n in sorted(small, key=len, reverse=True))
            found = re.compile(rf"(?<![^\W_])(?:{parts})(?![^\W_])", re.I) if parts else None
            self._small = (len(self.names), found)
        return self._small[1]

    def before(self, text: str) -> str:
        """``text`` with the surname first in the usual order ("Visser D.": "D. Visser") and
        a year of birth beside a name left out."""
        assert self.pattern is not None
        text = self.near.spelt(text)  # "Anna Vischer": "Anna Visser" (H6)
        found = list(self.pattern.finditer(fold(text)))
        alone = [
            m.span("core")
            for m in found
            if m.start("core") == m.start() and not m["poss"] and not m["age"]
            if not self.lookup.is_first(m["core"]) and " " not in m["core"].strip()
        ]
        text = register_order(text, alone)  # "Visser D." (hostile review 14b, N2)
        if _YEAR_MARK.search(text):
            ends = {m.end() for m in self.pattern.finditer(fold(text))}
            text = years_beside(text, ends, self.year)
            ends = {m.end() for m in self.pattern.finditer(fold(text))}
            text = dates_beside(text, ends, DATE_LEFT_OUT[self.lang])  # "(3-3-1985)": H9
        return text

    def after(self, text: str, letters: Collection[str]) -> str:
        """``text`` with "X's fiets" said in Dutch on a Dutch map."""
        return dutch_owner(text, letters) if self.lang == "nl" and letters else text


# a particle of a surname in an id, written apart or glued ("de_vries", "devries")
_ID_PARTICLES = ("van der", "van den", "van de", "van", "den", "der", "de", "ter", "ten")
_PERSON_ID = re.compile(r"(?P<first>[a-z]{2,})[_.-](?P<rest>[a-z][a-z_.-]*?)(?:[_.-]?\d+)?")


def person_id(id_: str) -> str | None:
    """The surname with its particle of a person an id or a tag names by a first name and
    that surname ("mark_devries", "mark_de_vries", "mark_van_dijk", "mark_devries_2024": "de
    vries"), or None; the first name and the surname are read as a first name before a
    surname is (no role, body or case noun: "manager_wi", "team_devries",
    "afzien_terugvordering" name nobody)."""
    match = _PERSON_ID.fullmatch(id_)
    if match is None or not a_first_name(match["first"].capitalize()):
        return None
    rest = " ".join(w for w in re.split(r"[_.-]+", match["rest"]) if w)
    for particle in _ID_PARTICLES:
        if rest.startswith(particle + " "):
            surname = rest[len(particle) + 1 :]
        elif " " not in rest and rest.startswith(particle.replace(" ", "")):
            surname = rest[len(particle.replace(" ", "")) :]
        else:
            continue
        # no noun after a glued particle ("afzien_terugvordering")
        if len(surname) >= 3 and surname.isalpha() and a_first_name(surname.capitalize()):
            return f"{particle} {surname}"
    return None
