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

__all__ = ["REASON", "law_about_no_one"]

#: the words before a health word that give it as the reason for something done or given to
#: someone: "Daan valt onder de Jeugdwet wegens ADHD." is about a person, whoever Daan is,
#: where "bijstand voor medische kosten" names what the law is about
REASON = re.compile(
    r"(?<![^\W_])(?:wegens|vanwege|because\s+of|due\s+to|owing\s+to)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)

# a statute or an article cited: "art. 7:1 Wvggz", "artikel 35", "de Wet langdurige zorg",
# "Participatiewet", "Wmo 2015", "de Wazo", "de Meldcode"
# any statute whose name ends in "wet" ("De Ziektewet regelt …"), "Wet BIG", and in English
# "section 35" or a title ending in "Act" (hostile look 15b, B2: these were dropped as health)
_STATUTES = (
    r"Wvggz|Wzd|Wmo|Wlz|Wazo|Wpg|Awb|Zvw|Wgbo|Wkkgz|Wajong|WIA|WW|AOW|BW|Sr|Sv|Meldcode"
    r"|Jeugdwet|Participatiewet|Zorgverzekeringswet|Wet\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}"
    r"|[A-Z][a-z]+wet|Wet\s+[A-Z]{2,}|(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){1,6}Act"
)
_CITES = re.compile(
    rf"(?<![^\W_])(?:art(?:ikel)?\.?\s*\d[\w:.]*|(?i:section)\s+\d[\w:.]*|{_STATUTES})"
    r"(?![^\W_])"
)
# when a statute came into force is no event with a person ("De Wet verplichte ggz geldt sinds
# 2020", "The Act applies since 2020")
_IN_FORCE = re.compile(
    r"(?:geldt|gelden|van\s+kracht|in\s+werking(?:\s+getreden)?|applies|in\s+force)\s+"
    r"(?:\w+\s+)?(?:sinds|vanaf|per|since|from)\s+(?:\d{1,2}\s+\w+\s+)?(?:19|20)\d\d",
    re.IGNORECASE,
)
# a word that names a body, a statute or an abbreviation, not a person ("CIZ", "GGD")
_NO_PERSON = re.compile(rf"(?:{_STATUTES}|Wet|[\w-]*wet|[A-Z]{{2,}}[\w-]*|[A-Z][a-z]?[A-Z][\w-]*)")
# an event with someone: what happened or happens to a person, a date
_EVENT = re.compile(
    r"(?<![^\W_])(?:opgenomen|werd|werden|was|waren|sinds|gisteren|vandaag|vorige|afgelopen"
    r"|heeft|had|hebben|hadden|is\s+(?:op|in|onder|sinds)|wordt\s+(?:op|in)genomen"
    r"|jeugdige|jeugdigen|minderjarige|betrokkene|cliënten|patiënten|were|since|yesterday"
    r"|today|last|admitted|detained|sentenced|diagnosed|patients|clients"
    # a sentence without its subject still tells what someone gets or has ("Ontvangt
    # ziekengeld op grond van de Ziektewet wegens een burn-out.")
    r"|krijgt|kreeg|ontvangt|ontving|lijdt|leed|gebruikt|slikt|receives|received|gets|got"
    r"|suffers|suffered|takes|took|uses|used)(?![^\W_])"
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
    cites = [m.span() for m in _CITES.finditer(sentence)]
    if not cites or _EVENT.search(_IN_FORCE.sub("", sentence)):
        return False
    for i, match in enumerate(_TOKEN.finditer(sentence)):
        if any(a <= match.start() < b for a, b in cites):
            continue  # a word of the statute's name ("Compulsory Mental Healthcare Act")
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
