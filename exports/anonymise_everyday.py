"""Where a resident's surname that is an everyday word ("Raad", "Groot", "Visser") is the
word, even with its capital, read alike by the cleaner and the copy's check (issue 16, ninth
hostile look at review 8's N1 rule): the rule stays strict (a capital names the resident), but
legal text, organisations and places keep their words:

- after an article: "de Raad besloot", "het Hof oordeelde" (a person is not "de Visser"; a
  surname with its own particle, "Anna de Groot", is found as "de Groot" before this rule);
- at the head of an institution's name: "Raad van State", "Raad voor de Kinderbescherming",
  "Huis van de Wijk";
- an adjective at the start of a sentence that goes on as a statement: "Groot is het belang",
  "Kort gezegd", "Lang niet" ("Groot belde" still names the resident);
- after a capitalised word that is part of another name ("Wijkteam Noord"), but not after a
  word that starts a sentence ("Zie Visser", "Volgens Bakker" name the resident).

Examples
--------
>>> a_word_here("Raad", "Het besluit van de ", " besloot.")
True
>>> a_word_here("Raad", "", " van State oordeelde.")
True
>>> a_word_here("Groot", "", " is het belang.")
True
>>> a_word_here("Groot", "", " belde gisteren.")
False
>>> starts_a_sentence_only("Zie ")
True
>>> tag_form("de_vries"), tag_form("elamrani2"), tag_form("#jansen-dossier")
('De Vries', 'Elamrani-2', 'Jansen-Dossier')
"""

from __future__ import annotations

import re
from collections.abc import Callable

from exports.anonymise_spelling import fold

__all__ = [
    "ADJECTIVES",
    "FUNCTION_WORDS",
    "a_firm",
    "a_word_here",
    "after_a_title",
    "before_another_name",
    "starts_a_sentence_only",
    "tag_form",
]

# surnames that are adjectives or adverbs and open a sentence as the word ("Groot is het
# belang dat ...", "Kort gezegd", "Recht op bijstand heeft ...")
ADJECTIVES = frozenset((
    "groot", "klein", "kort", "lang", "jong", "oude", "wit", "zwart", "bruin", "rood", "groen",
    "blauw", "vrij", "blij", "snel", "stil", "sterk", "goed", "recht",
))  # fmt: skip
# the head of an institution's name: "Raad van State", "Hof van Justitie", "Huis van de Wijk"
_HEADS = frozenset(("raad", "hof", "huis", "school", "post", "haven", "poort", "kamer"))
_INSTITUTION = re.compile(r"\s+(?:van|voor)\s+(?:de\s+|het\s+|'t\s+)?(?-i:[A-Z])", re.IGNORECASE)
_ARTICLE = re.compile(r"(?<![^\W_])(?:de|het|the|een|a)\s+$", re.IGNORECASE)
_STATEMENT = re.compile(
    r"\s+(?:(?:is|was|zijn|waren|wordt|werd|blijft|bleef|blijkt|lijkt)\s+"
    r"(?:de|het|een|dat|die|deze|dit|ook|niet|daarbij|hierbij|the|a|an)"
    r"|gezegd|genoeg|niet|en\s|of\s)(?![^\W_])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?:^|[.!?:;]\s*|\n\s*)$")
# words that start a sentence with their capital and are not part of a name ("Zie Visser",
# "Volgens Bakker", "Met Groot besproken")
FUNCTION_WORDS = frozenset((
    "zie", "volgens", "met", "bij", "voor", "van", "door", "na", "naar", "over", "aan", "op",
    "om", "tot", "uit", "in", "sinds", "per", "namens", "via", "ook", "en", "maar", "dan",
    "toen", "nu", "want", "dus", "daarna", "daarom", "hier", "daar", "dat", "die", "deze",
    "dit", "als", "of", "omdat", "toch", "wel", "niet", "nog", "ik", "wij", "we", "zij", "ze",
    "hij", "u", "jij", "je", "vraag", "vraagt", "bel", "belt", "mail", "bespreek", "graag",
    "helaas", "gisteren", "vandaag", "morgen", "volgens", "zonder", "tegen", "onder",
    "see", "with", "for", "about", "since", "and", "but", "then", "ask", "call", "also", "to",
    "from", "by", "per", "according", "after", "before", "when", "if", "as", "we", "they",
))  # fmt: skip


def starts_a_sentence_only(before: str) -> bool:
    """Whether ``before`` (the text up to a name) ends with a word that is capitalised only
    because it starts the sentence, a function word ("Zie ", "Volgens "): not part of a name."""
    match = re.search(r"(?<![^\W_])([^\W\d_]+)[\s-]+$", before)
    if match is None or match.group(1).casefold() not in FUNCTION_WORDS:
        return False
    return _SENTENCE_END.search(before[: match.start()]) is not None


def a_word_here(core: str, before: str, after: str) -> bool:
    """Whether ``core``, a resident's surname that is an everyday word, written with its
    capital between ``before`` and ``after``, is the word here: after an article, at the head
    of an institution's name, or an adjective that opens a sentence as a statement."""
    word = fold(core).casefold()
    if " " in word.strip():
        return False
    if _ARTICLE.search(before[-12:]):
        return True  # "de Raad", "het Hof", "een Groot deel"
    if word in _HEADS and _INSTITUTION.match(after):
        return True  # "Raad van State", "Raad voor de Kinderbescherming"
    if word in ADJECTIVES and (_PAIR_BEFORE.search(before[-20:]) or _PAIR_AFTER.match(after)):
        return True  # "Klein en Groot", "Groot of Klein": a pair of words (review 10, H6)
    start = _SENTENCE_END.search(before) is not None
    if not start or word not in ADJECTIVES:
        return False
    if _STATEMENT.match(after) is not None:
        return True
    # "Groot onderhoud", "Kort geding": the adjective before a noun, where "Groot belde",
    # "Groot zegt", "Groot heeft" name the resident (a word that may be a verb does)
    noun = _NEXT_WORD.match(after)
    return noun is not None and not _a_verb(noun.group("w"))


