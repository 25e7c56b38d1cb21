"""How the copy's check reads a text and a map, apart from the cleaner (issue 16, session 11):
the check shared the cleaner's :func:`~exports.anonymise_spelling.fold` and its reading of the
staff's names, so a fault there hid itself twice, once in the copy and once in its check.
Here the check has its own:

- :func:`plain`: a text one character for one, as a reader sees it (compatibility forms,
  accents, letters of another alphabet drawn like a Latin one, after Unicode's
  confusables as in :data:`models.look_alike.LIKE_LATIN`);
- :func:`persons_in_staff`: the personal names in the staff's actor names, read with its own
  patterns ("Consulent wijkteam (Sanne)", "Consulent Jan Visser", "Raadsonderzoeker P. de
  Wit", "Mw. P. de Wit, raadsonderzoeker", "Jeugdbeschermer – Karin");
- :func:`titled_person`: any surname after a form of address ("mevrouw Jansen", "Gezin
  Jansen", "dhr. P. de Vries") that the copy does not explain, whoever it is (jurist review
  10, J11: the family was no actor on the map, so no list of names held it);
- :func:`initial_forms`: a resident's surname with an initial before it, as a tag or an
  address writes it ("avisser", "a.visser", "jdeboer", "j.de.boer"; hostile review 10, H3).

Examples
--------
>>> plain("Jаnsen"), plain("Ｖisser"), plain("Özdemir")
('Jansen', 'Visser', 'Ozdemir')
>>> persons_in_staff(["Consulent wijkteam (Sanne)", "Consulent Jan Visser", "Klusbedrijf Noord"])
['Sanne', 'Jan Visser']
>>> persons_in_staff(["Wethouder Sociaal Domein", "Klusbedrijf Bakhuis", "Taxibedrijf Ali Yilmaz"])
['Bakhuis', 'Ali Yilmaz']
>>> titled_person("Gezin X blijft wonen; mevrouw Jansen belt.", set())
'mevrouw Jansen'
>>> titled_person("Mevrouw de Voorzitter opent in MS Teams.", set()) is None
True
>>> titled_person("Familie Zorg Rivierland helpt.", set()) is None
True
>>> first_words("Mevrouw Anna (Annie) Jansen-Visser"), first_words("VISSER, Anna")
(['Anna', 'Annie'], ['Anna'])
>>> initial_forms("Mevrouw Anna (Annie) Visser")
['avisser', 'a visser', 'annavisser', 'annievisser']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache

from exports.anonymise_everyday import a_firm
from exports.anonymise_identifiers import BIRTH_SAID
from exports.anonymise_titled import OFFICES
from models.look_alike import LIKE_LATIN

__all__ = [
    "first_words",
    "in_another_name",
    "initial_forms",
    "initials_leak",
    "initials_reading",
    "persons_in_staff",
    "plain",
    "titled_person",
]

# letters that have no decomposition but are written without their stroke all the same
_STROKED = str.maketrans("ıøØłŁđĐðÐ‘’", "ioOlLdDdD''")


@cache
def _plain_char(ch: str) -> str:
    compat = unicodedata.normalize("NFKC", ch)
    ch = compat if len(compat) == 1 else ch
    ch = ch.translate(LIKE_LATIN).translate(_STROKED)
    bare = "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")
    return bare if len(bare) == 1 else ch


def plain(text: str) -> str:
    """``text`` as a reader sees it, one character for one (so places stay): a fullwidth,
    accented or look-alike letter as its plain Latin one; a letter and its accent written
    apart ("O\u0308") are joined first (NFC: hostile review 11, N2)."""
    if text.isascii():
        return text
    return "".join(_plain_char(c) for c in unicodedata.normalize("NFC", text))


# the check's own patterns of a personal name in a staff member's actor name
_CAP = r"(?-i:[A-Z][a-zà-ÿ]+)"
_PART = r"(?:(?:van|de|der|den|ten|ter|te|het|el|al|op|in)\s+)"
_TITLE = r"(?:(?:mw|mevr|mevrouw|dhr|de heer|meneer|mr|mrs|ms|dr)\.?\s+)"
_STAFF = (
    re.compile(rf"\((?P<p>{_CAP}(?:[ -][A-Za-zà-ÿ]+){{0,2}})\)"),  # "(Sanne)", "(Jan de Vries)"
    re.compile(rf"\s[–—]\s+(?P<p>(?i:{_TITLE})?{_CAP}(?:\s+{_PART}*[A-Z][\w-]+)?)$"),  # "– Karin"
    re.compile(rf"\s(?P<p>(?i:{_TITLE})?(?:[A-Z]\.\s?){{1,3}}(?i:{_PART})*[A-Z][\w-]+)$"),
    re.compile(rf"^(?P<p>(?i:{_TITLE})?(?:[A-Z]\.\s?){{1,3}}(?i:{_PART})*[A-Z][\w-]+),\s+[a-z]"),
    re.compile(rf"\s(?P<p>(?i:{_TITLE}){_PART}*[A-Z][\w-]+)$"),  # "Jurist Mw. Bakker"
)
# "Consulent Jan Visser": a role word, then a first name and a surname of the check's own
_ROLE = re.compile(
    r"^\S*(?:consulent|medewerker|kundige|coach|regisseur|manager|leider|adviseur|jurist|"
    r"ambtenaar|werker|beschermer|onderzoeker|casemanager|begeleider|behandelaar|mentor|"
    r"bewindvoerder|agent|officer|worker|adviser|advisor|nurse)\s+"
    rf"(?P<p>{_CAP}\s+{_PART}*{_CAP}(?:-{_CAP})?)$",
    re.IGNORECASE,
)
# a one-person firm under its owner's name ("Klusbedrijf Bakhuis", "Taxibedrijf Ali Yilmaz")
_FIRM = re.compile(
    r"^\S*(?:bedrijf|bedrijfje|handel|zaak|winkel|salon|bakkerij|slagerij|kwekerij|garage|"
    r"onderneming|klussen|klusservice|schilderwerken|timmerwerken|hoveniers?)\s+"
    rf"(?P<p>(?:(?:[A-Z]\.\s?){{1,3}}|{_CAP}\s+)?{_PART}*{_CAP}(?:-{_CAP})?)$",
    re.IGNORECASE,
)
# words that make "Consulent Jan Visser" a role with its field ("Adviseur Publieke Gezondheid")
_FIELD = re.compile(
    r"(?:heid|tie|teit|schap|lijke|ische|ale|are|iële)$|^(?:sociaal|sociale|domein|zorg|jeugd|"
    r"wonen|werk|inkomen|wijkteam|team|noord|zuid|oost|west|centrum|toegang|schulden|"
    r"onderwijs|passend|passende|leerplicht|armoede|welzijn|beleid|handhaving)$",  # A1's map
    re.IGNORECASE,
)


def persons_in_staff(names: Iterable[str]) -> list[str]:
    """The personal names in ``names`` (the actor names of the staff), each once."""
    found: list[str] = []
    for name in names:
        name = " ".join(name.split())
        for pattern in _STAFF:
            if (m := pattern.search(name)) is not None:
                found.append(m.group("p").strip())
        for pattern in (_ROLE, _FIRM):
            own = pattern.match(name)
            if own is not None and not any(_FIELD.search(w) for w in own.group("p").split()):
                found.append(own.group("p"))
    return list(dict.fromkeys(found))


# its own kinship, neighbour and third-person words, compounds too ("Buurman Pietersen", "Oom
# Kees", "Schoonmoeder Pietersen", "Bewindvoerder Pietersen"; hostile review 11, N3)
_KIN = (
    r"(?:ex-)?(?:schoon|stief|half[- ]?|pleeg|groot|klein|over|step-?|foster[- ]?|grand|"
    r"great-grand|god)?(?:ex-man|ex-vrouw|buurman|buurvrouw|buren|buurjongen|buurmeisje|ouders|oom|tante|opa|oma|"
    r"vader|moeder|zoon|zoontje|dochter|dochtertje|broer|broertje|zus|zusje|zuster|zwager|"
    r"neef|nicht|kind|partner|ex|echtgenoot|echtgenote|vriend|vriendin|huisgenoot|"
    r"mantelzorger|bewindvoerder|curator|mentor|voogd|advocaat|advocate|deurwaarder|notaris|"
    r"huisarts|huisbaas|verhuurder|verhuurster|werkgever|leidinggevende|collega|juf|meester|"
    r"leerkracht|docent|wijkagent|klasgenoot|schoolgenoot|buurtgenoot|vriendje|vriendinnetje|"
    r"zwagerin|peetoom|peettante|achterneef|achternicht|kinderen|zonen|dochters|zoons|tweeling|"
    r"baby|peuter|kleuter|verloofde|twins|children|sons|daughters|kids|toddler|fiancee?|son|daughter|mother|father|brother|sister|uncle|aunt|"
    r"neighbour|neighbor|husband|wife|friend|landlord|lawyer|bailiff|guardian|teacher|"
    r"employer|nephew|niece|cousin)(?:t?je)?(?:-in-law)?"
)
_FORM = (
    r"gezin|familie|fam\.?|mevrouw|meneer|de\s+heer|mevr\.?|mw\.?|dhr\.?|(?-i:Mrs|Mr|Ms|mr)\.?|"
    r"(?-i:Hr|Heer)\.?|family|household|(?:haar|zijn|hun|her|his|their)\s+(?:man|vrouw)|" + _KIN
)
_NAME = r"(?-i:[A-Z][^\W\d_]*[a-z][^\W\d_]*|[A-Z]{3,}(?![^\W\d_]))"  # or in capitals
# a form in capitals and a name in capitals ("BUURMAN PIETERSEN")
_TITLED_CAPS = re.compile(r"(?<![^\W_])(?P<form>[A-Z][A-Z.-]+)\s+(?P<name>[A-Z]{3,})(?![^\W\d_])")
_OWN = r"(?:de|het|haar|zijn|hun|onze|the|her|his|their|our)"
# the same person with what they are after the name, a child's age, a possessive before what
# they are to someone, a family in the plural ("Pietersen (buurvrouw)", "Pietersen, de
# buurman", "Mohammed (12)", "Noah's moeder", "de Pietersens")
_NAMED_AFTER = re.compile(
    rf"(?<![^\W_])(?P<name>{_NAME})(?:\s*\((?:{_OWN}\s+)?{_KIN}(?:,\s*\d{{1,3}}(?:\s*jaar)?)?\)"
    rf"|,\s+{_OWN}\s+{_KIN}(?![^\W_])|\s*\(\d{{1,2}}(?:\s*(?:jaar|jr\.?|years?))?\)|\s*(?:{BIRTH_SAID})|"
    rf"(?:'s|s|(?<=[sxz])')\s+{_KIN}(?![^\W_]))|(?<![^\W_]){_OWN}\s+(?:[a-zà-ÿ]+\s+){{0,2}}?(?:{_KIN}|man|vrouw|husband|wife),\s+(?P<named>{_NAME})(?![^\W_])|(?<![^\W_])(?-i:[Dd]e)\s+(?P<plural>{_NAME}(?<=[ei][nr]))'?s(?![^\W_])",
    re.IGNORECASE,
)
# words before an age or in the plural that are no person ("Bijlage (2)", "de Wijkteams")
_NO_PERSON = frozenset((
    "artikel", "bijlage", "stap", "fase", "lid", "punt", "noot", "versie", "ronde", "deel",
    "hoofdstuk", "paragraaf", "item", "actie", "vraag", "optie", "scenario", "casus", "kaart",
    "bouwsteen", "oorzaak", "bevinding", "afspraak", "regel", "mandaat", "besluit", "week",
    "maand", "dag", "jaar", "step", "phase", "article", "annex", "section", "cause", "block",
))  # fmt: skip
_TITLED = re.compile(
    rf"(?<![^\W_])(?:{_FORM})(?:\s*:\s*|\s*\(\s*|\s+)(?:(?-i:[A-Z])[a-z]?\.\s?|(?-i:[A-Z])\s+){{0,4}}\s*"
    r"(?:(?:van|de|der|den|ten|ter|te|el|al|'t|het|in|op)\s+)*"
    r"(?P<name>(?-i:[A-Z][^\W\d_]*[a-z][^\W\d_]*))",
    re.IGNORECASE,
)
# an office or a body's word after a form of address is no name ("Mevrouw de Voorzitter",
# "Familie Zorg Rivierland"): the words the cleaner keeps there (a keep rule, shared as the
# others are; what is a name the check finds itself)
_OFFICE = OFFICES


# a name in a list with a letter the copy gave, or beside the resident's role ("Kinderen X en
# Fleur", "De inwoner en Mark de Vries": hostile review 12, P1)
_BESIDE = re.compile(
    rf"(?<![^\W_])(?:(?-i:[XYZQRSTUVW])\d?|inwoner(?:\s+\d+)?|resident(?:\s+\d+)?)"
    rf"(?:\s*,\s*|\s+(?:en|and|&)\s+)(?P<name>{_NAME})(?![^\W_]|-)",
    re.IGNORECASE,
)
# the check's own words that are no name after "Vader:" or beside the resident ("Vader:
# Onbekend", "Kind (Jeugdwet)", "De inwoner en Stichting Rivierland")
_NOT_A_NAME = re.compile(
    r"^(?:onbekend|overleden|geen|niet|wel|ja|nee|afwezig|aanwezig|nvt|uit|buiten|in|woont|"
    r"belt|unknown|deceased|none|no|yes|not|the|de|het|een|a|an)$|stichting|gemeente|"
    r"corporatie|wijkteam|team|zorg|raad|college|bank|kantoor|bureau|centrum|groep|thuis|"
    r"veilig|politie|rechtbank|school|instelling|dienst|organisatie|foundation|council|"
    r"agency|office|board|police|court|(?:wet|regeling|besluit|heid|ing|plan|act)$",
    re.IGNORECASE,
)
# a first name before a surname or the copy's letter and an age ("Lotte de X (9)": user
# review 12b, C1)
_FIRST_AGED = re.compile(
    rf"(?<![^\W_])(?P<name>{_NAME})\s+(?:(?:van|de|der|den|ten|ter|te|el|al|'t|het|in|op)\s+)*"
    rf"(?:(?-i:[XYZQRSTUVW])\d?|{_NAME})(?:\s*\(\d{{1,2}}(?:\s*(?:jaar|jr\.?|years?))?\)|\s*(?:{BIRTH_SAID})"
    rf"|,\s+{_OWN}\s+(?:{_KIN})(?![^\W_]))"  # "Kees X, de buurman" (hostile review 12, P3)
)
# a family member's first name after the family's head ("Gezin X: Lotte wacht": review 12, P6)
_AFTER_HEAD = re.compile(
    r"(?<![^\W_])(?:gezin|familie|fam\.?|family|household)\s+(?:(?:van|de|der|den|ter|ten)\s+)*"
    rf"(?:(?-i:[XYZQRSTUVW])\d?|{_NAME})\s*:\s+(?P<name>{_NAME})\s+(?-i:is|was|heeft|had|kan|"
    r"wil|zal|mag|moet|gaat|komt|zit|wacht|woont|krijgt|blijft|wordt|waits|has|lives|gets)\b",
    re.IGNORECASE,
)
# words that open a sentence before a name, no first name of it (the check's own list)
_OPENERS = frozenset((
    "vandaag", "gisteren", "morgen", "toen", "nu", "dan", "daarna", "eerst", "ook", "zie",
    "volgens", "met", "bij", "voor", "na", "en", "maar", "want", "today", "yesterday", "then",
    "also", "see", "with", "and", "but", "after", "before",
))  # fmt: skip
_HIS = frozenset(("his", "hers", "its", "ours", "yours", "theirs", "this", "is", "was"))


# a name beside the role the copy wrote, before it or right after it, or before a relative's
# letter ("Mark de Vries en de inwoner", "de inwoner Daan en Fleur", "Daan en X, haar
# kinderen"), and names in capitals after a kinship word ("Kinderen DAAN": review 13, N2/N3)
_ROLE_WORD = r"(?:de|the)\s+(?:inwoner|resident)"
_NEAR_ROLE = (
    re.compile(
        rf"(?<![^\W_])(?P<whole>(?P<name>{_NAME})(?:\s+{_PART}*{_NAME})?)(?:\s*,\s*|\s+(?:en|and|&)\s+)"
        rf"{_ROLE_WORD}(?![^\W_])",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<![^\W_]){_ROLE_WORD}(?:\s+\d+)?(?:\s*:\s*|\s+)(?P<name>{_NAME})(?![^\W_])", re.I
    ),
    re.compile(  # "Mark de Vries, partner van de inwoner", "Mark de Vries is haar partner"
        rf"(?<![^\W_])(?P<whole>(?P<name>{_NAME})(?:\s+{_PART}*{_NAME})?)(?:,\s+{_KIN}\s+(?:van|of)"
        rf"\s|\s+(?:is|was)\s+{_OWN}\s+{_KIN}(?![^\W_]))",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<![^\W_])(?P<name>{_NAME})(?:\s*,\s*|\s+(?:en|and|&)\s+)(?-i:[XYZQRSTUVW])\d?"
        r"(?![^\W_])"
    ),
)
_KIN_CAPS = re.compile(rf"(?<![^\W_]){_KIN}\s+(?P<name>(?-i:[A-Z]{{3,}}))(?![^\W\d_])", re.I)
# the check's own pronouns and abbreviations that are no name there ("Zij en de inwoner",
# "Moeder UWV")
_NO_NAME_HERE = frozenset((
    "zij", "hij", "wij", "jij", "ik", "ze", "we", "u", "men", "she", "he", "they", "you", "i",
    "dit", "dat", "het", "er", "wie", "die", "deze", "this", "that", "it", "who", "there",
    "wmo", "ggz", "uwv", "svb", "cjg", "avg", "awb", "bsn", "cak", "ciz", "ggd", "ind", "duo",
    "cbr", "bkr", "pgb", "wlz", "zvw", "mee", "wsnp", "aow", "anw",
))  # fmt: skip


def _near_role(read: str, explained: AbstractSet[str]) -> str | None:
    """The first name beside the copy's role or a relative's letter, or in capitals after a
    kinship word, that is no office, body, pronoun or word of the names the copy writes."""
    for pattern in (*_NEAR_ROLE, _KIN_CAPS):
        for match in pattern.finditer(read):
            name = match.group("name")
            word = name.casefold()
            if name.isupper() and pattern is not _KIN_CAPS:
                continue  # "WMO en de inwoner": an abbreviation
            if a_firm(" " + read[match.start("name") :]):
                continue  # "de inwoner Advocaten": a firm (a keep rule, shared)
            if word in _OFFICE | _NO_PERSON | _OPENERS | _NO_NAME_HERE | explained:
                continue
            if not _NOT_A_NAME.search(word) and not re.fullmatch(_KIN, word, re.I):
                return match.groupdict().get("whole") or name
    return None


def titled_person(text: str, explained: AbstractSet[str]) -> str | None:
    """The first form of address with a surname in ``text`` ("mevrouw Jansen") whose surname
    is no office and not among ``explained`` (the casefolded words of the names the copy
    itself writes: an organisation kept whole), or None. Each text is read once per process
    and ``explained`` (issue 15: the check reads every state of every output again)."""
    return _titled_person(text, frozenset(explained))


@lru_cache(maxsize=8192)
def _titled_person(text: str, explained: frozenset[str]) -> str | None:
    read = plain(text)
    for match in _TITLED.finditer(read):
        word = match.group("name").casefold()
        if word not in _OFFICE and word not in explained and not _NOT_A_NAME.search(word):
            return match.group(0)
    for match in _TITLED_CAPS.finditer(read):
        name = match.group("name").casefold()
        if re.fullmatch(_FORM, match["form"], re.IGNORECASE) and name not in _OFFICE | explained:
            return match.group(0)
    for match in _NAMED_AFTER.finditer(read):
        word = (match.group("name") or match.group("named") or match.group("plural")).casefold()
        if match.group("plural") and re.fullmatch(_KIN, word + "s", re.IGNORECASE):
            continue  # "de Ouders", "de Partners"
        if match.group(0).split()[0].casefold() in _HIS:  # "His wife" names nobody
            continue
        kin = re.fullmatch(f"{_KIN}|{_FORM}", word, re.IGNORECASE)  # "Zoon (12)", "Mevrouw (…)"
        body = match.group("named") and _NOT_A_NAME.search(word)  # "de partner, Stichting"
        if word not in _OFFICE | _NO_PERSON | explained and not kin and not body:
            return match.group(0)
    for match in _FIRST_AGED.finditer(read):
        word = match.group("name").casefold()
        if word in _OPENERS or _NOT_A_NAME.search(word):  # "Vandaag X, de buurman, belt"
            continue
        if re.fullmatch(_FORM, word, re.IGNORECASE):  # "Gezin X, de buren"
            continue
        if word not in _OFFICE | _NO_PERSON | explained and not re.fullmatch(_KIN, word, re.I):
            return match.group(0)
    for match in _AFTER_HEAD.finditer(read):
        word = match.group("name").casefold()
        if word not in _OFFICE | _NO_PERSON | _OPENERS | explained and not _NOT_A_NAME.search(word):
            return match.group(0)
    for match in _BESIDE.finditer(read):
        word = match.group("name").casefold()
        if word in _OFFICE | _NO_PERSON | explained or _NOT_A_NAME.search(word):
            continue
        if not re.fullmatch(_KIN, word, re.IGNORECASE):
            return match.group(0)
    return _near_role(read, explained)


_COMPASS = frozenset(("noord", "zuid", "oost", "west"))
_WORD_BEFORE = re.compile(r"(?<![^\W_])(?P<w>(?-i:[A-Z])[^\W\d_]*)[\s-]+$")
_COMPOUND = re.compile(r"-(?-i:[a-z])[^\W\d_]{2,}")


def in_another_name(name: str, before: str, after: str, explained: AbstractSet[str]) -> bool:
    """Whether ``name``, a resident's surname that is an everyday word, written with its
    capital between ``before`` and ``after``, is explained as part of another name: a
    hyphenated compound ("Hugo de Groot-school") or a point of the compass after a word of a
    name the copy itself writes (``explained``: "Wijkteam Noord" beside the actor "Teamleider
    Wijkteam Noord"). After any other capitalised word it is the resident: the copy is refused
    ("Hulpvraag Visser", "Dagvaarding Visser": hostile review 11, N1).

    >>> in_another_name("Visser", "Hulpvraag ", " is helder.", {"hulpvraag"})
    False
    >>> in_another_name("Noord", "Het Wijkteam ", " belt.", {"wijkteam", "noord"})
    True
    >>> in_another_name("Noord", "Casus ", " belt.", {"wijkteam", "noord"})
    False
    """
    word = _WORD_BEFORE.search(plain(before)[-40:])
    if word is None:
        return False
    if _COMPOUND.match(after):
        return True
    words = plain(name).casefold().split()
    return len(words) == 1 and words[0] in _COMPASS and word.group("w").casefold() in explained


def initial_forms(name: str) -> list[str]:
    """A resident's ``name`` as a tag or an e-mail address writes it with an initial: the
    first letter of each first name or initial, joined to the surname (particles joined too)
    and with a space for a dot ("a.visser" is read as the words "a" and "visser"), and each
    first name or nickname joined to it."""
    words = re.findall(r"[^\W\d_]+", plain(name))
    titles = {"mevrouw", "meneer", "heer", "mevr", "mw", "dhr", "mr", "mrs", "ms", "fam"}
    words = [w for w in words if w.casefold() not in titles]
    if len(words) < 2:
        return []
    parts = {"van", "de", "der", "den", "ten", "ter", "te", "het", "el", "al", "in", "op"}
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].casefold() in parts:
        cut -= 1
    surname, firsts = words[cut:], words[:cut]
    if len(surname[-1]) < 4:  # "draad" is a word, not D. Raad
        return []
    joined = "".join(surname).casefold()
    out: list[str] = []
    for first in firsts:
        low = first.casefold()
        out += [low[0] + joined, " ".join([low[0], *surname]).casefold()]
        if len(first) > 1:
            out.append(low + joined)
    return list(dict.fromkeys(out))


_TITLES = frozenset(("mevrouw", "meneer", "heer", "mevr", "mw", "dhr", "mr", "mrs", "ms", "fam"))
_PARTICLES = frozenset(("van", "de", "der", "den", "ten", "ter", "te", "het", "el", "al", "in"))


def first_words(name: str) -> list[str]:
    """The first names (and nicknames) in a resident's ``name``, read by the check itself:
    the words with a capital before the surname, which starts at a particle, a hyphenated
    word or the last word ("Jansen, Anna": after the comma)."""
    text = plain(name).replace("(", " ").replace(")", " ")
    if "," in text:
        text = text.partition(",")[2]
        words = [w for w in text.split() if w.casefold() not in _PARTICLES]
    else:
        words = text.split()
        cut = next(
            (i for i, w in enumerate(words) if i and (w.casefold() in _PARTICLES or "-" in w)),
            len(words) - 1,
        )
        words = words[:cut]
    return [
        w
        for w in words
        if w[:1].isupper() and len(w) > 2 and "." not in w and w.casefold() not in _TITLES
    ]


def _initials(name: str) -> str | None:
    """A resident's initials as the check reads them, apart from the cleaner: the first
    first name's or initial's letter and the surname's first word's that is no particle
    ("Mevrouw Anna Visser": "AV"; "Mw. A. de Groot": "AG"; "Visser, Anna": "AV"), or None
    for a name of one word."""
    text = plain(name).replace("(", " ").replace(")", " ")
    if "," in text:
        head, _, tail = text.partition(",")
        firsts, surname = tail.split(), head.split()
    else:
        words = [w for w in text.split() if w.rstrip(".").casefold() not in _TITLES]
        if len(words) < 2:
            return None
        cut = next(
            (i for i, w in enumerate(words) if i and (w.casefold() in _PARTICLES or "-" in w)),
            len(words) - 1,
        )
        firsts, surname = words[:cut], words[cut:]
    first = next((w[0] for w in firsts if w[:1].isupper()), "")
    last = next((w[0] for w in surname if w.casefold() not in _PARTICLES and w[:1].isalpha()), "")
    return (first + last).upper() if first and last else None


def initials_reading(names: Iterable[str]) -> re.Pattern[str] | None:
    """The check's own pattern of the residents' initials in a text (hostile review 12, P4):
    "A.V.", "A. V", "AV" before a word in small letters, an initial left beside the role the
    copy wrote ("de inwoner, A.", "de inwoner V."), and a year of birth beside that role ("de
    inwoner (1980)"); None without initials."""
    pairs = sorted({i for n in names if (i := _initials(n))})
    if not pairs:
        return None
    role = r"(?:[Ii]nwoner|[Rr]esident)(?:\s+\d+)?"
    forms = [rf"(?<![\w.-]){p[0]}\.\s?{p[1]}\.?(?![\w-])" for p in pairs]
    forms += [rf"(?<![\w.-])(?P<bare{i}>{p})(?=\s+[a-zà-ÿ])" for i, p in enumerate(pairs)]
    forms += [rf"(?<![\w-]){role},\s+{p[0]}\.(?![\w-])" for p in pairs]
    forms += [rf"(?<![\w-]){role}\s+{p[1]}\.?(?![\w-])" for p in pairs]
    forms += [rf"(?<![\w-]){role}\s*\(\s*(?P<year>(?:19|20)\d\d)\s*\)"]
    return re.compile("|".join(forms))


_AN_ARTICLE = re.compile(r"(?<![^\W_])(?:de|het|een|the|a|an)\s+$", re.IGNORECASE)


def initials_leak(text: str, pattern: re.Pattern[str]) -> str | None:
    """The first of the residents' initials (or a year of birth beside the resident's role)
    in ``text`` that the copy should not hold, or None. Initials without dots after an
    article are a word ("de AV": the general terms)."""
    read = plain(text)
    for match in pattern.finditer(read):
        bare = next((k for k, v in match.groupdict().items() if v and k.startswith("bare")), None)
        if bare is not None and _AN_ARTICLE.search(read[: match.start()]):
            continue
        return match.group("year") or match.group(0)
    return None
