"""A legal sentence about a power is no health fact (issue 16, hostile look 15, H8): "De
burgemeester kan op grond van de Wet verplichte ggz een crisismaatregel nemen (art. 7:1
Wvggz)." was left out as health, and a mandate map lost the legal basis of the mayor's power.
As for a GP (exports.anonymise_gp): a sentence that cites a statute or an article and is about
no one (no resident, relative, letter, name or pronoun for a person, no event) keeps; about a
person it goes whole, as every sentence with a health word does.

>>> law_about_no_one("Het CIZ indiceert op grond van de Wet langdurige zorg.")
True
>>> law_about_no_one("Zwangerschapsverlof is geregeld in de Wazo.")
True
>>> law_about_no_one("Mevrouw is opgenomen op grond van de Wvggz.")
False
>>> law_about_no_one("Daan heeft ADHD (Jeugdwet art. 2.6)."), law_about_no_one("Heeft ADHD.")
(False, False)
>>> law_about_no_one("Crisismaatregel genomen (art. 7:1 Wvggz).")
False
"""

from __future__ import annotations

import re

from exports.anonymise_gp import _PERSONS, _PRONOUNS

__all__ = ["law_about_no_one"]

# a statute or an article cited: "art. 7:1 Wvggz", "artikel 35", "de Wet langdurige zorg",
# "Participatiewet", "Wmo 2015", "de Wazo", "de Meldcode"
_STATUTES = (
    r"Wvggz|Wzd|Wmo|Wlz|Wazo|Wpg|Awb|Zvw|Wgbo|Wkkgz|Wajong|WIA|WW|AOW|BW|Sr|Sv|Meldcode"
    r"|Jeugdwet|Participatiewet|Zorgverzekeringswet|Wet\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}"
)
_CITES = re.compile(rf"(?<![^\W_])(?:art(?:ikel)?\.?\s*\d[\w:.]*|{_STATUTES})(?![^\W_])")
# a word that names a body, a statute or an abbreviation, not a person ("CIZ", "GGD")
_NO_PERSON = re.compile(rf"(?:{_STATUTES}|Wet|[\w-]*wet|[A-Z]{{2,}}[\w-]*|[A-Z][a-z]?[A-Z][\w-]*)")
# an event with someone: what happened or happens to a person, a date
_EVENT = re.compile(
    r"(?<![^\W_])(?:opgenomen|werd|werden|was|waren|sinds|gisteren|vandaag|vorige|afgelopen"
    r"|heeft|had|hebben|hadden|is\s+(?:op|in|onder|sinds)|wordt\s+(?:op|in)genomen"
    r"|jeugdige|jeugdigen|minderjarige|betrokkene|cliënten|patiënten)(?![^\W_])"
    r"|\d{1,2}[-/]\d{1,2}|(?<!art\.\s)(?<!artikel\s)\b(?:19|20)\d\d\b(?!\s*,?\s*art)",
    re.IGNORECASE,
)
# a past participle tells an event ("Crisismaatregel genomen (art. 7:1 Wvggz)."), except the
# words in which a law is described ("is geregeld in de Wazo", "gebaseerd op")
_PARTICIPLE = re.compile(r"(?:door|in|op|aan|uit|terug|mee|af|toe|voor)?ge\w{3,}(?:d|t|en)")
_LEGAL = frozenset({
    "geregeld", "gebaseerd", "genoemd", "bepaald", "vastgelegd", "gegeven", "gesteld",
    "bedoeld", "omschreven", "toegekend", "aangewezen", "gedelegeerd", "gemandateerd",
    "gestart", "gemaakt", "geweld", "geestelijke", "gezondheidszorg", "gemeente", "geval",
    "gevallen", "genoeg", "gericht", "gegevens", "gezin",
})  # fmt: skip
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")


def law_about_no_one(sentence: str) -> bool:
    """Whether ``sentence`` cites a statute or an article and says nothing about a person:
    then its health words name what the law is about, not anyone's health."""
    if _CITES.search(sentence) is None or _EVENT.search(sentence):
        return False
    for i, match in enumerate(_TOKEN.finditer(sentence)):
        word = match.group(0)
        key = word.casefold().replace("’", "'")
        if key in _PERSONS or key in _PRONOUNS or key in ("hij", "zijn", "z'n", "he", "his"):
            return False
        if _PARTICIPLE.fullmatch(key) and key not in _LEGAL and "gezondheid" not in key:
            return False  # "genomen", "opgelegd": what was done, to someone
        if not word[:1].isupper():
            continue
        if len(word) == 1:
            return False  # "X krijgt …": the letter of a person (a name on the map became it)
        if i > 0 and _NO_PERSON.fullmatch(word) is None:
            return False  # "X", "Daan", "Visser": a person, perhaps
    return True
