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
>>> without_identifiers("Zaak 123456789 is in 2024 OM-zaak geworden; € 123.456.782.", "nl")
'Zaak 123456789 is in 2024 OM-zaak geworden; € 123.456.782.'
>>> elfproef("123456782"), elfproef("123456789")
(True, False)
"""

from __future__ import annotations

import re

from models.i18n import Lang

__all__ = ["IDENTIFIER", "elfproef", "identifiers", "without_identifiers"]

# nine digits as a BSN is written: 123456782, 123.456.782, 123 456 782, 1234.56.782
_NINE = r"(?:\d{9}|\d{3}(?P<s1>[ .-])\d{3}(?P=s1)\d{3}|\d{4}(?P<s2>[ .-])\d{2}(?P=s2)\d{3})"
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|"
    "august|october"
)
_DATE = (
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2,4}|'\d{2})|\d{4}-\d{2}-\d{2}|"
    rf"\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}})"
)
_STREET = (
    r"straat|laan|weg|plein|singel|gracht|kade|dijk|hof|pad|dreef|steeg|park|baan|markt|wal|"
    r"plantsoen|erf|veld|street|road|lane|avenue"
)
# two capitals after four digits that are an abbreviation, not a postcode ("in 2024 OM")
_NOT_POSTCODE = "OM|EN|OF|IN|OP|BV|NV|SA|SD|SS|EU|NL|VS|UK|US|AI|ICT|OK"

# one pattern, each identifier a named group; the order matters where two could match
IDENTIFIER = re.compile(
    "|".join(
        (
            r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
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
            rf"(?P<street>\b[A-Z][\w'-]*(?:{_STREET})\s+\d{{1,5}}(?:\s?[a-zA-Z]\b|-\d+|\s?bis\b)?)",
            # a postcode in capitals, or in small letters without a space ("1234ab") or
            # after the word "postcode" ("2024 en" is no postcode)
            rf"(?P<postcode>(?:\b[1-9]\d{{3}}(?:\s?(?!(?:{_NOT_POSTCODE})\b)[A-Z]{{2}})"
            r"|\b[1-9]\d{3}[a-z]{2}|(?<=(?i:postcode) )[1-9]\d{3}\s?(?i:[a-z]{2}))\b"
            r"(?:\s+\d{1,5}[a-zA-Z]?\b)?)",
        )
    )
)

_SAID = {
    "nl": {
        "email": "(e-mailadres weggelaten)",
        "iban": "(rekeningnummer weggelaten)",
        "dob": "(geboortedatum weggelaten)",
        "bsn": "(BSN weggelaten)",
        "phone": "(telefoonnummer weggelaten)",
        "address": "(adres weggelaten)",
    },
    "en": {
        "email": "(e-mail address left out)",
        "iban": "(account number left out)",
        "dob": "(date of birth left out)",
        "bsn": "(BSN left out)",
        "phone": "(telephone number left out)",
        "address": "(address left out)",
    },
}


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
    if group in ("street", "postcode"):
        return "address"
    return group


def identifiers(text: str) -> list[tuple[str, str]]:
    """The direct identifiers in ``text``: (kind, the text found)."""
    out = []
    for match in IDENTIFIER.finditer(text):
        kind = _kind(match)
        if kind is not None:
            start = match.start("labelled") if match.lastgroup == "labelled" else match.start()
            if match.lastgroup == "dob":
                start = match.end() - len(_date_of(match))
            out.append((kind, text[start : match.end()]))
    return out


def _date_of(match: re.Match[str]) -> str:
    """The date at the end of a date-of-birth match (without its "geb.")."""
    found = re.search(rf"{_DATE}$", match.group(0), re.IGNORECASE)
    return found.group(0) if found else match.group(0)


def without_identifiers(text: str, lang: Lang) -> str:
    """``text`` with each direct identifier replaced by what it was ("(BSN weggelaten)")."""
    said = _SAID[lang]

    def one(match: re.Match[str]) -> str:
        kind = _kind(match)
        found = match.group(0)
        if kind is None:
            return found
        if match.lastgroup == "labelled":
            return match.group("bsnword") + said[kind]
        if match.lastgroup == "dob":
            date = _date_of(match)
            return found[: len(found) - len(date)] + said[kind]
        return said[kind]

    return IDENTIFIER.sub(one, text)