_PAIR_BEFORE = re.compile(r"(?-i:[A-Z])[a-z]+\s+(?:en|of|and|or)\s+$")
_PAIR_AFTER = re.compile(r"\s+(?:en|of|and|or)\s+(?-i:[A-Z])[a-z]+(?![^\W_])")
_NEXT_WORD = re.compile(r" (?P<w>[a-zà-ÿ]{2,})(?![^\W_])")
# finite verbs that end otherwise than a weak verb does ("Groot kan", "Groot ging")
_STRONG = frozenset((
    "is", "was", "ben", "bent", "zijn", "waren", "heeft", "had", "hebben", "kan", "kon",
    "wil", "zal", "zou", "mag", "mocht", "moest", "gaf", "kreeg", "kwam", "ging", "zag", "sprak",
    "schreef", "liep", "bleef", "nam", "vond", "wist", "zei", "vroeg", "bood", "hield", "liet",
    "lag", "zat", "stond", "deed", "doet", "gaat", "komt", "krijgt", "belooft", "meldde",
    "belde", "woont", "woonde", "heb", "kon", "wou",
))  # fmt: skip


def _a_verb(word: str) -> bool:
    """Whether ``word`` may be a finite verb ("belde", "zegt", "kan"): then a surname before
    it is the subject, the resident."""
    return word in _STRONG or word.endswith(("t", "de", "te", "den", "ten", "en"))


# a firm of several named after its partners ("Visser Advocaten", "De Vries & Visser
# Advocaten", "Jansen & Partners"): a legal person, whose name is nobody's personal data, unlike
# a one-person firm ("Klusbedrijf Jansen", exports.anonymise_persons)
_FIRM_AFTER = re.compile(
    r"\s+(?:&\s+(?:Zn|Zonen|Partners|Co)\b|(?=(?-i:[A-Z]))[\w-]*"
    r"(?:advocat|notari|accountant|makelaar|architect|adviseurs|partners|lawyers|solicitors)\w*)",
    re.IGNORECASE,
)
# a capitalised word that is part of another name after a resident's first name ("Stichting
# Anna Zorg", "Het Anna Paulowna-huis", "de Anna Paulownastraat"): a capital and small letters
_CAPITAL_AFTER = re.compile(r"[ -](?P<w>(?-i:[A-Z])[a-zà-ÿ]{2,})")


def a_firm(after: str) -> bool:
    """Whether a surname that ``after`` follows heads the name of a firm of several: "Visser
    Advocaten", "Jansen & Partners" (hostile review 10, H6)."""
    return _FIRM_AFTER.match(after) is not None


def before_another_name(after: str, known: Callable[[str], bool]) -> bool:
    """Whether a resident's first name is part of another name here: followed by a word with
    a capital that is no resident's name (``known``) and no function word ("Stichting Anna
    Zorg", "Anna Paulowna-huis"; "Anna Visser" and "Anna V." still name her)."""
    match = _CAPITAL_AFTER.match(after)
    if match is None:
        return False
    if after[match.end() : match.end() + 1] == "-" and known(after[match.end() + 1 :].split()[0]):
        return False  # "Anna Vis-Visser": her own double surname (hostile review 12, P3)
    word = match.group("w")
    low = fold(word).casefold()
    return not known(word) and low not in FUNCTION_WORDS and not _a_verb(low)


# a royal or a saint's title before a first name makes it someone else's ("Koningin Anna",
# "Sint Anna", "Prinses Anna": hostile review 12, P6)
_ROYAL = re.compile(
    r"(?<![^\W_])(?:koningin|koning|prinses|prins|keizerin|keizer|hertogin|hertog|gravin|graaf|"
    r"sint|st\.?|heilige|queen|king|princess|prince|saint|empress)\s+$",
    re.IGNORECASE,
)


def after_a_title(before: str) -> bool:
    """Whether a first name right after ``before`` follows a royal or saint's title.

    >>> after_a_title("De stichting Koningin "), after_a_title("Mevrouw ")
    (True, False)
    """
    return _ROYAL.search(before[-20:]) is not None


_TAG_GAP = re.compile(r"[^\w-]+|_+")
_PART = re.compile(r"(?:^|(?<=[\s-]))\w")
_DIGITS = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")


def tag_form(tag: str) -> str:
    """A tag read as a name would be written: its parts apart, each with a capital
    ("de_vries" as "De Vries", "elamrani2" as "Elamrani 2"). A tag is written in small letters
    by habit, so "visser" there is the resident, not the word (hostile review 8, N5)."""
    spaced = " ".join(w for w in _TAG_GAP.split(tag) if w)  # a hyphen stays: "jansen-dossier"
    capitals = _PART.sub(lambda m: m.group(0).upper(), spaced)
    return _DIGITS.sub("-", capitals)  # "elamrani2": a number, not "inwoner 2"
