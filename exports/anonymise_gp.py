"""A GP as a role (issue 16, hostile looks 14 C5 and 14b N1): "huisarts" is a health word,
since a GP's care is a health fact about whoever gets it; but a sentence in which the GP only
acts as a role and names no one ("De huisarts overlegt met het jeugdteam voor hij verwijst;
een verwijzing blijft zijn eigen bevoegdheid") tells nobody's health, and a working agreement
that loses it says "zijn" with no one it refers to.

A sentence with a GP is kept only when it is about no one: no resident ("mevrouw", "de
inwoner", a name, a letter), no relative, no pronoun for a person (only "hij verwijst" and
"zijn eigen bevoegdheid", the GP himself), no GP of someone's or visit to a GP ("haar
huisarts", "naar de huisarts"), and no word that tells a contact or a complaint ("verwees",
"meldt dat", "slaapt", "opgenomen"). Otherwise the whole sentence goes, never a first clause
alone (exports.anonymise_words.without_health).

>>> about_no_one("De huisarts overlegt met het jeugdteam voor hij verwijst; een verwijzing"
...              " blijft zijn eigen bevoegdheid (Jeugdwet art. 2.6 lid 1 onder g).")
True
>>> about_no_one("De huisarts verwees mevrouw door."), about_no_one("De huisarts belde X.")
(False, False)
"""

from __future__ import annotations

import re

from exports.anonymise_first import a_first_name

__all__ = ["GP", "GP_ROLE", "about_no_one"]

# a word with the GP in it, as the health words read it ("huisarts", "huisartsbezoek")
# (in English "the GP", "the doctor", "a general practitioner")
GP = re.compile(
    r"huisarts|(?<![^\W_])(?:gps?|doctors?|general\s+practitioners?)(?![^\W_])", re.IGNORECASE
)
# the GP as a role: "de huisarts", "huisartsen", "de huisartspraktijk", "huisartsenpost"; not
# a visit or a referral ("huisartsbezoek", "huisartsverwijzing")
GP_ROLE = re.compile(
    r"huisarts(?:en)?(?:s?praktijk|post)?|gps?|doctors?|general\s+practitioners?", re.IGNORECASE
)

