"""A sentence that names a care organisation or a kind of care and no person (issue 16,
rev-hostile16b N2 and condition 2): "Om de ontruiming te voorkomen moeten gemeente, corporatie,
Kredietbank en GGZ binnen enkele weken samen beslissen." tells nobody's health, yet its "GGZ"
is a health word, and the copy dropped the whole sentence: who must decide together. Such a
sentence stays, with the organisation named by its role, as the copy's power notes already
name "GGZ Rivierland" ("de zorgaanbieder" / "the care provider"); a sentence that names a
person, a pronoun, a contact or what someone gets goes as before.

>>> care_named("Het ziekenhuis is eigenaar van de grond.")
'De zorgaanbieder is eigenaar van de grond.'
>>> care_named("De gemeente betaalt de kosten van beschermd wonen.")
'De gemeente betaalt de kosten van de zorg.'
>>> care_named("Mevrouw krijgt zorg van de GGZ.") is None
True
"""

from __future__ import annotations

import re

from exports.anonymise_gp import GP_ROLE, about_no_one
from exports.anonymise_health_words import HEALTH

__all__ = ["CARE_ORG", "care_named"]


# a care organisation or a kind of care, as a sentence names it; with its article if it has
# one, so that the role takes the article ("de GGZ" -> "de zorgaanbieder")
CARE_ORG = re.compile(
    r"(?<![^\W_])(?<!verplichte\s)(?:(?P<article>de|het|the)\s+)?(?:"
    r"(?P<kind>beschermd\s+wonen|beschermde\s+woonvorm)"
    r"|(?P<en>(?:mental[\s-]+health|addiction)(?:[\s-]+(?:care|services?|team|provider|trust"
    r"|institution|clinic))*|hospital)"
    r"|ggz(?:-?(?:instelling|aanbieder|team|organisatie))?|verslavingszorg|ziekenhuis"
    r"|psychiatrisch\s+ziekenhuis|thuiszorg"
    r")(?![^\W_])",
    re.IGNORECASE,
)
# what someone gets, where someone lives or stays, who treats someone: about a person; the
# "ggz" of the Wet verplichte ggz is the law's, not a provider (exports.anonymise_law)
_ABOUT_SOMEONE = re.compile(
    r"(?<![^\W_])(?:krijgt|krijgen|kreeg|kregen|ontvangt|ontving|gebruikt|woont|woonde|wonen"
    r"|verblijft|verbleef|zit|zat|gets|got|receives|received|uses|lives|lived|stays|stayed"
    r"|naar|to|bekend\s+(?:bij|in)|known\s+to|(?:wacht|wachten|wachtte|waits|waiting)\s+"
    r"(?:op|for)|(?:in|onder|under)\s+(?:behandeling|zorg|treatment|care)\s+(?:bij|van|with|of))\s+(?:(?:de|het|een|the|a)\s+)?"
    r"(?=ggz|verslavingszorg|ziekenhuis|beschermd|thuiszorg|mental|addiction|hospital)",
    re.IGNORECASE,
)
_ROLE = {"nl": "de zorgaanbieder", "en": "the care provider"}
_KIND = {"nl": "de zorg", "en": "the care"}
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")


# a capitalised word that names a body, not a person: an abbreviation ("UWV", "CJG") or a word
# that ends as a body's name does ("Kredietbank", "Woningcorporatie", "Wijkteam")
_BODY = re.compile(
    r"(?-i:[A-Z]{3,})|[\w-]*(?:bank|corporatie|team|dienst|raad|college|gemeente|bureau|"
    r"centrum|fonds|instantie|kantoor|wet|loket|provincie|rijk|overleg|huis)",
    re.IGNORECASE,
)
# the words that may open such a sentence: function words, public bodies in general
_OPENERS = frozenset({
    "de", "het", "een", "om", "in", "voor", "als", "zodra", "wanneer", "na", "bij", "op",
    "zonder", "met", "door", "omdat", "daarom", "ook", "alleen", "dan", "daarna", "eerst",
    "samen", "beide", "alle", "elke", "iedere", "waar", "wie", "wat", "gemeente", "wijkteam",
    "corporatie", "the", "a", "an", "to", "for", "when", "if", "after", "once", "without",
    "with", "both", "all", "each", "every", "where", "who", "what", "council", "municipality",
})  # fmt: skip


def _about_no_one(sentence: str) -> bool:
    """Whether ``sentence`` names no person: no person word, pronoun or contact (the GP's
    rule, exports.anonymise_gp, with each care organisation read as a public body), nothing
    anyone gets from the care or waits for, no letter or name for a person. A body's own name
    ("Kredietbank", "UWV") may stand in it."""
    if _ABOUT_SOMEONE.search(sentence):
        return False
    words = _TOKEN.findall(CARE_ORG.sub("de gemeente", sentence))
    if not words or (words[0].casefold() not in _OPENERS and not _BODY.fullmatch(words[0])):
        return False  # "Visser is bij de GGZ bekend", "X wacht": a person opens it
    if any(w[:1].isupper() and not _BODY.fullmatch(w) for w in words[1:]):
        return False  # "… belt Daan", "… en Visser"
    return about_no_one(" ".join(w.lower() for w in words))


def care_named(sentence: str) -> str | None:
    """``sentence`` with its care organisations named by their role, when they are its only
    health words and it names no person; else None."""
    orgs = list(CARE_ORG.finditer(sentence))
    if not orgs:
        return None
    spans = [m.span() for m in orgs]
    for health in HEALTH.finditer(sentence):
        inside = any(a <= health.start() and health.end() <= b for a, b in spans)
        if not inside and not GP_ROLE.fullmatch(health.group(0)):
            return None
    if not _about_no_one(sentence):
        return None

    def role(match: re.Match[str]) -> str:
        lang = "en" if match.group("en") or match.group("article") in ("the", "The") else "nl"
        if match.group("kind"):
            new = _KIND[lang]
        elif match.group("article") or match.start() == 0:
            new = _ROLE[lang]
        else:  # "gemeente, corporatie en GGZ": the role without an article, as in the list
            new = _ROLE[lang].split(" ", 1)[1]
        first = match.group(0)[:1]
        return new[:1].upper() + new[1:] if first.isupper() and match.start() == 0 else new

    return CARE_ORG.sub(role, sentence)
