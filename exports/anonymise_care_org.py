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

__all__ = ["CARE_ORG", "care_given", "care_named"]


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
# care given to someone (rev-hostile16c C2/C3): treat, admit, discharge, guide, support, visit,
# refer, nurse, keep, come to; in such a sentence the organisation acts on a person
_CARE_VERB = re.compile(
    r"(?<![^\W_])(?:behandel(?:t|en|de|den|d)|(?:neemt|nemen|nam|namen|genomen)\b[^.;]*?\bop"
    r"|opgenomen|opneemt|opnemen|opname|ontsla(?:at|an|gen)|ontsloeg(?:en)?|(?:komt|komen|kwam"
    r"|kwamen)\b[^.;]*?\b(?:bij|langs|op|thuis)|begeleid(?:t|en|de|den|ing)?|ondersteun(?:t|en|de|den|d|ing)?"
    r"|bezoek(?:t|en)?|bezocht(?:en)?|verwijs(?:t)?|verwijzen|verwees|verwezen|verzorg(?:t|en|de|d)?"
    r"|verpleeg(?:t|de|d)?|verplegen|zorgmachtiging|crisismaatregel"
    r"|treat(?:s|ed|ing)?|admit(?:s|ted|ting)?|discharg(?:e|es|ed|ing)|support(?:s|ed|ing)?"
    r"|visit(?:s|ed|ing)?|refer(?:s|red|ring)?|nurs(?:e|es|ed|ing)|cares?\s+for|looks?\s+after"
    r")(?![^\W_])",
    re.IGNORECASE,
)
# what an organisation does for someone in the sentence only (keeps, helps, a place for, care
# for): enough to keep no care-organisation sentence, not to drop the copy's provider's
_FOR_SOMEONE = re.compile(
    r"(?<![^\W_])(?:houdt|hield|helpt|helpen|hielp|in\s+(?:zorg|behandeling)|zorg\s+voor"
    r"|plek\s+voor|voor\s+(?:de|het|een)|keeps?|kept|helps?|helped|for\s+(?:the|a))(?![^\W_])",
    re.IGNORECASE,
)
# a provider as the copy names it, or as a sentence does (C3: the map's "GGZ Rivierland" is
# "de zorgaanbieder" before the health rule reads the sentence)
_PROVIDER = re.compile(
    r"(?<![^\W_])(?:zorgaanbieder|zorgverlener|zorginstelling|(?:care\s+)?provider)(?![^\W_])",
    re.IGNORECASE,
)
# a person that is not the resident or close kin (C2): others the GP's list does not know
_OTHERS = frozenset({
    "buurman", "buurvrouw", "buren", "overbuurman", "overbuurvrouw", "oom", "ome", "tante",
    "neef", "nicht", "huisgenoot", "huisgenote", "vriend", "vriendin", "ex", "ex-partner",
    "stiefzoon", "stiefdochter", "kleinzoon", "kleindochter", "kleinkind", "schoonmoeder",
    "schoonvader", "schoonzoon", "schoondochter", "tweeling", "huurder", "verhuurder",
    "schuldenaar", "oudste", "jongste", "melder", "wethouder", "consulent", "consulente",
    "medewerker", "medewerkster", "ambtenaar", "directeur", "manager", "teamleider",
    "burgemeester", "raadslid", "casusregisseur", "regisseur", "hulpverlener", "mantelzorger",
    "docent", "agent", "resident", "iemand", "niemand", "persoon", "personen", "mens",
    "mensen", "leerling", "student",
    "bewindvoerder", "curator", "mentor", "voogd", "collega", "werknemer", "werkgever",
    "neighbour", "neighbor", "neighbours", "uncle", "aunt", "nephew", "niece", "cousin",
    "tenant", "lodger", "flatmate", "housemate", "friend", "councillor", "councilor",
    "officer", "caseworker", "worker", "someone", "person", "people", "carer", "debtor",
    "landlord", "grandson", "granddaughter", "grandchild", "stepson", "stepdaughter",
    "twin", "twins", "brother", "sister", "mayor", "employee", "colleague",
})  # fmt: skip
_PERSON_END = re.compile(r"\w{2,}(?:man|vrouw|houder|genoot|genote|verlener|eur)")
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


def _someone(sentence: str) -> bool:
    """Whether ``sentence`` names a person the GP's list does not know, or care given to
    someone (rev-hostile16c C2)."""
    if _CARE_VERB.search(sentence) or _FOR_SOMEONE.search(sentence):
        return True
    words = (w.casefold() for w in _TOKEN.findall(CARE_ORG.sub("de gemeente", sentence)))
    return any(w in _OTHERS or _PERSON_END.fullmatch(w) for w in words)


def care_given(sentence: str) -> re.Match[str] | None:
    """The care verb of ``sentence`` when a care organisation or the copy's provider gives
    care in it ("De zorgaanbieder neemt mevrouw op", rev-hostile16c C3); else None."""
    if CARE_ORG.search(sentence) is None and _PROVIDER.search(sentence) is None:
        return None
    return _CARE_VERB.search(sentence)


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
    if not _about_no_one(sentence) or _someone(sentence):
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