# a person the sentence is about: a form of address, the resident by her role, a relative
_PERSONS = frozenset({
    "mevrouw", "mevr", "mw", "meneer", "dhr", "heer", "inwoner", "inwoners", "inwoonster",
    "bewoner", "bewoonster", "burger", "cliënt", "cliënte", "client", "cliente", "klant",
    "patiënt", "patiënte", "patient", "patiente", "resident", "aanvrager", "aanvraagster",
    "betrokkene", "jongere", "kind", "kinderen", "zoon", "zoons", "dochter", "dochters", "moeder",
    "vader", "ouder", "ouders", "partner", "man", "vrouw", "echtgenoot", "echtgenote", "broer",
    "zus", "zusje", "broertje", "gezin", "familie", "oma", "opa", "baby", "meisje", "jongen",
    "tiener", "pleegkind", "pleegouder", "pleegouders", "stiefvader", "stiefmoeder", "mrs", "mr",
    "ms", "miss", "child", "children", "son", "daughter", "mother", "father", "parent", "parents",
    "family", "woman", "boy", "girl", "wife", "husband",
})  # fmt: skip
# a pronoun for a person; "hij" and "zijn" only where the GP is meant (_GP_HIMSELF)
_PRONOUNS = frozenset({
    "haar", "ze", "zij", "hem", "hen", "hun", "d'r", "'r", "her", "him", "them", "she",
    "they", "their",
})  # fmt: skip
_HIS = frozenset({"hij", "zijn", "z'n", "he", "his"})
_GP_HIMSELF = re.compile(
    r"(?:hij|he)\s+(?:zelf\s+)?(?:verwijst|overlegt|beslist|besluit|oordeelt|bepaalt|refers"
    r"|consults|decides)(?![\w-])"
    r"|(?:zijn|z'n|his)\s+(?:eigen\s+|own\s+)?(?:bevoegdheid|verantwoordelijkheid|taak|rol"
    r"|oordeel|afweging|beslissing|power|responsibility|task|role|judgement|decision)(?![\w-])",
    re.IGNORECASE,
)
# a contact with someone, a report about them, a complaint: the GP did something for a person
_CONTACT = frozenset({
    "verwees", "verwezen", "doorverwezen", "doorverwijst", "stuurde", "gestuurd", "doorgestuurd",
    "stuurt", "door", "zag", "gezien", "ziet", "sprak", "gesproken", "spreekt", "belde", "gebeld",
    "belt", "meldt", "meldde", "gemeld", "melding", "zegt", "zei", "vertelt", "vertelde",
    "schrijft", "schreef", "geschreven", "constateert", "constateerde", "vermoedt", "vermoedde",
    "adviseert", "adviseerde", "voorgeschreven", "recept", "verklaring", "attest", "brief",
    "dossier", "dat", "over", "slaapt", "slapen", "sliep", "zorgen", "klacht", "klachten", "pijn",
    "moe", "vermoeid", "opgenomen", "onderzocht", "onderzoek", "consult", "spreekuur", "bezoek",
    "bezocht", "afspraak", "behandeld", "referred", "saw", "seen", "sees", "called",
    "calls", "reported", "reports", "says", "said", "told", "that", "about", "admitted",
    "examined", "visit", "appointment", "worried", "opname", "vindt", "vond", "denkt", "dacht",
    "acht", "nodig", "bezorgd", "ongerust", "hoogte", "was", "waren", "werd", "werden", "had",
    "hadden", "concerned", "thinks", "needs",
})  # fmt: skip
# a past participle tells an event with someone ("gegeven", "ingeschakeld", "aangemeld")
_PARTICIPLE = re.compile(r"(?:door|in|op|aan|uit|terug|mee|langs|over|toe|voor)?ge\w{3,}(?:d|t|en)")
# a GP of someone, or a visit to one: "haar huisarts", "naar de huisarts", "huisarts van"
_ANY_GP = r"(?:huisarts|gp|doctor|general\s+practitioner)"
_GP_OF = re.compile(
    rf"(?:haar|zijn|hun|z'n|d'r|her|his|their|mijn|uw|jouw|my|your|our)\s+(?:eigen\s+|own\s+)?"
    rf"{_ANY_GP}|(?:naar|bij|to|at|with|from)\s+(?:de|een|the|a)\s+{_ANY_GP}"
    rf"|{_ANY_GP}\w*\s+(?:van|of)(?![\w-])",
    re.IGNORECASE,
)
# a capitalised word that names no person: a statute ("Jeugdwet", "Awb"), an abbreviation
_NO_PERSON = re.compile(r"[\w-]*wet|Awb|Wmo|Wlz|Zvw|BW|(?:[A-Z]{2,}[\w-]*)")
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")


def about_no_one(sentence: str) -> bool:
    """Whether ``sentence``, which names a GP, says nothing about a person: then the GP in it
    is a role, not a health fact (see the module's text)."""
    if _GP_OF.search(sentence):
        return False
    himself = [m.span() for m in _GP_HIMSELF.finditer(sentence)]
    for i, match in enumerate(_TOKEN.finditer(sentence)):
        word = match.group(0)
        key = word.casefold().replace("’", "'")
        if key in _PERSONS or key in _PRONOUNS or key in _CONTACT or _PARTICIPLE.fullmatch(key):
            return False
        if key in _HIS and not any(a <= match.start() < b for a, b in himself):
            return False
        if GP_ROLE.fullmatch(word) or not word[:1].isupper():
            continue
        if len(word) == 1:  # a letter for a person: "X", "Y"
            return False
        if i == 0 and not a_first_name(word):  # "De", "Samenwerkingsafspraak"
            continue
        if _NO_PERSON.fullmatch(word) is None:  # "Daan", "Visser", "De Linde"
            return False
    return True
