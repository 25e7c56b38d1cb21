"""Direct identifiers in free text (hostile review 5, B3 2): a shared copy, note or deck says
"(BSN weggelaten)" where a text had a citizen service number, and the same for telephone
numbers, e-mail addresses, bank account numbers (IBAN), addresses (a postcode, or a street
with a house number) and dates of birth. They are replaced, not deleted, so a reader sees that
something was there.

What counts (the choices, also in docs/exports.md "Sharing without personal data"):

- **BSN:** a number of nine digits (also written with dots or spaces, "123.456.782") that
  passes the elfproef, the check every BSN passes; and any number of eight or nine digits right
  after "BSN", "burgerservicenummer" or "sofinummer", check or not (a mistyped BSN is still
  one). A nine-digit number that fails the elfproef and has no such word before it (a
  zaaknummer) stays, and so does an amount ("€ 123.456.782").
- **Telephone:** a Dutch number of ten digits starting with 0 ("06-12345678", "010-1234567",
  "020 123 4567", "06 - 123 456 78", "(06) 12345678") or with +31 or 0031 ("+31 6
  12345678", "+31 (0)6 1234 5678"); a foreign number after + or 00 ("+32 470 12 34 56").
- **E-mail:** anything of the form name@domain.tld.
- **IBAN:** two letters, two digits, then letters and digits ("NL91 ABNA 0417 1643 00"), in
  capitals or not; a postcode in small letters without a space ("1234ab") or after "postcode".
- **Address:** a postcode ("1234 AB", "1234AB", with a house number or not; not "2024 OM"
  or another common abbreviation after a year), and a street name with a house number
  ("Dorpsstraat 12a").
- **Date of birth:** a date after "geb.", "geboren", "geboortedatum", "born" or "date of
  birth", "*" or "°" ("geb. 12-03-1985", "geb. 12-03-'85", "*12-3-1985", "geboren op 12
  maart 1985"). Other dates stay: a case is full of
  deadlines and decisions, which the analysis needs.

Examples
--------
>>> without_identifiers("Mail m.jansen@gmail.com, tel 06-12345678, BSN 123456782.", "nl")
'Mail (e-mailadres weggelaten), tel (telefoonnummer weggelaten), BSN (BSN weggelaten).'
>>> without_identifiers("Geb. 12-03-1985, woont op Dorpsstraat 12a, 1234 AB Rivierstad.", "nl")
'Geb. (geboortedatum weggelaten), woont op (adres weggelaten), (adres weggelaten) Rivierstad.'
>>> without_identifiers("Mevrouw (3-3-1985) belde over dossier AV-1980-0303 en Z-2024-0312.", "nl")
'Mevrouw (geboortedatum weggelaten) belde over dossier (nummer weggelaten) en Z-2024-0312.'
>>> without_identifiers("Zaak 123456789 is in 2024 OM-zaak geworden; € 123.456.782.", "nl")
'Zaak 123456789 is in 2024 OM-zaak geworden; € 123.456.782.'
>>> elfproef("123456782"), elfproef("123456789")
(True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from models.i18n import Lang

__all__ = [
    "DATE",
    "DATE_LEFT_OUT",
    "IDENTIFIER",
    "MONTH_WORDS",
    "YEAR_LEFT_OUT",
    "elfproef",
    "identifiers",
    "without_identifiers",
]

# nine digits as a BSN is written: 123456782, 123.456.782, 123 456 782, 1234.56.782
_NINE = r"(?:\d{9}|\d{3}(?P<s1>[ .-])\d{3}(?P=s1)\d{3}|\d{4}(?P<s2>[ .-])\d{2}(?P=s2)\d{3})"
#: the months in words, Dutch and English, whole and short (an alternation for a pattern)
MONTH_WORDS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|"
    "august|october"
)
_MONTHS = MONTH_WORDS
# a day written in words ("twaalf maart 1985", "drie maart": hostile review 7, F2), longest first
_DAY_WORDS = [
    "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
    "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
    "negentien", "twintig", "dertig", "eenendertig", "eerste", "tweede", "derde",
]  # fmt: skip
_UNITS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_TWENTIES = [f"{d}entwintig" for d in _UNITS]
_DAYS = "|".join(sorted(_DAY_WORDS + _TWENTIES, key=len, reverse=True))
_DATE = (
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2,4}|'\d{2})|\d{4}-\d{2}-\d{2}|"
    rf"\d{{1,2}}\s+(?:{_MONTHS})(?:\.?\s+\d{{4}}|(?![\w]))|"
    rf"(?<![\w])(?:{_DAYS})\s+(?:{_MONTHS})(?:\s+\d{{4}})?(?![\w]))"
)
_STREET = (
    r"straat|laan|weg|plein|singel|gracht|kade|dijk|hof|pad|dreef|steeg|park|baan|markt|wal|"
    r"plantsoen|erf|veld|street|road|lane|avenue"
)
# a street name of several words (hostile review 6 N1: "Van Goghstraat 12" became "Van (adres
# weggelaten)"): capitalised words and particles before the word with the street ending
# ("Burgemeester de Vlugtlaan 100", "Lange Nieuwstraat 3a"), not a word that starts a sentence
_CAP = (
    r"(?!(?:In|Op|Aan|Naar|Zie|Bij|Een|Via|Per|Sinds|Tot|Vanaf|Uit|Met|Mevrouw|Meneer|Mw|Dhr|"
    r"Zij|Hij|Ze|Woont|Adres)\s)[A-Z][\w'-]*\.?"
)
_PART = r"(?:van|de|der|den|het|'t|te|ter|ten|la|le|du|des)"
_LEAD = rf"(?:{_CAP}\s+(?:(?:[A-Z][\w'-]*\.?|{_PART})\s+){{0,3}})?"
# the street word on its own, after a word before it ("Oude Gracht 45", "Korte Laan 2")
_OWN = "|".join(w.capitalize() for w in _STREET.split("|"))
# a street without an ending, after a preposition with a capital ("Achter de Hoven 7", "Op de
# Dam 5") or after "woont aan"/"adres" ("woont aan de Hoven 7")
_PREP = r"(?:Achter|Bij|Op|Aan|Over|Onder|Binnen|Buiten|Langs|Voor|Tussen|In|Naast|Boven)"
_NUMBER = r"\d{1,5}(?:\s?[a-zA-Z]\b|-\d+|\s?bis\b)?"
_NOT_AGE = (
    r"(?!\s+(?:jaar|jaren|maanden|maand|weken|week|dagen|dag|uur|keer|kinderen|personen|"
    r"procent|euro|%))"
)
_WHERE = (
    r"(?:(?<![^\W_])(?i:woont|woonde|wonen|wonend|wonende|woonachtig|adres|verhuisd|verhuist)"
    r"(?::)?(?:\s+(?i:naar|aan|op|in|bij|te))?(?:\s+(?i:de|het|den|der))?\s+)"
)
# an e-mail address written so that a machine does not see it (hostile review 6 N1):
# "naam [at] domein [punt] nl", "naam(at)domein.nl", "naam at domein dot nl"
_AT = r"(?:\s*[\[({<]\s*(?i:at|apenstaartje|@)\s*[\])}>]\s*|\s+(?i:at|apenstaartje)\s+)"
_SPELT_DOT = r"(?:\s*[\[({<]\s*(?i:dot|punt)\s*[\])}>]\s*|\s+(?i:dot|punt)\s+)"
_DOT = rf"(?:\.|{_SPELT_DOT})"
# two capitals after four digits that are an abbreviation, not a postcode ("in 2024 OM")
_NOT_POSTCODE = "OM|EN|OF|IN|OP|BV|NV|SA|SD|SS|EU|NL|VS|UK|US|AI|ICT|OK"

# two small letters after four digits that are a word, not a postcode ("in 2024 en 2025")
_SMALL_WORDS = (
    "en|op|in|is|de|te|om|al|nu|zo|ik|ja|of|ze|we|je|na|af|er|ca|la|le|du|to|at|on|or|an|as|"
    "be|by|do|he|if|it|me|my|no|so|up|us|eu|nl|vs|uk|tm|uu|km|cm|mm|kg|pp|nr|ex|ad|ob|pm"
)
# what a document or client number is called ("paspoort NW1234567", "kenteken 12-ABC-3")
_DOCUMENT = (
    r"paspoort(?:nummer)?|id-?kaart(?:nummer)?|identiteitskaart(?:nummer)?|"
    r"identiteitsbewijs|rijbewijs(?:nummer)?|kenteken|klantnummer|klant-?nr\.?|"
    r"cli[eë]ntnummer|dossiernummer|dossier-?nr\.?|registratienummer|"
    r"zaaknummer|zaak-?nr\.?|polisnummer|polis-?nr\.?|verzekerdennummer|"
    r"verzekerden-?nr\.?|v-nummer|vreemdelingennummer|"
    r"passport(?:\s+number)?|licen[cs]e\s+plate|driving\s+licen[cs]e|client\s+number"
)

# one pattern, each identifier a named group; the order matters where two could match
IDENTIFIER = re.compile(
    "|".join(
        (
            # the name before "@" from its start only: a long word is read once (linear)
            rf"(?P<email>(?<![\w.+-])[\w.+-]+(?:@[\w-]+(?:\.[\w-]+)+|{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}"
            rf"[A-Za-z]{{2,6}}(?![\w-])|@[\w-]+(?:{_DOT}[\w-]+)*{_SPELT_DOT}[A-Za-z]{{2,6}}(?![\w-])))",
            r"(?P<iban>\b(?i:[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?)\b)",
            r"(?P<dob>(?:(?<![^\W_])(?i:geb(?:\.|oren)|geboortedatum|geb\.\s?datum|born|"
            r"date\s+of\s+birth|DOB)(?i:\s+op|\s+on)?:?\s*|(?<![\w*])\*\s?|°\s?)"
            rf"(?i:{_DATE}))",
            r"(?P<bsnword>(?<![^\W_])(?i:BSN(?:-?nummer)?|burgerservicenummer|sofinummer|"
            r"sofi-nummer|citizen service number)(?i:\s+(?:nr\.?|nummer))?(?:\s+is|:)?\s*)"
            r"(?P<labelled>\d(?:[ .-]?\d){7,8})(?!\d)",
            # a separator in a telephone number: "06-12345678", "06 - 123 456 78", "(06) 1234"
            r"(?P<phone>(?<![\w+])(?!\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})"
            r"(?:(?:(?:\+|00)31(?:\s?[-.]\s?|\s)?(?:\(0\)\s?)?[1-9]|\(?0[1-9])"
            r"(?:(?:\s?[-.]\s?|\s|\)\s?)?\d){8}"
            r"|(?:\+|00)(?!31)[1-9]\d{1,2}(?:(?:\s?[-.]\s?|\s|\)\s?)?\d){7,10})(?!\d))",
            rf"(?P<nine>(?<![\d.,€])(?<!€ ){_NINE}(?![\d]|[.,]\d))",
            rf"(?P<street>(?<![\w'-]){_LEAD}(?:[A-Z][\w'-]*?(?:{_STREET})|(?:{_OWN}))\s+{_NUMBER}"
            rf"|(?<![\w'-]){_PREP}\s+{_PART}\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+{_NUMBER}{_NOT_AGE})",
            rf"(?P<where>{_WHERE})(?P<lived>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|{_PART})){{0,3}}"
            rf"\s+{_NUMBER}){_NOT_AGE}",
            # a document number after the word that says what it is (hostile review 7, F2)
            rf"(?P<docword>(?<![^\W_])(?i:{_DOCUMENT})(?i:\s+(?:nr\.?|nummer))?(?:\s+is|:)?\s*)"
            r"(?P<document>(?=[\w-]{0,24}\d)[A-Za-z0-9]{1,12}(?:[-.][A-Za-z0-9]{1,8}){0,3})(?![\w-])",
            # a postcode in capitals, or in small letters without a space ("1234ab"), with a
            # space when the letters are no word ("1234 ab", not "2024 en"; F2), or after
            # the word "postcode"
            rf"(?P<postcode>(?:\b[1-9]\d{{3}}(?:\s?(?!(?:{_NOT_POSTCODE})\b)[A-Z]{{2}})"
            rf"|\b[1-9]\d{{3}}[a-z]{{2}}|\b[1-9]\d{{3}} (?!(?:{_SMALL_WORDS})\b)[a-z]{{2}}"
            r"|(?<=(?i:postcode) )[1-9]\d{3}\s?(?i:[a-z]{2}))\b"
            r"(?:\s+\d{1,5}[a-zA-Z]?\b)?)",
        )
    )
)

_SAID = {
    "nl": {
        "email": "(e-mailadres weggelaten)",
        "iban": "(rekeningnummer weggelaten)",
        "dob": "(geboortedatum weggelaten)",
        "year": "(geboortejaar weggelaten)",
        "bsn": "(BSN weggelaten)",
        "phone": "(telefoonnummer weggelaten)",
        "address": "(adres weggelaten)",
        "document": "(nummer weggelaten)",
    },
    "en": {
        "email": "(e-mail address left out)",
        "iban": "(account number left out)",
        "dob": "(date of birth left out)",
        "year": "(year of birth left out)",
        "bsn": "(BSN left out)",
        "phone": "(telephone number left out)",
        "address": "(address left out)",
        "document": "(number left out)",
    },
}
# what a text says for a year and a date of birth, by language
YEAR_LEFT_OUT = {lang: said["year"] for lang, said in _SAID.items()}
DATE_LEFT_OUT = {lang: said["dob"] for lang, said in _SAID.items()}
# a date as a text writes it ("3-3-1985", "1985-03-03", "3 maart 1985")
DATE = _DATE


def elfproef(digits: str) -> bool:
    """Whether nine digits pass the BSN's elfproef: 9×d1 + 8×d2 + … + 2×d8 − d9 is a
    multiple of 11 (and not all zeros)."""
    d = [int(c) for c in digits if c.isdigit()]
    if len(d) != 9 or not any(d):
        return False
    return (sum(w * x for w, x in zip(range(9, 1, -1), d[:8], strict=True)) - d[8]) % 11 == 0


def _kind(match: re.Match[str]) -> str | None:
    """What ``match`` found ("bsn", "phone" …), or None for a nine-digit number that is no BSN."""
    group = match.lastgroup
    if group == "nine":
        return "bsn" if elfproef(match.group("nine")) else None
    if group == "labelled":
        return "bsn"
    if group == "document":
        return "document"
    if group in ("street", "postcode", "lived"):
        return "address"
    return group


def _start(match: re.Match[str]) -> int:
    """Where the identifier itself starts in ``match``: after a word that says what it is
    ("BSN", "geb.", "woont aan"), which stays."""
    if match.lastgroup == "labelled":
        return match.start("labelled")
    if match.lastgroup == "document":
        return match.start("document")
    if match.lastgroup == "lived":
        return match.start("lived")
    if match.lastgroup == "dob":
        return match.end() - len(_date_of(match))
    return match.start()


def _date_of(match: re.Match[str]) -> str:
    """The date at the end of a date-of-birth match (without its "geb.")."""
    found = re.search(rf"{_DATE}$", match.group(0), re.IGNORECASE)
    return found.group(0) if found else match.group(0)


# a date of birth in a sentence that says so (hostile review 6 N1): "op 12 maart 1985 in
# Rotterdam geboren", "geboren in 1985", "mevrouw (1985), geboren in Marokko": the date or
# year nearest to the word, within 60 characters of it in the same sentence
_BIRTH = re.compile(
    r"(?<![^\W_])(?:geboren|geb\.|geboortedatum|geboortejaar|born|date\s+of\s+birth)(?![^\W_])",
    re.IGNORECASE,
)
_YEAR = r"\(\s*(?:19|20)\d{2}\s*\)|(?<![\d/.-])(?:19|20)\d{2}(?![\d/-])"
_WHEN = re.compile(rf"(?P<date>{_DATE})|(?P<year>{_YEAR})", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])|\n")
_NEAR = 60
_MARKED = re.compile(r"\((?:geboortedatum|geboortejaar|date of birth|year of birth) ")
# a whole bracket that holds only a date or year of birth beside a name ("Daan (geb. 2014)",
# "Sam (born 2014)", "Daan (*2014)", hostile review 14, C4): the bracket is what is left out, so
# the name rules find a name before what the copy says ("Daan (geboortejaar weggelaten)")
_BIRTH_BRACKET = re.compile(
    r"\(\s*(?:(?i:geb(?:\.|oren)(?:\s+(?:op|in))?|born(?:\s+(?:on|in))?|b\.)\s*|[*°]\s?)"
    rf"(?:(?P<date>(?i:{_DATE}))|(?P<year>(?:19|20)\d{{2}}))\s*\)"
)
# what the copy says for such a bracket, which the name rules read as a child's age
# (and the old copies' "(geb. (geboortejaar weggelaten))")
BIRTH_SAID = (
    r"\((?:geboortejaar|geboortedatum) weggelaten\)|\((?:year|date) of birth left out\)"
    r"|\((?:geb\.|geboren|born)\s*\((?:geboorte|year of|date of)[^()]{0,16}\)\)"
)


def _births(text: str) -> list[tuple[int, int, str]]:
    """The dates and years of birth in ``text`` that no "geb." stands right before: (start,
    end, "dob" or "year"), in order, without overlaps."""
    if not _BIRTH.search(text):
        return []
    found: dict[int, tuple[int, int, str]] = {}
    for word in _BIRTH.finditer(text):
        low, high = max(0, word.start() - _NEAR), min(len(text), word.end() + _NEAR)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, low, word.start())]
        low = ends[-1] if ends else low
        stop = _SENTENCE_END.search(text, word.end(), high)
        high = stop.start() if stop else high
        if _MARKED.search(text, low, high):  # "geb. (geboortedatum weggelaten)": done
            continue
        near = [
            m
            for m in _WHEN.finditer(text, low, high)
            if m.end() <= word.start() or m.start() >= word.end()
        ]
        if not near:
            continue
        best = min(
            near, key=lambda m: min(abs(m.start() - word.end()), abs(word.start() - m.end()))
        )
        found[best.start()] = (best.start(), best.end(), "dob" if best.group("date") else "year")
    out: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(found.values()):
        if not out or start >= out[-1][1]:
            out.append((start, end, kind))
    return out


# a date in a bracket right after a form of address or a word a person is named by: "Mevrouw
# (3-3-1985) belde", "Zoon (12-5-2014)": the date of birth (hostile look 15, H9)
_PERSON_DATE = re.compile(
    r"(?<![^\W_])(?i:mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|de\s+heer|mr\.?|mrs\.?|ms\.?|zoon|"
    r"dochter|kind|moeder|vader|partner|inwoner|bewoner|cli[eë]nt|resident|son|daughter|"
    rf"child|mother|father)\s*(?P<b>\(\s*(?i:{_DATE})\s*\))"
)
# a code with a date of birth in it, a year before 2010 beside a month and a day ("AV-1980-0303",
# "av19800303", "AV-0303-1980"; H9): a case's own numbers carry a recent year ("Z-2024-0312")
_CODE_DATE = re.compile(
    r"(?<![\w-])[A-Za-z]{1,4}[-_.]?(?:(?P<y>19\d\d|200\d)[-_.]?(?P<md>\d{4})"
    r"|(?P<dm>\d{4})[-_.]?(?P<y2>19\d\d|200\d))(?![\w-])"
)


def _a_day(digits: str) -> bool:
    """Whether four digits are a day and a month in either order ("0303", "1205", "0512")."""
    a, b = int(digits[:2]), int(digits[2:])
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= a <= 31 and 1 <= b <= 12)


def _dated_codes(text: str) -> list[tuple[int, int]]:
    """Where ``text`` has a code with a date of birth in it ("AV-1980-0303")."""
    return [m.span() for m in _CODE_DATE.finditer(text) if _a_day(m["md"] or m["dm"])]


def identifiers(text: str) -> list[tuple[str, str]]:
    """The direct identifiers in ``text``: (kind, the text found)."""
    return list(_identifiers(text))


@lru_cache(maxsize=8192)  # the check reads each text of every state and output (issue 15)
def _identifiers(text: str) -> tuple[tuple[str, str], ...]:
    out = []
    for match in IDENTIFIER.finditer(text):
        kind = _kind(match)
        if kind is not None:
            out.append((kind, text[_start(match) : match.end()]))
    out += [("dob", text[start:end]) for start, end, _ in _births(text)]
    out += [("dob", m["b"]) for m in _PERSON_DATE.finditer(text)]
    out += [("document", text[start:end]) for start, end in _dated_codes(text)]
    return (*out, *[("dob", m.group(0)) for m in _BIRTH_BRACKET.finditer(text)])


@lru_cache(maxsize=8192)  # each text once per process (issue 15): texts recur in every state
def without_identifiers(text: str, lang: Lang) -> str:
    """``text`` with each direct identifier replaced by what it was ("(BSN weggelaten)")."""
    said = _SAID[lang]

    def one(match: re.Match[str]) -> str:
        kind = _kind(match)
        found = match.group(0)
        if kind is None:
            return found
        return found[: _start(match) - match.start()] + said[kind]

    text = _BIRTH_BRACKET.sub(lambda m: said["dob" if m.group("date") else "year"], text)
    text = _PERSON_DATE.sub(lambda m: m.group(0)[: m.start("b") - m.start()] + said["dob"], text)
    for start, end in reversed(_dated_codes(text)):  # "AV-1980-0303" (H9)
        text = text[:start] + said["document"] + text[end:]
    text = IDENTIFIER.sub(one, text)
    births = _births(text)
    if not births:
        return text
    out: list[str] = []
    last = 0
    for start, end, kind in births:
        out += [text[last:start], said[kind]]
        last = end
    return "".join(out) + text[last:]
